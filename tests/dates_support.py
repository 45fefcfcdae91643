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
