"""The ``factcheck baseline`` command: record today's findings so that only new ones fail.

It runs the same check as ``factcheck check`` (same configuration, store and workers, through
``factcheck.cli.check.run_check``) and writes the active findings to FILE with
``factcheck.report.baseline``. Use the file with ``factcheck check PATH... --baseline FILE``.
This module only wires options to those two functions.
"""

from __future__ import annotations

from datetime import date

import click

from .check import run_check
from .common import Failure, date_option, project_config, report_errors


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Baseline file to write (JSON; paths in it are relative to its folder).")
@click.option("--date", "pub_date", callback=date_option, help="Publication date (sets or overrides).")
@click.option("--store", "store", metavar="PATH|URL",
              help="Claims store to check against (default: built from the bundled corpus).")
@click.option("--no-store", is_flag=True, help="Check internal consistency only.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None,
              help="Worker processes (default: all cores).")
def baseline(paths: tuple[str, ...], output: str, pub_date: date | None, store: str | None,
             no_store: bool, jobs: int | None) -> None:
    """Record the current findings of PATHS in a baseline file.

    \b
    factcheck baseline corpus/ -o .factcheck-baseline.json
    factcheck check corpus/ --baseline .factcheck-baseline.json   # fails only on new findings
    """
    from ..report.baseline import BaselineError, write_baseline

    config = project_config()
    result = run_check(paths, config, pub_date=pub_date, store=store, no_store=no_store,
                       jobs=jobs)
    report_errors(result)
    if not result.documents:
        raise Failure("nothing could be checked; no baseline written")
    try:
        written = write_baseline(result, output)
    except BaselineError as exc:
        raise Failure(str(exc)) from None
    skipped = sum(1 for d in result.documents if d.error)
    n = len(written)
    msg = (f"factcheck: recorded {n} finding{'s' if n != 1 else ''} from "
           f"{len(result.documents)} document{'s' if len(result.documents) != 1 else ''} "
           f"in {output}")
    if skipped:
        msg += f" ({skipped} document{'s' if skipped != 1 else ''} could not be checked)"
    click.echo(msg, err=True)
