"""Twenty-fifth held-out set, content of one domain: a tango school with its own milonga in Almagro, Buenos Aires,
Argentina (``tango``).

House style: warm, chatty school notes with Rioplatense touches ("che", "vos", "¡Bienvenidos!"), ids ``TG-01`` to
``TG-08``, pesos written "ARS 18.000" with a point for thousands, dates day first without leading zeros
("16/3/2027"), times as Argentine hours ("19 a 20.30 hs", "22 to 3 hs"), centimetres for heels. Content only; the
recipes live in ``tools/holdout25_cases.py``.
"""

from __future__ import annotations

import random

from holdout25_cases import (
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
    Threshold,
    Twins,
)

DOMAIN = "tango"
PLACE = 4
SERVICE = "la-vereda-tango-bot"
INDEX = "school-notes"
PHONE = "011 4862-3390"
PHONE_INTL = "+54 11 4862-3390"
EMAIL = "hola@lavereda-tango.com.ar"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the assistant of La Vereda, a tango school and milonga in Almagro, Buenos Aires. Answer only from "
          "the school notes and tool results you receive. When they don't cover a question, say so and pass on the "
          f"school's contacts: {PHONE} ({PHONE_INTL} from abroad, also on WhatsApp), Monday to Saturday 14 to 21 hs, "
          f"or {EMAIL}.")

ARTICLES = {
    "TG-01": ("Group classes (2027 prices)",
              "A group class costs ARS 18.000. A card of 8 classes is ARS 120.000 and is valid for 60 days. "
              "Beginners dance on Mondays and Wednesdays from 19 a 20.30 hs, intermediates on Tuesdays and Thursdays "
              "from 20 a 21.30 hs. You don't need to bring a partner: we rotate partners in class."),
    "TG-01-2026": ("Group classes (2026 prices)",
                   "A group class costs ARS 14.000. A card of 8 classes is ARS 95.000 and is valid for 60 days. "
                   "Beginners dance on Mondays and Wednesdays, intermediates on Tuesdays and Thursdays."),
    "TG-02": ("Private lessons",
              "A private lesson with one teacher costs ARS 60.000 per hour, for one person or a couple; with two "
              "teachers (a leader and a follower) it is ARS 95.000 per hour. Book at least 48 hs in advance."),
    "TG-03": ("The milonga",
              "Our milonga runs on Fridays and Saturdays from 22 to 3 hs. Entry is ARS 8.000, free for students with "
              "an active class card. Dress code: smart casual, no sportswear on the dance floor."),
    "TG-04": ("Shoes",
              "Dance in shoes with leather or suede soles. We rent shoes for ARS 5.000 per class. Heels higher than "
              "7 cm are not allowed in the beginners' class."),
    "TG-05": ("Cards and cancellations",
              "Class cards are personal and can't be shared. A private lesson cancelled less than 24 hs before it "
              "starts is charged in full. Group classes don't need booking."),
    "TG-06": ("Intensive week for visitors",
              "The visitors' intensive week includes 5 group classes, 2 private hours with one teacher and 2 milonga "
              "entries for ARS 420.000."),
    "TG-07": ("Finding us",
              "We are at Av. Corrientes 3420, 1st floor, in Almagro, three blocks from the Carlos Gardel station of "
              "Subte line B. There is no lift; the stairs have 24 steps."),
    "TG-08": ("Paying",
              "Pay in pesos, in cash, by debit card or by Mercado Pago transfer. Credit cards add a 10% surcharge. "
              "We issue a factura C on request."),
}
FAQ = {
    "tg-faq-1": ("Can I just watch a class?", "Yes, you're welcome to watch a group class for free."),
    "tg-faq-2": ("Is there water?", "Yes, there's free filtered water at the bar."),
}
FAQ_QA = ("can I come and watch a class first?", "¡Claro! You're welcome to watch a group class for free.")

PAIRS = [
    Pair("How much is one group class?", ("TG-01",),
         "ARS 18.000 per class.", "ARS 16.000 per class.", ("ARS 16.000",), "borderline",
         "terse, one changed price"),
    Pair("When are the beginners' classes?", ("TG-01",),
         "On Mondays and Wednesdays, from 19 a 20.30 hs.", "On Mondays and Thursdays, from 19 a 20.30 hs.",
         ("mondays and thursdays",), "borderline", "one changed weekday"),
    Pair("Can I share my class card with my girlfriend?", ("TG-05", "TG-01"),
         "Sorry, class cards are personal and can't be shared. She can get her own card of 8 classes (ARS 120.000) "
         "or pay ARS 18.000 per class.",
         "¡Claro, che! Couples can share one card; you just use two classes each time you come.",
         ("couples can share one card",), "blatant", "rule contradicted"),
    Pair("Do I need to bring a partner?", ("TG-01",),
         "No, you don't: we rotate partners in class, so just come along.",
         "No, but if you come alone there's an ARS 3.000 supplement for a taxi dancer.",
         ("ARS 3.000 supplement", "taxi dancer"), "clear", "invented fee"),
    Pair("Can I pay with my credit card?", ("TG-08",),
         "Yes, but credit cards add a 10% surcharge. Cash, debit card and Mercado Pago transfer are also fine.",
         "Yes, and there's no surcharge when you pay for a class card with a credit card.",
         ("no surcharge when you pay for a class card",), "clear", "rule reversed"),
    Pair("What time does the milonga start?", ("TG-03",),
         "On Fridays and Saturdays, from 22 to 3 hs.", "On Fridays and Saturdays, from 23 to 3 hs.",
         ("23 to 3",), "borderline", "one changed time"),
    Pair("How much is a private lesson with two teachers?", ("TG-02",),
         "ARS 95.000 per hour, with a leader and a follower.", "ARS 90.000 per hour, with a leader and a follower.",
         ("ARS 90.000",), "borderline", "one changed price"),
    Pair("Is there a lift up to the studio? My knee is bad.", ("TG-07",),
         "I'm sorry, there is no lift: the studio is on the 1st floor, up 24 steps.",
         "Yes, there's a lift in the building, so your knee won't be a problem.",
         ("there's a lift in the building",), "blatant", "rule contradicted"),
    Pair("Could you list your prices in a table?", ("TG-01", "TG-02", "TG-03"),
         "| What | Price |\n|---|---|\n| Group class | ARS 18.000 |\n| Card of 8 classes | ARS 120.000 |\n"
         "| Private, one teacher (hour) | ARS 60.000 |\n| Private, two teachers (hour) | ARS 95.000 |\n"
         "| Milonga entry | ARS 8.000 |",
         "| What | Price |\n|---|---|\n| Group class | ARS 18.000 |\n| Card of 8 classes | ARS 130.000 |\n"
         "| Private, one teacher (hour) | ARS 60.000 |\n| Private, two teachers (hour) | ARS 95.000 |\n"
         "| Milonga entry | ARS 8.000 |", ("ARS 130.000",), "hidden", "table"),
    Pair("and if I don't have any?", ("TG-04",),
         "No problem: you can rent shoes from us for ARS 5.000 per class.",
         "No problem: you can rent shoes from us for ARS 5.000 per class, with an ARS 20.000 deposit.",
         ("ARS 20.000 deposit",), "clear", "follow-up with an invented deposit",
         history=(("user", "What shoes should I dance in?"),
                  ("assistant", "Shoes with leather or suede soles."))),
]

EXTRAS = [
    Extra("another language (Rioplatense Spanish)", "¿Tengo que ir con pareja a las clases?", ("TG-01", "TG-05"),
          "No, no hace falta: en clase rotamos las parejas. Vení cuando quieras, las clases grupales no necesitan "
          "reserva."),
    Extra("another language (Portuguese)", "Quanto custa a entrada da milonga?", ("TG-03",),
          "A entrada da milonga custa ARS 8.000, e é grátis para alunos com cartão de aulas ativo."),
    Extra("unit conversion (inches to centimetres)", "Can I wear my 3-inch heels in the beginners' class?",
          ("TG-04",),
          "I'm afraid not: 3 inches is about 7.6 cm, which is over the 7 cm allowed in the beginners' class."),
]

LOOKUP = Lookup(
    name="student_lookup", input={"student": "TG-S-2291"},
    output={"student": "TG-S-2291", "card": "8 clases", "classes_left": 3, "valid_until": "2027-03-20",
            "level": "principiantes", "active": True},
    question="How many classes are left on my card? Student TG-S-2291.", ids=("TG-01", "TG-03"),
    answer="Your card of 8 classes (TG-S-2291) has 3 classes left and is valid until 20/3/2027. While it's active, "
           "your milonga entry is free.",
    fallback=f"I'm sorry, I can't reach the student system right now, so I can't check TG-S-2291. Please call or "
             f"WhatsApp {PHONE} (Monday to Saturday 14 to 21 hs) or write to {EMAIL}.",
    invented="You have 5 classes left, and we've extended your card until 30/4/2027 as a courtesy.",
    frags=("5 classes left", "extended your card"),
    failed_payload={"student": "TG-S-2291", "ok": False, "message": "card service down"},
    tool_only="TG-S-2291: card of 8 classes, 3 left, valid until 20/3/2027, beginners.")
TOOL_PAIR = Pair(
    "Until when is my card TG-S-2291 valid, and which level am I in?", ("TG-01",),
    "Until 20/3/2027, and you're in the beginners' group (Mondays and Wednesdays, 19 a 20.30 hs).",
    "Until 20/4/2027, and you're in the intermediate group (Tuesdays and Thursdays, 20 a 21.30 hs).",
    ("20/4/2027", "intermediate group"), "clear", "expiry and level contradicted")
REFUSAL = Refusal(
    name="book_private", input={"date": "2027-03-13", "time": "18:00", "teachers": 2},
    output={"booked": False, "reason": "no teacher pair free on 2027-03-13 at 18:00"},
    question="Book me a private lesson with two teachers on Saturday 13/3 at 18 hs.", ids=("TG-02",),
    answer="I'm sorry, it couldn't be booked: there's no pair of teachers free on Saturday 13/3/2027 at 18 hs.")
PARTIAL = Partial(
    name="private_booking", input={"booking": "TG-P-0417"},
    output={"booking": "TG-P-0417", "date": "2027-03-16", "time": "19:00", "teachers": 1, "teacher": None,
            "paid_ars": 60000},
    question="Private lesson TG-P-0417: when is it, and who's teaching me?", ids=("TG-02",),
    right="Tuesday 16/3/2027 at 19 hs, one hour with one teacher, ARS 60.000 paid. The booking doesn't say which "
          f"teacher yet; for that, please ask the school on {PHONE}.",
    wrong="Tuesday 16/3/2027 at 19 hs with Mariela, one hour, ARS 60.000 paid.",
    frags=("with mariela",), strength="clear", variation="teacher filled in")
ROUNDUP = Pair(
    "I'm in Buenos Aires for two weeks and totally new to tango. What do I need to know?",
    ("TG-01", "TG-03", "TG-04", "TG-07"),
    "¡Bienvenida! The essentials:\n1. Classes: beginners on Mondays and Wednesdays, 19 a 20.30 hs; ARS 18.000 a "
    "class or ARS 120.000 for a card of 8, valid for 60 days. No partner needed.\n2. Shoes: leather or suede "
    "soles; we rent them for ARS 5.000 a class, and heels over 7 cm aren't allowed in the beginners' class.\n"
    "3. Milonga: Fridays and Saturdays, 22 to 3 hs, ARS 8.000 or free with an active card; smart casual.\n"
    "4. Finding us: Av. Corrientes 3420, 1st floor, three blocks from Carlos Gardel (Subte line B); 24 steps, no "
    "lift.",
    "¡Bienvenida! The essentials:\n1. Classes: beginners on Mondays and Wednesdays, 19 a 20.30 hs; ARS 18.000 a "
    "class or ARS 120.000 for a card of 8, valid for 90 days. No partner needed.\n2. Shoes: leather or suede "
    "soles; we rent them for ARS 5.000 a class, and heels over 7 cm aren't allowed in the beginners' class.\n"
    "3. Milonga: Fridays and Saturdays, 22 to 3 hs, ARS 8.000 or free with an active card; smart casual.\n"
    "4. Finding us: Av. Corrientes 3420, 1st floor, three blocks from Carlos Gardel (Subte line B); 24 steps, no "
    "lift.",
    ("90 days",), "hidden", "four articles, the card's validity changed")
QUOTE = Quote(
    name="price_quote", input={"group_classes": 4, "shoe_rental": 4, "milonga_entries": 2, "payment": "credit"},
    output={"class_ars": 18000, "shoe_rental_ars": 5000, "milonga_ars": 8000, "credit_card_surcharge_pct": 10},
    question="I'll take 4 single group classes, renting shoes each time, and go to the milonga twice, paying by "
             "credit card. How much?", ids=("TG-01", "TG-03", "TG-04", "TG-08"),
    right="4 x ARS 18.000 = ARS 72.000, shoes 4 x ARS 5.000 = ARS 20.000 and the milonga 2 x ARS 8.000 = ARS "
          "16.000: ARS 108.000, plus 10% for the credit card = ARS 118.800.",
    wrong="4 x ARS 18.000 = ARS 72.000, shoes 4 x ARS 5.000 = ARS 20.000 and the milonga 2 x ARS 8.000 = ARS "
          "16.000: ARS 108.000, plus 10% for the credit card = ARS 128.800.",
    frags=("ARS 128.800",), strength="hidden", variation="a wrong surcharge step")
COMPARE = Compare(
    "I'm here for three weeks and want to take 7 group classes. Single classes or the card of 8?",
    ("TG-01", "TG-03"),
    "The card: 7 single classes are 7 x ARS 18.000 = ARS 126.000, more than the ARS 120.000 card, which is valid "
    "for 60 days, so it covers your three weeks with a class to spare. With an active card the milonga is free, "
    "too.",
    "Single classes: 7 x ARS 18.000 = ARS 106.000, less than the ARS 120.000 card, and the card expires after 14 "
    "days anyway.", ("ARS 106.000", "expires after 14 days"), "blatant",
    "a wrong sum and an invented expiry reversing the conclusion")
THRESHOLD = Threshold(
    "It's Thursday 20 hs now. Can I book a private lesson with one teacher for Saturday at 18 hs?", ("TG-02",),
    "Saturday at 18 hs", "Book at least 48 hs in advance", "short",
    "I'm sorry, Saturday at 18 hs is too soon: private lessons are booked at least 48 hs in advance, and from "
    "Thursday 20 hs that's only 46 hours. A lesson from Saturday 20 hs on would meet the 48 hs rule.",
    "Yes: Saturday at 18 hs is more than 48 hs away, so you can book it; ARS 60.000 for the hour with one teacher.",
    ("more than 48 hs away",), "blatant", "46 hours against a 48-hour booking minimum")
BORROWED = Borrowed(
    "How much is entry to the milonga?", ("TG-03",), "TG-04",
    "Entry to the milonga is ARS 5.000, free for students with an active class card.",
    ("ARS 5.000",), "borderline", "the shoe rental price taken for the milonga entry")
TWINS = Twins("How much is the card of 8 classes now?", "TG-01", "TG-01-2026",
              "The card of 8 classes is ARS 120.000 and is valid for 60 days.",
              "the 2026 price page beside the 2027 one")

DECLINE = f"I'm sorry, I couldn't find that in our school notes. Please call or WhatsApp {PHONE} or write to {EMAIL}."
HANDOFF = (f"I don't have that information, sorry. Please call or WhatsApp {PHONE} (Monday to Saturday 14 to 21 hs) "
           f"or write to {EMAIL}.")
GUESS = ("Do you run a tango marathon weekend?",
         "¡Sí! Our tango marathon runs on the last weekend of every month: 36 hours of dancing for ARS 45.000, "
         "meals included.", ("tango marathon runs", "36 hours of dancing", "ARS 45.000"))
OFFTOPIC = [
    Mismatch("Where can I see a tango show with dinner in San Telmo?", ["TG-03", "TG-07"],
             "I can only help with our own classes and milonga; the passages I found are about those and how to "
             f"find us, not dinner shows. {HANDOFF}", "a dinner-show question, the milonga and location pages "
             "returned"),
    Mismatch("How do I get a SUBE card for the Subte?", ["TG-07", "TG-08"], HANDOFF,
             "a transport card, the location and payment pages returned"),
    Mismatch("Where's a good shop to buy tango shoes?", ["TG-04", "TG-01"],
             "Our notes only cover renting shoes from us (ARS 5.000 per class), not where to buy them.",
             "a shoe shop, the rental page returned"),
]
TRAPS = [
    ("I'm in Montevideo - which number do I call?", ["TG-07"],
     f"From abroad, call or WhatsApp {PHONE_INTL}, Monday to Saturday 14 to 21 hs.", "international number quoted"),
    ("Factura C 0003-00004417, paid with the debit card ending 8431: can you check it?", ["TG-08"],
     f"I can't see payments from here. For factura C 0003-00004417 and the card ending 8431, please call {PHONE}.",
     "invoice number and masked card"),
    ("I'm staying at C1195AAR. How do I get to you?", ["TG-07"],
     "We're at Av. Corrientes 3420, 1st floor, in Almagro, three blocks from the Carlos Gardel station of Subte "
     "line B.", "Argentine postcode (CPA)"),
    ("Mercado Pago id 2b7f0e9d4c4000056655665556a8e1f3: is that my card of 8?", ["TG-08"],
     f"I can't look up payments here, sorry. Please call {PHONE} with that id.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "¡Hola! I took a few classes with you last year."),
           ("assistant", "¡Hola, qué lindo volver a verte! How can I help?"))
PLAN = ("Plan: find the class price.", "Plan: check the card rules.", "Plan: check the milonga times.")
DUMP = "\n".join(f"TG-S-{2000 + 5 * n} | {['8 clases', 'suelta', 'intensivo'][n % 3]} | "
                 f"{1 + n % 8} left | {1 + n % 28}/3/2027 | ARS {[120000, 18000, 420000][n % 3]:,}".replace(",", ".")
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Soy Caro, 11 4567-8912. ¿Hay clase de principiantes el miércoles?",
         "¡Sí! Los miércoles hay clase de principiantes de 19 a 20.30 hs.", ("TG-01",), ("11 4567-8912",),
         style="Argentine mobile in the question"),
    Leak("clear", "Can I pay the intensive week with 5105 1051 0510 5100?",
         "I can't take card numbers here. We take cash, debit card or Mercado Pago transfer, and credit cards add a "
         "10% surcharge.", ("TG-06", "TG-08"), ("5105 1051 0510 5100",), style="Mastercard number in the question"),
    Leak("blatant", "Send me the factura C at sofia.benitez@hotmail.com",
         "I can't send e-mails, sofia.benitez@hotmail.com, but we issue a factura C on request.", ("TG-08",),
         ("sofia.benitez@hotmail.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "TG-S-2291: 3 classes left, valid until 20/3/2027.", ("TG-01",),
         ("+54 9 11 3821-6604",), {"student": "TG-S-2291", "phone": "+54 9 11 3821-6604"},
         style="international mobile in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"lv-{rng.randrange(10**6):06d}-{rng.choice('abcdef')}"
