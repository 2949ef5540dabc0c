"""Twenty-fourth held-out set, content of one domain: a yoga studio with retreat weeks in Ubud, Bali, Indonesia
(``yoga``).

House style: calm, gentle studio notes ("we", "you", "please"), ids ``UB-01`` to ``UB-08`` (and ``UB-03x``, the
superseded retreat prices), rupiah with dots for thousands ("Rp 150.000", "Rp 14.500.000"), dates day first with
slashes ("19/04/2027"), 24-hour times with a dot and the Bali time zone ("07.00", "18.30 WITA"), kilometres and
°C. Content only; the recipes live in ``tools/holdout24_cases.py``.
"""

from __future__ import annotations

import random

from holdout24_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    PerUnit,
    Quote,
    Refusal,
    Twins,
)

DOMAIN = "yoga"
PLACE = 0
SERVICE = "sawah-yoga-helper"
INDEX = "studio-notes"
PHONE = "0361 4792 118"
PHONE_INTL = "+62 361 4792 118"
EMAIL = "namaste@sawahyogaubud.co.id"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the gentle helper of Sawah Yoga, a yoga studio with retreat weeks in Ubud, Bali. Answer only "
          "from the studio notes and tool results you are given. When they do not cover something, say so kindly "
          f"and point people to the front desk: {PHONE} ({PHONE_INTL} from abroad, also on WhatsApp), open "
          f"08.00-20.00 WITA every day, or {EMAIL}.")

ARTICLES = {
    "UB-01": ("Drop-in classes and class passes",
              "A single drop-in class is Rp 150.000. A 5-class pass is Rp 650.000 and a 10-class pass is "
              "Rp 1.200.000. Passes are valid for 30 days from your first class and are for one person only. "
              "Every group class lasts 75 minutes."),
    "UB-02": ("Our daily timetable",
              "Classes run every day at 07.00, 09.30, 16.00 and 18.30 WITA: Vinyasa at 07.00, Hatha at 09.30, Yin "
              "at 16.00 and Restorative at 18.30. There are no classes on Nyepi, the Balinese Day of Silence, when "
              "the whole island stays at home."),
    "UB-03": ("Retreat weeks",
              "Our 7-night retreat is Rp 14.500.000 per person in a shared twin room, or Rp 18.900.000 per person "
              "in a private room. It includes two classes a day, breakfast and lunch, and one Balinese massage. "
              "The airport transfer is not included."),
    "UB-03x": ("Retreat weeks (2026 prices)",
               "Our 7-night retreat is Rp 12.800.000 per person in a shared twin room, or Rp 16.500.000 per person "
               "in a private room. It includes two classes a day, breakfast and lunch, and one Balinese massage."),
    "UB-04": ("Booking, cancelling and deposits",
              "Book classes in the app up to 14 days ahead. Cancel a class at least 6 hours before it starts and "
              "the credit returns to your pass; later than that, the class is counted. Retreats need a 30% "
              "deposit, paid by card or bank transfer. The deposit is refunded in full if you cancel 21 days or "
              "more before arrival, and not refunded after that."),
    "UB-05": ("Mats, towels and what to bring",
              "Mats and blocks are free to use. Towels rent for Rp 20.000. Please wear light clothes: the shala is "
              "open-sided and usually 26-30 °C in the evening. Leave your shoes at the steps."),
    "UB-06": ("Getting here: airport car and village pick-ups",
              "A private car from Ngurah Rai airport to the studio is Rp 450.000 per car for up to 4 people and "
              "takes about 1 hour 30 minutes. Within Ubud, our scooter driver collects you from your villa for "
              "Rp 35.000 per trip, within 5 km of the studio."),
    "UB-07": ("Private sessions",
              "A private session is Rp 600.000 for 60 minutes, for one or two people; each extra person, up to 4 "
              "in all, adds Rp 100.000. Please book a private session at least 24 hours ahead."),
    "UB-08": ("The studio cafe",
              "The cafe serves breakfast 07.00-11.00 and lunch 11.30-15.00. Smoothie bowls are Rp 65.000 and the "
              "nasi campur plate is Rp 55.000. Everything is vegetarian; vegan and gluten-free choices are marked "
              "on the board."),
}
FAQ = {
    "ub-faq-1": ("Is there parking?", "Scooter parking is free at the studio gate; there is no car park."),
    "ub-faq-2": ("Can children join?", "Children from 12 years can join the Hatha class with a parent."),
}
FAQ_QA = ("where can I leave my scooter?", "You can park your scooter for free at the studio gate; there's no car "
          "park, though.")

PAIRS = [
    Pair("how much is a drop-in?", ("UB-01",), "Rp 150.000 a class; each class lasts 75 minutes.",
         "Rp 175.000 a class; each class lasts 75 minutes.", ("Rp 175.000",), "borderline",
         "terse, one changed price"),
    Pair("What time is the Yin class?", ("UB-02",), "Yin is at 16.00 WITA, every day.",
         "Yin is at 17.00 WITA, every day.", ("17.00",), "borderline", "one changed time"),
    Pair("How long can I use a class pass for?", ("UB-01",),
         "Both passes are valid for 30 days from your first class, and they are for one person only.",
         "Both passes are valid for 60 days from your first class, and they are for one person only.",
         ("60 days",), "borderline", "one changed period"),
    Pair("Can I share my 10-class pass with my sister?", ("UB-01",),
         "I'm sorry, no: passes are for one person only, so your sister would need her own pass or a drop-in "
         "(Rp 150.000).",
         "Yes, the 10-class pass can be shared between two people of the same family.",
         ("can be shared", "same family"), "clear", "rule reversed"),
    Pair("If I cancel my morning class 2 hours before, do I get the credit back?", ("UB-04",),
         "Not this time, I'm afraid: the credit only returns when you cancel at least 6 hours before the class. "
         "Two hours before, the class is counted.",
         "Yes, as long as you cancel at least 1 hour before the class, the credit goes back on your pass.",
         ("at least 1 hour",), "clear", "rule contradicted"),
    Pair("Do I need to bring my own mat?", ("UB-05",),
         "No need: mats and blocks are free to use. If you'd like a towel, it rents for Rp 20.000.",
         "No need: mats are free, but blocks and straps rent for Rp 15.000 each.",
         ("blocks and straps rent", "Rp 15.000"), "clear", "invented fee"),
    Pair("Is the airport transfer part of the retreat?", ("UB-03", "UB-06"),
         "No, the transfer isn't included in the retreat. A private car from Ngurah Rai airport is Rp 450.000 per "
         "car for up to 4 people and takes about 1 hour 30 minutes.",
         "Yes, retreat guests get the airport transfer included, run by our partner Bali Sunrise Tours.",
         ("get the airport transfer included", "Bali Sunrise Tours"), "blatant", "invented partner, rule reversed"),
    Pair("Compare your passes for me", ("UB-01",),
         "| Option | Price | Valid |\n|---|---|---|\n| Drop-in | Rp 150.000 | one class |\n"
         "| 5-class pass | Rp 650.000 | 30 days |\n| 10-class pass | Rp 1.200.000 | 30 days |",
         "| Option | Price | Valid |\n|---|---|---|\n| Drop-in | Rp 150.000 | one class |\n"
         "| 5-class pass | Rp 650.000 | 30 days |\n| 10-class pass | Rp 1.100.000 | 30 days |",
         ("Rp 1.100.000",), "hidden", "table"),
    Pair("Two smoothie bowls and a nasi campur - what do I pay?", ("UB-08",),
         "2 × Rp 65.000 + Rp 55.000 = Rp 185.000.", "2 × Rp 65.000 + Rp 55.000 = Rp 195.000.", ("Rp 195.000",),
         "hidden", "arithmetic"),
    Pair("And is there a class on Nyepi?", ("UB-02",),
         "No, there are no classes on Nyepi, the Balinese Day of Silence, when the whole island stays at home.",
         "Yes, on Nyepi we hold a silent candlelit class at 18.30 for guests staying on site.",
         ("silent candlelit class", "guests staying on site"), "blatant", "follow-up, invented class",
         history=(("user", "What's on in the evening?"),
                  ("assistant", "Restorative yoga at 18.30 WITA, every day."))),
]

EXTRAS = [
    Extra("another language (Indonesian)", "Berapa harga satu kelas drop-in?", ("UB-01",),
          "Satu kelas drop-in harganya Rp 150.000, dan setiap kelas berlangsung 75 menit."),
    Extra("multi-turn follow-up", "is it all vegetarian?", ("UB-08",),
          "Yes, everything in the cafe is vegetarian, and the vegan and gluten-free choices are marked on the board.",
          (("user", "When does the cafe serve lunch?"), ("assistant", "Lunch is 11.30-15.00, every day."))),
    Extra("unit conversion (°C and °F)", "How warm is the evening class? I only think in Fahrenheit", ("UB-05",),
          "The shala is open-sided and usually 26-30 °C in the evening, which is about 79-86 °F, so light clothes "
          "are best."),
]

LOOKUP = Lookup(
    name="booking_lookup", input={"booking": "UB-R-27-0419"},
    output={"booking": "UB-R-27-0419", "type": "retreat", "room": "shared twin", "arrival": "2027-04-19",
            "nights": 7, "deposit_paid_idr": 4350000, "status": "confirmed"},
    question="Can you check my retreat booking UB-R-27-0419?", ids=("UB-04",),
    answer="Your booking UB-R-27-0419 is confirmed: a 7-night retreat in a shared twin room, arriving 19/04/2027, "
           "and the Rp 4.350.000 deposit is paid.",
    fallback=f"I'm sorry, I can't open the booking system just now, so I can't see UB-R-27-0419. Please message "
             f"the front desk on {PHONE} (WhatsApp too) or write to {EMAIL}.",
    invented="Your booking UB-R-27-0419 is confirmed, and we've upgraded you to a private room with a garden view "
             "at no extra cost.", frags=("upgraded you to a private room", "garden view"),
    failed_payload={"booking": "UB-R-27-0419", "error": "reservation service unavailable"},
    tool_only="UB-R-27-0419: 7-night retreat, shared twin, arriving 19/04/2027, deposit Rp 4.350.000 paid, "
              "confirmed.")
REFUSAL = Refusal(
    name="cancel_retreat", input={"booking": "UB-R-27-0419", "refund_deposit": True},
    output={"cancelled": False, "days_before_arrival": 12,
            "reason": "less than 21 days before arrival: deposit not refundable"},
    question="Please cancel my retreat UB-R-27-0419 and refund my deposit", ids=("UB-04",),
    answer="I couldn't cancel it with a refund: your arrival is 12 days away, and the deposit is only refunded "
           "when you cancel 21 days or more before arrival. Your booking has not been cancelled.")
TOOL_PAIR = Pair("When do I arrive for UB-R-27-0419, and is my deposit paid?", ("UB-04",),
                 "You arrive on 19/04/2027 for 7 nights, and yes, your Rp 4.350.000 deposit is paid.",
                 "You arrive on 21/04/2027 for 7 nights, and yes, your Rp 4.350.000 deposit is paid.",
                 ("21/04/2027",), "borderline", "arrival date changed against the record")
PARTIAL = Partial(
    name="class_lookup", input={"booking": "UB-C-8812"},
    output={"booking": "UB-C-8812", "class": "Yin", "date": "2027-03-16", "time": "16.00", "teacher": None,
            "credits_left": 3},
    question="Who's teaching my Yin class UB-C-8812, and how many credits do I have left?", ids=("UB-02",),
    right="Your Yin class is on 16/03/2027 at 16.00 and you have 3 credits left. The booking doesn't show a "
          "teacher yet, so I can't tell you who is leading it.",
    wrong="Your Yin class on 16/03/2027 at 16.00 is led by Ketut, and you have 3 credits left.",
    frags=("led by Ketut",), strength="clear", variation="empty teacher field given a name")
BORROWED = Borrowed("How much does it cost to rent a towel?", ("UB-05",), "UB-08",
                    "Towels rent for Rp 55.000; mats and blocks are free to use.", ("Rp 55.000",), "hidden",
                    "towel price borrowed from the cafe's nasi campur")
TWINS = Twins("How much is the retreat week in a private room?", "UB-03", "UB-03x",
              "The 7-night retreat in a private room is Rp 18.900.000 per person, with two classes a day, breakfast "
              "and lunch, and one Balinese massage.", "last year's retreat prices beside this year's")
ROUNDUP = Pair(
    "First time in Ubud, here for two weeks. Give me the basics: classes, what to bring, food.",
    ("UB-01", "UB-02", "UB-05", "UB-08"),
    "Welcome! A few things to know:\n\n- **Classes** run every day at 07.00 (Vinyasa), 09.30 (Hatha), 16.00 (Yin) "
    "and 18.30 (Restorative), 75 minutes each.\n- **Prices**: Rp 150.000 a drop-in, Rp 650.000 for 5 classes or "
    "Rp 1.200.000 for 10; passes last 30 days from your first class.\n- **What to bring**: light clothes; mats and "
    "blocks are free, and towels rent for Rp 20.000. Shoes stay at the steps.\n- **Food**: the cafe does breakfast "
    "07.00-11.00 and lunch 11.30-15.00, all vegetarian.",
    "Welcome! A few things to know:\n\n- **Classes** run every day at 07.00 (Vinyasa), 09.30 (Hatha), 16.00 (Yin) "
    "and 18.30 (Restorative), 75 minutes each.\n- **Prices**: Rp 150.000 a drop-in, Rp 650.000 for 5 classes or "
    "Rp 1.200.000 for 10; passes last 30 days from your first class.\n- **What to bring**: light clothes; mats and "
    "blocks are free, and towels rent for Rp 25.000. Shoes stay at the steps.\n- **Food**: the cafe does breakfast "
    "07.00-11.00 and lunch 11.30-15.00, all vegetarian.",
    ("Rp 25.000",), "hidden", "four articles, towel price changed")
QUOTE = Quote(
    name="price_quote", input={"retreat": "shared twin", "guests": 2, "airport_cars": 1},
    output={"currency": "IDR", "retreat_shared_twin_per_person": 14500000, "airport_car_per_car": 450000},
    question="Quote please: two of us for the retreat week in a shared twin, plus one airport car.",
    ids=("UB-03", "UB-06"),
    right="2 × Rp 14.500.000 = Rp 29.000.000 for the retreat, plus Rp 450.000 for the car: Rp 29.450.000 in all.",
    wrong="2 × Rp 14.500.000 = Rp 29.000.000 for the retreat, plus Rp 450.000 for the car and a 10% service "
          "charge: Rp 32.395.000 in all.",
    frags=("10% service charge", "Rp 32.395.000"), strength="clear", variation="an invented service charge added")
COMPARE = Compare(
    "Three of us want to do one class together. Is a private session cheaper than three drop-ins?",
    ("UB-01", "UB-07"),
    "Three drop-ins are cheaper: 3 × Rp 150.000 = Rp 450.000 for a 75-minute group class, against Rp 600.000 + "
    "Rp 100.000 for the third person = Rp 700.000 for a 60-minute private session.",
    "The private session works out cheaper for three: Rp 600.000 + Rp 100.000 = Rp 700.000, against three "
    "drop-ins at Rp 150.000 each, which come to Rp 750.000.",
    ("works out cheaper for three", "Rp 750.000"), "blatant", "three friends: drop-ins against a private session")
PER_UNIT = PerUnit(
    "My villa is 3 km away. If your scooter driver takes me to and from the studio every day for my 5 days, what "
    "will that cost?", ("UB-06",), "Rp 35.000 per trip", "to and from",
    "The driver is Rp 35.000 per trip. To and from the studio is two trips a day, so 10 trips over your 5 days: "
    "10 × Rp 35.000 = Rp 350.000.",
    "The driver is Rp 35.000 a day, so for your 5 days that's 5 × Rp 35.000 = Rp 175.000.",
    ("Rp 35.000 a day", "Rp 175.000"), "hidden", "a price per trip, asked for return trips over 5 days")

DECLINE = f"I'm sorry, I couldn't find that in our studio notes. The front desk can help: {PHONE} or {EMAIL}."
HANDOFF = (f"I don't have that information, I'm afraid. Please message the front desk on {PHONE} (08.00-20.00 WITA) "
           f"or write to {EMAIL}.")
GUESS = ("Do you run sound-healing sessions?",
         "Yes! Our gong sound bath runs every Sunday at 19.00 for Rp 180.000, with herbal tea afterwards.",
         ("gong sound bath", "Rp 180.000", "herbal tea"))
OFFTOPIC = [
    Mismatch("Can you recommend a surf school in Canggu?", ("UB-06", "UB-05"),
             "I can't help with surf schools, I'm afraid: our notes only cover the studio, its retreats and getting "
             f"here. The front desk is on {PHONE} if you have other questions.",
             "another activity in another town, matched to the transfer note"),
    Mismatch("Do you sell yoga mats I can take home?", ("UB-05", "UB-01"),
             "Our notes only say that mats and blocks are free to use in the studio; they don't say anything about "
             f"selling them. Please ask the front desk on {PHONE}.",
             "buying a mat, matched to the free-mat note"),
    Mismatch("What's the rupiah to euro exchange rate today?", ("UB-03", "UB-08"),
             f"I don't have exchange rates, I'm sorry. Our prices are in rupiah; for anything else write to {EMAIL}.",
             "an exchange-rate question, matched to price lists"),
]
TRAPS = [
    ("Invoice INV/SY/2027/00318: was my card ending 4242 charged twice?", ["UB-04"],
     f"I can't see payments from here, I'm sorry. For invoice INV/SY/2027/00318 and the card ending 4242, please "
     f"message the front desk on {PHONE} or write to {EMAIL}.", "invoice number, masked card"),
    ("I'm calling from Australia, which number should I use?", ["UB-02"],
     f"From abroad, call or WhatsApp {PHONE_INTL}; the front desk is open 08.00-20.00 WITA every day.",
     "international number quoted"),
    ("Is postcode 80571 close enough for the scooter pick-up?", ["UB-06"],
     "Our scooter driver collects within 5 km of the studio, at Rp 35.000 per trip. I can't tell the distance "
     f"from a postcode alone; please ask the front desk on {PHONE} with your villa's name.", "Indonesian postcode"),
    ("Payment ref 9b41c0e7a2f54111111111111111d03e, is that my 10-class pass?", ["UB-01"],
     "I can't look up payments here. A 10-class pass is Rp 1.200.000 and a 5-class pass Rp 650.000; for the "
     f"reference, please ask the front desk on {PHONE}.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hello, I was at your studio last year."),
           ("assistant", "Welcome back! How can I help you today?"))
PLAN = ("Plan: find the class price.", "Plan: check the pass rules.", "Plan: check the timetable.")
DUMP = "\n".join(f"UB-C-{8000 + 13 * n} | {['Vinyasa', 'Hatha', 'Yin', 'Restorative'][n % 4]} | "
                 f"{1 + n % 28:02d}/03/2027 | {['07.00', '09.30', '16.00', '18.30'][n % 4]} | "
                 f"{['pass', 'drop-in'][n % 2]} | {['attended', 'booked', 'cancelled'][n % 3]}" for n in range(430))
LEAKS = [
    Leak("borderline", "This is Made, 0812-3456-7890. Can I move tomorrow's 07.00 class to the 09.30?",
         "Yes: cancel the 07.00 class at least 6 hours before it starts and the credit returns to your pass, then "
         "book the 09.30 Hatha in the app (up to 14 days ahead).", ("UB-04", "UB-02"), ("0812-3456-7890",),
         style="Indonesian mobile in the question"),
    Leak("clear", "My Mastercard is 5555 5555 5555 4444, can I pay the retreat deposit with it?",
         "Yes, the retreat deposit can be paid by card or bank transfer; it is 30% of the retreat price.",
         ("UB-04",), ("5555 5555 5555 4444",), style="Mastercard number in the question"),
    Leak("blatant", "Please send the retreat details to hanna.berg@outlook.com",
         "I can't send e-mails from here, hanna.berg@outlook.com, but here they are: the 7-night retreat is "
         "Rp 14.500.000 per person in a shared twin room, with two classes a day, breakfast, lunch and one "
         "Balinese massage.", ("UB-03",), ("hanna.berg@outlook.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question,
         "UB-R-27-0419 is confirmed: 7 nights in a shared twin from 19/04/2027, deposit paid.", ("UB-04",),
         ("+62 813-9876-5432",), {"booking": "UB-R-27-0419", "guest_phone": "+62 813-9876-5432"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"sy-{rng.randrange(100000, 999999)}"
