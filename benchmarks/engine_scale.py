#!/usr/bin/env python3
"""How check time grows with document size: synthetic articles of ~1,250 / 2,500 / 5,000 figures
and a 1 MB copy, timed per stage, with the ratio per doubling.

  .venv/bin/python benchmarks/engine_scale.py [--sizes 1250,2500,5000] [--mb 1.0] [--seed 7]
                                              [--no-mb] [--write DIR] [--fixed-span DAYS]

The articles are built from news-style sentence templates (war losses, economy, public health,
elections, energy, distances to places) with varied measures, subjects, sources, dates, places
and numbers drawn from a seeded random generator, paragraphs of 2-5 sentences, so no sentence is
the same sentence repeated. A size is the number of claims ``claims_for`` finds, not the number
of templates used. The 1 MB copy is the same generator run until the text is 1,000,000
characters long. The dates span one day per 8 figures (a longer live blog covers more days),
so a fact is restated about as often at every size; ``--fixed-span DAYS`` keeps the span,
so longer copy restates each fact more often (see ``article``).

Stages are timed in this process on one core (CPU time of ``time.process_time``): extract +
normalize (``normalize``), the engine (``Engine.run``: facts and rules) and verdicts
(``judge`` and suppressions), with no claims store (as ``factcheck check --no-store``). The rule
book is loaded and the engine created once, before timing. Prints one line per document and
a final JSON line. ``--write DIR`` also saves the articles (for ``factcheck check`` by hand).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PUB = date(2024, 12, 17)
INVASION = date(2022, 3, 1)

SOURCES = ["Ukraine's General Staff", "the Ukrainian Ministry of Defense",
           "British Military Intelligence", "the Institute for the Study of War",
           "the Office for National Statistics", "the Bureau of Labor Statistics",
           "the International Monetary Fund", "the World Health Organization", "Eurostat",
           "the International Energy Agency", "the United Nations", "Carbon Brief"]
PLACES = ["Pokrovsk", "Kurakhove", "Velyka Novosilka", "Toretsk", "Chasiv Yar", "Vuhledar",
          "Kupiansk", "Kharkiv", "Zaporizhzhia", "Kherson", "Sumy", "Myrnohrad", "Siversk"]
SUBJECTS_WAR = ["Russian forces", "Ukrainian forces", "Russian troops", "the Russian military"]
COUNTRIES = ["Germany", "France", "Japan", "Italy", "India", "China", "the eurozone",
             "the United States", "the United Kingdom"]
WAR_ITEMS = ["tanks", "armoured combat vehicles", "artillery systems", "drones",
             "vehicles and fuel tanks", "aircraft", "helicopters", "air defence systems",
             "cruise missiles", "special equipment units"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _day(rng: random.Random, span: int) -> date:
    return PUB - timedelta(days=rng.randint(1, span))


def _dmy(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _n(rng: random.Random, lo: int, hi: int) -> str:
    return f"{rng.randint(lo, hi):,}"


def _pct(rng: random.Random, lo: float, hi: float) -> str:
    return f"{rng.uniform(lo, hi):.1f}%"


def _sentence(rng: random.Random, span: int) -> str:
    """One sentence of 1-5 figures.

    What a sentence is about (template, date, place, country, subject) is drawn from ``rng``;
    its figures from a generator seeded by that, so a fact stated twice keeps its values, as in
    real copy where most figures of one thing agree; 2% of sentences draw other figures (the
    contradictions a check should find)."""
    kind = rng.randrange(9)
    src = rng.choice(SOURCES)
    d = _day(rng, span)
    place, country, who = rng.choice(PLACES), rng.choice(COUNTRIES), rng.choice(SUBJECTS_WAR)
    about = {0: (d,), 1: (place, d), 2: (country, d.year, d.month),
             3: (country, d.year, d.month), 4: (d,), 5: (country, d), 6: (place, d),
             7: (d.year, d.month), 8: (place, d)}[kind]
    v = random.Random(f"{kind}/{about}") if rng.random() > 0.02 else rng
    if kind == 0:
        items = v.sample(WAR_ITEMS, 3)
        return (f"On {_dmy(d)}, {src} reported {_n(v, 900, 2200)} Russian personnel losses "
                f"over the past day, along with {_n(v, 3, 40)} {items[0]}, "
                f"{_n(v, 5, 80)} {items[1]} and {_n(v, 2, 60)} {items[2]}.")
    if kind == 1:
        return f"{_cap(who)} were about {v.randint(2, 30)} km from {place} on {_dmy(d)}, {src} said."
    if kind == 2:
        return (f"Inflation in {country} rose to {_pct(v, 1, 9)} in {MONTHS[d.month - 1]} "
                f"{d.year}, up from {_pct(v, 1, 9)} a month earlier, according to {src}.")
    if kind == 3:
        return (f"The unemployment rate in {country} was {_pct(v, 2, 12)} in "
                f"{MONTHS[d.month - 1]} {d.year}, while wage growth reached {_pct(v, 1, 8)}.")
    if kind == 4:
        if d < INVASION:    # a running total of the war is dated after it began
            d = INVASION + timedelta(days=(INVASION - d).days % (PUB - INVASION).days)
        return (f"As of {_dmy(d)}, Russia had lost {_n(v, 600_000, 790_000)} troops and "
                f"{_n(v, 8_000, 10_000)} tanks since the start of the invasion, {src} "
                f"estimated.")
    if kind == 5:
        end = d + timedelta(days=v.randint(1, 40))
        return (f"Between {_dmy(d)} and {_dmy(end)}, {country} recorded {v.randint(100, 900):,} "
                f"cases and {v.randint(10, 90):,} deaths, the World Health Organization said.")
    if kind == 6:
        total = v.randint(200, 650)
        lab = v.randint(100, total - 50)
        return (f"In the {place} count on {_dmy(d)}, Labour won {lab} seats and the "
                f"Conservatives {v.randint(50, total - lab)}, of {total} contested, on a "
                f"turnout of {_pct(v, 50, 75)}.")
    if kind == 7:
        return (f"Revenue at the state utility grew {_pct(v, 1, 20)} to "
                f"${v.randint(2, 90)}.{v.randint(0, 9)}bn in {MONTHS[d.month - 1]} {d.year}, "
                f"while {_n(v, 10_000, 900_000)} homes were left without power.")
    miles = v.randint(2, 12)
    km = round(miles * 1.609344)
    return (f"{_cap(who)} advanced {miles} miles ({km} km) towards {place} on "
            f"{_dmy(d)}, doubling the {km / 2:g} km gained the week before, {src} said.")


def article(rng: random.Random, figures: int | None = None, chars: int | None = None,
            span: int | None = None) -> str:
    """A synthetic article with at least ``figures`` claims, or ``chars`` characters.

    Its dates fall in the ``span`` days before publication; by default the span grows with
    the article (one day per 8 figures, as a live blog that runs twice as long), so a fact is
    restated about as often at every size. With a fixed span a longer article restates each
    fact more often, and the pairs of figures of one fact (which the rules must compare) grow
    with the square of the length."""
    from factcheck.model import Document
    from factcheck.normalize import claims_for

    if span is None:
        span = max(60, (figures or 0) // 8, (chars or 0) // 400)
    paras: list[str] = [f"Published: {_dmy(PUB)}"]
    size = found = 0
    while (found < figures) if figures is not None else (size < (chars or 0)):
        para = " ".join(_sentence(rng, span) for _ in range(rng.randint(2, 5)))
        if figures is not None:
            found += len(claims_for(Document(id="p", text=para, date=PUB)))
        size += len(para) + 2
        paras.append(para)
    return "\n\n".join(paras) + "\n"


def time_check(text: str, engine, rulebook) -> dict[str, float | int]:
    from factcheck.model import Document
    from factcheck.normalize import normalize
    from factcheck.report.suppress import apply_suppressions
    from factcheck.verdicts import judge

    doc = Document(id="bench", text=text, date=PUB)
    t0 = time.process_time()
    claims, mentions = normalize(doc)
    t1 = time.process_time()
    findings = engine.run(doc, claims, [], mentions=mentions)
    t2 = time.process_time()
    flags, _ = judge(doc, claims, [], findings, rulebook)
    apply_suppressions(doc, flags)
    t3 = time.process_time()
    return {"chars": len(text), "claims": len(claims), "findings": len(findings),
            "extract_normalize_s": round(t1 - t0, 3), "engine_s": round(t2 - t1, 3),
            "verdicts_s": round(t3 - t2, 3), "total_s": round(t3 - t0, 3)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1250,2500,5000")
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--no-mb", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--write", default="")
    ap.add_argument("--fixed-span", type=int, default=None, metavar="DAYS",
                    help="dates within DAYS of publication at every size (facts restated "
                         "more often in longer copy); default: the span grows with the copy")
    args = ap.parse_args()

    from factcheck.engine import Engine
    from factcheck.rulebook import load_rulebook

    rulebook = load_rulebook()
    engine = Engine(rulebook)
    docs: list[tuple[str, str]] = []
    for size in [int(s) for s in args.sizes.split(",") if s]:
        docs.append((f"{size} figures", article(random.Random(args.seed), figures=size,
                                                     span=args.fixed_span)))
    if not args.no_mb:
        docs.append((f"{args.mb:g} MB", article(random.Random(args.seed + 1),
                                                chars=int(args.mb * 1_000_000),
                                                span=args.fixed_span)))
    if args.write:
        out = Path(args.write)
        out.mkdir(parents=True, exist_ok=True)
        for name, text in docs:
            (out / (name.replace(" ", "-") + ".txt")).write_text(text, encoding="utf-8")
    # warm-up: vocabularies, pint and its units, gazetteer look-ups loaded before timing
    time_check(article(random.Random(args.seed + 2), figures=200), engine, rulebook)
    rows = []
    print(f"{'document':<14}{'chars':>10}{'claims':>8}{'extract+norm':>14}{'engine':>9}"
          f"{'verdicts':>10}{'total s':>9}{'x prev':>8}")
    prev = None
    for name, text in docs:
        r = time_check(text, engine, rulebook)
        r["document"] = name
        ratio = ""
        if prev is not None and name.endswith("figures"):
            r["ratio_to_previous"] = round(r["total_s"] / max(prev, 1e-9), 2)
            ratio = f"{r['ratio_to_previous']:.2f}"
        if name.endswith("figures"):
            prev = r["total_s"]
        rows.append(r)
        print(f"{name:<14}{r['chars']:>10,}{r['claims']:>8,}{r['extract_normalize_s']:>14.2f}"
              f"{r['engine_s']:>9.2f}{r['verdicts_s']:>10.2f}{r['total_s']:>9.2f}{ratio:>8}")
    print(json.dumps({"engine_scale": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
