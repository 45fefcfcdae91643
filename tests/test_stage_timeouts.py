"""``extract`` and ``ingest`` have the per-document time limit ``check`` has (``--timeout``,
config ``timeout``): a document that runs out is reported with the stage named, the others
carry on. The slow document is made slow on purpose: normalize's ``claims_for`` is replaced
(the worker processes are forked, so they inherit the replacement) by one that hangs on a
marker, the way a pathological text would."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import factcheck.normalize
from factcheck import pipeline
from factcheck.cli import main
from factcheck.config import ConfigError, parse_config
from factcheck.model import Document
from factcheck.store import Store

LIMIT = "1.5"
FAST = "Russia lost 1,200 troops and 5 tanks on Monday, the ministry said."


@pytest.fixture
def slow_marker(monkeypatch):
    """claims_for hangs on a document holding HANG (in the workers, which fork from here)."""
    real = factcheck.normalize.claims_for

    def claims_for(doc, max_figures=0):
        if "HANG" in doc.text:
            time.sleep(60)
        return real(doc, max_figures)

    monkeypatch.setattr(factcheck.normalize, "claims_for", claims_for)


def _files(folder: Path) -> list[Path]:
    paths = []
    for name, body in (("a.md", FAST), ("b.md", "HANG " + FAST), ("c.md", "Later: " + FAST)):
        p = folder / name
        p.write_text(f"---\ntitle: T\ndate: 2024-12-18\noutlet: The Test Gazette\n---\n{body}\n")
        paths.append(p)
    return paths


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_extract_documents_times_out_one_and_keeps_the_others(slow_marker):
    docs = [Document(id=f"d{i}", text=t) for i, t in enumerate((FAST, "HANG " + FAST, FAST))]
    out = pipeline.extract_documents(docs, timeout=float(LIMIT), jobs=2)
    assert [r.document.id for r in out] == ["d0", "d1", "d2"]
    assert out[1].error.startswith("timed out after 2 s in the extract and normalize stage")
    assert out[1].claims == ()
    assert [[c.text for c in r.claims] for r in (out[0], out[2])] == [["1,200", "5"]] * 2
    assert out[0].error is None and out[2].error is None


def test_extract_cli_reports_the_document_that_ran_out_and_exits_as_check(tmp_path,
                                                                          slow_marker):
    a, b, c = _files(tmp_path)
    r = _run("extract", str(tmp_path), "--format", "json", "--timeout", LIMIT)
    assert r.exit_code == 1           # as check: something could not be done, the rest was
    report = json.loads(r.stdout)
    by_path = {Path(d["path"]).name: d for d in report["documents"]}
    assert "extract and normalize stage" in by_path["b.md"]["error"]
    assert len(by_path["a.md"]["claims"]) == len(by_path["c.md"]["claims"]) == 2
    assert f"{b}: timed out after 2 s in the extract and normalize stage" in r.stderr
    # the text table says it too, beside the documents that were extracted
    r = _run("extract", str(b), "--timeout", LIMIT)
    assert r.exit_code == 2 and "timed out" in r.stdout


# (slow: waits out a time limit or starts its own processes, about 2.5 s; make test keeps
# the other time-limit tests of this behaviour, CI runs every one)
@pytest.mark.slow
def test_extract_reads_the_timeout_from_the_configuration(tmp_path, slow_marker,
                                                          monkeypatch):
    (tmp_path / "docs").mkdir()
    _files(tmp_path / "docs")
    (tmp_path / "factcheck.toml").write_text(f"timeout = {LIMIT}\n")
    monkeypatch.chdir(tmp_path)
    r = _run("extract", "docs", "--format", "json")
    assert r.exit_code == 1 and "timed out after 2 s" in r.stderr


# (slow: waits out a time limit or starts its own processes, about 2.5 s; make test keeps
# the other time-limit tests of this behaviour, CI runs every one)
@pytest.mark.slow
def test_ingest_stores_the_others_and_names_the_stage(tmp_path, slow_marker):
    folder = tmp_path / "articles"
    folder.mkdir()
    a, b, c = _files(folder)
    store = str(tmp_path / "store.sqlite")
    r = _run("ingest", str(folder), "--store", store, "--timeout", LIMIT)
    assert r.exit_code == 2           # ingest: 2 when any input failed
    assert f"{b}: timed out after 2 s in the extract and normalize stage" in r.stderr
    assert "2 article(s), 4 claims" in r.stdout
    with Store.open(store) as opened:
        assert opened.counts()["documents"] == 2


def test_timeout_setting_is_checked():
    r = _run("extract", "x.md", "--timeout", "0")
    assert r.exit_code == 2 and "--timeout" in r.output


@pytest.mark.parametrize("value", ["0", "-1", "true", '"soon"'])
def test_bad_timeout_in_the_configuration_is_one_line(tmp_path, value):
    p = tmp_path / "factcheck.toml"
    p.write_text(f"timeout = {value}\n")
    with pytest.raises(ConfigError, match=r"'timeout' must be a number of seconds"):
        parse_config(p)
    p.write_text("timeout = 30\n")
    assert parse_config(p).timeout == 30.0


def test_check_takes_the_same_setting(tmp_path, monkeypatch):
    """``check --timeout`` reaches the workers: an engine stage that hangs runs out at it."""
    from factcheck.engine import Engine

    def hang(self, *args, **kwargs):
        time.sleep(60)

    monkeypatch.setattr(Engine, "run", hang)
    a, _, _ = _files(tmp_path)
    r = _run("check", str(a), "--no-store", "--format", "json", "--timeout", LIMIT, "-q")
    assert r.exit_code == 2           # nothing could be checked
    assert "timed out after 2 s in the engine stage" in r.stderr
    [doc] = json.loads(r.stdout)["documents"]
    assert len(doc["claims"]) == 2    # the stages that finished are kept
