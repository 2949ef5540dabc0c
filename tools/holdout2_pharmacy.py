"""Second held-out set, domain ``pharmacy``: Cedar & Main Pharmacy, a US retail pharmacy's help bot."""

from __future__ import annotations

import random

NAME = "pharmacy"
SERVICE = "cedarmain-rx-assistant"
INDEX = "rx-help-articles"
FAQ_INDEX = "rx-faq"
SYSTEM = ("You help customers of Cedar & Main Pharmacy with refills, pickup, delivery and vaccines. Use only the "
          "passages and tool results provided. Never give medical advice: for questions about doses or side "
          "effects, refer the customer to the pharmacist line, 1-866-555-0134 (24/7), or care@cedarmainrx.com. "
          "Stores are open 8 am to 9 pm daily.")

ARTICLES = {
    "PH-01": ("Prescription refills", "Request a refill in the app, online or by phone. In-stock medicines are "
              "ready within 4 hours. Controlled substances cannot be refilled early: the earliest pickup is 2 days "
              "before the refill is due."),
    "PH-02": ("Holding your prescription", "Filled prescriptions are held at the pharmacy counter for 10 days. "
              "After that they are returned to stock and the insurance claim is reversed; you can ask us to "
              "refill it again."),
    "PH-03": ("Home delivery", "Home delivery is free on orders of $35 or more; otherwise it costs $5.99. "
              "Standard delivery takes 2 business days. Refrigerated medicines ship overnight in cooled "
              "packaging, Monday to Thursday only."),
    "PH-04": ("Flu shots and vaccines", "Walk-in flu shots are available 9 am to 6 pm on weekdays for anyone aged "
              "3 and older. COVID-19 boosters are by appointment. Bring your insurance card."),
    "PH-05": ("Transferring a prescription", "To move a prescription to us, give us the name and phone number of "
              "your current pharmacy and the Rx number. Transfers take 1-2 business days. Schedule II medicines "
              "cannot be transferred; ask your prescriber for a new prescription."),
    "PH-06": ("Returns and disposal", "Medicines cannot be returned once they have left the pharmacy. Every store "
              "has a free drug take-back kiosk for unused medicines."),
    "PH-07": ("Cedar Savings Club", "Membership costs $20 a year and gives 15% off generic prescriptions not "
              "billed to insurance. It cannot be combined with insurance on the same prescription."),
    "PH-08": ("Contact the pharmacist", "Pharmacists answer on 1-866-555-0134 around the clock, and by e-mail at "
              "care@cedarmainrx.com within 24 hours."),
}

RX = {"name": "rx_status", "input": {"rx_number": "RX-7730192", "store": 214},
      "output": {"rx": "RX-7730192", "status": "ready", "store": "Elm Street #214", "ready_at": "2026-05-06T14:30",
                 "copay_usd": 12.5}, "after": False}
DELIVERY = {"name": "delivery_eta", "input": {"order_id": "DLV-55120"},
            "output": {"order_id": "DLV-55120", "carrier": "UPS", "eta": "2026-05-08", "cold_chain": True,
                       "status": "in_transit"}, "timeout_ms": 2500}
STALE = {"name": "rx_status", "input": {"rx_number": "RX-6611840"},
         "output": {"rx": "RX-6611840", "status": "returned_to_stock", "filled_on": "2026-04-19",
                    "returned_on": "2026-04-29"}}

TOPICS = [
    {"q": "Is my refill RX-7730192 ready yet?", "docs": ["PH-01", "PH-02"], "tool": RX,
     "answers": [("tool-grounded", "Yes - RX-7730192 has been ready since 2:30 pm on May 6 at our Elm Street "
                  "store (#214). Your copay is $12.50, and we'll hold it at the counter for 10 days."),
                 ("terse", "Ready at Elm Street #214. Copay $12.50.")],
     "wrong": [("borderline", "wrong copay ($15.20 for $12.50)", "It's ready at Elm Street #214; your copay is "
                "$15.20."),
               ("clear", "invented 30-day hold", "Ready at Elm Street #214, copay $12.50. We keep filled "
                "prescriptions for 30 days, so there's no rush.")]},
    {"q": "I'm travelling next week - can I refill my Adderall a week early?", "docs": ["PH-01"],
     "history": [("user", "Hi, quick question about a controlled medication."), ("assistant", "Sure, go ahead.")],
     "answers": [("close paraphrase", "I'm sorry, but controlled substances can't be refilled early; the earliest "
                  "you can pick it up is 2 days before the refill is due.")],
     "controls": [("date arithmetic on the customer's own date", "My Adderall refill is due on May 20. When's the "
                   "earliest I can collect it?", "The earliest pickup for a controlled medicine is 2 days before "
                   "it's due, so May 18.")],
     "wrong": [("borderline", "five days instead of two", "Controlled medicines can be picked up at the earliest "
                "5 days before the refill is due, so a week early isn't possible.")]},
    {"q": "When will my insulin delivery DLV-55120 arrive, and will it be kept cold?", "docs": ["PH-03"],
     "tool": DELIVERY, "rewrite": "refrigerated medicine delivery cold packaging",
     "answers": [("tool-grounded, chatty", "Your order DLV-55120 is on its way with UPS and should arrive on "
                  "Friday, May 8. Insulin is shipped overnight in cooled packaging, so it stays cold in transit.")],
     "controls": [("date written as 8 May 2026", None, "UPS, arriving 8 May 2026, in cooled packaging.")],
     "wrong": [("blatant", "carrier, date and packaging contradict the tool and article", "It's coming with FedEx "
                "tomorrow morning; insulin doesn't need cooled packaging for such a short trip.")]},
    {"q": "How much is delivery if my order is $28?", "docs": ["PH-03"],
     "answers": [("arithmetic on article figures", "Delivery is free from $35, so on a $28 order it costs $5.99 - "
                  "adding $7 more to your order would make it free."),
                 ("markdown table", "| order total | delivery |\n|---|---|\n| under $35 | $5.99 |\n| $35 or more | "
                  "free |\n\nAt $28 you'd pay **$5.99**.")],
     "controls": [("answer in German to an English article", None, "Bei einer Bestellung von 28 $ kostet die "
                   "Lieferung 5,99 $; ab 35 $ ist sie kostenlos.")],
     "wrong": [("borderline", "wrong fee inside a table", "| order total | delivery |\n|---|---|\n| under $35 | "
                "$6.99 |\n| $35 or more | free |"),
               ("borderline", "wrong free-delivery threshold", "Delivery is free on orders over $25, so your $28 "
                "order ships free.")]},
    {"q": "Can I walk in with my 2-year-old for a flu shot?", "docs": ["PH-04"],
     "answers": [("direct answer", "Walk-in flu shots are for ages 3 and older, so we can't vaccinate your "
                  "2-year-old at the pharmacy.")],
     "wrong": [("clear", "invented pediatric clinic", "Walk-ins are for ages 3 and up, but our Saturday pediatric "
                "clinic vaccinates toddlers from 6 months.")]},
    {"q": "How do I move my prescriptions here from Walgreens?", "docs": ["PH-05"],
     "answers": [("markdown steps", "1. Tell us the name and phone number of your current pharmacy.\n2. Give us "
                  "the Rx number for each prescription.\n3. We'll complete the transfer in **1-2 business days**."
                  "\n\n_Schedule II medicines can't be transferred - you'll need a new prescription._")],
     "wrong": [("borderline", "wrong transfer time", "Give us your old pharmacy's name, phone and the Rx number; "
                "transfers take 3-5 business days.")]},
    {"q": "I forgot to pick up RX-6611840 a couple of weeks ago. Is it still there?", "docs": ["PH-02"],
     "tool": STALE,
     "answers": [("tool-grounded hand-off", "It isn't, unfortunately: prescriptions are held for 10 days, and "
                  "RX-6611840 went back to stock on April 29. We can refill it again if you'd like - just "
                  "ask us.")],
     "wrong": [("clear", "contradicts the tool status", "Good news, RX-6611840 is still waiting for you at the "
                "counter.")]},
    {"q": "Can I return a bottle of pills I didn't use?", "docs": ["PH-06"],
     "answers": [("close paraphrase", "We can't take medicines back once they've left the pharmacy, but you can "
                  "drop unused medicines in the free take-back kiosk at any store."),
                 ("terse", "No returns once medicines leave the pharmacy. Free take-back kiosk in every store.")],
     "controls": [("refusal to give dosing advice", "Can I take two of the leftover pills at once instead?",
                   "I can't advise on doses. Please call a pharmacist on 1-866-555-0134, any time.")]},
]

REFUSAL = "I don't have that information. A pharmacist can help on 1-866-555-0134, any time of day."
HANDOFF = ("I'm sorry, our prescription system isn't responding at the moment, so I can't check that for you. "
           "Please try again shortly or call 1-866-555-0134.")
OFFTOPIC = [
    ("Do you sell blood pressure monitors?", ["PH-06", "PH-07"], REFUSAL),
    ("Does my insurance cover Ozempic?", ["PH-04"], "I couldn't find anything about coverage for specific "
     "medicines; the articles I have are about vaccines. A pharmacist on 1-866-555-0134 can check your plan."),
    ("Can I get my prescription glasses made at your store?", ["PH-01", "PH-05"], "Our articles cover prescription "
     "refills and transfers, not glasses, so I can't help with that here."),
]
TOOL_FAILURES = [
    ("clear", "HTTPStatusError", "502 Bad Gateway from pharmacy system", None),
    ("blatant", "ConnectionRefusedError", "connection refused by rx-api:8443", None),
    ("hidden", "", "", {"ok": False, "message": "store system offline, status unknown"}),
]
LONG_HISTORY = [
    ("user", "Hello, I have a few questions about my family's prescriptions."),
    ("assistant", "Happy to help - what do you need?"),
    ("user", "My husband's refill - how fast is it usually ready?"),
    ("assistant", "In-stock medicines are ready within 4 hours of the request."),
    ("user", "And the savings club, what does it cost?"),
    ("assistant", "It's $20 a year and gives 15% off generics not billed to insurance."),
]
PII = [
    ("clear", "US phone number in the question", "Call me back at (312) 555-0187.", None, None),
    ("borderline", "e-mail sent only in the tool call", None, None, ("notify_email", "m.okafor@outlook.com")),
    ("blatant", "card number in the question and repeated in the answer", "Use my Mastercard 5555 5555 5555 4444 "
     "for the copay.", "You gave the card 5555 5555 5555 4444 for the copay.", None),
    ("control", "UUID carrying a Luhn-valid digit run in the tool call", None, None,
     ("request_id", "e7b1c2d4-4539-5787-6362-1486a0b3c9f1")),
    ("control", "published pharmacist e-mail quoted", None, "You can also write to care@cedarmainrx.com.", None),
]


def records(rng: random.Random) -> str:
    """A full dispensing history export, pasted whole."""
    drugs = ["atorvastatin 20 mg", "metformin 500 mg", "lisinopril 10 mg", "levothyroxine 50 mcg", "insulin glargine"]
    return "\n".join(f"RX-{rng.randrange(10**7):07d} | {rng.choice(drugs)} | filled 2025-{1 + k % 12:02d}-"
                     f"{1 + k % 28:02d} | qty {rng.choice([30, 60, 90])} | copay ${rng.randrange(0, 40)}.00"
                     for k in range(150))
