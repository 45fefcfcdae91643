"""speed37: the figure reader takes its groups by name at once, find_dates looks for " in " and
" and " once, and the test processes keep the rewritten test modules (tests/conftest.py)."""

from __future__ import annotations

import sys

import pytest

from factcheck.extract import find_quantities
from factcheck.extract import numbers


def test_the_groups_the_figure_reader_takes_are_the_number_patterns_groups():
    g = numbers.grammar()
    for rx in (g.number, g.number_dot):
        assert set(numbers._HEAD_GROUPS) <= set(rx.groupindex), sorted(rx.groupindex)


@pytest.mark.parametrize("text,value,unit", [
    ("Prices fell by -3.5% in May.", -3.5, "percent"),
    ("It cost $4.2 billion to build.", 4.2e9, "USD"),
    ("The loss was (£99.99) in the accounts.", -99.99, "GBP"),
    ("About 4e14 cells were counted.", 4e14, ""),
    ("The pipe is 2½ inches wide.", 2.5, "inch"),
    ("A board 1 3/4 inches thick.", 1.75, "inch"),
    ("Turnover reached R50,000 last year.", 50000.0, "ZAR"),
])
def test_sign_currency_exponent_and_fraction_are_read_as_before(text, value, unit):
    qs = [q for q in find_quantities(text) if q.value not in (2024.0,)]
    assert qs, text
    q = qs[0]
    assert q.value == pytest.approx(value) and q.unit == unit, (q.text, q.value, q.unit)


def test_dates_joined_by_and_and_years_after_in_are_still_read():
    from datetime import date

    from factcheck.extract import find_dates
    got = find_dates("The strikes fell on Monday and Tuesday, as in 2019.", date(2024, 5, 8))
    kinds = sorted(d.kind for d in got)
    assert len(got) >= 2, [(d.text, d.kind) for d in got]
    assert any("2019" in d.text for d in got), kinds


def test_the_test_processes_may_write_the_rewritten_test_modules():
    # pytest writes its rewritten test modules only where bytecode may be written
    assert sys.dont_write_bytecode is False


def test_an_odd_worker_imports_the_test_modules_last_name_first(tmp_path, monkeypatch):
    from conftest import import_in_reverse

    order: list[str] = []
    monkeypatch.setattr(sys, "speed37_order", order, raising=False)
    for name in ("test_s37_a", "test_s37_b", "test_s37_c"):
        (tmp_path / f"{name}.py").write_text(
            f"import sys\nsys.speed37_order.append({name!r})\n", encoding="utf-8")
    (tmp_path / "test_s37_broken.py").write_text("raise ImportError('no')\n",
                                                 encoding="utf-8")
    (tmp_path / "helper_s37.py").write_text("import sys\nsys.speed37_order.append('helper')\n",
                                            encoding="utf-8")
    assert import_in_reverse(tmp_path) == []          # not on sys.path: nothing imported
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        done = import_in_reverse(tmp_path)
    finally:
        for name in ("test_s37_a", "test_s37_b", "test_s37_c", "test_s37_broken"):
            sys.modules.pop(name, None)
    assert order == ["test_s37_c", "test_s37_b", "test_s37_a"]
    assert done == ["test_s37_c", "test_s37_b", "test_s37_a"]   # the broken one left out
