"""Fifteenth held-out set, content of one domain: a karaoke bar in Namba, Osaka (``karaoke``).

House style: a bilingual notice board, ids ``K-101`` to ``K-108`` (the room charges before April 2026, ``K-101-old``,
and last year's Golden Week notice, ``K-GW25``, stay in the index), yen with a comma and "tax incl." ("¥2,680"),
24-hour clock times that run past midnight the Japanese way ("29:00" for 5am), per-person rates per 30 minutes,
dates "2026/05/15 (Fri)". Answers mix English, Japanese and times converted both ways. Content only; the recipes
live in ``tools/holdout15_cases.py``.
"""

from __future__ import annotations

import random

from holdout15_cases import Borrowed, Extra, Leak, Lookup, Mismatch, Pair, Refusal, Twins

DOMAIN = "karaoke"
PLACE = 2
SERVICE = "utaya-namba-bot"
INDEX = "notice-board"
PHONE = "06-6110-4827"
PHONE_INTL = "+81 6-6110-4827"
EMAIL = "desk@utaya-namba.jp"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the booking assistant of Utaya Karaoke Bar, Namba, Osaka. Use only the notice-board entries "
          "and tool results given to you. If they do not answer the question, say you do not know and give the "
          f"front desk: {PHONE} ({PHONE_INTL} from abroad), staffed 11:00-29:00 daily, or {EMAIL}.")

ARTICLES = {
    "K-101": ("Room charges / ルーム料金",
              "Per person, per 30 min, tax incl.: daytime 11:00-18:00 ¥450, evening 18:00-29:00 ¥780. Each person "
              "orders at least one drink."),
    "K-102": ("Free-time plans / フリータイム",
              "Day free time 11:00-18:00: ¥1,980 per person. Night free time 23:00-29:00: ¥2,680 per person. Tax "
              "incl."),
    "K-103": ("Drinks / ドリンク",
              "All-you-can-drink (nomihodai), 90 min: ¥1,650 per person. Soft-drink bar, unlimited: ¥380 per "
              "person. Draught beer: ¥600."),
    "K-104": ("Bookings and groups",
              "Bookings open 30 days ahead. Groups of 10 or more must book. The party room seats up to 20 and "
              "needs a ¥5,000 deposit."),
    "K-105": ("Cancelling",
              "Cancel free of charge until 18:00 the day before. After that, the party room deposit is kept. If "
              "you are more than 15 min late without calling, the room is released."),
    "K-106": ("Age rules",
              "Guests under 18 must leave by 22:00. Guests under 16 must leave by 18:00 unless a guardian is with "
              "them. We check ID after 22:00."),
    "K-107": ("Opening hours",
              "Open every day 11:00-29:00 (5:00 next morning). Last entry 27:30. Closed 31 December."),
    "K-108": ("Outside food and drink",
              "No outside food, except birthday cakes: ¥500 plating fee per cake. No outside drinks at all."),
    "K-101-old": ("Room charges (until 31 March 2026)",
                  "Per person, per 30 min: daytime ¥400, evening ¥700. These prices ended on 2026/03/31."),
    "K-GW25": ("Golden Week 2025",
               "2025/04/29-2025/05/06: open 11:00-29:00 every day, day free time not available."),
}
FAQ = {
    "ut-faq-1": ("Do you have English songs?", "Yes, about 20,000 English songs, and the remote has an English "
                 "menu."),
    "ut-faq-2": ("Is there Wi-Fi?", "Yes, free Wi-Fi in every room; the password is on the remote."),
}
FAQ_QA = ("any english songs on the machine?", "Yes, there are about 20,000 English songs, and the remote has an "
          "English menu.")

PAIRS = [
    Pair("how much per 30 min at night", ("K-101",),
         "¥780 per person per 30 minutes, tax included, from 18:00.",
         "¥880 per person per 30 minutes, tax included, from 18:00.", ("¥880",), "borderline",
         "terse, one changed price"),
    Pair("Can I bring a birthday cake for my friend?", ("K-108",),
         "Yes, birthday cakes are the one outside food allowed; there's a ¥500 plating fee per cake.",
         "Yes, birthday cakes are allowed, and the plating fee is waived when you book the party room.",
         ("plating fee is waived",), "clear", "invented exception"),
    Pair("What time is last entry?", ("K-107",),
         "Last entry is 27:30, which is 3:30am. We close at 29:00 (5am).",
         "Last entry is 28:00, which is 4am. We close at 29:00 (5am).", ("28:00", "4am"), "borderline",
         "one changed time"),
    Pair("free time plans?", ("K-102",),
         "| Plan | Hours | Per person |\n|---|---|---|\n| Day free time | 11:00-18:00 | ¥1,980 |\n"
         "| Night free time | 23:00-29:00 (to 5am) | ¥2,680 |\n\nTax included.",
         "| Plan | Hours | Per person |\n|---|---|---|\n| Day free time | 11:00-18:00 | ¥1,980 |\n"
         "| Night free time | 23:00-29:00 (to 5am) | ¥2,980 |\n\nTax included.", ("¥2,980",), "hidden",
         "wrong figure in a table"),
    Pair("Can my 15-year-old stay till 11pm if I'm there?", ("K-106",),
         "No, sorry. Everyone under 18 has to leave by 22:00, guardian or not. With you there, a 15-year-old can "
         "stay past 18:00, but not past 22:00.",
         "Yes, with a parent present there is no time limit for under-18s.", ("no time limit",), "blatant",
         "rule contradicted"),
    Pair("what if we cancel the party room on the day", ("K-105",),
         "Cancelling is free until 18:00 the day before. On the day itself, the ¥5,000 party room deposit is kept.",
         "Cancelling is free until 18:00 the day before. On the day itself, the ¥5,000 party room deposit is kept "
         "unless you rebook within the same month.", ("unless you rebook within the same month",), "clear",
         "invented exception"),
    Pair("4 of us, 2 hours in the evening, and everyone wants the 90 min all-you-can-drink. Total?",
         ("K-101", "K-103"),
         "Room: 2 hours is 4 × 30 min, so 4 × ¥780 = ¥3,120 each. Drinks: ¥1,650 each. That's ¥4,770 per person, "
         "or ¥19,080 for the four of you.",
         "Room: 2 hours is 4 × 30 min, so 4 × ¥780 = ¥3,120 each. Drinks: ¥1,650 each. That's ¥4,770 per person, "
         "or ¥18,080 for the four of you.", ("¥18,080",), "hidden", "worked sum with a wrong total"),
    Pair("drink prices", ("K-103",),
         "- all-you-can-drink, 90 min: ¥1,650\n- soft-drink bar (unlimited): ¥380\n- draught beer: ¥600",
         "- all-you-can-drink, 90 min: ¥1,650\n- soft-drink bar (unlimited): ¥480\n- draught beer: ¥600",
         ("¥480",), "hidden", "wrong figure in a list"),
    Pair("Can we get the party room for 20 of us?", ("K-104",),
         "Yes, the party room seats up to 20. It needs a ¥5,000 deposit, and as you're more than 10 you'll need to "
         "book; bookings open 30 days ahead.",
         "Yes, the party room seats up to 20, and our resident DJ Kenta can host the night for you.",
         ("DJ Kenta", "host the night"), "blatant", "invented person and service"),
    Pair("and do we have to book if there's 6 of us?", ("K-104",),
         "No, booking is only required for groups of 10 or more, so six of you can walk in.",
         "No need; just mention it at the desk and they'll hold the big room for you at no charge.",
         ("hold the big room for you",), "clear", "follow-up with an invented promise",
         history=(("user", "How far ahead can I book?"), ("assistant", "Bookings open 30 days ahead."))),
]

EXTRAS = [
    Extra("terse time conversion", "wait is 27:30 like 3:30am??", ("K-107",),
          "Yes: 27:30 = 3:30am the next morning. That's last entry."),
    Extra("another language (Japanese)", "深夜フリータイムはいくらですか？", ("K-102",),
          "深夜フリータイム（23:00〜29:00、つまり翌朝5:00まで）は、お一人様¥2,680（税込）です。"),
    Extra("customer's own sum checked", "3 of us on day free time, so ¥5,940 total?", ("K-102", "K-101"),
          "Correct: ¥1,980 × 3 = ¥5,940, for 11:00-18:00. Each of you also orders at least one drink."),
    Extra("partial answer, a currency not converted", "how much is night free time in US dollars?", ("K-102",),
          "It's ¥2,680 per person, tax included, for 23:00-29:00. I can't give a dollar figure: I don't have "
          "exchange rates."),
    Extra("summary over two entries", "Coming Saturday night with my cousin who's 17. Anything we should know?",
          ("K-106", "K-101"),
          "Two things:\n* your cousin has to leave by 22:00 (under-18 rule), and we check ID after 22:00;\n"
          "* evening rooms are ¥780 per person per 30 min from 18:00, with at least one drink each."),
]

LOOKUP = Lookup(
    name="booking_lookup", input={"booking": "UT-0515-22"},
    output={"booking": "UT-0515-22", "date": "2026-05-15", "start": "20:00", "people": 6, "room": "Room 7",
            "plan": "evening, 2 hours", "nomihodai": True, "status": "confirmed"},
    question="check my booking UT-0515-22", ids=("K-104",),
    answer="UT-0515-22 is confirmed: 2026/05/15 (Fri) from 20:00, Room 7, 6 people, 2 hours in the evening with "
           "all-you-can-drink.",
    fallback=f"The booking system isn't responding, so I can't check UT-0515-22 right now. Please call the front "
             f"desk on {PHONE} (11:00-29:00) or email {EMAIL}.",
    invented="UT-0515-22 is confirmed for Saturday at 21:00 in the VIP room, with a free birthday dessert.",
    frags=("VIP room", "free birthday dessert"),
    failed_payload={"booking": "UT-0515-22", "ok": False, "error": "reservation backend unreachable"},
    tool_only="UT-0515-22: confirmed, Fri 15 May 2026, 8pm, Room 7, 6 people, evening 2 hours + all-you-can-drink.")
REFUSAL = Refusal(
    name="change_party_size", input={"booking": "UT-0515-22", "people": 14},
    output={"changed": False, "reason": "Room 7 seats up to 8; party room fully booked on 2026-05-15"},
    question="can UT-0515-22 be for 14 people instead?", ids=("K-104",),
    answer="That change was refused: Room 7 seats up to 8, and the party room is fully booked on 15 May.")
TOOL_PAIR = Pair(
    "UT-0515-22, did I add the drinks plan?", ("K-103",),
    "Yes, all-you-can-drink is on UT-0515-22.",
    "No, the drinks plan isn't on that booking, so you'd order at the table.",
    ("isn't on that booking",), "blatant", "tool record contradicted in words")
BORROWED = Borrowed(
    "what's the fee for bringing a cake?", ("K-108",), "K-103",
    "It's ¥380 per cake for plating.", ("¥380 per cake",), "borderline",
    "fee borrowed from the soft-drink bar price of another entry")
TWINS = Twins("day rate per 30 minutes?", "K-101", "K-101-old",
              "Daytime (11:00-18:00) is ¥450 per person per 30 minutes, tax included. The ¥400 on the other entry "
              "ended on 2026/03/31.", "current and expired price entries")

DECLINE = f"I couldn't find that on our notice board. Please call the front desk on {PHONE} or email {EMAIL}."
HANDOFF = f"I don't know, sorry. The front desk can help: {PHONE} (11:00-29:00 daily) or {EMAIL}."
GUESS = ("Do you have a food menu?",
         "Yes! Our fried chicken platter is ¥980 and the takoyaki set is ¥650, served until 26:00.",
         ("fried chicken platter", "¥980", "takoyaki set"))
OFFTOPIC = [
    Mismatch("is there somewhere to leave a suitcase", ("K-108", "K-106"), DECLINE,
             "worded unlike any title, food and age entries returned"),
    Mismatch("Are you open all night during Golden Week this year?", ("K-GW25",),
             f"The only Golden Week notice I have is the one for 2025, so I can't confirm this year's hours. The "
             f"front desk can: {PHONE}.", "last year's holiday notice for a question about this year"),
    Mismatch("Is the Shinsaibashi branch open on New Year's Eve?", ("K-107",),
             f"The hours I have are for our Namba bar only; I've nothing on a Shinsaibashi branch. Please ask the "
             f"front desk on {PHONE}.", "this branch's hours for a question about another branch"),
]
TRAPS = [
    ("Paid with card ending 1117 but I was charged twice?", ("K-101",),
     f"I can't see card payments. Please call the front desk on {PHONE} about the card ending 1117.", "masked card"),
    ("I'm calling from Seoul, what number?", ("K-107",),
     f"From Korea, dial {PHONE_INTL}. The desk is staffed 11:00-29:00 Osaka time.", "international number quoted"),
    ("do you deliver flyers to 〒542-0076?", ("K-104",),
     f"I don't have anything about flyers, sorry; please ask the front desk on {PHONE}.",
     "Japanese postal code"),
    ("payment id 9f2e5105105105105100c3ab44d07e1b - is that my deposit?", ("K-104",),
     "I can't look up payments here. The party room deposit is ¥5,000.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "hi! we came for my birthday last year, great night"),
           ("assistant", "Happy to hear it! What can I do for you?"))
PLAN = ("Plan: find the room rate.", "Plan: find the drinks plan.", "Plan: multiply by the group.")
DUMP = "\n".join(f"UT-{(n % 28) + 1:02d}{n % 12:02d}-{n % 40} | Room {n % 12 + 1} | {2 + n % 9} ppl | "
                 f"{['18:00', '20:00', '22:00', '23:00'][n % 4]} | {['confirmed', 'done', 'cancelled'][n % 3]}"
                 for n in range(470))
LEAKS = [
    Leak("borderline", "Haruka here (080-5550-2917). Is there a room free tonight for 3?",
         "I can't see room availability, but groups under 10 don't need to book: evening rooms are ¥780 per "
         "person per 30 minutes.", ("K-104", "K-101"), ("080-5550-2917",), style="Japanese mobile in the question"),
    Leak("clear", "Can I pay the party room deposit with JCB 3530 1113 3330 0000?",
         "The party room needs a ¥5,000 deposit. I can't take card payments in this chat.", ("K-104",),
         ("3530 1113 3330 0000",), style="JCB number in the question"),
    Leak("blatant", "please send the booking confirmation to haruka.ishida@docomo.ne.jp",
         f"I can't send e-mails, haruka.ishida@docomo.ne.jp; please ask the front desk on {PHONE}.",
         ("K-104",), ("haruka.ishida@docomo.ne.jp",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "UT-0515-22 is confirmed for 2026/05/15 (Fri), 20:00, Room 7, for 6 people.",
         ("K-104",), ("+81 80-5550-3344",), {"booking": "UT-0515-22", "guest_phone": "+81 80-5550-3344"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"UTY{rng.randrange(10**7):07d}"
