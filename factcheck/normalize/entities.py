"""What an everyday figure is about when no vocabulary subject names it: entities in the text.

``subjects.yaml`` names the parties of one desk (the forces, the countries, the parties). A
results story, an outbreak update or an election count is about a company, a county, a
candidate, an airport: ``Entities`` finds them in the text itself and gives each figure the one
it is about, as a subject key the rules compare like any other subject:

- a proper-noun phrase (capitalised words, "of"/"de"/"and" inside, a leading "The" dropped),
  the head of a possessive chain ("North Carolina's Buncombe County" is Buncombe County,
  "Buncombe County's 30 deaths" too); not a word that opens a sentence and is used in lower
  case elsewhere, a number word, a month or weekday, nor a name inside an attribution;
- "the company", "the airport", "the county" (``rules/vocab/entities.yaml`` ``anaphors``): the
  entity the figures before it were about (``ANAPHOR``, resolved by ``Context``); "the winner", "the runner-up" (``roles``): that role;
- a short name that ends a longer one named before ("Norwood" after "Mary Norwood") is that one;
- a name that is a vocabulary subject alias is that subject.

For a figure the entity is: one named right after it ("211 cases in Gaines County", "46% for
William Thompson", "12 civilians in Kharkiv"); else the first named between the clause start
(or the figure before it in the sentence) and the figure; else the first one of its sentence; else the entity of an earlier
sentence (``Context.subject`` carries it). This module must not judge claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any

from ..extract import vocab

_DEFINITE = re.compile(r"\b(?:the|its|their)[ \u00a0]+$")
ANAPHOR = "\x00the"    # "the company": the entity the figures before it were about
_TOKEN = re.compile(r"[A-Za-z][\w’'.&-]*")
_CONNECT = frozenset({"of", "de", "du", "la", "le", "von", "van", "der", "&", "for", "on"})
# a name after these is where the figure came from or what it is compared with, not whom
_NOT_ABOUT = re.compile(r"\b(?:from|than|to|over|against|with|by|since|after|before)[ \u00a0]+"
                        r"(?:the[ \u00a0]+)?$")
# a leader a figure's period is set by, not its subject: "a fourth year of growth under chief
# executive Justin King", "under new manager Arne Slot"
# a conjunction opening another clause after the figure: the name after it is that clause's
# subject ("Property prices up 2.3% as Dublin slips": Dublin slips, the 2.3% is the country's)
_OTHER_CLAUSE = re.compile(r"\b(?:as|while|whereas|although|though|but)[ \u00a0]+(?:the[ \u00a0]+)?$")
# the complement of a place named before it, in the figure's clause: "and those outside the
# capital up 4.5%", "prices outside Dublin", "the rest of the country 9.6%", "elsewhere" (not
# a distance: "8 km outside the city")
_COMPLEMENT = re.compile(r"(?<![\d.] )(?<![\d.] km )(?<!miles )\boutside[ \u00a0]+(?:of[ \u00a0]+)?"
                         r"(?:the[ \u00a0]+)?(?!the\b)([a-z][\w’'-]*)|\bthe[ \u00a0]+rest[ \u00a0]+of"
                         r"[ \u00a0]+(?:the[ \u00a0]+)?(?!the\b)([a-z][\w’'-]*)|\belsewhere\b")
_UNDER_LEADER = re.compile(r"\bunder[ \u00a0]+(?:(?:the|its|their|new|former|chief|executive|"
                           r"boss|chairman|chairwoman|chair|manager|coach|head|leader|"
                           r"president|director|ceo|mayor|governor)[ \u00a0]+)*$")
# a name that is the object of a relative clause right before it ("the earthquake that struck
# Morocco's Al Haouz province"): what the clause's head did, not whom the figure is of
_RELATIVE_OBJECT = re.compile(r"\b(?:that|which)[ \u00a0]+(?:struck|hit|battered|swept[ \u00a0]+"
                              r"(?:through|across)|ripped[ \u00a0]+through|rocked|shook|devastated|"
                              r"flooded|tore[ \u00a0]+through|ravaged|engulfed)[ \u00a0]+"
                              r"(?:the[ \u00a0]+)?(?:[A-Z\w’'.-]+[’']s[ \u00a0]+)?$")
# a name after these is the side beaten, never the one whose result the figure is
_BEATEN_BEFORE = re.compile(r"\b(?:beating|defeating|thrashing|edging|overcoming)[ \u00a0]+"
                            r"(?:the[ \u00a0]+)?$")
_LEAD = _CONNECT | {"the", "a", "an"}
# the generic last word of a place's or body's name: its first word alone names it too
_PLACE_HEADS = frozenset({"county", "city", "state", "province", "region", "district", "airport",
                          "council", "borough", "township", "parish", "international",
                          "hospital", "university", "station", "port"})
_POSS = re.compile(r"[’']s?$")
# the last word of a company's full name that its short name leaves out
_CORPORATE = frozenset({"group", "plc", "inc", "corp", "corporation", "holdings", "ltd", "sa",
                        "ag", "nv", "co"})
# the last word of an event's full name that its short name leaves out ("Sziget" for the
# Sziget Festival, "Notting Hill" for the Notting Hill Carnival)
_EVENT_HEADS = frozenset({"festival", "carnival", "fair", "marathon", "expo"})
_IN_NUMBER = re.compile(r"\d[,.]\d")
# a name used as the place of an event: "in Kosovo vote", "in the Punjab election"
_EVENT_AFTER = re.compile(r"[’']?s?[ \u00a0]+(?:(?:council|local|general|mayoral|presidential|"
                          r"parliamentary|state|municipal|regional|assembly|european)[ \u00a0]+)?"
                          r"(?:vote|votes|election|elections|poll|polls|race|"
                          r"ballot|contest|referendum|primary|primaries|by-election|count)\b")
_GLOSS = re.compile(r"(?:up|down|a rise of|a fall of|or|about|some)?[ \u00a0]*")
# a sentence's opening frame: "Within England," "In Scotland," (the name right after it)
_FRAME = re.compile(r"[\W]*(?:in|within|across|inside|outside|throughout|among)[ \u00a0]+"
                    r"(?:the[ \u00a0]+)?")
_FRAME_END = re.compile(r"[ \u00a0]*,")
# a clause opened by a contrast and a subject of its own in lower case: "while the three
# parties of the left hold 55", "whereas the other carriers flew ..."
_OWN_SUBJECT_CLAUSE = re.compile(r"[ \u00a0]*(?:while|whereas)[ \u00a0]+(?:the|other|all)[ \u00a0]+"
                                 r"[a-z]")
_WHICH = re.compile(r"[ \u00a0]*(?:which|who|where)\b")
_CLAUSE = re.compile(r"[,;:()\u2014\u2013]|\s-\s")
_NUMBER_SIGN = re.compile(r"No\.[ \u00a0]?\d")
# an apposition after a sentence's opening name: "the carmaker", "a charity", "its parent",
# "Travis Scott's fourth album" (no list of names: "Utopia, Astroworld and Rodeo")
_APPOSED = re.compile(r"[ \u00a0]+(?:(?:the|a|an|its|their)[ \u00a0]|[A-Z][\w.&-]*(?:[ \u00a0]+"
                      r"[A-Z][\w.&-]*)*[’']s[ \u00a0])[^,;:()\d]*$")
# the first word of the predicate after the apposition (a verb, in lower case)
_PREDICATE = re.compile(r"[ \u00a0]+([a-z]+)\b")
_NOT_PREDICATE = frozenset({"and", "or", "but", "while", "whereas", "which", "who", "whose",
                            "where", "when", "as", "with", "including", "according", "said",
                            "says", "the", "a", "an", "its", "their", "in", "on", "at", "of",
                            "for", "from", "to", "by", "up", "down", "not", "than", "after"})
_AFTER = re.compile(
    r"[ \u00a0]*(?:[a-z][a-z-]*[ \u00a0]+){0,2}?(?:in|at|for|inside|"
    # the event or place a count is of, named after it by its cause: "the 774 deaths caused
    # by the SARS outbreak", "12,000 homes hit by flooding in Sichuan" (not "killed by",
    # whose name is who did it, never whom it was done to)
    r"(?:caused|hit|struck|affected|damaged|destroyed|flooded|triggered|sparked)[ \u00a0]+by"
    r"(?:[ \u00a0]+(?:[a-z][a-z-]*[ \u00a0]+){0,2}?in)?|linked[ \u00a0]+to|"
    r"attributed[ \u00a0]+to)[ \u00a0]+(?:the[ \u00a0]+)?(?=[A-Z])")


@lru_cache(maxsize=1)
def _not_subjects() -> frozenset[str]:
    """Names of markets and forecasters (entities.yaml ``not_subjects``): no figure's subject."""
    data = vocab.load("entities.yaml")
    return frozenset(str(w).lower() for w in data.get("not_subjects", []) or [])


@lru_cache(maxsize=1)
def _owner_re() -> re.Pattern[str]:
    """entities.yaml ``owner_anaphors`` after "the": "the group", "the company"."""
    words = vocab.load("entities.yaml").get("owner_anaphors", []) or []
    return re.compile(r"\bthe[ \u00a0]+(?:" + "|".join(re.escape(str(w).lower()) for w in words)
                      + r")\b")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = vocab.load("entities.yaml")
    return (frozenset(str(w).lower() for w in data.get("anaphors", []) or []),
            frozenset(str(w).lower() for w in data.get("not_names", []) or []),
            frozenset(str(w).lower() for w in data.get("roles", []) or []))


@lru_cache(maxsize=1)
def _compass() -> frozenset[str]:
    """Words that open a place's name and make it another place ("West Texas" is not Texas,
    "South Korea" not Korea): kept at the start of a longer name, never a name alone."""
    return frozenset(str(w).lower() for w in vocab.load("entities.yaml").get("compass", []) or [])


@lru_cache(maxsize=1)
def _modifier_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in
                     vocab.load("entities.yaml").get("modifier_heads", []) or [])


@lru_cache(maxsize=1)
def _common_endings() -> tuple[frozenset[str], tuple[str, ...]]:
    """(plural verbs, endings) of entities.yaml ``common_plurals``: "Robberies were ..."."""
    data = vocab.load("entities.yaml").get("common_plurals", {}) or {}
    return (frozenset(str(w).lower() for w in data.get("verbs", []) or []),
            tuple(str(w).lower() for w in data.get("endings", []) or []))


def _no_name(word: str, not_names: frozenset[str], common: frozenset[str], at_start: bool,
             nxt: re.Match[str] | None) -> bool:
    """Whether a capitalised word alone is no name: a word of ``not_names``, a single letter
    ("A* to E"), or, opening a sentence, a word the document writes in lower case, an adverb,
    a period word, a plural common noun with a plural verb ("Robberies were up 22%") or a
    modifier ("Health officials said")."""
    low = word.lower()
    if low in not_names or len(word) == 1:
        return True
    if "-" in low and all(p in _MONTH_NAMES for p in low.split("-")):
        return True     # "the January-March quarter": a span of months, anywhere
    if not at_start:
        return False
    verbs, endings = _common_endings()
    return low in common or (_number_variant(low, common) and (
        nxt is None or nxt.group(1) in _NOT_PREDICATE or nxt.group(1) in _common_endings()[0]
        or nxt.group(1) in _move_verbs())) or low.endswith("ly") or \
        _period_word(word) or (
            nxt is not None and (nxt.group(1) in _modifier_heads() or
                                 (low.endswith(endings) and nxt.group(1) in verbs)))


def _no_entity(words: list[str], lists: tuple[frozenset[str], frozenset[str], frozenset[str]],
               at_start: bool, nxt: re.Match[str] | None, text: str, starts: set[int]) -> bool:
    """Whether a run of capitalised words names no entity: one word that is no name
    (``_no_name``) or a plural common noun by its grammar (``_plural_with_verb``); or a
    class's label, a word and one capital letter ("Band D", "Grade A", "Group B").
    ``lists``: entities.yaml not_names, the document's lower-case words, compass words."""
    not_names, common, compass = lists
    if len(words) == 1:
        return _no_name(words[0], not_names, common, at_start, nxt) or \
            (at_start and _plural_with_verb(words[0], nxt, text, starts))
    return len(words) == 2 and len(words[1]) == 1 and words[1].isupper() and \
        words[0].lower() not in compass


def _number_variant(low: str, common: frozenset[str]) -> bool:
    """Whether the document writes the word's other number in lower case: "Councils in county
    areas" where the text says "the council" (a common noun in either number opens the
    sentence, no name; ``_no_name`` asks it only before a function word or a verb, not
    before a noun it modifies: "Car occupant deaths" keeps its own subject)."""
    if low.endswith("ies") and low[:-3] + "y" in common:
        return True
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1] in common or (low.endswith("es") and low[:-2] in common)
    return low + "s" in common or low + "es" in common or \
        (low.endswith("y") and low[:-1] + "ies" in common)


def _plural_with_verb(word: str, nxt: re.Match[str] | None, text: str,
                      starts: set[int]) -> bool:
    """Whether a capitalised word opening a sentence or headline is a plural common noun by
    its grammar: a plural form followed by a bare present verb of a move (entities.yaml
    ``common_plurals.move_verbs``: "Shares jump 9%", "Prices slump again"), where
    a name in the singular takes the verb's -s form ("Tesco jumps"); and never written with
    its capital inside a sentence of the body (a team's plural name, "Wolves climb to
    seventh", is named there too)."""
    low = word.lower()
    if nxt is None or not low.endswith("s") or low.endswith(("ss", "us", "is")) or \
            nxt.group(1) not in _move_verbs():
        return False
    return not _named_mid_sentence(text, word, starts)


@lru_cache(maxsize=1)
def _move_verbs() -> frozenset[str]:
    """entities.yaml ``common_plurals.move_verbs``: bare verbs of a move ("jump", "slump")."""
    data = vocab.load("entities.yaml").get("common_plurals", {}) or {}
    return frozenset(str(w).lower() for w in data.get("move_verbs", []) or [])


_OF_NAME = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
_NEXT_LOWER = re.compile(r"[ \u00a0]+([a-z]+)\b")


def _name_key(words: list[str]) -> str:
    """A name's key, its short form read as the name it stands for ("US": "united states")."""
    key = _key(words)
    return _name_aliases().get(key, key)


def written_alias(text: str, at: int) -> str | None:
    """The name a short name written in capitals at ``at`` and followed by a space stands for
    ("US unemployment": "united states", "UK", "U.S."): entities.yaml ``name_aliases``, the
    one list of them, read only as a written name (the pronoun "us", "Us" opening a
    sentence, is none)."""
    end = text.find(" ", at)
    word = text[at:end] if end > at else ""
    return _name_aliases().get(_key([word])) if word.isupper() else None


@lru_cache(maxsize=1)
def _name_aliases() -> dict[str, str]:
    """Capitalised short names of a body another name in the text may give ("US" and "the
    United States"): entities.yaml ``name_aliases``, matched only as a written name (the
    pronoun "us" is none)."""
    data = vocab.load("entities.yaml")
    return {str(k).lower(): str(v).lower() for k, v in (data.get("name_aliases") or {}).items()}


@lru_cache(maxsize=1)
def _vocab_scopes() -> dict[str, str]:
    data = vocab.load("entities.yaml")
    return {str(k).lower(): str(v) for k, v in (data.get("scopes") or {}).items()}


@lru_cache(maxsize=1)
def _SCOPE_RE() -> re.Pattern[str]:
    words = sorted(_vocab_scopes(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def _possessive(w: str) -> bool:
    """Whether a word ends as a possessive ("Atlanta's", "Jones’", "Texas'"): ``_POSS``
    without a regular expression, for the word loop."""
    last = w[-1:]
    return last in ("'", "’") or (last == "s" and w[-2:-1] in ("'", "’"))


def _camel(w: str) -> bool:
    """A name written in lower case first and capitalised inside ("easyJet", "eBay"): a
    name wherever it stands, the first word of a sentence too."""
    # (an all-lower-case word, most of them, has no capital: str.islower answers that
    # without the generator over its letters)
    return w[:1].islower() and not w.islower() and any(ch.isupper() for ch in w[1:])


def _key(words: list[str]) -> str:
    return " ".join(w.lower().replace("’", "'") for w in words)


# the last part of a hyphenated word that makes it a span of time: "Fourth-quarter revenue",
# "Full-year profit", "Year-end sales" open a sentence with a period, not a name
_PERIOD_PARTS = frozenset({"quarter", "half", "year", "month", "week", "day", "end", "season",
                           "term", "time"})


# months, whose hyphenated pairs name a span of time ("the January-March quarter"), no name
_MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december"})


def _period_word(word: str) -> bool:
    parts = word.lower().split("-")
    return len(parts) > 1 and parts[-1] in _PERIOD_PARTS


class Entities:
    """The entities of one document, found once, and the entity of each figure."""

    def __init__(self, text: str, low: str, sentences: list[tuple[int, int]],
                 masked: list[tuple[int, int]], common: frozenset[str],
                 measure_words: frozenset[str] = frozenset(),
                 measure_names: frozenset[str] = frozenset(), head_end: int = 0) -> None:
        anaphors, not_names, roles = _vocab()
        compass = _compass()
        self.text = text
        self.low = low
        # (start, end, key) of each name, in order; anaphors resolved to the name before them
        self.spans: list[tuple[int, int, str]] = []
        known: dict[str, str] = {}       # last word of a long name -> its key
        starts = {s for s, _ in sentences}
        ms = sorted(masked)
        mstarts = [a for a, _ in ms]

        def masked_at(pos: int) -> bool:
            i = bisect_left(mstarts, pos + 1) - 1
            return i >= 0 and ms[i][0] <= pos < ms[i][1]

        run: list[tuple[int, int, str]] = []
        named_mid: dict[str, bool] = {}

        def flush() -> None:
            while run and run[-1][2].lower() in _CONNECT:
                run.pop()
            the = False
            while run and (run[0][2].lower() in _LEAD or
                           (len(run) > 1 and run[0][2].lower() in not_names and
                            run[0][2].lower() not in compass and not the)):
                # (a word that names no entity alone opens a name after "the": "The August
                # Complex", "The Police Federation")
                the = run.pop(0)[2].lower() == "the"
            if not run:
                return
            words = [w for _, _, w in run]
            named = len(words) == 1 and _common_word_named(
                _POSS.sub("", words[0]), text, starts, (measure_words, measure_names, not_names),
                named_mid)
            if not named and all(_POSS.sub("", w).lower() in measure_words for w in words):
                run.clear()     # "CPI", "Bank Rate": the words of a measure, no entity
                return
            first_at_start = _sentence_start(text, run[0][0], starts)
            nxt = _NEXT_LOWER.match(text, run[-1][1]) if first_at_start else None
            if not named and _no_entity(words, (not_names, common, compass), first_at_start,
                                        nxt, text, starts):
                run.clear()
                return
            words = [_POSS.sub("", w) if i == len(words) - 1 else w
                     for i, w in enumerate(words)]
            if " ".join(words).lower() in _not_subjects():
                run.clear()     # "Wall Street's forecast": a market, no subject
                return
            key = _name_key(words)
            if len(words) == 1 and key in known:
                key = known[key]
            elif len(words) > 1 and words[0].lower() not in compass:
                # ("Texas" after "West Texas" is Texas: the region is inside it, not it)
                known[words[-1].lower()] = key
                if words[-1].lower() in _PLACE_HEADS:
                    known.setdefault(words[0].lower(), key)   # "Rockland" for Rockland County
                if len(words) > 2 and words[-2].lower() in ("de", "van", "von", "der"):
                    known[_key(words[-2:])] = key
            self.spans.append((run[0][0], run[-1][1], key))
            run.clear()

        prev_end = -1
        for m in _TOKEN.finditer(text):
            s = m.start()
            if not run and not text[s].isupper() and (s < 4 or low[s - 4:s] != "the ") and \
                    not _camel(m.group()):
                # a lower-case word outside a name and after no "the" (most words): nothing
                # to do (its end, prev_end, is read only to join a word to a run)
                continue
            w = m.group().rstrip(".")
            e = s + len(w)
            if w == "No" and _NUMBER_SIGN.match(text, s):
                continue    # "debuted at No. 1": the number sign, no name (nor a word of one)
            # (only a run can be joined: the gap and the possessive are looked at for one)
            joined = bool(run) and (text[prev_end:s] if prev_end >= 0 else " ") in \
                (" ", "\u00a0") and not _possessive(run[-1][2])
            if (w[:1].isupper() or _camel(w)) and not masked_at(s):
                if not joined:
                    flush()
                run.append((s, e, w))
                if _possessive(w):
                    flush()     # "Atlanta's Hartsfield-Jackson Airport": the possessor ends
            elif joined and w.lower() in _CONNECT:
                run.append((s, e, w))
            else:
                if run:
                    flush()
                if s >= 4 and low[s - 4:s] == "the ":
                    self._after_the(s, e, _POSS.sub("", w.lower()), anaphors, roles)
            prev_end = e
        flush()
        self.spans = _read_alike(_joined_names(self.spans, text, low), text, head_end)
        self._starts = [s for s, _, _ in self.spans]
        self._long: list[tuple[int, int]] | None = None

    def _after_the(self, s: int, e: int, low_w: str, anaphors: frozenset[str],
                   roles: frozenset[str]) -> None:
        """A lower-case word after "the" at [s, e): an anaphor ("the company") or a role
        ("the winner") as a span of its own."""
        if low_w in anaphors and not _OF_NAME.match(self.text, e):
            # resolved per figure: the entity the figures before were about ("the state of
            # Minas Gerais" is Minas Gerais, named next); but "the group" after
            # "International Airlines Group" is that name
            own = next((k for _, _, k in reversed(self.spans)
                        if k != ANAPHOR and k.rsplit(" ", 1)[-1] == low_w and " " in k), None)
            self.spans.append((s - 4, e, own or ANAPHOR))
        elif low_w in roles:
            self.spans.append((s - 4, e, low_w))

    def owner_of(self, key: str, low: str, ss: int, pos: int) -> str:
        """The entity an owner's anaphor right before ``pos`` in the sentence from ``ss`` ("the
        group retailed 52,814 cars") stands for when the figures before were about ``key``:
        the latest longer name given before ``key`` first was whose words hold all of its (the
        parent, "jaguar land rover", after its brand "jaguar"), else ``key`` (entities.yaml
        ``owner_anaphors``)."""
        m = None
        for m in _owner_re().finditer(low, ss, pos):
            pass
        if m is None:
            return key
        words = set(key.split())
        # (named before the brand itself first was: "Aer Lingus ... Including Aer Lingus
        # Regional, the group" is no parent of Aer Lingus)
        first = next((s for s, _, k in self.spans if k == key), pos)
        return next((k for s, _, k in reversed(self.spans) if s < first and k != ANAPHOR and
                     words < set(k.split())), key)

    def around_aliases(self, aliases: frozenset[str] | set[str]) -> list[tuple[int, int]]:
        """The spans of names of two words or more that are no vocabulary alias themselves
        ("Ostra Motors UK", "British Airways"): an alias inside one is a word of the name, not
        whom a figure is about. Found once per document."""
        if self._long is None:
            # (a joint name, "the US and Britain", is two names the vocabulary may know)
            self._long = [(a, b) for a, b, k in self.spans
                          if k != ANAPHOR and " " in k and k not in aliases and
                          not _joint(self.text, a, b)]
        return self._long

    def between(self, a: int, b: int, exclude: list[tuple[int, int]]) -> list[tuple[int, str]]:
        """(start, key) of the entities inside [a, b), attributions left out."""
        i = bisect_left(self._starts, a)
        out = []
        while i < len(self.spans) and self.spans[i][0] < b:
            s, e, k = self.spans[i]
            if e <= b and not any(x <= s < y for x, y in exclude):
                # a possessive chain's head wins: "Atlanta's Hartsfield-Jackson Airport"
                if out and self.text[out[-1][2]:s].strip() == "" and \
                        _POSS.search(self.text[out[-1][0]:out[-1][2]].rstrip()):
                    out.pop()
                out.append((s, k, e))
            i += 1
        return [(s, k) for s, k, _ in out]

    def after(self, pos: int, se: int) -> str | None:
        """An entity right after a figure: "211 cases are in Gaines County"."""
        m = _AFTER.match(self.text, pos, se)
        if m is None:
            return None
        i = bisect_left(self._starts, m.end())
        if i < len(self.spans) and self.spans[i][0] == m.end() and \
                not _EVENT_AFTER.match(self.low, self.spans[i][1]):
            # (not a name that only says where a vote was: "wins 65 seats in Kosovo vote")
            return self.spans[i][2]
        return None

    def for_figure(self, ss: int, se: int, qs: int, qe: int, prev_end: int,
                   exclude: list[tuple[int, int]]) -> str | None:
        # a figure's entity is named within WINDOW characters of it: looking no further keeps
        # a long run-on sentence of figures linear
        ss, se = max(ss, qs - WINDOW), min(se, qe + WINDOW)
        clause = ss
        for m in _CLAUSE.finditer(self.text, ss, qs):
            if not _IN_NUMBER.match(self.text, m.start() - 1):
                clause = m.end()    # (not the comma of "18,800")
        lo = max(clause, prev_end, ss)
        if clause > ss and self._after_apposition(ss, clause):
            # "Utopia, Travis Scott's first album in five years, debuted at No. 1 on the
            # Billboard 200 with 496,000 units": the predicate after an apposition is the
            # opening name's, not the chart's it names on the way (nor the apposition's)
            clause = lo = ss
        # a name tied to the figure's own words wins: "12 civilians in Kharkiv" (not the
        # "Russian" strikes that killed them), "46% for William Thompson"
        got_after = self.after(qe, se)
        if got_after is not None:
            return got_after
        if self.text[clause - 1:clause] == "(" and _GLOSS.fullmatch(self.low, clause, qs):
            # "£780 in Wales (8.4%)": a bracketed figure glosses the words before the bracket
            got = self.between(max(self._clause_start(ss, clause - 1), prev_end), clause - 1,
                               exclude)
            if got:
                return got[-1][1]
        if (other := self._complement(lo, qs)) is not None:
            return other
        got = self._not_beaten(self.between(lo, qs, exclude))
        if got:
            return got[0][1]
        if clause > ss and _WHICH.match(self.low, clause):
            # "..., most of them in the Camp Fire, which killed 88 people": a relative
            # clause's figure is of the name it follows
            i = bisect_left(self._starts, clause) - 1
            if i >= 0 and self.spans[i][2] != ANAPHOR and \
                    not self.text[self.spans[i][1]:clause - 1].strip() and \
                    not any(x <= self.spans[i][0] < y for x, y in exclude):
                return self.spans[i][2]
        # a name earlier in its own clause, before a figure of that clause: "Heathrow carried
        # 4.7 million, and Gatwick rose 10% to 1.8 million" (the 1.8 million is Gatwick's)
        got = self._not_beaten(self.between(clause, qs, exclude)) if clause > ss else None
        if got:
            return got[0][1]
        if clause > ss and _OWN_SUBJECT_CLAUSE.match(self.low, clause, qs):
            return None     # "..., while the three parties of the left hold 55": its own
            # subject, which names nobody, not the name of the clause before
        got = self._not_beaten(self.between(ss, qs, exclude))
        if len(got) > 1 and _FRAME.fullmatch(self.low, ss, got[0][0]) and \
                _FRAME_END.match(self.text, self._end_of(got[0][0])):
            got = got[1:]   # "Within England, rents rose fastest in London, by 11.0%": the
            # place an opening frame names is the scope of the names after it, not their subject
        if got:
            ranked = _ranked(self.low, got, ss)
            if ranked is not None:
                return ranked
            return got[0][1]    # (ANAPHOR for "the company": Context resolves it)
        if _DEFINITE.search(self.low, max(ss, qs - 6), qs):
            return None   # "The 2,800 job losses would be the biggest in the UK": a restatement
        # none before it: one later in its clause ("20,000 people were staying in 157
        # shelters in North Carolina")
        m = _CLAUSE.search(self.text, qe, se)
        for s, k in self.between(qe, m.start() if m else se, exclude):
            if _OTHER_CLAUSE.search(self.low, max(qe, s - 14), s):
                break
            if k != ANAPHOR and not _NOT_ABOUT.search(self.low, max(qe, s - 12), s) and \
                    not _UNDER_LEADER.search(self.low, max(qe, s - 40), s):
                return k
        # a scope instead of a name: "Nationally there are 314 cases", "worldwide" (not a
        # name written with its capital inside the sentence: "Nationwide said", the lender)
        for sm in _SCOPE_RE().finditer(self.low, ss, se):
            if self.text[sm.start()].isupper() and self.text[ss:sm.start()].strip(" \"“‘'#"):
                continue
            return _vocab_scopes()[sm.group(0)]
        # last, the speaker: "Volkswagen said revenue was €78.5 billion" (a body, not a person
        # its title names: "Chief executive Carolyn McCall said sales of £4.53 billion")
        got = [k for s, k in self._not_beaten(self.between(ss, qs, [])) if k != ANAPHOR and
               not _TITLE_BEFORE.search(self.low, max(0, s - 30), s)]
        return got[0] if got else None

    def _complement(self, lo: int, qs: int) -> str | None:
        """The rest of a place, when the figure's clause names it as such ("those outside the
        capital up 4.5%", "the rest of the country 9.6%"): a subject of its own, keyed by the
        words (never the place's own figures)."""
        m = _COMPLEMENT.search(self.low, lo, qs)
        if m is None or not self.low[m.end():qs].strip(" \u00a0$£€"):
            return None     # (a bound the figure is set against: "outside the 7,000 ...")
        word = m.group(1) or m.group(2)
        return f"outside {word}" if word else "elsewhere"

    def _after_apposition(self, ss: int, clause: int) -> bool:
        """Whether the clause from ``clause`` is the predicate of a sentence that opens on a
        name and an apposition between two commas ("Utopia, Travis Scott's fourth album,
        debuted ..."; "Tesla, the carmaker, delivered ..."): not a list's next item ("...,
        and"), a relative clause ("..., which") or a clause of its own."""
        marks = [m for m in _CLAUSE.finditer(self.text, ss, clause)
                 if not _IN_NUMBER.match(self.text, m.start() - 1)]
        if len(marks) != 2 or any(m.group() != "," for m in marks):
            return False
        i = bisect_left(self._starts, ss)
        if i >= len(self.spans) or self.spans[i][1] != marks[0].start() or \
                self.spans[i][2] == ANAPHOR or \
                self.text[ss:self.spans[i][0]].strip(" \u00a0#\"“‘'") not in ("", "The"):
            return False
        inner = _APPOSED.match(self.text, marks[0].end(), marks[1].start())
        verb = _PREDICATE.match(self.text, clause)
        return inner is not None and verb is not None and \
            verb.group(1).lower() not in _NOT_PREDICATE

    def _not_beaten(self, got: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The names of ``got`` but an opponent's ("beating West Ham 3-1 to finish on 91
        points": the points are the winner's, named before the clause), and but the object of
        a relative clause that describes the subject ("The earthquake that struck Morocco's Al
        Haouz province ... has killed 820 people": the toll is the quake's, not the province's)."""
        return [(s, k) for s, k in got if not _BEATEN_BEFORE.search(self.low, max(0, s - 16), s)
                and not _RELATIVE_OBJECT.search(self.low, max(0, s - 50), s)]

    def _clause_start(self, ss: int, pos: int) -> int:
        """The start of the clause ``pos`` is in, from the sentence start ``ss``."""
        start = ss
        for m in _CLAUSE.finditer(self.text, ss, pos):
            if not _IN_NUMBER.match(self.text, m.start() - 1):
                start = m.end()
        return start

    def _end_of(self, start: int) -> int:
        i = bisect_left(self._starts, start)
        return self.spans[i][1]

    def first_in(self, ss: int, se: int, exclude: list[tuple[int, int]]) -> str | None:
        got = [k for _, k in self.between(ss, se, exclude) if k != ANAPHOR]
        return got[0] if got else None


def _ranked(low: str, got: list[tuple[int, str]], ss: int) -> str | None:
    """The last name before a figure that opens another item of a ranking ("Atlanta kept
    first place with 101.5 million, up 5.5%, followed by Beijing with 89.9 million, up 4.4%":
    the 4.4% is Beijing's), when its clause names nobody; None when no name is so opened."""
    links = _rank_links()
    for s, k in reversed(got[1:]):
        if k != ANAPHOR and links.search(low, max(ss, s - 24), s):
            return k
    return None


@lru_cache(maxsize=1)
def _rank_links() -> re.Pattern[str]:
    """``rank_links`` of rules/vocab/entities.yaml, compiled."""
    try:
        return re.compile(vocab.load("entities.yaml").get("rank_links") or r"(?!)")
    except re.error as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('entities.yaml')}: rank_links: {exc}") \
            from None


# a sentence that gives each of two names its own figure: "France and Germany grew 0.3% and
# 0.5% respectively", "both", "each"
_EACH_OWN = re.compile(r"\b(?:respectively|each|both)\b")


# the words between two names read as one area: " and ", " and neighbouring " ("killed 4,365
# people in Turkey and neighbouring Syria": the toll of both, as the headline's "in Turkey and
# Syria")
_AND_BESIDE = re.compile(r" and (?:neighbou?ring |nearby |adjacent )?")


def _joined_names(spans: list[tuple[int, int, str]], text: str,
                  low: str) -> list[tuple[int, int, str]]:
    """Two names joined by "and" and read as one area or body: "The population of England
    and Wales was 59,597,300", "England and Wales population grows 6.3%" (the joint name
    "england and wales", never England's own figure, which "England's population grew by
    6.6%" gives); not where the sentence gives each its own ("respectively")."""
    out: list[tuple[int, int, str]] = []
    for sp in spans:
        if out and sp[2] != ANAPHOR and out[-1][2] != ANAPHOR and \
                _AND_BESIDE.fullmatch(text, out[-1][1], sp[0]) and " and " not in out[-1][2] and \
                not _possessive(text[out[-1][0]:out[-1][1]]):
            stop = _next_stop(low, sp[1])
            start = max(low.rfind(". ", 0, out[-1][0]), low.rfind("\n", 0, out[-1][0]))
            if not _EACH_OWN.search(low, start + 1, stop):
                a = out.pop()
                out.append((a[0], sp[1], f"{a[2]} and {sp[2]}"))
                continue
        out.append(sp)
    return out


def _joint(text: str, a: int, b: int) -> bool:
    """Whether the name at [a, b) is two names joined by ``_joined_names``."""
    return " and " in text[a:b] and not text[a:b].split(" and ", 1)[1][:1].islower()


def _next_stop(low: str, pos: int) -> int:
    """The end of the sentence at ``pos`` (a full stop and space, or a line's end)."""
    ends = [i for i in (low.find(". ", pos), low.find("\n", pos)) if i >= 0]
    return min(ends, default=len(low))


def _read_alike(spans: list[tuple[int, int, str]], text: str,
                head_end: int = 0) -> list[tuple[int, int, str]]:
    """The names of one document read as one where the story means one body: a place named
    before its council, a place's adjective, a name's initials, a company's short name."""
    # "Milton Keynes" in a headline above "Milton Keynes City Council": a place named
    # before its council is that council (the body that sets its budget and taxes)
    councils = {_COUNCIL_OF.sub("", k): k for _, _, k in spans
                if _COUNCIL_OF.search(k) and _COUNCIL_OF.sub("", k)}
    if councils:
        spans = [(a, b, councils.get(k, k)) for a, b, k in spans]
    # "21.5 million Australian residents" in a headline over "Australia's ...": the
    # adjective of a place the story names is that place
    places = {k for _, _, k in spans if k.isalpha()}
    of_place = {form: k for k in places for form in demonyms(k) if form != k}
    # "IAG" in a headline over "International Airlines Group", "BA" over "British Airways": a
    # name's initials, written in capitals, are it
    of_place.update({_initials(k): k for _, _, k in spans
                     if k.count(" ") >= 1 and k != ANAPHOR})
    initials = {k for a, b, k in spans if 2 <= b - a <= 5 and text[a:b].isupper()}
    of_place = {f: k for f, k in of_place.items() if f in places and
                (f in initials or f in demonyms(k))}
    # "Ryanair carries 15.6 million" in a headline over "Ryanair Group": a company's name
    # without its legal or group word is the company (an event's without its kind: "Sziget"
    # over "the Sziget Festival")
    keys = {k for _, _, k in spans}
    of_place.update({k.rsplit(" ", 1)[0]: k for k in keys
                     if k.rsplit(" ", 1)[-1] in _CORPORATE | _EVENT_HEADS and
                     k.rsplit(" ", 1)[0] in keys})
    # "Socialists win 65 seats" over "The Socialist Party won 65 of the 140 seats": a
    # party's members named in the plural are the party
    of_place.update({form: k for k in keys if k.endswith(" party")
                     for form in _members(k[:-len(" party")]) if form in keys})
    # "Casablanca's 10.3 million passengers" after "Casablanca Mohammed V handled ...": a
    # one-word name that opens exactly one longer name of the story, named before it, is that
    # name (two longer ones, "Manchester City" and "Manchester United", leave it alone)
    first_seen: dict[str, int] = {}
    for a, _, k in spans:
        first_seen.setdefault(k, a)
    opens: dict[str, list[str]] = {}
    for k in keys:
        if " " in k and k != ANAPHOR:
            opens.setdefault(k.split(" ", 1)[0], []).append(k)
    # (in the body a joint name, "england and wales", is opened by no name of its own:
    # "England's population" after it is England's; a headline's "Hull" over "Hull and East
    # Yorkshire Hospitals Trust" is that trust, below)
    # (nor a name whose rest is a name the story gives on its own: "Jaguar Land Rover" with
    # "Land Rover" named alone is the pair of brands, and "Jaguar sold 161,601" the other one)
    joint_opens = {w: [k for k in ks if " and " not in k and k.split(" ", 1)[1] not in keys]
                   for w, ks in opens.items()}
    of_place.update({k: joint_opens[k][0] for k in keys
                     if " " not in k and k.isalpha() and len(joint_opens.get(k, ())) == 1 and
                     first_seen[joint_opens[k][0]] < first_seen[k]})
    # a headline calls the company by its short name before the body's first name gives it
    # in full ("Cisco revenue rises 5%" over "Cisco Systems added $15 billion ..."): in the
    # headline the short name is the full one (the body's own later uses keep their reading;
    # a longer name the body gives later, "Vodafone Germany", is another body)
    head_end = max(head_end, _headline_end(text))    # (or a front matter's title)
    lead = min((a for a, _, _ in spans if a >= head_end), default=-1)
    in_head = {k: opens[k][0] for k in keys
               if " " not in k and k.isalpha() and len(opens.get(k, ())) == 1 and
               first_seen[k] < head_end and first_seen[opens[k][0]] == lead}
    # a headline calls a person by the surname the body's full name ends with ("Tinubu wins
    # Nigerian presidency with 8.8 million votes" over "Bola Tinubu ... was declared winner
    # with 8,794,726 votes", everyday117): the one longer name of the story that ends with it
    ends: dict[str, list[str]] = {}
    for k in keys:
        if " " in k and k != ANAPHOR:
            ends.setdefault(k.rsplit(" ", 1)[1], []).append(k)
    # (a person's name: not a part of a place, "Central Maluku" for the headline's "Maluku",
    # and the short name is never the body's own name for another thing)
    in_body = {k for a, _, k in spans if a >= head_end}
    compass = _compass()
    in_head.update({k: ends[k][0] for k in keys
                    if k not in in_head and " " not in k and k.isalpha() and
                    len(ends.get(k, ())) == 1 and not opens.get(k) and k not in in_body and
                    ends[k][0].split(" ", 1)[0] not in compass and
                    first_seen[k] < head_end <= first_seen[ends[k][0]]})
    if any(k in of_place or k in in_head for k in keys):
        spans = [(a, b, in_head[k] if a < head_end and k in in_head else of_place.get(k, k))
                 for a, b, k in spans]
    return spans


def _headline_end(text: str) -> int:
    """Where a headline written as the text's first line ("# Cisco revenue rises 5% ...")
    ends; 0 when the text opens on no headline."""
    if not text.lstrip().startswith("#"):
        return 0
    end = text.find("\n", text.find("#"))
    return len(text) if end < 0 else end


def _members(adjective: str) -> tuple[str, ...]:
    """The plural a party's members are called by, from the adjective of its name: socialist
    -> socialists, democratic -> democrats, conservative -> conservatives."""
    if not adjective or " " in adjective:
        return ()
    return (adjective + "s", adjective[:-2] + "s") if adjective.endswith("ic") else \
        (adjective + "s",)


def _initials(name: str) -> str:
    """A name's initials, lower case, its joining words left out ("international airlines
    group" -> "iag", "bank of england" -> "be")."""
    return "".join(w[0] for w in name.split() if w not in _CONNECT and w not in _LEAD)


def demonyms(place: str) -> tuple[str, ...]:
    """The regular adjectives of a one-word place name: Australia -> Australian, Mexico ->
    Mexican, Canada -> Canadian, Brazil -> Brazilian, China -> Chinese, Pakistan -> Pakistani
    (lower case; an irregular one, "British", is a vocabulary alias)."""
    stems = (place, place[:-1]) if place[-1:] in ("a", "e", "o", "y") else (place,)
    return tuple(st + end for st in stems for end in ("n", "an", "ian", "ese", "i") if st)


WINDOW = 400   # characters around a figure searched for its entity
_COUNCIL_OF = re.compile(r"(?: (?:city|county|borough|district|town|parish|metropolitan))? council$")
# a person's title right before a name: the name is the person's
_TITLE_BEFORE = re.compile(
    r"\b(?:executive|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|director|"
    r"officer|leader|councillor|cllr|governor|secretary|minister|president|mayor|mr|mrs|ms|"
    r"dr|sir)\.?[ \u00a0]+$")


def _sentence_start(text: str, pos: int, starts: set[int]) -> bool:
    """Whether pos is the first word of a sentence, line or list item."""
    j = pos - 1
    while j >= 0 and text[j] in " \u00a0\t\"“‘'#*->":
        j -= 1
    return j < 0 or text[j] in ".!?\n:" or pos in starts


def _common_word_named(word: str, text: str, starts: set[int],
                       words: tuple[frozenset[str], frozenset[str], frozenset[str]],
                       seen: dict[str, bool]) -> bool:
    """A word of a measure's phrase that names a party or body here ("National won 48 seats",
    "Together, National, ACT and ..."): not a measure's name itself (``words``: the measure
    words, the measure names, entities.yaml not_names), never written in lower case, and
    capitalised inside a sentence of the body (``seen``: the answers so far)."""
    low_w = word.lower()
    measure_words, measure_names, not_names = words
    if low_w not in measure_words or low_w in measure_names or low_w in not_names:
        return False
    if low_w not in seen:
        seen[low_w] = _named_mid_sentence(text, word, starts)
    return seen[low_w]


def _named_mid_sentence(text: str, word: str, starts: set[int]) -> bool:
    """Whether the document writes ``word`` only capitalised, and once at least inside a
    sentence outside a headline (whose title case says nothing)."""
    if re.search(r"(?<![\w’'.-])" + re.escape(word.lower()) + r"(?![\w’'-])", text):
        return False
    for m in re.finditer(r"(?<![\w’'.-])" + re.escape(word) + r"(?![\w’'-])", text):
        if text.startswith("#", text.rfind("\n", 0, m.start()) + 1):
            continue
        if not _sentence_start(text, m.start(), starts):
            return True
    return False


def lower_words(text: str) -> frozenset[str]:
    """Words the document writes in lower case somewhere: a capitalised one of them only opens a
    sentence ("Revenue was ...", "Employers added ...")."""
    return frozenset(re.findall(r"(?<![\w’'.-])[a-z][a-z’'-]*", text))


__all__ = ["ANAPHOR", "Entities", "lower_words"]
