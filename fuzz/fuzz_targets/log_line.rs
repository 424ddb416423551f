//! Any bytes as a line of the log: reading it for the overview never
//! panics, and whenever the fast reader (made for the layout this program
//! writes) accepts a line, the general reader gives the same session for
//! it. The fast reader does not look at the actions, so the general one is
//! given the line with its actions left out.
#![no_main]

use klachtsim::log::logged_session::{LoggedSession, parse_fast, parse_general};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = LoggedSession::parse(data);
    if let Some(fast) = parse_fast(data) {
        let at = memchr_find(data, b",\"actions\":[").expect("the fast reader stops at the actions");
        let mut head = data[..at].to_vec();
        head.extend_from_slice(b",\"actions\":[]}");
        match parse_general(&head) {
            Ok(general) => assert_eq!(fast, general),
            Err(e) => panic!("the fast reader took a line the general one refuses: {e}"),
        }
    }
});

fn memchr_find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}
