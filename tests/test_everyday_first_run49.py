"""Everyday copy, the e49 probe (issue 11): a headline's change in words worked from the lead's
two values, a count split in the time clause after it, bracketed shares after lower-case labels,
and the cases each must leave alone. Our own sentences with the real figures; each mechanism on
a clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_JUL06 = date(2006, 7, 19)
_NOV06 = date(2006, 11, 15)
_MAR15 = date(2015, 3, 12)
_OCT18 = date(2018, 10, 4)
_OCT22 = date(2022, 10, 12)
_AUG08 = date(2008, 8, 19)
_AUG13 = date(2013, 8, 1)


# -- a headline's fraction or multiple in words, worked from the lead's pair -------------------

_SOMERFIELD = ("# Somerfield profits fall by nearly two-thirds\n\nSupermarket group Somerfield said "
               "pre-tax profits before exceptional costs fell to £70.7 million in the year to "
               "April 29, from £208.5 million a year earlier.\n")


def test_a_headline_fraction_is_a_change_between_the_leads_values():
    ch = dict(find(claims(_SOMERFIELD, _JUL06), "nearly two-thirds").extra).get("change") or {}
    assert ch.get("kind") == "percent" and ch.get("from") and ch.get("to")
    assert rules(_SOMERFIELD, _JUL06) == []
    assert "wrong-arithmetic" in rules(_SOMERFIELD.replace("£70.7 million", "£110.7 million"),
                                       _JUL06)


def test_a_headline_fraction_of_another_direction_is_left_alone():
    text = _SOMERFIELD.replace("fell to £70.7 million", "rose to £270.7 million")
    assert rules(text, _JUL06) == []


_SAINSBURY = ("# Sainsbury's profit more than doubles in first half\n\nSainsbury's made a pre-tax "
              "profit of £194 million in the 28 weeks to 7 October, up from £87 million a year "
              "earlier.\n")


def test_a_headline_multiple_verb_with_no_figure_is_worked_from_the_lead():
    assert rules(_SAINSBURY, _NOV06) == []
    assert "wrong-arithmetic" in rules(_SAINSBURY.replace("£87 million", "£107 million"), _NOV06)


def test_more_than_halves_is_half_or_less():
    text = ("# Morrisons profits more than halve\n\nMorrisons reported a pre-tax profit of £345 "
            "million for the year, down from £719 million.\n")
    assert rules(text, _MAR15) == []
    assert "wrong-arithmetic" in rules(text.replace("£719 million", "£619 million"), _MAR15)


def test_a_headline_change_of_another_thing_than_the_leads_is_left_alone():
    # (the headline's "cloud sales" are not the lead's revenue)
    text = ("# Microsoft beats forecasts as cloud sales more than double\n\nMicrosoft's revenue "
            "rose to $23.20 billion from $18.53 billion a year earlier.\n")
    assert rules(text, _OCT18) == []


def test_a_headline_fraction_word_against_a_count_pair():
    text = ("# New car sales slump by a fifth in September\n\nJust 338,834 new cars were "
            "registered in September, down from 426,170 in the same month of 2017.\n")
    assert rules(text, _OCT18) == []
    assert "wrong-arithmetic" in rules(text.replace("426,170", "386,170"), _OCT18)


# -- a count split in the time clause after it -------------------------------------------------

_FINISHERS = ("The record remains the 42,549 who finished in 2019, over 2,000 more than the 40,272 "
              "of 2018, when 23,771 men and 16,501 women crossed the line.")


def test_a_split_in_a_when_clause_is_the_counts_parts():
    cs = claims(_FINISHERS, _OCT22)
    assert find(cs, "16,501").role == "part"
    assert find(cs, "40,272").role == "compared"     # (it keeps its own role)
    assert rules(_FINISHERS, _OCT22) == []
    assert "parts-exceed-total" in rules(_FINISHERS.replace("16,501", "16,801"), _OCT22)


def test_a_split_of_unlabelled_figures_in_a_when_clause_is_no_breakdown():
    text = ("The record remains the 42,549 who finished in 2019, more than the 40,272 of 2018, "
            "when 23,771 finished before noon and 16,801 after it.")
    assert "parts-exceed-total" not in rules(text, _OCT22)


def test_a_change_before_a_when_clause_split_counts_from_no_part_of_it():
    text = ("Britain ended the Games with 67 medals, two more than in London four years earlier, "
            "when the team won 29 golds, 17 silvers and 19 bronzes.")
    ch = dict(find(claims(text, _AUG08), "two").extra).get("change") or {}
    assert ch.get("from") is None
    assert rules(text, _AUG08) == []


# -- bracketed shares after lower-case labels --------------------------------------------------

_POLL = ("Voters were split, with those in favour (39%) outnumbered by those opposed (50%) and "
         "the rest not sure (11%).")


def test_bracketed_shares_after_labels_are_shares_of_one_whole():
    assert {find(claims(_POLL, _AUG13), x).role for x in ("39%", "50%", "11%")} == {"share"}
    assert rules(_POLL, _AUG13) == []
    assert "shares-over-100" in rules(_POLL.replace("(50%)", "(60%)"), _AUG13)


def test_bracketed_shares_of_groups_of_people_are_not_added_up():
    text = ("The measure has majority support among men (53%), women (51%), Latinos (57%) and "
            "married voters (59%).")
    assert rules(text, _AUG13) == []
    text = "Turnout was 60%, with men (58%), women (62%) and pensioners (71%) voting."
    assert rules(text, _AUG13) == []


def test_two_bracketed_shares_are_no_split():
    text = "A guest worker scheme did better: favour (57%) and oppose (45%)."
    assert "shares-over-100" not in rules(text, _AUG13)


# -- "the group" after a brand, brands named by the words of their owner's name ----------------

_JAN20 = date(2020, 1, 10)
_OCT22B = date(2022, 10, 21)
_JUL15 = date(2015, 7, 10)
_JLR = ("Jaguar Land Rover sold 557,706 vehicles last year. The carmaker's Land Rover brand "
        "accounted for 396,105 of them. Jaguar sold 161,601.\n\nIn December alone the group "
        "retailed 52,814 cars. Land Rover sales rose 9.6% to 39,442 in the month, while "
        "Jaguar's fell 17.3% to 13,372.")


def test_the_group_after_a_brand_is_its_parent():
    assert "land rover" in find(claims(_JLR, _JAN20), "52,814").subject   # (not "jaguar")
    assert rules(_JLR, _JAN20) == []
    assert "parts-exceed-total" in rules(_JLR.replace("13,372", "15,372"), _JAN20)


_BRANDS = ("Jaguar Land Rover retailed 88,121 vehicles in the three months to the end of "
           "September. Land Rovers made up 70,781 of the total and Jaguars 17,340.")


def test_portions_named_by_every_word_of_the_wholes_name_must_add_up():
    assert find(claims(_BRANDS, _OCT22B), "17,340").role == "part"
    assert rules(_BRANDS, _OCT22B) == []
    assert "list-sum-mismatch" in rules(_BRANDS.replace("70,781", "60,781"), _OCT22B)


def test_portions_of_other_names_need_not_add_up():
    text = ("Jaguar Land Rover retailed 88,121 vehicles in the quarter. Range Rovers made up "
            "30,781 of the total and Defenders 17,340.")
    assert find(claims(text, _OCT22B), "17,340").role != "part"
    assert rules(text, _OCT22B) == []


_VW = ("Volkswagen delivered 5.04 million vehicles to customers from January to June. "
       "Volkswagen-badged cars made up 2.95 million of the total, Audis 902,400, Skodas 544,300, "
       "Seats 216,500 and Porsches 114,000. The group's commercial vehicle brands delivered the "
       "rest: 223,000 vans, 49,900 MAN trucks and 37,000 Scanias.")


def test_items_gapped_after_a_portion_and_the_rest_listed_are_the_wholes_parts():
    cs = claims(_VW, _JUL15)
    assert {find(cs, x).role for x in ("902,400", "114,000", "37,000")} == {"part"}
    assert rules(_VW, _JUL15) == []
    assert "parts-exceed-total" in rules(_VW.replace("Audis 902,400", "Audis 1.2 million"),
                                         _JUL15)


def test_over_after_a_verb_it_belongs_to_is_no_bound():
    text = "The Volkswagen Group handed over 5.45 million vehicles to customers in the period."
    c = find(claims(text, _JUL15), "5.45 million")
    assert c.qualifier in (None, "") and c.upper is not None and c.upper < 5_460_000
    c = find(claims("Sales were over 5.45 million in the period.", _JUL15), "over 5.45 million")
    assert c.qualifier == "over"
