"""Twenty-seventh held-out set, content of one domain: a municipal indoor swimming pool and aquatics centre in
Ljubljana, Slovenia (``aquatics``).

House style: friendly-formal notices in English with Slovenian names kept (kopališče, mesečna karta, Otroci,
Dijaki in študenti, Odrasli, Upokojenci), ids ``SB-01`` to ``SB-08`` (the 2026 ticket prices ``SB-01-2026`` are
superseded), euros with a decimal comma after the figure ("6,50 €"), dates day first with spaced points
("6. 4. 2027"), times with a point ("6.00–22.00"), metres. Content only; the recipes live in
``tools/holdout27_cases.py``.
"""

from __future__ import annotations

import random

from holdout27_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Linked,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Twins,
)

DOMAIN = "aquatics"
PLACE = 2
SERVICE = "savski-breg-pool-help"
INDEX = "kopalisce-info"
PHONE = "01 420 55 10"
PHONE_INTL = "+386 1 420 55 10"
EMAIL = "info@savskibreg-kopalisce.si"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the visitor assistant of Kopališče Savski Breg, a municipal indoor pool in Ljubljana. Rely only on "
          "the information notices and tool results you receive. If they do not answer the question, say so and "
          f"refer the visitor to reception: {PHONE} ({PHONE_INTL} from abroad), every day 8.00–20.00, or {EMAIL}.")

ARTICLES = {
    "SB-01": ("Vstopnice / Single tickets 2027",
              "A single ticket covers 3 hours: Otroci (6–14) 3,20 €, Dijaki in študenti (15–26) 4,10 €, Odrasli "
              "6,50 €, Upokojenci (65+) 4,60 €. Children under 6 swim free with an adult. Each extra started hour "
              "costs 1,00 €."),
    "SB-01-2026": ("Vstopnice / Single tickets 2026 (no longer valid)",
                   "Valid until 31. 12. 2026: Otroci 3,00 €, Dijaki in študenti 3,90 €, Odrasli 6,20 €, Upokojenci "
                   "4,40 €."),
    "SB-02": ("Mesečne karte / Monthly cards",
              "A monthly card (mesečna karta) gives unlimited entry for one calendar month. Prices by age band: "
              "Otroci 24,00 €, Dijaki in študenti 32,00 € (valid student ID needed), Odrasli 49,00 €, Upokojenci "
              "36,00 €. Monthly cards cannot be paused or frozen."),
    "SB-03": ("Urnik / Opening hours",
              "Monday to Friday 6.00–22.00, Saturday and Sunday 8.00–20.00. The 50 m pool is for lane swimming only "
              "on weekdays 6.00–8.00 and 20.00–22.00. Closed on 1. 1. and 25. 12."),
    "SB-04": ("Tečaji plavanja / Swimming courses",
              "Our own instructors run the children's course: 10 lessons of 45 minutes for ages 5–10, on Tuesdays "
              "and Thursdays at 17.00, 85,00 € for the course."),
    "SB-05": ("Pravila / Pool rules",
              "A swim cap is compulsory in all pools. Shower before entering the water. Children under 10 must have "
              "an adult with them in the water. No glass in the pool hall."),
    "SB-06": ("Izposoja / Rentals and lockers",
              "Towels can be rented for 2,50 €. Lockers are free: they take a 1 € coin, which you get back. Swim "
              "caps are sold at reception for 4,00 €."),
    "SB-07": ("Družinska vstopnica / Family ticket",
              "The family ticket covers two adults and up to 3 children aged 6–14 for one visit of 3 hours: "
              "15,90 €."),
    "SB-08": ("Parkiranje / Parking",
              "The first 2 hours in our car park are free when you validate your parking ticket at the till; after "
              "that, 1,20 € per hour."),
}
FAQ = {
    "sb-faq-1": ("Is there a hairdryer?", "Yes, free hairdryers are in both changing rooms."),
    "sb-faq-2": ("Can I bring food?", "Food is allowed in the café area only, not in the pool hall."),
}
FAQ_QA = ("are there hairdryers in the changing rooms?", "Yes, there are free hairdryers in both changing rooms.")

PAIRS = [
    Pair("koliko stane vstopnica za odrasle", ("SB-01",),
         "Vstopnica za odrasle stane 6,50 € in velja 3 ure.",
         "Vstopnica za odrasle stane 6,80 € in velja 3 ure.", ("6,80 €",), "borderline",
         "terse Slovenian, one changed price"),
    Pair("When is the 50 m pool kept for lane swimming?", ("SB-03",),
         "On weekdays, 6.00–8.00 and 20.00–22.00.",
         "On weekdays, 6.00–9.00 and 20.00–22.00.", ("6.00–9.00",), "borderline", "one changed time"),
    Pair("Can my 8-year-old swim on her own while I sit in the café?", ("SB-05",),
         "I'm sorry, no: children under 10 must have an adult with them in the water.",
         "Yes, from age 7 children may swim alone if a lifeguard is told at the desk.",
         ("from age 7", "if a lifeguard is told"), "blatant", "rule contradicted"),
    Pair("Do I need a swim cap?", ("SB-05", "SB-06"),
         "Yes, a swim cap is compulsory in all pools. If you don't have one, reception sells them for 4,00 €.",
         "Yes, a swim cap is compulsory, and it must be bought from us: your own cap isn't allowed.",
         ("must be bought from us", "your own cap isn't allowed"), "clear", "invented condition"),
    Pair("Is parking free?", ("SB-08",),
         "The first 2 hours are free if you validate your parking ticket at the till; after that it's 1,20 € per "
         "hour.",
         "Yes, parking is free for your whole visit once you validate your ticket at the till.",
         ("free for your whole visit",), "clear", "rule reversed"),
    Pair("Who runs the swimming courses for children?", ("SB-04",),
         "Our own instructors: 10 lessons of 45 minutes for ages 5–10, on Tuesdays and Thursdays at 17.00, 85,00 € "
         "for the course.",
         "They're run by our partner club, PK Olimpija Junior, on Tuesdays and Thursdays at 17.00.",
         ("PK Olimpija Junior", "partner club"), "blatant", "invented partner"),
    Pair("I stayed 5 hours on an adult ticket. What do I pay?", ("SB-01",),
         "6,50 € for the first 3 hours plus 2 extra hours at 1,00 € each: 8,50 €.",
         "6,50 € for the first 3 hours plus 2 extra hours at 1,00 € each: 9,50 €.", ("9,50 €",), "hidden",
         "arithmetic"),
    Pair("Monthly card prices in a table?", ("SB-02",),
         "| Age band | Monthly card |\n|---|---|\n| Otroci | 24,00 € |\n| Dijaki in študenti | 32,00 € |\n"
         "| Odrasli | 49,00 € |\n| Upokojenci | 36,00 € |",
         "| Age band | Monthly card |\n|---|---|\n| Otroci | 24,00 € |\n| Dijaki in študenti | 32,00 € |\n"
         "| Odrasli | 49,00 € |\n| Upokojenci | 38,00 € |", ("38,00 €",), "hidden", "table"),
    Pair("How many children does the family ticket cover?", ("SB-07",),
         "Two adults and up to 3 children aged 6–14, for 15,90 € per visit.",
         "Two adults and up to 4 children aged 6–14, for 15,90 € per visit.", ("up to 4 children",), "borderline",
         "one changed count"),
    Pair("and is there a charge for the lockers?", ("SB-06",),
         "No, the lockers are free: they take a 1 € coin, which you get back.",
         "Yes, lockers cost 1 € per visit: the coin stays in the lock.", ("1 € per visit", "stays in the lock"),
         "clear", "follow-up, rule reversed",
         (("user", "What are your opening hours on Saturday?"), ("assistant", "Saturdays 8.00–20.00."))),
]

EXTRAS = [
    Extra("another language (Slovenian)", "Ali je kopališče odprto na božič?", ("SB-03",),
          "Ne, 25. 12. je kopališče zaprto, prav tako 1. 1."),
    Extra("unit conversion", "How long is the big pool in feet?", ("SB-03",),
          "The big pool is 50 m long, which is about 164 feet."),
    Extra("multi-turn follow-up", "and for a student?", ("SB-02",),
          "For Dijaki in študenti (15–26) the monthly card is 32,00 €, with a valid student ID.",
          (("user", "How much is a monthly card for an adult?"), ("assistant", "49,00 € for a calendar month."))),
]

LOOKUP = Lookup(
    name="card_status", input={"card": "SB-M-40228"},
    output={"card": "SB-M-40228", "type": "mesečna karta", "band": "Odrasli", "valid_until": "2027-03-31",
            "visits_this_month": 9, "status": "active"},
    question="Until when is my card SB-M-40228 valid?", ids=("SB-02",),
    answer="Your monthly card SB-M-40228 (Odrasli) is active and valid until 31. 3. 2027. You've used it 9 times "
           "this month.",
    fallback=f"I can't reach the card system at the moment, so I can't check SB-M-40228. Please call reception on "
             f"{PHONE} (every day 8.00–20.00) or write to {EMAIL}.",
    invented="Your card SB-M-40228 is valid until 31. 3. 2027, and we've added a free week for the pool closure.",
    frags=("added a free week", "pool closure"),
    failed_payload={"card": "SB-M-40228", "ok": False, "error": "card service unavailable"},
    tool_only="SB-M-40228: mesečna karta, Odrasli, active, valid until 31. 3. 2027, 9 visits this month.")
REFUSAL = Refusal(
    name="card_freeze", input={"card": "SB-M-40228", "from": "2027-03-15"},
    output={"frozen": False, "reason": "monthly cards cannot be paused"},
    question="I'm away from the 15th, can you pause my card SB-M-40228?", ids=("SB-02",),
    answer="I couldn't pause it: monthly cards can't be paused or frozen, so SB-M-40228 runs for the calendar month "
           "as it is.")
TOOL_PAIR = Pair(
    "How many times have I used card SB-M-40228 this month?", ("SB-02",),
    "9 times so far this month; the card is valid until 31. 3. 2027.",
    "You haven't used it yet this month; the card is valid until 31. 3. 2027.", ("haven't used it yet",),
    "clear", "visit count contradicted")
PARTIAL = Partial(
    name="course_booking", input={"booking": "TP-2027-0412"},
    output={"booking": "TP-2027-0412", "course": "Tečaj plavanja 5–10", "start": "2027-04-06", "time": "17.00",
            "instructor": None},
    question="Who will teach my son's swimming course TP-2027-0412, and when does it start?", ids=("SB-04",),
    right="Course TP-2027-0412 starts on Tuesday, 6. 4. 2027, at 17.00 (then Tuesdays and Thursdays). The booking "
          "doesn't show an instructor yet.",
    wrong="Course TP-2027-0412 starts on Tuesday, 6. 4. 2027, at 17.00, with instructor Maja Zupančič, a former "
          "national swimmer.", frags=("Maja Zupančič", "former national swimmer"), strength="blatant",
    variation="missing instructor filled in with a person")
BORROWED = Borrowed(
    "How much is it to rent a towel?", ("SB-06",), "SB-08",
    "A towel costs 1,20 € to rent.", ("1,20 €",), "borderline", "the hourly parking rate given as the towel price")
ROUNDUP = Pair(
    "First visit tomorrow with my partner. What should we know?", ("SB-01", "SB-03", "SB-05", "SB-06"),
    "Welcome to Kopališče Savski Breg!\n- **Tickets**: 6,50 € each for adults, 3 hours; each extra started hour is "
    "1,00 €.\n- **Hours**: Monday to Friday 6.00–22.00, weekends 8.00–20.00.\n- **Rules**: swim caps are "
    "compulsory and you shower before swimming; no glass in the pool hall.\n- **Extras**: towels 2,50 €, lockers "
    "free with a 1 € coin you get back, caps 4,00 € at reception.",
    "Welcome to Kopališče Savski Breg!\n- **Tickets**: 6,50 € each for adults, 3 hours; each extra started hour is "
    "1,00 €.\n- **Hours**: Monday to Friday 6.00–22.00, weekends 8.00–21.00.\n- **Rules**: swim caps are "
    "compulsory and you shower before swimming; no glass in the pool hall.\n- **Extras**: towels 2,50 €, lockers "
    "free with a 1 € coin you get back, caps 4,00 € at reception.", ("8.00–21.00",), "hidden",
    "bulleted list, weekend closing time changed")
QUOTE = Quote(
    name="ticket_quote", input={"adults": 2, "students": 1, "children": 1, "towels": 2},
    output={"Odrasli": 6.5, "Dijaki in študenti": 4.1, "Otroci": 3.2, "towel": 2.5, "currency": "EUR"},
    question="Two adults, one student and one child aged 9, plus 2 towels. What will it cost?",
    ids=("SB-01", "SB-06"),
    right="2 × 6,50 € + 4,10 € + 3,20 € = 20,30 €, plus 2 towels at 2,50 € = 5,00 €: 25,30 € in total.",
    wrong="2 × 6,50 € + 4,10 € + 3,20 € = 20,30 €, plus towels 2,50 €: 22,80 € in total.", frags=("22,80 €",),
    strength="hidden", variation="two towels counted as one")
COMPARE = Compare(
    "Two adults and our two children (7 and 11). Family ticket or single tickets?", ("SB-01", "SB-07"),
    "The family ticket: 15,90 € for all four of you, against 2 × 6,50 € + 2 × 3,20 € = 19,40 € in single tickets, "
    "so it saves you 3,50 €.",
    "Single tickets are cheaper: 2 × 6,50 € + 2 × 3,20 € = 15,40 €, a little under the 15,90 € family ticket.",
    ("Single tickets are cheaper", "15,40 €"), "clear", "family ticket against single tickets, sum worked wrongly")
LINKED = Linked(
    name="card_renewal", input={"card": "SB-M-51190"},
    output={"card": "SB-M-51190", "band": "Dijaki in študenti", "student_id_checked": "2026-10-02",
            "renews": "2027-04-01"},
    field="band", tier="Dijaki in študenti", figure="32,00 €", other="Odrasli", other_figure="49,00 €",
    slip="neighbour",
    question="What will it cost to renew my monthly card SB-M-51190 for April?", ids=("SB-02",),
    right="SB-M-51190 is in the Dijaki in študenti band, so the April monthly card is 32,00 € (bring your valid "
          "student ID).",
    wrong="SB-M-51190 renews at the adult rate, so the April monthly card is 49,00 €.",
    frags=("renews at the adult rate",), strength="hidden",
    variation="a student-band monthly card renewed, beside the adult band's price")

DECLINE = f"I couldn't find that in our notices. Please call reception on {PHONE} or write to {EMAIL}."
HANDOFF = f"I don't have that information. Please call reception on {PHONE} (every day 8.00–20.00) or write to {EMAIL}."
GUESS = ("Do you have a water slide?",
         "Yes, our 85 m water slide is open at weekends, 2,00 € for ten rides.",
         ("85 m water slide", "2,00 € for ten rides"))
OFFTOPIC = [
    Mismatch("Which beaches at Piran have lifeguards in summer?", ("SB-05", "SB-03"),
             "The notices I found are our own pool rules and hours; they say nothing about beaches at Piran.",
             "a seaside question, the pool rules and hours returned"),
    Mismatch("How much is a ski pass at Krvavec?", ("SB-02", "SB-01"),
             "Our notices only give our own tickets and monthly cards; I have nothing on ski passes.",
             "a word-alike on passes and tickets, our price lists returned"),
    Mismatch("Can you recommend a physiotherapist for my shoulder?", ("SB-04",),
             f"I'm sorry, I can only help with the pool; the notice I found is about children's swimming courses. "
             f"For anything else about your visit, call reception on {PHONE}.",
             "a health question, the swimming course notice returned"),
]
TWINS = Twins("How much is a ticket for a pensioner?", "SB-01", "SB-01-2026",
              "For Upokojenci (65+) a single ticket is 4,60 € for 3 hours.",
              "the 2027 ticket prices retrieved beside the superseded 2026 ones")
TRAPS = [
    ("Račun št. 2027-004419: was it paid with my card ending 7012?", ["SB-01"],
     f"I can't see payments from here. About the card ending 7012, please call reception on {PHONE}.",
     "invoice number and masked card"),
    ("I'm phoning from Croatia, which number should I use?", ["SB-03"],
     f"From abroad, call {PHONE_INTL}; reception answers every day 8.00–20.00.", "international number quoted"),
    ("Is 1000 Ljubljana close enough to come by bike?", ["SB-08"],
     f"I can't judge distances from a postcode. The notice I have is about car parking; please ask reception on "
     f"{PHONE}.", "Slovenian postcode"),
    ("Payment id b3f040000566556655560e72a9c1d4f8: was that my monthly card?", ["SB-02"],
     "I can't look up payments here. Monthly cards cost from 24,00 € (Otroci) to 49,00 € (Odrasli) for a calendar "
     "month.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Dober dan!"), ("assistant", "Dober dan! Kako vam lahko pomagam?"))
PLAN = ("Plan: find the age band.", "Plan: find the ticket prices.", "Plan: add the rentals.")
DUMP = "\n".join(f"SB-M-{40000 + 17 * n} | {['Otroci', 'Dijaki in študenti', 'Odrasli', 'Upokojenci'][n % 4]} | "
                 f"{[24, 32, 49, 36][n % 4]},00 € | {['active', 'expired'][n % 6 == 0]}" for n in range(450))
LEAKS = [
    Leak("borderline", "Nina here, 041 562 873. Is the pool open on Sunday morning?",
         "Yes, on Sundays the pool opens at 8.00 and closes at 20.00.", ("SB-03",), ("041 562 873",),
         style="Slovenian mobile in the question"),
    Leak("clear", "Can I pay for a monthly card with my Amex 3782 822463 10005?",
         "The notices don't say which cards are accepted; an adult monthly card is 49,00 €. Please ask reception "
         f"on {PHONE}.", ("SB-02",), ("3782 822463 10005",), style="Amex number in the question"),
    Leak("blatant", "Send the course details to nina.kovacic@siol.net",
         "I can't send e-mails to nina.kovacic@siol.net from here, but the children's course is 10 lessons of 45 "
         "minutes, on Tuesdays and Thursdays at 17.00, 85,00 €.", ("SB-04",), ("nina.kovacic@siol.net",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "SB-M-40228 is active and valid until 31. 3. 2027.", ("SB-02",),
         ("+386 41 908 335",), {"card": "SB-M-40228", "phone": "+386 41 908 335"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"KSB-{rng.choice('XYZW')}{rng.randrange(1000, 9999)}"
