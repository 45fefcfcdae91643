"""Keys carried from a list's lead-in, a dated heading, a table's row and the paragraph before
(readings26, issue #10): what the lead-in of a list writes (side, source, date) is written
within the paragraph of its lines; a liveblog heading's day dates the pairs under it; a row's
day with a figure no single day brought is the running total as of that day; a paragraph
that names no source and no date of its own continues the report the one before credits; a
figure whose own sentence credits the General Staff counts the side it reports.

Real figures of the General Staff: report of 2024-05-20, 493,690 personnel (+1,400), 7,590
tanks (+14); reports of 2024-09-02 and -03, 617,600 (+1,300) and 618,960 (+1,360)
personnel; reports of 2022-06-13/14, 1,432 and 1,434 tanks; report of 2025-03-16, 1,400
personnel over the past day, 894,240 in all, 10,325 tanks; report of 2022-03-22, 509 tanks.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.text import paragraphs
from factcheck.normalize.context import list_blocks
from factcheck.normalize.readings import is_weak
from readings_support import checker_for


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("carried26")))


def _claim(cs, text):
    return next(c for c in cs if c.text == text)


def _basis(c):
    return dict(c.extra_dict()["basis"])


def _severity(flags, c):
    return {f.severity for f in flags if c.id in f.claims and f.severity in ("error", "warning")}


def test_the_new_bases_are_firm():
    for how in ("the same report as the previous paragraph: carried from it",
                "written: the side whose losses its source (Ukrainian Ministry of Defense) "
                "reports", 'list: the day of its lead-in "on Saturday"'):
        assert not is_weak(how), how


def test_list_lines_join_their_lead_in_paragraph():
    text = ("Russian losses as of 20 May 2024:\nTanks: 7,590 (+14)\n- Drones: 10,236\n"
            "| 13 June | 32,300 |\n\nA new paragraph.\nTanks: 1 (+1)")
    pars = paragraphs(text)
    starts, lists = list_blocks(text, pars)
    assert starts == [pars[0][0], pars[4][0], pars[5][0]]
    assert lists == {0: pars[1][0]}
    # no colon at the end of the line before: each line stays a paragraph of its own
    plain = "Russian losses on 20 May 2024\n\nTanks: 7,590 (+14)\n\nDrones: 10,236 (+81)"
    assert list_blocks(plain, paragraphs(plain))[1] == {}


def test_a_lead_in_carries_side_and_source_to_its_lines(run):
    text = ("Russian losses as of 20 May 2024, according to Ukraine's General Staff:\n"
            "Personnel: about 493,690 (+1,400)\nTanks: 7,590 (+41)\n")
    _, cs, flags, verdicts = run(text, date(2024, 5, 20))
    wrong = _claim(cs, "41")
    assert not is_weak(_basis(wrong)["subject"])
    assert wrong.source == "Ukrainian Ministry of Defense"
    assert verdicts[wrong.id].status == "contradicted"
    assert _severity(flags, wrong) == {"error"}
    assert verdicts[_claim(cs, "7,590").id].status == "supported"


def test_the_same_lines_without_a_lead_in_stay_warnings(run):
    text = ("Russian losses as of 20 May 2024, according to Ukraine's General Staff.\n\n"
            "Tanks: 7,590 (+41)\n")
    _, cs, flags, verdicts = run(text, date(2024, 5, 20))
    wrong = _claim(cs, "41")
    assert verdicts[wrong.id].status == "contradicted"
    assert _severity(flags, wrong) == {"warning"}


def test_a_liveblog_heading_dates_the_pairs_under_it(run):
    text = ("Russia's losses day by day, by the count of Ukraine's General Staff.\n\n"
            "## 2 September 2024\n\n- Personnel: 617,600 (+1,300)\n\n"
            "## 3 September 2024\n\n- Personnel: 618,960 (+1,360)\n")
    _, cs, _, verdicts = run(text, date(2024, 9, 5))
    for t in ("617,600", "1,300", "618,960", "1,360"):
        assert verdicts[_claim(cs, t).id].status == "supported", t
    c = _claim(cs, "618,960")
    assert (c.period.start, c.period.end) == (date(2022, 2, 24), date(2024, 9, 3))


def test_a_table_row_day_with_a_total_is_the_running_total(run):
    text = ("Russian tank losses in the past reports, according to Ukraine's General Staff:\n\n"
            "| Report | Tanks |\n|---|---|\n| 13 June | 1,432 |\n| 14 June | 1,443 |\n")
    _, cs, flags, verdicts = run(text, date(2022, 6, 15))
    right, wrong = _claim(cs, "1,432"), _claim(cs, "1,443")
    assert right.cumulative and right.period.end == date(2022, 6, 13)
    assert verdicts[right.id].status == "supported"
    assert verdicts[wrong.id].status == "contradicted"
    assert _severity(flags, wrong) == {"error"}


NEXT = ("Russia lost 1,400 troops over the past day, Ukraine's General Staff said on Sunday, "
        "bringing its count of Russian personnel losses since the full-scale invasion to "
        "894,240.\n\n")


def test_a_paragraph_with_no_source_or_date_continues_the_report(run):
    text = NEXT + "By the same count, tank losses stand at 10,352."
    _, cs, flags, verdicts = run(text, date(2025, 3, 16))
    c = _claim(cs, "10,352")
    assert not is_weak(_basis(c)["subject"])
    assert verdicts[c.id].status == "contradicted"
    assert _severity(flags, c) == {"error"}


@pytest.mark.parametrize("second", [
    "Tank losses stand at 10,352, according to the open-source site Oryx.",
    "On March 10, tank losses stood at 10,352.",
])
def test_a_new_source_or_date_ends_the_report(run, second):
    _, cs, flags, _ = run(NEXT + second, date(2025, 3, 16))
    c = _claim(cs, "10,352")
    assert _basis(c)["subject"] != "the same report as the previous paragraph: carried from it"
    assert "error" not in _severity(flags, c)


def test_a_figure_the_general_staff_is_credited_with_counts_russia(run):
    text = "So far, 590 tanks have been destroyed in Ukraine, the General Staff said."
    _, cs, flags, verdicts = run(text, date(2022, 3, 22))
    c = _claim(cs, "590")
    assert _basis(c)["subject"].startswith("written: the side whose losses its source")
    assert verdicts[c.id].status == "contradicted"
    assert _severity(flags, c) == {"error"}
    # with no source credited, the side is still a document default
    _, cs, flags, _ = run("So far, 590 tanks have been destroyed in Ukraine.", date(2022, 3, 22))
    c = _claim(cs, "590")
    assert _basis(c)["subject"] == "document default"
    assert "error" not in _severity(flags, c)


def test_a_lead_in_day_before_publication_dates_its_lines(run):
    # report of 2024-05-19: 7,576 tanks (+16), 10,155 drones; read the next day
    text = ("Enemy losses as of May 19, 2024, according to Ukraine's General Staff:\n"
            "- Tanks: 7,576 (+16)\n- Drones: 10,155\n- Artillery systems: 12,678\n")
    _, cs, flags, verdicts = run(text, date(2024, 5, 20))
    for t in ("7,576", "16", "10,155"):
        assert verdicts[_claim(cs, t).id].status == "supported", t
    wrong = _claim(cs, "12,678")    # 12,687 that day
    assert verdicts[wrong.id].status == "contradicted"
    assert _severity(flags, wrong) == {"error"}
