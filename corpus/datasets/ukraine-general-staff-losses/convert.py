"""How losses.csv and corrections.csv were made from the upstream JSON (not used at run time).

Run from this folder:  python convert.py /path/to/shared/datasets/ukraine-general-staff-losses

It merges the personnel and equipment files into one row per report date, keeps the upstream
column names (dataset.yaml maps them to measure ids), fills "vehicles and fuel tanks" for the
early records that still split it into "military auto" + "fuel tank" (their sum continues the
later series; the two are kept too, as those reports gave them), and drops fields that are not counts ("day", "personnel*", "greatest losses
direction") and fields tracked only briefly ("POW", "mobile SRBM system"). It must not change
any figure otherwise: an empty cell means the upstream record has no value for that column.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

COLUMNS = [
    "date", "personnel", "tank", "APC", "field artillery", "MRL", "drone",
    "vehicles and fuel tanks", "military auto", "fuel tank", "aircraft", "helicopter", "anti-aircraft warfare", "naval ship",
    "submarines", "cruise missiles", "special equipment", "ground robotic systems",
]


def main(src: Path, out: Path) -> None:
    personnel = {r["date"]: r for r in json.loads((src / "russia_losses_personnel.json").read_text())}
    equipment = json.loads((src / "russia_losses_equipment.json").read_text())
    rows = []
    for rec in equipment:
        row = {k: rec.get(k) for k in COLUMNS}
        if row["vehicles and fuel tanks"] is None and "military auto" in rec:
            row["vehicles and fuel tanks"] = rec["military auto"] + rec.get("fuel tank", 0)
        p = personnel.get(rec["date"])
        row["personnel"] = p["personnel"] if p else None
        rows.append(row)
    _write(out / "losses.csv", rows)
    corrections = json.loads((src / "russia_losses_equipment_correction.json").read_text())
    _write(out / "corrections.csv", [{k: c.get(k) for k in COLUMNS} for c in corrections])


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for row in rows:
            w.writerow({k: ("" if v is None else v) for k, v in row.items()})


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).resolve().parent)
