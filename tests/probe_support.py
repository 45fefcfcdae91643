"""Helpers shared by the probe-article tests (test_probe_articles, test_probe2_articles)."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import main
from factcheck.document import load_path
from factcheck.normalize import claims_for


# Several tests read one probe article's claims or its check's flags (the tank article's
# claims in ten tests, its check in three): each is worked out once a process for the same
# file content (and, for a check, the same folder and store settings); every caller gets a
# copy of the flags, and the claims (a tuple of frozen records) as they are. An edited copy
# has other content, so it is checked afresh.
_SEEN: dict[tuple, object] = {}


def _once(key: tuple, work, clone=copy.deepcopy):
    if key not in _SEEN:
        _SEEN[key] = work()
    return clone(_SEEN[key])


def claims_of(path: Path):
    def work():
        (doc,) = load_path(path)
        return claims_for(doc)

    return _once(("claims", str(path), path.read_bytes()), work, copy.copy)


def find(cs, text: str, section: str | None = None, nth: int = 0):
    """The nth claim whose words are ``text`` (line breaks read as spaces)."""
    got = [c for c in cs if " ".join(c.text.split()) == text
           and (section is None or c.section == section)]
    assert len(got) > nth, f"no claim {text!r} ({section}) among {[c.text for c in cs]}"
    return got[nth]


def span(c):
    return (c.period.start, c.period.end) if c.period else None


def check_flags(path: Path, *extra: str) -> list[dict]:
    """The flags `factcheck check --format json` reports for one file."""
    key = ("check", str(path), path.read_bytes(), extra, os.getcwd(),
           os.environ.get("FACTCHECK_STORE"), os.environ.get("FACTCHECK_CACHE_DIR"))
    return _once(key, lambda: _check_flags(path, *extra))


def _check_flags(path: Path, *extra: str) -> list[dict]:
    res = CliRunner().invoke(main, ["check", str(path), "--format", "json", *extra])
    assert res.exit_code in (0, 1), res.output
    data, _ = json.JSONDecoder().raw_decode(res.stdout[res.stdout.index("{"):])
    return [f for d in data["documents"] for f in d.get("flags", [])]


def flags_after_edit(tmp_path: Path, path: Path, old: str, new: str,
                     rule: str = "conflicting-figures") -> list[dict]:
    """The flags of ``rule`` on a copy of the probe article with ``old`` replaced by ``new``
    (a planted contradiction)."""
    text = path.read_text(encoding="utf-8")
    edited = text.replace(old, new)
    assert edited != text, f"{old!r} is not in {path.name}"
    copy = tmp_path / path.name
    copy.write_text(edited, encoding="utf-8")
    return [f for f in check_flags(copy) if f["rule"] == rule]
