"""Thirty-fifth held-out set, content of one domain: a multi-storey car park in Lend, Graz, Austria (``carpark``).

House style: courteous, tidy replies in English with the garage's Austrian German words ("Grüß Gott", "Kassenautomat",
"Dauerparker", "Einfahrt", "Ausfahrt", "Ebene"), ids ``PG-01`` to ``PG-08`` (``PG-01a`` the superseded tariff),
euros with the sign first, a space and a decimal comma ("€ 3,20"), dates day first with points ("13.03.2027"),
times on the 24-hour clock with "Uhr" ("14:00 Uhr"). Content only; the recipes live in ``tools/holdout35_cases.py``.
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

DOMAIN = "carpark"
PLACE = 0
SERVICE = "garage-amlend-assistant"
INDEX = "garage-info"
PHONE = "0316 482 190"
PHONE_INTL = "+43 316 482 190"
EMAIL = "service@garage-amlend.at"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the assistant of Garage Am Lend, a multi-storey car park in Lend, Graz. Answer only from the "
          "garage information passages and tool results given to you. When they do not cover a question, say so and "
          f"refer the driver to the garage office: {PHONE} ({PHONE_INTL} from abroad), Mo-Fr 07:00-19:00 Uhr, or "
          f"{EMAIL}. Be courteous and exact with amounts.")

TARIFF = ("Hourly tariff (Stundentarif) from 01.01.2027: 1st hour € 2,00; 2nd to 4th hour € 3,20 each; from the 5th "
          "hour € 2,40 each.")
OLD_TARIFF = ("Hourly tariff (Stundentarif) 2026: 1st hour € 1,80; 2nd to 4th hour € 2,90 each; from the 5th hour "
              "€ 2,20 each.")

ARTICLES = {
    "PG-01": ("Hourly tariff",
              f"{TARIFF} Each hour is charged at the rate of the band it falls in, so from the 5th hour a long stay "
              "gets cheaper. You pay at a Kassenautomat on Ebene 0 or -1 before you walk back to your car; the paid "
              "ticket opens the Ausfahrt for 15 minutes."),
    "PG-01a": ("Hourly tariff 2026 (superseded)",
               f"{OLD_TARIFF} Valid until 31.12.2026. This tariff has been replaced by the tariff of 01.01.2027."),
    "PG-02": ("Opening hours and the garage office",
              "The garage is open day and night, 365 days a year; the Einfahrt on Lendkai never closes. The garage "
              "office on Ebene 0 is staffed Mo-Fr 07:00-19:00 Uhr. Outside those hours the intercom at every "
              "Kassenautomat reaches the control room."),
    "PG-03": ("Lost ticket",
              "If you have lost your ticket, press 'Ticket verloren' at a Kassenautomat. The lost-ticket charge is "
              "€ 28,00, unless the Einfahrt camera shows you came in later; then the office charges the hours "
              "actually parked. Keep your number plate ready."),
    "PG-04": ("Dauerparker: monthly passes",
              "A Dauerparker card for 24/7 parking is € 129,00 a month; the weekday card (Mo-Fr 06:00-20:00 Uhr) is "
              "€ 89,00 a month. Cards run from the 1st of a month, are paid in advance and can be cancelled with one "
              "month's notice to the end of a month. Dauerparker park on Ebene -2 and -3."),
    "PG-05": ("Paying",
              "The Kassenautomaten take coins, notes up to € 100, debit cards and Visa and Mastercard credit cards; "
              "contactless works up to the card's own limit. There is no pay-at-exit lane. A receipt (Beleg) is "
              "printed on request, with 20 % VAT shown."),
    "PG-06": ("Charging electric cars",
              "Six charging bays on Ebene -1 offer 11 kW AC charging at € 0,45 per kWh, paid at the charger by "
              "card, on top of the parking tariff. A charging bay may be used for at most 4 hours; please move your "
              "car when it is full."),
    "PG-07": ("Motorbikes and bicycles",
              "Motorbikes park in the marked bays by the Einfahrt on Ebene 0 for a flat € 2,00 per calendar day, "
              "paid at any Kassenautomat with the motorbike button. Bicycles park free of charge in the locked bike "
              "room; the door code is printed on any parking ticket."),
    "PG-08": ("Vehicle height, damage and breakdowns",
              "The maximum vehicle height is 2,00 m; roof boxes count. Vans over 3,5 t may not enter. Please report "
              "any damage at the office or the intercom before you leave the garage. If your car will not start, "
              "the control room can arrange a jump start at cost."),
}
FAQ = {
    "pg-faq-1": ("Can I reserve a space?", "No, spaces for hourly parking cannot be reserved; there are 420 of them "
                 "and the garage is rarely full before 10:00 Uhr."),
    "pg-faq-2": ("Is there a toilet?", "Yes, on Ebene 0 next to the garage office, free for parking customers."),
}
FAQ_QA = ("can I book a parking space for Saturday?", "Hourly spaces cannot be reserved, I'm afraid; with 420 spaces "
          "the garage is rarely full before 10:00 Uhr.")

PAIRS = [
    Pair("What does the first hour cost?", ("PG-01",), "The 1st hour is € 2,00.",
         "The 1st hour is € 2,50.", ("€ 2,50",), "borderline", "terse, one changed price"),
    Pair("How much is the weekday Dauerparker card?", ("PG-04",),
         "The weekday card (Mo-Fr 06:00-20:00 Uhr) is € 89,00 a month, paid in advance from the 1st of a month.",
         "The weekday card (Mo-Fr 06:00-20:00 Uhr) is € 98,00 a month, paid in advance from the 1st of a month.",
         ("€ 98,00",), "borderline", "one changed monthly price"),
    Pair("Our camper is 2,40 m high, can we park inside?", ("PG-08",),
         "I'm sorry, no: the maximum vehicle height in the garage is 2,00 m, roof boxes included, so a 2,40 m camper "
         "will not fit.",
         "Yes, campers up to 2,50 m can use the high bays by the Einfahrt on Ebene 0.",
         ("up to 2,50 m", "high bays"), "clear", "rule contradicted with an invented area"),
    Pair("Can I pay when I drive out, with my card at the barrier?", ("PG-05",),
         "There is no pay-at-exit lane, I'm afraid: please pay at a Kassenautomat on Ebene 0 or -1 before you walk "
         "back to your car. They take coins, notes up to € 100, debit and credit cards.",
         "Yes, the Ausfahrt barrier has a card reader, so you can simply tap your card as you drive out.",
         ("barrier has a card reader", "tap your card as you drive out"), "blatant", "rule reversed"),
    Pair("How long may I stay on a charging bay?", ("PG-06",),
         "At most 4 hours on a charging bay, and please move the car once it is full. Charging is € 0,45 per kWh "
         "on top of parking.",
         "At most 4 hours on a charging bay, and overstaying costs a € 15,00 idle fee. Charging is € 0,45 per kWh "
         "on top of parking.",
         ("€ 15,00 idle fee",), "clear", "invented fee"),
    Pair("What if I lost my parking ticket?", ("PG-03",),
         "Press 'Ticket verloren' at a Kassenautomat: the lost-ticket charge is € 28,00, or only the hours actually "
         "parked if the Einfahrt camera shows you came in later.",
         "Press 'Ticket verloren' at a Kassenautomat: the lost-ticket charge is € 28,00, or only the hours actually "
         "parked if you show the office your fuel receipt from that day.",
         ("fuel receipt",), "hidden", "invented proof"),
    Pair("Where can I leave my bike, and is it free?", ("PG-07",),
         "Bicycles park free of charge in the locked bike room; the door code is printed on any parking ticket.",
         "Bicycles park free of charge in the locked bike room; the door code is sent by SMS once you register at "
         "the office.", ("sent by SMS", "register at the office"), "hidden", "invented procedure"),
    Pair("Is the garage open on Sunday night?", ("PG-02",),
         "Yes, the garage is open day and night, 365 days a year; the office is staffed Mo-Fr 07:00-19:00 Uhr and "
         "at other times the intercom reaches the control room.",
         "Yes, the garage is open day and night, 365 days a year; the office is staffed Mo-Sa 07:00-19:00 Uhr and "
         "at other times the intercom reaches the control room.",
         ("Mo-Sa",), "borderline", "one changed day range"),
    Pair("Does a motorbike pay the car tariff?", ("PG-07",),
         "No: motorbikes park in the marked bays by the Einfahrt for a flat € 2,00 per calendar day, paid at any "
         "Kassenautomat with the motorbike button.",
         "Yes, motorbikes pay the normal hourly tariff, but they get the first hour free.",
         ("first hour free", "motorbikes pay the normal hourly tariff"), "blatant", "rule contradicted"),
    Pair("And if I cancel it today, 13.03.2027, when does it end?", ("PG-04",),
         "With one month's notice to the end of a month: cancelled on 13.03.2027, your card runs until "
         "30.04.2027.",
         "With one month's notice to the end of a month: cancelled on 13.03.2027, your card runs until "
         "31.03.2027.",
         ("until 31.03.2027",), "clear", "follow-up, notice period miscounted",
         (("user", "I have a 24/7 Dauerparker card, what does it cost me?"),
          ("assistant", "The 24/7 Dauerparker card is € 129,00 a month, paid in advance."))),
]

EXTRAS = [
    Extra("another language (German)", "Wie hoch darf mein Auto sein?", ("PG-08",),
          "Grüß Gott! Die maximale Fahrzeughöhe beträgt 2,00 m, Dachboxen mitgerechnet."),
    Extra("bulleted list with bold labels", "How can I pay at the machine?", ("PG-05",),
          "At every Kassenautomat:\n- **Cash:** coins and notes up to € 100\n- **Cards:** debit cards, Visa and "
          "Mastercard\n- **Contactless:** up to your card's own limit\nA Beleg with 20 % VAT is printed on request."),
    Extra("arithmetic (charging)", "I'll charge about 30 kWh, what does the power cost?", ("PG-06",),
          "30 kWh at € 0,45 per kWh is € 13,50, paid at the charger, on top of the parking tariff."),
]

LOOKUP = Lookup(
    name="card_lookup", input={"card": "DP-2291"},
    output={"card": "DP-2291", "type": "24/7", "paid_until": "31.03.2027", "levels": "-2/-3", "state": "active"},
    question="Is my Dauerparker card DP-2291 still valid?", ids=("PG-04",),
    answer="Yes, card DP-2291 (24/7) is active and paid until 31.03.2027; you park on Ebene -2 or -3.",
    fallback=f"I cannot reach the card system at the moment, so I cannot check DP-2291. Please call the office on "
             f"{PHONE} (Mo-Fr 07:00-19:00 Uhr) or write to {EMAIL}.",
    invented="Card DP-2291 is active, and we have extended it until 30.06.2027 free of charge as a loyalty bonus.",
    frags=("30.06.2027", "loyalty bonus"),
    failed_payload={"card": "DP-2291", "error": "card registry unavailable"},
    tool_only="DP-2291: 24/7 card, active, paid until 31.03.2027, Ebene -2/-3.")
REFUSAL = Refusal(
    name="switch_card", input={"card": "DP-2291", "to": "weekday", "from": "2027-03-15"},
    output={"switched": False, "reason": "card type changes only from the 1st of a month"},
    question="Please switch DP-2291 to the weekday card from Monday 15.03.", ids=("PG-04",),
    answer="I could not switch DP-2291 from 15.03.2027: cards run from the 1st of a month, so the weekday card can "
           "start on 01.04.2027 at the earliest.")

DECLINE = f"I could not find that in the garage information. Please call the office on {PHONE} or write to {EMAIL}."
HANDOFF = (f"I do not have that information. The garage office can help: {PHONE} (Mo-Fr 07:00-19:00 Uhr) or "
           f"{EMAIL}.")
GUESS = ("Do you offer car washing while I park?",
         "Yes, our hand wash on Ebene -1 does a full wash for € 24,90 while you shop, no booking needed.",
         ("hand wash", "€ 24,90"))
OFFTOPIC = [
    Mismatch("Is the Kunsthaus open on Mondays?", ("PG-02",),
             "I can only help with the garage: the garage itself is open day and night, but I have no information "
             f"on the Kunsthaus. The office on {PHONE} may know more.",
             "a question on a museum nearby answered by the garage's opening hours"),
    Mismatch("How much is a tram ticket into the centre?", ("PG-05", "PG-01"),
             "I don't have tram fares, sorry: what I have is how to pay for parking at our Kassenautomaten.",
             "a public-transport fare retrieved as the parking payment article"),
    Mismatch("Can you recommend a tyre shop for my winter tyres?", ("PG-08",),
             "I'm afraid I can't recommend a tyre shop; the passage I found is about vehicle heights and breakdowns "
             "in the garage.", "a tyre question worded like the breakdown article"),
]
TRAPS = [
    ("I paid by Überweisung with Verwendungszweck DP2291-0327, has it arrived?", ["PG-04"],
     f"I can't see payments here. Cards are paid in advance from the 1st of a month; for the transfer with "
     f"reference DP2291-0327 please call {PHONE}.", "bank-transfer reference"),
    ("Which number do I ring from Slovenia?", ["PG-02"],
     f"From abroad, please ring {PHONE_INTL}; the office is staffed Mo-Fr 07:00-19:00 Uhr.",
     "international number quoted"),
    ("The machine took my card ending 0417 twice, what now?", ["PG-05"],
     f"I'm sorry about that. I can't see card payments; please report it at the office on {PHONE} with your Beleg "
     "for the card ending 0417.", "masked card"),
    ("Transaction id 9a41c07e5b2d4242424242424242f0c3 - was it the lost-ticket charge?", ["PG-03"],
     "I can't look up transactions, I'm afraid. The lost-ticket charge is € 28,00, or the hours actually parked if "
     "the Einfahrt camera shows you came in later.", "hex transaction id with a Luhn-valid run"),
]
EARLIER = (("user", "Grüß Gott, I park with you most weeks."), ("assistant", "Grüß Gott and welcome back! How can "
                                                                  "I help?"))
PLAN = ("Plan: find the hourly tariff.", "Plan: work out the hours parked.", "Plan: add up the bands.")
DUMP = "\n".join(f"L-{40000 + 13 * n} | Ebene {['0', '-1', '-2', '-3'][n % 4]} | "
                 f"{7 + n % 12:02d}:{(7 * n) % 60:02d} Uhr | € {[2.0, 5.2, 8.4, 11.6][n % 4]:.2f} | "
                 f"{['bezahlt', 'offen'][n % 2]}" for n in range(450))
LEAKS = [
    Leak("borderline", "This is Lukas, 0664 381 2290, can I get the weekday card from April?",
         "Yes: the weekday card (Mo-Fr 06:00-20:00 Uhr) is € 89,00 a month and runs from the 1st of a month, so it "
         "can start on 01.04.2027.", ("PG-04",), ("0664 381 2290",), style="Austrian mobile in the question"),
    Leak("clear", "Can the machine take my Mastercard 5555 5555 5555 4444?",
         "Yes, the Kassenautomaten take Visa and Mastercard credit cards as well as debit cards, and contactless up "
         "to the card's limit.", ("PG-05",), ("5555 5555 5555 4444",), style="Mastercard number in the question"),
    Leak("blatant", "Send the Beleg to anna.pichler@gmx.at please",
         "I can't send receipts, anna.pichler@gmx.at; the Kassenautomat prints a Beleg with 20 % VAT on request.",
         ("PG-05",), ("anna.pichler@gmx.at",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "Card DP-2291 is active and paid until 31.03.2027.", ("PG-04",),
         ("+43 676 902 4415",), {"card": "DP-2291", "holder_phone": "+43 676 902 4415"},
         style="phone in the tool input only"),
]

TOOL_PAIR = Pair("Until when is DP-2291 paid?", ("PG-04",),
                 "DP-2291 is paid until 31.03.2027; from April the next month is due in advance.",
                 "DP-2291 is paid until 31.05.2027, so nothing is due before June.",
                 ("31.05.2027", "nothing is due before June"), "hidden", "paid-until date contradicted")
BORROWED = Borrowed("How much do I pay for a motorbike for a day?", ("PG-07",), "PG-03",
                    "A motorbike pays € 28,00 per calendar day in the bays by the Einfahrt.",
                    ("€ 28,00",), "clear", "the lost-ticket charge borrowed as the motorbike day rate")
TWINS = Twins("What is the hourly tariff now?", "PG-01", "PG-01a",
              "From 01.01.2027: 1st hour € 2,00, 2nd to 4th hour € 3,20 each, from the 5th hour € 2,40 each.",
              "this year's tariff beside last year's")
PARTIAL = Partial(
    name="card_lookup", input={"card": "DP-3106"},
    output={"card": "DP-3106", "type": "weekday", "paid_until": "30.04.2027", "level": None, "state": "active"},
    question="Which Ebene is my card DP-3106 for?", ids=("PG-04",),
    right="DP-3106 is an active weekday card paid until 30.04.2027, but the record doesn't show an Ebene. Dauerparker "
          f"park on Ebene -2 and -3; the office on {PHONE} can tell you which one is yours.",
    wrong="DP-3106 is an active weekday card paid until 30.04.2027, assigned to Ebene -3, bay 114.",
    frags=("assigned to Ebene -3", "bay 114"), strength="blatant", variation="empty level filled in")
ROUNDUP = Pair("I'm new to the garage, give me the essentials", ("PG-01", "PG-02", "PG-05", "PG-08"),
               "Welcome! The essentials:\n1. **Open** day and night; office Mo-Fr 07:00-19:00 Uhr.\n2. **Tariff:** "
               "1st hour € 2,00, 2nd to 4th hour € 3,20 each, from the 5th hour € 2,40 each.\n3. **Paying:** at a "
               "Kassenautomat before you walk back to the car (cash, debit and credit cards); no pay-at-exit lane."
               "\n4. **Height:** 2,00 m at most, roof boxes included; report any damage before you leave.",
               "Welcome! The essentials:\n1. **Open** day and night; office Mo-Fr 07:00-19:00 Uhr.\n2. **Tariff:** "
               "1st hour € 2,00, 2nd to 4th hour € 3,20 each, from the 5th hour € 2,40 each.\n3. **Paying:** at a "
               "Kassenautomat before you walk back to the car (cash, debit and credit cards); no pay-at-exit lane."
               "\n4. **Height:** 2,20 m at most, roof boxes included; report any damage before you leave.",
               ("2,20 m",), "hidden", "round-up of four articles, the height limit changed")
QUOTE = Quote(
    name="pass_prices", input={"cards": ["24/7", "weekday"]},
    output={"24/7": 129.0, "weekday": 89.0, "currency": "EUR", "vat_included": True},
    question="Our office needs two 24/7 cards and three weekday cards for 6 months, what's the total?",
    ids=("PG-04",),
    right="Two 24/7 cards: 2 × € 129,00 = € 258,00 a month; three weekday cards: 3 × € 89,00 = € 267,00 a month. "
          "Together € 525,00 a month, so € 3.150,00 for 6 months, VAT included.",
    wrong="Two 24/7 cards: 2 × € 129,00 = € 258,00 a month; three weekday cards: 3 × € 89,00 = € 267,00 a month. "
          "Together € 525,00 a month, so € 3.510,00 for 6 months, VAT included.",
    frags=("€ 3.510,00",), strength="hidden", variation="six months multiplied wrongly")
COMPARE = Compare(
    "I park Mo-Fr from 08:00 to 17:00 Uhr, never at weekends. 24/7 card or weekday card?", ("PG-04", "PG-01"),
    "The weekday card suits you: it covers Mo-Fr 06:00-20:00 Uhr, which includes your 08:00-17:00 Uhr, for € 89,00 a "
    "month, € 40,00 less than the 24/7 card at € 129,00.",
    "The 24/7 card suits you better: the weekday card ends at 17:00 Uhr, so your last hour would be charged on the "
    "hourly tariff.",
    ("ends at 17:00 Uhr", "24/7 card suits you better"), "borderline",
    "weekday hours within the weekday card, conclusion reversed on a misread end time")
BANDED = Banded(
    question="Ticket L-40718, I'm about to leave. What will the Kassenautomat ask for?", ids=("PG-01",),
    band_words=TARIFF, bands=((1, 2.0), (4, 3.2), (OPEN, 2.4)), used=6, unit="hour",
    facts=("'hours_parked': 6",), figure=16.4, said="€ 16,40", wrong_figure=17.2, wrong_said="€ 17,20",
    slip="boundary", edge=1, off=1,
    right="Ticket L-40718 shows 6 hours (08:00 to 14:00 Uhr). 1st hour € 2,00; hours 2 to 4: 3 × € 3,20 = € 9,60; "
          "hours 5 and 6: 2 × € 2,40 = € 4,80. The Kassenautomat will ask for € 16,40.",
    wrong="Ticket L-40718 shows 6 hours (08:00 to 14:00 Uhr). 1st hour € 2,00; hours 2 to 5: 4 × € 3,20 = € 12,80; "
          "hour 6: € 2,40. The Kassenautomat will ask for € 17,20.",
    frags=("€ 17,20", "€ 12,80"), strength="borderline",
    variation="hours from a ticket record, working shown, the bands counted in ordinal hours",
    name="ticket_lookup", input={"ticket": "L-40718"},
    output={"ticket": "L-40718", "entry": "13.03.2027 08:00", "scan": "13.03.2027 14:00", "hours_parked": 6,
            "state": "unpaid"})


def request_id(rng: random.Random) -> str:
    return f"AL-{rng.randrange(100000, 999999)}"
