"""factcheck.config: where configuration is found, what it may say, and clear errors."""

from __future__ import annotations

import pickle

import pytest

from factcheck.config import Config, ConfigError, find_config, load_config
from factcheck.model import Flag


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_file(tmp_path):
    cfg = load_config(tmp_path)
    if cfg.path is not None:
        pytest.skip(f"a config file above the temporary folder applies: {cfg.path}")
    assert cfg == Config()
    assert (cfg.rules, cfg.ignore, cfg.store, cfg.fail_on, cfg.jobs) == ({}, (), None,
                                                                          "error", None)


def test_pyproject_table_found_upwards(tmp_path):
    _write(tmp_path / "pyproject.toml", """
[project]
name = "newsroom"

[tool.factcheck]
rules = { "internal-interval-conflict" = "warning", "hedge-missing" = "off" }
ignore = ["archive/**", "*.tmp.md"]
store = "data/store.sqlite"
fail_on = "warning"
jobs = 3
""")
    deep = tmp_path / "drafts" / "2024" / "12"
    deep.mkdir(parents=True)
    cfg = load_config(deep)
    assert cfg.path == (tmp_path / "pyproject.toml").resolve()
    assert cfg.rules == {"hedge-missing": "off", "internal-interval-conflict": "warning"}
    assert cfg.ignore == ("archive/**", "*.tmp.md")
    assert cfg.store == (tmp_path / "data" / "store.sqlite").resolve()
    assert (cfg.fail_on, cfg.jobs) == ("warning", 3)
    assert pickle.loads(pickle.dumps(cfg)) == cfg
    hash(cfg)


def test_pyproject_without_table_is_passed_over(tmp_path):
    _write(tmp_path / "factcheck.toml", 'fail_on = "info"\n')
    _write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config(tmp_path / "sub") == (tmp_path / "factcheck.toml").resolve()
    assert load_config(tmp_path / "sub").fail_on == "info"


def test_factcheck_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    _write(tmp_path / "pyproject.toml", '[tool.factcheck]\njobs = 1\n')
    _write(tmp_path / "factcheck.toml", 'jobs = 2\n')
    assert load_config(tmp_path).jobs == 2


def test_factcheck_toml_may_use_the_tool_table(tmp_path):
    _write(tmp_path / "factcheck.toml", '[tool.factcheck]\njobs = 4\n')
    assert load_config(tmp_path).jobs == 4


@pytest.mark.parametrize("text, words", [
    ('colour = "red"\n', "unknown key 'colour' in top level"),
    ('[rules]\nx = "loud"\n', "rules.x must be one of off, error, warning, info, not 'loud'"),
    ('fail_on = "fatal"\n', "'fail_on' must be one of error, warning, info"),
    ('jobs = -1\n', "'jobs' must be a whole number"),
    ('jobs = true\n', "'jobs' must be a whole number"),
    ('ignore = [1]\n', "'ignore' must be a list of path globs"),
    ('store = 5\n', "'store' must be a path"),
    ('rules = "all"\n', "'rules' must be a table"),
    ('jobs = \n', "invalid TOML"),
    # a limit too small to make one byte (found by tests/test_fuzz_cli.py's random configs)
    ('max_file_mb = 1.175494351e-38\n', "'max_file_mb' must be a number of megabytes above 0"),
    ('max_file_mb = 0\n', "'max_file_mb' must be a number of megabytes above 0"),
])
def test_bad_values_name_file_and_key(tmp_path, text, words):
    path = _write(tmp_path / "factcheck.toml", text)
    with pytest.raises(ConfigError) as exc:
        load_config(tmp_path)
    message = str(exc.value)
    assert message.startswith(f"{path.resolve()}: ") and words in message
    assert "\n" not in message


def test_unknown_key_in_pyproject_names_the_table(tmp_path):
    path = _write(tmp_path / "pyproject.toml", '[tool.factcheck]\nfail-on = "error"\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml: unknown key 'fail-on' in "
                                          r"\[tool.factcheck\]"):
        load_config(tmp_path)
    assert path.exists()


def test_invalid_toml_gives_the_line(tmp_path):
    _write(tmp_path / "factcheck.toml", 'jobs = 2\nrules = {\n')
    with pytest.raises(ConfigError, match=r"invalid TOML: .*line 2"):
        load_config(tmp_path)


def test_apply_turns_rules_off_and_sets_severities():
    cfg = Config(rules={"a": "off", "b": "info"})
    flags = [Flag(id=r, rule=r, severity="error", message="m", start=0, end=1, line=1, column=1)
             for r in ("a", "b", "c")]
    out = cfg.apply(flags)
    assert [(f.rule, f.severity) for f in out] == [("b", "info"), ("c", "error")]
    assert cfg.rule_enabled("b") and not cfg.rule_enabled("a") and cfg.rule_level("c") is None


def test_ignore_globs(tmp_path):
    _write(tmp_path / "factcheck.toml",
           'ignore = ["drafts/archive/**", "*.tmp.md", "scratch", "notes/[ab]?.txt"]\n')
    cfg = load_config(tmp_path)
    yes = ["drafts/archive/2020/a.md", "x/y/z.tmp.md", "scratch/a.md", "deep/scratch/b.md",
           "notes/a1.txt"]
    no = ["drafts/a.md", "archive/a.md", "x/tmp.md", "notes/c1.txt", "notes/a12.txt",
          "other/drafts/archive/a.md"]
    for p in yes:
        assert cfg.is_ignored(tmp_path / p), p
    for p in no:
        assert not cfg.is_ignored(tmp_path / p), p
    assert not Config().is_ignored("anything.md")


def test_store_url_is_kept_as_written(tmp_path):
    _write(tmp_path / "factcheck.toml", 'store = "sqlite:////var/lib/factcheck/claims.db"\n')
    assert load_config(tmp_path).store == "sqlite:////var/lib/factcheck/claims.db"
