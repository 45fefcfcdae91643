"""Everyday copy, the lead's fourteenth round (issue 11): the markets report, met in a blind
probe of five drafts from published London market reports. It writes one move three ways (an
amount in points or pence, the same move as a percentage, and the level it closed at) in orders
the other desks rarely use. Our own sentences, real figures; each construction is checked clean
(no flag) and with a planted error (flagged by the rule named)."""

from __future__ import annotations

from datetime import date

import pytest

from everyday_support import flags


def rules(text: str, day: date) -> list[str]:
    return [f["rule"] for f in flags(text, day)]


def test_a_percentage_then_the_same_move_in_pence_and_the_close():
    # "Barclays closed 8.8% lower, down 32.25p at 334.25p": 32.25 out of 366.5 is 8.8%
    text = "Barclays closed {n}% lower, down 32.25p at 334.25p."
    assert rules(text.format(n="8.8"), date(2008, 9, 30)) == []
    assert "wrong-arithmetic" in rules(text.format(n="10.8"), date(2008, 9, 30))


def test_two_directions_that_disagree_are_two_moves():
    # a percentage that rose, then a fall in pence: not one move, nothing to work out
    text = "The shares rose 12% in the year but closed down 30p at 334p on Monday."
    assert rules(text, date(2008, 9, 30)) == []


def test_points_lower_at_a_close_then_the_percentage():
    # "closed 137.97 points lower at 5,123.02, a fall of 2.6%": the close is the new value
    text = ("The FTSE 100 closed 137.97 points lower at 5,123.02 on Friday, a fall of {n}% that "
            "wiped about £35 billion off the value of the companies in it.")
    assert rules(text.format(n="2.6"), date(2010, 5, 7)) == []
    assert "wrong-arithmetic" in rules(text.format(n="3.6"), date(2010, 5, 7))


def test_an_amount_in_millions_with_the_level_it_fell_to():
    # "fell 84.9 million to 6,270.4 million, a drop of 1.3%": a verb of change, the amount and
    # the level in one unit make a change whatever the unit
    text = "Deliveries fell 84.9 million to 6,270.4 million last year, a drop of {n}%."
    assert rules(text.format(n="1.3"), date(2013, 2, 26)) == []
    assert "wrong-arithmetic" in rules(text.format(n="2.3"), date(2013, 2, 26))


def test_a_low_during_the_day_is_no_restatement_of_the_close():
    text = ("The FTSE 100 closed 137.97 points lower at 5,123.02 on Friday, a fall of 2.6%. The "
            "index had been more than 200 points down at its worst.")
    assert rules(text, date(2010, 5, 7)) == []


def test_lower_before_a_hyphen_is_no_direction():
    # "3,000 lower-income households": an adjective, no change
    text = ("The scheme reached 3,000 lower-income households in 2023 and 4,100 in 2024, a rise "
            "of 37%.")
    assert rules(text, date(2025, 1, 10)) == []


def test_half_in_a_compound_is_no_multiple():
    # "53% ... during that half-hour, and low-carbon sources together 70%": "half-hour" is a
    # stretch of time, not half of the 70%
    text = ("Wind supplied 53% of Britain's electricity during that half-hour, and low-carbon "
            "sources together 70%.")
    assert rules(text, date(2022, 11, 3)) == []
    assert "wrong-arithmetic" in rules(
        "Wind supplied 53% of the electricity, about half the 70% low-carbon sources gave.",
        date(2022, 11, 3))


def test_from_a_month_until_the_end_of_a_period_is_one_span():
    # "to ease to 7.7 million from July until the end of the year" (written in April 2020):
    # July to December 2020, never the year's last months alone
    from factcheck.extract.dates import find_dates

    def spans(text: str) -> list[tuple[str, str]]:
        return [(str(d.start_date), str(d.end_date)) for d in find_dates(text, date(2020, 4, 13))]

    assert spans("The cut eases from July until the end of the year.") == [
        ("2020-07-01", "2020-12-31")]
    assert spans("Prices stay fixed between November and the end of March.") == [
        ("2019-11-01", "2020-03-31")]
    # which July "to the end of next year" starts from is left open: the end alone is read
    assert spans("It runs from July to the end of next year.") == [("2021-09-01", "2021-12-31")]


def test_a_gap_said_right_after_a_figure_takes_its_unit_and_so_does_its_other_value():
    # "3.6 million square kilometres, some 4.3 million less than the 7.9 million of 1980": the
    # bare millions are square kilometres too, and the gap is worked out
    text = ("In September 2012 the ice covered 3.6 million square kilometres, some {n} million "
            "less than the 7.9 million of September 1980.")
    assert rules(text.format(n="4.3"), date(2013, 10, 3)) == []
    assert "wrong-arithmetic" in rules(text.format(n="5.3"), date(2013, 10, 3))


def test_a_generic_naming_phrase_names_no_war_count_in_other_copy():
    # "up from the 2020 figure of 14.48 million" in a sales story: "the figure" names no
    # army's losses, so no General Staff series is set against it
    from everyday_support import claims
    cs = claims("Revenue in 2023 was 14.98 million, up from the 2020 figure of 14.48 million.",
                date(2024, 1, 9))
    assert all(c.measure != "personnel_losses" for c in cs)


@pytest.mark.parametrize("text,words", [
    ("The airline's fleet grew to 312 aircraft, and it ordered 40 helicopters.", "312"),
    ("Only 1,362 ships passed through the canal in January, down from 2,143 a year earlier.",
     "Only 1,362"),
    ("The retailer now runs 1,200 drones for deliveries.", "1,200"),
    ("The toll from the floods rose to 1,030 on Tuesday.", "1,030"),
    ("Job cuts brought the running total to 12,400.", "12,400"),
])
def test_a_story_without_the_war_reads_no_war_measure(text, words):
    # the General Staff's series are set against a figure only in a story of that war: its
    # words must stand somewhere in it (measures.yaml, conflict: story_words)
    from everyday_support import claims, find
    assert find(claims(text, date(2024, 6, 10)), words).measure not in CONFLICT


@pytest.mark.parametrize("text,words,measure", [
    ("Ukraine's air force said it shot down 40 Russian helicopters.", "40", "helicopters"),
    ("Russia has lost 312 aircraft since the invasion began, Kyiv says.", "312", "aircraft"),
])
def test_the_war_s_own_words_keep_its_measures(text, words, measure):
    from everyday_support import claims, find
    assert find(claims(text, date(2024, 6, 10)), words).measure == measure


CONFLICT = {"personnel_losses", "aircraft", "helicopters", "ships", "drones", "tanks",
            "vehicles_fuel_tanks", "armoured_vehicles", "artillery", "cruise_missiles"}


def test_a_year_before_a_generic_noun_is_the_figure_s_year():
    # "up from the 2020 figure of 14.48 million": the 14.48 million is 2020's, not 2023's
    from everyday_support import claims, find
    c = find(claims("Revenue in 2023 was 14.98 million, up from the 2020 figure of 14.48 "
                    "million.", date(2024, 1, 9)), "14.48 million")
    assert (str(c.period.start), str(c.period.end)) == ("2020-01-01", "2020-12-31")


def test_and_joins_a_second_comparison_of_the_first_figure():
    # "735 aircraft ..., 11% more than the 661 it delivered in 2022 and above its target of
    # 720": above the target is the 735, not the 661
    text = ("Airbus handed over 735 aircraft in 2023, 11% more than the 661 it delivered in 2022 "
            "and above its target of 720.")
    assert rules(text, date(2024, 1, 11)) == []


def test_a_stock_a_body_has_is_no_war_count_but_a_loss_it_had_is():
    # "Its navy has 79 ships and 64 submarines" in a story of Russia's economy: a stock; "had
    # 1,218,940 combat losses" and "losses ... have exceeded 841,000" stay counts of losses
    from everyday_support import claims, find
    day = date(2024, 6, 10)
    cs = claims("Russia's economy grew 3.6% in 2023, despite the war in Ukraine. Its navy has 79 "
                "ships and 64 submarines, the defence ministry says.", day)
    assert find(cs, "79").measure not in CONFLICT and find(cs, "64").measure not in CONFLICT
    assert find(claims("By then Russia had 1,218,940 combat losses, Kyiv said.", day),
                "1,218,940").measure == "personnel_losses"
    assert find(claims("Russian losses in the war have exceeded 841,000 soldiers, Kyiv said.",
                       day), "exceeded 841,000").measure == "personnel_losses"
