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
        is never held whole in memory as a string and its pieces."""
        for chunk in self._encoder().iterencode(result.as_dict()):
            out.write(chunk)
        out.write("\n")
