"""Everyday copy, the e43 round (issue 11, recall): rankings written indirectly, results
written as counts with their shares, rates on a base. Our own sentences with real figures
(UK rail punctuality, Olympic gold counts, world tourism, council by-elections, US infant
mortality and overdose rates, AAA pump prices). Each mechanism is checked on a clean text (no
flag) and on the same construction with one planted error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_DAY = date(2024, 5, 1)


# -- "the most punctual ..., with X% on time, ahead of ...": a quality's superlative -----------

_PUNCTUAL = ("Chiltern was the most punctual operator in the quarter, with 95.2% of its trains "
             "on time, ahead of Merseyrail on 94.1% and c2c on 93.6%.")


def test_the_most_punctual_ranks_the_shares_on_time_from_the_highest():
    assert rules(_PUNCTUAL, _DAY) == []
    assert "wrong-rank" in rules(_PUNCTUAL.replace("94.1%", "96.1%"), _DAY)
    assert "wrong-rank" in rules(_PUNCTUAL.replace("93.6%", "94.6%"), _DAY)


def test_the_least_punctual_behind_another_has_the_lower_share_on_time():
    text = ("First Great Western was the least punctual long-distance operator, with 76% of "
            "trains on time, behind Virgin Trains on 81%.")
    assert rules(text, _DAY) == []
    assert "wrong-rank" in rules(text.replace("on 81%", "on 71%"), _DAY)


def test_a_quality_measured_the_other_way_round_ranks_the_figures_the_other_way():
    text = ("Northern was the least reliable operator, cancelling 5.6% of its services, ahead "
            "of TransPennine Express with 4.2%.")
    assert rules(text, _DAY) == []
    assert "wrong-rank" in rules(text.replace("with 4.2%", "with 6.2%"), _DAY)


def test_a_quality_whose_figures_say_neither_way_is_left_unread():
    text = ("Chiltern was the most punctual operator, with a score of 95.2%, ahead of "
            "Merseyrail on 96.1%.")
    assert rules(text, _DAY) == []


def test_behind_is_read_only_after_a_least():
    # ("second with 81.8 million, behind France with 86.9 million": France is above)
    text = "Spain was the most popular with 81.8 million visitors, behind France with 86.9 million."
    assert rules(text, _DAY) == []


# -- "Behind the two leaders": a place by counting ------------------------------------------

_GOLDS = ("The United States won 40 golds in Paris and China also won 40. Japan were third "
          "with 20.\n\nAustralia were fourth with 18 golds. Behind the top four, the hosts "
          "France took 16 golds, and the Netherlands were sixth with 15.")


def test_a_place_counted_behind_the_leaders_is_ranked_with_the_paragraphs_places():
    assert rules(_GOLDS, _DAY) == []
    assert "wrong-rank" in rules(_GOLDS.replace("France took 16", "France took 19"), _DAY)
    assert "wrong-rank" in rules(_GOLDS.replace("sixth with 15", "sixth with 17"), _DAY)
    rank = dict(find(claims(_GOLDS, _DAY), "16").extra)["rank"]
    assert rank["word"].startswith("fifth")


def test_a_counted_place_heads_a_chain():
    text = ("Spain was second with 85.2 million and the United States third with 66.5 million. "
            "Behind the top three, Italy drew 57.3 million, ahead of Turkey with 55.2 million.")
    assert rules(text, _DAY) == []
    assert "wrong-rank" in rules(text.replace("Turkey with 55.2", "Turkey with 59.2"), _DAY)


# -- results as counts with their shares: one implied whole --------------------------------

_RESULT = ("The Conservative, who took 1,187 votes (37.5%), held the seat. Labour's candidate, "
           "who polled 1,011 (31.9%), was second, and the independent, who took 971 (30.6%), "
           "third.")


def test_each_count_and_its_share_imply_one_whole():
    assert rules(_RESULT, _DAY) == []
    assert "wrong-arithmetic" in rules(_RESULT.replace("1,011 (31.9%)", "1,511 (31.9%)"), _DAY)
    shares = [find(claims(_RESULT, _DAY), s) for s in ("37.5%", "31.9%", "30.6%")]
    assert {c.role for c in shares} == {"share"} and len({c.group for c in shares}) == 1


def test_shares_of_a_result_list_cannot_pass_100():
    assert "shares-over-100" in rules(_RESULT.replace("(30.6%)", "(36.6%)"), _DAY)


def test_whole_number_shares_whose_rounding_passes_100_are_no_error():
    text = ("The Liberal Democrat, who took 604 votes (45%), won; the Conservative took 414 "
            "(31%), Labour 254 (19%) and the Green Party 75 (6%) in the ward's by-election.")
    assert rules(text, _DAY) == []


def test_counts_with_shares_outside_a_vote_are_no_results():
    text = ("The company sold 1,200 vans (12%) in March and 900 lorries (30%) in April, the "
            "trade body said.")
    assert rules(text, _DAY) == []


# -- a rate on a base ------------------------------------------------------------------------

_RATES = ("The national infant mortality rate was 5.6 deaths per 1,000 live births. "
          "Mississippi had the highest rate, 8.1 deaths per 1,000 live births, ahead of "
          "Louisiana at 7.6 and Arkansas at 7.4.")


def test_rates_on_a_base_are_no_parts_of_a_total_and_rank_through_their_base():
    assert rules(_RATES, _DAY) == []
    assert "wrong-rank" in rules(_RATES.replace("Louisiana at 7.6", "Louisiana at 8.6"), _DAY)


def test_that_after_an_earlier_value_speaks_of_the_level():
    text = ("The state recorded 34 overdose deaths per 100,000 residents, up from 22 per "
            "100,000 five years earlier. That is more than double the national rate of 13.4.")
    assert rules(text, _DAY) == []
    assert "wrong-arithmetic" in rules(text.replace("rate of 13.4", "rate of 18.4"), _DAY)


# -- cents beside dollars, a price a gallon beside a bare price ---------------------------------

def test_a_bare_price_after_a_price_a_gallon_is_ranked_with_it():
    text = ("Hawaii had the most expensive regular gas, at $4.65 a gallon, followed by "
            "California at $4.33 and Washington at $3.90.")
    assert rules(text, _DAY) == []
    assert "wrong-rank" in rules(text.replace("$4.33", "$4.73"), _DAY)


# -- an amount whose earlier value a "when" clause (or "the ... of a month ago") names -----------

def test_an_amount_higher_than_a_year_ago_when_runs_from_the_clauses_figure():
    text = ("Diesel averaged $3.62 a gallon on Thursday, $1.18 higher than a year ago, when "
            "drivers paid $2.44.")
    assert rules(text, _DAY) == []
    assert "wrong-arithmetic" in rules(text.replace("paid $2.44", "paid $2.64"), _DAY)


def test_cents_above_the_price_of_a_month_ago_run_to_the_sentence_befores_level():
    # (and the earlier value "the $3.54 of a month ago" is no level of the later amount)
    text = ("Regular gasoline rose to an average of $3.58 this week. The average is 4 cents above "
            "the $3.54 of a month ago and 15 cents lower than a year ago, when it stood at "
            "$3.73.")
    assert rules(text, _DAY) == []
    assert "wrong-arithmetic" in rules(text.replace("the $3.54 of", "the $3.44 of"), _DAY)
    assert "wrong-arithmetic" in rules(text.replace("stood at $3.73", "stood at $3.93"), _DAY)
