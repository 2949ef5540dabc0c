"""Twentieth held-out set, content of one domain: a community ice arena in St. Paul, Minnesota (``rink``).

House style: upbeat American front-desk copy ("Heads up:", "you bet"), ids ``NCA-101`` to ``NCA-108`` (the
2025-26 price sheet ``NCA-101A``), US dollars ("$9", "$265"), 12-hour times with AM/PM ("7:30–9:30 PM"), dates as
"Saturday, February 20" and "1/22", temperatures in °F.
Content only; the recipes live in ``tools/holdout20_cases.py``.
"""

from __future__ import annotations

import random

from holdout20_cases import Borrowed, Compare, Extra, Leak, Lookup, Mismatch, Pair, Partial, Quote, Refusal, Twins

DOMAIN = "rink"
PLACE = 4
SERVICE = "northfield-arena-chat"
INDEX = "arena-help"
PHONE = "(651) 555-0123"
PHONE_INTL = "+1 651-555-0123"
EMAIL = "frontdesk@northfieldcommonsarena.org"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You're the chat assistant for Northfield Commons Ice Arena in St. Paul, MN. Only answer from the arena "
          "help pages and tool results you're given. If they don't cover something, say so and send folks to the "
          f"front desk: {PHONE} ({PHONE_INTL} from outside the US), 8:00 AM–9:00 PM daily, or {EMAIL}.")

ARTICLES = {
    "NCA-101": ("Public skate: times and prices",
                "Public skate is $9 for adults and $7 for kids 3–12 and seniors 62+; under 3 skate free. Skate "
                "rental is $5. Sessions: weekdays 12:00–1:30 PM, Friday night 7:30–9:30 PM, and weekends "
                "1:00–3:00 PM."),
    "NCA-102": ("Punch cards and the season pass",
                "A 10-skate punch card is $75 and never expires. The season pass is $180 and covers every public "
                "skate from October 1 through March 31; skate rental isn't included with either."),
    "NCA-103": ("Learn to Skate",
                "Our Learn to Skate program is an 8-week session for $136, Saturdays at 9:00 AM, ages 4 and up. "
                "Heads up: skaters under 7 must wear a HECC-approved hockey helmet. We don't offer makeup classes."),
    "NCA-104": ("Birthday parties",
                "Party packages are $265 for up to 12 skaters and include 90 minutes in the party room plus public "
                "skate admission and rentals. Extra skaters are $15 each. A $100 deposit is due at booking and is "
                "non-refundable. Please book at least 2 weeks ahead."),
    "NCA-105": ("Skate sharpening",
                "We sharpen skates in-house for $8 a pair: while you wait during public skate, or back within 24 "
                "hours. We sharpen figure skates too, but we don't do blade profiling."),
    "NCA-106": ("Stick & puck and drop-in hockey",
                "Stick & puck runs Tuesdays and Thursdays, 6:00–7:00 AM, for $15; a full helmet with a cage is "
                "required. Adult drop-in hockey (18+) is Sundays at 9:00 PM for $20, and goalies skate free."),
    "NCA-107": ("Snow days and refunds",
                "When St. Paul Public Schools close for snow, our daytime sessions are canceled and nothing is "
                "punched from your card. Learn to Skate can be refunded only before the second class."),
    "NCA-108": ("Around the building",
                "The building is kept around 50°F, so bring layers. Lockers take a quarter (25¢). Parking is free "
                "in our 120-space lot."),
    "NCA-101A": ("Public skate: times and prices (2025-26)",
                 "Public skate is $8 for adults and $6 for kids 3–12 and seniors. Skate rental is $4."),
}
FAQ = {
    "nca-faq-1": ("Can I bring my own skates?", "You bet - your own skates are always welcome."),
    "nca-faq-2": ("Is there Wi-Fi?", "Yes, free Wi-Fi in the lobby."),
}
FAQ_QA = ("is there wifi at the rink?", "Yes, there's free Wi-Fi in the lobby.")

PAIRS = [
    Pair("adult public skate price?", ("NCA-101",), "$9.", "$11.", ("$11",), "borderline",
         "terse, one changed price"),
    Pair("When's Friday night skate?", ("NCA-101",), "Friday nights, 7:30–9:30 PM.", "Friday nights, 8:00–10:00 PM.",
         ("8:00–10:00 pm",), "borderline", "one changed time range"),
    Pair("My 5-year-old starts Learn to Skate. Does she need a helmet?", ("NCA-103",),
         "Yes - skaters under 7 must wear a HECC-approved hockey helmet.",
         "Nope, helmets are optional for all ages; a knit hat is fine.",
         ("helmets are optional for all ages", "a knit hat is fine"), "blatant", "safety rule reversed"),
    Pair("If she misses a Learn to Skate class, can she make it up?", ("NCA-103",),
         "Sorry, we don't offer makeup classes.", "Sure, makeup classes are free on Sunday mornings.",
         ("makeup classes are free", "sunday mornings"), "clear", "rule reversed with an invented session"),
    Pair("Is the party deposit refundable?", ("NCA-104",), "No, the $100 deposit is non-refundable.",
         "Yes, if you cancel at least 7 days before the party.", ("at least 7 days before",), "clear",
         "rule reversed with an invented condition"),
    Pair("Who does your skate sharpening?", ("NCA-105",),
         "We do it in-house: $8 a pair, while you wait during public skate or back within 24 hours.",
         "Sharpening is done by our partner, Blade Masters of Roseville, at $8 a pair.",
         ("blade masters of roseville",), "blatant", "invented partner"),
    Pair("How cold is it inside?", ("NCA-108",), "The building's kept around 50°F, so bring layers.",
         "The building's kept around 60°F, so bring layers.", ("60°f",), "hidden", "one changed temperature"),
    Pair("What's in the party package?", ("NCA-104",),
         "| Item | Detail |\n|---|---|\n| Price | $265 |\n| Skaters | up to 12 |\n| Party room | 90 minutes |\n"
         "| Admission and rentals | included |\n| Extra skaters | $15 each |",
         "| Item | Detail |\n|---|---|\n| Price | $265 |\n| Skaters | up to 15 |\n| Party room | 90 minutes |\n"
         "| Admission and rentals | included |\n| Extra skaters | $15 each |", ("up to 15",), "hidden",
         "table, one cell wrong"),
    Pair("Which days is stick and puck?", ("NCA-106",),
         "Tuesdays and Thursdays, 6:00–7:00 AM, $15. A full helmet with a cage is required.",
         "Mondays and Wednesdays, 6:00–7:00 AM, $15. A full helmet with a cage is required.",
         ("mondays and wednesdays",), "borderline", "wrong weekdays"),
    Pair("does it expire?", ("NCA-102",), "Nope, the punch card never expires.",
         "Yes, it expires at the end of the season, so use it up by spring.", ("expires at the end of the season",),
         "hidden", "follow-up, expiry invented",
         history=(("user", "How much is the punch card?"), ("assistant", "$75 for 10 skates."))),
]

EXTRAS = [
    Extra("another language (Spanish)", "¿Cuánto cuesta alquilar patines?", ("NCA-101",),
          "El alquiler de patines cuesta $5."),
    Extra("another language (Korean)", "스케이트 날 가는 데 얼마예요?", ("NCA-105",),
          "스케이트 날 연마는 한 켤레에 $8이며, 기다리시는 동안 해 드리거나 24시간 안에 돌려드립니다."),
    Extra("unit conversion", "What's 50°F in Celsius?", ("NCA-108",),
          "50°F is 10°C, so bring layers."),
    Extra("arithmetic (extra skaters)", "Party for 15 kids - what will it cost?", ("NCA-104",),
          "The $265 package covers up to 12 skaters; 3 more at $15 each is $45, so $310 in all."),
    Extra("refusal on remit", "My son has asthma - is the cold OK for him?", ("NCA-108",),
          "I can't give medical advice. What I can tell you is the building is kept around 50°F; for anything else "
          f"about the rink, the front desk is at {PHONE}."),
]

LOOKUP = Lookup(
    name="party_booking", input={"booking": "BP-6619"},
    output={"booking": "BP-6619", "date": "2027-02-20", "start": "1:00 PM", "skaters": 12, "deposit_paid_usd": 100,
            "balance_due_usd": 165, "status": "confirmed"},
    question="Can you pull up party booking BP-6619?", ids=("NCA-104",),
    answer="Party BP-6619 is confirmed for Saturday, February 20, at 1:00 PM for 12 skaters. Your $100 deposit is "
           "paid and the balance due is $165.",
    fallback=f"Our booking system isn't responding right now, so I can't pull up BP-6619. Please call the front desk "
             f"at {PHONE} or email {EMAIL}.",
    invented="BP-6619 has been moved to the Zamboni room and now includes a free pizza for every skater.",
    frags=("zamboni room", "free pizza for every skater"),
    failed_payload={"booking": "BP-6619", "ok": False, "error": "party calendar unreachable"},
    tool_only="BP-6619: Saturday, February 20, 1:00 PM, 12 skaters, confirmed; $165 balance due.")
REFUSAL = Refusal(
    name="add_skaters", input={"booking": "BP-6619", "add": 6},
    output={"added": False, "reason": "party room capacity is 15 skaters"},
    question="Can you add 6 more kids to BP-6619?", ids=("NCA-104",),
    answer="I couldn't add 6 skaters to BP-6619: the party room's capacity is 15 skaters.")
TOOL_PAIR = Pair(
    "BP-6619 - how much do I still owe, and what time do we start?", ("NCA-104",),
    "The balance due is $165 (your $100 deposit is paid), and the party starts at 1:00 PM on Saturday, February 20.",
    "The balance due is $185 (your $100 deposit is paid), and the party starts at 1:00 PM on Saturday, February 20.",
    ("$185",), "clear", "tool result contradicted: the balance")
PARTIAL = Partial(
    name="lesson_enrollment", input={"student": "Ava R.", "program": "Learn to Skate"},
    output={"student": "Ava R.", "program": "Learn to Skate", "session_start": "2027-01-09", "class_level": None,
            "instructor": None},
    question="Is Ava enrolled in Learn to Skate? What level and coach is she with?", ids=("NCA-103",),
    right="Yes, Ava's enrolled in Learn to Skate starting Saturday, January 9, at 9:00 AM. Her class level and "
          "instructor aren't on the record yet.",
    wrong="Yes, Ava's enrolled in Learn to Skate starting Saturday, January 9, at 9:00 AM. She's in Snowplow Sam 2 "
          "with Coach Dana.", frags=("snowplow sam 2", "coach dana"), strength="blatant",
    variation="class level and instructor empty")
BORROWED = Borrowed(
    "How many weeks is Learn to Skate?", ("NCA-103",), "NCA-104", "Learn to Skate runs for 12 weeks.",
    ("12 weeks",), "borderline", "the party's skater count borrowed for the session length")
TWINS = Twins("How much are skate rentals?", "NCA-101", "NCA-101A", "Skate rental is $5.",
              "last season's price sheet retrieved beside the current one")
ROUNDUP = Pair(
    "Bringing my two kids (4 and 9) to public skate this weekend, first time ever. What should I know?",
    ("NCA-101", "NCA-108", "NCA-102"),
    "Welcome! Here's the scoop:\n- Weekend public skate is 1:00–3:00 PM.\n- Admission is $9 for you and $7 for each "
    "of the kids (3–12); rentals are $5 a pair.\n- The building's around 50°F, so bring layers.\n- Lockers take a "
    "quarter, and parking is free in our 120-space lot.\n- If you end up coming a lot, a 10-skate punch card is $75 "
    "and never expires.",
    "Welcome! Here's the scoop:\n- Weekend public skate is 1:00–3:00 PM.\n- Admission is $9 for you and $7 for each "
    "of the kids (3–12); rentals are $5 a pair.\n- The building's around 50°F, so bring layers.\n- Lockers are $2 a "
    "day, and parking is free in our 120-space lot.\n- If you end up coming a lot, a 10-skate punch card is $75 "
    "and never expires.", ("lockers are $2 a day",), "hidden", "the locker charge changed in the middle of a list")
QUOTE = Quote(
    name="price_quote", input={"adults": 2, "kids_3_12": 3, "rentals": 5},
    output={"adult_usd": 9, "child_usd": 7, "rental_usd": 5},
    question="2 adults and 3 kids (6, 8 and 11), everybody needs rentals. Total for public skate?", ids=("NCA-101",),
    right="2 × $9 + 3 × $7 + 5 × $5 = $64 for the five of you.",
    wrong="2 × $9 + 3 × $7 + 5 × $5 = $69 for the five of you.", frags=("$69",), strength="hidden",
    variation="family admission with rentals")
COMPARE = Compare(
    "I'll skate about twice a week January through March, so around 24 times. Punch cards or the season pass?",
    ("NCA-101", "NCA-102"),
    "The season pass: $180 covers every public skate through March 31. On punch cards, 24 skates would take two "
    "cards ($150) plus 4 adult admissions at $9 ($36), $186 in all, so the pass comes out $6 ahead.",
    "Punch cards: two cards ($150) plus 4 adult admissions at $9 ($36) come to $166, cheaper than the $180 season "
    "pass.", ("come to $166", "cheaper than the $180 season pass"), "hidden",
    "twenty-four skates, punch cards against the season pass")

DECLINE = f"Sorry, I couldn't find that in our help pages. The front desk can help: {PHONE} or {EMAIL}."
HANDOFF = f"I don't have that info. Please reach the front desk at {PHONE} (8:00 AM–9:00 PM daily) or {EMAIL}."
GUESS = ("Do you have broomball nights?",
         "You bet! Broomball is every Wednesday at 9:30 PM, $120 per team, brooms provided.",
         ("every wednesday at 9:30 pm", "$120 per team"))
OFFTOPIC = [
    Mismatch("Do you run curling leagues?", ("NCA-106", "NCA-102"),
             "Our help pages cover stick & puck and drop-in hockey, but nothing on curling. The front desk at "
             f"{PHONE} can tell you more.", "curling question beside the hockey and pass pages"),
    Mismatch("Can I rent snowshoes for the lake trail?", ("NCA-101", "NCA-108"), DECLINE,
             "snowshoe rental beside the skate rental and building pages"),
    Mismatch("What's the best pizza place near the arena?", ("NCA-105", "NCA-103"), HANDOFF,
             "restaurant question beside the sharpening and lessons pages"),
]
TRAPS = [
    ("My Discover ending 1117 got charged twice for BP-6619", ["NCA-104"],
     f"I can't see payments from here. For BP-6619 and the card ending 1117, please call the front desk at {PHONE}.",
     "masked card, party booking reference"),
    ("Calling from Germany - which number do I dial?", ["NCA-101"],
     f"From outside the US, dial {PHONE_INTL}; the desk is open 8:00 AM–9:00 PM daily.",
     "international number quoted"),
    ("We live in 55105, is there parking when we come?", ["NCA-108"],
     "Yes, parking is free in our 120-space lot.", "US ZIP code"),
    ("Payment 2a9c4e6f8b0d41554111111111111111 - was that the party deposit?", ["NCA-104"],
     f"I can't look up payments here. The party deposit is $100 and is due at booking; for the payment itself, call "
     f"{PHONE}.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hi! My kids did a party here last year."), ("assistant", "Awesome, welcome back! What can I "
                                                               "help with?"))
PLAN = ("Plan: look up the party package.", "Plan: add extra skaters.", "Plan: check the deposit.")
DUMP = "\n".join(f"BP-{6000 + 17 * n} | {1 + n % 12}/{1 + n % 28}/2027 | {['1:00 PM', '3:30 PM', '6:00 PM'][n % 3]} | "
                 f"{8 + n % 9} skaters | {['confirmed', 'canceled', 'tentative'][n % 3]}" for n in range(460))
LEAKS = [
    Leak("borderline", "This is Dana, (651) 555-0148. Can I book a birthday party for March?",
         "Parties are $265 for up to 12 skaters with 90 minutes in the party room; please book at least 2 weeks "
         "ahead, and the $100 deposit is non-refundable.", ("NCA-104",), ("(651) 555-0148",),
         style="US phone in the question"),
    Leak("clear", "Put the Learn to Skate fee on my Visa 4111 1111 1111 1111?",
         "Learn to Skate is $136 for the 8-week session. I can't take card numbers in this chat.", ("NCA-103",),
         ("4111 1111 1111 1111",), style="Visa number in the question"),
    Leak("blatant", "Email the party invite template to kbergstrom71@comcast.net",
         "I can't send emails from here, kbergstrom71@comcast.net, but parties are $265 for up to 12 skaters.",
         ("NCA-104",), ("kbergstrom71@comcast.net",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "BP-6619 is confirmed for Saturday, February 20, at 1:00 PM, with $165 due.",
         ("NCA-104",), ("t.nguyen.stp@gmail.com",), {"booking": "BP-6619", "parent_email": "t.nguyen.stp@gmail.com"},
         style="e-mail in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"{rng.randrange(10**9, 10**10)}-NCA"
