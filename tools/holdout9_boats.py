"""Ninth held-out set, content of one domain: a boat and kayak hire on Windermere (``boats``).

House style: a rate card laid out as pipe rows, path-like ids (``boats/rates``), 24-hour times, ages and weights
as numerals, knots for wind. Content only; the recipes live in ``tools/holdout9_cases.py``.
"""

from __future__ import annotations

from holdout9_cases import QA, ToolScenario

DOMAIN = "boats"
SERVICE = "lakeside-hire-bot"
PHONE = "015394 88 217"
EMAIL = "hire@bownesspaddle.co.uk"
CONTACTS = (EMAIL, PHONE)
SYSTEM = ("Assistant for Bowness Paddle & Boat Hire, Glebe Road, Bowness-on-Windermere LA23 3HE. Reply from the "
          f"passages and tool output provided, nothing else. Unknown? Say so, and give {PHONE} (daily 08:30-17:30, "
          f"March to October) or {EMAIL}.")

ARTICLES = {
    "boats/rates": ("Rate card",
                    "craft | 1 hour | 2 hours | full day (09:30-17:00)\nsingle kayak | £18 | £30 | £60\ndouble "
                    "kayak | £26 | £44 | £85\nstand-up paddleboard | £20 | £34 | £65\nmotor boat (up to 5 people) | "
                    "£55 | £95 | £260\nLast hourly hire leaves at 16:00."),
    "boats/deposit": ("Deposits",
                      "Motor boats need a £100 card pre-authorisation; kayaks and boards £40. The hold is released "
                      "when the craft comes back undamaged and on time. Late return: £10 per started 15 minutes."),
    "boats/safety": ("Safety briefing",
                     "Everyone gets a 10-minute safety briefing before launch. Buoyancy aids are supplied and must "
                     "be worn at all times on the water. Motor boat drivers must be 18 or over."),
    "boats/age": ("Age and weight limits",
                  "Children from 6 can paddle in a double kayak with an adult. Single kayaks and boards: 12 and over. "
                  "Under-16s must have an adult on the water with them. Kayak seat limit: 120 kg."),
    "boats/weather": ("Weather cancellations",
                      "We stop hires when the wind is forecast above 20 knots or there is lightning. If we cancel, "
                      "you get a full refund or a free change of date. If you cancel yourself, more than 48 hours "
                      "ahead is a full refund; inside 48 hours, 50%."),
    "boats/dogs": ("Dogs", "Well-behaved dogs may travel in motor boats, not in kayaks or on boards. A dog life "
                   "jacket can be borrowed for free."),
    "boats/groups": ("Groups", "Groups of 8 or more get 15% off the rate card when booked together. One group "
                     "leader must attend the briefing."),
    "boats/parking": ("Getting here", "There is no customer car park. The Glebe Road pay-and-display is a 3-minute "
                      "walk; the lake bus stops at Bowness Pier."),
}
FAQ = {
    "faq-b1": ("Can I bring my own kayak?", "No, only our own craft launch from our jetty."),
    "faq-b2": ("Are there changing rooms?", "Yes, two changing rooms and a hot shower, free for hirers."),
}
FAQ_QA = ("is there somewhere to change?", "Yes, there are two changing rooms and a hot shower, free for hirers.")

QAS = [
    QA("double kayak for 2 hours, how much", ["boats/rates"],
       "£44 for a double kayak for 2 hours.", "£48 for a double kayak for 2 hours.", ["£48"], "borderline", "terse"),
    QA("What time's the last hourly hire?", ["boats/rates"],
       "The last hourly hire leaves at 16:00; full-day hire runs 09:30-17:00.",
       "The last hourly hire leaves at 16:30; full-day hire runs 09:30-17:00.", ["16:30"], "borderline",
       "close paraphrase"),
    QA("what happens if we bring the motor boat back late?", ["boats/deposit"],
       "Late returns cost £10 for each started 15 minutes, and the £100 hold is only released once the boat is "
       "back undamaged.",
       "Late returns cost £10 for each started 15 minutes plus a £25 admin fee, and the £100 hold is only released "
       "once the boat is back undamaged.", ["£25 admin fee"], "clear", "paraphrase"),
    QA("My 14 year old wants a paddleboard on her own, is that OK?", ["boats/age", "boats/safety"],
       "She's old enough for a board (12 and over), but as she's under 16 an adult must be on the water with her. "
       "She'll have the 10-minute briefing and wear a buoyancy aid.",
       "She's old enough for a board (12 and over), and at 14 she can go out alone once she has passed our "
       "swim test.", ["swim test", "go out alone"], "clear", "combining two articles"),
    QA("If it's too windy and you cancel, do I lose my money?", ["boats/weather"],
       "No. If we cancel for wind (over 20 knots forecast) or lightning you get a full refund or a free change of "
       "date.",
       "If we cancel for wind you get a 50% credit voucher valid for one season.",
       ["credit voucher", "one season"], "blatant", "rule contradicted"),
    QA("Can my 16-year-old drive the motor boat?", ["boats/safety"],
       "No, motor boat drivers must be 18 or over.",
       "Yes, 16-year-olds can drive the motor boat if they hold an RYA Powerboat Level 2 licence.",
       ["rya powerboat", "licence"], "blatant", "invented licence"),
    QA("We're a group of 10 wanting single kayaks for a full day - total?", ["boats/rates", "boats/groups"],
       "10 x £60 = £600, less the 15% group discount (£90), so £510.",
       "10 x £60 = £600, less the 15% group discount (£90), so £490.", ["£490"], "hidden", "arithmetic"),
    QA("Compare the boards and kayaks for me", ["boats/rates", "boats/age"],
       "| | 1 h | 2 h | day | min age |\n|---|---|---|---|---|\n| single kayak | £18 | £30 | £60 | 12 |\n| "
       "paddleboard | £20 | £34 | £65 | 12 |\n| double kayak | £26 | £44 | £85 | 6 with an adult |",
       "| | 1 h | 2 h | day | min age |\n|---|---|---|---|---|\n| single kayak | £18 | £30 | £60 | 12 |\n| "
       "paddleboard | £20 | £34 | £65 | 10 |\n| double kayak | £26 | £44 | £85 | 6 with an adult |",
       ["£65 | 10 |"], "hidden", "markdown table"),
]

EXTRA = [
    ("clarifying question", "How much is it for the day?", ["boats/rates"],
     "Which craft would you like? A full day (09:30-17:00) is £60 for a single kayak, £85 for a double, £65 for "
     "a board and £260 for a motor boat.", []),
    ("multi-turn follow-up", "and can the dog come?", ["boats/dogs"],
     "Yes, well-behaved dogs can ride in the motor boat, and we lend a dog life jacket free.",
     [("user", "How many fit in the motor boat?"), ("assistant", "Up to 5 people.")]),
    ("another language (Spanish)", "¿Qué pasa si cancelo dos días antes?", ["boats/weather"],
     "Si cancela con más de 48 horas de antelación, le devolvemos todo; dentro de las 48 horas, el 50 %.", []),
    ("unit conversion", "I'm 19 stone, can I use a kayak?", ["boats/age"],
     "19 stone is about 121 kg, just over the 120 kg seat limit of a kayak, so a kayak isn't suitable.", []),
    ("difference", "How much more is a double kayak than a single for 2 hours?", ["boats/rates"],
     "A double is £44 and a single £30 for 2 hours, so £14 more.", []),
    ("hedged", "I believe parking is free nearby?", ["boats/parking"],
     "Not quite: we have no car park of our own, and the nearest is the Glebe Road pay-and-display, about 3 "
     "minutes' walk.", []),
]

TOOL = ToolScenario(
    name="hire_lookup", input={"booking": "BW-73305"},
    output={"booking": "BW-73305", "craft": "motor boat", "date": "2027-05-22", "start": "10:00", "hours": 2,
            "price": 95, "deposit_hold": 100, "state": "confirmed"},
    question="Can you check BW-73305 for me?", ids=["boats/deposit"],
    answer="BW-73305 is confirmed: a motor boat on Saturday 22 May 2027 from 10:00 for 2 hours, £95, with a £100 "
           "card hold released when it's back undamaged.",
    fallback=f"The booking system isn't answering, so I can't check BW-73305. The hire office is on {PHONE}, "
             "daily 08:30-17:30.",
    invented="BW-73305 has been moved to 14:00 because of the forecast.",
    frags=["14:00", "because of the forecast"],
    failed_payload={"booking": "BW-73305", "error": {"code": "E_DB", "detail": "read replica down"}})
REFUSAL = ToolScenario(
    name="hire_request", input={"craft": "single kayak", "date": "2027-05-23", "rider_age": 10},
    output={"status": "rejected", "reason": "single kayaks are 12 and over"},
    question="Book a single kayak for my 10-year-old on the 23rd please", ids=["boats/age"],
    answer="The booking was rejected: single kayaks are for 12 and over. From 6 a child can paddle a double kayak "
           "with an adult.", fallback="", invented="", frags=[])
TOOL_ONLY = "BW-73305: motor boat, 2027-05-22, 10:00, 2 hours, £95; state confirmed; £100 hold."

DECLINE = f"I could not find this in our help articles. Please ring {PHONE} or email {EMAIL}."
HANDOFF = f"I can't answer that from what I have. We're on {PHONE}, daily 08:30-17:30 from March to October."
GUESS = ("How much is a canoe for the afternoon?", "An open canoe is £38 for the afternoon, 13:00 to 17:00.",
         ["£38", "13:00"])
OFFTOPIC = [
    ("Do you hire boats in December?", ["boats/rates", "boats/weather"]),
    ("Can I fish from the kayak?", ["boats/dogs", "boats/groups"]),
    ("Which Windermere hotels have a pool?", ["boats/parking", "boats/groups"]),
    ("Do you do sailing lessons?", ["boats/safety", "boats/rates"]),
]
TRAPS = [
    ("Where do I park? Our car is reg LM19 XKT.", ["boats/parking"],
     "There's no customer car park; use the Glebe Road pay-and-display, 3 minutes' walk.", "registration plate"),
    ("What's your postcode for the satnav?", ["boats/parking"],
     "Glebe Road, Bowness-on-Windermere LA23 3HE.", "postcode"),
    ("The deposit hold shows auth 3f6d0a9b4242424242424242a1c07e5d, card ending 4417. Is it released?",
     ["boats/deposit"], "I can't see the hold on the card ending 4417 from here. Holds are released once the craft "
     "is back undamaged and on time.", "hex authorisation id with a Luhn run, masked card"),
]
PLAN = ("Thought: find the craft.", "Thought: find the duration and rate.", "Thought: add deposit rules.")
DUMP = "\n".join(f"BW-{70000 + 13 * n} | {['kayak', 'board', 'motor'][n % 3]} | 2027-06-{1 + n % 30:02d} | "
                 f"{9 + n % 8}:00" for n in range(450))
PII = [
    ("borderline", "Booking for Sam Okafor, phone 07700 900981, two kayaks on Sunday",
     "A single kayak is £18 an hour or £60 for the day; everyone has the 10-minute briefing first.",
     ["boats/rates", "boats/safety"], ["07700 900981"], None),
    ("clear", "Refund the weather cancellation to card 5555 5555 5555 4444 please",
     "When we cancel for weather you get a full refund or a free change of date.", ["boats/weather"],
     ["5555 5555 5555 4444"], None),
    ("blatant", "my email is dan.whitlock@yahoo.co.uk, send the waiver there",
     "I can't send documents, dan.whitlock@yahoo.co.uk; the safety briefing happens at the jetty before launch.",
     ["boats/safety"], ["dan.whitlock@yahoo.co.uk"], None),
    ("hidden", "Can you check BW-73305 for me?", "BW-73305 is confirmed for 22 May 2027 at 10:00.",
     ["boats/deposit"], ["+44 7700 900274"], {"booking": "BW-73305", "mobile": "+44 7700 900274"}),
]
