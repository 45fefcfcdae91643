"""False alarms and misses of the forty-fourth phrasing set's first run (issue #10), one test
per cause, each with the wrong figure that must still be caught. Our own sentences; the
General Staff's real figures: artillery by day fought in March 2024 (976), February (878) and
September 2023 (947); artillery in 2025 by report month (January 917, February 1,402, March
1,690); tanks by report month in 2025 (January 225, February 329, March 274) and 2022
personnel (November 17,060, December 17,080); personnel per day by report day in May and June
2024 (1,255.8 and 1,168.3; 73,980 together), by day fought in September and October 2024
(1,271.0 and 1,354.2), March 2023 (777.4) and November 2023 (931.7 by report day); the years
2023 and 2024 by day fought (artillery 6,461 and 13,050; drones 4,865 and 14,474); 2024
personnel 430,790 (1,177 a day); the running totals of 2024-05-28 (artillery 13,029, +48;
1,018 since the reports of May began).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-44")))


def _periods(text: str, pub: date) -> dict[str, tuple[str, str] | None]:
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    doc = read_text_document(text, "t.md", pub)
    return {c.text: (c.period and (str(c.period.start), str(c.period.end)))
            for c in claims_for(doc)}


def _measures(text: str, pub: date) -> dict[str, str | None]:
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    doc = read_text_document(text, "t.md", pub)
    return {c.text: c.measure for c in claims_for(doc)}


# -- "nearly 100 more than in February and 29 more than in September 2023" --------------------

def test_a_second_gap_takes_no_compared_month_of_the_first(check):
    text = ("Russia lost {} artillery systems in March, its worst month, Ukraine's Defence "
            "Ministry said: nearly 100 more than in February and 29 more than in September "
            "2023, the previous high.")
    assert _periods(text.format(976), date(2024, 4, 3))["29"] == ("2024-03-01", "2024-03-31")
    status, flags = check(text.format(976), date(2024, 4, 3))
    assert status["976"] == "supported" and status["29"] != "contradicted" and not flags
    status, _ = check(text.format(967), date(2024, 4, 3))
    assert status["967"] == "contradicted"


# -- "early 2025: ... 917 systems destroyed in January, 1,402 in February" --------------------

def test_a_month_in_the_figures_clause_narrows_an_earlier_date(check):
    text = ("Artillery losses climbed steadily in early 2025: Ukraine's General Staff counted "
            "{} Russian artillery systems destroyed in January, 1,402 in February and 1,690 in "
            "March.")
    assert _periods(text.format(917), date(2025, 4, 2))["917"] == ("2025-01-01", "2025-01-31")
    status, flags = check(text.format(917), date(2025, 4, 2))
    assert status["917"] == status["1,402"] == status["1,690"] == "supported" and not flags
    status, _ = check(text.format(971), date(2025, 4, 2))
    assert status["971"] == "contradicted"
    # a date after the figure that is no part of the one before keeps the nearer one
    got = _periods("In 2024, Russia lost 3,689 tanks, against 2,952 in 2023.", date(2025, 1, 2))
    assert got["3,689"] == ("2024-01-01", "2024-12-31")


# -- "November and December brought 17,060 and 17,080" ---------------------------------------

@pytest.mark.parametrize("text,pub,figures", [
    ("The reports made the year's end the war's deadliest so far. November and December "
     "brought {} and 17,080 Russian losses.", date(2023, 1, 5), ("17,060", "17,080")),
    ("Russian tank losses have swung this year, Ukraine's General Staff figures show: January "
     "and February brought {} and 329 destroyed tanks respectively.", date(2025, 4, 2),
     ("225", "329")),
])
def test_two_months_pair_with_two_figures(check, text, pub, figures):
    status, flags = check(text.format(figures[0]), pub)
    assert status[figures[0]] == status[figures[1]] == "supported" and not flags
    wrong = figures[0][:-2] + figures[0][-1] + figures[0][-2]
    status, _ = check(text.format(wrong), pub)
    assert status[wrong] == "contradicted"


# -- "doubled, from 6,461 to 13,050, and 14,474 drones ..., against 4,865 the year before" ------

def test_the_date_after_a_compared_figure_is_its_own(check):
    text = ("Russia lost 3,689 tanks in 2024, up from 2,952 in 2023, the General Staff's "
            "figures show. Its artillery losses doubled, from 6,461 to {}, and 14,474 Russian "
            "drones were downed, against 4,865 the year before.")
    got = _periods(text.format("13,050"), date(2025, 1, 2))
    assert got["13,050"] == got["14,474"] == ("2024-01-01", "2024-12-31")
    assert got["4,865"] == ("2023-01-01", "2023-12-31")
    status, flags = check(text.format("13,050"), date(2025, 1, 2))
    assert status["13,050"] == status["4,865"] == "supported" and not flags
    status, _ = check(text.format("13,500"), date(2025, 1, 2))
    assert status["13,500"] == "contradicted"


# -- "1,256 a day in May and 1,168 in June ...: more than 70,000 over the two months" ------------

def test_a_daily_average_joined_by_and_and_the_sum_of_the_two_months(check):
    text = ("Russian casualties averaged 1,256 a day in May and {} in June, UK Defence "
            "Intelligence said, citing Ukraine's General Staff: more than {} over the two "
            "months.")
    got = _periods(text.format("1,168", "70,000"), date(2024, 7, 12))
    assert got["more than 70,000"] == ("2024-05-01", "2024-06-30")
    status, flags = check(text.format("1,168", "70,000"), date(2024, 7, 12))
    assert status["1,168"] == status["more than 70,000"] == "supported" and not flags
    status, _ = check(text.format("1,168", "80,000"), date(2024, 7, 12))
    assert status["more than 80,000"] == "contradicted"
    # months that are not one stretch, or not as many as the words say, give no sum
    got = _periods("Losses were 35,050 in June and 38,930 in May: 70,000 over the three "
                   "months.", date(2024, 7, 12))
    assert got["70,000"] != ("2024-05-01", "2024-06-30")


# -- "... bringing the tally to 13,029. Since the start of May alone the count has risen by" ----

def test_a_generic_count_after_another_fields_count_is_left_open(check):
    text = ("Russia has lost more than 13,000 artillery systems, Ukraine's military said, after "
            "48 more were destroyed over the past day, bringing the tally to 13,029. Since the "
            "start of May alone the count has risen by {}, the Defence Ministry added.")
    assert _measures(text.format("1,018"), date(2024, 5, 28))["1,018"] is None
    status, flags = check(text.format("1,018"), date(2024, 5, 28))
    assert status["1,018"] == "unverified" and not flags
    # the count of the field the sentence before counted stays judged
    status, _ = check(text.replace("13,029", "13,092").format("1,018"), date(2024, 5, 28))
    assert status["13,092"] == "contradicted"
    # in a story of one field, "the count" is of it
    got = _measures("Another 1,460 Russian soldiers were lost over the past day. The count "
                    "now stands at 503,800.", date(2024, 5, 28))
    assert got["503,800"] == "personnel_losses"


# -- "The previous high was 1,271 a day in September" -------------------------------------------

@pytest.mark.parametrize("text,pub,right,wrong,caught", [
    ("Russian forces suffered an average of 1,354 casualties per day in October, according to "
     "the General Staff's data, the highest of the war. The previous high was {} a day in "
     "September.", date(2024, 11, 4), "1,271", "1,217", True),
    ("November was Russia's costliest month, the UK Ministry of Defence said, with an average "
     "of 932 soldiers killed or wounded a day. The previous high was {} a day in March.",
     date(2023, 12, 3), "778", "877", False),
])
def test_a_previous_high_is_of_the_records_count(check, text, pub, right, wrong, caught):
    status, flags = check(text.format(right), pub)
    assert status[right] == "supported" and not flags
    status, _ = check(text.format(wrong), pub)
    # (the second: its other readings do not all disagree enough; unverified, never supported)
    assert status[wrong] == ("contradicted" if caught else "unverified")


# -- "Russian losses in 2024 amount to an average of around 1,180 a day" ------------------------

def test_a_year_before_a_verb_of_amount_is_a_date(check):
    from factcheck.extract.dates import find_dates
    for verb in ("amount to", "came to", "averaged", "numbered"):
        text = f"Russian losses in 2024 {verb} 1,180 a day."
        assert [text[d.start:d.end] for d in find_dates(text, date(2025, 1, 6))] == ["in 2024"]
    text = ("Ukraine's Defence Ministry placed Russia's losses last year at 430,790 soldiers. "
            "By that count Russian losses in 2024 amount to an average of around {} a day.")
    status, flags = check(text.format("1,180"), date(2025, 1, 6))
    assert status["around 1,180"] == "supported" and not flags
    status, _ = check(text.format("1,810"), date(2025, 1, 6))
    assert status["around 1,810"] == "contradicted"


# -- the store: a gap beside the level of its own period is no second total ---------------------

def test_a_gap_beside_its_periods_level_is_not_looked_up():
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    from factcheck.store.lookup import _gaps_beside_a_level
    doc = read_text_document("Russia lost 976 artillery systems in March: 29 more than in "
                             "September 2023.", "t.md", date(2024, 4, 3))
    cs = claims_for(doc)
    gaps = _gaps_beside_a_level(cs)
    assert [c.text for c in cs if c.id in gaps] == ["29"]
    # a day's increment beside a running total shares no period with it
    doc = read_text_document("Russia lost 24 more tanks over the past day, for a total of "
                             "2,966.", "t.md", date(2022, 12, 12))
    assert not _gaps_beside_a_level(claims_for(doc))


# -- the forty-fifth set (equipment): vehicles by report day (14 December 2024 +40, 15 December
# +181; 16 March 2022 +179 military vehicles), drones (15 December 2024 +127, the war's highest
# report then; November 2024 1,729 by report month), 14 November 2024 (+124 vehicles and fuel
# tanks, +51 armoured vehicles, +19 tanks, +64 artillery) --------------------------------------

def test_a_record_count_takes_the_day_after_it(check):
    text = ("Russian drone losses eased from 1,729 in November to 1,289 in December, going by the "
            "General Staff's daily reports, even though the war's highest single report, {} "
            "drones, came on December 15.")
    assert _periods(text.format(127), date(2025, 1, 3))["127"] == ("2024-12-15", "2024-12-15")
    status, flags = check(text.format(127), date(2025, 1, 3))
    assert status["127"] == "supported" and not flags
    status, _ = check(text.format(172), date(2025, 1, 3))
    assert status["172"] == "contradicted"


def test_a_writers_sum_of_kinds_is_no_field(check):
    text = ("Russia lost {} vehicles and 64 artillery systems in one day, Ukraine's Defence "
            "Ministry said on Thursday: 124 trucks and fuel tanks, 51 armored fighting vehicles "
            "and 19 tanks.")
    assert _measures(text.format(194), date(2024, 11, 14))["194"] is None
    status, flags = check(text.format(194), date(2024, 11, 14))
    assert status["194"] == "unverified" and status["124"] == status["64"] == "supported"
    assert not flags
    # a figure the list does not add up to keeps its field (and its check)
    assert _measures(text.format(124), date(2024, 11, 14))["124"] == "vehicles_fuel_tanks"


def test_the_highest_before_that_is_of_the_record_before_it(check):
    text = ("On December 14, Ukrainian forces destroyed or damaged 181 Russian vehicles and fuel "
            "tankers, the most in a single day since the full-scale invasion, the Defence "
            "Ministry said. Before that, the highest figure was {}, on March 15, 2022.")
    status, flags = check(text.format(179), date(2024, 12, 16))
    assert status["181"] == status["179"] == "supported" and not flags
    assert _measures(text.format(197), date(2024, 12, 16))["197"] == "vehicles_fuel_tanks"
