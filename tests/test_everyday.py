"""Everyday copy (issue 11): entities, open measures, arithmetic in the wire orders, parts across
sentences, shares of one vote, conversions, messages in the article's terms. Each test is a
sentence or two in our own words with the construction of published copy; checks run the
shipped consistency rules without a store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from everyday_support import rule_names

from factcheck.engine import Engine
from factcheck.model import Document
from factcheck.normalize import claims_for, normalize
from factcheck.normalize.figures import written_like
from factcheck.rulebook import load_rulebook
from factcheck.verdicts import judge

_CHECK: list = []


def _checker():
    """The shipped rules in one in-process engine (no store: consistency rules only)."""
    if not _CHECK:
        book = load_rulebook()
        _CHECK.append((book, Engine(book)))
    return _CHECK[0]


def claims(text: str, day: date = date(2024, 11, 14)):
    return claims_for(Document(id="t", text=text, date=day, title="t"))


def find(cs, words):
    return next(c for c in cs if c.text == words)


def flags(tmp_path: Path, text: str, day: str = "2024-11-14") -> list[dict]:
    book, engine = _checker()
    doc = Document(id="t", text=text + "\n", date=date.fromisoformat(day), title="t")
    cs, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
    found, _ = judge(doc, cs, [], engine.run(doc, cs, [], mentions=mentions), book)
    return [f.as_dict() for f in found if f.severity in ("error", "warning")]


# -- entities and open measures ----------------------------------------------------------------

def test_an_entity_the_text_names_is_the_subject_and_carries():
    cs = claims("Volkswagen said revenue was €78.5 billion. The carmaker's revenue of €78.5 "
                "billion was flat.")
    assert {c.subject for c in cs} == {"volkswagen"}


def test_a_name_tied_to_the_figure_wins_over_the_sentence_subject():
    cs = claims("Russian missile strikes killed 12 civilians in Kharkiv. In Texas, 211 cases "
                "are in Gaines County.")
    assert find(cs, "12").subject == "kharkiv"            # not the attacker's forces
    assert find(cs, "211").subject == "gaines county"


def test_a_short_name_is_the_long_one_named_before():
    cs = claims("Sadiq Khan won with 1,088,225 votes and Susan Hall got 812,397 votes. "
                "Khan's margin over Hall was 275,828 votes.")
    assert find(cs, "275,828").subject == "sadiq khan"


def test_open_measures_are_the_counted_noun_or_the_verb_of_a_generic_one():
    cs = claims("Ryanair carried 183.7 million passengers. The outbreak infected 166 people "
                "and killed 11.")
    assert find(cs, "183.7 million").measure == "passenger"       # travellers, too
    assert find(cs, "166").measure == "cases"
    assert find(cs, "11").measure == "deaths"


def test_more_than_three_is_no_inverted_interval():
    c = find(claims("The outbreak is more than three times as large as last year's."),
             "more than three")
    assert c.upper is None or c.lower <= c.upper


# -- restated figures --------------------------------------------------------------------------

def test_a_restated_figure_that_differs_is_flagged_with_the_first_as_suggestion(tmp_path):
    got = flags(tmp_path, "Volkswagen said revenue was €78.5 billion in the quarter.\n\n"
                          "The carmaker's revenue of €87.5 billion was broadly flat.")
    f = next(f for f in got if f["rule"] == "restated-figure-mismatch")
    assert "€87.5 billion" in f["message"] and f["suggestion"] == "€78.5 billion"


def test_figures_of_two_periods_or_two_entities_are_no_restatement(tmp_path):
    assert flags(tmp_path, "Heathrow handled 79.2 million passengers in 2023, up from 61.6 "
                           "million in 2022. Gatwick handled 40.9 million passengers.\n\n"
                           "The airport's 79.2 million passengers were short of the 80.9 "
                           "million of 2019.", "2024-01-11") == []


# -- arithmetic in every order -----------------------------------------------------------------

@pytest.mark.parametrize("text,right", [
    ("Revenue rose 12% to €4.2 billion from €3.5 billion.", "20%"),
    ("Revenue rose from €3.5 billion to €4.2 billion, up 12%.", "20%"),
    ("Turnout rose by 2.5 percentage points from 38.1% to 41.6%.", "3.5 percentage points"),
    ("Ortiz won 54.2% of the vote and Hale 41.3%, a margin of 9.9 points.", "12.9"),
    ("Fans numbered 14.7 million, an average of 48,700 a game over 380 games.", "38,700"),
])
def test_wrong_arithmetic_says_what_the_figures_give(tmp_path, text, right):
    got = [f for f in flags(tmp_path, text) if f["rule"] == "wrong-arithmetic"]
    assert got and right in got[0]["message"], got


@pytest.mark.parametrize("text", [
    "Revenue rose 20% to €4.2 billion from €3.5 billion.",
    "Revenue rose 2% to €75.9 billion from €74.2 billion.",      # 2.3%: "2%" as written
    "Ortiz won 54.2% of the vote and Hale 41.3%, a margin of 12.9 points.",
    "Some 2.4 million homes were still without power, down from 3 million.",
])
def test_right_arithmetic_passes(tmp_path, text):
    assert [f for f in flags(tmp_path, text) if f["rule"] == "wrong-arithmetic"] == []


def test_a_fall_written_as_a_rise_is_flagged(tmp_path):
    got = flags(tmp_path, "Some 2.4 million homes were without power, up from 3 million.")
    assert any("is a fall" in f["message"] for f in got)


# -- parts, shares, conversions ----------------------------------------------------------------

def test_parts_in_the_next_sentence_exceed_their_total(tmp_path):
    got = flags(tmp_path, "The county has confirmed 58 measles cases. Of these, 41 were "
                          "children under 10, 12 were teenagers and 9 were adults.")
    assert [f["rule"] for f in got] == ["parts-exceed-total"]
    assert "62" in got[0]["message"]


def test_two_sides_of_one_vote_cannot_pass_100(tmp_path):
    got = flags(tmp_path, "Menino won, beating Flaherty by 57% to 52%.")
    assert [f["rule"] for f in got] == ["shares-over-100"]
    assert flags(tmp_path, "Menino won, beating Flaherty by 57% to 42%.") == []


def test_shares_of_different_wholes_are_not_added(tmp_path):
    assert flags(tmp_path, "Children account for about 70% of cases and 85% of deaths.") == []


def test_temperatures_convert_with_their_rounding(tmp_path):
    assert flags(tmp_path, "It reached 45.7C (114.3F). It fell to -15.2C (4.6F).") == []
    got = flags(tmp_path, "It reached 45.7C (104.3F).")
    assert [f["rule"] for f in got] == ["wrong-conversion"] and "114.3F" in got[0]["message"]


def test_a_weekday_with_a_day_and_month_but_no_year_is_checked(tmp_path):
    got = flags(tmp_path, "The figures were published on Tuesday, 18 December.", "2024-12-18")
    assert [f["rule"] for f in got] == ["weekday-mismatch"]


# -- figures written as the article writes them -------------------------------------------------

@pytest.mark.parametrize("value,unit,sample,shown", [
    (3.92e9, "EUR", "€4.2 billion", "€3.92 billion"),
    (2.18e9, "USD", "$2.5bn", "$2.18bn"),
    (22239.0, "acre", "12,200 acres", "22,200 acres"),
    (2.3, "percent", "2%", "2.3%"),
    (7.6, "percent", "6.7 percentage points", "7.6 percentage points"),
])
def test_written_like(value, unit, sample, shown):
    assert written_like(value, unit, sample) == shown


# -- restatements, rates and references (issue #11, second round) -------------------------------

def test_a_definite_restatement_takes_the_keys_of_the_figure_it_repeats(tmp_path):
    text = ("Brazil has recorded 1,020 dengue deaths so far this year, the ministry said.\n\n"
            "The {n} confirmed deaths compare with 1,094 in the whole of 2023.")
    assert flags(tmp_path, text.format(n="1,020"), "2024-04-03") == []
    got = flags(tmp_path, text.format(n="1,200"), "2024-04-03")
    assert "conflicting-figures" in rule_names(got)


def test_a_restatement_naming_its_month_repeats_that_month(tmp_path):
    text = ("England recorded 2,591 cases of whooping cough in March, up from 1,319 in "
            "February.\n\nThe March total of {n} was the highest in a decade.")
    assert flags(tmp_path, text.format(n="2,591"), "2024-05-09") == []
    assert "conflicting-figures" in rule_names(flags(tmp_path, text.format(n="2,951"), "2024-05-09"))


def test_a_clause_before_the_article_is_no_restatement():
    cs = claims("Hospitals admitted 1,700 patients in the month.\n\nOur sum covers the 31 "
                "daily reports.")
    assert find(cs, "1,700").measure is not None
    assert find(cs, "31").measure != find(cs, "1,700").measure


def test_a_possessive_before_a_figure_is_no_name_number():
    cs = claims("Hurricane Helene killed 93 people. Buncombe County's 30 deaths were the most.")
    assert [c.text for c in cs] == ["93", "30"]


def test_a_part_of_the_business_is_not_the_business(tmp_path):
    assert flags(tmp_path, "Nvidia reported revenue of $18.12 billion for the quarter. Data "
                           "centre revenue was a record $14.51 billion.\n\nIts quarterly revenue "
                           "of $18.12 billion beat forecasts.", "2023-11-21") == []


@pytest.mark.parametrize("rate,bad", [("About 40% of those infected died.", False),
                                      ("About 60% of those infected died.", True),
                                      ("The death rate among known cases is about 40%.", False),
                                      ("The death rate among known cases is about 30%.", True)])
def test_a_rate_worked_out_from_two_figures_of_the_story(tmp_path, rate, bad):
    got = flags(tmp_path, "The epidemic infected 28,616 people and killed 11,310, the WHO "
                          "said. " + rate, "2016-04-15")
    assert ("wrong-arithmetic" in rule_names(got)) == bad


def test_a_count_for_every_thousand_people_is_worked_out_on_the_population(tmp_path):
    text = ("The epidemic has infected 5,707 people, the government said.\n\nWith a "
            "population of about 200,000, the country has had {n} cases for every 1,000 people.")
    assert flags(tmp_path, text.format(n="nearly 29"), "2019-12-10") == []
    got = flags(tmp_path, text.format(n="nearly 49"), "2019-12-10")
    f = next(f for f in got if f["rule"] == "wrong-arithmetic")
    assert "28.5 for every 1,000" in f["message"]


def test_a_multiple_of_a_figure_named_by_its_place(tmp_path):
    text = ("Rockland County has 155 confirmed measles cases.\n\nNationally there are 314 "
            "confirmed cases. Rockland's 155 cases are about {w} of the national total.")
    assert flags(tmp_path, text.format(w="half"), "2019-03-27") == []
    assert "wrong-arithmetic" in rule_names(flags(tmp_path, text.format(w="a quarter"),
                                              "2019-03-27"))


def test_measurements_agree_to_their_last_written_digit(tmp_path):
    assert flags(tmp_path, "The gauge recorded 49.69 inches of rain in 24 hours.\n\nIn metric "
                           "terms the gauge caught 1,262 mm of rain.", "2019-05-14") == []


def test_parts_rounded_to_a_tenth_may_exceed_their_rounded_total(tmp_path):
    text = ("Turnover for 2023 was €59.6 billion. By business group, Personal Care brought in "
            "€13.8 billion, Nutrition €13.3 billion, Beauty €12.5 billion, Home Care €{h} "
            "billion and Ice Cream €7.9 billion.")
    assert flags(tmp_path, text.format(h="12.2"), "2024-02-08") == []
    assert "parts-exceed-total" in rule_names(flags(tmp_path, text.format(h="16.2"), "2024-02-08"))


@pytest.mark.parametrize("text,bad", [
    ("Average rents rose 4.1% in the year to June to £1,302. The average rent a year earlier "
     "was £1,251.", False),
    ("Average rents rose 6.1% in the year to June to £1,302. The average rent a year earlier "
     "was £1,251.", True),
    ("A record 18 million passengers used the airport in 2019, a 3.5% increase on the year "
     "before. The airport handled 17.4 million passengers in 2018.", False),
    ("A record 18 million passengers used the airport in 2019, a 3.5% increase on the year "
     "before. The airport handled 15.4 million passengers in 2018.", True),
    ("The county recorded 41,200 votes, up from 38,500 in 2019. That was an increase of "
     "2,700 votes, or 7.0%.", False),
    ("The county recorded 41,200 votes, up from 38,500 in 2019. That was an increase of "
     "2,700 votes, or 9.0%.", True),
    ("In England, 83.9% of children had both doses by age five, down from 84.5% a year "
     "earlier. The target is 95%.\n\nCoverage fell by 0.6 percentage points.", False),
    ("In England, 83.9% of children had both doses by age five, down from 84.5% a year "
     "earlier. The target is 95%.\n\nCoverage fell by 1.6 percentage points.", True),
])
def test_a_change_whose_values_stand_in_the_sentence_before_or_after(tmp_path, text, bad):
    assert ("wrong-arithmetic" in rule_names(flags(tmp_path, text, "2024-07-10"))) == bad


@pytest.mark.parametrize("text,bad", [
    ("Revenue was £2.4 billion ($3.05 billion) (£1 = $1.27).", False),
    ("Revenue was £2.4 billion ($3.55 billion) (£1 = $1.27).", True),
    ("Revenue was €59.6 billion, about $64.4 billion at an exchange rate of $1.08 per euro.",
     False),
    ("Revenue was €59.6 billion, about $68.4 billion at an exchange rate of $1.08 per euro.",
     True),
    ("The deal is worth £500 million ($735 million at $1.27 to the pound).", True),
    # no rate given: amounts in two currencies are never compared
    ("The deal is worth £500 million ($735 million).", False),
])
def test_a_currency_conversion_is_checked_at_the_rate_the_article_gives(tmp_path, text, bad):
    got = flags(tmp_path, text)
    assert ("wrong-conversion" in rule_names(got)) == bad
    if bad:
        f = next(f for f in got if f["rule"] == "wrong-conversion")
        assert "e+" not in f["message"] and " USD" not in f["message"]


@pytest.mark.parametrize("text,bad", [
    ("A total of 2,367 voters cast ballots. The winner received 1,310 votes and the runner-up "
     "1,057.", False),
    ("A total of 2,067 voters cast ballots. The winner received 1,310 votes and the runner-up "
     "1,057.", True),
    ("City won 28 of their 38 games, drew 7 and lost 3.", False),
    ("City won 28 of their 38 games, drew 7 and lost 5.", True),
])
def test_parts_of_a_total_in_the_next_sentence_or_each_with_its_verb(tmp_path, text, bad):
    assert ("parts-exceed-total" in rule_names(flags(tmp_path, text))) == bad


@pytest.mark.parametrize("text,bad", [
    ("Manchester City finished on 91 points, two ahead of Arsenal on 89.", False),
    ("Manchester City finished on 91 points, three ahead of Arsenal on 89.", True),
    ("De Blasio was leading Lhota by 73% to 24% with 56% of precincts reporting. De Blasio's "
     "lead was 49 points.", False),
    ("De Blasio was leading Lhota by 73% to 24% with 56% of precincts reporting. De Blasio's "
     "lead was 39 points.", True),
])
def test_a_gap_said_after_its_two_figures(tmp_path, text, bad):
    assert ("wrong-arithmetic" in rule_names(flags(tmp_path, text))) == bad


# -- third round (issue #11): shares of a whole, amounts set against a figure, "or" conversions

def test_a_share_of_a_whole_after_its_count_is_a_ratio_of_the_two():
    cs = claims("A total of 8,410 residents voted in Millbrook, 62% of the town's 13,560 "
                "registered voters.")
    rat = dict(find(cs, "62%").extra)["ratio"]
    assert (rat["of"], rat["per"]) == (find(cs, "A total of 8,410").id, find(cs, "13,560").id)


def test_a_share_skips_the_compared_value_for_the_level_it_is_of():
    cs = claims("The ferry line carried 41.3 million passengers last year, up 8% from 38.2 "
                "million, and 96% of the 43.1 million it carried in 2019.")
    assert dict(find(cs, "96%").extra)["ratio"]["of"] == find(cs, "41.3 million").id


@pytest.mark.parametrize("share, flagged", [("96%", False), ("91%", True), ("99%", True)])
def test_a_large_share_is_checked_by_what_it_leaves_out(tmp_path, share, flagged):
    # 41.3 of 43.1 million is 95.8%: "91%" is within 5% of it, not within its rounding
    got = flags(tmp_path, f"The ferry line carried 41.3 million passengers last year, {share} "
                          "of the 43.1 million it carried in 2019.")
    assert any(f["rule"] == "wrong-arithmetic" for f in got) is flagged


def test_an_amount_less_than_a_named_figure_is_a_change_between_the_two():
    cs = claims("Albany had 60.1 inches of snow over the winter. Utica was next with 49.3 "
                "inches, 10.8 inches less than Albany.")
    ch = dict(find(cs, "10.8 inches").extra)["change"]
    assert (ch["from"], ch["to"], ch["direction"]) == (
        find(cs, "60.1 inches").id, find(cs, "49.3 inches").id, "down")


def test_an_amount_against_the_old_record_or_the_figure_after_it(tmp_path):
    text = ("Storm Ezra left 33 inches of snow on Kingsport. The previous record, 27 inches, "
            "was set in 1978. Kingsport's total was 9 inches above the old record.")
    got = flags(tmp_path, text)
    assert any("from 27 inches to 33 inches is a rise of 6 inches" in f["message"]
               for f in got if f["rule"] == "wrong-arithmetic")
    assert not flags(tmp_path, text.replace("9 inches", "6 inches"))
    cs = claims("About 3.8% of clinic visits were for flu, 1.3 percentage points above the "
                "seasonal baseline of 2.5%.")
    assert dict(find(cs, "1.3 percentage points").extra)["change"]["from"] == find(cs, "2.5%").id


def test_higher_than_a_period_names_no_figure():
    cs = claims("Revenue was $35.1bn, 17% higher than the previous quarter.")
    assert "from" not in (dict(find(cs, "17%").extra).get("change") or {})


def test_a_unit_then_or_another_unit_of_its_kind_is_a_conversion(tmp_path):
    cs = claims("The glacier retreated 240 feet, or about 73 metres, over the decade.")
    assert dict(find(cs, "about 73 metres").extra)["conversion_of"] == find(cs, "240 feet").id
    assert any(f["rule"] == "wrong-conversion" for f in flags(
        tmp_path, "The glacier retreated 240 feet, or about 93 metres, over the decade."))
    # a share after "or" is no conversion
    cs = claims("Leave won 17,410,742 votes, or 51.9%.")
    assert "conversion_of" not in dict(find(cs, "51.9%").extra)


def test_a_figure_of_an_earlier_count_is_no_restatement(tmp_path):
    assert not flags(tmp_path, "He carried the state by 10,704 votes. An earlier count had put "
                               "his lead at 13,107 votes.")


def test_a_pronoun_ends_the_counted_noun():
    cs = claims("The 13.1 million subscribers it added were a record.")
    assert find(cs, "13.1 million").measure == "subscriber"


def test_a_factor_is_no_list_item_and_added_jobs_name_no_source(tmp_path):
    text = ("The economy added 227,000 jobs in November, up from 36,000 in October, the Labor "
            "Department said.\n\nEmployers added {} jobs in November, more than six times the "
            "October figure.")
    cs = claims(text.format("227,000"), date(2024, 12, 6))
    assert find(cs, "more than six").role == "factor"
    assert [c.source for c in cs if c.text == "227,000"] == ["Labor Department", None]
    assert any(f["rule"] in ("conflicting-figures", "restated-figure-mismatch")
               for f in flags(tmp_path, text.format("272,000"), "2024-12-06"))
    assert not flags(tmp_path, text.format("227,000"), "2024-12-06")


def test_a_candidates_share_restated_later_is_compared(tmp_path):
    text = ("Maria Lopez won 54% of the vote to 43% for Daniel Reyes.\n\nLopez's {} was her "
            "best result.")
    assert any(f["rule"] == "restated-figure-mismatch" for f in flags(tmp_path, text.format("58%")))
    assert not flags(tmp_path, text.format("54%"))


def test_figures_of_the_places_a_total_names_are_its_portions(tmp_path):
    text = ("The outbreak infected 9,300 people in Ardenia, Belmar and Corvia, the agency said."
            "\n\nArdenia had the most cases, 5,100. Belmar recorded {} cases and Corvia 1,400.")
    cs = claims(text.format("2,800"))
    assert {c.role for c in cs if c.text in ("5,100", "2,800", "1,400")} == {"portion"}
    assert any(f["rule"] == "parts-exceed-total" for f in flags(tmp_path, text.format("3,900")))
    assert not flags(tmp_path, text.format("2,800"))
    # places the total's sentence does not name are no parts of it
    cs = claims("The outbreak infected 9,300 people in Ardenia, the agency said. Officials "
                "opened new clinics.\n\nBelmar had 5,100 cases. Corvia recorded 4,400 cases.")
    assert not any(c.group == find(cs, "9,300").id for c in cs)


def test_a_range_and_its_converted_range_in_brackets(tmp_path):
    cs = claims("The surge was forecast to reach 8 to 12 feet (2.4 to 3.7 metres) on the coast.")
    assert dict(find(cs, "2.4").extra)["conversion_of"] == find(cs, "8").id
    assert dict(find(cs, "3.7 metres").extra)["conversion_of"] == find(cs, "12 feet").id
    assert any(f["rule"] == "wrong-conversion" for f in flags(
        tmp_path, "The surge was forecast to reach 8 to 12 feet (2.4 to 5.7 metres) on the coast."))


def test_a_rainfall_named_before_of_is_rainfall():
    cs = claims("Rainfall of 15 inches (38 cm) is more than the city gets in three months.")
    assert find(cs, "15 inches").measure == "rainfall"


def test_the_earlier_value_of_a_change_further_on_about_what_its_sentence_names(tmp_path):
    text = ("Denver's airport was the busiest, with 82.4 million passengers, up {}. Phoenix "
            "followed with 52.1 million.\n\nDenver had handled 77.8 million passengers in 2023.")
    cs = claims(text.format("5.9%"), date(2025, 3, 1))
    assert dict(find(cs, "5.9%").extra)["change"]["from"] == find(cs, "77.8 million").id
    assert not flags(tmp_path, text.format("5.9%"), "2025-03-01")
    assert any(f["rule"] == "wrong-arithmetic"
               for f in flags(tmp_path, text.format("9.5%"), "2025-03-01"))
    # a figure about another name is no earlier value of it
    cs = claims(text.format("5.9%").replace("Denver had", "Phoenix had"), date(2025, 3, 1))
    assert "from" not in dict(find(cs, "5.9%").extra)["change"]


def test_of_which_after_the_counted_noun_is_a_portion(tmp_path):
    text = "The agency recorded 15,600 cases and 537 deaths (of which {} were children) this year."
    assert find(claims(text.format("390")), "390").role == "portion"
    assert any(f["rule"] == "parts-exceed-total" for f in flags(tmp_path, text.format("600")))


def test_times_a_figure_named_by_its_noun(tmp_path):
    text = ("League clubs drew 14.7 million fans, an average of 38,700 a game over 380 games."
            "\n\nUnited had the highest attendance, 73,500, nearly {} the league average.")
    cs = claims(text.format("two times"))
    assert dict(find(cs, "73,500").extra)["relation"]["of"] == find(cs, "38,700").id
    assert any(f["rule"] == "wrong-arithmetic" for f in flags(tmp_path, text.format("three times")))
    assert not flags(tmp_path, text.format("two times"))


def test_a_count_then_or_a_share_keeps_its_own_unit_and_the_shares_are_one_vote(tmp_path):
    text = ("Ana Ruiz led Tom Hale with 61,204 votes, or 52.4%, to his 55,596, or {}, in "
            "unofficial results.")
    cs = claims(text.format("47.6%"))
    assert find(cs, "55,596").unit == ""
    assert find(cs, "52.4%").group == find(cs, "47.6%").group is not None
    assert any(f["rule"] == "shares-over-100" for f in flags(tmp_path, text.format("49.6%")))
    assert not flags(tmp_path, text.format("47.6%"))


def test_a_list_up_from_a_list_pairs_item_by_item(tmp_path):
    text = ("The agency estimates 4.1 million illnesses, 39,000 hospitalisations and 2,300 "
            "deaths so far, up from 3.2 million illnesses, 31,000 hospitalisations and 1,800 "
            "deaths a week earlier.\n\nThe 39,000 hospitalisations were {} more than the week "
            "before.")
    cs = claims(text.format("8,000"))
    assert {find(cs, t).role for t in ("3.2 million", "31,000", "1,800")} == {"compared"}
    assert dict(find(cs, "8,000").extra)["change"]["from"] == find(cs, "31,000").id
    assert not flags(tmp_path, text.format("8,000"))
    assert any(f["rule"] == "wrong-arithmetic" for f in flags(tmp_path, text.format("18,000")))


def test_a_countywide_figure_is_not_a_candidates(tmp_path):
    assert not flags(tmp_path, "Ana Ruiz won 61,204 votes. About 240,500 ballots were counted "
                               "countywide.")


def test_a_fraction_of_a_whole_after_its_count(tmp_path):
    text = ("The line carried about 120,000 passengers a day in March, {} of the roughly "
            "300,000 a day it carried in 2019.")
    assert not flags(tmp_path, text.format("two-fifths"))
    assert any(f["rule"] == "wrong-arithmetic" for f in flags(tmp_path, text.format("three-fifths")))


def test_by_one_share_to_another_is_a_result_not_a_range(tmp_path):
    cs = claims("Voters backed the measure by 51.9% to 48.1%.")
    assert [c.text for c in cs] == ["51.9%", "48.1%"]
    assert any(f["rule"] == "shares-over-100"
               for f in flags(tmp_path, "Voters backed the measure by 51.9% to 58.1%."))
    assert find(claims("The band is 4.5% to 4.75%."), "4.5% to 4.75%").lower == 4.5


def test_a_share_of_levels_is_the_level_given_next_out_of_its_compared_value(tmp_path):
    text = ("Weekday ridership reached about {} of pre-pandemic levels in May, with 1.2 million "
            "riders on an average day, against about 1.9 million in 2019.")
    assert not flags(tmp_path, text.format("63%"))
    assert any(f["rule"] == "wrong-arithmetic" for f in flags(tmp_path, text.format("73%")))


def test_made_up_a_share_is_a_share_and_its_count_out_of_a_whole_the_sentence_after(tmp_path):
    text = ("Electric cars made up 19.6% of new car sales in 2024. A total of {} electric cars "
            "were sold out of 1.95 million new cars.")
    assert not flags(tmp_path, text.format("381,970"))
    assert any(f["rule"] == "wrong-arithmetic" for f in flags(tmp_path, text.format("581,970")))


def test_a_year_before_a_change_verb_is_a_date_and_the_earlier_value_the_sentence_before(tmp_path):
    text = ("The network carried 2.4 billion riders in 2019. Ridership in 2020 plunged to 1.1 "
            "billion, a drop of {}.")
    cs = claims(text.format("54%"))
    assert "2020" not in [c.text for c in cs]
    assert dict(find(cs, "54%").extra)["change"]["from"] == find(cs, "2.4 billion").id
    assert not flags(tmp_path, text.format("54%"))
    assert any(f["rule"] == "wrong-arithmetic" for f in flags(tmp_path, text.format("34%")))
    # a count after "in" is still a count
    assert "2020" in [c.text for c in claims("The floods resulted in 2020 deaths.")]


def test_a_ranking_with_bare_figures_and_a_short_name_of_a_long_one(tmp_path):
    text = ("Denver International was the busiest, with 82.4 million passengers. Dallas Fort "
            "Worth was second with 81.8 million, and Orlando International third with 57.2 "
            "million.\n\nOrlando's {} million passengers put it ahead of Las Vegas.")
    cs = claims(text.format("57.2"))
    assert find(cs, "81.8 million").measure == find(cs, "82.4 million").measure == "passenger"
    assert [c.subject for c in cs if c.text == "57.2 million"] == ["orlando international"] * 2
    assert not flags(tmp_path, text.format("57.2"))
    assert any(f["rule"] in ("conflicting-figures", "restated-figure-mismatch")
               for f in flags(tmp_path, text.format("75.2")))


def test_an_amount_naming_its_period_takes_no_value_dated_otherwise(tmp_path):
    assert not flags(tmp_path, "The average price of petrol is $3.40 a gallon, three cents "
                               "higher than last week. A year ago drivers were paying $2.15 a "
                               "gallon.", "2021-10-28")


def test_that_was_n_percent_more_than_a_figure_is_of_the_sentence_before(tmp_path):
    text = ("Officers screened 2,951,163 people on Friday, beating the previous record of "
            "2,907,378 by {}.\n\nThat was about {} more than the 2.2 million screened on an "
            "average day.")
    assert not flags(tmp_path, text.format("43,785", "34%"))
    assert any(f["rule"] == "wrong-arithmetic" for f in flags(tmp_path, text.format("43,785", "43%")))
    assert any(f["rule"] == "wrong-arithmetic" for f in flags(tmp_path, text.format("34,785", "34%")))


def test_a_later_candidates_share_joins_the_vote(tmp_path):
    text = ("Satish Hiremath had 50.72% of the votes tallied and Patrick Straney 42.85%.\n\n"
            "Joe Winfield, who left the race, had {} of the vote.")
    assert not flags(tmp_path, text.format("6%"))
    assert any(f["rule"] == "shares-over-100" for f in flags(tmp_path, text.format("16%")))


def test_degrees_above_the_old_record_and_short_of_a_years_total(tmp_path):
    text = ("The temperature in Hill Park reached 99F (37C) on Tuesday, breaking the record for "
            "the date, 96F (35.6C), set in 1888.\n\nHill Park's reading was {} degrees above the "
            "old record.")
    assert not flags(tmp_path, text.format("3"), "2025-06-25")
    assert any(f["rule"] == "wrong-arithmetic" for f in flags(tmp_path, text.format("5"),
                                                              "2025-06-25"))
    text = ("Officials have confirmed 839 cases so far this year, the most since 1994, when 963 "
            "were reported.\n\nThe 839 cases are {} short of the 1994 total.")
    assert not flags(tmp_path, text.format("124"), "2019-05-01")
    assert any(f["rule"] == "wrong-arithmetic" for f in flags(tmp_path, text.format("214"),
                                                              "2019-05-01"))


@pytest.mark.parametrize("good, bad", [
    ("Labour and the Conservatives won 411 and 121 seats respectively, 532 in all.",
     "Labour and the Conservatives won 411 and 121 seats respectively, 562 in all."),
    ("Shelters took in an average of 1,200 people a day over 7 days, a total of 8,400.",
     "Shelters took in an average of 1,200 people a day over 7 days, a total of 9,400."),
    ("Of the 1,240 ballots cast, 38 were spoiled, or 3.1%.",
     "Of the 1,240 ballots cast, 38 were spoiled, or 5.1%.")])
def test_respectively_in_all_an_average_before_its_total_and_a_portion_or_share(
        tmp_path, good, bad):
    assert not flags(tmp_path, good)
    assert flags(tmp_path, bad)


@pytest.mark.parametrize("good, bad", [
    ("The fire burned 4,000 acres on Monday and 2,500 on Tuesday, 6,500 in all.",
     "The fire burned 4,000 acres on Monday and 2,500 on Tuesday, 7,500 in all."),
    ("Metro carried 600,000 riders a day in 2019. Ridership in 2023 rose to 420,000 a day, 70% "
     "of the 2019 level.",
     "Metro carried 600,000 riders a day in 2019. Ridership in 2023 rose to 420,000 a day, 80% "
     "of the 2019 level.")])
def test_a_bare_item_in_its_lists_unit_and_a_share_of_a_years_level(tmp_path, good, bad):
    assert not flags(tmp_path, good)
    assert flags(tmp_path, bad)


# -- the fourth probe's causes: what a figure counts, read alike in both its mentions -----------

def test_a_change_is_never_between_two_counts_of_different_things(tmp_path):
    text = ("The three terminals handled 6.2 million passengers in March, 4.1% more than in "
            "March 2023.")
    ch = dict(find(claims(text), "4.1%").extra)["change"]
    assert "from" not in ch                  # not from three terminals to 6.2 million
    assert flags(tmp_path, text) == []
    text = ("The storm killed 14 people and cut power to 900,000 customers, 250,000 more than "
            "the ice storm of 2021.")
    assert not [f for f in flags(tmp_path, text) if f["rule"] == "wrong-arithmetic"]


def test_depths_measured_at_several_places_are_no_parts_of_one(tmp_path):
    text = ("Mount Snow measured 18 inches of snow, the most in the state. Stratton had 17 "
            "inches and Killington 15 inches.")
    assert flags(tmp_path, text) == []
    # (counts at the places a total names still are its parts: the Ardenia test above; the
    # same shape in inches is none)
    text = ("Up to 20 inches of snow fell in Ardenia, Belmar and Corvia, the agency said.\n\n"
            "Ardenia had the most snow, 19 inches. Belmar recorded 12 inches and Corvia 11.")
    assert [f["rule"] for f in flags(tmp_path, text)] == []


def test_a_measure_phrase_that_opens_with_its_preposition():
    cs = claims("The company reported $9.4 billion in revenue. It booked $2.2 billion in sales "
                "abroad.")
    assert find(cs, "$9.4 billion").measure == "revenue"
    assert find(cs, "$2.2 billion").measure == "revenue"


def test_the_participle_after_a_generic_noun_names_the_count_whatever_follows(tmp_path):
    cs = claims("The outbreak has grown to 230 cases. Most of the 230 people infected were "
                "children, and 41 people hospitalized were over 65.")
    assert find(cs, "230 people"[:3]).measure == "cases"
    assert find(cs, "41").measure == "hospitalisations"
    text = "The outbreak has grown to 230 cases. Most of the 203 people infected were children."
    assert "restated-figure-mismatch" in {f["rule"] for f in flags(tmp_path, text)}


def test_a_sentence_opening_on_a_span_of_its_own_is_no_entity_and_takes_no_period(tmp_path):
    base = ("Acme said its revenue for the year rose 8% to $12.0 billion from $11.1 billion. "
            "Fourth-quarter revenue was $3.1 billion.\n\nThe {} billion in revenue was a record.")
    cs = claims(base.format("$12.0"))
    assert find(cs, "$3.1 billion").subject == "acme"
    # not the year's, no clash with it: the fourth quarter its own words name ("Fourth-quarter
    # revenue", read since the tenth round of dates), or none
    p = find(cs, "$3.1 billion").period
    assert p is None or (p.end - p.start).days < 93
    assert flags(tmp_path, base.format("$12.0")) == []
    assert "restated-figure-mismatch" in {f["rule"] for f in flags(tmp_path, base.format("$12.6"))}


def test_a_rate_restated_without_its_per_part_is_that_rate(tmp_path):
    text = ("The average price of diesel in the state is $4.12 a gallon, AAA said. Premium "
            "averages $4.35 a gallon.\n\nThe {} average is the highest since 2022.")
    got = find(claims(text.format("$4.12")), "$4.12")
    assert (got.unit, got.measure, got.subject) == ("USD / gallon", "prices", None)
    assert flags(tmp_path, text.format("$4.12")) == []
    assert "restated-figure-mismatch" in {f["rule"] for f in flags(tmp_path, text.format("$4.21"))}


def test_a_restatement_by_a_noun_the_earlier_figure_s_sentence_names(tmp_path):
    text = ("The number of people filing new claims for unemployment benefits rose by 12,000 "
            "to 231,000 last week, the Labor Department said.\n\nContinuing claims fell to "
            "1.86 million. The {} new claims were the most since August.")
    first, again = [c for c in claims(text.format("231,000")) if c.text == "231,000"]
    assert (again.measure, again.subject) == (first.measure, first.subject)
    assert flags(tmp_path, text.format("231,000")) == []
    assert {"restated-figure-mismatch", "conflicting-figures"} & \
        {f["rule"] for f in flags(tmp_path, text.format("213,000"))}


def test_a_share_of_a_noun_is_out_of_the_earlier_figure_that_counts_it(tmp_path):
    text = ("The county's norovirus outbreak has grown to 250 cases, health officials said. "
            "Admissions rose by four to 60, or {}% of cases.")
    share = find(claims(text.format(24)), "24%")
    assert dict(share.extra)["ratio"] == {"of": "c3", "per": "c1"}
    assert flags(tmp_path, text.format(24)) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format(34))}
    # a share of something no earlier figure counts is left alone
    text = "The outbreak has grown to 250 cases. Admissions rose to 60, or 14% of beds."
    assert "ratio" not in dict(find(claims(text), "14%").extra)


# -- one change, two amounts each written with one of its values (fifth probe's causes) --------

def test_an_amount_by_n_from_a_is_no_level_of_the_next_change(tmp_path):
    # "rose by N ..., from A, an increase of X%": the new value is A + N, never N itself
    text = ("Average weekly rent rose by $38 over the year, from $512, an increase of "
            "about {}%, the agency said.")
    assert flags(tmp_path, text.format(7)) == []
    got = flags(tmp_path, text.format(17))
    assert [f["rule"] for f in got] == ["wrong-arithmetic"]
    assert "$38 out of $512 is 7.4%" in got[0]["message"]


def test_an_amount_to_b_takes_the_earlier_value_another_amount_gives(tmp_path):
    # the amount gives the new value, the percentage after it the earlier one
    text = ("Tuition will rise by £{} a year to £9,535 from September, the government said, "
            "up 3.1% from the current £9,250.")
    assert flags(tmp_path, text.format(285)) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format(258))}


def test_a_proportion_in_words_restated_as_a_percentage(tmp_path):
    ok = ("More than a quarter of pupils (26.4%) passed. Roughly one in 20 homes (5%) had no "
          "heating, and nine out of 10 tenants, or 90%, renewed.")
    assert flags(tmp_path, ok) == []
    got = flags(tmp_path, "Almost a third of pupils (38%) passed.")
    assert [f["rule"] for f in got] == ["wrong-arithmetic"]
    assert "almost a third is 33.3%, not 38%" in got[0]["message"]
    got = flags(tmp_path, "One in five homes (12%) had no heating.")
    assert "One out of five is 20%, not 12%" in got[0]["message"]
    # the counts of "one in 20" are no counts of homes of their own
    cs = claims("Roughly one in 20 homes (5%) had no heating.")
    one, twenty = find(cs, "Roughly one"), find(cs, "20")
    assert (one.role, twenty.role) == ("factor", "whole")


def test_an_average_a_game_over_the_count_given_before(tmp_path):
    text = ("The Bruins played 82 regular-season games and won 65 of them.\n\nThey scored 301 "
            "goals, an average of {} a game, and allowed 174.")
    assert flags(tmp_path, text.format(3.7)) == []
    got = flags(tmp_path, text.format(4.1))
    assert "301 over 82 is 3.67 each, not 4.1" in got[0]["message"]
    # a count of other things is not what the average is over
    assert flags(tmp_path, "The club sold 82 shirts. It scored 301 goals, an average of 4.1 a "
                           "game.") == []


def test_a_sentence_widened_to_another_body_is_about_both(tmp_path):
    # the group's figure with its subsidiary is no restatement of the airline's own
    text = ("Aer Lingus carried 1.1 million passengers in March. Including Aer Lingus "
            "Regional, its partner, the group carried {} million, up 4%.")
    got = find(claims(text.format("1.3")), "1.3 million")
    assert got.subject == "aer lingus including aer lingus regional"
    assert find(claims(text.format("1.3")), "4%").subject == got.subject
    assert flags(tmp_path, text.format("1.3")) == []


def test_a_count_whose_noun_is_named_before_it(tmp_path):
    # "the number of <noun> reached N": the noun read as it is after a count
    text = ("The number of people evacuated rose to about 3,400 by Monday evening, officials "
            "said. By Monday, {} people had been evacuated from the valley.")
    assert find(claims(text.format("3,400")), "about 3,400").measure == "evacuees"
    assert find(claims("The number of flights cancelled reached 120."), "120").measure == \
        "flight"
    assert flags(tmp_path, text.format("3,400"), "2024-03-04") == []
    assert "restated-figure-mismatch" in \
        {f["rule"] for f in flags(tmp_path, text.format("2,600"), "2024-03-04")}


def test_a_multiple_whose_earlier_value_is_already_compared(tmp_path):
    text = "Flu admissions in the county {} to 84 this winter from 41 last winter."
    assert flags(tmp_path, text.format("doubled")) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format("tripled"))}


def test_places_after_a_total_that_says_how_many_places(tmp_path):
    # "across three states" names none of them: the later figures of each state are its parts
    text = ("Tornadoes killed 11 people across three states on Sunday, officials said.\n\n"
            "In Kentucky, 6 people died. Another {} were killed in Indiana and 2 in Ohio.")
    assert flags(tmp_path, text.format(3)) == []
    assert "parts-exceed-total" in {f["rule"] for f in flags(tmp_path, text.format(5))}
    cs = claims(text.format(3))
    assert [(c.text, c.subject, c.measure) for c in cs[-2:]] == \
        [("3", "indiana", "deaths"), ("2", "ohio", "deaths")]


def test_an_amount_named_by_the_noun_after_it(tmp_path):
    # "a £54 million budget" is the budget, "a $1.2 billion deal" the deal
    text = "# Council backs £{}m budget\n\nThe council approved a £47 million budget on Monday."
    assert flags(tmp_path, text.format(47)) == []
    assert {"conflicting-figures", "restated-figure-mismatch"} & \
        {f["rule"] for f in flags(tmp_path, text.format(74))}
    cs = claims("The firm agreed a $1.2 billion deal and a $300 million loan. The $1.2 billion "
                "average stood.")
    assert [c.measure for c in cs] == ["deal", "loan", None]


@pytest.mark.parametrize("text,wrong", [
    # a change in points after two percentages
    ("Approval fell to 38% in May from 43% in April, a drop of {} points.", ("five", "three")),
    # a share after a portion, ending its clause
    ("The clinic saw 860 patients. Of those, 215 were children, about {}%.", ("25", "35")),
    # ", or N a day" after a total over a span
    ("The shelter took in 420 animals over 14 days, or about {} a day.", ("30", "40")),
    # the pair right after a margin
    ("Ortiz won by {} votes, 18,930 to 17,310.", ("1,620", "1,260")),
    # the rest's share of the vote
    ("Lee won 49% and Park 44%, with {}% going to minor candidates.", ("7", "9")),
])
def test_everyday_orders_read_after_the_fifth_probe(tmp_path, text, wrong):
    ok, bad = wrong
    assert flags(tmp_path, text.format(ok)) == []
    assert {"wrong-arithmetic", "shares-over-100"} & \
        {f["rule"] for f in flags(tmp_path, text.format(bad))}


def test_a_hedged_multiple_is_held_to_what_its_words_allow(tmp_path):
    ok = ("Exports more than doubled to $9.1bn from $3.9bn. Imports nearly tripled to $5.6bn "
          "from $2bn. Debt roughly halved to $1.1bn from $2.3bn.")
    assert flags(tmp_path, ok) == []
    for bad in ("Exports more than tripled to $9.1bn from $3.9bn.",
                "Imports nearly tripled to $3.6bn from $2bn.",
                "Imports nearly doubled to $5.6bn from $2bn."):
        assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, bad)}, bad


def test_a_sentence_opening_modifier_is_no_entity(tmp_path):
    # "Health officials", "Measles outbreak": the headline and the body speak of one count
    text = ("# Measles outbreak grows to {} cases\n\nHealth officials said on Monday that "
            "the outbreak had reached 57 cases.")
    assert {c.subject for c in claims(text.format(57))} == {None}
    assert flags(tmp_path, text.format(57)) == []
    assert "restated-figure-mismatch" in {f["rule"] for f in flags(tmp_path, text.format(75))}


def test_a_count_with_a_verb_and_without_reads_alike(tmp_path):
    # "carried 48 million trips" and "to 41 million trips": one measure, trips
    text = ("Bus ridership fell {}% in 2023 to 41 million trips. In 2022 buses carried 48 "
            "million trips.")
    assert {c.measure for c in claims(text.format(15)) if "million" in c.text} == {"trip"}
    assert flags(tmp_path, text.format(15)) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format(18))}


def test_an_amount_and_its_percentage_after_values_compared_with(tmp_path):
    text = ("The county recorded 312 flu deaths this season, compared with 198 last season, "
            "an increase of 114, or {}%.")
    assert flags(tmp_path, text.format(58)) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format(48))}


@pytest.mark.parametrize("text,wrong,rules", [
    # a count, then bare counts by place in the next sentence
    ("The storm damaged 9,300 homes. About {} were in Cornwall and 3,100 in Devon.",
     ("6,100", "7,100"), {"parts-exceed-total"}),
    # a list, then a sentence that opens with its total
    ("The drug was given to 1,150 patients, and 980 received a placebo. In all, {} "
     "patients took part.", ("2,130", "2,310"), {"list-sum-mismatch", "parts-exceed-total"}),
    # a share of a normal level given after it, in its own unit
    ("Rainfall was {}% of the monthly average, with 96 mm against a normal of 80 mm.",
     ("120", "102"), {"wrong-arithmetic"}),
])
def test_parts_and_shares_read_after_the_fifth_probe(tmp_path, text, wrong, rules):
    ok, bad = wrong
    assert flags(tmp_path, text.format(ok)) == []
    assert rules & {f["rule"] for f in flags(tmp_path, text.format(bad))}


def test_a_level_said_of_the_noun_phrase_before_its_verb(tmp_path):
    # "The waiting list in England fell to 7.45 million" under "Hospital waiting list falls
    # to 7.54 million": one measure, the headline takes the body's place
    text = ("# Hospital waiting list falls to {} million\n\nThe waiting list in England fell "
            "to 7.45 million in January, figures show.")
    assert {c.measure for c in claims(text.format("7.45"))} == {"waiting list"}
    assert flags(tmp_path, text.format("7.45")) == []
    assert {"conflicting-figures", "restated-figure-mismatch"} & \
        {f["rule"] for f in flags(tmp_path, text.format("7.54"))}
    # a pronoun or a name is no noun phrase of a measure
    assert find(claims("It rose to 7.45 million."), "7.45 million").measure is None


def test_a_plural_name_with_the_and_its_figure_is_a_count():
    cs = claims("Labour won 412 seats, the Conservatives 121 and the Liberal Democrats 72.")
    assert [(c.text, c.subject) for c in cs] == \
        [("412", "labour"), ("121", "conservatives"), ("72", "liberal_democrats")]
    # a designation stays none: "Windows 10", "Voyager 2"
    assert [c.text for c in claims("He ran Windows 10 on the Voyager 2 replica.")] == []


def test_a_change_between_rounded_values_allows_their_rounding(tmp_path):
    # "€2.1 billion" and "€2.2 billion" may be €2.14 billion and €2.2 billion: a 3% fall
    text = "Operating profit fell {}% to €2.1 billion from €2.2 billion, the group said."
    assert flags(tmp_path, text.format(3)) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format(13))}


def test_a_headline_vote_share_and_a_rate_after_a_portion(tmp_path):
    text = ("# Lopez re-elected with {}% of vote\n\nLopez won 41,380 votes, or 54.1% of the "
            "76,490 cast, the county said.")
    assert flags(tmp_path, text.format("54")) == []
    assert {"restated-figure-mismatch", "conflicting-figures"} & \
        {f["rule"] for f in flags(tmp_path, text.format("45"))}
    text = "Of the 640 samples tested, 96 were positive, a positivity rate of {}%."
    assert flags(tmp_path, text.format(15)) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format(12))}


def test_a_compared_value_that_names_nothing_and_a_lead_against_it(tmp_path):
    # "from 814" names no noun of its own: it is the reports' earlier value
    text = "Cases of norovirus rose {}% in the fortnight, to 1,204 reports, from 814."
    assert flags(tmp_path, text.format(48)) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format(68))}
    text = "She received 610,453 votes against 562,117, a lead of {}."
    assert flags(tmp_path, text.format("48,336")) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format("43,836"))}


def test_a_fold_factor_in_digits_or_words(tmp_path):
    text = ("About 58,100 cases were reported in 2023, up from 1,370 in 2022, a {}-fold "
            "increase.")
    assert flags(tmp_path, text.format(42)) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format(24))}
    text = "Cases rose {} to 5,100 from 510 in the region."
    assert flags(tmp_path, text.format("tenfold")) == []
    assert "wrong-arithmetic" in {f["rule"] for f in flags(tmp_path, text.format("fivefold"))}


@pytest.mark.parametrize("text", [
    # a monthly and an annual rate of one measure
    "# Inflation falls to 3.2% in March\n\nConsumer prices rose 0.4% in March from February "
    "and were 3.2% higher than a year earlier, down from 3.4% in February.",
    # "up 211 from 2019" is an amount of change, never a count of seats
    "# Labour wins 412 seats\n\nLabour won 412 of the 650 seats, up 211 from 2019.",
    # "top 2,300" in a headline is more than 2,300
    "# Heat deaths top 2,300 in Spain\n\nThe heat contributed to 2,351 deaths in Spain in "
    "July and August, the health ministry said.",
    # shares of a level are no parts of one whole
    "Passenger numbers are at 95% of pre-pandemic levels on weekdays and 105% at weekends.",
    # "up from 15 points" is an earlier value, though the sentence gives no new one
    "# Poll: Labour leads by 18 points\n\nLabour was on 44% and the Conservatives on 26%. "
    "Labour's lead was up from 15 points a month earlier.",
    # "the state of Minas Gerais" is Minas Gerais, not the country named before
    "Brazil has recorded more than 1.5 million dengue cases this year. The state of Minas "
    "Gerais has the most cases, about 520,000.",
    # a prefix makes another word, not another spelling
    "Unemployment rose to 4.2% in the three months to September. Employment rose by 54,000.",
    # the injured are no part of the headline's dead
    "# Typhoon kills 59\n\nThe typhoon has killed at least 59 people, officials said, and 247 "
    "were injured.",
])
def test_clean_copy_that_raised_false_alarms_before(tmp_path, text):
    assert flags(tmp_path, text, "2024-08-30") == []


def test_an_amount_below_a_month_is_set_against_no_figure_of_that_month(tmp_path):
    text = ("# Airport handles 7.3 million passengers in August\n\nThe airport handled 7.3 "
            "million passengers in August, 17% more than a year ago and only 2.2% below "
            "August 2019.")
    assert flags(tmp_path, text, "2023-09-18") == []


def test_the_list_after_a_count_out_of_a_whole(tmp_path):
    text = ("Labour won 9 of the 16 seats contested on Thursday, the Conservatives 5 and the "
            "Greens {}.")
    assert flags(tmp_path, text.format(2)) == []
    assert {"parts-exceed-total", "list-sum-mismatch"} & \
        {f["rule"] for f in flags(tmp_path, text.format(4))}
    # the count declared so far is no party's: its list is not more counts out of the whole
    assert flags(tmp_path, "With 648 of 650 seats declared, Labour has 412, the Conservatives "
                           "121 and the Liberal Democrats 71.") == []
