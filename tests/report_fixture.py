"""A hand-built RunResult for the report tests, and the golden-snapshot helper.

Built directly from model records so that the report tests do not move when the extractor or
the rules change. The article text is written for these tests (no third-party sentences); one
paragraph is hostile on purpose (markup, quotes, ampersands, control characters).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from factcheck.model import (
    Claim,
    Document,
    DocumentError,
    DocumentResult,
    Evidence,
    Flag,
    Period,
    RunResult,
    Verdict,
    fingerprint,
)

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"

ARTICLE = (
    "Front line losses mount near the river\n"
    "\n"
    "Ukraine's General Staff said 1,520 Russian soldiers were killed on 17 December.\n"
    "\n"
    "Later in the day, officials said about 1,200 soldiers had died that day.\n"
    "\n"
    "<!-- factcheck: ignore quote-figure reason=\"the spokesman's own words\" -->\n"
    "A spokesman said \"<script>alert('x')</script>\" & 'quotes' cost 3 tanks.\n"
    "\n"
    "Losses since the start of the invasion reached 770,000, according to the same briefing.\n"
)

RULES_META = {
    "internal-interval-conflict": {
        "title": "Two figures for the same thing cannot both hold",
        "description": "Two claims with the same measure, subject and period have intervals "
        "that do not overlap.",
        "severity": "error",
        "help": "Check both figures against the source and correct one, or say why they differ "
        "(different periods, sources or definitions).\n\nBad: *40* and 45 boats\nGood: 40 boats",
        "pack": "consistency",
        "references": ["Style guide <accuracy> & figures"],
    },
    "dataset-mismatch": {
        "title": "Figure disagrees with the reference dataset",
        "description": "The claim's interval excludes the value the reference dataset gives "
        "for its period.",
        "severity": "warning",
        "help": "Compare with the dataset value shown as evidence.",
    },
    "quote-figure": {
        "title": "Figure in a quotation <checked> & \"unverified\"",
        "description": "A figure inside a quotation could not be verified.",
        "severity": "info",
        "help": "Attribute it clearly.",
    },
}


def _span(text: str, words: str) -> tuple[int, int]:
    i = text.index(words)
    return i, i + len(words)


def _sentence(text: str, start: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return a, b


def build_result() -> RunResult:
    doc = Document(id="losses", text=ARTICLE, path="drafts/losses.md", date=date(2024, 12, 18),
                   title="Front line losses", outlet="Test Desk", line_offset=4)

    def claim(cid: str, words: str, value: float, lower: float, upper: float, **kw) -> Claim:
        s, e = _span(ARTICLE, words)
        line, col = doc.line_col(s)
        return Claim(id=cid, text=words, start=s, end=e, line=line, column=col, value=value,
                     lower=lower, upper=upper, sentence=_sentence(ARTICLE, s), **kw)

    day = Period(date(2024, 12, 17), date(2024, 12, 17))
    c1 = claim("c1", "1,520 Russian soldiers", 1520, 1520, 1520, measure="personnel_losses",
               subject="russia", period=day, source="General Staff")
    c2 = claim("c2", "about 1,200 soldiers", 1200, 1140, 1260, qualifier="about",
               measure="personnel_losses", subject="russia", period=day)
    c3 = claim("c3", "3 tanks", 3, 3, 3, measure="tanks", quoted=True)
    c4 = claim("c4", "770,000", 770000, 765000, 775000, measure="personnel_losses",
               subject="russia", cumulative=True,
               period=Period(date(2022, 2, 24), date(2024, 12, 17)))
    staff = "General Staff of the Armed Forces of Ukraine"
    ev_day = Evidence(kind="dataset", value=1520, source=staff, date=date(2024, 12, 17),
                      document="ukraine-general-staff-losses",
                      detail="daily increment of personnel on 2024-12-17")
    ev_total = Evidence(kind="dataset", value=790000, source=staff, date=date(2024, 12, 17),
                        document="ukraine-general-staff-losses",
                        detail="cumulative personnel as of 2024-12-17")

    def flag(rule: str, sev: str, msg: str, c: Claim, others=(), evidence=(), **kw) -> Flag:
        return Flag(id=fingerprint(rule, c.text, *[o.text for o in others]), rule=rule,
                    severity=sev, message=msg, start=c.start, end=c.end, line=c.line,
                    column=c.column, claims=(c.id, *[o.id for o in others]),
                    evidence=tuple(evidence), **kw)

    f1 = flag("internal-interval-conflict", "error",
              "about 1,200 soldiers (1,140 to 1,260) contradicts 1,520 Russian soldiers for the "
              "same day", c2, [c1],
              [Evidence(kind="claim", value=1520, text=c1.text, claim="c1")])
    f2 = flag("dataset-mismatch", "warning",
              "770,000 (765,000 to 775,000) excludes the General Staff's 790,000 for "
              "17 December", c4, (), [ev_total], suggestion="790,000")
    f3 = flag("quote-figure", "info", "figure in a quotation: \"3 tanks\" <b>unchecked</b> & co",
              c3, suppressed="the spokesman's own words")
    f4 = flag("dataset-mismatch", "error", "1,520 Russian soldiers: old finding kept by baseline",
              c1, (), [ev_day], suppressed="baseline")
    verdicts = (
        Verdict("c1", "supported", (ev_day,)),
        Verdict("c2", "contradicted", (ev_day,)),
        Verdict("c4", "contradicted", (ev_total,)),
    )
    d1 = DocumentResult(document=doc, claims=(c1, c2, c3, c4), flags=(f1, f2, f3, f4),
                        verdicts=verdicts)

    clean_text = "Officials counted 12 new shelters this week.\n"
    doc2 = Document(id="clean", text=clean_text, path="drafts/clean.txt")
    s, e = _span(clean_text, "12 new shelters")
    c5 = Claim(id="c1", text="12 new shelters", start=s, end=e, line=1, column=s + 1, value=12,
               lower=12, upper=12, measure="shelters")
    d2 = DocumentResult(document=doc2, claims=(c5,), verdicts=(Verdict("c1", "unverified"),))

    doc3 = Document(id="crash", text="Anything.\n", path="drafts/crash.md")
    d3 = DocumentResult(document=doc3, error="the engine crashed on this document (signal 11)")
    errors = (
        DocumentError(path="drafts/binary.md", message="not a text file (binary data)"),
        DocumentError(path="drafts/batch.jsonl", line=3, message="malformed JSON: Expecting ','"),
    )
    return RunResult(documents=(d1, d2, d3), errors=errors)


SERIES = {
    "c4": [(date(2024, 12, d), 780000 + 1000 * (d - 7)) for d in range(7, 28)],
}


def check_snapshot(name: str, actual: str) -> None:
    """Compare with tests/snapshots/<name>; FACTCHECK_UPDATE_SNAPSHOTS=1 rewrites it."""
    path = SNAPSHOTS / name
    if os.environ.get("FACTCHECK_UPDATE_SNAPSHOTS") == "1" or not path.exists():
        if not os.environ.get("FACTCHECK_UPDATE_SNAPSHOTS") == "1":
            raise AssertionError(
                f"snapshot {path} is missing; run with FACTCHECK_UPDATE_SNAPSHOTS=1 to create it"
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
        return
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{name} differs from its snapshot; if the change is intended, rerun with "
        "FACTCHECK_UPDATE_SNAPSHOTS=1 and review the diff"
    )
