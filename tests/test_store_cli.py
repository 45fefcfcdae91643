"""`factcheck ingest`: articles and datasets into a store, idempotently; one line per bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli.ingest import ingest
from factcheck.resources import corpus_dir
from factcheck.store import Store

GS = corpus_dir() / "datasets" / "ukraine-general-staff-losses"


def _run(*args: str):
    return CliRunner().invoke(ingest, list(args), catch_exceptions=False)


def _article(folder: Path, name: str, body: str, day: str = "2024-12-18") -> Path:
    p = folder / name
    p.write_text(f"---\ntitle: Test\ndate: {day}\noutlet: The Test Gazette\n---\n{body}\n")
    return p


def _counts(store: str) -> dict[str, int]:
    with Store.open(store) as opened:
        return opened.counts()


def test_ingest_dataset_and_articles_twice_gives_no_duplicates(tmp_path, store_url):
    arts = tmp_path / "articles"
    arts.mkdir()
    _article(arts, "a.md", "Over the past day Russian forces lost 1,580 troops and 4 tanks, "
                           "Ukraine's General Staff said.")
    _article(arts, "b.md", "Russia has lost more than 770,000 troops since February 2022, "
                           "according to Kyiv.")
    store = store_url   # a SQLite file, and a PostgreSQL URL
    r = _run(str(GS), str(arts), "--store", store)
    assert r.exit_code == 0, r.output
    assert "dataset, " in r.output and "2 article(s)" in r.output
    first = _counts(store)
    assert first["documents"] == 2 and first["claims"] >= 3 and first["data_points"] > 20_000
    r = _run(str(GS), str(arts), "--store", store)
    assert r.exit_code == 0
    assert _counts(store) == first


def test_a_folder_holding_datasets_and_articles(tmp_path):
    root = tmp_path / "corpus"
    shutil.copytree(GS, root / "datasets" / "gs")
    (root / "articles").mkdir()
    _article(root / "articles", "a.md", "Russian forces lost 4 tanks over the past day.")
    store = str(tmp_path / "s.sqlite")
    r = _run(str(root), "--store", store)
    assert r.exit_code == 0, r.output
    counts = Store.open(store).counts()
    assert counts["datasets"] == 1 and counts["documents"] == 1  # the CSVs are not articles


def test_bad_inputs_get_one_line_each_and_the_rest_is_ingested(tmp_path):
    bad_ds = tmp_path / "bad"
    shutil.copytree(GS, bad_ds)
    text = (bad_ds / "dataset.yaml").read_text().replace("kind: cumulative}", "kind: daily}", 1)
    (bad_ds / "dataset.yaml").write_text(text)
    good = _article(tmp_path, "good.md", "Russian forces lost 4 tanks over the past day.")
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nbody\n")
    store = str(tmp_path / "s.sqlite")
    r = CliRunner().invoke(ingest, [str(bad_ds), str(good), str(broken), str(tmp_path / "nope.md"),
                                    "--store", store])
    assert r.exit_code == 2
    errors = r.stderr.splitlines()
    assert len(errors) == 3, errors          # one line per bad input
    assert f"{bad_ds / 'dataset.yaml'}:" in errors[0]
    assert "kind of 'personnel_losses' must be one of" in errors[0]
    assert "broken.md" in errors[1] and "nope.md" in errors[2]
    assert "Traceback" not in r.output
    counts = Store.open(store).counts()
    assert counts["documents"] == 1 and counts["datasets"] == 0


def test_unopenable_store_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = CliRunner().invoke(ingest, [str(GS), "--store", str(blocker / "s.sqlite")])
    assert r.exit_code == 2
    assert len(r.stderr.splitlines()) == 1 and "cannot open the claims store" in r.stderr
