"""Liveblogs: updates found in the text, each update's relative dates resolved against its own
day, and the generated General Staff liveblog checked end to end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.document import read_text_document
from factcheck.model import Document
from factcheck.extract.updates import find_updates, updates_from_meta
from factcheck.normalize import claims_for

from probe_support import find, span

PUB = date(2024, 12, 3)


def _updates(text: str, pub: date | None = PUB):
    return [(u.day, u.time, u.label) for u in find_updates(text, pub)]


def test_date_headings_and_lines_start_updates():
    text = ("# War in Ukraine: live\n\nKey points first.\n\n## 1 June 2024\nA.\n\n"
            "Tuesday 3 December\nB.\n\n**14:05 GMT**\nC.\n\nUpdated 3 Dec 2024, 09:10\nD.\n")
    assert _updates(text) == [
        (date(2024, 6, 1), None, "1 June 2024"),
        (date(2024, 12, 3), None, "Tuesday 3 December"),
        (date(2024, 12, 3), "14:05", "14:05 GMT"),
        (date(2024, 12, 3), "09:10", "Updated 3 Dec 2024, 09:10"),
    ]


def test_times_leading_their_words_start_updates():
    text = ("17:20: Results are in from Leeds.\n\n"
            "### 2.05pm BST - Turnout is up\nText.\n\n"
            "**09:10** Kyiv's air force said it downed 40 drones.\n")
    assert _updates(text) == [(PUB, "17:20", "17:20"), (PUB, "14:05", "2.05pm BST"),
                              (PUB, "09:10", "09:10")]


def test_not_updates():
    # a dateline at the top is the page's date; a sentence opening with a date is news; a
    # price is no time; a single date line makes no liveblog
    text = ("Published: 3 December 2024\n\n12 December 2023 was the day the line broke.\n\n"
            "2.50 Euros a litre, the ministry said.\n\n## 2 December 2024\nText.\n")
    assert _updates(text) == []


def test_year_of_a_date_without_one_is_never_after_publication():
    text = "## Monday 30 December\nA.\n\n## Friday 3 January\nB.\n"
    assert [d for d, _, _ in _updates(text, date(2025, 1, 3))] == [date(2024, 12, 30),
                                                                   date(2025, 1, 3)]
    # with no publication date, the update before it sets the year
    text = "## 30 December 2024\nA.\n\n## 2 January\nB.\n"
    assert [d for d, _, _ in _updates(text, None)] == [date(2024, 12, 30), date(2025, 1, 2)]


def test_a_time_keeps_the_day_of_the_update_before():
    text = "## 2 December 2024\nA.\n\n14:05\nB.\n\n## 3 December 2024\nC.\n\n09:30 GMT\nD.\n"
    assert [(d, t) for d, t, _ in _updates(text)] == [
        (date(2024, 12, 2), None), (date(2024, 12, 2), "14:05"), (date(2024, 12, 3), None),
        (date(2024, 12, 3), "09:30")]


def test_updates_listed_in_front_matter():
    text = "Intro.\nFirst update.\nSecond update.\n"
    got = updates_from_meta(text, [{"at": "2024-06-02 09:10", "line": 3},
                                   {"at": "2024-06-01", "line": 2}, {"at": "nonsense"}], None)
    assert [(u.day, u.time, u.line, u.start) for u in got] == [
        (date(2024, 6, 1), None, 2, 7), (date(2024, 6, 2), "09:10", 3, 21)]


def _doc(body: str, pub: str = "2024-06-03"):
    return read_text_document(f"---\ntitle: Live\ndate: {pub}\n---\n{body}", "live.md")


def test_relative_dates_resolve_against_their_update():
    doc = _doc("## 1 June 2024\n\nRussia lost 1,130 troops over the past day, the General "
               "Staff said.\n\n## 2 June 2024\n\nRussia lost 1,080 troops over the past day."
               "\n\nYesterday 14 civilians were killed in Kharkiv, officials said.\n")
    cs = claims_for(doc)
    assert span(find(cs, "1,130")) == (date(2024, 5, 31), date(2024, 5, 31))
    assert span(find(cs, "1,080")) == (date(2024, 6, 1), date(2024, 6, 1))
    assert span(find(cs, "14")) == (date(2024, 6, 1), date(2024, 6, 1))
    assert [find(cs, t).update for t in ("1,130", "1,080", "14")] == ["u1", "u2", "u2"]
    # line numbers stay those of the file
    assert find(cs, "1,080").line == 11


def test_page_without_updates_is_read_as_before():
    doc = _doc("Russia lost 1,130 troops over the past day.\n\n## 1 June 2024\n\nText.\n")
    (c,) = claims_for(doc)
    assert c.update is None and span(c) == (date(2024, 6, 2), date(2024, 6, 2))


def _extra(cs, text, nth=0):
    return dict(find(cs, text, nth=nth).extra)


def test_corrections_are_read():
    cs = claims_for(_doc(
        "Russia lost 1,200 troops over the past day, the General Staff said.\n\n"
        "Correction: an earlier version of this post said 1,200; the figure is 1,020.\n\n"
        "The death toll was revised down to 45, correcting the earlier reported toll of 72.\n\n"
        "More than 6,000 people have died, not 7,000 as first reported. Police said 5 people "
        "were hurt.\n\nKyiv said 40 drones were downed, not 45.\n"))
    # the erroneous figure, and the same figure as first published, are retracted
    assert _extra(cs, "1,200", 1)["retracted"] and _extra(cs, "1,200", 0)["retracted"]
    fixed = _extra(cs, "1,020")
    assert fixed["corrects"] == find(cs, "1,200", nth=1).id and "retracted" not in fixed
    assert _extra(cs, "72")["retracted"] and "retracted" not in _extra(cs, "45")
    assert _extra(cs, "7,000")["retracted"] and "retracted" not in _extra(cs, "More than 6,000")
    # no correction without the words for one: a figure denied is not a correction
    assert "correction" not in _extra(cs, "5")
    assert "correction" not in _extra(cs, "45", nth=1)
    assert _extra(cs, "45")["revised"]


def test_wire_and_blog_stamps():
    # AP's "The Latest" (a time alone, local), an update label with a comma, a 24-hour clock
    # without a separator leading its paragraph
    text = ("6 p.m.\n\nThe toll rose.\n\nUpdate, August 26, 2:45 p.m.: At least 268 died.\n\n"
            "1716: 100 seats to go.\n\n1652: Conservatives have 262 of 528.\n")
    assert _updates(text, date(2016, 8, 27)) == [
        (date(2016, 8, 27), "18:00", "6 p.m."), (date(2016, 8, 26), "14:45",
                                                "Update, August 26, 2:45 p.m."),
        (date(2016, 8, 26), "17:16", "1716"), (date(2016, 8, 26), "16:52", "1652")]


# --------------------------------------------------------------------------------------------
# The generated liveblog: 40 daily updates from the General Staff's real figures


def _check_json(paths, *extra):
    import json

    from click.testing import CliRunner

    from factcheck.cli import main

    res = CliRunner().invoke(main, ["check", *map(str, paths), "--no-store", "--format", "json",
                                    "--jobs", "1", *extra])
    assert res.exit_code in (0, 1), res.output
    # (stdout alone: the summary table goes to stderr, which CliRunner's output interleaves
    # with the streamed JSON)
    data, _ = json.JSONDecoder().raw_decode(res.stdout[res.stdout.index("{"):])
    return {Path(d["path"]).name: d for d in data["documents"]}


def _alarms(doc):
    return sorted((f["rule"], f["line"]) for f in doc["flags"]
                  if f["severity"] in ("error", "warning") and "suppressed" not in f)


def _line_of(text: str, words: str) -> int:
    return text[:text.index(words)].count("\n") + 1


def test_generated_liveblog_consistent_then_one_planted_error_each(tmp_path):
    from liveblog_support import liveblog, plant_restated, plant_total

    clean = liveblog(days=40)
    assert clean.figures >= 300
    days = sorted(clean.totals)
    # one variant with both plants, on days far apart (two checks of 300 figures, not three:
    # the engine's cost grows with pairs of figures)
    planted = liveblog(days=40)
    _, new = plant_total(planted, days[17])
    _, r_new = plant_restated(planted, sorted(planted.restated)[2])
    for name, lb in (("clean.md", clean), ("planted.md", planted)):
        (tmp_path / name).write_text(lb.text, encoding="utf-8")
    got = _check_json([tmp_path / "clean.md", tmp_path / "planted.md"])
    assert all("error" not in d for d in got.values())
    assert len(got["clean.md"]["claims"]) >= 300
    assert _alarms(got["clean.md"]) == []
    # exactly the planted figures: the wrong total (not the next day's total that follows
    # it), and the restated figure that changed within its update
    assert _alarms(got["planted.md"]) == sorted([
        ("running-total-mismatch", _line_of(planted.text, f"began to {new},")),
        ("conflicting-figures", _line_of(planted.text, f"The {r_new} troops lost"))])
    # each claim belongs to its day's update
    claims = got["clean.md"]["claims"]
    assert {c.get("update") for c in claims} == {f"u{k}" for k in range(1, 41)}


def _flags_of(tmp_path, body: str, date_: str = "2024-12-17"):
    path = tmp_path / "live.md"
    path.write_text(f"---\ntitle: Live\ndate: {date_}\n---\n{body}", encoding="utf-8")
    (doc,) = _check_json([path]).values()
    return doc


def test_live_figures_move_between_updates_restated_days_do_not(tmp_path):
    doc = _flags_of(tmp_path, (
        "## 09:10 GMT\n\nAbout 120,000 homes in Kharkiv region were without power, the governor "
        "said.\n\nRussia lost 1,600 troops over the past day, the General Staff said.\n\n"
        "## 15:30 GMT\n\nAbout 95,000 homes in Kharkiv region are still without power, the "
        "governor said.\n\nThe General Staff's figure of 1,700 troops lost by Russia over the "
        "past day was the highest since 6 December.\n"))
    # homes without power at 09:10 and at 15:30 are two moments: no clash; the day's losses
    # restated differently by a later update are one figure: a clash
    assert _alarms(doc) == [("conflicting-figures", 15)]


def test_a_correction_is_shown_and_not_flagged(tmp_path):
    doc = _flags_of(tmp_path, (
        "## 08:05 GMT\n\nRussia lost 1,200 troops over the past day, the General Staff said.\n\n"
        "## 16:20 GMT\n\nCorrection: an earlier version of this update said 1,200 troops; the "
        "figure is 1,020.\n\nRussia lost 1,020 troops over the past day, the General Staff "
        "said.\n"))
    assert _alarms(doc) == []
    noted = [f for f in doc["flags"] if f["rule"] == "correction-noted"]
    assert len(noted) == 1 and noted[0]["severity"] == "info"
    assert "1,020" in noted[0]["message"] and "1,200" in noted[0]["message"]


def test_a_revised_total_may_jump(tmp_path):
    days = ("## 14 December 2024\n\nRussia lost 1,040 troops over the past day, bringing its "
            "losses since the full-scale invasion to 761,160, the General Staff said.\n\n"
            "## 15 December 2024\n\nRussia lost 1,280 troops over the past day, {words} "
            "762,940, the General Staff said.\n\n"
            "## 16 December 2024\n\nRussia lost 1,070 troops over the past day, bringing the "
            "total to 764,010, the General Staff said.\n")
    jump = _flags_of(tmp_path, days.format(words="bringing the total to"))
    # the totals after it continue from the jump: the day's figure does not bridge it
    assert _alarms(jump) == [("running-increment-mismatch", 11)]
    revised = _flags_of(tmp_path, days.format(words="and the General Staff revised the total "
                                              "after a recount to"))
    assert _alarms(revised) == []


def test_html_report_groups_findings_by_update(tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import main

    path = tmp_path / "live.md"
    path.write_text("---\ntitle: Live\ndate: 2024-12-17\n---\n"
                    "## 09:10 GMT\n\nRussia lost 1,600 troops over the past day.\n\n"
                    "## 15:30 GMT\n\nRussia lost 1,700 troops over the past day, the General "
                    "Staff said.\n", encoding="utf-8")
    out = tmp_path / "r.html"
    res = CliRunner().invoke(main, ["check", str(path), "--no-store", "--format", "html",
                                    "-o", str(out)])
    assert res.exit_code == 1, res.output
    page = out.read_text(encoding="utf-8")
    first = page.index('<section class="update" id="d1-u1"')
    second = page.index('<section class="update" id="d1-u2"')
    card = page.index('class="card flag error"')
    assert first < second < card           # the finding stands in the second update
    assert '<a href="#d1-u2">2024-12-17 15:30 · 15:30 GMT</a>: 1 error' in page
    assert "2 updates; findings in 1 of them" in page


def test_a_liveblog_across_a_new_year_and_a_page_dated_by_its_first_update():
    # oldest first, newest first, and a page whose date is its first update's
    assert [d for d, _, _ in _updates("## 30 December 2024\nA.\n\n## 2 January\nB.\n",
                                      date(2024, 12, 30))] == [date(2024, 12, 30),
                                                               date(2025, 1, 2)]
    assert [d for d, _, _ in _updates("## Thursday 2 January\nA.\n\n## 31 December\nB.\n",
                                      date(2025, 1, 2))] == [date(2025, 1, 2),
                                                             date(2024, 12, 31)]
    assert [d for d, _, _ in _updates("## 1 June\nA.\n\n## 3 June\nB.\n",
                                      date(2024, 6, 1))] == [date(2024, 6, 1),
                                                             date(2024, 6, 3)]


def test_updates_listed_in_a_jsonl_line(tmp_path):
    import json

    text = ("Live coverage.\nRussia lost 1,130 troops over the past day.\n"
            "Russia lost 1,080 troops over the past day.\n")
    path = tmp_path / "live.jsonl"
    path.write_text(json.dumps({"id": "live", "text": text, "date": "2024-06-07", "updates": [
        {"at": "2024-06-01 08:00", "line": 2}, {"at": "2024-06-02 08:00", "line": 3}]}) + "\n",
        encoding="utf-8")
    from factcheck.document import load_path

    (doc,) = load_path(path)
    cs = claims_for(doc)
    assert [(c.update, span(c)) for c in cs] == [
        ("u1", (date(2024, 5, 31), date(2024, 5, 31))),
        ("u2", (date(2024, 6, 1), date(2024, 6, 1)))]


def test_a_headline_right_above_its_stamp_opens_the_update():
    text = ("Intro.\n\nUpdated at 14.05 GMT\n\nText.\n\nGaza death toll reaches 21,822\n"
            "31 December 2023 09:58 GMT\nThe ministry said.\n")
    got = find_updates(text, date(2024, 1, 3))
    # "Updated at" after the top of the page is an update, not the page's dateline
    assert [(u.line, u.time) for u in got] == [(3, "14:05"), (7, "09:58")]
    assert text[got[1].start:].startswith("Gaza death toll")


def test_a_correction_naming_its_source_still_retracts_the_wrong_figure():
    """The corrected figure names no measure; the subject guessed for it (the speaker) must
    not keep it from correcting the retracted one."""
    text = ("Russia lost 1,600 troops over the past day, the General Staff said.\n\n"
            "Correction: an earlier version of this page said 1,060 troops were lost over the "
            "past day; the General Staff's figure is 1,600.\n")
    cs = claims_for(Document(id="k", text=text, date=date(2024, 12, 17)))
    wrong = next(c for c in cs if c.text == "1,060")
    assert dict(wrong.extra).get("retracted") is True
