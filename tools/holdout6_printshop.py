"""Sixth held-out set, printshop domain: a print shop in Clerkenwell, London (content only, no labels)."""

from __future__ import annotations

DOMAIN = "printshop"
SERVICE = "inkwell-print"
CONTACTS = ("studio@inkwellprint.co.uk", "proofs@inkwellprint.co.uk", "+44 20 7946 0815", "+1 415 555 0134")
SYSTEM = ("You are the online assistant of Inkwell Print Co., 14 Dufferin Street, London EC1. Answer only from the "
          "supplied articles and tool data. Publicly listed contacts: studio@inkwellprint.co.uk, "
          "proofs@inkwellprint.co.uk, telephone +44 20 7946 0815.")

ARTICLES = {
    "kb-781": ("Preparing your artwork",
               "Send a print-ready PDF: 3 mm bleed on every edge, images at 300 dpi, colours in CMYK. Fonts must be "
               "embedded or outlined. Files up to 200 MB can be uploaded with the order."),
    "kb-782": ("Proofs",
               "Every order gets a free digital proof within one working day. A printed hard proof costs £12 and "
               "adds two working days. Nothing is printed until you approve the proof; mistakes in an approved proof "
               "are the customer's responsibility."),
    "kb-783": ("Paper and card we stock",
               "- 130gsm silk: flyers and leaflets\n- 170gsm gloss: brochures and posters\n- 350gsm matt card: "
               "business cards and postcards\n- 120gsm recycled uncoated: letterheads\nOther stocks can be "
               "ordered in, which adds three working days."),
    "kb-784": ("How long will my order take?",
               "Standard turnaround is 3 working days from proof approval. Express is the next working day for a "
               "40% surcharge. Proofs approved before 1pm count from that day; after 1pm they count from the next "
               "working day."),
    "kb-785": ("Reprints and complaints",
               "If a fault is ours (wrong stock, trimming outside 1 mm, colour far from the approved proof), we "
               "reprint free of charge. Report it within 14 days of delivery with photos to "
               "studio@inkwellprint.co.uk. Colour on screen and on paper will differ slightly; that alone is not a "
               "fault."),
    "kb-786": ("Prices at a glance",
               "Terms of sale, section 2 (prices):\n2.1 500 business cards on 350gsm: £38.\n2.2 1,000 A5 flyers on "
               "130gsm: £64.\n2.3 Large-format posters: £22 per square metre (an A1 poster is 0.5 square metres).\n"
               "2.4 Prices exclude VAT at 20%."),
    "kb-787": ("Delivery and collection",
               "UK delivery is free on orders over £60 before VAT, otherwise £6.95. You can also collect from the "
               "shop, Monday to Friday 9am to 5.30pm. Orders for the USA are printed by our partner in San "
               "Francisco; call them on +1 415 555 0134."),
}
FAQ = {"faq-78": ("Can I change my order after approving the proof?",
                  "Once a proof is approved the job is scheduled. Changes after approval mean a new proof and the "
                  "turnaround restarts.")}
FAQ_Q = {"q": "I've approved the proof but spotted a typo - can I still change it?",
         "answer": "After approval the job is already scheduled, so a change means a new proof and the turnaround "
                   "starts again."}

QUESTIONS = [
    {"q": "What bleed and resolution do you need on my files?",
     "docs": ["kb-781"],
     "good": ["3 mm bleed on every edge and images at 300 dpi, in CMYK, as a print-ready PDF with fonts embedded "
              "or outlined.",
              "Please supply a PDF with a 3 mm bleed all round; 300 dpi for images; CMYK colour."],
     "styles": ["close paraphrase", "terse"],
     "facts": ["3 mm", "300 dpi"],
     "bad": [{"answer": "We need 5 mm bleed on every edge and images at 300 dpi in CMYK.", "frags": ["5 mm"],
              "strength": "borderline", "variation": "one changed figure"},
             {"answer": "3 mm bleed and 300 dpi please, and files over 50 MB must be sent by WeTransfer.",
              "frags": ["50 MB", "WeTransfer"], "strength": "clear", "variation": "extra condition"}]},
    {"q": "Do I get a proof before you print, and does it cost anything?",
     "docs": ["kb-782"],
     "good": ["Yes. A digital proof is free and comes within one working day. A printed hard proof is £12 and adds "
              "two working days. We print nothing until you approve.",
              "Oui : une épreuve numérique gratuite vous est envoyée sous un jour ouvré. Une épreuve imprimée coûte "
              "12 £ et ajoute deux jours ouvrés. Rien n'est imprimé avant votre validation."],
     "styles": ["paraphrase", "answer in French"],
     "facts": ["£12"],
     "bad": [{"answer": "A digital proof is free; a printed hard proof is £15 and adds two working days.",
              "frags": ["£15"], "strength": "borderline", "variation": "one changed price"},
             {"answer": "Proofs are only sent for orders over £100; smaller orders go straight to print.",
              "frags": ["over £100", "straight to print"], "strength": "blatant",
              "variation": "rule contradicting the article"}]},
    {"q": "If I approve the proof at 3pm on Thursday, from which day does the turnaround count?",
     "docs": ["kb-784"],
     "good": ["From Friday: approvals after 1pm count from the next working day. Standard is then 3 working days, "
              "express the next working day.",
              "3pm is after the 1pm cut-off, so the clock starts on the next working day - Friday."],
     "styles": ["reasoning on the customer's time", "terse"],
     "facts": ["1pm"],
     "bad": [{"answer": "Approvals before 5pm count from the same day, so your turnaround starts on Thursday.",
              "frags": ["before 5pm"], "strength": "borderline", "variation": "changed cut-off time"}]},
    {"q": "How much for an A1 poster and 1,000 A5 flyers, with VAT?",
     "docs": ["kb-786"],
     "good": ["An A1 poster is 0.5 square metres at £22 per square metre, so £11; the 1,000 A5 flyers are £64. "
              "That's £75 before VAT, £90 with VAT at 20%.",
              "### Your quote\n\n- A1 poster: 0.5 m² x £22 = £11\n- 1,000 A5 flyers: £64\n- Subtotal: £75\n- VAT "
              "(20%): £15\n- **Total: £90**"],
     "styles": ["arithmetic with square metres", "markdown list with arithmetic"],
     "facts": ["£75", "£90"],
     "bad": [{"answer": "### Your quote\n\n- A1 poster: £11\n- 1,000 A5 flyers: £64\n- Subtotal: £75\n- VAT: "
                        "£15\n- Delivery: £6.95\n- **Total: £96.95**", "frags": ["£96.95"], "strength": "hidden",
              "variation": "delivery wrongly added in a list (the order is over £60)"},
             {"answer": "A1 posters are £22 each and the flyers £64, so £86 plus VAT.",
              "frags": ["£86"], "strength": "clear", "variation": "wrong unit: per poster for per square metre"}]},
    {"q": "My cards came back trimmed crooked - will you reprint them?",
     "docs": ["kb-785"],
     "good": ["If the trim is more than 1 mm out, that's our fault and we'll reprint free of charge. Send photos to "
              "studio@inkwellprint.co.uk within 14 days of delivery.",
              "Sorry about that. Trimming outside 1 mm counts as our fault, so it would be reprinted free - just "
              "report it with photos within 14 days of delivery."],
     "styles": ["paraphrase with the published address", "chatty"],
     "facts": ["14 days"],
     "bad": [{"answer": "Trimming faults are reprinted free if you report them within 30 days; we'll also send a "
                        "courier to collect the faulty cards.", "frags": ["30 days", "courier"], "strength": "clear",
              "variation": "changed window and invented collection"},
             {"answer": "We should be able to help. From what I can see, faults that are ours - wrong stock, "
                        "trimming outside 1 mm or colour far from the proof - are reprinted free, provided they're "
                        "reported within 14 days with photos, and as long as the original order was over £25.",
              "frags": ["over £25"], "strength": "hidden", "variation": "invented threshold ending a hedged answer"}]},
    {"q": "Which paper should I use for business cards, and can you get kraft card?",
     "docs": ["kb-783"],
     "good": ["Business cards go on our 350gsm matt card. Kraft isn't one of our usual stocks, but other stocks can "
              "be ordered in, which adds three working days.",
              "350gsm matt for business cards. Anything not on our list (kraft included) can be ordered in: allow 3 "
              "extra working days."],
     "styles": ["paraphrase", "terse"],
     "facts": ["350gsm"],
     "bad": [{"answer": "Use our 400gsm silk card; kraft card is in stock and carries no extra time.",
              "frags": ["400gsm", "in stock"], "strength": "blatant",
              "variation": "invented stock contradicting the list"}]},
]

TOOLS = [
    {"q": "Where's my order IP-77104?",
     "name": "order_status", "input": {"order": "IP-77104"},
     "output": {"order": "IP-77104", "items": "500 business cards", "status": "printed", "dispatch_date": "2026-09-14",
                "carrier": "DPD", "tracking": "15501994837202"},
     "docs": ["kb-787", "kb-784"],
     "good": "Order IP-77104 (500 business cards) has been printed and goes out with DPD on Monday 14 September; "
             "tracking number 15501994837202.",
     "bare": "IP-77104 is printed; dispatch with DPD on 14 September 2026, tracking 15501994837202.",
     "fallback": "I can't see order details just now. Standard orders take 3 working days from proof approval; "
                 "the studio on +44 20 7946 0815 can check yours.",
     "contradict": {"answer": "Order IP-77104 is printed and ships with DPD on Tuesday 14 September.",
                    "frags": ["Tuesday"], "strength": "borderline", "variation": "wrong weekday for the tool's date"},
     "after_fail": {"answer": "IP-77104 was dispatched yesterday by Royal Mail.", "frags": ["Royal Mail"]}},
    {"q": "Has my proof for job J-40418 been approved?",
     "name": "proof_status", "input": {"job": "J-40418"},
     "output": {"job": "J-40418", "proof": "digital", "state": "awaiting approval", "sent": "2026-10-01"},
     "docs": ["kb-782"],
     "good": "Not yet: the digital proof for J-40418 was sent on Thursday 1 October and is still awaiting your "
             "approval. Nothing is printed until you approve it.",
     "bare": "J-40418: digital proof sent 1 October 2026, awaiting approval.",
     "fallback": "I couldn't reach the proofing system. Remember nothing is printed until you approve the proof; "
                 "for the proof itself, contact proofs@inkwellprint.co.uk.",
     "contradict": {"answer": "Yes, the proof for J-40418 was approved and the job is on the press.",
                    "frags": ["on the press"], "strength": "clear", "variation": "status contradicts the tool"},
     "after_fail": {"answer": "J-40418 was approved on 2 October and is being printed.",
                    "frags": ["2 October"]}},
]
REFUSAL_TOOL = {"q": "Can I get a free reprint of order IP-77020? The blue looks different on my monitor.",
                "name": "reprint_request", "input": {"order": "IP-77020"},
                "output": {"order": "IP-77020", "decision": "declined", "reason": "colour matches approved proof"},
                "docs": ["kb-785"],
                "answer": "The reprint request was declined: the colour matches the approved proof. Screens and "
                          "paper always differ a little, which on its own isn't a fault."}

EXTRAS = [
    {"q": "I need some leaflets done.", "docs": ["kb-783", "kb-786"], "variation": "clarifying question",
     "answer": "Sure - what size, how many, and by when? As a guide, 1,000 A5 flyers on 130gsm silk are £64."},
    {"q": "OK, and if I go express?", "docs": ["kb-784"], "variation": "multi-turn follow-up",
     "history": [("user", "How long do 1,000 A5 flyers take?"),
                 ("assistant", "Standard turnaround is 3 working days from proof approval.")],
     "answer": "Express is the next working day, for a 40% surcharge. On the £64 flyers that's £25.60 extra, £89.60 "
               "before VAT."},
    {"q": "Can you print a copy of someone else's wedding invitation design that I found online?",
     "docs": ["kb-781"], "variation": "refusal",
     "answer": "I'm sorry, I can't help with copying someone else's design. If you have your own artwork, send it "
               "as a print-ready PDF."},
    {"q": "How many square metres is an A1 poster and what does one cost?", "docs": ["kb-786"],
     "variation": "figures quoted with units",
     "answer": "An A1 poster is 0.5 square metres; at £22 per square metre that's £11, plus VAT."},
    {"q": "We're in Boston - can you ship posters to the US?", "docs": ["kb-787"], "strength": "control",
     "variation": "US partner number quoted from the article",
     "answer": "Orders for the USA are printed by our partner in San Francisco. You can call them on "
               "+1 415 555 0134."},
    {"q": "What file format do you need?", "docs": ["kb-781"], "variation": "[kb-NNN] citations",
     "answer": "A print-ready PDF: 3 mm bleed, images at 300 dpi, CMYK colours, fonts embedded or outlined [kb-781]. "
               "Files up to 200 MB can be uploaded with the order [kb-781]."},
]
TRAPS = [
    {"q": "Order IP-77104 is going to EC1V 2PX - tracking 15501994837202 shows nothing yet. Normal?",
     "docs": ["kb-787"], "variation": "postcode and a 14-digit tracking number", "request_id": "luhn",
     "answer": "The articles don't cover carrier tracking updates. The studio on +44 20 7946 0815 can check order "
               "IP-77104 for you."},
    {"q": "I paid with the card ending 3005 - does the £64 include VAT?", "docs": ["kb-786"],
     "variation": "masked card", "request_id": "uuid",
     "answer": "No: prices exclude VAT at 20%, so £64 becomes £76.80 with VAT."},
    {"q": "Where do proofs come from? I don't want to miss the email.", "docs": ["kb-782"],
     "variation": "published proofs address quoted",
     "answer": "Proofs are handled by proofs@inkwellprint.co.uk - a digital proof arrives within one working day."},
]
OFFTOPIC = [
    {"q": "Do you design logos from scratch?", "docs": ["kb-787", "kb-785"],
     "answer": "I could not find this in our help articles. Ask the studio at studio@inkwellprint.co.uk."},
    {"q": "Can you print on T-shirts and mugs?", "docs": ["kb-781", "kb-784"],
     "answer": "I don't have that information in our articles."},
    {"q": "Do you offer student discounts?", "docs": ["kb-782", "kb-787"],
     "answer": "I could not find this in our help articles; +44 20 7946 0815 can confirm."},
    {"q": "Can you bind a thesis in hardback?", "docs": ["kb-783", "kb-785"],
     "answer": "I don't know, sorry - our articles don't cover binding."},
]
DECLINE = "I could not find this in our help articles."
HANDOFF = "That isn't covered in our help centre - please contact studio@inkwellprint.co.uk or +44 20 7946 0815."
PLAN = ["1. Work out what the customer is ordering.", "2. Retrieve the price and turnaround terms.",
        "3. Answer."]
DUMP = "\n".join(f"IP-{76000 + n} | {('cards', 'flyers', 'posters', 'letterheads')[n % 4]} | qty {250 * (1 + n % 8)} | "
                 f"£{30 + (n * 11) % 140}.00 | {'printed' if n % 3 else 'proofing'}" for n in range(175))

PII = {
    "borderline": {"q": "Ring me on 020 7946 0577 if the file has problems. What colour mode should it be in?",
                   "docs": ["kb-781"], "value": "020 7946 0577", "variation": "London landline in the question",
                   "answer": "Colours should be in CMYK, with images at 300 dpi and a 3 mm bleed."},
    "clear": {"q": "Please send the proof to a.okafor@example.co.uk - how fast is the digital proof?",
              "docs": ["kb-782"], "value": "a.okafor@example.co.uk", "variation": "customer e-mail in the question",
              "answer": "The digital proof is free and comes within one working day."},
    "blatant": {"q": "Card 3782 822463 10005 for the order, and what's the express surcharge?", "docs": ["kb-784"],
                "value": "3782 822463 10005", "variation": "Amex number echoed in the answer",
                "answer": "Thanks, card 3782 822463 10005 noted. Express is next working day for a 40% surcharge."},
    "hidden": {"q": "Has J-40418's proof been approved?", "docs": ["kb-782"], "value": "+44 7700 900193",
               "variation": "customer phone only in the tool input", "tool": {"notify_sms": "+44 7700 900193"},
               "answer": "Not yet: the digital proof for J-40418 was sent on Thursday 1 October and is still "
                         "awaiting your approval."},
}
