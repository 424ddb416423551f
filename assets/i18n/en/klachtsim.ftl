# klachtsim — English texts

## General
never = never
diag-error = error
diag-hint = hint
list-one = { $a }
list-two = { $a } and { $b }
list-three = { $a }, { $b } and { $c }
list-four = { $a }, { $b }, { $c } and { $d }
speaker-trainee = You
speaker-team-lead = Team lead
speaker-system = Case file

## Terms
channel-phone = phone
channel-email = e-mail
channel-social-media = social media
channel-web-form = web form
channel-store = in store
category-product = product
category-delivery = delivery
category-communication = communication
category-price = price
category-staff = staff member
nature-objective = objective
nature-subjective = subjective
cause-mistake = mistake
cause-misunderstanding = misunderstanding
cause-quarrel = quarrel
cause-unfriendliness = unfriendliness
cause-broken-agreement = broken agreement
cause-force-majeure = force majeure
cause-faulty-repair = faulty repair
cause-structural-fault = structural fault
verdict-grounded = justified
verdict-doubtful = doubtful
verdict-unfounded = unfounded
priority-critical = critical
priority-high = high
priority-normal = normal
trigger-authority = beyond your authority
trigger-reputation = reputational risk
trigger-repetition = repeated complaint
trigger-safety = product safety
temperament-calm = calm
temperament-talkative = talkative
temperament-anxious = anxious
temperament-impatient = impatient
temperament-angry = angry
rating-good = good
rating-weak = weak
rating-wrong = wrong
role-employee = employee
role-team-lead = team lead
role-manager = manager
check-order = order
check-warranty = warranty
check-history = complaint history
check-stock = stock
check-inspect = inspection of the product
field-nature = nature
field-category = category
field-cause = cause
field-verdict = verdict
field-priority = priority
field-channel = channel
field-escalation = escalation
line-kind-open-question = open question
line-kind-closed-question = closed question
line-kind-summary = summary
line-kind-acknowledge = acknowledgement
line-kind-explanation = explanation
step-listen = Listen and understand
step-acknowledge = Acknowledge and empathize
step-analyze = Analyze
step-offer = Offer a solution
step-execute = Execute
step-follow-up = Follow up
step-improve = Improve
holiday-new-year = New Year's Day
holiday-good-friday = Good Friday
holiday-easter-monday = Easter Monday
holiday-kings-day = King's Day
holiday-liberation-day = Liberation Day
holiday-ascension-day = Ascension Day
holiday-whit-monday = Whit Monday
holiday-christmas-day = Christmas Day
holiday-boxing-day = Boxing Day
holiday-company-day = company closing day
target-minutes = within { $n } min, round the clock
target-hours = within { $n } h, round the clock
target-office-minutes = within { $n } office minutes
target-office-hours = within { $n } office hours
target-working-days = within { $n } working day(s)

## Offers
offer-replacement = a replacement
offer-refund = a refund of { $amount }
offer-discount = a { $percent }% discount
offer-voucher = a voucher of { $amount }
offer-repair = a free repair
offer-advice = advice and an explanation
offer-compromise = a compromise

## Reading files
load-cannot-read = cannot read the file: { $error }
load-is-directory = this is a folder, not a file
load-not-found = no such file or folder
load-too-large = the file is too large ({ $size } KiB; at most { $limit } KiB)
load-binary = this is not a text file (it contains a zero byte)
load-not-utf8 = the file is not valid UTF-8 text
load-not-utf8-hint = save the file as UTF-8 (in Notepad: Save as, encoding UTF-8)
load-empty = the file is empty
load-expected-struct = expected the file to start with { $name }( ... )
load-wrong-struct = this is a { $found } file, expected { $name }
load-missing-field = the field `{ $field }` is missing
load-missing-field-hint = add `{ $field }: ...`; scenarios/README.md has an example
load-unknown-field = unknown field `{ $field }`
load-duplicate-field = the field `{ $field }` appears twice
load-did-you-mean = did you mean `{ $name }`?
load-expected-one-of = possible values: { $names }
load-unknown-kind = unknown kind of file
load-unknown-kind-hint = a klachtsim file starts with Scenario(, Policy( or Script(
load-duplicate-id = the id `{ $id }` is already used by { $other }
ron-unknown-value = unknown value `{ $found }`
ron-expected-comma = a comma is missing here
ron-expected-comma-hint = put a comma after every field and check that every bracket is closed
ron-expected-close = a closing bracket or a comma is missing here
ron-eof = the file ends unexpectedly
ron-eof-hint = a bracket or quotation mark is probably not closed
ron-expected-string = text in quotation marks belongs here
ron-expected-string-hint = put the text between double quotes: "{ $value }"
ron-unclosed-string = this text is not closed with a quotation mark
ron-unclosed-string-hint = put a " at the end of the text: { $value }
ron-expected-number = a number belongs here, not { $value }
ron-number-hint = write a number without quotes, with a point before the decimals, such as 99.95
ron-expected-bool = true or false belongs here, not { $value }
ron-bool-hint = write true (yes) or false (no), without quotes
ron-expected-list = a list between [ and ] belongs here
ron-expected-map = a table between braces belongs here
ron-expected-colon = a colon is missing here
ron-trailing = there is text after the end
ron-unexpected-char = unexpected character `{ $char }`
ron-unexpected-hint = remove the character, or put it in a text between "double quotes"
ron-unclosed-comment = a comment is not closed
ron-too-deep = nested too deeply
ron-wrong-type = { $expected } belongs here, but this says { $value }
ron-kind-text = text in quotation marks
ron-kind-whole = a whole number
ron-kind-number = a number
ron-kind-bool = true or false
ron-kind-date = a date
ron-kind-moment = a date and time
ron-kind-list = a list between [ and ]
ron-kind-map = a table between braces
ron-kind-option = a value or None
ron-kind-name = a name without quotes
ron-kind-group = a group of fields between brackets
ron-unquote-hint = write { $value } without quotes
ron-compare-hint = compare this part with the same part of a case that works, for example scenarios/en/gstar-zip-broken.ron
ron-unreadable = this part cannot be read
ron-expected-name = a name belongs here
ron-date-hint = write dates as "2026-11-20" and moments as "2026-11-20 16:45" or "2026-11-20T16:45:00"
ron-bad-date = "{ $value }" is not a date or moment that can be read
ron-decimal-comma = a comma in a number: { $value }
ron-decimal-comma-hint = write { $fixed } with a point
ron-whole-number = a whole number belongs here, not { $value }
ron-whole-number-hint = write { $lower } or { $upper }, without a point
ron-quoted-name = a name does not go between quotes: { $value }
ron-quoted-name-hint = write { $name } without quotes
ron-single-quotes = text goes between double quotes, not single ones
ron-single-quotes-hint = write "{ $value }"
ron-curly-quotes = curly quotes ({ $char }) from a word processor cannot be read
ron-curly-quotes-hint = use straight quotes: "{ $value }"
ron-inner-quote = this quotation mark already ends the text
ron-inner-quote-hint = put a backslash before every quotation mark inside the text: { $value }
ron-bad-escape = a backslash starts a code, and { $value } is no code
ron-bad-escape-hint = leave out the backslash (write { $char }), or write \\ for a backslash
ron-word-for-number = a number belongs here, not a word: { $value }
ron-word-for-number-hint = write { $number } in digits instead of { $value }
ron-wrong-count = { $name } needs { $count } values here; there are { $found } between the brackets
ron-count-hint = write { $count } values, separated by a comma
ron-range-hint = { $name } needs a range, from and to; for exactly one amount: { $name }({ $value }, { $value })

## Policy
policy-hours-reversed = opening time must be before closing time
policy-hours-never-open = the office is not open on any day of the week; give at least one day opening hours in business_hours
policy-zero-target = the target `{ $field }` cannot be zero
policy-time-zone = `{ $zone }` is not a time zone; use a name such as "Europe/Amsterdam"
policy-csat-window = csat_from_hours must not exceed csat_to_hours
policy-csat-threshold = the CSAT threshold must be between 1 and 5
policy-repeat = repeated complaints: at least 2 complaints within at least 1 day
policy-authority-order = { $higher } may do less than { $lower }; a higher role must be allowed at least everything a lower one is
policy-law-less = `{ $field }` gives the customer less than the law does; a company may promise more, never less

## Scenarios
scn-bad-id = an id may only contain lower-case letters, digits and dashes
scn-bad-id-hint = for example "gstar-broken-zip"
scn-empty-text = `{ $field }` is empty
scn-causes-missing = the case has no causal chain (truth.causes): the 5 whys and the judgement of the lesson learned need one
scn-causes-hint = write 3 to 5 links in truth, from symptom to root cause, for example: causes: [(text: "The zip is broken."), (text: "The teeth come loose.", find: ["tooth|teeth", "loose|weak"]), (text: "Incoming inspection does not test pull strength.", find: ["inspection|test", "strength"])]
scn-causes-count = the causal chain has { $count } links; it needs { $min } to { $max } (symptom, causes, root cause)
scn-cause-no-find = link { $n } of the causal chain does not say which words show that a trainee found it (find)
scn-cause-bad-find = "{ $entry }" has an empty alternative
scn-cause-bad-find-hint = separate alternatives with one | and put words between them: "tooth|teeth"
scn-cause-root-mismatch = the case's root_cause does not contain what the last link looks for ({ $find })
scn-cause-root-mismatch-hint = the last link is the root cause: let find match the words of root_cause, or change root_cause
scn-language = language must be "nl" or "en"
scn-difficulty = difficulty must be 1, 2 or 3
scn-mood-range = mood must be between 0 and 100
scn-year-range = the year of receipt is not plausible (2000 to 2100)
scn-purchase-after-receipt = impossible time: bought on { $purchased }, but the complaint came in on { $received }
scn-history-after-receipt = impossible time: an earlier complaint on { $date } is after the receipt ({ $received })
scn-price = the price must be more than zero
scn-public-needs-reputation = the complaint is public (public: true), so there is a reputational risk
scn-reputation-not-public = reputational risk given, but the complaint is not public
scn-reputation-not-public-hint = set public: true, or remove Reputation
scn-add-trigger = add { $trigger } to escalation
scn-history-needs-repetition = the customer has { $count } complaints within { $days } days (this one included): that is a repeated complaint
scn-repetition-without-history = repeated complaint given, but the history counts { $count } complaint(s) within { $days } days; { $needed } are needed
scn-authority-without-offer = escalation for authority, but no good solution exceeds an employee's authority
scn-authority-without-offer-hint = add a well-rated solution the team lead must approve, or remove Authority
scn-delivered-outside = the delivery date is before the purchase or after the complaint
scn-safety-critical = a safety incident (Safety) always has priority Critical
scn-offer-withholds-remedy = rated good, but this solution withholds what the law gives the customer: a product with a defect (a justified product complaint) is owed repair or replacement, else a lower price or the money back, also after the commercial warranty
scn-offer-refuses-presumed = rated good, but advice alone refuses what the customer is owed: the defect showed within the presumption period after delivery (policy.ron, law.presumption_months), so the shop must prove the product was in order
scn-offer-withholds-hint = rate this solution Weak or Wrong, and give a well-rated solution that gives the customer what is owed
scn-duplicate = `{ $what }` appears twice
scn-escalation-reason = explain in escalation_reason why escalation is needed
scn-escalation-reply = escalation is needed, but escalation_reply (the team lead's answer) is missing
scn-no-required-checks = name at least one investigation the verdict needs in required_checks
scn-check-without-finding = unknown reference: findings has nothing for { $check }
scn-check-without-finding-hint = add { $check }: (text: "...") to findings
scn-line-empty = the text and reason of a line must not be empty
scn-line-after-unknown = unknown reference: findings has nothing for { $check }
scn-no-good-line = unreachable: no { $kind } is rated Good, so a full score is impossible
scn-reply-empty = a reply needs at least one non-empty text
scn-reply-mood = mood must be between -50 and 50
scn-offer-range = invalid range: the lower bound is above the upper bound, below zero, or above 100%
scn-refund-over-price = a refund cannot exceed the price paid ({ $price })
scn-offer-no-role = no role may grant this solution under the policy
scn-offer-no-role-hint = lower the amount or change the authority in the policy
scn-offer-shadowed = unreachable: rule { $rule } never applies, because rule { $earlier } before it covers all its offers
scn-offer-shadowed-hint = put the more specific rule first, or narrow the ranges
scn-no-good-offer = no solution is rated Good and accepted by the customer
scn-offer-needs-text = a concrete offer (one with an id) needs a `text`: what exactly is offered, how much and by when
scn-offer-text-needs-id = an offer with a `text` also needs an `id`, so that a script can pick it
scn-offer-on-top-unknown = on_top_of: "{ $id }" is not the id of an offer the customer accepts; write the id of such an offer from this list
scn-withdrawn-not-online = `withdrawn: true` only fits an online purchase (`online: true` in `order`): a purchase in a store has no legal right of withdrawal
scn-policy-missing = unknown reference: policy file { $file } does not exist
scn-policy-broken = the policy file { $file } has errors
script-no-actions = the script has no actions

## Validate
validate-scenario-ok = scenario { $id }: { $title }
validate-policy-ok = policy { $name }
validate-script-ok = script for { $id } (score { $score })
validate-file-errors = { $count } error(s)
validate-nothing = no .ron files found
validate-summary = { $good } file(s) good, { $bad } with errors
coverage-title = Coverage of { $count } case(s)
coverage-missing = missing
coverage-complete = Every value occurs in at least one case.
coverage-gaps = No case yet for: { $list }

## Play
play-not-possible = action `{ $action }` is not possible at this moment: { $reason }
play-unknown-scenario = unknown scenario `{ $id }`
play-known-ids = known scenarios: { $ids }
play-scenario-broken = the scenario { $file } has errors
play-transcript = Conversation
refuse-closed = the case is already closed
refuse-unknown-line = there is no line with id `{ $id }`; possible: { $ids }
refuse-line-needs-check = you can only say this after the { $check }
refuse-moment-answered = you already said something at this point of the conversation ({ $moment })
refuse-moment-later = this belongs to a later point of the conversation ({ $moment }); the conversation is at { $open } now
refuse-moment-waits = this point of the conversation ({ $moment }) only comes after another point or a check
refuse-unknown-offer = there is no concrete offer `{ $id }` of this kind; possible: { $ids }
refuse-offer-which = say which offer exactly: { $ids }
refuse-amount = the amount must be more than zero
refuse-refund-over-price = you cannot refund more than the customer paid ({ $price })
refuse-percent = a discount is between { $from } and { $to }%
refuse-escalate-top = you are already at the highest level
refuse-executed = the solution has already been carried out
refuse-nothing-accepted = the customer has not accepted a solution yet
refuse-follow-up-early = follow-up comes after execution
refuse-csat-open = the CSAT survey goes out after the case is closed
refuse-csat-twice = the CSAT survey was already sent
refuse-senior-early = the senior calls after the CSAT answer
refuse-lesson-empty = fill in the root cause and the structural correction
refuse-promise-days = promise the solution within { $from } to { $to } working days, not { $value }
refuse-contact-hours = the next contact is { $from } to { $to } hours from now, not { $value }
refuse-csat-hours = the CSAT survey goes out { $from } to { $to } hours after closing, not { $value }
refuse-senior-hours = the senior calls { $from } to { $to } hours after the CSAT answer, not { $value }
refuse-wait-minutes = you can wait { $from } to { $to } minutes at a time, not { $value }
refuse-lesson-too-long = the root cause and the structural correction are at most { $max } characters each, not { $count }
refuse-why-not-due = the 5 whys are not needed for this complaint: a root-cause analysis comes with { $needed } complaints in one category, or with a case that calls for it
refuse-why-enough = you already asked why { $max } times; now record the lesson learned
refuse-why-empty = write an answer to the why question
refuse-why-too-long = an answer to the why question is at most { $max } characters, not { $count }
say-let-finish = (you let the customer finish in peace)
say-nothing-to-add = No, that was all.
say-interrupt = (you interrupt the customer)
say-receipt-confirmed = Acknowledgement of receipt sent, referring to order { $order }.
say-owner = You own this complaint.
say-check = Investigation: { $check }
say-check-nothing = Nothing out of the ordinary there.
say-classified = Complaint classified in the case file.
say-offer = I can offer you { $offer }.
say-offer-when = I can offer you { $offer }; it will be done by { $when }.
say-offer-accepted = That is a good solution, thank you.
say-offer-on-top = That as well? I did not expect that, thank you.
say-offer-accepted-reluctantly = Well, all right then.
say-offer-refused = That is no use to me.
say-escalate = I am taking this to the { $role }.
say-escalation-unneeded = You could have handled this yourself; the customer has now waited for nothing.
say-management-notified = The board has been told about the risk.
say-status-update = I will contact you again by { $when } with an update.
say-execute-blocked = Cannot carry out: { $offer } is beyond your authority and was not approved.
say-execute-blocked-reply = You promised! And now suddenly it is not possible?
say-executed = Carried out: { $offer }, completed { $when }.
say-follow-up = I am calling to check: has everything been resolved to your satisfaction?
say-closed = Case closed.
say-csat = CSAT survey sent { $sent }; answer { $answered }: { $csat } out of 5.
say-senior = A senior colleague called the customer back.
say-lesson = Lesson learned recorded.
why-first = 5 whys (at most { $max }). The symptom: { $symptom } Why did that happen?
why-next = Why { $n }: and why is that so: "{ $answer }"?
say-wait = { $duration } pass.

## Judging offers
judge-grounded-direct = a justified complaint calls for direct action that fully solves the problem
judge-grounded-partial = for a justified complaint a partial compensation is meagre; the customer is entitled to a full solution
judge-grounded-no-solution = for a justified complaint an explanation alone is no solution
judge-doubtful-everything = for a doubtful complaint this gives away too much without proof
judge-doubtful-partial = a doubtful complaint calls for a partial solution after a clear explanation
judge-doubtful-advice = for a doubtful complaint an explanation alone is too little; offer something too
judge-unfounded-alternative = an unfounded complaint calls for an alternative or compromise after a factual explanation
judge-unfounded-gives-in = this rewards an unfounded complaint with money or a new product; explain the facts and offer an alternative

## Points
item-sla-met = { $what } in time: { $actual } (deadline { $deadline })
item-sla-late = { $what } late: { $actual } (deadline { $deadline })
item-sla-missing = { $what } never done (deadline { $deadline })
item-let-finish = you let the customer finish before responding
item-let-finish-after-interrupt = you let the customer finish, but only after interrupting
item-no-let-finish = you never let the customer finish
item-interrupted = you interrupted the customer; that feels like not being taken seriously
item-no-open-question = you asked no good open question; that is how you get the full context
item-no-summary = you did not summarize the complaint; so the customer cannot tell whether you understood
item-summary-before-listening = you summarized before you had listened
item-no-empathy = you showed no understanding for the customer's inconvenience
item-checked = investigated before judging: { $check }
item-checked-late = { $check } only investigated after your verdict
item-not-checked = not investigated: { $check }; without it your verdict is a guess
item-not-classified = you did not classify the complaint
item-classified-right = { $field } right: { $value }
item-classified-wrong = { $field } wrong: you said { $given }, it is { $value }
item-grounded-direct = you offered a solution straight away, without explaining the problem away
item-grounded-not-direct = a justified complaint calls for direct action, not excuses
item-explained-first = the complaint is { $verdict }: you first explained clearly what you found
item-explained-weakly = you explained first, but not clearly enough
item-explained-late = you explained only after your offer; when a complaint is { $verdict }, the explanation comes first
item-not-explained = when a complaint is { $verdict }, first explain clearly and factually what you found
item-no-offer = you offered no solution
item-offer-judged = { $offer }: { $reason }
item-offer-when = you said exactly when it will be done: by { $when }
item-offer-no-when = you did not say when the solution will be done
item-alternatives = you offered more than one solution, so the customer could choose
item-no-alternatives = you offered only one option; give the customer a choice where you can
item-alternatives-wrong = you offered { $count } solutions, but { $wrong ->
    [one] one of them was
   *[other] { $wrong } of them were
} wrong: the customer had { $usable ->
    [0] no usable choice
    [one] only one usable option
   *[other] { $usable } usable options
}
item-offer-also = you also offered { $offer } ({ $rating }): { $reason }
item-offer-also-wrong = you also offered { $offer }, and that is wrong: { $reason }
item-within-authority = everything you offered was within your authority
item-offer-before-listening = you offered a solution before you had listened
item-offer-before-analyzing = you promised something before analyzing the complaint
item-no-escalation-needed = rightly handled yourself: there was no reason to escalate
item-escalation-unneeded = escalated without need: that slows the customer down
item-escalation-missing = not escalated, although it was required ({ $triggers })
item-escalated = escalated in time ({ $triggers }): { $actual } (deadline { $deadline })
item-escalated-late = escalated late ({ $triggers }): { $actual } (deadline { $deadline })
item-decision-late = the team lead's decision only came { $actual } (deadline { $deadline }); escalate within office hours
item-c-level-missed = with a reputational risk the board must know at once (deadline { $deadline })
item-not-executed = you did not carry out the agreed solution
item-nothing-to-execute = there was nothing to carry out: the customer accepted no solution
item-execution-blocked = the solution could not be carried out: you promised something beyond your authority
item-executed = carried out: { $offer }, done { $when }
item-promise-kept = promise kept: done { $actual } (promised by { $deadline })
item-no-promise = carried out, but no term was promised to check it against
item-no-follow-up-possible = no follow-up possible without a carried-out solution
item-status-update-missing = no direct solution, and the customer did not hear when you would be in touch again: give a status update with an exact date and time before you offer anything
item-contact-missed = you promised contact by { $deadline } and did not keep to it
item-closed = case closed { $when }
item-not-closed = the case was left open
item-csat-sent = CSAT survey sent at the right moment: { $actual }
item-csat-missing = no CSAT survey sent
item-senior-missing = CSAT { $csat }: a senior colleague should have called the customer back (deadline { $deadline })
item-no-lesson = no lesson learned recorded
item-root-cause = the root cause names the one at the bottom of the chain: "{ $quote }"
item-root-cause-partly = the root cause names only part of it ({ $named } of { $of }: "{ $quote }"); the root cause: { $expected }
item-root-cause-on-the-way = the root cause names a cause on the way ("{ $quote }"), not the root: { $expected }
item-root-cause-missed = the root cause is not named; it is: { $expected }
item-correction-tackles = the correction tackles the root cause: "{ $quote }"
item-correction-on-the-way = the correction tackles a cause on the way ("{ $quote }"), not the root
item-correction-misses = the correction does not tackle the root cause ({ $expected })
item-correction-owner = the correction has an owner: "{ $quote }"
item-correction-no-owner = the correction names no owner: who carries it out (a role, team or department)?
item-correction-date = the correction has a date or term: "{ $quote }"
item-correction-no-date = the correction names no date or term: when is it done?
item-lesson-vague = vague: "{ $quote }" does not say what changes, who does it and when
item-why-none = no 5 whys done, though this case needed them; the chain: { $chain }
item-why-summary = 5 whys from "{ $symptom }": { $found } of { $total } causes found
item-why-found = why { $n }: "{ $quote }" finds the cause: { $link }
item-why-found-root = why { $n }: "{ $quote }" finds the root cause: { $link }
item-why-missed = not found: { $link }
item-why-missed-root = root cause not found: { $link }

## Violations
viol-late = { $what } late
viol-missing = { $what } missing
viol-promise = promised term not met
viol-contact = promised contact moment missed
viol-escalation-missing = escalation required ({ $triggers }), but not done
viol-escalation-unneeded = escalated without a reason
beyond-amount = { $offer } is above your authority of { $limit }: escalate to the { $next } first
beyond-percent = { $offer } is above your authority of { $limit }%: escalate to the { $next } first
beyond-out-of-stock = you may not promise a replacement that is out of stock yourself: escalate to the { $next } first
beyond-other = you may not promise { $offer } yourself: escalate to the { $next } first
what-acknowledgement = acknowledgement of receipt
what-owner = owner assigned
what-solution = solution carried out
what-first-response = first response
what-escalation-report = report to the team lead
what-escalation-decision = team lead's decision
what-c-level = notice to the board
what-follow-up = follow-up after execution
what-csat = CSAT survey
what-status-update = status update with an exact date and time
what-senior = follow-up by a senior

## Rules
rule-listen-let-finish = listen: let the customer finish, or read the whole message
rule-listen-no-interrupting = listen: do not interrupt, do not answer before reading it all
rule-listen-open-questions = listen: open questions
rule-listen-summary = listen: summarize
rule-acknowledge-empathy = acknowledge: empathy, no blame or defensiveness
rule-analyze-investigate = analyze: investigate before judging
rule-analyze-classify = classification
rule-verdict-sequence = sequence per verdict
rule-offer-solution = solution suited to the verdict
rule-offer-clear-when = solution with a clear what and when
rule-offer-alternatives = several solutions
rule-authority = authority
rule-escalation-triggers = escalate when there is a reason, and only then
rule-order-steps = order of the steps
rule-execute-carry-out = carry out what was promised
rule-execute-on-time = at the promised time
rule-follow-up-close = close the case
rule-improve-lesson = lesson learned
rule-improve-root-cause = root cause and correction
rule-improve-why = The chain of causes followed (5 whys)
rule-sla-acknowledgement = SLA acknowledgement
rule-sla-owner = SLA owner
rule-sla-first-response = SLA first response
rule-sla-solution = SLA solution
rule-sla-escalation-report = SLA escalation report
rule-sla-escalation-decision = SLA escalation decision
rule-sla-c-level = SLA board notice on reputational risk
rule-sla-follow-up = follow-up
rule-sla-status-update = status update with an exact moment
rule-sla-csat-survey = CSAT survey
rule-sla-csat-follow-up = follow-up on a low CSAT

## Debrief
debrief-title = Debrief: { $title }
debrief-clock = Simulated time: { $start } to { $end }
debrief-overall = Overall score: { $score } out of 100
debrief-csat = Customer satisfaction (CSAT): { $csat } out of 5
debrief-csat-not-collected = Customer satisfaction (CSAT): not measured, because no survey was sent.
debrief-violations = Violations ({ $count }):
debrief-no-violations = No SLA or authority violations.
debrief-deadline-actual = deadline: { $deadline }; actual: { $actual }
debrief-at = at: { $actual }
debrief-consequences = What this can cost in real life:
debrief-model = A model handling would have looked like this:
consequence-trust = lost trust and loyalty of the customer
consequence-reviews = a higher chance of negative online reviews
consequence-revenue = lost future revenue
consequence-word-of-mouth = negative word of mouth
consequence-legal = legal consequences of promises that do not hold

## SLA overview
day-monday = Monday
day-tuesday = Tuesday
day-wednesday = Wednesday
day-thursday = Thursday
day-friday = Friday
day-saturday = Saturday
day-sunday = Sunday
hours-days = { $from } to { $to }
hours-two = { $first } and { $second }
hours-open = { $days } { $open }–{ $close }
hours-closed = { $days } closed
hours-more = { $first }; { $rest }
sla-bad-moment = cannot read the moment "{ $value }"; write for example 2026-11-20T16:45
sla-bad-priority = unknown priority "{ $value }"; choose critical, high or normal
sla-header = Complaint received { $received } (policy: { $policy })
sla-holiday = Note: this is a public holiday ({ $holiday }).
sla-outside-hours = Received outside office hours: targets in working days and in office hours count from { $start }.
sla-row-acknowledgement = Acknowledgement of receipt
sla-row-owner = Owner assigned
sla-row-first-response = First response, priority { $priority }
sla-row-solution = Solution carried out, priority { $priority }
sla-hours = Office hours: { $hours }
sla-warning-note = Warning (near breach) as soon as { $percent }% of a term has gone.
sla-col-what = Term
sla-col-target = Target
sla-col-warn = Warning
sla-col-due = Due
sla-paused-header = If the customer answers { $minutes } min later (waiting for the customer, from { $from }), the clock stands still that long:
sla-paused-none = Waiting for the customer from { $from }: no term is running then, the clock need not stand still.
sla-escalation-header = If a reason to escalate is known at receipt (and the report comes at the last moment):
sla-row-escalation-report = Report to the team lead
sla-row-escalation-decision = Team lead's decision
sla-row-c-level = Tell the board of a reputational risk
sla-later-header = Later in the handling:
sla-later-follow-up = follow-up: { $target } after the solution is carried out
sla-later-csat = CSAT survey: between { $from } and { $to } hours after closing
sla-later-senior = CSAT of { $threshold } or lower: follow-up by a senior { $target } after the answer

## Playing in the terminal
tui-bad-key = "{ $value }" is not in the menu; type the number of a line or the letter of an action
tui-cancelled = Cancelled; back to the menu.
tui-other-languages = also show the { $count } case(s) in other languages
tui-interrupted = Interrupted (signal { $signal }): the case counts as abandoned.
tui-welcome = klachtsim — practise complaint handling. Choose a case and handle the complaint; at the end you get a debrief.
tui-ask-name = Your name or pseudonym (for the log; Enter to skip):
tui-ask-group = Your group or class (Enter to skip):
tui-no-cases = No cases were found.
tui-broken-case = { $file } cannot be played ({ $count } error(s)); check it with: klachtsim validate
tui-pick-case = Choose a case ({ $from }–{ $to }; Enter to stop):
tui-case-start = Case: { $title } ({ $channel }), seed { $seed }
tui-status = [{ $now }]  customer's mood { $mood }  your role: { $role }
tui-menu-end = d. done: go to the debrief
tui-other = Other
tui-your-action = Your action (a number or letter from the menu):
tui-choose = Choose ({ $from }–{ $to }; Enter to cancel):
tui-bad-number = "{ $value }" is not a choice; type a number from { $from } to { $to }
tui-bad-amount = "{ $value }" is not an amount; type for example 40 or 39.95
tui-ask-minutes = How many minutes to wait? ({ $from }–{ $to }; Enter to cancel)
tui-ask-contact-hours = In how many hours will you contact the customer again? ({ $from }–{ $to }; Enter to cancel)
tui-ask-csat-hours = How many hours after closing do you send the survey? ({ $from }–{ $to }; Enter to cancel)
tui-ask-senior-hours = How many hours after the CSAT answer does the senior call? ({ $from }–{ $to }; Enter to cancel)
tui-ask-root-cause = Root cause (5 whys):
tui-ask-why = Your answer (Enter cancels):
tui-ask-correction = Structural correction:
tui-ask-offer = Which solution do you offer?
tui-ask-amount = Amount in euro (Enter to cancel):
tui-ask-percent = Discount percentage ({ $from }–{ $to }, for example 15 or 15%; Enter to cancel):
tui-ask-days = Within how many working days will it be done? ({ $from }–{ $to }; 0 = today, Enter = promise nothing)
menu-let-finish = Let the customer finish
menu-interrupt = Interrupt the customer
menu-confirm-receipt = Send an acknowledgement of receipt
menu-take-ownership = Take ownership of the complaint
menu-check = Investigate: { $check }
menu-classify = Classify the complaint
menu-offer = Offer a solution...
menu-escalate = Escalate to the next role
menu-notify-management = Inform the board
menu-status-update = Give a status update with the next contact moment...
menu-execute = Carry out the accepted solution
menu-follow-up = Follow up: contact the customer after execution
menu-close = Close the case
menu-send-csat = Send the CSAT survey...
menu-senior = Have a senior call back...
menu-why = 5 whys: dig down to the root cause...
game-why-answer = Answer this why
menu-lesson = Record the lesson learned...
menu-wait = Wait...
offer-kind-replacement = replacement
offer-kind-refund = refund
offer-kind-discount = discount
offer-kind-voucher = voucher
offer-kind-repair = free repair
offer-kind-advice = advice and explanation
offer-kind-compromise = compromise

## Log
log-written = Result saved in the log: { $file }
log-failed = The result could not be saved in the log ({ $file }): { $error }. Your result above stands; earlier lines of the log were not touched.
log-read-only = the file or folder is read-only ({ $error })
log-disk-full = the disk is full ({ $error })
log-not-found = the log does not exist ({ $error })
log-io = reading or writing failed ({ $error })
log-torn-line = incomplete last line (probably a crash while writing); skipped
log-damaged-line = damaged line; skipped
log-more-warnings = … and { $count } more skipped line(s)
log-binary = this is not a log: the file does not start with a record (is it an image, a spreadsheet or a report?)
log-is-directory = this is a folder, not a log
log-line-too-long = line longer than { $limit } MB: this is not a record; skipped
log-newer-schema = line from a newer version of klachtsim (schema { $version }); skipped
log-nul-bytes = NUL bytes in this line (probably a power cut while writing); skipped, what stands before and after them was read on its own
log-same-file = the same file as { $file }; read once
log-duplicates = { $count } session(s) had already been read (a copy of a log or session file, or twice in one file); counted once
log-unknown-action = action { $index } ({ $name }) is unknown to this version of klachtsim (written by a newer version?); cannot be re-scored

## Trainers' overview
review-title = Complaint-handling overview: { $sessions } session(s), abandoned: { $abandoned }
review-none = No sessions match the filters.
review-kpis = Key performance indicators (KPIs)
review-col-kpi = KPI
review-col-value = value
review-col-target = target
review-alert = { $kpi } is { $value }; the target is { $target }
review-trainees = Per trainee
review-col-trainee = trainee
review-col-group = group
review-col-sessions = sessions
review-col-overall = overall
review-col-trend = first → last
review-col-csat = CSAT
review-col-weakest = weakest step
review-steps = Mean score per step
review-col-who = who
review-everyone = everyone
step-listen-short = listen
step-acknowledge-short = ackn.
step-analyze-short = anal.
step-offer-short = offer
step-execute-short = exec.
step-follow-up-short = follow
step-improve-short = impr.
review-scenarios = Per case
review-col-scenario = case
review-col-common-violation = most common violation
review-weeks = Week by week
review-col-week = week
review-recent = The 5 most recently closed cases (for the weekly feedback session)
review-col-ended = closed
review-col-violations = violations
review-violations = Most common violations
review-violations-more = … and { $count } { $count ->
    [one] other violation
   *[other] other violations
}
review-col-rule = rule
review-col-count = count
review-lessons = Lessons learned by category
review-rca-due = { $count } complaints: root-cause analysis (5 whys) due
review-rca-not-due = { $count } complaint(s); root-cause analysis from { $needed }
review-col-first = first score
review-col-last = last score
review-col-scenario-id = case id
review-col-started = started
review-col-status = status
review-col-within-sla = within SLA
review-col-first-response-hours = first response (hours)
review-col-escalated = escalated
yes = yes
no = no
status-finished = finished
status-abandoned = abandoned
review-written = Overview written to { $file }
review-write-failed = Could not write { $file }: { $error }
xlsx-sheet-kpis = KPIs
xlsx-sheet-trainees = Per trainee
xlsx-sheet-steps = Per step
xlsx-sheet-scenarios = Per scenario
xlsx-sheet-weeks = Per week
xlsx-sheet-recent = Recently closed
xlsx-sheet-sessions = Sessions
xlsx-sheet-violations = Violations
xlsx-sheet-lessons = Lessons learned
xlsx-col-category = category
xlsx-col-complaints = complaints
xlsx-col-rca-due = root-cause analysis due
xlsx-col-recorded = times recorded
xlsx-col-by = by
xlsx-col-root-cause = root cause
xlsx-col-cause = kind of cause
xlsx-col-correction = correction
review-xlsx-needs-out = A spreadsheet (--format xlsx) is not text for the screen: name the file with --out, for example --out overview.xlsx
review-xlsx-failed = Could not make the spreadsheet: { $error }
review-anonymous = anonymous
review-missing-log = { $file } does not exist. Give the right path, or use --skip-missing to skip missing logs.
review-skipped-missing = { $file } does not exist; skipped (--skip-missing)
review-out-is-input = Not written: { $file } is the same file as the log { $log }, which would be lost. Choose another name for --out.
kpi-first-response = Mean time to first response
kpi-resolution = Mean resolution time
kpi-within-sla = Within SLA
kpi-csat = Mean CSAT
kpi-passed = Share passed
kpi-mean-score = Mean overall score
kpi-pass-from = passed from { $score }
kpi-near-breach = Near breach
kpi-counts-mean-score = all sessions, abandoned ones too
kpi-counts-near-breach = all sessions; an SLA term met only after its warning, or still open past it at the end
review-col-near-breach = near breach
review-empty = The log is empty: it holds no session yet.
review-col-csat-n = CSAT n (surveys)
review-col-escalation-judged = escalation judged
review-escalation-right = right
review-escalation-unneeded = unneeded
review-escalation-missed = missed
review-abandoned-count = abandoned: { $count }
review-working-days = { $days } working days
review-escalation-split = unneeded { $unneeded }, missed { $missed }
review-col-n = n
review-col-counts = counts
review-col-abandoned = abandoned
review-col-passed = passed
review-col-resolution-working-hours = resolution (working hours)
kpi-escalation = Escalation right
kpi-abandoned = Abandoned sessions
kpi-counts-first-response = finished sessions with a first response
kpi-counts-resolution = finished, closed sessions; working time by the policy's business hours and holidays
kpi-counts-within-sla = all sessions; an abandoned session is never within SLA
kpi-counts-csat = finished sessions in which a survey was sent and answered
kpi-counts-escalation = finished sessions, judged against what the case required
kpi-counts-passed = all sessions; an abandoned session never passes
kpi-counts-abandoned = all sessions; the customer was not helped
review-about-files = Source files
review-about-filters = Filters
review-about-no-filter = none
review-about-period = Period
review-about-all-dates = all dates
review-about-range = from { $from } to { $to }
review-about-covered = sessions from { $from } to { $to }
review-about-nothing-covered = no sessions in this period
review-about-read = Read
review-about-read-value = { $read } session(s) read; { $skipped } line(s) skipped

## Replay
replay-who = { $trainee } ({ $group }), { $scenario }, { $when }
replay-overall = overall { $old } → { $new }
replay-step = { $step } { $old } → { $new }
replay-new-violation = new violation: { $rule }
replay-gone-violation = violation gone: { $rule }
replay-missing = the scenario { $id } no longer exists; cannot be re-scored
replay-refused = action { $index } is no longer possible: { $reason }
replay-scenario-changed = the scenario has changed since
replay-unchanged = unchanged
replay-summary = { $same } unchanged, { $changed } changed, { $failed } could not be re-scored

## The game
game-window-title = klachtsim — practise complaint handling
game-title = klachtsim
game-intro = Practise handling complaints: listen, acknowledge, investigate, offer a solution, carry it out and follow up. At the end you see, step by step, what went well and what could be better.
game-name = Name or pseudonym
game-name-hint = for example Sam or S.J.
game-group = Group or class
game-group-hint = for example HA2B
game-language = Language
game-mode = How do you want to practise?
game-mode-single = One case
game-mode-single-text = Choose a case and take the time you need.
game-mode-classroom = Pair role-play (20:00)
game-mode-classroom-text = As in the lesson: three complaints (grounded, doubtful, unfounded), taking turns as customer and employee, with an observation sheet. 20 minutes in all.
game-mode-monthly = Monthly training
game-mode-monthly-text = The team lead's plan for this month: the 30-second drill, two or three cases with a short debrief each, and your lesson learned. One clock for it all.
game-continue = Continue
game-privacy = Your name and group only go into the log for your trainer; feel free to use a pseudonym.
game-back = ← Back
game-choose-title = Choose a case
game-filter-channel = Channel:
game-filter-difficulty = Difficulty:
game-filter-other-languages = also cases in other languages
game-filter-search = Search:
game-all = all
game-no-cases = No cases match these filters.
game-play = Start
game-broken-case = { $file } cannot be played: the file has errors
game-bad-amount = "{ $value }" is not an amount; type for example 40 or 39.95
game-amount-over-price = you cannot refund more than the customer paid ({ $price })
game-bad-percent = "{ $value }" is not a percentage from { $from } to { $to }
game-bad-days = "{ $value }" is not a number of working days ({ $from } to { $to })
game-bad-number = "{ $value }" is not a whole number from { $from } to { $to }
game-pick = choose…
game-pick-offer = choose an offer first
audit-title = { $id } (pass mark { $pass })
audit-strategy-first = always the first option
audit-strategy-longest = always the longest option
audit-strategy-random = random
audit-strategy-silent = silent (not one line)
audit-strategy-wrong-verdict = careful, wrong verdict
audit-random = mean { $mean }, highest { $max } ({ $passes } of { $seeds } passed)
audit-no-flags = no flags
audit-flag-passes = { $strategy } reaches the pass mark ({ $score })
audit-flag-random-passes = random clicking passes in { $passes } of { $seeds } runs
audit-flag-options = moment { $moment } has { $count } options; a real choice has 3 to 5
audit-flag-no-good = moment { $moment } has no good option
audit-flag-no-wrong = moment { $moment } has no weak or wrong option: there is nothing to choose
audit-flag-no-moment = line { $line } belongs to no moment of the conversation (add `moment:`)
audit-flag-vague-offer = { $kind } is not concrete: give it one or more concrete offers (`id` and `text`)
audit-summary = { $count } cases audited, { $flagged } with flags, { $broken } file problems
audit-correction = Change the way of working so that this does not happen again.
game-timer-ack = Acknowledgement
game-timer-owner = Owner
game-timer-first-response = First response
game-timer-decision = Team lead's decision
game-timer-promise = Promise
game-timer-contact = Next contact
game-timer-follow-up = Follow-up
game-timer-csat = CSAT survey
game-timer-senior = Senior call-back
game-finish = Done: debrief
game-pause = Pause
game-time-left = { $time } left
game-sim-clock = The simulated clock: every action takes time
game-countdown = Time left in the exercise
game-shortcuts = Shortcuts: U let finish · B acknowledge receipt · E take ownership · X execute · N follow up · F1 cheat sheet · Esc pause · F10 debrief
game-case-file = Case file
game-order = Order
game-received = Received
game-your-role = Your authority: { $role }
game-your-classification = Your classification
game-paused = Paused
game-paused-text = The clock has stopped. What you did so far is kept.
game-resume = Resume
game-stop-case = Stop and debrief
game-days = Done within (working days):
game-make-offer = Offer
game-status-update = Status update, next contact in
game-hours = hours
game-send = Send
game-csat-after = CSAT survey, hours after closing:
game-senior-after = Senior calls back, hours after CSAT:
game-do = Do
game-next-case = Next case →
game-other-case = Another case
game-again = Play again
game-log-failed = The result could not be saved in the log: { $error }
game-lrs-sending = Sending to the class's learning record store…
game-lrs-sent = Also sent to the class's learning record store ({ $url }).
game-lrs-stopped = Not sent to the learning record store: { $why }. The result is in the log; "klachtsim review --send-xapi" sends it later.
game-trainer-open = Trainers' overview
game-trainer-no-log = No log is set; start klachtsim with --log FILE or --log FOLDER/
game-trainer-sessions = Sessions
game-filter-group = Group:
game-refresh = Refresh

## Template drill
drill-template = Dear [customer name], thank you for your message about order [order number]. [one sentence of empathy] We will solve this [within … working days, or today]. [one concrete next step]
drill-name-right = the customer's name is right
drill-name-wrong = the customer's name is wrong (it is { $expected })
drill-order-right = the order number is right
drill-order-wrong = the order number is wrong (it is { $expected })
drill-term-right = the term is right: { $days ->
        [0] today
       *[other] { $days } working day(s)
    }
drill-term-too-short = { $given } working day(s) is shorter than feasible ({ $days }): a promise you cannot keep
drill-term-long = { $given } working day(s) is longer than needed ({ $days ->
        [0] today
       *[other] { $days }
    })
drill-term-missing = no term filled in; { $days ->
        [0] say it will be sorted out today
       *[other] give the number of working days ({ $days })
    }
drill-too-slow = too slow: { $seconds } seconds (the goal is 30)
drill-in-time = in time: { $seconds } seconds
rule-drill-fields = template: variable fields
rule-drill-empathy = template: one sentence of empathy
rule-drill-next-step = template: one concrete next step
rule-drill-time = template within 30 seconds
game-drill-open = Template drill (30 s)
game-drill-title = Template drill: make the first reply personal
game-drill-intro = Fill in the fields for this customer and add one sentence of empathy and one concrete next step. You have 30 seconds.
game-drill-name = Customer's name
game-drill-order = Order number
game-drill-term = Expected term
game-drill-empathy = One sentence of empathy
game-drill-next = One concrete next step
game-drill-submit = Done
game-drill-close = Close
game-drill-seconds = { $seconds } s
game-drill-score = Template drill: acknowledge { $acknowledge }/100, offer { $offer }/100

## Command line
cli-about = klachtsim: practise complaint handling
cli-after-help = Without a command, klachtsim opens the simulator window. More about a command: klachtsim COMMAND --help
cli-usage = Usage
cli-commands = Commands
cli-arguments = Arguments
cli-options = Options
cli-help = Print this help
cli-version = Print the version
cli-game = Open the simulator window (what klachtsim without a command does)
cli-tour = Walk every screen with a demo case, save a PNG of each, and exit
cli-validate = Check scenario, policy and script files (folders are searched)
cli-audit = Item analysis for authors: naive strategies (first option, longest option, random, silent, careful but wrong verdict) play every case; exit code 1 when one passes or a decision has too few or no plausible wrong options
cli-play = Play a case: in the terminal, or with the actions of a script file
cli-play-after-help =
    In the terminal you pick a line of the conversation by its number (1, 2, ...) and an action by its fixed letter, the same in every case: u let finish, o interrupt, b g h v i checks (order, warranty, history, stock, inspection), a classify, r confirm receipt, n take ownership, t status update, e escalate, m inform management, p offer a solution, x carry out, f follow up, z close, y CSAT survey, j senior's call, l record the lesson, w wait; d to the debrief, c cheat sheet. A bad answer is asked again; Enter cancels a question. The list shows the cases in your language; a shows the others too. Ctrl-C (or SIGTERM, SIGHUP) stops the case: it counts as abandoned, you get the debrief and it goes into the log.
cli-review = The trainers' overview: per trainee, step, case and week
cli-replay = Re-score logged sessions under the current policy (or another) and show what changed
cli-sla = Print every deadline of a complaint received at a given moment
cli-arg-lang = Language of all output
cli-arg-scenarios = Folder of cases (default scenarios/)
cli-arg-log = The log: a JSON Lines file, or a folder with a file per session (for a shared folder; end a new folder's name with /); default KLACHTSIM_LOG, else lessen.jsonl in your data folder
cli-arg-no-log = Write nothing to the log
cli-arg-trainee = The trainee's name or pseudonym (else the script's)
cli-arg-group = The trainee's group or class
cli-arg-tour-out = Folder for the PNG files
cli-arg-paths = Files or folders; without: the folder of cases
cli-arg-script = The script (RON) with the case, the seed and the actions, or a whole monthly training sitting (Sitting); without it you play in the terminal
cli-arg-json = Print the debrief as JSON
cli-arg-audit-json = Print the result as JSON
cli-arg-transcript = Also print the conversation
cli-arg-seed = Use this seed instead of the script's
cli-arg-policy = Use this policy instead of the case's
cli-arg-sla-policy = A policy file; else the cases' policy.ron or the built-in rules
cli-arg-review-policy = The policy with the KPI targets; else the cases' policy.ron
cli-arg-received = Moment of receipt, e.g. 2026-11-20T16:45 or "2026-11-20 16:45"
cli-arg-priority = critical, high or normal; without: all three
cli-arg-logs = Logs (files or folders); without: the default log
cli-arg-sla-waiting = Minutes the case waits for the customer from the start of work; shows which terms stand still then (0: do not show)
cli-arg-skip-missing = Skip log files that do not exist (with a warning) instead of stopping
cli-arg-review-group = Only this group or class
cli-arg-replay-group = Only this group or class
cli-arg-review-trainee = Only this trainee
cli-arg-replay-trainee = Only this trainee
cli-arg-scenario = Only this case (id)
cli-arg-from = Only sessions from this date (YYYY-MM-DD)
cli-arg-to = Only sessions up to this date (YYYY-MM-DD)
cli-arg-format = The form of the overview
cli-metavar-category = CATEGORY
cli-metavar-cause = CAUSE
cli-metavar-channel = CHANNEL
cli-metavar-file = FILE
cli-metavar-format = FORMAT
cli-metavar-show = SCREEN
cli-metavar-lexicon = FOLDER
cli-metavar-xapi-tries = TRIES
cli-metavar-xapi-batch = COUNT
cli-metavar-url = URL
cli-metavar-from = FROM
cli-metavar-group = GROUP
cli-metavar-id = ID
cli-metavar-lang = LANG
cli-metavar-minutes = MINUTES
cli-metavar-nature = NATURE
cli-metavar-out = FILE
cli-metavar-policy = POLICY
cli-metavar-priority = PRIORITY
cli-metavar-received = RECEIVED
cli-metavar-scenario = SCENARIO
cli-metavar-scenarios = FOLDER
cli-metavar-script = SCRIPT
cli-metavar-seed = SEED
cli-metavar-title = TITLE
cli-metavar-to = TO
cli-metavar-trainee = TRAINEE
cli-metavar-verdict = VERDICT
cli-metavar-logs = LOGS
cli-metavar-paths = PATHS
cli-usage-options = [OPTIONS]
cli-usage-command = [COMMAND]
cli-possible-values = Possible values
cli-default = default
cli-env = environment variable
cli-value-format-table = tables for the terminal
cli-value-format-csv = one row per trainee, for Excel or LibreOffice
cli-value-format-csv-sessions = one row per session, for Excel or LibreOffice
cli-value-format-html = a self-contained report with charts
cli-value-format-xapi = xAPI statements (JSON)
cli-value-format-xlsx = a spreadsheet with one sheet per table (needs --out)
cli-value-lang-nl = Dutch
cli-value-lang-en = English
cli-value-show-start = the start screen
cli-value-show-desk = the desk with the first case
cli-value-show-trainer = the trainer screen
cli-arg-review-out = Write to this file instead of the screen

## klachtsim new
new-ask-title = Title of the case (for example "Button of new blouse came off after one day"):
new-default-title = New case
new-ask-term = { $field } ({ $choices }) [{ $default }]:
new-ask-public = Is the complaint public, so everyone can see it (y/n)? [n]:
new-not-understood = I do not know "{ $value }"; choose from: { $choices }
new-bad-value = { $field } "{ $value }" is unknown; choose from: { $choices }
new-bad-id = "{ $id }" cannot be an id: use lower-case letters, digits and dashes, for example gstar-button-loose
new-exists = { $file } already exists; choose another file with --out or overwrite it with --force
new-id-taken = the id "{ $id }" is already used in { $file }; choose another with --id
new-cannot-write = cannot write { $file }: { $error }
new-written =
    { $file } is written. Now replace every text in [square brackets] and check the file with:
        { $command } validate { $file }
cli-new = Write a new case as a commented skeleton, from a few questions or options
cli-arg-title = The title of the case
cli-arg-id = The id (lower-case letters, digits, dashes); made from the title otherwise
cli-arg-verdict = justified, doubtful or unfounded
cli-arg-channel = phone, email, social-media, web-form or store
cli-arg-category = product, delivery, communication, price or staff
cli-arg-cause = One of the eight causes of the lesson, e.g. mistake or force-majeure
cli-arg-nature = objective or subjective
cli-arg-new-priority = critical, high or normal
cli-arg-public = The complaint is public (a post, the press): a reputational risk
cli-arg-new-received = When the complaint comes in, e.g. "2026-11-20 16:45"; today 10:00 otherwise
cli-arg-new-out = The file to write; scenarios/<id>.ron otherwise
cli-arg-force = Overwrite the file if it exists
cli-arg-no-questions = Ask nothing: take the defaults for what the options leave open
cli-arg-coverage = Also show which verdicts, categories, channels, priorities and causes the valid cases cover, and which are missing
cli-no-game = This build of klachtsim has no window (it was built without the "game" feature); use the terminal commands, for example klachtsim play.
cli-write-failed = Could not write the output: { $error }
cli-arg-exit-after-first-frame = Close again as soon as the first frame is drawn (for the start-up benchmark)
cli-arg-empty = Only the window with Bevy's and egui's plugins, without klachtsim (the benchmark's baseline)
cli-arg-show = Open straight at this screen: start, desk or trainer (for the idle measurement in benches/)
cli-arg-cmi5 = A learning environment's launch link (cmi5): each case then goes to that environment's LRS the cmi5 way

## Knock-outs: what fails a case whatever else went well
knockout-title = Not passed, whatever else went well:
knockout-verdict = Your verdict was { $given }, but this complaint is { $truth }. With the wrong verdict the solution no longer fits: the customer gets too much or too little.
knockout-no-verdict = You gave no verdict; this complaint is { $truth }. Without a verdict you cannot know which solution fits.
knockout-capped = Your steps together were worth { $score } points; because of this mistake the case counts as not passed, and your score is scaled to below the pass mark: { $capped } out of 100.
knockout-solution = The solution does not fit this complaint ({ $offer }): { $reason }
knockout-skipped-listen = You did not listen: not one question and no summary. Without the whole story you do not know what is wrong.
knockout-skipped-acknowledge = You never acknowledged the customer's problem. A confirmation of receipt is administration, not acknowledgement.
knockout-skipped-analyze = You investigated nothing: not the order, the warranty or the product. A verdict without investigation is a guess.
knockout-skipped-execute = The customer accepted your solution, but you never carried it out. A promise you do not keep is worse than no promise.
knockout-skipped-follow-up = After carrying out the solution you never contacted the customer again: you do not know whether the problem is really solved.
knockout-conversation = The conversation went wrong: { $wrong } of the things you said worked against you (blame, minimising, a wrong summary, a solution before listening) and only { $usable } helped. The customer no longer trusts you, whatever you offer next.
knockout-escalation = This complaint had to go to the team lead and you did not escalate it. What is beyond your authority, a public risk or a repeat complaint is not yours to settle alone.
knockout-unexplained-doubtful = You offered a solution without first explaining what you found and what is uncertain. In a doubtful complaint that explanation is the heart of it: without it the customer does not understand why they get a partial solution.
knockout-unexplained-unfounded = You offered a solution without first calmly explaining the facts. In an unfounded complaint that explanation is the heart of it: without it any alternative feels like being fobbed off.
knockout-safety = This is a safety incident, but this was left undone: { $duties }. With a dangerous product (to children above all) you stop the sale, tell the board, report it to the NVWA and check whether a recall is needed: money back for this one customer does not protect the other buyers.
duty-stop-sale = stopping the sale
duty-inform-c-level = telling the board
duty-report-nvwa = reporting it to the NVWA
duty-check-recall = checking whether a recall is needed
law-withholds-remedy = the product has a defect, and then the customer is owed repair or replacement (failing that: a lower price or the money back). That is the legal guarantee; it stands beside the commercial warranty and does not end when that has expired.
law-withholds-presumed = the defect showed within { $months } months of delivery. The law then presumes it was there at delivery, unless the shop proves otherwise: advice alone refuses what the customer is owed.

## Debrief: why this verdict, and the sequence that goes with it
path-why-title = Why this complaint is { $verdict }
path-why-grounded = What the customer reports is true, and the cause lies with the product or with us. The customer is entitled to a solution, without argument.
path-why-doubtful = The investigation does not settle it: part of the complaint is right, but not everything is certain or down to us (with a product, the cause may also lie in how it was used). Explain honestly what is established and what is not, and find a fair, partial solution together.
path-why-unfounded = The investigation shows that the cause does not lie with the product or with us. The customer is not entitled to compensation; explain the facts calmly and offer an alternative or a compromise.
path-facts = The facts from the investigation:
path-fact = { $check }: { $finding }
path-sequence-grounded = The sequence for a justified complaint, and what you did
path-sequence-doubtful = The sequence for a doubtful complaint, and what you did
path-sequence-unfounded = The sequence for an unfounded complaint, and what you did
path-listen = Listen and understand
path-acknowledge = Acknowledge the problem and show empathy
path-analyze = Investigate and establish the cause
path-communicate = Say clearly what you found
path-communicate-facts = Explain the facts clearly and matter-of-factly
path-offer-grounded = Offer a solution
path-offer-doubtful = Offer a partial solution
path-offer-unfounded = Offer an alternative or a compromise
path-execute = Carry out the solution
path-follow-up = Contact the customer afterwards
path-document-follow-up = Record everything and contact the customer afterwards
path-improve = Improve the internal processes
path-missing = not done
path-early = { $time }, too early: before a step that comes first
path-missed = Missed, in this order: { $moves }

## What the overall score is made of
debrief-parts = Decisions { $decisions } of { $most } ({ $list }); carrying out the steps { $conduct } of { $rest }
debrief-part = { $name } { $points }/{ $max }
decision-verdict = verdict
decision-classification = classification
decision-solution = solution
decision-escalation = escalation
decision-sla = deadlines
## Spiekkaart
card-title = Cheat sheet
card-intro = This company's rules (policy: { $policy }). Looking costs no time and no points.
card-open = Cheat sheet
card-close = Close
card-keys = F1 or Esc closes the card.
card-terms-title = Within what time
card-col-what = What
card-col-term = Term
card-col-from = From
card-from-receipt = receipt
card-from-trigger = reason known
card-from-report = report
card-from-execution = carrying out
card-from-closing = closing
card-from-csat = CSAT answer
card-sla-first-response = First response ({ $priority })
card-sla-solution = Solution carried out ({ $priority })
card-sla-warning = Near breach: as soon as { $percent }% of a term has gone, you get a warning. Meet the term all the same.
card-sla-waiting = Waiting for the customer: while you wait for something from the customer (photos, the product), the clock of a running term stands still until the customer answers.
card-sla-follow-up = Follow-up: contact the customer
card-sla-csat = CSAT survey (score 1-5, comment)
card-sla-csat-window = { $from } to { $to } h
card-sla-senior = Senior call-back at CSAT { $threshold } or lower
card-sla-status = No direct solution? At every contact, name an exact date and time for the next contact, and keep to it.
card-sla-clock = A term 'round the clock' runs on, in the evening and at weekends too. A term in office hours runs only while the office is open: for a complaint received outside them it starts at the next opening, and what is left at closing time runs on the next working day. Office hours: { $hours }. Working days are the days the office is open, without public holidays; for a complaint received outside those hours they count from the next opening.
card-authority-title = Who may promise what
card-col-offer = Promise
card-offer-refund = Refund
card-offer-voucher = Voucher
card-offer-discount = Discount
card-offer-replacement-in-stock = Replacement, in stock
card-offer-replacement-out-of-stock = Replacement, out of stock
card-offer-repair = Free repair
card-offer-advice = Advice and explanation
card-offer-compromise = Compromise
card-up-to = up to { $amount }
card-up-to-percent = up to { $percent }%
card-yes = yes
card-no = no
card-any = no limit
card-authority-beyond = More than your role may give? Don't promise it: escalate to your team lead.
card-escalation-title = When to escalate
card-col-trigger = Reason
card-col-when = When
card-trigger-authority = The customer asks for more than you may promise.
card-trigger-reputation = The complaint is public online, the press calls, or a large audience is watching. Tell the board at once too.
card-trigger-repetition = { $count } or more complaints from this customer within { $days } days, this one included.
card-trigger-safety = The product is dangerous, to children above all. Beside the customer's solution: the team lead has the sale stopped, reports it to the NVWA and checks whether a recall is needed. Tell the board at once too.
card-escalation-none = None of these? Don't escalate: it only keeps the customer waiting longer.
card-verdicts-title = The verdict decides the steps
card-meaning-grounded = The customer is right.
card-meaning-doubtful = Cannot be settled at once.
card-meaning-unfounded = The facts do not support the complaint.
card-step-listen = Listen and summarise
card-step-acknowledge = Acknowledge, show empathy
card-step-analyze = Investigate, then judge
card-step-offer-direct = Solve at once, offer a choice
card-step-execute = Carry out as promised
card-step-follow-up = Follow up, ask for feedback
card-step-explain-findings = First say what is certain and what is not
card-step-offer-partial = Offer a partial solution
card-step-explain-facts = Explain the facts calmly
card-step-offer-alternative = Alternative or compromise
card-step-carry-out-document = Carry out, record, follow up
card-step-improve = Record and improve
card-offers-grounded = Solutions: replacement, refund, voucher or free repair.
card-offers-doubtful = Solutions: a partial refund, a discount or an inspection of the item.
card-offers-unfounded = Solutions: help with using it, or a gesture within your authority.
card-acknowledge-not-admit = Acknowledging is not admitting: "I'm sorry this happened" always fits; "That's our mistake" only when { $verdict }.
card-tui-entry = c. cheat sheet: terms, authority, escalation and the steps per verdict (costs nothing)

## The groups at the desk and in the terminal (not the lesson's steps)
group-conversation = Conversation with the customer
group-investigation = Investigation and verdict
group-file = File and arrangements
group-solution = Solution
group-afterwards = Afterwards
group-lesson = Lesson learned

## Listening in a written channel (e-mail, web form, social media)
say-let-finish-written = (you read the whole message calmly, and what was said about it before)
say-interrupt-written = (you answer after the first sentence, without reading the rest)
item-let-finish-written = you read the whole message before answering
item-let-finish-after-interrupt-written = you read the whole message, but only after you had already answered
item-no-let-finish-written = you never read the customer's whole message
item-interrupted-written = you answered before reading the whole message; the customer does not feel read
menu-let-finish-written = Read the whole message
menu-interrupt-written = Answer the first sentence straight away

## Self-assessment: before the score, the trainee rates each step
self-rating-good = good
self-rating-could-be-better = could be better
self-rating-not-done = not done
self-title = Your own view first: { $title }
self-intro = Before you see your score: how did you handle this complaint? Click one answer for each step. Then you will see your view beside the simulator's; where the two differ, there is the most to learn.
self-left = { $count } of the 7 steps still to rate.
self-all-rated = Every step rated.
self-show-score = Show my score →
self-skip = Skip
self-skip-hint = Rather see the score right away? You may skip; your trainer will see that you skipped it.
self-column-step = Step
self-column-own = Your view
self-column-engine = Simulator
self-column-gap = Difference
self-gap-same = matches
self-gap-higher = ▲ you rated it higher
self-gap-lower = ▼ you rated it lower
self-skipped = Self-assessment skipped.
self-summary = Your view and the simulator's: { $same } step(s) the same, { $higher } rated higher, { $lower } rated lower.
self-heading = SELF-ASSESSMENT
self-given = given
tui-self-intro = Before you see your score: how did you do? Rate each step with 1, 2 or 3 (Enter = skip).
tui-self-ask = { $step } — 1 good, 2 could be better, 3 not done:
review-col-self = self-assessment
review-col-self-step = self: { $step }
review-col-self-higher = rated higher
review-col-self-lower = rated lower
review-self-short = self: { $higher } higher, { $lower } lower
review-self-skipped-short = self: skipped
self-legend = Bar: the simulator's score. Beside it your own view: = the same, ▲ rated higher, ▼ rated lower.
self-skipped-short = skipped
warn-placeholder = a text from the template is still here: { $text }
warn-decimal-split = { $value } reads as a range from { $lo } to { $hi } euro
warn-decimal-split-hint = do you mean { $fixed } euro? then write { $name }({ $fixed }, { $fixed }); write a range with a space after the comma, such as { $name }(10.0, 40.0)
validate-warnings = { $count } warning(s); the file works, but is not finished yet:

## A fair debrief: every offer, the lead times, what each classification means
debrief-offers = What you offered ({ $count })
debrief-no-offers = You offered no solution.
offer-review = { $offer } ({ $rating }): { $reason }
offer-review-taken = { $offer } ({ $rating }; the customer took it): { $reason }
offer-review-term = you promised { $days ->
    [0] the same working day
    [one] within 1 working day
   *[other] within { $days } working days
}; by policy { $lead ->
    [0] it can be done the same working day
    [one] it takes 1 working day
   *[other] it takes { $lead } working days
}
offer-review-too-soon = you promised { $days ->
    [0] the same working day
    [one] within 1 working day
   *[other] within { $days } working days
}, but by policy { $lead ->
    [0] it can be done the same working day
    [one] it takes 1 working day
   *[other] it takes { $lead } working days
}: you could not keep that promise
offer-review-no-term = you named no term; by policy { $lead ->
    [0] it can be done the same working day
    [one] it takes 1 working day
   *[other] it takes { $lead } working days
}
# Where the trainee promises a term (desk, terminal): the lead time of the
# chosen kind of offer.
lead-time = { $kind ->
    [replacement-in-stock] a replacement (in stock)
    [replacement-out-of-stock] a replacement that is out of stock
    [refund] a refund
    [discount] a discount
    [voucher] a voucher
    [repair] a free repair
    [advice] advice
   *[compromise] a compromise
} { $days ->
    [0] can be done the same working day
    [one] takes 1 working day
   *[other] takes { $days } working days
} (policy)
item-promise-broken-lead = promise broken: done { $actual }, promised by { $deadline }. By policy { $offer } takes { $lead ->
    [0] until the end of the working day
    [one] 1 working day
   *[other] { $lead } working days
}: never promise a shorter term
item-status-update-expected = no direct solution: on { $when } you gave the customer an exact moment for the next contact. That earns no points because it is the norm; without that status update you would have lost 25 points
item-contact-kept = you got in touch as promised: { $actual } (by { $deadline }). That is the norm and earns no points; a missed contact moment costs 15 points
item-csat-too-early = CSAT survey sent too early: { $actual }, while the window only opens { $from } (until { $to }); the customer has not yet experienced the solution. No points
item-csat-too-late = CSAT survey sent too late: { $actual }, the window closed { $to } (from { $from }); by then the customer no longer remembers it well. No points
viol-csat-too-early = CSAT survey too early: the window ran from { $from } to { $to }
viol-csat-too-late = CSAT survey too late: the window ran from { $from } to { $to }
item-classified-wrong-meaning = { $field } wrong: you said { $given }, it is { $value }. The difference: "{ $value }" = { $meaning }; "{ $given }" = { $given_meaning }
item-classified-why = { $field } right: { $value }. Why: { $why }
item-classified-wrong-why = { $field } wrong: you said { $given }, it is { $value }. The difference: "{ $value }" = { $meaning }; "{ $given }" = { $given_meaning }. Why { $value } here: { $why }
meaning-nature-objective = a factual, measurable shortcoming you can check (a broken zip, a wrong amount, a parcel that never came)
meaning-nature-subjective = how the customer experiences something (a tone, an expectation, a sense of unfairness), on which opinions can differ
meaning-category-product = the article itself, such as its quality, a defect, the fit or what it can or cannot do
meaning-category-delivery = delivery and returns, such as late, lost, or arrived wrong or damaged
meaning-category-communication = what the company said or wrote, such as unclear terms, a promotion that works differently than promised, or no answer
meaning-category-price = what the customer paid or has to pay, such as a wrong amount, charged twice or a lower price later
meaning-category-staff = how a staff member treated the customer, in store, on the phone or online
meaning-cause-mistake = someone accidentally did something wrong they could have done right, a one-off slip in carrying out the work (wrong size packed, charged twice)
meaning-cause-misunderstanding = nobody did anything wrong, but customer and company understood something differently (the customer expected something never promised that way), and explaining solves it
meaning-cause-quarrel = a disagreement between customer and staff member escalated into a conflict, and the complaint is about that conflict
meaning-cause-unfriendliness = the customer was treated rudely, curtly or indifferently, even without a quarrel
meaning-cause-broken-agreement = the company made a commitment (a term, a call-back, a promotion) and did not keep it
meaning-cause-force-majeure = something beyond the company's control caused it (a storm, a strike, a carrier breaking down), and nobody could have prevented it
meaning-cause-faulty-repair = a repair or fix was not carried out properly
meaning-cause-structural-fault = a fault that keeps coming back in a product or a process (a whole batch with the same defect), not a one-off slip
meaning-priority-critical = immediate danger, a large audience or major damage, with the fastest response time, also outside office hours
meaning-priority-high = the customer suffers damage soon, or a hard date or a public risk is involved, so respond within a day
meaning-priority-normal = annoying, but without quick damage or a large audience, so the ordinary term in working days
item-promise-broken-started = promise broken: done { $actual }, promised by { $deadline }. The lead time of { $lead } working day(s) fitted your promise, but you only started carrying it out { $started }: carry it out as soon as the customer agrees
item-offer-when-too-soon = you named a term (by { $when }), but by policy { $offer } takes { $lead ->
    [one] 1 working day
   *[other] { $lead } working days
}: a term you cannot meet is no clear "when"

## xAPI: the statements for a learning record store (LRS) and sending them
xapi-course = Complaint handling (klachtsim)
xapi-verb-passed = passed
xapi-verb-failed = failed
xapi-verb-abandoned = abandoned
xapi-verb-interacted = interacted
xapi-verb-initialized = initialized
xapi-verb-terminated = terminated
xapi-action-let-finish = Let the customer finish
xapi-action-interrupt = Interrupt the customer
xapi-action-say = Say something
xapi-action-confirm-receipt = Acknowledge receipt
xapi-action-take-ownership = Take ownership of the complaint
xapi-action-check = Investigate
xapi-action-classify = Classify the complaint
xapi-action-offer = Offer a solution
xapi-action-escalate = Escalate to the next role
xapi-action-notify-management = Inform the board
xapi-action-status-update = Give a status update
xapi-action-execute = Carry out the solution
xapi-action-follow-up = Follow up with the customer after execution
xapi-action-close = Close the case
xapi-action-send-csat = Send the CSAT survey
xapi-action-senior-follow-up = Have a senior call back
xapi-action-lesson-learned = Record the lesson learned
xapi-action-wait = Wait
xapi-did-let-finish = Let the customer finish
xapi-did-interrupt = Interrupted the customer
xapi-did-say = Said: { $text }
xapi-did-confirm-receipt = Acknowledged receipt
xapi-did-take-ownership = Took ownership of the complaint
xapi-did-check = Investigated: { $check }
xapi-did-classify = Classified the complaint: { $nature }, category { $category }, cause { $cause }, verdict { $verdict }, priority { $priority }
xapi-did-offer = Offered: { $offer }
xapi-did-offer-days = Offered: { $offer }, within { $days } working day(s)
xapi-offer = { $kind }
xapi-offer-euro = { $kind } of { $amount }
xapi-offer-percent = { $kind } of { $percent }%
xapi-did-escalate = Escalated to the next role
xapi-did-notify-management = Informed the board
xapi-did-status-update = Gave a status update; next contact in { $hours } hours
xapi-did-execute = Carried out the solution
xapi-did-follow-up = Called the customer after execution
xapi-did-close = Closed the case
xapi-did-send-csat = Sent the CSAT survey { $hours } hours after closing
xapi-did-senior-follow-up = Had a senior call back { $hours } hours after the survey answer
xapi-did-lesson-learned = Recorded the lesson: { $category }, cause { $cause }. Root cause: { $root }. Correction: { $correction }
xapi-did-wait = Waited { $minutes }
xapi-action-why = Answer a "why" of the root-cause analysis
xapi-did-why = Answered a why of the root-cause analysis: { $text }
xapi-did-other = Another decision
xapi-pseudonyms-bad = { $file }, line { $line }: this is not a "cursist;pseudoniem" line ({ $what }). Repair the file; do not delete it, or learners get new pseudonyms.
xapi-credentials-bad = { $file }: no credentials for the LRS found. Put the lines "user = ..." and "password = ..." in it, or use KLACHTSIM_LRS_USER and KLACHTSIM_LRS_PASSWORD.
xapi-state-io = { $file }: cannot keep track of what was sent ({ $error })
xapi-no-state = There is no data folder to keep track of what was sent: name a file with --xapi-state
xapi-refused = the LRS refused (HTTP { $status }): { $answer }
xapi-unreachable = the LRS at { $url } cannot be reached ({ $error })
xapi-sent = { $sent } statements sent to { $url }; { $known } were there already
xapi-stopped = Sending stopped: { $why }. { $left } statements were not sent yet; the next run sends them (kept in { $state }).
cmi5-missing = The learning environment's launch link lacks the cmi5 parameter "{ $name }"
cmi5-bad-actor = The cmi5 parameter "actor" is not valid JSON: { $error }
cmi5-bad-launch-data = The learning environment gave no usable cmi5 launch data (LMS.LaunchData)
cmi5-unreachable = The learning environment cannot be reached for the cmi5 launch: { $error }
cli-arg-send-xapi = Send the xAPI statements to the learning record store (LRS) with this xAPI endpoint
cli-arg-pseudonyms = Name learners by a pseudonym from this mapping file (new learners are added; keep it safe)
cli-arg-xapi-state = Keep track in this file of which statements the LRS has (otherwise one file per LRS in the data folder)
cli-arg-xapi-batch = Statements per request to the LRS
cli-arg-xapi-tries = Tries per request on a server error or a lost connection

# Sessions that survive a crash (the journal of a session in progress)
journal-offer-title = Your last session was interrupted
journal-offer-text = { $trainee } ({ $group }) was playing "{ $scenario }": started { $started }, { $count } action(s), last saved at { $last }.
journal-offer-finished = The case was done; only your own rating of it was still missing.
journal-resume = Resume where you were
journal-discard = Discard (logged as abandoned)
journal-case-missing = The case "{ $scenario }" is no longer in the library: the session cannot go on.
journal-case-changed = The case "{ $scenario }" has changed since: the session cannot go on exactly where it was.
journal-diverged = The same actions do not reach the same point of "{ $scenario }" in this version: the session cannot go on exactly.
journal-removed = The interrupted session of "{ $scenario }" was removed; it could not be scored, so it is not in the log.
journal-discarded = The interrupted session of "{ $scenario }" is in the log as abandoned, with what was done.
journal-discarded-no-log = The interrupted session was removed (nothing is being logged).
journal-completed = A session of "{ $scenario }" that stopped while it was being saved is now in the log.
journal-unreadable = the journal of a session in progress could not be read ({ $error })
journal-torn-line = incomplete last line (stopped while writing); the actions before it are kept
journal-damaged-line = damaged line; what comes before it is kept, the rest is left out
journal-broken = this is not a readable journal of a session; set aside as { $file }

## The customer with a mood (src/sim/voice.rs, acceptance.rs, consequences.rs, csat.rs)
# $line: what the customer says by the case; the sentence added depends on the temperament and the seed.
voice-calmer = { $line } { $temperament ->
        [calm] { $n ->
            [0] Thank you for taking the time for this.
            [1] That is good to hear.
           *[2] I can tell you are really thinking along, thanks.
        }
        [impatient] { $n ->
            [0] Right, now we are getting somewhere.
            [1] Good, at least this is moving.
           *[2] Fine, let's do it that way.
        }
        [angry] { $n ->
            [0] Okay. I'm a bit calmer now, to be honest.
            [1] Well, that helps.
           *[2] Fine. I'd have liked to hear this sooner, but fine.
        }
        [anxious] { $n ->
            [0] Oh good, that puts my mind at rest.
            [1] What a relief.
           *[2] Thank you, this really kept me awake.
        }
       *[talkative] { $n ->
            [0] Oh lovely, I was just telling my neighbour it would work out.
            [1] Now that is service, I'll gladly tell people about it.
           *[2] Wonderful, then I can get on with my day.
        }
    }
voice-sharper = { $temperament ->
        [calm] { $n ->
            [0] I am staying calm, but my patience is running out.
            [1] Frankly, I expected more.
           *[2] I would like you to just listen for a moment.
        }
        [impatient] { $n ->
            [0] Can we keep this short? I don't have time for this.
            [1] Could we speed this up a little?
           *[2] I'll hang up if this goes on.
        }
        [angry] { $n ->
            [0] I have really had enough now.
            [1] This is ridiculous.
           *[2] Do you honestly think I'll settle for this?
        }
        [anxious] { $n ->
            [0] This is making me very nervous.
            [1] I really don't know what to do anymore.
           *[2] I feel like nobody is helping me.
        }
       *[talkative] { $n ->
            [0] Well, I had pictured this conversation differently.
            [1] I'm going to tell my sister all about this, you know.
           *[2] I talk and talk, but nothing happens.
        }
    } { $line }
say-offer-refused-mood = No. I'm not doing business with you like this.
say-follow-up-blocked = You're calling to ask how it went? Nothing you promised has happened.
say-follow-up-late = It worked out in the end, but later than you said.
say-follow-up-weak = It has been dealt with, yes. I'm not entirely happy, but fine.
refused-not-heard = the customer did not feel heard (interrupted { $interruptions } times) and needed a mood of at least { $needed } to take this; it was { $mood }
refused-mood = the customer's mood was { $mood }; this offer needed at least { $needed }
csat-comment = { $csat ->
        [1] { $n ->
            [0] Never again. I did not feel taken seriously at all.
            [1] Worst customer service I have ever had.
           *[2] Nobody listened and nothing was solved.
        }
        [2] { $n ->
            [0] Something was sorted in the end, but it was hard going.
            [1] I had to chase things myself far too often.
           *[2] It felt as if I was being a nuisance.
        }
        [3] { $n ->
            [0] It's solved, but it could have been quicker.
            [1] Fair. Not bad, not good.
           *[2] The solution is okay, the conversation could have been better.
        }
        [4] { $n ->
            [0] Helped properly, thank you.
            [1] Solved well, though it took a while.
           *[2] Friendly and clear, I can work with that.
        }
       *[5] { $n ->
            [0] Really great: they listened and sorted it quickly.
            [1] I felt taken seriously. Compliments!
           *[2] Better than I expected. I'll definitely be back.
        }
    }
why-interrupted = interrupted { $times } times, while this customer puts up with { $patience }
why-mood-low = the mood fell to { $mood } (limit { $limit })
why-kept-on-hold = kept waiting { $minutes } during the conversation, while this customer has { $patience } of patience
why-promise-broken = the promised solution could not be carried out
why-contact-missed = the contact promised for { $due } did not come in time
why-nothing-carried-out = the case was closed with nothing carried out
why-offers-refused = { $times } offers refused
why-provoked = a wrong line to a customer with a mood of { $mood }
consequence-happened = { $when }: { $what } Why: { $why }.
consequence-leaves-live = The customer hung up or walked out.
consequence-leaves-written = The customer stopped replying.
consequence-posts-publicly = The customer made the complaint public. That is a reputational risk: escalate to the team lead and inform C-level at once.
consequence-calls-again = The customer gets in touch again with a complaint: number { $count } in { $days } days. From { $needed } on, the complaint goes to the team lead.
consequence-asks-for-manager = The customer asks for a manager. That alone is no reason to escalate: decide by the escalation rules, and show that you are solving it yourself.
event-leaves-live = (the customer hangs up / walks out)
event-leaves-written = (the customer stops replying)
event-posts-publicly = (the customer posts the complaint on social media)
event-calls-again = (the customer gets in touch again, with a new complaint)
event-asks-for-manager = I want to speak to a manager now.
retry-beyond-end = Step { $from } does not exist: this session has { $count } steps.
retry-refused = Step { $index } ({ $action }) cannot be replayed: { $reason }
debrief-csat-comment = The customer's comment: “{ $comment }”
debrief-mood-curve = The customer's mood (0-100), at receipt and after each step: { $curve }

## The judgement of a reply written in one's own words (src/reply, klachtsim check-reply)
reply-criterion-empathy = empathy
reply-criterion-blame = blaming the customer
reply-criterion-commitment = concrete commitment
reply-criterion-name = customer's name
reply-criterion-order-number = order number
reply-criterion-term = term
reply-criterion-over-promise = over-promising
reply-criterion-jargon = jargon
reply-criterion-length = length
reply-good = good
reply-bad = watch out
reply-empathy-yes = you name the customer's situation or feeling: "{ $quote }"
reply-empathy-missing = no sentence names the customer's situation or feeling
reply-empathy-sarcastic = "{ $quote }" sounds like a brush-off or sarcasm, not understanding
reply-empathy-formulaic = "{ $quote }" is a stock phrase; name what went wrong for this customer
reply-empathy-bare = "{ $quote }" does not say what you understand; name the customer's situation or feeling
reply-empathy-conditional = "{ $quote }" is conditional: it doubts whether the customer is affected at all
reply-empathy-question = "{ $quote }" is a question, not understanding
reply-empathy-negated = "{ $quote }" denies the understanding
reply-empathy-withdrawn = "{ $quote }" takes your understanding back
reply-blame-yes = this puts the blame on the customer: "{ $quote }"
reply-blame-no = you do not blame the customer
reply-commitment-yes = a concrete action with a moment: "{ $quote }"
reply-commitment-vague = "{ $quote }" is vague: say what you will do and when (a time, a day, a date or a number of working days)
reply-commitment-hedged = "{ $quote }" turns your commitment into an attempt; say what you will do
reply-commitment-no-moment = you say what you will do ("{ $quote }") but not when
reply-commitment-no-action = you name a moment ("{ $quote }") but not what you will do then
reply-commitment-missing = no next step: say what you will do and when
reply-name-given = you address the customer by name: "{ $quote }"
reply-name-right = you use the customer's name: "{ $quote }"
reply-name-missing = you do not use the customer's name
reply-name-wrong = the customer's name is missing or wrong (it is { $expected })
reply-order-given = you give an order number: "{ $quote }"
reply-order-right = the order number is right: "{ $quote }"
reply-order-missing = you give no order number
reply-order-missing-case = the customer's order number ({ $expected }) is not in it
reply-term-given = you give a term: "{ $quote }"
reply-term-right = the term is right: "{ $quote }"
reply-term-missing = you give no term
reply-term-missing-case = you give no term; for this case it is { $days ->
    [0] today
    [one] 1 working day
   *[other] { $days } working days
}
reply-term-wrong = "{ $quote }" is not this case's term: { $days ->
    [0] today
    [one] 1 working day
   *[other] { $days } working days
}
reply-over-promise-no = you promise nothing you cannot deliver
reply-over-promise-absolute = "{ $quote }" is something nobody can promise
reply-over-promise-authority = "{ $quote }" is more than you may grant yourself (up to { $limit }): talk to your team lead first
reply-over-promise-too-soon = "{ $quote }" is sooner than possible: the solution takes { $days ->
    [one] 1 working day
   *[other] { $days } working days
}
reply-jargon-yes = jargon the customer does not know: "{ $quote }"
reply-jargon-no = no jargon
reply-length-fits = { $words } words: fits { $channel }
reply-length-too-long = { $words } words is too long for { $channel } (at most { $limit })
reply-length-too-short = { $words } words is too short for { $channel } (at least { $limit }): a single line reads as a brush-off
reply-length-no-channel = { $words } words (no channel given: length not judged)
check-reply-unknown-scenario = no case with id "{ $id }" in { $dir }
check-reply-empty = no reply received: type or paste the reply on standard input (end with Ctrl-D)
check-reply-read-failed = the reply could not be read: { $error }
check-reply-case = case { $id }: { $name }, order { $order }, { $channel }
lexicon-error = error in the word list { $where }: { $message }
lexicon-unreadable = cannot be read: { $error }
lexicon-unknown-list = there is no list "{ $name }"; the lists are: { $lists }
lexicon-bad-value = "{ $value }" after = is no whole number
lexicon-value-not-allowed = only the numbers and soon lists take "= value"
lexicon-value-needed = this list needs "phrase = value" (for example "two = 2")
lexicon-placeholder = unknown placeholder { $word }; use {"{"}n{"}"} or {"{"}date{"}"}
lexicon-star = "{ $word }": a * goes at the end of a word
lexicon-gap-edge = a phrase cannot start or end with ...
lexicon-empty = empty phrase
cli-check-reply = Judge one reply written in your own words (from standard input): empathy, blame, commitment, name, order number, term, over-promising, jargon and length, each with the words that decided it
cli-arg-check-reply-scenario = Judge against this case (id): name, order number, term and channel
cli-arg-check-reply-channel = The channel: phone, email, social-media, web-form or store (telefoon, e-mail, webcare, webformulier, winkel); the case's by default
cli-arg-check-reply-json = Print the judgement as one JSON object
cli-arg-check-reply-lexicon = A folder with your own word lists (nl/*.txt, en/*.txt) on top of the built-in ones; default: the folder lexicon in the scenario folder

## The observation sheet of the pair role-play: how well a step was done.
seen-done = done
seen-partly = partly
seen-not = not done

## The pair role-play: the customer's role card (classroom::role_card).
role-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
role-weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
role-moment = { $weekday } { $date } at { $time }
role-quote = “{ $text }”
role-situation-ordered = On { $date } you ordered online: { $product } (order { $order }, { $price }).
role-situation-bought = On { $date } you bought: { $product } (order { $order }, { $price }).
role-situation-delivered = The parcel was delivered to you on { $date }.
role-situation-channel = On { $when } you { $channel ->
    [phone] call customer service.
    [email] email customer service.
    [social-media] post a message on social media, where everyone can read it.
    [web-form] fill in the complaint form on the website.
   *[store] walk into the store.
}
role-situation-public = Your complaint is public: others read along and respond.
role-situation-history = You complained before, on { $date }: { $summary }
role-situation-opening = You start like this: “{ $opening }”
role-offer-refund = (part of) your money back, between { $from } and { $to }
role-offer-voucher = a voucher between { $from } and { $to }
role-offer-discount = { $from } to { $to }% discount
role-wants = You want your complaint taken seriously and a solution that fits your problem.
role-wants-happy = You are happy with: { $offers }.
role-wants-grudging = You accept this reluctantly, if nothing better comes: { $offers }.
role-wants-refused = You do not accept: { $offers }.
role-wants-clear = Only accept an offer once the employee says exactly what will happen and when.
role-reacts = You are { $temperament }.
role-reacts-calm = You stay polite and give the employee time, but you will not be fobbed off: you want a real solution.
role-reacts-impatient = You have little time and little patience. You want to hear quickly what will happen; if you have to repeat yourself or it stays vague, you get curt.
role-reacts-angry = You are angry and the employee hears it at once. You speak sharply and are not easily reassured; only when you notice you are really being listened to do you calm down a little.
role-reacts-anxious = You are worried and above all want certainty: what happens, when, and can you count on it? Vague answers make you more uneasy.
role-reacts-talkative = You like to talk, at length, also about things that have little to do with it. An employee who kindly brings you back to the complaint is fine by you.
role-reacts-calmer = If the employee names what is annoying for you, you calm down and say, for example: “{ $reply }”
role-reacts-offer = A clear explanation and a fitting offer soften you; an apology alone solves nothing.
role-when-let-finish = If the employee lets you finish, you go on:
role-when-open-question = Only on an open question, such as “{ $line }”, you tell:
role-when-summary = If the employee sums up your story correctly, such as “{ $line }”, you confirm:
role-when-closed-question = If the employee asks for it directly, such as “{ $line }”, you say:
role-escalate-interrupt = If the employee interrupts you, you get angrier: “{ $reply }”
role-escalate-patience = If you are interrupted { $times ->
    [one] once
   *[other] { $times } times
}, you no longer feel heard. If it happens once more, you { $channel ->
    [phone] hang up.
    [store] walk out of the store.
   *[other] stop replying.
}
role-escalate-hold = If the employee keeps you waiting longer than { $minutes }, you { $channel ->
    [phone] hang up.
   *[other] walk out of the store.
}
role-escalate-line = If the employee says something like “{ $line }”, you get angrier: “{ $reply }”

## The pair role-play on paper (classroom::print, klachtsim print roleplay).
print-title = Pair role-play: role cards and observation sheets
print-card-kind = Case { $number } · role card for the customer
print-card-who = You play { $customer }. Do not show this card to the employee.
print-card-situation = Who you are and what happened
print-card-wants = What you want
print-card-reacts = How you react
print-card-reveal = Only tell this when the employee asks well
print-card-escalate = This makes you angrier
print-sheet-kind = Case { $number } · observation sheet
print-sheet-secret = For the observer: the customer or a third student. During the conversation, note per step what you see and hear; show the sheet to the employee only afterwards.
print-sheet-employee = Employee
print-sheet-customer = Customer
print-sheet-observer = Observer
print-sheet-sequence = The steps for a { $verdict ->
    [grounded] grounded
    [doubtful] doubtful
   *[unfounded] unfounded
} complaint, in this order
print-sheet-step = Step
print-sheet-comment = What did you see or hear?
print-sheet-best = What went best?
print-sheet-tip = One tip for next time
cli-print = Paper for the lesson, as HTML that prints cleanly on A4
cli-print-roleplay = Pair role-play: per case the customer's role card and the observation sheet, each on its own A4 page
cli-arg-print-roleplay-cases = The cases (ids, separated by commas); without this option klachtsim draws one grounded, one doubtful and one unfounded case from the library
cli-arg-print-roleplay-seed = The seed of the draw without --cases (a random one otherwise, which klachtsim shows)
cli-arg-print-roleplay-out = Write to this file instead of the screen
print-drawn = Drawn with seed { $seed }: { $cases } (the same set again: --cases { $cases })
print-no-case-of = There is no { $verdict ->
    [grounded] grounded
    [doubtful] doubtful
   *[unfounded] unfounded
} case in { $dir }; choose the cases yourself with --cases
print-unknown-case = No case with id "{ $id }" in { $dir }
print-written = Role cards and observation sheets written to { $file }
## The pair role-play ("Rollenspel in tweetallen") in the game.
pair-title = Pair role-play
pair-roles = Case { $round } of { $rounds } · customer: { $customer } · employee: { $employee } · observer: { $observer }
pair-setup-title = Pair role-play: getting ready
pair-setup-intro = You play three complaints: a grounded one, a doubtful one and an unfounded one. One of you is the customer, the other the employee; you swap after each case. The customer also keeps the observation sheet, unless a third student observes.
pair-first = Employee first
pair-second = Customer first
pair-third = Observer (optional)
pair-third-hint = name of a third student
pair-cases = The three complaints
pair-draw = Choose for us
pair-case-for = { $verdict }:
pair-case-none = (choose a case)
pair-swap-note = After each case you swap roles. The 20 minutes are already running.
pair-start = Start the first case
pair-refused-names = Fill in both names.
pair-refused-same-name = Fill in two different names.
pair-refused-unknown-case = Case "{ $id }" is not in the library.
pair-refused-verdicts = Choose one case for each kind of complaint: grounded, doubtful and unfounded.
pair-hand-to-customer = Hand the screen to { $customer } (customer)
pair-card-private = The role card is for the customer only. { $employee } looks away for a moment.
pair-card-show = I am { $customer }: show my role card
pair-card-title = Role card: you are { $customer }
pair-card-situation = What happened
pair-card-wants = What you want
pair-card-reacts = How you react
pair-card-reveal = Tell this only when the employee asks well
pair-card-escalate = How you get angrier
pair-hand-to-employee = Done reading? Hand the screen to { $employee } (employee). You hold the conversation aloud; { $employee } records what they do.
pair-to-desk = To the desk
pair-sheet-open = Observation sheet ({ $observer })
pair-sheet-title = Observation sheet of { $observer }
pair-sheet-desk = Note what you see and hear, step by step. You complete the sheet after the case.
pair-sheet-intro = How did { $employee } do? Rate each step and note what struck you. Then you see klachtsim's view beside it.
pair-sheet-comment = what struck you?
pair-sheet-complete = Every step is rated.
pair-sheet-done = To the debrief
pair-debrief-title = Debrief: { $title }
pair-column-observer = { $observer } (observer)
pair-column-engine = klachtsim
pair-column-comment = Comment
pair-differ = differs
pair-discuss = Where your view and klachtsim's differ is a good start for the class discussion: who is right, and why?
pair-discuss-agree = Your view and klachtsim's agree. Discuss in class what went well.
pair-not-logged = Not saved in the log: { $error }
pair-next = Next case: now { $employee } is the employee and { $customer } the customer
pair-to-overview = To the overview
pair-overview-title = Pair role-play: overview
pair-overview-names = { $first } and { $second }
pair-overview-third = observer: { $third }
pair-column-round = Case
pair-column-case = Complaint
pair-column-employee = Employee
pair-column-customer = Customer
pair-column-score = Score
pair-column-apart = Observer and klachtsim
pair-apart = { $count ->
    [0] agree on every step
    [one] disagree on 1 step
   *[other] disagree on { $count } steps
}
pair-time-up = The 20 minutes are up: not every case was played.
pair-done = Done
## Make your own case: the game's case editor, saving, import and export.
editor-default-title = My own case
editor-file-header = Made in klachtsim with "Make your own case", by { $author }.
editor-import-not-a-case = this is not a case (a case file starts with Scenario)
editor-import-exists = your own folder already holds another file by this name: { $file }
editor-export-exists = another file by this name is already here; choose another folder
editor-cannot-write = cannot write: { $error }
editor-no-own-folder = this computer has no folder of your own for cases (set KLACHTSIM_CASES to a folder)
game-make-own-case = Make your own case
editor-title = Make your own case
editor-start-from = Start again from an example:
editor-save = Save
editor-play-now = Play now
editor-import = Import…
editor-export = Export…
editor-valid = Everything checks out: you can save the case.
editor-invalid = { $count ->
    [one] 1 error left: you can save once everything checks out.
   *[other] { $count } errors left: you can save once everything checks out.
}
editor-warnings = { $count ->
    [one] 1 text in [square brackets] still needs filling in.
   *[other] { $count } texts in [square brackets] still need filling in.
}
editor-saved = Saved in { $file }. The case is now in the list.
editor-not-saved = Not saved:
editor-imported = Imported: { $file }. The case is now in the list.
editor-import-refused = Not imported: the file has errors. Nothing was changed.
editor-exported = Exported to { $file }.
editor-export-refused = Not exported:
editor-export-first = Save the case first; then you can export it.
editor-section-case = The case
editor-section-customer = The customer
editor-section-order = The order
editor-section-contact = The complaint comes in
editor-section-truth = The truth (what the trainee has to find out)
editor-section-findings = What investigations reveal
editor-section-lines = What the trainee can say, and what the customer answers
editor-section-offers = Offers and how they are judged
editor-field-title = Title
editor-field-author = Made by
editor-field-summary = Short description
editor-field-customer-name = Name
editor-field-temperament = Temperament
editor-field-order-number = Order number
editor-field-product = Product
editor-field-price = Price (€)
editor-field-purchased = Bought on
editor-field-in-stock = In stock
editor-field-received = Received at
editor-field-opening = The customer's first words
editor-field-moment = Moment
editor-field-kind = Kind
editor-field-text = Text
editor-field-rating = Rating
editor-field-reason = Why
editor-field-reply = The customer's answer
editor-field-mood = Mood
editor-field-offer = Offer
editor-field-from = from
editor-field-to = to
editor-field-accepted = Customer accepts
editor-field-minutes = Minutes
editor-add-finding = + Investigation
editor-add-line = + Line
editor-add-offer = + Offer
editor-remove = Remove
editor-browse-import = Choose a case file (.ron) to import
editor-browse-export = Choose a folder to save the case in
editor-browse-up = ↑ Folder up
editor-browse-here = Save here
editor-browse-cancel = Cancel
editor-browse-empty = (no folders or .ron files)
editor-browse-unreadable = This folder cannot be read: { $error }
game-case-author = by { $author }
## The monthly training (Maandtraining): plans, sittings, the lesson learned
validate-plan-ok = training plan { $id } for { $month }: { $count } cases in { $minutes } minutes
validate-sitting-ok = sitting of plan { $id }: { $count } cases played
plan-bad-month = "{ $month }" is not a month; write year and month, for example "2026-12"
plan-empty-theme = the theme is empty; say in one sentence what this month is about
plan-bad-minutes = a time box of { $minutes } minutes is not possible; choose between { $min } and { $max } minutes
plan-unknown-case = there is no case "{ $id }" in the library
plan-case-count = a monthly training has two or three cases; this plan has { $count }
plan-case-twice = the case "{ $id }" is already in the plan; a case comes up only once in a sitting
plan-no-match = no case in the language "{ $language }" fits these criteria
plan-no-match-hint = leave out a criterion (category, verdict or difficulty), or choose a case with Case("id")
plan-too-few = { $count } case(s) fit here that the plan does not already name, but this draw needs { $needed } (earlier draws take one each too)
plan-too-few-hint = cases that fit: { $ids }
lesson-too-short = { $count } word(s) is no lesson yet; write what you will do differently and why
lesson-step = you name a step of the method: "{ $quote }" ({ $step })
lesson-no-step = you name no step of the method (listen, acknowledge, analyze, offer, execute, follow up, improve)
lesson-case = you name something concrete from the cases: "{ $quote }"
lesson-no-case = you name nothing concrete from today's cases (a cause, what went wrong)
lesson-concrete = you make it concrete: "{ $quote }"
lesson-not-concrete = not concrete: who does it, or when?
lesson-vague = vague: "{ $quote }" does not say what you will do differently
sitting-no-cases = the sitting has no cases; put one (case: "...", actions: [...]) per case under cases
sitting-case-count = the script has { $count } case(s), the plan gives { $plan }
sitting-cases-are = with this seed the plan gives: { $ids }
sitting-too-long = the cases take { $minutes } minutes together; the plan gives { $plan } minutes
sitting-wrong-case = case { $place } is "{ $found }", but with seed { $seed } the plan gives "{ $expected }"
sitting-plan-broken = the training plan { $file } has errors (check it with klachtsim validate)
sitting-unknown-plan = there is no training plan "{ $id }" in the plans folder
sitting-known-plans = known plans: { $ids }
sitting-head = Monthly training { $month }: { $theme }
sitting-case-line = case { $place }: { $title }, score { $score }
sitting-lesson-score = lesson learned: { $score }/100
cli-arg-review-training = The monthly training per month: who took part, this month's step scores against last month's, and per trainee the first sitting against the latest (table or html)
review-training-formats = the monthly training report comes as table or html (--format table or --format html)
training-title = Monthly training: did the training help?
training-none = No monthly training sittings in the log yet.
training-month = { $month }: { $plans } ({ $sittings } sitting(s))
training-participants = { $count } participant(s)
training-step = step
training-this-month = this month
training-last-month = last month
training-difference = difference
training-overall = overall
training-lesson = lesson learned
training-per-trainee = Per trainee: the first sitting against the latest (average score)
training-trainee = trainee
training-first = first
training-latest = latest
training-no-second = No trainee has sat twice yet: a comparison follows after the next monthly training.
## The class summary for the teacher (klachtsim review --class, the trainer screen's button).
class-title = Class summary { $class }
class-about = { $sessions } { $sessions ->
        [one] session
       *[other] sessions
    } by { $trainees } { $trainees ->
        [one] trainee
       *[other] trainees
    }, from { $from } to { $to }
class-about-one-day = { $sessions } { $sessions ->
        [one] session
       *[other] sessions
    } by { $trainees } { $trainees ->
        [one] trainee
       *[other] trainees
    }, on { $from }
class-anonymous = No names: this summary is for the closing discussion with the whole class.
class-none = No sessions of this class match the filters.
class-steps = Per step: average and spread
class-col-step = step
class-col-mean = average
class-col-range = lowest–highest
class-col-middle = middle half
class-col-spread = spread (0–100)
class-col-n = n
class-spread-legend = Light grey bar: from the lowest to the highest score in the class. Dark grey: the middle half of the sessions (from the first to the third quartile). Black stroke: the average. n: number of sessions.
class-mistakes = The three most common mistakes
class-col-mistake = mistake
class-col-sessions = sessions
class-col-example = example (anonymous)
class-mistake-wrong-verdict = wrong verdict (justified, doubtful or unfounded)
class-example-case = Case “{ $scenario }” ({ $verdict }), step { $step }:
class-example-given = Verdict given: { $given }; it was { $truth }.
class-example-nothing = Nothing was done for this in this session.
class-example-more = … and { $count } more { $count ->
        [one] action
       *[other] actions
    }
class-no-mistakes = No mistakes found: no rule broken and every verdict right.
class-verdicts = Which verdict did the class find hardest?
class-col-verdict = the case's verdict
class-col-correct = right verdict given
class-correct-of = { $correct } of { $sessions } ({ $percent }%)
class-hardest-mark = hardest
class-hardest = Hardest were the complaints that are { $verdict }: in { $correct } of the { $sessions } sessions the trainee gave the right verdict.
class-pairs = Pairs: where observer and program disagreed most
class-pairs-none = This class has not played the pair role-play yet.
class-pairs-agree = { $count } pair { $count ->
        [one] session
       *[other] sessions
    }; observer and program agreed on every step.
class-pairs-count = { $count } pair { $count ->
        [one] session
       *[other] sessions
    }; below, the ones where observer and program disagreed most.
class-pair-heading = Pair { $pair }, round { $round }: “{ $scenario }” ({ $verdict }), difference { $disagreement }
class-col-observer = observer
class-col-engine = program (score)
class-col-comment = observer's comment
class-pair-legend = In bold: observer and program differ here. The program reads a score of 75 and up as done, 40 to 75 as partly. The difference counts 1 per step (done against partly, or partly against not done) or 2 (done against not done).
class-unknown = Class “{ $class }” is not in the log. Classes in the log: { $classes }.
class-no-classes = Class “{ $class }” is not in the log: no session in the log has a class (group).
class-written = Class summary written to { $file }
cli-arg-review-class = Write the class summary of this class (group) as a printable HTML page, without names, for the lesson's closing discussion
cli-metavar-class = CLASS
game-class-summary = Class summary
game-class-summary-hint = Writes the summary of the class in the group filter (without names) and opens it in the browser
game-class-summary-no-group = Enter the class under group first.
game-class-summary-written = Class summary written to { $file }
game-class-summary-failed = Could not write the class summary to { $file }: { $error }
game-class-summary-no-folder = There is no data folder for this user; the class summary was not written.
## Written texts in the trainee's own words (issue 14, "Written channels"): the action, its refusals, the customer's answer.
written-part-reply = the reply
written-part-summary = the summary
written-part-acknowledge = the acknowledgement
xapi-action-write = Write a text in one's own words
xapi-did-write = Wrote { $part }: { $text }
refuse-write-empty = write { $part } first
refuse-write-too-long = a written text is at most { $max } characters, not { $count }
refuse-write-reply-live = on { $channel } you talk with the customer: choose what you say; a written reply belongs to e-mail, web form and social media
refuse-write-not-now = { $part } does not fit now: the conversation is at "{ $open }"
refuse-write-no-moment = { $part } does not fit now: that part of the conversation is over, or still waits for a check
written-answer-blamed = { $n ->
        [0] So it's my fault? I really did not expect that.
        [1] I did nothing wrong. I expect you to sort this out.
       *[2] And now I get the blame as well? Unbelievable.
    }
written-answer-hollow = { $n ->
        [0] That sounds like a stock phrase.
        [1] Do you mean that, or do you say it to everyone?
       *[2] That doesn't tell me much, to be honest.
    }
written-answer-brushed-off = { $n ->
        [0] Is that all? I expected a bit more.
        [1] One line? I wrote you a whole story.
       *[2] That doesn't help me much. What are you going to do?
    }
written-answer-heard-concrete = { $n ->
        [0] Thank you, good to know you understand what this means to me. I'll wait for that.
        [1] That's clear, thank you. Good to know when I'll hear from you.
       *[2] Good, now I know where I stand. Thank you.
    }
written-answer-heard = { $n ->
        [0] Thank you, good to know you see how annoying this is.
        [1] Good that you see it that way. And what happens now?
       *[2] Thank you. It helps that you respond like this.
    }
written-answer-concrete = { $n ->
        [0] Fine, I'll wait for that.
        [1] OK, then I know when I'll hear from you.
       *[2] Fine, I'll hear from you then.
    }
written-answer-vague = { $n ->
        [0] And when will I hear anything?
        [1] Look into it? What does that mean, and how long will it take?
       *[2] That tells me very little. What will you do, and when?
    }
written-answer-plain = { $n ->
        [0] OK.
        [1] Fine. And now?
       *[2] I read it. What happens next?
    }
item-no-empathy-line = you chose no acknowledging line; your own text counts below
item-no-summary-line = you chose no summarizing line; your own summary counts below
item-written-best-counts = you also chose a line worth { $line } points: only the better of the two counts, not both
item-written-blame = { $part } in your own words: { $reason }; blame undoes the acknowledgement
item-written-jargon = { $part } in your own words: { $reason }
item-written-length = { $part } in your own words ("{ $excerpt }"): { $reason }
item-written-empathy = { $part } in your own words, empathy: { $reason }
item-written-name = { $part } in your own words, name: { $reason }
item-written-order = { $part } in your own words, order number: { $reason }
item-written-summary = your own summary takes over { $count } of the customer's words ({ $words }): the customer hears that you read the story
item-written-summary-own-words = your own summary takes over { $count ->
        [0] none of the customer's words
        [one] one of the customer's words ({ $words })
       *[other] { $count } of the customer's words ({ $words })
    }: so the customer does not hear back what they told
item-written-over-promise = { $part } in your own words: { $reason }; a promise the company cannot keep
item-written-over-promise-execute = { $part } in your own words: { $reason }; carrying it out cannot keep that promise
item-written-commitment = { $part } in your own words: { $reason }
item-written-term = { $part } in your own words: { $reason }
item-written-vague = { $part } in your own words: { $reason }
item-written-no-commitment = { $part } in your own words: { $reason }
debrief-written = In your own words ({ $count })
debrief-written-text = { $part }, { $at }
training-improved = { $up } of the { $of } trainees with two or more sittings scored higher in their latest sitting than in their first.
training-score = score
training-screen-title = Monthly training { $month }
training-plan-steps = First the 30-second drill, then { $cases } cases with a short debrief each, and finally your lesson learned. The clock ({ $minutes }) runs for all of it.
training-drill-case = { $name }, order { $order } ({ $channel })
training-first-case = To the first case →
training-to-close = Close the sitting →
training-close-title = Closing the sitting
training-time-up = Time is up: the case that was open has been closed.
training-lesson-question = What do you take away from this training?
training-lesson-hint = Name the step, what happened in the cases, and what you will do differently: when, or with whom.
training-lesson-submit = Hand in the lesson
training-done = Back to the start
training-choose-plan = Choose the plan
training-no-plans = There is no training plan yet (scenarios/plans/). Ask your team lead to write one.
training-plan-line = { $month }: { $theme } ({ $cases } cases, { $minutes })

## The pair role-play in the review (review::rows::pairs).
review-about-pairs = pair role-play only
review-pair-with = { $who }, in a pair with { $customer }
review-pairs = Pair role-play: the observer beside klachtsim
review-col-employee = employee
review-col-customer = customer
review-col-observer = observer
review-col-round = round
review-col-exercise = exercise
review-col-disagreement = disagreement
review-col-pair-views = per step: observer / klachtsim
review-col-pair-comments = the observer's comments
review-col-observer-step = observer: { $step }
review-pair-view-same = { $step } { $observer } = { $engine }
review-pair-view-differ = { $step } { $observer } ≠ { $engine }
cli-arg-pairs = Only sessions of the pair role-play
game-class-summary-not-opened = The browser could not be opened ({ $error }); open the file yourself.
## "Try again from here" (issue 14): the debrief's list of decisions,
## the desk during a retry, and the two endings side by side.
retry-decisions = Your decisions
retry-decisions-hint = Pick a decision and play the case again from that moment: the same customer, and everything you did before it stays as it was.
retry-decisions-first = This is how your first attempt went.
retry-no-decisions = You did nothing in this case yet.
retry-replayed = replayed
retry-new-choice = chosen again here
retry-from-here = Try again from here
retry-from-here-hint = You go back to just before this decision. The conversation up to then is there again; this time you choose again.
retry-at-desk = Retry from decision { $step }
retry-tab-comparison = Comparison
retry-tab-first = First attempt
retry-tab-retry = Retry
retry-heading = Retry from decision { $step }
retry-first-choice = The first time: { $decision }
retry-overall-change = Overall score { $first } → { $retry } ({ $change })
retry-no-comment = No comment from the customer.
retry-no-consequences = No consequences.
retry-avoided = not in the retry
retry-caused = only in the retry
retry-consequence-leaves = the customer gave up
retry-consequence-posts-publicly = the customer posted the complaint online
retry-consequence-calls-again = the customer came back with another complaint
retry-consequence-asks-for-manager = the customer asked for a manager
retry-mood = The customer's mood
retry-chart-here = retry from here
retry-chart-axis = after each decision →
retry-steps = Score per step
retry-column-change = Change
retry-row-overall = Overall
retry-row-csat = CSAT
retry-not-measured = not measured
review-retry = { $scenario } (retry)
editor-field-channel = Channel
editor-field-nature = Nature
editor-field-category = Category
editor-field-cause = Cause
editor-field-verdict = Verdict
editor-field-priority = Priority
editor-at = line { $line }, column { $column }: { $message }
game-reply = Your reply to the customer
game-reply-send = Send
game-own-words = In your own words: { $part }
game-own-words-say = Say it
written-template-greeting = Dear { $name },
written-template-closing = Kind regards,
menu-write-reply = Write the reply, in your own words
menu-write-summary = Put the summary in your own words
menu-write-acknowledge = Put the acknowledgement in your own words
tui-ask-write = Type your text; an empty line sends it (an empty first line cancels):
