"""Everyday copy, everyday41 (issue 11, first-run precision on unseen copy): the causes of the
false flags on the first run of the `*-e41*` drafts, one mechanism each, with the wrong figure
that must still be caught. Our own sentences with real figures (Rwanda's 2018 Chamber of
Deputies; the US federal budget for fiscal 2021; Manhattan rents in the second quarter of 2012).
Then the probe's misses that share a cause with other copy (India's 2021-22 crop estimates,
Malta's rain in the year to August 2021). Checks run the shipped consistency rules without a
store."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, find
from everyday_support import claims as _claims
from everyday_support import rules as _rules

from factcheck.extract.numbers import find_quantities


def claims(text: str, day: date = date(2021, 10, 25)):
    return _claims(text, day)


def rules(text: str, day: date = date(2021, 10, 25)) -> list[str]:
    return _rules(text, day)


# -- a verb of winning after the counted noun ends the words that may name its measure ------

CHAMBER = ("# Women hold most seats in Rwanda's lower house\n\n"
           "Rwanda's Chamber of Deputies has {seats} seats. In the 2018 election 49 women won "
           "seats, 61% of the chamber.")


def test_a_count_of_who_won_seats_is_no_count_of_seats():
    cs = claims(CHAMBER.format(seats=80), date(2018, 9, 20))
    assert find(cs, "49").measure != "seats" and find(cs, "80").measure == "seats"
    assert not set(rules(CHAMBER.format(seats=80), date(2018, 9, 20))) & RESTATED


def test_seats_won_are_still_seats():
    cs = claims("The Rwandan Patriotic Front won 40 seats in the 80-seat chamber.",
                date(2018, 9, 20))
    assert find(cs, "40").measure == "seats"


# -- a public budget's deficit, spending and debt are measures of their own ------------------

BUDGET = ("# US deficit narrows to $2.77 trillion\n\n"
          "The federal budget deficit was $2.77 trillion in the fiscal year to September 30, "
          "the Treasury said.\n\n"
          "Spending rose to $6.82 trillion and receipts to $4.05 trillion. The {again} deficit "
          "was the second largest on record.")


def test_spending_is_no_restatement_of_the_deficit():
    cs = claims(BUDGET.format(again="$2.77 trillion"))
    assert find(cs, "$6.82 trillion").measure == "spending"
    assert {c.measure for c in cs if c.text == "$2.77 trillion"} == {"deficit"}
    assert not set(rules(BUDGET.format(again="$2.77 trillion"))) & RESTATED


def test_a_deficit_restated_wrong_is_still_flagged():
    assert set(rules(BUDGET.format(again="$2.97 trillion"))) & RESTATED


# -- a clause with its own subject compares what that subject names ---------------------------

RENTS = ("# Manhattan rents at two-year high\n\n"
         "The average Manhattan rent was $3,778 in the second quarter. The median rent was "
         "$3,125, up 7.9% from $2,896 a year earlier, and the average was {gap} above the "
         "median.")


def test_a_gap_between_two_statistics_is_read_between_them():
    cs = claims(RENTS.format(gap="$653"), date(2012, 7, 10))
    change = dict(find(cs, "$653").extra)["change"]
    assert (find(cs, "$3,778").id, find(cs, "$3,125").id) == (change["to"], change["from"])
    assert "wrong-arithmetic" not in rules(RENTS.format(gap="$653"), date(2012, 7, 10))


def test_a_wrong_gap_between_two_statistics_is_flagged():
    assert "wrong-arithmetic" in rules(RENTS.format(gap="$753"), date(2012, 7, 10))


def test_a_subject_that_names_no_figure_takes_no_pair():
    text = ("Rents rose to $3,125 from $2,896, and the typical deposit was $200 above the "
            "minimum.")
    assert "wrong-arithmetic" not in rules(text, date(2012, 7, 10))
    assert dict(find(claims(text, date(2012, 7, 10)), "$200").extra).get("change", {}).get(
        "from") is None


# -- the e41 probe's misses: a level named after "than the ... of", "short of the ... of" -----
# (India's 2021-22 third advance estimates; Malta's rain in the year to August 2021)


def test_a_bare_level_named_after_a_comparison_takes_the_amounts_unit():
    text = ("Rice output is put at 129.66 million tonnes, higher by 13.23 million tonnes than "
            "the five-year average of 116.43 million.")
    q = next(q for q in find_quantities(text) if q.text == "116.43 million")
    assert q.unit == "metric_ton"


OILSEEDS = ("Oilseed output is put at a record 38.50 million tonnes, higher by {gap} million "
            "tonnes than the 2020-21 crop of 35.95 million.")


def test_a_gap_said_higher_by_before_than_is_read():
    cs = claims(OILSEEDS.format(gap="2.55"), date(2022, 5, 19))
    change = dict(find(cs, "2.55 million tonnes").extra)["change"]
    assert (change["to"], change["from"]) == (find(cs, "38.50 million tonnes").id,
                                              find(cs, "35.95 million").id)
    assert "wrong-arithmetic" not in rules(OILSEEDS.format(gap="2.55"), date(2022, 5, 19))


def test_a_wrong_gap_said_higher_by_is_flagged():
    assert "wrong-arithmetic" in rules(OILSEEDS.format(gap="3.55"), date(2022, 5, 19))


MALTA = ("# Malta's dry year\n\nMalta had 395.3mm of rain in the year to August. The total was "
         "{gap}mm short of the long-term norm of 567mm.")


def test_a_shortfall_from_a_named_level_in_a_unit_alone_is_read():
    assert "wrong-arithmetic" not in rules(MALTA.format(gap="171.7"), date(2021, 9, 6))


def test_a_wrong_shortfall_from_a_named_level_is_flagged():
    assert "wrong-arithmetic" in rules(MALTA.format(gap="181.7"), date(2021, 9, 6))
