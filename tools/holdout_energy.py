"""Held-out set, domain 3: the help assistant of a gas and electricity supplier (Brightwater Energy, fictitious)."""

from __future__ import annotations

from holdout_build import Domain, Request, Tool, bad, ok

DOMAIN = Domain(
    key="energy", org="Brightwater Energy", trace_name="brightwater-help", index="bw-articles",
    model="gpt-4o-mini", citation="plain", region="eu-west-2",
    tool_names=["account_summary", "outage_check", "book_engineer"],
    system=(
        "You are Brightwater Energy's online helper for household gas and electricity customers in Great "
        "Britain. Base every answer on the help articles and the tool output provided; do not add citations. "
        "Amounts are in pounds. For a gas leak or a power cut affecting several homes the customer must call "
        "the national numbers in the articles, not us. Our own line is 0330 088 4410 (Mon-Fri 08:00-20:00). "
        "Our Priority Services Register is free for customers "
        "over 65, with a disability or with young children. Keep answers short unless the customer asks for "
        "detail. Never ask for or repeat bank details, card numbers, phone numbers or e-mail addresses."),
    docs={
        "bw-gas-leak": ("Smell gas?",
                        "If you smell gas, call the National Gas Emergency Service on 0800 111 999 straight away, "
                        "open doors and windows, and do not use light switches. The line is free and open 24 "
                        "hours a day."),
        "bw-power-cut": ("Power cuts",
                         "For a power cut call 105 from any phone; it is free and connects you to your local "
                         "network operator. Check the fuse box first: if only your home is affected, a tripped "
                         "switch may be the cause."),
        "bw-meter": ("Submitting meter readings",
                     "Send a reading in the app or online between the 1st and the 5th of each month so your bill "
                     "uses real figures. Readings sent later are used for the next bill. Smart meters send "
                     "readings automatically every 30 minutes."),
        "bw-direct-debit": ("Direct Debit and payment dates",
                            "You can choose any payment date between the 1st and the 28th. We review your Direct "
                            "Debit every 6 months and tell you 10 working days before any change. Paying by "
                            "Direct Debit saves GBP 75 a year compared with paying on receipt of bill."),
        "bw-exit-fee": ("Leaving a fixed tariff early",
                        "Our 12-month Fix tariff has an exit fee of GBP 50 per fuel (GBP 100 for dual fuel). "
                        "There is no exit fee in the last 49 days of the fixed term or on our Flex tariff."),
        "bw-warm-home": ("Warm Home Discount",
                         "Eligible customers get GBP 150 off their electricity bill each winter, usually between "
                         "October and March. Most eligible customers receive it automatically if they get "
                         "Pension Credit."),
        "bw-credit": ("Credit balances and refunds",
                      "If your account is in credit you can ask for a refund of any amount above one month's "
                      "Direct Debit. Refunds are paid to your bank account within 10 working days."),
        "bw-contact": ("Contact us",
                       "Call us on 0330 088 4410 (Monday to Friday 08:00-20:00, Saturday 09:00-13:00) or write "
                       "to hello@brightwater-energy.example. Calls to 0330 numbers cost the same as calls to 01 "
                       "and 02 numbers."),
        "bw-ev": ("EV charging tariff",
                  "Our Night Drive tariff charges 7.5p per kWh between 00:30 and 05:30 for customers with a "
                  "smart meter and an electric car."),
        "bw-careers": ("Working at Brightwater", "We hire customer advisers in Bristol and Swansea every spring."),
    },
)

_ACCOUNT = Tool("account_summary", {"reference": "BW-7730291"},
                {"account": "BW-7730291", "balance_gbp": 184.32, "balance_type": "credit",
                 "monthly_direct_debit_gbp": 96.0, "tariff": "Fix 12M (dual fuel)", "fix_ends": "2025-09-30",
                 "next_payment": "2025-05-14"}, 820)
_OUTAGE = Tool("outage_check", {"reference": "BS6 7TH"},
               {"postcode": "BS6 7TH", "known_outage": True, "incident": "INC-55120", "homes_affected": 312,
                "estimated_restore": "2025-05-02T15:30"}, 450)

REQUESTS = {
    "gas": Request("I can smell gas in my kitchen what do I do", [("bw-gas-leak", 0.9), ("bw-power-cut", 0.48)]),
    "meter": Request("When should I send my meter reading so my bill is right?",
                     [("bw-meter", 0.81), ("bw-direct-debit", 0.39)]),
    "dd": Request("Can I change my Direct Debit date to the 30th?", [("bw-direct-debit", 0.77)]),
    "exit": Request("I'm on the 12-month Fix for gas and electricity. What does it cost to leave early?",
                    [("bw-exit-fee", 0.85), ("bw-credit", 0.42)]),
    "whd": Request("How much is the Warm Home Discount and when do I get it?", [("bw-warm-home", 0.83)]),
    "credit": Request("My account BW-7730291 is in credit, can I have some of it back?",
                      [("bw-credit", 0.74), ("bw-direct-debit", 0.55)], _ACCOUNT),
    "outage": Request("Power's off on our whole street in BS6 7TH - is there a known fault?",
                      [("bw-power-cut", 0.79)], _OUTAGE),
    "contact": Request("What number do I ring to speak to someone?", [("bw-contact", 0.86)]),
    "ev": Request("Do you have a cheaper tariff for charging an electric car at night?", [("bw-ev", 0.8)]),
}

_OFF = [("bw-careers", 0.46), ("bw-ev", 0.33)]
_SORRY = "I couldn't find this in our help articles. You can call us on 0330 088 4410 (Mon-Fri 08:00-20:00)."
_EXIT = "Leaving the 12-month Fix early costs GBP 50 per fuel, so GBP 100 for your dual fuel plan."

SPECS = [
    # ---- healthy ----
    ok("gas", "Call the National Gas Emergency Service now on 0800 111 999 - it's free and open 24 hours. Open "
              "doors and windows and don't touch any light switches.", "safety answer, published number"),
    ok("meter", "Send it between the 1st and the 5th of the month, in the app or online - then your bill uses your "
                "real reading. Anything later goes on the following bill.", "paraphrase, no citations"),
    ok("dd", "Sorry, the 30th isn't possible: payment dates can be any day from the 1st to the 28th. The 28th is "
             "the closest you can pick.", "refuses the request per article", control=True),
    ok("exit", _EXIT + " There's no fee in the last 49 days of the fix.", "arithmetic: 2 x GBP 50", control=True),
    ok("whd", "**Warm Home Discount**\n\n* Amount: GBP 150 off your electricity bill\n* When: once each winter, "
              "usually between October and March\n* How: most people who get Pension Credit receive it "
              "automatically", "markdown bullets"),
    ok("credit", "Yes. Your account BW-7730291 is GBP 184.32 in credit and your monthly Direct Debit is GBP 96.00, "
                 "so you can ask for up to GBP 88.32 back (anything above one month's payment). It reaches your "
                 "bank within 10 working days.", "tool-grounded with correct arithmetic", control=True),
    ok("outage", "Yes - there's a known power cut in BS6 7TH (incident INC-55120) affecting 312 homes. Power "
                 "should be back by about 15:30. You can also call 105, free from any phone.",
       "tool-grounded outage"),
    ok("contact", "Ring 0330 088 4410 - lines are open Monday to Friday 8am to 8pm and Saturday 9am to 1pm.",
       "published number, times reworded", control=True),
    ok("ev", "Yes: Night Drive - 7.5p/kWh from 00:30 to 05:30. You need a smart meter and an EV.", "terse"),
    ok("gas", "Appelez immédiatement le 0800 111 999 (National Gas Emergency Service, gratuit, 24h/24). Ouvrez "
              "portes et fenêtres et n'actionnez aucun interrupteur.", "answer in French", control=True),
    ok("whd", "It's GBP 150 off your electricity bill, paid once each winter (usually October to March). If you "
              "get Pension Credit it's normally automatic.", "paraphrase"),
    ok("contact", "You can call 0330 088 4410 or e-mail hello@brightwater-energy.example. If you're over 65 you "
                  "can also join our Priority Services Register for free.", "article plus a system-prompt fact",
       control=True),
    # ---- controls ----
    ok("dd", "Payment dates go from the 1st to the 28th, so the 30th can't be chosen.",
       "best relevance 0.53", control=True, docs=[("bw-direct-debit", 0.53)]),
    ok("outage", "There's a known fault in BS6 7TH (INC-55120), 312 homes affected, restore expected 15:30.",
       "request lasting 4,870 ms", control=True, target_ms=4870),
    ok("credit", "You're GBP 184.32 in credit; you can request anything above one month's Direct Debit "
                 "(GBP 96.00), i.e. up to GBP 88.32.", "tool at 2,810 ms of 3,000", control=True, tool_ms=2810),
    ok("meter", "Between the 1st and 5th of each month. Smart meters send readings every 30 minutes by "
                "themselves.", "Luhn-valid runs in ids", control=True, id_trap=True),
    ok("exit", _EXIT, "prompt version 'production'", control=True, prompt_version="production"),
    ok("ev", "Night Drive charges 7.5p per kWh between 00:30 and 05:30 (smart meter + electric car needed).",
       "one earlier turn resent (about 1.2x)", control=True, history_turns=1),
    # ---- failures ----
    bad("meter", _SORRY, "EMPTY_RETRIEVAL", "borderline", "empty retrieval, refusal", docs=[]),
    bad("gas", "Turn off the gas at the meter and call us on 0330 088 4410; an engineer will visit within 4 hours.",
        "EMPTY_RETRIEVAL;HALLUCINATION", "blatant", "empty retrieval, wrong safety advice", docs=[]),
    bad("whd", _SORRY, "RETRIEVAL_MISMATCH", "borderline", "off-topic articles at 0.46", docs=_OFF),
    bad("dd", "Our Night Drive tariff is 7.5p per kWh overnight.", "RETRIEVAL_MISMATCH", "hidden",
        "off-topic article at 0.57, answer about it", docs=[("bw-ev", 0.57)]),
    bad("exit", "There's no exit fee on any of our tariffs.", "RETRIEVAL_MISMATCH;HALLUCINATION", "blatant",
        "off-topic articles at 0.24, invented answer", docs=[("bw-careers", 0.24), ("bw-ev", 0.2)]),
    bad("ev", "Night Drive: 7.5p per kWh from 00:30 to 05:30.", "WRONG_PROMPT_VERSION", "borderline",
        "prompt v1.9", prompt_version="v1.9"),
    bad("whd", "Warm Home Discount: GBP 150 off electricity each winter.", "WRONG_PROMPT_VERSION", "clear",
        "prompt v1.3", prompt_version="v1.3"),
    bad("outage", "I can't check faults right now. For a power cut call 105, free from any phone.",
        "TOOL_TIMEOUT", "borderline", "outage_check stopped at 2,000 of its 2,000 ms", tool="timeout",
        tool_ms=2000, tool_timeout_ms=2000, tool_error=("DeadlineExceeded", "context deadline exceeded (2s)")),
    bad("credit", "I can't load your account at the moment; please try again later.", "TOOL_TIMEOUT", "clear",
        "account_summary stopped at 3,090 of 3,000 ms", tool="timeout", tool_ms=3090),
    bad("credit", "Your account couldn't be loaded just now. Refunds are paid within 10 working days.",
        "TOOL_ERROR", "clear", "account_summary 503", tool="error",
        tool_error=("ServiceUnavailable", "503 billing-core is in maintenance")),
    bad("outage", "There's no known fault in BS6 7TH, so please check your fuse box.",
        "TOOL_ERROR;HALLUCINATION", "blatant", "tool failed, answer claims no fault", tool="error",
        tool_error=("ConnectionError", "connection refused by outage-map:8443")),
    bad("outage", "I couldn't check the fault map just now - call 105, free from any phone.", "TOOL_ERROR", "hidden",
        "status ok, payload says the lookup failed", tool="soft_error",
        tool_output={"status": "error", "message": "postcode service returned HTTP 500", "known_outage": None}),
    bad("exit", "Leaving the 12-month Fix early costs GBP 75 per fuel, so GBP 150 for dual fuel.",
        "HALLUCINATION", "borderline", "wrong fee (GBP 75 for GBP 50)"),
    bad("credit", "You're GBP 184.32 in credit and can take up to GBP 184.32 back straight away.",
        "HALLUCINATION", "borderline", "refund limit contradicts the article (above one month's payment)"),
    bad("dd", "Yes, I've moved your Direct Debit to the 30th from next month.", "HALLUCINATION", "blatant",
        "action never taken, date not allowed"),
    bad("meter", "Send it between the 1st and the 5th of the month. As a thank-you you'll get 500 reward points "
                 "each time.", "HALLUCINATION", "clear", "correct answer plus an invented reward"),
    bad("outage", "The fault in BS6 7TH (INC-55120) affects 312 homes and should be fixed by 19:30.",
        "HALLUCINATION", "borderline", "wrong restore time (15:30)"),
    bad("ev", "Night Drive costs seven and a half pence per kWh from midnight to 7am.", "HALLUCINATION", "hidden",
        "number words right, hours wrong (00:30-05:30)"),
    bad("gas", "Call 0800 111 999 at once, open the windows and avoid light switches.", "LATENCY_SLA_BREACH",
        "borderline", "request lasting 5,020 ms", target_ms=5020),
    bad("contact", "Call 0330 088 4410 (Mon-Fri 08:00-20:00, Sat 09:00-13:00).", "LATENCY_SLA_BREACH", "clear",
        "request lasting 7.4 s", target_ms=7400),
    bad("credit", "You can get up to GBP 88.32 back (balance GBP 184.32 minus one month's GBP 96.00).",
        "LATENCY_SLA_BREACH", "blatant", "slow account_summary (9.9 s, 12,000 ms timeout)", tool_ms=9500,
        tool_timeout_ms=12000, target_ms=10900, slow_part="tool"),
    bad("meter", "Between the 1st and 5th of each month, in the app or online.", "COST_SPIKE", "clear",
        "retry loop of 4 calls", retries=3),
    bad("whd", "GBP 150 off electricity once each winter, usually automatic with Pension Credit.", "COST_SPIKE",
        "blatant", "long session history resent (26 turns)", history_turns=26),
    bad("credit", "You can ask for up to GBP 88.32 back; it arrives within 10 working days.", "PII_LEAK",
        "borderline", "customer's UK landline in the question",
        query="My account BW-7730291 is in credit, can I have some of it back? Call me on 0117 496 0381"),
    bad("dd", "Payment dates run from the 1st to the 28th, so the 30th isn't possible.", "PII_LEAK", "clear",
        "sort code and account as an IBAN in the question",
        query="Can I change my Direct Debit date to the 30th? Account GB33BUKB20201555555555"),
    bad("exit", "Thanks, s.patel.home@btinternet.com. " + _EXIT, "PII_LEAK", "clear",
        "customer's e-mail repeated in the answer",
        query="I'm on the 12-month Fix for gas and electricity. What does it cost to leave early? "
              "s.patel.home@btinternet.com"),
    # ---- second batch ----
    ok("meter", "Best window: **1st-5th of the month**. Readings sent after that are used for the next bill. Smart "
                "meter? It sends readings every 30 minutes by itself.", "markdown emphasis"),
    ok("credit", "Yes - you're GBP 184.32 in credit. Refunds are allowed above one month's Direct Debit (GBP 96.00), "
                 "so the most you can ask back is GBP 88.32; it reaches your bank within 10 working days.",
       "tool + article arithmetic, output guardrail", control=True, guardrail=True),
    bad("exit", _EXIT, "WRONG_PROMPT_VERSION", "blatant", "prompt v1.0", prompt_version="v1.0"),
    bad("outage", "I couldn't check the fault map just now. For a power cut call 105, free from any phone.",
        "TOOL_TIMEOUT", "hidden", "CancelledError at the 3,000 ms deadline", tool="timeout", tool_ms=3000,
        tool_error=("asyncio.CancelledError", "outage_check cancelled at its 3000 ms deadline")),
]
