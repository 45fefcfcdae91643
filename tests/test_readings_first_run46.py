"""Misses of the forty-sixth and forty-seventh phrasing sets' first runs (issue #10), one test
per cause, each with the wrong figure that must still be caught and the reading that must stay
open. Our own sentences; the General Staff's real figures: the report of 24 November 2024
(1,020 over the day, 730,740 in all, 20,765 artillery systems), of 27 September 2023 (320
troops, 38 artillery systems, 24 drones over the day) and of 21 September 2022 (55,110 in all).
"""

from __future__ import annotations

from datetime import date

import pytest

from readings_support import status_checker


@pytest.fixture(scope="module")
def check(tmp_path_factory):
    return status_checker(str(tmp_path_factory.mktemp("first-run-46")))


# -- "Ukrainian forces put out of action 320 troops, three tanks, ..." -----------------------

def test_put_out_of_action_before_its_object_counts_the_other_sides_losses(check):
    text = ("In the last 24 hours, according to Kyiv, Ukrainian forces put out of action 320 "
            "troops, three tanks, 38 artillery systems and {} drones.")
    status, flags = check(text.format(24), date(2023, 9, 27))
    assert status["320"] == status["38"] == status["24"] == "supported" and not flags
    status, _ = check(text.format(42), date(2023, 9, 27))
    assert status["42"] == "contradicted"
