"""Issue #11, everyday87: the first run of blind drafts on rail punctuality, airport traffic,
rainfall and heat records, A&E waits, norovirus, flu and measles (corpus/everyday/*-e87.yaml),
and the general causes of its false alarms. Each case pairs a consistent text (no flag) with a
text carrying an error (flagged), so that every test can fail both ways."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

D = date(2025, 2, 6)


# -- a change after a portion's aside may be the whole's or the portion's: open ---------------

FLU = ("An average of 2,461 flu patients were in hospital each day last week, including 122 in "
       "critical care, down 18% from 3,019 the week before.")


def test_a_change_after_an_including_aside_is_not_read_as_the_portions():
    assert rules(FLU, D) == []
    ch = dict(find(claims(FLU, D), "18%").extra).get("change") or {}
    assert ch.get("to") is None     # two readings of its new value: neither taken


def test_without_the_aside_the_change_is_still_checked():
    plain = ("An average of 2,461 flu patients were in hospital each day last week, down 28% "
             "from 3,019 the week before.")
    assert "wrong-arithmetic" in rules(plain, D)
    assert rules(plain.replace("28%", "18%"), D) == []


# -- a clause naming its own object stands between a figure and the amount after it ----------

AE = ("Some 92.6% of patients at A&E were seen within four hours in the quarter. That leaves "
      "around 7% waiting longer, and puts performance 2.4 points below the 95% target.")


def test_an_amount_of_a_named_object_is_not_worked_from_the_figure_before_the_clause():
    assert rules(AE, date(2015, 1, 6)) == []


def test_an_amount_right_after_its_level_is_still_checked():
    wrong = ("Some 92.6% of patients at A&E were seen within four hours, 3.4 points below the "
             "95% target.")
    assert "wrong-arithmetic" in rules(wrong, date(2015, 1, 6))
    assert rules(wrong.replace("3.4", "2.4"), date(2015, 1, 6)) == []


# -- a share "of them" is of a count, never of a percentage that states a comparison ---------

ORR = ("Some 1.7 million trains were planned between October and December 2020, 11% fewer than "
       "in the same three months a year before, and 74.7% of them reached their stops on time.")


def test_a_share_of_them_is_not_a_portion_of_a_comparison():
    assert rules(ORR, date(2021, 2, 18)) == []
    cs = claims(ORR, date(2021, 2, 18))
    assert find(cs, "74.7%").group != find(cs, "11%").id


def test_a_share_of_them_after_a_share_is_still_its_portion():
    text = ("Some 40% of trains were late last month, and 55% of them were more than ten "
            "minutes late.")
    cs = claims(text, date(2021, 2, 18))
    assert find(cs, "55%").group == find(cs, "Some 40%").id


# -- misses: a rate that closes the whole's clause; a shortfall between a pair -----------------

STOPS = ("Over the calendar year 2020, 52.6 million of the 69.6 million recorded station stops "
         "were made on time, a rate of {}.")


def test_a_named_rate_after_the_wholes_clause_is_the_portion_out_of_the_whole():
    assert rules(STOPS.format("75.6%"), date(2021, 2, 18)) == []
    assert "wrong-arithmetic" in rules(STOPS.format("78.6%"), date(2021, 2, 18))


RAIN = "February had 7.8mm against a long-term average of 56.9mm, a shortfall of {}."


def test_a_shortfall_between_a_figure_and_the_level_it_is_set_against_is_checked():
    assert rules(RAIN.format("49.1mm"), date(2021, 9, 6)) == []
    assert "wrong-arithmetic" in rules(RAIN.format("39.1mm"), date(2021, 9, 6))


def test_an_expected_shortfall_is_no_gap_of_the_sentence_before():
    text = ("Exports rose by $3.5 billion to $204.4 billion, while imports increased by $4.4 "
            "billion to $262.0 billion. Economists had expected a shortfall of $55.8 billion.")
    assert rules(text, date(2018, 4, 5)) == []
