#!/usr/bin/env python
"""Synthetic data for the store benchmark: reference dataset folders and published articles.

- ``write_datasets(folder, n)`` writes n dataset folders (CSV + corrections + dataset.yaml in
  the bundled mapping format), one subject each, 15 cumulative measures over 1,600 report days.
- ``articles(n_docs, claims_per_doc)`` yields (Document, claims) like an outlet archive: every
  article dated D reports daily figures for the day before (the measures of the General Staff
  dataset, subject russian_forces or one of the synthetic subjects), a few cumulative totals
  and a distance to a named place, so that look-ups find many prior articles per key.

Deterministic (seeded). Streams: nothing holds the whole archive in memory.
Usage (writes the datasets only): python benchmarks/store_data.py OUT_DIR [--datasets 10]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from factcheck.model import Claim, Document, Period

MEASURES = ["personnel_losses", "tanks", "armoured_vehicles", "artillery", "mlrs", "drones",
            "vehicles_fuel_tanks", "aircraft", "helicopters", "air_defence", "ships",
            "submarines", "cruise_missiles", "special_equipment", "artillery_and_mlrs"]
BASE_MEASURES = MEASURES[:-1]
START = date(2022, 2, 25)
DAYS = 1_600
PLACES = ["pokrovsk", "kurakhove", "velyka_novosilka", "toretsk", "chasiv_yar", "kupiansk"]


def subject(i: int) -> str:
    return f"region_{i:02d}"


def write_datasets(folder: Path, n: int, days: int = DAYS, seed: int = 7) -> list[Path]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        d = folder / f"synthetic-{i:02d}"
        d.mkdir(parents=True, exist_ok=True)
        totals = [0] * len(BASE_MEASURES)
        lines = ["date," + ",".join(BASE_MEASURES)]
        for k in range(days):
            totals = [t + rnd.randint(0, 40) for t in totals]
            lines.append(f"{START + timedelta(days=k)}," + ",".join(map(str, totals)))
        (d / "data.csv").write_text("\n".join(lines) + "\n")
        corr = ["date," + ",".join(BASE_MEASURES)]
        for k in sorted(rnd.sample(range(1, days), 8)):
            corr.append(f"{START + timedelta(days=k)}," + ",".join(
                str(rnd.randint(-5, 20)) for _ in BASE_MEASURES))
        (d / "corrections.csv").write_text("\n".join(corr) + "\n")
        measures = "\n".join(f"  {m}: {{column: {m}, unit: \"\", kind: cumulative}}"
                             for m in BASE_MEASURES)
        (d / "dataset.yaml").write_text(
            f"# synthetic benchmark dataset\nid: synthetic-{i:02d}\n"
            f"source: Synthetic Agency {i}\nsubject: {subject(i)}\ndata: data.csv\n"
            "date_field: date\nreport_delay_days: 1\nlag_days: [0, 1]\n"
            "corrections: corrections.csv\n"
            f"measures:\n{measures}\n  artillery_and_mlrs: {{sum_of: [artillery, mlrs]}}\n")
        out.append(d)
    return out


def _claim(n: int, measure: str, subj: str, value: float, period: Period | None, *,
           cumulative: bool = False, unit: str = "", place: str | None = None) -> Claim:
    text = f"{value:,.0f}"
    return Claim(id=f"c{n}", text=text, start=n * 40, end=n * 40 + len(text), line=n,
                 column=1, value=value, unit=unit, lower=value, upper=value,
                 qualifier=None, measure=measure, subject=subj, period=period,
                 source="General Staff", cumulative=cumulative,
                 extra=(("place", place),) if place else ())


def draft_claims(pub: date, n: int = 60, n_subjects: int = 10, seed: int = 3,
                 about: date | None = None) -> list[Claim]:
    """The claims of a 1,000-word draft (about one figure per 17 words), as normalize gives.

    Daily figures are for the day before ``about`` (default: the publication date)."""
    rnd = random.Random(seed)
    out: list[Claim] = []
    ref = about or pub
    yesterday = Period(ref - timedelta(days=1), ref - timedelta(days=1))
    week = Period(ref - timedelta(days=7), ref - timedelta(days=1))
    for k in range(n):
        subj = "russian_forces" if k % 3 else subject(rnd.randrange(n_subjects))
        m = MEASURES[k % len(MEASURES)]
        kind = k % 6
        if kind == 5:
            out.append(_claim(k + 1, "distance", subj, rnd.randint(1, 20), None, unit="kilometer",
                              place=rnd.choice(PLACES)))
        elif kind == 4:
            out.append(_claim(k + 1, m, subj, rnd.randint(10_000, 800_000),
                              Period(START, ref - timedelta(days=1)), cumulative=True))
        elif kind == 3:
            out.append(_claim(k + 1, m, subj, rnd.randint(100, 10_000), week))
        else:
            out.append(_claim(k + 1, m, subj, rnd.randint(0, 2_000), yesterday))
    return out


def articles(n_docs: int, claims_per_doc: int, n_subjects: int = 10, seed: int = 11
             ) -> Iterator[tuple[Document, list[Claim]]]:
    rnd = random.Random(seed)
    for i in range(n_docs):
        pub = START + timedelta(days=1 + i * DAYS // max(n_docs, 1))
        doc = Document(id=f"bench/{i:07d}.md", text=f"synthetic article {i}",
                       path=None, date=pub, title=f"Synthetic report {i}",
                       outlet=f"Outlet {i % 12}")
        claims = draft_claims(pub, claims_per_doc, n_subjects, seed=rnd.randrange(1 << 30))
        yield doc, claims


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--datasets", type=int, default=10)
    args = ap.parse_args()
    for d in write_datasets(args.out, args.datasets):
        print(d)


if __name__ == "__main__":
    main()
