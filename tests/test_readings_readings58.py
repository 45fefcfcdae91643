"""Readings58 (issue #10, set 115): the open leftovers of the thirty-fourth session's note.

(1) A tie between two reports that the document settles: two running totals of one sentence,
each of a different report, are a warning while which one is stale stays open
(``mixed-report-totals-unsure``); when the document's other figures given as current (the past
day's losses, another sentence's total) fit the later report only, the total of the report
before is stale (``mixed-report-totals-settled``, ``factcheck.report_fits`` ``settled``). Our
own sentences; the General Staff's real figures (reports of 10 and 11 January 2025: 1,830 /
804,930 / 9,741 tanks and 1,570 / 806,500 / 9,751; of 10 and 11 June 2025: 998,080 / 10,919
and 1,120 / 999,200 / 10,927).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.report_fits import report_fit_facts
from readings_support import checker_for, statuses_rules_verdicts

JAN_11 = date(2025, 1, 11)
TIE = "Its losses since February 2022 now stand at 806,500 troops and 9,741 tanks."


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings58")))


_result = statuses_rules_verdicts


# -- 1. a tie the document settles ----------------------------------------------------------------

def test_the_past_days_figure_of_the_later_report_makes_the_older_total_stale(run):
    status, rules, verdicts = _result(
        run, "Russia lost 1,570 soldiers over the past day, the General Staff said on Saturday. "
             + TIE, JAN_11)
    assert status == {"1,570": "supported", "806,500": "supported", "9,741": "contradicted"}
    assert rules["9,741"] == ["mixed-report-totals-settled"] and rules["806,500"] == []
    assert "2025-01-11" in verdicts["9,741"].reading
    assert any(e.value == 9751 for e in verdicts["9,741"].evidence)


def test_the_day_unwritten_the_past_days_figure_still_names_the_report(run):
    status, rules, _ = _result(
        run, "Russia lost 1,570 soldiers over the past day, the General Staff said. " + TIE,
        JAN_11)
    assert status["9,741"] == "contradicted" and rules["9,741"] == ["mixed-report-totals-settled"]


def test_a_total_as_of_the_day_in_another_sentence_settles_it_too(run):
    status, rules, _ = _result(
        run, "As of January 11, Russia has lost 806,500 troops. " + TIE, JAN_11)
    assert status["9,741"] == "contradicted"


def test_a_past_days_figure_of_the_report_before_leaves_it_open(run):
    # 1,830 is the report of 10 January's day: the later total (806,500) may be the one figure
    # brought up to date, so nothing is settled against it
    status, rules, _ = _result(
        run, "Russia lost 1,830 soldiers over the past day, the General Staff said. " + TIE,
        JAN_11)
    assert status["806,500"] == "supported" and status["9,741"] == "supported"
    assert rules["9,741"] == ["mixed-report-totals-unsure"]


def test_a_days_figure_with_its_own_day_written_says_nothing(run):
    # "on Friday" dates the figure itself (Friday's losses), whatever report the text quotes
    status, rules, _ = _result(
        run, "Russia lost 1,570 soldiers on Friday. " + TIE, JAN_11)
    assert status["9,741"] != "contradicted"


def test_another_sides_figure_says_nothing(run):
    status, rules, _ = _result(
        run, "Ukraine lost 1,570 soldiers over the past day, Moscow claimed. " + TIE, JAN_11)
    assert status["9,741"] != "contradicted"


def test_a_stale_troop_total_beside_the_later_days_figure_and_tanks(run):
    status, rules, _ = _result(
        run, "Russian forces suffered 1,120 casualties over the past day, Ukraine's military "
             "said. In total, Russia has lost 998,080 troops and 10,927 tanks since February "
             "24, 2022.", date(2025, 6, 11))
    assert status == {"1,120": "supported", "998,080": "contradicted", "10,927": "supported"}


def test_every_figure_of_one_report_is_not_flagged(run):
    status, rules, _ = _result(
        run, "Russia lost 1,570 soldiers over the past day, the General Staff said on Saturday. "
             "Its losses since February 2022 now stand at 806,500 troops and 9,751 tanks.",
        JAN_11)
    assert set(status.values()) == {"supported"} and not any(rules.values())


def test_in_its_report_on_a_weekday_names_the_report():
    # "In its report on Saturday" (readings.yaml report_day, group day5), on a Saturday
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    cs = claims_for(read_text_document(
        "In its report on Saturday, the General Staff said Russia had lost 806,500 troops "
        "since February 2022.", "t.md", JAN_11))
    assert dict(cs[0].extra).get("report_day")


def _fact(cid, n, sentence, value, cumulative=1, pend=10, pstart=1, **kw):
    return {"id": cid, "n": n, "text": f"{value:,}", "start": n, "end": n + 1,
            "sentence": sentence, "has_value": 1, "cumulative": cumulative,
            "measure": kw.pop("measure", "personnel_losses"), "pend": pend, "pstart": pstart,
            "subject": "russian_forces", "source": "", "lower": value, "upper": value,
            "retracted": 0, **kw}


def test_report_fits_settle_only_on_the_later_tied_day():
    from factcheck.model import Reference
    d10, d11 = date(2025, 1, 10), date(2025, 1, 11)
    claims = {"a": _fact("a", 1, 1, 806500), "b": _fact("b", 2, 1, 9741, measure="tanks"),
              "x": _fact("x", 3, 0, 1570, cumulative=0, pend=9, pstart=9)}

    def ref(c, d, v):
        return Reference(claim=c, kind="dataset", role="period", measure="m", subject="s",
                         value=v, lower=v, upper=v, date=d, cumulative=c != "x")
    refs = [ref("a", d11, 806500), ref("a", d10, 804930), ref("b", d11, 9751),
            ref("b", d10, 9741), ref("x", d11, 1570), ref("x", d10, 1830)]
    facts = {f["claim"]: f for f in report_fit_facts(claims, refs, lambda r, v: v)}
    assert facts["b"]["settled"] == 1 and facts["b"]["fits_settled"] == 0
    assert facts["b"]["settled_iso"] == "2025-01-11" and facts["b"]["settled_display"] == "9,751"
    assert facts["a"]["fits_settled"] == 1
    # the day's figure of the report before: no settling
    claims["x"]["lower"] = claims["x"]["upper"] = 1830
    facts = {f["claim"]: f for f in report_fit_facts(claims, refs, lambda r, v: v)}
    assert facts["b"]["settled"] == 0 and facts["a"]["settled"] == 0


# -- 2. both sides together: neither side's count ---------------------------------------------

@pytest.mark.parametrize("text, figure", [
    ("Together, Russia and Ukraine lost 87,700 troops in October and November.", "87,700"),
    ("The two armies combined lost 87,700 soldiers in October and November.", "87,700"),
    ("Russian and Ukrainian forces lost 87,700 soldiers in October and November.", "87,700"),
    ("Both sides lost a combined 87,700 troops in October and November.", "87,700"),
    ("The fighting killed or wounded 87,700 soldiers on both sides in October and November.",
     "87,700"),
])
def test_a_combined_subject_is_neither_sides_count(run, text, figure):
    # 87,700 is Russia's October and November 2024 (41,980 + 45,720): read as Russia's it
    # would be supported; as both sides' it is nothing a report of one side gives
    status, rules, verdicts = _result(run, text, date(2024, 12, 2))
    v = verdicts[figure]
    assert v.status == "unverified" and v.reason == "no subject"
    assert "both sides together" in v.why


def test_a_combined_figure_is_not_contradicted_as_one_sides(run):
    status, rules, verdicts = _result(
        run, "Russia lost 87,700 soldiers in October and November, Kyiv's figures show. "
             "Together, the Russian and Ukrainian armies lost more than 130,000 troops over "
             "those two months, a Western official estimated.", date(2024, 12, 2))
    assert status["87,700"] == "supported"
    assert status["more than 130,000"] == "unverified" and not rules["more than 130,000"]


@pytest.mark.parametrize("text", [
    "In the war between Russia and Ukraine, Russia has lost 806,500 troops since February 2022.",
    "Fighting between Russian and Ukrainian forces went on as Russia's losses reached 806,500 "
    "troops since February 2022.",
])
def test_a_side_named_alone_after_the_pair_is_the_subject(run, text):
    status, _, _ = _result(run, text, JAN_11)
    assert status["806,500"] == "supported"


def test_figures_for_each_side_are_not_joint():
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    cs = {c.text: c for c in claims_for(read_text_document(
        "Russia and Ukraine lost 1,000 troops each, the analysts said.", "t.md", JAN_11))}
    assert "no_subject_why" not in dict(cs["1,000"].extra or ())


def test_both_sides_figures_in_the_text_make_the_joint_figure_a_sum_to_check(run):
    # the joint figure is no side's count, but the two sides' figures before it are its parts
    _, cs, flags, _ = run("Kyiv said Russia lost 1,570 soldiers over the past day, while Moscow "
                          "claimed Ukraine lost 1,100. Together, the two armies lost 2,870 "
                          "soldiers in a single day.", JAN_11)
    assert any(f.rule == "list-sum-mismatch" for f in flags)
    _, cs, flags, _ = run("Kyiv said Russia lost 1,570 soldiers over the past day, while Moscow "
                          "claimed Ukraine lost 1,100. Together, the two armies lost 2,670 "
                          "soldiers in a single day.", JAN_11)
    assert not any(f.rule == "list-sum-mismatch" for f in flags)


def test_a_pair_in_another_clause_is_not_the_figures_subject(run):
    status, _, verdicts = _result(
        run, "As talks between Ukraine and Russia stalled, the General Staff said Russia's "
             "forces had lost 806,500 troops since February 2022.", JAN_11)
    assert status["806,500"] == "supported"
    _, _, verdicts = _result(
        run, "As talks between Ukraine and Russia stalled, the General Staff reported 1,570 "
             "casualties over the past day.", JAN_11)
    assert verdicts["1,570"].reason != "no subject"


# -- 4. the month of a one-month window named in the next sentence ------------------------------

_ONE_MONTH = "Russia lost 48,670 troops and 609 artillery systems in a single month, Kyiv said. "


def _periods(text: str, pub: date = date(2025, 1, 7)) -> dict[str, object]:
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    return {c.text: (c.period.start.isoformat(), c.period.end.isoformat()) if c.period else None
            for c in claims_for(read_text_document(text, "t.md", pub))}


@pytest.mark.parametrize("after", [
    "The losses came in December.",
    "The losses all came in December, the costliest month of the war.",
    "These losses occurred in December.",
    "All of them came in December.",
    "They were all in December.",
    "December accounted for all of those losses.",
    "December accounted for them.",
])
def test_the_next_sentence_names_the_month_of_the_window(after):
    got = _periods(_ONE_MONTH + after)
    assert got["48,670"] == got["609"] == ("2024-12-01", "2024-12-31")


@pytest.mark.parametrize("after", [
    "Most of them came in December.",
    "December accounted for most of them.",
    "December accounted for the largest share of the year's losses.",
])
def test_a_month_that_holds_only_part_of_them_dates_nothing(after):
    assert _periods(_ONE_MONTH + after)["48,670"] is None


def test_a_figure_with_no_one_month_window_is_not_dated_by_the_next_sentence():
    got = _periods("Russia lost 48,670 troops, Kyiv said. The losses came in December.")
    assert got["48,670"] != ("2024-12-01", "2024-12-31")


def test_the_month_named_checks_the_figure(run):
    status, _, _ = _result(run, "Russia lost 45,720 troops in a single month, Kyiv's figures "
                                "show. The losses came in December.", date(2025, 1, 7))
    assert status["45,720"] == "contradicted"
    status, _, _ = _result(run, "Russia lost 35,370 soldiers in one month of fighting, the "
                                "General Staff said. The losses occurred in May.",
                           date(2025, 6, 2))
    assert status["35,370"] == "supported"


# -- 5. the phrasings benchmark's leftovers -----------------------------------------------------

def test_an_earlier_articles_figure_is_no_conflict_for_another_bodys_count(run):
    # "by the ministry's count" after a sentence crediting Britain's defence ministry: the
    # figure may be that body's, and an earlier article's Kyiv count is no conflict with it
    _, cs, flags, _ = run("Britain's defence ministry says Russia lost 48,670 soldiers in "
                          "December. In November it lost 45,860, by the ministry's count.",
                          date(2025, 1, 15))
    assert not any(f.rule == "prior-article-conflict" for f in flags)
    # with Kyiv's count the earlier article still disagrees
    _, cs, flags, _ = run("Russia lost 48,670 soldiers in December, Kyiv said. In November "
                          "it lost 45,860.", date(2025, 1, 15))
    assert any(f.rule == "prior-article-conflict" for f in flags)
