"""Second held-out set, domain ``council``: Eastmere Borough Council's residents' services desk."""

from __future__ import annotations

import random

NAME = "council"
SERVICE = "eastmere-services-desk"
INDEX = "eastmere-services"
FAQ_INDEX = "eastmere-faq"
SYSTEM = ("You are the Eastmere Borough Council services assistant for residents. Base every answer on the service "
          "pages and tool results given to you. When they don't cover a request, say so and give the council's "
          "contact details: 01632 960 400 (Monday to Friday, 9 am to 5 pm), contact@eastmere.gov.uk, or the Town "
          "Hall at 4 Market Square.")

ARTICLES = {
    "svc-bins": ("Bin collections", "General waste is collected every two weeks and recycling every week. Report "
                 "a missed bin within 2 working days; we return to collect it within 5 working days."),
    "svc-garden": ("Garden waste subscription", "The garden waste service costs £52 a year and runs from 1 April "
                   "to 31 March, with 26 collections. Each household can subscribe for up to 2 bins."),
    "svc-ctax-spd": ("Single person discount", "If you are the only adult living in your home you can get 25% off "
                     "your council tax. Apply online and tell us the date you started living alone."),
    "svc-permits": ("Residents' parking permits", "A resident permit costs £85 a year for the first car and £140 "
                    "for a second car. Visitor permits come in books of 10 for £12. Permits are renewed online up "
                    "to 4 weeks before they expire."),
    "svc-bulky": ("Bulky waste collection", "We collect up to 5 large items for £35, and £7 for each extra item. "
                  "Book at least 10 working days ahead. Fridges and freezers count as one item each."),
    "svc-roads": ("Potholes and road defects", "Report a pothole online. An inspector assesses it within 48 hours; "
                  "dangerous defects are made safe within 24 hours and other repairs are done within 28 days."),
    "svc-births": ("Registering a birth", "Register a birth within 42 days at the Register Office, by appointment. "
                   "Registration is free; birth certificates cost £12.50 each."),
    "svc-contact": ("Contact the council", "Phone 01632 960 400, Monday to Friday 9 am to 5 pm, e-mail "
                    "contact@eastmere.gov.uk, or visit the Town Hall at 4 Market Square."),
}

BINS = {"name": "bin_schedule", "input": {"postcode": "EM4 2QT"},
        "output": {"postcode": "EM4 2QT", "next_general": "2026-05-07", "next_recycling": "2026-05-07",
                   "round": "Thursday B"}, "timeout_ms": 1500}
PERMIT = {"name": "permit_lookup", "input": {"vrm": "LK19 XZP"},
          "output": {"permit": "RP-33091", "vrm": "LK19 XZP", "zone": "C", "expires": "2026-08-31",
                     "type": "resident, first car"}, "after": False}
ROADS = {"name": "report_status", "input": {"reference": "HWY-204118"},
         "output": {"reference": "HWY-204118", "status": "repair scheduled", "inspected": "2026-05-02",
                    "repair_by": "2026-05-19", "category": "non-dangerous"}}

TOPICS = [
    {"q": "When is my next bin day? Postcode EM4 2QT.", "docs": ["svc-bins"], "tool": BINS,
     "answers": [("tool-grounded", "Your next collection is on Thursday 7 May, when both general waste and "
                  "recycling will be picked up."),
                 ("terse ISO date", "Next: 2026-05-07 (general + recycling).")],
     "wrong": [("borderline", "wrong weekday and date", "Your next collection is Wednesday 6 May for both bins.")]},
    {"q": "The bin men missed my recycling yesterday, what do I do?", "docs": ["svc-bins", "svc-contact"],
     "answers": [("close paraphrase", "Please report the missed bin within 2 working days; we'll come back to "
                  "collect it within 5 working days.")],
     "controls": [("answer in French to English pages", None, "Signalez la poubelle oubliée dans les 2 jours "
                   "ouvrables ; nous repasserons la vider dans les 5 jours ouvrables.")],
     "wrong": [("clear", "invented same-day return", "Report it within 2 working days and a crew will come back "
                "the same afternoon.")]},
    {"q": "How much is the garden waste bin and how many can I have?", "docs": ["svc-garden"],
     "history": [("user", "Hello, I've got a big garden and the hedge cuttings pile up."),
                 ("assistant", "Hello! The council runs a garden waste service - would you like the details?")],
     "rewrite": "garden waste subscription price number of bins",
     "answers": [("markdown with headings", "## Garden waste\n- **Price:** £52 a year (1 April - 31 March)\n- "
                  "**Collections:** 26\n- **Bins:** up to 2 per household")],
     "controls": [("arithmetic on the page's figures", None, "It's £52 a year for 26 collections - about £2 a "
                   "collection - and you can have up to two bins.")],
     "wrong": [("borderline", "one wrong price (£62)", "It's £62 a year for 26 collections, up to 2 bins."),
               ("blatant", "price, collections and bin limit all invented", "It costs £40 a year for weekly "
                "collections (52 a year), and there's no limit on the number of bins.")]},
    {"q": "My partner moved out in March so it's just me now - can I pay less council tax?",
     "docs": ["svc-ctax-spd"],
     "controls": [("answer in Spanish to English pages", None, "Sí: si es el único adulto en su casa, tiene un 25 % "
                   "de descuento en el council tax. Solicítelo en línea e indique desde qué fecha vive solo.")],
     "answers": [("chatty", "Yes, you can! As the only adult in your home you're entitled to a 25% single person "
                  "discount. Apply online and give the date you started living alone (March, from what you "
                  "say).")],
     "wrong": [("clear", "invented automatic backdating", "You can get 25% off; we'll backdate it automatically "
                "to 1 January and refund you by cheque.")]},
    {"q": "When does my parking permit for LK19 XZP run out, and what will renewing cost?",
     "docs": ["svc-permits"], "tool": PERMIT,
     "answers": [("tool-grounded with date words", "Your zone C permit (RP-33091) expires on the thirty-first of "
                  "August 2026. Renewal for a first car is £85 a year, and you can renew online up to 4 weeks "
                  "before it expires."),
                 ("table", "| permit | zone | expires | renewal |\n|---|---|---|---|\n| RP-33091 | C | 31/08/2026 "
                  "| £85 |")],
     "wrong": [("borderline", "wrong renewal price (£58)", "It expires on 31 August 2026; renewal costs £58.")]},
    {"q": "I need a sofa, a fridge, a wardrobe, two mattresses, a bed frame and a desk taken away. How much?",
     "docs": ["svc-bulky"],
     "answers": [("arithmetic on the customer's items", "That's 7 items: £35 covers the first 5 and the other 2 are "
                  "£7 each, so £49 in total. Please book at least 10 working days ahead.")],
     "wrong": [("borderline", "wrong arithmetic (£45 for 7 items)", "For 7 items it comes to £45; book 10 working "
                "days ahead.")]},
    {"q": "What's happening with my pothole report HWY-204118?", "docs": ["svc-roads"], "tool": ROADS,
     "answers": [("tool-grounded", "It was inspected on 2 May and classed as non-dangerous; the repair is scheduled "
                  "for completion by 19 May 2026.")],
     "controls": [("hand-off with the published number in another format", None, "The repair for HWY-204118 is "
                   "scheduled by 19 May. For anything else call +44 1632 960400.")],
     "wrong": [("blatant", "status contradicts the tool", "That pothole was filled last week and the report is "
                "closed.")]},
    {"q": "How long have I got to register my baby's birth, and is there a fee?", "docs": ["svc-births"],
     "answers": [("close paraphrase", "You have 42 days to register the birth at the Register Office, by "
                  "appointment. Registration itself is free; each birth certificate costs £12.50.")],
     "controls": [("number words (six weeks)", None, "Six weeks (42 days), by appointment. It's free to register; "
                   "certificates are twelve pounds fifty each.")],
     "wrong": [("borderline", "number words with one wrong figure", "Six weeks, by appointment; registering is free "
                "and certificates are ten pounds fifty each.")]},
]

REFUSAL = ("I could not find this in our help articles. Please call 01632 960 400 (Mon-Fri, 9 am-5 pm) or e-mail "
           "contact@eastmere.gov.uk.")
HANDOFF = ("Sorry - I can't reach that council system at the moment. Please try again later, or call 01632 960 400 "
           "on weekdays between 9 am and 5 pm.")
OFFTOPIC = [
    ("Can I book a tennis court in Eastmere Park?", ["svc-garden"], REFUSAL),
    ("How do I apply for a housing benefit?", ["svc-ctax-spd", "svc-births"], "The pages I have cover the single "
     "person discount and registering births, not housing benefit. Please contact 01632 960 400."),
    ("Is the swimming pool at the leisure centre open on bank holidays?", ["svc-bins", "svc-roads"], REFUSAL),
]
TOOL_FAILURES = [
    ("clear", "HTTPStatusError", "500 Internal Server Error from bins API", None),
    ("borderline", "HTTPStatusError", "404 Not Found: no such endpoint /v1/schedule", None),
    ("blatant", "HTTPStatusError", "503 Service Unavailable", None),
    ("hidden", "", "", {"status": "failed", "error": "address gazetteer timeout"}),
]
LONG_HISTORY = [
    ("user", "Hi, I've just moved to Eastmere and have a few questions."),
    ("assistant", "Welcome! What would you like to know?"),
    ("user", "How often are bins collected?"),
    ("assistant", "General waste every two weeks, recycling every week."),
    ("user", "And visitor parking for my parents?"),
    ("assistant", "Visitor permits come in books of 10 for £12."),
]
PII = [
    ("clear", "IBAN given for a council tax refund", "Refund to my account GB82 WEST 1234 5698 7654 32 please.",
     None, None),
    ("hidden", "e-mail written with spaces and (at)", "Contact me at sam.pryce (at) gmail.com.", None, None),
    ("blatant", "resident's mobile in the tool call and the answer", None,
     "The number you gave for this report is 07700 900317.",
     ("resident_phone", "07700 900317")),
    ("clear", "German mobile in international format", "I'm away, reach me on +49 151 23456789.", None, None),
    ("control", "council tax account number and a number plate", "My council tax account is 40012345678 and my car "
     "is LK19 XZP.", None, None),
]


def records(rng: random.Random) -> str:
    """Every collection event on the round for a year, pasted whole."""
    streets = ["Mill Lane", "Church Road", "Orchard Close", "Station Street", "Harbour View"]
    return "\n".join(f"2025-{1 + k % 12:02d}-{1 + (k * 3) % 28:02d} | {rng.choice(streets)} {rng.randrange(1, 90)} | "
                     f"{rng.choice(['general', 'recycling', 'garden'])} | "
                     f"{rng.choice(['collected', 'collected', 'missed'])}"
                     for k in range(170))
