"""The compiled-pattern cache (factcheck/compiled_patterns.py) and what it needs: patterns built
the same in every process, and first_words reading an alternation from one parse."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import compiled_patterns as cp
from factcheck.extract import first_words as fw
from factcheck.extract.text import longest_first

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The cache with an empty table and its file in ``tmp_path`` (this process's own table
    and file are left as they were)."""
    monkeypatch.setattr(cp, "_table", {})
    monkeypatch.setattr(cp, "_used", set())
    monkeypatch.setattr(cp, "_state", dict(cp._state, path=tmp_path / "patterns.marshal",
                                           loaded=False, new=0))
    if cp._state["original"] is None:        # the cache is off in this process: on for the test
        monkeypatch.setitem(cp._state, "original", re._compiler.compile)
        monkeypatch.setattr(re._compiler, "compile", cp._compile)
    re.purge()
    yield tmp_path / "patterns.marshal"
    re.purge()


# the shipped grammars' patterns and a few with groups, flags, look-arounds and bytes
def _samples() -> list[tuple[str | bytes, int]]:
    from factcheck.extract import dates, numbers
    g, n = dates._grammar(), numbers.grammar()
    return [(g.rx.pattern, g.rx.flags), (n.number.pattern, n.number.flags),
            (n.unit.pattern, n.unit.flags),
            (r"(?P<a>\d+)(?:,(?P<b>\d{3}))*(?<![.])\b", 0), (r"(?i)café|ÉTÉ", 0),
            (r"(?x) a \s+ b  # a comment", 0), (rb"\x00+(?=ab)", 0), (r"(a)|b", re.M)]


def test_a_pattern_read_back_is_the_program_re_compiles(fresh):
    samples = _samples()
    cp._table.clear()
    compiled = [re.compile(p, f) for p, f in samples]
    cp.save()
    assert fresh.exists()
    cp._table.clear()
    cp._state["loaded"] = False
    re.purge()
    for (p, f), first in zip(samples, compiled):
        back = re.compile(p, f)
        assert (p, int(f)) in cp._table and cp._state["new"] == 0
        # a Pattern equals another only with the same text, flags and program
        assert back == first and back is not first
        assert back == cp._state["original"](p, f)
        assert (back.groups, back.groupindex, back.flags) == (first.groups, first.groupindex,
                                                              first.flags)
    text = "Prices rose 5% to $3.5 billion on 1 May 2024, café ÉTÉ 1,234 a  b"
    for (p, f), first in zip(samples, compiled):
        if isinstance(p, str):
            back = re.compile(p, f)
            assert [m.span() for m in back.finditer(text)] == \
                [m.span() for m in first.finditer(text)]


def test_a_damaged_file_or_entry_is_compiled_again(fresh):
    fresh.write_bytes(b"not marshal data at all")
    assert re.compile(r"x(y)z").groups == 1 and cp._state["new"] == 1
    key = (r"q(\d+)", 0)
    cp._table[key] = (0, b"\xff\xff\xff\xff" * 3, 0, {}, (None, None))   # no program _sre runs
    got = re.compile(*key)
    assert got.match("q12").group(1) == "12"
    assert cp._table[key][1] != b"\xff\xff\xff\xff" * 3      # replaced by the real program
    cp.save()
    assert b"q(\\d+)" in fresh.read_bytes()


def test_only_new_patterns_write_and_a_full_file_keeps_those_used(fresh, monkeypatch):
    cp.save()
    assert not fresh.exists()                    # nothing compiled: nothing written
    for i in range(5):
        re.compile(f"a{i}b")
    cp.save()
    assert len(cp._table) == 5
    monkeypatch.setattr(cp, "MAX_PATTERNS", 3)
    monkeypatch.setattr(cp, "_used", {("a1b", 0)})
    cp._state["new"] = 1
    cp.save()
    import marshal
    assert set(marshal.loads(fresh.read_bytes())) == {("a1b", 0)}


def test_the_cache_is_off_with_an_empty_cache_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    assert cp.cache_file() is None
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    name = cp.cache_file().name
    assert cp.cache_file().parent == tmp_path and name.startswith("patterns-") and \
        f"{sys.version_info.major}.{sys.version_info.minor}." in name


_WARM = """
import json, sys
from factcheck import compiled_patterns as cp
from factcheck.pipeline import warm_normalize
warm_normalize()
print(json.dumps([cp._state["new"], cp.held(), cp._state["original"] is not None]))
"""


def test_a_second_process_with_other_string_hashes_compiles_nothing_new(tmp_path):
    """A pattern built from a set in the set's order would differ between processes (other
    PYTHONHASHSEED) and be compiled again in each, the file growing every run."""
    runs = []
    for seed in ("1", "2"):
        env = dict(os.environ, FACTCHECK_CACHE_DIR=str(tmp_path), PYTHONHASHSEED=seed,
                   PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-c", _WARM], env=env, cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout
        runs.append(json.loads(out.splitlines()[-1]))
    (new1, held1, on1), (new2, held2, on2) = runs
    assert on1 and on2 and new1 > 1000 and held1 == new1
    assert new2 == 0 and held2 == held1


def test_longest_first_is_one_order_whatever_the_input_order():
    words = ["may", "march", "mar", "june", "jun", "sept", "sep", "a"]
    want = ["march", "june", "sept", "jun", "mar", "may", "sep", "a"]
    for perm in itertools.islice(itertools.permutations(words), 0, None, 997):
        assert longest_first(set(perm)) == longest_first(list(perm)) == want


def test_alternatives_read_from_one_parse_give_each_alternative_its_own_test():
    """Alternatives.of reads each alternative's first words from the whole pattern's parse:
    the same tests as parsing each alternative alone (FirstWords.of), on the date grammar's
    four alternations and on one whose alternatives open every way the reading knows."""
    from factcheck.extract import dates

    g = dates._grammar()
    made = r"(?x) the \s+ (?P<a>week|month) | [Mm]ay | (?:early|late)-? (?P<b>\d+) | \d{4} | " \
        r"(?=x) xmas | (?P<c>[a-z]+) \s day | q[1-4]"
    rxs = [g.rx, g.rx_q, g.rx_mr, g.rx_ago, re.compile(made)]
    n = 0
    for rx in rxs:
        alts = fw.Alternatives.of(rx)
        assert alts is not None
        for alt, test in zip(alts.alts, alts.tests):
            alone = fw.FirstWords.of(re.compile(alt, rx.flags))
            assert (alone is None) == (test is None), alt
            if alone is not None:
                assert (test.exact, test.prefix, test.after_wild) == \
                    (alone.exact, alone.prefix, alone.after_wild), alt
            n += 1
    assert n > 90



def test_pint_reads_its_definitions_from_the_cache_folder_with_the_same_units(tmp_path,
                                                                              monkeypatch):
    """units.registry: pint's own cache in the cache folder (written by the first registry,
    read by the next) gives the units and currencies of a registry read afresh; an unwritable
    folder or none falls back to reading afresh."""
    from factcheck.normalize import units

    def readings(ureg):
        q = ureg.Quantity
        return [q(3, "km").to("mile").magnitude, q(5, "US_cent").to("USD").magnitude,
                q(2435, "terawatt_hour").to("kilowatt_hour").magnitude,
                q(100, "degF").to("degC").magnitude, str(q(1, "EUR").dimensionality)]

    got = {}
    for name, folder in (("off", ""), ("first", str(tmp_path)), ("second", str(tmp_path)),
                         ("unwritable", "/proc/factcheck-no-such-folder")):
        monkeypatch.setenv("FACTCHECK_CACHE_DIR", folder)
        got[name] = readings(units.registry.__wrapped__())
        if name == "first":
            assert list((tmp_path / "pint").glob("*.pickle"))
    assert got["off"] == got["first"] == got["second"] == got["unwritable"]
    assert got["off"][0] == pytest.approx(1.864, abs=0.001) and got["off"][1] == 0.05
    assert got["off"][4] == "[currency_EUR]"
