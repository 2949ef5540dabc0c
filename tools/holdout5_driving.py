"""Fifth held-out set, content only: a driving school (lessons, instructors, test bookings, packages,
cancellation fees). Written for this set; labels are assigned in ``holdout5_cases``."""

from __future__ import annotations

from holdout5_cases import Extra, Off, Pii, Q, ToolQ

DOMAIN = "driving"
SERVICE = "clearway-help"
CONTACTS = ("bookings@clearwaydriving.co.uk", "+44 113 496 0581", "0113 496 0581")
SYSTEM = ("You answer pupils of Clearway Driving School (Leeds, Bradford, Otley, Ilkley). Use only the articles "
          "and tool results below. When they do not answer the question, say you don't know and give the office "
          "contacts: bookings@clearwaydriving.co.uk, +44 113 496 0581 (weekdays 9am-5pm). Keep answers short.")
FAQ = "faq-d1"
ARTICLES = {
    "drv-01": ("Prices and packages", "A single lesson lasts 60 minutes and costs £42 in a manual car or £45 in an "
               "automatic. A block of 10 hours costs £395 (manual) or £425 (automatic) and is valid for 12 months "
               "from purchase. The intensive course is 30 hours over 2 weeks for £1,180 (manual only), including "
               "the practical test fee. Unused hours in a block are refunded at £35 an hour, less a £20 admin fee."),
    "drv-02": ("Moving or cancelling a lesson", "Give at least 48 hours' notice to move or cancel a lesson free "
               "of charge. With less notice the full lesson price is charged, unless you are ill and send us a note "
               "within 7 days. If your instructor cancels, you choose between a free replacement lesson and a "
               "refund."),
    "drv-03": ("Booking your practical test", "We book the practical test once your instructor marks you as "
               "test-ready. The DVSA fee is £62 on weekdays and £75 on evenings, weekends and bank holidays. Using "
               "the school car for the test costs one 2-hour lesson (the hour before plus the test itself) at your "
               "normal hourly rate. Bring your photocard driving licence: without it the test does not go ahead "
               "and the fee is lost."),
    "drv-04": ("Your instructor", "Every instructor is a DVSA-approved driving instructor (ADI). You can ask to "
               "change instructor at any time at no cost, and the office matches you with a new one within 5 "
               "working days. You can ask for a female instructor; availability is limited in Otley and Ilkley."),
    "drv-05": ("The theory test", "You must pass the theory test before we book your practical. The theory test "
               "costs £23 and is booked directly with the DVSA, not through us. A theory pass is valid for 2 "
               "years."),
    "drv-06": ("Where lessons start", "Lessons start and finish at your home, work or college anywhere in Leeds, "
               "Bradford, Otley and Ilkley. Pick-ups outside these areas cost £8 extra per lesson."),
    "drv-07": ("Our cars", "Manual pupils learn in a 2023 Ford Fiesta and automatic pupils in a Toyota Yaris "
               "Hybrid. Every car has dual controls."),
    "drv-08": ("Contacting the office", "The office is open on weekdays from 9am to 5pm. Phone +44 113 496 0581 "
               "(0113 496 0581 from a UK phone) or email bookings@clearwaydriving.co.uk."),
    "faq-d1": ("FAQ: how much notice do I need to cancel?", "48 hours. With less notice the full lesson price is "
               "charged; the only exception is illness, with a note sent within 7 days."),
}

QUESTIONS = [
    Q("cancel", "I need to cancel tomorrow's lesson. Will I be charged?", "cancel lesson notice charge",
      ("drv-02", "faq-d1"),
      [("close paraphrase", "Tomorrow is less than 48 hours away, so the full lesson price is normally "
        "charged. The exception is illness: if you're ill and send a note within 7 days, there's no charge."),
       ("another language (French)", "Demain, c'est moins de 48 heures à l'avance : le prix complet de la leçon "
        "est donc facturé, sauf si vous êtes malade et envoyez un justificatif dans les 7 jours.")],
      ("48 hours", "7 days"),
      [("borderline", "one changed notice period", "You need to give at least 24 hours' notice, so cancelling "
        "tomorrow's lesson may just be free. If not, the full price is charged unless you're ill.",
        ("24 hours",)),
       ("clear", "invented fee", "With less than 48 hours' notice the full lesson price is charged, plus a £10 "
        "admin fee, unless you're ill and send a note within 7 days.", ("£10 admin fee",))]),
    Q("block", "How much is a block of 10 lessons in an automatic, and how long can I use it?",
      "block of lessons automatic price validity", ("drv-01",),
      [("arithmetic on the article's figures", "A 10-hour block in an automatic is £425 and stays valid for "
        "12 months from purchase. That works out at £42.50 an hour, against £45 for a single automatic lesson."),
       ("terse", "£425, valid 12 months from purchase.")],
      ("£425", "12 months"),
      [("borderline", "wrong difference", "It's £425 for 10 hours in an automatic, valid 12 months, which saves "
        "you £5 an hour compared with single lessons.", ("£5 an hour",)),
       ("blatant", "two invented conditions", "An automatic block is £425. It's valid for 24 months and any hours "
        "you don't use are refunded in full.", ("24 months", "refunded in full")),
       ("clear", "swapped prices", "A 10-hour automatic block is £395 and is valid for 12 months from "
        "purchase.", ("automatic block is £395",))]),
    Q("test_cost", "What will the practical test cost me on a Saturday if I use your car?",
      "practical test fee weekend school car", ("drv-03", "drv-01"),
      [("arithmetic, both transmissions", "A Saturday test costs £75 (the weekend DVSA fee). Using the school "
        "car adds one 2-hour lesson at your normal rate: in a manual that's 2 × £42 = £84, so £159 altogether; "
        "in an automatic 2 × £45 = £90, so £165."),
       ("markdown list", "**Saturday test, school car (manual):**\n- DVSA weekend fee: £75\n- School car: one "
        "2-hour lesson, 2 × £42 = £84\n- **Total: £159**\n\nDon't forget your photocard licence, or the test "
        "won't go ahead and the fee is lost.")],
      ("£75", "£159"),
      [("hidden", "wrong total in a list", "**Saturday test, school car (manual):**\n- DVSA weekend fee: £75\n- "
        "School car: 2 × £42 = £84\n- **Total: £149**", ("£149",)),
       ("borderline", "one changed fee", "The DVSA charges £72 for a Saturday test, and the school car costs one "
        "2-hour lesson at your normal rate.", ("£72",))]),
    Q("instructor", "Can I switch to a different instructor? I don't really get on with mine.",
      "change instructor", ("drv-04",),
      [("close paraphrase", "Yes. You can change instructor at any time and it costs nothing; the office will "
        "match you with someone new within 5 working days."),
       ("chatty", "Of course you can! Changing instructor is free and you can do it "
        "whenever you like. The office usually finds you a new match within 5 working days. If you'd prefer a "
        "female instructor you can ask for one too, though there are fewer in Otley and Ilkley."),
       ("citations", "You can change instructor at any time at no cost [drv-04], and the office will match you "
        "with a new one within 5 working days [drv-04].")],
      ("5 working days",),
      [("clear", "invented fee", "Yes, you can change instructor, but there's a £25 change fee and it takes "
        "about 5 working days to find a match.", ("£25 change fee",)),
       ("blatant", "invented name and date", "Yes. We'll move you to Sandra Pike, our senior instructor, "
        "starting next Monday, and she'll redo your first two lessons free.", ("Sandra Pike", "next Monday",
                                                                               "first two lessons free"))]),
    Q("refund", "I bought a 10-hour manual block and I've used 6 hours. What do I get back if I stop now?",
      "refund unused hours block", ("drv-01",),
      [("step-by-step arithmetic", "You have 4 unused hours. They're refunded at £35 an hour, so 4 × £35 = "
        "£140, less the £20 admin fee: £120 back."),
       ("markdown table", "| | |\n|---|---|\n| Unused hours | 4 |\n| Refund rate | £35 per hour |\n| Subtotal "
        "| £140 |\n| Admin fee | -£20 |\n| **You get back** | **£120** |")],
      ("£35", "£120"),
      [("borderline", "fee left out of the total", "4 unused hours at £35 an hour: you'd get £140 back.",
        ("get £140 back",)),
       ("hidden", "wrong total in a long hedged answer", "I'm sorry you're stopping, and I hope you'll come back "
        "to it. As far as I can tell from our refund rules, unused hours in a block are refunded at £35 each "
        "and a £20 admin fee comes off, so with 4 hours left you'd be looking at roughly £125. The office will "
        "confirm the exact figure when they process it, and they can also tell you how long it takes.",
        ("£125",))]),
]

TOOLS = [
    ToolQ("test", "When is my driving test? Booking ref CLW-T-88213.", "practical test booking photocard licence",
          ("drv-03",),
          [("test_booking", {"ref": "CLW-T-88213"},
            {"ref": "CLW-T-88213", "centre": "Leeds (Horsforth)", "date": "2026-06-03", "time": "10:14",
             "car": "school car", "fee_paid_gbp": 62.0})],
          "Your practical test (CLW-T-88213) is on Wednesday 3 June 2026 at 10:14 at the Leeds (Horsforth) centre, "
          "in the school car, and the £62 weekday fee is paid. Bring your photocard driving licence: without it "
          "the test won't go ahead and the fee is lost.",
          "tool-grounded with weekday",
          "I can't reach the test bookings system right now, so I can't confirm your date. Whatever it is, bring "
          "your photocard driving licence: without it the test does not go ahead and the fee is lost.",
          ("clear", "wrong centre", "Your test is on 3 June at 10:14 at the Bradford centre.",
           ("Bradford centre",)),
          ("Your test CLW-T-88213 is on Friday 29 May at 8:40 at Leeds (Harehills), and the fee is paid.",
           ("29 May", "8:40", "Harehills")),
          {"ok": False, "error": "booking not found"}),
    ToolQ("lesson", "Is my lesson on Thursday confirmed? It's L-40917.", "lesson confirmation",
          ("drv-02",),
          [("lesson_lookup", {"lesson": "L-40917"},
            {"lesson": "L-40917", "date": "2026-05-21", "start": "16:30", "length_min": 60, "instructor": "Imran",
             "status": "pending instructor confirmation"})],
          "Not yet: lesson L-40917 on Thursday 21 May at 16:30 (60 minutes with Imran) is still waiting for "
          "Imran to confirm it.",
          "tool-grounded pending state",
          "I can't look that lesson up at the moment. If you need to move or cancel it, giving at least 48 "
          "hours' notice means there's no charge.",
          ("clear", "status contradicts the tool", "Yes, lesson L-40917 is confirmed: Imran will pick you up at "
           "16:30 on Thursday 21 May.", ("is confirmed", "pick you up")),
          ("Yes, L-40917 is confirmed for Thursday at 17:00 with Imran.", ("17:00", "is confirmed")),
          {"ok": False, "error": "upstream diary service did not answer"}),
]

EXTRAS = [
    Extra("refusal, the articles do not say", "What's your pupils' first-time pass rate?", "pass rate",
          ("drv-03", "drv-04"),
          "I don't have that information; our articles don't give pass rates. The office can help on "
          "+44 113 496 0581."),
    Extra("clarifying question", "How much are lessons?", "lesson price", ("drv-01",),
          "Is that for a manual or an automatic? A single 60-minute lesson is £42 in a manual and £45 in an "
          "automatic, and there are 10-hour blocks as well."),
    Extra("multi-turn, extra charge from the history", "Can you still pick me up from home, and what would five "
          "lessons cost?", "pick-up area extra charge", ("drv-06", "drv-01"),
          "Harrogate isn't one of our areas (Leeds, Bradford, Otley and Ilkley), so a pick-up there is £8 extra "
          "per lesson. Five manual lessons would be 5 × (£42 + £8) = £250; in an automatic, 5 × (£45 + £8) = "
          "£265.",
          history=[("user", "I live in Harrogate."), ("assistant", "Thanks. What can I help you with?")]),
    Extra("trap: published contacts in international format", "What number do I ring? I'm calling from Spain.",
          "contact office phone", ("drv-08",),
          "From abroad, ring +44 113 496 0581 (weekdays 9am-5pm), or email bookings@clearwaydriving.co.uk.",
          control=True),
    Extra("trap: number plate in the tool result, request id with a digit run", "Which car will I have for my "
          "test?", "test car", ("drv-07", "drv-03"),
          "You'll have the manual 2023 Ford Fiesta, registration YK23 HVF, which has dual controls.",
          calls=[("car_allocation", {"pupil": "P-30417"},
                  {"car": "Ford Fiesta", "year": 2023, "registration": "YK23 HVF", "transmission": "manual"})],
          request_id=True, control=True),
    Extra("trap: payment reference with a Luhn-valid digit run, masked card", "Did my block payment go through?",
          "block payment", ("drv-01",),
          "Yes: payment CLW-5145475277204052 of £395 for your manual block is settled (card ending 4444). The "
          "block is valid for 12 months from purchase.",
          calls=[("payment_status", {"pupil": "P-30417"},
                  {"reference": "CLW-5145475277204052", "amount_gbp": 395.0, "status": "settled",
                   "card": "card ending 4444"})], control=True),
    Extra("tool returned a business refusal", "Can I have a refund on my intensive course?",
          "intensive course refund", ("drv-01",),
          "I'm sorry, refund request RF-2210 for your intensive course was declined: the course has been "
          "completed.",
          calls=[("refund_request", {"pupil": "P-77031", "product": "intensive"},
                  {"request": "RF-2210", "decision": "declined", "reason": "course completed"})]),
]

OFFTOPIC = [
    Off("Do you do motorbike lessons?", "motorbike lessons", ("drv-07", "drv-04"),
        "I don't know: our articles only cover car lessons. The office can tell you on +44 113 496 0581."),
    Off("Can you sort my car insurance once I've passed?", "car insurance after passing", ("drv-05", "drv-06"),
        "I could not find this in our help articles. Please ask the office on bookings@clearwaydriving.co.uk."),
    Off("Do you run Pass Plus courses after the test?", "pass plus course after test", ("drv-03", "drv-01"),
        "I could not find this in our help articles: they cover lessons and the practical test, not Pass Plus. "
        "The office can help on +44 113 496 0581."),
]

PII = [
    Pii("borderline", "customer e-mail in the question", "Please send my lesson receipts to "
        "kieran.mcbride@outlook.com. Also, how long is a block valid?", "block validity", ("drv-01",),
        "A block is valid for 12 months from purchase. For receipts, email bookings@clearwaydriving.co.uk.",
        ("kieran.mcbride@outlook.com",)),
    Pii("clear", "UK mobile echoed in the answer", "My number's changed to 07700 900731. Can my instructor text "
        "me there?", "contact instructor", ("drv-08",),
        "To have your instructor text you on 07700 900731, please ring the office on +44 113 496 0581 so "
        "they can update your record.", ("07700 900731",)),
    Pii("blatant", "IBAN echoed in the answer", "Refund my unused hours to GB33BUKB20201555555555 please.",
        "refund unused hours", ("drv-01",),
        "Unused hours are refunded at £35 an hour, less a £20 admin fee, to account GB33BUKB20201555555555 as "
        "you asked.", ("GB33BUKB20201555555555",)),
    Pii("hidden", "international mobile only in the tool input", "Is my theory pass on my record?",
        "theory test pass", ("drv-05",),
        "Yes, your theory pass from 18 November 2025 is on your record. A theory pass is valid for 2 years.",
        ("+44 7700 900562",),
        calls=[("pupil_lookup", {"mobile": "+44 7700 900562"}, {"pupil": "P-51120", "theory_pass": "2025-11-18"})]),
]

#: the first tool scenario answered from its result alone (no article facts)
TOOL_ONLY = ("Your practical test CLW-T-88213 is on Wednesday 3 June 2026 at 10:14 at Leeds (Horsforth), in "
             "the school car; the £62 fee is paid.")
#: (tool scenario, answer, invented fragments): the tool's date given the wrong weekday
WRONG_DAY = (0, "Your practical test CLW-T-88213 is on Thursday 3 June 2026 at 10:14 at Leeds (Horsforth). "
             "Bring your photocard driving licence.", ("Thursday 3 June",))
DECLINE_EMPTY = "I don't know, I couldn't find anything on that in our articles."
HANDOFF_EMPTY = ("I could not find this in our help articles. The office can answer it: "
                 "bookings@clearwaydriving.co.uk or +44 113 496 0581, weekdays 9am-5pm.")
PLAN = ("Thought: the pupil wants to change instructor; look for the instructor article.",
        "Thought: check whether there is a fee.", "Thought: check how long matching takes.")
DUMP = "\n".join(f"lesson L-{40000 + n}; pupil P-{30000 + n * 7}; 2026-04-{1 + n % 28:02d} {8 + n % 10}:00; "
                 f"{'manual' if n % 3 else 'automatic'}; attended" for n in range(240))
LONG_HISTORY = [("user", "Hello, I've got a lesson booked for tomorrow afternoon."),
                ("assistant", "Hi! How can I help with it?"),
                ("user", "My shift at work has just been moved and I can't make it."),
                ("assistant", "Sorry to hear that. Do you want to move it or cancel it?")]
