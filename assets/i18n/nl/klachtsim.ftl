# klachtsim — Nederlandse teksten (standaardtaal)

## Algemeen
never = nooit
diag-error = fout
diag-hint = tip
list-one = { $a }
list-two = { $a } en { $b }
list-three = { $a }, { $b } en { $c }
list-four = { $a }, { $b }, { $c } en { $d }
speaker-trainee = Jij
speaker-team-lead = Teamleider
speaker-system = Dossier

## Begrippen
channel-phone = telefoon
channel-email = e-mail
channel-social-media = social media / webcare
channel-web-form = webformulier
channel-store = winkel
category-product = product
category-delivery = levering
category-communication = communicatie
category-price = prijs
category-staff = servicemedewerker
nature-objective = objectief
nature-subjective = subjectief
cause-mistake = vergissing
cause-misunderstanding = misverstand
cause-quarrel = ruzie
cause-unfriendliness = klantonvriendelijkheid
cause-broken-agreement = afspraken niet nakomen
cause-force-majeure = overmacht
cause-faulty-repair = verkeerd uitgevoerde reparatie
cause-structural-fault = structurele fout
verdict-grounded = gegrond
verdict-doubtful = twijfelachtig
verdict-unfounded = ongegrond
priority-critical = kritiek
priority-high = hoog
priority-normal = normaal
trigger-authority = buiten je bevoegdheid
trigger-reputation = reputatierisico
trigger-repetition = herhaalde klacht
trigger-safety = productveiligheid
temperament-calm = rustig
temperament-talkative = spraakzaam
temperament-anxious = bezorgd
temperament-impatient = ongeduldig
temperament-angry = boos
rating-good = goed
rating-weak = zwak
rating-wrong = fout
role-employee = medewerker
role-team-lead = teamleider
role-manager = manager
check-order = bestelling
check-warranty = garantie
check-history = klachthistorie
check-stock = voorraad
check-inspect = inspectie van het product
field-nature = aard
field-category = categorie
field-cause = oorzaak
field-verdict = oordeel
field-priority = prioriteit
field-channel = kanaal
field-escalation = escalatie
line-kind-open-question = open vraag
line-kind-closed-question = gesloten vraag
line-kind-summary = samenvatting
line-kind-acknowledge = erkenning
line-kind-explanation = uitleg
step-listen = Luisteren en begrijpen
step-acknowledge = Erkennen en empathie
step-analyze = Analyseren
step-offer = Oplossing bieden
step-execute = Uitvoeren
step-follow-up = Opvolgen en nazorg
step-improve = Verbeteren
holiday-new-year = Nieuwjaarsdag
holiday-good-friday = Goede Vrijdag
holiday-easter-monday = Tweede Paasdag
holiday-kings-day = Koningsdag
holiday-liberation-day = Bevrijdingsdag
holiday-ascension-day = Hemelvaartsdag
holiday-whit-monday = Tweede Pinksterdag
holiday-christmas-day = Eerste Kerstdag
holiday-boxing-day = Tweede Kerstdag
holiday-company-day = sluitingsdag van het bedrijf
target-minutes = binnen { $n } min, dag en nacht
target-hours = binnen { $n } uur, dag en nacht
target-office-minutes = binnen { $n } min kantoortijd
target-office-hours = binnen { $n } uur kantoortijd
target-working-days = binnen { $n } werkdag(en)

## Aanbiedingen
offer-replacement = een vervangend product
offer-refund = een terugbetaling van { $amount }
offer-discount = { $percent }% korting
offer-voucher = een tegoedbon van { $amount }
offer-repair = een gratis reparatie
offer-advice = advies en uitleg
offer-compromise = een compromis

## Bestanden lezen
load-cannot-read = kan het bestand niet lezen: { $error }
load-is-directory = dit is een map, geen bestand
load-not-found = bestand of map bestaat niet
load-too-large = bestand is te groot ({ $size } KiB; maximaal { $limit } KiB)
load-binary = dit is geen tekstbestand (het bevat een nul-byte)
load-not-utf8 = het bestand is geen geldige UTF-8-tekst
load-not-utf8-hint = sla het bestand op als UTF-8 (in Kladblok: Opslaan als, codering UTF-8)
load-empty = het bestand is leeg
load-expected-struct = verwacht { $name }( ... ) als begin van het bestand
load-wrong-struct = dit is een { $found }-bestand, verwacht { $name }
load-missing-field = het veld `{ $field }` ontbreekt
load-missing-field-hint = voeg `{ $field }: ...` toe; zie scenarios/README.md voor een voorbeeld
load-unknown-field = onbekend veld `{ $field }`
load-duplicate-field = het veld `{ $field }` staat er twee keer in
load-did-you-mean = bedoel je `{ $name }`?
load-expected-one-of = mogelijk zijn: { $names }
load-unknown-kind = onbekend soort bestand
load-unknown-kind-hint = een klachtsim-bestand begint met Scenario(, Policy( of Script(
load-duplicate-id = het id `{ $id }` wordt al gebruikt door { $other }
ron-unknown-value = onbekende waarde `{ $found }`
ron-expected-comma = hier ontbreekt een komma
ron-expected-comma-hint = zet een komma na elk veld en controleer of alle haakjes gesloten zijn
ron-expected-close = hier ontbreekt een sluitend haakje of een komma
ron-eof = het bestand houdt onverwacht op
ron-eof-hint = er is waarschijnlijk een haakje of aanhalingsteken niet gesloten
ron-expected-string = hier hoort tekst tussen aanhalingstekens
ron-expected-string-hint = zet de tekst tussen dubbele aanhalingstekens: "{ $value }"
ron-unclosed-string = deze tekst wordt niet afgesloten met een aanhalingsteken
ron-unclosed-string-hint = zet een " aan het eind van de tekst: { $value }
ron-expected-number = hier hoort een getal, geen { $value }
ron-number-hint = schrijf een getal zonder aanhalingstekens, met een punt voor de decimalen, zoals 99.95
ron-expected-bool = hier hoort true of false, geen { $value }
ron-bool-hint = schrijf true (ja) of false (nee), zonder aanhalingstekens
ron-expected-list = hier hoort een lijst tussen [ en ]
ron-expected-map = hier hoort een tabel tussen accolades
ron-expected-colon = hier ontbreekt een dubbele punt
ron-trailing = na het einde staat nog tekst
ron-unexpected-char = onverwacht teken `{ $char }`
ron-unexpected-hint = haal het teken weg, of zet het in een tekst tussen "dubbele aanhalingstekens"
ron-unclosed-comment = commentaar wordt niet afgesloten
ron-too-deep = te diep genest
ron-wrong-type = hier hoort { $expected }, maar hier staat { $value }
ron-kind-text = tekst tussen aanhalingstekens
ron-kind-whole = een heel getal
ron-kind-number = een getal
ron-kind-bool = true of false
ron-kind-date = een datum
ron-kind-moment = een datum met tijd
ron-kind-list = een lijst tussen [ en ]
ron-kind-map = een tabel tussen accolades
ron-kind-option = een waarde of None
ron-kind-name = een naam zonder aanhalingstekens
ron-kind-group = een groep velden tussen haakjes
ron-unquote-hint = schrijf { $value } zonder aanhalingstekens
ron-compare-hint = vergelijk dit deel met hetzelfde deel in een casus die werkt, bijvoorbeeld scenarios/gstar-rits-kapot.ron
ron-unreadable = dit deel kan ik niet lezen
ron-expected-name = hier hoort een naam
ron-date-hint = schrijf datums als "2026-11-20" en tijdstippen als "2026-11-20 16:45" of "2026-11-20T16:45:00"
ron-bad-date = "{ $value }" is geen datum of tijdstip dat ik kan lezen
ron-decimal-comma = een komma in een getal: { $value }
ron-decimal-comma-hint = schrijf { $fixed } met een punt
ron-whole-number = hier hoort een heel getal, geen { $value }
ron-whole-number-hint = schrijf { $lower } of { $upper }, zonder punt
ron-quoted-name = een naam hoort niet tussen aanhalingstekens: { $value }
ron-quoted-name-hint = schrijf { $name } zonder aanhalingstekens
ron-single-quotes = tekst hoort tussen dubbele aanhalingstekens, niet tussen enkele
ron-single-quotes-hint = schrijf "{ $value }"
ron-curly-quotes = gekrulde aanhalingstekens ({ $char }) uit een tekstverwerker kan ik niet lezen
ron-curly-quotes-hint = gebruik rechte aanhalingstekens: "{ $value }"
ron-inner-quote = dit aanhalingsteken sluit de tekst al af
ron-inner-quote-hint = zet een backslash voor elk aanhalingsteken in de tekst: { $value }
ron-bad-escape = een backslash begint een code, en { $value } is geen code
ron-bad-escape-hint = laat de backslash weg (schrijf { $char }), of schrijf \\ voor een backslash
ron-word-for-number = hier hoort een getal, geen woord: { $value }
ron-word-for-number-hint = schrijf { $number } in cijfers in plaats van { $value }
ron-wrong-count = { $name } heeft hier { $count } waarden nodig, tussen de haakjes staan er { $found }
ron-count-hint = schrijf { $count } waarden, gescheiden door een komma
ron-range-hint = { $name } heeft een bereik nodig, van en tot; voor precies één bedrag: { $name }({ $value }, { $value })

## Beleid
policy-hours-reversed = de openingstijd moet voor de sluitingstijd liggen
policy-hours-never-open = het kantoor is op geen enkele dag van de week open; geef in business_hours ten minste één dag openingstijden
policy-zero-target = de termijn `{ $field }` kan niet nul zijn
policy-time-zone = `{ $zone }` is geen tijdzone; gebruik een naam als "Europe/Amsterdam"
policy-csat-window = csat_from_hours moet kleiner of gelijk zijn aan csat_to_hours
policy-csat-threshold = de CSAT-drempel moet tussen 1 en 5 liggen
policy-repeat = herhaalde klachten: minstens 2 klachten binnen minstens 1 dag
policy-authority-order = { $higher } mag minder dan { $lower }; een hogere rol moet minstens alles mogen wat een lagere mag
policy-law-less = `{ $field }` geeft de klant minder dan de wet; een bedrijf mag meer beloven, nooit minder

## Scenario's
scn-bad-id = een id mag alleen kleine letters, cijfers en streepjes bevatten
scn-bad-id-hint = bijvoorbeeld "gstar-rits-kapot"
scn-empty-text = `{ $field }` is leeg
scn-causes-missing = de casus heeft geen oorzaakketen (truth.causes): de 5 x waarom en de beoordeling van de geleerde les hebben die nodig
scn-causes-hint = schrijf in truth 3 tot 5 schakels van symptoom naar grondoorzaak, bijvoorbeeld: causes: [(text: "De rits is kapot."), (text: "De tandjes laten los.", find: ["tandje|tand", "los|zwak"]), (text: "De ingangscontrole test niet op trekkracht.", find: ["controle|test", "trekkracht"])]
scn-causes-count = de oorzaakketen heeft { $count } schakels; het moeten er { $min } tot { $max } zijn (symptoom, oorzaken, grondoorzaak)
scn-cause-no-find = schakel { $n } van de oorzaakketen zegt niet aan welke woorden je ziet dat een cursist hem vond (find)
scn-cause-bad-find = "{ $entry }" heeft een leeg alternatief
scn-cause-bad-find-hint = scheid alternatieven met één | en zet er woorden tussen: "tandje|tand|tanden"
scn-cause-root-mismatch = de root_cause van de casus bevat niet wat de laatste schakel zoekt ({ $find })
scn-cause-root-mismatch-hint = de laatste schakel is de grondoorzaak: laat find de woorden van root_cause vinden, of pas root_cause aan
scn-language = taal moet "nl" of "en" zijn
scn-difficulty = moeilijkheid moet 1, 2 of 3 zijn
scn-mood-range = stemming moet tussen 0 en 100 liggen
scn-year-range = het jaartal van ontvangst is niet aannemelijk (2000 tot 2100)
scn-purchase-after-receipt = onmogelijke tijd: gekocht op { $purchased }, maar de klacht kwam binnen op { $received }
scn-history-after-receipt = onmogelijke tijd: een eerdere klacht op { $date } ligt na de ontvangst ({ $received })
scn-price = de prijs moet groter dan nul zijn
scn-public-needs-reputation = de klacht is openbaar (public: true), dus er is een reputatierisico
scn-reputation-not-public = reputatierisico opgegeven, maar de klacht is niet openbaar
scn-reputation-not-public-hint = zet public: true, of haal Reputation weg
scn-add-trigger = voeg { $trigger } toe aan escalation
scn-history-needs-repetition = de klant heeft { $count } klachten binnen { $days } dagen (deze meegeteld): dat is een herhaalde klacht
scn-repetition-without-history = herhaalde klacht opgegeven, maar de historie telt { $count } klacht(en) binnen { $days } dagen; nodig zijn er { $needed }
scn-authority-without-offer = escalatie wegens bevoegdheid, maar geen enkele goede oplossing gaat boven de bevoegdheid van een medewerker
scn-authority-without-offer-hint = voeg een goed beoordeelde oplossing toe die de teamleider moet goedkeuren, of haal Authority weg
scn-delivered-outside = de leverdatum ligt voor de aankoop of na de klacht
scn-safety-critical = een veiligheidsincident (Safety) heeft altijd prioriteit Critical
scn-offer-withholds-remedy = goed beoordeeld, maar deze oplossing onthoudt de klant wat de wet hem geeft: een product met een gebrek (een gegronde productklacht) geeft recht op herstel of vervanging, en anders prijsverlaging of geld terug, ook na de fabrieksgarantie
scn-offer-refuses-presumed = goed beoordeeld, maar alleen advies weigert wat de klant toekomt: het gebrek kwam binnen de vermoedenstermijn na levering aan het licht (policy.ron, law.presumption_months), dus de winkel moet bewijzen dat het product in orde was
scn-offer-withholds-hint = beoordeel deze oplossing als Weak of Wrong, en geef een goed beoordeelde oplossing die de klant geeft wat hem toekomt
scn-duplicate = `{ $what }` komt twee keer voor
scn-escalation-reason = leg in escalation_reason uit waarom er geëscaleerd moet worden
scn-escalation-reply = er moet geëscaleerd worden, maar escalation_reply (het antwoord van de teamleider) ontbreekt
scn-no-required-checks = noem in required_checks minstens één onderzoek dat nodig is voor het oordeel
scn-check-without-finding = onbekende verwijzing: voor { $check } staat geen bevinding in findings
scn-check-without-finding-hint = voeg { $check }: (text: "...") toe aan findings
scn-line-empty = tekst en reden van een zin mogen niet leeg zijn
scn-line-after-unknown = onbekende verwijzing: geen bevinding voor { $check } in findings
scn-no-good-line = onbereikbaar: geen enkele { $kind } is als Good beoordeeld, dus een volledige score is onmogelijk
scn-reply-empty = een antwoord heeft minstens één niet-lege tekst nodig
scn-reply-mood = mood moet tussen -50 en 50 liggen
scn-offer-range = ongeldig bereik: de ondergrens ligt boven de bovengrens, onder nul, of boven 100%
scn-refund-over-price = een terugbetaling kan niet hoger zijn dan de betaalde prijs ({ $price })
scn-offer-no-role = geen enkele rol mag deze oplossing toekennen volgens het beleid
scn-offer-no-role-hint = verlaag het bedrag of pas de bevoegdheden in het beleid aan
scn-offer-shadowed = onbereikbaar: regel { $rule } telt nooit, want regel { $earlier } ervoor dekt al zijn oplossingen
scn-offer-shadowed-hint = zet de specifiekere regel eerst, of maak de bereiken kleiner
scn-no-good-offer = geen enkele oplossing is Good en wordt door de klant geaccepteerd
scn-offer-needs-text = een concrete oplossing (met een id) heeft een `text` nodig: wat je precies aanbiedt, hoeveel en wanneer
scn-offer-text-needs-id = een oplossing met een `text` heeft ook een `id` nodig, zodat een script hem kan kiezen
scn-offer-on-top-unknown = on_top_of: "{ $id }" is geen id van een aanbod dat de klant aanneemt; schrijf de id van zo'n aanbod uit deze lijst
scn-withdrawn-not-online = `withdrawn: true` kan alleen bij een online aankoop (`online: true` in `order`): in een winkel bestaat geen wettelijk herroepingsrecht
scn-policy-missing = onbekende verwijzing: beleidsbestand { $file } bestaat niet
scn-policy-broken = het beleidsbestand { $file } bevat fouten
script-no-actions = het script bevat geen acties

## Valideren
validate-scenario-ok = scenario { $id }: { $title }
validate-policy-ok = beleid { $name }
validate-script-ok = script voor { $id } (score { $score })
validate-file-errors = { $count } fout(en)
validate-nothing = geen .ron-bestanden gevonden
validate-summary = { $good } bestand(en) goed, { $bad } met fouten
coverage-title = Dekking van { $count } casus(sen)
coverage-missing = ontbreekt
coverage-complete = Elke waarde komt in minstens één casus voor.
coverage-gaps = Nog geen casus voor: { $list }

## Spelen
play-not-possible = actie `{ $action }` is op dit moment niet mogelijk: { $reason }
play-unknown-scenario = onbekend scenario `{ $id }`
play-known-ids = bekende scenario's: { $ids }
play-scenario-broken = het scenario { $file } bevat fouten
play-transcript = Gesprek
refuse-closed = de zaak is al gesloten
refuse-unknown-line = er is geen zin met id `{ $id }`; mogelijk zijn: { $ids }
refuse-line-needs-check = dit kun je pas zeggen na { $check }
refuse-moment-answered = op dit punt van het gesprek ({ $moment }) heb je al iets gezegd
refuse-moment-later = dit hoort bij een later punt van het gesprek ({ $moment }); het gesprek is nu bij { $open }
refuse-moment-waits = dit punt van het gesprek ({ $moment }) komt pas na een ander punt of een controle
refuse-unknown-offer = er is geen concrete oplossing `{ $id }` van deze soort; mogelijk zijn: { $ids }
refuse-offer-which = zeg welke oplossing je precies aanbiedt: { $ids }
refuse-amount = het bedrag moet groter dan nul zijn
refuse-refund-over-price = je kunt niet meer terugbetalen dan de klant betaalde ({ $price })
refuse-percent = een korting ligt tussen { $from } en { $to }%
refuse-escalate-top = je zit al op het hoogste niveau
refuse-executed = de oplossing is al uitgevoerd
refuse-nothing-accepted = de klant heeft nog geen oplossing aanvaard
refuse-follow-up-early = nazorg kan pas na de uitvoering
refuse-csat-open = de CSAT-enquête gaat pas uit na het sluiten van de zaak
refuse-csat-twice = de CSAT-enquête is al verstuurd
refuse-senior-early = de senior belt pas na het CSAT-antwoord
refuse-lesson-empty = vul de hoofdoorzaak en de structurele verbetering in
refuse-promise-days = beloof de oplossing binnen { $from } tot { $to } werkdagen, niet { $value }
refuse-contact-hours = het volgende contact ligt { $from } tot { $to } uur vooruit, niet { $value }
refuse-csat-hours = de CSAT-enquête gaat { $from } tot { $to } uur na het sluiten uit, niet { $value }
refuse-senior-hours = de senior belt { $from } tot { $to } uur na het CSAT-antwoord, niet { $value }
refuse-wait-minutes = je kunt { $from } tot { $to } minuten per keer wachten, niet { $value }
refuse-lesson-too-long = de hoofdoorzaak en de structurele verbetering zijn elk hoogstens { $max } tekens, niet { $count }
refuse-why-not-due = de 5 x waarom is bij deze klacht niet nodig: een oorzaakanalyse hoort bij { $needed } klachten in één categorie, of bij een casus die erom vraagt
refuse-why-enough = je vroeg al { $max } keer waarom; leg nu de geleerde les vast
refuse-why-empty = schrijf een antwoord op de waarom-vraag
refuse-why-too-long = een antwoord op de waarom-vraag is hoogstens { $max } tekens, niet { $count }
say-let-finish = (je laat de klant rustig uitpraten)
say-nothing-to-add = Nee, dat was het wel.
say-interrupt = (je valt de klant in de rede)
say-receipt-confirmed = Ontvangstbevestiging verstuurd met verwijzing naar bestelling { $order }.
say-owner = Je bent eigenaar van deze klacht.
say-check = Onderzoek: { $check }
say-check-nothing = Daar is niets bijzonders te vinden.
say-classified = Klacht geclassificeerd in het dossier.
say-offer = Ik bied u { $offer } aan.
say-offer-when = Ik bied u { $offer } aan; dat is uiterlijk { $when } geregeld.
say-offer-accepted = Dat is een goede oplossing, dank u.
say-offer-on-top = Dat ook nog? Dat had ik niet verwacht, dank u.
say-offer-accepted-reluctantly = Nou, vooruit dan maar.
say-offer-refused = Daar heb ik niets aan.
say-escalate = Ik leg dit voor aan de { $role }.
say-escalation-unneeded = Dit had je zelf kunnen afhandelen; de klant heeft nu onnodig gewacht.
say-management-notified = De directie is op de hoogte gebracht van het risico.
say-status-update = Ik neem uiterlijk { $when } weer contact met u op, met de stand van zaken.
say-execute-blocked = Uitvoeren lukt niet: { $offer } valt buiten je bevoegdheid en is niet goedgekeurd.
say-execute-blocked-reply = U had het beloofd! Nu kan het ineens niet?
say-executed = Uitgevoerd: { $offer }, afgerond op { $when }.
say-follow-up = Ik bel even na: is alles naar wens opgelost?
say-closed = Zaak gesloten.
say-csat = CSAT-enquête verstuurd op { $sent }; antwoord op { $answered }: { $csat } van 5.
say-senior = Een senior collega heeft de klant nagebeld.
say-lesson = Geleerde les vastgelegd.
why-first = 5 x waarom (hoogstens { $max }). Het symptoom: { $symptom } Waarom gebeurde dat?
why-next = Waarom { $n }: en waarom is dat zo: "{ $answer }"?
say-wait = Er gaat { $duration } voorbij.

## Beoordeling van aanbiedingen
judge-grounded-direct = bij een gegronde klacht past directe actie die het probleem helemaal oplost
judge-grounded-partial = bij een gegronde klacht is een gedeeltelijke vergoeding mager; de klant heeft recht op een volledige oplossing
judge-grounded-no-solution = bij een gegronde klacht is uitleg alleen geen oplossing
judge-doubtful-everything = bij een twijfelachtige klacht geef je zonder bewijs te veel weg
judge-doubtful-partial = bij een twijfelachtige klacht past een gedeeltelijke oplossing na duidelijke uitleg
judge-doubtful-advice = bij een twijfelachtige klacht is alleen uitleg te weinig; bied ook iets aan
judge-unfounded-alternative = bij een ongegronde klacht past een alternatief of compromis na feitelijke uitleg
judge-unfounded-gives-in = bij een ongegronde klacht beloon je de klacht met geld of een nieuw product; leg de feiten uit en bied een alternatief

## Punten
item-sla-met = { $what } op tijd: { $actual } (uiterlijk { $deadline })
item-sla-late = { $what } te laat: { $actual } (uiterlijk { $deadline })
item-sla-missing = { $what } nooit gedaan (uiterlijk { $deadline })
item-let-finish = je liet de klant uitpraten voordat je reageerde
item-let-finish-after-interrupt = je liet de klant uitpraten, maar pas nadat je hem had onderbroken
item-no-let-finish = je hebt de klant nooit helemaal laten uitpraten
item-interrupted = je viel de klant in de rede; dat voelt als niet serieus genomen worden
item-no-open-question = je stelde geen goede open vraag; daarmee krijg je de volledige context
item-no-summary = je vatte de klacht niet samen; zo weet de klant niet of je hem begrepen hebt
item-summary-before-listening = je vatte samen voordat je had geluisterd
item-no-empathy = je toonde geen begrip voor het ongemak van de klant
item-checked = onderzocht voor het oordeel: { $check }
item-checked-late = { $check } pas onderzocht na je oordeel
item-not-checked = niet onderzocht: { $check }; zonder dat is je oordeel een gok
item-not-classified = je hebt de klacht niet geclassificeerd
item-classified-right = { $field } juist: { $value }
item-classified-wrong = { $field } onjuist: jij zei { $given }, het is { $value }
item-grounded-direct = je bood direct een oplossing, zonder het probleem weg te praten
item-grounded-not-direct = bij een gegronde klacht hoort directe actie, geen uitvluchten
item-explained-first = de klacht is { $verdict }: je legde eerst duidelijk uit wat je vond
item-explained-weakly = je legde eerst uit, maar niet helder genoeg
item-explained-late = je legde pas uit na je aanbod; als een klacht { $verdict } is, komt de uitleg eerst
item-not-explained = als een klacht { $verdict } is, leg je eerst duidelijk en feitelijk uit wat je vond
item-no-offer = je bood geen oplossing aan
item-offer-judged = { $offer }: { $reason }
item-offer-when = je zei precies wanneer het geregeld is: uiterlijk { $when }
item-offer-no-when = je zei niet wanneer de oplossing geregeld is
item-alternatives = je bood meer dan één oplossing, zodat de klant kon kiezen
item-no-alternatives = je bood maar één mogelijkheid; geef de klant waar het kan een keuze
item-alternatives-wrong = je bood { $count } oplossingen, maar { $wrong ->
    [one] één daarvan was
   *[other] { $wrong } daarvan waren
} fout: de klant had { $usable ->
    [0] geen bruikbare keuze
    [one] maar één bruikbare mogelijkheid
   *[other] { $usable } bruikbare mogelijkheden
}
item-offer-also = je bood ook { $offer } aan ({ $rating }): { $reason }
item-offer-also-wrong = je bood ook { $offer } aan, en dat is fout: { $reason }
item-within-authority = alles wat je aanbood viel binnen je bevoegdheid
item-offer-before-listening = je bood een oplossing aan voordat je had geluisterd
item-offer-before-analyzing = je beloofde iets voordat je de klacht had geanalyseerd
item-no-escalation-needed = terecht zelf afgehandeld: er was geen reden om te escaleren
item-escalation-unneeded = onnodig geëscaleerd: dat vertraagt de klant
item-escalation-missing = niet geëscaleerd, terwijl dat moest ({ $triggers })
item-escalated = op tijd geëscaleerd ({ $triggers }): { $actual } (uiterlijk { $deadline })
item-escalated-late = te laat geëscaleerd ({ $triggers }): { $actual } (uiterlijk { $deadline })
item-decision-late = de beslissing van de teamleider kwam pas { $actual } (uiterlijk { $deadline }); escaleer binnen kantoortijd
item-c-level-missed = bij reputatierisico moet de directie direct weten wat er speelt (uiterlijk { $deadline })
item-not-executed = je voerde de afgesproken oplossing niet uit
item-nothing-to-execute = er was niets uit te voeren: de klant aanvaardde geen oplossing
item-execution-blocked = de oplossing kon niet worden uitgevoerd: je beloofde iets buiten je bevoegdheid
item-executed = uitgevoerd: { $offer }, klaar op { $when }
item-promise-kept = belofte nagekomen: klaar { $actual } (beloofd uiterlijk { $deadline })
item-no-promise = uitgevoerd, maar er was geen termijn beloofd om aan te toetsen
item-no-follow-up-possible = geen nazorg mogelijk zonder uitgevoerde oplossing
item-status-update-missing = geen directe oplossing, en de klant hoorde niet wanneer je weer contact zou opnemen: geef een statusupdate met een exacte datum en tijd voordat je iets aanbiedt
item-contact-missed = je had contact beloofd uiterlijk { $deadline } en hield je daar niet aan
item-closed = zaak gesloten op { $when }
item-not-closed = de zaak bleef open
item-csat-sent = CSAT-enquête op het juiste moment verstuurd: { $actual }
item-csat-missing = geen CSAT-enquête verstuurd
item-senior-missing = CSAT { $csat }: een senior collega had de klant moeten nabellen (uiterlijk { $deadline })
item-no-lesson = geen geleerde les vastgelegd
item-root-cause = de hoofdoorzaak noemt de grondoorzaak: "{ $quote }"
item-root-cause-partly = de hoofdoorzaak noemt maar een deel van de grondoorzaak ({ $named } van { $of }: "{ $quote }"); de grondoorzaak: { $expected }
item-root-cause-on-the-way = de hoofdoorzaak noemt een oorzaak onderweg ("{ $quote }"), niet de grondoorzaak: { $expected }
item-root-cause-missed = de hoofdoorzaak noemt de grondoorzaak niet; die is: { $expected }
item-correction-tackles = de verbetering pakt de grondoorzaak aan: "{ $quote }"
item-correction-on-the-way = de verbetering pakt een oorzaak onderweg aan ("{ $quote }"), niet de grondoorzaak
item-correction-misses = de verbetering pakt de grondoorzaak niet aan ({ $expected })
item-correction-owner = de verbetering heeft een eigenaar: "{ $quote }"
item-correction-no-owner = de verbetering noemt geen eigenaar: wie voert het uit (een rol, team of afdeling)?
item-correction-date = de verbetering heeft een datum of termijn: "{ $quote }"
item-correction-no-date = de verbetering noemt geen datum of termijn: wanneer is het klaar?
item-lesson-vague = vaag: "{ $quote }" zegt niet wat er anders moet, wie het doet en wanneer
item-why-none = geen 5 x waarom gedaan, terwijl die hier nodig was; de keten: { $chain }
item-why-summary = 5 x waarom vanuit "{ $symptom }": { $found } van { $total } oorzaken gevonden
item-why-found = waarom { $n }: "{ $quote }" vindt de oorzaak: { $link }
item-why-found-root = waarom { $n }: "{ $quote }" vindt de grondoorzaak: { $link }
item-why-missed = niet gevonden: { $link }
item-why-missed-root = grondoorzaak niet gevonden: { $link }

## Overtredingen
viol-late = { $what } te laat
viol-missing = { $what } ontbreekt
viol-promise = beloofde termijn niet gehaald
viol-contact = beloofd contactmoment gemist
viol-escalation-missing = escalatie vereist ({ $triggers }), maar niet gedaan
viol-escalation-unneeded = geëscaleerd zonder aanleiding
beyond-amount = { $offer } gaat boven je bevoegdheid van { $limit }: leg het eerst voor aan de { $next }
beyond-percent = { $offer } gaat boven je bevoegdheid van { $limit }%: leg het eerst voor aan de { $next }
beyond-out-of-stock = vervanging van een product dat niet op voorraad is, mag je niet zelf toezeggen: leg het eerst voor aan de { $next }
beyond-other = { $offer } mag je niet zelf toezeggen: leg het eerst voor aan de { $next }
what-acknowledgement = ontvangstbevestiging
what-owner = eigenaar toegewezen
what-first-response = eerste reactie
what-solution = oplossing uitgevoerd
what-escalation-report = melding aan de teamleider
what-escalation-decision = beslissing van de teamleider
what-c-level = melding aan de directie
what-follow-up = nazorg na uitvoering
what-csat = CSAT-enquête
what-status-update = statusupdate met exacte datum en tijd
what-senior = nazorg door een senior

## Regels
rule-listen-let-finish = luisteren: laat de klant uitpraten, of lees het hele bericht
rule-listen-no-interrupting = luisteren: niet onderbreken, niet antwoorden voor je alles hebt gelezen
rule-listen-open-questions = luisteren: open vragen
rule-listen-summary = luisteren: samenvatten
rule-acknowledge-empathy = erkennen: empathie, geen schuld of verdediging
rule-analyze-investigate = analyseren: onderzoek voor je oordeelt
rule-analyze-classify = classificatie
rule-verdict-sequence = volgorde per oordeel
rule-offer-solution = oplossing passend bij het oordeel
rule-offer-clear-when = oplossing met duidelijk wat en wanneer
rule-offer-alternatives = meerdere oplossingen
rule-authority = bevoegdheden
rule-escalation-triggers = escaleren als er een reden is, en alleen dan
rule-order-steps = volgorde van de stappen
rule-execute-carry-out = uitvoeren wat beloofd is
rule-execute-on-time = op de beloofde tijd
rule-follow-up-close = zaak afsluiten
rule-improve-lesson = geleerde les
rule-improve-root-cause = hoofdoorzaak en verbetering
rule-improve-why = De oorzaakketen gevolgd (5 x waarom)
rule-sla-acknowledgement = SLA ontvangstbevestiging
rule-sla-owner = SLA eigenaar
rule-sla-first-response = SLA eerste reactie
rule-sla-solution = SLA oplossing
rule-sla-escalation-report = SLA melding escalatie
rule-sla-escalation-decision = SLA beslissing escalatie
rule-sla-c-level = SLA directie bij reputatierisico
rule-sla-follow-up = nazorg
rule-sla-status-update = statusupdate met exact moment
rule-sla-csat-survey = CSAT-enquête
rule-sla-csat-follow-up = nazorg bij lage CSAT

## Nabespreking
debrief-title = Nabespreking: { $title }
debrief-clock = Gesimuleerde tijd: { $start } tot { $end }
debrief-overall = Totaalscore: { $score } van 100
debrief-csat = Klanttevredenheid (CSAT): { $csat } van 5
debrief-csat-not-collected = Klanttevredenheid (CSAT): niet gemeten, want er is geen enquête verstuurd.
debrief-violations = Overtredingen ({ $count }):
debrief-no-violations = Geen overtredingen van SLA of bevoegdheid.
debrief-deadline-actual = uiterlijk: { $deadline }; werkelijk: { $actual }
debrief-at = op: { $actual }
debrief-consequences = Wat dit in het echt kan kosten:
debrief-model = Zo had een modelafhandeling eruitgezien:
consequence-trust = verlies van vertrouwen en loyaliteit van de klant
consequence-reviews = meer kans op negatieve online recensies
consequence-revenue = verlies van toekomstige omzet
consequence-word-of-mouth = negatieve mond-tot-mondreclame
consequence-legal = juridische gevolgen van toezeggingen die niet kloppen

## SLA-overzicht
day-monday = maandag
day-tuesday = dinsdag
day-wednesday = woensdag
day-thursday = donderdag
day-friday = vrijdag
day-saturday = zaterdag
day-sunday = zondag
hours-days = { $from } t/m { $to }
hours-two = { $first } en { $second }
hours-open = { $days } { $open }–{ $close }
hours-closed = { $days } gesloten
hours-more = { $first }; { $rest }
sla-bad-moment = kan het tijdstip "{ $value }" niet lezen; schrijf bijvoorbeeld 2026-11-20T16:45
sla-bad-priority = onbekende prioriteit "{ $value }"; kies kritiek, hoog of normaal
sla-header = Klacht ontvangen op { $received } (beleid: { $policy })
sla-holiday = Let op: dit is een feestdag ({ $holiday }).
sla-outside-hours = Ontvangen buiten kantoortijd: termijnen in werkdagen en in kantoortijd tellen vanaf { $start }.
sla-row-acknowledgement = Ontvangstbevestiging
sla-row-owner = Eigenaar toegewezen
sla-row-first-response = Eerste reactie, prioriteit { $priority }
sla-row-solution = Oplossing uitgevoerd, prioriteit { $priority }
sla-hours = Kantoortijden: { $hours }
sla-warning-note = Waarschuwing (bijna over termijn) zodra { $percent }% van een termijn voorbij is.
sla-col-what = Termijn
sla-col-target = Norm
sla-col-warn = Waarschuwing
sla-col-due = Uiterlijk
sla-paused-header = Als de klant { $minutes } min later antwoordt (wacht op klant, vanaf { $from }), staat de klok zo lang stil:
sla-paused-none = Wacht op klant vanaf { $from }: geen termijn loopt dan nog, de klok hoeft niet stil te staan.
sla-escalation-header = Als er bij ontvangst al een reden is om te escaleren (en de melding op het laatste moment komt):
sla-row-escalation-report = Melding aan de teamleider
sla-row-escalation-decision = Beslissing van de teamleider
sla-row-c-level = Directie informeren bij reputatierisico
sla-later-header = Later in de afhandeling:
sla-later-follow-up = nazorg: { $target } na uitvoering van de oplossing
sla-later-csat = CSAT-enquête: tussen { $from } en { $to } uur na het sluiten
sla-later-senior = CSAT van { $threshold } of lager: nazorg door een senior { $target } na het antwoord

## Spelen in de terminal
tui-bad-key = "{ $value }" staat niet in het menu; typ het nummer van een zin of de letter van een actie
tui-cancelled = Afgebroken; terug naar het menu.
tui-other-languages = ook de { $count } casus(sen) in andere talen tonen
tui-interrupted = Onderbroken (signaal { $signal }): de casus telt als afgebroken.
tui-welcome = klachtsim — oefenen met klachtafhandeling. Kies een casus en handel de klacht af; aan het eind krijg je een nabespreking.
tui-ask-name = Je naam of pseudoniem (voor het logboek; Enter om over te slaan):
tui-ask-group = Je groep of klas (Enter om over te slaan):
tui-no-cases = Er zijn geen casussen gevonden.
tui-broken-case = { $file } kan niet gespeeld worden ({ $count } fout(en)); controleer met: klachtsim validate
tui-pick-case = Kies een casus ({ $from }–{ $to }; Enter om te stoppen):
tui-case-start = Casus: { $title } ({ $channel }), seed { $seed }
tui-status = [{ $now }]  stemming klant { $mood }  jouw rol: { $role }
tui-menu-end = k. klaar: naar de nabespreking
tui-other = Overig
tui-your-action = Jouw actie (een nummer of letter uit het menu):
tui-choose = Kies ({ $from }–{ $to }; Enter om af te breken):
tui-bad-number = "{ $value }" is geen keuze; typ een getal van { $from } tot { $to }
tui-bad-amount = "{ $value }" is geen bedrag; typ bijvoorbeeld 40 of 39,95
tui-ask-minutes = Hoeveel minuten wachten? ({ $from }–{ $to }; Enter om af te breken)
tui-ask-contact-hours = Over hoeveel uur neem je weer contact op? ({ $from }–{ $to }; Enter om af te breken)
tui-ask-csat-hours = Hoeveel uur na het sluiten stuur je de enquête? ({ $from }–{ $to }; Enter om af te breken)
tui-ask-senior-hours = Hoeveel uur na het CSAT-antwoord belt de senior? ({ $from }–{ $to }; Enter om af te breken)
tui-ask-root-cause = Hoofdoorzaak (5x waarom):
tui-ask-why = Jouw antwoord (Enter breekt af):
tui-ask-correction = Structurele verbetering:
tui-ask-offer = Welke oplossing bied je aan?
tui-ask-amount = Bedrag in euro (Enter om af te breken):
tui-ask-percent = Percentage korting ({ $from }–{ $to }, bijvoorbeeld 15 of 15%; Enter om af te breken):
tui-ask-days = Binnen hoeveel werkdagen is het geregeld? ({ $from }–{ $to }; 0 = vandaag, Enter = niets beloven)
menu-let-finish = Laat de klant uitpraten
menu-interrupt = Onderbreek de klant
menu-confirm-receipt = Stuur een ontvangstbevestiging
menu-take-ownership = Neem de klacht op je naam
menu-check = Onderzoek: { $check }
menu-classify = Classificeer de klacht
menu-offer = Bied een oplossing aan...
menu-escalate = Escaleer naar de volgende rol
menu-notify-management = Informeer de directie
menu-status-update = Geef een statusupdate met het volgende contactmoment...
menu-execute = Voer de aanvaarde oplossing uit
menu-follow-up = Nazorg: neem contact op na de uitvoering
menu-close = Sluit de zaak
menu-send-csat = Stuur de CSAT-enquête...
menu-senior = Laat een senior nabellen...
menu-why = 5 x waarom: vraag door naar de grondoorzaak...
game-why-answer = Waarom beantwoorden
menu-lesson = Leg de geleerde les vast...
menu-wait = Wacht...
offer-kind-replacement = vervanging
offer-kind-refund = terugbetaling
offer-kind-discount = korting
offer-kind-voucher = tegoedbon
offer-kind-repair = gratis reparatie
offer-kind-advice = advies en uitleg
offer-kind-compromise = compromis

## Logboek
log-written = Resultaat opgeslagen in het logboek: { $file }
log-failed = Het resultaat kon niet in het logboek worden opgeslagen ({ $file }): { $error }. Je resultaat hierboven blijft staan; eerdere regels in het logboek zijn niet aangeraakt.
log-read-only = het bestand of de map is alleen-lezen ({ $error })
log-disk-full = de schijf is vol ({ $error })
log-not-found = het logboek bestaat niet ({ $error })
log-io = lezen of schrijven mislukt ({ $error })
log-torn-line = onvolledige laatste regel (waarschijnlijk een crash tijdens het schrijven); overgeslagen
log-damaged-line = beschadigde regel; overgeslagen
log-more-warnings = … en nog { $count } overgeslagen regel(s)
log-binary = dit is geen logboek: het bestand begint niet met een record (is het een afbeelding, spreadsheet of rapport?)
log-is-directory = dit is een map, geen logboek
log-line-too-long = regel langer dan { $limit } MB: dit is geen record; overgeslagen
log-newer-schema = regel van een nieuwere versie van klachtsim (schema { $version }); overgeslagen
log-nul-bytes = NUL-bytes in deze regel (waarschijnlijk een stroomstoring tijdens het schrijven); overgeslagen, wat ervoor en erna staat is apart gelezen
log-same-file = hetzelfde bestand als { $file }; één keer gelezen
log-duplicates = { $count } sessie(s) waren al gelezen (een kopie van een logboek of sessiebestand, of twee keer in een bestand); één keer geteld
log-unknown-action = actie { $index } ({ $name }) kent deze versie van klachtsim niet (geschreven door een nieuwere versie?); niet opnieuw te beoordelen

## Overzicht voor trainers
review-title = Overzicht klachtafhandeling: { $sessions } sessie(s), afgebroken: { $abandoned }
review-none = Geen sessies gevonden die aan de filters voldoen.
review-kpis = Prestatie-indicatoren (KPI's)
review-col-kpi = KPI
review-col-value = waarde
review-col-target = streefwaarde
review-alert = { $kpi } is { $value }; de streefwaarde is { $target }
review-trainees = Per cursist
review-col-trainee = cursist
review-col-group = groep
review-col-sessions = sessies
review-col-overall = totaal
review-col-trend = eerste → laatste
review-col-csat = CSAT
review-col-weakest = zwakste stap
review-steps = Gemiddelde score per stap
review-col-who = wie
review-everyone = iedereen
step-listen-short = luist.
step-acknowledge-short = erken.
step-analyze-short = anal.
step-offer-short = oploss.
step-execute-short = uitv.
step-follow-up-short = nazorg
step-improve-short = verb.
review-scenarios = Per casus
review-col-scenario = casus
review-col-common-violation = meest voorkomende overtreding
review-weeks = Verloop per week
review-col-week = week
review-recent = De 5 laatst gesloten zaken (voor het wekelijkse feedbackoverleg)
review-col-ended = gesloten
review-col-violations = overtredingen
review-violations = Meest voorkomende overtredingen
review-violations-more = … en nog { $count } { $count ->
    [one] andere overtreding
   *[other] andere overtredingen
}
review-col-rule = regel
review-col-count = aantal
review-lessons = Lessen geleerd per categorie
review-rca-due = { $count } klachten: oorzaakanalyse (5x waarom) nodig
review-rca-not-due = { $count } klacht(en); oorzaakanalyse vanaf { $needed }
review-col-first = eerste score
review-col-last = laatste score
review-col-scenario-id = casus-id
review-col-started = begonnen
review-col-status = status
review-col-within-sla = binnen SLA
review-col-first-response-hours = eerste reactie (uur)
review-col-escalated = geëscaleerd
yes = ja
no = nee
status-finished = afgerond
status-abandoned = afgebroken
review-written = Overzicht geschreven naar { $file }
review-write-failed = Kon { $file } niet schrijven: { $error }
xlsx-sheet-kpis = KPI's
xlsx-sheet-trainees = Per cursist
xlsx-sheet-steps = Per stap
xlsx-sheet-scenarios = Per casus
xlsx-sheet-weeks = Per week
xlsx-sheet-recent = Laatst gesloten
xlsx-sheet-sessions = Sessies
xlsx-sheet-violations = Overtredingen
xlsx-sheet-lessons = Lessen geleerd
xlsx-col-category = categorie
xlsx-col-complaints = klachten
xlsx-col-rca-due = oorzaakanalyse nodig
xlsx-col-recorded = keer vastgelegd
xlsx-col-by = door
xlsx-col-root-cause = grondoorzaak
xlsx-col-cause = soort oorzaak
xlsx-col-correction = correctie
review-xlsx-needs-out = Een spreadsheet (--format xlsx) is geen tekst voor het scherm: geef met --out het bestand op, bijvoorbeeld --out overzicht.xlsx
review-xlsx-failed = Kon de spreadsheet niet maken: { $error }
review-anonymous = anoniem
review-missing-log = { $file } bestaat niet. Geef het juiste pad, of gebruik --skip-missing om ontbrekende logboeken over te slaan.
review-skipped-missing = { $file } bestaat niet; overgeslagen (--skip-missing)
review-out-is-input = Niet geschreven: { $file } is hetzelfde bestand als het logboek { $log }, en dat zou dan verloren gaan. Kies een andere naam voor --out.
kpi-first-response = Gemiddelde tijd tot eerste reactie
kpi-resolution = Gemiddelde oplostijd
kpi-within-sla = Binnen SLA
kpi-csat = Gemiddelde CSAT
kpi-passed = Aandeel voldoende
kpi-mean-score = Gemiddelde totaalscore
kpi-pass-from = voldoende vanaf { $score }
kpi-near-breach = Bijna over termijn
kpi-counts-mean-score = alle sessies, ook afgebroken
kpi-counts-near-breach = alle sessies; een SLA-termijn pas na de waarschuwing gehaald, of aan het eind nog open na de waarschuwing
review-col-near-breach = bijna over termijn
review-empty = Het logboek is leeg: er staat nog geen enkele sessie in.
review-col-csat-n = CSAT n (enquêtes)
review-col-escalation-judged = escalatie beoordeeld
review-escalation-right = terecht
review-escalation-unneeded = onnodig
review-escalation-missed = gemist
review-abandoned-count = afgebroken: { $count }
review-working-days = { $days } werkdagen
review-escalation-split = onnodig { $unneeded }, gemist { $missed }
review-col-n = n
review-col-counts = telt
review-col-abandoned = afgebroken
review-col-passed = voldoende
review-col-resolution-working-hours = oplostijd (werkuren)
kpi-escalation = Escalatie terecht
kpi-abandoned = Afgebroken sessies
kpi-counts-first-response = afgeronde sessies met een eerste reactie
kpi-counts-resolution = afgeronde, gesloten sessies; werktijd volgens de kantoortijden en feestdagen van het beleid
kpi-counts-within-sla = alle sessies; een afgebroken sessie is nooit binnen SLA
kpi-counts-csat = afgeronde sessies waarin een enquête is verstuurd en beantwoord
kpi-counts-escalation = afgeronde sessies, beoordeeld tegen wat de casus vroeg
kpi-counts-passed = alle sessies; een afgebroken sessie is nooit voldoende
kpi-counts-abandoned = alle sessies; de klant is niet geholpen
review-about-files = Bronbestanden
review-about-filters = Filters
review-about-no-filter = geen
review-about-period = Periode
review-about-all-dates = alle datums
review-about-range = van { $from } t/m { $to }
review-about-covered = sessies van { $from } t/m { $to }
review-about-nothing-covered = geen sessies in deze periode
review-about-read = Gelezen
review-about-read-value = { $read } sessie(s) gelezen; { $skipped } regel(s) overgeslagen

## Opnieuw beoordelen
replay-who = { $trainee } ({ $group }), { $scenario }, { $when }
replay-overall = totaal { $old } → { $new }
replay-step = { $step } { $old } → { $new }
replay-new-violation = nieuwe overtreding: { $rule }
replay-gone-violation = vervallen overtreding: { $rule }
replay-missing = het scenario { $id } bestaat niet meer; niet opnieuw te beoordelen
replay-refused = actie { $index } is nu niet meer mogelijk: { $reason }
replay-scenario-changed = het scenario is sindsdien gewijzigd
replay-unchanged = ongewijzigd
replay-summary = { $same } ongewijzigd, { $changed } gewijzigd, { $failed } niet opnieuw te beoordelen

## Het spel
game-window-title = klachtsim — oefenen met klachtafhandeling
game-title = klachtsim
game-intro = Oefen met het afhandelen van klachten: luister, erken, onderzoek, bied een oplossing, voer hem uit en zorg voor nazorg. Aan het eind zie je per stap wat goed ging en wat beter kan.
game-name = Naam of pseudoniem
game-name-hint = bijvoorbeeld Sam of S.J.
game-group = Groep of klas
game-group-hint = bijvoorbeeld HA2B
game-language = Taal
game-mode = Hoe wil je oefenen?
game-mode-single = Eén casus
game-mode-single-text = Kies een casus en neem de tijd die je nodig hebt.
game-mode-classroom = Rollenspel in tweetallen (20:00)
game-mode-classroom-text = Zoals in de les: drie klachten (gegrond, twijfelachtig, ongegrond), om de beurt klant en medewerker, met een observatieformulier. 20 minuten in totaal.
game-mode-monthly = Maandtraining
game-mode-monthly-text = Het plan van de teamleider voor deze maand: de 30-secondendrill, twee of drie casussen met een korte nabespreking, en je geleerde les. Eén klok voor alles.
game-continue = Verder
game-privacy = Je naam en groep komen alleen in het logboek voor je trainer; gebruik gerust een pseudoniem.
game-back = ← Terug
game-choose-title = Kies een casus
game-filter-channel = Kanaal:
game-filter-difficulty = Moeilijkheid:
game-filter-other-languages = ook casussen in andere talen
game-filter-search = Zoeken:
game-all = alle
game-no-cases = Geen casussen gevonden met deze filters.
game-play = Start
game-broken-case = { $file } kan niet gespeeld worden: het bestand bevat fouten
game-bad-amount = "{ $value }" is geen bedrag; typ bijvoorbeeld 40 of 39,95
game-amount-over-price = je kunt niet meer terugbetalen dan de klant betaalde ({ $price })
game-bad-percent = "{ $value }" is geen percentage van { $from } tot { $to }
game-bad-days = "{ $value }" is geen aantal werkdagen ({ $from } tot { $to })
game-bad-number = "{ $value }" is geen geheel getal van { $from } tot { $to }
game-pick = kies…
game-pick-offer = kies eerst een oplossing
audit-title = { $id } (slaaggrens { $pass })
audit-strategy-first = altijd de eerste optie
audit-strategy-longest = altijd de langste optie
audit-strategy-random = willekeurig
audit-strategy-silent = stil (geen enkele zin)
audit-strategy-wrong-verdict = zorgvuldig, verkeerd oordeel
audit-random = gemiddeld { $mean }, hoogste { $max } ({ $passes } van { $seeds } geslaagd)
audit-no-flags = geen signalen
audit-flag-passes = { $strategy } haalt de slaaggrens ({ $score })
audit-flag-random-passes = willekeurig klikken slaagt in { $passes } van de { $seeds } runs
audit-flag-options = moment { $moment } heeft { $count } opties; een echte keuze heeft er 3 tot 5
audit-flag-no-good = moment { $moment } heeft geen goede optie
audit-flag-no-wrong = moment { $moment } heeft geen zwakke of foute optie: er valt niets te kiezen
audit-flag-no-moment = zin { $line } hoort bij geen moment van het gesprek (zet `moment:` erbij)
audit-flag-vague-offer = { $kind } is niet concreet: geef het een of meer concrete oplossingen (`id` en `text`)
audit-summary = { $count } casussen geaudit, { $flagged } met signalen, { $broken } problemen met bestanden
audit-correction = De werkwijze aanpassen zodat dit niet meer gebeurt.
game-timer-ack = Ontvangstbevestiging
game-timer-owner = Eigenaar
game-timer-first-response = Eerste reactie
game-timer-decision = Beslissing teamleider
game-timer-promise = Belofte
game-timer-contact = Volgend contact
game-timer-follow-up = Nazorg
game-timer-csat = CSAT-enquête
game-timer-senior = Nabellen door senior
game-finish = Klaar: nabespreking
game-pause = Pauze
game-time-left = nog { $time }
game-sim-clock = De gesimuleerde klok: elke actie kost tijd
game-countdown = Resterende tijd van de oefening
game-shortcuts = Sneltoetsen: U laat uitpraten · B ontvangstbevestiging · E eigenaar · X uitvoeren · N nazorg · F1 spiekkaart · Esc pauze · F10 nabespreking
game-case-file = Dossier
game-order = Bestelling
game-received = Binnengekomen
game-your-role = Jouw bevoegdheid: { $role }
game-your-classification = Jouw classificatie
game-paused = Gepauzeerd
game-paused-text = De klok staat stil. Wat je al deed, blijft bewaard.
game-resume = Verder spelen
game-stop-case = Stoppen en nabespreken
game-days = Geregeld binnen (werkdagen):
game-make-offer = Bied aan
game-status-update = Statusupdate, volgend contact over
game-hours = uur
game-send = Stuur
game-csat-after = CSAT-enquête, uren na sluiten:
game-senior-after = Senior belt na, uren na CSAT:
game-do = Doe
game-next-case = Volgende casus →
game-other-case = Andere casus
game-again = Opnieuw spelen
game-log-failed = Het resultaat kon niet in het logboek worden opgeslagen: { $error }
game-lrs-sending = Versturen naar het leerrecordsysteem van de klas…
game-lrs-sent = Ook verstuurd naar het leerrecordsysteem van de klas ({ $url }).
game-lrs-stopped = Niet naar het leerrecordsysteem verstuurd: { $why }. Het resultaat staat wel in het logboek; "klachtsim review --send-xapi" stuurt het later alsnog.
game-trainer-open = Overzicht voor trainers
game-trainer-no-log = Er is geen logboek ingesteld; start klachtsim met --log BESTAND of --log MAP/
game-trainer-sessions = Sessies
game-filter-group = Groep:
game-refresh = Vernieuwen

## Sjabloonoefening
drill-template = Beste [naam klant], dank u voor uw bericht over bestelling [ordernummer]. [één zin empathie] We lossen dit op [binnen … werkdagen, of vandaag nog]. [één concrete vervolgstap]
drill-name-right = de naam van de klant klopt
drill-name-wrong = de naam van de klant klopt niet (het is { $expected })
drill-order-right = het ordernummer klopt
drill-order-wrong = het ordernummer klopt niet (het is { $expected })
drill-term-right = de termijn klopt: { $days ->
        [0] vandaag nog
       *[other] { $days } werkdag(en)
    }
drill-term-too-short = { $given } werkdag(en) is korter dan haalbaar ({ $days }): zo beloof je iets wat je niet waarmaakt
drill-term-long = { $given } werkdag(en) is ruimer dan nodig ({ $days ->
        [0] vandaag nog
       *[other] { $days }
    })
drill-term-missing = geen termijn ingevuld; { $days ->
        [0] zeg dat het vandaag nog geregeld wordt
       *[other] noem het aantal werkdagen ({ $days })
    }
drill-too-slow = te langzaam: { $seconds } seconden (het doel is 30)
drill-in-time = binnen de tijd: { $seconds } seconden
rule-drill-fields = sjabloon: variabele velden
rule-drill-empathy = sjabloon: één zin empathie
rule-drill-next-step = sjabloon: één concrete vervolgstap
rule-drill-time = sjabloon binnen 30 seconden
game-drill-open = Sjabloonoefening (30 s)
game-drill-title = Sjabloonoefening: maak het eerste antwoord persoonlijk
game-drill-intro = Vul de velden in voor deze klant en voeg één zin empathie en één concrete vervolgstap toe. Je hebt 30 seconden.
game-drill-name = Naam klant
game-drill-order = Ordernummer
game-drill-term = Verwachte termijn
game-drill-empathy = Eén zin empathie
game-drill-next = Eén concrete vervolgstap
game-drill-submit = Klaar
game-drill-close = Sluiten
game-drill-seconds = { $seconds } s
game-drill-score = Sjabloonoefening: erkennen { $acknowledge }/100, oplossing { $offer }/100

## Opdrachtregel
cli-about = klachtsim: oefenen met klachtafhandeling
cli-after-help = Zonder opdracht opent klachtsim het venster van de simulator. Meer uitleg per opdracht: klachtsim OPDRACHT --help
cli-usage = Gebruik
cli-commands = Opdrachten
cli-arguments = Argumenten
cli-options = Opties
cli-help = Toon deze hulp
cli-version = Toon de versie
cli-game = Open het venster van de simulator (wat klachtsim zonder opdracht doet)
cli-tour = Loop alle schermen langs met een voorbeeldcasus, sla van elk een PNG op en stop
cli-validate = Controleer scenario-, beleids- en scriptbestanden (mappen worden doorzocht)
cli-audit = Itemanalyse voor auteurs: naïeve strategieën (eerste optie, langste optie, willekeurig, stil, zorgvuldig maar verkeerd oordeel) spelen elke casus; exitcode 1 als er een slaagt of als een keuze te weinig of geen geloofwaardige foute opties heeft
cli-play = Speel een casus: in de terminal, of met de acties uit een scriptbestand
cli-play-after-help =
    In de terminal kies je een zin van het gesprek met zijn nummer (1, 2, ...) en een actie met haar vaste letter, in elke casus dezelfde: u laten uitpraten, o onderbreken, b g h v i onderzoek (bestelling, garantie, historie, voorraad, inspectie), a classificeren, r ontvangstbevestiging, n op je naam nemen, t statusupdate, e escaleren, m directie informeren, p oplossing aanbieden, x uitvoeren, f nazorg, z sluiten, y CSAT-enquête, j senior laten nabellen, l les vastleggen, w wachten; k naar de nabespreking, s spiekkaart. Een foute invoer wordt opnieuw gevraagd; Enter breekt een vraag af. De lijst toont de casussen in je taal; a toont ook de andere. Ctrl-C (of SIGTERM, SIGHUP) stopt de casus: die telt als afgebroken, je krijgt de nabespreking en hij komt in het logboek.
cli-review = Het overzicht voor trainers: per cursist, stap, casus en week
cli-replay = Beoordeel gelogde sessies opnieuw onder het huidige (of een ander) beleid en toon wat verandert
cli-sla = Toon alle termijnen van een klacht die op een bepaald moment binnenkomt
cli-arg-lang = Taal van alle uitvoer
cli-arg-scenarios = Map met casussen (standaard scenarios/)
cli-arg-log = Het logboek: een JSON Lines-bestand, of een map met een bestand per sessie (voor een gedeelde map; een nieuwe map geef je met een / aan het eind); standaard KLACHTSIM_LOG, anders lessen.jsonl in je gegevensmap
cli-arg-no-log = Schrijf niets naar het logboek
cli-arg-trainee = Naam of pseudoniem van de cursist (anders die uit het script)
cli-arg-group = Groep of klas van de cursist
cli-arg-tour-out = Map voor de PNG-bestanden
cli-arg-paths = Bestanden of mappen; zonder: de map met casussen
cli-arg-script = Het script (RON) met de casus, de seed en de acties, of een hele sessie van de maandtraining (Sitting); zonder speel je in de terminal
cli-arg-json = Toon de nabespreking als JSON
cli-arg-audit-json = Toon het resultaat als JSON
cli-arg-transcript = Toon ook het gesprek
cli-arg-seed = Gebruik deze seed in plaats van die uit het script
cli-arg-policy = Gebruik dit beleid in plaats van dat van de casus
cli-arg-sla-policy = Een beleidsbestand; anders policy.ron van de casussen of de ingebouwde regels
cli-arg-review-policy = Het beleid met de KPI-streefwaarden; anders policy.ron van de casussen
cli-arg-received = Moment van ontvangst, bv. 2026-11-20T16:45 of "2026-11-20 16:45"
cli-arg-priority = kritiek, hoog of normaal; zonder: alle drie
cli-arg-logs = Logboeken (bestanden of mappen); zonder: het standaardlogboek
cli-arg-sla-waiting = Minuten dat de zaak vanaf het begin van het werk op de klant wacht; toont welke termijnen dan stilstaan (0: niet tonen)
cli-arg-skip-missing = Sla logboeken die niet bestaan over (met een waarschuwing) in plaats van te stoppen
cli-arg-review-group = Alleen deze groep of klas
cli-arg-replay-group = Alleen deze groep of klas
cli-arg-review-trainee = Alleen deze cursist
cli-arg-replay-trainee = Alleen deze cursist
cli-arg-scenario = Alleen deze casus (id)
cli-arg-from = Alleen sessies vanaf deze datum (JJJJ-MM-DD)
cli-arg-to = Alleen sessies tot en met deze datum (JJJJ-MM-DD)
cli-arg-format = De vorm van het overzicht
cli-metavar-category = CATEGORIE
cli-metavar-cause = OORZAAK
cli-metavar-channel = KANAAL
cli-metavar-file = BESTAND
cli-metavar-format = VORM
cli-metavar-show = SCHERM
cli-metavar-lexicon = MAP
cli-metavar-xapi-tries = POGINGEN
cli-metavar-xapi-batch = AANTAL
cli-metavar-url = URL
cli-metavar-from = VAN
cli-metavar-group = GROEP
cli-metavar-id = ID
cli-metavar-lang = TAAL
cli-metavar-minutes = MINUTEN
cli-metavar-nature = AARD
cli-metavar-out = BESTAND
cli-metavar-policy = BELEID
cli-metavar-priority = PRIORITEIT
cli-metavar-received = ONTVANGEN
cli-metavar-scenario = CASUS
cli-metavar-scenarios = MAP
cli-metavar-script = SCRIPT
cli-metavar-seed = SEED
cli-metavar-title = TITEL
cli-metavar-to = TOT
cli-metavar-trainee = CURSIST
cli-metavar-verdict = OORDEEL
cli-metavar-logs = LOGBOEKEN
cli-metavar-paths = PADEN
cli-usage-options = [OPTIES]
cli-usage-command = [OPDRACHT]
cli-possible-values = Mogelijke waarden
cli-default = standaard
cli-env = omgevingsvariabele
cli-value-format-table = tabellen voor de terminal
cli-value-format-csv = één regel per cursist, voor Excel of LibreOffice
cli-value-format-csv-sessions = één regel per sessie, voor Excel of LibreOffice
cli-value-format-html = een zelfstandig rapport met grafieken
cli-value-format-xapi = xAPI-statements (JSON)
cli-value-format-xlsx = een spreadsheet met één blad per tabel (alleen met --out)
cli-value-lang-nl = Nederlands
cli-value-lang-en = Engels
cli-value-show-start = het startscherm
cli-value-show-desk = de balie met de eerste casus
cli-value-show-trainer = het trainersscherm
cli-arg-review-out = Schrijf naar dit bestand in plaats van naar het scherm

## klachtsim new
new-ask-title = Titel van de casus (bijvoorbeeld "Knoop van nieuwe blouse los na één dag"):
new-default-title = Nieuwe casus
new-ask-term = { $field } ({ $choices }) [{ $default }]:
new-ask-public = Is de klacht openbaar, zodat iedereen hem kan zien (j/n)? [n]:
new-not-understood = "{ $value }" ken ik niet; kies uit: { $choices }
new-bad-value = { $field } "{ $value }" ken ik niet; kies uit: { $choices }
new-bad-id = "{ $id }" kan geen id zijn: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld gstar-knoop-los
new-exists = { $file } bestaat al; kies een ander bestand met --out of overschrijf het met --force
new-id-taken = de id "{ $id }" is al in gebruik in { $file }; kies een andere met --id
new-cannot-write = kan { $file } niet schrijven: { $error }
new-written =
    { $file } is geschreven. Vervang nu elke tekst tussen [vierkante haken] en controleer het bestand met:
        { $command } validate { $file }
cli-new = Schrijf een nieuwe casus als geraamte met uitleg, uit een paar vragen of opties
cli-arg-title = De titel van de casus
cli-arg-id = De id (kleine letters, cijfers, streepjes); anders gemaakt van de titel
cli-arg-verdict = gegrond, twijfelachtig of ongegrond
cli-arg-channel = telefoon, e-mail, webcare, webformulier of winkel
cli-arg-category = product, levering, communicatie, prijs of servicemedewerker
cli-arg-cause = Een van de acht oorzaken uit de les, bv. vergissing of overmacht
cli-arg-nature = objectief of subjectief
cli-arg-new-priority = kritiek, hoog of normaal
cli-arg-public = De klacht is openbaar (post, pers): een reputatierisico
cli-arg-new-received = Wanneer de klacht binnenkomt, bv. "2026-11-20 16:45"; anders vandaag 10:00
cli-arg-new-out = Het bestand om te schrijven; anders scenarios/<id>.ron
cli-arg-force = Overschrijf het bestand als het al bestaat
cli-arg-no-questions = Stel geen vragen: neem de standaardwaarden voor wat de opties openlaten
cli-arg-coverage = Toon ook welke oordelen, categorieën, kanalen, prioriteiten en oorzaken de goede casussen dekken, en welke ontbreken
cli-no-game = Deze versie van klachtsim is gebouwd zonder het venster (zonder de functie "game"); gebruik de opdrachten in de terminal, bijvoorbeeld klachtsim play.
cli-write-failed = Kon de uitvoer niet schrijven: { $error }
cli-arg-exit-after-first-frame = Sluit weer zodra het eerste beeld getekend is (voor de benchmark van het opstarten)
cli-arg-empty = Alleen het venster met de plugins van Bevy en egui, zonder klachtsim (basislijn van de benchmark)
cli-arg-show = Open meteen dit scherm: start, desk of trainer (voor de meting van het stroomverbruik in benches/)
cli-arg-cmi5 = De startlink van een leeromgeving (cmi5): elke casus gaat dan volgens cmi5 naar het LRS van die leeromgeving

## Knock-outs: wat een casus hoe dan ook laat zakken
knockout-title = Niet gehaald, wat er verder ook goed ging:
knockout-verdict = Je oordeel was { $given }, maar deze klacht is { $truth }. Met een verkeerd oordeel past de oplossing niet meer: de klant krijgt te veel of te weinig.
knockout-no-verdict = Je hebt geen oordeel gegeven; deze klacht is { $truth }. Zonder oordeel weet je niet welke oplossing past.
knockout-capped = Je stappen samen waren { $score } punten waard; door deze fout telt de casus als niet gehaald en wordt je score naar verhouding onder de slaaggrens gezet: { $capped } van 100.
knockout-solution = De oplossing past niet bij deze klacht ({ $offer }): { $reason }
knockout-skipped-listen = Je hebt niet geluisterd: geen enkele vraag en geen samenvatting. Zonder het hele verhaal weet je niet wat er mis is.
knockout-skipped-acknowledge = Je hebt het probleem van de klant nergens erkend. Een ontvangstbevestiging is administratie, geen erkenning.
knockout-skipped-analyze = Je hebt niets onderzocht: geen bestelling, geen garantie, geen product. Een oordeel zonder onderzoek is een gok.
knockout-skipped-execute = De klant heeft je oplossing aangenomen, maar je hebt die nooit uitgevoerd. Een toezegging die je niet nakomt, is erger dan geen toezegging.
knockout-skipped-follow-up = Na het uitvoeren heb je geen contact meer opgenomen: je weet niet of het probleem echt is opgelost.
knockout-conversation = Het gesprek liep mis: { $wrong } van wat je zei werkte tegen je (verwijt, bagatelliseren, een verkeerde samenvatting, een oplossing voordat je luisterde) en maar { $usable } hielp. Zo vertrouwt de klant je niet meer, wat je daarna ook aanbiedt.
knockout-escalation = Deze klacht moest naar de teamleider en je hebt hem niet geëscaleerd. Wat buiten je bevoegdheid valt, een openbaar risico of een herhaalde klacht los je niet alleen op.
knockout-unexplained-doubtful = Je bood een oplossing zonder eerst uit te leggen wat je vond en wat onzeker is. Bij een twijfelachtige klacht is die uitleg de kern: zonder uitleg begrijpt de klant niet waarom hij een gedeeltelijke oplossing krijgt.
knockout-unexplained-unfounded = Je bood een oplossing zonder eerst rustig de feiten uit te leggen. Bij een ongegronde klacht is die uitleg de kern: zonder uitleg voelt elk alternatief als afschepen.
knockout-safety = Dit is een veiligheidsincident, maar dit bleef achterwege: { $duties }. Bij een gevaarlijk product (zeker voor kinderen) stop je de verkoop, informeer je de directie, meld je het bij de NVWA en kijk je of een terugroepactie nodig is: geld terug voor deze ene klant beschermt de andere kopers niet.
duty-stop-sale = de verkoop stoppen
duty-inform-c-level = de directie informeren
duty-report-nvwa = melden bij de NVWA
duty-check-recall = nagaan of een terugroepactie nodig is
law-withholds-remedy = het product heeft een gebrek, en dan heeft de klant recht op herstel of vervanging (lukt dat niet: prijsverlaging of geld terug). Dat is de wettelijke garantie; die staat naast de fabrieksgarantie en houdt niet op als die verlopen is.
law-withholds-presumed = het gebrek kwam binnen { $months } maanden na levering aan het licht. Dan gaat de wet ervan uit dat het er bij levering al was, tenzij de winkel het tegendeel bewijst: alleen advies is dan een weigering van wat de klant toekomt.

## Nabespreking: waarom dit oordeel, en de volgorde die erbij hoort
path-why-title = Waarom deze klacht { $verdict } is
path-why-grounded = Wat de klant meldt, klopt, en de oorzaak ligt bij het product of bij ons. De klant heeft recht op een oplossing, zonder discussie.
path-why-doubtful = Het onderzoek geeft geen sluitend antwoord: een deel van de klacht klopt, maar niet alles is zeker of ligt bij ons (bij een product kan de oorzaak ook in het gebruik liggen). Leg eerlijk uit wat vaststaat en wat niet, en zoek samen een redelijke, gedeeltelijke oplossing.
path-why-unfounded = Het onderzoek laat zien dat de oorzaak niet bij het product of bij ons ligt. De klant heeft geen recht op vergoeding; leg de feiten rustig uit en bied een alternatief of een compromis aan.
path-facts = De feiten uit het onderzoek:
path-fact = { $check }: { $finding }
path-sequence-grounded = De volgorde bij een gegronde klacht, en wat jij deed
path-sequence-doubtful = De volgorde bij een twijfelachtige klacht, en wat jij deed
path-sequence-unfounded = De volgorde bij een ongegronde klacht, en wat jij deed
path-listen = Luister en begrijp
path-acknowledge = Erken het probleem en toon empathie
path-analyze = Onderzoek en stel de oorzaak vast
path-communicate = Vertel duidelijk wat je hebt gevonden
path-communicate-facts = Leg de feiten duidelijk en zakelijk uit
path-offer-grounded = Bied een oplossing aan
path-offer-doubtful = Bied een gedeeltelijke oplossing aan
path-offer-unfounded = Bied een alternatief of een compromis aan
path-execute = Voer de oplossing uit
path-follow-up = Neem na afloop contact op met de klant
path-document-follow-up = Leg alles vast en neem na afloop contact op
path-improve = Verbeter de interne processen
path-missing = niet gedaan
path-early = { $time }, te vroeg: vóór een stap die eerst komt
path-missed = Gemist, in deze volgorde: { $moves }

## Waar de totaalscore uit bestaat
debrief-parts = Beslissingen { $decisions } van { $most } ({ $list }); uitvoering van de stappen { $conduct } van { $rest }
debrief-part = { $name } { $points }/{ $max }
decision-verdict = oordeel
decision-classification = classificatie
decision-solution = oplossing
decision-escalation = escalatie
decision-sla = termijnen
## Spiekkaart
card-title = Spiekkaart
card-intro = De afspraken van dit bedrijf (beleid: { $policy }). Kijken kost geen tijd en geen punten.
card-open = Spiekkaart
card-close = Sluiten
card-keys = F1 of Esc sluit de kaart.
card-terms-title = Binnen welke termijn
card-col-what = Wat
card-col-term = Termijn
card-col-from = Vanaf
card-from-receipt = ontvangst
card-from-trigger = reden bekend
card-from-report = melding
card-from-execution = uitvoering
card-from-closing = afsluiten
card-from-csat = CSAT-antwoord
card-sla-first-response = Eerste reactie ({ $priority })
card-sla-solution = Oplossing uitgevoerd ({ $priority })
card-sla-warning = Bijna over termijn: zodra { $percent }% van een termijn voorbij is, krijg je een waarschuwing. Haal de termijn dan alsnog.
card-sla-waiting = Wacht op klant: wacht je op iets van de klant (foto's, het product), dan staat de klok van een lopende termijn stil tot de klant antwoordt.
card-sla-follow-up = Nazorg: contact met de klant
card-sla-csat = CSAT-enquête (cijfer 1-5, opmerking)
card-sla-csat-window = { $from } tot { $to } uur
card-sla-senior = Senior belt na bij CSAT { $threshold } of lager
card-sla-status = Geen directe oplossing? Noem bij elk contact een exacte datum en tijd voor het volgende contact, en houd je daaraan.
card-sla-clock = Een termijn 'dag en nacht' telt door, ook 's avonds en in het weekend. Een termijn in kantoortijd telt alleen als het kantoor open is: komt een klacht daarbuiten binnen, dan begint hij bij de volgende opening, en wat om sluitingstijd over is, telt de volgende werkdag verder. Kantoortijden: { $hours }. Werkdagen zijn de dagen waarop het kantoor open is, zonder feestdagen; komt een klacht daarbuiten binnen, dan tellen ze vanaf de volgende opening.
card-authority-title = Wie mag wat toezeggen
card-col-offer = Toezegging
card-offer-refund = Terugbetaling
card-offer-voucher = Tegoedbon
card-offer-discount = Korting
card-offer-replacement-in-stock = Vervanging, op voorraad
card-offer-replacement-out-of-stock = Vervanging, niet op voorraad
card-offer-repair = Gratis reparatie
card-offer-advice = Advies en uitleg
card-offer-compromise = Compromis
card-up-to = tot { $amount }
card-up-to-percent = tot { $percent }%
card-yes = ja
card-no = nee
card-any = onbeperkt
card-authority-beyond = Vraagt de klant meer dan jouw rol mag geven? Beloof het dan niet, maar escaleer naar je teamleider.
card-escalation-title = Wanneer escaleren
card-col-trigger = Reden
card-col-when = Wanneer
card-trigger-authority = De klant vraagt meer dan jij mag toezeggen.
card-trigger-reputation = De klacht staat openbaar online, de pers belt of er kijkt een groot publiek mee. Informeer dan ook meteen de directie.
card-trigger-repetition = { $count } of meer klachten van deze klant binnen { $days } dagen, deze klacht meegeteld.
card-trigger-safety = Het product is gevaarlijk, zeker voor kinderen. Naast de oplossing voor de klant: de teamleider laat de verkoop stoppen, meldt het bij de NVWA en kijkt of een terugroepactie nodig is. Informeer meteen ook de directie.
card-escalation-none = Geen van deze? Niet escaleren: de klant wacht dan alleen maar langer.
card-verdicts-title = Gegrond, twijfelachtig, ongegrond: de stappen
card-meaning-grounded = De klant heeft gelijk.
card-meaning-doubtful = Niet meteen vast te stellen.
card-meaning-unfounded = De feiten steunen de klacht niet.
card-step-listen = Luisteren en samenvatten
card-step-acknowledge = Erkennen, begrip tonen
card-step-analyze = Onderzoeken, dan oordelen
card-step-offer-direct = Meteen oplossen, met keuze
card-step-execute = Uitvoeren zoals beloofd
card-step-follow-up = Nazorg, om feedback vragen
card-step-explain-findings = Eerst zeggen wat vaststaat en wat niet
card-step-offer-partial = Deeloplossing bieden
card-step-explain-facts = Rustig de feiten uitleggen
card-step-offer-alternative = Alternatief of compromis
card-step-carry-out-document = Uitvoeren, vastleggen, nazorg
card-step-improve = Vastleggen en verbeteren
card-offers-grounded = Oplossingen: vervanging, terugbetaling, tegoedbon of gratis reparatie.
card-offers-doubtful = Oplossingen: gedeeltelijke terugbetaling, korting of inspectie van het artikel.
card-offers-unfounded = Oplossingen: hulp bij het gebruik, of een gebaar binnen je bevoegdheid.
card-acknowledge-not-admit = Erkennen is geen schuld bekennen: "Wat vervelend voor u" past altijd, "Dat is onze fout" alleen bij { $verdict }.
card-tui-entry = s. spiekkaart: termijnen, bevoegdheden, escaleren en de stappen per oordeel (kost niets)

## De groepen aan de balie en in de terminal (geen stappen van de les)
group-conversation = Gesprek met de klant
group-investigation = Onderzoek en oordeel
group-file = Dossier en afspraken
group-solution = Oplossing
group-afterwards = Na afloop
group-lesson = Geleerde les

## Luisteren in een geschreven kanaal (e-mail, webformulier, sociale media)
say-let-finish-written = (je leest het hele bericht rustig door, en wat er eerder over is gezegd)
say-interrupt-written = (je antwoordt al na de eerste zin, zonder de rest te lezen)
item-let-finish-written = je las het hele bericht voordat je antwoordde
item-let-finish-after-interrupt-written = je las het hele bericht, maar pas nadat je al had geantwoord
item-no-let-finish-written = je hebt het bericht van de klant nooit helemaal gelezen
item-interrupted-written = je antwoordde voordat je het hele bericht had gelezen; de klant voelt zich niet gelezen
menu-let-finish-written = Lees het hele bericht
menu-interrupt-written = Antwoord meteen op de eerste zin

## Zelfbeoordeling: vóór de score beoordeelt de cursist elke stap zelf
self-rating-good = goed
self-rating-could-be-better = kon beter
self-rating-not-done = niet gedaan
self-title = Eerst jouw eigen oordeel: { $title }
self-intro = Voordat je je score ziet: hoe heb jij deze klacht afgehandeld? Klik bij elke stap één antwoord aan. Daarna zie je jouw oordeel naast dat van de simulator; waar die twee verschillen, valt het meest te leren.
self-left = Nog { $count } van de 7 stappen te beoordelen.
self-all-rated = Alle stappen beoordeeld.
self-show-score = Toon mijn score →
self-skip = Overslaan
self-skip-hint = Liever meteen de score? Overslaan kan; je trainer ziet dan dat je het hebt overgeslagen.
self-column-step = Stap
self-column-own = Jouw oordeel
self-column-engine = Simulator
self-column-gap = Verschil
self-gap-same = komt overeen
self-gap-higher = ▲ jij schatte het hoger in
self-gap-lower = ▼ jij schatte het lager in
self-skipped = Zelfbeoordeling overgeslagen.
self-summary = Jouw oordeel en dat van de simulator: { $same } stap(pen) gelijk, { $higher } hoger ingeschat, { $lower } lager ingeschat.
self-heading = ZELFBEOORDELING
self-given = ingevuld
tui-self-intro = Voordat je je score ziet: hoe heb jij het gedaan? Beoordeel elke stap met 1, 2 of 3 (Enter = overslaan).
tui-self-ask = { $step } — 1 goed, 2 kon beter, 3 niet gedaan:
review-col-self = zelfbeoordeling
review-col-self-step = zelf: { $step }
review-col-self-higher = hoger ingeschat
review-col-self-lower = lager ingeschat
review-self-short = zelf: { $higher } hoger, { $lower } lager
review-self-skipped-short = zelf: overgeslagen
self-legend = Balk: score van de simulator. Daarnaast jouw eigen oordeel: = gelijk, ▲ hoger ingeschat, ▼ lager ingeschat.
self-skipped-short = overgeslagen
warn-placeholder = nog een tekst uit het sjabloon: { $text }
warn-decimal-split = { $value } leest als een bereik van { $lo } tot { $hi } euro
warn-decimal-split-hint = bedoel je { $fixed } euro? schrijf dan { $name }({ $fixed }, { $fixed }); een bereik schrijf je met een spatie na de komma, zoals { $name }(10.0, 40.0)
validate-warnings = { $count } waarschuwing(en); het bestand werkt, maar is nog niet af:

## Eerlijke nabespreking: elk aanbod, de doorlooptijden, wat elke classificatie betekent
debrief-offers = Wat je aanbood ({ $count })
debrief-no-offers = Je bood geen oplossing aan.
offer-review = { $offer } ({ $rating }): { $reason }
offer-review-taken = { $offer } ({ $rating }; de klant nam het aan): { $reason }
offer-review-term = je beloofde { $days ->
    [0] dezelfde werkdag
    [one] binnen 1 werkdag
   *[other] binnen { $days } werkdagen
}; volgens het beleid { $lead ->
    [0] kan dit dezelfde werkdag
    [one] duurt dit 1 werkdag
   *[other] duurt dit { $lead } werkdagen
}
offer-review-too-soon = je beloofde { $days ->
    [0] dezelfde werkdag
    [one] binnen 1 werkdag
   *[other] binnen { $days } werkdagen
}, maar volgens het beleid { $lead ->
    [0] kan dit dezelfde werkdag
    [one] duurt dit 1 werkdag
   *[other] duurt dit { $lead } werkdagen
}: die belofte kon je niet waarmaken
offer-review-no-term = je noemde geen termijn; volgens het beleid { $lead ->
    [0] kan dit dezelfde werkdag
    [one] duurt dit 1 werkdag
   *[other] duurt dit { $lead } werkdagen
}
# Waar de cursist een termijn belooft (balie, terminal): de doorlooptijd van
# het gekozen soort aanbod.
lead-time = { $kind ->
    [replacement-in-stock] een vervanging (op voorraad)
    [replacement-out-of-stock] een vervanging die niet op voorraad is
    [refund] een terugbetaling
    [discount] een korting
    [voucher] een tegoedbon
    [repair] een gratis reparatie
    [advice] advies
   *[compromise] een compromis
} { $days ->
    [0] kan dezelfde werkdag geregeld zijn
    [one] duurt 1 werkdag
   *[other] duurt { $days } werkdagen
} (beleid)
item-promise-broken-lead = belofte gebroken: klaar { $actual }, beloofd uiterlijk { $deadline }. Volgens het beleid duurt { $offer } { $lead ->
    [0] tot het eind van de werkdag
    [one] 1 werkdag
   *[other] { $lead } werkdagen
}: beloof nooit een kortere termijn
item-status-update-expected = geen directe oplossing: je gaf de klant op { $when } een exact moment voor het volgende contact. Dat levert geen punten op omdat het de norm is; zonder die statusupdate was het 25 punten minder geweest
item-contact-kept = je nam contact op zoals beloofd: { $actual } (uiterlijk { $deadline }). Dat is de norm en levert geen punten op; een gemist contactmoment kost 15 punten
item-csat-too-early = CSAT-enquête te vroeg verstuurd: { $actual }, terwijl het venster pas opent op { $from } (tot { $to }); de klant heeft de oplossing dan nog niet ervaren. Geen punten
item-csat-too-late = CSAT-enquête te laat verstuurd: { $actual }, het venster sloot { $to } (vanaf { $from }); de klant weet het dan niet meer precies. Geen punten
viol-csat-too-early = CSAT-enquête te vroeg: het venster liep van { $from } tot { $to }
viol-csat-too-late = CSAT-enquête te laat: het venster liep van { $from } tot { $to }
item-classified-wrong-meaning = { $field } onjuist: jij zei { $given }, het is { $value }. Het verschil: "{ $value }" = { $meaning }; "{ $given }" = { $given_meaning }
item-classified-why = { $field } juist: { $value }. Waarom: { $why }
item-classified-wrong-why = { $field } onjuist: jij zei { $given }, het is { $value }. Het verschil: "{ $value }" = { $meaning }; "{ $given }" = { $given_meaning }. Waarom { $value } hier: { $why }
meaning-nature-objective = een feitelijk, meetbaar gebrek dat je kunt nakijken (een kapotte rits, een verkeerd bedrag, een pakket dat niet kwam)
meaning-nature-subjective = hoe de klant iets ervaart (een toon, een verwachting, een gevoel van oneerlijkheid), waarover je van mening kunt verschillen
meaning-category-product = het artikel zelf, zoals de kwaliteit, een gebrek, de pasvorm of wat het wel of niet kan
meaning-category-delivery = bezorging en retour, zoals te laat, zoek, verkeerd of beschadigd aangekomen
meaning-category-communication = wat het bedrijf zei of schreef, zoals onduidelijke voorwaarden, een actie die anders werkt dan beloofd of geen antwoord
meaning-category-price = wat de klant betaalde of moet betalen, zoals een verkeerd bedrag, dubbel afgeschreven of een lagere prijs later
meaning-category-staff = hoe een medewerker de klant behandelde, in de winkel, aan de telefoon of online
meaning-cause-mistake = iemand deed per ongeluk iets fout wat hij goed had kunnen doen, een eenmalige fout in de uitvoering (verkeerde maat ingepakt, dubbel afgeschreven)
meaning-cause-misunderstanding = niemand deed iets fout, maar klant en bedrijf begrepen iets anders (de klant verwachtte iets wat nooit zo beloofd was), en uitleg lost het op
meaning-cause-quarrel = een meningsverschil tussen klant en medewerker liep op tot een conflict, en daar gaat de klacht over
meaning-cause-unfriendliness = de klant werd onbeleefd, kortaf of onverschillig behandeld, ook zonder ruzie
meaning-cause-broken-agreement = het bedrijf deed een toezegging (een termijn, terugbellen, een actie) en kwam die niet na
meaning-cause-force-majeure = iets buiten de macht van het bedrijf veroorzaakte het (storm, staking, een vervoerder die vastloopt), en niemand had het kunnen voorkomen
meaning-cause-faulty-repair = een reparatie of herstel is niet goed uitgevoerd
meaning-cause-structural-fault = een fout die steeds terugkomt in een product of een proces (een hele partij met hetzelfde gebrek), dus geen eenmalige misser
meaning-priority-critical = direct gevaar, een groot publiek of grote schade, met de snelste reactietermijn, ook buiten kantoortijd
meaning-priority-high = de klant lijdt snel schade, of er speelt een harde datum of een publiek risico, dus reageren binnen een dag
meaning-priority-normal = vervelend, maar zonder snelle schade of groot publiek, dus de gewone termijn in werkdagen
item-promise-broken-started = belofte gebroken: klaar { $actual }, beloofd uiterlijk { $deadline }. De doorlooptijd van { $lead } werkdag(en) paste in je belofte, maar je begon pas op { $started } met uitvoeren: voer het uit zodra de klant akkoord is
item-offer-when-too-soon = je noemde een termijn (uiterlijk { $when }), maar volgens het beleid duurt { $offer } { $lead ->
    [one] 1 werkdag
   *[other] { $lead } werkdagen
}: een termijn die je niet kunt halen, is geen duidelijk wanneer

## xAPI: de statements voor een leerrecordsysteem (LRS) en het versturen
xapi-course = Klachtafhandeling (klachtsim)
xapi-verb-passed = geslaagd
xapi-verb-failed = niet geslaagd
xapi-verb-abandoned = afgebroken
xapi-verb-interacted = handelde
xapi-verb-initialized = gestart
xapi-verb-terminated = beëindigd
xapi-action-let-finish = De klant laten uitpraten
xapi-action-interrupt = De klant onderbreken
xapi-action-say = Iets zeggen
xapi-action-confirm-receipt = Ontvangst bevestigen
xapi-action-take-ownership = Eigenaar worden van de klacht
xapi-action-check = Iets controleren
xapi-action-classify = De klacht classificeren
xapi-action-offer = Een oplossing aanbieden
xapi-action-escalate = Escaleren naar de volgende rol
xapi-action-notify-management = De directie informeren
xapi-action-status-update = Een statusupdate geven
xapi-action-execute = De oplossing uitvoeren
xapi-action-follow-up = Nazorg: de klant na uitvoering bellen
xapi-action-close = De zaak sluiten
xapi-action-send-csat = De CSAT-enquête sturen
xapi-action-senior-follow-up = Een senior laten terugbellen
xapi-action-lesson-learned = De geleerde les vastleggen
xapi-action-wait = Wachten
xapi-did-let-finish = Liet de klant uitpraten
xapi-did-interrupt = Onderbrak de klant
xapi-did-say = Zei: { $text }
xapi-did-confirm-receipt = Bevestigde de ontvangst
xapi-did-take-ownership = Werd eigenaar van de klacht
xapi-did-check = Controleerde: { $check }
xapi-did-classify = Classificeerde de klacht: { $nature }, categorie { $category }, oorzaak { $cause }, oordeel { $verdict }, prioriteit { $priority }
xapi-did-offer = Bood aan: { $offer }
xapi-did-offer-days = Bood aan: { $offer }, binnen { $days } werkdag(en)
xapi-offer = { $kind }
xapi-offer-euro = { $kind } van { $amount }
xapi-offer-percent = { $kind } van { $percent }%
xapi-did-escalate = Escaleerde naar de volgende rol
xapi-did-notify-management = Informeerde de directie
xapi-did-status-update = Gaf een statusupdate; volgend contact over { $hours } uur
xapi-did-execute = Voerde de oplossing uit
xapi-did-follow-up = Belde de klant na de uitvoering
xapi-did-close = Sloot de zaak
xapi-did-send-csat = Stuurde de CSAT-enquête { $hours } uur na het sluiten
xapi-did-senior-follow-up = Liet een senior { $hours } uur na het antwoord op de enquête terugbellen
xapi-did-lesson-learned = Legde de les vast: { $category }, oorzaak { $cause }. Grondoorzaak: { $root }. Maatregel: { $correction }
xapi-did-wait = Wachtte { $minutes }
xapi-action-why = Een "waarom" van de oorzaakanalyse beantwoorden
xapi-did-why = Beantwoordde een waaromvraag: { $text }
xapi-did-other = Een andere beslissing
xapi-pseudonyms-bad = { $file }, regel { $line }: dit is geen regel "cursist;pseudoniem" ({ $what }). Herstel het bestand; verwijder het niet, anders krijgen cursisten een nieuw pseudoniem.
xapi-credentials-bad = { $file }: geen inloggegevens voor het LRS gevonden. Zet er de regels "user = ..." en "password = ..." in, of gebruik KLACHTSIM_LRS_USER en KLACHTSIM_LRS_PASSWORD.
xapi-state-io = { $file }: kan niet bijhouden wat al verstuurd is ({ $error })
xapi-no-state = Er is geen gegevensmap om bij te houden wat al verstuurd is: geef een bestand met --xapi-state
xapi-refused = het LRS weigerde (HTTP { $status }): { $answer }
xapi-unreachable = het LRS op { $url } is niet bereikbaar ({ $error })
xapi-sent = { $sent } statements verstuurd naar { $url }; { $known } waren er al
xapi-stopped = Versturen gestopt: { $why }. { $left } statements zijn nog niet verstuurd; de volgende keer gaan die alsnog (bijgehouden in { $state }).
cmi5-missing = De startlink van de leeromgeving mist de cmi5-parameter "{ $name }"
cmi5-bad-actor = De cmi5-parameter "actor" is geen geldige JSON: { $error }
cmi5-bad-launch-data = De leeromgeving gaf geen bruikbare cmi5-startgegevens (LMS.LaunchData)
cmi5-unreachable = De leeromgeving is niet bereikbaar voor de cmi5-start: { $error }
cli-arg-send-xapi = Stuur de xAPI-statements naar het leerrecordsysteem (LRS) met dit xAPI-adres
cli-arg-pseudonyms = Noem cursisten bij een pseudoniem uit dit koppelbestand (nieuwe cursisten worden toegevoegd; bewaar het veilig)
cli-arg-xapi-state = Houd in dit bestand bij welke statements het LRS al heeft (anders één bestand per LRS in de gegevensmap)
cli-arg-xapi-batch = Aantal statements per verzoek aan het LRS
cli-arg-xapi-tries = Aantal pogingen per verzoek bij een serverfout of verbroken verbinding

# Sessies die een crash overleven (het bestand met de tussenstand)
journal-offer-title = Je vorige sessie is onderbroken
journal-offer-text = { $trainee } ({ $group }) was bezig met "{ $scenario }": begonnen { $started }, { $count } actie(s), het laatst bijgewerkt om { $last }.
journal-offer-finished = De casus was al klaar; alleen je eigen beoordeling ontbrak nog.
journal-resume = Verdergaan waar je was
journal-discard = Weggooien (komt als afgebroken in het logboek)
journal-case-missing = De casus "{ $scenario }" staat niet meer in de bibliotheek: de sessie kan niet verder.
journal-case-changed = De casus "{ $scenario }" is sindsdien gewijzigd: de sessie kan niet precies verder waar ze was.
journal-diverged = Dezelfde acties komen in deze versie niet op hetzelfde punt uit in "{ $scenario }": de sessie kan niet precies verder.
journal-removed = De onderbroken sessie van "{ $scenario }" is verwijderd; ze kon niet worden beoordeeld en staat dus niet in het logboek.
journal-discarded = De onderbroken sessie van "{ $scenario }" staat als afgebroken in het logboek, met wat er gedaan was.
journal-discarded-no-log = De onderbroken sessie is verwijderd (er wordt niets in een logboek opgeslagen).
journal-completed = Een sessie van "{ $scenario }" die stopte terwijl ze werd opgeslagen, staat nu in het logboek.
journal-unreadable = de tussenstand van een lopende sessie kon niet worden gelezen ({ $error })
journal-torn-line = onvolledige laatste regel (gestopt tijdens het schrijven); de acties ervoor blijven bewaard
journal-damaged-line = beschadigde regel; wat ervoor staat blijft bewaard, de rest is weggelaten
journal-broken = dit is geen leesbare tussenstand van een sessie; apart gezet als { $file }

## De klant met een stemming (src/sim/voice.rs, acceptance.rs, consequences.rs, csat.rs)
# $line: wat de klant volgens de casus zegt; de zin erbij hangt af van het temperament en het seed.
voice-calmer = { $line } { $temperament ->
        [calm] { $n ->
            [0] Fijn dat u er zo rustig de tijd voor neemt.
            [1] Dat is prettig om te horen.
           *[2] Ik merk dat u echt meedenkt, dank u.
        }
        [impatient] { $n ->
            [0] Goed, zo komen we ergens.
            [1] Mooi, dit schiet tenminste op.
           *[2] Prima, dan gaan we het zo doen.
        }
        [angry] { $n ->
            [0] Oké. Ik ben al wat rustiger, eerlijk gezegd.
            [1] Nou, dat scheelt wel.
           *[2] Goed. Dit had ik eerder willen horen, maar goed.
        }
        [anxious] { $n ->
            [0] Gelukkig, dat stelt me gerust.
            [1] Oh, wat een opluchting.
           *[2] Dank u, ik lag er echt wakker van.
        }
       *[talkative] { $n ->
            [0] Ach, wat fijn, ik zei net nog tegen mijn buurvrouw dat het vast goed komt.
            [1] Nou, dat is nog eens service, daar vertel ik graag over.
           *[2] Heerlijk, dan kan ik weer verder met mijn dag.
        }
    }
voice-sharper = { $temperament ->
        [calm] { $n ->
            [0] Ik blijf rustig, maar ik merk dat mijn geduld opraakt.
            [1] Ik had eerlijk gezegd meer verwacht.
           *[2] Ik wil graag dat u nu gewoon even luistert.
        }
        [impatient] { $n ->
            [0] Kunnen we het kort houden? Ik heb hier geen tijd voor.
            [1] Schiet het nog een beetje op?
           *[2] Ik hang zo op als dit zo doorgaat.
        }
        [angry] { $n ->
            [0] Ik ben het nu echt zat.
            [1] Dit is werkelijk belachelijk.
           *[2] Denkt u nou echt dat ik hiermee genoegen neem?
        }
        [anxious] { $n ->
            [0] Ik word hier heel onrustig van.
            [1] Ik weet echt niet meer wat ik moet doen.
           *[2] Ik heb het gevoel dat niemand me helpt.
        }
       *[talkative] { $n ->
            [0] Nou, ik had me dit gesprek wel anders voorgesteld.
            [1] Ik ga dit straks allemaal aan mijn zus vertellen, hoor.
           *[2] Ik praat en praat, maar er gebeurt niks.
        }
    } { $line }
say-offer-refused-mood = Nee. Zo ga ik niet met u in zee.
say-follow-up-blocked = U belt om te vragen hoe het ging? Er is helemaal niets gebeurd van wat u beloofde.
say-follow-up-late = Het is uiteindelijk gelukt, maar wel later dan u had gezegd.
say-follow-up-weak = Het is afgehandeld, ja. Helemaal tevreden ben ik niet, maar goed.
refused-not-heard = de klant voelde zich niet gehoord ({ $interruptions } keer onderbroken) en had een stemming van minstens { $needed } nodig om dit aan te nemen; het was { $mood }
refused-mood = de stemming van de klant was { $mood }; voor dit aanbod was minstens { $needed } nodig
csat-comment = { $csat ->
        [1] { $n ->
            [0] Nooit meer. Ik voelde me totaal niet serieus genomen.
            [1] Slechtste klantenservice die ik ooit heb gehad.
           *[2] Er werd niet geluisterd en er is niets opgelost.
        }
        [2] { $n ->
            [0] Uiteindelijk is er iets geregeld, maar het ging moeizaam.
            [1] Ik heb veel te vaak zelf achter dingen aan moeten gaan.
           *[2] Het voelde alsof ik lastig was.
        }
        [3] { $n ->
            [0] Het is opgelost, maar het kon vlotter.
            [1] Redelijk. Niet slecht, niet goed.
           *[2] De oplossing is oké, het gesprek had beter gekund.
        }
        [4] { $n ->
            [0] Netjes geholpen, dank u.
            [1] Goed opgelost, al duurde het even.
           *[2] Vriendelijk en duidelijk, daar kan ik mee verder.
        }
       *[5] { $n ->
            [0] Echt top: er werd geluisterd en het is snel geregeld.
            [1] Ik voelde me serieus genomen. Complimenten!
           *[2] Beter dan ik had verwacht. Ik kom zeker terug.
        }
    }
why-interrupted = { $times } keer onderbroken, terwijl deze klant er { $patience } verdraagt
why-mood-low = de stemming zakte naar { $mood } (grens { $limit })
why-kept-on-hold = { $minutes } laten wachten tijdens het gesprek, terwijl deze klant { $patience } geduld heeft
why-promise-broken = de beloofde oplossing kon niet worden uitgevoerd
why-contact-missed = het beloofde contact van { $due } kwam niet op tijd
why-nothing-carried-out = de zaak werd gesloten zonder dat er iets was uitgevoerd
why-offers-refused = { $times } aanbiedingen afgewezen
why-provoked = een verkeerde zin tegen een klant met een stemming van { $mood }
consequence-happened = { $when }: { $what } Waarom: { $why }.
consequence-leaves-live = De klant heeft opgehangen of is weggelopen.
consequence-leaves-written = De klant reageert niet meer.
consequence-posts-publicly = De klant heeft de klacht openbaar gezet. Dat is een reputatierisico: escaleren naar de teamleider en de directie direct informeren.
consequence-calls-again = De klant neemt opnieuw contact op met een klacht: nummer { $count } in { $days } dagen. Vanaf { $needed } gaat de klacht naar de teamleider.
consequence-asks-for-manager = De klant vraagt naar een leidinggevende. Dat alleen is geen reden om te escaleren: beslis op de escalatieregels, en laat merken dat u het zelf goed oplost.
event-leaves-live = (de klant hangt op / loopt weg)
event-leaves-written = (de klant reageert niet meer)
event-posts-publicly = (de klant zet de klacht op sociale media)
event-calls-again = (de klant neemt opnieuw contact op, met een nieuwe klacht)
event-asks-for-manager = Ik wil nu een leidinggevende spreken.
retry-beyond-end = Stap { $from } bestaat niet: deze sessie heeft { $count } stappen.
retry-refused = Stap { $index } ({ $action }) kan niet opnieuw worden gespeeld: { $reason }
debrief-csat-comment = Opmerking van de klant: “{ $comment }”
debrief-mood-curve = Stemming van de klant (0-100), bij binnenkomst en na elke stap: { $curve }

## Het oordeel over een zelf geschreven antwoord (src/reply, klachtsim check-reply)
reply-criterion-empathy = empathie
reply-criterion-blame = schuld bij de klant
reply-criterion-commitment = concrete toezegging
reply-criterion-name = naam van de klant
reply-criterion-order-number = ordernummer
reply-criterion-term = termijn
reply-criterion-over-promise = te veel beloofd
reply-criterion-jargon = vakjargon
reply-criterion-length = lengte
reply-good = goed
reply-bad = let op
reply-empathy-yes = je benoemt de situatie of het gevoel van de klant: "{ $quote }"
reply-empathy-missing = geen zin die de situatie of het gevoel van de klant benoemt
reply-empathy-sarcastic = "{ $quote }" klinkt als afwimpelen of sarcasme, niet als begrip
reply-empathy-formulaic = "{ $quote }" is een standaardformule; benoem wat er voor deze klant misging
reply-empathy-bare = "{ $quote }" zegt niet wát je begrijpt; benoem de situatie of het gevoel van de klant
reply-empathy-conditional = "{ $quote }" is voorwaardelijk: je twijfelt of de klant wel last heeft
reply-empathy-question = "{ $quote }" is een vraag, geen begrip
reply-empathy-negated = "{ $quote }" ontkent het begrip juist
reply-empathy-withdrawn = "{ $quote }" neemt je begrip weer terug
reply-blame-yes = dit legt de schuld bij de klant: "{ $quote }"
reply-blame-no = je legt de schuld niet bij de klant
reply-commitment-yes = een concrete actie met een moment: "{ $quote }"
reply-commitment-vague = "{ $quote }" is vaag: zeg wat je doet en wanneer (een tijd, een dag, een datum of een aantal werkdagen)
reply-commitment-hedged = "{ $quote }" maakt van je toezegging een poging; zeg wat je doet
reply-commitment-no-moment = je zegt wat je doet ("{ $quote }") maar niet wanneer
reply-commitment-no-action = je noemt een moment ("{ $quote }") maar niet wat je dan doet
reply-commitment-missing = geen volgende stap: zeg wat je doet en wanneer
reply-name-given = je spreekt de klant aan met naam: "{ $quote }"
reply-name-right = je noemt de klant bij naam: "{ $quote }"
reply-name-missing = je noemt de naam van de klant niet
reply-name-wrong = de naam van de klant ontbreekt of klopt niet (het is { $expected })
reply-order-given = je noemt een ordernummer: "{ $quote }"
reply-order-right = het ordernummer klopt: "{ $quote }"
reply-order-missing = je noemt geen ordernummer
reply-order-missing-case = het ordernummer van de klant ({ $expected }) staat er niet in
reply-term-given = je noemt een termijn: "{ $quote }"
reply-term-right = de termijn klopt: "{ $quote }"
reply-term-missing = je noemt geen termijn
reply-term-missing-case = je noemt geen termijn; voor deze casus is dat { $days ->
    [0] vandaag nog
    [one] 1 werkdag
   *[other] { $days } werkdagen
}
reply-term-wrong = "{ $quote }" is niet de termijn van deze casus: { $days ->
    [0] vandaag nog
    [one] 1 werkdag
   *[other] { $days } werkdagen
}
reply-over-promise-no = je belooft niets wat je niet kunt waarmaken
reply-over-promise-absolute = "{ $quote }" kan niemand beloven
reply-over-promise-authority = "{ $quote }" is meer dan je zelf mag toezeggen (tot { $limit }): overleg eerst met je teamleider
reply-over-promise-too-soon = "{ $quote }" is sneller dan haalbaar: de oplossing kost { $days ->
    [one] 1 werkdag
   *[other] { $days } werkdagen
}
reply-jargon-yes = vakjargon dat de klant niet kent: "{ $quote }"
reply-jargon-no = geen vakjargon
reply-length-fits = { $words } woorden: past bij { $channel }
reply-length-too-long = { $words } woorden is te lang voor { $channel } (hooguit { $limit })
reply-length-too-short = { $words } woorden is te kort voor { $channel } (minstens { $limit }): een losse regel leest als afwimpelen
reply-length-no-channel = { $words } woorden (geen kanaal opgegeven: lengte niet beoordeeld)
check-reply-unknown-scenario = geen casus met id "{ $id }" in { $dir }
check-reply-empty = geen antwoord ontvangen: typ of plak het antwoord op standaardinvoer (afsluiten met Ctrl-D)
check-reply-read-failed = het antwoord kon niet gelezen worden: { $error }
check-reply-case = casus { $id }: { $name }, bestelling { $order }, { $channel }
lexicon-error = fout in de woordenlijst { $where }: { $message }
lexicon-unreadable = kan niet gelezen worden: { $error }
lexicon-unknown-list = er is geen lijst "{ $name }"; de lijsten zijn: { $lists }
lexicon-bad-value = "{ $value }" na = is geen heel getal
lexicon-value-not-allowed = alleen de lijsten numbers en soon nemen "= waarde"
lexicon-value-needed = deze lijst vraagt "zin = waarde" (bijvoorbeeld "twee = 2")
lexicon-placeholder = onbekende plaatsaanduiding { $word }; gebruik {"{"}n{"}"} of {"{"}date{"}"}
lexicon-star = "{ $word }": een * hoort aan het eind van een woord
lexicon-gap-edge = een zin kan niet beginnen of eindigen met ...
lexicon-empty = lege zin
cli-check-reply = Beoordeel één zelf geschreven antwoord (van standaardinvoer): empathie, schuld, toezegging, naam, ordernummer, termijn, te veel beloven, jargon en lengte, elk met de woorden die de doorslag gaven
cli-arg-check-reply-scenario = Beoordeel tegen deze casus (id): naam, ordernummer, termijn en kanaal
cli-arg-check-reply-channel = Het kanaal: phone, email, social-media, web-form of store (telefoon, e-mail, webcare, webformulier, winkel); standaard dat van de casus
cli-arg-check-reply-json = Toon het oordeel als één JSON-object
cli-arg-check-reply-lexicon = Een map met eigen woordenlijsten (nl/*.txt, en/*.txt) bovenop de ingebouwde; standaard de map lexicon in de map met casussen

## The observation sheet of the pair role-play: how well a step was done.
seen-done = gedaan
seen-partly = deels
seen-not = niet gedaan

## The pair role-play: the customer's role card (classroom::role_card).
role-date = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
role-weekday = { $day ->
    [1] maandag
    [2] dinsdag
    [3] woensdag
    [4] donderdag
    [5] vrijdag
    [6] zaterdag
   *[7] zondag
}
role-moment = { $weekday } { $date } om { $time }
role-quote = “{ $text }”
role-situation-ordered = Je hebt op { $date } online besteld: { $product } (bestelling { $order }, { $price }).
role-situation-bought = Je hebt op { $date } gekocht: { $product } (bestelling { $order }, { $price }).
role-situation-delivered = Het pakket is op { $date } bij je bezorgd.
role-situation-channel = Op { $when } { $channel ->
    [phone] bel je de klantenservice.
    [email] mail je de klantenservice.
    [social-media] zet je een bericht op sociale media, waar iedereen het kan lezen.
    [web-form] vul je het klachtenformulier op de website in.
   *[store] loop je de winkel binnen.
}
role-situation-public = Je klacht is openbaar: anderen lezen mee en reageren.
role-situation-history = Je hebt al eerder geklaagd, op { $date }: { $summary }
role-situation-opening = Je begint zo: “{ $opening }”
role-offer-refund = (een deel van) je geld terug, tussen { $from } en { $to }
role-offer-voucher = een tegoedbon tussen { $from } en { $to }
role-offer-discount = { $from } tot { $to }% korting
role-wants = Je wilt dat je klacht serieus genomen wordt en dat er een oplossing komt die bij jouw probleem past.
role-wants-happy = Hier ben je tevreden mee: { $offers }.
role-wants-grudging = Hier ga je met tegenzin mee akkoord, als er niets beters komt: { $offers }.
role-wants-refused = Hier ga je niet mee akkoord: { $offers }.
role-wants-clear = Neem een aanbod pas aan als de medewerker zegt wat er precies gebeurt en wanneer.
role-reacts = Je bent { $temperament }.
role-reacts-calm = Je blijft beleefd en geeft de medewerker de tijd, maar je laat je niet afschepen: je wilt een echte oplossing.
role-reacts-impatient = Je hebt weinig tijd en weinig geduld. Je wilt snel horen wat er gaat gebeuren; moet je dingen herhalen of blijft het vaag, dan word je kortaf.
role-reacts-angry = Je bent boos en dat hoort de medewerker meteen. Je praat fel en laat je niet zomaar geruststellen; pas als je merkt dat er echt naar je geluisterd wordt, zak je wat.
role-reacts-anxious = Je maakt je zorgen en wilt vooral zekerheid: wat gebeurt er, wanneer, en kun je erop rekenen? Vage antwoorden maken je onrustiger.
role-reacts-talkative = Je vertelt graag en uitgebreid, ook over dingen die er weinig mee te maken hebben. Een medewerker die je vriendelijk terugbrengt naar de klacht, vind je prima.
role-reacts-calmer = Benoemt de medewerker wat er voor jou vervelend is, dan word je rustiger en zeg je bijvoorbeeld: “{ $reply }”
role-reacts-offer = Een goede uitleg en een passend aanbod maken je milder; een excuus alleen lost niets op.
role-when-let-finish = Als de medewerker je laat uitpraten, vertel je verder:
role-when-open-question = Pas op een open vraag, zoals “{ $line }”, vertel je:
role-when-summary = Vat de medewerker je verhaal goed samen, zoals “{ $line }”, dan bevestig je:
role-when-closed-question = Vraagt de medewerker er gericht naar, zoals “{ $line }”, dan zeg je:
role-escalate-interrupt = Onderbreekt de medewerker je, dan word je bozer: “{ $reply }”
role-escalate-patience = Word je { $times ->
    [one] één keer
   *[other] { $times } keer
} onderbroken, dan voel je je niet meer gehoord. Gebeurt het daarna nog een keer, dan { $channel ->
    [phone] hang je op.
    [store] loop je de winkel uit.
   *[other] reageer je niet meer.
}
role-escalate-hold = Laat de medewerker je langer dan { $minutes } wachten, dan { $channel ->
    [phone] hang je op.
   *[other] loop je de winkel uit.
}
role-escalate-line = Zegt de medewerker iets als “{ $line }”, dan word je bozer: “{ $reply }”

## The pair role-play on paper (classroom::print, klachtsim print roleplay).
print-title = Rollenspel in tweetallen: rolkaarten en observatieformulieren
print-card-kind = Casus { $number } · rolkaart voor de klant
print-card-who = Jij speelt { $customer }. Laat deze kaart niet aan de medewerker zien.
print-card-situation = Wie je bent en wat er gebeurd is
print-card-wants = Wat je wilt
print-card-reacts = Hoe je reageert
print-card-reveal = Vertel dit pas als de medewerker er goed naar vraagt
print-card-escalate = Hier word je bozer van
print-sheet-kind = Casus { $number } · observatieformulier
print-sheet-secret = Voor de observator: de klant of een derde leerling. Vul tijdens het gesprek per stap in wat je ziet en hoort; laat het formulier pas na afloop aan de medewerker zien.
print-sheet-employee = Medewerker
print-sheet-customer = Klant
print-sheet-observer = Observator
print-sheet-sequence = De stappen bij een { $verdict ->
    [grounded] gegronde
    [doubtful] twijfelachtige
   *[unfounded] ongegronde
} klacht, in deze volgorde
print-sheet-step = Stap
print-sheet-comment = Wat zag of hoorde je?
print-sheet-best = Wat ging het best?
print-sheet-tip = Eén tip voor de volgende keer
cli-print = Papier voor de les, als HTML dat netjes op A4 afdrukt
cli-print-roleplay = Rollenspel in tweetallen: per casus de rolkaart van de klant en het observatieformulier, elk op een eigen A4
cli-arg-print-roleplay-cases = De casussen (id's, gescheiden door komma's); zonder deze optie trekt klachtsim één gegronde, één twijfelachtige en één ongegronde casus uit de bibliotheek
cli-arg-print-roleplay-seed = De seed van de trekking zonder --cases (anders een willekeurige, die klachtsim laat zien)
cli-arg-print-roleplay-out = Schrijf naar dit bestand in plaats van naar het scherm
print-drawn = Getrokken met seed { $seed }: { $cases } (dezelfde set opnieuw: --cases { $cases })
print-no-case-of = Er staat geen { $verdict ->
    [grounded] gegronde
    [doubtful] twijfelachtige
   *[unfounded] ongegronde
} casus in { $dir }; kies de casussen zelf met --cases
print-unknown-case = Geen casus met id "{ $id }" in { $dir }
print-written = Rolkaarten en observatieformulieren geschreven naar { $file }
## The pair role-play ("Rollenspel in tweetallen") in the game.
pair-title = Rollenspel in tweetallen
pair-roles = Casus { $round } van { $rounds } · klant: { $customer } · medewerker: { $employee } · observator: { $observer }
pair-setup-title = Rollenspel in tweetallen: voorbereiding
pair-setup-intro = Jullie spelen drie klachten: een gegronde, een twijfelachtige en een ongegronde. De een is de klant, de ander de medewerker; na elke casus wissel je. Wie klant is, houdt ook het observatieformulier bij, tenzij een derde leerling meekijkt.
pair-first = Eerst medewerker
pair-second = Eerst klant
pair-third = Observator (niet verplicht)
pair-third-hint = naam van een derde leerling
pair-cases = De drie klachten
pair-draw = Kies voor ons
pair-case-for = { $verdict }:
pair-case-none = (kies een casus)
pair-swap-note = Na elke casus wisselen jullie van rol. De 20 minuten lopen al.
pair-start = Begin met de eerste casus
pair-refused-names = Vul beide namen in.
pair-refused-same-name = Vul twee verschillende namen in.
pair-refused-unknown-case = Casus "{ $id }" staat niet in de bibliotheek.
pair-refused-verdicts = Kies voor elke soort klacht één casus: gegrond, twijfelachtig en ongegrond.
pair-hand-to-customer = Geef het scherm aan { $customer } (klant)
pair-card-private = De rolkaart is alleen voor de klant. { $employee } kijkt even niet mee.
pair-card-show = Ik ben { $customer }: toon mijn rolkaart
pair-card-title = Rolkaart: jij bent { $customer }
pair-card-situation = Wat er gebeurd is
pair-card-wants = Wat je wilt
pair-card-reacts = Hoe je reageert
pair-card-reveal = Dit vertel je alleen als de medewerker er goed naar vraagt
pair-card-escalate = Zo word je bozer
pair-hand-to-employee = Klaar met lezen? Geef het scherm aan { $employee } (medewerker). Het gesprek voeren jullie hardop; { $employee } legt vast wat hij of zij doet.
pair-to-desk = Naar de balie
pair-sheet-open = Observatieformulier ({ $observer })
pair-sheet-title = Observatieformulier van { $observer }
pair-sheet-desk = Vul in wat je ziet en hoort, stap voor stap. Na de casus maak je het formulier af.
pair-sheet-intro = Hoe deed { $employee } het? Beoordeel elke stap en schrijf erbij wat je opviel. Daarna zie je het oordeel van klachtsim ernaast.
pair-sheet-comment = wat viel je op?
pair-sheet-complete = Alle stappen zijn beoordeeld.
pair-sheet-done = Naar de nabespreking
pair-debrief-title = Nabespreking: { $title }
pair-column-observer = { $observer } (observator)
pair-column-engine = klachtsim
pair-column-comment = Opmerking
pair-differ = verschil
pair-discuss = Waar jullie oordeel en dat van klachtsim verschillen, is een goed begin voor de bespreking in de klas: wie heeft gelijk, en waarom?
pair-discuss-agree = Jullie oordeel en dat van klachtsim komen overeen. Bespreek in de klas wat er goed ging.
pair-not-logged = Niet opgeslagen in het logboek: { $error }
pair-next = Volgende casus: nu is { $employee } medewerker en { $customer } klant
pair-to-overview = Naar het overzicht
pair-overview-title = Rollenspel in tweetallen: overzicht
pair-overview-names = { $first } en { $second }
pair-overview-third = observator: { $third }
pair-column-round = Casus
pair-column-case = Klacht
pair-column-employee = Medewerker
pair-column-customer = Klant
pair-column-score = Score
pair-column-apart = Observator en klachtsim
pair-apart = { $count ->
    [0] eens over alle stappen
    [one] oneens over 1 stap
   *[other] oneens over { $count } stappen
}
pair-time-up = De 20 minuten zijn om: niet alle casussen zijn gespeeld.
pair-done = Klaar
## Maak je eigen casus: the game's case editor, saving, import and export.
editor-default-title = Mijn eigen casus
editor-file-header = Gemaakt in klachtsim met "Maak je eigen casus", door { $author }.
editor-import-not-a-case = dit is geen casus (een casusbestand begint met Scenario)
editor-import-exists = in je eigen map staat al een ander bestand met deze naam: { $file }
editor-export-exists = hier staat al een ander bestand met deze naam; kies een andere map
editor-cannot-write = kan niet schrijven: { $error }
editor-no-own-folder = er is geen eigen map voor casussen op deze computer (zet KLACHTSIM_CASES op een map)
game-make-own-case = Maak je eigen casus
editor-title = Maak je eigen casus
editor-start-from = Begin opnieuw met een voorbeeld:
editor-save = Opslaan
editor-play-now = Nu spelen
editor-import = Importeren…
editor-export = Exporteren…
editor-valid = Alles klopt: je kunt de casus opslaan.
editor-invalid = { $count ->
    [one] Nog 1 fout: opslaan kan als alles klopt.
   *[other] Nog { $count } fouten: opslaan kan als alles klopt.
}
editor-warnings = { $count ->
    [one] 1 tekst tussen [vierkante haken] moet je nog invullen.
   *[other] { $count } teksten tussen [vierkante haken] moet je nog invullen.
}
editor-saved = Opgeslagen in { $file }. De casus staat nu in de lijst.
editor-not-saved = Niet opgeslagen:
editor-imported = Geïmporteerd: { $file }. De casus staat nu in de lijst.
editor-import-refused = Niet geïmporteerd: het bestand klopt niet. Er is niets veranderd.
editor-exported = Geëxporteerd naar { $file }.
editor-export-refused = Niet geëxporteerd:
editor-export-first = Sla de casus eerst op; daarna kun je hem exporteren.
editor-section-case = De casus
editor-section-customer = De klant
editor-section-order = De bestelling
editor-section-contact = De klacht komt binnen
editor-section-truth = De waarheid (wat de cursist moet achterhalen)
editor-section-findings = Wat onderzoek oplevert
editor-section-lines = Wat de cursist kan zeggen, en wat de klant antwoordt
editor-section-offers = Oplossingen en hoe ze worden beoordeeld
editor-field-title = Titel
editor-field-author = Gemaakt door
editor-field-summary = Korte omschrijving
editor-field-customer-name = Naam
editor-field-temperament = Karakter
editor-field-order-number = Ordernummer
editor-field-product = Product
editor-field-price = Prijs (€)
editor-field-purchased = Gekocht op
editor-field-in-stock = Op voorraad
editor-field-received = Binnengekomen op
editor-field-opening = Eerste woorden van de klant
editor-field-moment = Moment
editor-field-kind = Soort
editor-field-text = Tekst
editor-field-rating = Beoordeling
editor-field-reason = Waarom
editor-field-reply = Antwoord van de klant
editor-field-mood = Stemming
editor-field-offer = Oplossing
editor-field-from = van
editor-field-to = tot
editor-field-accepted = Klant neemt het aan
editor-field-minutes = Minuten
editor-add-finding = + Onderzoek
editor-add-line = + Zin
editor-add-offer = + Oplossing
editor-remove = Weghalen
editor-browse-import = Kies een casusbestand (.ron) om te importeren
editor-browse-export = Kies een map om de casus in op te slaan
editor-browse-up = ↑ Map hoger
editor-browse-here = Hier opslaan
editor-browse-cancel = Annuleren
editor-browse-empty = (geen mappen of .ron-bestanden)
editor-browse-unreadable = Deze map kan niet worden gelezen: { $error }
game-case-author = door { $author }
## The monthly training (Maandtraining): plans, sittings, the lesson learned
validate-plan-ok = trainingsplan { $id } voor { $month }: { $count } casussen in { $minutes } minuten
validate-sitting-ok = sessie volgens plan { $id }: { $count } casussen gespeeld
plan-bad-month = "{ $month }" is geen maand; schrijf jaar en maand, bijvoorbeeld "2026-12"
plan-empty-theme = het thema is leeg; schrijf in één zin waar deze maand om draait
plan-bad-minutes = een tijdvak van { $minutes } minuten kan niet; kies tussen { $min } en { $max } minuten
plan-unknown-case = er is geen casus "{ $id }" in de bibliotheek
plan-case-count = een maandtraining heeft twee of drie casussen; dit plan heeft er { $count }
plan-case-twice = de casus "{ $id }" staat al eerder in het plan; in één sessie komt een casus maar één keer voor
plan-no-match = geen enkele casus in de taal "{ $language }" past bij deze criteria
plan-no-match-hint = laat een criterium weg (category, verdict of difficulty), of kies een casus met Case("id")
plan-too-few = hier passen { $count } casus(sen) die het plan niet al bij naam noemt, maar deze trekking heeft er { $needed } nodig (ook eerdere trekkingen nemen er een)
plan-too-few-hint = passende casussen: { $ids }
lesson-too-short = { $count } woord(en) is nog geen les; schrijf wat je anders gaat doen en waarom
lesson-step = je noemt een stap van de methode: "{ $quote }" ({ $step })
lesson-no-step = je noemt geen stap van de methode (luisteren, erkennen, analyseren, oplossing, uitvoeren, opvolgen, verbeteren)
lesson-case = je noemt iets concreets uit de casussen: "{ $quote }"
lesson-no-case = je noemt niets concreets uit de casussen van vandaag (een oorzaak, wat er misging)
lesson-concrete = je maakt het concreet: "{ $quote }"
lesson-not-concrete = niet concreet: wie doet het, of wanneer?
lesson-vague = vaag: "{ $quote }" zegt niet wat je anders doet
sitting-no-cases = de sessie heeft geen casussen; zet onder cases een (case: "...", actions: [...]) per casus
sitting-case-count = het script heeft { $count } casus(sen), het plan geeft er { $plan }
sitting-cases-are = met dit seed geeft het plan: { $ids }
sitting-too-long = de casussen duren samen { $minutes } minuten; het plan geeft { $plan } minuten
sitting-wrong-case = casus { $place } is "{ $found }", maar het plan geeft met seed { $seed } "{ $expected }"
sitting-plan-broken = het trainingsplan { $file } bevat fouten (controleer het met klachtsim validate)
sitting-unknown-plan = er is geen trainingsplan "{ $id }" in de map plans
sitting-known-plans = bekende plannen: { $ids }
sitting-head = Maandtraining { $month }: { $theme }
sitting-case-line = casus { $place }: { $title }, score { $score }
sitting-lesson-score = geleerde les: { $score }/100
cli-arg-review-training = De maandtraining per maand: wie meedeed, de stapscores van deze maand tegen die van vorige maand, en per cursist de eerste sessie tegen de laatste (table of html)
review-training-formats = het overzicht van de maandtraining is er als table of html (--format table of --format html)
training-title = Maandtraining: heeft de training geholpen?
training-none = Nog geen sessies van de maandtraining in het logboek.
training-month = { $month }: { $plans } ({ $sittings } sessie(s))
training-participants = { $count } deelnemer(s)
training-step = stap
training-this-month = deze maand
training-last-month = vorige maand
training-difference = verschil
training-overall = totaal
training-lesson = geleerde les
training-per-trainee = Per cursist: de eerste sessie tegen de laatste (gemiddelde score)
training-trainee = cursist
training-first = eerste
training-latest = laatste
training-no-second = Nog geen cursist heeft twee sessies gedaan: een vergelijking volgt na de volgende maandtraining.
## The class summary for the teacher (klachtsim review --class, the trainer screen's button).
class-title = Klasoverzicht { $class }
class-about = { $sessions } { $sessions ->
        [one] sessie
       *[other] sessies
    } van { $trainees } { $trainees ->
        [one] cursist
       *[other] cursisten
    }, van { $from } tot en met { $to }
class-about-one-day = { $sessions } { $sessions ->
        [one] sessie
       *[other] sessies
    } van { $trainees } { $trainees ->
        [one] cursist
       *[other] cursisten
    }, op { $from }
class-anonymous = Zonder namen: dit overzicht is voor de nabespreking met de hele klas.
class-none = Geen sessies van deze klas die aan de filters voldoen.
class-steps = Per stap: gemiddelde en spreiding
class-col-step = stap
class-col-mean = gemiddeld
class-col-range = laagste–hoogste
class-col-middle = middelste helft
class-col-spread = spreiding (0–100)
class-col-n = n
class-spread-legend = Lichtgrijze balk: van de laagste tot de hoogste score in de klas. Donkergrijs: de middelste helft van de sessies (van het eerste tot het derde kwartiel). Zwarte streep: het gemiddelde. n: aantal sessies.
class-mistakes = De drie meest gemaakte fouten
class-col-mistake = fout
class-col-sessions = sessies
class-col-example = voorbeeld (anoniem)
class-mistake-wrong-verdict = verkeerd oordeel (gegrond, twijfelachtig of ongegrond)
class-example-case = Casus “{ $scenario }” ({ $verdict }), stap { $step }:
class-example-given = Gegeven oordeel: { $given }; juist was { $truth }.
class-example-nothing = Hiervoor is in deze sessie niets gedaan.
class-example-more = … en nog { $count } { $count ->
        [one] handeling
       *[other] handelingen
    }
class-no-mistakes = Geen fouten gevonden: geen regel overtreden en elk oordeel juist.
class-verdicts = Welk oordeel vond de klas het moeilijkst?
class-col-verdict = oordeel van de casus
class-col-correct = juist oordeel gegeven
class-correct-of = { $correct } van { $sessions } ({ $percent }%)
class-hardest-mark = het moeilijkst
class-hardest = Het moeilijkst waren de klachten die { $verdict } zijn: in { $correct } van de { $sessions } sessies gaf de cursist het juiste oordeel.
class-pairs = Tweetallen: waar waarnemer en programma het meest verschilden
class-pairs-none = Deze klas heeft nog geen rollenspel in tweetallen gespeeld.
class-pairs-agree = { $count } { $count ->
        [one] sessie
       *[other] sessies
    } in tweetallen; waarnemer en programma waren het bij elke stap eens.
class-pairs-count = { $count } { $count ->
        [one] sessie
       *[other] sessies
    } in tweetallen; hieronder die waarin waarnemer en programma het meest verschilden.
class-pair-heading = Tweetal { $pair }, ronde { $round }: “{ $scenario }” ({ $verdict }), verschil { $disagreement }
class-col-observer = waarnemer
class-col-engine = programma (score)
class-col-comment = opmerking van de waarnemer
class-pair-legend = Vetgedrukt: hier verschillen waarnemer en programma. Het programma leest een score van 75 en hoger als gedaan, van 40 tot 75 als deels. Het verschil telt per stap 1 (gedaan tegen deels, of deels tegen niet gedaan) of 2 (gedaan tegen niet gedaan).
class-unknown = Klas “{ $class }” staat niet in het logboek. Klassen in het logboek: { $classes }.
class-no-classes = Klas “{ $class }” staat niet in het logboek: geen enkele sessie in het logboek heeft een klas (groep).
class-written = Klasoverzicht geschreven naar { $file }
cli-arg-review-class = Schrijf het klasoverzicht van deze klas (groep) als afdrukbare HTML-pagina, zonder namen, voor de nabespreking van de les
cli-metavar-class = KLAS
game-class-summary = Klasoverzicht afdrukken
game-class-summary-hint = Schrijft het klasoverzicht van de groep in het filter (zonder namen) en opent het in de browser
game-class-summary-no-group = Vul eerst bij groep de klas in.
game-class-summary-written = Klasoverzicht geschreven naar { $file }
game-class-summary-failed = Kon het klasoverzicht niet schrijven naar { $file }: { $error }
game-class-summary-no-folder = Er is geen gegevensmap voor deze gebruiker; het klasoverzicht is niet geschreven.
## Written texts in the trainee's own words (issue 14, "Written channels"): the action, its refusals, the customer's answer.
written-part-reply = het antwoord
written-part-summary = de samenvatting
written-part-acknowledge = de erkenning
xapi-action-write = Een tekst in eigen woorden schrijven
xapi-did-write = Schreef { $part }: { $text }
refuse-write-empty = schrijf eerst { $part }
refuse-write-too-long = een geschreven tekst is hoogstens { $max } tekens, niet { $count }
refuse-write-reply-live = via { $channel } praat je met de klant: kies wat je zegt; een geschreven antwoord hoort bij e-mail, webformulier en webcare
refuse-write-not-now = { $part } past nu niet: het gesprek is bij "{ $open }"
refuse-write-no-moment = { $part } past nu niet: dat deel van het gesprek is al geweest, of wacht nog op een controle
written-answer-blamed = { $n ->
        [0] Dus het ligt aan mij? Dat had ik echt niet verwacht.
        [1] Ik heb niets verkeerd gedaan, hoor. Ik verwacht dat u dit oplost.
       *[2] Nu krijg ik ook nog de schuld? Ongelofelijk.
    }
written-answer-hollow = { $n ->
        [0] Dat klinkt als een standaardzin.
        [1] Meent u dat nou, of zegt u dat tegen iedereen?
       *[2] Daar word ik niet veel wijzer van, eerlijk gezegd.
    }
written-answer-brushed-off = { $n ->
        [0] Is dat alles? Ik had wel iets meer verwacht.
        [1] Eén regel? Ik heb een heel verhaal geschreven.
       *[2] Daar heb ik weinig aan. Wat gaat u nu doen?
    }
written-answer-heard-concrete = { $n ->
        [0] Dank u, fijn dat u begrijpt wat dit voor mij betekent. Dan wacht ik het af.
        [1] Dat is duidelijk, dank u. Goed om te weten wanneer ik iets hoor.
       *[2] Fijn, zo weet ik waar ik aan toe ben. Dank u wel.
    }
written-answer-heard = { $n ->
        [0] Dank u, fijn dat u begrijpt hoe vervelend dit is.
        [1] Fijn dat u het zo ziet. En hoe gaat het nu verder?
       *[2] Dank u. Het doet me goed dat u er zo op reageert.
    }
written-answer-concrete = { $n ->
        [0] Goed, dan wacht ik dat af.
        [1] Oké, dan weet ik wanneer ik iets hoor.
       *[2] Prima, ik hoor het dan wel.
    }
written-answer-vague = { $n ->
        [0] En wanneer hoor ik dan iets?
        [1] Ernaar kijken? Wat betekent dat precies, en hoe lang duurt het?
       *[2] Dat zegt me weinig. Wat gaat u doen, en wanneer?
    }
written-answer-plain = { $n ->
        [0] Oké.
        [1] Goed. En nu?
       *[2] Ik lees het. Hoe gaat het verder?
    }
item-no-empathy-line = je koos geen erkennende zin; je eigen tekst telt hieronder
item-no-summary-line = je koos geen samenvattende zin; je eigen samenvatting telt hieronder
item-written-best-counts = je koos ook een zin die { $line } punten opleverde: alleen de beste van de twee telt, niet allebei
item-written-blame = { $part } in eigen woorden: { $reason }; een verwijt maakt de erkenning ongedaan
item-written-jargon = { $part } in eigen woorden: { $reason }
item-written-length = { $part } in eigen woorden ("{ $excerpt }"): { $reason }
item-written-empathy = { $part } in eigen woorden, empathie: { $reason }
item-written-name = { $part } in eigen woorden, naam: { $reason }
item-written-order = { $part } in eigen woorden, ordernummer: { $reason }
item-written-summary = je eigen samenvatting neemt { $count } woorden van de klant over ({ $words }): de klant hoort dat je het verhaal hebt gelezen
item-written-summary-own-words = je eigen samenvatting neemt { $count ->
        [0] geen woorden
        [one] één woord ({ $words })
       *[other] { $count } woorden ({ $words })
    } van de klant over: zo hoort de klant niet terug wat hij zelf vertelde
item-written-over-promise = { $part } in eigen woorden: { $reason }; een belofte die het bedrijf niet kan waarmaken
item-written-over-promise-execute = { $part } in eigen woorden: { $reason }; die belofte kan de uitvoering niet nakomen
item-written-commitment = { $part } in eigen woorden: { $reason }
item-written-term = { $part } in eigen woorden: { $reason }
item-written-vague = { $part } in eigen woorden: { $reason }
item-written-no-commitment = { $part } in eigen woorden: { $reason }
debrief-written = In je eigen woorden ({ $count })
debrief-written-text = { $part }, { $at }
training-improved = { $up } van de { $of } cursisten met twee of meer sessies { $up ->
        [one] scoorde
       *[other] scoorden
    } in de laatste sessie hoger dan in de eerste.
training-score = score
training-screen-title = Maandtraining { $month }
training-plan-steps = Eerst de 30-secondendrill, dan { $cases } casussen met elk een korte nabespreking, en tot slot je geleerde les. De klok ({ $minutes }) loopt voor alles samen.
training-drill-case = { $name }, bestelling { $order } ({ $channel })
training-first-case = Naar de eerste casus →
training-to-close = Sessie afronden →
training-close-title = Afronding van de sessie
training-time-up = De tijd is om: de casus die openstond is afgesloten.
training-lesson-question = Wat neem je mee uit deze training?
training-lesson-hint = Noem de stap, wat er in de casussen gebeurde, en wat je anders gaat doen: wanneer, of met wie.
training-lesson-submit = Les inleveren
training-done = Terug naar het begin
training-choose-plan = Kies het plan
training-no-plans = Er is nog geen trainingsplan (scenarios/plans/). Vraag je teamleider om er een te maken.
training-plan-line = { $month }: { $theme } ({ $cases } casussen, { $minutes })

## The pair role-play in the review (review::rows::pairs).
review-about-pairs = alleen rollenspel in tweetallen
review-pair-with = { $who }, tweetal met { $customer }
review-pairs = Rollenspel in tweetallen: observator naast klachtsim
review-col-employee = medewerker
review-col-customer = klant
review-col-observer = observator
review-col-round = ronde
review-col-exercise = oefening
review-col-disagreement = verschil
review-col-pair-views = per stap: observator / klachtsim
review-col-pair-comments = opmerkingen van de observator
review-col-observer-step = observator: { $step }
review-pair-view-same = { $step } { $observer } = { $engine }
review-pair-view-differ = { $step } { $observer } ≠ { $engine }
cli-arg-pairs = Alleen sessies uit het rollenspel in tweetallen
game-class-summary-not-opened = De browser kon niet worden geopend ({ $error }); open het bestand zelf.
## "Probeer opnieuw vanaf hier" (issue 14): the debrief's list of decisions,
## the desk during a retry, and the two endings side by side.
retry-decisions = Jouw beslissingen
retry-decisions-hint = Kies een beslissing en speel de zaak vanaf dat moment opnieuw: dezelfde klant, en alles wat je daarvoor deed blijft zoals het was.
retry-decisions-first = Zo verliep je eerste poging.
retry-no-decisions = Je hebt in deze zaak nog niets gedaan.
retry-replayed = herhaald
retry-new-choice = hier koos je opnieuw
retry-from-here = Probeer opnieuw vanaf hier
retry-from-here-hint = Je gaat terug naar vlak vóór deze beslissing. Het gesprek tot dan staat er weer; deze keer kies je zelf opnieuw.
retry-at-desk = Herkansing vanaf beslissing { $step }
retry-tab-comparison = Vergelijking
retry-tab-first = Eerste poging
retry-tab-retry = Herkansing
retry-heading = Herkansing vanaf beslissing { $step }
retry-first-choice = De eerste keer: { $decision }
retry-overall-change = Totaalscore { $first } → { $retry } ({ $change })
retry-no-comment = Geen opmerking van de klant.
retry-no-consequences = Geen gevolgen.
retry-avoided = niet in de herkansing
retry-caused = alleen in de herkansing
retry-consequence-leaves = de klant haakte af
retry-consequence-posts-publicly = de klant zette de klacht online
retry-consequence-calls-again = de klant kwam terug met een nieuwe klacht
retry-consequence-asks-for-manager = de klant vroeg naar een leidinggevende
retry-mood = Stemming van de klant
retry-chart-here = herkansing vanaf hier
retry-chart-axis = na elke beslissing →
retry-steps = Score per stap
retry-column-change = Verschil
retry-row-overall = Totaal
retry-row-csat = CSAT
retry-not-measured = niet gemeten
review-retry = { $scenario } (herkansing)
editor-field-channel = Kanaal
editor-field-nature = Aard
editor-field-category = Categorie
editor-field-cause = Oorzaak
editor-field-verdict = Oordeel
editor-field-priority = Prioriteit
editor-at = regel { $line }, kolom { $column }: { $message }
game-reply = Je antwoord aan de klant
game-reply-send = Versturen
game-own-words = Zelf formuleren: { $part }
game-own-words-say = Zeggen
written-template-greeting = Beste { $name },
written-template-closing = Met vriendelijke groet,
menu-write-reply = Antwoord schrijven, in eigen woorden
menu-write-summary = Samenvatting zelf formuleren
menu-write-acknowledge = Erkenning zelf formuleren
tui-ask-write = Typ je tekst; een lege regel verstuurt hem (een lege eerste regel breekt af):
