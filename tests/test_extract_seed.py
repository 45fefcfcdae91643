"""Acceptance: the seed article (../shared/seed), checked with date 2024-12-17 (issue 3).

Every figure has the right value, interval, measure, subject, period and source, and none of
the look-alikes (T-05-18, 575th, BA, MA, J.D., 19FortyFive) is a claim. The article is
third-party text: it is read from ../shared, never copied into the repository.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.model import Document, Period
from factcheck.normalize import claims_for

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "pokrovsk-article.txt"
D = date(2024, 12, 17)
DAY = Period(date(2024, 12, 16), date(2024, 12, 16))   # the day before publication
UKR = "Ukrainian Ministry of Defense"
UK = "British Military Intelligence"


@pytest.fixture(scope="module")
def seed():
    if not SEED.is_file():
        pytest.skip("../shared/seed is not available")
    text = SEED.read_text(encoding="utf-8")
    return text, claims_for(Document(id="seed", text=text, date=D, path=str(SEED)))


def _find(claims, value, section=None):
    got = [c for c in claims if c.value == value and (section is None or c.section == section)]
    assert got, f"no claim with value {value} in {section or 'any section'}"
    return got


def test_offsets_slice_to_the_words(seed):
    text, claims = seed
    for c in claims:
        assert text[c.start:c.end] == c.text


def test_the_figures_and_only_the_figures(seed):
    _, claims = seed
    figures = sorted(c.value for c in claims if c.measure is not None)
    assert figures == sorted([3, 3, 1600, 1600, 70, 34, 15, 8, 4, 765000])
    # nothing else with a measure, and no look-alike at all
    words = {c.text for c in claims}
    for bad in ("05", "18", "575", "19", "BA", "MA", "J.D.", "A key"):
        assert not any(bad in w for w in words), bad


def test_daily_casualties_in_key_points_and_body(seed):
    _, claims = seed
    (kp,) = _find(claims, 1600, "keypoints")
    (body,) = _find(claims, 1600, "body")
    for c in (kp, body):
        assert (c.measure, c.subject, c.period, c.cumulative) == ("personnel_losses",
                                                                  "russian_forces", DAY, False)
        assert c.unit == ""
    assert kp.source is None and kp.qualifier is None
    assert (kp.lower, kp.upper) == (1550, 1649)   # rounded to the hundred, half up
    assert body.source == UKR and body.qualifier == "approximately"
    assert body.lower <= 1600 <= body.upper and body.upper < 1650


@pytest.mark.parametrize("value,measure", [
    (70, "vehicles_fuel_tanks"), (34, "drones"), (15, "armoured_vehicles"),
    (8, "artillery_and_mlrs"), (4, "tanks"),
])
def test_coordinated_list_one_claim_per_item(seed, value, measure):
    _, claims = seed
    (c,) = _find(claims, value)
    assert (c.measure, c.subject, c.period, c.source) == (measure, "russian_forces", DAY, UKR)
    assert c.role == "item" and c.group is not None


def test_list_items_share_one_group(seed):
    _, claims = seed
    groups = {_find(claims, v)[0].group for v in (70, 34, 15, 8, 4)}
    assert len(groups) == 1


def test_cumulative_total(seed):
    _, claims = seed
    (c,) = _find(claims, 765000)
    assert (c.measure, c.subject, c.cumulative, c.qualifier) == ("personnel_losses",
                                                                 "russian_forces", True,
                                                                 "more than")
    assert c.period == Period(date(2022, 2, 24), D)
    assert c.lower == 765000 and c.upper is not None and c.upper < 790000
    assert c.source == UKR


def test_distances(seed):
    _, claims = seed
    kp, body = sorted(_find(claims, 3), key=lambda c: c.start)
    for c in (kp, body):
        assert (c.unit, c.measure, c.subject) == ("kilometer", "distance", "russian_forces")
    assert kp.section == "keypoints" and kp.source is None
    assert body.source == UK and body.quoted and body.qualifier == "approximately"
    # "just 3 km" and "approximately 3km" can both hold; neither allows 8 km
    assert max(kp.lower, body.lower) <= min(kp.upper, body.upper)
    assert kp.upper < 8 and body.upper < 8
    assert body.hedge is None  # "reportedly" qualifies the village, not the distance


def test_relative_date_in_the_quote():
    if not SEED.is_file():
        pytest.skip("../shared/seed is not available")
    from factcheck.extract import find_dates

    text = SEED.read_text(encoding="utf-8")
    (dm,) = [d for d in find_dates(text, D) if "December" in d.text]
    assert (dm.start_date, dm.end_date) == (date(2024, 12, 1), date(2024, 12, 10))


def test_names_include_both_spellings_material():
    if not SEED.is_file():
        pytest.skip("../shared/seed is not available")
    from factcheck.extract import find_names

    names = {n.text for n in find_names(SEED.read_text(encoding="utf-8"))}
    assert "Velyka Novsilka" in names and "Pokrovsk" in names
