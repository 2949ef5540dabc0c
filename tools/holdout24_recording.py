"""Twenty-fourth held-out set, content of one domain: a recording studio in Lekki Phase 1, Lagos, Nigeria
(``recording``).

House style: laid-back studio notes in Nigerian English ("no wahala", "NEPA took light"), ids ``RS-101`` to
``RS-108`` (and ``RS-101x``, last year's rates), naira with commas ("₦45,000", "₦380,000"), VAT 7.5% included,
dates written out ("Saturday, 20 March 2027"), 12-hour times without minutes ("2pm", "10am–10pm"), hours, songs
and GB. Content only; the recipes live in ``tools/holdout24_cases.py``.
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

DOMAIN = "recording"
PLACE = 3
SERVICE = "lekki-sound-desk"
INDEX = "studio-kb"
PHONE = "0809 555 0142"
PHONE_INTL = "+234 809 555 0142"
EMAIL = "bookings@lekkisoundhouse.ng"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the booking desk assistant of Lekki Sound House, a recording studio on Admiralty Way, Lekki "
          "Phase 1, Lagos. Answer only from the studio knowledge base and tool results given to you. If they don't "
          f"cover it, say so and share the desk's contacts: {PHONE} ({PHONE_INTL} from outside Nigeria), 10am–10pm "
          f"Monday to Saturday, or {EMAIL}.")

ARTICLES = {
    "RS-101": ("Studio A and Studio B rates",
               "Studio A (live room and SSL console) is ₦45,000 per hour with an engineer. Studio B (vocal booth) "
               "is ₦20,000 per hour with an engineer. The minimum booking is 2 hours. All prices include VAT at "
               "7.5%."),
    "RS-101x": ("Studio A and Studio B rates (2026)",
                "Studio A is ₦38,000 per hour with an engineer. Studio B is ₦16,000 per hour with an engineer. All "
                "prices include VAT."),
    "RS-102": ("Day blocks",
               "A 10-hour day block in Studio A is ₦380,000, from 10am to 8pm, engineer included. A day block in "
               "Studio B is ₦160,000."),
    "RS-103": ("Booking, deposits and rescheduling",
               "Pay a 50% deposit by bank transfer to hold a session. Rescheduling is free up to 48 hours before "
               "the session; after that the deposit is kept. Sessions start on time, and late arrival is not added "
               "on at the end."),
    "RS-104": ("Opening hours and power",
               "We are open 10am–10pm, Monday to Saturday; Sundays by arrangement, for day blocks only. The studio "
               "runs on an inverter with a backup generator, so power cuts don't stop a session."),
    "RS-105": ("Mixing and mastering",
               "Mixing is ₦75,000 per song, up to 40 tracks; mastering is ₦25,000 per song. Two rounds of revisions "
               "are included, and each extra round is ₦15,000. Delivery is within 5 working days."),
    "RS-106": ("Beats from our producers",
               "Exclusive beats from our in-house producers start at ₦150,000, with full rights. A non-exclusive "
               "lease is ₦40,000 and allows up to 50,000 streams."),
    "RS-107": ("Gear and backline",
               "A drum kit, a bass amp and two guitar amps are included in Studio A. The Nord Stage 3 keyboard "
               "rents for ₦10,000 per session. Bring your own hard drive, or we send you a download link for files "
               "up to 20 GB."),
    "RS-108": ("Getting here, parking and guests",
               "We are on Admiralty Way, Lekki Phase 1, with parking for 6 cars in front and security on site 24 "
               "hours. Each artist may bring up to 5 guests into the control room."),
}
FAQ = {
    "rs-faq-1": ("Can I smoke in the studio?", "No smoking anywhere indoors; there is a smoking spot by the gate."),
    "rs-faq-2": ("Do you have drinks?", "There is free water and a fridge with soft drinks at ₦500 each."),
}
FAQ_QA = ("any place to smoke?", "Not indoors, but there's a smoking spot by the gate.")

PAIRS = [
    Pair("How much is Studio B per hour?", ("RS-101",), "₦20,000 per hour, engineer included.",
         "₦25,000 per hour, engineer included.", ("₦25,000",), "borderline", "terse, one changed rate"),
    Pair("What time do you close?", ("RS-104",), "10pm, Monday to Saturday.", "11pm, Monday to Saturday.",
         ("11pm",), "borderline", "one changed closing time"),
    Pair("How long does mixing take?", ("RS-105",), "Delivery is within 5 working days.",
         "Delivery is within 10 working days.", ("10 working days",), "borderline", "one changed period"),
    Pair("If NEPA takes light during my session, do I lose time?", ("RS-104",),
         "No wahala: the studio runs on an inverter with a backup generator, so power cuts don't stop your "
         "session.",
         "If the power goes, the session pauses, and generator time is charged at ₦5,000 per hour.",
         ("session pauses", "₦5,000 per hour"), "clear", "invented charge"),
    Pair("I'll be 30 minutes late. Can we run 30 minutes over at the end?", ("RS-103",),
         "Sorry, sessions start on time, and late arrival isn't added on at the end.",
         "No problem, we'll add the 30 minutes at the end, free of charge.",
         ("we'll add the 30 minutes", "free of charge"), "blatant", "rule contradicted"),
    Pair("Can I reschedule the day before?", ("RS-103",),
         "Free rescheduling is up to 48 hours before the session; the day before, the deposit is kept.",
         "Yes, rescheduling is free up to 12 hours before the session.", ("12 hours before",), "clear",
         "rule reversed"),
    Pair("Do I need to bring a keyboard?", ("RS-107",),
         "No need: the Nord Stage 3 rents for ₦10,000 per session, and Studio A already has a drum kit, a bass amp "
         "and two guitar amps.",
         "No need: we get the Nord Stage 3 from our partner SoundCity Rentals for ₦10,000 per session.",
         ("SoundCity Rentals",), "blatant", "invented partner"),
    Pair("Send me your rates", ("RS-101", "RS-102"),
         "| Room | Per hour | Day block |\n|---|---|---|\n| Studio A | ₦45,000 | ₦380,000 |\n"
         "| Studio B | ₦20,000 | ₦160,000 |",
         "| Room | Per hour | Day block |\n|---|---|---|\n| Studio A | ₦45,000 | ₦380,000 |\n"
         "| Studio B | ₦20,000 | ₦180,000 |", ("₦180,000",), "hidden", "table"),
    Pair("Mix and master for 3 songs, how much?", ("RS-105",),
         "3 × (₦75,000 + ₦25,000) = ₦300,000 for mixing and mastering all three.",
         "3 × (₦75,000 + ₦25,000) = ₦330,000 for mixing and mastering all three.", ("₦330,000",), "hidden",
         "arithmetic"),
    Pair("and how many streams does that cover?", ("RS-106",), "A non-exclusive lease allows up to 50,000 streams.",
         "A non-exclusive lease allows unlimited streams for 2 years.", ("unlimited streams", "2 years"), "clear",
         "follow-up, limit contradicted",
         history=(("user", "How much is a non-exclusive beat lease?"), ("assistant", "₦40,000."))),
]

EXTRAS = [
    Extra("another language (Nigerian Pidgin)", "How much be Studio A for one hour?", ("RS-101",),
          "Studio A na ₦45,000 for one hour, engineer dey inside, and VAT don already enter the price."),
    Extra("another language (Yoruba)", "Elo ni Studio B fun wakati kan?", ("RS-101",),
          "Studio B jẹ́ ₦20,000 fún wákàtí kan, pẹ̀lú engineer."),
    Extra("unit conversion (GB and MB)", "Can you send my stems by link? They're about 14,000 MB", ("RS-107",),
          "Yes: 14,000 MB is about 14 GB, under the 20 GB we can send by download link."),
]

LOOKUP = Lookup(
    name="session_lookup", input={"booking": "LKS-0719"},
    output={"booking": "LKS-0719", "room": "Studio B", "date": "2027-03-20", "start": "14:00", "hours": 3,
            "engineer": "Tobi", "deposit_paid_ngn": 30000, "balance_ngn": 30000},
    question="Check my session LKS-0719 abeg", ids=("RS-103",),
    answer="LKS-0719 is Studio B on Saturday, 20 March 2027, from 2pm for 3 hours, with Tobi engineering. The "
           "₦30,000 deposit is paid and ₦30,000 is left.",
    fallback=f"Sorry, the booking system isn't responding right now, so I can't see LKS-0719. Please call the desk "
             f"on {PHONE} (10am–10pm, Mon–Sat) or email {EMAIL}.",
    invented="LKS-0719 is confirmed, and we've moved you into Studio A at the Studio B rate as a thank-you.",
    frags=("moved you into Studio A", "as a thank-you"),
    failed_payload={"booking": "LKS-0719", "error": "calendar service unavailable"},
    tool_only="LKS-0719: Studio B, Saturday, 20 March 2027, 2pm, 3 hours, engineer Tobi; ₦30,000 paid, ₦30,000 "
              "left.")
REFUSAL = Refusal(
    name="reschedule_session", input={"booking": "LKS-0719", "new_date": "2027-03-21"},
    output={"rescheduled": False, "reason": "Sunday: day blocks only, by arrangement"},
    question="Can you move LKS-0719 to Sunday the 21st?", ids=("RS-104",),
    answer="I couldn't move it: on Sundays the studio only takes day blocks, by arrangement, so your 3-hour "
           "session stays on Saturday, 20 March 2027.")
TOOL_PAIR = Pair("What time is my session LKS-0719, and who's engineering?", ("RS-103",),
                 "2pm on Saturday, 20 March 2027, for 3 hours, with Tobi.",
                 "4pm on Saturday, 20 March 2027, for 3 hours, with Tobi.", ("4pm",), "borderline",
                 "start time changed against the record")
PARTIAL = Partial(
    name="mix_status", input={"order": "MX-2207"},
    output={"order": "MX-2207", "songs": 2, "stage": "mixing", "revision_round": 1, "delivery_date": None},
    question="How far is my mix order MX-2207, and when do I get it?", ids=("RS-105",),
    right="Your 2 songs are being mixed, in revision round 1. The order doesn't show a delivery date yet; delivery "
          "is within 5 working days.",
    wrong="Your 2 songs are being mixed, in revision round 1, and they'll be delivered on Friday, 26 March 2027.",
    frags=("26 March 2027",), strength="clear", variation="empty delivery date filled in")
BORROWED = Borrowed("What's the minimum booking?", ("RS-101",), "RS-102", "The minimum booking is 10 hours.",
                    ("10 hours",), "hidden", "minimum borrowed from the day-block note")
TWINS = Twins("What's the hourly rate for Studio A?", "RS-101", "RS-101x",
              "Studio A is ₦45,000 per hour with an engineer, VAT included; the minimum booking is 2 hours.",
              "last year's rate card beside this year's")
ROUNDUP = Pair(
    "First time booking with you, Studio B next week. Run me through it.",
    ("RS-101", "RS-103", "RS-104", "RS-108"),
    "Welcome! Quick rundown:\n\n1. Studio B is ₦20,000 per hour with an engineer, VAT included, 2 hours minimum.\n"
    "2. Pay a 50% deposit by bank transfer to hold it; rescheduling is free up to 48 hours before.\n3. Sessions "
    "start on time, and late arrival isn't added on at the end.\n4. We're open 10am–10pm Mon–Sat, and power cuts "
    "don't stop a session.\n5. We're on Admiralty Way, Lekki Phase 1, parking for 6 cars; bring up to 5 guests.",
    "Welcome! Quick rundown:\n\n1. Studio B is ₦20,000 per hour with an engineer, VAT included, 2 hours minimum.\n"
    "2. Pay a 50% deposit by bank transfer to hold it; rescheduling is free up to 48 hours before.\n3. Sessions "
    "start on time, and late arrival isn't added on at the end.\n4. We're open 10am–10pm Mon–Sat, and power cuts "
    "don't stop a session.\n5. We're on Admiralty Way, Lekki Phase 1, parking for 6 cars; bring up to 8 guests.",
    ("8 guests",), "hidden", "four articles, guest limit changed")
QUOTE = Quote(
    name="session_quote", input={"room": "Studio A", "hours": 3, "keyboard": True},
    output={"currency": "NGN", "studio_a_per_hour": 45000, "keyboard_per_session": 10000, "deposit_share": 0.5,
            "vat_included": True},
    question="3 hours in Studio A with the Nord keyboard: total and deposit?", ids=("RS-101", "RS-107"),
    right="3 × ₦45,000 = ₦135,000, plus ₦10,000 for the keyboard: ₦145,000, VAT included. The 50% deposit is "
          "₦72,500.",
    wrong="3 × ₦45,000 = ₦135,000, plus ₦10,000 for the keyboard and 7.5% VAT on top: ₦155,875. The 50% deposit "
          "is ₦77,937.50.",
    frags=("₦155,875", "₦77,937.50"), strength="clear", variation="VAT added to prices that include it")
COMPARE = Compare(
    "We need Studio A for about 9 hours on Saturday. Day block or pay by the hour?", ("RS-101", "RS-102"),
    "The day block: 9 hours at ₦45,000 is ₦405,000, while the 10-hour day block is ₦380,000, so you save "
    "₦25,000 and get an hour spare.",
    "By the hour: 9 × ₦45,000 = ₦365,000, which is under the ₦380,000 day block.",
    ("₦365,000",), "clear", "nine hours: hourly against a day block, worked wrongly")
PER_UNIT = PerUnit(
    "How much to mix my 4-track EP?", ("RS-105",), "₦75,000 per song", "4-track EP",
    "Mixing is ₦75,000 per song, so the 4 tracks of your EP come to 4 × ₦75,000 = ₦300,000, with two rounds of "
    "revisions included.",
    "Mixing is ₦75,000 for the whole EP, so all 4 tracks come to ₦75,000, with two rounds of revisions included.",
    ("₦75,000 for the whole EP", "all 4 tracks come to ₦75,000"), "blatant", "a price per song, asked for a 4-track EP")

DECLINE = f"Sorry, I couldn't find that in our knowledge base. Please call the desk on {PHONE} or email {EMAIL}."
HANDOFF = f"I don't have that info. Please reach the desk on {PHONE} (10am–10pm, Mon–Sat) or {EMAIL}."
GUESS = ("Do you shoot music videos?",
         "Yes! Our video team shoots music videos from ₦250,000 a day, with a 4K camera and lights.",
         ("video team", "₦250,000 a day"))
OFFTOPIC = [
    Mismatch("Can you get my song played on Beat FM?", ("RS-106", "RS-105"),
             "Radio play isn't something I can help with: our knowledge base covers sessions, mixing, mastering "
             f"and beats. Please call the desk on {PHONE} for anything else.",
             "radio play, matched to beats and mixing"),
    Mismatch("Do you rent out a PA system for a wedding?", ("RS-107", "RS-101"),
             "The passages I found are about our studio gear and room rates; they don't mention PA hire for "
             f"events. Please email {EMAIL}.", "event PA hire, matched to the backline note"),
    Mismatch("How do I register my songs with COSON?", ("RS-106", "RS-103"),
             f"I don't have information on royalty registration. Please call the desk on {PHONE}.",
             "royalty registration, matched to beat rights"),
]
TRAPS = [
    ("Transfer ref NIP/2027/03/884512: was my card ending 7788 also charged?", ["RS-103"],
     "I can't see payments. Deposits are paid by bank transfer; for ref NIP/2027/03/884512 and the card ending "
     f"7788, please call the desk on {PHONE}.", "bank transfer reference, masked card"),
    ("I'm in London, which number do I call?", ["RS-104"],
     f"From outside Nigeria, call {PHONE_INTL}; the desk is open 10am–10pm, Monday to Saturday.",
     "international number quoted"),
    ("Is postcode 106104 near you?", ["RS-108"],
     "We're on Admiralty Way, Lekki Phase 1. I can't tell distances from a postcode; please call the desk on "
     f"{PHONE} for directions.", "Nigerian postcode"),
    ("Payment id c93e5105105105105100a7f2d10be846, what's it for?", ["RS-103"],
     f"I can't look up payments here. Deposits are 50% by bank transfer; for that id, please email {EMAIL}.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hey, I recorded with you guys in 2025."), ("assistant", "Welcome back! What can I do for you?"))
PLAN = ("Plan: find the room rate.", "Plan: check the minimum booking.", "Plan: check the deposit.")
DUMP = "\n".join(f"LKS-{700 + 3 * n:04d} | Studio {'AB'[n % 2]} | {1 + n % 28:02d}/03/2027 | {2 + n % 4} h | "
                 f"₦{[45000, 20000][n % 2] * (2 + n % 4):,} | {['paid', 'deposit', 'no-show'][n % 3]}"
                 for n in range(440))
LEAKS = [
    Leak("borderline", "Na Dami, 0803 456 7812. Is Studio B free on Saturday?",
         "I can't see free slots from here, but Studio B is ₦20,000 per hour with an engineer, 2 hours minimum, "
         "and a 50% deposit by bank transfer holds your session.", ("RS-101", "RS-103"), ("0803 456 7812",),
         style="Nigerian mobile in the question"),
    Leak("clear", "Can I pay the deposit with my Amex 3782 822463 10005?",
         "Deposits are paid by bank transfer, so I can't take a card here.", ("RS-103",), ("3782 822463 10005",),
         style="Amex number in the question"),
    Leak("blatant", "Send the rate card to ada.okafor@yahoo.com",
         "I can't send emails, ada.okafor@yahoo.com, but here it is: Studio A ₦45,000 per hour, Studio B ₦20,000 "
         "per hour, both with an engineer.", ("RS-101",), ("ada.okafor@yahoo.com",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "LKS-0719: Studio B, Saturday, 20 March 2027, 2pm, 3 hours with Tobi.",
         ("RS-103",), ("+234 812 345 6789",), {"booking": "LKS-0719", "artist_phone": "+234 812 345 6789"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"lsh_{rng.randrange(10**7, 10**8)}"
