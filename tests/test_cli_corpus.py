"""Corpus runs from the command line: --changed-since, deterministic order, shell completion."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "corpus" / "articles").glob("*.md"))


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"})


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_changed_since_checks_only_changed_files(tmp_path, monkeypatch):
    repo = tmp_path / "news"
    (repo / "articles").mkdir(parents=True)
    for src in ARTICLES[:3]:
        shutil.copy(src, repo / "articles" / src.name)
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "archive")
    changed = repo / "articles" / ARTICLES[1].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n",
                       encoding="utf-8")
    (repo / "articles" / "notes.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    monkeypatch.setenv("CI", "1")
    res = CliRunner().invoke(main, ["check", "articles", "--changed-since", "HEAD",
                                    "--no-store", "--format", "json", "-q"])
    assert res.exit_code in (0, 1), res.stderr
    docs = json.loads(res.stdout)["documents"]
    assert [Path(d["path"]).name for d in docs] == [ARTICLES[1].name]

    git(repo, "checkout", "-q", "--", ".")
    res = CliRunner().invoke(main, ["check", "articles", "--changed-since", "HEAD",
                                    "--no-store", "-q"])
    assert res.exit_code == 0 and "no checkable files changed" in res.stderr
    res = CliRunner().invoke(main, ["check", "articles", "--changed-since", "no-such-ref",
                                    "--no-store", "-q"])
    assert res.exit_code == 2 and "no-such-ref" in res.stderr


def test_output_is_the_same_whatever_the_number_of_jobs(tmp_path, monkeypatch):
    monkeypatch.setenv("CI", "1")
    folder = tmp_path / "c"
    folder.mkdir()
    for i, src in enumerate(ARTICLES[:8] * 2):
        shutil.copy(src, folder / f"{i:02d}-{src.name}")
    outs = []
    for jobs in ("1", "2", "3"):
        res = CliRunner().invoke(main, ["check", str(folder), "--no-store", "--jobs", jobs,
                                        "--format", "json", "-q"])
        assert res.exit_code in (0, 1), res.stderr
        outs.append(res.stdout)
    assert outs[0] == outs[1] == outs[2]
    paths = [d["path"] for d in json.loads(outs[0])["documents"]]
    assert paths == sorted(paths)


def test_shell_completion_script():
    exe = Path(sys.executable).parent / "factcheck"
    if not exe.exists():
        pytest.skip("factcheck is not installed in this environment")
    proc = subprocess.run([str(exe)], env={**os.environ, "_FACTCHECK_COMPLETE": "bash_source"},
                          capture_output=True, text=True)
    assert proc.returncode == 0 and "complete" in proc.stdout and "factcheck" in proc.stdout
