"""Text structure: sentences, paragraphs, sections, quotations and spans that hold no claims.

Everything works on the document text as given (front matter already removed by
``factcheck.document``) and returns character offsets into it, so a slice of the text is always
the words reported. Markdown marks, curly quotes and non-breaking spaces are read in place,
never rewritten. This module must not interpret numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import add

from .fastinit import fast_init


class ByOpening:
    """An alternation whose alternatives each open with a fixed string, searched in a text
    with only the alternatives whose opening string occurs in it.

    The engine scans for a pattern that opens with one literal character at C speed, a few
    instructions a character; a pattern that opens with a class of them (``[.!?]``, or
    alternatives opening with different characters) costs it a test of the class at every
    character, five to seven times as much. Most texts hold one opening of several (straight
    quotes or curly ones; full stops and no "?"): ``pattern(text)`` gives the alternation of
    those whose opening is in ``text`` (compiled once for each set of them), None when there
    is none. An alternative whose opening string is not in the text matches nowhere in it, so
    leaving it out changes no match: the same spans, found by the same alternatives in the
    same order (the alternatives have no groups: their numbers would shift)."""

    __slots__ = ("alts", "flags", "compiled")

    def __init__(self, alts: list[tuple[str, str]], flags: int = 0) -> None:
        # (opening string, the alternative's pattern, which opens with that string)
        self.alts = tuple(alts)
        self.flags = flags
        self.compiled: dict[tuple[bool, ...], re.Pattern[str] | None] = {}
        if any(re.compile(a, flags).groups for _, a in alts):
            raise ValueError("ByOpening: alternatives with groups")

    def pattern(self, text: str) -> re.Pattern[str] | None:
        key = tuple(o in text for o, _ in self.alts)
        try:
            return self.compiled[key]
        except KeyError:
            kept = [a for (_, a), k in zip(self.alts, key) if k]
            rx = self.compiled[key] = re.compile("|".join(kept), self.flags) if kept else None
            return rx

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[m.span() for m in finditer(text)]`` of the whole alternation."""
        rx = self.pattern(text)
        return [] if rx is None else [m.span() for m in rx.finditer(text)]


# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset("""
mr mrs ms dr prof st gen lt col sgt capt maj rep sen gov pres gen adm cmdr brig jan feb mar apr
jun jul aug sep sept oct nov dec no nos vs v e.g i.e approx ca cf fig al inc ltd co corp jr sr
u.s u.k u.n e.u j.d ph.d m.a b.a d.c a.m p.m mt ft est rs
""".split())


def last_sentence_stop(text: str, lo: int, pos: int) -> int:
    """The last ". " between ``lo`` and ``pos`` that ends a sentence, or -1: a stop after an
    abbreviation ("Rs. 29.92", "Mr. Khan") ends none. For the short look-arounds of the
    extractors (the full splitter is ``sentence_spans``)."""
    a = text.rfind(". ", lo, pos)
    while a > lo:
        w0 = a
        while w0 > lo and text[w0 - 1].isalpha():
            w0 -= 1
        if text[w0:a].lower() not in _ABBREV:
            break
        a = text.rfind(". ", lo, a)
    return a


def next_sentence_stop(text: str, pos: int, hi: int) -> int:
    """The first ". " from ``pos`` before ``hi`` that ends a sentence (not an
    abbreviation's: ``last_sentence_stop``), or -1."""
    b = text.find(". ", pos, hi)
    while b >= 0:
        w0 = b
        while w0 > pos and text[w0 - 1].isalpha():
            w0 -= 1
        if text[w0:b].lower() not in _ABBREV or w0 == b:
            break
        b = text.find(". ", b + 1, hi)
    return b

_ABBREV_MAX = max(map(len, _ABBREV)) + 1
_WORD_BREAK = re.compile(r"[\s(\"“‘']")
# (it opens with one stop character, not a repeat of them, so that the search jumps from
# stop to stop at C speed instead of trying the pattern at every position)
_STOP = re.compile(r"[.!?][.!?]*[”\"’'»)\]]*(?=\s)")
# the same, by its opening stop: a text with full stops only searches for "." (``ByOpening``)
_STOPS = ByOpening([(c, re.escape(c) + r"[.!?]*[”\"’'»)\]]*(?=\s)") for c in ".!?"])
_NEXT_START = re.compile(r"\s*([“\"‘'«(\[*_#>\-•–]*)\s*(\S)")
_BLOCK_START = re.compile(r"[ \t]*(?:[-*+•–—]\s|#{1,6}\s|>|\||\d+[.)]\s|!\[|$)")
_TERMINAL = frozenset('.!?:"”’)»')
_SPACE = " \t\r\f\v\u00a0\u202f\u2009\u2002\u2003"


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end), whitespace trimmed, in order.

    A sentence ends at . ! ? (with closing quotes/brackets) before whitespace and an upper-case
    letter, digit or opening quote, unless the word before the stop is a known abbreviation or a
    single initial; and at a line break that ends a paragraph, heading or list item. A line
    break inside a wrapped paragraph (Markdown soft wrap) does not end a sentence.
    """
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    hard = sorted(hard_breaks(text))
    hi, nh = 0, len(hard)
    for stop, end in _STOPS.spans(text):
        # the block ends (hard line breaks) before this stop
        while hi < nh and hard[hi] < stop:
            if hard[hi] >= start:
                _emit(text, start, hard[hi], out)
                start = hard[hi] + 1
            hi += 1
        # the word before the stop; one longer than every abbreviation needs no look
        if stop >= _ABBREV_MAX and _WORD_BREAK.search(text, stop - _ABBREV_MAX, stop) is None:
            word = ""
        else:
            w0 = stop
            while w0 > 0 and not text[w0 - 1].isspace() and text[w0 - 1] not in "(\"“‘'":
                w0 -= 1
            word = text[w0:stop].lower().rstrip(".")
        if word and (word in _ABBREV or (len(word) == 1 and word.isalpha())):
            nxt = _NEXT_START.match(text, end)
            # "Dec. 17", "Mr. Smith": continue; an abbreviation ending a sentence is rarer
            if word not in ("etc", "inc", "ltd", "co", "corp") or (nxt and nxt.group(2).islower()):
                continue
        nxt = _NEXT_START.match(text, end)
        if nxt is None:
            continue
        ch = nxt.group(2)
        if not (ch.isupper() or ch.isdigit() or nxt.group(1) or not ch.isalpha()):
            continue
        _emit(text, start, end, out)
        start = end
    for h in hard[hi:]:
        if h >= start:
            _emit(text, start, h, out)
            start = h + 1
    if start < n:
        _emit(text, start, n, out)
    return out


@lru_cache(maxsize=4)
def hard_breaks(text: str) -> frozenset[int]:
    """Offsets of the line breaks that end a block: after a blank line, a line ending in
    punctuation, a short line (under 60 characters), a list item or heading line, or before a
    line that starts a block (list item, heading, quote, table, image, blank line)."""
    out = []
    pos = text.find("\n")
    ls = 0   # start of the line that ends at pos
    block, find = _BLOCK_START.match, text.find
    while pos != -1:
        line = text[ls:pos].rstrip(_SPACE)
        # cheapest checks first
        if not line or line[-1] in _TERMINAL or len(line) < 60 or block(text, pos + 1) or (
                block(line) and not line.lstrip(_SPACE).startswith("![")):
            out.append(pos)
        ls = pos + 1
        pos = find("\n", ls)
    return frozenset(out)


def _emit(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and (text[s].isspace()):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blocks separated by a line break that ends a block."""
    out: list[tuple[int, int]] = []
    start = 0
    for pos in sorted(hard_breaks(text)):
        _emit(text, start, pos, out)
        start = pos + 1
    _emit(text, start, len(text), out)
    return out


# ---------------------------------------------------------------------------------------------
# Sections: headline, keypoints, caption, body

_KEYPOINTS = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?(?:key[ \t]+points|key[ \t]+takeaways|highlights|"
    r"in[ \t]+brief|at[ \t]+a[ \t]+glance|summary|what[ \t]+we[ \t]+know|the[ \t]+facts)\b",
    re.I)
_BULLET = re.compile(r"[ \t]*(?:[-*+•–—]|\d+[.)])")
_CAPTION = re.compile(
    r"[ \t]*(?:!\[|(?:\*|_)?(?:photo|image|caption|picture|pictured|credit|video|file photo)"
    r"\b[^:\n|]{0,40}[:|]|\[caption)", re.I)
_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")
# first characters (lower case) a key-points or caption line can start with: the patterns are
# tried only then
_KP_FIRST = frozenset("#*_khiastw")
_CAPTION_FIRST = frozenset("!*_[picvf")


# every character but a-z and 0-9 made a space, in the ASCII bytes ``words`` splits (a
# character outside ASCII is one "?" there: a separator, as for ``[a-z0-9]+``)
_WORD_BYTES = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))


@dataclass(frozen=True, slots=True)
class Words:
    """The alphanumeric words of a text, found once and shared by the finders.

    ``low`` is the lower-cased text with the same offsets as the text (a character whose lower
    case is longer is kept as it is); ``starts``/``ends``/``words`` are parallel lists.
    """

    low: str
    starts: list[int]
    ends: list[int]
    words: list[str]


def lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def words(text: str) -> Words:
    """Split ``text`` into lower-case alphanumeric words with their offsets."""
    low = lower_same_length(text)
    # all at C speed, one character for one: every character that is no word's made a space,
    # then one split at each space; piece k starts at the lengths of the pieces before it
    # plus k, and the words are the pieces that are not empty (no regular expression, no
    # match object per word: hundreds of thousands of them in a dense 1 MB text)
    pieces = low.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii").split(" ")
    starts = list(compress(accumulate(map(add, map(len, pieces), repeat(1)), initial=0),
                           pieces))
    ws = list(filter(None, pieces))
    return Words(low, starts, list(map(add, starts, map(len, ws))), ws)


@fast_init
@dataclass(frozen=True, slots=True)
class Section:
    start: int
    end: int
    kind: str   # headline | keypoints | caption | body


def sections(text: str, *, has_title: bool = False) -> list[Section]:
    """Label each line: headline, keypoints, caption or body (offsets of the line).

    The headline is the first Markdown heading or, in plain text, the first line when it is
    short and more lines follow (not when the document has a separate ``title``). A "Key Points"
    (key takeaways, highlights...) line starts a key-points block that runs through the list
    items after it. Lines starting "Photo:", "Image:", "Caption:" or a Markdown image are
    captions, with an emphasised line right after an image. A line that is only an HTML comment
    changes nothing around it.
    """
    out: list[Section] = []
    pos = 0
    n = len(text)
    first = True
    in_kp = False
    after_image = False
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        line = text[pos:end]
        stripped = line.strip()
        kind = "body"
        if stripped.startswith("<!--") and stripped.endswith("-->"):
            # a comment line (an inline suppression) is transparent: it neither becomes the
            # headline nor ends a key-points list it was put into
            out.append(Section(pos, end, "keypoints" if in_kp else "body"))
        elif stripped:
            if first:
                first = False
                if _HEADING.match(line) or (not has_title and nl != -1 and len(stripped) <= 150
                                            and not _KEYPOINTS.match(line)):
                    kind = "headline"
            if kind == "body":
                c0 = stripped[0].lower()
                if c0 in _KP_FIRST and _KEYPOINTS.match(line):
                    kind, in_kp = "keypoints", True
                elif in_kp and _BULLET.match(line):
                    kind = "keypoints"
                else:
                    in_kp = False
                    if (c0 in _CAPTION_FIRST and _CAPTION.match(line)) or \
                            (after_image and c0 in "*_"):
                        kind = "caption"
            after_image = stripped.startswith("![")
            out.append(Section(pos, end, kind))
        if nl == -1:
            break
        pos = nl + 1
    return out


def section_at(secs: list[Section], starts: list[int], offset: int) -> str:
    i = bisect_right(starts, offset) - 1
    if i >= 0 and secs[i].start <= offset <= secs[i].end:
        return secs[i].kind
    return "body"


# ---------------------------------------------------------------------------------------------
# Markdown tables: what a figure in a cell is a figure of

_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")


@dataclass(frozen=True, slots=True)
class TableCell:
    """A figure's cell in a Markdown table: the row's first cell and the column's header, as
    spans of the text (None when the table has no such cell or the figure stands in it)."""

    row_header: tuple[int, int] | None
    column_header: tuple[int, int] | None


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cell spans of the table line [s, e), whitespace trimmed, outer pipes dropped."""
    line = text[s:e]
    bars = [i for i, ch in enumerate(line) if ch == "|" and (i == 0 or line[i - 1] != "\\")]
    edges = ([-1] if not line.lstrip().startswith("|") else []) + bars
    if not line.rstrip().endswith("|"):
        edges.append(len(line))
    out = []
    for a, b in zip(edges, edges[1:]):
        a, b = a + 1, b
        while a < b and line[a] in " \t":
            a += 1
        while b > a and line[b - 1] in " \t":
            b -= 1
        out.append((s + a, s + b))
    return out


def tables(text: str) -> dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """Body rows of the Markdown tables in ``text``: line start -> (the row's cell spans,
    the header row's cell spans). A table is a header line with pipes, a rule line
    (``|---|:---:|``) and the lines with pipes after it."""
    out: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]] = {}
    if "|" not in text or "---" not in text:
        return out
    lines = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        lines.append((pos, end))
        if nl == -1:
            break
        pos = nl + 1
    i = 1
    while i < len(lines):
        rs, re_ = lines[i]
        hs, he = lines[i - 1]
        if "|" in text[hs:he] and _TABLE_RULE.fullmatch(text, rs, re_) and "|" in text[rs:re_]:
            header = _cells(text, hs, he)
            j = i + 1
            while j < len(lines) and "|" in text[lines[j][0]:lines[j][1]]:
                out[lines[j][0]] = (_cells(text, *lines[j]), header)
                j += 1
            i = j
        i += 1
    return out


def table_cell(rows: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]],
               line_start: int, pos: int) -> TableCell | None:
    """The cell context of the figure at ``pos`` on the table row starting at ``line_start``
    (from ``tables``), or None when that line is no table row."""
    got = rows.get(line_start)
    if got is None:
        return None
    cells, header = got
    k = next((i for i, (a, b) in enumerate(cells) if a <= pos < b), None)
    if k is None:
        return None
    row_header = cells[0] if k > 0 and cells[0][1] > cells[0][0] else None
    column_header = header[k] if k < len(header) and header[k][1] > header[k][0] else None
    return TableCell(row_header, column_header)


# ---------------------------------------------------------------------------------------------
# Quotations

# a straight-quoted quotation may run over soft line breaks (wrapped Markdown), not over a
# blank line: an unclosed quote mark must not pair with one in the next paragraph
_QUOTE = re.compile(r"“[^“”]{1,4000}”|\"(?:[^\"\n]|\n(?![ \t]*\n)){1,2000}\"|«[^«»]{1,4000}»")


# the same, by its opening mark: a text with one kind of quote marks searches for that one
_QUOTES = ByOpening([("“", r"“[^“”]{1,4000}”"),
                     ('"', r"\"(?:[^\"\n]|\n(?![ \t]*\n)){1,2000}\""),
                     ("«", r"«[^«»]{1,4000}»")])


def quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quotations, quote marks included (curly, straight or guillemets)."""
    return _QUOTES.spans(text)


# ---------------------------------------------------------------------------------------------
# Spans that never hold claims: URLs, e-mail addresses, HTML comments and tags, code, link
# targets, phone numbers, times of day. Each alternative opens with its own character, so
# that the search jumps between "<", "`", "]", "h" and "w" at C speed (a pattern that opens
# with a look-ahead or "\b" is tried at every position).

_MASK = re.compile(
    r"""
      <!--.*?-->                                   # HTML comments (rule test marks)
    | <[A-Za-z/][^>\n]{0,200}>                     # tags
    | `[^`\n]+`                                    # inline code
    | \]\([^)\s]*\)                                # Markdown link target
    | https?://[^\s<>()\[\]"”]+                    # URLs
    | www\.[^\s<>()\[\]"”]+
    """,
    re.X | re.S,
)
# the same, by each alternative's opening: most texts hold none of them and are not scanned
_MASKS = ByOpening([("<!--", r"<!--.*?-->"), ("<", r"<[A-Za-z/][^>\n]{0,200}>"),
                    ("`", r"`[^`\n]+`"), ("](", r"\]\([^)\s]*\)"),
                    ("http", r"https?://[^\s<>()\[\]\"”]+"),
                    ("www.", r"www\.[^\s<>()\[\]\"”]+")], re.S)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")

# Digit runs that are not figures, tried where a figure starts (see numbers.py): phone numbers
# and times of day. The character before the match must not be a letter, digit, "." or ",".
NOT_FIGURE = re.compile(
    r"""
      \+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?![\w,])        # +44 20 7946 0958
    | \(\d{3}\)\s?\d{3}[\s.-]\d{4}(?![\w,])                                # (555) 123-4567
    | \d{3}[.-]\d{3}[.-]\d{4}(?![\w,])                                      # 555-123-4567
    | (?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?\s?(?:[aApP]\.?[mM]\b\.?)  # 2.17pm
    | (?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d.,:]\d)(?:\s?(?:GMT|UTC|[A-Z]{1,2}T)\b)?
    | (?:1[0-2]|0?[1-9])\s?(?:[aApP]\.[mM]\.|[aApP][mM]\b)                   # 2 pm, 2 p.m.
    | 12\s?noon\b                                                           # 12 noon
    | (?:[01]?\d|2[0-3])[0-5]\d\s?(?:GMT|UTC)\b                              # 1400 GMT
    """,
    re.X,
)


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Sorted spans in which no figure is read: markup, code, links, URLs, e-mail addresses.

    Phone numbers and times of day are recognised where a figure would start
    (``NOT_FIGURE``), which is much cheaper than scanning for them everywhere.
    """
    spans = _MASKS.spans(text)
    at = text.find("@")
    while at != -1:
        lo = max(0, at - 64)
        for m in _EMAIL.finditer(text, lo, min(len(text), at + 256)):
            if m.start() <= at < m.end():
                spans.append(m.span())
                break
        at = text.find("@", at + 1)
    spans.sort()
    return spans


def in_spans(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` falls inside one of the sorted, non-overlapping ``spans``."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


# ---------------------------------------------------------------------------------------------
# Case-insensitive alternations the regular-expression engine can skip through

# the characters other than a letter's two cases that case-insensitive matching takes for it
# (KELVIN SIGN for "k", LONG S for "s", the dotted and dotless I for "i"; no others)
_FOLDS_TOO = "\u0130\u0131\u212a\u017f"
FOLDS_TOO = _FOLDS_TOO


@lru_cache(maxsize=None)
def _letter_class(c: str) -> str:
    """A case-sensitive class of what ``(?i)c`` matches, for an ASCII letter ``c``."""
    rx = re.compile("(?i)" + c)
    return "[" + "".join(x for x in (c.lower(), c.upper(), *_FOLDS_TOO) if rx.fullmatch(x)) + "]"


def longest_first(items: Iterable[str]) -> list[str]:
    """``items`` longest first, those of one length in text order, for an alternation of
    literal words read from a set: the same pattern in every process (a set's order follows
    the process's string hashes), which ``factcheck.compiled_patterns`` needs to find it again;
    two words of one length never both match at one position, so the order among them changes
    no match."""
    return sorted(items, key=lambda s: (-len(s), s))


def ci_alternation(alternatives: list[str]) -> str:
    """The case-insensitive alternation of the regular expressions ``alternatives`` (``a|b|c``
    under ``(?i:...)``), written so that the engine can turn an alternative away on its
    first character: those that open with an ASCII letter are grouped by it behind a
    case-sensitive class of that letter (``[Mm](?i:ore\\s+than|illion)``), the others kept.
    Under IGNORECASE the engine enters every alternative at every position it tries; a
    case-sensitive class is checked before it enters. The same strings match, each by the same
    alternative: alternatives that open with different characters never match at the same
    position, and those of one letter keep their order. Written the plain way when an
    alternative opens with anything but one plain character (a class, a group, an escape
    such as ``\\s``, a character and a repeat)."""
    groups: dict[str, list[str]] = {}
    order: list[str] = []
    for a in alternatives:
        k = 2 if a[:1] == "\\" else 1
        c = a[k - 1:k]
        if not c or a[k:k + 1] in ("*", "+", "?", "{") or k == 1 and c in "([.^$|)?*+{" \
                or k == 2 and c.isalnum() or c in _FOLDS_TOO:
            return "(?i:" + "|".join(alternatives) + ")"
        key = c.lower() if k == 1 and c.isascii() and c.isalpha() else "\0" + a
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(a[1:] if key[0] != "\0" else a)
    parts = [_letter_class(k) + "(?i:" + "|".join(groups[k]) + ")" if k[0] != "\0"
             else "(?i:" + groups[k][0] + ")" for k in order]
    return "(?:" + "|".join(parts) + ")"


def key_matches(rx: re.Pattern[str], text: str, low: str, openings: tuple[str, ...]
                ) -> Iterator[re.Match[str]]:
    """The matches ``rx.finditer(text)`` gives, for a pattern each of whose matches opens
    with one of the lower-case ASCII words ``openings`` (read case-insensitively: "until"
    or "till" for "until noon"), found without scanning ``rx`` over the text: ``str.find``
    looks for each opening in ``low`` (``text`` lower-cased with the same offsets,
    ``lower_same_length``) and ``rx`` is tried only at those offsets, left to right, one
    inside an earlier match passed over, as finditer does (``rx`` must not match the empty
    string). A text that holds a character case-insensitive matching reads as an ASCII
    letter (``_FOLDS_TOO``: "İ" for "i") is scanned the plain way."""
    if any(c in low for c in _FOLDS_TOO):
        yield from rx.finditer(text)
        return
    starts: set[int] = set()
    for word in openings:
        p = low.find(word)
        while p >= 0:
            starts.add(p)
            p = low.find(word, p + 1)
    done = 0
    for s in sorted(starts):
        if s >= done and (m := rx.match(text, s)) is not None:
            done = m.end()
            yield m


def ci_word_alternation(alternatives: list[str]) -> str:
    """``\\b(?i:a|b|c)``, a case-insensitive alternation at a word's start, written so that
    the engine skips along the text to a letter one of ``alternatives`` may open with: one
    case-sensitive class of those letters first (the engine's fast scan for a first
    character; a leading ``\\b`` or case-insensitive letter makes it enter the pattern at every
    position, 15-30 ns a character), then ``(?<!\\w.)`` for the word start, then the
    alternatives, each behind a look-behind at the letter just read (``(?<=[Mm])(?i:ore)``),
    grouped by that letter as ``ci_alternation`` groups them. The same strings match, each by
    the same alternative (alternatives that open with different letters never match at the
    same position). The plain way where an alternative opens with anything but a plain
    ASCII letter."""
    return _word_alternation(alternatives, True)


def word_alternation(alternatives: list[str]) -> str:
    """``\\b(?:a|b|c)`` (case-sensitive: lower-case words on the lower-cased text, say),
    written as ``ci_word_alternation`` writes its case-insensitive one: a class of the first
    letters, ``(?<!\\w.)``, each alternative behind ``(?<=x)`` of its own letter."""
    return _word_alternation(alternatives, False)


def _word_alternation(alternatives: list[str], ci: bool) -> str:
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        c = a[:1]
        if not (c.isascii() and c.isalpha()) or a[1:2] in ("*", "+", "?", "{"):
            return r"\b(?" + ("i" if ci else "") + ":" + "|".join(alternatives) + ")"
        groups.setdefault(c.lower() if ci else c, []).append(a[1:])
    letter = _letter_class if ci else (lambda c: f"[{c}]")
    first = "".join(letter(k)[1:-1] for k in groups)
    parts = [f"(?<={letter(k)})(?{'i' if ci else ''}:{'|'.join(rest)})"
             for k, rest in groups.items()]
    return f"[{first}](?<!\\w.)(?:{'|'.join(parts)})"
