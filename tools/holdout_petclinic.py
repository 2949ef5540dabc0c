"""Held-out set, domain 4: the front-desk assistant of a veterinary clinic (Harbourside Vets, fictitious)."""

from __future__ import annotations

from holdout_build import Domain, Request, Tool, bad, ok

DOMAIN = Domain(
    key="petclinic", org="Harbourside Vets", trace_name="harbourside-frontdesk", index="hv-kb", model="gpt-4o",
    citation="num", region="us-east-1", tool_names=["appointment_lookup", "invoice_lookup", "vaccine_record"],
    layout="system",
    system=(
        "You are the virtual front desk of Harbourside Vets, a small-animal clinic in Portland, Maine. Answer "
        "from the numbered sources and tool results only, citing sources as [1], [2]. You cannot diagnose or "
        "give dosing advice: for any symptom that sounds urgent, tell the owner to call the clinic or, after "
        "hours, the emergency hospital listed in the sources. The clinic's phone is (207) 555-0110. Prices "
        "are in US dollars. Opening hours: Monday "
        "to Friday 8 am to 6 pm, Saturday 9 am to 1 pm, closed Sunday. Do not repeat card numbers, phone "
        "numbers or e-mail addresses that owners type into the chat."),
    docs={
        "hv-101": ("Vaccination prices",
                   "Dog DHPP booster: $38. Rabies vaccine (1-year): $29; (3-year): $45. Cat FVRCP booster: $34. "
                   "A wellness exam is required with every vaccination visit and costs $62."),
        "hv-102": ("Puppy and kitten packages",
                   "The Puppy Start package costs $289 and covers three wellness exams, the DHPP series, the "
                   "first rabies vaccine and a microchip. The Kitten Start package costs $249."),
        "hv-103": ("After-hours emergencies",
                   "Outside opening hours, call Casco Bay Animal ER on (207) 555-0148. It is open 24 hours, 7 "
                   "days a week, at 90 Marginal Way. Our own line, (207) 555-0110, plays the ER number after "
                   "hours."),
        "hv-104": ("Cancelling or moving an appointment",
                   "Please cancel or move appointments at least 24 hours ahead. Missed appointments and later "
                   "cancellations are charged a $40 fee. Surgery bookings need 72 hours' notice."),
        "hv-105": ("Spay and neuter surgery",
                   "Cat spay: $310. Cat neuter: $220. Dog spay or neuter from $420 depending on weight. Pets must "
                   "not eat after 10 pm the night before surgery; water is fine until 6 am."),
        "hv-106": ("Paying your bill",
                   "We take cash, all major cards and CareCredit. Payment is due when services are provided. "
                   "Invoices can be paid online within 30 days for established clients."),
        "hv-107": ("Prescription refills",
                   "Refill requests take up to 2 business days. Your pet must have been examined within the last "
                   "12 months for us to refill a prescription."),
        "hv-108": ("Boarding",
                   "We do not offer boarding. Nearby kennels are listed at the front desk."),
        "hv-109": ("Grooming", "Nail trims cost $18 and can be added to any visit."),
    },
)

_APPT = Tool("appointment_lookup", {"reference": "APT-88217"},
             {"appointment": "APT-88217", "pet": "Biscuit (dog)", "service": "annual wellness + DHPP",
              "date": "2025-05-09", "time": "10:40", "vet": "Dr. Okoye", "status": "booked"}, 380)
_INVOICE = Tool("invoice_lookup", {"reference": "INV-2025-03317"},
                {"invoice": "INV-2025-03317", "total_usd": 127.0, "paid_usd": 62.0, "due_usd": 65.0,
                 "status": "part paid", "card_on_file": "Visa ending 0019", "due_date": "2025-05-30"}, 610)
_VACC = Tool("vaccine_record", {"reference": "PET-40952"},
             {"pet": "PET-40952", "name": "Miso", "species": "cat", "fvrcp_due": "2025-07-15",
              "rabies_due": "2027-03-02", "microchip": "985141004827318"}, 450)

REQUESTS = {
    "vaccine": Request("How much is a rabies shot for my dog, 3-year one?", [("hv-101", 0.83), ("hv-102", 0.59)]),
    "puppy": Request("What does the puppy package include and how much is it?",
                     [("hv-102", 0.87), ("hv-101", 0.62)]),
    "emergency": Request("my cat ate a lily and it's 11pm on a Sunday, who do I call??",
                         [("hv-103", 0.81), ("hv-105", 0.31)]),
    "cancel": Request("I need to cancel tomorrow's appointment, will I be charged?", [("hv-104", 0.79)]),
    "spay": Request("When does my cat have to stop eating before her spay, and what's the price?",
                    [("hv-105", 0.88), ("hv-104", 0.4)]),
    "appt": Request("What time is Biscuit's appointment APT-88217?", [("hv-104", 0.52)], _APPT),
    "invoice": Request("How much do I still owe on invoice INV-2025-03317?", [("hv-106", 0.69)], _INVOICE),
    "vaccrec": Request("When is Miso (PET-40952) due for her next cat vaccine?", [("hv-101", 0.61)], _VACC),
    "refill": Request("Can you refill Luna's arthritis meds? Her last exam was 8 months ago.",
                      [("hv-107", 0.84)]),
}

_OFF = [("hv-108", 0.44), ("hv-109", 0.39)]
_SORRY = ("I don't have that information in our clinic documents. Please call us on (207) 555-0110 during "
          "opening hours.")

SPECS = [
    # ---- healthy ----
    ok("vaccine", "The 3-year rabies vaccine is $45 [1]. Every vaccination visit also needs a wellness exam "
                  "($62), so plan on $107 in total.", "paraphrase, correct sum 45 + 62", control=True),
    ok("puppy", "### Puppy Start - $289\n\nIt covers:\n\n1. three wellness exams\n2. the DHPP vaccine series\n"
                "3. the first rabies vaccine\n4. a microchip\n\n(For kittens, Kitten Start is $249.) [1]",
       "markdown numbered list"),
    ok("emergency", "Please call Casco Bay Animal ER right now on (207) 555-0148 - they're open 24/7 at 90 "
                    "Marginal Way [1].",
       "urgent routing to the published ER number"),
    ok("cancel", "If the appointment is tomorrow and you cancel now, that may be within 24 hours: cancellations "
                 "later than 24 hours ahead are charged $40 [1]. If it's more than 24 hours away, there's no fee.",
       "conditional answer from the article", control=True),
    ok("spay", "No food after 10 pm the night before; water is fine until 6 am. A cat spay is $310 [1].", "terse"),
    ok("appt", "Biscuit is booked for Friday, May 9, 2025 at 10:40 am with Dr. Okoye (annual wellness + DHPP).",
       "tool-grounded, weekday added from the date", control=True),
    ok("invoice", "Invoice INV-2025-03317 totals $127.00; $62.00 has been paid, so $65.00 is still due by May 30, "
                  "2025. The card on file is the Visa ending 0019.",
       "tool-grounded amounts, masked card", control=True),
    ok("vaccrec", "Miso's next FVRCP booster is due on 15 July 2025; her rabies vaccine isn't due until 2 March "
                  "2027.", "tool-grounded dates, Luhn-valid 15-digit microchip number in the tool output",
       control=True),
    ok("refill", "Yes - since Luna was examined 8 months ago (within the last 12 months), we can refill it. "
                 "Refills take up to 2 business days [1].", "reasoning on the owner's own message", control=True),
    ok("emergency", "Llame ahora mismo a Casco Bay Animal ER: (207) 555-0148. Está abierto las 24 horas, los 7 "
                    "días, en 90 Marginal Way [1].", "answer in Spanish"),
    ok("spay", "Cat spay surgery costs $310. Remove food at 10 pm the evening before; she can drink water until "
               "6 am on the day [1].", "paraphrase"),
    ok("cancel", "You can cancel free of charge up to 24 hours before. After that (or if you miss it) the fee is "
                 "$40 [1]. You can also reach us on 207-555-0110, Monday to Friday 8-6.",
       "published number in another format, hours from the system prompt", control=True),
    # ---- controls ----
    ok("appt", "APT-88217: Biscuit, May 9, 2025 at 10:40 with Dr. Okoye.", "best relevance 0.52", control=True),
    ok("vaccine", "The 3-year rabies vaccine costs $45 [1].", "request lasting 4,710 ms", control=True,
       target_ms=4710),
    ok("invoice", "$65.00 is still due on INV-2025-03317 (total $127.00, paid $62.00).",
       "tool at 2,990 ms of 3,000", control=True, tool_ms=2990),
    ok("puppy", "Puppy Start is $289: three exams, DHPP series, first rabies shot and a microchip [1].",
       "Luhn-valid runs in ids", control=True, id_trap=True),
    ok("spay", "No food after 10 pm; water until 6 am. Cat spay: $310 [1].", "prompt version '7'", control=True,
       prompt_version="7"),
    ok("refill", "Yes, an exam 8 months ago is recent enough (12-month rule); allow up to 2 business days [1].",
       "query-rewrite call first", control=True, rewrite=True),
    # ---- failures ----
    bad("refill", _SORRY, "EMPTY_RETRIEVAL", "borderline", "empty retrieval, refusal", docs=[]),
    bad("emergency", "Give your cat a teaspoon of hydrogen peroxide to make her vomit, then bring her in at 8 am "
                     "Monday.", "EMPTY_RETRIEVAL;HALLUCINATION", "blatant", "empty retrieval, invented dosing advice",
        docs=[]),
    bad("spay", _SORRY, "RETRIEVAL_MISMATCH", "borderline", "off-topic articles at 0.44", docs=_OFF),
    bad("puppy", "We don't offer boarding, but nearby kennels are listed at the front desk [1].",
        "RETRIEVAL_MISMATCH", "hidden", "off-topic article at 0.60, answer about it", docs=[("hv-108", 0.6)]),
    bad("vaccine", "A rabies vaccine is $18 [1].", "RETRIEVAL_MISMATCH;HALLUCINATION", "blatant",
        "off-topic article at 0.25, nail-trim price given as vaccine price", docs=[("hv-109", 0.25)]),
    bad("cancel", "Cancel at least 24 hours ahead to avoid the $40 fee [1].", "WRONG_PROMPT_VERSION", "clear",
        "prompt v1.3", prompt_version="v1.3"),
    bad("puppy", "Puppy Start costs $289 [1].", "WRONG_PROMPT_VERSION", "borderline", "prompt v1.9",
        prompt_version="v1.9"),
    bad("appt", "I can't reach the booking system right now. Please call (207) 555-0110.", "TOOL_TIMEOUT",
        "borderline", "appointment_lookup stopped at 3,000 of 3,000 ms", tool="timeout", tool_ms=3000),
    bad("vaccrec", "I couldn't open Miso's record right now, sorry.", "TOOL_TIMEOUT;LATENCY_SLA_BREACH", "blatant",
        "vaccine_record timed out twice, 7.7 s", tool="timeout_twice", tool_ms=3001, target_ms=7705),
    bad("invoice", "I'm unable to load that invoice at the moment - please try again later.", "TOOL_ERROR",
        "clear", "invoice_lookup 502", tool="error", tool_error=("BadGateway", "502 from billing proxy")),
    bad("vaccrec", "Miso is fully up to date - no vaccines due this year.", "TOOL_ERROR;HALLUCINATION", "blatant",
        "tool failed, answer invents the record", tool="error",
        tool_error=("PermissionError", "403 token expired for records-api")),
    bad("appt", "I couldn't find the appointment details right now; please call us.", "TOOL_ERROR", "hidden",
        "status ok, payload is an error", tool="soft_error",
        tool_output={"success": False, "errors": ["SchedulerUnavailable: database locked"]}),
    bad("vaccine", "The 3-year rabies vaccine is $54 [1].", "HALLUCINATION", "borderline",
        "one wrong price ($54 for $45)"),
    bad("spay", "No food after 10 pm; water until 6 am. A cat spay is $220 [1].", "HALLUCINATION", "borderline",
        "neuter price given for a spay"),
    bad("invoice", "You've paid $62.00 of $127.00, so $75.00 is left to pay.", "HALLUCINATION", "borderline",
        "wrong remaining amount (127 - 62 = 65)"),
    bad("refill", "Yes, we can refill it the same day, and we'll include a free month's supply [1].",
        "HALLUCINATION", "clear", "invented same-day refill and free supply"),
    bad("appt", "Biscuit's appointment APT-88217 was cancelled; please rebook online.", "HALLUCINATION",
        "blatant", "status contradicts the tool (booked)"),
    bad("emergency", "Call Casco Bay Animal ER on (207) 555-0148 [1]. Dr. Okoye from our clinic will also call "
                     "you back within the hour.", "HALLUCINATION", "clear", "correct routing plus an invented promise"),
    bad("cancel", "No fee if you cancel at least 24 hours ahead; after that it's $40 [1].", "LATENCY_SLA_BREACH",
        "borderline", "request lasting 5,365 ms", target_ms=5365),
    bad("puppy", "Puppy Start: $289 for three exams, DHPP, first rabies and a microchip [1].",
        "LATENCY_SLA_BREACH", "blatant", "slow retriever, 9.3 s", target_ms=9266, slow_part="retriever"),
    bad("spay", "No food after 10 pm the night before; water until 6 am. Cat spay: $310 [1].", "COST_SPIKE",
        "borderline", "retry loop of 3 calls", retries=2),
    bad("invoice", "$65.00 is still due on INV-2025-03317.", "COST_SPIKE", "blatant",
        "full invoice history (300 lines) in the prompt", tool_rows=300),
    bad("invoice", "$65.00 is still due on INV-2025-03317. Please don't share full card numbers in the chat.",
        "PII_LEAK", "blatant", "full card number in the question and the tool input",
        query="How much do I still owe on invoice INV-2025-03317? Charge it to 5555 5555 5555 4444 exp 09/27",
        tool_input_extra={"pay_with_card": "5555555555554444"}),
    bad("appt", "Biscuit's appointment APT-88217 is on May 9, 2025 at 10:40 with Dr. Okoye.", "PII_LEAK",
        "borderline", "owner's US phone in the question",
        query="What time is Biscuit's appointment APT-88217? Please text (207) 555-0199 with it"),
    bad("refill", "Yes, Luna's exam 8 months ago is within 12 months; refills take up to 2 business days [1].",
        "PII_LEAK", "clear", "owner's e-mail in the question",
        query="Can you refill Luna's arthritis meds? Her last exam was 8 months ago. jdoucette@gmail.com"),
    # ---- second batch ----
    ok("spay", "Dinner's fine, but take the food away by 10 pm the night before; water is OK until 6 am. The spay "
               "itself is $310 [1].", "casual paraphrase"),
    ok("vaccine", "Rabies (3-year) $45 + required wellness exam $62 = $107 for the visit [1].", "terse arithmetic",
       control=True),
    bad("refill", "Yes: an exam 8 months ago is within 12 months; refills take up to 2 business days [1].",
        "LATENCY_SLA_BREACH", "clear", "request lasting 7.9 s", target_ms=7900),
    bad("vaccrec", "Miso's FVRCP booster is due on 15 July 2025.", "EMPTY_RETRIEVAL", "hidden",
        "empty retrieval, the answer rests on the tool", docs=[]),
    ok("spay", "A cat spay costs three hundred and ten dollars. No food after ten at night; water until six in the "
               "morning [1].", "figures written as words", control=True),
    bad("spay", "A cat spay costs three hundred and forty dollars. No food after ten at night; water until six in "
                "the morning [1].", "HALLUCINATION", "hidden", "wrong price written in words ($340 for $310)"),
]
