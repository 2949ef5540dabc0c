"""Twenty-first held-out set, content of one domain: a picture-framing workshop in Lyon, France (``framing``).

House style: careful workshop notes in a craftsman's voice, ids ``ENC-01`` to ``ENC-08`` (the 2025 moulding prices
kept as ``ENC-01-2025``), euros with a decimal comma after the figure "38,00 €", VAT included (TTC), hours as
"10h–13h" and "14h30", day-first dates "24/04/2027", sizes in centimetres "50 × 70 cm", prices per linear metre and
per m². Content only; the recipes live in ``tools/holdout21_cases.py``.
"""

from __future__ import annotations

import random

from holdout21_cases import (
    Borrowed,
    Compare,
    Correction,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Twins,
)

DOMAIN = "framing"
PLACE = 2
SERVICE = "atelier-cadre-bot"
INDEX = "atelier-notes"
PHONE = "04 78 42 16 90"
PHONE_INTL = "+33 4 78 42 16 90"
EMAIL = "atelier@cadres-ainay.fr"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the assistant of Atelier Cadres d'Ainay, a picture-framing workshop at 14 rue Auguste Comte, "
          "69002 Lyon. Answer only from the workshop notes and tool results you are given. When they do not say, "
          f"tell the customer so and give the workshop's contact: {PHONE} ({PHONE_INTL} from abroad), Tuesday to "
          f"Saturday, or {EMAIL}.")

ARTICLES = {
    "ENC-01": ("Made-to-measure frames: mouldings",
               "A frame is priced by the metre of its outer perimeter. Oak, 20 mm: 38,00 € per linear metre. Black "
               "ayous, 30 mm: 29,00 € per linear metre. Gilded 'Louis' moulding, 45 mm: 85,00 € per linear metre. "
               "All prices include 20% VAT (TTC). Minimum order: 45,00 €."),
    "ENC-01-2025": ("Mouldings: 2025 prices (no longer valid)",
                    "Oak, 20 mm: 34,00 € per linear metre. Black ayous, 30 mm: 26,00 € per linear metre. These "
                    "prices applied until 31/12/2025."),
    "ENC-02": ("Glass",
               "Standard float glass, 2 mm: 45,00 € per m². Museum glass (anti-reflective, 99% UV filter): 160,00 € "
               "per m². Glazing is cut to the outer size of the mount, or of the work when there is no mount."),
    "ENC-03": ("Mounts (passe-partout)",
               "Acid-free mount board, 8 cm border as standard: 24,00 € for a frame up to 50 × 70 cm, 36,00 € above "
               "that size. A double mount adds 15,00 €."),
    "ENC-04": ("Lead times and collection",
               "Standard lead time: 10 working days. Express: 5 working days, for 30% more. Finished frames are "
               "collected at the workshop; we keep them for 3 months."),
    "ENC-05": ("Opening hours",
               "Tuesday to Friday: 10h–13h and 14h30–19h. Saturday: 10h–18h without a break. Closed on Sunday and "
               "Monday, and for the first three weeks of August."),
    "ENC-06": ("Delivery and hanging",
               "Delivery in Lyon and Villeurbanne: 25,00 €. Hanging at your home: 40,00 € for up to 3 frames, then "
               "10,00 € for each further frame. We do not ship outside the Rhône département."),
    "ENC-07": ("Acrylic glazing",
               "Acrylic: 70,00 € per m². Light and shatter-resistant, it is the glazing we recommend for children's "
               "rooms and for works larger than 100 × 150 cm. It scratches more easily than glass: clean it with a "
               "soft dry cloth only."),
    "ENC-08": ("Deposit, payment and quotes",
               "A 30% deposit is paid when you order, and the balance when you collect. We accept card, cash and "
               "cheque. Quotes are free and valid for 1 month."),
}
FAQ = {
    "faq-parking": ("Where can I park?", "Parking Bellecour is a 5-minute walk from the workshop."),
    "faq-bring": ("What should I bring?", "Bring the work itself, unrolled if possible, so we can measure it."),
}
FAQ_QA = ("where do I park near the workshop?", "The closest car park is Parking Bellecour, about a 5-minute walk "
          "from the workshop.")

PAIRS = [
    Pair("Oak frame, price per metre?", ("ENC-01",), "Oak, 20 mm: 38,00 € per linear metre, VAT included.",
         "Oak, 20 mm: 42,00 € per linear metre, VAT included.", ("42,00 €",), "borderline", "terse, one changed "
         "price"),
    Pair("Are you open on Mondays?", ("ENC-05",),
         "No, the workshop is closed on Sundays and Mondays. We are open Tuesday to Friday 10h–13h and 14h30–19h, "
         "and Saturday 10h–18h.",
         "Yes, on Monday afternoons from 14h30 to 19h; mornings are for workshop orders only.",
         ("monday afternoons", "mornings are for workshop orders only"), "clear", "closed day reversed"),
    Pair("How long does a frame take?", ("ENC-04",),
         "10 working days as standard, or 5 working days with express, which costs 30% more.",
         "7 working days as standard, or 5 working days with express, which costs 30% more.", ("7 working days",),
         "borderline", "one changed lead time"),
    Pair("Do I pay anything when I order?", ("ENC-08",),
         "Yes: a 30% deposit when you order, and the balance when you collect the frame.",
         "No, nothing upfront: you pay the whole amount when you collect the frame.", ("nothing upfront",), "clear",
         "deposit rule reversed"),
    Pair("How long will you keep my frame if I'm away?", ("ENC-04",),
         "We keep finished frames at the workshop for 3 months.",
         "We keep finished frames for 6 months; after that there is a storage fee of 5,00 € a week.",
         ("6 months", "5,00 € a week"), "blatant", "period changed, invented fee"),
    Pair("Can you send a frame to my sister in Paris?", ("ENC-06",),
         "I'm afraid not: we do not ship outside the Rhône département. Delivery within Lyon and Villeurbanne is "
         "25,00 €.",
         "Yes, we send frames to Paris with Colissimo for 35,00 €, insured.", ("colissimo", "35,00 €"), "blatant",
         "rule contradicted, invented carrier"),
    Pair("What is museum glass exactly?", ("ENC-02",),
         "It is anti-reflective glass with a 99% UV filter, at 160,00 € per m².",
         "It is anti-reflective glass with a 70% UV filter, at 160,00 € per m².", ("70% uv filter",), "borderline",
         "one changed percentage"),
    Pair("How much are mounts?", ("ENC-03",),
         "| Mount | Price |\n|---|---|\n| Frame up to 50 × 70 cm | 24,00 € |\n| Larger frame | 36,00 € |\n"
         "| Double mount | + 15,00 € |",
         "| Mount | Price |\n|---|---|\n| Frame up to 50 × 70 cm | 24,00 € |\n| Larger frame | 36,00 € |\n"
         "| Double mount | + 12,00 € |", ("12,00 €",), "hidden", "table, one cell changed"),
    Pair("Could you hang 5 frames at my flat in Lyon?", ("ENC-06",),
         "Yes. Hanging is 40,00 € for up to 3 frames, then 10,00 € for each further frame: 40,00 € + 2 × 10,00 € "
         "= 60,00 €.",
         "Yes. Hanging is 40,00 € for up to 3 frames, then 10,00 € for each further frame: 40,00 € + 2 × 10,00 € "
         "= 65,00 €.", ("65,00 €",), "hidden", "arithmetic, total wrong"),
    Pair("and do you close for lunch that day?", ("ENC-05",),
         "No, on Saturday we are open from 10h to 18h without a break; the lunch closure is Tuesday to Friday only.",
         "Yes, on Saturday we close for lunch from 12h to 13h.", ("from 12h to 13h",), "clear",
         "follow-up, lunch closure invented",
         history=(("user", "Are you open on Saturdays?"), ("assistant", "Yes, on Saturday from 10h to 18h."))),
]

EXTRAS = [
    Extra("another language (French)", "Combien coûte le verre musée ?", ("ENC-02",),
          "Le verre musée (anti-reflet, filtre UV 99 %) coûte 160,00 € le m², TVA comprise."),
    Extra("unit conversion (inches to centimetres)", "My print is 16 × 20 inches. Which mount price applies?",
          ("ENC-03",),
          "16 × 20 inches is about 41 × 51 cm, which is within 50 × 70 cm, so the mount is 24,00 €."),
    Extra("two notes, terse", "Card or cash, and do quotes cost anything?", ("ENC-08",),
          "Card, cash or cheque are all fine. Quotes are free and valid for 1 month."),
]

LOOKUP = Lookup(
    name="order_lookup", input={"order": "C-2027-0418"},
    output={"order": "C-2027-0418", "work": "lithograph 50 x 70 cm", "moulding": "oak 20 mm", "glass": "museum",
            "total_eur": 250.0, "deposit_paid_eur": 75.0, "ready": "2027-04-24", "status": "in the workshop"},
    question="Where is my order C-2027-0418?", ids=("ENC-04",),
    answer="Order C-2027-0418 (lithograph 50 × 70 cm, oak 20 mm, museum glass) is in the workshop and due to be "
           "ready on Saturday 24/04/2027. Of the 250,00 € total your 75,00 € deposit is paid, so 175,00 € remains "
           "for collection.",
    fallback=f"I cannot reach the order book at the moment, so I cannot see C-2027-0418. Please call the workshop "
             f"on {PHONE} (Tuesday to Saturday) or write to {EMAIL}.",
    invented="C-2027-0418 is finished and was left with your building's concierge yesterday.",
    frags=("left with your building's concierge",),
    failed_payload={"order": "C-2027-0418", "error": "order book unreachable"},
    tool_only="C-2027-0418: lithograph 50 × 70 cm, oak 20 mm, museum glass; in the workshop, ready Saturday "
              "24/04/2027; 175,00 € to pay at collection.")
REFUSAL = Refusal(
    name="express_upgrade", input={"order": "C-2027-0418"},
    output={"upgraded": False, "reason": "work already at the glazing stage"},
    question="Can you switch C-2027-0418 to express?", ids=("ENC-04",),
    answer="I could not switch C-2027-0418 to express: the work is already at the glazing stage.")
TOOL_PAIR = Pair(
    "How much do I still owe on C-2027-0418?", ("ENC-08",),
    "175,00 €: the total is 250,00 € and your 75,00 € deposit is paid. The balance is paid when you collect.",
    "Nothing at all: C-2027-0418 is fully paid.", ("fully paid",), "clear", "tool result contradicted in words")
PARTIAL = Partial(
    name="workshop_status", input={"order": "C-2027-0455"},
    output={"order": "C-2027-0455", "work": "oil on canvas 60 x 80 cm", "moulding": "gilded Louis 45 mm",
            "stage": "moulding ordered from supplier", "ready": None},
    question="When will C-2027-0455 be ready?", ids=("ENC-04",),
    right="For C-2027-0455 (oil on canvas 60 × 80 cm, gilded Louis moulding), the moulding has been ordered from "
          f"the supplier, but the record does not give a ready date yet. The workshop can tell you more: {PHONE}.",
    wrong="For C-2027-0455 (oil on canvas 60 × 80 cm, gilded Louis moulding), the moulding has been ordered from "
          "the supplier and the frame will be ready on Friday 30/04/2027.", frags=("30/04/2027",),
    strength="hidden", variation="record without a ready date, one filled in")
BORROWED = Borrowed(
    question="What does delivery to Villeurbanne cost?", ids=("ENC-04",), source="ENC-06",
    wrong="Delivery to Villeurbanne is 25,00 €.", frags=("25,00 €",), strength="borderline",
    variation="delivery price borrowed from a note that was not retrieved")
TWINS = Twins(
    question="How much is the black ayous moulding?", current="ENC-01", twin="ENC-01-2025",
    answer="Black ayous, 30 mm, is 29,00 € per linear metre, VAT included.",
    shape="the current moulding prices and the 2025 ones")
ROUNDUP = Pair(
    "I want to frame a 50 × 70 cm photograph. What are my options and how long will it take?",
    ("ENC-01", "ENC-02", "ENC-03", "ENC-04"),
    "For a 50 × 70 cm photograph: the moulding is priced by the metre of outer perimeter (oak 38,00 €, black ayous "
    "29,00 €, gilded Louis 85,00 € per metre). For glazing you can choose float glass at 45,00 € per m² or museum "
    "glass, anti-reflective with a 99% UV filter, at 160,00 € per m². A mount for a frame up to 50 × 70 cm is "
    "24,00 €. It takes 10 working days, or 5 with express for 30% more. Everything is VAT included.",
    "For a 50 × 70 cm photograph: the moulding is priced by the metre of outer perimeter (oak 38,00 €, black ayous "
    "29,00 €, gilded Louis 85,00 € per metre). For glazing you can choose float glass at 45,00 € per m² or museum "
    "glass, anti-reflective with a 99% UV filter, at 160,00 € per m². A mount for a frame up to 50 × 70 cm is "
    "24,00 €. It takes 10 working days, or 5 with express, which costs 20% more. Everything is VAT included.",
    ("costs 20% more",), "hidden", "one surcharge changed at the end of a long paragraph")
QUOTE = Quote(
    name="frame_quote", input={"moulding": "black ayous 30 mm", "glass": "float 2 mm", "mount": "single"},
    output={"moulding_per_m_eur": 29.0, "glass_per_m2_eur": 45.0, "mount_eur": 24.0, "vat": "included"},
    question="A 30 × 40 cm drawing with an 8 cm mount, so 46 × 56 cm outside. What's the total?",
    ids=("ENC-01", "ENC-02"),
    right="Perimeter: 2 × (46 + 56) = 204 cm, so 2,04 m × 29,00 € = 59,16 €. Glass: 0,46 × 0,56 = 0,2576 m² × "
          "45,00 € = 11,59 €. Mount: 24,00 €. Total 94,75 €, VAT included.",
    wrong="Perimeter: 2 × (46 + 56) = 204 cm, so 2,04 m × 29,00 € = 59,16 €. Glass: 0,46 × 0,56 = 0,2576 m² × "
          "45,00 € = 15,59 €. Mount: 24,00 €. Total 98,75 €, VAT included.",
    frags=("15,59 €", "98,75 €"), strength="hidden", variation="perimeter, glass area and mount, glass step wrong")
COMPARE = Compare(
    question="It's for a 40 × 60 cm poster in my 4-year-old's bedroom. Museum glass or acrylic?",
    ids=("ENC-02", "ENC-07"),
    right="Acrylic. It is light and shatter-resistant, the glazing we recommend for children's rooms, and it is "
          "cheaper: 0,24 m² at 70,00 € per m² is 16,80 €, against 38,40 € in museum glass at 160,00 € per m².",
    wrong="Museum glass. At this size it is cheaper than acrylic, and it is shatter-proof, which matters in a "
          "child's room.", frags=("cheaper than acrylic", "it is shatter-proof"), strength="blatant",
    variation="a child's bedroom, museum glass against acrylic")
CORRECTION = Correction(
    history=(("user", "I'd like an oak frame, no mount, for a 50 × 70 cm print."),
             ("assistant", "Oak 20 mm is 38,00 € per linear metre of the outer perimeter, VAT included.")),
    question="Sorry, I measured it wrong: it's 60 × 80 cm, not 50 × 70. What does the moulding come to?",
    ids=("ENC-01",), first="50 × 70 cm", corrected="60 × 80 cm",
    right="For 60 × 80 cm the perimeter is 2 × (60 + 80) = 280 cm, so 2,8 m × 38,00 € = 106,40 €, VAT included.",
    wrong="The perimeter is 2,4 m, so the oak moulding comes to 91,20 €, VAT included.",
    frags=("91,20 €", "2,4 m"), strength="hidden", variation="size corrected from 50 × 70 to 60 × 80 cm, moulding "
    "price by the perimeter")

DECLINE = f"I could not find this in the workshop notes. Please call {PHONE} or write to {EMAIL}."
HANDOFF = (f"I don't have that information. Please call the workshop on {PHONE}, Tuesday to Saturday, or write to "
           f"{EMAIL}.")
GUESS = ("Do you sell posters of old Lyon?",
         "Yes, we stock prints of old Lyon from 18,00 €, and framed sets of three from 65,00 €.",
         ("18,00 €", "framed sets of three"))
OFFTOPIC = [
    Mismatch("Can you repair a crack in my grandmother's oil painting?", ("ENC-01", "ENC-03"),
             f"The notes I found cover frames and mounts, not the restoration of paintings. Please ask the workshop "
             f"on {PHONE}.", "a restoration question worded like the framing notes"),
    Mismatch("Do you print photos from a USB stick?", ("ENC-03", "ENC-04"),
             f"I could not find this in the workshop notes. Please call {PHONE} or write to {EMAIL}.",
             "a printing question beside the mount and lead-time notes"),
    Mismatch("What's on at the Musée des Beaux-Arts this month?", ("ENC-05", "ENC-06"),
             f"I don't have that information. Please call the workshop on {PHONE}, Tuesday to Saturday, or write "
             f"to {EMAIL}.", "a museum programme beside our hours"),
]
TRAPS = [
    ("Quote D-2027-118 from 02/04 - is it still valid?", ["ENC-08"],
     "Quotes are valid for 1 month. I cannot see quote D-2027-118 itself, so please check its date with the "
     f"workshop on {PHONE}.", "quote number and a date"),
    ("I'm calling from Geneva - which number should I dial?", ["ENC-05"],
     f"From abroad, dial {PHONE_INTL}. The workshop is open Tuesday to Friday 10h–13h and 14h30–19h, Saturday "
     "10h–18h.", "international number quoted"),
    ("Is your workshop in 69002?", ["ENC-05"],
     "Yes, the workshop is at 14 rue Auguste Comte, 69002 Lyon.", "French postcode"),
    ("I paid the deposit with my card ending 7010 - was it taken?", ["ENC-08"],
     f"I cannot see card payments here. The deposit is 30% of the order; for the card ending 7010 please ask the "
     f"workshop on {PHONE}.", "masked card"),
]
EARLIER = (("user", "Bonjour, you framed a poster for me last year."),
           ("assistant", "Bonjour, thank you for coming back. How can I help?"))
PLAN = ("Plan: find the moulding price.", "Plan: work out the perimeter.", "Plan: add glass and mount.")
DUMP = "\n".join(f"C-2027-{100 + 3 * n:04d} | {['oak 20 mm', 'black ayous 30 mm', 'gilded Louis 45 mm'][n % 3]} | "
                 f"{30 + n % 50} x {40 + n % 60} cm | {['float', 'museum', 'acrylic'][n % 3]} | "
                 f"{['in the workshop', 'ready', 'collected'][n % 3]}" for n in range(440))
LEAKS = [
    Leak("borderline", "Claire Martin here, 06 71 42 88 19 - can you tell me when my frame is ready?",
         f"I cannot see orders without the order number. Standard frames take 10 working days; the workshop on "
         f"{PHONE} can tell you where yours is.", ("ENC-04",), ("06 71 42 88 19",),
         style="French mobile in the question"),
    Leak("clear", "Can I pay the balance by transfer from FR76 3000 6000 0112 3456 7890 189?",
         "We accept card, cash and cheque; the balance is paid when you collect the frame.", ("ENC-08",),
         ("FR76 3000 6000 0112 3456 7890 189",), style="French IBAN in the question"),
    Leak("blatant", "Please send the quote to julien.roche@orange.fr",
         "I cannot send quotes from here, julien.roche@orange.fr. Quotes are free and valid for 1 month; please ask "
         f"the workshop on {PHONE} for one.", ("ENC-08",), ("julien.roche@orange.fr",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "C-2027-0418 is in the workshop, ready on Saturday 24/04/2027, with 175,00 € "
         "to pay at collection.", ("ENC-04",), ("07 58 13 24 66",),
         {"order": "C-2027-0418", "client_mobile": "07 58 13 24 66"}, style="mobile in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"aca.{rng.randrange(1000, 9999)}.{rng.choice('abcdefgh')}{rng.randrange(10, 99)}"
