"""Reading inputs into Documents: .txt, .md with YAML front matter, .jsonl, folders and stdin.

This is the first stage of the pipeline. It turns bytes into ``Document`` records whose
``text`` is exactly what later offsets refer to (for Markdown, the body after the front matter;
``line_offset`` keeps reported line numbers true to the file). Every problem with an input
becomes a ``DocumentError`` naming the file and, where it has one, the line; nothing here raises
for bad input, and one bad JSONL line does not stop the others. It must not extract or judge
anything.
"""

from __future__ import annotations

import fnmatch
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from .model import Document, DocumentError

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
SUFFIXES = TEXT_SUFFIXES + (".jsonl",)
STDIN = "-"


class InputError(Exception):
    """An input that cannot be read: carries the one line a person sees."""

    def __init__(self, path: str, message: str, line: int | None = None):
        super().__init__(message)
        self.error = DocumentError(path=path, message=message, line=line)


def parse_date(value: Any, *, path: str, line: int | None = None) -> date | None:
    """A publication date from front matter, JSONL or --date: ISO or any dateutil-readable form."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from dateutil import parser as dateparser

        try:
            return dateparser.parse(value, dayfirst=False, yearfirst=True).date()
        except (ValueError, OverflowError):
            pass
    raise InputError(path, f"date {value!r} is not a date (use YYYY-MM-DD)", line)


def decode(data: bytes, path: str) -> str:
    """Bytes -> text, refusing binary files and invalid UTF-8 with the line of the bad byte."""
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", line
        ) from None
    return text.removeprefix("\ufeff")


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str, int]:
    """(front matter, body, lines before body). Text without front matter gives ({}, text, 0)."""
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        return {}, text, 0
    lines = text.splitlines(keepends=True)
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r\n") in ("---", "..."):
            raw = "".join(lines[1:i])
            body = "".join(lines[i + 1:])
            try:
                meta = yaml.safe_load(raw) if raw.strip() else {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                line = mark.line + 2 if mark is not None else 1
                problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
                raise InputError(path, f"malformed front matter: {problem}", line) from None
            if meta is None:
                meta = {}
            if not isinstance(meta, dict):
                raise InputError(path, "malformed front matter: expected key: value pairs", 2)
            return meta, body, i + 1
    raise InputError(path, "malformed front matter: no closing '---' line", 1)


def _document(doc_id: str, text: str, path: str | None, meta: dict[str, Any],
              line_offset: int, date_override: date | None, line: int | None = None) -> Document:
    pub = date_override or parse_date(meta.get("date"), path=path or doc_id, line=line)
    extra = tuple(sorted((str(k), _plain(v)) for k, v in meta.items()
                         if k not in ("id", "text", "date", "title", "outlet")))
    title = meta.get("title")
    outlet = meta.get("outlet")
    return Document(id=doc_id, text=text, path=path, date=pub,
                    title=str(title) if title is not None else None,
                    outlet=str(outlet) if outlet is not None else None,
                    line_offset=line_offset, meta=extra)


def _plain(v: Any) -> Any:
    """Front-matter values made hashable and JSON-able (dates as ISO strings)."""
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, list):
        return tuple(_plain(x) for x in v)
    if isinstance(v, dict):
        return tuple(sorted((str(k), _plain(x)) for k, x in v.items()))
    return v


def read_text_document(text: str, path: str, date_override: date | None = None) -> Document:
    """One .txt or .md document from its decoded text."""
    meta, body, offset = split_front_matter(text, path)
    return _document(str(meta.get("id", path)), body, path, meta, offset, date_override)


def read_jsonl(text: str, path: str, date_override: date | None = None
               ) -> Iterator[Document | DocumentError]:
    """One Document per JSONL line; a bad line yields a DocumentError and the rest go on."""
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
            if not isinstance(obj, dict):
                raise InputError(path, "JSONL line is not an object", n)
            body = obj.get("text")
            if not isinstance(body, str):
                raise InputError(path, "JSONL line has no 'text' string", n)
            doc_id = str(obj.get("id", f"{path}:{n}"))
            meta = {k: v for k, v in obj.items() if k != "text"}
            # line_offset: reported lines start at the document's own line of the JSONL file
            yield _document(doc_id, body, path, meta, n - 1, date_override, line=n)
        except json.JSONDecodeError as exc:
            yield DocumentError(path, f"malformed JSONL line: {exc.msg} (column {exc.colno})", n)
        except InputError as exc:
            yield replace(exc.error, line=exc.error.line or n)


def load_path(path: str | Path, date_override: date | None = None,
              stdin_text: str | None = None) -> list[Document | DocumentError]:
    """Documents (or errors) from one file, or from stdin when ``path`` is '-'."""
    name = str(path)
    try:
        if name == STDIN:
            text = stdin_text if stdin_text is not None else sys.stdin.read()
            return [read_text_document(text, "<stdin>", date_override)]
        p = Path(name)
        if not p.exists():
            raise InputError(name, "no such file or directory")
        if p.is_dir():
            raise InputError(name, "is a directory")
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
        text = decode(data, name)
        if p.suffix.lower() == ".jsonl":
            return list(read_jsonl(text, name, date_override))
        return [read_text_document(text, name, date_override)]
    except InputError as exc:
        return [exc.error]


def expand(paths: Iterable[str],
           ignore: Iterable[str] | Callable[[str], bool] = ()) -> Iterator[str]:
    """Files named or found (recursively, sorted) under the given paths; '-' passes through.

    ``ignore`` is a predicate on a path (``Config.is_ignored``) or a list of globs matched
    against the path and the file name.
    """
    if callable(ignore):
        ignored = ignore
    else:
        patterns = tuple(ignore)

        def ignored(p: str) -> bool:
            return any(fnmatch.fnmatch(p, pat) or fnmatch.fnmatch(Path(p).name, pat)
                       for pat in patterns)

    for name in paths:
        p = Path(name)
        if name != STDIN and p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not ignored(str(f)) \
                        and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield str(f)
        elif name == STDIN or not ignored(name):
            yield name


def load_inputs(paths: Iterable[str], date_override: date | None = None,
                ignore: Iterable[str] | Callable[[str], bool] = (),
                stdin_text: str | None = None
                ) -> tuple[list[Document], list[DocumentError]]:
    """All documents and all input errors, in input order."""
    docs: list[Document] = []
    errors: list[DocumentError] = []
    for name in expand(paths, ignore):
        for item in load_path(name, date_override, stdin_text):
            (errors if isinstance(item, DocumentError) else docs).append(item)  # type: ignore
    return docs, errors
