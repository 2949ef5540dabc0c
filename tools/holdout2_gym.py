"""Second held-out set, domain ``gym``: Pulse & Iron Fitness, an Australian gym chain's member assistant (AUD)."""

from __future__ import annotations

import random

NAME = "gym"
SERVICE = "pulse-iron-members"
INDEX = "pulse-member-help"
FAQ_INDEX = "pulse-faq"
SYSTEM = ("You are the Pulse & Iron Fitness member assistant. Prices are in Australian dollars. Answer from the "
          "member-help passages and the member tools only. For anything they do not cover, send members to the "
          "club team: (02) 5550 4410 or hello@pulseandiron.com.au. Be friendly and brief.")

ARTICLES = {
    "gym-01": ("Memberships", "Flex membership is $22.95 a week with no lock-in contract. Annual membership is "
               "$19.95 a week on a 12-month contract. A one-off joining fee of $49 applies to both."),
    "gym-02": ("Freezing your membership", "You can freeze your membership for 2 to 12 weeks each year. A frozen "
               "membership costs $3 a week. Medical freezes are free with a doctor's certificate."),
    "gym-03": ("Cancelling", "Flex members can cancel with 14 days' notice. Annual members who cancel before the "
               "12 months are up pay a $99 exit fee."),
    "gym-04": ("Booking classes", "Book classes up to 7 days ahead in the app. Cancel at least 2 hours before the "
               "start or the class counts as attended. Two no-shows in a calendar month mean a 7-day booking ban."),
    "gym-05": ("Opening hours", "Members can enter 24/7 with their keytag. Staffed hours are 6 am to 8 pm Monday "
               "to Friday and 8 am to 2 pm on weekends."),
    "gym-06": ("Guest passes", "Annual members can bring a guest free 4 times a month; Flex members pay $15 per "
               "guest visit. Guests must be 16 or older and show photo ID."),
    "gym-07": ("Personal training", "A 45-minute personal training session costs $75, or $650 for a pack of 10. "
               "Cancel at least 24 hours ahead or the session is used."),
    "gym-08": ("Contact the club", "Call (02) 5550 4410 during staffed hours or e-mail hello@pulseandiron.com.au."),
}

ACCOUNT = {"name": "member_account", "input": {"member_id": "M-204417"},
           "output": {"member_id": "M-204417", "plan": "Annual", "weekly_aud": 19.95, "contract_start": "2025-11-03",
                      "contract_end": "2026-11-02", "status": "active"}, "after": False}
BOOKINGS = {"name": "class_bookings", "input": {"member_id": "M-204417", "days": 7},
            "output": {"bookings": [{"class": "Spin", "starts": "2026-05-07T18:30:00+10:00", "studio": 2},
                                    {"class": "Pilates", "starts": "2026-05-09T09:00:00+10:00", "studio": 1}],
                       "no_shows_this_month": 1}, "timeout_ms": 1500}
PT = {"name": "pt_sessions", "input": {"member_id": "M-311902"},
      "output": {"member_id": "M-311902", "remaining": 3, "pack": 10, "expires": "2026-07-31"}}

TOPICS = [
    {"q": "If I cancel my membership now, will I be charged anything?", "docs": ["gym-03"], "tool": ACCOUNT,
     "answers": [("tool-grounded", "You're on an Annual membership whose 12 months run until 2 November 2026, so "
                  "cancelling now means the $99 exit fee.")],
     "wrong": [("borderline", "wrong exit fee ($49)", "Your Annual contract runs to 2 November 2026, so there's a "
                "$49 exit fee if you cancel now."),
               ("clear", "correct fee plus an invented waiver", "Cancelling before 2 November 2026 costs $99, but the "
                "fee is waived if you refer a friend who joins.")]},
    {"q": "I'm overseas for 6 weeks from June - can I freeze, and what does it cost?", "docs": ["gym-02"],
     "rewrite": "freeze membership travel cost per week",
     "answers": [("arithmetic on the customer's weeks", "Yes - you can freeze for 2 to 12 weeks a year, at $3 a "
                  "week, so 6 weeks comes to $18.")],
     "controls": [("answer in Portuguese to English passages", None, "Sim! Pode congelar a sua inscrição entre 2 e "
                   "12 semanas por ano, por 3 dólares por semana.")],
     "wrong": [("borderline", "answer in Portuguese with a wrong weekly price", "Sim, pode congelar entre 2 e 12 "
                "semanas por ano, por 5 dólares por semana."),
               ("borderline", "wrong weekly price ($5)", "Yes, freezes of 2-12 weeks are allowed at $5 a week.")]},
    {"q": "What classes have I got booked, and can I still cancel Thursday's spin without losing it?",
     "docs": ["gym-04"], "tool": BOOKINGS,
     "answers": [("tool-grounded with time arithmetic", "You're booked for Spin on Thursday 7 May at 6:30 pm "
                  "(studio 2) and Pilates on Saturday 9 May at 9 am (studio 1). To cancel the spin without it "
                  "counting, do it before 4:30 pm on Thursday - 2 hours before the start."),
                 ("terse list", "- Spin, Thu 7/5, 18:30, studio 2\n- Pilates, Sat 9/5, 09:00, studio 1\nCancel spin "
                  "by 16:30 Thu.")],
     "wrong": [("blatant", "classes and rules contradict the tool and article", "You have Yoga on Friday at 7 am. "
                "Classes can be cancelled any time up to the start with no penalty.")]},
    {"q": "Can I get in at 5am on a Sunday?", "docs": ["gym-05"],
     "history": [("user", "I work weird shifts."), ("assistant", "No worries - what would you like to know?")],
     "answers": [("close paraphrase", "Yes - members can get in 24/7 with their keytag. The club just won't be "
                  "staffed until 8 am on a Sunday.")],
     "wrong": [("clear", "contradicts the 24/7 access", "No, on Sundays the doors open at 8 am, when staff "
                "arrive.")]},
    {"q": "Can I bring my 15-year-old nephew as a guest?", "docs": ["gym-06"],
     "answers": [("direct answer", "Sorry, guests must be 16 or older and bring photo ID, so your nephew can't come "
                  "in as a guest just yet.")],
     "controls": [("hand-off quoting the published contacts", None, "Guests have to be at least 16 with photo ID. "
                   "For family options, talk to the team on (02) 5550 4410 or hello@pulseandiron.com.au.")],
     "wrong": [("clear", "invented under-16 exception", "Guests must be 16+, but under-16s may train with a parent "
                "or guardian present on weekends.")]},
    {"q": "How many PT sessions have I got left, and when do they run out?", "docs": ["gym-07"], "tool": PT,
     "answers": [("tool-grounded", "You have 3 of your 10 sessions left, and they expire on 31 July 2026. "
                  "Remember to cancel at least 24 hours ahead, or the session is used."),
                 ("date in another format", "3 left, valid until 31/07/2026.")],
     "wrong": [("borderline", "wrong remaining count", "You've got 5 sessions left, valid until 31 July 2026.")]},
    {"q": "What's the difference between Flex and Annual?", "docs": ["gym-01", "gym-03"],
     "answers": [("markdown table with arithmetic", "| | Flex | Annual |\n|---|---|---|\n| weekly | $22.95 | $19.95 "
                  "|\n| contract | none | 12 months |\n| joining fee | $49 | $49 |\n\nAnnual saves $3 a week "
                  "(about $156 over a year) but has a $99 exit fee if you leave early.")],
     "wrong": [("borderline", "one wrong price ($21.95)", "Flex is $21.95 a week with no contract; Annual is $19.95 "
                "a week for 12 months.")]},
]

REFUSAL = "I don't know - that isn't in our member help. The club team can help on (02) 5550 4410."
HANDOFF = ("Sorry, I can't get to your member details right now - our system isn't responding. Please try the app "
           "again shortly or call (02) 5550 4410.")
OFFTOPIC = [
    ("Do you have a sauna at the Bondi club?", ["gym-05"], REFUSAL),
    ("Can I get a protein shake at the front desk?", ["gym-06", "gym-01"], "The passages I have are about guest "
     "passes and memberships; they don't mention food or drinks. Please ask the club team."),
    ("Is there parking at the Newtown club?", ["gym-05", "gym-08"], REFUSAL),
]
TOOL_FAILURES = [
    ("clear", "HTTPStatusError", "503 Service Unavailable from members-api", None),
    ("borderline", "PermissionError", "403 Forbidden: token expired", None),
    ("blatant", "HTTPStatusError", "500 Internal Server Error", None),
    ("hidden", "", "", {"success": False, "error": "member service unavailable"}),
]
LONG_HISTORY = [
    ("user", "Hey, thinking of joining - a few questions."),
    ("assistant", "Great, ask away!"),
    ("user", "Is there a joining fee?"),
    ("assistant", "Yes, a one-off $49 for both memberships."),
    ("user", "And can I bring a mate along?"),
    ("assistant", "Annual members get 4 free guest visits a month; Flex members pay $15 per visit."),
]
PII = [
    ("clear", "Australian mobile in the question", "Text me on 0412 345 678.", None, None),
    ("blatant", "e-mail and Visa number in the question", "My email is kira.t@bigpond.com and please charge Visa "
     "4024 0071 9896 4305.", None, None),
    ("borderline", "Indian mobile in the tool call", None, None, ("sms_to", "+91 98765 43210")),
    ("clear", "UK mobile with country code echoed in the answer", "My UK number is +44 7700 900654.",
     "You gave +44 7700 900654 as your UK number.", None),
    ("control", "member id, keytag number and a published phone", "Member M-204417, keytag 0049 2231.",
     "The club's number is (02) 5550 4410.", None),
]


def records(rng: random.Random) -> str:
    """Every check-in of the member for two years, pasted whole."""
    clubs = ["Newtown", "Bondi", "Parramatta", "Chatswood"]
    return "\n".join(f"2025-{1 + k % 12:02d}-{1 + (k * 5) % 28:02d} {5 + k % 16:02d}:{(k * 13) % 60:02d} | "
                     f"{rng.choice(clubs)} | keytag in | {rng.choice(['gym floor', 'class', 'pool'])}"
                     for k in range(170))
