"""Fit the claim decision (:mod:`llmops_kit.claim_decision`) on many authors' sets at once, and measure it.

What it reads: the read sets only (``tests/data/evalset``, the read half of ``tests/data/holdout``,
``holdout2``-``holdout6``) and HaluEval's tuning half (even lines). Never a sealed set: not holdout39 or
holdout40, not the sealed half of ``holdout``, not HaluEval's test half. ``holdout7`` to ``holdout38`` are read sets
(holdout7-9 since the ``ground8``, ``ground9`` and ``ground10`` rounds, holdout10 to holdout38 since their two
unseen scores were spent: their misses and the attribution script read them) but are not in the committed fit: the
``ground8`` round refitted on eight sets and the unseen holdout8 went 257 -> 254 of 314 (HALLUCINATION 0.558 / 0.717 ->
0.543 / 0.633), so the seven-set fit stayed; a round judged on an unseen set decides otherwise. The ``fit20`` round
judged the operating point alone and refits on all the read sets leaving one author out at a time
(``tools/loso_claim_decision.py``): none was better on a clear majority of authors (the best, 8 of 13, the same five
worse every time), so the seven-set fit and its point stay.

1. Every trace is scored by the package's own scorer, with :func:`llmops_kit.claim_decision.decide` swapped
   for a recorder: each claim no hard fact decided leaves its signals (the rest keep their verdicts).
2. Claim labels: the claims of a trace not labelled HALLUCINATION (and HaluEval's right answers) are
   supported. In a HALLUCINATION trace that the decided verdicts do not flag already, one claim is not: the
   least supported one, first by similarity, then (three rounds) by the model fitted so far.
3. A logistic regression (numpy, Newton's method, L2 :data:`L2` on the coefficients, not the intercept).
4. The operating point (:data:`~llmops_kit.claim_decision.UNSUPPORTED_AT`,
   :data:`~llmops_kit.claim_decision.FABRICATED_AT`) from a fixed grid: HaluEval tuning accuracy at least
   :data:`HALUEVAL_MIN_ACCURACY` and precision at least :data:`HALUEVAL_MIN_PRECISION`, then the best
   HALLUCINATION F1 pooled over the read sets (ties: the worst set's F1). That fixes ``UNSUPPORTED_AT``. Since
   the ``point43`` round ``FABRICATED_AT`` is then chosen on the first unseen scores of holdout16-24, replayed
   (``tests/data/first_scores``, ``tools/first_score_replay.py``): within the same HaluEval bounds, the most
   HALLUCINATION verdicts right (true positives less false alarms; ties: the lower point). That point decides
   when the model's doubt alone fires, and that is what the rounds hid on the read sets: the traces its
   verdicts decided alone on holdout17-24 held 61 false alarms at their first scores and 31 today, against 29
   true positives both times, so the read sets' F1 kept 0.50 where the sets as first met favour 0.90.
5. Leave one set out (``--loso``): fit and choose on all read sets but one, score the one left out, beside
   the hand-set rules on the same set.

Trace verdicts are replayed from the recorded verdicts exactly as ``detect_hallucination`` decides
(fabricated claim, or groundedness below the contract floor), so a fit needs one scoring pass. The
fact-free meaning readings (:mod:`llmops_kit.claim_meaning`: an added condition, a widened scope, a promise, a
reversed polarity, and the restatement adding only light words that skips the decision) are off while scoring
here: the decision is fitted on what the word and similarity steps leave, as it was before those readings (the
``ground11`` round), and every figure printed here is the decision's without them. Two later readings are off
here too, for the same reason (the ``ground13`` round): a denial of what a tool record holds
(:mod:`llmops_kit.record_denials`), and a percentage kept from being an operand of itself
(:func:`llmops_kit.evidence_derived._own_share`); each catches a claim before the decision, and with them on the
refit moves the committed coefficients on three claims (holdout2, holdout4). With them on, four
HALLUCINATION traces of the fitted sets are caught by a reading before the decision, the refit moves the operating
point 0.30 -> 0.40 on a three-trace pooled-F1 difference, and holdout8 (not fitted) loses three traces and
HaluEval's test half 1.4 points; ``bench_eval.py`` measures the readings and the decision together. An amount of
money no price derives (:func:`llmops_kit.evidence_derived._priceless_amounts`, the ``ground15`` round) is off here
for the same reason: it catches a claim as absent before the decision. So are the state readings of the status check
(:data:`llmops_kit.evidence.READ_STATES`, the ``ground16`` round: a claim "still under review", a status value
awaiting something, a value's words naming the record's own fields), and another value of a record's field
(:mod:`llmops_kit.record_values`), which catch claims as contradicted. A labelled list item's or table row's
figure the evidence gives its label another value (:mod:`llmops_kit.labelled_figures`, the ``ground17`` round)
is off here too: it adds a verdict beside the claims', not one the decision weighs. So is a count the customer states in
words (:mod:`llmops_kit.customer_counts`, the ``ground19`` round): it settles a figure before the decision; and
sympathy or praise read as no claim (``_SYMPATHY_RE`` in :mod:`llmops_kit.text.claims`, the same round): with it
on, the refit moves the committed intercept (0.9574 -> 0.9613) on the claims it drops. An amount the evidence
gives to another item than the claim names (:func:`llmops_kit.figure_owner.foreign_owner`, the ``ground18``
round) and a claim covering what the evidence leaves out (:func:`llmops_kit.excluded_items.covered_exclusion`, the
same round) are off too: both catch a claim as contradicted before the decision; so is a figure said to hold
whatever the case where the evidence gives a case its own figure (:func:`llmops_kit.universal_scope.scope_exception`,
the ``inv33`` round), and a deadline widened to an event where the evidence sets a narrower limit
(:func:`llmops_kit.universal_scope.widened_deadline`, the ``widen33`` round). So is a count that divides a
whole by the size of one unit the evidence gives (:mod:`llmops_kit.quotient_counts`, the ``ground20`` round): it
settles a figure before the decision; and a figure an answer picks as an example with what it works out from it
(:mod:`llmops_kit.example_figures`, the same round); and a record's status in other words
(:mod:`llmops_kit.status_synonyms`, the same round): it settles a status before the decision. So is a country,
nationality or language a place of the evidence implies (:data:`llmops_kit.evidence.READ_PLACES`, the
``ground22`` round): it settles a name before the decision. So are the operands
of a derived figure's own kind (:func:`llmops_kit.evidence_derived._kind_operands`, the ``arith15`` round: a
percentage is no amount, a duration needs a duration; :func:`llmops_kit.evidence_derived._other_kinds`: a duration
is never added to an amount): they settle a figure before the decision. So are the languages added to the language
test (:data:`llmops_kit.text.language.READ_MORE_LANGUAGES`: Dutch words it lacked, Afrikaans, Polish and the
Nordic languages, and a currency sign no longer read as a foreign letter): a claim in another language skips the
decision, so they change which claims reach it. So is a record's payment state said the other way round
(:mod:`llmops_kit.payment_states`): it catches a claim as contradicted before the decision. So is the article's
time limit applied to the customer's own length of time (:mod:`llmops_kit.rule_applications`, the ``rules16``
round: "tomorrow is too close" to a 2-day notice rule; the ``rule42`` round's held maximum and only-permission
applied to the customer's case): it settles a claim before the decision. So is an amount
written with its currency after the figure read as money (:func:`llmops_kit.text.arithmetic.marked_after`, the
``arith16`` round: "198,00 €" is a share of a total the answer works out): it settles a figure before the
decision. So are the conversions the same round added (:mod:`llmops_kit.arithmetic_steps`: millimetres and inches,
knots, a length in feet and inches, a hedged figure to the quarter; and the ``convf35`` round's general factors,
metres and miles, m/s and km/h, grams and ounces, left out with them since the fit's table is the first one only),
and the units and hedge of a conversion left out of the words compared (:mod:`llmops_kit.conversion_words`, the
same round): they settle a figure or a word before the decision. So are a claim, or a piece of one, whose only
content is a published contact or a value the
customer gave (:mod:`llmops_kit.handoff_clauses`, the ``ground26`` round): they settle a claim as supported before
the decision. So is a total read against the answer's own itemised lines or priced count
(:mod:`llmops_kit.listed_totals`, the ``arith17`` round): it adds an *absent* verdict beside the decision's. So is
a decline naming the texts by the trace's own word (:mod:`llmops_kit.text.source_nouns`, the ``decl22`` round): it
changes which sentences are claims. So is a rand amount read as money ("R4 200", :mod:`llmops_kit.text.rand_amounts`,
the ``rand18`` round): it judges a claim again, before the decision, in the trace's own currency. So is a total
of three or more terms named in words (:mod:`llmops_kit.text.term_sums`, the same round): it settles a figure
before the decision. So is money written with an ISO code or with a local sign and dot thousands ("ISK 24,900"
against "kr. 24.900", :mod:`llmops_kit.text.currency_marks`, the ``money20`` round): it judges an unsupported
claim again, before the decision, with one mark per currency.
So are a time said with its part of the day in words as "arvo" or "arvo/evening"
(:mod:`llmops_kit.text.clock_periods`, the ``rules17`` round), the part-of-day words of such a time left out of the
words compared and the time spelled with "am" / "pm" for the similarity, and an "opens" / "closes" whose time ends
a range of the evidence (:mod:`llmops_kit.opening_words`): they settle a time or a word before the decision. So is
a weekday worked out from the evidence's working-day rule or "daily" (:mod:`llmops_kit.worked_weekdays`, the same
round): it settles a name before the decision. So are a month or weekday said to fall outside an evidence range
(:mod:`llmops_kit.range_outside`) and an opening -ly adverb read as no name (``READ_LY_OPENERS`` in
:mod:`llmops_kit.text.tokens`, the same round): they settle a claim or a name before the decision.
So are the counts an answer infers (:mod:`llmops_kit.inferred_counts`, the
``arith18`` round: twelve months of a year for a monthly rate, the items a list names, the things a claim prices
per item): they settle a figure before the decision. So is a closing clause declining a detail cut from its claim
(:mod:`llmops_kit.text.decline_clauses`, the ``decl23`` round: "..., though I can't promise the exact time"): it
changes which words reach the decision. So is a sentence cut at a spaced dash after a refusal or denial
(:mod:`llmops_kit.text.dash_clauses`, the ``mech29`` round: "Sorry, the return wasn't accepted - name tapes are
personalised"): it changes which words reach the decision. So is a parenthesis qualifying an amount read as no
owner of it (``READ_QUALIFIERS`` in :mod:`llmops_kit.figure_owner`, the same round: "$140.00 (sedation
included)"): it settles a figure before the decision. So is a figure with no unit never reached from two figures
of unlike units (``READ_UNITLESS`` in :mod:`llmops_kit.evidence_derived`, the same round: "Passengers over 70" is
no 130 kg - 60 min): it settles a figure before the decision. So is a claim on what the texts the bot found cover and
lack
(:mod:`llmops_kit.found_sources`, the ``ground28`` round: "The sheets I found cover F-roads, but nothing about
ferries"): it settles a claim before the decision.
So is a total or a per-unit price worked from the answer's own results
(:mod:`llmops_kit.own_results`, the ``arith19`` round: "total about $13,200.00" of its $11,160.00 and $2,040.00
lines, £3.80 plus £2.10 a mile over "10 km is about 6.2 miles"): it settles a figure before the decision.
So is a list's own lead-in read as no claim (:mod:`llmops_kit.text.list_lead_in`, the ``conv19`` round:
"Two things:" before a two-item list): it drops a sentence before the decision.
So is a refusal said of a tool record's flag for that action set to False (:mod:`llmops_kit.refused_fields`, the
``status20`` round: "The extension was declined" of "extended: False"): it settles a status before the decision.
So is a figure the evidence holds only for another subject than a clause naming every word of the claim's
(:mod:`llmops_kit.subject_figures`, the ``owner21`` round: "A cat spay is $220" against "Cat spay: $310."): it
catches a claim as contradicted before the decision.
So is a claim pairing two figures the evidence pairs each with another (:mod:`llmops_kit.paired_figures`, the
``owner26`` round: "£95 for 2 hours" against "£95 for 90 minutes" and "A 2-hour group lesson is £45"): it catches
a claim as contradicted before the decision.
So is a condition restating the evidence's own condition or exception in other words
(:mod:`llmops_kit.restated_conditions`, the ``cond20`` round: "unless ... a fault we didn't mention" of "except for
a fault we didn't tell you about"): it judges a claim again, before the decision, with the condition in the
evidence's words (inside the meaning readings, which are off here already, it reads no condition as added).
So is a short answer read in the customer's language with the question it answers
(:data:`llmops_kit.customer_language.READ_CUSTOMER_LANGUAGE`, the ``lang21`` round: "Verzending naar België kost
€ 7,95." to "Wat kost verzending naar België?"): a claim in another language skips the decision. So are the dates,
day counts and clock hours of such a claim written the English way (:mod:`llmops_kit.text.foreign_facts`, the same
round: "bis zum 31. März", "dalle 14"): they settle a figure of a claim in another language. So is an answer in a
language no function-word table lists, read from the exchange
(:data:`llmops_kit.customer_language.READ_UNLISTED_LANGUAGES`, the ``lang31`` round: "Mashimo 9 ni KSh 3,500 siku
yoyote." to "Ada ya kucheza mashimo 9 ni kiasi gani?"), and an hour heading a list of hours left a figure
(:data:`llmops_kit.text.foreign_facts.READ_HOUR_LISTS`, the same round: "a las 10, 12 y 15:30 hs"), and a count of
working days written the English way (:data:`llmops_kit.text.foreign_facts.READ_WORKING_DAYS`, the ``foreign31``
round: "20 días hábiles" -> "20 working days").
So are an amount after the yen or rupee sign read as money (:data:`llmops_kit.text.numbers.READ_YEN_SIGNS`, the
``mend31`` round: "¥8,000 and" is no bare 8000) and an amount with a decimal comma beside its currency read by the
arithmetic (:data:`llmops_kit.text.arithmetic.READ_DECIMAL_COMMAS`, the same round: "40,00 € + 2 × 10,00 € =
60,00 €"): they settle a figure before the decision.
So is a figure worked out with a fraction the claim's words give (:mod:`llmops_kit.fraction_steps`, the
``arith20`` round: "adds half the price again, so the £12 hem would be £18", "roughly 22 km out and 22 km back" of
"about 45 km"): it settles a figure before the decision.
So is a fact joined to a decline or a hand-off in one sentence (:mod:`llmops_kit.joined_declines`, the ``join23``
round: "The warehouse is at Avonmouth; I can't judge distance from a postcode district"): its facts are judged alone.
So is a business's own limit beside such a decline (:mod:`llmops_kit.business_limits`, the ``paid42`` round: "We host
sites but don't design them; the articles I found cover plans and security"): it is read as a piece of the join.
So is a decline naming the bot's texts (:mod:`llmops_kit.decline_claims`, the ``decl25`` round: "Not something our
repair notes cover", "The handbook doesn't cover that, sorry"): it is settled as supported after the decision.
So is a figure worked out from the customer's figure beyond a limit the evidence gives, or an amount restated in the
other unit of its currency (:mod:`llmops_kit.allowance_steps`, the ``arith25`` round: "the other 15 miles are 90p
each way, so 15 x £0.90 x 2 = £27" for a venue 40 miles away, free within 25): it settles a figure before the
decision.
So is a gratuity no free statement of the evidence is about (:mod:`llmops_kit.free_claims`, the ``clause25`` round:
"... though the studio waives it for returning clients"): read inside the meaning readings, which are off already;
so is a gift given a scope of the claim's own (:mod:`llmops_kit.gift_scopes`, the ``freecond54`` round: "parking is
free for your whole visit" against "The first 2 hours ... are free"), switched off here all the same.
So is a stated limit widened (:mod:`llmops_kit.limit_sides`, the ``limit27`` round: "boats over 65 ft fuel on the
outer face of the dock by appointment" against "Boats up to 65 ft", "we alter clothes from any shop" against "we
alter pieces bought from us only"): read inside the meaning readings, switched off here all the same; so is a list
narrowed with "only" (``READ_NARROWED_LISTS``, the ``reversed49`` round: "No, only cash or cards" against "We accept
cash, cards and BLIK", BLIK asked about), and a restriction waived in so many words (``READ_WAIVED_RESTRICTIONS``, the
same round: "whether or not they have been tested" against "are only taken if they have passed a safety test").
So is an everyday phrase read as the plain word its evidence sentence states (:mod:`llmops_kit.phrase_synonyms`, the
``syn26`` round: "The frame is priced on top" of "Frames are priced separately", "horses aren't something we take
on" of "We don't take on reptiles or horses"): it raises a claim's word share before the decision.
So is a duration, a share, a time of day, a month or a run of days read in its other wording
(:mod:`llmops_kit.text.worded_forms`, the ``forms26`` round: "half an hour" of "30 minutes", "three quarters of the
plot" of "75% of each plot", "midday" of "12 noon", "January 2027" of "2027-01", "Monday to Saturday" of "Mon-Sat"):
it changes a claim's figures and the words it is compared on before the decision.
So is a hand-off to a published contact in a courtesy or hedge (:mod:`llmops_kit.courtesy_handoffs`, the ``conv26``
round: "The atelier will be glad to help: 022 310 47 15"): it is settled as supported before the decision.
So is a bare request restating a held rule (:mod:`llmops_kit.held_imperatives`, the ``imp42`` round: "Just wear
closed shoes" of "Closed shoes only: no sandals"): it is settled as supported before the decision.
So is a polite request the evidence contradicts (:mod:`llmops_kit.asked_requests`, the ``please42`` round: "Please
bring your own apron" against "Aprons are provided"): it is settled as contradicted before the decision.
So is the framing of a clarifying question (:mod:`llmops_kit.question_frames`, the same round: "what it costs depends
on where your order is", "The Threshing Barn, Orchard Room and marquee all differ"): it is settled as supported
after the decision.
So are the equations a claim writes out (:mod:`llmops_kit.written_equations`, the ``equation27`` round: "1,100 ÷ 160 =
6.9", "$5.49 - $0.10 = $5.39"): their results are settled as worked out, or as wrong, before the decision.
So are a claim's days read as a set against the days the evidence gives for the same thing
(:mod:`llmops_kit.claimed_days`, the ``days30`` round: "Mondays and Wednesdays" against "We roast on Mondays and
Thursdays" is contradicted, "Mon-Thu" of "Monday to Thursday" is no wording to match): they settle a claim or its
words before the decision.
So is a held claim's clause of its own judged alone (:mod:`llmops_kit.own_clauses`, the ``clause30`` round: "...,
but not on the wagon", "..., and they can't be used for the weekend course"): it changes the verdicts the fit reads.
So is such a clause's "invented" taken when it states the business's own act (:mod:`llmops_kit.joined_acts`, the
``joined34`` round: "..., and we email you a proof of the spine lettering first").
So are an ISO amount in dot thousands read in thousands (``READ_DOT_THOUSANDS`` in :mod:`llmops_kit.text.numbers`, the
``fig30`` round: "ARS 6.000" is 6000) and a count held only by a figure of its kind (``READ_COUNTED_FIGURES`` in
:mod:`llmops_kit.text.counted_figures`, the same round: "Up to 8 people" is not held by "£8 a copy"): both change
which figures a claim is found to hold before the decision.
So are a record's variant named with another word of its kind (``READ_RECORD_VARIANTS`` in
:mod:`llmops_kit.record_variants`, the ``rec30`` round: "Maroon buckram" of "navy buckram"): it makes a claim
contradicted before the decision.
So are an amount grouped by spaces before the currency written after it read as one figure
(``READ_SPACED_THOUSANDS`` in :mod:`llmops_kit.text.numbers`, the ``fmt42`` round: "1 190 MAD" is 1190, not 1 and
190; the same round reads "4.380 kr." in thousands under ``READ_DOT_THOUSANDS``): it changes which figures a claim is
found to hold before the decision.
So are an amount with a local currency mark read as its ISO code (``READ_LOCAL_MARKS`` in
:mod:`llmops_kit.text.numbers`, the ``wmark31`` round: "KSh 1,200" is "KES 1,200", "RM 156.00" "MYR 156.00") and a
figure the customer took back left out of their operands (``READ_SUPERSEDED`` in :mod:`llmops_kit.superseded_figures`,
the same round: "make that 4 sedans, not 3"): both change which figures a claim is found to hold or reach before
the decision.
So is a time of day given alone as an answer read as a claim (``READ_TIME_FRAGMENTS`` in
:mod:`llmops_kit.text.claims`, the ``small31`` round: "From 10.30 am."): it changes which sentences are claims; so
does care or hands-on help read as a statement, not a hand-over (``READ_HANDS_ON_HELP``, the ``reversed49`` round:
"staff will look after your phone at the front desk").
So is a first word before a bare "the" read as no name (``READ_VERB_OPENERS`` in :mod:`llmops_kit.text.tokens`, the
same round: "Bring the Texas title"): it settles a name before the decision. So is "May" beside a day or a year read
as the month's name (``READ_DATED_MAY``, the ``may50`` round: "16 May 2027" against "16 March 2027").
So are money with its sign after the figure read as money by the fact check's typed amounts
(``READ_MARKS_AFTER_FIGURES`` in :mod:`llmops_kit.text.numbers`, the ``format51`` round: "19,00€" against "18,00€")
and spaced hours joined or cued by Romance words (``READ_ROMANCE_HOURS``, the same module: "de 14 h à 16 h 30").
So are an irregular verb form or plural read as its dictionary form by the novel-word rule (``READ_IRREGULAR_FORMS``,
the ``words51`` round: "gloves are lent" of "we lend you gloves") and the general nouns "things", "stuff", "the list
of", "that sort of" read as no subject (``READ_GENERAL_NOUNS``, the same round): both change a claim's novel words,
which the decision's signals count.
So is a clause about the assistant's own remit or texts read as a decline that states nothing when the evidence holds
its hard facts (``READ_REMIT_CLAUSES`` in :mod:`llmops_kit.scope_declines`, the ``decline51`` round: "Ha, I can only
help with the rink; bagels are beyond my notices!"): it settles a claim before the decision.
So is a record's count restated with another figure (``READ_RECORD_COUNTS`` in :mod:`llmops_kit.record_counts`, the
same round: "2 pairs of boots are rented" of "boots rented: 1"), and so are a repeated field's entries counted and a
record the question names read (``READ_ENTRY_COUNTS``, the ``m5count42`` round: "only one payment" of a record listing
two, "two of them were under 4 mm" of tread readings none of which is): they make a claim contradicted before the
decision.
So is a figure stated as a plain fact held to one operand of its own claim (:mod:`llmops_kit.own_operands`, the
``coinc31`` round: "Lockers are $2 a day" is no $7 - $5 of another sentence): it changes which figures a claim is
found to hold before the decision.
So are a perimeter, a length or an area worked out in metres from given sizes (``READ_LENGTH_STEPS`` in
:mod:`llmops_kit.length_steps`, the ``geom31`` round: "2 × (46 + 56) = 204 cm, so 2,04 m") and a balance a record's
total and paid fields give (``READ_RECORD_BALANCES`` in :mod:`llmops_kit.record_balances`, the same round: "175,00 €
to pay" of "total eur: 250" and "deposit paid eur: 75"): both change which figures a claim is found to reach before
the decision.
So is a date written day first with hyphens read as a date, not a digit-grouped number (``READ_DASHED_DATES`` in
:mod:`llmops_kit.text.numbers`, the ``mend32`` round: "14-03-2027" is the day "14/03/2027" writes, never the number
14032027): it changes which figures a claim is found to hold before the decision.
So is a temperature written with a minus read below zero in a conversion (``READ_TEMPERATURE_SIGNS`` in
:mod:`llmops_kit.general_conversions`, the same round: "−5 °C (23 °F)"): it changes which figures a claim is found to
reach before the decision.
So are a unit after a hyphen ("a 16-inch mirror") and a hedged figure in fives read as a conversion rounded to the
nearest 5 ("about 40 cm" of 16 inches) (``READ_HYPHENED_UNITS`` in :mod:`llmops_kit.arithmetic_steps`, the same
round; the fit's conversion patterns are built with ``hyphened=False``): both change which figures a claim is
found to reach before the decision.
So are the hours and minutes of a grounded number of minutes (``READ_HOURS_MINUTES`` in
:mod:`llmops_kit.general_conversions`, the same round: "265 minutes left (4 hours 25 minutes)"): they change which
figures a claim is found to reach before the decision.
So is a label word after an operand of a written step dropped, hyphened or before the bracket closing the operand's
group (``READ_LABELLED_OPERANDS`` in :mod:`llmops_kit.text.arithmetic`, the same round: "4 × (45 zł + 15 zł run-flat)
= 240 zł"): it changes which figures a claim is found to reach before the decision.
So is a record's empty field stated as done or given a value (``READ_FILLED_FIELDS`` in
:mod:`llmops_kit.filled_fields`, the ``rec33`` round: "Your portrait was sent yesterday" of "sent: ."): it makes a
claim contradicted before the decision.
So is an interjection opening a sentence read past by the conversation tests (``READ_INTERJECTIONS`` in
:mod:`llmops_kit.text.interjections`, the ``open33`` round: "Oops, I can't reach the ticket system right now, so I
can't see SM-88214" is the fallback "Sorry, ..." opens), and so is an apology in another language read as "Sorry,"
(``READ_FOREIGN_APOLOGIES``, the same module, the ``read44`` round: "Désolé, I couldn't find that in our school
notes", "Pole sana, I can't reach the entries system right now"): each changes which sentences are claims.
So are the texts named as the system prompt names them (the ``decl33`` round): the two words before a noun for a
part of a text ("the price list passages": ``READ_WHOLE_NAMES`` in :mod:`llmops_kit.text.source_nouns`), the
prompt's noun where a reader is not handed the trace's (``READ_PROMPT_NOUNS`` in :mod:`llmops_kit.found_sources`),
the subject-first silences ("Oil changes are not in our price list", ``READ_SUBJECT_SILENCES``) and a plain no to
the question as a piece of a joined claim ("We don't sell trampolines; ...", ``READ_QUESTION_DECLINES``, both in
:mod:`llmops_kit.decline_claims`): they settle claims before the decision. So is the bot's own "I don't have
information on <the question's subject>" alone in its claim (``READ_INFO_DECLINES`` in
:mod:`llmops_kit.info_declines`, the ``beside42`` round).
So are the uncoded amounts of a text read in the dot thousands of the code its total closes with
(``READ_SIGNED_DOT_THOUSANDS`` in :mod:`llmops_kit.text.numbers`, the ``mend33`` round: "2 × $45.000 + $25.000 =
$115.000 CLP") and a "for" label or a bracketed aside after an operand of a written step dropped
(``READ_OPERAND_LABELS`` in :mod:`llmops_kit.written_equations`, the same round: "$25.000 for your 8-year-old +
$15.000 for the portrait (the price until 30-04-2027) = ..."): both change which figures a claim is found to reach
before the decision.
So is a figure after an ISO code, a local mark written as its code, read as no count of the word after it
(``READ_CODED_AMOUNTS`` in :mod:`llmops_kit.text.counted_figures`, the same round: "₩30,000 gives you 23 hours"):
it changes which figures a claim is found to hold before the decision.
So is a range in a table row's label read as no operands of another row (``READ_LABEL_RANGES`` in
:mod:`llmops_kit.grounding`, the same round: "Little jumpers (2-5), per hour"): it changes which rows are found
wrong beside the claims the fit reads.
So is a currency's spelled name after a figure read as its code (``READ_SPELLED_MARKS`` in
:mod:`llmops_kit.text.numbers`, the same round: "I topped up 10,000 won" is "10,000 KRW"): it changes which figures
a claim is found to reach before the decision.
So is the hour's symbol after an operand of a written step read as its unit (``READ_HOUR_SYMBOLS`` in
:mod:`llmops_kit.written_equations`, the same round: "2 × ₩2,000 × 4 h = ₩16,000"): it changes which figures a claim
is found to reach before the decision.
So is a figure in the unit a follow-up asks for read as the conversion of the conversation's figure in the other
unit (``READ_ASKED_UNITS`` in :mod:`llmops_kit.asked_units`, the ``conv33`` round: "how many miles is that?" after
"12 km", "About 7.5 miles"): it changes which figures and words a claim is found to hold before the decision.
So is a whole-sentence sign-off or well-wish read as no claim (``READ_SIGN_OFFS`` and ``READ_WELL_WISHES`` in
:mod:`llmops_kit.text.pleasantries`, the ``slone34`` round: "We look forward to seeing you", "Good luck with the last
stretch"): it changes which sentences are claims.
So is a list read as ending at the item after its "and" / "or", its count held or contradicted by its length
(``READ_LIST_ENDS`` in :mod:`llmops_kit.text.enumeration`, the ``count34`` round: "Two slots a day, 09:30 and 14:00,
April through October"; ``READ_ITEM_COUNTS``, the same round: a record's "Chunky Aran x4" holds "4 Chunky Aran
skeins" and contradicts "5"): both change which figures a claim is found to hold before the decision.
So is a shortfall read as the rule's figure less the customer's (``READ_SHORTFALLS`` in :mod:`llmops_kit.shortfalls`,
the ``mend34`` round: "needs 20 logged dives, so you're 6 short" of 14 logged holds 6 and contradicts 7): it changes
which figures a claim is found to hold before the decision.
So is the party the customer names counted by a claim (``READ_NAMED_PARTIES`` in :mod:`llmops_kit.named_party`,
the ``implied35`` round: "R450 + R180 = R630 for the two of you" of "me and my daughter"): it changes which figures a
claim is found to hold before the decision.
So is a general price worked into a total (or said to be the customer's) for a customer whose stated circumstance
meets a group's condition (``READ_CUSTOMER_CONDITIONS`` in :mod:`llmops_kit.customer_conditions`, the ``cond42``
round: "฿1,500 per person, so for the three of you it's ฿4,500" for a 10-year-old against "Children aged 6 to 12 pay
฿900"): it contradicts claims before the decision.
So is an answer adding ``R``-figures read as writing rand (``READ_RAND_SUMS`` in :mod:`llmops_kit.text.rand_amounts`,
the same round: "R450 + R180 = R630" against a price list "kids under 12 R180"): it changes which figures a claim
is found to hold before the decision.
So is a national number's trunk "0" read as the place of an international number's country code
(``READ_TRUNK_PREFIX`` in :mod:`llmops_kit.text.numbers`, the same round: "+44 800 157 0420" is "0800 157 0420"):
it changes which contact numbers a claim is found to hold before the decision.
So is a month's short form read as its name in a date (``READ_SHORT_MONTHS`` in :mod:`llmops_kit.evidence_derived`,
the ``mend36`` round: "14 Mar 2027" is 14 March): it changes which dates a claim is found to reach before the
decision.
So is a list's first "and" read inside its first item when commas and the list's own "and" follow
(``READ_OWN_ANDS`` in :mod:`llmops_kit.text.enumeration`, the same round: "5 dishes (a curry paste and curry, a soup,
a stir-fry, a starter and a dessert)" lists five): it changes which counts a claim is found to hold before the
decision.
So is a time written before its days read as leaving those days to it (``READ_TIMES_FIRST`` in
:mod:`llmops_kit.schedule_days`, the same round: "22:00 Mon-Thu, 23:00 on Fri" gives 23:00 to Friday, not Monday).
So is a thing said free that the evidence prices and nowhere gives away (:mod:`llmops_kit.priced_gratuities`, the
``floor42`` round: "or the call-out is free" against "| Call-out, weekdays | £70 |"), and so is a thing given away
that no text names ("with free hot chocolate in the barn", ``READ_UNNAMED_GRATUITIES``): each settles a claim before
the decision.
So is a required thing no text names (:mod:`llmops_kit.required_items`, the ``invreq42`` round: "and a compulsory
insurance add-on", "Please bring proof of a microchip registration"): it settles a claim before the decision.
So is a rate worked into a result although its own sentence qualifies it for the claim's case
(``READ_QUALIFIED_RATES`` in :mod:`llmops_kit.qualified_rates`, the ``omit42`` round: "4 unused hours at £35 an hour:
you'd get £140 back" against "refunded at £35 an hour, less a £20 admin fee"): it contradicts claims before the
decision.
So is a row's key paired with an attribute only a sibling row holds (``READ_SIBLING_ATTRIBUTES`` in
:mod:`llmops_kit.sibling_attributes`, the ``tabswap42`` round: "A Small unit fits a two-bedroom flat, at £24 a week"
where the two-bedroom flat is the Medium row's): it settles a claim before the decision. So is a worded table row
naming a thing no text holds (:mod:`llmops_kit.worded_rows`, the same round: "| Hot lunch | yes |" under "Included"
where no text speaks of a lunch): it adds an *invented* verdict beside the decision's.
So is a season widened (``READ_WIDENED_SEASONS`` in :mod:`llmops_kit.widened_seasons`, the ``widen42`` round: "all
year round" or "for August" against "from April to October"): it settles a claim before the decision.
So is a per-unit price taken for a wrong count of its unit (``READ_UNIT_PRICES`` in :mod:`llmops_kit.unit_prices`,
the ``quote42b`` round: "3 × ฿200" of "฿200 per group", "A1 posters are £22 each" of "£22 per square metre (an A1
poster is 0.5 square metres)"): it settles a claim before the decision.
So are a duration reached with a calendar factor only from another duration (``READ_TIMED_FACTORS`` in
:mod:`llmops_kit.evidence_derived`, the ``mend42`` round: "Two guests a day ... 48 hours in advance" is no 2 x 24),
a clock hour past midnight written the late-night way read as the next morning's time (``READ_LATE_CLOCK`` in
:mod:`llmops_kit.text.numbers`, the same round: "27:30" is 03:30) and the bare prices after a sentence's first
amount of money read as that money (:mod:`llmops_kit.carried_amounts`, the same round: "twenty-eight pounds, or
forty-five if ..."): each changes which figures a claim is found to hold before the decision.
So are the month and weekday of a date written in another layout than ISO (``READ_WRITTEN_DATE_NAMES`` in
:mod:`llmops_kit.text.numbers`, the ``names43`` round: "16/03/2027" states Tuesday), a local currency mark with letters
read as its ISO code by the name check (``READ_MARK_NAMES``, the same module and round: "KSh 3,500" of "paid_kes") and
a weekday's or month's name in another language read as the English one (``READ_CALENDAR_NAMES`` in
:mod:`llmops_kit.text.foreign_facts`, the same round: "Jumapili", "Machi"): each settles a name before the decision.
So is a clock time written with a dot, in a range or after "kl." / "klo" / "um" (``READ_DOTTED_HOURS`` in
:mod:`llmops_kit.text.numbers`, the ``dots45`` round: "6.00–22.00" is two times, not the figures 6 and 22).
So are a dotted or "h" clock time its text cues and a time with the clock's word after it (``READ_CLOCK_CUES`` and
``READ_CLOCK_SUFFIXES`` in :mod:`llmops_kit.text.numbers`, the ``time50`` round: "at 14.30", "9h30–19h00", "14 Uhr 30",
"0900 hrs"), and another language's half-day marker (``READ_LOCALE_MERIDIEMS`` in :mod:`llmops_kit.text.clock_periods`,
the same round: "2:30 PTG" is 14:30): each changes which times a claim is found to state before the decision.
So is an English answer's claim judged again by its hard facts alone when every document is in another language
(``READ_FOREIGN_EVIDENCE`` in :mod:`llmops_kit.foreign_evidence`, the ``forev45`` round).
So are the ends of an age band kept out of a figure's operands (``READ_AGE_BOUNDS`` in
:mod:`llmops_kit.evidence_derived`, the ``ages45`` round: "up to 4 children aged 6-14" is no 6 - 2).
So is a party the customer counts by groups read as the total of its counts (``READ_STATED_GROUPS`` in
:mod:`llmops_kit.named_party`, the ``counts45`` round: "all four of you" of "two adults and our two children"): it
changes which figures a claim is found to hold before the decision.
So is a customer's figure per month, week or day restated per year (``READ_YEARLY_FIGURES`` in
:mod:`llmops_kit.inferred_counts`, the ``counts45`` round: "36 hours a year" of "3 hours a month"): it changes which
figures a claim is found to hold before the decision.
So are the Polish, Malay and Indonesian function words of the language test (``READ_POLISH_MALAY`` in
:mod:`llmops_kit.text.language`, the ``counts45`` round: "... £9.60 za godzinę, za stół, a nie za osobę"): a claim in
those languages skips the decision.
So is money said to come back against the evidence's refund rule, or the reverse (``READ_REFUND_POLARITY`` in
:mod:`llmops_kit.refund_polarity`, the ``rev45`` round): it judges a claim as the meaning readings do; so is a refund
said against the evidence's one short general refund rule (``READ_SOLE_REFUND_RULE``, the ``reversed49`` round: "you
get a full refund at the box office" against "Tickets are not refunded.").
So are a date written all in figures read as a date (``READ_NUMERIC_DATES`` in :mod:`llmops_kit.evidence_derived`,
the ``tool45`` round: "21/04/2027" of a record's "arrival: 2027-04-19"), the payment state of the record the
question names (``READ_ASKED_PAYMENTS`` in :mod:`llmops_kit.payment_states`, the same round: "It's fully paid" of
"due on night clp: 45000") and a participle's flag held False stated as done (``READ_FALSE_FLAGS`` in
:mod:`llmops_kit.filled_fields`, the same round: "That is booked" of "booked: False"), and a count of none said in
words (``READ_WORDED_ZEROS`` in :mod:`llmops_kit.record_counts`, the same round: "You haven't used it yet" of
"visits this month: 9"): each settles a claim as contradicted before the decision.
So are a plain "once" or "if" after a claim's rule read as a condition on it (``READ_ONCE_CONDITIONS`` and
``READ_TRAILING_IFS`` in :mod:`llmops_kit.late_conditions`, the ``cond45`` round: "... once they have been neutered"),
a restriction with "only" the condition markers missed (``READ_ONLY_RESTRICTIONS``, the same module: "by bank
transfer only")
and a condition held only by sentences about another subject than its rule read as unheld
(``READ_CONDITION_SUBJECTS`` in :mod:`llmops_kit.condition_subjects`, the same round): read inside the meaning
readings, which are off already, and switched off here all the same.
So is a figure whose rule an evidence clause restates word for word worked out only from the claim's own figures
(``READ_RESTATED_OPERANDS`` in :mod:`llmops_kit.unheld_figures`, the ``roundup45`` round: "bring up to 8 guests"
of "may bring up to 5 guests", once reached as 6 + 2 from other items of a round-up answer): it settles a claim as
contradicted before the decision.
So are the words for a span's end said of the start or end of a stated range of hours (``READ_SPAN_ENDS`` in
:mod:`llmops_kit.span_ends`, the ``sched46`` round: "The first slot is at 7:00 am" of "from 7:00 am to 11:00 pm"), a
weekday inside a group of days the evidence gives the same figure (``READ_GROUPED_DAYS`` in
:mod:`llmops_kit.grouped_days`, the same round: "NT$250 on Saturday" of "NT$250 on weekends"), the day and month of a
date a few days from the customer's, offered with its own weekday (``READ_NEAR_DATES`` in :mod:`llmops_kit.near_dates`,
the same round: "Wednesday 2027/03/24" to a request for 2027/03/23) and a requirement word said of its subject read as
naming no thing after it (``READ_PREDICATE_REQUIREMENTS`` in :mod:`llmops_kit.required_items`, the same round: "The
plastron is compulsory either way"): each settles words or facts before the decision.
So are the ``arith46`` round's two readings of worked arithmetic: a bare figure grouped by thousands with a space in
a text that groups an amount beside its currency so (``READ_SPACED_STYLE`` in :mod:`llmops_kit.text.numbers`: "12 ×
4 500 = 54 000 Ft"), two written steps run on with "+" (``READ_RUN_ON_STEPS`` in :mod:`llmops_kit.written_equations`:
"2 × 25 zł = 50 zł ... + 2 × 19 zł = 38 zł"): each changes which figures a claim is found to hold or reach before
the decision.
So are the text-layer readings of the ``text46`` round: a year-first date written with dots and spaces read as ISO
(``READ_SPACED_DATES`` in :mod:`llmops_kit.text.split`: "2027. 04. 19." is one date, not three claims), a unit word
ending at its word's end (``READ_WHOLE_UNITS`` in :mod:`llmops_kit.text.numbers`: "3 hónapig" is no "3 h"), a bare
count cell read with its row's label as its unit (``READ_LABEL_COUNTS`` in :mod:`llmops_kit.labelled_cells`:
"| Teams | 8 |" of "8 teams"), an ordinal row label read as the row's place (``READ_RANK_LABELS`` in
:mod:`llmops_kit.grounding`: "| 1st | ... |"), the cedi's "GH₵" and other signs read as money (``READ_MORE_SIGNS``
in :mod:`llmops_kit.text.numbers`) and "midnight" / "noon" alone read as clock times (``READ_CLOCK_WORDS``, the
same module): each changes which figures a claim states.
So are a short value after its field's name read against the record ("Pitch 3" of "pitch: Pitch 2",
``READ_LABELLED_VALUES`` in :mod:`llmops_kit.record_fields`, the ``tool46`` round) and a count of the party read
against the record the question names ("4 guests" of "guests: 3", ``READ_ASKED_PARTIES`` in
:mod:`llmops_kit.record_counts`, the same round): each settles a claim as contradicted before the decision; and a
count of a record's entries by their status ("nine games played", ``READ_STATUS_COUNTS``) or of what is left of its
allowance ("four occasions left", ``READ_REMAINING_COUNTS``, both in :mod:`llmops_kit.entry_statuses`, the same
round): they change which figures a claim holds; and a count said to be left not read against the allowance
(``READ_COUNTS_LEFT`` in :mod:`llmops_kit.record_counts`, the same round).
So is a worked quote's count of an item read against the customer's own count of it ("waffle 2 × NT$180" for "one
waffle to share", "towels 2,50 €" once for "2 towels", a price per student charged once for two children;
``READ_ASKED_COUNTS`` in :mod:`llmops_kit.asked_counts`, the ``quote46`` round), and so is a price charged for a
child the texts let in free by the age the customer gives ("8,00 € for the 4-year-old" beside "children under 7
free", ``READ_AGED_CHARGES`` in :mod:`llmops_kit.aged_charges`, the same round): each settles a claim before the
decision.
So is a count of uses worked from a frequency over a period read against them ("at once a week you would only use
about 6 of the 12 sessions in 3 months"; "5 × S$25 = S$125 a year" for units serviced every 3 months,
``READ_FREQUENCY_COUNTS`` in :mod:`llmops_kit.frequency_counts`, the ``options46`` round): it settles a claim
before the decision. So is Indian digit grouping read as one number ("₹1,25,000", once 1.25; ``READ_LAKH_GROUPS`` in
:mod:`llmops_kit.text.numbers`, ``lakh46``): it changes which figures a text holds.
So is a thing said included that the evidence prices and never gives away, or calls extra after "with ... both
included" (``READ_PRICED_INCLUSIONS`` in :mod:`llmops_kit.excluded_items`, the ``cond47`` round: "the plastron is
included in the hire" of "reception sells them for 9 900 Ft"): it settles a claim as contradicted before the decision.
So is a condition held at the bar only by a sentence that states no condition, or one of its two conjuncts unheld
(``READ_CONDITION_SOURCES`` in :mod:`llmops_kit.condition_sources`, the same round: "as long as you also order eggs"
of a price line): read inside the meaning readings, which are off already, and switched off here all the same.
So is a record's field named by its unit read as the record's measure ("minutes: 90" holds "90 minutes";
``READ_UNIT_FIELDS`` in :mod:`llmops_kit.unit_fields`, the ``tool47`` round): it changes which figures a record holds
and settles a claim before the decision.
So are a part of a booking said paid read as no status of it and a job said done read against a status still under
way (``READ_PAID_PARTS`` and ``READ_FINISHED_STATES`` in :mod:`llmops_kit.claimed_states`, the same round): each
settles a claim before the decision.
So are a claim stating what lies outside read as no "anywhere" scope and an "every X" held by each article naming X
(``READ_OWN_OUTSIDE`` and ``READ_EVERY_ARTICLE`` in :mod:`llmops_kit.universal_scope`, the same round): each changes
which claims a reading finds wrong before the decision.
So are the text-layer readings of the ``text47`` round: a half-day marker written with a space ("4:30 p. m.",
``READ_SPACED_MERIDIEMS`` in :mod:`llmops_kit.text.clock_periods`) read as "p.m." and cut by no sentence end, a table
cell's clock time read whole as a time (``READ_CELL_CLOCKS`` in :mod:`llmops_kit.labelled_cells`), a day, month name
and year joined by hyphens read as a date (``READ_HYPHENED_MONTH_DATES`` in :mod:`llmops_kit.text.calendar_dates`:
"20-Mar-2027" is no code), a record's duration field a step of the clock arithmetic (``READ_RECORD_DURATIONS`` in
:mod:`llmops_kit.record_durations`: "hours: 2" after "start: 19:00" reaches 21:00) and a numeric date written year
first held by the same day in ISO (``READ_YEAR_FIRST_DATES`` in :mod:`llmops_kit.evidence_derived`: "2027.03.13" of
"date: 2027-03-13"): each changes which figures a claim states, reaches or holds.
So are the dates of other locales' house styles (``READ_LOCALE_DATES`` in :mod:`llmops_kit.text.calendar_dates`, the
``date50`` round: "16. 3. 2027", "16.03.27", "16. března 2027" read as the day they are, and a claim's date held by
a source's date of one reading in any style): it changes which figures a claim holds.
So are two operand readings of a written step (the ``arith47`` round, in :mod:`llmops_kit.written_equations`): a
count beyond an allowance taken as the operand ("30 km over the 100 included × 6 = 180 Kč", ``READ_BEYOND_OPERANDS``)
and the customer's duration restated in the period the claim prices by ("4 hours" as the 240 of "240 × 9" priced per
minute, ``READ_PRICED_DURATIONS``): each changes which figures a claim works out before the decision.
So is the customer's whole count charged at the rate after an allowance ("130 km × 6 = 780 Kč" where the first 100 km
are included, ``READ_CHARGED_ALLOWANCES`` in :mod:`llmops_kit.allowance_steps`, the same round): it settles a claim
as contradicted before the decision.
So is a count worked out in words in brackets and an amount spread over it ("₹6,000 a month over 12 sessions (3 a
week for 4 weeks)" with "₹500 a session", ``READ_WORDED_COUNTS`` in :mod:`llmops_kit.written_equations`, the same
round): it changes which figures a claim works out before the decision.
So are the hours of a slot the customer gives by its two clock times ("6:00–8:00 AM" is two hours,
``READ_SLOT_HOURS`` in :mod:`llmops_kit.evidence_readers`, the same round) and an amount for a duration at the one
rate a source gives per its unit for the claim's subject ("Two hours on the machine net are ₹3,600" at "₹1,800 per
hour", ``READ_RATE_TOTALS`` in :mod:`llmops_kit.rate_totals`, the same round): each changes which figures a claim
holds or works out before the decision.
So is a saving of two offers added where a source allows one offer only ("a saving of ₹1,700" of 25% off and "₹800
more" under "Only one offer per booking", ``READ_STACKED_OFFERS`` in :mod:`llmops_kit.worked_savings`, the same
round): it settles a claim as contradicted before the decision.
So are the ``nums47`` round's readings of figures: a bare dot-grouped figure in a text that writes an amount in
dot thousands beside its currency (``READ_DOTTED_STYLE``: "4 × 6.200 = 24.800 kr." multiplies 6200), an amount
after its code and sign in dot thousands (``READ_CODED_SIGNS``: "COP $390.000"), a range written "between 25 and 110
kg" (``READ_BETWEEN_RANGES``, all three in :mod:`llmops_kit.text.numbers`), an amount in dot thousands before its
mark read by the money reader as the number reader reads it (``READ_MARKED_DOT_THOUSANDS`` in
:mod:`llmops_kit.text.arithmetic`), a line of nothing but a coded amount read as a result line
(``READ_CODED_LINES`` in :mod:`llmops_kit.own_operands`), "the two" before a verb read as no figure and "drops to
zero" read as the amount 0 (``READ_PRONOUN_COUNTS`` and ``READ_ZERO_AMOUNTS`` in
:mod:`llmops_kit.text.number_word_uses`): each changes which figures a claim states or reaches. So is the party a
customer counts as "N of us" with a price "per passenger" read by the worked quote's count check
(``READ_US_PARTIES`` in :mod:`llmops_kit.asked_counts`, the same round: "video COP $60.000" once for "Three of us"):
it settles a claim before the decision.
So is a price the texts give per one unit applied to another unit (``READ_RATE_UNIT_COUNTS`` and
``READ_RATE_UNIT_WHOLES`` in :mod:`llmops_kit.rate_units`, the ``unit47`` round: "2 × ₹150 × 3 hours" of "₹150 per
session", "95 kr. for the month" of "95 kr. per week" asked for a whole month): it settles a claim before the decision.
So is a dotted clock time after "at" behind its day (the ``trap47`` round: "Tuesday 18th May 2027 at 10.40" is 10:40,
``READ_DATED_DOT_HOURS`` in :mod:`llmops_kit.text.numbers`): it changes which figures and times a claim states. So is
a whole hour after the Nordic clock word (the same round: "klo 17–19" is 17:00 to 19:00, ``READ_BARE_KLO_HOURS`` in
the same module).
So is the country a caller rings from before a number the evidence gives for callers abroad (the same round: "From
Norway, dial +44 ..." of "+44 ... from outside the UK", ``READ_CALLER_COUNTRIES`` in :mod:`llmops_kit.place_names`):
it changes which names a claim states. So is a town named as the business's clock beside its international number
(the same round: "08:00-16:00 Melbourne time" of a +61 3 number, ``READ_ZONE_TOWNS`` in the same module).
So is a fact piece beside a decline read with its own closing decline of a detail cut off (the same round: "The
handbook gives the shed as 14 Dawson Lane but doesn't list a postcode, so I can't confirm 3056 from it",
``READ_CUT_PIECES`` in :mod:`llmops_kit.joined_declines`): it changes which claims reach the decision. So is the
customer's own code named as a postcode the bot cannot place read as a decline (the same round: "SK1 is a postcode
district I can't map from here", ``READ_DECLINED_CODES`` in :mod:`llmops_kit.customer_place`), and so is a closing
"if that helps" cut off a claim as courtesy (``READ_HELP_TAILS`` in :mod:`llmops_kit.text.pleasantries`).
So are the words of an e-mail address the customer gave left out of a claim's wording (the same round: "Sure,
breda.k@... - visits start at EUR 18,50", ``READ_OWN_EMAILS`` in :mod:`llmops_kit.contact_details`): it changes the
share of a claim's words the evidence holds.
So is a count priced "at" an amount "each" read as their product (the ``options48`` round: "three drop-ins at Rp
150.000 each, which come to Rp 750.000", ``READ_PRICED_COUNTS`` in :mod:`llmops_kit.written_equations`): it
settles a claim's total as a wrong result before the decision.
So is a window the answer counts from the customer's date (the same round, ``READ_PERIOD_WINDOWS`` in
:mod:`llmops_kit.period_windows`: "valid 12 months from issue, so up to and including 2027/12/14" to "issued on
2026/12/15", and "15/03/2027 is still inside the two-month window" to a result on 11/01/2027): it changes which
figures a claim holds and settles a date compared with the window before the decision.
So is a figure changed where a claim restates an evidence sentence word for word around it (``READ_CHANGED_FIGURES``
in :mod:`llmops_kit.changed_figures`, the ``roundup48`` round: "Lockers take a 2 € coin" against "Lockers take a 1 €
coin"): it settles a claim before the decision. So are its widenings of the ``wrong49`` round: a terse claim's
figure read with the question's words (``READ_ASKED_SUBJECTS``), a figure spelled in words read as written in
digits (``READ_SPELLED_FIGURES``) and a changed range of the same unit (``READ_CHANGED_RANGES``).
So is a figure held by a sentence labelled with the subject the customer's question names read as that subject's
(the ``right48`` round: "Commando package price?" of "Commando: 300 paintballs and 3 hours", ``READ_ASKED_HOLDERS`` in
:mod:`llmops_kit.subject_figures`): it keeps a claim from being settled as contradicted before the decision. So is a
bare count cell held by a clause naming its row that counts something with the same number, where the column's
header (a plural in "-es", another language) names no unit of it (``READ_COUNTED_CELLS`` in
:mod:`llmops_kit.labelled_cells`, the same round: "| Starter | 4.90 | 1 | 20 GB | 1 |" under "Mailboxes").
So are the terms a quote lists with commas, "plus" and "and" before a colon and its total (the ``quote48`` round:
"2 × 6,00 € for the slots and 2 × 7,00 € for the acrylic: 26,00 €", ``READ_LISTED_TERMS`` in
:mod:`llmops_kit.text.term_sums`) and the customer's "both of us" or "to and from" read as a count of two
(``READ_PAIRED_COUNTS`` in :mod:`llmops_kit.evidence_readers`, the same round): each changes which figures a claim
holds or works out before the decision.
So are the children of a worked quote charged the adult price a pricing record gives beside a child's price (the
same round: "4 × 800 THB" for two adults and kids of 6 and 9 beside "child 4 12 thb: 300",
``READ_ADULT_PRICED_CHILDREN`` in :mod:`llmops_kit.aged_charges`): it settles a claim before the decision.
So is any currency sign of Unicode's "Sc" category read as a currency mark (the same round: "99 000 ֏" one figure,
"₺72.000 + ... = ₺83.500" a written sum, ``READ_ANY_SIGNS`` in :mod:`llmops_kit.text.numbers`): it changes which
figures a claim states and works out.
So is a rule turned round where the claim holds one evidence statement's words but its sign (``READ_COVERED_POLARITY``
in :mod:`llmops_kit.claim_meaning`, the ``reversed48`` round: "a photocopy is accepted" of "Photocopies are not
accepted", on claims with figures too): it judges a claim as the meaning readings do.
So is a tax note beside a price read as no fact where no text names a tax (``READ_UNSTATED_TAX`` in
:mod:`llmops_kit.tax_notes`, the ``right49`` round: "EUR 145, VAT included" where no article mentions VAT): it
changes which names and words a claim must find.
So is a tax put on top of prices the texts say include it, or the reverse (``READ_TAX_INCLUSION`` in
:mod:`llmops_kit.tax_inclusion`, the ``tax52`` round: "No, 25 % MVA is added on top of the prices shown" against
"All prices include 25 % MVA."): it judges a claim as the meaning readings do.
So are a count said against the record's count of the same thing (``READ_SAID_COUNTS`` in
:mod:`llmops_kit.said_counts`, the ``record52`` round: "Four of you" of "people: 3", "for 2 hours" of "hours: 3"), a
way of meeting or paying against the record's (``READ_RECORD_WAYS`` in :mod:`llmops_kit.record_ways`: "in person" of
"mode: video", "paid out in cash" of "paid by: check") and a clause denying a field the record holds
(``READ_GAP_CLAUSES`` in :mod:`llmops_kit.empty_fields`: "No lunch is booked; you start at 9:30" of "lunch: True"):
each settles a claim as contradicted before the decision.
So are the customer's own figure said to meet a bound it crosses (``READ_CROSSED_BOUNDS`` in
:mod:`llmops_kit.limit_sides`, the ``options49`` round: "at 128 kg you're within the Canyon's limit" against "the
Canyon maximum is 127 kg", "you're 10, so the group rate applies" against "groups of over 10") and a charge waived
above an amount applied on the wrong side of it (``READ_FREE_THRESHOLDS`` in :mod:`llmops_kit.free_thresholds`, the
same round: "so carriage is free" to goods worth £190 against "free over £400"): each settles a claim as
contradicted before the decision.
So is the customer's own figure admitted past a bound in other words (``READ_AFFIRMED_BOUNDS`` in
:mod:`llmops_kit.limit_sides`, the ``limits56`` round: "40 guests fit comfortably on the rooftop" against "for up to
25 guests", the claim's own "up to 5 children" against "Up to 4 children in all"), and a price the texts give for a
shared thing stated per person (``READ_SHARED_BASES`` in :mod:`llmops_kit.shared_bases`, the same round: "TSh 120,000
per person" against "TSh 120,000 per vehicle").
So are a record's gap said in the words of keeping a record (``READ_KEEPING_WORDS`` in :mod:`llmops_kit.empty_fields`,
the ``tool49`` round: "The record doesn't name a pilot yet" of "pilot: .", read inside ``said_empty``, which is off
already, and switched off here all the same) and an empty field given a figure beside its name
(``READ_FILLED_FIGURES`` in :mod:`llmops_kit.filled_fields`, the same round: "cabana no. 3" of "cabana no: ."): each
settles a claim before the decision. So is a claimed date with its year that no source states, read against a tool
record's other date of that year (``READ_RECORD_YEAR_DATES`` in :mod:`llmops_kit.evidence_derived`, the ``record49``
round: "valid until 11 April 2026" of "valid until: 2026-03-11").
So is a figure the answer never writes as money read as a multiplier only in the longer chain of steps (the
``worked49`` round, ``READ_COUNTED_MULTIPLIERS`` in :mod:`llmops_kit.arithmetic_steps`: "over 500 pages, 20% off"
adds no 500 pages to a price): it changes which figures a claim works out. So is a total read as the sum of the terms
right above it that each end in one amount (the same round, ``READ_LINED_TOTALS`` in :mod:`llmops_kit.text.term_sums`:
"- Kit: $52.00 ... - Skeins: 3 × $7.00 = $21.00 ... Total $91.00").
So is an amount with its currency after the figure read as money in the chain of worked amounts (the ``derived49``
round, ``READ_MARKED_STEPS`` in :mod:`llmops_kit.evidence_derived`, with ``READ_OTHER_MARKS_AFTER`` in
:mod:`llmops_kit.text.arithmetic` for any currency sign and the won in Hangul: "60 000 ֏ less 15% = 51 000 ֏"), with
its guard, a percentage taken off against its source's rule being no step (``READ_RULED_PERCENTS`` in
:mod:`llmops_kit.arithmetic_steps`: "each child ... less 15%" of "a second child gets 15% off").
So is a total worked from the evidence's price in any locale's house style read as the price worked out
(``READ_LOCALE_WORKED_SUMS`` in :mod:`llmops_kit.text.locale_amounts`, the ``sum50`` round: "2 × CHF 1'950 = CHF
3'900" against "1 950 CHF"): it changes which figures and words a claim is found to hold before the decision.
So is a stated bound on any figure applied to the customer's own after "so" (``READ_BOUND_APPLICATIONS`` in
:mod:`llmops_kit.rule_applications`, the ``apply51`` round: "for ages 14 and up, so a 12-year-old can't join yet"):
it settles a claim before the decision.
So is a pricing tool's price per unit charged once in a worked quote for two or more of its unit
(``READ_ONCE_CHARGED`` in :mod:`llmops_kit.once_charged`, the ``count54`` round: "recording € 30,00" of "recording
eur per hour: 30.0" for three hours): it settles a claim before the decision. So is the same reading on a quote's
lines (``READ_QUOTE_LINES``, the ``once55`` round: "Tins: 3.500 JD." left a bare "3.500 JD" for "4 tins", "2 ×
HK$30" of a battery priced per day for 3 days).
So is a held "only" rule denying the customer's own case after "so" (``READ_RESTRICTED_CASES`` in
:mod:`llmops_kit.restricted_cases`, the ``custcase54`` round: "dogs are welcome on the ground floor only, so not in
the quiet room upstairs"), and the customer's distance said to be outside a held "within N km"
(``READ_OUTSIDE_DISTANCES``: "Papakura's outside our run: we deliver within 15 km" to "30 km out"): each settles a
claim before the decision.
So is an elliptical denial completed with the predicate of the clause before it (``READ_ELLIPTICAL_DENIALS`` in
:mod:`llmops_kit.elliptical_denials`, the ``ellipsis55`` round: "the hours are refunded, but the booking fee is not"):
read inside the meaning readings, which are off already, and switched off here all the same.
So are a foreign claim's native digits, a clock time given again in brackets and a half in words read the plain way
(``READ_NATIVE_DIGITS``, ``READ_BRACKETED_CLOCKS`` and ``READ_FOREIGN_HALVES`` in
:mod:`llmops_kit.text.foreign_figures`, the ``lang56`` round: Devanagari digits, "saa 12:30 asubuhi (6.30 am)",
"teilen das hälftig, also CHF 1'495.–"), Dutch and Filipino function words and Polish "do" in an accented text
read by the language test (``READ_LANG56_WORDS`` in :mod:`llmops_kit.text.language`), and a whole-sentence
greeting or closing of another language read as no claim (``READ_FOREIGN_GREETINGS`` in
:mod:`llmops_kit.text.foreign_greetings`: "Magandang araw po", "Freundliche Grüsse") and a Devanagari danda ending
a sentence (``READ_DANDA_ENDS`` in :mod:`llmops_kit.text.split`): each changes which claims there are or which skip
the decision.
Deterministic: no randomness, fixed grid, fixed iteration counts. Run:
``.venv/bin/python tools/fit_claim_decision.py [--loso]``; it prints the coefficients to paste into
``llmops_kit/claim_decision.py`` (``tests/test_claim_decision.py`` checks they match).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from unittest.mock import patch

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tools"))

import first_score_replay  # noqa: E402
from bench_eval import HALUEVAL, halueval_trace, read_labels  # noqa: E402
from bench_eval import READ_SETS as ALL_READ_SETS  # noqa: E402

from llmops_kit import (  # noqa: E402
    aged_charges,
    allowance_steps,
    apology_words,
    arithmetic_steps,
    asked_counts,
    asked_persons,
    asked_requests,
    asked_thresholds,
    asked_units,
    business_limits,
    capped_charges,
    carried_amounts,
    changed_figures,
    charge_comparisons,
    chosen_options,
    claim_decision,
    claim_meaning,
    claimed_days,
    claimed_states,
    condition_sources,
    condition_subjects,
    contact_details,
    conversion_words,
    courtesy_handoffs,
    credit_refunds,
    currency_fields,
    customer_conditions,
    customer_language,
    customer_place,
    dated_versions,
    decline_claims,
    distributed_products,
    elliptical_denials,
    empty_fields,
    entry_statuses,
    evidence,
    evidence_derived,
    evidence_readers,
    excluded_items,
    failure_notes,
    figure_owner,
    filled_fields,
    foreign_evidence,
    found_sources,
    fraction_steps,
    free_claims,
    free_thresholds,
    frequency_counts,
    general_conversions,
    gift_scopes,
    grounding,
    grounding_context,
    grouped_days,
    handoff_acts,
    header_cells,
    held_imperatives,
    increment_counts,
    inferred_counts,
    info_declines,
    joined_acts,
    joined_declines,
    labelled_cells,
    labelled_figures,
    late_conditions,
    length_steps,
    limit_sides,
    named_party,
    near_dates,
    once_charged,
    own_clauses,
    own_operands,
    payment_states,
    period_windows,
    permitted_sides,
    phones,
    phrase_synonyms,
    pii,
    place_names,
    priced_gratuities,
    prorated_charges,
    qualified_rates,
    quality,
    question_frames,
    range_outside,
    rate_totals,
    rate_units,
    record_balances,
    record_counts,
    record_durations,
    record_fields,
    record_flags,
    record_sentences,
    record_variants,
    record_ways,
    refund_polarity,
    required_items,
    restricted_cases,
    retired_passages,
    reversed_rules,
    rule_applications,
    said_counts,
    scope_declines,
    shared_bases,
    shortfalls,
    sibling_attributes,
    span_ends,
    standing_records,
    subject_figures,
    superseded_figures,
    tax_inclusion,
    tax_notes,
    two_group_phones,
    unheld_figures,
    unit_fields,
    unit_prices,
    universal_scope,
    unrestricted_times,
    widened_seasons,
    worked_savings,
    worked_weekdays,
    written_comparisons,
    written_equations,
)
from llmops_kit.claim_decision import ClaimSignals, features  # noqa: E402
from llmops_kit.contract import load_contract  # noqa: E402
from llmops_kit.grounding import fires_hallucination  # noqa: E402
from llmops_kit.io import load_trace_records  # noqa: E402
from llmops_kit.quality import HeuristicScorer, trace_context, trace_earlier_answers, trace_history, trace_instructions  # noqa: E402
from llmops_kit.text import (  # noqa: E402
    calendar_dates,
    claims,
    clock_periods,
    dash_clauses,
    decline_clauses,
    foreign_facts,
    foreign_figures,
    foreign_greetings,
    interjections,
    language,
    list_lead_in,
    number_word_uses,
    pleasantries,
    rand_amounts,
    source_nouns,
    worded_forms,
)
from llmops_kit.traces import Trace  # noqa: E402

tokens = importlib.import_module("llmops_kit.text.tokens")  # the module: the package exports a function so named
currency_marks = importlib.import_module("llmops_kit.text.currency_marks")
text_split = importlib.import_module("llmops_kit.text.split")
numbers = importlib.import_module("llmops_kit.text.numbers")
text_arithmetic = importlib.import_module("llmops_kit.text.arithmetic")
locale_amounts = importlib.import_module("llmops_kit.text.locale_amounts")
term_sums = importlib.import_module("llmops_kit.text.term_sums")
counted_figures = importlib.import_module("llmops_kit.text.counted_figures")
enumeration = importlib.import_module("llmops_kit.text.enumeration")
schedule_days = importlib.import_module("llmops_kit.schedule_days")

#: Read sets kept out of the committed fit (see the module docstring: the eight-set refit did worse unseen).
NOT_FITTED = frozenset({"holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13",
                        "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19",
                        "holdout20", "holdout21", "holdout22", "holdout23", "holdout24",
                        "holdout25", "holdout26", "holdout27", "holdout28",
                        "holdout29", "holdout30", "holdout31", "holdout32",
                        "holdout33", "holdout34", "holdout35", "holdout36",
                        "holdout37", "holdout38"})
READ_SETS = tuple(s for s in ALL_READ_SETS if s[0] not in NOT_FITTED)
HALUEVAL_TUNE = "halueval-tune"
L2 = 1.0
HALUEVAL_MIN_ACCURACY = 0.86
HALUEVAL_MIN_PRECISION = 0.9
GRID = tuple(round(0.05 * k, 2) for k in range(1, 20))
MIL_ROUNDS = 3


@dataclass
class Scored:
    """One trace: its label, and its claims' verdicts (None where the decision is left to the model)."""

    group: str
    hallucination: bool
    evaluable: bool
    verdicts: list[str | None] = field(default_factory=list)
    signals: list[ClaimSignals] = field(default_factory=list)  # one per None in verdicts, in order


def _score(trace: Trace, scorer: HeuristicScorer, group: str, hallucination: bool) -> Scored:
    """Score one trace with the decision recorded instead of taken."""
    seen: list[ClaimSignals] = []

    def record(signals: ClaimSignals, semantic_support: float) -> claim_decision.Decision:
        seen.append(signals)
        return "supported"

    original = claim_decision.decide
    claim_decision.decide = record
    try:
        report = scorer.score(trace.answer, trace_context(trace), query=trace.query,
                              instructions=trace_instructions(trace), history=trace_history(trace),
                              earlier_answers=trace_earlier_answers(trace))
    finally:
        claim_decision.decide = original
    out = Scored(group, hallucination, report.evaluable and report.groundedness is not None)
    pointer = 0
    for verdict in report.support:
        if pointer < len(seen) and verdict.claim == seen[pointer].claim and verdict.verdict == "supported":
            out.verdicts.append(None)
            out.signals.append(seen[pointer])
            pointer += 1
        else:
            out.verdicts.append(verdict.verdict)
    if pointer != len(seen):
        raise RuntimeError(f"{group}: {len(seen) - pointer} recorded claims were not matched to a verdict.")
    return out


def collect() -> list[Scored]:
    """Every read-set trace and HaluEval tuning answer, scored once, with the meaning readings off."""
    with _without_meaning_readings():
        return _collect()


@contextmanager
def _without_meaning_readings() -> Iterator[None]:
    """Score without the readings that judge a claim before the decision (see the module docstring), restored
    afterwards."""
    def nothing(*args: object, **kwargs: object) -> None:
        return None

    def no_figures(*args: object, **kwargs: object) -> frozenset[str]:
        return frozenset()

    off: list[tuple[object, str, object]] = [
        (grounding, "meaning_gap", nothing),
        (grounding, "restated_claim", nothing),
        (grounding, "adds_only_light_words", lambda *args: False),
        (grounding, "denied_record_field", nothing),
        (grounding, "said_empty", nothing),
        (grounding, "other_field_value", nothing),
        (grounding, "other_kind", nothing),
        (grounding, "foreign_owner", nothing),
        (grounding, "covered_exclusion", nothing),
        (grounding, "scope_exception", nothing),
        (grounding, "widened_deadline", nothing),
        (grounding, "unheld_figure", nothing),
        (grounding, "swapped_unit", nothing),
        (grounding, "ruled_out_day", nothing),
        (grounding, "other_subject_figure", nothing),
        (grounding, "swapped_pair", nothing),
        (grounding, "clashing_payment", nothing),
        (grounding, "denied_status", nothing),
        (grounding, "unpaid_part", nothing),
        (grounding, "answered_against_record", nothing),
        (grounding, "applied_limit", nothing),
        (grounding, "allowed_length", nothing),  # rule42: "up to 8 weeks, so a month is fine"
        (grounding, "excluded_case", nothing),  # rule42: "only unworn ..., so a worn jumper can't be swapped"
        (grounding, "carries_contact", lambda *args: False),
        (grounding, "without_handoffs", lambda claim, *args: claim),
        (evidence, "READ_STATES", False),
        (evidence, "READ_PLACES", False),
        (evidence_derived, "_own_share", no_figures),
        (evidence_derived, "_priceless_amounts", no_figures),
        (evidence_derived, "counts_from_customer", no_figures),
        (evidence_derived, "quotient_counts", no_figures),
        (evidence_derived, "calendar_counts", no_figures),
        (evidence_derived, "list_counts", no_figures),
        (evidence_derived, "per_item_counts", no_figures),
        (evidence_derived, "example_figures", no_figures),
        (evidence_derived, "percent_figures", no_figures),
        (evidence_derived, "_kind_operands", lambda stated, *args: lambda value: stated),
        (evidence_derived, "_other_kinds", lambda *args: lambda value: frozenset()),
        (evidence_derived, "marked_after", no_figures),
        (arithmetic_steps, "_UNIT_RES", arithmetic_steps.unit_patterns(arithmetic_steps._CONVERSIONS, hyphened=False)),
        (arithmetic_steps, "_HEDGE_RE", re.compile(r"(?!)")),
        (arithmetic_steps, "_in_feet_and_inches", lambda *args: False),
        (grounding, "converted_unit_words", no_figures),
        (evidence, "same_state_stems", no_figures),
        (evidence, "decided_in_fields", lambda *args: False),
        (evidence, "refused_in_fields", lambda *args: frozenset()),
        (quality, "judge_labelled_items", lambda *args, **kwargs: []),
        (quality, "judge_labelled_polarity", lambda *args, **kwargs: []),
        (quality, "judge_labelled_cells", lambda *args, **kwargs: []),
        (quality, "judge_listed_totals", lambda *args, **kwargs: []),
        (quality, "judge_worded_rows", lambda *args, **kwargs: []),
        (claims, "_SYMPATHY_RE", re.compile(r"(?!)")),  # matches nothing
        (claims, "_OWN_DECLINE_RE", re.compile(r"(?!)")),  # matches nothing
        (claims, "READ_TIME_FRAGMENTS", False),
        (claims, "READ_HANDS_ON_HELP", False),
        (quality, "trace_source_nouns", lambda *args: ()),
        (language, "READ_MORE_LANGUAGES", False),
        (customer_language, "READ_CUSTOMER_LANGUAGE", False),
        (foreign_facts, "READ_FOREIGN_FACTS", False),
        (customer_language, "READ_UNLISTED_LANGUAGES", False),
        (foreign_facts, "READ_HOUR_LISTS", False),
        (foreign_facts, "READ_WORKING_DAYS", False),
        (rand_amounts, "READ_RAND", False),
        (currency_marks, "READ_CURRENCY_MARKS", False),
        (currency_marks, "READ_LOCALE_MONEY", False),
        (text_split, "READ_CLOCK_MARKS", False),
        (evidence_derived, "termed_sums", lambda *args: ()),
        (clock_periods, "READ_WORDED_PARTS", False),
        (clock_periods, "READ_SAME_HOUR_RANGES", False),
        (grounding, "period_words", no_figures),
        (evidence_derived, "period_words", no_figures),
        (grounding, "range_end_verbs", no_figures),
        (worked_weekdays, "READ_WORKED_DAYS", False),
        (claimed_days, "READ_DAY_SETS", False),
        (range_outside, "READ_RANGES", False),
        (found_sources, "READ_FOUND_SOURCES", False),
        (tokens, "READ_LY_OPENERS", False),
        (tokens, "READ_VERB_OPENERS", False),
        (tokens, "READ_DATED_MAY", False),
        (numbers, "READ_MARKS_AFTER_FIGURES", False),
        (numbers, "READ_DIMENSION_LISTS", False),
        (header_cells, "READ_HEADER_CELLS", False),
        (numbers, "READ_ROMANCE_HOURS", False),
        (tokens, "READ_IRREGULAR_FORMS", False),
        (tokens, "READ_GENERAL_NOUNS", False),
        (decline_clauses, "READ_DECLINE_CLAUSES", False),
        (dash_clauses, "READ_DASH_CLAUSES", False),
        (figure_owner, "READ_QUALIFIERS", False),
        (figure_owner, "READ_SENTENCE_ENDS", False),  # money55: "... 7 days. 24-70mm zoom: HK$260" two sentences
        (dated_versions, "READ_DATED_VERSIONS", False),
        (customer_conditions, "READ_CUSTOMER_CONDITIONS", False),
        (qualified_rates, "READ_QUALIFIED_RATES", False),
        (evidence_derived, "READ_UNITLESS", False),
        (record_variants, "READ_RECORD_VARIANTS", False),
        (record_counts, "READ_RECORD_COUNTS", False),
        (record_counts, "READ_ENTRY_COUNTS", False),
        (list_lead_in, "READ_LIST_LEAD_INS", False),
        (evidence_derived, "reached_by_results", lambda *args: False),
        (fraction_steps, "READ_FRACTION_STEPS", False),
        (allowance_steps, "READ_ALLOWANCE_STEPS", False),
        (joined_declines, "READ_JOINED_DECLINES", False),
        (business_limits, "READ_BUSINESS_LIMITS", False),
        (decline_claims, "READ_SOURCE_DECLINES", False),
        (decline_claims, "READ_SUBJECT_SILENCES", False),
        (decline_claims, "READ_QUESTION_DECLINES", False),
        (info_declines, "READ_INFO_DECLINES", False),
        (found_sources, "READ_PROMPT_NOUNS", False),
        (found_sources, "READ_FOUND_SHAPES", False),
        (source_nouns, "READ_WHOLE_NAMES", False),
        (free_claims, "READ_FREE_CLAIMS", False),
        (free_claims, "READ_DENIED_GIFTS", False),
        (gift_scopes, "READ_GIFT_SCOPES", False),
        (credit_refunds, "READ_CREDIT_REFUNDS", False),
        (limit_sides, "READ_LIMIT_SIDES", False),
        (limit_sides, "READ_NARROWED_LISTS", False),
        (limit_sides, "READ_ASIDE_LISTS", False),
        (limit_sides, "READ_NARROWED_UNIVERSALS", False),
        (limit_sides, "READ_WAIVED_RESTRICTIONS", False),
        (limit_sides, "READ_HELD_RESTRICTIONS", False),  # limits55: "only" the evidence restricts too
        (claim_meaning, "READ_NEITHER_SUBJECTS", False),  # limits55: "neither X nor Y take Z"
        (claimed_days, "READ_CLOSED_AFTER", False),  # limits55: "On Fridays the mill is closed"
        (phrase_synonyms, "READ_PHRASE_SYNONYMS", False),
        (worded_forms, "READ_WORDED_FORMS", False),
        (record_sentences, "READ_RECORD_SENTENCES", False),
        (charge_comparisons, "READ_CHARGE_COMPARISONS", False),
        (permitted_sides, "READ_PERMITTED_SIDES", False),
        (courtesy_handoffs, "READ_COURTESY_HANDOFFS", False),
        (handoff_acts, "READ_HANDOFF_ACTS", False),
        (held_imperatives, "READ_HELD_IMPERATIVES", False),
        (apology_words, "READ_APOLOGY_WORDS", False),
        (asked_requests, "READ_ASKED_REQUESTS", False),
        (question_frames, "READ_QUESTION_FRAMES", False),
        (written_equations, "READ_WRITTEN_EQUATIONS", False),
        (general_conversions, "READ_GENERAL_FACTORS", False),
        (own_clauses, "READ_OWN_CLAUSES", False),
        (joined_acts, "READ_JOINED_ACTS", False),
        (numbers, "READ_DOT_THOUSANDS", False),
        (numbers, "READ_SPACED_THOUSANDS", False),
        (counted_figures, "READ_COUNTED_FIGURES", False),
        (numbers, "READ_LOCAL_MARKS", False),
        (numbers, "READ_YEN_SIGNS", False),
        (text_arithmetic, "READ_DECIMAL_COMMAS", False),
        (superseded_figures, "READ_SUPERSEDED", False),
        (own_operands, "READ_OWN_OPERANDS", False),
        (own_operands, "READ_OWN_ROWS", False),
        (length_steps, "READ_LENGTH_STEPS", False),
        (record_balances, "READ_RECORD_BALANCES", False),
        (numbers, "READ_DASHED_DATES", False),
        (general_conversions, "READ_TEMPERATURE_SIGNS", False),
        (arithmetic_steps, "READ_HYPHENED_UNITS", False),
        (general_conversions, "READ_HOURS_MINUTES", False),
        (text_arithmetic, "READ_LABELLED_OPERANDS", False),
        (filled_fields, "READ_FILLED_FIELDS", False),
        (interjections, "READ_INTERJECTIONS", False),
        (interjections, "READ_FOREIGN_APOLOGIES", False),
        (numbers, "READ_SPACED_HOURS", False),
        (numbers, "READ_LIRA_THOUSANDS", False),
        (numbers, "READ_LAKH_GROUPS", False),
        (written_equations, "READ_CHAIN_SIDES", False),
        (numbers, "READ_SPACED_MARKS", False),
        (numbers, "READ_SIGNED_DOT_THOUSANDS", False),
        (written_equations, "READ_OPERAND_LABELS", False),
        (counted_figures, "READ_CODED_AMOUNTS", False),
        (grounding, "READ_LABEL_RANGES", False),
        (numbers, "READ_SPELLED_MARKS", False),
        (written_equations, "READ_HOUR_SYMBOLS", False),
        (asked_units, "READ_ASKED_UNITS", False),
        (pleasantries, "READ_SIGN_OFFS", False),
        (pleasantries, "READ_WELL_WISHES", False),
        (enumeration, "READ_LIST_ENDS", False),
        (enumeration, "READ_ITEM_COUNTS", False),
        (enumeration, "READ_OWN_ANDS", False),
        (schedule_days, "READ_TIMES_FIRST", False),
        (shortfalls, "READ_SHORTFALLS", False),
        (named_party, "READ_NAMED_PARTIES", False),
        (rand_amounts, "READ_RAND_SUMS", False),
        (numbers, "READ_TRUNK_PREFIX", False),
        (evidence_derived, "READ_SHORT_MONTHS", False),
        (worked_savings, "READ_WORKED_SAVINGS", False),
        (priced_gratuities, "READ_PRICED_GRATUITIES", False),
        (priced_gratuities, "READ_UNNAMED_GRATUITIES", False),
        (priced_gratuities, "READ_UNNAMED_INCLUSIONS", False),
        (required_items, "READ_REQUIRED_ITEMS", False),
        (written_comparisons, "READ_WRITTEN_COMPARISONS", False),
        (written_comparisons, "READ_IMPLIED_COMPARISONS", False),
        (chosen_options, "READ_CHOSEN_OPTIONS", False),
        (sibling_attributes, "READ_SIBLING_ATTRIBUTES", False),
        (widened_seasons, "READ_WIDENED_SEASONS", False),
        (unit_prices, "READ_UNIT_PRICES", False),
        (evidence_derived, "READ_TIMED_FACTORS", False),
        (numbers, "READ_LATE_CLOCK", False),
        (carried_amounts, "READ_CARRIED_AMOUNTS", False),
        (numbers, "READ_WRITTEN_DATE_NAMES", False),
        (numbers, "READ_MARK_NAMES", False),
        (numbers, "READ_DINAR_MARKS", False),  # money55: "35.000 JD" is JOD 35, "KD", "BD", "DT" too
        (foreign_facts, "READ_CALENDAR_NAMES", False),
        (numbers, "READ_DOTTED_HOURS", False),
        (numbers, "READ_CLOCK_CUES", False),
        (numbers, "READ_CLOCK_SUFFIXES", False),
        (clock_periods, "READ_LOCALE_MERIDIEMS", False),
        (foreign_evidence, "READ_FOREIGN_EVIDENCE", False),
        (evidence_derived, "READ_AGE_BOUNDS", False),
        (named_party, "READ_STATED_GROUPS", False),
        (reversed_rules, "READ_REVERSED_RULES", False),  # reversal52: a requirement or gratuity turned round
        (evidence_derived, "READ_NUMERIC_DATES", False),
        (payment_states, "READ_ASKED_PAYMENTS", False),
        (filled_fields, "READ_FALSE_FLAGS", False),
        (record_counts, "READ_WORDED_ZEROS", False),
        (inferred_counts, "READ_YEARLY_FIGURES", False),
        (language, "READ_POLISH_MALAY", False),
        (refund_polarity, "READ_REFUND_POLARITY", False),
        (refund_polarity, "READ_SOLE_REFUND_RULE", False),
        (late_conditions, "READ_ONCE_CONDITIONS", False),
        (late_conditions, "READ_TRAILING_IFS", False),
        (late_conditions, "READ_ONLY_RESTRICTIONS", False),
        (condition_subjects, "READ_CONDITION_SUBJECTS", False),
        (unheld_figures, "READ_RESTATED_OPERANDS", False),
        (span_ends, "READ_SPAN_ENDS", False),
        (grouped_days, "READ_GROUPED_DAYS", False),
        (near_dates, "READ_NEAR_DATES", False),
        (required_items, "READ_PREDICATE_REQUIREMENTS", False),
        (numbers, "READ_SPACED_STYLE", False),
        (written_equations, "READ_RUN_ON_STEPS", False),
        (text_split, "READ_SPACED_DATES", False),
        (numbers, "READ_WHOLE_UNITS", False),
        (labelled_cells, "READ_LABEL_COUNTS", False),
        (grounding, "READ_RANK_LABELS", False),
        (numbers, "READ_MORE_SIGNS", False),
        (numbers, "READ_CLOCK_WORDS", False),
        (record_fields, "READ_LABELLED_VALUES", False),
        (record_counts, "READ_ASKED_PARTIES", False),
        (record_counts, "READ_COUNTS_LEFT", False),
        (entry_statuses, "READ_STATUS_COUNTS", False),
        (entry_statuses, "READ_REMAINING_COUNTS", False),
        (joined_declines, "READ_COLON_FOUND", False),
        (joined_declines, "READ_BARE_HANDOFFS", False),
        (joined_declines, "READ_COUNTED_DECLINES", False),
        (scope_declines, "READ_SCOPE_DECLINES", False),
        (scope_declines, "READ_REMIT_CLAUSES", False),
        (found_sources, "READ_FOUND_LIMITS", False),
        (found_sources, "READ_NAMED_COVERS", False),
        (grounding, "READ_HYPHENED_CODES", False),
        (standing_records, "READ_STANDING_RECORDS", False),
        (standing_records, "READ_KEPT_RECORDS", False),
        (failure_notes, "READ_STILL_OFFERS", False),
        (asked_counts, "READ_ASKED_COUNTS", False),
        (aged_charges, "READ_AGED_CHARGES", False),
        (frequency_counts, "READ_FREQUENCY_COUNTS", False),
        (excluded_items, "READ_PRICED_INCLUSIONS", False),
        (condition_sources, "READ_CONDITION_SOURCES", False),
        (unit_fields, "READ_UNIT_FIELDS", False),
        (unit_fields, "READ_MONEY_FIELDS", False),  # money55: "charged_so_far_huf: 2700" holds "2 700 Ft"
        (claimed_states, "READ_PAID_PARTS", False),
        (claimed_states, "READ_PAYMENT_BESIDE_STATE", False),
        (claimed_states, "READ_FINISHED_STATES", False),
        (universal_scope, "READ_OWN_OUTSIDE", False),
        (universal_scope, "READ_EVERY_ARTICLE", False),
        (clock_periods, "READ_SPACED_MERIDIEMS", False),
        (labelled_cells, "READ_CELL_CLOCKS", False),
        (calendar_dates, "READ_HYPHENED_MONTH_DATES", False),
        (calendar_dates, "READ_LOCALE_DATES", False),
        (record_durations, "READ_RECORD_DURATIONS", False),
        (evidence_derived, "READ_YEAR_FIRST_DATES", False),
        (written_equations, "READ_BEYOND_OPERANDS", False),
        (written_equations, "READ_CUT_CHAINS", False),
        (written_equations, "READ_PRICED_DURATIONS", False),
        (allowance_steps, "READ_CHARGED_ALLOWANCES", False),
        (written_equations, "READ_WORDED_COUNTS", False),
        (written_equations, "READ_PRICED_COUNTS", False),
        (period_windows, "READ_PERIOD_WINDOWS", False),
        (evidence_readers, "READ_SLOT_HOURS", False),
        (rate_totals, "READ_RATE_TOTALS", False),
        (worked_savings, "READ_STACKED_OFFERS", False),
        (numbers, "READ_DOTTED_STYLE", False),
        (numbers, "READ_CODED_SIGNS", False),
        (numbers, "READ_BETWEEN_RANGES", False),
        (text_arithmetic, "READ_MARKED_DOT_THOUSANDS", False),
        (own_operands, "READ_CODED_LINES", False),
        (number_word_uses, "READ_PRONOUN_COUNTS", False),
        (number_word_uses, "READ_ZERO_AMOUNTS", False),
        (asked_counts, "READ_US_PARTIES", False),
        (rate_units, "READ_RATE_UNIT_COUNTS", False),
        (rate_units, "READ_RATE_UNIT_WHOLES", False),
        (arithmetic_steps, "READ_STORAGE_AND_PINTS", False),
        (arithmetic_steps, "READ_HEDGED_HALVES", False),
        (arithmetic_steps, "READ_SPANISH_UNITS", False),
        (arithmetic_steps, "READ_RATE_UNITS", False),
        (arithmetic_steps, "READ_FLAT_WIDTHS", False),
        (general_conversions, "READ_STORAGE_COUNTS", False),
        (conversion_words, "READ_MILE_SETTINGS", False),
        (numbers, "READ_DATED_DOT_HOURS", False),
        (numbers, "READ_BARE_KLO_HOURS", False),
        (place_names, "READ_CALLER_COUNTRIES", False),
        (place_names, "READ_ZONE_TOWNS", False),
        (joined_declines, "READ_CUT_PIECES", False),
        (customer_place, "READ_DECLINED_CODES", False),
        (customer_place, "READ_WIDER_CODES", False),
        (pleasantries, "READ_HELP_TAILS", False),
        (contact_details, "READ_OWN_EMAILS", False),
        (changed_figures, "READ_CHANGED_FIGURES", False),
        (changed_figures, "READ_ASKED_SUBJECTS", False),
        (changed_figures, "READ_SPELLED_FIGURES", False),
        (changed_figures, "READ_CHANGED_RANGES", False),
        (changed_figures, "READ_CHANGED_DAYS", False),
        (changed_figures, "READ_CHANGED_FREQUENCIES", False),
        (changed_figures, "READ_CUSTOMER_CLOCK_RANGES", False),
        (scope_declines, "READ_FIGURED_REFERRALS", False),
        (scope_declines, "READ_INFO_LACKS", False),  # decline56: "I don't have transport information", unasked topic
        (grounding_context, "READ_DIFFERENCE_SIZES", False),
        (subject_figures, "READ_ASKED_HOLDERS", False),
        (labelled_cells, "READ_COUNTED_CELLS", False),
        (subject_figures, "READ_UNHELD_VALUES", False),
        (joined_acts, "READ_DONE_TO_CUSTOMER", False),
        (term_sums, "READ_LISTED_TERMS", False),
        (evidence_readers, "READ_PAIRED_COUNTS", False),
        (aged_charges, "READ_ADULT_PRICED_CHILDREN", False),
        (numbers, "READ_ANY_SIGNS", False),
        (claim_meaning, "READ_COVERED_POLARITY", False),
        (tax_notes, "READ_UNSTATED_TAX", False),
        (tax_inclusion, "READ_TAX_INCLUSION", False),
        (said_counts, "READ_SAID_COUNTS", False),  # record52: a count against the record's field of that thing
        (record_ways, "READ_RECORD_WAYS", False),  # record52: a way of meeting or paying against the record's
        (empty_fields, "READ_GAP_CLAUSES", False),  # record52: a clause denying a field the record holds
        (limit_sides, "READ_CROSSED_BOUNDS", False),
        (limit_sides, "READ_AFFIRMED_BOUNDS", False),  # limits56: "40 guests fit" of "up to 25 guests"
        (shared_bases, "READ_SHARED_BASES", False),  # limits56: "X per person" of "X per vehicle"
        (free_thresholds, "READ_FREE_THRESHOLDS", False),
        (free_thresholds, "READ_RESTATED_THRESHOLDS", False),
        (empty_fields, "READ_KEEPING_WORDS", False),
        (evidence_derived, "READ_RECORD_YEAR_DATES", False),
        (filled_fields, "READ_FILLED_FIGURES", False),
        (arithmetic_steps, "READ_COUNTED_MULTIPLIERS", False),
        (term_sums, "READ_LINED_TOTALS", False),
        (evidence_derived, "READ_MARKED_STEPS", False),
        (arithmetic_steps, "READ_RULED_PERCENTS", False),
        (labelled_figures, "READ_MARKED_AMOUNTS", False),
        (text_arithmetic, "READ_OTHER_MARKS_AFTER", False),
        (text_arithmetic, "READ_DINARS_MARKED_AFTER", False),  # money55: "7.500 JD" money in worked steps
        (locale_amounts, "READ_LOCALE_WORKED_SUMS", False),
        (rule_applications, "READ_BOUND_APPLICATIONS", False),
        (increment_counts, "READ_INCREMENT_COUNTS", False),
        (text_split, "READ_DOTTED_MARKS", False),
        (text_split, "READ_DOTTED_AMOUNTS", False),  # split55: "18,00 kr. a trip", "2027 kl. 7.15" end no sentence
        (prorated_charges, "READ_PRORATED_CHARGES", False),
        (once_charged, "READ_ONCE_CHARGED", False),  # count54: a tool's per-unit price charged once for N units
        (once_charged, "READ_QUOTE_LINES", False),  # once55: the same on a bare quote line, one of two counts dropped
        (restricted_cases, "READ_RESTRICTED_CASES", False),  # custcase54: "only" rule denying the customer's case
        (restricted_cases, "READ_OUTSIDE_DISTANCES", False),  # custcase54: a place past a held "within N km"
        (two_group_phones, "READ_TWO_GROUP_PHONES", False),  # handoff55: "call 2815 3364", the number published
        (capped_charges, "READ_CAPPED_CHARGES", False),  # capped55: a rate's cap or floor applied to a usage
        (currency_fields, "READ_CURRENCY_FIELDS", False),  # krfield55: "4.380 kr" of a record's "monthly fee dkk: 4380"
        (record_flags, "READ_FLAG_CLAUSES", False),  # recflags55: "auto top-up is on" of "auto topup: False"
        (elliptical_denials, "READ_ELLIPTICAL_DENIALS", False),  # ellipsis55: "B is not" given A's predicate
        (text_split, "READ_FIGURE_UNIT_ENDS", False),  # ftsplit55: "2 700 Ft. Add ..." ends its sentence
        (evidence_derived, "READ_WRITTEN_TOTALS", False),  # ftsplit55: "Total: 117 900 Ft" read with its label
        (asked_thresholds, "READ_ASKED_THRESHOLDS", False),  # rules56: "yes" to a case a lower bound excludes
        (unrestricted_times, "READ_UNRESTRICTED_TIMES", False),  # always55: "at all times" of "not on weekdays kl. 7-9"
        (retired_passages, "READ_RETIRED_RIVALS", False),  # rest55: a superseded price list is no rival
        (asked_persons, "READ_ASKED_PERSONS", False),  # tool56: "Camila, on ..." to "who?" of "cleaner: Marisol"
        (distributed_products, "READ_DISTRIBUTED_PRODUCTS", False),  # derive56: "2 × (a + b)" read as "2 × a + 2 × b"
        (pii, "READ_PHONE_HEADS", False),  # pii56: "parent_phone" holds a phone, not an id
        (pii, "READ_TAX_ID_LABELS", False),  # pii56: "NIP 894-301-22-17" is a tax number, no phone
        (foreign_figures, "READ_NATIVE_DIGITS", False),  # lang56: Devanagari "४" is 4
        (foreign_figures, "READ_BRACKETED_CLOCKS", False),  # lang56: "saa 12:30 asubuhi (6.30 am)" is one time
        (foreign_figures, "READ_FOREIGN_HALVES", False),  # lang56: "hälftig" halves as "half" does
        (language, "READ_LANG56_WORDS", False),  # lang56: Dutch and Filipino words, Polish "do" in accented text
        (foreign_greetings, "READ_FOREIGN_GREETINGS", False),  # lang56: "Magandang araw po" is no claim
        (text_split, "READ_DANDA_ENDS", False),  # lang56: the Devanagari danda "।" ends a sentence
        (phones, "READ_BARE_NATIONAL", False),  # pii56b: "11 4567-8912", Argentina's format without its trunk 0
        (phones, "READ_MOBILE_TRIPLES", False),  # pii56b: "612 345 678", a Spanish mobile in groups of three
        (phones, "READ_CLOCK_PAIRS", False),  # pii56b: "08 00 17 00", two clock times, no phone
        (changed_figures, "READ_CHANGED_ORDINALS", False),  # ordinal56: "from the 3rd day" against "the 2nd day"
        (grounding, "NOVEL_WORDS_FABRICATE", True),
    ]
    with ExitStack() as stack:
        for module, name, replacement in off:
            stack.enter_context(patch.object(module, name, replacement))
        claims.read_answer.cache_clear()  # type: ignore[attr-defined]  # answers read before are read again
        text_split.sentences_of.cache_clear()  # texts split before are split again
        stack.callback(text_split.sentences_of.cache_clear)
        tokens.names_in.cache_clear()  # type: ignore[attr-defined]  # names read before are read again
        stack.callback(tokens.names_in.cache_clear)  # type: ignore[attr-defined]
        stack.callback(claims.read_answer.cache_clear)  # type: ignore[attr-defined]
        yield


def _collect() -> list[Scored]:
    contract = load_contract()
    scorer = HeuristicScorer(contract)
    rows: list[Scored] = []
    for name, root, domains in READ_SETS:
        labels = read_labels(root)
        if domains is not None:
            labels = labels[labels["domain"].isin(domains)]
        for rel, codes in zip(labels["file"], labels["expected"], strict=True):
            (trace,) = load_trace_records(root / rel)
            rows.append(_score(trace, scorer, name, "HALLUCINATION" in codes))
    for n, line in enumerate(HALUEVAL.read_text(encoding="utf-8").splitlines()):
        if n % 2:  # odd lines are HaluEval's test half: never read here
            continue
        item = json.loads(line)
        for hallucinated, key in ((False, "right_answer"), (True, "hallucinated_answer")):
            rows.append(_score(halueval_trace(item, item[key], 2 * n + hallucinated), scorer, HALUEVAL_TUNE,
                               hallucinated))
    return rows


def _fires(row: Scored, decided: list[str], floor: float) -> bool:
    """detect_hallucination's rule on one trace's verdicts."""
    return row.evaluable and fires_hallucination(decided, floor)


def _verdicts(row: Scored, decisions: list[str]) -> list[str]:
    it = iter(decisions)
    return [v if v is not None else next(it) for v in row.verdicts]


def fit(rows: list[Scored], bar: float, floor: float) -> tuple[float, np.ndarray]:
    """Intercept and coefficients of the logistic model, from the claims of ``rows``."""
    xs, ys, choose = [], [], []
    for row in rows:
        if not row.signals:
            continue
        x = np.array([features(s, bar) for s in row.signals], dtype=float)
        if not row.hallucination:
            xs.append(x)
            ys.append(np.zeros(len(x)))
        elif not _fires(row, _verdicts(row, ["supported"] * len(row.signals)), floor):
            choose.append(x)  # one of these claims is the unsupported one
    sims = [np.argmin(x[:, 0]) for x in choose]  # least similar first
    intercept, coef = 0.0, np.zeros(len(claim_decision.FEATURES))
    for _ in range(MIL_ROUNDS + 1):
        picked = np.array([x[i] for x, i in zip(choose, sims, strict=True)])
        design = np.vstack([*xs, picked])
        target = np.concatenate([*ys, np.ones(len(picked))])
        intercept, coef = _logistic(design, target)
        sims = [int(np.argmax(x @ coef)) for x in choose]
    # rounded as the module writes them, so every figure below is what the committed numbers do
    return round(intercept, 4), np.round(coef, 4)


def _logistic(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """L2-penalised logistic regression by Newton's method (deterministic, 50 steps)."""
    design = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(design @ w)))
        grad = design.T @ (p - y) + penalty * w
        hess = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        w = w - np.linalg.solve(hess, grad)
    return float(w[0]), w[1:]


def _decisions(row: Scored, model: tuple[float, np.ndarray] | None, point: tuple[float, float],
               bar: float) -> list[str]:
    if model is None:
        return [claim_decision.rule_decision(s, bar) for s in row.signals]
    if not row.signals:
        return []
    z = model[0] + np.array([features(s, bar) for s in row.signals]) @ model[1]
    p = 1 / (1 + np.exp(-z))
    return [claim_decision.decision_at(q, point) for q in p]


def scores(rows: list[Scored], model: tuple[float, np.ndarray] | None, point: tuple[float, float], bar: float,
           floor: float) -> dict[str, dict[str, float]]:
    """Per group: HALLUCINATION TP / FP / FN, precision, recall, F1, accuracy (model None: the hand-set rules)."""
    out: dict[str, dict[str, float]] = {}
    for row in rows:
        fired = _fires(row, _verdicts(row, _decisions(row, model, point, bar)), floor)
        c = out.setdefault(row.group, {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
        c[("t" if fired == row.hallucination else "f") + ("p" if fired else "n")] += 1
    for c in out.values():
        c["precision"] = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        c["recall"] = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        pr = c["precision"] + c["recall"]
        c["f1"] = 2 * c["precision"] * c["recall"] / pr if pr else 0.0
        c["accuracy"] = (c["tp"] + c["tn"]) / (c["tp"] + c["tn"] + c["fp"] + c["fn"])
    return out


def replay_rows(folder: Path = first_score_replay.FOLDER) -> list[Scored]:
    """The first unseen scores of the opened sets (``tools/first_score_replay.py``) as rows, one group per set
    (``first-score holdoutN``): a claim that code left to the decision keeps its signals, the rest their verdict.
    Never fitted on: they only choose ``FABRICATED_AT``."""
    rows = []
    for replay in first_score_replay.load(folder):
        for trace in replay["traces"]:
            verdicts: list[str | None] = []
            signals: list[ClaimSignals] = []
            for claim in trace["claims"]:
                if first_score_replay.settled(claim):
                    verdicts.append(None)
                    signals.append(first_score_replay.signals_of(claim))
                    continue
                verdicts.append(claim if isinstance(claim, str) else claim["verdict"])
            rows.append(Scored(f"first-score {replay['set']}", "HALLUCINATION" in trace["codes"],
                               trace["evaluable"], verdicts, signals))
    return rows


def choose_point(rows: list[Scored], model: tuple[float, np.ndarray], bar: float, floor: float,
                 replays: list[Scored] | None = None) -> tuple[float, float] | None:
    """The grid point meeting the HaluEval bounds with the best pooled F1 over the read sets (then worst-set F1),
    or None; with ``replays``, its ``FABRICATED_AT`` is then the one with the most HALLUCINATION verdicts right
    over them (module docstring, step 4). Pooled, not worst-set, since the ``ground7`` round: the worst set's F1
    moved by one trace between neighbouring points and chose the stricter one, which lost more true positives
    than it saved false alarms; left out one set at a time the pooled choice did as well on the worst set (F1
    0.765 both) and better on its precision (0.782 against 0.779)."""
    best, best_key = None, None
    replays = replays or []
    for low in GRID:
        for high in GRID:
            if high < low:
                continue
            s = scores(rows, model, (low, high), bar, floor)
            halu = s.get(HALUEVAL_TUNE)
            if halu is None or halu["accuracy"] < HALUEVAL_MIN_ACCURACY or halu["precision"] < HALUEVAL_MIN_PRECISION:
                continue
            sets = [v for k, v in s.items() if k != HALUEVAL_TUNE]
            tp, wrong = sum(v["tp"] for v in sets), sum(v["fp"] + v["fn"] for v in sets)
            key = (round(2 * tp / (2 * tp + wrong), 6) if tp else 0.0, round(min(v["f1"] for v in sets), 6))
            if best_key is None or key > best_key:
                best, best_key = (float(low), float(high)), key
    if best is None or not replays:
        return best
    low, right = best[0], None
    for high in GRID:
        if high < low:
            continue
        halu = scores(rows, model, (low, high), bar, floor).get(HALUEVAL_TUNE)
        if halu is None or halu["accuracy"] < HALUEVAL_MIN_ACCURACY or halu["precision"] < HALUEVAL_MIN_PRECISION:
            continue
        net = sum(v["tp"] - v["fp"] for v in scores(replays, model, (low, high), bar, floor).values())
        if right is None or net > right:
            best, right = (float(low), float(high)), net
    return best


def _line(name: str, c: dict[str, float]) -> str:
    return (f"  {name:<14} TP {c['tp']:>3} FP {c['fp']:>3} FN {c['fn']:>3}  precision {c['precision']:.3f}  "
            f"recall {c['recall']:.3f}  F1 {c['f1']:.3f}  accuracy {c['accuracy']:.3f}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loso", action="store_true", help="also print the leave-one-set-out figures")
    args = parser.parse_args(argv)
    contract = load_contract()
    bar, floor = contract.quality.semantic_support, contract.quality.groundedness_floor
    rows = collect()
    replays = replay_rows()
    model = fit(rows, bar, floor)
    point = choose_point(rows, model, bar, floor, replays)
    print(f"claims left to the decision: {sum(len(r.signals) for r in rows)} in {len(rows)} traces")
    print(f"INTERCEPT = {model[0]:.4f}")
    print(f"COEFFICIENTS = ({', '.join(f'{c:.4f}' for c in model[1])})  # {', '.join(claim_decision.FEATURES)}")
    print(f"operating point (UNSUPPORTED_AT, FABRICATED_AT) = {point}")
    print("HALLUCINATION per set, hand-set rules -> fitted model (all read sets in the fit):")
    rule = scores(rows, None, (0, 0), bar, floor)
    fitted = scores(rows, model, point, bar, floor) if point else {}
    for name in [*(n for n, _, _ in READ_SETS), HALUEVAL_TUNE]:
        print(_line(name, rule[name]))
        if fitted:
            print(_line("", fitted[name]))
    if args.loso:
        print("Leave one set out (fit and operating point on the others, scored on the one left out):")
        pooled = {"rules": [0, 0, 0], "model": [0, 0, 0]}
        worst: dict[str, float] = {}
        for name, _, _ in READ_SETS:
            train = [r for r in rows if r.group != name]
            held = [r for r in rows if r.group == name]
            m = fit(train, bar, floor)
            p = choose_point(train, m, bar, floor, replays)
            print(f"  {name}: operating point {p}")
            for what, figures in (("rules", scores(held, None, (0, 0), bar, floor)[name]),
                                  ("model", scores(held, m, p, bar, floor)[name] if p is not None else None)):
                if figures is not None:
                    print(_line(what, figures))
                    worst[what] = min(worst.get(what, 1.0), figures["f1"])
                    pooled[what] = [a + int(figures[k]) for a, k in zip(pooled[what], ("tp", "fp", "fn"), strict=True)]
        for what, (tp, fp, fn) in pooled.items():
            print(f"  pooled {what}: TP {tp} FP {fp} FN {fn}  precision {tp / (tp + fp):.3f}  "
                  f"recall {tp / (tp + fn):.3f}  worst-set F1 {worst.get(what, 0.0):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
