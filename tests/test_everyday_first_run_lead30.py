"""Everyday copy, the lead30 blind probes (issue 11): causes of the first run's false flags and
misses on drafts written from published copy not read before (fuel prices, the state pension,
food parcels, forest fires, a marathon, GP appointments). Our own sentences with the real
figures. Each mechanism is checked on a clean text (no flag or the reading wanted) and on the
same text with an error (flagged)."""

from __future__ import annotations

from datetime import date

from everyday_support import claims, find, rules

_APR23 = date(2023, 4, 26)
_OCT24 = date(2024, 10, 31)
_JUN18 = date(2018, 6, 4)
_MAR23 = date(2023, 3, 30)

_PARCELS = ("Food banks gave out almost 3m emergency food parcels between April 2022 and March "
            "2023, a record and 37% more than the 2.17m of the year before. More than 1m of the "
            "parcels went to children.")


# -- a bare "3m" before a noun phrase that counts things is millions ---------------------------

def test_a_bare_m_before_a_counted_noun_phrase_is_millions():
    cs = claims(_PARCELS, _APR23)
    for text in ("almost 3m", "2.17m", "More than 1m"):
        c = find(cs, text)
        assert c.unit != "meter" and c.value >= 1_000_000, text


def test_a_bare_m_of_a_length_stays_metres():
    cs = claims("The wall is 10m high. He ran the last 200m of the race. Athletes ran the 400m "
                "hurdles.", _APR23)
    for text in ("10m", "200m", "400m"):
        assert find(cs, text).unit == "meter", text


def test_no_dimension_clash_between_millions_of_parcels_and_money():
    text = _PARCELS + " The trust spent £7.5m buying food, £4.5m more than the year before."
    assert "dimension-mismatch" not in rules(text, _APR23)


# -- "almost 3m" is 2.7m up to 3m for the change it is a level of ------------------------------

def test_a_change_against_an_almost_level_uses_the_qualifier_side():
    assert "wrong-arithmetic" not in rules(_PARCELS, _APR23)
    assert "wrong-arithmetic" in rules(_PARCELS.replace("37% more", "47% more"), _APR23)


# -- "from A to B a week, or about C a year": the rise, or the level -------------------------

_PENSION = ("The old basic state pension will rise by the same 4.1%, from £169.50 to £176.45 a "
            "week, or about £363 a year.")


def test_a_restated_stretch_after_from_to_reads_as_the_rise_when_it_is_nearer():
    assert "wrong-conversion" not in rules(_PENSION, _OCT24)
    assert "wrong-arithmetic" not in rules(_PENSION, _OCT24)
    assert "wrong-arithmetic" in rules(_PENSION.replace("£363", "£463"), _OCT24)


def test_a_restated_stretch_after_from_to_reads_as_the_level_when_it_is_nearer():
    text = "The pension will rise from £221.20 to £230.25 a week, or £11,973 a year."
    assert "wrong-conversion" not in rules(text, _OCT24)
    assert "wrong-conversion" in rules(text.replace("£11,973", "£12,973"), _OCT24)


# -- "the 8.43p added ..., when diesel climbed from A to B" ----------------------------------

_DIESEL = ("Diesel went up 6.12p in May. That was behind a rise of 8.43p in May 2008, when "
           "diesel climbed from 120.83p to 129.26p.")


def test_a_when_clause_with_the_same_subject_gives_the_amount_its_levels():
    assert "wrong-arithmetic" not in rules(_DIESEL, _JUN18)
    assert "wrong-arithmetic" in rules(_DIESEL.replace("8.43p in May", "9.43p in May"), _JUN18)


def test_a_when_clause_of_another_subject_gives_no_levels():
    text = "Prices rose 3% in May, when diesel climbed from 120.83p to 129.26p."
    assert "wrong-arithmetic" not in rules(text, _JUN18)


# -- "one in every 11" ------------------------------------------------------------------------

def test_one_in_every_n_is_a_proportion():
    text = "That works out as one in every 11 appointments (8.8%)."
    assert "wrong-arithmetic" not in rules(text, _MAR23)
    assert "wrong-arithmetic" in rules(text.replace("every 11", "every 7"), _MAR23)


# -- "N, or P%, took place more than 22 days after booking" -----------------------------------

_GP = ("A total of 30.4 million GP appointments took place in England in February.\n\n"
       "That was down from 80.7% in January and 84.3% in December.\n\n"
       "About 2.7 million appointments, or 8.8%, took place more than 22 days after booking.")


def test_more_than_a_duration_after_a_share_is_no_change():
    c = find(claims(_GP, _MAR23), "About 2.7 million")
    assert c.role != "change"


def test_a_share_is_of_a_count_of_its_kind_two_paragraphs_back():
    assert "wrong-arithmetic" not in rules(_GP, _MAR23)
    assert "wrong-arithmetic" in rules(_GP.replace("About 2.7 million", "About 3.7 million"),
                                       _MAR23)


# -- "N ..., out of M who set off": a portion a clause away from its whole --------------------

_MARATHON = ("More than 51,000 runners had crossed the finish line by 5.50pm on Sunday, out of "
             "54,218 who set off in the morning.")


def test_a_count_out_of_a_whole_a_clause_later_may_not_exceed_it():
    assert "parts-exceed-total" not in rules(_MARATHON, date(2024, 4, 21))
    assert "parts-exceed-total" in rules(_MARATHON.replace("54,218", "50,218"),
                                         date(2024, 4, 21))


# -- "... the largest ever. The previous record of ..." ---------------------------------------

_JACKPOT = ("A single ticket has won £208 million, the largest amount ever won in the UK. The "
            "previous record of £195.7 million was won in July 2022.")


def test_a_previous_record_is_below_a_new_one_called_so_after_it():
    day = date(2025, 6, 11)
    assert "wrong-rank" not in rules(_JACKPOT, day)
    assert "wrong-rank" in rules(_JACKPOT.replace("£195.7", "£215.7"), day)
    cs = claims("Attendance hit 56,640, a new record. The previous record of 57,646 was set "
                "in November.", day)
    assert find(cs, "57,646").extra_dict().get("rank")


def test_a_previous_record_needs_a_record_figure_before_it():
    text = "Sales rose to £5m. The previous record of £6m was set in 2019."
    assert "wrong-rank" not in rules(text, date(2025, 6, 11))


# -- "expected to cost £2.6bn but came in at £4.6bn, about 80% over budget" --------------------

_TUNNEL = "It was expected to cost £2.6bn but came in at £4.6bn, about 80% over budget."


def test_a_percentage_over_budget_is_the_change_from_the_planned_amount():
    day = date(2019, 5, 20)
    assert "wrong-arithmetic" not in rules(_TUNNEL, day)
    assert "wrong-arithmetic" in rules(_TUNNEL.replace("80%", "60%"), day)


def test_over_budget_needs_a_planned_amount():
    text = "The council spent £3m on roads and £5m on schools, 20% over budget."
    assert "wrong-arithmetic" not in rules(text, date(2019, 5, 20))


def test_a_gap_above_the_previous_record_is_no_record_of_its_own():
    text = ("A temperature of 38.7C was recorded on Thursday, a new UK record. The reading is "
            "0.2C above the previous record of 38.5C, set in August 2003.")
    assert "wrong-arithmetic" not in rules(text, date(2019, 7, 29))


# -- "the highest since 6 September last year, when it stood at" -------------------------------

_PETROL = ("The price of unleaded rose 0.65p in February to 139.65p, the highest since 6 "
           "September last year, when it stood at 139.81p.")


def test_the_highest_since_a_day_when_it_stood_at_sets_the_earlier_level_above():
    day = date(2025, 3, 3)
    assert "wrong-arithmetic" not in rules(_PETROL, day)
    assert "wrong-arithmetic" in rules(_PETROL.replace("139.81p", "138.81p"), day)
    text = "The price rose to 139.65p, the highest since September, when it was 138.81p."
    assert "wrong-arithmetic" in rules(text, day)


# -- "officials said" after "health officials said" ---------------------------------------------

def test_a_bare_source_after_a_fuller_one_is_the_same_source():
    text = ("An outbreak has now sickened 310 people in 21 states, health officials said on "
            "Thursday.\n\nThe 310 cases are likely an undercount, officials said.")
    cs = claims(text, date(2021, 10, 8))
    assert [c.source for c in cs if c.text == "310"] == ["health officials"] * 2
    assert "restated-figure-mismatch" in rules(text.replace("The 310", "The 301"),
                                               date(2021, 10, 8))


# -- a headline's "more than 51,000 finish" is not restated by "54,218 who set off" -------------

def test_a_count_with_its_own_who_clause_does_not_restate_the_headline():
    text = ("London Marathon's biggest field: more than 51,000 finish\n\n"
            "More than 51,000 runners had crossed the finish line by 5.50pm on Sunday, out of "
            "54,218 who set off in the morning.")
    cs = claims(text, date(2024, 4, 21))
    assert find(cs, "54,218").measure != find(cs, "more than 51,000").measure
    assert "conflicting-figures" not in rules(text, date(2024, 4, 21))


def test_an_acronym_after_the_name_it_stands_for_is_the_same_source():
    text = ("A salmonella outbreak has sickened 419 people in 35 states, the Centers for Disease "
            "Control and Prevention said on Thursday.\n\nThe 419 cases are likely an undercount, "
            "the CDC warned.")
    cs = claims(text, date(2021, 10, 8))
    assert {c.source for c in cs if c.text == "419"} == {
        "Centers for Disease Control and Prevention"}
    assert "restated-figure-mismatch" in rules(text.replace("The 419", "The 491"),
                                               date(2021, 10, 8))
