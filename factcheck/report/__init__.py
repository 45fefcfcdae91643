"""Report formatters: one small class per output format, registered by name in one table.

Every formatter is fed from the same records (``RunResult`` and its ``DocumentResult``s) and
renders them to text; none of them builds the JSON contract itself (that is
``RunResult.as_dict``), reads files, runs the pipeline or decides the exit code. Rule metadata
arrives as a plain mapping ``rule id -> {"title", "description", "severity", "help"}`` so this
package does not depend on the rulebook's classes.

Use ``render(name, result, out, rules_meta=..., series=...)``; ``FORMATTERS`` lists the names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import IO, Any

from factcheck.model import RunResult

from .base import Formatter, RuleMeta
from .registry import FORMATTERS, register

def formatter(name: str, *, rules_meta: Mapping[str, Mapping[str, Any]] | None = None,
              series: Mapping[str, Sequence[tuple[date, float]]] | None = None,
              **options: Any) -> Formatter:
    """The formatter of format ``name``.

    ``series`` (html only) maps a claim id to the reference series around its date, as
    ``(date, value)`` pairs, for the chart beside the claim. Other ``options`` are
    format-specific (``color`` for text, ``fail_on`` for junit, ``max_rows`` for markdown,
    ``show_suppressed`` for text and markdown); unknown options are an error.
    """
    try:
        cls = FORMATTERS[name]
    except KeyError:
        raise ValueError(
            f"unknown report format {name!r} (choose from {', '.join(sorted(FORMATTERS))})"
        ) from None
    return cls(rules_meta=rules_meta, series=series, **options)


def render(name: str, result: RunResult, out: IO[str] | None = None, **options: Any) -> str:
    """Render ``result`` in format ``name`` (options as for ``formatter``); write it to
    ``out`` if given, and return it."""
    return formatter(name, **options).render(result, out)


def write(name: str, result: RunResult, out: IO[str], **options: Any) -> None:
    """``render`` to ``out`` without returning the text (a large JSON report is streamed)."""
    formatter(name, **options).write(result, out)


def format_names() -> list[str]:
    """The registered format names, in registration order (text first)."""
    return list(FORMATTERS)


# Registration happens on import; the order here is the order ``format_names`` lists.
from . import text as _text  # noqa: E402,F401
from . import json as _json  # noqa: E402,F401
from . import sarif as _sarif  # noqa: E402,F401
from . import junit as _junit  # noqa: E402,F401
from . import markdown as _markdown  # noqa: E402,F401
from . import html as _html  # noqa: E402,F401
from . import claims as _claims  # noqa: E402,F401

__all__ = ["FORMATTERS", "Formatter", "RuleMeta", "format_names", "formatter", "register", "render", "write"]
