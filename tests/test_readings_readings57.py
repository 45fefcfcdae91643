"""Readings57 (issue #10, set 114): the open leftovers of the thirty-third session's note.

(1) One sentence's running totals come from one report: a sentence listing totals of several
measures with no day written is read against the report days each total fits
(``factcheck.report_fits``), and ``rules/prior/mixed-report-totals*.yaml`` decide when no
report fits them all. Our own sentences; the General Staff's real figures (reports of 10 and 11
June 2025: 998,080 / 10,919 tanks / 22,768 AFVs / 28,982 artillery and 999,200 / 10,927 /
22,783 / 29,016; 16 and 17 December 2024: 763,510 / 9,563 / 21,151 and 765,110 / 9,567 /
21,159; 10 and 11 January 2025: 804,930 / 9,741 and 806,500 / 9,751).

(2) "the heaviest month being December with 48,670": a month named in an absolute clause
before its figure dates it, and the figure counts the sentence's loss noun (December 2024:
48,670, the report of 1 January 2025 less that of 1 December; May 2025: 35,370).

(3) "just 800 short of the one-million mark", "still 1,920 shy of a million": a distance to a
round mark is the mark less the count's level in the report of the day (998,080 on 10 June
2025, 999,200 on 11 June; the report of 9 June: 997,120).

(4) A per cent change between two daily averages is the change of the averages the reports
give (May 2025 1,141.0 a day, June 1,080.7: -5.3%, where the months' sums fall 8.3%;
September 2024 1,271.0, October 1,354.2: +6.5%).

(5) "... in a single month. The losses were recorded in December": the month the next sentence
names dates the figures of a one-month window (December 2024: 48,670 troops, 609 artillery).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.engine_facts import build_facts
from factcheck.normalize import claims_for
from readings_support import checker_for, statuses_rules_verdicts

JUNE_11 = date(2025, 6, 11)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings57")))


_result = statuses_rules_verdicts


# -- 1. one sentence's totals, one report ---------------------------------------------------------

def test_a_total_of_the_report_before_among_the_days_totals_is_contradicted(run):
    status, rules, verdicts = _result(
        run, "Russia has lost 999,200 troops, 10,919 tanks and 29,016 artillery systems since "
             "February 2022, the General Staff said.", JUNE_11)
    assert status == {"999,200": "supported", "10,919": "contradicted", "29,016": "supported"}
    assert rules["10,919"] == ["mixed-report-totals"]
    assert "2025-06-11" in verdicts["10,919"].reading
    # the evidence is the report the other totals fit: its tank figure
    assert any(e.value == 10927 for e in verdicts["10,919"].evidence)


def test_totals_of_one_report_are_supported_with_that_day_named(run):
    status, rules, verdicts = _result(
        run, "Russia has lost 999,200 troops, 10,927 tanks and 29,016 artillery systems since "
             "February 2022, the General Staff said.", JUNE_11)
    assert set(status.values()) == {"supported"} and not any(rules.values())
    assert all("report of 2025-06-11" in v.reading for v in verdicts.values())


def test_every_total_of_the_report_before_is_one_report_too(run):
    status, rules, verdicts = _result(
        run, "Russia has lost 998,080 troops, 10,919 tanks and 28,982 artillery systems since "
             "February 2022.", JUNE_11)
    assert set(status.values()) == {"supported"} and not any(rules.values())
    assert "report of 2025-06-10" in verdicts["10,919"].reading


def test_round_totals_fit_either_report_and_decide_nothing(run):
    # "more than 998,000" and "over 10,900" fit both reports: the exact artillery figure of
    # the report of 10 June decides the day, and nothing is flagged
    status, rules, verdicts = _result(
        run, "Russia has lost more than 998,000 troops, over 10,900 tanks and 28,982 artillery "
             "systems since February 2022.", JUNE_11)
    assert set(status.values()) == {"supported"} and not any(rules.values())
    assert "report of 2025-06-10" in verdicts["over 10,900"].reading


def test_a_round_total_that_only_the_later_report_reaches_still_counts(run):
    # "more than 999,000" is past 998,080: of the report of 11 June only; 28,982 is of the
    # report of 10 June only; the tanks fit both: two reports fit two totals each, a warning
    status, rules, _ = _result(
        run, "Russia has lost more than 999,000 troops, over 10,900 tanks and 28,982 artillery "
             "systems since February 2022.", JUNE_11)
    assert "contradicted" not in status.values()
    assert rules["28,982"] == ["mixed-report-totals-unsure"]


def test_two_totals_of_one_measure_are_two_moments(run):
    status, rules, _ = _result(
        run, "Russia's losses since February 2022 have reached 999,200 troops, up from 998,080 "
             "the day before.", JUNE_11)
    assert "contradicted" not in status.values() and not any(rules.values())


def test_two_totals_of_two_reports_warn_without_a_verdict(run):
    # which one is stale is open: neither is contradicted, the older one is flagged
    status, rules, _ = _result(
        run, "Russia has now lost 806,500 troops and 9,741 tanks since February 2022.",
        date(2025, 1, 11))
    assert status == {"806,500": "supported", "9,741": "supported"}
    assert rules["9,741"] == ["mixed-report-totals-unsure"] and rules["806,500"] == []


def test_totals_of_separate_sentences_are_not_held_to_one_report(run):
    status, rules, _ = _result(
        run, "Russia has lost 999,200 troops since February 2022. It has lost 10,919 tanks, "
             "a figure from the previous day's report.", JUNE_11)
    assert status["10,919"] != "contradicted" and "mixed-report-totals" not in rules["10,919"]


def test_another_sources_totals_are_left_alone(run):
    status, rules, _ = _result(
        run, "According to British intelligence, Russia has lost 999,200 troops, 10,919 tanks "
             "and 29,016 artillery systems.", JUNE_11)
    assert status["10,919"] != "contradicted" and not rules["10,919"]


def test_the_same_report_is_the_source_named_before_not_a_source_of_its_own():
    text = ("Ukraine's General Staff said on June 11 that Russia had lost 999,200 troops. "
            "According to the same report, Russia has also lost 10,927 tanks.")
    cs = {c.text: c for c in claims_for(read_text_document(text, "t.md", JUNE_11))}
    assert cs["10,927"].source == cs["999,200"].source == "Ukrainian Ministry of Defense"


def test_report_fit_facts_count_the_reports_each_total_fits(run):
    from factcheck.store import default_store   # noqa: F401  (the checker's store is used)
    doc, cs, _, _ = run("Russia has lost 999,200 troops, 10,919 tanks and 29,016 artillery "
                        "systems since February 2022.", JUNE_11)
    fits = [f for f in _facts(run, doc, cs) if f["t"] == "report_fit"]
    by_text = {f["text"]: f for f in fits}
    assert set(by_text) == {"999,200", "10,919", "29,016"}
    assert {f["totals"] for f in fits} == {3} and {f["common"] for f in fits} == {0}
    assert {f["best_iso"] for f in fits} == {"2025-06-11"} and {f["strict"] for f in fits} == {1}
    assert by_text["10,919"]["fits_best"] == 0 and by_text["10,919"]["own_iso"] == "2025-06-10"
    assert by_text["999,200"]["fits_best"] == by_text["29,016"]["fits_best"] == 1


def _facts(run, doc, cs):
    # the references the checker's store gives, through the same closure's store
    store = run.__closure__ and next(c.cell_contents for c in run.__closure__
                                     if hasattr(c.cell_contents, "store")).store
    return build_facts(doc, cs, store.references_for(doc, cs)).facts


# -- 2. a month named in an absolute clause ------------------------------------------------------

@pytest.mark.parametrize("figure,status", [("48,670", "supported"), ("46,870", "contradicted")])
def test_the_heaviest_month_being_december_with_n(run, figure, status):
    text = (f"Russia lost some 430,000 soldiers killed or wounded in Ukraine in 2024, the "
            f"costliest month being December with {figure}, according to Ukraine's General "
            f"Staff.")
    c = {c.text: c for c in claims_for(read_text_document(text, "t.md", date(2025, 1, 7)))}
    assert c[figure].measure == "personnel_losses"
    assert (c[figure].period.start, c[figure].period.end) == (date(2024, 12, 1),
                                                              date(2024, 12, 31))
    got, _, _ = _result(run, text, date(2025, 1, 7))
    assert got[figure] == status


@pytest.mark.parametrize("figure,status", [("35,370", "supported"), ("32,420", "contradicted")])
def test_the_worst_month_being_may_with_n_soldiers(run, figure, status):
    text = (f"Russian troop losses stayed high through the spring, the worst month being May "
            f"with {figure} soldiers killed or wounded, Ukraine's General Staff figures show.")
    got, _, _ = _result(run, text, date(2025, 6, 5))
    assert got[figure] == status


def test_an_absolute_clause_with_no_count_before_it_takes_no_measure():
    text = "The costliest month being December with 48,670, the year closed on a record."
    c = {c.text: c for c in claims_for(read_text_document(text, "t.md", date(2025, 1, 7)))}
    assert c["48,670"].measure is None


# -- 3. a distance to a round mark ---------------------------------------------------------------

@pytest.mark.parametrize("figure,status", [("1,920", "supported"), ("2,880", "supported"),
                                           ("1,290", "contradicted")])
def test_a_distance_to_a_million_with_no_level_written(run, figure, status):
    # 1,920 is the report of 10 June's distance; 2,880 the report of 9 June's, which an article
    # of 10 June may quote (the lag window): only a distance no report gives is contradicted
    text = (f"By Ukraine's count, Russia's troop losses since February 2022 are still {figure} "
            f"shy of a million, the General Staff's report on Tuesday showed.")
    got, rules, verdicts = _result(run, text, date(2025, 6, 10))
    assert got[figure] == status
    if status == "supported":
        assert any("1,000,000" in (e.detail or "") for e in verdicts[figure].evidence)


def test_a_distance_beside_its_level_and_mark(run):
    text = ("Russia's losses in Ukraine now stand at 999,200 troops, just 800 short of the "
            "one-million mark, according to the General Staff's report on Wednesday.")
    got, rules, _ = _result(run, text, JUNE_11)
    assert got["999,200"] == "supported" and got["just 800"] == "supported"
    assert not any(rules.values())


def test_a_distance_is_no_running_total_of_its_own():
    text = ("By Ukraine's count, Russia's troop losses since February 2022 are still 1,920 shy "
            "of a million.")
    c = {c.text: c for c in claims_for(read_text_document(text, "t.md", date(2025, 6, 10)))}
    gap = dict(c["1,920"].extra)["mark_gap"]
    assert c["1,920"].measure is None
    assert (gap["mark"], gap["measure"]) == (1_000_000.0, "personnel_losses")


def test_short_of_a_figure_that_is_no_reports_count_is_no_mark():
    text = "The club sold 9,200 season tickets, 800 short of the 10,000 target."
    c = {c.text: c for c in claims_for(read_text_document(text, "t.md", date(2025, 6, 10)))}
    assert "mark_gap" not in dict(c["800"].extra or ())


# -- 4. a per cent change between two daily averages ---------------------------------------------

@pytest.mark.parametrize("pct,status", [("5%", "supported"), ("15%", "contradicted"),
                                        # (the months' sums fall 8.3%: not the averages' change)
                                        ("8%", "contradicted")])
def test_a_change_between_two_monthly_averages(run, pct, status):
    text = (f"Russian losses eased slightly last month: the daily average fell to 1,081 in June "
            f"from 1,141 in May, a drop of {pct}, according to Ukraine's General Staff figures.")
    got, rules, verdicts = _result(run, text, date(2025, 7, 2))
    assert got[pct] == status and got["1,081"] == got["1,141"] == "supported"
    if status == "contradicted":
        assert "dataset-figure-mismatch" in rules[pct]


def test_both_ends_of_a_change_of_averages_are_averages(run):
    text = ("By Kyiv's count the daily average of Russian troop losses rose 7% from 1,271 in "
            "September to 1,354 in October.")
    c = {c.text: c for c in claims_for(read_text_document(text, "t.md", date(2024, 11, 4)))}
    assert c["1,354"].measure == c["1,271"].measure == "personnel_losses_per_day"
    got, rules, _ = _result(run, text, date(2024, 11, 4))
    assert got == {"7%": "supported", "1,271": "supported", "1,354": "supported"}


def test_a_change_from_an_average_to_a_months_total_is_no_change_of_averages():
    # 41,980 is October's total, some thirty times the average: not read as an average
    text = ("The daily average stood at 1,271 in September, and losses rose to 41,980 in "
            "October, up 10% from 1,271.")
    c = {c.text: c for c in claims_for(read_text_document(text, "t.md", date(2024, 11, 4)))}
    assert c["41,980"].measure != "personnel_losses_per_day"


# -- 5. the month in the next sentence -----------------------------------------------------------

@pytest.mark.parametrize("troops,status", [("48,670", "supported"), ("45,720", "contradicted")])
def test_figures_of_a_single_month_recorded_in_the_month_the_next_sentence_names(
        run, troops, status):
    text = (f"Russia lost {troops} troops and 609 artillery systems in a single month, Ukraine's "
            f"General Staff said. The losses were recorded in December, the costliest month of "
            f"the war so far.")
    got, _, _ = _result(run, text, date(2025, 1, 7))
    assert got == {troops: status, "609": "supported"}


def test_a_month_the_next_sentence_names_for_something_else_dates_nothing():
    text = ("Russia lost 48,670 troops in a single month, Ukraine's General Staff said. "
            "Talks were held in December.")
    c = {c.text: c for c in claims_for(read_text_document(text, "t.md", date(2025, 1, 7)))}
    assert c["48,670"].period is None


def test_a_figure_with_no_one_month_window_takes_no_month_from_the_next_sentence():
    text = ("Russia lost 1,570 troops over the past day, Ukraine's General Staff said. "
            "The losses were recorded in December.")
    c = {c.text: c for c in claims_for(read_text_document(text, "t.md", date(2024, 12, 20)))}
    assert c["1,570"].period is not None and c["1,570"].period.start.day != 1


@pytest.mark.parametrize("pct,status", [("8.9%", "supported"), ("18.9%", "contradicted")])
def test_a_change_between_two_months_totals_is_the_change_of_their_sums(run, pct, status):
    # October 2024: 41,980; November: 45,720 (+8.9%)
    text = (f"Russian casualties climbed to 45,720 in November from 41,980 in October, a rise "
            f"of {pct}, by the General Staff's count.")
    got, _, _ = _result(run, text, date(2024, 12, 2))
    assert got == {"45,720": "supported", "41,980": "supported", pct: status}
