//! Any bytes as a scenario file: the loader either accepts them or returns
//! diagnostics that render; it never panics or hangs.
#![no_main]

use std::path::Path;

use klachtsim::i18n::Lang;
use klachtsim::load::Source;
use klachtsim::load::scenario::parse_scenario;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A folder that does not exist: a scenario naming another policy file
    // cannot reach real files.
    let path = Path::new("/nonexistent-klachtsim-fuzz/case.ron");
    match Source::from_bytes(path, data.to_vec()) {
        Ok(src) => {
            if let Err(ds) = parse_scenario(&src) {
                for d in ds {
                    let _ = d.render(Lang::Nl, false);
                    let _ = d.one_line(Lang::En);
                }
            }
        }
        Err(d) => {
            let _ = d.render(Lang::Nl, false);
        }
    }
});
