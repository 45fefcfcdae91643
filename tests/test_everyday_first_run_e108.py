"""Everyday copy, everyday108's blind probe (issue 11): causes of the first run's false alarms
and misses, on drafts written from published copy in education, farming, culture, tourism and
courts (South African matric results, New Zealand's prison population, India's court backlog,
Malaysian and Ghanaian figures, the CAO's offers). Our own sentences with real figures. Each
mechanism is checked on a clean text (no flag) and on the same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules
from everyday_support import only_wrong_flagged as _only_wrong_flagged

from factcheck.extract.dates import find_dates
from factcheck.extract.numbers import find_quantities

ARITH = frozenset({"wrong-arithmetic"})


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


# -- Indian digit grouping before a comma ("an increase of 3,29,646, the ministry said") -------

def test_indian_grouping_before_a_comma_is_one_figure():
    got = _figures("Pending cases rose by 3,29,646, the ministry said.")
    assert got[0][:2] == ("3,29,646", 329646.0)


def test_an_indian_grouped_change_is_checked_not_read_as_three():
    text = ("Cases pending in the Bombay High Court rose to 6,05,412 in 2022 from 5,81,211 a "
            "year earlier, an increase of {}, the ministry said.")
    _only_wrong_flagged(text, "42,201", "24,201", date(2023, 7, 22), ARITH)


def test_thousands_after_an_indian_group_stay_apart():
    # "1,23,456,789" is no Indian figure: a thousands group follows the lakh groups
    assert [t for t, _, _ in _figures("A total of 1,23,456,789 and more.")] != ["1,23,456,789"]


# -- "N fewer than the peak of P in March 2018, a fall of X per cent" -----------------------

PRISON = ("Ireland held 4,120 people in prison this week, 286 fewer than the peak of 4,406 in "
          "May 2019, a fall of {} per cent.\n\nThe total is about 300 below the 4,400 that "
          "officials had projected when the government took office in 2016, when there were "
          "3,900 prisoners.")


def test_a_percentage_after_the_peak_restates_the_fall_from_it():
    # (the 4,400 of the next sentence is no earlier value of the fall)
    _only_wrong_flagged(PRISON, "9.5", "6.5", date(2021, 7, 30), ARITH)


def test_the_percentage_takes_the_peak_as_its_earlier_value():
    cs = claims(PRISON.format("6.5"), date(2021, 7, 30))
    ch = dict(find(cs, "6.5 per cent").extra)["change"]
    assert (ch["from"], ch["to"]) == (find(cs, "4,406").id, find(cs, "4,120").id)


# -- a bound before a colon list: "Six schools scored below 40%: ..." ------------------------

SCHOOLS = ("{} schools in the district scored below 40%: Ridgeway (38.5%), Hillcrest (36.1%), "
           "St Mary's (35.0%) and Valley View (31.2%).")


def test_a_bound_before_a_list_is_no_total_of_its_items():
    assert "parts-exceed-total" not in rules(SCHOOLS.format("Four"), date(2024, 1, 20))


def test_the_count_before_the_bound_is_checked_against_the_names():
    found = rules(SCHOOLS.format("Five"), date(2024, 1, 20))
    assert "list-count-mismatch" in found and "parts-exceed-total" not in found


def test_a_total_before_its_list_without_a_bound_still_is_one():
    text = "The province recorded 1,600 casualties: about 1,100 killed and 700 wounded."
    assert "parts-exceed-total" in rules(text, date(2024, 1, 20))


# -- currencies: the ringgit, the cedi, the Philippine peso ---------------------------------

def test_the_ringgit_the_cedi_and_the_peso_are_money():
    got = _figures("It cost RM3.2 billion, GH¢1,308 a bag and ₱45,000 in all, or P2.5 million.")
    assert [u for _, _, u in got] == ["MYR", "GHS", "PHP", "PHP"]


def test_a_letter_symbol_glued_to_a_word_is_no_currency():
    got = _figures("More than 40,000 RMT members will walk out.")
    assert got == [("40,000", 40000.0, "")]


def test_ringgit_parts_add_up_to_their_total():
    text = ("Receipts from Thailand (RM1.70 billion) and Brunei (RM1.52 billion) came to "
            "RM{} billion together.")
    assert not {"list-sum-mismatch", "wrong-arithmetic"} & set(rules(text.format("3.22"),
                                                                      date(2019, 8, 23)))


def test_a_cedi_price_rise_is_checked():
    text = ("The producer price rose to GH¢33,120 a tonne from GH¢20,928, a {} per cent "
            "increase.")
    _only_wrong_flagged(text, "52.26", "58.26", date(2024, 4, 5), ARITH)


def test_metric_tons_written_mt():
    text = ("Corn output may reach 2.52 million MT, {} MT more than the 2.47 million MT of a "
            "year earlier.")
    _only_wrong_flagged(text, "150,000", "50,000", date(2024, 9, 17), ARITH)


# -- a total's own change before its colon list, with a decimal point ----------------------

HOTELS = ("Hotels took in €3.25 billion, up 6.2 per cent: €2.1 billion from overseas guests and "
          "€{} billion from guests from home.")


def test_a_total_with_a_decimal_change_heads_its_list():
    cs = claims(HOTELS.format("1.15"), date(2015, 2, 23))
    assert find(cs, "€2.1 billion").role == "part" and find(cs, "€1.15 billion").role == "part"
    assert "parts-exceed-total" in rules(HOTELS.format("1.45"), date(2015, 2, 23))
    assert "parts-exceed-total" not in rules(HOTELS.format("1.15"), date(2015, 2, 23))


# -- a year before a modal verb is a date --------------------------------------------------

def test_a_year_before_a_modal_verb_is_a_date():
    for text in ("Output in 2018 will rise.", "Output for the whole of 2018 may come to 3 MT."):
        assert [d.kind for d in find_dates(text, date(2018, 11, 17))] == ["year"], text
    assert all(q.text != "2018" for q in find_quantities(
        "Output in 2018 will rise to 5 tonnes.",
        [(d.start, d.end) for d in find_dates("Output in 2018 will rise to 5 tonnes.",
                                              date(2018, 1, 1))]))


# -- "The total has more than doubled from 1,100": the level of the sentence before ----------

def test_a_multiple_verb_pointing_back_to_the_level_before():
    text = ("Councils reported 1,850 empty homes in March. The number has more than {} from "
            "800 in March 2019.")
    _only_wrong_flagged(text, "tripled", "doubled", date(2024, 4, 2), ARITH)


def test_a_multiple_of_another_subject_is_left_alone():
    # the sentence does not point back ("Rents have ..."): no reading against the 1,850
    text = "Councils reported 1,850 empty homes in March. Rents have tripled from 800 in 2019."
    assert "wrong-arithmetic" not in rules(text, date(2024, 4, 2))


# -- "87,075 offers to 57,980 applicants, an average of 1.5 offers each" ---------------------

def test_an_average_of_a_total_shared_out_to_the_count_after_it():
    text = "The scheme made 12,400 grants to 8,150 farmers, an average of {} grants each."
    _only_wrong_flagged(text, "1.9", "1.5", date(2023, 9, 11), ARITH)


# -- "comprised A ... (Level 8) ... and B ..., made to N applicants" -------------------------

OFFERS = ("The board issued 4,210 offers on Monday. They comprised {} offers for degree "
          "(Level 8) courses and 1,310 for other courses, made to 3,950 applicants.")


def test_a_clause_after_the_lists_last_item_adds_no_part():
    assert "parts-exceed-total" not in rules(OFFERS.format("2,900"), date(2023, 9, 11))


def test_a_bracketed_label_keeps_the_breakdown():
    assert "parts-exceed-total" in rules(OFFERS.format("3,900"), date(2023, 9, 11))
