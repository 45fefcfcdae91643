"""Readings62 (issue #10, set 119): the thirty-sixth session's leftovers, each a general
mechanism, in our own sentences with the General Staff's real figures
(corpus/datasets/ukraine-general-staff-losses): the reports of 15 January 2025 (1,580
personnel, 13 tanks, 52 artillery systems, 22 armoured vehicles, 812,670 in all) and 5 November
2024 (1,260, 15 tanks, 43 armoured vehicles, 701,650 in all); artillery by month in 2024
(October 1,184, November 884) and tanks (October 279, November 307).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import checker_for, statuses_rules_verdicts


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    return checker_for(str(tmp_path_factory.mktemp("readings62")))


def _status(run, text: str, pub: date) -> dict[str, str]:
    return statuses_rules_verdicts(run, text, pub)[0]


def _claims(run, text: str, pub: date) -> dict[str, object]:
    return {c.text: c for c in run(text, pub)[1]}


# -- 1. the agent's second verb: its objects are the first verb's side -------------------------

AGENT = ("In the past 24 hours the Defence Forces put 1,580 occupiers out of action and "
         "destroyed {tanks} tanks and 22 armoured vehicles, the General Staff said.")


def test_a_second_verb_after_an_object_named_as_a_side_counts_that_sides_losses(run):
    pub = date(2025, 1, 15)
    cs = _claims(run, AGENT.format(tanks=13), pub)
    assert cs["13"].subject == "russian_forces" and cs["13"].measure == "tanks"
    assert _status(run, AGENT.format(tanks=13), pub) == {
        "1,580": "supported", "13": "supported", "22": "supported"}
    assert _status(run, AGENT.format(tanks=31), pub)["31"] == "contradicted"


def test_an_agent_named_in_the_clause_still_turns_the_second_verbs_objects():
    # (a side that opens the clause is the agent: its objects are the other side's)
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    text = ("Russian forces killed 40 Ukrainian soldiers and destroyed 3 tanks near Pokrovsk, "
            "Moscow said.")
    cs = {c.text: c for c in claims_for(read_text_document(text, "t.md", date(2025, 1, 15)))}
    assert cs["3"].subject == "ukrainian_forces"


def test_a_total_named_with_its_sides_word_keeps_its_own_count(run):
    # "529,750 Russian personnel losses" after a list ending in artillery: its own noun
    text = ("Ukrainian forces eliminated 1,260 Russian soldiers and destroyed 15 tanks and 43 "
            "armoured vehicles over the past day, the General Staff said, for a total of "
            "{total} Russian personnel losses.")
    pub = date(2024, 11, 5)
    cs = _claims(run, text.format(total="701,650"), pub)
    assert cs["a total of 701,650"].measure == "personnel_losses"
    assert _status(run, text.format(total="701,650"), pub)["a total of 701,650"] == "supported"
    assert _status(run, text.format(total="710,650"), pub)["a total of 710,650"] == \
        "contradicted"


# -- 2. occupiers and invaders are Russian personnel with no word of losses ------------------

def test_occupiers_and_invaders_are_personnel_losses_without_a_loss_word(run):
    pub = date(2025, 1, 15)
    for noun in ("occupiers", "Russian invaders"):
        text = f"Ukraine's General Staff reported {{n}} {noun} over the past day on Wednesday."
        cs = _claims(run, text.format(n="1,580"), pub)
        assert cs["1,580"].measure == "personnel_losses", noun
        assert cs["1,580"].subject == "russian_forces", noun
        assert _status(run, text.format(n="1,580"), pub)["1,580"] == "supported"
        assert _status(run, text.format(n="1,850"), pub)["1,850"] == "contradicted"


def test_occupiers_a_force_verb_gathers_are_no_losses():
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    text = "Russia has amassed 50,000 occupiers near Kupiansk, Ukraine's General Staff said."
    cs = {c.text: c for c in claims_for(read_text_document(text, "t.md", date(2025, 1, 15)))}
    assert cs["50,000"].measure != "personnel_losses"


# -- 3. a generic noun takes the count named before it ---------------------------------------

def test_a_generic_noun_takes_the_count_its_sentence_names_before_it(run):
    text = ("Russian artillery losses fell sharply in November, by the General Staff's count: "
            "{n} systems, against 1,184 in October.")
    pub = date(2024, 12, 2)
    cs = _claims(run, text.format(n="884"), pub)
    assert cs["884"].measure == "artillery"
    assert _status(run, text.format(n="884"), pub) == {"884": "supported", "1,184": "supported"}
    assert _status(run, text.format(n="848"), pub)["848"] == "contradicted"
    text = "Russian tank losses in November came to {n} units, up from 279 in October."
    assert _status(run, text.format(n="307"), pub)["307"] == "supported"
    assert _status(run, text.format(n="370"), pub)["370"] == "contradicted"


def test_a_generic_noun_takes_no_count_of_people_nor_one_past_another_figure():
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    pub = date(2024, 12, 2)
    # (people are no "units"; a figure between has its own count)
    for text in ("Russian personnel losses were heavy in November: 45,720 units, Kyiv said.",
                 "Artillery losses came to 884 in November, and 12 units were repaired."):
        cs = {c.text: c for c in claims_for(read_text_document(text, "t.md", pub))}
        unit_fig = "45,720" if "45,720" in cs else "12"
        assert cs[unit_fig].measure not in ("personnel_losses", "artillery"), text


# -- 4. a month's place in its window's ranking, against the reports --------------------------
# (2024's months by the reports: December 48,670, November 45,720, October 41,980, May 38,940,
# September 38,130)

def test_a_months_place_below_the_first_is_checked_against_the_windows_months(run):
    pub = date(2025, 1, 3)
    text = ("{m} was the third-costliest month of 2024 for Russian forces by the General "
            "Staff's count, at {n} troops lost.")
    status, rules, _ = statuses_rules_verdicts(run, text.format(m="October", n="41,980"), pub)
    assert status["41,980"] == "supported" and not rules["41,980"]
    status, rules, _ = statuses_rules_verdicts(run, text.format(m="September", n="38,130"), pub)
    assert status["38,130"] == "contradicted" and "month-rank-mismatch" in rules["38,130"]


def test_a_place_written_right_before_a_figure_after_the_record_words(run):
    pub = date(2025, 1, 3)
    text = ("December was the costliest month of 2024 for Russian forces by Kyiv's count, at "
            "48,670 troops lost, with {m} second at {n}.")
    status, rules, _ = statuses_rules_verdicts(run, text.format(m="November", n="45,720"), pub)
    assert status == {"48,670": "supported", "45,720": "supported"}
    status, rules, _ = statuses_rules_verdicts(run, text.format(m="May", n="38,940"), pub)
    assert status["38,940"] == "contradicted" and "month-rank-mismatch" in rules["38,940"]
    assert status["48,670"] == "supported"


def test_one_of_the_costliest_names_no_place_and_says_so(run):
    pub = date(2025, 1, 3)
    text = ("Some 1,580 Russian soldiers were lost on Tuesday, one of the highest tolls since "
            "the war began, according to Kyiv's General Staff.")
    status, rules, verdicts = statuses_rules_verdicts(run, text, date(2025, 1, 15))
    assert status["Some 1,580"] == "supported"
    assert "names no place" in (verdicts["Some 1,580"].why or "")
    # a month "one of the costliest" is not placed either
    text = ("September was one of the costliest months of 2024 for Russian forces by the "
            "General Staff's count, at 38,130 troops lost.")
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert status["38,130"] == "supported" and not rules["38,130"]


# -- 5. "surpassed only once" is the second-highest day ---------------------------------------
# (the highest days from 16 March 2022 to 30 December 2024: 2,200 on 20 December, 2,030 on 29
# November, 2,010 on 30 December)

def test_a_toll_surpassed_only_once_or_twice_is_ranked_against_the_whole_count(run):
    pub = date(2024, 12, 31)
    text = ("The figure in Monday's report, 2,010 Russian casualties, is a daily toll surpassed "
            "only {n}.")
    status, rules, _ = statuses_rules_verdicts(run, text.format(n="twice"), pub)
    assert status["2,010"] == "supported" and not rules["2,010"]
    status, rules, _ = statuses_rules_verdicts(run, text.format(n="once"), pub)
    assert status["2,010"] == "contradicted" and "record-claim-mismatch" in rules["2,010"]


def test_the_day_that_surpassed_is_not_ranked_by_the_words_before_it(run):
    pub = date(2024, 12, 31)
    text = ("The 2,030 Russian casualties of 29 November are a daily toll surpassed only once, "
            "by the 2,200 of 20 December.")
    status, rules, _ = statuses_rules_verdicts(run, text, pub)
    assert status == {"2,030": "supported", "2,200": "supported"}


# -- 6. a hedged average written to three significant figures: its written precision ----------
# (the week's reports to 19 May 2025 give 7,710, 1,101 a day; to 18 May 7,840, 1,120; to 17 May
# 8,020, 1,146; May 2025: 35,370 over 31 days, 1,141 a day)

def test_a_three_figure_average_keeps_its_readings_but_not_the_hedges_width(run):
    pub = date(2025, 5, 19)
    text = "Russia lost an average of about {n} troops a day over the past week, Kyiv said."
    assert _status(run, text.format(n="1,120"), pub)["about 1,120"] == "supported"
    assert _status(run, text.format(n="1,100"), pub)["about 1,100"] == "supported"
    # (3% either way of 1,170 reached the 1,146 of the reports to 17 May)
    assert _status(run, text.format(n="1,170"), pub)["about 1,170"] == "contradicted"
    text = "In May Russia lost an average of about {n} troops a day, Kyiv's figures show."
    pub = date(2025, 6, 2)
    assert _status(run, text.format(n="1,140"), pub)["about 1,140"] == "supported"
    assert _status(run, text.format(n="1,160"), pub)["about 1,160"] == "contradicted"


def test_only_averages_of_three_figures_are_narrowed():
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for

    def claim(text: str, pub: date):
        return next(c for c in claims_for(read_text_document(text, "t.md", pub))
                    if c.qualifier)
    pub = date(2025, 6, 2)
    c = claim("In May Russia lost an average of about 1,140 troops a day, Kyiv said.", pub)
    assert (c.lower, c.upper) == (1135, 1145)
    # a count, and an average of two significant figures, keep the hedge's width
    c = claim("Russia lost about 1,140 troops on Sunday, Kyiv said.", pub)
    assert c.lower < 1135 and c.upper > 1145
    c = claim("In May Russia lost an average of about 1,100 troops a day, Kyiv said.", pub)
    assert c.lower < 1095 and c.upper > 1105


def test_a_date_opening_the_sentence_is_no_part_of_the_sources_name():
    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    text = "In March Kyiv counted 41,160 Russian casualties."
    cs = claims_for(read_text_document(text, "t.md", date(2025, 4, 2)))
    assert cs[0].source == "Kyiv"


def test_an_average_whose_period_is_carried_keeps_the_hedges_width(run):
    # (July 2024: 35,680 over 31 days, 1,151 a day; June 35,030 over 30, 1,168: "That" is read
    # with the figure before it, which may be the wrong month's, so the written precision is
    # not read and the hedge keeps the right month in reach)
    text = ("Russia lost 35,680 soldiers in July, by the General Staff's tally, more than June's "
            "35,030. That works out at about 1,150 a day.")
    status = _status(run, text, date(2024, 8, 2))
    assert status == {"35,680": "supported", "35,030": "supported", "about 1,150": "supported"}
