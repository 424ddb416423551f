//! Any bytes as a script: the parser either accepts them (and the script is
//! played against the shipped library, where every action must either run
//! or be refused with a message) or returns diagnostics that render.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use klachtsim::script::play_script;
use klachtsim::i18n::Lang;
use klachtsim::load::{Library, Source};
use klachtsim::script::parse_script;
use libfuzzer_sys::fuzz_target;

fn library() -> &'static Library {
    static LIB: OnceLock<Library> = OnceLock::new();
    LIB.get_or_init(|| Library::load(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../scenarios"))))
}

fuzz_target!(|data: &[u8]| {
    let path = Path::new("/nonexistent-klachtsim-fuzz/script.ron");
    match Source::from_bytes(path, data.to_vec()) {
        Ok(src) => match parse_script(&src) {
            Ok(script) => {
                if let Err(ds) = play_script(&script, library(), None, None) {
                    for d in ds {
                        let _ = d.render(Lang::En, false);
                    }
                }
            }
            Err(ds) => {
                for d in ds {
                    let _ = d.render(Lang::Nl, false);
                }
            }
        },
        Err(d) => {
            let _ = d.render(Lang::Nl, false);
        }
    }
});
