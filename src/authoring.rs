//! A commented scenario skeleton for `klachtsim new`: the choices in, the
//! text of a `.ron` file out. The skeleton validates as written, so a pair
//! of students starts from a file that works and replaces the texts in
//! square brackets one by one, checking as they go.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use crate::i18n::{Lang, tr};
use crate::model::*;

/// What the authors chose.
#[derive(Clone, Debug, PartialEq)]
pub struct Choices {
    pub id: String,
    pub title: String,
    pub language: Lang,
    pub verdict: Verdict,
    pub channel: Channel,
    pub category: Category,
    pub cause: Cause,
    pub nature: Nature,
    pub priority: Priority,
    /// The complaint is public (a post, the press): a reputational risk.
    pub public: bool,
    pub received: NaiveDateTime,
}

/// A value typed by a person: the English name (`Grounded`), the key
/// (`grounded`), or the Dutch or English word of the lesson (`gegrond`),
/// in any case; the start of a word is enough when it fits one value only.
pub fn parse_term<T: Term>(input: &str) -> Option<T> {
    let norm = |s: &str| s.trim().to_lowercase().replace(['-', '_', ' ', '/'], "");
    let wanted = norm(input);
    if wanted.is_empty() {
        return None;
    }
    let names =
        |v: T| [format!("{v:?}"), v.key().to_owned(), tr(Lang::Nl, v.msg()), tr(Lang::En, v.msg())].map(|c| norm(&c));
    if let Some(v) = T::ALL.iter().copied().find(|&v| names(v).contains(&wanted)) {
        return Some(v);
    }
    let mut fits =
        T::ALL.iter().copied().filter(|&v| wanted.len() >= 3 && names(v).iter().any(|n| n.starts_with(&wanted)));
    match (fits.next(), fits.next()) {
        (Some(v), None) => Some(v),
        _ => None,
    }
}

/// A usable id made from a title: lower case, dashes between words.
pub fn id_from_title(title: &str) -> String {
    let mut id = String::new();
    for c in title.chars() {
        let c = match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            c => c.to_ascii_lowercase(),
        };
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.is_empty() { "nieuwe-casus".to_owned() } else { id.chars().take(60).collect::<String>() }
}

/// The texts of the skeleton in one language.
struct Words {
    head: &'static str,
    difficulty: &'static str,
    summary: &'static str,
    name: &'static str,
    temperament: &'static str,
    history: &'static str,
    order: &'static str,
    product: &'static str,
    in_stock: &'static str,
    channel: &'static str,
    received: &'static str,
    public: &'static str,
    opening: &'static str,
    truth: &'static str,
    checks: &'static str,
    root_cause: &'static str,
    escalation_reason: &'static str,
    listening: &'static str,
    let_finish: &'static str,
    interrupt: &'static str,
    lines: &'static str,
    open: [&'static str; 3],
    closed: [&'static str; 3],
    summary_good: [&'static str; 3],
    summary_wrong: [&'static str; 3],
    ack_good: [&'static str; 3],
    ack_wrong: [&'static str; 3],
    expl_good: [&'static str; 3],
    expl_wrong: [&'static str; 3],
    findings: &'static str,
    finding: [&'static str; 5],
    offers: &'static str,
    /// Per verdict: (pattern, rating, reason, accepted, reply, mood).
    grounded: [(&'static str, &'static str, &'static str, bool, &'static str, i32); 3],
    doubtful: [(&'static str, &'static str, &'static str, bool, &'static str, i32); 3],
    unfounded: [(&'static str, &'static str, &'static str, bool, &'static str, i32); 3],
    escalation_reply: &'static str,
    follow_up_reply: &'static str,
    model: &'static str,
    model_steps: [&'static str; 6],
}

const NL: Words = Words {
    head: "// Gemaakt met `klachtsim new`. Vervang elke tekst tussen [vierkante haken]\n\
           // door je eigen tekst en controleer het bestand na elke stap met:\n\
           //     cargo run --release -- validate {path}\n\
           // Bij elk veld staat uitleg in scenarios/README.md.",
    difficulty: "1 (makkelijk) tot 3 (moeilijk)",
    summary: "[Eén of twee zinnen voor de lijst: wie klaagt en waarover. Verklap het oordeel niet.]",
    name: "[Voornaam Achternaam]",
    temperament: "Calm (rustig), Talkative (spraakzaam), Anxious (bezorgd), Impatient (ongeduldig) of Angry (boos)",
    history: "eerdere klachten, bv. (date: \"2026-10-01\", category: Delivery, summary: \"Pakket te laat.\"),\n        // drie klachten binnen 90 dagen (deze meegeteld) vragen Repetition in truth.escalation",
    order: "het ordernummer, het product en de prijs die de klant betaalde",
    product: "[Merk en product, kleur, maat]",
    in_stock: "kan hetzelfde product meteen als vervanging worden verstuurd?",
    channel: "Phone (telefoon), Email, SocialMedia (webcare), WebForm (webformulier) of Store (winkel)",
    received: "wanneer de klacht binnenkomt: hier begint de klok (let op kantoortijden en feestdagen)",
    public: "true als iedereen het kan zien (openbare post, pers): dan hoort Reputation in truth.escalation",
    opening: "[Wat de klant als eerste zegt of schrijft, in de woorden van de klant.]",
    truth: "de waarheid die de cursist moet achterhalen",
    checks: "Order, Warranty, History, Stock, Inspect: de onderzoeken zonder welke het oordeel een gok is",
    root_cause: "[De hoofdoorzaak die een goede 'les geleerd' noemt (denk aan 5x waarom).]",
    escalation_reason: "[Waarom deze klacht naar de teamleider moet.]",
    listening: "wat de klant zegt als de cursist hem laat uitpraten, of onderbreekt (mood: -50 tot 50)",
    let_finish: "[Wat de klant nog vertelt als je hem laat uitpraten.]",
    interrupt: "[Hoe de klant reageert als je hem onderbreekt.]",
    lines: "wat de cursist kan zeggen; een script zegt een zin met Say(\"id\")",
    open: [
        "[Een open vraag waarmee de cursist het hele verhaal hoort.]",
        "Een open vraag laat de klant zijn verhaal doen en geeft je de feiten die je nodig hebt.",
        "[Het antwoord van de klant, met een feit dat helpt bij het onderzoek.]",
    ],
    closed: [
        "[Een gesloten vraag die als verwijt klinkt.]",
        "Deze vraag legt de schuld bij de klant voordat je iets hebt onderzocht.",
        "[De geïrriteerde reactie van de klant.]",
    ],
    summary_good: [
        "[Een samenvatting die het product, het probleem en het ongemak noemt.]",
        "Een goede samenvatting laat horen dat je het probleem en het ongemak hebt begrepen.",
        "[De klant bevestigt: ja, precies.]",
    ],
    summary_wrong: [
        "[Een samenvatting die iets anders van de klacht maakt.]",
        "Deze samenvatting mist de kern van de klacht.",
        "[De klant verbetert je, geïrriteerd.]",
    ],
    ack_good: [
        "[Een zin die het probleem en het ongemak erkent en eigenaarschap neemt.]",
        "Je erkent het probleem en het ongemak zonder schuld of verdediging.",
        "[De klant wordt iets rustiger.]",
    ],
    ack_wrong: [
        "[Een zin die verdedigt of de klant de schuld geeft.]",
        "Verdedigen of de klant de schuld geven maakt de klacht groter.",
        "[De klant wordt bozer.]",
    ],
    expl_good: [
        "[Een rustige, feitelijke uitleg van wat het onderzoek liet zien.]",
        "Je legt de feiten rustig uit voordat je een oplossing biedt.",
        "[De klant accepteert de uitleg, misschien met tegenzin.]",
    ],
    expl_wrong: [
        "[Dezelfde feiten, maar als verwijt gebracht.]",
        "Feiten als verwijt brengen sluit de deur voor een oplossing.",
        "[De klant voelt zich dom gezet.]",
    ],
    findings: "wat elk onderzoek oplevert; minutes is hoe lang het duurt (gesimuleerde tijd)",
    finding: [
        "[Wat de bestelling laat zien: ordernummer, product, prijs, leverdatum.]",
        "[Wat de garantie zegt over dit probleem.]",
        "[Eerdere klachten van deze klant, of: geen eerdere klachten.]",
        "[Wat er op voorraad is.]",
        "[Wat je ziet als je naar het product (of de foto's) kijkt.]",
    ],
    offers: "hoe oplossingen worden beoordeeld; de eerste regel die past telt",
    grounded: [
        (
            "Replacement",
            "Good",
            "Bij een gegronde klacht hoort directe actie: een vervanging uit voorraad lost het probleem meteen op.",
            true,
            "[De klant neemt de vervanging graag aan.]",
            12,
        ),
        (
            "Repair",
            "Good",
            "Gratis reparatie is bij een gegronde klacht een goed alternatief.",
            true,
            "[De klant vindt reparatie ook goed.]",
            8,
        ),
        (
            "Advice",
            "Wrong",
            "Alleen uitleg is bij een gegronde klacht geen oplossing: de klant blijft met het probleem zitten.",
            false,
            "[De klant wil een echte oplossing.]",
            -10,
        ),
    ],
    doubtful: [
        (
            "Refund(10.0, 40.0)",
            "Good",
            "Bij twijfel past een gedeeltelijke oplossing, na een duidelijke uitleg.",
            true,
            "[De klant gaat akkoord met de gedeeltelijke terugbetaling.]",
            8,
        ),
        (
            "Discount(10, 15)",
            "Good",
            "Korting op een volgende aankoop is een passende tegemoetkoming bij twijfel.",
            true,
            "[De klant neemt de korting aan.]",
            5,
        ),
        (
            "Replacement",
            "Weak",
            "Een vervanging gaat bij twijfel verder dan nodig en lost de oorzaak niet op.",
            true,
            "[De klant neemt de vervanging aan.]",
            8,
        ),
    ],
    unfounded: [
        (
            "Compromise",
            "Good",
            "Na een feitelijke uitleg is een compromis een nette manier om de klant tegemoet te komen.",
            true,
            "[De klant gaat akkoord met het compromis.]",
            10,
        ),
        (
            "Advice",
            "Good",
            "Uitleg en advies helpen de klant verder zonder een ongegronde klacht te belonen.",
            true,
            "[De klant neemt het advies aan.]",
            4,
        ),
        (
            "Refund(0.01, {price})",
            "Wrong",
            "Geld terug bij een ongegronde klacht beloont de klacht zonder dat er iets mis was.",
            true,
            "[De klant neemt het geld graag aan.]",
            10,
        ),
    ],
    escalation_reply: "[Wat de teamleider zegt als de cursist escaleert.]",
    follow_up_reply: "[Wat de klant zegt als je na de uitvoering contact opneemt.]",
    model: "een modelafhandeling in woorden, voor de nabespreking",
    model_steps: [
        "Bevestig de ontvangst binnen het uur en neem de klacht op je naam.",
        "Laat de klant uitpraten, stel een open vraag, vat samen en erken het ongemak.",
        "[Welke onderzoeken je doet en hoe je de klacht classificeert.]",
        "[Welke oplossing je biedt, met wat en wanneer.]",
        "Voer de oplossing uit, neem na de uitvoering contact op, sluit de zaak en stuur de CSAT-enquête na 24 tot 48 uur.",
        "[De les geleerd: hoofdoorzaak en structurele verbetering.]",
    ],
};

const EN: Words = Words {
    head: "// Made with `klachtsim new`. Replace every text in [square brackets] with\n\
           // your own and check the file after each step with:\n\
           //     cargo run --release -- validate {path}\n\
           // scenarios/README.md explains every field.",
    difficulty: "1 (easy) to 3 (hard)",
    summary: "[One or two sentences for the list: who complains and about what. Do not give the verdict away.]",
    name: "[First Last]",
    temperament: "Calm, Talkative, Anxious, Impatient or Angry",
    history: "earlier complaints, e.g. (date: \"2026-10-01\", category: Delivery, summary: \"Parcel late.\"),\n        // three complaints within 90 days (this one included) need Repetition in truth.escalation",
    order: "the order number, the product and the price the customer paid",
    product: "[Brand and product, colour, size]",
    in_stock: "can the same product be sent as a replacement right away?",
    channel: "Phone, Email, SocialMedia (webcare), WebForm or Store",
    received: "when the complaint comes in: the clock starts here (mind business hours and holidays)",
    public: "true when everyone can see it (public post, press): then Reputation belongs in truth.escalation",
    opening: "[What the customer says or writes first, in the customer's own words.]",
    truth: "the truth the trainee has to find out",
    checks: "Order, Warranty, History, Stock, Inspect: the investigations without which the verdict is a guess",
    root_cause: "[The root cause a good lesson learned names (think of the 5 whys).]",
    escalation_reason: "[Why this complaint must go to the team lead.]",
    listening: "what the customer says when the trainee lets them finish, or interrupts (mood: -50 to 50)",
    let_finish: "[What the customer adds when you let them finish.]",
    interrupt: "[How the customer reacts when you interrupt.]",
    lines: "what the trainee can say; a script says a line with Say(\"id\")",
    open: [
        "[An open question that gets the trainee the whole story.]",
        "An open question lets the customer tell the story and gives you the facts you need.",
        "[The customer's answer, with a fact that helps the investigation.]",
    ],
    closed: [
        "[A closed question that sounds like blame.]",
        "This question blames the customer before anything has been looked into.",
        "[The customer's irritated reaction.]",
    ],
    summary_good: [
        "[A summary that names the product, the problem and the inconvenience.]",
        "A good summary shows that you understood the problem and the inconvenience.",
        "[The customer confirms: yes, exactly.]",
    ],
    summary_wrong: [
        "[A summary that turns the complaint into something else.]",
        "This summary misses the core of the complaint.",
        "[The customer corrects you, irritated.]",
    ],
    ack_good: [
        "[A sentence that acknowledges the problem and the inconvenience and takes ownership.]",
        "You acknowledge the problem and the inconvenience without blame or defensiveness.",
        "[The customer calms down a little.]",
    ],
    ack_wrong: [
        "[A sentence that is defensive or blames the customer.]",
        "Being defensive or blaming the customer makes the complaint bigger.",
        "[The customer gets angrier.]",
    ],
    expl_good: [
        "[A calm, factual explanation of what the investigation showed.]",
        "You explain the facts calmly before you offer a solution.",
        "[The customer accepts the explanation, perhaps reluctantly.]",
    ],
    expl_wrong: [
        "[The same facts, brought as a reproach.]",
        "Facts brought as a reproach close the door to a solution.",
        "[The customer feels made a fool of.]",
    ],
    findings: "what each investigation shows; minutes is how long it takes (simulated time)",
    finding: [
        "[What the order shows: order number, product, price, delivery date.]",
        "[What the warranty says about this problem.]",
        "[Earlier complaints of this customer, or: no earlier complaints.]",
        "[What is in stock.]",
        "[What you see when you look at the product (or the photos).]",
    ],
    offers: "how solutions are judged; the first rule that matches counts",
    grounded: [
        (
            "Replacement",
            "Good",
            "A grounded complaint calls for direct action: a replacement from stock solves the problem at once.",
            true,
            "[The customer gladly accepts the replacement.]",
            12,
        ),
        (
            "Repair",
            "Good",
            "A free repair is a good alternative for a grounded complaint.",
            true,
            "[The customer is fine with a repair.]",
            8,
        ),
        (
            "Advice",
            "Wrong",
            "An explanation alone solves nothing for a grounded complaint: the customer is left with the problem.",
            false,
            "[The customer wants a real solution.]",
            -10,
        ),
    ],
    doubtful: [
        (
            "Refund(10.0, 40.0)",
            "Good",
            "When in doubt, a partial solution fits, after a clear explanation.",
            true,
            "[The customer agrees to the partial refund.]",
            8,
        ),
        (
            "Discount(10, 15)",
            "Good",
            "A discount on a next purchase is a fitting gesture when in doubt.",
            true,
            "[The customer takes the discount.]",
            5,
        ),
        (
            "Replacement",
            "Weak",
            "A replacement goes further than needed when in doubt and does not solve the cause.",
            true,
            "[The customer accepts the replacement.]",
            8,
        ),
    ],
    unfounded: [
        (
            "Compromise",
            "Good",
            "After a factual explanation, a compromise is a decent way to meet the customer halfway.",
            true,
            "[The customer agrees to the compromise.]",
            10,
        ),
        (
            "Advice",
            "Good",
            "Explanation and advice help the customer without rewarding an unfounded complaint.",
            true,
            "[The customer takes the advice.]",
            4,
        ),
        (
            "Refund(0.01, {price})",
            "Wrong",
            "Money back for an unfounded complaint rewards a complaint about nothing wrong.",
            true,
            "[The customer gladly takes the money.]",
            10,
        ),
    ],
    escalation_reply: "[What the team lead says when the trainee escalates.]",
    follow_up_reply: "[What the customer says when you get in touch after carrying out the solution.]",
    model: "a model handling in words, for the debrief",
    model_steps: [
        "Acknowledge receipt within the hour and take ownership of the complaint.",
        "Let the customer finish, ask an open question, summarize and acknowledge the inconvenience.",
        "[Which investigations you do and how you classify the complaint.]",
        "[Which solution you offer, with what and when.]",
        "Carry out the solution, get in touch afterwards, close the case and send the CSAT survey after 24 to 48 hours.",
        "[The lesson learned: root cause and structural correction.]",
    ],
};

/// RON string literal.
fn q(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn line(out: &mut String, id: &str, kind: &str, rating: &str, w: [&str; 3], mood: i32, after: Option<&str>) {
    out.push_str("        (\n");
    out.push_str(&format!("            id: {},\n            kind: {kind},\n", q(id)));
    out.push_str(&format!("            text: {},\n            rating: {rating},\n", q(w[0])));
    out.push_str(&format!("            reason: {},\n", q(w[1])));
    out.push_str(&format!("            reply: (text: [{}], mood: {mood}),\n", q(w[2])));
    if let Some(a) = after {
        out.push_str(&format!("            after: {a},\n"));
    }
    out.push_str("        ),\n");
}

/// The skeleton's text; `path` is shown in the command to check it.
pub fn skeleton(c: &Choices, path: &str) -> String {
    let w = match c.language {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    let price = 99.95;
    let purchased: NaiveDate = c.received.date() - Duration::days(14);
    let mut o = String::new();
    o.push_str(&format!("// {}\n", c.title));
    o.push_str(&w.head.replace("{path}", path));
    o.push_str("\nScenario(\n");
    o.push_str(&format!("    id: {},\n", q(&c.id)));
    o.push_str(&format!("    title: {},\n", q(&c.title)));
    o.push_str(&format!("    language: {},\n", q(c.language.code())));
    o.push_str(&format!("    difficulty: 1, // {}\n", w.difficulty));
    o.push_str(&format!("    summary: {},\n", q(w.summary)));
    o.push_str("    customer: (\n");
    o.push_str(&format!("        name: {},\n", q(w.name)));
    o.push_str(&format!("        // {}\n        temperament: Calm,\n", w.temperament));
    o.push_str(&format!("        // {}\n        history: [],\n    ),\n", w.history));
    o.push_str(&format!("    // {}\n    order: (\n", w.order));
    o.push_str("        number: \"GS-2026-10001\",\n");
    o.push_str(&format!("        product: {},\n", q(w.product)));
    o.push_str(&format!("        price: {price},\n"));
    o.push_str(&format!("        purchased: \"{purchased}\",\n"));
    o.push_str(&format!("        in_stock: true, // {}\n    ),\n", w.in_stock));
    o.push_str(&format!("    // {}\n    channel: {:?},\n", w.channel, c.channel));
    o.push_str(&format!("    // {}\n    received: \"{}\",\n", w.received, c.received.format("%Y-%m-%dT%H:%M:%S")));
    o.push_str(&format!("    // {}\n    public: {},\n", w.public, c.public));
    o.push_str(&format!("    opening: {},\n", q(w.opening)));
    o.push_str(&format!("    // {}\n    truth: (\n", w.truth));
    o.push_str(&format!("        nature: {:?},\n", c.nature));
    o.push_str(&format!("        category: {:?},\n", c.category));
    o.push_str(&format!("        cause: {:?},\n", c.cause));
    o.push_str(&format!("        verdict: {:?},\n", c.verdict));
    o.push_str(&format!("        priority: {:?},\n", c.priority));
    if c.public {
        o.push_str("        escalation: [Reputation],\n");
        o.push_str(&format!("        escalation_reason: {},\n", q(w.escalation_reason)));
    } else {
        o.push_str("        escalation: [], // Authority, Reputation, Repetition\n");
    }
    o.push_str(&format!("        // {}\n        required_checks: [Order, Inspect],\n", w.checks));
    o.push_str(&format!("        root_cause: {},\n    ),\n", q(w.root_cause)));
    o.push_str(&format!("    // {}\n    listening: (\n", w.listening));
    o.push_str(&format!("        let_finish: (text: [{}], mood: 5),\n", q(w.let_finish)));
    o.push_str(&format!("        interrupt: (text: [{}], mood: -10),\n    ),\n", q(w.interrupt)));
    o.push_str(&format!("    // {}\n    lines: [\n", w.lines));
    let nl = c.language == Lang::Nl;
    let id = |nl_id: &'static str, en_id: &'static str| if nl { nl_id } else { en_id };
    line(&mut o, id("vraag-open", "open-question"), "OpenQuestion", "Good", w.open, 4, None);
    line(&mut o, id("vraag-verwijt", "blaming-question"), "ClosedQuestion", "Wrong", w.closed, -10, None);
    line(&mut o, id("samenvatting-goed", "summary-good"), "Summary", "Good", w.summary_good, 5, None);
    line(&mut o, id("samenvatting-fout", "summary-wrong"), "Summary", "Wrong", w.summary_wrong, -10, None);
    line(&mut o, id("erkenning-empathie", "acknowledge-empathy"), "Acknowledge", "Good", w.ack_good, 8, None);
    line(&mut o, id("erkenning-verdediging", "acknowledge-defensive"), "Acknowledge", "Wrong", w.ack_wrong, -12, None);
    line(&mut o, id("uitleg-feiten", "explain-facts"), "Explanation", "Good", w.expl_good, 4, Some("Inspect"));
    line(&mut o, id("uitleg-verwijt", "explain-blame"), "Explanation", "Wrong", w.expl_wrong, -12, None);
    o.push_str("    ],\n");
    o.push_str(&format!("    // {}\n    findings: {{\n", w.findings));
    for (check, text) in ["Order", "Warranty", "History", "Stock", "Inspect"].iter().zip(w.finding) {
        let minutes = if *check == "Inspect" { ", minutes: 15" } else { "" };
        o.push_str(&format!("        {check}: (text: {}{minutes}),\n", q(text)));
    }
    o.push_str("    },\n");
    o.push_str(&format!("    // {}\n    offers: [\n", w.offers));
    let rules = match c.verdict {
        Verdict::Grounded => &w.grounded,
        Verdict::Doubtful => &w.doubtful,
        Verdict::Unfounded => &w.unfounded,
    };
    for (pattern, rating, reason, accepted, reply, mood) in rules {
        o.push_str("        (\n");
        o.push_str(&format!("            offer: {},\n", pattern.replace("{price}", &format!("{price}"))));
        o.push_str(&format!("            rating: {rating},\n            reason: {},\n", q(reason)));
        o.push_str(&format!("            accepted: {accepted},\n"));
        o.push_str(&format!("            reply: (text: [{}], mood: {mood}),\n        ),\n", q(reply)));
    }
    o.push_str("    ],\n");
    o.push_str(&format!("    escalation_reply: {},\n", q(w.escalation_reply)));
    o.push_str(&format!("    follow_up_reply: {},\n", q(w.follow_up_reply)));
    o.push_str(&format!("    // {}\n    model: [\n", w.model));
    for step in w.model_steps {
        o.push_str(&format!("        {},\n", q(step)));
    }
    o.push_str("    ],\n)\n");
    o
}
