"""Everyday copy, the lead's fifteenth round (issue 11): crime statistics and exam results, met
in a blind probe of six drafts modelled on published ONS knife-crime and JCQ A-level stories.
Our own sentences, real figures; each construction is checked clean (no flag) and with a
planted error (flagged by the rule named)."""

from __future__ import annotations

from datetime import date

import pytest

from everyday_support import flags

DAY = date(2020, 7, 16)
LEVEL = "Police recorded 46,265 offences involving a knife in the year to March."


def rules(text: str, day: date = DAY) -> list[str]:
    return [f["rule"] for f in flags(text, day)]


@pytest.mark.parametrize("against", [
    "in 2010/11 (30,620)",
    "in 2010/11, when such data were first collected and the count was 30,620",
    "when data of this kind was first collected in 2010/11 (30,620)",
])
def test_a_year_set_against_then_its_figure_after_it(against):
    # "That is 51% more than in 2010/11 (30,620)": the figure after the year is that year's,
    # the earlier value of the change; the new value is the sentence before's level
    text = LEVEL + " That is {n}% more than " + against + "."
    assert rules(text.format(n="51")) == []
    assert "wrong-arithmetic" in rules(text.format(n="41"))


def test_a_figure_after_another_year_is_no_value_of_the_year_named():
    # the 30,620 is said of 2012/13, not of the 2010/11 the change is set against: nothing to
    # work out from it
    text = (LEVEL + " That is 41% more than in 2010/11, a year before the count of 2012/13 "
            "reached 30,620.")
    assert "wrong-arithmetic" not in rules(text)


def test_stretches_of_time_are_no_levels_of_a_change():
    # "in the latest three months ... lower than in the previous three": two lengths of time,
    # not a change from three to three
    text = ("Prices in the latest three months were 1.2% lower than in the previous three, "
            "against a fall of 0.5% in September.")
    assert rules(text, date(2012, 11, 7)) == []
    # nor is an ordinal of months ("for a fourth month in a row") a level set against
    text = ("# House prices fall for a fourth month in a row\n\nValues were 1.7% lower on the "
            "year, comparing the latest three months with the same three months a year before. "
            "Prices in the latest three months were 1.2% lower than in the previous three.")
    assert rules(text, date(2012, 11, 7)) == []


def test_a_gap_in_points_between_two_rates_of_change():
    # "4.8% higher than a year earlier ... an increase of 3.7%, 1.1 percentage points less":
    # the gap is between the two annual rates
    text = ("Halifax put prices 4.8% higher than a year earlier, its strongest annual rise since "
            "November 2022, while Nationwide measured an increase of 3.7%, {n} percentage points "
            "less.")
    assert rules(text.format(n="1.1"), date(2024, 12, 23)) == []
    assert "wrong-arithmetic" in rules(text.format(n="1.6"), date(2024, 12, 23))


@pytest.mark.parametrize("text, day", [
    ("Some 300 people made the journey in five boats on Tuesday, an average of about {n} people "
     "per boat, which takes the provisional total for 2023 so far to 20,101.", date(2023, 8, 30)),
    ("More than 200 migrants crossed the English Channel in three small boats on Monday. The "
     "206 people who made the crossing suggest an average of nearly {n} people in each boat.",
     date(2024, 8, 20)),
])
def test_an_average_with_its_counted_noun_before_per(text, day):
    # "an average of about 60 people per boat": the noun the total counts may stand between
    # the average and its "per"; the count of boats is in its sentence or the one before
    right, wrong = ("60", "80") if "300" in text else ("69", "79")
    assert rules(text.format(n=right), day) == []
    assert "wrong-arithmetic" in rules(text.format(n=wrong), day)


def test_a_second_comparison_joined_to_an_anaphoric_first():
    # "That is 12% more than the 26,501 ..., but 22% fewer than the 38,129 ...": both describe
    # the level of the sentence before
    text = ("Some 29,578 migrants have reached the UK since January. That is 12% more than the "
            "26,501 who had arrived by the same point in 2023, but {n}% fewer than the 38,129 who "
            "had made the journey by this stage in 2022.")
    assert rules(text.format(n="22"), date(2024, 10, 26)) == []
    assert "wrong-arithmetic" in rules(text.format(n="32"), date(2024, 10, 26))


def test_a_count_in_the_first_days_of_a_year_is_the_level_of_its_change():
    # "1,335 ... in the first 31 days of 2024, a rise of 13% on the 1,180": the 31 days are a
    # stretch of time, not the level the change comes to
    text = ("A total of 1,335 migrants crossed the Channel in small boats in the first 31 days "
            "of 2024, a rise of {n}% on the 1,180 of January last year.")
    assert rules(text.format(n="13"), date(2024, 2, 1)) == []
    assert "wrong-arithmetic" in rules(text.format(n="23"), date(2024, 2, 1))


def test_a_clause_after_a_semicolon_is_no_amount_of_the_change_before_it():
    # "... down from 4.7% ..., and total pay by 4.8%; after inflation, regular pay rose by
    # 0.5%": the 0.5% is a real-terms rate, no change from 4.7% to 4.6%
    text = ("Average regular pay grew by 4.6% in the third quarter, down from 4.7% in the "
            "previous three months, and total pay by 4.8%; after inflation, regular pay rose by "
            "0.5%.")
    assert rules(text, date(2025, 11, 11)) == []


def test_an_amount_or_a_percentage_with_a_period_before_the_level():
    # "up 113,000, or 0.4%, on the year at 30.3 million": 113,000 of about 30.19 million
    text = "Payrolled employment was up 113,000, or {n}%, on the year at 30.3 million employees."
    assert rules(text.format(n="0.4"), date(2024, 10, 15)) == []
    assert "wrong-arithmetic" in rules(text.format(n="0.9"), date(2024, 10, 15))


def test_a_percentage_after_a_count_is_its_change_not_points_between_two_shares():
    # "flew 75.6% full, against 75.2% in 2011, and December brought 5.6 million passengers, 2%
    # more than a year earlier": the 2% is the count's growth
    text = ("Planes flew 75.6% full on average, against 75.2% in 2011, and December brought 5.6 "
            "million passengers, 2% more than a year earlier.")
    assert rules(text, date(2013, 1, 14)) == []


def test_a_ranking_chain_with_its_figures_in_brackets():
    # "Greece down the most (7.3%), followed by Italy (6.8%)"
    text = ("Passengers to the four countries fell by 4.5% together, with Greece down the most "
            "(7.3%), followed by Italy ({n}%).")
    assert rules(text.format(n="6.8"), date(2013, 1, 14)) == []
    assert "wrong-rank" in rules(text.format(n="8.8"), date(2013, 1, 14))


def test_nearly_three_times_allows_a_little_short_of_triple():
    # "44 outbreaks this year, nearly three times the 16 of last year": 2.75 times
    text = "There have been 44 outbreaks this year, nearly {n} times the 16 of last year."
    assert rules(text.format(n="three"), date(2025, 10, 10)) == []
    assert "wrong-arithmetic" in rules(text.format(n="four"), date(2025, 10, 10))


def test_a_level_that_passed_another_must_be_above_it():
    # "the count of 695 had already passed the 667 cases of 2014"
    text = "Last week the count of 695 had already {verb} the {n} cases of 2014."
    for verb in ("passed", "surpassed", "overtook"):
        assert rules(text.format(verb=verb, n="667"), date(2019, 4, 29)) == []
        assert "wrong-arithmetic" in rules(text.format(verb=verb, n="767"), date(2019, 4, 29))


@pytest.mark.parametrize("verb", ["narrowed", "shrank", "contracted"])
def test_verbs_of_narrowing_and_shrinking_are_changes(verb):
    # "The deficit narrowed 22% to $18 billion from $23 billion": a fall of 21.7%
    text = "The deficit {verb} {n}% to $18 billion from $23 billion."
    assert rules(text.format(verb=verb, n="22"), date(2024, 7, 5)) == []
    assert "wrong-arithmetic" in rules(text.format(verb=verb, n="12"), date(2024, 7, 5))


def test_narrowed_by_and_widened_by_with_both_values():
    text = "The trade deficit narrowed by ${n} billion to $18 billion from $23 billion in May."
    assert rules(text.format(n="5"), date(2024, 7, 5)) == []
    assert "wrong-arithmetic" in rules(text.format(n="7"), date(2024, 7, 5))
    text = "The gap widened by {n} points to 12 points from 7 points."
    assert rules(text.format(n="5"), date(2024, 7, 5)) == []
    assert "wrong-arithmetic" in rules(text.format(n="3"), date(2024, 7, 5))


def test_a_contract_is_no_change():
    # "contracted to build 300 homes": a contract, not a fall
    text = "The builder was contracted to build 300 homes this year, against 250 last year."
    assert rules(text, date(2024, 7, 5)) == []


def test_about_a_quarter_is_nearer_a_quarter_than_a_third():
    # "38 of England's 149 local authorities, about a quarter": 25.5%; 58 of 149 (39%) is
    # nearer two-fifths or a third than a quarter
    text = "Only {n} of England's 149 local authorities, about a quarter, met the target."
    assert rules(text.format(n="38"), date(2024, 7, 5)) == []
    assert "wrong-arithmetic" in rules(text.format(n="58"), date(2024, 7, 5))


def test_a_share_whose_clause_names_its_own_part():
    # "England normally gets 68mm ..., and the downpour was about two-thirds of the October
    # average of 90mm": the downpour (60mm, the sentence before) is the part, not the 68mm
    text = ("Thundery downpours brought up to 60mm of rain to parts of England on Sunday. "
            "England normally gets 68mm of rain in the whole of September, and the downpour was "
            "about two-thirds of the October average of 90mm.")
    assert rules(text, date(2022, 10, 24)) == []


def test_word_fraction_intervals():
    from factcheck.extract.numbers import find_quantities
    from factcheck.normalize.intervals import interval
    from dataclasses import replace

    q = find_quantities("about a quarter of them")[0]
    lo, hi, _, _ = interval(replace(q, qualifier="about", qkind="approx"))
    assert lo == pytest.approx(0.225) and hi == pytest.approx(0.2917, abs=1e-3)
    q = find_quantities("about half of them")[0]
    lo, hi, _, _ = interval(replace(q, qualifier="about", qkind="approx"))
    assert lo == pytest.approx(0.4167, abs=1e-3) and hi == pytest.approx(0.5833, abs=1e-3)


def test_a_bare_figure_of_the_levels_scale_is_compared_in_its_unit():
    # "808.59 million tonnes, slightly above May's 808.52 million": the bare figure is tonnes
    text = "World production is now put at 808.59 million tonnes, slightly {w} May's 808.52 million."
    assert rules(text.format(w="above"), date(2024, 6, 14)) == []
    assert "wrong-arithmetic" in rules(text.format(w="below"), date(2024, 6, 14))
