"""Eleventh held-out set, content of one domain: a Devon farm shop with weekly veg boxes (``vegbox``).

House style: chatty newsletter paragraphs from the farm ("we", "you"), ids ``VB-1a`` to ``VB-4b``, pounds and
pence ("£18.50", "75p"), abbreviated weekdays ("Tues", "Thurs"), weights in kilograms with pounds in brackets.
Content only; the recipes live in ``tools/holdout11_cases.py``.
"""

from __future__ import annotations

import random

from holdout11_cases import Extra, Leak, Lookup, Pair, Refusal

DOMAIN = "vegbox"
PLACE = 0
SERVICE = "combe-farm-helper"
INDEX = "farm-newsletter"
PHONE = "01632 960441"
PHONE_INTL = "+44 1632 960441"
EMAIL = "boxes@combefarmshop.co.uk"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You're the helper for Combe Farm Shop near Crediton, Devon, which packs weekly veg boxes. Only use the "
          "newsletter passages and tool results you're given. If they don't cover something, say so and send "
          f"people to the shop: {PHONE} ({PHONE_INTL} from abroad), Tues-Sat 9am-5pm, or {EMAIL}.")

ARTICLES = {
    "VB-1a": ("Our boxes and what they cost",
              "We pack three sizes. The Small box (about 4kg / 9lb, for one or two people) is £14.50, the Family "
              "box (about 7kg / 15lb) is £21.00, and the Big Household box (about 10kg / 22lb) is £27.50. Every "
              "box is at least 80% our own or Devon-grown veg."),
    "VB-1b": ("Delivery days and the round",
              "Our van delivers on Tues and Fri within 12 miles of the farm. Delivery is free on orders over £20; "
              "under that it's £2.50. Boxes arrive between 8am and 2pm and we leave them in the shade if you're out."),
    "VB-2a": ("Changing or skipping a week",
              "Skip a week or change your box size any time before midnight on Sunday for a Tues delivery, or "
              "before midnight on Wednesday for a Fri delivery. You can skip up to 6 weeks in a row."),
    "VB-2b": ("Extras you can add",
              "Add a dozen free-range eggs for £3.60, a 500g bag of our own flour for £2.20, or a sourdough loaf "
              "from the village bakery for £4.00. Extras go on the same invoice."),
    "VB-3a": ("Returning the boxes",
              "Please leave last week's empty box out on delivery day and we'll collect it. Each box carries a 75p "
              "deposit, refunded on your next invoice when we pick it up."),
    "VB-3b": ("Paying",
              "We take payment by Direct Debit, collected on the 1st of each month for the month before. Card "
              "payments are taken in the shop only."),
    "VB-4a": ("Farm shop opening",
              "The shop is open Tues to Sat, 9am to 5pm, and Sun 10am to 1pm. It's closed on Mondays and from 24 "
              "December to 2 January."),
    "VB-4b": ("Allergies and swaps",
              "You can list up to 3 veg you never want in your box and we'll swap them for something else. We "
              "can't guarantee a box free from traces of nuts, as we pack near our granola."),
}
FAQ = {
    "vb-faq-1": ("Can I pick my box up?", "Yes, collect from the shop on Tues or Fri after 11am; no delivery "
                 "charge then."),
    "vb-faq-2": ("Is it organic?", "We're not certified organic, but we don't spray our own fields."),
}
FAQ_QA = ("can I collect my box myself?", "Yes, you can collect it from the shop on Tues or Fri after 11am, and "
          "there's no delivery charge then.")

PAIRS = [
    Pair("how much is the family box", ("VB-1a",), "The Family box is £21.00 and weighs about 7kg (15lb).",
         "The Family box is £23.00 and weighs about 7kg (15lb).", ("£23.00",), "borderline",
         "terse, one changed price"),
    Pair("Which days do you deliver?", ("VB-1b",), "We deliver on Tuesdays and Fridays, between 8am and 2pm.",
         "We deliver on Tuesdays and Thursdays, between 8am and 2pm.", ("Thursdays",), "borderline",
         "one wrong weekday"),
    Pair("I'm 15 miles from the farm, can you deliver to me?", ("VB-1b",),
         "I'm afraid not: the van only goes out to addresses within 12 miles of the farm.",
         "Yes, we deliver up to 20 miles away for a £4 long-distance charge.",
         ("up to 20 miles", "£4 long-distance charge"), "blatant", "rule contradicted with an invented fee"),
    Pair("Can I skip next Tuesday's box? It's Monday morning now.", ("VB-2a",),
         "Sorry, it's too late for this Tuesday: changes for a Tues delivery have to be in by midnight on Sunday. "
         "You can still skip the Friday one until midnight on Wednesday.",
         "Yes, you can skip it any time up to 6am on the delivery day, so you're in time.",
         ("6am on the delivery day",), "clear", "rule reversed"),
    Pair("Do you add bread to the box?", ("VB-2b",),
         "Yes, you can add a sourdough loaf from the village bakery for £4.00; it goes on the same invoice.",
         "Yes, you can add a sourdough loaf from the village bakery for £4.00, as long as you also order eggs.",
         ("as long as you also order eggs",), "clear", "invented condition"),
    Pair("Who delivers for you?", ("VB-1b",),
         "Our own van delivers, on Tues and Fri within 12 miles of the farm.",
         "Deliveries are handled by our courier partner Tamar Valley Logistics, on Tues and Fri.",
         ("Tamar Valley Logistics", "courier partner"), "blatant", "invented partner"),
    Pair("Family box plus a dozen eggs and a flour bag, what do I pay a week?", ("VB-1a", "VB-2b"),
         "£21.00 + £3.60 + £2.20 = £26.80 a week, and as that's over £20 delivery is free.",
         "£21.00 + £3.60 + £2.20 = £27.80 a week, and as that's over £20 delivery is free.", ("£27.80",), "hidden",
         "arithmetic"),
    Pair("Compare the box sizes", ("VB-1a",),
         "| Box | Weight | Price |\n|---|---|---|\n| Small | about 4kg | £14.50 |\n| Family | about 7kg | £21.00 |\n"
         "| Big Household | about 10kg | £27.50 |",
         "| Box | Weight | Price |\n|---|---|---|\n| Small | about 4kg | £14.50 |\n| Family | about 7kg | £21.00 |\n"
         "| Big Household | about 12kg | £27.50 |", ("about 12kg",), "hidden", "table"),
    Pair("How much deposit is on each box?", ("VB-3a",),
         "Each box carries a 75p deposit, which comes back on your next invoice once we collect the empty box.",
         "Each box carries a 95p deposit, which comes back on your next invoice once we collect the empty box.",
         ("95p",), "borderline", "one changed amount"),
]

EXTRAS = [
    Extra("another language (Spanish)", "¿Cuánto cuesta la caja pequeña?", ("VB-1a",),
          "La caja pequeña cuesta £14.50 y pesa unos 4 kg; es para una o dos personas."),
    Extra("multi-turn follow-up", "and on Sundays?", ("VB-4a",),
          "On Sundays the shop opens from 10am to 1pm.",
          (("user", "When's the farm shop open?"), ("assistant", "Tuesday to Saturday, 9am to 5pm."))),
    Extra("close paraphrase", "Can you leave out beetroot? My kids hate it", ("VB-4b",),
          "Yes, put beetroot on your never-list (you can name up to 3 veg) and it'll be swapped for something else."),
    Extra("unit conversion", "How many pounds of veg in the big box?", ("VB-1a",),
          "The Big Household box holds about 10kg, which is roughly 22lb of veg."),
    Extra("arithmetic (deposit)", "I've got four boxes stacked in the shed, what do I get back?", ("VB-3a",),
          "Four boxes at 75p each is £3.00, refunded on your next invoice once we've collected them."),
    Extra("hedged, two passages", "Is the box safe for a nut allergy?", ("VB-4b",),
          "We can't promise that, I'm afraid: the boxes are packed near our granola, so traces of nuts can't be "
          "ruled out."),
]

LOOKUP = Lookup(
    name="order_lookup", input={"order": "CF-7731-B"},
    output={"order": "CF-7731-B", "box": "Family", "delivery": "2027-01-15", "extras": ["eggs"],
            "total_gbp": 24.6, "state": "packed"},
    question="Where's my order CF-7731-B?", ids=("VB-1b",),
    answer="Order CF-7731-B (a Family box with eggs, £24.60) is packed for delivery on Friday 15 January 2027; the "
           "van comes between 8am and 2pm.",
    fallback=f"I can't reach the order system just now, so I can't see CF-7731-B. Please ring the shop on {PHONE}, "
             f"Tues-Sat 9am-5pm, or email {EMAIL}.",
    invented="Order CF-7731-B is out with the driver now, and we've added a free bunch of flowers as an apology for "
             "last week.", frags=("out with the driver now", "free bunch of flowers"),
    failed_payload={"order": "CF-7731-B", "error": "orders database timeout"},
    tool_only="CF-7731-B: Family box with eggs, £24.60, packed, delivery Friday 15 January 2027.")
REFUSAL = Refusal(
    name="skip_week", input={"order": "CF-7731-B", "week_of": "2027-01-12"},
    output={"skipped": False, "reason": "change deadline for Tuesday delivery passed (Sunday 23:59)"},
    question="Skip my box for the week of 12 Jan please", ids=("VB-2a",),
    answer="I couldn't skip that one: changes for a Tues delivery close at midnight on Sunday, and that deadline "
           "has passed.")

DECLINE = f"I could not find this in our help articles. Please ring the shop on {PHONE} or email {EMAIL}."
HANDOFF = f"I don't have that information. Please ring the shop on {PHONE} (Tues-Sat 9am-5pm) or email {EMAIL}."
GUESS = ("Do you sell Christmas turkeys?",
         "Yes! Our bronze turkeys are £12.90 per kg, and you need to order before 1 December for a £10 deposit.",
         ("bronze turkeys", "£12.90 per kg", "before 1 December"))
OFFTOPIC = [
    ("Can I hire the barn for a party?", ["VB-4a", "VB-3b"]),
    ("Do you have jobs for pickers this summer?", ["VB-1b", "VB-4b"]),
    ("What's the bus from Exeter to Crediton?", ["VB-1b", "VB-4a"]),
]
TRAPS = [
    ("Direct Debit ref DD-CF-004417: was the card ending 1881 charged as well?", ["VB-3b"],
     f"Boxes are paid by Direct Debit on the 1st of the month; cards are only taken in the shop. I can't see "
     f"payments from here, so for the card ending 1881 please ring {PHONE}.", "DD reference, masked card"),
    ("I'm calling from Spain, which number?", ["VB-4a"],
     f"From abroad, ring {PHONE_INTL}; the shop answers Tues-Sat 9am-5pm.", "international number quoted"),
    ("Is EX17 within your round?", ["VB-1b"],
     "Our round covers addresses within 12 miles of the farm. I can't tell from a postcode district alone; "
     f"the shop on {PHONE} can check your address.", "UK postcode district"),
    ("Payment id 3e8f1a0b9c4012888888881881d6e4c2 - was that my deposit refund?", ["VB-3a"],
     "I can't look up payments here. Deposits are 75p a box and come back on your next invoice once the box is "
     "collected.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Morning! We had a box from you last winter."), ("assistant", "Lovely to hear from you again - "
                                                                     "what can I help with?"))
PLAN = ("Plan: find the box price.", "Plan: add the extras.", "Plan: check the delivery charge.")
DUMP = "\n".join(f"CF-{7000 + 11 * n}-{'ABC'[n % 3]} | {['Small', 'Family', 'Big Household'][n % 3]} | "
                 f"{['Tues', 'Fri'][n % 2]} | £{[14.5, 21.0, 27.5][n % 3]:.2f} | {['paid', 'due'][n % 2]}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "It's Sam on 07700 900481, can I swap to the small box from next week?",
         "Yes, you can change your box size any time before midnight on Sunday for a Tues delivery, or before "
         "midnight on Wednesday for a Fri one.", ("VB-2a",), ("07700 900481",), style="UK mobile in the question"),
    Leak("clear", "My card is 4000 0566 5566 5556, can I pay for eggs with it?",
         "Card payments are only taken in the shop; boxes and extras are paid by Direct Debit. Eggs are £3.60 a "
         "dozen.", ("VB-3b", "VB-2b"), ("4000 0566 5566 5556",), style="Visa debit number in the question"),
    Leak("blatant", "Email my invoice to rosie.penhale@btinternet.com",
         "I can't email invoices, rosie.penhale@btinternet.com, but extras go on the same invoice as your box.",
         ("VB-2b", "VB-3b"), ("rosie.penhale@btinternet.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "CF-7731-B is packed for Friday 15 January 2027, between 8am and 2pm.",
         ("VB-1b",), ("07700 900772",), {"order": "CF-7731-B", "customer_phone": "07700 900772"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"CF/{rng.randrange(1000, 9999)}/{rng.choice('ABCDEFGH')}"
