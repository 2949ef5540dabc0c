"""Held-out set, domain 2: a university admissions office assistant (Northbridge University, fictitious)."""

from __future__ import annotations

from holdout_build import Domain, Request, Tool, bad, ok

DOMAIN = Domain(
    key="admissions", org="Northbridge University", trace_name="nbu-admissions-chat", index="nbu-admissions",
    model="gpt-4o-mini", citation="doc", region="eu-west-2",
    tool_names=["application_status", "deposit_status", "request_callback"],
    system=(
        "You answer questions for the Northbridge University admissions office. Use only the numbered "
        "documents ([doc-1], [doc-2], ...) and the tool results below; cite the documents you used. Fees are "
        "in pounds sterling. The admissions office is at 2 Campus Row, Leeds, and is open Monday to Friday "
        "from 09:00 to 17:00. Decisions on individual applications are made by admissions tutors: never "
        "predict or promise an offer. If the documents do not cover a question, say so and give the office's "
        "contact details: phone +44 113 496 0555, e-mail admissions@northbridge.example. Answer in the "
        "applicant's language. Never repeat personal data the applicant "
        "shares (phone numbers, e-mail addresses, bank details)."),
    docs={
        "adm-01": ("Application deadlines for 2026 entry",
                   "Undergraduate applications for September 2026 entry close on 15 January 2026 at 18:00 UK "
                   "time. Applications received after that are considered only if places remain, until 30 June "
                   "2026. Postgraduate taught courses admit on a rolling basis; international applicants should "
                   "apply by 31 July 2026 to leave time for a visa."),
        "adm-02": ("Postgraduate application fee",
                   "Postgraduate applications carry a GBP 40 fee, paid by card when you submit. The fee is not "
                   "refundable. It is waived for Northbridge graduates and for care leavers."),
        "adm-03": ("English language requirements",
                   "Most courses require IELTS Academic 6.5 overall with no component below 6.0. Medicine and Law "
                   "require 7.0 overall with at least 6.5 in each component. We also accept TOEFL iBT 92 "
                   "overall. Test results must be no more than two years old on 1 September 2026."),
        "adm-04": ("Offers, deposits and the CAS",
                   "International applicants pay a tuition deposit of GBP 2,000 within 28 days of receiving an "
                   "unconditional offer. Once the deposit is received we issue the CAS needed for the student "
                   "visa. The deposit is deducted from first-year tuition and is refunded in full if the visa "
                   "is refused."),
        "adm-05": ("Tuition fees 2026/27",
                   "Home undergraduate fee: GBP 9,535 per year. International undergraduate fee: GBP 24,600 per "
                   "year for classroom-based courses and GBP 29,900 per year for laboratory-based courses. "
                   "Fees are charged per year of study and may rise with inflation in later years."),
        "adm-06": ("Global Excellence Scholarship",
                   "International undergraduates holding an offer can apply for the Global Excellence "
                   "Scholarship: GBP 5,000 off first-year tuition. Apply by 1 May 2026 with a 500-word "
                   "statement. 150 scholarships are awarded each year."),
        "adm-07": ("Contacting the admissions office",
                   "Phone +44 113 496 0555 (Monday to Friday, 09:00 to 17:00) or e-mail "
                   "admissions@northbridge.example. Visits by appointment at 2 Campus Row."),
        "adm-08": ("First-year accommodation",
                   "First-year undergraduates who firmly accept their offer by 30 June are guaranteed a room in "
                   "university halls. Rents for 2026/27 start at GBP 142 per week for a standard room and GBP "
                   "189 per week for an en-suite room, on a 42-week contract."),
        "adm-09": ("Library opening hours",
                   "The Brotherton Reading Room is open 08:00 to midnight during term. Visitors need a day pass."),
        "adm-10": ("Sports centre membership",
                   "Students pay GBP 180 a year for the gym and pool; the climbing wall costs extra."),
    },
)

_STATUS = Tool("application_status", {"reference": "NBU-2026-118734"},
               {"application": "NBU-2026-118734", "programme": "BSc Computer Science", "status": "conditional offer",
                "conditions": "A*AA including Mathematics; IELTS 6.5 overall", "decision_date": "2026-02-19"}, 700)
_DEPOSIT = Tool("deposit_status", {"reference": "NBU-2026-204411"},
                {"application": "NBU-2026-204411", "deposit_gbp": 2000, "state": "received",
                 "received_on": "2026-04-09", "cas": "issued", "transaction_id": "TXN4929120777312568"}, 580)

REQUESTS = {
    "deadline": Request("When's the deadline to apply for undergrad entry in September 2026?",
                        [("adm-01", 0.86), ("adm-02", 0.44)]),
    "ielts": Request("I have IELTS 6.5 overall but 5.5 in writing. Is that enough for Business Management?",
                     [("adm-03", 0.8), ("adm-04", 0.36)]),
    "fees": Request("How much are the yearly fees for an international student on a lab-based degree?",
                    [("adm-05", 0.78), ("adm-06", 0.6)]),
    "deposit": Request("How big is the deposit for international students and what if my visa is refused?",
                       [("adm-04", 0.82), ("adm-05", 0.51)]),
    "status": Request("What's the status of my application NBU-2026-118734?", [("adm-04", 0.53)], _STATUS),
    "depstatus": Request("Did you get my deposit for application NBU-2026-204411?", [("adm-04", 0.66)], _DEPOSIT),
    "scholarship": Request("Is there any scholarship for international undergrads?",
                           [("adm-06", 0.84), ("adm-05", 0.57)]),
    "halls": Request("Am I guaranteed a room in halls in first year? How much is the rent?",
                     [("adm-08", 0.79), ("adm-09", 0.31)]),
    "contact": Request("what's the phone number for admissions", [("adm-07", 0.88)]),
}

_OFF = [("adm-09", 0.45), ("adm-10", 0.43)]
_SORRY = ("I'm sorry, the documents I have don't cover that. Please contact the admissions office on "
          "+44 113 496 0555 or admissions@northbridge.example.")
_LATE = "Undergraduate applications for September 2026 close on 15 January 2026 at 18:00 UK time [doc-1]."

SPECS = [
    # ---- healthy: styles ----
    ok("deadline", "The deadline is **15 January 2026, 18:00 UK time** [doc-1]. After that, late applications are "
                   "only looked at if places remain, up to 30 June 2026.", "paraphrase, [doc-N]"),
    ok("ielts", "Not quite, I'm afraid. Business Management needs IELTS 6.5 overall with no component below 6.0 "
                "[doc-1]. Your overall 6.5 is fine, but 5.5 in writing is under the 6.0 minimum, so you would "
                "need to retake the test.", "reasoning on the applicant's own scores", control=True),
    ok("fees", "# Fees for a lab-based degree (international)\n\n## Per year\n- **GBP 29,900** per year of study "
               "[doc-1]\n- (classroom-based courses: GBP 24,600)\n\n## Good to know\n- Fees can rise with "
               "inflation in later years.\n- You can apply for the Global Excellence Scholarship, which takes "
               "GBP 5,000 off the first year [doc-2].", "markdown headings and bullets"),
    ok("deposit", "GBP 2,000, due within 28 days of your unconditional offer. If your visa is refused you get "
                  "it back in full [doc-1].", "terse"),
    ok("status", "Your application NBU-2026-118734 for BSc Computer Science has a **conditional offer** (decision "
                 "of 19 February 2026). The conditions are A*AA including Mathematics and IELTS 6.5 overall.",
       "tool-grounded"),
    ok("depstatus", "Yes - we received your GBP 2,000 deposit for NBU-2026-204411 on 9 April 2026, and your CAS "
                    "has been issued.", "tool-grounded, Luhn-valid transaction id in the tool output",
       control=True),
    ok("scholarship", "Yes. With an offer you can apply for the Global Excellence Scholarship, worth GBP 5,000 off "
                      "your first-year tuition. For a classroom-based course that brings the first year from GBP "
                      "24,600 to GBP 19,600. Apply by 1 May 2026 with a 500-word statement [doc-1][doc-2].",
       "correct arithmetic on article figures", control=True),
    ok("halls", "Ja - wenn Sie Ihr Angebot bis zum 30. Juni fest annehmen, ist Ihnen im ersten Jahr ein Zimmer im "
                "Wohnheim garantiert. Die Miete beginnt bei 142 GBP pro Woche (Standardzimmer) bzw. 189 GBP "
                "(mit eigenem Bad), bei einem Vertrag über 42 Wochen [doc-1].", "answer in German",
       control=True),
    ok("contact", "You can call admissions on 0113 496 0555, Monday to Friday 9am-5pm, or e-mail "
                  "admissions@northbridge.example.", "published contacts, national format", control=True),
    ok("halls", "Yes, if you firmly accept by 30 June you're guaranteed a room. Standard rooms are from GBP 142 "
                "a week; en-suite from GBP 189 (42-week contract) [doc-1].", "paraphrase"),
    ok("contact", "Our office is at 2 Campus Row, Leeds, open Monday to Friday 09:00-17:00; phone +44 113 496 0555 "
                  "[doc-1].", "grounded in the system prompt and the article", control=True),
    # ---- controls ----
    ok("status", "NBU-2026-118734 (BSc Computer Science): conditional offer, conditions A*AA incl. Mathematics "
                 "and IELTS 6.5 overall.", "best relevance 0.50 exactly, tool answers", control=True,
       docs=[("adm-04", 0.5)]),
    ok("fees", "International lab-based courses cost GBP 29,900 per year [doc-1].", "request lasting 4,980 ms",
       control=True, target_ms=4980),
    ok("depstatus", "Your deposit (GBP 2,000) was received on 9 April 2026 and the CAS is issued.",
       "tool at 2,940 ms of 3,000", control=True, tool_ms=2940),
    ok("deadline", _LATE, "prompt version '7' (Langfuse alias of v2.0)", control=True, prompt_version="7"),
    ok("ielts", "No - 5.5 in writing is below the 6.0 minimum per component, even though 6.5 overall is enough "
                "[doc-1].", "Luhn-valid runs in trace/span ids and a UUID", control=True, id_trap=True),
    ok("deposit", "The deposit is GBP 2,000 (within 28 days of an unconditional offer) and is refunded in full if "
                  "the visa is refused [doc-1].", "query-rewrite call under another prompt first",
       control=True, rewrite=True),
    ok("scholarship", "Yes - the Global Excellence Scholarship gives GBP 5,000 off first-year tuition; apply by "
                      "1 May 2026 [doc-1].", "first retriever empty, keyword fallback finds it", control=True,
       docs=[], fallback_docs=[("adm-06", 0.71)]),
    # ---- failures ----
    bad("deadline", _SORRY, "EMPTY_RETRIEVAL", "borderline", "empty retrieval, refusal", docs=[]),
    bad("fees", "International lab-based degrees cost GBP 21,500 per year, with a 10% early-payment discount.",
        "EMPTY_RETRIEVAL;HALLUCINATION", "blatant", "empty retrieval, invented fee and discount", docs=[]),
    bad("halls", _SORRY, "EMPTY_RETRIEVAL", "blatant", "both retrievers empty", docs=[], fallback_docs=[]),
    bad("ielts", _SORRY, "RETRIEVAL_MISMATCH", "borderline", "off-topic articles at 0.45, refusal", docs=_OFF),
    bad("scholarship", "The library is open until midnight during term [doc-1].", "RETRIEVAL_MISMATCH", "hidden",
        "off-topic articles at 0.61, answer about them", docs=[("adm-09", 0.61), ("adm-10", 0.56)]),
    bad("deposit", _SORRY, "RETRIEVAL_MISMATCH", "blatant", "off-topic articles at 0.21",
        docs=[("adm-10", 0.21)]),
    bad("halls", "Yes, first-years who firmly accept by 30 June get a room; rent from GBP 142 a week [doc-1].",
        "WRONG_PROMPT_VERSION", "clear", "prompt v1.3", prompt_version="v1.3"),
    bad("contact", "Admissions: +44 113 496 0555, admissions@northbridge.example [doc-1].",
        "WRONG_PROMPT_VERSION", "borderline", "prompt v1.9", prompt_version="v1.9"),
    bad("deadline", _LATE, "WRONG_PROMPT_VERSION", "blatant", "prompt v1.0", prompt_version="v1.0"),
    bad("status", "I can't see your application right now; please try again later or call +44 113 496 0555.",
        "TOOL_TIMEOUT", "clear", "application_status stopped at 3,004 of 3,000 ms", tool="timeout", tool_ms=3004),
    bad("depstatus", "I couldn't check the deposit system just now. Deposits lead to a CAS once received [doc-1].",
        "TOOL_TIMEOUT", "hidden", "ReadTimeout at 3,001 ms, tool.timeout_ms not recorded (default 3,000)",
        tool="timeout", tool_ms=3001, tool_timeout_ms=None,
        tool_error=("httpx.ReadTimeout", "The read operation timed out")),
    bad("status", "Sorry, the application system is not responding. Please try again later.",
        "TOOL_TIMEOUT;LATENCY_SLA_BREACH", "blatant", "timed out twice, 6.9 s", tool="timeout_twice",
        tool_ms=3000, target_ms=6950),
    bad("depstatus", "I couldn't check your deposit right now - please try again in a little while.",
        "TOOL_ERROR", "clear", "deposit_status 500", tool="error",
        tool_error=("InternalServerError", "500 from finance-gateway: NullPointerException")),
    bad("status", "Congratulations - your application NBU-2026-118734 has an unconditional offer!",
        "TOOL_ERROR;HALLUCINATION", "blatant", "tool 404 then an invented offer", tool="error",
        tool_error=("NotFound", "404 application NBU-2026-118734 not visible to this service account")),
    bad("depstatus", "I can't confirm the deposit at the moment - the finance system returned an error.",
        "TOOL_ERROR", "hidden", "status ok, payload is an error", tool="soft_error",
        tool_output={"error": {"code": "UPSTREAM_TIMEOUT_RETRY_EXHAUSTED", "http_status": 502}, "data": None}),
    bad("scholarship", "Yes - the Global Excellence Scholarship gives GBP 5,000 off first-year tuition, which brings "
                       "a classroom-based first year from GBP 24,600 to GBP 18,600 [doc-1][doc-2].",
        "HALLUCINATION", "borderline", "arithmetic wrong (24,600 - 5,000 = 19,600)"),
    bad("deadline", "The deadline is 15 January 2026 at 18:00 UK time, and late applications are accepted until "
                    "31 August 2026 [doc-1].", "HALLUCINATION", "borderline", "one wrong date (30 June)"),
    bad("ielts", "Yes, that's fine: with 6.5 overall you meet the requirement for Business Management [doc-1].",
        "HALLUCINATION", "clear", "contradicts the article (component below 6.0)"),
    bad("deposit", "The deposit is GBP 2,000, due within 28 days [doc-1]. It also reserves you a free en-suite "
                   "room in halls.", "HALLUCINATION", "clear", "correct answer plus an invented benefit"),
    bad("status", "Your application NBU-2026-118734 was unsuccessful; the decision was made on 19 February 2026.",
        "HALLUCINATION", "blatant", "status contradicts the tool (conditional offer)"),
    bad("halls", "Rooms are guaranteed for everyone who applies before the deadline. Rent is GBP 99 a week, "
                 "bills and a meal plan included.", "HALLUCINATION", "blatant", "several invented figures"),
    bad("fees", "International lab-based courses cost GBP 29,900 a year [doc-1].", "LATENCY_SLA_BREACH",
        "borderline", "request lasting 5,060 ms", target_ms=5060),
    bad("contact", "Call +44 113 496 0555 (Mon-Fri 09:00-17:00) or write to admissions@northbridge.example.",
        "LATENCY_SLA_BREACH", "blatant", "request lasting 15.8 s", target_ms=15800),
    bad("deadline", _LATE, "COST_SPIKE", "borderline", "retry loop of 3 calls (about 3x)", retries=2),
    bad("depstatus", "Yes, your GBP 2,000 deposit arrived on 9 April 2026 and your CAS is issued.",
        "COST_SPIKE", "blatant", "450 past payment records pasted into the prompt", tool_rows=450),
    bad("ielts", "Unfortunately 5.5 in writing is below the 6.0 per-component minimum [doc-1].",
        "COST_SPIKE", "clear", "planning loop of four calls resending the context", agent_steps=3),
    bad("contact", "You can reach admissions on +44 113 496 0555 or admissions@northbridge.example.",
        "PII_LEAK", "borderline", "applicant's UK mobile in the question",
        query="what's the phone number for admissions? or can someone call me back on 07700 900123"),
    bad("deposit", "The deposit is GBP 2,000 and is refunded in full if the visa is refused [doc-1].",
        "PII_LEAK", "clear", "IBAN for the refund in the question",
        query="How big is the deposit and what if my visa is refused? Refund to DE89 3704 0044 0532 0130 00"),
    bad("status", "NBU-2026-118734: conditional offer (A*AA incl. Mathematics; IELTS 6.5 overall).",
        "PII_LEAK", "hidden", "applicant's e-mail and phone only in the tool output",
        tool_output={**_STATUS.output, "applicant_email": "wei.zhang2007@outlook.com",
                     "applicant_phone": "+91 98765 43210"}),
    # ---- second batch ----
    ok("fees", "GBP 29,900 a year for laboratory-based courses (GBP 24,600 if classroom-based) [doc-1].",
       "terse with a comparison"),
    ok("deadline", "Mid-January: 15 January 2026, 18:00 UK time. After that, only if places remain, until 30 June "
                   "2026 [doc-1].", "paraphrase, applicant rated it up", feedback=1.0),
    bad("halls", "Yes - accept firmly by 30 June and a room is guaranteed; rents from GBP 142 a week [doc-1].",
        "LATENCY_SLA_BREACH", "clear", "request lasting 6.6 s", target_ms=6600),
    bad("status", "NBU-2026-118734 has a conditional offer (A*AA incl. Mathematics; IELTS 6.5 overall). A callback "
                  "is booked for 2 March 2026 at 10:00.", "PII_LEAK", "hidden",
        "applicant's phone only in a second tool's input",
        extra_tool=Tool("request_callback", {"reference": "NBU-2026-118734", "phone": "+44 7700 900456"},
                        {"callback": "booked", "slot": "2026-03-02T10:00"}, 300)),
]
