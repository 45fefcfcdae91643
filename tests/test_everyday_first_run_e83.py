"""Issue #11, everyday83: the first run of blind drafts on box office, streaming subscribers,
job cuts, earthquakes and transfer fees (corpus/everyday/*-e83*.yaml), and the general causes
of its misses and false alarms. Each case pairs a consistent text (no flag) with the same text
carrying one error (flagged), so that every test can fail both ways."""

from __future__ import annotations

from datetime import date

from factcheck.extract.dates import find_dates
from everyday_support import claims, find, rules

D = date(2024, 10, 18)


# -- dates: a bare quarter or month after a sentence-opening "A year earlier" ---------------

def test_a_quarter_after_a_year_earlier_opening_is_the_year_before():
    text = ("Netflix added 5.07 million members in the third quarter. A year earlier it had "
            "added 8.76 million members in the third quarter.")
    got = [(d.text, d.start_date, d.end_date) for d in find_dates(text, D)
           if "quarter" in d.text]
    assert got == [("the third quarter", date(2024, 7, 1), date(2024, 9, 30)),
                   ("the third quarter", date(2023, 7, 1), date(2023, 9, 30))]


def test_a_year_written_with_the_period_stays_the_writers():
    text = "A year earlier, in the third quarter of 2022, it added 2.41 million."
    (q,) = [d for d in find_dates(text, D) if "quarter" in d.text]
    assert q.start_date.year == 2022


def test_the_year_before_quarter_is_no_restatement_of_this_one():
    text = ("# Netflix adds 5.07 million members\n\nNetflix added 5.07 million paid memberships "
            "in the third quarter. Revenue rose 15% to $9.82 billion from $8.54 billion. A year "
            "earlier Netflix had added 8.76 million members in the third quarter.")
    assert rules(text, D) == []
    assert find(claims(text, D), "8.76 million").period.start == date(2023, 7, 1)
    # without the opening, the quarter is this year's
    plain = text.replace("A year earlier Netflix had", "Netflix had")
    assert find(claims(plain, D), "8.76 million").period.start == date(2024, 7, 1)


# -- a day's change is not worked from a three-day total ------------------------------------

PIRATES = ("The film made $43 million on Friday. Saturday dipped 11% to $38.2 million, and "
           "Sunday eased another 11% to $33.8 million, giving it $115 million from Friday to "
           "Sunday. Monday was expected to fall 20% to $27 million.")


def test_a_days_fall_is_not_set_against_a_weekend_total():
    assert rules(PIRATES, date(2007, 5, 29)) == []
    assert "wrong-arithmetic" in rules(PIRATES.replace("dipped 11%", "dipped 21%"),
                                       date(2007, 5, 29))


# -- a headline amount rounded from an unmeasured body figure -------------------------------

WOLVERINE = ("# The Wolverine claws $141 million worldwide\n\nThe Wolverine led the weekend box "
             "office, opening to $55 million in North America and $86.1 million internationally "
             "for a worldwide total of $141.1 million. The film had a production budget of $120 "
             "million.")


def test_a_rounded_headline_amount_restates_the_body_total_not_the_budget():
    assert rules(WOLVERINE, date(2013, 7, 29)) == []
    assert "parts-exceed-total" in rules(WOLVERINE.replace("$86.1 million internationally",
                                                           "$96.1 million internationally"),
                                         date(2013, 7, 29))


# -- fewer than planned ----------------------------------------------------------------------

PLAN = ("Netflix added 6.8 million subscribers in the third quarter. In the second quarter it "
        "had forecast 5 million new members and added only 2.7 million, 2.3 million fewer "
        "than planned.")


def test_fewer_than_planned_is_worked_from_the_forecast():
    assert rules(PLAN, date(2019, 10, 17)) == []
    assert "wrong-arithmetic" in rules(PLAN.replace("2.3 million fewer", "1.3 million fewer"),
                                       date(2019, 10, 17))


def test_fewer_than_planned_with_two_forecasts_in_reach_is_not_read():
    text = ("It had forecast 5 million and analysts had forecast 4 million; it added only 2.7 "
            "million, 1.3 million fewer than planned.")
    cs = claims(text, date(2019, 10, 17))
    ch = dict(find(cs, "1.3 million").extra).get("change") or {}
    assert ch.get("from") is None


# -- an average over a count, of the total the sentence before gives ------------------------

THUNDER = ("Tropic Thunder took the top spot with $26 million over the weekend, and has "
           "grossed $37 million since opening on Wednesday. It played in 3,319 cinemas, "
           "averaging $7,834 each.")


def test_an_average_each_over_the_sentences_count_is_of_the_total_before():
    assert rules(THUNDER, date(2008, 8, 18)) == []
    assert "wrong-arithmetic" in rules(THUNDER.replace("$7,834", "$8,834"), date(2008, 8, 18))


def test_an_average_per_location_across_a_paragraph_break():
    text = ("The film took $168.6 million in North America over its first three days.\n\n"
            "The film played in 4,375 cinemas and averaged $38,526 per location.")
    assert rules(text, date(2011, 7, 18)) == []
    assert "wrong-arithmetic" in rules(text.replace("$38,526", "$42,526"), date(2011, 7, 18))


# -- a share said right after "A of its B" ---------------------------------------------------

def test_a_share_after_a_part_of_its_whole_is_their_ratio():
    text = ("British Airways has told staff it may cut 12,000 of its 42,000 jobs, nearly 30% "
            "of the workforce.")
    assert rules(text, date(2020, 4, 29)) == []
    assert "wrong-arithmetic" in rules(text.replace("nearly 30%", "nearly 40%"),
                                       date(2020, 4, 29))


# -- "beating X by N" past a figure of another unit -----------------------------------------

def test_beating_a_record_by_an_amount_past_a_duration():
    text = ("The film took $168.6 million over its first three days, the biggest opening on "
            "record, beating the $158.4 million of The Dark Knight by $10.2 million.")
    assert rules(text, date(2011, 7, 18)) == []
    assert "wrong-arithmetic" in rules(text.replace("$10.2 million.", "$14.2 million."),
                                       date(2011, 7, 18))


# -- domestic and overseas make the worldwide figure: "giving it" ----------------------------

def test_overseas_giving_it_a_worldwide_total_adds_the_home_figure_before():
    text = ("The film took $168.6 million in North America over the weekend. Overseas it "
            "earned $307 million, giving it a worldwide debut of $476 million.")
    assert rules(text, date(2011, 7, 18)) == []
    assert "parts-exceed-total" in rules(text.replace("$307 million", "$337 million"),
                                         date(2011, 7, 18))
