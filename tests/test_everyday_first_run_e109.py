"""Issue #11, everyday109: the first run of blind drafts on company results, markets, public
budgets, jobs and pay (corpus/everyday/economy-e109.yaml, labour-e109.yaml), and the general
causes of its false alarms and misses. Each case pairs a consistent text (no flag) with a text
carrying an error (flagged), so that every test can fail both ways."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

D = date(2024, 5, 13)


# -- a percentage "of them" after a percentage is a share of its group, not a part of it -----

BALLOT = ("About 80% of the 13,000 workers covered, some 10,400 people, took part in the "
          "ballot, and {} of them voted in favour.")


def test_a_share_of_a_share_may_be_larger_than_the_first_share():
    assert "parts-exceed-total" not in rules(BALLOT.format("93%"), D)
    assert "parts-exceed-total" not in rules(
        "Some 40% of trains were late last month, and 55% of them were more than ten minutes "
        "late.", D)


def test_the_share_is_still_read_as_of_them_and_a_count_of_the_whole_still_checked():
    assert find(claims(BALLOT.format("93%"), D), "93%").group == \
        find(claims(BALLOT.format("93%"), D), "About 80%").id
    assert "wrong-arithmetic" in rules(BALLOT.format("93%").replace("10,400", "11,400"), D)


def test_a_count_of_them_larger_than_its_whole_is_still_flagged():
    text = "Some 400 trains were late last month, and 550 of them were more than ten minutes late."
    assert "parts-exceed-total" in rules(text, D)


# -- the ringgit ("RM102.9mil") and the sen; the real ("23.7 billion reais") -----------------

STAR = ("Star Publications lifted pre-tax profit 19.2% to RM102.9mil in 2002 from RM86.3mil, "
        "and basic earnings per share rose to 25.14 sen from 22.48 sen.\n\nThe second interim "
        "dividend of 12.5 sen takes the year's dividends to 20 sen, against 15 sen for 2001, an "
        "increase of {}.")


def test_the_ringgit_and_its_millions_are_read_as_money():
    cs = claims(STAR.format("33%"), date(2003, 2, 18))
    assert find(cs, "RM102.9mil").unit == "MYR"
    assert find(cs, "RM102.9mil").value == 102_900_000
    assert find(cs, "12.5 sen").unit == "MY_sen"


def test_a_dividend_in_sen_is_no_restatement_of_earnings_per_share():
    assert rules(STAR.format("33%"), date(2003, 2, 18)) == []
    assert "wrong-arithmetic" in rules(STAR.format("25%"), date(2003, 2, 18))


def test_a_change_between_ringgit_amounts_is_checked():
    text = "Pre-tax profit rose {} to RM30.4mil from RM21.2mil."
    assert rules(text.format("43.6%"), date(2003, 2, 18)) == []
    assert "wrong-arithmetic" in rules(text.format("34.6%"), date(2003, 2, 18))


def test_reais_are_money_and_a_change_between_them_is_checked():
    text = ("Petrobras made a net profit of 23.7 billion reais in the first quarter, {} less "
            "than the 38.16 billion reais a year earlier.")
    assert find(claims(text.format("37.9%"), D), "23.7 billion reais").unit == "BRL"
    assert rules(text.format("37.9%"), D) == []
    assert "wrong-arithmetic" in rules(text.format("27.9%"), D)


# -- Japanese accounts' ordinary profit is a line of its own beside operating profit ---------

NYK = ("Nippon Yusen said ordinary profit fell 52.5% to 59.7 billion yen in the April-June "
       "quarter from 125.8 billion yen a year earlier.\n\nThe shipping group cut its full-year "
       "ordinary profit forecast to 240 billion yen, against 490 billion yen last year.\n\n"
       "The operating margin narrowed to 6.3% from 10.1%, on operating profit of {} billion yen "
       "against 65.9 billion yen.")


def test_ordinary_profit_is_no_operating_profit_restated():
    assert rules(NYK.format("37.8"), date(2025, 8, 5)) == []
    assert find(claims(NYK.format("37.8"), date(2025, 8, 5)), "59.7 billion yen").extra_dict() \
        .get("footing") == "ordinary"


def test_one_line_stated_twice_still_conflicts():
    text = ("Toyota's operating profit fell to 1.2 trillion yen in the quarter.\n\n"
            "Operating profit of {} trillion yen was below forecasts.")
    assert "conflicting-figures" in rules(text.format("1.5"), date(2025, 8, 5)) or \
        "restated-figure-mismatch" in rules(text.format("1.5"), date(2025, 8, 5))
    assert rules(text.format("1.2"), date(2025, 8, 5)) == []


# -- a margin is a measure of its own; a headline's verb is no part of a business ------------

INFY = ("# Infosys raises revenue forecast as margin widens to {}\n\n"
        "Infosys revenue rose 3.7% to Rs 39,315 crore in the quarter. Operating profit rose to "
        "Rs 8,288 crore, and the operating margin widened to 21.1% from 20.1%.")


def test_a_headline_margin_restates_the_bodys_operating_margin():
    assert rules(INFY.format("21.1%"), date(2024, 7, 18)) == []
    assert "restated-figure-mismatch" in rules(INFY.format("22.1%"), date(2024, 7, 18))


def test_a_headline_verb_before_revenue_names_no_segment():
    cs = claims(INFY.format("21.1%"), date(2024, 7, 18))
    head, body = [c for c in cs if c.text == "21.1%"]
    assert head.measure == body.measure == "margin"
    assert " / " not in str(head.subject)


def test_a_margin_is_a_companys_only_beside_words_of_its_accounts():
    text = "Labour held the seat with a margin of 12% over the Conservatives."
    assert find(claims(text, D), "12%").measure != "margin"


def test_margins_on_two_lines_are_not_one_figure_restated():
    text = ("The group's operating margin rose to 21.1% in the quarter.\n\n"
            "Its net margin was 16.2%, against revenue of $4.5 billion and net profit of "
            "$0.73 billion.")
    assert rules(text, D) == []


# -- a move in cents of a price per barrel, its "a barrel" left out --------------------------

BRENT = "Brent crude was down 33 cents, or {}, at $39.50 a barrel, and gold rose 0.4%."


def test_a_move_in_cents_or_a_percentage_of_a_price_per_barrel_is_checked():
    assert rules(BRENT.format("0.8%"), date(2020, 9, 14)) == []
    assert "wrong-arithmetic" in rules(BRENT.format("1.8%"), date(2020, 9, 14))


def test_the_amount_takes_the_price_per_unit():
    assert find(claims(BRENT.format("0.8%"), date(2020, 9, 14)), "33 cents").unit == \
        "US_cent / barrel"
    text = "Brent crude fell $1.20, or {}, to $39.50 a barrel."
    assert rules(text.format("2.9%"), date(2020, 9, 14)) == []
    assert "wrong-arithmetic" in rules(text.format("5.8%"), date(2020, 9, 14))


# -- a forecast cut "by N%, from A to B", its verb further back than a short window -----------

CUT = ("The shipping group cut its full-year ordinary profit forecast by {}, from 255 billion "
       "yen to 240 billion yen, against 490 billion yen last year.")


def test_a_forecast_cut_by_a_percentage_from_a_to_b_is_checked():
    assert rules(CUT.format("5.9%"), date(2025, 8, 5)) == []
    assert "wrong-arithmetic" in rules(CUT.format("7.9%"), date(2025, 8, 5))
    denso = ("Toyota supplier Denso cut its operating profit forecast for the year to March by "
             "{}, from 692 billion yen to 550 billion yen.")
    assert rules(denso.format("21%"), date(2024, 10, 31)) == []
    assert "wrong-arithmetic" in rules(denso.format("12%"), date(2024, 10, 31))


def test_a_forecasts_own_value_is_still_no_change():
    text = ("Analysts had forecast profit growth of 5.9% for the year, from 255 billion yen to "
            "270 billion yen.")
    assert find(claims(text, date(2025, 8, 5)), "5.9%").role != "change"


# -- a loose "halves" over a move the body states exactly ------------------------------------

HALVES = ("NYK trims full-year profit forecast as first-quarter profit halves\n\n"
          "Nippon Yusen said ordinary profit fell {} to 59.7 billion yen in the April-June "
          "quarter from 125.8 billion yen a year earlier.\n\n"
          "The shipping group cut its full-year ordinary profit forecast by 5.9%, from 255 "
          "billion yen to 240 billion yen.")


def test_a_loose_multiple_verb_is_not_held_to_a_move_the_body_states():
    assert rules(HALVES.format("52.5%"), date(2025, 8, 5)) == []
    assert "wrong-arithmetic" in rules(HALVES.format("42.5%"), date(2025, 8, 5))


def test_a_multiple_verb_over_a_bare_pair_is_still_worked():
    text = ("Tristel's first-half profit more than halved as sales slipped. Pre-tax profit for "
            "the six months to December was £{} million. A year earlier it was £2.4 million.")
    assert rules(text.format("1"), date(2024, 3, 1)) == []
    assert "wrong-arithmetic" in rules(text.format("1.5"), date(2024, 3, 1))


def test_a_capital_after_the_ringgits_letters_is_no_ringgit():
    cs = claims("More than 40,000 RMT members will walk out next week.", date(2022, 6, 15))
    assert find(cs, "More than 40,000").unit == ""
    assert find(cs, "More than 40,000").period is not None
    assert find(claims("The deal was worth 40,000 RM.", D), "40,000 RM").unit == "MYR"
