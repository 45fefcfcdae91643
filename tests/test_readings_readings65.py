"""Readings65 (issue #10, set 122): the general causes of the false alarms and misses the
122nd phrasing set's first run showed, each in our own sentences with the General Staff's real
figures (corpus/datasets/ukraine-general-staff-losses): the years 2023 and 2024 (253,290 and
430,790 troops: the reports of 1 January 2024 and 2025 less those of 1 January 2023 and
2024), the first halves of 2023 and 2024 (122,150 and 183,800), the second quarters of 2024
and 2025 (100,930 and 104,210), the report of 1 January 2025 (790,800 in all, 9,672 tanks).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings65")))


def _status(run, text: str, pub: date) -> dict[str, str]:
    return statuses_rules_verdicts(run, text, pub)[0]


# -- 1. "Over 2024 Russia lost ...": a year after "over" or "throughout" before a name ----------

YEAR_OPENS = "{prep} {year} Russia lost {n} troops, according to Ukraine's General Staff."


@pytest.mark.parametrize("prep,year,n", [("Over", 2024, "430,790"), ("Throughout", 2023, "253,290"),
                                         ("During", 2024, "430,790")])
def test_a_year_opening_the_sentence_before_a_name_is_the_figures_period(run, prep, year, n):
    pub = date(2025, 1, 2)
    assert _status(run, YEAR_OPENS.format(prep=prep, year=year, n=n), pub) == {n: "supported"}
    # (read as the running total it was contradicted; the year's figure is still checked)
    assert _status(run, YEAR_OPENS.format(prep=prep, year=year, n="403,790"), pub) == \
        {"403,790": "contradicted"}


def test_over_a_year_in_lower_case_before_a_name_stays_no_period():
    from factcheck.extract.dates import find_dates
    # ("rose 3% over 2024 Toyota said": a comparison with the year, read as before)
    text = "Sales rose 3% over 2024 Toyota said."
    assert not [d for d in find_dates(text, date(2025, 3, 1)) if d.text.endswith("2024")
                and d.text.lower().startswith("over")]


# -- 2. "the same six months of 2023": a count before the unit of the shifted period ---------------

HALF = ("In the first half of 2024 Russia lost 183,800 troops, against {n} in the same six "
        "months of 2023, by the General Staff's count.")


def test_the_same_months_counted_are_the_part_of_the_year_written(run):
    pub = date(2024, 7, 1)
    assert _status(run, HALF.format(n="122,150"), pub) == \
        {"183,800": "supported", "122,150": "supported"}
    assert _status(run, HALF.format(n="112,150"), pub)["112,150"] == "contradicted"


# -- 3. "the 100,930 of the same quarter a year earlier": a figure's own period after "of" --------

QUARTER = ("From April to June 2025 Russia lost 104,210 troops, more than the {n} of the same "
           "quarter a year earlier, Ukraine's General Staff said.")


def test_a_figure_named_with_the_takes_the_period_after_of(run):
    pub = date(2025, 7, 1)
    assert _status(run, QUARTER.format(n="100,930"), pub) == \
        {"104,210": "supported", "100,930": "supported"}
    assert _status(run, QUARTER.format(n="109,030"), pub)["109,030"] == "contradicted"


def test_a_share_of_the_same_period_is_still_its_base():
    from factcheck.document import read_text_document
    from factcheck.normalize import normalize
    # ("were 59% of the equivalent period in 2019": no "the" before the figure, a share)
    doc = read_text_document("Passenger numbers were 59% of the same period in 2019.", "x.md",
                             date(2021, 7, 1))
    claims, _ = normalize(doc)
    share = next(c for c in claims if c.text == "59%")
    assert share.period is None or share.period.start.year != 2019


# -- 4. "about 105 troops for every tank": a ratio of two counts is no count ---------------------

# (readings67: such a ratio is now checked as a ratio of the dataset's two counts over 2024,
# 430,790 troops over 3,689 tanks (116.8) or over 8,956 armoured vehicles (48.1); it was left
# unverified. It is still never checked as a count of troops.)
@pytest.mark.parametrize("ratio,want", [("for every tank destroyed", "supported"),
                                        ("per tank lost", "supported"),
                                        ("for each armoured vehicle", "contradicted")])
def test_a_ratio_of_two_counts_is_not_checked_as_a_count(run, ratio, want):
    text = f"In 2024 Russia lost about 117 troops {ratio}, Ukraine's General Staff figures show."
    got = statuses_rules_verdicts(run, text, date(2025, 1, 2))
    assert got[0]["about 117"] == want
    ev = got[2]["about 117"].evidence
    assert ev and all(" to one: " in (e.detail or "") for e in ev)
    # (a figure of the same words with no ratio is still a count: 117 contradicts the year)
    plain = _status(run, "In 2024 Russia lost about 117 troops, Ukraine's General Staff said.",
                    date(2025, 1, 2))
    assert plain["about 117"] == "contradicted"


def test_a_rate_a_day_is_still_an_average(run):
    # (1,180 a day over 2024's 366 days: 430,790 / 366 = 1,177)
    text = "Russia lost about 1,180 troops per day in 2024, Ukraine's General Staff said."
    assert _status(run, text, date(2025, 1, 2)) == {"about 1,180": "supported"}


# -- 5. a question in bold read as one sentence with its answer ---------------------------------------

QA = ("**How many Russian troops has Ukraine counted?** {n} since February 2022, by the General "
      "Staff's report of 1 January 2025.")


def test_an_answer_after_a_bold_question_counts_what_it_asks(run):
    # (the question and the answer are read as one sentence: "?**" ends no sentence)
    pub = date(2025, 1, 1)
    assert _status(run, QA.format(n="790,800"), pub) == {"790,800": "supported"}
    assert _status(run, QA.format(n="709,800"), pub) == {"709,800": "contradicted"}


# -- 6. a month called the costliest of a half-year, its figure bare or with its noun --------------

BARE_RECORD = ("At {n}, {month} was the costliest month of the first half of 2025 for Russia's "
               "army, by the General Staff's count.")
NOUN_RECORD = ("{month} was the costliest month of the first half of 2025 for Russia, with {n} "
               "troops lost, by the General Staff's count.")


@pytest.mark.parametrize("form", [BARE_RECORD, NOUN_RECORD])
def test_the_costliest_month_of_a_half_year(run, form):
    # (January 2025: 48,240, the most of January to June; March: 41,160, second)
    pub = date(2025, 7, 2)
    assert _status(run, form.format(n="48,240", month="January"), pub) == {"48,240": "supported"}
    assert _status(run, form.format(n="41,160", month="March"), pub) == \
        {"41,160": "contradicted"}


def test_a_bare_record_month_figure_of_another_kind_stays_that_kind(run):
    # (July 2024: 1,520 artillery systems, the record then; a bare figure, no count of troops)
    text = "July was Russia's worst month of the war for artillery, with 1,520 lost by Kyiv's count."
    assert _status(run, text, date(2024, 9, 2)) == {"1,520": "supported"}


RATIO_LIST = ("By 1 January 2025 Russia had lost about 82 troops for every tank destroyed: {n} "
              "soldiers against 9,672 tanks, by the General Staff's count.")


def test_the_figures_after_a_ratios_participle_stay_the_losers(run):
    # ("tank destroyed:" names no agent: the list after it is still Russia's losses)
    pub = date(2025, 1, 1)
    assert _status(run, RATIO_LIST.format(n="790,800"), pub)["790,800"] == "supported"
    assert _status(run, RATIO_LIST.format(n="709,800"), pub)["709,800"] == "contradicted"
