"""Everyday copy, the lead18 blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (Channel crossings, the prison
population, transfer spending, a referendum). Our own sentences with the real figures. Each fix
is checked on a clean text (no flag) and on the same construction with an error in it (still
flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_AUG31 = date(2024, 8, 31)


# -- a rate is no item of the counts beside it -------------------------------------------------

_PMS = ("During Rishi Sunak's time in Downing Street 50,645 people arrived, almost 82 a day on "
        "average, while the average under Liz Truss was 210 a day.\n\n"
        "Altogether 135,385 people have come across the Channel in small boats since the start "
        "of 2018.")


def test_a_count_and_its_daily_rate_are_no_list_of_a_later_total():
    cs = claims(_PMS, _AUG31)
    assert find(cs, "almost 82").role != "item"
    assert rules(_PMS, _AUG31) == []


def test_a_list_of_counts_under_its_total_is_still_summed():
    text = ("Of the 135,385 people who have crossed since 2018, 45,728 came in 2022 and 29,437 "
            "in 2023.")
    assert rules(text, _AUG31) == []
    assert rules(text.replace("45,728", "145,728"), _AUG31)


# -- an average over a count given before it, with a source after ------------------------------

_BOATS = ("Some 206 migrants reached the UK in three small boats on Monday, an average of almost "
          "69 people a boat, according to figures from the Home Office.\n\n"
          "That brings the provisional number of arrivals so far this year to 19,294.")


def test_an_average_a_boat_with_a_source_after_it_is_over_the_boats_counted_before():
    day = date(2024, 8, 20)
    assert rules(_BOATS, day) == []
    assert "wrong-arithmetic" in rules(_BOATS.replace("almost 69", "almost 96"), day)


# -- "Of the 119 prisons, 74 ..., and 9,242 more prisoners than ..." -------------------------

_PRISONS = ("Of the 119 prisons in use, 74 are overcrowded, and across the estate there are 9,242 "
            "more prisoners than the jails were built to hold. Forty public-sector prisons have "
            "been told to find room for 440 extra inmates by August.")


def test_an_amount_more_than_another_count_is_no_second_part_of_the_whole():
    day = date(2014, 7, 4)
    cs = claims(_PRISONS, day)
    assert find(cs, "74").role == "portion"
    assert find(cs, "9,242").role != "portion"
    assert rules(_PRISONS, day) == []
    assert "parts-exceed-total" in rules(_PRISONS.replace("74 are", "174 are"), day)


# -- "48% of all the money spent by clubs" is no share of "14 of the 20 clubs" ------------------

_SPEND = ("The top flight accounted for 48% of all the money spent by clubs in Europe's five "
          "biggest leagues, and 14 of the 20 clubs spent more than they had a year earlier.")


def test_a_participle_after_a_shares_noun_names_no_whole_of_a_later_count():
    day = date(2023, 9, 2)
    assert "ratio" not in dict(find(claims(_SPEND, day), "48%").extra)
    assert rules(_SPEND, day) == []


def test_a_share_of_the_count_it_names_is_still_worked_out():
    text = "Nearly three-quarters of the clubs, 14 of the 20, spent more than a year earlier."
    assert "wrong-arithmetic" in rules(text.replace("14 of the 20", "11 of the 20"),
                                       date(2023, 9, 2))


# -- a subject named beside another is not carried to a later paragraph -------------------------

_VOTE = ("The Yes side won 795,008 votes and the No side 425,047, a margin of almost 370,000.\n\n"
         "Turnout was low at 39.2%: 1,240,135 ballots were cast, of which 20,080 were spoilt.")


def test_a_later_paragraphs_total_takes_neither_side_named_before():
    day = date(2013, 10, 6)
    cs = claims(_VOTE, day)
    assert find(cs, "1,240,135").subject is None
    assert rules(_VOTE, day) == []


def test_one_side_named_alone_is_still_carried():
    text = ("The Yes side won 795,008 votes on Friday.\n\n"
            "Counting ended overnight with 759,008 votes.")
    cs = claims(text, date(2013, 10, 6))
    assert find(cs, "759,008").subject == find(cs, "795,008").subject
