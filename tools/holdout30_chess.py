"""Thirtieth held-out set, content of one domain: a chess club with junior and adult groups in Kentron, Yerevan,
Armenia (``chess``).

House style: courteous club notices with Armenian greetings and terms in Latin letters ("Barev dzez",
"shnorhakalutyun", "mrtsashar" for a tournament), ids ``SHK-01`` to ``SHK-08`` (and the superseded ``SHK-03-old``),
drams with a space for thousands and the sign after the figure ("60 000 ֏"), dates with the weekday first and
points ("Wed 10.02.2027"), 24-hour times ("16:00"). Content only; the recipes live in ``tools/holdout30_cases.py``.
"""

from __future__ import annotations

import random

from holdout30_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Prorated,
    Quote,
    Refusal,
    Twins,
)

DOMAIN = "chess"
PLACE = 2
SERVICE = "ararat-knights-desk"
INDEX = "club-notices"
PHONE = "010 543217"
PHONE_INTL = "+374 10 543217"
EMAIL = "desk@araratknights.am"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You answer for the Ararat Knights Chess Club in Kentron, Yerevan. Use only the club notices and tool "
          "results provided. If they do not answer a question, say so politely and refer the person to the club "
          f"desk: {PHONE} ({PHONE_INTL} from abroad), Tue-Sun 12:00-21:00, or {EMAIL}.")

ARTICLES = {
    "SHK-01": ("Term fees",
               "The junior group term runs 12 weeks, from Mon 18.01.2027 to Sun 11.04.2027, and costs 60 000 ֏ "
               "for two 90-minute lessons a week. The adult evening group runs the same 12 weeks for 48 000 ֏, one "
               "lesson a week. A private lesson with a club coach is 10 000 ֏ per hour."),
    "SHK-02": ("Joining after the term has started",
               "A player who joins after the term has started pays only for the weeks left: the weeks are counted "
               "from the joining day to the last day of the term, each at the term fee divided by 12, and a week "
               "already started counts in full."),
    "SHK-03": ("Group schedule",
               "Juniors aged 7-11: Mon and Thu 16:00-17:30. Juniors aged 12-16: Tue and Fri 17:45-19:15. Adults: "
               "Wed 19:00-20:30. The Saturday catch-up class is at 12:00."),
    "SHK-03-old": ("Group schedule (autumn 2026)",
                   "Juniors aged 7-11: Tue and Thu 15:30-17:00. Juniors aged 12-16: Wed and Fri 17:30-19:00. "
                   "Adults: Mon 19:00-20:30."),
    "SHK-04": ("The monthly rapid tournament",
               "On the last Saturday of each month we hold a FIDE-rated rapid mrtsashar, 15 minutes plus 10 "
               "seconds a move, from 14:00. Entry is 3 000 ֏, or 2 000 ֏ for club members. Register at the desk "
               "by the Thursday before."),
    "SHK-05": ("Club membership and the club room",
               "Club membership is 8 000 ֏ a month and gives free use of the club room for casual play (Tue-Sun "
               "12:00-21:00) and the member entry to tournaments. Non-members pay 1 500 ֏ a visit to the club "
               "room. The club room is closed on Mondays."),
    "SHK-06": ("Missed lessons",
               "Missed lessons are not refunded. A junior can make up to 2 missed lessons a term in the Saturday "
               "catch-up class at no charge; tell the desk by the Friday before."),
    "SHK-07": ("Boards, clocks and books",
               "Boards and clocks are provided in every lesson. Scorebooks are 1 500 ֏ at the desk, and the "
               "\"Chess Steps\" workbook our juniors use is 6 500 ֏."),
    "SHK-08": ("Paying and the sibling discount",
               "Pay the term fee at the desk in cash or by card, or by bank transfer, before the first lesson. A "
               "second child of the same family gets 15% off their own term fee."),
}
FAQ = {
    "shk-faq-1": ("Does my child need to know the rules?", "No, the 7-11 group starts from how the pieces move."),
    "shk-faq-2": ("Can parents watch?", "Parents can watch the first lesson; after that, please wait in the club "
                  "room."),
}
FAQ_QA = ("my son has never played, can he still join?", "Yes, he doesn't need to know the rules: the 7-11 group "
          "starts from how the pieces move.")

PAIRS = [
    Pair("junior term price", ("SHK-01",), "60 000 ֏ for the 12-week term.", "65 000 ֏ for the 12-week term.",
         ("65 000 ֏",), "borderline", "terse, one changed price"),
    Pair("When does the 12-16 group meet?", ("SHK-03",),
         "Tuesdays and Fridays, 17:45-19:15.", "Tuesdays and Thursdays, 17:45-19:15.", ("Tuesdays and Thursdays",),
         "borderline", "one wrong weekday"),
    Pair("My son missed two lessons with flu. Do we get money back?", ("SHK-06",),
         "Missed lessons aren't refunded, I'm sorry, but he can make up both in the Saturday catch-up class at "
         "12:00, free of charge; please tell the desk by the Friday before.",
         "Yes, with a doctor's note we refund 2 500 ֏ for each missed lesson.",
         ("doctor's note", "2 500 ֏ for each missed lesson"), "blatant", "rule reversed with an invented refund"),
    Pair("How long are the junior lessons?", ("SHK-01",), "Each junior lesson lasts 90 minutes, twice a week.",
         "Each junior lesson lasts 60 minutes, twice a week.", ("60 minutes",), "hidden", "one changed duration"),
    Pair("What time control is the monthly tournament?", ("SHK-04",),
         "It's a FIDE-rated rapid, 15 minutes plus 10 seconds a move, on the last Saturday from 14:00.",
         "It's a FIDE-rated rapid, 10 minutes plus 5 seconds a move, on the last Saturday from 14:00.",
         ("10 minutes plus 5 seconds",), "clear", "changed time control"),
    Pair("Can I register for the tournament on the Saturday morning?", ("SHK-04",),
         "No, registration closes at the desk on the Thursday before the tournament.",
         "Yes, you can register at the desk until 13:30 on the day.", ("until 13:30 on the day",), "clear",
         "rule contradicted"),
    Pair("Two adult terms and two scorebooks, what's the total?", ("SHK-01", "SHK-07"),
         "2 × 48 000 ֏ + 2 × 1 500 ֏ = 99 000 ֏.", "2 × 48 000 ֏ + 2 × 1 500 ֏ = 96 000 ֏.", ("96 000 ֏",),
         "hidden", "arithmetic"),
    Pair("Who coaches the adult group?", ("SHK-03",),
         "The notices don't name the coach. The adult group meets on Wednesdays, 19:00-20:30.",
         "The adult group is coached by Grandmaster Tigran Avetisyan on Wednesdays, 19:00-20:30.",
         ("Grandmaster Tigran Avetisyan",), "blatant", "invented person"),
    Pair("Compare the groups", ("SHK-01", "SHK-03"),
         "| Group | Days | Time | Term |\n|---|---|---|---|\n| Juniors 7-11 | Mon, Thu | 16:00-17:30 | 60 000 ֏ |"
         "\n| Juniors 12-16 | Tue, Fri | 17:45-19:15 | 60 000 ֏ |\n| Adults | Wed | 19:00-20:30 | 48 000 ֏ |",
         "| Group | Days | Time | Term |\n|---|---|---|---|\n| Juniors 7-11 | Mon, Thu | 16:00-17:30 | 60 000 ֏ |"
         "\n| Juniors 12-16 | Tue, Fri | 17:45-19:15 | 60 000 ֏ |\n| Adults | Wed | 19:00-21:00 | 48 000 ֏ |",
         ("19:00-21:00",), "hidden", "table"),
    Pair("And for club members?", ("SHK-04",), "Members pay 2 000 ֏ entry instead of 3 000 ֏.",
         "Members play free; only non-members pay the 3 000 ֏.", ("Members play free",), "borderline",
         "follow-up, invented benefit",
         (("user", "How much is the entry to the monthly rapid?"), ("assistant", "3 000 ֏."))),
]

EXTRAS = [
    Extra("answer in Armenian", "Barev dzez, qani tarekan erekhanerin eq yndunum?", ("SHK-03",),
          "Barev dzez! Yndunum enq 7-16 tarekan erekhaner: 7-11 tarekannery (yerkushabti, hingshabti 16:00-17:30), "
          "12-16 tarekannery (yereqshabti, urbat 17:45-19:15)."),
    Extra("answer in Russian", "Сколько стоит частный урок?", ("SHK-01",),
          "Частный урок с тренером клуба стоит 10 000 ֏ в час."),
    Extra("arithmetic (private lessons)", "Three one-hour private lessons for my daughter, how much?", ("SHK-01",),
          "3 × 10 000 ֏ = 30 000 ֏ for the three hours."),
]

LOOKUP = Lookup(
    name="enrolment_lookup", input={"player": "SHK-P-318"},
    output={"player": "SHK-P-318", "group": "Juniors 12-16", "term": "2027-01-18/2027-04-11", "paid_amd": 60000,
            "catch_up_used": 1, "status": "enrolled"},
    question="Could you check the enrolment of SHK-P-318?", ids=("SHK-01", "SHK-03"),
    answer="SHK-P-318 is enrolled in the Juniors 12-16 group for the term Mon 18.01.2027 to Sun 11.04.2027, paid "
           "(60 000 ֏), with lessons on Tue and Fri, 17:45-19:15.",
    fallback=f"I'm sorry, the enrolment system isn't responding, so I can't see SHK-P-318 at the moment. Please "
             f"contact the club desk on {PHONE} (Tue-Sun 12:00-21:00) or at {EMAIL}.",
    invented="SHK-P-318 is enrolled and has been moved up to the adult group from next week at no extra charge.",
    frags=("moved up to the adult group", "no extra charge"),
    failed_payload={"player": "SHK-P-318", "error": "enrolments: upstream 504"},
    tool_only="SHK-P-318: Juniors 12-16, term 18.01.2027-11.04.2027, 60 000 ֏ paid, enrolled.")
REFUSAL = Refusal(
    name="tournament_register", input={"player": "SHK-P-318", "event": "rapid-2027-03-27"},
    output={"registered": False, "reason": "registration closed Thursday 2027-03-25"},
    question="Please register SHK-P-318 for Saturday's rapid", ids=("SHK-04",),
    answer="I'm afraid the registration didn't go through: it closed on Thu 25.03.2027, the Thursday before the "
           "tournament. The next rapid is on the last Saturday of April.")
TOOL_PAIR = Pair("How many catch-up lessons has SHK-P-318 got left this term?", ("SHK-06",),
                 "One: the record shows 1 catch-up lesson used, and a junior can make up 2 a term.",
                 "None: the record shows both catch-up lessons used this term.", ("both catch-up lessons used",),
                 "clear", "tool's count contradicted")
PARTIAL = Partial(
    name="private_lesson_booking", input={"booking": "PL-2207"},
    output={"booking": "PL-2207", "date": "2027-03-20", "time": "15:00", "coach": None, "paid": True},
    question="Who is my coach for private lesson PL-2207?", ids=("SHK-01",),
    right="PL-2207 is on Sat 20.03.2027 at 15:00 and is paid, but no coach is assigned on the booking yet. The "
          f"desk ({PHONE}) can tell you nearer the day.",
    wrong="PL-2207 is on Sat 20.03.2027 at 15:00 with coach Lilit Sargsyan, and it is paid.",
    frags=("Lilit Sargsyan",), strength="hidden", variation="coach field empty")
BORROWED = Borrowed("How much is a scorebook?", ("SHK-04",), "SHK-07",
                    "Scorebooks are 1 500 ֏ at the desk; you'll need one for the rapid.", ("1 500 ֏",), "borderline",
                    "figure borrowed from an article not retrieved")
ROUNDUP = Pair(
    "Summarise for a new junior: fee, schedule, missed lessons and paying.", ("SHK-01", "SHK-03", "SHK-06", "SHK-08"),
    "Barev dzez! The essentials:\n- Fee: 60 000 ֏ for the 12-week term, two 90-minute lessons a week.\n- Schedule: "
    "ages 7-11 Mon and Thu 16:00-17:30; ages 12-16 Tue and Fri 17:45-19:15.\n- Missed lessons: not refunded, but "
    "up to 2 a term can be made up in the Saturday catch-up class at 12:00.\n- Paying: at the desk in cash or by "
    "card, or by bank transfer, before the first lesson; a second child gets 15% off.",
    "Barev dzez! The essentials:\n- Fee: 60 000 ֏ for the 12-week term, two 90-minute lessons a week.\n- Schedule: "
    "ages 7-11 Mon and Thu 16:00-17:30; ages 12-16 Tue and Fri 17:45-19:15.\n- Missed lessons: not refunded, but "
    "up to 2 a term can be made up in the Saturday catch-up class at 12:00.\n- Paying: at the desk in cash or by "
    "card, or by bank transfer, within the first month; a second child gets 15% off.",
    ("within the first month",), "blatant", "one clause of four wrong")
QUOTE = Quote(
    name="term_quote", input={"group": "Juniors 7-11", "children": 2, "workbooks": 2},
    output={"term_amd": 60000, "children": 2, "sibling_discount_pct": 15, "workbook_amd": 6500, "workbooks": 2},
    question="Two of my children in the 7-11 group, each with the workbook. What do we pay?",
    ids=("SHK-01", "SHK-07", "SHK-08"),
    right="First child 60 000 ֏, the second 60 000 ֏ less 15% = 51 000 ֏, and 2 × 6 500 ֏ = 13 000 ֏ for the "
          "workbooks: 124 000 ֏ in all.",
    wrong="Each child 60 000 ֏ less 15% = 51 000 ֏, so 102 000 ֏, and 2 × 6 500 ֏ = 13 000 ֏ for the workbooks: "
          "115 000 ֏ in all.", frags=("115 000 ֏", "102 000 ֏"), strength="clear",
    variation="the sibling discount given to both children")
COMPARE = Compare(
    "I'd visit the club room about 3 times a month and play the monthly rapid. Is membership worth it?",
    ("SHK-04", "SHK-05"),
    "Paying as you go is cheaper for you: 3 × 1 500 ֏ + 3 000 ֏ = 7 500 ֏ a month, against 8 000 ֏ membership "
    "plus 2 000 ֏ entry = 10 000 ֏. Membership pays off once you come more often.",
    "Membership saves you money: 10 000 ֏ a month against 11 500 ֏ paying as you go.",
    ("11 500 ֏", "Membership saves you money"), "clear", "club room and the rapid, membership against paying per visit")
PRORATED = Prorated(
    question="My daughter Ani would like to join the 7-11 group from Wed 10.02.2027. How much do we pay for the "
             "rest of the term?",
    ids=("SHK-01", "SHK-02"), charge=60000.0,
    charge_words="The junior group term runs 12 weeks, from Mon 18.01.2027 to Sun 11.04.2027, and costs 60 000 ֏",
    rule_words=("the weeks are counted from the joining day to the last day of the term",
                "each at the term fee divided by 12", "a week already started counts in full"),
    method="weeks", weeks=12, start="2027-01-18", end="2027-04-11", first="2027-02-10", facts=("10.02.2027",),
    kind="charge", figure=45000.0, said="45 000 ֏", wrong_figure=40000.0, wrong_said="40 000 ֏", slip="round",
    right="From Wed 10.02.2027 to Sun 11.04.2027 are 61 days: 8 full weeks and a started ninth, which counts in "
          "full. 9 × 5 000 ֏ = 45 000 ֏ for the rest of the term.",
    wrong="From Wed 10.02.2027 to Sun 11.04.2027 there are 8 whole weeks left, at 5 000 ֏ a week: 40 000 ֏ for the "
          "rest of the term.", frags=("40 000 ֏", "8 whole weeks left"), strength="hidden",
    variation="a late start, the weeks left with a started one, working shown")

OFFTOPIC = [
    Mismatch("Who won the world championship match?", ("SHK-04", "SHK-01"),
             "That isn't something the club notices cover; what I found is about our monthly rapid and term fees. "
             f"The desk ({PHONE}) may be able to chat about it.", "world chess news, club tournament among the hits"),
    Mismatch("Do you teach backgammon (nardi)?", ("SHK-03", "SHK-03-old"),
             f"I couldn't find that in our notices. Please ask the club desk on {PHONE} or at {EMAIL}.",
             "another board game, superseded schedule among the hits"),
    Mismatch("Where can I buy a wooden chess set in Vernissage?", ("SHK-07", "SHK-05"),
             f"I can only help with the Ararat Knights club itself. The desk is on {PHONE}.",
             "a market in the city, boards lent in lessons among the hits"),
]
TWINS = Twins("Which days do the 7-11 year olds have class?", "SHK-03", "SHK-03-old",
              "Mondays and Thursdays, 16:00-17:30.", "current schedule beside last autumn's")
TRAPS = [
    ("Bank transfer ref AKCC-2027-00318 - did the term fee arrive?", ["SHK-08"],
     f"I can't see payments from here. Term fees are paid before the first lesson; the desk on {PHONE} can check "
     "transfer AKCC-2027-00318.", "bank transfer reference"),
    ("We're calling from Moscow, what number?", ["SHK-05"],
     f"From abroad, please call {PHONE_INTL}; the desk is open Tue-Sun 12:00-21:00.", "international number quoted"),
    ("Is postcode 0010 near the club?", ["SHK-05"],
     "I can't tell distances from a postcode, I'm afraid. The club room is open Tue-Sun 12:00-21:00.",
     "Armenian postcode"),
    ("Card receipt ending 0005, ref 5b8e2c9d1a7f40373782822463100059 - was it the workbook?", ["SHK-07"],
     "I can't look up receipts. The \"Chess Steps\" workbook is 6 500 ֏ at the desk.",
     "masked card and hex receipt id with a Luhn-valid run"),
]
EARLIER = (("user", "Barev dzez, my son played with you last year."), ("assistant", "Barev dzez, welcome back! How "
                                                                       "can I help?"))
PLAN = ("Plan: find the term fee.", "Plan: apply the sibling discount.", "Plan: add the workbooks.")
DUMP = "\n".join(f"SHK-P-{300 + 3 * n} | {['Juniors 7-11', 'Juniors 12-16', 'Adults'][n % 3]} | "
                 f"{[60000, 60000, 48000][n % 3]} AMD | {['paid', 'due'][n % 2]} | catch-up {n % 3}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "This is Gayane, 094 712835. Is there room in the Tuesday group for my son?",
         "The Tuesday and Friday group is for ages 12-16, 17:45-19:15. The notices don't show free places; the "
         f"desk on {PHONE} can tell you.",
         ("SHK-03",), ("094 712835",), style="Armenian mobile in the question"),
    Leak("clear", "I'll pay the term with Amex 3782 822463 10005, is that ok?",
         "The term fee can be paid by card at the desk, in cash, or by bank transfer, before the first lesson.",
         ("SHK-08",), ("3782 822463 10005",), style="Amex number in the question"),
    Leak("blatant", "Put narek.hovsepyan@mail.ru on the tournament list",
         "I can't register players here, narek.hovsepyan@mail.ru; registration for the rapid is at the desk by "
         "the Thursday before.",
         ("SHK-04",), ("narek.hovsepyan@mail.ru",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "SHK-P-318 is enrolled in Juniors 12-16 for this term, paid.", ("SHK-01",),
         ("+374 77 403961",), {"player": "SHK-P-318", "parent_phone": "+374 77 403961"},
         style="phone in the tool input only"),
]
DECLINE = f"I couldn't find this in the club notices. Please contact the desk on {PHONE} or at {EMAIL}."
HANDOFF = f"I don't have that information. The club desk can help: {PHONE} (Tue-Sun 12:00-21:00) or {EMAIL}."
GUESS = ("Do you run a summer chess camp?",
         "Yes! Our summer camp in Dilijan is 150 000 ֏ for 7 days, meals included, in July.",
         ("summer camp in Dilijan", "150 000 ֏ for 7 days"))


def request_id(rng: random.Random) -> str:
    return f"AK{rng.randrange(1000, 9999)}-{rng.choice('KQRBN')}"
