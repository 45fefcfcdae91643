"""Stage 2 of the pipeline: find mentions in a document's text, with exact offsets.

Public API (others code against it):

- ``sentences(text)``: sentence spans.
- ``find_dates(text, pub_date)``: dates and periods, resolved (``DateMention``).
- ``find_names(text)``: capitalised proper-noun sequences (``NameMention``).
- ``find_quantities(text)``: figures with units, qualifiers and ranges (``QuantityMention``).
- ``find_mentions(text, pub_date)``: all of the above for one text, as ``Mentions``.

Extraction reads vocabularies from ``rules/vocab`` (cached per process) and never imports pint:
units are pint strings from the vocabulary table. It must not decide what a figure means for
a rule (measure, subject, period of a claim): that is ``factcheck.normalize``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .fastinit import fast_init
from .dates import (DateMention, StatedAnniversary, StatedDate, StatedPeriod, date_order_for,
                    find_dates)
from .numbers import QuantityMention, find_quantities, with_qualifiers
from .text import (Section, Words, in_spans, masked_spans, paragraphs, quotes, sections,
                   sentences, words)
from .updates import Update
from .vocab import VocabError


@fast_init
@dataclass(frozen=True, slots=True)
class NameMention:
    """A capitalised proper-noun sequence ("Velyka Novosilka", "British Military Intelligence")."""

    start: int
    end: int
    text: str
    # one word that opens its sentence before a word in lower case ("Severe storms ..."):
    # capitalised as a sentence's first word, whatever it is
    opening: bool = False


# what may stand between a sentence's end (or a line's start) and its first word
_OPENING_GAP = re.compile(r"(?:^|[.!?:\n])[ \u00a0\t#*>\"'‘“(-]*$")
_LOWER_AFTER = re.compile(r"[ \u00a0]+[a-z]")
_GAP_CHARS = " \u00a0\t#*>\"'‘“(-"     # what the gap of ``_OPENING_GAP`` is made of


def _after_opening_gap(text: str, s: int) -> bool:
    """Whether ``_OPENING_GAP`` ends at ``s`` in the six characters before it, found without
    the search (which tries the pattern at each of them): the gap's characters stripped, what
    stands before them is a stop, a colon or a line break, or the text's start."""
    lo = max(0, s - 6)
    r = lo + len(text[lo:s].rstrip(_GAP_CHARS))
    return r == 0 or (r > lo and text[r - 1] in ".!?:\n")


# a capitalised word after its capital: "Kyiv", "Hartsfield-Jackson", "NATO"
# (an inner capital goes on the name: "TransPennine", "McDonald", "YouTube")
_AFTER_CAPITAL = r"(?:[a-zà-ÿ’'\-]*[a-zà-ÿ](?:[-’']?[A-Z][a-zà-ÿ]+)*|[A-Z]+(?![a-z]))"
# the pattern opens with the capital itself (and then looks behind it: no word character or
# apostrophe before it), so that the search for a match jumps from capital to capital at C speed
_NAME = re.compile(
    r"[A-Z](?<![\w’'].)" + _AFTER_CAPITAL +
    r"(?:[ \u00a0](?:(?:of|de|du|la|le|van|von|der|al|el|bin|da|di)[ \u00a0])?"
    r"[A-Z]" + _AFTER_CAPITAL + r")*")
_LEADING = frozenset("""
A An The In On At By Of For To From With About Over Under Around Nearly Almost Some Just Only
And Or But If As It Its This That These Those There Their They He She We I You Our His Her Meanwhile
However Despite Although While When Where Why How What Which Who Whose Recently Specifically
Overall Still Yet So Then Also Even Potentially Of Course Key Points Update After Before Since
Today Yesterday Tomorrow Last Next Many Most Several Each Every Both Such Here Now According
""".split())


# a hyphenated participle that makes a name an adjective ("BHP Billiton-run", "Kremlin-backed",
# "London-based"): not part of the name
_ADJECTIVE_SUFFIX = re.compile(r"-(?:run|owned|based|led|backed|controlled|funded|operated|"
                               r"listed|born|made|held|allied|linked|bound)$")


def find_names(text: str) -> list[NameMention]:
    """Capitalised proper-noun sequences, leading function words ("The", "In") dropped."""
    out: list[NameMention] = []
    for m in _NAME.finditer(text):
        s, e = m.span()
        g = m.group()
        s0, e0 = s, e
        if g.split(None, 1)[0].rstrip("’'s") in _LEADING:
            words = g.split()
            i = 0
            # drop leading function words
            while i < len(words) and words[i].rstrip("’'s") in _LEADING:
                s += len(words[i])
                while s < e and text[s] in " \u00a0":
                    s += 1
                i += 1
            if s >= e:
                continue
        if text.find("-", s, e) >= 0 and \
                (adj := _ADJECTIVE_SUFFIX.search(text, s, e)) is not None:
            e = adj.start()     # "the BHP Billiton-run mine": the name is "BHP Billiton"
        opening = text.find(" ", s, e) < 0 and _LOWER_AFTER.match(text, e) is not None and \
            _after_opening_gap(text, s)
        out.append(NameMention(s, e, g if s == s0 and e == e0 else text[s:e], opening))
    return out


@dataclass(frozen=True, slots=True)
class Mentions:
    """Everything the extractor found in one text."""

    text: str
    sentences: tuple[tuple[int, int], ...]
    paragraphs: tuple[tuple[int, int], ...]
    sections: tuple[Section, ...]
    quotes: tuple[tuple[int, int], ...]
    dates: tuple[DateMention, ...]
    quantities: tuple[QuantityMention, ...]
    words: Words | None = None
    # liveblog updates: (start, day) where each update begins, in text order; relative dates
    # from ``start`` on are the update's (extract.updates). Empty for an ordinary page.
    days: tuple[tuple[int, date | None], ...] = ()
    # capitalised names (``find_names``); ``normalize.mentions_of`` gives them in the spelling
    # names are compared in (``normalize.names``)
    names: tuple[NameMention, ...] = ()
    # set by ``normalize.mentions_of``: the liveblog updates, and the days and periods the
    # text states (``normalize.calendar``), which the date checks' facts are built from
    updates: tuple[Update, ...] = ()
    stated_dates: tuple[StatedDate, ...] = ()
    stated_periods: tuple[StatedPeriod, ...] = ()
    stated_anniversaries: tuple[StatedAnniversary, ...] = ()


def find_mentions(text: str, pub_date: date | None, *, has_title: bool = False,
                  date_order: str | None = None,
                  updates: tuple[tuple[int, int, date | None], ...] = ()) -> Mentions:
    """Run every finder over ``text``. Dates are found first and hide their digits from the
    figure finder ("17 December 2024" holds no figure, "the past 24 hours" is a period).

    ``date_order`` ("MDY"/"DMY", see ``date_order_for``) reads numeric dates valid both ways.
    ``updates`` are a liveblog's updates, (start, end, day): the dates in each are resolved
    against its day ("over the past day" in the update of 1 June is 31 May), those before the
    first against ``pub_date``."""
    ws = words(text)
    dates = dates_by_update(text, pub_date, updates, date_order) if updates else \
        find_dates(text, pub_date, ws, date_order)
    masked = masked_spans(text)
    if masked:
        # a date inside an HTML comment, a tag or a URL sets no period
        starts = [s for s, _ in masked]
        dates = [d for d in dates if not in_spans(masked, starts, d.start)]
    hidden = sorted([(d.start, d.end) for d in dates] + _one_day_spans(text, ws.low))
    qs = find_quantities(text, hidden, ws, masked)
    qs = with_qualifiers(text, qs)
    return Mentions(text=text, sentences=tuple(sentences(text)),
                    paragraphs=tuple(paragraphs(text)),
                    sections=tuple(sections(text, has_title=has_title)),
                    quotes=tuple(quotes(text)), dates=tuple(dates), quantities=tuple(qs),
                    words=ws, days=tuple((a, d) for a, _, d in updates),
                    names=tuple(find_names(text)))


# "in just one day", "over a single day": the length of the period a figure covers (the
# readings take it as the day's report, dates.yaml daily_markers), never a figure of its own;
# unlike "in 24 hours" it sets no period of its own ("on November 28, with 2,030 casualties in a
# single day" is the 28th)
_ONE_DAY = re.compile(r"\b(?:in|over|within|during)\s+(?:(?:just|only)\s+)?(?:one|a\s+single)"
                      r"\s+day\b", re.IGNORECASE)


# what every match holds, found first: scans that fail fast on most texts (the whole
# pattern, case-insensitive, costs three times as much where nothing matches); one pattern per
# word, each opening with its own letters, which the search finds at C speed (twice as fast as
# one pattern that opens with either)
_ONE_DAY_CORE = (re.compile(r"one\s+day\b"), re.compile(r"single\s+day\b"))
_ONE_DAY_LOW = re.compile(_ONE_DAY.pattern)


def _one_day_spans(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Spans of ``_ONE_DAY`` in ``text``; ``low`` is its lower case with the same offsets
    (``Words.low``) when the caller has it."""
    if low is None or len(low) != len(text):
        return [m.span() for m in _ONE_DAY.finditer(text)]
    if all(rx.search(low) is None for rx in _ONE_DAY_CORE):
        return []
    return [m.span() for m in _ONE_DAY_LOW.finditer(low)]


def dates_by_update(text: str, pub_date: date | None,
                    updates: tuple[tuple[int, int, date | None], ...],
                    date_order: str | None = None) -> list[DateMention]:
    """``find_dates`` of a liveblog: each update's dates resolved against its own day."""
    bounds = [(0, updates[0][0], pub_date)] + list(updates)
    out: list[DateMention] = []
    for a, b, day in bounds:
        if b > a:
            out += [replace(dm, start=dm.start + a, end=dm.end + a)
                    for dm in find_dates(text[a:b], day, order=date_order)]
    return out


__all__ = ["DateMention", "Mentions", "StatedAnniversary", "StatedDate", "StatedPeriod", "NameMention", "QuantityMention", "Section", "VocabError",
           "date_order_for", "dates_by_update", "find_dates", "find_mentions", "find_names",
           "find_quantities",
           "masked_spans",
           "paragraphs", "quotes", "sections", "sentences", "with_qualifiers", "Words", "words"]
