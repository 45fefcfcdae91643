"""Issue #12 (dates15): a bare split year no words say whose ("in 2023-24") is judged on each
year it may be, one by one, against the General Staff series. Our own sentences; the General
Staff's real figures (personnel losses, summed from the reports): 2023-04-01 to 2024-03-31:
268,890; 2023-07-01 to 2024-06-30: 314,940; 2023-09-01 to 2024-08-31: 352,810; 2023-10-01 to
2024-09-30: 375,860 (each the reports dated a day after the fighting)."""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for

PUB = date(2024, 10, 15)


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("period-readings")))


def _one(run, text: str, pub: date = PUB):
    doc, cs, flags, verdicts = run(text, pub)
    c = next(c for c in cs if c.measure == "personnel_losses")
    return c, verdicts[c.id], [f for f in flags if f.claims and c.id in f.claims]


def _says(n: str, year: str = "2023-24") -> str:
    return f"Russia lost {n} troops in {year}, Ukraine's General Staff said."


def test_each_year_of_a_split_year_is_a_reading_of_its_own():
    # the claim keeps both calendar years as its envelope; its readings are the years it may
    # be, never the envelope nor its part reported by publication (no writer means 24 months)
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    c = claims_for(read_text_document(_says("252,000"), "t.md", PUB))[0]
    spans = {(r[1], r[2]) for r in c.extra_dict()["readings"]}
    assert ("2023-07-01", "2024-06-30") in spans and ("2023-04-01", "2024-03-31") in spans
    assert not any(a == "2023-01-01" for a, _ in spans)


@pytest.mark.parametrize("n,first", [
    ("314,940", "from July"),        # a season's (or Australia's, Pakistan's fiscal) year
    ("268,890", "from April"),       # a financial or tax year
    ("375,860", "from October"),     # the US federal fiscal year
])
def test_the_reading_that_matches_supports_the_figure_and_is_named(run, n, first):
    c, v, flags = _one(run, _says(n))
    assert v.status == "supported" and not flags
    assert v.reading and v.reading.startswith(f"2023-24 {first}")


def test_a_slash_split_year_reads_the_same(run):
    _, v, _ = _one(run, _says("314,940", "2023/24"))
    assert v.status == "supported" and "from July" in v.reading


def test_a_figure_every_reading_disagrees_with_is_contradicted(run):
    c, v, flags = _one(run, _says("252,000"))
    assert v.status == "contradicted"
    mismatch = [f for f in flags if f.rule == "dataset-figure-mismatch"]
    assert len(mismatch) == 1
    # the flag lists every reading it was judged on
    read = {e.detail.split(" [")[0] for e in mismatch[0].evidence
            if e.kind == "dataset" and e.detail and e.detail.startswith("read as 2023-24")}
    assert len(read) >= 3, read


def test_a_figure_between_the_readings_matching_none_is_contradicted(run):
    # 290,000 lies between the April year's 268,890 and the July year's 314,940, near neither
    # (a hedged "about" allows a few per cent): every reading disagrees
    _, v, _ = _one(run, _says("about 290,000"))
    assert v.status == "contradicted"


def test_a_year_still_running_is_read_over_the_days_reported(run):
    # published 15 August 2024: the year from October is still running, and its days reported
    # by then (2023-10-01 to 2024-08-14: 317,050) are a reading, as "this month" is
    _, v, _ = _one(run, _says("317,050"), date(2024, 8, 15))
    assert v.status == "supported"
    assert v.reading.startswith("2023-24 from October") and "2024-08-14" in v.reading
    _, v, _ = _one(run, _says("252,000"), date(2024, 8, 15))
    assert v.status == "contradicted"


def test_readings_the_data_cannot_check_leave_it_unverified(run):
    # "2020-21": every year it may be ends before the dataset's first report (24 February
    # 2022): no reading can be checked, so nothing is contradicted, and the reason is given
    # (a year that takes in the first report, "2021-22", counts from the invasion:
    # test_readings_first_run37)
    _, v, flags = _one(run, _says("60,000", "2020-21"), date(2022, 11, 1))
    assert v.status == "unverified" and not [f for f in flags if f.severity == "error"]
    assert v.why


def test_a_split_year_a_cue_settles_is_one_reading():
    # "the 2023-24 season": the cue's own year (July), no others listed
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    text = "The club sold 41,200 season tickets for the 2023-24 season."
    c = claims_for(read_text_document(text, "t.md", PUB))[0]
    assert (c.period.start, c.period.end) == (date(2023, 7, 1), date(2024, 6, 30))
    assert "period_readings" not in c.extra_dict()


def test_a_fiscal_split_year_no_country_decides_is_read_on_each_fiscal_year(run):
    # "FY2023/24" with no country's money or name: April (the default), July or October;
    # the July year matches. A country named decides it: one reading, none listed
    _, v, flags = _one(run, "Russia lost 314,940 troops in FY2023/24, Kyiv said.")
    assert v.status == "supported" and not flags and "from July" in v.reading
    _, v, _ = _one(run, "Russia lost 252,000 troops in the 2023/24 financial year, Kyiv said.")
    assert v.status == "contradicted"


def test_a_fiscal_split_year_a_country_decides_lists_no_readings():
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    for text in ("Spending rose to Rs 4 lakh crore in FY2024-25.",
                 "Revenue was A$3 billion in the 2024-25 financial year."):
        c = claims_for(read_text_document(text, "t.md", PUB))[0]
        assert "period_readings" not in c.extra_dict(), text
    c = claims_for(read_text_document("Revenue rose 8% in fiscal 2023-24.", "t.md", PUB))[0]
    months = {a.month for _, a, _ in c.extra_dict()["period_readings"]}
    assert months == {4, 7, 10}
