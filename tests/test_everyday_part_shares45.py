"""Everyday copy, everyday45 (issue 11): shares of parts and wholes the text names elsewhere
(normalize/part_shares.py). Each mechanism is checked on a clean text (no flag) and on the
same text with a planted error (flagged by wrong-arithmetic). Sentences in our own words with
the constructions of insolvency, marriage, mortality and labour market releases. Checks run
the shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date

import pytest

import everyday_support as support
from everyday_support import find

WRONG = "wrong-arithmetic"


def claims(text: str, day: date = date(2023, 5, 2)):
    return support.claims(text, day)


def rules(text: str, day: str = "2023-05-02") -> list[str]:
    return support.rules(text, date.fromisoformat(day))


def ratio(cs, words):
    return dict(find(cs, words).extra).get("ratio")


# a part named by its noun, its whole "the total" the list's total; a second share whose verb
# is elided after "and"
NAMED = ("# Insolvencies rise in March\n\n"
         "There were 2,457 company insolvencies in March, the agency said.\n\n"
         "They consisted of 2,013 creditors' voluntary liquidations, 318 compulsory "
         "liquidations and 126 administrations. Voluntary liquidations accounted for {a} of the "
         "total, and compulsory liquidations for {b}.")


def test_a_share_of_a_part_named_by_its_noun_is_that_count_out_of_the_total():
    cs = claims(NAMED.format(a="82%", b="13%"))
    assert ratio(cs, "82%") == {"of": find(cs, "2,013").id, "per": find(cs, "2,457").id}
    assert ratio(cs, "13%") == {"of": find(cs, "318").id, "per": find(cs, "2,457").id}
    assert WRONG not in rules(NAMED.format(a="82%", b="13%"))
    assert WRONG in rules(NAMED.format(a="72%", b="13%"))
    assert WRONG in rules(NAMED.format(a="82%", b="23%"))


# a whole named by a noun of an earlier count; two parts joined by "and", added up, each
# named before its count
NOUN_WHOLE = ("Some 31,204 personal insolvencies were registered in the quarter.\n\n"
              "Voluntary arrangements numbered 22,810, relief orders 6,512 and bankruptcies "
              "1,882. Relief orders and bankruptcies together made up {s} of the quarter's "
              "insolvencies.")


def test_a_share_of_two_named_parts_adds_them_up():
    cs = claims(NOUN_WHOLE.format(s="27%"))
    got = ratio(cs, "27%")
    assert got["per"] == find(cs, "Some 31,204").id
    assert set(got["of"]) == {find(cs, "6,512").id, find(cs, "1,882").id}
    assert WRONG not in rules(NOUN_WHOLE.format(s="27%"))
    assert WRONG in rules(NOUN_WHOLE.format(s="37%"))


# a whole named by a group's phrase: "everyone in work" is the count "in employment"
GROUP = ("Some 32.1 million people were in employment in the three months to June.\n\n"
         "The number of people working for themselves rose by 20,000 to 4.3 million, {s} of "
         "everyone in work.")


def test_a_share_of_a_group_named_by_a_phrase_is_out_of_that_groups_count():
    cs = claims(GROUP.format(s="13%"))
    assert ratio(cs, "13%") == {"of": find(cs, "4.3 million").id,
                                "per": find(cs, "Some 32.1 million").id}
    assert WRONG not in rules(GROUP.format(s="13%"))
    assert WRONG in rules(GROUP.format(s="23%"))


# a fraction whose part is a colon list after it, its whole an earlier count of its noun
LISTED = ("A total of 1,120 road deaths were recorded in the region last year.\n\n"
          "{f} of the deaths were in three counties: 402 in Northfield, 238 in Eastmere and "
          "200 in Westdale.")


def test_a_fraction_whose_part_is_a_list_is_the_lists_sum_out_of_the_whole():
    cs = claims(LISTED.format(f="Three-quarters"))
    got = ratio(cs, "Three-quarters")
    assert got["per"] == find(cs, "A total of 1,120").id and len(got["of"]) == 3
    assert WRONG not in rules(LISTED.format(f="Three-quarters"))
    assert WRONG in rules(LISTED.format(f="Two-thirds"))


# "of them" after a count of places before a colon list: the count numbers the items
PLACES = ("Some 58 hospitals in 11 regions missed the target.\n\n"
          "{s} of them were in four regions: 19 in the North, 12 in the East, 8 in the West "
          "and 6 in the South.")


def test_a_count_before_a_colon_list_numbers_its_items_and_is_no_total():
    cs = claims(PLACES.format(s="78%"))
    assert find(cs, "four").role in (None, "factor")
    assert ratio(cs, "78%")["per"] == find(cs, "Some 58").id
    assert not rules(PLACES.format(s="78%"))
    assert WRONG in rules(PLACES.format(s="88%"))


# a count and its share after ", or" that name no whole: out of the group before
GROUP_BEFORE = ("There were 4,215 marriages on the islands last year, the registrar said. "
                "Some 388 were same-sex marriages, or {s}.")
GROUP_BEFORE_DID = ("In the first year in which they could marry, 5,870 same-sex couples did "
                    "so. Only 41 same-sex weddings, or {s}, were religious ceremonies.")


@pytest.mark.parametrize("text,right,wrong", [(GROUP_BEFORE, "9.2%", "12.2%"),
                                              (GROUP_BEFORE_DID, "0.7%", "1.7%")])
def test_a_share_after_or_is_out_of_the_group_the_text_counted_before(text, right, wrong):
    cs = claims(text.format(s=right))
    assert ratio(cs, right) is not None
    assert WRONG not in rules(text.format(s=right))
    assert WRONG in rules(text.format(s=wrong))


def test_a_share_after_or_far_from_any_earlier_count_is_left_alone():
    # 41 is 0.5% of something the text never gives: no earlier count is a plausible whole
    text = ("The registrar counted 5,870 same-sex couples. Only 41 same-sex weddings, or 0.05%, "
            "were religious ceremonies.")
    assert ratio(claims(text), "0.05%") is None
    assert WRONG not in rules(text)


# a share of a whole's kind in a named place: the place's earlier figure is the part
PLACE = ("A total of 1,120 road deaths were recorded last year: 402 in Northfield, 238 in "
         "Eastmere and 480 elsewhere.\n\n{f} of the deaths were in Northfield alone.")


def test_a_share_of_the_deaths_in_a_named_place_is_that_places_count():
    cs = claims(PLACE.format(f="More than a third"))
    assert ratio(cs, "More than a third") is not None
    assert WRONG not in rules(PLACE.format(f="More than a third"))
    assert WRONG in rules(PLACE.format(f="A quarter"))


# a count with its share in brackets, no noun: out of the count the paragraph before gives
BRACKET = ("Health officials confirmed 212 measles cases in the first half of the year.\n\n"
           "Most were in the capital, with 140 ({s}), followed by the north with 31.")


def test_a_share_in_brackets_after_a_bare_count_is_out_of_the_count_before():
    cs = claims(BRACKET.format(s="66%"))
    assert ratio(cs, "66%") == {"of": find(cs, "140").id, "per": find(cs, "212").id}
    assert WRONG not in rules(BRACKET.format(s="66%"))
    assert WRONG in rules(BRACKET.format(s="56%"))


# "A further N, or X%" goes on with the breakdown of the sentence before: its whole
FURTHER = ("Some 2,410,550 people voted. Of those who voted, 2,201,004 chose Yes, or 91.31%, "
           "and 160,101 chose No, or 6.64%. A further 49,445 ballots, or {s}, were spoiled.")


def test_a_further_count_and_share_are_out_of_the_whole_of_the_shares_before():
    cs = claims(FURTHER.format(s="2.05%"))
    assert ratio(cs, "2.05%")["of"] == find(cs, "49,445").id
    assert WRONG not in rules(FURTHER.format(s="2.05%"))
    assert WRONG in rules(FURTHER.format(s="3.05%"))


def test_a_result_in_brackets_is_not_out_of_another_results_count():
    # each count carries its share of the votes cast, which the text never gives: 412 is no
    # whole of the 198 in the paragraph after
    text = ("The Liberal candidate won the ward with 412 votes (44.1%), ahead of Labour on 301 "
            "(32.2%).\n\nThe Greens came third with 198 votes (21.2%).")
    assert WRONG not in rules(text)
