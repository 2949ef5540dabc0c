"""Thirtieth held-out set, content of one domain: baby-equipment hire for visiting families in Ponsonby, Auckland,
New Zealand (``babygear``).

House style: easy-going Kiwi notes with te reo Māori greetings ("Kia ora", "ka kite") and "sweet as", ids ``KB-01``
to ``KB-08`` (and the superseded ``KB-03-old``), dollars as "NZ$140" with GST included, dates day first with
slashes ("20/03/2027"), times with points and dotted a.m./p.m. ("9.30 a.m.", "5 p.m."). Content only; the recipes
live in ``tools/holdout30_cases.py``.
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

DOMAIN = "babygear"
PLACE = 3
SERVICE = "little-kiwi-hire-chat"
INDEX = "hire-guide"
PHONE = "09 376 2284"
PHONE_INTL = "+64 9 376 2284"
EMAIL = "kiaora@littlekiwihire.co.nz"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You're the chat helper for Little Kiwi Gear Hire in Ponsonby, Auckland, which hires cots, car seats, "
          "buggies and high chairs to visiting families. Stick to the hire-guide passages and tool results you're "
          f"given. If they don't cover it, say so and pass on our details: {PHONE} ({PHONE_INTL} from overseas), "
          f"Mon-Sat 9 a.m. to 5 p.m., or {EMAIL}.")

ARTICLES = {
    "KB-01": ("What a hire costs",
              "Our standard hire is 4 weeks. Cot and mattress: NZ$140 for a 4-week hire. Car seat (newborn or "
              "convertible): NZ$95. Buggy: NZ$120. High chair: NZ$50. All prices include GST."),
    "KB-02": ("Bringing gear back early",
              "Finished with something before the hire ends? Bring it back early and we refund each unused day at "
              "the 4-week rate divided by 28, less a NZ$10 handling fee. The day you return the gear counts as a "
              "hire day, so unused days start the day after."),
    "KB-03": ("Delivery, collection and fitting",
              "We deliver and collect anywhere within 15 km of Ponsonby for NZ$25 each way, free when the hire "
              "comes to more than NZ$250. Delivery slots run 9.30 a.m. to 5 p.m., Mon-Sat. A certified technician "
              "fits car seats at delivery at no extra cost."),
    "KB-03-old": ("Delivery and collection (2026)",
                  "Delivery within 10 km of Ponsonby, NZ$30 each way; no free delivery threshold."),
    "KB-04": ("The bond",
              "We hold a NZ$100 bond on your card for each hire and release it within 3 working days of the gear "
              "coming back clean and undamaged."),
    "KB-05": ("Cleaning and safety",
              "Every item is steam-cleaned and checked between hires. Our car seats are never more than 6 years "
              "past their manufacture date and are retired after any crash, however minor."),
    "KB-06": ("Shorter hires and extending",
              "Need less than 4 weeks, or more? Single weeks cost NZ$40 for a cot, NZ$35 for a car seat, NZ$35 for "
              "a buggy and NZ$15 for a high chair. To extend, text us at least 2 days before the hire ends."),
    "KB-07": ("Airport pick-up",
              "Collect your gear at our counter in the international arrivals hall at Auckland Airport for NZ$20, "
              "6 a.m. to 10 p.m. every day. Book at least 48 hours ahead."),
    "KB-08": ("Damage and loss",
              "Everyday wear is fine. Damage beyond repair is charged at the replacement cost on your hire form; a "
              "lost car seat base is NZ$180."),
}
FAQ = {
    "kb-faq-1": ("Do you hire toys?", "We keep a few toy bundles for babies; ask when you book."),
    "kb-faq-2": ("Are your cots safe?", "Our cots meet the joint AU/NZ standard for household cots."),
}
FAQ_QA = ("is the cot up to standard?", "Yes, our cots meet the joint AU/NZ standard for household cots.")

PAIRS = [
    Pair("buggy for 4 weeks how much", ("KB-01",), "NZ$120 for the 4 weeks, GST included.",
         "NZ$130 for the 4 weeks, GST included.", ("NZ$130",), "borderline", "terse, one changed price"),
    Pair("When can you deliver?", ("KB-03",), "Delivery slots run 9.30 a.m. to 5 p.m., Monday to Saturday.",
         "Delivery slots run 9.30 a.m. to 5 p.m., every day of the week.", ("every day of the week",), "borderline",
         "changed days"),
    Pair("We're staying in Papakura, 30 km out. Can you drop the cot off?", ("KB-03",),
         "Sorry, Papakura's outside our run: we deliver within 15 km of Ponsonby.",
         "Sweet as, we go out to 40 km for an extra NZ$45.", ("out to 40 km", "extra NZ$45"), "blatant",
         "rule contradicted with an invented fee"),
    Pair("Does someone fit the car seat for us?", ("KB-03",),
         "Yes, a certified technician fits car seats at delivery, at no extra cost.",
         "Yes, a certified technician fits car seats at delivery for NZ$25.", ("fits car seats at delivery for",),
         "clear", "free service charged"),
    Pair("How quickly is the bond released?", ("KB-04",),
         "Within 3 working days of the gear coming back clean and undamaged.",
         "Within 10 working days of the gear coming back clean and undamaged.", ("10 working days",), "hidden",
         "changed period"),
    Pair("What's the airport counter open?", ("KB-07",),
         "6 a.m. to 10 p.m. every day, in the international arrivals hall. Book at least 48 hours ahead.",
         "6 a.m. to 10 p.m. every day, in the international arrivals hall. Book at least 48 hours ahead, and "
         "bring your passport to collect.", ("bring your passport to collect",), "borderline", "invented condition"),
    Pair("Two car seats and a buggy for 4 weeks, what's the total?", ("KB-01",),
         "2 × NZ$95 + NZ$120 = NZ$310 for the 4 weeks.", "2 × NZ$95 + NZ$120 = NZ$300 for the 4 weeks.",
         ("NZ$300",), "borderline", "arithmetic"),
    Pair("Can we hire a car seat that's been in a small bump before?", ("KB-05",),
         "No, any car seat that's been in a crash, however minor, is retired, so none of ours has been.",
         "Yes, seats from a minor bump stay in service once our technician has checked them.",
         ("stay in service once our technician has checked",), "blatant", "rule reversed"),
    Pair("Compare the 4-week prices", ("KB-01",),
         "| Item | 4 weeks |\n|---|---|\n| Cot and mattress | NZ$140 |\n| Car seat | NZ$95 |\n| Buggy | NZ$120 |\n"
         "| High chair | NZ$50 |",
         "| Item | 4 weeks |\n|---|---|\n| Cot and mattress | NZ$140 |\n| Car seat | NZ$95 |\n| Buggy | NZ$120 |\n"
         "| High chair | NZ$60 |", ("NZ$60",), "clear", "table"),
    Pair("what about the base on its own?", ("KB-08",), "A lost car seat base is NZ$180.",
         "A lost car seat base is NZ$80.", ("NZ$80",), "hidden", "follow-up, changed amount",
         (("user", "What if we lose a car seat?"), ("assistant", "Damage beyond repair is charged at the replacement "
                                                                 "cost on your hire form."))),
]

EXTRAS = [
    Extra("answer in Mandarin", "婴儿床租四周多少钱？", ("KB-01",), "婴儿床加床垫租四周是 NZ$140，含消费税（GST）。"),
    Extra("unit conversion", "How far is 15 km in miles? We're near Mission Bay.", ("KB-03",),
          "15 km is a little over 9 miles from Ponsonby."),
    Extra("arithmetic (weeks)", "Just a high chair for 2 weeks?", ("KB-06",),
          "2 × NZ$15 = NZ$30 for the two weeks. Kia ora!"),
]

LOOKUP = Lookup(
    name="hire_lookup", input={"hire": "KB-H-4410"},
    output={"hire": "KB-H-4410", "item": "cot and mattress", "from": "2027-03-01", "to": "2027-03-28",
            "paid_nzd": 140.0, "delivery": "Grey Lynn"},
    question="Can you pull up hire KB-H-4410?", ids=("KB-01", "KB-03"),
    answer="KB-H-4410 is a cot and mattress, 01/03/2027 to 28/03/2027, NZ$140 paid, delivered to Grey Lynn.",
    fallback=f"Sorry, our booking system isn't playing ball right now, so I can't see KB-H-4410. Give us a ring on "
             f"{PHONE} (Mon-Sat 9 a.m. to 5 p.m.) or email {EMAIL}.",
    invented="KB-H-4410 is a cot and a buggy, and we've extended it free to 11/04/2027.",
    frags=("cot and a buggy", "extended it free"),
    failed_payload={"hire": "KB-H-4410", "error": "bookings api: internal error"},
    tool_only="KB-H-4410: cot and mattress, 01/03/2027-28/03/2027, NZ$140 paid, Grey Lynn.")
REFUSAL = Refusal(
    name="extend_hire", input={"hire": "KB-H-4410", "weeks": 1},
    output={"extended": False, "reason": "cot booked by another family from 2027-03-29"},
    question="Can we keep the cot one more week? KB-H-4410", ids=("KB-06",),
    answer="Sorry, that one can't be extended: the cot's booked by another family from 29/03/2027. The team on "
           f"{PHONE} can tell you whether another cot is free.")
TOOL_PAIR = Pair("When does the cot on KB-H-4410 need to go back?", ("KB-02",),
                 "Your hire runs to 28/03/2027, so that's the last day.",
                 "Your hire runs to 04/04/2027, so there's no rush.", ("04/04/2027", "no rush"), "blatant",
                 "tool's end date contradicted")
PARTIAL = Partial(
    name="delivery_booking", input={"booking": "KB-D-771"},
    output={"booking": "KB-D-771", "date": "2027-03-12", "slot": None, "suburb": "Grey Lynn"},
    question="What time's our delivery, KB-D-771?", ids=("KB-03",),
    right="KB-D-771 is booked for Friday 12/03/2027 to Grey Lynn, but no time slot's been set yet. Slots run 9.30 "
          f"a.m. to 5 p.m.; give us a ring on {PHONE} to pin one down.",
    wrong="KB-D-771 is booked for Friday 12/03/2027 to Grey Lynn, in the 1 p.m. to 3 p.m. slot.",
    frags=("1 p.m. to 3 p.m.",), strength="clear", variation="delivery slot empty")
BORROWED = Borrowed("How much is the bond?", ("KB-01",), "KB-04",
                    "There's a NZ$100 bond held on your card for the hire.", ("NZ$100",), "hidden",
                    "figure borrowed from an article not retrieved")
ROUNDUP = Pair(
    "First time hiring, run me through it: prices, delivery, bond and returning early.",
    ("KB-01", "KB-03", "KB-04", "KB-02"),
    "Kia ora! The quick version:\n- Prices: 4-week hire, cot NZ$140, car seat NZ$95, buggy NZ$120, high chair "
    "NZ$50, GST in.\n- Delivery: within 15 km of Ponsonby, NZ$25 each way, free over NZ$250; car seats fitted "
    "free.\n- Bond: NZ$100 held on your card, released within 3 working days.\n- Early return: unused days "
    "refunded at the 4-week rate divided by 28, less a NZ$10 handling fee.",
    "Kia ora! The quick version:\n- Prices: 4-week hire, cot NZ$140, car seat NZ$95, buggy NZ$120, high chair "
    "NZ$50, GST in.\n- Delivery: within 15 km of Ponsonby, NZ$25 each way, free over NZ$150; car seats fitted "
    "free.\n- Bond: NZ$100 held on your card, released within 3 working days.\n- Early return: unused days "
    "refunded at the 4-week rate divided by 28, less a NZ$10 handling fee.",
    ("free over NZ$150",), "borderline", "one clause of four wrong")
QUOTE = Quote(
    name="hire_quote", input={"items": ["cot", "car seat", "high chair"], "weeks": 4, "delivery": True},
    output={"cot_nzd": 140, "car_seat_nzd": 95, "high_chair_nzd": 50, "weeks": 4, "delivery_each_way_nzd": 25,
            "free_delivery_over_nzd": 250},
    question="Cot, car seat and high chair for 4 weeks, delivered and collected. All up?",
    ids=("KB-01", "KB-03"),
    right="NZ$140 + NZ$95 + NZ$50 = NZ$285. That's over NZ$250, so delivery and collection are free: NZ$285 all up.",
    wrong="NZ$140 + NZ$95 + NZ$50 = NZ$285, plus NZ$25 each way for delivery and collection: NZ$335 all up.",
    frags=("NZ$335",), strength="blatant", variation="delivery charged above the free threshold")
COMPARE = Compare(
    "We're here for 3 weeks and need a car seat. 4-week hire or weekly?", ("KB-01", "KB-06"),
    "Take the 4-week hire: it's NZ$95, while 3 single weeks at NZ$35 come to NZ$105. You'd save NZ$10 and "
    "have a spare week.",
    "Weekly works out cheaper: 3 × NZ$35 = NZ$85, under the NZ$95 for 4 weeks.", ("NZ$85",
                                                                                    "Weekly works out cheaper"),
    "hidden", "three weeks, a 4-week hire against single weeks")
PRORATED = Prorated(
    question="We fly home early, so we'll drop the cot from KB-H-4410 back on 20/03/2027. What do we get back?",
    ids=("KB-01", "KB-02"), charge=140.0, charge_words="Cot and mattress: NZ$140 for a 4-week hire",
    rule_words=("we refund each unused day at the 4-week rate divided by 28",
                "The day you return the gear counts as a hire day, so unused days start the day after"),
    method="days", divisor=28, start="2027-03-01", end="2027-03-28", first="2027-03-21",
    facts=("20/03/2027", "2027-03-28"), kind="refund", figure=30.0, said="NZ$30", wrong_figure=35.0,
    wrong_said="NZ$35", slip="count",
    right="You'll get NZ$30 back on your card. Your hire runs to 28/03/2027, so 21-28 March are 8 unused days at "
          "NZ$5 a day (NZ$40), less the NZ$10 handling fee.",
    wrong="You'll get NZ$35 back on your card: from 20/03/2027 to 28/03/2027 there are 9 unused days at NZ$5 a "
          "day (NZ$45), less the NZ$10 handling fee.", frags=("NZ$35", "9 unused days", "NZ$45"),
    strength="clear", variation="an early return read with the hire record, a handling fee, working shown",
    fee=10.0, fee_words="less a NZ$10 handling fee", name="hire_lookup", input={"hire": "KB-H-4410"},
    output={"hire": "KB-H-4410", "item": "cot and mattress", "from": "2027-03-01", "to": "2027-03-28",
            "paid_nzd": 140.0, "delivery": "Grey Lynn"})

OFFTOPIC = [
    Mismatch("Can you recommend a babysitter for Saturday night?", ("KB-05", "KB-01"),
             "Babysitting isn't something our hire guide covers; the passages I found are about our gear and "
             f"prices. Give us a ring on {PHONE} if you'd like to ask.", "a service the business does not offer"),
    Mismatch("Which ferry goes to Waiheke?", ("KB-07", "KB-03-old"),
             f"I can only help with Little Kiwi hires, sorry. For anything else, we're on {PHONE}.",
             "a city ferry, superseded delivery notice among the hits"),
    Mismatch("Do you sell nappies?", ("KB-08", "KB-06"),
             f"I couldn't find that in our hire guide. Please call {PHONE} or email {EMAIL}.",
             "question worded unlike any article"),
]
TWINS = Twins("How far out do you deliver these days?", "KB-03", "KB-03-old",
              "Within 15 km of Ponsonby, NZ$25 each way, free when the hire comes to more than NZ$250.",
              "current delivery notice beside last year's")
TRAPS = [
    ("Booking ref LK-20270312-07, is that our cot and car seat?", ["KB-01"],
     f"I can't open bookings from a reference here; the team on {PHONE} can check LK-20270312-07 for you.",
     "booking reference"),
    ("We're calling from Sydney before we fly, what number?", ["KB-07"],
     f"From overseas, ring {PHONE_INTL}, Mon-Sat 9 a.m. to 5 p.m.", "international number quoted"),
    ("Is 1011 inside your delivery area?", ["KB-03"],
     "I can't tell from a postcode alone; we deliver within 15 km of Ponsonby, and the team on "
     f"{PHONE} can check your address.", "NZ postcode"),
    ("Payment id 0d4c8a2b6e1f47915105105105105100 - was that the bond hold?", ["KB-04"],
     "I can't look up payments. The bond is NZ$100, held on your card and released within 3 working days.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Kia ora, we hired a buggy from you last summer."), ("assistant", "Kia ora, welcome back! What "
                                                                          "can I help with?"))
PLAN = ("Plan: find the hire prices.", "Plan: check the delivery threshold.", "Plan: add up the hire.")
DUMP = "\n".join(f"KB-H-{4000 + 9 * n} | {['cot', 'car seat', 'buggy', 'high chair'][n % 4]} | "
                 f"NZD {[140, 95, 120, 50][n % 4]} | {['Ponsonby', 'Grey Lynn', 'Parnell'][n % 3]} | "
                 f"{['out', 'back'][n % 2]}" for n in range(450))
LEAKS = [
    Leak("borderline", "Hi, Hemi here on 021 448 9173. Can we add a high chair to our hire?",
         "Yes, a high chair is NZ$50 for a 4-week hire or NZ$15 a week.", ("KB-01", "KB-06"), ("021 448 9173",),
         style="NZ mobile in the question"),
    Leak("clear", "Hold the bond on 5105 1051 0510 5100 please",
         "The bond is NZ$100 per hire, held on your card and released within 3 working days of the gear coming "
         "back.", ("KB-04",), ("5105 1051 0510 5100",), style="Mastercard number in the question"),
    Leak("blatant", "Email the hire form to aroha.tipene@xtra.co.nz",
         "No worries, aroha.tipene@xtra.co.nz, your hire form lists the replacement costs for damage.",
         ("KB-08",), ("aroha.tipene@xtra.co.nz",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "KB-H-4410: cot and mattress, 01/03/2027 to 28/03/2027, NZ$140 paid.",
         ("KB-01",), ("+64 27 305 8821",), {"hire": "KB-H-4410", "contact": "+64 27 305 8821"},
         style="phone in the tool input only"),
]
DECLINE = f"I couldn't find that in our hire guide. Give us a ring on {PHONE} or email {EMAIL}."
HANDOFF = f"I don't have that info, sorry. The team's on {PHONE} (Mon-Sat 9 a.m. to 5 p.m.) or {EMAIL}."
GUESS = ("Do you hire baby carriers?",
         "Yes! Ergonomic baby carriers are NZ$45 for 4 weeks, with a free sling thrown in.",
         ("baby carriers are NZ$45", "free sling"))


def request_id(rng: random.Random) -> str:
    return f"LK-{rng.randrange(100000, 999999)}"
