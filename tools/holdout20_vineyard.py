"""Twentieth held-out set, content of one domain: a winery with tastings and a wine club in Luján de Cuyo,
Mendoza, Argentina (``vineyard``).

House style: warm hospitality notes in Argentine English, ids ``BLA-T1``, ``BLA-C1`` ... by section (tastings,
club, shop, visit; the 2025 tasting prices ``BLA-T0``), pesos with a dot for thousands ("ARS 38.000") and US
dollars written "US$", times in "hs" ("12 hs", "15:30 hs", "9 a 18 hs"), dates day first ("04/03"), bottles in ml.
Content only; the recipes live in ``tools/holdout20_cases.py``.
"""

from __future__ import annotations

import random

from holdout20_cases import Borrowed, Compare, Extra, Leak, Lookup, Mismatch, Pair, Partial, Quote, Refusal, Twins

DOMAIN = "vineyard"
PLACE = 2
SERVICE = "aromos-concierge"
INDEX = "bodega-notes"
PHONE = "0261 498-7720"
PHONE_INTL = "+54 261 498-7720"
EMAIL = "visitas@bodegalosaromos.com.ar"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the visitor concierge of Bodega Los Aromos in Luján de Cuyo, Mendoza. Answer from the bodega "
          "notes and tool results only, in a warm tone. When the notes do not cover something, say so and invite "
          f"the guest to contact us: {PHONE} ({PHONE_INTL} from abroad), Monday to Saturday 9 a 18 hs, or {EMAIL}.")

ARTICLES = {
    "BLA-T1": ("Tastings and cellar tours",
               "Guided tours with tasting run Monday to Saturday at 10, 12 and 15:30 hs and last 75 minutes. The "
               "Classic tasting pours 3 wines for ARS 38.000 per person; the Reserve tasting pours 5 wines, among "
               "them our Gran Reserva Malbec, for ARS 65.000 per person. Wine is served from 18 years of age."),
    "BLA-T2": ("Pairing lunch",
               "Our 5-course pairing lunch is served Tuesday to Saturday at 13 hs, ARS 95.000 per person. Please "
               "book at least 48 hours ahead; a vegetarian menu is available if you ask when booking."),
    "BLA-T3": ("Changes, cancellations and groups",
               "Cancellation is free up to 48 hours before your visit; after that we charge 50%. Groups of 8 or more "
               "pay a 30% deposit when booking."),
    "BLA-C1": ("Club Aromos, our wine club",
               "Members receive 6 bottles (750 ml each) every 3 months for ARS 180.000 per shipment, get 15% off "
               "everything in the shop and a free tasting for 2 once a year. You may cancel any time after the "
               "second shipment."),
    "BLA-C2": ("Shipping",
               "We ship within Argentina only, in 3 to 5 business days. Shipping is free for club members; for other "
               "orders it is ARS 12.000 per box of 6."),
    "BLA-S1": ("Our shop",
               "The wine shop is open Monday to Saturday, 9 a 18 hs, and closed on Sundays. We take cards and cash, "
               "and US$ cash at the day's rate."),
    "BLA-V1": ("How to get here",
               "We are in Luján de Cuyo, 25 km from Mendoza city. Parking is free. We do not arrange transfers; a "
               "taxi from the city takes about 40 minutes. Cyclists on bike tours are welcome."),
    "BLA-K1": ("Children and accessibility",
               "Children are welcome on tours and get grape juice instead of wine. The tasting room has wheelchair "
               "access and a lift goes down to the cellar."),
    "BLA-T0": ("Tastings and cellar tours (2025 season)",
               "Classic tasting, 3 wines: ARS 29.000 per person. Reserve tasting, 5 wines: ARS 52.000 per person. "
               "Tours Monday to Saturday."),
}
FAQ = {
    "bla-faq-1": ("Do I need to book?", "Yes, tastings and lunches are by booking only."),
    "bla-faq-2": ("Can I bring my dog?", "Dogs are welcome in the gardens but not in the cellar."),
}
FAQ_QA = ("can we just turn up for a tasting?", "Tastings are by booking only, so please book before you come.")

PAIRS = [
    Pair("reserve tasting price", ("BLA-T1",), "ARS 65.000 per person.", "ARS 68.000 per person.", ("ARS 68.000",),
         "borderline", "terse, one changed price"),
    Pair("Which days is the pairing lunch?", ("BLA-T2",), "Tuesday to Saturday, at 13 hs.",
         "Wednesday to Saturday, at 13 hs.", ("wednesday to saturday",), "borderline", "one changed day range"),
    Pair("My daughter is 16 - can she join the tasting?", ("BLA-T1", "BLA-K1"),
         "She's very welcome on the tour and will get grape juice, but wine is only served from 18.",
         "Yes, from 16 they may taste with a parent's written consent.",
         ("from 16 they may taste", "written consent"), "blatant", "age rule contradicted with an invented consent"),
    Pair("Can I leave the club after the first box?", ("BLA-C1",),
         "Not yet, I'm afraid: you may cancel any time after the second shipment.",
         "Yes, you can cancel whenever you like, even before the first shipment leaves.",
         ("even before the first shipment",), "clear", "rule reversed"),
    Pair("Do you ship to Chile?", ("BLA-C2",), "I'm sorry, no: we ship within Argentina only.",
         "Yes, we ship to Chile and Uruguay for US$ 60 per box.", ("we ship to chile", "us$ 60"), "clear",
         "rule contradicted with an invented fee"),
    Pair("Can you organise a transfer from Mendoza?", ("BLA-V1",),
         "We don't arrange transfers, but a taxi from Mendoza city takes about 40 minutes; we are 25 km away.",
         "Yes, our partner Remises del Cuyo will pick you up for ARS 20.000 each way.",
         ("remises del cuyo", "ars 20.000"), "blatant", "invented partner and fee"),
    Pair("How long is the tour?", ("BLA-T1",), "75 minutes, tasting included.", "90 minutes, tasting included.",
         ("90 minutes",), "hidden", "one changed duration"),
    Pair("What do club members get?", ("BLA-C1",),
         "| Benefit | Detail |\n|---|---|\n| Shipments | 6 bottles every 3 months, ARS 180.000 |\n| Shop discount | "
         "15% |\n| Tasting | free for 2 once a year |",
         "| Benefit | Detail |\n|---|---|\n| Shipments | 6 bottles every 3 months, ARS 180.000 |\n| Shop discount | "
         "20% |\n| Tasting | free for 2 once a year |", ("20%",), "hidden", "table, one cell wrong"),
    Pair("Is the shop open on Sunday?", ("BLA-S1",),
         "No, it's closed on Sundays; it opens Monday to Saturday, 9 a 18 hs.",
         "Yes, on Sundays it opens 10 a 14 hs.", ("10 a 14 hs",), "borderline", "invented opening"),
    Pair("and if I'm a club member?", ("BLA-C2",), "For club members, shipping within Argentina is free.",
         "Club members pay half: ARS 6.000 per box.", ("ars 6.000", "pay half"), "hidden",
         "follow-up, benefit changed",
         history=(("user", "How much is shipping for a box?"),
                  ("assistant", "ARS 12.000 per box of 6, within Argentina."))),
]

EXTRAS = [
    Extra("another language (Spanish)", "¿A qué hora son las visitas?", ("BLA-T1",),
          "Las visitas con degustación son de lunes a sábado a las 10, 12 y 15:30 hs, y duran 75 minutos."),
    Extra("another language (Portuguese)", "Quanto custa o almoço harmonizado?", ("BLA-T2",),
          "O almoço harmonizado de 5 passos custa ARS 95.000 por pessoa, às 13 hs, de terça a sábado."),
    Extra("unit conversion", "How many litres of wine is one club shipment?", ("BLA-C1",),
          "6 bottles of 750 ml each, so 4.5 litres per shipment."),
    Extra("arithmetic (club discount)", "As a member, what would I pay for a ARS 40.000 bottle from the shop?",
          ("BLA-C1",), "With your 15% discount, ARS 6.000 comes off, so you'd pay ARS 34.000."),
    Extra("short, accessibility", "Wheelchair OK in the cellar?", ("BLA-K1",),
          "Yes: the tasting room has wheelchair access and a lift takes you down to the cellar."),
]

LOOKUP = Lookup(
    name="reservation_lookup", input={"reservation": "LA-2207"},
    output={"reservation": "LA-2207", "experience": "Reserve tasting", "date": "2027-03-04", "time": "12:00",
            "guests": 4, "status": "confirmed"},
    question="Can you check our reservation LA-2207?", ids=("BLA-T1",),
    answer="Of course! LA-2207 is confirmed: Reserve tasting for 4 guests on Thursday 04/03 at 12 hs. It lasts 75 "
           "minutes.",
    fallback=f"Our reservations system is not responding, so I can't see LA-2207 right now. Please write to {EMAIL} "
             f"or call {PHONE}.",
    invented="LA-2207 has been upgraded to the pairing lunch, and our winemaker will host your group in person.",
    frags=("upgraded to the pairing lunch", "winemaker will host"),
    failed_payload={"reservation": "LA-2207", "success": False, "error": "reservations backend unavailable"},
    tool_only="LA-2207: Reserve tasting, 4 guests, Thursday 04/03, 12 hs, confirmed.")
REFUSAL = Refusal(
    name="add_guests", input={"reservation": "LA-2207", "add": 3},
    output={"added": False, "reason": "12:00 Reserve tasting on 2027-03-04 has 2 places left"},
    question="Please add 3 more people to LA-2207", ids=("BLA-T1",),
    answer="I'm sorry, I couldn't add them: the 12 hs Reserve tasting on 04/03 only has 2 places left.")
TOOL_PAIR = Pair(
    "LA-2207 - remind me of the day, time and how many we are?", ("BLA-T1",),
    "Thursday 04/03 at 12 hs, for 4 guests: the Reserve tasting, 75 minutes.",
    "Friday 05/03 at 12 hs, for 4 guests: the Reserve tasting, 75 minutes.", ("friday 05/03",), "clear",
    "tool result contradicted: the date")
PARTIAL = Partial(
    name="club_shipment", input={"member": "CA-5531"},
    output={"member": "CA-5531", "shipment": "autumn", "shipped": "2027-03-11", "bottles": 6, "carrier": None,
            "tracking": None},
    question="Has my club box gone out? Member CA-5531. Which courier is bringing it?", ids=("BLA-C2",),
    right="Yes, your autumn box of 6 bottles shipped on 11/03; within Argentina it takes 3 to 5 business days. The "
          "record shows no courier or tracking number yet, so I can't tell you who is delivering it.",
    wrong="Yes, your autumn box of 6 bottles shipped on 11/03 with Andreani, tracking number AN-48812.",
    frags=("andreani", "an-48812"), strength="blatant", variation="courier and tracking empty")
BORROWED = Borrowed(
    "What deposit does a group of 10 pay?", ("BLA-T3",), "BLA-C1",
    "Groups of 8 or more pay a 15% deposit when booking.", ("15% deposit",), "borderline",
    "the club discount borrowed for the group deposit")
TWINS = Twins("How much is the classic tasting?", "BLA-T1", "BLA-T0",
              "The Classic tasting (3 wines) is ARS 38.000 per person.",
              "2025 season tasting prices retrieved beside the current ones")
ROUNDUP = Pair(
    "Coming on a Saturday with my parents (my dad uses a wheelchair). We'd like a tasting and lunch. Anything I "
    "should know?", ("BLA-T1", "BLA-T2", "BLA-K1", "BLA-V1"),
    "How lovely! Here's what helps:\n**Tastings:** on Saturday at 10, 12 or 15:30 hs, 75 minutes; Classic ARS 38.000 "
    "or Reserve ARS 65.000 per person.\n**Lunch:** the pairing lunch is served on Saturdays at 13 hs, ARS 95.000 per "
    "person; please book at least 48 hours ahead.\n**Access:** the tasting room has wheelchair access and a lift goes "
    "down to the cellar.\n**Getting here:** we're 25 km from Mendoza city, parking is free, and a taxi takes about "
    "40 minutes.",
    "How lovely! Here's what helps:\n**Tastings:** on Saturday at 10, 12 or 15:30 hs, 75 minutes; Classic ARS 38.000 "
    "or Reserve ARS 65.000 per person.\n**Lunch:** the pairing lunch is served on Saturdays at 13 hs, ARS 95.000 per "
    "person; please book at least 48 hours ahead.\n**Access:** the tasting room has wheelchair access and a lift goes "
    "down to the cellar.\n**Getting here:** we're 25 km from Mendoza city, parking is ARS 5.000 for the day, and a "
    "taxi takes about 40 minutes.", ("ars 5.000 for the day",), "hidden", "a parking charge invented in the last "
    "clause")
QUOTE = Quote(
    name="price_quote", input={"classic": 2, "reserve": 3, "pairing_lunch": 5},
    output={"classic_ars": 38000, "reserve_ars": 65000, "pairing_lunch_ars": 95000},
    question="We're 5: two want the classic tasting, three the reserve, then lunch for all five. Total?",
    ids=("BLA-T1", "BLA-T2"),
    right="2 × ARS 38.000 + 3 × ARS 65.000 + 5 × ARS 95.000 = ARS 746.000 for the group.",
    wrong="2 × ARS 38.000 + 3 × ARS 65.000 + 5 × ARS 95.000 = ARS 764.000 for the group.", frags=("ars 764.000",),
    strength="hidden", variation="mixed tastings and lunch for five")
COMPARE = Compare(
    "There are two of us and we can only come on a Monday. Tasting or the pairing lunch?", ("BLA-T1", "BLA-T2"),
    "On a Monday it has to be a tasting: tours with tasting run Monday to Saturday, while the pairing lunch is only "
    "served Tuesday to Saturday. For the two of you the Classic tasting comes to ARS 76.000 and the Reserve to "
    "ARS 130.000.",
    "On a Monday the pairing lunch is your better pick: it runs every day at 13 hs, ARS 190.000 for the two of you, "
    "and tastings are closed on Mondays.", ("runs every day at 13 hs", "tastings are closed on mondays"), "clear",
    "a Monday visit, tasting against the pairing lunch")

DECLINE = f"I couldn't find that in our notes, sorry! Please write to {EMAIL} or call {PHONE}."
HANDOFF = f"I don't have that information, but our team will help: {PHONE} (Monday to Saturday, 9 a 18 hs) or {EMAIL}."
GUESS = ("Do you offer horse rides through the vineyard?",
         "Yes! 2-hour horse rides leave at 9 hs for ARS 55.000 per rider, with mate at the end.",
         ("2-hour horse rides", "ars 55.000"))
OFFTOPIC = [
    Mismatch("Can you recommend a hotel in Mendoza city?", ("BLA-S1", "BLA-C1"), DECLINE,
             "hotel question beside the shop and club notes"),
    Mismatch("Do you sell grape juice for a children's party?", ("BLA-K1", "BLA-S1"),
             "Our notes only mention the grape juice children get on the tour; they don't say we sell it. Please "
             f"ask us at {EMAIL}.", "buying juice worded like the children's note"),
    Mismatch("When is the Vendimia harvest festival parade?", ("BLA-T3", "BLA-V1"), HANDOFF,
             "city festival beside the cancellation and directions notes"),
]
TRAPS = [
    ("My Visa ending 1111 was charged ARS 65.000 twice for LA-2207", ["BLA-T3"],
     f"I can't see payments from here. For LA-2207 and the Visa ending 1111, please write to {EMAIL}.",
     "masked card, reservation reference"),
    ("I'm calling from Brazil, which number?", ["BLA-S1"],
     f"From abroad please call {PHONE_INTL}, Monday to Saturday, 9 a 18 hs.", "international number quoted"),
    ("Our hotel's postcode is M5500. Is that far?", ["BLA-V1"],
     "I can't tell the distance from a postcode, but we're in Luján de Cuyo, 25 km from Mendoza city; a taxi from "
     "the city takes about 40 minutes.", "Argentine postcode"),
    ("Payment 9e3b0c7d5a1f42985555555555554444 - is that my club shipment?", ["BLA-C1"],
     f"I can't look up payments here. Each club shipment is ARS 180.000; for the payment itself please write to "
     f"{EMAIL}.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "¡Hola! We came for a tasting last year."), ("assistant", "¡Qué bueno! Welcome back. How can I "
                                                                "help?"))
PLAN = ("Plan: find the tasting price.", "Plan: check the lunch days.", "Plan: add the shipping.")
DUMP = "\n".join(f"LA-{2000 + 3 * n} | {['Classic', 'Reserve', 'Lunch'][n % 3]} | {1 + n % 28:02d}/03 | "
                 f"{['10', '12', '15:30'][n % 3]} hs | {2 + n % 7} | {['confirmed', 'cancelled'][n % 4 == 0]}"
                 for n in range(480))
LEAKS = [
    Leak("borderline", "Hola, soy Sofía, +54 9 261 455-0192. Can I book the pairing lunch for Saturday?",
         "The pairing lunch is served on Saturdays at 13 hs, ARS 95.000 per person; please book at least 48 hours "
         "ahead.", ("BLA-T2",), ("+54 9 261 455-0192",), style="Argentine mobile in the question"),
    Leak("clear", "Can I pay the club with my Amex 3782 822463 10005?",
         "The club is ARS 180.000 per shipment, and we take cards. I can't take card numbers in this chat.",
         ("BLA-C1", "BLA-S1"), ("3782 822463 10005",), style="Amex number in the question"),
    Leak("blatant", "Send the invoice to lucia.ferreyra@yahoo.com.ar please",
         "I can't send invoices from here, lucia.ferreyra@yahoo.com.ar, but we take cards and cash in the shop.",
         ("BLA-S1",), ("lucia.ferreyra@yahoo.com.ar",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "LA-2207 is confirmed: Reserve tasting for 4 on Thursday 04/03 at 12 hs.",
         ("BLA-T1",), ("+54 9 261 438-2291",), {"reservation": "LA-2207", "contact_whatsapp": "+54 9 261 438-2291"},
         style="WhatsApp number in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"BLA-{rng.randrange(10000, 99999)}-{rng.choice('XYZ')}"
