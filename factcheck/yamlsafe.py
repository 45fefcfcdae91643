"""YAML for untrusted text: PyYAML's safe loader without aliases.

``yaml.safe_load`` still expands aliases, so ten lines of anchors and aliases ("billion laughs")
build a structure of billions of nodes and take gigabytes. factcheck's YAML (front matter, rule
files, dataset mappings, vocabularies) never needs an alias, so ``Loader`` refuses the first one
with a ``yaml.MarkedYAMLError`` that carries its line, before anything is expanded; callers
report it like any other YAML error. Nesting too deep for the parser (thousands of ``[``) is
turned into the same kind of error instead of a ``RecursionError``.

``FastLoader`` applies the same rules on libyaml's C parser (about five times faster than the
pure-Python ``Loader``; it is ``Loader`` where libyaml is missing): for the vocabularies, which
every process reads at start. ``TextDatesLoader`` also keeps unquoted dates
(``date: 2024-13-45``) as the text written, so that the caller validates them with its own
message instead of PyYAML raising ``ValueError``.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver


class _Refusals:
    """What factcheck's loaders add to PyYAML's safe loading: aliases (``*name``) are refused;
    a value PyYAML cannot build (a date ``0000-00-00``, an integer of 5,000 digits) is a YAML
    error with its line."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise ComposerError(None, None, f"YAML aliases (*{event.anchor}) are not allowed",
                                event.start_mark)
        return super().compose_node(parent, index)

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError) as exc:
            what = node.value if isinstance(node.value, str) else node.tag
            if len(what) > 40:
                what = what[:37] + "..."
            raise ConstructorError(None, None, f"cannot read {what!r}: "
                                   f"{(str(exc).splitlines() or ['bad value'])[0]}",
                                   node.start_mark) from None


class Loader(_Refusals, yaml.SafeLoader):
    """The safe loader with the refusals above (pure Python)."""


try:
    from yaml.cyaml import CParser
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    FastLoader: type = Loader
else:
    class FastLoader(_Refusals, Composer, CParser, SafeConstructor, Resolver):  # type: ignore[no-redef]
        """``Loader`` on libyaml's parser: the C parser emits the events, and PyYAML's own
        composer (before ``CParser`` in the bases, so its ``compose_node`` is the one the
        refusal wraps) builds the nodes from them."""

        def __init__(self, stream: Any) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)


class TextDatesLoader(Loader):
    """``Loader`` that leaves timestamps (``2024-12-17``, ``2024-12-17T10:00``) as strings."""


TextDatesLoader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node))


def message(exc: yaml.YAMLError, text: str | None = None) -> tuple[str, int | None]:
    """(one-line problem, 1-based line in the YAML text or None) for any PyYAML error."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None)
    if isinstance(exc, yaml.reader.ReaderError):   # a character YAML does not allow
        problem = f"unacceptable character #x{exc.character:04x}" if isinstance(
            exc.character, int) else "not valid text"
        line = text.count("\n", 0, exc.position) + 1 if text is not None else None
        return problem, line
    if not problem:
        problem = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return problem, (mark.line + 1 if mark is not None else None)


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
