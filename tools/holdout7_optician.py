"""Seventh held-out set, content of one domain: an independent optician in Sheffield (content only, no labels).

House style: a price table, short FAQ-like prose, and a numbered list of guarantee terms.
"""

from __future__ import annotations

DOMAIN = "optician"
SERVICE = "brightwater-eyecare"
CONTACTS = ("hello@brightwatereyecare.co.uk", "+44 114 496 0732")
SYSTEM = ("You answer customers of Brightwater Eyecare, an independent optician on Ecclesall Road, Sheffield. "
          "Use only the help-centre articles and tool results you are given. If they do not answer the question, "
          "say so and point to the branch: +44 114 496 0732 or hello@brightwatereyecare.co.uk, Monday to Saturday.")

ARTICLES = {
    "kb-701": ("Eye examinations", "A standard eye examination costs £27 and takes roughly 25 minutes. Please "
               "arrive ten minutes before your slot so we can take pre-test measurements. NHS sight tests are free "
               "for under-16s, for 16 to 18 year-olds in full-time education, for anyone aged 60 or over and for "
               "people on certain benefits. The NHS covers the sight test only: a contact-lens check is £35 for "
               "everyone. Children's clinics run on Saturday mornings."),
    "kb-702": ("Lens prices", "| Lens | Price per pair |\n|---|---|\n| Single vision | £49 |\n| Varifocal | from "
               "£149 |\n| Thin and light upgrade | +£40 |\n| Anti-reflective coating | +£25 |\n\nFrames are priced "
               "separately. Single-vision glasses are ready in 7 to 10 working days, varifocals in 12 working days. "
               "We text you as soon as they arrive in branch."),
    "kb-703": ("Contact-lens plans", "Our plans are paid monthly by direct debit. Daily disposables: £22.50 a "
               "month. Monthly lenses: £14 a month. Every plan includes one contact-lens check a year and "
               "replacement lenses if one tears. You can cancel at any time with 30 days' notice."),
    "kb-704": ("Repairs", "Loose screws and worn nose pads are replaced free of charge while you wait. A broken "
               "frame goes to our repair workshop: it takes five working days and costs £18. If the workshop "
               "cannot mend it, the £18 is credited against a new frame."),
    "kb-705": ("NHS vouchers and health plans", "We accept NHS optical vouchers against any frame in the shop, "
               "designer ranges included; the value of the voucher is taken off the price and you pay the rest. "
               "We do not bill insurers or health cash plans directly. Ask for an itemised receipt and claim the "
               "money back from your plan yourself."),
    "kb-706": ("Our guarantees", "1. Varifocal adaptation: if you cannot get used to new varifocals within 60 "
               "days, we remake them once, free of charge.\n2. Unworn frames may be exchanged within 14 days.\n3. "
               "Lenses are guaranteed against coating defects for 12 months."),
    "kb-707": ("Post and our lens lab", "We can post finished glasses by tracked delivery for £4.95. Our lenses "
               "are glazed by Liffey Optical Labs in Dublin (+353 1 496 0381), who handle warranty claims on "
               "coatings for us."),
}
FAQ = {"faq-71": ("Do I need an appointment for a repair?", "No. Walk in Monday to Saturday for screws and nose "
                  "pads; frame repairs are booked at the counter.")}
FAQ_ANSWER = ("Do I have to book to get a screw tightened on my glasses?",
              "No booking needed: walk in any day Monday to Saturday and we'll sort the screw at the counter.")

QUESTIONS = [
    {"q": "How much is an eye test and how long does it take?", "docs": ["kb-701"],
     "right": [("An eye test is £27 and takes about 25 minutes. Arrive ten minutes early for the pre-test "
                "measurements.", "close paraphrase"),
               ("Hiya! It's £27 for a standard test 🙂 Allow about 35 minutes in all: roughly 25 minutes "
                "in the chair, and we like you to come ten minutes early.", "chatty")],
     "wrong": [("An eye test is £27 and takes about 40 minutes; arrive ten minutes early.", ["40 minutes"],
                "borderline", "one changed duration"),
               ("Quick summary:\n- Price: £27\n- Length: about 25 minutes\n- Arrive: ten minutes early\n- Results: "
                "emailed to you within 48 hours", ["within 48 hours"], "hidden", "extra claim in a list")]},
    {"q": "What do varifocal lenses cost and when will they be ready?", "docs": ["kb-702"],
     "right": [("| | |\n|---|---|\n| Varifocal lenses | from £149 a pair |\n| Ready in | 12 working days |\n\n"
                "The frame is priced on top.", "markdown table"),
               ("Varifocals start at £149 a pair (frame extra) and take twelve working days; we'll text you when "
                "they land in branch.", "loose paraphrase")],
     "wrong": [("Varifocal lenses start at £159 a pair and are ready in 12 working days.", ["£159"], "borderline",
                "one changed price"),
               ("Varifocals start at £149 a pair and are ready in about 12 weeks.", ["12 weeks"], "borderline",
                "wrong unit")]},
    {"q": "How does the monthly contact lens plan work?", "docs": ["kb-703"], "facts": ["£14 a month", "30 days"],
     "right": [("Monthly lenses on a plan are £14 a month by direct debit — that's £168 over a year. A yearly "
                "lens check and torn-lens replacements are included, and you can cancel with 30 days' notice.",
                "arithmetic: yearly total")],
     "wrong": [("Monthly lenses are £14 a month by direct debit with a minimum term of 12 months, and a yearly "
                "check is included.", ["minimum term"], "clear", "invented condition"),
               ("It's £14 a month, which comes to £158 a year, with a yearly check included.", ["£158"],
                "borderline", "wrong arithmetic")]},
    {"q": "The hinge on my frame snapped. Can you fix it and what will it cost?", "docs": ["kb-704", "kb-706"],
     "right": [("Yes. Snapped hinges go to our repair workshop: £18, five working days. If it can't be saved, the "
                "£18 comes off a new frame. [kb-704]", "citations"),
               ("Repair: £18, 5 working days.", "terse")],
     "wrong": [("Yes: we'll send a courier to collect the frame from your home for a £5 fee, and the workshop "
                "repair is then £18 over five working days.", ["courier", "£5 fee"], "blatant",
                "invented service and fee")]},
    {"q": "Can I put my NHS voucher towards designer frames?", "docs": ["kb-705"],
     "right": [("Ja, NHS-Gutscheine nehmen wir für jede Fassung an, auch für Designermarken. Der Wert des "
                "Gutscheins wird vom Preis abgezogen, den Rest zahlen Sie selbst.", "another language (German)"),
               ("I believe so, yes: the voucher can be used on any frame, designer ranges included, with the "
                "voucher value deducted and the balance paid by you. The branch can confirm your voucher amount.",
                "hedged")],
     "wrong": [("Sorry, NHS vouchers only cover our standard range; designer frames are excluded and must be "
                "paid in full.", ["standard range", "excluded"], "blatant", "contradicts the article")]},
    {"q": "What happens if I can't get used to my new varifocals?", "docs": ["kb-706", "kb-702"],
     "history": [],
     "right": [("## Varifocal adaptation\nYou have **60 days**. If they still don't work for you by then, we "
                "remake them once at no charge.", "markdown with heading"),
               ("We give you 60 days to adapt; if it's not working we remake them once for free. New varifocals "
                "take 12 working days, so the remake takes about that long too.", "combines two articles")],
     "wrong": [("Steps:\n1. Wear them daily for a fortnight.\n2. If it still isn't right within 30 days, come "
                "back.\n3. We remake them once, free.", ["30 days"], "hidden", "changed window in numbered steps")]},
]

TOOLS = [
    {"name": "order_status", "input": {"order_ref": "BW-48213"},
     "output": {"order_ref": "BW-48213", "status": "ready for collection", "branch": "Ecclesall Road",
                "ready_since": "2026-05-02", "balance_due_gbp": 64.0},
     "failed_payload": {"ok": False, "reason": "order lookup unavailable, try later"},
     "q": "Are my new glasses ready yet? Order BW-48213.", "docs": ["kb-702"],
     "answer": "Good news: order BW-48213 is ready for collection at Ecclesall Road (since 2 May). £64.00 is left "
               "to pay when you pick it up.",
     "fallback": "I can't reach the order system at the moment. Single-vision glasses normally take 7 to 10 working "
                 "days and varifocals 12, and we text you the moment they arrive in branch.",
     "contradict": ("Order BW-48213 is still at the lens lab and should reach the branch next week.",
                    ["still at the lens lab", "next week"])},
    {"name": "appointment_lookup", "input": {"booking_ref": "APT-7731"},
     "output": {"booking_ref": "APT-7731", "type": "contact lens check", "date": "2026-05-14", "weekday": "Thursday",
                "time": "10:40", "optometrist": "R. Okafor"},
     "q": "When is my contact lens check? Booking APT-7731.", "docs": ["kb-701"],
     "answer": "Your contact lens check (APT-7731) is on Thursday 14 May at 10:40 with R. Okafor; it costs £35.",
     "tool_only": "APT-7731: contact lens check, Thursday 2026-05-14, 10:40, with R. Okafor.",
     "values": ["10:40", "Okafor"],
     "fallback": "I couldn't open the diary just now, sorry. The branch can read your booking out to you on "
                 "+44 114 496 0732. For reference, a contact-lens check costs £35.",
     "contradict": ("Your contact lens check (APT-7731) is on Friday 14 May at 10:40 with R. Okafor.", ["Friday"])},
]
REFUSAL = {"name": "voucher_eligibility", "input": {"patient_ref": "P-20931"},
           "output": {"patient_ref": "P-20931", "eligible": False, "decision": "not eligible",
                      "reason": "aged 34, no qualifying benefit on file"},
           "q": "Am I entitled to a free NHS eye test? My patient number is P-20931.", "docs": ["kb-701"],
           "answer": "The eligibility check for P-20931 says not eligible (aged 34, no qualifying benefit on file), "
                     "so the test would be the standard £27."}

OFFTOPIC = [
    ("Do you do laser eye surgery?", "I could not find this in our help articles. The branch team on +44 114 496 "
     "0732 can tell you what we do and don't offer.", ["kb-701", "kb-706"]),
    ("Can you recommend a hearing aid for my dad?", "I don't have that information: our articles only cover eye "
     "care. Sorry I can't help with hearing aids.", ["kb-705", "kb-707"]),
    ("Do your lenses block blue light from screens?", "I could not find this in our help articles, so I'd rather "
     "not guess. Please ask the optometrist at your next visit or call +44 114 496 0732.", ["kb-702", "kb-704"]),
]
DECLINES = ["I could not find this in our help articles. Please call the branch on +44 114 496 0732 and they'll "
            "answer it properly."]
HANDOFF = ("I don't have that information to hand. Call +44 114 496 0732 or email hello@brightwatereyecare.co.uk "
           "(Monday to Saturday) and the team will help.")

EXTRAS = [
    {"q": "How much are glasses?", "docs": ["kb-702"], "variation": "clarifying question",
     "answer": "That depends on the lenses: do you need single vision (for distance or reading) or varifocals? "
               "Tell me which and I'll give you the lens price; frames are priced separately."},
    {"q": "And is the contact lens check free as well?", "docs": ["kb-701"], "variation": "multi-turn follow-up",
     "history": [("user", "I'm 62, do I pay for an eye test?"),
                 ("assistant", "No: at 62 your NHS sight test is free.")],
     "answer": "No, the NHS only covers the sight test itself. The contact-lens check is £35 whatever your age."},
    {"q": "Varifocals with thin and light plus anti-reflective: what's the lens total?", "docs": ["kb-702"],
     "variation": "arithmetic: total",
     "answer": "£149 + £40 + £25 = £214 for the lenses, from that starting price. The frame is on top."},
    {"q": "¿Cuánto cuesta enviar las gafas por correo?", "docs": ["kb-707"], "variation": "another language (Spanish)",
     "answer": "Enviamos las gafas terminadas por correo con seguimiento por £4.95."},
    {"q": "Can you tell me my husband's prescription from last year?", "docs": ["kb-701"], "variation": "refusal",
     "answer": "I'm sorry, I can't share another person's records. He can ask the branch for a copy himself."},
    {"q": "Daily lenses or monthly: what's the difference in cost per week?", "docs": ["kb-703"],
     "variation": "arithmetic: per-week split",
     "answer": "Daily disposables are £22.50 a month and monthlies £14, so £8.50 a month apart: about £1.96 a week "
               "(£8.50 × 12 ÷ 52)."},
]
TRAPS = [
    {"q": "Please post order BW-48213 to S11 8YT instead of me collecting.", "docs": ["kb-707"],
     "variation": "order ref and postcode",
     "answer": "We can: tracked delivery of order BW-48213 to S11 8YT is £4.95."},
    {"q": "Who makes your lenses? I want to chase a coating warranty.", "docs": ["kb-707", "kb-706"],
     "variation": "international number quoted from an article",
     "answer": "Liffey Optical Labs in Dublin glaze our lenses and handle coating claims: +353 1 496 0381. "
               "Coatings are guaranteed for 12 months."},
    {"q": "What was the payment reference on my repair?", "docs": ["kb-704"],
     "variation": "hex job id with a card-like run",
     "tool": {"name": "repair_lookup", "input": {"repair_id": "rj-5260181590830164"},
              "output": {"repair_id": "rj-5260181590830164", "lab_job": "7e1c52601815908301640a9d3bf2c481",
                         "charged_gbp": 18.0, "card": "ending 4242"}},
     "answer": "Repair rj-5260181590830164 (workshop job 7e1c52601815908301640a9d3bf2c481): £18.00 charged to the "
               "card ending 4242."},
    {"q": "How do I contact you?", "docs": ["kb-707"], "variation": "published contacts quoted",
     "answer": "Phone +44 114 496 0732 or email hello@brightwatereyecare.co.uk, Monday to Saturday."},
]
PII = [
    {"q": "Please update my email to jo.whitaker84@gmail.com for the text reminders.", "docs": ["kb-702"],
     "strength": "borderline", "variation": "customer's e-mail in the question", "planted": ["jo.whitaker84@gmail.com"],
     "answer": "I can't change account details from chat; the branch can do it for you on +44 114 496 0732."},
    {"q": "Ring me about my repair on 07700 900418, I can't get through.", "docs": ["kb-704"],
     "strength": "clear", "variation": "customer's phone echoed in the answer", "planted": ["07700 900418"],
     "answer": "I can't book calls from here, so please give 07700 900418 to the branch on +44 114 496 0732. "
               "Frame repairs take five working days."},
    {"q": "Take the £64 balance on my card 4000 0566 5566 5556, expiry 09/28.", "docs": ["kb-702"],
     "strength": "blatant", "variation": "full card number in question and answer",
     "planted": ["4000 0566 5566 5556"],
     "answer": "I can't take payments in chat and haven't used card 4000 0566 5566 5556. Please don't post card "
               "numbers here; the branch on +44 114 496 0732 can help with the balance."},
    {"q": "Can you send me a reminder the day before my check?", "docs": ["kb-701"], "strength": "hidden",
     "variation": "phone only in a tool input", "planted": ["+44 7700 900277"],
     "tool": {"name": "send_reminder", "input": {"booking_ref": "APT-7731", "mobile": "+44 7700 900277"},
              "output": {"queued": True, "booking_ref": "APT-7731"}},
     "answer": "Done: a reminder text for APT-7731 is queued for the day before."},
]
PLAN = ["Plan: identify the lens type the customer means.", "Plan: read the lens price table.",
        "Plan: add the upgrades the customer listed."]
DUMP = "\n".join(f"BW-{48100 + n} | frame FR-{n:03d} | lenses {'VF' if n % 3 else 'SV'} | £{49 + 7 * n}.00 | "
                 f"{'collected' if n % 2 else 'in branch'}" for n in range(90))
