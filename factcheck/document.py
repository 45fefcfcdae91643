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
import re
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


# A publication date written in the article's first lines, for documents without front matter
# or --date: "Published: 17 December 2024", "Updated Dec. 17, 2024 09:30 GMT", "By Jane Doe |
# December 17, 2024", or a line that is only a date. Only full dates (day, month and year) count,
# and only in the first few lines: a date further down is the news, not the dateline.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_FULL_DATE = (rf"{_WEEKDAY}(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
              rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})")
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
_DATE_LINE = re.compile(
    rf"[*_#>\s]*(?:(?P<label>first\s+published|published|updated|posted|last\s+updated|date|"
    rf"dated)(?:\s+on)?\s*[:\-–—|]?\s*|by\s+[^|•·,\n]{{2,60}}?\s*[|•·,–—-]\s*)?"
    rf"(?P<date>{_FULL_DATE}){_TIME}[*_\s.]*$", re.I)
_DATE_LINES = 6


def date_in_text(text: str) -> tuple[date, int] | None:
    """(publication date, 1-based line of ``text``) written in the first lines, or None.

    A "published" date wins over an "updated" one; otherwise the first date line counts."""
    found: list[tuple[int, date, int]] = []
    seen = 0
    for n, line in enumerate(text.splitlines()[:40], 1):
        if not line.strip():
            continue
        seen += 1
        if seen > _DATE_LINES:
            break
        if len(line) > 160:
            continue
        m = _DATE_LINE.fullmatch(line.strip())
        if m is None:
            continue
        try:
            from dateutil import parser as dateparser
            d = dateparser.parse(m.group("date").replace(".", " "), dayfirst=False).date()
        except (ValueError, OverflowError):
            continue
        label = (m.group("label") or "").lower()
        rank = 1 if "updated" in label else 0
        found.append((rank, d, n))
    if not found:
        return None
    rank, d, n = min(found, key=lambda x: (x[0], x[2]))
    return d, n


def _document(doc_id: str, text: str, path: str | None, meta: dict[str, Any],
              line_offset: int, date_override: date | None, line: int | None = None) -> Document:
    pub = date_override or parse_date(meta.get("date"), path=path or doc_id, line=line)
    if pub is None and "date" not in meta:
        got = date_in_text(text)
        if got is not None:
            pub = got[0]
            meta = {**meta, "date_from_text": f"line {got[1] + line_offset}"}
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
