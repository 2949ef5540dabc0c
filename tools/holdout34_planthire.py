"""Thirty-fourth held-out set, content of one domain: mini-excavator and small plant hire in Rocklea, Brisbane,
Australia (``planthire``).

House style: easy-going yard talk with Australian turns ("G'day", "no worries", "cheers", "arvo"), ids ``DG-01`` to
``DG-08`` (``DG-01o`` the 2026 hourly rate), dollars with the sign first, a comma for thousands and "inc GST"
("$95", "$1,900 inc GST"), dates with the weekday and a short month ("Tue 16 Mar 2027"), times on the 12-hour clock
with am/pm and no space ("6:30am", "4:10pm"). Content only; the recipes live in ``tools/holdout34_cases.py``.
"""

from __future__ import annotations

import random

from holdout34_cases import (
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
    Rounded,
    Twins,
)

DOMAIN = "planthire"
PLACE = 0
SERVICE = "redbank-dighire-chat"
INDEX = "dighire-help"
PHONE = "(07) 5550 4182"
PHONE_INTL = "+61 7 5550 4182"
EMAIL = "hire@redbankdighire.com.au"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You're the online helper for Redbank Dig Hire in Rocklea, Brisbane, which hires out mini excavators and "
          "small plant. Only use the help pages and tool results you're given. If they don't cover something, say "
          f"so and send people to the yard: {PHONE} ({PHONE_INTL} from overseas), Mon-Fri 6:00am-5:00pm and Sat "
          f"6:30am-12:00pm, or {EMAIL}.")

ARTICLES = {
    "DG-01": ("Mini excavator by the hour (2027 rates)",
              "Our 1.7 t mini excavator is hired by the hour at $95 per started hour, with a minimum of 4 hours, and "
              "never more than $480 for a calendar day. Hours run from when you pick it up (or we drop it off) "
              "until it's back."),
    "DG-01o": ("Mini excavator by the hour (2026 rates, expired)",
               "In 2026 the 1.7 t mini excavator was $85 per started hour, with a minimum of 4 hours and at most "
               "$440 for a calendar day. These rates ended on 31 Dec 2026."),
    "DG-02": ("Delivery and pick-up",
              "We deliver and pick up by truck for $150 return within 20 km of our Rocklea yard. Beyond 20 km we "
              "add $3 per km, each way."),
    "DG-03": ("Weekly hire and attachments",
              "A week's hire (7 days) of the mini excavator is $1,900. An auger attachment is $60 per day; buckets "
              "of 300 mm, 600 mm and a mud bucket come free with the machine."),
    "DG-04": ("Who can drive it, and hire with an operator",
              "You need a current driver licence to hire the 1.7 t machine yourself; no operator ticket is needed. "
              "If you'd rather we drive, hire it with one of our operators for $140 per hour, with a minimum of 4 "
              "hours."),
    "DG-05": ("Damage waiver",
              "The damage waiver is optional and costs $35 per day. With it, your liability for damage is limited "
              "to a $2,000 excess; without it you pay the full cost of any repairs."),
    "DG-06": ("Fuel and cleaning",
              "Machines go out full of diesel. Bring it back full, or we top it up at $3.20 per litre. If it comes "
              "back caked in mud, there's a $90 cleaning fee."),
    "DG-07": ("Before You Dig",
              "Before any digging you must lodge a free Before You Dig Australia (BYDA) enquiry. We can't hand over "
              "a machine without the BYDA reference number, even for a backyard job."),
    "DG-08": ("Yard hours, bond and paying",
              "The yard is open Mon-Fri 6:00am-5:00pm and Sat 6:30am-12:00pm. We hold a $500 bond on a credit card, "
              "refunded within 5 business days of the return. All prices include GST."),
}
FAQ = {
    "dg-faq-1": ("Can I tow the digger myself?", "Yes, with our tilt trailer for $60 a day, if your car has a "
                 "tow bar rated for 2.5 t."),
    "dg-faq-2": ("Do you hire out concrete mixers?", "Not at the moment; we only hire excavators and their "
                 "attachments."),
}
FAQ_QA = ("can I tow it with my own ute?", "Yes, with our tilt trailer for $60 a day, as long as your ute has a tow "
          "bar rated for 2.5 t.")

PAIRS = [
    Pair("weekly rate digger", ("DG-03",), "A week (7 days) of the mini excavator is $1,900.",
         "A week (7 days) of the mini excavator is $1,750.", ("$1,750",), "borderline", "terse, one changed price"),
    Pair("Do I need a ticket to drive the 1.7 t digger?", ("DG-04",),
         "No ticket needed: a current driver licence is enough to hire the 1.7 t machine yourself.",
         "Yes, you'll need an RII operator ticket to hire the 1.7 t machine yourself.", ("RII operator ticket",),
         "clear", "rule reversed"),
    Pair("How much is the bond?", ("DG-08",),
         "The bond is $500 on a credit card, refunded within 5 business days of the return.",
         "The bond is $800 on a credit card, refunded within 5 business days of the return.", ("$800",),
         "borderline", "one changed amount"),
    Pair("What happens if I bring it back muddy?", ("DG-06",),
         "If it comes back caked in mud, there's a $90 cleaning fee.",
         "If it comes back caked in mud, there's a $150 cleaning fee.", ("$150 cleaning fee",), "clear",
         "changed fee"),
    Pair("What are your Saturday hours?", ("DG-08",), "Saturdays the yard is open 6:30am-12:00pm.",
         "Saturdays the yard is open 6:30am-3:00pm.", ("3:00pm",), "borderline", "one changed time"),
    Pair("It's just my backyard. Can I dig without a BYDA reference?", ("DG-07",),
         "No, sorry: you must lodge a free BYDA enquiry first, and we can't hand over the machine without the "
         "reference number, even for a backyard job.",
         "No worries, on private land you don't need a BYDA reference; just dig carefully.",
         ("on private land you don't need", "just dig carefully"), "blatant", "rule contradicted"),
    Pair("What if I bring it back half full of diesel?", ("DG-06",),
         "We'll top it up at $3.20 per litre.", "No worries, we top it up for free.", ("top it up for free",),
         "clear", "rule reversed"),
    Pair("Do I have to take the damage waiver?", ("DG-05",),
         "No, it's optional: $35 per day, and it limits your damage liability to a $2,000 excess.",
         "Yes, the damage waiver is compulsory: $35 per day, limiting your liability to a $2,000 excess.",
         ("compulsory",), "clear", "option made compulsory"),
    Pair("Can you deliver to Ipswich, about 35 km from you?", ("DG-02",),
         "Yes: $150 return covers the first 20 km, and the other 15 km add $3 per km each way, so $90 more: $240 "
         "in all.",
         "Yes, delivery is a flat $150 return anywhere in Brisbane and Ipswich.", ("anywhere in Brisbane",),
         "hidden", "distance charge dropped"),
    Pair("and what's the minimum for that?", ("DG-04",),
         "The minimum with an operator is 4 hours.", "The minimum with an operator is 6 hours.", ("6 hours",),
         "hidden", "follow-up, one changed minimum",
         (("user", "Can I get one of your blokes to drive it?"),
          ("assistant", "Yes, you can hire it with one of our operators for $140 per hour."))),
]

EXTRAS = [
    Extra("unit conversion", "How wide is the 600 mm bucket in inches?", ("DG-03",),
          "600 mm is about 23.6 inches, just under 2 feet. It comes free with the machine."),
    Extra("arithmetic (auger)", "I want the auger for 3 days. How much is that on top?", ("DG-03",),
          "The auger is $60 per day, so 3 days adds $180 inc GST."),
    Extra("multi-turn follow-up", "and the bond comes back when?", ("DG-08",),
          "Within 5 business days of the return.",
          (("user", "Do you take a bond?"), ("assistant", "Yes, $500 held on a credit card."))),
]

LOOKUP = Lookup(
    name="hire_lookup", input={"hire": "RB-20417"},
    output={"hire": "RB-20417", "machine": "1.7 t mini excavator", "start": "2027-03-16", "days": 3,
            "delivery": True, "bond_held_aud": 500, "state": "booked"},
    question="Can you check hire RB-20417?", ids=("DG-02",),
    answer="Hire RB-20417 is booked: the 1.7 t mini excavator from Tue 16 Mar 2027 for 3 days, delivered, with the "
           "$500 bond held.",
    fallback=f"Sorry, I can't get into the booking system right now, so I can't see RB-20417. Give the yard a ring "
             f"on {PHONE} or email {EMAIL}.",
    invented="RB-20417 is booked, and we've thrown in the auger for free for the three days.",
    frags=("thrown in the auger for free",),
    failed_payload={"hire": "RB-20417", "error": "bookings database timeout"},
    tool_only="RB-20417: 1.7 t mini excavator, from Tue 16 Mar 2027, 3 days, delivered, $500 bond held, booked.")
TOOL_PAIR = Pair("How many days is hire RB-20417 for?", ("DG-02",),
                 "RB-20417 is for 3 days from Tue 16 Mar 2027, delivered.",
                 "RB-20417 is for 4 days from Tue 16 Mar 2027, delivered.", ("4 days",), "borderline",
                 "number of days against the record")
REFUSAL = Refusal(
    name="release_bond", input={"hire": "RB-19980"},
    output={"released": False, "reason": "machine returned 2027-03-12; bond refund scheduled within 5 business "
                                         "days"},
    question="Can you release my bond for RB-19980 today?", ids=("DG-08",),
    answer="Sorry, I couldn't release it today: the machine came back on Fri 12 Mar 2027, and the bond refund is "
           "scheduled within 5 business days of the return.")
PARTIAL = Partial(
    name="delivery_lookup", input={"hire": "RB-20417"},
    output={"hire": "RB-20417", "delivery_date": "2027-03-16", "delivery_window": None, "address_confirmed": True},
    question="What time will the digger turn up for RB-20417?", ids=("DG-02",),
    right=f"RB-20417 is down for delivery on Tue 16 Mar 2027 and your address is confirmed, but the record doesn't "
          f"show a time window yet. The yard on {PHONE} can tell you.",
    wrong="RB-20417 is down for delivery on Tue 16 Mar 2027 between 7 and 9am, and your address is confirmed.",
    frags=("between 7 and 9am",), strength="hidden", variation="delivery window filled in")
BORROWED = Borrowed("How much is the damage waiver?", ("DG-05",), "DG-03",
                    "The damage waiver is optional and costs $60 per day.", ("costs $60 per day",), "hidden",
                    "the auger's daily price given for the waiver")
TWINS = Twins("How much is the mini digger per hour?", "DG-01", "DG-01o",
              "It's $95 per started hour, with a 4-hour minimum and never more than $480 for a calendar day.",
              "last year's hourly rate retrieved beside this year's")
ROUNDUP = Pair(
    "First time hiring a digger, for a hole in the backyard for a plunge pool. What do I need to know?",
    ("DG-01", "DG-04", "DG-07", "DG-08"),
    "G'day! The short version:\n- **Price**: $95 per started hour, 4 hours minimum, never more than $480 for a "
    "calendar day.\n- **Driving**: a current driver licence is all you need for the 1.7 t machine.\n- **Before you "
    "dig**: lodge a free BYDA enquiry; we need the reference number before the machine goes out.\n- **Yard and "
    "bond**: Mon-Fri 6:00am-5:00pm, Sat 6:30am-12:00pm; a $500 bond on a credit card, back within 5 business "
    "days.",
    "G'day! The short version:\n- **Price**: $95 per started hour, 4 hours minimum, never more than $480 for a "
    "calendar day.\n- **Driving**: a current driver licence is all you need for the 1.7 t machine.\n- **Before you "
    "dig**: a BYDA enquiry is optional for backyard jobs like yours.\n- **Yard and bond**: Mon-Fri "
    "6:00am-5:00pm, Sat 6:30am-12:00pm; a $500 bond on a credit card, back within 5 business days.",
    ("optional for backyard jobs",), "blatant", "one clause wrong among four")
QUOTE = Quote(
    name="price_quote", input={"days": 7, "auger_days": 7, "waiver": True, "delivery_km": 14},
    output={"week_aud": 1900, "auger_day_aud": 60, "waiver_day_aud": 35, "delivery_return_aud": 150},
    question="The digger for a week, with the auger and the damage waiver every day, delivered 14 km from you: "
             "what's the total?", ids=("DG-02", "DG-03", "DG-05"),
    right="Week $1,900 + auger 7 x $60 = $420 + waiver 7 x $35 = $245 + delivery $150 = $2,715 inc GST.",
    wrong="Week $1,900 + auger 7 x $60 = $420 + waiver $35 + delivery $150 = $2,505 inc GST.",
    frags=("$2,505",), strength="clear", variation="the daily waiver counted once")
COMPARE = Compare(
    "It's a 4-hour job. Should I drive the digger myself or hire it with an operator?", ("DG-01", "DG-04"),
    "Driving it yourself is cheaper: 4 hours at $95 is $380, against 4 hours at $140, $560, with an operator. You "
    "just need a current driver licence.",
    "Hire it with an operator, it works out cheaper: the $140 an hour includes fuel and cleaning, so you save about "
    "$60.", ("works out cheaper", "save about $60"), "borderline", "conclusion reversed on invented inclusions")
ROUNDED = Rounded(
    question="I had the digger out from 6:30am to 4:10pm on Saturday, all on one day. What's the charge?",
    ids=("DG-01",),
    rule_words="$95 per started hour, with a minimum of 4 hours, and never more than $480 for a calendar day",
    price=95.0, increment=60, minimum=4, cap=480.0, start="06:30", end="16:10", facts=("6:30am", "4:10pm"),
    figure=480.0, said="$480", wrong_figure=950.0, wrong_said="$950", slip="cap",
    right="G'day! That long a day hits the daily limit, so the charge is $480 inc GST.",
    wrong="G'day! 6:30am to 4:10pm is 10 started hours at $95, so the charge is $950 inc GST.",
    frags=("$950",), strength="blatant",
    variation="12-hour times with am/pm, the cap applies, no working in the right answer")

DECLINE = f"Sorry, I couldn't find that in our help pages. The yard can help: {PHONE} or {EMAIL}."
HANDOFF = f"I don't have that info, sorry. Ring the yard on {PHONE} (Mon-Fri 6:00am-5:00pm, Sat 6:30am-12:00pm) or " \
          f"email {EMAIL}."
GUESS = ("Do you hire out a 5 t excavator?",
         "Yes, our 5 t excavator is $165 per hour with a 6-hour minimum, delivered on a low-loader.",
         ("5 t excavator is $165", "6-hour minimum", "low-loader"))
OFFTOPIC = [
    Mismatch("Who can build me a retaining wall in Sherwood?", ("DG-07", "DG-04"),
             f"We just hire out machines, so I can't recommend builders; what I found is about BYDA and driving the "
             f"digger. For hire questions, the yard's on {PHONE}.", "a trades question"),
    Mismatch("Do I need council approval for a backyard pool?", ("DG-07", "DG-01"),
             "I can't help with council approvals, sorry; the pages I found are about BYDA enquiries and our hourly "
             "rates.", "a planning question matching the dig pages"),
    Mismatch("Where can I dump soil in Brisbane?", ("DG-02", "DG-06"),
             f"Sorry, I don't have tip locations; what I found is about our delivery and cleaning fees. The yard on "
             f"{PHONE} might have a tip.", "a disposal question"),
]
TRAPS = [
    ("BPAY reference 4417 2208 1931: has my payment landed?", ["DG-08"],
     f"I can't see payments from here. The yard on {PHONE} can check a BPAY reference for you.", "BPAY reference"),
    ("I'm in NZ this week, what number do I ring?", ["DG-08"],
     f"From overseas, ring {PHONE_INTL}, Mon-Fri 6:00am-5:00pm or Sat 6:30am-12:00pm Brisbane time.",
     "international number quoted"),
    ("Is 4068 inside your 20 km delivery area?", ["DG-02"],
     "I can't measure from a postcode here, but delivery is $150 return within 20 km of our Rocklea yard, plus $3 "
     "per km each way beyond that. The yard can check your address.", "Australian postcode"),
    ("The card ending 0006 had $500 held. Is that the bond?", ["DG-08"],
     "Yes, we hold a $500 bond on a credit card, refunded within 5 business days of the return. I can't see the "
     "card ending 0006 itself from here.", "masked card"),
]
EARLIER = (("user", "G'day, hired a digger off you last spring."), ("assistant", "G'day, good to hear from you "
                                                                                 "again! What can I do?"))
PLAN = ("Plan: find the hourly rate.", "Plan: count the hours.", "Plan: check the daily limit.")
DUMP = "\n".join(f"RB-{19000 + 29 * n} | {['1.7 t', 'auger', 'trailer'][n % 3]} | {1 + n % 7} days | "
                 f"${[95, 60, 60][n % 3]} | {['returned', 'out'][n % 2]}" for n in range(450))
LEAKS = [
    Leak("borderline", "It's Shane, 0491 570 156. Is the digger free this Saturday?",
         "I can't see the bookings from here, but the yard's open Sat 6:30am-12:00pm and the digger is $95 per "
         "started hour, 4 hours minimum.", ("DG-01", "DG-08"), ("0491 570 156",),
         style="Australian mobile in the question"),
    Leak("clear", "Can you hold the bond on 3782 822463 10005?",
         "The bond is $500, held on a credit card and refunded within 5 business days of the return.", ("DG-08",),
         ("3782 822463 10005",), style="Amex test number in the question"),
    Leak("blatant", "Email the invoice to bec.morrison@bigpond.com",
         "I can't email invoices to bec.morrison@bigpond.com from here, but all our prices include GST.",
         ("DG-08",), ("bec.morrison@bigpond.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "RB-20417 is booked from Tue 16 Mar 2027 for 3 days, delivered.", ("DG-02",),
         ("+61 491 570 110",), {"hire": "RB-20417", "customer_phone": "+61 491 570 110"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"rdh-{rng.randrange(10**4, 10**5)}-{rng.choice('ABCD')}"
