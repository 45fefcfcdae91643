"""Project configuration: ``[tool.factcheck]`` in pyproject.toml, or a ``factcheck.toml``.

``load_config(start_dir)`` looks in ``start_dir`` and then each parent folder for, in order,
``factcheck.toml`` (keys at the top level, or under ``[tool.factcheck]``) and ``pyproject.toml``
with a ``[tool.factcheck]`` table; the first one found wins (a pyproject.toml without the table
is passed over). Keys::

    rules   = { "rule-id" = "off" | "error" | "warning" | "info", ... }
    ignore  = ["drafts/archive/**", "*.tmp.md"]   # path globs, relative to the config's folder
    store   = ".factcheck/store.sqlite"            # relative to the config's folder, or a URL
    fail_on = "error" | "warning" | "info"
    jobs    = 4                                    # worker processes, 1-256; 0 means all cores
    max_file_mb = 20                               # the largest input file read, in MB
    sample_archive = false    # the default store without the bundled sample articles
    rule_packs = ["house-rules/house"]             # your own rule packs (folders), beside
                                                   # the shipped ones; relative to the file
    timeout = 120     # seconds one document may take in check, extract or ingest
    max_figures = 5000   # figures of one document read and checked (0: all); the others
                         # are listed as not checked, with the reason

An unknown key or a bad value is a ``ConfigError`` whose message names the file and the key.
This module reads configuration only: it imports nothing but the model, and it does not know
which rules exist (the caller checks rule ids against the rulebook).
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from factcheck.model import SEVERITIES, Flag

CONFIG_FILES = ("factcheck.toml", "pyproject.toml")
RULE_LEVELS = ("off", *SEVERITIES)
KEYS = ("rules", "ignore", "store", "fail_on", "jobs", "date_order", "max_file_mb",
        "sample_archive", "rule_packs", "timeout", "max_figures")
MAX_JOBS = 256          # the CLI's --jobs bound too
MAX_FILE_MB = 20        # default size cap of one input file
TIMEOUT_S = 120.0       # default seconds one document may take (all its stages)
MAX_TIMEOUT_S = 86400.0
MAX_FIGURES = 5000      # default figure limit of one document (0: none)


class ConfigError(Exception):
    """A configuration file that cannot be used: one line naming the file and the key."""


@dataclass(frozen=True)
class Config:
    """The settings in force. ``path`` is the file they came from (None: the defaults)."""

    path: Path | None = None
    # rule id -> off|error|warning|info, sorted by id. A plain dict for callers' convenience:
    # treat it as read-only (it is left out of the hash).
    rules: dict[str, str] = field(default_factory=dict, hash=False)
    ignore: tuple[str, ...] = ()
    store: Path | str | None = None          # a path (resolved) or a database URL (kept)
    fail_on: str = "error"
    jobs: int | None = None                   # None: not set (the CLI's default applies)
    max_file_mb: float = MAX_FILE_MB          # inputs larger than this are refused
    sample_archive: bool = True               # the default store holds the bundled articles
    rule_packs: tuple[Path, ...] = ()         # the project's own rule folders (resolved)
    timeout: float = TIMEOUT_S                # seconds per document in check, extract, ingest
    max_figures: int = MAX_FIGURES            # figures per document read and checked (0: all)

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)
    # "DMY" | "MDY": how numeric dates valid in both orders ("03/04/2016") are read in
    # documents whose front matter sets none; None: from each document's language or outlet,
    # else MDY (docs/extraction.md, "Date forms")
    date_order: str | None = None

    @property
    def root(self) -> Path | None:
        """The folder the config file is in: ``ignore`` globs and ``store`` are relative to it."""
        return self.path.parent if self.path else None

    def rule_level(self, rule_id: str) -> str | None:
        """``off``, a severity, or None when the config says nothing about this rule."""
        return self.rules.get(rule_id)

    def rule_enabled(self, rule_id: str) -> bool:
        return self.rule_level(rule_id) != "off"

    def apply(self, flags: Iterable[Flag]) -> tuple[Flag, ...]:
        """Drop flags of rules turned off and give the others their configured severity."""
        levels = self.rules
        out = []
        for f in flags:
            level = levels.get(f.rule)
            if level == "off":
                continue
            if level is not None and level != f.severity:
                f = dataclasses.replace(f, severity=level)
            out.append(f)
        return tuple(out)

    def is_ignored(self, path: str | Path) -> bool:
        """True if ``path`` (or a folder it is in) matches an ``ignore`` glob.

        A glob with no ``/`` matches a file or folder name at any depth (``*.tmp.md``,
        ``archive``); one with a ``/`` is anchored at the config's folder
        (``drafts/archive/**``); ``**`` matches any number of folders. A path outside the
        config's folder is matched by its name parts only.
        """
        if not self.ignore:
            return False
        p = Path(path)
        rel: PurePosixPath
        if self.root is not None:
            try:
                rel = PurePosixPath(p.resolve().relative_to(self.root.resolve()).as_posix())
            except ValueError:
                rel = PurePosixPath(*[part for part in p.parts if part not in ("/", "..", ".")])
        else:
            rel = PurePosixPath(p.as_posix())
        parts = rel.parts
        candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        for glob in self.ignore:
            anchored = "/" in glob.rstrip("/")
            rx = _glob_regex(glob.strip("/") if anchored else glob.rstrip("/"))
            if anchored:
                if any(rx.fullmatch(c) for c in candidates):
                    return True
            elif any(rx.fullmatch(name) for name in parts):
                return True
        return False


def find_config(start_dir: str | Path | None = None) -> Path | None:
    """The config file that applies to ``start_dir`` (default: the working directory)."""
    here = Path(start_dir or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and "factcheck" not in _read(candidate).get("tool", {}):
                continue
            return candidate
    return None


def load_config(start_dir: str | Path | None = None) -> Config:
    """The configuration for ``start_dir``: from the nearest config file, or the defaults."""
    path = find_config(start_dir)
    if path is None:
        return Config()
    return parse_config(path)


def parse_config(path: str | Path) -> Config:
    """Read one config file (``factcheck.toml`` or ``pyproject.toml``)."""
    path = Path(path).resolve()
    data = _read(path)
    tool = data.get("tool", {})
    if path.name == "pyproject.toml" or (isinstance(tool, dict) and "factcheck" in tool):
        table = tool.get("factcheck", {}) if isinstance(tool, dict) else {}
        where = "[tool.factcheck]"
        if path.name != "pyproject.toml":
            stray = sorted(k for k in data if k != "tool")
            if stray:
                raise ConfigError(f"{path}: unknown key '{stray[0]}' (use either top-level keys "
                                  "or [tool.factcheck], not both)")
    else:
        table, where = data, "top level"
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.factcheck] must be a table")
    for key in table:
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key '{key}' in {where} "
                              f"(known keys: {', '.join(KEYS)})")
    kw: dict[str, Any] = {"path": path}
    for key in KEYS:    # checked in a fixed order: the same first problem every time
        if key in table:
            kw[key] = _READERS[key](path, table[key])
    return Config(**kw)


def _globs_or_folders(path: Path, key: str, value: Any, what: str) -> list[str]:
    """A key that takes one string or a list of non-empty strings (``ignore``,
    ``rule_packs``)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{path}: '{key}' must be a list of {what}")
    return value


def _ignore(path: Path, value: Any) -> tuple[str, ...]:
    return tuple(_globs_or_folders(path, "ignore", value, "path globs"))


def _rule_packs(path: Path, value: Any) -> tuple[Path, ...]:
    """Rule pack folders, relative to the config's folder; each must exist."""
    packs = _globs_or_folders(path, "rule_packs", value, "folders")
    folders = tuple((path.parent / Path(p).expanduser()).resolve() for p in packs)
    for given, folder in zip(packs, folders):
        if not folder.is_dir():
            raise ConfigError(f"{path}: rule_packs: '{given}' is not a folder ({folder})")
    return folders


def _store(path: Path, store: Any) -> Path | str:
    """A database URL (kept as written) or a path relative to the config's folder."""
    if not isinstance(store, str) or not store:
        raise ConfigError(f"{path}: 'store' must be a path (a string)")
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", store):
        return store   # a database URL (sqlite:///..., postgresql://...)
    return (path.parent / Path(store).expanduser()).resolve()


def _fail_on(path: Path, fail_on: Any) -> str:
    if fail_on not in SEVERITIES:
        raise ConfigError(f"{path}: 'fail_on' must be one of {', '.join(SEVERITIES)}, "
                          f"not {fail_on!r}")
    return str(fail_on)


def _jobs(path: Path, jobs: Any) -> int:
    if isinstance(jobs, bool) or not isinstance(jobs, int) or not 0 <= jobs <= MAX_JOBS:
        raise ConfigError(f"{path}: 'jobs' must be a whole number from 0 to {MAX_JOBS} "
                          f"(0: all cores), not {jobs!r}")
    return jobs


def _max_file_mb(path: Path, mb: Any) -> float:
    # (a positive figure too small to make one byte, 1e-38, is a limit of 0 bytes: no input
    # could be read, so it is refused here, naming the file, not on each input)
    if isinstance(mb, bool) or not isinstance(mb, (int, float)) or not 0 < mb <= 4096 or \
            int(mb * 1024 * 1024) < 1:
        raise ConfigError(f"{path}: 'max_file_mb' must be a number of megabytes above 0 "
                          f"(one byte at least) and at most 4096, not {mb!r}")
    return float(mb)


def _timeout(path: Path, seconds: Any) -> float:
    if not valid_timeout(seconds):
        raise ConfigError(f"{path}: 'timeout' must be a number of seconds above 0 and at most "
                          f"{MAX_TIMEOUT_S:,.0f}, not {seconds!r}")
    return float(seconds)


def valid_timeout(seconds: Any) -> bool:
    """Whether ``seconds`` is a time limit per document (the config's and ``--timeout``)."""
    return not isinstance(seconds, bool) and isinstance(seconds, (int, float)) and \
        0 < seconds <= MAX_TIMEOUT_S


def _max_figures(path: Path, n: Any) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= 10_000_000:
        raise ConfigError(f"{path}: 'max_figures' must be a whole number from 0 to 10,000,000 "
                          f"(0: no limit), not {n!r}")
    return n


def _sample_archive(path: Path, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{path}: 'sample_archive' must be true or false, not {value!r}")
    return value


def _date_order(path: Path, order: Any) -> str:
    if not isinstance(order, str) or order.upper() not in ("DMY", "MDY"):
        raise ConfigError(f"{path}: 'date_order' must be \"DMY\" or \"MDY\", not {order!r}")
    return order.upper()


def _rules(path: Path, rules: Any) -> dict[str, str]:
    if not isinstance(rules, dict):
        raise ConfigError(f"{path}: 'rules' must be a table of rule id = level")
    out = []
    for rule_id, level in rules.items():
        if level not in RULE_LEVELS:
            raise ConfigError(f"{path}: rules.{rule_id} must be one of "
                              f"{', '.join(RULE_LEVELS)}, not {level!r}")
        out.append((rule_id, level))
    return dict(sorted(out))


# each key's reader: the file's value -> the Config field's, or a ConfigError naming both
_READERS = {"rules": _rules, "ignore": _ignore, "store": _store, "fail_on": _fail_on,
            "jobs": _jobs, "date_order": _date_order, "max_file_mb": _max_file_mb,
            "sample_archive": _sample_archive, "rule_packs": _rule_packs, "timeout": _timeout,
            "max_figures": _max_figures}
assert set(_READERS) == set(KEYS)


@lru_cache(maxsize=32)
def _read_cached(path: Path, mtime_ns: int, size: int) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None


def _read(path: Path) -> dict[str, Any]:
    try:
        st = path.stat()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return _read_cached(path, st.st_mtime_ns, st.st_size)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None


def _glob_regex(glob: str) -> re.Pattern[str]:
    """A path glob as a regex: ``*`` and ``?`` stay within a folder, ``**`` crosses folders."""
    out = []
    i = 0
    while i < len(glob):
        ch = glob[i]
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif ch == "*":
            out.append("[^/]*")
            i += 1
        elif ch == "?":
            out.append("[^/]")
            i += 1
        elif ch == "[":
            j = glob.find("]", i + 2)
            if j < 0:
                out.append(re.escape(ch))
                i += 1
            else:
                body = glob[i + 1 : j]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body.replace(chr(92), chr(92) * 2)}]")
                i = j + 1
        else:
            out.append(re.escape(ch))
            i += 1
    return re.compile("".join(out))
