"""holdout8 content: a locksmith in Leeds (emergency call-outs, lock changes, key cutting, quotes, guarantees).

House style: a blunt price list, 12-hour times ("6pm"), short imperative paragraphs, slug article ids.
Content only; the recipes that turn it into traces are in ``tools/holdout8_cases.py``.
"""

from __future__ import annotations

from holdout8_cases import QA, ToolCase, luhn_digit

DOMAIN = "locksmith"
SERVICE = "keyworth-locks-bot"
PHONE = "+44 113 496 0318"
EMAIL = "jobs@keyworthlocks.co.uk"
CONTACTS = (EMAIL, PHONE)
SYSTEM = ("You are Keyworth Locks' chat assistant (Leeds). Use the price list, policies and tool results provided; "
          f"nothing else. If they don't answer the question, say so and give our number, {PHONE} (24 hours), or "
          f"{EMAIL}. Never ask for card numbers in chat.")

ARTICLES = {
    "lock-prices": ("Price list",
                    "| job | price |\n|---|---|\n| Call-out, 8am-6pm Mon-Sat | £75 |\n| Call-out, 6pm-midnight and "
                    "Sundays | £110 |\n| Call-out, midnight-8am | £145 |\n| Extra labour | £20 per 15 min |\n| Euro "
                    "cylinder, standard, supplied and fitted | £65 |\n| Euro cylinder, anti-snap 3-star, supplied and "
                    "fitted | £95 |\n| 5-lever mortice (BS3621), fitted | £120 |\n| uPVC mechanism repair | from £140 "
                    "|\n\nEvery call-out price includes the first 30 minutes of labour."),
    "response": ("How fast we get to you",
                 "Inside the ring road (LS1-LS9) we aim to be with you within 45 minutes. Elsewhere in our area "
                 "(LS10-LS17, LS25-LS28) within 90 minutes. Between midnight and 8am we attend lockouts and break-in "
                 "repairs only."),
    "key-cutting": ("Key cutting",
                    "Standard cylinder (Yale-type) keys £4.50 each. Mortice keys £7 each. Restricted keys on "
                    "registered systems £18 each: bring the key card and photo ID, ready in 5-7 working days. "
                    "Everything else is cut while you wait, about 5 minutes. We don't cut car keys. Shop: 14 "
                    "Harehills Parade, Leeds LS8 5QQ. Open Mon-Fri 9am-5:30pm, Sat 9am-1pm."),
    "quotes": ("Quotes and paying",
               "Non-emergency work: free written quote, valid for 30 days from the date on it. Call-outs: we give "
               "you the price on the phone before we set off, and that is the price you pay unless you agree extra "
               "work in writing. Pay on completion by card, cash or bank transfer."),
    "guarantee": ("Our guarantee",
                  "Locks we supply and fit: 12 months on parts and labour. Locks you supply: 3 months on labour "
                  "only. Not covered: damage from forced entry, locks that have been painted over, lost keys."),
    "lockout-proof": ("Before we open a door",
                      "We must see proof that you live there: photo ID with the address, or a utility bill, or a "
                      "neighbour or landlord confirming who you are. No proof, no entry. We always try "
                      "non-destructive entry first; if the lock has to be drilled we replace it at the price-list "
                      "lock-change price."),
    "insurance": ("After a break-in",
                  "Emergency boarding: £85 per window up to 1 m². We write a report for your insurer free of charge "
                  "on request."),
    "landlords": ("Landlord accounts",
                  "Landlords with 5 or more properties get 10% off lock changes. Accounts are invoiced monthly; "
                  "invoices are payable within 30 days."),
}
FAQ = {
    "faq-keys-by-post": ("Do you post keys?", "Yes: standard keys can be posted first class for £2.50 per order."),
    "faq-cars": ("Cars?", "We don't work on vehicles at all."),
}
FAQ_QA = ("Can you post me a spare key?", "faq-keys-by-post",
          "Yes: standard keys can go first class, £2.50 per order.")

QAS = [
    QA("How much is a call-out if I'm locked out at 9pm on a Saturday?", ["lock-prices"],
       [("terse", "£110 (6pm-midnight rate), first 30 minutes of labour included."),
        ("close paraphrase", "Between 6pm and midnight the call-out is £110, which covers the first half hour of "
         "work. If it takes longer, extra labour is £20 per 15 minutes.")],
       [("borderline", "one changed price", "After 6pm it's £100 for the call-out, including the first 30 minutes.",
         ["£100"])]),
    QA("How quickly can you get to me in LS6?", ["response"],
       [("close paraphrase", "LS6 is inside the ring road, where we aim to be with you within 45 minutes. Elsewhere in "
         "our area the target is 90 minutes.")],
       [("clear", "invented promise", "LS6 is inside the ring road, so we'll be there within 45 minutes or the "
         "call-out is free.", ["or the call-out is free"])]),
    QA("How much to cut a Yale-type key, and do I have to wait?", ["key-cutting"],
       [("chatty", "Standard cylinder keys (the Yale type) are £4.50 each, and we cut them while you wait, usually "
         "in about 5 minutes. Pop into the shop on Harehills Parade: Monday to Friday 9am-5:30pm or Saturday "
         "9am-1pm.")],
       [("borderline", "wrong opening days", "£4.50 each, cut while you wait, Monday to Saturday 9am-5:30pm.",
         ["Monday to Saturday"])]),
    QA("What guarantee do I get on a new lock?", ["guarantee"],
       [("hedged", "If we supply and fit the lock, I believe it's 12 months on parts and labour; if you supply the "
         "lock yourself, 3 months on labour only. Forced-entry damage and painted-over locks aren't covered.")],
       [("blatant", "invented policy", "All our locks come with a lifetime guarantee, transferable if you sell the "
         "house.", ["lifetime guarantee", "transferable"]),
        ("hidden", "wrong figure in a list", "- Lock supplied and fitted by us: 12 months, parts and labour\n- Your "
         "own lock: 6 months, labour only\n- Not covered: forced entry, painted-over locks", ["6 months"])]),
    QA("I've locked myself out and my ID is inside. Can you still open the door?", ["lockout-proof"],
       [("loose paraphrase", "We need some proof you live there before we open up. If your ID is inside, a "
         "neighbour or your landlord confirming who you are will do. Without either, we can't open the door. We "
         "always try to get in without damage first; if the lock has to be drilled, it's replaced at the normal "
         "lock-change price.")],
       [("clear", "rule reversed by an invented step", "Don't worry: we open the door first and you show us your ID "
         "once you're inside.", ["once you're inside"])]),
    QA("What would it cost to swap two euro cylinders for anti-snap ones?", ["lock-prices"],
       [("arithmetic on the articles' figures", "Anti-snap 3-star cylinders are £95 each supplied and fitted, so "
         "£190 for two. Standard ones would be £65 each (£130 for both), £60 less.")],
       [("hidden", "wrong sum", "Anti-snap 3-star cylinders are £95 each fitted, so two come to £180.", ["£180"])]),
    QA("Do you board up windows after a break-in, and can I get a report for the insurance?", ["insurance"],
       [("close paraphrase", "Yes. Emergency boarding is £85 per window up to 1 m², and we'll write a report for "
         "your insurer free of charge if you ask for one.")],
       [("blatant", "invented person and service", "Yes, and our insurance liaison, Karen Holt, will submit the "
         "claim to your insurer for you.", ["Karen Holt", "submit the claim"])]),
]

EXTRA = [
    ("clarifying question", "How much to change my locks?", ["lock-prices"],
     "That depends on the lock: is it a euro cylinder (the kind on most uPVC and composite doors) or a mortice lock? "
     "And would you want a standard or an anti-snap cylinder? Let me know and I'll give you the price.", []),
    ("multi-turn follow-up", "How long will they take?", ["key-cutting"], "Restricted keys take 5 to 7 working days.",
     [("user", "Do you cut keys for restricted systems?"),
      ("assistant", "Yes, £18 a key; bring the key card and photo ID.")]),
    ("answer in Polish", "Ile kosztuje wezwanie ślusarza w niedzielę?", ["lock-prices"],
     "W niedzielę wezwanie kosztuje 110 £ i obejmuje pierwsze 30 minut pracy. Każde dodatkowe 15 minut to 20 £.", []),
    ("arithmetic on the articles' figures",
     "Call-out at 3am on a Wednesday and the job took an hour. What's the bill for labour?",
     ["lock-prices"], "£185: the midnight-8am call-out is £145 including the first 30 minutes, and the other 30 "
     "minutes is two 15-minute blocks at £20 each (£40).", []),
    ("refusal", "Do you fit smart locks like Nuki?", ["lock-prices"],
     f"I don't have that information: our price list doesn't mention smart locks. You can ring us on {PHONE}.", []),
    ("markdown table", "What are your call-out rates?", ["lock-prices"],
     "| when | call-out |\n|---|---|\n| 8am-6pm, Mon-Sat | £75 |\n| 6pm-midnight, and Sundays | £110 |\n| "
     "midnight-8am | £145 |\n\nEach includes the first 30 minutes; after that it's £20 per 15 minutes.", []),
    ("weeks and days", "My quote is dated 3 weeks ago. Can I still accept it?", ["quotes"],
     "Yes: written quotes are valid for 30 days, and 3 weeks is 21 days, so you have about 9 days left.", []),
]

_JOB = ToolCase(
    "job_status", {"job_ref": "KW-77412"},
    {"job_ref": "KW-77412", "engineer": "Tariq", "state": "en route", "eta": "14:35", "quoted_gbp": 75.0},
    "Where's the locksmith for job KW-77412? I'm locked out.", ["response", "lock-prices"],
    "Job KW-77412: Tariq is on his way and due at about 14:35. The quoted price is £75, which includes the first 30 "
    "minutes of labour.",
    "I can't see live job updates right now. We aim to be with you within 45 minutes inside the ring road and 90 "
    f"minutes elsewhere in our area; for an update, call {PHONE}.",
    ("Your engineer is 10 minutes away and will be with you by 14:10.", ["10 minutes away", "14:10"]),
    ("clear", "Job KW-77412 has been completed and closed, so no one is on the way.", ["completed and closed"]),
    {"ok": False, "error": "dispatch board offline"})
_QUOTE = ToolCase(
    "quote_lookup", {"quote_no": "Q-20931"},
    {"quote_no": "Q-20931", "work": "replace 2 euro cylinders with anti-snap 3-star", "total_gbp": 190.0,
     "issued": "2026-02-09", "valid_until": "2026-03-11"},
    "Is quote Q-20931 still OK to accept on 20 March?", ["quotes"],
    "Quote Q-20931 (two anti-snap 3-star cylinders, £190) was issued on Monday 9 February 2026 and is valid until 11 "
    "March 2026, so by 20 March it will have run out. Ask us for a new one: written quotes are free.",
    "I can't pull up that quote right now. Written quotes are valid for 30 days from the date on them, so if yours "
    f"is older we'd need to re-quote, free of charge. You can check on {PHONE}.",
    ("Quote Q-20931 is valid until 31 March, so you're fine to accept on the 20th.", ["31 march", "fine to accept"]),
    ("hidden", "- Work: two anti-snap 3-star cylinders\n- Total: £190\n- Issued: 9 February 2026\n- Valid until: 11 "
     "April 2026\n\nSo yes, you can still accept it on 20 March.", ["11 April 2026"]),
    {"success": False, "detail": "quote archive unreachable"})
_NIGHT = ToolCase(
    "book_job", {"postcode": "HG1 2AB", "job": "lockout", "time": "02:10"},
    {"accepted": False, "reason": "outside service area", "postcode": "HG1 2AB"},
    "Can you send someone to HG1 2AB now? Locked out.", ["response"], "", "", ("", []), ("", "", []), {})
_FIND = ToolCase(
    "find_job", {"phone": "07700 900 642"},
    {"job_ref": "KW-77655", "state": "booked", "date": "2026-03-06", "slot": "8am-12pm", "work": "lock change"},
    "", ["quotes"], "", "", ("", []), ("", "", []), {})
_ACCOUNT = ToolCase(
    "account_lookup", {"account": "LL-00931"},
    {"account": "LL-00931", "properties": 7, "invoice": "INV-2026-004471", "due": "2026-04-30", "amount_gbp": 351.0},
    "", ["landlords"], "", "", ("", []), ("", "", []), {})
_RUN = "5413" + "33001267" + "718"
_PAID = ToolCase(
    "payment_check", {"job_ref": "KW-76120"},
    {"job_ref": "KW-76120", "paid": True, "card": "mastercard ****5100",
     "auth_token": f"e9{_RUN}{luhn_digit(_RUN)}d04f7a2cb1e93c"}, "", ["quotes"], "", "", ("", []), ("", "", []), {})

TOOLS = [_JOB, _QUOTE]
REFUSAL = (_NIGHT, _NIGHT.question,
           "I'm sorry: the booking system turned this one down because HG1 2AB is outside our service area. We cover "
           "LS1-LS17 and LS25-LS28.")
TOOL_ONLY = (_JOB, "Job KW-77412: Tariq is en route, expected at 14:35; the quoted price is £75.")
TRAPS = [
    ("shop address, postcode and published hours", "Where's your shop? I want a key cut.", ["key-cutting"],
     "14 Harehills Parade, Leeds LS8 5QQ. Open Monday to Friday 9am-5:30pm and Saturday 9am-1pm.", None),
    ("account, invoice number and amount from a tool", "How much is invoice INV-2026-004471 on my landlord account, "
     "and when is it due?", ["landlords"], "INV-2026-004471 on account LL-00931 is £351.00, due by Thursday 30 April "
     "2026.", _ACCOUNT),
    ("hex token with a Luhn-valid run and a masked card from a tool", "Has my payment for KW-76120 gone through?",
     ["quotes"], f"Yes, KW-76120 is paid, on your Mastercard ending 5100 (authorisation {_PAID.output['auth_token']}).",
     _PAID),
]
DECLINE = f"I could not find this in our help articles. Please call us on {PHONE}, day or night, or email {EMAIL}."
HANDOFF = (f"I can't answer that from the information I have. Our phone line is open 24 hours: {PHONE}. Or email "
           f"{EMAIL}.")
GUESS = ("What does an anti-snap cylinder cost fitted?", "An anti-snap 3-star cylinder is £95, supplied and fitted.",
         ["£95"])
OFFTOPIC = [
    ("Can you fix my garage door motor?", f"I don't have that information. Please ring {PHONE} and ask.",
     ["lock-prices", "guarantee"]),
    ("Do you sell safes, and can you move one upstairs for me?", "I could not find this in our help articles. Our "
     f"team is on {PHONE}.", ["key-cutting", "insurance"]),
    ("Can you install CCTV cameras?", f"I'm not able to answer that from our articles. Email {EMAIL} to ask.",
     ["insurance", "landlords"]),
]
PLAN = ("Plan 1: decide whether this is an emergency or planned job.", "Plan 2: find the matching price-list line.",
        "Plan 3: write the answer with the price and what it includes.")
DUMP = "\n".join(f"KW-{76000 + 11 * n} | {['lockout', 'lock change', 'boarding', 'key cut'][n % 4]} | "
                 f"LS{1 + n % 17} | £{75 + (n * 5) % 70} | {'paid' if n % 3 else 'invoiced'}" for n in range(170))
PII = [
    ("borderline", "customer's landline in national format", "Ring me on 0113 496 0975 when the engineer's close?",
     ["response"], f"I can't set up call-backs from this chat. For an update on your job, call {PHONE}.",
     ["0113 496 0975"], None),
    ("clear", "customer's e-mail repeated in the answer", "Can you email the quote to d.mensah@postbox.example?",
     ["quotes"], "I can't send emails from this chat, so nothing has gone to d.mensah@postbox.example. Please ask "
     f"{EMAIL} for a copy; written quotes are free and valid for 30 days.", ["d.mensah@postbox.example"], None),
    ("blatant", "card number and security code in the question, card repeated back", "Pay for job KW-77590 with "
     "3782 822463 10005, exp 11/27, code 4411.", ["quotes"], "Please don't send card 3782 822463 10005 here. We take "
     "payment on completion of the job, by card, cash or bank transfer.",
     ["3782 822463 10005"], None),
    ("hidden", "customer's mobile only in a tool call, not the question or answer",
     "I booked a lock change last week, can you find it? Use my "
     "mobile number.", ["quotes"], "Found it: job KW-77655, a lock change booked for Friday 6 March 2026 in the "
     "8am-12pm slot.", ["07700 900 642"], _FIND),
]
