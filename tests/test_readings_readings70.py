"""Issue #10, readings70: what the blind probe of set 127 found in war-loss copy. A month's
start ("At the start of February the tally stood at ...") dates no figure past a semicolon;
"May's 140" is May's, not the year's it is ranked in; a sum since a named day keeps its first
day when an article quotes an earlier report; "N of them" takes its measure from the words;
a body's own increment and total are one report even when the headline repeats the increment;
a subhead goes on the headline's side; a list of totals parted by semicolons is one list.
Figures from the General Staff dataset: personnel 1,240,680 (1 February 2026), 1,250,150
(12 February), 1,351,150 (19 May 2026), 1,352,070 (20 May, +920); tanks 11,863 (14 April
2026; since 9 April 14 to 17 by the readings, 20 only if both the report and the lag move
the first day); tanks in 2025: February 331, May 140; drones April 2026 54,388, June 2026
60,888; 20 April 2026: 11,884 tanks, 24,422 armoured vehicles, 40,396 artillery systems,
1,748 multiple rocket launchers."""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings70")))


def _claim(run, text, pub, words):
    _, cs, _, _ = run(text, pub)
    return next(c for c in cs if c.text == words)


# -- 1. a month's start dates no figure past a semicolon -------------------------------------------

def test_a_months_start_does_not_date_the_clause_after_a_semicolon(run):
    text = ("At the start of February the General Staff's tally stood at 1,240,680; by Thursday "
            "it had reached 1,250,150, meaning Russia has lost 9,470 troops so far this month.")
    pub = date(2026, 2, 12)
    later = _claim(run, text, pub, "1,250,150")
    assert later.cumulative and later.period.end == pub
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert status["1,240,680"] == status["1,250,150"] == status["9,470"] == "supported"
    assert not any(rules.values())


def test_a_months_start_still_dates_its_own_clause(run):
    text = ("At the start of February the General Staff's tally stood at 1,240,680; by Thursday "
            "it had reached 1,250,150, meaning Russia has lost 9,470 troops so far this month.")
    c = _claim(run, text, date(2026, 2, 12), "1,240,680")
    got = [r for k, r in c.extra if k == "readings"][0]
    assert any(r[2] == "2026-02-01" and "at the start of february" in r[4] for r in got)


# -- 2. "May's 140": the month a possessive names ----------------------------------------------------

@pytest.mark.parametrize("figure,want", [("140", "supported"), ("104", "contradicted")])
def test_a_possessive_month_dates_its_figure_over_the_year_it_is_ranked_in(run, figure, want):
    text = (f"Russian tank losses this year peaked in February, with 331, and have fallen since: "
            f"May's {figure} was the lowest of 2025, according to the General Staff.")
    pub = date(2025, 6, 2)
    c = _claim(run, text, pub, figure)
    assert (c.period.start, c.period.end) == (date(2025, 5, 1), date(2025, 5, 31))
    status, _, _ = statuses_rules_verdicts(run, text, pub)
    assert status[figure] == want and status["331"] == "supported"


def test_may_the_modal_is_still_no_date(run):
    doc, _, _, _ = run("Russia may lose 1,000 troops a day this winter, analysts say.",
                       date(2025, 11, 2))
    from factcheck.normalize import normalize
    _, mentions = normalize(doc)
    assert not any(d.text.lower().startswith("may") for d in mentions.dates)


# -- 3. a sum since a named day: the lag moves its end, not its first day --------------------------

@pytest.mark.parametrize("words,want", [("Fifteen", "supported"), ("Seventeen", "supported"),
                                        ("Twenty", "contradicted")])
def test_a_sum_since_a_named_day_keeps_its_first_day(run, words, want):
    text = (f"Russia has lost 11,863 tanks since February 2022, Ukraine's military said on "
            f"Tuesday. {words} of them were lost since April 9.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2026, 4, 14))
    assert status[words] == want
    if want == "contradicted":
        # "of them" names the count of the sentence before: its measure is read from words
        assert "dataset-figure-mismatch" in rules[words]


# -- 4. a headline's increment does not weaken the body's own pair ---------------------------------

@pytest.mark.parametrize("total,want", [("1,352,070", "supported"), ("1,351,150", "contradicted")])
def test_the_bodys_own_increment_and_total_are_one_report(run, total, want):
    text = ("# Russia loses 920 troops in a day\n\nRussian forces lost 920 soldiers over the past "
            f"day, bringing the total since the full-scale invasion to {total}, Ukraine's "
            "General Staff said on Wednesday.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2026, 5, 20))
    assert status[total] == want
    if want == "contradicted":
        assert "stale-paired-total" in rules[total]     # an error, not a warning


# -- 5. a subhead goes on the headline's side ------------------------------------------------------

@pytest.mark.parametrize("drones,want", [("60,888", "supported"), ("54,388", "contradicted")])
def test_a_subhead_takes_the_headlines_side(run, drones, want):
    text = ("# Russia lost 39,290 troops in June\n"
            f"Drones were the largest equipment toll, at {drones} for the month\n\n"
            "Ukraine's General Staff counted 39,290 Russian casualties in June 2026.")
    status, rules, _ = statuses_rules_verdicts(run, text, date(2026, 7, 2))
    assert status[drones] == want
    if want == "contradicted":
        assert "dataset-figure-mismatch" in rules[drones]


def test_a_line_after_a_blank_line_is_no_subhead(run):
    text = ("# Russia lost 39,290 troops in June\n\n"
            "Drones were the largest equipment toll, at 54,388 for the month\n\n"
            "Ukraine's General Staff counted 39,290 Russian casualties in June 2026.")
    _, rules, _ = statuses_rules_verdicts(run, text, date(2026, 7, 2))
    assert "dataset-figure-mismatch" not in rules["54,388"]


# -- 6. totals parted by semicolons are one list -----------------------------------------------------

@pytest.mark.parametrize("mlrs,want", [("1,748", "supported"), ("1,478", "contradicted")])
def test_totals_parted_by_semicolons_are_one_list(run, mlrs, want):
    text = ("By Monday the General Staff's count stood at 11,884 tanks; 24,422 armoured "
            f"vehicles; 40,396 artillery systems; and {mlrs} multiple rocket launchers.")
    pub = date(2026, 4, 20)
    c = _claim(run, text, pub, mlrs)
    assert c.cumulative and c.period.end == pub
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert status["24,422"] == status["40,396"] == "supported"
    assert status[mlrs] == want
    if want == "contradicted":
        assert "dataset-figure-mismatch" in rules[mlrs]


def test_a_semicolon_after_words_of_time_parts_no_list(run):
    from factcheck.normalize.relations import _SEMICOLON_ITEM_GAP
    assert _SEMICOLON_ITEM_GAP.match(" tanks; and ")
    assert _SEMICOLON_ITEM_GAP.match(" armoured vehicles; ")
    assert not _SEMICOLON_ITEM_GAP.match(" in March; ")
    assert not _SEMICOLON_ITEM_GAP.match(" troops; Georgia had ")


def test_a_part_whose_verb_ends_before_a_semicolon_parts_no_list(run):
    # (everyday e50p: "of whom 31 died; and 395 pedal cyclists (7%)" is no list of 31 and 395)
    text = ("By type of road user, 3,412 casualties were in cars, of whom 73 died. There were "
            "899 pedestrian casualties (16% of the total), 42 of them fatal; 454 motorcyclists "
            "(8%), of whom 31 died; and 395 pedal cyclists (7%), three of whom died.")
    _, rules, _ = statuses_rules_verdicts(run, text, date(2025, 10, 28))
    assert not rules["7%"]
    from factcheck.normalize.relations import _SEMICOLON_ITEM_GAP
    assert not _SEMICOLON_ITEM_GAP.match(" died; and ")
