"""Causes of the liveblog benchmark's false flags (benchmarks/liveblog_accuracy.py, issue #10):
a whole of another scope, a count of the list's items read as its total, and two places whose
names differ by a quarter word read as one name spelled two ways."""

from __future__ import annotations

from datetime import date

from factcheck.engine_facts import _other_quarter
from factcheck.model import Document
from factcheck.normalize import claims_for


def _claims(text: str, pub: date):
    return {c.text: c for c in claims_for(Document(id="t", text=text, date=pub))}


def test_running_totals_are_not_parts_of_the_days_figure():
    cs = _claims("Israeli strikes killed 249 Palestinians and injured 510 over the last 24 "
                 "hours, the ministry said.\n\nThe ministry's total since 7 October rose to "
                 "23,084 killed and 58,926 wounded.", date(2024, 1, 8))
    assert cs["23,084"].group != cs["249"].id and cs["23,084"].role != "portion"


def test_a_count_of_the_items_is_not_their_total():
    cs = _claims("More than 3.2 million customers are without power across four states: 1.2 "
                 "million in Florida, 936,000 in Georgia, 849,000 in South Carolina and 264,000 "
                 "in North Carolina.", date(2024, 9, 27))
    assert cs["four"].role is None
    assert cs["936,000"].measure == cs["More than 3.2 million"].measure
    # a total that is a sum stays one: "1,600 casualties: about 1,100 killed and 700 wounded"
    cs = _claims("The army lost 1,600 men: about 1,100 killed and 700 wounded.",
                 date(2024, 9, 27))
    assert cs["1,600"].role == "total"


def test_names_that_differ_by_a_quarter_word_are_two_places():
    assert _other_quarter("North Carolina", "South Carolina")
    assert not _other_quarter("Pokrovsk", "Pokrovks")
    assert not _other_quarter("North Carolina", "North Karolina")
