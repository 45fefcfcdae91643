"""Everyday copy, the lead19 blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (sewage spills, Scottish drug
deaths, US measles, Heathrow and Gatwick, fire statistics). Our own sentences with the real
figures. Each fix is checked on a clean text (no flag) and on the same construction with an
error in it (still flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

from factcheck.normalize.figures import written_like

_MAR27 = date(2024, 3, 27)


# -- occurrences counted with "times" are a count, not a multiple -----------------------------

_SPILLS = ("Storm overflows in England released sewage 464,056 times last year, a rise of 54% on "
           "the 301,091 spills recorded in 2022.")


def test_a_count_of_times_to_a_clause_end_is_the_new_value_of_its_change():
    cs = claims(_SPILLS, _MAR27)
    assert find(cs, "464,056").role is None      # not a factor
    assert rules(_SPILLS, _MAR27) == []
    assert "wrong-arithmetic" in rules(_SPILLS.replace("54%", "45%"), _MAR27)


def test_times_before_a_comparison_stays_a_multiple():
    text = "Sales reached 3,000 cars, three times the 1,000 sold a year earlier."
    assert rules(text, _MAR27) == []
    assert "wrong-arithmetic" in rules(text.replace("1,000 sold", "1,500 sold"), _MAR27)


# -- a "when" clause of another clause is no earlier value of the change -----------------------

_JULY = ("Heathrow said 6.97 million people used the airport in July, 0.5% more than a year "
         "earlier, and its busiest day ever came on July 27, when 239,928 passengers went "
         "through.")


def test_a_when_clause_after_another_clause_is_not_the_changes_earlier_value():
    day = date(2014, 8, 12)
    assert rules(_JULY, day) == []
    ch = dict(find(claims(_JULY, day), "0.5%").extra).get("change") or {}
    assert ch.get("from") is None


def test_a_when_clause_right_after_the_change_still_gives_its_earlier_value():
    day = date(2014, 8, 12)
    good = ("Housing starts jumped to 872,000, 34.8% higher than a year earlier, when the rate "
            "was 647,000.")
    assert rules(good, day) == []
    assert "wrong-arithmetic" in rules(good.replace("34.8%", "24.8%"), day)


# -- "one runway to Heathrow's two": the count of the noun its pair named ----------------------

_AIRPORTS = ("Heathrow handled 73.4 million passengers in 2014, 1.4% more than in 2013.\n\n"
             "Gatwick, which has one runway to Heathrow's two, served more than 38 million "
             "passengers, a rise of 7.6%. Together the two airports handled more than 111 million "
             "people.")


def test_an_elided_count_is_no_part_and_the_joint_total_adds_the_named_airports():
    day = date(2015, 1, 12)
    cs = claims(_AIRPORTS, day)
    assert find(cs, "two").measure == "runway"
    assert rules(_AIRPORTS, day) == []
    assert set(rules(_AIRPORTS.replace("111 million", "121 million"), day)) & \
        {"list-sum-mismatch", "wrong-arithmetic"}


def test_a_joint_total_is_left_alone_when_a_line_before_holds_two_amounts():
    text = ("The largest fines of the past month were:\n"
            "- Swissport GB: £502,000, with £44,444 costs\n"
            "- Redrow Homes: £500,000, with £101,000 costs\n"
            "- WPI Civil Engineering: £300,000, with £17,000 costs\n\n"
            "Together the three fines come to £1.302 million.")
    assert rules(text, date(2018, 3, 7)) == []


# -- a percentage change of a count after "than last year's" -----------------------------------

_FIRES = "There were 129,541 fires, 26% fewer than last year's 174,024."


def test_a_bare_count_after_a_percentage_and_than_a_possessive_is_no_percentage():
    day = date(2024, 10, 24)
    assert find(claims(_FIRES, day), "174,024").unit != "percent"
    assert rules(_FIRES, day) == []
    assert "wrong-arithmetic" in rules(_FIRES.replace("26%", "36%"), day)


# -- a table of list lines closed by a total line -----------------------------------------------

_TABLE = ("Hours of spills by company last year, with 2022 in brackets:\n\n"
          "- Anglian Water: 273,163 hours (89,514)\n"
          "- Northumbrian Water: 280,029 hours (107,536)\n"
          "- Severn Trent Water: 440,446 hours (249,116)\n"
          "- Total: 993,637 hours (446,166)\n")


def test_a_table_adds_up_to_its_total_line_in_both_columns_allowing_each_lines_rounding():
    # (993,638 to the hour: a total one hour off is the lines' rounding, no error)
    assert rules(_TABLE, _MAR27) == []
    assert "parts-exceed-total" in rules(_TABLE.replace("280,029", "380,029"), _MAR27)
    assert set(rules(_TABLE.replace("(107,536)", "(97,536)"), _MAR27)) & {"list-sum-mismatch"}


def test_an_average_line_closes_no_table():
    text = ("Average duration of spills:\n\n"
            "- Anglian Water: 8.6 hours\n"
            "- Northumbrian Water: 6.0 hours\n"
            "- All companies: 7.8 hours\n")
    assert rules(text, _MAR27) == []


def test_a_sum_in_millions_is_shown_with_the_samples_unit():
    assert written_like(3606169, "hour", "3,606,170 hours") == "3.61 million hours"


# -- "The rise of 12%" of the sentence before's change -----------------------------------------

_DRUGS = ("A total of 1,172 people died from drug misuse in Scotland in 2023, figures from "
          "National Records of Scotland show, 121 more than the year before.\n\n"
          "The rise of 12% leaves Scotland with the highest drug death rate in Europe.")


def test_a_definite_rise_of_a_percentage_is_the_rate_of_the_change_before():
    day = date(2024, 8, 20)
    assert rules(_DRUGS, day) == []
    assert "wrong-arithmetic" in rules(_DRUGS.replace("121 more", "211 more"), day)


# -- "That is the most since 1994, and more than double the 372" -------------------------------

_MEASLES = ("From January 1 to May 3, 764 cases of measles were confirmed in 23 states, 60 more "
            "than a week earlier.\n\n"
            "That is the most cases reported in a year since 1994, and more than double the 372 "
            "cases recorded in the whole of 2018.")


def test_a_multiple_after_a_complement_speaks_of_the_level_before_not_its_change():
    day = date(2019, 5, 6)
    assert rules(_MEASLES, day) == []
    assert "wrong-arithmetic" in rules(_MEASLES.replace("more than double", "more than triple"),
                                       day)


# -- a conversion of a bound converts the bound as written --------------------------------------

def test_a_bounded_figure_in_two_units_converts_the_bound():
    day = date(2022, 11, 30)
    text = "Two became major hurricanes, with winds of at least 111 mph (179 km/h)."
    assert rules(text, day) == []
    assert "wrong-conversion" in rules(text.replace("179 km/h", "199 km/h"), day)
    hedged = "Gusts reached about 100 mph (165 km/h)."     # a hedge may convert the true value
    assert rules(hedged, day) == []


def test_species_is_its_own_singular():
    from factcheck.normalize.lexicon import _singular, counted_noun
    assert _singular("species") == "species"
    assert counted_noun("20 species were seen", 2) == "species"
    assert _singular("cities") == "city"


# -- a word share bounded by its qualifier, restated in brackets --------------------------------

def test_a_bracketed_percentage_must_keep_the_bound_of_its_word_share():
    day = date(2013, 12, 20)
    text = "More than one-third (34.9%) of American adults were obese in 2011-2012."
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("34.9%", "31.9%"), day)
    assert rules("Over a third (33%) of firms cut jobs.", day) == []    # 33% may be 33.4%


# -- "a (full) percentage point" is one point ---------------------------------------------------

_GALLUP = ("Some 27.1% of US adults were obese in 2013, nearly a full percentage point above "
           "the 26.2% of 2012.")


def test_a_percentage_point_said_with_an_article_is_one_point():
    day = date(2014, 2, 11)
    assert find(claims(_GALLUP, day), "nearly a full percentage point").value == 1.0
    assert rules(_GALLUP, day) == []
    assert "wrong-arithmetic" in rules(_GALLUP.replace("26.2%", "25.2%"), day)


# -- an average with its total and count after it -----------------------------------------------

_CROWDS = ("The Premier League drew an average attendance of 35,931 in 2012-13, with 13,653,908 "
           "people watching the 380 matches.")


def test_an_average_named_before_its_total_and_count_is_their_quotient():
    day = date(2013, 6, 10)
    assert rules(_CROWDS, day) == []
    assert "wrong-arithmetic" in rules(_CROWDS.replace("35,931", "36,931"), day)


def test_an_average_of_an_exact_total_allows_a_truncated_last_digit_only():
    day = date(2013, 6, 10)
    # 13,654,097 over 380 is 35,931.8: "35,931" cut short is no error, "35,921" is
    text = ("The Premier League drew an average attendance of 35,931 in 2012-13, with "
            "13,654,097 people watching the 380 matches.")
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("35,931", "35,921"), day)
    # a round total leaves the average loose; so do days counted from a period ("last year")
    assert rules("Sales reached 1.2 million over 30 days, an average of 41,000 a day.",
                 day) == []
    assert rules("A total of 301,091 spills were recorded last year, an average of 824 a day.",
                 date(2023, 1, 1)) == []


# -- the previous record is below a new record high, above a new record low ---------------------

def test_a_previous_record_is_placed_below_the_new_one():
    day = date(2023, 6, 7)
    text = ("Average attendance reached a record 40,267 in 2022-23. The previous record, 39,574, "
            "was set in 2021-22.")
    assert rules(text, day) == []
    assert "wrong-rank" in rules(text.replace("40,267", "39,267"), day)
    low = ("Inflation hit a record low of 1.2% in May. The previous record low, 1.4%, came in "
           "2015.")
    assert rules(low, day) == []
    assert "wrong-rank" in rules(low.replace("1.4%", "1.1%"), day)


# -- two groups' levels ordered by a comparative and "than" -------------------------------------

_GROUPS = ("Obesity was more common among middle-aged adults (39.5%) than among younger (30.3%) "
           "or older (35.4%) adults.")


def test_groups_set_against_each_other_by_a_comparative_keep_its_order():
    day = date(2013, 12, 20)
    assert rules(_GROUPS, day) == []
    assert "wrong-arithmetic" in rules(_GROUPS.replace("(30.3%)", "(41.3%)"), day)
    assert "wrong-arithmetic" in rules(_GROUPS.replace("(35.4%)", "(45.4%)"), day)
    # an amount of change right before "than" is no level of a group
    assert rules("Prices were 39.5% higher than in 2019.", day) == []


# -- list items each with its share in brackets; "They were made up of" ------------------------

_COUPLES = ("A total of 1,409 same-sex couples married in England and Wales between 29 March and "
            "30 June, the first provisional figures show: 796 female couples (56%) and 613 male "
            "couples (44%).")


def test_items_with_bracketed_shares_still_add_up_to_a_named_total():
    day = date(2014, 8, 12)
    assert rules(_COUPLES, day) == []
    assert "parts-exceed-total" in rules(_COUPLES.replace("613 male", "713 male"), day)


def test_a_name_holding_a_number_word_after_a_bracketed_share_is_no_item():
    text = ("Turnout was highest in Ward Two, where 930 residents, or 36.4%, cast ballots. Ward "
            "One had 963 voters (31.3%), Ward Four 394 (24.1%) and Ward Five 343 (25.5%).")
    assert rules(text, date(2021, 5, 12)) == []


_INSOLVENCIES = ("There were 1,973 registered company insolvencies in England and Wales in "
                 "September.\n\nThey were made up of 1,575 creditors' voluntary liquidations, 226 "
                 "compulsory liquidations, 155 administrations and 17 company voluntary "
                 "arrangements.")


def test_a_list_said_to_make_up_the_figure_before_is_its_parts():
    day = date(2024, 10, 15)
    assert rules(_INSOLVENCIES, day) == []
    assert "parts-exceed-total" in rules(_INSOLVENCIES.replace("1,575", "1,675"), day)
