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

import click

from .common import date_option

BATCH = 200   # articles per transaction: each one is still all-or-nothing, and commits are few


def _split(paths: tuple[str, ...]) -> tuple[list[Path], list[str]]:
    """Dataset folders and article paths named by, or found under, the given paths."""
    from ..document import expand
    from ..store.datasets import MAPPING_FILE

    datasets: list[Path] = []
    articles: list[str] = []
    for name in paths:
        p = Path(name)
        if name == "-" or not p.is_dir():
            articles.append(name)
            continue
        if (p / MAPPING_FILE).is_file():
            datasets.append(p)
            continue
        inside = sorted(d.parent for d in p.rglob(MAPPING_FILE))
        datasets += inside
        articles += [f for f in expand([name])   # a dataset's README is not an article
                     if not any(d in Path(f).parents for d in inside)]
    return datasets, articles


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "store_path", metavar="PATH|URL",
              help="Store to write (a SQLite file or a SQLAlchemy URL). "
                   "Default: the default store (.factcheck/store.sqlite in a checkout).")
@click.option("--date", "date_override", callback=date_option, metavar="YYYY-MM-DD",
              help="Publication date for articles (overrides their front matter).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], store_path: str | None,
           date_override: date | None) -> None:
    """Record published articles (their claims) and reference datasets in the claims store.

    PATH is an article (.md, .txt, .jsonl), a dataset folder (with dataset.yaml) or a folder
    holding either. Re-ingesting replaces the earlier version, with no duplicates.
    """
    from ..document import load_path
    from ..model import Document
    from ..store import DatasetError, Store

    failed = 0
    try:
        store = Store.open(store_path)
    except Exception as exc:  # a bad URL, an unwritable file, a newer schema
        click.echo(f"factcheck: cannot open store {store_path or '(default)'}: "
                   f"{str(exc).splitlines()[0]}", err=True)
        ctx.exit(2)
    datasets, articles = _split(paths)
    for folder in datasets:
        try:
            n = store.ingest_dataset(folder)
            click.echo(f"{folder}: dataset, {n:,} data points")
        except DatasetError as exc:
            click.echo(str(exc), err=True)
            failed += 1
    if articles:
        from ..normalize import claims_for

        docs = 0
        claims = 0
        undated = 0
        batch: list = []
        for name in articles:
            for item in load_path(name, date_override):
                if not isinstance(item, Document):
                    click.echo(str(item), err=True)
                    failed += 1
                    continue
                batch.append((item, list(claims_for(item))))
                docs += 1
                undated += item.date is None
            if len(batch) >= BATCH:
                claims += store.ingest_documents(batch)
                batch = []
        claims += store.ingest_documents(batch)
        click.echo(f"{docs} article(s), {claims:,} claims")
        if undated:
            click.echo(f"note: {undated} article(s) have no date; they are stored but never "
                       "used as prior reports (give a date in front matter or --date)", err=True)
    click.echo(f"store: {store.url}")
    store.close()
    ctx.exit(2 if failed else 0)
