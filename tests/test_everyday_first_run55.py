"""Everyday copy, the e55 probe (issue 11): moves in points to a level whose earlier level is said
apart ("cut by a quarter point to 4.5% ... had been held at 4.75%"), moves someone voted for
("wanted a quarter-point cut to 4.75%"), rates set in steps written without their zeros ("to 4%
from 4.25%"), thresholds passed ("7.52 million, passing 7.5 million"), levels set against a
figure named by a noun or a name ("far above that limit", "overtaking gas", "behind coal") and
an owner's or a whole's sources listed in brackets. Our own sentences with the real figures;
each mechanism on a clean text (no flag) and on the same text with an error (flagged), and the
cases each must leave alone."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

from factcheck.extract.numbers import find_quantities

_AUG05 = date(2005, 8, 4)
_JAN18 = date(2018, 1, 18)
_APR24 = date(2024, 4, 17)
_SEP24 = date(2024, 9, 19)
_AUG25 = date(2025, 8, 7)
_JAN17 = date(2017, 1, 6)
_FEB24 = date(2024, 2, 8)
_MAR12 = date(2012, 3, 1)
_FEB24E = date(2024, 2, 7)
_FEB24S = date(2024, 2, 2)
_JAN23 = date(2023, 1, 20)

ARITH = "wrong-arithmetic"
PARTS = {"parts-exceed-total", "list-sum-mismatch"}


# -- a move in points whose earlier level is said in another sentence ---------------------------

_BOE = ("# Bank of England cuts rates\n\nThe Bank of England cut its key interest rate by a "
        "quarter of a percentage point to 4.5% on Thursday.\n\nBank Rate had been held at 4.75% "
        "since August 2004. The European Central Bank kept its main rate at 2%.\n")


def test_a_move_in_points_takes_its_earlier_level_from_another_sentence():
    cs = claims(_BOE, _AUG05)
    ch = find(cs, "a quarter of a percentage point").extra_dict()["change"]
    assert cs[[c.id for c in cs].index(ch["from"])].text == "4.75%"
    assert ARITH not in rules(_BOE, _AUG05)
    assert ARITH in rules(_BOE.replace("a quarter of a percentage point", "half a percentage "
                                       "point"), _AUG05)
    # a policy rate is set in steps: "5%" is 5.00%, not anything from 4.5% to 5.5%
    assert ARITH in rules(_BOE.replace("held at 4.75%", "held at 5%"), _AUG05)


_RI = ("# Jobless rate\n\nRhode Island's unemployment rate rose 0.1 points to 4.4% in December."
       "\n\nThe rate had been 4.3% in November. A year earlier it stood at 4.9%.\n")


def test_any_stated_earlier_level_that_squares_is_the_reading_taken():
    assert ARITH not in rules(_RI, _JAN18)
    assert ARITH in rules(_RI.replace("rose 0.1 points", "rose 0.3 points"), _JAN18)
    # (the year-earlier level squares with a rise of 0.5 from it: no flag)
    assert ARITH not in rules(_RI.replace("rose 0.1 points to 4.4%", "rose 0.5 points to 4.4%")
                              .replace("4.9%", "3.9%"), _JAN18)


def test_a_move_over_a_stretch_of_its_own_is_not_set_against_another_stretch():
    text = ("# Jobless rate\n\nRhode Island's unemployment rate fell 0.5 points on the year to "
            "4.4% in December.\n\nThe rate had been 4.3% in November.\n")
    assert ARITH not in rules(text, _JAN18)


def test_inflation_moved_in_points_is_an_amount_not_a_level():
    text = ("# UK inflation falls to 3.2%\n\nConsumer price inflation fell 0.2 points to 3.2% in "
            "March, the ONS said.\n\nThe rate was 3.4% in February.\n")
    c = find(claims(text, _APR24), "0.2 points")
    assert c.role == "change"
    assert rules(text, _APR24) == []
    assert ARITH in rules(text.replace("fell 0.2 points", "fell 0.4 points"), _APR24)


_DISSENT = ("# Bank of England keeps rates at 5%\n\nThe Bank of England left its base rate "
            "unchanged at 5% on Thursday.\n\nEight of the nine members voted to hold. The one "
            "dissenter, Swati Dhingra, wanted a quarter-point cut to 4.75%.\n\nInflation was "
            "steady at 2.2% in the year to August and slightly above the Bank's 2% target.\n")


def test_a_move_someone_wanted_starts_from_the_rate_in_force():
    assert [(q.text, q.dim) for q in find_quantities("wanted a quarter-point cut to 4.75%.")][0] \
        == ("quarter-point", "points")
    assert ARITH not in rules(_DISSENT, _SEP24)
    assert ARITH in rules(_DISSENT.replace("cut to 4.75%", "cut to 4.85%"), _SEP24)


def test_lowered_is_a_fall_and_a_set_rate_keeps_its_digits():
    text = ("# Rates cut to 4%\n\nThe Bank of England lowered Bank Rate by a quarter of a "
            "percentage point to 4% on Thursday, from 4.25%.\n")
    assert ARITH not in rules(text, _AUG25)
    assert ARITH in rules(text.replace("by a quarter of a percentage point", "by half a "
                                       "percentage point"), _AUG25)


def test_a_measured_share_keeps_the_rounding_of_its_digits():
    # bed occupancy is measured, not set: "96%" may be 95.5% to 96.5%
    text = ("# Beds\n\nOccupancy averaged 96% in the week, 2.4 percentage points higher than "
            "the 93.3% of the same week last year.\n")
    assert ARITH not in rules(text, _JAN23)


# -- thresholds passed ----------------------------------------------------------------------------

_BRISTOL = ("# Bristol Airport tops 7.5 million passengers\n\nBristol Airport handled 7.52 million "
            "passengers in 2016, passing 7.5 million for the first time.\n\nIn August 2015 it "
            "topped three quarters of a million passengers in a single month for the first time, "
            "with 768,587 passing through.\n")


def test_a_threshold_passed_is_compared_with_the_level_not_a_bound_of_it():
    cs = claims(_BRISTOL, _JAN17)
    t = find(cs, "passing 7.5 million")
    # (its own interval stays "7.5 million or more": a report of 7.52 million bears it out)
    assert t.role == "compared" and t.lower == 7_500_000 and t.upper is None
    assert rules(_BRISTOL, _JAN17) == []
    assert ARITH in rules(_BRISTOL.replace("passing 7.5 million", "passing 7.75 million"), _JAN17)
    assert ARITH in rules(_BRISTOL.replace("768,587", "748,587"), _JAN17)


_COPERNICUS = ("# 1.5C\n\nThe 12 months to the end of January were 1.52C warmer than the "
               "pre-industrial average, passing the 1.5C limit over a full year for the first "
               "time.\n\nCalendar year 2023 was 1.48C above the pre-industrial level, just below "
               "the limit.\n")


def test_a_limit_passed_and_named_again_is_the_value_written():
    assert ARITH not in rules(_COPERNICUS, _FEB24)
    assert ARITH in rules(_COPERNICUS.replace("1.52C", "1.47C"), _FEB24)
    assert ARITH in rules(_COPERNICUS.replace("1.48C", "1.58C"), _FEB24)


# -- a level set against a figure named by a noun or a name ----------------------------------------

_NO2 = ("# Nitrogen dioxide\n\nThe legal limit for nitrogen dioxide is an annual average of 40 "
        "micrograms per cubic metre.\n\nMarylebone Road recorded an annual mean of 97 micrograms "
        "in 2011, far above that limit.\n")


def test_a_level_above_the_limit_named_in_an_earlier_sentence():
    assert rules(_NO2, _MAR12) == []
    assert ARITH in rules(_NO2.replace("97 micrograms", "37 micrograms"), _MAR12)
    # a figure after the noun is the sentence's own: nothing is looked for further back
    text = _NO2.replace("far above that limit", "far above the limit of 60 micrograms")
    assert ARITH not in rules(text, _MAR12)


_EMBER = ("# Wind overtakes gas\n\nGas-fired generation in the European Union fell 15% to 452 TWh "
          "last year.\n\nWind generation rose to 475 TWh, overtaking gas for the first time. Coal "
          "fell 26% to a record low of 333 TWh. Solar climbed to 246 TWh, still some way behind "
          "coal.\n")


def test_overtaking_or_behind_a_thing_named_sets_the_level_against_its_figure():
    assert rules(_EMBER, _FEB24E) == []
    assert ARITH in rules(_EMBER.replace("475 TWh", "425 TWh"), _FEB24E)
    assert ARITH in rules(_EMBER.replace("246 TWh", "346 TWh"), _FEB24E)
    # "behind schedule" names no figure
    text = _EMBER.replace("still some way behind coal", "still behind schedule")
    assert ARITH not in rules(text, _FEB24E)


# -- a whole's sources listed in brackets ---------------------------------------------------------

_SPAIN = ("# Spain welcomes 85.1 million tourists\n\nSpain received 85.1 million international "
          "tourists in 2023, the national statistics institute said.\n\nBritain, France and "
          "Germany (17.3 million, 11.8 million and 10.9 million) remained the biggest sources of "
          "visitors.\n")


def test_the_biggest_sources_of_a_whole_are_its_parts():
    assert rules(_SPAIN, _FEB24S) == []
    assert PARTS & set(rules(_SPAIN.replace("17.3 million,", "71.3 million,"), _FEB24S))
    # rivals ranked beside it are no parts of it
    text = _SPAIN.replace("remained the biggest sources of visitors", "were the next most "
                          "visited countries").replace("17.3 million,", "71.3 million,")
    assert not PARTS & set(rules(text, _FEB24S))


def test_a_threshold_in_the_next_sentence_that_points_back_at_the_level():
    text = ("# 2024\n\nLast year the global average temperature was 1.6C above the pre-industrial "
            "level, the EU's Copernicus climate service said. It was the first calendar year to "
            "pass the 1.5C limit set out in the Paris agreement.\n")
    assert ARITH not in rules(text, date(2025, 1, 10))
    assert ARITH in rules(text.replace("1.6C above", "1.3C above"), date(2025, 1, 10))
    # a new paragraph is no pointer back
    apart = text.replace(" It was the first", "\n\nIt was the first").replace("1.6C", "1.3C")
    assert ARITH not in rules(apart, date(2025, 1, 10))


# -- members a count names, their shared level after a change ---------------------------------

_BAA = ("# Scottish airports\n\nPassenger numbers at BAA's three Scottish airports rose 5.8% to "
        "2.17 million in July, the operator said.\n\nAberdeen grew fastest, up 8.1% to 276,000. "
        "Edinburgh welcomed 845,000 passengers, 6.2% more than in July 2004, while Glasgow "
        "handled 1.05 million, a rise of 4.8%.\n")


def test_members_after_a_count_whose_level_follows_a_change():
    cs = claims(_BAA, date(2005, 8, 12))
    glasgow = find(cs, "1.05 million")
    # the compared month of Edinburgh's clause is not Glasgow's ("..., while Glasgow ...")
    assert glasgow.period is None or glasgow.period.start != date(2004, 7, 1)
    # (all three airports the count names are given: a complete list of parts)
    assert glasgow.role == "part"
    assert rules(_BAA, date(2005, 8, 12)) == []
    assert PARTS & set(rules(_BAA.replace("1.05 million", "1.15 million"), date(2005, 8, 12)))


_VW = ("# Volkswagen deliveries rise\n\nThe Volkswagen Group handed over 5.45 million vehicles to "
       "customers worldwide from January to July.\n\nVolkswagen Passenger Cars delivered 3.38 "
       "million vehicles in the seven months, Audi 911,800, Skoda 534,300, Seat 212,100 and "
       "Porsche, a group brand since August 2012, 95,300.\n")


def test_a_brand_list_parted_by_a_duration_keeps_its_first_brand():
    cs = claims(_VW, date(2013, 8, 9))
    assert find(cs, "3.38 million").role == "portion"
    assert not PARTS & set(rules(_VW, date(2013, 8, 9)))
    assert PARTS & set(rules(_VW.replace("Audi 911,800", "Audi 1,911,800"), date(2013, 8, 9)))
