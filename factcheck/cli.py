"""The ``factcheck`` command line: the top of the pipeline, built with click.

Commands read inputs, call ``factcheck.pipeline`` and hand the ``RunResult`` to a formatter from
``factcheck.report``. Every failure a user can cause (a missing file, a bad rule file, a store
that cannot be opened, a bad option) ends as one line on stderr and exit code 2, never a
traceback. Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it (or a
document that could not be checked); 2 usage or input errors when nothing could be checked.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Iterator

import click

from . import __version__
from .model import SEVERITIES, RunResult, severity_rank

FORMATS = ("text", "json", "sarif", "junit", "markdown", "html")


class Failure(click.ClickException):
    """A user-facing failure: one line, exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"factcheck: {self.format_message()}", err=True)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    from .document import InputError, parse_date

    try:
        return parse_date(value, path="--date")
    except InputError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def _config() -> Any:
    from .config import ConfigError, load_config

    try:
        return load_config(Path.cwd())
    except ConfigError as exc:
        raise Failure(str(exc)) from None


def _report_errors(result: RunResult, fmt: str = "json", output: str | None = None) -> None:
    """Input and engine errors on stderr, unless the text report on stdout already shows them."""
    if fmt in ("text", "claims") and output in (None, "-"):
        return
    for err in result.errors:
        click.echo(f"{err}", err=True)
    for d in result.documents:
        if d.error:
            click.echo(f"{d.document.path or d.document.id}: {d.error}", err=True)


def _exit_code(result: RunResult, fail_on: str) -> int:
    if not result.documents and result.errors:
        return 2
    threshold = severity_rank(fail_on)
    failing = any(f.suppressed is None and severity_rank(f.severity) >= threshold
                  for d in result.documents for f in d.flags)
    broken = bool(result.errors) or any(d.error for d in result.documents)
    return 1 if failing or broken else 0


def _stdin_if_needed(paths: tuple[str, ...]) -> str | None:
    return sys.stdin.read() if "-" in paths else None


def _render(fmt: str, result: RunResult, output: str | None, **kwargs: Any) -> None:
    """To stdout, or to a file written whole or not at all."""
    from .report import render
    from .report.base import write_atomically

    if output is None or output == "-":
        render(fmt, result, sys.stdout, **kwargs)
        return
    text = render(fmt, result, None, **kwargs)
    try:
        write_atomically(output, text)
    except OSError as exc:
        raise Failure(f"{output}: cannot write: {exc.strerror or exc}") from None


# --------------------------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Extract the figures a news article asserts and check them with declarative rules.

    \b
    factcheck check draft.md              check one draft (rules + reference data)
    factcheck check corpus/ --jobs 4      check a folder in parallel
    factcheck extract draft.md --format json
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "pub_date", callback=_date, help="Publication date (sets or overrides).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE.")
def extract(paths: tuple[str, ...], pub_date: date | None, fmt: str, output: str | None) -> None:
    """Extract and normalize the claims of PATHS (files, folders, '-' for stdin)."""
    from .pipeline import extract as run_extract

    config = _config()
    result = run_extract(paths, pub_date, config.is_ignored, _stdin_if_needed(paths))
    fmt = "json" if fmt == "json" else "claims"
    _report_errors(result, fmt, output)
    _render(fmt, result, output)
    sys.exit(2 if not result.documents and result.errors else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "pub_date", callback=_date, help="Publication date (sets or overrides).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--store", "store", metavar="PATH|URL",
              help="Claims store to check against (default: built from the bundled corpus).")
@click.option("--no-store", is_flag=True, help="Check internal consistency only.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None,
              help="Worker processes (default: all cores).")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False),
              help="Findings recorded by 'factcheck baseline' are reported as suppressed.")
@click.option("--changed-since", metavar="REF",
              help="Check only the files changed in git since REF.")
@click.option("-q", "--quiet", is_flag=True, help="No summary table on stderr.")
def check(paths: tuple[str, ...], pub_date: date | None, fmt: str, output: str | None,
          fail_on: str | None, store: str | None, no_store: bool, jobs: int | None,
          baseline: str | None, changed_since: str | None, quiet: bool) -> None:
    """Check PATHS (files, folders, '-' for stdin) and report flagged claims."""
    config = _config()
    result = run_check(paths, config, pub_date=pub_date, store=store, no_store=no_store,
                       jobs=jobs, changed_since=changed_since)
    if baseline:
        from .report.baseline import BaselineError, apply_baseline, load_baseline

        try:
            result = apply_baseline(result, load_baseline(baseline))
        except BaselineError as exc:
            raise Failure(str(exc)) from None
    _report_errors(result, fmt, output)
    extra = {"series": _series(result, store, config, no_store)} if fmt == "html" else {}
    _render(fmt, result, output, rules_meta=rules_metadata(config), **extra)
    if not quiet:
        _summary_table(result)
    sys.exit(_exit_code(result, fail_on or config.fail_on or "error"))


def run_check(paths: tuple[str, ...], config: Any, *, pub_date: date | None = None,
              store: str | None = None, no_store: bool = False, jobs: int | None = None,
              changed_since: str | None = None) -> RunResult:
    """Shared by ``check`` and ``baseline``: options resolved, workers run, progress shown."""
    from .pipeline import Options, WorkerInitError, check as run_pipeline, default_jobs

    if changed_since:
        paths = _changed_since(paths, changed_since)
    store_url = None if no_store else _store_url(store or config.store)
    options = Options(store=store_url, rules=tuple(sorted(config.rules.items())))
    stdin_text = _stdin_if_needed(paths)
    try:
        with _progress() as progress:
            result = run_pipeline(paths, options, jobs=jobs or default_jobs(config),
                                  date_override=pub_date, ignore=config.is_ignored,
                                  stdin_text=stdin_text, progress=progress)
    except WorkerInitError as exc:
        raise Failure(str(exc)) from None
    # the configuration's rule levels also reach flags made outside the rulebook (suppressions)
    return replace(result, documents=tuple(replace(d, flags=config.apply(d.flags))
                                           for d in result.documents))


def _store_url(store: str | None) -> str:
    """The store's URL, opened (and for the default, built from the bundled corpus) up front,
    so that workers only read it."""
    from sqlalchemy.exc import SQLAlchemyError

    from .store import Store, StoreError, default_store

    try:
        opened = Store.open(store) if store else default_store()
    except (OSError, SQLAlchemyError, StoreError) as exc:
        where = store or "the default store"
        raise Failure(f"{where}: cannot open the claims store: {_first_line(exc)}") from None
    url = opened.url
    opened.close()
    return url


def _series(result: RunResult, store: str | None, config: Any, no_store: bool
            ) -> dict[tuple[str, str], list[tuple[date, float]]]:
    """(document id, claim id) -> the reference series around each claim the data checked,
    for the charts of the html report."""
    if no_store:
        return {}
    from .store import Store

    checked = {(d.document.id, v.claim) for d in result.documents for v in d.verdicts
               if any(e.kind == "dataset" for e in v.evidence)}
    if not checked:
        return {}
    out = {}
    with Store.open(_store_url(store or config.store)) as opened:
        for d in result.documents:
            for c in d.claims:
                if (d.document.id, c.id) in checked:
                    points = opened.series_for(c)
                    if points:
                        out[(d.document.id, c.id)] = points
    return out


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _changed_since(paths: tuple[str, ...], ref: str) -> tuple[str, ...]:
    import subprocess

    from .document import SUFFIXES

    try:
        out = subprocess.run(["git", "diff", "--name-only", "--diff-filter=d", ref, "--", *paths],
                             capture_output=True, text=True, check=True).stdout
        top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True,
                             text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        raise Failure(f"--changed-since {ref}: {detail.strip().splitlines()[0]}") from None
    files = [os.path.relpath(Path(top) / name) for name in out.splitlines()
             if Path(name).suffix.lower() in SUFFIXES]
    if not files:
        click.echo(f"factcheck: no checkable files changed since {ref}", err=True)
        sys.exit(0)
    return tuple(files)


def _summary_table(result: RunResult) -> None:
    """The run in one table on stderr: documents, claims, flags by severity, verdicts."""
    from rich.console import Console
    from rich.table import Table

    s = result.summary()
    table = Table(title="factcheck summary", title_justify="left")
    for col in ("documents", "claims", "errors", "warnings", "infos", "suppressed",
                "supported", "contradicted", "unverified", "unreadable"):
        table.add_column(col, justify="right")
    table.add_row(*(str(v) for v in (
        s["documents"], s["claims"], s["flags"]["error"], s["flags"]["warning"],
        s["flags"]["info"], s["suppressed"], s["verdicts"]["supported"],
        s["verdicts"]["contradicted"], s["verdicts"]["unverified"], s["errors"])))
    Console(stderr=True, highlight=False, width=120).print(table)


@contextmanager
def _progress() -> Iterator[Any]:
    """A progress bar on a terminal; nothing in CI logs or pipes."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("checking", total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def rules_metadata(config: Any = None) -> dict[str, dict[str, Any]]:
    """Rule id -> title, description, severity, help: what formatters show beside a flag."""
    from .rulebook import RuleFileError, load_rulebook

    try:
        book = load_rulebook(overrides=dict(config.rules) if config else {})
    except RuleFileError as exc:
        raise Failure(str(exc)) from None
    return book.metadata()


def _register_optional() -> None:
    """Commands that live beside their stage (rules, store, baseline)."""
    from .cli_report import baseline
    from .cli_rules import explain, rules
    from .cli_store import ingest

    for command in (rules, explain, ingest, baseline):
        main.add_command(command)


_register_optional()


if __name__ == "__main__":  # pragma: no cover
    main()
