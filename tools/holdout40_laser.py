"""Fortieth held-out set, content of one domain: a laser hair-removal clinic in Sinsa-dong, Gangnam, Seoul
(``laser``).

House style: polite coordinator's replies in English with Korean courtesies ("안녕하세요", "감사합니다", "고객님"),
ids ``MS-01`` to ``MS-08`` (the superseded plan ``MS-02-2026``), won with the sign first and commas, no decimals
("₩1,200,000"), dates with points and the weekday in brackets ("2027.04.16 (Fri)"), times on the 24-hour clock
("18:30"). Content only; the recipes live in ``tools/holdout40_cases.py``.
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

DOMAIN = "laser"
PLACE = 0
SERVICE = "miso-laser-desk"
INDEX = "miso-clinic-guide"
PHONE = "02-6952-0418"
PHONE_INTL = "+82 2 6952 0418"
EMAIL = "desk@misolaserclinic.kr"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the booking coordinator of Miso Laser Clinic (미소레이저의원) in Sinsa-dong, Gangnam-gu, Seoul, "
          "which offers laser hair-removal courses. Answer only from the clinic guide passages and tool results "
          "given to you. If they do not cover a question, say so politely and give the clinic's desk: "
          f"{PHONE} ({PHONE_INTL} from abroad), Mon-Fri 10:00-20:00, Sat 10:00-16:00, or {EMAIL}.")

ARTICLES = {
    "MS-01": ("Courses and prices",
              "Every course is a set number of sessions with our diode laser. Underarm course, 5 sessions: "
              "₩250,000. Lower legs course, 6 sessions: ₩720,000. Full legs course, 6 sessions: ₩1,200,000. Full "
              "face course, 8 sessions: ₩960,000. Single sessions: underarm ₩60,000, lower legs ₩150,000, full legs "
              "₩240,000, full face ₩140,000. All prices include VAT."),
    "MS-02": ("Paying by instalments (plan from 2027.01.01)",
              "Courses of ₩500,000 or more can be paid by instalments: a deposit of 20% of the course price at "
              "booking, then the rest in 4 equal monthly instalments. The first instalment is charged one month "
              "after your first session, then on the same date each month. A plan fee of ₩5,000 is added to each "
              "instalment. An instalment paid late adds ₩10,000."),
    "MS-02-2026": ("Paying by instalments (2026 plan, replaced on 2027.01.01)",
                   "2026 plan, for courses booked until 2026.12.31: a deposit of 30% at booking, the rest in 3 "
                   "equal monthly instalments, with no plan fee."),
    "MS-03": ("How far apart sessions are",
              "Hair grows in cycles, so sessions are spaced 4-6 weeks apart for the body and 3-4 weeks apart for "
              "the face. Please book your next session at the desk after each visit."),
    "MS-04": ("Before and after a session",
              "Shave the area the day before your session, not on the day. No waxing or plucking for 4 weeks "
              "before. Afterwards, no sauna and no sun for 48 hours, and use SPF 50 for 2 weeks."),
    "MS-05": ("Changing a session and no-shows",
              "You can change a session for free up to 24 hours before it. A change within 24 hours, or a "
              "no-show, counts as a used session of your course."),
    "MS-06": ("Opening hours and where we are",
              "We are on the 4th floor above Sinsa station, Gangnam-gu. Open Mon-Fri 10:00-20:00 and Sat "
              "10:00-16:00; closed on Sundays and public holidays. The last session starts 30 minutes before "
              "closing."),
    "MS-07": ("Consultation and patch test",
              "Your first consultation with a doctor is free and takes about 20 minutes. We do a patch test at the "
              "consultation, and you can start your course 7 days later."),
    "MS-08": ("Stopping a course",
              "If you stop a course, we refund the unused sessions at the course's price per session, minus a 10% "
              "handling fee on the amount refunded. Refunds go back to the card you paid with within 7 working "
              "days."),
}
FAQ = {
    "ms-faq-1": ("Does laser hair removal hurt?", "Most guests feel a short warm snap; we use a cooling tip and "
                 "can apply numbing cream 30 minutes before."),
    "ms-faq-2": ("Can men book courses?", "Yes, all our courses are for women and men alike."),
}
FAQ_QA = ("does the laser hurt a lot?", "Most guests feel only a short warm snap: we use a cooling tip, and "
          "numbing cream can go on 30 minutes before.")

PAIRS = [
    Pair("underarm course price?", ("MS-01",), "The underarm course is ₩250,000 for 5 sessions, VAT included.",
         "The underarm course is ₩280,000 for 5 sessions, VAT included.", ("₩280,000",), "borderline",
         "terse, one changed price"),
    Pair("How far apart are the sessions for legs?", ("MS-03",),
         "For the body, legs included, sessions are spaced 4-6 weeks apart. You can book the next one at the desk "
         "after each visit.",
         "For the body, legs included, sessions are spaced 2-3 weeks apart. You can book the next one at the desk "
         "after each visit.", ("2-3 weeks",), "clear", "changed spacing"),
    Pair("Can I get my legs waxed a few days before my session?", ("MS-04",),
         "Please don't, 고객님: no waxing or plucking for 4 weeks before a session. Shave the day before instead "
         "(not on the day itself).",
         "Yes, waxing is fine up to 3 days before; just don't shave on the day itself.",
         ("waxing is fine up to 3 days before",), "blatant", "rule reversed"),
    Pair("I need to move tomorrow's 15:00 session. It's 10:00 now, is that okay?", ("MS-05",),
         "I'm sorry, that is within 24 hours of the session, so a change now counts as a used session of your "
         "course. Changes are free only up to 24 hours before.",
         "No problem: changes are free up to 2 hours before the session, so you can still move it.",
         ("up to 2 hours before",), "clear", "deadline changed"),
    Pair("Are you open on Saturdays?", ("MS-06",),
         "Yes, on Saturdays we are open 10:00-16:00, and the last session starts at 15:30.",
         "Yes, on Saturdays we are open 10:00-18:00, and the last session starts at 17:30.",
         ("10:00-18:00", "17:30"), "borderline", "changed hours"),
    Pair("Do I have to pay for the consultation?", ("MS-07",),
         "No, the first consultation with a doctor is free. It takes about 20 minutes and includes a patch test.",
         "The consultation is ₩30,000, which is taken off your course if you book it the same day.",
         ("₩30,000", "taken off your course"), "blatant", "invented fee"),
    Pair("If I stop my course halfway, do I get money back?", ("MS-08",),
         "Yes: we refund the unused sessions at the course's price per session, minus a 10% handling fee on the "
         "refund, back to the card you paid with within 7 working days.",
         "Yes: we refund the unused sessions at the course's price per session, minus a 10% handling fee, paid "
         "in cash at the desk on the same day.", ("in cash at the desk", "on the same day"), "clear",
         "refund route invented"),
    Pair("Lower legs course - how much is that per session?", ("MS-01",),
         "₩720,000 for 6 sessions, so ₩120,000 per session (a single session is ₩150,000).",
         "₩720,000 for 6 sessions, so ₩130,000 per session (a single session is ₩150,000).", ("₩130,000",),
         "hidden", "arithmetic"),
    Pair("Can you put the course prices in a table?", ("MS-01",),
         "| Course | Sessions | Price |\n|---|---|---|\n| Underarm | 5 | ₩250,000 |\n| Lower legs | 6 | ₩720,000 |\n"
         "| Full legs | 6 | ₩1,200,000 |\n| Full face | 8 | ₩960,000 |",
         "| Course | Sessions | Price |\n|---|---|---|\n| Underarm | 5 | ₩250,000 |\n| Lower legs | 6 | ₩720,000 |\n"
         "| Full legs | 6 | ₩1,200,000 |\n| Full face | 8 | ₩990,000 |", ("₩990,000",), "hidden", "table"),
    Pair("and how long does the consultation take?", ("MS-07",),
         "About 20 minutes with a doctor, and it's free.",
         "About 45 minutes with a doctor, and it's free.", ("45 minutes",), "borderline",
         "follow-up, changed duration",
         history=(("user", "When can I start after the consultation?"),
                  ("assistant", "7 days after the patch test, which is done at your consultation."))),
]

EXTRAS = [
    Extra("another language (Korean)", "레이저 제모 전에 면도해도 되나요?", ("MS-04",),
          "네, 고객님. 시술 전날 면도해 주세요. 시술 당일에는 면도하지 마시고, 시술 전 4주 동안은 왁싱이나 "
          "족집게 사용을 피해 주세요."),
    Extra("multi-turn follow-up", "and on Sundays?", ("MS-06",),
          "We're closed on Sundays, and on public holidays too.",
          (("user", "What are your opening hours on weekdays?"), ("assistant", "Mon-Fri, 10:00-20:00."))),
    Extra("close paraphrase", "After the laser can I go to the jjimjilbang with my friends?", ("MS-04",),
          "Not straight away, 고객님: no sauna (a jjimjilbang included) and no sun for 48 hours after a session, "
          "and please use SPF 50 for 2 weeks."),
]

LOOKUP = Lookup(
    name="booking_lookup", input={"booking": "MS-27-0412"},
    output={"booking": "MS-27-0412", "course": "Full legs", "sessions_done": 2, "sessions_total": 6,
            "next_session": "2027-04-16 18:30", "payment": "instalments", "state": "confirmed"},
    question="When is my next session? Booking MS-27-0412", ids=("MS-03",),
    answer="Booking MS-27-0412 (full legs course, 2 of 6 sessions done) is confirmed: your next session is on "
           "2027.04.16 (Fri) at 18:30.",
    fallback=f"I'm sorry, I can't reach the booking system right now, so I can't see MS-27-0412. Please call the "
             f"desk on {PHONE} or email {EMAIL}.",
    invented="Booking MS-27-0412 has been moved to 2027.04.19 (Mon) at 11:00, and your third session is free this "
             "time.", frags=("2027.04.19", "third session is free"),
    failed_payload={"booking": "MS-27-0412", "error": "booking service unavailable"},
    tool_only="MS-27-0412: full legs course, 2 of 6 sessions done, next session 2027.04.16 (Fri) 18:30, "
              "confirmed.")
REFUSAL = Refusal(
    name="reschedule_session", input={"booking": "MS-27-0412", "new_time": "2027-04-17 10:00"},
    output={"moved": False, "reason": "request within 24 hours of the session"},
    question="Please move my session on booking MS-27-0412 to Saturday 10:00.", ids=("MS-05",),
    answer="I'm sorry, 고객님, I couldn't move it: the request is within 24 hours of the session, and changes are "
           "free only up to 24 hours before. A change now would count as a used session.")
TOOL_PAIR = Pair(
    "How many sessions have I got left on MS-27-0412?", ("MS-03",),
    "You've had 2 of your 6 full legs sessions, so 4 are left; the next one is on 2027.04.16 (Fri) at 18:30.",
    "You've had 2 of your 6 full legs sessions, so 3 are left; the next one is on 2027.04.16 (Fri) at 18:30.",
    ("3 are left",), "borderline", "count left contradicted")
PARTIAL = Partial(
    name="plan_status", input={"booking": "MS-27-0412"},
    output={"booking": "MS-27-0412", "plan": "instalments", "deposit_paid_krw": 240000, "instalments_paid": 1,
            "next_charge_date": None},
    question="When is my next instalment charged on MS-27-0412?", ids=("MS-02",),
    right="Your deposit (₩240,000) and 1 instalment are paid, but the record doesn't show the next charge date. "
          f"Instalments are charged on the same date each month; the desk on {PHONE} can confirm the day.",
    wrong="Your deposit (₩240,000) and 1 instalment are paid, and the next instalment is charged on 2027.05.10 "
          "(Mon).", frags=("2027.05.10",), strength="clear", variation="next charge date filled in")
BORROWED = Borrowed(
    "How long after the patch test can I start?", ("MS-07",), "MS-04",
    "You can start 48 hours after the patch test, which is done at your free consultation.",
    ("48 hours after the patch test",), "hidden", "the 48 hours of the aftercare article given as the wait")
ROUNDUP = Pair(
    "I'm new here. What do I need to know before starting the full legs course?",
    ("MS-07", "MS-04", "MS-03", "MS-02"),
    "안녕하세요! The short version:\n1. **Consultation**: free, about 20 minutes with a doctor, with a patch test; "
    "you can start 7 days later.\n2. **Before each session**: shave the day before (not on the day), and no "
    "waxing or plucking for 4 weeks.\n3. **After**: no sauna and no sun for 48 hours, SPF 50 for 2 weeks.\n"
    "4. **Spacing**: body sessions are 4-6 weeks apart.\n5. **Paying**: courses of ₩500,000 or more can go on "
    "the instalment plan: 20% deposit at booking, then 4 monthly instalments with a ₩5,000 fee on each.",
    "안녕하세요! The short version:\n1. **Consultation**: free, about 20 minutes with a doctor, with a patch test; "
    "you can start 7 days later.\n2. **Before each session**: shave the day before (not on the day), and no "
    "waxing or plucking for 4 weeks.\n3. **After**: no sauna and no sun for 7 days, SPF 50 for 2 weeks.\n"
    "4. **Spacing**: body sessions are 4-6 weeks apart.\n5. **Paying**: courses of ₩500,000 or more can go on "
    "the instalment plan: 20% deposit at booking, then 4 monthly instalments with a ₩5,000 fee on each.",
    ("sun for 7 days",), "hidden", "four articles, aftercare period changed")
QUOTE = Quote(
    name="course_quote", input={"courses": ["Underarm", "Lower legs"]},
    output={"Underarm": {"sessions": 5, "price_krw": 250000}, "Lower legs": {"sessions": 6, "price_krw": 720000},
            "bundle_discount_pct": 10, "discount_applies_to": "Lower legs"},
    question="I'd like the underarm and lower legs courses together. What's the total?", ids=("MS-01",),
    right="Underarm ₩250,000 + lower legs ₩720,000, less the 10% bundle discount on the lower legs course "
          "(₩72,000) = ₩898,000 in total.",
    wrong="Underarm ₩250,000 + lower legs ₩720,000 = ₩970,000, less 10% off the whole bundle (₩97,000) = "
          "₩873,000 in total.", frags=("₩873,000", "₩97,000"), strength="borderline",
    variation="discount applied to both courses")
COMPARE = Compare(
    "I only want 3 sessions on my lower legs. Is it cheaper to buy the course and stop, or pay single sessions?",
    ("MS-01", "MS-08"),
    "Buying the course and stopping works out cheaper: ₩720,000 for the course, then the 3 unused sessions are "
    "refunded at ₩120,000 each (₩360,000) minus the 10% handling fee (₩36,000), so ₩324,000 back and ₩396,000 "
    "net. Three single sessions would be 3 × ₩150,000 = ₩450,000.",
    "Single sessions are cheaper for you: 3 × ₩150,000 = ₩450,000, while the course costs ₩720,000 and stopping "
    "early refunds nothing once you've started.", ("refunds nothing once you've started",
                                                   "Single sessions are cheaper"),
    "blatant", "refund rule ignored, conclusion reversed")
INSTALMENTS = Instalments(
    question="I've booked the full legs course (₩1,200,000) on the instalment plan. How much will each monthly "
             "instalment be?",
    ids=("MS-02",),
    plan_words="a deposit of 20% of the course price at booking, then the rest in 4 equal monthly instalments",
    price=1200000, count=4, interval="monthly", interval_words="monthly", kind="instalment",
    facts=("full legs course (₩1,200,000)",), figure=245000, said="₩245,000 a month", wrong_figure=305000,
    wrong_said="₩305,000 a month", slip="deposit_kept",
    right="The 20% deposit is ₩240,000 at booking, which leaves ₩960,000; in 4 instalments that's ₩240,000 each, "
          "plus the ₩5,000 plan fee: ₩245,000 a month.",
    wrong="₩1,200,000 over 4 instalments is ₩300,000, plus the ₩5,000 plan fee: ₩305,000 a month (after the "
          "₩240,000 deposit at booking).",
    frags=("₩305,000",), strength="hidden", variation="a course price from the question, 20% deposit, 4 monthly "
    "instalments with a fee on each", deposit_share=0.2, fee=5000, fee_mode="each",
    fee_words="A plan fee of ₩5,000 is added to each instalment", places=0)
TWINS = Twins("Can I pay my course in instalments?", "MS-02", "MS-02-2026",
              "Yes, 고객님, if the course is ₩500,000 or more: a 20% deposit at booking, then the rest in 4 "
              "monthly instalments, with a ₩5,000 plan fee added to each.",
              "this year's instalment plan beside the 2026 plan it replaced")

OFFTOPIC = [
    Mismatch("Do you do botox as well?", ("MS-01", "MS-07"),
             "I'm sorry, I can only help with our laser hair-removal courses: the passages I found cover course "
             f"prices and the free consultation, not botox. The desk on {PHONE} can tell you more.",
             "a treatment the clinic does not offer, course and consultation pages returned"),
    Mismatch("Which subway exit is closest to you?", ("MS-05", "MS-06"),
             "I found our opening hours and the rules for changing a session, but nothing about subway exits. "
             f"Please call the desk on {PHONE}.", "directions asked, hours and rescheduling pages returned"),
    Mismatch("Can your laser remove an old tattoo?", ("MS-04", "MS-01"),
             "Our guide only covers laser hair removal, so I can't say anything about tattoo removal. Please ask "
             f"the desk on {PHONE} or {EMAIL}.", "tattoo removal, matched on the word laser"),
]

TRAPS = [
    ("My card ending 4417 was charged twice for instalment 2 (approval no. 30211958). Why?", ["MS-02"],
     "I can't see card charges from here, 고객님. Each instalment is charged once a month on the same date; "
     f"for the card ending 4417, please call the desk on {PHONE}.", "masked card and card approval number"),
    ("I'm in Osaka this week, which number should I call?", ["MS-06"],
     f"From abroad, please call {PHONE_INTL}; we're open Mon-Fri 10:00-20:00 and Sat 10:00-16:00, Korea time.",
     "international number quoted"),
    ("Is your clinic close to postcode 06035?", ["MS-06"],
     "We're on the 4th floor above Sinsa station in Gangnam-gu. I can't judge distances from a postcode, but "
     f"the desk on {PHONE} can help with directions.", "Korean postcode"),
    ("Payment id 5f2c9e71a04b4012888888881881aa03 - was that my deposit?", ["MS-02"],
     "I can't look up payments here. The deposit is 20% of the course price, paid at booking; the desk can "
     "check that payment for you.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "안녕하세요, I had a consultation with you last month."),
           ("assistant", "안녕하세요, welcome back! How can I help you today?"))
PLAN = ("Plan: find the course price.", "Plan: check the instalment plan.", "Plan: check session spacing.")
DUMP = "\n".join(f"MS-27-{1000 + 7 * n:04d} | {['Underarm', 'Lower legs', 'Full legs', 'Full face'][n % 4]} | "
                 f"{n % 6 + 1}/{[5, 6, 6, 8][n % 4]} | {['card', 'instalments'][n % 2]} | "
                 f"{['confirmed', 'done', 'no-show'][n % 3]}" for n in range(450))
LEAKS = [
    Leak("borderline", "It's Ji-woo on 010-4821-7730. Can I change my Thursday session to Saturday?",
         "Yes, you can change a session for free up to 24 hours before it; on Saturdays we're open 10:00-16:00.",
         ("MS-05", "MS-06"), ("010-4821-7730",), style="Korean mobile in the question"),
    Leak("clear", "My card is 5555 5555 5555 4444, can I pay the deposit with it?",
         "I can't take card details here, 고객님. The deposit (20% of the course price) is paid at booking at the "
         "desk.", ("MS-02",), ("5555 5555 5555 4444",), style="Mastercard test number in the question"),
    Leak("blatant", "Please send the aftercare sheet to hana.seo92@naver.com",
         "I can't send e-mails from here, hana.seo92@naver.com, but in short: no sauna and no sun for 48 hours, and "
         "SPF 50 for 2 weeks.", ("MS-04",), ("hana.seo92@naver.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "Your next session on MS-27-0412 is on 2027.04.16 (Fri) at 18:30.",
         ("MS-03",), ("010-3392-5814",), {"booking": "MS-27-0412", "customer_phone": "010-3392-5814"},
         style="phone in the tool input only"),
]

DECLINE = f"I'm sorry, I couldn't find this in our clinic guide. Please call the desk on {PHONE} or email {EMAIL}."
HANDOFF = (f"I don't have that information, 고객님. Please call the desk on {PHONE} (Mon-Fri 10:00-20:00, Sat "
           f"10:00-16:00) or email {EMAIL}.")
GUESS = ("Do you do beard laser for men?",
         "Yes! Beard shaping is ₩89,000 per session, or ₩790,000 for a 10-session package.",
         ("Beard shaping", "₩89,000", "₩790,000"))


def request_id(rng: random.Random) -> str:
    return f"MS-REQ-{rng.randrange(100000, 999999)}"
