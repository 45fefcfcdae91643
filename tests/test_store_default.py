"""The default store built from the bundled corpus, and the seed article's look-ups through it."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from factcheck.document import load_path
from factcheck.normalize import claims_for
from factcheck.resources import corpus_dir
from factcheck.store import default_store, default_store_path
from factcheck.store import default as default_mod
from factcheck.store import location as location_mod

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "pokrovsk-article.txt"


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    return default_store(path=tmp_path_factory.mktemp("default") / "store.sqlite")


def test_default_store_holds_the_bundled_corpus(bundled):
    articles = default_mod.article_files(corpus_dir())
    assert len(articles) >= 20
    counts = bundled.counts()
    assert counts["documents"] == len(articles)
    assert counts["datasets"] == len(default_mod.dataset_folders(corpus_dir())) >= 1
    assert counts["claims"] > 100
    ids = bundled.document_ids()
    assert all(i.startswith("corpus/articles/") for i in ids), sorted(ids)[:3]


def test_default_store_is_built_once_then_reused(tmp_path, monkeypatch):
    path = tmp_path / "s.sqlite"
    default_store(path=path)
    calls = []
    monkeypatch.setattr(default_mod, "build", lambda *a: calls.append(a))
    default_store(path=path)
    assert calls == []


def test_default_store_follows_corpus_changes(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir() / "datasets", corpus / "datasets")
    (corpus / "articles").mkdir()
    first = sorted((corpus_dir() / "articles").glob("*.md"))[:2]
    for f in first:
        shutil.copy(f, corpus / "articles" / f.name)
    path = tmp_path / "s.sqlite"
    assert default_store(corpus, path=path).counts()["documents"] == 2
    (corpus / "articles" / first[0].name).unlink()
    store = default_store(corpus, path=path)
    assert store.document_ids() == {f"corpus/articles/{first[1].name}"}


def test_default_location_is_beside_a_checkout_corpus(tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_STORE", raising=False)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert default_store_path(corpus) == tmp_path / ".factcheck" / "store.sqlite"
    monkeypatch.setenv("FACTCHECK_STORE", str(tmp_path / "elsewhere.sqlite"))
    assert default_store_path(corpus) == tmp_path / "elsewhere.sqlite"


def _seed_refs(store, pub: date):
    doc = next(d for d in load_path(SEED, pub))
    claims = claims_for(doc)
    return claims, store.references_for(doc, claims)


def _agrees(claim, ref) -> bool:
    lo = claim.lower if claim.lower is not None else claim.value
    hi = claim.upper if claim.upper is not None else claim.value
    return lo <= ref.value <= hi


GS_MEASURES = {"personnel_losses", "tanks", "armoured_vehicles", "artillery_and_mlrs",
               "drones", "vehicles_fuel_tanks"}


@pytest.mark.skipif(not SEED.is_file(), reason="../shared is absent")
def test_seed_figures_are_found_in_the_report_of_2024_12_17(bundled):
    claims, refs = _seed_refs(bundled, date(2024, 12, 17))
    checked = [c for c in claims if c.measure in GS_MEASURES]
    assert len(checked) >= 7
    for c in checked:
        period = [r for r in refs if r.claim == c.id and r.role == "period"]
        assert any(_agrees(c, r) for r in period), (c.text, [r.value for r in period])
        assert all(r.source == "General Staff of the Armed Forces of Ukraine" for r in period)


@pytest.mark.skipif(not SEED.is_file(), reason="../shared is absent")
def test_seed_dated_2024_12_27_disagrees_with_that_days_report(bundled):
    claims, refs = _seed_refs(bundled, date(2024, 12, 27))
    exact = [c for c in claims if c.measure in {"tanks", "armoured_vehicles", "drones",
                                                "artillery_and_mlrs"}]
    assert len(exact) == 4
    for c in exact:
        period = [r for r in refs if r.claim == c.id and r.role == "period"]
        assert period and not any(_agrees(c, r) for r in period), (c.text, period)
    tanks = next(c for c in exact if c.measure == "tanks")
    assert 14 in {r.value for r in refs if r.claim == tanks.id and r.role == "period"}


def test_installed_corpus_uses_the_user_cache_dir(tmp_path, monkeypatch):
    monkeypatch.delenv("FACTCHECK_STORE", raising=False)
    pkg = tmp_path / "site-packages" / "factcheck"
    corpus = pkg / "_data" / "corpus"
    corpus.mkdir(parents=True)
    monkeypatch.setattr(location_mod, "_PKG", pkg)
    monkeypatch.setattr(location_mod.platformdirs, "user_cache_dir",
                        lambda name: str(tmp_path / "cache" / name))
    assert default_store_path(corpus) == tmp_path / "cache" / "factcheck" / "store.sqlite"
    assert not (pkg / "_data" / ".factcheck").exists()
