"""Everyday copy, the lead's twelfth-session blind drafts (issue 11): constructions of published
A-level, airline-results and box-office copy, in our own sentences. Each fix is checked on a
clean text (no flag) and on the same text with an error in it (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, rules

DAY = date(2010, 8, 19)


# -- the line of the accounts a profit stands at ----------------------------------------------

def test_operating_and_pretax_profit_are_two_figures():
    text = ("The airline reported a 27% rise in operating profit for the year to March 31, to "
            "£705 million from £556 million.\n\n"
            "Turnover reached £8,515 million, up 9.6%, and pre-tax profit was £620 million.")
    cs = claims(text, DAY)
    assert find(cs, "£705 million").extra_dict().get("footing") == "operating"
    assert find(cs, "£620 million").extra_dict().get("footing") == "pre-tax"
    assert not RESTATED & set(rules(text, DAY))


def test_the_line_is_the_nearest_one_before_the_figure():
    text = "Operating profit rose to £705 million, while net profit fell to £400 million."
    cs = claims(text, DAY)
    assert find(cs, "£400 million").extra_dict().get("footing") == "after tax"
    assert find(cs, "£705 million").extra_dict().get("footing") == "operating"


def test_a_line_is_no_footing_of_other_measures():
    text = "Pre-tax profit rose to £620 million and revenue to £8.5 billion."
    cs = claims(text, DAY)
    assert "footing" not in find(cs, "£8.5 billion").extra_dict()


def test_an_unnamed_profit_takes_the_storys_only_line_and_is_compared():
    body = ("Ryanair made a profit before tax of £581 million in the year to 30 September, "
            "up 21.5% from £478 million.")
    clean = "# Ryanair profit rises 21.5% to £581 million\n\n" + body
    wrong = "# Ryanair profit rises 21.5% to £518 million\n\n" + body
    assert find(claims(clean, DAY), "£581 million").extra_dict().get("footing") == "pre-tax"
    assert not RESTATED & set(rules(clean, DAY))
    assert RESTATED & set(rules(wrong, DAY))


def test_an_unnamed_profit_among_several_lines_names_none():
    text = ("# Airline profit reaches £900 million\n\n"
            "Operating profit was £705 million and pre-tax profit £620 million.")
    cs = claims(text, DAY)
    assert "footing" not in find(cs, "£900 million").extra_dict()
    assert not RESTATED & set(rules(text, DAY))


# -- a share's whole is no part of the next share's whole ---------------------------------------

def test_shares_of_two_named_groups_are_not_parts_of_each_other():
    text = ("Media studies had the lowest share: 1.8% of its 33,375 candidates, 1.4% of the "
            "15,363 boys and 2.1% of the 18,012 girls who sat it.")
    assert "wrong-arithmetic" not in rules(text, DAY)


def test_a_share_of_a_named_whole_is_still_worked_out():
    text = "A total of 17,524 voters cast ballots, 83% of the county's 24,000 registered voters."
    assert "wrong-arithmetic" in rules(text, DAY)


# -- a change's earlier value in a "when" clause that opens on the figure ---------------------

def test_change_on_last_year_when_the_figure_was_is_worked_out():
    clean = ("27.8% of entries were graded A or A*, up by 0.6 percentage points on last year, "
             "when 27.2% reached the top two grades.")
    wrong = clean.replace("0.6 percentage", "0.9 percentage")
    assert "wrong-arithmetic" not in rules(clean, DAY)
    assert "wrong-arithmetic" in rules(wrong, DAY)


# -- an amount "for each of" a count ------------------------------------------------------------

def test_an_amount_for_each_of_a_count_is_the_total_over_it():
    clean = ("The airlines will make a net profit of $30.5 billion this year, or $6.14 for each "
             "of a record 4.96 billion passengers.")
    assert "wrong-arithmetic" not in rules(clean, DAY)
    assert "wrong-arithmetic" in rules(clean.replace("$6.14", "$7.14"), DAY)


# -- a total split "at home" and "overseas" -----------------------------------------------------

def test_a_total_split_at_home_and_overseas_holds_its_parts():
    clean = ("The film had taken $1.03 billion worldwide by Sunday, $459 million of it at home "
             "and $572 million overseas.")
    assert not {"parts-exceed-total", "list-sum-mismatch"} & set(rules(clean, DAY))
    wrong = clean.replace("$572 million", "$612 million")
    assert {"parts-exceed-total", "list-sum-mismatch"} & set(rules(wrong, DAY))


# -- "almost £1,000" is a little under £1,000 ------------------------------------------------------

def test_almost_a_round_figure_is_a_little_under_it():
    (c, *_), = [claims("The cap will be cut by almost £1,000.", DAY)]
    assert (c.lower, c.upper) == (900, 1000)
    clean = "The cap will be cut by almost £1,000 to £3,280 a year, from the current £4,279."
    assert "wrong-arithmetic" not in rules(clean, DAY)
    assert "wrong-arithmetic" in rules(clean.replace("£3,280", "£3,580"), DAY)


# -- the same amount over another stretch: "works out at" ----------------------------------------

def test_a_yearly_amount_that_works_out_at_a_monthly_one_is_converted():
    clean = "Bills will rise by £111 a year, which works out at about £9.25 a month."
    assert "wrong-conversion" not in rules(clean, DAY)
    assert "wrong-conversion" in rules(clean.replace("£9.25", "£9.75"), DAY)


def test_the_increase_in_the_next_paragraph_is_the_change_before_it():
    clean = ("A typical household will pay £1,849 a year from April 1, up from £1,738 now.\n\n"
             "The increase of 6.4%, or £111 a year, works out at about £9.25 a month.")
    assert "wrong-arithmetic" not in rules(clean, DAY)
    assert "wrong-arithmetic" in rules(clean.replace("6.4%", "7.4%"), DAY)


def test_a_percentage_change_in_a_new_paragraph_still_names_no_pair_unless_it_points_back():
    text = ("The line carried 1,849 passengers a day in April, up from 1,738.\n\n"
            "Season ticket journeys dropped 9.2% over the year.")
    assert "wrong-arithmetic" not in rules(text, DAY)


# -- counts of age groups are no restatements of the total ------------------------------------------

def test_counts_of_age_groups_are_not_the_total_restated():
    text = ("# Measles outbreak reaches 68 cases\n\n"
            "The outbreak has grown to 68 confirmed cases, officials said on Friday. Two new "
            "suspected cases are being investigated.\n\n"
            "Forty-nine of the confirmed cases are children aged 1 to 10, 15 are aged 11 to 18, "
            "one is aged 19 to 29 and three are aged 30 to 39.")
    cs = claims(text, DAY)
    assert find(cs, "15").role == "portion"
    assert find(cs, "Forty-nine").role == "portion"
    assert find(cs, "19 to 29").role != "portion", "an age itself counts nobody"
    assert not RESTATED & set(rules(text, DAY))


# -- a joint share adds up shares of one thing ------------------------------------------------------

def test_a_joint_share_of_the_vote_is_no_sum_of_a_share_of_the_seats():
    text = ("The Conservatives took 23.7% of the vote and 121 seats, 19% of the total. Together "
            "the two main parties won 57.4% of the vote, their lowest combined share since 1992.")
    assert "list-sum-mismatch" not in rules(text, DAY)


def test_a_counted_joint_share_of_the_vote_sums_shares_of_the_vote_only():
    text = ("Labour won 411 of the 650 seats, 63% of them, on 33.7% of the vote. The "
            "Conservatives took 23.7% of the vote and 121 seats. Together the two main parties "
            "won 57.4% of the vote.")
    assert "wrong-arithmetic" not in rules(text, DAY)
    assert "wrong-arithmetic" in rules(text.replace("57.4%", "52.4%"), DAY)


# -- a two-word name's initials in capitals are that name ---------------------------------------

def test_a_headline_naming_a_company_by_its_initials_restates_the_body():
    body = "British Airways reported a 27% rise in operating profit for the year to March 31."
    cs = claims("# BA profit jumps 27%\n\n" + body, DAY)
    assert find(cs, "27%").subject == "british airways"
    assert not RESTATED & set(rules("# BA profit jumps 27%\n\n" + body, DAY))
    assert "restated-change-mismatch" in rules("# BA profit jumps 37%\n\n" + body, DAY)


# -- a scope word written as a name is no scope ----------------------------------------------------

def test_a_lender_named_nationwide_is_no_national_scope():
    body = ("Annual house price growth in the UK slowed to 0.6% in December from 1.8% in November, "
            "Nationwide said on Friday.")
    cs = claims("# UK house price growth slows to 0.6%\n\n" + body, DAY)
    assert find(cs, "1.8%").subject != "national"
    assert "conflicting-figures" in rules("# UK house price growth slows to 0.8%\n\n" + body, DAY)
    assert "national" == find(claims("There are 314 cases nationwide.", DAY), "314").subject
