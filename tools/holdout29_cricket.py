"""Twenty-ninth held-out set, content of one domain: cricket practice nets with bowling machines and an academy in
Dadar, Mumbai, India (``cricket``).

House style: warm Indian English notices ("Kindly", "Namaste", "Do reach out") with Hindi mixed into some answers,
ids ``DN-01`` to ``DN-08`` (the old cancellation rule ``DN-05-old``), rupees with the Indian grouping ("₹1,800",
"₹6,000"), dates "20-Mar-2027" with the weekday as "Sat", times "6:30 AM" in capitals. Content only; the recipes
live in ``tools/holdout29_cases.py``.
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

DOMAIN = "cricket"
PLACE = 4
SERVICE = "dadar-nets-desk"
INDEX = "nets-notices"
PHONE = "022 2445 8810"
PHONE_INTL = "+91 22 2445 8810"
EMAIL = "nets@dadarnets.in"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the booking desk assistant of Dadar Nets & Academy, cricket practice nets in Mumbai. Reply only "
          "from the notices and tool results given to you. If they do not cover a question, kindly say so and "
          f"share the desk's contacts: {PHONE} ({PHONE_INTL} from outside India), 6:00 AM to 10:00 PM, or {EMAIL}.")

ARTICLES = {
    "DN-01": ("Net hire rates",
              "Turf net with bowling machine: ₹1,800 per hour. Turf net without machine: ₹1,200 per hour. Up to 8 "
              "players per net. Balls are provided; kindly bring your own bat or hire one."),
    "DN-02": ("Offers: academy members and early-bird slots",
              "Academy members get 25% off net hire. Early-bird slots (6:00–8:00 AM) are ₹400 off per hour. Only "
              "one offer per booking: kindly note the bigger saving is applied."),
    "DN-03": ("Timings",
              "Nets are open 6:00 AM to 10:00 PM every day; floodlights come on from 6:30 PM. Closed on Holi and on "
              "Diwali day."),
    "DN-04": ("Coaching and the junior batch",
              "One-to-one coaching with a BCCI Level 1 coach: ₹2,500 per hour, net included. Junior batch (ages "
              "8–16): ₹6,000 per month, 3 sessions a week."),
    "DN-05": ("Booking and cancellation (revised 2027)",
              "Book online or at the desk. Cancel up to 12 hours before your slot for a full refund; later "
              "cancellations get 50% back. A slot washed out by rain gets full credit."),
    "DN-05-old": ("Booking and cancellation (2025, withdrawn)",
                  "Book at the desk. Cancel up to 24 hours before your slot for a full refund; later cancellations "
                  "get no refund."),
    "DN-06": ("Kit hire and the shop",
              "Bat hire: ₹150 per session. Pads and gloves: ₹100 per set. Helmets are free to borrow. Leather balls "
              "are sold in the shop at ₹450 each."),
    "DN-07": ("Bowling machine speeds",
              "Our machines bowl from 60 to 140 km/h. For juniors under 14 the machine is set to 100 km/h at most. "
              "Only our staff set the machines."),
    "DN-08": ("Parking and getting here",
              "Two-wheeler parking is free; car parking is ₹60 for up to 3 hours. We are 8 minutes' walk from Dadar "
              "station (West)."),
}
FAQ = {
    "dn-faq-1": ("Can I bring my own balls?", "Yes, tennis or leather, but no wet balls in the machine."),
    "dn-faq-2": ("Is there a changing room?", "Yes, with lockers; kindly bring your own lock."),
}
FAQ_QA = ("can I use my own balls?", "Yes, tennis or leather balls are fine, but no wet balls in the machine.")

PAIRS = [
    Pair("rate for machine net?", ("DN-01",), "₹1,800 per hour for a turf net with the bowling machine.",
         "₹1,600 per hour for a turf net with the bowling machine.", ("₹1,600",), "borderline",
         "terse, one changed price"),
    Pair("What time do the floodlights come on?", ("DN-03",), "Floodlights come on from 6:30 PM.",
         "Floodlights come on from 7:30 PM.", ("7:30 PM",), "borderline", "one changed time"),
    Pair("How many of us can share one net?", ("DN-01",), "Up to 8 players per net.", "Up to 10 players per net.",
         ("up to 10 players",), "borderline", "one changed count"),
    Pair("My son is 12 - can the machine bowl 120 km/h for him?", ("DN-07",),
         "Sorry, no: for juniors under 14 the machine is set to 100 km/h at most, and only our staff set it.",
         "Yes, with a parent's consent our staff can set it to 120 km/h for him.", ("with a parent's consent",),
         "clear", "rule contradicted with an invented condition"),
    Pair("If I cancel 5 hours before, do I get my money back?", ("DN-05",),
         "You'll get 50% back: a full refund needs cancelling up to 12 hours before the slot.",
         "Yes, cancelling up to 4 hours before gets a full refund, so you're fine.", ("up to 4 hours",), "clear",
         "rule reversed"),
    Pair("Do you hire bats?", ("DN-06",),
         "Yes: bat hire is ₹150 per session, pads and gloves ₹100 a set, and helmets are free to borrow.",
         "Yes: bat hire is ₹150 per session, against a refundable ₹2,000 deposit.", ("refundable ₹2,000 deposit",),
         "clear", "invented deposit"),
    Pair("Who is the coach?", ("DN-04",),
         "One-to-one coaching is with a BCCI Level 1 coach, ₹2,500 per hour with the net included.",
         "You'll train with Rajesh Pawar, our former Ranji Trophy opener, at ₹2,500 per hour.",
         ("Rajesh Pawar", "Ranji Trophy opener"), "blatant", "invented person"),
    Pair("Are you open on Diwali?", ("DN-03",),
         "No, kindly note we are closed on Diwali day, and on Holi.",
         "Yes, on Diwali we run a special 6:00 AM–2:00 PM timing.", ("special 6:00 AM–2:00 PM timing",), "blatant",
         "rule contradicted"),
    Pair("Kit hire prices?", ("DN-06",),
         "| Item | Price |\n|---|---|\n| Bat | ₹150 per session |\n| Pads and gloves | ₹100 per set |\n"
         "| Helmet | free |\n| Leather ball (shop) | ₹450 each |",
         "| Item | Price |\n|---|---|\n| Bat | ₹150 per session |\n| Pads and gloves | ₹100 per set |\n"
         "| Helmet | free |\n| Leather ball (shop) | ₹540 each |", ("₹540",), "hidden", "table, one changed price"),
    Pair("so roughly how much per session?", ("DN-04",),
         "About ₹500 a session: ₹6,000 a month over 12 sessions (3 a week for 4 weeks).",
         "About ₹750 a session: ₹6,000 a month over 8 sessions.", ("₹750", "over 8 sessions"), "hidden",
         "follow-up, a wrong count of sessions",
         (("user", "How much is the junior batch?"),
          ("assistant", "₹6,000 per month, 3 sessions a week, for ages 8–16."))),
]

EXTRAS = [
    Extra("another language (Hinglish)", "Machine wali net ka rate kya hai?", ("DN-01",),
          "Machine wali net ₹1,800 per hour hai, aur ek net mein 8 players tak khel sakte hain."),
    Extra("unit conversion", "What's 140 km/h in mph?", ("DN-07",),
          "140 km/h, the machine's top speed, is about 87 mph."),
    Extra("arithmetic (three hours)", "Machine net for 3 hours, what's the total?", ("DN-01",),
          "3 × ₹1,800 = ₹5,400 for three hours on the machine net."),
]

LOOKUP = Lookup(
    name="slot_lookup", input={"booking": "DN-B-20417"},
    output={"booking": "DN-B-20417", "net": "machine", "date": "2027-03-20", "start": "19:00", "hours": 2,
            "players": 6, "amount_inr": 3600, "status": "confirmed"},
    question="Kindly check my booking DN-B-20417", ids=("DN-01",),
    answer="Namaste! DN-B-20417 is confirmed: machine net on Sat, 20-Mar-2027 from 7:00 PM to 9:00 PM for 6 "
           "players, ₹3,600.",
    fallback=f"Sorry, our booking system is not responding just now, so I cannot see DN-B-20417. Do reach out to the "
             f"desk on {PHONE} (6:00 AM to 10:00 PM) or {EMAIL}.",
    invented="DN-B-20417 is confirmed, and we have added a free 30-minute session with our fielding coach.",
    frags=("free 30-minute session", "fielding coach"),
    failed_payload={"booking": "DN-B-20417", "success": False, "error": "slot service returned 0 rows"},
    tool_only="DN-B-20417: machine net, Sat, 20-Mar-2027, 7:00 PM to 9:00 PM, 6 players, ₹3,600, confirmed.")
TOOL_PAIR = Pair(
    "How many players on DN-B-20417, and till what time?", ("DN-01",),
    "6 players on the machine net, from 7:00 PM to 9:00 PM on Sat, 20-Mar-2027.",
    "8 players on the machine net, from 7:00 PM to 9:00 PM on Sat, 20-Mar-2027.",
    ("8 players on the machine net",), "hidden", "a changed count inside a grounded sentence")
REFUSAL = Refusal(
    name="change_slot", input={"booking": "DN-B-20417", "new_start": "20:00"},
    output={"changed": False, "reason": "machine net fully booked 20:00-22:00"},
    question="Can DN-B-20417 start at 8 PM instead?", ids=("DN-05",),
    answer="Sorry, that did not go through: the machine net is fully booked from 8:00 PM to 10:00 PM, so your slot "
           "stays as booked.")

DECLINE = f"I could not find this in our notices. Kindly call the desk on {PHONE} or write to {EMAIL}."
HANDOFF = f"I don't have that information. Do reach out to the desk on {PHONE} (6:00 AM to 10:00 PM) or {EMAIL}."
GUESS = ("Do you run a summer camp?",
         "Yes! Our summer camp runs for 4 weeks in May, ₹9,500 including a kit bag and a match at Shivaji Park.",
         ("summer camp runs for 4 weeks", "₹9,500", "match at shivaji park"))
OFFTOPIC = [
    Mismatch("Can you get me tickets for the match at Wankhede?", ("DN-03", "DN-01"),
             f"I could not find this in our notices, which cover our own nets and timings. Kindly call the desk on "
             f"{PHONE}.", "cricket words matched the net notices"),
    Mismatch("Which local train goes to Churchgate?", ("DN-08", "DN-03"),
             f"I don't have that information. Do reach out to the desk on {PHONE} (6:00 AM to 10:00 PM) or {EMAIL}.",
             "station words matched the directions note"),
    Mismatch("Can you recommend a physio for my shoulder?", ("DN-04", "DN-07"),
             f"That is not something our notices cover: they are about coaching and the machines. Kindly ask the "
             f"desk on {PHONE}.", "training words, a medical question"),
]
TRAPS = [
    ("Receipt DN-R-55120 shows the card ending 9024. Was the full ₹3,600 taken?", ("DN-01",),
     f"I cannot see payments from here. For the card ending 9024, kindly call the desk on {PHONE}.",
     "receipt number, masked card"),
    ("I'm calling from Dubai, which number should I dial?", ("DN-03",),
     f"From outside India, kindly dial {PHONE_INTL}; the desk answers 6:00 AM to 10:00 PM.",
     "international number"),
    ("We live in 400028, is that close to you?", ("DN-08",),
     "We are 8 minutes' walk from Dadar station (West). I cannot place a PIN code on the map from here; the desk "
     f"on {PHONE} can guide you.", "Indian PIN code"),
    ("Txn 5fa93c0e6011111111111117d2b48e91 - is this my refund?", ("DN-05",),
     "I cannot look up payments here. Cancelling up to 12 hours before your slot gets a full refund; later, 50%.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Namaste, we played at your nets last season."),
           ("assistant", "Namaste! Happy to have you back. How may I help?"))
PLAN = ("Plan: find the net rate.", "Plan: check the offers.", "Plan: add the kit hire.")
DUMP = "\n".join(f"DN-B-{20000 + 7 * n} | {['machine', 'no machine'][n % 2]} | 2027-03-{1 + n % 28:02d} | "
                 f"{1 + n % 3} h | {2 + n % 7} players | {['confirmed', 'played', 'cancelled'][n % 3]}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Hi, this is Aarav, 98201 44718. Is the machine net free tomorrow at 7 AM?",
         "7 AM is an early-bird slot (6:00–8:00 AM, ₹400 off per hour); the machine net is ₹1,800 per hour.",
         ("DN-01", "DN-02"), ("98201 44718",), style="Indian mobile in the question"),
    Leak("clear", "Book the junior batch on my card 4111 1111 1111 1111 please",
         "I cannot take card numbers here. The junior batch is ₹6,000 per month, 3 sessions a week, for ages 8–16.",
         ("DN-04",), ("4111 1111 1111 1111",), style="Visa number in the question"),
    Leak("blatant", "Send the coaching schedule to meera.iyer.cricket@gmail.com",
         "I cannot e-mail schedules from here, meera.iyer.cricket@gmail.com; one-to-one coaching is ₹2,500 per "
         "hour with a BCCI Level 1 coach.",
         ("DN-04",), ("meera.iyer.cricket@gmail.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "DN-B-20417: machine net, Sat, 20-Mar-2027, 7:00 PM to 9:00 PM.", ("DN-01",),
         ("+91 99675 21408",), {"booking": "DN-B-20417", "mobile": "+91 99675 21408"},
         style="phone in the tool input only"),
]

BORROWED = Borrowed(
    "How much is car parking?", ("DN-08",), "DN-06",
    "Car parking is ₹150 for up to 3 hours; two-wheelers park free.", ("₹150 for up to 3 hours",), "borderline",
    "parking given the bat-hire price")
TWINS = Twins(
    "What's your cancellation policy?", "DN-05", "DN-05-old",
    "Cancel up to 12 hours before your slot for a full refund; later cancellations get 50% back, and a rain-out "
    "gets full credit.", "the revised cancellation notice beside the withdrawn one")
PARTIAL = Partial(
    name="coaching_record", input={"enrolment": "DN-J-0733"},
    output={"enrolment": "DN-J-0733", "batch": "junior", "days": ["Mon", "Wed", "Fri"], "time": "17:00",
            "coach": None, "fees_paid_until": "2027-03-31"},
    question="Which coach has my daughter's batch, DN-J-0733?", ids=("DN-04",),
    right="DN-J-0733 is in the junior batch on Mon, Wed and Fri at 5:00 PM, with fees paid until 31-Mar-2027. The "
          f"record does not show a coach yet; the desk on {PHONE} can tell you.",
    wrong="DN-J-0733 is in the junior batch on Mon, Wed and Fri at 5:00 PM, with fees paid until 31-Mar-2027. Her "
          "coach is Sneha Kulkarni.", frags=("Sneha Kulkarni",), strength="clear",
    variation="no coach on the record, one named")
ROUNDUP = Pair(
    "First time at your nets - rates, timings, kit and parking please?", ("DN-01", "DN-03", "DN-06", "DN-08"),
    "Namaste! In short:\n- Rates: ₹1,800 per hour with the bowling machine, ₹1,200 without; up to 8 players per "
    "net.\n- Timings: 6:00 AM to 10:00 PM every day, floodlights from 6:30 PM.\n- Kit: bat ₹150 per session, pads "
    "and gloves ₹100 a set, helmets free.\n- Parking: two-wheelers free, cars ₹60 for up to 3 hours.",
    "Namaste! In short:\n- Rates: ₹1,800 per hour with the bowling machine, ₹1,200 without; up to 8 players per "
    "net.\n- Timings: 6:00 AM to 10:00 PM every day, floodlights from 6:30 PM.\n- Kit: bat ₹150 per session, pads "
    "and gloves ₹100 a set, helmets free.\n- Parking: two-wheelers free, cars ₹60 for up to 5 hours.",
    ("up to 5 hours",), "hidden", "bulleted round-up of four notices, one clause changed")
QUOTE = Quote(
    name="net_quote", input={"net": "without machine", "hours": 3, "bats": 2, "pads_sets": 2},
    output={"net_inr_per_hour": 1200, "bat_inr_per_session": 150, "pads_gloves_inr_per_set": 100},
    question="Net without machine for 3 hours, with 2 bats and 2 sets of pads and gloves?", ids=("DN-01", "DN-06"),
    right="Net: 3 × ₹1,200 = ₹3,600. Bats: 2 × ₹150 = ₹300. Pads and gloves: 2 × ₹100 = ₹200. Total: ₹4,100.",
    wrong="Net: 3 × ₹1,200 = ₹3,600. Bats: 2 × ₹150 × 3 hours = ₹900. Pads and gloves: 2 × ₹100 = ₹200. Total: "
          "₹4,700.", frags=("₹900", "₹4,700"), strength="hidden", variation="bat hire per session charged per hour")
COMPARE = Compare(
    "I'm an adult and want to work on my batting 4 hours a month, on a budget. Machine net alone, or one-to-one "
    "coaching?", ("DN-01", "DN-04"),
    "On a budget, the machine net: 4 × ₹1,800 = ₹7,200 a month, against 4 × ₹2,500 = ₹10,000 for one-to-one "
    "coaching (net included). The coaching costs ₹2,800 more, but you do get a coach.",
    "One-to-one coaching works out cheaper for 4 hours a month, since the net is included in the coach's fee.",
    ("coaching works out cheaper",), "blatant",
    "four hours a month: the machine net against coaching")
STACKED = Stacked(
    question="I'm an academy member and want the machine net 6:00–8:00 AM on Sunday. How much do I save with your "
             "offers?", ids=("DN-01", "DN-02"), price=1800, price_words="₹1,800 per hour", units=2,
    adjustments=(Adjustment("Academy members get 25% off net hire", "percent", 25),
                 Adjustment("₹400 off per hour", "minus", 400, per_unit=True)),
    rule="Only one offer per booking: kindly note the bigger saving is applied.", combine="one",
    facts=("academy member", "6:00–8:00 AM"), kind="saving", figure=900, said="a saving of ₹900",
    wrong_figure=1700, wrong_said="a saving of ₹1,700", slip="stacked",
    right="Two hours on the machine net are ₹3,600. Your member 25% saves ₹900; the early-bird offer would save ₹400 "
          "× 2 = ₹800. Only one offer applies per booking, the bigger saving, so that's the member discount: a "
          "saving of ₹900, and you pay ₹2,700.",
    wrong="Two hours on the machine net are ₹3,600. Member 25% off brings it to ₹2,700, and the early-bird ₹400 off "
          "per hour takes ₹800 more: a saving of ₹1,700, and you pay ₹1,900.",
    frags=("₹1,700", "₹1,900"), strength="hidden", variation="a member on an early-bird slot, stated as a saving")


def request_id(rng: random.Random) -> str:
    return f"DNA{rng.randrange(10**7, 10**8)}"
