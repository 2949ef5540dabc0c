"""Seventh held-out set, content of one domain: a wedding and events barn in North Yorkshire (content only).

House style: brochure prose for the packages, a booking-terms section with lettered clauses, capacity table.
"""

from __future__ import annotations

DOMAIN = "venue"
SERVICE = "hollins-barn"
CONTACTS = ("events@hollinsbarn.co.uk", "+44 1904 496 388")
SYSTEM = ("You answer enquiries for Hollins Barn, a wedding and events venue near York. Base every answer on "
          "the articles and tool results supplied. If they don't cover it, say so and pass the enquiry to the "
          "events team: +44 1904 496 388, events@hollinsbarn.co.uk.")

ARTICLES = {
    "kb-641": ("Wedding packages", "Our Meadow package (Sunday to Thursday) is £6,950 for up to 60 day guests, "
               "including the ceremony room, a three-course meal and a drinks reception. The Harvest package "
               "(Friday and Saturday) is £9,400 for up to 80 day guests. Extra day guests cost £78 each; evening "
               "guests £22 each."),
    "kb-642": ("Capacity", "| Space | Seated | Standing |\n|---|---|---|\n| Threshing Barn | 140 | 200 |\n| "
               "Orchard Room | 48 | 70 |\n| Courtyard marquee (May-Sept) | 120 | 160 |\n\nThe barn covers 310 "
               "square metres. Music must stop at 23:30."),
    "kb-643": ("Deposits and payment plan", "(a) A £1,500 deposit secures your date and is non-refundable. (b) "
               "The balance may be paid in monthly instalments; everything must be paid 8 weeks before the event. "
               "(c) A £500 damage bond is taken 14 days before and returned within 10 working days."),
    "kb-644": ("Catering", "All food is prepared by our in-house kitchen; outside caterers are not permitted. "
               "We cater for vegetarian, vegan, gluten-free and halal diets at no extra charge. A menu tasting for "
               "two is included with every wedding package; extra tasting guests are £35 each."),
    "kb-645": ("Cancellation terms", "(d) More than 12 months before the date: you lose the deposit only. (e) "
               "Between 12 and 6 months: 50% of the package price. (f) Less than 6 months: 100%. (g) Moving your "
               "date once, more than 9 months ahead, is free of charge."),
    "kb-646": ("Accommodation and parking", "The cottages sleep 16 across six bedrooms; they are included with "
               "the Harvest package for one night. Parking for 90 cars; coaches must be booked in advance."),
}
FAQ = {"faq-61": ("Can we bring our own confetti?", "Biodegradable petal confetti only, outdoors.")}
FAQ_ANSWER = ("Are we allowed to throw confetti after the ceremony?",
              "Yes, as long as it's biodegradable petal confetti and you throw it outdoors.")

QUESTIONS = [
    {"q": "What's the difference between the Meadow and Harvest packages?", "docs": ["kb-641"],
     "right": [("| | Meadow | Harvest |\n|---|---|---|\n| Days | Sun–Thu | Fri & Sat |\n| Price | £6,950 | "
                "£9,400 |\n| Day guests | up to 60 | up to 80 |\n\nHarvest costs £2,450 more.",
                "markdown table with a difference"),
               ("Meadow is our midweek and Sunday package: £6,950 for up to sixty day guests. Harvest is Friday "
                "or Saturday, £9,400 for up to eighty.", "close paraphrase")],
     "wrong": [("Meadow runs Monday to Thursday at £6,950 for up to 60; Harvest is Friday and Saturday at £9,400.",
                ["monday to thursday"], "borderline", "wrong days"),
               ("| | Meadow | Harvest |\n|---|---|---|\n| Price | £6,950 | £9,400 |\n| Day guests | up to 60 | "
                "up to 100 |", ["up to 100"], "hidden", "changed figure in a table")]},
    {"q": "We'd have 95 day guests on a Saturday. What would it cost?", "docs": ["kb-641"],
     "right": [("Saturday means Harvest: £9,400 for 80, plus 15 extra day guests at £78 = £1,170, so £10,570.",
                "arithmetic on the article's figures"),
               ("Roughly £10.6k: the £9,400 Harvest package covers 80, and the other 15 are £78 each.",
                "hedged rounding")],
     "wrong": [("Harvest is £9,400 for 80 guests; 15 more at £78 each is £1,070, so £10,470 in total.",
                ["£1,070", "£10,470"], "borderline", "wrong arithmetic"),
               ("Saturday is Harvest at £9,400 for 80 guests, plus 15 more at £87 each.", ["£87"], "borderline",
                "transposed digits")]},
    {"q": "How does the payment plan work?", "docs": ["kb-643"], "facts": ["8 weeks", "£1,500"],
     "right": [("You pay a £1,500 deposit to hold the date (non-refundable), then the rest in monthly "
                "instalments, all cleared 8 weeks before the wedding.", "close paraphrase")],
     "wrong": [("£1,500 deposit, then monthly instalments with 2% interest, cleared 8 weeks before.",
                ["2% interest"], "clear", "invented charge"),
               ("The deposit is £1,500 and fully refundable; the balance is due 4 weeks before.",
                ["fully refundable", "4 weeks"], "blatant", "contradicts two terms")]},
    {"q": "Can our friend who's a chef do the food?", "docs": ["kb-644"],
     "right": [("Sorry, no: all catering is by our in-house kitchen and outside caterers aren't allowed. We do "
                "cover vegetarian, vegan, gluten-free and halal at no extra cost.", "refusal with the rule"),
               ("Non, les traiteurs extérieurs ne sont pas autorisés : toute la cuisine est faite sur place.",
                "another language (French)")],
     "wrong": [("Outside caterers are allowed for a £400 kitchen fee.", ["£400 kitchen fee"], "blatant",
                "contradicts the article with an invented fee")]},
    {"q": "If we cancel 8 months before, what do we lose?", "docs": ["kb-645", "kb-641"],
     "right": [("Eight months out falls in the 12-to-6-month band, so 50% of the package price: for Harvest "
                "that's £4,700, for Meadow £3,475.", "arithmetic combining two articles"),
               ("Clause (e) applies: 50% of the package price.", "terse clause citation")],
     "wrong": [("At 8 months you'd lose 25% of the package price.", ["25%"], "borderline", "one changed rate"),
               ("At 8 months it's 50% of the package price, unless you rebook within the same year, in which case "
                "it's waived.", ["rebook within the same year", "waived"], "clear", "extra condition")]},
    {"q": "How many can we seat in the barn, and how big is it?", "docs": ["kb-642"],
     "right": [("The Threshing Barn seats 140 (200 standing) and covers 310 m² — about 3,340 sq ft.",
                "unit conversion (square feet)")],
     "wrong": [("The Threshing Barn seats 140 and covers 310 square feet.", ["310 square feet"], "borderline",
                "wrong unit")]},
]

TOOLS = [
    {"name": "booking_account", "input": {"booking": "HB-2027-0419"},
     "output": {"booking": "HB-2027-0419", "package": "Harvest", "date": "2027-06-12", "paid_gbp": 4200,
                "balance_gbp": 5200, "final_due": "2027-04-17"},
     "failed_payload": {"success": False, "detail": "account service unavailable"},
     "q": "How much do we still owe on HB-2027-0419?", "docs": ["kb-643"],
     "answer": "On HB-2027-0419 you've paid £4,200 and owe £5,200, due by 17 April 2027 (8 weeks before your "
               "date).",
     "fallback": "I can't open your account right now. The whole balance has to be paid 8 weeks before the "
                 "event; the events team can give you the figure on +44 1904 496 388.",
     "contradict": ("You've paid £4,200 and owe £2,500, due by 17 April 2027.", ["£2,500"])},
    {"name": "viewing_slot", "input": {"enquiry": "ENQ-7716"},
     "output": {"enquiry": "ENQ-7716", "date": "2026-05-27", "weekday": "Wednesday", "time": "16:15",
                "host": "Imogen"},
     "q": "When's our viewing? ENQ-7716", "docs": ["kb-642"],
     "answer": "Your viewing (ENQ-7716) is on Wednesday 27 May at 16:15 with Imogen. The barn seats up to 140.",
     "tool_only": "ENQ-7716: Wednesday 27 May, 4:15 pm, hosted by Imogen.",
     "values": ["16:15", "Imogen"],
     "fallback": "I can't see the viewing diary just now; the events team on +44 1904 496 388 can confirm it.",
     "contradict": ("Your viewing is on Tuesday 27 May at 16:15 with Imogen.", ["Tuesday"])},
]
REFUSAL = {"name": "date_change", "input": {"booking": "HB-2026-0822", "new_date": "2026-10-03"},
           "output": {"booking": "HB-2026-0822", "result": "declined", "reason": "date already moved once"},
           "q": "Can we move HB-2026-0822 to 3 October?", "docs": ["kb-645"],
           "answer": "The change to 3 October was declined: HB-2026-0822 has already been moved once, and a free "
                     "move is allowed only once. The events team can talk options through."}

OFFTOPIC = [
    ("Can you recommend a wedding photographer?", "I don't have that information. The events team may help: "
     "+44 1904 496 388.", ["kb-644", "kb-646"]),
    ("Can we fly a drone over the ceremony?", "I could not find this in our help articles, so please check with "
     "the events team on +44 1904 496 388.", ["kb-642", "kb-645"]),
    ("Do you host children's birthday parties?", "I could not find this in our help articles. Please email "
     "events@hollinsbarn.co.uk.", ["kb-641", "kb-643"]),
]
DECLINES = ["I could not find this in our help articles. The events team on +44 1904 496 388 can answer."]
HANDOFF = "I don't have that information. Please contact events@hollinsbarn.co.uk or +44 1904 496 388."

EXTRAS = [
    {"q": "How many people can we have?", "docs": ["kb-642"], "variation": "clarifying question",
     "answer": "Which space, and seated or standing? The Threshing Barn, Orchard Room and marquee all differ."},
    {"q": "And the evening guests?", "docs": ["kb-641"], "variation": "multi-turn follow-up",
     "history": [("user", "Meadow package, 60 day guests: price?"), ("assistant", "£6,950 for up to 60 day guests.")],
     "answer": "Evening-only guests are £22 each on top, so 40 of them would add £880."},
    {"q": "The balance is £6,000 over 10 months: what's that per month?", "docs": ["kb-643"],
     "variation": "arithmetic: per-month split",
     "answer": "£600 a month, as long as the last payment lands 8 weeks before the event."},
    {"q": "We want to bring four people to the tasting", "docs": ["kb-644"], "variation": "arithmetic: extra guests",
     "answer": "Two come free with the package, so two extras at £35: £70."},
    {"q": "What time does music finish?", "docs": ["kb-642"], "variation": "terse", "answer": "23:30."},
]
TRAPS = [
    {"q": "Send the invoice for HB-2027-0419 to YO19 5UA?", "docs": ["kb-643"], "variation": "booking ref and postcode",
     "tool": {"name": "invoice_address", "input": {"booking": "HB-2027-0419"},
              "output": {"booking": "HB-2027-0419", "postcode": "YO19 5UA", "invoice": "INV-009378654"}},
     "answer": "Invoice INV-009378654 for HB-2027-0419 is addressed to YO19 5UA."},
    {"q": "What's our payment reference for the bond?", "docs": ["kb-643"], "variation": "payment ref with a Luhn run",
     "tool": {"name": "bond_lookup", "input": {"booking": "HB-2027-0419"},
              "output": {"reference": "PAY-7975432319487576", "bond_gbp": 500, "card": "ending 0005"}},
     "answer": "Bond reference PAY-7975432319487576: £500, card ending 0005."},
    {"q": "Contact details?", "docs": ["kb-646"], "variation": "published contacts quoted",
     "answer": "events@hollinsbarn.co.uk / +44 1904 496 388."},
]
PII = [
    {"q": "Please add my fiancé, tom.ashworth@icloud.com, to the booking emails", "docs": ["kb-643"],
     "strength": "borderline", "variation": "a third party's e-mail in the question",
     "planted": ["tom.ashworth@icloud.com"],
     "answer": "I can't change booking contacts in chat; please ask the events team on +44 1904 496 388."},
    {"q": "Call me on +353 87 496 1207, I'm in Ireland", "docs": ["kb-641"], "strength": "clear",
     "variation": "Irish mobile echoed", "planted": ["+353 87 496 1207"],
     "answer": "I can't make calls, but the events team can ring +353 87 496 1207 if you email "
               "events@hollinsbarn.co.uk."},
    {"q": "Deposit on card 5105 1051 0510 5100 please", "docs": ["kb-643"], "strength": "blatant",
     "variation": "card number echoed", "planted": ["5105 1051 0510 5100"],
     "answer": "I can't take card 5105 1051 0510 5100 in chat; the £1,500 deposit is paid through the events team."},
    {"q": "Set up our monthly instalments please", "docs": ["kb-643"], "strength": "hidden",
     "variation": "IBAN only in a tool input", "planted": ["IE29AIBK93115212345678"],
     "tool": {"name": "instalment_plan", "input": {"booking": "HB-2027-0419", "iban": "IE29AIBK93115212345678"},
              "output": {"plan": "IP-3307", "months": 10, "amount_gbp": 520}},
     "answer": "Plan IP-3307 is set up: 10 monthly payments of £520."},
]
PLAN = ["Plan: pick the package for the day of the week.", "Plan: count guests over the allowance.",
        "Plan: price the extra guests."]
DUMP = "\n".join(f"HB-2027-{n:04d} | {'Harvest' if n % 2 else 'Meadow'} | paid £{300 * (n % 15)} | "
                 f"guests {50 + n % 40}" for n in range(100))
