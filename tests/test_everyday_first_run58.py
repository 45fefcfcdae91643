"""Everyday copy, the e58 probe (issue 11): the total of two scopes in a sentence of its own
("That made $529m worldwide"), a scope the sentence opens with ("Abroad, ..., it opened with
$281m"), a total of both scopes that is no one of "the two films" after it, a list of countries'
figures after "829 of the posts", a count of the sentence before named again by "of the
<plural>", a place given after an apposition ("Heathrow, with 80.9 million, was seventh"), and a
name written out with one more word ("National Coalition" and "National Coalition Party"). Our own
sentences with the real figures; each mechanism on a clean text (no flag) and on the same text
with an error (flagged), and the cases each must leave alone."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_DEC15 = date(2015, 12, 21)
_SEP19 = date(2019, 9, 9)
_FEB20 = date(2020, 2, 19)
_APR20 = date(2020, 4, 15)
_APR11 = date(2011, 4, 18)
_NOV20 = date(2020, 11, 16)

_SUMS = {"list-sum-mismatch", "parts-exceed-total"}


# -- the total of two scopes in a sentence of its own; a scope the sentence opens with ---------

_FORCE = ("# Record start for Star Wars\n\nThe Force Awakens took $248m in North America over "
          "the weekend.\n\nAbroad, where it played in markets covering 68% of its footprint, it "
          "opened with $281m.\n\nThat made $529m worldwide, a record.\n")


def test_a_total_of_both_scopes_in_a_sentence_of_its_own():
    cs = claims(_FORCE, _DEC15)
    assert find(cs, "$529m").role == "total"
    assert {find(cs, "$248m").role, find(cs, "$281m").role} == {"item"}
    assert not _SUMS & set(rules(_FORCE, _DEC15))
    assert _SUMS & set(rules(_FORCE.replace("That made $529m", "That made $559m"), _DEC15))
    assert _SUMS & set(rules(_FORCE.replace("opened with $281m", "opened with $218m"), _DEC15))


def test_a_sentence_total_with_one_scope_only_is_left_alone():
    # (no figure of the other scope before it: nothing to add up)
    text = _FORCE.replace(" in North America", "")
    assert find(claims(text, _DEC15), "$529m").role is None


def test_for_a_total_worldwide_after_the_figure():
    text = ("# Suicide Squad passes $700m\n\nThe film has taken $308m in North America.\n\n"
            "Overseas it has made $394m, for $702m worldwide.\n")
    assert rules(text, _SEP19) == []
    assert _SUMS & set(rules(text.replace("for $702m", "for $722m"), _SEP19))


def test_a_list_of_the_two_scopes_before_a_total_in_its_sentence():
    # (the two figures were a list of their own with no total: its items become the total's)
    text = ("# Suicide Squad passes $700m\n\nThrough Monday it had taken $394 million outside "
            "North America and $308 million at home, for $702 million worldwide.\n")
    assert rules(text, _SEP19) == []
    assert _SUMS & set(rules(text.replace("for $702 million", "for $722 million"), _SEP19))


# -- a total of both scopes is no one of "the two films" --------------------------------------

_IT = ("# It Chapter Two opens to $323m\n\nIt Chapter Two took $153.8m at home over its opening "
       "weekend.\n\nOverseas it added $169.5m, for a global opening of $323.3m.\n\nTogether the "
       "two films have now made more than $1bn.\n")


def test_a_total_of_both_scopes_is_no_part_of_a_joint_figure_after_it():
    assert rules(_IT, _SEP19) == []
    assert _SUMS & set(rules(_IT.replace("$323.3m", "$353.3m"), _SEP19))


# -- "829 of the posts, Spain 630, ...": a list of names' figures; the count named again -------

_AIRBUS = ("# Airbus to cut 2,362 jobs\n\nAirbus Defence and Space will cut 2,362 jobs by the "
           "end of 2021.\n\nGermany will lose 829 of the posts, Spain 630, France 404 and the UK "
           "357, with the remaining 142 spread across other countries.\n")


def test_names_figures_after_a_first_item_of_the_noun_are_read():
    cs = claims(_AIRBUS, _FEB20)
    assert {"630", "404", "357"} <= {c.text for c in cs}


def test_a_count_named_again_by_of_the_plural_is_broken_down():
    cs = claims(_AIRBUS, _FEB20)
    whole = find(cs, "2,362")
    assert find(cs, "829").group == find(cs, "630").group
    assert rules(_AIRBUS, _FEB20) == []
    assert _SUMS & set(rules(_AIRBUS.replace("829 of", "1,829 of"), _FEB20))
    assert _SUMS & set(rules(_AIRBUS.replace("Spain 630", "Spain 730"), _FEB20))
    assert whole.role is None


def test_of_the_plural_with_a_qualifier_after_it_is_left_alone():
    # ("the structures lost since 2005" are another count than the sentence before's)
    text = ("# Fires\n\nThe worst year remains 2018, when 24,488 structures were lost "
            "nationally.\n\nCalifornia accounts for nearly 60,000 of the structures lost since "
            "2005.\n")
    assert find(claims(text, _NOV20), "nearly 60,000").group is None
    assert rules(text, _NOV20) == []


# -- a place given after an apposition --------------------------------------------------------

_AIRPORTS = ("# Atlanta stays busiest\n\nAtlanta remained the world's busiest airport in 2019, "
             "handling 110.5 million passengers.\n\nBeijing Capital came second with 100 "
             "million, and Los Angeles was third with 88.1 million. Heathrow, with 80.9 million, "
             "was seventh.\n")


def test_a_place_after_an_apposition_is_read():
    assert dict(find(claims(_AIRPORTS, _APR20), "80.9 million").extra).get("rank")
    assert rules(_AIRPORTS, _APR20) == []
    assert "wrong-rank" in rules(_AIRPORTS.replace("with 80.9 million", "with 89.0 million"),
                                 _APR20)


def test_an_apposition_then_a_place_word_of_no_ranking_is_left_alone():
    # ("was second-guessed": no place)
    text = _AIRPORTS.replace("Heathrow, with 80.9 million, was seventh.",
                             "Heathrow, with 80.9 million, was second-guessed.")
    assert not dict(find(claims(text, _APR20), "80.9 million").extra).get("rank")


# -- a name written out with one more word is no other spelling -------------------------------

def test_a_name_with_a_word_more_is_no_spelling_variant():
    text = ("# National Coalition wins Finnish election\n\nThe National Coalition Party won "
            "Finland's election with 20.3% of the vote.\n")
    assert "name-spelling-variants" not in rules(text, _APR11)
    text = ("# National Coalition wins Finnish election\n\nThe Nationl Coalition won "
            "Finland's election with 20.3% of the vote.\n")
    assert "name-spelling-variants" in rules(text, _APR11)


# -- "since" after a superlative with a possessive dates the record, not the count ------------

_GANSU = ("# China earthquake death toll rises to 131\n\nThe death toll from Monday night's "
          "earthquake in north-western China has risen to 131, local authorities said on "
          "Wednesday.\n\nThe 131 deaths make it the country's deadliest earthquake since 2014.\n")


def test_since_after_a_possessive_superlative_is_no_period_of_the_count():
    cs = claims(_GANSU, date(2023, 12, 20))
    later = [c for c in cs if c.text == "131"][-1]
    assert later.period is None or later.period.start.year == 2023
    assert rules(_GANSU, date(2023, 12, 20)) == []
    assert {"restated-figure-mismatch", "conflicting-figures"} & set(
        rules(_GANSU.replace("The 131 deaths", "The 141 deaths"), date(2023, 12, 20)))
