"""Everyday copy, the lead18 blind probe (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (Channel crossings, the prison
population, transfer spending, a referendum). Our own sentences with the real figures. Each fix
is checked on a clean text (no flag) and on the same construction with an error in it (still
flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_AUG31 = date(2024, 8, 31)


# -- a rate is no item of the counts beside it -------------------------------------------------

_PMS = ("During Rishi Sunak's time in Downing Street 50,645 people arrived, almost 82 a day on "
        "average, while the average under Liz Truss was 210 a day.\n\n"
        "Altogether 135,385 people have come across the Channel in small boats since the start "
        "of 2018.")


def test_a_count_and_its_daily_rate_are_no_list_of_a_later_total():
    cs = claims(_PMS, _AUG31)
    assert find(cs, "almost 82").role != "item"
    assert rules(_PMS, _AUG31) == []


def test_a_list_of_counts_under_its_total_is_still_summed():
    text = ("Of the 135,385 people who have crossed since 2018, 45,728 came in 2022 and 29,437 "
            "in 2023.")
    assert rules(text, _AUG31) == []
    assert rules(text.replace("45,728", "145,728"), _AUG31)


# -- an average over a count given before it, with a source after ------------------------------

_BOATS = ("Some 206 migrants reached the UK in three small boats on Monday, an average of almost "
          "69 people a boat, according to figures from the Home Office.\n\n"
          "That brings the provisional number of arrivals so far this year to 19,294.")


def test_an_average_a_boat_with_a_source_after_it_is_over_the_boats_counted_before():
    day = date(2024, 8, 20)
    assert rules(_BOATS, day) == []
    assert "wrong-arithmetic" in rules(_BOATS.replace("almost 69", "almost 96"), day)


# -- "Of the 119 prisons, 74 ..., and 9,242 more prisoners than ..." -------------------------

_PRISONS = ("Of the 119 prisons in use, 74 are overcrowded, and across the estate there are 9,242 "
            "more prisoners than the jails were built to hold. Forty public-sector prisons have "
            "been told to find room for 440 extra inmates by August.")


def test_an_amount_more_than_another_count_is_no_second_part_of_the_whole():
    day = date(2014, 7, 4)
    cs = claims(_PRISONS, day)
    assert find(cs, "74").role == "portion"
    assert find(cs, "9,242").role != "portion"
    assert rules(_PRISONS, day) == []
    assert "parts-exceed-total" in rules(_PRISONS.replace("74 are", "174 are"), day)


# -- "48% of all the money spent by clubs" is no share of "14 of the 20 clubs" ------------------

_SPEND = ("The top flight accounted for 48% of all the money spent by clubs in Europe's five "
          "biggest leagues, and 14 of the 20 clubs spent more than they had a year earlier.")


def test_a_participle_after_a_shares_noun_names_no_whole_of_a_later_count():
    day = date(2023, 9, 2)
    assert "ratio" not in dict(find(claims(_SPEND, day), "48%").extra)
    assert rules(_SPEND, day) == []


def test_a_share_of_the_count_it_names_is_still_worked_out():
    text = "Nearly three-quarters of the clubs, 14 of the 20, spent more than a year earlier."
    assert "wrong-arithmetic" in rules(text.replace("14 of the 20", "11 of the 20"),
                                       date(2023, 9, 2))


# -- a subject named beside another is not carried to a later paragraph -------------------------

_VOTE = ("The Yes side won 795,008 votes and the No side 425,047, a margin of almost 370,000.\n\n"
         "Turnout was low at 39.2%: 1,240,135 ballots were cast, of which 20,080 were spoilt.")


def test_a_later_paragraphs_total_takes_neither_side_named_before():
    day = date(2013, 10, 6)
    cs = claims(_VOTE, day)
    assert find(cs, "1,240,135").subject is None
    assert rules(_VOTE, day) == []


def test_one_side_named_alone_is_still_carried():
    text = ("The Yes side won 795,008 votes on Friday.\n\n"
            "Counting ended overnight with 759,008 votes.")
    cs = claims(text, date(2013, 10, 6))
    assert find(cs, "759,008").subject == find(cs, "795,008").subject


# -- recall: constructions of the probe the checks did not read ------------------------------

_CITY = ("Manchester City's four summer signings, Josko Gvardiol for £77m, Jeremy Doku for £55m, "
         "Matheus Nunes for £53m and Mateo Kovacic for £25m, cost a combined £210m.")


def test_named_items_each_bought_for_an_amount_sum_to_the_combined_cost():
    day = date(2023, 9, 2)
    assert rules(_CITY, day) == []
    assert "list-sum-mismatch" in rules(_CITY.replace("£210m", "£230m"), day)


_ROLLS = ("Only 3,857,308 of the 18,279,011 people on the electoral rolls cast a ballot over the "
          "two days, a turnout of 21.1%.")


def test_a_turnout_after_a_count_of_the_electorate_is_their_ratio():
    day = date(2018, 10, 8)
    assert rules(_ROLLS, day) == []
    assert "wrong-arithmetic" in rules(_ROLLS.replace("21.1%", "12.1%"), day)


def test_a_share_far_from_the_count_and_not_named_a_turnout_is_no_ratio_of_it():
    text = ("Only 3,857,308 of the 18,279,011 people on the electoral rolls cast a ballot over "
            "the two days, and the count was 14.1% higher than in 2014.")
    assert "ratio" not in dict(find(claims(text, date(2018, 10, 8)), "14.1%").extra)


_JULY = ("Some 7.53 million passengers travelled through Heathrow in July, 1.2% more than a year "
         "earlier. That is an average of 243,000 a day.")


def test_that_is_an_average_a_day_is_over_the_days_of_the_total_before():
    day = date(2017, 8, 10)
    assert rules(_JULY, day) == []
    assert "wrong-arithmetic" in rules(_JULY.replace("243,000", "263,000"), day)


_SINCE_PM = ("Since Sir Keir Starmer became prime minister on July 5, 7,477 people have crossed, "
             "an average of 131 a day.")


def test_since_someone_became_a_running_period_from_that_day():
    cs = claims(_SINCE_PM, _AUG31)
    assert find(cs, "7,477").period.end == _AUG31
    assert rules(_SINCE_PM, _AUG31) == []
    assert "wrong-arithmetic" in rules(_SINCE_PM.replace("131 a day", "181 a day"), _AUG31)


_GROWN = ("The prison population of England and Wales has grown by 734 in five weeks to 84,533, "
          "up from 83,799, the Prison Reform Trust said.")


def test_a_changes_own_span_between_its_amount_and_values_is_passed_over():
    day = date(2014, 7, 4)
    assert rules(_GROWN, day) == []
    assert "wrong-arithmetic" in rules(_GROWN.replace("83,799", "84,099"), day)


def test_a_years_own_figure_is_not_taken_for_the_sentence_befores_first_level():
    # ("This year's figure" names this year's level; the first level of the sentence before is
    # 2022's 45,728, so no change is read between them; nor is "The total is 95 above the
    # previous high" the first part of a breakdown before it: both stay unread)
    text = ("The year's total reached 29,578, against 29,437 for the whole of 2023.\n\n"
            "Crossings remain below the peak of 2022, when 45,728 people made the journey. "
            "This year's figure is 141 higher than last year's.")
    assert rules(text, date(2024, 10, 11)) == []


# -- "falling from 18.8 to 17.4": a move with no amount -----------------------------------------

def test_a_verb_of_direction_from_one_level_to_another_is_checked_for_its_direction():
    day = date(2019, 7, 25)
    text = "The teen birth rate fell from 18.8 to 17.4 per 1,000 girls aged 15 to 19."
    assert rules(text, day) == []
    assert "wrong-arithmetic" in rules(text.replace("to 17.4", "to 19.4"), day)
    up = "The share of babies born preterm rose, climbing from 9.93% in 2017 to 10.02%."
    assert rules(up, day) == []
    assert "wrong-arithmetic" in rules(up.replace("9.93%", "10.93%"), day)


def test_a_range_from_one_figure_to_another_has_no_direction():
    assert rules("Temperatures ranged from 5C to 10C, and from 12 to 9 inland.",
                 date(2019, 7, 25)) == []


def test_a_verb_after_a_count_makes_it_no_rate():
    # ("980 received a placebo": a verb, not "people a boat")
    text = ("The drug was given to 1,150 patients, and 980 received a placebo. In all, 2,130 "
            "patients took part.")
    assert rules(text, date(2019, 7, 25)) == []


def test_shares_each_for_a_name_are_one_list_of_shares():
    day = date(2019, 9, 19)
    text = ("Cancellations made up 2.8% of services. Train operators were responsible for 50.7% "
            "of them and Network Rail for 27.8%, while 17.1% were put down to outside causes.")
    assert rules(text, day) == []
    assert "shares-over-100" in rules(text.replace("50.7%", "60.7%"), day)


# -- lead18n-o: a year's possessive, "Of this year's N", a record "since Y, when N" ------------

_WINE = ("France's 2003 wine harvest will come to about 47.1 million hectolitres, the smallest "
         "for ten years. It is the lowest since 1991, when the vintage came in at 42.7 million "
         "hectolitres. Last year's harvest totalled 52 million hectolitres and 2001's 55.3 "
         "million.\n\nOf this year's 47.1 million hectolitres, some 21 million will be AOC "
         "wines, 17.2 million table wine and 8.8 million will be distilled.")


def test_a_possessive_year_dates_its_own_figure():
    cs = claims(_WINE, date(2003, 10, 15))
    assert find(cs, "about 47.1 million").period.start.year == 2003
    assert find(cs, "52 million").period.start.year == 2002
    # (a bare "2001's" is left undated: "0.17C above 2016's 14.81C" is a base, and a year
    # read there became the "year" of the paragraphs after it)
    assert rules(_WINE, date(2003, 10, 15)) == []


def test_of_this_years_total_opens_its_breakdown():
    day = date(2003, 10, 15)
    assert find(claims(_WINE, day), "17.2 million").role == "portion"
    assert rules(_WINE.replace("17.2 million table", "27.2 million table"), day)


def test_the_year_a_record_since_is_set_against_bounds_that_years_figure():
    day = date(2003, 10, 15)
    assert "wrong-rank" in rules(_WINE.replace("42.7 million", "48.7 million"), day)
    # (dated after 2015: in a story of 2003 "since 2015" is a date after publication, flagged
    # by date-in-future since lead42)
    high, later = "Sales of 412 were the highest since 2015, when 350 were sold.", date(2016, 10, 15)
    assert rules(high.replace("350", "450"), later) == []
    assert "wrong-rank" in rules(high, later)
    assert "date-in-future" in rules(high, day)


# -- lead18p-q: prior-year brackets, a headline's reading, names paired "respectively" --------

_RESULTS = ("# N Brown profits up 12% as home shopping grows\n\n"
            "N Brown Group made a profit before tax of £58.5m in the 52 weeks to 2 March 2002 "
            "(2001: £52.0m), up 12.4%. Operating profit rose 13.6% to £63.8m (2001: £56.1m).\n\n"
            "Earnings per share rose 12.4% to 14.50p (2001: 12.90p).")


def test_a_prior_years_value_in_brackets_is_the_changes_earlier_value():
    day = date(2002, 5, 16)
    cs = claims(_RESULTS, day)
    assert find(cs, "£56.1m").role == "compared"
    assert find(cs, "14.50p").period is None or find(cs, "14.50p").period.start.year != 2001
    assert rules(_RESULTS, day) == []
    assert "wrong-arithmetic" in rules(_RESULTS.replace("(2001: £56.1m)", "(2001: £46.1m)"),
                                       day)
    assert "wrong-arithmetic" in rules(_RESULTS.replace("(2001: 12.90p)", "(2001: 11.90p)"),
                                       day)


def test_a_headline_change_takes_the_reading_whose_amount_it_can_be():
    # ("profits up 12%": the pre-tax profit's 12.4%, not the operating profit's 13.6%)
    day = date(2002, 5, 16)
    assert rules(_RESULTS, day) == []
    assert rules(_RESULTS.replace("up 12% as", "up 19% as"), day)


def test_names_and_figures_said_respectively_pair_up():
    day = date(2025, 5, 28)
    text = ("Scotland and Northern Ireland had already set records, with 570 and 598.3 hours "
            "respectively. Northern Ireland is just 13 hours short of its sunniest season, the "
            "611 hours of summer 1995.")
    cs = claims(text, day)
    assert find(cs, "570").subject != find(cs, "598.3 hours").subject
    assert rules(text, day) == []
