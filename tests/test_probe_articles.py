"""Probe articles (tests/fixtures/probe/): five articles written in our own words, in styles the
corpus does not use (a war report with other verbs, an economy story, a health story, a storm,
sport and money in several currencies). Each test pins a field that was wrong on them before the
fix named in the test, and ``check`` must raise no false alarm on them; an edited copy with a
deliberate contradiction must be caught."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.document import read_text_document
from factcheck.normalize import claims_for
from probe_support import check_flags, claims_of, find, flags_after_edit, span

PROBE = Path(__file__).resolve().parent / "fixtures" / "probe"
TANKS = PROBE / "2025-02-11-tank-losses-10000.md"
UK = PROBE / "2024-12-18-uk-inflation-november.md"
MEASLES = PROBE / "2025-03-28-measles-texas.md"
MILTON = PROBE / "2024-10-11-hurricane-milton.md"
MONEY = PROBE / "2025-01-23-money-league.md"


def month(y: int, m: int):
    import calendar
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


# -- (a) war report in other words ------------------------------------------------------------

def test_tanks_the_24_hours_to_tuesday_morning_is_the_day_before():
    cs = claims_of(TANKS)
    c = find(cs, "1,390", "body")
    assert span(c) == (date(2025, 2, 10), date(2025, 2, 10)) and not c.cumulative
    assert c.source == "Ukrainian Ministry of Defense"
    # the window's own words are no figure
    assert not any(" ".join(x.text.split()) == "24 hours" for x in cs)


def test_tanks_the_compared_value_takes_the_measure_of_the_figure():
    c = find(claims_of(TANKS), "1,170")
    assert (c.measure, c.subject) == ("personnel_losses", "russian_forces")
    assert span(c) == (date(2025, 2, 9), date(2025, 2, 9))   # "the day before": D-2


def test_tanks_generic_running_total_defers_to_the_named_measure():
    c = find(claims_of(TANKS), "gone above 10,000")
    assert c.measure == "tanks" and c.cumulative


def test_tanks_same_period_after_the_daily_figures():
    cs = claims_of(TANKS)
    for words, measure in (("31", "armoured_vehicles"), ("44", "artillery"),
                           ("132", "drones"), ("169", "vehicles_fuel_tanks")):
        c = find(cs, words)
        assert c.measure == measure
        assert span(c) == (date(2025, 2, 10), date(2025, 2, 10)), words


def test_tanks_distances_have_their_place_and_source():
    cs = claims_of(TANKS)
    key = find(cs, "roughly 2 km", "keypoints")
    body = find(cs, "roughly 2 km", "body")
    far = find(cs, "about 8 km")
    assert key.extra_dict()["place"] == "Pokrovsk"            # "the southern outskirts of"
    assert body.extra_dict()["place"] == "Pokrovsk"           # "of the town": named before
    assert far.extra_dict()["place"] == "Kostiantynivka"
    assert body.source == "Open-source analysts"


def test_tanks_quote_belongs_to_the_speaker_s_body():
    c = find(claims_of(TANKS), "more than ten thousand")
    assert c.source == "Khortytsia group of forces"


def test_tanks_combat_clashes_have_a_measure():
    c = find(claims_of(TANKS), "141")
    assert c.measure == "combat_engagements"
    assert span(c) == (date(2025, 2, 10), date(2025, 2, 10))


def test_losses_in_ukraine_are_russian():
    text = ("Russia's personnel losses in Ukraine have passed 700,000 by Kyiv's count, "
            "according to the General Staff of Ukraine's armed forces.")
    (c,) = claims_for(read_text_document(text, "t.txt", date(2024, 11, 4)))
    assert c.subject == "russian_forces"


def test_tanks_britain_put_figure_at():
    c = find(claims_of(TANKS), "around 1,500")
    assert c.source == "British Military Intelligence"
    # "average daily casualties at around 1,500 in January": a rate, not January's total
    assert c.measure == "personnel_losses_per_day" and not c.cumulative


def test_a_daily_average_is_never_compared_with_the_month_s_total(tmp_path):
    path = tmp_path / "avg.md"
    path.write_text("---\ntitle: t\ndate: 2024-12-17\n---\nRussian losses averaged 1,500 a "
                    "day in November, according to the General Staff.\n", encoding="utf-8")
    assert [f["rule"] for f in check_flags(path) if f["severity"] != "info"] == []


def test_tanks_since_scope_beats_the_day_of_the_interview():
    # "said in an interview broadcast on Monday that about 45,000 ... had been killed since
    # 2022": a running total from 2022, as of the day it was given (not Monday's own figure)
    c = find(claims_of(TANKS), "about 45,000")
    assert c.cumulative and span(c) == (date(2022, 1, 1), date(2025, 2, 10))


# -- (b) economy ------------------------------------------------------------------------------

def test_uk_new_value_keeps_its_own_month_not_the_compared_one():
    cs = claims_of(UK)
    assert span(find(cs, "2.6%", "body")) == month(2024, 11)
    assert span(find(cs, "2.3%", "body")) == month(2024, 10)


def test_uk_core_inflation_takes_the_month_of_its_family():
    cs = claims_of(UK)
    core = find(cs, "3.5%", "body")
    assert core.measure == "core_inflation" and span(core) == month(2024, 11)
    services = find(cs, "5.0%", "body")
    assert services.measure == "services_inflation"
    # "in the year to November": the twelve months the words name, not November alone
    assert span(services) == (date(2023, 12, 1), date(2024, 11, 30))


def test_uk_headline_restates_the_body_and_gdp_percent_is_growth():
    cs = claims_of(UK)
    assert span(find(cs, "2.6%", "headline")) == month(2024, 11)
    assert find(cs, "0.1%", "body").measure == "gdp_growth"       # "GDP shrank by 0.1%"
    rate = find(cs, "4.75%", "keypoints")                         # "Bank Rate at 4.75%"
    assert rate.measure == "interest_rate"
    assert find(cs, "4.25% to 4.5%").measure == "interest_rate"   # "its benchmark rate"


def test_weekday_after_a_plan_is_the_coming_one():
    text = "Markets expect the Bank of England to hold its rate at 4.75% on Thursday."
    (c,) = claims_for(read_text_document(text, "t.txt", date(2024, 12, 18)))
    assert span(c) == (date(2024, 12, 19), date(2024, 12, 19))


def test_month_ranges_and_more_economy_measures():
    text = ("Japan's economy grew at an annualised rate of 1.2% in the July-September quarter. "
            "The US economy added 227,000 jobs last month.\n\nU.S. inflation eased to 2.7% in "
            "November. Core prices, which exclude food and energy, rose 3.3%.")
    cs = claims_for(read_text_document(text, "t.txt", date(2024, 12, 18)))
    assert span(find(cs, "1.2%")) == (date(2024, 7, 1), date(2024, 9, 30))
    jobs = find(cs, "227,000")
    assert jobs.measure == "jobs" and span(jobs) == month(2024, 11)
    core = find(cs, "3.3%")
    assert core.measure == "core_inflation" and span(core) == month(2024, 11)


def test_uk_quarter_and_three_month_periods():
    cs = claims_of(UK)
    assert span(find(cs, "just 0.1%")) == (date(2024, 7, 1), date(2024, 9, 30))
    assert span(find(cs, "0.5%")) is None           # "after 0.5% in the second": not Q3
    unemployment = find(cs, "4.3%")
    assert unemployment.measure == "unemployment"
    assert span(unemployment) == (date(2024, 8, 1), date(2024, 10, 31))
    assert not any(" ".join(x.text.split()) in ("three months", "twelve months") for x in cs)
    # "2.7% in the twelve months to November": the twelve months, as written
    assert span(find(cs, "2.7%")) == (date(2023, 12, 1), date(2024, 11, 30))


def test_core_inflation_does_not_take_the_compared_month_of_the_sentence_before():
    text = ("Annual inflation rose to 2.6% in November from 2.3% in October. "
            "Core inflation was 2.8%. Unemployment was 4.3%.")
    cs = claims_for(read_text_document(text, "t.txt", date(2024, 12, 18)))
    assert span(find(cs, "2.8%")) == month(2024, 11)
    assert span(find(cs, "4.3%")) is None            # another family: no carried period


# -- (c) public health ------------------------------------------------------------------------

def test_measles_since_late_january_is_a_running_scope():
    cs = claims_of(MEASLES)
    c = find(cs, "41", "body")
    assert c.measure == "hospitalisations" and c.cumulative
    assert span(c) == (date(2025, 1, 21), date(2025, 3, 28))


def test_measles_so_far_this_year_against_last_year():
    cs = claims_of(MEASLES)
    this = find(cs, "483", "keypoints")
    assert this.cumulative and span(this) == (date(2025, 1, 1), date(2025, 3, 28))
    last = find(cs, "285", "keypoints")
    assert not last.cumulative and span(last) == (date(2024, 1, 1), date(2024, 12, 31))


def test_measles_a_date_of_another_figure_does_not_carry():
    cs = claims_of(MEASLES)
    assert span(find(cs, "43")) is None              # not "died ... in February"
    weekly = find(cs, "7")
    assert span(weekly) == (date(2025, 3, 16), date(2025, 3, 22))   # not "in early February"


# -- (d) disaster -----------------------------------------------------------------------------

def test_milton_distance_place_south_of():
    c = find(claims_of(MILTON), "about 110 km")
    assert c.extra_dict()["place"] == "Tampa" and span(c) == (date(2024, 10, 11),) * 2


def test_milton_storm_dead_are_deaths_not_personnel_losses():
    cs = claims_of(MILTON)
    assert find(cs, "at least 16", "headline").measure == "deaths"
    assert find(cs, "at least 16", "body").measure == "deaths"      # "people had died"
    assert find(cs, "More than 3 million").measure == "without_power"


def test_milton_headline_takes_the_period_of_the_body_figure():
    cs = claims_of(MILTON)
    assert span(find(cs, "195 km/h", "keypoints")) == (date(2024, 10, 9), date(2024, 10, 9))


# -- (e) money in several currencies ----------------------------------------------------------

def test_money_revenue_measure_and_no_subject_from_far_below():
    cs = claims_of(MONEY)
    head = find(cs, "more than €1bn", "headline")
    # the club the headline names (entities.py), not "in Japan" far below
    assert head.measure == "revenue" and head.subject == "real madrid"
    assert find(cs, "€1.046bn", "keypoints").measure == "revenue"


def test_a_year_earlier_is_the_figure_s_period_a_year_back():
    cs = claims_of(MONEY)
    now = find(cs, "€1.046bn", "keypoints")
    before = find(cs, "€831m", "keypoints")             # "up from €831m a year earlier"
    assert before.period is not None and now.period is not None
    assert (before.period.start.year, before.period.end.year) == \
        (now.period.start.year - 1, now.period.end.year - 1)
    assert span(find(claims_of(MEASLES), "327")) == (date(2025, 3, 21), date(2025, 3, 21))


def test_units_ago_count_back_from_publication():
    text = "Two weeks ago Russia lost 1,200 troops in a single day, the General Staff said."
    (c,) = claims_for(read_text_document(text, "t.txt", date(2024, 12, 17)))
    assert span(c) == (date(2024, 12, 3), date(2024, 12, 3))


def test_money_bracketed_other_currency_is_no_conversion_error():
    flags = check_flags(MONEY)
    assert not [f for f in flags if f["rule"] in ("wrong-conversion", "dimension-mismatch")]


# -- check: no false alarms, and a planted contradiction is caught ----------------------------


@pytest.mark.parametrize("path", [UK, MEASLES, MILTON, MONEY], ids=lambda p: p.stem)
def test_no_false_alarm(path):
    bad = [(f["rule"], f["message"]) for f in check_flags(path)
           if f["severity"] in ("error", "warning")]
    assert bad == []


def test_no_false_alarm_on_distances_to_two_places():
    bad = [(f["rule"], f["message"]) for f in check_flags(TANKS)
           if f["severity"] in ("error", "warning")]
    assert bad == []


def test_tanks_no_false_alarm_besides_the_two_places():
    bad = [(f["rule"], f["message"]) for f in check_flags(TANKS)
           if f["severity"] in ("error", "warning") and "km" not in f["message"]]
    assert bad == []
    # the store compares an assessment only with earlier ones of the same place
    assert not [f for f in check_flags(TANKS) if f["rule"] == "changed-assessment"
                and "8 km" in f["message"]]


def test_planted_contradiction_is_caught(tmp_path):
    flags = flags_after_edit(tmp_path, UK, "Core inflation was 3.5%.",
                             "Core inflation was 3.8%.")
    assert any("3.8%" in f["message"] and "3.5%" in f["message"] for f in flags)


# -- war-report phrasings with the General Staff's figures for the report of 11 December 2024 -

@pytest.mark.parametrize("text", [
    "Russia lost 1,400 soldiers in the last 24 hours, Ukraine's General Staff said on "
    "Wednesday, bringing the total since the start of the full-scale invasion to 757,340.",
    "Ukrainian forces killed or wounded 1,400 Russian troops over the past day, according to "
    "Kyiv, up from 1,350 a day earlier.",
    "Kyiv's daily tally put Russian losses at 1,400 on Tuesday, with two tanks, 20 armoured "
    "vehicles, three artillery systems and 36 vehicles and fuel tanks destroyed.",
    "The Russian army has lost 757,340 soldiers since 24 February 2022, including 1,400 in "
    "the past day.",
    "Russia's losses reached 757,340 on Wednesday, up 1,400 from the previous day.",
    "Ukraine said Russia had lost 1,350 troops on Monday and 1,400 on Tuesday.",
    "Since Russia invaded in February 2022 it has lost 9,526 tanks and 21,067 artillery "
    "systems, Kyiv says.",
    "In the 24 hours to Wednesday morning, Russia lost 1,400 men, the General Staff said.",
])
def test_true_war_figures_raise_no_alarm(tmp_path, text):
    path = tmp_path / "w.md"
    path.write_text(f"---\ntitle: t\ndate: 2024-12-11\n---\n{text}\n", encoding="utf-8")
    assert [(f["rule"], f["message"]) for f in check_flags(path)
            if f["severity"] != "info"] == []


def test_parts_and_bare_items_take_the_measure():
    d = date(2024, 12, 11)
    cs = claims_for(read_text_document(
        "The Russian army has lost 757,340 soldiers since 24 February 2022, including 1,400 in "
        "the past day. Ukraine said Russia had lost 1,350 troops on Monday and 1,400 on "
        "Tuesday.", "t.txt", d))
    assert [c.measure for c in cs] == ["personnel_losses"] * 4
    assert cs[0].cumulative and not cs[1].cumulative


def test_since_an_event_written_as_a_clause():
    cs = claims_for(read_text_document(
        "Since Russia invaded in February 2022 it has lost 9,526 tanks, Kyiv says.", "t.txt",
        date(2024, 12, 11)))
    assert cs[0].cumulative and span(cs[0]) == (date(2022, 2, 1), date(2024, 12, 11))


def test_disaster_phrasings():
    text = ("The town of Chiva, about 30 km west of Valencia, recorded 491 mm of rain in eight "
            "hours. In Paiporta, some 10 km south of the city, at least 62 people died. About "
            "1,200 troops from the military emergencies unit had been deployed, the prime "
            "minister said.")
    cs = claims_for(read_text_document(text, "t.txt", date(2024, 10, 31)))
    assert find(cs, "about 30 km").extra_dict()["place"] == "Valencia"
    assert find(cs, "some 10 km").extra_dict()["place"] == "Valencia"   # "the city"
    assert find(cs, "491 mm").measure == "rainfall"
    assert find(cs, "at least 62").measure == "deaths"
    assert find(cs, "About 1,200").measure != "personnel_losses"       # deployed, not lost


def test_a_distance_without_a_place_is_about_the_place_named_nearest(tmp_path):
    """'8 km away' after '3 km from Pokrovsk' is the same distance restated: a clash; the
    place named after it counts when none is named before (a headline)."""
    for text in (
        "Russian troops are 3 km from Pokrovsk, officials said. Later the troops were said "
        "to stand 8 km away.",
        "Troops 8 km away\n\nRussian troops are 3 km from Pokrovsk, officials said.",
    ):
        path = tmp_path / "d.md"
        path.write_text("---\ndate: 2024-12-17\n---\n" + text + "\n", encoding="utf-8")
        flags = [f for f in check_flags(path) if f["rule"] == "conflicting-figures"]
        assert flags and "8 km" in flags[0]["message"], text


def test_an_undated_headline_figure_is_the_body_figure_it_summarises(tmp_path):
    """A wrong headline is compared with the body: it takes the period of the first body
    figure of its measure when the two are within a factor of three."""
    path = tmp_path / "h.md"
    path.write_text("---\ndate: 2024-12-17\n---\n# Russia loses 1,900 troops as fighting rages\n\n"
                    "Russian forces lost 1,600 troops over the past 24 hours, according to "
                    "Ukraine's General Staff.\n", encoding="utf-8")
    flags = [f for f in check_flags(path, "--no-store") if f["rule"] == "conflicting-figures"]
    assert flags and "1,900" in flags[0]["message"]
    path.write_text("---\ndate: 2024-12-17\n---\n# Russia's tank losses pass 9,000\n\n"
                    "Russian forces lost 4 tanks over the past 24 hours, according to "
                    "Ukraine's General Staff.\n", encoding="utf-8")
    assert not [f for f in check_flags(path) if f["severity"] in ("error", "warning")]
