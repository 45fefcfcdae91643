"""speed45: the doubling scale test judged by instruction counts when CPU time is over, and the
probe articles' claims and checks worked out once a process.

test_scale timed each stage at N and 2N figures in CPU time; with valgrind on the other core CI
measured a linear engine at 3.6 (the bound is 3.0) and the test passed alone. A stage over the
bound in CPU time is now counted in instructions under callgrind (tests/scale_support.py), and
that count decides.
"""

from __future__ import annotations

import shutil
from datetime import date

import pytest

import probe_support
import scale_support
import test_scale
from factcheck.model import Document


def _inputs(n: int, engine, unit: str = "1, ") -> list[dict]:
    from factcheck.normalize import normalize

    book, eng = engine
    out = []
    for k in (n, 2 * n):
        doc = Document(id="adv", text=unit * k, date=date(2024, 12, 17))
        claims, mentions = normalize(doc)
        out.append({"doc": doc, "claims": claims, "mentions": mentions,
                    "findings": eng.run(doc, claims, mentions=mentions)})
    return out


@pytest.fixture(scope="module")
def engine():
    from factcheck.engine import Engine
    from factcheck.rulebook import load_rulebook

    book = load_rulebook()
    return book, Engine(book)


@pytest.mark.parametrize("counted,passes", [
    ({"engine": 2.1}, True),        # the load slowed the larger runs: the count clears it
    ({"engine": 3.9}, False),       # quadratic in instructions too: it fails
    (None, False),                  # no valgrind: the CPU ratio stands
])
def test_a_stage_over_the_bound_in_cpu_time_is_decided_by_its_instructions(
        monkeypatch, engine, counted, passes):
    small = _inputs(20, engine)
    asked = []
    monkeypatch.setattr(test_scale, "_ratios", lambda *a, **k: (
        {"extract+normalize": 2.0, "engine": 3.6, "verdicts": 1.9}, small))

    def fake_count(sizes, stages, square=0):
        asked.append(list(stages))
        return counted

    monkeypatch.setattr(test_scale, "counted_ratios", fake_count)
    if passes:
        test_scale._assert_linear("1, ", 20, engine)
    else:
        with pytest.raises(AssertionError):
            test_scale._assert_linear("1, ", 20, engine)
    assert asked == [["engine"]]        # only the stage over the bound is counted


def test_no_count_when_every_cpu_ratio_is_within_the_bound(monkeypatch, engine):
    small = _inputs(20, engine)
    monkeypatch.setattr(test_scale, "_ratios", lambda *a, **k: (
        {"extract+normalize": 2.0, "engine": 2.9, "verdicts": 1.9}, small))
    monkeypatch.setattr(test_scale, "counted_ratios", lambda *a, **k: pytest.fail("counted"))
    test_scale._assert_linear("1, ", 20, engine)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
def test_the_instruction_count_sees_a_planted_quadratic_pass(engine):
    """The engine on '1, ' copy counted as it is (about 2: linear) and with passes over every
    pair of claims planted in the stage (near 4): the count can fail a quadratic stage."""
    sizes = _inputs(100, engine)
    assert len(sizes[1]["claims"]) >= 1.9 * len(sizes[0]["claims"]) > 0
    as_is = scale_support.counted_ratios(sizes, ["engine"])
    # (1,000 passes over 100 claims' pairs: the planted work outweighs the engine's own)
    planted = scale_support.counted_ratios(sizes, ["engine"], square=1000)
    assert as_is["engine"] <= test_scale.BOUND < planted["engine"], (as_is, planted)


def test_probe_support_works_an_article_out_once_and_hands_out_copies(tmp_path, monkeypatch):
    art = tmp_path / "a.md"
    art.write_text("---\ndate: 2024-12-17\n---\nRussia lost 1,200 troops over the past 24 "
                   "hours, the General Staff said.\n", encoding="utf-8")
    calls = []
    real = probe_support.claims_for
    monkeypatch.setattr(probe_support, "claims_for", lambda doc: calls.append(1) or real(doc))
    first = probe_support.claims_of(art)
    second = probe_support.claims_of(art)
    assert first == second and len(calls) == 1 and isinstance(first, tuple)
    art.write_text(art.read_text(encoding="utf-8").replace("1,200", "1,300"), encoding="utf-8")
    edited = probe_support.claims_of(art)           # other content: worked out again
    assert len(calls) == 2 and "1,300" in [c.text for c in edited]

    flags = probe_support.check_flags(art)
    flags.append({"rule": "planted"})
    assert {"rule": "planted"} not in probe_support.check_flags(art)
