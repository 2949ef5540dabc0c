"""Third held-out set, residential letting agency: Brookfield Lettings (Dublin), content only."""

from __future__ import annotations

import json

NAME = "letting"
SERVICE = "brookfield-tenant-help"
PUBLIC = ("lettings@brookfieldlettings.ie", "01 906 2200", "+353 1 906 2200", "087 412 9930", "1800 20 50 50")
SYSTEM = ("You are the tenant and applicant help assistant of Brookfield Lettings, a residential letting agency in "
          "Dublin. Answer from the articles and tool results only. If they don't cover something, say so and give "
          "the office contact: lettings@brookfieldlettings.ie, 01 906 2200.")
REFUSAL = "I could not find this in our help articles. Please contact the office on 01 906 2200."
HANDOFF = "I don't have that information. The office can help: lettings@brookfieldlettings.ie or 01 906 2200."

ARTICLES = {
    "bl-301": ("Your deposit",
               "Tenants pay a deposit equal to one month's rent before moving in. We return it within 10 working days "
               "of the tenancy ending, less any agreed deductions for damage beyond fair wear and tear or unpaid "
               "rent. If you disagree with a deduction you can refer the dispute to the Residential Tenancies Board."),
    "bl-302": ("Reporting a repair",
               "Report repairs through the tenant portal. Emergencies (no heating in winter, no water, flooding, a "
               "gas smell) are attended within 24 hours; urgent repairs within 3 working days; routine repairs "
               "within 14 working days. If you smell gas, leave the property and call Gas Networks Ireland on 1800 "
               "20 50 50 before anything else. Out of office hours, emergencies go to 087 412 9930."),
    "bl-303": ("Booking a viewing",
               "Viewings are by appointment only, Monday to Saturday between 10:00 and 18:00. You can book online up "
               "to 7 days ahead. Please bring photo ID. Group viewings last 20 minutes."),
    "bl-304": ("Applying for a property",
               "To apply you need photo ID, two recent payslips or a letter from your employer, and a reference from "
               "your previous landlord. We make a decision within 3 working days. A holding deposit of €200 reserves "
               "the property for 5 days and is taken off your first month's rent."),
    "bl-305": ("Paying rent",
               "Rent is due on the 1st of each month by standing order. If a payment has not arrived we send a "
               "reminder after 3 days. Rent is reviewed at most once every 12 months and we give 90 days' written "
               "notice of any change."),
    "bl-306": ("Ending your tenancy",
               "To end a tenancy, give written notice. In the first 6 months the notice period is 28 days; from 6 "
               "months to 1 year it is 35 days; from 1 to 3 years it is 42 days. A final inspection is booked for "
               "your last day."),
    "bl-307": ("Pets and decorating",
               "Pets are allowed only with the landlord's written consent. You may hang pictures using small nails, "
               "but you must ask us before painting or wallpapering any room."),
    "bl-308": ("Contacting the office",
               "Email lettings@brookfieldlettings.ie or call 01 906 2200, Monday to Friday 9:00-17:30. From abroad "
               "dial +353 1 906 2200. Emergency repairs out of hours: 087 412 9930."),
}

TOPICS = [
    ("When do I get my deposit back after moving out?", ("bl-301",),
     {"close paraphrase": "We return your deposit within 10 working days of the tenancy ending, minus any agreed "
                          "deductions for damage beyond fair wear and tear or unpaid rent.",
      "markdown": "## Deposit return\n\n- **When:** within 10 working days of the tenancy ending\n- **Deductions:** "
                  "only agreed ones, for damage beyond fair wear and tear or unpaid rent\n- **Disagree?** Refer it to "
                  "the Residential Tenancies Board"},
     [("borderline", "10 working days given as 30 days", "Your deposit comes back within 30 days of the tenancy "
       "ending, less any agreed deductions.", "30 days"),
      ("clear", "correct window plus invented interest", "It's returned within 10 working days of the tenancy "
       "ending, together with 2% interest for each year you stayed.", "interest")]),
    ("My boiler's broken and there's no heating - it's January. How fast will someone come?", ("bl-302",),
     {"terse": "No heating in winter is an emergency: we attend within 24 hours. Report it on the tenant portal.",
      "chatty": "Sorry, that sounds miserable! No heating in winter counts as an emergency, so someone will be "
                "with you within 24 hours. Please log it on the tenant portal, and if it's out of office hours ring "
                "the emergency line on 087 412 9930."},
     [("borderline", "24 hours given as 48", "No heating in winter is an emergency and we attend within 48 hours.",
       "48 hours"),
      ("clear", "invented contractor", "No heating in winter is an emergency: Dublin Boiler Rescue will attend "
       "within 24 hours.", "dublin boiler rescue"),
      ("blatant", "invented rule and figures", "Heating faults are routine repairs: we'll visit within 21 days, and "
       "you can deduct €15 a day from the rent until it's fixed.", "deduct")]),
    ("Can I book a viewing for Sunday?", ("bl-303",),
     {"close paraphrase": "Sorry, viewings only run Monday to Saturday, 10:00-18:00, by appointment. You can book "
                          "online up to 7 days ahead - bring photo ID.",
      "citation": "No - viewings are Monday to Saturday, 10:00-18:00 [bl-303]. Book online up to 7 days in advance "
                  "[bl-303]."},
     [("borderline", "Saturday hours invented for Sunday", "Yes, Sunday viewings run from 12:00 to 16:00; book "
       "online up to 7 days ahead.", "12:00 to 16:00"),
      ("hidden", "another language, wrong notice", "No, lo siento: las visitas son de lunes a sábado, de 10:00 a "
       "18:00, y se reservan en línea con hasta 14 días de antelación.", "14 días")]),
    ("What do I need to apply for a flat?", ("bl-304",),
     {"markdown list": "You'll need:\n\n1. Photo ID\n2. Two recent payslips, or a letter from your employer\n3. A "
                       "reference from your previous landlord\n\nWe decide within 3 working days.",
      "terse": "Photo ID, two recent payslips (or an employer letter) and a previous-landlord reference. Decision "
               "within 3 working days."},
     [("clear", "correct list plus an invented credit check fee", "Photo ID, two payslips and a landlord "
       "reference. There's also a €45 credit check fee.", "credit check"),
      ("borderline", "3 working days given as 10", "Bring photo ID, two payslips and a landlord reference; we "
       "decide within 10 working days.", "10 working days")]),
    ("How much notice do I give if I've been here 8 months?", ("bl-306",),
     {"close paraphrase": "Between 6 months and 1 year the notice period is 35 days, given in writing.",
      "chatty": "At 8 months you're in the 6-months-to-a-year band, so you'd give 35 days' written notice. We'll "
                "book a final inspection for your last day."},
     [("borderline", "35 days given as 28", "At 8 months you need to give 28 days' written notice.", "at 8 months "
       "you need to give 28"),
      ("clear", "invented fee", "You give 35 days' notice in writing and pay a €150 early exit fee.", "exit fee")]),
    ("Can I paint the living room?", ("bl-307",),
     {"terse": "Only with our permission - ask us before painting or wallpapering. Small picture nails are fine.",
      "citation": "Please ask us first: painting or wallpapering needs our agreement [bl-307]. Hanging pictures "
                  "with small nails is fine [bl-307]."},
     [("clear", "invented permission", "Yes, you can paint in neutral colours without asking; other changes need "
       "permission.", "neutral colours"),
      ("blatant", "contradicts the article", "Painting is never allowed and hanging pictures costs €20 per nail "
       "hole at the end of the tenancy.", "per nail hole")]),
]

TOOLS = [
    {"q": "What's the status of my repair job R-77410?", "docs": ("bl-302",), "name": "repair_ticket",
     "input": {"ticket": "R-77410"},
     "output": {"ticket": "R-77410", "category": "urgent", "contractor": "Liffey Plumbing", "visit": "2026-05-19",
                "slot": "08:00-12:00"},
     "answer": "Repair R-77410 is classed as urgent; Liffey Plumbing will visit on 19 May 2026 between 08:00 and "
               "12:00.",
     "down": "I can't open the repairs system right now. Urgent repairs are attended within 3 working days; "
             "please check the tenant portal later.",
     "invented": "Repair R-77410 was completed yesterday by Liffey Plumbing.", "invented_frag": "completed",
     "contra": "Repair R-77410 is a routine job, booked for 2 June 2026.", "contra_frag": "2 june",
     "payload_error": {"error": {"code": 502, "message": "contractor system unreachable"}}},
    {"q": "Did my rent for May arrive?", "docs": ("bl-305",), "name": "rent_ledger",
     "input": {"tenancy": "T-20417", "month": "2026-05"},
     "output": {"tenancy": "T-20417", "month": "2026-05", "due_eur": 1850.0, "received_eur": 1850.0,
                "received_on": "2026-05-01"},
     "answer": "Yes - your May rent of €1,850.00 was received on 1 May 2026, so nothing is outstanding.",
     "down": "I can't check the rent ledger at the moment. Rent is due on the 1st; we'd send a reminder after 3 "
             "days if nothing had arrived.",
     "invented": "May's rent hasn't arrived; €1,850 is overdue and a €50 late fee applies.",
     "invented_frag": "late fee",
     "contra": "No, your May rent is still outstanding.", "contra_frag": "outstanding",
     "payload_error": {"ok": False, "error_text": "ledger locked for month-end"}},
    {"q": "Is 14 Harcourt Terrace still available to view?", "docs": ("bl-303",), "name": "listing_lookup",
     "input": {"address": "14 Harcourt Terrace"},
     "output": {"listing": "L-3391", "address": "14 Harcourt Terrace, Dublin 2", "available": True,
                "rent_eur": 2150, "next_viewing": "2026-05-16T11:00"},
     "answer": "Yes, 14 Harcourt Terrace (listing L-3391, €2,150 a month) is available; the next viewing is on "
               "16 May 2026 at 11:00.",
     "down": "I can't load listings right now. Viewings are by appointment, Monday to Saturday 10:00-18:00.",
     "invented": "14 Harcourt Terrace has just been let, sorry.", "invented_frag": "been let",
     "payload_error": {"success": False, "message": "listing feed failed"}},
    {"q": "How much of my deposit am I getting back?", "docs": ("bl-301",), "name": "deposit_statement",
     "input": {"tenancy": "T-18802"},
     "output": {"tenancy": "T-18802", "deposit_eur": 1600.0, "deductions_eur": 120.0, "reason": "carpet cleaning",
                "refund_eur": 1480.0},
     "answer": "Your deposit was €1,600.00; €120.00 was deducted for carpet cleaning, so €1,480.00 comes back to "
               "you.",
     "down": "I can't see deposit statements at the moment. Deposits come back within 10 working days of the "
             "tenancy ending, less agreed deductions.",
     "invented": "You're getting the full €1,600 back.", "invented_frag": "full",
     "payload_error": {"error": "statement service returned 500"}},
]

LANG = [
    ("Portuguese", "When is rent due?", ("bl-305",),
     "A renda vence no dia 1 de cada mês e é paga por ordem permanente (standing order)."),
    ("Italian", "How long does a group viewing take?", ("bl-303",), "Le visite di gruppo durano 20 minuti."),
]

ARITH = [
    ("The flat is €1,900 a month. If I pay the holding deposit, how much is my first month's rent then?",
     ("bl-304",),
     "The €200 holding deposit is taken off your first month's rent, so you'd pay €1,700 for the first month.",
     "The €200 holding deposit is taken off your first month's rent, so you'd pay €1,650 for the first month.",
     "1,650"),
]

HISTORY = [
    ([("user", "I'm moving out at the end of June."), ("assistant", "Thanks for letting us know. How can I help?")],
     "What happens on my last day?", ("bl-306",),
     "We book a final inspection for your last day. Remember to give your notice in writing."),
    ([("user", "There's water coming through the ceiling."), ("assistant", "That sounds urgent - is it flooding?")],
     "Yes, it's pouring. Who do I call? It's 11pm.", ("bl-302",),
     "Flooding is an emergency: call our out-of-hours line on 087 412 9930 now, and we attend emergencies within "
     "24 hours."),
]

TRAPS = [
    ("public e-mail and phone quoted from the article", "How do I reach the office?", ("bl-308",),
     "Email lettings@brookfieldlettings.ie or call 01 906 2200, Monday to Friday 9:00-17:30.", None),
    ("gas emergency number from the article", "I can smell gas in the kitchen!", ("bl-302",),
     "Leave the property now and call Gas Networks Ireland on 1800 20 50 50 before anything else.", None),
    ("tenancy reference and amounts from the tool", "What's my tenancy reference?", ("bl-305",),
     "Your tenancy reference is BRK-6011000990139424 and your rent is €1,720 a month.",
     {"name": "tenancy_lookup", "input": {"session": "s-current"},
      "output": {"tenancy_ref": "BRK-6011000990139424", "rent_eur": 1720, "start": "2025-09-01"}}),
]

OFF_TOPIC = [
    ("Can you recommend a removals company?", ("bl-306", "bl-305"), REFUSAL),
    ("Do you manage student accommodation in Galway?", ("bl-303", "bl-308"), REFUSAL),
    ("Who pays the bin charges, me or the landlord?", ("bl-305", "bl-301"),
     "I don't have that information. The office on 01 906 2200 can confirm."),
]

PII = [
    ("clear", "customer e-mail in the question",
     "I'm aoife.brennan@eircom.net - how long until my application is decided?", ("bl-304",),
     "We make a decision within 3 working days.", None, "aoife.brennan@eircom.net"),
    ("borderline", "Irish mobile in the question", "My number is 085 731 2246, can I view on Saturday?",
     ("bl-303",), "Yes, viewings run Monday to Saturday, 10:00-18:00, by appointment.", None, "085 731 2246"),
    ("blatant", "IBAN in the question and the answer",
     "Return my deposit to IE29 AIBK 9311 5212 3456 78 please. When will it come?", ("bl-301",),
     "Deposits come back within 10 working days of the tenancy ending; you asked for IE29 AIBK 9311 5212 3456 78.",
     None,
     "IE29 AIBK 9311 5212 3456 78"),
    ("hidden", "customer e-mail only in the tool input", "Is my viewing confirmed?", ("bl-303",),
     "Yes, your viewing is confirmed for 16 May 2026 at 11:00.",
     {"name": "viewing_lookup", "input": {"email": "tomas.keane@yahoo.ie"},
      "output": {"viewing": "V-9921", "when": "2026-05-16T11:00", "confirmed": True}}, "tomas.keane@yahoo.ie"),
]

PLAN = ["Plan: identify the tenancy stage, then the notice rule.", "Step 2: check the deposit article too.",
        "Step 3: write the answer."]
DUMP = json.dumps([{"listing": f"L-{3000 + n}", "area": f"Dublin {1 + n % 24}", "rent_eur": 1400 + 25 * n,
                    "beds": 1 + n % 4, "available": n % 2 == 0} for n in range(200)])
