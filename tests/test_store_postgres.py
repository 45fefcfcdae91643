"""The claims store on PostgreSQL: `check` against it gives the verdicts SQLite gives, and the
command line takes a `postgresql://` URL (one line when it cannot be used)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import pipeline
from factcheck.pipeline import Options
from factcheck.store import default_store

ROOT = Path(__file__).resolve().parents[1]
DRAFTS = ROOT / "corpus" / "drafts"
SEED = sorted((ROOT / "corpus" / "articles").glob("*.md"))[:4]


@pytest.fixture(scope="module")
def pg_store(postgres_url):
    """The default store's content (bundled datasets and articles), built on PostgreSQL."""
    from pg_support import fresh_schema_url

    with default_store(path=fresh_schema_url(postgres_url)) as store:
        assert store.url.startswith("postgresql+psycopg://")
        counts = store.counts()
        yield store.url
    assert counts["documents"] >= 26 and counts["data_points"] > 20_000


def test_check_against_postgresql_gives_identical_verdicts(pg_store):
    with default_store() as lite:
        sqlite_url = lite.url
    paths = [str(DRAFTS), *map(str, SEED)]
    on_pg = pipeline.check(paths, Options(store=pg_store), jobs=2)
    on_sqlite = pipeline.check(paths, Options(store=sqlite_url), jobs=2)
    assert json.dumps(on_pg.as_dict()) == json.dumps(on_sqlite.as_dict())
    statuses = {v.status for d in on_pg.documents for v in d.verdicts}
    assert {"supported", "contradicted"} <= statuses
    assert any(e.kind == "article" for d in on_pg.documents for f in d.flags for e in f.evidence)


def test_cli_checks_against_a_postgresql_url(pg_store, monkeypatch):
    from factcheck.cli import main

    monkeypatch.setenv("CI", "1")
    plain = pg_store.replace("postgresql+psycopg://", "postgresql://")
    draft = str(DRAFTS / "pokrovsk-draft.md")
    r = CliRunner().invoke(main, ["check", draft, "--store", plain, "--format", "json", "-q",
                                  "--jobs", "1"])
    assert r.exit_code == 1, r.output
    flags = json.loads(r.stdout)["documents"][0]["flags"]
    assert "dataset-figure-mismatch" in {f["rule"] for f in flags}


def test_unreachable_postgresql_is_one_line(monkeypatch):
    from factcheck.cli import main
    from serve_support import free_port

    monkeypatch.setenv("CI", "1")
    url = f"postgresql://nobody@127.0.0.1:{free_port()}/nowhere?connect_timeout=3"
    r = CliRunner().invoke(main, ["check", str(DRAFTS / "pokrovsk-draft.md"), "--store", url])
    assert r.exit_code == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot open the claims store" in lines[0], r.stderr
    assert "Traceback" not in r.output
