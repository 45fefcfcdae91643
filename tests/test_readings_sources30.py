"""Issue #10's known misses (readings30): a source named by a capital or a government ("the
Ukrainian side put Moscow's losses at", "Kyiv claimed N Russian troops in May"), sums of the
daily reports over a named span ("Kyiv's daily reports for January and February add up to
N"), corrections ("The ministry later corrected the figure to N"), the day's figure beside its
running total ("including N over the previous day") and a running total on the line after the
day's figure.

Real figures of the General Staff: report of 2025-07-15, 1,230 personnel and 52 artillery
systems over the past day; report of 2025-05-05, 958,070 personnel in all (+1,260); reports of
2 November to 1 December 2024, 45,720 personnel (45,450 over 1-30 November); personnel losses of
January and February 2025 84,810 (reports of 2 January to 1 March), of January 48,240; the
reports dated 1 January to 27 December 2024 423,280 (422,500 for the losses of 1 January to 26
December); report of 2025-10-21, 1,130 personnel over the past day, 1,132,200 in all; report of
2025-12-02, 1,110 personnel over the past day; report of 2025-10-22, 2 tanks over the past day.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from readings_support import checker_for


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("sources30")))


def _claim(cs, text):
    return next(c for c in cs if c.text == text)


def _claims(text, pub):
    return claims_for(read_text_document(text, "t.md", pub))


def _errors(flags, c):
    return [f for f in flags if c.id in f.claims and f.severity == "error"]


def test_put_takes_its_object_after_it_not_a_source():
    """"The Ukrainian side put Moscow's losses ... at": Moscow's are the losses; "put" never
    has its source after it, as "said the ministry" does."""
    cs = _claims("The Ukrainian side put Moscow's losses over the previous day at 1,230 "
                 "soldiers.", date(2025, 7, 15))
    c = _claim(cs, "1,230")
    assert c.subject == "russian_forces"
    assert c.source == "Ukrainian Ministry of Defense"


@pytest.mark.parametrize("value,status", [("1,230", "supported"), ("1,320", "contradicted")])
def test_the_ukrainian_side_reports_moscows_losses(run, value, status):
    _, cs, _, verdicts = run(f"The Ukrainian side put Moscow's losses over the previous day at "
                             f"{value} soldiers and 52 artillery systems.", date(2025, 7, 15))
    assert verdicts[_claim(cs, value).id].status == status
    assert verdicts[_claim(cs, "52").id].status == "supported"


@pytest.mark.parametrize("value,status", [("1,260", "supported"), ("1,620", "contradicted")])
def test_including_over_the_previous_day_is_the_day_beside_its_total(run, value, status):
    _, cs, flags, verdicts = run(
        "Ukraine's military put Russia's total losses at 958,070 on Monday, including "
        f"{value} over the previous day.", date(2025, 5, 5))
    c = _claim(cs, value)
    assert not c.cumulative
    assert verdicts[c.id].status == status
    assert verdicts[_claim(cs, "958,070").id].status == "supported"


@pytest.mark.parametrize("value,status", [("45,720", "supported"), ("45,270", "contradicted")])
def test_kyiv_claimed_troops_counts_losses(run, value, status):
    _, cs, _, verdicts = run(f"Kyiv claimed {value} Russian troops in November, another record "
                             "month.", date(2024, 12, 3))
    c = _claim(cs, value)
    assert c.measure == "personnel_losses"
    assert verdicts[c.id].status == status


def test_claimed_before_a_clause_is_no_count_of_losses():
    """"claimed that 50,000 troops were massing": a clause between the verb and the figure."""
    cs = _claims("Kyiv claimed that 50,000 Russian troops were massing near the border.",
                 date(2024, 5, 3))
    assert _claim(cs, "50,000").measure != "personnel_losses"


@pytest.mark.parametrize("text,value,status", [
    ("Kyiv's daily reports for January and February add up to {v} Russian troops.", "84,810",
     "supported"),
    ("Kyiv's daily reports for January and February add up to {v} Russian troops.", "84,180",
     "contradicted"),
    # the reports of January's losses, not only the reports dated in January
    ("Kyiv's reports for January add up to {v} Russian soldiers lost.", "48,240", "supported"),
])
def test_a_sum_of_the_reports_for_named_months(run, text, value, status):
    _, cs, _, verdicts = run(text.format(v=value), date(2025, 3, 3))
    c = _claim(cs, value)
    assert c.source == "Ukrainian Ministry of Defense" and c.subject == "russian_forces"
    assert verdicts[c.id].status == status


@pytest.mark.parametrize("value,status", [("423,280", "supported"), ("423,820", "contradicted")])
def test_the_daily_reports_for_the_year_so_far_are_those_dated_in_it_too(run, value, status):
    _, cs, _, verdicts = run(
        "Russia's army lost 420,000 soldiers killed and wounded this year, Ukraine's "
        f"commander-in-chief said. The General Staff's daily reports add up to {value} for the "
        "year so far.", date(2024, 12, 27))
    assert verdicts[_claim(cs, value).id].status == status


@pytest.mark.parametrize("value,status", [("1,230", "supported"), ("1,203", "contradicted")])
def test_corrected_the_figure_to_replaces_the_figure_before(run, value, status):
    _, cs, flags, verdicts = run(
        "The General Staff's first report on Tuesday put Russia's losses over the past day at "
        f"1,320 troops. The ministry later corrected the figure to {value}.", date(2025, 7, 15))
    first, fixed = _claim(cs, "1,320"), _claim(cs, value)
    assert first.extra_dict().get("retracted") is True
    assert verdicts[first.id].status == "unverified" and not _errors(flags, first)
    assert fixed.extra_dict().get("corrects") == first.id
    assert verdicts[fixed.id].status == status


@pytest.mark.parametrize("value,status", [("1,110", "supported"), ("1,101", "contradicted")])
def test_a_correction_note_carries_the_period_of_the_figure_it_corrects(run, value, status):
    _, cs, flags, verdicts = run(
        "Russia's total losses since February 2022 reached 1,175,030 on Tuesday, Ukraine's "
        "General Staff said.\n\nCorrection: an earlier version of this article gave the past "
        f"day's losses as 1,010. The General Staff's figure is {value}.", date(2025, 12, 2))
    c, old = _claim(cs, value), _claim(cs, "1,010")
    assert c.period == old.period and not c.cumulative
    assert "it corrects" in dict(c.extra_dict()["basis"])["period"]
    assert verdicts[c.id].status == status
    assert bool(_errors(flags, c)) == (status == "contradicted")


@pytest.mark.parametrize("value,status", [("1,132,200", "supported"),
                                          ("1,123,200", "contradicted")])
def test_a_running_total_on_the_next_line_goes_on_with_the_report(run, value, status):
    _, cs, flags, verdicts = run(
        "Russia lost 1,130 soldiers over the past day, Ukraine's General Staff said.\n"
        f"The total now stands at {value}.", date(2025, 10, 21))
    c = _claim(cs, value)
    assert verdicts[c.id].status == status
    # (at error level: the pair's keys are written on the line before, not another paragraph)
    assert bool(_errors(flags, c)) == (status == "contradicted")


def test_a_running_total_after_a_blank_line_stays_a_weak_pair(run):
    _, cs, flags, verdicts = run(
        "Russia lost 1,130 soldiers over the past day, Ukraine's General Staff said.\n\n"
        "The total now stands at 1,123,200.", date(2025, 10, 21))
    c = _claim(cs, "1,123,200")
    assert verdicts[c.id].status == "contradicted"
    assert not _errors(flags, c)
