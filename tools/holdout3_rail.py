"""Third held-out set, rail operator: Westmoor Rail's help centre, tools, questions and answers (content only)."""

from __future__ import annotations

import json

NAME = "rail"
SERVICE = "westmoor-rail-help"
PUBLIC = ("help@westmoorrail.co.uk", "0345 600 7241", "0345 600 7242", "+44 345 600 7242")
SYSTEM = ("You are the customer help assistant of Westmoor Rail, a train operator in the north of England. Answer "
          "only from the help-centre articles and tool results you are given; if they do not cover the question, "
          "say so and point the customer to help@westmoorrail.co.uk or 0345 600 7241.")
REFUSAL = "I could not find this in our help articles, sorry. Our team can help on 0345 600 7241."
HANDOFF = ("I don't have that information at the moment. Please email help@westmoorrail.co.uk or call "
           "0345 600 7241 and a colleague will sort it out.")

ARTICLES = {
    "wr-101": ("Delay Repay compensation",
               "If your Westmoor Rail train arrives 15-29 minutes late you can claim 25% of the single fare. For "
               "30-59 minutes the payment is 50% of the single fare, for 60-119 minutes 100% of the single fare, and "
               "for 120 minutes or more 100% of the return fare. Claims must be made within 28 days of the day of "
               "travel. We pay compensation back to the original payment card or as rail vouchers, whichever you "
               "choose."),
    "wr-102": ("Refunds and changes to tickets",
               "Unused Anytime and Off-Peak tickets can be refunded up to 28 days after the ticket expires; a £10 "
               "admin fee is deducted. Advance tickets are not refundable, but you can change the time or date "
               "before the booked train departs for a £10 admin fee plus any difference in fare. Refunds reach your "
               "account within 10 working days of approval."),
    "wr-103": ("Railcards",
               "The 16-25 Railcard costs £35 for one year and takes a third off most Standard and First Class fares. "
               "On journeys starting between 04:30 and 10:00 on weekdays a minimum fare of £12 applies, except in "
               "July and August. A digital Railcard lives in the Westmoor Rail app and cannot be transferred to "
               "another phone more than once a year."),
    "wr-104": ("Bikes on trains",
               "Folding bicycles travel free at any time and do not need a reservation. Full-size bikes need a free "
               "bike reservation, made at least 2 hours before departure; each train carries up to 2 full-size "
               "bikes. Electric scooters are not allowed on our trains or in our stations."),
    "wr-105": ("Season tickets and Flexi Season",
               "A Flexi Season gives 8 days of travel in any 28-day period between two named stations. Weekly, "
               "monthly and annual season tickets are sold for any route we run. If you lose a season ticket we "
               "will replace it once in any 12-month period for a £10 fee; the replacement is issued at the ticket "
               "office on production of photo ID."),
    "wr-106": ("Passenger Assist",
               "Passenger Assist helps anyone who needs support to board, change trains or leave a station. Book at "
               "least 2 hours before you travel in the app or on 0345 600 7242 (textphone 18001 0345 600 7242). "
               "Calling from outside the UK, dial +44 345 600 7242. Staff will meet you at the entrance you choose "
               "and can bring a ramp to the train door."),
    "wr-107": ("Luggage and pets",
               "Each passenger may bring up to 3 items of luggage: 2 large cases and 1 piece of hand luggage. Dogs "
               "and other small pets travel free, up to 2 per passenger, provided they are kept on a lead or in a "
               "closed carrier and do not occupy a seat."),
    "wr-108": ("Complaints and contacting us",
               "Email help@westmoorrail.co.uk or call 0345 600 7241, open 08:00-20:00 every day except Christmas Day. "
               "We reply to complaints within 20 working days. If you are unhappy with our final reply, or have not "
               "had one after 40 working days, you can take the complaint to the Rail Ombudsman free of charge."),
}

TOPICS = [
    ("My train from Harrogate got into Leeds 42 minutes late. What compensation can I claim?", ("wr-101",),
     {"close paraphrase": "For a delay of 30-59 minutes you can claim 50% of your single fare. Make the claim within "
                          "28 days of travel; we pay it to your original card or as rail vouchers.",
      "markdown table": "## Delay Repay\n\n| Delay | You get |\n|---|---|\n| 15-29 min | 25% of the single fare |\n"
                        "| 30-59 min | 50% of the single fare |\n| 60-119 min | 100% of the single fare |\n\n"
                        "At 42 minutes you're in the **30-59 minute** band, so 50% of the single fare. Claim within "
                        "28 days."},
     [("borderline", "claim window 28 days given as 14", "You can claim 50% of the single fare for a 42-minute "
       "delay. Claims must reach us within 14 days of travel.", "14 days"),
      ("clear", "correct band plus an invented goodwill voucher", "A 42-minute delay earns 50% of the single fare, "
       "claimable within 28 days. We'll also add a £5 goodwill e-voucher to every successful claim.", "goodwill")]),
    ("I didn't use my Off-Peak ticket. Can I get a refund?", ("wr-102",),
     {"terse": "Yes: unused Off-Peak tickets are refundable up to 28 days after expiry, minus a £10 admin fee.",
      "chatty": "Good news - yes you can! Because it's an Off-Peak ticket and you didn't use it, you can ask for a "
                "refund any time up to 28 days after it expires. We take off a £10 admin fee, and once it's "
                "approved the money lands in your account within 10 working days."},
     [("borderline", "admin fee £10 given as £5", "Yes, unused Off-Peak tickets can be refunded up to 28 days after "
       "expiry; we deduct a £5 admin fee.", "£5"),
      ("blatant", "several wrong figures and an invented rule", "Off-Peak tickets can only be refunded within 7 days "
       "of purchase, and only as rail vouchers; cash refunds are never given.", "7 days")]),
    ("Can I bring my bike on the 17:40 to Skipton?", ("wr-104",),
     {"citation": "If it's a folding bike, yes, free and with no booking [wr-104]. A full-size bike needs a free "
                  "reservation made at least 2 hours before departure, and each train takes up to 2 [wr-104].",
      "close paraphrase": "Folding bikes can always come along for free, no reservation needed. For a full-size "
                          "bike, reserve a space (it's free) at least 2 hours before the train leaves - there are "
                          "only 2 bike spaces per train."},
     [("borderline", "bike spaces 2 given as 4", "Folding bikes go free. Full-size bikes need a free reservation "
       "2 hours ahead; each train has room for 4 full-size bikes.", "4 full-size"),
      ("hidden", "wrong rule inside a markdown list", "### Bikes\n- Folding bikes: free, no booking\n- Full-size "
       "bikes: free reservation at least 2 hours before\n- E-scooters: allowed if folded", "allowed if folded")]),
    ("How much is the 16-25 Railcard and what does it save?", ("wr-103",),
     {"terse": "£35 a year; it takes a third off most Standard and First Class fares.",
      "markdown list": "**16-25 Railcard**\n\n- Price: £35 for one year\n- Saving: a third off most Standard and "
                       "First Class fares\n- Weekday journeys starting 04:30-10:00: minimum fare £12 (not in July "
                       "and August)"},
     [("blatant", "price, saving and validity all invented", "The 16-25 Railcard costs £30, halves every fare and "
       "is valid for three years.", "£30"),
      ("clear", "correct figures plus an invented perk", "It costs £35 for a year and gives a third off most fares. "
       "Holders also get free seat reservations on every route.", "free seat reservations")]),
    ("My mum uses a wheelchair. How do we arrange help at the station?", ("wr-106",),
     {"close paraphrase": "Book Passenger Assist at least 2 hours before you travel, in the app or on 0345 600 "
                          "7242. Staff will meet her at the entrance you pick and bring a ramp to the train door.",
      "chatty": "Happy to explain! Just book Passenger Assist at least two hours before the journey - use the app or "
                "call 0345 600 7242 (textphone 18001 0345 600 7242). Someone will meet you both at the entrance "
                "you choose and bring a ramp to the door of the train."},
     [("clear", "invented free taxi", "Book Passenger Assist 2 hours ahead on 0345 600 7242. If the station has "
       "steps, we'll also book her a free taxi to the next accessible station.", "taxi"),
      ("clear", "invented member of staff", "Book Passenger Assist at least 2 hours ahead on 0345 600 7242; our "
       "accessibility lead, Marion Hale, will meet her personally at the entrance.", "marion hale"),
      ("borderline", "booking notice 2 hours given as 24", "Please book Passenger Assist at least 24 hours before "
       "travelling, in the app or on 0345 600 7242.", "24 hours")]),
    ("Can I bring two dogs and a suitcase?", ("wr-107",),
     {"terse": "Yes. Up to 2 dogs travel free if on a lead or in a closed carrier and off the seats; a suitcase is "
               "fine (up to 3 items of luggage each).",
      "citation": "Yes - each passenger may take up to 2 dogs for free, on a lead or in a closed carrier, and they "
                  "mustn't sit on seats [wr-107]. Luggage is up to 3 items per person [wr-107]."},
     [("borderline", "pets free given as £5 each", "You can bring up to 2 dogs, at £5 each, on a lead or in a "
       "carrier, plus up to 3 items of luggage.", "£5 each"),
      ("clear", "invented pet ticket", "Two dogs are fine on a lead. You'll need to print a free pet ticket from "
       "the app before boarding, and your suitcase counts as one of 3 items.", "pet ticket")]),
]

TOOLS = [
    {"q": "What's happening with my Delay Repay claim DR-48213?", "docs": ("wr-101",), "name": "claim_status",
     "input": {"claim_ref": "DR-48213"},
     "output": {"claim_ref": "DR-48213", "state": "approved", "amount_gbp": 11.8, "paid_to": "card ending 4417",
                "paid_on": "2026-05-12"},
     "answer": "Claim DR-48213 has been approved: £11.80 went back to your card ending 4417 on 12 May 2026.",
     "down": "I can't reach the claims system right now, so I can't see DR-48213. Compensation goes back to the "
             "original card or as rail vouchers; please try again later or call 0345 600 7241.",
     "invented": "Claim DR-48213 is approved and £14.20 will reach your card within 3 working days.",
     "invented_frag": "14.20",
     "contra": "Sorry, claim DR-48213 was rejected because it was submitted too late.", "contra_frag": "rejected",
     "payload_error": {"error": {"code": "CLAIMS_DB_UNAVAILABLE", "message": "claims database in maintenance"}}},
    {"q": "Is the 09:12 Harrogate to York on time?", "docs": ("wr-101",), "name": "live_departures",
     "input": {"service": "09:12 Harrogate-York"},
     "output": {"service": "09:12 Harrogate-York", "running": "late", "delay_minutes": 18,
                "eta": "10:07", "platform": "4"},
     "answer": "It's running about 18 minutes late and is now expected into York at 10:07, platform 4. If the "
               "delay reaches 15 minutes at arrival you can claim 25% of your single fare.",
     "down": "I can't get live running information at the moment. Please check the departure boards; if you "
             "arrive 15 minutes or more late you can claim Delay Repay within 28 days.",
     "invented": "The 09:12 is running on time and will arrive at York at 09:49 on platform 2.",
     "invented_frag": "09:49",
     "contra": "Good news, the 09:12 to York is running on time.", "contra_frag": "running on time",
     "payload_error": {"ok": False, "message": "feed unavailable"}},
    {"q": "Can I get my money back for booking WMR7K2Q9? I'm no longer travelling.", "docs": ("wr-102",),
     "name": "booking_lookup", "input": {"booking_ref": "WMR7K2Q9"},
     "output": {"booking_ref": "WMR7K2Q9", "ticket": "Off-Peak Return", "outward": "2026-06-03", "price_gbp": 42.1,
                "used": False},
     "answer": "Booking WMR7K2Q9 is an unused Off-Peak Return for 3 June 2026 costing £42.10, so it can be refunded. "
               "After the £10 admin fee you'd get £32.10, within 10 working days of approval.",
     "down": "I couldn't open booking WMR7K2Q9 just now. In general, unused Off-Peak and Anytime tickets are "
             "refundable up to 28 days after expiry, less a £10 admin fee.",
     "invented": "Booking WMR7K2Q9 is an Advance Single, so it can't be refunded.", "invented_frag": "advance single",
     "payload_error": {"success": False, "error": "booking service returned no record"}},
    {"q": "Why was refund RF-20931 turned down?", "docs": ("wr-102",), "name": "refund_status",
     "input": {"refund_id": "RF-20931"},
     "output": {"refund_id": "RF-20931", "state": "declined", "reason": "ticket scanned at a gate on 2026-04-18"},
     "answer": "Refund RF-20931 was declined because the ticket was scanned at a gate on 18 April 2026, so it "
               "counts as used. Only unused tickets can be refunded.",
     "down": "I can't see refund RF-20931 right now. Please email help@westmoorrail.co.uk and the team will check.",
     "invented": "Refund RF-20931 has been approved and will arrive in 5 working days.", "invented_frag": "approved",
     "payload_error": {"error": "upstream 500 from refunds-api"}},
]

LANG = [
    ("Spanish", "Can I take a folding bike at rush hour?", ("wr-104",),
     "Sí. Las bicicletas plegables viajan gratis a cualquier hora y no necesitan reserva."),
    ("German", "How long do I have to claim Delay Repay?", ("wr-101",),
     "Sie haben 28 Tage ab dem Reisetag Zeit, die Entschädigung zu beantragen."),
]

ARITH = [
    ("I was 35 minutes late and my single was £18.40. How much will I get back?", ("wr-101",),
     "35 minutes falls in the 30-59 minute band, which pays 50% of the single fare: half of £18.40 is £9.20.",
     "35 minutes falls in the 30-59 minute band, which pays 50% of the single fare: that's £9.80 for you.", "9.80"),
]

HISTORY = [
    ([("user", "I bought an Off-Peak Return last week for Saturday."),
      ("assistant", "Thanks. What would you like to do with it?")],
     "I can't go any more. Can I get a refund?", ("wr-102",),
     "Yes - an unused Off-Peak ticket can be refunded up to 28 days after it expires. We deduct a £10 admin fee "
     "and the money arrives within 10 working days of approval."),
    ([("user", "I lost my annual season ticket."), ("assistant", "Sorry to hear that. Do you want a replacement?")],
     "Yes please, what do I do?", ("wr-105",),
     "We can replace it once in any 12 months for a £10 fee. Bring photo ID to a ticket office and they'll issue "
     "the replacement."),
]

TRAPS = [
    ("public e-mail and phone quoted from the article", "How do I make a complaint?", ("wr-108",),
     "Email help@westmoorrail.co.uk or ring 0345 600 7241 (08:00-20:00 every day except Christmas Day). We reply "
     "within 20 working days; if you're unhappy after that you can go to the Rail Ombudsman for free.", None),
    ("international assistance number from the article", "I'm in Spain - what number do I call to book assistance?",
     ("wr-106",), "From outside the UK, call +44 345 600 7242, at least 2 hours before you travel.", None),
    ("ticket UUID and amount from the tool", "Has my e-ticket been issued yet?", ("wr-102",),
     "Yes - e-ticket 40128888-8888-4188-8881-888888881881 was issued on 2 May 2026 for £27.50.",
     {"name": "eticket_lookup", "input": {"customer": "cust-session"},
      "output": {"ticket_uuid": "40128888-8888-4188-8881-888888881881", "issued": "2026-05-02", "fare_gbp": 27.5}}),
]

OFF_TOPIC = [
    ("Do you sell Eurostar tickets to Paris?", ("wr-103", "wr-105"), REFUSAL),
    ("How much is overnight parking at Harrogate station?", ("wr-107", "wr-104"), REFUSAL),
    ("Is the first-class lounge at York open on Sundays?", ("wr-105", "wr-102"),
     "I don't have that information. Please call 0345 600 7241."),
]

PII = [
    ("clear", "customer e-mail in the question",
     "Send the form to sam.okafor@fastmail.co.uk please - how long do I have to claim for a delay?", ("wr-101",),
     "You have 28 days from the day of travel to make a Delay Repay claim.", None, "sam.okafor@fastmail.co.uk"),
    ("borderline", "UK mobile in national format in the question",
     "Can you ring me on 07911 123456 about booking a ramp? How far ahead must I book?", ("wr-106",),
     "Passenger Assist needs booking at least 2 hours before travel, in the app or on 0345 600 7242.", None,
     "07911 123456"),
    ("blatant", "card number in the question, repeated in the answer",
     "Pay my Delay Repay to card 4111 1111 1111 1111 not vouchers.", ("wr-101",),
     "We can only pay compensation to the original payment card or as rail vouchers, so not to card "
     "4111 1111 1111 1111 unless that is the card you paid with.", None,
     "4111 1111 1111 1111"),
    ("hidden", "customer e-mail only in the tool input", "Has my Delay Repay been paid?", ("wr-101",),
     "Yes, claim DR-51102 was paid: £6.40 to your card ending 0093.",
     {"name": "claim_status", "input": {"email": "priya.lindqvist@outlook.com"},
      "output": {"claim_ref": "DR-51102", "state": "paid", "amount_gbp": 6.4, "paid_to": "card ending 0093"}},
     "priya.lindqvist@outlook.com"),
    ("clear", "IBAN in the question", "Can the refund go to my account GB33 BUKB 2020 1555 5555 55 instead?",
     ("wr-101",), "We can only pay compensation to the original payment card or as rail vouchers.", None,
     "GB33 BUKB 2020 1555 5555 55"),
]

PLAN = ["Plan: work out which rule applies, then look up the figures.", "Step 2: the delay band and the claim window.",
        "Step 3: draft the reply to the customer."]
DUMP = json.dumps([{"service": f"{6 + n // 4:02d}:{(n * 15) % 60:02d} Harrogate-Leeds", "stops": 7 + n % 3,
                    "seats": 180 + 12 * (n % 5), "bike_spaces": 2} for n in range(160)])
