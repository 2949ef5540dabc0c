"""Thirty-ninth held-out set, content of one domain: an independent bookshop with a reading café in Exarchia,
Athens, Greece (``bookshop``).

House style: warm, bookish replies in English with Greek courtesies ("Kaliméra", "efcharistó", "kalí anágnosi"),
ids ``PH-1`` to ``PH-8`` (the summer-hours page's superseded twin ``PH-1-2026``), euros written "11,90 €" with a
decimal comma and the sign after a space, dates written out ("Monday 14 June 2027"), times on the 24-hour clock
("19:30"). Content only; the recipes live in ``tools/holdout39_cases.py``.
"""

from __future__ import annotations

import random

from holdout39_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Points,
    Quote,
    Refusal,
    Twins,
)

DOMAIN = "bookshop"
PLACE = 1
SERVICE = "pharos-books-desk"
INDEX = "pharos-pages"
PHONE = "210 381 4472"
PHONE_INTL = "+30 210 381 4472"
EMAIL = "desk@pharosbooks.gr"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the desk assistant of Pharos Books, an independent bookshop with a reading café on Themistokleous "
          "Street, Exarchia, Athens. Use only the shop's pages and the tool results you are given. If they do not "
          f"answer a question, say so and give the desk: {PHONE} ({PHONE_INTL} from abroad), Monday to Saturday "
          f"during opening hours, or {EMAIL}.")

ARTICLES = {
    "PH-1": ("Opening hours (summer 2027)",
             "Monday to Friday 10:00-21:00, Saturday 10:00-18:00, closed on Sundays. In August we open Monday to "
             "Saturday 10:00-15:00, and we close for the Dekapentávgoustos holiday from Tuesday 10 August to "
             "Friday 20 August 2027."),
    "PH-1-2026": ("Opening hours (summer 2026, superseded)",
                  "Summer 2026: Monday to Friday 10:00-20:30, Saturday 10:00-17:00; closed from 8 August to 22 "
                  "August 2026."),
    "PH-2": ("New books and prices",
             "Greek titles are sold at the publisher's fixed price, as the law on the single book price requires. "
             "English-language paperbacks start at 11,90 €; the children's room upstairs carries picture books "
             "from 8,50 €."),
    "PH-3": ("The Pharos Card",
             "Earn 2 points for every whole euro you spend on books (the cents earn nothing). 200 points = a "
             "5,00 € voucher; points are redeemed only in whole blocks of 200, and what is left over stays on the "
             "card. Points expire 24 months after the purchase that earned them. The card is free: ask at the till."),
    "PH-4": ("Special orders and click and collect",
             "We order any book in print: from Greek publishers in 2-4 working days, from the UK or the US in 2-3 "
             "weeks with a 5,00 € deposit a book, taken off the price when you collect. Click and collect is "
             "free: books in stock are ready at the till two hours after you order online."),
    "PH-5": ("Returns",
             "Bring back an unread book within 14 days with its receipt and we give you a credit note; we do not "
             "refund in cash. Special orders cannot be returned unless they arrive damaged."),
    "PH-6": ("Events and the reading club",
             "Book presentations are on Thursdays at 19:30 and are free. The reading club meets on the first "
             "Tuesday of the month at 18:30; 3,00 € with a coffee. Children's story hour is on Saturdays at 11:00 "
             "for ages 4-8, free."),
    "PH-7": ("Shipping",
             "We ship within Greece with ACS: 3,50 €, free from 40,00 €, 1-2 working days (islands 1-2 days "
             "more). To Cyprus 9,00 €, to the rest of the EU 12,00 €."),
    "PH-8": ("Gift vouchers and the second-hand shelf",
             "Gift vouchers come in any amount from 10,00 € and are valid for 12 months. We buy second-hand books "
             "in good condition for store credit worth 20% of the cover price."),
}
FAQ = {
    "ph-faq-1": ("Is the café open to people who are not buying books?", "Of course: the café serves everyone, "
                 "freddo espresso 2,80 €, and you may read any book from the shelves at the café tables."),
    "ph-faq-2": ("Can I bring my dog?", "Yes, well-behaved dogs on a lead are welcome downstairs, not in the "
                 "children's room."),
}
FAQ_QA = ("can I sit in the café without buying a book?", "Of course: the café serves everyone, and you may read "
          "any book from the shelves at the café tables.")

PAIRS = [
    Pair("how much is the reading club", ("PH-6",),
         "The reading club is 3,00 € with a coffee, on the first Tuesday of the month at 18:30.",
         "The reading club is 4,00 € with a coffee, on the first Tuesday of the month at 18:30.", ("4,00 €",),
         "borderline", "terse, one changed price"),
    Pair("Until what time are you open on Saturdays?", ("PH-1",),
         "Kaliméra! On Saturdays we're open 10:00-18:00 (closed on Sundays).",
         "Kaliméra! On Saturdays we're open 10:00-20:00 (closed on Sundays).", ("10:00-20:00",), "borderline",
         "changed closing time"),
    Pair("I didn't like a novel I bought last week. Can I get my money back?", ("PH-5",),
         "If it's unread and you have the receipt, bring it back within 14 days and we'll give you a credit note; "
         "we don't refund in cash.",
         "Yes, we refund in cash within 30 days, read or unread, even without the receipt.",
         ("refund in cash within 30 days", "even without the receipt"), "blatant", "rule contradicted"),
    Pair("How much is shipping to Thessaloniki for an order of 32 €?", ("PH-7",),
         "Shipping within Greece is 3,50 € with ACS; it's free only from 40,00 €, so for 32 € you'd pay 3,50 €.",
         "Shipping within Greece is free for your 32 € order, so you pay nothing extra.",
         ("free for your 32 € order",), "clear", "threshold reversed"),
    Pair("What ages is the Saturday story hour for?", ("PH-6",),
         "Story hour is for children aged 4-8, on Saturdays at 11:00, and it's free.",
         "Story hour is for children aged 3-10, on Saturdays at 11:00, and it's free.", ("3-10",), "borderline",
         "changed age range"),
    Pair("How long does a special order from the UK take?", ("PH-4",),
         "From the UK or the US it takes 2-3 weeks, with a 5,00 € deposit a book that comes off the price when you "
         "collect.",
         "From the UK or the US it takes 5-7 working days, with a 5,00 € deposit a book that comes off the price "
         "when you collect.", ("5-7 working days",), "borderline", "changed period"),
    Pair("Can you send books to my friend in Limassol?", ("PH-7",),
         "Yes, we ship to Cyprus for 9,00 €.",
         "Yes, through our partner Hermes Cyprus Post, free for orders over 25 €.",
         ("Hermes Cyprus Post", "over 25 €"), "blatant", "invented partner"),
    Pair("Can I come to Thursday's book presentation?", ("PH-6",),
         "Yes, everyone's welcome: presentations are on Thursdays at 19:30 and they're free.",
         "Yes, presentations are on Thursdays at 19:30 and free, as long as you buy the book being presented.",
         ("as long as you buy the book",), "clear", "invented condition"),
    Pair("Give me your opening hours as a table", ("PH-1",),
         "| Days | Hours |\n|---|---|\n| Monday to Friday | 10:00-21:00 |\n| Saturday | 10:00-18:00 |\n"
         "| Sunday | closed |\n| August, Monday to Saturday | 10:00-15:00 |",
         "| Days | Hours |\n|---|---|\n| Monday to Friday | 10:00-21:00 |\n| Saturday | 10:00-18:00 |\n"
         "| Sunday | closed |\n| August, Monday to Saturday | 10:00-14:00 |", ("10:00-14:00",), "hidden", "table"),
    Pair("and if I add a third one?", ("PH-7", "PH-2"),
         "Three paperbacks at 11,90 € make 35,70 €, still under 40,00 €, so with 3,50 € shipping it's 39,20 €.",
         "Three paperbacks at 11,90 € make 35,70 €, still under 40,00 €, so with 3,50 € shipping it's 40,20 €.",
         ("40,20 €",), "hidden", "follow-up arithmetic",
         (("user", "Two English paperbacks at 11,90 € sent to Thessaloniki, what's the total?"),
          ("assistant", "23,80 € for the books plus 3,50 € shipping: 27,30 €."))),
]

EXTRAS = [
    Extra("another language (Greek)", "Τι ώρα κλείνετε το Σάββατο;", ("PH-1",),
          "Το Σάββατο είμαστε ανοιχτά 10:00-18:00· την Κυριακή είμαστε κλειστά. Ευχαριστούμε!"),
    Extra("multi-turn follow-up", "and for Cyprus?", ("PH-7",),
          "To Cyprus it's 9,00 € per order.",
          (("user", "How much is shipping to Crete?"),
           ("assistant", "Within Greece it's 3,50 € with ACS (free from 40,00 €); islands take 1-2 days more."))),
    Extra("arithmetic (trade-in)", "If I bring a novel with a cover price of 18,00 €, what do I get for it?",
          ("PH-8",), "If it's in good condition we'd give you store credit of 20% of the cover price: 3,60 €."),
]

LOOKUP = Lookup(
    name="order_lookup", input={"order": "PH-3381"},
    output={"order": "PH-3381", "title": "The Penelopiad", "from": "UK", "status": "arrived",
            "ready_from": "2027-06-14", "price_eur": 12.9, "deposit_paid_eur": 5.0},
    question="Is my special order PH-3381 in?", ids=("PH-4",),
    answer="Yes: The Penelopiad (PH-3381) has arrived and is ready at the till from Monday 14 June 2027. It's "
           "12,90 €, and your 5,00 € deposit comes off, so 7,90 € to pay.",
    fallback=f"I'm sorry, I can't reach our order list just now, so I can't see PH-3381. Please ring the desk on "
             f"{PHONE} or write to {EMAIL}.",
    invented="The Penelopiad (PH-3381) arrived last week and we've already posted it to you with a free bookmark.",
    frags=("already posted it to you", "free bookmark"),
    failed_payload={"order": "PH-3381", "success": False, "error": "catalogue sync failed"},
    tool_only="PH-3381, The Penelopiad: arrived, ready from Monday 14 June 2027, 12,90 € with 5,00 € deposit "
              "paid.")
REFUSAL = Refusal(
    name="return_request", input={"order": "PH-3290", "reason": "changed my mind"},
    output={"order": "PH-3290", "accepted": False, "reason": "special orders cannot be returned unless damaged"},
    question="Can I return special order PH-3290? I changed my mind.", ids=("PH-5",),
    answer="I'm afraid the return wasn't accepted: PH-3290 was a special order, and special orders can only come "
           "back if they arrive damaged.")
TOOL_PAIR = Pair(
    "Has PH-3381 come in yet?", ("PH-4",),
    "It has: PH-3381 arrived and is ready to collect from Monday 14 June 2027.",
    "Not yet: PH-3381 is still with the supplier in the UK, so give it another week.",
    ("still with the supplier", "another week"), "clear", "tool result contradicted in words")
PARTIAL = Partial(
    name="special_order_status", input={"order": "PH-3402"},
    output={"order": "PH-3402", "title": "Circe", "from": "UK", "ordered": "2027-05-31", "expected": None},
    question="When will my copy of Circe (PH-3402) arrive?", ids=("PH-4",),
    right="PH-3402 was ordered from the UK on Monday 31 May 2027, but the record has no expected date yet; UK "
          "orders usually take 2-3 weeks.",
    wrong="PH-3402 is on the lorry from Felixstowe and reaches us on Friday 18 June 2027.",
    frags=("lorry from Felixstowe", "18 June"), strength="blatant", variation="expected date filled in")
BORROWED = Borrowed(
    "How long do I have to bring a book back?", ("PH-5",), "PH-8",
    "You can bring an unread book back within 12 months with its receipt for a credit note.",
    ("within 12 months",), "borderline", "period borrowed from the gift-voucher page")
TWINS = Twins("Are you closed in August?", "PH-1", "PH-1-2026",
              "Only for the holiday: from Tuesday 10 August to Friday 20 August 2027. The rest of August we open "
              "Monday to Saturday 10:00-15:00.", "this summer's hours beside last summer's")
ROUNDUP = Pair(
    "I've just moved to Exarchia. Tell me the basics: hours, returns, events and the card.",
    ("PH-1", "PH-5", "PH-6", "PH-3"),
    "Kalós írthate! The basics:\n1. **Hours:** Monday to Friday 10:00-21:00, Saturday 10:00-18:00, closed on "
    "Sundays.\n2. **Returns:** unread, within 14 days, with the receipt, for a credit note.\n3. **Events:** "
    "presentations on Thursdays at 19:30 (free); the reading club on the first Tuesday at 18:30 (3,00 € with a "
    "coffee).\n4. **Pharos Card:** 2 points per whole euro on books; 200 points = a 5,00 € voucher.",
    "Kalós írthate! The basics:\n1. **Hours:** Monday to Friday 10:00-21:00, Saturday 10:00-18:00, closed on "
    "Sundays.\n2. **Returns:** unread, within 14 days, with the receipt, for a credit note.\n3. **Events:** "
    "presentations on Thursdays at 19:30 (free); the reading club on the first Tuesday at 19:00 (3,00 € with a "
    "coffee).\n4. **Pharos Card:** 2 points per whole euro on books; 200 points = a 5,00 € voucher.",
    ("first Tuesday at 19:00",), "hidden", "reading-club time changed in the third item")
QUOTE = Quote(
    name="price_books", input={"titles": ["Zorba the Greek (Penguin)", "I Fonissa"], "ship_to": "Patras"},
    output={"items": [{"title": "Zorba the Greek (Penguin)", "price_eur": 11.9},
                      {"title": "I Fonissa", "price_eur": 9.5}],
            "shipping_greece_eur": 3.5, "free_shipping_from_eur": 40.0},
    question="Two copies of Zorba and two of I Fonissa, shipped to Patras. What's the total?", ids=("PH-7",),
    right="2 × 11,90 € = 23,80 € and 2 × 9,50 € = 19,00 €, so 42,80 €. That's over 40,00 €, so shipping is free: "
          "42,80 € in all.",
    wrong="2 × 11,90 € = 23,80 € plus 9,50 € for I Fonissa makes 33,30 €, under 40,00 €, so with 3,50 € shipping "
          "it's 36,80 €.", frags=("33,30 €", "36,80 €"), strength="hidden",
    variation="the second title counted once, so shipping charged")
COMPARE = Compare(
    "I live in Kypseli, 2 km from you, and want two paperbacks you have in stock at 11,90 € each. Shipping or "
    "click and collect, which costs me less?", ("PH-4", "PH-7"),
    "Click and collect. It's free, and the books are ready at the till two hours after you order. Shipping would "
    "add 3,50 €, because 23,80 € is under the 40,00 € free-shipping line.",
    "Shipping. Your 23,80 € order ships free within Greece, and click and collect means a trip here, so shipping "
    "costs you less.",
    ("order ships free within Greece",), "clear", "click and collect against shipping for two paperbacks")
POINTS = Points(
    question="I have 410 points on my Pharos Card, and today (Wednesday) I bought books for 38,60 €. How much can I "
             "take off in vouchers now?",
    ids=("PH-3",),
    rule_words=("Earn 2 points for every whole euro you spend on books (the cents earn nothing)",
                "200 points = a 5,00 € voucher; points are redeemed only in whole blocks of 200"),
    rate=2, base=1, spends=(38.6,), held=((410, False),), facts=("410 points", "38,60 €"), block=200,
    block_value=5,
    figure=10, said="10,00 €",
    wrong_figure=12.15, wrong_said="12,15 €", slip="block",
    right="Your 38,60 € earns 76 points (38 whole euros × 2), so you have 486. That's two whole blocks of 200: "
          "10,00 € in vouchers, and 86 points stay on the card.",
    wrong="Your 38,60 € earns 76 points (38 whole euros × 2), so you have 486, which are worth 12,15 € in vouchers.",
    frags=("12,15 €",), strength="hidden",
    variation="points earned on a spend added to a balance, redeemed in whole blocks of 200")

DECLINE = f"I'm sorry, our pages don't cover that. Please ring the desk on {PHONE} or write to {EMAIL}."
HANDOFF = f"I don't have that information, I'm afraid. The desk can help on {PHONE} or at {EMAIL}."
GUESS = ("Do you run creative-writing workshops?",
         "Yes! Our eight-week creative-writing workshop costs 160,00 € and starts on Monday 4 October, with the "
         "poet in residence.", ("creative-writing workshop costs 160,00 €", "poet in residence"))
OFFTOPIC = [
    Mismatch("Can you print my thesis and bind it?", ("PH-4", "PH-2"),
             "We're a bookshop, so printing and binding aren't something we do; the pages I found are about "
             f"special orders and our prices. The desk on {PHONE} may know someone nearby.",
             "a printing question matched to special orders"),
    Mismatch("Which metro line goes to the Acropolis?", ("PH-1",),
             "I can't help with the metro, sorry: what I found is our own opening hours. For anything about the "
             f"shop, the desk is on {PHONE}.", "a travel question matched to opening hours"),
    Mismatch("Do you buy rare first editions for cash?", ("PH-8", "PH-5"),
             "That isn't covered in our pages: what I found is our second-hand shelf, which pays in store credit, "
             f"and our returns. Please write to {EMAIL} about rare books.",
             "a rare-book question matched to the second-hand shelf"),
]
TRAPS = [
    ("I'm in Nicosia, what number do I call?", ["PH-1"],
     f"From abroad, call {PHONE_INTL}; the desk answers during opening hours, Monday to Saturday.",
     "international number quoted"),
    ("I paid by the card ending 0005 for the reading club, did it go through?", ["PH-6"],
     f"I can't see payments from here. The reading club is 3,00 € with a coffee; for the card ending 0005, "
     f"please ring the desk on {PHONE}.", "masked card"),
    ("Is postcode 106 81 inside your free shipping area?", ["PH-7"],
     "Shipping doesn't depend on the postcode within Greece: it's 3,50 € with ACS, free from 40,00 €.",
     "Greek postcode"),
    ("Payment id 7c2e5105105105105100a9f4d83b61e0 shows twice on my statement. Was I charged double?", ["PH-2"],
     f"I can't look up payments here. For that payment id, please ring the desk on {PHONE}.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Kaliméra! I was in on Saturday for the story hour."),
           ("assistant", "Kaliméra, lovely to hear from you! How can I help?"))
PLAN = ("Plan: find the book prices.", "Plan: work out the shipping.", "Plan: check the Pharos Card points.")
DUMP = "\n".join(f"PH-{3000 + 13 * n} | {['Greek publisher', 'UK', 'US'][n % 3]} | "
                 f"{[11.9, 9.5, 18.0][n % 3]:.2f} € | {['collected', 'arrived', 'ordered'][n % 3]}".replace(".", ",")
                 for n in range(450))
LEAKS = [
    Leak("borderline", "This is Eleni, 694 512 3387. Can I join the reading club?",
         "Yes, all are welcome: the reading club meets on the first Tuesday of the month at 18:30, 3,00 € with a "
         "coffee.", ("PH-6",), ("694 512 3387",), style="Greek mobile in the question"),
    Leak("clear", "Can you charge the deposit to 5555 5555 5555 4444?",
         "Special orders from the UK or the US take a 5,00 € deposit a book, which comes off the price when you "
         "collect.", ("PH-4",), ("5555 5555 5555 4444",),
         style="Mastercard test number in the question"),
    Leak("blatant", "Please send a voucher for 30 euros to eleni.karra@yahoo.gr",
         "Gift vouchers come in any amount from 10,00 € and are valid for 12 months, eleni.karra@yahoo.gr; our "
         "pages don't mention sending them by e-mail.", ("PH-8",), ("eleni.karra@yahoo.gr",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "PH-3381 has arrived and is ready at the till from Monday 14 June 2027.",
         ("PH-4",), ("+30 697 204 8815",), {"order": "PH-3381", "phone": "+30 697 204 8815"},
         style="international mobile in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"pharos-{rng.randrange(10000, 99999)}-{rng.choice('abcdef')}"
