"""Issue #11, everyday99: forms of everyday copy read for the first time (own sentences, real
figures): the level "That"/"This"/"It" stands for when its sentence sets it against two values,
counts hired and cut netted against the total change, a gap between two comparisons with one
base, "respectively" after two runs of levels or after to/from pairs, a ranked chain past its
period words, and a set or revised figure held as written in a direction check."""

from __future__ import annotations

from datetime import date

import pytest

from everyday_support import flags

DAY = date(2023, 7, 4)


def _rules(text: str, day: date = DAY) -> set[str]:
    return {f["rule"] for f in flags(text, day)}


def _wrong(text: str, day: date = DAY) -> bool:
    return "wrong-arithmetic" in _rules(text, day)


# 1. "That was an improvement on X, but N points lower than Y": the pronoun's level
AE_MAY = ("Public Health Scotland said 70.8% of patients who went to A&E in May were seen "
          "within four hours.\n\n"
          "That was an improvement on April's 69.3%, but {gap} percentage points lower than the "
          "71.3% of June last year.")
AE_WEEK = ("NHS England said 94.3% of patients were dealt with within four hours last week, "
           "missing the 95% target again.\n\n"
           "This was up from 93.3% the previous week, but {gap} points below the 94.5% reached "
           "in the week ending October 5.")


@pytest.mark.parametrize("text, gap, wrong", [
    (AE_MAY, "0.5", False), (AE_MAY, "1.5", True),
    (AE_WEEK, "0.2", False), (AE_WEEK, "1.2", True)])
def test_a_pronouns_level_against_a_second_value(text, gap, wrong):
    assert _wrong(text.format(gap=gap)) is wrong


def test_a_pronoun_whose_paragraph_leads_with_two_levels_is_left_open():
    # the sentence before leads with another level of the unit and no measure word picks
    # either: two readings, so the second comparison is not judged
    text = ("Some 70.8% of patients were seen within four hours in May. "
            "The busiest hospital saw 61.2% in time.\n\n"
            "That was an improvement on April's 69.3%, but 9.5 points lower than the 71.3% of "
            "June last year.")
    assert not _wrong(text)


# 2. Counts hired and cut, netted against the total
PAYROLLS = ("US employers cut {total} jobs in September, the Labor Department said.\n\n"
            "Private employers hired {up} while government payrolls shrank by {down}.")


@pytest.mark.parametrize("total, up, down, wrong", [
    ("95,000", "64,000", "159,000", False), ("95,000", "84,000", "159,000", True),
    ("95,000", "64,000", "179,000", True), ("75,000", "64,000", "159,000", True)])
def test_counts_hired_and_cut_net_to_the_total(total, up, down, wrong):
    assert _wrong(PAYROLLS.format(total=total, up=up, down=down), date(2010, 10, 8)) is wrong


def test_counts_added_and_cut_are_no_restatement_of_the_total():
    text = ("The US economy shed 131,000 jobs in July.\n\n"
            "The private sector added 71,000 jobs and government cut 202,000.")
    assert not _rules(text, date(2010, 8, 6))


# 3. A gap between two comparisons with one base
CITIES = ("Glasgow's Yes vote was 8.8 points above the national 44.7% and Edinburgh's 5.8 "
          "points below it, a gap of {gap} points between the two cities.")
PENSIONS = ("The full new state pension is £3.15 more than that and the full basic state "
            "pension £50.65 less, a gap of {gap} a week between the two.")


@pytest.mark.parametrize("text, gap, wrong", [
    (CITIES, "14.6", False), (CITIES, "12.6", True), (CITIES, "3.0", True),
    (PENSIONS, "£53.80", False), (PENSIONS, "£55.80", True)])
def test_a_gap_between_two_comparisons_with_one_base(text, gap, wrong):
    assert _wrong("Scotland voted No.\n\n" + text.format(gap=gap), date(2014, 9, 19)) is wrong


def test_two_comparisons_the_same_way_leave_their_difference():
    text = ("Leeds's rate was 9 points above the average of 40% and Hull's was 4 points above "
            "it, a gap of {gap} points between the two.")
    assert not _wrong(text.format(gap="5"))
    assert _wrong(text.format(gap="13"))


# 4. "respectively" after two runs of levels, or after to/from pairs
SHARES = ("The Conservatives and Labour took 43.6% and 32.1% of the vote, against 42.4% and "
          "40.0% at the 2017 election, a rise of {up} points and a fall of {down} points "
          "respectively.")
PRICES = ("Consumer price inflation rose to 11.1% in October from 10.1% in September, and the "
          "CPIH measure to 9.6% from 8.8%, rises of 1.0 and {b} percentage points respectively.")


@pytest.mark.parametrize("up, down, wrong", [("1.2", "7.9", False), ("2.2", "7.9", True),
                                             ("1.2", "6.9", True)])
def test_respectively_after_two_runs_of_levels(up, down, wrong):
    assert _wrong(SHARES.format(up=up, down=down), date(2019, 12, 13)) is wrong


@pytest.mark.parametrize("b, wrong", [("0.8", False), ("1.8", True)])
def test_respectively_after_to_from_pairs(b, wrong):
    assert _wrong(PRICES.format(b=b), date(2022, 11, 16)) is wrong


# 5. A ranked chain past its period words and a name with commas
@pytest.mark.parametrize("second, third, wrong", [
    ("3,152.7", "2,939.2", False), ("3,252.7", "2,939.2", True), ("3,152.7", "3,162.2", True)])
def test_a_chain_after_the_leaders_period(second, third, wrong):
    text = ("Middlesbrough had the highest rate in the UK, 3,171.6 cases per 100,000 people in "
            f"the seven days to January 8, followed by Derry City and Strabane with {second} "
            f"and Hartlepool with {third}.")
    assert ("wrong-rank" in _rules(text, date(2022, 1, 12))) is wrong


@pytest.mark.parametrize("third, wrong", [("1,348.3", False), ("1,648.3", True)])
def test_a_chain_link_whose_name_holds_commas(third, wrong):
    text = ("The Shetland Islands had the most cases for their size, 2,002.6 per 100,000 people, "
            "followed by Lisburn and Castlereagh at 1,560.9 and Armagh City, Banbridge and "
            f"Craigavon at {third}.")
    assert ("wrong-rank" in _rules(text, date(2022, 2, 15))) is wrong


# 7. A set or revised figure is as written, however round
@pytest.mark.parametrize("text, wrong", [
    ("Job gains for May were revised down to 200,000 from 204,000.", False),
    ("Job gains for May were revised down to 200,000 from 194,000.", True),
    ("The IMF revised down its forecast for US growth this year to 4% from 5.2%.", False),
    ("The IMF revised down its forecast for US growth this year to 6% from 5.2%.", True),
    ("The Bank raised its forecast for the peak of inflation to 13% from 10% in May.", False),
    ("The Bank raised its forecast for the peak of inflation to 9% from 10% in May.", True),
    ("The IMF cut its forecast for world growth in 2020 to minus 3% from 3.3%.", False),
    ("The IMF cut its forecast for world growth in 2020 to 4% from 3.3%.", True)])
def test_a_set_or_revised_figure_against_its_direction_word(text, wrong):
    assert _wrong(text, date(2022, 8, 4)) is wrong


def test_a_hedged_new_figure_keeps_its_interval():
    # "raised ... to about 10%" from 10.2% may be a rise: the hedge leaves it open
    assert not _wrong("The Bank raised its forecast for inflation to about 10% from 10.2%.",
                      date(2022, 8, 4))


# 6. A share "of the total" two paragraphs below its total
JAPAN = ("Japan's population fell by 531,702 to 124,885,175 in the year to January 1.\n\n"
         "The fall in the number of Japanese nationals was the steepest on record.\n\n"
         "Foreign residents rose by 329,535 to 3,323,374, about {share} of the total.")


@pytest.mark.parametrize("share, wrong", [("2.7%", False), ("3.7%", True)])
def test_a_share_of_a_total_two_paragraphs_up(share, wrong):
    assert _wrong(JAPAN.format(share=share), date(2024, 7, 25)) is wrong

