"""Issue 10 (readings10's note): a day a daily report's figure names by weekday or date has two
readings (that day's report, or that day's fighting in the next day's report), so a "past 24
hours" figure of the same day that differs from it is no contradiction of the story's own;
two figures that name the day the same way still are."""

from __future__ import annotations

from datetime import date

from everyday_support import flags

DAY = date(2025, 10, 15)      # a Wednesday


def rules(text: str) -> list[str]:
    return [f["rule"] for f in flags(text, DAY)]


def test_a_named_day_and_the_past_24_hours_are_two_readings_apart():
    # Tuesday's report gave 1,200; the Wednesday report's "past 24 hours" 1,070
    text = ("Russia lost 1,070 troops in the last 24 hours, Ukraine's General Staff said. On "
            "Tuesday, Russian losses were 1,200, the General Staff said.")
    assert rules(text) == []


def test_two_figures_of_one_named_day_still_clash():
    text = ("On Tuesday, Russian losses were 1,200, the General Staff said. Russia lost 1,290 "
            "troops on Tuesday, it said.")
    assert "conflicting-figures" in rules(text)


def test_two_past_24_hours_figures_still_clash():
    text = ("Russia lost 1,070 troops in the last 24 hours, the General Staff said. Over the "
            "past 24 hours, Russian losses were 1,700, it said.")
    assert "conflicting-figures" in rules(text)
