"""Normalization looks only where a match can be, so a long sentence of vague forms is read in
linear work (speed25; tests/test_scale.py times it with FACTCHECK_SLOW_TESTS=1):

- the noun of a change before a figure ("..., a drop of 1.6 points") is matched from the last
  comma before the figure, not searched for from the sentence's start;
- the asides and formulas before a figure ("the index, which leaves out housing costs, was";
  "RPI plus 1%") are read only where one opens (``lexicon._aside_marks``);
- "respectively" is looked for among its places in the text, not in a slice of the sentence.

The work is counted (calls and the characters each may scan), not timed.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for, lexicon, normalize, relations


class _Counting:
    """A compiled pattern that counts its calls and the characters each may scan."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern, self.calls, self.span = pattern, 0, 0

    def _count(self, s: str, pos: int, endpos: int | None) -> None:
        self.calls += 1
        self.span += (len(s) if endpos is None else endpos) - pos

    def match(self, s: str, pos: int = 0, endpos: int | None = None):
        self._count(s, pos, endpos)
        return self.pattern.match(s, pos, len(s) if endpos is None else endpos)

    def search(self, s: str, pos: int = 0, endpos: int | None = None):
        self._count(s, pos, endpos)
        return self.pattern.search(s, pos, len(s) if endpos is None else endpos)

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None):
        self._count(s, pos, endpos)
        return self.pattern.finditer(s, pos, len(s) if endpos is None else endpos)


def _work(monkeypatch, module, name: str, text: str) -> tuple[int, int]:
    counting = _Counting(getattr(module, name))
    monkeypatch.setattr(module, name, counting)
    normalize(Document(id="long", text=text, date=date(2024, 12, 17)))
    monkeypatch.setattr(module, name, counting.pattern)
    return counting.calls, counting.span


@pytest.mark.parametrize("module,name,unit", [
    # a change's noun before each figure ("..., a drop of 1.6 points") was searched for from
    # the sentence's start: the characters scanned grew with the square of the sentence
    (relations, "_NOUN_OF_CHANGE", "dozens of homes, "),
    # each figure tested every naming phrase before it in its sentence for a formula after it
    # ("RPI plus 1%"): the calls grew with the square of the sentence
    (lexicon, "_FORMULA", "hundreds of drones and a few days ago, "),
    (lexicon, "_REL_ASIDE", "hundreds of drones and a few days ago, ")])
def test_a_long_sentence_of_vague_forms_is_read_in_linear_work(monkeypatch, module, name, unit):
    small = _work(monkeypatch, module, name, unit * 200)
    large = _work(monkeypatch, module, name, unit * 400)
    assert large[0] <= 2.2 * small[0] + 2 and large[1] <= 2.2 * small[1] + 200, (small, large)


def test_asides_and_formulas_are_still_read_where_they_open():
    # the aside's noun is not the figure's; a formula's index names no figure
    assert lexicon._aside_marks("a (b c) d, which e, f plus 1%")[0] == [2, 9]
    got = claims_for(Document(id="a", date=date(2024, 1, 31), text=(
        "The consumer prices index, which leaves out housing costs, was 4.2% in December.")))
    assert [c.measure for c in got] == [
        claims_for(Document(id="b", date=date(2024, 1, 31), text=(
            "The consumer prices index was 4.2% in December.")))[0].measure]


def test_the_change_noun_is_matched_from_the_last_comma_before_the_figure():
    low = "in 2005, 20.9% smoked; by 2010 it was 19.3%, a drop of 1.6 points"
    at = low.index("1.6")
    comma = low.rfind(",", 0, at)
    assert relations._NOUN_OF_CHANGE.match(low, comma, at).group(1) == "drop"
    assert relations._NOUN_OF_CHANGE.search(low, 0, at).start() == comma


def test_respectively_is_found_after_the_figure_in_its_sentence():
    from factcheck.normalize.context import Context
    from factcheck.normalize import mentions_of

    doc = Document(id="r", date=date(2024, 1, 31), text=(
        "Scotland and Wales set records, with 570 and 598 hours respectively. "
        "England had 610 hours, a record too, it said respectively."))
    ctx = Context(doc, mentions_of(doc))
    assert ctx._respectively == [doc.text.index("respectively"),
                                 doc.text.rindex("respectively")]
    q = ctx.m.quantities
    first_end = doc.text.index(". ") + 1
    got = [ctx._respective_entity(x, 0, first_end, []) for x in q[:2]]
    assert got[0] != got[1] and None not in got
