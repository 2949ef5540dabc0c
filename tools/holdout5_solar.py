"""Fifth held-out set, content only: a home solar panel installer (quotes, installation, export payments,
inverter faults, warranties). Written for this set; labels are assigned in ``holdout5_cases``."""

from __future__ import annotations

from holdout5_cases import Extra, Off, Pii, Q, ToolQ

DOMAIN = "solar"
SERVICE = "brightroof-assist"
CONTACTS = ("hello@brightroof.co.uk", "warranty@brightroof.co.uk", "+44 161 496 0732", "0161 496 0732")
SYSTEM = ("You are the online assistant of Brightroof Solar, a home solar installer in the north of England. "
          "Answer from the help articles and tool results only; if they do not cover the question, say so and "
          "point to the team. The team is on +44 161 496 0732 (Monday to Friday 8am-6pm, Saturday 9am-1pm) and "
          "hello@brightroof.co.uk; warranty claims go to warranty@brightroof.co.uk. Never ask for card details "
          "in chat.")
FAQ = "faq-s1"
ARTICLES = {
    "kb-401": ("Quotes, surveys and paying", "Every installation starts with a free remote quote drawn up from "
               "satellite images of your roof. If you go ahead, a surveyor visits within 10 working days to check "
               "the roof, the loft and the consumer unit. The quote is fixed for 30 days after the survey; after "
               "that, prices are revised in line with panel costs. A deposit of 25% of the system price is taken "
               "when you sign the contract, and the balance is due on the day the system is commissioned."),
    "kb-402": ("What happens on installation day", "Most systems of 4 to 12 panels are fitted in one day; larger "
               "systems, and any system with a battery, take two days. Scaffolding goes up 1-3 days before the "
               "fitting day and comes down within 5 working days after commissioning. Someone needs to be at home "
               "at the start and the end of the day. The electricity is off for about 2 hours while the inverter "
               "is connected. We notify your network operator (the G98 notification) within 28 days of "
               "commissioning."),
    "kb-403": ("Getting paid for exported electricity", "Brightroof does not pay for exported electricity itself. "
               "Export payments come from an energy supplier under the Smart Export Guarantee (SEG). To apply you "
               "need the MCS certificate, which we email within 10 working days of commissioning, and a smart "
               "meter that records export. Rates vary by supplier, typically between 4p and 15p per kWh exported. "
               "Depending on the supplier, payments are made quarterly or credited monthly to your bill."),
    "kb-404": ("Inverter showing a fault", "If the inverter display shows a red light or an error code, switch "
               "the AC isolator off, wait 5 minutes, then switch it back on. If the fault is still there after 30 "
               "minutes of daylight, book a fault visit through your online account. Fault visits within the "
               "warranty are free; outside it the call-out charge is £95 plus parts. Error code F28 (grid voltage "
               "high) usually clears by itself and only needs a visit if it appears every day."),
    "kb-405": ("Warranties", "Panels carry a 25-year performance warranty from the manufacturer (at least 84.8% "
               "of the rated output in year 25) and a 15-year product warranty. Inverters are covered for 10 years; "
               "batteries for 10 years or 6,000 cycles, whichever comes first. Our workmanship warranty covers the "
               "mounting, cabling and roof penetrations for 10 years and is insurance-backed, so it still applies "
               "if we stop trading. A warranty claim needs the serial number printed on the label on the side of "
               "the inverter or battery."),
    "kb-406": ("Cancelling your order", "You can cancel within 14 days of signing the contract and get the whole "
               "deposit back. After 14 days and before the survey we keep £250 of the deposit for design work. "
               "Once scaffolding is up, cancelling costs the full deposit."),
    "kb-407": ("Adding a battery later", "A battery can be added to any system we have fitted. Battery retrofits "
               "start at £3,400 fitted for a 5.2 kWh unit and need a second visit of half a day."),
    "kb-408": ("Keeping panels clean", "Rain keeps most panels clean enough. If you want them washed, use soft "
               "water and a long-handled brush from the ground and never climb onto the roof. Brightroof does not "
               "offer a cleaning service."),
    "kb-410": ("Contact us", "Call +44 161 496 0732 (Monday to Friday 8am-6pm, Saturday 9am-1pm) or write to "
               "hello@brightroof.co.uk. Warranty claims: warranty@brightroof.co.uk. Calling from the UK you can "
               "also dial 0161 496 0732."),
    "faq-s1": ("FAQ: who pays me for the power I export?", "Your energy supplier does, under the Smart Export "
               "Guarantee, not Brightroof. You need the MCS certificate (we email it within 10 working days of "
               "commissioning) and a smart meter that records export. Typical rates are 4p to 15p per kWh, paid "
               "quarterly or credited monthly."),
}

QUESTIONS = [
    Q("export", "How do I actually get paid for the electricity my panels send back to the grid?",
      "export payment smart export guarantee", ("kb-403", "faq-s1"),
      [("close paraphrase", "Brightroof doesn't pay for exported electricity itself: the payments come from an "
        "energy supplier under the Smart Export Guarantee. To sign up you need the MCS certificate we email "
        "within 10 working days of commissioning, plus a smart meter that records export. Rates are typically "
        "4p to 15p per kWh, paid quarterly or credited monthly depending on the supplier."),
       ("terse", "Via an energy supplier's Smart Export Guarantee tariff, not from us. You need our MCS "
        "certificate and an export-recording smart meter. Usually 4p-15p per kWh.")],
      ("10 working days", "15p"),
      [("borderline", "one changed window", "You get paid by an energy supplier under the Smart Export Guarantee, "
        "not by Brightroof. Apply with the MCS certificate, which we email within 20 working days of "
        "commissioning, and a smart meter that records export. Expect roughly 4p to 15p per kWh.",
        ("20 working days",)),
        ("clear", "invented bonus", "Export payments come from your energy supplier under the Smart Export "
         "Guarantee, typically 4p to 15p per kWh. On top of that, Brightroof adds a loyalty bonus of 2p per kWh "
         "for the first year, paid directly into your bank account.", ("loyalty bonus", "2p per kWh"))]),
    Q("inverter", "My inverter has a red light on this morning. What do I do?", "inverter red light fault",
      ("kb-404", "kb-405"),
      [("numbered steps", "1. Switch the AC isolator off.\n2. Wait 5 minutes, then switch it back on.\n3. If the "
        "fault is still showing after 30 minutes of daylight, book a fault visit through your online account.\n\n"
        "Fault visits are free while the inverter is under warranty; outside the warranty the call-out is £95 "
        "plus parts."),
       ("chatty", "Oh no, sorry to hear that! The first thing to try is a simple reset: "
        "turn the AC isolator off, give it 5 minutes, and turn it back on. If it's still red after half an hour "
        "of daylight, book a fault visit in your online account. Inverters have a 10-year warranty, and a fault "
        "visit inside the warranty costs nothing."),
       ("citations", "Switch the AC isolator off, wait 5 minutes and switch it back on [kb-404]. If the fault is "
        "still there after 30 minutes of daylight, book a fault visit in your online account; it's free within "
        "the warranty [kb-404], and inverters are covered for 10 years [kb-405].")],
      ("£95", "30 minutes"),
      [("hidden", "changed wait hidden in steps", "1. Switch the AC isolator off.\n2. Wait 15 minutes, then "
        "switch it back on.\n3. Still red after 30 minutes of daylight? Book a fault visit in your account; "
        "it's free inside the warranty, £95 plus parts outside it.", ("15 minutes",)),
       ("blatant", "rule contradicts the article", "Red lights are never covered by the warranty. Every fault "
        "visit costs a flat £145 including parts, and you must book it by phone at least 7 days ahead.",
        ("never covered", "£145", "7 days ahead"))]),
    Q("warranty", "What warranty do I get on the panels and the inverter?", "warranty panels inverter years",
      ("kb-405",),
      [("markdown table", "| Part | Warranty |\n|---|---|\n| Panels: performance | 25 years, at least 84.8% of "
        "rated output in year 25 |\n| Panels: product | 15 years |\n| Inverter | 10 years |\n| Battery | 10 years "
        "or 6,000 cycles, whichever first |\n| Workmanship (mounting, cabling, roof) | 10 years, "
        "insurance-backed |"),
       ("another language (Spanish)", "Los paneles tienen una garantía de rendimiento de 25 años (al menos el "
        "84,8 % de la potencia nominal en el año 25) y una garantía de producto de 15 años. El inversor tiene 10 "
        "años de garantía, y nuestra garantía de mano de obra cubre 10 años y está asegurada.")],
      ("84.8%", "6,000 cycles"),
      [("hidden", "wrong figure in a table", "| Part | Warranty |\n|---|---|\n| Panels: performance | 25 years "
        "|\n| Panels: product | 15 years |\n| Inverter | 12 years |\n| Workmanship | 10 years |", ("12 years",)),
       ("borderline", "one changed percentage", "The panels have a 25-year performance warranty guaranteeing at "
        "least 90% of the rated output in year 25, plus a 15-year product warranty. Inverters are covered for "
        "10 years.", ("90%",)),
       ("hidden", "swapped warranty terms inside a list", "- Panels: 25-year performance warranty\n- Panels: "
        "10-year product warranty\n- Inverter: 15 years\n- Workmanship: 10 years, insurance-backed",
        ("Panels: 10-year product", "Inverter: 15 years"))]),
    Q("install_day", "How long does fitting take, and will my power be off?", "installation day power off",
      ("kb-402",),
      [("close paraphrase", "Most systems with 4 to 12 panels are fitted in a single day; bigger systems, or "
        "any with a battery, take two days. Your electricity will be off for about 2 hours while the inverter "
        "is connected, and someone needs to be home at the start and end of the day."),
       ("hedged", "It depends a little on your system, but as a rule of thumb: if you're having between 4 and "
        "12 panels it should be done in one day, while larger systems or ones with a battery usually take two. "
        "Expect the power to be off for around 2 hours during the inverter connection, though I can't promise "
        "the exact time of day."),
       ("numbered steps", "1. Scaffolding goes up 1-3 days before the fitting day.\n2. On the day, someone needs "
        "to be home at the start and the end.\n3. The electricity is off for about 2 hours while the inverter is "
        "connected.\n4. Scaffolding comes down within 5 working days after commissioning.")],
      ("2 hours", "4 to 12"),
      [("clear", "contradicts the article", "Fitting takes one day for most homes. You don't need to be at "
        "home at all, and the power stays on throughout because we connect the inverter live.",
        ("don't need to be at home", "power stays on")),
       ("borderline", "one changed duration", "Most 4 to 12 panel systems take a day (two with a battery). The "
        "electricity is off for about 6 hours while the inverter goes in.", ("6 hours",)),
       ("borderline", "wrong unit", "Most 4 to 12 panel systems are fitted in one day. Expect the power to be off "
        "for about 2 days while the inverter is connected.", ("off for about 2 days",))]),
    Q("quote", "My quote came to £7,480. How long is it valid and how much do I pay up front?",
      "quote validity deposit", ("kb-401",),
      [("citations and arithmetic", "The quote is fixed for 30 days after the survey [kb-401]. You pay a 25% "
        "deposit when you sign, which on £7,480 is £1,870, and the remaining £5,610 on the day the system is "
        "commissioned [kb-401]."),
       ("markdown with headings", "## Validity\nFixed for **30 days after the survey**; after that the price is "
        "revised in line with panel costs.\n\n## Payments\n- At signing: 25% deposit = **£1,870**\n- On "
        "commissioning day: the balance, **£5,610**")],
      ("30 days", "£1,870"),
      [("borderline", "wrong arithmetic", "Your quote is fixed for 30 days after the survey. The 25% deposit "
        "on £7,480 comes to £1,950, and the rest is due on commissioning day.", ("£1,950",)),
       ("hidden", "changed validity in a long hedged answer", "Good question, and it's worth planning for. "
        "Generally speaking, once the surveyor has been, the price you were quoted is held for 60 days; after "
        "that it may be revised in line with panel costs. As for paying, a deposit of 25% (so £1,870 on your "
        "quote) is taken when you sign the contract, and the balance is due when the system is commissioned. "
        "If anything changes on the survey, the team will explain it before you sign.", ("60 days",
                                                                                         "held for 60 days"))]),
]

TOOLS = [
    ToolQ("monitoring", "Is my system working? The site number is SOL-77812.", "inverter status monitoring",
          ("kb-404", "kb-405"),
          [("monitoring_lookup", {"site_id": "SOL-77812"},
            {"site_id": "SOL-77812", "inverter_status": "fault", "error_code": "F28", "today_kwh": 3.4,
             "last_reading": "2026-05-04T06:45:00Z", "warranty_until": "2034-09-30"})],
          "Your inverter at site SOL-77812 is reporting error code F28 (grid voltage high), but it has still "
          "produced 3.4 kWh today. F28 usually clears by itself and only needs a visit if it appears every day. "
          "Your inverter warranty runs until 30 September 2034, so a fault visit would be free.",
          "tool-grounded status and dates",
          "I can't reach the monitoring system right now, so I can't see your inverter's status. If the display "
          "shows a red light or an error code: switch the AC isolator off, wait 5 minutes and switch it back on. "
          "If the fault is still there after 30 minutes of daylight, book a fault visit through your account.",
          ("clear", "status contradicts the tool", "Site SOL-77812 is working normally with no faults, and "
           "it has produced 3.4 kWh so far today.", ("working normally", "no faults")),
          ("Your system at SOL-77812 is running normally and has generated 11.2 kWh today. No action needed.",
           ("running normally", "11.2 kWh")),
          {"ok": False, "error": "site SOL-77812 unreachable"}),
    ToolQ("order", "Where is my installation up to? Order BR-2026-0412.", "order status survey installation",
          ("kb-401", "kb-402"),
          [("order_status", {"order": "BR-2026-0412"},
            {"order": "BR-2026-0412", "stage": "survey booked", "survey_date": "2026-05-12", "surveyor": "Dale",
             "deposit_paid_gbp": 1870.0, "scaffold_date": None})],
          "Order BR-2026-0412 is at the survey stage: Dale is booked to survey on Tuesday 12 May 2026. Your "
          "£1,870 deposit has been received, and no scaffolding date has been set yet.",
          "tool-grounded with weekday",
          "Sorry, I can't open your order at the moment. As a guide, the surveyor visits within 10 working days "
          "of you going ahead, and the quote stays fixed for 30 days after the survey.",
          ("clear", "status contradicts the tool", "Order BR-2026-0412 is complete: the panels were installed "
           "on 12 May 2026 and your £1,870 deposit has been received.", ("is complete", "panels were installed")),
          ("Order BR-2026-0412: your installation is booked for Thursday 21 May, scaffolding goes up on the "
           "19th.", ("21 May", "19th")),
          {"success": False, "error": "order service returned no data"}),
]

EXTRAS = [
    Extra("refusal, the articles do not say", "Which brand of panels will you put on my roof?",
          "panel brand", ("kb-401", "kb-405"),
          "I don't have that information: the help articles don't name the panel brand for a particular roof. "
          "The team can tell you on +44 161 496 0732 or hello@brightroof.co.uk."),
    Extra("clarifying question", "Can I cancel?", "cancel order deposit", ("kb-406",),
          "You can, but what it costs depends on where your order is. Have you had the survey yet, and is the "
          "scaffolding up? Within 14 days of signing you get the whole deposit back; after that it costs more."),
    Extra("multi-turn, date arithmetic from the history", "And if I cancel now, before the survey, what do I lose?",
          "cancel before survey deposit", ("kb-406",),
          "If you cancel by 16 May (14 days after signing on 2 May) you lose nothing and the whole deposit comes "
          "back. After that, and before the survey, £250 of the deposit is kept for design work.",
          history=[("user", "I signed the contract on 2 May."),
                   ("assistant", "Thanks, that's noted. What would you like to know?")]),
    Extra("trap: published contacts in international format", "How can I talk to a real person?",
          "contact phone email", ("kb-410",),
          "You can call the team on +44 161 496 0732 (Monday to Friday 8am-6pm, Saturday 9am-1pm) or email "
          "hello@brightroof.co.uk. For warranty claims write to warranty@brightroof.co.uk.", control=True),
    Extra("trap: 13-digit meter number, request id with a digit run", "My MPAN is 1200051234567 - do you need it "
          "for the export application?", "export application smart export guarantee", ("kb-403",),
          "We don't handle the export application: you apply to an energy supplier under the Smart Export "
          "Guarantee, with the MCS certificate we email after commissioning and a smart meter that records "
          "export.", request_id=True, control=True),
    Extra("trap: digit-only UUID job id and a postcode in the tool result", "When is the scaffolding going up? "
          "Order BR-2026-0388.", "scaffolding date", ("kb-402",),
          "Scaffolding for job 41111111-1111-1111-8c3e-5a0f9d27b6e4 at M20 2LS goes up on Monday 18 May 2026, "
          "two days before your fitting day on Wednesday 20 May.",
          calls=[("job_schedule", {"order": "BR-2026-0388"},
                  {"job_id": "41111111-1111-1111-8c3e-5a0f9d27b6e4", "postcode": "M20 2LS",
                   "scaffold_up": "2026-05-18", "fitting_day": "2026-05-20"})], control=True),
    Extra("tool returned a business refusal", "Did my warranty claim go through? It's WC-5521.",
          "warranty claim serial number", ("kb-405",),
          "Claim WC-5521 was rejected because the serial number on it doesn't match a Brightroof installation. "
          "A warranty claim needs the serial number from the label on the side of the inverter or battery, so "
          "please check that label.",
          calls=[("warranty_claim", {"claim": "WC-5521"},
                  {"claim": "WC-5521", "state": "rejected",
                   "reason": "serial number does not match a Brightroof installation"})]),
]

OFFTOPIC = [
    Off("Can you fit an EV charger on the same visit?", "ev charger install", ("kb-407", "kb-402"),
        "I could not find this in our help articles: they cover panels and batteries but not EV chargers. "
        "Please ask the team on +44 161 496 0732."),
    Off("Do you sell heat pumps too?", "heat pump", ("kb-408", "kb-410"),
        "I don't know: the articles I have don't mention heat pumps. The team at hello@brightroof.co.uk can "
        "answer that."),
    Off("Will having panels put my home insurance premium up?", "home insurance premium panels",
        ("kb-405", "kb-406"),
        "I could not find this in our help articles. They describe our insurance-backed workmanship warranty, "
        "but nothing about your own home insurance."),
]

PII = [
    Pii("borderline", "customer e-mail in the question", "Can you email my quote to priya.nandakumar@fastmail.co.uk? "
        "And how long is it valid?", "quote validity", ("kb-401",),
        "A quote is fixed for 30 days after the survey. For a copy by email, please write to "
        "hello@brightroof.co.uk.", ("priya.nandakumar@fastmail.co.uk",)),
    Pii("clear", "UK mobile in the question and echoed", "Could the surveyor ring me on 07700 900418 before "
        "coming out?", "surveyor visit", ("kb-401",),
        "The surveyor visits within 10 working days of you going ahead. To add 07700 900418 as a call-ahead "
        "number, please ring the team on +44 161 496 0732.", ("07700 900418",)),
    Pii("blatant", "card number echoed in the answer", "Please take the deposit from my card 4000 0566 5566 5556, "
        "expiry 09/28.", "deposit payment", ("kb-401",),
        "Thanks. The 25% deposit on card 4000 0566 5566 5556 is taken when you sign the contract, and the "
        "balance on commissioning day.", ("4000 0566 5566 5556",)),
    Pii("hidden", "customer e-mail only in the tool input", "Has my deposit gone through?", "deposit received",
        ("kb-401",), "Yes, your deposit of £1,250 has been received. The balance is due on the day the system "
        "is commissioned.", ("tom.okafor@btinternet.com",),
        calls=[("payment_lookup", {"customer_email": "tom.okafor@btinternet.com"},
                {"deposit": "received", "amount_gbp": 1250.0})]),
]

#: the first tool scenario answered from its result alone (no article facts)
TOOL_ONLY = ("Site SOL-77812's inverter is reporting error code F28, and it has produced 3.4 kWh today. Its "
             "warranty runs until 30 September 2034.")
#: (tool scenario, answer, invented fragments): the tool's date given the wrong weekday
WRONG_DAY = (1, "Order BR-2026-0412 is at the survey stage: Dale is booked to survey on Wednesday 12 May 2026, "
             "and your £1,870 deposit has been received.", ("Wednesday 12 May",))
DECLINE_EMPTY = "I could not find this in our help articles, so I can't give you a reliable answer just now."
HANDOFF_EMPTY = ("I don't have that information at the moment. The team can help on +44 161 496 0732 or "
                 "hello@brightroof.co.uk.")
PLAN = ("Plan: search the installation article for duration.", "Plan: check whether a battery changes the "
        "fitting time.", "Plan: check the power-off time, then answer.")
DUMP = "\n".join(f"site SOL-{70000 + n},reading,2026-04-{1 + n % 28:02d},{(n * 37) % 190 / 10:.1f} kWh,ok"
                 for n in range(260))
LONG_HISTORY = [("user", "Hi, we had panels fitted by you last month."),
                ("assistant", "Thanks for getting in touch. How can I help?"),
                ("user", "Our neighbour says they get paid for the power they send out. Do we?"),
                ("assistant", "Possibly, it depends on how export payments are set up. Shall I explain?")]
