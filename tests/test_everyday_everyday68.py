"""Everyday copy, everyday68's rounds (issue 11, first-run precision and recall on fresh copy):
ages and spans of years set against the story's dates (obituaries, anniversaries); a list's
later items that leave out the unit its first item names; a ranking's next place after a name
with an apposition; an amount of change after a percentage change of the same two levels; a
record "since YEAR, when N"; money restated over another stretch of time held exactly. Our own
sentences with real figures; each mechanism on a clean text (no flag), on the same text with an
error (flagged), and the cases it must leave alone."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_PUB_OBIT = date(2013, 4, 9)


# -- ages and spans of years -------------------------------------------------------------------

_THATCHER = ("# Margaret Thatcher dies aged 87\n\n"
             "Margaret Thatcher, Britain's first woman prime minister, has died aged 87 after a "
             "stroke, her spokesman said on Monday.\n\n"
             "Born on 13 October 1925 in Grantham, Lincolnshire, she was 53 when she entered "
             "Downing Street on 4 May 1979, four years after winning the Conservative leadership "
             "in February 1975.\n")


def test_ages_and_spans_that_fit_the_dates_pass():
    assert "wrong-arithmetic" not in rules(_THATCHER, _PUB_OBIT)


def test_age_at_death_against_the_birth_date():
    bad = _THATCHER.replace("has died aged 87", "has died aged 85")
    assert "wrong-arithmetic" in rules(bad, _PUB_OBIT)


def test_age_at_a_dated_event():
    bad = _THATCHER.replace("she was 53 when", "she was 56 when")
    assert "wrong-arithmetic" in rules(bad, _PUB_OBIT)
    c = find(claims(bad, _PUB_OBIT), "56")
    el = c.extra_dict()["elapsed"]
    assert (el["lo"], el["hi"]) == (53, 53)


def test_years_after_a_dated_event():
    bad = _THATCHER.replace("four years after", "seven years after")
    assert "wrong-arithmetic" in rules(bad, _PUB_OBIT)


def test_years_since_a_year_count_to_publication():
    text = ("# The Channel Tunnel at 30\n\nThe tunnel opened on 6 May 1994. This week marks 30 "
            "years since its opening in May 1994, and Eurostar has carried more than 250 million "
            "passengers through it.\n")
    assert "wrong-arithmetic" not in rules(text, date(2024, 5, 6))
    assert "wrong-arithmetic" in rules(text.replace("marks 30 years", "marks 35 years"),
                                       date(2024, 5, 6))


def test_a_relatives_age_is_not_read_as_the_subjects():
    text = _THATCHER + ("\nHer husband Denis, who was 60 when she took office in May 1979, "
                        "died in 2003.\n")
    cs = claims(text, _PUB_OBIT)
    assert "elapsed" not in find(cs, "60").extra_dict()


def test_two_birth_dates_leave_ages_unread():
    text = _THATCHER.replace("has died aged 87", "has died aged 85") + \
        "\nHer twin children were born in August 1953.\n"
    assert "elapsed" not in find(claims(text, _PUB_OBIT), "85").extra_dict()


# -- a list's elided unit, a ranking after an apposition ------------------------------------------

_CARGO = ("Global air freight grew 4% to 110 million tonnes. Asia Pacific handled 43.4 million "
          "tonnes, North America 30.8 million, Europe 20.1 million, the Middle East 8.8 million, "
          "Latin America 5.1 million and Africa 2.1 million.\n\n"
          "Hong Kong was the busiest cargo airport with 4.6 million tonnes, ahead of Memphis, "
          "the hub of FedEx, with 4.3 million.\n")
_DAY_CARGO = date(2017, 9, 19)


def test_list_items_take_the_unit_the_first_names():
    cs = claims(_CARGO, _DAY_CARGO)
    assert find(cs, "30.8 million").unit == "metric_ton"
    assert find(cs, "4.3 million").unit == "metric_ton"
    assert not set(rules(_CARGO, _DAY_CARGO)) & {"parts-exceed-total", "list-sum-mismatch",
                                                "wrong-rank"}


def test_list_items_over_their_total_flagged():
    bad = _CARGO.replace("Europe 20.1 million", "Europe 30.1 million")
    assert {"parts-exceed-total", "list-sum-mismatch"} & set(rules(bad, _DAY_CARGO))


def test_rank_after_a_name_with_an_apposition():
    bad = _CARGO.replace("with 4.3 million", "with 4.8 million")
    assert "wrong-rank" in rules(bad, _DAY_CARGO)


def test_a_count_after_a_measured_figure_keeps_no_unit():
    text = ("The port handled 4.6 million tonnes of cargo last year, and Heathrow 79 million "
            "passengers.\n")
    assert find(claims(text, _DAY_CARGO), "79 million").unit != "metric_ton"


# -- an amount after a percentage change of the same levels ---------------------------------------

_CAP = ("The typical bill will fall by 7% from July after the regulator cut its cap from £1,690 "
        "to £1,568 a year, a drop of £122.\n\nThe new cap is around £500 below the £2,074 it "
        "stood at a year earlier.\n")
_DAY_CAP = date(2024, 5, 24)


def test_amount_after_a_percent_change_restates_it():
    assert "wrong-arithmetic" not in rules(_CAP, _DAY_CAP)
    assert "wrong-arithmetic" in rules(_CAP.replace("a drop of £122", "a drop of £152"),
                                       _DAY_CAP)


# -- a record since a year, when a figure ----------------------------------------------------------

_FOREST = ("Deforestation in the Amazon fell 30.6% in the 12 months to July, with about 6,288 "
           "square kilometres cleared.\n\nThe figure compares with 9,064 square kilometres a year "
           "earlier.\n\nIt was the smallest area lost since 2015, when 6,207 square kilometres "
           "were cleared.\n")


def test_record_since_a_year_when():
    day = date(2024, 11, 6)
    assert "wrong-arithmetic" not in rules(_FOREST, day)
    bad = _FOREST.replace("when 6,207", "when 6,807")
    assert "wrong-arithmetic" in rules(bad, day)


# -- money over another stretch of time -----------------------------------------------------------

def test_weekly_money_restated_a_year_is_exact():
    text = ("The basic state pension will go up by £13.30 to £169.50 a week, or £8,814 a year, "
            "from April.\n")
    day = date(2023, 11, 22)
    assert "wrong-conversion" not in rules(text, day)
    assert "wrong-conversion" in rules(text.replace("£8,814", "£8,914"), day)
    # a qualifier keeps the loose tolerance: "about £8,850 a year" is no error
    assert "wrong-conversion" not in rules(text.replace("or £8,814", "or about £8,850"), day)
