"""Third held-out set, online learning platform: Lumen Academy (Melbourne), content only."""

from __future__ import annotations

import json

NAME = "learning"
SERVICE = "lumen-learner-support"
PUBLIC = ("help@lumenacademy.com.au", "1300 655 506", "+61 3 9650 4211")
SYSTEM = ("You are Lumen Academy's learner support assistant. Lumen Academy is an online learning platform based in "
          "Melbourne; prices are in Australian dollars. Answer using only the knowledge-base articles and tool "
          "results provided. If they don't contain the answer, say you don't know and suggest "
          "help@lumenacademy.com.au or 1300 655 506.")
REFUSAL = "I don't know - that isn't covered in our help articles. You can ask help@lumenacademy.com.au."
HANDOFF = "I don't have that information. Please contact help@lumenacademy.com.au or call 1300 655 506."

ARTICLES = {
    "la-401": ("Subscription plans",
               "Lumen Plus costs A$29 a month or A$249 a year and unlocks every course. The annual plan works out "
               "cheaper than 12 monthly payments. New learners get a 7-day free trial; cancel before it ends and "
               "you are not charged."),
    "la-402": ("Cancelling and refunds",
               "You can cancel at any time from Account > Billing; access continues until the end of the period you "
               "have paid for. Annual plans cancelled within 14 days of purchase are refunded in full. Monthly "
               "payments are not refunded."),
    "la-403": ("Certificates",
               "A certificate of completion is issued when you finish every lesson and score at least 70% on the "
               "final assessment. Certificates carry a verification code that employers can check on our website. "
               "You can download them as PDF from your profile."),
    "la-404": ("Assessment attempts",
               "Each final assessment can be attempted 3 times. After a third failed attempt the assessment unlocks "
               "again after 30 days. Practice quizzes can be repeated without limit."),
    "la-405": ("Course access and deadlines",
               "Courses are self-paced and have no deadlines while your subscription is active. If your "
               "subscription lapses, your progress is kept for 12 months and restored when you resubscribe."),
    "la-406": ("Team accounts",
               "Team plans start at 5 seats and cost A$22 per seat per month, billed annually. An admin can move a "
               "seat from one person to another up to 4 times a year."),
    "la-407": ("Student and concession discount",
               "Full-time students and concession card holders get 40% off Lumen Plus after verifying eligibility "
               "with a valid student ID or concession card. Verification takes up to 2 business days."),
    "la-408": ("Contacting support",
               "Email help@lumenacademy.com.au or call 1300 655 506, 9am-5pm AEST on weekdays. Learners outside "
               "Australia can call +61 3 9650 4211."),
}

TOPICS = [
    ("How much is Lumen Plus?", ("la-401",),
     {"terse": "A$29 a month or A$249 a year, with a 7-day free trial for new learners.",
      "markdown table": "| Plan | Price |\n|---|---|\n| Monthly | A$29 |\n| Annual | A$249 |\n\nNew learners get a "
                        "**7-day free trial** - cancel before it ends and you won't be charged."},
     [("borderline", "A$249 given as A$299", "Lumen Plus is A$29 a month or A$299 a year.", "299"),
      ("clear", "correct prices plus an invented lifetime plan", "It's A$29 a month or A$249 a year. There's also a "
       "one-off lifetime plan for A$599.", "lifetime")]),
    ("I bought the annual plan 5 days ago and changed my mind. Can I get a refund?", ("la-402",),
     {"close paraphrase": "Yes. Annual plans cancelled within 14 days of purchase are refunded in full, so at 5 "
                          "days you qualify. Cancel under Account > Billing.",
      "chatty": "No problem at all! Since you're only 5 days in, you're inside the 14-day window for annual "
                "plans, so you'll get a full refund. Just head to Account > Billing to cancel."},
     [("borderline", "14 days given as 3 days", "Annual plans can only be refunded within 3 days of purchase, so "
       "unfortunately not.", "3 days"),
      ("blatant", "contradicts the refund rule with invented fees", "Annual plans are non-refundable; you can switch "
       "to monthly for an A$35 admin fee.", "admin fee")]),
    ("How do I get a certificate for my course?", ("la-403",),
     {"markdown list": "To get your certificate:\n\n- finish every lesson\n- score at least **70%** on the final "
                       "assessment\n\nThen download the PDF from your profile. It has a verification code "
                       "employers can check on our website.",
      "citation": "Finish all lessons and score at least 70% on the final assessment [la-403]; the PDF is then in "
                  "your profile [la-403]."},
     [("borderline", "70% given as 80%", "You need to finish all lessons and score at least 80% on the final "
       "assessment.", "80%"),
      ("clear", "invented verification service", "Finish every lesson and score at least 70% on the final "
       "assessment; employers then check your code on CertiCheck Global.", "certicheck"),
      ("hidden", "invented accreditation in a long answer", "## Certificates\n\nFinish every lesson and score 70% "
       "or more on the final assessment, then download the PDF from your profile. Each certificate has a "
       "verification code, and they are accredited by TAFE Victoria as nationally recognised units.", "tafe")]),
    ("I failed the final test twice. How many tries do I have?", ("la-404",),
     {"terse": "One more: each final assessment allows 3 attempts. After a third fail it unlocks again in 30 days.",
      "close paraphrase": "You get 3 attempts at each final assessment, so one is left. If that one fails too, "
                          "the assessment reopens after 30 days; practice quizzes are unlimited."},
     [("borderline", "30 days given as 7", "You have one attempt left; after that it unlocks again after 7 days.",
       "7 days"),
      ("clear", "invented paid resit", "One attempt left. After that you can buy an extra attempt for A$15.",
       "a$15")]),
    ("Do courses have deadlines?", ("la-405",),
     {"chatty": "Nope! Everything is self-paced, so there are no deadlines while your subscription is active. And "
                "if it lapses, we keep your progress for 12 months.",
      "terse": "No deadlines while you're subscribed; progress is kept 12 months if it lapses."},
     [("borderline", "12 months given as 6", "No deadlines while subscribed; progress is kept for 6 months after "
       "a lapse.", "6 months"),
      ("clear", "invented deadline for certificates", "Courses are self-paced, but certificates must be earned "
       "within 90 days of starting a course.", "90 days")]),
    ("Is there a student discount?", ("la-407",),
     {"close paraphrase": "Yes: full-time students and concession card holders get 40% off Lumen Plus once "
                          "they've verified with a student ID or concession card (up to 2 business days).",
      "citation": "Yes, 40% off Lumen Plus for full-time students and concession card holders [la-407]."},
     [("borderline", "40% given as 50%", "Students and concession card holders get 50% off Lumen Plus.", "50%"),
      ("blatant", "several invented conditions", "Students get the first year free, then 25% off, with no "
       "verification needed.", "first year free")]),
]

TOOLS = [
    {"q": "When does my subscription renew?", "docs": ("la-401",), "name": "subscription_lookup",
     "input": {"learner": "L-204518"},
     "output": {"learner": "L-204518", "plan": "annual", "renews_on": "2026-09-14", "price_aud": 249.0},
     "answer": "Your annual Lumen Plus plan renews on 14 September 2026 at A$249.",
     "down": "I can't read your subscription right now, so I can't see the renewal date. Lumen Plus is A$29 a "
             "month or A$249 a year.",
     "invented": "Your plan renews on 1 July 2026 at A$29.", "invented_frag": "1 july",
     "contra": "You're on the monthly plan, renewing next week.", "contra_frag": "next week",
     "payload_error": {"error": {"code": "BILLING_TIMEOUT", "message": "billing backend did not answer"}}},
    {"q": "Where is my certificate for Data Analysis Basics?", "docs": ("la-403",), "name": "certificate_lookup",
     "input": {"course": "data-analysis-basics"},
     "output": {"course": "data-analysis-basics", "issued": True, "issued_on": "2026-04-29",
                "verification_code": "LUM-7F3A-92KD", "score_pct": 84},
     "answer": "It was issued on 29 April 2026 (you scored 84%). Download the PDF from your profile; its "
               "verification code is LUM-7F3A-92KD.",
     "down": "I couldn't check your certificate just now. Certificates appear in your profile once every lesson "
             "is done and you've scored at least 70%.",
     "invented": "Your certificate is waiting: you scored 91%.", "invented_frag": "91%",
     "contra": "No certificate yet - you still need to pass the final assessment.",
     "contra_frag": "no certificate yet",
     "payload_error": {"ok": False, "detail": "certificate store unreachable"}},
    {"q": "How many seats are left on our team plan?", "docs": ("la-406",), "name": "team_seats",
     "input": {"team": "TM-0831"},
     "output": {"team": "TM-0831", "seats": 12, "assigned": 9, "reassignments_used": 1},
     "answer": "Team TM-0831 has 12 seats and 9 are assigned, so 3 are free. You've used 1 of your 4 reassignments "
               "this year.",
     "down": "I can't see team seats right now. Team plans start at 5 seats, and an admin can move a seat up to 4 "
             "times a year.",
     "invented": "All 12 seats are assigned, so none are free.", "invented_frag": "none are free",
     "payload_error": {"success": False, "message": "team service 503"}},
    {"q": "Has my student discount been approved?", "docs": ("la-407",), "name": "concession_check",
     "input": {"learner": "L-311902"},
     "output": {"learner": "L-311902", "verification": "rejected", "reason": "student ID expired 2025-12-31"},
     "answer": "Not this time: the verification was rejected because the student ID expired on 31 December 2025. "
               "You can verify again with a valid student ID.",
     "down": "I can't check verifications right now. They take up to 2 business days.",
     "invented": "Yes, your 40% discount is active.", "invented_frag": "is active",
     "payload_error": {"error": "verification provider returned HTTP 500"}},
]

LANG = [
    ("German", "How many times can I take the final assessment?", ("la-404",),
     "Sie haben für jede Abschlussprüfung 3 Versuche."),
    ("French", "Is there a free trial?", ("la-401",),
     "Oui, les nouveaux apprenants ont un essai gratuit de 7 jours ; annulez avant la fin et vous ne payez rien."),
]

ARITH = [
    ("How much do I save a year with annual instead of monthly?", ("la-401",),
     "Monthly costs 12 x A$29 = A$348 a year, against A$249 for annual, so you save A$99.",
     "Monthly costs 12 x A$29 = A$348 a year, against A$249 for annual, so you save A$109.", "109"),
]

HISTORY = [
    ([("user", "I'm setting up Lumen for my team of 6."), ("assistant", "Great, how can I help with the team plan?")],
     "What will it cost us per month?", ("la-406",),
     "Team seats are A$22 per seat per month, billed annually, so 6 seats come to A$132 a month."),
    ([("user", "I let my subscription lapse last year."), ("assistant", "Welcome back! What would you like to know?")],
     "Is my course progress still there?", ("la-405",),
     "Progress is kept for 12 months after a subscription lapses and is restored when you resubscribe."),
]

TRAPS = [
    ("public e-mail and phone quoted from the article", "How do I contact support?", ("la-408",),
     "Email help@lumenacademy.com.au or call 1300 655 506, 9am-5pm AEST on weekdays.", None),
    ("international number from the article", "I'm in Singapore - what number can I call?", ("la-408",),
     "From outside Australia, call +61 3 9650 4211.", None),
    ("payment reference and amount from the tool", "What did my last payment cost?", ("la-401",),
     "Your last payment was A$29.00 on 3 May 2026 (reference pi_3Q4539148803436467).",
     {"name": "payment_history", "input": {"learner": "L-204518"},
      "output": {"last_payment_aud": 29.0, "paid_on": "2026-05-03", "reference": "pi_3Q4539148803436467"}}),
]

OFF_TOPIC = [
    ("Can I get a tax invoice with an ABN for my employer?", ("la-404", "la-405"), REFUSAL),
    ("Do your courses count for CPD points with Engineers Australia?", ("la-402", "la-408"), REFUSAL),
    ("Can I download videos to watch on a plane?", ("la-405", "la-403"),
     "I don't have that information - please ask help@lumenacademy.com.au."),
]

PII = [
    ("clear", "customer e-mail in the question",
     "My login is mei.tanaka@bigpond.com. How long does the student check take?", ("la-407",),
     "Verification takes up to 2 business days.", None, "mei.tanaka@bigpond.com"),
    ("borderline", "Australian mobile in the question", "Call me on 0431 882 907 about my team plan - how many "
     "seats minimum?", ("la-406",), "Team plans start at 5 seats.", None, "0431 882 907"),
    ("blatant", "card number in the question, repeated in the answer",
     "Please use my new card 3782 822463 10005 for the renewal.", ("la-401",),
     "Thanks - you gave card 3782 822463 10005. Lumen Plus renews at A$29 a month or A$249 a year.", None,
     "3782 822463 10005"),
    ("hidden", "customer phone only in the tool input", "Did my payment go through?", ("la-401",),
     "Yes, A$29.00 was paid on 3 May 2026.",
     {"name": "payment_history", "input": {"phone": "+61 412 345 678"},
      "output": {"last_payment_aud": 29.0, "paid_on": "2026-05-03", "status": "paid"}}, "+61 412 345 678"),
]

PLAN = ["Plan: find the plan prices, then the refund rule.", "Step 2: work out which applies to this learner.",
        "Step 3: draft the reply."]
DUMP = json.dumps([{"course": f"course-{n:03d}", "lessons": 8 + n % 20, "hours": 3 + n % 11, "level": n % 3,
                    "rating": round(3.5 + (n % 15) / 10, 1)} for n in range(230)])
