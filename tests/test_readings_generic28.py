"""Figures whose measure is not written beside them (readings28, issue #10): a count named only
by a generic noun ("Kyiv's count stood at", "the tally", "the figure", "the toll") or by none
("That was up from 1,210"), which refers back to a figure named earlier.

Real figures of the General Staff: report of 2024-05-20, 1,400 personnel over the past day
(1,210 in the report of 2024-05-19); report of 2024-11-10, 11 tanks over the past day, 9,249
tanks and 708,890 personnel in all; report of 2025-10-17, 1,128,030 personnel; report of
2024-11-29, 2,030 personnel over the past day, the record before it 1,950 (report of
2024-11-12); report of 2023-11-28, 860 personnel over the past day (750 the day before);
report of 2025-09-04, 840 personnel, 43 artillery systems and 261 drones over the past day
(780 personnel the day before); report of 2023-02-07, 1,030 personnel over the past day
(870 the day before); report of 2025-06-05, 992,750 personnel in all (+930).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from readings_support import checker_for


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("generic28")))


def _claim(cs, text):
    return next(c for c in cs if c.text == text)


def _basis(c):
    return dict(c.extra_dict()["basis"])


def _errors(flags, c):
    return [f for f in flags if c.id in f.claims and f.severity == "error"]


def _claims(text, pub):
    return claims_for(read_text_document(text, "t.md", pub))


@pytest.mark.parametrize("value,status", [("1,210", "supported"), ("1,120", "contradicted")])
def test_that_was_up_from_is_the_day_before_of_the_count_before(run, value, status):
    text = ("Russian forces lost 1,400 personnel over the past day, the General Staff reported "
            f"on Monday. That was up from {value}.")
    _, cs, flags, verdicts = run(text, date(2024, 5, 20))
    c = _claim(cs, value)
    assert c.measure == "personnel_losses" and c.subject == "russian_forces"
    assert (c.period.start, c.period.end) == (date(2024, 5, 18), date(2024, 5, 18))
    assert _basis(c)["measure"].startswith("carried within the paragraph: the figure it is "
                                           "compared with")
    assert verdicts[c.id].status == status
    assert bool(_errors(flags, c)) == (status == "contradicted")


def test_that_was_up_from_takes_the_figure_its_direction_fits():
    # "up from 780" is below 840 troops, not below 43 artillery systems or 261 drones
    text = ("In the past 24 hours alone Russian forces lost 840 personnel, along with 43 "
            "artillery systems and 261 drones, the ministry said. That was up from 780 the day "
            "before.")
    c = _claim(_claims(text, date(2025, 9, 4)), "780")
    assert c.measure == "personnel_losses"


def test_that_was_up_from_two_counts_it_fits_is_left_open():
    # 300 is below both 840 troops and 410 drones: either may be meant
    text = ("In the past 24 hours Russian forces lost 840 personnel and 410 drones, the "
            "ministry said. That was up from 300.")
    c = _claim(_claims(text, date(2025, 9, 4)), "300")
    assert c.measure is None


def test_compared_value_without_period_is_the_report_before(run):
    text = ("Ukraine's General Staff put Russian combat losses at 133,190 on Tuesday. The daily "
            "figure, 1,030, was up from 870 in the report before.")
    _, cs, _, verdicts = run(text, date(2023, 2, 7))
    c = _claim(cs, "870")
    assert (c.period.start, c.period.end) == (date(2023, 2, 5), date(2023, 2, 5))
    assert verdicts[c.id].status == "supported"


def test_compared_in_sentence_is_carried_not_undecided(run):
    text = ("Ukraine's General Staff said on Tuesday that Russia had lost 860 troops over the "
            "previous day, up from 570 the day before.")
    _, cs, flags, verdicts = run(text, date(2023, 11, 28))
    c = _claim(cs, "570")
    assert _basis(c)["measure"].startswith("carried within the sentence: the figure it is "
                                           "compared with")
    assert verdicts[c.id].status == "contradicted" and _errors(flags, c)


@pytest.mark.parametrize("value,status", [("9,249", "supported"), ("9,429", "contradicted")])
def test_kyivs_count_after_tanks_reads_both_counts(run, value, status):
    # soft-wrapped as copy is: the possessive before a line break still names the body
    text = ("Ukraine's General Staff said 11 more Russian tanks were destroyed over the past "
            f"day. Kyiv's\ncount stood at {value} on Sunday.")
    _, cs, _, verdicts = run(text, date(2024, 11, 10))
    c = _claim(cs, value)
    assert c.extra_dict().get("may_mean") == ("tanks",)
    assert c.subject == "russian_forces" and c.source == "Ukrainian Ministry of Defense"
    assert verdicts[c.id].status == status


def test_kyivs_count_alone_is_the_personnel_count(run):
    _, cs, flags, verdicts = run("Kyiv's count stood at 1,128,300 on Friday, the General Staff "
                                 "said.", date(2025, 10, 17))
    c = _claim(cs, "1,128,300")
    assert c.measure == "personnel_losses"
    assert verdicts[c.id].status == "contradicted" and _errors(flags, c)


@pytest.mark.parametrize("value,status", [("1,950", "supported"), ("1,590", "contradicted")])
def test_a_bodys_toll_and_the_record_before_it(run, value, status):
    text = (f"The toll of 2,030 beat the previous daily record of {value}, set on Nov. 12, the "
            "General Staff said.")
    _, cs, _, verdicts = run(text, date(2024, 11, 29))
    toll = _claim(cs, "2,030")
    assert toll.measure == "personnel_losses" and toll.subject == "russian_forces"
    assert verdicts[toll.id].status == "supported"
    assert verdicts[_claim(cs, value).id].status == status


def test_a_toll_no_counting_body_gives_is_left_alone():
    text = ("A Russian missile struck Dnipro on Friday. The toll of 40 rose overnight, the "
            "regional governor said.")
    c = _claim(_claims(text, date(2024, 11, 29)), "40")
    assert c.measure != "personnel_losses"


def test_the_figure_now_stands_at_is_the_bodys_count():
    text = ("The figure now stands at 992,570, Ukraine's General Staff said, with 930 added over "
            "the past day.")
    cs = _claims(text, date(2025, 6, 5))
    for t in ("992,570", "930"):
        c = _claim(cs, t)
        assert c.measure == "personnel_losses" and c.subject == "russian_forces", t


def test_a_preposition_object_or_an_adverb_names_no_open_measure():
    text = ("Ukraine's General Staff said on Friday that Russia had lost 2,030 troops over the "
            "past 24 hours. Kyiv's count since the full-scale invasion now stands at 738,660.")
    c = _claim(_claims(text, date(2024, 11, 29)), "738,660")
    assert c.measure == "personnel_losses"
