"""Requests whose answer rests on the system prompt or on the customer's own message (or a language switch).

Groundedness has to count every piece of evidence the model saw, not only the retrieved articles: a fact
from the system prompt, a number the customer gave (sometimes combined with an article by simple
arithmetic), an answer in the customer's language to articles written in English. Each entry is a request
plus a supported answer and a contradicted one (the best article score stays at or above the contract's 0.5
floor, so the only question is groundedness); ``tools/make_evalset.py`` appends them to the set after the
main shuffle, so adding them left the earlier files unchanged.
"""

from __future__ import annotations

from evalset_cases import Case

# (domain key, evidence the answer rests on, request with its supported answer, contradicted answer)
MORE: list[tuple[str, str, Case, str]] = [
    ("insurance", "system prompt", Case(
        query="What time do your offices open on Saturdays?",
        docs=[("kb-211", 0.52), ("kb-236", 0.41)],
        answers={"ok": "On Saturdays our offices are open from 9am to 1pm. On weekdays it's 8am to 8pm."},
        swaps=[], invented=""),
     "On Saturdays our offices are open from 9am to 5pm, and on Sundays from 10am to 2pm."),
    ("insurance", "customer's message + article arithmetic", Case(
        query="I'm on Motor Comprehensive and picked a £250 voluntary excess. What do I pay in total if I claim?",
        docs=[("kb-214", 0.86), ("kb-223", 0.44)],
        answers={"ok": "Your total excess would be £400: the compulsory £150 plus the £250 voluntary excess you "
                       "chose [kb-214]. It's taken off the settlement rather than paid to us [kb-214]."},
        swaps=[], invented=""),
     "Your total excess would be £450: the compulsory £200 plus the £250 voluntary excess you chose [kb-214]."),
    ("library", "system prompt", Case(
        query="How many branches does the library have?",
        docs=[("rpl-faq-15", 0.61), ("rpl-faq-18", 0.33)],
        answers={"ok": "Riverside Public Library has three branches: Central, Eastside and Millbrook."},
        swaps=[], invented=""),
     "Riverside Public Library has four branches: Central, Eastside, Millbrook and Northgate."),
    ("library", "customer's message + article arithmetic", Case(
        query="I've got 28 things checked out at the moment. How many more can I borrow?",
        docs=[("rpl-faq-03", 0.83), ("rpl-faq-07", 0.47)],
        answers={"ok": "Adult cards can borrow up to 30 items at a time, so with 28 out you can take 2 more "
                       "[doc-1]."},
        swaps=[], invented=""),
     "Adult cards can borrow up to 30 items at a time, so with 28 out you can take 12 more [doc-1]."),
    ("bank", "customer's message + article", Case(
        query="I'm 31 and my salary of €3,100 is paid into my Giro Plus account every month. Do I pay the fee?",
        docs=[("d3d94468", 0.88), ("45c48cce", 0.39)],
        answers={"ok": "No. Giro Plus is free in every month with incoming payments of at least €2,500, and your "
                       "€3,100 salary is above that, so you pay nothing even though you're over 27."},
        swaps=[], invented=""),
     "Yes. Because you're over 27, you pay the Giro Plus fee of €8.90 every month."),
    ("bank", "system prompt", Case(
        query="Which currency are the amounts in my statements shown in?",
        docs=[("d3d94468", 0.51), ("8f14e45f", 0.42)],
        answers={"ok": "Amounts are shown in euros."},
        swaps=[], invented=""),
     "Amounts are shown in euros, with a Swiss franc equivalent for customers living in Switzerland."),
    ("hospital", "system prompt", Case(
        query="My mother suddenly has chest pain and is sweating. What should we do?",
        docs=[("kb-504", 0.53), ("kb-501", 0.31)],
        answers={"ok": "This could be an emergency. Please call 108 straight away or bring her to our Emergency "
                       "department now. I can't give medical advice here."},
        swaps=[], invented=""),
     "Please call 108 straight away; an ambulance reaches any address in Bengaluru within 8 minutes."),
    ("hospital", "customer's message + article", Case(
        query="I had a first consultation with Dr. Rao on Monday. If I go back this Friday, do I pay again?",
        docs=[("kb-507", 0.87), ("kb-504", 0.49)],
        answers={"ok": "No. Friday is within 10 days of Monday's first consultation, so the follow-up is free "
                       "[kb-507]."},
        swaps=[], invented=""),
     "Yes. A follow-up in a different week is charged again at ₹900 [kb-507]."),
    ("games", "system prompt", Case(
        query="Are the prices on your site in US or Canadian dollars?",
        docs=[("kb-410", 0.54), ("kb-413", 0.38)],
        answers={"ok": "Our prices are in US dollars."},
        swaps=[], invented=""),
     "Prices are in Canadian dollars for visitors from Canada and in US dollars for everyone else."),
    ("games", "customer's message + articles", Case(
        query="I'm trading in 3 games, all in their cases with the inserts. I'm not a Pro member. Full value?",
        docs=[("kb-404", 0.9), ("kb-413", 0.58)],
        answers={"ok": "Yes. Games in their case with all inserts get full trade-in value [kb-404]. As you're "
                       "not a Pro member, there's no 10% extra credit [kb-413]. Bring a government photo ID "
                       "[kb-404]."},
        swaps=[], invented=""),
     "You'll get 50% of the listed value for each of the 3 games, because you're not a Pro member [kb-404]."),
    ("telco", "articles, answered in the customer's language", Case(
        query="Bonjour, je pars en Italie avec le forfait 20 Go. Combien de data puis-je utiliser là-bas ?",
        docs=[("T-104", 0.79), ("T-109", 0.55)],
        answers={"ok": "Bonjour ! En Italie, l'itinérance est incluse sans frais supplémentaires. Avec le forfait "
                       "20 Go, votre enveloppe dans l'UE est de 12 Go par mois ; au-delà, la data coûte 2,50 € "
                       "par Go [1]."},
        swaps=[], invented=""),
     "Bonjour ! En Italie, vous pouvez utiliser tout votre forfait de 20 Go sans frais supplémentaires [1]."),
    ("telco", "customer's message + article arithmetic", Case(
        query="I'm on Telvia 20 Go and want to add 10 GB this month. What's the cheapest way?",
        docs=[("T-126", 0.86), ("T-109", 0.5)],
        answers={"ok": "Two 5 GB top-ups would cost €10, the same as one 20 GB top-up at €10, so the 20 GB "
                       "top-up gives you more data for the same price [1]. Top-ups last until the end of the "
                       "billing month [1]."},
        swaps=[], invented=""),
     "Two 5 GB top-ups cost €6 in total, which is cheaper than the 20 GB top-up at €10 [1]."),
]
