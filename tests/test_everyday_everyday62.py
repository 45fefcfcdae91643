"""Everyday copy, the e62 rounds (issue 11, first-run precision and recall on fresh copy): the
counts of a list of priced items ("£77 million for 61,000 homes, £61 million for 9,000
businesses") are lines of one breakdown, not levels another breakdown restates; an outturn's gap
to a forecast when a sentence stands between the outturn and the forecast; a percentage change
after a second "from A to B" pair whose verb is elided ("and Stelara from A to B, a reduction of
N%"). Our own sentences with real figures (the ABI's estimate for Storms Ciara and Dennis, the
ONS public finances of September 2024, Medicare's negotiated prices of August 2024). Each
mechanism is checked on a clean text (no flag) and, where it feeds a check, with one planted
error."""

from __future__ import annotations

from datetime import date

from everyday_support import RESTATED, claims, find, rules

_ABI_DAY = date(2020, 3, 7)
_ABI = ("Insurers expect to pay out £363 million to customers hit by the two storms.\n\n"
        "Flood damage accounts for £214 million of the bill, including £107 million for 3,350 "
        "flooded homes, £85 million for 1,500 business premises and £21.7 million for {flood} "
        "vehicles.\n\n"
        "Wind damage makes up the remaining £149 million, including £77 million for 61,000 "
        "homes, £61 million for 9,000 businesses and £11 million for 3,500 vehicles.")


def test_counts_of_two_priced_breakdowns_are_no_restatement():
    text = _ABI.format(flood="3,600")
    cs = claims(text, _ABI_DAY)
    assert find(cs, "3,600").role == "portion"
    assert find(cs, "3,500").role == "portion"
    assert not RESTATED & set(rules(text, _ABI_DAY))


def test_one_priced_item_alone_stays_a_level():
    # ("£21.7 million for 3,600 vehicles" with no other priced item in its sentence: the count
    # is left a level, compared as before)
    text = "Insurers paid £21.7 million for 3,600 vehicles damaged by the floods."
    assert find(claims(text, _ABI_DAY), "3,600").role is None


_ONS_DAY = date(2024, 10, 22)
_ONS = ("The public sector borrowed £16.6bn in September, the Office for National Statistics "
        "said. That was £2.1bn more than in September last year.\n\n"
        "The Office for Budget Responsibility had forecast borrowing of £15.1bn for the month, "
        "so the outturn was {gap} above its estimate.")


def test_forecast_gap_reaches_past_a_sentence_about_the_level():
    cs = claims(_ONS.format(gap="£1.5bn"), _ONS_DAY)
    gap = dict(find(cs, "£1.5bn").extra)["difference"]
    assert gap["of"] == find(cs, "£16.6bn").id
    assert gap["minus"] == find(cs, "£15.1bn").id
    assert rules(_ONS.format(gap="£1.5bn"), _ONS_DAY) == []
    assert "wrong-arithmetic" in rules(_ONS.format(gap="£2.5bn"), _ONS_DAY)


def test_forecast_gap_needs_a_level_of_the_forecasts_period():
    # the only earlier borrowing figure is of another period (the half year): no gap is read
    text = ("Borrowing in the first six months of the financial year reached £79.6bn. The "
            "OBR had forecast borrowing of £15.1bn for September, so the outturn was £1.5bn "
            "above its estimate.")
    cs = claims(text, _ONS_DAY)
    assert "difference" not in dict(find(cs, "£1.5bn").extra)


_DRUG_DAY = date(2024, 8, 15)
_DRUGS = ("The arthritis drug Enbrel falls from $7,106 to $2,355 a month, 67% less, and Stelara "
          "from $13,836 to {new}, a reduction of 66%.")


def test_a_change_after_a_second_pair_with_its_verb_elided_is_of_that_pair():
    cs = claims(_DRUGS.format(new="$4,695"), _DRUG_DAY)
    ch = dict(find(cs, "66%").extra)["change"]
    assert ch["from"] == find(cs, "$13,836").id
    assert ch["to"] == find(cs, "$4,695").id
    assert rules(_DRUGS.format(new="$4,695"), _DRUG_DAY) == []
    assert "wrong-arithmetic" in rules(_DRUGS.format(new="$5,695"), _DRUG_DAY)


def test_the_first_pair_keeps_its_own_change():
    cs = claims(_DRUGS.format(new="$4,695"), _DRUG_DAY)
    ch = dict(find(cs, "67%").extra)["change"]
    assert ch["from"] == find(cs, "$7,106").id
    assert "wrong-arithmetic" in rules(_DRUGS.format(new="$4,695").replace("67% less",
                                                                             "57% less"),
                                       _DRUG_DAY)


_MIGRATION_DAY = date(2024, 11, 28)


def test_three_whole_number_shares_may_add_up_to_101():
    # (86%, 10% and 5% of the arrivals: each may be rounded up by half a point)
    text = ("About 1.2 million people arrived in the year. Of those who arrived, 86% were "
            "nationals of countries outside the EU, 10% were EU nationals and {b}% were British.")
    assert "shares-over-100" not in rules(text.format(b=5), _MIGRATION_DAY)
    assert "shares-over-100" in rules(text.format(b=15), _MIGRATION_DAY)


def test_shares_written_to_a_tenth_have_a_tenth_of_the_room():
    text = ("Of those who arrived, 86.4% were from outside the EU, 10.2% were EU nationals "
            "and {b}% were British.")
    assert "shares-over-100" not in rules(text.format(b="3.4"), _MIGRATION_DAY)
    assert "shares-over-100" in rules(text.format(b="4.4"), _MIGRATION_DAY)

