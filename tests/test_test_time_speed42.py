"""speed42: `make test` walks a sample of the everyday drafts in test_first_words' walks over
every word start; CI (the slow tests) walks all of them."""

from __future__ import annotations

import test_first_words as fw


def test_make_test_walks_a_sample_and_ci_walks_every_everyday_draft(monkeypatch):
    whole, sample = fw._texts(1), fw._texts(fw.EVERYDAY_STRIDE)
    assert set(sample) < set(whole)           # a proper part of the same texts
    # the corpus and the date suites are walked whole either way: only the drafts thin out
    assert len(whole) - len(sample) > 0.7 * (len(whole) - len(fw._texts(10 ** 6)))
    monkeypatch.setenv("FACTCHECK_SLOW_TESTS", "1")
    assert fw._everyday_stride() == 1
    monkeypatch.setenv("FACTCHECK_SLOW_TESTS", "0")
    monkeypatch.delenv("CI", raising=False)
    assert fw._everyday_stride() == fw.EVERYDAY_STRIDE



def test_the_store_fingerprint_names_each_file_as_relative_to_its_anchor():
    """``fingerprint`` cuts each path's anchor off as a string: the name hashed is the one
    ``relative_to(anchor)`` gave (a store built before keeps its fingerprint)."""
    from pathlib import Path, PurePosixPath, PureWindowsPath

    from factcheck.store.default import _path_key

    paths = [Path(__file__).resolve(), Path("corpus/articles/a.md"), PurePosixPath("/x"),
             PureWindowsPath(r"C:\corpus\a.md"), PureWindowsPath(r"\\srv\share\a\b.py")]
    for f in paths:
        assert _path_key(f) == str(f.relative_to(f.anchor)), f
    assert _path_key(PurePosixPath("/srv/corpus/a.md")) == "srv/corpus/a.md"
