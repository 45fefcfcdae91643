"""``factcheck check`` and ``factcheck extract``: read inputs, run the pipeline, report.

Commands read inputs, call ``factcheck.pipeline`` and hand the ``RunResult`` to a formatter from
``factcheck.report``. ``run_check`` is shared with ``factcheck baseline``. Failures a user can
cause end as one line and exit code 2 (``common.Failure``); this module wires options to the
pipeline and must not extract, judge or format anything itself.
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

from ..model import SEVERITIES, RunResult
from .common import (Failure, date_option, exit_code, first_line, nothing_checked,
                     max_figures_option, project_config, report_errors, stdin_if_needed,
                     timeout_option,
                     write_report)

FORMATS = ("text", "json", "sarif", "junit", "markdown", "html")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "pub_date", callback=date_option,
              help="Publication date (sets or overrides).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE.")
@timeout_option
@max_figures_option
def extract(paths: tuple[str, ...], pub_date: date | None, fmt: str, output: str | None,
            timeout: float | None, max_figures: int | None) -> None:
    """Extract and normalize the claims of PATHS (files, folders, '-' for stdin)."""
    from ..pipeline import default_jobs, extract as run_extract

    config = project_config(timeout, max_figures)
    result = run_extract(paths, pub_date, config.is_ignored,
                         stdin_if_needed(paths, config.max_bytes), config.max_bytes,
                         date_order=config.date_order, timeout=config.timeout,
                         jobs=default_jobs(config), max_figures=config.max_figures)
    fmt = "json" if fmt == "json" else "claims"
    report_errors(result, fmt, output)
    write_report(fmt, result, output)
    nothing_checked(result, paths)
    # as check: 2 when no document was read or none could be extracted, 1 when one ran out of
    # time (its error names the stage), else 0 (an unreadable input among others is told)
    failed = [d for d in result.documents if d.error]
    sys.exit(2 if not result.documents or len(failed) == len(result.documents)
             else 1 if failed else 0)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "pub_date", callback=date_option,
              help="Publication date (sets or overrides).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE.")
@click.option("--fail-on", type=click.Choice(SEVERITIES), default=None,
              help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--store", "store", metavar="PATH|URL",
              help="Claims store to check against (default: built from the bundled corpus).")
@click.option("--no-store", is_flag=True, help="Check internal consistency only.")
@click.option("--no-sample-archive", is_flag=True,
              help="Leave the bundled sample articles out of the default store (keep its "
                   "reference datasets and what you ingested).")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None,
              help="Worker processes (default: all cores).")
@click.option("--dask", "dask", metavar="tcp://HOST:PORT|local:N",
              help="Run the documents on a Dask cluster (a scheduler's address), or on a "
                   "LocalCluster of N workers; the same report as --jobs.")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False),
              help="Findings recorded by 'factcheck baseline' are reported as suppressed.")
@click.option("--changed-since", metavar="REF",
              help="Check only the files changed in git since REF.")
@click.option("-q", "--quiet", is_flag=True, help="No summary table on stderr.")
@click.option("--unverified", type=click.Choice(["grouped", "all", "none"]), default="grouped",
              show_default=True,
              help="Text report: the unverified figures' reasons, grouped by reason (the "
                   "first figures of each), every figure with its reason in words, or none.")
@timeout_option
@max_figures_option
def check(paths: tuple[str, ...], pub_date: date | None, fmt: str, output: str | None,
          fail_on: str | None, store: str | None, no_store: bool, no_sample_archive: bool,
          jobs: int | None, dask: str | None, baseline: str | None, changed_since: str | None,
          quiet: bool, unverified: str, timeout: float | None, max_figures: int | None) -> None:
    """Check PATHS (files, folders, '-' for stdin) and report flagged claims."""
    config = project_config(timeout, max_figures)
    if no_sample_archive:
        config = replace(config, sample_archive=False)
    if dask and jobs:
        raise Failure("--dask and --jobs cannot be combined (the cluster sets the parallelism)")
    result = run_check(paths, config, pub_date=pub_date, store=store, no_store=no_store,
                       jobs=jobs, changed_since=changed_since, dask=dask)
    if baseline:
        from ..report.baseline import BaselineError, apply_baseline, load_baseline

        try:
            result = apply_baseline(result, load_baseline(baseline))
        except BaselineError as exc:
            raise Failure(str(exc)) from None
    report_errors(result, fmt, output)
    extra: dict[str, Any] = {"series": _series(result, store, config, no_store)} \
        if fmt == "html" else {"unverified": unverified} if fmt == "text" else {}
    write_report(fmt, result, output, rules_meta=rules_metadata(config), **extra)
    if not quiet:
        _summary_table(result)
    nothing_checked(result, paths)
    sys.exit(exit_code(result, fail_on or config.fail_on or "error"))


def run_check(paths: tuple[str, ...], config: Any, *, pub_date: date | None = None,
              store: str | None = None, no_store: bool = False, jobs: int | None = None,
              changed_since: str | None = None, dask: str | None = None) -> RunResult:
    """Shared by ``check`` and ``baseline``: options resolved, workers run (or the documents
    sent to a Dask cluster, ``dask``), progress shown."""
    from ..pipeline import Options, WorkerInitError, check as run_pipeline, default_jobs

    if changed_since:
        paths = _changed_since(paths, changed_since)
    store_url = None if no_store else _store_url(store or config.store, config.sample_archive)
    options = Options(store=store_url, rules=tuple(sorted(config.rules.items())),
                      rule_paths=tuple(str(p) for p in config.rule_packs),
                      timeout=config.timeout, max_figures=config.max_figures)
    stdin_text = stdin_if_needed(paths, config.max_bytes)
    try:
        with _progress() as progress:
            if dask:
                result = _run_on_dask(paths, options, dask, date_override=pub_date,
                                      ignore=config.is_ignored, stdin_text=stdin_text,
                                      max_bytes=config.max_bytes, progress=progress,
                                      date_order=config.date_order)
            else:
                result = run_pipeline(paths, options, jobs=jobs or default_jobs(config),
                                      date_override=pub_date, ignore=config.is_ignored,
                                      stdin_text=stdin_text, max_bytes=config.max_bytes,
                                      progress=progress, date_order=config.date_order)
    except WorkerInitError as exc:
        raise Failure(str(exc)) from None
    # the configuration's rule levels also reach flags made outside the rulebook (suppressions)
    return replace(result, documents=tuple(replace(d, flags=config.apply(d.flags))
                                           for d in result.documents))


def _run_on_dask(paths: tuple[str, ...], options: Any, address: str, **kwargs: Any
                 ) -> RunResult:
    from ..cluster import ClusterError, check as run_cluster

    try:
        return run_cluster(paths, options, address, **kwargs)
    except ClusterError as exc:
        raise Failure(str(exc)) from None


def _store_url(store: str | None, sample_archive: bool = True) -> str:
    """The store's URL, opened (and for the default, built from the bundled corpus) up front,
    so that workers only read it."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import Store, StoreError, default_store

    try:
        opened = Store.open(store) if store else default_store(sample_archive=sample_archive)
    except StoreError as exc:   # names the store itself
        raise Failure(f"cannot open the claims store: {first_line(exc)}") from None
    except (OSError, SQLAlchemyError) as exc:
        where = store or "the default store"
        raise Failure(f"{where}: cannot open the claims store: {first_line(exc)}") from None
    url = opened.url
    opened.close()
    return url


def _series(result: RunResult, store: str | None, config: Any, no_store: bool
            ) -> dict[tuple[str, str], list[tuple[date, float]]]:
    """(document id, claim id) -> the reference series around each claim the data checked,
    for the charts of the html report."""
    if no_store:
        return {}
    from ..store import Store

    checked = {(d.document.id, v.claim) for d in result.documents for v in d.verdicts
               if any(e.kind == "dataset" for e in v.evidence)}
    if not checked:
        return {}
    out = {}
    with Store.open(_store_url(store or config.store, config.sample_archive)) as opened:
        for d in result.documents:
            for c in d.claims:
                if (d.document.id, c.id) in checked:
                    points = opened.series_for(c)
                    if points:
                        out[(d.document.id, c.id)] = points
    return out


def _changed_since(paths: tuple[str, ...], ref: str) -> tuple[str, ...]:
    """The checkable files among PATHS that git says changed since REF.

    REF must name a commit (``git rev-parse --verify``); it is passed after
    ``--end-of-options``, so "--output=FILE" is a revision that does not exist, never an
    option git would act on."""
    import subprocess

    from ..document import SUFFIXES

    if not ref or ref.startswith("-"):
        raise Failure(f"--changed-since {ref!r}: not a git revision")
    missing = [p for p in paths if p != "-" and not os.path.lexists(p)]
    if missing:
        raise Failure(f"{missing[0]}: no such file or directory")

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True,
                              check=True).stdout

    try:
        git("rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    except (OSError, subprocess.CalledProcessError):
        raise Failure(f"--changed-since {ref}: not a commit in this git repository") from None
    try:
        out = git("diff", "--name-only", "--diff-filter=d", "--end-of-options", ref, "--",
                  *paths)
        top = git("rev-parse", "--show-toplevel").strip()
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
    from ..rulebook import RuleFileError, load_rulebook

    try:
        book = load_rulebook(extra_paths=config.rule_packs if config else (),
                             overrides=dict(config.rules) if config else {})
    except RuleFileError as exc:
        raise Failure(str(exc)) from None
    return book.metadata()
