"""Reading inputs into Documents: .txt, .md with YAML front matter, .jsonl, folders and stdin.

This is the first stage of the pipeline. It turns bytes into ``Document`` records whose
``text`` is exactly what later offsets refer to (for Markdown, the body after the front matter;
``line_offset`` keeps reported line numbers true to the file). Every problem with an input
becomes a ``DocumentError`` naming the file and, where it has one, the line; nothing here raises
for bad input, and one bad JSONL line does not stop the others. It must not extract or judge
anything.
"""

from __future__ import annotations

import codecs
import fnmatch
import json
import os
import stat
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from . import jsonsafe, yamlsafe
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
    """A publication date from front matter, JSONL or --date: ISO or any dateutil-readable form.

    Only a full date counts (day, month and year): "Monday", "December", "2024" or "1" would be
    completed from today's date by dateutil, so they are refused like any other non-date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) <= 100:
        from dateutil import parser as dateparser

        try:
            # parsed twice against two different defaults: a part missing from the text comes
            # from the default, so the two results differ exactly when the text is not a full date
            a = dateparser.parse(value, default=datetime(2001, 1, 1), yearfirst=True)
            b = dateparser.parse(value, default=datetime(2002, 2, 2), yearfirst=True)
        except (ValueError, OverflowError):
            pass
        else:
            if a.date() == b.date():
                return a.date()
            raise InputError(path, f"date {value!r} is not a full date (use YYYY-MM-DD)", line)
    raise InputError(path, f"date {_short(value)} is not a date (use YYYY-MM-DD)", line)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, path: str) -> str:
    """Bytes -> text: UTF-8, or UTF-16/32 when the file starts with their byte-order mark.

    Binary files and invalid UTF-8 are refused (with the line of the bad byte). Text is
    returned without the byte-order mark."""
    for bom, codec in _BOMS:   # UTF-32-LE's mark starts with UTF-16-LE's: longest first
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not valid {codec.upper()} (bad data at offset "
                                       f"{exc.start})") from None
            return _checked_text(text.removeprefix("\ufeff"), path)
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


def _checked_text(text: str, path: str) -> str:
    """Decoded UTF-16/32 text that is text: no NUL characters (a binary file with a BOM)."""
    if "\x00" in text[:8192]:
        raise InputError(path, "binary file, not text")
    return text


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
                meta = yamlsafe.load(raw, yamlsafe.TextDatesLoader) if raw.strip() else {}
            except yaml.YAMLError as exc:
                problem, line = yamlsafe.message(exc, raw)
                raise InputError(path, f"malformed front matter: {problem}",
                                 line + 1 if line else 1) from None
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
    extra = tuple(sorted(((str(k), _plain(v)) for k, v in meta.items()
                          if k not in ("id", "text", "date", "title", "outlet")),
                         key=lambda kv: kv[0]))
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
    if isinstance(v, (list, tuple)):
        return tuple(_plain(x) for x in v)
    if isinstance(v, dict):   # keys 1 and "1" both become "1": sorted by key only
        return tuple(sorted(((str(k), _plain(x)) for k, x in v.items()), key=lambda kv: kv[0]))
    if isinstance(v, (set, frozenset)):
        return tuple(sorted(str(_plain(x)) for x in v))
    if isinstance(v, bytes):   # YAML !!binary
        return v.decode("latin-1")
    return v


def read_text_document(text: str, path: str, date_override: date | None = None) -> Document:
    """One .txt or .md document from its decoded text.

    When the front matter's headline or standfirst holds a figure (``front_lead``), the
    document's text is that lead followed by the body, with the same lines as the file, so
    that those figures are read and checked like a headline's and reported at their line."""
    meta, body, offset = split_front_matter(text, path)
    doc = _document(str(meta.get("id", path)), body, path, meta, offset, date_override,
                    line=_key_line(text, "date", offset) if "date" in meta else None)
    lead = front_lead(text, meta, offset)
    if not lead:
        return doc
    return replace(doc, text=lead + body, line_offset=0, lead=len(lead))


# The front-matter keys that hold an article's headline and standfirst, as CMSs export them
# ("excerpt": a summary paragraph a static-site template renders between the title and body)
LEAD_KEYS = ("title", "subtitle", "description", "summary", "standfirst", "excerpt")
_LEAD_LINE = re.compile(rf"""(?:{"|".join(LEAD_KEYS)})[ \t]*:[ \t]*["']?""")
# a figure in digits or words: a headline without one adds nothing to check
_FIGURE_WORDS = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|"
    r"trillions?|dozens?|half|halved|third|quarter|double[sd]?|tripled?|twice)\b", re.I)


def front_lead(text: str, meta: dict[str, Any], offset: int) -> str:
    """The front matter's headline and standfirst as text to read before the body: one line per
    line of the front matter (``offset`` lines), each blank but those of ``LEAD_KEYS`` whose
    value is one string with a figure in it, which hold that value at the column it starts
    at in the file (a value written over several lines stands on its key's line). "" when no
    such value: a front matter of a date, an outlet and a slug-like title adds no line."""
    lines = text.splitlines()[:offset]
    out = []
    found = False
    for line in lines:
        m = _LEAD_LINE.match(line)
        value = meta.get(line[:line.find(":")].strip()) if m else None
        if not isinstance(value, str) or not _FIGURE_WORDS.search(value) or \
                not any(ch.isspace() for ch in value.strip()):
            out.append("")
            continue
        found = True
        out.append(" " * m.end() + " ".join(value.split()))
    return "\n".join(out) + "\n" if found else ""


def _key_line(text: str, key: str, end_line: int) -> int | None:
    """The 1-based line of ``key:`` at the top level of the front matter (for messages)."""
    rx = re.compile(rf"""^(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*:""")
    for n, line in enumerate(text.splitlines()[:end_line], 1):
        if rx.match(line):
            return n
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(v: Any) -> Any:
    """A JSON value with each lone UTF-16 half ("\\ud800" escaped in JSON, not a character,
    that no file or terminal can be written) replaced by U+FFFD; lengths, so offsets, stay."""
    if isinstance(v, str):
        return _SURROGATE.sub("\ufffd", v)
    if isinstance(v, list):
        return [_no_surrogates(x) for x in v]
    if isinstance(v, dict):
        return {_no_surrogates(k): _no_surrogates(x) for k, x in v.items()}
    return v


def read_jsonl(text: str, path: str, date_override: date | None = None
               ) -> Iterator[Document | DocumentError]:
    """One Document per JSONL line; a bad line yields a DocumentError and the rest go on."""
    # lines end at "\n" only (and "\r\n"): str.splitlines would also split at "\r", "\x1c"
    # or U+2028, which JSON strings may hold, and number lines unlike any editor
    for n, raw in enumerate(text.split("\n"), start=1):
        raw = raw.removesuffix("\r")
        if not raw.strip():
            continue
        try:
            obj = jsonsafe.loads(raw)
            if not isinstance(obj, dict):
                raise InputError(path, "JSONL line is not an object", n)
            body = obj.get("text")
            if not isinstance(body, str):
                raise InputError(path, "JSONL line has no 'text' string", n)
            if "\\u" in raw:
                obj = _no_surrogates(obj)
                body = obj["text"]
            doc_id = str(obj.get("id", f"{path}:{n}"))
            meta = {k: v for k, v in obj.items() if k != "text"}
            # line_offset: reported lines start at the document's own line of the JSONL file
            yield _document(doc_id, body, path, meta, n - 1, date_override, line=n)
        except json.JSONDecodeError as exc:
            yield DocumentError(path, f"malformed JSONL line: {exc.msg} (column {exc.colno})", n)
        except RecursionError:
            yield DocumentError(path, "malformed JSONL line: nested too deeply", n)
        except ValueError as exc:   # an integer of more than 4,300 digits
            yield DocumentError(path, f"malformed JSONL line: {str(exc).split(';')[0]}", n)
        except InputError as exc:
            yield replace(exc.error, line=exc.error.line or n)


NOTHING_IN_FOLDER = ("nothing to check in this folder (no " + ", ".join(SUFFIXES) +
                     " file that is not hidden or ignored)")
MAX_BYTES = 20 * 1024 * 1024   # default size cap of one input (config: max_file_mb)


def read_stdin(max_bytes: int = MAX_BYTES) -> bytes:
    """Standard input as bytes (decoded later like a file), at most ``max_bytes`` + 1 of them."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:   # a text stream put in place by a test runner or an embedding program
        return sys.stdin.read(max_bytes + 1).encode("utf-8", "surrogateescape")
    return stream.read(max_bytes + 1)


def _too_big(size: int, max_bytes: int) -> str:
    return (f"larger than the {_mb(max_bytes)} limit for one input ({_mb(size)} or more; "
            "set max_file_mb in factcheck.toml to raise it)")


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _reason(exc: OSError) -> str:
    """An OSError as the words a person reads: "Permission denied", "symbolic link loop"."""
    import errno

    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    return f"cannot read: {exc.strerror or exc}"


def read_bytes(name: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, refusing devices, FIFOs, sockets and files over the cap.

    Raises ``InputError`` with one line naming the file."""
    try:
        st = os.stat(name)
    except OSError as exc:
        raise InputError(name, _reason(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        kind = ("a FIFO" if stat.S_ISFIFO(st.st_mode) else
                "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                "a socket" if stat.S_ISSOCK(st.st_mode) else "a special file")
        raise InputError(name, f"not a regular file ({kind})")
    if st.st_size > max_bytes:
        raise InputError(name, _too_big(st.st_size, max_bytes))
    try:
        with open(name, "rb") as fh:
            data = fh.read(max_bytes + 1)   # a file growing while it is read stays bounded
    except OSError as exc:
        raise InputError(name, _reason(exc)) from None
    if len(data) > max_bytes:
        raise InputError(name, _too_big(len(data), max_bytes))
    return data


def load_path(path: str | Path, date_override: date | None = None,
              stdin_text: str | bytes | None = None, max_bytes: int = MAX_BYTES
              ) -> list[Document | DocumentError]:
    """Documents (or errors) from one file, or from stdin when ``path`` is '-'.

    ``stdin_text``: what standard input held, as bytes (decoded here like a file) or text;
    None reads it now."""
    name = str(path)
    try:
        if name == STDIN:
            data = stdin_text if stdin_text is not None else read_stdin(max_bytes)
            if isinstance(data, bytes):
                if len(data) > max_bytes:
                    raise InputError("<stdin>", _too_big(len(data), max_bytes))
                data = decode(data, "<stdin>")
            return [read_text_document(data, "<stdin>", date_override)]
        text = decode(read_bytes(name, max_bytes), name)
        if Path(name).suffix.lower() == ".jsonl":
            return list(read_jsonl(text, name, date_override))
        return [read_text_document(text, name, date_override)]
    except InputError as exc:
        return [exc.error]


def _walk(root: str, problems: list[DocumentError] | None) -> Iterator[Path]:
    """Every file under ``root`` (sorted, symbolic links to folders not followed); a folder
    that cannot be listed is added to ``problems`` instead of being passed over in silence."""
    def onerror(exc: OSError) -> None:
        if problems is not None:
            problems.append(DocumentError(exc.filename or root,
                                          f"folder skipped: {_reason(exc)}"))

    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=onerror):
        dirs.sort()
        found.extend(Path(folder) / f for f in files)
    return iter(sorted(found))


def expand(paths: Iterable[str],
           ignore: Iterable[str] | Callable[[str], bool] = (),
           problems: list[DocumentError] | None = None) -> Iterator[str]:
    """Files named or found (recursively, sorted) under the given paths; '-' passes through.

    ``ignore`` is a predicate on a path (``Config.is_ignored``) or a list of globs matched
    against the path and the file name. ``problems``, when given, collects the folders that
    could not be read and the folders named that hold nothing to check.
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
        if name != STDIN and is_dir(p):   # unreadable parent: load_path names the problem
            n = 0
            for f in _walk(name, problems):
                if f.suffix.lower() in SUFFIXES and _is_file(f) and not ignored(str(f)) \
                        and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    n += 1
                    yield str(f)
            if n == 0 and problems is not None:
                problems.append(DocumentError(name, NOTHING_IN_FOLDER))
        elif name == STDIN or not ignored(name):
            yield name


def is_dir(p: Path) -> bool:
    """``Path.is_dir`` that is False, not PermissionError, inside an unreadable folder."""
    try:
        return p.is_dir()
    except OSError:
        return False


def _is_file(p: Path) -> bool:
    try:
        return p.is_file()
    except OSError:
        return False


def load_inputs(paths: Iterable[str], date_override: date | None = None,
                ignore: Iterable[str] | Callable[[str], bool] = (),
                stdin_text: str | bytes | None = None, max_bytes: int = MAX_BYTES
                ) -> tuple[list[Document], list[DocumentError]]:
    """All documents and all input errors (unreadable folders included), in input order.

    A folder named that holds nothing to check is an error only when the whole run found
    nothing: then it is the reason why."""
    docs: list[Document] = []
    errors: list[DocumentError] = []
    for name in expand(paths, ignore, errors):
        for item in load_path(name, date_override, stdin_text, max_bytes):
            (errors if isinstance(item, DocumentError) else docs).append(item)  # type: ignore
    if docs:
        errors = [e for e in errors if e.message != NOTHING_IN_FOLDER]
    return docs, errors
