"""Readings64 (issue #10, set 121): the thirty-seventh session's leftovers, each a general
mechanism, in our own sentences with the General Staff's real figures
(corpus/datasets/ukraine-general-staff-losses). Months by the reports (the report of the next
month's first day less that of the month's first day): 2024 December 48,670, November 45,720,
October 41,980, May 38,940, September 38,130; 2025 January 48,240, March 41,160, February
36,570, April 36,420, May 35,370. Calendar weeks of 2026 up to 19 July: 13 July 9,840, 6 July
9,640, 1 June 9,480.
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings64")))


def _claims(run, text: str, pub: date) -> dict[str, object]:
    return {c.text: c for c in run(text, pub)[1]}


# -- 1. a month put first with its figure in commas; a place higher than the month holds -------

FRONTED = "{m}, at {n}, was the {k}-costliest month of {y} for {who} by the General Staff's count."


def test_a_fronted_month_and_its_figure_in_commas_take_the_sentences_measure(run):
    pub = date(2025, 1, 5)
    cs = _claims(run, FRONTED.format(m="October", n="41,980", k="third", y=2024,
                                     who="Russian troops"), pub)
    c = cs["41,980"]
    assert c.measure == "personnel_losses"
    assert (c.period.start, c.period.end) == (date(2024, 10, 1), date(2024, 10, 31))
    status, rules, _ = statuses_rules_verdicts(
        run, FRONTED.format(m="October", n="41,980", k="third", y=2024, who="Russian troops"),
        pub)
    assert status["41,980"] == "supported" and not rules["41,980"]


def test_may_fronted_before_its_figure_is_the_month(run):
    # ("May" is the modal too: read as the month only before ", at N, was")
    pub = date(2026, 1, 4)
    text = FRONTED.format(m="May", n="35,370", k="fifth", y=2025, who="Moscow's forces")
    cs = _claims(run, text, pub)
    assert cs["35,370"].measure == "personnel_losses"
    assert cs["35,370"].period.start == date(2025, 5, 1)
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert status["35,370"] == "supported"
    status, rules, _ = statuses_rules_verdicts(run, text.replace("fifth", "third"), pub)
    assert status["35,370"] == "contradicted" and "month-rank-mismatch" in rules["35,370"]


def test_a_figure_set_at_in_a_sentence_of_no_rank_takes_no_measure_from_it(run):
    # (the sentence's measure is taken only for a ranked month's figure)
    pub = date(2025, 1, 5)
    cs = _claims(run, "October, at 41,980, was a month Kyiv's officials remember.", pub)
    assert cs["41,980"].measure is None


def test_a_month_placed_higher_than_it_ranks_is_flagged(run):
    pub = date(2025, 1, 5)
    for text in (FRONTED.format(m="December", n="48,670", k="second", y=2024,
                                who="Russian troops"),
                 "Russia lost 48,670 troops in December, the second-costliest month of 2024 for "
                 "its army, the General Staff's reports show."):
        status, rules, verdicts = statuses_rules_verdicts(run, text, pub)
        assert status["48,670"] == "contradicted", text
        assert "month-rank-mismatch" in rules["48,670"]
    status, rules, _ = statuses_rules_verdicts(
        run, "Russia lost 45,720 troops in November, the second-costliest month of 2024 for its "
             "army, the General Staff's reports show.", pub)
    assert status["45,720"] == "supported" and not rules["45,720"]


def test_a_week_placed_higher_or_lower_than_it_ranks_is_flagged(run):
    text = ("Russia lost {n} troops last week, the {k}-costliest week of 2026 for its forces by "
            "the General Staff's daily reports.")
    pub = date(2026, 7, 20)     # last week: 13-19 July, 9,840, the year's costliest so far
    status, rules, _ = statuses_rules_verdicts(run, text.format(n="9,840", k="third"), pub)
    assert status["9,840"] == "contradicted" and "month-rank-mismatch" in rules["9,840"]
    pub = date(2026, 8, 3)      # last week: 27 July - 2 August, 9,930, second to 10,050
    status, rules, _ = statuses_rules_verdicts(run, text.format(n="9,930", k="second"), pub)
    assert status["9,930"] == "supported" and not rules["9,930"]


def test_a_week_ranked_since_a_month_is_ranked_among_the_weeks_from_that_month(run):
    # (weeks of 2026 from March: 20 July 10,050, 27 July 9,930, 13 July 9,840)
    text = ("Russia lost {n} troops last week, the {k}costliest week since March for its forces "
            "by the General Staff's reports.")
    status, rules, _ = statuses_rules_verdicts(run, text.format(n="9,930", k="second-"),
                                               date(2026, 8, 3))
    assert status["9,930"] == "supported" and not rules["9,930"]
    status, rules, _ = statuses_rules_verdicts(run, text.format(n="10,050", k="second-"),
                                               date(2026, 7, 27))
    assert status["10,050"] == "contradicted" and "month-rank-mismatch" in rules["10,050"]
    status, rules, _ = statuses_rules_verdicts(run, text.format(n="10,050", k=""),
                                               date(2026, 7, 27))
    assert status["10,050"] == "supported" and not rules["10,050"]


# -- 2. a month's total "it reported for <month>": both readings ---------------------------------
# (October 2024: 41,980 from the report of 1 October to that of 1 November, 41,890 over the
# reports dated in October)

REPORTED_FOR = ("Russia lost 45,720 troops in November by the General Staff's count, more than "
                "the {n} it reported for October.")


@pytest.mark.parametrize("n", ["41,980", "41,890"])
def test_a_figure_reported_for_a_month_keeps_both_readings_of_the_month(run, n):
    status, rules, _ = statuses_rules_verdicts(run, REPORTED_FOR.format(n=n), date(2024, 12, 2))
    assert status[n] == "supported" and not rules[n]


def test_a_figure_reported_for_a_month_no_reading_gives_is_contradicted(run):
    status, rules, _ = statuses_rules_verdicts(run, REPORTED_FOR.format(n="41,580"),
                                               date(2024, 12, 2))
    assert status["41,580"] == "contradicted" and status["45,720"] == "supported"


# -- 3. a small spelled number in "one more than at the start of the month" ----------------------
# (warships and boats: 34 in the report of 1 August 2026, 35 from that of 8 August)

SHIPS = ("The General Staff's count of Russian warships and boats reached 35 in its report on "
         "Saturday, {k} more than at the start of the month.")


def test_one_before_more_than_is_a_figure_and_its_gain_is_checked(run):
    pub = date(2026, 8, 8)
    status, rules, _ = statuses_rules_verdicts(run, SHIPS.format(k="one"), pub)
    assert status == {"35": "supported", "one": "supported"}
    status, rules, _ = statuses_rules_verdicts(run, SHIPS.format(k="two"), pub)
    assert status["two"] == "contradicted" and status["35"] == "supported"


def test_one_before_more_than_a_time_is_a_figure_not_after_no_or_before_a_figure():
    from factcheck.extract import find_mentions
    for text, want in (("The club won one more than in 2023.", ["one"]),
                       ("No one more than Kyiv wants it.", []),
                       # (before a figure: worked from an ordinal, "its 62nd mission")
                       ("Its 62nd mission and one more than the record 61.", ["61"]),
                       ("It was one of the costliest days.", [])):
        got = [q.text for q in find_mentions(text, date(2026, 8, 8)).quantities]
        assert got == want, text


# -- 4. a figure credited to another body: the verdict names the source mismatch ----------------

@pytest.mark.parametrize("body", ["British intelligence", "The ISW"])
def test_another_bodys_figure_is_unverified_and_its_why_names_both_sources(run, body):
    # (July 2024: 35,680 over 31 days, 1,151 a day by the General Staff's reports)
    text = f"{body} said Russia lost about 1,115 troops a day in July."
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2024, 8, 5))
    assert status["about 1,115"] == "unverified" and not rules["about 1,115"]
    why = verdicts["about 1,115"].why
    assert why.startswith("attributed to ") and "General Staff" in why and "1,151" in why


# -- 5. a count told as the time between its events ------------------------------------------------
# (December 2024: 48,670 over 2,678,400 seconds, one every 55.03 seconds; the report of 20 July
# 2026: 1,600 over 86,400 seconds, one every 54)

@pytest.mark.parametrize("secs,want", [("55", "supported"), ("45", "contradicted")])
def test_one_every_n_seconds_is_the_periods_seconds_over_its_count(run, secs, want):
    text = f"Kyiv counted 48,670 Russian casualties in December, one every {secs} seconds."
    _, cs, _, _ = run(text, date(2025, 1, 2))
    c = next(c for c in cs if c.text.startswith(secs))
    assert c.measure == "personnel_losses_interval" and c.period.start == date(2024, 12, 1)
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 1, 2))
    assert status[f"{secs} seconds"] == want and status["48,670"] == "supported"


def test_an_interval_after_a_days_count_and_its_hourly_rate(run):
    text = ("Monday's report from Ukraine's General Staff counted 1,600 Russian casualties over "
            "the previous 24 hours, roughly 67 an hour, or one every {s} seconds.")
    status, _, _ = statuses_rules_verdicts(run, text.format(s=54), date(2026, 7, 20))
    assert status["54 seconds"] == "supported"
    status, _, _ = statuses_rules_verdicts(run, text.format(s=45), date(2026, 7, 20))
    assert status["45 seconds"] == "contradicted"


def test_every_n_seconds_with_no_count_before_it_takes_no_measure(run):
    # ("a bus every 90 seconds": no count of a daily-reported measure in the sentence)
    _, cs, _, _ = run("In the rush hour a bus leaves every 90 seconds.", date(2025, 1, 2))
    assert all(c.measure is None or not c.measure.endswith("_interval") for c in cs)


def test_a_week_of_seven_reports_ranked_among_weeks_is_checked_and_its_place_listed(run):
    # (the seven reports to 5 August 2026, a Wednesday, sum to 9,430: no calendar week)
    text = ("Russia lost 9,430 troops over the past seven days, the second-costliest week of "
            "2026 for its forces by the General Staff's reports.")
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2026, 8, 5))
    assert status["9,430"] == "supported" and not rules["9,430"]
    assert "no calendar week" in verdicts["9,430"].why


def test_the_month_a_ranked_month_trails_is_not_given_its_place(run):
    # ("after December's 48,670": December holds the place above; the place is January's)
    text = ("January's 48,240 Russian casualties, as reported by Ukraine's General Staff, were "
            "the second-highest monthly figure of the war, after December's 48,670.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2025, 2, 2))
    assert status == {"48,240": "supported", "48,670": "supported"}
    assert not rules["48,670"] and not rules["48,240"]
