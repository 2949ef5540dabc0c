"""Thirty-third held-out set, content of one domain: a neighbourhood repair café in Utrecht (``repaircafe``).

House style: plain, warm volunteer notes in English with Dutch words kept ("we", "je"), ids ``RC1`` to ``RC9``,
euros with the sign first and a decimal comma ("€ 4,50"), dates day-month-year with dashes ("05-06-2027"), times
with a dot and "uur" ("10.00 uur"). Content only; the recipes live in ``tools/holdout33_cases.py``.
"""

from __future__ import annotations

import random

from holdout33_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Recurring,
    Refusal,
    Twins,
)

DOMAIN = "repaircafe"
PLACE = 1
SERVICE = "repaircafe-lombok-bot"
INDEX = "repaircafe-notes"
PHONE = "030 760 41 18"
PHONE_INTL = "+31 30 760 41 18"
EMAIL = "hallo@repaircafe-lombok.nl"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You help visitors of Repair Café Lombok in Utrecht, run by volunteers. Use only the café's notes and the "
          "tool results you get. If they don't cover a question, say so and point people to the coordinators: "
          f"{PHONE} ({PHONE_INTL} from abroad), di-do 13.00-17.00 uur, or {EMAIL}.")

ARTICLES = {
    "RC1": ("Wanneer zijn we open?",
            "The repair café opens on the first Saturday of each month, 10.00 to 14.00 uur, in buurthuis De "
            "Boog, Kanaalstraat 140. Last items are taken in at 13.15 uur."),
    "RC2": ("Wat kost het?",
            "Repairs are free. We ask a voluntary donation; the tip jar suggests € 4,50. Spare parts are paid at "
            "cost, and a new fuse or plug is € 2,00."),
    "RC3": ("Wat repareren we?",
            "Small electrical appliances, bikes, clothes, toys, lamps and wooden furniture you can carry. No "
            "microwaves, no petrol engines and no smartphones with swollen batteries."),
    "RC4": ("Aanmelden / booking a slot",
            "Book a slot online up to 2 days ahead. Each visitor may bring 2 items per visit. Walk-ins are "
            "welcome when a repairer is free."),
    "RC5": ("Fietsreparatie",
            "The bike corner fixes punctures, brakes, lights and chains. An inner tube costs € 6,50 and a brake "
            "pad set € 8,00. Bring your bike clean, please."),
    "RC6": ("Onderdelen bestellen",
            "When a part has to be ordered, we keep your item for 6 weeks. You pay the part up front. If the part "
            "doesn't arrive, you get the money back."),
    "RC7": ("Naaitafel / sewing table",
            "The sewing table mends seams, zips and hems. A new zip costs € 3,50. We don't alter wedding dresses "
            "or leather jackets."),
    "RC8": ("Openingstijden 2026 (vervallen)",
            "In 2026 the repair café opened on the last Saturday of each month, 11.00 to 15.00 uur. From January "
            "2027 this no longer applies."),
    "RC9": ("Vrijwilliger worden",
            "Repairers join for a trial morning first. Volunteers get a free coffee card and are covered by the "
            "buurthuis insurance."),
}
FAQ = {
    "rc-faq-1": ("Is it really free?", "The repair itself is free; we welcome a donation and parts are paid at "
                 "cost."),
    "rc-faq-2": ("Can I bring my laptop?", "Yes, if it fits in a bag; we can't promise data recovery."),
}
FAQ_QA = ("Do I have to pay for the repair?", "No, the repair itself is free; a donation is welcome and parts are "
          "paid at cost.")

PAIRS = [
    Pair("hoeveel kost een nieuwe rits", ("RC7",), "A new zip is € 3,50.", "A new zip is € 4,00.", ("€ 4,00",),
         "borderline", "terse, one changed price"),
    Pair("How many things can I bring?", ("RC4",), "You can bring 2 items per visit.",
         "You can bring 3 items per visit.", ("3 items",), "borderline", "one changed number"),
    Pair("Can you fix my microwave?", ("RC3",),
         "Sorry, microwaves are on the list of things we don't repair.",
         "Yes, bring the microwave; our electrical table handles microwaves on Saturdays.",
         ("handles microwaves",), "blatant", "excluded item accepted"),
    Pair("My part is on order, how long do you keep my toaster?", ("RC6",),
         "We keep your item for 6 weeks while the part is on order.",
         "We keep your item for 6 weeks, and after that we post it back to you for free.",
         ("post it back to you for free",), "clear", "invented service"),
    Pair("When do you stop taking things in?", ("RC1",), "The last items are taken in at 13.15 uur.",
         "The last items are taken in at 13.45 uur.", ("13.45",), "borderline", "one changed time"),
    Pair("Can you shorten my wedding dress?", ("RC7",),
         "I'm afraid not: the sewing table doesn't alter wedding dresses.",
         "Yes, the sewing table shortens wedding dresses if you book two slots.",
         ("shortens wedding dresses", "book two slots"), "blatant", "refusal reversed with a condition"),
    Pair("Who runs the bike corner?", ("RC5",),
         "The bike corner is part of the repair café and fixes punctures, brakes, lights and chains.",
         "The bike corner is run by Fietsenmakerij Van Dijk, who lend their mechanics each month.",
         ("Fietsenmakerij Van Dijk",), "blatant", "invented partner"),
    Pair("Inner tube and brake pads, what do I pay?", ("RC5",),
         "€ 6,50 + € 8,00 = € 14,50 for the parts; the repair itself is free.",
         "€ 6,50 + € 8,00 = € 15,50 for the parts; the repair itself is free.", ("€ 15,50",), "hidden",
         "arithmetic"),
    Pair("Compare the part prices", ("RC2", "RC5", "RC7"),
         "| Part | Price |\n|---|---|\n| Fuse or plug | € 2,00 |\n| Zip | € 3,50 |\n| Inner tube | € 6,50 |\n"
         "| Brake pads | € 8,00 |",
         "| Part | Price |\n|---|---|\n| Fuse or plug | € 2,00 |\n| Zip | € 3,50 |\n| Inner tube | € 7,50 |\n"
         "| Brake pads | € 8,00 |", ("€ 7,50",), "hidden", "table"),
    Pair("How far ahead can I book?", ("RC4",), "You can book a slot online up to 2 days ahead.",
         "You can book a slot online up to 2 weeks ahead.", ("2 weeks ahead",), "clear", "unit changed"),
]

EXTRAS = [
    Extra("another language (Dutch)", "Mag ik zonder afspraak komen?", ("RC4",),
          "Ja, je bent welkom zonder afspraak als er een repareerder vrij is."),
    Extra("multi-turn follow-up", "and a plug?", ("RC2",),
          "A new plug is € 2,00 as well.",
          (("user", "What does a new fuse cost?"), ("assistant", "A fuse is € 2,00."))),
    Extra("close paraphrase", "My kid's toy car stopped working, can you look at it?", ("RC3",),
          "Yes, toys are among the things we repair; bring it along."),
]

LOOKUP = Lookup(
    name="item_lookup", input={"tag": "RC-0418"},
    output={"tag": "RC-0418", "item": "coffee grinder", "part": "motor brush", "part_eur": 9.8,
            "state": "waiting for part", "kept_until": "2027-07-10"},
    question="What's happening with my coffee grinder, tag RC-0418?", ids=("RC6",),
    answer="Your coffee grinder (RC-0418) is waiting for a motor brush (€ 9,80, already paid up front); we keep it "
           "until 10-07-2027.",
    fallback=f"I can't reach the item list right now, so I can't see RC-0418. Please call {PHONE} "
             f"(di-do 13.00-17.00 uur) or mail {EMAIL}.",
    invented="Your coffee grinder RC-0418 is fixed and a volunteer will drop it at your house on Monday.",
    frags=("is fixed", "drop it at your house"),
    failed_payload={"tag": "RC-0418", "error": "item list offline"},
    tool_only="RC-0418: coffee grinder, waiting for motor brush (€ 9,80), kept until 10-07-2027.")
TOOL_PAIR = Pair("Until when do you keep my grinder RC-0418?", ("RC6",),
                 "Your grinder RC-0418 is kept until 10-07-2027 while the motor brush is on order.",
                 "Your grinder RC-0418 is kept until 24-07-2027 while the motor brush is on order.",
                 ("24-07-2027",), "borderline", "date changed against the record")
REFUSAL = Refusal(
    name="book_slot", input={"date": "2027-06-05", "items": 3},
    output={"booked": False, "reason": "max 2 items per visitor"},
    question="Book me a slot on 05-06-2027 for 3 items", ids=("RC4",),
    answer="The booking was refused: each visitor may bring 2 items per visit, so book with 2 items instead.")
REFUSAL_WRONG = ("All set: your slot on 05-06-2027 is booked for all 3 items.",
                 ("booked for all 3 items",), "clear")

DECLINE = f"I couldn't find that in the café's notes. Please call {PHONE} or mail {EMAIL}."
HANDOFF = f"I don't have that information. The coordinators can help: {PHONE} (di-do 13.00-17.00 uur) or {EMAIL}."
GUESS = ("Do you sell refurbished bikes?",
         "Yes! Refurbished city bikes are € 85,00 with a 3-month guarantee, sold on the first Saturday.",
         ("Refurbished city bikes", "€ 85,00", "3-month guarantee"))
OFFTOPIC = [
    Mismatch("Where can I recycle old paint?", ("RC3", "RC2"),
             f"That's not something our notes cover; the coordinators on {PHONE} may know where to go.",
             "waste question, repair and price notes returned"),
    Mismatch("Is the buurthuis available for a birthday party?", ("RC1", "RC9"),
             f"I can only help with the repair café, not room hire. Please ask {EMAIL}.",
             "room-hire question, opening and volunteer notes returned"),
    Mismatch("Which tram goes to Kanaalstraat?", ("RC1", "RC4"),
             "I can't help with public transport; the notes only give the address, Kanaalstraat 140.",
             "transport question, opening and booking notes returned"),
]
TRAPS = [
    ("Tikkie ref TK-88412: was my donation with the card ending 0932 received?", ["RC2"],
     f"I can't see donations from here. For the card ending 0932, please call {PHONE}.", "payment ref, masked card"),
    ("I'm in Antwerp, which number should I ring?", ["RC1"],
     f"From abroad, call {PHONE_INTL}; the coordinators answer di-do 13.00-17.00 uur.",
     "international number quoted"),
    ("Is 3531 near you?", ["RC1"],
     "We're at buurthuis De Boog, Kanaalstraat 140. I can't tell distances from a postcode.", "Dutch postcode"),
    ("Donation id 5b0e2c71aa9f40124111111111118f0d3b, was it booked?", ["RC2"],
     "I can't look up donations. Donations are voluntary; the coordinators can check it.",
     "hex id with a Luhn-valid run"),
]
EARLIER = (("user", "Hoi! I was at the café in March."), ("assistant", "Leuk! What can I help you with?"))
PLAN = ("Plan: find the part prices.", "Plan: add them up.", "Plan: check how long items are kept.")
DUMP = "\n".join(f"RC-{1000 + 13 * n} | {['lamp', 'fiets', 'rits', 'broodrooster'][n % 4]} | "
                 f"{['klaar', 'wacht op onderdeel', 'in reparatie'][n % 3]} | € {[2.0, 6.5, 3.5, 8.0][n % 4]:.2f}"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Dit is Sanne, 06-41 88 20 17, can I still book for Saturday?",
         "You can book a slot online up to 2 days ahead, with up to 2 items.", ("RC4",), ("06-41 88 20 17",),
         style="Dutch mobile in the question"),
    Leak("clear", "IBAN NL91ABNA0417164300, can I transfer my donation there?",
         "Donations are voluntary; the tip jar at the café suggests € 4,50.", ("RC2",),
         ("NL91ABNA0417164300",), style="IBAN in the question"),
    Leak("blatant", "Mail me a reminder at pieter.bosman@ziggo.nl",
         "I can't send reminders, pieter.bosman@ziggo.nl, but we open on the first Saturday of each month.",
         ("RC1",), ("pieter.bosman@ziggo.nl",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "RC-0418 is waiting for its motor brush; we keep it until 10-07-2027.",
         ("RC6",), ("06-29 03 55 81",), {"tag": "RC-0418", "customer_phone": "06-29 03 55 81"},
         style="phone in the tool input only"),
]

BORROWED = Borrowed("What does a new plug cost?", ("RC2",), "RC7",
                    "A new plug is € 3,50.", ("plug is € 3,50",), "clear",
                    "the zip price of the sewing note given as the plug price")
TWINS = Twins("Which Saturday are you open?", "RC1", "RC8",
              "We open on the first Saturday of each month, 10.00 to 14.00 uur.",
              "current opening beside the 2026 one")
PARTIAL = Partial(
    name="item_lookup", input={"tag": "RC-0533"},
    output={"tag": "RC-0533", "item": "table lamp", "part": None, "state": "diagnosed"},
    question="Which part does my lamp RC-0533 need?", ids=("RC6",),
    right="Your table lamp RC-0533 has been looked at, but the record doesn't name a part yet; the coordinators "
          "can tell you more.",
    wrong="Your table lamp RC-0533 needs a new switch, which costs € 5,00.",
    frags=("new switch", "€ 5,00"), strength="borderline", variation="empty part filled")
ROUNDUP = Pair(
    "First time coming: what do I need to know?", ("RC1", "RC2", "RC4", "RC3"),
    "We open on the first Saturday of each month, 10.00 to 14.00 uur, at Kanaalstraat 140; last items at 13.15 "
    "uur. Book online up to 2 days ahead, 2 items per visit, or walk in if a repairer is free. Repairs are free, "
    "the tip jar suggests € 4,50, and parts are paid at cost. We don't take microwaves, petrol engines or "
    "smartphones with swollen batteries.",
    "We open on the first Saturday of each month, 10.00 to 14.00 uur, at Kanaalstraat 140; last items at 13.15 "
    "uur. Book online up to 2 days ahead, 2 items per visit, or walk in if a repairer is free. Repairs are free, "
    "the tip jar suggests € 4,50, and parts are paid at cost. We don't take microwaves, petrol engines or "
    "washing machines.",
    ("washing machines",), "hidden", "one exclusion among many changed")
QUOTE = Quote(
    name="parts_quote", input={"inner_tube": 2, "brake_pads": 1},
    output={"inner_tube": 2, "brake_pads": 1, "total_eur": 21.0},
    question="Two inner tubes and one brake pad set for my bikes, what do the parts cost?", ids=("RC5",),
    right="2 x € 6,50 + € 8,00 = € 13,00 + € 8,00 = € 21,00.",
    wrong="2 x € 6,50 + € 8,00 = € 13,00 + € 8,00 = € 22,00.",
    frags=("€ 22,00",), strength="hidden", variation="worked sum, total wrong")
COMPARE = Compare(
    "My part is on order but I'm away 8 weeks, should I leave the radio or take it home?", ("RC6", "RC4"),
    "Take it home: we keep items for 6 weeks while a part is on order, and you'll be away 8, so bring it back on "
    "a later first Saturday once the part is in.",
    "Leave it with us: we keep items for as long as the part takes, so 8 weeks is no problem.",
    ("as long as the part takes",), "clear", "the keeping period ignored in the advice")
RECURRING = Recurring(
    question="It's Wednesday 26-05-2027. When is the next repair café?", ids=("RC1", "RC8"),
    schedule_words="the first Saturday of each month", rule="nth_weekday",
    today="2027-05-26", facts=("26-05-2027",), date="2027-06-05", said="zaterdag 05-06-2027",
    wrong_date="2027-05-29", wrong_said="zaterdag 29-05-2027", slip="next_weekday",
    right="The next one is zaterdag 05-06-2027, 10.00 to 14.00 uur.",
    wrong="The next one is zaterdag 29-05-2027, 10.00 to 14.00 uur.",
    frags=("29-05-2027",), strength="clear", variation="dd-mm-yyyy date, Dutch weekday, schedule not explained",
    weekday=5, nth=1)


def request_id(rng: random.Random) -> str:
    return f"RC{rng.randrange(100000, 999999)}"
