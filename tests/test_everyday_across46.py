"""Everyday copy, everyday46 (issue 11, recall): totals and parts across sentences, margins
across clauses, a level that moved against the earlier one a paragraph before. One mechanism
each, clean and with the wrong figure, in our own sentences with real figures (Gatwick's and
Stansted's 2017 traffic, Sheffield's 2021 council election, the 2016 Vienna presidential run-off
first round, Germany's GDP growth in 2017 and 2018). Checks run the shipped consistency rules
without a store."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, find
from everyday_support import claims as _claims
from everyday_support import rules as _rules


def claims(text: str, day: date):
    return _claims(text, day)


def rules(text: str, day: date) -> list[str]:
    return _rules(text, day)


SUMS = {"list-sum-mismatch", "parts-exceed-total"}

# -- a total of members named together, their levels in the sentences after (members.py) ------

AIRPORTS = ("# Two airports pass 70 million passengers\n\n"
            "About 71.6 million passengers used Gatwick and Stansted last year.\n\n"
            "Gatwick handled {gatwick} million, a record for the airport.\n\n"
            "Stansted had {stansted} million, up 7.8%.")
Y2018 = date(2018, 1, 15)


def test_members_named_together_are_the_total_items():
    cs = claims(AIRPORTS.format(gatwick="45.6", stansted="25.9"), Y2018)
    total = find(cs, "About 71.6 million")
    assert total.role == "total" and total.subject == "gatwick and stansted"
    assert {c.role for c in cs if c.text in ("45.6 million", "25.9 million")} == {"item"}
    assert not set(rules(AIRPORTS.format(gatwick="45.6", stansted="25.9"), Y2018)) & (SUMS | RESTATED)


def test_members_short_of_their_total_are_flagged():
    assert "list-sum-mismatch" in rules(AIRPORTS.format(gatwick="40.6", stansted="25.9"), Y2018)


def test_members_over_their_total_are_flagged():
    assert "parts-exceed-total" in rules(AIRPORTS.format(gatwick="49.6", stansted="25.9"), Y2018)


def test_a_third_member_left_unnamed_is_no_complete_list():
    text = ("About 71.6 million passengers used Gatwick, Stansted and Luton last year. "
            "Gatwick handled 40.6 million. Stansted had 25.9 million.")
    assert "list-sum-mismatch" not in rules(text, Y2018)


def test_levels_of_another_scale_are_no_members():
    text = ("Savers in Kent and Essex won the two £1 million prizes this month. The Kent winner "
            "holds £30,000 in bonds and the Essex winner £12,500.")
    assert not set(rules(text, date(2022, 9, 1))) & SUMS


# -- a list after the count of its members and its total (members.py) -------------------------

SHEFFIELD = ("# Labour loses ground in Sheffield\n\n"
             "Twenty-eight seats were contested on Sheffield City Council.\n\n"
             "Three parties won seats. Labour took {lab}, the Liberal Democrats 9 and the "
             "Greens 8.")
Y2021 = date(2021, 5, 8)


def test_a_list_after_the_count_of_its_members_is_its_total_breakdown():
    cs = claims(SHEFFIELD.format(lab=11), Y2021)
    assert find(cs, "Twenty-eight").role == "total"
    assert not set(rules(SHEFFIELD.format(lab=11), Y2021)) & SUMS


def test_a_list_short_of_the_total_before_it_is_flagged():
    assert "list-sum-mismatch" in rules(SHEFFIELD.format(lab=9), Y2021)


def test_a_list_over_the_total_before_it_is_flagged():
    assert "parts-exceed-total" in rules(SHEFFIELD.format(lab=14), Y2021)


def test_without_a_count_of_members_the_list_may_be_partial():
    text = ("Twenty-eight seats were contested on Sheffield City Council. "
            "Labour took 9 and the Liberal Democrats 9.")
    assert not set(rules(text, Y2021)) & SUMS


# -- margins whose shares stand in other clauses and sentences (margins.py) -------------------

VIENNA = ("Alexander Van der Bellen, who won {vdb}% of the vote, finished {gap} points behind "
          "Norbert Hofer in the first round on Sunday.\n\nHofer took 35.1%.")
Y2016 = date(2016, 4, 25)


def test_a_margin_to_a_rival_named_with_its_share_a_sentence_later():
    cs = claims(VIENNA.format(vdb="21.3", gap="13.8"), Y2016)
    gap = find(cs, "13.8")
    assert gap.role == "difference"
    assert "wrong-arithmetic" not in rules(VIENNA.format(vdb="21.3", gap="13.8"), Y2016)


def test_a_wrong_margin_to_a_rival_named_later_is_flagged():
    assert "wrong-arithmetic" in rules(VIENNA.format(vdb="21.3", gap="10.8"), Y2016)


BEHIND = ("Norbert Hofer won the first round with 35.1% of the vote.\n\n"
          "Alexander Van der Bellen took 21.3%, {gap} points behind, and goes into the run-off.")


def test_a_bare_behind_is_the_gap_to_the_one_leader_before():
    assert "wrong-arithmetic" not in rules(BEHIND.format(gap="13.8"), Y2016)
    assert "wrong-arithmetic" in rules(BEHIND.format(gap="9.8"), Y2016)


def test_a_bare_behind_with_two_leaders_before_is_left_alone():
    text = ("Norbert Hofer won 35.1% and Irmgard Griss 18.9%.\n\n"
            "Rudolf Hundstorfer took 11.3%, 2.1 points behind.")
    cs = claims(text, Y2016)
    assert find(cs, "2.1").role != "difference"


def test_a_relative_clause_figure_takes_its_main_clause_day():
    cs = claims(VIENNA.format(vdb="21.3", gap="13.8"), Y2016)
    assert find(cs, "21.3%").period is not None


# -- a level that moved, against the earlier level paragraphs before (moves.py) ---------------

GERMANY = ("# German growth slows\n\n"
           "Germany's economy grew 2.2% in 2017, the fastest pace in six years.\n\n"
           "Exports weakened through the year and car makers struggled with new emissions "
           "tests.\n\n"
           "In 2018, growth slowed to {now}%, the statistics office said.")
Y2019 = date(2019, 1, 15)


def test_a_level_that_slowed_below_the_year_before_passes():
    assert "wrong-arithmetic" not in rules(GERMANY.format(now="1.5"), Y2019)


def test_a_level_that_slowed_to_above_the_year_before_is_flagged():
    assert "wrong-arithmetic" in rules(GERMANY.format(now="2.5"), Y2019)


def test_a_level_that_slowed_with_readings_that_disagree_is_left_alone():
    text = ("Germany's economy grew 2.2% in 2017 and 1.4% in the fourth quarter of 2017.\n\n"
            "In 2018, growth slowed to 1.5%, the statistics office said.")
    assert "wrong-arithmetic" not in rules(text, Y2019)


def test_slowed_to_from_in_one_sentence_reads_the_direction():
    text = "Germany's growth slowed to 2.5% in 2018 from 2.2% in 2017."
    assert "wrong-arithmetic" in rules(text, Y2019)


# -- the time after "up 4.2% on" is the change's, not the level's (context.py) ---------------

def test_the_time_after_up_on_is_the_compared_time():
    cs = claims("Heathrow's figure was 5.74 million, up 4.2% on January last year.",
                date(2017, 2, 10))
    assert find(cs, "5.74 million").period is None


# -- a span of months is no name; a name's rest named alone makes it a pair (entities.py) ----

def test_a_span_of_months_is_no_subject():
    cs = claims("India's economy grew 7% in the October-December quarter. In the "
                "January-March quarter, India's growth slowed to 6.1%.", date(2017, 5, 31))
    assert find(cs, "6.1%").subject == "india"


def test_a_brand_whose_group_name_opens_with_it_is_its_own_subject():
    cs = claims("Jaguar Land Rover sold 557,706 vehicles in 2019. Land Rover accounted for "
                "396,105 of them. Jaguar sold 161,601.", date(2020, 1, 10))
    assert find(cs, "161,601").subject == "jaguar"
