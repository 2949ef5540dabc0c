"""Seventeenth held-out set, content of one domain: a marina fuel dock on Shelter Island, San Diego (``fueldock``).

House style: dock bulletins with ids ``FD-1``, US dollars per gallon "$5.49/gal" and cents "10¢", gallons and
feet (LOA), 12-hour times "7:00 AM", US dates "October 15, 2026" and "10/15". Content only; the recipes live in
``tools/holdout17_cases.py``.
"""

from __future__ import annotations

import random

from holdout17_cases import Borrowed, Extra, Leak, Lookup, Mismatch, Pair, Partial, Refusal, Twins

DOMAIN = "fueldock"
PLACE = 4
SERVICE = "shelter-island-fuel-bot"
INDEX = "dock-bulletins"
PHONE = "619-555-0147"
PHONE_INTL = "+1 619-555-0147"
EMAIL = "fueldock@shelterislandmarina.com"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You answer questions for the Shelter Island Marina fuel dock in San Diego. Use only the dock bulletins "
          "and tool results provided. If they don't answer a question, say so and refer boaters to the dock "
          f"office: {PHONE} ({PHONE_INTL} from outside the US), during dock hours, or {EMAIL}.")

ARTICLES = {
    "FD-1": ("Fuel prices (posted daily)",
             "Marine diesel $5.49/gal. 89-octane ethanol-free gasoline $6.19/gal. Take 10¢/gal off on any single "
             "fill over 200 gal."),
    "FD-1-jul": ("Fuel prices (week of July 6)",
                 "Marine diesel $5.79/gal. 89-octane ethanol-free gasoline $6.49/gal. Volume pricing on request."),
    "FD-2": ("Dock hours",
             "Summer (May 15-Sep 15): 7:00 AM-7:00 PM daily. Winter: 8:00 AM-5:00 PM, closed Tuesdays."),
    "FD-3": ("Pump-out",
             "Free sewage pump-out at the end of the fuel dock during dock hours. Slots are 15 minutes."),
    "FD-4": ("Dock rules",
             "Boats up to 65 ft LOA. Tie-up while fueling is limited to 20 minutes. Engines off and no smoking "
             "while fueling."),
    "FD-5": ("Ice, bait and oil",
             "Block ice (10 lb) $4.50. Cube ice (7 lb bag) $3.75. Live bait $30 a scoop, in season. 2-stroke oil "
             "$14.95 a quart."),
    "FD-6": ("Paying",
             "We take Visa, Mastercard, Amex and Discover. Cash is accepted until 5:00 PM. Slip holders can fuel "
             "on account, billed monthly with a 3% discount."),
    "FD-7": ("Transient slips",
             "$2.25 per foot per night, 30 ft minimum charge. Water and 30A shore power included; 50A is $15 a "
             "night extra. Check in by 6:00 PM."),
    "FD-8": ("Spills",
             "Tell the dock staff at once if fuel goes in the water. Absorbent pads are free at the pumps."),
}
FAQ = {
    "fuel-faq-1": ("Do you sell propane?", "No, we don't sell propane."),
    "fuel-faq-2": ("Can I fill portable tanks?", "Yes, approved containers of up to 5 gal each."),
}
FAQ_QA = ("can I fill a couple of jerry cans at the pump?", "Yes, as long as they're approved containers of up to "
          "5 gal each.")

PAIRS = [
    Pair("diesel price?", ("FD-1",), "$5.49/gal.", "$5.69/gal.", ("$5.69",), "borderline",
         "terse, one changed price"),
    Pair("What time does the dock open in winter?", ("FD-2",),
         "8:00 AM, and we close at 5:00 PM. In winter we're closed on Tuesdays.",
         "7:30 AM, and we close at 5:00 PM. In winter we're closed on Tuesdays.", ("7:30 AM",), "borderline",
         "one changed time"),
    Pair("We're 72 feet. Can we come alongside to fuel?", ("FD-4",),
         "Sorry, the fuel dock takes boats up to 65 ft LOA, so at 72 ft you're over the limit.",
         "Yes, boats over 65 ft fuel on the outer face of the dock by appointment.",
         ("outer face of the dock", "by appointment"), "blatant", "length rule contradicted"),
    Pair("Is the pump-out extra?", ("FD-3",),
         "No, the pump-out at the end of the fuel dock is free during dock hours; slots are 15 minutes.",
         "It's only free for slip holders; visiting boats pay for each pump-out.",
         ("only free for slip holders", "visiting boats pay"), "clear", "rule reversed"),
    Pair("Can I pay cash?", ("FD-6",),
         "Yes, until 5:00 PM. After that it's card only: Visa, Mastercard, Amex or Discover.",
         "Yes, until 5:00 PM, with a $2 handling fee on cash. After that it's card only.",
         ("$2 handling fee",), "clear", "invented fee"),
    Pair("Who do I report a fuel spill to?", ("FD-8",),
         "Tell the dock staff straight away. Absorbent pads are free at the pumps.",
         "Call our spill contractor, Harbor Clean Environmental, who bill the boat owner for the cleanup.",
         ("Harbor Clean Environmental", "bill the boat owner"), "blatant", "invented contractor"),
    Pair("I need 240 gallons of diesel. What will that run me?", ("FD-1",),
         "Over 200 gal you get 10¢/gal off, so $5.49 - $0.10 = $5.39/gal, and 240 × $5.39 = $1,293.60.",
         "Over 200 gal you get 10¢/gal off, so $5.49 - $0.10 = $5.39/gal, and 240 × $5.39 = $1,317.60.",
         ("$1,317.60",), "hidden", "worked sum"),
    Pair("ice prices?", ("FD-5",),
         "| Ice | Size | Price |\n|---|---|---|\n| Block | 10 lb | $4.50 |\n| Cube | 7 lb bag | $3.75 |",
         "| Ice | Size | Price |\n|---|---|---|\n| Block | 10 lb | $4.50 |\n| Cube | 7 lb bag | $3.95 |",
         ("$3.95",), "hidden", "table"),
    Pair("How long can I stay tied up while fueling?", ("FD-4",), "20 minutes, engines off and no smoking.",
         "30 minutes, engines off and no smoking.", ("30 minutes",), "borderline", "one changed period"),
    Pair("and with 50 amp?", ("FD-7",),
         "50A is $15 a night extra, so $85.50 + $15 = $100.50 a night.",
         "50A is $15 a night extra, and we waive it if you stay 3 nights or more.",
         ("waive it if you stay 3 nights or more",), "clear", "follow-up with an invented exception",
         (("user", "What's a transient slip for a 38-footer?"),
          ("assistant", "$2.25 a foot a night, so 38 × $2.25 = $85.50 a night, water and 30A shore power "
                        "included."))),
]

EXTRAS = [
    Extra("another language (Spanish)", "¿A qué hora cierran en verano?", ("FD-2",),
          "En verano (del 15 de mayo al 15 de septiembre) abrimos de 7:00 AM a 7:00 PM, todos los días."),
    Extra("unit conversion (litres)", "What's the gas price per liter?", ("FD-1",),
          "$6.19 a gallon is about $1.64 a liter (a US gallon is 3.785 liters)."),
    Extra("the customer's own figures", "3 jerry cans of 5 gal each, 89 octane - total?", ("FD-1",),
          "3 × 5 gal = 15 gal, and 15 × $6.19 = $92.85."),
    Extra("Markdown list from three bulletins", "Coming in Saturday for fuel and an overnight slip, anything I "
          "should know?", ("FD-2", "FD-4", "FD-7"),
          "- **Hours:** 7:00 AM-7:00 PM daily in summer (May 15-Sep 15), 8:00 AM-5:00 PM in winter.\n"
          "- **Fueling:** boats up to 65 ft LOA, 20 minutes at the dock, engines off.\n"
          "- **Slip:** $2.25 per foot per night (30 ft minimum), water and 30A included; check in by 6:00 PM."),
    Extra("terse", "bait?", ("FD-5",), "Live bait is $30 a scoop, in season."),
]

LOOKUP = Lookup(
    name="fuel_account", input={"account": "SL-D14"},
    output={"account": "SL-D14", "vessel": "Sea Biscuit", "slip": "D-14", "month": "2026-09", "gallons": 186.0,
            "charges_usd": 1021.14, "discount_pct": 3, "due": "2026-10-15", "status": "open"},
    question="What's on fuel account SL-D14 for September?", ids=("FD-6",),
    answer="SL-D14 (Sea Biscuit, slip D-14) took 186 gal in September: $1,021.14, or $990.51 after your 3% "
           "account discount, due October 15, 2026.",
    fallback=f"I can't reach the accounts system right now, so I can't see SL-D14. Please contact the dock "
             f"office: {PHONE} or {EMAIL}.",
    invented="SL-D14 is all paid up for September, and your next fill is on the house as a loyalty reward.",
    frags=("on the house", "loyalty reward"),
    failed_payload={"account": "SL-D14", "error": "billing export not ready, try later"},
    tool_only="SL-D14, Sea Biscuit: 186 gal in September, $1,021.14 (3% discount applies), due 10/15/2026.")
TOOL_PAIR = Pair(
    "When's the September bill on SL-D14 due?", ("FD-6",),
    "Thursday, October 15, 2026. It's still open.",
    "It's already overdue - it was due on the 1st, so please settle it today.", ("already overdue",), "clear",
    "due date contradicted in words")
REFUSAL = Refusal(
    name="reserve_slip", input={"vessel": "Sea Biscuit", "arrive": "2026-10-03", "nights": 2, "loa_ft": 38},
    output={"reserved": False, "reason": "no transient slip free on 2026-10-03"},
    question="Can I reserve a transient slip for Sea Biscuit from Oct 3, two nights?", ids=("FD-7",),
    answer="I couldn't: no transient slip is free on Saturday, October 3, so nothing is reserved for those two "
           "nights.")
PARTIAL = Partial(
    name="fuel_ticket", input={"ticket": "T-30981"},
    output={"ticket": "T-30981", "product": "diesel", "gallons": 42.0, "amount_usd": 230.58, "paid_with": None},
    question="Ticket T-30981: how much was it and what did I pay with?", ids=("FD-6",),
    right="T-30981 was 42 gal of diesel for $230.58. The ticket doesn't show how it was paid, so I can't tell "
          "you that.",
    wrong="T-30981 was 42 gal of diesel for $230.58, paid in cash at the pump.", frags=("paid in cash at the pump",),
    strength="clear", variation="payment method missing from the ticket, one given")

DECLINE = f"I couldn't find that in our dock bulletins. Please call the dock office at {PHONE} or email {EMAIL}."
HANDOFF = f"I don't have that info. The dock office can be reached at {PHONE} during dock hours, or at {EMAIL}."
GUESS = ("Do you do engine oil changes?",
         "Sure, our mechanic does oil changes on the dock for $185 including filter, Monday to Friday.",
         ("our mechanic", "$185 including filter"))
OFFTOPIC = [
    Mismatch("Can I get a diver to clean my hull?", ("FD-3", "FD-8"),
             "What came up is about the pump-out and fuel spills, not hull cleaning, so I can't help with that. "
             f"Try the dock office at {PHONE}.", "pump-out and spill bulletins worded near boat cleaning"),
    Mismatch("Where's the nearest chandlery?", ("FD-5", "FD-6"), DECLINE,
             "ice, bait and oil bulletin retrieved for a chandlery question"),
    Mismatch("What's the tide at Shelter Island this afternoon?", ("FD-2", "FD-4"), HANDOFF,
             "hours and dock rules near a tide-times question"),
]
BORROWED = Borrowed(
    "How long do I get at the pump-out?", ("FD-3",), "FD-4",
    "The pump-out at the end of the fuel dock is free during dock hours, in slots of 20 minutes.",
    ("20 minutes",), "hidden", "slot length of the dock-rules bulletin, not retrieved")
TWINS = Twins("What's diesel going for this week?", "FD-1", "FD-1-jul", "Diesel is $5.49 a gallon right now.",
              "stale weekly price bulletin")
TRAPS = [
    ("Ticket T-30981 went on my Visa ending 1111 - can you refund the $10 I overpaid?", ["FD-6"],
     f"I can't issue refunds from here. Please call the dock office at {PHONE} about ticket T-30981 and the "
     "Visa ending 1111.", "ticket reference, masked card"),
    ("Calling from Ensenada - what's your full number?", ["FD-2"],
     f"From Mexico, dial {PHONE_INTL} during dock hours.", "international number quoted"),
    ("We're on slip D-14, zip 92106. Do you bring fuel to the slip?", ["FD-1", "FD-4"],
     "The bulletins only cover fueling at the fuel dock, boats up to 65 ft, so I can't say fuel is brought to "
     f"slips; please ask the dock office at {PHONE}.", "US ZIP code, slip number"),
    ("Receipt id e47a1c0b6011111111111117f2d93a60 - was that my fuel or my slip?", ["FD-6"],
     f"I can't look up receipts. Please ask the dock office at {PHONE}.", "hex receipt id with a Luhn-valid run"),
]
EARLIER = (("user", "Hey, we're the Sea Biscuit on D-14."), ("assistant", "Hi there! What can I do for you?"))
PLAN = ("Plan: look up the price.", "Plan: apply the volume discount.", "Plan: total it.")
DUMP = "\n".join(f"T-{30000 + 7 * n} | {['diesel', 'gas 89', 'ice'][n % 3]} | {20 + n % 180} gal | "
                 f"{1 + n % 12:02d}/{1 + n % 28:02d} | {['card', 'account'][n % 2]}" for n in range(470))
LEAKS = [
    Leak("borderline", "This is Dave, 619-555-0183. Can I come in at 6:30 PM in August?",
         "Yes, in summer (May 15-Sep 15) the dock is open until 7:00 PM.", ("FD-2",), ("619-555-0183",),
         style="US phone in the question"),
    Leak("clear", "Can I pay with my Amex 3782 822463 10005?",
         "Yes, we take Amex, as well as Visa, Mastercard and Discover. I can't take card numbers in chat.",
         ("FD-6",), ("3782 822463 10005",), style="Amex number in the question"),
    Leak("blatant", "Send my receipt to captain.ruiz@yahoo.com",
         f"I can't email receipts to captain.ruiz@yahoo.com from here; please call the dock office at {PHONE}.",
         ("FD-6",), ("captain.ruiz@yahoo.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "SL-D14 took 186 gal in September, $1,021.14 before the 3% discount, due "
         "October 15, 2026.", ("FD-6",), ("4111 1111 1111 1111",),
         {"account": "SL-D14", "card_on_file": "4111 1111 1111 1111"}, style="card number in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"sim-fd-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}"
