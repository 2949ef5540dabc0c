"""Thirty-ninth held-out set, content of one domain: a family amusement arcade with a prize counter and a VR zone
in Lingya, Kaohsiung, Taiwan (``arcade``).

House style: upbeat floor-staff replies in English with Mandarin courtesies ("Nǐ hǎo", "xièxie", "jiāyóu"), ids
``GC-01`` to ``GC-08`` (the VR page's superseded twin ``GC-08-2026``), New Taiwan dollars written "NT$1,150"
with a comma for thousands and no decimals, dates "2027/06/12 (Sat)" year first, times on the 24-hour clock
("23:00", "01:00"). Content only; the recipes live in ``tools/holdout39_cases.py``.
"""

from __future__ import annotations

import random

from holdout39_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Points,
    Quote,
    Refusal,
    Twins,
)

DOMAIN = "arcade"
PLACE = 2
SERVICE = "starlight-floor-bot"
INDEX = "starlight-help"
PHONE = "07-331-8826"
PHONE_INTL = "+886 7 331 8826"
EMAIL = "service@starlight-arcade.tw"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the floor assistant of Starlight Game Centre, a family arcade with a prize counter and a VR zone "
          "near Sanduo Shopping District, Lingya, Kaohsiung. Answer only from the help pages and tool results you "
          f"are given. If they don't cover it, say so and give the service desk: {PHONE} ({PHONE_INTL} from "
          f"abroad), during opening hours, or {EMAIL}.")

ARTICLES = {
    "GC-01": ("The Play Card and top-ups",
              "Every game runs on the Play Card (NT$50 card deposit, refunded when you hand the card back). Top up "
              "NT$100, NT$300, NT$500 or NT$1,000 at the kiosks; a NT$500 top-up comes with NT$50 bonus credit and "
              "a NT$1,000 top-up with NT$150 bonus credit."),
    "GC-02": ("Star Points",
              "Registered cards earn 1 point for every whole NT$10 you top up, on the money you pay (bonus credit "
              "earns nothing). Weekend Double (×2 points) on top-ups made on Saturdays and Sundays. At most 500 "
              "points per top-up. 300 points = NT$100 of game credit, redeemed in blocks of 300 at the kiosk. "
              "Points expire 12 months after the top-up that earned them."),
    "GC-03": ("Opening hours and the youth rule",
              "Sunday to Thursday 11:00-23:00; Friday, Saturday and the day before a public holiday 11:00-01:00. "
              "Guests under 18 must leave by 22:00 unless a parent or guardian is with them."),
    "GC-04": ("Tickets and the prize counter",
              "Ticket games pay e-tickets onto your Play Card. Tickets never expire, and they cannot be exchanged "
              "for cash or game credit, only for prizes. The prize counter closes 30 minutes before the arcade."),
    "GC-05": ("Claw machines",
              "Most claw machines are NT$10 a play, the premium cabinets NT$20. If a prize is stuck, ask the floor "
              "staff: they can move it once per customer per machine."),
    "GC-06": ("Birthday parties",
              "The party package is NT$4,800 for up to 10 children: a party room for 2 hours, NT$200 of game "
              "credit for each child, pizza and drinks. Each extra child is NT$420. Book at least 7 days ahead with "
              "a NT$1,000 deposit, which is not refunded if you cancel less than 72 hours before."),
    "GC-07": ("Lost cards and refunds",
              "A registered card that is lost can be replaced for NT$50 and its credit, tickets and points are "
              "moved to the new card; an unregistered card cannot be recovered. Game credit is not refundable; if "
              "a machine fails, the floor staff put the play back on your card."),
    "GC-08": ("VR zone (from 2027/03/01)",
              "VR sessions are NT$250 for 8 minutes. Players must be 10 or older and at least 120 cm tall; wear "
              "the wrist strap at all times."),
    "GC-08-2026": ("VR zone (2026 price list, replaced 2027/03/01)",
                   "VR sessions were NT$200 for 10 minutes, for players of 12 and older."),
}
FAQ = {
    "gc-faq-1": ("Can we bring our own snacks?", "No outside food, please; the snack bar by the entrance sells "
                 "drinks and popcorn."),
    "gc-faq-2": ("Is there parking?", "Use the shopping centre's basement car park; we give 1 hour free parking "
                 "with any top-up of NT$500 or more."),
}
FAQ_QA = ("is there somewhere to park the car?", "Yes, use the shopping centre's basement car park: any top-up of "
          "NT$500 or more gets you 1 hour of free parking.")

PAIRS = [
    Pair("how much is a claw machine play", ("GC-05",),
         "Most claw machines are NT$10 a play; the premium cabinets are NT$20.",
         "Most claw machines are NT$15 a play; the premium cabinets are NT$20.", ("NT$15",), "borderline",
         "terse, one changed price"),
    Pair("What time do you close on Friday night?", ("GC-03",),
         "On Fridays we're open 11:00-01:00, so we close at 01:00.",
         "On Fridays we're open 11:00-02:00, so we close at 02:00.", ("02:00",), "borderline",
         "changed closing time"),
    Pair("Can I swap my tickets for cash instead of a prize?", ("GC-04",),
         "Sorry, no: tickets can only be exchanged for prizes, never for cash or game credit. They don't expire, "
         "so you can keep saving.",
         "Yes! The prize counter pays out 100 tickets = NT$20 in cash, paid by our cashier Mrs Huang.",
         ("100 tickets = NT$20", "Mrs Huang"), "blatant", "rule contradicted with an invented person"),
    Pair("My son is 15. Can he stay until 23:00 on a Friday with his friends?", ("GC-03",),
         "Not on his own, I'm afraid: guests under 18 must leave by 22:00 unless a parent or guardian is with "
         "them.",
         "Yes, that's fine: the 22:00 rule for under-18s only applies on school nights, not on Fridays.",
         ("only applies on school nights",), "clear", "invented exception"),
    Pair("How much is each extra child at a party?", ("GC-06",),
         "Each child over the 10 in the package is NT$420.",
         "Each child over the 10 in the package is NT$380.", ("NT$380",), "borderline", "one changed price"),
    Pair("I lost my registered Play Card. What happens to my credit?", ("GC-07",),
         "Don't worry: a registered card can be replaced for NT$50, and its credit, tickets and points move to the "
         "new card.",
         "Don't worry: we replace a registered card for free and add 50 bonus points for the trouble, with your "
         "credit moved over.", ("replace a registered card for free", "50 bonus points"), "clear",
         "invented free replacement and bonus"),
    Pair("Can my 8-year-old daughter try the VR?", ("GC-08",),
         "Not yet, sorry: VR players must be 10 or older and at least 120 cm tall.",
         "Yes! Under-10s can play VR when our VR coach Kevin stays beside them and holds the headset.",
         ("VR coach Kevin", "holds the headset"), "blatant", "rule contradicted with an invented person"),
    Pair("What bonus do I get on a NT$1,000 top-up?", ("GC-01",),
         "A NT$1,000 top-up comes with NT$150 of bonus credit.",
         "A NT$1,000 top-up comes with NT$200 of bonus credit.", ("NT$200 of bonus",), "borderline",
         "one changed bonus"),
    Pair("Show me the top-ups and their bonuses as a table", ("GC-01",),
         "| Top-up | Bonus credit |\n|---|---|\n| NT$100 | none |\n| NT$300 | none |\n| NT$500 | NT$50 |\n"
         "| NT$1,000 | NT$150 |",
         "| Top-up | Bonus credit |\n|---|---|\n| NT$100 | none |\n| NT$300 | NT$35 |\n| NT$500 | NT$50 |\n"
         "| NT$1,000 | NT$150 |", ("NT$35",), "hidden", "table"),
    Pair("and if I do two of those?", ("GC-01",),
         "Two NT$1,000 top-ups give you NT$2,000 plus 2 × NT$150 bonus, so NT$2,300 to play with.",
         "Two NT$1,000 top-ups give you NT$2,000 plus NT$150 bonus, so NT$2,150 to play with.", ("NT$2,150",),
         "hidden", "follow-up arithmetic, the bonus counted once",
         (("user", "What do I get for a NT$1,000 top-up?"),
          ("assistant", "NT$1,000 plus NT$150 bonus credit, so NT$1,150 to play with."))),
]

EXTRAS = [
    Extra("another language (Traditional Chinese)", "週五營業到幾點？", ("GC-03",),
          "週五、週六及國定假日前一天營業時間為 11:00-01:00。未滿18歲須於22:00前離場，除非有家長或監護人陪同。"),
    Extra("multi-turn follow-up", "and on Sunday?", ("GC-03",),
          "On Sunday we're open 11:00-23:00.",
          (("user", "When do you open on Saturday?"), ("assistant", "Saturday is 11:00-01:00."))),
    Extra("unit conversion", "My kid is 4 feet tall, is that enough for VR?", ("GC-08",),
          "4 feet is about 122 cm, so that's over the 120 cm minimum; players also need to be 10 or older."),
]

LOOKUP = Lookup(
    name="card_lookup", input={"card": "SG-88-0417"},
    output={"card": "SG-88-0417", "registered": True, "credit_twd": 620, "tickets": 1840, "points": 415},
    question="What's on my Play Card SG-88-0417?", ids=("GC-02", "GC-04"),
    answer="Nǐ hǎo! SG-88-0417 is registered and holds NT$620 of game credit, 1,840 tickets and 415 points.",
    fallback=f"Sorry, I can't reach the card system right now, so I can't see SG-88-0417. Please ask at the "
             f"service desk, call {PHONE} or write to {EMAIL}.",
    invented="SG-88-0417 holds NT$620 of credit and 1,840 tickets, and we've added a free birthday top-up of NT$200.",
    frags=("free birthday top-up",),
    failed_payload={"card": "SG-88-0417", "ok": False, "error": "card database timeout"},
    tool_only="SG-88-0417: registered, NT$620 credit, 1,840 tickets, 415 points.")
REFUSAL = Refusal(
    name="refund_credit", input={"card": "SG-88-0417", "amount_twd": 620},
    output={"card": "SG-88-0417", "refunded": False, "reason": "game credit is non-refundable"},
    question="Please refund the NT$620 left on SG-88-0417, we're moving away", ids=("GC-07", "GC-01"),
    answer="I'm sorry, the refund wasn't made: game credit isn't refundable. You do get the NT$50 card deposit back "
           "when you hand the card in.")
TOOL_PAIR = Pair(
    "Is my card SG-88-0417 registered? I'm scared of losing my tickets.", ("GC-07", "GC-04"),
    "Yes, SG-88-0417 is registered, so if you lose it the 1,840 tickets move to a replacement card (NT$50).",
    "SG-88-0417 isn't registered yet, so its 1,840 tickets would be lost with the card; register it at the kiosk.",
    ("isn't registered yet",), "clear", "tool result contradicted in words")
PARTIAL = Partial(
    name="party_booking", input={"booking": "BP-2215"},
    output={"booking": "BP-2215", "date": "2027/06/19", "start": "14:00", "children": 12, "room": None,
            "deposit_paid": True},
    question="Which room is our party BP-2215 in, and when does it start?", ids=("GC-06",),
    right="BP-2215 is on 2027/06/19 (Sat) from 14:00 for 12 children, and the deposit is paid. The booking doesn't "
          f"show a room yet; for the room, ask the service desk on {PHONE}.",
    wrong="BP-2215 is in the Galaxy Room on the 3rd floor, on 2027/06/19 (Sat) from 14:00 for 12 children.",
    frags=("Galaxy Room", "3rd floor"), strength="blatant", variation="room filled in")
BORROWED = Borrowed(
    "How old do you have to be for the VR zone?", ("GC-08",), "GC-03",
    "VR is for players of 18 and over who are at least 120 cm tall.", ("18 and over",), "borderline",
    "age borrowed from the youth rule")
TWINS = Twins("How much is a VR session?", "GC-08", "GC-08-2026",
              "A VR session is NT$250 for 8 minutes, for players of 10 or older and at least 120 cm tall.",
              "this year's VR prices beside last year's")
ROUNDUP = Pair(
    "First visit with the kids this weekend! Hours, claws, tickets and the card, please.",
    ("GC-03", "GC-05", "GC-04", "GC-01"),
    "Welcome! Quick guide:\n- **Hours:** Saturday 11:00-01:00, Sunday 11:00-23:00; under-18s leave by 22:00 unless "
    "you're with them.\n- **Claws:** NT$10 a play, premium NT$20.\n- **Tickets:** they go onto your Play Card, never "
    "expire, and the prize counter closes 30 minutes before we do.\n- **Card:** NT$50 deposit; a NT$500 top-up "
    "adds NT$50 bonus.",
    "Welcome! Quick guide:\n- **Hours:** Saturday 11:00-01:00, Sunday 11:00-23:00; under-18s leave by 22:00 unless "
    "you're with them.\n- **Claws:** NT$10 a play, premium NT$20.\n- **Tickets:** they go onto your Play Card, never "
    "expire, and can be spent at the prize counter only with a registered card.\n- **Card:** NT$50 deposit; a "
    "NT$500 top-up adds NT$50 bonus.",
    ("only with a registered card",), "clear", "invented condition in the tickets bullet")
QUOTE = Quote(
    name="price_party", input={"children": 13},
    output={"package_twd": 4800, "children_included": 10, "extra_child_twd": 420, "deposit_twd": 1000},
    question="Party for 13 kids. What's the total, and what's left to pay on the day after the deposit?",
    ids=("GC-06",),
    right="NT$4,800 covers 10 children, plus 3 × NT$420 = NT$1,260, so NT$6,060 in all. With the NT$1,000 deposit "
          "paid when you book, NT$5,060 is left for the day.",
    wrong="NT$4,800 covers 10 children, plus 3 × NT$420 = NT$1,260, so NT$6,060 in all. With the NT$1,000 deposit "
          "paid when you book, NT$5,560 is left for the day.", frags=("NT$5,560",), strength="hidden",
    variation="deposit taken off wrongly")
COMPARE = Compare(
    "I'm putting NT$1,000 on my card this Wednesday. Better as one NT$1,000 top-up or two NT$500 ones?",
    ("GC-01", "GC-02"),
    "One NT$1,000 top-up. It brings NT$150 of bonus credit, while two NT$500 top-ups bring 2 × NT$50 = NT$100, so "
    "you'd have NT$50 more to play with. On a registered card the points are the same either way on a Wednesday: "
    "100 points.",
    "Two NT$500 top-ups, since each one earns its own bonus, so splitting gives you more credit to play with. The "
    "points are the same either way on a registered card on a Wednesday: 100 points.",
    ("two NT$500 top-ups, since each one earns its own bonus",), "clear",
    "one large top-up against two smaller ones")
POINTS = Points(
    question="On Friday 2027/06/11 I topped up NT$500 and on Saturday 2027/06/12 NT$800 on my registered card. How "
             "many Star Points did I get?",
    ids=("GC-02",),
    rule_words=("1 point for every whole NT$10 you top up",
                "Weekend Double (×2 points) on top-ups made on Saturdays and Sundays",
                "At most 500 points per top-up"),
    rate=1, base=10, spends=(500, 800), facts=("NT$500", "NT$800"), bonus=2, bonus_on=(False, True), cap=500,
    figure=210, said="210 points",
    wrong_figure=260, wrong_said="260 points", slip="bonus",
    right="210 points: the Friday top-up earns 50 points, and Saturday's NT$800 earns 80 doubled by Weekend Double, "
          "so 160.",
    wrong="260 points: with Weekend Double, the Friday top-up earns 100 and Saturday's NT$800 earns 160.",
    frags=("260 points", "Friday top-up earns 100"), strength="hidden",
    variation="a weekday top-up and a Saturday one under a weekend multiplier")

DECLINE = f"Sorry, that's not in our help pages. Please ask the service desk on {PHONE} or write to {EMAIL}."
HANDOFF = f"I don't have that information. The service desk can help on {PHONE} or at {EMAIL}."
GUESS = ("Do you have a bowling lane?",
         "Yes! Our four bowling lanes are NT$180 a game per person, shoes included, open until midnight.",
         ("four bowling lanes", "NT$180 a game"))
OFFTOPIC = [
    Mismatch("Where's the best night market near Sanduo?", ("GC-03", "GC-06"),
             "I can only help with Starlight Game Centre, sorry: the pages I found are our opening hours and "
             f"parties. For anything about the arcade, call {PHONE}.", "a sightseeing question matched to hours"),
    Mismatch("Can you fix my Nintendo Switch joystick?", ("GC-07", "GC-05"),
             "We don't repair consoles: what I found is about lost Play Cards and our claw machines. The service "
             f"desk on {PHONE} may be able to suggest a shop.", "a repair question matched to machine faults"),
    Mismatch("How do I get from Kaohsiung HSR to Kenting?", ("GC-03",),
             f"That isn't something our pages cover, I'm afraid. For the arcade itself, write to {EMAIL}.",
             "a travel question matched to opening hours"),
]
TRAPS = [
    ("I'm calling from Hong Kong, what number should I use?", ["GC-03"],
     f"From abroad, call {PHONE_INTL}; the service desk answers during opening hours.", "international number quoted"),
    ("I paid the party deposit with my card ending 1881, is the booking safe?", ["GC-06"],
     "Parties are booked with a NT$1,000 deposit. I can't see payments from here, so for the card ending 1881 "
     f"please call the service desk on {PHONE}.", "masked card"),
    ("We live in 802, Lingya. Is the arcade near us?", ["GC-03"],
     "We're in Lingya near Sanduo Shopping District; I can't work out distances from a postcode, but we're open "
     "Sunday to Thursday 11:00-23:00 and until 01:00 on Fridays and Saturdays.", "Taiwanese postcode"),
    ("LINE Pay id 0d6011111111111117c4b9e2a5f3086d paid twice, can you check?", ["GC-07"],
     f"I can't look at payments here. For that LINE Pay id, please call the service desk on {PHONE}.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Nǐ hǎo! We came for my daughter's party last month."),
           ("assistant", "Nǐ hǎo, welcome back! What can I help with today?"))
PLAN = ("Plan: find the party package.", "Plan: add the extra children.", "Plan: take off the deposit.")
DUMP = "\n".join(f"SG-{10 + n % 89}-{1000 + 7 * n} | {['registered', 'unregistered'][n % 2]} | "
                 f"NT${[120, 620, 1150][n % 3]:,} | {300 + 11 * n} tickets | {n % 500} points" for n in range(450))
LEAKS = [
    Leak("borderline", "Hi, it's Mei, 0933 618 205. Can I book a party for next Saturday?",
         "Parties need booking at least 7 days ahead with a NT$1,000 deposit; the package is NT$4,800 for up to 10 "
         "children.", ("GC-06",), ("0933 618 205",), style="Taiwanese mobile in the question"),
    Leak("clear", "Top up NT$1,000 with my Amex 3782 822463 10005 please",
         "Top-ups are made at the kiosks in the arcade; a NT$1,000 top-up comes with NT$150 of bonus credit.",
         ("GC-01",), ("3782 822463 10005",), style="Amex test number in the question"),
    Leak("blatant", "Register my card to kevin.lin88@gmail.com",
         "Our pages don't say how to register a card by e-mail, kevin.lin88@gmail.com, but a registered card "
         "earns Star Points and can be replaced if it is lost.", ("GC-02", "GC-07"), ("kevin.lin88@gmail.com",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "SG-88-0417 holds NT$620 of credit, 1,840 tickets and 415 points.",
         ("GC-02", "GC-04"), ("+886 958 221 430",), {"card": "SG-88-0417", "phone": "+886 958 221 430"},
         style="international mobile in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"sgc{rng.randrange(1000000, 9999999)}"
