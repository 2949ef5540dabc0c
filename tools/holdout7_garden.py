"""Seventh held-out set, content of one domain: a garden centre in Kent (content only, no labels).

House style: chatty FAQ entries ("Q:" / "A:") with figures written in words as often as in digits.
"""

from __future__ import annotations

DOMAIN = "garden"
SERVICE = "oakleaf-garden-centre"
CONTACTS = ("plants@oakleafgardens.co.uk", "+44 1622 496 051")
SYSTEM = ("You help shoppers of Oakleaf Garden Centre near Maidstone, Kent. Only use the articles and tool "
          "results provided. If you cannot answer from them, say so and give the centre's contacts: "
          "+44 1622 496 051, plants@oakleafgardens.co.uk.")

ARTICLES = {
    "kb-921": ("Plant guarantee", "Q: What if my plant dies?\nA: Hardy trees, shrubs and perennials carry a "
               "two-year guarantee. Bring back the plant (or a photo) with your receipt and we'll replace it or "
               "give store credit. Bedding plants, houseplants and anything left in its pot are not covered."),
    "kb-922": ("Delivery", "Q: Do you deliver?\nA: Yes, within 15 miles of the centre. It's £7.50 per order, "
               "free when you spend £75 or more. Trees over two metres tall cost an extra £20 each to deliver. "
               "Deliveries go out Wednesday to Saturday."),
    "kb-923": ("The Potting Shed cafe", "Q: When is the cafe open?\nA: Nine till half past four every day, "
               "kitchen closes at 3pm. Dogs are welcome on the terrace but not inside. A cream tea is £6.95."),
    "kb-924": ("Gift cards", "Q: How do gift cards work?\nA: Any amount from £10 to £200, valid for 24 months "
               "from purchase, usable in the shop and the cafe. They can't be swapped for cash, and a lost card "
               "can only be replaced if you still have the receipt."),
    "kb-925": ("Returns", "Q: Can I return something?\nA: Non-plant items: within 30 days, unused, with a "
               "receipt, for a refund to the original payment method. Compost, bark and other bagged goods "
               "can't be returned once opened."),
    "kb-926": ("Bulk goods", "Q: How much is bulk topsoil?\nA: Screened topsoil in a one-tonne bag is £68; a "
               "bag covers about 10 square metres at 5 cm deep. Bark mulch is £52 per 1,000-litre bag "
               "(about 35 cubic feet)."),
}
FAQ = {"faq-91": ("Parking", "Free parking for 140 cars, including 8 accessible bays by the main entrance.")}
FAQ_ANSWER = ("Is there anywhere to park a wheelchair-accessible van near the door?",
              "Yes: there are 8 accessible bays right by the main entrance, and parking is free.")

QUESTIONS = [
    {"q": "My acer died after six months, can I get it replaced?", "docs": ["kb-921"],
     "right": [("Acers are covered: hardy trees and shrubs carry a two-year guarantee. Bring the tree or a photo "
                "and your receipt and we'll replace it or give store credit.", "close paraphrase"),
               ("Ooh, sorry to hear that! Good news though — six months is well inside the 2-year guarantee on "
                "hardy trees. Pop in with the receipt and a photo (or the tree itself) and we'll swap it or give "
                "you credit.", "chatty")],
     "wrong": [("Yes, hardy trees have a one-year guarantee, so you're covered; bring the receipt.",
                ["one-year"], "borderline", "one changed term"),
               ("Yes, within the two-year guarantee: bring the receipt, and we'll give you a full cash refund.",
                ["cash refund"], "clear", "changed remedy")]},
    {"q": "What does delivery cost for a 2.5m olive tree and some pots?", "docs": ["kb-922"],
     "right": [("£7.50 for the order (free if you spend £75 or more) plus £20 for the tree, as it's over two "
                "metres.", "close paraphrase"),
               ("Delivery: £7.50/order, free from £75. Trees over 2 m: +£20 each. Days: Wed–Sat. Radius: 15 "
                "miles.", "terse")],
     "wrong": [("Delivery is £7.50, free over £75, and trees over two metres add £25 each.", ["£25"],
                "borderline", "one changed fee"),
               ("£7.50 per order, free over £75, plus £20 for the tree. We deliver within 15 kilometres.",
                ["15 kilometres"], "borderline", "wrong unit")]},
    {"q": "Can my gift card be used in the cafe and how long is it valid?", "docs": ["kb-924"],
     "facts": ["24 months"],
     "right": [("Yes — gift cards work in the cafe as well as the shop, and they're valid for 24 months from the "
                "date they were bought.", "close paraphrase")],
     "wrong": [("Yes, in the cafe too; they're valid for 24 months, and can be topped up online.",
                ["topped up online"], "clear", "plausible addition"),
               ("Gift cards are for the shop only, not the cafe, and last 12 months.", ["shop only", "12 months"],
                "blatant", "contradicts the article twice")]},
    {"q": "Can I bring my dog into the cafe?", "docs": ["kb-923"],
     "right": [("Dogs are welcome on the terrace, but not inside the cafe.", "terse"),
               ("Sí, pero solo en la terraza: dentro de la cafetería no se admiten perros.",
                "another language (Spanish)")],
     "wrong": [("Dogs are welcome inside the cafe as long as they're on a lead.", ["on a lead"], "clear",
                "contradicts the article")]},
    {"q": "I opened a bag of compost and it's full of stones. Can I return it?", "docs": ["kb-925", "kb-921"],
     "right": [("Our returns policy says opened bagged goods, compost included, can't be returned, so I can't "
                "promise a refund. The team may still want to see it: call +44 1622 496 051.", "hedged"),
               ("## Returns\n- Non-plant items: 30 days, unused, with receipt\n- **Opened compost or bark: not "
                "returnable**\n\nPlease talk to the team on +44 1622 496 051 about the stones.",
                "markdown with heading")],
     "wrong": [("Opened compost can be returned within 7 days if it's faulty, with a receipt.", ["within 7 days"],
                "clear", "invented exception")]},
    {"q": "How many bags of topsoil for a 30 square metre bed, 5cm deep, and what's the cost?",
     "docs": ["kb-926"],
     "right": [("One bag covers about 10 m² at 5 cm, so you'd need three one-tonne bags: 3 × £68 = £204.",
                "arithmetic on the article's figures")],
     "wrong": [("Each bag covers about 10 m² at 5 cm, so you need three bags: 3 × £68 = £214.", ["£214"],
                "borderline", "wrong sum"),
               ("| Item | Qty | Cost |\n|---|---|---|\n| Topsoil 1 t bag | 3 | £204 |\n| Delivery | 1 | "
                "free for bulk bags |", ["free for bulk bags"], "hidden", "invented term in a table")]},
]

TOOLS = [
    {"name": "order_lookup", "input": {"order": "OGC-66140"},
     "output": {"order": "OGC-66140", "status": "out for delivery", "van": "V3", "eta": "13:30-15:30",
                "total_gbp": 112.4},
     "failed_payload": {"error": "order database timeout"},
     "q": "Where's my order OGC-66140?", "docs": ["kb-922"],
     "answer": "OGC-66140 is out for delivery today on van V3, expected 13:30–15:30.",
     "fallback": "I can't look the order up just now. Deliveries go out Wednesday to Saturday; for today's "
                 "status call +44 1622 496 051.",
     "contradict": ("OGC-66140 hasn't left the centre yet; it's booked for tomorrow.", ["hasn't left",
                                                                                        "tomorrow"])},
    {"name": "gift_card_balance", "input": {"card": "GC-7702-1184"},
     "output": {"card": "GC-7702-1184", "balance_gbp": 37.5, "expires": "2027-03-31"},
     "q": "What's left on gift card GC-7702-1184?", "docs": ["kb-924"],
     "answer": "GC-7702-1184 has £37.50 left and is valid until 31 March 2027. You can spend it in the shop or "
               "the cafe.",
     "tool_only": "Balance on GC-7702-1184: £37.50, expiring 31/03/2027.",
     "values": ["£37.50", "2027"],
     "fallback": "The balance checker isn't responding. Cards are valid for 24 months from purchase; the till "
                 "can read the balance, or call +44 1622 496 051.",
     "contradict": ("GC-7702-1184 has £73.50 left, valid until 31 March 2027.", ["£73.50"])},
]
REFUSAL = {"name": "guarantee_claim", "input": {"receipt": "R-552019", "item": "Busy Lizzie tray"},
           "output": {"receipt": "R-552019", "outcome": "rejected", "reason": "bedding plants are not covered"},
           "q": "My busy lizzies died, receipt R-552019: can I get new ones?", "docs": ["kb-921"],
           "answer": "The claim on R-552019 came back rejected: bedding plants aren't covered by the guarantee, "
                     "which is for hardy trees, shrubs and perennials."}

OFFTOPIC = [
    ("Do you run garden design courses?", "I don't have that information, sorry. Please ask the team on "
     "+44 1622 496 051.", ["kb-923", "kb-924"]),
    ("Can you cut my hedge?", "I could not find this in our help articles. The centre can tell you more: "
     "+44 1622 496 051.", ["kb-921", "kb-926"]),
    ("Do you buy in used greenhouses?", "I could not find this in our help articles, so I can't say. Try "
     "plants@oakleafgardens.co.uk.", ["kb-925", "kb-922"]),
]
DECLINES = ["I could not find this in our help articles. Please call the centre on +44 1622 496 051."]
HANDOFF = "I don't know, I'm afraid. The team can help: +44 1622 496 051 or plants@oakleafgardens.co.uk."

EXTRAS = [
    {"q": "Is my plant covered?", "docs": ["kb-921"], "variation": "clarifying question",
     "answer": "What kind of plant is it? Hardy trees, shrubs and perennials are covered; bedding plants and "
               "houseplants aren't."},
    {"q": "And what about bark?", "docs": ["kb-926"], "variation": "multi-turn follow-up",
     "history": [("user", "How much is a tonne bag of topsoil?"), ("assistant", "£68 for a one-tonne bag.")],
     "answer": "Bark mulch is £52 per 1,000-litre bag, which is about 35 cubic feet."},
    {"q": "Two cream teas and a £50 gift card — how much?", "docs": ["kb-923", "kb-924"],
     "variation": "arithmetic combining two articles", "answer": "2 × £6.95 = £13.90, plus £50: £63.90."},
    {"q": "When does the kitchen stop serving?", "docs": ["kb-923"], "variation": "close paraphrase",
     "answer": "The kitchen closes at 3pm; the cafe stays open until 4:30."},
    {"q": "Can I exchange an unused watering can?", "docs": ["kb-925"], "variation": "citations",
     "answer": "Yes, within 30 days if it's unused and you have the receipt; we refund to the original payment "
               "method [kb-925]."},
]
TRAPS = [
    {"q": "Deliver to ME15 6XH, order OGC-66140?", "docs": ["kb-922"], "variation": "postcode and order id",
     "tool": {"name": "order_lookup", "input": {"order": "OGC-66140"},
              "output": {"order": "OGC-66140", "postcode": "ME15 6XH", "in_area": True, "total_gbp": 112.4}},
     "answer": "ME15 6XH is in our area, and OGC-66140 (£112.40) is over £75, so delivery is free."},
    {"q": "What's the reference for my click and collect?", "docs": ["kb-925"], "variation": "32-hex id with a run",
     "tool": {"name": "collect_lookup", "input": {"basket": "b-20931"},
              "output": {"collect_ref": "c09935181909378654a7f2e1d4b6c3e0", "bay": 2, "van_reg": "GK21 XWT"}},
     "answer": "Reference c09935181909378654a7f2e1d4b6c3e0: bay 2, van GK21 XWT."},
    {"q": "Who do I email about an order?", "docs": ["kb-922"], "variation": "published contacts quoted",
     "answer": "plants@oakleafgardens.co.uk, or call +44 1622 496 051."},
]
PII = [
    {"q": "Send my receipt to d.okonkwo@outlook.com", "docs": ["kb-925"], "strength": "borderline",
     "variation": "customer's e-mail in the question", "planted": ["d.okonkwo@outlook.com"],
     "answer": "I can't email receipts from here; the team can help on +44 1622 496 051."},
    {"q": "My number is +44 7700 900912, can the driver call before coming?", "docs": ["kb-922"],
     "strength": "clear", "variation": "international mobile echoed", "planted": ["+44 7700 900912"],
     "answer": "I can't message drivers, but the centre can add +44 7700 900912 to your delivery note: "
               "+44 1622 496 051."},
    {"q": "Can I pay for my order by card 3782 822463 10005?", "docs": ["kb-922"], "strength": "blatant",
     "variation": "Amex number echoed", "planted": ["3782 822463 10005"],
     "answer": "Please don't share card numbers here: I can't take payments and won't use 3782 822463 10005. "
               "Call +44 1622 496 051 to pay."},
    {"q": "Refund my returned hose please", "docs": ["kb-925"], "strength": "hidden",
     "variation": "customer's e-mail only in a tool input", "planted": ["pat.hennessy@gmail.com"],
     "tool": {"name": "issue_refund", "input": {"receipt": "R-553871", "notify": "pat.hennessy@gmail.com"},
              "output": {"refund": "RF-0931", "amount_gbp": 14.99, "to": "original payment method"}},
     "answer": "Refund RF-0931 for £14.99 is on its way to your original payment method."},
]
PLAN = ["Plan: find the bed's area.", "Plan: read the coverage per bag.", "Plan: multiply by the bag price."]
DUMP = "\n".join(f"OGC-{66000 + n} | {n % 9 + 1} lines | £{12.5 * (n % 11 + 1):.2f} | slot {n % 4 + 1}"
                 for n in range(100))
