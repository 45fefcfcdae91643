"""What every command of the ``factcheck`` CLI shares: the one-line failure, the ``--date``
option, the project configuration, errors on stderr, the exit code and writing the output.

Every failure a user can cause ends as one line on stderr and exit code 2, never a traceback.
Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it (or a document that
could not be checked); 2 usage or input errors when nothing could be checked. This module must
not import a command module (they import it).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from ..model import RunResult, severity_rank


class Failure(click.ClickException):
    """A user-facing failure: one line, exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"factcheck: {self.format_message()}", err=True)


def date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """click callback for ``--date``: ISO or any form dateutil reads, else a usage error."""
    if value is None:
        return None
    from ..document import InputError, parse_date

    try:
        return parse_date(value, path="--date")
    except InputError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def timeout_option(f: Any) -> Any:
    """``--timeout SECONDS``: how long one document may take (default: the configuration's
    ``timeout``, 120 s); a document that runs out is reported with the stage it was in."""
    from ..config import MAX_TIMEOUT_S

    return click.option(
        "--timeout", type=click.FloatRange(0, MAX_TIMEOUT_S, min_open=True), default=None,
        metavar="SECONDS",
        help="Seconds one document may take (default: the configuration's timeout, 120); a "
             "document that runs out is reported with the stage it was in, the others go on.")(f)


def max_figures_option(f: Any) -> Any:
    """``--max-figures N``: how many figures of one document are read and checked (default:
    the configuration's ``max_figures``, 5,000; 0: all); the others are listed as not
    checked, with the reason."""
    return click.option(
        "--max-figures", type=click.IntRange(0, 10_000_000), default=None, metavar="N",
        help="Figures of one document read and checked (default: the configuration's "
             "max_figures, 5000; 0: all); the others are listed as not checked.")(f)


def project_config(timeout: float | None = None, max_figures: int | None = None) -> Any:
    """The project configuration of the current folder, or a Failure naming the bad file;
    ``timeout`` (``--timeout``) and ``max_figures`` (``--max-figures``), when given, in
    place of the file's.

    The vocabularies (``rules/vocab``) are read here too, so that a broken one stops the
    command in one line naming its file and line before any document is read."""
    from dataclasses import replace

    from ..config import ConfigError, load_config
    from ..extract.vocab import VocabError, load_all

    try:
        config = load_config(Path.cwd())
        load_all()
    except (ConfigError, VocabError) as exc:
        raise Failure(str(exc)) from None
    if timeout is not None:
        config = replace(config, timeout=timeout)
    if max_figures is not None:
        config = replace(config, max_figures=max_figures)
    return config


def report_errors(result: RunResult, fmt: str = "json", output: str | None = None) -> None:
    """Input and engine errors on stderr, unless the text report on stdout already shows them."""
    if fmt in ("text", "claims") and output in (None, "-"):
        return
    for err in result.errors:
        click.echo(f"{err}", err=True)
    for d in result.documents:
        if d.error:
            click.echo(f"{d.document.path or d.document.id}: {d.error}", err=True)


def exit_code(result: RunResult, fail_on: str) -> int:
    """0, 1 or 2 for a finished run (see the module docstring).

    A run that checked nothing is 2, never 0: no document read, or every document read
    failed to be checked (a CI job must not pass having checked nothing)."""
    if not result.documents or all(d.error for d in result.documents):
        return 2
    threshold = severity_rank(fail_on)
    failing = any(f.suppressed is None and severity_rank(f.severity) >= threshold
                  for d in result.documents for f in d.flags)
    broken = bool(result.errors) or any(d.error for d in result.documents)
    return 1 if failing or broken else 0


def stdin_if_needed(paths: tuple[str, ...], max_bytes: int | None = None) -> bytes | None:
    """Standard input, read once as bytes (decoded like a file), when '-' is among the paths."""
    from ..document import MAX_BYTES, read_stdin

    return read_stdin(max_bytes or MAX_BYTES) if "-" in paths else None


def nothing_checked(result: RunResult, paths: tuple[str, ...]) -> None:
    """One line on stderr when a run read no document and no error says why."""
    if not result.documents and not result.errors:
        click.echo(f"factcheck: nothing to check in {' '.join(paths)} (every file is hidden, "
                   "ignored by the configuration, or not .md, .markdown, .txt or .jsonl)",
                   err=True)
    elif result.documents and all(d.error for d in result.documents):
        click.echo("factcheck: no document could be checked", err=True)


def write_report(fmt: str, result: RunResult, output: str | None, **kwargs: Any) -> None:
    """A formatted report to stdout, or to a file written whole or not at all."""
    from ..report import write
    from ..report.base import write_atomically

    if output is None or output == "-":
        write(fmt, result, sys.stdout, **kwargs)
        sys.stdout.flush()      # all of it before the summary on stderr (2>&1 stays whole)
        return
    try:
        write_atomically(output, lambda f: write(fmt, result, f, **kwargs))
    except OSError as exc:
        raise Failure(f"{output}: cannot write: {exc.strerror or exc}") from None


def first_line(exc: BaseException) -> str:
    """An exception's message cut to its first line (its type name if it has none)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
