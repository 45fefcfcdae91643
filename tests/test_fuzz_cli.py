"""Randomised inputs through the command line (hypothesis): bytes, encodings, front matter,
JSONL, rule files and configurations.

For every input: no traceback and no "internal error", an exit code of 0, 1 or 2, a bad input
reported in lines that start with its file name, and the good document given beside it still
read and checked. ``extract`` runs in-process, so most examples go through it; ``check`` (which
forks its workers) gets fewer. Time and memory limits on large inputs are measured by
benchmarks/robust_limits.py; ``test_worst_inputs_stay_within_memory`` bounds memory here.
"""

from __future__ import annotations

import json
import os
import tempfile
import tracemalloc
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from conftest import slow_tests_wanted
from warm_support import warm_parent

GOOD = "---\ndate: 2024-12-17\n---\nRussia lost 1,200 troops over the past 24 hours.\n"
# (the full number of examples where the slow tests run, CI's way; a sixth of them in `make
# test`, which runs every test here but keeps its time on two cores: the same properties,
# fewer random inputs each run; each example forks the run's worker, about 0.3 CPU seconds)
_DEPTH = 1 if slow_tests_wanted() else 6
FUZZ = settings(max_examples=30 // _DEPTH, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FEW = settings(FUZZ, max_examples=12 // _DEPTH)


@contextmanager
def project() -> Iterator[Path]:
    """A fresh folder as the working directory, holding good.md."""
    old = os.getcwd()
    with tempfile.TemporaryDirectory() as d:
        os.chdir(d)
        try:
            Path("good.md").write_text(GOOD, encoding="utf-8")
            yield Path(d)
        finally:
            os.chdir(old)


def invoke(*args: str, input: bytes | None = None):
    res = CliRunner().invoke(main, list(args), input=input)
    text = res.output + (res.stderr or "")
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert "Traceback" not in text and "internal error" not in text, text[-2000:]
    assert res.exit_code in (0, 1, 2), (res.exit_code, text[-2000:])
    return res


def extract_json(name: str, input: bytes | None = None) -> dict:
    """``factcheck extract NAME good.md --format json``: the invariants, then the report."""
    res = invoke("extract", "--format", "json", name, "good.md", input=input)
    data = json.loads(res.stdout)
    paths = [d["path"] for d in data["documents"]]
    assert "good.md" in paths, paths                     # the other document is still read
    shown = "<stdin>" if name == "-" else name
    for err in data.get("errors", []):                   # one line naming the file
        assert err["path"] == shown and "\n" not in err["message"], err
    for line in res.stderr.splitlines():
        assert line.startswith(shown + ":") or line.startswith("factcheck:"), line
    return data


@pytest.fixture(autouse=True)
def _ci(monkeypatch):
    monkeypatch.setenv("CI", "1")


@pytest.fixture(scope="module", autouse=True)
def _warm():
    """Every ``check`` example forks a worker: it starts from what this process loaded once
    (warm_support; the worker still builds its own checker for each run)."""
    warm_parent()


# -- bytes and encodings --------------------------------------------------------------------

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
encoded = st.tuples(texts, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le",
                                            "utf-32", "latin-1", "cp1252"])).map(
    lambda t: t[0].encode(t[1], errors="replace"))


@FUZZ
@given(data=st.one_of(st.binary(max_size=2000), encoded))
def test_random_bytes_and_encodings_as_a_file(data):
    with project():
        Path("x.md").write_bytes(data)
        extract_json("x.md")


@FEW
@given(data=st.one_of(st.binary(max_size=500), encoded))
def test_random_bytes_on_stdin_through_check(data):
    with project():
        res = invoke("check", "--no-store", "-q", "--jobs", "1", "--format", "json", "-",
                     "good.md", input=data)
        report = json.loads(res.stdout)
        assert "good.md" in [d["path"] for d in report["documents"]]


# -- front matter ---------------------------------------------------------------------------

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts,
                    st.dates().map(str), st.sampled_from(
                        ["2024-13-45", "2024-02-30", "Monday", "December", "1", "2024", "",
                         "2024-12-17T25:61:00", "9" * 5000, ".nan", "-.inf", "*a", "&a x"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.one_of(texts, st.integers()), inner,
                                                 max_size=4)), max_leaves=12)
keys = st.one_of(st.sampled_from(["date", "title", "outlet", "id", "1"]), st.integers(), texts)
raw_lines = st.lists(st.one_of(texts, st.sampled_from(
    ["date: 2024-13-45", "date: Monday", "1: a", '"1": b', "a: &a [x, x]", "b: [*a, *a]",
     "[" * 300, "? [a, b]\n: c", "!!python/object:os.system x", "date: !!binary aGk="])),
    max_size=8).map("\n".join)


@FUZZ
@given(meta=st.dictionaries(keys, values, max_size=6), raw=raw_lines, body=texts,
       as_yaml=st.booleans())
def test_random_front_matter(meta, raw, body, as_yaml):
    try:
        head = yaml.safe_dump(meta, allow_unicode=True) if as_yaml else raw
    except (yaml.YAMLError, ValueError):
        head = raw
    with project():
        Path("x.md").write_text(f"---\n{head}\n---\n{body}", encoding="utf-8", errors="replace")
        extract_json("x.md")


@FEW
@given(meta=st.dictionaries(keys, values, max_size=5), body=texts)
def test_random_front_matter_through_check(meta, body):
    with project():
        Path("x.md").write_text(f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n{body}",
                                encoding="utf-8", errors="replace")
        res = invoke("check", "--no-store", "-q", "--jobs", "1", "--format", "json", "x.md",
                     "good.md")
        assert "good.md" in [d["path"] for d in json.loads(res.stdout)["documents"]]


# -- JSONL ----------------------------------------------------------------------------------

json_values = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(),
                                     st.floats(allow_nan=False), texts),
                           lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                   st.dictionaries(texts, inner, max_size=4)),
                           max_leaves=12)
objects = st.fixed_dictionaries({"text": st.one_of(texts, json_values)},
                                optional={"id": json_values, "date": st.one_of(scalars,
                                                                              json_values),
                                          "title": json_values})
jsonl_lines = st.lists(st.one_of(objects.map(json.dumps), json_values.map(json.dumps), texts,
                                 st.sampled_from(['{"text": "\\ud800 1,200"}',
                                                  '{"text": "x", "n": ' + "9" * 5000 + "}",
                                                  "[" * 3000 + "]" * 3000])),
                       max_size=8)


@FUZZ
@given(lines=jsonl_lines)
def test_random_jsonl(lines):
    with project():
        body = "\n".join(lines)
        Path("x.jsonl").write_text(body, encoding="utf-8", errors="replace")
        data = extract_json("x.jsonl")
        # a generated text may hold newlines itself: the file's own lines are the bound
        for err in data["errors"]:
            assert err["line"] is None or 1 <= err["line"] <= body.count("\n") + 1


# -- rule files -----------------------------------------------------------------------------

RULE = {"id": "fuzz-rule", "title": "t", "severity": "warning", "check": "conflict",
        "where": {"measure": "tanks"}, "message": "{b.text} vs {a.text}", "description": "d",
        "examples": {"bad": "b", "good": "g"}, "references": ["r"]}


@FEW
@given(field=st.sampled_from(sorted(RULE) + ["params", "unless", "enabled", "verdict"]),
       value=values, raw=st.one_of(st.none(), raw_lines))
def test_random_rule_files(field, value, raw):
    rule = dict(RULE, **{field: value}) if field != "id" else dict(RULE)
    try:
        text = raw if raw is not None else yaml.safe_dump(rule, allow_unicode=True)
    except (yaml.YAMLError, ValueError):
        text = "id: [unclosed"
    with project():
        Path("rules/p").mkdir(parents=True)
        Path("rules/p/fuzz-rule.yaml").write_text(text, encoding="utf-8", errors="replace")
        res = invoke("rules", "test", "rules/p")
        if res.exit_code == 2:
            lines = [x for x in res.output.splitlines() if x.strip()]
            assert len(lines) == 1 and "fuzz-rule.yaml" in lines[0], res.output


# -- configurations -------------------------------------------------------------------------

toml_values = st.one_of(st.integers(), st.floats().map(repr).map(
    lambda r: {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(r, r)), st.booleans().map(
    lambda b: str(b).lower()), texts.map(json.dumps), st.lists(texts.map(json.dumps),
                                                                max_size=3).map(
    lambda xs: "[" + ", ".join(xs) + "]"), st.just("{ x = 1 }"))
config_keys = st.sampled_from(["rules", "ignore", "store", "fail_on", "jobs", "max_file_mb",
                               "sample_archive", "rule_packs", "unknown"])


@FUZZ
@given(pairs=st.lists(st.tuples(config_keys, toml_values.map(str)), max_size=4),
       raw=st.one_of(st.none(), texts))
def test_random_configs(pairs, raw):
    text = raw if raw is not None else "\n".join(f"{k} = {v}" for k, v in dict(pairs).items())
    with project():
        Path("factcheck.toml").write_text(text, encoding="utf-8", errors="replace")
        res = invoke("extract", "--format", "json", "good.md")
        if res.exit_code == 2:
            (line,) = res.stderr.strip().splitlines()
            assert line.startswith("factcheck: ") and "factcheck.toml" in line


# -- the worst inputs under 1 MB ------------------------------------------------------------
# The inputs whose cost used to explode (alias expansion, deep nesting, digit walls), near
# 1 MB each. Their time (and that of dense text) is measured by benchmarks/robust_limits.py.

WORST = {
    "laughs.md": "---\n" + "\n".join(
        ["a: &a [x, x, x, x, x, x, x, x, x, x]"] +
        [f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]"
         for i in range(20)]) + "\n---\nx",
    "nested.jsonl": '{"text": "x", "n": ' + "[" * 400_000 + "]" * 400_000 + "}",
    "digits.md": "Russia lost " + "9" * 900_000 + " troops.",
    "big-int.jsonl": '{"text": "x", "n": ' + "9" * 900_000 + "}",
}


@pytest.mark.parametrize("name", sorted(WORST))
def test_worst_inputs_stay_within_memory(name):
    """Each is refused or read with well under 500 MB of Python memory (tracemalloc)."""
    assert len(WORST[name].encode()) < 1_000_000
    with project():
        Path(name).write_text(WORST[name], encoding="utf-8")
        tracemalloc.start()
        try:
            extract_json(name)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 500 * 1024 * 1024, peak


# The shapes that cost the most per byte: dense figures, a line of figures with no sentence
# end, a deep list, many dates, a table. Here a few kilobytes each, to prove that every one is
# read and checked whole (no rule skipped at a limit, every figure found); the same shapes near
# 1 MB are run against the 10 s / 500 MB bound by benchmarks/robust_limits.py.
MONTHS = ("January", "February")
SHAPES = {   # name -> (text, figures at least)
    "dense-figures.md": ("Russia lost 1,200 troops and 12 tanks on 17 December 2024. " * 40, 80),
    "long-line-figures.md": ("Russia lost 1,200 troops and 12 tanks, " * 60 + "\n", 120),
    "deep-list.md": ("".join("  " * (i % 40) + f"- {i % 40 + 1},{i % 900 + 100} shells on "
                             f"day {i}\n" for i in range(80)), 80),
    "many-dates.md": ("".join(f"On {d} {m} 2024 Russia lost {1000 + d * 10} troops.\n"
                              for m in MONTHS for d in range(1, 29)), 56),
    "date-list.md": ("17 December 2024, " * 300 + "Russia lost 1,200 troops.\n", 1),
    "table.md": ("| day | troops | tanks |\n|---|---|---|\n" + "".join(
        f"| {d} {m} 2024 | {1000 + d} | {d} |\n" for m in MONTHS for d in range(1, 29)), 112),
}


def test_worst_shapes_are_checked_whole():
    from factcheck.verdicts import LIMIT_RULE

    with project():
        for name, (text, _) in SHAPES.items():
            Path(name).write_text(text, encoding="utf-8")
        res = invoke("check", "--no-store", "--jobs", "1", "-q", "--format", "json", *SHAPES)
        assert res.exit_code in (0, 1), res.stderr
        docs = {d["path"]: d for d in json.loads(res.stdout)["documents"]}
        assert set(docs) == set(SHAPES)
        for name, (_, figures) in SHAPES.items():
            doc = docs[name]
            assert "error" not in doc, (name, doc["error"])
            assert len(doc["claims"]) >= figures, (name, len(doc["claims"]))
            assert not [f for f in doc["flags"] if f["rule"] == LIMIT_RULE], name

