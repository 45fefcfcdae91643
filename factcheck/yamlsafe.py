"""YAML for untrusted text: PyYAML's safe loader without aliases.

``yaml.safe_load`` still expands aliases, so ten lines of anchors and aliases ("billion laughs")
build a structure of billions of nodes and take gigabytes. factcheck's YAML (front matter, rule
files, dataset mappings, vocabularies) never needs an alias, so ``Loader`` refuses the first one
with a ``yaml.MarkedYAMLError`` that carries its line, before anything is expanded; callers
report it like any other YAML error. Nesting too deep for the parser (thousands of ``[``) is
turned into the same kind of error instead of a ``RecursionError``.

``TextDatesLoader`` also keeps unquoted dates (``date: 2024-13-45``) as the text written, so
that the caller validates them with its own message instead of PyYAML raising ``ValueError``.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError


class Loader(yaml.SafeLoader):
    """The safe loader, refusing aliases (``*name``)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise ComposerError(None, None, f"YAML aliases (*{event.anchor}) are not allowed",
                                event.start_mark)
        return super().compose_node(parent, index)


class TextDatesLoader(Loader):
    """``Loader`` that leaves timestamps (``2024-12-17``, ``2024-12-17T10:00``) as strings."""


TextDatesLoader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node))


def _guard(fn: Any, text: str, loader: type) -> Any:
    try:
        return fn(text, Loader=loader)
    except RecursionError:
        raise yaml.YAMLError("nested too deeply") from None


def load(text: str, loader: type = Loader) -> Any:
    """The data in ``text``; raises ``yaml.YAMLError`` (aliases, nesting, syntax)."""
    return _guard(yaml.load, text, loader)


def compose(text: str, loader: type = Loader) -> Any:
    """The node tree of ``text`` (for line numbers); raises like ``load``."""
    return _guard(yaml.compose, text, loader)
