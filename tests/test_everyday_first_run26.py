"""Everyday copy, the e26 blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (box office weekends, charity
accounts, crown court backlogs, ...). Our own sentences with the real figures. Each fix is
checked on a clean text (no flag) and on the same construction with an error in it (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

DAY = date(2017, 1, 16)


# -- "taking $20 million, down 12% from $22.8 million ... and lifting its total to $54.3m" ----

def test_a_running_total_in_a_clause_of_its_own_is_not_the_new_value():
    text = ("Hidden Figures took $20 million, down 12% from $22.8 million the weekend before "
            "and lifting its domestic total to $54.3 million.")
    assert "wrong-arithmetic" not in rules(text, DAY)
    ch = find(claims(text, DAY), "12%").extra_dict()["change"]
    assert ch.get("to") == find(claims(text, DAY), "$20 million").id
    # the level before the amount is the new value, and a wrong amount is flagged
    wrong = text.replace("down 12%", "down 21%")
    assert "wrong-arithmetic" in rules(wrong, DAY)


def test_bringing_the_total_to_is_still_the_new_value_with_no_level_before():
    text = "The fund rose by $50 from $1,000, bringing the total to $1,150."
    assert "wrong-arithmetic" in rules(text, DAY)


# -- "40% more than the previous weekend, for a total of $74 million" ------------------------

def test_a_period_then_a_comma_ends_what_an_amount_is_set_against():
    text = ("La La Land was second with $14.5 million, 40% more than the previous weekend, for "
            "a total of $74 million.")
    assert "wrong-arithmetic" not in rules(text, DAY)
    ch = find(claims(text, DAY), "40%").extra_dict().get("change") or {}
    assert ch.get("from") is None
    # a figure named right after "than" is still set against
    wrong = "La La Land took $14.5 million, 40% more than the $12.4 million of Rogue One."
    assert "wrong-arithmetic" in rules(wrong, DAY)


# -- "income fell 16%, from £43.4m to £36.5m, after gifts in wills dropped by £6.5m" ----------

def test_an_amount_in_a_clause_of_cause_is_not_the_change_before_it():
    text = ("The charity's income fell 16% in the year to March 31, from £43.4m in 2022/23 to "
            "£36.5m, after gifts in wills dropped by £6.5m, its accounts show.")
    assert "wrong-arithmetic" not in rules(text, date(2024, 9, 25))
    ch = find(claims(text, date(2024, 9, 25)), "£6.5m").extra_dict().get("change") or {}
    assert ch.get("from") is None and ch.get("to") is None
    # the percentage of the main clause is still checked
    wrong = text.replace("fell 16%", "fell 26%")
    assert "wrong-arithmetic" in rules(wrong, date(2024, 9, 25))


# -- "Some 19,164 cases had been open for at least a year" after "78,329" cases ---------------

COURT = ("The backlog of cases at crown courts in England and Wales reached a record 78,329 at "
         "the end of June, up 2% from 76,957 at the end of March.\n\n"
         "Some {} cases had been open for at least a year, up 17% from 16,378 a year earlier.")


def test_a_count_that_lasted_a_stated_time_is_a_subset_not_a_restatement():
    day = date(2025, 9, 25)
    got = rules(COURT.format("19,164"), day)
    assert "conflicting-figures" not in got and "restated-figure-mismatch" not in got
    c = find(claims(COURT.format("19,164"), day), "Some 19,164")
    assert c.extra_dict().get("status") == "open for at least a year"
    # its own change is still checked
    assert "wrong-arithmetic" in rules(COURT.format("19,164").replace("up 17%", "up 27%"), day)


def test_two_counts_of_one_subset_are_still_compared():
    text = ("Some 2,713 patients had waited more than two years in the target specialties. In "
            "all, 2,913 patients had waited more than two years in those specialties.")
    assert {"conflicting-figures", "restated-figure-mismatch"} & set(rules(text, DAY))


# -- "Berkshire Hathaway ($3.4 billion), Citizens ($2.6 billion) and Munich Re ($1.7 billion)" --

def test_amounts_in_brackets_after_names_are_a_list_not_negatives():
    text = ("Three insurers disclosed losses of $7.7 billion: Berkshire Hathaway ($3.4 billion), "
            "Citizens Property Insurance ($2.6 billion) and Munich Re ($1.7 billion).")
    cs = claims(text, DAY)
    assert all(find(cs, w).value > 0 for w in ("$3.4 billion", "$2.6 billion", "$1.7 billion"))
    assert {find(cs, w).role for w in ("$3.4 billion", "$2.6 billion")} <= {"part", "item"}
    sums = {"list-sum-mismatch", "parts-exceed-total"}
    assert not sums & set(rules(text, DAY))
    assert sums & set(rules(text.replace("($2.6 billion)", "($3.6 billion)"), DAY))


# -- "$4.48 billion, out of $5.82 billion worldwide" -----------------------------------------

def test_an_amount_out_of_a_whole_after_it_is_a_portion_of_it():
    text = ("Insured losses in the US from severe weather in the first quarter came to $4.48 "
            "billion, out of $5.82 billion worldwide.")
    cs = claims(text, DAY)
    assert find(cs, "$4.48 billion").role == "portion"
    assert "parts-exceed-total" not in rules(text, DAY)
    assert "parts-exceed-total" in rules(text.replace("$5.82", "$3.82"), DAY)


# -- "Wolverhampton 1,495 (1,262), Worcester 855 (806)": a table written as text -------------

ROUNDUP = ("Birmingham had 2,284 open cases against 1,872 a year before, Wolverhampton 1,495 "
           "(1,262), Worcester 855 (806), Stafford 843 (690) and Shrewsbury 759 (624).\n\n"
           "That is nearly 1,500 cases waiting at Wolverhampton and more than {} at Shrewsbury.")


def test_every_item_of_a_list_with_bracketed_earlier_values_is_read():
    day = date(2025, 9, 25)
    cs = claims(ROUNDUP.format("750"), day)
    assert {c.text for c in cs} >= {"855", "843", "759", "806", "690", "624"}
    assert find(cs, "806").role == "compared" and find(cs, "855").role == "item"
    assert not set(rules(ROUNDUP.format("750"), day)) & {"conflicting-figures",
                                                          "restated-figure-mismatch"}
    assert {"conflicting-figures", "restated-figure-mismatch"} & set(
        rules(ROUNDUP.format("850"), day))


# -- "Of those, trans-Atlantic 1.4 million (down 4.5%), Latin America 3.1 million (up 2.6%)" --

BOX = ("- International: 5.3 million passengers, up 0.3%\n"
       "- Of those, trans-Atlantic 1.4 million (down 4.5%), Latin America {} million (up 2.6%) "
       "and Asia Pacific 784,000 (up 0.1%)\n")


def test_a_list_with_its_changes_in_brackets_after_of_those_is_portions_of_the_count():
    day = date(2016, 7, 12)
    cs = claims(BOX.format("3.1"), day)
    assert {find(cs, w).role for w in ("1.4 million", "3.1 million", "784,000")} == {"portion"}
    assert "parts-exceed-total" not in rules(BOX.format("3.1"), day)
    assert "parts-exceed-total" in rules(BOX.format("4.1"), day)


# -- the e26b batch: animal charities' legacies, the 2010 census ------------------------------

CHARITIES = ("Legacy income at the RSPCA rose 25% to £78.6m and now makes up 57% of its total "
             "income.\n\n"
             "At Battersea legacy income rose 23% to £14.9m, 36% of its income, and at the "
             "Donkey Sanctuary {} to £{}m, 65% of its income.")


def test_a_share_of_its_owners_whole_is_not_of_another_owners_figure():
    day = date(2017, 11, 1)
    text = CHARITIES.format("10%", "24.8")
    cs = claims(text, day)
    assert "ratio" not in find(cs, "36%").extra_dict()
    got = set(rules(text, day))
    assert not got & {"wrong-arithmetic", "shares-over-100", "parts-exceed-total"}
    # a share of the owner's own figure is still checked
    wrong = "Legacy income at the RSPCA came to £78.6m, or 75% of its legacy income of £137.9m."
    assert "wrong-arithmetic" in rules(wrong, day)


def test_a_change_whose_verb_the_sentence_gave_before_is_a_change():
    day = date(2017, 11, 1)
    ch = find(claims(CHARITIES.format("10%", "24.8"), day), "10%").extra_dict()["change"]
    assert ch["direction"] == "up"
    text = ("Sales rose 4% to £100m from £96.2m, and in Scotland 10% to £24.2m from £22m.")
    assert "wrong-arithmetic" not in rules(text, day)
    assert "wrong-arithmetic" in rules(text.replace("10% to", "20% to"), day)


def test_a_chain_ranks_the_rates_of_change_after_a_bare_one():
    day = date(2010, 12, 21)
    text = ("Nevada grew fastest, by 35.1%, ahead of Arizona at 24.6%, Utah at {}%, Idaho at "
            "21.1% and Texas at 20.6%.")
    assert "wrong-rank" not in rules(text.format("23.8"), day)
    assert "wrong-rank" in rules(text.format("25.8"), day)


# -- "That compares with 70,893 a year earlier, a rise of 10%" -------------------------------

def test_an_earlier_value_dated_in_the_next_sentence_takes_the_level_before_as_new_value():
    day = date(2025, 9, 25)
    lead = "The backlog reached a record 78,329 cases at the end of June. "
    for tail in ("That compares with 70,893 a year earlier, a rise of {}.",
                 "A year earlier it stood at 70,893, so the caseload has grown by {}."):
        assert "wrong-arithmetic" not in rules(lead + tail.format("10%"), day)
        assert "wrong-arithmetic" in rules(lead + tail.format("16%"), day)
    # a figure of another scale is no earlier value of it
    other = "The backlog reached a record 78,329 cases at the end of June. " \
            "A year earlier 12 courts were closed, a rise of 16%."
    assert "wrong-arithmetic" not in rules(other, day)
