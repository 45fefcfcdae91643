"""The ``json`` format: the public contract, exactly ``RunResult.as_dict()``.

The shape is documented by ``factcheck/schemas/report.schema.json``; this module only
serialises it (UTF-8, two-space indent, a final newline) and never adds or renames fields.
"""

from __future__ import annotations

import json as _json
from typing import IO

from factcheck.model import RunResult

from .registry import register
from .base import Formatter


@register("json")
class JsonFormatter(Formatter):
    options = {"indent": 2}

    def _encoder(self) -> _json.JSONEncoder:
        return _json.JSONEncoder(indent=self.opts["indent"], ensure_ascii=False, allow_nan=False)

    def format(self, result: RunResult, out: IO[str] | None) -> str:
        return self._encoder().encode(result.as_dict()) + "\n"

    def write(self, result: RunResult, out: IO[str]) -> None:
        """The same text, written piece by piece: the report of a document of 50,000 claims
        is never held whole in memory as a string and its pieces. Long lists are opened and
        closed here and each item encoded whole (``_stream``), so that the encoder's fast
        one-piece path does the work (C code from Python 3.13) rather than its generator."""
        _stream(self._encoder(), result.as_dict(), out, "")
        out.write("\n")


# a list longer than this is written item by item; a shorter value is encoded in one piece
_LONG = 64


def _stream(enc: _json.JSONEncoder, value: object, out: IO[str], pad: str) -> None:
    """``value`` as ``enc.encode`` writes it at indentation ``pad``: a dict or a long list
    piece by piece, anything else in one piece with each new line indented by ``pad`` (an
    encoded string never holds a raw line break, so every one is the layout's)."""
    step = enc.indent if isinstance(enc.indent, str) else " " * enc.indent
    if isinstance(value, dict) and value and _has_long(value):
        inner = pad + step
        out.write("{")
        for i, (k, v) in enumerate(value.items()):
            out.write(("," if i else "") + "\n" + inner + enc.encode(str(k)) + ": ")
            _stream(enc, v, out, inner)
        out.write("\n" + pad + "}")
    elif isinstance(value, list) and _has_long(value):
        inner = pad + step
        out.write("[")
        for i, v in enumerate(value):
            out.write(("," if i else "") + "\n" + inner)
            _stream(enc, v, out, inner)
        out.write("\n" + pad + "]")
    else:
        out.write(enc.encode(value).replace("\n", "\n" + pad) if pad else enc.encode(value))


def _has_long(value: dict | list) -> bool:
    """Whether ``value`` is or holds, at any depth, a list worth streaming."""
    if isinstance(value, list) and len(value) > _LONG:
        return True
    items = value.values() if isinstance(value, dict) else value
    return any(isinstance(v, (dict, list)) and _has_long(v) for v in items)
