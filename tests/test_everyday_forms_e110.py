"""everyday110: the unread forms of note39's issue #11 list (rates, their changes and their
gaps), each checked with its right value (no flag) and a wrong one (flagged). Own sentences,
real figures."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, only_wrong_flagged, rules

WANT = frozenset({"wrong-arithmetic", "wrong-conversion", "restated-change-mismatch"})


# 1. A per-month (or per-year) amount against a change given only as two levels of another
#    stretch; a counterfactual's gap between two bills

def test_month_amount_of_a_yearly_fall() -> None:
    text = ("A typical household will pay £1,834 a year for its energy from October 1, down "
            "from £2,074 now, Ofgem said. The cut takes about £{} a month off the typical "
            "bill.\n")
    only_wrong_flagged(text, "24", "20", date(2023, 8, 25), WANT)


def test_month_amount_against_a_level_set_against_another() -> None:
    text = ("Ofgem said the cap for January to March will be £1,738 a year for a typical "
            "household, against £1,717 under the current cap. That adds about £{} a month "
            "to the typical bill.\n")
    only_wrong_flagged(text, "2.75", "1.75", date(2024, 11, 22), WANT)


def test_year_amount_of_a_monthly_rise() -> None:
    text = ("The average retirement benefit will go from $1,927 a month to $1,976 in January, "
            "or about ${} more a year.\n")
    only_wrong_flagged(text, "688", "588", date(2024, 10, 10), WANT)


def test_year_amount_of_a_weekly_rise() -> None:
    text = ("The full new state pension will rise from £203.85 a week to £221.20 in April. "
            "The increase puts about £{} a year into pensioners' pockets.\n")
    only_wrong_flagged(text, "1,100", "900", date(2023, 11, 22), WANT)


def test_nearer_pair_is_the_one_restated() -> None:
    # two pairs in a row: the amount after the second restates the second, not the first
    text = ("A Band D home would pay £1,628.03 a year, up from £1,565.56. A Band B home would "
            "pay £1,266.24 a year instead of £1,217.66, or £{} a month more.\n")
    only_wrong_flagged(text, "5.21", "4.05", date(2018, 12, 12), WANT)


def test_same_stretch_is_left_to_the_change_machinery() -> None:
    # an amount over the levels' own stretch is no restatement over another
    text = ("Bills will rise to £1,849 a year from £1,738. The increase adds £111 a year to "
            "the typical bill.\n")
    amount = next(c for c in claims(text, date(2025, 2, 25)) if c.text == "£111")
    basis = dict(amount.extra).get("change", {}).get("basis")
    assert basis in (None, (1.0, 1.0), [1.0, 1.0])


def test_counterfactual_gap_between_two_bills() -> None:
    text = ("Ofgem said on Thursday that its price cap for January would be £4,279 a year. "
            "Under the guarantee the typical household will keep paying £2,500 a year, so the "
            "guarantee saves it about £{} a year against the cap.\n")
    only_wrong_flagged(text, "1,979", "1,779", date(2022, 11, 24), frozenset({"wrong-arithmetic"}))


def test_counterfactual_gap_over_another_stretch() -> None:
    text = ("Without the guarantee the cap would have gone to £3,549 a year. Households will "
            "pay £2,500 a year instead, saving them about £{} a month.\n")
    only_wrong_flagged(text, "107", "87", date(2022, 9, 8), frozenset({"wrong-arithmetic"}))


def test_three_levels_leave_the_gap_open() -> None:
    # £2,500 against £3,000 or £3,280: which two are meant is open, so nothing is checked
    text = ("The guarantee holds the typical bill at £2,500 a year instead of letting it rise "
            "to £3,000. Ofgem's cap is £3,280 a year, so the guarantee keeps the bill £280 a "
            "year below the cap.\n")
    assert "wrong-arithmetic" not in rules(text, date(2023, 3, 15))
    gap = next(c for c in claims(text, date(2023, 3, 15)) if c.text == "£280")
    assert "difference" not in dict(gap.extra)


# 2. A rate given as a share of another rate; a rise on a base alone in its sentence

def test_share_of_it_after_an_amount_is_no_part_of_the_share_before() -> None:
    # (a false flag of the first run: "80% of it" was taken as a part of the 70%)
    text = ("Ireland's national minimum wage will rise to €12.70 an hour on January 1.\n\n"
            "Workers aged under 18 will be paid €8.89 an hour, 70% of the adult rate, and "
            "19-year-olds will get €11.43, or {}% of it.\n")
    only_wrong_flagged(text, "80", "90", date(2023, 10, 10))
    assert "parts-exceed-total" not in rules(text.format("90"), date(2023, 10, 10))


def test_share_of_the_adult_rate_said_a_paragraph_up() -> None:
    text = ("The adult minimum wage will rise from $17.70 to $18.90 an hour on April 1.\n\n"
            "The starting-out and training rates go up from $14.16 to $15.12 an hour, keeping "
            "them at {}% of the adult rate.\n")
    only_wrong_flagged(text, "85", "80", date(2019, 12, 18), WANT | {"ratio-of-counts-mismatch"})


def test_share_of_the_adult_minimum_named_by_a_word_of_pay() -> None:
    # no "adult" before the whole: the sentence that names the minimum wage gives it
    text = ("The minimum wage will be $22.70 an hour from April 1, up from $21.20.\n\n"
            "The training and starting-out rate will be $18.16, which is {}% of the adult "
            "minimum.\n")
    only_wrong_flagged(text, "85", "80", date(2023, 2, 22), WANT | {"ratio-of-counts-mismatch"})


def test_share_of_the_adult_rate_with_the_amount_first() -> None:
    text = ("Ireland's national minimum wage will rise by €1.40 to €12.70 an hour on January 1."
            "\n\nWorkers aged under 18 will be paid €8.89 an hour, {}% of the adult rate.\n")
    only_wrong_flagged(text, "75", "70", date(2023, 10, 10), WANT | {"ratio-of-counts-mismatch"})


def test_share_of_a_rate_never_written_is_not_read() -> None:
    text = "Apprentices will be paid £6.40 an hour, 56% of the adult rate.\n"
    share = next(c for c in claims(text, date(2023, 11, 21)) if c.text == "56%")
    assert "ratio" not in dict(share.extra)


def test_rise_on_a_base_alone_in_its_sentence() -> None:
    text = ("The National Living Wage for workers aged 23 and over will be £10.42 an hour from "
            "April.\n\nFor those workers, now on £9.50, the rise is {}%.\n")
    only_wrong_flagged(text, "7.9", "9.7", date(2022, 11, 17), WANT)


def test_rise_on_a_base_takes_the_nearest_reading() -> None:
    # £11.44 and £8.60 are both levels a sentence up: the rise on £7.49 is checked against
    # the reading nearest the stated figure (£8.60's 14.8%), flagged only when none agrees
    text = ("The adult rate rises to £11.44 and the rate for 18 to 20-year-olds to £8.60.\n\n"
            "For the younger workers, now on £7.49, the rise is {}%.\n")
    only_wrong_flagged(text, "18.4", "14.8", date(2023, 11, 21), WANT)


# 3. A percentage change named with "the" after the change's amount and new level

def test_the_increase_after_an_amount_and_a_new_level() -> None:
    text = ("The adult minimum wage will rise by 50 cents to $14.25 an hour from April 1, the "
            "Labour Minister said.\n\n"
            "He said the {} per cent increase balanced the needs of workers and employers.\n")
    only_wrong_flagged(text, "4.6", "3.6", date(2014, 1, 29), WANT)


def test_the_rise_in_pence_a_paragraph_later() -> None:
    text = ("The National Living Wage will go up by 30p to £7.50 an hour in April, the "
            "Chancellor said.\n\n"
            "Unions said the {}% rise did not go far enough.\n")
    only_wrong_flagged(text, "5.2", "4.2", date(2016, 11, 23), WANT)


def test_two_changes_before_leave_the_increase_open() -> None:
    # two amounts with new levels before: which the increase restates is open
    text = ("The adult rate rises by 50 cents to $14.25, and the training rate rises by 40 "
            "cents to $11.40.\n\nThe 3.6 per cent increase takes effect on April 1.\n")
    pct = next(c for c in claims(text, date(2014, 1, 29)) if c.text.startswith("3.6"))
    assert dict(pct.extra).get("change", {}).get("by") is None


def test_a_level_of_the_pair_is_no_restatement_of_its_change() -> None:
    # (false flags of the whole guard: the new level of "from £169.50 to £176.45 a week",
    # after "rise", was read as the change restated over "a week")
    text = ("The full new state pension will rise by 4.1% from £221.20 to £230.25 a week in "
            "April, the government said.\n")
    assert "wrong-arithmetic" not in rules(text, date(2024, 11, 28))
    level = next(c for c in claims(text, date(2024, 11, 28)) if c.text == "£230.25")
    assert dict(level.extra).get("change", {}).get("basis") is None
