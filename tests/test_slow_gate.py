"""`make test` skips the tests marked slow unless asked; CI always asks (tests/conftest.py)."""

from conftest import slow_tests_wanted


def test_slow_tests_run_in_ci_and_when_asked():
    assert not slow_tests_wanted({})
    assert not slow_tests_wanted({"FACTCHECK_SLOW_TESTS": "0", "CI": "false"})
    assert slow_tests_wanted({"FACTCHECK_SLOW_TESTS": "1"})
    assert slow_tests_wanted({"CI": "true"})


def test_ci_script_asks_for_them():
    from pathlib import Path

    script = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "export FACTCHECK_SLOW_TESTS=1" in script
    assert script.index("FACTCHECK_SLOW_TESTS=1") < script.index("make test")
