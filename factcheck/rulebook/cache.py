"""The compiled-rulebook cache: rules as JSON in the user cache folder, keyed by a digest.

The digest covers the compiler (every module of this package), the rule schema, and every rule
file and the gazetteer with their paths, so any change rebuilds. ``FACTCHECK_CACHE_DIR`` picks
the folder ("" switches the cache off). A cache entry that cannot be read is rebuilt; one that
cannot be written is skipped: the cache never changes what is loaded.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from .. import resources
from ..resources import schema_path
from .language import Test
from .rule import Rule

COMPILER_VERSION = "3"
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """Where compiled rulebooks are kept, or None for no cache (``resources.cache_dir``)."""
    return resources.cache_dir()


def _code_digest() -> bytes:
    """The rulebook package's code as this process loaded it (read once, when this module is
    imported with the rest of the package: a process that was started before its code was
    edited keys its compiled rules by the code it runs, never by the edited files)."""
    h = hashlib.sha256()
    for module in sorted(_PACKAGE.rglob("*.py")):
        h.update(module.relative_to(_PACKAGE).as_posix().encode())
        h.update(module.read_bytes())
    return h.digest()


_CODE = _code_digest()


def digest(files: list[tuple[Path, str]], gaz: Path) -> str:
    """The cache key of a set of rule files (with their packs) and the gazetteer."""
    h = hashlib.sha256()
    h.update(COMPILER_VERSION.encode())
    h.update(_CODE)
    h.update(schema_path("rule.schema.json").read_bytes())
    for f, pack in files + ([(gaz, "gazetteer")] if gaz.exists() else []):
        h.update(f"{f.resolve()}\0{pack}\0".encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:24]


# the cache files this process has read, by path, size and time of change: a check loads the
# rulebook in the supervisor (the formatters' metadata, the engine it keeps) and again in each
# worker, and parsing the JSON of every rule took most of the 25 ms a load costs; the rules are
# frozen, so a load after the first shares them (in a dict of its own, which overrides change)
_READ: dict[tuple[str, int, int], tuple[dict[str, Rule], tuple[str, ...]]] = {}
_READ_KEPT = 8


def read(path: Path) -> tuple[dict[str, Rule], tuple[str, ...]] | None:
    """Rules and gazetteer from a cache file, or None when it is missing or unreadable."""
    try:
        st = path.stat()
    except OSError:
        return None
    key = (str(path), st.st_size, st.st_mtime_ns)
    got = _READ.get(key)
    if got is not None:
        return dict(got[0]), got[1]
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        got = {d["id"]: _rule_from_json(d) for d in raw["rules"]}, tuple(raw["gazetteer"])
    except Exception:  # noqa: BLE001 - a bad cache entry is rebuilt
        return None
    if len(_READ) >= _READ_KEPT:
        _READ.pop(next(iter(_READ)))
    _READ[key] = got
    return dict(got[0]), got[1]


def write(path: Path, rules: dict[str, Rule], gazetteer: tuple[str, ...]) -> None:
    """Write a cache file whole (or not at all: a temporary file renamed into place)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"rules": [_rule_to_json(r) for r in rules.values()],
                                   "gazetteer": list(gazetteer)}), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def _rule_to_json(r: Rule) -> dict[str, Any]:
    d = {k: getattr(r, k) for k in r.__dataclass_fields__}
    d["branches"] = [{a: [[t.field, t.op, t.value, list(t.ref) if t.ref else None] for t in ts]
                      for a, ts in b.items()} for b in r.branches]
    return d


def _rule_from_json(d: dict[str, Any]) -> Rule:
    d = dict(d)
    d["branches"] = tuple({a: [Test(f, op, v, tuple(ref) if ref else None)
                               for f, op, v, ref in ts] for a, ts in b.items()}
                          for b in d["branches"])
    d["examples"] = tuple(tuple(x) for x in d["examples"])
    d["references"] = tuple(d["references"])
    d["pattern"] = tuple(tuple(x) for x in d["pattern"])
    d["params"] = tuple((k, _thaw_tuple(v)) for k, v in d["params"])
    d["unless"] = tuple(d.get("unless") or ())
    return Rule(**d)


def _thaw_tuple(v: Any) -> Any:
    if isinstance(v, list):
        return tuple(_thaw_tuple(x) for x in v)
    return v
