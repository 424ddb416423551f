//! The command line's own help, in the reader's language: clap's derive
//! texts are the English fallback; every text shown comes from the Fluent
//! files (`cli-*` ids).

use std::ffi::OsString;

use clap::{Arg, ArgAction, Command};

use crate::i18n::{Lang, has, tr};

/// The language asked for on the command line or in `KLACHTSIM_LANG`,
/// read before clap parses anything so the help itself is translated.
pub fn detect_lang(args: &[OsString]) -> Lang {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--lang" {
            if let Some(v) = it.next().and_then(|v| Lang::from_code(&v)) {
                return v;
            }
        } else if let Some(v) = a.strip_prefix("--lang=").and_then(Lang::from_code) {
            return v;
        }
    }
    std::env::var("KLACHTSIM_LANG").ok().and_then(|v| Lang::from_code(&v)).unwrap_or_default()
}

/// The text of `<kind>-<command>-<rest>`, else of `<kind>-<rest>`: a text
/// for one command, else the one all commands share.
fn command_text(lang: Lang, kind: &str, command: &str, rest: &str) -> Option<String> {
    let rest = rest.replace('_', "-");
    [format!("{kind}-{command}-{rest}"), format!("{kind}-{rest}")]
        .into_iter()
        .find(|id| has(lang, id))
        .map(|id| tr(lang, &id))
}

/// The text for an argument: `cli-arg-<command>-<arg>`, else `cli-arg-<arg>`.
fn arg_help(lang: Lang, command: &str, arg: &str) -> Option<String> {
    command_text(lang, "cli-arg", command, arg)
}

fn localize_args(cmd: Command, lang: Lang, name: &str) -> Command {
    let heading = tr(lang, "cli-options");
    let positional = tr(lang, "cli-arguments");
    let name = name.to_owned();
    cmd.mut_args(move |a| {
        let help = arg_help(lang, &name, a.get_id().as_str());
        let a = if a.is_positional() { a.help_heading(positional.clone()) } else { a.help_heading(heading.clone()) };
        let a = match help {
            Some(h) => a.help(h),
            None => a,
        };
        annotate(a, lang, &name)
    })
    .disable_help_flag(true)
    .arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(tr(lang, "cli-help"))
            .help_heading(tr(lang, "cli-options")),
    )
}

/// The text of a possible value: `cli-value-<command>-<arg>-<value>`, else
/// `cli-value-<arg>-<value>`.
fn value_help(lang: Lang, command: &str, arg: &str, value: &str) -> Option<String> {
    command_text(lang, "cli-value", command, &format!("{arg}-{value}"))
}

/// Clap writes an argument's possible values, default and environment
/// variable in English, with the values' English doc comments. These are
/// hidden and written into the help text in `lang` instead.
fn annotate(a: Arg, lang: Lang, command: &str) -> Arg {
    if !a.get_action().takes_values() {
        return a;
    }
    let mut text = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let id = a.get_id().as_str().to_owned();
    let values: Vec<_> = a.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
    if !values.is_empty() && !a.is_hide_possible_values_set() {
        let widest = values.iter().map(|v| v.get_name().len()).max().unwrap_or(0);
        text.push_str(&format!("\n{}:", tr(lang, "cli-possible-values")));
        for v in &values {
            let name = v.get_name();
            match value_help(lang, command, &id, name) {
                Some(h) => text.push_str(&format!("\n  {name:<widest$}  {h}")),
                None => text.push_str(&format!("\n  {name}")),
            }
        }
    }
    let defaults: Vec<_> = a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() {
        text.push_str(&format!("\n[{}: {}]", tr(lang, "cli-default"), defaults.join(", ")));
    }
    if let Some(env) = a.get_env()
        && !a.is_hide_env_set()
    {
        text.push_str(&format!("\n[{}: {}]", tr(lang, "cli-env"), env.to_string_lossy()));
    }
    let a = a.help(text).hide_possible_values(true).hide_default_value(true).hide_env(true);
    // The placeholder of the value (`<GROEP>`), in `lang` too.
    let shown = a.get_value_names().and_then(|v| v.first()).map_or_else(|| id.to_uppercase(), |v| v.to_string());
    match metavar(lang, &shown) {
        Some(m) => a.value_name(m),
        None => a,
    }
}

/// A value's placeholder (`GROUP`) in `lang`: `cli-metavar-group`.
fn metavar(lang: Lang, shown: &str) -> Option<String> {
    let id = format!("cli-metavar-{}", shown.to_lowercase().replace('_', "-"));
    has(lang, &id).then(|| tr(lang, &id))
}

/// The usage line as clap makes it, with its English placeholders for the
/// options and the command in `lang`.
fn usage_line(cmd: &Command, lang: Lang, prefix: &str) -> String {
    let rendered = cmd.clone().render_usage().to_string();
    let line = rendered.split_once(": ").map_or(rendered.as_str(), |(_, u)| u);
    let line =
        line.replace("[OPTIONS]", &tr(lang, "cli-usage-options")).replace("[COMMAND]", &tr(lang, "cli-usage-command"));
    format!("{prefix}{line}")
}

/// The command line with every text in `lang`.
pub fn localize(cmd: Command, lang: Lang) -> Command {
    let usage = tr(lang, "cli-usage");
    let template = format!("{{about}}\n\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}");
    let cmd = cmd
        .about(tr(lang, "cli-about"))
        .after_help(tr(lang, "cli-after-help"))
        .help_template(template.clone())
        .subcommand_help_heading(tr(lang, "cli-commands"))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(tr(lang, "cli-version"))
                .help_heading(tr(lang, "cli-options")),
        );
    let cmd = localize_args(cmd, lang, "");
    let cmd = cmd.mut_subcommands(|s| localize_command(s, lang, &template, ""));
    let line = usage_line(&cmd, lang, "");
    cmd.override_usage(line)
}

/// A command below `parent` (`""` at the top, `print` for `print
/// roleplay`), and its own commands: its texts are `cli-<parent>-<name>`.
fn localize_command(s: Command, lang: Lang, template: &str, parent: &str) -> Command {
    let name = command_id(parent, s.get_name());
    let s = s.about(tr(lang, &format!("cli-{name}"))).help_template(template.to_owned());
    // A command that needs more than its options (the terminal's keys)
    // says it after them.
    let more = format!("cli-{name}-after-help");
    let s = if has(lang, &more) { s.after_help(tr(lang, &more)) } else { s };
    let s = localize_args(s, lang, &name);
    // Below the top only `print` has commands: its id is its name.
    let prefix = if parent.is_empty() { "klachtsim ".to_owned() } else { format!("klachtsim {parent} ") };
    let line = usage_line(&s, lang, &prefix);
    let s = s.override_usage(line);
    if s.has_subcommands() {
        let s = s.subcommand_help_heading(tr(lang, "cli-commands")).disable_help_subcommand(true);
        s.mut_subcommands(|sub| localize_command(sub, lang, template, &name))
    } else {
        s
    }
}

/// The id of a command below `parent` in the translation files.
fn command_id(parent: &str, name: &str) -> String {
    if parent.is_empty() { name.to_owned() } else { format!("{parent}-{name}") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_command_and_option_has_a_text_in_both_languages() {
        for lang in [Lang::Nl, Lang::En] {
            let cmd = crate::cli::Cli::command();
            // Every command, and the commands below it (`print roleplay`).
            let mut commands: Vec<(String, &Command)> =
                cmd.get_subcommands().map(|s| (s.get_name().to_owned(), s)).collect();
            let mut i = 0;
            while i < commands.len() {
                let (parent, c) = (commands[i].0.clone(), commands[i].1);
                commands.extend(c.get_subcommands().map(|s| (command_id(&parent, s.get_name()), s)));
                i += 1;
            }
            for (name, s) in commands {
                assert!(has(lang, &format!("cli-{name}")), "cli-{name} ({lang})");
                for a in s.get_arguments() {
                    let id = a.get_id().as_str();
                    assert!(arg_help(lang, &name, id).is_some(), "{name} --{id} has no text in {lang}");
                    let shown = a
                        .get_value_names()
                        .and_then(|v| v.first())
                        .map_or_else(|| id.to_uppercase(), |v| v.to_string());
                    assert!(
                        !a.get_action().takes_values() || metavar(lang, &shown).is_some(),
                        "{name} --{id}: no cli-metavar-{} in {lang}",
                        shown.to_lowercase()
                    );
                    for v in a.get_possible_values().iter().filter(|_| a.get_action().takes_values()) {
                        assert!(
                            value_help(lang, &name, id, v.get_name()).is_some(),
                            "{name} --{id} {} has no text in {lang}",
                            v.get_name()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(detect_lang(&args(&["klachtsim", "--lang", "en", "--help"])), Lang::En);
        assert_eq!(detect_lang(&args(&["klachtsim", "review", "--lang=en"])), Lang::En);
    }
}
