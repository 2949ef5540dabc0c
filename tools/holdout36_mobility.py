"""Thirty-sixth held-out set, content of one domain: home-care equipment rental (hospital beds, wheelchairs,
walkers) in Haifa, Israel (``mobility``).

House style: warm, careful home-care replies with Hebrew courtesies ("Shalom", "Toda", "Refua shlema", "kupat
holim"), ids ``MH-A1`` to ``MH-A8`` (last year's bed price list ``MH-A1-2026``), shekels with the sign first and no
decimals ("₪600", "₪1,000"), dates with the month written out after the day ("21 April 2027"), times on the
24-hour clock ("8:00-17:00"), a working week from Sunday to Thursday. Content only; the recipes live in
``tools/holdout36_cases.py``.
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

DOMAIN = "mobility"
PLACE = 3
SERVICE = "ezra-home-care"
INDEX = "ezra-help-centre"
PHONE = "04-855 3120"
PHONE_INTL = "+972 4-855 3120"
EMAIL = "service@ezra-home.co.il"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the service assistant of Ezra Home Care, which rents hospital beds, wheelchairs and walkers for "
          "use at home in Haifa, the Krayot and Nesher. Answer only from the help-centre articles and tool results "
          f"you are given. If they do not cover something, say so and give the service desk: {PHONE} "
          f"({PHONE_INTL} from abroad), Sunday to Thursday 8:00-17:00 and Friday 8:00-12:00, or {EMAIL}.")

ARTICLES = {
    "MH-A1": ("Electric hospital bed",
              "Electric hospital bed with a mattress and side rails: ₪600 per calendar month. For the first month "
              "you pay only for the days from the delivery day to the end of that month, the delivery day counted, "
              "by the actual number of days in the month. Delivery and set-up: ₪240, charged once in full, never "
              "split by days."),
    "MH-A1-2026": ("Electric hospital bed (2026 prices)",
                   "2026 prices, replaced on 1 January 2027. Electric hospital bed with a mattress and side rails: "
                   "₪550 per calendar month. Delivery and set-up: ₪200."),
    "MH-A2": ("Wheelchairs and walkers",
              "Standard wheelchair (16 kg, for everyday use at home): ₪180 a month. Lightweight transit wheelchair "
              "(9 kg, folds small, made for car trips): ₪240 a month. Rollator walker with a seat: ₪90 a month. "
              "Collect from our Hadar store, or we deliver for ₪70."),
    "MH-A3": ("Deposits",
              "A refundable deposit of ₪1,000 for a bed and ₪300 for a wheelchair, returned within 7 working days "
              "after collection, less the cost of any damage."),
    "MH-A4": ("Health funds and receipts",
              "We are not a kupat holim (health fund) supplier and cannot bill a fund directly. We give you an "
              "itemised receipt so you can ask your fund or insurer for reimbursement."),
    "MH-A5": ("Delivery and collection",
              "We deliver and collect Sunday to Thursday, 8:00-17:00, in Haifa, the Krayot and Nesher; not on "
              "Fridays, Shabbat or holidays. Please book 2 working days ahead."),
    "MH-A6": ("Ending a rental",
              "Give notice by the 20th and the rental ends at the end of that month; notice after the 20th ends it "
              "at the end of the next month. After the first month there are no refunds for part of a month."),
    "MH-A7": ("Repairs",
              "If the bed's motor or remote fails, call us: on working days a technician comes within 24 hours, "
              "free of charge. Damage from misuse is charged at cost."),
    "MH-A8": ("Pressure mattress",
              "Alternating-pressure mattress against bed sores: ₪350 a month, as an add-on to one of our beds, set "
              "up together with the bed."),
}
FAQ = {
    "mh-faq-1": ("Do you clean the equipment between patients?",
                 "Yes, every bed, wheelchair and walker is cleaned and disinfected between rentals, and mattresses "
                 "get a new cover."),
    "mh-faq-2": ("Is there parking at the Hadar store?",
                 "There are 2 short-stay bays at the store for loading equipment; otherwise use the street."),
}
FAQ_QA = ("is the equipment disinfected between patients?",
          "Yes, every bed, wheelchair and walker is cleaned and disinfected between rentals, and each mattress gets "
          "a new cover.")

PAIRS = [
    Pair("How much is a rollator?", ("MH-A2",), "A rollator walker with a seat is ₪90 a month.",
         "A rollator walker with a seat is ₪120 a month.", ("₪120",), "borderline", "terse, one changed price"),
    Pair("Can you deliver on Friday morning?", ("MH-A5",),
         "Sorry, no: we deliver and collect Sunday to Thursday, 8:00-17:00, and not on Fridays, Shabbat or "
         "holidays.",
         "Yes, we deliver on Fridays until 13:00.", ("Fridays until 13:00",), "borderline",
         "delivery days changed"),
    Pair("How soon can you bring a bed?", ("MH-A5",),
         "Please book 2 working days ahead; we deliver Sunday to Thursday, 8:00-17:00.",
         "We can bring it the same day if you call before 10:00.", ("same day", "before 10:00"), "clear",
         "invented same-day service"),
    Pair("When do I get the bed deposit back?", ("MH-A3",),
         "The ₪1,000 bed deposit comes back within 7 working days after collection, less the cost of any damage.",
         "The ₪1,000 bed deposit comes back within 30 working days after collection, less the cost of any damage.",
         ("30 working days",), "borderline", "one changed period"),
    Pair("Can Clalit pay you directly for the bed?", ("MH-A4",),
         "No, I'm sorry: we aren't a kupat holim supplier and can't bill a fund directly. You get an itemised "
         "receipt to claim reimbursement from your fund or insurer.",
         "Yes, we bill Clalit and Maccabi directly, so you pay nothing yourself.",
         ("bill Clalit and Maccabi directly", "you pay nothing"), "blatant", "rule contradicted"),
    Pair("The bed's remote stopped working, what do I do?", ("MH-A7",),
         "Please call us: on working days a technician comes within 24 hours, free of charge, unless it's damage "
         "from misuse.",
         "Please call us: a technician comes within 24 hours, and the visit costs ₪150.", ("costs ₪150",), "clear",
         "invented fee"),
    Pair("Do you deliver to Akko?", ("MH-A5",),
         "I'm sorry, we deliver in Haifa, the Krayot and Nesher only.",
         "Yes, Akko and Nahariya are covered by our northern van every Tuesday.",
         ("Akko and Nahariya are covered", "northern van"), "blatant", "area contradicted, invented service"),
    Pair("Bed plus pressure mattress for 3 full months, without delivery?", ("MH-A1", "MH-A8"),
         "(₪600 + ₪350) × 3 = ₪950 × 3 = ₪2,850.", "(₪600 + ₪350) × 3 = ₪950 × 3 = ₪2,750.", ("₪2,750",),
         "hidden", "arithmetic"),
    Pair("List your monthly rental prices", ("MH-A1", "MH-A2", "MH-A8"),
         "- Electric hospital bed: ₪600\n- Pressure mattress (add-on): ₪350\n- Standard wheelchair: ₪180\n"
         "- Transit wheelchair: ₪240\n- Rollator walker: ₪90",
         "- Electric hospital bed: ₪600\n- Pressure mattress (add-on): ₪350\n- Standard wheelchair: ₪180\n"
         "- Transit wheelchair: ₪260\n- Rollator walker: ₪90", ("₪260",), "hidden", "list, one changed price"),
    Pair("and if I give notice on the 25th?", ("MH-A6",),
         "Then the rental ends at the end of the next month: notice after the 20th counts for the month after, "
         "and there are no refunds for part of a month.",
         "Then we refund the days after you hand the equipment back.", ("refund the days after you hand",), "clear",
         "follow-up, no-refund rule reversed",
         history=(("user", "When do I have to give notice to end the rental?"),
                  ("assistant", "By the 20th; the rental then ends at the end of that month."))),
]

EXTRAS = [
    Extra("another language (Hebrew)", "כמה עולה מיטה חשמלית לחודש?", ("MH-A1",),
          "שלום! מיטה חשמלית עם מזרן ומעקות עולה ₪600 לחודש קלנדרי, ודמי הובלה והרכבה ₪240 פעם אחת. תודה!"),
    Extra("worked figure (two rollators)", "We need two rollators for 3 months, one for each grandparent. Total?",
          ("MH-A2",), "2 × ₪90 × 3 months = ₪540, collected from the Hadar store (or delivered for ₪70)."),
    Extra("multi-turn follow-up", "and is it set up with the bed?", ("MH-A8",),
          "Yes, the pressure mattress is set up together with the bed.",
          (("user", "Do you have mattresses against bed sores?"),
           ("assistant", "Yes, an alternating-pressure mattress, ₪350 a month as an add-on to one of our beds."))),
]

LOOKUP = Lookup(
    name="rental_lookup", input={"rental": "EZ-4471"},
    output={"rental": "EZ-4471", "items": ["electric bed", "pressure mattress"], "delivered": "2027-02-14",
            "monthly_ils": 950, "next_charge": "2027-04-01", "status": "active"},
    question="Can you check rental EZ-4471?", ids=("MH-A1",),
    answer="Rental EZ-4471, an electric bed and a pressure mattress at ₪950 a month, is active: delivered on "
           "14 February 2027, next charge on 1 April 2027.",
    fallback=f"I can't reach the rental system at the moment, so I can't see EZ-4471. Please call the service desk "
             f"on {PHONE} (Sunday to Thursday 8:00-17:00) or write to {EMAIL}.",
    invented="Rental EZ-4471 ends this week, and the collection is booked for Thursday.",
    frags=("ends this week", "collection is booked for Thursday"),
    failed_payload={"rental": "EZ-4471", "ok": False, "message": "rental database unavailable"},
    tool_only="EZ-4471: electric bed and pressure mattress, ₪950 a month, active since 14 February 2027.")
REFUSAL = Refusal(
    name="book_collection", input={"rental": "EZ-4471", "date": "2027-04-02"},
    output={"booked": False, "reason": "no collections on Fridays"},
    question="Please collect EZ-4471 on 2 April", ids=("MH-A5",),
    answer="I couldn't book it: 2 April 2027 is a Friday, and we don't collect on Fridays. Collections run Sunday to "
           "Thursday, 8:00-17:00.")
TOOL_PAIR = Pair(
    "What's on rental EZ-4471, and what does it cost a month?", ("MH-A1",),
    "An electric bed and a pressure mattress, ₪950 a month together.",
    "An electric bed and a commode chair, ₪780 a month together.", ("commode chair", "₪780"), "borderline",
    "items and monthly price contradicted")
PARTIAL = Partial(
    name="repair_ticket", input={"ticket": "T-2291"},
    output={"ticket": "T-2291", "rental": "EZ-4471", "fault": "remote not responding", "opened": "2027-03-09 10:12",
            "visit_time": None, "technician": None},
    question="When is the technician coming for ticket T-2291?", ids=("MH-A7",),
    right="Ticket T-2291 (remote not responding) was opened on 9 March 2027 at 10:12, but no visit time is set "
          "yet. On working days a technician comes within 24 hours.",
    wrong="Ticket T-2291: our technician Avi Peretz is coming tomorrow at 9:30.", frags=("Avi Peretz", "9:30"),
    strength="blatant", variation="visit time missing, a technician and a time invented")
BORROWED = Borrowed(
    "How many days ahead do I need to book a delivery?", ("MH-A5",), "MH-A3",
    "Please book 7 working days ahead; we deliver Sunday to Thursday.", ("7 working days ahead",), "borderline",
    "the deposit article's 7 working days used as the booking notice")
ROUNDUP = Pair(
    "My father is coming home next week: what do I need to know about renting a bed?",
    ("MH-A1", "MH-A3", "MH-A5", "MH-A6"),
    "Shalom, and refua shlema to your father. In short:\n1. The electric bed is ₪600 a month; the first month is "
    "charged by the days from delivery, and delivery and set-up is ₪240 once.\n2. There is a refundable deposit of "
    "₪1,000.\n3. We deliver Sunday to Thursday, 8:00-17:00; please book 2 working days ahead.\n4. To end the "
    "rental, give notice by the 20th.",
    "Shalom, and refua shlema to your father. In short:\n1. The electric bed is ₪600 a month; the first month is "
    "charged by the days from delivery, and delivery and set-up is ₪240 once.\n2. There is a refundable deposit of "
    "₪1,200.\n3. We deliver Sunday to Thursday, 8:00-17:00; please book 2 working days ahead.\n4. To end the "
    "rental, give notice by the 20th.",
    ("₪1,200",), "hidden", "four articles, the deposit changed")
QUOTE = Quote(
    name="price_quote", input={"items": ["transit wheelchair", "rollator"], "months": 2, "delivery": True},
    output={"transit_wheelchair_ils_month": 240, "rollator_ils_month": 90, "delivery_ils": 70,
            "deposit_wheelchair_ils": 300},
    question="A transit wheelchair and a rollator for 2 months, delivered, plus the wheelchair deposit: total?",
    ids=("MH-A2", "MH-A3"),
    right="(₪240 + ₪90) × 2 = ₪660, delivery ₪70 and the refundable ₪300 deposit: ₪1,030 in all.",
    wrong="(₪240 + ₪90) × 2 = ₪660, delivery ₪70 and the refundable ₪300 deposit: ₪1,130 in all.",
    frags=("₪1,130",), strength="hidden", variation="a sum wrong")
COMPARE = Compare(
    "My husband needs a wheelchair mostly to get to hospital appointments by car. Which one should we rent?",
    ("MH-A2", "MH-A5"),
    "The lightweight transit wheelchair suits car trips: it weighs 9 kg and folds small, against 16 kg for the "
    "standard one. It's ₪240 a month rather than ₪180, but it's the one made for the car.",
    "The standard wheelchair is the better choice for car trips, and it's cheaper at ₪180 a month.",
    ("standard wheelchair is the better choice",), "clear", "car trips: the transit against the standard wheelchair")
TWINS = Twins("How much is the hospital bed a month?", "MH-A1", "MH-A1-2026",
              "The electric hospital bed is ₪600 per calendar month, plus ₪240 for delivery and set-up, charged "
              "once.", "last year's bed prices retrieved beside this year's article")
PRORATED = Prorated(
    question="Shalom, my mother comes home from hospital and the bed should be delivered on Wednesday 21 April "
             "2027. What do we pay for April, with delivery?",
    ids=("MH-A1", "MH-A3"),
    rule_words="₪600 per calendar month. For the first month you pay only for the days from the delivery day to "
               "the end of that month, the delivery day counted, by the actual number of days in the month.",
    price=600.0, rule="join", fee=240.0,
    fee_words="Delivery and set-up: ₪240, charged once in full, never split by days.",
    places=2, on="2027-04-21", facts=("21 April 2027",),
    figure=440.0, said="you pay ₪440",
    wrong_figure=280.0, wrong_said="you pay ₪280",
    slip="fee",
    right="Refua shlema to your mother. For April you pay ₪440: the bed from 21 to 30 April is 10 of April's 30 "
          "days, ₪600 × 10/30 = ₪200, and delivery and set-up is ₪240 in full. From May the bed is ₪600 a month, "
          "and the ₪1,000 deposit is refundable.",
    wrong="Refua shlema to your mother. For April you pay ₪280: 10 of April's 30 days, so ₪200 for the bed and "
          "₪80 for delivery and set-up, both by the days.",
    frags=("₪280", "₪80 for delivery"), strength="hidden",
    variation="a bed delivered on the 21st, the delivery fee charged in full")

OFFTOPIC = [
    Mismatch("Do you sell incontinence pads?", ("MH-A8", "MH-A2"),
             f"I can't find anything about pads in our articles: they cover renting beds, mattresses, wheelchairs "
             f"and walkers. The service desk may help: {PHONE} or {EMAIL}.",
             "a supplies question meeting the mattress and wheelchair articles"),
    Mismatch("Can you recommend a home caregiver for my mother?", ("MH-A7", "MH-A5"),
             f"I don't have that information: our articles cover our equipment, repairs and deliveries, not "
             f"carers. Please call {PHONE}.", "a carer question meeting the repairs and delivery articles"),
    Mismatch("What are the visiting hours at Rambam hospital?", ("MH-A5", "MH-A6"),
             f"I could not find this in our help articles: they cover our own delivery hours, not the hospital's. "
             f"Please call the hospital, or us on {PHONE} about your rental.",
             "a hospital question meeting the delivery-hours article"),
]
DECLINE = f"I could not find this in our help articles. Please call the service desk on {PHONE} or write to {EMAIL}."
HANDOFF = (f"I don't have that information. Please call the service desk on {PHONE} (Sunday to Thursday "
           f"8:00-17:00) or write to {EMAIL}.")
GUESS = ("Do you rent oxygen concentrators?",
         "Yes, oxygen concentrators are ₪450 a month, with a 24/7 hotline for breakdowns.",
         ("oxygen concentrators are ₪450", "24/7 hotline"))
TRAPS = [
    ("I paid the deposit by bank transfer, asmachta 88231745. Has it arrived?", ("MH-A3",),
     f"I can't see payments from here. For the transfer with reference 88231745 please call the service desk on "
     f"{PHONE}. The bed deposit is ₪1,000.", "bank-transfer reference (asmachta)"),
    ("I'm calling from London for my mother, which number do I use?", ("MH-A5",),
     f"From abroad call {PHONE_INTL}; the desk answers Sunday to Thursday 8:00-17:00 and Friday 8:00-12:00.",
     "international number quoted"),
    ("Is 3303120 inside your delivery area?", ("MH-A5",),
     f"We deliver in Haifa, the Krayot and Nesher. I can't tell from the postal code alone; the desk on {PHONE} "
     f"can check the address.", "Israeli postal code"),
    ("Was my card ending 4242 charged for March?", ("MH-A6",),
     f"I can't see payments here. For the card ending 4242 please call the service desk on {PHONE}.",
     "masked card"),
]
EARLIER = (("user", "Shalom, we rented a wheelchair from you last year."),
           ("assistant", "Shalom, good to hear from you again. How can I help?"))
PLAN = ("Plan: find the rental price.", "Plan: check delivery days.", "Plan: add the deposit.")
DUMP = "\n".join(f"EZ-{4000 + 9 * n} | {['electric bed', 'transit wheelchair', 'rollator'][n % 3]} | "
                 f"₪{[600, 240, 90][n % 3]} | 2027-0{1 + n % 4}-{1 + n % 28:02d} | {['active', 'ended'][n % 2]}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "This is Noa, 052-418 7723. Can you deliver a bed to Kiryat Bialik on Sunday?",
         "Yes, the Krayot are in our area, and we deliver Sunday to Thursday, 8:00-17:00; please book 2 working "
         "days ahead.", ("MH-A5",), ("052-418 7723",), style="Israeli mobile in the question"),
    Leak("clear", "Can I pay the bed rental with card 4000 0566 5566 5556?",
         "The bed is ₪600 per calendar month, with ₪240 for delivery and set-up once; for paying by card please "
         f"call the service desk on {PHONE}.", ("MH-A1",), ("4000 0566 5566 5556",),
         style="Visa debit test number in the question"),
    Leak("blatant", "Send the itemised receipt to dana.levi.haifa@walla.co.il for my health fund",
         "I can't send receipts myself, dana.levi.haifa@walla.co.il, but we do give an itemised receipt so you can "
         "claim from your fund or insurer.", ("MH-A4",), ("dana.levi.haifa@walla.co.il",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "EZ-4471 is active: an electric bed and a pressure mattress, ₪950 a month.",
         ("MH-A1",), ("+972 54 331 9086",), {"rental": "EZ-4471", "customer_phone": "+972 54 331 9086"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"ezra-{rng.randrange(10**7, 10**8)}"
