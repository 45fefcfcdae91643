"""Everyday copy, the e53 drafts (issue 11): the first run on copy of thin domains (prisons,
courts, Channel crossings, public finances, airports, polls, tourism, shop prices, a retailer's
half year) gave false flags whose causes are general: a count waiting "more than two years" read
as a gap, a bare "141 fewer" set against a figure of the next paragraph, a share "of the 2019
level" worked out from another thing's 2019 figure, a poll's margin of error read as the gap
between its figures, ratios to GDP read as shares of one whole, a rate of change taken as the
total of the rates after it, "Together the four" restating the story's whole, "non-food
inflation" read as food inflation, and the earlier rate a change slowed from read as a change of
this period. Our own sentences with the real figures; each mechanism on a clean text (no flag)
and, where it reads a relation, on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

from factcheck.normalize.phrases import PhraseTable, WordIndex

_MAR21 = date(2021, 3, 25)
_OCT24 = date(2024, 10, 26)
_APR23 = date(2023, 4, 9)
_OCT08 = date(2008, 10, 21)
_APR25 = date(2025, 4, 22)
_JAN16 = date(2016, 1, 26)
_JAN23 = date(2023, 1, 3)
_SEP24 = date(2024, 9, 11)


# -- a count waiting "more than two years" ---------------------------------------------------

_WAITS = ("# Courts\n\nOf the 55,725 cases outstanding in crown courts in England and Wales at "
          "the end of 2020, 9,421 had been waiting between one and two years and 866 more than "
          "two years, Ministry of Justice figures show.\n")


def test_a_count_more_than_a_duration_is_no_gap_to_another_figure():
    assert rules(_WAITS, _MAR21) == []
    c = find(claims(_WAITS, _MAR21), "866")
    assert c.role != "change" and "change" not in c.extra_dict()


# -- a bare comparative with no "than" -------------------------------------------------------

_CROSSINGS = ("# Crossings\n\nA further 424 people arrived on Friday in seven boats, taking the "
              "total since January to 29,578. Last year's total was 29,437, 141 fewer, and the "
              "record, in 2022, was 45,728.\n\nThis year's figure is 12% higher than the 26,501 "
              "who had crossed by the same point of 2023, but 22% below the 38,129 of the same "
              "stage in 2022.\n")


def test_a_bare_fewer_sets_its_figure_against_the_newer_one_before():
    assert rules(_CROSSINGS, _OCT24) == []
    assert "wrong-arithmetic" in rules(_CROSSINGS.replace("141 fewer", "241 fewer"), _OCT24)


def test_the_figure_a_bare_fewer_is_set_against_stays_a_level_of_later_changes():
    assert "wrong-arithmetic" in rules(
        _CROSSINGS.replace("12% higher than the 26,501", "21% higher than the 26,501"), _OCT24)


# -- a share of a year's level ---------------------------------------------------------------

_CHANGI = ("# Airports\n\nSingapore's Changi Airport handled 31.9 million international "
           "passengers in 2022, less than half of the record 68.3 million it handled in 2019."
           "\n\nGlobal passenger traffic reached close to seven billion, up 53.5% on 2021 and "
           "73.8% of the 2019 level.\n")


def test_a_share_of_the_years_level_is_not_worked_from_another_things_figure():
    assert rules(_CHANGI, _APR23) == []
    c = find(claims(_CHANGI, _APR23), "73.8%")
    assert "ratio" not in c.extra_dict()


_RIDERS = ("# Subway\n\nThe subway carried 600,000 riders a day in 2019. Ridership rose to "
           "420,000 riders a day in 2023, 70% of the 2019 level.\n")


def test_a_share_of_the_same_things_years_level_is_still_checked():
    d = date(2024, 1, 10)
    assert rules(_RIDERS, d) == []
    assert "wrong-arithmetic" in rules(_RIDERS.replace("70% of", "80% of"), d)


# -- a poll's margin of error ----------------------------------------------------------------

_ZOGBY = ("# Polls\n\nZogby has a 10-point lead, 51% to 41%, down from 12, with a margin of "
          "error of 2.9 points. Averaged, the six polls give Obama 51.6% and McCain 43.1%, a "
          "lead of 8.5 points.\n")


def test_a_margin_of_error_is_no_gap_between_the_polls_figures():
    assert rules(_ZOGBY, _OCT08) == []
    c = find(claims(_ZOGBY, _OCT08), "2.9")
    assert "difference" not in c.extra_dict()
    assert "wrong-arithmetic" in rules(_ZOGBY.replace("lead of 8.5", "lead of 9.5"), _OCT08)


# -- ratios to GDP ---------------------------------------------------------------------------

_DEBT = ("# Debt\n\nGreece remained the most indebted member, at 153.6% of GDP, followed by "
         "Italy (135.3%) and France (113.0%).\n\nRomania ran the largest deficit, 9.3% of GDP, "
         "with Poland at 6.6% and France at 5.8%.\n")


def test_ratios_to_gdp_of_several_countries_are_no_shares_of_one_whole():
    assert rules(_DEBT, _APR25) == []
    assert "wrong-rank" in rules(_DEBT.replace("at 153.6%", "at 103.6%"), _APR25)


def test_shares_of_one_vote_still_may_not_pass_100():
    text = ("# Poll\n\nLabour is on 44% of the vote, the Conservatives on 38% and the Liberal "
            "Democrats on 28%, according to the poll.\n")
    assert "shares-over-100" in rules(text, _APR25)


# -- a rate of change before bracketed rates -------------------------------------------------

_NIGHTS = ("# Tourism\n\nTourists spent a record 2.8 billion nights in the European Union in "
           "2015, 3.2% more than in 2014, Eurostat said on Tuesday.\n\nSpain recorded the most, "
           "421 million, followed by France with 413 million, Italy with 385 million and "
           "Germany with 379 million. Together the four accounted for nearly 1.6 billion "
           "nights, more than half of the EU total.\n\nThe fastest growth was in Romania, up "
           "15.9%, Slovakia (11.5%) and the Czech Republic (10.3%).\n")


def test_a_rate_of_change_is_no_total_of_the_bracketed_rates_after_it():
    assert rules(_NIGHTS, _JAN16) == []
    c = find(claims(_NIGHTS, _JAN16), "11.5%")
    assert c.role not in ("part", "portion")


def test_a_joint_total_restates_no_figure_of_the_whole_but_still_adds_up():
    cs = claims(_NIGHTS, _JAN16)
    assert find(cs, "nearly 1.6 billion").extra_dict().get("joint")
    assert "list-sum-mismatch" in rules(_NIGHTS.replace("nearly 1.6 billion",
                                                        "nearly 1.8 billion"), _JAN16)


# -- "non-" before a phrase ------------------------------------------------------------------

def test_no_phrase_starts_at_a_word_glued_to_non():
    table = PhraseTable([("food inflation", "food"), ("eu", "eu"), ("inflation", "all")])
    ix = WordIndex("non-food inflation eased; non-eu arrivals; food inflation rose",
                   {"m": table})
    assert ix.matches["m"].payloads == ["all", "food"]


_SHOP = ("# Shop prices\n\nShop price inflation slowed slightly to 7.3% in December from 7.4% "
         "in November, the British Retail Consortium said, as non-food inflation eased to 4.4% "
         "from 4.8%.\n\nFood was the exception. Food prices were 13.3% higher than a year "
         "earlier, up from 12.4% the month before.\n")


def test_non_food_inflation_is_a_measure_of_its_own():
    assert rules(_SHOP, _JAN23) == []
    assert find(claims(_SHOP, _JAN23), "4.4%").measure == "non_food_inflation"


# -- the rate a change slowed from -----------------------------------------------------------

_INDITEX = ("# Inditex\n\nInditex made a net profit of €2.8 billion in the first half of its "
            "financial year, 10.1% more than a year earlier, the company said on Wednesday.\n\n"
            "Sales rose 7.2% to €18.06 billion from €16.85 billion, a slowdown from the 13.5% "
            "growth of the same period of 2023.\n")


def test_the_rate_a_change_slowed_from_is_no_change_of_this_period():
    assert rules(_INDITEX, _SEP24) == []
    c = find(claims(_INDITEX, _SEP24), "13.5%")
    assert c.role == "compared" and "change" not in c.extra_dict()
    assert "wrong-arithmetic" in rules(_INDITEX.replace("rose 7.2%", "rose 9.2%"), _SEP24)


# -- a rate's own verbs ----------------------------------------------------------------------

def test_a_rate_that_slowed_to_a_higher_figure_is_flagged():
    text = ("# Shop prices\n\nShop price inflation slowed slightly to 7.3% in December from "
            "7.4% in November, the British Retail Consortium said.\n")
    assert rules(text, _JAN23) == []
    assert "wrong-arithmetic" in rules(text.replace("to 7.3%", "to 7.6%"), _JAN23)
    text = "# Prices\n\nInflation accelerated to 3.1% in March from 2.9% in February.\n"
    assert rules(text, _JAN23) == []
    assert "wrong-arithmetic" in rules(text.replace("to 3.1%", "to 2.1%"), _JAN23)


# -- a sum after a colon ---------------------------------------------------------------------

def test_together_after_a_colon_adds_up_the_shares_before():
    text = ("# Courts\n\nViolence against the person accounted for 31% of the backlog, sexual "
            "offences for 17% and drug offences for 14%: together, 62% of all open cases.\n")
    d = date(2025, 9, 25)
    assert rules(text, d) == []
    assert "list-sum-mismatch" in rules(text.replace("together, 62%", "together, 68%"), d)


# -- a proportion after a count of the whole's ("of whom", "of them") -----------------------

_RAI = ("# Typhoon\n\nAbout 4.5 million people were affected, some 500,000 of whom were "
        "sheltering in evacuation centres, roughly one in nine.\n")
_ARRESTS = ("# Drug arrests\n\nPolice made 11,302,102 arrests in 2013. Drug offences "
            "accounted for 1,501,043 of them, more than one in eight and the largest single "
            "category.\n")


def test_a_proportion_after_a_count_of_whom_is_that_counts_share_of_the_whole():
    d = date(2021, 12, 31)
    assert rules(_RAI, d) == []
    assert "wrong-arithmetic" in rules(_RAI.replace("one in nine", "one in four"), d)
    assert rules(_ARRESTS, d) == []
    assert "wrong-arithmetic" in rules(_ARRESTS.replace("one in eight", "one in five"), d)


def test_a_proportion_that_names_its_own_whole_is_left_to_its_words():
    text = ("# Typhoon\n\nAbout 4.5 million people were affected, some 500,000 of whom were "
            "sheltering in evacuation centres, about a quarter of the island's population.\n")
    c = find(claims(text, date(2021, 12, 31)), "about a quarter")
    assert "ratio" not in c.extra_dict()


# -- "That is less than half of ..." ---------------------------------------------------------

_THAT_IS = ("# Airports\n\nSingapore's Changi Airport handled 31.9 million international "
            "passengers in 2022, ninth in the world. That is less than half of the record 68.3 "
            "million it handled in 2019, when it ranked seventh.\n")


def test_a_share_after_that_is_is_of_the_count_the_sentence_before_leads_with():
    assert rules(_THAT_IS, _APR23) == []
    assert "wrong-arithmetic" in rules(_THAT_IS.replace("less than half", "less than a third"),
                                       _APR23)
    # (not across a paragraph)
    apart = _THAT_IS.replace("world. That", "world.\n\nThat")
    assert not any("ratio" in c.extra_dict() for c in claims(apart, _APR23))
