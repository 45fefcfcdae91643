"""Everyday copy, everyday84's round (issue 11, set A): forms of everyday arithmetic read
after two levels or across sentences. Gain participles after a change's two levels ("up from
153 in 2017, gaining 53"; "adding 61 to the 11 they held"); averages set in apposition ("about
81 a day over the 365 days", "or about 6.6 million a month", "Sales averaged ... a month" after
the year's total); a joint figure written before its parts ("burned more than 250,000 acres
between them. The Camp Fire ..."); a change in a sentence that opens "That compared with N";
a headline's amount of change worked from the body's levels. Our own sentences with real
figures; each form clean (no flag), with an error (flagged), and readings left alone."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

from factcheck.document import read_text_document
from factcheck.engine import Engine
from factcheck.normalize import claims_for, normalize
from factcheck.rulebook import load_rulebook
from factcheck.verdicts import judge

_ARITH = "wrong-arithmetic"
_SUMS = {"list-sum-mismatch", "parts-exceed-total", "wrong-arithmetic"}

_BUNDESTAG = ("# German election\n\nThe Social Democrats will have 206 seats in the new "
              "Bundestag, up from 153 in 2017, gaining 53.\n\nThe CDU and CSU fell from 246 seats "
              "to 197, losing 49.\n")
_BT_DAY = date(2021, 9, 27)


def test_gain_participle_after_up_from():
    assert _ARITH not in rules(_BUNDESTAG, _BT_DAY)
    assert _ARITH in rules(_BUNDESTAG.replace("gaining 53", "gaining 63"), _BT_DAY)


def test_loss_participle_after_from_to():
    assert _ARITH in rules(_BUNDESTAG.replace("losing 49", "losing 39"), _BT_DAY)


def test_gain_participle_with_no_levels_is_left_alone():
    text = "# Seats\n\nThe Greens won 118 seats, gaining ground in the cities.\n"
    assert _ARITH not in rules(text, _BT_DAY)
    text = "# Seats\n\nThe party, gaining 51 seats, became the third force.\n"
    assert _ARITH not in rules(text, _BT_DAY)


_LIB_DEMS = ("# Election\n\nThe Liberal Democrats won 72 seats, adding 61 to the 11 they held "
             "before.\n")


def test_adding_to_the_earlier_level():
    day = date(2024, 7, 5)
    assert _ARITH not in rules(_LIB_DEMS, day)
    assert _ARITH in rules(_LIB_DEMS.replace("adding 61", "adding 51"), day)
    c = find(claims(_LIB_DEMS, day), "61")
    assert c.role == "change"


def test_adding_to_a_larger_figure_is_no_earlier_level():
    # the figure after "to the" is larger than the level: no base of an addition
    text = "# Election\n\nThe party won 72 seats, adding 61 to the 110 it held in the Senate.\n"
    assert find(claims(text, date(2024, 7, 5)), "61").role != "change"


_CHANNEL = ("# Crossings\n\nA total of 29,437 people crossed the Channel in small boats in 2023, "
            "about 81 a day over the 365 days of the year.\n\nThe figure compared with 45,774 in "
            "2022, when crossings reached a record, a fall of 16,337.\n")
_CH_DAY = date(2024, 1, 1)


def test_apposed_rate_over_a_count_is_an_average():
    assert _ARITH not in rules(_CHANNEL, _CH_DAY)
    assert _ARITH in rules(_CHANNEL.replace("about 81 a day", "about 91 a day"), _CH_DAY)


def test_change_after_a_compared_opening():
    assert _ARITH in rules(_CHANNEL.replace("a fall of 16,337", "a fall of 18,337"), _CH_DAY)


def test_change_after_a_compared_opening_far_from_every_level_is_left_alone():
    # 45,774 less 5,000 is no level the sentence before gives: no reading, no flag
    assert _ARITH not in rules(_CHANNEL.replace("a fall of 16,337", "a fall of 5,000"), _CH_DAY)


_HEATHROW = ("# Heathrow\n\nHeathrow handled 79.2 million passengers in 2023, or about 6.6 "
             "million a month, up from 61.6 million in 2022.\n")


def test_monthly_rate_after_or_and_up_from_the_year():
    day = date(2024, 2, 13)
    assert rules(_HEATHROW, day) == []      # (61.6 million is no earlier value of the rate)
    assert _ARITH in rules(_HEATHROW.replace("about 6.6 million", "about 7.6 million"), day)


_HOMES = ("# Homes\n\nAmericans bought 4.09 million previously owned homes in 2023, the "
          "National Association of Realtors said.\n\nSales averaged about 341,000 a month, as "
          "mortgage rates near 7% kept buyers away.\n")


def test_averaged_opening_takes_the_total_before():
    day = date(2024, 1, 19)
    assert _ARITH not in rules(_HOMES, day)
    assert _ARITH in rules(_HOMES.replace("about 341,000", "about 391,000"), day)


def test_averaged_opening_after_a_rate_of_its_own_is_another_thing():
    text = ("# Retail\n\nShoppers spent an average of £6.8 billion a week over the four-week "
            "period, some £27.2 billion in all. Online spending averaged £562 million a week, "
            "11% higher than the £506 million a year before.\n")
    assert _ARITH not in rules(text, date(2012, 11, 15))


_FIRES = ("# Fires\n\nThe two fires that broke out on November 8 burned more than 250,000 acres "
          "between them.\n\nThe Camp Fire scorched 153,336 acres in Butte County. The Woolsey "
          "Fire burned 96,949 acres in Los Angeles and Ventura counties.\n")
_FIRE_DAY = date(2018, 11, 26)


def test_joint_total_before_its_parts():
    assert not _SUMS & set(rules(_FIRES, _FIRE_DAY))
    assert _SUMS & set(rules(_FIRES.replace("96,949", "76,949"), _FIRE_DAY))
    assert _SUMS & set(rules(_FIRES.replace("250,000", "290,000"), _FIRE_DAY))


def test_joint_total_with_fewer_parts_after_is_left_alone():
    text = _FIRES.replace(" The Woolsey Fire burned 96,949 acres in Los Angeles and Ventura "
                          "counties.", "")
    cs = claims(text, _FIRE_DAY)
    assert find(cs, "more than 250,000 acres").role != "total"


def test_joint_total_larger_part_is_left_alone():
    text = _FIRES.replace("96,949", "296,949")
    assert find(claims(text, _FIRE_DAY), "more than 250,000 acres").role != "total"


_CHECK: list = []


def _front_rules(md: str) -> list[str]:
    """The error/warning rules on a markdown document read with its front matter."""
    if not _CHECK:
        book = load_rulebook()
        _CHECK.append((book, Engine(book)))
    book, engine = _CHECK[0]
    doc = read_text_document(md, "t.md")
    cs, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
    found, _ = judge(doc, cs, [], engine.run(doc, cs, [], mentions=mentions), book)
    return [f.rule for f in found if f.severity in ("error", "warning")]


_AUS = ("---\ntitle: \"Labor gains nine seats to take power\"\ndate: 2022-05-23\n---\n"
        "# Albanese sworn in\n\nLabor won 77 seats in the 151-member House of Representatives, up "
        "from 68 at the 2019 election.\n")
_CH24 = ("---\ntitle: \"Channel crossings up by 7,379 in 2024\"\ndate: 2025-01-01\n---\n"
         "# Channel crossings rise again\n\nSome 36,816 people crossed the Channel in small boats "
         "last year, the Home Office said.\n\nThat was up from 29,437 in 2023.\n")


def test_headline_amount_worked_from_the_body():
    assert _ARITH not in _front_rules(_CH24)
    assert _ARITH in _front_rules(_CH24.replace("7,379", "9,379"))


def test_headline_gains_count_worked_from_the_body():
    assert _ARITH not in _front_rules(_AUS)
    assert _ARITH in _front_rules(_AUS.replace("gains nine", "gains 11"))


def test_headline_amount_of_another_thing_is_left_alone():
    # the headline speaks of something the body's sentence does not name
    text = _CH24.replace("Channel crossings up by", "Asylum claims up by")
    assert _ARITH not in _front_rules(text.replace("7,379", "9,379"))


_HEATHROW_GAIN = _HEATHROW + ("\nThe airport said it had gained 17.6 million passengers in a year "
                              "but stayed short of the 80.9 million it served in 2019.\n")


def test_gain_in_the_sentence_after_its_levels():
    day = date(2024, 2, 13)
    assert _ARITH not in rules(_HEATHROW_GAIN, day)
    assert _ARITH in rules(_HEATHROW_GAIN.replace("gained 17.6", "gained 19.6"), day)


def test_gain_far_from_the_levels_gap_is_another_thing():
    day = date(2024, 2, 13)
    text = _HEATHROW_GAIN.replace("gained 17.6 million passengers in a year",
                                  "gained 2.1 million transfer passengers")
    assert _ARITH not in rules(text, day)
