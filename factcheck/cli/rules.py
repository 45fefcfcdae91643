"""CLI for rules: ``factcheck rules list``, ``factcheck rules test [PATH]``, ``factcheck explain ID``.

Part of the CLI layer (registered by ``factcheck.cli``). ``rules test``
proves every rule against the test article beside it (``rules/<pack>/<id>.md``): a sentence
marked ``<!-- expect: id -->`` must be flagged by that rule, one marked ``<!-- ok: id -->`` must
not be, and ``<!-- todo: id -->`` records a known gap (reported, never failing). A mark applies
to the line it stands on, or, alone on its line, to the next line with text. Each failed
expectation is reported as file:line; the exit code is 1 when any fails, 2 for bad rule files.

The runner (``run_rule_tests``) is also what pytest calls. It must not format flags for
readers (factcheck.report does) and must not hold rules of its own.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import click

from ..rulebook import Rulebook, RuleFileError, load_rulebook, rule_files
from ..resources import rules_dir
from .common import project_config

MARK = re.compile(r"<!--\s*(expect|ok|todo)\s*:\s*([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)"
                  r"\s*-->")
MIN_MARKS = 2


@dataclass(frozen=True)
class Mark:
    kind: str          # expect | ok | todo
    rule: str
    line: int          # file line the mark concerns
    mark_line: int     # file line the mark is written on


@dataclass
class FileResult:
    path: str
    failures: list[str] = field(default_factory=list)    # "file:line: message"
    todos: list[str] = field(default_factory=list)
    passed: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


def parse_marks(text: str, line_offset: int = 0) -> tuple[str, list[Mark]]:
    """Marks in a test article, and the text with each mark blanked (offsets kept)."""
    lines = text.split("\n")
    marks: list[Mark] = []
    blanked = MARK.sub(lambda m: " " * len(m.group(0)), text)
    blank_lines = blanked.split("\n")
    for i, line in enumerate(lines):
        for m in MARK.finditer(line):
            target = i
            if not blank_lines[i].strip():
                target = next((j for j in range(i + 1, len(lines)) if blank_lines[j].strip()), i)
            for rule in re.split(r"\s*,\s*", m.group(2).strip()):
                marks.append(Mark(m.group(1), rule, target + 1 + line_offset, i + 1 + line_offset))
    return blanked, marks


def _load_article(path: Path):
    from ..document import load_path
    from ..model import DocumentError

    docs = load_path(path)
    if len(docs) != 1:
        raise RuleFileError(path, None, "a test article must hold exactly one document")
    if isinstance(docs[0], DocumentError):
        raise RuleFileError(path, docs[0].line, docs[0].message)
    return docs[0]


class RuleTester:
    """Runs rule test articles through extraction, the engine and the judge, in-process."""

    def __init__(self, book: Rulebook, store: Any = None):
        from ..engine import borrow_engine

        self.book = book
        self.engine = borrow_engine(book)   # given back by run_rule_tests (keep_engine)
        self.store = store

    def hits(self, doc: Any) -> tuple[dict[tuple[str, int], str], tuple[Any, ...]]:
        """(rule, line) -> message for every flag, and for every finding of a rule that gives
        a ``supported`` verdict (such rules raise no flag: their match is the verdict) or none
        (``flag: false``: their match is a reading other rules' ``unless`` reads)."""
        from ..normalize import normalize
        from ..verdicts import anchor_claim, effective, judge

        claims, mentions = normalize(doc)
        refs = self.store.references_for(doc, claims) if self.store is not None else []
        findings = self.engine.run(doc, claims, refs, mentions=mentions)
        flags, _ = judge(doc, claims, refs, findings, self.book)
        out = {(f.rule, f.line): f.message for f in flags}
        by_id = {c.id: c for c in claims}
        for f in effective(findings, self.book):
            rule = self.book.get(f.rule)
            if rule.verdict == "supported" or not rule.flag:
                c = by_id.get(anchor_claim(f, self.book) or "")
                if c is not None:
                    said = "supported " if rule.verdict else "agrees: "
                    out.setdefault((f.rule, doc.line_col(c.start)[0]), said + c.text)
        return out, flags

    def test_file(self, path: Path, rule_id: str | None = None) -> FileResult:
        res = FileResult(str(path))
        doc = _load_article(path)
        blanked, marks = parse_marks(doc.text, doc.line_offset)
        doc = replace(doc, text=blanked)
        if rule_id is not None:
            for kind in ("expect", "ok"):
                n = sum(1 for m in marks if m.rule == rule_id and m.kind == kind)
                if n < MIN_MARKS:
                    res.failures.append(f"{path}:1: rule '{rule_id}' needs at least {MIN_MARKS} "
                                        f"'<!-- {kind}: {rule_id} -->' marks, found {n}")
        for m in marks:
            if m.rule not in self.book.rules:
                res.failures.append(f"{path}:{m.mark_line}: mark names unknown rule '{m.rule}'")
        flagged, _ = self.hits(doc)
        for m in marks:
            if m.rule not in self.book.rules:
                continue
            hit = (m.rule, m.line) in flagged
            if m.kind == "expect" and not hit:
                res.failures.append(f"{path}:{m.line}: expected '{m.rule}' to flag this line; "
                                    f"it did not")
            elif m.kind == "ok" and hit:
                msg = flagged[(m.rule, m.line)]
                res.failures.append(f"{path}:{m.line}: '{m.rule}' flagged a line marked ok: "
                                    f"{msg}")
            elif m.kind == "todo":
                res.todos.append(f"{path}:{m.line}: todo '{m.rule}' "
                                 f"({'now flagged: promote to expect' if hit else 'known gap'})")
            else:
                res.passed += 1
        return res


def test_files(paths: list[Path]) -> list[tuple[Path, str | None]]:
    """(article, rule id) for every rule file under paths (the article beside it), plus any
    .md given directly (rule id None)."""
    out: list[tuple[Path, str | None]] = []
    for p in paths:
        if p.is_file() and p.suffix == ".md":
            out.append((p, p.stem))
            continue
        for f, _ in rule_files([p]):
            out.append((f.with_suffix(".md"), f.stem))
    return out


def run_rule_tests(paths: list[Path] | None = None, store: Any = "auto",
                   book: Rulebook | None = None) -> list[FileResult]:
    """Prove rules against their articles. Rules load from the shipped packs plus ``paths``.

    ``store="auto"`` opens the default claims store when a rule binds reference facts.
    """
    roots = [Path(p) for p in (paths or [rules_dir()])]
    rule_dirs = [p if p.is_dir() else p.parent for p in roots]
    if book is None:
        shipped = rules_dir().resolve()
        extra = [d for d in rule_dirs if shipped not in [d.resolve(), *d.resolve().parents]]
        book = load_rulebook(extra_paths=extra)
        book = _all_on(book)
    if store == "auto":
        store = store_for(book, None)
    from ..engine import keep_engine

    tester = RuleTester(book, store)
    results = []
    for article, rule_id in test_files(roots):
        if not article.exists():
            r = FileResult(str(article))
            r.failures.append(f"{article.with_suffix('.yaml')}:1: rule '{rule_id}' has no test "
                              f"article {article.name}")
            results.append(r)
            continue
        results.append(tester.test_file(article, rule_id if rule_id in book.rules else None))
    keep_engine(tester.engine)   # idle for the next run of the same rules in this process
    return results


def _all_on(book: Rulebook) -> Rulebook:
    for rid, r in list(book.rules.items()):
        if not r.enabled:
            book.rules[rid] = replace(r, enabled=True)
    return book


# --------------------------------------------------------------------------------------------
# click commands


def _book_or_exit() -> Rulebook:
    """The shipped packs and the project's own (config ``rule_packs``)."""

    try:
        return load_rulebook(extra_paths=project_config().rule_packs)
    except RuleFileError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)


@click.group("rules")
def rules() -> None:
    """List and test the declarative rules."""


@rules.command("list")
@click.option("--pack", help="Only rules of this pack (consistency, prior, ...).")
def list_rules(pack: str | None) -> None:
    """Every rule: id, severity, pack and title (off when switched off)."""
    book = _book_or_exit()
    for r in sorted(book.rules.values(), key=lambda r: (r.pack, r.id)):
        if pack and r.pack != pack:
            continue
        state = r.severity if r.enabled else "off"
        click.echo(f"{r.id:34} {state:8} {r.pack:12} {r.title}")


@rules.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--store", "store_url", metavar="PATH|URL",
              help="Claims store for rules over reference facts (default: the bundled one).")
@click.option("-v", "--verbose", is_flag=True, help="Also list passing articles and todos.")
def test_rules(paths: tuple[Path, ...], store_url: str | None, verbose: bool) -> None:
    """Run every rule's test article (or those under PATH); report failed expectations."""
    from ..extract.vocab import load_all
    load_all()   # a broken vocabulary is one line before the store is built with it
    try:
        book = _all_on(load_rulebook(extra_paths=[p if p.is_dir() else p.parent for p in paths
                                                  if not _inside_shipped(p)]))
        store = store_for(book, store_url, warn=lambda m: click.echo(m, err=True))
        results = run_rule_tests(list(paths) or None, store=store, book=book)
    except RuleFileError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    failed = [r for r in results if not r.ok]
    for r in results:
        for line in r.failures:
            click.echo(line)
        if verbose:
            for line in r.todos:
                click.echo(line)
            if r.ok:
                click.echo(f"{r.path}: ok ({r.passed} expectations)")
    todos = sum(len(r.todos) for r in results)
    click.echo(f"{len(results)} test articles, {len(failed)} failed, "
               f"{sum(r.passed for r in results)} expectations met, {todos} todo")
    sys.exit(1 if failed else 0)


def _inside_shipped(p: Path) -> bool:
    shipped = rules_dir().resolve()
    p = p.resolve()
    return p == shipped or shipped in p.parents


def store_for(book: Rulebook, url: str | None, warn: Any = None) -> Any:
    """The claims store for rules over reference facts (None when no rule needs one)."""
    if not any("reference" in r.fact_types() for r in book.active()):
        return None
    try:
        from ..store import Store, default_store

        return Store.open(url) if url else default_store()
    except Exception as exc:  # noqa: BLE001 - reference rules then see no references
        if warn:
            warn(f"warning: no claims store ({exc}); reference rules see no references")
        return None


@click.command("explain")
@click.argument("rule_id")
@click.option("--in", "in_path", type=click.Path(exists=True, dir_okay=False),
              help="Also show what the rule found in this article: each claim it flagged or "
                   "gave a verdict, with the basis of its keys and its readings.")
def explain(rule_id: str, in_path: str | None = None) -> None:
    """Print a rule's description, examples and references (and its findings in a file)."""
    book = _book_or_exit()
    if rule_id not in book.rules:
        close = [r for r in book.rules if rule_id in r or r in rule_id]
        hint = f" (did you mean {', '.join(close[:3])}?)" if close else ""
        click.echo(f"error: no rule with id '{rule_id}'{hint}; see 'factcheck rules list'",
                   err=True)
        sys.exit(2)
    r = book.get(rule_id)
    state = r.severity if r.enabled else "off"
    click.echo(f"{r.id} ({state}, pack {r.pack}): {r.title}\n")
    click.echo(r.description.strip() + "\n")
    click.echo(f"Bad:  {r.example('bad').strip()}")
    click.echo(f"Good: {r.example('good').strip()}\n")
    click.echo("References:")
    for ref in r.references:
        click.echo(f"  - {ref}")
    click.echo(f"\nDefined in {r.path}:{r.line}")
    if in_path:
        _explain_in(r, in_path)


def _explain_in(r: Any, path: str) -> None:
    """The rule's flags and verdicts in one article, with how each claim's keys were decided
    (basis) and the readings its words left open."""
    from ..pipeline import Options, check as run_pipeline
    from .common import project_config

    config = project_config()
    store = store_for(_book_or_exit(), config.store,
                      warn=lambda m: click.echo(m, err=True))
    url = store.url if store is not None else None
    if store is not None:
        store.close()
    result = run_pipeline([path], Options(store=url, rules=tuple(sorted(config.rules.items()))))
    click.echo(f"\nIn {path}:")
    shown = 0
    for dr in result.documents:
        claims = {c.id: c for c in dr.claims}
        found: dict[str, str] = {}
        for f in dr.flags:
            if f.rule == r.id and f.claims:
                found.setdefault(f.claims[0], f"{f.severity}: {f.message}")
        if r.verdict:
            for v in dr.verdicts:
                if v.claim not in found and v.status == r.verdict and v.evidence:
                    found[v.claim] = v.status + (f" as {v.reading}" if v.reading else "")
        for cid, what in found.items():
            c = claims.get(cid)
            if c is None:
                continue
            shown += 1
            click.echo(f"  line {c.line}: \"{c.text}\": {what}")
            ex = c.extra_dict()
            for k, how in ex.get("basis") or ():
                click.echo(f"      {k}: {how}")
            for rd in ex.get("readings") or ():
                click.echo(f"      reading: {rd[0]} ({rd[4]})")
    if not shown:
        click.echo("  nothing: the rule found no claim here")
