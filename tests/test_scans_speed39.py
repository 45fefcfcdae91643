"""Whole-text scans searched by their opening (speed39, issue 12): ``text.ByOpening`` keeps of
an alternation only the alternatives whose opening string stands in the text, so that a text
with one kind of quote marks, with full stops and no "?" or "!", or with no markup at all is
searched for a literal (or not at all) instead of a class of characters at every position; the
glued-year test runs as two patterns that each open with a literal. Each must find exactly what
the whole pattern finds: the whole patterns are the reference here, on the bundled corpus,
edge cases that hold every opening, and texts that hold only some of them."""

from __future__ import annotations

import re

import pytest
from scan_support import corpus_texts

from factcheck.extract import dates, text as T
from factcheck.extract.numbers import QuantityMention, _replace

_EDGES = [
    'She said: "We will win." Then: “No,” he said. «Oui», dit-il. Really?! Yes!! No... ok.',
    'An open quote " never closed\n\nand a new paragraph " here "with a\nsoft break" end.',
    "“curly only” and “another” here.  Ellipsis... Then (a stop.) And “a stop.” Next one",
    "<!-- a --> <b>tag</b> `code` [a](http://x.y/z) www.example.com https://a.b/c hhh www",
    "no markup here, only h and w and < signs < 3 and a ](broken and `tick",
    "Dec2023, July-Sept2024, covid19, fy2024, x20245, 2020, a1899, b1999 and z2100.",
    "Why? Because! Yes. “Quoted?” he asked. 'Single,' she said. (Aside!) End",
    "",
    ".",
    "?!",
    "q1fy24 h2fy2025 c1.84% xq1fy24 ac1 (c3) 1.5 2/3 4-5 a.b ..5 .-/7 -/9",
]

TEXTS = corpus_texts(_EDGES)

# the whole patterns ByOpening splits (as text.py and dates.py wrote them before speed39)
_WHOLE_MASK = re.compile(
    r"""
      <!--.*?-->
    | <[A-Za-z/][^>\n]{0,200}>
    | `[^`\n]+`
    | \]\([^)\s]*\)
    | https?://[^\s<>()\[\]"”]+
    | www\.[^\s<>()\[\]"”]+
    """,
    re.X | re.S,
)
_WHOLE_QUOTE = re.compile(
    r"“[^“”]{1,4000}”|\"(?:[^\"\n]|\n(?![ \t]*\n)){1,2000}\"|«[^«»]{1,4000}»")


def _spans(rx: re.Pattern[str], t: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(t)]


@pytest.mark.parametrize("split,whole", [
    (lambda: T._STOPS, lambda: T._STOP),
    (lambda: T._QUOTES, lambda: _WHOLE_QUOTE),
    (lambda: T._MASKS, lambda: _WHOLE_MASK),
], ids=["stops", "quotes", "masks"])
def test_split_by_opening_finds_what_the_whole_pattern_finds(split, whole):
    new, old = split(), whole()
    found = 0
    for t in TEXTS:
        want = _spans(old, t)
        assert new.spans(t) == want, t[:80]
        found += len(want)
    assert found > 0


def test_only_the_openings_in_the_text_are_searched_for():
    q = T._QUOTES
    assert q.pattern("no quotes at all") is None
    assert q.spans("no quotes at all") == []
    one = q.pattern('a "straight" one')
    assert one is not None and one.pattern == q.alts[1][1]     # the straight quotes' alone
    assert q.pattern('and "another"') is one           # compiled once for that set
    both = q.pattern('a "straight" and a “curly” one')
    assert both is not None and both.pattern == q.alts[0][1] + "|" + q.alts[1][1]
    # a stop pattern for a text with full stops only opens with the literal full stop
    assert T._STOPS.pattern("One. Two.").pattern.startswith("\\.")
    assert T._MASKS.pattern("plain copy with h, w and no markup") is None


def test_alternatives_with_groups_are_refused():
    with pytest.raises(ValueError):
        T.ByOpening([("a", r"a(b)")])


def test_sentences_and_masks_as_before_on_copy_with_every_opening():
    text = ('He asked: "Is it over?" She said no! The U.S. team won 3-1. '
            "See <b>this</b> at https://example.org/x and `code`.\n\nNext paragraph.")
    # (the figures main's code gave before speed39)
    assert T.sentences(text) == [(0, 23), (24, 59), (60, 112), (114, 129)]
    assert T.quotes(text) == [(10, 23)]
    assert T.masked_spans(text) == [(64, 67), (71, 75), (79, 100), (105, 111)]


@pytest.mark.parametrize("t", TEXTS[:40] + _EDGES)
def test_the_glued_year_pair_answers_as_the_one_pattern(t):
    for s in (t, t.lower()):
        pair = any(rx.search(s) is not None for rx in dates._GLUED_YEARS)
        assert pair == (dates._GLUED_YEAR.search(s) is not None), s[:80]


def test_glued_years_found_and_not():
    for s in ("dec2023", "sept1999", "july-dec2023"):
        assert any(rx.search(s) for rx in dates._GLUED_YEARS), s
    for s in ("2023", " 1999", "x20245", "a1799", "covid19"):
        assert not any(rx.search(s) for rx in dates._GLUED_YEARS), s


def test_replace_copies_every_field_and_sets_those_named():
    q = QuantityMention(3, 9, "1,600", 1600.0, unit="", dim="", num_start=3, step=100.0,
                        rounded=True, lower=1500.0, upper=1700.0, is_range=True, spelled=False,
                        bare=True)
    r = _replace(q, qualifier="about", qkind="approx", start=0)
    assert r is not q and q.qualifier is None and q.start == 3
    want = {f: getattr(q, f) for f in q.__slots__}
    want.update(qualifier="about", qkind="approx", start=0)
    assert {f: getattr(r, f) for f in r.__slots__} == want
    assert _replace(q) == q


@pytest.mark.parametrize("t", TEXTS)
def test_separator_starts_and_rare_openings_as_the_one_pattern(t):
    from factcheck.extract import date_forms, shortlist
    for s in (t, t.lower()):
        assert date_forms._sep_digit_starts(s) == [
            m.start() for m in date_forms._SEP_DIGIT.finditer(s)], s[:80]
        assert shortlist._rare_opening_in(s) == (
            shortlist._RARE_OPENING.search(s) is not None), s[:80]


def test_rare_openings_found_and_not():
    from factcheck.extract import shortlist
    for s in ("c1.84%", "up c3 and", "q1fy24", "h2fy2025", "(q3", "qafy", "h1"):
        assert shortlist._rare_opening_in(s) and shortlist._RARE_OPENING.search(s), s
    for s in ("fy2024", "ac1", "xq1fy24", "cfy", "q fy", "covid19", "the", "fy"):
        assert not shortlist._rare_opening_in(s), s
        assert shortlist._RARE_OPENING.search(s) is None, s


# -- the corpus sets read on libyaml's parser: the same data as yaml.safe_load ----------------

def test_the_c_safe_loader_reads_the_corpus_sets_as_safe_load_does():
    import yaml
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "corpus"
    files = sorted((root / "phrasings").glob("*.yaml")) + sorted((root / "everyday").glob("*.yaml"))
    # a spread of them: every 60th file, the smallest and the largest (the pure-Python read of
    # all of them is what this speeds up)
    picked = set(files[::60]) | {min(files, key=lambda p: p.stat().st_size),
                                 max(files, key=lambda p: p.stat().st_size)}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for p in sorted(picked):
        text = p.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=loader) == yaml.safe_load(text), p.name
    # dates stay dates, and an unquoted "no" in a list is False, as safe_load reads them
    assert yaml.load("d: 2024-12-17\nw: [no, 'no']\n", Loader=loader) == \
        yaml.safe_load("d: 2024-12-17\nw: [no, 'no']\n")


# -- the tree-reading tests' modules parsed once a process (tests/outline_support.py) ----------

def test_an_outline_holds_what_the_tree_reading_tests_read(tmp_path):
    import ast
    from outline_support import outline
    src = ("import os\nfrom . import b\nA: int = 1\nB: int\nC = D = 2\n"
           "def f():\n    import json\n    def g():\n        return 1\n    return g\n"
           "class K:\n    def m(self):\n        from re import sub\n"
           "if True:\n    E = 3\n")
    path = tmp_path / "m.py"
    path.write_text(src)
    o = outline(path)
    tree = ast.parse(src)
    assert o.functions == tuple((n.name, n.lineno, n.end_lineno) for n in ast.walk(tree)
                                if isinstance(n, ast.FunctionDef))
    assert [ast.dump(n) for n in o.imports] == [
        ast.dump(n) for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    kinds = [type(n).__name__ for n in o.module.body]
    assert kinds == ["Import", "ImportFrom", "AnnAssign", "AnnAssign", "Assign", "FunctionDef",
                     "ClassDef", "Pass"]
    assert o.module.body[2].value is not None and o.module.body[3].value is None
    assert [t.id for t in o.module.body[4].targets] == ["C", "D"]
    assert outline(path) is o                       # the same text: parsed once
    path.write_text(src + "def h():\n    pass\n")
    assert "h" in [f[0] for f in outline(path).functions]   # a new text is read again


# -- the glued-currency scan runs only where a letter stands before a digit ---------------------

_GLUED = ["R50,000 and Sh50,000", "KSh2m", "AED3.3 billion", "USD5m and N9.2 billion", "Q3 results",
          "plain 50 text, 4pm and F-16", "x\u0665 (an Arabic-Indic five)", "R\u0665", "CO2 at 420ppm"]


@pytest.mark.parametrize("t", TEXTS + _GLUED)
def test_the_letter_digit_gate_lets_through_every_glued_digit(t):
    from factcheck.extract import numbers
    g = numbers.grammar()
    if g.glued_digit.search(t) is not None:
        assert numbers._letter_before_digit(g, t), t[:80]


def test_the_letter_digit_gate_turns_away_plain_ascii_copy():
    from factcheck.extract import numbers
    g = numbers.grammar()
    assert g.glued_ascii
    assert not numbers._letter_before_digit(g, "plain 50 text, 4pm and F-16 on 1 May")
    assert numbers._letter_before_digit(g, "Q3 results")            # a letter before a digit
    assert numbers._letter_before_digit(g, "R\u0665")               # not ASCII: scanned
    assert g.glued_digit.search("R\u0665") is not None
