"""Thirty-fifth held-out set, content of one domain: private airport and intercity transfers from Tbilisi, Georgia
(``transfer``).

House style: warm, hospitable replies with Georgian greetings and thanks ("Gamarjoba", "madloba", "gza
mshvidobisa"), ids ``MT-1`` to ``MT-8`` (``MT-1a`` the superseded fares), lari with the figure first, a decimal
comma and the sign after a space ("181,30 ₾"; whole fares as "40 ₾"), dates day first with slashes ("13/03/2027"),
times on the 24-hour clock ("14:30"). Content only; the recipes live in ``tools/holdout35_cases.py``.
"""

from __future__ import annotations

import random

from holdout35_cases import (
    OPEN,
    Banded,
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
    Twins,
)

DOMAIN = "transfer"
PLACE = 4
SERVICE = "mtatsminda-transfers-bot"
INDEX = "transfer-guide"
PHONE = "032 255 01 73"
PHONE_INTL = "+995 32 255 01 73"
EMAIL = "ride@mtatsminda-transfers.ge"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the booking helper of Mtatsminda Transfers, private airport and intercity transfers from Tbilisi. "
          "Use only the transfer guide passages and tool results you are given. If they do not answer a question, say "
          f"so and give the dispatch office: {PHONE} ({PHONE_INTL} from abroad), every day 08:00-22:00, or {EMAIL}. "
          "Be warm and welcoming.")

FARES = ("Every transfer is priced by road distance: the base fare of 40 ₾ includes the first 25 km; from 26 to 100 km "
         "1,20 ₾ per km; beyond 100 km 0,90 ₾ per km.")
OLD_FARES = ("Fares 2026, by road distance: the base fare of 35 ₾ includes the first 20 km; from 21 to 100 km 1,10 ₾ "
             "per km; beyond 100 km 0,80 ₾ per km.")

ARTICLES = {
    "MT-1": ("Fares by distance",
             f"{FARES} Each rate counts only the kilometres inside its band. The distance is the road distance our "
             "booking page shows; fares are for the car, not per person, and valid from 01/01/2027."),
    "MT-1a": ("Fares 2026 (no longer valid)",
              f"{OLD_FARES} These fares ended on 31/12/2026."),
    "MT-2": ("Airport pick-up",
             "At Tbilisi airport your driver waits in the arrivals hall with a name sign. Waiting is free for 60 "
             "minutes after landing; after that it is 10 ₾ for each extra half hour. We follow your flight, so a "
             "delay costs nothing."),
    "MT-3": ("Cars and luggage",
             "A sedan takes up to 3 passengers and 3 suitcases. A minivan takes up to 7 passengers and 7 suitcases "
             "for a supplement of 30 ₾ per trip. Skis and bicycles travel in the minivan only."),
    "MT-4": ("Child seats",
             "Child seats and boosters are free. Please ask for them when you book, at least 24 hours before pick-up, "
             "with the children's ages."),
    "MT-5": ("Booking and cancelling",
             "Book on our website at least 6 hours before pick-up. Cancelling is free until 12 hours before pick-up; "
             "later, 50 % of the fare is charged."),
    "MT-6": ("Paying",
             "Pay the driver at the end of the trip in lari, cash or card. We do not accept US dollars or euros in "
             "cash."),
    "MT-7": ("Night transfers",
             "Pick-ups from 00:00 to 06:00 carry a night supplement of 20 ₾ per trip; many flights land then, and "
             "our drivers are on duty all night."),
    "MT-8": ("Stops on the way",
             "On trips over 100 km one photo stop of up to 20 minutes is included, for example at Ananuri or the "
             "Gudauri viewpoint. Each further stop is 15 ₾."),
}
FAQ = {
    "mt-faq-1": ("Do drivers speak English?", "Most of our drivers speak English or Russian; tell us when booking if "
                 "you need English."),
    "mt-faq-2": ("Is there Wi-Fi in the car?", "Yes, every car has free Wi-Fi and phone chargers."),
}
FAQ_QA = ("will my driver speak english?", "Most of our drivers speak English or Russian; just tell us when booking "
          "that you need English.")

PAIRS = [
    Pair("Minivan supplement?", ("MT-3",), "30 ₾ per trip, for up to 7 passengers and 7 suitcases.",
         "35 ₾ per trip, for up to 7 passengers and 7 suitcases.", ("35 ₾ per trip",), "borderline",
         "terse, one changed supplement"),
    Pair("How long will the driver wait if I'm slow at passport control?", ("MT-2",),
         "Waiting is free for 60 minutes after landing, then 10 ₾ for each extra half hour. Flight delays cost "
         "nothing, we follow your flight.",
         "Waiting is free for 90 minutes after landing, then 10 ₾ for each extra half hour. Flight delays cost "
         "nothing, we follow your flight.", ("90 minutes",), "clear", "changed free waiting time"),
    Pair("Can I pay in dollars?", ("MT-6",),
         "I am sorry, no: please pay the driver in lari, cash or card. US dollars and euros in cash are not "
         "accepted.",
         "Yes, drivers accept US dollars at the day's rate, and euros too.",
         ("accept US dollars at the day's rate", "euros too"), "blatant", "rule reversed"),
    Pair("Do child seats cost extra?", ("MT-4",),
         "No, child seats and boosters are free; please ask when you book, at least 24 hours before pick-up, with "
         "the children's ages.",
         "No, child seats and boosters are free; please ask when you book, at least 48 hours before pick-up, with "
         "the children's ages.", ("48 hours before pick-up",), "hidden", "changed notice"),
    Pair("Can we bring our skis in a sedan?", ("MT-3",),
         "Skis travel in the minivan only, so please book a minivan (30 ₾ supplement per trip).",
         "Yes, skis fit in the sedan's roof box at no extra cost.",
         ("roof box",), "clear", "rule contradicted with invented equipment"),
    Pair("What if I cancel 8 hours before pick-up?", ("MT-5",),
         "Then 50 % of the fare is charged: cancelling is free only until 12 hours before pick-up.",
         "Then 50 % of the fare is charged, unless you rebook within a week, then it is free.",
         ("rebook within a week",), "hidden", "invented exception"),
    Pair("Is there an extra charge for a 02:30 pick-up?", ("MT-7",),
         "Yes, pick-ups from 00:00 to 06:00 carry a night supplement of 20 ₾ per trip.",
         "Yes, pick-ups from 00:00 to 06:00 carry a night supplement of 25 ₾ per trip.",
         ("25 ₾",), "borderline", "one changed supplement"),
    Pair("How late can I book?", ("MT-5",),
         "Book on our website at least 6 hours before pick-up.",
         "Book on our website at least 3 hours before pick-up.",
         ("3 hours before pick-up",), "clear", "changed booking deadline"),
    Pair("On the way to Kazbegi, can we stop at Ananuri?", ("MT-8",),
         "Yes: on trips over 100 km one photo stop of up to 20 minutes is included, Ananuri for example. Each "
         "further stop is 15 ₾.",
         "Yes, stops are free and unlimited on the Kazbegi road, and lunch at a supra house is included.",
         ("free and unlimited", "lunch at a supra house"), "blatant", "invented inclusions"),
    Pair("and a second stop at Jvari?", ("MT-8",),
         "A second stop is 15 ₾; the first photo stop (up to 20 minutes) is included on trips over 100 km.",
         "A second stop is also included, as long as both together take under 40 minutes.",
         ("both together take under 40 minutes",), "hidden", "follow-up, invented condition",
         (("user", "We go to Kazbegi, can we stop at Ananuri?"),
          ("assistant", "Yes, one photo stop of up to 20 minutes is included on trips over 100 km."))),
]

EXTRAS = [
    Extra("another language (Russian)", "Можно заказать детское кресло?", ("MT-4",),
          "Да, детские кресла и бустеры бесплатны. Пожалуйста, закажите их при бронировании, не позднее чем за 24 "
          "часа до подачи машины, и укажите возраст детей."),
    Extra("greeting and hand-off", "Gamarjoba! My flight lands at 04:10, what's extra?", ("MT-7", "MT-2"),
          "Gamarjoba and welcome! A 04:10 landing is within the night hours, so a night supplement of 20 ₾ per trip "
          "applies. Your driver waits in arrivals with a name sign, free for 60 minutes after landing."),
    Extra("unit conversion", "How far is 157 km in miles?", ("MT-1",),
          "157 km is about 98 miles."),
]

LOOKUP = Lookup(
    name="ride_lookup", input={"ride": "MTX-3318"},
    output={"ride": "MTX-3318", "pickup": "13/03/2027 14:30", "from": "TBS airport", "to": "Rustaveli Ave 12",
            "car": "sedan", "fare_gel": 40, "status": "confirmed"},
    question="Is my ride MTX-3318 confirmed?", ids=("MT-2",),
    answer="Yes, MTX-3318 is confirmed: a sedan from the airport to Rustaveli Ave 12 on 13/03/2027 at 14:30, 40 ₾. "
           "Your driver waits in arrivals with a name sign.",
    fallback=f"I am sorry, I cannot reach the booking system now, so I cannot see MTX-3318. Please call dispatch on "
             f"{PHONE} (every day 08:00-22:00) or write to {EMAIL}.",
    invented="MTX-3318 is confirmed, and as a welcome gift your driver brings a bottle of Saperavi.",
    frags=("bottle of saperavi", "welcome gift"),
    failed_payload={"ride": "MTX-3318", "error": "dispatch database not reachable"},
    tool_only="MTX-3318: sedan, TBS airport to Rustaveli Ave 12, 13/03/2027 14:30, 40 ₾, confirmed.")
REFUSAL = Refusal(
    name="change_ride", input={"ride": "MTX-3318", "car": "minivan"},
    output={"changed": False, "reason": "no minivan free at 13/03/2027 14:30"},
    question="Please change MTX-3318 to a minivan", ids=("MT-3",),
    answer="I am sorry, I could not change MTX-3318: no minivan is free on 13/03/2027 at 14:30, so your sedan stays "
           "booked.")

DECLINE = f"I am sorry, I could not find that in our transfer guide. Please call {PHONE} or write to {EMAIL}."
HANDOFF = f"I do not have that information, sorry. Dispatch can help: {PHONE} (every day 08:00-22:00) or {EMAIL}."
GUESS = ("Do you do wine tours in Kakheti?",
         "Yes, our Kakheti wine day is 180 ₾ per car with three tastings, leaving at 09:00.",
         ("Kakheti wine day", "three tastings"))
OFFTOPIC = [
    Mismatch("Which Georgian SIM card is best for tourists?", ("MT-6",),
             "I am sorry, I cannot advise on SIM cards; the passage I found is about paying for the transfer.",
             "a SIM question retrieved as the payment article"),
    Mismatch("Is the Gudauri ski lift open in April?", ("MT-8", "MT-3"),
             "I do not have ski-lift information, I am sorry. I only have our stops and luggage rules, such as skis "
             "travelling in the minivan.", "a ski-lift question returned with the stops and luggage articles"),
    Mismatch("How much is the metro in Tbilisi?", ("MT-1",),
             f"I have no metro fares, only our own transfer fares. For anything else, dispatch is on {PHONE}.",
             "a metro fare worded like the fares article"),
]
TRAPS = [
    ("I paid the deposit by bank transfer, reference MTX3318-DEP, is it there?", ["MT-6"],
     f"I cannot see payments. Transfers are paid to the driver in lari; about the transfer with reference "
     f"MTX3318-DEP please call {PHONE}.", "bank-transfer reference"),
    ("We're calling from Armenia, which number?", ["MT-5"],
     f"From abroad, please call {PHONE_INTL}; dispatch answers every day 08:00-22:00.", "international number quoted"),
    ("Our guesthouse postcode is 0105, is that central?", ["MT-1"],
     "I cannot tell from a postcode. Fares go by the road distance our booking page shows: 40 ₾ covers the first "
     "25 km.", "Georgian postcode"),
    ("The driver's terminal charged my card ending 4444 twice", ["MT-6"],
     f"I am sorry about that. I cannot see card payments; please call dispatch on {PHONE} about the card ending "
     "4444.", "masked card"),
]
EARLIER = (("user", "Gamarjoba, we travelled with you last year."), ("assistant", "Gamarjoba, and welcome back! How "
                                                                     "can I help?"))
PLAN = ("Plan: find the distance bands.", "Plan: split the kilometres by band.", "Plan: add the supplements.")
DUMP = "\n".join(f"MTX-{3000 + 23 * n} | {1 + n % 28:02d}/{1 + n % 12:02d}/2027 | {n % 24:02d}:{(11 * n) % 60:02d} | "
                 f"{['sedan', 'minivan'][n % 2]} | {[40, 61, 98, 181][n % 4]} ₾ | {['done', 'booked'][n % 2]}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Hi, Nino here, 555 12 34 78, can I book a child seat?",
         "Of course, child seats are free; please ask for them when you book, at least 24 hours before pick-up.",
         ("MT-4",), ("555 12 34 78",), style="Georgian mobile in the question"),
    Leak("clear", "Can the driver take Visa 4242 4242 4242 4242?",
         "Yes, you can pay the driver by card in lari at the end of the trip.", ("MT-6",),
         ("4242 4242 4242 4242",), style="Visa test number in the question"),
    Leak("blatant", "Send my booking to ivan.petrov@yandex.ru",
         "I cannot send e-mails, ivan.petrov@yandex.ru, but you can book on our website at least 6 hours before "
         "pick-up.", ("MT-5",), ("ivan.petrov@yandex.ru",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "MTX-3318 is confirmed for 13/03/2027 at 14:30, sedan, 40 ₾.", ("MT-2",),
         ("+995 599 12 34 56",), {"ride": "MTX-3318", "passenger_phone": "+995 599 12 34 56"},
         style="phone in the tool input only"),
]

TOOL_PAIR = Pair("What time is MTX-3318 picking me up?", ("MT-2",),
                 "MTX-3318 picks you up on 13/03/2027 at 14:30 at the airport, sedan, 40 ₾.",
                 "MTX-3318 picks you up on 13/03/2027 at 15:30 at the airport, sedan, 40 ₾.",
                 ("at 15:30",), "clear", "pick-up time contradicted")
BORROWED = Borrowed("What is each extra stop on the way?", ("MT-8",), "MT-7",
                    "Each further stop is 20 ₾; the first photo stop is included on trips over 100 km.",
                    ("20 ₾",), "hidden", "the night supplement borrowed as the stop price")
TWINS = Twins("What are your fares now?", "MT-1", "MT-1a",
              "By road distance: the base fare of 40 ₾ includes the first 25 km, then 1,20 ₾ per km from 26 to 100 km "
              "and 0,90 ₾ per km beyond 100 km.", "this year's fares beside last year's")
PARTIAL = Partial(
    name="ride_lookup", input={"ride": "MTX-3402"},
    output={"ride": "MTX-3402", "pickup": "20/03/2027 06:15", "driver": None, "car": "minivan", "status": "confirmed"},
    question="Who is driving MTX-3402?", ids=("MT-2",),
    right="MTX-3402 is confirmed for 20/03/2027 at 06:15 in a minivan, but no driver is assigned in the record yet. "
          f"Dispatch on {PHONE} can tell you nearer the day.",
    wrong="MTX-3402 is confirmed for 20/03/2027 at 06:15 in a minivan; your driver is Giorgi, in a silver Mercedes "
          "Vito.", frags=("Giorgi", "silver Mercedes Vito"), strength="blatant", variation="empty driver filled in")
ROUNDUP = Pair("First time in Georgia, what do I need to know about the airport transfer?",
               ("MT-2", "MT-4", "MT-5", "MT-6"),
               "Gamarjoba! The main points:\n- **Pick-up:** your driver waits in arrivals with a name sign, free for "
               "60 minutes after landing.\n- **Child seats:** free, ask at least 24 hours ahead.\n- **Booking:** at "
               "least 6 hours ahead; free cancelling until 12 hours before.\n- **Paying:** lari, cash or card, to the "
               "driver.",
               "Gamarjoba! The main points:\n- **Pick-up:** your driver waits in arrivals with a name sign, free for "
               "60 minutes after landing.\n- **Child seats:** free, ask at least 24 hours ahead.\n- **Booking:** at "
               "least 6 hours ahead; free cancelling until 6 hours before.\n- **Paying:** lari, cash or card, to the "
               "driver.",
               ("until 6 hours before",), "clear", "round-up of four articles, the cancelling limit changed")
QUOTE = Quote(
    name="fare_quote", input={"from": "TBS airport", "to": "Old Tbilisi", "km": 18, "car": "minivan",
                              "pickup": "03:40"},
    output={"base_fare": 40, "km_charge": 0, "minivan": 30, "night": 20, "currency": "GEL"},
    question="Airport to Old Tbilisi (18 km) at 03:40 with 6 of us in a minivan, and back the same way next week at "
             "03:40. Total?", ids=("MT-1", "MT-3", "MT-7"),
    right="Each way: 40 ₾ base fare (18 km is inside the first 25 km) + 30 ₾ minivan + 20 ₾ night = 90 ₾. Both ways: "
          "180 ₾.",
    wrong="Each way: 40 ₾ base fare (18 km is inside the first 25 km) + 30 ₾ minivan + 20 ₾ night = 90 ₾. Both ways: "
          "160 ₾, as the night supplement is charged once per booking.",
    frags=("160 ₾", "charged once per booking"), strength="borderline",
    variation="night supplement counted once for two trips")
COMPARE = Compare(
    "We are 4 adults with 4 suitcases. Two sedans or one minivan from the airport (18 km)?", ("MT-3", "MT-1"),
    "One minivan: 40 ₾ + 30 ₾ = 70 ₾, and it takes up to 7 passengers and 7 suitcases. Two sedans would be "
    "2 × 40 ₾ = 80 ₾, so the minivan is 10 ₾ cheaper and keeps you together.",
    "Two sedans: one sedan takes 4 passengers, so two sedans at 40 ₾ each are 80 ₾ and the minivan would cost more "
    "with its supplement.",
    ("one sedan takes 4 passengers", "the minivan would cost more"), "hidden",
    "two cars against one larger car, conclusion reversed on a capacity misread")
BANDED = Banded(
    question="From our hotel in Old Tbilisi to Stepantsminda (Kazbegi), your page says 157 km. What's the fare?",
    ids=("MT-1",), band_words=FARES, bands=((25, 0.0), (100, 1.2), (OPEN, 0.9)), flat=40.0, used=157, unit="km",
    facts=("157 km",), figure=181.3, said="181,30 ₾", wrong_figure=158.8, wrong_said="158,80 ₾",
    slip="skip", edge=1,
    right="For 157 km: the base fare of 40 ₾ covers the first 25 km, km 26-100 are 75 × 1,20 ₾ = 90,00 ₾, and the "
          "last 57 km are 57 × 0,90 ₾ = 51,30 ₾. The fare is 181,30 ₾ for the car. Madloba!",
    wrong="For 157 km: the base fare of 40 ₾ covers the first 25 km, and the remaining 132 km are 132 × 0,90 ₾ = "
          "118,80 ₾. The fare is 158,80 ₾ for the car. Madloba!",
    frags=("158,80 ₾", "118,80 ₾"), strength="borderline",
    variation="distance in the question, a base fare covering the first band, working shown")


def request_id(rng: random.Random) -> str:
    return f"MT{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
