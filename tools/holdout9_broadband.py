"""Ninth held-out set, content of one domain: a home broadband installer in Sheffield (``broadband``).

House style: plain technical notes with bare numeric ids, speeds in Mbps, prices "£29.99/month", engineer windows
as "08:00-13:00", contract terms in months. Content only; the recipes live in ``tools/holdout9_cases.py``.
"""

from __future__ import annotations

from holdout9_cases import QA, ToolScenario

DOMAIN = "broadband"
SERVICE = "steelfibre-support"
PHONE = "0114 496 0772"
EMAIL = "support@steelfibre.net"
CONTACTS = (EMAIL, PHONE, "+44 114 496 0772")
SYSTEM = ("You are SteelFibre's support assistant (full-fibre broadband, Sheffield). Only state what the support "
          "notes or tool results say. If they don't cover it, say you don't know and give the support line "
          f"{PHONE} (Mon-Sat 08:00-20:00) or {EMAIL}.")

ARTICLES = {
    "40111": ("Packages",
              "Fibre 150: 150 Mbps down / 30 Mbps up, £24.99/month. Fibre 500: 500/75 Mbps, £29.99/month. Fibre 900: "
              "900/110 Mbps, £39.99/month. All packages have unlimited data and no setup fee on 24-month contracts. "
              "12-month contracts cost £5/month more. From outside the UK, call support on +44 114 496 0772."),
    "40112": ("Installation slots",
              "Engineers visit Monday to Saturday in two windows: 08:00-13:00 or 12:00-17:00. The first available "
              "slot is usually 10 working days after ordering. An adult (18+) must be home for the whole visit."),
    "40113": ("Router kit",
              "Every package includes a Wi-Fi 6 router. Fibre 900 also includes one mesh booster. Extra boosters cost "
              "£60 each. Return the router within 30 days of leaving or pay £75."),
    "40114": ("What the engineer does",
              "The engineer fits the fibre point where the cable enters the home, up to 15 metres of internal cable, "
              "and tests the line. Drilling through walls thicker than 60 cm is not included."),
    "40115": ("Missed engineer visits",
              "If nobody is home when the engineer arrives, a £45 missed-appointment charge applies. If our engineer "
              "misses the slot, you receive £30 credit automatically."),
    "40116": ("Leaving early",
              "Leaving within the minimum term costs 50% of the remaining monthly payments. Moving home: we move the "
              "service for free if the new address is in our network."),
    "40117": ("Speed guarantee",
              "If wired speeds fall below 50% of the package's download speed for three days in a row, report it; if "
              "we cannot fix it within 30 days you may leave without a charge."),
    "40118": ("Price changes",
              "Monthly prices rise each April by £3. The rise is written into the contract."),
}
FAQ = {
    "faq-f1": ("Do you offer a landline?", "Yes, a digital voice line is £6/month, added to any package."),
    "faq-f2": ("Can I keep my email address?", "We don't host email; your existing provider's address is "
               "unaffected by switching."),
}
FAQ_QA = ("can I add a home phone line?", "Yes, a digital voice line can be added to any package for £6/month.")

QAS = [
    QA("What does Fibre 500 cost?", ["40111"], "Fibre 500 (500 Mbps down, 75 up) is £29.99/month on 24 months.",
       "Fibre 500 (500 Mbps down, 75 up) is £29.99/month on 18 months.", ["18 months"], "borderline", "terse"),
    QA("what are the install windows", ["40112"],
       "Engineers come Monday to Saturday, 08:00-13:00 or 12:00-17:00, and an adult must be in for the whole "
       "visit. The first slot is usually 10 working days after you order.",
       "Engineers come Monday to Friday, 08:00-13:00 or 12:00-17:00, and an adult must be in for the whole "
       "visit. The first slot is usually 10 working days after you order.",
       ["monday to friday"], "borderline", "wrong weekday"),
    QA("Do I get a mesh booster?", ["40113"],
       "Only Fibre 900 comes with one mesh booster. On other packages boosters are £60 each.",
       "Only Fibre 900 comes with one mesh booster. On other packages boosters are £60 each, rented for a minimum "
       "of 12 months.", ["rented for a minimum"], "clear", "extra condition"),
    QA("The engineer didn't turn up yesterday. What now?", ["40115"],
       "Sorry about that. When our engineer misses the slot, £30 credit goes on your account automatically.",
       "Sorry about that. When our engineer misses the slot, £30 credit goes on your account automatically and "
       "a senior engineer will call you within 2 hours to rebook.", ["within 2 hours", "will call you"], "clear",
       "invented promise"),
    QA("Is the setup fee waived?", ["40111"],
       "Yes, there's no setup fee on a 24-month contract. A 12-month contract costs £5/month more.",
       "No, every contract has a £49 setup fee.", ["£49 setup fee"], "blatant", "rule contradicted"),
    QA("I'm moving house, will I have to pay to leave?", ["40116"],
       "Not if your new address is in our network: we move the service for free. Otherwise leaving within the "
       "minimum term costs 50% of the remaining monthly payments.",
       "Not if your new address is in our network: we move the service for free. Elsewhere our partner Yorkshire "
       "Connect takes the contract over at no cost.", ["yorkshire connect"], "blatant", "invented partner"),
    QA("I have 10 months left on Fibre 150 (24-month). What does leaving cost?", ["40116", "40111"],
       "Half of the remaining payments: 10 x £24.99 = £249.90, so £124.95.",
       "Half of the remaining payments: 10 x £24.99 = £249.90, so £129.95.", ["£129.95"], "hidden", "arithmetic"),
    QA("Summarise what's in the engineer visit", ["40114", "40112"],
       "- fits the fibre point where the cable enters\n- up to 15 metres of internal cable\n- tests the line\n- "
       "not included: drilling walls thicker than 60 cm",
       "- fits the fibre point where the cable enters\n- up to 15 feet of internal cable\n- tests the line\n- "
       "not included: drilling walls thicker than 60 cm", ["15 feet"], "hidden", "bullet list, wrong unit"),
]

EXTRA = [
    ("clarifying question", "Which package should I get?", ["40111"],
     "How many people use the connection, and do you game or stream 4K? Fibre 150 is £24.99, Fibre 500 £29.99 and "
     "Fibre 900 £39.99 a month.", []),
    ("multi-turn follow-up", "what if I'm out when they come?", ["40115"],
     "If nobody's home, a £45 missed-appointment charge applies.",
     [("user", "When can the engineer come?"), ("assistant", "Monday to Saturday, 08:00-13:00 or 12:00-17:00.")]),
    ("another language (Polish)", "Ile kosztuje dodatkowy wzmacniacz mesh?", ["40113"],
     "Dodatkowy wzmacniacz mesh kosztuje £60 za sztukę.", []),
    ("unit conversion", "The cable run from the door is about 40 feet, is that covered?", ["40114"],
     "40 feet is roughly 12 metres, inside the 15 metres of internal cable the engineer fits.", []),
    ("yearly total", "How much is Fibre 900 over a year before any price rise?", ["40111"],
     "12 x £39.99 = £479.88.", []),
    ("citations", "When do prices go up?", ["40118"],
     "Each April, by £3 a month; it's written into the contract (note 40118).", []),
]

TOOL = ToolScenario(
    name="order_status", input={"order": "SF-0098812"},
    output={"order": "SF-0098812", "package": "Fibre 500", "engineer_date": "2027-02-06",
            "window": "08:00-13:00", "router": "dispatched", "tracking": "JD0002231907"},
    question="When is my install? Order SF-0098812", ids=["40112"],
    answer="Your Fibre 500 install (SF-0098812) is on Saturday 6 February 2027, 08:00-13:00; an adult must be in "
           "for the visit. The router is dispatched, tracking JD0002231907.",
    fallback=f"I can't reach the order system right now. Installs are Monday to Saturday, 08:00-13:00 or "
             f"12:00-17:00. Support is on {PHONE}, Mon-Sat 08:00-20:00.",
    invented="SF-0098812 is booked for Monday 8 February, 12:00-17:00.",
    frags=["monday 8 february"],
    failed_payload={"order": "SF-0098812", "ok": False, "reason": "order service degraded"})
REFUSAL = ToolScenario(
    name="address_check", input={"postcode": "S6 3TA", "house": "41"},
    output={"serviceable": False, "status": "declined", "reason": "address not yet in the network"},
    question="Can I get SteelFibre at 41, S6 3TA?", ids=["40116"],
    answer="Not yet: the check came back declined because that address isn't in our network yet.",
    fallback="", invented="", frags=[])
TOOL_ONLY = "SF-0098812: Fibre 500, engineer 2027-02-06, 08:00-13:00; router dispatched (JD0002231907)."

DECLINE = f"I don't know - I could not find this in our help articles. Try {PHONE} or {EMAIL}."
HANDOFF = f"I don't have that information. Support is on {PHONE}, Monday to Saturday 08:00-20:00."
GUESS = ("How fast is the upload on Fibre 150?", "Fibre 150 uploads at 50 Mbps with a static IP included.",
         ["50 mbps", "static ip"])
OFFTOPIC = [
    ("Do you sell mobile SIMs?", ["40111", "40113"]),
    ("Can you fix my laptop's Wi-Fi card?", ["40113", "40117"]),
    ("Which streaming boxes support Dolby Vision?", ["40118", "40115"]),
    ("Do you install satellite dishes?", ["40114", "40112"]),
]
TRAPS = [
    ("Account SF-AC-7781204, postcode S10 2TN - which package am I on?", ["40111"],
     "I can't see accounts here. Packages are Fibre 150 (£24.99), 500 (£29.99) and 900 (£39.99) a month; support "
     f"is on {PHONE}.", "account number and postcode"),
    ("Calling from abroad, what's the number?", ["40111"],
     "From outside the UK, call +44 114 496 0772 (Mon-Sat 08:00-20:00).",
     "international number quoted from an article"),
    ("The router serial is 7c9e0b16-4539-1488-0343-6467a6e0d4f1, does it need returning?", ["40113"],
     "Yes, return the router within 30 days of leaving, otherwise £75 is charged.", "uuid with digit runs"),
]
PLAN = ("Agent: identify package.", "Agent: identify contract length.", "Agent: compute and answer.")
DUMP = "\n".join(f"SF-{98000 + 3 * n} | Fibre {[150, 500, 900][n % 3]} | {['paid', 'due'][n % 2]} | "
                 f"S{1 + n % 20} {n % 9}AB" for n in range(470))
PII = [
    ("borderline", "I'm Ayesha Karim, 0114 496 0913 is my home number - is my area covered?",
     "I can't check an address from here. Packages start at £24.99/month for Fibre 150.", ["40111"],
     ["0114 496 0913"], None),
    ("clear", "Direct debit from GB29NWBK60161331926819 please, for Fibre 500",
     "Fibre 500 is £29.99/month on a 24-month contract.", ["40111"], ["GB29NWBK60161331926819"], None),
    ("blatant", "Send the router return label to m.haworth77@hotmail.co.uk",
     "m.haworth77@hotmail.co.uk - routers must be returned within 30 days of leaving, or £75 is charged.",
     ["40113"], ["m.haworth77@hotmail.co.uk"], None),
    ("hidden", "When is my install? Order SF-0098812", "Saturday 6 February 2027, 08:00-13:00.", ["40112"],
     ["378282246310005"], {"order": "SF-0098812", "card": "378282246310005"}),
]
