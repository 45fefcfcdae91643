"""Published copy read in the eighth session (issue #10): Kyiv's killed and wounded named
"Russian deaths" or "Russia's death toll". Our own sentences; the General Staff's real figures:
the report of 2024-11-12 (1,950 personnel over the day before, 712,610 in all), of 2022-12-19
(520 over the day before, 98,800 in all).
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for
from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-lead8")))


def one(text: str, pub: date):
    return {c.text: c for c in claims_for(Document(id="t", text=text, date=pub))}


@pytest.mark.parametrize("text, figure, wrong, pub", [
    ("The new daily record surpasses the 1,950 Russian deaths recorded on Nov. 12, according "
     "to the Ukrainian General Staff.", "1,950", "1,590", date(2024, 11, 29)),
    ("The General Staff put Russian deaths at 98,800 since the invasion began.", "98,800",
     "89,800", date(2022, 12, 19)),
    ("Russia's death toll in Ukraine reached 98,800, Kyiv said.", "98,800", "96,800",
     date(2022, 12, 19)),
])
def test_russian_deaths_in_kyivs_count_are_its_personnel_losses(check, text, figure, wrong, pub):
    assert one(text, pub)[figure].measure == "personnel_losses"
    status, flags = check(text, pub)
    assert status[figure] == "supported" and not flags
    status, _ = check(text.replace(figure, wrong), pub)
    assert status[wrong] == "contradicted"


def test_deaths_of_no_side_stay_the_health_measure():
    cs = one("The storm caused 12 deaths in Florida. Russia's army said nothing.",
             date(2024, 9, 30))
    assert cs["12"].measure == "deaths"


def test_a_total_that_another_count_brings_is_of_that_count(check):
    # "the total number" in war copy names no losses when the figure before it counts sites
    text = ("Russia has lost around 1,020,010 troops since February 2022, including 10,980 "
            "tanks and 42,796 drones, according to the General Staff.\n\nOver the past day "
            "Russian forces suffered 1,070 casualties. Its equipment losses include 53,593 "
            "vehicles and fuel tanks and 29,718 artillery systems.\n\nThe country has set up "
            "110 new locations for its air defenses, bringing the total number close to 120.")
    pub = date(2025, 6, 30)
    assert one(text, pub)["close to 120"].measure == "location"
    status, flags = check(text, pub)
    assert status["close to 120"] == "unverified" and not flags


MONTH = ("The General Staff reported on Thursday that Russia has lost a total of 407,240 troops "
         "since February 24, 2022. At the beginning of the month, the tally was at 387,060, "
         "meaning Russia has suffered a loss of {n} soldiers.")


def test_what_two_totals_imply_is_their_difference_not_a_third_total(check):
    pub = date(2024, 2, 23)
    # (readings14: a difference its totals give is read as the days between their reports,
    # and supported by them: tests/test_readings_first_run31.py)
    status, flags = check(MONTH.format(n="20,180"), pub)
    assert status["20,180"] == "supported" and not flags
    assert status["a total of 407,240"] == "supported"
    status, flags = check(MONTH.format(n="21,180"), pub)
    assert [f.rule for f in flags] == ["wrong-arithmetic"]


def test_the_difference_says_which_reports_it_is_of(tmp_path):
    # (readings14: it was "no reference ... checked by its arithmetic"; it is now read as the
    # days between the two totals' reports, and says so)
    from readings_support import checker_for
    run = checker_for(str(tmp_path))
    _, cs, _, verdicts = run(MONTH.format(n="20,180"), date(2024, 2, 23))
    v = verdicts[next(c.id for c in cs if c.text == "20,180")]
    assert v.status == "supported" and v.reading.startswith("the total over")
    # a difference the totals do not give is not read so: the arithmetic reports it
    _, cs, _, verdicts = run(MONTH.format(n="21,180"), date(2024, 2, 23))
    v = verdicts[next(c.id for c in cs if c.text == "21,180")]
    assert v.reason == "no reference" and "arithmetic" in v.why



def test_a_body_that_states_that_is_the_figures_source(check):
    text = ("Kyiv claims that Moscow has lost 6,790 tanks since February 2022. The Russian "
            "Defense Ministry states that 15,509 tanks and armored combat vehicles have been "
            "declared lost by Ukraine.")
    pub = date(2024, 3, 17)
    cs = one(text, pub)
    assert cs["15,509"].source == "Russian Ministry of Defence"
    status, flags = check(text, pub)
    assert status["6,790"] == "supported" and status["15,509"] == "unverified" and not flags
    assert one("The United States states that it sent 31 tanks.", pub)["31"].source
