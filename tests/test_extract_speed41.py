"""speed41: the extraction step's cheaper scans give what the plain ones gave.

Each rewritten pattern or gate is compared with the plain form it replaced (written out here)
on the everyday drafts, the phrasing cases and generated strings that hold the constructions,
their neighbours and the characters that match a letter only case-insensitively ("ſ", "ı",
"İ"): the same matches, spans and groups everywhere.
"""

from __future__ import annotations

import random
import re

import pytest

from factcheck.extract import dates, event_anniversaries, numbers, year_part_labels
from factcheck.extract.first_words import Alternatives
from factcheck.extract.text import words

_S = r"[ \u00a0]+"


def _texts(pieces: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) + rng.choice(["", " ", "\u00a0"])
                    for _ in range(rng.randrange(2, 12))) for _ in range(n)]


def _all(rx: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


def _same_everywhere(new: re.Pattern[str], old: re.Pattern[str], texts: list[str]) -> int:
    found = 0
    for t in texts:
        got = _all(new, t)
        assert got == _all(old, t), t
        found += bool(got)
    return found


def test_prefixed_cents_match_as_the_look_behind_before_them_all():
    old = re.compile(r"(?<![\w$.,])(US|U\.S\.|A|AU|NZ|C|CA|HK|S)(\d{1,3}(?:\.\d+)?)"
                     r"[ \u00a0]?cents?\b")
    rng = random.Random(1)
    before = ["", " ", "x", "$", ".", ",", "_", "\n", "(", "1", "é"]
    texts = [rng.choice(before) + rng.choice(before) +
             rng.choice(["US", "U.S.", "A", "AU", "NZ", "C", "CA", "HK", "S", "U", "USS", "AUU",
                         "N", "UK"]) + rng.choice(["10", "5.5", "1234", "7.", ""]) +
             rng.choice(["", " ", "\u00a0"]) + rng.choice(["cents", "cent", "centsx", "cent."])
             for _ in range(20000)]
    texts += _texts(["US", "A", "AU", "$", ".", "x", "10", "cents", "\n"], 5000, 1)
    assert _same_everywhere(numbers._PREFIXED_CENTS, old, texts) > 300
    assert [m.group(1) for m in numbers._PREFIXED_CENTS.finditer(
        "paid US10.0 cents, A15 cents and AU7 cents; not $A5 cents")] == ["US", "A", "AU"]


def test_first_n_days_match_as_the_case_insensitive_pattern():
    num = "|".join(sorted(event_anniversaries._NUM, key=len, reverse=True))
    old = re.compile(rf"(?i)\b(?:his|her|their|its|the){_S}(?:[a-z]+['’]s{_S})?first{_S}"
                     rf"(?P<n>\d{{1,3}}|{num}){_S}(?P<unit>days|weeks|months)\b")
    rng = random.Random(2)
    texts = [rng.choice(["", " ", "x", "_", "1", "\n"]) +
             rng.choice(["his", "Her", "THEIR", "its", "the", "The", "İts", "ıts", "hıs", "tHe"]) +
             rng.choice([" ", "\u00a0", "  "]) +
             rng.choice(["", "Trump's ", "party’s ", "Kſ's "]) +
             rng.choice(["first", "First", "firſt", "FIRST"]) + " " +
             rng.choice(["100", "two", "Twenty-five", "a"]) + " " +
             rng.choice(["days", "Weeks", "months", "dayS", "daysx"]) for _ in range(20000)]
    assert _same_everywhere(event_anniversaries._FIRST_N, old, texts) > 300


@pytest.mark.parametrize("name, old", [
    ("_ORD_YEAR", r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                  r"[ \u00a0]+year\b"),
    ("_TERM_SPLIT", r"\b(?:autumn|spring|summer)[ \u00a0]+(?:19|20)\d\d[/\-–]\d\d"),
    ("_SEASON_BEFORE", r"\bthe[ \u00a0]+(?:(?P<u>winter|summer|spring|autumn|season|campaign)"
                       r"[ \u00a0]+before|(?:previous|preceding|prior)[ \u00a0]+(?P<u2>winter|"
                       r"summer|spring|autumn|season|campaign))\b(?![ \u00a0]+(?:of|in|last|"
                       r"this)\b)"),
])
def test_word_led_date_scans_match_as_their_leading_word_boundary(name, old):
    texts = [t.lower() for t in _texts(
        ["first", "fifth", "tenth", "xfirst", "_third", "year", "years", "the", "xthe",
         "previous", "prior", "winter", "season", "before", "of", "autumn", "spring",
         "summer", "2023/24", "2023-24", "1999–00", "2023", "."], 30000, 3)]
    assert _same_everywhere(getattr(dates, name), re.compile(old), texts) > 20


def test_a_word_before_from_is_looked_for_only_where_the_pattern_can_end():
    texts = _texts(["From", "from", "ON", "on", "starting", "Starting", "effective",
                    "commencing", "ſtarting", "fröm", "_from", "2from", "then", "in", "the",
                    "\n", "with effect", "as", "taking effect", "coming into force",
                    "beginning", "x"], 4000, 4)
    found = 0
    for t in texts:
        for a in range(1, len(t) + 1):
            want = dates._ONWARD_BEFORE.search(t, max(0, a - 40), a)
            got = dates._onward_before(t, a)
            assert (got and (got.span(), got.groups())) == \
                (want and (want.span(), want.groups())), (t, a)
            found += got is not None
    assert found > 1000


def test_the_clock_stop_is_looked_for_just_before_a_full_stop():
    def plain(chunk: str) -> int:
        at = chunk.rfind(". ")
        while at >= 0 and dates._CLOCK_STOP.search(chunk, 0, at):
            at = chunk.rfind(". ", 0, at)
        return at
    texts = _texts(["a.m. ", "p.m. ", "A.M. ", "xa.m. ", "a.m\n. ", ". ", "x", "the", "\n"],
                   20000, 5)
    assert all(dates._last_stop(t[:k]) == plain(t[:k]) for t in texts
               for k in range(0, len(t) + 1, 3))


def test_a_text_naming_no_split_year_kind_holds_no_split_year():
    rng = random.Random(6)
    texts = [rng.choice(["the ", "The ", ""]) + rng.choice(["2024", "1999"]) +
             rng.choice([" to ", " TO ", "\u00a0to "]) + rng.choice(["2025", "2000"]) + " " +
             rng.choice(["tax", "TAX", "financial", "fıscal", "fiſcal", "academİc", "ſchool",
                         "School", "other"]) + rng.choice([" year", " Year"])
             for _ in range(5000)]
    held = 0
    for t in texts:
        if year_part_labels._YEAR_TO_YEAR.search(t) is not None:
            held += 1
            assert year_part_labels.may_name_split_kind(words(t).low), t
    assert held > 3000
    assert not year_part_labels.may_name_split_kind(words("from 2024 to 2025 the year").low)


def test_alternatives_a_word_may_open_are_tried_as_one_pattern():
    """The date grammar's starts: each word's set of alternatives is one compiled pattern,
    whose match is the whole pattern's."""
    rx = dates._grammar().rx
    alt = Alternatives.of(rx)
    assert alt is not None
    low = ("on the third of march, in the year to june 2024 and by next tuesday, "
           "three weeks ago, the second quarter of 2023, last year.")
    for m in re.finditer(r"(?<![a-z0-9])[a-z0-9]", low):
        got, want = alt.match(low, m.start()), rx.match(low, m.start())
        assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))
    assert alt.joined, "no set of alternatives was joined"
    assert all(len(p) == 1 for p in alt.by_run.values())


def test_a_names_opening_gap_is_read_as_the_pattern_reads_it():
    from factcheck.extract import _OPENING_GAP, _after_opening_gap
    texts = _texts([".", "!", "?", ":", "\n", " ", "\u00a0", "\t", "#", "*", ">", '"', "'", "‘",
                    "“", "(", "-", "x", "Ab", "ab", "12"], 20000, 7)
    opening = 0
    for t in texts:
        for s in range(len(t) + 1):
            want = _OPENING_GAP.search(t, max(0, s - 6), s) is not None
            assert _after_opening_gap(t, s) == want, (t, s)
            opening += want
    assert opening > 10000


def test_circa_is_looked_for_only_where_its_window_can_end_it():
    texts = _texts(["c", "c.", "C", ".", "\n", " ", "(", "x", "1", "c\n"], 20000, 8)
    for t in texts:
        for a in range(len(t) + 1):
            if numbers._CIRCA.search(t, max(0, a - 3), a) is not None:
                assert t[a - 1:a] in numbers._CIRCA_LAST, (t, a)
