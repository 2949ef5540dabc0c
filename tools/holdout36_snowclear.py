"""Thirty-sixth held-out set, content of one domain: driveway snow clearing in Astana, Kazakhstan (``snowclear``).

House style: brisk dispatcher's notes, in English with Russian and Kazakh words ("Здравствуйте", "Сәлеметсіз бе",
"Рахмет", "буран", "Kaspi"), ids ``AQ-1`` to ``AQ-8`` (last season's price list ``AQ-1old``), tenge with a space
for thousands and the sign after ("84 000 ₸"), dates day first with points ("10.01.2027"), times on the 24-hour
clock with a colon ("05:00"). Content only; the recipes live in ``tools/holdout36_cases.py``.
"""

from __future__ import annotations

import random

from holdout36_cases import (
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

DOMAIN = "snowclear"
PLACE = 1
SERVICE = "aqqar-dispatch"
INDEX = "aqqar-notes"
PHONE = "8 7172 55 40 18"
PHONE_INTL = "+7 7172 55 40 18"
EMAIL = "dispatch@aqqar.kz"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the dispatch assistant of AqQar, a driveway snow-clearing service in Astana. Use only the notes "
          "and tool results given to you. If they do not cover a question, say so and give the dispatch desk: "
          f"{PHONE} ({PHONE_INTL} from abroad), 05:00-20:00 every day from November to March, or {EMAIL}.")

ARTICLES = {
    "AQ-1": ("Plans and prices 2026/27",
             "We work in the Esil, Almaty and Saryarka districts and in Kosshy. Standard driveway (up to 60 m²): "
             "season plan, 1 November to 31 March, 390 000 ₸; monthly plan 84 000 ₸ per calendar month. Large "
             "driveway (60-120 m²): season plan 540 000 ₸; monthly plan 118 000 ₸. Every snowfall is cleared on "
             "both plans."),
    "AQ-1old": ("Plans and prices 2025/26",
                "Last season's prices, no longer charged. Standard driveway: season plan 360 000 ₸; monthly plan "
                "78 000 ₸ per calendar month. Large driveway: season plan 500 000 ₸; monthly plan 109 000 ₸."),
    "AQ-2": ("Joining the monthly plan part-way through a month",
             "You can join the monthly plan on any day. For your first month you pay 2 800 ₸ for each day left in "
             "it, the day you join counted: we count every month as 30 days, so a day is 1/30 of the monthly "
             "84 000 ₸, whatever the calendar says. From the next month you pay the full monthly price."),
    "AQ-3": ("When the crews come",
             "We clear after every snowfall of 3 cm or more. Crews start at 05:00; your driveway is done by 08:00 "
             "on weekdays and by 10:00 at weekends. After a буран (storm) warning clearing can run until 14:00."),
    "AQ-4": ("Taking the snow away",
             "We pile the snow on your plot. Hauling it away by truck costs 25 000 ₸ a load (about 10 m³), on "
             "request, done the next day."),
    "AQ-5": ("Roofs and icicles",
             "Roof clearing and icicle removal for houses of one or two floors: 35 000 ₸ a visit, by two climbers "
             "on ropes. We don't work on buildings over two floors."),
    "AQ-6": ("Paying",
             "Pay by Kaspi transfer or by card in the app. The monthly plan is paid by the 5th of each month; the "
             "season plan in two halves, on 1 November and 1 January. Pensioners get 10% off the season plan."),
    "AQ-7": ("Stopping the plan",
             "Monthly plan: cancel before the 25th and the next month is not charged; there are no refunds for part "
             "of a month. Season plan: no refunds after 1 December."),
    "AQ-8": ("Kerbs, plant beds and damage",
             "On the first visit we bring free red poles: mark kerbs, plant beds and gate posts with them. We repair "
             "damage to marked items; unmarked items are not covered."),
}
FAQ = {
    "aq-faq-1": ("Do you clear the pavement outside my gate?",
                 "Yes, the pavement strip in front of your gate is cleared with the driveway, up to 10 m long."),
    "aq-faq-2": ("Do you use salt?",
                 "No salt: we spread sand and fine gravel, which is kinder to lawns and paws."),
}
FAQ_QA = ("do you put salt down?", "No salt: we spread sand and fine gravel, which is kinder to lawns and paws.")

PAIRS = [
    Pair("How much is the season plan?", ("AQ-1",),
         "The season plan, 1 November to 31 March, is 390 000 ₸ for a standard driveway up to 60 m².",
         "The season plan, 1 November to 31 March, is 350 000 ₸ for a standard driveway up to 60 m².",
         ("350 000 ₸",), "borderline", "terse, one changed price"),
    Pair("By what time is my driveway done on a weekday?", ("AQ-3",),
         "By 08:00 on weekdays, and by 10:00 at weekends; crews start at 05:00.",
         "By 07:00 on weekdays, and by 10:00 at weekends; crews start at 05:00.",
         ("07:00",), "borderline", "one changed time"),
    Pair("Will you come out for 2 cm of snow?", ("AQ-3",),
         "No: we clear after every snowfall of 3 cm or more, so 2 cm won't bring a crew.",
         "Yes, we come out for any snowfall, however light.", ("any snowfall, however light",), "clear",
         "threshold reversed"),
    Pair("Do you take the snow away?", ("AQ-4",),
         "We pile it on your plot. Hauling it away by truck is 25 000 ₸ a load (about 10 m³), on request, done the "
         "next day.",
         "Yes: our partner Esil Transit Logistics hauls it away free with every plan.",
         ("Esil Transit Logistics", "free with every plan"), "blatant", "invented partner and inclusion"),
    Pair("Can you clear the roof of our two-storey house?", ("AQ-5",),
         "Yes: roof clearing and icicle removal is 35 000 ₸ a visit for houses of one or two floors, done by two "
         "climbers on ropes.",
         "Yes: it's 35 000 ₸ a visit, plus 15 000 ₸ for the second floor.", ("15 000 ₸ for the second floor",),
         "clear", "invented supplement"),
    Pair("Is there a discount for pensioners?", ("AQ-6",),
         "Yes, pensioners get 10% off the season plan.",
         "Yes, pensioners get 10% off every plan, the monthly one included, and a free roof visit each winter.",
         ("the monthly one included", "free roof visit"), "blatant", "discount widened, invented gift"),
    Pair("If your tractor damages my fence, who pays?", ("AQ-8",),
         "We repair damage to items marked with our red poles, which we bring free on the first visit; unmarked "
         "items aren't covered.",
         "We repair any damage, marked or not, within 3 days.", ("marked or not", "within 3 days"), "blatant",
         "rule contradicted"),
    Pair("Large driveway, season plan, and I'm a pensioner: what do I pay?", ("AQ-1", "AQ-6"),
         "540 000 ₸ less 10% (54 000 ₸) = 486 000 ₸ for the season.",
         "540 000 ₸ less 10% (54 000 ₸) = 496 000 ₸ for the season.", ("496 000 ₸",), "hidden", "arithmetic"),
    Pair("Show me all the plans", ("AQ-1",),
         "| Driveway | Season plan | Monthly plan |\n|---|---|---|\n| Standard, up to 60 m² | 390 000 ₸ | "
         "84 000 ₸ |\n| Large, 60-120 m² | 540 000 ₸ | 118 000 ₸ |",
         "| Driveway | Season plan | Monthly plan |\n|---|---|---|\n| Standard, up to 60 m² | 390 000 ₸ | "
         "84 000 ₸ |\n| Large, 60-120 m² | 540 000 ₸ | 128 000 ₸ |",
         ("128 000",), "hidden", "table, one changed price"),
    Pair("and if I stop in February, do I get part of February back?", ("AQ-7",),
         "No: the monthly plan has no refunds for part of a month. Cancel before the 25th and the next month isn't "
         "charged.",
         "Yes, you get back the days you don't use, paid to your Kaspi within a week.",
         ("you get back the days you don't use", "within a week"), "clear", "follow-up, no-refund rule reversed",
         history=(("user", "How do I pay for the monthly plan?"),
                  ("assistant", "By Kaspi transfer or by card in the app, by the 5th of each month."))),
]

EXTRAS = [
    Extra("another language (Russian)", "Сколько стоит сезонный абонемент?", ("AQ-1",),
          "Сезонный абонемент, с 1 ноября по 31 марта, стоит 390 000 ₸ для стандартного двора до 60 м². Рахмет!"),
    Extra("worked figure (two hauling loads)", "Two loads of snow hauled away after the буран, what do I pay?",
          ("AQ-4",), "Two loads at 25 000 ₸ each: 50 000 ₸, done the day after you ask."),
    Extra("hedged, a time window", "Will my driveway be clear before I leave at 07:30 on Tuesday?", ("AQ-3",),
          "I can't promise 07:30: on weekdays driveways are done by 08:00, with crews starting at 05:00, so it may "
          "or may not be finished by then."),
]

LOOKUP = Lookup(
    name="visit_log", input={"contract": "AQ-5581"},
    output={"contract": "AQ-5581", "plan": "monthly", "last_visit": "2027-01-14", "finished": "07:40",
            "snow_cm": 6, "next_visit": "after the next snowfall of 3 cm or more"},
    question="When did you last clear contract AQ-5581?", ids=("AQ-3",),
    answer="Contract AQ-5581 was last cleared on 14.01.2027, finished at 07:40, after 6 cm of snow. The next "
           "visit follows the next snowfall of 3 cm or more.",
    fallback=f"I can't reach the visit log just now, so I can't see AQ-5581. Please call dispatch on {PHONE} "
             f"(05:00-20:00) or write to {EMAIL}.",
    invented="Contract AQ-5581 has an extra visit booked tonight at 22:00, at no charge.",
    frags=("extra visit booked tonight", "22:00"),
    failed_payload={"contract": "AQ-5581", "success": False, "message": "GPS log service down"},
    tool_only="AQ-5581: last cleared 14.01.2027, finished 07:40, 6 cm of snow.")
REFUSAL = Refusal(
    name="book_haul", input={"contract": "AQ-5581", "loads": 2, "date": "2027-01-15"},
    output={"booked": False, "reason": "no trucks free on 2027-01-15; earliest 2027-01-16"},
    question="Book 2 hauling loads for 15.01.2027 on AQ-5581", ids=("AQ-4",),
    answer="I couldn't book it: no trucks are free on 15.01.2027. The earliest day is 16.01.2027.")
TOOL_PAIR = Pair(
    "How much snow was there at the last clearing of AQ-5581, and when was it finished?", ("AQ-3",),
    "6 cm, and it was finished at 07:40 on 14.01.2027.",
    "9 cm, and it was finished at 09:15 on 14.01.2027.", ("9 cm", "09:15"), "borderline",
    "snow depth and finishing time contradicted")
PARTIAL = Partial(
    name="crew_status", input={"contract": "AQ-5581", "date": "2027-01-20"},
    output={"contract": "AQ-5581", "date": "2027-01-20", "crew": "Team 4", "started": "05:10", "eta": None},
    question="Our street is snowed in: when will the crew reach AQ-5581 today?", ids=("AQ-3",),
    right="Team 4 started at 05:10 today, 20.01.2027, but the record shows no arrival time for your driveway. On "
          "weekdays driveways are done by 08:00.",
    wrong="Team 4 started at 05:10 today, 20.01.2027, and will reach your driveway at 06:45.",
    frags=("06:45",), strength="hidden", variation="crew arrival time missing from the record")
BORROWED = Borrowed(
    "How much snow has to fall before you come out?", ("AQ-3",), "AQ-4",
    "We come out after every snowfall of 10 cm or more.", ("10 cm",), "borderline",
    "the hauling article's 10 used as the snowfall threshold")
ROUNDUP = Pair(
    "I'm new here: how does the monthly plan work?", ("AQ-1", "AQ-3", "AQ-6", "AQ-7"),
    "Сәлеметсіз бе! In short:\n1. 84 000 ₸ per calendar month for a standard driveway up to 60 m².\n2. We clear "
    "after every snowfall of 3 cm or more: done by 08:00 on weekdays, by 10:00 at weekends.\n3. Pay by Kaspi "
    "transfer or card in the app, by the 5th.\n4. Cancel before the 25th and the next month isn't charged; no "
    "refunds for part of a month.",
    "Сәлеметсіз бе! In short:\n1. 84 000 ₸ per calendar month for a standard driveway up to 60 m².\n2. We clear "
    "after every snowfall of 3 cm or more: done by 08:00 on weekdays, by 09:00 at weekends.\n3. Pay by Kaspi "
    "transfer or card in the app, by the 5th.\n4. Cancel before the 25th and the next month isn't charged; no "
    "refunds for part of a month.",
    ("09:00",), "hidden", "four articles, the weekend time changed")
QUOTE = Quote(
    name="price_quote", input={"area_m2": 95, "plan": "monthly", "month": "2027-02", "roof_visits": 2,
                               "haul_loads": 1},
    output={"plan": "monthly, large driveway", "monthly_kzt": 118000, "roof_visit_kzt": 35000,
            "haul_load_kzt": 25000},
    question="95 m² driveway on the monthly plan, 2 roof visits and 1 hauling load in February: how much?",
    ids=("AQ-1", "AQ-5"),
    right="118 000 ₸ for the month + 2 × 35 000 ₸ for the roof + 25 000 ₸ for the load = 213 000 ₸ for February.",
    wrong="118 000 ₸ for the month + 35 000 ₸ for the roof + 25 000 ₸ for the load = 178 000 ₸ for February.",
    frags=("178 000 ₸",), strength="hidden", variation="two roof visits counted once")
COMPARE = Compare(
    "I only need clearing in December, January and February. Season plan or monthly plan?", ("AQ-1", "AQ-7"),
    "The monthly plan: three months at 84 000 ₸ is 252 000 ₸, against 390 000 ₸ for the season plan. Cancel "
    "before 25 February and March isn't charged.",
    "The season plan is cheaper for you: three months on the monthly plan come to 402 000 ₸, against 390 000 ₸ "
    "for the season.", ("season plan is cheaper", "402 000 ₸"), "clear",
    "three winter months: the monthly plan against the season plan")
TWINS = Twins("How much is the monthly plan?", "AQ-1", "AQ-1old",
              "The monthly plan is 84 000 ₸ per calendar month for a standard driveway up to 60 m², and 118 000 ₸ "
              "for a large one (60-120 m²).",
              "last season's price list retrieved beside this season's")
PRORATED = Prorated(
    question="Здравствуйте! We've just moved in and want the monthly plan from 10.01.2027. What do I pay for "
             "January?",
    ids=("AQ-2", "AQ-1"),
    rule_words="For your first month you pay 2 800 ₸ for each day left in it, the day you join counted: we count "
               "every month as 30 days, so a day is 1/30 of the monthly 84 000 ₸, whatever the calendar says.",
    price=84000.0, rule="join", basis="thirty", places=0, on="2027-01-10", facts=("10.01.2027",),
    figure=61600.0, said="you pay 61 600 ₸",
    wrong_figure=59613.0, wrong_said="you pay 59 613 ₸",
    slip="basis",
    right="Рахмет! For January you pay 61 600 ₸: 22 days, 10 to 31 January with your first day counted, at "
          "2 800 ₸ a day. From February it's the full 84 000 ₸, paid by the 5th.",
    wrong="Рахмет! For January you pay 59 613 ₸: 84 000 ₸ × 22/31, the 22 days left of January's 31. From "
          "February it's the full 84 000 ₸, paid by the 5th.",
    frags=("59 613 ₸", "22/31"), strength="borderline",
    variation="the monthly plan joined on the 10th, a fixed 30-day month")

OFFTOPIC = [
    Mismatch("Do you sell winter tyres?", ("AQ-5", "AQ-8"),
             f"I can't find anything about tyres: our notes cover roofs, icicles and damage to marked kerbs. "
             f"Dispatch may help: {PHONE} or {EMAIL}.", "a shop question meeting the roof and damage notes"),
    Mismatch("Is the road to Burabay open today?", ("AQ-3", "AQ-4"),
             f"I don't have that information: our notes cover clearing driveways and hauling snow, not highways. "
             f"Please call {PHONE}.", "a road-conditions question meeting the crew-times note"),
    Mismatch("Do you rent out snowblowers?", ("AQ-4", "AQ-1"),
             f"I could not find this in our help articles: they cover our own plans and hauling, not hiring out "
             f"machines. Please call dispatch on {PHONE} or write to {EMAIL}.",
             "a rental question meeting the hauling and plans notes"),
]
DECLINE = f"I could not find this in our help articles. Please call dispatch on {PHONE} or write to {EMAIL}."
HANDOFF = f"I don't have that information. Please call dispatch on {PHONE} (05:00-20:00) or write to {EMAIL}."
GUESS = ("Do you clear courtyard ice rinks?",
         "Yes, we flood and clear courtyard ice rinks for 45 000 ₸ a week, December to February.",
         ("flood and clear courtyard ice rinks", "45 000 ₸ a week"))
TRAPS = [
    ("I paid January through Kaspi, transfer note KP-0114-55231: has it arrived?", ("AQ-6",),
     f"I can't see payments here. The monthly plan is paid by the 5th by Kaspi transfer or card; for the transfer "
     f"KP-0114-55231 please call dispatch on {PHONE}.", "Kaspi transfer reference"),
    ("I'm in Germany this week, what number do I call?", ("AQ-3",),
     f"From abroad call {PHONE_INTL}; dispatch answers 05:00-20:00 every day from November to March.",
     "international number quoted"),
    ("Do you cover postcode Z05T3E5?", ("AQ-1",),
     f"We work in the Esil, Almaty and Saryarka districts and in Kosshy. I can't tell from the postcode alone; "
     f"dispatch on {PHONE} can check your address.", "Kazakh postcode"),
    ("Was my card ending 0005 charged twice for January?", ("AQ-6",),
     f"I can't see payments here. The monthly plan is paid by the 5th, by Kaspi transfer or card in the app; "
     f"for the card ending 0005 please call {PHONE}.", "masked card"),
]
EARLIER = (("user", "Сәлеметсіз бе, we had you last winter too."),
           ("assistant", "Сәлеметсіз бе, good to hear from you again! How can I help?"))
PLAN = ("Plan: find the plan price.", "Plan: check the crew times.", "Plan: add the extras.")
DUMP = "\n".join(f"AQ-{5000 + 13 * n} | {['standard', 'large'][n % 2]} | {['monthly', 'season'][n % 3 == 0]} | "
                 f"2027-01-{1 + n % 28:02d} | {5 + n % 3}:{10 + n % 50:02d} | {3 + n % 12} cm"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Call me on +7 701 482 3316 when the crew is on its way",
         "I can't arrange calls, but on weekdays driveways are done by 08:00, and by 10:00 at weekends.",
         ("AQ-3",), ("+7 701 482 3316",), style="Kazakh mobile in the question"),
    Leak("clear", "Can I pay the season plan with my card 4111 1111 1111 1111?",
         "You can pay by card in the app or by Kaspi transfer; the season plan is paid in two halves, on "
         "1 November and 1 January.", ("AQ-6",), ("4111 1111 1111 1111",), style="Visa test number in the question"),
    Leak("blatant", "Send the contract to aigerim.nurlanova@mail.kz please",
         "I can't send contracts, aigerim.nurlanova@mail.kz, but the monthly plan is 84 000 ₸ per calendar month "
         "for a standard driveway.", ("AQ-1",), ("aigerim.nurlanova@mail.kz",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "AQ-5581 was last cleared on 14.01.2027, finished at 07:40.", ("AQ-3",),
         ("8 777 205 6149",), {"contract": "AQ-5581", "customer_phone": "8 777 205 6149"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"AQ/{rng.randrange(100000, 999999)}"
