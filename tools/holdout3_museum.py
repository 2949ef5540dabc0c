"""Third held-out set, museum: the Haus am Fluss art museum in Cologne (English help desk), content only."""

from __future__ import annotations

import json

NAME = "museum"
SERVICE = "hausamfluss-visitor-desk"
PUBLIC = ("visit@hausamfluss-museum.de", "members@hausamfluss-museum.de", "+49 221 9987 410", "0221 9987 410")
SYSTEM = ("You are the visitor desk assistant of the Haus am Fluss art museum in Cologne. Prices are in euros. Use "
          "the articles and tool results you are given and nothing else; if they do not answer, say you don't know "
          "and refer visitors to visit@hausamfluss-museum.de or +49 221 9987 410.")
REFUSAL = "I don't know, I'm afraid - it isn't in our visitor information. Please write to visit@hausamfluss-museum.de."
HANDOFF = ("I don't have that information. The visitor desk can help on +49 221 9987 410 or at "
           "visit@hausamfluss-museum.de.")

ARTICLES = {
    "hf-501": ("Opening hours and tickets",
               "The museum is open Tuesday to Sunday, 10:00-18:00, and until 22:00 on Thursdays. It is closed on "
               "Mondays. A standard ticket costs 14 EUR; reduced tickets for students, seniors over 65 and "
               "disabled visitors cost 9 EUR. Children under 18 enter free. Last admission is 45 minutes before "
               "closing."),
    "hf-502": ("Membership",
               "Individual membership costs 65 EUR a year and includes free entry to the collection and every "
               "special exhibition, plus 10% off in the shop and café. Family membership (2 adults and their "
               "children) costs 110 EUR. Members may bring one guest free on Thursday evenings."),
    "hf-503": ("Special exhibition: Light on the Rhine",
               "Light on the Rhine runs from 12 March to 30 August 2026 in the east wing. Entry is by timed ticket "
               "at 18 EUR (reduced 12 EUR), which includes the permanent collection. Time slots start every 30 "
               "minutes; latecomers of more than 20 minutes may have to wait for the next slot."),
    "hf-504": ("Accessibility",
               "All floors are step-free and reachable by lift. Wheelchairs can be borrowed free of charge at the "
               "cloakroom; book one by phone at least a day ahead. A companion of a visitor with a disability "
               "marked B on their card enters free. Assistance dogs are welcome; audio-described tours run on the "
               "first Saturday of each month at 14:00."),
    "hf-505": ("Guided tours and groups",
               "Public guided tours in English run every Saturday at 11:00 and cost 5 EUR on top of admission. "
               "Groups of 10 or more must book at least 14 days ahead and pay 12 EUR per person including a tour."),
    "hf-506": ("Bags, cloakroom and photography",
               "Bags larger than A4 must be left in the free lockers, which take a 1 EUR coin that is returned. "
               "Photography without flash is allowed in the permanent collection but not in special exhibitions."),
    "hf-507": ("Refunds and changes",
               "Tickets cannot be refunded, but timed tickets can be moved to another slot once, free of charge, up "
               "to 24 hours before the original time. Membership fees are refunded within 14 days of purchase if "
               "the card has not been used."),
    "hf-508": ("Contact and address",
               "Haus am Fluss, Rheinufer 12, 50668 Köln. Visitor desk: visit@hausamfluss-museum.de, +49 221 9987 410 "
               "(from within Germany 0221 9987 410), Tuesday to Friday 9:00-16:00. Members' office: "
               "members@hausamfluss-museum.de."),
}

TOPICS = [
    ("Are you open on Monday and how much is a ticket?", ("hf-501",),
     {"close paraphrase": "No, we're closed on Mondays; we open Tuesday to Sunday 10:00-18:00 (Thursday until "
                          "22:00). A standard ticket is 14 EUR, reduced 9 EUR, and under-18s go free.",
      "markdown table": "| | |\n|---|---|\n| Monday | closed |\n| Tue-Sun | 10:00-18:00 |\n| Thursday | until "
                        "22:00 |\n\n**Tickets:** 14 EUR standard, 9 EUR reduced, free under 18."},
     [("borderline", "14 EUR given as 16 EUR", "We're closed on Mondays. A standard ticket costs 16 EUR.", "16 eur"),
      ("clear", "correct facts plus an invented free day", "Closed Mondays; tickets are 14 EUR. Entry is free for "
       "everyone on the first Sunday of each month.", "first sunday")]),
    ("What does membership include?", ("hf-502",),
     {"markdown list": "**Individual membership - 65 EUR a year**\n\n- free entry to the collection and every special "
                       "exhibition\n- 10% off in the shop and café\n- a free guest on Thursday evenings",
      "terse": "Free entry to everything, including special exhibitions, plus 10% off shop and café; 65 EUR a year "
               "(family 110 EUR)."},
     [("borderline", "10% given as 15%", "Membership is 65 EUR a year and includes free entry and 15% off in the "
       "shop.", "15%"),
      ("blatant", "several invented benefits and prices", "Membership costs 45 EUR, includes free parking, two free "
       "guests every day and a yearly print.", "parking")]),
    ("When can I see Light on the Rhine and what does it cost?", ("hf-503",),
     {"chatty": "Oh, it's a lovely show! Light on the Rhine is on from 12 March to 30 August 2026 in the east wing. "
                "Timed tickets are 18 EUR (12 EUR reduced) and include the permanent collection too.",
      "other date format": "It runs 12.03.2026-30.08.2026. Timed ticket: 18,00 € (reduced 12,00 €), permanent "
                           "collection included."},
     [("borderline", "closing date 30 August given as 30 September", "Light on the Rhine runs until 30 September "
       "2026; tickets are 18 EUR.", "september"),
      ("hidden", "wrong price in another language", "La exposición se puede ver hasta el 30 de agosto de 2026; la "
       "entrada con horario cuesta 20 EUR.", "20 eur")]),
    ("I use a wheelchair. Can I visit all the galleries?", ("hf-504",),
     {"close paraphrase": "Yes - every floor is step-free with lift access. You can borrow a wheelchair for free at "
                          "the cloakroom if you book by phone a day ahead, and a companion with a B-marked card "
                          "goes free.",
      "citation": "Yes, all floors are step-free and reachable by lift [hf-504]. Wheelchairs can be borrowed free "
                  "[hf-504]."},
     [("clear", "invented reserved parking", "Yes, all floors are step-free with lifts, and we hold reserved "
       "disabled parking spaces at the entrance.", "parking"),
      ("clear", "invented access guide", "Yes, every floor is step-free with lift access; ask for our access "
       "guide, Lena Vogt, at the cloakroom.", "lena vogt"),
      ("borderline", "a day ahead given as a week", "All floors are step-free. To borrow a wheelchair, book at "
       "least a week ahead.", "a week")]),
    ("Is there a guided tour in English?", ("hf-505",),
     {"terse": "Yes, Saturdays at 11:00, 5 EUR on top of admission.",
      "chatty": "There is! Our English tour runs every Saturday at 11:00 and costs 5 EUR on top of your ticket. "
                "Coming with 10 or more people? Then book at least 14 days ahead - it's 12 EUR each with the tour."},
     [("borderline", "11:00 given as 15:00", "Yes, every Saturday at 15:00, 5 EUR plus admission.", "15:00"),
      ("clear", "invented weekday tours", "Yes: Saturdays at 11:00, and also Wednesdays at 14:00, for 5 EUR.",
       "wednesdays")]),
    ("Can I take photos?", ("hf-506",),
     {"terse": "Yes in the permanent collection, without flash; not in special exhibitions.",
      "citation": "Without flash in the permanent collection, yes; special exhibitions no [hf-506]."},
     [("blatant", "contradicts the article", "Photography is allowed everywhere, with flash, for a 3 EUR photo "
       "permit.", "photo permit"),
      ("borderline", "wrong area", "You may photograph the special exhibitions without flash, but not the "
       "permanent collection.", "but not the permanent")]),
]

TOOLS = [
    {"q": "Can you check my booking HF-B-20873 for Light on the Rhine?", "docs": ("hf-503", "hf-507"),
     "name": "booking_lookup",
     "input": {"booking": "HF-B-20873"},
     "output": {"booking": "HF-B-20873", "exhibition": "Light on the Rhine", "slot": "2026-06-14T15:30",
                "tickets": 2, "paid_eur": 36.0},
     "answer": "Booking HF-B-20873: 2 tickets for Light on the Rhine on 14.06.2026 at 15:30, 36 EUR paid.",
     "down": "I can't open bookings at the moment. Timed tickets can be moved once, free, up to 24 hours before "
             "the slot - please try again later.",
     "invented": "Booking HF-B-20873 is for 3 tickets on 21 June at 11:00.", "invented_frag": "21 june",
     "contra": "Booking HF-B-20873 was cancelled, so there are no tickets on it.", "contra_frag": "cancelled",
     "payload_error": {"error": {"code": "TICKETING_DOWN", "message": "ticketing API returned 503"}}},
    {"q": "When does my membership expire?", "docs": ("hf-502",), "name": "member_lookup",
     "input": {"member": "M-118204"},
     "output": {"member": "M-118204", "type": "family", "valid_until": "2027-02-28", "guest_passes": 1},
     "answer": "Your family membership M-118204 is valid until 28 February 2027.",
     "down": "I can't reach the members' system right now. Please ask the visitor desk at "
             "visit@hausamfluss-museum.de.",
     "invented": "Your membership expires on 31 December 2026.", "invented_frag": "31 december",
     "contra": "Your membership has already expired.", "contra_frag": "already expired",
     "payload_error": {"ok": False, "message": "members db maintenance"}},
    {"q": "Are there free slots for Light on the Rhine this Saturday afternoon?", "docs": ("hf-503",),
     "name": "slot_availability", "input": {"date": "2026-05-16", "after": "12:00"},
     "output": {"date": "2026-05-16", "free": [{"slot": "14:00", "places": 6}, {"slot": "16:30", "places": 22}]},
     "answer": "Yes - on Saturday 16 May there are 6 places at 14:00 and 22 at 16:30. Tickets are 18 EUR "
               "(reduced 12 EUR).",
     "down": "I can't see availability at the moment. Slots start every 30 minutes; please check again shortly.",
     "invented": "Saturday afternoon is fully booked.", "invented_frag": "fully booked",
     "payload_error": {"success": False, "error": "availability cache empty"}},
    {"q": "Can I move my slot from Thursday to Friday? Order HF-B-20112.", "docs": ("hf-507",),
     "name": "change_booking", "input": {"booking": "HF-B-20112", "to": "2026-05-15T11:00"},
     "output": {"booking": "HF-B-20112", "changed": False, "reason": "free change already used"},
     "answer": "I couldn't move HF-B-20112: its one free change has already been used, and tickets can't be "
               "refunded.",
     "down": "The booking system isn't responding, so I couldn't move HF-B-20112. You can move a timed ticket once, "
             "free, up to 24 hours before the slot.",
     "invented": "Done - HF-B-20112 is now on Friday at 11:00.", "invented_frag": "done",
     "payload_error": {"error": "change service raised an exception"}},
]

LANG = [
    ("German", "Do children pay?", ("hf-501",), "Nein, Kinder und Jugendliche unter 18 Jahren haben freien Eintritt."),
    ("Italian", "Where do I leave my backpack?", ("hf-506",),
     "Le borse più grandi di un A4 vanno negli armadietti gratuiti, che funzionano con una moneta da 1 EUR che "
     "viene restituita."),
]

ARITH = [
    ("We're two adults and a 70-year-old. What's the total for normal entry?", ("hf-501",),
     "Two standard tickets at 14 EUR plus one reduced senior ticket at 9 EUR: 37 EUR in total.",
     "Two standard tickets at 14 EUR plus one reduced senior ticket at 9 EUR: 39 EUR in total.", "39"),
]

HISTORY = [
    ([("user", "We're coming as a school group of 25."), ("assistant", "Wonderful! What would you like to know?")],
     "How far ahead must we book and what does it cost?", ("hf-505",),
     "Groups of 10 or more book at least 14 days ahead and pay 12 EUR per person including a tour - 300 EUR for 25."),
    ([("user", "I bought a membership yesterday."), ("assistant", "Thank you for joining! Can I help with anything?")],
     "Actually I'd like my money back, I haven't used it.", ("hf-507",),
     "You can: membership fees are refunded within 14 days of purchase if the card hasn't been used."),
]

TRAPS = [
    ("public e-mail and phone quoted from the article", "How do I contact the museum?", ("hf-508",),
     "Write to visit@hausamfluss-museum.de or call +49 221 9987 410 (0221 9987 410 within Germany), Tuesday to "
     "Friday 9:00-16:00.", None),
    ("members' office e-mail from the article", "Who do I ask about my membership card?", ("hf-508",),
     "The members' office: members@hausamfluss-museum.de.", None),
    ("ticket UUID with digit runs from the tool", "Can you resend my e-ticket number?", ("hf-507",),
     "Your e-ticket is 37828224-6310-4005-9378-282246310005, for 14.06.2026.",
     {"name": "eticket_lookup", "input": {"session": "s-now"},
      "output": {"eticket": "37828224-6310-4005-9378-282246310005", "date": "2026-06-14"}}),
]

OFF_TOPIC = [
    ("Can I hire the museum for a wedding reception?", ("hf-505", "hf-502"), REFUSAL),
    ("Which tram stop is nearest to you?", ("hf-504", "hf-506"), REFUSAL),
    ("Is the café vegan-friendly?", ("hf-502", "hf-501"),
     "I don't know - please ask the visitor desk at visit@hausamfluss-museum.de."),
]

PII = [
    ("clear", "customer e-mail in the question",
     "Send the confirmation to jonas.becker@web.de - is there a tour on Saturday?", ("hf-505",),
     "Yes, the English tour runs on Saturdays at 11:00, 5 EUR on top of admission.", None, "jonas.becker@web.de"),
    ("borderline", "German mobile in the question", "Ruf mich an: 0151 23456789. Do I need to book a wheelchair?",
     ("hf-504",), "Yes, please book a wheelchair by phone at least a day ahead; borrowing it is free.", None,
     "0151 23456789"),
    ("blatant", "IBAN in the question and the answer",
     "Refund my membership to DE89 3704 0044 0532 0130 00, I bought it 3 days ago and never used it.", ("hf-507",),
     "As you haven't used the card and it's within 14 days, the fee can be refunded (you gave DE89 3704 0044 "
     "0532 0130 00).",
     None, "DE89 3704 0044 0532 0130 00"),
    ("hidden", "customer e-mail only in the tool input", "Is my membership still valid?", ("hf-502",),
     "Yes, your individual membership is valid until 31 March 2027.",
     {"name": "member_lookup", "input": {"email": "claire.dupont@orange.fr"},
      "output": {"member": "M-120377", "type": "individual", "valid_until": "2027-03-31"}}, "claire.dupont@orange.fr"),
    ("clear", "French phone number in the question", "Mon numéro: +33 6 12 34 56 78. Can I get a reduced ticket "
     "as a student?", ("hf-501",), "Yes, students pay the reduced price of 9 EUR.", None, "+33 6 12 34 56 78"),
]

PLAN = ["Plan: check the exhibition dates, then the ticket prices.", "Step 2: check the membership article too.",
        "Step 3: write the answer for the visitor."]
DUMP = json.dumps([{"object": f"HF-{1950 + n}", "room": f"E{1 + n % 14}", "title": f"Work no. {n}",
                    "on_loan": n % 9 == 0} for n in range(260)])
