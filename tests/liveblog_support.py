"""A generated liveblog of the war in Ukraine, from the General Staff's real daily figures.

``liveblog(days, start)`` writes one dated update a day ("## 1 June 2024"), each with the day's
personnel and tank losses and the running totals (from ``corpus/datasets/
ukraine-general-staff-losses/losses.csv``: each report's totals, the day's loss their
difference with the report before), a distance to a town, a civilian toll and homes without
power, some restated later in the same update. Every figure is consistent, so a checker should
flag nothing; ``plant_*`` make one figure wrong.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

LOSSES = (Path(__file__).resolve().parents[1] / "corpus" / "datasets" /
          "ukraine-general-staff-losses" / "losses.csv")

TOWNS = ["Pokrovsk", "Kurakhove", "Toretsk", "Chasiv Yar", "Vovchansk", "Velyka Novosilka"]
REGIONS = ["Kharkiv", "Donetsk", "Zaporizhzhia", "Dnipropetrovsk", "Sumy", "Odesa"]


def reports() -> dict[date, dict[str, int]]:
    out = {}
    with LOSSES.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[date.fromisoformat(row["date"])] = {"personnel": int(row["personnel"]),
                                                   "tank": int(row["tank"])}
    return out


@dataclass
class Liveblog:
    text: str
    figures: int
    # the words of each day's running personnel total and restated daily figure, to plant errors
    totals: dict[date, str] = field(default_factory=dict)
    restated: dict[date, str] = field(default_factory=dict)


def _n(x: int) -> str:
    return f"{x:,}"


def liveblog(days: int = 37, start: date = date(2024, 6, 1)) -> Liveblog:
    data = reports()
    pub = start + timedelta(days=days - 1)
    head = ["---", "title: \"Russia-Ukraine war: live updates\"", f"date: {pub.isoformat()}",
            "outlet: Generated Ledger", "---", "",
            "Our live coverage of the war in Ukraine, updated every morning with the General "
            "Staff's report.", ""]
    body: list[str] = []
    figures = 0
    lb = Liveblog("", 0)
    for k in range(days):
        d = start + timedelta(days=k)
        today, before = data[d], data[d - timedelta(days=1)]
        inc = today["personnel"] - before["personnel"]
        tinc = today["tank"] - before["tank"]
        wd = d.strftime("%A")
        town = TOWNS[k % len(TOWNS)]
        region = REGIONS[k % len(REGIONS)]
        km = 3 + k % 9
        killed = 2 + (k * 7) % 11
        homes = 12_000 + (k * 3_700) % 40_000
        total_words = _n(today["personnel"])
        body += [f"## {d.day} {d.strftime('%B %Y')}", ""]
        body.append(f"Russia lost {_n(inc)} troops over the past day, bringing the total since "
                    f"the full-scale invasion began to {total_words}, the General Staff said on "
                    f"{wd}.")
        body.append("")
        body.append(f"The General Staff also counted {tinc} tanks destroyed over the past day, "
                    f"for a total of {_n(today['tank'])} tanks since February 2022.")
        body.append("")
        body.append(f"Russian troops are about {km} km from {town}, the military said.")
        body.append("")
        body.append(f"At least {killed} civilians were killed in Russian strikes on the "
                    f"{region} region over the past day, its governor said.")
        body.append("")
        body.append(f"About {_n(homes)} homes in the {region} region were without power on "
                    f"{wd} after strikes on the grid.")
        body.append("")
        figures += 7
        if k % 3 == 0:
            restated = _n(inc)
            body.append(f"The {restated} troops lost over the past day compare with an average "
                        "of about 1,200 a day in the spring.")
            body.append("")
            lb.restated[d] = restated
            figures += 2
        lb.totals[d] = total_words
    lb.text = "\n".join(head + body) + "\n"
    lb.figures = figures
    return lb


def plant_total(lb: Liveblog, day: date, delta: int = 1_000) -> tuple[str, str]:
    """Make ``day``'s running personnel total wrong by ``delta``; (old words, new words)."""
    old = lb.totals[day]
    new = _n(int(old.replace(",", "")) + delta)
    text = lb.text.replace(f"began to {old},", f"began to {new},", 1)
    assert text != lb.text
    lb.text = text
    return old, new


def plant_restated(lb: Liveblog, day: date, delta: int = 100) -> tuple[str, str]:
    """Make ``day``'s restated daily figure (later in its update) differ; (old, new words)."""
    old = lb.restated[day]
    new = _n(int(old.replace(",", "")) + delta)
    text = lb.text.replace(f"The {old} troops lost", f"The {new} troops lost", 1)
    assert text != lb.text
    lb.text = text
    return old, new
