"""``factcheck ingest PATH...``: record published articles and reference datasets in the store.

A folder holding a ``dataset.yaml`` is a reference dataset; any other folder is searched
(recursively) for dataset folders and for articles (.md, .txt, .jsonl); a file is an article.
Articles are read by ``factcheck.document`` and their claims extracted and normalized exactly
as ``check`` does, then stored with their provenance. Re-ingesting replaces what the store had
for that document or dataset. Every bad input is one line on stderr naming the file (and line);
the other inputs are still ingested, and the exit code is 2 if anything failed, else 0.
This module is a thin command: it must not parse, extract or query anything itself.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import click

from .common import Failure, date_option, first_line, project_config, timeout_option

BATCH = 200   # articles per transaction: each one is still all-or-nothing, and commits are few


def _split(paths: tuple[str, ...], problems: list) -> tuple[list[Path], list[str]]:
    """Dataset folders and article paths named by, or found under, the given paths; folders
    that cannot be read are added to ``problems``."""
    from ..document import expand, is_dir
    from ..store.datasets import MAPPING_FILE

    datasets: list[Path] = []
    articles: list[str] = []
    for name in paths:
        p = Path(name)
        if name == "-" or not is_dir(p):
            articles.append(name)
            continue
        if (p / MAPPING_FILE).is_file():
            datasets.append(p)
            continue
        inside = sorted(d.parent for d in p.rglob(MAPPING_FILE))
        datasets += inside
        found = [f for f in expand([name], problems=problems)   # a dataset's README is
                 if not any(d in Path(f).parents for d in inside)]   # not an article
        articles += found
    return datasets, articles


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "store_path", metavar="PATH|URL",
              help="Store to write (a SQLite file or a SQLAlchemy URL). "
                   "Default: the default store (.factcheck/store.sqlite in a checkout).")
@click.option("--date", "date_override", callback=date_option, metavar="YYYY-MM-DD",
              help="Publication date for articles (overrides their front matter).")
@timeout_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], store_path: str | None,
           date_override: date | None, timeout: float | None) -> None:
    """Record published articles (their claims) and reference datasets in the claims store.

    PATH is an article (.md, .txt, .jsonl), a dataset folder (with dataset.yaml) or a folder
    holding either. Re-ingesting replaces the earlier version, with no duplicates.
    """
    from ..store import Store, StoreError

    config = project_config(timeout)
    store_path = store_path or (str(config.store) if config.store else None)
    try:
        store = Store.open(store_path)
    except StoreError as exc:   # names the store: corrupt, not a database, no driver
        raise Failure(f"cannot open the claims store: {first_line(exc)}") from None
    except Exception as exc:  # noqa: BLE001 - a bad URL, an unwritable folder
        raise Failure(f"{store_path or 'the default store'}: cannot open the claims store: "
                      f"{first_line(exc)}") from None
    try:
        failed = _ingest(store, paths, date_override, config)
    except StoreError as exc:   # read-only, corrupt or gone while writing: nothing half-written
        raise Failure(f"cannot write to the claims store: {first_line(exc)}") from None
    finally:
        store.close()
    ctx.exit(2 if failed else 0)


def _ingest(store: Any, paths: tuple[str, ...], date_override: date | None,
            config: Any) -> int:
    """Ingest PATHS into ``store``; the number of inputs that failed (each told on stderr)."""
    from ..document import NOTHING_IN_FOLDER
    from ..store import DatasetError

    failed = 0
    problems: list = []
    datasets, articles = _split(paths, problems)
    for problem in problems:
        if problem.message != NOTHING_IN_FOLDER or not (datasets or articles):
            click.echo(str(problem), err=True)
            failed += 1
    for folder in datasets:
        try:
            n = store.ingest_dataset(folder)
            click.echo(f"{folder}: dataset, {n:,} data points")
        except DatasetError as exc:
            click.echo(str(exc), err=True)
            failed += 1
    if articles:
        failed += _ingest_articles(store, articles, date_override, config)
    click.echo(f"store: {store.url}")
    return failed


def _ingest_articles(store: Any, articles: list[str], date_override: date | None,
                     config: Any) -> int:
    """Read, extract and store the articles BATCH at a time; each document's extraction runs
    within the configuration's ``timeout`` (``pipeline.extract_documents``), and one that runs
    out is told on stderr with the stage it was in and not stored. The number that failed."""
    from dataclasses import replace

    from ..document import load_path
    from ..model import Document
    from ..pipeline import default_jobs, extract_documents
    from ..store.keys import resolved_path

    failed = stored = claims = undated = 0
    batch: list[Document] = []

    def store_batch() -> int:
        nonlocal failed, stored
        done = extract_documents(batch, timeout=config.timeout, jobs=default_jobs(config),
                                 max_figures=config.max_figures)
        batch.clear()
        for r in done:
            if r.error:
                click.echo(f"{r.document.path or r.document.id}: {r.error}", err=True)
                failed += 1
        ok = [(r.document, list(r.claims)) for r in done if not r.error]
        stored += len(ok)
        return store.ingest_documents(ok)

    for name in articles:
        for item in load_path(name, date_override, max_bytes=config.max_bytes):
            if not isinstance(item, Document):
                click.echo(str(item), err=True)
                failed += 1
                continue
            if item.id == name:   # named by its file: the same file however it is named
                item = replace(item, id=resolved_path(name) or name)
            batch.append(item)
            undated += item.date is None
        if len(batch) >= BATCH:
            claims += store_batch()
    claims += store_batch()
    click.echo(f"{stored} article(s), {claims:,} claims")
    if undated:
        click.echo(f"note: {undated} article(s) have no date; they are stored but never "
                   "used as prior reports (give a date in front matter or --date)", err=True)
    return failed
