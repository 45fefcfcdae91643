"""Issue #10's leftovers of readings64 and readings65 (readings66): an interval between losses
written before its count, or with its count in the sentence before, in seconds or hours; a
ratio of two loss counts ("about 103 troops for every tank") worked from the counts the text
gives, or left not checkable. Figures from the General Staff dataset: January 2025 48,240 over
2,678,400 seconds (one every 55.5); November 2025 31,190 over 2,592,000 (83.1); tanks in
February 2025 331 over 672 hours (2.03); 1 December 2025 1,173,920 troops and 11,387 tanks
(103.1); 1 January 2025 790,800 and 9,672 (81.8); 1 January 2026 1,208,970 and 11,488 (105.2)."""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings66")))


# -- 1. an interval before its count, or its count in the sentence before ------------------------

@pytest.mark.parametrize("secs,want", [("56", "supported"), ("55", "supported"),
                                       ("65", "contradicted")])
def test_an_interval_put_first_divides_the_count_after_it(run, secs, want):
    text = (f"Every {secs} seconds in January 2025, Russia lost a soldier: the General Staff "
            "counted 48,240 Russian troops put out of action over the month.")
    _, cs, _, _ = run(text, date(2025, 2, 2))
    c = next(c for c in cs if c.text.startswith(secs))
    assert c.measure == "personnel_losses_interval" and c.period.start == date(2025, 1, 1)
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 2, 2))
    assert status[f"{secs} seconds"] == want and status["48,240"] == "supported"


@pytest.mark.parametrize("secs,want", [("83", "supported"), ("38", "contradicted")])
def test_losing_a_soldier_every_n_seconds_takes_the_count_of_the_sentence_before(run, secs,
                                                                                    want):
    text = ("The General Staff counted 31,190 Russian troops lost in November 2025. Russia was "
            f"losing a soldier every {secs} seconds, Ukraine's defence ministry said.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 12, 2))
    assert status[f"{secs} seconds"] == want


def test_an_interval_with_another_paragraphs_count_is_not_checked(run):
    # (readings68: an interval with no count said in the present, "Every 49 seconds Russia
    # loses a soldier", is now read against the recent reports: test_readings_readings68)
    for text in ("The General Staff counted 31,190 Russian troops lost in November 2025.\n\n"
                 "Russia was losing a soldier every 38 seconds, the ministry said.",):
        _, cs, _, _ = run(text, date(2025, 12, 2))
        c = next(c for c in cs if c.unit == "second")
        assert c.measure is None, text
        status, _, _ = statuses_rules_verdicts(run, text, date(2025, 12, 2))
        assert status[c.text] == "unverified", text


def test_a_bare_every_with_no_loss_after_it_is_no_interval(run):
    # ("every 90 seconds" of a bus, after a count of losses: no verb of loss with one event)
    text = ("The General Staff counted 31,190 Russian troops lost in November 2025. In Kyiv "
            "a metro train still left every 90 seconds.")
    _, cs, _, _ = run(text, date(2025, 12, 2))
    assert all(c.measure is None for c in cs if c.unit == "second")


@pytest.mark.parametrize("hours,want", [("two", "supported"), ("five", "contradicted")])
def test_one_tank_every_n_hours_is_rounded_in_hours(run, hours, want):
    text = ("Russia lost 331 tanks in February 2025 by the General Staff's count, one tank "
            f"roughly every {hours} hours.")
    status, _, _ = statuses_rules_verdicts(run, text, date(2025, 3, 2))
    assert status[f"{hours} hours"] == want and status["331"] == "supported"


# -- 2. a ratio of two loss counts ------------------------------------------------------------------

# (readings67: a ratio that holds is also checked against the dataset's two counts over its
# counts' period, and supported; a wrong one is flagged once, by the dataset or the arithmetic)
@pytest.mark.parametrize("ratio,want", [("103", "supported"), ("130", "contradicted")])
def test_troops_for_every_tank_is_worked_from_the_two_counts_before_it(run, ratio, want):
    text = ("By 1 December 2025 the General Staff had counted 1,173,920 Russian troops and "
            f"11,387 tanks lost, or about {ratio} troops for every tank.")
    _, cs, _, _ = run(text, date(2025, 12, 1))
    c = next(c for c in cs if c.text == f"about {ratio}")
    rat = c.extra_dict().get("ratio")
    assert c.measure == "personnel_losses_for_every_tanks" and isinstance(rat, dict) and \
        rat.get("counts")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 12, 1))
    assert status[f"about {ratio}"] == want
    assert bool(rules[f"about {ratio}"]) == (want == "contradicted")
    assert status["1,173,920"] == status["11,387"] == "supported"


@pytest.mark.parametrize("ratio,want", [("82", "supported"), ("28", "contradicted")])
def test_a_ratio_in_the_next_sentence_is_no_days_count(run, ratio, want):
    # (it was read as the day's personnel losses and contradicted by the report)
    text = ("Ukraine's General Staff counted 790,800 Russian troops and 9,672 tanks lost by 1 "
            f"January 2025. That is about {ratio} soldiers for every tank.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 1, 1))
    assert status[f"about {ratio}"] == want
    assert "dataset-figure-mismatch-unsure" not in rules[f"about {ratio}"]


def test_a_ratio_whose_of_count_is_named_otherwise_takes_the_one_other_count(run):
    text = ("By the General Staff's count of 1 January, Russia has lost about {r} troops for "
            "every tank destroyed: 1,208,970 soldiers against 11,488 tanks.")
    status, _, _ = statuses_rules_verdicts(run, text.format(r=150), date(2026, 1, 1))
    assert status["about 150"] == "contradicted"
    status, _, _ = statuses_rules_verdicts(run, text.format(r=105), date(2026, 1, 1))
    assert status["about 105"] == "unverified"


def test_a_ratio_with_no_counts_in_the_text_is_worked_from_the_dataset(run):
    # (readings67: it was listed as not checkable; the dataset's two counts of 1 July 2025,
    # 1,020,980 troops over 10,983 tanks, give 93.0)
    text = ("By the General Staff's count of 1 July 2025, Russia had lost about 39 troops for "
            "every tank destroyed.")
    _, cs, _, _ = run(text, date(2025, 7, 1))
    c = next(c for c in cs if c.text == "about 39")
    assert c.measure == "personnel_losses_for_every_tanks"
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 7, 1))
    assert status["about 39"] == "contradicted"


def test_a_ratio_of_a_noun_no_dataset_counts_is_listed_not_checked(run):
    text = ("By the General Staff's count of 1 July 2025, Russia had lost about 39 troops for "
            "every village it captured.")
    _, cs, _, _ = run(text, date(2025, 7, 1))
    c = next(c for c in cs if c.text == "about 39")
    assert c.measure is None and c.extra_dict().get("ratio") is True
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 7, 1))
    assert status["about 39"] == "unverified" and not rules["about 39"]


def test_a_rate_per_day_or_per_square_kilometre_is_no_ratio(run):
    _, cs, _, _ = run("Russia lost 1,230 troops per day in December 2024, the General Staff "
                      "said.", date(2025, 1, 2))
    assert all(not isinstance(c.extra_dict().get("ratio"), dict) for c in cs)
