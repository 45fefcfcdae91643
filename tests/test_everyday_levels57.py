"""Everyday copy, everyday57 (issue 11, recall): changes whose levels stand in the sentence
before, distances from a level the story stated earlier and now names by a noun ("6% below that
peak", "7% below that level", "12% below its pre-pandemic level"), multiples said before the
two values they compare, poll leads said as a compound noun ("a four-point lead"), and the
readings that were wrong on clean copy (a count of university places read as places moved in a
ranking; another party's share read as a change's earlier value; a margin's pair after it).
Sentences in our own words with the facts of published copy; each mechanism is checked on a
clean text (no flag) and on the same text with a planted error (flagged). Checks run the
shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date

from factcheck.engine import Engine
from factcheck.model import Document
from factcheck.normalize import claims_for, normalize
from factcheck.rulebook import load_rulebook
from factcheck.verdicts import judge

_CHECK: list = []
ARITH = "wrong-arithmetic"


def claims(text: str, day: date = date(2017, 11, 3)):
    return claims_for(Document(id="t", text=text, date=day, title="t"))


def find(cs, words):
    return next(c for c in cs if c.text == words)


def rules(text: str, day: date = date(2017, 11, 3)) -> list[str]:
    if not _CHECK:
        book = load_rulebook()
        _CHECK.append((book, Engine(book)))
    book, engine = _CHECK[0]
    doc = Document(id="t", text=text + "\n", date=day, title="t")
    cs, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
    found, _ = judge(doc, cs, [], engine.run(doc, cs, [], mentions=mentions), book)
    return [f.rule for f in found if f.severity in ("error", "warning")]


def extra(c, key):
    return dict(c.extra).get(key) or {}


def change_of(c):
    return extra(c, "change")


# -- a change whose levels are in the sentence before ----------------------------------------

JOBS = ("The unemployment rate was 4.1% in October, against 4.8% in January. So joblessness has "
        "come down {amount} percentage points since the start of the year.")


def test_a_change_since_a_time_takes_the_pair_of_the_sentence_before():
    cs = claims(JOBS.format(amount="0.7"))
    ch = change_of(find(cs, "0.7 percentage points"))
    assert (ch.get("from"), ch.get("to")) == (find(cs, "4.8%").id, find(cs, "4.1%").id)
    assert ARITH not in rules(JOBS.format(amount="0.7"))
    assert ARITH in rules(JOBS.format(amount="1.2"))


PLACES = ("Higher-tariff universities confirmed 151,760 places on results morning, against "
          "163,100 last year. That is a fall of about {amount}.")


def test_a_count_of_places_in_thousands_is_no_move_in_a_ranking():
    day = date(2022, 8, 18)
    cs = claims(PLACES.format(amount="11,300"), day)
    assert find(cs, "163,100").role == "compared"
    assert change_of(find(cs, "about 11,300")).get("from") == find(cs, "163,100").id
    assert ARITH not in rules(PLACES.format(amount="11,300"), day)
    assert ARITH in rules(PLACES.format(amount="15,300"), day)
    # a move in a ranking stays one: "climbed eight places"
    moved = claims("The club climbed eight places after sales rose from 1.2 million to "
                   "1.5 million.", day)
    assert find(moved, "eight").role != "change"


# -- distances from a referred level ---------------------------------------------------------

PEAK = ("The average price paid for a home rose to £170,000 in February. At the height of the "
        "market, in November 2007, the average price reached £{peak}. February's figure leaves "
        "prices about {gap}% below that peak.")


def test_a_distance_below_that_peak_is_a_change_from_the_peak_to_the_level():
    day = date(2014, 3, 28)
    cs = claims(PEAK.format(peak="181,658", gap="6"), day)
    ch = change_of(find(cs, "about 6%"))
    assert (ch.get("from"), ch.get("to"), ch.get("direction")) == (
        find(cs, "£181,658").id, find(cs, "£170,000").id, "down")
    assert ARITH not in rules(PEAK.format(peak="181,658", gap="6"), day)
    assert ARITH in rules(PEAK.format(peak="181,658", gap="11"), day)
    assert ARITH in rules(PEAK.format(peak="191,658", gap="6"), day)


RECORD = ("A home cost £200,913 on average in July. Prices peaked at £215,089 in October 2007. "
          "The July average is still {pct}% short of the record, or about £{amount}.")


def test_a_distance_short_of_the_record_and_its_amount_said_again():
    day = date(2010, 9, 1)
    cs = claims(RECORD.format(pct="6.6", amount="14,000"), day)
    assert change_of(find(cs, "about £14,000")).get("from") == find(cs, "£215,089").id
    assert ARITH not in rules(RECORD.format(pct="6.6", amount="14,000"), day)
    assert ARITH in rules(RECORD.format(pct="9.6", amount="14,000"), day)
    assert ARITH in rules(RECORD.format(pct="6.6", amount="19,000"), day)


LEVEL = ("Passengers made 1.61 billion journeys in the year to March 2024. In the last full year "
         "before the pandemic there were 1.74 billion journeys. Usage is still {pct}% below "
         "{words}.")


def test_that_level_and_a_pre_pandemic_level_name_the_figure_before():
    day = date(2024, 6, 13)
    for words in ("that level", "its pre-pandemic level"):
        assert ARITH not in rules(LEVEL.format(pct="7", words=words), day)
        assert ARITH in rules(LEVEL.format(pct="17", words=words), day)


def test_a_noun_no_figure_names_sets_nothing():
    # "the record" with no record written before: the text leaves it open
    text = "A home cost £200,913 on average in July, 6.6% short of the record."
    cs = claims(text, date(2010, 9, 1))
    assert change_of(find(cs, "6.6%")).get("from") is None


def test_a_gap_read_from_its_own_earlier_value_stands():
    text = ("Officials have confirmed 839 measles cases so far this year, the most since 1994, "
            "when 963 were reported.\n\nThe 839 cases are 124 short of the 1994 total.")
    cs = claims(text, date(2019, 5, 1))
    assert change_of(find(cs, "124")).get("from") == find(cs, "963").id
    assert ARITH not in rules(text, date(2019, 5, 1))


# -- multiples said before their values -------------------------------------------------------

RATES = ("Scottish women take their own lives at nearly {mult} the rate of women in England, "
         "10 deaths in every 100,000 against 5.4.")
DRUGS = ("The death rate was more than {mult} times that of England and Wales, 245 deaths per "
         "million people against 79.5.")


def test_a_multiple_before_its_two_values():
    cs = claims(RATES.format(mult="twice"))
    rel = extra(find(cs, "10"), "relation")
    assert (rel.get("factor"), rel.get("of"), rel.get("bound")) == (2.0, find(cs, "5.4").id,
                                                                     "below")
    assert ARITH not in rules(RATES.format(mult="twice"))
    assert ARITH in rules(RATES.format(mult="three times"))
    assert ARITH not in rules(DRUGS.format(mult="three"))
    assert ARITH in rules(DRUGS.format(mult="four"))


def test_a_multiple_with_no_pair_after_it_sets_nothing():
    cs = claims("Prices rose three times last year, to 245 in December.")
    assert not extra(find(cs, "245"), "relation")


# -- poll leads -------------------------------------------------------------------------------

POLL = ("Labour's {lead}-point lead over the Conservatives is the smallest since April.\n\n"
        "Labour is on 39%, down three points, with the Conservatives on 35%, up two. The "
        "Liberal Democrats are on 10% and UKIP on 8%.")
ANAPHOR = ("The poll puts Labour on 40% and the Conservatives on 35%, with the Liberal Democrats "
           "on 10%.\n\nThat {lead}-point lead is narrower than in recent weeks.")


def test_a_compound_lead_is_the_gap_of_the_named_sides():
    day = date(2012, 9, 22)
    cs = claims(POLL.format(lead="four"), day)
    diff = extra(find(cs, "four-point"), "difference")
    assert (diff.get("of"), diff.get("minus")) == (find(cs, "39%").id, find(cs, "35%").id)
    assert ARITH not in rules(POLL.format(lead="four"), day)
    assert ARITH in rules(POLL.format(lead="eight"), day)


def test_a_lead_named_by_that_is_the_gap_of_the_two_largest_shares_before():
    day = date(2013, 10, 5)
    assert ARITH not in rules(ANAPHOR.format(lead="five"), day)
    assert ARITH in rules(ANAPHOR.format(lead="seven"), day)


def test_another_partys_share_is_no_earlier_value_of_a_change():
    cs = claims("Labour is on 39%, down three points, with the Conservatives on 35%, up two.",
                date(2012, 9, 22))
    assert change_of(find(cs, "three")).get("from") is None


def test_a_margin_with_its_pair_after_it():
    text = ("UKIP is on 8%.\n\nLabour leads by {n} points on 39% to the Conservatives' 35%, "
            "its narrowest lead this year.")
    day = date(2012, 9, 22)
    assert ARITH not in rules(text.format(n=4), day)
    assert ARITH in rules(text.format(n=6), day)


# -- a share in other words after a part and its whole ---------------------------------------

OFFERS = "Of the 62,000 applicants, 45,900 were offered places. About {share} got a place."
MISSED = ("Of the 419,442 people who applied, 290,596 were offered a place. That means {share} "
          "missed out.")


def test_a_share_after_a_part_and_its_whole_is_the_part_out_of_the_whole():
    cs = claims(OFFERS.format(share="three in four"))
    rat = extra(find(cs, "About three in four"), "ratio")
    assert (rat.get("of"), rat.get("per")) == (find(cs, "45,900").id, find(cs, "62,000").id)
    assert ARITH not in rules(OFFERS.format(share="three in four"))
    assert ARITH in rules(OFFERS.format(share="one in five"))


def test_a_share_of_those_who_missed_out_is_the_rest_of_the_whole():
    assert ARITH not in rules(MISSED.format(share="almost a third"))
    assert ARITH in rules(MISSED.format(share="about one in five"))


def test_a_share_whose_words_name_another_thing_sets_nothing():
    text = "Of the 62,000 applicants, 45,900 were offered places. About one in five were women."
    assert not extra(find(claims(text), "About one in five"), "ratio")
    assert ARITH not in rules(text)


def test_a_multiple_closing_the_clause_after_a_level_and_its_compared_value():
    text = ("Sales of homes for £1 million or more were 898, compared with 624 in December 2012, "
            "nearly {mult}.")
    day = date(2014, 3, 28)
    assert ARITH not in rules(text.format(mult="half as many again"), day)
    assert ARITH in rules(text.format(mult="twice as many"), day)


def test_bare_points_after_a_pair_of_percentages_are_percentage_points():
    text = ("Unemployment was 4.1% in March, against 4.6% a year earlier. So joblessness is down "
            "{n} points on the year.")
    day = date(2024, 5, 14)
    cs = claims(text.format(n="0.5"), day)
    assert change_of(find(cs, "0.5")).get("from") == find(cs, "4.6%").id
    assert ARITH not in rules(text.format(n="0.5"), day)
    assert ARITH in rules(text.format(n="0.8"), day)
