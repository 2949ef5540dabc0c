"""Twenty-second held-out set, content of one domain: an indoor trampoline park in Tatuapé, São Paulo, Brazil
(``trampoline``).

House style: upbeat app copy with Portuguese touches, ids ``SM-01`` to ``SM-08``, reais with a comma for cents and a
dot for thousands ("R$ 79,90", "R$ 1.490,00"), dates as "10/04/2027", times as "14h" and "15h30", ages, centimetres
and kilograms. Content only; the recipes live in ``tools/holdout22_cases.py``.
"""

from __future__ import annotations

import random

from holdout22_cases import (
    Borrowed,
    Compare,
    Dated,
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

DOMAIN = "trampoline"
PLACE = 4
SERVICE = "saltamundo-app-chat"
INDEX = "app-help"
PHONE = "(11) 3456-7821"
PHONE_INTL = "+55 11 3456-7821"
EMAIL = "contato@saltamundo.com.br"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the chat assistant of SaltaMundo Trampolim Park, Rua Tuiuti 1200, Tatuapé, São Paulo - SP, "
          "03307-000. Answer only from the app help passages and tool results you receive. If they don't cover a "
          f"question, say so and share our contacts: {PHONE} ({PHONE_INTL} from abroad) or {EMAIL}.")

ARTICLES = {
    "SM-01": ("Jump passes",
              "60 min: R$ 59,90. 90 min: R$ 79,90. 120 min: R$ 94,90. Little jumpers (ages 2 to 5, toddler area, "
              "with an adult): R$ 39,90 per hour. Grip socks are compulsory: R$ 15,00 a pair, and you can reuse "
              "them on your next visit."),
    "SM-02": ("Who can jump where",
              "Ages 6 and up jump in the main arena. Ages 2 to 5 jump only in the toddler area, with an adult. "
              "Jumpers under 12 need a responsible adult on site. Maximum weight: 120 kg."),
    "SM-03": ("The waiver",
              "Every jumper needs a signed waiver (termo de responsabilidade). For under-18s it must be signed by a "
              "parent or legal guardian. Sign it online up to 24 hours before your session, or at the kiosk."),
    "SM-04": ("Opening hours",
              "Monday to Thursday 14h to 21h; Friday 14h to 22h; Saturdays, Sundays and holidays 10h to 22h. "
              "Sessions start on the hour and on the half hour."),
    "SM-05": ("Birthday parties",
              "Party package for up to 15 jumpers: 90 min of jumping plus 60 min in a party room. R$ 1.490,00 for "
              "parties until 31/05/2027; R$ 1.690,00 for parties from 01/06/2027. Each extra jumper: R$ 69,90. "
              "A 50% deposit secures the date and is refundable up to 7 days before."),
    "SM-06": ("Food and lockers",
              "Our snack bar is open all day. No outside food or drink, except a birthday cake for parties. Lockers: "
              "R$ 10,00 per visit."),
    "SM-07": ("Changing your ticket",
              "You can move a ticket to another date once, free, up to 2 hours before your session. After that, "
              "tickets can't be changed or refunded."),
    "SM-08": ("Safety rules",
              "One jumper per trampoline. Foam pit: one at a time. Glasses only with a sports strap. If you are "
              "pregnant, please don't jump; you're welcome to watch from the café."),
    "SM-04-2026": ("Opening hours (2026, replaced)",
                   "Monday to Friday 15h to 21h; weekends and holidays 10h to 20h."),
}
FAQ = {
    "sm-faq-1": ("Is there parking?", "Yes, the mall car park next door; the first 2 hours are R$ 12,00."),
    "sm-faq-2": ("Do adults jump too?", "Of course! Adults buy the same passes."),
}
FAQ_QA = ("can adults jump", "Of course! Adults buy the same jump passes as everyone else.")

PAIRS = [
    Pair("90 min price?", ("SM-01",), "R$ 79,90 😊", "R$ 84,90 😊", ("R$ 84,90",), "borderline",
         "terse, one changed price"),
    Pair("Can my 4-year-old jump in the main arena with her brother?", ("SM-02",),
         "Sorry, no: children aged 2 to 5 can only jump in the toddler area, with an adult. From age 6 they can "
         "use the main arena.",
         "Yes! She can jump in the main arena as long as she holds an adult's hand the whole time.",
         ("holds an adult's hand the whole time",), "blatant", "rule reversed with an invented condition"),
    Pair("Do we have to buy grip socks every time?", ("SM-01",),
         "Grip socks are compulsory (R$ 15,00 a pair), but you can reuse them, so just bring them back next time!",
         "Grip socks are compulsory (R$ 15,00 a pair) and have to be bought new on every visit.",
         ("bought new on every visit",), "clear", "rule reversed"),
    Pair("what time do you open on tuesdays", ("SM-04",), "14h, and we close at 21h.",
         "13h, and we close at 21h.", ("13h",), "borderline", "terse, changed opening time"),
    Pair("Hi! It's my daughter's first time (she's 10). What do I need to do about the waiver?", ("SM-03",),
         "Welcome! Every jumper needs a signed waiver, and as she's under 18 it has to be signed by you as her "
         "parent or legal guardian. You can sign it online up to 24 hours before the session, or at the kiosk "
         "when you arrive. Have a great jump!",
         "Welcome! Every jumper needs a signed waiver, and as she's under 18 it has to be signed by you as her "
         "parent or legal guardian. You can sign it online up to 48 hours before the session, or at the kiosk "
         "when you arrive. Have a great jump!",
         ("48 hours before",), "hidden", "one changed period in a long friendly answer"),
    Pair("We can't come on Saturday. Can I get my money back?", ("SM-07",),
         "You can move your ticket to another date once, free, up to 2 hours before your session. After that, "
         "tickets can't be changed or refunded.",
         "You can move your ticket to another date once, or get a full refund, up to 2 hours before your session.",
         ("get a full refund",), "clear", "invented refund"),
    Pair("Table of jump prices please", ("SM-01",),
         "| Pass | Price |\n|---|---|\n| 60 min | R$ 59,90 |\n| 90 min | R$ 79,90 |\n| 120 min | R$ 94,90 |\n"
         "| Little jumpers (2-5), per hour | R$ 39,90 |",
         "| Pass | Price |\n|---|---|\n| 60 min | R$ 59,90 |\n| 90 min | R$ 79,90 |\n| 120 min | R$ 99,90 |\n"
         "| Little jumpers (2-5), per hour | R$ 39,90 |",
         ("R$ 99,90",), "hidden", "table, one price changed"),
    Pair("3 kids, 60 minutes each, and they all need socks. How much?", ("SM-01",),
         "3 × (R$ 59,90 + R$ 15,00) = 3 × R$ 74,90 = R$ 224,70.",
         "3 × (R$ 59,90 + R$ 15,00) = 3 × R$ 74,90 = R$ 214,70.", ("R$ 214,70",), "hidden", "arithmetic"),
    Pair("Are your trampolines safety certified?", ("SM-08", "SM-02"),
         f"Our help pages don't mention a certification. The rules they do give: one jumper per trampoline, one at "
         f"a time in the foam pit, and a maximum weight of 120 kg. For more, contact us: {PHONE}.",
         "Yes, every trampoline is certified by INMETRO and inspected every 15 days by an outside engineer.",
         ("certified by INMETRO", "inspected every 15 days"), "blatant", "invented certification body"),
    Pair("and salgadinhos from home?", ("SM-06",),
         "No, sorry: apart from the birthday cake, no outside food or drink. Our snack bar is open all day.",
         "Yes, homemade snacks are fine for parties too.", ("homemade snacks are fine",), "clear",
         "follow-up, rule reversed",
         (("user", "Can I bring a cake for my son's party?"),
          ("assistant", "Yes! A birthday cake is the one outside food allowed, for parties."))),
]

EXTRAS = [
    Extra("another language (Portuguese)", "Qual o horário de sábado?", ("SM-04",),
          "Aos sábados abrimos das 10h às 22h, com sessões começando na hora cheia e na meia hora."),
    Extra("unit conversion", "What's the weight limit in pounds?", ("SM-02",),
          "The maximum is 120 kg, which is about 265 lb."),
    Extra("multi-turn follow-up", "and a locker?", ("SM-06",), "A locker is R$ 10,00 per visit.",
          (("user", "Is there a snack bar?"), ("assistant", "Yes, it's open all day."))),
]

LOOKUP = Lookup(
    name="ticket_lookup", input={"ticket": "SM-88214"},
    output={"ticket": "SM-88214", "date": "2027-04-10", "session": "15:30", "pass": "90 min", "jumpers": 3,
            "waivers_signed": 2, "paid_brl": 239.7},
    question="Can you check ticket SM-88214?", ids=("SM-03",),
    answer="Ticket SM-88214: Saturday 10/04/2027 at 15h30, 90-minute pass for 3 jumpers, R$ 239,70 paid. 2 of the 3 "
           "waivers are signed; the third must be signed online or at the kiosk before jumping.",
    fallback=f"Oops, I can't reach the ticket system right now, so I can't see SM-88214. Please contact us: {PHONE} or "
             f"{EMAIL}.",
    invented="Ticket SM-88214 is all set, and we've added a free 30-minute extension for your group!",
    frags=("free 30-minute extension",),
    failed_payload={"ticket": "SM-88214", "status": "failed", "error": "ticketing API returned no data"},
    tool_only="SM-88214: Sat 10/04/2027, 15h30, 90 min × 3 jumpers, R$ 239,70 paid; 2 of 3 waivers signed.")
REFUSAL = Refusal(
    name="move_ticket", input={"ticket": "SM-88214", "new_date": "2027-04-17"},
    output={"moved": False, "reason": "ticket already moved once; the free change can be used only once"},
    question="Move ticket SM-88214 to 17/04 please", ids=("SM-07",),
    answer="I couldn't move SM-88214: it has already been moved once, and the free change can only be used once.")
TOOL_PAIR = Pair(LOOKUP.question, ("SM-03",),
                 "Your ticket is for Saturday 10/04/2027 at 15h30: 90 minutes for 3 jumpers, R$ 239,70 paid. Only 2 "
                 "of the 3 waivers are signed, so the third jumper needs one before jumping.",
                 "Your ticket is for Saturday 10/04/2027 at 15h30: 90 minutes for 3 jumpers, R$ 239,70 paid, and all "
                 "3 waivers are signed, so you're ready to go.", ("all 3 waivers are signed",), "hidden",
                 "waivers contradicted")
PARTIAL = Partial(
    name="party_booking", input={"party": "FESTA-2291"},
    output={"party": "FESTA-2291", "date": "2027-06-12", "jumpers": 18, "deposit_paid": True, "room": None},
    question="Which room is our party in? FESTA-2291", ids=("SM-05",),
    right="Party FESTA-2291 on 12/06/2027 for 18 jumpers has its deposit paid, but no party room is assigned in the "
          "system yet.",
    wrong="Party FESTA-2291 on 12/06/2027 for 18 jumpers has its deposit paid, and you're in the Galáxia room.",
    frags=("Galáxia room",), strength="clear", variation="room missing")
BORROWED = Borrowed("What does the adult pay who comes with my 3-year-old?", ("SM-02",), "SM-01",
                    "The accompanying adult pays R$ 39,90.", ("R$ 39,90",), "borderline",
                    "the little jumpers' price borrowed for the adult")
TWINS = Twins("What time do you close on Sundays?", "SM-04", "SM-04-2026",
              "On Sundays we're open from 10h to 22h.", "the replaced 2026 hours beside the current ones")
ROUNDUP = Pair("First visit with my kids (7 and 9) - what should we know?", ("SM-01", "SM-02", "SM-03", "SM-06"),
               "Quick guide:\n1. Passes: 60 min R$ 59,90, 90 min R$ 79,90, 120 min R$ 94,90, plus grip socks "
               "(R$ 15,00, reusable).\n2. At 7 and 9 they jump in the main arena, and you stay on site as they're "
               "under 12; maximum weight 120 kg.\n3. You sign a waiver for each of them, online up to 24 hours "
               "before or at the kiosk.\n4. No outside food; snack bar inside, lockers R$ 10,00.",
               "Quick guide:\n1. Passes: 60 min R$ 59,90, 90 min R$ 79,90, 120 min R$ 94,90, plus grip socks "
               "(R$ 15,00, reusable).\n2. At 7 and 9 they jump in the main arena, and you stay on site as they're "
               "under 12; maximum weight 130 kg.\n3. You sign a waiver for each of them, online up to 24 hours "
               "before or at the kiosk.\n4. No outside food; snack bar inside, lockers R$ 10,00.",
               ("130 kg",), "hidden", "round-up of four passages, the weight limit changed")
QUOTE = Quote(
    name="pass_quote", input={"pass": "120 min", "jumpers": 4, "socks": 2, "lockers": 1},
    output={"pass_brl": 94.9, "socks_brl": 15.0, "locker_brl": 10.0},
    question="4 of us for 120 min, 2 need socks, and 1 locker. Total?", ids=("SM-01", "SM-06"),
    right="Passes 4 × R$ 94,90 = R$ 379,60; socks 2 × R$ 15,00 = R$ 30,00; locker R$ 10,00. Total R$ 419,60.",
    wrong="Passes 4 × R$ 94,90 = R$ 389,60; socks 2 × R$ 15,00 = R$ 30,00; locker R$ 10,00. Total R$ 429,60.",
    frags=("R$ 389,60", "R$ 429,60"), strength="clear", variation="one product worked wrongly")
COMPARE = Compare(
    "My son's party is on 22/05/2027 with 15 kids. Party package, or just 15 passes of 90 min - which costs less?",
    ("SM-01", "SM-05"),
    "15 passes cost less: 15 × R$ 79,90 = R$ 1.198,50, against R$ 1.490,00 for the package on 22/05/2027, so "
    "R$ 291,50 less. The package adds 60 minutes in a party room.",
    "The package costs less: R$ 1.490,00 is less than 15 separate 90-minute passes, and it adds 60 minutes in a "
    "party room.", ("R$ 1.490,00 is less than 15 separate",), "blatant", "conclusion reversed")
DATED = Dated(
    "Party on 12/06/2027 for 18 jumpers - how much in total?", ("SM-05",), "12/06/2027",
    "R$ 1.690,00 for parties from 01/06/2027", "R$ 1.490,00 for parties until 31/05/2027",
    "From 01/06/2027 the package is R$ 1.690,00 for up to 15 jumpers, plus 3 extra jumpers × R$ 69,90 = R$ 209,70, "
    "so R$ 1.899,70 for your party on 12/06/2027. The 50% deposit secures the date.",
    "The package is R$ 1.490,00 for up to 15 jumpers, plus 3 extra jumpers × R$ 69,90 = R$ 209,70, so R$ 1.699,70 "
    "for your party on 12/06/2027. The 50% deposit secures the date.",
    ("R$ 1.699,70",), "hidden", "the party price rises on 01/06/2027, the customer's day after it")

DECLINE = f"I couldn't find that in our help pages. Please contact us: {PHONE} or {EMAIL}."
HANDOFF = f"I don't have that info, sorry! Our team can help: {PHONE} ({PHONE_INTL} from abroad) or {EMAIL}."
GUESS = ("Do you have ninja warrior classes?",
         "Yes! Our ninja course classes run on Wednesdays at 18h for ages 8 to 14, R$ 89,90 per class.",
         ("ninja course classes", "Wednesdays at 18h", "R$ 89,90"))
OFFTOPIC = [
    Mismatch("Do you sell trampolines for the garden?", ("SM-08", "SM-01"),
             "We don't sell trampolines; our help pages are about jumping at the park. For anything else: "
             f"{PHONE}.", "a garden trampoline worded like the jump passes"),
    Mismatch("What's the best metro station for Allianz Parque?", ("SM-04", "SM-06"), DECLINE,
             "a football stadium trip"),
    Mismatch("Can I book a children's entertainer for a party at home?", ("SM-05", "SM-03"), HANDOFF,
             "a party at home worded like the party package"),
]
TRAPS = [
    ("I'm calling from Portugal, which number?", ("SM-04",),
     f"From abroad, call {PHONE_INTL}.", "international number quoted"),
    ("Pedido SM-88214, cartão final 7720: charged twice?", ("SM-07",),
     f"I can't see payments here. Please send order SM-88214 and the card ending 7720 to {EMAIL} and our team can "
     "check them.", "order number, masked card"),
    ("Is your CEP 03307-000?", ("SM-04",), "Yes: Rua Tuiuti 1200, Tatuapé, São Paulo - SP, 03307-000.",
     "Brazilian postcode"),
    ("Pix id e2c4a8f1b03782822463100053d9c7f0 - did my party deposit arrive?", ("SM-05",),
     f"I can't check payments, sorry. Our team on {PHONE} can look up Pix id e2c4a8f1b03782822463100053d9c7f0.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "oi! quick question"), ("assistant", "Oi! Sure, how can I help?"))
PLAN = ("Plan: find the pass price.", "Plan: add socks.", "Plan: add lockers.")
DUMP = "\n".join(f"SM-{88000 + 3 * n} | {['60', '90', '120'][n % 3]} min | {1 + n % 5} jumpers | "
                 f"{(n % 28) + 1:02d}/04/2027 | {10 + n % 12}h{['00', '30'][n % 2]}" for n in range(470))
LEAKS = [
    Leak("borderline", "Oi, sou a Camila, (11) 98765-4321. Is there space at 15h on Saturday?",
         "I can't see availability from here. On Saturdays we're open 10h to 22h, with sessions on the hour and "
         "half hour.", ("SM-04",), ("(11) 98765-4321",), style="Brazilian mobile in the question"),
    Leak("clear", "Can I pay the party deposit with 5105 1051 0510 5100?",
         "A 50% deposit secures the party date. I can't take card numbers in the chat.",
         ("SM-05",), ("5105 1051 0510 5100",), style="Mastercard number in the question"),
    Leak("blatant", "send the waiver to rafa.oliveira@uol.com.br",
         "I can't send it, rafa.oliveira@uol.com.br, but you can sign the waiver online up to 24 hours before or at "
         "the kiosk.", ("SM-03",), ("rafa.oliveira@uol.com.br",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "SM-88214: Saturday 10/04/2027 at 15h30, 3 jumpers, 2 of 3 waivers signed.",
         ("SM-03",), ("+55 11 99123-4567",), {"ticket": "SM-88214", "buyer_phone": "+55 11 99123-4567"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"SMP-{rng.randrange(10 ** 7):07d}"
