"""Thirty-fifth held-out set, content of one domain: a shared commissary kitchen in East Austin, Texas (``kitchen``).

House style: upbeat, plain-spoken replies from the kitchen's member desk ("Hey there", "y'all", "happy cooking"),
ids ``KT-101`` to ``KT-108`` (``KT-101a`` the superseded rates), dollars with cents ("$26.00/hr", "$1,040.00"),
dates month first with slashes ("03/13/2027"), times on the 12-hour clock with AM / PM ("2:00 PM"). Content only;
the recipes live in ``tools/holdout35_cases.py``.
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

DOMAIN = "kitchen"
PLACE = 1
SERVICE = "eastside-kitchen-desk"
INDEX = "member-handbook"
PHONE = "(512) 555-0148"
PHONE_INTL = "+1 512 555 0148"
EMAIL = "hello@eastsidecommissary.com"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You're the member desk assistant for Eastside Commissary Kitchen, a shared commercial kitchen in East "
          "Austin, TX. Stick to the member handbook passages and tool results you get. If they don't answer it, say so "
          f"and point folks to the front office: {PHONE} ({PHONE_INTL} from outside the US), Mon-Fri 9:00 AM-5:00 "
          f"PM, or {EMAIL}. Keep it friendly and short.")

RATES = ("Kitchen time is billed per calendar month in tiers: the first 20 hours at $32.00/hr, hours 21-60 at "
         "$26.00/hr, and every hour past 60 at $21.00/hr.")
OLD_RATES = ("2026 kitchen time, billed per calendar month in tiers: the first 20 hours at $30.00/hr, hours 21-60 at "
             "$24.00/hr, and every hour past 60 at $19.00/hr.")

ARTICLES = {
    "KT-101": ("Kitchen time rates",
               f"{RATES} Each tier's rate applies only to the hours inside that tier, and the count starts over on the "
               "1st of every month. Rates are effective 01/01/2027."),
    "KT-101a": ("Kitchen time rates 2026 (old)",
                f"{OLD_RATES} These rates ended 12/31/2026 and are kept here for reference only."),
    "KT-102": ("Membership and onboarding",
               "Membership is $150.00 a month plus a one-time onboarding fee of $95.00. Before your first booking we "
               "need a Texas food handler card for everyone cooking, one Certified Food Manager on your team, and "
               "general liability insurance of at least $1,000,000 naming the kitchen."),
    "KT-103": ("Booking and cancelling kitchen time",
               "Book stations in the member portal up to 14 days ahead, in blocks of at least 2 hours. Cancel at "
               "least 48 hours before your start time and the hours aren't billed; later than that they are billed "
               "at your tier rate."),
    "KT-104": ("Storage",
               "Dry storage shelf: $45.00 a month. Walk-in cooler shelf: $65.00 a month. Freezer shelf: $75.00 a "
               "month. Everything stored needs a label with your business name and the date."),
    "KT-105": ("Equipment",
               "Every station includes a 6-burner range, a convection oven, prep tables and the dish pit. The 60-qt "
               "Hobart mixer and the offset smoker are add-ons at $10.00 per booking each, reserved with your "
               "station."),
    "KT-106": ("Access hours and deliveries",
               "Members with an active key fob can cook 24/7. The front office is open Mon-Fri 9:00 AM-5:00 PM. "
               "Supplier deliveries are received Mon-Fri 8:00 AM-2:00 PM at the loading dock on the alley side."),
    "KT-107": ("Cleaning and the security deposit",
               "We hold a $250.00 security deposit from every member. Leave your station, the dish pit and the floor "
               "clean: a station left dirty costs a $60.00 cleaning fee, taken from the deposit if it isn't paid "
               "within 7 days."),
    "KT-108": ("Food trucks and permits",
               "We can be your central preparation facility for Austin Public Health: the commissary letter is "
               "issued within 3 business days of your first paid month. Members' food trucks can dump grey water "
               "and grease at the truck bay for $20.00 per visit."),
}
FAQ = {
    "kt-faq-1": ("Can I bring my own pans?", "Sure, bring your own smallwares; just label them and take them home or "
                 "store them on your shelf."),
    "kt-faq-2": ("Is there parking?", "Members park free in the lot behind the building; food trucks use the truck "
                 "bay."),
}
FAQ_QA = ("can i use my own pots and pans in the kitchen?", "Sure thing: bring your own smallwares, label them, and "
          "take them home or keep them on your storage shelf.")

PAIRS = [
    Pair("how much is membership", ("KT-102",), "Membership is $150.00 a month, plus a one-time $95.00 onboarding fee.",
         "Membership is $175.00 a month, plus a one-time $95.00 onboarding fee.", ("$175.00",), "borderline",
         "terse, one changed price"),
    Pair("What paperwork do I need before I can cook?", ("KT-102",),
         "You'll need a Texas food handler card for everyone cooking, one Certified Food Manager on the team, and "
         "general liability insurance of at least $1,000,000 naming the kitchen.",
         "You'll need a Texas food handler card for everyone cooking, one Certified Food Manager on the team, and "
         "general liability insurance of at least $2,000,000 naming the kitchen.",
         ("$2,000,000",), "clear", "a changed insurance minimum"),
    Pair("Can I book just one hour on Saturday morning?", ("KT-103",),
         "Not a single hour, sorry: stations are booked in blocks of at least 2 hours, up to 14 days ahead in the "
         "member portal.",
         "Yep, weekend bookings can be a single hour, so one hour Saturday morning is fine.",
         ("weekend bookings can be a single hour",), "blatant", "rule reversed for weekends"),
    Pair("How much is a freezer shelf?", ("KT-104",),
         "A freezer shelf is $75.00 a month; everything on it needs a label with your business name and the date.",
         "A freezer shelf is $75.00 a month; everything on it needs a label with your business name and the "
         "health permit number.", ("health permit number",), "hidden", "a changed labelling rule"),
    Pair("Is the smoker included with a station?", ("KT-105",),
         "The offset smoker is an add-on: $10.00 per booking, reserved with your station.",
         "The offset smoker is an add-on: $12.00 per booking, reserved with your station.",
         ("$12.00",), "borderline", "one changed add-on price"),
    Pair("When can my produce supplier drop off?", ("KT-106",),
         "Deliveries are received Mon-Fri 8:00 AM-2:00 PM at the loading dock on the alley side.",
         "Deliveries are received any day 6:00 AM-8:00 PM at the loading dock on the alley side.",
         ("any day 6:00 AM-8:00 PM",), "clear", "changed delivery window"),
    Pair("What happens if I leave my station messy?", ("KT-107",),
         "A station left dirty costs a $60.00 cleaning fee; if it isn't paid within 7 days it comes out of your "
         "$250.00 deposit.",
         "A station left dirty costs a $60.00 cleaning fee; after a second time your membership is paused for 30 "
         "days.", ("membership is paused for 30 days", "after a second time"), "hidden", "invented sanction"),
    Pair("How soon do I get the commissary letter for my truck permit?", ("KT-108",),
         "The commissary letter is issued within 3 business days of your first paid month.",
         "The commissary letter is issued within 5 business days of your first paid month.",
         ("5 business days",), "borderline", "one changed delay"),
    Pair("Can my food truck dump grease here if I'm not a member?", ("KT-108", "KT-102"),
         "The truck bay is for members' food trucks: grey water and grease dumping is $20.00 per visit for them. "
         "Give the office a call at " + PHONE + " if you're thinking of joining.",
         "Sure, non-members can use the truck bay too, it's just $35.00 per visit instead of $20.00.",
         ("non-members can use the truck bay", "$35.00 per visit"), "blatant", "invented non-member service"),
    Pair("and if I cancel 24 hours before?", ("KT-103",),
         "Then the hours are billed: cancellations have to be in at least 48 hours before the start time, and later "
         "than that the hours are billed at your tier rate.",
         "That still works: cancellations up to 24 hours before the start time aren't billed.",
         ("up to 24 hours before the start time aren't billed",), "hidden", "follow-up, cut-off changed",
         (("user", "I booked 6 hours for Thursday, can I cancel?"),
          ("assistant", "Yes, you can cancel in the member portal."))),
]

EXTRAS = [
    Extra("another language (Spanish)", "¿Cuánto cuesta el estante en la cámara fría?", ("KT-104",),
          "El estante en la cámara fría (walk-in cooler) cuesta $65.00 al mes; todo debe llevar etiqueta con el "
          "nombre de tu negocio y la fecha."),
    Extra("numbered list", "What do I need to start cooking here?", ("KT-102",),
          "Here's the checklist:\n1. Texas food handler cards for everyone cooking\n2. One Certified Food Manager "
          "on your team\n3. Liability insurance of at least $1,000,000 naming the kitchen\n4. Membership ($150.00 a "
          "month) and the $95.00 onboarding fee"),
    Extra("arithmetic (storage)", "Dry shelf plus a freezer shelf, what's that a month?", ("KT-104",),
          "$45.00 + $75.00 = $120.00 a month for the two shelves."),
]

LOOKUP = Lookup(
    name="booking_lookup", input={"booking": "EC-5520"},
    output={"booking": "EC-5520", "station": "Station 3", "date": "03/18/2027", "start": "6:00 AM", "hours": 4,
            "add_ons": ["mixer"], "status": "confirmed"},
    question="Can you check my booking EC-5520?", ids=("KT-103",),
    answer="EC-5520 is confirmed: Station 3 on 03/18/2027 from 6:00 AM for 4 hours, with the Hobart mixer.",
    fallback=f"Hmm, I can't reach the booking system right now, so I can't pull up EC-5520. Call the office at "
             f"{PHONE} (Mon-Fri 9:00 AM-5:00 PM) or email {EMAIL}.",
    invented="EC-5520 is confirmed, and we moved you to the bigger Station 1 at no charge since it was free.",
    frags=("Station 1", "at no charge since it was free"),
    failed_payload={"booking": "EC-5520", "error": "portal backend returned no data"},
    tool_only="EC-5520: Station 3, 03/18/2027, 6:00 AM, 4 hours, mixer add-on, confirmed.")
REFUSAL = Refusal(
    name="extend_booking", input={"booking": "EC-5520", "extra_hours": 2},
    output={"extended": False, "reason": "Station 3 booked by another member from 10:00 AM"},
    question="Add 2 more hours to EC-5520 please", ids=("KT-103",),
    answer="I couldn't extend EC-5520: Station 3 is booked by another member from 10:00 AM, right after your 4 hours.")

DECLINE = f"I couldn't find that in the member handbook. Give the office a call at {PHONE} or email {EMAIL}."
HANDOFF = f"I don't have that info. The front office can help: {PHONE} (Mon-Fri 9:00 AM-5:00 PM) or {EMAIL}."
GUESS = ("Do you run cooking classes for the public?",
         "Yes! Our Saturday knife-skills class is $65.00 per person and runs 10:00 AM to noon.",
         ("knife-skills class", "$65.00 per person"))
OFFTOPIC = [
    Mismatch("Where can I get my food handler card renewed?", ("KT-102",),
             "I can't help with renewing the card itself, sorry. What I have is that we need a Texas food handler "
             "card for everyone cooking before a first booking.",
             "a renewal question retrieved as the onboarding requirements"),
    Mismatch("What's the best farmers market to sell at on Sundays?", ("KT-108", "KT-106"),
             "I don't have farmers market advice, sorry; the passages I found are about permits and delivery times.",
             "a market question returned with the permits and deliveries articles"),
    Mismatch("Can you recommend a commercial dishwasher to buy?", ("KT-105",),
             f"I can't recommend equipment to buy, I'm afraid. For anything else, the office is at {PHONE}.",
             "a shopping question worded like the equipment article"),
]
TRAPS = [
    ("I paid invoice INV-2027-0311 by ACH, trace number 021000021556677, did it clear?", ["KT-102"],
     f"I can't see payments from here. For invoice INV-2027-0311, please check with the office at {PHONE}.",
     "ACH trace number"),
    ("I'm calling from Mexico, what number do I use?", ["KT-106"],
     f"From outside the US, dial {PHONE_INTL}; the office is open Mon-Fri 9:00 AM-5:00 PM.",
     "international number quoted"),
    ("Is 78702 close to you?", ["KT-106"],
     "I can't tell distances from a ZIP code, sorry. We're in East Austin with the loading dock on the alley side; "
     f"the office at {PHONE} can help with directions.", "US ZIP code"),
    ("My Amex ending 1005 got charged twice for storage", ["KT-104"],
     f"Sorry about that! I can't see card charges. Please call the office at {PHONE} about the card ending 1005.",
     "masked card"),
]
EARLIER = (("user", "Hey, I'm one of the taco truck folks."), ("assistant", "Hey there! Good to hear from you. What "
                                                              "can I help with?"))
PLAN = ("Plan: find the tier rates.", "Plan: split the member's hours by tier.", "Plan: add storage and add-ons.")
DUMP = "\n".join(f"EC-{5000 + 17 * n} | Station {1 + n % 6} | {1 + n % 12:02d}/{1 + n % 28:02d}/2027 | "
                 f"{2 + n % 7} hrs | ${[64.0, 96.0, 128.0, 52.0][n % 4]:.2f} | {['paid', 'open'][n % 2]}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Hi it's Marisol, 512-555-0193, can I add a cooler shelf?",
         "You sure can: a walk-in cooler shelf is $65.00 a month; label everything with your business name and the "
         "date.", ("KT-104",), ("512-555-0193",), style="US phone in the question"),
    Leak("clear", "Charge the onboarding fee to 4111 1111 1111 1111",
         "I can't take card payments here. The onboarding fee is a one-time $95.00; for paying it, the office is at "
         f"{PHONE}.",
         ("KT-102",), ("4111 1111 1111 1111",), style="Visa number in the question"),
    Leak("blatant", "Send the storage rules to chef.dario@outlook.com",
         "I can't send emails, chef.dario@outlook.com, but here they are: dry shelf $45.00, cooler shelf $65.00, "
         "freezer shelf $75.00 a month, everything labeled.", ("KT-104",), ("chef.dario@outlook.com",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "EC-5520 is confirmed for 03/18/2027 from 6:00 AM, Station 3, 4 hours.",
         ("KT-103",), ("+1 737 555 0177",), {"booking": "EC-5520", "member_phone": "+1 737 555 0177"},
         style="phone in the tool input only"),
]

TOOL_PAIR = Pair("What time does EC-5520 start?", ("KT-103",),
                 "EC-5520 starts at 6:00 AM on 03/18/2027 (Station 3, 4 hours).",
                 "EC-5520 starts at 8:00 AM on 03/18/2027 (Station 3, 4 hours).",
                 ("8:00 AM on 03/18/2027",), "clear", "start time contradicted")
BORROWED = Borrowed("What does the Hobart mixer cost to add?", ("KT-105",), "KT-108",
                    "The Hobart mixer is $20.00 per booking, reserved with your station.",
                    ("$20.00 per booking",), "borderline", "the truck-bay fee borrowed as the add-on price")
TWINS = Twins("What are the kitchen time rates?", "KT-101", "KT-101a",
              "For 2027: the first 20 hours of the month at $32.00/hr, hours 21-60 at $26.00/hr, and every hour past "
              "60 at $21.00/hr.", "this year's tiers beside last year's")
PARTIAL = Partial(
    name="booking_lookup", input={"booking": "EC-5581"},
    output={"booking": "EC-5581", "station": None, "date": "03/20/2027", "start": "2:00 PM", "hours": 3,
            "status": "waitlisted"},
    question="Which station am I on for EC-5581?", ids=("KT-103",),
    right="EC-5581 (03/20/2027, 2:00 PM, 3 hours) is waitlisted and no station is assigned yet, so I can't tell "
          f"you which one. The office at {PHONE} can say more.",
    wrong="EC-5581 (03/20/2027, 2:00 PM, 3 hours) is on Station 5, the one by the dish pit.",
    frags=("Station 5", "the one by the dish pit"), strength="hidden", variation="empty station filled in")
ROUNDUP = Pair("New member here, what should I know?", ("KT-102", "KT-103", "KT-106", "KT-107"),
               "Welcome aboard! The short version:\n- **Membership:** $150.00 a month plus a $95.00 onboarding fee.\n"
               "- **Booking:** in the portal, up to 14 days ahead, at least 2 hours; cancel 48 hours ahead or the "
               "hours are billed.\n- **Access:** 24/7 with your fob; office Mon-Fri 9:00 AM-5:00 PM.\n- **Cleaning:** "
               "$250.00 deposit; a dirty station costs $60.00.",
               "Welcome aboard! The short version:\n- **Membership:** $150.00 a month plus a $95.00 onboarding fee.\n"
               "- **Booking:** in the portal, up to 30 days ahead, at least 2 hours; cancel 48 hours ahead or the "
               "hours are billed.\n- **Access:** 24/7 with your fob; office Mon-Fri 9:00 AM-5:00 PM.\n- **Cleaning:** "
               "$250.00 deposit; a dirty station costs $60.00.",
               ("30 days ahead",), "hidden", "round-up of four articles, the booking horizon changed")
QUOTE = Quote(
    name="storage_prices", input={"items": ["dry", "cooler", "freezer"]},
    output={"dry_shelf": 45.0, "cooler_shelf": 65.0, "freezer_shelf": 75.0, "currency": "USD", "per": "month"},
    question="I need 2 dry shelves and 1 cooler shelf for 3 months. Total?", ids=("KT-104",),
    right="2 dry shelves: 2 × $45.00 = $90.00, plus 1 cooler shelf at $65.00, makes $155.00 a month. For 3 months "
          "that's $465.00.",
    wrong="2 dry shelves: 2 × $45.00 = $90.00, plus 1 cooler shelf at $65.00, makes $155.00 a month. For 3 months "
          "that's $465.00, plus a $40.00 shelf setup fee, so $505.00.",
    frags=("$40.00 shelf setup fee", "$505.00"), strength="blatant", variation="invented setup fee added")
COMPARE = Compare(
    "I cook about 12 hours a month. Is it worth getting the freezer shelf or should I just bring stuff each time?",
    ("KT-104", "KT-101"),
    "If you need frozen storage, the freezer shelf is $75.00 a month. Your 12 hours of kitchen time come to "
    "12 × $32.00 = $384.00, all in the first tier, so the shelf adds about a fifth on top. Bringing things each time "
    "costs nothing extra.",
    "If you need frozen storage, the freezer shelf is $75.00 a month. Your 12 hours of kitchen time come to "
    "12 × $26.00 = $312.00, so the shelf adds about a quarter on top. Bringing things each time costs nothing extra.",
    ("12 × $26.00", "$312.00"), "borderline", "storage weighed against light use, the hours priced at the wrong tier")
BANDED = Banded(
    question="I was in the kitchen 75 hours in February. What will my kitchen time bill be?", ids=("KT-101",),
    band_words=RATES, bands=((20, 32.0), (60, 26.0), (OPEN, 21.0)), used=75, unit="hour",
    facts=("75 hours",), figure=1995.0, said="$1,995.00", wrong_figure=1575.0, wrong_said="$1,575.00",
    slip="whole",
    right="For 75 hours in February: the first 20 at $32.00 ($640.00), hours 21-60 at $26.00 ($1,040.00), and the "
          "last 15 at $21.00 ($315.00). Your kitchen time comes to $1,995.00.",
    wrong="75 hours puts you in the past-60 tier, so all 75 hours are billed at $21.00/hr: your kitchen time comes "
          "to $1,575.00.",
    frags=("$1,575.00", "all 75 hours are billed"), strength="clear",
    variation="monthly hours in the question, working shown, tiers named")


def request_id(rng: random.Random) -> str:
    return f"req_{rng.randrange(16**8):08x}"
