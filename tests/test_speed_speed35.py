"""speed35: the mechanisms behind this session's cuts in extraction's regular-expression work
(``text.key_matches``) and the per-pattern cost count (``benchmarks/regex_costs.py``)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.extract import dates
from factcheck.extract.text import (ci_word_alternation, key_matches, lower_same_length,
                                    word_alternation)

ROOT = Path(__file__).resolve().parents[1]

_UNTIL = re.compile(r"(?i)\b(?:until|till)[ \u00a0]+(?P<t>\d{1,2}(?:am|pm)|noon)")

TEXTS = [
    "The warning runs until noon, and the road stays shut till 6pm.",
    "UNTIL NOON the gates are closed; Till 8pm they open again.",
    "Still open until noon until 3pm",          # "still" holds "til" too: no match there
    "The bridge is shut untilnoon and until  9am.",   # no space: no match; two spaces: one
    "Nothing here at all.",
    "",
    "until noon",                                # a match at offset 0
    "xuntil noon, until noon",                   # \b before "until": only the second
    "UNT\u0130L NOON: the dotted capital I reads as i",   # fallback: the plain scan
    "unt\u0131l noon, dotless i, and until 9am",
]


@pytest.mark.parametrize("text", TEXTS)
def test_key_matches_gives_what_finditer_gives(text):
    low = lower_same_length(text)
    want = [(m.span(), m.group("t")) for m in _UNTIL.finditer(text)]
    got = [(m.span(), m.group("t")) for m in key_matches(_UNTIL, text, low, ("until", "till"))]
    assert got == want


def test_key_matches_skips_a_start_inside_an_earlier_match():
    rx = re.compile(r"(?i)ab(?:ab)*")      # "abab" is one match; the "ab" inside it none
    text = "xxABABxab"
    low = lower_same_length(text)
    assert [m.span() for m in key_matches(rx, text, low, ("ab",))] == \
        [m.span() for m in rx.finditer(text)] == [(2, 6), (7, 9)]


def test_key_matches_takes_several_openings_in_text_order():
    rx = re.compile(r"\b(?:between now and|from now (?:until|to))\b")
    text = "from now to May; between now and June; from now until July; betweenness"
    got = [m.span() for m in key_matches(rx, text, text, ("between", "from"))]
    assert got == [m.span() for m in rx.finditer(text)] == [(0, 11), (17, 32), (39, 53)]


@pytest.mark.parametrize("text,want", [
    ("The museum is open until 9pm, with 200 extra tickets on sale.", ["until 9pm"]),
    ("The flood alert stays in place till noon, with 40mm of rain expected.", ["till noon"]),
    # past copy: which day, the words do not say
    ("The museum stayed open until 9pm, with 200 extra tickets sold.", []),
])
def test_until_a_time_alone_reads_as_before_the_key_search(text, want):
    # "until"/"till" a time of day with no day: publication's day (dates33), found through
    # key_matches now
    from datetime import date
    pub = date(2025, 3, 4)
    got = [d for d in dates.find_dates(text, pub) if d.text.startswith(("until", "till"))]
    assert [d.text for d in got] == want
    assert all((d.start_date, d.end_date, d.kind) == (pub, pub, "period") for d in got)


def test_regex_costs_counts_each_pattern_and_changes_no_result(tmp_path):
    script = ROOT / "benchmarks" / "regex_costs.py"
    code = (
        "import sys, re, json\n"
        f"sys.path.insert(0, {str(ROOT / 'benchmarks')!r})\n"
        "import regex_costs as rc\n"
        "rc.install()\n"
        "P = re.compile(r'(?i)\\bcat\\b')\n"
        "got = [m.span() for m in P.finditer('Cat and cat, concat')]\n"
        "assert isinstance(P, re.Pattern)\n"
        "assert re.search(P, 'a cat') is not None\n"
        "assert P.sub('dog', 'cat cat') == 'dog dog'\n"
        "c = P._cost\n"
        "print(json.dumps([got, c.calls, c.chars]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=tmp_path).stdout
    assert script.exists()
    assert out.strip() == "[[[0, 3], [8, 11]], 3, 31]"


_WORD_TEXTS = [
    "In the past 3 days since; in the last five years since",
    "xin the 5 days since, ACROSS THE 12 MONTHS SINCE, Over the 2 weeks since",
    "\u0130n the 4 days since; \u0131n the 4 days since",    # dotted capital and dotless i
    "a 5th of the vote, an 8th of them, A 3rd of, ba 5th of",
    "_in the 3 days since",              # "_" is a word character: no word start
    "",
]


@pytest.mark.parametrize("alternatives,rest", [
    (["in", "over", "during", "for", "across"],
     r"[ \u00a0]+the[ \u00a0]+(?:(?:past|last)[ \u00a0]+)?(\d{1,3}|five|twelve)[ \u00a0]+"
     r"(days|weeks|months|years)[ \u00a0]+since\b"),
    ([r"an?[ \u00a0]+(\d{1,3})(?:th|rd)[ \u00a0]+of\b"], ""),
    (["in", "inn", "over"], ""),         # two of one letter keep their order
])
@pytest.mark.parametrize("text", _WORD_TEXTS)
def test_ci_word_alternation_matches_as_the_plain_pattern(alternatives, rest, text):
    plain = re.compile(r"(?i)\b(?:" + "|".join(alternatives) + ")" + rest)
    fast = re.compile(ci_word_alternation(alternatives) + "(?i:" + rest + ")")
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_ci_word_alternation_opens_with_a_class_of_first_letters():
    # the engine's fast scan needs a case-sensitive class first; an alternative that opens
    # with no plain letter keeps the plain form
    assert ci_word_alternation(["over", "in"]).startswith("[oOiI")
    assert ci_word_alternation(["over", r"\d+"]) == r"\b(?i:over|\d+)"


@pytest.mark.parametrize("text", [
    "Shares rose in early trading and fell in late trading; in  early trading again",
    "xin early trading, in early tradingx, In Early Trading",
    "in the month, for the whole month, over the month of May, during the month",
])
def test_word_alternation_matches_as_the_plain_pattern(text):
    words = ["in[ \u00a0]+early[ \u00a0]+trading", "in[ \u00a0]+late[ \u00a0]+trading",
             "in", "for", "over", "during"]
    plain = re.compile(r"\b(?:" + "|".join(words) + r")\b")
    fast = re.compile(word_alternation(words) + r"\b")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
