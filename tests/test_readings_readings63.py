"""Readings63 (issue #10, set 120): the general causes of the false alarms and misses the
120th phrasing set's first run showed, each in our own sentences with the General Staff's real
figures (corpus/datasets/ukraine-general-staff-losses): the reports of 15 July 2026 (1,423,280
in all, 1,470 and 10 tanks that day), 20 July 2026 (1,600 that day), 28 June 2026 (1,400,970,
1,250 that day) and 8 August 2026 (35 warships and boats); July 2026 (42,860 casualties, 31
days); May and July 2024 (38,940 and 35,680: 1,256 and 1,151 a day).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings63")))


def _status(run, text: str, pub: date) -> dict[str, str]:
    return statuses_rules_verdicts(run, text, pub)[0]


# -- 1. what a report adds after a running total is its day's figure -------------------------------

ADDS = ("The General Staff's update puts Russian personnel losses since February 2022 at "
        "1,423,280 and {verb} {n} tanks.")


@pytest.mark.parametrize("verb", ["adds", "adds another", "added"])
def test_a_figure_added_after_a_running_total_is_the_days(run, verb):
    pub = date(2026, 7, 15)
    status = _status(run, ADDS.format(verb=verb, n="10"), pub)
    assert status == {"1,423,280": "supported", "10": "supported"}
    # the day's figure is still checked: the report of 15 July added 10 tanks, not 19
    assert _status(run, ADDS.format(verb=verb, n="19"), pub)["19"] == "contradicted"


def test_a_list_under_the_scope_is_still_running_totals(run):
    # (no verb of adding: every item is the running total of its report)
    text = ("Since February 2022 Russia has lost 1,423,280 troops and 12,141 tanks, the General "
            "Staff said.")
    status = _status(run, text, date(2026, 7, 15))
    assert status == {"1,423,280": "supported", "12,141": "supported"}


# -- 2. a rate an hour is the period's figure over its hours ---------------------------------------

DAY_HOUR = ("Monday's report from Ukraine's General Staff counted 1,600 Russian casualties over "
            "the previous 24 hours, roughly {n} an hour.")


def test_a_days_figure_an_hour_is_checked_over_24_hours(run):
    pub = date(2026, 7, 20)
    status = _status(run, DAY_HOUR.format(n="67"), pub)
    assert status == {"1,600": "supported", "roughly 67": "supported"}
    # (before: 67 was read as the day's own figure and contradicted by 1,600)
    assert _status(run, DAY_HOUR.format(n="76"), pub)["roughly 76"] == "contradicted"


MONTH_HOUR = "In July the General Staff counted 42,860 Russian casualties, about {n} {per}."


@pytest.mark.parametrize("per", ["an hour", "every hour of the month"])
def test_a_months_figure_an_hour_is_checked_over_its_hours(run, per):
    pub = date(2026, 8, 2)
    # 42,860 over the 744 hours of July is 57.6
    assert _status(run, MONTH_HOUR.format(n="58", per=per), pub)["about 58"] == "supported"
    assert _status(run, MONTH_HOUR.format(n="85", per=per), pub)["about 85"] == "contradicted"


def test_every_day_is_a_rate_not_a_count_of_days(run):
    # (before: "every day" was read as the noun counted, a measure "day", never checked)
    pub = date(2026, 8, 2)
    text = MONTH_HOUR.format(n="1,383", per="every day of the month")
    assert _status(run, text, pub)["about 1,383"] == "supported"
    text = MONTH_HOUR.format(n="1,838", per="every day of the month")
    assert _status(run, text, pub)["about 1,838"] == "contradicted"


# -- 3. a report that "gave" a figure after a milestone sentence ------------------------------------

MILESTONE = ("Russian losses by Kyiv's count passed 1.4 million on Sunday. The General Staff's "
             "report gave {total}, including 1,250 over the past day.")


def test_what_a_report_gave_continues_the_count_before(run):
    pub = date(2026, 6, 28)
    status = _status(run, MILESTONE.format(total="1,400,970"), pub)
    assert status == {"passed 1.4 million": "supported", "1,400,970": "supported",
                      "1,250": "supported"}
    status = _status(run, MILESTONE.format(total="1,409,970"), pub)
    assert status["1,409,970"] == "contradicted"


# -- 4. the end of a move of a daily average is a daily average -------------------------------------

def test_the_end_of_a_move_of_the_daily_average_is_an_average(run):
    text = ("Citing Ukraine's General Staff, a Kyiv outlet said Russia's average daily "
            "casualties had eased from about 1,256 in May to about {n} in July.")
    pub = date(2024, 8, 5)
    status = _status(run, text.format(n="1,151"), pub)
    assert status == {"about 1,256": "supported", "about 1,151": "supported"}
    # (before: July's average was read as July's sum, 35,680, and left unverified)
    assert _status(run, text.format(n="1,511"), pub)["about 1,511"] == "contradicted"


# -- 5. "the count of" a class is its running count, however small -----------------------------------

SHIPS = ("The General Staff's count of Russian warships and boats reached {n} in its report on "
         "Saturday.")


def test_a_count_of_a_class_named_with_a_report_day_is_the_running_count(run):
    pub = date(2026, 8, 8)
    assert _status(run, SHIPS.format(n="35"), pub) == {"35": "supported"}
    assert _status(run, SHIPS.format(n="53"), pub) == {"53": "contradicted"}


def test_a_days_count_of_is_no_running_count(run):
    # (not_cumulative: "the day's count of" is the day's figure; the report of 15 July 2026)
    text = "The day's count of Russian tanks destroyed was 10, the General Staff said."
    assert _status(run, text, date(2026, 7, 15)) == {"10": "supported"}


# -- 6. a year written for a compared figure leaves a later bare month open -------------------------

AIR = ("The General Staff counted 68 Russian air defence systems destroyed in July, its "
       "second-highest monthly figure after the 73 of July 2023, and {n} in June.")


def test_a_bare_month_after_a_compared_figures_year_keeps_the_recent_reading(run):
    # June 2023: 56 systems; June 2026: 60 (the reports of the months' first days)
    pub = date(2026, 8, 1)
    status, _, verdicts = statuses_rules_verdicts(run, AIR.format(n="60"), pub)
    assert status == {"68": "supported", "73": "supported", "60": "supported"}
    assert "June 2026" in " ".join(e.detail or "" for e in verdicts["60"].evidence)
    # (June 2023 is still read: its 56 is supported too; a figure neither month gave is caught)
    assert _status(run, AIR.format(n="56"), pub)["56"] == "supported"
    assert _status(run, AIR.format(n="66"), pub)["66"] == "contradicted"


def test_a_year_that_frames_the_sentence_still_dates_the_month():
    from factcheck.extract.dates import find_dates
    # ("In 2023 ... by March": the year of the sentence, no compared figure's)
    got = find_dates("In 2023 the army lost 300 tanks by March.", date(2026, 8, 1))
    march = next(d for d in got if "March" in d.text)
    assert march.start_date == date(2023, 3, 1) and march.other is None


# -- 7. "of the year so far" is a record's window -----------------------------------------------------

RECORD = ("The {n} Russian casualties in {day}'s General Staff report were the highest daily "
          "figure of the year so far.")


def test_the_highest_of_the_year_so_far_is_judged_over_the_year(run):
    # 1,710 (the report of 18 March 2026) is 2026's highest day; 1,560 (28 July) is not
    assert _status(run, RECORD.format(n="1,710", day="Wednesday"),
                   date(2026, 3, 18)) == {"1,710": "supported"}
    assert _status(run, RECORD.format(n="1,560", day="Tuesday"),
                   date(2026, 7, 28)) == {"1,560": "contradicted"}


# -- 8. "the overall count" names no thing counted; clashes have no war-long count of a million -----

YEAR_CLASHES = ("Since the start of the year Ukrainian forces have put more than 309,000 Russian "
                "troops out of action, the commander-in-chief said. Over the past week there were "
                "more than 1,300 clashes, most of them on the Pokrovsk direction. The {adj} count "
                "reached {n} on Saturday.")


@pytest.mark.parametrize("adj", ["war-long", "overall"])
def test_a_scope_word_before_count_is_no_measure(run, adj):
    # the report of Saturday 20 September 2025: 1,100,600 (309,800 since 1 January)
    pub = date(2025, 9, 20)
    status = _status(run, YEAR_CLASHES.format(adj=adj, n="1,100,600"), pub)
    assert status == {"more than 309,000": "supported", "more than 1,300": "unverified",
                      "1,100,600": "supported"}
    status = _status(run, YEAR_CLASHES.format(adj=adj, n="1,010,600"), pub)
    assert status["1,010,600"] == "contradicted"


def test_a_count_word_after_a_thing_still_names_it():
    # ("passenger numbers rose": passengers, as before; "the overall numbers": nothing)
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for

    def measure(text: str) -> str | None:
        doc = read_text_document(text, "x.md", date(2025, 3, 3))
        return claims_for(doc)[0].measure

    assert measure("Passenger numbers rose to 8,900 in the month.") == "passenger"
    assert measure("The overall numbers rose to 8,900 in the month.") is None


# -- 9. a count for every square kilometre is the count over the area beside it ----------------------

GROUND = ("Kyiv's count for 2024, 430,790 Russian casualties, set against the 4,168 square "
          "kilometres Russia took in Ukraine and Kursk region that year, works out at about {n} "
          "casualties for every square kilometre.")


def test_a_count_per_square_kilometre_is_worked_from_the_area(run):
    pub = date(2025, 1, 10)
    # 430,790 over 4,168 is 103.4: no flag; 130 is wrong arithmetic (the area is no figure
    # of the General Staff's, so the rate stays unverified beside its flag)
    status, rules, _ = statuses_rules_verdicts(run, GROUND.format(n="103"), pub)
    assert status["430,790"] == "supported" and rules["about 103"] == []
    status, rules, _ = statuses_rules_verdicts(run, GROUND.format(n="130"), pub)
    assert status["about 130"] == "unverified" and rules["about 130"] == ["wrong-arithmetic"]


# -- 10. a gain "more than at the start of the year" is the reports' sum since then ------------------

GAIN = ("The General Staff's count of Russian warships and boats reached 35 in its report on "
        "Saturday, {n} more than at the start of the year.")


def test_a_gain_since_the_start_of_the_year_is_checked(run):
    # the reports of 1 January and 8 August 2026: 28 and 35 warships and boats
    pub = date(2026, 8, 8)
    assert _status(run, GAIN.format(n="seven"), pub) == {"35": "supported", "seven": "supported"}
    assert _status(run, GAIN.format(n="nine"), pub)["nine"] == "contradicted"
    # (the month's start: 29 in the report of 1 March 2026, 33 on Monday 16 March)
    text = GAIN.replace("35", "33").replace("Saturday", "Monday").replace("the year",
                                                                          "the month")
    pub = date(2026, 3, 16)
    assert _status(run, text.format(n="four"), pub) == {"33": "supported", "four": "supported"}
    assert _status(run, text.format(n="five"), pub)["five"] == "contradicted"
