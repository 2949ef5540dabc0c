"""Hand-written content of the evaluation set: six services far from the course's outdoor-gear store.

Each domain is a knowledge base (articles written for this set), the tools its assistant calls, and a few
requests. A request carries its question, the articles a retriever returned (with scores), an optional tool
call with its result, and answers in several styles that a careful reader can check against that evidence.
``swaps`` are (text in the answer, wrong text) pairs used to write a contradicted answer; ``invented`` is a
sentence about things that appear nowhere in the evidence. ``tools/make_evalset.py`` turns these into traces.
Nothing here comes from the course traces, their generator, the knowledge base in ``llmops_kit/data`` or the
replay simulator. Phone numbers are from ranges reserved for drama/fiction where a country has one (UK
Ofcom 020 7946 0xxx / 07700 900xxx, US 555-01xx); card numbers are the card networks' published test numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Tool:
    """A tool call the assistant made and what it returned."""

    name: str
    input: dict[str, Any]
    output: dict[str, Any]
    ms: int = 320


@dataclass(frozen=True)
class Case:
    """One request: question, retrieved articles (id, score), optional tool call, answers by style."""

    query: str
    docs: list[tuple[str, float]]
    answers: dict[str, str]
    swaps: list[tuple[str, str]]
    invented: str
    tool: Tool | None = None
    # an answer that contradicts the tool result, and one that uses nothing but the tool result
    tool_contradiction: str | None = None
    tool_only: str | None = None


@dataclass(frozen=True)
class Domain:
    """A service with its own knowledge base, tools, citation habit and locale."""

    key: str
    org: str
    trace_name: str
    index: str
    model: str
    citation: str  # how answers cite: "kb" ([kb-NNN]), "doc" ([doc-N]), "num" ([N]), "none"
    region: str
    system: str
    docs: dict[str, tuple[str, str]]
    cases: list[Case]
    refusal: str
    customer_phone: str
    customer_email: str
    public_contact: str  # a contact detail that appears in the articles
    start: str
    extra: dict[str, Any] = field(default_factory=dict)


_RULES = (
    "Use only the reference material in this conversation: the articles, tool results and what the customer "
    "told you. If the material does not answer the question, say so plainly and offer a human colleague. "
    "Do not guess amounts, dates, phone numbers or names. Never repeat card numbers, bank account numbers or a "
    "customer's contact details back to them. Keep a calm, plain tone; no filler such as \"Great question\"."
    "\n\nHow to answer:\n- Start with the direct answer in one sentence, then the details the customer needs "
    "to act (amounts, deadlines, where to go, what to bring).\n- Use a short list or a table only when there "
    "are three or more parallel items; otherwise write plain sentences.\n- Quote amounts, dates, times and "
    "reference numbers exactly as they appear in the material; do not convert currencies or round.\n- When a "
    "tool returns a record, the record is the truth about this customer's case; articles describe the general "
    "rules.\n- If a tool fails or times out, say that you could not check, do not describe a status you have "
    "not seen, and offer a colleague.\n- Public contact details from the articles (phone numbers, e-mail "
    "addresses, office hours) may be given to the customer.\n- Never ask for passwords, PINs, full card "
    "numbers or bank details in the chat; if the customer writes them, do not repeat them.\n- If the customer "
    "is upset, acknowledge it briefly and move on to the answer.\n- Do not promise outcomes, compensation or "
    "timelines that the material does not state.\n- Answer in the customer's language; keep answers under 180 "
    "words unless a table is clearer."
)

INSURANCE = Domain(
    key="insurance", org="Harbour Mutual", trace_name="claims-assistant", index="hm-policy-docs",
    model="gpt-4o-mini", citation="kb", region="GB", start="2025-05-06T08:12:00",
    system=(
        "You are Harbour Mutual's claims assistant for home and motor policies in the United Kingdom. "
        + _RULES + " Cite each fact with the article id in square brackets, e.g. [kb-214]. Amounts are in "
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

LIBRARY = Domain(
    key="library", org="Riverside Public Library", trace_name="ask-a-librarian", index="rpl-faq",
    model="gpt-4o-mini", citation="doc", region="US", start="2025-04-14T14:03:00",
    system=(
        "You answer patrons' questions for Riverside Public Library. " + _RULES + " The context lists "
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

BANK = Domain(
    key="bank", org="Nordbank", trace_name="banking-help", index="nb-help-de",
    model="gpt-4o", citation="none", region="DE", start="2025-06-02T07:41:00",
    system=(
        "You are the online help assistant of Nordbank, a German retail bank. " + _RULES + " Do not cite "
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

HOSPITAL = Domain(
    key="hospital", org="Lakeview Multispeciality Hospital", trace_name="front-desk-bot", index="lv-frontdesk",
    model="gpt-4o-mini", citation="kb", region="IN", start="2025-03-24T04:20:00",
    system=(
        "You are the front-desk assistant of Lakeview Multispeciality Hospital, Bengaluru. You help with "
        "appointments, visiting and billing questions; you never give medical advice. " + _RULES + " Cite "
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
        "You are PixelForge Games' store support agent (physical games, consoles, trade-ins). " + _RULES +
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

TELCO = Domain(
    key="telco", org="Telvia Mobile", trace_name="assistant-client", index="telvia-kb-fr",
    model="gpt-4o-mini", citation="num", region="FR", start="2025-02-10T10:31:00",
    system=(
        "You are Telvia Mobile's customer assistant in France. Answer in English unless the customer writes "
        "in French. " + _RULES + " Cite the context documents by number, e.g. [1]."
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

DOMAINS: list[Domain] = [INSURANCE, LIBRARY, BANK, HOSPITAL, GAMES, TELCO]
