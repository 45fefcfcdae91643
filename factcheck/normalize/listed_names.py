"""A count followed by the names it counts: "Seven states lost people over the year:
Illinois (22,194), West Virginia (4,623), ... and New Mexico (458)".

The sentence promises as many names as its count says. ``mark_listed_names`` reads the list
after the colon into the number of names it can hold, as readings: a name joined to the next
by "and" may be one name ("Trinidad and Tobago") or two, so the list holds between ``least``
and ``most`` names; when each of the two carries its own figure ("Vermont (725) and New Mexico
(458)") they are two. The count's draft gets ``extra.listed`` ({least, most, names}); the
engine's ``sum`` fact of kind ``names`` (factcheck.engine_facts) sets the two side by side and
the rule ``list-count-mismatch`` decides. A list that says it is partial ("including",
"such as", "among others") or whose items are not names (a lower-case item: a breakdown, "two
in Ambon and one in Seram", which list-sum-mismatch reads) is no list of names.

A count may also promise the amounts listed after it, with a colon or a plural noun and "were"
or "are" ("The other six fines were £4 million, £4 million, £2.3 million, £1.5 million,
£540,000 and £150,000", issue #11, everyday80): when every item is a bare amount (a figure with
its currency, scale or percent sign and nothing else), each "and" joins two amounts, so the list
holds exactly that many; ``extra.listed`` then says ``what: "amounts"``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

# the words between the count and the colon: its noun and what they did, no other figure,
# no word that makes the list partial
_LEAD_IN = re.compile(r"[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0,]+){0,10}?[a-z][\w’'-]*[ \u00a0]*:[ \u00a0]+")
# the same with a bound each named item meets before the colon: " districts were below 50%: "
_BOUND_LEAD_IN = re.compile(r"[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0,]+){0,8}?(?:below|under|above|over|"
                            r"(?:more|less|fewer)[ \u00a0]+than|at[ \u00a0]+(?:least|most))[ \u00a0]+"
                            r"\d[\d,]*(?:\.\d+)?(?:[ \u00a0]?(?:%|per[ \u00a0]cent|percent|[a-z]+))?"
                            r"[ \u00a0]*:[ \u00a0]+|"
                            # or the bound after the amount: " lost £50m or more: "
                            r"[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0,]+){0,8}?[£$€]?\d[\d,]*(?:\.\d+)?"
                            r"(?:[ \u00a0]?(?:%|per[ \u00a0]cent|percent|[a-z]+))?[ \u00a0]+or[ \u00a0]+"
                            r"(?:more|less|fewer|over|above|higher|under|below)[ \u00a0]*:[ \u00a0]+")
_PARTIAL = re.compile(r"(?i)\b(?:including|includes|include|such[ \u00a0]+as|among|like|notably|"
                      r"for[ \u00a0]+example|for[ \u00a0]+instance|e\.g|among[ \u00a0]+them|led[ \u00a0]+by|"
                      r"others|etc|and[ \u00a0]+more)\b")
# the count's noun phrase closed by a comma or dash, the names set beside it in apposition and
# closed the same way before the sentence goes on: "The four biggest US carriers, American,
# Delta, Southwest and United, cancelled 7,040 flights"
_APPOSED_LEAD = re.compile(r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,4}?[a-z][\w’'-]*(?:,|[ \u00a0]+[–—])[ \u00a0]+"
                           r"(?=[A-Z])")
_APPOSED_END = re.compile(r"[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z][\w’'.-]*(?:[ \u00a0]+(?:[A-Z][\w’'.-]*|of|de|"
                          r"la|le|del|the|upon|on))*(?:[ \u00a0]*\([^)]*\))?"
                          r"(?:,|[ \u00a0]+[–—])[ \u00a0]+(?=[a-z])")
# a plural noun and its copula between a count and the amounts it lists: " other fines were "
_AMOUNTS_LEAD_IN = re.compile(r"[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0]+){0,3}?[a-z][\w’'-]*s"
                              r"[ \u00a0]+(?:were|are)[ \u00a0]+")
# a list item that is an amount and nothing else: "£2.3 million", "$540,000", "about 12%"
_AMOUNT_ITEM = re.compile(r"(?:(?:about|around|some|nearly|almost)[ \u00a0]+)?[£$€]?\d[\d,]*"
                          r"(?:\.\d+)?(?:[ \u00a0]?(?:million|billion|bn|m|k|%|per[ \u00a0]cent|"
                          r"percent))?")
_JOINED = re.compile(r"[ \u00a0]+(?:and|or|&)[ \u00a0]+")
_HAS_FIGURE = re.compile(r"\d")
MOST_NAMES = 40     # a longer list is a table, not a sentence's promise


def _items(span: str) -> list[str] | None:
    """The list split at the commas (or semicolons, when it has any) outside brackets; None
    when a bracket is left open."""
    sep = ";" if ";" in span else ","
    out, depth, last = [], 0, 0
    for i, ch in enumerate(span):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == sep and depth == 0 and span[i + 1:i + 2] in (" ", "\u00a0", ""):
            out.append(span[last:i])
            last = i + 1
    if depth:
        return None
    out.append(span[last:])
    return [re.sub(r"^(?:and|or|&)[ \u00a0]+", "", s.strip()) for s in out if s.strip()]


def _bare(item: str) -> str:
    """An item without its bracketed figures: "Illinois (22,194)" -> "Illinois"."""
    return re.sub(r"[ \u00a0]*[(\[][^)\]]*[)\]]", "", item).strip()


@lru_cache(maxsize=1)
def _joined_names() -> frozenset[str]:
    """rules/vocab/part_lists.yaml ``joined_names``: names that hold "and"."""
    return frozenset(" ".join(str(w).lower().split())
                     for w in vocab.load("part_lists.yaml").get("joined_names") or ())


def _name(part: str) -> bool:
    """Whether a list item (or one side of its "and") reads as a name: a capital first, after
    an article ("the Conservatives"), and at most five words besides its bracketed figures."""
    words = _bare(part).split()
    if words[:1] and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and len(words) <= 5


def _readings(items: list[str], last_joined: bool) -> tuple[int, int] | None:
    """(the fewest, the most names) the items can be; None when one is no name (lower case,
    or too long for a name). An item "A and B" is two names when each carries its own figure
    ("Vermont (725) and New Mexico (458)") or when it ends a list written without a comma
    before its "and" (``last_joined``: "France, Chad and Peru"), unless it is a name of
    ``joined_names``; elsewhere it may be one name or two."""
    least = most = 0
    for k, item in enumerate(items):
        parts = _JOINED.split(item)
        if not all(_name(p) for p in parts):
            return None
        if len(parts) == 1:
            least, most = least + 1, most + 1
        elif " ".join(_bare(item).lower().split()) in _joined_names():
            least, most = least + 1, most + 1
        elif len(parts) == 2 and (all(_HAS_FIGURE.search(p) for p in parts) or
                                  k == len(items) - 1 and last_joined):
            least, most = least + 2, most + 2
        else:
            least, most = least + 1, most + len(parts)
    return least, most


def _apposed(text: str, low: str, d: dict[str, Any]) -> tuple[int, str] | None:
    """(where the names begin, the names) when the count's noun phrase is followed by the
    names it counts in apposition, closed by a comma or dash before the sentence goes on
    ("The four biggest US carriers, American, Delta, Southwest and United, cancelled");
    None otherwise."""
    se = d["sentence"][1]
    lead = _APPOSED_LEAD.match(text, d["end"], se)
    if lead is None or _PARTIAL.search(low, d["end"], lead.end()):
        return None
    end = _APPOSED_END.search(text, lead.end(), se)
    if end is None:
        return None
    close = text.rfind(",", end.start(), end.end())
    close = close if close >= 0 else max(text.rfind("–", end.start(), end.end()),
                                         text.rfind("—", end.start(), end.end()))
    return lead.end(), text[lead.end():close].rstrip()


def _amounts(items: list[str] | None) -> int | None:
    """How many amounts the items hold when each is a bare amount ("£540,000 and £150,000" is
    two); None when one is anything else."""
    parts = [p.strip() for item in items or () for p in _JOINED.split(item)]
    if len(parts) < 2 or not all(_AMOUNT_ITEM.fullmatch(p) for p in parts):
        return None
    return len(parts)


def _listed_amounts(text: str, low: str, d: dict[str, Any]) -> bool:
    """``extra.listed`` on a count whose sentence then lists the amounts it counts, after its
    plural noun and "were" ("The other six fines were £4 million, ..."; module doc)."""
    lead = _AMOUNTS_LEAD_IN.match(low, d["end"], d["sentence"][1])
    if lead is None or _PARTIAL.search(low, d["end"], lead.end()):
        return False
    span = text[lead.end():d["sentence"][1]].rstrip(" \u00a0.\n")
    n = None if _PARTIAL.search(span) else _amounts(_items(span))
    if n is None:
        return False
    d["extra"].append(("listed", {"least": n, "most": n, "names": span, "what": "amounts",
                                  "start": lead.end(), "end": lead.end() + len(span)}))
    return True


# a count of months (or of monthly records) whose sentence goes on ", in" or "in" before the
# months it names: "It set seven monthly records during the year, in April, May, ... and
# December" (the count's noun must name months: "six people died in May and June" counts no
# months)
_MONTHS_LEAD = re.compile(r"(?i:[ \u00a0]+(?:[a-z][\w’'-]*[ \u00a0]+){0,2}?(?:months?|monthly)\b"
                          r"[^.;:\d]{0,50}?,?[ \u00a0]+in[ \u00a0]+)(?=[A-Z])")
_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)")
_MONTHS_ONLY = re.compile(_MONTH.pattern + r"(?:(?:,[ \u00a0]+|[ \u00a0]+and[ \u00a0]+)" +
                          _MONTH.pattern + r")+")


def _listed_months(text: str, low: str, d: dict[str, Any]) -> tuple[int, str] | None:
    """(where the list begins, the list) for a count of months followed by the months it
    names, each one name (no month is two names joined by "and"), else None."""
    m = _MONTHS_LEAD.match(text, d["end"], d["sentence"][1])
    if m is None:
        return None
    months = _MONTHS_ONLY.match(text, m.end(), d["sentence"][1])
    if months is None or not re.fullmatch(r"[ \u00a0]*[.!?]?[ \u00a0\n]*",
                                          text[months.end():d["sentence"][1]]):
        return None     # (the months end the sentence: "... and December.")
    return m.end(), months.group(0)


# a later sentence naming what a count counted by its noun: "... to 206 in 11 states. ... The
# states affected so far are California, Colorado, ... and Washington." (lead42)
_COUNT_NOUN = re.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?([a-z]{3,}s)\b")
_NAMES_AFTER_WINDOW = 400
# the words that name the same set again, not a part of it ("The states affected so far are";
# never "The states that voted against were", a subset)
_SAME_SET = r"(?:affected|involved|concerned|named|listed|hit|so[ \u00a0]+far|now|in[ \u00a0]+question)"
_SENTENCE_OPEN = re.compile(r"(?:[.!?][ \u00a0]+|\n+)(?=[A-Z])")


def _named_after(text: str, low: str, d: dict[str, Any]) -> tuple[int, str] | None:
    """(where the names begin, the names) when a sentence after the count's, within a few
    hundred characters, opens "The <its noun> ... are (were)" and lists names to its end, no
    other count of the noun between; None otherwise."""
    noun = _COUNT_NOUN.match(low, d["end"], d["sentence"][1])
    if noun is None:
        return None
    se = d["sentence"][1]
    lead = re.compile(r"(?:the|these|those)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,2}?" +
                      re.escape(noun.group(1)) + r"(?:[ \u00a0]+" + _SAME_SET + r"){0,3}[ \u00a0]+"
                      r"(?:are|were)[ \u00a0]+")
    other = re.compile(r"\d[ \u00a0]+(?:[a-z]+[ \u00a0]+)?" + re.escape(noun.group(1)) + r"\b")
    for m in _SENTENCE_OPEN.finditer(text, max(se - 1, d["end"]), se + _NAMES_AFTER_WINDOW):
        got = lead.match(low, m.end())
        if other.search(low, d["end"], m.end()):
            return None     # (another count of the noun between: the names may be its)
        if got is None or not text[got.end():got.end() + 1].isupper():
            continue
        end = _SENTENCE_OPEN.search(text, got.end())
        stop = end.start() if end is not None else len(text)
        span = text[got.end():stop].rstrip(" \u00a0.\n")
        if _HAS_FIGURE.search(span) or "\n" in span:
            return None
        return got.end(), span
    return None


def mark_listed_names(text: str, low: str, drafts: list[dict[str, Any]]) -> None:
    """``extra.listed`` on a count whose sentence lists, after a colon or in apposition, the
    names it counts, or the amounts (module doc)."""
    for d in drafts:
        v = d["value"]
        # (a group picked by rank counts its names too: "the four biggest carriers, ...",
        # role factor, normalize.complements.group_sizes)
        if d["unit"] or v is None or v != int(v) or not 2 <= v <= MOST_NAMES or \
                d.get("role") not in (None, "factor", "portion"):
            continue
        if _listed_amounts(text, low, d) or d.get("role") not in (None, "factor", "portion"):
            continue    # (a portion counts the names it lists too: "Twelve lost money, and
            #             five of them lost £50m or more: Aston Villa, ...", everyday113)
        ss, se = d["sentence"]
        lead = _LEAD_IN.match(low, d["end"], se) or _BOUND_LEAD_IN.match(low, d["end"], se)
        if lead is None or _PARTIAL.search(low, d["end"], lead.end()):
            got_apposed = _apposed(text, low, d)
            if got_apposed is None and (months := _listed_months(text, low, d)) is not None:
                n = len(_MONTH.findall(months[1]))     # (each month one name)
                d["extra"].append(("listed", {"least": n, "most": n, "names": months[1],
                                              "start": months[0],
                                              "end": months[0] + len(months[1])}))
                continue
            if got_apposed is None:
                got_apposed = _named_after(text, low, d)
            if got_apposed is None:
                continue
            begin, span = got_apposed
        else:
            begin, span = lead.end(), text[lead.end():se].rstrip(" \u00a0.\n")
        if _PARTIAL.search(span) or ":" in span:
            continue
        items = _items(span)
        if (n := _amounts(items)) is not None:
            d["extra"].append(("listed", {"least": n, "most": n, "names": span,
                                          "what": "amounts", "start": begin,
                                          "end": begin + len(span)}))
            continue
        # (an "and" of its own opening the last item: "A, B, and C" ends with one name)
        last_joined = items is not None and not re.search(
            r"[,;][ \u00a0]+(?:and|or|&)[ \u00a0]", span)
        got = _readings(items, last_joined) if items and (
            len(items) >= 2 or _JOINED.search(items[0])) else None
        if got is None:
            continue
        d["extra"].append(("listed", {"least": got[0], "most": got[1], "names": span,
                                      "start": begin, "end": begin + len(span)}))


__all__ = ["mark_listed_names"]
