"""The prior-reports pack end to end: seed article, its edited versions, verdicts and flags.

Runs extraction, the store's look-ups (the default store of the bundled corpus, a copy in a
temporary file of the one built once per test process: tests/store_support.py), the engine and the judge in-process, as `factcheck check` does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from store_support import bundled_store_copy

from factcheck.document import read_text_document
from factcheck.normalize import normalize
from factcheck.rulebook import load_rulebook
from factcheck.store import default_store

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "pokrovsk-article.txt"
PACK = "prior"
MISMATCH = {"dataset-figure-mismatch", "dataset-figure-mismatch-previous-report"}
GS = {"personnel_losses", "tanks", "armoured_vehicles", "artillery_and_mlrs", "drones",
      "vehicles_fuel_tanks"}

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="../shared is absent")


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    from factcheck.engine import Engine
    from factcheck.verdicts import judge

    book = load_rulebook(use_cache=False)
    if not any(r.pack == PACK for r in book.rules.values()):
        pytest.skip("the prior pack is not in rules/ yet")
    engine = Engine(book)
    store = default_store(path=bundled_store_copy(tmp_path_factory.mktemp("prior")))

    def check(text: str, pub: date):
        doc = read_text_document(text, "seed.txt", pub)
        claims, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
        refs = store.references_for(doc, claims)
        flags, verdicts = judge(doc, claims, refs,
                                engine.run(doc, claims, refs, mentions=mentions), book)
        return claims, flags, {v.claim: v for v in verdicts}, book
    return check


def _seed(*edits: tuple[str, str]) -> str:
    text = SEED.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def _prior_flags(flags, book, severities=("error", "warning")):
    return [f for f in flags if book.rules[f.rule].pack == PACK and f.severity in severities]


def test_seed_on_2024_12_17_is_supported_by_the_report(checker):
    claims, flags, verdicts, book = checker(_seed(), date(2024, 12, 17))
    gs = [c for c in claims if c.measure in GS]
    assert len(gs) >= 8   # 1,600 twice, 70, 34, 15, 8, 4, more than 765,000
    for c in gs:
        v = verdicts[c.id]
        assert v.status == "supported", (c.text, v)
        assert any(e.kind == "dataset" and e.source == "General Staff of the Armed Forces of "
                   "Ukraine" for e in v.evidence), v
    assert _prior_flags(flags, book) == []


def test_seed_on_2024_12_27_is_contradicted_with_that_days_values(checker):
    claims, flags, verdicts, book = checker(_seed(), date(2024, 12, 27))
    by_measure = {c.measure: c for c in claims if c.measure in GS and not c.cumulative}
    for m, value in {"tanks": 14, "drones": 28, "armoured_vehicles": 18,
                     "artillery_and_mlrs": 22}.items():
        v = verdicts[by_measure[m].id]
        assert v.status == "contradicted", (m, v)
        assert value in {e.value for e in v.evidence}, (m, v.evidence)
    errors = _prior_flags(flags, book, ("error",))
    assert {f.rule for f in errors} <= MISMATCH
    flagged = [c for f in errors for c in f.claims]
    assert len(flagged) == len(set(flagged)), "one error per claim across the lag window"
    assert {by_measure[m].id for m in ("tanks", "drones")} <= set(flagged)


@pytest.mark.parametrize("edit,measure", [
    (("more than 765,000", "more than 785,000"), "personnel_losses"),
    (("and 4 main battle tanks", "and 14 main battle tanks"), "tanks"),
    (("Over the past 24 hours, the Russian military", "Over the past week, the Russian military"),
     "personnel_losses"),
])
def test_edited_seed_is_caught(checker, edit, measure):
    claims, flags, verdicts, book = checker(_seed(edit), date(2024, 12, 17))
    new_words = edit[1].split(",")[0].split()[-2:]
    target = next(c for c in claims if c.measure == measure and
                  (c.text in edit[1] or any(w in c.text for w in new_words) or
                   (c.period and c.period.start < c.period.end and not c.cumulative)))
    assert verdicts[target.id].status == "contradicted", (target, verdicts[target.id])
    assert [f.severity for f in flags if f.rule in MISMATCH and target.id in f.claims] == \
        ["error"], flags


def test_a_drop_a_published_correction_explains_is_no_warning(tmp_path):
    """cumulative-decrease against an earlier article, with the dataset's -85 correction of
    special equipment on 2024-11-30 in between (claims built directly: no extraction)."""
    from factcheck.engine import Engine
    from factcheck.model import Claim, Document
    from factcheck.store import Store
    from factcheck.verdicts import judge

    book = load_rulebook(use_cache=False)
    if "cumulative-decrease" not in book.rules:
        pytest.skip("the prior pack is not in rules/ yet")
    store = Store.open(tmp_path / "s.sqlite")
    store.ingest_dataset(Path(__file__).resolve().parents[1] / "corpus" / "datasets" /
                         "ukraine-general-staff-losses")

    def total(cid: str, text: str, doc_text: str, value: float) -> Claim:
        start = doc_text.index(text)
        return Claim(id=cid, text=text, start=start, end=start + len(text), line=1,
                     column=start + 1, value=value, lower=value, upper=value,
                     measure="special_equipment", subject="russian_forces", cumulative=True)

    earlier = "Russia has lost 3,700 pieces of special equipment in total."
    store.ingest_document(Document(id="earlier", text=earlier, date=date(2024, 11, 28)),
                          [total("c1", "3,700", earlier, 3700)])
    engine = Engine(book)
    text = "Russia has lost 3,620 pieces of special equipment, and 3,600 by another count."
    doc = Document(id="draft", text=text, date=date(2024, 12, 2))
    claims = [total("c1", "3,620", text, 3620), total("c2", "3,600", text, 3600)]
    refs = store.references_for(doc, claims)
    flags, _ = judge(doc, claims, refs, engine.run(doc, claims, refs), book)
    drops = [f for f in flags if f.rule == "cumulative-decrease"]
    # 3,700 - 85 = 3,615: 3,620 is explained by the correction, 3,600 is not
    assert [f.claims for f in drops] == [("c2",)], drops
