"""Everyday copy, ninth round (issue 11): arithmetic in word orders the drafts lacked, in
domains they had used little (crop harvests, air quality, port volumes). Sentences in our own
words with the constructions of published copy; each fix is checked on a clean sentence (no
flag) and on the same sentence with a planted error (flagged). Checks run the shipped
consistency rules without a store."""

from __future__ import annotations

from datetime import date

import everyday_support as support
from factcheck.normalize.comparisons import _units_in_period

DAY = date(2024, 11, 20)


def flags(text: str) -> list[dict]:
    return support.flags(text, DAY)


def rules(text: str) -> list[str]:
    return support.rules(text, DAY)


def test_an_amount_with_its_noun_more_than_a_possessive_figure():
    # (the rate's "an acre" and the bracketed conversion stand between the level and the
    # amount: neither is the new value)
    text = ("The average yield reached a record 177.3 bushels an acre (about 11.1 tonnes a "
            "hectare), 3.9 bushels more than 2022's 173.4.")
    assert rules(text) == []
    (f,) = flags(text.replace("3.9 bushels", "4.9 bushels"))
    assert f["rule"] == "wrong-arithmetic"
    # (bushels are a unit since the tenth round: the message gives the rate's)
    assert "from 173.4 to 177.3 bushels an acre is a rise of 3.9 bushels, not a rise of 4.9" \
        in f["message"]


def test_points_below_the_reading_of_another_day():
    text = ("Delhi's air quality index stood at 422 at 6am on Wednesday, 72 points below "
            "Tuesday's reading of 494, the board said.")
    assert rules(text) == []
    (f,) = flags(text.replace("72 points", "82 points"))
    assert f["rule"] == "wrong-arithmetic"
    assert "from 494 to 422 is a fall of 72" in f["message"]
    # "above" sets the amount against the figure after it the other way
    up = "The index stood at 494 on Tuesday, 72 points above Wednesday's reading of 422."
    assert rules(up) == []
    assert rules(up.replace("72 points", "92 points")) == ["wrong-arithmetic"]


def test_above_with_no_figure_after_it_is_no_change():
    text = ("The summit stands 8,849 metres above sea level. At 8,849 metres, it is the "
            "highest point on Earth.")
    cs = support.claims(text, DAY)
    assert all(c.role != "change" for c in cs)
    assert rules(text) == []


def test_an_average_over_the_months_the_totals_period_spans():
    text = ("Over the first 11 months of the year the port handled 8,060,246 containers, or "
            "roughly 733,000 each month, up 7% on the same period of 2015.")
    assert rules(text) == []
    (f,) = flags(text.replace("733,000", "833,000"))
    assert f["rule"] == "wrong-arithmetic"
    assert "8,060,246 over 11 is 733,000 each" in f["message"]


def test_the_whole_units_a_period_spans():
    assert _units_in_period((date(2016, 1, 1), date(2016, 11, 30)), "month") == 11.0
    assert _units_in_period((date(2024, 1, 1), date(2024, 12, 31)), "quarter") == 4.0
    assert _units_in_period((date(2024, 3, 4), date(2024, 3, 31)), "week") == 4.0
    assert _units_in_period((date(2024, 3, 4), date(2024, 3, 30)), "week") is None
    assert _units_in_period((date(2024, 3, 15), date(2024, 5, 31)), "month") is None
    assert _units_in_period((date(2024, 3, 1), date(2024, 3, 31)), "month") is None  # one
    assert _units_in_period(None, "day") is None


def test_the_earlier_value_of_one_amount_is_no_earlier_value_of_the_next():
    text = ("The port handled 877,564 containers in November. That was almost 63,000 more "
            "than the 814,574 it moved in October, the previous record, and 23.6% more than "
            "in November 2015.")
    assert rules(text) == []
    assert rules(text.replace("almost 63,000", "almost 83,000")) == ["wrong-arithmetic"]


def test_points_lower_than_a_year_ago_when_it_reached_a_high_of():
    # the new value a paragraph up, the level of a change written with no amount ("rose to
    # 6.54% from 6.44%"); "a 23-year high" and "a 30-year ... mortgage" describe, count nothing
    text = ("The average rate on a 30-year fixed mortgage rose to 6.54% this week from 6.44% "
            "last week.\n\nThe rate is still 1.25 percentage points lower than a year ago, "
            "when it reached a 23-year high of 7.79%.")
    assert rules(text) == []
    (f,) = flags(text.replace("1.25 percentage", "1.52 percentage"))
    assert f["rule"] == "wrong-arithmetic"
    assert "from 7.79% to 6.54% is a fall of 1.25 percentage points" in f["message"]


def test_it_beat_the_record_by_an_amount_after_the_level_of_the_sentence_before():
    text = ("The jackpot had grown to $2.04 billion from $1.9 billion before Monday's draw, a "
            "rise of $140 million. It beat the previous record of $1.586 billion, set in "
            "2016, by $454 million.")
    assert rules(text) == []
    (f,) = flags(text.replace("$454 million", "$554 million"))
    assert f["rule"] == "wrong-arithmetic"
    assert "$454 million" in f["message"]
    # two levels of the unit before: which one beat the record is not said, nothing is read
    two = ("Ticket sales reached $90 million and prizes $45 million. It beat the previous "
           "record of $60 million by $30 million.")
    assert rules(two) == []
    assert rules(two.replace("by $30 million", "by $50 million")) == []


def test_an_amount_of_money_lower_than_another_years_level_in_a_when_clause():
    text = ("The ferry fare rose to £5.20 this year from £4.90 last year.\n\nThe fare is £0.90 "
            "lower than in 2019, when it reached a 20-year high of £6.10.")
    assert rules(text) == []
    assert rules(text.replace("£0.90", "£1.50")) == ["wrong-arithmetic"]


def test_a_percentage_less_than_a_named_months_figure_after_it():
    # "less than January 2023's": the figure after "than" is the earlier value, no period's
    text = "Revenue almost halved to $428 million, 46.7% less than January 2023's $804.6 million."
    assert rules(text) == []
    (f,) = flags(text.replace("46.7%", "56.7%"))
    assert "from $804.6 million to $428 million is a fall of 46.8%" in f["message"]


def test_a_second_amount_of_one_change_after_a_clause_on_the_earlier_value():
    text = ("Tuition fees will rise to £9,535 a year, £285 more than the £9,250 cap that has "
            "applied since 2017, an increase of about 3.1%, the minister said.")
    assert rules(text) == []
    assert rules(text.replace("about 3.1%", "about 4.1%")) == ["wrong-arithmetic"]


def test_another_amount_is_no_new_value_of_a_gap():
    # (false alarms on a clean hunting draft: "from 39.6C to 6C is a fall of 33.6C")
    text = ("Temperatures reached 38.2C in Seville on Monday, 6C above the average for July and "
            "1.4C below the city's record of 39.6C set in 2017.")
    assert rules(text) == []
    assert rules(text.replace("1.4C below", "2.4C below")) == ["wrong-arithmetic"]
    grid = ("Electricity demand peaked at 40.1 gigawatts on Tuesday, 2.3 gigawatts more than "
            "the peak of the previous week and 800 megawatts below the all-time high of 40.9 "
            "gigawatts.")
    assert rules(grid) == []
    assert rules(grid.replace("800 megawatts", "1,800 megawatts")) == ["wrong-arithmetic"]


def test_below_after_a_measurement_names_nothing_it_measures():
    text = ("Rainfall in Madrid was 12mm, 20mm below normal. Demand peaked at 40.1 gigawatts, "
            "800 megawatts below the record.")
    assert all(dict(c.extra).get("noun") != "below" for c in support.claims(text, DAY))
    assert rules(text) == []
