"""Accuracy of the diagnosis on data it was not shaped on: the labelled evaluation set and HaluEval QA.

Prints, for ``tests/data/evalset`` (traces + ``labels.csv``, written by ``tools/make_evalset.py``): per-code
precision / recall with TP / FP / FN / TN, a code-by-code matrix (rows: codes the label expects, columns:
codes diagnosed; "HEALTHY" is no code), recall by strength, and the misses. For the HaluEval QA sample in
``tests/data/halueval``: each item becomes two traces (the knowledge as the one retrieved document, the
question as the query, the right or the hallucinated answer as the LLM output), HALLUCINATION is the positive
class. Last, personal-data false positives on generated healthy traces with random hex / UUID ids.
Figures are measured, never asserted. Run:
``.venv/bin/python bench/bench_eval.py [--set PATH] [--misses holdout2|...|holdout38]
[--skip-halueval] [--pii-n=N]`` (``--help`` prints this; an unknown option stops the run before anything is scored):
without ``--set`` it prints the dev set (``tests/data/evalset``, the detectors were tuned on it) and then the
held-out set (``tests/data/holdout``, written independently and never used for tuning) under their own headings,
then the second held-out set (``tests/data/holdout2``) and, when it is present, the third (``tests/data/holdout3``).

holdout2 was scored only as totals until the round that read it (208/285, then 221/285 exactly right); from that
round on its misses were read for general causes of errors, so it is no longer unseen: it prints like the
first held-out half, and ``--misses holdout2`` lists its misses. holdout3, written by another author, took its
place as the unseen measure and was scored only as totals (305/378 exactly right before the ``ground2`` rules,
313/378 after them) until the ``ground3`` round, which read its misses for general causes: it is no longer
unseen either, prints like holdout2, and ``--misses holdout3`` lists its misses. ``tests/data/holdout4``,
written by a fourth author, was scored only as totals (233/315 exactly right before the ``ground3`` rules,
238/315 after them) until the ``ground4`` round, which read its misses for general causes (causes kept only when
they also showed in another author's set): it is no longer unseen either, prints like holdout3, and
``--misses holdout4`` lists its misses. ``tests/data/holdout5``, written by a fifth author for issue 16, was scored
only as totals (281/364 exactly right before the ``ground4`` rules, 288/364 after them) until the ``ground5``
round, which read its misses for general causes (a cause kept only where it did not worsen the other authors'
sets): it is no longer unseen either, prints like holdout4, and ``--misses holdout5`` lists its misses.
``tests/data/holdout6``, written by a sixth author, replaced it as the unseen measure and was scored only as totals
(243/305 exactly right before the ``ground6`` round's fitted decision, 248/305 after it); that spent its allowance, so
it is opened for reading from the ``ground7`` round on: it prints like holdout5 and ``--misses holdout6`` lists its
misses. ``tests/data/holdout7``, written by a seventh author for issue 16, is the unseen measure now: it prints under
its own heading, totals only (exact-match rate, per-code precision / recall), never its misses, also with ``--set``.
Its first score, with the ``ground6`` decision merged: 274/353 exactly right, HALLUCINATION precision 0.483, recall
0.853; its second and last by a tuning round, with the ``ground7`` round's final candidate (arithmetic read one step
further, the claim decision refitted on seven read sets with the share of grounded hard facts): 279/353, HALLUCINATION
0.504 / 0.853. That spent its allowance, so it is opened for reading from the ``ground8`` round on: it prints like
holdout6 and ``--misses holdout7`` lists its misses.
``tests/data/holdout8``, written by an eighth author for issue 16, took its place as the unseen measure and was scored
twice (257/314 by the lead, 254/314 with the ``ground8`` candidate, which was not merged): that spent its allowance,
so it is opened for reading from the ``ground9`` round on: it prints like holdout7 and ``--misses holdout8`` lists its
misses. ``tests/data/holdout9``, written by a ninth author
for issue 16 (grooming salon, music school, boat hire, broadband installer, tailor), took its place: totals only,
never its misses, also with ``--set``; scored twice (255/290 by the lead, 257/290 with the final candidate of the
``ground9`` / ``retr9`` stop), so it is spent and opened for reading from the ``ground10`` round on: it prints like
holdout8 and ``--misses holdout9`` lists its misses.
``tests/data/holdout10``, written by a tenth author (climbing wall, e-scooter sharing, chimney sweep, language school,
coach tours), and ``tests/data/holdout11``, written by an eleventh author (piano workshop, veg boxes, ski hire, photo
studio, riding school), were scored twice each as totals (holdout10: 272/305 by the lead, 274/305 with the final
candidate of the ``ground11``-``ground13`` / ``retr10`` / ``pii12`` stop; holdout11: 274/305 by the lead before that
stop's rounds, 275/305 with its final candidate), so they are spent and opened for reading from the round after that
stop on: they print like holdout9, ``--misses holdout10`` and ``--misses holdout11`` list their misses.
``tests/data/holdout12``, written by a twelfth author (bowling alley, tattoo studio, allotment society, window
cleaner, escape rooms), was scored twice as totals (262/320 by the lead with that same final candidate, 268/320 with
the final candidate of the ``ground14``-``ground19`` stop), so it is spent and opened for reading from the round after
that stop on: it prints like holdout11 and ``--misses holdout12`` lists its misses.
``tests/data/holdout13``, written by a thirteenth author (ceramics studio, sailing club, holiday cottages, passport
photo kiosks, mail-order vet pharmacy), was scored twice as totals (272/325 with the final candidate of the
``ground14``-``ground19`` stop, 274/325 with the final candidate of the ``ground20``-``ground24`` stop), so it is spent
and opened for reading from the round after that stop on: it prints like holdout12 and ``--misses holdout13`` lists
its misses.
``tests/data/holdout14``, written by a fourteenth author (community tool library, hearing-aid clinic, wedding florist,
translation agency, beekeeping supplier), was scored twice as totals (254/330 with the final candidate of the
``ground20``-``ground24`` stop, 263/330 with the final candidate of the ``ground26``-``retr21`` stop), so it is spent
and opened for reading from the round after that stop on: it prints like holdout13 and ``--misses holdout14`` lists
its misses.
``tests/data/holdout15``, written by a fifteenth author (roofing contractor, vintage clothing shop, karaoke bar, watch
repair workshop, camper-van hire), was scored twice as totals (265/330 with the final candidate of the
``ground26``-``retr21`` stop, 268/330 with the final candidate of the ``rand18``-``decl23`` stop), so it is spent and
opened for reading from the round after that stop on: it prints like holdout14 and ``--misses holdout15`` lists its
misses.
``tests/data/holdout16``, written by a sixteenth author (surf school, mobile phone repair shop, pet sitter, pottery
supplier, mobile DJ hire), was scored twice as totals (276/335 with the final candidate of the ``rand18``-``decl23``
stop, 278/335 with the final candidate of the ``status20``-``arith20`` stop), so it is spent and opened for reading
from the round after that stop on: it prints like holdout15 and ``--misses holdout16`` lists its misses.
``tests/data/holdout17``, written by a seventeenth author (sea-kayak tours, wool shop, funeral director, blood donor
centre, marina fuel dock), was scored twice as totals (279/340 with the final candidate of the ``status20``-``arith20``
stop, 280/340 with the final candidate of the ``decl25``-``incl26`` stop), so it is spent and opened for reading from
the round after that stop on: it prints like holdout16 and ``--misses holdout17`` lists its misses.
``tests/data/holdout18``, written by an eighteenth author (balloon flights, school uniform shop, model railway shop,
farm vet round, hair salon), was scored twice as totals (298/355 with the final candidate of the ``decl25``-``incl26``
stop, 298/355 again with main at the end of that stop, after the ``equation27``-``pii28`` rounds), so it is spent and
opened for reading from the round after those scores: it prints like holdout17 and ``--misses holdout18`` lists its
misses.
``tests/data/holdout19``, written by a nineteenth author (Gozo dive centre, Christmas-tree farm, lift maintenance firm,
hand bindery, kite-surf shop), was scored twice as totals (314/360 with main at the end of the ``decl25``-``pii28``
stop, 314/360 again with the final candidate of the ``pii29``-``mech29`` stop), so it is spent and opened for reading
from the round after those scores: it prints like holdout18 and ``--misses holdout19`` lists its misses.
``tests/data/holdout20``, written by a twentieth author (Beppu hot-spring bathhouse, Skaftafell glacier guides, Mendoza
winery, Melbourne coffee roaster, St. Paul ice arena), was scored twice as totals (314/370 with the final candidate of
the ``pii29``-``mech29`` stop, 314/370 again with main at the end of that stop, after the ``mend29`` and ``field29``
rounds), so it is spent and opened for reading from the round after those scores: it prints like holdout19 and
``--misses holdout20`` lists its misses.
``tests/data/holdout21``, written by a twenty-first author (Houston scrap-metal yard, Kuala Lumpur pest control, Lyon
picture framer, Nairobi golf club, Dubai mobile car wash), was scored twice as totals (312/370 with main at the end of
the ``pii29``-``mech29`` stop, 315/370 with the final candidate of the ``clause30``-``w30`` stop), so it is spent and
opened for reading from the round after those scores: it prints like holdout20 and ``--misses holdout21`` lists its
misses.
``tests/data/holdout22``, written by a twenty-second author (Seoul PC bang, San Pedro de Atacama night-sky tours,
Kraków tyre workshop, Auckland physiotherapy clinic, São Paulo trampoline park), was scored twice as totals (296/370
with the final candidate of the ``clause30``-``w30`` stop, 296/370 again with the final candidate of the
``decl31``-``mend31`` stop), so it is spent and opened for reading from the round after those scores: it prints like
holdout21 and ``--misses holdout22`` lists its misses.
``tests/data/holdout23``, written by a twenty-third author (Monterrey padel club, Johannesburg go-kart track, Tallinn
web-hosting company, Chiang Mai Thai cooking school, Bengaluru paintball park), was scored twice as totals (323/370
with the final candidate of the ``decl31``-``mend31`` stop, 326/370 with the final candidate of the
``rec33``-``coinc34`` stop), so it is spent and opened for reading from the round after those scores: it prints like
holdout22 and ``--misses holdout23`` lists its misses.
``tests/data/holdout24``, written by a twenty-fourth author (Ubud yoga studio, Aarhus nursery and kindergarten,
Merzouga desert camp, Lagos recording studio, Singapore air-conditioning servicing), was scored twice as totals
(321/370 with the final candidate of the ``rec33``-``coinc34`` stop, 321/370 again with the final candidate of the
``imp42``-``mend42`` stop), so it is spent and opened for reading from the round after those scores: it prints like
holdout23 and ``--misses holdout24`` lists its misses.
``tests/data/holdout25``, written by a twenty-fifth author (Busan archery range, Nairobi half-marathon organiser,
Valencia vehicle inspection station, Queenstown bungee operator, Buenos Aires tango school), was scored twice as
totals (307/370 with the final candidate of the ``imp42``-``mend42`` stop, 313/370 with the final candidate of the
``floor43``-``point43`` stop), so it is spent and opened for reading from the round after those scores: it prints
like holdout24 and ``--misses holdout25`` lists its misses.
``tests/data/holdout26``, written by a twenty-sixth author (Helsinki public sauna, Singapore zoo and Night Safari,
Istanbul bridal boutique, Cape Town deep-sea fishing charter, Montréal circus school), was scored twice as totals
(319/370 with the final candidate of the ``floor43``-``point43`` stop, 320/370 with the final candidate of the
``novel44`` stop), so it is spent and opened for reading from the round after those scores: it prints like holdout25
and ``--misses holdout26`` lists its misses.
``tests/data/holdout27``, written by a twenty-seventh author (Santiago toll motorway, Osaka cram school, Ljubljana
swimming pool, Kuala Lumpur airport lounge, Sheffield snooker club), was scored twice as totals (311/370 with the
final candidate of the ``novel44`` stop, 311/370 again with the final main of the ``read44`` stop), so it is spent and
opened for reading from the round after those scores: it prints like holdout26 and ``--misses holdout27`` lists its
misses.
``tests/data/holdout28``, written by a twenty-eighth author (Budapest fencing club, Kraków board-game café, Taipei cat
café, Melbourne dog-training school, Accra five-a-side pitches), was scored twice as totals (320/370 with the final
candidate of the ``forev45`` stop, 320/370 again with its final main), so it is spent and opened for reading from the
round after those scores: it prints like holdout27 and ``--misses holdout28`` lists its misses.
``tests/data/holdout29``, written by a twenty-ninth author (Medellín tandem paragliding, Porto shoe and leather repair
workshop, Prague car-sharing club, Reykjavík axe-throwing bar, Mumbai cricket nets), was scored twice as totals
(330/370 with the final candidate of the ``decl46`` stop, 330/370 again with its final main), so it is spent and
opened for reading from the round after those scores: it prints like holdout28 and ``--misses holdout29`` lists its
misses.
``tests/data/holdout30``, written by a thirtieth author (Berlin makerspace, Bengaluru tiffin service, Yerevan chess
club, Auckland baby-gear hire, Phuket beach club), was scored twice as totals (320/370 with the final candidate of
the ``tool47`` stop, 320/370 again with its final main), so it is spent and opened for reading from the round after
those scores: it prints like holdout29 and ``--misses holdout30`` lists its misses.
``tests/data/holdout31``, written by a thirty-first author (Seoul self-service laundry, Lyon arthouse cinema, Hanoi
street-food tours, Toronto gym, Nairobi print shop), was scored twice as totals (331/370 with the final candidate of
the ``refusal48`` stop, 331/370 again with its final main), so it is spent and opened for reading from the round after
those scores: it prints like holdout30 and ``--misses holdout31`` lists its misses.
``tests/data/holdout32``, written by a thirty-second author (Santiago home cleaning, Ta' Qali glassblowing studio,
Kiruna husky tours, Istrian truffle hunts, Istanbul pocket Wi-Fi rental), was scored twice as totals in the
``reversed49`` stop (334/370 when it was merged, with the detectors of the stop before, 0bbc2cce; 334/370 again,
every per-code figure unchanged, with the stop's final candidate f4ba5b91), so it is spent and opened for reading
after those scores: it prints like holdout31 and ``--misses holdout32`` lists its misses.
``tests/data/holdout33``, written by a thirty-third author (Lyon mobile knife sharpener, Utrecht repair café,
Christchurch apiary with courses and a honey shop, Lisbon coworking space, Montréal indoor ice rink), was scored twice
as totals at the end of the ``format50`` stop: 310/370 with the stop's final candidate (d5778b14), and 310/370
again, every per-code figure unchanged, with the detectors of the stop's start (be0e9cf0), as the control on the
stop's readings. Both scores are spent, so it is opened for reading from the start of the stop after: it prints like
holdout32 and ``--misses holdout33`` lists its misses.
``tests/data/holdout34``, written by a thirty-fourth author (Brisbane mini-excavator hire, Oslo fast chargers for
electric cars, Cluj-Napoca computer support, Brno towing and roadside assistance, Bogotá legal-advice practice), was
scored twice as totals at the end of the ``first51`` stop: 326/370 with the detectors of the stop's start (bbcaff1c),
the control, and 329/370 with the stop's final candidate (491871e2). Both scores are spent, so it is opened for
reading from the start of the stop after: it prints like holdout33 and ``--misses holdout34`` lists its misses.
``tests/data/holdout35``, written by a thirty-fifth author (Graz multi-storey car park, Austin shared commissary
kitchen, Kyoto kimono rental, Centurion document shredding, Tbilisi airport and intercity transfers), was scored
twice as totals at the end of the ``first52`` stop: 332/370 with the detectors of the stop's start (5dcf8c09), the
control, and 332/370 again, every per-code figure unchanged, with the stop's final candidate (b077d68d). Both scores
are spent, so it is opened for reading from the start of the stop after: it prints like holdout34 and ``--misses
holdout35`` lists its misses.
``tests/data/holdout36``, written by a thirty-sixth author (Milan band rehearsal rooms, Astana driveway snow
clearing, Makati office water dispensers, Haifa home-care equipment rental, Colombo school-van service), was scored
twice as totals at the end of the ``first53`` stop: 351/370 with the detectors of the stop's start (6ba0577a), the
control, and 351/370 again, every per-code figure unchanged, with the stop's final candidate (0c2045b3). Both scores
are spent, so it is opened for reading from the start of the stop after: it prints like holdout35 and ``--misses
holdout36`` lists its misses.
``tests/data/holdout37``, written by a thirty-seventh author (Budapest left-luggage lockers, Aarhus Bykort travel
card, Sheung Wan camera and lens rental, Carmarthenshire horse transport, Ajloun olive press), was scored twice as
totals at the end of the ``first54`` stop: 317/370 with the detectors of the stop's start (6c26b744), the control,
and 317/370 again, every per-code figure unchanged, with the stop's final candidate (c36fd9b6). Both scores are
spent, so it is opened for reading from the start of the stop after: it prints like holdout36 and ``--misses
holdout37`` lists its misses.
``tests/data/holdout38``, written by a thirty-eighth author (Curitiba condominium administrator, Arusha day-trip
safaris, Pokhara trekking agency, Zürich nanny-sharing agency, Wrocław play-centre birthday parties), was scored
twice as totals at the end of the ``first55`` stop: 334/370 with the detectors of the stop's start (986790f0), the
control, and 335/370, one false alarm fewer, with the stop's final candidate (97dbe2f4). Both scores are spent, so it
is opened for reading from the start of the stop after: it prints like holdout37 and ``--misses holdout38`` lists its
misses.
``tests/data/holdout39``, written by a thirty-ninth author (Ho Chi Minh City bubble-tea shop, Exarchia bookshop,
Kaohsiung family arcade, Miraflores pollería, La Marsa ice-cream parlour), was scored twice as totals at the end of
the ``first56`` stop: 333/370 with the detectors of the stop's start (2007027e), the control, and 335/370 with the
stop's final candidate (c4b2fa5d). Both scores are spent; it stays sealed (totals only, never its misses, also with
``--set``) until it is opened for reading at the start of the next stop.
``tests/data/holdout40``, written by a fortieth author (Gangnam laser hair-removal clinic, Subang flight school,
Karlín coding bootcamp, Johari Bazaar jeweller, Laval rent-to-own store), is the unseen measure of the next stop:
sealed, totals only, never its misses, also with ``--set``; not scored yet.

``tools/fit_claim_decision.py`` (the fitted claim decision, refitted by the ``ground7`` round) reads the same read sets
(holdout6 included) and HaluEval's tuning half only; its ``--loso`` figures are the internal estimate, the sealed sets
above the judge. ``tools/attribute_false_alarms.py`` puts each HALLUCINATION verdict on the read sets down to the step
that decided it.

The functions are importable (``sys.path.insert(0, "bench"); from bench_eval import evaluate_set``):
``evaluate_set(path, contract=None, detectors=None) -> DataFrame`` (one row per trace: file, domain, codes,
strength, variation, format, expected, predicted, not_evaluable, correct), ``code_metrics(df)``,
``code_matrix(df)``, ``by_strength(df)``, ``evaluate_halueval(path, half=None|"tune"|"test") -> DataFrame`` with
``binary_scores(df)`` (HaluEval is split by line: even items are the tuning half, odd items the test half, scored
in aggregate only),
``pii_false_positives(n, seed, planted)``.
"""

from __future__ import annotations

import csv
import json
import random
import sys
import time
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from llmops_kit import diagnose, load_contract
from llmops_kit.contract import Contract
from llmops_kit.diagnose import CODES, Detector
from llmops_kit.io import load_trace_records
from llmops_kit.traces import Trace

REPO = Path(__file__).resolve().parents[1]
EVALSET = REPO / "tests" / "data" / "evalset"
HOLDOUT = REPO / "tests" / "data" / "holdout"  # written independently; never used for tuning
HOLDOUT39 = REPO / "tests" / "data" / "holdout39"  # a thirty-ninth author's sealed set: totals only, never its misses
HOLDOUT39_HEADING = "thirty-ninth held-out set: sealed, never read or tuned on, totals only; both scores spent"
HOLDOUT40 = REPO / "tests" / "data" / "holdout40"  # a fortieth author's sealed set: totals only, never its misses
HOLDOUT40_HEADING = "fortieth held-out set: sealed, never read or tuned on, totals only"
#: The read held-out sets, for their headings: each was scored only as totals until a round read its misses for
#: general causes (see the docstring).
ORDINALS = {"holdout2": "second", "holdout3": "third", "holdout4": "fourth", "holdout5": "fifth", "holdout6": "sixth",
            "holdout7": "seventh", "holdout8": "eighth", "holdout9": "ninth", "holdout10": "tenth",
            "holdout11": "eleventh", "holdout12": "twelfth",
            "holdout13": "thirteenth", "holdout14": "fourteenth",
            "holdout15": "fifteenth", "holdout16": "sixteenth", "holdout17": "seventeenth",
            "holdout18": "eighteenth", "holdout19": "nineteenth", "holdout20": "twentieth",
            "holdout21": "twenty-first", "holdout22": "twenty-second",
            "holdout23": "twenty-third", "holdout24": "twenty-fourth",
            "holdout25": "twenty-fifth", "holdout26": "twenty-sixth",
            "holdout27": "twenty-seventh", "holdout28": "twenty-eighth",
            "holdout29": "twenty-ninth", "holdout30": "thirtieth",
            "holdout31": "thirty-first", "holdout32": "thirty-second",
            "holdout33": "thirty-third", "holdout34": "thirty-fourth",
            "holdout35": "thirty-fifth", "holdout36": "thirty-sixth",
            "holdout37": "thirty-seventh", "holdout38": "thirty-eighth"}
READ_HOLDOUTS = tuple(ORDINALS)  # the sets --misses NAME may list, in order
HALUEVAL = REPO / "tests" / "data" / "halueval" / "qa_sample.jsonl"
HEALTHY = "HEALTHY"


def read_labels(path: Path) -> pd.DataFrame:
    """labels.csv as a DataFrame; ``expected`` is the list of codes (empty list = healthy)."""
    with (path / "labels.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if not rows:
        raise ValueError(f"{path / 'labels.csv'} has no rows; regenerate it with tools/make_evalset.py.")
    frame = pd.DataFrame(rows)
    frame["expected"] = [sorted(filter(None, codes.split(";"))) for codes in frame["codes"]]
    return frame


def evaluate_set(path: str | Path = EVALSET, contract: Contract | None = None,
                 detectors: Sequence[Detector] | None = None,
                 domains: frozenset[str] | None = None) -> pd.DataFrame:
    """Diagnose every labelled trace; one row per trace with expected and predicted codes.

    ``contract`` and ``detectors`` go to ``llmops_kit.diagnose`` (defaults: the repository's contract and
    the default detectors), so a candidate detector can be measured on the same set.
    """
    root = Path(path)
    labels = read_labels(root)
    if domains is not None:  # one half of a set (see HOLDOUT_READ / HOLDOUT_SEALED)
        labels = labels[labels["domain"].isin(domains)].reset_index(drop=True)
    contract = contract or load_contract()
    predicted, fired_not_evaluable = [], []
    for rel in labels["file"]:
        traces = load_trace_records(root / rel)
        if len(traces) != 1:
            raise ValueError(f"{root / rel}: expected one trace, found {len(traces)}.")
        diagnosis = diagnose(traces[0], contract, detectors)
        predicted.append(sorted(diagnosis.codes))
        fired_not_evaluable.append(sorted({f.code for f in diagnosis.not_evaluable}))
    labels["predicted"] = predicted
    labels["not_evaluable"] = fired_not_evaluable
    labels["correct"] = [e == p for e, p in zip(labels["expected"], labels["predicted"], strict=True)]
    return labels


def code_metrics(frame: pd.DataFrame, codes: tuple[str, ...] = CODES) -> pd.DataFrame:
    """Per code: TP, FP, FN, TN, precision and recall (a code absent from both sides gives NaN)."""
    rows = []
    for code in codes:
        exp = frame["expected"].map(lambda c, code=code: code in c)
        pred = frame["predicted"].map(lambda c, code=code: code in c)
        tp, fp = int((exp & pred).sum()), int((~exp & pred).sum())
        fn, tn = int((exp & ~pred).sum()), int((~exp & ~pred).sum())
        rows.append({"code": code, "support": tp + fn, "TP": tp, "FP": fp, "FN": fn, "TN": tn,
                     "precision": tp / (tp + fp) if tp + fp else float("nan"),
                     "recall": tp / (tp + fn) if tp + fn else float("nan")})
    healthy_exp = frame["expected"].map(lambda c: not c)
    healthy_pred = frame["predicted"].map(lambda c: not c)
    tp = int((healthy_exp & healthy_pred).sum())
    rows.append({"code": HEALTHY, "support": int(healthy_exp.sum()), "TP": tp,
                 "FP": int((~healthy_exp & healthy_pred).sum()), "FN": int((healthy_exp & ~healthy_pred).sum()),
                 "TN": int((~healthy_exp & ~healthy_pred).sum()),
                 "precision": tp / int(healthy_pred.sum()) if healthy_pred.sum() else float("nan"),
                 "recall": tp / int(healthy_exp.sum()) if healthy_exp.sum() else float("nan")})
    return pd.DataFrame(rows).set_index("code")


def code_matrix(frame: pd.DataFrame, codes: tuple[str, ...] = CODES) -> pd.DataFrame:
    """Rows: a code the label expects (or HEALTHY); columns: a code diagnosed (or HEALTHY); cells: traces."""
    names = [*codes, HEALTHY]
    matrix = pd.DataFrame(0, index=pd.Index(names, name="expected"), columns=pd.Index(names, name="diagnosed"))
    for exp, pred in zip(frame["expected"], frame["predicted"], strict=True):
        for e in exp or [HEALTHY]:
            for p in pred or [HEALTHY]:
                matrix.loc[e, p] += 1
    return matrix


def by_strength(frame: pd.DataFrame) -> pd.DataFrame:
    """Share of traces diagnosed exactly as labelled, by strength (healthy rows and controls included)."""
    strength = frame["strength"].replace("", "healthy")
    return frame.assign(strength=strength).groupby("strength")["correct"].agg(["count", "mean"])


# ---- HaluEval --------------------------------------------------------------------------------------
def halueval_trace(item: dict[str, Any], answer: str, n: int) -> Trace:
    """One HaluEval item as a trace: knowledge as the retrieved document, question as query, answer as output."""
    start = datetime(2025, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=n)
    t = lambda ms: (start + timedelta(milliseconds=ms)).isoformat()  # noqa: E731
    payload = {
        "trace_id": f"halueval-{n:05d}",
        "input": {"query": item["question"]},
        "output": {"answer": answer},
        "spans": [
            {"span_id": "root", "name": "qa", "kind": "chain", "start_time": t(0), "end_time": t(1500),
             "input": {"query": item["question"]}, "output": {"answer": answer}},
            {"span_id": "retrieve", "parent_id": "root", "name": "kb.search", "kind": "retriever",
             "start_time": t(10), "end_time": t(100), "input": {"query": item["question"]},
             "documents": [{"id": "knowledge", "content": item["knowledge"], "score": 0.9}]},
            {"span_id": "llm", "parent_id": "root", "name": "llm.chat", "kind": "llm", "start_time": t(100),
             "end_time": t(1490), "model": "gpt-4o-mini", "model_parameters": {"temperature": 0.0},
             "prompt": {"name": "support-answer", "version": "v2.0"},
             "messages": [{"role": "user", "content": f"{item['knowledge']}\n\nQuestion: {item['question']}"},
                          {"role": "assistant", "content": answer}],
             "output": {"content": answer}, "usage": {"input_tokens": 300, "output_tokens": 20},
             "cost_usd": 0.0001},
        ],
    }
    return Trace.model_validate(payload)


#: HaluEval's two halves by line index: rules may be studied on the tuning half (even lines, misses readable);
#: the test half (odd lines) is scored in aggregate only, never read item by item.
HALUEVAL_HALVES = ("tune", "test")


def evaluate_halueval(path: str | Path = HALUEVAL, contract: Contract | None = None,
                      detectors: Sequence[Detector] | None = None, half: str | None = None) -> pd.DataFrame:
    """One row per answer: whether it is the hallucinated one, and whether HALLUCINATION fired.

    ``half``: "tune" (items on even lines, the half rules may be studied on), "test" (odd lines, scored in
    aggregate only) or None (every item).
    """
    if half is not None and half not in HALUEVAL_HALVES:
        raise ValueError(f"half={half!r}: give 'tune' (even lines), 'test' (odd lines) or None (all items).")
    contract = contract or load_contract()
    rows = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        if half is not None and n % 2 != HALUEVAL_HALVES.index(half):
            continue
        item = json.loads(line)
        for hallucinated, key in ((False, "right_answer"), (True, "hallucinated_answer")):
            diagnosis = diagnose(halueval_trace(item, item[key], 2 * n + hallucinated), contract, detectors)
            rows.append({"item": n, "hallucinated": hallucinated, "flagged": "HALLUCINATION" in diagnosis.codes,
                         "codes": diagnosis.codes})
    return pd.DataFrame(rows)


def binary_scores(frame: pd.DataFrame, truth: str = "hallucinated", guess: str = "flagged") -> dict[str, float]:
    tp = int((frame[truth] & frame[guess]).sum())
    fp = int((~frame[truth] & frame[guess]).sum())
    fn = int((frame[truth] & ~frame[guess]).sum())
    return {"n": len(frame), "accuracy": float((frame[truth] == frame[guess]).mean()),
            "precision": tp / (tp + fp) if tp + fp else float("nan"),
            "recall": tp / (tp + fn) if tp + fn else float("nan")}


# ---- personal-data false positives -----------------------------------------------------------------
def _luhn_run(rng: random.Random) -> str:
    body = [rng.randrange(10) for _ in range(15)]
    total = sum((d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d for i, d in enumerate(reversed(body)))
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def healthy_with_random_ids(rng: random.Random, n: int, planted: float = 0.0) -> Trace:
    """A healthy request whose trace, span and request ids are random hex / UUIDs.

    With ``planted`` > 0, that share of the long ids gets a Luhn-valid 16-digit run (purely random hex holds
    one in about 1 of 10,000 ids), to stress the card check where it usually goes wrong.
    """
    def hex_id(nbytes: int) -> str:
        ident = "".join(f"{rng.randrange(256):02x}" for _ in range(nbytes))
        if nbytes >= 12 and rng.random() < planted:
            at = rng.randrange(0, nbytes * 2 - 16)
            ident = ident[:at] + _luhn_run(rng) + ident[at + 16:]
        return ident

    uuid = hex_id(16)
    request_id = f"{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:]}"
    start = datetime(2025, 2, 1, tzinfo=timezone.utc) + timedelta(seconds=n)
    t = lambda ms: (start + timedelta(milliseconds=ms)).isoformat()  # noqa: E731
    root, ret, llm = hex_id(8), hex_id(8), hex_id(8)
    doc = "Standard delivery takes 3 to 5 business days and is free on orders over 40 euros."
    answer = "Standard delivery takes 3 to 5 business days, and it is free on orders over 40 euros."
    return Trace.model_validate({
        "trace_id": hex_id(16), "metadata": {"request_id": request_id, "span_link": hex_id(16)},
        "input": {"query": "How long does standard delivery take?"}, "output": {"answer": answer},
        "spans": [
            {"span_id": root, "name": "chat", "kind": "chain", "start_time": t(0), "end_time": t(1200),
             "attributes": {"http.request_id": hex_id(12), "session": request_id}},
            {"span_id": ret, "parent_id": root, "name": "kb.search", "kind": "retriever", "start_time": t(5),
             "end_time": t(80), "documents": [{"id": hex_id(12), "content": doc, "score": 0.83}]},
            {"span_id": llm, "parent_id": root, "name": "llm.chat", "kind": "llm", "start_time": t(80),
             "end_time": t(1190), "model": "gpt-4o-mini", "prompt": {"name": "support-answer", "version": "v2.0"},
             "output": {"content": answer}, "usage": {"input_tokens": 900, "output_tokens": 30},
             "cost_usd": 0.00015},
        ],
    })


def pii_false_positives(n: int = 10_000, seed: int = 7, planted: float = 0.0) -> dict[str, int]:
    """How many of ``n`` healthy traces with random ids (``planted``: share of Luhn runs) get a PII_LEAK finding."""
    rng = random.Random(seed)
    contract = load_contract()
    flagged = 0
    with_runs = 0
    for i in range(n):
        trace = healthy_with_random_ids(rng, i, planted)
        text = trace.model_dump_json()
        with_runs += any(len(run) >= 13 for run in "".join(c if c.isdigit() else " " for c in text).split())
        flagged += "PII_LEAK" in diagnose(trace, contract).codes
    return {"traces": n, "with_13plus_digit_runs": with_runs, "pii_leak_findings": flagged}


def _fmt(frame: pd.DataFrame) -> str:
    return frame.to_string(float_format=lambda x: f"{x:.3f}")


#: The held-out set in two halves, split by domain before any result from the sealed half's domains was seen:
#: after the first round of rules (written on the dev set only), the first half was read for general causes
#: of errors; the second half stays sealed (aggregate figures only, never its misses).
HOLDOUT_READ = frozenset({"airline", "admissions", "petclinic", "carrental"})
HOLDOUT_SEALED = frozenset({"energy", "hotel"})
#: Every set whose misses may be read, as (name, folder, domains read or None for all): the dev set, the first
#: held-out set's read half and :data:`READ_HOLDOUTS`. The fitting and attribution scripts read these and no other.
READ_SETS: tuple[tuple[str, Path, frozenset[str] | None], ...] = (
    ("evalset", EVALSET, None), ("holdout-read", HOLDOUT, HOLDOUT_READ),
    *((name, REPO / "tests" / "data" / name, None) for name in READ_HOLDOUTS))


def report_set(path: Path, heading: str, domains: frozenset[str] | None = None, misses: bool = True) -> None:
    """Print the per-code figures, the code matrix, accuracy by strength and format, and the misses of one set."""
    print(f"==== {heading} ({path.relative_to(REPO) if path.is_relative_to(REPO) else path}) ====\n")
    frame = evaluate_set(path, domains=domains)
    print(f"Evaluation set: {len(frame)} traces, {frame['domain'].nunique()} domains, "
          f"{int(frame['expected'].map(len).eq(0).sum())} labelled healthy; "
          f"{int(frame['correct'].sum())} diagnosed exactly as labelled ({frame['correct'].mean():.1%})\n")
    print("Per code (a trace counts once per code it expects or gets):")
    print(_fmt(code_metrics(frame)), "\n")
    print("Code matrix (rows: expected, columns: diagnosed):")
    print(code_matrix(frame).to_string(), "\n")
    print("Exactly right, by strength:")
    print(_fmt(by_strength(frame)), "\n")
    if "format" in frame:
        print("Exactly right, by file format:")
        print(_fmt(frame.groupby("format")["correct"].agg(["count", "mean"])), "\n")
    wrong = frame[~frame["correct"]]
    if not misses:
        print(f"Misses: {len(wrong)} (not listed: the sealed half's misses are never printed)\n")
        return
    print(f"Misses ({len(wrong)}):")
    for row in wrong.itertuples():
        print(f"  {row.file:<34} expected {','.join(row.expected) or HEALTHY:<40} got "
              f"{','.join(row.predicted) or HEALTHY:<40} [{row.strength or 'healthy'}: {row.variation}]")
    print()


def report_totals(path: Path, heading: str) -> None:
    """Print only the totals of a sealed set: exact-match rate and per-code precision / recall, no misses."""
    print(f"==== {heading} ({path.relative_to(REPO) if path.is_relative_to(REPO) else path}) ====\n")
    frame = evaluate_set(path)
    print(f"Evaluation set: {len(frame)} traces, {frame['domain'].nunique()} domains, "
          f"{int(frame['expected'].map(len).eq(0).sum())} labelled healthy; "
          f"{int(frame['correct'].sum())} diagnosed exactly as labelled ({frame['correct'].mean():.1%})\n")
    print("Per code (a trace counts once per code it expects or gets):")
    print(_fmt(code_metrics(frame)[["support", "precision", "recall"]]), "\n")


def _misses_asked(argv: list[str]) -> set[str]:
    """The sets named by ``--misses NAME`` / ``--misses=NAME`` (only read sets list their misses)."""
    names = {arg.split("=", 1)[1] if "=" in arg else (argv[n + 1] if n + 1 < len(argv) else "")
             for n, arg in enumerate(argv) if arg == "--misses" or arg.startswith("--misses=")}
    if names - set(READ_HOLDOUTS):
        raise SystemExit(f"--misses {', '.join(sorted(names - set(READ_HOLDOUTS)))}: only "
                         f"{', '.join(READ_HOLDOUTS)} can be named; the dev "
                         "set and the held-out set's read half always list theirs, sealed sets never do.")
    return names


def _sealed_sets() -> tuple[tuple[Path, str], ...]:
    """The sealed held-out sets with their headings, read when asked (so a test can put a stand-in in a set's
    place): bench_eval prints each of them as totals only, by default and with ``--set``."""
    return ((HOLDOUT39, HOLDOUT39_HEADING), (HOLDOUT40, HOLDOUT40_HEADING))


_OPTIONS = ("--set", "--misses", "--skip-halueval", "--pii-n")


def _check_options(argv: list[str]) -> None:
    """Stop before anything is scored on ``--help`` or an unknown option: a run that ignored a mistyped option would
    fall back to the default run, which prints the sealed sets' totals and spends one of their few scores."""
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        raise SystemExit(0)
    values = {n + 1 for n, arg in enumerate(argv) if arg in ("--set", "--misses")}
    unknown = [arg for n, arg in enumerate(argv)
               if n not in values and arg.split("=", 1)[0] not in _OPTIONS]
    if unknown:
        raise SystemExit(f"bench_eval.py: unknown option(s) {' '.join(unknown)}; it takes {', '.join(_OPTIONS)} "
                         "(--set DIR, --misses NAME, --pii-n=N). Nothing was scored; --help prints the usage.")


def main(argv: list[str]) -> None:
    _check_options(argv)
    _misses_asked(argv)  # a sealed set named with --misses stops the run here, before its totals are printed
    began = time.perf_counter()
    chosen = [arg.split("=", 1)[1] if "=" in arg else (argv[n + 1] if n + 1 < len(argv) else "")
              for n, arg in enumerate(argv) if arg == "--set" or arg.startswith("--set=")]
    if chosen:
        path = Path(chosen[-1]).resolve()
        if not chosen[-1] or not (path / "labels.csv").is_file():
            raise SystemExit(f"--set {chosen[-1] or '(missing)'}: no labels.csv there; give a folder with traces "
                             "and labels.csv, such as tests/data/holdout.")
        sealed = {folder.resolve(): heading for folder, heading in _sealed_sets()}
        if path in sealed:
            report_totals(path, sealed[path])
        elif path == HOLDOUT.resolve():  # its sealed half never lists misses: only the read half's are printed
            report_set(path, "chosen set, whole", misses=False)
            report_set(path, "chosen set, first half (read)", HOLDOUT_READ)
        else:
            named = {(REPO / "tests" / "data" / name).resolve(): name for name in READ_HOLDOUTS}
            report_set(path, "chosen set", misses=path not in named or named[path] in _misses_asked(argv))
    else:
        report_set(EVALSET, "dev set: the detectors were tuned on it")
        report_set(HOLDOUT, "held-out set, whole: the first round of rules never saw it", misses=False)
        report_set(HOLDOUT, "held-out set, first half: read for general causes after the first round",
                   HOLDOUT_READ)
        report_set(HOLDOUT, "held-out set, sealed half: never read, aggregate figures only", HOLDOUT_SEALED,
                   misses=False)
        asked = _misses_asked(argv)
        for name in READ_HOLDOUTS:
            path = REPO / "tests" / "data" / name
            if (path / "labels.csv").is_file():
                report_set(path, f"{ORDINALS[name]} held-out set: totals only until it was read for general causes "
                           "(see the docstring); no longer unseen", misses=name in asked)
        for path, heading in _sealed_sets():
            if (path / "labels.csv").is_file():
                report_totals(path, heading)
    if "--skip-halueval" not in argv and HALUEVAL.exists():
        halu = evaluate_halueval()
        scores = binary_scores(halu)
        print(f"\nHaluEval QA sample: {scores['n']} answers ({scores['n'] // 2} items x right + hallucinated); "
              f"accuracy {scores['accuracy']:.1%}, precision {scores['precision']:.3f}, recall {scores['recall']:.3f}")
        for half, what in (("tune", "even lines, the half rules were studied on"),
                           ("test", "odd lines, scored in aggregate only")):
            part = binary_scores(halu[halu["item"] % 2 == HALUEVAL_HALVES.index(half)])
            print(f"  {half} half ({what}): {part['n']} answers; accuracy {part['accuracy']:.1%}, "
                  f"precision {part['precision']:.3f}, recall {part['recall']:.3f}")
    n = 10_000
    for arg in argv:
        if arg.startswith("--pii-n="):
            n = int(arg.split("=", 1)[1])
    for planted, what in ((0.0, "random hex / UUID ids"), (0.33, "a third of the long ids given a Luhn-valid run")):
        fp = pii_false_positives(n, planted=planted)
        print(f"\nPII on {fp['traces']:,} healthy traces, {what}: {fp['pii_leak_findings']} PII_LEAK findings "
              f"({fp['with_13plus_digit_runs']:,} traces carry a run of 13+ digits)")
    print(f"\n({time.perf_counter() - began:.0f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
