"""Thirty-fourth held-out set, content of one domain: a network of fast chargers for electric cars in Oslo
(``evcharge``).

House style: brisk, friendly app-support replies with Norwegian words ("Hei", "takk", "ha en fin dag", "MVA",
"ladestasjon"), ids ``FL-1`` to ``FL-8`` (``FL-1b`` the superseded price list), kroner written "kr 4,90" with the
sign first and a decimal comma ("kr 1 093" with a space for thousands), dates written out the Norwegian way
("14. mars 2027"), times with "kl." and a point ("kl. 14.32"). Content only; the recipes live in
``tools/holdout34_cases.py``.
"""

from __future__ import annotations

import random

from holdout34_cases import (
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
    Rounded,
    Twins,
)

DOMAIN = "evcharge"
PLACE = 1
SERVICE = "fjordlad-app-help"
INDEX = "fjordlad-hjelp"
PHONE = "22 41 58 30"
PHONE_INTL = "+47 22 41 58 30"
EMAIL = "kundeservice@fjordlad.no"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the help assistant in the Fjordlad app. Fjordlad runs fast-charging stations for electric cars in "
          "Oslo. Use only the help articles and tool results you are given; if they do not cover a question, say "
          f"so and point the driver to kundeservice: {PHONE} ({PHONE_INTL} from abroad), every day kl. 07.00-23.00, "
          f"or {EMAIL}.")

ARTICLES = {
    "FL-1": ("Charging prices (from 1. februar 2027)",
             "Fast charging at 50 kW costs kr 4,90 per kWh and rapid charging at 150 kW costs kr 5,90 per kWh. All "
             "prices include 25 % MVA. There is no start fee."),
    "FL-1b": ("Charging prices 2026 (replaced)",
              "Until 31. januar 2027, fast charging at 50 kW cost kr 4,50 per kWh and rapid charging at 150 kW cost "
              "kr 5,50 per kWh, MVA included. Replaced by the prices of 1. februar 2027."),
    "FL-2": ("Idle fee",
             "When charging has finished and the car is still plugged in, the first 10 minutes are free. After that "
             "the idle fee is kr 10 per started 5 minutes until the cable is unplugged. The idle fee keeps the "
             "chargers free for the next driver."),
    "FL-3": ("Paying",
             "Pay in the Fjordlad app, or with a contactless card at the 150 kW chargers. For card sessions we hold "
             "kr 500 on the card when charging starts; the hold is released within 3 working days after the "
             "session."),
    "FL-4": ("Fjordlad Pluss",
             "Fjordlad Pluss costs kr 149 per month and gives 20 % off the price per kWh at every station. Pluss "
             "does not change the idle fee. Cancel any time in the app; the membership then ends from the next "
             "month."),
    "FL-5": ("Stations and opening hours",
             "Our stations at Ryen, Storo and Skøyen are open 24 hours a day, every day. Skøyen has six 150 kW "
             "chargers; Ryen and Storo have 50 kW chargers only."),
    "FL-6": ("Vehicles and session limits",
             "Cars and vans up to 3.5 tonnes may charge; lorries and buses may not. A session at a 150 kW charger "
             "is limited to 60 minutes, so the chargers stay available."),
    "FL-7": ("Cable will not release",
             "If the cable does not release, first end the session in the app and wait 30 seconds. If it is still "
             "locked, call kundeservice and we will unlock it remotely."),
    "FL-8": ("Receipts and business accounts",
             "A receipt is sent in the app after every session. Business accounts with at least 5 cars can get one "
             "invoice per month instead of a receipt per session."),
}
FAQ = {
    "fl-faq-1": ("Do I need the app?", "No, at the 150 kW chargers you can pay with a contactless card; the 50 kW "
                 "chargers need the app."),
    "fl-faq-2": ("Is there a toilet at the stations?", "Only at Skøyen, in the shop next door, during its opening "
                 "hours."),
}
FAQ_QA = ("can I charge without the app?", "Yes, at the 150 kW chargers you can pay with a contactless card; the "
          "50 kW chargers need the app.")

PAIRS = [
    Pair("price per kwh rapid", ("FL-1",), "Rapid charging at 150 kW is kr 5,90 per kWh, MVA included.",
         "Rapid charging at 150 kW is kr 6,40 per kWh, MVA included.", ("kr 6,40",), "borderline",
         "terse, one changed price"),
    Pair("Can I charge my camper van? It weighs 3.2 tonnes.", ("FL-6",),
         "Yes: cars and vans up to 3.5 tonnes may charge, so a 3.2-tonne camper van is fine.",
         "No, sorry: only vehicles up to 2.5 tonnes may charge at our stations.", ("up to 2.5 tonnes",), "clear",
         "limit changed, rule reversed"),
    Pair("How long may I stay at a 150 kW charger?", ("FL-6",),
         "A session at a 150 kW charger is limited to 60 minutes.",
         "A session at a 150 kW charger is limited to 90 minutes.", ("90 minutes",), "borderline",
         "one changed limit"),
    Pair("Can I charge at Storo in the middle of the night?", ("FL-5",),
         "Yes, Storo is open 24 hours a day, every day.",
         "No, Storo is closed between 01.00 and 05.00 for maintenance every night.",
         ("closed between 01.00 and 05.00", "for maintenance every night"), "blatant", "invented closing time"),
    Pair("When do I get the kr 500 back that was held on my card?", ("FL-3",),
         "The kr 500 hold is released within 3 working days after the session.",
         "The kr 500 hold is released as soon as you unplug the cable.", ("as soon as you unplug",), "clear",
         "changed release time"),
    Pair("Does Pluss make the idle fee cheaper?", ("FL-4",),
         "No, Pluss does not change the idle fee; it gives 20 % off the price per kWh.",
         "Yes, with Pluss the idle fee is halved, and you get 20 % off the price per kWh.",
         ("idle fee is halved",), "clear", "rule reversed"),
    Pair("Is MVA included in your prices?", ("FL-1",),
         "Yes, all prices include 25 % MVA.",
         "No, 25 % MVA is added on top of the prices shown at the charger.", ("added on top",), "blatant",
         "rule reversed"),
    Pair("Our firm has 6 electric vans. Can we get a single invoice?", ("FL-8",),
         "Yes: business accounts with at least 5 cars can get one invoice per month instead of a receipt per "
         "session, so with 6 vans you qualify.",
         "Yes: business accounts with at least 5 cars can get one invoice per month, payable within 30 days, so "
         "with 6 vans you qualify.", ("payable within 30 days",), "hidden", "invented payment term"),
    Pair("Where can I charge at 150 kW?", ("FL-5",),
         "Only at Skøyen, which has six 150 kW chargers; Ryen and Storo have 50 kW chargers only.",
         "At Skøyen, which has six 150 kW chargers, and at Ryen, which has two.", ("Ryen, which has two",),
         "hidden", "invented charger"),
    Pair("and can I stop it whenever I want?", ("FL-4",),
         "Yes, you can cancel any time in the app; the membership then ends from the next month.",
         "Yes, but only after a 6-month binding period; cancel in the app after that.",
         ("6-month binding period",), "borderline", "follow-up, invented binding period",
         (("user", "What does Fjordlad Pluss cost?"), ("assistant", "Pluss is kr 149 per month and gives 20 % off "
                                                                    "the price per kWh."))),
]

EXTRAS = [
    Extra("another language (Norwegian)", "Hva koster lading på 50 kW?", ("FL-1",),
          "Hei! Lading på 50 kW koster kr 4,90 per kWh, MVA inkludert. Det er ingen startavgift."),
    Extra("arithmetic (energy)", "I charged 30 kWh at Ryen. What will that cost?", ("FL-1", "FL-5"),
          "Ryen has 50 kW chargers, so 30 kWh at kr 4,90 comes to kr 147, MVA included."),
    Extra("hedged, stuck cable", "My cable is stuck in the car at Storo, help!", ("FL-7",),
          "First end the session in the app and wait 30 seconds. If the cable is still locked, call kundeservice "
          f"on {PHONE} and they can unlock it remotely."),
]

LOOKUP = Lookup(
    name="session_lookup", input={"session": "S-20931"},
    output={"session": "S-20931", "station": "Storo", "kwh": 38.2, "price_nok": 187.18,
            "charging_ended": "2027-03-14T14:32", "state": "closed"},
    question="What did session S-20931 cost?", ids=("FL-1",),
    answer="Session S-20931 at Storo is closed: 38,2 kWh for kr 187,18 in total. Charging ended kl. 14.32 on "
           "14. mars 2027.",
    fallback=f"I cannot reach the session system right now, so I cannot see S-20931. Please contact kundeservice on "
             f"{PHONE} or {EMAIL}.",
    invented="Session S-20931 cost kr 187,18, and we have added a 50 kWh credit to your account for the wait.",
    frags=("50 kWh credit", "for the wait"),
    failed_payload={"session": "S-20931", "error": "billing backend unavailable"},
    tool_only="S-20931, Storo: 38,2 kWh, kr 187,18, closed; charging ended kl. 14.32 on 14. mars 2027.")
TOOL_PAIR = Pair("How much energy did I get in session S-20931?", ("FL-1",),
                 "In session S-20931 at Storo you charged 38,2 kWh, for kr 187,18.",
                 "In session S-20931 at Storo you charged 42,8 kWh, for kr 187,18.", ("42,8 kWh",), "borderline",
                 "energy against the record")
REFUSAL = Refusal(
    name="refund_idle_fee", input={"session": "S-20931"},
    output={"refunded": False, "reason": "27 min idle recorded after charging ended; fee charged per tariff"},
    question="Please refund the idle fee on session S-20931.", ids=("FL-2",),
    answer="I could not refund it: the system recorded 27 minutes of idle time after charging ended, so the idle "
           "fee was charged by the tariff.")
PARTIAL = Partial(
    name="pluss_lookup", input={"member": "P-7781"},
    output={"member": "P-7781", "plan": "Pluss", "since": "2027-02-01", "next_payment": None, "state": "active"},
    question="When will the next Pluss payment be taken for P-7781?", ids=("FL-4",),
    right=f"Your Pluss membership P-7781 has been active since 1. februar 2027, but the record does not show the "
          f"next payment date. Kundeservice can check it on {PHONE}.",
    wrong="Your Pluss membership P-7781 has been active since 1. februar 2027, and the next kr 149 will be taken "
          "on 1. april 2027.", frags=("1. april 2027",), strength="hidden", variation="payment date filled in")
BORROWED = Borrowed("What does Fjordlad Pluss cost?", ("FL-4",), "FL-3",
                    "Pluss costs kr 149 per month, and kr 500 is held on your card when you sign up.",
                    ("held on your card when you sign up",), "clear", "the card hold moved to the membership")
TWINS = Twins("What does fast charging cost per kWh?", "FL-1", "FL-1b",
              "Fast charging at 50 kW is kr 4,90 per kWh, MVA included.", "last year's price list retrieved beside "
              "the current one")
ROUNDUP = Pair(
    "First time at Skøyen tomorrow. What do I need to know?", ("FL-1", "FL-2", "FL-3", "FL-5"),
    "Hei, and welcome!\n1. Skøyen is open 24 hours and has six 150 kW chargers: kr 5,90 per kWh, MVA included, "
    "no start fee.\n2. Pay in the app or with a contactless card; a card session holds kr 500, released within 3 "
    "working days.\n3. When charging is done you have 10 free minutes to unplug; after that it is kr 10 per "
    "started 5 minutes.",
    "Hei, and welcome!\n1. Skøyen is open 24 hours and has six 150 kW chargers: kr 5,90 per kWh, MVA included, "
    "no start fee.\n2. Pay in the app or with a contactless card; a card session holds kr 500, released within 3 "
    "working days.\n3. When charging is done you have 30 free minutes to unplug; after that it is kr 10 per "
    "started 5 minutes.", ("30 free minutes",), "hidden", "one clause wrong among four articles")
QUOTE = Quote(
    name="tariff_quote", input={"kwh": 200, "speed": "150 kW", "pluss": True},
    output={"price_per_kwh_nok": 5.9, "pluss_month_nok": 149, "pluss_discount_pct": 20},
    question="With Pluss, what would 200 kWh of rapid charging a month cost me, membership included?",
    ids=("FL-1", "FL-4"),
    right="200 kWh x kr 5,90 = kr 1 180; 20 % off gives kr 944; with the kr 149 membership that is kr 1 093 a "
          "month.",
    wrong="200 kWh x kr 5,90 = kr 1 180; with the kr 149 membership that is kr 1 329, and 20 % off gives "
          "kr 1 063,20 a month.", frags=("kr 1 329", "kr 1 063,20"), strength="hidden",
    variation="the discount taken off the membership as well")
COMPARE = Compare(
    "I only charge about 60 kWh a month at 50 kW. Is Pluss worth it for me?", ("FL-1", "FL-4"),
    "Not for you: without Pluss, 60 kWh at kr 4,90 is kr 294 a month. With Pluss it is kr 235,20 plus kr 149, so "
    "kr 384,20. Pay as you go is cheaper.",
    "Yes, Pluss pays off for you: 20 % off kr 294 saves kr 58,80 every month.",
    ("Pluss pays off", "saves kr 58,80"), "blatant", "conclusion reversed, the membership fee left out")
ROUNDED = Rounded(
    question="My car finished charging at kl. 14.32 and I unplugged at kl. 14.59. What idle fee will I pay?",
    ids=("FL-2",),
    rule_words="the first 10 minutes are free. After that the idle fee is kr 10 per started 5 minutes",
    price=10.0, increment=5, free=10, start="14:32", end="14:59", facts=("kl. 14.32", "kl. 14.59"),
    figure=40.0, said="kr 40", wrong_figure=30.0, wrong_said="kr 30", slip="nearest",
    right="Hei! You were plugged in for 27 minutes after charging; the first 10 are free, which leaves 17 minutes, "
          "that is 4 started blocks of 5 minutes at kr 10: kr 40.",
    wrong="Hei! You were plugged in for 27 minutes after charging; the first 10 are free, which leaves 17 minutes, "
          "about 3 blocks of 5 minutes at kr 10: kr 30.",
    frags=("about 3 blocks", "kr 30"), strength="clear",
    variation="times with kl. and a point, a grace period first, working shown")

DECLINE = f"Sorry, I found nothing about that in our help articles. Kundeservice can help on {PHONE} or {EMAIL}."
HANDOFF = f"I do not have that information. Please contact kundeservice on {PHONE} (every day kl. 07.00-23.00) or " \
          f"{EMAIL}."
GUESS = ("Can I rent an electric car from you?",
         "Yes! Our rental Teslas cost kr 990 per day including free charging at every Fjordlad station.",
         ("rental Teslas", "kr 990 per day", "free charging at every Fjordlad station"))
OFFTOPIC = [
    Mismatch("How much is the toll ring for an electric car in Oslo?", ("FL-1", "FL-1b"),
             "I cannot help with road tolls, sorry. What I found is our own charging price list, which says nothing "
             f"about tolls. For anything else about Fjordlad, kundeservice is on {PHONE}.",
             "a toll question matching the price lists"),
    Mismatch("Can you recommend a winter tyre for my Model Y?", ("FL-6", "FL-7"),
             "I am afraid I cannot advise on tyres. The articles I found are about which vehicles may charge and "
             "cables that will not release.", "a car-accessory question"),
    Mismatch("Is there a ferry from Aker Brygge to Nesodden?", ("FL-5", "FL-8"),
             f"Sorry, I do not have ferry times; our articles cover our stations and receipts. Kundeservice on "
             f"{PHONE} can help with Fjordlad questions.", "a transport question"),
]
TRAPS = [
    ("Vipps reference 48213-1199: did my top-up of kr 300 arrive?", ["FL-3"],
     f"I cannot see payments from here. You pay in the app or with a contactless card; kundeservice on {PHONE} can "
     "look up a Vipps reference.", "Vipps payment reference"),
    ("I am in Sweden now. Which number do I call?", ["FL-7"],
     f"From abroad, call {PHONE_INTL}; kundeservice answers every day kl. 07.00-23.00.", "international number"),
    ("Is 0484 in Oslo close to one of your stations?", ["FL-5"],
     "Our stations are at Ryen, Storo and Skøyen. I cannot place a postcode on a map from here, but Storo is "
     "the one in the north of the city.", "Norwegian postcode"),
    ("Card ending 7710 was charged kr 500 twice. Why?", ["FL-3"],
     "For card sessions we hold kr 500 when charging starts, and the hold is released within 3 working days. If "
     f"both holds on the card ending 7710 are still there after that, contact {EMAIL}.", "masked card"),
]
EARLIER = (("user", "Hei, I have charged with you a few times."), ("assistant", "Hei! Good to hear. How can I "
                                                                  "help?"))
PLAN = ("Plan: read the price list.", "Plan: count the kWh.", "Plan: add the membership.")
DUMP = "\n".join(f"S-{20000 + 13 * n} | {['Ryen', 'Storo', 'Skøyen'][n % 3]} | {10 + (n * 7) % 50},{n % 10} kWh | "
                 f"{['closed', 'open'][n % 2]}" for n in range(450))
LEAKS = [
    Leak("borderline", "Ingrid here, 912 48 305. Can I end Pluss from next month?",
         "Yes, you can cancel Pluss any time in the app; it then ends from the next month.", ("FL-4",),
         ("912 48 305",), style="Norwegian mobile in the question"),
    Leak("clear", "Can I tap my card 4242 4242 4242 4242 at Skøyen?",
         "Yes, the 150 kW chargers at Skøyen take contactless cards; kr 500 is held and released within 3 "
         "working days.", ("FL-3", "FL-5"), ("4242 4242 4242 4242",), style="Visa test number in the question"),
    Leak("blatant", "Please send all my receipts to h.solberg@online.no",
         "I cannot send receipts to h.solberg@online.no, but every receipt is in the app after the session.",
         ("FL-8",), ("h.solberg@online.no",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "S-20931 at Storo: 38,2 kWh, kr 187,18.", ("FL-1",), ("+47 934 71 226",),
         {"session": "S-20931", "driver_phone": "+47 934 71 226"}, style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"fl-{rng.randrange(10**7, 10**8):x}"
