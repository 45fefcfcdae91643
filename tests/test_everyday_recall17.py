"""Everyday copy, seventeenth round (issue 11, recall on unseen constructions): an amount
restated over another stretch of time ("£6 a week, or £312 a year"), with the stretch of the
first said after it or by the noun before it ("the typical annual bill ... £4,650, or £388 a
month"). Sentences in our own words with the constructions of published copy; each check runs
on a clean text (no flag) and on the same text with a planted error (flagged), with the
shipped rules and no store."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, flags, rules

DAY = date(2022, 8, 24)
CONVERSION = {"wrong-conversion"}


WEEK = "The change will cost a typical family {week} a week, or {year} a year, the charity said."


def test_a_weekly_amount_restated_as_a_yearly_one():
    assert not set(rules(WEEK.format(week="£6", year="£312"), DAY)) & CONVERSION
    # (52.18 weeks in a year allow a little over 52 times the weekly amount)
    assert not set(rules(WEEK.format(week="£6", year="£313"), DAY)) & CONVERSION
    assert set(rules(WEEK.format(week="£6", year="£412"), DAY)) & CONVERSION


BILL = ("The typical household's annual energy bill could reach £4,650 in January, or {month} "
        "a month, according to the consultancy.\n")


def test_a_stretch_named_by_the_noun_before_the_figure():
    assert not set(rules(BILL.format(month="£388"), DAY)) & CONVERSION
    found = [f for f in flags(BILL.format(month="£398"), DAY) if f["rule"] in CONVERSION]
    assert found
    # the message says each figure with its stretch and the right amount
    assert "£4,650 a year" in found[0]["message"] and "£388 a month" in found[0]["message"]


def test_a_restatement_in_brackets():
    text = "The cap rises to £1,971 a year ({month} a month) from April.\n"
    assert not set(rules(text.format(month="£164"), DAY)) & CONVERSION
    assert set(rules(text.format(month="£184"), DAY)) & CONVERSION


def test_amounts_of_one_stretch_or_of_other_things_are_no_restatement():
    # the same stretch: two amounts, not one restated
    text = "Rents rose to £1,200 a month, or £200 a month more than in 2020.\n"
    cs = claims(text, DAY)
    assert "conversion_of" not in find(cs, "£200").extra_dict()
    # an amount with no stretch of its own is not counted over another
    text = "The fee is £6 a week, or £40 in total for the course.\n"
    assert "conversion_of" not in find(cs := claims(text, DAY), "£40").extra_dict(), cs


ARRIVALS = ("France stayed the most visited country with 86.9 million arrivals, who spent $60.7 "
            "billion, about {each} per visitor.\n")


def test_an_amount_per_unit_in_apposition_to_its_total():
    # ", about $700 per visitor" right after the total spreads it over the count of arrivals
    # (a visitor is an arrival: numbers.yaml unit_synonyms)
    assert not set(rules(ARRIVALS.format(each="$700"), DAY)) & {"wrong-arithmetic"}
    assert set(rules(ARRIVALS.format(each="$800"), DAY)) & {"wrong-arithmetic"}


def test_an_amount_per_unit_counts_no_unit():
    # "$42,000 per store" is spread over the stores, not a store measured in dollars: no
    # dimension mismatch with "50 stores"
    text = ("The chain spent $2.1m refitting 50 stores last year, an average of {each} per "
            "store.\n")
    assert not rules(text.format(each="$42,000"), DAY)
    assert set(rules(text.format(each="$52,000"), DAY)) == {"wrong-arithmetic"}


def test_an_amount_in_apposition_after_another_figure_is_no_average():
    # the figure before is not of the unit of the amount: nothing is spread
    text = "The park drew 86.9 million visitors, 4% more per visitor than in 2016.\n"
    assert not rules(text, DAY)


BURGLARIES = ("In all there were 141,700 burglaries, against 138,900 a year before. Break-ins at "
              "homes made up 67,000 of them and raids on shops and offices the remaining {rest}.\n")


def test_a_breakdown_ending_on_the_rest_must_add_up_to_its_whole():
    parts = {"list-sum-mismatch", "parts-exceed-total"}
    cs = claims(BURGLARIES.format(rest="74,700"), DAY)
    whole = find(cs, "141,700")
    assert find(cs, "67,000").group == whole.id and find(cs, "74,700").group == whole.id
    assert find(cs, "74,700").role == "part"
    assert not set(rules(BURGLARIES.format(rest="74,700"), DAY)) & parts
    # short of the whole: the rest is no longer the rest
    assert set(rules(BURGLARIES.format(rest="71,700"), DAY)) & parts
    assert set(rules(BURGLARIES.format(rest="77,700"), DAY)) & parts


def test_another_portion_leaves_a_breakdown_open():
    text = ("The council received 16,000 complaints. Of those, 8,200 were about bins and another "
            "2,900 about parking.\n")
    cs = claims(text, DAY)
    assert find(cs, "8,200").role == "portion"
    assert "part" not in {c.role for c in cs}
    assert not rules(text, DAY)


PORTS = ("Ports on the island handled 53.74 million tonnes of cargo in the first nine months, a "
         "rise of 24.2% on a year earlier.\n\n"
         "The growth was driven by outbound shipments, officials said.\n\n"
         "Export cargo came to 28.38 million tonnes, {share} of the total and 35.6% more than a "
         "year before.\n")


def test_a_share_of_the_bare_total_is_of_the_one_larger_figure_before():
    assert not set(rules(PORTS.format(share="52.8%"), DAY)) & {"wrong-arithmetic"}
    assert set(rules(PORTS.format(share="58.2%"), DAY)) & {"wrong-arithmetic"}


def test_a_bare_total_with_two_larger_figures_before_is_left_open():
    # 53.74 and 61.2 million tonnes are both larger: either may be "the total"; none is taken
    text = ("Ports handled 53.74 million tonnes of cargo, while rail moved 61.2 million tonnes.\n\n"
            "Export cargo came to 28.38 million tonnes, 58.2% of the total.\n")
    cs = claims(text, DAY)
    assert "ratio" not in find(cs, "58.2%").extra_dict()


RESULTS = ("The partnership lifted group profits by 10% to £252 million in the year to January.\n\n"
           "Profits at the department stores fell 6% to £192 million.\n\n"
           "The partnership said the {restated} would fund a staff bonus.\n")


def test_a_figure_of_a_part_of_the_business_restates_nothing():
    # "Profits at the department stores" are of a part of the partnership, not its profits
    cs = claims(RESULTS.format(restated="£252 million"), DAY)
    assert find(cs, "£192 million").subject != find(cs, "£252 million").subject
    assert not rules(RESULTS.format(restated="£252 million"), DAY)


GASOLINE = ("The average price of regular gasoline rose a penny in the past week to $2.64 a "
            "gallon, far above the $1.89 drivers paid last Thanksgiving.\n\n"
            "That is about {gap} cents more than a year ago.\n")


def test_a_gap_in_cents_beside_a_price_a_gallon_from_the_sentence_before():
    # "75 cents" is cents a gallon; the earlier value is the one figure of the sentence
    # before dated before the new price
    day = date(2007, 11, 20)
    cs = claims(GASOLINE.format(gap="75"), day)
    ch = find(cs, "about 75 cents").extra_dict()["change"]
    assert ch["to"] == find(cs, "$2.64 a gallon").id and ch["from"] == find(cs, "$1.89").id
    assert not rules(GASOLINE.format(gap="75"), day)
    assert set(rules(GASOLINE.format(gap="85"), day)) & {"wrong-arithmetic"}


def test_a_gap_with_two_earlier_values_before_takes_neither():
    day = date(2007, 11, 20)
    text = ("Gasoline rose to $2.64 a gallon, against $1.89 last Thanksgiving and $2.10 last "
            "summer.\n\nThat is about 85 cents more than a year ago.\n")
    cs = claims(text, day)
    assert "from" not in find(cs, "about 85 cents").extra_dict()["change"]


MEASLES = ("Public Health confirmed three new measles cases on Friday, taking the outbreak to 68 "
           "confirmed cases. Two more suspected cases are being investigated.\n\n"
           "By age, {young} of the confirmed cases are children aged 1 to 10, 15 are aged 11 to 18, "
           "one is aged 19 to 29 and three are aged 30 to 39.\n\n"
           "Of the confirmed cases, 59 were not immunized and two had received one dose of the "
           "vaccine.\n")


def test_counts_added_are_no_levels_of_the_count():
    # "three new cases", "Two more suspected cases": numbers added, not the outbreak's size
    cs = claims(MEASLES.format(young="49"), date(2019, 3, 1))
    assert find(cs, "three").role == "additional" and find(cs, "Two").role == "additional"
    text = "The clinic saw 40 patients, 12 more patients than it saw last week.\n"
    assert find(claims(text, DAY), "12").role != "additional"


def test_two_breakdowns_of_one_count_each_in_its_own_words():
    day = date(2019, 3, 1)
    cs = claims(MEASLES.format(young="49"), day)
    whole = find(cs, "68").id
    # the list after "49 of the confirmed cases", the ages inside it set aside
    for words in ("49", "15", "59", "two"):
        assert find(cs, words).group == whole, words
    assert not rules(MEASLES.format(young="49"), day)
    # each breakdown is summed on its own: 49 + 15 + 3 and 59 + 2 fit 68, their sum does not
    assert set(rules(MEASLES.format(young="52"), day)) & {"parts-exceed-total"}


OUTAGES = ("Crews had restored power to 520,000 of the 600,000 customers who lost it in Friday's "
           "storms by noon on Tuesday, leaving about {rest} still in the dark.\n")


def test_what_is_left_once_a_portion_is_taken_from_its_whole():
    day = date(2019, 7, 23)
    assert not rules(OUTAGES.format(rest="80,000"), day)
    assert set(rules(OUTAGES.format(rest="60,000"), day)) & {"wrong-arithmetic"}
    # "leaving" after a figure with no whole of its own takes nothing away
    text = "The storm cut power to 520,000 customers on Friday, leaving about 60,000 homes damaged.\n"
    assert "difference" not in find(claims(text, day), "about 60,000").extra_dict()


ACCOUNTS = ("The club's income rose 40.9% to £171.3 million, its accounts show.\n\n"
            "The wage bill rose 24.6% to £104.7 million, equal to {share} of income.\n\n"
            "It spent £92.1 million on new players and received £54.7 million from sales, a net "
            "outlay of {net}.\n")


def test_a_share_said_as_equal_to_part_of_a_named_whole():
    day = date(2018, 3, 2)
    assert not rules(ACCOUNTS.format(share="61%", net="£37.4 million"), day)
    assert set(rules(ACCOUNTS.format(share="66%", net="£37.4 million"), day)) == \
        {"wrong-arithmetic"}
    # the wages are set against the income, no part of it
    cs = claims(ACCOUNTS.format(share="61%", net="£37.4 million"), day)
    assert find(cs, "£104.7 million").role is None


def test_a_net_figure_is_the_gap_between_the_two_flows_before_it():
    day = date(2018, 3, 2)
    assert set(rules(ACCOUNTS.format(share="61%", net="£47.4 million"), day)) == \
        {"wrong-arithmetic"}
    # with three amounts before it, which two it nets is open: nothing is checked
    text = ("It spent £92.1 million on players, £10 million on staff and received £54.7 million "
            "from sales, a net outlay of £47.4 million.\n")
    assert "difference" not in find(claims(text, day), "£47.4 million").extra_dict()


APPROVAL = ("Approval of the president stood at 48% in the latest poll.\n\n"
            "It was up from 45% in March, a rise of {gap} points.\n")


def test_a_change_whose_sentence_names_only_its_earlier_value():
    # the new value is the level the sentence before leads with
    assert not rules(APPROVAL.format(gap="3"), DAY)
    assert set(rules(APPROVAL.format(gap="5"), DAY)) == {"wrong-arithmetic"}
    # a sentence that names its own new value keeps it
    text = ("Approval of the president stood at 48% in the latest poll.\n\n"
            "Support for the bill was up from 45% to 52%, a rise of 7 points.\n")
    assert not rules(text, DAY)


COUNCIL = ("The Liberal Democrats took 29% of the vote, the Conservatives 26% and Labour 24%. The "
           "UK Independence Party won {ukip} but no seats, and the Greens 4%.\n")


def test_a_list_of_other_parties_shares_continues_the_vote():
    day = date(2016, 5, 6)
    assert not rules(COUNCIL.format(ukip="15%"), day)
    assert set(rules(COUNCIL.format(ukip="25%"), day)) & {"shares-over-100"}
    # a later list about the same parties is another vote (a poll after the result), no
    # continuation
    text = ("The Liberal Democrats took 29% of the vote, the Conservatives 26% and Labour 24%. "
            "The Liberal Democrats had 35% in a poll in March and the Conservatives 30%.\n")
    assert not set(rules(text, day)) & {"shares-over-100"}


def test_the_rest_in_the_next_sentence_completes_a_breakdown():
    day = date(2019, 3, 1)
    text = MEASLES.format(young="49") + "The other {rest} had no confirmed immunization status.\n"
    cs = claims(text.format(rest="seven"), day)
    assert find(cs, "seven").group == find(cs, "68").id and find(cs, "seven").role == "part"
    assert not rules(text.format(rest="seven"), day)
    assert set(rules(text.format(rest="nine"), day)) & {"parts-exceed-total"}
    assert set(rules(text.format(rest="five"), day)) & {"list-sum-mismatch"}


PUMPS = ("The West Coast had the most expensive fuel at {top} a gallon and the Gulf Coast the "
         "cheapest at $2.51.\n")


def test_the_cheapest_is_no_dearer_than_the_most_expensive():
    day = date(2007, 11, 20)
    assert not rules(PUMPS.format(top="$2.88"), day)
    assert set(rules(PUMPS.format(top="$2.38"), day)) == {"wrong-rank"}
    # two tops and one bottom: which is compared is open, nothing is placed
    text = ("The West Coast had the most expensive fuel at $2.88 a gallon, the highest since "
            "May at $2.95, and the Gulf Coast the cheapest at $2.51.\n")
    assert "rank" not in find(claims(text, day), "$2.51").extra_dict()
