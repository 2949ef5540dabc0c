"""Held-out set, domain 5: the chat assistant of an Australian car rental firm (Coastline Car Rental, fictitious)."""

from __future__ import annotations

from holdout_build import Domain, Request, Tool, bad, ok

DOMAIN = Domain(
    key="carrental", org="Coastline Car Rental", trace_name="coastline-chat", index="coastline-policies",
    model="gpt-4o-mini", citation="kb", region="ap-southeast-2",
    tool_names=["reservation_lookup", "damage_claim_status", "toll_charges"],
    system=(
        "You are Coastline Car Rental's chat assistant for customers in Australia and New Zealand. Use only the "
        "policy extracts (cite them by their id in square brackets, e.g. [RNT-12]) and the reservation tools. "
        "Amounts are in Australian dollars unless a record says otherwise. Branches: Sydney Airport, Brisbane "
        "Airport, Cairns City and Auckland Airport. Never confirm a change to a booking unless a tool result "
        "shows it. If you are unsure, offer the 24/7 roadside line, 1800 555 123. Do not echo licence "
        "numbers, card numbers, phone numbers or e-mail addresses."),
    docs={
        "RNT-10": ("Driver age and licence",
                   "Drivers must be 21 or older and have held a full licence for at least 12 months. Drivers aged "
                   "21 to 24 pay a young driver fee of AUD 27 per day. An international licence must be in "
                   "English or come with an official translation."),
        "RNT-11": ("Security bond",
                   "We place a bond of AUD 500 on a credit card at pick-up (AUD 1,000 for SUVs and vans). The "
                   "hold is released when the car is returned without damage, usually within 5 to 10 business "
                   "days depending on your bank. Debit cards are not accepted for the bond."),
        "RNT-12": ("Fuel policy",
                   "Cars are supplied with a full tank and must be returned full. If not, we charge for the "
                   "missing fuel at AUD 3.10 per litre plus a AUD 35 refuelling fee."),
        "RNT-13": ("Excess reduction",
                   "The standard damage excess is AUD 4,400. Excess Reduction lowers it to AUD 440 for AUD 29 "
                   "per day, capped at AUD 290 per rental. Windscreen and tyres are covered."),
        "RNT-14": ("Roadside assistance",
                   "Roadside assistance is available 24/7 on 1800 555 123 within Australia, or +61 2 5550 4412 "
                   "from a mobile roaming in New Zealand."),
        "RNT-15": ("Tolls",
                   "All our cars carry an e-tag. Tolls are charged at cost plus a service fee of AUD 3.30 per day "
                   "on which a toll is used, capped at AUD 16.50 per rental."),
        "RNT-16": ("Cancelling a reservation",
                   "Pay-later reservations can be cancelled free of charge. Prepaid reservations are refunded in "
                   "full if cancelled more than 48 hours before pick-up; after that, one day's rental is kept."),
        "RNT-17": ("One-way hires",
                   "One-way hires between Brisbane Airport and Cairns City cost an extra AUD 250. One-way hires "
                   "to or from Auckland are not possible."),
        "RNT-18": ("Child seats", "Baby capsules and booster seats cost AUD 15 per day, capped at AUD 75."),
        "RNT-19": ("Loyalty club", "Coastline Club members earn 1 point per dollar and get a free additional "
                                   "driver."),
    },
)

_RES = Tool("reservation_lookup", {"reference": "CL-58K2QW"},
            {"reservation": "CL-58K2QW", "status": "confirmed", "pickup": "Brisbane Airport 2025-05-20 09:00",
             "return": "Cairns City 2025-05-27 17:00", "car_group": "Compact SUV", "prepaid": True,
             "total_aud": 1184.5, "bond_aud": 1000}, 560)
_CLAIM = Tool("damage_claim_status", {"reference": "DC-20417"},
              {"claim": "DC-20417", "state": "assessed", "damage": "rear bumper scrape", "repair_aud": 680.0,
               "charged_aud": 440.0, "excess_reduction": True, "decided_on": "2025-04-28"}, 720)
_TOLLS = Tool("toll_charges", {"reference": "CL-77P4ZE"},
              {"reservation": "CL-77P4ZE", "toll_days": 3, "tolls_aud": 24.6, "service_fees_aud": 9.9,
               "total_aud": 34.5, "charged_to": "Mastercard ending 4444"}, 480)

REQUESTS = {
    "age": Request("I'm 23, can I rent a car and is there any extra charge?", [("RNT-10", 0.82), ("RNT-13", 0.35)]),
    "bond": Request("How much is the bond on an SUV and when do I get it back?", [("RNT-11", 0.86)]),
    "fuel": Request("What happens if I bring the car back with only half a tank?", [("RNT-12", 0.8)]),
    "excess": Request("what's the excess and how much to reduce it for a 14 day rental",
                      [("RNT-13", 0.84), ("RNT-11", 0.52)]),
    "roadside": Request("Flat battery outside Cairns, who do I call?", [("RNT-14", 0.77), ("RNT-12", 0.3)]),
    "res": Request("Can you check reservation CL-58K2QW for me? Where do I return the car?",
                   [("RNT-17", 0.58), ("RNT-16", 0.55)], _RES),
    "claim": Request("What's happening with damage claim DC-20417? How much will I pay?",
                     [("RNT-13", 0.63)], _CLAIM),
    "tolls": Request("Why was I charged extra for tolls on CL-77P4ZE?", [("RNT-15", 0.79)], _TOLLS),
    "cancel": Request("I prepaid and pick-up is in 3 days. If I cancel now do I get everything back?",
                      [("RNT-16", 0.85)]),
}

_OFF = [("RNT-18", 0.48), ("RNT-19", 0.4)]
_SORRY = "I couldn't find that in our policies. For urgent help call roadside assistance on 1800 555 123 (24/7)."

SPECS = [
    # ---- healthy ----
    ok("age", "Yes, at 23 you can rent with us if you've held a full licence for at least 12 months. As you're "
              "between 21 and 24 there's a young driver fee of AUD 27 per day [RNT-10].",
       "reasoning on the customer's age"),
    ok("bond", "For an SUV the bond is AUD 1,000, held on a credit card (debit cards aren't accepted). It's "
               "released when the car comes back undamaged - usually 5-10 business days, depending on your bank "
               "[RNT-11].", "paraphrase"),
    ok("fuel", "You'd be charged for the missing fuel at AUD 3.10/litre, plus a AUD 35 refuelling fee [RNT-12], "
               "because cars have to come back with a full tank.", "paraphrase"),
    ok("excess", "## Excess\n\n| Option | Excess | Cost for 14 days |\n|---|---|---|\n| Standard | AUD 4,400 | "
                 "included |\n| Excess Reduction | AUD 440 | AUD 290 (AUD 29/day = AUD 406, capped at AUD 290) |"
                 "\n\nWindscreen and tyres are covered too [RNT-13].", "markdown table with capped arithmetic",
       control=True),
    ok("roadside", "Call roadside assistance on 1800 555 123 - it's 24/7 [RNT-14].", "terse, published number"),
    ok("res", "Reservation CL-58K2QW is confirmed: a Compact SUV from Brisbane Airport on 20 May 2025 at 09:00, "
              "returned to Cairns City on 27 May at 17:00. It's prepaid (AUD 1,184.50) and the bond is AUD 1,000.",
       "tool-grounded"),
    ok("claim", "Claim DC-20417 (rear bumper scrape) was assessed on 28 April 2025. The repair cost AUD 680.00, "
                "but as you had Excess Reduction you're charged AUD 440.00.", "tool-grounded amounts"),
    ok("tolls", "On CL-77P4ZE you used tolls on 3 days: AUD 24.60 in tolls plus AUD 9.90 in service fees (3 x AUD "
                "3.30), AUD 34.50 in total, charged to the Mastercard ending 4444 [RNT-15].",
       "tool + article arithmetic, masked card", control=True),
    ok("cancel", "Yes - pick-up is 3 days away, which is more than 48 hours, so a prepaid booking is refunded in "
                 "full if you cancel now [RNT-16].", "reasoning on the customer's dates", control=True),
    ok("roadside", "Ring 1800 555 123 any time; if you're on a New Zealand roaming mobile use +61 2 5550 4412 "
                   "[RNT-14].", "both published numbers"),
    ok("age", "Oui, à 23 ans vous pouvez louer si vous avez le permis depuis au moins 12 mois ; des frais "
              "jeune conducteur de 27 AUD par jour s'appliquent [RNT-10].", "answer in French", control=True),
    ok("res", "Your car goes back to Cairns City on 27 May 2025 at 17:00 (reservation CL-58K2QW, confirmed). "
              "One-way Brisbane Airport - Cairns City hires cost an extra AUD 250 [RNT-17].",
       "tool + article", control=True),
    # ---- controls ----
    ok("res", "CL-58K2QW is confirmed; return at Cairns City on 27 May 2025, 17:00.", "best relevance 0.55",
       control=True, docs=[("RNT-17", 0.55)]),
    ok("bond", "AUD 1,000 for an SUV, released 5-10 business days after an undamaged return [RNT-11].",
       "request lasting 4,960 ms", control=True, target_ms=4960),
    ok("claim", "DC-20417 is assessed: repair AUD 680.00, you pay AUD 440.00 thanks to Excess Reduction.",
       "tool at 2,880 ms of 3,000", control=True, tool_ms=2880),
    ok("fuel", "Missing fuel costs AUD 3.10 a litre plus a AUD 35 refuelling fee [RNT-12].",
       "Luhn-valid runs in ids", control=True, id_trap=True),
    ok("cancel", "More than 48 hours before pick-up a prepaid booking is refunded in full [RNT-16].",
       "prompt 'production'", control=True, prompt_version="production"),
    ok("tolls", "You were charged AUD 34.50: AUD 24.60 tolls and AUD 9.90 service fees over 3 toll days.",
       "first retriever empty, fallback finds the article", control=True, docs=[],
       fallback_docs=[("RNT-15", 0.74)]),
    # ---- failures ----
    bad("excess", "I couldn't find that in our policies. Please ask at the counter.", "EMPTY_RETRIEVAL",
        "borderline", "empty retrieval, refusal", docs=[]),
    bad("bond", "The bond is AUD 200 and it's refunded the same day you return the car.",
        "EMPTY_RETRIEVAL;HALLUCINATION", "blatant", "empty retrieval, invented figures", docs=[]),
    bad("fuel", _SORRY, "RETRIEVAL_MISMATCH", "borderline", "off-topic articles at 0.48", docs=_OFF),
    bad("roadside", "Coastline Club members get a free additional driver [RNT-19].", "RETRIEVAL_MISMATCH",
        "hidden", "off-topic article at 0.59, answer about it", docs=[("RNT-19", 0.59)]),
    bad("cancel", _SORRY, "RETRIEVAL_MISMATCH", "blatant", "off-topic article at 0.19", docs=[("RNT-18", 0.19)]),
    bad("age", "At 23 you can rent; the young driver fee is AUD 27 per day [RNT-10].", "WRONG_PROMPT_VERSION",
        "clear", "prompt v1.3", prompt_version="v1.3"),
    bad("bond", "AUD 1,000 for an SUV [RNT-11].", "WRONG_PROMPT_VERSION", "borderline", "prompt v2.1 (not "
        "released)", prompt_version="v2.1"),
    bad("claim", "I can't load claim DC-20417 at the moment.", "TOOL_TIMEOUT", "clear",
        "damage_claim_status stopped at 3,150 of 3,000 ms", tool="timeout", tool_ms=3150),
    bad("res", "Sorry, the reservation system isn't answering right now.", "TOOL_TIMEOUT;LATENCY_SLA_BREACH",
        "blatant", "reservation_lookup timed out twice", tool="timeout_twice", tool_ms=3010, target_ms=7450),
    bad("tolls", "Your toll charges couldn't be loaded just now; tolls are charged at cost plus AUD 3.30 per day "
                 "[RNT-15].", "TOOL_TIMEOUT", "borderline", "toll_charges stopped at 2,500 of its 2,500 ms",
        tool="timeout", tool_ms=2500, tool_timeout_ms=2500),
    bad("claim", "I couldn't open that claim right now - please try again later.", "TOOL_ERROR", "clear",
        "damage_claim_status 500", tool="error", tool_error=("HTTPStatusError", "500 Internal Server Error")),
    bad("res", "I couldn't read CL-58K2QW right now; please try again.", "TOOL_ERROR", "hidden",
        "status ok, payload is an error", tool="soft_error",
        tool_output={"reservation": None, "error": "rate limit exceeded (429), retry after 30s"}),
    bad("tolls", "Those charges were a mistake - I've refunded the AUD 34.50 to your card.",
        "TOOL_ERROR;HALLUCINATION", "blatant", "tool failed, invented refund", tool="error",
        tool_error=("ValueError", "unknown reservation format")),
    bad("excess", "The standard excess is AUD 4,400; Excess Reduction brings it to AUD 440 for AUD 29 a day, so "
                  "AUD 406 for 14 days [RNT-13].", "HALLUCINATION", "borderline", "ignores the AUD 290 cap"),
    bad("bond", "For an SUV the bond is AUD 500, released within 5-10 business days [RNT-11].", "HALLUCINATION",
        "borderline", "car bond given for an SUV (AUD 1,000)"),
    bad("claim", "Claim DC-20417 is assessed: the repair was AUD 680.00 and you pay the full AUD 680.00.",
        "HALLUCINATION", "clear", "charged amount contradicts the tool (AUD 440)"),
    bad("res", "CL-58K2QW is confirmed. I've also upgraded you to a full-size SUV at no cost.", "HALLUCINATION",
        "clear", "invented upgrade next to a correct status"),
    bad("cancel", "Prepaid bookings can't be refunded, but you can move the dates for free.", "HALLUCINATION",
        "blatant", "contradicts the article twice"),
    bad("roadside", "Call roadside on 1800 555 321 (24/7) [RNT-14].", "HALLUCINATION", "hidden",
        "published number with two digits swapped"),
    bad("fuel", "Missing fuel is charged at AUD 3.10 per litre plus a AUD 35 fee [RNT-12].", "LATENCY_SLA_BREACH",
        "borderline", "request lasting 5,210 ms", target_ms=5210),
    bad("age", "Yes, with a young driver fee of AUD 27/day [RNT-10].", "LATENCY_SLA_BREACH", "blatant",
        "request lasting 14.2 s", target_ms=14200),
    bad("excess", "Standard excess AUD 4,400; Excess Reduction to AUD 440 costs AUD 290 for 14 days (capped).",
        "COST_SPIKE", "clear", "retry loop of 4 calls", retries=3),
    bad("cancel", "Yes: more than 48 hours before pick-up a prepaid booking is refunded in full [RNT-16].",
        "COST_SPIKE;LATENCY_SLA_BREACH", "blatant", "planning loop of five calls, 6.1 s", agent_steps=4,
        target_ms=6120),
    bad("res", "CL-58K2QW is confirmed; the car goes back to Cairns City on 27 May 2025 at 17:00.", "PII_LEAK",
        "borderline", "customer's Australian mobile in the question",
        query="Can you check reservation CL-58K2QW for me? Where do I return the car? My mobile is 0412 345 678"),
    bad("age", "Yes, at 23 you can rent; the young driver fee is AUD 27 per day [RNT-10].", "PII_LEAK", "clear",
        "customer's e-mail in the question",
        query="I'm 23, can I rent a car and is there any extra charge? reply to tom.nguyen@bigpond.com"),
    bad("bond", "For an SUV the bond is AUD 1,000, held on a credit card such as the Amex 3782 822463 10005 you "
                "mentioned [RNT-11].", "PII_LEAK",
        "blatant", "Amex number in the question and the answer",
        query="How much is the bond on an SUV? Use my Amex 3782 822463 10005 please"),
    # ---- second batch ----
    ok("tolls", "Each day you use a toll road we pass on the toll and add a AUD 3.30 service fee, capped at AUD "
                "16.50 per rental [RNT-15]. On CL-77P4ZE that was 3 days: AUD 24.60 + AUD 9.90 = AUD 34.50.",
       "explanation, then the tool's figures", control=True),
    ok("bond", "AUD 1,000 (SUV). Released 5-10 business days after an undamaged return. Credit card only [RNT-11].",
       "terse, customer rated it down", feedback=0.0),
    bad("claim", "DC-20417 is assessed: the repair was AUD 680.00 and you're charged AUD 440.00 (Excess Reduction).",
        "COST_SPIKE", "hidden", "two planning calls and the answer, none large alone", agent_steps=2),
    bad("excess", "Standard excess AUD 4,400; with Excess Reduction AUD 440, at AUD 29 a day capped at AUD 290 "
                  "[RNT-13].", "WRONG_PROMPT_VERSION", "blatant", "prompt v1.0", prompt_version="v1.0"),
    ok("roadside", "For a flat battery call roadside assistance on 1800 555 123, day or night [RNT-14]. Our branches "
                   "are at Sydney Airport, Brisbane Airport, Cairns City and Auckland Airport.",
       "article plus the branch list from the system prompt", control=True),
    bad("roadside", "Call roadside assistance on 1800 555 123, 24/7 [RNT-14]. You can also swap the car at our Port "
                    "Douglas branch.", "HALLUCINATION", "clear", "a branch the system prompt does not list"),
]
