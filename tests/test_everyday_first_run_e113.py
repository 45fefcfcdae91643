"""Everyday copy, everyday113's blind probe (issue 11): causes of the first run's false alarms
and misses, on drafts written from published copy in domains the corpus held thinly (club
accounts and prize money, grocery market shares, store counts, jobs figures, space-mission
budgets, charity appeals). Our own sentences with the real figures. Each mechanism is checked
on a clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import only_wrong_flagged as _only_wrong_flagged
from everyday_support import rules

ARITH = frozenset({"wrong-arithmetic"})
SUMS = frozenset({"wrong-arithmetic", "list-sum-mismatch"})


# -- false alarms of the first run -----------------------------------------------------------

def test_a_rise_in_sales_is_no_change_between_the_share_levels_after_it():
    # "taking its share to 16.1% from 16%" moves the share; the 4.8% is the sales' rise
    text = ("Sainsbury's sales grew 4.8%, taking its share to 16.1% from 16%. Asda's share "
            "dipped to 17.1% from 17.2%, a fall of {} points.")
    assert "wrong-arithmetic" not in rules(text.format("0.1"), date(2011, 9, 13))
    _only_wrong_flagged(text, "0.3", "0.1", date(2011, 9, 13), ARITH)


def test_a_share_said_to_move_keeps_its_own_values():
    # the share's own words ("its share fell") still make the amount the share's change
    text = "Tesco's share fell {} points, taking its share to 30.4% from 30.8%."
    _only_wrong_flagged(text, "0.6", "0.4", date(2011, 9, 13), ARITH)


def test_a_whole_and_its_own_breakdown_are_no_three_parts_of_a_joint_total():
    # Rs 603 crore and Rs 375 crore are the parts of Chandrayaan-2's Rs 978 crore
    text = ("Chandrayaan-3 cost about Rs 615 crore. Chandrayaan-2 had cost Rs 978 crore and "
            "Chandrayaan-1 Rs 386 crore. Of the second mission's sum, Rs 603 crore went on the "
            "spacecraft and Rs 375 crore on the rocket. Together the three missions have cost "
            "Rs 1,979 crore.")
    assert "wrong-arithmetic" not in rules(text, date(2023, 8, 22))


def test_an_unnamed_base_from_an_earlier_paragraph_may_be_the_figure_it_fits():
    # "£500,000 more" than the £2.2 million the sentence compares, not the £28.1 million total
    text = ("Wimbledon's singles champions will each take home £2.2 million this year.\n\n"
            "Total prize money rises to £31.6 million, from £28.1 million last year.\n\n"
            "Wimbledon's winners will still earn less than last year's US Open champions, who "
            "banked £2.7 million, £{} more.")
    assert "wrong-arithmetic" not in rules(text.format("500,000"), date(2017, 5, 3))


def test_an_unnamed_base_no_figure_fits_is_still_the_latest():
    # no figure of the kind gives £900,000: the latest (£28.1 million) is kept and flagged
    text = ("Wimbledon's singles champions will each take home £2.2 million this year.\n\n"
            "Total prize money rises to £31.6 million, from £28.1 million last year.\n\n"
            "The US Open champions banked £2.7 million, £{} more.")
    assert "wrong-arithmetic" in rules(text.format("900,000"), date(2017, 5, 3))


# -- misses of the first run -----------------------------------------------------------------

def test_the_big_four_is_a_count_of_the_largest_shares_before_it():
    text = ("Asda's share stands at 15.4% after a 0.1% rise in sales, while Sainsbury's, whose "
            "sales fell 1.8%, holds 15.3%. Tesco keeps the top spot with 27.4% after a 0.5% "
            "sales increase, and Morrisons, whose sales slipped 0.1%, has 10.3%. Together the "
            "big four hold {}% of the market.")
    _only_wrong_flagged(text, "66.4", "68.4", date(2019, 4, 2), SUMS)


def test_a_count_with_no_noun_before_a_verb_of_holding_sums_the_figures_before_it():
    text = ("Aldi's sales rose 10.6%, taking it to a record share of 8.0%, and Lidl's rose "
            "5.8%, leaving it on 5.6%. Between them the two hold {}%.")
    _only_wrong_flagged(text, "14.6", "13.6", date(2019, 4, 2), SUMS)


def test_a_joint_figure_is_no_member_of_a_count_before_it():
    # the 13.6% "between them" is Aldi's and Lidl's, no member of the big four's 68.4%
    text = ("Together the big four hold 68.4% of the market. Aldi has 8.0% and Lidl 5.6%. "
            "Between them the two hold {}%.")
    _only_wrong_flagged(text, "14.6", "13.6", date(2019, 4, 2), SUMS)


def test_a_margin_after_beating_is_the_rise_from_the_figure_beaten():
    text = ("Children in Need had counted £20,991,216 by the end of the broadcast, beating "
            "last year's total of £19,089,771 by £{} million.")
    _only_wrong_flagged(text, "2.9", "1.9", date(2008, 11, 15), ARITH)


def test_a_margin_after_beating_needs_a_larger_figure_before_the_verb():
    text = ("The appeal closed, beating last year's total of £19,089,771 by £2.9 million.")
    assert "wrong-arithmetic" not in rules(text, date(2008, 11, 15))


def test_a_portion_count_promises_the_names_after_a_bound():
    text = ("Twelve of the 20 clubs lost money, and {} of them lost £50m or more: Aston Villa, "
            "Chelsea, Liverpool, Manchester City and Queens Park Rangers.")
    _only_wrong_flagged(text, "six", "five", date(2014, 5, 2),
                        frozenset({"list-count-mismatch"}))


def test_a_joint_figure_is_the_first_of_its_unit_after_the_count():
    # found by the whole guard: the 75.8% of a year before is no joint figure of the four
    text = ("Tesco's share fell to 28.6% from 29.7%, Asda's to 17.4% from 17.6%, Sainsbury's "
            "to 16.5% from 16.9% and Morrisons' to 11.1% from 11.6%. Between them the four "
            "held {}% of the market, against 75.8% a year before.")
    _only_wrong_flagged(text, "75.6", "73.6", date(2014, 4, 8), SUMS)
