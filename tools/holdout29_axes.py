"""Twenty-ninth held-out set, content of one domain: an axe-throwing bar on the Grandi harbour, Reykjavík, Iceland
(``axes``).

House style: playful bar notes in English with Icelandic kept ("Velkomin!", "Takk!", "gjafabréf", "brautir"),
ids ``OXI-1`` to ``OXI-8`` (the winter-2026 hours ``OXI-4a``), krónur with a point for thousands and "kr." after
("4.500 kr."), dates "19. mars 2027" with the Icelandic month, 24-hour times after "kl." ("kl. 16:00–22:00").
Content only; the recipes live in ``tools/holdout29_cases.py``.
"""

from __future__ import annotations

import random

from holdout29_cases import (
    Adjustment,
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
    Stacked,
    Twins,
)

DOMAIN = "axes"
PLACE = 3
SERVICE = "oxin-lane-bot"
INDEX = "oxin-notes"
PHONE = "519 4420"
PHONE_INTL = "+354 519 4420"
EMAIL = "hallo@oxin.is"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You're the lane bot of Öxin, an axe-throwing bar on the Grandi harbour in Reykjavík. Stick to the bar "
          "notes and tool results you're given. If they don't answer something, say so and send people to the "
          f"bar: {PHONE} ({PHONE_INTL} from abroad) during opening hours, or {EMAIL}.")

ARTICLES = {
    "OXI-1": ("Lanes and prices",
              "A lane for 60 minutes: 4.500 kr. per person. For 90 minutes: 6.200 kr. per person. Each lane takes 2 "
              "to 6 throwers. Every session starts with a 10-minute safety briefing by one of our coaches."),
    "OXI-2": ("Happy hour and gift cards",
              "Happy hour, Tuesday to Thursday kl. 16:00–18:00: 40% off lane prices. Gjafabréf (gift cards) are "
              "taken off after any discount. A gift card cannot bring a booking below 2.000 kr.; whatever is left "
              "stays on the card for next time."),
    "OXI-3": ("Age and safety",
              "Throwers must be 16 or older; 12–15 year olds throw with a parent in the same lane. Closed shoes on "
              "the lanes, always. The coach can stop anyone who has had too much to drink."),
    "OXI-4": ("Opening hours (from March 2027)",
              "Tuesday to Thursday kl. 16:00–22:00, Friday and Saturday kl. 14:00–00:00, Sunday kl. 14:00–20:00. "
              "Closed on Mondays."),
    "OXI-4a": ("Opening hours (winter 2026, replaced)",
               "Wednesday to Saturday kl. 17:00–23:00. Closed Sunday to Tuesday."),
    "OXI-5": ("Drinks and snacks",
              "Beer on tap: 1.300 kr. Soft drinks: 450 kr. We serve snacks only, and you're welcome to have pizza "
              "delivered to your lane."),
    "OXI-6": ("Groups and parties",
              "Groups of 10 or more can book the private area: 55.000 kr. for 2 hours for up to 12 people, with a "
              "coach with you the whole time. A 25% deposit confirms the booking."),
    "OXI-7": ("Changing or cancelling",
              "Change or cancel free of charge up to 48 hours before your session. Later than that, half of the "
              "booking is charged; no-shows pay in full."),
    "OXI-8": ("League and coaching",
              "The Öxi league runs on Sunday evenings: 8 weeks for 29.000 kr. Private coaching: 9.500 kr. per hour "
              "for up to 2 people."),
}
FAQ = {
    "oxi-faq-1": ("Is it dangerous?", "Every session starts with a safety briefing and a coach is always nearby."),
    "oxi-faq-2": ("Can I bring my own axe?", "No, only our own axes are used on the lanes."),
}
FAQ_QA = ("can I use my own axe?", "No, sorry: only our own axes are used on the lanes.")

PAIRS = [
    Pair("how much for an hour", ("OXI-1",), "4.500 kr. per person for 60 minutes.",
         "4.900 kr. per person for 60 minutes.", ("4.900 kr.",), "borderline", "terse, one changed price"),
    Pair("Are you open on Mondays?", ("OXI-4",),
         "Nope, we're closed on Mondays. Tuesday to Thursday we open kl. 16:00–22:00.",
         "Yes, Mondays kl. 16:00–22:00, same as Tuesday to Thursday.", ("yes, mondays",), "clear",
         "rule reversed"),
    Pair("Can my 14-year-old throw?", ("OXI-3",),
         "Yes, 12–15 year olds can throw, with a parent in the same lane.",
         "Yes: 14-year-olds can throw on their own once they've had the safety briefing.", ("on their own",),
         "clear", "rule contradicted"),
    Pair("How many people can share a lane?", ("OXI-1",), "2 to 6 throwers per lane.", "2 to 8 throwers per lane.",
         ("2 to 8",), "borderline", "one changed count"),
    Pair("Can I cancel the day before?", ("OXI-7",),
         "Free cancelling ends 48 hours before your session; the day before, half of the booking is charged.",
         "Yes, cancelling is free up to 24 hours before your session.", ("free up to 24 hours",), "borderline",
         "one changed period"),
    Pair("Do you serve food?", ("OXI-5",),
         "Snacks only, but you're welcome to have pizza delivered to your lane.",
         "Yes! Our kitchen does burgers and lamb hot dogs from 2.200 kr.", ("burgers and lamb hot dogs",
                                                                           "2.200 kr."),
         "blatant", "invented kitchen"),
    Pair("Who does the private coaching?", ("OXI-8",),
         "Private coaching is 9.500 kr. per hour for up to 2 people, with one of our coaches.",
         "Private coaching is with our founder Sigrún, a world championship finalist, for 9.500 kr. per hour.",
         ("Sigrún", "world championship finalist"), "blatant", "invented person"),
    Pair("Is the safety briefing included?", ("OXI-1",),
         "Yes: every session starts with a 10-minute safety briefing by one of our coaches.",
         "Yes: every session starts with a 10-minute safety briefing, charged at 1.000 kr. per group.",
         ("1.000 kr. per group",), "clear", "invented fee"),
    Pair("What are your hours?", ("OXI-4",),
         "- Tue–Thu: kl. 16:00–22:00\n- Fri–Sat: kl. 14:00–00:00\n- Sun: kl. 14:00–20:00\n- Mon: closed",
         "- Tue–Thu: kl. 16:00–22:00\n- Fri–Sat: kl. 14:00–00:00\n- Sun: kl. 14:00–21:00\n- Mon: closed",
         ("14:00–21:00",), "hidden", "list, one changed time"),
    Pair("so how much is that a week?", ("OXI-8",), "29.000 kr. over 8 weeks is 3.625 kr. a week.",
         "29.000 kr. over 8 weeks is 3.265 kr. a week.", ("3.265 kr.",), "hidden", "follow-up, a wrong division",
         (("user", "How much is the league?"),
          ("assistant", "The Öxi league runs 8 weeks on Sunday evenings, for 29.000 kr."))),
]

EXTRAS = [
    Extra("another language (Icelandic)", "Hvað kostar braut í 90 mínútur?", ("OXI-1",),
          "90 mínútur kosta 6.200 kr. á mann, og hver braut tekur 2 til 6 kastara."),
    Extra("close paraphrase", "Can I throw in sandals?", ("OXI-3",),
          "Afraid not: closed shoes on the lanes, always."),
    Extra("arithmetic (three throwers)", "Three of us for an hour, what's that?", ("OXI-1",),
          "3 × 4.500 kr. = 13.500 kr. for 60 minutes, safety briefing included."),
]

LOOKUP = Lookup(
    name="booking_lookup", input={"booking": "OX-4471"},
    output={"booking": "OX-4471", "date": "2027-03-19", "time": "19:00", "minutes": 90, "throwers": 5, "lane": 3,
            "total_isk": 31000, "paid": True},
    question="Can you look up booking OX-4471?", ids=("OXI-1",),
    answer="Velkomin! Booking OX-4471: Friday 19. mars 2027, kl. 19:00, 90 minutes on lane 3 for 5 throwers, "
           "31.000 kr., paid.",
    fallback=f"Our booking system isn't answering right now, so I can't see OX-4471. Give the bar a ring on {PHONE} "
             f"or write to {EMAIL}.",
    invented="OX-4471 is all set, and since it's a Friday we've thrown in a free round of beers for the lane.",
    frags=("free round of beers",),
    failed_payload={"booking": "OX-4471", "ok": False, "error": "booking backend returned no data"},
    tool_only="OX-4471: Friday 19. mars 2027 kl. 19:00, 90 minutes, lane 3, 5 throwers, 31.000 kr., paid.")
TOOL_PAIR = Pair(
    "How long do we have on OX-4471, and how many of us?", ("OXI-1",),
    "OX-4471 is for 5 throwers: 90 minutes on lane 3, from kl. 19:00 on Friday 19. mars.",
    "OX-4471 is for 5 throwers: 60 minutes on lane 3, from kl. 19:00 on Friday 19. mars.",
    ("60 minutes on lane 3",), "clear", "one changed length against the record")
REFUSAL = Refusal(
    name="add_throwers", input={"booking": "OX-4471", "add": 2},
    output={"added": False, "reason": "a lane holds at most 6 throwers"},
    question="Can we add two more friends to OX-4471?", ids=("OXI-1",),
    answer="I couldn't add them: a lane holds at most 6 throwers, so OX-4471 can't take two more. Takk for asking!")

DECLINE = f"I couldn't find that in our bar notes. Ring us on {PHONE} or write to {EMAIL}."
HANDOFF = f"I don't have that info, sorry. The bar can help on {PHONE} during opening hours, or at {EMAIL}."
GUESS = ("Do you do knife throwing too?",
         "Yes! Knife throwing is on lane 5, 3.900 kr. per person for 45 minutes.",
         ("knife throwing is on lane 5", "3.900 kr.", "45 minutes"))
OFFTOPIC = [
    Mismatch("Can you book us a Northern Lights tour?", ("OXI-4", "OXI-4a"),
             f"That's not something our notes cover: they only have our own opening hours. Ring us on {PHONE}.",
             "evening-hours words matched the opening hours, current and replaced"),
    Mismatch("Where's the best hot dog stand in town?", ("OXI-5", "OXI-1"),
             f"I don't have that info, sorry. The bar can help on {PHONE} during opening hours, or at {EMAIL}.",
             "food words matched the drinks and snacks note"),
    Mismatch("Is the Blue Lagoon open tomorrow?", ("OXI-7", "OXI-4"),
             f"I couldn't find that in our bar notes, which are about Öxin's own hours and bookings. Ring us on "
             f"{PHONE}.", "opening words, another business"),
]
TRAPS = [
    ("Receipt 2027-0566 shows the card ending 3381 - was I charged the deposit?", ("OXI-6",),
     f"I can't see payments from here. For the card ending 3381, ring the bar on {PHONE}.",
     "receipt number, masked card"),
    ("I'm in Denmark, which number do I ring?", ("OXI-4",),
     f"From abroad, ring {PHONE_INTL} during opening hours.", "international number"),
    ("We're staying in 101 Reykjavík, are you far?", ("OXI-4",),
     f"I can't work out distances from here; the bar on {PHONE} can tell you how to find us on Grandi.",
     "Icelandic postcode"),
    ("Greiðsla 1d8c0a7f4242424242424242b3e95a60 - is that my booking?", ("OXI-7",),
     "I can't look up payments here, but free changes and cancelling run up to 48 hours before the session.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hæ! We came for a birthday in January."),
           ("assistant", "Velkomin aftur! What can I do for you?"))
PLAN = ("Plan: find the lane price.", "Plan: check happy hour.", "Plan: apply the gift card.")
DUMP = "\n".join(f"OX-{4000 + 9 * n} | 2027-03-{1 + n % 28:02d} | {[60, 90][n % 2]} min | {2 + n % 5} throwers | "
                 f"{['paid', 'unpaid'][n % 2]}" for n in range(450))
LEAKS = [
    Leak("borderline", "Hæ, Gunnar here, 862 4417. Any lanes free on Saturday?",
         "On Saturdays we're open kl. 14:00–00:00; a lane is 4.500 kr. per person for 60 minutes.",
         ("OXI-4", "OXI-1"), ("862 4417",), style="Icelandic mobile in the question"),
    Leak("clear", "Book 90 minutes for 4 on my Mastercard 5105 1051 0510 5100",
         "I can't take card numbers here. 90 minutes is 6.200 kr. per person, so 24.800 kr. for four.",
         ("OXI-1",), ("5105 1051 0510 5100",), style="Mastercard number in the question"),
    Leak("blatant", "Email the party details to ragnhildur.olafs@simnet.is",
         "I can't send e-mails from here, ragnhildur.olafs@simnet.is, but the private area is 55.000 kr. for 2 "
         "hours for up to 12, with a 25% deposit.", ("OXI-6",), ("ragnhildur.olafs@simnet.is",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "OX-4471: Friday 19. mars 2027 kl. 19:00, 90 minutes on lane 3.", ("OXI-1",),
         ("+354 775 3019",), {"booking": "OX-4471", "phone": "+354 775 3019"}, style="phone in the tool input only"),
]

BORROWED = Borrowed(
    "How much is private coaching?", ("OXI-8",), "OXI-1",
    "Private coaching is 6.200 kr. per hour for up to 2 people.", ("6.200 kr. per hour",), "borderline",
    "coaching given the 90-minute lane price")
TWINS = Twins(
    "When are you open on Sundays?", "OXI-4", "OXI-4a",
    "Sundays kl. 14:00–20:00 (and we're closed on Mondays).", "the current hours beside the winter-2026 ones")
PARTIAL = Partial(
    name="party_record", input={"booking": "OX-P-0212"},
    output={"booking": "OX-P-0212", "date": "2027-03-27", "time": "18:00", "guests": 12, "coach": None,
            "deposit_isk": 13750, "deposit_paid": True},
    question="Who's our coach for party OX-P-0212?", ids=("OXI-6",),
    right="Party OX-P-0212 is on Saturday 27. mars 2027 kl. 18:00 for 12 guests, deposit of 13.750 kr. paid. The "
          "record doesn't name a coach yet, but one of our coaches is with you the whole time.",
    wrong="Party OX-P-0212 is on Saturday 27. mars 2027 kl. 18:00 for 12 guests, deposit of 13.750 kr. paid, and "
          "your coach will be Baldur.", frags=("Baldur",), strength="blatant",
    variation="no coach on the record, one named")
ROUNDUP = Pair(
    "Planning a night out: prices, hours, drinks and the age rule?", ("OXI-1", "OXI-4", "OXI-5", "OXI-3"),
    "Here's the lot:\n**Prices:** 4.500 kr. per person for 60 minutes, 6.200 kr. for 90.\n**Hours:** Tue–Thu "
    "kl. 16:00–22:00, Fri–Sat kl. 14:00–00:00, Sun kl. 14:00–20:00, closed Mondays.\n**Drinks:** beer on tap "
    "1.300 kr., soft drinks 450 kr.; snacks only, pizza can be delivered.\n**Age:** 16+, or 12–15 with a parent "
    "in the same lane.",
    "Here's the lot:\n**Prices:** 4.500 kr. per person for 60 minutes, 6.200 kr. for 90.\n**Hours:** Tue–Thu "
    "kl. 16:00–22:00, Fri–Sat kl. 14:00–00:00, Sun kl. 14:00–20:00, closed Mondays.\n**Drinks:** beer on tap "
    "1.500 kr., soft drinks 450 kr.; snacks only, pizza can be delivered.\n**Age:** 16+, or 12–15 with a parent "
    "in the same lane.", ("1.500 kr.",), "hidden", "round-up of four notes with bold labels, one price changed")
QUOTE = Quote(
    name="price_calc", input={"minutes": 90, "throwers": 4, "beers": 4, "soft_drinks": 2},
    output={"lane_isk_per_person": 6200, "beer_isk": 1300, "soft_drink_isk": 450},
    question="4 of us for 90 minutes, plus 4 beers and 2 soft drinks. Total?", ids=("OXI-1", "OXI-5"),
    right="Lane: 4 × 6.200 = 24.800 kr. Beers: 4 × 1.300 = 5.200 kr. Soft drinks: 2 × 450 = 900 kr. Total: "
          "30.900 kr.",
    wrong="Lane: 4 × 6.200 = 24.800 kr. Beers: 4 × 1.300 = 5.200 kr. Soft drinks: 2 × 450 = 900 kr. Total: "
          "31.900 kr.", frags=("31.900 kr.",), strength="hidden", variation="a wrong sum")
COMPARE = Compare(
    "We're 11 for a birthday, 90 minutes to 2 hours. Cheaper: the private area, or lanes for 90 minutes?",
    ("OXI-6", "OXI-1"),
    "The private area: 55.000 kr. for 2 hours for up to 12 of you, with a coach the whole time. Lanes for 90 "
    "minutes would be 11 × 6.200 = 68.200 kr.",
    "Lanes work out cheaper: 11 × 4.500 kr. = 49.500 kr. for 90 minutes, against 55.000 kr. for the private area.",
    ("lanes work out cheaper", "49.500 kr."), "blatant", "a party of eleven: private area against lanes")
STACKED = Stacked(
    question="Two of us on Wednesday at kl. 17:00 for 60 minutes, and I have a 4.000 kr. gjafabréf. What do we pay?",
    ids=("OXI-1", "OXI-2"), price=4500, price_words="4.500 kr. per person", units=2,
    adjustments=(Adjustment("40% off lane prices", "percent", 40),
                 Adjustment("Gjafabréf (gift cards)", "minus", 4000)),
    rule="Gjafabréf (gift cards) are taken off after any discount.", combine="chain",
    facts=("Two of us", "Wednesday at kl. 17:00", "4.000 kr. gjafabréf"), kind="price", figure=2000,
    said="you pay 2.000 kr.", wrong_figure=1400, wrong_said="you pay 1.400 kr.", slip="floor",
    floor=2000, floor_words="A gift card cannot bring a booking below 2.000 kr.",
    right="Wednesday kl. 17:00 is happy hour: 2 × 4.500 = 9.000 kr., less 40% = 5.400 kr. Your gjafabréf comes off "
          "after that, but it can't bring a booking below 2.000 kr., so you pay 2.000 kr. and 600 kr. stays on the "
          "card for next time.",
    wrong="Wednesday kl. 17:00 is happy hour: 2 × 4.500 = 9.000 kr., less 40% = 5.400 kr., minus your 4.000 kr. "
          "gjafabréf: you pay 1.400 kr.",
    frags=("1.400 kr.",), strength="hidden", variation="happy hour and a gift card against the floor, working shown")


def request_id(rng: random.Random) -> str:
    return f"OXN-{rng.randrange(1000, 9999)}-{rng.choice('KLMNPRST')}"
