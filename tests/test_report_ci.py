"""docs/ci.md and .pre-commit-hooks.yaml work as written: commands, options, paths, schema."""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def _workflow() -> dict:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(name: factcheck\n.*?)```", text, re.S)
    assert block, "docs/ci.md has no GitHub Actions workflow"
    return yaml.safe_load(block.group(1))


def _steps() -> list[dict]:
    return _workflow()["jobs"]["factcheck"]["steps"]


def _factcheck_args(step: dict) -> list[str]:
    args = shlex.split(step["run"])
    assert args[0] == "factcheck"
    return args[1:]


def _parse(args: list[str]):
    """Parse a factcheck command line exactly as the installed script would (no run)."""
    from factcheck.cli import main

    name, *rest = args
    assert name in main.commands, f"factcheck has no command {name!r}"
    command = main.commands[name]
    return command, command.make_context(name, rest)


def test_console_script_is_factcheck():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["factcheck"] == "factcheck.cli:main"
    assert project["project"]["requires-python"] == ">=3.11"


def test_workflow_uploads_the_sarif_the_check_writes():
    wf = _workflow()
    assert wf["permissions"]["security-events"] == "write"
    steps = _steps()
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["python-version"] in ("3.11", "3.12", "3.13")
    check = next(s for s in steps if s.get("id") == "factcheck")
    assert check["continue-on-error"] is True
    args = _factcheck_args(check)
    command, ctx = _parse(args)
    assert command.name == "check" and ctx.params["fmt"] == "sarif"
    for path in ctx.params["paths"]:
        assert (ROOT / path).is_dir(), f"{path} does not exist in the repository"
    upload = next(s for s in steps
                  if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == ctx.params["output"]
    assert "always()" in upload["if"]
    fail = steps[-1]
    assert fail["if"] == "steps.factcheck.outcome == 'failure'" and fail["run"] == "exit 1"


def test_other_documented_command_lines_parse(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".factcheck-baseline.json").write_text("{}")  # --baseline must exist
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    lines = re.findall(r"^\s*(?:- |run: |- run: )?(factcheck (?:check|baseline) [^\n#|>]*)",
                       text, re.M)
    assert len(lines) >= 5
    for line in lines:
        line = line.replace('"origin/${{ github.base_ref }}"', "origin/main")
        _parse(shlex.split(line)[1:])


def test_pre_commit_hook_runs_factcheck_check_on_markdown_and_text():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and len(hooks) == 1
    hook = hooks[0]
    for key in ("id", "name", "entry", "language"):
        assert isinstance(hook[key], str) and hook[key]
    assert hook["language"] == "python" and hook["language_version"] == "python3.11"
    entry = shlex.split(hook["entry"])
    assert entry[:2] == ["factcheck", "check"]
    command, ctx = _parse([*entry[1:], "draft.md", "notes.txt"])
    assert command.name == "check" and ctx.params["paths"] == ("draft.md", "notes.txt")
    files = re.compile(hook["files"])
    for name in ("a.md", "dir/b.txt", "c.markdown"):
        assert files.search(name), name
    for name in ("a.py", "b.mdx", "c.txt.bak", "md"):
        assert not files.search(name), name
    assert hook["types"] == ["text"] and hook["require_serial"] is True


@pytest.mark.slow
def test_workflow_check_step_runs_and_writes_valid_sarif(tmp_path, monkeypatch):
    """The workflow's check command, run in-process from the repository root."""
    from factcheck.cli import main

    args = _factcheck_args(next(s for s in _steps() if s.get("id") == "factcheck"))
    out = tmp_path / "factcheck.sarif"
    args[args.index("-o") + 1] = str(out)
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, args)
    assert result.exit_code in (0, 1), result.output
    log = json.loads(out.read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0" and log["runs"][0]["tool"]["driver"]["name"] == "factcheck"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]}
    assert all(not u.startswith("/") and (ROOT / u).is_file() for u in uris), uris
    if SARIF_SCHEMA.exists():
        schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
        jsonschema.validators.validator_for(schema)(schema).validate(log)


def _blocks(lang: str) -> list[str]:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    return re.findall(rf"```{lang}\n(.*?)```", text, re.S)


def test_documented_configuration_loads(tmp_path):
    from factcheck.config import load_config

    (block,) = _blocks("toml")
    (tmp_path / "pyproject.toml").write_text(block, encoding="utf-8")
    cfg = load_config(tmp_path)
    assert cfg.rules == {"changed-assessment": "off", "conflicting-figures": "warning"}
    assert cfg.fail_on == "error" and cfg.jobs == 2
    assert cfg.is_ignored(tmp_path / "corpus" / "articles" / "a.md")


def test_documented_suppression_suppresses():
    from factcheck.model import Document, Flag
    from factcheck.report.suppress import apply_suppressions

    (block,) = _blocks("markdown")
    doc = Document(id="d", text=block, path="d.md")
    s = block.index("1,500")
    flag = Flag(id="f", rule="conflicting-figures", severity="error", message="m", start=s,
                end=s + 5, line=2, column=1)
    (out,), warnings = apply_suppressions(doc, [flag])
    assert out.suppressed == "the ministry revised its own figure" and warnings == ()
