"""Twenty-second held-out set, content of one domain: a physiotherapy clinic in Ponsonby, Auckland, New Zealand
(``physio``).

House style: a warm practice information sheet, ids ``HP-01`` to ``HP-08``, New Zealand dollars with cents and GST
included ("$75.00"), ACC claims and co-payments, dates as "Tuesday 9 March 2027", times as "7.30am", session lengths
in minutes. Content only; the recipes live in ``tools/holdout22_cases.py``.
"""

from __future__ import annotations

import random

from holdout22_cases import (
    Borrowed,
    Compare,
    Dated,
    Extra,
    Leak,
    Lookup,
    Mismatch,
    Pair,
    Partial,
    Quote,
    Refusal,
    Twins,
)

DOMAIN = "physio"
PLACE = 3
SERVICE = "harbourside-physio-desk"
INDEX = "practice-info"
PHONE = "09 376 2281"
PHONE_INTL = "+64 9 376 2281"
EMAIL = "reception@harboursidephysio.co.nz"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("Kia ora! You are the front-desk assistant of Harbourside Physio, 204 Ponsonby Road, Auckland 1011. Use "
          "only the practice information and tool results you are given. When they don't cover something, say so "
          f"and give reception's details: {PHONE} ({PHONE_INTL} from overseas) or {EMAIL}. Never give medical "
          "advice.")

ARTICLES = {
    "HP-01": ("Private fees",
              "Initial assessment (45 minutes): $95.00. Follow-up (30 minutes): $75.00. Extended follow-up (45 "
              "minutes): $105.00. All our fees include GST."),
    "HP-02": ("ACC injuries",
              "If your injury is covered by ACC, we lodge the claim for you at your first visit. ACC pays most of "
              "the cost and you pay a co-payment per visit: $35.00 until 30 June 2027; $40.00 from 1 July 2027."),
    "HP-03": ("Cancelling",
              "Please give us 24 hours' notice. A late cancellation or no-show is charged $40.00 for private "
              "patients, or the co-payment for ACC patients. We waive the first late cancellation or no-show each "
              "calendar year."),
    "HP-04": ("Hours and parking",
              "We're open Monday to Friday 7.00am-7.00pm and Saturday 8.00am-12.30pm. There are 2 free parking "
              "spaces behind the clinic; street parking outside is limited to 2 hours."),
    "HP-05": ("Clinical Pilates",
              "Small-group Clinical Pilates classes, at most 4 people, 55 minutes: $38.00 per class, or a 10-class "
              "pass for $340.00, valid for 6 months. You need an initial assessment before your first class."),
    "HP-06": ("Dry needling and taping",
              "Dry needling is part of your treatment at no extra charge, and only with your consent. Taping costs "
              "$8.00 per application."),
    "HP-07": ("Paying and insurance",
              "Please pay on the day by EFTPOS or credit card (credit cards carry a 2% surcharge). We don't bill "
              "health insurers directly: we give you a receipt to claim from your insurer."),
    "HP-08": ("Children and referrals",
              "You don't need a GP referral. Children under 16 must come with a parent or guardian. A children's "
              "initial assessment is $80.00."),
    "HP-05-2025": ("Clinical Pilates (2025, replaced)",
                   "Classes of up to 6 people: $35.00 per class, or a 10-class pass for $300.00, valid for 3 "
                   "months."),
}
FAQ = {
    "hp-faq-1": ("What should I wear?", "Something comfortable that lets us see the area being treated."),
    "hp-faq-2": ("Is there a lift?", "Yes, the clinic is on the ground floor with step-free access."),
}
FAQ_QA = ("what do I wear to my appointment", "Wear something comfortable that lets the physio see the area being "
          "treated.")

PAIRS = [
    Pair("follow-up cost?", ("HP-01",), "$75.00 for a 30-minute follow-up, GST included.",
         "$78.00 for a 30-minute follow-up, GST included.", ("$78.00",), "borderline", "terse, one changed price"),
    Pair("Do I need a referral from my GP?", ("HP-08",), "No, you don't need a GP referral - just book in.",
         "Yes, you'll need a GP referral before your first visit.", ("need a GP referral before",), "blatant",
         "rule reversed"),
    Pair("what time do you open on Saturdays?", ("HP-04",), "Saturdays 8.00am to 12.30pm.",
         "Saturdays 8.00am to 1.30pm.", ("1.30pm",), "clear", "changed closing time"),
    Pair("I completely forgot my appointment this morning. Will I be charged?", ("HP-03",),
         "A no-show is normally charged ($40.00 for private patients, or the co-payment under ACC), but we waive the "
         "first late cancellation or no-show each calendar year, so if it's your first this year there's no charge.",
         "A no-show is normally charged ($40.00 for private patients, or the co-payment under ACC), but we waive the "
         "first two each calendar year, so there's no charge.", ("first two each calendar year",), "borderline",
         "changed count"),
    Pair("Hi! My physio suggested Clinical Pilates. How does it work?", ("HP-05",),
         "Great idea! Classes are small, at most 4 people, and run for 55 minutes. Each class is $38.00, or you can "
         "buy a 10-class pass for $340.00, which is valid for 6 months. As you've already seen one of our physios "
         "you'll have had the initial assessment you need before your first class. See you on the mat!",
         "Great idea! Classes are small, at most 4 people, and run for 55 minutes. Each class is $38.00, or you can "
         "buy a 10-class pass for $340.00, which is valid for 12 months. As you've already seen one of our physios "
         "you'll have had the initial assessment you need before your first class. See you on the mat!",
         ("valid for 12 months",), "hidden", "one changed period in a long friendly answer"),
    Pair("Is dry needling extra?", ("HP-06",),
         "No, dry needling is part of your treatment at no extra charge, and only done with your consent.",
         "Yes, dry needling is $15.00 per session on top of the treatment.", ("$15.00 per session",), "clear",
         "invented fee"),
    Pair("Can you list your private fees?", ("HP-01",),
         "| Appointment | Length | Fee |\n|---|---|---|\n| Initial assessment | 45 min | $95.00 |\n| Follow-up | 30 "
         "min | $75.00 |\n| Extended follow-up | 45 min | $105.00 |\n\nAll fees include GST.",
         "| Appointment | Length | Fee |\n|---|---|---|\n| Initial assessment | 45 min | $95.00 |\n| Follow-up | 30 "
         "min | $75.00 |\n| Extended follow-up | 60 min | $105.00 |\n\nAll fees include GST.",
         ("60 min",), "hidden", "table, one length changed"),
    Pair("I'll need taping on 5 visits, what does that add?", ("HP-06",), "5 × $8.00 = $40.00 in total.",
         "5 × $8.00 = $45.00 in total.", ("$45.00",), "hidden", "arithmetic"),
    Pair("Can you bill my health insurance directly?", ("HP-07",),
         "We don't bill health insurers directly, sorry. You pay on the day and we give you a receipt to claim from "
         "your insurer.",
         "Yes, we bill Southern Cross and nib directly, so you pay nothing on the day.",
         ("bill Southern Cross and nib directly", "pay nothing on the day"), "blatant", "invented insurers"),
    Pair("Does that include GST?", ("HP-08", "HP-01"), "Yes, all our fees include GST.",
         "No, GST of 15% is added on top, so it comes to $92.00.", ("GST of 15% is added", "$92.00"), "clear",
         "follow-up, tax added to a price that includes it",
         (("user", "Can my 14-year-old come in for a sore knee?"),
          ("assistant", "Yes, with a parent or guardian. A children's initial assessment is $80.00."))),
]

EXTRAS = [
    Extra("another language (te reo Māori greeting, English answer)", "Kia ora, he aha ngā hāora i te Rāhoroi?",
          ("HP-04",), "Kia ora! On Saturdays (te Rāhoroi) we're open 8.00am-12.30pm."),
    Extra("another language (Chinese)", "初次评估多少钱？", ("HP-01",),
          "初次评估（45分钟）的费用是 $95.00，已含消费税（GST）。"),
    Extra("multi-turn follow-up", "and is there parking?", ("HP-04",),
          "Yes, 2 free spaces behind the clinic; street parking outside is limited to 2 hours.",
          (("user", "Are you open at 7am?"), ("assistant", "Yes, Monday to Friday from 7.00am to 7.00pm."))),
]

LOOKUP = Lookup(
    name="appointment_lookup", input={"patient_ref": "HP-30917"},
    output={"patient_ref": "HP-30917", "next": "2027-03-09T07:30", "physio": "Aroha T.",
            "type": "follow-up (30 min)", "acc": True, "copay_nzd": 35.0},
    question="When's my next appointment? Ref HP-30917", ids=("HP-02",),
    answer="Your next appointment is a 30-minute follow-up with Aroha T. on Tuesday 9 March 2027 at 7.30am. It's "
           "under ACC, so you pay the $35.00 co-payment.",
    fallback=f"Sorry, I can't reach the booking system right now, so I can't see HP-30917. Reception can help: "
             f"{PHONE} or {EMAIL}.",
    invented="Your next appointment is on Tuesday 9 March 2027 at 7.30am, and we've moved you to a 45-minute "
             "extended session at no extra cost.", frags=("moved you to a 45-minute", "at no extra cost"),
    failed_payload={"patient_ref": "HP-30917", "error": "practice management system timeout"},
    tool_only="HP-30917: follow-up (30 min) with Aroha T., Tue 9 March 2027, 7.30am; ACC co-payment $35.00.")
REFUSAL = Refusal(
    name="reschedule_appointment", input={"patient_ref": "HP-30917", "new_time": "2027-03-13T13:00"},
    output={"rescheduled": False, "reason": "2027-03-13 13:00 is outside Saturday hours (08:00-12:30)"},
    question="Can you move HP-30917 to Saturday 13 March at 1pm?", ids=("HP-04",),
    answer="I couldn't move it: on Saturdays we're open 8.00am-12.30pm, so 1pm isn't available. Your appointment "
           "stays on Tuesday 9 March at 7.30am.")
TOOL_PAIR = Pair(LOOKUP.question, ("HP-02",),
                 "Tuesday 9 March 2027 at 7.30am with Aroha T., a 30-minute follow-up. It's under ACC, so you'll "
                 "pay a $35.00 co-payment on the day.",
                 "Tuesday 9 March 2027 at 7.30am with Aroha T., a 30-minute follow-up. As it's under ACC, there's "
                 "nothing to pay on the day.", ("nothing to pay on the day",), "hidden", "co-payment contradicted")
PARTIAL = Partial(
    name="acc_claim_status", input={"patient_ref": "HP-30917"},
    output={"claim": "CL-4471902", "status": "lodged", "lodged_on": "2027-03-02", "decision": None},
    question="Has ACC accepted my claim yet?", ids=("HP-02",),
    right="Your claim CL-4471902 was lodged on Tuesday 2 March 2027, but I can't see a decision from ACC yet.",
    wrong="Your claim CL-4471902 was lodged on Tuesday 2 March 2027 and ACC accepted it on Friday 5 March.",
    frags=("accepted it on Friday 5 March",), strength="clear", variation="decision missing")
BORROWED = Borrowed("How much is a follow-up for my child?", ("HP-08",), "HP-01",
                    "A children's follow-up is $75.00.", ("$75.00",), "borderline",
                    "an adult follow-up fee borrowed for a child")
TWINS = Twins("How many people are in a Pilates class?", "HP-05", "HP-05-2025",
              "At most 4 people, for 55 minutes; $38.00 a class or $340.00 for a 10-class pass.",
              "the replaced 2025 Pilates sheet beside the current one")
ROUNDUP = Pair("Booking my first appointment - anything I should know?", ("HP-01", "HP-03", "HP-04", "HP-07"),
               "Here's what's useful to know:\n- Your initial assessment is 45 minutes and $95.00 (GST included).\n"
               "- Open Monday to Friday 7.00am-7.00pm and Saturday 8.00am-12.30pm; 2 free parking spaces behind "
               "the clinic.\n- Please give 24 hours' notice if you need to cancel.\n- Pay on the day by EFTPOS or "
               "credit card (2% surcharge on credit cards); we give you a receipt for your insurer.",
               "Here's what's useful to know:\n- Your initial assessment is 45 minutes and $95.00 (GST included).\n"
               "- Open Monday to Friday 7.00am-7.00pm and Saturday 8.00am-12.30pm; 2 free parking spaces behind "
               "the clinic.\n- Please give 24 hours' notice if you need to cancel.\n- Pay on the day by EFTPOS or "
               "credit card (3% surcharge on credit cards); we give you a receipt for your insurer.",
               ("3% surcharge",), "hidden", "round-up of four passages, the surcharge changed")
QUOTE = Quote(
    name="fee_quote", input={"patient": "private", "initial": 1, "follow_ups": 4, "taping": 3},
    output={"initial_nzd": 95.0, "follow_up_nzd": 75.0, "taping_nzd": 8.0, "gst": "included"},
    question="Private, no ACC: assessment, 4 follow-ups and taping 3 times - what's the total?", ids=("HP-01", "HP-06"),
    right="$95.00 + 4 × $75.00 + 3 × $8.00 = $95.00 + $300.00 + $24.00 = $419.00, GST included.",
    wrong="$95.00 + 4 × $75.00 + 3 × $8.00 = $95.00 + $300.00 + $24.00 = $429.00, GST included.",
    frags=("$429.00",), strength="borderline", variation="the sum worked wrongly")
COMPARE = Compare(
    "I hurt my knee at rugby in March. For 5 follow-ups in April, is it cheaper to go through ACC or pay privately?",
    ("HP-01", "HP-02"),
    "Through ACC. In April the co-payment is $35.00 a visit, so 5 × $35.00 = $175.00, against 5 × $75.00 = $375.00 "
    "privately: $200.00 less.",
    "Privately. 5 × $75.00 = $375.00 works out less than the ACC co-payments for the same visits.",
    ("works out less than the ACC co-payments",), "blatant", "conclusion reversed")
DATED = Dated(
    "My ACC claim's accepted and I've got 6 follow-ups booked from Tuesday 6 July 2027. What will the co-payments "
    "come to?", ("HP-02",), "Tuesday 6 July 2027", "$40.00 from 1 July 2027", "$35.00 until 30 June 2027",
    "From 1 July 2027 the ACC co-payment is $40.00 a visit, so your 6 follow-ups from Tuesday 6 July 2027 come to "
    "$240.00.",
    "The ACC co-payment is $35.00 a visit, so your 6 follow-ups from Tuesday 6 July 2027 come to $210.00.",
    ("$210.00",), "clear", "the ACC co-payment rises on 1 July 2027, the customer's visits after it")

DECLINE = f"I couldn't find that in our practice information. Reception can help: {PHONE} or {EMAIL}."
HANDOFF = f"I don't have that information, sorry. Please contact reception: {PHONE} ({PHONE_INTL} from overseas) or " \
          f"{EMAIL}."
GUESS = ("Do you do hydrotherapy?",
         "Yes, our hydrotherapy pool sessions run on Wednesdays at 10.00am and cost $55.00 each.",
         ("hydrotherapy pool", "Wednesdays at 10.00am", "$55.00"))
OFFTOPIC = [
    Mismatch("Can I get a massage voucher for my partner?", ("HP-06", "HP-07"),
             "Massage vouchers aren't in our practice information, sorry. Reception may be able to help: "
             f"{PHONE}.", "a massage gift voucher worded like treatment and paying"),
    Mismatch("Which gym near Ponsonby has the best classes?", ("HP-05", "HP-04"), DECLINE,
             "a gym recommendation worded like the Pilates sheet"),
    Mismatch("How do I get my prescription renewed?", ("HP-08", "HP-02"), HANDOFF, "a GP prescription"),
]
TRAPS = [
    ("I'm calling from Australia - what's the number?", ("HP-04",),
     f"From overseas, call {PHONE_INTL}; we're open Monday to Friday 7.00am-7.00pm and Saturday 8.00am-12.30pm.",
     "international number quoted"),
    ("ACC claim CL-4471902, card ending 3318 - why was I charged $40.00?", ("HP-03",),
     "A late cancellation or no-show under ACC is charged the co-payment. I can't see payments here, so for claim "
     f"CL-4471902 and the card ending 3318 please contact reception: {PHONE}.", "ACC claim number, masked card"),
    ("Is 1011 the right postcode for you?", ("HP-04",),
     "Yes: 204 Ponsonby Road, Auckland 1011.", "New Zealand postcode"),
    ("Payment ref 0d9a7c3e1f4000056655665556b2e8a4 - did my Pilates pass go through?", ("HP-05",),
     f"I can't look up payments. Reception on {PHONE} can check payment ref 0d9a7c3e1f4000056655665556b2e8a4.",
     "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Kia ora, I've been in before for my shoulder"), ("assistant", "Kia ora! Nice to hear from you "
                                                                                   "again. What can I help with?"))
PLAN = ("Plan: find the fee.", "Plan: check ACC co-payment.", "Plan: add taping.")
DUMP = "\n".join(f"HP-{30000 + 19 * n} | {['initial', 'follow-up', 'extended', 'pilates'][n % 4]} | "
                 f"{['ACC', 'private'][n % 2]} | {(n % 28) + 1} March 2027 | ${[95, 75, 105, 38][n % 4]}.00"
                 for n in range(450))
LEAKS = [
    Leak("borderline", "Hi it's Mere, 021 784 3302, can I get a Saturday morning slot?",
         "We're open on Saturdays from 8.00am to 12.30pm. I can't see free slots from here; reception can book "
         f"you in on {PHONE}.", ("HP-04",), ("021 784 3302",), style="New Zealand mobile in the question"),
    Leak("clear", "Can I pay today's assessment with card 4000 0566 5566 5556?",
         "You pay on the day by EFTPOS or credit card (2% surcharge on credit cards); I can't take card numbers "
         "here.", ("HP-07",), ("4000 0566 5566 5556",), style="Visa number in the question"),
    Leak("blatant", "Email my receipt to sam.whaanga@xtra.co.nz for my insurer",
         "I can't send receipts myself, sam.whaanga@xtra.co.nz, but reception gives you a receipt on the day to "
         "claim from your insurer.", ("HP-07",), ("sam.whaanga@xtra.co.nz",),
         style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "Tuesday 9 March 2027 at 7.30am with Aroha T.; $35.00 ACC co-payment.",
         ("HP-02",), ("+64 27 419 8806",), {"patient_ref": "HP-30917", "mobile": "+64 27 419 8806"},
         style="phone in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"hp_{rng.randrange(16 ** 6):06x}"
