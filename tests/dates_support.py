"""Helpers of the date-form tests (tests/test_dates_forms_*.py): the period of a text's first
claim, and a date from its ISO form."""

from __future__ import annotations

from datetime import date

from factcheck.model import Document
from factcheck.normalize import claims_for


def span(text: str, pub: date):
    """The period of the text's first claim, as (start, end), or None."""
    c = claims_for(Document(id="d", text=text, date=pub))[0]
    return c.period and (c.period.start, c.period.end)


def d(s: str) -> date:
    return date.fromisoformat(s)


def found_spans(text: str, pub: str) -> list[tuple[str, str, str]]:
    """Each date ``find_dates`` reads in ``text`` published on ``pub`` (ISO): (its words,
    start, end), the days as ISO strings."""
    from factcheck.extract import find_dates
    return [(x.text, str(x.start_date), str(x.end_date)) for x in find_dates(text, d(pub))]


def figure_claim(text: str, pub: str, figure: str):
    """The first claim of ``text`` published on ``pub`` whose words hold ``figure``."""
    return next(c for c in claims_for(Document(id="t", text=text, date=d(pub)))
                if figure in text[c.start:c.end])


def figure_period(text: str, pub: str, figure: str) -> tuple[str, str] | None:
    """The period of the first claim whose words hold ``figure``, as ISO (start, end), or
    None."""
    c = figure_claim(text, pub, figure)
    return (str(c.period.start), str(c.period.end)) if c.period is not None else None


def period_readings(text: str, pub: str, figure: str) -> list[tuple[str, str]]:
    """The other periods the claim of ``figure`` may cover (``period_readings``), as ISO
    (start, end) pairs."""
    listed = figure_claim(text, pub, figure).extra_dict().get("period_readings") or ()
    return [(str(a), str(b)) for _, a, b in listed]


def suite_misses(cases: list[dict], open_cases: set[str]) -> list[tuple[str, list]]:
    """The cases of a round's date suite (benchmarks/suites/dates-*.jsonl) whose expression
    ``find_dates`` does not read as its annotated start and end, outside ``open_cases`` and
    those annotated with no start: (id, what was found over the expression)."""
    from factcheck.extract import find_dates
    wrong = []
    for c in cases:
        if c["id"] in open_cases or c["start"] is None:
            continue
        a = c["text"].index(c["expr"])
        found = [x for x in find_dates(c["text"], d(c["date"]))
                 if x.start < a + len(c["expr"]) and x.end > a]
        if not any(str(x.start_date) == c["start"] and str(x.end_date) == str(c["end"])
                   for x in found):
            wrong.append((c["id"], [(x.text, str(x.start_date), str(x.end_date))
                                    for x in found]))
    return wrong
