"""Every shipped rule's test article through the engine under valgrind memcheck.

durable_rules 2.0.28 reads memory it does not own for some condition shapes and calls
(docs/engine.md). This test proves that the shapes factcheck.rulebook emits, and the way
factcheck.engine drives the engine (assert, actions, retract; never delete_state), run clean:
it fails on any invalid read/write, use of uninitialised memory or bad free whose stack goes
through durable_rules_engine. The rulebook and each document's facts are prepared outside
valgrind (Python that never touches the engine: YAML, extraction, pint); only the engine's work
(``Engine(book)`` compiling the rulesets, ``Engine.run_facts`` asserting and retracting) runs
under it, which is most of the test's time saved, not its coverage.
"""

from __future__ import annotations

import os
import pickle
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "pokrovsk-article.txt"
ERROR = re.compile(r"^==\d+== (Invalid (read|write|free)|Conditional jump|Use of uninitialised|"
                   r"Mismatched free|Syscall param|Source and destination overlap)")

RUNNER = """
import pickle, sys
from factcheck.engine import Engine
book, cases = pickle.load(open(sys.argv[1], "rb"))
engine = Engine(book)
found = 0
for facts in cases:
    found += len(engine.run_facts(facts))
assert engine.held_facts() == 0
print("DONE", len(cases), found)
"""


def durable_errors(log: str) -> list[str]:
    """Error blocks of a memcheck log whose stack involves durable_rules_engine."""
    blocks, cur = [], None
    for line in log.splitlines():
        if ERROR.match(line):
            if cur:
                blocks.append(cur)
            cur = [line]
        elif cur is not None and re.match(r"^==\d+== *$", line):
            blocks.append(cur)
            cur = None
        elif cur is not None:
            cur.append(line)
    if cur:
        blocks.append(cur)
    return ["\n".join(b) for b in blocks if any("durable_rules_engine" in x for x in b)]


def test_log_parser_finds_durable_errors():
    log = ("==1== Invalid read of size 1\n==1==    at 0x1: strncmp (vgpreload)\n"
           "==1==    by 0x2: reduceString (in /x/durable_rules_engine.so)\n==1== \n"
           "==1== Conditional jump or move depends on uninitialised value(s)\n"
           "==1==    at 0x3: maybe_small_long (longobject.c:71)\n==1== \n")
    errors = durable_errors(log)
    assert len(errors) == 1 and "reduceString" in errors[0]


def _book():
    """Every shipped rule, switched on."""
    from factcheck.rulebook import load_rulebook

    book = load_rulebook()
    for rid, r in list(book.rules.items()):
        if not r.enabled:
            book.rules[rid] = replace(r, enabled=True)
    return book


def _cases(book):
    """(document, claims, references) of every rule's test article, and of the seed."""
    from factcheck.cli.rules import _load_article, parse_marks, store_for
    from factcheck.model import Document
    from factcheck.normalize import claims_for
    from factcheck.resources import rules_dir
    from factcheck.rulebook import rule_files

    store = store_for(book, None)
    cases = []
    for f, _ in rule_files([rules_dir()]):
        article = f.with_suffix(".md")
        if not article.exists():
            continue
        doc = _load_article(article)
        doc = replace(doc, text=parse_marks(doc.text, doc.line_offset)[0])
        claims = claims_for(doc)
        refs = store.references_for(doc, claims) if store is not None else []
        cases.append((doc, claims, list(refs)))
    if SEED.exists():
        from datetime import date

        doc = Document(id="seed", text=SEED.read_text(encoding="utf-8"), date=date(2024, 12, 17))
        claims = claims_for(doc)
        cases.append((doc, claims, list(store.references_for(doc, claims)) if store else []))
    return cases


# The articles run in two valgrind processes (half each), so that a parallel test run
# (make test: pytest -n auto) puts them on two cores; each half still loads every rule.
PARTS = 2


@pytest.mark.slow
@pytest.mark.parametrize("part", range(PARTS))
def test_every_rule_article_runs_clean_under_memcheck(tmp_path, part):
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        pytest.skip("valgrind is not installed (.ci/run installs it)")
    from factcheck.engine import Engine

    book = _book()
    try:
        cases = _cases(book)
    except ImportError as exc:
        pytest.skip(f"extraction not available: {exc}")
    assert len(cases) >= PARTS
    engine = Engine(book)
    cases = [engine.facts(doc, claims, refs) for doc, claims, refs in cases[part::PARTS]]
    # outside valgrind, the findings the run under it must reach: the same work was done
    found = sum(len(engine.run_facts(facts)) for facts in cases)
    assert found > 0
    data = tmp_path / "cases.pickle"
    data.write_bytes(pickle.dumps((book, cases)))
    script = tmp_path / "run.py"
    script.write_text(RUNNER, encoding="utf-8")
    log = tmp_path / "memcheck.log"
    env = dict(os.environ, PYTHONMALLOC="malloc", FACTCHECK_CACHE_DIR="")
    proc = subprocess.run(
        [valgrind, "--tool=memcheck", "--error-limit=no", "--num-callers=40",
         f"--log-file={log}", sys.executable, str(script), str(data)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    text = log.read_text(encoding="utf-8", errors="replace")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"DONE {len(cases)} {found}" in proc.stdout
    errors = durable_errors(text)
    assert not errors, f"{len(errors)} memcheck errors in durable_rules:\n\n" + errors[0]


JOIN_RUNNER = """
import pickle, sys
from factcheck.durable_compat import provide_pyeval_callobject
provide_pyeval_callobject()
from durable.engine import MessageNotHandledException, Ruleset
class NoHost:
    def get_action(self, name): raise KeyError(name)
branches, facts = pickle.load(open(sys.argv[1], "rb"))
rs = Ruleset("join", NoHost(), {
    f"r{k}": {"all": conditions, "run": lambda c: None} for k, conditions in enumerate(branches)})
handled = 0
for fact in facts:
    try:
        r = rs.assert_fact(fact)
    except MessageNotHandledException:
        continue
    handled += 1
    if r:
        rs.do_actions(r, lambda e, s: None)
print("DONE", handled)
"""


def _join_facts(rule_id: str) -> tuple[object, list[dict]]:
    """A rule and the claim facts of its test article, as durable facts for a join (one
    each)."""
    from factcheck.cli.rules import _load_article, parse_marks
    from factcheck.engine_facts import build_facts
    from factcheck.normalize import claims_for
    from factcheck.resources import rules_dir
    from factcheck.rulebook import load_rulebook

    book = load_rulebook()
    rule = book.get(rule_id)
    doc = _load_article(rules_dir() / rule.pack / f"{rule_id}.md")
    doc = replace(doc, text=parse_marks(doc.text, doc.line_offset)[0])
    fields = {f for fs in rule.tuple_fields().values() for f in fs}
    facts = build_facts(doc, claims_for(doc), [], book.gazetteer, rule.fact_types()).facts
    return rule, [{"sid": "1", "id": i, "t": f["t"],
                   **{k: v for k, v in f.items() if k in fields and v is not None}}
                  for i, f in enumerate(facts)]


def _memcheck_joins(tmp_path: Path, rule_id: str, shapes: tuple[str, ...]
                    ) -> dict[str, tuple[str, list[str]]]:
    """The rule's join compiled by the rulebook's compiler in each shape ("unsafe": with its
    test-only switch on), each run by JOIN_RUNNER under memcheck, side by side:
    shape -> (stdout, errors). Only durable_rules' work runs under valgrind."""
    from factcheck.rulebook import compiler

    valgrind = shutil.which("valgrind")
    if valgrind is None:
        pytest.skip("valgrind is not installed (.ci/run installs it)")
    rule, facts = _join_facts(rule_id)
    script = tmp_path / "join.py"
    script.write_text(JOIN_RUNNER, encoding="utf-8")
    for shape in shapes:
        compiler.UNSAFE_SHAPE_FOR_TESTS = shape == "unsafe"
        try:
            branches = [compiler.join_conditions(rule.pattern, b) for b in rule.branches]
        finally:
            compiler.UNSAFE_SHAPE_FOR_TESTS = False
        (tmp_path / f"{shape}.pickle").write_bytes(pickle.dumps((branches, facts)))
    env = dict(os.environ, PYTHONMALLOC="malloc")
    running = {shape: subprocess.Popen(
        [valgrind, "--tool=memcheck", "--num-callers=40", f"--log-file={tmp_path / shape}.log",
         sys.executable, str(script), str(tmp_path / f"{shape}.pickle")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for shape in shapes}
    out = {}
    for shape, proc in running.items():
        stdout, _ = proc.communicate(timeout=1800)
        log = (tmp_path / f"{shape}.log").read_text(encoding="utf-8", errors="replace")
        out[shape] = (stdout, durable_errors(log))
    return out


def test_the_unsafe_switch_puts_comparisons_straight_after_the_equalities(monkeypatch):
    from factcheck.rulebook import compiler, load_rulebook

    rule = load_rulebook().get("conflicting-figures")
    b = compiler.join_conditions(rule.pattern, rule.branches[0])[1]["b"]["$and"]
    assert "$or" in b[-1] and not any("$gt" in t or "$lt" in t for t in b[:-1])
    monkeypatch.setattr(compiler, "UNSAFE_SHAPE_FOR_TESTS", True)
    b = compiler.join_conditions(rule.pattern, rule.branches[0])[1]["b"]["$and"]
    first = min(i for i, t in enumerate(b) if "$gt" in t or "$lt" in t or "$lte" in t)
    assert not any("$or" in t for t in b)
    assert any(isinstance(v, dict) and "a" in v for t in b[:first] for v in t.values())


@pytest.mark.slow
def test_memcheck_reports_the_unsafe_shape_compiled_by_the_rulebook(tmp_path):
    """The compiler's test-only switch emits a correlated comparison after a correlated
    equality in one $and (conflicting-figures as a durable join over its test article): the
    memcheck runner must report it. The same join in the safe shape runs clean, so the report
    is the shape's doing."""
    runs = _memcheck_joins(tmp_path, "conflicting-figures", ("unsafe", "safe"))
    for shape, (out, _) in runs.items():
        assert out.startswith("DONE ") and int(out.split()[1]) > 0, (shape, out)
    assert runs["unsafe"][1], "memcheck reported nothing for the unsafe shape"
    assert not runs["safe"][1], runs["safe"][1][0]
