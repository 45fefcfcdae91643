"""Readings60 (issue #10, set 117): the leftovers of the thirty-fifth session's note.

(1) Second- and third-ranked days: "the second-highest daily toll of the war", "the third-
deadliest day" name a rank; the figure is read as the rank-th highest day of the window the
words name (the whole count when none is written, or when the figure's date words are set off
by commas: "The second-highest daily toll, at the end of November, was 2,030"). A day's figure
called the second-highest when two days beat it is a broken rank (record-claim-mismatch).
By 30 December 2024 the General Staff's highest days (from 16 March 2022) were 2,200 (report of
20 December 2024), 2,030 (29 November) and 2,010 (30 December).

(2) A written date names the report: "the General Staff said on January 11", "In its 3 March
update", "Figures released on 10 June" pin a running total given as current, and the day's
figure of its sentence, to that report (``report_day``), as a weekday already did. The report
of 11 January 2023 gave 112,960 (+490), that of 12 January 113,390 (+430).

Our own sentences; the General Staff's real figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.normalize.readings import rank_of, record_of
from readings_support import checker_for, claims_by_text, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings60")))


# -- 1. ranked days ---------------------------------------------------------------------------

DEC_23 = date(2024, 12, 23)
SECOND = ("The deadliest day of the war for Russian troops remains December 20, when Kyiv "
          "counted 2,200 casualties. The second-highest daily toll, {} November, was {}.")
DEC_30 = date(2024, 12, 30)
THIRD = ("The General Staff reported 2,010 Russian casualties on Monday, the {}-highest daily "
         "toll of the war.")


def test_a_rank_is_read_as_the_kth_highest_day_of_the_whole_count():
    c = claims_by_text(SECOND.format("at the end of", "2,030"), DEC_23)["2,030"]
    ranked = [r for r in dict(c.extra)["readings"] if record_of(r)]
    # the date words set off by commas date the day, not the window: no November reading
    assert [(rank_of(r), r[1]) for r in ranked] == [(2, "2022-03-16")]


def test_the_second_highest_day_is_supported_and_the_third_contradicted(run):
    st, _, v = statuses_rules_verdicts(run, SECOND.format("at the end of", "2,030"), DEC_23)
    assert st["2,030"] == "supported"
    assert "second-highest" in v["2,030"].evidence[0].detail
    st, _, v = statuses_rules_verdicts(run, SECOND.format("earlier in", "1,950"), DEC_23)
    assert st["1,950"] == "contradicted"
    assert any("2,030" in e.detail or "2030" in e.detail for e in v["1,950"].evidence) or \
        any(e.value == 2030 for e in v["1,950"].evidence)


def test_a_day_called_second_when_two_days_beat_it_breaks_its_rank(run):
    st, rules, _ = statuses_rules_verdicts(run, THIRD.format("third"), DEC_30)
    assert st["2,010"] == "supported" and not rules["2,010"]
    st, rules, _ = statuses_rules_verdicts(run, THIRD.format("second"), DEC_30)
    assert st["2,010"] == "contradicted"
    assert "record-claim-mismatch" in rules["2,010"]


def test_a_rank_without_an_ordinal_names_no_rank():
    text = ("The General Staff reported 2,010 Russian casualties on Monday, one of the highest "
            "daily tolls of the war.")
    c = claims_by_text(text, DEC_30)["2,010"]
    assert all(rank_of(r) == 1 for r in dict(c.extra).get("readings") or ())


# -- 2. a written date names the report -------------------------------------------------------

JAN_12 = date(2023, 1, 12)
SAID_ON = ("Russia has lost about {} troops since the invasion began, the General Staff said on "
           "January 11, including {} over the previous 24 hours.")


def test_a_written_date_after_said_on_names_the_report():
    cs = claims_by_text(SAID_ON.format("112,960", "490"), JAN_12)
    for words, period in (("about 112,960", (date(2022, 2, 24), date(2023, 1, 10))),
                          ("490", (date(2023, 1, 10), date(2023, 1, 10)))):
        c = cs[words]
        assert dict(c.extra).get("report_day") == "2023-01-11"
        assert (c.period.start, c.period.end) == period


def test_the_next_reports_total_under_a_written_report_date_is_contradicted(run):
    st, rules, _ = statuses_rules_verdicts(run, SAID_ON.format("112,960", "490"), JAN_12)
    assert st["about 112,960"] == st["490"] == "supported"
    st, rules, _ = statuses_rules_verdicts(run, SAID_ON.format("113,390", "430"), JAN_12)
    assert st["about 113,390"] == st["430"] == "contradicted"
    assert "dataset-figure-mismatch" in rules["about 113,390"]


@pytest.mark.parametrize("text", [
    "In its 3 March update, the General Staff put Russian losses at {}.",
    "Figures released on 3 March put Russian losses at {}.",
    "The General Staff's March 3 report put Russian losses at {}."])
def test_dated_update_forms_name_the_report(run, text):
    pub = date(2025, 3, 4)
    assert statuses_rules_verdicts(run, text.format("878,070"), pub)[0]["878,070"] == "supported"
    assert statuses_rules_verdicts(run, text.format("879,410"), pub)[0]["879,410"] == \
        "contradicted"


def test_a_date_that_names_no_report_pins_nothing():
    # a date of the losses themselves, not of a report: the total is read as before
    text = "By January 11, Russia had lost about 112,960 troops, the General Staff said."
    c = claims_by_text(text, JAN_12)["about 112,960"]
    assert dict(c.extra).get("report_day") is None
    # a figure with a month of its own keeps it
    text = ("Russia lost 20,960 troops in December, the General Staff said on January 11.")
    c = claims_by_text(text, JAN_12)["20,960"]
    assert dict(c.extra).get("report_day") is None and c.period.start == date(2022, 12, 1)


@pytest.mark.parametrize("words", ["in its report of 7 November", "in its report of Monday"])
def test_a_report_set_against_names_no_report_of_the_figure(run, words):
    # (set 11: the total of 8 November 2022's report, 77,170, 710 more than the day before's)
    text = ("Combat losses among Russian personnel between the start of the invasion and Tuesday "
            f"numbered 77,170, the General Staff said, 710 more than {words}.")
    st, _, _ = statuses_rules_verdicts(run, text, date(2022, 11, 8))
    assert st["77,170"] == "supported"


# -- 3. a wrong multiple's own verdict --------------------------------------------------------

JAN_2 = date(2026, 1, 2)
DRONES = ("Russia lost 77,322 drones in 2025 by the General Staff's count, {} times the 14,474 "
          "it lost in 2024.")


def test_a_multiple_the_figures_do_not_bear_out_is_contradicted(run):
    st, _, v = statuses_rules_verdicts(run, DRONES.format("more than six"), JAN_2)
    assert st["more than six"] == "contradicted"
    assert st["77,322"] == st["14,474"] == "supported"
    # the finding names the arithmetic, and wrong-arithmetic's error stays on the figures
    _, _, flags, _ = run(DRONES.format("more than six"), JAN_2)
    assert {f.rule for f in flags} >= {"wrong-arithmetic", "wrong-multiple"}
    [w] = [f for f in flags if f.rule == "wrong-multiple"]
    assert w.severity == "info" and "14,474" in w.message


@pytest.mark.parametrize("words", ["more than five", "nearly six"])
def test_a_multiple_its_words_allow_is_not_contradicted(run, words):
    # 77,322 is 5.34 times 14,474: "more than five" and "nearly six" (85% to 100% of six) fit
    st, _, _ = statuses_rules_verdicts(run, DRONES.format(words), JAN_2)
    assert st[words] == "unverified"


# -- 4. an average limited by its own sentence's sum -------------------------------------------

DEC_8 = date(2025, 12, 8)
WEEK = ("Week in numbers: over the past seven days, Russia lost 7,760 soldiers, 16 tanks, 163 "
        "artillery systems and 2,367 drones, according to the General Staff's daily reports, an "
        "average of about {} troops a day.")


def test_an_average_is_not_supported_by_a_report_its_own_sum_rules_out(run):
    # 7,760 is the week of the reports of 2 to 8 December 2025 (1,109 a day); the week before
    # gave 8,010 (1,144 a day), within "about 1,150" but no reading of it beside the 7,760
    st, rules, v = statuses_rules_verdicts(run, WEEK.format("1,150"), DEC_8)
    assert st["7,760"] == "supported"
    assert st["about 1,150"] == "contradicted"
    assert "dataset-figure-mismatch" in rules["about 1,150"]
    assert "1,109" in " ".join(e.detail for e in v["about 1,150"].evidence) or \
        "7,760" in " ".join(e.detail for e in v["about 1,150"].evidence)
    st, _, _ = statuses_rules_verdicts(run, WEEK.format("1,110"), DEC_8)
    assert st["about 1,110"] == "supported"


def test_an_average_with_no_sum_keeps_both_weeks(run):
    text = ("Russia lost an average of about 1,140 troops a day over the past week, by the "
            "General Staff's count.")
    # the week before publication's report gave 1,144 a day: a reading still open
    st, _, _ = statuses_rules_verdicts(run, text, DEC_8)
    assert st["about 1,140"] == "supported"


# -- 5. a bare rank continuing the record of the sentence before (p21) -------------------------

OCT_25 = date(2024, 10, 25)
P21 = ("The highest number of soldiers Russia has lost in a single day was 1,740 on May 12. The "
       "second-highest, earlier this month, was {} in one day.")


def test_a_bare_rank_takes_the_count_of_the_record_before(run):
    c = claims_by_text(P21.format("1,530"), OCT_25)["1,530"]
    assert c.measure == "personnel_losses"
    assert [rank_of(r) for r in dict(c.extra)["readings"] if record_of(r)] == [2]
    # by 25 October 2024 the second-highest day was 1,710 (the report of 21 October)
    st, _, v = statuses_rules_verdicts(run, P21.format("1,530"), OCT_25)
    assert st["1,530"] == "contradicted"
    st, _, _ = statuses_rules_verdicts(run, P21.format("1,710"), OCT_25)
    assert st["1,710"] == "supported"


def test_a_bare_rank_after_a_sentence_with_no_record_takes_nothing():
    text = ("Russia lost 1,740 soldiers on May 12, Kyiv said. The second-highest, earlier this "
            "month, was 1,530 in one day.")
    assert claims_by_text(text, OCT_25)["1,530"].measure is None
