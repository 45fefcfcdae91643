"""Issue #10's leftovers (readings73, set 131): a record month or week said with no figure
("December was the deadliest month for Russian forces"), judged against the reports' month
sums; "the highest daily toll since 29 March" (the day before the month); two reports' figures
in one sentence ("1,610 on Monday after 2,010 on Sunday", "at 1,860 troops and Sunday's at
1,820"); an undated "previous record". Figures from the General Staff dataset: the months of
December 2024 48,670 (the war's highest), November 2024 45,720, January 2025 48,240, May 2024
38,940, June 2026 39,290 (May 2026 33,760); the week of 16 to 22 December 2024 12,580 (the
week after 11,850); the reports of 17 December 2025 1,730, 29 March 2025 1,740 and 28 March
2025 1,860; of 30 and 31 December 2024 2,010 and 1,610; of 21 and 22 December 2024 1,860 and
1,820; of 20 December 2024 2,200 after the record of 29 November 2024, 2,030."""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings73")))


def _of(d: dict, words: str):
    """The entry of the claim whose words start with ``words`` (a record's) or end with them
    (a figure's)."""
    return next(v for k, v in d.items() if k.startswith(words) or k.endswith(words))


# -- a record month or week with no figure -------------------------------------------------------

@pytest.mark.parametrize("month,want", [("December", "supported"), ("November", "contradicted")])
def test_a_record_month_with_no_figure_is_judged_by_the_month_sums(run, month, want):
    # (a sentence before it: the record's sentence is read from its own start)
    text = ("Kyiv publishes its count every morning.\n\n"
            f"{month} was the deadliest month for Russian forces since the start of the "
            "full-scale invasion, according to Ukraine's General Staff.")
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2025, 1, 2))
    assert _of(status, "deadliest month") == want
    if want == "contradicted":
        assert _of(rules, "deadliest month") == ["record-unit-mismatch"]
        flagged = " ".join(e.detail or "" for e in _of(verdicts, "deadliest month").evidence)
        assert "December 2024" in flagged and "45,720" in flagged    # names both months
    else:
        assert _of(rules, "deadliest month") == []


@pytest.mark.parametrize("pub,want", [(date(2026, 7, 2), "supported"),
                                      (date(2025, 4, 2), "contradicted")])
def test_a_record_month_of_a_year_is_ranked_in_that_year(run, pub, want):
    month = "June" if want == "supported" else "March"
    text = (f"{month} was Russia's deadliest month of {pub.year} on the battlefield, according "
            "to Ukraine's General Staff.")
    status, _, _ = statuses_rules_verdicts(run, text, pub)
    assert _of(status, "deadliest month") == want


@pytest.mark.parametrize("pub,want", [(date(2024, 12, 23), "supported"),
                                      (date(2024, 12, 30), "contradicted")])
def test_last_week_called_the_bloodiest_is_judged_by_the_weeks(run, pub, want):
    text = ("Last week was the bloodiest week of the war for Russian troops, according to "
            "Ukraine's General Staff.")
    status, _, _ = statuses_rules_verdicts(run, text, pub)
    assert _of(status, "bloodiest week") == want


@pytest.mark.parametrize("text,reason", [
    ("December is on course to be the deadliest month of the war for Russian forces, "
     "according to Ukraine's General Staff.", "no period"),
    ("December was the deadliest month of the war for Russian forces, according to "
     "Ukraine's General Staff.", "no period"),
    # (a place below the record is ranked since readings75; one in a year its month is not
    # in names no window the reports can rank it in)
    ("November was the second-deadliest month of 2025 for Russian forces, according to "
     "Ukraine's General Staff.", "no reference"),
])
def test_a_record_not_settled_is_listed_unchecked_with_the_reason(run, text, reason):
    # (20 December 2024: December is not over; a rank in a window without its month is not
    # checked)
    pub = date(2024, 12, 20) if "December" in text else date(2025, 1, 2)
    status, rules, verdicts = statuses_rules_verdicts(run, text, pub)
    assert _of(status, "deadliest month") == "unverified"
    assert _of(rules, "deadliest month") == []
    v = _of(verdicts, "deadliest month")
    assert v.reason == reason and v.why.startswith("a record said with no figure")


def test_a_record_credited_to_another_body_is_not_contradicted(run):
    text = ("Britain's defence ministry said November was the deadliest month of the war for "
            "Russian forces.")
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2025, 1, 2))
    assert _of(status, "deadliest month") == "unverified"
    assert "Britain" in _of(verdicts, "deadliest month").why


def test_a_record_month_with_its_figure_is_no_second_claim(run):
    text = ("Russia lost 48,670 troops in December, the deadliest month of the war, according "
            "to Ukraine's General Staff.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 1, 2))
    assert list(status.values()) == ["supported"]


# -- the highest since a day written before its month --------------------------------------------

@pytest.mark.parametrize("since,want", [("29 March", "supported"), ("1 March", "contradicted"),
                                        ("the 29th of March", "supported")])
def test_the_highest_daily_toll_since_a_day_month(run, since, want):
    text = (f"Russia lost about 1,700 troops over the past day, the highest daily toll since "
            f"{since}, according to Ukraine's General Staff.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 12, 17))
    assert _of(status, "1,700") == want
    assert ("record-claim-mismatch" in _of(rules, "1,700")) == (want == "contradicted")


# -- two reports' figures in one sentence ----------------------------------------------------------

@pytest.mark.parametrize("earlier,want", [("2,010", "supported"), ("1,010", "contradicted")])
def test_a_figure_after_another_day_has_its_own_day(run, earlier, want):
    text = (f"Russia lost 1,610 troops on Monday after {earlier} on Sunday, according to "
            "Ukraine's General Staff.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2024, 12, 31))
    assert _of(status, "1,610") == "supported"
    assert _of(status, earlier) == want
    if want == "contradicted":
        # (its measure is carried within the sentence: an error, not a warning)
        assert "dataset-figure-mismatch" in _of(rules, earlier)


@pytest.mark.parametrize("sunday,want", [("1,820", "supported"), ("1,280", "contradicted")])
def test_a_possessive_day_with_at_dates_the_next_figure(run, sunday, want):
    text = ("Saturday's report from the General Staff put Russian losses at 1,860 troops and "
            f"Sunday's at {sunday}.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 12, 22))
    assert _of(status, "1,860") == "supported"
    assert _of(status, sunday) == want


# -- an undated previous record --------------------------------------------------------------------

@pytest.mark.parametrize("record,want", [("2,030", "supported"), ("1,950", "contradicted")])
def test_an_undated_previous_record_is_the_highest_day_before(run, record, want):
    text = (f"Russia lost 2,200 troops over the past day, beating the previous record of "
            f"{record}, according to Ukraine's General Staff.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2024, 12, 20))
    assert _of(status, "2,200") == "supported"
    assert _of(status, record) == want


def test_a_record_month_of_another_domain_is_no_war_claim(run):
    # (a month called the worst for a country's economy: "Britain" is a subject of every
    # domain, no war's losses to rank it by)
    text = "March was the worst month of 2025 for Britain's retailers, a survey showed."
    _, cs, _, _ = run(text, date(2025, 4, 2))
    assert not any(c.role == "record" for c in cs)


def test_a_record_of_another_count_is_listed_with_no_measure(run):
    # (October 2023's personnel sum, 22,920, was no record; the words are of tanks)
    text = ("October was the worst month of the war for Russian tanks, according to Ukraine's "
            "General Staff.")
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2023, 11, 2))
    assert _of(status, "worst month") == "unverified"
    assert _of(rules, "worst month") == []
    assert _of(verdicts, "worst month").reason == "no measure"
