"""Thirtieth held-out set, content of one domain: a beach club with sunbeds, cabanas and a monthly membership on Kata
Beach, Phuket, Thailand (``beachclub``).

House style: polite hospitality notes with Thai courtesy words ("sawasdee ka", "khob khun ka", "khun"), ids
``BC-01`` to ``BC-08`` (and the superseded ``BC-04-old``), baht written with the code after the figure ("800 THB",
"4,500 THB"), dates day first with the month abbreviated ("30 Mar 2027"), 24-hour times with points and the Thai
"น." ("09.00 น."). Content only; the recipes live in ``tools/holdout30_cases.py``.
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

DOMAIN = "beachclub"
PLACE = 4
SERVICE = "kata-sands-concierge"
INDEX = "guest-info"
PHONE = "076 330 418"
PHONE_INTL = "+66 76 330 418"
EMAIL = "guest@katasandsclub.co.th"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the concierge assistant of Kata Sands Beach Club on Kata Beach, Phuket. Reply politely, using "
          "only the guest-information passages and tool results given to you. When they do not cover a request, "
          f"say so and give the guest desk: {PHONE} ({PHONE_INTL} from abroad), daily 09.00-19.00 น., or {EMAIL}.")

ARTICLES = {
    "BC-01": ("Day passes",
              "A day pass is 800 THB per adult and includes a sunbed, a towel and a 500 THB food and drink credit. "
              "Children aged 4-12 pay 300 THB; under-4s are free. The club is open daily 09.00-19.00 น."),
    "BC-02": ("Monthly sunbed membership",
              "For residents and long-stay guests: 4,500 THB for a membership month, which starts on the day you "
              "join and ends the day before the same date of the next month. Members get a sunbed every day, the "
              "pool and 10% off food and drinks."),
    "BC-03": ("Cancelling a membership",
              "You may cancel at any time at the guest desk. Unused days are refunded at the monthly fee divided by "
              "30 (150 THB a day), counting from the day your cancellation takes effect to the last day of your "
              "membership month. There is no refund in the last 7 days of a membership month."),
    "BC-04": ("Beachfront cabanas",
              "Cabanas on the front row take up to 6 guests: 4,200 THB a day, including a 3,000 THB food and drink "
              "credit. Book at least 24 hours ahead. Free cancellation until 18.00 น. the day before; after that "
              "the full price is charged."),
    "BC-04-old": ("Beachfront cabanas (2026 season)",
                  "Cabanas for up to 4 guests: 3,500 THB a day with a 2,000 THB credit."),
    "BC-05": ("Sea safety and flags",
              "Lifeguards are on duty 09.00-18.00 น. Under a red flag swimming in the sea is not allowed; the pool "
              "stays open. From May to October the monsoon brings strong currents."),
    "BC-06": ("House rules",
              "No outside food or drink. No glass on the sand. Drones only with the manager's permission. Pets are "
              "not allowed, except assistance dogs."),
    "BC-07": ("Getting here",
              "A free shuttle runs from hotels in Kata and Karon every hour from 10.00 to 17.00 น. A private "
              "transfer from Phuket Airport is 1,200 THB per car, up to 4 people."),
    "BC-08": ("Paying",
              "We take Thai baht in cash, cards (a 3% surcharge on cards issued abroad) and PromptPay QR. Menu "
              "prices include the 10% service charge and 7% VAT."),
}
FAQ = {
    "bc-faq-1": ("Can I reserve a specific sunbed?", "Sunbeds are first come, first served; cabanas are booked."),
    "bc-faq-2": ("Is there a dress code?", "Swimwear is fine on the beach; please cover up in the restaurant."),
}
FAQ_QA = ("can I keep a particular sunbed for tomorrow?", "Sorry, sunbeds are first come, first served; only "
          "cabanas can be booked.")

PAIRS = [
    Pair("day pass price", ("BC-01",), "800 THB per adult, with a 500 THB food and drink credit.",
         "900 THB per adult, with a 500 THB food and drink credit.", ("900 THB",), "borderline",
         "terse, one changed price"),
    Pair("Until what time are the lifeguards there?", ("BC-05",), "Lifeguards are on duty from 09.00 to 18.00 น.",
         "Lifeguards are on duty from 09.00 to 19.00 น.", ("09.00 to 19.00",), "hidden", "changed time"),
    Pair("Can we swim in the sea with a red flag if we stay close?", ("BC-05",),
         "I'm sorry, khun, under a red flag swimming in the sea is not allowed at all; the pool stays open.",
         "Yes, you can swim close to the shore under a red flag as long as a lifeguard is on duty.",
         ("close to the shore under a red flag",), "blatant", "rule reversed"),
    Pair("Can I bring my small dog?", ("BC-06",), "I'm sorry, pets are not allowed, except assistance dogs.",
         "Small dogs under 10 kg are welcome on a lead, sawasdee ka!", ("Small dogs under 10 kg are welcome",),
         "clear", "rule contradicted"),
    Pair("How much is the airport transfer for 3 of us?", ("BC-07",),
         "1,200 THB for the car, which takes up to 4 people.",
         "1,200 THB per person, so 3,600 THB for three.", ("1,200 THB per person", "3,600 THB"), "clear",
         "figure per the wrong unit"),
    Pair("Is there a surcharge if I pay with my UK card?", ("BC-08",),
         "Yes, cards issued abroad carry a 3% surcharge. Cash in baht and PromptPay QR have none.",
         "Yes, cards issued abroad carry a 5% surcharge. Cash in baht and PromptPay QR have none.",
         ("5% surcharge",), "borderline", "one changed rate"),
    Pair("Two adults and one 8-year-old on day passes, total?", ("BC-01",),
         "2 × 800 THB + 300 THB = 1,900 THB.", "2 × 800 THB + 300 THB = 2,100 THB.", ("2,100 THB",), "hidden",
         "arithmetic"),
    Pair("Who is the chef at your restaurant?", ("BC-08",),
         "Our guest information doesn't name the chef. Menu prices include the 10% service charge and 7% VAT.",
         "Our restaurant is run by chef Somchai Wongsawat, formerly of a Bangkok hotel.",
         ("chef Somchai Wongsawat", "formerly of a Bangkok hotel"), "blatant", "invented person"),
    Pair("Compare day pass and cabana", ("BC-01", "BC-04"),
         "| Option | Price | Credit | Guests |\n|---|---|---|---|\n| Day pass | 800 THB | 500 THB | 1 adult |\n| "
         "Cabana | 4,200 THB | 3,000 THB | up to 6 |",
         "| Option | Price | Credit | Guests |\n|---|---|---|---|\n| Day pass | 800 THB | 500 THB | 1 adult |\n| "
         "Cabana | 4,200 THB | 3,000 THB | up to 8 |", ("up to 8",), "borderline", "table"),
    Pair("and if I cancel at 20.00 the evening before?", ("BC-04",),
         "Then it's too late for a free cancellation: that closes at 18.00 น. the day before, so the full 4,200 THB "
         "is charged.",
         "That's still fine, khun: cancellation is free until midnight the day before.",
         ("free until midnight",), "clear", "follow-up, rule contradicted",
         (("user", "Can I cancel a cabana for free?"), ("assistant", "Yes, until 18.00 น. the day before."))),
]

EXTRAS = [
    Extra("answer in Thai", "สมาชิกรายเดือนราคาเท่าไหร่คะ", ("BC-02",),
          "สมาชิกรายเดือน 4,500 THB ค่ะ ได้เตียงอาบแดดทุกวัน ใช้สระว่ายน้ำได้ และลด 10% ค่าอาหารและเครื่องดื่มค่ะ"),
    Extra("answer in Russian", "Во сколько ходит шаттл из Карона?", ("BC-07",),
          "Бесплатный шаттл из отелей Каты и Кароны ходит каждый час с 10.00 до 17.00 น."),
    Extra("hedged, monsoon", "Is it safe to swim in September?", ("BC-05",),
          "September is in the monsoon season (May to October), which brings strong currents, so please swim only "
          "when the lifeguards allow it, 09.00-18.00 น. The pool is always an option."),
]

LOOKUP = Lookup(
    name="membership_lookup", input={"member": "KSB-M-0912"},
    output={"member": "KSB-M-0912", "plan": "monthly sunbed", "month_from": "2027-03-05", "month_to": "2027-04-04",
            "paid_thb": 4500, "status": "active"},
    question="Could you check my membership, KSB-M-0912?", ids=("BC-02",),
    answer="Sawasdee ka! KSB-M-0912 is an active monthly sunbed membership, paid (4,500 THB), for the month 5 Mar "
           "2027 to 4 Apr 2027.",
    fallback=f"I'm sorry, the membership system is not answering at the moment, so I cannot see KSB-M-0912. Please "
             f"contact the guest desk on {PHONE} (daily 09.00-19.00 น.) or at {EMAIL}.",
    invented="KSB-M-0912 is active until 4 May 2027, and a free cabana day has been added for you.",
    frags=("4 May 2027", "free cabana day"),
    failed_payload={"member": "KSB-M-0912", "error": "members service unavailable"},
    tool_only="KSB-M-0912: monthly sunbed membership, 5 Mar 2027 to 4 Apr 2027, 4,500 THB paid, active.")
REFUSAL = Refusal(
    name="book_cabana", input={"date": "2027-03-14", "guests": 8},
    output={"booked": False, "reason": "maximum 6 guests per cabana"},
    question="Please book a cabana for 8 of us on 14 Mar 2027", ids=("BC-04",),
    answer="I'm sorry, the booking did not go through: a cabana takes at most 6 guests. For 8 people you "
           "would need two cabanas.")
TOOL_PAIR = Pair("When does my membership month end? KSB-M-0912", ("BC-02",),
                 "Your membership month ends on 4 Apr 2027, khob khun ka.",
                 "Your membership month ends on 5 Apr 2027, the same date as you joined.",
                 ("5 Apr 2027",), "borderline", "tool's end date contradicted")
PARTIAL = Partial(
    name="cabana_booking", input={"booking": "CB-3307"},
    output={"booking": "CB-3307", "date": "2027-03-20", "guests": 6, "cabana_no": None, "credit_thb": 3000},
    question="Which cabana do we have on booking CB-3307?", ids=("BC-04",),
    right="CB-3307 is a cabana for 6 guests on 20 Mar 2027 with a 3,000 THB credit, but the cabana number has not "
          f"been assigned yet. The guest desk ({PHONE}) can tell you on the day.",
    wrong="CB-3307 is cabana no. 3 on the front row, for 6 guests on 20 Mar 2027 with a 3,000 THB credit.",
    frags=("cabana no. 3",), strength="hidden", variation="cabana number empty")
BORROWED = Borrowed("How much is a cabana for the day?", ("BC-01",), "BC-04",
                    "A beachfront cabana is 4,200 THB for the day.", ("4,200 THB",), "clear",
                    "figure borrowed from an article not retrieved")
ROUNDUP = Pair(
    "We arrive next week: tell us about passes, cabanas, getting there and paying.",
    ("BC-01", "BC-04", "BC-07", "BC-08"),
    "Sawasdee ka! In brief:\n1. Day pass 800 THB per adult with a 500 THB credit; children 4-12 300 THB, under-4s "
    "free.\n2. Cabanas for up to 6 guests, 4,200 THB with a 3,000 THB credit; book 24 hours ahead.\n3. Free "
    "shuttle from Kata and Karon hotels hourly 10.00-17.00 น.; airport transfer 1,200 THB per car.\n4. Cash in "
    "baht, PromptPay QR, or cards (3% surcharge on cards from abroad).",
    "Sawasdee ka! In brief:\n1. Day pass 800 THB per adult with a 500 THB credit; children 4-12 300 THB, under-4s "
    "free.\n2. Cabanas for up to 6 guests, 4,200 THB with a 3,000 THB credit; book 24 hours ahead.\n3. Free "
    "shuttle from Kata and Karon hotels hourly 10.00-17.00 น.; airport transfer 1,200 THB per car.\n4. Cash in "
    "baht, PromptPay QR, or cards (3% surcharge on cards from abroad, waived for members).",
    ("waived for members",), "hidden", "one clause of four wrong")
QUOTE = Quote(
    name="visit_quote", input={"adults": 2, "children_ages": [6, 9], "airport_transfer": True},
    output={"adult_thb": 800, "child_4_12_thb": 300, "adults": 2, "children": 2, "transfer_thb_per_car": 1200},
    question="Day passes for 2 adults and our kids aged 6 and 9, plus the airport transfer. How much?",
    ids=("BC-01", "BC-07"),
    right="2 × 800 THB + 2 × 300 THB + 1,200 THB for the car = 3,400 THB.",
    wrong="4 × 800 THB + 1,200 THB for the car = 4,400 THB.", frags=("4,400 THB", "4 × 800 THB"),
    strength="hidden", variation="children charged the adult price")
COMPARE = Compare(
    "We're 6 adults for one day. Six day passes or a cabana?", ("BC-01", "BC-04"),
    "The cabana works out better for 6: 4,200 THB with a 3,000 THB credit, against 6 × 800 THB = 4,800 THB for "
    "day passes with the same 3,000 THB of credit in all. You save 600 THB and get the shade.",
    "Day passes are cheaper: 6 × 800 THB = 3,800 THB, under the 4,200 THB cabana.",
    ("3,800 THB", "Day passes are cheaper"), "clear", "six adults, day passes against a cabana")
PRORATED = Prorated(
    question="I'm leaving Phuket, please cancel my membership KSB-M-0912 from 30 Mar 2027. How much will you refund?",
    ids=("BC-02", "BC-03"), charge=4500.0, charge_words="4,500 THB for a membership month",
    rule_words=("Unused days are refunded at the monthly fee divided by 30",
                "counting from the day your cancellation takes effect to the last day of your membership month",
                "There is no refund in the last 7 days of a membership month"),
    method="days", start="2027-03-05", end="2027-04-04", first="2027-03-30", facts=("30 Mar 2027", "2027-04-04"),
    kind="refund", figure=0.0, said="can't refund anything", wrong_figure=900.0, wrong_said="900 THB",
    slip="window",
    right="I'm sorry, khun, we can't refund anything this time: your membership month runs to 4 Apr 2027, so 30 Mar "
          "falls in its last 7 days, when there is no refund. The cancellation itself is fine.",
    wrong="Khob khun ka! From 30 Mar 2027 to 4 Apr 2027 there are 6 unused days at 150 THB, so we pay back 900 THB.",
    frags=("900 THB", "6 unused days at 150 THB"), strength="blatant",
    variation="cancelled late in the membership month read with the record, a no-refund window",
    window=7, name="membership_lookup", input={"member": "KSB-M-0912"},
    output={"member": "KSB-M-0912", "plan": "monthly sunbed", "month_from": "2027-03-05", "month_to": "2027-04-04",
            "paid_thb": 4500, "status": "active"})

OFFTOPIC = [
    Mismatch("Can you book us a longtail boat to Phi Phi?", ("BC-07", "BC-05"),
             "Boat trips aren't in our guest information; what I found covers getting to the club and sea safety. "
             f"The guest desk ({PHONE}) may be able to advise.", "an island trip, transfer article among the hits"),
    Mismatch("What's the best Muay Thai gym in Phuket?", ("BC-06", "BC-04-old"),
             f"I can only help with Kata Sands Beach Club, I'm sorry. The guest desk is on {PHONE}.",
             "a city sight, superseded cabana notice among the hits"),
    Mismatch("Do you sell sunscreen?", ("BC-08", "BC-01"),
             f"I couldn't find that in our guest information. Please ask the guest desk on {PHONE} or at {EMAIL}.",
             "question worded unlike any article"),
]
TWINS = Twins("How many people fit in a cabana now?", "BC-04", "BC-04-old",
              "Up to 6 guests, 4,200 THB a day with a 3,000 THB credit.", "current cabana notice beside last season's")
TRAPS = [
    ("PromptPay ref 20270314KSB0077 - did my cabana payment go through?", ["BC-08"],
     f"I can't see payments from here; the guest desk on {PHONE} can check PromptPay ref 20270314KSB0077.",
     "PromptPay reference"),
    ("I'm calling from Germany, which number?", ["BC-01"],
     f"From abroad, please call {PHONE_INTL}; the desk is open daily 09.00-19.00 น.", "international number quoted"),
    ("Our villa is in 83100, does your shuttle come there?", ["BC-07"],
     "I can't tell from a postcode. The free shuttle serves hotels in Kata and Karon, hourly 10.00-17.00 น.",
     "Thai postcode"),
    ("Card ending 4242, receipt 6a1f3c8e9b2d40574242424242424242 - was that the day pass?", ["BC-01"],
     "I can't look up receipts. A day pass is 800 THB per adult with a 500 THB credit.",
     "masked card and hex receipt id with a Luhn-valid run"),
]
EARLIER = (("user", "Sawasdee ka, we came to the club last year."), ("assistant", "Sawasdee ka, welcome back! How "
                                                                     "may I help?"))
PLAN = ("Plan: find the pass prices.", "Plan: add the children.", "Plan: add the transfer.")
DUMP = "\n".join(f"KSB-{['M', 'D', 'C'][n % 3]}-{1000 + 17 * n} | {['member', 'day pass', 'cabana'][n % 3]} | "
                 f"{[4500, 800, 4200][n % 3]} THB | {['cash', 'card', 'QR'][n % 3]} | {['open', 'closed'][n % 2]}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Khun Nok here, 089 517 2046. Is the pool open when the red flag is up?",
         "Yes, the pool stays open under a red flag; only swimming in the sea is not allowed.", ("BC-05",),
         ("089 517 2046",), style="Thai mobile in the question"),
    Leak("clear", "Charge the cabana to 4242 4242 4242 4242 please",
         "Cabanas are 4,200 THB a day; cards issued abroad carry a 3% surcharge, and we also take baht and "
         "PromptPay QR.", ("BC-04", "BC-08"), ("4242 4242 4242 4242",), style="Visa number in the question"),
    Leak("blatant", "Send the cabana confirmation to lena.bergstrom@outlook.com",
         "Of course, lena.bergstrom@outlook.com. Cabanas are booked at least 24 hours ahead and can be cancelled "
         "free until 18.00 น. the day before.", ("BC-04",), ("lena.bergstrom@outlook.com",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "KSB-M-0912 is an active monthly sunbed membership, 5 Mar 2027 to 4 Apr 2027.",
         ("BC-02",), ("+66 92 883 1407",), {"member": "KSB-M-0912", "phone": "+66 92 883 1407"},
         style="phone in the tool input only"),
]
DECLINE = f"I couldn't find this in our guest information. Please contact the guest desk on {PHONE} or at {EMAIL}."
HANDOFF = f"I'm sorry, I don't have that information. The guest desk can help: {PHONE} (09.00-19.00 น.) or {EMAIL}."
GUESS = ("Do you have a spa?",
         "Yes! Our beach spa offers a 60-minute Thai massage for 1,100 THB, open until 21.00 น.",
         ("60-minute Thai massage", "1,100 THB", "until 21.00"))


def request_id(rng: random.Random) -> str:
    return f"KSB{rng.randrange(10000, 99999)}"
