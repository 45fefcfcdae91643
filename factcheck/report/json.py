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

    def format(self, result: RunResult, out: IO[str] | None) -> str:
        return _json.dumps(result.as_dict(), indent=self.opts["indent"], ensure_ascii=False,
                           allow_nan=False) + "\n"
