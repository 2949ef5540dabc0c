"""Hand-written knowledge bases and requests of the evaluation set: an insurer, a bank, a mobile operator."""

from __future__ import annotations

from evalset_cases import RULES, Case, Domain, Tool

INSURANCE = Domain(
    key="insurance", org="Harbour Mutual", trace_name="claims-assistant", index="hm-policy-docs",
    model="gpt-4o-mini", citation="kb", region="GB", start="2025-05-06T08:12:00",
    system=(
        "You are Harbour Mutual's claims assistant for home and motor policies in the United Kingdom. "
        + RULES + " Cite each fact with the article id in square brackets, e.g. [kb-214]. Amounts are in "
        "pounds sterling. Office hours: Monday to Friday 8am to 8pm, Saturday 9am to 1pm."
    ),
    refusal="I can't find that in our policy documents, so I'd rather not guess. I can pass you to a claims handler.",
    customer_phone="+44 7700 900461", customer_email="d.okafor@mailbox.example",
    public_contact="0800 157 0420",
    docs={
        "kb-211": ("Making a home insurance claim",
                   "You can make a home claim online, in the app or by phone on 0800 157 0420 (24 hours for "
                   "emergencies). Tell us within 30 days of discovering the damage. Have your policy number, the "
                   "date of the incident and photos ready. For storm and flood claims we aim to send a loss "
                   "adjuster within 5 working days. Claims by email go to claims@harbourmutual.example."),
        "kb-214": ("Your policy excess",
                   "The excess is the part of each claim you pay yourself. The standard excess on Home Plus is "
                   "£250, and £500 for escape of water claims. Motor Comprehensive has a compulsory excess of "
                   "£150 plus a voluntary excess you choose between £0 and £500. The excess is taken off the "
                   "settlement; you never pay it to us separately."),
        "kb-219": ("How long a claim takes",
                   "Most home claims are settled within 28 days of receiving the adjuster's report. Once a claim "
                   "is approved, payment reaches your bank account within 3 working days. If we need more time "
                   "we write to you every 14 days with an update."),
        "kb-223": ("Courtesy car",
                   "Motor Comprehensive includes a small courtesy car while your car is repaired at one of our "
                   "approved garages, for up to 14 days. Courtesy cars are not provided if your car is written off "
                   "or stolen unless you added Hire Car Plus, which gives a similar-size car for up to 21 days."),
        "kb-230": ("Cancelling your policy",
                   "You can cancel within 14 days of the start date and get a full refund if you have not made a "
                   "claim. After that, we refund the unused premium minus a £35 cancellation fee. Policies paid "
                   "monthly stop at the next payment date."),
        "kb-236": ("Complaints",
                   "If you are unhappy with how we handled your claim, call 020 7946 0718 or write to "
                   "complaints@harbourmutual.example. We send a final response within 8 weeks. After that you "
                   "can refer the complaint to the Financial Ombudsman Service free of charge."),
    },
    cases=[
        Case(
            query="What's the excess if my washing machine leaked and damaged the kitchen floor? I'm on Home Plus.",
            docs=[("kb-214", 0.88), ("kb-211", 0.61), ("kb-219", 0.44)],
            answers={
                "paraphrase": "A leaking washing machine counts as an escape of water claim, and on Home Plus "
                              "the excess for those is £500 rather than the standard £250 [kb-214]. It is "
                              "deducted from the settlement, so you don't pay it to us separately [kb-214].",
                "markdown": "## Your excess\n\n| Claim type | Excess on Home Plus |\n|---|---|\n| Standard "
                            "| £250 |\n| Escape of water (your case) | £500 |\n\n### How it is paid\n- It is "
                            "taken off the settlement [kb-214].\n- You never pay it to us separately [kb-214].\n",
            },
            swaps=[("£500", "£350"), ("£250", "£200")],
            invented="Because the machine is under ten years old, our Appliance Shield partner Kestrel Assist "
                     "will waive £100 of the excess.",
        ),
        Case(
            query="Where is my claim CLM-2025-004817 at? Has it been paid yet?",
            docs=[("kb-219", 0.79), ("kb-211", 0.57)],
            tool=Tool("claim_lookup", {"claim_id": "CLM-2025-004817"},
                      {"claim_id": "CLM-2025-004817", "status": "approved", "approved_amount_gbp": 1240.0,
                       "excess_gbp": 250.0, "approved_on": "2025-05-02", "payment_method": "bank transfer"}),
            answers={
                "tool": "Claim CLM-2025-004817 was approved on 2 May 2025 for £1,240.00, after the £250 excess. "
                        "Payment is by bank transfer, and approved claims reach your account within 3 working "
                        "days [kb-219].",
                "paraphrase": "Good news: your claim was approved on 2 May 2025. The approved amount is "
                              "£1,240.00 and the £250 excess has been applied. The money goes by bank transfer "
                              "and should arrive within 3 working days of approval [kb-219].",
            },
            swaps=[("£1,240.00", "£1,420.00"), ("3 working days", "10 working days")],
            invented="A bonus of £75 for your no-claims discount will also be credited by our partner "
                     "FairSettle.",
            tool_contradiction="Claim CLM-2025-004817 is still being assessed by the loss adjuster, so it "
                               "hasn't been approved or paid yet [kb-219].",
            tool_only="Your claim CLM-2025-004817 was approved on 2 May 2025. The approved amount is £1,240.00 "
                      "after the £250 excess, and it is being paid by bank transfer.",
        ),
        Case(
            query="My car was stolen last night. Do I get a courtesy car while you sort it out?",
            docs=[("kb-223", 0.91), ("kb-211", 0.52)],
            answers={
                "paraphrase": "I'm sorry about your car. A courtesy car isn't provided when a car is stolen or "
                              "written off, unless your policy includes Hire Car Plus [kb-223]. With Hire Car "
                              "Plus you'd get a car of similar size for up to 21 days [kb-223].",
                "cited": "Unfortunately not as standard: courtesy cars are only provided while your car is "
                         "repaired at an approved garage, for up to 14 days [kb-223]. If you added Hire Car "
                         "Plus, you get a similar-size car for up to 21 days after a theft [kb-223].",
            },
            swaps=[("21 days", "thirty days"), ("14 days", "28 days")],
            invented="You can also claim £40 a day in taxi fares through our TransitCare scheme.",
        ),
        Case(
            query="how long until my flood claim is settled, the adjuster came on monday",
            docs=[("kb-219", 0.84), ("kb-211", 0.7), ("kb-236", 0.31)],
            answers={
                "paraphrase": "Most home claims are settled within 28 days of us receiving the adjuster's "
                              "report [kb-219]. Once approved, the payment is in your bank account within 3 "
                              "working days, and if it takes longer we'll update you every 14 days [kb-219].",
                "markdown": "**What happens next**\n\n1. The adjuster sends us the report from Monday's visit.\n"
                            "2. Most claims are settled within 28 days of that report [kb-219].\n3. After "
                            "approval, payment arrives within 3 working days [kb-219].\n\n*If we need longer, "
                            "we write to you every 14 days [kb-219].*",
            },
            swaps=[("28 days", "eighty days"), ("every 14 days", "every 7 days")],
            invented="Flood claims in Yorkshire are fast-tracked by our Rapid Response Unit and paid within 48 "
                     "hours.",
        ),
        Case(
            query="I want to cancel my policy, I took it out 6 weeks ago. Will I get money back?",
            docs=[("kb-230", 0.9), ("kb-214", 0.38)],
            answers={
                "paraphrase": "As you're past the first 14 days, we'd refund the unused part of your premium "
                              "minus a £35 cancellation fee [kb-230]. If you pay monthly, the policy simply "
                              "stops at the next payment date [kb-230].",
                "contact": "Since it's been 6 weeks, you'd get the unused premium back minus a £35 cancellation "
                           "fee [kb-230]. To go ahead, call us on 0800 157 0420 [kb-211].",
            },
            swaps=[("£35", "£53"), ("14 days", "30 days")],
            invented="Customers who cancel within 3 months also receive a £20 Amazon voucher.",
        ),
    ],
)


BANK = Domain(
    key="bank", org="Nordbank", trace_name="banking-help", index="nb-help-de",
    model="gpt-4o", citation="none", region="DE", start="2025-06-02T07:41:00",
    system=(
        "You are the online help assistant of Nordbank, a German retail bank. " + RULES + " Do not cite "
        "sources in the answer; the app shows them. Amounts are in euros."
    ),
    refusal="I could not find this in our help articles. A Nordbank adviser can look into it with you.",
    customer_phone="+49 151 23456789", customer_email="j.becker@post.example",
    public_contact="+49 30 5557 1200",
    docs={
        "8f14e45f": ("SEPA transfers",
                     "SEPA credit transfers in euros reach the recipient's bank within 1 business day if you "
                     "submit them before 3 pm. Instant transfers arrive within 10 seconds and cost €0.50 each, up "
                     "to €100,000 per transfer. A transfer can be recalled free of charge until 3 pm on its "
                     "execution day; after that a recall request costs €10 and needs the recipient's consent."),
        "c9f0f895": ("Card blocking",
                     "If your debit card is lost or stolen, block it at once in the app under Cards or by phone "
                     "on +49 30 5557 1200, 24 hours a day. A replacement card arrives within 5 to 7 business days "
                     "and costs €10 unless the card was stolen and you report it to the police."),
        "45c48cce": ("Overdraft",
                     "The arranged overdraft on a Giro Plus account is up to three monthly net salaries. The "
                     "interest rate is 9.75% a year. Going beyond the arranged limit costs 12.25% a year on the "
                     "excess amount. We notify you by app message when you have used the overdraft for 3 "
                     "months in a row."),
        "d3d94468": ("Account fees",
                     "Giro Basic costs €4.90 a month. Giro Plus costs €8.90 a month and includes a credit card. "
                     "Giro Plus is free for customers under 27 and for months with incoming payments of at "
                     "least €2,500."),
        "6512bd43": ("Changing personal details",
                     "Change your address and phone number in the app under Profile. A change of name needs a "
                     "copy of the marriage certificate or court order, uploaded in the app; we process it within "
                     "3 business days. For security we never ask for your PIN or full card number by email or "
                     "phone."),
        "c20ad4d7": ("Disputing a card payment",
                     "If you do not recognise a card payment, dispute it in the app within 13 months of the "
                     "booking date. We credit the amount provisionally within 10 business days while the card "
                     "network investigates, which usually takes up to 45 days."),
    },
    cases=[
        Case(
            query="I sent a SEPA transfer at 4:30pm by mistake to the wrong IBAN. Can I still cancel it for free?",
            docs=[("8f14e45f", 0.87), ("c20ad4d7", 0.41)],
            answers={
                "paraphrase": "Unfortunately the free recall only works until 3 pm on the execution day. For a "
                              "transfer sent at 4:30 pm you can still request a recall, but it costs €10 and "
                              "the recipient has to agree.",
                "markdown": "## Recalling your transfer\n\n| When | Cost | Condition |\n|---|---|---|\n| Until "
                            "3 pm on the execution day | free | none |\n| After 3 pm | €10 | recipient must "
                            "consent |\n\nYour transfer was sent at 4:30 pm, so the second row applies.",
            },
            swaps=[("€10", "€25"), ("3 pm", "6 pm")],
            invented="Transfers to another Nordbank customer can also be reversed by the Sparkasse clearing "
                     "desk within 48 hours.",
        ),
        Case(
            query="Has my transfer TRX-2025-88213 to my landlord gone through?",
            docs=[("8f14e45f", 0.72)],
            tool=Tool("transfer_status", {"reference": "TRX-2025-88213"},
                      {"reference": "TRX-2025-88213", "status": "booked", "amount_eur": "1,250.00",
                       "value_date": "2025-05-30", "type": "SEPA credit transfer"}),
            answers={
                "tool": "Yes. Transfer TRX-2025-88213 for €1,250.00 has been booked with value date 30 May "
                        "2025. It was a standard SEPA transfer, which reaches the recipient's bank within 1 "
                        "business day.",
                "paraphrase": "It has gone through: the €1,250.00 SEPA transfer (reference TRX-2025-88213) was "
                              "booked on value date 30 May 2025, and SEPA transfers arrive at the other bank "
                              "within 1 business day.",
            },
            swaps=[("€1,250.00", "€1,520.00"), ("30 May 2025", "3 June 2025")],
            invented="Your landlord's bank, Volksbank Mitte, has confirmed the credit.",
            tool_contradiction="Transfer TRX-2025-88213 was rejected by the recipient's bank and the €1,250.00 "
                               "will be returned to your account.",
            tool_only="Yes, it has gone through. TRX-2025-88213, a SEPA credit transfer of €1,250.00, is booked "
                      "with value date 30 May 2025.",
        ),
        Case(
            query="What interest do I pay if I go over my overdraft limit?",
            docs=[("45c48cce", 0.92), ("d3d94468", 0.5)],
            answers={
                "paraphrase": "Inside your arranged overdraft the rate is 9.75% a year. On any amount beyond "
                              "the arranged limit you pay 12.25% a year.",
                "markdown": "- **Arranged overdraft:** 9.75% p.a.\n- **Above the arranged limit:** 12.25% p.a. "
                            "on the excess amount\n- After 3 months in a row in overdraft you get an app "
                            "message.",
            },
            swaps=[("12.25%", "21.25%"), ("9.75%", "7.95%")],
            invented="The excess rate is capped at €30 per month under the Bundesbank consumer rule.",
        ),
        Case(
            query="lost my debit card in the tram. what do I do and how much is a new one",
            docs=[("c9f0f895", 0.9), ("6512bd43", 0.35)],
            answers={
                "contact": "Block the card straight away in the app under Cards, or call +49 30 5557 1200 "
                           "(24 hours a day). The replacement arrives within 5 to 7 business days and costs €10.",
                "paraphrase": "First block it in the app (Cards) or by phone, day or night. A new card takes 5 "
                              "to 7 business days and costs €10; it's only free if the card was stolen and you "
                              "reported it to the police.",
            },
            swaps=[("5 to 7 business days", "2 business days"), ("€10", "€15")],
            invented="A temporary virtual card is issued immediately through Nordbank Pay.",
        ),
        Case(
            query="Is Giro Plus free for me? I'm 25.",
            docs=[("d3d94468", 0.89)],
            answers={
                "paraphrase": "Yes. Giro Plus is free for customers under 27, so at 25 you pay nothing. "
                              "Otherwise it costs €8.90 a month and includes a credit card.",
                "markdown": "**Yes, for you it's free.**\n\n| Account | Monthly fee | Free when |\n|---|---|---|\n"
                            "| Giro Basic | €4.90 | - |\n| Giro Plus | €8.90 | under 27, or €2,500+ incoming |\n",
            },
            swaps=[("under 27", "under 30"), ("€8.90", "€6.90")],
            invented="Customers under 27 also get a €50 welcome bonus after their first salary payment.",
        ),
    ],
)


TELCO = Domain(
    key="telco", org="Telvia Mobile", trace_name="assistant-client", index="telvia-kb-fr",
    model="gpt-4o-mini", citation="num", region="FR", start="2025-02-10T10:31:00",
    system=(
        "You are Telvia Mobile's customer assistant in France. Answer in English unless the customer writes "
        "in French. " + RULES + " Cite the context documents by number, e.g. [1]."
    ),
    refusal="I don't have that information. One of our advisers can check it for you.",
    customer_phone="+33 6 12 34 56 78", customer_email="l.martin@courriel.example",
    public_contact="+33 1 99 00 34 50",
    docs={
        "T-104": ("Roaming in the EU",
                  "All Telvia plans include roaming in the EU and EEA at no extra cost, within a fair-use "
                  "allowance of 25 GB of data per month on the 60 GB plan and 12 GB on the 20 GB plan. Beyond "
                  "the allowance, data costs €2.50 per GB."),
        "T-109": ("Plans and prices",
                  "Telvia 20 Go costs €9.99 a month and Telvia 60 Go costs €15.99 a month; both include "
                  "unlimited calls and texts in France. Prices are fixed for 12 months, then each plan follows "
                  "the annual price review."),
        "T-113": ("Porting your number",
                  "To keep your number, get your RIO code by calling 3179 from your current line, free of "
                  "charge. Give us the RIO when you order; the transfer happens within 3 working days and your "
                  "old contract ends automatically."),
        "T-118": ("Contact us",
                  "Our advisers answer on +33 1 99 00 34 50 Monday to Saturday 8 am to 8 pm, or by chat in the "
                  "Telvia app. Business customers: pro@telvia.example. For a lost or stolen phone call +33 1 99 "
                  "00 34 99, 24 hours a day."),
        "T-121": ("eSIM",
                  "eSIMs are free for new lines and cost €10 to swap an existing physical SIM. Activation "
                  "takes about 15 minutes after you scan the QR code. One eSIM can be moved to a new phone "
                  "twice a year at no charge."),
        "T-126": ("Data top-ups",
                  "Add 5 GB for €5 or 20 GB for €10 in the app; top-ups last until the end of the billing "
                  "month. Unused plan data does not carry over."),
    },
    cases=[
        Case(
            query="I'm going to Spain for two weeks, on the 60 Go plan. How much data can I use there?",
            docs=[("T-104", 0.9), ("T-109", 0.52)],
            answers={
                "paraphrase": "Roaming in Spain is included at no extra cost [1]. On the 60 GB plan your "
                              "fair-use allowance in the EU is 25 GB per month; beyond that, data costs €2.50 "
                              "per GB [1].",
                "markdown": "### Roaming in Spain\n\n| Plan | EU allowance | Beyond it |\n|---|---|---|\n| "
                            "Telvia 60 Go (yours) | 25 GB / month | €2.50 per GB |\n| Telvia 20 Go | 12 GB / "
                            "month | €2.50 per GB |\n\nSource: [1]",
            },
            swaps=[("25 GB", "60 GB"), ("€2.50", "€0.50")],
            invented="Spain is also covered by our Iberia Pass, which adds 10 GB for free in summer.",
        ),
        Case(
            query="How much data do I have left this month?",
            docs=[("T-126", 0.69)],
            tool=Tool("usage_lookup", {"line_id": "LN-7718204"},
                      {"line_id": "LN-7718204", "plan": "Telvia 60 Go", "data_used_gb": 41.2,
                       "data_allowance_gb": 60, "renews_on": "2025-02-18"}),
            answers={
                "tool": "You've used 41.2 GB of your 60 GB, so 18.8 GB are left until your plan renews on 18 "
                        "February. If you need more, a 5 GB top-up is €5 [1].",
                "markdown": "**This month**\n\n- Used: 41.2 GB of 60 GB\n- Left: 18.8 GB\n- Renews: 18 "
                            "February\n\nTop-ups: 5 GB for €5 or 20 GB for €10 [1].",
            },
            swaps=[("18.8 GB", "28.8 GB"), ("18 February", "28 February")],
            invented="Because you're a loyal customer, an extra 10 GB will be added automatically next week.",
            tool_contradiction="You've used your whole 60 GB allowance, so you're now on reduced speed until "
                               "the renewal.",
            tool_only="On Telvia 60 Go you've used 41.2 GB of your 60 GB this month, which leaves 18.8 GB. Your "
                      "allowance renews on 18 February.",
        ),
        Case(
            query="I'm switching to you from another network, how do I keep my number?",
            docs=[("T-113", 0.93)],
            answers={
                "paraphrase": "Call 3179 from your current line to get your RIO code; the call is free [1]. "
                              "Give us the RIO when you order, and the number moves within 3 working days. "
                              "Your old contract ends on its own [1].",
                "cited": "Get your RIO by calling 3179 (free) from your current phone, then enter it with your "
                         "order; the transfer takes up to 3 working days and cancels your old contract "
                         "automatically [1].",
            },
            swaps=[("3 working days", "10 working days"), ("3179", "3197")],
            invented="We also reimburse up to €50 of early-termination fees from your old operator.",
        ),
        Case(
            query="What's the number to call if my phone gets stolen?",
            docs=[("T-118", 0.88)],
            answers={
                "contact": "Call +33 1 99 00 34 99; that line is open 24 hours a day for lost or stolen "
                           "phones [1].",
                "paraphrase": "For a stolen phone, ring +33 1 99 00 34 99 at any hour [1]. For anything else, "
                              "advisers are on +33 1 99 00 34 50, Monday to Saturday 8 am to 8 pm [1].",
            },
            swaps=[("24 hours a day", "8 am to 10 pm"), ("8 am to 8 pm", "9 am to 6 pm")],
            invented="You can also block the line by texting STOP to 36 15.",
        ),
        Case(
            query="How much does it cost to move my SIM to an eSIM and how long does it take?",
            docs=[("T-121", 0.9), ("T-109", 0.36)],
            answers={
                "paraphrase": "Swapping your physical SIM for an eSIM costs €10, and activation takes about 15 "
                              "minutes once you scan the QR code [1].",
                "markdown": "- **Price:** €10 to swap an existing SIM (free for new lines) [1]\n- **Time:** "
                            "about 15 minutes after scanning the QR code [1]\n- **Later:** you can move the "
                            "eSIM to a new phone twice a year for free [1]",
            },
            swaps=[("€10", "€20"), ("15 minutes", "two hours")],
            invented="eSIM swaps are free for customers who have been with Telvia for more than 2 years.",
        ),
    ],
)
