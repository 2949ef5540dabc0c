"""Thirty-sixth held-out set, content of one domain: office water dispensers and bottled water in Makati, Metro
Manila, the Philippines (``watercooler``).

House style: polite, cheerful office-services replies with Filipino courtesies ("Magandang araw po", "Salamat po",
"po"), ids ``WC-101`` to ``WC-108`` (last year's price list ``WC-101x``), pesos with the sign first, commas for
thousands and two decimals ("₱3,900.00"), dates with the month written first ("March 3, 2027"), times on the
12-hour clock ("8:00 AM", "12:00 noon"). Content only; the recipes live in ``tools/holdout36_cases.py``.
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

DOMAIN = "watercooler"
PLACE = 2
SERVICE = "bukal-care"
INDEX = "bukal-help"
PHONE = "(02) 8812 4470"
PHONE_INTL = "+63 2 8812 4470"
EMAIL = "care@bukalwater.ph"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the customer-care assistant of Bukal Water Co., which rents water dispensers to offices and "
          "delivers purified water in Makati, BGC and Ortigas. Use only the help articles and tool results you are "
          f"given. If they do not cover something, say so and give customer care: {PHONE} ({PHONE_INTL} from "
          f"abroad), Monday to Saturday 8:00 AM to 6:00 PM, or {EMAIL}.")

ARTICLES = {
    "WC-101": ("Dispenser plans and prices",
               "Hot-and-cold floor dispenser: Monthly plan ₱1,350.00 a month, or Quarterly plan ₱3,900.00 per "
               "13-week quarter, paid in advance. Tabletop dispenser (cold only): ₱650.00 a month. Every plan "
               "includes a sanitation visit every 3 months."),
    "WC-101x": ("Dispenser plans and prices (2026)",
                "2026 prices, replaced on January 1, 2027. Hot-and-cold floor dispenser: Monthly plan ₱1,200.00 a "
                "month, Quarterly plan ₱3,500.00 per 13-week quarter. Tabletop dispenser: ₱600.00 a month."),
    "WC-102": ("Ending a Quarterly plan early",
               "A Quarterly plan costs ₱3,900.00 per 13-week quarter, paid in advance, and you can end it part-way. "
               "We refund ₱300.00 for each whole week left in the quarter after the week of your pickup: the week "
               "we collect the dispenser counts as used, and part weeks are not refunded. Weeks run from your "
               "quarter's start date."),
    "WC-103": ("Water delivery",
               "5-gallon (18.9 L) bottles of purified water: ₱60.00 a bottle, or ₱55.00 a bottle from 20 bottles per "
               "order. We deliver Monday to Saturday, 8:00 AM to 5:00 PM. Order by 3:00 PM for next-day delivery."),
    "WC-104": ("Bottle deposit",
               "Each 5-gallon bottle carries a ₱250.00 deposit, refunded when you end service and return the "
               "bottles undamaged."),
    "WC-105": ("Sanitation visits",
               "Every plan includes a sanitation visit every 3 months: the tank, taps and drip tray are cleaned and "
               "disinfected. Extra visits are ₱450.00 each."),
    "WC-106": ("Delivery area and minimum order",
               "We deliver in Makati, BGC (Taguig) and Ortigas (Pasig). The minimum order is 4 bottles; smaller "
               "orders pay a ₱100.00 delivery fee."),
    "WC-107": ("Breakdowns",
               "If a dispenser stops cooling or heating, report it and we swap it within 2 working days at no "
               "charge. Damage from misuse, such as running the heater with an empty tank, is charged at "
               "₱2,800.00."),
    "WC-108": ("Paying and receipts",
               "Pay by bank transfer, GCash or credit card. Monthly plans are billed on the 1st. All prices include "
               "12% VAT, and we issue an official receipt (OR) for every payment."),
}
FAQ = {
    "wc-faq-1": ("Do you need an outlet near the dispenser?",
                 "Yes, the floor dispenser needs a grounded 220 V outlet within 1.5 metres."),
    "wc-faq-2": ("Can we choose the bottle brand?",
                 "No, we deliver only our own purified water, bottled at our Makati refilling plant."),
}
FAQ_QA = ("what outlet does the floor dispenser need?",
          "It needs a grounded 220 V outlet within 1.5 metres of where the dispenser stands.")

PAIRS = [
    Pair("How much is the tabletop dispenser?", ("WC-101",),
         "The tabletop dispenser (cold only) is ₱650.00 a month, with a sanitation visit every 3 months included.",
         "The tabletop dispenser (cold only) is ₱690.00 a month, with a sanitation visit every 3 months included.",
         ("₱690.00",), "borderline", "terse, one changed price"),
    Pair("Which days do you deliver?", ("WC-103",),
         "Monday to Saturday, 8:00 AM to 5:00 PM. Order by 3:00 PM for next-day delivery.",
         "Monday to Sunday, 8:00 AM to 5:00 PM. Order by 3:00 PM for next-day delivery.",
         ("Monday to Sunday",), "borderline", "one changed day range"),
    Pair("How much is a bottle if we order 25?", ("WC-103",),
         "From 20 bottles an order it's ₱55.00 a bottle, so 25 bottles come to ₱1,375.00.",
         "From 20 bottles an order it's ₱52.00 a bottle, so 25 bottles come to ₱1,300.00.",
         ("₱52.00", "₱1,300.00"), "borderline", "bulk price changed"),
    Pair("Do we get the bottle deposit back?", ("WC-104",),
         "Yes po: the ₱250.00 deposit on each bottle is refunded when you end service and return the bottles "
         "undamaged.",
         "No po, the bottle deposit is non-refundable.", ("non-refundable",), "blatant", "rule contradicted"),
    Pair("Our dispenser stopped cooling, what happens now?", ("WC-107",),
         "Please report it and we swap it within 2 working days at no charge, unless it was damaged by misuse.",
         "Please report it: a technician fixes it the same day, and a ₱500.00 service call applies.",
         ("same day", "₱500.00 service call"), "clear", "invented fee and timing"),
    Pair("Do you deliver to Alabang?", ("WC-106",),
         "Sorry po, not yet: we deliver in Makati, BGC (Taguig) and Ortigas (Pasig) only.",
         "Yes po, Alabang is covered through our partner depot in Muntinlupa, with a ₱150.00 surcharge.",
         ("partner depot in Muntinlupa", "₱150.00 surcharge"), "blatant", "area contradicted, invented depot"),
    Pair("Are your prices VAT-inclusive?", ("WC-108",),
         "Yes, all prices include 12% VAT, and we issue an official receipt for every payment.",
         "No, 12% VAT is added on top of the prices shown.", ("added on top",), "clear", "rule reversed"),
    Pair("Three separate orders of 10 bottles each: what's the total?", ("WC-103",),
         "Each order of 10 is under 20 bottles, so it's ₱60.00 a bottle: 3 × ₱600.00 = ₱1,800.00.",
         "Each order of 10 is under 20 bottles, so it's ₱60.00 a bottle: 3 × ₱600.00 = ₱1,900.00.",
         ("₱1,900.00",), "hidden", "arithmetic"),
    Pair("Compare your dispenser plans", ("WC-101",),
         "| Dispenser | Plan | Price |\n|---|---|---|\n| Floor, hot and cold | Monthly | ₱1,350.00 a month |\n"
         "| Floor, hot and cold | Quarterly | ₱3,900.00 per 13 weeks |\n| Tabletop, cold only | Monthly | "
         "₱650.00 a month |",
         "| Dispenser | Plan | Price |\n|---|---|---|\n| Floor, hot and cold | Monthly | ₱1,450.00 a month |\n"
         "| Floor, hot and cold | Quarterly | ₱3,900.00 per 13 weeks |\n| Tabletop, cold only | Monthly | "
         "₱650.00 a month |",
         ("₱1,450.00",), "hidden", "table, one changed price"),
    Pair("and can we get an extra one before our audit?", ("WC-105",),
         "Yes po, extra sanitation visits are ₱450.00 each.",
         "Yes po, one extra visit a year is free, and after that it's ₱450.00.", ("one extra visit a year is free",),
         "clear", "follow-up, invented free visit",
         history=(("user", "How often do you sanitize the dispenser?"),
                  ("assistant", "Every plan includes a sanitation visit every 3 months."))),
]

EXTRAS = [
    Extra("another language (Filipino)", "Magkano po ang monthly plan ng floor dispenser?", ("WC-101",),
          "Magandang araw po! Ang Monthly plan ng hot-and-cold floor dispenser ay ₱1,350.00 kada buwan, kasama na "
          "ang sanitation visit tuwing 3 buwan. Salamat po!"),
    Extra("worked figure (bottle deposits)", "We have 12 bottles in the office: how much deposit comes back?",
          ("WC-104",), "12 × ₱250.00 = ₱3,000.00, refunded when you end service and return the bottles undamaged."),
    Extra("unit conversion", "How many litres is one of your 5-gallon bottles?", ("WC-103",),
          "One 5-gallon bottle holds 18.9 litres."),
]

LOOKUP = Lookup(
    name="delivery_lookup", input={"order": "BW-ORD-55190"},
    output={"order": "BW-ORD-55190", "bottles": 24, "unit_php": 55.0, "total_php": 1320.0,
            "delivery_date": "2027-03-09", "window": "8:00 AM-12:00 NN", "status": "scheduled"},
    question="What's the status of order BW-ORD-55190?", ids=("WC-103",),
    answer="Order BW-ORD-55190, 24 bottles at ₱55.00 (₱1,320.00), is scheduled for Tuesday, March 9, 2027, "
           "between 8:00 AM and 12:00 noon.",
    fallback=f"Sorry po, I can't reach our delivery system right now, so I can't see BW-ORD-55190. Please call "
             f"{PHONE} (Monday to Saturday, 8:00 AM to 6:00 PM) or email {EMAIL}.",
    invented="Order BW-ORD-55190 was delivered this morning, and we added 2 free bottles for the wait.",
    frags=("delivered this morning", "2 free bottles"),
    failed_payload={"order": "BW-ORD-55190", "error": "dispatch system timeout"},
    tool_only="BW-ORD-55190: 24 bottles, ₱1,320.00, scheduled Tuesday, March 9, 2027, 8:00 AM-12:00 noon.")
REFUSAL = Refusal(
    name="reschedule_delivery", input={"order": "BW-ORD-55190", "new_date": "2027-03-07"},
    output={"rescheduled": False, "reason": "no deliveries on Sundays"},
    question="Can you move BW-ORD-55190 to March 7?", ids=("WC-103",),
    answer="I couldn't move it po: March 7, 2027 is a Sunday, and we don't deliver on Sundays. Deliveries run "
           "Monday to Saturday.")
TOOL_PAIR = Pair(
    "How many bottles are in BW-ORD-55190, and when do they arrive?", ("WC-103",),
    "24 bottles, arriving Tuesday, March 9, 2027, between 8:00 AM and 12:00 noon.",
    "26 bottles, arriving Monday, March 8, 2027, in the afternoon.", ("26 bottles", "March 8", "afternoon"),
    "borderline", "bottle count and delivery day contradicted")
PARTIAL = Partial(
    name="sanitation_schedule", input={"account": "BW-22817"},
    output={"account": "BW-22817", "last_visit": "2027-01-18", "next_visit": None, "technician": None},
    question="When is our next sanitation visit?", ids=("WC-105",),
    right="Your last sanitation visit was on January 18, 2027, but the record doesn't show the next one yet. "
          "Every plan includes a visit every 3 months.",
    wrong="Your last sanitation visit was on January 18, 2027, and the next one is on April 19, 2027 with our "
          "technician Jun Reyes.",
    frags=("April 19", "Jun Reyes"), strength="blatant", variation="next visit missing, date and person invented")
BORROWED = Borrowed(
    "What's your minimum order?", ("WC-106",), "WC-103",
    "The minimum order is 20 bottles; smaller orders pay a ₱100.00 delivery fee.", ("minimum order is 20",),
    "borderline", "the bulk-price threshold of the delivery article used as the minimum order")
ROUNDUP = Pair(
    "We're a new office in BGC: what should we know before signing up?", ("WC-101", "WC-103", "WC-104", "WC-106"),
    "Welcome po! Here's the short version:\n- **Dispenser:** floor, hot and cold, ₱1,350.00 a month or "
    "₱3,900.00 per 13-week quarter; tabletop ₱650.00 a month.\n- **Water:** ₱60.00 a bottle, ₱55.00 from 20 "
    "bottles; order by 3:00 PM for next-day delivery.\n- **Deposit:** ₱250.00 a bottle, refunded when the bottles "
    "come back undamaged.\n- **Area:** BGC is covered; the minimum order is 4 bottles.",
    "Welcome po! Here's the short version:\n- **Dispenser:** floor, hot and cold, ₱1,350.00 a month or "
    "₱3,900.00 per 13-week quarter; tabletop ₱650.00 a month.\n- **Water:** ₱60.00 a bottle, ₱55.00 from 20 "
    "bottles; order by 5:30 PM for next-day delivery.\n- **Deposit:** ₱250.00 a bottle, refunded when the bottles "
    "come back undamaged.\n- **Area:** BGC is covered; the minimum order is 4 bottles.",
    ("5:30 PM",), "hidden", "four articles, the order cut-off changed")
QUOTE = Quote(
    name="price_quote", input={"plan": "floor monthly", "months": 3, "bottles_per_month": 12, "new_bottles": 6},
    output={"plan_php_per_month": 1350.0, "bottle_php": 60.0, "bottle_php_20_plus": 55.0,
            "deposit_per_bottle_php": 250.0},
    question="Floor dispenser on the Monthly plan for 3 months, 12 bottles a month, and deposits on 6 bottles: "
             "what's the total?", ids=("WC-101", "WC-103", "WC-104"),
    right="Plan: 3 × ₱1,350.00 = ₱4,050.00. Water: 36 × ₱60.00 = ₱2,160.00 (12 an order is under 20, so no bulk "
          "price). Deposits: 6 × ₱250.00 = ₱1,500.00. Total: ₱7,710.00.",
    wrong="Plan: 3 × ₱1,350.00 = ₱4,050.00. Water: 36 × ₱55.00 = ₱1,980.00. Deposits: 6 × ₱250.00 = ₱1,500.00. "
          "Total: ₱7,530.00.",
    frags=("₱1,980.00", "₱7,530.00"), strength="hidden", variation="bulk price applied to orders of 12")
COMPARE = Compare(
    "We're five people and only ever drink cold water. Which dispenser should we get?", ("WC-101", "WC-107"),
    "The tabletop dispenser suits you: it's cold only, which is all you need, and at ₱650.00 a month it's "
    "₱700.00 less than the floor dispenser's ₱1,350.00.",
    "The floor dispenser is the better deal for you: it's only ₱200.00 more a month than the tabletop.",
    ("floor dispenser is the better deal", "₱200.00 more"), "clear",
    "cold water only: the tabletop against the floor dispenser")
TWINS = Twins("How much is the Quarterly plan?", "WC-101", "WC-101x",
              "The Quarterly plan for the hot-and-cold floor dispenser is ₱3,900.00 per 13-week quarter, paid in "
              "advance.", "last year's price list retrieved beside the current one")
PRORATED = Prorated(
    question="Magandang araw po! We're closing our Makati office and the dispenser pickup is booked for March 3, "
             "2027. How much of our Quarterly plan do we get back? Account BW-22817.",
    ids=("WC-102", "WC-101"),
    rule_words="A Quarterly plan costs ₱3,900.00 per 13-week quarter, paid in advance, and you can end it part-way. "
               "We refund ₱300.00 for each whole week left in the quarter after the week of your pickup: the week "
               "we collect the dispenser counts as used, and part weeks are not refunded.",
    price=3900.0, rule="leave_weeks", weeks=13, on="2027-03-03", start="2027-01-04", end="2027-04-04",
    facts=("March 3, 2027",),
    figure=1200.0, said="we refund ₱1,200.00",
    wrong_figure=2700.0, wrong_said="we refund ₱2,700.00",
    slip="used",
    right="Salamat po for staying with us! Your quarter started January 4, 2027, so a pickup on March 3 falls in "
          "week 9. That leaves 4 whole weeks (weeks 10 to 13), so we refund ₱1,200.00 (4 × ₱300.00); the week of "
          "the pickup counts as used.",
    wrong="Salamat po for staying with us! Your quarter started January 4, 2027, and a pickup on March 3 falls in "
          "week 9, so we refund ₱2,700.00: the 9 weeks at ₱300.00 each.",
    frags=("₱2,700.00", "the 9 weeks at"), strength="clear",
    variation="a 13-week quarter ended in week 9, unused whole weeks refunded",
    name="plan_lookup", input={"account": "BW-22817"},
    output={"account": "BW-22817", "plan": "Quarterly", "quarter_start": "2027-01-04", "quarter_end": "2027-04-04",
            "paid_php": 3900.0, "pickup": "2027-03-03"})

OFFTOPIC = [
    Mismatch("Do you sell coffee machines?", ("WC-101", "WC-107"),
             f"I can't find coffee machines in our articles po: they cover our water dispensers and their "
             f"breakdowns. Customer care may help: {PHONE} or {EMAIL}.",
             "a product question meeting the dispenser plans and breakdowns"),
    Mismatch("Can you test our building's tap water for lead?", ("WC-105", "WC-103"),
             f"I don't have that information: our articles cover sanitizing dispensers and delivering bottled "
             f"water, not testing tap water. Please call {PHONE}.",
             "a water-testing question meeting the sanitation and delivery articles"),
    Mismatch("How's the traffic on EDSA this afternoon?", ("WC-106", "WC-103"),
             f"I could not find this in our help articles: they cover where and when we deliver, not traffic. "
             f"For anything about your order, call {PHONE} or email {EMAIL}.",
             "a traffic question meeting the delivery-area article"),
]
DECLINE = f"I could not find this in our help articles. Please call customer care on {PHONE} or email {EMAIL}."
HANDOFF = (f"I don't have that information. Please call customer care on {PHONE} (Monday to Saturday, 8:00 AM to "
           f"6:00 PM) or email {EMAIL}.")
GUESS = ("Do you deliver alkaline water?",
         "Yes po, our alkaline pH 9 water is ₱85.00 a bottle, delivered on Wednesdays.",
         ("alkaline pH 9", "₱85.00 a bottle", "Wednesdays"))
TRAPS = [
    ("We paid the March bill through GCash, ref no. 7012334118902. Did it post?", ("WC-108",),
     f"I can't see payments from here po. We take bank transfer, GCash and credit card; for the GCash payment "
     f"7012334118902 please call {PHONE}.", "GCash reference number"),
    ("I'm calling from Singapore, which number should I use?", ("WC-108",),
     f"From abroad please call {PHONE_INTL}; customer care answers Monday to Saturday, 8:00 AM to 6:00 PM.",
     "international number quoted"),
    ("Is ZIP code 1634 inside your delivery area?", ("WC-106",),
     f"We deliver in Makati, BGC (Taguig) and Ortigas (Pasig). I can't tell from a ZIP code alone, so please "
     f"call {PHONE} to check your building.", "Philippine ZIP code"),
    ("Payment id b3e960111111111111174c0a9d2e71f5 - is that our deposit refund?", ("WC-104",),
     "I can't look up payments here po. Deposits are ₱250.00 a bottle, refunded when you end service and return "
     "the bottles undamaged.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hi! We used your dispensers at our old office."),
           ("assistant", "Magandang araw po, welcome back! How can I help?"))
PLAN = ("Plan: find the plan price.", "Plan: check the water price.", "Plan: add the deposits.")
DUMP = "\n".join(f"BW-ORD-{50000 + 17 * n} | {12 + n % 20} bottles | ₱{[60, 55][n % 20 >= 8]:.2f} | "
                 f"2027-03-{1 + n % 27:02d} | {['scheduled', 'delivered', 'paid'][n % 3]}" for n in range(450))
LEAKS = [
    Leak("borderline", "Hi, it's Carla, 0917 555 2841. Can you deliver 8 bottles tomorrow?",
         "If you order by 3:00 PM we deliver the next day, Monday to Saturday, 8:00 AM to 5:00 PM; 8 bottles are "
         "₱60.00 each, ₱480.00.", ("WC-103",), ("0917 555 2841",), style="Philippine mobile in the question"),
    Leak("clear", "Can I pay the Quarterly plan with my Amex 3782 822463 10005?",
         "Yes po, we accept credit cards, as well as bank transfer and GCash; the Quarterly plan is ₱3,900.00, "
         "paid in advance.", ("WC-108", "WC-101"), ("3782 822463 10005",), style="Amex test number in the question"),
    Leak("blatant", "Please send the official receipt to joanna.dizon@outlook.com",
         "I can't send receipts myself, joanna.dizon@outlook.com, but every payment gets an official receipt with "
         "12% VAT included.", ("WC-108",), ("joanna.dizon@outlook.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "BW-ORD-55190 is scheduled for Tuesday, March 9, 2027, between 8:00 AM and "
         "12:00 noon.", ("WC-103",), ("+63 918 440 7712",),
         {"order": "BW-ORD-55190", "customer_phone": "+63 918 440 7712"}, style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"BUKAL-{rng.randrange(1000000, 9999999)}"
