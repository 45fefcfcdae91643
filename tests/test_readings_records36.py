"""Records of the whole count, the next item's markers, carried counts and figures above every
total (readings36, issue #10's known misses).

Real figures of the General Staff: reports of 2024-11-11/12/13, 1,770, 1,950 and 1,770
personnel over the past day; 2024-12-20/21, 2,200 and 1,860; 2024-03-04, 1,150 over the day,
417,950 in all; 2023-02-07, 1,030 (the war's record day then, counted from 16 March 2022: the
report of 15 March 2022 added 1,500 at once after six days without change); 2024-10-18,
1,530 (second to 1,740 on 2024-05-13); December 2024, 48,670; 2025-06-11, 999,200 in all;
2024-11-10, 9,249 tanks.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from factcheck.normalize.readings import rank_of, record_of, windowed_record
from readings_support import checker_for


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("records36")))


def _claims(text, pub):
    return claims_for(read_text_document(text, "t.md", pub))


def _claim(cs, text):
    return next(c for c in cs if c.text == text)


def _records(c):
    return [r for r in c.extra_dict().get("readings") or () if record_of(r)]


def _severity(flags, c):
    return {f.severity for f in flags if c.id in f.claims and f.severity in ("error", "warning")}


def _rules(flags, c):
    return {f.rule for f in flags if c.id in f.claims and f.severity in ("error", "warning")}


@pytest.mark.parametrize("text, pub", [
    ("Russia suffered 1,770 casualties over the past day, the highest daily figure of the war, "
     "Ukraine's General Staff said.", date(2024, 11, 13)),
    ("Russia lost 1,770 troops in 24 hours, its deadliest day since the invasion began, "
     "according to Ukraine's General Staff.", date(2024, 11, 13)),
    ("Ukraine's General Staff reported a record 1,770 Russian losses on Wednesday.",
     date(2024, 11, 13)),
])
def test_a_record_of_the_whole_count_is_checked(run, text, pub):
    _, cs, flags, verdicts = run(text, pub)
    c = _claim(cs, "1,770")
    rec = _records(c)
    assert rec and all(windowed_record(r) for r in rec)
    # the window opens with the first report whose change is one day's
    assert min(date.fromisoformat(str(r[1])) for r in rec) >= date(2022, 3, 16)
    assert verdicts[c.id].status == "contradicted"
    assert "record-claim-mismatch" in _rules(flags, c)
    assert "error" in _severity(flags, c)


def test_the_same_record_words_on_the_record_day_are_supported(run):
    _, cs, flags, verdicts = run(
        "Russia suffered 1,770 casualties over the past day, the highest daily figure of the "
        "war, Ukraine's General Staff said on Monday.", date(2024, 11, 11))
    c = _claim(cs, "1,770")
    assert verdicts[c.id].status == "supported" and not _severity(flags, c)
    # 1,030 in February 2023 was the war's record: the rounded steps of March 2022 are not
    _, cs, flags, verdicts = run(
        "Russia lost 1,030 soldiers over the past day, its deadliest day of the war, Kyiv said.",
        date(2023, 2, 7))
    c = _claim(cs, "1,030")
    assert verdicts[c.id].status == "supported" and not _severity(flags, c)


@pytest.mark.parametrize("words", ["second-heaviest daily loss of the full-scale war",
                                   "one of the heaviest daily tolls since the invasion"])
def test_a_rank_is_no_record(run, words):
    _, cs, flags, verdicts = run(
        f"Ukraine's General Staff reported 1,530 Russian casualties over the past day, Russia's "
        f"{words}.", date(2024, 10, 18))
    c = _claim(cs, "1,530")
    # (readings60: an ordinal's rank is read as that rank, "second-heaviest" the second day of
    # the window, which 1,530 was on 18 October 2024; a rank is never read as the record)
    assert not any(windowed_record(r) and rank_of(r) == 1 for r in _records(c))
    assert verdicts[c.id].status == "supported" and not _severity(flags, c)


def test_a_month_of_the_war_is_no_daily_record():
    cs = _claims("December was the costliest month of the war for Russia, with 48,670 "
                 "casualties by Kyiv's count.", date(2025, 1, 3))
    assert not any(windowed_record(r) for r in _records(_claim(cs, "48,670")))


def test_a_marker_opening_the_next_item_is_that_items():
    cs = _claims("Nationwide, Ukraine's General Staff put Russian losses at 1,150 and the total "
                 "since the invasion at 417,950.", date(2024, 3, 4))
    assert not _claim(cs, "1,150").cumulative
    assert _claim(cs, "417,950").cumulative
    cs = _claims("Ukraine's General Staff put the day's Russian losses at 1,150 and the total "
                 "since the invasion at 417,950.", date(2024, 3, 4))
    c = _claim(cs, "1,150")
    assert not c.cumulative and c.period is not None and c.period.start == date(2024, 3, 3)


def test_a_time_that_cost_the_side_carries_the_count():
    cs = _claims("Russia lost 430,790 troops in 2024 by Kyiv's count. December alone cost it "
                 "46,870.", date(2025, 1, 3))
    c = _claim(cs, "46,870")
    assert c.measure == "personnel_losses" and c.subject == "russian_forces"
    assert dict(c.extra_dict()["basis"])["measure"].startswith("carried within the paragraph")


def test_a_total_taken_past_a_milestone_is_at_least_it(run):
    text = ("Russia lost another 1,120 soldiers over the past day, Ukraine's General Staff "
            "said, taking the total past 1,000,000.")
    _, cs, flags, verdicts = run(text, date(2025, 6, 11))
    c = next(c for c in cs if c.text.endswith("1,000,000"))
    assert c.lower == 1_000_000 and c.upper is None
    assert verdicts[c.id].status == "contradicted"     # 999,200 that day
    _, cs, flags, verdicts = run(text.replace("1,120", "1,140"), date(2025, 6, 12))
    c = next(c for c in cs if c.text.endswith("1,000,000"))
    assert verdicts[c.id].status == "supported"        # 1,000,340
    # a bare "past" is the past 24 hours, no milestone
    cs = _claims("Russia lost 1,140 soldiers over the past 24 hours.", date(2025, 6, 12))
    assert not any(c.value == 24 and c.qualifier for c in cs)


def test_a_default_total_above_every_total_is_an_error(run):
    lead = ("According to the most recent update from Ukraine's General Staff, 708,890 Russian "
            "personnel have now been lost in the war. The General Staff also listed equipment "
            "losses, including {} tanks.")
    _, cs, flags, verdicts = run(lead.format("9,294"), date(2024, 11, 10))
    c = _claim(cs, "9,294")
    assert verdicts[c.id].status == "contradicted" and "error" in _severity(flags, c)
    # below the total it may be an earlier report's: still a warning
    _, cs, flags, verdicts = run(lead.format("9,194"), date(2024, 11, 10))
    c = _claim(cs, "9,194")
    assert verdicts[c.id].status == "contradicted" and _severity(flags, c) == {"warning"}
    _, cs, flags, verdicts = run(lead.format("9,249"), date(2024, 11, 10))
    c = _claim(cs, "9,249")
    assert verdicts[c.id].status == "supported" and not _severity(flags, c)


def test_a_count_its_sentence_carries_is_decided_within_the_paragraph(run):
    # (the reports of 2 September to 1 October 2024 add up to 38,130)
    _, cs, flags, verdicts = run("According to Ukraine's General Staff, Russia lost 35,030 "
                                 "troops in June 2024 and 41,980 in September 2024.",
                                 date(2024, 11, 10))
    c = _claim(cs, "41,980")
    assert dict(c.extra_dict()["basis"])["measure"].startswith("carried within the sentence")
    assert verdicts[c.id].status == "contradicted" and "error" in _severity(flags, c)


def test_reports_that_added_a_bare_figure_carry_the_count():
    cs = _claims("Kyiv's count of Russian troops lost since February 2022 reached 1,340,270, "
                 "with 1,080 added in the latest report; this year alone the reports have "
                 "added 131,300.", date(2026, 5, 9))
    assert _claim(cs, "131,300").measure == "personnel_losses"


@pytest.mark.parametrize("text, figure, status", [
    # (the report of 2024-01-15: 980 over the past day)
    ("Oleksandr Shtupun, spokesman for the Tavria grouping, said Russia lost 512 soldiers over "
     "the past day.", "512", "unverified"),
    ("Russia lost 980 soldiers over the past day, the spokesman for the Tavria grouping said.",
     "980", "unverified"),
    # the General Staff credited in the sentence: its national figure beside the part's
    ("Russia lost 980 soldiers over the past day, Ukraine's General Staff said, while the "
     "spokesman for the Tavria grouping put his sector's share at 485.", "980", "supported"),
    ("Russia lost 980 soldiers over the past day, the head of the General Staff's press "
     "service said.", "980", "supported"),
])
def test_a_speaker_of_one_part_of_the_front_gives_his_parts_count(run, text, figure, status):
    _, cs, flags, verdicts = run(text, date(2024, 1, 15))
    c = _claim(cs, figure)
    assert verdicts[c.id].status == status and not _severity(flags, c)


def test_a_count_of_days_carries_no_decided_measure(run):
    # (the report of 2024-09-22: 1,500 over the past day)
    _, cs, flags, verdicts = run(
        "Ukraine's General Staff reported 1,530 Russian casualties over the past day, Russia's "
        "second-heaviest daily loss of the full-scale war. Three of the ten worst days came in "
        "September, among them 1,560 on Sept. 22.", date(2024, 10, 18))
    c = _claim(cs, "1,560")
    assert c.measure == "personnel_losses" and verdicts[c.id].status == "contradicted"
