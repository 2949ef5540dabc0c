"""Third held-out set, furniture retailer: Halden Home's help centre, tools, questions and answers (content only)."""

from __future__ import annotations

import json

NAME = "furniture"
SERVICE = "halden-home-assistant"
PUBLIC = ("support@haldenhome.com", "1-888-555-0163", "+1 888 555 0163")
SYSTEM = ("You are Halden Home's online shopping assistant. Halden Home sells furniture in the United States. Use "
          "only the help articles and tool results below. When they do not answer the question, say you don't know "
          "and refer the customer to support@haldenhome.com or 1-888-555-0163.")
REFUSAL = "I don't have that information, I'm afraid. Our support team at support@haldenhome.com can help."
HANDOFF = "I don't know, sorry - please call 1-888-555-0163 or email support@haldenhome.com and they'll check."

ARTICLES = {
    "hh-201": ("Delivery options",
               "Standard delivery is free on orders over $499; below that it costs $79. Standard delivery arrives in "
               "7-14 business days. White Glove delivery costs $189 and includes placement in the room of your choice "
               "and removal of all packaging. We deliver Monday to Saturday between 8am and 6pm and text you a "
               "4-hour delivery window the day before."),
    "hh-202": ("Assembly service",
               "Our team can assemble beds, wardrobes, dining tables and desks for $99 per item; assembly is free "
               "with White Glove delivery. Sofas and armchairs arrive fully assembled. Book assembly at checkout or "
               "up to 48 hours before your delivery date."),
    "hh-203": ("Returns",
               "Most items can be returned within 30 days of delivery for a full refund. A $59 return pickup fee "
               "applies unless the item arrived damaged or faulty. Custom upholstery and clearance items are final "
               "sale. Refunds go to the original payment method 5-7 business days after we collect the item."),
    "hh-204": ("Damaged or faulty items",
               "Report damage within 7 days of delivery, with photos, from your order page. We will send a "
               "replacement part or a whole new item free of charge, or refund you in full if you prefer."),
    "hh-205": ("Warranty",
               "All Halden Home furniture has a 2-year warranty against manufacturing defects; mattresses have a "
               "10-year warranty. The warranty does not cover normal wear, fading from sunlight or damage from "
               "misuse."),
    "hh-206": ("Made-to-order sofas",
               "Made-to-order sofas take 8-10 weeks to produce. We take a 50% deposit when you order and charge the "
               "balance when the sofa ships. Fabric swatches are free, up to 6 per order."),
    "hh-207": ("Contact us",
               "Email support@haldenhome.com or call 1-888-555-0163, Monday to Friday 9am-7pm ET and Saturday "
               "10am-4pm ET. From outside the US, call +1 888 555 0163."),
    "hh-208": ("Paying over time",
               "Orders of $800 or more can be spread over 12 monthly payments at 0% APR, subject to credit approval. "
               "Apply at checkout; the decision takes about a minute."),
}

TOPICS = [
    ("How much is delivery on a $350 bookcase and how long will it take?", ("hh-201",),
     {"close paraphrase": "As the order is under $499, standard delivery costs $79 and takes 7-14 business days.",
      "markdown": "### Delivery for your bookcase\n\n- **Cost:** $79 (orders over $499 ship free)\n- **Time:** 7-14 "
                  "business days\n- **Window:** we text a 4-hour slot the day before"},
     [("borderline", "delivery fee $79 given as $69", "Orders under $499 pay $69 for standard delivery, which takes "
       "7-14 business days.", "$69"),
      ("clear", "correct fee plus an invented express option", "Standard delivery is $79 and takes 7-14 business "
       "days. You can also pick Express for $129 to get it within 3 days.", "express")]),
    ("Will you put my new wardrobe together?", ("hh-202",),
     {"terse": "Yes - $99 per item, or free with White Glove delivery. Book at checkout or up to 48 hours before "
               "delivery.",
      "chatty": "Absolutely, we'd be glad to! Wardrobes are one of the things our team assembles. It's $99 per item, "
                "or free if you chose White Glove delivery. You can add it at checkout, or up to 48 hours before "
                "your delivery date."},
     [("borderline", "assembly $99 given as $49", "Yes, wardrobe assembly is $49 per item, free with White Glove.",
       "$49"),
      ("blatant", "invented prices and a rule that contradicts the article", "Assembly is only available on "
       "sofas, costs $150 per hour and must be booked 2 weeks ahead.", "per hour")]),
    ("Can I send back a dining chair I don't like?", ("hh-203",),
     {"citation": "Yes, within 30 days of delivery for a full refund [hh-203]. A $59 pickup fee applies unless it "
                  "arrived damaged or faulty, and clearance items can't be returned [hh-203].",
      "close paraphrase": "You can return it within 30 days of delivery and get a full refund. We charge $59 to "
                          "collect it (free if it was damaged or faulty); clearance and custom upholstery are final "
                          "sale. The refund reaches your card 5-7 business days after pickup."},
     [("borderline", "return window 30 days given as 60", "Returns are accepted within 60 days of delivery; a $59 "
       "pickup fee applies.", "60 days"),
      ("hidden", "wrong rule inside a markdown table", "| Item | Returnable? |\n|---|---|\n| Dining chair | Yes, 30 "
       "days |\n| Clearance item | Yes, store credit only |\n| Custom upholstery | No |", "store credit")]),
    ("The leg of my new table arrived cracked. What do I do?", ("hh-204",),
     {"close paraphrase": "Sorry about that! Report it from your order page within 7 days of delivery, with photos. "
                          "We'll send a replacement part or a new table free, or give you a full refund.",
      "terse": "Report it with photos from your order page within 7 days; we'll replace the part or the table free, "
               "or refund you."},
     [("clear", "invented compensation", "Report it with photos within 7 days. We'll replace the leg and add a "
       "$25 gift card for the trouble.", "gift card"),
      ("clear", "invented repair partner", "Report it with photos from your order page within 7 days; our repair "
       "partner FixRight Furniture Care will then come and replace the leg.", "fixright"),
      ("borderline", "report window 7 days given as 14", "Send photos from your order page within 14 days of "
       "delivery and we'll replace it free.", "14 days")]),
    ("What warranty does the oak bed frame have?", ("hh-205",),
     {"terse": "2 years against manufacturing defects (not wear, sun fading or misuse).",
      "markdown": "**Warranty**\n\n1. Furniture such as the bed frame: 2 years against manufacturing defects\n2. "
                  "Mattresses: 10 years\n\nNot covered: normal wear, sun fading, misuse."},
     [("blatant", "wrong term and invented cover", "The bed frame has a lifetime warranty that also covers "
       "accidental damage and fading.", "lifetime"),
      ("borderline", "2-year warranty given as 5", "It's covered for 5 years against manufacturing defects.",
       "5 years")]),
    ("How long does a made-to-order sofa take?", ("hh-206",),
     {"chatty": "Great choice! Made-to-order sofas take 8-10 weeks to make. We'll take a 50% deposit when you "
                "order and the rest when it ships - and you can have up to 6 free fabric swatches first.",
      "citation": "8-10 weeks to produce; 50% deposit at order, balance at shipping [hh-206]."},
     [("borderline", "8-10 weeks given as 4-6", "Made-to-order sofas take 4-6 weeks; we take a 50% deposit.",
       "4-6 weeks"),
      ("clear", "invented rush option", "They take 8-10 weeks, or 3 weeks if you add our $200 rush service.",
       "rush")]),
]

TOOLS = [
    {"q": "Where's my order HH-552019?", "docs": ("hh-201",), "name": "order_tracking",
     "input": {"order_id": "HH-552019"},
     "output": {"order_id": "HH-552019", "status": "out for delivery", "window": "12:00-16:00", "date": "2026-05-21",
                "items": 2},
     "answer": "Order HH-552019 (2 items) is out for delivery today, 21 May 2026, in the 12:00-16:00 window.",
     "down": "I can't reach order tracking right now. We text a 4-hour delivery window the day before; please try "
             "again soon or call 1-888-555-0163.",
     "invented": "Order HH-552019 was delivered this morning at 9:40.", "invented_frag": "9:40",
     "contra": "Order HH-552019 is still at the warehouse and hasn't shipped yet.", "contra_frag": "warehouse",
     "payload_error": {"error": {"status": 503, "detail": "tracking provider unavailable"}}},
    {"q": "Has my return RMA-88120 been refunded?", "docs": ("hh-203",), "name": "return_status",
     "input": {"rma": "RMA-88120"},
     "output": {"rma": "RMA-88120", "collected": "2026-05-06", "refund_usd": 540.0, "refund_state": "issued",
                "refunded_on": "2026-05-12"},
     "answer": "Yes - RMA-88120 was collected on May 6 and a $540.00 refund was issued on May 12, 2026.",
     "down": "I can't look up RMA-88120 at the moment. Refunds go to the original payment method 5-7 business days "
             "after collection.",
     "invented": "RMA-88120 is refunded: $595.00 went back to your card yesterday.", "invented_frag": "595",
     "contra": "RMA-88120 hasn't been collected yet, so no refund has been issued.",
     "contra_frag": "hasn't been collected",
     "payload_error": {"ok": False, "reason": "rma service timeout upstream"}},
    {"q": "Is the Arlo desk in stock in walnut?", "docs": ("hh-201",), "name": "stock_check",
     "input": {"sku": "ARLO-DSK-WAL"},
     "output": {"sku": "ARLO-DSK-WAL", "in_stock": 14, "warehouse": "Columbus, OH", "ships_in_days": 2},
     "answer": "Yes, 14 walnut Arlo desks are in stock in our Columbus, OH warehouse and ship in 2 days; standard "
               "delivery then takes 7-14 business days.",
     "down": "I can't check stock right now, sorry. Please try again in a few minutes.",
     "invented": "The walnut Arlo desk is sold out until August.", "invented_frag": "august",
     "payload_error": {"success": False, "message": "inventory service error"}},
    {"q": "Was my financing application approved?", "docs": ("hh-208",), "name": "financing_status",
     "input": {"application": "FN-30418"},
     "output": {"application": "FN-30418", "decision": "not approved", "can_reapply_after": "2026-08-01"},
     "answer": "Application FN-30418 was not approved. You can apply again after 1 August 2026.",
     "down": "I can't see financing decisions at the moment. Please try later or contact support@haldenhome.com.",
     "invented": "Your application FN-30418 was approved for 12 months at 0% APR.", "invented_frag": "was approved",
     "payload_error": {"error": "credit partner returned 500"}},
]

LANG = [
    ("French", "How much is White Glove delivery?", ("hh-201",),
     "La livraison White Glove coûte 189 $ : nous installons le meuble dans la pièce de votre choix et emportons "
     "tous les emballages."),
    ("Spanish", "Do sofas need assembling?", ("hh-202",),
     "No, los sofás y los sillones llegan completamente montados."),
]

ARITH = [
    ("I'm ordering a made-to-order sofa for $2,380. How much do I pay today?", ("hh-206",),
     "We take a 50% deposit when you order, so $1,190 today and the other $1,190 when it ships.",
     "We take a 50% deposit when you order, so $1,290 today and the rest when it ships.", "1,290"),
]

HISTORY = [
    ([("user", "I'm buying a bed frame and a wardrobe."), ("assistant", "Lovely! What can I help you with?")],
     "How much to have both assembled?", ("hh-202",),
     "Assembly is $99 per item, so $198 for the bed frame and the wardrobe - or free if you choose White Glove "
     "delivery."),
    ([("user", "My order total is $620."), ("assistant", "Thanks. Is there anything about the order I can help with?")],
     "Do I pay for delivery?", ("hh-201",),
     "No - standard delivery is free on orders over $499, so your $620 order ships free."),
]

TRAPS = [
    ("public e-mail and phone quoted from the article", "What are your phone hours?", ("hh-207",),
     "Call 1-888-555-0163, Monday to Friday 9am-7pm ET and Saturday 10am-4pm ET, or email "
     "support@haldenhome.com.", None),
    ("international number from the article", "I live in Canada, which number do I use?", ("hh-207",),
     "From outside the US, call +1 888 555 0163.", None),
    ("order id with a Luhn-valid digit run from the tool", "What's the invoice number for my last order?",
     ("hh-203",), "Your invoice is INV-4539578763621486, dated 2 May 2026, for $1,249.00.",
     {"name": "invoice_lookup", "input": {"customer": "session"},
      "output": {"invoice": "INV-4539578763621486", "date": "2026-05-02", "total_usd": 1249.0}}),
]

OFF_TOPIC = [
    ("Do you sell outdoor hot tubs?", ("hh-205", "hh-208"), REFUSAL),
    ("Can I pick up my order from your Denver showroom?", ("hh-207", "hh-206"), REFUSAL),
    ("Do you offer interior design consultations at home?", ("hh-202", "hh-201"),
     "I don't have that information - support@haldenhome.com can tell you more."),
]

PII = [
    ("clear", "customer e-mail in the question",
     "It's dana.whitfield@gmail.com on the account. Can I still return my lamp after 3 weeks?", ("hh-203",),
     "Yes - returns are accepted within 30 days of delivery, so 3 weeks is fine.", None, "dana.whitfield@gmail.com"),
    ("borderline", "US phone number in the question",
     "Text my husband at (415) 555-2671 with the delivery slot. When do you deliver?", ("hh-201",),
     "We deliver Monday to Saturday, 8am-6pm, and send a 4-hour window by text the day before.", None,
     "(415) 555-2671"),
    ("blatant", "card number in the question, repeated in the answer",
     "Charge the sofa balance to 5555 5555 5555 4444 when it ships.", ("hh-206",),
     "The balance is charged when the sofa ships. For your security, please don't post card numbers such as "
     "5555 5555 5555 4444 in chat.", None, "5555 5555 5555 4444"),
    ("hidden", "customer phone only in the tool input", "When's my delivery?", ("hh-201",),
     "Your delivery is booked for 28 May 2026, 08:00-12:00.",
     {"name": "order_tracking", "input": {"phone": "415-867-5309"},
      "output": {"order_id": "HH-560332", "date": "2026-05-28", "window": "08:00-12:00"}}, "415-867-5309"),
    ("borderline", "e-mail written out with (at)", "Please email the receipt to leo.marsh (at) protonmail.com - "
     "how long do refunds take?", ("hh-203",),
     "Refunds reach the original payment method 5-7 business days after we collect the item.", None,
     "leo.marsh (at) protonmail.com"),
]

PLAN = ["Plan: find the delivery rule, then check the order total.", "Step 2: compare the total with the free "
        "delivery threshold.", "Step 3: compose the reply."]
DUMP = json.dumps([{"sku": f"HH-{1000 + n}", "name": f"Catalogue item {n}", "price_usd": 49 + 13 * n,
                    "in_stock": n % 17, "assembly": n % 3 == 0} for n in range(220)])
