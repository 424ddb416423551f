//! Sending statements to a learning record store: in batches, with
//! credentials from the environment or a config file (never from the
//! command line, where every user of the machine can read them), retrying
//! on 5xx answers and on connection errors with a doubling wait, and
//! remembering what the LRS accepted in a state file (one statement id a
//! line, appended and synced after each accepted batch). A second run
//! sends only what is new; a run that stopped half-way is completed by the
//! next. The statement ids are name-based (`ids::uuid`), so even with the
//! state file lost, the LRS recognises what it has (xAPI asks it to).

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

use crate::i18n::Text;

/// Where and as whom to send.
#[derive(Clone, Debug)]
pub struct Lrs {
    /// The xAPI endpoint, ending in `/` (`https://lrs.school.nl/xAPI/`).
    pub endpoint: String,
    /// The `Authorization` header, if any.
    pub auth: Option<String>,
    /// Statements per request.
    pub batch: usize,
    /// Tries per request, and the wait before the second (doubled each time).
    pub tries: u32,
    pub first_wait: Duration,
}

impl Lrs {
    /// The LRS at `url`, with the credentials of `credentials` and the
    /// default batches and retries.
    pub fn new(url: &str, credentials: Option<Credentials>) -> Lrs {
        let mut endpoint = url.trim().to_owned();
        if !endpoint.ends_with('/') {
            endpoint.push('/');
        }
        Lrs {
            endpoint,
            auth: credentials.map(|c| c.header()),
            batch: 100,
            tries: 5,
            first_wait: Duration::from_millis(500),
        }
    }
}

/// A user name and password (HTTP Basic, as Ralph, Learning Locker,
/// SQL LRS and Veracity take them).
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Credentials {{ user: {:?}, password: *** }}", self.user)
    }
}

impl Credentials {
    fn header(&self) -> String {
        format!("Basic {}", base64(format!("{}:{}", self.user, self.password).as_bytes()))
    }

    /// `KLACHTSIM_LRS_USER` and `KLACHTSIM_LRS_PASSWORD`; else the file
    /// `KLACHTSIM_LRS_CONFIG` names, else `lrs.conf` in the user's config
    /// folder, with lines `user = ...` and `password = ...`; else none. A
    /// file without either line (only the class's `url`) means no login.
    pub fn find() -> Result<Option<Credentials>, Text> {
        let var = |n: &str| std::env::var(n).ok().filter(|v| !v.is_empty());
        if let (Some(user), Some(password)) = (var("KLACHTSIM_LRS_USER"), var("KLACHTSIM_LRS_PASSWORD")) {
            return Ok(Some(Credentials { user, password }));
        }
        let Some((file, text)) = config_file()? else {
            return Ok(None);
        };
        if config_value(&text, "user").is_none() && config_value(&text, "password").is_none() {
            return Ok(None);
        }
        Credentials::parse(&text)
            .map(Some)
            .ok_or_else(|| Text::msg("xapi-credentials-bad").arg("file", file.display().to_string()))
    }

    fn parse(text: &str) -> Option<Credentials> {
        Some(Credentials { user: config_value(text, "user")?, password: config_value(text, "password")? })
    }
}

/// The LRS file: `KLACHTSIM_LRS_CONFIG`, else `lrs.conf` in the user's
/// config folder; `None` when there is none.
fn config_file() -> Result<Option<(PathBuf, String)>, Text> {
    let file = match std::env::var("KLACHTSIM_LRS_CONFIG").ok().filter(|v| !v.is_empty()) {
        Some(p) => PathBuf::from(p),
        None => match directories::ProjectDirs::from("nl", "klachtsim", "klachtsim") {
            Some(d) => d.config_dir().join("lrs.conf"),
            None => return Ok(None),
        },
    };
    match std::fs::read_to_string(&file) {
        Ok(text) => Ok(Some((file, text))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Text::msg("xapi-credentials-bad").arg("file", format!("{}: {e}", file.display()))),
    }
}

/// The value of a `key = value` line of the LRS file.
fn config_value(text: &str, key: &str) -> Option<String> {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// The LRS a class has set for the game to send each session to:
/// `KLACHTSIM_LRS` (the LRS's xAPI address), else the line `url = ...` of
/// the LRS file (see `Credentials::find`); `None` when the class has none.
pub fn class_lrs() -> Option<String> {
    if let Some(url) = std::env::var("KLACHTSIM_LRS").ok().filter(|v| !v.trim().is_empty()) {
        return Some(url.trim().to_owned());
    }
    config_file().ok().flatten().and_then(|(_, text)| config_value(&text, "url"))
}

/// Standard base64 with padding, as HTTP Basic wants it.
fn base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The ids the LRS at one endpoint has accepted, kept in a file.
pub struct Sent {
    path: PathBuf,
    ids: HashSet<String>,
}

impl Sent {
    /// The state file for `endpoint` in the user's data folder: one per
    /// LRS, so sending to a second LRS sends everything there too.
    pub fn default_path(endpoint: &str) -> Option<PathBuf> {
        let key = super::ids::uuid(&["lrs", endpoint.trim_end_matches('/')]);
        directories::ProjectDirs::from("nl", "klachtsim", "klachtsim")
            .map(|d| d.data_dir().join(format!("xapi-verzonden-{}.txt", &key[..8])))
    }

    /// Reads the state file at `path`; none there is nothing sent yet.
    pub fn open(path: &Path) -> Result<Sent, Text> {
        let ids = match std::fs::read_to_string(path) {
            Ok(t) => t.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => HashSet::new(),
            Err(e) => return Err(state_error(path, &e)),
        };
        Ok(Sent { path: path.to_owned(), ids })
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Adds `ids`, on disk first: what the LRS accepted is never sent again,
    /// even if this run is killed right after.
    fn record(&mut self, ids: &[&str]) -> Result<(), Text> {
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| state_error(&self.path, &e))?;
        }
        let mut text = String::new();
        for id in ids {
            text.push_str(id);
            text.push('\n');
        }
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_data()))
            .map_err(|e| state_error(&self.path, &e))?;
        self.ids.extend(ids.iter().map(|s| (*s).to_owned()));
        Ok(())
    }
}

fn state_error(path: &Path, e: &std::io::Error) -> Text {
    Text::msg("xapi-state-io").arg("file", path.display().to_string()).arg("error", e.to_string())
}

/// How a send went.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// Accepted in this run.
    pub sent: usize,
    /// Left out: sent before.
    pub known: usize,
    /// Not sent because the send stopped: why (the next run sends them).
    pub stopped: Option<Text>,
    pub left: usize,
}

/// Sends the statements the LRS has not accepted yet, in batches, and
/// records each accepted batch in `sent`. Stops at the first batch that
/// fails after its retries (later batches would arrive out of order).
pub fn send(lrs: &Lrs, statements: &[Value], sent: &mut Sent) -> Report {
    let new: Vec<&Value> = statements.iter().filter(|s| !sent.contains(id_of(s))).collect();
    let mut report = Report { sent: 0, known: statements.len() - new.len(), stopped: None, left: 0 };
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(120)))
        .build()
        .into();
    for batch in new.chunks(lrs.batch.max(1)) {
        if let Err(why) = post(&agent, lrs, batch).and_then(|()| {
            let ids: Vec<&str> = batch.iter().map(|s| id_of(s)).collect();
            sent.record(&ids)
        }) {
            report.left = new.len() - report.sent;
            report.stopped = Some(why);
            return report;
        }
        report.sent += batch.len();
    }
    report
}

fn id_of(statement: &Value) -> &str {
    statement["id"].as_str().unwrap_or_default()
}

/// One batch, tried again on a 5xx answer or a connection error.
fn post(agent: &ureq::Agent, lrs: &Lrs, batch: &[&Value]) -> Result<(), Text> {
    let body = serde_json::to_vec(batch).expect("statements serialise");
    let url = format!("{}statements", lrs.endpoint);
    let mut wait = lrs.first_wait;
    let mut tries = 0;
    loop {
        tries += 1;
        let mut req =
            agent.post(&url).header("X-Experience-API-Version", "1.0.3").header("Content-Type", "application/json");
        if let Some(auth) = &lrs.auth {
            req = req.header("Authorization", auth);
        }
        let why = match req.send(&body[..]) {
            Ok(resp) if resp.status().is_success() => return Ok(()),
            Ok(mut resp) => {
                let status = resp.status().as_u16();
                let text = resp.body_mut().read_to_string().unwrap_or_default();
                let why = Text::msg("xapi-refused").arg("status", i64::from(status)).arg("answer", short(&text));
                if status < 500 {
                    // The LRS read the request and said no: the same
                    // request would be refused again.
                    return Err(why);
                }
                why
            }
            Err(e) => Text::msg("xapi-unreachable").arg("url", url.as_str()).arg("error", e.to_string()),
        };
        if tries >= lrs.tries {
            return Err(why);
        }
        std::thread::sleep(wait);
        wait *= 2;
    }
}

/// The start of an LRS's answer, for a message.
fn short(text: &str) -> String {
    let t = text.trim();
    match t.char_indices().nth(300) {
        Some((at, _)) => format!("{}…", &t[..at]),
        None => t.to_owned(),
    }
}

/// The statement documents of one cmi5 launch (`LMS.LaunchData`), with
/// the one-time token from the launch's fetch URL: what the LMS set for
/// this launch. Returns the token as an `Authorization` header too, for
/// the statements of the session.
pub fn cmi5_launch_data(launch: &super::Launch) -> Result<(super::LaunchData, String), Text> {
    let agent: ureq::Agent = ureq::Agent::config_builder().timeout_global(Some(Duration::from_secs(60))).build().into();
    let fail = |e: ureq::Error| Text::msg("cmi5-unreachable").arg("error", e.to_string());
    let json = |text: String| serde_json::from_str::<Value>(&text).map_err(|_| Text::msg("cmi5-bad-launch-data"));
    let token = json(agent.post(&launch.fetch).send_empty().map_err(fail)?.body_mut().read_to_string().map_err(fail)?)?;
    let token = token["auth-token"].as_str().ok_or_else(|| Text::msg("cmi5-bad-launch-data"))?;
    let auth = format!("Basic {token}");
    let data = agent
        .get(&format!("{}activities/state", launch.endpoint))
        .query("stateId", "LMS.LaunchData")
        .query("activityId", &launch.activity_id)
        .query("agent", launch.actor.to_string())
        .query("registration", &launch.registration)
        .header("X-Experience-API-Version", "1.0.3")
        .header("Authorization", &auth)
        .call()
        .map_err(fail)?
        .body_mut()
        .read_to_string()
        .map_err(fail)?;
    let data = super::LaunchData::from_json(&json(data)?).map_err(|e| e.0)?;
    Ok((data, auth))
}

/// After a session in the game, when the class has set an LRS: the
/// session's statements to `url`, with the credentials of `Credentials::find`
/// and the state file of that LRS in the data folder.
pub fn after_session(url: &str, record: &crate::log::Record, config: &mut super::Config) -> Result<Report, Text> {
    let lrs = Lrs::new(url, Credentials::find()?);
    let state = Sent::default_path(&lrs.endpoint).ok_or_else(|| Text::msg("xapi-no-state"))?;
    let statements = super::statements_with(&[record], config);
    if let super::Naming::Pseudonyms(p) = &mut config.naming {
        p.save()?;
    }
    Ok(send(&lrs, &statements, &mut Sent::open(&state)?))
}

/// After a session launched by an LMS with cmi5 parameters: its cmi5
/// statements, with the launch's own token, to the launch's LRS.
pub fn after_cmi5_session(
    launch: &super::Launch,
    record: &crate::log::Record,
    pass_score: u32,
) -> Result<Report, Text> {
    let (data, auth) = cmi5_launch_data(launch)?;
    let lrs = Lrs { auth: Some(auth), ..Lrs::new(&launch.endpoint, None) };
    let state = Sent::default_path(&lrs.endpoint).ok_or_else(|| Text::msg("xapi-no-state"))?;
    let statements = super::cmi5_statements(record, launch, &data, pass_score);
    Ok(send(&lrs, &statements, &mut Sent::open(&state)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_and_their_header() {
        assert_eq!(base64(b"Aladdin:open sesame"), "QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert_eq!(base64(b"ab"), "YWI=");
        let c = Credentials::parse("# de LRS van de school\nuser = docent\npassword = geheim=1\n").unwrap();
        assert_eq!((c.user.as_str(), c.password.as_str()), ("docent", "geheim=1"));
        assert!(!format!("{c:?}").contains("geheim"), "a password never shows in a message");
        assert!(Credentials::parse("user = docent\n").is_none());
    }

    #[test]
    fn the_class_lrs_file_names_the_address_beside_the_login() {
        let file = "# klas 2B\nurl = https://lrs.school.nl/xAPI/\nuser = docent\npassword = geheim\n";
        assert_eq!(config_value(file, "url").as_deref(), Some("https://lrs.school.nl/xAPI/"));
        assert_eq!(config_value("url =\n", "url"), None, "an empty address is no address");
    }
}
