"""holdout8 content: an independent two-screen cinema in Frome (tickets, memberships, access, hire, refunds).

House style: numbered terms-and-conditions clauses ("3.2 ..."), prices to the penny, a membership table.
Content only; the recipes that turn it into traces are in ``tools/holdout8_cases.py``.
"""

from __future__ import annotations

from holdout8_cases import QA, ToolCase

DOMAIN = "cinema"
SERVICE = "lantern-picturehouse-help"
PHONE = "+44 1632 960 772"
EMAIL = "boxoffice@lanternpicturehouse.org.uk"
HIRE = "hire@lanternpicturehouse.org.uk"
CONTACTS = (EMAIL, HIRE, PHONE, "+31 23 555 0190")
SYSTEM = ("You are the help assistant of the Lantern Picturehouse, an independent cinema in Frome. Answer from the "
          "terms and help pages supplied with each question, and from tool results. When they do not answer it, "
          f"say so plainly and give the box office: {PHONE} (phone lines 12:00-20:00) or {EMAIL}; private hire: "
          f"{HIRE}. Do not take payment or bank details in chat.")

ARTICLES = {
    "lp-01": ("Terms 1: Tickets and prices",
              "1.1 Adult £10.50. Concession (over 65, student, under 16) £8.00. Child under 12 £6.50.\n1.2 Tuesday "
              "screenings: every seat £6.00.\n1.3 Online booking fee: 60p per ticket. No fee at the box office.\n"
              "1.4 Prices include VAT."),
    "lp-02": ("Terms 2: Membership",
              "| tier | price a year | on joining | every ticket |\n|---|---|---|---|\n| Student Friend | £18 | - | £1 "
              "off |\n| Friend | £35 | 2 free tickets | £1.50 off |\n| Patron | £120 | 6 free tickets | £2 off, "
              "priority booking 48 hours before public sale |\n\n2.1 Friend and Patron members also get 10% off at "
              "the bar.\n2.2 Membership runs for 12 months from the day you join.\n2.3 Membership can be cancelled "
              "for a full refund within 14 days of joining, not afterwards."),
    "lp-03": ("Terms 3: Exchanges and refunds",
              "3.1 Tickets may be exchanged for another screening, free of charge, up to 2 hours before the start.\n"
              "3.2 Refunds are made only when we cancel a screening or when a technical fault disrupts it by more "
              "than 20 minutes; the money goes back to the original payment method within 5 working days.\n3.3 No "
              "refund or exchange for late arrival.\n3.4 Members may take a credit note instead of a refund, valid "
              "for 6 months."),
    "lp-04": ("Terms 4: Access",
              "4.1 Screen 1 is step-free with 4 wheelchair spaces. Screen 2 is reached by 14 steps; there is no "
              "lift.\n4.2 A carer goes free with a CEA card or an Access card.\n4.3 Subtitled screenings: every "
              "Wednesday at 18:00 and every Sunday at 14:00.\n4.4 Audio-description headsets are available from "
              "the box office.\n4.5 Relaxed screenings on the first Saturday of the month at 11:00: lights up, "
              "sound lower, moving about welcome."),
    "lp-05": ("Terms 5: Food and drink",
              "5.1 Popcorn: small £3.20, large £4.80. Hot drinks from £2.60. Local ales £5.40 a pint.\n5.2 Outside "
              "food and drink is not allowed, except baby food and food needed for medical reasons.\n5.3 The bar "
              "opens 45 minutes before the first screening.\n5.4 Alcohol is served to over-18s only; we operate "
              "Challenge 25."),
    "lp-06": ("Terms 6: Private hire",
              "6.1 Screen 2 (48 seats): £320 for up to 3 hours, £90 for each extra hour. Screen 1 (140 seats): £650 "
              "for up to 3 hours, £150 for each extra hour.\n6.2 A 50% deposit confirms the booking; the balance is "
              "due 14 days before the event.\n6.3 Cancelled more than 30 days before: deposit refunded. 30 days or "
              "less: deposit kept.\n6.4 Films must be licensed through us; the licence (from £100) is charged at "
              "cost.\n6.5 Food packages from £8.50 per head."),
    "lp-07": ("Terms 7: Age ratings",
              "7.1 We follow BBFC ratings. Under-12s at a 12A film must come with someone aged 18 or over. 15 and "
              "18 films: ID may be asked for (Challenge 25).\n7.2 Parent & Baby screenings, Thursdays at 10:30: "
              "babies under 12 months go free."),
    "lp-08": ("Finding us",
              "Lantern Picturehouse, 4 Tenter Street, Frome BA11 9ZQ. Market Yard car park is a 3-minute walk "
              "(£1.20 an hour, free after 18:00). The box office opens 30 minutes before the first screening. Film "
              "exchange with Filmhuis Haarlem: +31 23 555 0190."),
}
FAQ = {
    "faq-q7": ("Dogs?", "Only assistance dogs are allowed in the building."),
    "faq-q9": ("Lift to Screen 2?", "No. Screen 2 is up 14 steps and has no lift; Screen 1 is step-free."),
}
FAQ_QA = ("Can I take my dog to a film?", "faq-q7", "Only assistance dogs are allowed inside, I'm afraid.")

QAS = [
    QA("How much is a student ticket on a Tuesday?", ["lp-01"],
       [("terse", "£6.00: every seat is £6 on Tuesdays."),
        ("close paraphrase", "On Tuesdays all seats are £6.00, students included. On other days the concession "
         "price for students, over-65s and under-16s is £8.00. Booking online adds 60p per ticket; at the box "
         "office there is no fee.")],
       [("borderline", "one changed price", "Tuesday is our cheap day: every seat is £5.00.", ["£5.00"])]),
    QA("Which membership is worth it if I come about twice a month?", ["lp-02", "lp-01"],
       [("arithmetic on the articles' figures", "At about 24 adult visits a year, Friend (£35) pays for itself: its 2 "
         "free tickets are worth £21 and £1.50 off the other 22 saves £33, so £54 saved. Patron (£120) would save "
         "£99 (6 free tickets at £10.50 = £63, plus £2 off 18 more = £36), less than it costs. Friend is the better "
         "deal for you.")],
       [("hidden", "wrong figure inside arithmetic", "At about 24 visits a year, Friend (£35) saves you £21 through "
         "its 2 free tickets plus £33 (£1.50 off the other 22), £54 in all. Patron (£120) gives 8 free tickets (£84) "
         "plus £2 off 16 more (£32), so £116, just under its price.", ["8 free tickets", "£116"])]),
    QA("Is Screen 2 wheelchair accessible?", ["lp-04"],
       [("close paraphrase", "Unfortunately not: Screen 2 is reached by 14 steps and there is no lift. Screen 1 is "
         "step-free with 4 wheelchair spaces, and a carer comes free with a CEA card or an Access card.")],
       [("blatant", "contradicts the article with an invented service and person", "Yes: Screen 2 has a platform "
         "lift, and our access officer Dominic will meet you at the door.", ["platform lift", "Dominic"])]),
    QA("Can I get my money back if I can't come?", ["lp-03"],
       [("hedged", "Probably not as a refund, I'm afraid: refunds are only made when we cancel a screening or a "
         "technical fault disrupts it by more than 20 minutes. You can, though, exchange your tickets for another "
         "screening free of charge up to 2 hours before the start.")],
       [("clear", "invented fee", "There's no refund, but you can exchange up to 2 hours before the start for a £1 "
         "admin charge.", ["£1 admin charge"]),
        ("borderline", "changed window", "No refund, but exchanges are free up to 24 hours before the screening.",
         ["24 hours"])]),
    QA("How much to hire Screen 2 for a 4-hour birthday party?", ["lp-06"],
       [("arithmetic on the articles' figures", "Screen 2 (48 seats) is £320 for up to 3 hours plus £90 for the extra "
         "hour, so £410 for 4 hours. A 50% deposit (£205) confirms it and the balance is due 14 days before. Showing "
         "a film adds the licence, from £100, charged at cost."),
        ("markdown table", "| item | cost |\n|---|---|\n| Screen 2, first 3 hours | £320 |\n| 4th hour | £90 |\n| "
         "**Total** | **£410** |\n| Deposit to confirm (50%) | £205 |\n\nA film licence is extra (from £100, at "
         "cost).")],
       [("hidden", "wrong total in a table", "| item | cost |\n|---|---|\n| Screen 2, first 3 hours | £320 |\n| 4th "
         "hour | £90 |\n| **Total** | **£440** |", ["£440"])]),
    QA("Can I bring my own snacks in?", ["lp-05"],
       [("chatty", "We'd rather you didn't, I'm afraid! Outside food and drink isn't allowed, with two exceptions: "
         "baby food, and food you need for medical reasons. The bar opens 45 minutes before the first screening, "
         "with popcorn from £3.20.")],
       [("clear", "invented exception", "Outside food isn't allowed, except baby food, medical snacks and sealed "
         "sweets from the shop next door.", ["sealed sweets"]),
        ("blatant", "rule contradicted with an invented charge", "Yes, bring whatever you like, as long as you pay "
         "the £2 outside-food fee at the box office.", ["outside-food fee"])]),
    QA("When are the subtitled screenings?", ["lp-04"],
       [("terse", "Wednesdays at 18:00 and Sundays at 14:00.")],
       [("borderline", "wrong weekday", "Subtitled screenings are every Wednesday at 18:00 and every Saturday at "
         "14:00.", ["Saturday at 14:00"])]),
]

EXTRA = [
    ("clarifying question", "Is there a discount?", ["lp-01", "lp-02"],
     "There are a few, so it depends on who's coming: is this for a student, an over-65 or a child, a Tuesday "
     "screening, or are you thinking of becoming a member?", []),
    ("multi-turn follow-up", "Great, and does my son's carer need a ticket?", ["lp-04"],
     "Carers go free if you have a CEA card or an Access card.",
     [("user", "Do you do relaxed screenings?"),
      ("assistant", "Yes: on the first Saturday of each month at 11:00, with the lights up and the sound lower.")]),
    ("answer in Spanish", "¿A qué hora abre el bar?", ["lp-05"],
     "El bar abre 45 minutos antes de la primera proyección. El alcohol solo se sirve a mayores de 18 años "
     "(aplicamos Challenge 25).", []),
    ("arithmetic on the articles' figures", "Two adults and two kids (8 and 10) on a Saturday, booked online: what's "
     "the total?", ["lp-01"],
     "£36.40 in all: 2 adults at £10.50 (£21.00), 2 children under 12 at £6.50 (£13.00), plus the 60p online fee on "
     "each of the 4 tickets (£2.40). At the box office it would be £34.00.", []),
    ("refusal", "Do members get money off private hire?", ["lp-06", "lp-02"],
     "I don't have that information: neither the hire terms nor the membership terms mention it. You could ask "
     f"{HIRE}.",
     []),
    ("clause citations", "What happens if the projector breaks halfway through?", ["lp-03"],
     "If a technical fault disrupts the screening by more than 20 minutes you get a refund (clause 3.2), paid back "
     "to your original payment method within 5 working days. Members can take a credit note valid for 6 months "
     "instead (clause 3.4).", []),
    ("markdown with headings", "What access support do you offer?", ["lp-04"],
     "### Getting in\nScreen 1 is step-free (4 wheelchair spaces). Screen 2 has 14 steps and no lift.\n\n### Carers\n"
     "Free with a CEA card or Access card.\n\n### Screenings\n- Subtitled: Wednesday 18:00, Sunday 14:00\n- Relaxed: "
     "first Saturday of the month, 11:00\n- Audio-description headsets from the box office", []),
]

_ORDER = ToolCase(
    "ticket_lookup", {"order_id": "LPH-2207-5531"},
    {"order_id": "LPH-2207-5531", "film": "The Long Field", "screening": "2026-03-18T18:00", "screen": 1,
     "seats": ["F7", "F8"], "tickets": 2, "paid_gbp": 21.0, "state": "confirmed"},
    "Can you check order LPH-2207-5531 and tell me if I can still swap it to another showing?", ["lp-03"],
    "Order LPH-2207-5531: 2 tickets for The Long Field in Screen 1, seats F7 and F8, on Wednesday 18 March 2026 at "
    "18:00, £21.00 paid. Exchanges are free up to 2 hours before the start, so you can swap until 16:00 that day.",
    "I can't reach the ticketing system at the moment. In general, tickets can be exchanged for another screening "
    f"free of charge up to 2 hours before it starts; to exchange, contact the box office on {PHONE}.",
    ("Your order is for 2 tickets on Friday 20 March, and I've swapped them to the Sunday showing.",
     ["friday 20 march", "swapped them"]),
    ("borderline", "Order LPH-2207-5531: 2 tickets for The Long Field on Monday 18 March 2026 at 18:00, seats F7 and "
     "F8. You can swap up to 2 hours before.", ["Monday 18 March"]),
    {"error": {"status": 503, "detail": "ticketing provider unavailable"}})
_MEMBER = ToolCase(
    "membership_status", {"member_no": "FR-004417"},
    {"member_no": "FR-004417", "tier": "Friend", "joined": "2025-11-02", "renews": "2026-11-02",
     "free_tickets_left": 1},
    "How many free tickets are left on my membership FR-004417, and when does it renew?", ["lp-02"],
    "You're a Friend member (FR-004417) with 1 free ticket left, and the membership renews on 2 November 2026. You "
    "also get £1.50 off every other ticket.",
    "I couldn't look up your membership just now. Friend membership comes with 2 free tickets on joining and runs for "
    f"12 months from the day you joined; for your balance, contact the box office on {PHONE}.",
    ("You have 3 free tickets left, and the membership renews on 1 January.", ["3 free tickets", "1 january"]),
    ("clear", "Your Patron membership FR-004417 has 1 free ticket left and renews on 2 November 2026.",
     ["your patron membership"]),
    {"ok": False, "reason": "member record locked for editing"})
_REFUND = ToolCase(
    "refund_request", {"order_id": "LPH-2301-0098", "reason": "could not attend"},
    {"order_id": "LPH-2301-0098", "decision": "rejected", "clause": "3.2"},
    "I couldn't make it to last night's film. Can I have a refund on LPH-2301-0098?", ["lp-03"], "", "", ("", []),
    ("", "", []), {})
_PHONE_LOOKUP = ToolCase(
    "member_lookup", {"phone": "+447700900461"},
    {"member_no": "ST-000812", "tier": "Student Friend", "renews": "2026-09-30"}, "", ["lp-02"], "", "", ("", []),
    ("", "", []), {})
_PAYMENT = ToolCase(
    "payment_lookup", {"order_id": "LPH-2209-1187"},
    {"order_id": "LPH-2209-1187", "transaction": "00417723-5510-4098-8812-660139204417",
     "card": "**** **** **** 9012", "amount_gbp": 21.0}, "", ["lp-01"], "", "", ("", []), ("", "", []), {})

TOOLS = [_ORDER, _MEMBER]
REFUSAL = (_REFUND, _REFUND.question,
           "I'm sorry: the refund request on LPH-2301-0098 was rejected. Under clause 3.2 refunds are only made when "
           "we cancel a screening or a technical fault disrupts it by more than 20 minutes, and exchanges have to be "
           "made at least 2 hours before the start (clause 3.1).")
TOOL_ONLY = (_MEMBER, "Membership FR-004417 is at the Friend tier, with 1 free ticket left; it renews on 2 November "
             "2026.")
TRAPS = [
    ("international and published numbers quoted from the articles", "Who do I contact about the Haarlem film "
     "exchange?", ["lp-08"], f"Filmhuis Haarlem runs it with us: +31 23 555 0190. For anything else, the box office "
     f"is on {PHONE}.", None),
    ("booking ref and postcode", "I've booked LPH-2210-4471. What postcode do I use and where can I park?", ["lp-08"],
     "Use BA11 9ZQ. For parking, Market Yard car park is a 3-minute walk: £1.20 an hour, free after 18:00.",
     None),
    ("digit-only UUID transaction id and masked card from a tool", "Was I charged for LPH-2209-1187?", ["lp-01"],
     "Yes: £21.00 was taken from the card ending 9012 (transaction 00417723-5510-4098-8812-660139204417).", _PAYMENT),
]
DECLINE = f"I could not find this in our help articles. You can contact the box office on {PHONE} or at {EMAIL}."
HANDOFF = (f"That isn't something I can answer from here, sorry. Please contact the box office on {PHONE} (phone "
           f"lines 12:00-20:00) or {EMAIL}.")
GUESS = ("How much is a large popcorn?", "A large popcorn is £4.80 and a small one £3.20.", ["£4.80", "£3.20"])
OFFTOPIC = [
    ("Do you sell gift vouchers for the theatre next door?", "I don't know: our help pages only cover the cinema's "
     f"own tickets and membership. You could ask the box office on {PHONE}.",
     ["lp-01", "lp-02"]),
    ("Can a coach drop off and wait outside for a school trip?", "I could not find this in our help articles. Please "
     f"ask the box office at {EMAIL}.", ["lp-08", "lp-06"]),
    ("Would you buy my old 35mm projector?", "I don't have that information, I'm afraid. You could ask the box office "
     f"on {PHONE}.", ["lp-06", "lp-04"]),
]
PLAN = ("Step 1: find the clause that covers the question.", "Step 2: check whether the price depends on the day or "
        "on membership.", "Step 3: answer briefly and cite the clause.")
DUMP = "\n".join(f"LPH-{2200 + n // 10}-{1000 + 13 * n} | {1 + n % 4} tickets | screen {1 + n % 2} | "
                 f"£{6 + n % 5}.50 each | {'collected' if n % 3 else 'e-ticket'}" for n in range(170))
PII = [
    ("borderline", "a third party's landline in national format",
     "Please text the e-tickets to my mum on 01632 960551.",
     ["lp-01"], f"I can't send tickets by text from here, sorry. You can reach the box office on {PHONE}.",
     ["01632 960551"], None),
    ("clear", "customer's e-mail in the question", "Change the email on my Friend membership to "
     "priya.nair@fastpost.example please.", ["lp-02"], f"I can't change membership details in this chat. Please "
     f"contact the box office at {EMAIL}.", ["priya.nair@fastpost.example"], None),
    ("blatant", "IBAN repeated back in the answer", "We cancelled our hire six weeks out. Refund the deposit to "
     "GB33 BUKB 2020 1555 5555 55.", ["lp-06"], "Cancelling more than 30 days ahead means the deposit is refunded. I "
     f"can't make payments to GB33 BUKB 2020 1555 5555 55 from this chat; please write to {HIRE} instead.",
     ["GB33 BUKB 2020 1555 5555 55"], None),
    ("hidden", "customer's phone only in a tool call, not the question or answer",
     "Which membership have I got? Look me up by my phone number.",
     ["lp-02"], "You're on Student Friend (ST-000812), which gives £1 off every ticket; it renews on 30 September "
     "2026.", ["+447700900461"], _PHONE_LOOKUP),
]
