"""Hand-written knowledge bases and requests of the evaluation set: a library, a hospital front desk, a game store."""

from __future__ import annotations

from evalset_cases import RULES, Case, Domain, Tool

LIBRARY = Domain(
    key="library", org="Riverside Public Library", trace_name="ask-a-librarian", index="rpl-faq",
    model="gpt-4o-mini", citation="doc", region="US", start="2025-04-14T14:03:00",
    system=(
        "You answer patrons' questions for Riverside Public Library. " + RULES + " The context lists "
        "documents as [doc-1], [doc-2], ... in order; cite them that way. Branches: Central, Eastside, "
        "Millbrook."
    ),
    refusal="I don't know, and I don't want to guess. A librarian at any branch desk can check for you.",
    customer_phone="+1 312 555 0199", customer_email="patron.ramirez@example.net",
    public_contact="(617) 555-0142",
    docs={
        "rpl-faq-03": ("Borrowing limits and loan periods",
                       "Adult cards can borrow up to 30 items at a time. Books and audiobooks are lent for 21 "
                       "days, DVDs for 7 days, and Lucky Day best sellers for 14 days with no renewals. Items "
                       "can be renewed twice online if nobody has placed a hold on them."),
        "rpl-faq-07": ("Holds",
                       "Place up to 15 holds at once in the catalog or app. When a hold arrives we send an email "
                       "or text, and it waits for you for 7 days at the pickup branch you chose. Holds on items "
                       "on order are filled in the order they were placed."),
        "rpl-faq-09": ("Fines and fees",
                       "Riverside stopped charging overdue fines for books on 1 July 2022. Items 35 days overdue "
                       "are marked lost and the card is blocked until they are returned or paid for. The "
                       "replacement fee is the list price plus a $5 processing fee. Lost cards are replaced for "
                       "$2."),
        "rpl-faq-12": ("Meeting rooms",
                       "Community rooms at Central (40 seats) and Eastside (16 seats) can be booked up to 60 days "
                       "ahead by card holders. Rooms are free for non-profit meetings; a $25 per hour fee applies "
                       "to commercial use. Call (617) 555-0142 or email rooms@riversidelibrary.example."),
        "rpl-faq-15": ("Opening hours",
                       "Central is open Monday to Thursday 9 am to 8 pm, Friday and Saturday 9 am to 5 pm, and "
                       "Sunday 1 pm to 5 pm. Eastside and Millbrook open Tuesday to Saturday 10 am to 6 pm. All "
                       "branches close on federal holidays."),
        "rpl-faq-18": ("Library cards",
                       "Anyone who lives, works or studies in the county gets a free card. Bring a photo ID and "
                       "proof of address. Children under 13 need a parent or guardian to sign. Digital cards for "
                       "e-books are issued online instantly and last 90 days."),
    },
    cases=[
        Case(
            query="How many renewals do I get on a DVD, and how long is it out for?",
            docs=[("rpl-faq-03", 0.86), ("rpl-faq-07", 0.48)],
            answers={
                "paraphrase": "DVDs go out for 7 days [doc-1]. You can renew them twice online, as long as no "
                              "one has put a hold on them [doc-1].",
                "cited": "A DVD loan is 7 days, with up to two online renewals if nobody else has a hold on it "
                         "[doc-1].",
            },
            swaps=[("7 days", "14 days"), ("twice", "five times")],
            invented="Members of the Friends of Riverside program can keep DVDs for an extra month.",
        ),
        Case(
            query="I'm number what in the queue for The Overstory? Card ending 4471.",
            docs=[("rpl-faq-07", 0.74)],
            tool=Tool("hold_lookup", {"card_suffix": "4471", "title": "The Overstory"},
                      {"title": "The Overstory", "position": 3, "copies": 4, "pickup_branch": "Eastside",
                       "status": "waiting"}),
            answers={
                "tool": "You're 3rd in line for The Overstory, and there are 4 copies in circulation. It will "
                        "be sent to Eastside for pickup. When it arrives we'll email or text you and hold it for "
                        "7 days [doc-1].",
                "paraphrase": "Your hold on The Overstory is at position 3 with 4 copies circulating; pickup is "
                              "at Eastside, where it waits 7 days once it arrives [doc-1].",
            },
            swaps=[("3rd", "8th"), ("4 copies", "2 copies")],
            invented="Because it's a book-club title, Eastside will also lend you the discussion kit from the "
                     "Hartley Collection.",
            tool_contradiction="Good news: The Overstory is ready for you at Central now, it's been waiting "
                               "since yesterday.",
            tool_only="You're number 3 in the queue for The Overstory. There are 4 copies, and yours will go to "
                      "the Eastside branch for pickup.",
        ),
        Case(
            query="do you still charge late fees? my kid has a picture book thats like 3 weeks late",
            docs=[("rpl-faq-09", 0.82), ("rpl-faq-03", 0.55)],
            answers={
                "paraphrase": "No late fines for books: Riverside stopped charging overdue fines on 1 July "
                              "2022 [doc-1]. Just return it before it reaches 35 days overdue, because then it "
                              "is marked lost and the card is blocked until it's returned or paid for [doc-1].",
                "markdown": "### Short answer: no fine\n\n- Overdue fines for books ended on **1 July 2022** "
                            "[doc-1].\n- At **35 days overdue** an item counts as lost and the card is blocked "
                            "[doc-1].\n- A lost item costs the list price plus a **$5** processing fee [doc-1]."
                            "\n\nAt 3 weeks late, returning it this week avoids all of that.",
            },
            swaps=[("35 days", "sixty days"), ("1 July 2022", "1 January 2020")],
            invented="Children's books are also covered by the Little Readers amnesty, which clears any "
                     "replacement fees each September.",
        ),
        Case(
            query="Can our knitting circle (non-profit) use the Eastside room, and how far ahead can we book?",
            docs=[("rpl-faq-12", 0.9), ("rpl-faq-15", 0.46)],
            answers={
                "paraphrase": "Yes. The Eastside community room seats 16 and is free for non-profit meetings "
                              "[doc-1]. Card holders can book it up to 60 days ahead [doc-1].",
                "contact": "Yes, it's free for non-profit groups and seats 16; you can book up to 60 days in "
                           "advance [doc-1]. To book, call (617) 555-0142 or email rooms@riversidelibrary.example "
                           "[doc-1].",
            },
            swaps=[("16", "40"), ("60 days", "90 days")],
            invented="Groups that meet every week get a dedicated storage locker for their materials.",
        ),
        Case(
            query="Is Millbrook open on Monday?",
            docs=[("rpl-faq-15", 0.93)],
            answers={
                "paraphrase": "No. Millbrook is open Tuesday to Saturday, 10 am to 6 pm, so it's closed on "
                              "Mondays [doc-1]. Central is open on Mondays from 9 am to 8 pm [doc-1].",
                "cited": "Millbrook is closed on Mondays; it opens Tuesday to Saturday 10 am to 6 pm [doc-1]. "
                         "If you need a branch on Monday, Central is open 9 am to 8 pm [doc-1].",
            },
            swaps=[("10 am to 6 pm", "8 am to 4 pm"), ("9 am to 8 pm", "9 am to 9 pm")],
            invented="Millbrook also runs a Monday evening pop-up at the Garfield Community Center.",
        ),
    ],
)


HOSPITAL = Domain(
    key="hospital", org="Lakeview Multispeciality Hospital", trace_name="front-desk-bot", index="lv-frontdesk",
    model="gpt-4o-mini", citation="kb", region="IN", start="2025-03-24T04:20:00",
    system=(
        "You are the front-desk assistant of Lakeview Multispeciality Hospital, Bengaluru. You help with "
        "appointments, visiting and billing questions; you never give medical advice. " + RULES + " Cite "
        "articles like [kb-512]. For emergencies always tell people to call 108 or come to the Emergency "
        "department."
    ),
    refusal="I don't have that information. Our front desk team can help; would you like me to connect you?",
    customer_phone="+91 98450 12345", customer_email="anita.rao@inbox.example",
    public_contact="+91 80 4719 2000",
    docs={
        "kb-501": ("Visiting hours",
                   "General wards: visiting from 11 am to 1 pm and 5 pm to 8 pm, two visitors per patient at a "
                   "time. ICU: one visitor for 15 minutes at 12 noon and 6 pm. Children under 12 may not visit "
                   "the ICU. Visitor passes are issued at the main reception."),
        "kb-504": ("Booking an outpatient appointment",
                   "Book outpatient appointments on the website, in the Lakeview app or by phone on +91 80 4719 "
                   "2000 between 8 am and 8 pm. Please arrive 20 minutes early for registration. Reschedule or "
                   "cancel up to 4 hours before the slot at no charge."),
        "kb-507": ("Consultation fees",
                   "A first consultation costs ₹900 and a follow-up within 10 days is free. Senior consultants "
                   "charge ₹1,400 for a first consultation. Payment is by card, UPI or cash at the billing "
                   "counter."),
        "kb-512": ("Insurance and cashless admission",
                   "Cashless admission is available with 28 insurers and TPAs. Bring your insurance card and a "
                   "photo ID to the TPA desk on the ground floor, open 24 hours. Pre-authorisation usually takes "
                   "4 to 6 hours for planned admissions."),
        "kb-515": ("Medical records",
                   "Patients can request copies of records at the Medical Records office, Block B, Monday to "
                   "Saturday 9 am to 5 pm. Copies are ready within 3 working days and cost ₹10 per page; "
                   "discharge summaries are free. Email records@lakeviewhospital.example."),
        "kb-520": ("Parking",
                   "Visitor parking is in the basement of Block A. The first 30 minutes are free, then ₹40 per "
                   "hour, up to ₹300 per day. Patients in day-care get a free parking pass from reception."),
    },
    cases=[
        Case(
            query="What are the ICU visiting times? My father was moved there this morning.",
            docs=[("kb-501", 0.91), ("kb-520", 0.33)],
            answers={
                "paraphrase": "I'm sorry to hear about your father. In the ICU one visitor can come for 15 "
                              "minutes at 12 noon and again at 6 pm [kb-501]. Children under 12 can't visit the "
                              "ICU, and visitor passes are issued at the main reception [kb-501].",
                "markdown": "### ICU visiting\n\n| Time | Visitors | Duration |\n|---|---|---|\n| 12 noon | 1 "
                            "| 15 minutes |\n| 6 pm | 1 | 15 minutes |\n\n- No children under 12 [kb-501]\n- "
                            "Collect a visitor pass at the main reception [kb-501]",
            },
            swaps=[("15 minutes", "45 minutes"), ("6 pm", "8 pm")],
            invented="Family members can also join the daily 4 pm ICU briefing with Dr. Suresh Menon.",
        ),
        Case(
            query="Can you check my appointment APT-55021? I think it is tomorrow.",
            docs=[("kb-504", 0.76)],
            tool=Tool("appointment_lookup", {"booking_id": "APT-55021"},
                      {"booking_id": "APT-55021", "doctor": "Dr. Meera Iyer", "department": "Cardiology",
                       "slot": "2025-03-25T10:30:00+05:30", "status": "confirmed", "room": "OPD-2, room 14"}),
            answers={
                "tool": "Yes, APT-55021 is confirmed for tomorrow, 25 March, at 10:30 am with Dr. Meera Iyer "
                        "in Cardiology, OPD-2 room 14. Please arrive 20 minutes early for registration [kb-504].",
                "markdown": "**Your appointment**\n\n- Doctor: Dr. Meera Iyer (Cardiology)\n- When: 25 March, "
                            "10:30 am\n- Where: OPD-2, room 14\n- Status: confirmed\n\nPlease come 20 minutes "
                            "early to register [kb-504].",
            },
            swaps=[("10:30 am", "11:30 am"), ("room 14", "room 41")],
            invented="Dr. Iyer has asked that you bring an ECG taken within the last week.",
            tool_contradiction="Your appointment APT-55021 was cancelled; please book a new slot in the app.",
            tool_only="Your booking APT-55021 is confirmed: Dr. Meera Iyer, Cardiology, on 25 March at 10:30 am "
                      "in OPD-2, room 14.",
        ),
        Case(
            query="how much is a consultation with a senior consultant and is the follow up free",
            docs=[("kb-507", 0.88), ("kb-504", 0.5)],
            answers={
                "paraphrase": "A first consultation with a senior consultant costs ₹1,400 [kb-507]. Follow-ups "
                              "within 10 days are free [kb-507].",
                "cited": "Senior consultants charge ₹1,400 for the first consultation; a follow-up within 10 "
                         "days costs nothing [kb-507]. You can pay by card, UPI or cash at billing [kb-507].",
            },
            swaps=[("₹1,400", "₹1,900"), ("10 days", "30 days")],
            invented="Patients over 60 get a 25% discount through the Lakeview Silver scheme.",
        ),
        Case(
            query="We're coming for a planned surgery with Star Health insurance. How long does cashless approval "
                  "take?",
            docs=[("kb-512", 0.85), ("kb-507", 0.4)],
            answers={
                "paraphrase": "For planned admissions, pre-authorisation usually takes 4 to 6 hours [kb-512]. "
                              "Bring your insurance card and a photo ID to the TPA desk on the ground floor, "
                              "which is open 24 hours [kb-512].",
                "markdown": "## Cashless admission\n\n1. Go to the **TPA desk** (ground floor, open 24 hours) "
                            "[kb-512].\n2. Show your insurance card and a photo ID [kb-512].\n3. Pre-"
                            "authorisation usually takes **4 to 6 hours** [kb-512].",
            },
            swaps=[("4 to 6 hours", "24 to 48 hours"), ("ground floor", "third floor")],
            invented="Star Health patients are approved instantly through our direct-billing agreement.",
        ),
        Case(
            query="I need a copy of my discharge summary and my scan reports. Cost?",
            docs=[("kb-515", 0.87)],
            answers={
                "contact": "Discharge summaries are free; other record copies cost ₹10 per page and are ready "
                           "within 3 working days [kb-515]. Ask at the Medical Records office in Block B or "
                           "email records@lakeviewhospital.example [kb-515].",
                "paraphrase": "The discharge summary costs nothing, and copies of other records such as scan "
                              "reports are ₹10 a page, ready within 3 working days [kb-515].",
            },
            swaps=[("₹10", "₹50"), ("3 working days", "two weeks")],
            invented="Scan images are also available on CD from the Radiology desk for ₹250.",
        ),
    ],
)


GAMES = Domain(
    key="games", org="PixelForge Games", trace_name="store-support", index="pf-help",
    model="gpt-4o-mini", citation="kb", region="US", start="2025-07-19T16:55:00",
    system=(
        "You are PixelForge Games' store support agent (physical games, consoles, trade-ins). " + RULES +
        " Cite articles like [kb-407]. Prices are in US dollars."
    ),
    refusal="I don't have that information in our help articles. Want me to connect you with a store associate?",
    customer_phone="+1 206 555 0173", customer_email="kai.nakamura@example.org",
    public_contact="1-800-555-0188",
    docs={
        "kb-401": ("Returns",
                   "Unopened games and accessories can be returned within 30 days with the receipt for a full "
                   "refund. Opened games can only be exchanged for the same title if the disc is defective. "
                   "Consoles can be returned within 14 days if all parts are included; a 15% restocking fee "
                   "applies to opened consoles."),
        "kb-404": ("Trade-in values",
                   "Trade-in credit depends on the title and its condition. Games in the case with all inserts "
                   "get full value; discs without a case get 50% of the listed value. Pro members get 10% extra "
                   "trade-in credit. Trade-ins need a government photo ID."),
        "kb-407": ("Pre-orders",
                   "Pre-orders need a $5 deposit, which counts towards the price on launch day. Pre-orders are "
                   "held for 5 days after release. The Price Guarantee refunds the difference if the price drops "
                   "before release."),
        "kb-410": ("Shipping and delivery",
                   "Standard shipping is free on orders over $35 and takes 3 to 6 business days. Two-day shipping "
                   "costs $9.99. Orders placed before 1 pm Pacific ship the same day. Call 1-800-555-0188 for "
                   "help with a lost package."),
        "kb-413": ("PixelForge Pro membership",
                   "Pro membership costs $14.99 a year. Members get 10% off pre-owned games, 10% extra "
                   "trade-in credit and free two-day shipping. Membership renews automatically; cancel any "
                   "time in your account for a prorated refund within the first 30 days."),
        "kb-416": ("Console repairs",
                   "We repair consoles bought in the last 2 years at no cost under the PixelForge Protection "
                   "Plan. Repairs take 10 to 14 business days. Without the plan, a diagnostic costs $29.99, "
                   "deducted from the repair price if you go ahead."),
    },
    cases=[
        Case(
            query="I bought a console 10 days ago, opened it, and I want to return it. Do I get all my money back?",
            docs=[("kb-401", 0.89), ("kb-416", 0.45)],
            answers={
                "paraphrase": "You can still return it, because consoles can come back within 14 days if all "
                              "the parts are included [kb-401]. As it's been opened, a 15% restocking fee "
                              "applies, so you won't get the full price back [kb-401].",
                "markdown": "## Returning an opened console\n\n- **Deadline:** 14 days, so you are inside it "
                            "[kb-401]\n- **Condition:** all parts included [kb-401]\n- **Fee:** 15% restocking "
                            "fee for opened consoles [kb-401]\n",
            },
            swaps=[("15%", "25%"), ("14 days", "60 days")],
            invented="If you swap it for the Nebula X bundle instead, the restocking fee is waived.",
        ),
        Case(
            query="Where is my order 114-3941689-8772237? It said two-day shipping.",
            docs=[("kb-410", 0.81)],
            tool=Tool("order_lookup", {"order_number": "114-3941689-8772237"},
                      {"order_number": "114-3941689-8772237", "status": "in transit", "carrier": "FedEx",
                       "tracking": "6129 9803 0045 715", "shipped": "2025-07-17", "eta": "2025-07-21",
                       "total_usd": 69.99}),
            answers={
                "tool": "Order 114-3941689-8772237 shipped on July 17 with FedEx and is in transit; the expected "
                        "delivery date is July 21. The tracking number is 6129 9803 0045 715.",
                "paraphrase": "Your order (114-3941689-8772237, $69.99) left on July 17 and FedEx expects to "
                              "deliver it on July 21. You can follow it with tracking number 6129 9803 0045 715. If it "
                              "goes missing, call 1-800-555-0188 [kb-410].",
            },
            swaps=[("July 21", "July 19"), ("$69.99", "$96.99")],
            invented="FedEx has flagged a weather delay at the Memphis hub, so it may take two extra days.",
            tool_contradiction="Order 114-3941689-8772237 hasn't shipped yet; it's waiting for stock at our warehouse.",
            tool_only="Order 114-3941689-8772237 ($69.99) shipped with FedEx on July 17 and is in transit. FedEx "
                      "expects to deliver it on July 21; tracking number 6129 9803 0045 715.",
        ),
        Case(
            query="how much trade in do I get for a game without the case? im a pro member",
            docs=[("kb-404", 0.86), ("kb-413", 0.66)],
            answers={
                "paraphrase": "A disc without its case gets 50% of the listed trade-in value [kb-404]. As a Pro "
                              "member you get 10% extra trade-in credit on top [kb-413]. Bring a government "
                              "photo ID [kb-404].",
                "cited": "Loose discs are credited at 50% of the listed value [kb-404], and Pro membership "
                         "adds 10% extra credit [kb-413].",
            },
            swaps=[("50%", "75%"), ("10% extra", "20% extra")],
            invented="Trade-ins of Nintendo titles earn double credit during Retro Week.",
        ),
        Case(
            query="If I pre-order Starfall Odyssey and the price drops before launch, what happens?",
            docs=[("kb-407", 0.9)],
            answers={
                "paraphrase": "With the Price Guarantee, we refund the difference if the price drops before "
                              "release [kb-407]. Your $5 deposit counts towards the launch-day price [kb-407].",
                "markdown": "**Price drops are covered.**\n\n1. Pay a $5 deposit now; it counts towards the "
                            "price [kb-407].\n2. If the price drops before release, you get the difference back "
                            "[kb-407].\n3. Your copy is held for 5 days after release [kb-407].",
            },
            swaps=[("$5", "$15"), ("5 days", "two weeks")],
            invented="Starfall Odyssey pre-orders also include the Vanguard skin pack worth $19.99.",
        ),
        Case(
            query="My console stopped reading discs. It's 18 months old, do I pay for repair?",
            docs=[("kb-416", 0.92), ("kb-401", 0.42)],
            answers={
                "paraphrase": "If you have the PixelForge Protection Plan, the repair costs nothing because the "
                              "console is less than 2 years old [kb-416]. Repairs take 10 to 14 business days "
                              "[kb-416]. Without the plan there's a $29.99 diagnostic, which is taken off the "
                              "repair price if you go ahead [kb-416].",
                "contact": "With the Protection Plan it's free, since the console is under 2 years old; expect "
                           "10 to 14 business days [kb-416]. Without it, the diagnostic is $29.99 [kb-416].",
            },
            swaps=[("$29.99", "$49.99"), ("10 to 14 business days", "3 to 5 business days")],
            invented="Disc-drive faults are a known issue that the manufacturer fixes for free through its "
                     "Recall 2025 program.",
        ),
    ],
)
