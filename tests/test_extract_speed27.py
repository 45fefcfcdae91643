"""speed27: the extractor's frozen mentions built by ``fastinit.fast_init`` (their slots set
through the descriptors) behave as the dataclass's own ``__init__`` made them, and the
literal-led scans (decimal-comma evidence, "from"/"starting"... before a day) find what the
one-pattern forms found."""

from __future__ import annotations

import dataclasses
import pickle
import re
from pathlib import Path

import pytest

from factcheck.extract import NameMention, dates, numbers
from factcheck.extract.dates import DateMention
from factcheck.extract.fastinit import fast_init
from factcheck.extract.text import Section

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("cls", [NameMention, DateMention, Section])
def test_fast_init_matches_the_dataclass_init(cls):
    plain = dataclasses.dataclass(frozen=True, slots=True)(
        type(cls.__name__, (), {"__annotations__": {f.name: f.type for f in
                                                     dataclasses.fields(cls)},
                                **{f.name: f.default for f in dataclasses.fields(cls)
                                   if f.default is not dataclasses.MISSING}}))
    assert cls.__init__.__code__ is not plain.__init__.__code__
    need = [f for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]
    args = [object() for _ in need]
    a, b = cls(*args), plain(*args)
    assert [getattr(a, f.name) for f in dataclasses.fields(cls)] == \
        [getattr(b, f.name) for f in dataclasses.fields(cls)]
    kw = {f.name: k for k, f in enumerate(dataclasses.fields(cls))}
    a, b = cls(**kw), plain(**kw)
    assert dataclasses.astuple(a) == dataclasses.astuple(b) == tuple(kw.values())
    assert a == cls(**kw) and hash(a) == hash(cls(**kw)) and pickle.loads(pickle.dumps(a)) == a
    assert dataclasses.replace(a, **{need[0].name: -1}) == cls(**{**kw, need[0].name: -1})
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(a, need[0].name, 5)
    with pytest.raises(TypeError):
        cls(*args, *range(len(kw)))       # too many arguments, as before
    with pytest.raises(TypeError):
        cls()


def test_fast_init_refuses_what_it_does_not_handle():
    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        x: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Factory:
        x: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True, slots=True)
    class Post:
        x: int

        def __post_init__(self):
            pass

    @dataclasses.dataclass(slots=True)
    class Mutable:
        x: int

    for cls in (NoSlots, Factory, Post, Mutable):
        with pytest.raises(TypeError):
            fast_init(cls)


_DOT_ONE = re.compile(
    r"\.(?=\d{3}(?:\.\d{3}|,\d))"
    r"|,(?=\d{1,2}(?!\d)[ \u00a0]?(?:%|km\b|kg\b|m\b|cm\b|°|€|Mio\b|Mrd\b|mln\b))")
_ONWARD_ONE = re.compile(r"(?:from|starting|effective|commencing|beginning|effect|force)"
                         r"(?<!\wfrom)(?<!\wstarting)(?<!\weffective)(?<!\wcommencing)"
                         r"(?<!\wbeginning)(?<!\weffect)(?<!\wforce)\b")


def _dot_one(text: str) -> bool:
    for m in _DOT_ONE.finditer(text):
        r = m.start()
        if r == 0 or not text[r - 1].isdigit():
            continue
        r -= 1
        while r > 0 and text[r - 1].isdigit():
            r -= 1
        if r == 0 or text[r - 1] not in ".,":
            return True
    return False


EDGES = ["1.600.000 troops", "1.600,5 km", "3,5 km", "12,5 %", "1.600 tanks", "a,5 km",
         ".600.000", "2.1.600.000", "x 3,50 km", "3,5km", "from Monday", "effective 1 May",
         "effectively", "wherefrom", "force", "forced", "the effect of", "beginnings", "",
         "starting from", "commencing", "1,5 m", "9,12 Mrd", "ineffective", "Effect"]


def test_split_scans_agree_with_the_one_pattern_forms():
    texts = EDGES + [p.read_text(encoding="utf-8") for p in
                     sorted((ROOT / "corpus").rglob("*.md"))]
    for t in texts:
        assert numbers.dot_locale(t) == _dot_one(t), t[:60]
        low = t.lower()
        assert dates._onward_any(low) == (_ONWARD_ONE.search(low) is not None), t[:60]
    assert any(numbers.dot_locale(t) for t in EDGES) and any(
        dates._onward_any(t.lower()) for t in EDGES)
