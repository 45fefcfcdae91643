"""Issue #11, everyday112: the first run of blind drafts on public health, energy, housing,
transport and council-tax copy (corpus/everyday/*-e112.yaml), and the general causes of its
false alarms and misses. Each case pairs a consistent text (no flag) with a text carrying an
error (flagged), so that every test can fail both ways."""

from __future__ import annotations

from datetime import date

from everyday_support import rules

D = date(2023, 9, 1)


# -- a share said "of the 39" is of that figure, not of the whole just before it --------------

REPORTED = ("Of the 39, 32 carried out both counts this year and seven a sheltered count only. "
            "Twenty-eight of the 32 have reported, {} per cent of the 39.")


def test_a_share_of_a_figure_it_names_is_of_that_figure():
    assert "wrong-arithmetic" not in rules(REPORTED.format("71.8"), D)


def test_the_share_of_the_named_figure_is_still_checked():
    assert "wrong-arithmetic" in rules(REPORTED.format("81.8"), D)


def test_a_share_of_the_whole_said_again_is_still_the_whole_s():
    text = "Some 12,000 of its 42,000 jobs, {} of the 42,000, will go."
    assert "wrong-arithmetic" not in rules(text.format("about 29%"), D)
    assert "wrong-arithmetic" in rules(text.format("about 39%"), D)


# -- a proportion in words is no count a later share is worked from ---------------------------

UNVACCINATED = ("Unvaccinated people, fewer than one in five British Columbians, accounted for "
                "{} per cent of the 3,742 cases recorded over the past week.")


def test_a_proportion_in_words_is_no_part_of_a_later_whole():
    assert "wrong-arithmetic" not in rules(UNVACCINATED.format("58.9"), date(2021, 11, 2))


def test_a_count_before_a_share_of_a_whole_is_still_its_part():
    text = "Some 2,204 unvaccinated people accounted for {} per cent of the 3,742 cases."
    assert "wrong-arithmetic" not in rules(text.format("58.9"), D)
    assert "wrong-arithmetic" in rules(text.format("68.9"), D)


# -- an amount each of the things counted is no addend of the sum after it --------------------

def test_an_amount_each_is_no_item_of_an_apposed_sum():
    text = ("In 2022, 39 continuums counted 3,000 or more people each, together 322,869, or "
            "55.4 per cent of the 582,462 counted nationwide.")
    assert "list-sum-mismatch" not in rules(text, D)
    assert "parts-exceed-total" not in rules(text, D)


def test_an_apposed_sum_of_items_is_still_checked():
    text = "Inspectors rated 38% of schools satisfactory and 9% inadequate, together {} of them."
    assert not {"list-sum-mismatch", "parts-exceed-total"} & set(rules(text.format("47%"), D))
    assert {"list-sum-mismatch", "parts-exceed-total"} & set(rules(text.format("57%"), D))


# -- a word and its agent noun are two words, not two spellings of a name ---------------------

def test_a_word_and_its_agent_noun_are_not_two_spellings():
    text = ("Households face council tax rises as freeze ends\n\nHouseholders across Scotland "
            "face higher council tax bills from April.")
    assert "name-spelling-variants" not in rules(text, date(2017, 2, 19))


def test_two_spellings_of_a_name_are_still_flagged():
    text = ("Troops left Avdiivka in February.\n\nThe fall of Avdiyivka was a setback for "
            "Ukraine.")
    assert "name-spelling-variants" in rules(text, date(2024, 3, 1))


# -- misses: a share said again as a count after its whole ------------------------------------

CASES = ("Unvaccinated people accounted for 58.9 per cent of the 3,742 cases recorded over the "
         "past week, or about {}.")
ADMITTED = ("Over two weeks, 66.9 per cent of the 381 patients admitted to hospital were "
            "unvaccinated, about {} people, and 27.6 per cent were fully vaccinated.")


def test_a_count_after_a_share_of_its_whole_is_checked():
    assert "wrong-arithmetic" not in rules(CASES.format("2,204"), date(2021, 11, 2))
    assert "wrong-arithmetic" in rules(CASES.format("2,404"), date(2021, 11, 2))
    assert "wrong-arithmetic" not in rules(ADMITTED.format("255"), date(2021, 11, 2))
    assert "wrong-arithmetic" in rules(ADMITTED.format("285"), date(2021, 11, 2))


def test_a_count_after_a_share_that_compares_is_left_alone():
    text = ("Turnout was 58.9 per cent of the 3,742 members on the roll, about 2,404 more than "
            "voted last year.")
    assert "wrong-arithmetic" not in rules(text, D)


# -- misses: "N points apart" is the gap between the two shares before it ---------------------

DOSES = ("Among everyone aged five and older, 85 per cent have had a first shot and 81.8 per "
         "cent a second, {} points apart.")


def test_points_apart_is_the_gap_between_the_two_shares():
    assert "wrong-arithmetic" not in rules(DOSES.format("3.2"), date(2021, 12, 2))
    assert "wrong-arithmetic" in rules(DOSES.format("4.2"), date(2021, 12, 2))


# -- misses: a change's noun with its amount in commas, then the values -----------------------

WYOMING = "Wyoming had the biggest rise, 32.4 per cent, to 147 deaths from {}."


def test_an_amount_set_after_its_change_noun_is_checked_against_its_values():
    assert "wrong-arithmetic" not in rules(WYOMING.format("111"), date(2020, 10, 2))
    assert "wrong-arithmetic" in rules(WYOMING.format("121"), date(2020, 10, 2))
    fall = "New Hampshire had the steepest fall, {} per cent to 101 from 147."
    assert "wrong-arithmetic" not in rules(fall.format("31.3"), date(2020, 10, 2))
    assert "wrong-arithmetic" in rules(fall.format("21.3"), date(2020, 10, 2))


# -- misses: "more than triple their 4.6 per cent share", after "the first half of 2020" ------

SHARE = ("Wind and solar produced a record 10 per cent of the world's electricity in the first "
         "half of 2020, more than {} their 4.6 per cent share in 2015.")


def test_a_multiple_after_more_than_is_read_past_a_half_year():
    assert "wrong-arithmetic" not in rules(SHARE.format("double"), date(2020, 8, 13))
    assert "wrong-arithmetic" in rules(SHARE.format("triple"), date(2020, 8, 13))


def test_more_than_a_level_is_still_a_comparison():
    text = "Sales reached {} units in 2020, more than the 46 units of 2015."
    assert "wrong-arithmetic" not in rules(text.format("300"), D)
