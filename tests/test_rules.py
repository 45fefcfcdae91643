"""Rule files: schema, ids, clear errors for bad files, overrides, cache, and every rule's test."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from factcheck.cli.rules import explain, parse_marks, rules, run_rule_tests
from factcheck.resources import rules_dir, schema_path
from factcheck.rulebook import CHECKS, RuleFileError, load_rulebook, parse_rule, rule_files
from rule_articles_support import shipped_rules as shared_rules

RULE_FILES = [f for f, _ in rule_files([rules_dir()])]
GOOD = """\
# a test rule
id: {id}
title: Test rule
severity: warning
check: conflict
message: "{{b.text}} against {{a.text}}"
description: Two figures that cannot both hold.
examples:
  bad: "3 km ... 8 km"
  good: "3 km ... about 3km"
references:
  - test
"""


def write_rule(folder: Path, rid: str, text: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / f"{rid}.yaml"
    p.write_text(text if text is not None else GOOD.format(id=rid), encoding="utf-8")
    return p


@pytest.fixture(autouse=True)
def _no_user_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))


def test_at_least_ten_consistency_rules_ship():
    assert len([f for f in RULE_FILES if f.parent.name == "consistency"]) >= 10


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_shipped_rule_validates_against_the_schema(path):
    schema = json.loads(schema_path("rule.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["id"] == path.stem
    assert path.read_text(encoding="utf-8").startswith("#"), "rule files open with a comment"
    assert path.with_suffix(".md").exists(), "every rule has its test article beside it"


def test_shipped_ids_are_unique():
    ids = [yaml.safe_load(f.read_text(encoding="utf-8"))["id"] for f in RULE_FILES]
    assert len(ids) == len(set(ids))


def test_schema_check_types_are_the_python_check_types():
    schema = json.loads(schema_path("rule.schema.json").read_text(encoding="utf-8"))
    assert set(schema["properties"]["check"]["enum"]) == set(CHECKS)


def test_gazetteer_is_documented_data():
    text = (rules_dir() / "vocab" / "gazetteer.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Gazetteer")
    names = load_rulebook().gazetteer
    for place in ("Pokrovsk", "Velyka Novosilka", "Kurakhove", "Toretsk", "Chasiv Yar",
                  "Vuhledar", "Avdiivka", "Selydove", "Myrnohrad", "Shevchenko", "Novyi Komar",
                  "Kupiansk", "Kursk", "Donetsk Oblast"):
        assert place in names


# --------------------------------------------------------------------------------------------
# Malformed rule files: one clear line with file, line and what is wrong


@pytest.mark.parametrize("edit, line, words", [
    (lambda t: t.replace("title: Test rule", "title: Test rule\ncolour: red"), 4,
     "unknown field 'colour'"),
    (lambda t: t.replace("severity: warning", "severity: fatal"), 4, "bad severity 'fatal'"),
    (lambda t: t.replace("check: conflict", "check: magic"), 5, "unknown check type 'magic'"),
    (lambda t: t.replace("check: conflict", "check: conflict\nwhere:\n  colour: red"), 7,
     "unknown field 'colour' for a claim fact"),
    (lambda t: t.replace("check: conflict", "check: conflict\nparams:\n  slack: 2"), 7,
     "unknown parameter 'slack'"),
    (lambda t: t.replace("{b.text}", "{c.text}"), 6, "names 'c'"),
    (lambda t: t.replace("references:\n  - test\n", ""), 2, "missing field 'references'"),
    (lambda t: t.replace("id: r1", "id: other"), 2, "does not match the file name"),
    (lambda t: t + "  - [unclosed\n", 14, "not valid YAML"),
    (lambda t: t.replace("severity: warning", "severity: !!python/object:os.system x"), 4,
     "not valid YAML"),
])
def test_malformed_rule_gives_one_clear_error(tmp_path, edit, line, words):
    path = write_rule(tmp_path / "pack", "r1", edit(GOOD.format(id="r1")))
    with pytest.raises(RuleFileError) as info:
        load_rulebook([tmp_path / "pack"], use_cache=False)
    err = info.value
    assert err.path == str(path) and err.line == line, str(err)
    assert words in err.message
    assert "\n" not in str(err) and str(err).startswith(f"{path}:{line}: ")


def test_duplicate_id_names_both_files(tmp_path):
    first = write_rule(tmp_path / "a", "dup")
    second = write_rule(tmp_path / "b", "dup")
    with pytest.raises(RuleFileError) as info:
        load_rulebook([tmp_path / "a", tmp_path / "b"], use_cache=False)
    assert info.value.path == str(second) and info.value.line == 2
    assert f"duplicate id 'dup' (also in {first}:2)" in info.value.message


def test_pattern_rules_are_checked_too(tmp_path):
    text = GOOD.format(id="p1").replace("check: conflict", """check: pattern
facts:
  - as: c
    type: claim
    where: {measure: tanks}
  - as: r
    type: reference
    where:
      claim_n: {eq: {field: x.n}}""").replace("{{b.text}} against {{a.text}}", "{c.text}")
    path = write_rule(tmp_path / "p", "p1", text)
    with pytest.raises(RuleFileError) as info:
        load_rulebook([tmp_path / "p"], use_cache=False)
    assert info.value.line == 13 and "names 'x'" in info.value.message


def test_rules_test_cli_reports_a_bad_rule_file_without_traceback(tmp_path):
    write_rule(tmp_path / "pack", "r1", GOOD.format(id="r1").replace("severity: warning",
                                                                       "severity: loud"))
    res = CliRunner().invoke(rules, ["test", str(tmp_path / "pack")])
    assert res.exit_code == 2
    assert "r1.yaml:4: bad severity 'loud'" in res.output
    assert "Traceback" not in res.output


# --------------------------------------------------------------------------------------------
# Overrides and cache


def test_overrides_switch_rules_and_change_severity():
    book = load_rulebook(overrides={"rules": {"conflicting-figures": "off",
                                              "place-name-near-miss": "error"}})
    assert not book.get("conflicting-figures").enabled
    assert "conflicting-figures" not in book.rulesets()
    assert book.get("place-name-near-miss").severity == "error"
    flat = load_rulebook(overrides={"weekday-mismatch": "info"})
    assert flat.get("weekday-mismatch").severity == "info"
    with pytest.raises(RuleFileError, match="no rule has this id"):
        load_rulebook(overrides={"rules": {"no-such-rule": "off"}})
    with pytest.raises(RuleFileError, match="is not one of"):
        load_rulebook(overrides={"rules": {"weekday-mismatch": "loud"}})


def test_compiled_rules_are_cached_by_content(tmp_path, monkeypatch):
    cache = tmp_path / "c"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(cache))
    write_rule(tmp_path / "pack", "r1")
    first = load_rulebook([tmp_path / "pack"])
    files = list(cache.glob("rulebook-*.json"))
    assert len(files) == 1
    again = load_rulebook([tmp_path / "pack"])
    assert again.digest == first.digest
    assert again.get("r1").durable_rules() == first.get("r1").durable_rules()
    write_rule(tmp_path / "pack", "r1", GOOD.format(id="r1").replace("warning", "error"))
    changed = load_rulebook([tmp_path / "pack"])
    assert changed.digest != first.digest and changed.get("r1").severity == "error"


def test_no_rule_file_runs_code():
    for f in RULE_FILES:
        assert "!!python" not in f.read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Rule tests beside rules


def test_marks_apply_to_their_line_or_the_next():
    text = "a <!-- expect: r -->\n<!-- ok: r, s -->\n\nb\nc <!-- todo: r -->"
    blanked, marks = parse_marks(text, line_offset=3)
    assert len(blanked) == len(text) and "<!--" not in blanked
    assert [(m.kind, m.rule, m.line) for m in marks] == [
        ("expect", "r", 4), ("ok", "r", 7), ("ok", "s", 7), ("todo", "r", 8)]


def _extraction_available():
    try:
        import factcheck.normalize  # noqa: F401
    except Exception:  # noqa: BLE001
        pytest.skip("factcheck.normalize is not available yet")


@pytest.fixture(scope="module")
def shipped_rules(tmp_path_factory):
    """One rulebook and store for the module's per-rule tests (rule_articles_support)."""
    return shared_rules(tmp_path_factory.mktemp("rule-cache"))


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: p.stem)
def test_rule_passes_its_test_article(path, shipped_rules):
    _extraction_available()
    book, store = shipped_rules
    [result] = run_rule_tests([path.with_suffix(".md")], store=store, book=book)
    assert result.ok, "\n".join(result.failures)
    assert result.passed >= 4


def test_rules_test_cli_fails_with_file_and_line(tmp_path):
    _extraction_available()
    pack = tmp_path / "pack"
    write_rule(pack, "r1")
    (pack / "r1.md").write_text(
        "---\ndate: 2024-12-20\n---\n"
        "Russian forces are 3 km from Pokrovsk. Russian forces are 8 km from Pokrovsk. "
        "<!-- expect: r1 -->\n\n"
        "Russian forces lost 12 tanks. <!-- expect: r1 -->\n\n"
        "Russian forces lost 5 drones. <!-- ok: r1 -->\n\n"
        "Russian forces lost 5 drones, officials said. <!-- ok: r1 -->\n", encoding="utf-8")
    res = CliRunner().invoke(rules, ["test", str(pack)])
    assert res.exit_code == 1, res.output
    assert f"{pack / 'r1.md'}:6: expected 'r1' to flag this line" in res.output
    assert ":4:" not in res.output


# the shipped articles ``rules test`` runs for real in the test below, one per pack (the prior
# one binds reference facts, so the command's own claims store answers it)
CLI_ARTICLES = ("conflicting-figures", "dataset-figure-mismatch")


def test_rules_test_cli_passes_on_the_shipped_packs(monkeypatch):
    """``rules test`` with no path: the command finds every shipped rule's article (one per rule
    file), builds its rulebook and claims store, runs the articles, prints the summary and
    exits 0. Every article's expectations are proved by test_rule_passes_its_test_article
    (the same rulebook and store: tests/test_test_time_speed43.py); the command runs two of
    them for real here (CLI_ARTICLES, a failure among them still fails it) and counts the
    others as found, instead of running all of them a second time."""
    from factcheck.cli.rules import FileResult, RuleTester

    _extraction_available()
    real, seen, ran = RuleTester.test_file, [], []

    def test_file(self, article, rule_id):
        seen.append((article.resolve(), rule_id))
        if rule_id in CLI_ARTICLES:
            ran.append(real(self, article, rule_id))
            return ran[-1]
        return FileResult(str(article), passed=4)

    monkeypatch.setattr(RuleTester, "test_file", test_file)
    res = CliRunner().invoke(rules, ["test"])
    assert res.exit_code == 0, res.output
    assert sorted(seen) == sorted((f.with_suffix(".md").resolve(), f.stem) for f in RULE_FILES)
    assert all(a.exists() for a, _ in seen) and set(CLI_ARTICLES) <= {r for _, r in seen}
    assert f"{len(RULE_FILES)} test articles, 0 failed" in res.output
    assert len(ran) == 2 and all(r.ok and r.passed >= 4 for r in ran)
    met = sum(r.passed for r in ran) + 4 * (len(RULE_FILES) - 2)
    assert f"{met} expectations met" in res.output


def test_rules_list_and_explain():
    runner = CliRunner()
    listed = runner.invoke(rules, ["list"])
    assert listed.exit_code == 0 and "conflicting-figures" in listed.output
    shown = runner.invoke(explain, ["place-name-near-miss"])
    assert shown.exit_code == 0
    for words in ("Velyka Novsilka", "Bad:", "Good:", "References:", "gazetteer"):
        assert words in shown.output
    missing = runner.invoke(explain, ["place-name"])
    assert missing.exit_code == 2 and "did you mean place-name-near-miss" in missing.output


def test_metadata_for_formatters():
    meta = load_rulebook().metadata()
    assert meta["weekday-mismatch"]["severity"] == "error"
    assert "Bad:" in meta["weekday-mismatch"]["help"]


def test_a_rule_parses_from_text(tmp_path):
    rule = parse_rule(GOOD.format(id="x1"), str(tmp_path / "x1.yaml"), "p")
    assert rule.anchor == "b" and len(rule.branches) == 2


def test_todo_marks_are_reported_not_failed(tmp_path):
    _extraction_available()
    pack = tmp_path / "pack"
    write_rule(pack, "r1")
    (pack / "r1.md").write_text(
        "---\ndate: 2024-12-20\n---\n"
        "Russian forces are 3 km from Pokrovsk. Russian forces are 8 km from Pokrovsk. "
        "<!-- expect: r1 -->\n\n"
        "Russian forces are 2 km from Kurakhove. Russian forces are 9 km from Kurakhove. "
        "<!-- expect: r1 -->\n\n"
        "Russian forces lost 5 drones. <!-- ok: r1 -->\n\n"
        "Russian forces lost 5 drones, officials said. <!-- ok: r1 -->\n\n"
        "Twelve tanks, then 21 tanks, the ministry said. <!-- todo: r1 -->\n", encoding="utf-8")
    res = CliRunner().invoke(rules, ["test", "-v", str(pack)])
    assert res.exit_code == 0, res.output
    assert f"{pack / 'r1.md'}:12: todo 'r1' (known gap)" in res.output
    assert "1 todo" in res.output
