"""Everyday copy, everyday48 (issue 11, recall): shares of the market, sums of a year's
quarters across sentences, units a figure leaves out, "the outturn" and a second amount after
"but". One mechanism each, clean and with the wrong figure, in our own sentences with real
figures (UK car registrations in 2022, IDC's third quarter of 2018, Tesla's 2023 deliveries,
oilseed rape in 2021, public borrowing to February 2018 and in 2022-23). Checks run the shipped
consistency rules without a store."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

WRONG = "wrong-arithmetic"

# -- shares of the market out of the market's size the text gives (part_shares.py) -------------

CARS = ("# Ford and Audi hold their places\n\n"
        "UK buyers registered a total of 1,614,063 new cars in 2022, the SMMT said.\n\n"
        "Ford sold 126,826 cars, a {ford} share, and Audi 110,144, or 6.82%.")
J2023 = date(2023, 1, 5)


def test_a_share_of_the_market_is_out_of_the_market_size():
    cs = claims(CARS.format(ford="7.86%"), J2023)
    ratio = find(cs, "7.86%").extra_dict()["ratio"]
    assert ratio["of"] == find(cs, "126,826").id
    assert ratio["per"] == find(cs, "a total of 1,614,063").id
    assert WRONG not in rules(CARS.format(ford="7.86%"), J2023)


def test_a_market_share_of_counts_in_digits_is_exact_arithmetic():
    # (8.16% is within 5% of 7.86%: flagged only as the exact share of two exact counts)
    assert WRONG in rules(CARS.format(ford="8.16%"), J2023)


PHONES = ("Smartphone makers shipped 355.6 million phones worldwide in the third quarter. "
          "Samsung led with 72.4 million phones, and Huawei was second with 52 million, or "
          "{huawei} of the market.")
O2018 = date(2018, 11, 1)


def test_a_share_of_the_market_is_not_out_of_the_leader_count():
    # (before: "52 million out of 72.4 million is 71.8%", the leader's count read as the whole)
    assert WRONG not in rules(PHONES.format(huawei="14.6%"), O2018)
    assert WRONG in rules(PHONES.format(huawei="16.4%"), O2018)


def test_a_market_share_with_no_market_size_is_left_alone():
    text = "Ford sold 126,826 new cars in Britain in 2022, a 9.9% share of the market."
    assert "ratio" not in find(claims(text, J2023), "9.9%").extra_dict()
    assert WRONG not in rules(text, J2023)


# -- a year's quarters that add up to its total across sentences (period_sums.py) -------------

TESLA = ("# Tesla delivers a record 1.81 million cars\n\n"
         "Tesla delivered a record 1,808,581 cars in 2023, the company said on Tuesday.\n\n"
         "Fourth-quarter deliveries were 484,507, after 422,875 in the first quarter, 466,140 "
         "in the second and {third} in the third.")
J2024 = date(2024, 1, 3)


def test_four_quarters_add_up_to_the_year_stated_before_them():
    cs = claims(TESLA.format(third="435,059"), J2024)
    total = find(cs, "1,808,581").extra_dict()["sum"]
    ids = {total["of"], *total["plus"]}
    assert ids == {find(cs, t).id for t in ("484,507", "422,875", "466,140", "435,059")}
    assert WRONG not in rules(TESLA.format(third="435,059"), J2024)


def test_a_wrong_quarter_is_flagged_against_the_year():
    assert WRONG in rules(TESLA.format(third="453,059"), J2024)


def test_three_quarters_are_no_year():
    text = TESLA.format(third="435,059").replace("Fourth-quarter deliveries were 484,507, after",
                                                 "Deliveries rose through the year, after")
    cs = claims(text, J2024)
    assert "sum" not in find(cs, "1,808,581").extra_dict()


# -- a rate's unit carried to a figure that leaves it out (elided_units.py, relations.py) -----

RAPE = "Oilseed rape yielded 3.2 tonnes a hectare in 2021, {word} from 2.7 in 2020."
RAPE_RISE = ("Oilseed rape yields rose {pct} in 2021, from 2.7 tonnes a hectare to 3.2 tonnes, "
             "while the crop was 1.0 million tonnes.")
O2021 = date(2021, 10, 15)


def test_a_bare_earlier_value_takes_the_rate_unit():
    cs = claims(RAPE.format(word="up"), O2021)
    assert find(cs, "2.7").unit == find(cs, "3.2 tonnes a hectare").unit
    assert WRONG not in rules(RAPE.format(word="up"), O2021)
    assert WRONG in rules(RAPE.format(word="down"), O2021)


def test_a_later_value_in_the_rate_first_unit_takes_the_rate():
    cs = claims(RAPE_RISE.format(pct="18.5%"), O2021)
    assert find(cs, "3.2 tonnes").unit == find(cs, "2.7 tonnes a hectare").unit
    # (the harvest's million tonnes is no yield)
    assert find(cs, "1.0 million tonnes").unit == "metric_ton"
    assert WRONG not in rules(RAPE_RISE.format(pct="18.5%"), O2021)
    assert WRONG in rules(RAPE_RISE.format(pct="28.5%"), O2021)


# -- "the outturn", and a second amount after "but" (comparisons.py) ---------------------------

OUTTURN = ("Public sector net borrowing in the eleven months to February was £41.4bn, the ONS "
           "said. The outturn was {gap} lower than the £43.9bn of a year earlier.")
M2018 = date(2018, 3, 21)


def test_the_outturn_is_the_level_before():
    assert WRONG not in rules(OUTTURN.format(gap="£2.5bn"), M2018)
    assert WRONG in rules(OUTTURN.format(gap="£3.5bn"), M2018)


BUT = ("Borrowing in the first nine months of 2022-23 was £128.1bn. That was £5.1bn more than "
       "the £123.0bn of a year earlier, but {gap} below the £130.8bn the OBR had forecast.")
J2023B = date(2023, 1, 24)


def test_a_second_amount_after_but_is_of_the_same_level():
    assert WRONG not in rules(BUT.format(gap="£2.7bn"), J2023B)
    assert WRONG in rules(BUT.format(gap="£4.7bn"), J2023B)


# -- a date after a pair set against others together (context.py) ------------------------------

def test_a_year_before_after_a_compared_pair_dates_the_pair_only():
    text = ("Smartphone makers shipped 355.2 million phones in the third quarter of 2015. "
            "Samsung led with 84.5 million phones and 23.8% of the market, against 79.6 million "
            "and 23.9% a year before.")
    cs = claims(text, date(2015, 10, 28))
    assert find(cs, "79.6 million").period is not None
    assert find(cs, "84.5 million").period != find(cs, "79.6 million").period


# -- shares "respectively", the rest of the market, a joint share's earlier value --------------

MAKERS = ("Smartphone makers shipped 355.2 million phones in the third quarter of 2015. Samsung "
          "shipped 84.5 million, or 23.8% of the market, and Apple 48 million, a 13.5% share.\n\n"
          "Lenovo shipped 18.8 million and Xiaomi 18.3 million, for shares of 5.3% and {xiaomi} "
          "respectively. Huawei shipped 26.5 million.\n\n"
          "All the other makers together shipped {rest} million phones.")
O2015 = date(2015, 10, 28)


def test_shares_respectively_are_of_the_counts_in_the_same_places():
    cs = claims(MAKERS.format(xiaomi="5.2%", rest="159.1"), O2015)
    ratio = find(cs, "5.2%").extra_dict()["ratio"]
    assert ratio["of"] == find(cs, "18.3 million").id
    assert ratio["per"] == find(cs, "355.2 million").id
    assert WRONG not in rules(MAKERS.format(xiaomi="5.2%", rest="159.1"), O2015)
    assert WRONG in rules(MAKERS.format(xiaomi="6.2%", rest="159.1"), O2015)


def test_the_rest_of_the_market_completes_it():
    # (Huawei's count carries no share of the market: no part of the sum, so the sum is left
    # alone rather than read short)
    cs = claims(MAKERS.format(xiaomi="5.2%", rest="159.1").replace(
        "Huawei shipped 26.5 million", "Huawei shipped 26.5 million, or 7.5% of the market"),
        O2015)
    total = find(cs, "355.2 million").extra_dict()["sum"]
    assert find(cs, "159.1 million").id in total["plus"]
    text = MAKERS.format(xiaomi="5.2%", rest="169.1").replace(
        "Huawei shipped 26.5 million", "Huawei shipped 26.5 million, or 7.5% of the market")
    assert WRONG in rules(text, O2015)


GROCERS = ("Tesco's share fell to 28.6% from 29.7%, Asda's to 17.4% from 17.6%, Sainsbury's to "
           "16.5% from 16.9% and Morrisons' to 11.1% from 11.6%. Between them the four held 73.6% "
           "of the market, against {before} a year before.")
A2014 = date(2014, 4, 8)


def test_a_joint_share_earlier_value_is_the_sum_of_the_earlier_values():
    assert WRONG not in rules(GROCERS.format(before="75.8%"), A2014)
    assert WRONG in rules(GROCERS.format(before="74.8%"), A2014)


# -- a share said before it ("cutting their share to"), an outturn's gap to its forecast -------

HYBRIDS = ("Buyers registered 142,633 new cars in November. Plug-in hybrid registrations fell "
           "5.7% to 10,186, cutting their share to {share}.")
D2022 = date(2022, 12, 5)


def test_a_share_said_before_it_is_of_the_market_size():
    assert WRONG not in rules(HYBRIDS.format(share="7.1%"), D2022)
    assert WRONG in rules(HYBRIDS.format(share="9.1%"), D2022)


FORECAST = ("Borrowing in the first nine months of 2022-23 was £128.1bn. The OBR had expected "
            "£130.8bn, so the outturn was {gap} its forecast.")


def test_an_outturn_gap_to_a_named_forecast():
    cs = claims(FORECAST.format(gap="£2.7bn below"), J2023B)
    diff = find(cs, "£2.7bn").extra_dict()["difference"]
    assert (diff["of"], diff["minus"]) == (find(cs, "£130.8bn").id, find(cs, "£128.1bn").id)
    assert WRONG not in rules(FORECAST.format(gap="£2.7bn below"), J2023B)
    assert WRONG in rules(FORECAST.format(gap="£3.7bn below"), J2023B)
    assert WRONG in rules(FORECAST.format(gap="£2.7bn above"), J2023B)
