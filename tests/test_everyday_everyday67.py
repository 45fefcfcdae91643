"""Everyday copy, the e67 probe (issue 11): figures in a Markdown front matter's title,
description and summary read like a headline; parts and shares of a whole given paragraphs
earlier ("Thirteen of them", "China accounted for 8.1 million of the sales", "about 14% of
those infected"); an amount of change whose levels the story gives elsewhere ("The rise amounts
to 22,703,743"); and a record "since" an earlier figure ("the deepest since output shrank 11.6%
in 1946"). Our own sentences with real figures; each mechanism on a clean text (no flag) and on
the same text with an error (flagged), and the cases each must leave alone."""

from __future__ import annotations

from datetime import date

import everyday_support
from everyday_support import rules

from factcheck.document import read_text_document
from factcheck.model import Document
from factcheck.normalize import claims_for, mentions_of, normalize
from factcheck.verdicts import judge

_JAN23 = date(2023, 1, 3)
_APR21 = date(2021, 4, 26)
_FEB24 = date(2024, 2, 27)
_JAN21 = date(2021, 1, 28)
_APR20 = date(2020, 4, 29)
_MAR25 = date(2025, 3, 4)
_FEB25 = date(2025, 2, 14)
_APR24 = date(2024, 4, 23)


# -- front matter ------------------------------------------------------------------------------

_FRONT = ('---\ntitle: "Tesla deliveries rise 40% to a record 1.31 million"\n'
          'description: "The carmaker delivered 405,278 vehicles in the fourth quarter"\n'
          'date: 2023-01-03\noutlet: Example Desk\n---\n'
          'Tesla delivered 405,278 vehicles in the fourth quarter, up 31% from 308,600 a year '
          'earlier.\n\nFor the whole of 2022 the company delivered 1,313,851 cars, 40% more '
          'than the 936,172 of 2021.\n')


def _doc_flags(doc: Document) -> list[str]:
    """The error and warning rules flagged on a document read from a file's text."""
    if not everyday_support._CHECK:
        everyday_support.flags("", _JAN23)     # (builds the rulebook and engine once)
    book, engine = everyday_support._CHECK[0]
    cs, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
    found, _ = judge(doc, cs, [], engine.run(doc, cs, [], mentions=mentions), book)
    return [f.rule for f in found if f.severity in ("error", "warning")]


def test_a_front_matter_headline_and_standfirst_are_read_at_their_lines():
    doc = read_text_document(_FRONT, "draft.md")
    cs = claims_for(doc)
    head = [(c.text, c.line, c.section) for c in cs if c.section == "headline"]
    assert head == [("40%", 2, "headline"), ("1.31 million", 2, "headline"),
                    ("405,278", 3, "headline")]
    # each figure where it stands in the file: the column of "40%" on the title line
    c40 = next(c for c in cs if c.text == "40%")
    assert _FRONT.splitlines()[c40.line - 1][c40.column - 1:].startswith("40%")
    # the body's lines are the file's lines, as before
    assert next(c for c in cs if c.text == "308,600").line == 7
    assert doc.title == "Tesla deliveries rise 40% to a record 1.31 million"


def test_a_front_matter_standfirst_that_disagrees_with_the_body_is_flagged():
    assert "conflicting-figures" not in _doc_flags(read_text_document(_FRONT, "a.md"))
    bad = _FRONT.replace("delivered 405,278 vehicles in the fourth quarter\"",
                         "delivered 415,278 vehicles in the fourth quarter\"")
    assert "conflicting-figures" in _doc_flags(read_text_document(bad, "a.md"))


def test_a_front_matter_without_a_figure_or_with_a_slug_adds_no_line():
    for head in ("title: Storm news\n", "title: e48c-tesla-deliveries-2022\n",
                 "tags: [1, 2]\n", ""):
        text = f"---\n{head}date: 2023-01-03\n---\nThe storm cut power to 1,200 homes.\n"
        doc = read_text_document(text, "x.md")
        assert doc.lead == 0 and doc.text == "The storm cut power to 1,200 homes.\n"
        assert doc.line_col(doc.text.index("1,200"))[0] == text.splitlines().index(
            "The storm cut power to 1,200 homes.") + 1


def test_a_body_heading_after_a_front_matter_lead_is_still_a_headline():
    text = ('---\nsummary: "Two dead as the storm cuts power to 1,200 homes"\n---\n'
            '# Storm cuts power to 1,200 homes\n\nThe storm cut power to 1,200 homes.\n')
    doc = read_text_document(text, "x.md")
    kinds = [s.kind for s in mentions_of(doc).sections]
    assert kinds == ["headline", "headline", "body"]


# -- an amount of change whose levels stand elsewhere ----------------------------------------

_CENSUS = ("# Census\n\nThe United States had 331,449,281 residents on April 1, 2020, the "
           "Census Bureau said on Monday.\n\nThe 2010 census had counted 308,745,538 people.\n\n"
           "The rise amounts to 22,703,743, or 7.4%, the second-slowest growth of any decade.\n")


def test_the_rise_amounts_to_is_the_change_between_two_levels_given_before():
    assert rules(_CENSUS, _APR21) == []
    assert "wrong-arithmetic" in rules(_CENSUS.replace("22,703,743", "23,703,743"), _APR21)


def test_an_amount_with_no_pair_of_levels_near_it_is_left_alone():
    # (no earlier levels of its unit: nothing to work it from, no flag)
    text = "# Jobs\n\nThe rise amounts to 12,400 jobs, the ministry said.\n"
    assert rules(text, _APR21) == []
    # (a pair more than three times off is another comparison, not a reading)
    far = _CENSUS.replace("22,703,743, or 7.4%", "122,703,743")
    assert "wrong-arithmetic" not in rules(far, _APR21)


# -- a record "since" an earlier figure --------------------------------------------------------

_GDP = ("# Economy\n\nThe US economy contracted 3.5% in 2020, the Commerce Department said on "
        "Thursday.\n\nIt was the first annual decline since a 2.5% fall in 2009, and the deepest "
        "since output shrank 11.6% in 1946.\n")


def test_the_deepest_since_a_smaller_fall_is_flagged():
    assert rules(_GDP, _JAN21) == []
    assert "wrong-arithmetic" in rules(_GDP.replace("shrank 11.6%", "shrank 1.6%"), _JAN21)
    # ("the first decline since a 2.5% fall" says nothing of the size: a smaller one passes)
    assert rules(_GDP.replace("a 2.5% fall", "a 0.5% fall"), _JAN21) == []


def test_the_lowest_since_reads_the_other_way():
    text = ("# Jobs\n\nUnemployment fell to 3.5% in September, the lowest since a 3.4% rate in "
            "1969, the Labor Department said.\n")
    assert rules(text, date(2019, 10, 4)) == []
    assert "wrong-arithmetic" in rules(text.replace("a 3.4% rate", "a 3.9% rate"),
                                       date(2019, 10, 4))


# -- parts and shares of a whole paragraphs back -----------------------------------------------

_FEB = ("# Measles\n\nThe measles outbreak in West Texas has doubled in a week to 48 known "
        "infections, the state health department said on Friday.\n\nMost of the infections are "
        "in children and teenagers under 18.\n\nThirteen of them have been admitted to "
        "hospital.\n")


def test_of_them_after_a_paragraph_with_an_age_is_of_the_count_before():
    assert rules(_FEB, _FEB25) == []
    assert "parts-exceed-total" in rules(_FEB.replace("Thirteen of them", "Fifty-three of them"),
                                         _FEB25)


def test_of_them_is_of_no_count_more_than_two_paragraphs_back():
    text = _FEB.replace("under 18.\n", "under 18.\n\nSchools have been told.\n\nClinics "
                        "are open late.\n")
    assert "parts-exceed-total" not in rules(
        text.replace("Thirteen of them", "Fifty-three of them"), _FEB25)


_EV = ("# EVs\n\nNearly 14 million new electric cars were sold worldwide in 2023, the agency "
       "said, 35% more than a year earlier.\n\nElectric models made up about 18% of all new cars "
       "sold, against 14% in 2022.\n\nChina accounted for 8.1 million of the sales, Europe for "
       "3.2 million and the United States for 1.4 million.\n")


def test_parts_of_the_sales_two_paragraphs_after_the_total():
    assert rules(_EV, _APR24) == []
    assert "parts-exceed-total" in rules(_EV.replace("for 8.1 million", "for 10.1 million"),
                                         _APR24)


_MARCH = ("# Measles\n\nTexas reported 13 new measles cases on Tuesday, bringing the outbreak to "
          "159 cases, up from 146 on Friday.\n\nMost of the patients are children. Gaines County "
          "remains the centre of the outbreak.\n\nOfficials said 22 people have been admitted "
          "to hospital since the outbreak began, about 14% of those infected.\n")


def test_a_share_of_those_infected_is_of_the_latest_count_paragraphs_back():
    assert rules(_MARCH, _MAR25) == []
    assert "wrong-arithmetic" in rules(_MARCH.replace("about 14%", "about 24%"), _MAR25)
    assert "wrong-arithmetic" in rules(_MARCH.replace("said 22 people", "said 42 people"),
                                       _MAR25)


# -- the coverage account ----------------------------------------------------------------------

def _account(text: str, day: date) -> tuple[str, dict, dict]:
    from factcheck.model import DocumentResult, RunResult
    from factcheck.report.base import coverage_line
    if not everyday_support._CHECK:
        everyday_support.flags("", day)
    book, engine = everyday_support._CHECK[0]
    doc = Document(id="t", text=text, date=day, title="t")
    cs = claims_for(doc)
    found, verdicts = judge(doc, cs, [], engine.run(doc, cs, []), book)
    result = RunResult(documents=(DocumentResult(document=doc, claims=tuple(cs), flags=found,
                                                 verdicts=verdicts),))
    whys = {c.text: v.why for c, v in zip(cs, verdicts)}
    return coverage_line(result), result.summary()["coverage"], whys


def test_the_account_counts_figures_checked_within_the_article():
    line, cov, whys = _account(_CENSUS, _APR21)
    assert cov["within_article"] == 4 and "4 within the article only" in line
    assert line.startswith("4 figures: 4 checked (4 within the article only), 0 not checkable")
    assert whys["22,703,743"].startswith("checked within the article only")
    # every figure counted once: against references, within the article, or not checkable
    assert sum(cov["checked"].values()) + cov["within_article"] + \
        sum(cov["not_checkable"].values()) == 4


def test_a_change_from_no_value_is_not_checked_within_the_article():
    line, cov, whys = _account("# Prices\n\nPrices rose 3.5% last month.\n", _APR21)
    assert cov["within_article"] == 0 and line.startswith("1 figure: 0 checked, 1 not checkable")
    assert not whys["3.5%"].startswith("checked within")
