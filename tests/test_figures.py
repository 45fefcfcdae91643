"""normalize.figures: the one number formatter, and that the others call it."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from factcheck.normalize.figures import number, quantity, short_unit, written_like
from factcheck.rulebook.render import render


@pytest.mark.parametrize("value, kw, shown", [
    (1600, {}, "1,600"),
    (1600.0, {}, "1,600"),
    (-12.0, {}, "-12"),
    (3.92512, {}, "3.925"),
    (1234.56, {"digits": 6}, "1,234.56"),
    (0.000125, {}, "0.000125"),
    (1200.0, {"sign": True}, "+1,200"),
    (-3.25, {"sign": True, "digits": None}, "-3.25"),
    (2.123456789, {"digits": None}, "2.123456789"),
    (None, {}, "?"),
    (math.inf, {}, "inf"),
])
def test_number_is_written_as_news_copy_writes_a_figure(value, kw, shown):
    assert number(value, **kw) == shown


@pytest.mark.parametrize("value, unit, shown", [
    (3000.0, "kilometer", "3,000 km"),
    (2.5, "percent", "2.5%"),
    (1600, "", "1,600"),
    (12.0, "ouguiya_of_nowhere", "12 ouguiya_of_nowhere"),   # a unit pint lacks: as written
])
def test_quantity_adds_the_unit_a_reader_reads(value, unit, shown):
    assert quantity(value, unit) == shown


def test_short_unit():
    assert (short_unit("kilometer"), short_unit("percent"), short_unit("")) == ("km", "%", "")


@pytest.mark.parametrize("value, unit, sample, shown", [
    (3.92e9, "EUR", "€4.2 billion", "€3.92 billion"),
    (2.5, "percent", "1.5 percentage points", "2.5 percentage points"),
    (1600, "", "1,500", "1,600"),
])
def test_written_like_follows_the_articles_style(value, unit, sample, shown):
    assert written_like(value, unit, sample) == shown


def test_messages_are_filled_through_the_formatter():
    got = render("{a.value} of {a.count}, {a.measure}",
                 {"a": {"value": 3925.125, "count": 1600, "measure": "personnel_losses"}})
    assert got == f"{number(3925.125)} of {number(1600)}, personnel losses"


# the modules that show an article's figures (claims, references, what they imply); counts of
# the program's own (combinations, bytes, seconds) are not figures of the article
SHOWING_FIGURES = ("engine_facts.py", "engine_updates.py", "rulebook", "report", "store",
                   "normalize")


def test_no_other_module_formats_a_figure_of_its_own():
    """The format specs of a figure (thousands separators, significant digits) stand only in
    normalize/figures.py: a second formatter would write figures another way."""
    root = Path(__file__).resolve().parents[1] / "factcheck"
    spec = re.compile(r"\{[^{}]*:[+ ]?,?\.?\d*[gf]\}|:,\}|:\+,")
    files = [p for name in SHOWING_FIGURES for p in
             ([root / name] if name.endswith(".py") else (root / name).rglob("*.py"))]
    assert len(files) > 20
    others = [f"{p.relative_to(root)}: {m.group(0)}" for p in files if p.name != "figures.py"
              for m in spec.finditer(p.read_text(encoding="utf-8"))]
    assert others == []


def test_a_small_number_spelled_out_is_suggested_spelled_out():
    from factcheck.normalize.figures import written_like
    assert written_like(4, "", "six") == "four"
    assert written_like(4, "", "6") == "4"
    assert written_like(4.5, "", "six") == "4.5"    # not a whole number: in digits
