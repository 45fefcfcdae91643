"""Compiled regular expressions kept on disk between processes (the cold start of a check).

A cold process compiles about 2,300 patterns on its first text (the extraction's grammars,
the vocabularies' alternations): 0.7-0.8 s of a one-article ``factcheck check``'s 1.6 s, paid
again by every worker and CLI process, because ``re`` keeps what it compiled only in the
process. What ``re`` compiles a pattern to (the program its matcher runs, a list of integers,
with the group names) depends only on the pattern, its flags and the Python that compiled it;
``install()`` keeps those programs in one file of the user cache folder and hands ``re`` the
program it compiled before instead of parsing and compiling the pattern again (about 0.04 ms
a pattern in place of 0.3 ms).

Nothing a pattern matches changes: the program is the one ``re`` itself made from the same
text and flags under the same Python (the file is keyed by the interpreter's version and
``_sre.MAGIC``), and ``_sre`` checks a program before it runs one (a damaged file raises
there, and the pattern is then compiled the usual way). ``re`` still keeps its own cache in
front of this one; only a pattern it would compile anew is looked up. Patterns with the DEBUG
or LOCALE flag, and every pattern under an interpreter whose ``re`` compiles differently from
Python 3.11-3.13's, are left to ``re``.

``FACTCHECK_CACHE_DIR`` picks the folder ("" switches the cache off), as for the compiled
rulebook (``resources.cache_dir``), read once, when ``factcheck`` is first imported. The file holds at most ``MAX_PATTERNS`` programs: a process that would write more
writes only those it used. It is written whole under a new name and renamed (a reader sees
the old file or the new one), at the end of a process (``atexit``) or of a worker
(``save``), and only when the process compiled a pattern the file did not hold; a file that
cannot be read is ignored, one that cannot be written is skipped.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from .resources import cache_dir

try:
    import _sre
    from re import _compiler, _parser
except ImportError:     # pragma: no cover - another interpreter's re
    _sre = None         # type: ignore[assignment]

MAX_PATTERNS = 12_000
_VERSIONS = ((3, 11), (3, 12), (3, 13))    # whose re._compiler.compile this one repeats
_SKIP = re.DEBUG | re.LOCALE

# (pattern, flags) -> (flags, program as bytes, groups - 1, group names, names by index)
_table: dict[tuple[str | bytes, int], tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]] \
    = {}
_used: set[tuple[str | bytes, int]] = set()
_state: dict[str, Any] = {"path": None, "loaded": False, "new": 0, "original": None}


def cache_file() -> Path | None:
    """This interpreter's file of compiled patterns, or None for no cache."""
    folder = cache_dir()
    if folder is None:
        return None
    v = sys.version_info
    tag = f"{sys.implementation.cache_tag}-{v.major}.{v.minor}.{v.micro}{v.releaselevel[0]}" \
          f"{v.serial}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return folder / f"patterns-{tag}.marshal"


def install() -> bool:
    """Serve ``re``'s compilations from the cache file from now on in this process (once;
    False where the cache is off or this interpreter is not one it knows)."""
    if _state["original"] is not None:
        return True
    if _sre is None or sys.version_info[:2] not in _VERSIONS or \
            sys.implementation.name != "cpython" or not hasattr(_compiler, "_code") or \
            array("I").itemsize != _sre.CODESIZE:
        return False
    path = cache_file()
    if path is None:
        return False
    _state["path"] = path
    _state["original"] = _compiler.compile
    _compiler.compile = _compile
    atexit.register(save)
    return True


def uninstall() -> None:
    """Give ``re`` its own compiler back (the table read so far is kept for a later install)."""
    if _state["original"] is not None:
        _compiler.compile = _state["original"]
        _state["original"] = None
        atexit.unregister(save)


def _load() -> None:
    _state["loaded"] = True
    try:
        with open(_state["path"], "rb") as f:
            table = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return
    if isinstance(table, dict):
        _table.update(table)


def _compile(p: Any, flags: int = 0) -> re.Pattern[Any]:
    """``re._compiler.compile``, from the table where it holds the pattern (module doc)."""
    if not isinstance(p, (str, bytes)) or flags & _SKIP:
        return _state["original"](p, flags)   # type: ignore[no-any-return]
    if not _state["loaded"]:
        _load()
    key = (p, int(flags))
    kept = _table.get(key)
    if kept is not None:
        try:
            rx = _sre.compile(p, kept[0], array("I", kept[1]).tolist(), kept[2], kept[3],
                              kept[4])
            _used.add(key)
            return rx   # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - a damaged entry: compiled again, below
            del _table[key]
    # re._compiler.compile's own steps (the same under 3.11, 3.12 and 3.13), keeping the
    # program it hands to _sre
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[Any] = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    entry = (int(flags | parsed.state.flags), array("I", code).tobytes(),
             parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))
    rx = _sre.compile(p, entry[0], code, entry[2], groupindex, entry[4])
    _table[key] = entry
    _used.add(key)
    _state["new"] += 1
    return rx   # type: ignore[no-any-return]


def save() -> None:
    """Write the table when this process compiled a pattern it did not hold (module doc)."""
    path = _state["path"]
    if not _state["new"] or path is None:
        return
    _state["new"] = 0
    table = dict(_table)
    try:
        with open(path, "rb") as f:
            on_disk = marshal.load(f)
        if isinstance(on_disk, dict):   # what other processes wrote meanwhile, kept
            table = {**on_disk, **table}
    except (OSError, EOFError, ValueError, TypeError):
        pass
    if len(table) > MAX_PATTERNS:
        table = {k: v for k, v in _table.items() if k in _used}
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            marshal.dump(table, f)
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass


def held() -> int:
    """How many compiled patterns this process holds from the file or has added to it."""
    return len(_table)
