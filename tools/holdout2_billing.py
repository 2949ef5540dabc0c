"""Second held-out set, domain ``billing``: the billing helpdesk of Ledgerly, an invoicing SaaS (EUR prices)."""

from __future__ import annotations

import random

NAME = "billing"
SERVICE = "ledgerly-billing-help"
INDEX = "ledgerly-docs"
FAQ_INDEX = "ledgerly-billing-faq"
SYSTEM = ("You are Ledgerly's billing helpdesk assistant. Answer billing questions from the documentation passages "
          "and account tools only. Quote amounts in euros as the documents do. If you cannot answer, hand over to "
          "the billing team at billing@ledgerly.io (live chat 9:00-18:00 CET). Do not grant discounts or refunds "
          "yourself.")

ARTICLES = {
    "doc-1": ("Plans and prices", "Starter costs €12 per month. Team costs €29 per user per month. Annual billing "
              "charges 10 months for a year of service."),
    "doc-2": ("Changing plans", "Upgrades take effect immediately: you pay the difference, prorated for the days "
              "left in the billing cycle. Downgrades take effect at the next renewal and are not refunded."),
    "doc-3": ("Failed payments", "When a payment fails we retry the card 3 times over 7 days. If an invoice is still "
              "unpaid 14 days after its due date the workspace becomes read-only. Data is kept for 90 days."),
    "doc-4": ("Invoices and VAT", "Invoices are e-mailed on the 1st of each month. Add your VAT ID in Billing "
              "settings to apply the reverse charge. Invoices from the last 30 days can be re-issued with the VAT ID."),
    "doc-5": ("Refunds", "Annual plans can be refunded in full within 30 days of purchase. Monthly plans are not "
              "refundable, but you can cancel before the next renewal."),
    "doc-6": ("Payment methods", "We accept Visa, Mastercard and American Express, and SEPA Direct Debit in euros. "
              "Payment by bank transfer against an invoice is available only on annual plans above €1,000."),
    "doc-7": ("Cancelling", "Cancel at any time under Billing. You keep access until the end of the period you have "
              "paid for."),
    "doc-8": ("Contact billing", "E-mail billing@ledgerly.io or use live chat, 9:00-18:00 CET on weekdays."),
}

SUB = {"name": "get_subscription", "input": {"account_id": "acct_8F3k2"},
       "output": {"account_id": "acct_8F3k2", "plan": "Team", "seats": 6, "cycle": "monthly",
                  "next_renewal": "2026-06-01", "amount_eur": 174.0, "payment_method": "visa **** 4242"},
       "after": False}
INVOICE = {"name": "get_invoice", "input": {"invoice_id": "INV-2026-0412"},
           "output": {"invoice_id": "INV-2026-0412", "amount_eur": 174.0, "status": "unpaid", "due": "2026-05-15",
                      "retry_attempts": 2}, "timeout_ms": 2000}
REFUND = {"name": "get_subscription", "input": {"account_id": "acct_Q72mz"},
          "output": {"account_id": "acct_Q72mz", "plan": "Starter", "cycle": "annual", "purchased": "2026-04-20",
                     "amount_eur": 120.0}}

TOPICS = [
    {"q": "How much is my next bill and when does it go out?", "docs": ["doc-1"], "tool": SUB,
     "answers": [("tool-grounded with arithmetic", "Your next charge is €174.00 on 1 June 2026: 6 Team seats at €29 "
                  "each, charged to the Visa ending 4242."),
                 ("terse", "€174 on 2026-06-01 (6 x €29).")],
     "wrong": [("borderline", "wrong total (€186)", "You'll be charged €186 on 1 June for your 6 Team seats."),
               ("clear", "correct bill plus an invented loyalty discount", "€174 on 1 June for 6 Team seats; a 10% "
                "loyalty discount will be applied automatically.")]},
    {"q": "If I upgrade from Starter to Team halfway through the month, what do I pay?", "docs": ["doc-2", "doc-1"],
     "rewrite": "upgrade mid cycle proration",
     "answers": [("close paraphrase", "The upgrade applies straight away and you pay the difference between the "
                  "plans, prorated for the days left in your billing cycle.")],
     "controls": [("answer in Italian to English docs", None, "L'upgrade è immediato: paghi la differenza tra i due "
                   "piani, in proporzione ai giorni rimasti nel ciclo di fatturazione.")],
     "wrong": [("clear", "answer in Italian contradicting the proration rule", "Con l'upgrade paghi subito il "
                "prezzo pieno del piano Team per tutto il mese, senza proporzione."),
               ("clear", "contradicts the proration rule", "Upgrades mid-cycle are free; the new price starts at "
                "your next renewal.")]},
    {"q": "Payment for INV-2026-0412 failed. Will my team lose access?", "docs": ["doc-3"], "tool": INVOICE,
     "answers": [("markdown with headings", "### Invoice INV-2026-0412\n- Amount: **€174.00**, unpaid, due **15 May "
                  "2026**\n- Card retries so far: 2 of 3 (over 7 days)\n\n### What happens next\nIf it is still "
                  "unpaid 14 days after the due date, the workspace becomes read-only. Your data is kept for 90 "
                  "days."),
                 ("terse with ISO dates", "Unpaid: €174, due 2026-05-15, 2 of 3 retries done. Read-only if still "
                  "unpaid 14 days after the due date.")],
     "controls": [("date arithmetic on tool and article figures", "When exactly would we go read-only for "
                   "INV-2026-0412?", "The invoice was due on 15 May 2026, so if it's still unpaid the workspace "
                   "goes read-only 14 days later, on 29 May.")],
     "wrong": [("blatant", "invented deletion and wrong retry count", "After 5 failed retries your workspace and all "
                "its data are deleted after 7 days.")]},
    {"q": "How much would I save per year by paying Starter annually?", "docs": ["doc-1"],
     "answers": [("arithmetic on article figures", "Monthly, Starter is 12 x €12 = €144 a year. Annually you pay for "
                  "10 months, €120, so you save €24.")],
     "wrong": [("borderline", "wrong arithmetic (€36)", "Paying annually saves you €36 a year on Starter.")]},
    {"q": "I forgot to cancel my monthly plan and got charged yesterday. Refund?", "docs": ["doc-5", "doc-7"],
     "answers": [("refusal with a hand-off", "I'm sorry - monthly plans aren't refundable. You can cancel now under "
                  "Billing and keep access until the end of the period you've paid for. If you'd like the billing "
                  "team to look at it, write to billing@ledgerly.io.")],
     "wrong": [("clear", "invented courtesy refund", "Monthly plans aren't normally refundable, but we refund the "
                "last month once as a courtesy - it'll be back on your card in 3 days.")]},
    {"q": "Can you put our VAT number on last month's invoice?", "docs": ["doc-4"],
     "history": [("user", "Our accountant says last month's invoice is missing something."),
                 ("assistant", "Sorry about that - what does the invoice need?")],
     "answers": [("close paraphrase", "Yes - add your VAT ID in Billing settings and invoices from the last 30 "
                  "days can be re-issued with it, with the reverse charge applied.")],
     "wrong": [("borderline", "wrong re-issue window (90 days)", "Add your VAT ID in Billing settings; invoices "
                "from the last 90 days can be re-issued.")]},
    {"q": "We're on monthly Team - can we pay by bank transfer instead of card?", "docs": ["doc-6"],
     "answers": [("table", "| method | monthly Team |\n|---|---|\n| Visa / Mastercard / Amex | yes |\n| SEPA Direct "
                  "Debit (EUR) | yes |\n| Bank transfer | only annual plans above €1,000 |")]},
    {"q": "I bought annual Starter on 20 April - can I still get my money back?", "docs": ["doc-5"], "tool": REFUND,
     "answers": [("tool-grounded reasoning on dates", "Yes: annual plans can be refunded in full within 30 days of "
                  "purchase, and you bought on 20 April 2026, so you're inside the window until 20 May. Ask the "
                  "billing team at billing@ledgerly.io to process the €120 refund.")]},
]

REFUSAL = "I don't have that information in our billing docs. Please contact billing@ledgerly.io."
HANDOFF = ("I can't load your account details right now because our billing system isn't answering. Please try "
           "again in a few minutes, or write to billing@ledgerly.io.")
OFFTOPIC = [
    ("How do I connect Ledgerly to my Shopify store?", ["doc-6", "doc-7"], REFUSAL),
    ("Can I change the currency of my invoices to Swiss francs?", ["doc-4"], "The passages I have only say how "
     "to add a VAT ID and re-issue invoices; they don't cover invoice currency. billing@ledgerly.io can help."),
    ("Is there a nonprofit discount?", ["doc-3", "doc-8"], REFUSAL),
]
TOOL_FAILURES = [
    ("clear", "HTTPStatusError", "503 Service Unavailable from billing-api", None),
    ("blatant", "HTTPStatusError", "500 Internal Server Error", None),
    ("hidden", "", "", {"error": "account service degraded", "http_status": 502}),
]
LONG_HISTORY = [
    ("user", "Hi! A few billing questions for our workspace."),
    ("assistant", "Sure, what would you like to know?"),
    ("user", "What does Team cost per person?"),
    ("assistant", "Team is €29 per user per month."),
    ("user", "And when are invoices sent?"),
    ("assistant", "Invoices are e-mailed on the 1st of each month."),
]
PII = [
    ("clear", "IBAN for SEPA Direct Debit in the question", "Switch us to direct debit from DE89 3704 0044 0532 "
     "0130 00.", None, None),
    ("blatant", "Amex number and e-mail in the question, e-mail repeated in the answer",
     "New card: 3782 822463 10005, receipts to finance@hartwell-studio.de.",
     "You asked for receipts at finance@hartwell-studio.de.", None),
    ("borderline", "card number typed without spaces in the tool call", None, None,
     ("new_card", "4000056655665556")),
    ("clear", "French mobile in national format", "Rappelez-moi au 06 12 34 56 78.", None, None),
    ("control", "masked card, invoice id and account id", "The Visa ending 4242 was charged for INV-2026-0388 on "
     "acct_8F3k2.", None, None),
]


def records(rng: random.Random) -> str:
    """Every invoice line of the account since it opened, pasted whole."""
    return "\n".join(f"INV-{2023 + k // 40}-{k:04d} | {rng.choice(['Starter', 'Team'])} | "
                     f"€{rng.choice([12, 29, 58, 87, 116, 145, 174])}.00 | "
                     f"{rng.choice(['paid', 'paid', 'paid', 'refunded', 'void'])}" for k in range(180))
