"""Everyday copy, everyday69 (issue 11): a headline and its body naming one figure in their own
words. Each mechanism on a clean text (no flag) and on the same text with an error (flagged),
and the readings each must leave alone. Our own sentences with real figures."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, rules

_SEP21 = date(2021, 9, 7)
_MAR25 = date(2025, 3, 4)


# -- a name after "than" is the figure written nearest it --------------------------------------

_CHART = ("# Donda opens at No. 1\n\nKanye West's Donda sold 309,000 equivalent album units in "
          "its first week, more than three times the 98,000 of Halsey's record at No. 2.\n\n"
          "Olivia Rodrigo's Sour slipped to No. 3 with 74,000 units, {gap} fewer than Halsey's "
          "record.\n")


def test_a_gap_to_a_named_figure_is_worked_from_the_figure_the_name_stands_beside():
    # "fewer than Halsey's record": the 98,000 written beside the name, not the 309,000 that
    # opens the same sentence
    assert "wrong-arithmetic" not in rules(_CHART.format(gap="24,000"), _SEP21)
    assert "wrong-arithmetic" in rules(_CHART.format(gap="34,000"), _SEP21)


# -- a headline is never the level an amount was added to --------------------------------------

_OUTBREAK = ("# Measles cases in west Texas climb to {head}\n\nHealth officials confirmed 13 more "
             "infections on Tuesday, bringing the total since January to {body}.\n\n"
             "Most of those infected are children.\n")


def test_an_amount_added_brings_a_total_the_headline_restates_without_a_flag():
    assert "wrong-arithmetic" not in rules(_OUTBREAK.format(head=159, body=159), _MAR25)


def test_the_amount_added_is_not_worked_from_the_headlines_figure():
    # the headline's 146 is the story's total restated (wrongly), not the level before the 13
    assert "wrong-arithmetic" not in rules(_OUTBREAK.format(head=146, body=159), _MAR25)


# -- a headline's figure restated by the lead in other words ------------------------------------

_JAN24 = date(2024, 1, 30)
_MAY24 = date(2024, 5, 23)
_AUG23 = date(2023, 8, 3)


def _restated(text: str, day: date) -> bool:
    return bool(RESTATED & set(rules(text, day)))


_CARMAKER = ("# Toyota stays world's top carmaker with {head} million sales\n\nThe Japanese "
             "group sold 11.23 million vehicles last year, 7.2% more than in 2022.\n")


def test_a_headline_noun_is_restated_by_the_leads_verb_of_it():
    # "sales" in the headline, "sold ... vehicles" in the lead, the entity named only above
    assert not _restated(_CARMAKER.format(head="11.2"), _JAN24)
    assert _restated(_CARMAKER.format(head="11.8"), _JAN24)


def test_a_lead_that_names_the_headlines_entity_elsewhere_is_left_alone():
    # the first lead figure near the headline's value is Volkswagen's; Toyota's own comes later
    text = ("# Toyota stays world's top carmaker with 11.2 million sales\n\nVolkswagen sold "
            "9.24 million vehicles last year, while Toyota sold 11.23 million.\n")
    assert not _restated(text, _JAN24)


_MIGRATION = ("# Net migration falls to {head}\n\nNet migration to the UK fell to an estimated "
              "685,000 in 2023, the Office for National Statistics said, from 764,000 in 2022.\n")


def test_a_lead_figure_with_no_measure_takes_the_headlines_when_its_sentence_names_it():
    assert not _restated(_MIGRATION.format(head="685,000"), _MAY24)
    assert _restated(_MIGRATION.format(head="658,000"), _MAY24)


def test_a_lead_figure_of_another_noun_is_not_the_headlines():
    # the lead's first figure counts arrivals: no word of the headline's measure in its sentence
    text = ("# Net migration falls to 685,000\n\nAbout 1.2 million people arrived in 2023 and "
            "532,000 left, the Office for National Statistics said.\n")
    assert not _restated(text, _MAY24)


_RATES = ("# Persistent inflation drives rates to {head}\n\nThe Bank of England raised interest "
          "rates by a quarter of a percentage point to 5.25% on Thursday. Inflation was 7.9% "
          "in June.\n")


def test_a_figure_a_measure_moves_is_the_objects_not_the_measures():
    # "inflation drives rates to 5.25%": the 5.25% is the rate's, so it is not set against the
    # 7.9% of inflation, and a wrong headline rate is compared with the body's
    assert not set(rules(_RATES.format(head="5.25%"), _AUG23))
    assert _restated(_RATES.format(head="5.5%"), _AUG23)


def test_a_headline_whose_place_the_body_names_is_not_the_leads_other_place():
    # "global" in the body names the headline's world: China's 2,912 is another scope's figure
    text = ("# Global virus death toll passes 3,000\n\nDeaths in mainland China have reached "
            "2,912, officials said on Monday.\n\nAnother 129 people have died elsewhere, "
            "bringing the global toll to 3,041.\n")
    assert not _restated(text, date(2020, 3, 2))


def test_a_headline_the_lead_restates_word_for_word_is_not_set_against_another_figure():
    text = ("# Team GB win 65 medals in Paris\n\nTeam GB finished the Games with 65 medals, 14 "
            "of them gold, two fewer than the 67 of Rio.\n")
    assert not _restated(text, date(2024, 8, 12))
