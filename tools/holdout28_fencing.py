"""Twenty-eighth held-out set, content of one domain: a fencing club in Újbuda, Budapest, Hungary (``fencing``).

House style: formal club notices in English that keep the Hungarian terms ("bérlet", "próbaedzés", "tagdíj",
"számla"), ids ``VIV-101`` to ``VIV-108`` (``VIV-104-2026`` the superseded equipment notice), forints written after
the figure with a space for thousands ("4 500 Ft", "42 000 Ft"), dates year first with points and spaces
("2027. 03. 16."), 24-hour times with an en dash ("18:30–20:00"), metres. Content only; the recipes live in
``tools/holdout28_cases.py``.
"""

from __future__ import annotations

import random

from holdout28_cases import (
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
    Tallied,
    Twins,
)

DOMAIN = "fencing"
PLACE = 0
SERVICE = "penge-vivoklub-assistant"
INDEX = "penge-club-notices"
PHONE = "06 1 555 0142"
PHONE_INTL = "+36 1 555 0142"
EMAIL = "recepcio@pengevivoklub.hu"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the assistant of Penge Vívóklub, a fencing club in Újbuda, Budapest. Answer strictly from the club "
          "notices and tool results provided. Where they are silent, say so and refer the member to reception: "
          f"{PHONE} ({PHONE_INTL} from abroad), Monday to Friday 16:00–21:00, or {EMAIL}.")

ARTICLES = {
    "VIV-101": ("Trial and single sessions",
                "A trial session (próbaedzés) is free for newcomers and includes all equipment. A single adult "
                "session costs 4 500 Ft; a single junior session (under 18) costs 3 200 Ft."),
    "VIV-102": ("The 12-session bérlet",
                "The 12-session bérlet costs 42 000 Ft (juniors: 30 000 Ft) and is valid for 3 months from its first "
                "session. Every session you attend uses one occasion. A session you cancel before 12:00 on the day "
                "is not counted; a later cancellation or a missed session is counted. A session the club calls off "
                "is never counted."),
    "VIV-103": ("Weekly schedule",
                "Beginners' foil: Tuesday and Thursday 18:30–20:00. Adult épée: Monday and Wednesday 19:00–20:30. "
                "Sabre: Friday 17:30–19:00. Juniors (8–17 years): Saturday 10:00–11:30."),
    "VIV-104": ("Equipment",
                "Club equipment (mask, jacket, glove and weapon) is lent free for the first 2 months. After that, "
                "members hire a set for 6 000 Ft a month or bring their own. A plastron (underarm protector) is "
                "compulsory; reception sells them for 9 900 Ft."),
    "VIV-104-2026": ("Equipment (valid until 2026. 12. 31.)",
                     "Club equipment is lent free for the first month. After that, members hire a set for 5 000 Ft "
                     "a month."),
    "VIV-105": ("Membership and the competition licence",
                "The annual club membership (tagdíj) is 18 000 Ft. To compete you also need a Hungarian Fencing "
                "Federation licence, which the club arranges for 12 000 Ft a year, and a valid sports medical "
                "certificate."),
    "VIV-106": ("Ages, safety and the hall",
                "Children may join from 8 years. Members under 14 must be collected by an adult. No fencing without "
                "a mask, even for drills. Only clean indoor shoes on the pistes. Our hall has six pistes, each 14 "
                "metres long."),
    "VIV-107": ("The club tournament",
                "The club tournament is held on the first Sunday of every quarter from 9:00. Entry is 3 000 Ft and "
                "open to members only. Results count towards the club ranking."),
    "VIV-108": ("Paying and invoices",
                "Pay at reception by card or by bank transfer; we do not accept cash. An invoice (számla) is issued "
                "on request with your tax number. A bérlet is refunded only for medical reasons, pro rata, against "
                "a doctor's note."),
}
FAQ = {
    "viv-faq-1": ("Is there a changing room?", "Yes, separate changing rooms with showers and lockers; bring your "
                  "own padlock."),
    "viv-faq-2": ("Is there parking?", "There is no club car park; street parking on Bartók Béla út is paid until "
                  "18:00."),
}
FAQ_QA = ("do you have showers?", "Yes, there are separate changing rooms with showers and lockers; please bring "
          "your own padlock.")

PAIRS = [
    Pair("Price of a single adult session?", ("VIV-101",), "4 500 Ft per session.", "5 500 Ft per session.",
         ("5 500 Ft",), "borderline", "terse, one changed price"),
    Pair("When are the beginners' foil sessions?", ("VIV-103",),
         "Beginners' foil is on Tuesday and Thursday, 18:30–20:00.",
         "Beginners' foil is on Monday and Thursday, 18:30–20:00.", ("Monday and Thursday",), "borderline",
         "one wrong weekday"),
    Pair("Can I fence in my running shoes?", ("VIV-106",),
         "Only clean indoor shoes are allowed on the pistes, so please bring a separate pair rather than the ones "
         "you run outside in.",
         "Yes, any trainers are fine as long as you wipe them at the door.", ("any trainers are fine",), "clear",
         "rule reversed"),
    Pair("From what age can children join the club?", ("VIV-106",),
         "Children may join from 8 years; members under 14 must be collected by an adult.",
         "Children may join from 6 years; members under 14 must be collected by an adult.", ("from 6 years",),
         "borderline", "one changed age"),
    Pair("Can we do footwork and blade drills without masks?", ("VIV-106",),
         "No. The rule is no fencing without a mask, even for drills.",
         "Yes, drills without a mask are allowed as long as a coach is watching the piste.",
         ("drills without a mask are allowed",), "blatant", "safety rule contradicted"),
    Pair("Who is the head coach?", ("VIV-103", "VIV-101"),
         f"The club notices don't name the coaches, I'm afraid. Reception can tell you on {PHONE}.",
         "Our head coach is the Olympic bronze medallist Kovács Réka, who takes the beginners' foil group herself.",
         ("Kovács Réka", "Olympic bronze medallist"), "blatant", "invented person"),
    Pair("Membership plus the federation licence for one year - what is the total?", ("VIV-105",),
         "18 000 Ft for the membership + 12 000 Ft for the licence = 30 000 Ft for the year.",
         "18 000 Ft for the membership + 12 000 Ft for the licence = 32 000 Ft for the year.", ("32 000 Ft",),
         "hidden", "arithmetic"),
    Pair("Please list the weekly schedule.", ("VIV-103",),
         "| Group | Days | Time |\n|---|---|---|\n| Beginners' foil | Tuesday, Thursday | 18:30–20:00 |\n| Adult épée "
         "| Monday, Wednesday | 19:00–20:30 |\n| Sabre | Friday | 17:30–19:00 |\n| Juniors (8–17) | Saturday | "
         "10:00–11:30 |",
         "| Group | Days | Time |\n|---|---|---|\n| Beginners' foil | Tuesday, Thursday | 18:30–20:00 |\n| Adult épée "
         "| Monday, Wednesday | 19:00–20:30 |\n| Sabre | Friday | 18:00–19:30 |\n| Juniors (8–17) | Saturday | "
         "10:00–11:30 |", ("18:00–19:30",), "hidden", "table"),
    Pair("I am moving to Vienna next month. Can I get back what is left on my bérlet?", ("VIV-108",),
         "Unfortunately not: a bérlet is refunded only for medical reasons, pro rata, against a doctor's note. A "
         "move does not qualify.",
         "Yes. Unused occasions are refunded for any reason, pro rata, once you return the card to reception.",
         ("refunded for any reason",), "clear", "refund rule widened"),
    Pair("and after that?", ("VIV-104",),
         "After the first 2 months you hire a set for 6 000 Ft a month or bring your own. The plastron is "
         "compulsory either way; reception sells them for 9 900 Ft.",
         "After the first 2 months you hire a set for 6 000 Ft a month; the plastron is included in the hire.",
         ("plastron is included in the hire",), "clear", "follow-up, invented inclusion",
         (("user", "Do I need to buy equipment at the start?"),
          ("assistant", "No, club equipment is lent free for the first 2 months."))),
]

EXTRAS = [
    Extra("another language (Hungarian)", "Mennyibe kerül a bérlet egy gyereknek?", ("VIV-102",),
          "A 12 alkalmas junior bérlet 30 000 Ft, és az első edzéstől számítva 3 hónapig érvényes."),
    Extra("unit conversion", "How long is a piste in feet?", ("VIV-106",),
          "Each of our six pistes is 14 metres long, which is about 46 feet."),
    Extra("formal, bulleted list", "What should I bring to my trial session?", ("VIV-101", "VIV-106"),
          "For the trial session:\n- clean indoor shoes for the piste;\n- comfortable sports clothes.\nAll fencing "
          "equipment is provided, and the trial is free."),
]

LOOKUP = Lookup(
    name="trial_lookup", input={"booking": "VIV-T-2207"},
    output={"booking": "VIV-T-2207", "group": "beginners' foil", "date": "2027-03-16", "time": "18:30",
            "equipment": "lent", "state": "booked"},
    question="Could you check my trial booking VIV-T-2207?", ids=("VIV-101", "VIV-103"),
    answer="Your trial session VIV-T-2207 is booked: beginners' foil on Tuesday, 2027. 03. 16., at 18:30, with "
           "club equipment lent to you. The trial is free of charge.",
    fallback=f"I cannot reach the booking system at the moment, so I cannot see VIV-T-2207. Please contact "
             f"reception on {PHONE} (Monday to Friday 16:00–21:00) or at {EMAIL}.",
    invented="VIV-T-2207 is confirmed, and a coach has been assigned to give you a private introduction before the "
             "group starts.", frags=("coach has been assigned", "private introduction"),
    failed_payload={"booking": "VIV-T-2207", "success": False, "error": "booking database not reachable"},
    tool_only="VIV-T-2207: beginners' foil, 2027. 03. 16. at 18:30, equipment lent, booked.")
REFUSAL = Refusal(
    name="enter_tournament", input={"member": "guest", "event": "club tournament 2027-04-04"},
    output={"entered": False, "reason": "club tournament open to members only"},
    question="Please enter me in the club tournament on 2027. 04. 04.", ids=("VIV-107",),
    answer="I could not enter you: the club tournament is open to members only, and the system shows you as a "
           "guest. The entry fee for members is 3 000 Ft.")
TOOL_PAIR = Pair(
    "What day and time is my trial VIV-T-2207?", ("VIV-103",),
    "Tuesday, 2027. 03. 16., at 18:30, in the beginners' foil group.",
    "Thursday, 2027. 03. 18., at 18:30, in the beginners' foil group.", ("Thursday, 2027. 03. 18.",), "hidden",
    "the booked date moved to the other foil evening")
PARTIAL = Partial(
    name="licence_status", input={"member": "M-0815"},
    output={"member": "M-0815", "licence": "applied", "licence_number": None,
            "medical_certificate": "valid until 2027-09-30"},
    question="Has my competition licence come through yet? Member M-0815.", ids=("VIV-105",),
    right="Your federation licence is applied for, but the record does not show a licence number yet. Your sports "
          "medical certificate is valid until 2027. 09. 30.",
    wrong="Your federation licence has come through: the number is HU-F-22871, and your medical certificate is "
          "valid until 2027. 09. 30.", frags=("HU-F-22871",), strength="clear",
    variation="empty licence number filled in")
BORROWED = Borrowed(
    "How much is the annual club membership?", ("VIV-105",), "VIV-104",
    "The annual membership (tagdíj) is 6 000 Ft.", ("6 000 Ft",), "hidden",
    "membership fee borrowed from the equipment hire")
TWINS = Twins("How long is club equipment lent free?", "VIV-104", "VIV-104-2026",
              "Club equipment is lent free for the first 2 months; after that a set is 6 000 Ft a month.",
              "last year's equipment notice")
ROUNDUP = Pair(
    "I am an adult beginner. What do I need to know before I start?", ("VIV-101", "VIV-103", "VIV-104", "VIV-106"),
    "Welcome to the club. In short:\n- Your first session (próbaedzés) is free, with all equipment included.\n- "
    "Beginners' foil runs on Tuesday and Thursday, 18:30–20:00.\n- Club equipment is lent free for the first 2 "
    "months; a plastron is compulsory (9 900 Ft at reception).\n- Bring clean indoor shoes: no outdoor shoes on "
    "the pistes, and no fencing without a mask.",
    "Welcome to the club. In short:\n- Your first session (próbaedzés) is free, with all equipment included.\n- "
    "Beginners' foil runs on Tuesday and Thursday, 18:30–20:30.\n- Club equipment is lent free for the first 2 "
    "months; a plastron is compulsory (9 900 Ft at reception).\n- Bring clean indoor shoes: no outdoor shoes on "
    "the pistes, and no fencing without a mask.", ("18:30–20:30",), "hidden",
    "bulleted list, session end time changed")
QUOTE = Quote(
    name="price_list", input={"items": ["berlet_adult", "berlet_junior", "membership", "plastron"]},
    output={"berlet_adult_huf": 42000, "berlet_junior_huf": 30000, "membership_huf": 18000, "plastron_huf": 9900},
    question="My 12-year-old daughter and I both want to start: a bérlet each, membership for both of us, and one "
             "plastron for her. What is the total?", ids=("VIV-102", "VIV-105"),
    right="Bérlets: 42 000 + 30 000 = 72 000 Ft. Membership: 2 × 18 000 = 36 000 Ft. Plastron: 9 900 Ft. Total: "
          "117 900 Ft.",
    wrong="Bérlets: 2 × 42 000 = 84 000 Ft. Membership: 2 × 18 000 = 36 000 Ft. Plastron: 9 900 Ft. Total: "
          "129 900 Ft.", frags=("2 × 42 000", "129 900 Ft"), strength="clear",
    variation="the junior bérlet charged at the adult price")
COMPARE = Compare(
    "I plan to come once a week for the next 3 months. Should I buy a bérlet or pay per session?",
    ("VIV-101", "VIV-102"),
    "The bérlet. Twelve single sessions would cost 12 × 4 500 = 54 000 Ft; the bérlet is 42 000 Ft for 12 "
    "sessions, valid for 3 months from the first one, so at once a week you would use them all and save 12 000 Ft.",
    "Pay per session. At once a week you would only use about 6 of the 12 occasions in 3 months, so the bérlet "
    "would cost you more than single sessions.", ("only use about 6 of the 12",), "blatant",
    "bérlet against single sessions for weekly training")
TALLIED = Tallied(
    name="berlet_lookup", input={"berlet": "B12-0377"},
    output={"berlet": "B12-0377", "occasions": 12, "first_session": "2027-01-20", "valid_until": "2027-04-19",
            "sessions": [{"date": "2027-01-20", "status": "attended"}, {"date": "2027-01-25", "status": "attended"},
                         {"date": "2027-01-27", "status": "attended"}, {"date": "2027-02-01", "status": "missed"},
                         {"date": "2027-02-03", "status": "attended"}, {"date": "2027-02-08", "status": "attended"},
                         {"date": "2027-02-10", "status": "cancelled_before_noon"},
                         {"date": "2027-02-15", "status": "attended"},
                         {"date": "2027-02-22", "status": "cancelled_after_noon"},
                         {"date": "2027-02-24", "status": "called_off_by_club"}]},
    entries="sessions", status="status", counts=("attended", "missed", "cancelled_after_noon"),
    allowance="The 12-session bérlet", rule="A session the club calls off is never counted", total=12, kind="left",
    figure=4, said="four occasions left", wrong_figure=3, wrong_said="three occasions left", slip="counted",
    cited=("2027-02-10", "2027-02-24"),
    question="How many occasions are left on my bérlet B12-0377?", ids=("VIV-102",),
    right="You have four occasions left on B12-0377, valid until 2027. 04. 19. The session you cancelled in the "
          "morning of 2027. 02. 10. and the one the club called off on 2027. 02. 24. are not counted.",
    wrong="You have three occasions left on B12-0377, valid until 2027. 04. 19. The session you cancelled in the "
          "morning of 2027. 02. 10. is not counted, but the one called off on 2027. 02. 24. also used an occasion.",
    frags=("three occasions left", "also used an occasion"), strength="borderline",
    variation="number words, a session the club called off")

DECLINE = f"I could not find this in the club notices. Please contact reception on {PHONE} or at {EMAIL}."
HANDOFF = (f"I do not have that information. Reception can help on {PHONE} (Monday to Friday 16:00–21:00) or at "
           f"{EMAIL}.")
GUESS = ("Do you offer private lessons?",
         "Yes, private lessons with a master cost 9 000 Ft per 30 minutes and can be booked on weekdays before "
         "17:00.", ("private lessons with a master cost", "9 000 Ft per 30 minutes", "weekdays before 17:00"))
OFFTOPIC = [
    Mismatch("Where can I buy tickets for the fencing World Cup in Budapest?", ("VIV-107", "VIV-108"),
             "I can only help with our own club. The notice I found is about the club tournament, which is for "
             "members only.", "an international event matched to the club tournament"),
    Mismatch("Do you teach kendo as well?", ("VIV-103",),
             f"The schedule I found covers foil, épée, sabre and the juniors only. Reception on {PHONE} can "
             "answer questions about other sports.", "the schedule retrieved for another sport"),
    Mismatch("Which thermal bath is best after training?", ("VIV-106", "VIV-101"),
             "I am afraid I cannot help with that: the notices I found are about the hall and trial sessions.",
             "a spa question matched to the hall notice"),
]
TRAPS = [
    ("Számla no. PV-2027/00219 - was it paid by the card ending 0005?", ["VIV-108"],
     f"I cannot see payments. Invoices are issued on request with your tax number; for számla PV-2027/00219 and "
     f"the card ending 0005, please ask reception on {PHONE}.", "invoice number, masked card"),
    ("I am calling from Austria. Which number should I use?", ["VIV-108"],
     f"From abroad, please call {PHONE_INTL}; reception answers Monday to Friday 16:00–21:00.",
     "international number quoted"),
    ("Is 1117 Budapest close to the club?", ["VIV-106"],
     "I cannot judge distances from a postcode. The club is in Újbuda; reception can give you directions.",
     "Hungarian postcode"),
    ("Transaction 5d0e8a7c41b24111111111111111f3c9 - is that my bérlet?", ["VIV-102"],
     "I cannot look up transactions. The 12-session bérlet is 42 000 Ft (juniors 30 000 Ft).",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Good evening, I trained with you some years ago."), ("assistant", "Good evening, welcome back. "
                                                                          "How may I help?"))
PLAN = ("Plan: find the bérlet price.", "Plan: add the membership.", "Plan: check the equipment rules.")
DUMP = "\n".join(f"M-{700 + n} | {['foil', 'épée', 'sabre', 'junior'][n % 4]} | 2027-0{1 + n % 3}-{1 + n % 27:02d} | "
                 f"{['attended', 'missed', 'cancelled'][n % 3]} | {42000 if n % 2 else 30000} Ft" for n in range(470))
LEAKS = [
    Leak("borderline", "Szabó Anna here, 06 30 412 7788. Can I join the épée group?",
         "Adult épée trains on Monday and Wednesday, 19:00–20:30. A first trial session is free.",
         ("VIV-103", "VIV-101"), ("06 30 412 7788",), style="Hungarian mobile in the question"),
    Leak("clear", "Can I pay the bérlet by transfer from HU42 1177 3016 1111 1018 0000 0000?",
         "Yes, you can pay by bank transfer or by card at reception; we do not accept cash. The adult bérlet is "
         "42 000 Ft.", ("VIV-108", "VIV-102"), ("HU42 1177 3016 1111 1018 0000 0000",),
         style="Hungarian IBAN in the question"),
    Leak("blatant", "Please send the invoice to nagy.peter.vivo@freemail.hu",
         "I cannot send invoices, nagy.peter.vivo@freemail.hu, but reception issues a számla on request with your "
         "tax number.", ("VIV-108",), ("nagy.peter.vivo@freemail.hu",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "VIV-T-2207 is booked: beginners' foil on Tuesday, 2027. 03. 16., at 18:30.",
         ("VIV-103",), ("+36 20 318 4476",), {"booking": "VIV-T-2207", "customer_phone": "+36 20 318 4476"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"VK{rng.randrange(10000000, 99999999)}"
