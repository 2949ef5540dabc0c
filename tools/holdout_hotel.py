"""Held-out set, domain 6: the guest assistant of a city hotel in Zurich (Hotel Alpenrose, fictitious).

Also the domain with other trace shapes: a second tool in one request, an output guardrail span, and user
feedback scores that do not agree with the label (guests rate the answer, not the trace's health).
"""

from __future__ import annotations

from holdout_build import Domain, Request, Tool, bad, ok

DOMAIN = Domain(
    key="hotel", org="Hotel Alpenrose Zurich", trace_name="alpenrose-concierge", index="alpenrose-faq",
    model="gpt-4o-mini", citation="doc", region="eu-central-2",
    tool_names=["reservation_lookup", "room_availability", "folio_lookup"],
    layout="system",
    system=(
        "You are the digital concierge of Hotel Alpenrose, a 64-room hotel at Hardstrasse 41 in Zurich. Reply "
        "in the guest's language (English, German, French or Italian). Use only the documents and tool "
        "results provided; you may cite documents as [doc-N]. Prices are in Swiss francs (CHF). Reception is "
        "staffed 24 hours a day. Do not confirm requests (late check-out, extra beds, refunds) unless a tool "
        "result shows they are possible. Reception's number is +41 44 555 17 80. Never invent services the "
        "documents do not mention. Do not "
        "repeat card numbers, passport numbers, phone numbers or e-mail addresses given by guests."),
    docs={
        "H-01": ("Check-in and check-out",
                 "Check-in is from 15:00 and check-out is by 11:00. Early check-in from 10:00 costs CHF 40 and "
                 "late check-out until 14:00 costs CHF 50, both subject to availability."),
        "H-02": ("Cancellation policy",
                 "Flexible rate: free cancellation until 18:00 Zurich time on the day before arrival; after that "
                 "the first night is charged. Non-refundable rate: 12% cheaper, no refund and no changes."),
        "H-03": ("Breakfast",
                 "Our buffet breakfast is served from 06:30 to 10:30 on weekdays and from 07:00 to 11:00 at "
                 "weekends. It costs CHF 32 per adult and CHF 16 for children aged 6 to 12; children under 6 eat "
                 "free."),
        "H-04": ("Parking and electric cars",
                 "The underground garage costs CHF 38 per 24 hours and has a height limit of 1.90 m. Four 11 kW "
                 "chargers are available; charging is included in the parking fee."),
        "H-05": ("Getting here from Zurich Airport",
                 "Take the train from Zurich Airport to Zurich HB (10 to 13 minutes), then tram 13 towards "
                 "Frankental to Escher-Wyss-Platz; the hotel is a 4-minute walk. A taxi costs about CHF 60."),
        "H-06": ("Dogs",
                 "Dogs are welcome for CHF 25 per night, one dog per room. Dogs are not allowed in the "
                 "breakfast room or the spa."),
        "H-07": ("Contact",
                 "Reception (24 hours): +41 44 555 17 80. Reservations: reservations@alpenrose-zh.example, "
                 "Monday to Friday 08:00-18:00."),
        "H-08": ("City tax",
                 "Zurich city tax is CHF 2.50 per person per night, charged at check-out. Children under 16 are "
                 "exempt."),
        "H-09": ("Spa",
                 "The sauna and steam bath are open from 07:00 to 21:00 and are free for hotel guests. Massages "
                 "cost CHF 120 for 50 minutes and must be booked 24 hours ahead at reception."),
        "H-10": ("Meeting rooms", "The Limmat room seats 40 people theatre-style; day rates on request."),
        "H-11": ("Gift vouchers", "Gift vouchers are sold at reception from CHF 50 and are valid for 3 years."),
    },
)

_RES = Tool("reservation_lookup", {"reference": "ALP-3391-ZH"},
            {"reservation": "ALP-3391-ZH", "status": "confirmed", "arrival": "2025-06-03", "departure": "2025-06-06",
             "nights": 3, "room": "Superior Double", "rate": "Flexible", "adults": 2, "total_chf": 897.0,
             "breakfast_included": False}, 430)
_LATE = Tool("room_availability", {"reference": "ALP-3391-ZH", "date": "2025-06-06", "service": "late_checkout"},
             {"date": "2025-06-06", "late_checkout_available": True, "until": "14:00", "price_chf": 50}, 380)
_FOLIO = Tool("folio_lookup", {"reference": "F-22871"},
              {"folio": "F-22871", "room_chf": 897.0, "city_tax_chf": 15.0, "minibar_chf": 12.5, "total_chf": 924.5,
               "paid": True, "paid_with": "Mastercard ending 5100"}, 520)

REQUESTS = {
    "checkin": Request("What time can we check in, and can we arrive earlier?", [("H-01", 0.85)]),
    "cancel": Request("I have a flexible booking arriving on Tuesday. Until when can I cancel for free?",
                      [("H-02", 0.83), ("H-01", 0.46)]),
    "breakfast": Request("How much is breakfast for two adults and my 8-year-old?", [("H-03", 0.8)]),
    "parking": Request("Do you have parking for an electric car? It is 1.75 m high.",
                       [("H-04", 0.82), ("H-05", 0.37)]),
    "directions": Request("How do I get to the hotel from Zurich airport?", [("H-05", 0.84), ("H-07", 0.33)]),
    "dog": Request("Können wir unseren Hund mitbringen?", [("H-06", 0.86)]),
    "res": Request("Please check reservation ALP-3391-ZH - is breakfast included?", [("H-03", 0.57)], _RES),
    "late": Request("Can I have a late check-out on 6 June for ALP-3391-ZH?", [("H-01", 0.74)], _RES),
    "folio": Request("Why is my bill F-22871 CHF 924.50 when the room was CHF 897?", [("H-08", 0.7)], _FOLIO),
    "spa": Request("is the sauna free? and how much is a massage", [("H-09", 0.83)]),
}

_OFF = [("H-10", 0.46), ("H-11", 0.42)]
_SORRY = "I don't have that information. Reception can help any time on +41 44 555 17 80."

SPECS = [
    # ---- healthy ----
    ok("checkin", "Check-in starts at 15:00. You can come earlier: early check-in from 10:00 costs CHF 40, "
                  "subject to availability [doc-1].", "paraphrase, [doc-N]", guardrail=True),
    ok("cancel", "On the flexible rate you can cancel free of charge until 18:00 (Zurich time) on Monday, the day "
                 "before you arrive. After that, the first night is charged [doc-1].",
       "weekday arithmetic on the guest's message", control=True),
    ok("breakfast", "For two adults and an 8-year-old: 2 x CHF 32 + CHF 16 = CHF 80 [doc-1].",
       "arithmetic with the child rate", control=True),
    ok("parking", "Yes. Our underground garage has four 11 kW chargers and charging is included in the CHF 38 per "
                  "24 hours parking fee. At 1.75 m your car is under the 1.90 m height limit [doc-1].",
       "reasoning on the guest's figure", control=True),
    ok("directions", "**From Zurich Airport**\n\n1. Train to Zurich HB - 10 to 13 minutes\n2. Tram 13 towards "
                     "Frankental, get off at Escher-Wyss-Platz\n3. Walk 4 minutes to Hardstrasse 41\n\n"
                     "_Or take a taxi: about CHF 60._", "markdown steps, address from the system prompt"),
    ok("dog", "Ja, Hunde sind willkommen: CHF 25 pro Nacht, ein Hund pro Zimmer. Im Frühstücksraum und im Spa "
              "sind Hunde allerdings nicht erlaubt [doc-1].", "German question, German answer"),
    ok("res", "Reservation ALP-3391-ZH is confirmed: Superior Double, 3 to 6 June 2025 (3 nights), Flexible rate, "
              "CHF 897.00. Breakfast is not included; the buffet costs CHF 32 per adult [doc-1].",
       "tool-grounded with an article price"),
    ok("late", "Good news: late check-out until 14:00 on 6 June is available for ALP-3391-ZH. It costs CHF 50.",
       "two tools, both succeed", extra_tool=_LATE),
    ok("folio", "The difference is the city tax and the minibar: CHF 897.00 for the room + CHF 15.00 city tax "
                "(CHF 2.50 per person per night) + CHF 12.50 minibar = CHF 924.50. It has been paid with the "
                "Mastercard ending 5100 [doc-1].", "tool + article arithmetic, masked card", control=True),
    ok("spa", "Yes, sauna and steam bath are free for guests (07:00-21:00). A 50-minute massage is CHF 120; book it "
              "at reception 24 hours ahead.", "terse paraphrase, guest rated it down", feedback=0.0),
    ok("checkin", "L'arrivée est possible dès 15h00. Un early check-in dès 10h00 coûte CHF 40, selon "
                  "disponibilité [doc-1].", "answer in French to a question in English", control=True),
    ok("directions", "Train to Zurich HB (10-13 min), tram 13 to Escher-Wyss-Platz, then 4 minutes on foot. You "
                     "can call reception 24/7 on 044 555 17 80 if you get lost.",
       "published number in national format", control=True),
    # ---- controls ----
    ok("res", "ALP-3391-ZH: confirmed, 3 nights from 3 June 2025, breakfast not included.",
       "best relevance 0.54, tool answers", control=True, docs=[("H-03", 0.54)]),
    ok("breakfast", "Breakfast costs CHF 32 per adult and CHF 16 for a child aged 6-12, so CHF 80 for your "
                    "family [doc-1].", "request lasting 4,940 ms", control=True, target_ms=4940),
    ok("folio", "Room CHF 897.00 + city tax CHF 15.00 + minibar CHF 12.50 = CHF 924.50, already paid.",
       "tool at 2,900 ms of 3,000", control=True, tool_ms=2900),
    ok("parking", "Yes - four 11 kW chargers; charging is included in the CHF 38/24 h garage fee; height limit "
                  "1.90 m [doc-1].", "Luhn-valid runs in ids, output guardrail", control=True, id_trap=True,
       guardrail=True),
    ok("dog", "Ja, CHF 25 pro Nacht, ein Hund pro Zimmer [doc-1].", "prompt '7'", control=True, prompt_version="7"),
    ok("spa", "The sauna is free for guests; massages are CHF 120 for 50 minutes [doc-1].",
       "one earlier turn resent", control=True, history_turns=1),
    ok("late", "Late check-out until 14:00 on 6 June is possible for CHF 50.", "slow second tool (2.6 s)",
       control=True, extra_tool=Tool(_LATE.name, _LATE.input, _LATE.output, 2600)),
    # ---- failures ----
    bad("spa", _SORRY, "EMPTY_RETRIEVAL", "borderline", "empty retrieval, refusal, guest rated it up", docs=[],
        feedback=1.0),
    bad("breakfast", "Breakfast is CHF 25 per person, and children eat free.", "EMPTY_RETRIEVAL;HALLUCINATION",
        "blatant", "empty retrieval, invented prices", docs=[]),
    bad("checkin", _SORRY, "RETRIEVAL_MISMATCH", "borderline", "off-topic articles at 0.46", docs=_OFF),
    bad("dog", "Geschenkgutscheine gibt es ab CHF 50 an der Rezeption [doc-1].", "RETRIEVAL_MISMATCH", "hidden",
        "off-topic article at 0.56, answer about it", docs=[("H-11", 0.56)]),
    bad("parking", "Parking is free for all guests and there is no height limit.",
        "RETRIEVAL_MISMATCH;HALLUCINATION", "blatant", "off-topic article at 0.23, invented answer",
        docs=[("H-10", 0.23)]),
    bad("cancel", "Flexible rate: free cancellation until 18:00 the day before arrival [doc-1].",
        "WRONG_PROMPT_VERSION", "borderline", "prompt v1.9", prompt_version="v1.9"),
    bad("spa", "Sauna free for guests; massage CHF 120 for 50 minutes [doc-1].", "WRONG_PROMPT_VERSION", "clear",
        "prompt v1.3 (Langfuse 6)", prompt_version="6"),
    bad("folio", "I can't open folio F-22871 right now; please ask reception.", "TOOL_TIMEOUT",
        "borderline", "folio_lookup stopped at 3,000 of 3,000 ms", tool="timeout", tool_ms=3000),
    bad("res", "The reservation system is slow to answer; please ask reception.", "TOOL_TIMEOUT", "clear",
        "reservation_lookup stopped at 3,050 of 3,000 ms, output guardrail", tool="timeout", tool_ms=3050,
        guardrail=True),
    bad("late", "I couldn't check late check-out availability right now; please ask reception.",
        "TOOL_ERROR", "clear", "second tool (room_availability) 503, first tool fine", extra_tool=_LATE,
        extra_tool_error=("ServiceUnavailable", "503 from pms-availability")),
    bad("folio", "I couldn't load the bill just now.", "TOOL_ERROR", "hidden", "status ok, payload is an error",
        tool="soft_error", tool_output={"folio": "F-22871", "error": "PMS session expired", "lines": []}),
    bad("late", "Yes, late check-out until 14:00 on 6 June is confirmed for ALP-3391-ZH at CHF 50.",
        "TOOL_ERROR;HALLUCINATION", "blatant", "availability tool failed, answer confirms anyway",
        extra_tool=_LATE, extra_tool_error=("HTTPError", "500 Internal Server Error")),
    bad("checkin", "Check-in starts at 14:00; early check-in from 10:00 costs CHF 40 [doc-1].", "HALLUCINATION",
        "borderline", "wrong time (15:00)"),
    bad("breakfast", "For two adults and an 8-year-old it's 2 x CHF 32 + CHF 16 = CHF 90 [doc-1].",
        "HALLUCINATION", "borderline", "wrong sum (80)"),
    bad("dog", "Ja, Hunde sind willkommen (CHF 25 pro Nacht) und dürfen auch mit in den Frühstücksraum [doc-1].",
        "HALLUCINATION", "hidden", "negation flipped, in German"),
    bad("directions", "Take the train to Zurich HB, then tram 13 to Escher-Wyss-Platz [doc-1]. Our free airport "
                      "shuttle also runs every 30 minutes.", "HALLUCINATION", "clear", "invented shuttle"),
    bad("res", "ALP-3391-ZH is confirmed and breakfast is included in your rate.", "HALLUCINATION", "blatant",
        "contradicts the tool (breakfast_included false)", feedback=1.0),
    bad("cancel", "You can cancel for free until 18:00 on the day of arrival, and we'll refund any "
                  "non-refundable booking too.", "HALLUCINATION", "clear", "wrong deadline plus invented refund"),
    bad("directions", "Train to Zurich HB, tram 13 to Escher-Wyss-Platz, 4 minutes' walk [doc-1].",
        "LATENCY_SLA_BREACH", "borderline", "request lasting 5,090 ms", target_ms=5090),
    bad("folio", "Room CHF 897.00 + city tax CHF 15.00 + minibar CHF 12.50 = CHF 924.50.", "LATENCY_SLA_BREACH",
        "blatant", "slow LLM call, 11.4 s", target_ms=11420),
    bad("checkin", "Check-in from 15:00; early check-in from 10:00 for CHF 40 [doc-1].", "COST_SPIKE",
        "borderline", "retry loop of 3 calls", retries=2),
    bad("res", "ALP-3391-ZH is confirmed; breakfast is not included.", "COST_SPIKE", "blatant",
        "past stays (350 records) pasted from the tool", tool_rows=350),
    bad("cancel", "Free cancellation until 18:00 on Monday, the day before you arrive [doc-1].", "PII_LEAK",
        "borderline", "guest's Swiss mobile in the question",
        query="I have a flexible booking arriving on Tuesday. Until when can I cancel for free? +41 79 555 23 41"),
    bad("late", "Late check-out until 14:00 on 6 June is available for CHF 50.", "PII_LEAK", "clear",
        "guest's e-mail in the second tool's input", extra_tool=Tool(
            _LATE.name, {**_LATE.input, "notify": "marco.bernasconi@bluewin.ch"}, _LATE.output, 380)),
    bad("folio", "The total is CHF 924.50 (room, city tax and minibar). Please don't type card or bank "
                 "details in chat.",
        "PII_LEAK", "blatant", "card number and IBAN in the question",
        query="Why is my bill F-22871 CHF 924.50? Refund the difference to 4000 0566 5566 5556 or IBAN "
              "CH93 0076 2011 6238 5295 7"),
    # ---- second batch ----
    ok("spa", "Die Sauna und das Dampfbad sind für Hotelgäste kostenlos (07:00-21:00). Eine Massage kostet CHF 120 "
              "für 50 Minuten; bitte 24 Stunden im Voraus an der Rezeption buchen [doc-1].",
       "German answer to an English question", control=True),
    ok("folio", "Your bill F-22871 comes to CHF 924.50 because CHF 15.00 city tax and CHF 12.50 from the minibar "
                "were added to the room (CHF 897.00). It's already paid.", "tool-grounded paraphrase"),
    bad("parking", "Yes: four 11 kW chargers, charging included in the CHF 38 per 24 hours fee [doc-1].",
        "LATENCY_SLA_BREACH", "clear", "request lasting 6.3 s", target_ms=6300),
    bad("res", "ALP-3391-ZH is confirmed (Superior Double, 3 nights from 3 June 2025); breakfast is not included.",
        "PII_LEAK", "hidden", "guest's phone only in the tool input",
        tool_input_extra={"guest_phone": "+41 79 555 88 12"}),
]
