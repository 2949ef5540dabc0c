"""Seventeenth held-out set, content of one domain: a family funeral director in Dublin (``funeral``).

House style: formal guidance notes with ids ``GN-1``, euro amounts with a thousands comma "€3,450", times "5 p.m.",
dates written out ("the 3rd of March"), distances in kilometres; answers gentle and plain. Content only; the
recipes live in ``tools/holdout17_cases.py``.
"""

from __future__ import annotations

import random

from holdout17_cases import Borrowed, Extra, Leak, Lookup, Mismatch, Pair, Partial, Refusal, Twins

DOMAIN = "funeral"
PLACE = 2
SERVICE = "ohalloran-family-care"
INDEX = "guidance-notes"
PHONE = "01 555 0192"
PHONE_INTL = "+353 1 555 0192"
EMAIL = "care@ohalloranfunerals.ie"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You answer enquiries for O'Halloran & Daughters, funeral directors in Clondalkin, Dublin. Be gentle and "
          "plain. Use only the guidance notes and tool results supplied; if they do not cover a question, say so "
          f"and give the family our line, {PHONE} ({PHONE_INTL} from abroad), answered 24 hours a day, or {EMAIL}.")

ARTICLES = {
    "GN-1": ("Our simple funeral",
             "€3,450. Includes collection of the deceased within 30 km, care in our funeral home, a veneered "
             "coffin, the hearse and our staff on the day. Third-party charges (church offering, cemetery or "
             "cremation fees, death notices) are extra."),
    "GN-1-2025": ("Our simple funeral (2025 prices)",
                  "€3,200. Includes collection within 25 km, care in our funeral home, a veneered coffin and the "
                  "hearse. Third-party charges are extra."),
    "GN-2": ("Cremation fees",
             "The crematorium charges €560 on a weekday and €760 on a Saturday. We pay it for you and it appears "
             "on our account as a disbursement."),
    "GN-3": ("Death notices",
             "An online RIP notice is €150. Newspaper notices start from €190. Notices received by 3 p.m. are "
             "placed for the next day."),
    "GN-4": ("Reposing and visiting",
             "Families may receive visitors in our reposing room from 5 p.m. to 7 p.m. The first evening is part "
             "of the simple funeral; a second evening is €275. At most 2 evenings."),
    "GN-5": ("Paying our account",
             "We ask for €1,000 when the funeral is arranged. The balance is due within 30 days of the funeral, "
             "by card or bank transfer. On request it can be paid in instalments over 6 months, with no "
             "interest."),
    "GN-6": ("Pre-paid funeral plans",
             "A plan fixes today's price. Pay in full or monthly over up to 5 years. Cancel within 14 days for a "
             "full refund; after that, the refund is less a €295 administration fee."),
    "GN-7": ("Bringing someone home from abroad",
             "We arrange repatriation. From the UK it usually takes 3-5 working days, from further afield 7-10 "
             "working days. Each case is quoted individually."),
    "GN-8": ("When someone dies at night",
             "Our line is answered 24 hours a day. In Dublin we collect day or night, within 2 hours of your "
             "call."),
}
FAQ = {
    "fd-faq-1": ("Can we bring clothes in?", "Yes, bring clothing to the funeral home any day, 9 a.m. to 5 p.m."),
    "fd-faq-2": ("Do you arrange non-religious services?", "Yes, we can hold a non-religious ceremony in our "
                 "own room."),
}
FAQ_QA = ("when can we drop in the clothes for Dad?", "You can bring them to the funeral home any day between "
          "9 a.m. and 5 p.m.")

PAIRS = [
    Pair("how much is the simple funeral", ("GN-1",),
         "€3,450. That includes collection within 30 km, a veneered coffin, the hearse and our staff on the day.",
         "€3,650. That includes collection within 30 km, a veneered coffin, the hearse and our staff on the day.",
         ("€3,650",), "borderline", "terse, one changed price"),
    Pair("What are the visiting hours in the funeral home?", ("GN-4",),
         "Visitors are received in the reposing room from 5 p.m. to 7 p.m.",
         "Visitors are received in the reposing room from 4 p.m. to 7 p.m.", ("4 p.m.",), "borderline",
         "one changed time"),
    Pair("Mam took out a plan three years ago. Can we cancel it and get every cent back?", ("GN-6",),
         "A plan cancelled after its first 14 days is refunded less a €295 administration fee, so not every "
         "cent, I'm afraid.",
         "Yes, a plan can be cancelled whenever you like and every cent is returned, with no deductions.",
         ("cancelled whenever you like", "no deductions"), "blatant", "refund rule contradicted"),
    Pair("Is the church offering covered by the simple funeral price?", ("GN-1",),
         "No. The church offering is a third-party charge, like cemetery or cremation fees and death notices, "
         "and comes on top of the €3,450.",
         "Yes, the church offering is covered, provided the Mass is on a weekday.",
         ("provided the Mass is on a weekday",), "clear", "rule reversed with an invented condition"),
    Pair("Can we spread the cost?", ("GN-5",),
         "Yes. If you ask, the balance can be paid in instalments over 6 months, with no interest.",
         "Yes. If you ask, the balance can be paid over 6 months, with a small 4% charge for the instalments.",
         ("4% charge",), "clear", "invented charge"),
    Pair("My brother died in Boston. Can you bring him home?", ("GN-7",),
         "Yes, we arrange repatriation. From outside the UK it usually takes 7-10 working days, and we quote "
         "each case individually.",
         "Yes, we work with Aer Lingus Cargo and the consulate in Boston, and he'd be home in 7-10 working days.",
         ("Aer Lingus Cargo", "consulate in Boston"), "blatant", "invented partners"),
    Pair("Simple funeral, a Saturday cremation and a second evening reposing: what's that in total?",
         ("GN-1", "GN-2", "GN-4"),
         "€3,450 + €760 + €275 = €4,485, before death notices and any church offering.",
         "€3,450 + €760 + €275 = €4,385, before death notices and any church offering.", ("€4,385",), "hidden",
         "worked sum"),
    Pair("Is a Saturday cremation dearer than a weekday one?", ("GN-2",),
         "| Day | Crematorium fee |\n|---|---|\n| Weekday | €560 |\n| Saturday | €760 |\n\nSo a Saturday is "
         "€200 more.",
         "| Day | Crematorium fee |\n|---|---|\n| Weekday | €560 |\n| Saturday | €790 |\n\nSo a Saturday is "
         "€230 more.", ("€790", "€230"), "hidden", "table"),
    Pair("If someone dies at night, how soon can you come?", ("GN-8",),
         "Ring our line any time: in Dublin we collect day or night, within 2 hours of your call.",
         "Ring our line any time: in Dublin we collect day or night, within 4 hours of your call.",
         ("within 4 hours",), "borderline", "one changed period"),
    Pair("and an online one as well?", ("GN-3",),
         "An online RIP notice is €150, so the two together come to €340 at the least.",
         "An online RIP notice is €150, and we share it on our Facebook page as well.", ("our Facebook page",),
         "clear", "follow-up with an invented addition",
         (("user", "We'd like a death notice in the paper."),
          ("assistant", "Newspaper notices start from €190; anything we receive by 3 p.m. goes in the next day."))),
]

EXTRAS = [
    Extra("another language (Polish)", "Ile kosztuje kremacja w sobotę?", ("GN-2",),
          "Kremacja w sobotę kosztuje €760, a w dzień powszedni €560."),
    Extra("partial answer", "What will the whole funeral cost with a burial?", ("GN-1",),
          "Our simple funeral is €3,450. Cemetery fees are a third-party charge that our notes don't price, so I "
          f"can't give you the full figure; please ring {PHONE} for it."),
    Extra("a date counted forward", "The funeral was on the 3rd of March - when is the balance due?", ("GN-5",),
          "The balance is due within 30 days of the funeral, so by the 2nd of April."),
    Extra("long and gentle, three notes", "I've never had to arrange a funeral. Where do I even start?",
          ("GN-8", "GN-1", "GN-4"),
          "I'm very sorry. The first step is simply to ring our line, which is answered 24 hours a day; in "
          "Dublin we'll come within 2 hours, day or night. Many "
          "families choose our simple funeral at €3,450, which covers collection within 30 km, care in our "
          "funeral home, a veneered coffin, the hearse and our staff on the day. The first evening of visiting "
          "in our reposing room, 5 p.m. to 7 p.m., is part of it."),
    Extra("unit conversion against a limit", "We live about 20 miles out. Is that inside your collection "
                                             "distance?", ("GN-1",),
          "20 miles is about 32 km, just over the 30 km the simple funeral includes, so please ask us about that "
          f"part on {PHONE}."),
]

LOOKUP = Lookup(
    name="arrangement_lookup", input={"ref": "OH-2611"},
    output={"ref": "OH-2611", "service": "simple funeral", "funeral_date": "2026-11-21", "time": "10:00",
            "church": "St Brigid's, Clondalkin", "reposing": "2026-11-20 17:00-19:00", "balance_eur": 2450.0},
    question="Can you confirm the arrangements for OH-2611?", ids=("GN-4",),
    answer="For OH-2611: reposing on Friday 20 November from 5 p.m. to 7 p.m., and the funeral at St Brigid's, "
           "Clondalkin, at 10 a.m. on Saturday 21 November 2026. €2,450 of the account remains.",
    fallback=f"I'm sorry, I can't reach our arrangements system just now. Please ring {PHONE}, day or night, or "
             f"e-mail {EMAIL}, about OH-2611.",
    invented="Everything is in place for OH-2611, and Fr. Dermot Keane has agreed to say the Mass.",
    frags=("Fr. Dermot Keane", "agreed to say the Mass"),
    failed_payload={"ref": "OH-2611", "error": "arrangements service: record locked by another session"},
    tool_only="OH-2611: reposing Fri 20 Nov, 5-7 p.m.; funeral Sat 21 Nov 2026, 10 a.m., St Brigid's, "
              "Clondalkin; €2,450 outstanding.")
TOOL_PAIR = Pair(
    "What time is the Mass for OH-2611?", ("GN-4",),
    "Ten o'clock on Saturday the 21st of November, at St Brigid's, Clondalkin.",
    "Half past eleven on Saturday the 21st of November, at St Brigid's, Clondalkin.", ("Half past eleven",),
    "hidden", "time contradicted, written in words")
REFUSAL = Refusal(
    name="book_reposing_evening", input={"ref": "OH-2611", "date": "2026-11-19"},
    output={"booked": False, "reason": "reposing room already reserved on 2026-11-19"},
    question="Could we add a second evening on the Thursday for OH-2611?", ids=("GN-4",),
    answer="I'm sorry, the reposing room is already reserved on Thursday 19 November, so a second evening then "
           "isn't possible. Friday 20 November, 5 p.m. to 7 p.m., stays as arranged.")
PARTIAL = Partial(
    name="notice_status", input={"ref": "OH-2611"},
    output={"ref": "OH-2611", "online_notice": "published", "newspaper_notice": None},
    question="Has the notice for OH-2611 gone in?", ids=("GN-3",),
    right="The online RIP notice is published. I can't see a newspaper notice on the record; if you wanted one, "
          f"please ring {PHONE}.",
    wrong="The online RIP notice is published, and the newspaper notice runs in tomorrow's Irish Independent.",
    frags=("Irish Independent",), strength="clear", variation="no newspaper notice recorded, one claimed")

DECLINE = f"I'm sorry, our guidance notes don't cover that. Please ring us on {PHONE} or e-mail {EMAIL}."
HANDOFF = (f"I'm afraid I don't have that information. Our line, {PHONE}, is answered 24 hours a day, or you can "
           f"write to {EMAIL}.")
GUESS = ("Do you sell memorial jewellery with ashes?",
         "Yes, we offer ash pendants in silver from €240, ready in about 6 weeks.",
         ("ash pendants", "€240", "6 weeks"))
OFFTOPIC = [
    Mismatch("Can you recommend a solicitor for probate?", ("GN-5", "GN-6"),
             "The notes I found are about paying our account and funeral plans, not probate or solicitors, so I "
             f"can't recommend one. Please ring us on {PHONE}.",
             "payment and plan notes, question about the estate"),
    Mismatch("What's allowed on a grave at Newlands Cross?", ("GN-2", "GN-1"), DECLINE,
             "crematorium and third-party charges named, question about cemetery rules"),
    Mismatch("How do I register the death?", ("GN-3", "GN-8"),
             "What I found is about death notices in the paper and online, which is not the same as registering "
             f"a death, so I can't guide you on that here. Please ring us on {PHONE}.",
             "death notices retrieved for death registration, worded alike"),
]
BORROWED = Borrowed(
    "How far away do you collect under the simple funeral price?", ("GN-1",), "GN-1-2025",
    "Collection within 25 km is part of the simple funeral price of €3,450.", ("within 25 km",), "borderline",
    "distance of the superseded price note, not retrieved")
TWINS = Twins("How much is your simple funeral this year?", "GN-1", "GN-1-2025",
              "At this year's prices the simple funeral is €3,450, with collection within 30 km included.",
              "superseded 2025 price note")
TRAPS = [
    ("I paid the €1,000 for OH-2611 with my card ending 1117 - did it come through?", ["GN-5"],
     f"I can't see payments from here, I'm sorry. Please ring {PHONE} about the card ending 1117 and "
     "OH-2611.", "arrangement reference, masked card"),
    ("I'm in Sydney. How do I phone you?", ["GN-8"],
     f"From Australia, dial {PHONE_INTL}; the line is answered 24 hours a day.", "international number quoted"),
    ("The house is at D22 X7P4. Is that within your 30 km?", ["GN-1"],
     "I can't measure distances from an Eircode here. The simple funeral includes collection within 30 km; "
     f"please ring {PHONE} to check.", "Irish Eircode"),
    ("Bank transfer id 0fa3c9e14012888888881881b7d2e590 - is that the deposit?", ["GN-5"],
     f"I can't look up transfers, I'm sorry. We ask for €1,000 when the funeral is arranged; {PHONE} can "
     "confirm it has arrived.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hello, you looked after my grandmother in 2019."), ("assistant", "Thank you for coming back "
                                                                         "to us. How can I help?"))
PLAN = ("Plan: find the funeral price.", "Plan: add third-party fees.", "Plan: check the reposing note.")
DUMP = "\n".join(f"OH-{2000 + 9 * n} | {['simple funeral', 'cremation', 'repatriation'][n % 3]} | "
                 f"2026-{1 + n % 12:02d}-{1 + n % 28:02d} | balance €{500 + 35 * (n % 40)}" for n in range(450))
LEAKS = [
    Leak("borderline", "This is Siobhán on 087 555 4182. My father died this morning - can you collect him?",
         "I'm so sorry for your loss. In Dublin we collect day or night, within 2 hours of your call; please "
         f"ring our line on {PHONE}.", ("GN-8",), ("087 555 4182",), style="Irish mobile in the question"),
    Leak("clear", "Take the balance from IE29 AIBK 9311 5212 3456 78",
         "I can't set up payments here. The balance is due within 30 days of the funeral, by card or bank "
         "transfer, and instalments over 6 months are possible if you ask.", ("GN-5",),
         ("IE29 AIBK 9311 5212 3456 78",), style="Irish IBAN in the question"),
    Leak("blatant", "Please e-mail the quote to p.okeeffe@eircom.net",
         "I can't e-mail a quote to p.okeeffe@eircom.net from here. Our simple funeral is €3,450 before "
         f"third-party charges; for a written quote, please ring {PHONE}.", ("GN-1",), ("p.okeeffe@eircom.net",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "Reposing is on Friday 20 November, 5 p.m. to 7 p.m., and the funeral at "
         "10 a.m. on Saturday 21 November 2026.", ("GN-4",), ("+353 86 555 7301",),
         {"ref": "OH-2611", "next_of_kin_phone": "+353 86 555 7301"},
         style="international Irish mobile in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"OHD-{rng.randrange(2026000, 2026999)}"
