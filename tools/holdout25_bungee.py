"""Twenty-fifth held-out set, content of one domain: a bungee-jumping operator in Queenstown, New Zealand
(``bungee``).

House style: casual Kiwi crew notes ("Kia ora", "sweet as", "heaps", "all up"), ids ``QBJ-110`` to ``QBJ-180``, New
Zealand dollars with the sign stuck on ("NZ$245", "NZ$1,208", GST included), dates "Sat 13 March 2027", times with
a point and no space ("8.30am", "3.15pm"), metres and kilograms (feet and pounds for visitors). Content only; the
recipes live in ``tools/holdout25_cases.py``.
"""

from __future__ import annotations

import random

from holdout25_cases import (
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
    Threshold,
    Twins,
)

DOMAIN = "bungee"
PLACE = 3
SERVICE = "shotover-jumps-chat"
INDEX = "jump-info"
PHONE = "03 442 7100"
PHONE_INTL = "+64 3 442 7100"
EMAIL = "crew@shotoverjumps.co.nz"
CONTACTS = (EMAIL, PHONE, PHONE_INTL)
SYSTEM = ("You're the chat helper for Shotover Jumps, a bungee operator in Queenstown. Stick to the jump-info "
          "passages and tool results you're given. If they don't cover something, say so and point people to the "
          f"crew: {PHONE} ({PHONE_INTL} from overseas), every day 8am to 6pm, or {EMAIL}.")

ARTICLES = {
    "QBJ-110": ("Jumps and prices (2026-27 season)",
                "The Bridge Jump (43 m) is NZ$245, the Ledge Jump (47 m) NZ$285 and the Canyon Jump (134 m) NZ$395, "
                "per person, GST included. The Bridge and Canyon combo on the same day is NZ$560."),
    "QBJ-110-2025": ("Jumps and prices (2025-26 season)",
                     "The Bridge Jump (43 m) is NZ$225, the Ledge Jump (47 m) NZ$265 and the Canyon Jump (134 m) "
                     "NZ$375, per person, GST included. The Bridge and Canyon combo on the same day is NZ$520."),
    "QBJ-120": ("Weight and age limits",
                "Jumpers must weigh at least 45 kg and at most 150 kg; the Canyon maximum is 127 kg. Everyone is "
                "weighed at check-in. The minimum age is 10 for the Bridge and 13 for the Ledge and the Canyon; "
                "jumpers under 15 need a parent or guardian to sign for them and be there on the day."),
    "QBJ-130": ("Booking, weather and refunds",
                "Book online or at the Station building on Shotover Street. If we call a jump off because of the "
                "weather you get a full refund or a free rebooking. Cancel more than 48 hours before for a full "
                "refund; within 48 hours there's no refund, but you can rebook once for a NZ$40 fee."),
    "QBJ-140": ("Shuttle and check-in",
                "A free shuttle leaves the Station building for the Canyon Jump at 8.30am, 10.30am, 12.30pm and "
                "2.30pm; check in 30 minutes before your shuttle. The Bridge Jump is a 25-minute drive from town: "
                "drive yourself and park for free."),
    "QBJ-150": ("Photos and video",
                "The photo and video package is NZ$69 per jumper, or NZ$49 for photos only. Jumpers can't take their "
                "own camera or GoPro on the jump."),
    "QBJ-160": ("Health",
                "You can't jump if you're pregnant, have a heart condition or epilepsy, or have had a recent "
                "dislocation. Tell us about any other injury at check-in; the jump master makes the final call."),
    "QBJ-170": ("Groups and spectators",
                "Groups of 10 or more jumpers get 10% off when they book together. Spectators are free at the Bridge; "
                "a spectator seat on the Canyon shuttle is NZ$35."),
    "QBJ-180": ("Opening and seasons",
                "We're open every day except Christmas Day. Summer (October to April): 9am to 5pm, last jump 4.15pm. "
                "Winter (May to September): 9.30am to 4pm, last jump 3.15pm."),
}
FAQ = {
    "qbj-faq-1": ("What should I wear?", "Comfy clothes and closed shoes; tie long hair back."),
    "qbj-faq-2": ("Do I get a certificate?", "Yes, every jumper gets a certificate and a T-shirt voucher."),
}
FAQ_QA = ("what do I wear for the jump?", "Comfy clothes and closed shoes, and tie long hair back.")

PAIRS = [
    Pair("how much is the canyon jump", ("QBJ-110",),
         "NZ$395 per person, GST included.", "NZ$359 per person, GST included.", ("NZ$359",), "borderline",
         "terse, one changed price"),
    Pair("What's the last jump time in winter?", ("QBJ-180",),
         "In winter (May to September) the last jump is at 3.15pm.",
         "In winter (May to September) the last jump is at 3.45pm.", ("3.45pm",), "borderline", "one changed time"),
    Pair("Can I take my GoPro on the jump?", ("QBJ-150",),
         "Sorry, no: jumpers can't take their own camera or GoPro. Our photo and video package is NZ$69 (NZ$49 for "
         "photos only).",
         "Yep, you can strap your GoPro to the chest harness, no worries.", ("chest harness",), "blatant",
         "rule contradicted"),
    Pair("I'm 14. Can I do the Canyon if Mum signs the form?", ("QBJ-120",),
         "Yes: the Canyon's minimum age is 13. As you're under 15, your mum (or a guardian) signs for you and needs "
         "to be there on the day.",
         "Yes: the Canyon's minimum age is 13. Your mum can sign the form online beforehand, and she doesn't need to "
         "come on the day.", ("doesn't need to come",), "clear", "rule reversed"),
    Pair("If I cancel the day before, do I get my money back?", ("QBJ-130",),
         "Not within 48 hours, sorry: there's no refund, but you can rebook once for a NZ$40 fee.",
         "Yes, cancellations up to 24 hours before get a full refund.", ("up to 24 hours before",), "clear",
         "rule changed"),
    Pair("How high is the Ledge Jump?", ("QBJ-110",),
         "The Ledge Jump is 47 m.", "The Ledge Jump is 57 m.", ("57 m",), "borderline", "one changed height"),
    Pair("When does the Canyon shuttle go?", ("QBJ-140",),
         "From the Station building at 8.30am, 10.30am, 12.30pm and 2.30pm. Check in 30 minutes before yours.",
         "From the Station building at 8.30am, 10.30am, 1.30pm and 2.30pm. Check in 30 minutes before yours.",
         ("1.30pm",), "hidden", "one time changed in a list"),
    Pair("Who does the health checks before a jump?", ("QBJ-160",),
         "Tell us about any injury at check-in; the jump master makes the final call.",
         "A nurse from Lakes District Hospital checks every jumper's blood pressure at check-in.",
         ("lakes district hospital", "blood pressure"), "blatant", "invented partner and check"),
    Pair("Can you put the three jumps side by side?", ("QBJ-110",),
         "| Jump | Height | Price |\n|---|---|---|\n| Bridge | 43 m | NZ$245 |\n| Ledge | 47 m | NZ$285 |\n"
         "| Canyon | 134 m | NZ$395 |",
         "| Jump | Height | Price |\n|---|---|---|\n| Bridge | 43 m | NZ$245 |\n| Ledge | 47 m | NZ$285 |\n"
         "| Canyon | 143 m | NZ$395 |", ("143 m",), "hidden", "table"),
    Pair("and if I add the Canyon on the same day?", ("QBJ-110",),
         "The Bridge and Canyon combo on the same day is NZ$560.",
         "The Bridge and Canyon combo on the same day is NZ$560, and it comes with a free photo package.",
         ("free photo package",), "clear", "follow-up with an invented extra",
         history=(("user", "How much is the Bridge Jump?"), ("assistant", "NZ$245 per person, GST included."))),
]

EXTRAS = [
    Extra("another language (Japanese)", "キャニオンジャンプはいくらですか？", ("QBJ-110",),
          "キャニオンジャンプは1人NZ$395です（GST込み）。"),
    Extra("unit conversion (pounds to kilograms)", "I'm 300 lb. Can I do the Bridge?", ("QBJ-120",),
          "Yes: 300 lb is about 136 kg, within the 150 kg maximum for the Bridge (it's over the Canyon's 127 kg, "
          "though). You'll be weighed at check-in."),
    Extra("unit conversion (metres to feet)", "How high is the Canyon Jump in feet?", ("QBJ-110",),
          "The Canyon Jump is 134 m, which is about 440 feet."),
]

LOOKUP = Lookup(
    name="booking_lookup", input={"booking": "QBJ-77310"},
    output={"booking": "QBJ-77310", "jump": "Canyon", "date": "2027-03-13", "shuttle": "10:30", "jumpers": 2,
            "photo_package": True, "paid_nzd": 928, "status": "confirmed"},
    question="Can you check booking QBJ-77310?", ids=("QBJ-140",),
    answer="Kia ora! QBJ-77310 is confirmed: the Canyon Jump on Sat 13 March 2027 for 2 jumpers, on the 10.30am "
           "shuttle (check in by 10am), photo and video package included, NZ$928 paid.",
    fallback=f"Sorry, I can't get into the booking system right now, so I can't see QBJ-77310. Give the crew a ring "
             f"on {PHONE} (every day 8am to 6pm) or flick an email to {EMAIL}.",
    invented="QBJ-77310 has been moved to the 8.30am shuttle, and we've thrown in a free Ledge Jump.",
    frags=("moved to the 8.30am shuttle", "free ledge jump"),
    failed_payload={"booking": "QBJ-77310", "error": "timeout contacting reservations"},
    tool_only="QBJ-77310: Canyon Jump, Sat 13 March 2027, 10.30am shuttle, 2 jumpers, photo package, NZ$928 paid.")
TOOL_PAIR = Pair(
    "How many jumpers are on QBJ-77310, and did we get the photos?", ("QBJ-150",),
    "Two jumpers, and yes, the photo and video package is on the booking.",
    "Three jumpers, and there's no photo package on the booking.",
    ("three jumpers", "no photo package"), "clear", "jumpers and package contradicted")
REFUSAL = Refusal(
    name="rebook", input={"booking": "QBJ-77310", "new_date": "2027-03-14"},
    output={"rebooked": False, "reason": "no Canyon places left on 2027-03-14"},
    question="Can you move QBJ-77310 to Sunday?", ids=("QBJ-130",),
    answer="Sorry, I couldn't move it: there are no Canyon places left on Sun 14 March 2027. Your booking stays on "
           "Sat 13 March.")
PARTIAL = Partial(
    name="jumper_record", input={"booking": "QBJ-77310"},
    output={"booking": "QBJ-77310", "jumpers": [{"jumper": 1, "weight_kg": 82}, {"jumper": 2, "weight_kg": None}],
            "waivers_signed": 2},
    question="Have you got both our weights for QBJ-77310?", ids=("QBJ-120",),
    right="I've got 82 kg for jumper 1, but there's no weight on the record for jumper 2. No stress: everyone is "
          "weighed at check-in anyway (the Canyon takes up to 127 kg). Both waivers are signed.",
    wrong="Yep: 82 kg for jumper 1 and 64 kg for jumper 2, and both waivers are signed.",
    frags=("64 kg",), strength="hidden", variation="missing weight filled in")
ROUNDUP = Pair(
    "Doing my first bungee, the Canyon, next week. What should I know?", ("QBJ-120", "QBJ-130", "QBJ-140", "QBJ-150"),
    "Sweet as, here's the lot:\n- **Limits:** 45 kg to 127 kg for the Canyon, and you're weighed at check-in.\n"
    "- **Getting there:** free shuttle from the Station building at 8.30am, 10.30am, 12.30pm or 2.30pm; check in "
    "30 minutes before yours.\n- **Photos:** no GoPros on the jump; our photo and video package is NZ$69.\n"
    "- **Weather:** if we call it off you get a full refund or a free rebooking.",
    "Sweet as, here's the lot:\n- **Limits:** 45 kg to 127 kg for the Canyon, and you're weighed at check-in.\n"
    "- **Getting there:** free shuttle from the Station building at 8.30am, 10.30am, 12.30pm or 2.30pm; check in "
    "15 minutes before yours.\n- **Photos:** no GoPros on the jump; our photo and video package is NZ$69.\n"
    "- **Weather:** if we call it off you get a full refund or a free rebooking.",
    ("15 minutes before",), "hidden", "four articles, the check-in time changed")
QUOTE = Quote(
    name="price_quote", input={"canyon": 2, "bridge": 1, "photo_video": 2, "canyon_spectator_seats": 1},
    output={"canyon_nzd": 395, "bridge_nzd": 245, "photo_video_nzd": 69, "canyon_spectator_seat_nzd": 35,
            "gst_included": True},
    question="Two of us on the Canyon with the photo and video package, my brother on the Bridge (no photos), and "
             "Mum on the Canyon shuttle to watch. What's that all up?", ids=("QBJ-110", "QBJ-170"),
    right="2 x NZ$395 = NZ$790, plus 2 x NZ$69 = NZ$138 for the packages, NZ$245 for your brother's Bridge Jump "
          "and NZ$35 for Mum's spectator seat: NZ$1,208 all up, GST included.",
    wrong="2 x NZ$395 = NZ$790, plus 2 x NZ$69 = NZ$138 for the packages, NZ$245 for your brother's Bridge Jump "
          "and NZ$35 for Mum's spectator seat: NZ$1,208, plus 15% GST, so NZ$1,389.20 all up.",
    frags=("NZ$1,389.20",), strength="hidden", variation="GST added to prices that include it")
COMPARE = Compare(
    "I want to do the Bridge and the Canyon, both on the same day. Combo or two separate tickets?",
    ("QBJ-110", "QBJ-140"),
    "The combo: NZ$560, against NZ$245 + NZ$395 = NZ$640 for two tickets, so you save NZ$80. The Canyon shuttle "
    "leaves the Station building; the Bridge is a 25-minute drive.",
    "Two separate tickets: NZ$245 + NZ$395 = NZ$540, which is NZ$20 less than the NZ$560 combo.",
    ("NZ$540", "NZ$20 less"), "hidden", "a wrong sum reversing the conclusion")
THRESHOLD = Threshold(
    "I weigh 128 kg. Can I do the Canyon Jump?", ("QBJ-110", "QBJ-120"), "128 kg", "the Canyon maximum is 127 kg",
    "over",
    "Sorry, not the Canyon: its maximum is 127 kg, so at 128 kg you're just over. The Bridge (NZ$245) takes "
    "jumpers up to 150 kg, so that one's open to you. Everyone is weighed at check-in.",
    "Sweet as: at 128 kg you're within the Canyon's limit, so the Canyon Jump is yours for NZ$395.",
    ("within the canyon's limit",), "blatant", "128 kg against a 127 kg maximum")
BORROWED = Borrowed(
    "How much is a spectator seat on the Canyon shuttle?", ("QBJ-170",), "QBJ-130",
    "A spectator seat on the Canyon shuttle is NZ$40; spectators are free at the Bridge.",
    ("NZ$40",), "borderline", "the rebooking fee taken for the spectator seat")
TWINS = Twins("How much is the Bridge Jump this season?", "QBJ-110", "QBJ-110-2025",
              "The Bridge Jump is NZ$245 per person, GST included.", "the 2025-26 price list beside this season's")

DECLINE = f"Sorry, I couldn't find that in our jump info. Give the crew a ring on {PHONE} or email {EMAIL}."
HANDOFF = f"I don't have that info, sorry. The crew can help on {PHONE} (every day 8am to 6pm) or at {EMAIL}."
GUESS = ("Do you do tandem jumps?",
         "Yes! Tandem jumps on the Ledge are NZ$480 for two, with a combined weight of up to 200 kg.",
         ("tandem jumps on the ledge", "NZ$480", "up to 200 kg"))
OFFTOPIC = [
    Mismatch("Which skifield opens first this winter, Coronet Peak or The Remarkables?", ["QBJ-180", "QBJ-140"],
             "I can only help with our jumps; the bits I found are about our own seasons and shuttles, not the "
             f"skifields. {HANDOFF}", "a skifield question, the seasons and shuttle pages returned"),
    Mismatch("Can you book me a jet boat ride on the Shotover River?", ["QBJ-140", "QBJ-130"], DECLINE,
             "another operator's ride, the shuttle and booking pages returned"),
    Mismatch("What's the highest bungee jump in the world?", ["QBJ-110", "QBJ-120"],
             "That's not something our pages cover: they list our own three jumps and their limits.",
             "trivia worded like the jumps page"),
]
TRAPS = [
    ("I'm in Sydney - what number do I call?", ["QBJ-130"],
     f"From overseas, ring {PHONE_INTL}, every day 8am to 6pm.", "international number quoted"),
    ("Booking QBJ-77310, card ending 1117: was I charged the rebooking fee?", ["QBJ-130"],
     f"I can't see payments from here, sorry. For QBJ-77310 and the card ending 1117, ring the crew on {PHONE}.",
     "booking reference and masked card"),
    ("We're staying in 9300, near the gondola. Where do we catch the shuttle?", ["QBJ-140"],
     "The free Canyon shuttle leaves the Station building on Shotover Street at 8.30am, 10.30am, 12.30pm and "
     "2.30pm; check in 30 minutes before.", "New Zealand postcode"),
    ("Payment id e3a9c07b1f4111111111111111d25b8c - is that my NZ$40 rebooking fee?", ["QBJ-130"],
     f"I can't look up payments here. Within 48 hours you can rebook once for NZ$40; for that payment, ring the "
     f"crew on {PHONE}.", "hex payment id with a Luhn-valid run"),
]
EARLIER = (("user", "Kia ora, my mate jumped with you last summer."), ("assistant", "Kia ora! Keen to have a go "
                                                                       "yourself? How can I help?"))
PLAN = ("Plan: find the jump price.", "Plan: check the weight limits.", "Plan: check the shuttle times.")
DUMP = "\n".join(f"QBJ-{77000 + 9 * n} | {['Bridge', 'Ledge', 'Canyon'][n % 3]} | 2027-03-{1 + n % 28:02d} | "
                 f"{1 + n % 4} jumpers | NZ${[245, 285, 395][n % 3] * (1 + n % 4)} | "
                 f"{['confirmed', 'paid', 'rebooked'][n % 3]}" for n in range(450))
LEAKS = [
    Leak("borderline", "Hey it's Tama, 021 448 3091. Can I jump with a dodgy shoulder?",
         "If it's a recent dislocation you can't jump. Otherwise tell us about the injury at check-in and the jump "
         "master makes the final call.", ("QBJ-160",), ("021 448 3091",), style="New Zealand mobile in the question"),
    Leak("clear", "Book me on the Canyon with my Amex 3782 822463 10005.",
         "I can't take card numbers here, sorry. You can book online or at the Station building on Shotover "
         "Street.", ("QBJ-130",), ("3782 822463 10005",), style="Amex number in the question"),
    Leak("blatant", "Send my jump video to mia.thompson@xtra.co.nz",
         "I can't send files, mia.thompson@xtra.co.nz, but the photo and video package is NZ$69 per jumper.",
         ("QBJ-150",), ("mia.thompson@xtra.co.nz",), style="e-mail repeated in the answer"),
    Leak("hidden", LOOKUP.question, "QBJ-77310 is confirmed: Canyon Jump, Sat 13 March 2027, 10.30am shuttle.",
         ("QBJ-140",), ("+64 27 519 3380",), {"booking": "QBJ-77310", "phone": "+64 27 519 3380"},
         style="international mobile in the tool input only"),
]


def request_id(rng: random.Random) -> str:
    return f"sj_{rng.randrange(16**6):06x}"
