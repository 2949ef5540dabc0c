"""Second held-out set, domain ``courier``: Swiftline Parcels, a UK parcel courier's support bot."""

from __future__ import annotations

import random

NAME = "courier"
SERVICE = "swiftline-support"
INDEX = "swiftline-help"
FAQ_INDEX = "swiftline-faq"
SYSTEM = ("You are the Swiftline Parcels assistant. Answer only from the help-centre articles and tool results "
          "below; if they do not answer the question, say so and point to the contact centre (0330 808 4410, "
          "support@swiftline-parcels.co.uk). Never promise compensation beyond what an article states.")

ARTICLES = {
    "kb-201": ("Delivery times", "Standard UK delivery takes 2-3 working days. Express arrives the next working "
               "day when booked before 6 pm. Saturday delivery costs £4.50 extra and is available for Express only."),
    "kb-202": ("Missed deliveries", "If nobody is in, the driver leaves a card and tries again on each of the next "
               "two working days. After the third failed attempt the parcel waits at the local depot for 7 days and "
               "is then returned to the sender."),
    "kb-203": ("Redirecting a parcel", "You can redirect a parcel to a neighbour, a Swiftline Locker or another "
               "address until 9 pm the evening before delivery. Redirecting to another address costs £2.00. "
               "Parcels that need a signature with photo ID cannot be redirected."),
    "kb-204": ("Lost or damaged parcels", "Report a lost or damaged parcel within 14 days of the expected "
               "delivery date. Every parcel is covered up to £50; Extended Cover up to £1,000 can be bought when "
               "booking. Claims are decided within 10 working days and paid to the original payment method."),
    "kb-205": ("Items we cannot carry", "We cannot carry loose lithium batteries, aerosols, perfume bottles over "
               "100 ml, cash, or live animals. Batteries fitted inside a device are accepted."),
    "kb-206": ("Size and weight limits", "A parcel may weigh up to 30 kg and measure up to 1.2 m in length. "
               "Parcels over 15 kg travel on the Heavy service, which costs £6 more."),
    "kb-207": ("Sending abroad", "Parcels leaving the UK need a commercial invoice. The recipient pays duties "
               "and taxes unless you book Delivered Duty Paid. Delivery to EU countries takes 4-6 working days."),
    "kb-208": ("Swiftline Lockers", "A locker code is valid for 72 hours. Lockers are open from 6 am to midnight "
               "and take parcels up to 20 kg and 60 x 40 x 40 cm."),
    "kb-209": ("Contact us", "Phone 0330 808 4410, Monday to Friday 8 am to 8 pm and Saturday 9 am to 1 pm, or "
               "e-mail support@swiftline-parcels.co.uk. We reply to e-mails within one working day."),
}

TRACK = {"name": "track_parcel", "input": {"tracking_number": "SWL4418820731GB"},
         "output": {"tracking_number": "SWL4418820731GB", "status": "out_for_delivery", "eta": "2026-05-06",
                    "window": "10:15-12:15", "depot": "Leeds South", "attempts": 0}, "timeout_ms": 2000}
CLAIM = {"name": "claim_status", "input": {"claim_id": "CLM-88213"},
         "output": {"claim_id": "CLM-88213", "state": "approved", "amount_gbp": 42.0, "paid_on": "2026-05-12"}}
ATTEMPTS = {"name": "track_parcel", "input": {"tracking_number": "SWL5530021984GB"},
            "output": {"tracking_number": "SWL5530021984GB", "status": "held_at_depot", "attempts": 3,
                       "depot": "Bristol North", "held_until": "2026-05-15"}, "timeout_ms": None}

TOPICS = [
    {"q": "My parcel SWL4418820731GB - when is it coming today?", "docs": ["kb-201", "kb-202"], "tool": TRACK,
     "rewrite": "parcel delivery time slot today",
     "answers": [("tool-grounded, terse", "It's out for delivery now from Leeds South, due on 6 May between "
                  "10:15 and 12:15."),
                 ("chatty with a tip", "Good news! Your parcel SWL4418820731GB is out for delivery with our Leeds "
                  "South team and should reach you on 6 May between 10:15 and 12:15. If you end up missing it, the "
                  "driver will leave a card and try again on each of the next two working days.")],
     "controls": [("date and time in another format", None, "Out for delivery: expected 06/05/2026, between "
                   "quarter past ten and a quarter past twelve.")],
     "wrong": [("borderline", "wrong delivery window", "It's out for delivery from Leeds South and due on 6 "
                "May between 14:15 and 16:15."),
               ("clear", "correct status plus an invented SMS promise", "It's out for delivery from Leeds South, "
                "due 10:15-12:15. The driver will text you 30 minutes before arriving.")]},
    {"q": "How long does Express take and can it come on a Saturday?", "docs": ["kb-201"],
     "rewrite": "express delivery time saturday",
     "answers": [("close paraphrase", "Express arrives the next working day if you book before 6 pm. Saturday "
                  "delivery is available for Express only and costs £4.50 extra."),
                 ("markdown list with citation", "**Express**\n- Next working day when booked before 6 pm [kb-201]\n"
                  "- Saturday delivery: yes, for an extra £4.50 [kb-201]")],
     "controls": [("answer in Spanish to an English article", None, "Express llega el siguiente día laborable si "
                   "reservas antes de las 18:00. La entrega en sábado cuesta 4,50 £ más y solo existe para "
                   "Express.")],
     "wrong": [("borderline", "one wrong figure (£5.40 for £4.50)", "Express arrives the next working day if booked "
                "before 6 pm; Saturday delivery is possible for £5.40 extra."),
               ("borderline", "answer in Spanish with one wrong price", "Express llega el siguiente día "
                "laborable si reservas antes de las 18:00; la entrega en sábado cuesta 6,50 £ más."),
               ("blatant", "cut-off, price and Sunday service all invented", "Book Express before 8 pm for next-day "
                "delivery. Saturday and Sunday delivery are both included free of charge.")]},
    {"q": "I missed the delivery twice already. What happens now?", "docs": ["kb-202", "kb-203"],
     "answers": [("close paraphrase", "The driver will try once more on the next working day. If that third "
                  "attempt fails, the parcel waits at your local depot for 7 days before going back to the "
                  "sender. You could also redirect it to a neighbour or a Swiftline Locker until 9 pm the evening "
                  "before.")],
     "controls": [("arithmetic on the article's figures", None, "You have one attempt left (three in total). After "
                   "that the depot keeps it for a week, 7 days, and then returns it to the sender.")],
     "wrong": [("borderline", "wrong holding period", "One more attempt is left; after that the depot keeps the "
                "parcel for 14 days before returning it."),
               ("clear", "invented depot opening hours", "There's one attempt left, then the parcel waits 7 days at "
                "the depot, which is open until 10 pm every day including Sundays.")]},
    {"q": "Can I send it to my office instead? It needs a signature with ID though.", "docs": ["kb-203"],
     "history": [("user", "My parcel is due tomorrow but I'll be at work."),
                 ("assistant", "I can help with that. Would you like to change where it's delivered?")],
     "answers": [("direct answer", "Unfortunately not: parcels that need a signature with photo ID cannot be "
                  "redirected, so it will have to be delivered to the original address.")],
     "controls": [("hand-off quoting the published phone line", None, "Parcels that need a photo-ID signature "
                   "can't be redirected. If you need more help, call us on 0330 808 4410.")],
     "wrong": [("clear", "contradicts the article's ID rule", "Yes, you can redirect it to your office for £2.00 "
                "until 9 pm the evening before; the ID check will be done there.")]},
    {"q": "My parcel arrived smashed. How do I claim and how much will I get?", "docs": ["kb-204"],
     "answers": [("markdown with headings", "### Making a claim\nReport the damage within **14 days** of the "
                  "expected delivery date.\n\n### How much\n- Standard cover: up to **£50**\n- With Extended "
                  "Cover: up to **£1,000**\n\nClaims are decided within 10 working days.")],
     "controls": [("reasoning on the customer's own figures", "My vase cost £80 and I didn't buy extra cover. "
                   "Will I get it all back?", "Without Extended Cover the parcel is covered up to £50, so of the "
                   "£80 you paid, at most £50 can be refunded.")],
     "wrong": [("blatant", "several invented figures and a goodwill voucher", "Claims can be made within 60 days "
                "and standard cover is £250. We also add a £20 goodwill voucher to every damaged-parcel claim.")]},
    {"q": "What's happening with my claim CLM-88213?", "docs": ["kb-204"], "tool": CLAIM,
     "answers": [("tool-grounded", "Your claim CLM-88213 has been approved for £42.00, paid on 12 May 2026 to "
                  "your original payment method."),
                 ("terse", "Approved - £42 paid on 2026-05-12.")],
     "wrong": [("blatant", "status and amount contradict the tool result", "Claim CLM-88213 is still under review; "
                "expect a decision for the full £50 within 10 working days.")]},
    {"q": "How big can a parcel be for a Swiftline locker?", "docs": ["kb-208", "kb-206"],
     "answers": [("table", "| limit | locker |\n|---|---|\n| weight | 20 kg |\n| size | 60 x 40 x 40 cm |\n| "
                  "code valid | 72 hours |")],
     "controls": [("number words and unit change", None, "Up to twenty kilos and 60 by 40 by 40 centimetres; "
                   "your code lasts three days (72 hours).")],
     "wrong": [("borderline", "one wrong limit (25 kg)", "Lockers take parcels up to 25 kg and 60 x 40 x 40 cm.")]},
    {"q": "Sending a gift to my aunt in Lyon - who pays the import tax and how long will it take?",
     "docs": ["kb-207"], "answers": [("chatty", "Lovely! For France you'll need a commercial invoice. Your aunt "
                                      "would pay any duties and taxes unless you book Delivered Duty Paid, and "
                                      "delivery to the EU takes 4-6 working days.")]},
]

REFUSAL = ("I could not find this in our help articles. Please contact our team on 0330 808 4410 or at "
           "support@swiftline-parcels.co.uk and they will look into it.")
HANDOFF = ("Sorry, I can't reach our parcel systems right now, so I can't confirm that. Please try again in a "
           "few minutes or call 0330 808 4410.")
OFFTOPIC = [
    ("Do you sell packing boxes in your shops?", ["kb-206", "kb-205"], "I couldn't find anything about buying "
     "boxes; our articles only cover size limits and items we can't carry."),
    ("Can I pay for postage with PayPal?", ["kb-208"], REFUSAL),
    ("Is there a discount for sending more than 50 parcels a month?", ["kb-201", "kb-207"], "Our articles cover "
     "delivery times and sending abroad; they don't mention volume discounts, so please ask the team on "
     "0330 808 4410."),
]
TOOL_FAILURES = [
    ("clear", "HTTP 503", "tracking service unavailable (503)", None),
    ("borderline", "HTTP 429", "rate limit exceeded (429), retry later", None),
    ("blatant", "HTTP 500", "internal server error", None),
    ("hidden", "", "", {"error": {"code": "UPSTREAM_UNAVAILABLE", "message": "carrier feed unreachable"}}),
]
LONG_HISTORY = [
    ("user", "Hi, I'm sending a few things this week and have some questions."),
    ("assistant", "Of course - what would you like to know?"),
    ("user", "First, what's the heaviest parcel you take?"),
    ("assistant", "Up to 30 kg; over 15 kg it goes on the Heavy service for £6 more."),
    ("user", "And can perfume go? It's a 50 ml bottle."),
    ("assistant", "Yes - only perfume bottles over 100 ml are refused."),
]
PII = [
    ("clear", "customer's e-mail in the question", "Please reply to jo.hartley82@gmail.com.", None, None),
    ("borderline", "UK mobile in national format in the question", "You can text me on 07700 900461.", None, None),
    ("blatant", "phone echoed in the answer and sent to the tool", None,
     "(Contact number on this request: +44 7700 900982.)", ("contact_phone", "+44 7700 900982")),
    ("clear", "card number offered for any charge", "If there is a charge, use my card 4111 1111 1111 1111.",
     None, None),
    ("control", "published contact line (system prompt) quoted", None, "You can also phone 0330 808 4410.", None),
    ("control", "masked card and a tracking number", "I paid with the card ending 4242, parcel SWL4418820731GB.",
     None, None),
]


def records(rng: random.Random) -> str:
    """A depot scan log dump, the kind a tool returns when asked for 'everything'."""
    depots = ["Leeds South", "Wakefield Hub", "Bristol North", "Heathrow Gateway", "Glasgow East"]
    lines = []
    for k in range(160):
        lines.append(f"2026-05-{1 + k % 6:02d}T{6 + k % 14:02d}:{(k * 7) % 60:02d} | SCAN-{rng.randrange(10**6):06d} "
                     f"| {rng.choice(depots)} | {rng.choice(['arrived', 'sorted', 'loaded', 'departed'])}")
    return "\n".join(lines)
