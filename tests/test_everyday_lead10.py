"""Everyday copy, the lead's tenth round (issue 11): constructions met in a blind probe of seven
drafts from published copy (weekly jobless claims, hurricane loss estimates, port volumes, box
office weekends, hospital waiting lists). Our own sentences, real figures; each construction is
checked clean (no flag) and with a planted error (flagged by the rule named)."""

from __future__ import annotations

from datetime import date

from everyday_support import flags

DAY = date(2017, 8, 16)


def rules(text: str, day: date = DAY) -> list[str]:
    return [f["rule"] for f in flags(text, day)]


def test_a_target_set_against_a_change_is_no_earlier_value_of_it():
    # "fell from 77.5% to 74.8%, a drop of 2.7 points, against a target of 93%": the target is
    # not where the fall started
    text = ("The share seen within two weeks fell from 77.5% in July to 74.8% in August, a drop "
            "of {n} percentage points, against a target of 93%.")
    assert rules(text.format(n="2.7"), date(2023, 10, 12)) == []
    assert "wrong-arithmetic" in rules(text.format(n="3.7"), date(2023, 10, 12))


def test_an_amount_in_a_contrasted_clause_describes_its_own_subject():
    # "Florida had the largest rise, 2,755, while California had 10,754 fewer": fewer than
    # California's own week before, not than Florida's rise
    text = ("Almost 4.2 million people were drawing emergency benefits. Florida recorded the "
            "largest rise in new claims, 2,755, while California had 10,754 fewer.")
    assert rules(text, date(2010, 9, 16)) == []


PORTS = ("Shanghai, the busiest port, handled almost 19.6 million TEU, 10% more than a year "
         "earlier. Singapore was second with {second} million TEU, up 6.4%, and Shenzhen third "
         "with {third} million.")


def test_places_by_rank_words_hold_no_more_than_the_place_above():
    assert rules(PORTS.format(second="16.1", third="11.8")) == []
    assert rules(PORTS.format(second="16.1", third="17.8")) == ["wrong-rank"]
    # the first place given by a superlative alone
    assert rules(PORTS.format(second="21.1", third="11.8")) == ["wrong-rank"]


def test_a_chain_after_ahead_of_is_ranked_link_by_link():
    text = ("Puerto Rico had the highest rate, at 6.2%, ahead of New Jersey at 4.4%, Oregon at "
            "{oregon}% and Nevada at 4.2%.")
    assert rules(text.format(oregon="4.3")) == []
    got = flags(text.format(oregon="4.8"), DAY)
    assert [f["rule"] for f in got] == ["wrong-rank"]
    assert "4.8%" in got[0]["message"] and "4.4%" in got[0]["message"]
    assert got[0]["suggestion"] == "at most 4.4%"


def test_followed_by_skips_the_change_said_with_the_figure():
    text = ("France remained the most visited country with 86.9 million arrivals, up 5.1%, "
            "followed by Spain with {n} million.")
    assert rules(text.format(n="81.8")) == []
    assert rules(text.format(n="91.8")) == ["wrong-rank"]


def test_a_ranking_of_the_lowest_runs_the_other_way():
    text = "Sioux Falls had the lowest jobless rate, at {a}%, ahead of Bismarck at 2.1%."
    assert rules(text.format(a="1.9")) == []
    assert rules(text.format(a="2.9")) == ["wrong-rank"]


def test_two_rankings_in_a_paragraph_and_durations_are_left_unread():
    # two first places: which ranking the second place belongs to is not known
    assert rules("Labour came first with 34% in the north. In the south the Greens came "
                 "first with 31% and Labour second with 38%.") == []
    # a race time ranks lower-is-better: no direction is assumed for durations
    assert rules("Kipchoge won in 2 hours 1 minute. Kiplimo was second with 2 hours 3 "
                 "minutes.") == []


def test_ordinals_of_other_things_place_nothing():
    assert rules("It was the second film of the year past the mark, with $1.03 billion, after "
                 "The Super Mario Bros. Movie, which finished with $1.35 billion.") == []
    assert rules("In the second quarter, sales rose to $5.1 billion. In the third quarter "
                 "they were $6.2 billion.") == []


WAITS = ("An estimated 7.75 million people were waiting to start treatment at the end of August, "
         "up from 7.68 million in July.\n\nIn February 2020, before the pandemic, the list stood "
         "at 4.57 million; it has since grown by just over {n} million.")


def test_a_change_since_a_dated_level_runs_to_the_latest_level():
    assert rules(WAITS.format(n="three"), date(2023, 10, 12)) == []
    got = flags(WAITS.format(n="two"), date(2023, 10, 12))
    assert [f["rule"] for f in got] == ["wrong-arithmetic"]
    assert "3.18 million" in got[0]["message"]


def test_a_change_since_is_left_unread_when_the_latest_level_is_not_one_figure():
    # two figures of the latest period disagree (two readings): which one it runs to is unknown
    text = ("At the end of August 7.75 million people were waiting in England and 0.8 million "
            "were waiting in Wales at the end of August.\n\nIn February 2020 the list stood at "
            "4.57 million; it has since grown by just over two million.")
    assert "wrong-arithmetic" not in rules(text, date(2023, 10, 12))


POTTER = ("The film took $168.6 million in North America over its first three days, beating the "
          "$158.4 million of The Dark Knight.\n\nIt played in 4,375 cinemas. It opened to "
          "${abroad} million overseas, for a worldwide debut of $476 million.")


def test_a_total_of_two_scopes_adds_the_other_scope_of_an_earlier_paragraph():
    day = date(2011, 7, 18)
    assert rules(POTTER.format(abroad="307"), day) == []
    assert "list-sum-mismatch" in rules(POTTER.format(abroad="207"), day)
    assert "parts-exceed-total" in rules(POTTER.format(abroad="370"), day)


MEG = ("Meg 2 opened second with an estimated $30 million domestically, well below the $45 "
       "million start of the first film. Overseas it made $112 million, including $26 million "
       "in China, for a global opening of ${total} million.")


def test_a_figure_of_no_scope_after_a_scoped_one_is_no_part():
    # the $45 million of the first film is compared with, not the domestic part
    day = date(2023, 8, 7)
    assert rules(MEG.format(total="142"), day) == []
    assert "parts-exceed-total" in rules(MEG.format(total="132"), day)


def test_a_total_with_one_scope_only_adds_nothing():
    assert rules("Exports rose to $30 million. Overseas sales reached $112 million, for a "
                 "combined total of $300 million.") == []


def test_words_after_than_end_at_a_new_clause():
    # "10.8% more than a year earlier, and shipped 305,000 TEU": the unit after the clause
    # break names no earlier figure to set the 10.8% against
    text = ("Container traffic rose 11.9% to about 585,000 TEU in the first half of 2021. Ports "
            "received 280,100 TEU, 10.8% more than a year earlier, and shipped 305,000 TEU, an "
            "increase of 12.9%.")
    assert rules(text, date(2021, 9, 14)) == []


ELECTION = ("The Conservatives came second with 121 seats and 23.7% of the vote. Labour won "
            "33.7%.\n\nTogether Labour and the Conservatives took {n}% of the vote.")


def test_a_figure_of_several_together_is_no_one_subjects():
    # the joint share is neither party's: it restates neither party's share
    assert rules(ELECTION.format(n="57.4"), date(2024, 7, 6)) == []


def test_a_small_number_in_words_with_no_noun_restates_only_its_own_value():
    # "Of the three," counts the airlines just named, not the "2.2 points" before
    text = ("WestJet's load factor dropped 2.2 points to 75.5%. Porter filled 55.8% of its "
            "seats.\n\nOf the three, Air Canada had the highest load factor, 82.2%.")
    assert rules(text, date(2010, 10, 6)) == []


def test_a_figure_of_two_named_subjects_together_is_their_sum():
    assert rules(ELECTION.format(n="57.4"), date(2024, 7, 6)) == []
    got = flags(ELECTION.format(n="67.4"), date(2024, 7, 6))
    assert [f["rule"] for f in got] == ["wrong-arithmetic"]
    assert "57.4%" in got[0]["message"] and got[0]["suggestion"] == "57.4%"


def test_the_verb_before_a_new_value_gives_the_direction_of_a_change_from_an_earlier_one():
    text = ("The number of people still receiving benefits slipped to {n} million in the week "
            "ended May 28 from 3.75 million.")
    assert rules(text.format(n="3.68"), date(2011, 6, 9)) == []
    assert rules(text.format(n="3.78"), date(2011, 6, 9)) == ["wrong-arithmetic"]


def test_a_chain_link_may_carry_an_aside_with_a_figure_of_another_unit():
    text = ("Fast Five led the box office with $86.6 million from 58 territories, followed by "
            "Thor with $46 million from 60 markets and Rio with ${rio} million.")
    assert rules(text.format(rio="16.2"), date(2011, 5, 9)) == []
    assert rules(text.format(rio="56.2"), date(2011, 5, 9)) == ["wrong-rank"]


def test_a_worldwide_total_said_with_its_two_scopes_in_one_sentence():
    text = ("Fast Five has taken $184.8 million outside North America; with $139.9 million at "
            "home, its worldwide total stands at ${n} million.")
    assert rules(text.format(n="324.7"), date(2011, 5, 9)) == []
    assert "list-sum-mismatch" in rules(text.format(n="344.7"), date(2011, 5, 9))


def test_a_war_headline_total_keeps_the_war_desk_reading_not_an_everyday_restatement():
    # everyday headline amounts restate the nearest body figure; a war report's headline total
    # is the running total its own conventions read (not the day the headline's "in a day" names)
    from factcheck.model import Document
    from factcheck.normalize import claims_for
    text = ("# Russia loses more than 1,300 troops in a day as toll nears 663,000\n\nRussia lost "
            "1,340 troops over the past day, bringing its losses since February 2022 to 662,970, "
            "Ukraine's General Staff said.")
    cs = claims_for(Document(id="t", text=text, date=date(2024, 10, 8), title="t"))
    head = next(c for c in cs if c.text == "663,000")
    # (never a day's personnel losses: 663,000 is no day's figure)
    assert not (head.measure == "personnel_losses" and head.period is not None and
                head.period.start == head.period.end)


def test_a_gap_after_a_pair_set_against_each_other_with_a_comma():
    # "at 86.1%, against 77.6% on international routes, a gap of 8.5 points"
    text = ("The average load factor slipped 0.3 points to 83.4%. Domestic flights were fuller, "
            "at 86.1%, against 77.6% on international routes, a gap of {n} points.")
    assert rules(text.format(n="8.5"), date(2016, 7, 12)) == []
    assert rules(text.format(n="9.5"), date(2016, 7, 12)) == ["wrong-arithmetic"]


def test_the_direction_of_an_amount_is_read_within_its_sentence():
    # "... by 6.7 inches. | Most of the rain fell ...": the next paragraph's "fell" makes the
    # record's margin no fall
    text = ("A gauge recorded 49.7 inches in the 24 hours to April 15. That beat the previous "
            "record of 43 inches, set in July 1979, by {n} inches.\n\nMost of the rain fell in "
            "three bursts.")
    assert rules(text.format(n="6.7"), date(2019, 1, 31)) == []
    assert rules(text.format(n="7.6"), date(2019, 1, 31)) == ["wrong-arithmetic"]


def test_points_after_a_change_verb_are_an_amount_of_change_not_a_level():
    # two parties' vote-share swings are no one figure restated ("rose 3.7 points" and
    # "fell 6.2 points" are changes, not levels of "points")
    text = ("The Conservatives are now the biggest party, with 306 seats, after their share of "
            "the vote rose 3.7 points.\n\nLabour's share fell 6.2 points and it now has 258 "
            "seats.")
    assert rules(text, date(2010, 5, 9)) == []
