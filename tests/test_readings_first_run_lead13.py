"""Published copy read in the thirteenth session (issue #10): a month's personnel losses named
"casualty figures for Russian troops" a sentence after a month's artillery. Our own sentences;
the General Staff's real figures: July 2024 (35,680 over the reports of July 2 to August 1) and
September 2024 (38,130).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-lead13")))


TEXT = ("Russia's artillery losses peaked in July and August, with 1,520 and 1,517 systems "
        "destroyed. The casualty figures for its troops were just as grim, passing {} in July "
        "alone and rising to 38,130 by September.")


def test_casualty_figures_name_the_personnel_losses_not_the_artillery_before(check):
    status, flags = check(TEXT.format("35,000"), date(2024, 10, 11))
    assert status["passing 35,000"] == "supported" and status["38,130"] == "supported" and not flags


def test_a_wrong_month_of_casualties_is_still_contradicted(check):
    status, _ = check(TEXT.format("45,000"), date(2024, 10, 11))
    assert status["passing 45,000"] == "contradicted"


# -- "nearly 10,000 casualties within just one week" of September beside the month's 38,130 ---

def test_a_weeks_figure_within_a_month_is_no_restatement_of_the_months(check):
    text = ("Casualty figures for Russian troops were grim, passing 35,000 in July alone and "
            "rising to 38,130 by September.\n\nIn September, a grim snapshot emerged, showing "
            "nearly 10,000 casualties within just one week.")
    _, flags = check(text, date(2024, 10, 11))
    assert not flags
