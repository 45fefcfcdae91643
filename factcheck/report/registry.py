"""The table of report formats: ``FORMATTERS`` (name -> formatter class) and ``register``.

Each format module registers its class here with ``@register("name")``; the package
``factcheck.report`` imports them all and renders by name. This module must not import a
format module (they import it), so the package has no import cycle.
"""

from __future__ import annotations

from collections.abc import Callable

from .base import Formatter

FORMATTERS: dict[str, type[Formatter]] = {}


def register(name: str) -> Callable[[type[Formatter]], type[Formatter]]:
    """Class decorator: add a formatter to ``FORMATTERS`` under ``name`` (names are unique)."""

    def deco(cls: type[Formatter]) -> type[Formatter]:
        if name in FORMATTERS:
            raise ValueError(f"report format {name!r} is registered twice")
        cls.name = name
        FORMATTERS[name] = cls
        return cls

    return deco
