"""The consistency pack on the shared seed article, and on edited versions of it built at test
time (the seed is third-party text: it stays in ../shared and is never copied here)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "pokrovsk-article.txt"


@pytest.fixture(scope="module")
def check():
    if not SEED.exists():
        pytest.skip("shared seed article absent")
    try:
        from factcheck.normalize import normalize
    except ImportError as exc:
        pytest.skip(f"extraction not available: {exc}")
    from factcheck.engine import Engine
    from factcheck.model import Document
    from factcheck.resources import rules_dir
    from factcheck.rulebook import load_rulebook
    from factcheck.verdicts import judge

    book = load_rulebook([rules_dir() / "consistency"])
    engine = Engine(book)

    def run(text: str):
        doc = Document(id="seed", text=text, date=date(2024, 12, 17))
        claims, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
        flags, _ = judge(doc, claims, [], engine.run(doc, claims, [], mentions=mentions), book)
        return flags
    return run


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.exists():
        pytest.skip("shared seed article absent")
    return SEED.read_text(encoding="utf-8")


def test_seed_raises_only_the_velyka_novsilka_warning(check, seed):
    flags = check(seed)
    serious = [f for f in flags if f.severity in ("error", "warning")]
    assert serious, "the Velyka Novsilka spelling must be flagged"
    for f in serious:
        assert (f.rule, f.severity) == ("place-name-near-miss", "warning"), f.message
        assert seed[f.start:f.end] == "Velyka Novsilka"
        assert f.suggestion == "Velyka Novosilka"


MARK_END = "according to the Ukrainian Ministry of Defense."
EDITS = {
    # the body says 1,900 where the key points say 1,600
    "body-1900": ("lost approximately 1,600 men", "lost approximately 1,900 men",
                  "conflicting-figures", "error"),
    "just-8-km": ("just 3 km", "just 8 km", "conflicting-figures", "error"),
    "split-over-total": ("approximately 1,600 men killed and wounded",
                         "approximately 1,600 men: about 1,100 killed and 700 wounded",
                         "parts-exceed-total", "error"),
    "wrong-double": (MARK_END, MARK_END + " That toll of 1,600 was double the previous "
                     "day's 1,070.", "wrong-arithmetic", "error"),
    "wrong-conversion": ("approximately 3km from", "approximately 3km (5 miles) from",
                         "wrong-conversion", "error"),
    "weekday": ("Over the past 24 hours, the Russian military",
                "On Monday, 17 December 2024, the Russian military", "weekday-mismatch", "error"),
    "future-date": ("In early December, Ukrainian forces", "On 22 December 2024, Ukrainian forces",
                    "date-in-future", "warning"),
    "shares": ("These estimates are largely", "Of the losses, 70% were infantry and 45% were "
               "artillery crews. These estimates are largely", "shares-over-100", "error"),
    "list-short": ("the Russian forces lost approximately 70 tactical",
                   "the Russian forces lost 140 pieces of equipment: approximately 70 tactical",
                   "list-sum-mismatch", "warning"),
    "reversed-period": ("In early December,", "From 12 December 2024 to 2 December 2024,",
                        "period-reversed", "error"),
    "dimension": ("currently approximately 3km from the southern outskirts of Pokrovsk",
                  "currently approximately 3 hours from Pokrovsk\u2019s southern outskirts",
                  "dimension-mismatch", "warning"),
    "two-spellings": ("supply route to Velyka Novsilka from", "supply route to Velyka Novosilka "
                      "from", "name-spelling-variants", "warning"),
    "two-sources": ("in 24 hours\u2014highlight", "in 24 hours, according to British Military "
                    "Intelligence\u2014highlight", "figure-two-sources", "info"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_edited_seed_is_caught(check, seed, name):
    old, new, rule, severity = EDITS[name]
    assert old in seed
    edited = seed.replace(old, new, 1)
    flags = check(edited)
    hits = [f for f in flags if f.rule == rule]
    assert hits, f"{rule} did not flag the edit {name}"
    assert hits[0].severity == severity
    others = {f.rule for f in flags if f.severity in ("error", "warning")} - {
        rule, "place-name-near-miss"}
    assert not others, f"unexpected {others}"


def test_harmless_edit_is_not_flagged(check, seed):
    flags = check(seed.replace(MARK_END, MARK_END + " That toll of 1,600 was double the "
                               "previous day's 800.", 1))
    assert not [f for f in flags if f.rule == "wrong-arithmetic"]
    flags = check(seed.replace("just 3 km", "about 3 km", 1))
    assert not [f for f in flags if f.rule == "conflicting-figures"]
