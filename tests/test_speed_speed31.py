"""speed31: the test suite's shared work gives what the per-module work it replaces gives.

A module's store is a copy of the bundled corpus's store built once per test process
(``store_support``), and the readings checkers share one rulebook and engine per process
(``readings_support``)."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from store_support import bundled_store, bundled_store_copy

from factcheck.store import default as default_mod
from factcheck.store.default import default_store

ROOT = Path(__file__).resolve().parents[1]


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table of a SQLite file, sorted, by table, without the times rows
    were written (``applied_at``, ``ingested_at``)."""
    with closing(sqlite3.connect(path)) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = "
                                             "'table' AND name NOT LIKE 'sqlite_%'")]
        out = {}
        for t in tables:
            cur = conn.execute(f'SELECT * FROM "{t}"')
            keep = [i for i, col in enumerate(cur.description) if not col[0].endswith("_at")]
            out[t] = sorted((tuple(row[i] for i in keep) for row in cur), key=repr)
        return out


@pytest.fixture(scope="module")
def built_here(tmp_path_factory) -> Path:
    """A store built by ``default_store`` in a folder of its own, the way a module built one."""
    path = tmp_path_factory.mktemp("built-here") / "store.sqlite"
    default_store(path=path).close()
    return path


def test_a_copy_holds_every_row_a_store_built_in_its_folder_holds(tmp_path, built_here):
    copy = bundled_store_copy(tmp_path)
    assert copy == tmp_path / "store.sqlite"
    rows = _rows(copy)
    assert rows["documents"] and rows == _rows(built_here)


def test_default_store_opens_a_copy_without_building_it_again(tmp_path, monkeypatch):
    copy = bundled_store_copy(tmp_path)

    def no_build(*args, **kwargs):
        raise AssertionError("the copy was built again")
    monkeypatch.setattr(default_mod, "build", no_build)
    with default_store(path=copy) as store:
        assert store.counts()["documents"] >= 20


def test_a_changed_corpus_still_rebuilds_a_copy(tmp_path, monkeypatch):
    copy = bundled_store_copy(tmp_path)
    built = []
    monkeypatch.setattr(default_mod, "fingerprint", lambda corpus: "another corpus")
    monkeypatch.setattr(default_mod, "build", lambda *args: built.append(args))
    default_store(path=copy).close()
    assert len(built) == 1


def test_each_copy_is_private(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = bundled_store_copy(tmp_path / "a"), bundled_store_copy(tmp_path / "b")
    with default_store(path=first) as store:
        store.remove_documents(sorted(store.document_ids())[:1])
        left = store.counts()["documents"]
    with default_store(path=second) as other, default_store(path=bundled_store()) as built:
        assert other.counts()["documents"] == built.counts()["documents"] == left + 1


def test_the_shared_checker_reads_as_a_checker_of_its_own(tmp_path):
    from readings_support import checker_for
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from phrasings_accuracy import Checker

    from factcheck.document import read_text_document
    from factcheck.normalize import claims_for
    from factcheck.verdicts import judge

    text = ("Russia lost 1,130 troops over the past day, the General Staff said, bringing its "
            "losses since the invasion to 520,000. A day earlier it reported 1,390.")
    pub = date(2024, 6, 1)
    (tmp_path / "own").mkdir()
    own = Checker(str(tmp_path / "own"))        # its own rulebook, engine and freshly built store
    doc = read_text_document(text, "t.md", pub)
    cs = claims_for(doc)
    refs = own.store.references_for(doc, cs)
    flags, verdicts = judge(doc, cs, refs, own.engine.run(doc, cs, refs), own.book)
    (tmp_path / "shared").mkdir()
    for _ in range(2):      # and the second document through the shared engine reads the same
        _, cs2, flags2, by_claim = checker_for(str(tmp_path / "shared"))(text, pub)
        assert [c.text for c in cs2] == [c.text for c in cs]
        assert [f.as_dict() for f in flags2] == [f.as_dict() for f in flags]
        assert {c: (v.status, v.reason, v.reading) for c, v in by_claim.items()} == \
            {v.claim: (v.status, v.reason, v.reading) for v in verdicts}
