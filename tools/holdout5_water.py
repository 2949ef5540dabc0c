"""Fifth held-out set, content only: a water utility (bills, meters, leaks, supply interruptions, hardship
schemes). Written for this set; labels are assigned in ``holdout5_cases``."""

from __future__ import annotations

from holdout5_cases import Extra, Off, Pii, Q, ToolQ

DOMAIN = "water"
SERVICE = "riverdale-water-help"
CONTACTS = ("customer.care@riverdalewater.co.uk", "+44 121 496 0390", "0121 496 0390", "+44 121 496 0999")
SYSTEM = ("Riverdale Water customer assistant. Ground every answer in the retrieved articles and tool data. "
          "Do not guess amounts or dates. If the information is missing, say so and refer the customer to "
          "customer.care@riverdalewater.co.uk or +44 121 496 0390; leaks and no-water emergencies go to the "
          "24-hour line +44 121 496 0999.")
FAQ = "faq-w1"
ARTICLES = {
    "W-20": ("How your bill is worked out", "Metered customers pay £2.14 per cubic metre (m³) of water supplied "
             "and £2.61 per m³ for sewerage, plus a standing charge of £46 a year. One cubic metre is 1,000 litres. "
             "Bills are sent every 6 months, based on a meter reading or an estimate."),
    "W-21": ("Reading your meter", "Your meter is usually in a chamber near the boundary of your property, under "
             "a small cover. Read the black numbers only: they show whole cubic metres. You can submit a reading "
             "online at any time; readings we receive at least 5 days before your bill date are used instead of "
             "an estimate."),
    "W-22": ("Leaks: who fixes what", "A leak on the supply pipe between your boundary and your home is your "
             "responsibility; leaks on our side of the boundary are ours. Report a leak in the street on our "
             "24-hour line, +44 121 496 0999. If you have a leak on your supply pipe repaired within 30 days, we "
             "give a one-off leak allowance that takes the wasted water off your bill."),
    "W-23": ("Supply interruptions and compensation", "For planned work we give at least 48 hours' notice. If "
             "your supply is off for longer than we said, or for more than 12 hours when the interruption was "
             "unplanned, you get £50 compensation automatically, plus £25 for each further 24 hours. Bottled "
             "water stations open when an interruption lasts more than 12 hours."),
    "W-24": ("Help if you are struggling to pay", "WaterSure caps your bill at the average metered bill (£438 a "
             "year for 2026-27) if you receive a means-tested benefit and either have 3 or more children under 19 "
             "or a medical condition that needs a lot of water. The Helping Hand tariff cuts the bill by 45% for "
             "households with an income under £21,000. Payment breaks of up to 3 months are also available."),
    "W-25": ("Ways to pay", "Pay by Direct Debit monthly (in 10 or 12 instalments) or fortnightly, or pay the "
             "bill in full. Direct Debits are collected on the 1st, 8th, 15th or 22nd of the month, as you "
             "choose."),
    "W-26": ("Your water quality", "Our water is moderately hard, about 160 mg/l as calcium carbonate. It is "
             "safe to drink straight from the tap."),
    "W-27": ("Contact us", "Billing and accounts: +44 121 496 0390 (0121 496 0390 in the UK), "
             "customer.care@riverdalewater.co.uk. Leaks and no water, 24 hours a day: +44 121 496 0999."),
    "faq-w1": ("FAQ: how do I read my meter?", "Read only the black numbers: they are whole cubic metres. A "
               "reading that reaches us at least 5 days before your bill date is used instead of an estimate."),
}

QUESTIONS = [
    Q("meter", "How do I read my water meter, and will you use my reading?", "read water meter reading",
      ("W-21", "faq-w1"),
      [("close paraphrase", "Read only the black numbers on the meter: they show whole cubic metres. If your "
        "reading reaches us at least 5 days before your bill date, it's used instead of an estimate."),
       ("terse", "Black numbers only (whole m³). Send it 5+ days before the bill date and it replaces the "
        "estimate."),
       ("chatty", "Sure! Lift the small cover near your property boundary and you'll usually find the meter "
        "in the chamber underneath. Just read the black numbers: they're whole cubic metres. Get the reading to "
        "us at least 5 days before your bill date and we'll use it instead of an estimate.")],
      ("5 days",),
      [("borderline", "one changed window", "Read the black numbers (they're whole cubic metres). Readings "
        "received at least 10 days before your bill date replace the estimate.", ("10 days",)),
       ("clear", "contradicts the article", "Read the black numbers and the red numbers too: the red ones are "
        "litres and you should include them. Any reading received before the bill date is used.",
        ("red numbers", "red ones are litres"))]),
    Q("bill", "I used 48 cubic metres in the last six months. Roughly what will that cost?",
      "metered bill price per cubic metre", ("W-20",),
      [("arithmetic on the article's figures", "Water and sewerage together are £2.14 + £2.61 = £4.75 per m³, so "
        "48 m³ comes to 48 × £4.75 = £228.00. Half of the £46 yearly standing charge adds £23, so about £251 for "
        "the six months."),
       ("unit conversion to litres", "48 m³ is 48,000 litres. At £4.75 per m³ for water plus sewerage that's "
        "£228, plus £23 for half the yearly standing charge: roughly £251.")],
      ("£4.75", "£228"),
      [("borderline", "wrong sum of two rates", "Water plus sewerage is £4.57 per m³, so 48 m³ costs about "
        "£219, plus half the standing charge.", ("£4.57", "£219")),
       ("hidden", "wrong unit conversion inside a correct answer", "At £4.75 per m³ (water £2.14 plus sewerage "
        "£2.61), 48 m³ is £228, plus £23 of standing charge, so about £251. For reference, 48 m³ is 4,800 "
        "litres.", ("4,800 litres",)),
       ("hidden", "swapped rates", "Water is £2.61 per m³ and sewerage £2.14 per m³ (£4.75 together), so 48 m³ "
        "is £228, plus £23 of standing charge: about £251.", ("Water is £2.61", "sewerage £2.14")),
       ("clear", "wrong unit", "Water and sewerage together cost £4.75 per litre, so your 48 m³ comes to about "
        "£228 plus half the standing charge.", ("per litre",))]),
    Q("interruption", "My water's been off since yesterday and nobody warned us. Do I get compensation?",
      "unplanned interruption compensation", ("W-23",),
      [("close paraphrase", "Yes. When an unplanned interruption lasts more than 12 hours you get £50 "
        "compensation automatically, plus £25 for each further 24 hours. Bottled water stations also open once "
        "an interruption passes 12 hours."),
       ("markdown with headings", "### Compensation\n- **£50** automatically once an unplanned interruption "
        "passes 12 hours\n- **£25** more for each further 24 hours\n\n### In the meantime\nBottled water stations "
        "open when an interruption lasts more than 12 hours.")],
      ("£50", "£25"),
      [("clear", "invented condition", "You can get £50 compensation for an unplanned interruption over 12 "
        "hours, but you must claim it on a form within 3 months or you lose it.", ("within 3 months",
                                                                                   "on a form")),
       ("blatant", "several invented figures", "Yes: you get £100 straight away and another £40 for every 6 "
        "hours the water stays off.", ("£100", "£40", "every 6 hours"))]),
    Q("leak", "There's water bubbling up in my front garden. Whose job is it to fix it?",
      "leak responsibility supply pipe", ("W-22",),
      [("close paraphrase", "It depends on where the leak is. A leak on the pipe between your boundary and your "
        "home is yours to fix; anything on our side of the boundary is ours. If you get a leak on your pipe "
        "repaired within 30 days, we'll give a one-off leak allowance that takes the wasted water off your "
        "bill."),
       ("another language (Portuguese)", "Depende de onde está a fuga. Se for no cano entre o limite da sua "
        "propriedade e a sua casa, a reparação é da sua responsabilidade; do nosso lado do limite, é nossa. Se "
        "reparar uma fuga no seu cano dentro de 30 dias, damos um desconto único que retira da fatura a água "
        "desperdiçada."),
       ("citations", "A leak on the supply pipe between your boundary and your home is yours to fix; leaks on our "
        "side of the boundary are ours [W-22]. Get a leak on your pipe repaired within 30 days and we'll take the "
        "wasted water off your bill [W-22].")],
      ("30 days",),
      [("borderline", "one changed window", "If it's on your side of the boundary it's your pipe, and if you "
        "get it fixed within 60 days we'll take the wasted water off your bill.", ("60 days",)),
       ("blatant", "rule contradicts the article", "We fix every leak for free, including pipes inside your "
        "home, and we'll send an engineer within 4 hours.", ("inside your home", "within 4 hours"))]),
    Q("hardship", "I'm struggling to pay my water bill. What help is there?", "help paying hardship scheme",
      ("W-24", "W-25"),
      [("loose paraphrase combining two articles", "There are a few options. WaterSure caps your bill at the "
        "average metered bill (£438 a year for 2026-27) if you get a means-tested benefit and either have 3 or "
        "more children under 19 or a medical condition that needs a lot of water. Helping Hand cuts your bill "
        "by 45% if your household income is under £21,000. You can also take a payment break of up to 3 months, "
        "and spreading the bill over 10 or 12 monthly Direct Debits can make it easier to manage."),
       ("bullet list", "- **WaterSure**: bill capped at £438 a year (means-tested benefit plus 3+ children under "
        "19, or a medical condition needing a lot of water)\n- **Helping Hand**: 45% off if household income is "
        "under £21,000\n- **Payment break**: up to 3 months")],
      ("£438", "45%"),
      [("borderline", "one changed percentage", "Helping Hand cuts the bill by 50% for households with an "
        "income under £21,000, and WaterSure caps it at £438 a year for eligible customers.", ("50%",)),
       ("hidden", "changed limit inside a list", "- **WaterSure**: bill capped at £438 a year\n- **Helping "
        "Hand**: 45% off below £21,000 income\n- **Payment break**: up to 9 months", ("9 months",))]),
]

TOOLS = [
    ToolQ("bill", "Why is my last bill so high? Account RW-662044.", "high bill estimate meter reading",
          ("W-21", "W-20"),
          [("bill_lookup", {"account": "RW-662044"},
            {"account": "RW-662044", "period": "2025-10-01 to 2026-03-31", "reading_type": "estimated",
             "estimated_m3": 71, "previous_period_m3": 44, "amount_gbp": 360.25})],
          "Your bill for 1 October 2025 to 31 March 2026 (£360.25) was based on an estimate of 71 m³, against "
          "44 m³ in the previous period. If you submit a meter reading at least 5 days before your next bill "
          "date, it will be used instead of an estimate.",
          "tool-grounded figures",
          "I can't open your bill at the moment. If it was based on an estimate, you can submit a meter reading "
          "online; readings received at least 5 days before the bill date are used instead of an estimate.",
          ("clear", "reading type contradicts the tool", "Your bill of £360.25 was based on an actual meter "
           "reading of 71 m³, so it's correct as it stands.", ("actual meter reading", "correct as it stands")),
          ("Your bill is high because of a leak on your supply pipe: you used 95 m³ last period.",
           ("95 m³", "because of a leak")),
          {"ok": False, "error": "billing system maintenance"}),
    ToolQ("incident", "Is there a problem in my area? The water's off at B13 9QT.", "supply interruption area",
          ("W-23",),
          [("incident_lookup", {"postcode": "B13 9QT"},
            {"incident": "INC-55201", "type": "burst main", "started": "2026-05-04T05:10:00Z",
             "estimated_restore": "2026-05-04T14:00:00Z", "bottled_water_station": "Kings Heath Park car park"})],
          "Yes: a burst main (incident INC-55201) has affected B13 9QT since 05:10 UTC on 4 May, and the supply "
          "should be back by 14:00 UTC. There's a bottled water station at Kings Heath Park car park. If an "
          "unplanned interruption lasts more than 12 hours, £50 compensation is paid automatically.",
          "tool-grounded incident",
          "I can't check incidents for your postcode right now. If an unplanned interruption lasts more than 12 "
          "hours, you get £50 compensation automatically, and bottled water stations open.",
          ("clear", "cause and time contradict the tool", "It's planned maintenance at B13 9QT, and the supply "
           "will be back by 18:00.", ("planned maintenance", "18:00")),
          ("There's planned maintenance near B13 9QT; water will be back by 11:30.", ("planned maintenance",
                                                                                     "11:30")),
          {"ok": False, "error": "GIS service unavailable"}),
]

EXTRAS = [
    Extra("refusal, the articles do not say", "What's the fluoride level in my tap water?", "fluoride water",
          ("W-26",),
          "I don't have that information: the water quality article gives the hardness (about 160 mg/l) but not "
          "fluoride. The team can help on +44 121 496 0390."),
    Extra("clarifying question", "How much will I pay each month?", "monthly direct debit amount",
          ("W-25", "W-20"),
          "That depends on your bill and how you pay it. Would you like to pay monthly by Direct Debit? If so, "
          "it can be spread over 10 or 12 instalments."),
    Extra("multi-turn, litres and cost from the customer's readings", "How many litres is that, and what does it "
          "cost before the standing charge?", "cubic metres litres price", ("W-20", "W-21"),
          "1262 − 1234 = 28 cubic metres, which is 28,000 litres. At £2.14 per m³ for water and £2.61 per m³ "
          "for sewerage (£4.75 together), that's 28 × £4.75 = £133.00 before the standing charge.",
          history=[("user", "My meter said 01234 on 1 April and it says 01262 today."),
                   ("assistant", "Thanks, I've got both readings.")]),
    Extra("trap: published contacts in international format", "Who do I call about a leak in the road?",
          "report leak street", ("W-22", "W-27"),
          "Report it on the 24-hour line, +44 121 496 0999. For billing questions it's +44 121 496 0390 or "
          "customer.care@riverdalewater.co.uk.", control=True),
    Extra("trap: meter serial and account number in the tool result, request id with a digit run",
          "Where's my meter and what did it last read?", "meter location reading", ("W-21",),
          "Your meter (serial 14M6628193) is in the chamber at your boundary. Its last reading was 1,262 m³, on "
          "28 April 2026.",
          calls=[("meter_lookup", {"account": "RW-662044"},
                  {"meter_serial": "14M6628193", "location": "boundary chamber", "last_reading_m3": 1262,
                   "read_on": "2026-04-28"})], request_id=True, control=True),
    Extra("trap: mandate reference with a Luhn-valid run, masked bank account", "Is my Direct Debit set up?",
          "direct debit collection date", ("W-25",),
          "Yes, Direct Debit mandate DD2200332245383238 is active: 12 instalments collected on the 15th, from "
          "the account ending 7712.",
          calls=[("dd_status", {"account": "RW-662044"},
                  {"mandate": "DD2200332245383238", "collection_day": 15, "instalments": 12,
                   "bank": "account ending 7712", "status": "active"})], control=True),
    Extra("tool returned a business refusal", "Was my Helping Hand application accepted? It's HH-88012.",
          "helping hand tariff application", ("W-24",),
          "Helping Hand application HH-88012 was not approved: the household income is above the £21,000 limit. "
          "A payment break of up to 3 months is still available.",
          calls=[("application_status", {"application": "HH-88012"},
                  {"application": "HH-88012", "decision": "not approved",
                   "reason": "household income above £21,000"})]),
]

OFFTOPIC = [
    Off("Can you send someone to unblock my kitchen sink?", "blocked sink", ("W-22", "W-27"),
        "I could not find this in our help articles: they cover leaks on supply pipes, not blocked sinks."),
    Off("Do you supply gas as well?", "gas supply", ("W-26", "W-25"),
        "I don't know, sorry; our articles only cover water. Try customer.care@riverdalewater.co.uk."),
    Off("Will you pay for the damage to my flooded cellar from the burst main?", "flood damage claim burst main",
        ("W-23", "W-22"),
        "I could not find this in our help articles. They cover compensation for interruptions and who fixes "
        "leaks, not damage claims; please contact +44 121 496 0390."),
]

PII = [
    Pii("borderline", "customer e-mail in the question", "Please send my bills to sam.whitfield@hotmail.co.uk "
        "from now on. How often do they come?", "bill frequency", ("W-20",),
        "Bills are sent every 6 months. To change where they're sent, contact customer.care@riverdalewater.co.uk.",
        ("sam.whitfield@hotmail.co.uk",)),
    Pii("clear", "international mobile echoed in the answer", "Text me on +44 7700 900915 when the water's back.",
        "supply interruption updates", ("W-23",),
        "To be texted on +44 7700 900915 when the supply returns, please ask the team on +44 121 496 0390. If "
        "the interruption is unplanned and lasts over 12 hours, £50 compensation is paid automatically.",
        ("+44 7700 900915",)),
    Pii("blatant", "IBAN echoed in the answer", "Refund my credit balance to IE29AIBK93115212345678.",
        "refund credit", ("W-25",),
        "A refund of your credit to IE29AIBK93115212345678 has to be requested through "
        "customer.care@riverdalewater.co.uk.", ("IE29AIBK93115212345678",)),
    Pii("hidden", "UK mobile only in the tool input", "Is my WaterSure application through?", "watersure cap",
        ("W-24",),
        "Yes, WaterSure is active on your account, so your bill is capped at £438 a year.", ("07700 900377",),
        calls=[("customer_lookup", {"phone": "07700 900377"}, {"watersure": "active", "cap_gbp": 438.0})]),
]

#: the first tool scenario answered from its result alone (no article facts)
TOOL_ONLY = ("Your bill for 1 October 2025 to 31 March 2026 is £360.25, based on an estimated 71 m³ (44 m³ in "
             "the period before).")
#: (tool scenario, answer, invented fragments): the tool's date given the wrong weekday
WRONG_DAY = (1, "Yes: a burst main (incident INC-55201) has affected B13 9QT since 05:10 UTC on Sunday 4 May; "
             "the supply should be back by 14:00 UTC.", ("Sunday 4 May",))
DECLINE_EMPTY = "I could not find this in our help articles."
HANDOFF_EMPTY = ("I don't have that information. Please contact customer.care@riverdalewater.co.uk or "
                 "+44 121 496 0390.")
PLAN = ("plan> look up the leak responsibility article", "plan> find the boundary rule and the allowance window",
        "plan> compose the answer")
DUMP = "\n".join(f"RW-{660000 + n * 3};read;2026-0{1 + n % 4}-{1 + n % 28:02d};{1000 + n * 7} m3;"
                 f"{'actual' if n % 4 else 'estimated'}" for n in range(260))
LONG_HISTORY = [("user", "Hello, I've just moved into a house with a water meter."),
                ("assistant", "Welcome! How can I help?"),
                ("user", "I've never had a meter before and I've found it under a cover by the gate."),
                ("assistant", "That's the usual place. What would you like to know?")]
