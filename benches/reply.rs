//! The reply analyser's time per reply (goal: under 1 ms), next to its
//! baseline in the same run: only splitting the same text into words and
//! stemming them (`text::words`), which every judgement needs anyway.
//! Figures in benches/README.md.

use std::path::PathBuf;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use klachtsim::i18n::Lang;
use klachtsim::reply::{Context, analyse};

/// An e-mail reply of 60 words against the case it answers, a one-line
/// chat reply, and an English reply of 40 words.
const EMAIL: &str = "Beste mevrouw De Vries, wat vervelend dat de rits van uw nieuwe jeans \
    (bestelling GS-2026-48213) al na een week kapot is, en dat vlak voor uw vakantie. Ik stuur u \
    vandaag een nieuwe jeans in dezelfde maat; die heeft u binnen 2 werkdagen in huis. De kapotte \
    jeans kunt u met het bijgevoegde retourlabel gratis terugsturen. Ik bel u donderdag om 10 uur \
    om te horen of alles goed is aangekomen.";
const CHAT: &str = "Tja, jammer dan hoor, dat gebeurt wel vaker.";
const ENGLISH: &str = "Dear Mr Brown, I'm so sorry your parcel went missing, especially with your \
    daughter's birthday on Saturday. I'll call the courier today and email you before 5 pm with \
    what they say. If it cannot be found, I'll send a new one on Monday.";

fn reply(c: &mut Criterion) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/gstar-rits-kapot.ron");
    let case = klachtsim::load::load_scenario(&path).unwrap();
    let with_case = Context::of_case(Lang::Nl, &case.scenario, &case.policy);
    let plain_nl = Context::plain(Lang::Nl, None);
    let plain_en = Context::plain(Lang::En, None);
    let mut g = c.benchmark_group("reply");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    for (name, text, ctx) in
        [("email-nl-case", EMAIL, &with_case), ("chat-nl", CHAT, &plain_nl), ("email-en", ENGLISH, &plain_en)]
    {
        // Built-in word lists are read once per process, before the clock.
        std::hint::black_box(analyse(text, ctx));
        g.bench_with_input(BenchmarkId::new("words (baseline)", name), text, |b, t| {
            b.iter(|| klachtsim::text::words(ctx.lang, std::hint::black_box(t)))
        });
        g.bench_with_input(BenchmarkId::new("analyse", name), text, |b, t| {
            b.iter(|| analyse(std::hint::black_box(t), ctx))
        });
    }
    g.finish();
}

criterion_group!(benches, reply);
criterion_main!(benches);
