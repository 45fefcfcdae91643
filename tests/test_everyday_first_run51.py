"""Everyday copy, the e51 probe (issue 11): a count and its share joined by a bare "or" ("24 of
the 128 or 19%", "Most of them, 85 or 66%"), a multiple verb with the stretch it took before its
values ("almost doubled in four years, from 378 to 748"), a change two earlier levels imply ("so
the forecast implies growth of about 2.9%"), a figure that adds up the ones before it ("38% and
9%, together 47%"; points), and a count alone in brackets after a name ("Brighton and Hove
(144)"). Our own sentences with the real figures; each mechanism on a clean text (no flag) and
on the same text with an error (flagged), and the cases each must leave alone."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

from factcheck.extract.numbers import find_quantities

_JUN12 = date(2012, 6, 20)
_JUL23 = date(2023, 7, 20)
_SEP16 = date(2016, 9, 15)
_NOV24 = date(2024, 11, 28)
_DEC18 = date(2018, 12, 10)
_JUN10 = date(2010, 6, 29)
_APR22 = date(2022, 4, 13)
_JAN17 = date(2017, 1, 25)


# -- a count and its share joined by a bare "or" -----------------------------------------------

_OFSTED = ("# Schools\n\nInspectors visited 1,964 schools in England between January and March, "
           "and more than four in ten were found to be not good enough.\n\nOf the schools "
           "inspected, 658 or 34% were judged only satisfactory. A further 183 of the 1,964 or "
           "9% were rated inadequate.\n")


def test_a_count_before_a_smaller_share_after_or_keeps_no_percent_sign():
    qs = find_quantities("Most of them, 85 or 66%, were reported in London.")
    assert [(q.text, q.unit) for q in qs][0] == ("85", "")
    # (alternatives rise: "5 or 6%" are two percentages)
    qs = find_quantities("Prices may rise by 5 or 6% next year.")
    assert qs[0].dim == "percent"


def test_a_share_after_a_bare_or_is_checked_against_its_count_and_whole():
    assert rules(_OFSTED, _JUN12) == []
    assert "wrong-arithmetic" in rules(_OFSTED.replace("658 or 34%", "658 or 44%"), _JUN12)
    assert "wrong-arithmetic" in rules(_OFSTED.replace("1,964 or 9%", "1,964 or 19%"), _JUN12)


_MEASLES = ("# Measles\n\nThere were 128 laboratory-confirmed measles cases in England between 1 "
            "January and 30 June. Most of them, 85 or 66%, were reported in London. Fewer than "
            "one in five, 24 of the 128 or 19%, were imported.\n")


def test_most_of_them_n_or_p_is_a_share_of_the_count_before():
    assert rules(_MEASLES, _JUL23) == []
    assert "wrong-arithmetic" in rules(_MEASLES.replace("85 or 66%", "85 or 76%"), _JUL23)
    assert "wrong-arithmetic" in rules(_MEASLES.replace("128 or 19%", "128 or 29%"), _JUL23)


def test_a_count_with_its_share_after_a_bare_or_restates_no_other_count():
    # (a part with its share is a portion: "497" is not the West Midlands' "462" again)
    text = ("# Measles\n\nThe West Midlands accounted for 59% of cases (462) and London for 19% "
            "(146).\n\nIn the four weeks since 19 February there were 158 cases. Most cases, 497 "
            "or 63%, were in children under 10.\n")
    assert rules(text, date(2024, 3, 21)) == []


# -- a multiple verb with the stretch it took before its values --------------------------------

_MERSEYSIDE = ("# Rapes\n\nThe number of rapes reported to Merseyside Police has almost doubled "
               "in four years, from 378 in 2012-13 to 748 in the year to March 2016.\n")


def test_a_multiple_verb_passes_over_the_stretch_it_took():
    assert rules(_MERSEYSIDE, _SEP16) == []
    assert "wrong-arithmetic" in rules(_MERSEYSIDE.replace("almost doubled", "almost tripled"),
                                       _SEP16)


# -- a change two earlier levels imply ---------------------------------------------------------

_HEATHROW = ("# Heathrow\n\nHeathrow expects 81.4 million passengers next year, which would beat "
             "its busiest year, 2019, when 80.9 million travelled.\n\nThe airport estimates that "
             "79.1 million will have used it this year, so the forecast implies growth of about "
             "2.9%.\n")


def test_an_implied_change_is_read_between_the_levels_it_fits():
    ch = dict(find(claims(_HEATHROW, _NOV24), "about 2.9%").extra).get("change") or {}
    assert ch.get("from") and ch.get("to") and ch.get("direction") == "up"
    assert rules(_HEATHROW, _NOV24) == []
    assert "wrong-arithmetic" in rules(_HEATHROW.replace("about 2.9%", "about 4.9%"), _NOV24)


_OXFORD = ("# Images\n\nPolice recorded 391 offences this year up to 31 October, more than double "
           "the 190 of last year.\n\nThere were 209 such offences in 2016 and 182 in 2015, so "
           "this year's figure implies a rise of about 87% on 2016.\n")


def test_an_implied_change_fits_any_pair_of_the_levels():
    # (the words do not say which two: 391 on 209 is the reading that fits)
    assert rules(_OXFORD, _DEC18) == []
    assert "wrong-arithmetic" in rules(_OXFORD.replace("about 87%", "about 67%"), _DEC18)


def test_an_implied_fall_is_read_between_a_pair_that_falls():
    text = _HEATHROW.replace("implies growth of", "implies a fall of")
    cs = claims(text, _NOV24)
    ch = dict(find(cs, "about 2.9%").extra)["change"]
    by_id = {c.id: c for c in cs}
    assert ch["direction"] == "down" and by_id[ch["from"]].value > by_id[ch["to"]].value
    # (and no pair further off than three times the change written is a reading of it)
    text = _HEATHROW.replace("growth of about 2.9%", "growth of about 40%")
    assert "change" not in dict(find(claims(text, _NOV24), "about 40%").extra)


# -- a figure that adds up the ones before it --------------------------------------------------

_OFSTED10 = ("# Schools\n\nInspectors rated 38% satisfactory and 9% inadequate, together 47% of "
             "the schools inspected.\n")


def test_together_after_shares_is_their_total():
    assert rules(_OFSTED10, _JUN10) == []
    assert "list-sum-mismatch" in rules(_OFSTED10.replace("together 47%", "together 57%"),
                                        _JUN10)


_CPIH = ("# Inflation\n\nHousing and household services added 1.49 percentage points to the "
         "annual CPIH rate and transport 1.47 points, together almost 3 points of the 6.2%.\n")


def test_together_after_points_adds_percentage_points():
    assert rules(_CPIH, _APR22) == []
    assert "list-sum-mismatch" in rules(_CPIH.replace("almost 3 points", "almost 4 points"),
                                        _APR22)


def test_together_sums_the_run_of_figures_nearest_it():
    # (an earlier share of the sentence is no part of the sum: the last two are)
    text = ("# Vote\n\nTurnout was 61%, and the two main parties won 38% and 9%, together 47% of "
            "the vote.\n")
    assert rules(text, _JUN10) == []


# -- a count alone in brackets after a name ----------------------------------------------------

def test_a_count_alone_in_brackets_after_a_name_is_a_figure():
    qs = find_quantities("Westminster recorded 260, followed by Brighton and Hove (144), "
                         "Cornwall (99) and Manchester (78).")
    assert [q.text for q in qs] == ["260", "144", "99", "78"]
    # (a name with its number is still a name: "Voyager 2")
    assert [q.text for q in find_quantities("The probe Voyager 2 left in 1977.")] == []


def test_a_bracketed_count_in_a_ranking_is_checked():
    text = ("# Rough sleeping\n\nWestminster recorded the most rough sleepers of any council, "
            "260, followed by Brighton and Hove (144), Cornwall (99) and Manchester (78).\n")
    assert rules(text, _JAN17) == []
    assert "wrong-rank" in rules(text.replace("(144)", "(344)"), _JAN17)


# -- a list a superlative ranks; a chain past the count's own whole and share ------------------

_FORCES = ("# Hate crimes\n\nThe forces with the most were the Metropolitan Police (17), Greater "
           "Manchester Police (9), Hertfordshire (8) and Merseyside (6).\n")


def test_a_list_after_the_most_were_is_ranked():
    assert rules(_FORCES, date(2017, 10, 9)) == []
    assert "wrong-rank" in rules(_FORCES.replace("(8)", "(18)"), date(2017, 10, 9))


def test_a_list_after_a_superlative_of_the_other_way_runs_up():
    text = _FORCES.replace("with the most", "with the fewest")
    assert "wrong-rank" in rules(text, date(2017, 10, 9))
    assert rules(text.replace("(17)", "(1)").replace("(9)", "(2)").replace("(8)", "(4)"),
                 date(2017, 10, 9)) == []


_REGIONS = ("# Measles\n\nThere have been 650 measles cases since October. Most were in the West "
            "Midlands, 340 of the 650 or 52%, followed by London (176).\n")


def test_a_chain_passes_over_the_counts_own_whole_and_share():
    assert rules(_REGIONS, date(2024, 4, 11)) == []
    assert "wrong-rank" in rules(_REGIONS.replace("(176)", "(376)"), date(2024, 4, 11))


# -- a multiple of a named limit in a rate's unit ----------------------------------------------

_MARYLEBONE = ("# Air\n\nNitrogen dioxide on Marylebone Road averaged 97 micrograms per cubic "
               "metre in 2011, more than twice the legal annual limit of 40 micrograms.\n")


def test_a_limit_a_multiple_is_of_takes_the_rates_unit():
    assert rules(_MARYLEBONE, date(2012, 2, 20)) == []
    assert "wrong-arithmetic" in rules(_MARYLEBONE.replace("more than twice", "more than three "
                                                           "times"), date(2012, 2, 20))


# -- multiple verbs in the present ------------------------------------------------------------

def test_a_present_multiple_verb_with_both_values_after_it_is_checked():
    day = date(2024, 1, 10)
    text = "# Fees\n\nFees will more than double, from 40 to 85, under the plan.\n"
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("to 85", "to 75"), day)
    text = "# Cases\n\nThe number of cases almost halves, from 400 to 210, in the forecast.\n"
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("to 210", "to 150"), day)


def test_double_as_an_adjective_is_no_verb():
    day = date(2024, 1, 10)
    text = "# Inflation\n\nInflation stayed in double digits, falling from 11.1% to 10.7%.\n"
    assert rules(text, day) == []
