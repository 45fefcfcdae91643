"""The store's exceptions: one line for a person, never a traceback.

``StoreError`` is anything wrong with a store or its inputs that a user can fix (a store written
by a newer factcheck, a malformed dataset); ``DatasetError`` names the file and the line (CSV,
YAML) or record (JSON). This module must not import anything else of the package.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A store that cannot be used as it is."""


class DatasetError(StoreError):
    """A malformed dataset or mapping: one line for a person, with file and line or record."""

    def __init__(self, path: Path | str, message: str, line: int | None = None,
                 record: int | None = None):
        self.path = str(path)
        self.line = line
        self.record = record
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}: {self.message}"
        if self.record:
            return f"{self.path}: record {self.record}: {self.message}"
        return f"{self.path}: {self.message}"
