"""Held-out set, domain 1: the customer assistant of a small European airline (Aurora Air, fictitious)."""

from __future__ import annotations

from holdout_build import Domain, Request, Tool, bad, ok

DOMAIN = Domain(
    key="airline", org="Aurora Air", trace_name="aurora-assist", index="aurora-help", model="gpt-4o-mini",
    citation="kb", region="eu-west-1", tool_names=["booking_lookup", "flight_status", "refund_status"],
    system=(
        "You are the Aurora Air customer assistant. Answer only from the knowledge base passages and tool "
        "results in the conversation; cite passages as [kb-NNN]. If the passages do not answer the question, "
        "say you could not find it and offer the contact centre. Never promise compensation, upgrades or "
        "refunds that the passages or tools do not state. Prices are in euros. Aurora Air flies from Dublin, "
        "Cork and Shannon. Be brief and friendly; use the customer's language. Do not repeat card numbers, "
        "e-mail addresses or phone numbers the customer gives you; refer to 'the card you used'. When a tool "
        "fails, say that the record could not be read right now instead of guessing its content."),
    docs={
        "kb-201": ("Checked baggage allowance",
                   "Economy Light fares include no checked bag. Economy Classic includes one checked bag of up to "
                   "23 kg. Business includes two checked bags of up to 32 kg each. An extra checked bag costs "
                   "EUR 65 when added online and EUR 90 at the airport. A bag may measure at most 158 cm "
                   "(length + width + height)."),
        "kb-202": ("Cabin baggage",
                   "Every passenger may bring one cabin bag of up to 8 kg measuring no more than 55 x 40 x 23 cm, "
                   "plus one personal item such as a handbag or laptop bag of up to 40 x 30 x 15 cm that fits "
                   "under the seat in front."),
        "kb-203": ("Cancelling a booking and refunds",
                   "Flex fares are fully refundable up to 2 hours before departure. Classic fares cannot be "
                   "refunded, but they can be changed for a EUR 50 change fee plus any fare difference. Light "
                   "fares cannot be changed or refunded. Airport taxes are refunded on request for any unused "
                   "ticket. Refunds go back to the original card within 7 business days."),
        "kb-204": ("Delays and your rights",
                   "If your flight arrives more than 3 hours late you may claim compensation under EU Regulation "
                   "261/2004: EUR 250 for flights up to 1,500 km, EUR 400 for flights of 1,500 to 3,500 km. "
                   "From a 2-hour delay at departure we give meal vouchers at the gate. Claims are made with the "
                   "online delay form."),
        "kb-205": ("Online check-in",
                   "Online check-in opens 30 hours before departure and closes 60 minutes before departure. "
                   "The boarding gate closes 20 minutes before departure. Boarding passes can be saved to a "
                   "phone wallet or printed."),
        "kb-206": ("Travelling with a pet in the cabin",
                   "Cats and small dogs may travel in the cabin when the animal and its carrier weigh no more "
                   "than 8 kg together. The carrier must fit under the seat (45 x 35 x 20 cm). The fee is EUR 60 "
                   "per flight and the pet must be booked at least 48 hours before departure. Pets cannot travel "
                   "in the cabin on flights to or from the United Kingdom."),
        "kb-207": ("Contacting Aurora Air",
                   "Our contact centre is open every day from 07:00 to 22:00 Irish time on +353 1 555 0190. "
                   "For special assistance (wheelchairs, reduced mobility) write to assist@aurora-air.example at "
                   "least 48 hours before your flight. Press enquiries: press@aurora-air.example."),
        "kb-208": ("Choosing a seat",
                   "Standard seats cost EUR 8 to EUR 25 depending on the route; extra-legroom seats cost EUR 35. "
                   "Seat selection is free for Business passengers. Children under 12 are seated next to an "
                   "adult on the same booking at no charge."),
        "kb-209": ("Aurora Miles: earning and spending",
                   "Members earn 5 Aurora Miles per euro spent on fares. Miles expire after 36 months without "
                   "activity. 10,000 miles can be spent on a one-way reward seat within Ireland."),
        "kb-210": ("Lounges at Dublin Airport",
                   "Business passengers and Aurora Miles Gold members may use the Atlantic Lounge in Terminal 2 "
                   "from 05:00 to 21:00. Guests pay EUR 39."),
    },
)

_BOOKING = Tool("booking_lookup", {"reference": "QX7T2K"},
                {"pnr": "QX7T2K", "status": "confirmed", "flight": "AU 482", "route": "Dublin - Lisbon",
                 "departure": "2025-06-14T07:35", "fare": "Economy Classic", "checked_bags": 1, "seat": "14C"}, 520)
_STATUS = Tool("flight_status", {"reference": "AU 219", "date": "2025-05-02"},
               {"flight": "AU 219", "route": "ORK-AMS", "status": "delayed", "scheduled_departure": "16:10",
                "estimated_departure": "19:55", "delay_minutes": 225, "gate": "B12"}, 410)
_REFUND = Tool("refund_status", {"reference": "RF-40418"},
               {"refund_id": "RF-40418", "state": "paid", "amount_eur": 312.4, "paid_on": "2025-03-03",
                "paid_to": "card ending 4417"}, 640)

REQUESTS = {
    "bags": Request("How many checked bags do I get on Economy Classic, and what if I need a second one?",
                    [("kb-201", 0.83), ("kb-202", 0.61), ("kb-208", 0.33)]),
    "cabin": Request("what size can my carry on be", [("kb-202", 0.79), ("kb-201", 0.57)]),
    "refund": Request("I booked a Classic fare and now I can't travel. Can I get my money back?",
                      [("kb-203", 0.77), ("kb-204", 0.52)]),
    "delay": Request("My flight AU 219 today is delayed, what am I entitled to?",
                     [("kb-204", 0.74), ("kb-203", 0.55)], _STATUS),
    "booking": Request("Can you confirm booking QX7T2K and tell me which seat I have?",
                       [("kb-208", 0.56), ("kb-205", 0.52)], _BOOKING),
    "checkin": Request("When can I check in online? My flight to Lisbon leaves at 07:35 on 14 June.",
                       [("kb-205", 0.84), ("kb-208", 0.41)]),
    "pet": Request("Can my cat fly with me in the cabin to Lisbon? She is 5 kg including her carrier.",
                   [("kb-206", 0.81), ("kb-202", 0.50)]),
    "refundstatus": Request("Has my refund RF-40418 been paid yet?", [("kb-203", 0.64)], _REFUND),
    "contact": Request("I need wheelchair assistance at Cork, who do I contact?",
                       [("kb-207", 0.71), ("kb-202", 0.38)]),
}

_OFF = [("kb-209", 0.47), ("kb-210", 0.41)]
_OFF_HIGH = [("kb-209", 0.58), ("kb-210", 0.55)]
_NOT_FOUND = "I couldn't find this in our help articles. Our contact centre can help you further."

SPECS = [
    # ---- healthy: answer styles ----
    ok("bags", "On Economy Classic you get one checked bag of up to 23 kg [kb-201]. A second bag is extra: "
               "EUR 65 if you add it online, or EUR 90 at the airport, so adding it online is cheaper.",
       "paraphrase with [kb-NNN]"),
    ok("bags", "## Your baggage on Economy Classic\n\n| | Included | Extra |\n|---|---|---|\n"
               "| Checked bags | 1 x 23 kg | EUR 65 online / EUR 90 at the airport |\n"
               "| Cabin | 1 bag, 8 kg, 55 x 40 x 23 cm + 1 personal item | - |\n\n"
               "- Each checked bag may measure up to **158 cm** in total (length + width + height).\n"
               "- Tip: add the second bag online to save EUR 25.", "markdown table and list"),
    ok("cabin", "One cabin bag, max 8 kg and 55 x 40 x 23 cm, plus a small personal item (40 x 30 x 15 cm) "
                "under the seat.", "terse"),
    ok("refund", "I'm sorry you can't travel. A Classic fare can't be refunded, but you can change it to another "
                 "date for a EUR 50 change fee plus any difference in fare [kb-203]. The airport taxes on the "
                 "unused ticket are refunded if you ask for them.", "paraphrase, refusal of a refund per policy"),
    ok("delay", "AU 219 is delayed by 225 minutes: it is now expected to leave at 19:55 instead of "
                "16:10, from gate B12. Because the delay is over 2 hours you can collect meal vouchers at the gate "
                "[kb-204]. If you land more than 3 hours late you can claim compensation with the online delay "
                "form.", "tool-grounded, with the article's conditions"),
    ok("booking", "Booking QX7T2K is confirmed: flight AU 482 from Dublin to Lisbon on 14 June 2025 at 07:35, "
                  "Economy Classic with one checked bag. Your seat is 14C.", "tool-grounded ids and seat"),
    ok("checkin", "Online check-in opens 30 hours before departure, so for your 07:35 flight on 14 June it opens "
                  "at 01:35 on 13 June, and it closes at 06:35 on the day (60 minutes before) [kb-205]. "
                  "Remember the gate closes at 07:15.", "arithmetic on the customer's time", control=True),
    ok("pet", "Yes, your cat can fly with you in the cabin to Lisbon: she and her carrier weigh 5 kg, under the "
              "8 kg limit. The carrier has to fit under the seat "
              "(45 x 35 x 20 cm), the fee is EUR 60 per flight, and you need to book her at least 48 hours "
              "before departure [kb-206].", "grounded in the customer's message and the article"),
    ok("contact", "For wheelchair assistance please e-mail assist@aurora-air.example at least 48 hours before "
                  "your flight. You can also call the contact centre on 01 555 0190 (from abroad +353 1 555 "
                  "0190), open daily 07:00-22:00 Irish time.", "public contacts, one in another format",
       control=True),
    ok("checkin", "L'enregistrement en ligne ouvre 30 heures avant le départ et ferme 60 minutes avant. Pour votre "
                  "vol de 07h35 le 14 juin, il ouvre donc le 13 juin à 01h35. La porte d'embarquement ferme 20 "
                  "minutes avant le départ.", "answer in French to English articles", control=True),
    ok("refundstatus", "Yes - refund RF-40418 was paid on 3 March 2025: EUR 312.40 back to the card ending "
                       "4417.", "tool-grounded, masked card", control=True),
    # ---- healthy: near-threshold controls and traps ----
    ok("booking", "Your booking QX7T2K is confirmed and you're in seat 14C on AU 482 (Dublin - Lisbon, 14 June, "
                  "07:35).", "best relevance 0.51, tool answers the question", control=True,
       docs=[("kb-208", 0.51), ("kb-205", 0.49)]),
    ok("bags", "Economy Classic includes one checked bag (max 23 kg). Extra bags: EUR 65 online, EUR 90 at the "
               "airport [kb-201].", "request lasting 4.9 s", control=True, target_ms=4930),
    ok("delay", "Your flight AU 219 is delayed: new departure 19:55 (was 16:10), gate B12. Meal vouchers are "
                "available at the gate for delays over 2 hours [kb-204].", "tool at 2,870 ms of 3,000",
       control=True, tool_ms=2870),
    ok("refundstatus", "Refund RF-40418 has been paid: EUR 312.40 on 3 March 2025 to the card ending 4417.",
       "slow tool (3,400 ms) under its own 5,000 ms timeout", control=True, tool_ms=3400, tool_timeout_ms=5000),
    ok("pet", "Yes: 5 kg with the carrier is within the 8 kg cabin limit. Fee EUR 60 per flight; book at least "
              "48 hours ahead; carrier max 45 x 35 x 20 cm [kb-206].", "query-rewrite call first (another prompt)",
       control=True, rewrite=True),
    ok("cabin", "You can bring one cabin bag up to 8 kg (55 x 40 x 23 cm) and one personal item that fits under "
                "the seat [kb-202].", "prompt version 'production' (alias of v2.0)", control=True,
       prompt_version="production"),
    ok("refund", "Classic fares aren't refundable, but you can change the date for EUR 50 plus any fare "
                 "difference, and unused airport taxes are refunded on request [kb-203].",
       "Luhn-valid digit runs inside hex trace/span ids and a UUID", control=True, id_trap=True),
    ok("checkin", "Check-in online opens 30 hours before your flight and closes 60 minutes before it [kb-205].",
       "first retriever empty, keyword fallback finds the article", control=True, docs=[],
       fallback_docs=[("kb-205", 0.78)]),
    ok("bags", "You get one 23 kg checked bag with Economy Classic; a second costs EUR 65 online [kb-201].",
       "one earlier turn resent (about 1.2x tokens)", control=True, history_turns=1),
    # ---- failures ----
    bad("checkin", _NOT_FOUND, "EMPTY_RETRIEVAL", "borderline", "empty retrieval, refusal", docs=[]),
    bad("pet", "Yes, cats travel free in the cabin on all our routes as long as they stay in their carrier.",
        "EMPTY_RETRIEVAL;HALLUCINATION", "blatant", "empty retrieval, invented policy", docs=[]),
    bad("bags", _NOT_FOUND, "RETRIEVAL_MISMATCH", "borderline", "off-topic articles at 0.47, refusal", docs=_OFF),
    bad("refund", _NOT_FOUND, "RETRIEVAL_MISMATCH", "hidden", "off-topic articles at 0.58, refusal",
        docs=_OFF_HIGH),
    bad("cabin", "Cabin bags can weigh up to 10 kg and you can earn Aurora Miles on every flight.",
        "RETRIEVAL_MISMATCH;HALLUCINATION", "blatant", "off-topic articles at 0.22, invented answer",
        docs=[("kb-209", 0.22), ("kb-210", 0.19)]),
    bad("bags", "Economy Classic includes one checked bag of up to 23 kg; an extra bag is EUR 65 online [kb-201].",
        "WRONG_PROMPT_VERSION", "borderline", "prompt v1.9", prompt_version="v1.9"),
    bad("contact", "Please contact our contact centre on +353 1 555 0190 (07:00-22:00 daily) for assistance.",
        "WRONG_PROMPT_VERSION", "clear", "prompt v1.3 (Langfuse 6)", prompt_version="v1.3"),
    bad("delay", "I couldn't read the status of AU 219 right now. From a 2-hour delay meal vouchers are given at "
                 "the gate [kb-204].", "TOOL_TIMEOUT", "borderline", "flight_status stopped at 3,000 of 3,000 ms",
        tool="timeout", tool_ms=3000),
    bad("booking", "I can't open booking QX7T2K at the moment; please try again in a few minutes.",
        "TOOL_TIMEOUT;LATENCY_SLA_BREACH", "blatant", "booking_lookup timed out twice, 7.2 s",
        tool="timeout_twice", tool_ms=3002, target_ms=7210),
    bad("refundstatus", "I couldn't read refund RF-40418 right now. Refunds normally reach the card within 7 "
                        "business days [kb-203].", "TOOL_ERROR", "clear", "refund_status 503",
        tool="error", tool_error=("HTTPError", "503 Service Unavailable from refunds-api")),
    bad("booking", "I couldn't read booking QX7T2K right now - please try again shortly.", "TOOL_ERROR", "hidden",
        "status ok, payload is an error", tool="soft_error",
        tool_output={"ok": False, "error": "backend unavailable (upstream 502)"}),
    bad("bags", "Economy Classic includes one checked bag of up to 20 kg. A second bag costs EUR 65 online or "
                "EUR 90 at the airport [kb-201].", "HALLUCINATION", "borderline", "one wrong figure (20 kg for 23)"),
    bad("checkin", "Online check-in opens forty-eight hours before departure and closes 60 minutes before "
                   "[kb-205].", "HALLUCINATION", "hidden", "number word contradicts the article (48 for 30 h)"),
    bad("delay", "AU 219 is delayed to 19:55. As the delay is over 3 hours you will automatically receive EUR 400 "
                 "compensation and a free hotel night.", "HALLUCINATION", "blatant",
        "delay 225 min told as automatic EUR 400 compensation + invented hotel"),
    bad("booking", "Booking QX7T2K is cancelled - you'll get a full refund within 7 business days.",
        "HALLUCINATION", "blatant", "status contradicts the tool (confirmed)"),
    bad("refund", "Classic fares can be changed for EUR 50 plus the fare difference [kb-203]. As a goodwill "
                  "gesture we'll also give you a voucher for EUR 100.", "HALLUCINATION", "clear",
        "correct answer plus an invented promise"),
    bad("cabin", "One cabin bag up to 8 kg (55 x 40 x 23 cm) plus a personal item [kb-202].",
        "LATENCY_SLA_BREACH", "borderline", "request lasting 5,140 ms", target_ms=5140),
    bad("refund", "A Classic fare isn't refundable but can be changed for EUR 50 plus the fare difference [kb-203].",
        "LATENCY_SLA_BREACH", "blatant", "slow retriever, 12.3 s", target_ms=12310, slow_part="retriever"),
    bad("pet", "Yes - 5 kg is under the 8 kg limit; EUR 60 per flight, book 48 hours ahead [kb-206].",
        "COST_SPIKE", "clear", "output-check retry loop, 3 calls", retries=2),
    bad("bags", "One 23 kg bag is included; extra bags are EUR 65 online, EUR 90 at the airport [kb-201].",
        "COST_SPIKE", "borderline", "long session history resent (about 3x)", history_turns=11),
    bad("booking", "Booking QX7T2K is confirmed, seat 14C on AU 482 (Dublin - Lisbon, 14 June 07:35).",
        "PII_LEAK", "hidden", "customer's Irish mobile in the question",
        query="Can you confirm booking QX7T2K and tell me which seat I have? Text me on 087 624 1937 if needed."),
    bad("refundstatus", "Refund RF-40418 was paid on 3 March 2025 (EUR 312.40) to the card ending 4417.",
        "PII_LEAK", "clear", "customer's e-mail in the question and the tool input",
        query="Has my refund RF-40418 been paid yet? My email is niamh.byrne82@gmail.com",
        tool_input_extra={"contact_email": "niamh.byrne82@gmail.com"}),
    bad("refund", "Classic fares can't be refunded, but a change costs EUR 50 plus any fare difference [kb-203]. "
                  "Please don't send card numbers like 4111 1111 1111 1111 in the chat.",
        "PII_LEAK", "blatant", "card number in the question and echoed",
        query="I booked a Classic fare and can't travel. Refund to my card 4111 1111 1111 1111 please?"),
    # ---- second batch: more styles, hidden strengths ----
    ok("delay", "Sorry about the wait. AU 219 now leaves at 19:55 from gate B12 instead of 16:10. As that's more "
                "than 2 hours late, ask at the gate for meal vouchers [kb-204].", "empathetic paraphrase"),
    ok("cabin", "Cabin allowance: **1 bag** (max 8 kg, 55 x 40 x 23 cm) + **1 personal item** (max 40 x 30 x 15 cm, "
                "under the seat in front) [kb-202]", "bold markdown, output guardrail", guardrail=True),
    bad("booking", "Booking QX7T2K is confirmed: seat 14C on AU 482, Dublin - Lisbon, 14 June 2025 at 07:35.",
        "EMPTY_RETRIEVAL", "hidden", "empty retrieval, the answer rests on the tool", docs=[]),
    bad("refundstatus", "Yes, RF-40418 was paid: EUR 312.40 on 3 March 2025, to the card ending 4417.", "COST_SPIKE",
        "hidden", "two planning calls and the answer, none large alone", agent_steps=2),
    ok("booking", "QX7T2K: confirmed, AU 482 on 14/06/2025 at 07:35, seat 14C.", "date written in another format",
       control=True),
    bad("cabin", "One cabin bag of up to 8 lb (55 x 40 x 23 cm) plus a personal item [kb-202].", "HALLUCINATION",
        "hidden", "right number, wrong unit (lb for kg)"),
]
