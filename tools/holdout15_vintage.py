"""Fifteenth held-out set, content of one domain: a vintage clothing shop in Fitzroy, Melbourne (``vintage``).

House style: the shop's lower-case "info cards" with ids ``VTG-01`` to ``VTG-08`` (old postage rates ``VTG-04-old``
and last year's Easter notice ``VTG-E25`` stay in the index), Australian dollars with no cents ("$45", GST
included), colour-coded tags, en-dash ranges ("Wed–Sun", "10am–6pm"), day-first dates ("Fri 8 May"),
measurements in centimetres, Australian casual answers ("yep", "all up"). Content only; the recipes live in
``tools/holdout15_cases.py``.
"""

from __future__ import annotations

import random

from holdout15_cases import Borrowed, Extra, Leak, Lookup, Mismatch, Pair, Refusal, Twins

DOMAIN = "vintage"
PLACE = 1
SERVICE = "second-stitch-chat"
INDEX = "info-cards"
PHONE = "(03) 7010 4821"
PHONE_INTL = "+61 3 7010 4821"
EMAIL = "hello@secondstitchvintage.com.au"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("you're the chat helper for Second Stitch Vintage on Gertrude St, Fitzroy (Melbourne). stick to the info "
          "cards and tool results below. if they don't say, tell the customer you don't know and point them to "
          f"the shop: {PHONE} ({PHONE_INTL} from overseas), Wed–Sun 10am–6pm, or {EMAIL}.")

ARTICLES = {
    "VTG-01": ("how our tags work",
               "every piece has a coloured tag. yellow tag = $25, green tag = $45, red tag = $80. black tag pieces "
               "are designer and priced one by one. all prices include GST."),
    "VTG-02": ("sizing + measurements",
               "we measure everything flat in cm: pit to pit, waist and length. vintage sizes run small: a size 14 "
               "label from the 70s fits like a modern 10. measurements are on the tag and the website listing."),
    "VTG-03": ("returns",
               "store credit within 14 days if the tags are still on. no cash refunds, except for a fault we didn't "
               "tell you about. sale rack pieces (50% off) are final sale."),
    "VTG-04": ("postage",
               "within Australia: $12 flat for parcels up to 3 kg, free on orders over $150. New Zealand from $38, "
               "rest of the world from $55. parcels go out with Australia Post on Tue and Fri."),
    "VTG-05": ("selling your clothes to us",
               "we buy on Wednesdays only, 11am–2pm, up to 15 pieces a visit. we pay 30% of the tag price we'd give "
               "the piece in cash, or 45% of it as store credit."),
    "VTG-06": ("lay-by",
               "lay-by is for pieces over $80. put down 20%, pay the rest within 6 weeks. if you cancel, there's a "
               "$10 admin fee and the rest of your deposit comes back as store credit."),
    "VTG-07": ("alterations",
               "we alter pieces bought from us only. hemming is $28, taking in a waist is $35. allow 7 days."),
    "VTG-08": ("opening hours",
               "open Wed–Sun 10am–6pm, and Thursday late till 8pm. closed Mon and Tue."),
    "VTG-04-old": ("postage (rates until June 2025)",
                   "within Australia: $10 flat up to 3 kg, free on orders over $120. these rates ended on 30 June "
                   "2025."),
    "VTG-E25": ("Easter 2025 trading",
                "Good Friday 2025 closed. Easter Saturday 2025 10am–4pm. Easter Monday 2025 closed."),
}
FAQ = {
    "ss-faq-1": ("do you do gift cards?", "yep, gift cards from $20, valid for 3 years, in store only."),
    "ss-faq-2": ("is everything washed?", "everything is laundered or steamed before it goes on the rack."),
}
FAQ_QA = ("can i buy a gift card", "Yep, gift cards start at $20 and last 3 years. They're sold in store only.")

PAIRS = [
    Pair("how much are the green tag ones", ("VTG-01",), "$45, GST included.", "$55, GST included.", ("$55",),
         "borderline", "terse, one changed price"),
    Pair("Can I return a jacket I bought last week? Tags still on.", ("VTG-03",),
         "Yep, you're within 14 days and the tags are on, so you can bring it back for store credit. It's store "
         "credit rather than cash unless the jacket has a fault we didn't mention.",
         "Yep, you're within 14 days and the tags are on, so you'll get a full cash refund to your card.",
         ("full cash refund to your card",), "clear", "rule reversed"),
    Pair("When do you buy clothes off people?", ("VTG-05",),
         "Wednesdays only, 11am–2pm, and up to 15 pieces per visit.",
         "Wednesdays only, 11am–3pm, and up to 15 pieces per visit.", ("11am–3pm",), "borderline",
         "one changed time"),
    Pair("what do you pay for clothes?", ("VTG-05",),
         "We pay 30% of the tag price we'd put on the piece in cash, or 45% of it as store credit.",
         "We pay 30% of the tag price we'd put on the piece in cash, or 45% of it as store credit, as long as you "
         "bring at least five pieces.", ("as long as you bring at least five pieces",), "clear",
         "invented condition"),
    Pair("how does lay-by work?", ("VTG-06",),
         "For anything over $80: 20% down, and the rest within 6 weeks. Cancelling costs a $10 admin fee; the rest "
         "of the deposit comes back as store credit.",
         "Lay-by now runs through Afterpay: four interest-free payments over 8 weeks, no deposit needed.",
         ("Afterpay", "over 8 weeks", "no deposit needed"), "blatant", "invented partner"),
    Pair("postage costs?", ("VTG-04",),
         "- Australia: $12 flat up to 3 kg, free over $150\n- New Zealand: from $38\n- rest of the world: from $55\n"
         "\nParcels go out with Australia Post on Tuesdays and Fridays.",
         "- Australia: $12 flat up to 3 kg, free over $150\n- New Zealand: from $28\n- rest of the world: from $55\n"
         "\nParcels go out with Australia Post on Tuesdays and Fridays.", ("from $28",), "hidden",
         "wrong figure in a list"),
    Pair("I want the red tag coat and two yellow tag tops posted to Perth, what's the total?", ("VTG-01", "VTG-04"),
         "Red tag $80 + 2 yellow tags at $25 = $130. That's under the $150 free-postage line, so add $12: $142 all "
         "up.",
         "Red tag $80 + 2 yellow tags at $25 = $130. That's under the $150 free-postage line, so add $12: $144 all "
         "up.", ("$144",), "hidden", "worked sum with a wrong total"),
    Pair("can you take up the hem on jeans I got somewhere else?", ("VTG-07",),
         "Sorry, we only alter pieces bought from us. For those, hemming is $28 and takes about 7 days.",
         "Sure, we alter clothes from any shop; hemming is $28 and takes about 7 days.",
         ("clothes from any shop",), "blatant", "rule contradicted"),
    Pair("open thursday night?", ("VTG-08",), "Yep, Thursdays we're open late, till 8pm.",
         "Yep, Thursdays we're open late, till 9pm.", ("9pm",), "borderline", "one changed time"),
    Pair("how long does it take?", ("VTG-07",), "Allow 7 days.",
         "Allow 7 days, or it can be same day for a $15 rush fee.", ("$15 rush fee", "same day"), "clear",
         "follow-up with an invented fee",
         history=(("user", "do you do alterations?"),
                  ("assistant", "Yes, on pieces bought here: hemming is $28 and taking in a waist is $35."))),
]

EXTRAS = [
    Extra("unit conversion, carrying the customer's figure back",
          "the denim jacket listing says 52 pit to pit, what's that in inches?", ("VTG-02",),
          "52 cm pit to pit is about 20.5 inches across, so roughly 41 inches round the chest. Worth knowing: "
          "vintage sizes run small (a 70s size 14 fits like a modern 10), so go by the measurements."),
    Extra("refusal carrying the customer's words back",
          "I got a dress off the sale rack for $20 (it was half off) and it doesn't fit. Can I swap it?", ("VTG-03",),
          "Sorry, sale rack pieces (the 50% off ones) are final sale, so the $20 dress can't be returned or "
          "swapped."),
    Extra("another language (Italian)", "Quanto costa la spedizione in Nuova Zelanda?", ("VTG-04",),
          "La spedizione in Nuova Zelanda parte da $38 (dollari australiani). I pacchi partono con Australia Post "
          "il martedì e il venerdì."),
    Extra("percentages worked out", "if you'd tag my leather jacket red, what would I get for it?",
          ("VTG-05", "VTG-01"),
          "A red tag is $80, so you'd get 30% of that in cash, $24, or 45% as store credit, $36."),
    Extra("long friendly answer over three cards", "first time coming in this weekend, anything I should know?",
          ("VTG-08", "VTG-01", "VTG-03"),
          "Welcome! We're open Wed–Sun 10am–6pm, so Saturday and Sunday are both fine.\n\nPricing is by tag "
          "colour: yellow $25, green $45, red $80, and black tags are designer pieces priced one by one (GST is "
          "included in all of them).\n\nIf something doesn't work out, you've got 14 days to bring it back with "
          "the tags on for store credit; sale rack pieces are final sale though. Have fun digging!"),
]

LOOKUP = Lookup(
    name="order_lookup", input={"order": "SSV-30517"},
    output={"order": "SSV-30517", "items": ["red tag wool coat", "yellow tag silk scarf"], "goods_aud": 105.0,
            "postage_aud": 12.0, "total_aud": 117.0, "status": "packed", "dispatch": "2026-05-08",
            "carrier": "Australia Post"},
    question="what's in order SSV-30517 and what did i pay", ids=("VTG-04",),
    answer="SSV-30517 is the red tag wool coat and a yellow tag silk scarf: $105 for the pieces plus $12 postage, "
           "$117 all up.",
    fallback=f"I can't get into the order system right now, so I can't see SSV-30517. Give the shop a ring on "
             f"{PHONE} (Wed–Sun 10am–6pm) or email {EMAIL}.",
    invented="SSV-30517 is the black tag Biba dress, $210, and it shipped express yesterday.",
    frags=("black tag Biba dress", "shipped express yesterday"),
    failed_payload={"order": "SSV-30517", "success": False, "error": "orders service returned no data"},
    tool_only="SSV-30517: red tag wool coat + yellow tag silk scarf, $117 including $12 postage; packed, going out "
              "Fri 8 May with Australia Post.")
REFUSAL = Refusal(
    name="extend_layby", input={"layby": "LB-2291", "extra_weeks": 2},
    output={"extended": False, "reason": "lay-by already at the 6-week maximum"},
    question="can I get 2 more weeks on lay-by LB-2291?", ids=("VTG-06",),
    answer="Sorry, that came back as a no: LB-2291 is already at the 6-week maximum, so it can't be extended.")
TOOL_PAIR = Pair(
    "has SSV-30517 gone out yet?", ("VTG-04",),
    "Not yet: it's packed and goes out with Australia Post on Friday 8 May.",
    "Yep, it went out on Tuesday, so it should be with you already.",
    ("went out on tuesday", "with you already"), "blatant", "tool record contradicted in words")
BORROWED = Borrowed(
    "what do alterations cost on a dress I bought from you?", ("VTG-07",), "VTG-04",
    "- hem: $28\n- take in the waist: $38\n- allow 7 days", ("take in the waist: $38",), "hidden",
    "list price borrowed from the New Zealand postage of another card")
TWINS = Twins("how much is postage within australia?", "VTG-04", "VTG-04-old",
              "It's $12 flat for parcels up to 3 kg, and free once your order is over $150. (The $10 rate on the "
              "other card ended in June 2025.)", "current and expired postage cards")

DECLINE = f"Sorry, our info cards don't cover that. Give the shop a ring on {PHONE} or email {EMAIL}."
HANDOFF = f"I don't know that one, sorry. The shop can help on {PHONE} (Wed–Sun 10am–6pm) or at {EMAIL}."
GUESS = ("do you rent out costumes for parties?",
         "Yep! Costume hire is $40 a night with a $100 bond, and we've got a whole 80s rail.",
         ("Costume hire", "$40 a night", "$100 bond"))
OFFTOPIC = [
    Mismatch("do you stock kids clothes?", ("VTG-02", "VTG-01"),
             f"The cards I found are about sizing and tags, not kids' clothes, so I can't say. The shop can: "
             f"{PHONE}.", "worded unlike any title, sizing and tag cards returned"),
    Mismatch("can I park out the front?", ("VTG-08", "VTG-05"), HANDOFF,
             "parking question, hours and buying cards returned"),
    Mismatch("are you open Easter Monday next year?", ("VTG-E25",),
             f"The only Easter notice I found is for 2025, so I can't tell you about next year. Best to ring "
             f"{PHONE} closer to the time.", "last year's Easter notice for a question about next year"),
]
TRAPS = [
    ("paid with the card ending 4242 - why does my bank show two charges?", ("VTG-01",),
     f"I can't see payments from here. For the card ending 4242, please ring the shop on {PHONE}.",
     "masked card"),
    ("calling from London, what's your number with the country code?", ("VTG-08",),
     f"From the UK it's {PHONE_INTL}. We're open Wed–Sun 10am–6pm Melbourne time.", "international number quoted"),
    ("do you post to 3065?", ("VTG-04",),
     "Anywhere in Australia is $12 flat for parcels up to 3 kg, and free on orders over $150.", "Australian postcode"),
    ("tracking 33PQZ5012345 for lay-by LB-2291 hasn't moved", ("VTG-04", "VTG-06"),
     f"I can't check tracking from here. Parcels go out Tue and Fri with Australia Post; for 33PQZ5012345 please "
     f"ring the shop on {PHONE}.", "lay-by reference and tracking number"),
]
EARLIER = (("user", "hiya, bought a coat from you last winter, love it"),
           ("assistant", "Aw, so glad! What can I help with today?"))
PLAN = ("Plan: work out the tag prices.", "Plan: check free postage.", "Plan: add the postage.")
DUMP = "\n".join(f"SSV-{29000 + 13 * n} | {['yellow', 'green', 'red'][n % 3]} tag | "
                 f"${[25, 45, 80][n % 3]} | {['Tue', 'Fri'][n % 2]} | {['packed', 'sent', 'held'][n % 3]}"
                 for n in range(460))
LEAKS = [
    Leak("borderline", "hey it's Mia, 0491 570 156, are you buying on Wednesday?",
         "Yep, we buy on Wednesdays, 11am–2pm, up to 15 pieces a visit.", ("VTG-05",), ("0491 570 156",),
         style="Australian mobile in the question"),
    Leak("clear", "can I put the rest of my lay-by on 5555 5555 5555 4444 today?",
         "Yep, you can pay the rest of a lay-by any time within the 6 weeks.", ("VTG-06",),
         ("5555 5555 5555 4444",), style="Mastercard number in the question"),
    Leak("blatant", "can you email the receipt to mia.tran92@gmail.com",
         "I can't send receipts from this chat, sorry mia.tran92@gmail.com. The shop can help on "
         f"{PHONE}.", ("VTG-01",), ("mia.tran92@gmail.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "SSV-30517: the red tag wool coat and a yellow tag silk scarf, $117 including "
         "$12 postage.", ("VTG-04",), ("+61 491 570 110",),
         {"order": "SSV-30517", "customer_mobile": "+61 491 570 110"}, style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"ssv_{rng.randrange(16**6):06x}"
