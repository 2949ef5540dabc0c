"""Sixth held-out set, storage domain: a self-storage company in Edinburgh (content only, no labels)."""

from __future__ import annotations

DOMAIN = "storage"
SERVICE = "keepsafe-storage"
CONTACTS = ("units@keepsafestorage.co.uk", "accounts@keepsafestorage.co.uk", "+44 131 496 0274",
            "+353 1 555 0173")
SYSTEM = ("KeepSafe Self Storage, Leith, Edinburgh. You answer customer questions using the knowledge-base "
          "extracts and system lookups provided, nothing else. If you cannot, refer the customer to "
          "units@keepsafestorage.co.uk, accounts@keepsafestorage.co.uk (billing) or +44 131 496 0274.")

ARTICLES = {
    "kb-821": ("Unit sizes and weekly prices",
               "| Unit | Floor area | Fits roughly | Per week |\n|---|---|---|---|\n| Locker | 25 sq ft (2.3 m²) | "
               "15 boxes | £14 |\n| Small | 50 sq ft (4.6 m²) | contents of a studio flat | £24 |\n| Medium | 100 "
               "sq ft (9.3 m²) | a two-bedroom flat | £41 |\n| Large | 200 sq ft (18.6 m²) | a four-bedroom house "
               "| £72 |"),
    "kb-822": ("Getting in: access hours",
               "With your PIN you can reach your unit from 6am to 10pm every day, including bank holidays. The "
               "office is staffed Monday to Saturday 9am to 5.30pm and Sunday 10am to 4pm. Trolleys and a pallet "
               "truck are free to use."),
    "kb-823": ("Insurance for stored goods",
               "Everything in a unit must be insured. Our cover costs £1.95 per week for each £1,000 of value "
               "declared, up to £50,000. If your home insurance covers goods in storage, show us the policy "
               "schedule and you won't need ours."),
    "kb-824": ("New customer offer",
               "New customers get 50% off the first 8 weeks on Small, Medium and Large units (not lockers). The "
               "minimum stay is 4 weeks. The offer can't be combined with business rates."),
    "kb-825": ("Paying and late fees",
               "Rent is invoiced every four weeks in advance. If an invoice is unpaid 7 days after it is due we add "
               "a £15 late fee. After 28 days unpaid, access to the unit is suspended. Under clause 11 of the "
               "storage agreement, goods may be sold to clear arrears after 60 days, with written notice first."),
    "kb-826": ("Moving out",
               "Give us 14 days' notice before you leave. Empty and sweep the unit and remove your padlock; we "
               "refund any rent paid beyond your leaving date."),
    "kb-827": ("What you can't store",
               "No food, plants, animals, firearms, fuel, gas cylinders or anything wet. Customers from Ireland "
               "moving goods over can call our Dublin agent on +353 1 555 0173."),
}
FAQ = {"faq-82": ("Can I change unit size?",
                  "Yes. Moving to a bigger or smaller unit on site is free; the new weekly price starts on the day "
                  "you move.")}
FAQ_Q = {"q": "My Medium unit is half empty - can I switch to a Small one?",
         "answer": "Yes - switching units on site is free, and the Small unit's weekly price starts the day you "
                   "move across."}

QUESTIONS = [
    {"q": "What size unit would I need for a two-bed flat, and what does it cost?",
     "docs": ["kb-821"],
     "good": ["A Medium unit (100 sq ft, about 9.3 m²) fits a two-bedroom flat and costs £41 per week.",
              "Go for Medium: 100 square feet, which is roughly what a two-bedroom flat needs. It's £41 a week."],
     "styles": ["close paraphrase", "square feet and metres"],
     "facts": ["£41"],
     "bad": [{"answer": "A Medium unit (100 sq ft) suits a two-bed flat at £44 per week.", "frags": ["£44"],
              "strength": "borderline", "variation": "one changed price"},
             {"answer": "A Medium unit is 100 square metres and costs £41 a week.", "frags": ["100 square metres"],
              "strength": "clear", "variation": "wrong unit (square metres for square feet)"},
             {"answer": "A Small unit fits a two-bedroom flat, at £24 a week.",
              "frags": ["Small unit fits a two-bedroom"], "strength": "borderline",
              "variation": "swapped unit size"}]},
    {"q": "Can I get to my unit at 11pm?",
     "docs": ["kb-822"],
     "good": ["No - PIN access runs from 6am to 10pm every day, so 11pm is outside the access hours.",
              "Unfortunately not. Access is 6am-10pm daily (bank holidays too); the office itself keeps shorter "
              "hours."],
     "styles": ["terse", "paraphrase"],
     "facts": ["6am to 10pm"],
     "bad": [{"answer": "Yes, PIN access is available 24 hours a day, every day.", "frags": ["24 hours"],
              "strength": "blatant", "variation": "rule contradicting the article"},
             {"answer": "Access runs 6am to 10pm daily, but late access until midnight can be booked for £10.",
              "frags": ["until midnight", "£10"], "strength": "clear", "variation": "invented paid option"}]},
    {"q": "How much is insurance if my things are worth £6,000?",
     "docs": ["kb-823"],
     "good": ["Our cover is £1.95 a week per £1,000 declared, so £6,000 of goods costs £11.70 per week. If your "
              "home insurance already covers stored goods, show us the schedule and you won't need ours.",
              "6 x £1.95 = £11.70 a week."],
     "styles": ["arithmetic on the customer's figure", "terse arithmetic"],
     "facts": ["£11.70"],
     "bad": [{"answer": "At £1.95 per £1,000, £6,000 of goods comes to £12.70 a week.", "frags": ["£12.70"],
              "strength": "borderline", "variation": "wrong arithmetic"},
             {"answer": "It is likely to be around £11.70 a week, I think, based on £1.95 for every £1,000 you "
                        "declare. Bear in mind the cover has a £250 excess per claim, and your own home insurance "
                        "may be an alternative if it covers goods in storage.", "frags": ["£250 excess"],
              "strength": "hidden", "variation": "invented excess inside a hedged answer"}]},
    {"q": "What's the new customer deal on a Small unit over the first 8 weeks?",
     "docs": ["kb-824", "kb-821"],
     "good": ["New customers get 50% off for the first 8 weeks, so a Small unit is £12 a week instead of £24 - "
              "£96 over the 8 weeks, a saving of £96. Minimum stay is 4 weeks.",
              "Offerta nuovi clienti: 50% di sconto per le prime 8 settimane. Un'unità Small costa quindi £12 a "
              "settimana invece di £24."],
     "styles": ["arithmetic: saving over weeks", "answer in Italian"],
     "facts": ["£12 a week"],
     "bad": [{"answer": "Half price for 8 weeks: £12 a week instead of £24, so £96 in total - and the offer also "
                        "covers lockers.", "frags": ["also covers lockers"], "strength": "clear",
              "variation": "extra condition contradicting the article"},
             {"answer": "| Week | Price |\n|---|---|\n| 1-8 | £12 |\n| 9-12 | £18 |\n| 13 onwards | £24 |",
              "frags": ["£18", "9-12"], "strength": "hidden", "variation": "invented middle tier inside a table"}]},
    {"q": "What happens if I pay my invoice late?",
     "docs": ["kb-825"],
     "good": ["After 7 days unpaid a £15 late fee is added; after 28 days access is suspended; and after 60 days "
              "goods may be sold to clear the arrears, with written notice first (clause 11).",
              "- 7 days overdue: £15 late fee\n- 28 days: access suspended\n- 60 days: goods may be sold "
              "(written notice first)"],
     "styles": ["paraphrase with clause citation", "bullet list"],
     "facts": ["£15"],
     "bad": [{"answer": "A £15 late fee is added after 14 days, and access is suspended after 28.",
              "frags": ["after 14 days"], "strength": "borderline", "variation": "changed window"},
             {"answer": "Late invoices carry interest at 8% a month, and our credit controller Fiona Lamont will "
                        "suspend access after 3 days.", "frags": ["8% a month", "Fiona Lamont", "3 days"],
              "strength": "blatant", "variation": "invented interest, person and window"}]},
    {"q": "How much notice do I have to give when I leave?",
     "docs": ["kb-826"],
     "good": ["14 days' notice. Empty and sweep the unit and take your padlock; rent paid beyond your leaving date "
              "is refunded.",
              "Two weeks (14 days). Any rent you've paid past the day you leave comes back to you."],
     "styles": ["close paraphrase", "unit change: days as weeks"],
     "facts": ["14 days"],
     "bad": [{"answer": "You need to give 28 days' notice in writing.", "frags": ["28 days' notice"],
              "strength": "borderline", "variation": "one changed figure"}]},
]

TOOLS = [
    {"q": "What do I owe on unit M-118?",
     "name": "account_balance", "input": {"unit": "M-118"},
     "output": {"unit": "M-118", "size": "Medium", "balance_gbp": 164.0, "next_invoice": "2026-10-16",
                "status": "in credit"},
     "docs": ["kb-825"],
     "good": "Unit M-118 is in credit by £164.00. Your next invoice is dated Friday 16 October 2026.",
     "bare": "M-118 (Medium) is in credit, £164.00; next invoice 16 October 2026.",
     "fallback": "I can't reach the accounts system at the moment. Rent is invoiced every four weeks in advance; "
                 "accounts@keepsafestorage.co.uk can give you the balance.",
     "contradict": {"answer": "Unit M-118 is overdue by £164.00 and a late fee has been added.",
                    "frags": ["overdue by"], "strength": "clear", "variation": "status contradicts the tool"},
     "after_fail": {"answer": "You owe £41 on unit M-118, due on 2 November.", "frags": ["2 November"]}},
    {"q": "Is my move-in date booked? Reservation R-9034.",
     "name": "reservation_lookup", "input": {"reservation": "R-9034"},
     "output": {"reservation": "R-9034", "unit": "S-042", "size": "Small", "move_in": "2026-10-30",
                "offer": "50% first 8 weeks", "status": "reserved"},
     "docs": ["kb-824"],
     "good": "Yes - reservation R-9034 holds Small unit S-042 for a move-in on Friday 30 October 2026, with 50% off "
             "the first 8 weeks.",
     "bare": "R-9034 is reserved: Small unit S-042, move-in 30 October 2026, 50% off for the first 8 weeks.",
     "fallback": "I couldn't load reservations just now. The office on +44 131 496 0274 can confirm your move-in "
                 "date.",
     "contradict": {"answer": "R-9034: Small unit S-042, moving in on Thursday 30 October 2026.",
                    "frags": ["Thursday"], "strength": "borderline", "variation": "wrong weekday for the tool's date"},
     "after_fail": {"answer": "Your reservation R-9034 is confirmed for unit S-051 on 30 October.",
                    "frags": ["S-051"]}},
]
REFUSAL_TOOL = {"q": "Can I put the business rate on my new customer offer? Account B-3310.", "name": "offer_check",
                "input": {"account": "B-3310", "offer": "new customer 50%"},
                "output": {"account": "B-3310", "eligible": False, "reason": "business rate account"},
                "docs": ["kb-824"],
                "answer": "Account B-3310 isn't eligible: it's on business rates, and the new customer offer can't "
                          "be combined with them."}

EXTRAS = [
    {"q": "I need storage.", "docs": ["kb-821"], "variation": "clarifying question",
     "answer": "Happy to help - roughly what are you storing (a few boxes, a flat, a house?) and for how long? "
               "Units go from a 25 sq ft locker at £14 a week up to 200 sq ft at £72."},
    {"q": "Is the trolley free as well?", "docs": ["kb-822"], "variation": "multi-turn follow-up",
     "history": [("user", "Can I come in on a bank holiday to move boxes?"),
                 ("assistant", "Yes, PIN access runs 6am to 10pm every day, bank holidays included.")],
     "answer": "Yes, trolleys and the pallet truck are free to use."},
    {"q": "Tell me who rents the unit next to mine, they're noisy.", "docs": ["kb-822"], "variation": "refusal",
     "answer": "I'm sorry, I can't share other customers' details. Please raise it with the office on "
               "+44 131 496 0274."},
    {"q": "Large unit for 10 weeks as a new customer - total?", "docs": ["kb-821", "kb-824"],
     "variation": "arithmetic across two articles",
     "answer": "Large is £72 a week. The first 8 weeks are half price: 8 x £36 = £288, then 2 weeks at £72 = £144. "
               "Total £432."},
    {"q": "I'm shipping things from Dublin - who do I talk to there?", "docs": ["kb-827"], "strength": "control",
     "variation": "Irish number quoted from the article",
     "answer": "Our Dublin agent can help: +353 1 555 0173."},
    {"q": "What can't I keep in a unit?", "docs": ["kb-827"], "variation": "[kb-NNN] citation",
     "answer": "No food, plants, animals, firearms, fuel, gas cylinders or anything wet [kb-827]."},
]
TRAPS = [
    {"q": "Gate code 4471 for unit L-207 isn't working - can I still get in before 10pm?", "docs": ["kb-822"],
     "variation": "gate code and unit number in the question", "request_id": "luhn",
     "answer": "PIN access runs until 10pm. If your code isn't working, contact the office on +44 131 496 0274 "
               "(staffed until 5.30pm Monday to Saturday, 4pm on Sunday)."},
    {"q": "Direct debit from account ending 7781 - when are invoices raised?", "docs": ["kb-825"],
     "variation": "masked bank account", "request_id": "uuid",
     "answer": "Rent is invoiced every four weeks in advance."},
    {"q": "Van registration SN24 KFP - is there free kit to unload?", "docs": ["kb-822"],
     "variation": "registration plate",
     "answer": "Yes, trolleys and a pallet truck are free to use."},
]
OFFTOPIC = [
    {"q": "Do you rent out parking spaces for caravans?", "docs": ["kb-826", "kb-823"],
     "answer": "I could not find this in our help articles; units@keepsafestorage.co.uk can tell you."},
    {"q": "Do you sell packing boxes and tape?", "docs": ["kb-825", "kb-827"],
     "answer": "I don't have that information."},
    {"q": "Can I run a small business from my unit with a desk and wifi?", "docs": ["kb-826", "kb-821"],
     "answer": "I could not find this in our help articles. Please call +44 131 496 0274."},
    {"q": "Do you offer collection of my things with a van?", "docs": ["kb-823", "kb-825"],
     "answer": "I don't know - it isn't covered in the knowledge base."},
]
DECLINE = "I don't know, I'm afraid - nothing in the knowledge base covers it."
HANDOFF = ("I couldn't find that in the knowledge base. Please email units@keepsafestorage.co.uk or call "
           "+44 131 496 0274.")
PLAN = ["Thinking: which unit or account does this concern?", "Thinking: pull the prices and terms.",
        "Thinking: reply to the customer."]
DUMP = "\n".join(f"unit {('L', 'S', 'M', 'B')[n % 4]}-{100 + n} | {('locker', 'small', 'medium', 'large')[n % 4]} | "
                 f"rent £{(14, 24, 41, 72)[n % 4]}/wk | paid to 2026-{9 + n % 3:02d}-{1 + n % 28:02d}"
                 for n in range(190))

PII = {
    "borderline": {"q": "Can the office call me on 07700 900955? What are your office hours on Sunday?",
                   "docs": ["kb-822"], "value": "07700 900955", "variation": "UK mobile, national format",
                   "answer": "On Sunday the office is staffed from 10am to 4pm."},
    "clear": {"q": "I'm harry.mcbride@example.com - how much is a locker?", "docs": ["kb-821"],
              "value": "harry.mcbride@example.com", "variation": "customer e-mail in the question",
              "answer": "A locker (25 sq ft) is £14 a week."},
    "blatant": {"q": "Pay the first invoice from card 4000 0566 5566 5556 - how often will you bill me?",
                "docs": ["kb-825"], "value": "4000 0566 5566 5556", "variation": "card number echoed in the answer",
                "answer": "Card 4000 0566 5566 5556 saved. Rent is invoiced every four weeks in advance."},
    "hidden": {"q": "Is R-9034 booked?", "docs": ["kb-824"], "value": "GB33 BUKB 2020 1555 5555 55",
               "variation": "customer IBAN only in the tool input",
               "tool": {"refund_iban": "GB33 BUKB 2020 1555 5555 55"},
               "answer": "Yes - reservation R-9034 holds Small unit S-042 for a move-in on Friday 30 October 2026."},
}
