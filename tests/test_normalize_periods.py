"""Periods and running totals of claims in daily conflict reporting (docs/extraction.md,
"Conventions"): windows ending at publication, report dates, explicit dates, cumulative versus
per-period figures, and text that must not set a period."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for

D = date(2024, 12, 17)          # a Tuesday
DAY = timedelta(days=1)


def claims(text: str, pub: date | None = D):
    return claims_for(Document(id="t", text=text, date=pub))


def by_text(text: str, pub: date | None = D):
    return {c.text: c for c in claims(text, pub)}


def span(c) -> tuple[date, date] | None:
    return (c.period.start, c.period.end) if c.period else None


@pytest.mark.parametrize("text", [
    "Kyiv said Russia lost 1,600 soldiers over the past 24 hours.",
    "Kyiv said Russia lost 1,600 soldiers over the past day.",
    "Kyiv said Russia lost 1,600 soldiers in the previous 24 hours.",
    "Kyiv said Russia lost 1,600 soldiers yesterday.",
])
def test_the_past_day_is_the_day_before_publication(text):
    (c,) = claims(text)
    assert span(c) == (D - DAY, D - DAY) and not c.cumulative


@pytest.mark.parametrize("text", [
    "Russia lost 9,500 soldiers over the past week, Kyiv said.",
    "Russia lost 9,500 soldiers in the last seven days, Kyiv said.",
])
def test_the_past_week_is_the_seven_days_before_publication(text):
    (c,) = claims(text)
    assert span(c) == (D - 7 * DAY, D - DAY)


def test_the_duration_of_a_period_phrase_is_no_claim():
    cs = claims("In the last seven days and over the past 24 hours Russia lost 40 tanks.")
    assert [c.text for c in cs] == ["40"]


@pytest.mark.parametrize("text", [
    "Russia lost 1,310 troops in just one day, Kyiv said.",
    "Kyiv said Russia lost 1,310 troops over one day.",
    "Russia lost 1,310 troops in a single day, Kyiv said.",
])
def test_one_day_of_losses_is_the_day_before_and_no_figure(text):
    (c,) = claims(text)
    assert c.text == "1,310" and span(c) == (D - DAY, D - DAY)


def test_a_day_that_is_no_period_phrase_stays_apart():
    cs = claims("One day later, 20 more soldiers were wounded.")
    assert "20" in [c.text for c in cs]


def test_a_weekday_report_is_the_day_before_it_and_no_source():
    (c,) = claims("The General Staff put Russian personnel losses at 1,900 in its Tuesday "
                  "report.")
    assert span(c) == (D - DAY, D - DAY)
    assert c.source != "Tuesday"


def test_a_dated_report_covers_the_day_before_it():
    (c,) = claims("The report of 9 December listed 1,320 Russian personnel losses.")
    assert span(c) == (date(2024, 12, 8), date(2024, 12, 8))


def test_a_stated_day_without_a_report_is_that_day():
    (c,) = claims("The General Staff's count for 9 December was 1,320 Russian personnel losses.")
    assert span(c) == (date(2024, 12, 9), date(2024, 12, 9))


def test_a_window_counts_back_from_a_day_stated_before_it():
    (c,) = claims("As we reported on 29 November, that morning's report put Russian losses "
                  "over the past day at 2,030.")
    assert span(c) == (date(2024, 11, 28), date(2024, 11, 28))


@pytest.mark.parametrize("text,start,end", [
    ("The reports from 1 to 30 November add up to 45,450 Russian personnel losses.",
     date(2024, 10, 31), date(2024, 11, 29)),
    ("Personnel losses reported in November: 45,450 Russian troops killed and wounded.",
     date(2024, 10, 31), date(2024, 11, 29)),
    ("Our sum of the seven daily reports from 7 to 13 December is 9,510 Russian losses.",
     date(2024, 12, 6), date(2024, 12, 12)),
    ("Russia lost 45,450 soldiers in November, Kyiv said.", date(2024, 11, 1),
     date(2024, 11, 30)),
    ("The daily reports from 1 January to 31 December sum to 430,320 Russian losses.",
     date(2023, 12, 31), date(2024, 12, 30)),
])
def test_months_and_day_ranges(text, start, end):
    c = claims(text)[-1]
    assert span(c) == (start, end) and not c.cumulative


def test_an_explicit_date_ends_a_running_total():
    cs = by_text("As we reported on 4 November, Kyiv's cumulative count of Russian personnel "
                 "losses passed 700,000 that day, reaching 700,390.")
    c = cs["700,390"]
    assert c.cumulative and span(c) == (date(2022, 2, 24), date(2024, 11, 4))


def test_a_since_scope_restated_by_a_date_after_a_line_break():
    (c,) = claims("With Friday's figure, the running total of Russian personnel losses since "
                  "the\nfull-scale invasion began in February 2022 reached 696,410.",
                  date(2024, 11, 1))
    assert c.cumulative and span(c) == (date(2022, 2, 24), date(2024, 11, 1))


def test_daily_and_running_total_in_one_sentence():
    a, b = claims("On the ground, the report put Russian personnel losses over the past day at "
                  "1,560, raising the total since February 2022 to 722,440.")
    assert (a.cumulative, span(a)) == (False, (D - DAY, D - DAY))
    assert b.cumulative and b.period.end == D


def test_a_ranking_after_a_comma_is_no_running_total():
    (c,) = claims("The November reports add up to 45,450 Russian personnel losses, the highest "
                  "monthly total of the war so far.")
    assert not c.cumulative


@pytest.mark.parametrize("text", [
    "Personnel losses over the past day: 1,560; total 722,440",
    "Wednesday's report put the total at 722,440 Russian personnel losses.",
    "The tally of Russian personnel losses stood at 722,440.",
    "Russian personnel losses have now risen to 722,440, Kyiv said.",
])
def test_running_total_markers(text):
    c = claims(text)[-1]
    assert c.text == "722,440" and c.cumulative


def test_a_total_of_is_a_sum_not_a_running_total():
    c = claims("Over the past day Russia lost a total of 120 vehicles.")[0]
    assert not c.cumulative


def test_elliptical_coordination_keeps_the_measure_and_the_running_total():
    a, b = claims("The General Staff's overall count of destroyed Russian tanks now stands at "
                  "9,300, and of armoured combat vehicles at 18,896.")
    assert (a.measure, b.measure) == ("tanks", "armoured_vehicles")
    assert a.cumulative and b.cumulative


def test_elliptical_coordination_with_for():
    a, b = claims("The tally for tanks stood at 9,162 and for artillery systems at 20,039, "
                  "according to the report.")
    assert (a.measure, b.measure) == ("tanks", "artillery")
    assert a.cumulative and b.cumulative


def test_list_items_share_a_scope_written_after_the_last():
    a, b = claims("Russia has lost 9,193 tanks and 20,121 artillery systems since the start of "
                  "the full-scale invasion.")
    assert a.cumulative and b.cumulative and a.period == b.period


def test_a_date_after_a_later_figure_is_that_figure_s():
    a, b = claims("The January drone figure of 2,492 was nearly double the 1,289 counted in "
                  "December's reports.", date(2025, 1, 31))
    assert span(b) == (date(2024, 11, 30), date(2024, 12, 30))
    assert a.period != b.period


def test_the_earlier_value_of_a_change_does_not_take_its_date():
    new, old = claims("The central bank raised its key rate to 13.5% from 13% on Thursday.",
                      date(2024, 12, 12))
    assert span(new) == (date(2024, 12, 12), date(2024, 12, 12))
    assert old.period is None


def test_the_earlier_value_keeps_its_own_date():
    new, old = claims("Inflation rose to 12% in December from 11.2% in November.",
                      date(2025, 1, 20))
    assert span(old) == (date(2024, 11, 1), date(2024, 11, 30))


def test_the_same_seven_reports_refer_to_the_stated_week():
    cs = claims("Over the past week Russia lost 12,580 soldiers. Monday's report alone listed "
                "1,990 soldiers killed and wounded.\n\nOver the same seven reports Russia "
                "lost 52 tanks.", date(2024, 12, 23))
    assert span(cs[-1]) == span(cs[0]) == (date(2024, 12, 16), date(2024, 12, 22))


def test_the_previous_month_follows_the_stated_month():
    cs = claims("- Annual inflation in Ukraine in November: 11.2%\n"
                "- Previous month's inflation in Ukraine: 9.7%\n", date(2025, 1, 23))
    assert span(cs[1]) == (date(2024, 10, 1), date(2024, 10, 31))


def test_a_crossed_threshold_is_a_lower_bound():
    (c,) = claims("Russia's personnel losses have passed 700,000, by Kyiv's count.")
    assert (c.lower, c.upper) == (700_000, None)


def test_html_comments_make_no_claims_and_set_no_period():
    cs = claims("Russia lost 40 tanks <!-- over the past week; 5 km on 3 December --> near "
                "the town.\n<!-- Russia lost 1,600 troops yesterday. -->\n")
    assert [c.text for c in cs] == ["40"]
    assert cs[0].period is None


@pytest.mark.parametrize("text", [
    "- Also reported: 15 tanks and 99 drones",
    "- Tanks reported destroyed in November: 307",
    "Losses on Monday, reported Tuesday: 1,200 soldiers killed and wounded.",
])
def test_plain_words_and_weekdays_are_no_sources(text):
    for c in claims(text):
        assert c.source not in ("Also", "Tanks", "Tuesday", "Monday")


def test_key_point_without_subject_takes_the_body_s():
    cs = claims("**Key points**\n\n- Personnel losses over the past day: 1,950\n\n"
                "Ukraine's General Staff reported 1,950 Russian personnel losses over the "
                "past day.")
    assert cs[0].subject == cs[1].subject == "russian_forces"


def test_a_threshold_crossed_in_a_time_clause_has_no_period():
    a, b = claims("The count passed 750,000 on Friday, a little over a month after it crossed "
                  "700,000.", date(2024, 12, 6))
    assert b.period is None and not b.cumulative
    assert a.period is not None


def test_a_running_total_marker_after_a_list_is_every_items():
    from datetime import date as _d

    from factcheck.model import Document
    from factcheck.normalize import claims_for
    text = ("The agency estimates at least 5.3 million illnesses, 63,000 hospitalizations and "
            "2,700 deaths from flu so far this season.")
    cs = claims_for(Document(id="t", text=text, date=_d(2025, 1, 10)))
    assert [c.cumulative for c in cs] == [True, True, True]
    # a comma that ends the clause still stops it: "45,450 losses, the highest monthly total"
    cs = claims_for(Document(id="t", text="Russia lost 45,450 troops in November, the highest "
                             "monthly total so far.", date=_d(2024, 12, 2)))
    assert not cs[0].cumulative
