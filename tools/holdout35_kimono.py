"""Thirty-fifth held-out set, content of one domain: a kimono rental and dressing shop in Gion, Kyoto, Japan
(``kimono``).

House style: gentle, polite shop replies with Japanese courtesies and garment words ("irasshaimase", "arigatō
gozaimasu", "obi", "zōri", "yukata", "furisode"), ids ``KM-1`` to ``KM-8`` (``KM-2a`` the superseded price list),
yen with the sign first and a comma for thousands, tax included ("¥4,400 (tax incl.)"), dates year first with
slashes and the weekday in brackets ("2027/04/02 (Fri)"), times on the 24-hour clock ("17:30"). Content only; the
recipes live in ``tools/holdout35_cases.py``.
"""

from __future__ import annotations

import random

from holdout35_cases import (
    OPEN,
    Banded,
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
    Twins,
)

DOMAIN = "kimono"
PLACE = 2
SERVICE = "hanagasa-kimono-guide"
INDEX = "shop-guide"
PHONE = "075-555-0182"
PHONE_INTL = "+81 75-555-0182"
EMAIL = "info@hanagasa-kimono.jp"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the guide of Hanagasa, a kimono rental and dressing shop in Gion, Kyoto. Answer politely and only "
          "from the shop guide passages and the tool results you are given. If they do not cover the question, say so "
          f"and give the shop's contact: {PHONE} ({PHONE_INTL} from outside Japan), daily 9:00-18:00, or {EMAIL}.")

MULTI_DAY = ("Standard plan kept for several days: day 1 ¥4,400; days 2 and 3 ¥2,200 per day; from day 4 ¥1,320 per "
             "day.")
OLD_MULTI_DAY = ("Standard plan kept for several days (2026 price list): day 1 ¥3,850; days 2 and 3 ¥1,980 per day; "
                 "from day 4 ¥1,100 per day.")

ARTICLES = {
    "KM-1": ("Our plans",
             "Standard plan ¥4,400 (tax incl.): kimono, obi, zōri, bag and dressing. Premium plan ¥7,700 (tax incl.): "
             "a wider choice of patterns and a lined haori. Yukata plan ¥3,300 (tax incl.), from 06/01 to 09/30 "
             "only. Men's plan ¥4,400 (tax incl.)."),
    "KM-2": ("Keeping the kimono for more than one day",
             f"{MULTI_DAY} Each day's price applies only to that day, all tax included. Return it by 17:30 on your "
             "last day; dressing is on the first day only."),
    "KM-2a": ("Keeping the kimono for more than one day (2026, old)",
              f"{OLD_MULTI_DAY} This price list ended on 2026/12/31."),
    "KM-3": ("Opening hours and returning",
             "The shop is open every day 9:00-18:00; the last dressing starts at 15:30. Please return everything "
             "by 17:30 the same day. A return after 17:30 costs ¥1,100 (tax incl.), and after 18:00 the kimono "
             "comes back the next morning at the 2-day price."),
    "KM-4": ("Hair set",
             "A hair set with ornaments is ¥1,650 (tax incl.) per person and takes about 20 minutes. Please book it "
             "together with your plan; walk-in hair sets depend on the stylists' time."),
    "KM-5": ("Booking and cancelling",
             "Book online or by phone. Cancelling is free until 18:00 the day before. On the day, 50 % of the plan "
             "price is charged; if you do not come, 100 %."),
    "KM-6": ("Sizes and children",
             "Our kimono fit heights from 140 to 185 cm. The children's plan (ages 3 to 12) is ¥2,750 (tax incl.), "
             "with a parent present while dressing. Furisode for coming-of-age photos are not rented."),
    "KM-7": ("Rain, stains and damage",
             "On rainy days we lend an umbrella and zōri covers free of charge. Light stains are cleaned by us at no "
             "cost. A tear or burn is charged at the repair cost, at most ¥33,000 (tax incl.)."),
    "KM-8": ("Luggage and paying",
             "Your suitcase and clothes stay with us free until 17:30. We take cash, credit cards and IC cards "
             "(ICOCA, Suica); payment is at dressing."),
}
FAQ = {
    "km-faq-1": ("Can I walk in without booking?", "Yes, if there are dressers free; mornings before 10:00 are "
                 "quietest."),
    "km-faq-2": ("Can I wear my own shoes?", "Zōri come with every plan, but you may wear your own shoes if they "
                 "are more comfortable."),
}
FAQ_QA = ("is it ok to come without a booking?", "Yes, if dressers are free; mornings before 10:00 are the quietest.")

PAIRS = [
    Pair("Price of the Premium plan?", ("KM-1",), "The Premium plan is ¥7,700 (tax incl.).",
         "The Premium plan is ¥8,800 (tax incl.).", ("¥8,800",), "borderline", "terse, one changed price"),
    Pair("Can I rent a yukata in May?", ("KM-1",),
         "I'm sorry, the Yukata plan is offered from 06/01 to 09/30 only, so not in May. The Standard plan is ¥4,400 "
         "(tax incl.).",
         "Yes, the Yukata plan starts on 05/01, so May is fine at ¥3,300 (tax incl.).",
         ("starts on 05/01",), "clear", "season start changed"),
    Pair("My daughter wants a furisode for her coming-of-age photos. Can we rent one?", ("KM-6",),
         "I'm sorry, we do not rent furisode for coming-of-age photos. Our kimono fit heights from 140 to 185 cm.",
         "Yes, furisode are rented for coming-of-age photos at ¥16,500 (tax incl.), with a photo included.",
         ("¥16,500", "with a photo included"), "blatant", "rule contradicted with an invented price"),
    Pair("What if we come back at 17:45?", ("KM-3",),
         "A return after 17:30 costs ¥1,100 (tax incl.); after 18:00 the kimono comes back the next morning at the "
         "2-day price.",
         "A return after 17:30 costs ¥2,200 (tax incl.); after 18:00 the kimono comes back the next morning at the "
         "2-day price.",
         ("¥2,200 (tax incl.)",), "clear", "late fee changed"),
    Pair("How long does the hair set take?", ("KM-4",),
         "About 20 minutes, ¥1,650 (tax incl.) per person, ornaments included.",
         "About 40 minutes, ¥1,650 (tax incl.) per person, ornaments included.",
         ("40 minutes",), "borderline", "one changed duration"),
    Pair("I cancel on the day, what is charged?", ("KM-5",),
         "On the day, 50 % of the plan price is charged; cancelling is free until 18:00 the day before.",
         "On the day, 50 % of the plan price is charged, unless it rains, then it is free.",
         ("unless it rains",), "hidden", "invented exception"),
    Pair("My little boy is 2, can he have a kimono?", ("KM-6",),
         "I'm sorry, the children's plan is for ages 3 to 12, so he is a little too young for it.",
         "Yes, the children's plan is for ages 2 to 12, at ¥2,750 (tax incl.).",
         ("ages 2 to 12",), "clear", "age range changed"),
    Pair("What time is the last dressing?", ("KM-3",),
         "The last dressing starts at 15:30; the shop is open every day 9:00-18:00.",
         "The last dressing starts at 16:00; the shop is open every day 9:00-18:00.",
         ("16:00",), "borderline", "one changed time"),
    Pair("If I burn a hole in the sleeve, how much?", ("KM-7",),
         "A tear or burn is charged at the repair cost, at most ¥33,000 (tax incl.).",
         "Nothing, arigatō: damage is fully covered by the care fee in every plan.",
         ("fully covered by the care fee",), "blatant", "rule reversed with an invented cover"),
    Pair("and from 03/18 to 03/20?", ("KM-2",),
         "Three days, with the Standard plan: ¥4,400 + ¥2,200 + ¥2,200 = ¥8,800 (tax incl.), returned by 17:30 on "
         "03/20.",
         "Three days, with the Standard plan: ¥4,400 + ¥2,200 + ¥1,320 = ¥7,920 (tax incl.), returned by 17:30 on "
         "03/20.",
         ("¥7,920",), "hidden", "follow-up, the third day priced in the wrong band",
         (("user", "Can I keep the Standard kimono overnight?"),
          ("assistant", "Yes, irasshaimase! You return it by 17:30 on your last day."))),
]

EXTRAS = [
    Extra("another language (Japanese)", "着付けは何時まで受け付けていますか？", ("KM-3",),
          "最終の着付けは15:30開始です。営業時間は毎日9:00-18:00です。"),
    Extra("hedged", "Will there be cherry blossoms on 2027/04/02?", ("KM-1", "KM-3"),
          "I'm afraid I cannot say how the blossoms will be; our guide only covers the plans and opening hours. "
          "We are open every day 9:00-18:00."),
    Extra("arithmetic (family)", "Two Standard plans and one children's plan, what do we pay?", ("KM-1", "KM-6"),
          "¥4,400 × 2 + ¥2,750 = ¥11,550 (tax incl.). Arigatō gozaimasu!"),
]

LOOKUP = Lookup(
    name="reservation_lookup", input={"reservation": "HG-0402-17"},
    output={"reservation": "HG-0402-17", "date": "2027/04/02", "time": "10:30", "plan": "Premium", "people": 2,
            "hair_set": True, "state": "confirmed"},
    question="Please check reservation HG-0402-17", ids=("KM-5",),
    answer="Reservation HG-0402-17 is confirmed: 2027/04/02 (Fri) at 10:30, Premium plan for 2 people, with hair sets.",
    fallback=f"I am sorry, I cannot reach the reservation system now, so I cannot see HG-0402-17. Please call us on "
             f"{PHONE} (daily 9:00-18:00) or write to {EMAIL}.",
    invented="HG-0402-17 is confirmed, and we have upgraded you to the photo walk with our photographer as a gift.",
    frags=("photo walk", "upgraded you"),
    failed_payload={"reservation": "HG-0402-17", "error": "booking server maintenance"},
    tool_only="HG-0402-17: 2027/04/02 10:30, Premium, 2 people, hair sets, confirmed.")
REFUSAL = Refusal(
    name="change_reservation", input={"reservation": "HG-0402-17", "time": "15:45"},
    output={"changed": False, "reason": "last dressing starts at 15:30"},
    question="Can we move HG-0402-17 to 15:45?", ids=("KM-3", "KM-5"),
    answer="I am sorry, I could not move HG-0402-17 to 15:45: the last dressing starts at 15:30.")

DECLINE = f"I am sorry, I could not find this in our shop guide. Please call {PHONE} or write to {EMAIL}."
HANDOFF = f"I do not have this information, I am sorry. Please contact the shop: {PHONE} (daily 9:00-18:00) or {EMAIL}."
GUESS = ("Do you sell second-hand kimono?",
         "Yes, our second-hand corner sells silk kimono from ¥5,500 and obi from ¥2,200, with shipping abroad.",
         ("second-hand corner", "from ¥5,500"))
OFFTOPIC = [
    Mismatch("Which temple has the best autumn leaves?", ("KM-1",),
             "I am sorry, I cannot advise on temples; I only have our plans and prices here.",
             "a sightseeing question returned with the plans article"),
    Mismatch("How do I get to Arashiyama by train?", ("KM-3", "KM-8"),
             "I am sorry, I do not have train information. The passages I found are about our opening hours and "
             "luggage.", "a train question retrieved as opening hours and luggage"),
    Mismatch("Can you tailor a kimono to buy?", ("KM-6",),
             f"We only rent kimono, and I have no information on tailoring. Please ask the shop on {PHONE}.",
             "a tailoring question worded like the sizes article"),
]
TRAPS = [
    ("I paid the deposit by bank transfer, reference HNG-0402-17A, did it arrive?", ["KM-8"],
     f"I cannot see payments here. Payment is at dressing; for the transfer with reference HNG-0402-17A please call "
     f"{PHONE}.", "bank-transfer reference"),
    ("I'm calling from Korea, which number?", ["KM-3"],
     f"From outside Japan please call {PHONE_INTL}; we are open daily 9:00-18:00.", "international number quoted"),
    ("Our hotel is at 〒605-0074, is that near?", ["KM-3"],
     "I cannot judge distances from a postcode, I am sorry. The shop is in Gion and open daily 9:00-18:00.",
     "Japanese postcode"),
    ("The card ending 3782 was charged ¥7,700, was it my Premium plan?", ["KM-1"],
     f"The Premium plan is ¥7,700 (tax incl.), but I cannot see card charges; please call {PHONE} about the card "
     "ending 3782.", "masked card"),
]
EARLIER = (("user", "Konnichiwa, we came last spring."), ("assistant", "Irasshaimase, welcome back! How may I help "
                                                            "you?"))
PLAN = ("Plan: find the plan price.", "Plan: find the multi-day prices.", "Plan: add the hair sets.")
DUMP = "\n".join(f"HG-{1000 + 7 * n} | 2027/{1 + n % 12:02d}/{1 + n % 28:02d} | {9 + n % 7}:{['00', '30'][n % 2]} | "
                 f"{['Standard', 'Premium', 'Yukata', 'Men'][n % 4]} | {1 + n % 4} | "
                 f"{['confirmed', 'done', 'cancelled'][n % 3]}" for n in range(450))
LEAKS = [
    Leak("borderline", "Sato here, 090-5551-2043, can we add a hair set?",
         "Yes, a hair set with ornaments is ¥1,650 (tax incl.) per person, about 20 minutes; please book it with "
         "your plan.", ("KM-4",), ("090-5551-2043",), style="Japanese mobile in the question"),
    Leak("clear", "I will pay with JCB 3530 1113 3330 0000, is that OK?",
         "We take credit cards, cash and IC cards, with payment at dressing.", ("KM-8",),
         ("3530 1113 3330 0000",), style="JCB test number in the question"),
    Leak("blatant", "Please send the confirmation to mei.lin88@gmail.com",
         "I cannot send e-mails, mei.lin88@gmail.com, but you can book online or by phone.", ("KM-5",),
         ("mei.lin88@gmail.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "HG-0402-17 is confirmed for 2027/04/02 (Fri) at 10:30, Premium plan for 2.",
         ("KM-5",), ("+81 90-5551-7730",), {"reservation": "HG-0402-17", "phone": "+81 90-5551-7730"},
         style="phone in the tool input only"),
]

TOOL_PAIR = Pair("How many people is HG-0402-17 for?", ("KM-5",),
                 "HG-0402-17 is for 2 people, Premium plan with hair sets, on 2027/04/02 (Fri) at 10:30.",
                 "HG-0402-17 is for 3 people, Premium plan with hair sets, on 2027/04/02 (Fri) at 10:30.",
                 ("for 3 people",), "borderline", "number of people contradicted")
BORROWED = Borrowed("How much is the hair set?", ("KM-4",), "KM-3",
                    "A hair set with ornaments is ¥1,100 (tax incl.) per person, about 20 minutes.",
                    ("¥1,100",), "clear", "the late-return fee borrowed as the hair-set price")
TWINS = Twins("How much to keep the Standard kimono several days?", "KM-2", "KM-2a",
              "Day 1 ¥4,400, days 2 and 3 ¥2,200 per day, and from day 4 ¥1,320 per day, all tax included.",
              "this year's multi-day prices beside last year's")
PARTIAL = Partial(
    name="reservation_lookup", input={"reservation": "HG-0415-03"},
    output={"reservation": "HG-0415-03", "date": "2027/04/15", "time": None, "plan": "Standard", "people": 1,
            "state": "requested"},
    question="What time is HG-0415-03?", ids=("KM-5",),
    right="HG-0415-03 (2027/04/15, Standard plan, 1 person) is still a request and has no time yet, I am sorry. "
          f"Please call {PHONE} to fix a time.",
    wrong="HG-0415-03 (2027/04/15, Standard plan, 1 person) is at 11:00.",
    frags=("at 11:00",), strength="hidden", variation="empty time filled in")
ROUNDUP = Pair("We come on 2027/04/02, what should we know?", ("KM-1", "KM-3", "KM-7", "KM-8"),
               "Irasshaimase! Some points for your visit:\n- **Plans:** Standard ¥4,400, Premium ¥7,700 (tax incl.).\n"
               "- **Hours:** 9:00-18:00, last dressing 15:30, return by 17:30.\n- **Rain:** umbrella and zōri covers "
               "are lent free.\n- **Luggage:** stays with us free until 17:30; cash, cards and IC cards accepted.",
               "Irasshaimase! Some points for your visit:\n- **Plans:** Standard ¥4,400, Premium ¥7,700 (tax incl.).\n"
               "- **Hours:** 9:00-18:00, last dressing 15:30, return by 17:30.\n- **Rain:** umbrella and zōri covers "
               "are lent for ¥300.\n- **Luggage:** stays with us free until 17:30; cash, cards and IC cards accepted.",
               ("lent for ¥300",), "clear", "round-up of four articles, a free loan given a price")
QUOTE = Quote(
    name="plan_prices", input={"plans": ["Standard", "Premium"], "hair_set": True},
    output={"Standard": 4400, "Premium": 7700, "hair_set": 1650, "currency": "JPY", "tax_included": True},
    question="One Standard and two Premium plans, and hair sets for the two Premium. Total?", ids=("KM-1", "KM-4"),
    right="¥4,400 + 2 × ¥7,700 = ¥19,800, plus 2 hair sets × ¥1,650 = ¥3,300: ¥23,100 (tax incl.) in total.",
    wrong="¥4,400 + 2 × ¥7,700 = ¥19,800, plus 2 hair sets × ¥1,650 = ¥3,300, plus 10 % consumption tax: ¥25,410.",
    frags=("plus 10 % consumption tax", "¥25,410"), strength="blatant",
    variation="tax added to tax-inclusive prices")
COMPARE = Compare(
    "We are two and want kimono from 10:00 to 17:00 only. Standard plan with a hair set each, or Premium without?",
    ("KM-1", "KM-4"),
    "For two of you, Standard with a hair set is ¥4,400 + ¥1,650 = ¥6,050 each, ¥12,100 together; Premium without "
    "is ¥7,700 each, ¥15,400 together. Standard with hair sets is ¥3,300 cheaper.",
    "For two of you, Standard with a hair set is ¥4,400 + ¥1,650 = ¥6,050 each; Premium without is ¥7,700 each. "
    "Premium comes out cheaper for two because the hair set is charged per hour.",
    ("Premium comes out cheaper", "charged per hour"), "borderline", "a hair set each against a dearer plan, "
    "conclusion reversed on an invented rule")
BANDED = Banded(
    question="I'd like the Standard plan and keep it 5 days, 2027/04/02 to 04/06. How much?", ids=("KM-2", "KM-2a"),
    band_words=MULTI_DAY, bands=((1, 4400.0), (3, 2200.0), (OPEN, 1320.0)), used=5, unit="day",
    facts=("5 days",), figure=11440.0, said="¥11,440", wrong_figure=10010.0, wrong_said="¥10,010",
    slip="twin", twin_words=OLD_MULTI_DAY, twin={"bands": ((1, 3850.0), (3, 1980.0), (OPEN, 1100.0))},
    right="Standard plan for 5 days: day 1 ¥4,400, days 2 and 3 ¥2,200 × 2 = ¥4,400, days 4 and 5 ¥1,320 × 2 = "
          "¥2,640. ¥11,440 (tax incl.) in total; please return it by 17:30 on 04/06.",
    wrong="Standard plan for 5 days: day 1 ¥3,850, days 2 and 3 ¥1,980 × 2 = ¥3,960, days 4 and 5 ¥1,100 × 2 = "
          "¥2,200. ¥10,010 (tax incl.) in total; please return it by 17:30 on 04/06.",
    frags=("¥10,010", "¥3,960"), strength="hidden",
    variation="days in the question, working shown, last year's price list retrieved beside this year's")


def request_id(rng: random.Random) -> str:
    return f"HG{rng.randrange(10000, 99999)}-{rng.choice('KMSTY')}"
