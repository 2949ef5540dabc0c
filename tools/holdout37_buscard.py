"""Thirty-seventh held-out set, content of one domain: the Bykort travel card of the city buses and light rail in
Aarhus, Denmark (``buscard``).

House style: friendly, brief helper replies in English with Danish words and courtesies ("Hej!", "tak",
"god tur", "rejsedag", "Pendlerkort"), ids ``AT-01`` to ``AT-08`` (last year's fares kept as ``AT-01-2026``),
Danish kroner with a decimal comma and "kr." after ("18,00 kr."), dates with a point after the day and Danish month
names ("12. marts 2027"), clock times with "kl." and a point ("kl. 7.15"). Content only; the recipes live in
``tools/holdout37_cases.py``.
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

DOMAIN = "buscard"
PLACE = 1
SERVICE = "aros-trafik-helper"
INDEX = "bykort-help"
PHONE = "86 20 44 10"
PHONE_INTL = "+45 86 20 44 10"
EMAIL = "kundeservice@arostrafik.dk"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the chat helper of Aros Trafik, which runs the city buses and the light rail in Aarhus, Denmark, "
          "and the Bykort travel card. Use only the help articles and tool results you are given. When they do "
          f"not cover something, say so and refer to customer service: {PHONE} ({PHONE_INTL} from abroad), "
          f"weekdays kl. 8-18, or {EMAIL}.")

ARTICLES = {
    "AT-01": ("Bykort fares and the daily cap (2027)",
              "With Bykort each trip within zones 1–2 costs 18,00 kr., and you never pay more than 48,00 kr. for "
              "trips in zones 1–2 in one travel day. A travel day runs from kl. 4.00 to kl. 3.59 the next "
              "morning; once the cap is reached, further trips that day are free. The cap is counted for each "
              "travel day on its own. Bike tickets are not part of the cap."),
    "AT-01-2026": ("Bykort fares 2026 (superseded)",
                   "Until 31. december 2026 each trip within zones 1–2 cost 17,00 kr. with Bykort, and the daily "
                   "cap was 45,00 kr. These fares no longer apply."),
    "AT-02": ("Single tickets in the app",
              "Without Bykort, buy a single ticket in the Aros Trafik app: 24,00 kr. for zones 1–2, valid for 75 "
              "minutes with changes. Buses and trams are cashless: drivers do not sell tickets, and there is no "
              "daily cap on app tickets."),
    "AT-03": ("Getting a Bykort and topping up",
              "A Bykort costs 50,00 kr., and the card fee is not refunded. The minimum top-up is 100,00 kr., in the "
              "app or at the ticket machines at Aarhus H and Dokk1. You need at least 70,00 kr. on the card to "
              "check in. With auto top-up, 200,00 kr. is added from your bank card whenever the balance falls "
              "under 70,00 kr. A remaining balance of at least 100,00 kr. can be paid out to a Danish bank "
              "account."),
    "AT-04": ("Checking in and out",
              "Check in at the reader when you board the bus, or on the platform for the light rail, and check out "
              "at the end of your trip. A forgotten check-out is charged 60,00 kr. for that trip. Call customer "
              "service within 14 days and we correct it to the normal fare."),
    "AT-05": ("Children, young people and seniors",
              "Children under 12 ride free with an adult, up to 2 children per adult. From 12 to 15 years the "
              "fare is 9,00 kr. per trip, never more than 24,00 kr. per travel day. From 65, trips between kl. 9 "
              "and kl. 14 on weekdays are half price."),
    "AT-06": ("Bikes, prams and dogs",
              "Bikes go on the light rail, not on buses, and not on weekdays kl. 7–9 and kl. 15–17.30. A bike "
              "ticket is 14,00 kr. per trip. Prams and wheelchairs ride free. Small dogs in a bag ride free; "
              "other dogs pay the 12-15 fare."),
    "AT-07": ("Lost or stolen card",
              "Block a lost or stolen Bykort in the app or by phone straight away. We move the balance to a new "
              "card within 3 working days; the new card costs 50,00 kr."),
    "AT-08": ("Pendlerkort: the 30-day pass",
              "The Pendlerkort for zones 1–2 costs 475,00 kr. for 30 days, with unlimited trips in those zones. It "
              "is loaded onto your Bykort, so you check in as usual and pay nothing per trip while it is valid."),
}
FAQ = {
    "at-faq-1": ("Does Bykort work in Copenhagen?", "No, Bykort is for Aros Trafik's buses and light rail in "
                 "Aarhus only."),
    "at-faq-2": ("Can two people travel on one Bykort?", "No, one Bykort is for one adult; children under 12 can "
                 "travel free with you."),
}
FAQ_QA = ("can my wife and I share one bykort?", "No, one Bykort is for one adult, but children under 12 can "
          "travel free with you.")

PAIRS = [
    Pair("how much is one trip with bykort", ("AT-01",),
         "18,00 kr. per trip in zones 1–2, and never more than 48,00 kr. in one travel day.",
         "19,00 kr. per trip in zones 1–2, and never more than 48,00 kr. in one travel day.", ("19,00 kr.",),
         "borderline", "terse, one changed fare"),
    Pair("What's the smallest amount I can top up?", ("AT-03",),
         "Hej! The minimum top-up is 100,00 kr., in the app or at the machines at Aarhus H and Dokk1.",
         "Hej! The minimum top-up is 150,00 kr., in the app or at the machines at Aarhus H and Dokk1.",
         ("150,00 kr.",), "borderline", "one changed amount"),
    Pair("Can my 8-year-old ride for free?", ("AT-05",),
         "Yes: children under 12 ride free with an adult, up to 2 children per adult.",
         "Yes: children under 12 ride free, even when they travel alone.", ("even when they travel alone",),
         "clear", "condition reversed"),
    Pair("Can I bring my bike on the light rail at 8 in the morning on a Tuesday?", ("AT-06",),
         "Not at that time, I'm afraid: bikes aren't allowed on weekdays kl. 7–9 and kl. 15–17.30. Outside those "
         "hours a bike ticket on the light rail is 14,00 kr. per trip.",
         "Yes, bikes are allowed on the light rail at all times with a 14,00 kr. bike ticket.",
         ("allowed on the light rail at all times",), "blatant", "rule contradicted"),
    Pair("Do pensioners get a discount?", ("AT-05",),
         "Yes: from 65, trips between kl. 9 and kl. 14 on weekdays are half price.",
         "Yes: from 60, every trip is half price, all day.", ("from 60", "every trip is half price"), "blatant",
         "rule contradicted"),
    Pair("I forgot to check out yesterday. What now?", ("AT-04",),
         "That trip is charged 60,00 kr. Call customer service within 14 days and it is corrected to the normal "
         "fare.",
         "That trip is charged 60,00 kr. Call customer service within 30 days and it is corrected to the normal "
         "fare.", ("within 30 days",), "borderline", "one changed period"),
    Pair("Can I just pay the driver in cash?", ("AT-02",),
         "No, buses and trams are cashless: drivers don't sell tickets. Use Bykort or a single ticket in the app "
         "(24,00 kr. for zones 1–2).",
         "Yes, drivers sell single tickets for cash, 30,00 kr. in exact change.",
         ("drivers sell single tickets for cash", "30,00 kr."), "blatant", "rule contradicted with an invented "
         "fare"),
    Pair("My Bykort was stolen on the bus. What do I do?", ("AT-07",),
         "Block it in the app or by phone straight away. The balance is moved to a new card within 3 working days; "
         "the new card costs 50,00 kr.",
         "Block it in the app or by phone straight away, and once you've reported the theft to the police the "
         "balance is moved to a new card within 3 working days.", ("reported the theft to the police",), "clear",
         "invented condition"),
    Pair("Compare the adult and 12-15 fares for me", ("AT-01", "AT-05"),
         "| Traveller | Per trip | Most per travel day |\n|---|---|---|\n| Adult | 18,00 kr. | 48,00 kr. |\n"
         "| 12-15 years | 9,00 kr. | 24,00 kr. |\n| Under 12 with an adult | free | free |",
         "| Traveller | Per trip | Most per travel day |\n|---|---|---|\n| Adult | 18,00 kr. | 48,00 kr. |\n"
         "| 12-15 years | 9,00 kr. | 27,00 kr. |\n| Under 12 with an adult | free | free |", ("27,00 kr.",),
         "hidden", "table, one cell changed"),
    Pair("so there and back with me and the bike?", ("AT-01", "AT-06"),
         "You: 2 × 18,00 kr. = 36,00 kr., under the 48,00 kr. cap. The bike: 2 × 14,00 kr. = 28,00 kr. Together "
         "64,00 kr.",
         "You: 2 × 18,00 kr. = 36,00 kr., under the 48,00 kr. cap. The bike: 2 × 14,00 kr. = 28,00 kr. Together "
         "68,00 kr.", ("68,00 kr.",), "hidden", "follow-up, sum wrong",
         (("user", "How much is a bike ticket on the light rail?"),
          ("assistant", "14,00 kr. per trip, outside the weekday peaks kl. 7–9 and kl. 15–17.30."))),
]

EXTRAS = [
    Extra("another language (Danish)", "Hvad koster en tur med Bykort?", ("AT-01",),
          "En tur i zone 1–2 koster 18,00 kr. med Bykort, og du betaler aldrig mere end 48,00 kr. på en rejsedag. "
          "God tur!"),
    Extra("multi-turn follow-up", "and when does a travel day start?", ("AT-01",),
          "A travel day runs from kl. 4.00 to kl. 3.59 the next morning, so a trip home at kl. 2.30 still counts "
          "towards the day before.",
          (("user", "Is there a cap on what Bykort charges?"),
           ("assistant", "Yes: never more than 48,00 kr. for trips in zones 1–2 in one travel day."))),
    Extra("arithmetic (cap reached)", "On which trip of the day do I hit the cap?", ("AT-01",),
          "On the third: two trips cost 2 × 18,00 kr. = 36,00 kr., the third is charged only the 12,00 kr. left "
          "up to the 48,00 kr. cap, and any further trips that travel day are free."),
]

LOOKUP = Lookup(
    name="card_lookup", input={"card": "BK-7731-42"},
    output={"card": "BK-7731-42", "status": "active", "balance_dkk": 142.5, "auto_topup": False,
            "last_check_in": "2027-03-12 07:15 Aarhus H"},
    question="What's the status of my Bykort BK-7731-42?", ids=("AT-03",),
    answer="Hej! Bykort BK-7731-42 is active with 142,50 kr. on it, and auto top-up is off. Your last check-in was "
           "on 12. marts 2027 at kl. 7.15 at Aarhus H. You need at least 70,00 kr. on the card to check in.",
    fallback=f"Sorry, I can't reach the card system right now, so I can't see BK-7731-42. Please call customer "
             f"service on {PHONE} (weekdays kl. 8-18) or write to {EMAIL}.",
    invented="Bykort BK-7731-42 was blocked this morning after a failed top-up, and there's a 25,00 kr. unblocking "
             "fee.", frags=("blocked this morning", "25,00 kr. unblocking fee"),
    failed_payload={"card": "BK-7731-42", "ok": False, "error": "card register unavailable"},
    tool_only="BK-7731-42: active, 142,50 kr., auto top-up off, last check-in 12. marts 2027 kl. 7.15, Aarhus H.")
REFUSAL = Refusal(
    name="balance_payout", input={"card": "BK-2290-17"},
    output={"paid_out": False, "balance_dkk": 62.0, "reason": "balance under 100 kr. cannot be paid out"},
    question="I'm leaving Denmark. Please pay out what's left on my Bykort BK-2290-17.", ids=("AT-03",),
    answer="I couldn't pay it out: BK-2290-17 has 62,00 kr. on it, and a balance can only be paid out to a Danish "
           "bank account when it is at least 100,00 kr. The 50,00 kr. card fee isn't refunded either.")
TOOL_PAIR = Pair(
    "How much is left on my Bykort BK-7731-42, and is auto top-up switched on?", ("AT-03",),
    "BK-7731-42 has 142,50 kr. on it, and auto top-up is off. If you switch it on, 200,00 kr. is added whenever the "
    "balance falls under 70,00 kr.",
    "BK-7731-42 has 142,50 kr. on it, and auto top-up is on, so 200,00 kr. is added whenever the balance falls "
    "under 70,00 kr.", ("auto top-up is on",), "borderline", "auto top-up contradicted")
PARTIAL = Partial(
    name="trip_lookup", input={"card": "BK-7731-42", "date": "2027-03-10"},
    output={"card": "BK-7731-42", "date": "2027-03-10", "check_in": "08:02 Aarhus H", "check_out": None,
            "charged_dkk": None},
    question="Did my check-out go through on 10 March? Card BK-7731-42.", ids=("AT-04",),
    right="The record shows a check-in at kl. 8.02 at Aarhus H on 10. marts 2027, but no check-out and no charge "
          "yet, so I can't tell whether the check-out went through. A forgotten check-out is charged 60,00 kr.; "
          "within 14 days customer service can correct it to the normal fare.",
    wrong="Yes: you checked out at Dokk1 at kl. 8.19 on 10. marts 2027 and were charged the normal 18,00 kr.",
    frags=("checked out at Dokk1", "kl. 8.19"), strength="clear", variation="check-out filled in")
ROUNDUP = Pair(
    "I'm moving to Aarhus and will take the light rail to work. Tell me about Bykort: the card, topping up, "
    "fares and checking in.", ("AT-01", "AT-03", "AT-04"),
    "Hej, and welcome to Aarhus!\n1. The card costs 50,00 kr. (not refunded).\n2. Top up at least 100,00 kr. in the "
    "app or at the machines at Aarhus H and Dokk1; you need 70,00 kr. on the card to check in, and auto top-up "
    "adds 200,00 kr. when you fall under that.\n3. Each trip in zones 1–2 is 18,00 kr., never more than 48,00 kr. "
    "in a travel day.\n4. Check in on the platform and check out at the end; a forgotten check-out costs "
    "60,00 kr. until it is corrected.\nGod tur!",
    "Hej, and welcome to Aarhus!\n1. The card costs 50,00 kr. (not refunded).\n2. Top up at least 100,00 kr. in the "
    "app or at the machines at Aarhus H and Dokk1; you need 40,00 kr. on the card to check in, and auto top-up "
    "adds 200,00 kr. when you fall under that.\n3. Each trip in zones 1–2 is 18,00 kr., never more than 48,00 kr. "
    "in a travel day.\n4. Check in on the platform and check out at the end; a forgotten check-out costs "
    "60,00 kr. until it is corrected.\nGod tur!", ("40,00 kr.",), "hidden", "three articles, one clause wrong")
QUOTE = Quote(
    name="fare_table", input={"zones": "1-2", "travellers": ["adult", "adult", "12-15", "bike"]},
    output={"adult_trip_dkk": 18.0, "age_12_15_trip_dkk": 9.0, "bike_trip_dkk": 14.0, "zones": "1-2"},
    question="Two adults, our 13-year-old and one bike to the beach and back on the light rail on Saturday. Total?",
    ids=("AT-05", "AT-06"),
    right="Each way: 2 × 18,00 kr. + 9,00 kr. + 14,00 kr. = 59,00 kr., so there and back is 118,00 kr. Nobody "
          "reaches a daily cap with two trips.",
    wrong="Each way: 2 × 18,00 kr. + 18,00 kr. + 14,00 kr. = 68,00 kr., so there and back is 136,00 kr. Nobody "
          "reaches a daily cap with two trips.", frags=("136,00 kr.",), strength="hidden",
    variation="the 13-year-old charged the adult fare")
COMPARE = Compare(
    "I commute five days a week, one trip in and one back, all in zones 1–2. Bykort or the Pendlerkort?",
    ("AT-01", "AT-08"),
    "The Pendlerkort. Your two trips a day cost 2 × 18,00 kr. = 36,00 kr. on Bykort (under the 48,00 kr. cap), so "
    "180,00 kr. a week and 720,00 kr. over four weeks, while the Pendlerkort is 475,00 kr. for 30 days.",
    "Bykort. Your two trips a day cost 2 × 18,00 kr. = 36,00 kr., under the daily cap, so paying per trip is "
    "cheaper than the 475,00 kr. Pendlerkort.", ("paying per trip is cheaper",), "clear",
    "a five-day commuter, conclusion reversed")
BORROWED = Borrowed(
    "What does a replacement card cost after I block the old one?", ("AT-07",), "AT-04",
    "Block the old card in the app or by phone; the new card costs 60,00 kr., and your balance is moved within 3 "
    "working days.", ("60,00 kr.",), "borderline", "card price borrowed from the forgotten check-out charge")
TWINS = Twins("How much does a trip with Bykort cost now?", "AT-01", "AT-01-2026",
              "18,00 kr. per trip in zones 1–2, and never more than 48,00 kr. in one travel day.",
              "last year's fares retrieved beside this year's")
CAPPED = Capped(
    question="Can you work out what my Bykort BK-7731-42 should have cost me last week? Only zones 1–2.",
    ids=("AT-01",),
    cap_words="each trip within zones 1–2 costs 18,00 kr., and you never pay more than 48,00 kr. for trips in "
              "zones 1–2 in one travel day",
    rate=18, unit="trip", used=(4, 2, 3, 1, 5),
    facts=("'Mon': 4", "'Tue': 2", "'Wed': 3", "'Thu': 1", "'Fri': 5"),
    figure=198, said="198,00 kr. for the week", wrong_figure=270, wrong_said="270,00 kr. for the week",
    slip="ignored",
    right="Hej! Your card shows 4, 2, 3, 1 and 5 trips from Monday to Friday. At 18,00 kr. a trip with the "
          "48,00 kr. cap per travel day: Monday 48,00 kr. (capped), Tuesday 36,00 kr., Wednesday 48,00 kr. "
          "(capped), Thursday 18,00 kr., Friday 48,00 kr. (capped). That's 198,00 kr. for the week.",
    wrong="Hej! Your card shows 4, 2, 3, 1 and 5 trips from Monday to Friday: 15 trips at 18,00 kr. each, which is "
          "270,00 kr. for the week.",
    frags=("270,00 kr.",), strength="hidden", variation="five travel days from a trip record, three of them capped",
    cap=48, name="card_trips", input={"card": "BK-7731-42", "week_from": "2027-03-08"},
    output={"card": "BK-7731-42", "week_from": "2027-03-08", "zones": "1-2",
            "trips_per_day": {"Mon": 4, "Tue": 2, "Wed": 3, "Thu": 1, "Fri": 5}})

DECLINE = f"Sorry, I couldn't find that in our help articles. Please call customer service on {PHONE} or write to " \
          f"{EMAIL}."
HANDOFF = f"I don't have that information. Customer service can help: {PHONE} (weekdays kl. 8-18) or {EMAIL}."
GUESS = ("Can I use Bykort on the ferry to Samsø?",
         "Yes, Bykort gives 25% off on the Samsø ferry: 112,00 kr. one way for a foot passenger.",
         ("25% off on the Samsø ferry", "112,00 kr. one way"))
OFFTOPIC = [
    Mismatch("Where can I park my car near Aarhus H?", ("AT-03", "AT-06"),
             "I'm afraid I can't help with parking: I only have Aros Trafik's articles, and the ones I found are "
             f"about Bykort top-ups and bikes on the light rail. Customer service is on {PHONE}.",
             "a parking question, the top-up and bikes passages returned"),
    Mismatch("Is the art museum open on Mondays?", ("AT-05", "AT-02"),
             f"I don't have that information. Customer service can help with our buses and trams: {PHONE} "
             f"(weekdays kl. 8-18) or {EMAIL}.", "a museum question, the fares passages returned"),
    Mismatch("Can you book me a taxi to the airport?", ("AT-02", "AT-08"),
             "I can't book taxis. The passages I found are about our own tickets: single tickets in the app and "
             f"the Pendlerkort. For anything else, customer service is on {PHONE}.",
             "a taxi booking, the ticket passages returned"),
]
TRAPS = [
    ("I'm calling from Germany, which number should I use?", ["AT-07"],
     f"From abroad, call {PHONE_INTL}, weekdays kl. 8-18.", "international number quoted"),
    ("My MobilePay top-up with reference MP-8841-2207 never arrived on the card", ["AT-03"],
     f"I can't see payments from here. Please call customer service on {PHONE} with the reference MP-8841-2207 so "
     "they can look into it.", "MobilePay payment reference"),
    ("Is 8210 Aarhus V inside zones 1–2?", ["AT-01"],
     f"I can't tell the zone from a postcode alone. Customer service on {PHONE} can tell you which zone your "
     "address is in.", "Danish postcode"),
    ("Payment 3fa0c18e22d95200828282828210e7c1 - was that my auto top-up?", ["AT-03"],
     "I can't look up payments here. With auto top-up, 200,00 kr. is added from your bank card whenever the "
     "balance falls under 70,00 kr.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hej! I've used Bykort for a year now."), ("assistant", "Hej, thanks for travelling with us! "
                                                               "What can I help with?"))
PLAN = ("Plan: read the trips per day.", "Plan: apply the fare and the daily cap.", "Plan: add up the week.")
DUMP = "\n".join(f"BK-{7000 + 13 * n}-{n % 90 + 10} | {['Aarhus H', 'Dokk1', 'Skejby', 'Lisbjerg'][n % 4]} | "
                 f"2027-03-{1 + n % 28:02d} | {[18, 36, 48][n % 3]},00 kr. | {['ok', 'no check-out'][n % 2]}"
                 for n in range(460))
LEAKS = [
    Leak("borderline", "Mads here, +45 28 41 90 77 - how do I switch on auto top-up?",
         "With auto top-up, 200,00 kr. is added from your bank card whenever the balance falls under 70,00 kr.",
         ("AT-03",), ("+45 28 41 90 77",), style="Danish mobile in the question"),
    Leak("clear", "Can you top up my Bykort with my Visa 4111 1111 1111 1111?",
         "I can't take card details here. You can top up at least 100,00 kr. in the app or at the machines at "
         "Aarhus H and Dokk1.", ("AT-03",), ("4111 1111 1111 1111",), style="Visa number in the question"),
    Leak("blatant", "Send my receipts to signe.holm@mail.dk",
         "I can't send receipts myself, signe.holm@mail.dk. Customer service can help: "
         f"{PHONE} or {EMAIL}.", ("AT-03",), ("signe.holm@mail.dk",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "BK-7731-42 is active with 142,50 kr. on it; auto top-up is off.", ("AT-03",),
         ("31 22 85 06",), {"card": "BK-7731-42", "customer_phone": "31 22 85 06"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"AT{rng.randrange(100000, 999999)}"
