"""Everyday copy, everyday73 (issue 11): a company's segment named as the sentence's subject
is not the company's total; a past record dated after publication; a change whose base is the
year before, given in another paragraph. Our own sentences, real figures;
each construction is checked clean (no flag) and, where it carries a figure to check, with a
planted error (flagged by the rule named)."""

from __future__ import annotations

from datetime import date

from everyday_support import flags

RESULTS = ("# Apple revenue falls 4% to $90.8 billion\n\n"
           "The iPhone maker's sales for the three months to March were ${total} billion, down "
           "from $94.84 billion a year earlier.\n\n"
           "Services brought in a record $23.9 billion.")


def rules(text: str, day: date) -> list[str]:
    return [f["rule"] for f in flags(text, day)]


def test_a_segment_opening_its_sentence_is_not_the_company_total():
    day = date(2024, 5, 2)
    assert rules(RESULTS.format(total="90.75"), day) == []
    # the company's own total restated wrongly is still caught
    assert {"restated-figure-mismatch", "conflicting-figures", "wrong-arithmetic"} & \
        set(rules(RESULTS.format(total="85.75"), day))


def test_the_whole_measure_opening_a_sentence_is_no_segment():
    # "Sales brought in" names no sector: the sales are the company's, and a clash is read
    day = date(2024, 5, 2)
    text = ("# Apple revenue falls 4% to $90.8 billion\n\n"
            "Apple's sales for the three months to March were $90.75 billion.\n\n"
            "Sales brought in ${n} billion, the company said.")
    assert "conflicting-figures" in rules(text.format(n="95.75"), day)


RECORD = ("Heathrow reached 34.5C on Wednesday, the hottest June day in Britain for 41 years.\n\n"
          "The national record for the month remains 35.6C, set in {year} at Southampton.")


def test_a_past_record_dated_after_publication_is_flagged():
    day = date(2017, 6, 22)
    assert rules(RECORD.format(year="1976"), day) == []
    assert "date-in-future" in rules(RECORD.format(year="2019"), day)


def test_a_year_a_record_is_expected_in_is_no_past_event():
    text = "Forecasters said a new June record could be set in 2019 if the heat returns."
    assert "date-in-future" not in rules(text, date(2017, 6, 22))


EXPORTS = ("The country's coffee exports were worth $3.1 billion in 2023, the statistics agency "
           "said.\n\nLast year they grew {n}% to $3.35 billion, as prices rose.")


def test_a_change_without_its_base_takes_the_year_before_from_another_paragraph():
    day = date(2025, 3, 20)
    assert rules(EXPORTS.format(n="8"), day) == []
    assert "wrong-arithmetic" in rules(EXPORTS.format(n="18"), day)


def test_a_quarter_change_is_not_set_against_the_quarter_before():
    # the 8% may be on the same quarter a year earlier: the words do not say, so no flag
    text = ("The country's exports reached $3.1 billion in the first quarter of 2024.\n\n"
            "In the second quarter they grew 18% to $3.35 billion.")
    assert rules(text, date(2024, 8, 20)) == []


def test_a_change_that_names_another_base_is_left_to_it():
    # "on 2019": the base is a year the story gives no level for, not the level of 2023
    text = ("The country's coffee exports were worth $3.1 billion in 2023.\n\n"
            "Last year they were up 18% on 2019 at $3.35 billion, as prices rose.")
    assert "wrong-arithmetic" not in rules(text, date(2025, 3, 20))
