//! The pair role-play on paper, for a class without a computer per pair:
//! one HTML page with, per case, the customer's role card and the
//! observation sheet, each on its own A4 sheet. Self-contained (inline CSS,
//! no scripts), every text escaped, as the review's HTML report.

use std::fmt::{self, Write};

use rand::SeedableRng;
use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

use crate::i18n::{Lang, Text, tr};
use crate::log::pair::Seen;
use crate::model::{Scenario, Verdict};
use crate::review::html::esc;

use super::{RoleCard, sheet_asks, sheet_steps};

/// One case of each verdict (grounded, doubtful, unfounded), drawn from
/// `cases` with `seed`: the lesson's three complaints. Cases in `lang` are
/// preferred when the library has one of that verdict. `Err` names the
/// first verdict no case has.
pub fn pick_three<'a>(cases: &[&'a Scenario], lang: Lang, seed: u64) -> Result<Vec<&'a Scenario>, Verdict> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    Verdict::ALL
        .iter()
        .map(|v| {
            let of: Vec<&Scenario> = cases.iter().copied().filter(|s| s.truth.verdict == *v).collect();
            let own: Vec<&Scenario> = of.iter().copied().filter(|s| s.language == lang.code()).collect();
            let pool = if own.is_empty() { of } else { own };
            pool.choose(&mut rng).copied().ok_or(*v)
        })
        .collect()
}

/// The stylesheet. Each sheet is one A4 page (`.sheet` breaks after
/// itself); tables take the page's width with fixed columns, so none is
/// wider than the page; a row, a fact or a box is never split. The type
/// size (9pt, DejaVu Sans) is what keeps the longest card of the library
/// on one page (checked by rendering every case to PDF with WeasyPrint).
const STYLE: &str = "@page{size:A4;margin:12mm}\
body{font-family:'DejaVu Sans',Arial,sans-serif;color:#222;font-size:9pt;line-height:1.25;margin:0 auto;max-width:186mm}\
.sheet{break-after:page;page-break-after:always;padding:4mm 0}.sheet:last-child{break-after:auto;page-break-after:auto}\
h1{font-size:15pt;margin:0 0 1mm}h2{font-size:10.5pt;margin:3mm 0 1mm;border-bottom:1.5px solid #ccc}\
.kind{font-size:9pt;text-transform:uppercase;letter-spacing:.05em;color:#555;margin:0}\
.secret{font-size:9pt;border:1px solid #999;padding:1mm 2mm;margin:2mm 0}\
p{margin:0 0 1mm}ul{margin:0;padding-left:5mm}li{margin-bottom:.6mm}\
.quote{font-style:italic}\
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:1mm 0}\
th,td{border:1px solid #888;padding:1.5mm;text-align:left;vertical-align:top;overflow-wrap:anywhere}\
th{background:#f0f0f0;font-size:9pt}\
td.box{text-align:center;font-size:14pt}\
.asks{font-size:8.5pt;color:#444}\
.line{border-bottom:1px solid #999;height:7mm}\
.names td{height:8mm}\
h1,h2{break-after:avoid;page-break-after:avoid}\
tr,li,p,.secret{break-inside:avoid;page-break-inside:avoid}";

/// The whole page for `cases`, in their order.
pub fn roleplay_html(cases: &[&Scenario], lang: Lang) -> String {
    let mut out = String::new();
    write_page(&mut out, cases, lang).expect("writing to a String cannot fail");
    out
}

fn write_page(out: &mut impl Write, cases: &[&Scenario], lang: Lang) -> fmt::Result {
    let title = esc(&tr(lang, "print-title"));
    write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{title}</title><style>{STYLE}</style></head><body>\n",
        lang.code()
    )?;
    for (i, s) in cases.iter().enumerate() {
        role_card(out, s, i + 1, lang)?;
        observation_sheet(out, s, i + 1, lang)?;
    }
    out.write_str("</body></html>\n")
}

/// Text with one paragraph per line.
fn paragraphs(out: &mut impl Write, text: &str) -> fmt::Result {
    text.lines().filter(|l| !l.trim().is_empty()).try_for_each(|l| write!(out, "<p>{}</p>", esc(l)))
}

fn heading(out: &mut impl Write, kind: &'static str, number: usize, s: &Scenario, lang: Lang) -> fmt::Result {
    let kind = Text::msg(kind).arg("number", number as i64).render(lang);
    write!(out, "<p class=\"kind\">{}</p><h1>{}</h1>", esc(&kind), esc(&s.title))
}

fn role_card(out: &mut impl Write, s: &Scenario, number: usize, lang: Lang) -> fmt::Result {
    let card = RoleCard::of(s, lang);
    out.write_str("<section class=\"sheet card\">")?;
    heading(out, "print-card-kind", number, s, lang)?;
    let who = Text::msg("print-card-who").arg("customer", card.customer.as_str()).render(lang);
    write!(out, "<p class=\"secret\">{}</p>", esc(&who))?;
    write!(out, "<h2>{}</h2>", esc(&tr(lang, "print-card-situation")))?;
    paragraphs(out, &card.situation)?;
    write!(out, "<h2>{}</h2>", esc(&tr(lang, "print-card-wants")))?;
    paragraphs(out, &card.wants)?;
    write!(out, "<h2>{}</h2>", esc(&tr(lang, "print-card-reacts")))?;
    paragraphs(out, &card.reacts)?;
    write!(out, "<h2>{}</h2><ul>", esc(&tr(lang, "print-card-reveal")))?;
    for r in &card.reveal {
        write!(out, "<li>{} <span class=\"quote\">“{}”</span></li>", esc(&r.when), esc(&r.fact))?;
    }
    write!(out, "</ul><h2>{}</h2><ul>", esc(&tr(lang, "print-card-escalate")))?;
    for e in &card.escalate {
        write!(out, "<li>{}</li>", esc(e))?;
    }
    out.write_str("</ul></section>\n")
}

fn observation_sheet(out: &mut impl Write, s: &Scenario, number: usize, lang: Lang) -> fmt::Result {
    let verdict = s.truth.verdict;
    out.write_str("<section class=\"sheet observation\">")?;
    heading(out, "print-sheet-kind", number, s, lang)?;
    write!(out, "<p class=\"secret\">{}</p>", esc(&tr(lang, "print-sheet-secret")))?;
    out.write_str("<table class=\"names\"><colgroup><col style=\"width:33%\"><col style=\"width:34%\"><col style=\"width:33%\"></colgroup><tr>")?;
    for id in ["print-sheet-employee", "print-sheet-customer", "print-sheet-observer"] {
        write!(out, "<td>{}:</td>", esc(&tr(lang, id)))?;
    }
    out.write_str("</tr></table>")?;
    let sequence = Text::msg("print-sheet-sequence").arg("verdict", verdict.key()).render(lang);
    write!(out, "<h2>{}</h2>", esc(&sequence))?;
    out.write_str(
        "<table class=\"steps\"><colgroup><col style=\"width:34%\"><col style=\"width:9%\"><col style=\"width:9%\"><col style=\"width:9%\"><col style=\"width:39%\"></colgroup><thead><tr>",
    )?;
    write!(out, "<th>{}</th>", esc(&tr(lang, "print-sheet-step")))?;
    for seen in Seen::ALL {
        write!(out, "<th>{}</th>", esc(&tr(lang, seen.msg())))?;
    }
    write!(out, "<th>{}</th></tr></thead><tbody>", esc(&tr(lang, "print-sheet-comment")))?;
    for (i, step) in sheet_steps(verdict).into_iter().enumerate() {
        let asks: Vec<String> = sheet_asks(verdict, step).iter().map(|t| t.render(lang)).collect();
        write!(
            out,
            "<tr><td><strong>{}. {}</strong><br><span class=\"asks\">{}</span></td>",
            i + 1,
            esc(&tr(lang, step.msg())),
            esc(&asks.join("; "))
        )?;
        for _ in Seen::ALL {
            out.write_str("<td class=\"box\">☐</td>")?;
        }
        out.write_str("<td><div class=\"line\"></div><div class=\"line\"></div></td></tr>")?;
    }
    out.write_str("</tbody></table>")?;
    for id in ["print-sheet-best", "print-sheet-tip"] {
        write!(out, "<h2>{}</h2><div class=\"line\"></div><div class=\"line\"></div>", esc(&tr(lang, id)))?;
    }
    out.write_str("</section>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> crate::load::Library {
        crate::load::Library::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios"))
    }

    #[test]
    fn three_verdicts_drawn_by_seed_in_the_reader_s_language() {
        let lib = library();
        let cases: Vec<&Scenario> = lib.scenarios.iter().map(|l| &l.scenario).collect();
        for lang in [Lang::Nl, Lang::En] {
            let picked = pick_three(&cases, lang, 7).unwrap();
            let verdicts: Vec<Verdict> = picked.iter().map(|s| s.truth.verdict).collect();
            assert_eq!(verdicts, Verdict::ALL);
            let ids = |p: &[&Scenario]| p.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
            assert_eq!(ids(&picked), ids(&pick_three(&cases, lang, 7).unwrap()), "the same seed draws the same cases");
            // The library has English cases of some verdicts only.
            assert!(picked.iter().any(|s| s.language == lang.code()), "{lang}");
        }
        let grounded: Vec<&Scenario> = cases.iter().copied().filter(|s| s.truth.verdict == Verdict::Grounded).collect();
        assert_eq!(pick_three(&grounded, Lang::Nl, 1).err(), Some(Verdict::Doubtful));
    }

    #[test]
    fn a_case_s_words_are_escaped() {
        let lib = library();
        let mut s = lib.get("gstar-rits-kapot").unwrap().scenario.clone();
        s.title = "<script>alert(1)</script>".into();
        let html = roleplay_html(&[&s], Lang::Nl);
        assert!(!html.contains("<script>") && html.contains("&lt;script&gt;"));
        assert_eq!(html.matches("class=\"sheet").count(), 2, "a card and a sheet");
    }
}
