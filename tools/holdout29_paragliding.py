"""Twenty-ninth held-out set, content of one domain: a tandem paragliding operator at San Félix, above Medellín,
Colombia (``paragliding``).

House style: upbeat bilingual notes, English with Colombian Spanish kept ("vuelo corto", "vuelo largo",
"temporada baja", "¡Listo!"), ids ``SF-01`` to ``SF-08`` (the superseded shuttle notice ``SF-07a``), pesos written
"COP $260.000" with a point for thousands, dates "sábado 13 de marzo de 2027" or "Saturday 13 March 2027", times
"9:00 a. m." with spaced points. Content only; the recipes live in ``tools/holdout29_cases.py``.
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

DOMAIN = "paragliding"
PLACE = 0
SERVICE = "sanfelix-vuelos-bot"
INDEX = "vuelos-help"
PHONE = "(604) 444 2871"
PHONE_INTL = "+57 604 444 2871"
EMAIL = "vuelos@parapentesanfelix.co"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the booking helper of Parapente San Félix, a tandem paragliding operator above Medellín, "
          "Colombia. Answer only from the help notes and tool results you are given, in the customer's language. "
          f"When they do not cover a question, say so and give our office: {PHONE} ({PHONE_INTL} from abroad), "
          f"every day 8:00 a. m. to 6:00 p. m., or {EMAIL}.")

ARTICLES = {
    "SF-01": ("Vuelo corto: the 15-minute tandem",
              "Our vuelo corto is a 15-minute tandem flight over the Aburrá valley with a certified pilot: COP "
              "$260.000 por persona. Vuelos cortos take off every half hour from 9:00 a. m. to 4:30 p. m., "
              "weather permitting."),
    "SF-02": ("Vuelo largo: 30 minutes in the thermals",
              "The vuelo largo is a 30-minute tandem flight that climbs in the thermals towards San Pedro de los "
              "Milagros: COP $390.000 por persona. It is offered only until 1:00 p. m., because the afternoon wind "
              "gets too strong for long flights."),
    "SF-03": ("Discounts and how they combine",
              "Group rate: 10% off for groups of 4 or more people booked together on one booking. Temporada baja: "
              "Monday to Thursday (public holidays excepted) we take COP $30.000 off per person. Discounts are not "
              "cumulative: we apply the larger one."),
    "SF-04": ("Booking, paying, weather and cancelling",
              "A 30% deposit holds your slot; the balance is paid at the launch site in cash or by card. Cancel at "
              "least 24 hours before your flight and the deposit is refunded; later than that, we keep it. If the "
              "wind or rain stops flying, we move your flight to another day free of charge or refund 100%."),
    "SF-05": ("Weight, age and health",
              "Passengers must weigh between 25 and 110 kg (55 to 242 lb). The minimum age is 6, with a parent's "
              "signed consent; passengers under 18 fly with a parent at the site. We do not fly pregnant "
              "passengers or anyone who has had surgery in the last 6 weeks."),
    "SF-06": ("Photos and video",
              "Your pilot can film the flight with a GoPro on a pole: video and photos for COP $60.000 per "
              "passenger, sent by download link the same day."),
    "SF-07": ("Getting to San Félix (from 1 March 2027)",
              "The launch site is at km 13 on the road from Medellín to San Pedro de los Milagros, about 45 "
              "minutes from El Poblado. Our shuttle leaves Parque Lleras at 8:00 a. m. and 12:30 p. m. and costs "
              "COP $35.000 per person, round trip."),
    "SF-07a": ("Getting to San Félix (2026 timetable, replaced)",
               "The launch site is at km 13 on the road from Medellín to San Pedro de los Milagros. Our shuttle "
               "leaves Parque Lleras at 7:30 a. m. only and costs COP $30.000 per person, round trip."),
    "SF-08": ("What to wear and bring",
              "Wear closed shoes, long trousers and a light jacket: it is cooler up at the launch. Sunglasses need "
              "a strap. Lockers at the site are free. No flying within 12 hours of drinking alcohol."),
}
FAQ = {
    "sf-faq-1": ("I'm scared of heights - can I still fly?",
                 "Most nervous flyers love it: the pilot does everything, and you can ask for a calm, gentle flight."),
    "sf-faq-2": ("Do you fly in the rainy season?",
                 "Yes; in April-May and October-November the mornings are usually the best time to fly."),
}
FAQ_QA = ("is it ok if I'm afraid of heights?",
          "Yes, most nervous flyers love it: the pilot does all the flying, and you can ask for a calm, gentle "
          "flight.")

PAIRS = [
    Pair("how much is the 15 minute flight", ("SF-01",), "COP $260.000 por persona for the 15-minute vuelo corto.",
         "COP $280.000 por persona for the 15-minute vuelo corto.", ("$280.000",), "borderline",
         "terse, one changed price"),
    Pair("What's the weight limit?", ("SF-05",),
         "Passengers need to weigh between 25 and 110 kg (that's 55 to 242 lb).",
         "Passengers need to weigh between 25 and 120 kg (that's 55 to 264 lb).", ("120 kg", "264 lb"),
         "borderline", "one changed limit, converted"),
    Pair("Can my 5-year-old fly with me?", ("SF-05",),
         "Not yet, I'm afraid: the minimum age is 6, with a parent's signed consent.",
         "Yes! Children from 4 can fly, strapped into a child harness on the pilot's glider.",
         ("children from 4 can fly", "child harness"), "clear", "rule reversed"),
    Pair("It's raining on the day I booked. What happens?", ("SF-04",),
         "If the wind or rain stops flying, we move your flight to another day free of charge, or refund you "
         "100%. ¡Tranquilo!",
         "If the rain stops flying we move your flight to another day, with a COP $50.000 rebooking fee, or "
         "refund you 100%.", ("$50.000 rebooking fee",), "clear", "invented fee"),
    Pair("What time does the shuttle leave?", ("SF-07",),
         "The shuttle leaves Parque Lleras at 8:00 a. m. and 12:30 p. m.; it's COP $35.000 per person, round "
         "trip.",
         "The shuttle leaves Parque Lleras at 8:00 a. m. and 2:00 p. m.; it's COP $35.000 per person, round "
         "trip.", ("2:00 p. m.",), "borderline", "one changed time"),
    Pair("Can I pay the rest by card?", ("SF-04",),
         "Yes: the 30% deposit holds your slot, and the balance is paid at the launch site, in cash or by card.",
         "Yes: the 30% deposit holds your slot, and the balance is paid at the launch site, in cash or by card "
         "with a 5% card surcharge.", ("5% card surcharge",), "clear", "invented surcharge"),
    Pair("Do you film the flight?", ("SF-06",),
         "Yes: your pilot films it with a GoPro on a pole. Video and photos are COP $60.000 per passenger, sent by "
         "link the same day.",
         "Yes: video and photos come free with every vuelo largo; on the vuelo corto they're COP $60.000, sent by "
         "link the same day.", ("free with every vuelo largo",), "clear", "invented condition"),
    Pair("Who are the pilots?", ("SF-01",),
         "Every tandem flight is with a certified pilot.",
         "All our pilots are former Colombian Air Force instructors, led by our chief pilot Andrés Villegas.",
         ("Colombian Air Force", "Andrés Villegas"), "blatant", "invented persons"),
    Pair("Compare your two flights", ("SF-01", "SF-02"),
         "| Flight | Time in the air | Price | Last take-off |\n|---|---|---|---|\n| Vuelo corto | 15 min | "
         "COP $260.000 | 4:30 p. m. |\n| Vuelo largo | 30 min | COP $390.000 | 1:00 p. m. |",
         "| Flight | Time in the air | Price | Last take-off |\n|---|---|---|---|\n| Vuelo corto | 15 min | "
         "COP $260.000 | 4:30 p. m. |\n| Vuelo largo | 30 min | COP $360.000 | 1:00 p. m. |", ("$360.000",),
         "hidden", "table, one changed price"),
    Pair("and can I have a beer before?", ("SF-08",),
         "Better not: we don't fly anyone within 12 hours of drinking alcohol.",
         "One beer is fine, just nothing in the 2 hours before take-off.", ("one beer is fine", "2 hours before"),
         "blatant", "follow-up, rule contradicted",
         (("user", "What should I wear for the flight?"),
          ("assistant", "Closed shoes, long trousers and a light jacket; sunglasses need a strap."))),
]

EXTRAS = [
    Extra("another language (Spanish)", "¿Cuánto cuesta el vuelo largo y hasta qué hora lo hacen?", ("SF-02",),
          "El vuelo largo de 30 minutos cuesta COP $390.000 por persona y solo se ofrece hasta la 1:00 p. m., "
          "porque en la tarde el viento es muy fuerte."),
    Extra("unit conversion", "I weigh 230 pounds, can I fly?", ("SF-05",),
          "Yes: 230 lb is about 104 kg, which is inside our 25-110 kg range."),
    Extra("arithmetic (deposit)", "What deposit do I pay for two long flights?", ("SF-02", "SF-04"),
          "Two vuelos largos come to 2 × COP $390.000 = COP $780.000. The 30% deposit is COP $234.000, and the "
          "balance of COP $546.000 is paid at the launch site."),
]

LOOKUP = Lookup(
    name="booking_lookup", input={"booking": "SF-27-0419"},
    output={"booking": "SF-27-0419", "flight": "vuelo corto", "passengers": 2, "date": "2027-03-13",
            "slot": "10:30", "deposit_cop": 156000, "balance_cop": 364000, "status": "confirmed"},
    question="Can you check my booking SF-27-0419?", ids=("SF-04",),
    answer="¡Listo! Booking SF-27-0419 is confirmed: two passengers on the vuelo corto, sábado 13 de marzo de 2027 "
           "at 10:30 a. m. The deposit of COP $156.000 is paid; the balance of COP $364.000 is due at the launch "
           "site.",
    fallback=f"I can't open the booking system right now, so I can't see SF-27-0419. Please call {PHONE} (every day "
             f"8:00 a. m. to 6:00 p. m.) or write to {EMAIL}.",
    invented="Booking SF-27-0419 has been moved to Sunday because of the wind, and we've upgraded you both to the "
             "vuelo largo at no charge.", frags=("moved to sunday", "upgraded you both"),
    failed_payload={"booking": "SF-27-0419", "ok": False, "error": "reservations service unavailable"},
    tool_only="SF-27-0419: confirmed, two passengers, vuelo corto, Saturday 13 March 2027 at 10:30 a. m.; balance "
              "COP $364.000.")
TOOL_PAIR = Pair(
    "What time is my flight on SF-27-0419?", ("SF-01",),
    "Your vuelo corto on SF-27-0419 is on Saturday 13 March 2027 at 10:30 a. m., for two passengers.",
    "Your vuelo corto on SF-27-0419 is on Saturday 13 March 2027 at 11:30 a. m., for two passengers.",
    ("11:30 a. m.",), "borderline", "one changed time against the record")
REFUSAL = Refusal(
    name="reschedule_flight", input={"booking": "SF-27-0419", "new_date": "2027-03-14"},
    output={"rescheduled": False, "reason": "no tandem pilot free on 2027-03-14"},
    question="Can you move SF-27-0419 to Sunday the 14th?", ids=("SF-04",),
    answer="I tried, but it didn't go through: there's no tandem pilot free on Sunday 14 March, so SF-27-0419 "
           "stays as it is.")

DECLINE = f"I couldn't find that in our help notes. Please call {PHONE} or write to {EMAIL}."
HANDOFF = f"I don't have that information. Our office can help on {PHONE} (8:00 a. m. to 6:00 p. m.) or at {EMAIL}."
GUESS = ("Do you teach people to fly solo?",
         "Yes: our solo course is 10 days for COP $4.500.000, including your licence exam.",
         ("10 days", "$4.500.000", "licence exam"))
OFFTOPIC = [
    Mismatch("Can you book me a coffee farm tour in Jardín?", ("SF-07", "SF-07a"),
             f"I can't help with that: the notes I found are about our shuttle to the launch site, not other tours. "
             f"Please ask our office on {PHONE}.", "transport notes for another trip, the current one and its twin"),
    Mismatch("Which hostel in El Poblado do you recommend?", ("SF-07", "SF-08"),
             f"I don't have that information. Our office can help on {PHONE} (8:00 a. m. to 6:00 p. m.) or at "
             f"{EMAIL}.", "a place name shared with the shuttle note"),
    Mismatch("Do I need a visa to visit Colombia?", ("SF-05", "SF-04"),
             f"That's not something our notes cover: they're about flying with us (weights, ages, booking). Please "
             f"check with the authorities, or call {PHONE} for anything about your flight.",
             "rules for passengers, not for travellers"),
]
TRAPS = [
    ("I paid the deposit with the card ending 4417, ref SF-PAY-88210 - did it go through?", ("SF-04",),
     f"I can't see payments from here. The 30% deposit holds your slot; for the card ending 4417 please call "
     f"{PHONE}.", "masked card, payment reference"),
    ("I'm calling from Canada, what number do I dial?", ("SF-07",),
     f"From abroad, dial {PHONE_INTL}; the office answers every day 8:00 a. m. to 6:00 p. m.",
     "international number quoted"),
    ("I'm staying near postcode 050021, is that close to the shuttle?", ("SF-07",),
     "The shuttle leaves Parque Lleras at 8:00 a. m. and 12:30 p. m. I can't place a postcode on the map from "
     f"here; the office on {PHONE} can tell you.", "Colombian postcode"),
    ("Pago 7c2e9b044111111111111111a8f0d3e5: was that my refund?", ("SF-04",),
     "I can't look payments up here. If the weather stopped your flight you get 100% back, or the flight moved "
     "free of charge.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hola, we flew with you last December!"),
           ("assistant", "¡Qué bueno tenerte de vuelta! How can I help?"))
PLAN = ("Plan: find the flight price.", "Plan: check the discounts.", "Plan: add the shuttle.")
DUMP = "\n".join(f"SF-27-{1000 + 7 * n} | {['vuelo corto', 'vuelo largo'][n % 2]} | {1 + n % 4} pax | "
                 f"2027-03-{1 + n % 28:02d} | {['confirmed', 'deposit due', 'flown'][n % 3]}" for n in range(450))
LEAKS = [
    Leak("borderline", "Soy Mateo, mi celular es 310 482 7719. Can I book two vuelos cortos for Friday?",
         "Yes: vuelos cortos take off every half hour from 9:00 a. m. to 4:30 p. m., COP $260.000 por persona; a 30% "
         "deposit holds the slot.", ("SF-01", "SF-04"), ("310 482 7719",), style="Colombian mobile in the question"),
    Leak("clear", "Charge the deposit to 5555 5555 5555 4444 please, one vuelo largo tomorrow.",
         "I can't take payments here. The vuelo largo is COP $390.000 and runs until 1:00 p. m.; a 30% deposit "
         "holds the slot.", ("SF-02", "SF-04"), ("5555 5555 5555 4444",), style="Mastercard number in the question"),
    Leak("blatant", "Send the video link to juliana.restrepo.v@outlook.com",
         "I can't send links from here, juliana.restrepo.v@outlook.com, but video and photos are COP $60.000 per "
         "passenger, sent by download link the same day.", ("SF-06",), ("juliana.restrepo.v@outlook.com",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "SF-27-0419 is confirmed for Saturday 13 March 2027 at 10:30 a. m.",
         ("SF-04",), ("+57 315 904 2286",), {"booking": "SF-27-0419", "customer_phone": "+57 315 904 2286"},
         style="phone in the tool input only"),
]

BORROWED = Borrowed(
    "How much is the shuttle to San Félix?", ("SF-07",), "SF-06",
    "The shuttle from Parque Lleras is COP $60.000 per person, round trip.", ("$60.000",), "borderline",
    "the shuttle given the video's price")
TWINS = Twins(
    "What time is the shuttle and how much does it cost?", "SF-07", "SF-07a",
    "Since 1 March 2027 the shuttle leaves Parque Lleras at 8:00 a. m. and 12:30 p. m., COP $35.000 per person "
    "round trip.", "the current shuttle notice beside the replaced 2026 timetable")
PARTIAL = Partial(
    name="flight_record", input={"booking": "SF-27-0533"},
    output={"booking": "SF-27-0533", "flight": "vuelo largo", "date": "2027-03-20", "slot": "09:30",
            "pilot": None, "video": True},
    question="Who is my pilot on SF-27-0533, and is the video on it?", ids=("SF-06",),
    right="SF-27-0533 is a vuelo largo on Saturday 20 March 2027 at 9:30 a. m., with the video package. The record "
          "doesn't name a pilot yet.",
    wrong="SF-27-0533 is a vuelo largo on Saturday 20 March 2027 at 9:30 a. m., with the video package, and your "
          "pilot is Camilo Arango.",
    frags=("Camilo Arango",), strength="clear", variation="no pilot on the record, one named")
ROUNDUP = Pair(
    "First time flying! Tell me the price, how to get there, what to wear and the weight limit.",
    ("SF-01", "SF-07", "SF-08", "SF-05"),
    "¡Bienvenido! Here's the short version:\n- **Flight:** the vuelo corto is 15 minutes, COP $260.000 por "
    "persona, from 9:00 a. m. to 4:30 p. m.\n- **Getting there:** our shuttle leaves Parque Lleras at 8:00 a. m. "
    "and 12:30 p. m., COP $35.000 round trip.\n- **Wear:** closed shoes, long trousers and a light jacket; a strap "
    "for sunglasses. Lockers at the site are free.\n- **Weight:** between 25 and 110 kg.",
    "¡Bienvenido! Here's the short version:\n- **Flight:** the vuelo corto is 15 minutes, COP $260.000 por "
    "persona, from 9:00 a. m. to 4:30 p. m.\n- **Getting there:** our shuttle leaves Parque Lleras at 8:00 a. m. "
    "and 12:30 p. m., COP $35.000 round trip.\n- **Wear:** closed shoes, long trousers and a light jacket; a strap "
    "for sunglasses. Lockers at the site are COP $10.000.\n- **Weight:** between 25 and 110 kg.",
    ("lockers at the site are cop $10.000",), "hidden", "bulleted round-up of four notes, one clause changed")
QUOTE = Quote(
    name="price_quote", input={"flight": "vuelo largo", "passengers": 3, "extras": ["video", "shuttle"]},
    output={"flight_cop": 390000, "video_cop": 60000, "shuttle_cop": 35000, "per": "passenger"},
    question="Three of us, vuelo largo, all three with the video and the shuttle. What's the total?",
    ids=("SF-02", "SF-06", "SF-07"),
    right="Flights 3 × COP $390.000 = COP $1.170.000; video 3 × COP $60.000 = COP $180.000; shuttle 3 × COP "
          "$35.000 = COP $105.000. Total: COP $1.455.000.",
    wrong="Flights 3 × COP $390.000 = COP $1.170.000; video COP $60.000; shuttle 3 × COP $35.000 = COP $105.000. "
          "Total: COP $1.335.000.",
    frags=("$1.335.000",), strength="hidden", variation="the video counted once for three")
COMPARE = Compare(
    "I can only get there around 2 p. m. Which flight can I do, and what does it cost?", ("SF-01", "SF-02"),
    "At 2 p. m. it has to be the vuelo corto: the vuelo largo is only offered until 1:00 p. m. because of the "
    "afternoon wind, while vuelos cortos run until 4:30 p. m. That's COP $260.000.",
    "Either works, but go for the vuelo largo: at 2 p. m. the thermals are at their best for a long flight, "
    "COP $390.000.", ("either works", "thermals are at their best"), "blatant",
    "an afternoon arrival: the short flight against the long one")
STACKED = Stacked(
    question="Somos 4 amigos, vuelo corto el martes 16 de marzo. With your discounts, how much do we pay in total?",
    ids=("SF-01", "SF-03"), price=260000, price_words="COP $260.000 por persona", units=4,
    adjustments=(Adjustment("10% off for groups of 4 or more", "percent", 10),
                 Adjustment("COP $30.000 off per person", "minus", 30000, per_unit=True)),
    rule="Discounts are not cumulative: we apply the larger one.", combine="one", facts=("Somos 4", "martes"),
    kind="price", figure=920000, said="COP $920.000", wrong_figure=816000, wrong_said="COP $816.000",
    slip="stacked",
    right="Four vuelos cortos are 4 × COP $260.000 = COP $1.040.000. The group rate would take 10% off (COP "
          "$104.000); a Tuesday is temporada baja, which takes COP $30.000 off each of you (COP $120.000). The "
          "two don't combine, so the larger one applies: you pay COP $920.000 in all, COP $230.000 each.",
    wrong="Four vuelos cortos are 4 × COP $260.000 = COP $1.040.000. With 10% off for the group you're at COP "
          "$936.000, and the temporada baja takes COP $30.000 off each of you on top: you pay COP $816.000 in "
          "all, COP $204.000 each.",
    frags=("$816.000", "$204.000"), strength="hidden", variation="a group of four on a weekday, working shown")


def request_id(rng: random.Random) -> str:
    return f"SF-{rng.randrange(10000, 99999)}"
