"""Unit tests for factcheck.extract: numbers, units, ranges, non-claims, dates, sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract import (find_dates, find_mentions, find_names, find_quantities,
                               sentences, with_qualifiers)

D = date(2024, 12, 17)


def figures(text: str) -> list[tuple[str, float, str]]:
    ms = find_mentions(text, D).quantities
    return [(q.text, q.value, q.unit) for q in ms]


def values(text: str) -> list[tuple[float, str]]:
    return [(v, u) for _, v, u in figures(text)]


@pytest.mark.parametrize("text,expected", [
    ("lost 1,600 men", [(1600, "")]),
    ("lost 1 600 men", [(1600, "")]),
    ("a total of 765,110 troops", [(765110, "")]),
    ("grew by 1.2 million", [(1_200_000, "")]),
    ("a $4.5 trillion budget", [(4.5e12, "USD")]),
    ("raised 3bn", [(3e9, "")]),
    ("spent £5m on it", [(5e6, "GBP")]),
    ("765K troops", [(765_000, "")]),
    ("temperatures of -18 °C", [(-18, "degree_Celsius")]),
    ("the annual revenue is ($99.99).", [(-99.99, "USD")]),
    ("a 2.48×10−5 factor", [(2.48e-5, "")]),
])
def test_digits_separators_scales_currencies(text, expected):
    assert values(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text,value", [
    ("four tanks", 4), ("twenty-five drones", 25), ("a dozen shells", 12),
    ("two hundred thousand people", 200_000), ("a hundred and two of those", 102),
    ("three million, two hundred & forty, you say", 3_000_240),
    ("two thirds of the cake", 2 / 3), ("three-quarters of them", 0.75),
    ("two and a half miles", 2.5),
])
def test_spelled_out_numbers(text, value):
    assert values(text)[0][0] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "one of the most important hubs", "the third day of fighting", "in the second quarter",
    "a baker's dozen",
])
def test_words_that_are_not_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,lower,upper", [
    # vague counts are intervals (issue 12); the value is the lowest count the words allow
    ("several hundred years", 300, 999), ("hundreds of drones", 200, 999),
    ("dozens of homes", 24, 99), ("tens of thousands of people", 20_000, 99_999),
    ("hundreds of thousands of fans", 200_000, 999_999), ("a few thousand troops", 2000, 5999),
    ("a couple of witnesses", 2, 3), ("Thousands marched", 2000, 9999),
])
def test_vague_counts_are_intervals(text, lower, upper):
    (q,) = find_quantities(text)
    assert (q.value, q.lower, q.upper, q.bare) == (lower, lower, upper, True)


def test_a_vague_count_before_a_figure_leaves_the_figure():
    assert [(q.text, q.value) for q in find_quantities("a couple of 100m races")] == \
        [("100m", 100)]


@pytest.mark.parametrize("text,expected", [
    ("3km", (3, "kilometer")), ("3-km", (3, "kilometer")), ("3 kilometres", (3, "kilometer")),
    ("three miles", (3, "mile")), ("4 km2", (4, "kilometer ** 2")),
    ("4 square kilometers", (4, "kilometer ** 2")), ("116,347 sq mi", (116347, "mile ** 2")),
    ("200 kilometres per hour", (200, "kilometer / hour")), ("$15.4/hour", (15.4, "USD / hour")),
    ("2 1/2 in thick", (2.5, "inch")), ("15%", (15, "percent")), ("15 percent", (15, "percent")),
    ("15 per cent", (15, "percent")), ("8 MB", (8, "megabyte")), ("7.3 MWh", (7.3, "megawatt_hour")),
    ("a gallon of beer", (1, "gallon")), ("10 000 dollars", (10000, "USD")),
    ("-15€", (-15, "EUR")), ("0.5k miles", (500, "mile")),
])
def test_unit_spellings(text, expected):
    got = values(text)
    assert len(got) == 1, got
    assert got[0][0] == pytest.approx(expected[0]) and got[0][1] == expected[1]


def test_percentage_points_are_marked():
    q = find_mentions("up 3 percentage points", D).quantities[0]
    assert (q.value, q.unit, q.dim) == (3, "percent", "points")


def test_inch_symbol_needs_a_measuring_context():
    assert values("the passage of Voyager 2 in 1979") == []
    assert values("The pencil is 2 in.") == [(2, "inch")]


@pytest.mark.parametrize("text,lo,hi,unit", [
    ("10-15 km", 10, 15, "kilometer"), ("between 3 and 5 miles", 3, 5, "mile"),
    ("3 to 5", 3, 5, ""), ("8- to 16-meter", 8, 16, "meter"), ("3.5–4.0 TeV", 3.5, 4.0,
                                                                 "teraelectron_volt"),
    ("between 44 mg and 50 mg", 44, 50, "milligram"),
])
def test_ranges_are_one_figure_with_bounds(text, lo, hi, unit):
    (q,) = find_mentions(text, D).quantities
    assert (q.lower, q.upper, q.unit, q.is_range) == (lo, hi, unit, True)
    assert q.value == pytest.approx((lo + hi) / 2)


def test_a_change_is_two_figures_not_a_range():
    assert values("Treatment was reduced from 44 mg to 50 mg.") == [(44, "milligram"),
                                                                    (50, "milligram")]


def test_markdown_emphasis_around_a_figure_is_no_designation():
    assert values("Russia lost _34_ drones, __15__ tanks and *8* guns.") == [
        (34, ""), (15, ""), (8, "")]
    assert figures("the fields var_12, x_5_y and id_7") == []


def test_coordinated_figures_share_a_following_unit():
    assert values("They were given 45 and 50 mg.") == [(45, "milligram"), (50, "milligram")]


@pytest.mark.parametrize("text", [
    "the T-05-18 route", "an F-16 and an Su-34", "the M1A2 tank", "the 575th Marine Battalion",
    "He holds a BA and an MA", "pursuing a J.D. at Boston College", "A key logistical hub",
    "A 19FortyFive columnist", "Call +44 20 7946 0958 today", "or (555) 123-4567",
    "at 2 pm", "at 2.17pm", "at 14:00 GMT", "in 1979", "since the passage of Voyager 2",
    "the I7-860BOX on LGA1156", "the OAO-1 mission", "see https://example.org/2024/12/17/a-1600",
    "mail desk2024@example.org", "<!-- expect: consistency-001 -->", "the 21st century",
])
def test_non_claims(text):
    assert figures(text) == []


def test_qualifiers_are_attached():
    qs = with_qualifiers("more than 765,000 troops",
                         find_quantities("more than 765,000 troops"))
    assert (qs[0].qualifier, qs[0].qkind, qs[0].text) == ("more than", "gt", "more than 765,000")
    (q,) = find_mentions("approximately 3km away", D).quantities
    assert (q.qualifier, q.qkind) == ("approximately", "approx")
    (q,) = find_mentions("just over 40 km", D).quantities
    assert q.qkind == "gt"


def test_rounding_step_as_written():
    a, b, c = find_mentions("1,600 and 765,110 and 70", D).quantities
    assert (a.step, a.rounded) == (100, True)
    assert b.rounded is False and c.rounded is False


@pytest.mark.parametrize("text,start,end,weekday", [
    ("Monday, 17 December 2024", date(2024, 12, 17), date(2024, 12, 17), "monday"),
    ("on Dec. 17, 2024", date(2024, 12, 17), date(2024, 12, 17), None),
    ("2024-12-17", date(2024, 12, 17), date(2024, 12, 17), None),
    ("in December 2024", date(2024, 12, 1), date(2024, 12, 31), None),
    ("yesterday", date(2024, 12, 16), date(2024, 12, 16), None),
    ("last week", date(2024, 12, 9), date(2024, 12, 15), None),
    ("over the past 24 hours", date(2024, 12, 16), date(2024, 12, 16), None),
    ("over the past day", date(2024, 12, 16), date(2024, 12, 16), None),
    ("in the previous 24 hours", date(2024, 12, 16), date(2024, 12, 16), None),
    ("over the past week", date(2024, 12, 10), date(2024, 12, 16), None),
    ("in the last seven days", date(2024, 12, 10), date(2024, 12, 16), None),
    ("In early December", date(2024, 12, 1), date(2024, 12, 10), None),
    ("in late November", date(2024, 11, 21), date(2024, 11, 30), None),
    ("since February 2022", date(2022, 2, 1), D, None),
    ("so far this year", date(2024, 1, 1), D, None),
    ("since the start of the invasion", date(2022, 2, 24), D, None),
    ("the 1960s", date(1960, 1, 1), date(1969, 12, 31), None),
])
def test_dates_resolve_against_the_publication_date(text, start, end, weekday):
    (dm,) = find_dates(text, D)
    assert (dm.start_date, dm.end_date, dm.weekday) == (start, end, weekday)
    assert text[dm.start:dm.end] == dm.text


def test_month_without_year_takes_the_latest_one_not_after_publication():
    (dm,) = find_dates("in early December", date(2025, 1, 7))
    assert dm.start_date == date(2024, 12, 1)


def test_relative_dates_without_publication_date_keep_their_span():
    (dm,) = find_dates("yesterday", None)
    assert dm.relative and dm.start_date is None


def test_dates_hide_their_digits_from_figures():
    assert figures("On 17 December 2024 and over the past 24 hours") == []


def test_sentences_survive_abbreviations_quotes_and_markdown():
    text = ("# Title\n\nGen. Smith said 3 km. “It is near,” he added. The U.S. Army agreed.\n"
            "- First item\n- Second item")
    spans = sentences(text)
    got = [text[s:e] for s, e in spans]
    assert got == ["# Title", "Gen. Smith said 3 km.", "“It is near,” he added.",
                   "The U.S. Army agreed.", "- First item", "- Second item"]


def test_soft_wrapped_markdown_lines_stay_one_sentence():
    text = ("Russian forces lost about 1,600 troops over the past day, the ministry said in its\n"
            "morning update on the fighting near the town.")
    assert len(sentences(text)) == 1


def test_names():
    names = [n.text for n in find_names("The British Military Intelligence said Velyka Novsilka "
                                        "and Novyi Komar were contested.")]
    assert "British Military Intelligence" in names
    assert "Velyka Novsilka" in names and "Novyi Komar" in names
    assert "The" not in " ".join(names).split()


def test_non_breaking_spaces_and_curly_quotes_keep_offsets():
    text = "“Losses reached 1\u00a0600\u00a0km,” it said."
    (q,) = find_mentions(text, D).quantities
    assert text[q.start:q.end] == q.text and q.value == 1600


@pytest.mark.parametrize("text,start,end", [
    ("the daily reports from 7 to 13 December", date(2024, 12, 7), date(2024, 12, 13)),
    ("between 7 and 13 December 2024", date(2024, 12, 7), date(2024, 12, 13)),
    ("December 7-13", date(2024, 12, 7), date(2024, 12, 13)),
    ("in October", date(2024, 10, 1), date(2024, 10, 31)),
])
def test_day_ranges_and_months(text, start, end):
    (dm,) = find_dates(text, D)
    assert (dm.start_date, dm.end_date) == (start, end)
    assert figures(text) == []


def test_dot_thousands_only_where_the_locale_is_clear():
    assert values("English text: 1.600 km and 1,600 troops.") == [(1.6, "kilometer"),
                                                                  (1600, "")]
    got = values("Verluste: 1.600 Soldaten, insgesamt 1.765.000; 3,5 km.")
    assert got == [(1600, ""), (1765000, ""), (3.5, "kilometer")]


@pytest.mark.parametrize("text,value,unit", [
    ("one point five km", 1.5, "kilometer"), ("zero point two five", 0.25, ""),
    ("minus 5 degrees Celsius", -5, "degree_Celsius"), ("negative two", -2, ""),
    ("1 and a half miles", 1.5, "mile"),
])
def test_decimal_point_words_sign_words_and_a_half(text, value, unit):
    assert values(text) == [(pytest.approx(value), unit)]


def test_point_alone_is_no_figure():
    assert figures("a point of view") == []


@pytest.mark.parametrize("text,value,unit", [
    ("it costs $ 20 now", 20, "USD"), ("USD 5bn", 5e9, "USD"), ("CHF 100", 100, "CHF"),
    ("pay 5 USD", 5, "USD"), ("US$ 5 million", 5e6, "USD"),
])
def test_currency_codes_and_spaced_symbols(text, value, unit):
    assert values(text) == [(pytest.approx(value), unit)]


def test_list_numbers_and_footnote_marks_are_not_figures():
    assert values("1. Russia lost 40 tanks\n2. It lost 3 jets") == [(40, ""), (3, "")]
    assert figures("as the report says [3], see Chapter 3") == []


def test_times_is_a_count_only_as_a_rate():
    assert values("The drug is taken four times a day.") == [(4, "count")]
    assert values("Losses were four times as high as a year earlier.") == [(4, "")]


@pytest.mark.parametrize("text,qualifier", [
    ("Wage growth picked up to 5.2%.", None),
    ("The figures add up to 45,450.", None),
    ("The storm brought up to 300 mm of rain.", "up to"),
    ("Up to 300 people were hurt.", "up to"),
])
def test_up_to_after_a_particle_verb_is_no_bound(text, qualifier):
    (q,) = find_mentions(text, D).quantities
    assert q.qualifier == qualifier


def test_straight_quote_runs_over_a_soft_line_break_not_a_blank_line():
    from factcheck.extract import quotes
    t = 'He said "we lost 1,600\nsoldiers" and left.\n\nAn "unclosed one.\n\nAnd "x" here.'
    assert [t[a:b] for a, b in quotes(t)] == ['"we lost 1,600\nsoldiers"', '"x"']


def test_a_range_named_as_such_after_a_change_verb_is_one_figure():
    (q,) = find_mentions("The Fed cut its rate to a range of 4.5% to 4.75%.", D).quantities
    assert (q.lower, q.upper) == (4.5, 4.75)
    assert len(find_mentions("Doses rose from 44 mg to 50 mg.", D).quantities) == 2


def test_a_threshold_still_to_be_crossed():
    (q,) = find_mentions("Tank losses could exceed 10,000 this month.", D).quantities
    assert q.qkind == "threshold"


def test_pence_and_cents_glued_to_their_figure():
    assert values("Petrol cost 136.6p; shares fell 12p.") == [(136.6, "penny"), (12, "penny")]
    assert values("It was 99¢.") == [(99, "US_cent")]
    assert figures("a 1080p screen") == []


def test_markdown_table_rows_and_headers():
    from factcheck.extract.text import table_cell, tables
    t = ("Losses:\n\n| Category | Over the past day | Total |\n|---|:---:|---:|\n"
         "| Tanks | 8 | 9,500 |\n| Drones | 34 | 20,200 |\n\nAfter | the table 5.\n")
    rows = tables(t)
    assert len(rows) == 2                     # body rows only; the line after a blank is none
    ls = t.index("| Drones")
    cell = table_cell(rows, ls, t.index("20,200"))
    assert t[slice(*cell.row_header)] == "Drones" and t[slice(*cell.column_header)] == "Total"
    assert table_cell(rows, ls, t.index("Drones")).row_header is None   # the header cell itself
    assert tables("a | b\nno rule line\n| c | d |") == {}


@pytest.mark.parametrize("text,start", [
    ("troops lost since the February 2022 invasion", date(2022, 2, 24)),
    ("troops lost since Russia's 2022 invasion of Ukraine", date(2022, 2, 24)),
    ("troops lost since the 2014 war", date(2014, 1, 1)),   # not the table's 2022 war
])
def test_since_a_dated_event_is_a_running_scope(text, start):
    (dm,) = find_dates(text, D)
    assert (dm.kind, dm.start_date, dm.end_date) == ("since", start, D)


@pytest.mark.parametrize("text,lo,hi", [
    ("it costs $5-10 million", 5e6, 10e6),
    ("1.5-2 million people", 1.5e6, 2e6),
    ("between 2 and 3 million", 2e6, 3e6),
    ("800,000 to 1.2 million", 8e5, 1.2e6),     # the first bound is written in full
])
def test_a_scale_after_a_range_applies_to_both_bounds(text, lo, hi):
    (q,) = find_mentions(text, D).quantities
    assert (q.lower, q.upper) == (lo, hi)


def test_brackets_hold_a_conversion_in_prose_and_a_negative_in_a_table():
    assert values("debt of £1.2bn ($1.5bn)") == [(1.2e9, "GBP"), (1.5e9, "USD")]
    assert values("| Net income | ($5m) |") == [(-5e6, "USD")]


def test_basis_points_are_points_of_a_percentage():
    assert values("The bank cut its rate by 25 basis points; yields rose 12bp.") == [
        (25, "basis_point"), (12, "basis_point")]
    from factcheck.normalize.units import convert
    assert convert(25, "basis_point", "percent") == pytest.approx(0.25)


def test_the_base_of_a_rate_is_no_figure():
    assert values("The rate stood at 8.6 per 100,000 people.") == [(8.6, "")]
    assert values("about 4 deaths for every 1,000 live births") == [(4, "")]
    assert values("He earns 100,000 per year") == [(100000, "")]


@pytest.mark.parametrize("text,expected", [
    ("Almost half of voters backed it.", [(0.5, "")]),
    ("Half the homes lost power.", [(0.5, "")]),
    ("in the first half of 2024", []),               # a period
    ("the second half of the year", []),
    ("half the previous day's 800", [(800, "")]),    # a multiple of a figure
])
def test_half_as_a_share(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text,value,unit", [
    # a bare "m" is a million after money words, before a money noun, another unit or a
    # plural count noun; metres otherwise (issue 12)
    ("The fund raised 1.5m in a week.", 1_500_000, ""),
    ("Some 1.5m people fled.", 1_500_000, ""),
    ("A 1.5m deficit opened.", 1_500_000, ""),
    ("It shipped 20m barrels of oil.", 20_000_000, "barrel"),
    ("He is 2m tall.", 2, "meter"),
    ("They built a 10m wall.", 10, "meter"),
    ("She won the 400m hurdles.", 400, "meter"),
])
def test_m_is_a_million_in_money_and_count_context(text, value, unit):
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text,value,unit", [
    # a price of an amount with "a"/"an" (a price per time stays money: the normalizer reads
    # "£500 a month" as a rate of its own)
    ("Petrol averaged £1.38 a litre.", 1.38, "GBP / liter"),
    ("Oil sold at $80 a barrel.", 80, "USD / barrel"),
    ("He earns £500 a month.", 500, "GBP"),
    # all-caps symbols listed in units.yaml; "5 PM" is no picometre
    ("A gust of 60 MPH hit the coast.", 60, "mile / hour"),
    ("The bag weighs 20 KG.", 20, "kilogram"),
    ("Revenue reached NZ$660.5 million.", 660_500_000, "NZD"),
    # the inch mark, unless it closes a quotation
    ('The airport recorded 10.8" of snow.', 10.8, "inch"),
    ('He said "we lost 30" and left.', 30, ""),
])
def test_unit_forms_from_news_copy(text, value, unit):
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)


def test_a_spelled_first_bound_makes_a_range_with_digits():
    (q,) = find_quantities("Eight to 12 inches of snow fell.")
    assert (q.lower, q.upper, q.unit) == (8, 12, "inch")
    a, b = find_quantities("Prices rose from three to 5 dollars.")   # a change: two figures
    assert (a.value, b.value) == (3, 5)


@pytest.mark.parametrize("text,values", [
    ("She finished in 2 hours, 4 minutes and 58 seconds.", [(7498, "second")]),
    ("The flight took 3 hours 20 minutes.", [(200, "minute")]),
    ("He waited 2 days and 3 hours.", [(51, "hour")]),
    # a month or a year has no fixed length: the parts stay as written
    ("He ran for 3 years, 2 months, 14 days, and 16 hours.",
     [(3, "year"), (2, "month"), (14, "day"), (16, "hour")]),
    ("Shifts of 12 hours, 8 hours and 6 hours.", [(12, "hour"), (8, "hour"), (6, "hour")]),
])
def test_compound_durations_are_one_figure(text, values):
    assert [(q.value, q.unit) for q in find_quantities(text)] == values


@pytest.mark.parametrize("text,value,unit", [
    ("Diesel cost 191.5p a litre.", 191.5, "penny / liter"),
    ("It cost 50p a day.", 50, "penny"),
    ("The count took four-and-a-half hours.", 4.5, "hour"),
])
def test_second_probe_number_forms(text, value, unit):
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text,expected", [
    # the fourth held-out batch (nt*): results, athletics, court and weather copy
    ("He clocked 2:03:38 in Berlin.", [(7418.0, "second")]),
    ("She won the 5,000m in 13:21.37.", [(5000.0, "meter"), (801.37, "second")]),
    ("He must repay $70 per fortnight.", [(70.0, "USD / fortnight")]),
    ("Highs of 7C-11C are expected.", [(9.0, "degree_Celsius")]),
    ("Highs of 70F-80F are expected.", [(75.0, "degree_Fahrenheit")]),
    ("The stock traded up c1.84% at c.193.90p.", [(1.84, "percent"), (193.9, "penny")]),
    ("He weighs 15st 4lb.", [(214.0, "pound")]),
    ("He weighed 17st.", [(17.0, "stone")]),
    ("Gas hit 120p/therm.", [(120.0, "penny / therm")]),
    # a larger scale right after a smaller one multiplies
    ("a profit of Rs 1.2 lakh crore", [(1.2e12, "INR")]),
    ("The debt was £5 thousand million.", [(5e9, "GBP")]),
    ("It cost five thousand million rupees.", [(5e9, "INR")]),
])
def test_fourth_batch_number_forms(text, expected):
    assert values(text) == expected


def test_a_suspended_hyphen_range_is_no_change():
    # "advanced" (an adjective here) is a change verb; "8- to 16-meter" is a range anyway
    (q,) = find_quantities("an advanced 8- to 16-meter optical telescope")
    assert (q.lower, q.upper, q.unit) == (8.0, 16.0, "meter")
    assert values("Prices rose from 8 to 16 percent.") == [(8.0, "percent"), (16.0, "percent")]


def test_fourth_batch_forms_stop_where_their_words_do():
    # a clock time is no time taken: after "at", or with am/pm or a zone
    assert values("The vote closed at 14:03:22 on Friday.") == []
    assert values("Doors open 7:30pm.") == []
    # "c" glued to a whole number is a name ("the c3 variant"); "C" is no circa
    assert values("the c3 variant") == []
    assert values("Take vitamin C 500mg daily.") == [(500.0, "milligram")]
    # "21st" is an ordinal, "15st" stones; the word "stone" is no unit ("stone cottages")
    assert values("on the 21st of May") == []
    assert values("The village has 14 stone cottages.") == [(14.0, "")]
    # a hyphen after a glued temperature letter is a code's unless another temperature follows
    assert values("the 4C-2 engine") == []
    (q,) = with_qualifiers("up c1.84%", find_quantities("up c1.84%"))
    assert (q.qualifier, q.qkind, q.text) == ("c.", "approx", "c1.84%")
