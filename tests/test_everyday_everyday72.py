"""Everyday copy, the e72 round (issue 11): parts and totals across sentences and paragraphs.
A count of the listed items before a colon ("spread across four subdivisions: 12 in ...") is
no sum of them; a breakdown a paragraph after its whole ("By region, ..."); the rest after
figures said of one whole across sentences ("411 of the 650 seats ... The other 46"); portions
coordinated after "Of the suspected cases, 370 ..."; "N of them" whose nearest count cannot
hold it. Our own sentences
with real figures; each mechanism on a clean text (no flag) and with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_NOV19 = date(2019, 11, 15)
_JUL24 = date(2024, 7, 5)
_FEB18 = date(2018, 2, 15)
_NOV19B = date(2019, 11, 5)
_JUL25 = date(2025, 7, 8)


# -- a count of the items before a colon is no sum of them -----------------------------------

_FIJI = ("Fiji now has 23 confirmed cases of measles, the health ministry said on Friday.\n\n"
         "The cases are spread across four subdivisions of the Central Division: 12 in "
         "Serua/Namosi, four in Suva, three in Rewa and four in Naitasiri.\n")


def test_count_of_listed_items_is_no_total():
    assert rules(_FIJI, _NOV19) == []
    four = find(claims(_FIJI, _NOV19), "four")     # (the first: "four subdivisions")
    assert four.role != "total"


def test_listed_parts_over_the_lead_total_flagged():
    assert "parts-exceed-total" in rules(_FIJI.replace("12 in", "15 in"), _NOV19)


def test_count_of_items_all_ones_stays_a_sum():
    # a total equal to the number of items, none of them larger, may be their sum
    text = "Three vehicles were destroyed: two tanks, two trucks and one jeep.\n"
    assert "parts-exceed-total" in rules(text, _NOV19)
    text = "The army lost three tanks: two on Monday, one on Tuesday and one on Friday.\n"
    assert "parts-exceed-total" in rules(text, _NOV19)


# -- a breakdown a paragraph after its whole ------------------------------------------------

_RELX = ("RELX employed 31,000 people at the end of 2017.\n\n"
         "The group publishes scientific journals and runs exhibitions.\n\n"
         "By region, 13,500 staff were based in North America, 8,400 in the rest of the "
         "world, 5,000 in Britain, 2,800 in the rest of Europe and 1,300 in the Netherlands.\n")


def test_breakdown_by_region_a_paragraph_on_clean():
    assert rules(_RELX, _FEB18) == []


def test_breakdown_by_region_over_the_whole_flagged():
    assert "parts-exceed-total" in rules(_RELX.replace("8,400 in", "10,400 in"), _FEB18)


def test_list_without_breakdown_words_left_alone():
    # rival companies ranked after a total are no parts of it
    text = ("RELX employed 31,000 people at the end of 2017.\n\n"
            "Rivals employed 23,000, 12,000 and 9,000 people.\n")
    assert rules(text, _FEB18) == []


# -- the rest after figures said of one whole across sentences ------------------------------

_UK = ("Labour won 411 of the 650 seats in the House of Commons.\n\n"
       "The Conservatives were reduced to 121 seats and the Liberal Democrats won 72. "
       "The other 46 seats went to smaller parties and independents.\n")


def test_rest_of_a_whole_across_sentences_clean():
    assert rules(_UK, _JUL24) == []
    assert find(claims(_UK, _JUL24), "46").role == "part"


def test_rest_of_a_whole_too_large_flagged():
    assert "parts-exceed-total" in rules(_UK.replace("other 46", "other 66"), _JUL24)


def test_rest_of_a_whole_short_flagged():
    assert "list-sum-mismatch" in rules(_UK.replace("won 72", "won 52"), _JUL24)


# -- portions coordinated after "Of the suspected cases, ..." -------------------------------

_SAMOA = ("Samoa had recorded 513 suspected measles cases by 4 November, the ministry said.\n\n"
          "Of the suspected cases, 370 were on Upolu and 73 on Savaii.\n")


def test_coordinated_portions_clean():
    assert rules(_SAMOA, _NOV19B) == []
    assert find(claims(_SAMOA, _NOV19B), "73").role == "portion"


def test_coordinated_portion_over_the_whole_flagged():
    assert "parts-exceed-total" in rules(_SAMOA.replace("73 on", "173 on"), _NOV19B)


# -- "N of them" whose nearest count cannot hold it -----------------------------------------

_MEASLES = ("The United States had recorded 1,281 measles cases in 39 states by July 6.\n\n"
            "The outbreak centred on Gaines County, Texas, which has spread to four states, "
            "accounts for at least 950 of them.\n")


def test_of_them_further_back_clean():
    assert rules(_MEASLES, _JUL25) == []


def test_of_them_further_back_flagged():
    assert "parts-exceed-total" in rules(_MEASLES.replace("950", "1,350"), _JUL25)
