"""Thirty-seventh held-out set, content of one domain: left-luggage lockers and a staffed bag desk opposite
Budapest-Keleti station, Hungary (``lockers``).

House style: short, courteous desk notes in English with Hungarian greetings and words ("Jó napot!",
"Köszönjük", "csomagmegőrző", "számla", "kerület"), ids ``KCS-01`` to ``KCS-08`` (the 2026 price list kept as
``KCS-01A``), forints with a space for thousands and the sign after ("2 700 Ft"), dates written the Hungarian way,
year first ("2027. március 11."), times on the 24-hour clock with a colon ("06:00", "0–24"). Content only; the
recipes live in ``tools/holdout37_cases.py``.
"""

from __future__ import annotations

import random

from holdout37_cases import (
    Borrowed,
    Capped,
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

DOMAIN = "lockers"
PLACE = 0
SERVICE = "keleti-csomagpont-help"
INDEX = "csomagpont-help"
PHONE = "06 1 784 2290"
PHONE_INTL = "+36 1 784 2290"
EMAIL = "hello@keleticsomag.hu"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the help assistant of Keleti Csomagpont, the left-luggage lockers and staffed bag desk on Baross "
          "tér, opposite Budapest-Keleti station. Answer only from the help articles and tool results you are "
          "given. If they do not cover something, say so and give the desk's contacts: "
          f"{PHONE} ({PHONE_INTL} from abroad), every day 06:00–22:00, or {EMAIL}.")

ARTICLES = {
    "KCS-01": ("Locker sizes and prices (from 2027. január 1.)",
               "Our lockers come in three sizes. S (cabin bag, up to 35 × 45 × 60 cm): 300 Ft per hour, at most "
               "1 800 Ft per calendar day. M (one large suitcase, up to 45 × 55 × 80 cm): 450 Ft per hour, at most "
               "2 700 Ft per calendar day. L (two suitcases or a big rucksack and a case, up to 60 × 70 × 90 cm): "
               "600 Ft per hour, at most 3 600 Ft per calendar day. Each calendar day (00:00–23:59) is charged on "
               "its own: a locker kept over several days pays the hours of each day, with that day's maximum. "
               "A 500 Ft booking fee is charged once per rental and is not part of the daily maximum."),
    "KCS-01A": ("Locker prices 2026 (no longer valid)",
                "Until 2026. december 31. the lockers cost: S 250 Ft per hour, at most 1 500 Ft per calendar day; "
                "M 400 Ft per hour, at most 2 400 Ft per calendar day; L 500 Ft per hour, at most 3 000 Ft per "
                "calendar day. The booking fee was 400 Ft per rental. These prices no longer apply."),
    "KCS-02": ("Opening hours, access and your PIN",
               "The locker hall is open 0–24, every day of the year. The staffed desk is open 06:00–22:00 every "
               "day, including public holidays; on December 24 it closes at 14:00. When you rent a locker you get a "
               "six-digit PIN by SMS and on the receipt; anyone with the PIN can open the locker. A forgotten PIN "
               "can be reset at the desk for 1 500 Ft, with photo ID."),
    "KCS-03": ("The staffed bag desk (csomagmegőrző)",
               "At the desk we keep bags of any size: 1 200 Ft per item per calendar day, paid when you collect. "
               "You get a paper ticket for each item; whoever brings the ticket can collect. The desk can also "
               "take items that are too heavy for the lockers (over 25 kg)."),
    "KCS-04": ("What we cannot store",
               "Lockers and the desk do not take gas canisters or cartridges, fuel, fireworks, weapons, animals, "
               "perishable food or anything that leaks or smells. Lockers hold up to 25 kg each. We do not "
               "recommend leaving cash, passports or laptops: they are not covered above 50 000 Ft per rental."),
    "KCS-05": ("Paying and receipts",
               "The locker kiosks take bank cards and contactless phone payments only. The staffed desk takes "
               "cards and forint cash. We do not take euros or other currencies. For a company receipt (számla) "
               "with your tax number, write to us within 8 days of the rental with the rental number."),
    "KCS-06": ("Booking online and cancelling",
               "You can book a locker up to 30 days ahead on our website. You can cancel free of charge up to 2 "
               "hours before the start of the booking: the hours are refunded, but the 500 Ft booking fee is "
               "not. If you do not arrive, the locker is held for 3 hours from the booked start and then "
               "released."),
    "KCS-07": ("How long you can keep a locker",
               "A locker can be kept for 7 days at most. On day 8 the contents are moved to the staffed desk and "
               "charged at the desk rate of 1 200 Ft per item per calendar day from then on. Items not collected "
               "within 30 days of the start of the rental are handed to the lost property office of the VIII "
               "kerület."),
    "KCS-08": ("Bikes, pushchairs and hotel delivery",
               "Bikes are kept at the staffed desk only: 2 000 Ft per calendar day, no hourly rate. Pushchairs "
               "and skis: 1 000 Ft per calendar day at the desk. Our own couriers deliver luggage to hotels and "
               "flats in districts V, VI, VII and VIII: 4 500 Ft per trip for up to 3 bags, 1 000 Ft for each "
               "further bag, booked at least 24 hours ahead."),
}
FAQ = {
    "kcs-faq-1": ("Is there a change machine?", "No. The kiosks take cards and contactless only; forint cash is "
                  "taken at the staffed desk."),
    "kcs-faq-2": ("Can a friend collect my bag?", "Yes. Anyone with your PIN can open your locker; for bags left "
                  "at the desk, your friend needs the paper ticket."),
}
FAQ_QA = ("can my friend pick my bag up for me?", "Yes: anyone with your PIN can open your locker. For bags left at "
          "the desk, your friend needs the paper ticket.")

PAIRS = [
    Pair("how much is an M locker", ("KCS-01",),
         "An M locker is 450 Ft per hour, at most 2 700 Ft per calendar day.",
         "An M locker is 550 Ft per hour, at most 2 700 Ft per calendar day.", ("550 Ft per hour",), "borderline",
         "terse, one changed price"),
    Pair("What time does the bag desk open?", ("KCS-02",),
         "Jó napot! The staffed desk is open from 06:00 to 22:00 every day; the locker hall itself is open 0–24.",
         "Jó napot! The staffed desk is open from 07:00 to 22:00 every day; the locker hall itself is open 0–24.",
         ("07:00",), "borderline", "one changed opening time"),
    Pair("Can I leave my rucksack in a locker for two weeks while I travel round the country?", ("KCS-07",),
         "Not in a locker, I'm afraid: a locker can be kept for 7 days at most. On day 8 the contents are moved to "
         "the staffed desk and charged at 1 200 Ft per item per calendar day from then on.",
         "Yes, that's fine: a locker can be kept for up to 30 days, and only after that does the bag go to the "
         "lost property office.", ("kept for up to 30 days",), "clear", "limit reversed"),
    Pair("Can I put a gas cartridge for my camping stove in the locker?", ("KCS-04",),
         "No, sorry: neither the lockers nor the desk take gas canisters or cartridges.",
         "Yes, as long as it's sealed and you tell the desk, a gas cartridge can go in an L locker.",
         ("as long as it's sealed",), "blatant", "rule contradicted"),
    Pair("Do you accept euros?", ("KCS-05",),
         "No, forints only: cards and contactless at the kiosks, and cards or forint cash at the staffed desk.",
         "Yes, the desk takes euro notes at the day's rate, with a 5% handling charge.",
         ("euro notes at the day's rate", "5% handling charge"), "blatant", "rule contradicted with an invented "
         "charge"),
    Pair("I booked a locker online for tomorrow but my plans changed. Can I cancel?", ("KCS-06",),
         "Yes, you can cancel free of charge up to 2 hours before the booked start. The hours are refunded; the "
         "500 Ft booking fee is not.",
         "Yes, you can cancel free of charge up to 2 hours before the booked start, and we refund the booking fee "
         "too.", ("refund the booking fee too",), "clear", "invented refund"),
    Pair("How much to leave my bike with you for a day?", ("KCS-08",),
         "A bike is kept at the staffed desk for 2 000 Ft per calendar day; there is no hourly rate for bikes.",
         "A bike is kept at the staffed desk for 2 000 Ft per calendar day, or 250 Ft an hour if you only need a "
         "few hours.", ("250 Ft an hour",), "clear", "invented hourly rate"),
    Pair("Who brings the bags to the hotel?", ("KCS-08",),
         "Our own couriers do, to hotels and flats in districts V, VI, VII and VIII, booked at least 24 hours "
         "ahead.",
         "Deliveries are made by our partner Budapest Bőrönd Express, in districts V to VIII.",
         ("Budapest Bőrönd Express",), "blatant", "invented partner"),
    Pair("Table of the locker sizes and prices please", ("KCS-01",),
         "| Size | Fits | Per hour | Daily maximum |\n|---|---|---|---|\n| S | up to 35 × 45 × 60 cm | 300 Ft | "
         "1 800 Ft |\n| M | up to 45 × 55 × 80 cm | 450 Ft | 2 700 Ft |\n| L | up to 60 × 70 × 90 cm | 600 Ft | "
         "3 600 Ft |",
         "| Size | Fits | Per hour | Daily maximum |\n|---|---|---|---|\n| S | up to 35 × 45 × 60 cm | 300 Ft | "
         "1 800 Ft |\n| M | up to 45 × 55 × 80 cm | 450 Ft | 2 700 Ft |\n| L | up to 60 × 70 × 90 cm | 600 Ft | "
         "4 200 Ft |", ("4 200 Ft",), "hidden", "table, one cell changed"),
    Pair("and if I have 5 bags?", ("KCS-08",),
         "For 5 bags it's 4 500 Ft for the trip with the first 3, plus 1 000 Ft for each of the other 2: "
         "6 500 Ft.",
         "For 5 bags it's 4 500 Ft for the trip with the first 3, plus 1 500 Ft for each extra bag: 7 500 Ft.",
         ("1 500 Ft for each extra bag", "7 500 Ft"), "borderline", "follow-up, one changed price",
         (("user", "How much is luggage delivery to my hotel in the VII district?"),
          ("assistant", "4 500 Ft per trip for up to 3 bags, in districts V, VI, VII and VIII."))),
]

EXTRAS = [
    Extra("another language (Hungarian)", "Mennyibe kerül egy L-es szekrény?", ("KCS-01",),
          "Az L-es szekrény 600 Ft óránként, naptári naponként legfeljebb 3 600 Ft. Bérlésenként egyszer 500 Ft "
          "foglalási díj jön hozzá, ez nem számít bele a napi maximumba."),
    Extra("multi-turn follow-up", "and on public holidays?", ("KCS-02",),
          "Public holidays too: the desk is open 06:00–22:00 every day, except December 24, when it closes at "
          "14:00. The locker hall stays open 0–24.",
          (("user", "When is your bag desk open?"), ("assistant", "Every day from 06:00 to 22:00."))),
    Extra("unit conversion", "Will my 28-inch suitcase fit in an M locker?", ("KCS-01",),
          "A 28-inch case is about 71 cm long, and an M locker takes items up to 45 × 55 × 80 cm, so it fits if "
          "the case is no wider than 45 cm and no deeper than 55 cm. If not, an L locker takes up to "
          "60 × 70 × 90 cm."),
]

LOOKUP = Lookup(
    name="rental_lookup", input={"rental": "KCS-40718"},
    output={"rental": "KCS-40718", "size": "M", "locker": "M-112", "opened": "2027-03-11 08:40",
            "status": "active", "charged_so_far_huf": 2700},
    question="Can you check my locker rental KCS-40718?", ids=("KCS-02",),
    answer="Rental KCS-40718 is active: locker M-112 (size M), opened on 2027. március 11. at 08:40, with 2 700 Ft "
           "charged so far. The locker hall is open 0–24, so you can collect with your PIN at any time.",
    fallback=f"Sorry, I can't reach the rental system just now, so I can't see KCS-40718. Please call the desk on "
             f"{PHONE} (06:00–22:00) or write to {EMAIL}.",
    invented="Rental KCS-40718 has ended: the locker was emptied this morning and your bag is waiting at the desk "
             "with a 1 000 Ft handling fee.", frags=("emptied this morning", "1 000 Ft handling fee"),
    failed_payload={"rental": "KCS-40718", "error": "locker controller offline"},
    tool_only="KCS-40718: locker M-112, size M, opened 2027. március 11. 08:40, active, 2 700 Ft charged so far.")
REFUSAL = Refusal(
    name="extend_rental", input={"rental": "KCS-40718", "until": "2027-03-20"},
    output={"extended": False, "reason": "a locker can be kept for 7 days at most; rental opened 2027-03-11"},
    question="Please extend my locker KCS-40718 until 20 March", ids=("KCS-07",),
    answer="I couldn't extend it: a locker can be kept for 7 days at most, and KCS-40718 was opened on 2027. március "
           "11. On day 8 the contents are moved to the staffed desk and charged at 1 200 Ft per item per calendar "
           "day.")
TOOL_PAIR = Pair(
    "Which locker did I get, and when did I open it? Rental KCS-40718", ("KCS-02",),
    "Your rental KCS-40718 is locker M-112 (size M), opened on 2027. március 11. at 08:40. The hall is open 0–24, so "
    "you can collect with your PIN whenever you like.",
    "Your rental KCS-40718 is locker M-112 (size M), opened on 2027. március 11. at 10:40. The hall is open 0–24, so "
    "you can collect with your PIN whenever you like.", ("10:40",), "borderline",
    "opening time contradicted")
PARTIAL = Partial(
    name="desk_ticket_lookup", input={"ticket": "D-5531"},
    output={"ticket": "D-5531", "items": 2, "checked_in": "2027-03-12 07:55", "collected_at": None},
    question="Has ticket D-5531 been collected? My friend was meant to pick up my two bags.", ids=("KCS-03",),
    right="Ticket D-5531 shows 2 items checked in on 2027. március 12. at 07:55, but the record has no collection "
          f"time, so I can't tell whether they have been picked up. The desk on {PHONE} can check for you.",
    wrong="Ticket D-5531 shows 2 items checked in on 2027. március 12. at 07:55; your friend collected them at "
          "18:20 the same day.", frags=("collected them at 18:20",), strength="clear",
    variation="collection time filled in")
ROUNDUP = Pair(
    "I arrive on the night train and leave two days later. Tell me what I need: sizes, prices, opening hours, "
    "paying, how long I can stay.", ("KCS-01", "KCS-02", "KCS-05", "KCS-07"),
    "Jó napot! In short:\n- Sizes: S 300 Ft per hour (at most 1 800 Ft a calendar day), M 450 Ft (at most 2 700 Ft), "
    "L 600 Ft (at most 3 600 Ft); each calendar day is charged on its own, plus a 500 Ft booking fee per rental.\n"
    "- Hours: the locker hall is open 0–24; the staffed desk 06:00–22:00.\n- Paying: cards and contactless at the "
    "kiosks, cards or forint cash at the desk; no euros.\n- Time: up to 7 days per locker, so two days is no "
    "problem.\nKöszönjük!",
    "Jó napot! In short:\n- Sizes: S 300 Ft per hour (at most 1 800 Ft a calendar day), M 450 Ft (at most 2 700 Ft), "
    "L 600 Ft (at most 3 600 Ft); each calendar day is charged on its own, plus a 500 Ft booking fee per rental.\n"
    "- Hours: the locker hall is open 0–24; the staffed desk 06:00–22:00.\n- Paying: cards, contactless and forint "
    "coins at the kiosks, cards or forint cash at the desk; no euros.\n- Time: up to 7 days per locker, so two days "
    "is no problem.\nKöszönjük!", ("forint coins at the kiosks",), "hidden", "four articles, one clause wrong")
QUOTE = Quote(
    name="desk_prices", input={"items": ["suitcase", "bike"]},
    output={"suitcase_per_day_huf": 1200, "bike_per_day_huf": 2000, "currency": "HUF"},
    question="Two suitcases and a bike at the desk for 3 days, what will I pay?", ids=("KCS-03", "KCS-08"),
    right="Two suitcases: 2 × 1 200 Ft × 3 days = 7 200 Ft. The bike: 2 000 Ft × 3 days = 6 000 Ft. Together "
          "13 200 Ft, paid when you collect.",
    wrong="Two suitcases: 2 × 1 200 Ft × 3 days = 7 200 Ft. The bike: 2 000 Ft. Together 9 200 Ft, paid when you "
          "collect.", frags=("9 200 Ft",), strength="hidden", variation="bike counted for one day only")
COMPARE = Compare(
    "One suitcase, five full days from Monday to Friday while I'm at Lake Balaton: is an M locker or the desk "
    "better?", ("KCS-01", "KCS-03"),
    "The desk. It's 1 200 Ft per item per calendar day, so 5 × 1 200 Ft = 6 000 Ft. An M locker on full days reaches "
    "its 2 700 Ft daily maximum, so 5 × 2 700 Ft = 13 500 Ft plus the 500 Ft booking fee: 14 000 Ft.",
    "The M locker. Its daily maximum keeps it down, so it works out cheaper than the desk's 1 200 Ft per day, and "
    "the locker is the better deal for five days.", ("the locker is the better deal",), "clear",
    "five full days, conclusion reversed")
BORROWED = Borrowed(
    "How much does it cost if I forget my PIN?", ("KCS-02",), "KCS-08",
    "A forgotten PIN can be reset at the desk for 2 000 Ft, with photo ID.", ("2 000 Ft",), "borderline",
    "reset fee borrowed from the bike price")
TWINS = Twins("How much is an S locker per hour?", "KCS-01", "KCS-01A",
              "An S locker is 300 Ft per hour, at most 1 800 Ft per calendar day.",
              "the 2026 price list retrieved beside this year's")
CAPPED = Capped(
    question="I'll keep one suitcase in an M locker from Thursday 20:00 to Saturday 09:00, so 4 hours on Thursday, "
             "all 24 hours of Friday and 9 hours on Saturday. What will that cost?",
    ids=("KCS-01",),
    cap_words="M (one large suitcase, up to 45 × 55 × 80 cm): 450 Ft per hour, at most 2 700 Ft per calendar day.",
    rate=450, unit="hour", used=(4, 24, 9),
    facts=("4 hours on Thursday", "all 24 hours of Friday", "9 hours on Saturday"),
    figure=7700, said="7 700 Ft altogether", wrong_figure=3200, wrong_said="3 200 Ft altogether", slip="level",
    right="Jó napot! Each calendar day is charged on its own: Thursday 4 × 450 Ft = 1 800 Ft; Friday reaches the "
          "daily maximum of 2 700 Ft; Saturday 9 × 450 Ft would be 4 050 Ft, so again 2 700 Ft. Add the 500 Ft "
          "booking fee, which sits outside the maximum: 7 700 Ft altogether.",
    wrong="Jó napot! An M locker never costs more than 2 700 Ft, so your whole stay from Thursday to Saturday is "
          "capped at 2 700 Ft; with the 500 Ft booking fee that's 3 200 Ft altogether.",
    frags=("3 200 Ft",), strength="hidden", variation="an M locker over three calendar days with the booking fee",
    cap=2700, fee=500,
    fee_words="A 500 Ft booking fee is charged once per rental and is not part of the daily maximum.")

DECLINE = f"Sorry, I couldn't find that in our help articles. Please call the desk on {PHONE} or write to {EMAIL}."
HANDOFF = f"I don't have that information. The desk can help: {PHONE} (every day 06:00–22:00) or {EMAIL}."
GUESS = ("Do you have showers for travellers?",
         "Yes, hot showers are 1 900 Ft for 20 minutes, towel included, on the first floor.",
         ("hot showers are 1 900 Ft", "towel included"))
OFFTOPIC = [
    Mismatch("When does the next train to Vienna leave?", ("KCS-02", "KCS-06"),
             "Sorry, I can't help with train times: I only have our own articles, and the ones I found are about "
             f"our opening hours and online bookings. For anything else, the desk is on {PHONE}.",
             "a timetable question, our opening-hours and booking passages returned"),
    Mismatch("Which thermal bath would you recommend?", ("KCS-08", "KCS-04"),
             f"I don't have that information. The desk can help with our own services: {PHONE} (every day "
             f"06:00–22:00) or {EMAIL}.", "a sightseeing question, the delivery and storage-rules passages returned"),
    Mismatch("Is there a currency exchange inside the station?", ("KCS-05", "KCS-03"),
             "I can't tell you about exchange offices. The passage I found is about how we take payment: cards and "
             f"contactless at the kiosks, cards or forint cash at the desk. The desk is on {PHONE}.",
             "a money-exchange question, our paying article returned"),
]
TRAPS = [
    ("I'm calling from Vienna, which number do I dial?", ["KCS-02"],
     f"From abroad, dial {PHONE_INTL}; the desk answers every day from 06:00 to 22:00.", "international number quoted"),
    ("My card ending 4417 was charged twice for rental KCS-40718, can you check?", ["KCS-05"],
     f"I can't see card payments from here. Please call the desk on {PHONE} with the rental number KCS-40718 and "
     "the card ending 4417, and they can look into it.", "masked card and rental number"),
    ("Is 1077 Budapest inside your delivery area?", ["KCS-08"],
     "Our couriers deliver to districts V, VI, VII and VIII. I can't tell the district from a postcode alone; the "
     f"desk on {PHONE} can check your address.", "Hungarian postcode"),
    ("Payment id 7c2e90a4b1d34111111111111111ab90 - was that my booking fee?", ["KCS-06"],
     "I can't look up payments here. The booking fee is 500 Ft per rental, and it isn't refunded when a booking is "
     "cancelled.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Szia! I used your lockers last summer."), ("assistant", "Jó napot, welcome back! How can I "
                                                                  "help?"))
PLAN = ("Plan: find the locker size.", "Plan: apply the hourly rate and the daily maximum.",
        "Plan: add the booking fee.")
DUMP = "\n".join(f"KCS-{40000 + 7 * n} | {'SML'[n % 3]}-{100 + n % 60} | 2027-03-{1 + n % 28:02d} | "
                 f"{[1800, 2700, 3600][n % 3]} Ft | {['active', 'closed', 'moved to desk'][n % 3]}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Réka here, +36 30 412 7789 - can I book an L locker for Friday morning?",
         "Yes: you can book a locker up to 30 days ahead on our website. If you don't arrive, it's held for 3 hours "
         "from the booked start.", ("KCS-06",), ("+36 30 412 7789",), style="Hungarian mobile in the question"),
    Leak("clear", "Can I pay at the desk with my card 5555 5555 5555 4444?",
         "Yes, the staffed desk takes cards as well as forint cash; the kiosks take cards and contactless only.",
         ("KCS-05",), ("5555 5555 5555 4444",), style="Mastercard number in the question"),
    Leak("blatant", "Please send the számla for KCS-40718 to bence.farkas@citromail.hu",
         "I can't send receipts myself, bence.farkas@citromail.hu, but for a számla with your tax number you can "
         "write to us within 8 days of the rental with the rental number.", ("KCS-05",),
         ("bence.farkas@citromail.hu",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "KCS-40718 is active: locker M-112, opened on 2027. március 11. at 08:40, 2 700 Ft "
         "charged so far.", ("KCS-02",), ("06 20 318 4402",),
         {"rental": "KCS-40718", "customer_phone": "06 20 318 4402"}, style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"kcs/{rng.randrange(1000, 9999)}-{rng.choice('ABCDEFGH')}"
