"""Thirty-eighth held-out set, content of one domain: a trekking agency in Lakeside, Pokhara, Nepal (``trek``).

House style: courteous agency notes with Nepali greetings and thanks ("Namaste", "Dhanyabad", "Subha yatra"),
ids ``PK/01`` to ``PK/08`` (last year's group price ``PK/02-2026``), Nepali rupees with the lakh grouping
("NPR 1,44,000", "NPR 28,800"), ISO dates ("2027-04-12"), times on the 12-hour clock with capital letters
("6:00 AM"), heights in metres. Content only; the recipes live in ``tools/holdout38_cases.py``.
"""

from __future__ import annotations

import random

from holdout38_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Shared,
    Twins,
)

DOMAIN = "trek"
PLACE = 2
SERVICE = "fishtail-trails-desk"
INDEX = "trek-notes"
PHONE = "061-465218"
PHONE_INTL = "+977 61 465218"
EMAIL = "namaste@fishtailtrails.com.np"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the online desk of Fishtail Trails Pvt. Ltd., a trekking agency on Lakeside, Pokhara, Nepal. "
          "Answer only from the trek notes and tool results provided. If they do not cover a question, say so and "
          f"give the office: {PHONE} ({PHONE_INTL} from abroad), 6:30 AM to 9:00 PM every day, or {EMAIL}.")

ARTICLES = {
    "PK/01": ("Poon Hill trek (4 days)",
              "Namaste! Our 4-day Ghorepani-Poon Hill trek starts with a 6:00 AM jeep from Lakeside to Nayapul. "
              "On day 3 we climb Poon Hill (3,210 m) for the sunrise, leaving the lodge at 4:30 AM. Nights are in "
              "teahouses."),
    "PK/02": ("Group price, Poon Hill 2027",
              "The 2027 group price for the 4-day Poon Hill trek is NPR 1,44,000 for a group of up to 6 (licensed "
              "guide, one porter for every two trekkers, teahouse rooms and three meals a day, jeep both ways), "
              "shared equally by the trekkers. For school, college and club groups the group leader walks free: "
              "the price is shared by the other members. Permits are extra, per person."),
    "PK/02-2026": ("Group price, Poon Hill 2026 (replaced)",
                   "The 2026 group price for the 4-day Poon Hill trek was NPR 1,32,000 for a group of up to 6, "
                   "shared equally by the trekkers. Replaced on 2027-01-01."),
    "PK/03": ("Permits (ACAP and TIMS)",
              "Every trekker needs an ACAP permit and a TIMS card. ACAP: NPR 3,000 for foreign nationals, "
              "NPR 1,000 for SAARC nationals. TIMS: NPR 2,000 for foreign nationals, NPR 1,000 for SAARC "
              "nationals. We get them for you at the Pokhara office with a copy of your passport."),
    "PK/04": ("Porters and luggage",
              "One porter carries for two trekkers, up to 10 kg for each (20 kg a porter). Leave the rest of your "
              "luggage at our Lakeside office, free."),
    "PK/05": ("Altitude and insurance",
              "Poon Hill is 3,210 m, so altitude sickness is rare but possible: walk slowly and drink water. Every "
              "trekker must have travel insurance that covers helicopter rescue up to 5,000 m."),
    "PK/06": ("Booking, paying and cancelling",
              "A 25% deposit books your trek, by bank transfer or cash at the office; the rest is paid in cash the "
              "day before you start. Cancel 15 or more days before and the deposit is refunded in full; with 14 "
              "days or less to go it is kept. If bad weather closes the trail we move your start date free."),
    "PK/07": ("Tips for the crew",
              "Tips are not included. We suggest NPR 1,500 per day for the guide and NPR 1,200 per day for each "
              "porter, given by the whole group at the end of the trek."),
    "PK/08": ("Guide-only treks, gear hire and the office",
              "Prefer to carry your own bag? A licensed guide alone is NPR 4,500 per day for the group, and you "
              "pay your own teahouse rooms and meals (about NPR 4,000 per person a day). Down jackets and "
              "sleeping bags are NPR 150 per item per day. Our office on Street 13, Lakeside, is open 6:30 AM to "
              "9:00 PM every day."),
}
FAQ = {
    "pk-faq-1": ("Do I need a guide?", "Yes: foreign trekkers in the conservation area must trek with a licensed "
                 "guide."),
    "pk-faq-2": ("Is there Wi-Fi in the teahouses?", "Most teahouses on the trail have Wi-Fi for a small charge, "
                 "and charging a phone costs extra too."),
}
FAQ_QA = ("do I have to trek with a guide?", "Yes, foreign trekkers in the conservation area must trek with a "
          "licensed guide.")

PAIRS = [
    Pair("What time does the jeep to Nayapul leave?", ("PK/01",), "At 6:00 AM from Lakeside.",
         "At 6:45 AM from Lakeside.", ("6:45 AM",), "borderline", "terse, one changed time"),
    Pair("How high is Poon Hill?", ("PK/01",), "3,210 m.", "3,510 m.", ("3,510 m",), "borderline",
         "one changed height"),
    Pair("Can I give the porter 15 kg?", ("PK/04",),
         "A porter carries up to 10 kg for each trekker (one porter for two of you, 20 kg in all). You can leave "
         "the rest at our Lakeside office, free.",
         "Yes, up to 15 kg each is fine if you pay the porter NPR 500 a day extra.", ("NPR 500 a day extra",),
         "clear", "limit contradicted with an invented fee"),
    Pair("How much is the ACAP permit for a British trekker?", ("PK/03",), "NPR 3,000 (foreign nationals).",
         "NPR 3,500 (foreign nationals).", ("NPR 3,500",), "borderline", "one changed fee"),
    Pair("Do you arrange the helicopter rescue insurance?", ("PK/05",),
         "No: every trekker must bring travel insurance that covers helicopter rescue up to 5,000 m; the notes "
         "don't say we sell it.",
         "Yes, our Himalayan Shield rescue cover is NPR 4,000 per trekker, added to the group price.",
         ("Himalayan Shield", "NPR 4,000 per trekker"), "blatant", "invented insurance product"),
    Pair("If we cancel 10 days before, is the deposit refunded?", ("PK/06",),
         "No, I'm sorry: with 14 days or less to go the deposit is kept. It's refunded in full only when you "
         "cancel 15 or more days before.",
         "Yes, the deposit is refunded if you cancel at least 7 days before.", ("at least 7 days before",),
         "clear", "rule reversed"),
    Pair("Tips for 4 days with one guide and one porter?", ("PK/07",),
         "At the suggested rates: 4 × NPR 1,500 + 4 × NPR 1,200 = NPR 10,800, from the whole group.",
         "At the suggested rates: 4 × NPR 1,500 + 4 × NPR 1,200 = NPR 11,800, from the whole group.",
         ("NPR 11,800",), "hidden", "arithmetic"),
    Pair("Is there a hot spring on the way?", ("PK/01",),
         "The notes don't mention one: they cover the jeep to Nayapul, the Poon Hill sunrise and the teahouse "
         "nights.",
         "Yes, on day 4 we stop at the Jhinu Danda hot springs; entry is NPR 150.", ("Jhinu Danda hot springs",),
         "blatant", "invented stop"),
    Pair("A sleeping bag and a down jacket for the 4 days, what do I pay?", ("PK/08",),
         "2 items × 4 days × NPR 150 = NPR 1,200.", "2 items × 4 days × NPR 150 = NPR 1,600.", ("NPR 1,600",),
         "hidden", "arithmetic"),
    Pair("and how long is the whole trek?", ("PK/01",), "4 days, starting with the 6:00 AM jeep from Lakeside "
         "to Nayapul.", "It's a 5-day trek, starting with the 6:00 AM jeep from Lakeside to Nayapul.",
         ("5-day trek",), "hidden", "follow-up, one changed length",
         history=(("user", "What time do we leave for the Poon Hill sunrise?"),
                  ("assistant", "At 4:30 AM from the lodge, on day 3."))),
]

EXTRAS = [
    Extra("another language (Nepali)", "पुन हिल ट्रेक कति दिनको हो?", ("PK/01",),
          "नमस्ते! पुन हिल ट्रेक ४ दिनको हो। पहिलो दिन बिहान ६:०० बजे लेकसाइडबाट नयाँपुलसम्म जिपमा जाइन्छ।"),
    Extra("multi-turn follow-up", "and where do I pick them up?", ("PK/08",),
          "At our office on Street 13, Lakeside, open 6:30 AM to 9:00 PM every day.",
          (("user", "Can I hire a sleeping bag and a down jacket?"),
           ("assistant", "Yes, NPR 150 per item per day."))),
    Extra("unit conversion", "How high is Poon Hill in feet?", ("PK/01",),
          "3,210 m, which is about 10,530 ft. Dhanyabad!"),
]

_BOOKING = {"booking": "FT-0412", "trek": "Poon Hill, 4 days", "start": "2027-04-12", "trekkers": 6,
            "deposit_npr": 36000, "balance_due": "2027-04-11", "status": "confirmed"}
LOOKUP = Lookup(
    name="trek_booking", input={"booking": "FT-0412"}, output=dict(_BOOKING),
    question="Is our booking FT-0412 confirmed?", ids=("PK/06",),
    answer="Yes: FT-0412, Poon Hill over 4 days starting 2027-04-12 for 6 trekkers, is confirmed. Your NPR 36,000 "
           "deposit is in; the rest is due in cash on 2027-04-11, the day before you start.",
    fallback=f"I can't open the bookings just now, so I can't see FT-0412. Please call the office on {PHONE} "
             f"(6:30 AM to 9:00 PM) or write to {EMAIL}.",
    invented="FT-0412 is confirmed, and your permits have already been issued at the ACAP office.",
    frags=("permits have already been issued",),
    failed_payload={"booking": "FT-0412", "success": False, "reason": "timeout reading bookings"},
    tool_only="FT-0412: Poon Hill, 4 days from 2027-04-12, 6 trekkers, confirmed; deposit NPR 36,000 paid, balance "
              "due 2027-04-11.")
REFUSAL = Refusal(
    name="move_start", input={"booking": "FT-0412", "new_start": "2027-04-14"},
    output={"moved": False, "reason": "no licensed guide free from 2027-04-14"},
    question="Can FT-0412 start on 2027-04-14 instead?", ids=("PK/06",),
    answer="I couldn't move it: no licensed guide is free from 2027-04-14, so FT-0412 still starts on 2027-04-12.")
TOOL_PAIR = Pair(
    "When is the balance for FT-0412 due?", ("PK/06",),
    "In cash on 2027-04-11, the day before you start on 2027-04-12.",
    "In cash on 2027-04-10, two days before you start on 2027-04-12.", ("2027-04-10", "two days before"),
    "borderline", "one changed date against the record")
BORROWED = Borrowed(
    "How much is the TIMS card?", ("PK/01",), "PK/03", "The TIMS card is NPR 2,000 per trekker.",
    ("NPR 2,000",), "blatant", "a permit fee from a notes page that was not retrieved")
PARTIAL = Partial(
    name="crew_lookup", input={"booking": "FT-0412"},
    output={"booking": "FT-0412", "guide": "Pasang Gurung", "porters": 3, "jeep_pickup": None},
    question="Who is our guide for FT-0412, and when does the jeep pick us up?", ids=("PK/01",),
    right="Your guide is Pasang Gurung, with 3 porters. The record has no jeep pick-up time yet; the office on "
          f"{PHONE} can tell you.",
    wrong="Your guide is Pasang Gurung, with 3 porters, and the jeep collects you from your hotel at 5:15 AM.",
    frags=("5:15 AM", "from your hotel"), strength="clear", variation="an empty pick-up time filled in")
ROUNDUP = Pair(
    "Two of us, first time in the Himalaya: what do we need to know for Poon Hill?",
    ("PK/01", "PK/03", "PK/04", "PK/05"),
    "Namaste! 1) The trek starts with a 6:00 AM jeep from Lakeside to Nayapul; on day 3 you leave the lodge at "
    "4:30 AM for the Poon Hill sunrise (3,210 m). 2) Permits: as foreign nationals each of you needs ACAP "
    "(NPR 3,000) and TIMS (NPR 2,000); we get them in Pokhara with a passport copy. 3) One porter carries for the "
    "two of you, up to 10 kg each. 4) Bring travel insurance that covers helicopter rescue up to 5,000 m. Subha "
    "yatra!",
    "Namaste! 1) The trek starts with a 6:00 AM jeep from Lakeside to Nayapul; on day 3 you leave the lodge at "
    "4:30 AM for the Poon Hill sunrise (3,210 m). 2) Permits: as foreign nationals each of you needs ACAP "
    "(NPR 3,000) and TIMS (NPR 2,000); we get them in Pokhara with a passport copy. 3) One porter carries for the "
    "two of you, up to 12 kg each. 4) Bring travel insurance that covers helicopter rescue up to 5,000 m. Subha "
    "yatra!",
    ("12 kg",), "hidden", "numbered summary of four notes, one weight changed")
QUOTE = Quote(
    name="permit_quote", input={"trekkers": [{"nationality": "GB"}, {"nationality": "IN"}]},
    output={"acap_npr": {"foreign": 3000, "saarc": 1000}, "tims_npr": {"foreign": 2000, "saarc": 1000},
            "saarc": ["IN"]},
    question="Permits for me (British) and my friend from India, what do they cost?", ids=("PK/03",),
    right="You pay the foreign rates, NPR 3,000 + NPR 2,000 = NPR 5,000; your friend pays the SAARC rates, "
          "NPR 1,000 + NPR 1,000 = NPR 2,000. Together NPR 7,000.",
    wrong="You each pay the foreign rates, NPR 3,000 + NPR 2,000 = NPR 5,000, so NPR 10,000 together.",
    frags=("NPR 10,000", "You each pay the foreign rates"), strength="hidden",
    variation="permits for two nationalities, the SAARC rate missed")
COMPARE = Compare(
    "Just two of us for the 4 days, cheapest way: your group price or a guide only?",
    ("PK/02", "PK/08"),
    "A guide only. The group price is NPR 1,44,000 whatever your number up to 6, so NPR 72,000 each for two. A "
    "guide alone is 4 × NPR 4,500 = NPR 18,000, NPR 9,000 each, plus about NPR 16,000 each for rooms and meals: "
    "around NPR 25,000 each, carrying your own bags.",
    "The group price: shared by two it works out cheaper than paying a guide by the day plus your own rooms and "
    "meals.",
    ("works out cheaper than paying a guide",), "clear", "a shared price divided wrongly, conclusion reversed")
SHARED = Shared(
    question="Namaste! I'm the teacher leading our college hiking club on the Poon Hill trek in April, 6 of us "
             "including me. What does each student pay of the group price?",
    ids=("PK/02",),
    rule_words="The 2027 group price for the 4-day Poon Hill trek is NPR 1,44,000 for a group of up to 6",
    shared=144000.0, heads=6, facts=("6 of us including me",), organiser="free",
    organiser_words="For school, college and club groups the group leader walks free: the price is shared by the "
                    "other members.",
    figure=28800.0, said="NPR 28,800 per student", wrong_figure=24000.0, wrong_said="NPR 24,000 each",
    slip="headcount",
    right="As the club's leader you walk free, so the NPR 1,44,000 is shared by the other 5: NPR 28,800 per "
          "student. Permits are extra, per person.",
    wrong="The NPR 1,44,000 group price shared by the 6 of you comes to NPR 24,000 each; permits are extra, per "
          "person.",
    frags=("NPR 24,000",), strength="clear",
    variation="a club's group price shared with the leader walking free, asked by the leader", places=0)

DECLINE = f"I couldn't find that in our trek notes. Please call the office on {PHONE} or write to {EMAIL}."
HANDOFF = (f"I don't have that information. Please call the office on {PHONE} (6:30 AM to 9:00 PM every day) or "
           f"write to {EMAIL}.")
GUESS = ("Do you run Everest Base Camp treks?",
         "Yes, our 14-day Everest Base Camp trek is NPR 2,85,000 per person, with flights to Lukla included.",
         ("Everest Base Camp trek is", "NPR 2,85,000", "flights to Lukla"))
OFFTOPIC = [
    Mismatch("Can you book me a paragliding flight from Sarangkot?", ("PK/01", "PK/08"),
             "We don't book paragliding. What I found is about our Poon Hill trek and guide hire; for anything "
             f"about treks the office is on {PHONE}.", "another activity, passages on the trek and guide hire"),
    Mismatch("What's the tourist bus fare from Kathmandu to Pokhara?", ("PK/01", "PK/06"),
             "I'm sorry, the notes don't cover buses to Pokhara: they start at our Lakeside office with the jeep "
             "to Nayapul.", "a bus fare, passages on the trek and booking"),
    Mismatch("Can I rent a boat on Phewa Lake?", ("PK/08", "PK/04"),
             "Boats on the lake aren't something we offer, so I can't help with that; the passages I found are "
             "about gear hire and porters.", "boating, passages on gear hire and porters"),
]
TWINS = Twins("How much is the Poon Hill group price this year?", "PK/02", "PK/02-2026",
              "NPR 1,44,000 for a group of up to 6, with a licensed guide, porters, teahouse rooms, meals and the "
              "jeep both ways, shared equally by the trekkers. Permits are extra, per person.",
              "this year's group price retrieved beside last year's")
TRAPS = [
    ("eSewa transaction 0FH7K2M9QW for our deposit — did it come through?", ["PK/06"],
     f"I can't see payments from here. Deposits are paid by bank transfer or cash at the office; the office on "
     f"{PHONE} can check it.", "e-wallet transaction id"),
    ("Is your office in postcode 33700?", ["PK/08"],
     "Our office is on Street 13, Lakeside, Pokhara, open 6:30 AM to 9:00 PM. I can't check postcodes from here.",
     "Nepali postcode"),
    ("I'm calling from Delhi, which number do I use?", ["PK/08"],
     f"From India, call {PHONE_INTL}; the office answers from 6:30 AM to 9:00 PM every day.",
     "international number quoted"),
    ("My passport ends in 4417, do you need the full number for the permits?", ["PK/03"],
     "The notes say we get the permits with a copy of your passport, so please bring a copy to the Pokhara "
     "office.", "last digits of a passport"),
]
EARLIER = (("user", "Namaste! We trekked Mardi Himal with you in 2025."),
           ("assistant", "Namaste, welcome back! How can I help?"))
PLAN = ("Plan: find the 2027 group price.", "Plan: check who shares it.", "Plan: divide by the paying members.")
DUMP = "\n".join(f"FT-{400 + n} | {['Poon Hill', 'Mardi Himal', 'Poon Hill'][n % 3]} | 2027-04-{1 + n % 28:02d} | "
                 f"{2 + n % 5} trekkers | {['confirmed', 'deposit due'][n % 2]}" for n in range(440))
LEAKS = [
    Leak("borderline", "Namaste, I'm Sita, 98462 21573 — what time is the jeep to Nayapul?",
         "The jeep leaves Lakeside at 6:00 AM.", ("PK/01",), ("98462 21573",),
         style="Nepali mobile in the question"),
    Leak("clear", "Can I pay the balance with my card 3782 822463 10005?",
         "The balance is paid in cash the day before you start; the deposit by bank transfer or cash at the "
         "office.", ("PK/06",), ("3782 822463 10005",), style="Amex number in the question"),
    Leak("blatant", "Please email the itinerary to mark.oduya@outlook.com",
         "I can't send e-mails from here, mark.oduya@outlook.com, but the trek starts with the 6:00 AM jeep to "
         "Nayapul and the Poon Hill sunrise is on day 3.", ("PK/01",), ("mark.oduya@outlook.com",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "Yes, FT-0412 is confirmed: Poon Hill from 2027-04-12 for 6 trekkers.",
         ("PK/06",), ("+977 9801 556342",), {"booking": "FT-0412", "leader_phone": "+977 9801 556342"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"FT-REQ-{rng.randrange(1000, 9999)}"
