"""Everyday copy, round 35 (issue 11): a percentage that is the rest of 100% after the shares
said before it ("leaving 10.7% who waited longer", "The remaining 11% waited longer", "while
the remaining 15%"). Sentences in our own words with the constructions of published copy (NHS
and Scottish A&E waits, a parliamentary answer, an election's shares); each is checked clean
(no flag) and with a planted error (flagged). Checks run the shipped consistency rules without
a store."""

from __future__ import annotations

from datetime import date

from factcheck.engine import Engine
from factcheck.model import Document
from factcheck.normalize import claims_for, normalize
from factcheck.rulebook import load_rulebook
from factcheck.verdicts import judge

_CHECK: list = []


def claims(text: str, day: date = date(2021, 5, 8)):
    return claims_for(Document(id="t", text=text, date=day, title="t"))


def find(cs, words):
    return next(c for c in cs if c.text == words)


def flags(text: str, day: str = "2021-05-08") -> list[tuple[str, str]]:
    if not _CHECK:
        book = load_rulebook()
        _CHECK.append((book, Engine(book)))
    book, engine = _CHECK[0]
    doc = Document(id="t", text=text + "\n", date=date.fromisoformat(day), title="t")
    cs, mentions = normalize(doc)     # the mentions go to the engine, as in ``check``
    found, _ = judge(doc, cs, [], engine.run(doc, cs, [], mentions=mentions), book)
    return [(f.rule, f.message) for f in found if f.severity in ("error", "warning")]


def rules(text: str) -> list[str]:
    return [r for r, _ in flags(text)]


WAITS = ("Only {a} of patients had been waiting up to 18 weeks, against a target of 92%, "
         "leaving {b} who had waited longer.")


def test_the_rest_after_a_share_is_read_as_its_complement():
    cs = claims(WAITS.format(a="66.5%", b="33.5%"))
    rest = find(cs, "33.5%")
    assert rest.extra_dict()["complement"]["of"] == (find(cs, "Only 66.5%").id,)


def test_a_rest_that_is_not_100_less_the_share_is_flagged_with_the_right_figure():
    assert rules(WAITS.format(a="66.5%", b="33.5%")) == []
    found = flags(WAITS.format(a="66.5%", b="23.5%"))
    assert [r for r, _ in found] == ["wrong-arithmetic"]
    assert "leaves 33.5%, not 23.5%" in found[0][1]


def test_the_rest_in_the_next_sentence():
    text = ("At 30 September, 89% of outpatients were seen within 30 minutes of their "
            "appointment. The remaining {b} waited longer.")
    assert rules(text.format(b="11%")) == []
    assert "wrong-arithmetic" in rules(text.format(b="21%"))


def test_the_rest_after_a_list_of_shares_is_100_less_their_sum():
    text = ("Of the 700 patients, 66% had waited less than three months and 19% between three "
            "and six months, while the remaining {b} had waited longer.")
    assert rules(text.format(b="15%")) == []
    assert "wrong-arithmetic" in rules(text.format(b="25%"))


def test_every_reading_is_kept_a_rest_of_shares_a_paragraph_before_is_no_error():
    # the rest of three parties' shares, two of them in the paragraph before: the reading of
    # the one share in its own sentence (98.9%) is not the only one
    text = ("The ruling party won 50.9% of the vote.\n\nThe opposition won 47.2%. A regional "
            "party took 1.1%, and smaller parties shared the remaining 0.8%.")
    assert rules(text) == []


def test_a_change_is_never_a_share_the_rest_is_of():
    # "up 5.6%" is a change, not a share of the whole: no reading leaves 10.7% wrong
    text = ("Attendances were up 5.6% on a year earlier. Some 89.3% were seen within four "
            "hours, leaving 10.7% who waited longer.")
    cs = claims(text)
    assert find(cs, "10.7%").extra_dict()["complement"]["of"] == (find(cs, "Some 89.3%").id,)
    assert rules(text) == []
