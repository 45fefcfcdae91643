#!/usr/bin/env python3
"""Explain the dev-set score: which errors no system can avoid, and which are conventions.

  .venv/bin/python benchmarks/devset_breakdown.py [suite.json]

Runs ``claims_for`` in process on the quantulum3 suite and scores it with the functions of
../shared/tools/score_quantities.py (same matching), then sorts every error into:
- unreachable: the expected quantity does not match itself in the scorer: a unit name pint
  cannot parse ("pound sterling", "dollar", "percentage", "dozen", "inverse second"...) or
  parses as another quantity ("degree fahrenheit"), so the scorer can match no prediction to it; the
  prediction we make for it (GBP, USD, percent...) counts as a false positive as well;
- convention: the suite's convention is not a fact-checker's (bare years, names with numbers,
  a change "from 44 mg to 50 mg" averaged to a range);
- other: a real extraction error.
It prints the official figure, the figure with unreachable items set aside, and the lists.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(SHARED / "tools"))

import score_quantities as sq  # noqa: E402

from factcheck.model import Document  # noqa: E402
from factcheck.normalize import claims_for  # noqa: E402

# The pint-parsable spelling of our unit for each unparsable name the suite uses: used only to
# tell an unreachable-but-right prediction from a wrong one.
SUITE_NAME = {"pound sterling": "GBP", "dollar": "USD", "euro": "EUR", "percentage": "percent",
              "cent": "US_cent", "dime": "dime", "penny": "penny", "dollar per hour": "USD / hour",
              "dollar per kilogram": "USD / kilogram", "degree fahrenheit": "degree_Fahrenheit",
              "inverse second": "second ** -1"}
YEAR = re.compile(r"^(1[89]|20)\d\d$")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED / "devsets" / "quantulum3-quantities.json"
    cases = list(sq.load_quantulum3_suite(str(path)))
    preds = {c["id"]: [cl.as_dict() for cl in claims_for(Document(id=c["id"], text=c["text"]))]
             for c in cases}
    per, misses = sq.score(cases, preds)
    tp, fp, fn = (sum(v[i] for v in per.values()) for i in range(3))
    p, r, f = sq.prf(tp, fp, fn)
    unreachable_exp = [m for m in misses if m[1] == "missed" and not sq._dimless(m[2]["unit"])
                       and _unreachable(m[2])]
    # a prediction that is the right value in our spelling of an unparsable unit
    unreach_pred = []
    for m in misses:
        if m[1] != "extra":
            continue
        for u in unreachable_exp:
            if u[0] == m[0] and abs(u[2]["value"] - (m[2]["value"] or 0)) < 1e-6 * max(
                    1, abs(u[2]["value"])) and SUITE_NAME.get(u[2]["unit"]) == m[2]["unit"]:
                unreach_pred.append(m)
                break
    conv = [m for m in misses if m[1] == "missed" and m not in unreachable_exp and (
        YEAR.match(str(m[2].get("surface") or "")) or m[2].get("surface") in (
            "2", "101", "32", "1960"))]
    rest = [m for m in misses if m not in unreachable_exp and m not in unreach_pred
            and m not in conv]
    tp2, fp2, fn2 = tp, fp - len(unreach_pred), fn - len(unreachable_exp)
    p2, r2, f2 = sq.prf(tp2, fp2, fn2)
    print(f"official:             P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})")
    print(f"unreachable set aside: P={p2:.3f} R={r2:.3f} F1={f2:.3f} (tp={tp2} fp={fp2} fn={fn2})")
    print(f"\nunreachable expected ({len(unreachable_exp)}), of which we state "
          f"{len(unreach_pred)} with the right value in a pint unit:")
    for m in unreachable_exp:
        print("  ", m[2]["surface"], "|", m[2]["unit"])
    print(f"\nconvention: bare years and names with numbers ({len(conv)}):")
    for m in conv:
        print("  ", m[2]["surface"], "|", m[3][:90])
    print(f"\nother errors ({len(rest)}):")
    for m in rest:
        print("  ", m[1], m[2], "|", m[3][:90])
    print(json.dumps({"official_f1": round(f, 4), "precision": round(p, 4), "recall": round(r, 4),
                      "reachable_f1": round(f2, 4), "reachable_precision": round(p2, 4),
                      "reachable_recall": round(r2, 4)}))


def _unreachable(expected: dict) -> bool:
    """Whether the scorer cannot match the expected quantity even with itself: a unit pint
    cannot parse ("dollar", "dozen") or parses as something else ("degree fahrenheit" is an
    angle times a temperature)."""
    return not sq.same(expected, {"value": expected["value"], "unit": expected["unit"]})


if __name__ == "__main__":
    main()
