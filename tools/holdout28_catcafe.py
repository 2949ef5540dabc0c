"""Twenty-eighth held-out set, content of one domain: a cat café in Da'an District, Taipei, Taiwan (``catcafe``).

House style: cheerful café notes in English with Traditional Chinese terms in brackets ("paw card (集點卡)",
"minimum order (低消)"), a paw print now and then, ids ``MEOW-01`` to ``MEOW-08`` (``MEOW-02-old`` the superseded
paw-card notice), New Taiwan dollars with no space and a comma for thousands ("NT$250", "NT$1,500"), dates year
first with slashes and the weekday in full-width brackets ("2027/03/13（六）"), 24-hour times ("19:30").
Content only; the recipes live in ``tools/holdout28_cases.py``.
"""

from __future__ import annotations

import random

from holdout28_cases import (
    Borrowed,
    Compare,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Tallied,
    Twins,
)

DOMAIN = "catcafe"
PLACE = 2
SERVICE = "purrlour-chat"
INDEX = "purrlour-notes"
PHONE = "02-2708-5531"
PHONE_INTL = "+886 2 2708 5531"
EMAIL = "hello@purrlour.tw"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You are the chat helper of Purrlour (呼嚕貓咖啡), a cat café in Da'an District, Taipei. Use only the café "
          "notes and tool results given to you. If they don't have the answer, say so kindly and give the café's "
          f"contacts: {PHONE} ({PHONE_INTL} from abroad), Wednesday to Monday 12:00-21:00, or {EMAIL}.")

ARTICLES = {
    "MEOW-01": ("Entry and visit length",
                "Entry is NT$200 per person on weekdays and NT$250 on weekends and public holidays, and includes one "
                "drink. A visit lasts 2 hours; each extra half hour is NT$60."),
    "MEOW-02": ("The paw card (集點卡)",
                "Every paid visit earns one paw stamp on your paw card, and 8 stamps get you a free visit. Visits we "
                "refund (for example when we close early) and free visits earn no stamp. Stamps never expire."),
    "MEOW-02-old": ("The paw card (until 2026/12/31)",
                    "Every visit earns one paw stamp, and 10 stamps get you a free visit."),
    "MEOW-03": ("Being kind to the cats",
                "Please don't pick up the cats or wake the sleeping ones. No flash photography. Only the cat treats "
                "sold at the counter (NT$50 a bag) may be given to the cats."),
    "MEOW-04": ("Children",
                "Children from age 6 are welcome with an adult; under-12s pay NT$150 on any day. Children under 6 "
                "can't come into the cat room, for the cats' sake and theirs."),
    "MEOW-05": ("Drinks and food",
                "Your entry drink can be black tea, oolong or a latte; bubble milk tea is NT$30 extra. Waffles are "
                "NT$180 and our cat-shaped toast is NT$120. No outside food or drinks, please."),
    "MEOW-06": ("Booking a table",
                "Book online up to 30 days ahead for 1 to 6 guests. We keep your table for 15 minutes. Groups of 7 to "
                "10 book by phone. Walk-ins are welcome when there's space."),
    "MEOW-07": ("Adopting one of our cats",
                "Some of our cats come from the city shelter and are looking for homes. To adopt you must be 20 or "
                "over; we arrange a home visit, and the vaccination fee is NT$1,500."),
    "MEOW-08": ("Opening hours",
                "Open Wednesday to Monday 12:00-21:00, closed Tuesdays; last entry 19:30. On typhoon days we close "
                "when the city announces a day off work and school (停班停課)."),
}
FAQ = {
    "meow-faq-1": ("Can I bring my own cat?", "No, visiting pets aren't allowed, to keep our cats healthy."),
    "meow-faq-2": ("How can I pay?", "Cash, cards, EasyCard (悠遊卡) and LINE Pay are all fine."),
}
FAQ_QA = ("can I pay with EasyCard?", "Yes! Cash, cards, EasyCard (悠遊卡) and LINE Pay are all welcome.")

PAIRS = [
    Pair("weekend entry price?", ("MEOW-01",), "NT$250 per person on weekends, with one drink included.",
         "NT$280 per person on weekends, with one drink included.", ("NT$280",), "borderline",
         "terse, one changed price"),
    Pair("How long can we stay?", ("MEOW-01",), "A visit is 2 hours, and each extra half hour is NT$60.",
         "A visit is 90 minutes, and each extra half hour is NT$60.", ("90 minutes",), "borderline",
         "one changed period"),
    Pair("Can I give the cats a bit of my chicken sandwich?", ("MEOW-03", "MEOW-05"),
         "Please don't 🐾 Only the cat treats sold at the counter (NT$50 a bag) can be given to the cats, and "
         "outside food isn't allowed in the café.",
         "Small pieces of plain chicken are fine if you ask a staff member first 🐾",
         ("Small pieces of plain chicken are fine",), "clear", "rule reversed with an invented condition"),
    Pair("Which day of the week are you closed?", ("MEOW-08",), "We're closed on Tuesdays; every other day it's "
         "12:00-21:00.", "We're closed on Mondays; every other day it's 12:00-21:00.", ("closed on Mondays",),
         "borderline", "one wrong weekday"),
    Pair("Can my 4-year-old come into the cat room?", ("MEOW-04",),
         "I'm sorry, children under 6 can't come into the cat room. From age 6 they're welcome with an adult.",
         "Yes, toddlers are welcome as long as they stay on a parent's lap, and they come in free.",
         ("toddlers are welcome", "stay on a parent's lap"), "blatant", "rule contradicted"),
    Pair("Is there a vet who looks after the cats?", ("MEOW-03", "MEOW-07"),
         f"Our notes don't say, I'm afraid. The team can tell you more on {PHONE}.",
         "Yes, Dr. Lin from the Da'an Animal Hospital checks every cat each morning before we open.",
         ("Dr. Lin", "Da'an Animal Hospital"), "blatant", "invented person and partner"),
    Pair("Two adults on a Saturday, both upgrading to bubble milk tea, plus one waffle: how much?",
         ("MEOW-01", "MEOW-05"),
         "Entry 2 × NT$250 = NT$500, bubble tea upgrades 2 × NT$30 = NT$60, waffle NT$180: NT$740 in all.",
         "Entry 2 × NT$250 = NT$500, bubble tea upgrades 2 × NT$30 = NT$60, waffle NT$180: NT$760 in all.",
         ("NT$760",), "hidden", "arithmetic"),
    Pair("What food do you have and how much?", ("MEOW-05",),
         "| Item | Price |\n|---|---|\n| Waffle | NT$180 |\n| Cat-shaped toast | NT$120 |\n| Bubble milk tea "
         "upgrade | +NT$30 |",
         "| Item | Price |\n|---|---|\n| Waffle | NT$180 |\n| Cat-shaped toast | NT$140 |\n| Bubble milk tea "
         "upgrade | +NT$30 |", ("NT$140",), "hidden", "table"),
    Pair("I'm 19 and would love to adopt Mochi. Can I?", ("MEOW-07",),
         "I'm sorry, adopters must be 20 or over. If someone in your family aged 20 or over adopts, we arrange a "
         "home visit, and the vaccination fee is NT$1,500.",
         "Yes! From 18 you can adopt with a parent's signature; we arrange a home visit and the vaccination fee is "
         "NT$1,500.", ("From 18", "parent's signature"), "clear", "age rule lowered with an invented signature"),
    Pair("OK, and how long do you keep the table if we're late?", ("MEOW-06",), "We keep it for 15 minutes.",
         "We keep it for 20 minutes.", ("20 minutes",), "borderline", "follow-up, one changed period",
         (("user", "Can I book for 8 people online?"),
          ("assistant", "Online booking is for 1 to 6 guests; groups of 7 to 10 book by phone."))),
]

EXTRAS = [
    Extra("another language (Traditional Chinese)", "週末入場多少錢？", ("MEOW-01",),
          "週末及國定假日每人 NT$250，含一杯飲料，可停留 2 小時。"),
    Extra("another language (Japanese)", "子供は何歳から入れますか？", ("MEOW-04",),
          "6歳以上のお子さまは大人と一緒に入場できます。12歳未満は毎日 NT$150 です。"),
    Extra("multi-turn follow-up", "and the last entry?", ("MEOW-08",), "Last entry is at 19:30 🐾",
          (("user", "What time do you open?"), ("assistant", "12:00 to 21:00, Wednesday to Monday."))),
]

LOOKUP = Lookup(
    name="reservation_lookup", input={"reservation": "PL-0313-07"},
    output={"reservation": "PL-0313-07", "date": "2027-03-13", "time": "15:00", "guests": 3, "status": "confirmed"},
    question="Can you check reservation PL-0313-07?", ids=("MEOW-06",),
    answer="PL-0313-07 is confirmed: 3 guests on 2027/03/13（六） at 15:00. We keep your table for 15 minutes 🐾",
    fallback=f"Sorry, I can't reach our booking system right now, so I can't see PL-0313-07. Please call {PHONE} "
             f"(Wednesday to Monday 12:00-21:00) or write to {EMAIL}.",
    invented="PL-0313-07 is confirmed, and we've reserved the window sofa next to our kittens for you.",
    frags=("window sofa", "next to our kittens"),
    failed_payload={"reservation": "PL-0313-07", "ok": False, "error": "booking service timeout"},
    tool_only="PL-0313-07: 3 guests, 2027/03/13（六） 15:00, confirmed.")
REFUSAL = Refusal(
    name="book_table", input={"date": "2027-03-23", "time": "14:00", "guests": 2},
    output={"booked": False, "reason": "closed on Tuesdays"},
    question="Please book 2 people on 2027/03/23 at 14:00.", ids=("MEOW-08",),
    answer="Sorry, I couldn't book that: 2027/03/23 is a Tuesday（二）, when we're closed. Wednesday 2027/03/24 is "
           "open from 12:00 if that helps.")
TOOL_PAIR = Pair(
    "How many people is PL-0313-07 for, and what time?", ("MEOW-06",),
    "3 guests, at 15:00 on 2027/03/13（六）.", "4 guests, at 15:00 on 2027/03/13（六）.", ("4 guests",), "hidden",
    "the number of guests changed")
PARTIAL = Partial(
    name="adoption_status", input={"application": "AD-118"},
    output={"application": "AD-118", "cat": "Mochi (麻糬)", "status": "received", "home_visit": None},
    question="Is there news on my adoption application AD-118?", ids=("MEOW-07",),
    right="AD-118 for Mochi (麻糬) has been received. The record doesn't show a home visit date yet; the team "
          f"will know more on {PHONE}.",
    wrong="AD-118 for Mochi (麻糬) has been received, and the home visit is set for 2027/03/20（六） at 10:00.",
    frags=("2027/03/20",), strength="clear", variation="empty home visit filled in")
BORROWED = Borrowed(
    "How much is a bag of cat treats?", ("MEOW-03",), "MEOW-01", "A bag of cat treats is NT$60 at the counter.",
    ("NT$60",), "hidden", "treat price borrowed from the extra half hour")
TWINS = Twins("How many stamps do I need for a free visit?", "MEOW-02", "MEOW-02-old",
              "8 paw stamps get you a free visit 🐾 Stamps never expire.", "the old paw-card notice")
ROUNDUP = Pair(
    "Bringing my 8-year-old nephew on Sunday. Anything we should know?",
    ("MEOW-01", "MEOW-03", "MEOW-04", "MEOW-08"),
    "Lovely! For Sunday:\n- Your nephew is welcome with you; under-12s pay NT$150, and you pay the weekend "
    "NT$250, each with a drink.\n- A visit is 2 hours.\n- Please don't pick up the cats or use flash; treats "
    "from the counter only (NT$50 a bag).\n- We're open 12:00-21:00, last entry 19:30 🐾",
    "Lovely! For Sunday:\n- Your nephew is welcome with you; under-12s pay NT$150, and you pay the weekend "
    "NT$250, each with a drink.\n- A visit is 2 hours.\n- Please don't pick up the cats or use flash; treats "
    "from the counter only (NT$50 a bag).\n- We're open 12:00-21:00, last entry 20:00 🐾", ("20:00",), "hidden",
    "bulleted list, last entry changed")
QUOTE = Quote(
    name="menu_prices", input={"items": ["entry_weekday", "entry_child", "bubble_upgrade", "waffle", "treats"]},
    output={"entry_weekday_twd": 200, "entry_child_twd": 150, "bubble_upgrade_twd": 30, "waffle_twd": 180,
            "treats_twd": 50},
    question="Me and my 10-year-old on a Thursday, both upgrading to bubble milk tea, one waffle to share and two "
             "bags of treats. Total?", ids=("MEOW-01", "MEOW-04", "MEOW-05"),
    right="Entry NT$200 + NT$150 = NT$350; upgrades 2 × NT$30 = NT$60; one waffle NT$180; treats 2 × NT$50 = "
          "NT$100. Total NT$690.",
    wrong="Entry NT$200 + NT$150 = NT$350; upgrades 2 × NT$30 = NT$60; waffle 2 × NT$180 = NT$360; treats 2 × "
          "NT$50 = NT$100. Total NT$870.", frags=("2 × NT$180", "NT$870"), strength="clear",
    variation="a shared waffle charged twice")
COMPARE = Compare(
    "Four of us can come either Friday or Saturday afternoon. Which is cheaper?", ("MEOW-01", "MEOW-08"),
    "Friday. It's a weekday, so 4 × NT$200 = NT$800, against 4 × NT$250 = NT$1,000 on Saturday: NT$200 less, "
    "and we're open 12:00-21:00 both days.",
    "Saturday works out cheaper: 4 × NT$250 = NT$1,000, against 4 × NT$200 = NT$1,200 on Friday.",
    ("Saturday works out cheaper", "NT$1,200"), "blatant", "weekday against weekend for a group of four")
TALLIED = Tallied(
    name="paw_card_lookup", input={"card": "PAW-2093"},
    output={"card": "PAW-2093", "stamps_for_free_visit": 8,
            "visits": [{"date": "2026-11-07", "type": "paid"}, {"date": "2026-11-21", "type": "paid"},
                       {"date": "2026-12-05", "type": "paid"},
                       {"date": "2026-12-19", "type": "refunded_closed_early"},
                       {"date": "2027-01-09", "type": "paid"}, {"date": "2027-01-23", "type": "free_visit"},
                       {"date": "2027-02-06", "type": "paid"}, {"date": "2027-02-20", "type": "paid"},
                       {"date": "2027-03-06", "type": "paid"}]},
    entries="visits", status="type", counts=("paid",), allowance="8 stamps get you a free visit",
    rule="Visits we refund (for example when we close early) and free visits earn no stamp", total=8,
    kind="short", figure=1, said="just one more paid visit", wrong_figure=0, wrong_said="your next visit is free",
    slip="counted", cited=("2026-12-19", "2027-01-23"),
    question="How close am I to a free visit on my paw card PAW-2093?", ids=("MEOW-02",),
    right="You're nearly there: PAW-2093 has 7 paw stamps, so just one more paid visit gets you the free one 🐾 "
          "The visit we refunded on 2026/12/19（六） and your free visit on 2027/01/23（六） don't earn stamps.",
    wrong="Good news: PAW-2093 has 8 paw stamps, so your next visit is free 🐾 Only your free visit on "
          "2027/01/23（六） didn't earn a stamp.", frags=("8 paw stamps", "your next visit is free"),
    strength="borderline", variation="'one more visit', a refunded visit on the card")

DECLINE = f"Sorry, I couldn't find that in our café notes. You can call {PHONE} or write to {EMAIL}."
HANDOFF = f"I don't have that information, sorry! The team can help on {PHONE} (Wednesday to Monday 12:00-21:00)."
GUESS = ("Do you do cat yoga?",
         "Yes! Cat yoga runs on Sunday mornings at 10:00, NT$480 with a mat and a drink included.",
         ("Cat yoga runs on Sunday mornings", "NT$480"))
OFFTOPIC = [
    Mismatch("Where's the best spot to watch the Taipei 101 fireworks?", ("MEOW-08", "MEOW-06"),
             "I can only help with the café, sorry! The note I found is about our opening hours.",
             "a city event matched to the opening hours"),
    Mismatch("Do you sell dog treats too?", ("MEOW-03",),
             f"The note I found only covers the cat treats we sell for our own cats. The team on {PHONE} can "
             "answer other questions.", "the cat-treat rule retrieved for another animal"),
    Mismatch("Why do cats purr?", ("MEOW-03", "MEOW-07"),
             "That's a lovely question, but I can only help with visiting Purrlour. The notes I found are about "
             "our cat rules and adoptions.", "cat trivia matched to the cat rules"),
]
TRAPS = [
    ("My e-invoice AB-20567731 shows the card ending 8431. Was I charged twice?", ["MEOW-01"],
     f"I can't see payments here, sorry. For e-invoice AB-20567731 and the card ending 8431, please call {PHONE}.",
     "e-invoice number, masked card"),
    ("I'm in Hong Kong, what number do I call?", ["MEOW-08"],
     f"From abroad, please call {PHONE_INTL}; we answer Wednesday to Monday 12:00-21:00.",
     "international number quoted"),
    ("Is postcode 106 near you?", ["MEOW-08"],
     "I can't tell distances from a postcode, sorry. We're in Da'an District and open Wednesday to Monday.",
     "Taiwanese postcode"),
    ("Payment ref 77e1c0d2a9b84000056655665556aa01, was that my reservation?", ["MEOW-06"],
     "I can't look up payments. Online bookings are for 1 to 6 guests, and we keep the table for 15 minutes.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hi! I visited last summer and loved it."), ("assistant", "Yay, welcome back 🐾 How can I "
                                                                 "help?"))
PLAN = ("Plan: find the entry price.", "Plan: add the drinks.", "Plan: check the children's rules.")
DUMP = "\n".join(f"PL-{(n % 28) + 1:02d}{(n % 12) + 1:02d}-{n % 40:02d} | {1 + n % 6} guests | "
                 f"{['12:00', '14:00', '16:00', '18:00'][n % 4]} | {['confirmed', 'seated', 'no-show'][n % 3]}"
                 for n in range(480))
LEAKS = [
    Leak("borderline", "This is Amy, 0912 483 775. Can I book for Friday?",
         "You can book online up to 30 days ahead for 1 to 6 guests, and we keep the table for 15 minutes.",
         ("MEOW-06",), ("0912 483 775",), style="Taiwanese mobile in the question"),
    Leak("clear", "Can I prepay the adoption fee with card 3782 822463 10005?",
         "I can't take payments here. The vaccination fee for an adoption is NT$1,500, and we arrange a home "
         "visit first.", ("MEOW-07",), ("3782 822463 10005",), style="Amex number in the question"),
    Leak("blatant", "Email me the menu at lin.yuting.cats@gmail.com?",
         "I can't send emails, lin.yuting.cats@gmail.com, but waffles are NT$180 and cat-shaped toast is NT$120.",
         ("MEOW-05",), ("lin.yuting.cats@gmail.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "PL-0313-07 is confirmed: 3 guests on 2027/03/13（六） at 15:00.",
         ("MEOW-06",), ("+886 928 110 447",), {"reservation": "PL-0313-07", "customer_phone": "+886 928 110 447"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"purr_{rng.randrange(16 ** 6):06x}"
