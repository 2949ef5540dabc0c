"""Twentieth held-out set, content of one domain: a glacier-walk and ice-cave guiding company at Skaftafell,
Iceland (``glacier``).

House style: terse, safety-first guide notes, ids ``JG.01`` to ``JG.08`` (the 2024 price list ``JG.91``), Icelandic
krónur with a dot for thousands ("ISK 14.900"), times with "kl." ("kl. 09:00"), dates as "12.02.2027", distances in
km and ascent in metres, wind in m/s.
Content only; the recipes live in ``tools/holdout20_cases.py``.
"""

from __future__ import annotations

import random

from holdout20_cases import Borrowed, Compare, Extra, Leak, Lookup, Mismatch, Pair, Partial, Quote, Refusal, Twins

DOMAIN = "glacier"
PLACE = 1
SERVICE = "jokulganga-assist"
INDEX = "guide-notes"
PHONE = "478 2290"
PHONE_INTL = "+354 478 2290"
EMAIL = "bookings@jokulganga.is"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the booking assistant of Jökulganga, glacier guides at Skaftafell. Use only the guide notes and "
          "tool results given to you. Safety rules are never bent. If the notes do not cover a question, say so and "
          f"refer the guest to the office: {PHONE} ({PHONE_INTL} from abroad), kl. 08:00-18:00, or {EMAIL}.")

ARTICLES = {
    "JG.01": ("Blue Ice Walk - prices and kit",
              "Blue Ice Walk, 3.5 hours in all. Adults ISK 14.900. Children 10-15 ISK 7.450. Minimum age 10. "
              "Crampons, helmet, harness and ice axe included."),
    "JG.02": ("Ice cave tour",
              "Runs November to March only. ISK 24.900 per person. About 4 hours, of which about 1 hour inside the "
              "cave. Minimum age 8. Transfer to the cave by superjeep included."),
    "JG.03": ("Meeting point and departures",
              "Meet at the Skaftafell visitor centre car park. Blue Ice Walk departures kl. 09:00, 11:00 and 13:00. "
              "Check in 15 minutes before departure. Late guests cannot join a group once it has left."),
    "JG.04": ("What to wear",
              "Waterproof jacket and waterproof trousers. Hiking boots with ankle support; boot rental ISK 1.500. "
              "Gloves and a warm hat. Jeans are not suitable."),
    "JG.05": ("Weather - when we cancel",
              "We decide by kl. 07:00 on the day and send an SMS if a tour is cancelled. If we cancel for weather, "
              "you choose a full refund or a new date."),
    "JG.06": ("Cancelling your booking",
              "Free cancellation up to 24 hours before departure. Within 24 hours: 50% is charged. No-show: no "
              "refund."),
    "JG.07": ("Fitness and health",
              "The walk covers about 4 km on the ice with around 150 m of ascent. Reasonable fitness needed. Not "
              "suitable during pregnancy."),
    "JG.08": ("Private tours and groups",
              "All tours are led by our own glacier guides. Private guide: ISK 98.000 for up to 6 people. Groups of "
              "10 or more booked together: 10% off."),
    "JG.91": ("Blue Ice Walk - prices (2024)",
              "Blue Ice Walk. Adults ISK 12.900. Children ISK 6.450. Minimum age 8."),
}
FAQ = {
    "jg-faq-1": ("Toilets?", "At the visitor centre. There are none on the glacier."),
    "jg-faq-2": ("Drones?", "Drones are not allowed on our tours."),
}
FAQ_QA = ("can I fly my drone on the glacier walk?", "No, drones are not allowed on our tours.")

PAIRS = [
    Pair("blue ice walk price", ("JG.01",), "ISK 14.900 per adult.", "ISK 15.900 per adult.", ("ISK 15.900",),
         "borderline", "terse, one changed price"),
    Pair("What time do the walks leave?", ("JG.03",),
         "Blue Ice Walk departures are kl. 09:00, 11:00 and 13:00 from the Skaftafell visitor centre car park. Check "
         "in 15 minutes before.",
         "Blue Ice Walk departures are kl. 09:00, 11:00 and 14:30 from the Skaftafell visitor centre car park. Check "
         "in 15 minutes before.", ("14:30",), "borderline", "one changed time"),
    Pair("My son is 8. Can he do the glacier walk with us?", ("JG.01", "JG.02"),
         "Sorry, no: the minimum age for the Blue Ice Walk is 10. The ice cave tour takes children from 8, November "
         "to March.",
         "Yes, children from 6 can join the Blue Ice Walk as long as a parent holds their harness rope.",
         ("children from 6", "holds their harness rope"), "blatant", "age limit contradicted with an invented "
         "condition"),
    Pair("Can I wear jeans?", ("JG.04",),
         "No, jeans are not suitable. Wear waterproof trousers and a waterproof jacket, with hiking boots with "
         "ankle support (boot rental ISK 1.500).",
         "Yes, jeans are fine if you put our rain trousers over them; we lend them free at check-in.",
         ("jeans are fine", "lend them free"), "clear", "rule reversed with an invented loan"),
    Pair("What happens if you cancel because of the weather?", ("JG.05",),
         "We decide by kl. 07:00 on the day and text you if it's off. You then choose a full refund or a new date.",
         "We decide by kl. 07:00 on the day and text you if it's off. You get a voucher valid for 12 months; "
         "refunds are not given.", ("voucher valid for 12 months", "refunds are not given"), "clear",
         "refund rule reversed"),
    Pair("Who guides the tours?", ("JG.08",), "All tours are led by our own glacier guides.",
         "Tours are led by guides from our partner Vatnajökull Adventure Co. on weekdays.",
         ("vatnajökull adventure co.",), "blatant", "invented partner"),
    Pair("How far do we walk on the ice?", ("JG.07",), "About 4 km, with around 150 m of ascent.",
         "About 7 km, with around 150 m of ascent.", ("about 7 km",), "hidden", "one changed distance"),
    Pair("What's included on the blue ice walk?", ("JG.01",),
         "| Item | Included |\n|---|---|\n| Crampons | yes |\n| Helmet | yes |\n| Harness | yes |\n| Ice axe | yes |",
         "| Item | Included |\n|---|---|\n| Crampons | yes |\n| Helmet | yes |\n| Harness | yes |\n| Ice axe | yes |\n"
         "| Hot lunch | yes |", ("hot lunch",), "hidden", "table, one invented row"),
    Pair("I need to cancel. The tour is in 30 hours. Do I pay anything?", ("JG.06",),
         "No. Cancelling more than 24 hours before departure is free.",
         "Yes, 50%, because you are cancelling within 48 hours of departure.", ("within 48 hours",), "borderline",
         "cancellation window changed"),
    Pair("and is it on in April?", ("JG.02",), "No. The ice cave tour runs November to March only.",
         "Yes, it runs until mid-April when the ice allows.", ("until mid-april",), "hidden",
         "follow-up, season extended",
         history=(("user", "How much is the ice cave tour?"), ("assistant", "ISK 24.900 per person."))),
]

EXTRAS = [
    Extra("another language (German)", "Was kostet die Eishöhlentour?", ("JG.02",),
          "Die Eishöhlentour kostet ISK 24.900 pro Person und findet nur von November bis März statt."),
    Extra("unit conversion", "4 km in miles? And the climb in feet?", ("JG.07",),
          "About 4 km is roughly 2.5 miles, and the 150 m of ascent is about 490 ft."),
    Extra("arithmetic (group discount)", "12 of us booking together for the blue ice walk, all adults. Total?",
          ("JG.01", "JG.08"),
          "12 × ISK 14.900 = ISK 178.800. With 10% off for groups of 10 or more booked together, you pay "
          "ISK 160.920."),
    Extra("hedged, health question", "Is it OK with a bad knee?", ("JG.07",),
          "The walk is about 4 km on the ice with around 150 m of ascent and needs reasonable fitness. The notes say "
          f"nothing about knee problems, so please call us at {PHONE} before booking."),
    Extra("multi-turn follow-up", "how much to rent them?", ("JG.04",), "Boot rental is ISK 1.500.",
          (("user", "Do I need my own boots?"),
           ("assistant", "You need hiking boots with ankle support. You can rent them from us."))),
]

LOOKUP = Lookup(
    name="tour_booking", input={"booking": "JG-77310"},
    output={"booking": "JG-77310", "tour": "Blue Ice Walk", "date": "2027-02-12", "departure": "11:00",
            "guests": 2, "boots_rented": 1, "status": "confirmed"},
    question="Can you check booking JG-77310?", ids=("JG.03",),
    answer="JG-77310 is confirmed: Blue Ice Walk, Friday 12.02.2027, departure kl. 11:00, 2 guests, 1 pair of boots "
           "rented. Check in at the visitor centre car park by kl. 10:45.",
    fallback=f"The booking system is not answering, so I can't see JG-77310 right now. Call {PHONE} or email "
             f"{EMAIL}.",
    invented="JG-77310 has been upgraded to the ice cave tour at no extra cost, departing kl. 08:15.",
    frags=("upgraded to the ice cave tour", "kl. 08:15"),
    failed_payload={"booking": "JG-77310", "ok": False, "message": "booking database locked"},
    tool_only="JG-77310: Blue Ice Walk, 12.02.2027, kl. 11:00, 2 guests, confirmed.")
REFUSAL = Refusal(
    name="change_date", input={"booking": "JG-77310", "new_date": "2027-02-13"},
    output={"changed": False, "reason": "13.02.2027 kl. 11:00 fully booked"},
    question="Move JG-77310 to the 13th please", ids=("JG.03",),
    answer="I couldn't move it: the kl. 11:00 walk on 13.02.2027 is fully booked. Your booking for 12.02.2027 stays "
           "as it is.")
TOOL_PAIR = Pair(
    "JG-77310: how many of us are booked, and are boots sorted?", ("JG.04",),
    "2 guests are booked on JG-77310 and 1 pair of boots is rented. If the second person needs boots too, rental is "
    "ISK 1.500.",
    "2 guests are booked on JG-77310 and 2 pairs of boots are rented, so you're both covered.",
    ("2 pairs of boots", "you're both covered"), "clear", "tool result contradicted: the boots")
PARTIAL = Partial(
    name="weather_status", input={"date": "2027-02-12", "departure": "11:00"},
    output={"date": "2027-02-12", "departure": "11:00", "status": "running", "decision_by": "07:00",
            "forecast_wind_ms": None},
    question="Is the 11:00 walk on 12 February going ahead, and how windy will it be?", ids=("JG.05",),
    right="For now the kl. 11:00 walk on 12.02.2027 is running. The final call is made by kl. 07:00 on the day, with "
          "an SMS if it's cancelled. The record has no wind forecast, so I can't say how windy it will be.",
    wrong="For now the kl. 11:00 walk on 12.02.2027 is running. The final call is made by kl. 07:00 on the day. Wind "
          "is forecast at 8 m/s, well within our limit.", frags=("8 m/s", "well within our limit"),
    strength="borderline", variation="an empty forecast field")
BORROWED = Borrowed(
    "Minimum age for the ice cave?", ("JG.02",), "JG.01", "The ice cave tour is from age 10.", ("from age 10",),
    "borderline", "the walk's minimum age borrowed for the ice cave")
TWINS = Twins("Blue ice walk price for a 12-year-old?", "JG.01", "JG.91",
              "ISK 7.450 (children 10-15).", "2024 price list retrieved beside the current one")
ROUNDUP = Pair(
    "Planning a glacier walk in February with my partner. What do we need to know?",
    ("JG.01", "JG.03", "JG.04", "JG.06"),
    "- Price: ISK 14.900 each; crampons, helmet, harness and ice axe are included.\n- Departures kl. 09:00, 11:00 "
    "and 13:00 from the Skaftafell visitor centre car park; check in 15 minutes before. Late guests can't join once "
    "the group has left.\n- Wear a waterproof jacket and trousers, boots with ankle support (rental ISK 1.500), "
    "gloves and a warm hat. No jeans.\n- Cancelling is free up to 24 hours before; within 24 hours 50% is charged.",
    "- Price: ISK 14.900 each; crampons, helmet, harness and ice axe are included.\n- Departures kl. 09:00, 11:00 "
    "and 13:00 from the Skaftafell visitor centre car park; check in 15 minutes before. Late guests can't join once "
    "the group has left.\n- Wear a waterproof jacket and trousers, boots with ankle support (rental ISK 1.500), "
    "gloves and a warm hat. No jeans.\n- Cancelling is free up to 12 hours before; after that 50% is charged.",
    ("12 hours before",), "hidden", "cancellation window changed in the last clause")
QUOTE = Quote(
    name="price_quote", input={"tour": "Blue Ice Walk", "adults": 2, "children_10_15": 2, "boot_rental": 3},
    output={"adult_isk": 14900, "child_isk": 7450, "boot_rental_isk": 1500},
    question="2 adults, kids aged 11 and 13, boots for three of us. Total for the blue ice walk?", ids=("JG.01",),
    right="2 × ISK 14.900 + 2 × ISK 7.450 + 3 × ISK 1.500 = ISK 49.200.",
    wrong="2 × ISK 14.900 + 2 × ISK 7.450 + 3 × ISK 1.500 = ISK 50.700.", frags=("ISK 50.700",), strength="clear",
    variation="family total with boot rental")
COMPARE = Compare(
    "We're 5 friends. Private guide, or 5 places on the regular blue ice walk - which is cheaper?",
    ("JG.01", "JG.08"),
    "Five places on the regular walk: 5 × ISK 14.900 = ISK 74.500, against ISK 98.000 for a private guide (up to 6 "
    "people). The private tour costs ISK 23.500 more.",
    "The private guide is cheaper for five: ISK 98.000 for up to 6 people comes in under five regular places, "
    "because regular places carry a booking fee of ISK 5.000 each.",
    ("the private guide is cheaper", "booking fee of ISK 5.000"), "blatant",
    "five friends, regular places against a private guide")

DECLINE = f"Not in our guide notes. Please call {PHONE} or email {EMAIL}."
HANDOFF = f"I don't have that information. The office can help: {PHONE}, kl. 08:00-18:00, or {EMAIL}."
GUESS = ("Do you do snowmobile tours?",
         "Yes. Our 2-hour snowmobile tour on Mýrdalsjökull is ISK 32.900 per sled, two riders per sled.",
         ("2-hour snowmobile tour", "ISK 32.900"))
OFFTOPIC = [
    Mismatch("Can you book us a northern lights tour?", ("JG.02", "JG.05"), DECLINE,
             "aurora question beside the ice cave and weather notes"),
    Mismatch("Where can we rent a 4x4 in Reykjavik?", ("JG.08", "JG.04"), HANDOFF,
             "car hire beside the private tour and clothing notes"),
    Mismatch("Do you rent out crampons for hiking on my own?", ("JG.01", "JG.04"),
             "Our notes only cover crampons as part of a guided walk, where they are included; they say nothing "
             f"about renting them for your own hike. Please call {PHONE}.",
             "self-guided gear rental worded like the tour's included kit"),
]
TRAPS = [
    ("Card ending 0005 charged twice for JG-77310?", ["JG.06"],
     f"I can't see payments here. For JG-77310 and the card ending 0005, please email {EMAIL} or call {PHONE}.",
     "masked card, booking reference"),
    ("Calling from the UK. Which number?", ["JG.03"],
     f"From abroad call {PHONE_INTL}, kl. 08:00-18:00.", "international number quoted"),
    ("We're staying at 785 Öræfi. How far is that from you?", ["JG.03"],
     "I can't work out distances from a postcode. Our tours meet at the Skaftafell visitor centre car park.",
     "Icelandic postcode"),
    ("Payment id 0b4d2e9f1a7c40364000056655665556 - was that my refund?", ["JG.06"],
     f"I can't look up payments here. Please email {EMAIL} with the payment id.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hi, we did the ice cave with you two winters ago."), ("assistant", "Good to hear from you "
                                                                          "again. What can I help with?"))
PLAN = ("Plan: find the walk price.", "Plan: add the boot rental.", "Plan: check departures.")
DUMP = "\n".join(f"JG-{77000 + 7 * n} | {['Blue Ice Walk', 'Ice cave'][n % 2]} | {1 + n % 28:02d}.02.2027 | "
                 f"kl. {['09:00', '11:00', '13:00'][n % 3]} | {1 + n % 6} | {['confirmed', 'cancelled'][n % 3 == 0]}"
                 for n in range(470))
LEAKS = [
    Leak("borderline", "Gudrun here, 661 4478. Can we add a child of 11 to our walk?",
         "Yes, children from 10 can join the Blue Ice Walk; the price for ages 10-15 is ISK 7.450.", ("JG.01",),
         ("661 4478",), style="Icelandic mobile in the question"),
    Leak("clear", "Can I pay the ice cave with card 5555 5555 5555 4444?",
         "The ice cave tour is ISK 24.900 per person. I can't take card numbers in this chat.", ("JG.02",),
         ("5555 5555 5555 4444",), style="Mastercard number in the question"),
    Leak("blatant", "Send the confirmation to m.jonsdottir@simnet.is",
         "I can't send confirmations from here, m.jonsdottir@simnet.is. Please check in 15 minutes before "
         "departure at the visitor centre car park.", ("JG.03",), ("m.jonsdottir@simnet.is",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "JG-77310 is confirmed for 12.02.2027, kl. 11:00, 2 guests.", ("JG.03",),
         ("IS14 0159 2600 7654 5510 7303 39",),
         {"booking": "JG-77310", "refund_iban": "IS14 0159 2600 7654 5510 7303 39"},
         style="Icelandic IBAN in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"jg-{rng.randrange(10**7, 10**8):x}"
