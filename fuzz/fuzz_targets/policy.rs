//! Any bytes as a policy file: the loader either accepts them or returns
//! diagnostics that render; it never panics or hangs.
#![no_main]

use std::path::Path;

use klachtsim::i18n::Lang;
use klachtsim::load::Source;
use klachtsim::load::policy::parse_policy;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("/nonexistent-klachtsim-fuzz/policy.ron");
    match Source::from_bytes(path, data.to_vec()) {
        Ok(src) => {
            if let Err(ds) = parse_policy(&src) {
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
