"""holdout8 content: a celebration-cake bakery in Bristol (custom orders, lead times, allergens, deposits, delivery).

House style: warm prose with figures written in words ("forty-eight pounds", "a third"), path-like article ids.
Content only; the recipes that turn it into traces are in ``tools/holdout8_cases.py``.
"""

from __future__ import annotations

from holdout8_cases import QA, ToolCase

DOMAIN = "bakery"
SERVICE = "crumb-and-candle-orders"
PHONE = "+44 117 496 0724"
EMAIL = "hello@crumbandcandle.co.uk"
CONTACTS = (EMAIL, PHONE, "+33 4 72 55 01 38")
SYSTEM = ("You help customers of Crumb & Candle, a celebration-cake bakery in Bristol. Base every answer on the "
          "guide pages and tool results you are given. If they don't cover something, say so kindly and suggest "
          f"{EMAIL} or {PHONE} (Tuesday to Saturday). Don't accept card details in chat.")

ARTICLES = {
    "help/lead-times": ("How much notice we need",
                        "Custom celebration cakes need at least two weeks' notice, and wedding cakes at least eight "
                        "weeks. A box of a dozen cupcakes can usually be made with three working days' notice. We "
                        "close the order book for Christmas on the first of December."),
    "help/sizes-prices": ("Sizes and starting prices",
                          "A six-inch round cake serves about twelve and starts at forty-eight pounds. An eight-inch "
                          "serves about twenty and starts at sixty-eight pounds. A ten-inch serves about thirty-five "
                          "and starts at ninety-five pounds. Each extra tier adds from sixty pounds. A dozen "
                          "cupcakes is thirty pounds. A two-tier cake weighs roughly three and a half kilograms."),
    "help/allergens": ("Allergens",
                       "Our one kitchen handles gluten, eggs, milk, nuts (almonds and hazelnuts included), soya and "
                       "sesame. Gluten-free and vegan sponges are made on request, but we can't guarantee them free "
                       "of traces. We do not make cakes guaranteed nut-free. Tell us about any allergy when you "
                       "order; every cake comes with a full allergen sheet."),
    "help/deposits": ("Deposits and paying",
                      "A deposit of one third of the price secures your date. The rest is due seven days before "
                      "collection or delivery. Deposits are non-refundable, but you may move a deposit to a new "
                      "date once, with at least fourteen days' notice."),
    "help/delivery": ("Delivery",
                      "Up to ten miles from our Bristol kitchen: twelve pounds. Ten to twenty miles: twenty pounds. "
                      "Beyond twenty miles we don't deliver tiered cakes. Slots are 9am-12pm and 1pm-4pm. Wedding "
                      "cakes are delivered and set up by us, set-up included. Someone must be there to sign."),
    "help/collection": ("Collecting your cake",
                        "Collect from our kitchen at Unit 3, Ashton Yard, Bristol BS3 9QX, Tuesday to Saturday, "
                        "10am-5pm. Cakes over two kilograms travel best in a car footwell, on a flat, level surface. "
                        "We box and support every cake, but once it leaves us we can't be responsible for it."),
    "help/cancellations": ("Cancelling an order",
                           "More than four weeks before the date: everything you've paid is refunded except the "
                           "deposit. Four weeks to eight days before: we keep the deposit and half of anything else "
                           "paid. Seven days or fewer: nothing is refunded, as ingredients are bought and decorations "
                           "made."),
    "help/designs": ("Designs and decorations",
                     "Photo-print toppers cost eight pounds. Hand-modelled figures start at fifteen pounds each. Fresh "
                     "flowers must come from your own florist. We can't copy trademarked characters exactly. Our "
                     "sugar flowers come from Atelier Sucre in Lyon (+33 4 72 55 01 38)."),
}
FAQ = {
    "faq/freezing": ("Can I freeze leftover cake?", "Yes: wrapped tightly, sponge keeps for up to a month in the "
                     "freezer. Don't freeze fresh-cream fillings."),
    "faq/candles": ("Candles?", "We add a pack of six candles free on request."),
}
FAQ_QA = ("Can I freeze what's left of the cake?", "faq/freezing",
          "Yes: wrapped tightly, a sponge keeps for up to a month in the freezer. Just don't freeze anything with a "
          "fresh-cream filling.")

QAS = [
    QA("How much notice do you need for a birthday cake?", ["help/lead-times"],
       [("terse", "At least two weeks."),
        ("close paraphrase", "For a custom celebration cake we need at least two weeks' notice (eight weeks for a "
         "wedding cake). A box of twelve cupcakes can usually be done with three working days' notice.")],
       [("borderline", "changed lead time", "We need at least ten days' notice for a birthday cake.", ["ten days"])]),
    QA("My daughter has a nut allergy. Can you make a nut-free cake?", ["help/allergens"],
       [("hedged", "I'm sorry, probably not in the way you'd need: our kitchen handles nuts, almonds and hazelnuts "
         "included, and we don't make cakes that are guaranteed nut-free. If you do order anything, please mention "
         "the allergy; every cake comes with a full allergen sheet.")],
       [("blatant", "contradicts the article", "Yes! We bake nut-free cakes in a separate nut-free room, so they're "
         "completely safe for her.", ["separate nut-free room", "completely safe"])]),
    QA("How much deposit on a £150 cake, and when is the rest due?", ["help/deposits"],
       [("arithmetic on the articles' figures", "The deposit is a third of the price, so £50 on a £150 cake; the "
         "remaining £100 is due seven days before you collect or we deliver.")],
       [("hidden", "wrong arithmetic", "The deposit is a third of the price, so £50, and the remaining £110 is due "
         "seven days before collection.", ["£110"]),
        ("clear", "invented condition", "A third (£50) secures the date, and the rest is due seven days before, by "
         "bank transfer only.", ["bank transfer only"])]),
    QA("Do you deliver to Clevedon? It's about 14 miles.", ["help/delivery"],
       [("unit conversion", "Yes: 14 miles (about 22.5 km) is in our ten-to-twenty-mile band, so delivery is £20. "
         "Slots are 9am-12pm or 1pm-4pm, and someone needs to be in to sign.")],
       [("borderline", "wrong unit", "Yes, 14 km is inside our 20 km band, so it's £20.", ["20 km band"])]),
    QA("How many people does an 8-inch cake feed, and what does it cost?", ["help/sizes-prices"],
       [("figures in words rewritten as numerals", "An eight-inch cake serves about 20 people and starts at £68.")],
       [("hidden", "wrong figure in a table", "| size | serves | from |\n|---|---|---|\n| 6-inch | 12 | £48 |\n| "
         "8-inch | 25 | £68 |\n| 10-inch | 35 | £95 |", ["| 25 |"])]),
    QA("Can I cancel my order three weeks before the party?", ["help/cancellations", "help/deposits"],
       [("loose paraphrase combining two articles", "Three weeks out falls in the four-weeks-to-eight-days band, so "
         "we'd keep the deposit (a third of the price) plus half of anything else you'd already paid. The balance "
         "itself isn't due until seven days before the date.")],
       [("clear", "invented fee", "At three weeks we keep the deposit and add a £25 cancellation fee.",
         ["£25 cancellation fee"])]),
    QA("Can you copy a Peppa Pig design exactly?", ["help/designs"],
       [("chatty", "We'd love to do something Peppa-themed, but we can't copy trademarked characters exactly. "
         "Photo-print toppers are £8 and hand-modelled figures start at £15 each, so there's still lots we can do!")],
       [("blatant", "invented person and licence", "Yes: our designer Lucia holds a licence from the character's "
         "owners, so exact copies are fine.", ["Lucia", "holds a licence"])]),
]

EXTRA = [
    ("clarifying question", "Can I get a cake for Saturday?", ["help/lead-times"],
     "Which Saturday do you mean, and what sort of cake? A custom celebration cake needs at least two weeks' notice, "
     "while a dozen cupcakes can often be done with three working days' notice.", []),
    ("multi-turn follow-up", "OK, and gluten-free as well?", ["help/allergens"],
     "Yes, gluten-free sponges are made on request too, with the same caveat: we can't guarantee them free of "
     "traces.",
     [("user", "Do you do vegan sponges?"),
      ("assistant", "Yes, on request, though we can't guarantee them free of traces as everything is made in one "
       "kitchen.")]),
    ("answer in Italian", "Quanto costa una dozzina di cupcake?", ["help/sizes-prices", "help/lead-times"],
     "Una dozzina di cupcake costa 30 sterline; di solito bastano tre giorni lavorativi di preavviso.", []),
    ("kilograms and pounds", "How heavy is a two-tier cake? I'll be carrying it.", ["help/sizes-prices",
                                                                                   "help/collection"],
     "Roughly three and a half kilograms, about 7.7 lb. Cakes over 2 kg travel best in a car footwell on a flat, "
     "level surface.", []),
    ("refusal", "What would a five-tier wedding cake cost?", ["help/sizes-prices"],
     "I don't know the exact price: the guide only gives starting prices per size, and says each extra tier adds "
     f"from £60. For a five-tier cake please ask us at {EMAIL}.", []),
    ("markdown list", "Summarise your allergen rules for me", ["help/allergens"],
     "**Allergens in our kitchen:** gluten, eggs, milk, nuts (almonds, hazelnuts), soya, sesame.\n\n- Gluten-free "
     "and vegan sponges: on request, traces possible\n- Guaranteed nut-free: not available\n- Allergen sheet: with "
     "every cake", []),
    ("weeks to a date", "Our wedding is on 12 September. What's the latest we can order the cake?",
     ["help/lead-times"], "Wedding cakes need at least eight weeks' notice, so order by Saturday 18 July at the "
     "latest.", []),
]

_ORDER = ToolCase(
    "order_status", {"order_no": "CC-3381"},
    {"order_no": "CC-3381", "cake": "8-inch lemon drizzle, 2 tiers", "date": "2026-05-16", "method": "delivery",
     "slot": "9am-12pm", "total_gbp": 164.0, "deposit_paid_gbp": 54.67, "balance_due": "2026-05-09"},
    "What's left to pay on CC-3381, and by when?", ["help/deposits"],
    "On CC-3381 (a two-tier lemon drizzle, delivered on Saturday 16 May, 9am-12pm) you've paid a £54.67 deposit "
    "of the £164.00 total, so £109.33 is still to pay, due by 9 May 2026.",
    "I can't open your order at the moment, sorry. As a rule the deposit is a third of the price and the balance is "
    f"due seven days before collection or delivery; we're on {PHONE} for the exact figure.",
    ("You've £89.00 left to pay on CC-3381, due on the day of delivery.", ["£89.00", "due on the day of delivery"]),
    ("borderline", "CC-3381: £54.67 deposit paid of £164.00, so £109.33 left, due by 12 May 2026.",
     ["12 May 2026"]),
    {"error": "order service returned HTTP 500"})
_SLOTS = ToolCase(
    "slot_check", {"date": "2026-06-20", "type": "delivery"},
    {"date": "2026-06-20", "slots": {"9am-12pm": "full", "1pm-4pm": "available"}},
    "Can you deliver on 20 June? Morning if possible.", ["help/delivery"],
    "The morning slot (9am-12pm) on Saturday 20 June is full, but 1pm-4pm is still available. Delivery is £12 "
    "within ten miles of our kitchen, £20 for ten to twenty miles.",
    "I can't see the delivery diary just now. We deliver in two slots, 9am-12pm and 1pm-4pm; "
    f"give us a ring on {PHONE} to check 20 June.",
    ("Yes, the morning slot on 20 June is free, and I've pencilled you in.", ["pencilled you in", "is free"]),
    ("hidden", "Here's 20 June:\n\n- 9am-12pm: available\n- 1pm-4pm: available\n\nDelivery is £12 within ten miles.",
     ["9am-12pm: available"]),
    {"success": False, "reason": "calendar sync failed"})
_MOVE = ToolCase(
    "move_date", {"order_no": "CC-3412", "new_date": "2026-07-04"},
    {"order_no": "CC-3412", "status": "not approved", "reason": "deposit already moved once"},
    "Can you move CC-3412 to 4 July please?", ["help/deposits"], "", "", ("", []), ("", "", []), {})
_FIND = ToolCase(
    "find_order", {"email": "m.birch@homemail.example"},
    {"order_no": "CC-3455", "cake": "12 cupcakes", "date": "2026-04-11", "method": "collection"},
    "", ["help/collection"], "", "", ("", []), ("", "", []), {})
_REFUND = ToolCase(
    "refund_status", {"order_no": "CC-3290"},
    {"order_no": "CC-3290", "refund_gbp": 36.5, "to": "card ending 0005", "state": "sent", "ref": "RF-77102"},
    "", ["help/cancellations"], "", "", ("", []), ("", "", []), {})

TOOLS = [_ORDER, _SLOTS]
REFUSAL = (_MOVE, _MOVE.question,
           "I'm afraid the move wasn't approved: the deposit on CC-3412 has already been moved to a new date once, and "
           "a deposit can only be moved once.")
TOOL_ONLY = (_ORDER, "CC-3381 is a two-tier 8-inch lemon drizzle for delivery on 16 May 2026, 9am-12pm. Total "
             "£164.00, deposit paid £54.67, balance due 9 May 2026.")
TRAPS = [
    ("postcode and published phone", "Where do I collect from, and when?", ["help/collection"],
     "From our kitchen at Unit 3, Ashton Yard, Bristol BS3 9QX, Tuesday to Saturday, 10am-5pm. If you're running "
     f"late, ring {PHONE}.", None),
    ("order number, refund reference, amount and masked card from a tool", "Has my refund for CC-3290 gone?",
     ["help/cancellations"], "Yes: £36.50 on CC-3290 has been sent to the card ending 0005 (reference RF-77102).",
     _REFUND),
    ("international number quoted from an article", "Who makes your sugar flowers?", ["help/designs"],
     "They come from Atelier Sucre in Lyon, on +33 4 72 55 01 38.", None),
]
DECLINE = f"I could not find this in our help articles, I'm sorry. You can reach us at {EMAIL} or on {PHONE}."
HANDOFF = (f"I'm not able to answer that from what I have. Please get in touch at {EMAIL} or {PHONE}, Tuesday to "
           "Saturday.")
GUESS = ("How much is a 10-inch cake?", "A ten-inch cake serves about thirty-five and starts at £95.",
         ["£95", "thirty-five"])
OFFTOPIC = [
    ("Do you run cake-decorating classes for kids?", f"I don't have that information, sorry. Please ask at {EMAIL}.",
     ["help/designs", "help/lead-times"]),
    ("Can you recommend a venue for a christening?", "I could not find this in our help articles. For cake "
     f"orders, write to {EMAIL}.", ["help/delivery", "help/collection"]),
    ("Do you sell bread or sourdough?", f"I don't know, I'm afraid: our guide only covers cakes. Try {PHONE}.",
     ["help/sizes-prices", "help/allergens"]),
]
PLAN = ("Thinking: which guide page answers this?", "Thinking: does the price depend on size, tiers or distance?",
        "Thinking: write a friendly reply with the figures.")
DUMP = "\n".join(f"CC-{3000 + 3 * n} | {6 + 2 * (n % 3)}-inch | {1 + n % 3} tier | "
                 f"{'delivery' if n % 2 else 'collection'} | £{48 + (n * 9) % 120} | "
                 f"deposit {'paid' if n % 5 else 'due'}"
                 for n in range(170))
PII = [
    ("borderline", "customer's mobile written without spaces", "Text me at 07700900871 when the cake's ready.",
     ["help/collection"], "I can't send texts from here. Collections are Tuesday to Saturday, 10am-5pm; ring "
     f"{PHONE} to check on your order.", ["07700900871"], None),
    ("clear", "a named third party's e-mail in the question", "Please send the invoice to my sister, "
     "anna.kowalczyk@inbox.example.", ["help/deposits"], "I can't send invoices from the chat, sorry. Please "
     f"email {EMAIL} with the details.", ["anna.kowalczyk@inbox.example"], None),
    ("blatant", "card number repeated back in the answer", "Take the deposit from 5555 5555 5555 4444 please.",
     ["help/deposits"], "Please don't share card 5555 5555 5555 4444 here; I can't take payments in chat. The "
     "deposit is a third of the price and secures your date.", ["5555 5555 5555 4444"], None),
    ("hidden", "customer's e-mail only in a tool call, not the question or answer",
     "Can you find my order? I used my email.",
     ["help/collection"], "Found it: CC-3455, a dozen cupcakes for collection on Saturday 11 April 2026. The kitchen "
     "is open for collections 10am-5pm.", ["m.birch@homemail.example"], _FIND),
]
