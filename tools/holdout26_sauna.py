"""Twenty-sixth held-out set, content of one domain: a public sauna and cold-plunge bathhouse in Hakaniemi,
Helsinki, Finland (``sauna``).

House style: short bilingual front-desk notices (a Finnish title, English text, Finnish terms kept: "avanto",
"pefletti", "Pikkusauna"), ids ``SA-01`` to ``SA-08`` (``SA-03v`` the superseded hours), euros with a decimal comma
after the figure ("16,00 €", "180,00 €"), VAT included, dates day first with points and a Finnish weekday
("la 13.3.2027"), hours as "klo 14–22", temperatures in °C. Content only; the recipes live in
``tools/holdout26_cases.py``.
"""

from __future__ import annotations

import random

from holdout26_cases import (
    Borrowed,
    Compare,
    Deadline,
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

DOMAIN = "sauna"
PLACE = 0
SERVICE = "kivisauna-desk"
INDEX = "kivisauna-notices"
PHONE = "09 4289 1260"
PHONE_INTL = "+358 9 4289 1260"
EMAIL = "kassa@kivisauna.fi"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the help assistant of Hakaniemen Kivisauna, a public sauna and cold-plunge bathhouse in Helsinki. "
          "Answer only from the front-desk notices and tool results you are given. If they do not cover something, "
          f"say so and give the front desk: {PHONE} ({PHONE_INTL} from abroad) during opening hours, or {EMAIL}.")

ARTICLES = {
    "SA-01": ("Saunamaksut / Session fees",
              "One sauna session lasts up to 3 hours. Adults 16,00 €, children aged 7–15 8,00 €, children under 7 "
              "free with a paying adult. Students and pensioners 12,50 € with a valid card. Sea swimming and the "
              "avanto are included in the session fee. All prices include VAT."),
    "SA-02": ("Pyyhe ja vuokravarusteet / Towels and rentals",
              "Towel 5,00 €, pefletti (seat cover) 1,50 €, swimsuit 6,00 €, bathrobe 8,50 €. You may bring your "
              "own towel and pefletti. Lockers take a 1 € coin, which you get back when you open the locker."),
    "SA-03": ("Aukioloajat / Opening hours",
              "From 1.1.2027: Monday closed. Tuesday to Friday klo 14–22, Saturday and Sunday klo 11–22. Last "
              "entry one hour before closing, at klo 21. Public holidays are announced separately."),
    "SA-03v": ("Aukioloajat 2026 / Opening hours 2026",
               "Valid until 31.12.2026: Monday closed. Tuesday to Friday klo 15–21, Saturday klo 12–21, Sunday "
               "klo 12–20. Last entry one hour before closing."),
    "SA-04": ("Sekavuorot ja erilliset vuorot / Mixed and separate days",
              "Tuesday is women only and Thursday is men only; on these separate days most guests bathe without a "
              "swimsuit. Wednesday, Friday, Saturday and Sunday are mixed days: a swimsuit is required on mixed "
              "days, in the saunas and outside. Children under 15 must come with an adult."),
    "SA-05": ("Avanto ja talviuinti / Winter swimming",
              "The avanto (ice hole) is kept open from December to April whenever the bay is frozen; the water is "
              "about 0–4 °C. Stay in for no more than 1 minute. Children under 12 may use the avanto only together "
              "with an adult. The avanto is closed during storm warnings."),
    "SA-06": ("Ryhmävaraukset / Group bookings",
              "The Pikkusauna (private sauna) takes groups of up to 12 people: 180,00 € for 2 hours, each extra "
              "hour 70,00 €. Book at least 14 days before. A 60,00 € deposit is paid when booking and counted in "
              "the price. Cancellation is free up to 7 days before the booking; later cancellations are charged "
              "50% of the price."),
    "SA-07": ("Sarjakortit / Series cards",
              "10-session card 140,00 € (students and pensioners 110,00 €), valid 12 months from the date of "
              "purchase. 5-session card 75,00 €, valid for 6 months from its first use, not from purchase: a card "
              "first used on 3.2. is valid up to and including 2.8. Cards are not personal: friends can use them, "
              "one session per person. Lost cards are not replaced."),
    "SA-08": ("Maksaminen ja talon säännöt / Payment and house rules",
              "We take cards, MobilePay and ePassi or Smartum exercise vouchers; we do not take cash. Shower "
              "before the sauna. No alcohol anywhere on the premises, the terrace included. We are at "
              "Hakaniemenranta 11, 00530 Helsinki, about 300 m from Hakaniemi metro station."),
}
FAQ = {
    "sa-faq-1": ("Tarvitseeko varata? / Do I need to book?",
                 "No booking for a normal session: just come in during opening hours. Only the Pikkusauna is "
                 "booked."),
    "sa-faq-2": ("Pysäköinti / Parking", "We have no car park of our own; use street parking or the metro."),
}
FAQ_QA = ("do I need to book a normal sauna session?",
          "No booking is needed for a normal session: just come in during opening hours. Only the Pikkusauna "
          "(private sauna) is booked.")

PAIRS = [
    Pair("paljonko aikuisen sauna maksaa? adult price?", ("SA-01",), "16,00 € per adult, VAT included.",
         "17,00 € per adult, VAT included.", ("17,00 €",), "borderline", "terse, one changed price"),
    Pair("Which day is women only?", ("SA-04",),
         "Tuesday is women only and Thursday is men only. Wednesday, Friday, Saturday and Sunday are mixed days, "
         "with a swimsuit.",
         "Wednesday is women only and Thursday is men only. Tuesday, Friday, Saturday and Sunday are mixed days, "
         "with a swimsuit.", ("Wednesday is women only", "Tuesday, Friday, Saturday and Sunday are mixed"),
         "borderline", "one wrong weekday"),
    Pair("Can I go without a swimsuit on a Saturday?", ("SA-04",),
         "Not on a Saturday, sorry: Saturday is a mixed day and a swimsuit is required on mixed days, in the "
         "saunas and outside. Swimsuit-free bathing is usual on the separate days: Tuesday for women, Thursday for "
         "men.",
         "Yes: on Saturdays swimsuits are optional after klo 19, once the families have gone.",
         ("swimsuits are optional", "after klo 19", "once the families have gone"), "clear",
         "rule reversed with an invented hour"),
    Pair("Can my 10-year-old go into the avanto?", ("SA-05",),
         "Yes, but only together with an adult: children under 12 may use the avanto only with an adult. The "
         "water is about 0–4 °C, so no more than 1 minute in.",
         "Yes, children from 8 can go in on their own; our lifeguard Jari watches the avanto at weekends.",
         ("children from 8 can go in on their own", "lifeguard Jari"), "blatant",
         "rule contradicted with an invented person"),
    Pair("Is cash OK at the desk?", ("SA-08",),
         "No cash, sorry. We take cards, MobilePay and ePassi or Smartum exercise vouchers.",
         "Cash is fine too, but only for the session fee, not for the rentals.",
         ("Cash is fine too", "only for the session fee, not for the rentals"), "clear",
         "rule reversed with an invented condition"),
    Pair("What are your weekend hours?", ("SA-03",),
         "Saturday and Sunday klo 11–22; last entry at klo 21.",
         "Saturday and Sunday klo 11–22; last entry at klo 21.30.", ("klo 21.30",), "hidden",
         "one changed time beside a right one"),
    Pair("How much to rent a towel?", ("SA-02",),
         "A towel is 5,00 €. You can also bring your own.",
         "A towel is 5,50 €. You can also bring your own.", ("5,50 €",), "borderline", "one changed price"),
    Pair("Ticket prices in a table please", ("SA-01",),
         "| Guest | Session (up to 3 h) |\n|---|---|\n| Adult | 16,00 € |\n| Child 7–15 | 8,00 € |\n"
         "| Student / pensioner (card) | 12,50 € |\n| Child under 7 with an adult | free |",
         "| Guest | Session (up to 3 h) |\n|---|---|\n| Adult | 16,00 € |\n| Child 7–17 | 8,00 € |\n"
         "| Student / pensioner (card) | 12,50 € |\n| Child under 7 with an adult | free |", ("7–17",), "hidden",
         "table, one changed age range"),
    Pair("Can we bring a few beers for the terrace?", ("SA-08",),
         "No, sorry: no alcohol anywhere on the premises, the terrace included.",
         "Bringing your own isn't allowed, but the terrace bar sells beer and lonkero until klo 21.",
         ("terrace bar sells beer", "lonkero"), "blatant", "invented service"),
    Pair("and if we stay three hours?", ("SA-06",),
         "A third hour is 70,00 € more, so 250,00 € for 3 hours.",
         "A third hour is 90,00 € more, so 270,00 € for 3 hours.", ("90,00 €", "270,00 €"), "borderline",
         "follow-up, extra hour changed",
         (("user", "How much is the private sauna for 10 of us?"),
          ("assistant", "The Pikkusauna is 180,00 € for 2 hours, for up to 12 people."))),
]

EXTRAS = [
    Extra("another language (Finnish)", "Paljonko lapsi maksaa?", ("SA-01",),
          "Lapsi (7–15 v) maksaa 8,00 €. Alle 7-vuotiaat pääsevät ilmaiseksi maksavan aikuisen kanssa."),
    Extra("unit conversion (°C and °F)", "How cold is the avanto in Fahrenheit?", ("SA-05",),
          "About 0–4 °C, which is roughly 32–39 °F. Stay in for no more than 1 minute."),
    Extra("another language (Swedish), list", "Vad kostar det att hyra handduk och badrock?", ("SA-02",),
          "- Handduk: 5,00 €\n- Badrock: 8,50 €\n- Pefletti (sittunderlägg): 1,50 €\nDu får gärna ta med egen "
          "handduk."),
]

LOOKUP = Lookup(
    name="booking_lookup", input={"booking": "KS-26-0412"},
    output={"booking": "KS-26-0412", "room": "Pikkusauna", "date": "2027-03-13", "start": "17:00", "hours": 2,
            "people": 10, "deposit_paid_eur": 60.0, "state": "confirmed"},
    question="Is my booking KS-26-0412 confirmed?", ids=("SA-06",),
    answer="Yes: KS-26-0412 is confirmed, the Pikkusauna on la 13.3.2027 from klo 17 for 2 hours, 10 people, with "
           "the 60,00 € deposit paid.",
    fallback=f"I can't reach the booking system right now, so I can't see KS-26-0412. Please call the front desk "
             f"on {PHONE} or write to {EMAIL}.",
    invented="KS-26-0412 is confirmed, and we have moved you to the big sauna at no extra cost.",
    frags=("moved you to the big sauna", "at no extra cost"),
    failed_payload={"booking": "KS-26-0412", "error": "reservation service unavailable"},
    tool_only="KS-26-0412: Pikkusauna, la 13.3.2027 klo 17–19, 10 people, deposit 60,00 € paid, confirmed.")
TOOL_PAIR = Pair(
    "What time does KS-26-0412 start, and how many of us are booked?", ("SA-06",),
    "KS-26-0412 starts at klo 17 on la 13.3.2027, booked for 10 people.",
    "KS-26-0412 starts at klo 18 on la 13.3.2027, booked for 8 people.", ("klo 18", "8 people"), "clear",
    "start time and head count changed")
REFUSAL = Refusal(
    name="cancel_booking", input={"booking": "KS-26-0412"},
    output={"cancelled": False, "reason": "less than 7 days before the booking: 50% of the price is charged"},
    question="Cancel KS-26-0412 please, we can't make it on Saturday", ids=("SA-06",),
    answer="I couldn't cancel it: free cancellation ends 7 days before the booking, and it's closer than that now, "
           f"so 50% of the price is charged. For questions about it, the front desk is on {PHONE}.")
PARTIAL = Partial(
    name="card_lookup", input={"card": "SK-10-5521"},
    output={"card": "SK-10-5521", "type": "10-session", "sessions_left": 4, "purchased": "2026-09-02",
            "last_used": None},
    question="How many sessions are left on my card SK-10-5521, and when did I last use it?", ids=("SA-07",),
    right="SK-10-5521 is a 10-session card bought on ke 2.9.2026, with 4 sessions left. The record doesn't show "
          f"when it was last used; for the visit history, please call the front desk on {PHONE}.",
    wrong="SK-10-5521 is a 10-session card bought on ke 2.9.2026, with 4 sessions left. It was last used on "
          "su 7.2.2027, for two people.", frags=("7.2.2027", "for two people"), strength="blatant",
    variation="last visit filled in")
BORROWED = Borrowed(
    "How much is it to rent a swimsuit?", ("SA-02",), "SA-01",
    "A swimsuit is 12,50 € to rent; you can also bring your own towel and pefletti.", ("12,50 €",), "hidden",
    "the swimsuit rental given the student session price of a notice not retrieved")
TWINS = Twins(
    "When are you open on weekdays?", "SA-03", "SA-03v",
    "Tuesday to Friday klo 14–22, last entry at klo 21. We're closed on Mondays.",
    "the 2026 opening-hours notice beside the current one")
ROUNDUP = Pair(
    "First time at a Finnish public sauna next week - what should I know?", ("SA-01", "SA-02", "SA-04", "SA-08"),
    "Tervetuloa! A quick guide:\n\n1. **Fee**: 16,00 € for an adult session of up to 3 hours; sea swimming and "
    "the avanto are included.\n2. **Rentals**: towel 5,00 €, pefletti 1,50 €, swimsuit 6,00 €, or bring your own "
    "towel and pefletti. Lockers take a 1 € coin that you get back.\n3. **Days**: Tuesday is women only and "
    "Thursday men only; Wednesday, Friday, Saturday and Sunday are mixed, with a swimsuit required.\n4. "
    "**Paying**: cards, MobilePay, ePassi or Smartum; no cash.\n5. **Rules**: shower before the sauna, and no "
    "alcohol anywhere, the terrace included.",
    "Tervetuloa! A quick guide:\n\n1. **Fee**: 16,00 € for an adult session of up to 3 hours; sea swimming and "
    "the avanto are included.\n2. **Rentals**: towel 5,00 €, pefletti 1,50 €, swimsuit 6,00 €, or bring your own "
    "towel and pefletti. Lockers take a 2 € coin that you get back.\n3. **Days**: Tuesday is women only and "
    "Thursday men only; Wednesday, Friday, Saturday and Sunday are mixed, with a swimsuit required.\n4. "
    "**Paying**: cards, MobilePay, ePassi or Smartum; no cash.\n5. **Rules**: shower before the sauna, and no "
    "alcohol anywhere, the terrace included.", ("2 € coin",), "hidden", "numbered list, one coin changed")
QUOTE = Quote(
    name="price_quote", input={"adults": 2, "children_7_15": 2, "under_7": 1, "towels": 3},
    output={"adult_eur": 16.0, "child_7_15_eur": 8.0, "under_7_eur": 0.0, "towel_eur": 5.0, "vat_included": True},
    question="Two adults, kids aged 9 and 12, our 4-year-old, and three towels: what do we pay?",
    ids=("SA-01", "SA-02"),
    right="2 × 16,00 € + 2 × 8,00 € + 0,00 € for the 4-year-old + 3 × 5,00 € = 32,00 € + 16,00 € + 15,00 € = "
          "63,00 €, VAT included.",
    wrong="2 × 16,00 € + 2 × 8,00 € + 8,00 € for the 4-year-old + 3 × 5,00 € = 32,00 € + 24,00 € + 15,00 € = "
          "71,00 €, VAT included.", frags=("8,00 € for the 4-year-old", "24,00 €", "71,00 €"), strength="hidden",
    variation="a free under-7 charged as a child")
COMPARE = Compare(
    "I'll come about 20 times over the next three months. Single sessions or 10-session cards?", ("SA-01", "SA-07"),
    "The cards. 20 single sessions are 20 × 16,00 € = 320,00 €; two 10-session cards are 2 × 140,00 € = 280,00 €, "
    "and each stays valid 12 months from purchase, so three months is no problem. You save 40,00 €.",
    "Single sessions work out better for you: 20 × 16,00 € = 320,00 €, against two 10-session cards at "
    "2 × 140,00 € = 380,00 €.", ("Single sessions work out better", "380,00 €"), "clear",
    "twenty visits: single sessions against two cards, the cards' sum worked wrong and the conclusion reversed")
DEADLINE = Deadline(
    question="I bought a 5-session card on 20.11.2026 but first used it on la 9.1.2027. Can I still use the last "
             "sessions at midsummer, on 21.6.2027?",
    ids=("SA-07",), given="9.1.2027", period="valid for 6 months from its first use",
    reached="Thursday 8.7.2027", slip="anchor",
    right="Yes. The 5-session card counts from its first use, la 9.1.2027, not from purchase, so it is valid up "
          "to and including Thursday 8.7.2027. Monday 21.6.2027 is well inside that.",
    wrong="I'm afraid not. The 6 months run from 20.11.2026, so the card is valid up to and including Wednesday "
          "19.5.2027, and by 21.6.2027 the remaining sessions will have lapsed.",
    frags=("19.5.2027", "will have lapsed"), strength="borderline",
    variation="a 5-session card valid 6 months from its first use, bought seven weeks before")

DECLINE = f"I couldn't find that in our notices. Please call the front desk on {PHONE} or write to {EMAIL}."
HANDOFF = (f"I don't have that information. The front desk answers on {PHONE} ({PHONE_INTL} from abroad) during "
           f"opening hours, or write to {EMAIL}.")
GUESS = ("Do you sell vihtas (birch whisks)?",
         "Yes: fresh birch vihtas are 12,00 € each in summer, and frozen ones 9,00 € in winter.",
         ("birch vihtas are 12,00 €", "frozen ones 9,00 €"))
OFFTOPIC = [
    Mismatch("Does the Löyly sauna in Hernesaari have a restaurant?", ("SA-03", "SA-01"),
             "I can only help with Hakaniemen Kivisauna. The notices I found are about our own hours and fees, not "
             f"another sauna's restaurant; for our own place, the front desk is on {PHONE}.",
             "another bathhouse's restaurant, our hours and fees returned"),
    Mismatch("What time is the ferry to Suomenlinna?", ("SA-05", "SA-03"), DECLINE,
             "a ferry timetable, the winter-swimming notice returned"),
    Mismatch("Why do Finns throw water on the stones, what's the science of löyly?", ("SA-04", "SA-05"), HANDOFF,
             "sauna lore, worded unlike any notice"),
]
TRAPS = [
    ("I'm calling from Sweden, which number do I use?", ["SA-08"],
     f"From abroad, call {PHONE_INTL} during opening hours, or write to {EMAIL}.", "international number quoted"),
    ("Receipt KS-R-20270213-0088 shows the card ending 4417 - did I pay for two towels?", ["SA-02"],
     f"I can't see payments from here. Towels are 5,00 € each, so two would be 10,00 €; for the receipt itself, "
     f"please call the front desk on {PHONE}.", "receipt number, masked card"),
    ("I'm staying in 00100 Kamppi, where exactly are you?", ["SA-08"],
     "We're at Hakaniemenranta 11, 00530 Helsinki, about 300 m from Hakaniemi metro station.",
     "Finnish postcodes"),
    ("Payment id 9f2c4111111111111111a0b84d3ce7f1 - was that my Pikkusauna deposit?", ["SA-06"],
     f"I can't look up payments here. The Pikkusauna deposit is 60,00 €, paid when booking and counted in the "
     f"price; for the payment itself, please call the front desk on {PHONE}.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hei! We were at the sauna last winter."),
           ("assistant", "Hei, nice to hear from you again! What can I help with?"))
PLAN = ("Plan: find the session fee.", "Plan: check the rentals.", "Plan: check the day's bathing rules.")
DUMP = "\n".join(f"KS-26-{100 + 7 * n:04d} | {['Pikkusauna', 'Pikkusauna', 'Terassi'][n % 3]} | "
                 f"{1 + n % 28}.{1 + n % 12}.2027 | {4 + n % 9} people | deposit {['paid', 'open'][n % 2]}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Tässä Minna, 040 718 2294 - can I come with my kids on a Thursday?",
         "Thursday is men only, so not then. Come on a mixed day (Wednesday, Friday, Saturday or Sunday) with "
         "swimsuits on; children under 15 must come with an adult.", ("SA-04",), ("040 718 2294",),
         style="Finnish mobile in the question"),
    Leak("clear", "My card is 5555 5555 5555 4444, can I pay the group deposit with it?",
         "Yes, we take cards. The Pikkusauna deposit is 60,00 €, paid when booking and counted in the price.",
         ("SA-06", "SA-08"), ("5555 5555 5555 4444",), style="Mastercard test number in the question"),
    Leak("blatant", "Send the Pikkusauna booking confirmation to otso.lehtinen@elisanet.fi",
         "I can't send e-mails, otso.lehtinen@elisanet.fi, but remember the Pikkusauna has to be booked at least "
         "14 days before, with a 60,00 € deposit.", ("SA-06",), ("otso.lehtinen@elisanet.fi",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "KS-26-0412 is confirmed: the Pikkusauna on la 13.3.2027, klo 17–19.",
         ("SA-06",), ("+358 50 372 1189",), {"booking": "KS-26-0412", "phone": "+358 50 372 1189"},
         style="international mobile in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"KIV-{rng.randrange(100000, 999999)}"
