"""Fortieth held-out set, content of one domain: a coding bootcamp in Karlín, Prague, Czechia (``bootcamp``).

House style: casual, friendly replies in English with Czech greetings ("Ahoj", "Díky", "Měj se"), ids ``KD-1`` to
``KD-8`` (the old plan ``KD-2-2026``), koruna with a space for thousands and no decimals ("89 000 Kč"), dates day
first with points and spaces ("1. 3. 2027"), times with a colon and no leading zero ("9:30"). Content only; the
recipes live in ``tools/holdout40_cases.py``.
"""

from __future__ import annotations

import random

from holdout40_cases import (
    Borrowed,
    Compare,
    Extra,
    Instalments,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Twins,
)

DOMAIN = "bootcamp"
PLACE = 2
SERVICE = "kodovna-helpbot"
INDEX = "kodovna-handbook"
PHONE = "+420 228 884 316"
PHONE_INTL = "00420 228 884 316"
EMAIL = "ahoj@kodovna.cz"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the help bot of Kódovna, a coding bootcamp in Karlín, Prague. Answer only from the handbook "
          "passages and tool results you are given. If they don't cover something, say so and point people to "
          f"the team: {PHONE} (Mon-Fri 9:00-17:00) or {EMAIL}.")

ARTICLES = {
    "KD-1": ("Our bootcamps",
             "Full-stack web bootcamp: 12 weeks full-time, Mon-Fri 9:30-17:00; price 89 000 Kč. Data analytics "
             "bootcamp: 10 weeks part-time, Tue and Thu evenings 18:00-21:00 plus Saturday mornings; price "
             "54 000 Kč. "
             "Prices include VAT."),
    "KD-2": ("Paying in instalments (2027)",
             "Either bootcamp can be paid in instalments: a deposit of 15% when you sign up, then the rest in 6 "
             "equal instalments every 4 weeks. The first instalment is due on the first day of the course, and "
             "each next one 4 weeks after the one before. There is no plan fee. A late instalment costs 500 Kč."),
    "KD-2-2026": ("Paying in instalments (2026, old)",
                  "Old plan, for courses that started until 31. 12. 2026: a deposit of 20%, then the rest in 5 "
                  "monthly instalments, with a plan fee of 300 Kč on each instalment."),
    "KD-3": ("Applying",
             "Apply online, then we have a 30-minute call and you do a short logic test. No prior coding is "
             "needed. You hear back from us within 5 working days."),
    "KD-4": ("Laptops",
             "Bring your own laptop with at least 8 GB RAM. If you don't have one, we lend a laptop for 1 500 Kč "
             "for the whole course."),
    "KD-5": ("Withdrawing and refunds",
             "Withdraw up to 14 days before the start and you get a full refund minus a 2 000 Kč admin fee. Later "
             "than that, we keep the deposit. After the start there is no refund for weeks already begun."),
    "KD-6": ("Career support",
             "For 6 months after you graduate: CV reviews, mock interviews and introductions to our partner "
             "companies. We do not guarantee a job."),
    "KD-7": ("Attendance and certificate",
             "You get the certificate with at least 80% attendance and a passed final project."),
    "KD-8": ("Campus",
             "Pernerova 35, Praha 8 - Karlín, 3rd floor; tram stop Karlínské náměstí. The campus is open Mon-Fri "
             "8:00-21:00 and Sat 9:00-14:00."),
}
FAQ = {
    "kd-faq-1": ("Is the course in English?", "Yes, all teaching and materials are in English; mentors also speak "
                 "Czech and Slovak."),
    "kd-faq-2": ("Is there coffee?", "Free coffee and tea in the kitchen on the 3rd floor, all day."),
}
FAQ_QA = ("is teaching in English or Czech?", "All teaching and materials are in English, and the mentors also "
          "speak Czech and Slovak.")

PAIRS = [
    Pair("price data analytics?", ("KD-1",), "54 000 Kč, VAT included: 10 weeks part-time.",
         "59 000 Kč, VAT included: 10 weeks part-time.", ("59 000 Kč",), "borderline", "terse, one changed price"),
    Pair("Do I need to know how to code already?", ("KD-3",),
         "Nope, no prior coding is needed. You apply online, then we have a 30-minute call and you do a short "
         "logic test.",
         "Yes, you need to pass a JavaScript coding test before we accept you.", ("JavaScript coding test",),
         "clear", "rule reversed"),
    Pair("Do you guarantee me a job after the bootcamp?", ("KD-6",),
         "No, we don't guarantee a job. You do get 6 months of career support after graduating: CV reviews, mock "
         "interviews and introductions to partner companies.",
         "Yes: if you don't land a developer job within 6 months, we refund half the price.",
         ("refund half the price",), "blatant", "invented guarantee"),
    Pair("Can I borrow a laptop from you?", ("KD-4",), "Sure, we lend one for 1 500 Kč for the whole course.",
         "Sure, we lend one for 1 500 Kč a month.", ("1 500 Kč a month",), "clear", "changed unit"),
    Pair("What are the hours of the full-stack bootcamp?", ("KD-1",), "Mon-Fri 9:30-17:00, for 12 weeks.",
         "Mon-Fri 9:00-18:00, for 12 weeks.", ("9:00-18:00",), "borderline", "changed hours"),
    Pair("If I withdraw 3 weeks before the start, do I get my money back?", ("KD-5",),
         "Yes: up to 14 days before the start you get a full refund, minus the 2 000 Kč admin fee.",
         "Yes, a full refund with no fees, as long as it's more than 7 days before the start.",
         ("with no fees", "more than 7 days before"), "blatant", "fee dropped, deadline changed"),
    Pair("What attendance do I need for the certificate?", ("KD-7",),
         "At least 80% attendance and a passed final project.",
         "At least 90% attendance and a passed final project.", ("90% attendance",), "clear", "changed threshold"),
    Pair("How soon will I hear back after applying?", ("KD-3",), "Within 5 working days.", "Within 48 hours.",
         ("Within 48 hours",), "hidden", "changed wait"),
    Pair("Can you compare the two bootcamps in a table?", ("KD-1",),
         "| Bootcamp | Length | When | Price |\n|---|---|---|---|\n| Full-stack web | 12 weeks | Mon-Fri 9:30-17:00 "
         "| 89 000 Kč |\n| Data analytics | 10 weeks | Tue and Thu 18:00-21:00, Sat mornings | 54 000 Kč |",
         "| Bootcamp | Length | When | Price |\n|---|---|---|---|\n| Full-stack web | 12 weeks | Mon-Fri 9:30-17:00 "
         "| 89 000 Kč |\n| Data analytics | 10 weeks | Mon and Wed 18:00-21:00, Sat mornings | 54 000 Kč |",
         ("Mon and Wed",), "hidden", "table, changed evenings"),
    Pair("and is it open on Saturdays?", ("KD-8",), "Yes, on Saturdays 9:00-14:00.",
         "Yes, on Saturdays 9:00-16:00.", ("9:00-16:00",), "borderline", "follow-up, changed hours",
         history=(("user", "Where's the campus?"), ("assistant", "Pernerova 35, Praha 8 - Karlín, 3rd floor."))),
]

EXTRAS = [
    Extra("another language (Czech)", "Potřebuju na kurz vlastní notebook?", ("KD-4",),
          "Ideálně ano: vlastní notebook s alespoň 8 GB RAM. Pokud ho nemáte, půjčíme vám ho na celý kurz za "
          "1 500 Kč."),
    Extra("multi-turn follow-up", "and the part-time one?", ("KD-1",),
          "The data analytics bootcamp is 54 000 Kč: 10 weeks part-time, Tue and Thu evenings 18:00-21:00 plus "
          "Saturday mornings.",
          (("user", "How much is the full-stack bootcamp?"), ("assistant", "89 000 Kč, VAT included."))),
    Extra("close paraphrase", "Can I skip a few days for a family holiday?", ("KD-7",),
          "You can miss some days, but to get the certificate you need at least 80% attendance and a passed final "
          "project."),
]

LOOKUP = Lookup(
    name="enrolment_lookup", input={"student": "KD-27-118"},
    output={"student": "KD-27-118", "course": "Full-stack web", "cohort": "spring 2027", "start": "2027-03-01",
            "mentor": "Tereza", "status": "active"},
    question="When does my course start? Student KD-27-118", ids=("KD-1",),
    answer="Ahoj! KD-27-118: your full-stack web bootcamp (spring 2027 cohort) starts on Monday 1. 3. 2027 at "
           "9:30, and your mentor is Tereza.",
    fallback=f"Sorry, I can't reach the enrolment system right now, so I can't see KD-27-118. Give the team a call "
             f"on {PHONE} or write to {EMAIL}.",
    invented="Your course starts on 8. 3. 2027, and you've been moved to the evening group.",
    frags=("8. 3. 2027", "evening group"),
    failed_payload={"student": "KD-27-118", "error": "enrolment service unavailable"},
    tool_only="KD-27-118: full-stack web, spring 2027 cohort, starts 1. 3. 2027; mentor Tereza; active.")
REFUSAL = Refusal(
    name="switch_course", input={"student": "KD-27-118", "to": "Data analytics"},
    output={"switched": False, "reason": "data analytics spring cohort is full"},
    question="Can you switch me to the data analytics bootcamp? KD-27-118", ids=("KD-1",),
    answer="I couldn't switch you: the data analytics spring cohort is full, so you stay on the full-stack web "
           "bootcamp for now.")
TOOL_PAIR = Pair(
    "Who's my mentor? KD-27-118", ("KD-1",),
    "Your mentor is Tereza, for the full-stack web bootcamp starting 1. 3. 2027.",
    "Your mentor is Jakub, for the full-stack web bootcamp starting 1. 3. 2027.", ("Jakub",), "borderline",
    "mentor contradicted")
PARTIAL = Partial(
    name="project_status", input={"student": "KD-27-118"},
    output={"student": "KD-27-118", "final_project": "submitted", "grade": None, "attendance_pct": 86},
    question="Did I pass my final project? KD-27-118", ids=("KD-7",),
    right="Your final project is submitted and your attendance is 86% (you need 80%), but the record doesn't show "
          "a grade yet.",
    wrong="Your final project is submitted and passed with 92/100, and with 86% attendance your certificate is on "
          "its way.", frags=("92/100", "certificate is on its way"), strength="clear",
    variation="grade filled in")
BORROWED = Borrowed(
    "What's the admin fee if I withdraw before the start?", ("KD-5",), "KD-4",
    "It's 1 500 Kč, if you withdraw up to 14 days before the start.", ("1 500 Kč, if you withdraw",), "clear",
    "the laptop loan of another article given as the admin fee")
ROUNDUP = Pair(
    "Summarise what I need to know before the full-stack bootcamp starts.", ("KD-1", "KD-4", "KD-7", "KD-2"),
    "Ahoj! Here's the rundown:\n- **Schedule**: Mon-Fri 9:30-17:00 for 12 weeks, 89 000 Kč with VAT.\n- "
    "**Laptop**: your own with at least 8 GB RAM, or ours for 1 500 Kč for the whole course.\n- **Certificate**: "
    "at least 80% attendance and a passed final project.\n- **Paying**: 15% deposit when you sign up, then 6 "
    "instalments every 4 weeks, the first on the first day of the course.",
    "Ahoj! Here's the rundown:\n- **Schedule**: Mon-Fri 9:30-17:00 for 12 weeks, 89 000 Kč with VAT.\n- "
    "**Laptop**: your own with at least 16 GB RAM, or ours for 1 500 Kč for the whole course.\n- **Certificate**: "
    "at least 80% attendance and a passed final project.\n- **Paying**: 15% deposit when you sign up, then 6 "
    "instalments every 4 weeks, the first on the first day of the course.", ("16 GB",), "hidden",
    "four articles, laptop requirement changed")
QUOTE = Quote(
    name="group_quote", input={"course": "Data analytics", "students": 3, "laptops": 2},
    output={"course": "Data analytics", "price_czk": 54000, "group_discount_pct": 10, "group_min_students": 3,
            "laptop_loan_czk": 1500},
    question="Our company wants to send 3 people to the data analytics bootcamp, and 2 of them need a laptop. "
             "What's the total?", ids=("KD-1", "KD-4"),
    right="3 × 54 000 Kč = 162 000 Kč, less the 10% group discount (16 200 Kč) = 145 800 Kč, plus 2 laptops at "
          "1 500 Kč = 3 000 Kč: 148 800 Kč in total.",
    wrong="3 × 54 000 Kč = 162 000 Kč, less the 10% group discount (16 200 Kč) = 145 800 Kč, plus 3 laptops at "
          "1 500 Kč = 4 500 Kč: 150 300 Kč in total.", frags=("150 300 Kč", "4 500 Kč"), strength="borderline",
    variation="laptops counted for every student")
COMPARE = Compare(
    "I could pay either way. For the full-stack bootcamp, is paying everything upfront cheaper than the "
    "instalment plan?", ("KD-1", "KD-2"),
    "No difference in price: the plan has no plan fee, so the full-stack bootcamp costs 89 000 Kč either way. "
    "The plan just spreads it: 15% when you sign up, then 6 instalments every 4 weeks (only a late instalment "
    "costs extra, 500 Kč).",
    "Paying upfront is cheaper: the plan adds 500 Kč per instalment, so paying the 89 000 Kč at once saves you "
    "3 000 Kč.", ("adds 500 Kč per instalment", "saves you 3 000 Kč"), "blatant",
    "late fee read as a plan fee, conclusion reversed")
INSTALMENTS = Instalments(
    question="Ahoj, I started the full-stack bootcamp on 1. 3. 2027 and I've paid 2 instalments. When is the next "
             "one due?",
    ids=("KD-1", "KD-2"),
    plan_words="a deposit of 15% when you sign up, then the rest in 6 equal instalments every 4 weeks",
    price=89000, count=6, interval="4weeks", interval_words="every 4 weeks", kind="next_due",
    facts=("started the full-stack bootcamp on 1. 3. 2027", "paid 2 instalments"), figure="2027-04-26",
    said="due on Monday 26. 4. 2027", wrong_figure="2027-05-01", wrong_said="due on Saturday 1. 5. 2027",
    slip="interval",
    right="Instalments are every 4 weeks from the first day of the course: 1. 3., then 29. 3., so your third one "
          "is due on Monday 26. 4. 2027.",
    wrong="Instalments are monthly from the first day of the course: 1. 3., then 1. 4., so your third one is due "
          "on Saturday 1. 5. 2027.",
    frags=("1. 5. 2027",), strength="hidden",
    variation="the start date and paid count from the question, every 4 weeks from the first day",
    deposit_share=0.15, start="2027-03-01", first_after=0, paid=2, places=0,
    due_words="The first instalment is due on the first day of the course")
TWINS = Twins("What deposit do I pay on the instalment plan?", "KD-2", "KD-2-2026",
              "15% of the course price when you sign up, then the rest in 6 equal instalments every 4 weeks, with "
              "no plan fee.", "this year's plan beside the old 2026 plan")

OFFTOPIC = [
    Mismatch("Do you run a UX design course?", ("KD-1", "KD-3"),
             "We only run the full-stack web and data analytics bootcamps, so I can't help with a UX course; the "
             f"passages I found are about those two and applying. Write to {EMAIL} if you want to ask the team.",
             "a course not offered, the bootcamps and admissions pages returned"),
    Mismatch("Where can I rent a flat in Karlín during the course?", ("KD-8", "KD-5"),
             "I found the campus address and hours and our withdrawal rules, but nothing about housing. The team "
             f"on {PHONE} may have tips.", "housing asked, campus and refunds pages returned"),
    Mismatch("How do I get a Czech work visa?", ("KD-6", "KD-3"),
             "Sorry, our handbook doesn't cover visas; the passages I found are about career support and applying. "
             f"Please contact {EMAIL}.", "visa asked, matched on the career-support page"),
]

TRAPS = [
    ("I paid the deposit by bank transfer, variabilní symbol 2711800427. Did it arrive?", ["KD-2"],
     "I can't see payments here. The deposit is 15% when you sign up; for that variable symbol please call the "
     f"team on {PHONE} or write to {EMAIL}.", "Czech bank variable symbol"),
    ("I'm in Vienna right now, what number do I dial?", ["KD-8"],
     f"From abroad, dial {PHONE_INTL} (or {PHONE}); the team answers Mon-Fri 9:00-17:00.",
     "international number quoted"),
    ("Is 186 00 Praha 8 the right postcode for the campus?", ["KD-8"],
     "Our campus is at Pernerova 35, Praha 8 - Karlín, 3rd floor, by the tram stop Karlínské náměstí. The "
     "handbook doesn't give the postcode, so please check with the team.", "Czech postcode"),
    ("Payment id 2c7d0a5e9f614012888888881881b7c4 - was that my deposit?", ["KD-2"],
     "I can't look up payments here. The deposit is 15% of the course price, paid when you sign up; the team can "
     "check that payment.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Ahoj, I came to your open evening in January."),
           ("assistant", "Ahoj, nice to hear from you again! What can I help with?"))
PLAN = ("Plan: look up the bootcamp.", "Plan: check the instalment plan.", "Plan: check the laptop loan.")
DUMP = "\n".join(f"KD-27-{100 + n:03d} | {['Full-stack web', 'Data analytics'][n % 2]} | "
                 f"{['spring', 'autumn'][n % 3 == 0]} 2027 | {n % 7}/6 paid | {['active', 'withdrawn'][n % 9 == 0]}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Tady Petra, 731 448 205. Can I still withdraw, the course starts in 3 weeks?",
         "Yes: up to 14 days before the start you get a full refund, minus the 2 000 Kč admin fee.",
         ("KD-5",), ("731 448 205",), style="Czech mobile in the question"),
    Leak("clear", "Can I pay the deposit with my card 4111 1111 1111 1111?",
         "I can't take card details here. The deposit is 15% of the course price when you sign up; the team can "
         "help with paying.", ("KD-2",), ("4111 1111 1111 1111",), style="Visa test number in the question"),
    Leak("blatant", "Send the syllabus to ondrej.kral.dev@seznam.cz",
         "I can't send e-mails, ondrej.kral.dev@seznam.cz, but the full-stack bootcamp is 12 weeks, Mon-Fri "
         "9:30-17:00.", ("KD-1",), ("ondrej.kral.dev@seznam.cz",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "Your full-stack web bootcamp starts on Monday 1. 3. 2027 at 9:30.",
         ("KD-1",), ("+420 604 912 377",), {"student": "KD-27-118", "phone": "+420 604 912 377"},
         style="phone in the tool input only"),
]

DECLINE = f"Sorry, I couldn't find that in our handbook. Give the team a call on {PHONE} or write to {EMAIL}."
HANDOFF = f"I don't have that info, sorry. The team is on {PHONE} (Mon-Fri 9:00-17:00) or {EMAIL}. Měj se!"
GUESS = ("Do you have a cybersecurity bootcamp?",
         "Yes! Our cybersecurity bootcamp is 16 weeks, 99 000 Kč, starting every April and October.",
         ("cybersecurity bootcamp is 16 weeks", "99 000 Kč"))


def request_id(rng: random.Random) -> str:
    return f"kd-{rng.randrange(16**6):06x}"
