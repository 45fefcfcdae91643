"""docs/rules.md walks a non-programmer through adding a rule and its test: the walkthrough is
run here exactly as written (the example files are copied out of the page)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli.rules import explain, rules
from factcheck.rulebook import load_rulebook

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def blocks(info: str) -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(rf"```{re.escape(info)}\n(.*?)```", text, re.S)]


@pytest.fixture()
def house(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    [rule] = blocks("yaml rule")
    [article] = blocks("markdown rule-test")
    rid = re.search(r"^id: (\S+)", rule, re.M).group(1)
    pack = tmp_path / "rules" / "house"
    pack.mkdir(parents=True)
    (pack / f"{rid}.yaml").write_text(rule, encoding="utf-8")
    (pack / f"{rid}.md").write_text(article, encoding="utf-8")
    return pack, rid


def _extraction():
    try:
        import factcheck.normalize  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"extraction not available: {exc}")


def test_walkthrough_rule_passes_its_test(house):
    _extraction()
    pack, rid = house
    res = CliRunner().invoke(rules, ["test", str(pack)])
    assert res.exit_code == 0, res.output
    assert "0 failed" in res.output and "4 expectations met" in res.output


def test_walkthrough_failure_looks_as_the_guide_says(house):
    _extraction()
    pack, rid = house
    md = pack / f"{rid}.md"
    md.write_text(md.read_text(encoding="utf-8").replace("lost 21 tanks", "lost 12 tanks"),
                  encoding="utf-8")
    res = CliRunner().invoke(rules, ["test", str(pack)])
    assert res.exit_code == 1
    assert f"{md}:9: expected '{rid}' to flag this line; it did not" in res.output


def test_guide_error_example_is_real(house):
    pack, rid = house
    f = pack / f"{rid}.yaml"
    f.write_text(f.read_text(encoding="utf-8").replace("severity: warning", "severity: loud"),
                 encoding="utf-8")
    res = CliRunner().invoke(rules, ["test", str(pack)])
    assert res.exit_code == 2
    line = f"{f}:4: bad severity 'loud' (use error, warning or info)"
    assert line in res.output
    assert line.replace(str(f), f"rules/house/{rid}.yaml") in GUIDE.read_text(encoding="utf-8")


def test_guide_pattern_example_compiles(tmp_path):
    [rule] = blocks("yaml rule")
    pattern = next(b for b in blocks("yaml") if b.startswith("check: pattern"))
    head = rule.split("check:")[0].replace("tank-losses-clash", "pattern-example")
    tail = "message:" + rule.split("message:")[1]
    text = head + pattern + tail.replace("{b.text}", "{c.text}").replace("{a.text}", "{r.display}")
    pack = tmp_path / "p"
    pack.mkdir()
    (pack / "pattern-example.yaml").write_text(text, encoding="utf-8")
    book = load_rulebook([pack], use_cache=False)
    assert book.get("pattern-example").durable_rules()


def test_guide_lists_every_check_type():
    from factcheck.rulebook import CHECKS

    text = GUIDE.read_text(encoding="utf-8")
    for name in CHECKS:
        assert f"| `{name}` |" in text


def test_explain_shows_the_walkthrough_rule(house, monkeypatch):
    pack, rid = house
    import factcheck.cli.rules as cli_rules

    monkeypatch.setattr(cli_rules, "load_rulebook", lambda: load_rulebook([pack]))
    res = CliRunner().invoke(explain, [rid])
    assert res.exit_code == 0 and "House style guide" in res.output
