"""Everyday copy (issue 11, everyday63): a headline's share in words ("A fifth of the vote")
compared with the body's percentage of the same measure; a share said after a portion and its
whole ("£7.7bn of their £12.6bn total with local suppliers, or 61%"); a change "on the year
before" never set against a value dated years earlier; a share whose whole is named before a
clause of another subject ("under a third of the vote as Conservatives take 365 seats").
Our own sentences with the constructions of election-night, energy-review and
council-spending copy; a clean and a wrong version of each."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, flags, rule_names

DAY = date(2024, 3, 1)


# --- a headline's share in words against the body's percentage --------------------------------

_VOTE = ("# Greens take {h} of the vote in Hamburg\n\n"
         "The Greens won {b}% of the vote in Hamburg on Sunday, up from 11% four years ago.")


def test_a_headline_fraction_is_compared_with_the_body_percentage():
    assert flags(_VOTE.format(h="a fifth", b="20.4"), DAY) == []
    got = flags(_VOTE.format(h="a fifth", b="27"), DAY)
    assert "conflicting-figures" in rule_names(got)
    assert any('"a fifth"' in f["message"] for f in got)


def test_a_fraction_in_words_reads_as_the_values_nearer_it_than_its_neighbours():
    c = find(claims(_VOTE.format(h="a fifth", b="20.4"), DAY), "a fifth")
    assert c.unit == "percent" and c.measure == "vote_share"
    # nearer a fifth than a quarter or a tenth: 15% up to 22.5%
    assert round(c.lower, 1) == 15.0 and round(c.upper, 1) == 22.5
    # "a quarter" for 24% is fair copy; for 32% it is no reading
    assert flags(_VOTE.format(h="a quarter", b="24"), DAY) == []
    assert "conflicting-figures" in rule_names(flags(_VOTE.format(h="a quarter", b="32"), DAY))


def test_a_qualified_fraction_keeps_its_qualifier():
    # "almost a third" is a little under a third: 31.9% fits, 35% does not
    assert flags(_VOTE.format(h="almost a third", b="31.9"), DAY) == []
    assert "conflicting-figures" in rule_names(flags(_VOTE.format(h="almost a third", b="35"), DAY))
    # "under a third" is anything below it
    assert flags(_VOTE.format(h="under a third", b="12.5"), DAY) == []


def test_a_fraction_of_a_count_stays_a_fraction():
    text = "A fifth of the 420 jobs will go, the company said on Monday."
    c = find(claims(text, DAY), "A fifth")
    assert c.unit == "" and c.value == 0.2


_SEATS = ("# Labour wins {h} of the vote as Conservatives take 365 seats\n\n"
          "The Conservatives won 365 of the 650 seats in Thursday's general election, with "
          "43.6% of the vote. Labour took 202 seats on 32.1% of the vote.")


def test_a_joint_share_adds_the_body_figures_not_the_headline_fraction():
    text = ("# Labour wins 411 seats on a third of the vote\n\n"
            "Labour won 411 of the 650 seats, on 33.7% of the vote. The Conservatives came "
            "second with 121 seats and 23.7% of the vote.\n\n"
            "Together Labour and the Conservatives took {p}% of the vote.")
    assert flags(text.format(p="57.4"), DAY) == []
    assert "wrong-arithmetic" in rule_names(flags(text.format(p="67.4"), DAY))


def test_a_share_of_the_vote_is_no_ratio_of_the_seats_in_its_next_clause():
    assert flags(_SEATS.format(h="under a third"), DAY) == []
    assert "conflicting-figures" in rule_names(flags(_SEATS.format(h="a quarter"), DAY))


# --- a share after a portion and its whole ----------------------------------------------------

_LONDON = ("Councils in the London region spent £7.7bn of their £12.6bn total with local "
           "suppliers, or {p}%.")


def test_a_share_after_the_whole_is_the_portion_out_of_it():
    # 7.7 / 12.6 = 61.1%
    assert flags(_LONDON.format(p="61"), DAY) == []
    assert "wrong-arithmetic" in rule_names(flags(_LONDON.format(p="71"), DAY))


# --- a change over one year against a value dated years before --------------------------------

_SPEND = ("Local authorities in England spent £61bn with suppliers in 2021/22, up {p}% on the "
          "year before, a report found. That compares with £48bn in 2017/18.")


def test_a_change_on_the_year_before_is_not_from_a_value_four_years_earlier():
    assert flags(_SPEND.format(p="3"), DAY) == []


def test_a_change_on_the_year_before_still_takes_the_year_before():
    text = ("Local authorities in England spent £61bn with suppliers in 2022, up {p}% on the "
            "year before. They had spent £59bn in 2021.")
    # 61 / 59 = +3.4%
    assert flags(text.format(p="3"), DAY) == []
    assert "wrong-arithmetic" in rule_names(flags(text.format(p="13"), DAY))


def test_a_fraction_of_a_unit_is_no_share():
    text = ("# Insured jobless rate falls a tenth of a point\n\n"
            "The insured unemployment rate was 3.5%, down from the prior week's 3.6%.")
    assert flags(text, DAY) == []
    c = find(claims(text, DAY), "a tenth")
    assert c.unit != "percent"


def test_a_fraction_in_the_body_keeps_the_figure_beside_it():
    # the body's "More than a third of the unemployed, 35.6%" is read with its percentage
    text = ("# US jobless rate reaches 10.2%\n\n"
            "The unemployment rate rose to 10.2% in October. More than a third of the "
            "unemployed, {p}%, had been out of work for at least six months.")
    assert flags(text.format(p="35.6"), DAY) == []
    assert flags(text.format(p="31.6"), DAY) != []
    c = find(claims(text.format(p="35.6"), DAY), "More than a third")
    assert c.unit == ""


# --- one name going ahead of another, with both figures ---------------------------------------

_PUSHING = ("China exported $1.2 trillion of goods in 2009, against {g} trillion for Germany, "
            "pushing Germany into second place.")
_OVERTOOK = ("China overtook Germany as the biggest exporter last year, selling $957 billion of "
             "goods in the first 10 months against Germany's {g} billion.")
_AHEAD = ("Heathrow stayed ahead of Paris Charles de Gaulle, handling 69.8 million passengers "
          "last year against {g} million at the French hub.")


def test_the_one_overtaken_is_placed_below_the_subject():
    for text, right, wrong in ((_PUSHING, "$1.17", "$1.27"), (_OVERTOOK, "$917", "$997"),
                               (_AHEAD, "65.9", "72.2")):
        assert flags(text.format(g=right), DAY) == [], text
        assert "wrong-rank" in rule_names(flags(text.format(g=wrong), DAY)), text


def test_a_relative_clause_or_a_passive_has_the_other_name_as_subject():
    # Germany, the subject, was overtaken: its larger figure is no error
    passive = ("Germany sold $1.12 trillion of goods in 2009, against $1.2 trillion for China, "
               "and was overtaken as the top exporter.")
    assert flags(passive, DAY) == []
    relative = ("Germany sold $1.12 trillion of goods in 2009, against $1.2 trillion for China, "
                "which overtook it as the top exporter.")
    assert flags(relative, DAY) == []


def test_an_earlier_value_is_no_one_passed():
    text = ("China overtook Germany as the biggest exporter, selling $1.2 trillion of goods in "
            "2009, against $1.43 trillion in 2008.")
    assert "wrong-rank" not in rule_names(flags(text, DAY))
