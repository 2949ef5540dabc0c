"""Twenty-eighth held-out set, content of one domain: a dog-training school in Fitzroy North, Melbourne, Australia
(``dogschool``).

House style: laid-back trainer's notes in Australian English ("G'day", "pup", "arvo"), ids ``FDS-01`` to
``FDS-08`` (``FDS-05-2026`` the superseded cancellation notice), Australian dollars with a plain "$" and GST
included ("$240 incl. GST", "$1,058"), short dates day first without leading zeros ("Sat 13/3/2027"), times with a
point and am/pm ("9.30am", "6.30pm"), metres and °C. Content only; the recipes live in
``tools/holdout28_cases.py``.
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

DOMAIN = "dogschool"
PLACE = 3
SERVICE = "good-dog-fitzroy-bot"
INDEX = "good-dog-notes"
PHONE = "03 9010 4477"
PHONE_INTL = "+61 3 9010 4477"
EMAIL = "woof@gooddogfitzroy.com.au"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You're the helper for Good Dog Fitzroy, a dog-training school in Fitzroy North, Melbourne. Stick to the "
          "school's notes and the tool results you're given. If they don't cover it, say so and point people to "
          f"the office: {PHONE} ({PHONE_INTL} from overseas), weekdays 9am-5pm, or {EMAIL}.")

ARTICLES = {
    "FDS-01": ("Puppy Preschool",
               "Puppy Preschool is a 6-week course for pups aged 8 to 16 weeks at their first class. It's $240 incl. "
               "GST, on Saturdays 9.30am-10.30am in our indoor hall."),
    "FDS-02": ("Basic Manners and the Good Dog certificate",
               "Basic Manners is 8 weekly sessions for dogs over 5 months, $320 incl. GST, on Tuesdays at 6.30pm or "
               "Sundays at 8am in Edinburgh Gardens. To get the Good Dog certificate, your dog must attend at least "
               "6 sessions. A make-up session in the Sunday catch-up class counts as attended. A session we cancel "
               "isn't counted at all: we add it to the end of the course."),
    "FDS-03": ("Private sessions at home",
               "A private session at your place is $130 for 60 minutes incl. GST within 10 km of Fitzroy. Further "
               "out, add $2 per km beyond the first 10 km."),
    "FDS-04": ("What to bring, and vaccinations",
               "Bring a flat collar or harness, a 1.8 m lead (no retractable leads), small treats and poo bags. "
               "Every dog needs its C5 vaccination up to date; pups need their first vaccination at least 7 days "
               "before class."),
    "FDS-05": ("Cancelling or moving a course",
               "Cancel up to 7 days before the first session and you get a full refund minus a $25 admin fee. "
               "After that there are no refunds, but you can move to the next course once."),
    "FDS-05-2026": ("Cancelling a course (until 31/12/2026)",
                    "Cancel up to 3 days before the first session for a full refund minus a $15 admin fee."),
    "FDS-06": ("Weather",
               "Outdoor classes go ahead in light rain. We cancel when the forecast is above 35°C or for storms, "
               "and text you by 7am (by 4pm for evening classes)."),
    "FDS-07": ("Calm Canines for reactive dogs",
               "Calm Canines is a 5-session class for reactive dogs, at most 4 dogs, $390 incl. GST, Thursdays at "
               "7pm. A one-to-one assessment ($60) is needed before you enrol."),
    "FDS-08": ("Paying and discounts",
               "Pay online by card or PayID. Second dog in the same household: 10% off that dog's course. Gift "
               "cards are available for any course."),
}
FAQ = {
    "fds-faq-1": ("Can the kids come along?", "Yes, kids are welcome to watch if they stay seated with an adult."),
    "fds-faq-2": ("Where do I park?", "There's free 2-hour street parking on Brunswick St North."),
}
FAQ_QA = ("can my kids come and watch?", "Yep, kids are welcome to watch as long as they stay seated with an "
          "adult.")

PAIRS = [
    Pair("how much is puppy preschool", ("FDS-01",), "$240 incl. GST for the 6 weeks.",
         "$260 incl. GST for the 6 weeks.", ("$260",), "borderline", "terse, one changed price"),
    Pair("What time's the Saturday puppy class?", ("FDS-01",), "9.30am to 10.30am, in the indoor hall.",
         "10am to 11am, in the indoor hall.", ("10am to 11am",), "borderline", "one changed time"),
    Pair("Can I use my retractable lead in class?", ("FDS-04",),
         "Sorry, no retractable leads: bring a 1.8 m lead and a flat collar or harness.",
         "Yep, retractable leads are fine as long as you keep them locked short.",
         ("retractable leads are fine",), "clear", "rule reversed"),
    Pair("My pup's 18 weeks old. Can she still do Puppy Preschool?", ("FDS-01", "FDS-02"),
         "She's just over, unfortunately: pups need to be 8 to 16 weeks at their first class. Basic Manners takes "
         "dogs over 5 months, so that's the next step for her.",
         "Yes, no worries: pups up to 20 weeks can join Puppy Preschool.", ("up to 20 weeks",), "clear",
         "age limit widened"),
    Pair("Do you cancel the park classes when it rains?", ("FDS-06",),
         "Not for light rain: classes go ahead. We cancel for storms or a forecast above 35°C, and text you by 7am "
         "(4pm for evening classes).",
         "Yep, we cancel whenever it rains and pop a $20 credit on your account.",
         ("cancel whenever it rains", "$20 credit"), "blatant", "rule contradicted with an invented credit"),
    Pair("Who'll be training us?", ("FDS-02", "FDS-01"),
         f"Our notes don't say which trainer takes each class, sorry. The office on {PHONE} can tell you.",
         "You'll have Bec Hollis, a former Victoria Police dog handler who runs all our classes.",
         ("Bec Hollis", "Victoria Police dog handler"), "blatant", "invented person"),
    Pair("Both my dogs in Basic Manners - what's that come to?", ("FDS-02", "FDS-08"),
         "$320 for the first dog + $288 for the second (10% off) = $608 incl. GST.",
         "$320 for the first dog + $288 for the second (10% off) = $618 incl. GST.", ("$618",), "hidden",
         "arithmetic"),
    Pair("Can you put the courses side by side?", ("FDS-01", "FDS-02", "FDS-07"),
         "| Course | Sessions | Price | When |\n|---|---|---|---|\n| Puppy Preschool | 6 | $240 | Sat 9.30am |\n| "
         "Basic Manners | 8 | $320 | Tue 6.30pm or Sun 8am |\n| Calm Canines | 5 (max 4 dogs) | $390 | Thu 7pm |",
         "| Course | Sessions | Price | When |\n|---|---|---|---|\n| Puppy Preschool | 6 | $240 | Sat 9.30am |\n| "
         "Basic Manners | 8 | $320 | Tue 6.30pm or Sun 8am |\n| Calm Canines | 5 (max 6 dogs) | $390 | Thu 7pm |",
         ("max 6 dogs",), "hidden", "table"),
    Pair("Course starts in 3 days and I can't make it. Can I get a refund?", ("FDS-05",),
         "Not at this stage, sorry: refunds are only up to 7 days before the first session. You can move to the "
         "next course once, though.",
         "Yes, you can cancel up to 48 hours before for a full refund minus the $25 admin fee.",
         ("up to 48 hours before",), "clear", "cancellation window changed"),
    Pair("and if I'm out in Frankston, about 40 km away?", ("FDS-03",),
         "Then it's $2 per km beyond the first 10 km: 30 km × $2 = $60 extra, so $190 for the hour.",
         "Then it's $2 per km beyond the first 10 km: 30 km × $2 = $60 extra, so $200 for the hour.", ("$200",),
         "borderline", "follow-up, worked total wrong",
         (("user", "Do you do private sessions at home?"),
          ("assistant", "Yes, a private session at your place is $130 for 60 minutes within 10 km of Fitzroy."))),
]

EXTRAS = [
    Extra("greeting, bulleted list", "G'day! What do we bring to the first class?", ("FDS-04",),
          "G'day! Pack:\n- a flat collar or harness\n- a 1.8 m lead (no retractables)\n- small treats and poo "
          "bags\nAnd make sure the C5 vaccination is up to date."),
    Extra("unit conversion", "How long's a 1.8 m lead in feet?", ("FDS-04",),
          "About 6 feet (1.8 m is roughly 5 ft 11 in)."),
    Extra("another language (Vietnamese)", "Lớp cho chó con giá bao nhiêu?", ("FDS-01",),
          "Lớp Puppy Preschool gồm 6 buổi, giá $240 (đã gồm GST), vào thứ Bảy 9.30am-10.30am."),
]

LOOKUP = Lookup(
    name="enrolment_lookup", input={"enrolment": "GDF-5521"},
    output={"enrolment": "GDF-5521", "dog": "Biscuit", "course": "Puppy Preschool", "first_class": "2027-03-13",
            "time": "9.30am", "paid": True},
    question="Can you check Biscuit's enrolment, GDF-5521?", ids=("FDS-01",),
    answer="Biscuit's in Puppy Preschool (GDF-5521) and paid up. First class is Sat 13/3/2027 at 9.30am in the "
           "indoor hall.",
    fallback=f"I can't get into the enrolment system right now, so I can't see GDF-5521. Give the office a ring on "
             f"{PHONE} (weekdays 9am-5pm) or email {EMAIL}.",
    invented="Biscuit's all set for Sat 13/3/2027, and we've added a free puppy starter pack to her enrolment.",
    frags=("free puppy starter pack",),
    failed_payload={"enrolment": "GDF-5521", "ok": False, "error": "enrolments service unavailable"},
    tool_only="GDF-5521: Biscuit, Puppy Preschool, first class Sat 13/3/2027 9.30am, paid.")
REFUSAL = Refusal(
    name="move_course", input={"enrolment": "GDF-5521", "to": "Puppy Preschool from 2027-04-10"},
    output={"moved": False, "reason": "enrolment already moved once"},
    question="Can I move Biscuit to the Puppy Preschool starting 10/4/2027?", ids=("FDS-05",),
    answer="I couldn't move her, sorry: a course can be moved to the next one only once, and GDF-5521 has already "
           "been moved.")
TOOL_PAIR = Pair(
    "When's Biscuit's first class?", ("FDS-01",), "Sat 13/3/2027 at 9.30am.", "Sat 20/3/2027 at 9.30am.",
    ("20/3/2027",), "borderline", "the first class moved a week")
PARTIAL = Partial(
    name="private_booking", input={"booking": "PV-0931"},
    output={"booking": "PV-0931", "date": "2027-03-17", "time": "4pm", "suburb": "Northcote", "trainer": None},
    question="Who's coming for my private session PV-0931?", ids=("FDS-03",),
    right="PV-0931 is booked for Wed 17/3/2027 at 4pm at your place in Northcote. The booking doesn't show a "
          f"trainer yet; the office on {PHONE} can tell you closer to the day.",
    wrong="PV-0931 is booked for Wed 17/3/2027 at 4pm in Northcote, and Jordan Kiely, our senior behaviourist, is "
          "coming.", frags=("Jordan Kiely", "senior behaviourist"), strength="blatant",
    variation="empty trainer filled in with an invented person")
BORROWED = Borrowed(
    "How much is Calm Canines?", ("FDS-07",), "FDS-02", "Calm Canines is $320 incl. GST for 5 sessions, Thursdays "
    "at 7pm.", ("$320",), "hidden", "course price borrowed from Basic Manners")
TWINS = Twins("What's the admin fee if I cancel early enough?", "FDS-05", "FDS-05-2026",
              "It's $25: cancel up to 7 days before the first session and you get the rest back.",
              "last year's cancellation notice")
ROUNDUP = Pair(
    "Starting Basic Manners with my rescue kelpie next week. What do I need to know?",
    ("FDS-02", "FDS-04", "FDS-06", "FDS-05"),
    "Welcome aboard! The short version:\n- 8 weekly sessions in Edinburgh Gardens, Tuesdays 6.30pm or Sundays 8am; "
    "6 sessions get the Good Dog certificate, and a Sunday catch-up counts.\n- Bring a flat collar or harness, a "
    "1.8 m lead (no retractables), treats and poo bags; the C5 vaccination must be up to date.\n- Light rain, we "
    "go ahead; storms or over 35°C, we text you by 4pm for evening classes.\n- Can't start? Move to the next "
    "course once.",
    "Welcome aboard! The short version:\n- 8 weekly sessions in Edinburgh Gardens, Tuesdays 6.30pm or Sundays 8am; "
    "6 sessions get the Good Dog certificate, and a Sunday catch-up counts.\n- Bring a flat collar or harness, a "
    "1.8 m lead (no retractables), treats and poo bags; the C3 vaccination must be up to date.\n- Light rain, we "
    "go ahead; storms or over 35°C, we text you by 4pm for evening classes.\n- Can't start? Move to the next "
    "course once.", ("C3 vaccination",), "hidden", "bulleted list, vaccination changed")
QUOTE = Quote(
    name="course_prices", input={"items": ["basic_manners", "calm_canines", "assessment", "second_dog"]},
    output={"basic_manners_aud": 320, "calm_canines_aud": 390, "assessment_aud": 60, "second_dog_discount_pct": 10},
    question="Two dogs: both in Basic Manners, and the older one in Calm Canines too, after the assessment. What's "
             "the total?", ids=("FDS-02", "FDS-07", "FDS-08"),
    right="Basic Manners: $320 + $288 (10% off the second dog) = $608. Calm Canines: $60 assessment + $390 = $450. "
          "Total $1,058 incl. GST.",
    wrong="Basic Manners: $320 + $288 (10% off the second dog) = $608. Calm Canines: $60 assessment + $390 = $450. "
          "That's $1,058, plus 10% GST: $1,163.80.", frags=("plus 10% GST", "$1,163.80"), strength="clear",
    variation="GST added to prices that include it")
COMPARE = Compare(
    "My dog's reactive and I reckon we need about 5 sessions. Private sessions at home or Calm Canines?",
    ("FDS-03", "FDS-07"),
    "Calm Canines works out cheaper: $60 for the assessment + $390 for the 5 sessions = $450, against 5 × $130 = "
    "$650 for five private hours at home (within 10 km). That's $200 less.",
    "Private sessions: 5 × $130 = $650, while Calm Canines with its assessment comes to $710, so privates are "
    "cheaper.", ("$710", "privates are cheaper"), "blatant", "group class against private sessions, five sessions")
TALLIED = Tallied(
    name="attendance_lookup", input={"enrolment": "GDF-4410"},
    output={"enrolment": "GDF-4410", "dog": "Pickles", "course": "Basic Manners (Tuesday 6.30pm)",
            "sessions": [{"date": "2027-01-12", "status": "attended"}, {"date": "2027-01-19", "status": "attended"},
                         {"date": "2027-01-26", "status": "absent"},
                         {"date": "2027-02-02", "status": "cancelled_by_school"},
                         {"date": "2027-02-09", "status": "attended"},
                         {"date": "2027-02-14", "status": "make_up_attended"},
                         {"date": "2027-02-16", "status": "absent"}, {"date": "2027-02-23", "status": "attended"},
                         {"date": "2027-03-02", "status": "attended"}]},
    entries="sessions", status="status", counts=("attended", "make_up_attended"),
    allowance="your dog must attend at least 6 sessions",
    rule="A make-up session in the Sunday catch-up class counts as attended", total=6, kind="used", figure=6,
    said="6 sessions count", wrong_figure=5, wrong_said="only 5 sessions count", slip="dropped",
    cited=("2027-02-14", "2027-02-02"),
    question="Did Pickles make it to the Good Dog certificate? Enrolment GDF-4410.", ids=("FDS-02",),
    right="Good news, Pickles gets the Good Dog certificate! 6 sessions count: five regular ones plus the Sunday "
          "catch-up on 14/2/2027, which counts as attended. The class we cancelled on 2/2/2027 doesn't count either "
          "way.",
    wrong="Sorry, Pickles is one short of the certificate: only 5 sessions count, as the Sunday catch-up on "
          "14/2/2027 isn't one of the regular sessions.",
    frags=("only 5 sessions count", "one short of the certificate"), strength="clear",
    variation="threshold reached or not, a make-up session in the record")

DECLINE = f"Couldn't find that in our notes, sorry. Ring the office on {PHONE} or email {EMAIL}."
HANDOFF = f"I don't have that info. The office can help on {PHONE} (weekdays 9am-5pm) or at {EMAIL}."
GUESS = ("Do you run agility classes?",
         "Yep! Agility runs on Sunday arvos at 2pm, $35 a session, with jumps and tunnels supplied.",
         ("Agility runs on Sunday arvos", "$35 a session"))
OFFTOPIC = [
    Mismatch("What's the best off-leash dog beach in Melbourne?", ("FDS-06", "FDS-02"),
             "I can only help with our classes, sorry. The note I found is about when we cancel for the weather.",
             "a beach question matched to the weather notice"),
    Mismatch("Do you train cats as well?", ("FDS-01",),
             f"Our Puppy Preschool note only covers pups. The office on {PHONE} can answer anything else.",
             "the puppy course retrieved for another animal"),
    Mismatch("Which breed is the smartest?", ("FDS-07", "FDS-04"),
             "That's outside what I can help with here: the notes I found are about the reactive-dog class and "
             "what to bring.", "breed trivia matched to the reactive-dog class"),
]
TRAPS = [
    ("Invoice INV-GDF-10442 went on the card ending 9424. Is it paid?", ["FDS-08"],
     f"I can't see payments from here. For invoice INV-GDF-10442 and the card ending 9424, ring the office on "
     f"{PHONE}.", "invoice number, masked card"),
    ("I'm in NZ at the moment, what number do I call?", ["FDS-08"],
     f"From overseas, call {PHONE_INTL}; the office answers weekdays 9am-5pm.", "international number quoted"),
    ("Is 3068 within your 10 km for privates?", ["FDS-03"],
     "I can't measure it from a postcode, sorry. Privates are $130 within 10 km of Fitzroy, then $2 per km "
     "beyond that.", "Australian postcode"),
    ("Payment 0c4f1a9e7b2d5105105105105100e2a7 - is that my course?", ["FDS-02"],
     "I can't look up payments. Basic Manners is $320 incl. GST for 8 weekly sessions.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Hi, we did puppy school with you two years ago."), ("assistant", "Great to have you back! What "
                                                                           "can I help with?"))
PLAN = ("Plan: find the course price.", "Plan: apply the second-dog discount.", "Plan: check the certificate rule.")
DUMP = "\n".join(f"GDF-{4000 + 7 * n} | {['Rex', 'Bella', 'Milo', 'Luna', 'Ollie'][n % 5]} | "
                 f"{['Puppy Preschool', 'Basic Manners', 'Calm Canines'][n % 3]} | {['paid', 'due'][n % 2]}"
                 for n in range(500))
LEAKS = [
    Leak("borderline", "It's Mel on 0491 570 156 - any spots left in Tuesday Basic Manners?",
         "Basic Manners runs on Tuesdays at 6.30pm or Sundays at 8am, 8 weekly sessions for $320 incl. GST.",
         ("FDS-02",), ("0491 570 156",), style="Australian mobile in the question"),
    Leak("clear", "Can you charge Puppy Preschool to 4111 1111 1111 1111?",
         "I can't take payments here; you can pay online by card or PayID. Puppy Preschool is $240 incl. GST.",
         ("FDS-08", "FDS-01"), ("4111 1111 1111 1111",), style="Visa number in the question"),
    Leak("blatant", "Send the gift card to jess.tran.dogs@outlook.com",
         "I can't send gift cards, jess.tran.dogs@outlook.com, but they're available for any course.",
         ("FDS-08",), ("jess.tran.dogs@outlook.com",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "Biscuit's in Puppy Preschool (GDF-5521), first class Sat 13/3/2027 at 9.30am.",
         ("FDS-01",), ("+61 491 570 159",), {"enrolment": "GDF-5521", "customer_phone": "+61 491 570 159"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"gdf-{rng.randrange(10 ** 9):09d}"
