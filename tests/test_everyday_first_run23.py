"""Everyday copy, the e23 blind probes (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (Ucas results day, the Big Give
and a newspaper Christmas appeal, ...). Our own sentences with the real figures. Each fix is
checked on a clean text (no flag) and on the same construction with an error in it (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, rules

DAY = date(2021, 12, 9)


# -- "79,054 donations were made, 7,854 more than last year": the count right before ----------

def test_an_amount_after_another_count_is_not_the_pair_before_it():
    text = ("The 928 charities taking part were the most in its history, up from 764 a year ago, "
            "and 79,054 donations were made, 7,854 more than last year.")
    assert "wrong-arithmetic" not in rules(text, DAY)
    ch = find(claims(text, DAY), "7,854").extra_dict().get("change") or {}
    assert ch.get("from") is None
    # the pair's own amount, right after it, is still checked
    wrong = ("The 928 charities taking part were the most in its history, up from 764 a year "
             "ago, 264 more.")
    assert "wrong-arithmetic" in rules(wrong, DAY)


def test_money_said_again_per_share_keeps_the_pair():
    text = ("Third-quarter earnings rose to $921 million from $527 million a year earlier, or "
            "$1.54 a share, up 48%.")
    assert "wrong-arithmetic" in rules(text, DAY)


# -- "£130,000 more than last year, including £528,971 for ...": a part is no base -----------

def test_a_part_after_including_is_not_what_an_amount_is_set_against():
    text = ("Pledges came to £1,229,390, £130,000 more than last year, including £528,971 for "
            "Magic Breakfast, £419,156 for Afghanaid and £281,184 for CALM.")
    assert "wrong-arithmetic" not in rules(text, DAY)
    # set against a figure named right after "than", it is still checked
    wrong = "Pledges came to £1,229,390, £130,000 more than the £1,000,000 of last year."
    assert "wrong-arithmetic" in rules(wrong, DAY)


# -- "applicants had been accepted" / "applicants have won a place at their first choice" -----

UCAS = ("A record 385,910 applicants had been accepted on to UK university courses by midnight "
        "on Wednesday, according to Ucas.\n\n"
        "About {} applicants have won a place at their first-choice institution.")


def test_two_statuses_of_one_noun_are_two_groups():
    text = UCAS.format("345,300")
    cs = claims(text, date(2013, 8, 15))
    assert find(cs, "385,910").extra_dict().get("status") == "accept"
    assert find(cs, "About 345,300").extra_dict().get("status") == "won"
    assert not RESTATED & set(rules(text, date(2013, 8, 15)))


def test_a_count_with_no_status_still_restates_one_with_a_status():
    text = ("A record 385,910 applicants had been accepted on to UK university courses by "
            "midnight on Wednesday.\n\nThe 358,910 applicants will start in September.")
    assert RESTATED & set(rules(text, date(2013, 8, 15)))


def test_one_status_restated_with_another_value_is_flagged():
    text = ("A record 385,910 applicants had been accepted on to UK university courses.\n\n"
            "In all, 358,910 applicants were accepted.")
    assert RESTATED & set(rules(text, date(2013, 8, 15)))


def test_a_modal_is_no_status():
    text = ("Fiat Chrysler Canada will recall about 400,000 vehicles fitted with Takata airbags."
            "\n\nIt said some of its 300,000 vehicles might already have been covered.")
    assert "status" not in find(claims(text, DAY), "300,000").extra_dict()


def test_a_participle_alone_is_no_status():
    text = ("Ostra Motors UK will recall about 200,000 vehicles fitted with faulty brakes.\n\n"
            "It said 120,000 vehicles had already been repaired.")
    cs = claims(text, DAY)
    assert "status" not in find(cs, "about 200,000").extra_dict()
    assert find(cs, "120,000").extra_dict().get("status") == "repair"


# -- "385,910 ..., 31,600 more than at the same point last year, a rise of 9%" ----------------

RESULTS_DAY = ("A record 385,910 applicants had been accepted on to courses by midnight on "
               "Wednesday, {} more than at the same point last year, a rise of 9%.")


def test_an_amount_more_than_a_time_pairs_with_the_percentage_after_it():
    assert "wrong-arithmetic" not in rules(RESULTS_DAY.format("31,600"), date(2013, 8, 15))
    assert "wrong-arithmetic" in rules(RESULTS_DAY.format("41,600"), date(2013, 8, 15))


def test_an_amount_more_than_a_time_alone_stays_unchecked():
    text = ("A record 385,910 applicants had been accepted on to courses, 41,600 more than at "
            "the same point last year.")
    assert not rules(text, date(2013, 8, 15))
    ch = find(claims(text, date(2013, 8, 15)), "41,600").extra_dict().get("change") or {}
    assert ch.get("direction") == "up" and ch.get("from") is None


# -- "reached $320 a tonne, up 71 per cent from $187 a year ago": the rate written once -------

WHEAT = "Feed wheat reached $320 a tonne in Melbourne this week, up {} per cent from $187 a year ago."


def test_an_earlier_value_without_its_rate_takes_the_rate_before():
    day = date(2006, 10, 14)
    assert "wrong-arithmetic" not in rules(WHEAT.format(71), day)
    assert "wrong-arithmetic" in rules(WHEAT.format(61), day)


def test_an_earlier_value_with_a_rate_of_its_own_is_left():
    # "$187 a bushel" is no price a tonne: nothing to work the 71% from
    text = "Feed wheat reached $320 a tonne this week, up 71 per cent from $187 a bushel."
    assert "wrong-arithmetic" not in rules(text, date(2006, 10, 14))


# -- "The most-visited destinations were:" and a list: a table written as text ---------------

TABLE = ("The most-visited destinations were:\n"
         "- France: 86.9 million arrivals (+5.1%)\n"
         "- Spain: {} million (+8.6%)\n"
         "- United States: 75.9 million (-3.8%)\n"
         "- China: 60.7 million (+2.5%)\n\n"
         "Spain overtook the United States.")


def test_a_list_after_a_superlative_is_a_ranking():
    day = date(2018, 8, 28)
    assert "wrong-rank" not in rules(TABLE.format("81.8"), day)
    assert "wrong-rank" in rules(TABLE.format("71.8"), day)


def test_a_list_after_plain_words_is_no_ranking():
    text = TABLE.format("71.8").replace("The most-visited destinations were:",
                                        "Arrivals at some destinations:")
    assert "wrong-rank" not in rules(text, date(2018, 8, 28))


def test_a_ranking_from_the_lowest_runs_the_other_way():
    text = ("The cheapest cities were:\n- Lagos: $1.20\n- Cairo: $1.45\n- Delhi: {}\n\n"
            "Prices were surveyed in March.")
    day = date(2018, 8, 28)
    assert "wrong-rank" not in rules(text.format("$1.60"), day)
    assert "wrong-rank" in rules(text.format("$1.30"), day)


# -- second probe (e23b) ----------------------------------------------------------------------

def test_the_wrong_figure_a_correction_quotes_is_no_share():
    text = ("# Apple\n\n(Corrects the fourth paragraph to say iPhones account for 69.4% of "
            "Apple's revenue, not 40.8%)\n\nThe iPhone accounts for 69.4% of its revenue.")
    assert "shares-over-100" not in rules(text, date(2017, 2, 1))
    # two shares of one whole, neither retracted, are still summed
    assert "shares-over-100" in rules("iPhones account for 69.4% of revenue and services "
                                      "for 40.8%.", date(2017, 2, 1))


GCSE = ("The share of entries graded at least a 4 fell from 68.2% in 2023 to 67.6% this year, a "
        "drop of {} percentage points, though it stays above the 67.3% of 2019.")


def test_a_concession_after_an_amount_names_no_earlier_value():
    day = date(2024, 8, 22)
    assert "wrong-arithmetic" not in rules(GCSE.format("0.6"), day)
    assert "wrong-arithmetic" in rules(GCSE.format("0.8"), day)
    ch = find(claims(GCSE.format("0.6"), day), "0.6 percentage points").extra_dict()["change"]
    assert (ch["from"], ch["to"]) == (find(claims(GCSE.format("0.6"), day), "68.2%").id,
                                     find(claims(GCSE.format("0.6"), day), "67.6%").id)


def test_a_headline_amount_restates_the_body_figure_of_its_value():
    text = ("# Universities share A$416.6m in research grants\n\n"
            "The council will fund 989 projects with A$416.6 million. The largest scheme, "
            "Discovery Projects, takes A$234.7 million of the total for 630 projects.")
    assert not RESTATED & set(rules(text, date(2016, 11, 4)))
    assert find(claims(text, date(2016, 11, 4)), "A$234.7 million").role == "portion"


def test_a_count_of_things_is_no_amount_of_one():
    text = ("# Aircraft maker's £1.1m fine tops the month\n\n"
            "Together the four fines come to £2.402 million.")
    assert "dimension-mismatch" not in rules(text, date(2018, 3, 7))
    # one thing in two kinds of unit is still flagged
    text = ("Russian forces captured roughly 3,000 sq km of territory this year. The 3,000 km "
            "of territory taken ...")
    assert "dimension-mismatch" in rules(text, date(2018, 3, 7))


def test_a_when_clause_gives_the_level_of_its_sentence():
    text = ("More than a fifth of UK GCSE entries, 21.8%, were awarded at least a 7 or an A this "
            "year, down {} percentage points on last year, when 22% of entries achieved them.")
    day = date(2024, 8, 22)
    cs = claims(text.format("0.2"), day)
    ch = find(cs, "0.2 percentage points").extra_dict()["change"]
    assert (ch["from"], ch["to"]) == (find(cs, "22%").id, find(cs, "21.8%").id)
    assert "wrong-arithmetic" not in rules(text.format("0.2"), day)
    # "22%" may be 22.4%: only a drop beyond its rounding is contradicted
    assert "wrong-arithmetic" not in rules(text.format("0.4"), day)
    assert "wrong-arithmetic" in rules(text.format("1.2"), day)


CAP = ("The cap already rose sharply in April, to £1,971 for a household paying by direct debit. "
       "Customers who pay by cash or cheque face a further {} a year, taking their cap to £2,101.")


def test_a_further_amount_taking_any_level_to_a_figure_is_a_change():
    day = date(2022, 5, 24)
    assert "wrong-arithmetic" not in rules(CAP.format("£130"), day)
    assert "wrong-arithmetic" in rules(CAP.format("£150"), day)


def test_an_amount_not_said_to_be_added_brings_only_a_total():
    text = ("# Outbreak reaches 68 cases\n\nHealth officials confirmed three new cases on Friday, "
            "taking the outbreak to 68 confirmed cases.")
    assert "wrong-arithmetic" not in rules(text, date(2019, 2, 1))


def test_a_superlative_leads_the_first_figure_after_it():
    text = ("The council has awarded €630 million to more than 300 researchers, with the biggest "
            "share going to UK institutions, which won 60 grants. Germany was second with {}, "
            "France third with 38.")
    day = date(2017, 11, 28)
    assert "wrong-rank" not in rules(text.format(56), day)
    assert "wrong-rank" in rules(text.format(66), day)
