"""Thirty-seventh held-out set, content of one domain: a farmers' cooperative olive press near Ajloun, Jordan
(``olivemill``).

House style: formal, hospitable office replies in English with Arabic greetings and words ("Ahlan wa sahlan",
"Marhaba", "shukran", "jift", "tanaka"), ids ``AHP-1`` to ``AHP-8`` (last season's fees kept as ``AHP-1-2026``),
Jordanian dinars with three decimals and "JD" after ("20.000 JD", "0.070 JD"), dates with the weekday and
hyphens, day first ("Sunday 14-11-2027"), times on the 12-hour clock with "a.m." / "p.m." ("7:00 a.m."), weights in
kilograms. Content only; the recipes live in ``tools/holdout37_cases.py``.
"""

from __future__ import annotations

import random

from holdout37_cases import (
    Borrowed,
    Capped,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Twins,
)

DOMAIN = "olivemill"
PLACE = 4
SERVICE = "ajloun-press-office"
INDEX = "ajloun-press-guide"
PHONE = "02 642 3318"
PHONE_INTL = "+962 2 642 3318"
EMAIL = "press@ajlounhills.jo"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the office assistant of the Ajloun Hills Olive Press, a farmers' cooperative olive mill near "
          "Ajloun, Jordan. Answer only from the guide articles and tool results provided. If they do not cover a "
          f"question, say so and refer the customer to the office: {PHONE} ({PHONE_INTL} from abroad), Saturday "
          f"to Thursday 7:00 a.m.-9:00 p.m. in the season, or {EMAIL}.")

ARTICLES = {
    "AHP-1": ("Pressing fees, 2027 season",
              "Cold-extraction pressing costs 0.070 JD per kg of olives, with a minimum charge of 20.000 JD per "
              "batch. The weight on our scale ticket is what is charged. Each family's olives are pressed as a "
              "separate batch; two families may bring their olives together as one batch if they share the oil "
              "between them."),
    "AHP-1-2026": ("Pressing fees, 2026 season (old)",
                   "In the 2026 season pressing cost 0.060 JD per kg, with a minimum charge of 12.000 JD per batch. "
                   "These fees no longer apply."),
    "AHP-2": ("Opening hours and booking a slot",
              "During the season (15 October to 31 December) the mill is open Saturday to Thursday, 7:00 a.m. to "
              "9:00 p.m., and closed on Fridays. Book a pressing slot by phone or at the office at least 2 days "
              "ahead."),
    "AHP-3": ("Bringing your olives",
              "Bring your olives within 48 hours of picking, in clean sacks or crates, with as few leaves as "
              "possible. We weigh every batch on arrival. We press olives for their owners; we do not buy or sell "
              "olives."),
    "AHP-4": ("Collecting your oil",
              "Your oil is usually ready the same day. Bring clean containers or buy tins from us. Oil left with us "
              "for more than 14 days is stored at 0.500 JD per tin per week."),
    "AHP-5": ("Tins and bottles",
              "16-litre tin (tanaka): 3.500 JD. 1-litre glass bottle: 0.750 JD. Labelling with your family name: "
              "0.100 JD per bottle."),
    "AHP-6": ("Pomace (jift)",
              "The pomace (jift) stays at the mill unless you ask for it. If you want it back for your stove, tell "
              "us on arrival and it is bagged for 1.000 JD per sack."),
    "AHP-7": ("Paying",
              "Pay when you collect your oil: cash in Jordanian dinars or a CliQ transfer. We do not take cards."),
    "AHP-8": ("About the cooperative and visits",
              "The press is run by the Ajloun Hills farmers' cooperative, founded by 40 olive-growing families. "
              "Groups can visit during the season for 3.000 JD per person with a tasting; children under 12 visit "
              "free."),
}
FAQ = {
    "ahp-faq-1": ("Can I watch my olives being pressed?", "Yes, owners may stay in the hall while their batch is "
                  "pressed."),
    "ahp-faq-2": ("Is the oil filtered?", "The oil is decanted, not filtered, unless you ask for filtering."),
}
FAQ_QA = ("may I stay and watch my olives being pressed?", "Yes, you may stay in the hall while your batch is "
          "pressed.")

PAIRS = [
    Pair("pressing price per kg", ("AHP-1",),
         "0.070 JD per kg of olives, with a minimum charge of 20.000 JD per batch.",
         "0.075 JD per kg of olives, with a minimum charge of 20.000 JD per batch.", ("0.075 JD",), "borderline",
         "terse, one changed fee"),
    Pair("What time does the mill open in the season?", ("AHP-2",),
         "Ahlan wa sahlan! From 7:00 a.m. to 9:00 p.m., Saturday to Thursday; the mill is closed on Fridays.",
         "Ahlan wa sahlan! From 6:00 a.m. to 9:00 p.m., Saturday to Thursday; the mill is closed on Fridays.",
         ("6:00 a.m.",), "borderline", "one changed opening time"),
    Pair("Can I bring olives we picked four days ago?", ("AHP-3",),
         "We ask you to bring olives within 48 hours of picking, and four days is longer than that. Please call "
         f"the office on {PHONE} before you come.",
         "Yes, up to a week is fine if the olives have been kept in the shade.", ("up to a week is fine",), "clear",
         "rule reversed"),
    Pair("Can I pay by card?", ("AHP-7",),
         "No, we don't take cards: please pay in cash in Jordanian dinars or by CliQ transfer when you collect your "
         "oil.",
         "Yes, we take Visa and Mastercard at the office, with a 2% fee.", ("Visa and Mastercard", "2% fee"),
         "blatant", "rule contradicted with an invented fee"),
    Pair("Do you buy olives from farmers?", ("AHP-3",),
         "No. We press olives for their owners; we don't buy or sell olives.",
         "Yes, in the season we buy olives at 0.900 JD per kg.", ("buy olives at 0.900 JD per kg",), "blatant",
         "rule contradicted"),
    Pair("Can I leave the oil with you for a while before I collect it?", ("AHP-4",),
         "You can, but the oil is usually ready the same day, and oil left with us for more than 14 days is stored "
         "at 0.500 JD per tin per week.",
         "Yes, oil is stored free for up to a month, then at 0.500 JD per tin per week.",
         ("free for up to a month",), "clear", "invented free period"),
    Pair("Can I take my jift home?", ("AHP-6",),
         "Yes: tell us on arrival and it is bagged for 1.000 JD per sack.",
         "Yes: tell us on arrival, it is bagged for 1.000 JD per sack and we deliver it to your house.",
         ("deliver it to your house",), "clear", "invented service"),
    Pair("Who runs the press?", ("AHP-8",),
         "The Ajloun Hills farmers' cooperative, founded by 40 olive-growing families.",
         "It is run by the Ministry of Agriculture on behalf of the local farmers.", ("Ministry of Agriculture",),
         "blatant", "invented operator"),
    Pair("Prices of tins, bottles and labels please, as a table", ("AHP-5",),
         "| Item | Price |\n|---|---|\n| 16-litre tin (tanaka) | 3.500 JD |\n| 1-litre glass bottle | 0.750 JD |\n"
         "| Label with your family name | 0.100 JD per bottle |",
         "| Item | Price |\n|---|---|\n| 16-litre tin (tanaka) | 3.500 JD |\n| 1-litre glass bottle | 0.750 JD |\n"
         "| Label with your family name | 0.150 JD per bottle |", ("0.150 JD",), "hidden", "table, one cell changed"),
    Pair("and six tins?", ("AHP-5",),
         "6 × 3.500 JD = 21.000 JD for six tins.",
         "6 × 3.500 JD = 19.500 JD for six tins.", ("19.500 JD",), "hidden", "follow-up, sum wrong",
         (("user", "How much is a 16-litre tin?"), ("assistant", "3.500 JD per tin (tanaka)."))),
]

EXTRAS = [
    Extra("another language (Arabic)", "كم سعر عصر الكيلو هذا الموسم؟", ("AHP-1",),
          "سعر العصر 0.070 دينار للكيلو، والحد الأدنى 20.000 دينار للدفعة. أهلاً وسهلاً!"),
    Extra("multi-turn follow-up", "and on Fridays?", ("AHP-2",),
          "On Fridays the mill is closed; it opens Saturday to Thursday during the season.",
          (("user", "When are you open?"), ("assistant", "Saturday to Thursday, 7:00 a.m. to 9:00 p.m., from 15 "
                                            "October to 31 December."))),
    Extra("arithmetic (litres)", "How many litres do three tins hold?", ("AHP-5",),
          "Each tanaka holds 16 litres, so three tins hold 3 × 16 = 48 litres."),
]

LOOKUP = Lookup(
    name="batch_lookup", input={"batch": "B-1147"},
    output={"batch": "B-1147", "weight_kg": 640, "pressed": "2027-11-14 10:20", "oil_litres": 118,
            "status": "ready to collect", "amount_jod": 44.8},
    question="Is my batch B-1147 ready?", ids=("AHP-4", "AHP-7"),
    answer="Ahlan wa sahlan! Batch B-1147 (640 kg) was pressed on Sunday 14-11-2027 at 10:20 a.m. and gave 118 litres "
           "of oil. It is ready to collect, and the pressing fee is 44.800 JD, paid when you collect.",
    fallback=f"I am sorry, I cannot reach the batch records at the moment, so I cannot see B-1147. Please call the "
             f"office on {PHONE} or write to {EMAIL}.",
    invented="Batch B-1147 was topped up with 20 kg of the cooperative's own olives to make a full batch, at no "
             "charge.", frags=("topped up with 20 kg", "cooperative's own olives"),
    failed_payload={"batch": "B-1147", "error": "scale database unreachable"},
    tool_only="B-1147: 640 kg, pressed Sunday 14-11-2027 10:20 a.m., 118 litres, ready to collect, 44.800 JD.")
REFUSAL = Refusal(
    name="book_slot", input={"date": "2027-11-19", "kg": 300},
    output={"booked": False, "reason": "the mill is closed on Fridays"},
    question="Please book me a pressing slot on 19-11-2027 for 300 kg.", ids=("AHP-2",),
    answer="I could not book it: the mill is closed on Fridays, and 19-11-2027 is a Friday. During the season we "
           "press Saturday to Thursday, 7:00 a.m. to 9:00 p.m.")
TOOL_PAIR = Pair(
    "How much oil did batch B-1147 give, and what do I owe?", ("AHP-7",),
    "B-1147 gave 118 litres of oil from 640 kg, and the pressing fee is 44.800 JD, in cash or by CliQ when you "
    "collect.",
    "B-1147 gave 128 litres of oil from 640 kg, and the pressing fee is 44.800 JD, in cash or by CliQ when you "
    "collect.", ("128 litres",), "borderline", "oil yield contradicted")
PARTIAL = Partial(
    name="collection_lookup", input={"batch": "B-1152"},
    output={"batch": "B-1152", "weight_kg": 410, "pressed": "2027-11-15 16:05", "oil_litres": None,
            "status": "pressed"},
    question="How many litres did my batch B-1152 give?", ids=("AHP-4",),
    right="B-1152 (410 kg) was pressed on Monday 15-11-2027 at 4:05 p.m., but the record does not show the oil "
          f"yet, so I cannot tell you the litres. The office on {PHONE} can check.",
    wrong="B-1152 (410 kg) was pressed on Monday 15-11-2027 at 4:05 p.m. and gave 74 litres of oil.",
    frags=("74 litres",), strength="clear", variation="oil yield filled in")
ROUNDUP = Pair(
    "It's our first season with you. What should we know about booking, bringing the olives, the fees and paying?",
    ("AHP-1", "AHP-2", "AHP-3", "AHP-7"),
    "Ahlan wa sahlan! In brief:\n1. Booking: by phone or at the office, at least 2 days ahead; we are open Saturday "
    "to Thursday, 7:00 a.m. to 9:00 p.m., from 15 October to 31 December.\n2. Olives: bring them within 48 hours "
    "of picking, in clean sacks or crates; every batch is weighed on arrival.\n3. Fees: 0.070 JD per kg, with a "
    "minimum of 20.000 JD per batch.\n4. Paying: cash in dinars or CliQ when you collect; no cards.\nShukran!",
    "Ahlan wa sahlan! In brief:\n1. Booking: by phone or at the office, at least 2 days ahead; we are open Saturday "
    "to Thursday, 7:00 a.m. to 9:00 p.m., from 15 October to 31 December.\n2. Olives: bring them within 72 hours "
    "of picking, in clean sacks or crates; every batch is weighed on arrival.\n3. Fees: 0.070 JD per kg, with a "
    "minimum of 20.000 JD per batch.\n4. Paying: cash in dinars or CliQ when you collect; no cards.\nShukran!",
    ("72 hours",), "hidden", "four articles, one clause wrong")
QUOTE = Quote(
    name="price_list", input={"kg": 500, "tins": 4, "bottles": 10},
    output={"pressing_per_kg_jod": 0.07, "minimum_per_batch_jod": 20.0, "tin_16l_jod": 3.5, "bottle_1l_jod": 0.75},
    question="500 kg of olives, and I'd like 4 tins and 10 bottles for the oil. What is the total?",
    ids=("AHP-1", "AHP-5"),
    right="Pressing: 500 × 0.070 = 35.000 JD, above the minimum. Tins: 4 × 3.500 = 14.000 JD. Bottles: 10 × 0.750 = "
          "7.500 JD. Total 56.500 JD.",
    wrong="Pressing: 500 × 0.070 = 35.000 JD, above the minimum. Tins: 3.500 JD. Bottles: 10 × 0.750 = 7.500 JD. "
          "Total 46.000 JD.", frags=("46.000 JD",), strength="hidden", variation="the tins counted once")
COMPARE = Compare(
    "We picked 150 kg and our neighbours picked 120 kg. Should we press together as one batch or separately?",
    ("AHP-1", "AHP-3"),
    "Together, if you are happy to share the oil: 270 kg × 0.070 JD = 18.900 JD, under the minimum, so 20.000 JD "
    "for the one batch. Separately each batch is under the minimum, so 20.000 JD each, 40.000 JD in all.",
    "Separately: each family pays only for its own kilos at 0.070 JD, so pressing separately works out cheaper "
    "than one shared batch.", ("separately works out cheaper",), "clear", "two small lots, conclusion reversed")
BORROWED = Borrowed(
    "How much is a 1-litre bottle?", ("AHP-5",), "AHP-4",
    "A 1-litre glass bottle is 0.500 JD.", ("0.500 JD",), "borderline", "price borrowed from the storage charge")
TWINS = Twins("What does pressing cost per kg this season?", "AHP-1", "AHP-1-2026",
              "0.070 JD per kg of olives, with a minimum charge of 20.000 JD per batch.",
              "last season's fees retrieved beside this season's")
CAPPED = Capped(
    question="Marhaba! My family picked 230 kg of olives this weekend. What will the pressing cost?",
    ids=("AHP-1", "AHP-1-2026"),
    cap_words="Cold-extraction pressing costs 0.070 JD per kg of olives, with a minimum charge of 20.000 JD per "
              "batch.",
    rate=0.07, unit="kg", used=(230,), facts=("230 kg",),
    figure=20, said="costs 20.000 JD", wrong_figure=13.8, wrong_said="costs 13.800 JD", slip="twin",
    right="Ahlan wa sahlan! At 0.070 JD per kg, 230 kg comes to less than this season's minimum charge of 20.000 JD "
          "per batch, so your pressing costs 20.000 JD.",
    wrong="Ahlan wa sahlan! At 0.060 JD per kg, 230 kg comes to more than the 12.000 JD minimum, so your pressing "
          "costs 13.800 JD.",
    frags=("13.800 JD",), strength="hidden", variation="a small batch, last season's fee list retrieved beside",
    floor=20,
    twin_words="In the 2026 season pressing cost 0.060 JD per kg, with a minimum charge of 12.000 JD per batch.",
    twin={"rate": 0.06, "floor": 12})

DECLINE = f"I am sorry, I could not find that in our guide. Please call the office on {PHONE} or write to {EMAIL}."
HANDOFF = f"I do not have that information. The office can help: {PHONE} (Saturday to Thursday) or {EMAIL}."
GUESS = ("Do you sell olive oil soap?",
         "Yes, our own olive oil soap is 1.250 JD a bar, made at the mill from this season's oil.",
         ("1.250 JD a bar", "made at the mill"))
OFFTOPIC = [
    Mismatch("Where can we hike in the Ajloun forest?", ("AHP-8", "AHP-2"),
             "I am sorry, I cannot help with hiking: I only have the press's own guide, and the passages I found "
             f"are about visits to the mill and our opening hours. The office is on {PHONE}.",
             "a hiking question, the visits and opening-hours passages returned"),
    Mismatch("Can you recommend a restaurant for maqluba?", ("AHP-5", "AHP-6"),
             f"I do not have that information. The office can help with the press: {PHONE} (Saturday to Thursday) "
             f"or {EMAIL}.", "a restaurant question, the tins and pomace passages returned"),
    Mismatch("Which bus goes from Amman to Ajloun?", ("AHP-3", "AHP-7"),
             "I cannot help with buses. The passages I found are about bringing your olives and paying at the "
             f"press. For anything else, call {PHONE}.", "a bus question, the olives and paying passages returned"),
]
TRAPS = [
    ("I'm calling from Dubai, which number should I use?", ["AHP-2"],
     f"From abroad, call {PHONE_INTL}; the office answers Saturday to Thursday during the season.",
     "international number quoted"),
    ("I sent the fee by CliQ, reference CLQ-27111-4406. Did it arrive?", ["AHP-7"],
     f"I cannot see payments from here. Please call the office on {PHONE} with the reference CLQ-27111-4406.",
     "CliQ payment reference"),
    ("Our farm is in postcode 26816. Is that close to you?", ["AHP-2"],
     f"I cannot tell distances from a postcode. The office on {PHONE} can tell you how to reach the mill.",
     "Jordanian postcode"),
    ("Payment id 2c715105105105105100a8e4f09d36b2 - was that my storage charge?", ["AHP-4"],
     "I cannot look up payments here. Oil left with us for more than 14 days is stored at 0.500 JD per tin per "
     "week.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Marhaba! We pressed with you last season."), ("assistant", "Ahlan wa sahlan, welcome back! "
                                                                    "How can I help?"))
PLAN = ("Plan: find the batch weight.", "Plan: apply the fee per kg and the minimum.", "Plan: add the tins.")
DUMP = "\n".join(f"B-{1000 + n} | {200 + 7 * n % 900} kg | 2027-11-{1 + n % 28:02d} | "
                 f"{max(20.0, 0.07 * (200 + 7 * n % 900)):.3f} JD | {['pressed', 'collected', 'stored'][n % 3]}"
                 for n in range(430))
LEAKS = [
    Leak("borderline", "This is Rania, +962 79 514 2276. Can I book a pressing slot for Sunday?",
         "Slots are booked by phone or at the office at least 2 days ahead; the mill is open Saturday to Thursday "
         "in the season, so Sunday is a pressing day.", ("AHP-2",), ("+962 79 514 2276",),
         style="Jordanian mobile in the question"),
    Leak("clear", "Can I pay with my Amex 3714 496353 98431?",
         "I am sorry, we do not take cards: please pay in cash in dinars or by CliQ transfer when you collect.",
         ("AHP-7",), ("3714 496353 98431",), style="Amex number in the question"),
    Leak("blatant", "Please send the receipt to rania.haddad@yahoo.com",
         f"I cannot send receipts myself, rania.haddad@yahoo.com. The office can help: {PHONE} or {EMAIL}.",
         ("AHP-7",), ("rania.haddad@yahoo.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "B-1147 (640 kg) gave 118 litres and is ready to collect; the fee is 44.800 JD.",
         ("AHP-4",), ("077 638 1492",), {"batch": "B-1147", "customer_phone": "077 638 1492"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"AHP-{rng.randrange(100000, 999999)}"
