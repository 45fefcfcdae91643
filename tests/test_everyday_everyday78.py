"""A cost worked out from a price per unit and a quantity (issue #11, everyday78;
normalize/unit_costs.py): "163.7p a litre ... filling a 55-litre family car, £90.04". The
multiplication is read into a relation that wrong-arithmetic judges with the figures' written
precision, against the price that comes nearest when several are given."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, flags

DAY = date(2022, 3, 15)


def _arith(text: str) -> list[str]:
    return [f["message"] for f in flags(text, DAY) if f["rule"] == "wrong-arithmetic"]


def test_a_cost_is_read_as_the_price_times_the_quantity():
    cs = claims("A litre of petrol cost 163.7p on average on Monday, which took the cost of "
                "filling a typical 55-litre family car to £90.04.", DAY)
    cost, price, tank = find(cs, "£90.04"), find(cs, "163.7p"), find(cs, "55-litre")
    prod = cost.extra_dict()["product"]
    assert (prod["of"], prod["by"], prod["factor"]) == (price.id, tank.id, 55.0)


def test_a_wrong_cost_is_flagged_with_the_cost_the_figures_give():
    got = _arith("Unleaded averaged 182.77p a litre at motorway services on Sunday. At that "
                 "price a car with a 55-litre tank costs £105.52 to fill.")
    assert got == ['"£105.52" does not match the figures it is worked from: 55 litres at '
                   '182.77p a litre is £100.52, not £105.52.']


def test_a_rounded_price_allows_for_its_rounding():
    # 129p may be 128.5p to 129.5p: 55 litres cost £70.68 to £71.23
    assert _arith("Drivers paid 129p a litre for petrol in May, so filling a 55-litre tank "
                  "cost £71.10.") == []
    assert _arith("Drivers paid 129p a litre for petrol in May, so filling a 55-litre tank "
                  "cost £72.10.") != []


def test_of_several_prices_the_nearest_is_the_reading():
    text = ("Petrol rose by 7p in a week to 183.16p a litre on Thursday, while diesel climbed "
            "4.5p to 188.82p a litre. Filling a 55-litre family car with petrol now costs "
            "£100.74, and with diesel {}.")
    assert _arith(text.format("£103.85")) == []
    assert any("55 litres at 188.82p a litre is £103.85" in m
               for m in _arith(text.format("£106.85")))


def test_a_cost_said_first_and_a_price_said_after_it():
    text = "The site was quoting £205 for 100 litres of heating oil, or {} a litre."
    assert _arith(text.format("£2.05")) == []
    assert _arith(text.format("£2.50")) != []


def test_a_change_per_unit_adds_its_multiple_to_a_cost():
    text = ("Petrol is 30.61p a litre dearer than a year ago, which adds {} to the cost of "
            "filling a typical 55-litre family car.")
    assert _arith(text.format("£16.84")) == []
    assert _arith(text.format("£18.84")) != []


def test_an_earlier_cost_set_against_the_new_one_is_no_cost_of_this_price():
    # £81.41 is February's cost: no reading of the 182.31p price
    assert _arith("Petrol reached 182.31p a litre on Wednesday, taking the cost of filling a "
                  "55-litre family car to £100.27, up from £81.41 in February.") == []
    cs = claims("Petrol reached 182.31p a litre on Wednesday, taking the cost of filling a "
                "55-litre family car to £100.27, up from £81.41 in February.", DAY)
    assert "product" not in find(cs, "£81.41").extra_dict()


def test_a_hedged_quantity_or_a_stretch_of_time_is_no_quantity_bought():
    cs = claims("Heating oil cost 78.9p a litre, so about 1,000 litres cost £789.", DAY)
    assert "product" not in find(cs, "£789").extra_dict()
    cs = claims("Parking costs £2.50 an hour, so 8 hours cost £25.", DAY)
    assert "product" not in find(cs, "£25").extra_dict()


def test_a_price_in_another_currency_is_no_reading():
    cs = claims("Gasoline averaged $3.32 a gallon. Filling a 15-gallon tank costs £40.", DAY)
    assert "product" not in find(cs, "£40").extra_dict()


# margins to a mark (normalize/spare_margins.py)

def test_a_figure_short_of_a_mark_is_the_mark_less_the_level_before_it():
    text = ("The SNP won 64 of the 129 seats in the Scottish Parliament, {} short of the 65 "
            "needed for an overall majority.")
    assert _arith(text.format("one")) == []
    assert _arith(text.format("two")) == [
        '"two" does not match the figures it is worked from: the gap between 65 and 64 is '
        'one, not two.']


def test_the_level_may_stand_sentences_before_the_margin():
    text = ("The number of people held in prisons reached a record 85,931, the ministry said. "
            "That is 353 more than the previous high of 85,578, and leaves the jails just over "
            "{} places short of their usable operational capacity of 88,049.")
    assert _arith(text.format("2,100")) == []
    assert _arith(text.format("3,100")) != []


def test_a_figure_to_spare_is_a_level_less_the_mark():
    text = ("With all 650 seats declared, Labour has 411 MPs and the Conservatives 121. "
            "Labour passed the 326 seats needed for a majority with {} to spare.")
    assert _arith(text.format("85")) == []
    assert any("the gap between 411 and 326 is 85" in m for m in _arith(text.format("95")))


def test_spare_places_left_by_a_capacity():
    text = ("The prison population reached a record 86,842 on Friday. The usable capacity of "
            "the prison estate is 88,628, leaving {} spare places.")
    assert _arith(text.format("1,786")) == []
    assert _arith(text.format("2,786")) != []


def test_a_margin_with_a_noun_of_its_own_or_no_mark_is_left_alone():
    # "10 balls to spare" counts balls, not runs; "with 12 to spare" names no mark
    cs = claims("India reached 250 for six in reply to 249, with 10 balls to spare.", DAY)
    assert "difference" not in find(cs, "10").extra_dict()
    cs = claims("The team scored 250 and conceded 190. It won with 12 to spare.", DAY)
    assert "difference" not in find(cs, "12").extra_dict()


# an amount in a currency's sub-unit between two amounts in the currency (sub_unit_gaps.py)

def test_cents_between_two_dollar_amounts_are_their_gap():
    text = ("Adjusted earnings were $1.29 a share, {} more than the $1.06 analysts had "
            "expected.")
    assert _arith(text.format("23 cents")) == []
    assert _arith(text.format("33 cents")) == [
        '"33 cents" does not match the figures it is worked from: from $1.06 to $1.29 is a '
        'rise of 23 cents, not a rise of 33 cents.']


def test_pence_below_a_pound_amount():
    text = "Petrol averaged £1.45 a litre in May, {} less than the £1.48 of April."
    assert _arith(text.format("3p")) == []
    assert _arith(text.format("5p")) != []
