"""Published copy read in the ninth session (issue #10): a front commander's figures with the
part of the front closing the sentence, a bracketed breakdown whose last count is "one", a
side's own announced toll, a counting body after an opening adverbial. Our own sentences; the
General Staff's real figures: the report of 2023-09-26 (400 personnel over the day before,
276,670 in all) and of 2024-08-02 (1,100 over the day before).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-lead9")))


def one(text: str, pub: date):
    return {c.text: c for c in claims_for(Document(id="t", text=text, date=pub))}


TAVRIA = date(2023, 9, 26)


def test_a_part_of_the_front_that_closes_the_sentence_is_where_its_figures_were_counted(check):
    text = ("Over the past day, Ukrainian troops killed 62 Russian soldiers and destroyed 35 "
            "pieces of equipment in the Tavria direction. Russia's losses since the invasion "
            "began reached about 276,670 troops, the General Staff said.")
    status, flags = check(text, TAVRIA)
    assert status["62"] == "unverified" and status["about 276,670"] == "supported"
    assert not flags
    # the whole front's figure still checked: a sentence with no part is the report's
    status, _ = check("Over the past day, Ukrainian troops killed 62 Russian soldiers.", TAVRIA)
    assert status["62"] == "contradicted"


def test_one_closing_a_bracketed_breakdown_is_its_last_count(check):
    text = ("The enemy lost 190 troops in that sector (62 killed, 127 wounded, and one was "
            "taken prisoner), the commander said.")
    assert one(text, TAVRIA)["one"].value == 1
    _, flags = check(text, TAVRIA)
    assert not [f for f in flags if f.rule == "list-sum-mismatch"]
    _, flags = check(text.replace("127", "117"), TAVRIA)
    assert [f for f in flags if f.rule == "list-sum-mismatch"]


def test_a_sides_own_announced_toll_is_its_figure_not_kyivs(check):
    text = ("Kyiv says Russia lost 1,100 soldiers on August 1. Moscow officially last named "
            "the number of its soldiers killed in September 2022, when it declared 5,937 dead.")
    got = one(text, date(2024, 8, 2))
    assert got["5,937"].source == "Moscow's own count"
    status, flags = check(text, date(2024, 8, 2))
    assert status["5,937"] == "unverified" and status["1,100"] == "supported" and not flags


def test_a_counting_body_after_an_opening_adverbial_credits_the_sentence(check):
    text = ("Russia lost 1,100 soldiers on August 1, Kyiv said. At the same time, the BBC "
            "Russian service, together with Mediazona, has established the names of 59,768 "
            "Russian servicemen who died in the war.")
    got = one(text, date(2024, 8, 2))
    assert got["59,768"].source
    _, flags = check(text, date(2024, 8, 2))
    assert not flags


def test_according_to_the_bulletin_is_the_source_named_before(check):
    # the report of 2022-04-20: 815 tanks and 165 drones in all
    text = ("Russia's losses since February 24 came to 815 tanks, according to the daily "
            "bulletin of the General Staff of the Ukrainian Armed Forces. According to the "
            "bulletin, Russian forces have also lost {n} drones.")
    got = one(text.format(n=165), date(2022, 4, 20))
    assert got["165"].source == "Ukrainian Ministry of Defense"
    status, flags = check(text.format(n=165), date(2022, 4, 20))
    assert status["165"] == "supported" and not flags
    status, _ = check(text.format(n=136), date(2022, 4, 20))
    assert status["136"] == "contradicted"
