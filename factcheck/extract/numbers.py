"""Finding figures in text: numbers with their units, qualifiers and ranges.

A scan of the text's word list finds the candidates (a digit, a number word, "a"/"an"/"one"
before a scale or unit name); one precompiled pattern anchored there reads the number (digits
with separators, decimals, scientific notation and powers, fractions, spelled-out numbers,
currency amounts); small anchored patterns then read what stands right after it (scale words,
units, "feet and inches", a range's second bound) and right before it (qualifiers, "aged").
Candidates that only look like numbers are dropped here: designations (T-05-18, F-16, Su-34,
M1A2; "page 12", "Route 66" after a word listed in numbers.yaml), ordinals and unit names
(575th, twenty-first), names with a number (Voyager 2, iPhone 15), outlet names (19FortyFive),
bare years and decades, times of day, phone numbers and codes, scores and ratios (3-2, 3:1),
house numbers (10 Downing Street), fractions that name something (9/11). Digits after a word
that calls for such a check (a designation, "aged", "half past") are marked by the scan, so the
other digits pay nothing for it.

Units are read from ``rules/vocab/units.yaml`` as pint strings, without importing pint: this is
the hot path. The module must not decide what a figure measures, whom it is about or when
(``factcheck.normalize`` does that).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from collections.abc import Callable, Iterator
from typing import Any

from . import temperature, vocab
from .shortlist import add_key_words, word_shortlist
from .text import (NOT_FIGURE, Words, ci_alternation, ci_word_alternation, in_spans,
                   last_sentence_stop, longest_first, masked_spans, next_sentence_stop, words)

_WS = "[ \u00a0\u202f\u2009]"


@dataclass(slots=True)
class QuantityMention:
    """A figure as written: value in ``unit`` (pint string, "" for plain numbers).

    Not frozen: mentions are built by the thousand on the hot path, and a frozen dataclass
    pays for every field it sets. Treat them as read-only outside this module."""

    start: int                 # the whole mention, qualifier included
    end: int
    text: str
    value: float
    unit: str = ""
    dim: str = ""              # units.yaml dimension ("length", "percent", "currency", ...)
    num_start: int = 0         # the number (and unit) itself, without the qualifier
    qualifier: str | None = None   # the qualifier phrase, lower case ("more than")
    qkind: str | None = None       # its kind in qualifiers.yaml (gt, approx, ...)
    step: float = 1.0          # the rounding step the figure was written to (1,600 -> 100)
    rounded: bool = False      # written as a round figure (trailing zeros, scale word)
    lower: float | None = None  # explicit bounds: a range or a stated uncertainty
    upper: float | None = None
    is_range: bool = False
    spelled: bool = False
    bare: bool = False         # no unit, no currency, no scale: a plain number or a count


# ---------------------------------------------------------------------------------------------
# Grammar, built once from the vocabularies


class _Grammar:
    """numbers.yaml, units.yaml and qualifiers.yaml, compiled once per process."""

    def __init__(self) -> None:
        nums = vocab.load("numbers.yaml")
        units = vocab.load("units.yaml")
        words, w = self._word_vocab(nums)
        article_names, cur_symbols = self._unit_vocab(units)
        self._figure_patterns(words, w, article_names, cur_symbols)
        self._after_patterns(cur_symbols)
        self._context_words(nums, units, cur_symbols)
        self._qualifier_patterns()

    def _word_vocab(self, nums: dict[str, Any]) -> tuple[list[str], str]:
        """Number words: cardinals, tens, scales, fractions, groups, signs."""
        self.cardinals: dict[str, int] = {k.lower(): v for k, v in nums.get("cardinals", {}).items()}
        self.tens: dict[str, int] = {k.lower(): v for k, v in nums.get("tens", {}).items()}
        self.scales: dict[str, float] = {k.lower(): v for k, v in nums.get("scales", {}).items()}
        self.denoms: dict[str, int] = {k.lower(): v for k, v in nums.get("denominators", {}).items()}
        # denominators of fractions written with a slash ("3/4", "5/16"); "9/11" is a name
        self.fraction_dens = frozenset(self.denoms.values()) | frozenset(
            int(x) for x in nums.get("slash_denominators", []) or [])
        self.groups: dict[str, int] = {k.lower(): v for k, v in nums.get("groups", {}).items()}
        self.suffixes: dict[str, dict[str, Any]] = nums.get("suffixes", {})
        self.multiples: dict[str, float] = {k.lower(): float(v)
                                            for k, v in nums.get("multiples", {}).items()}
        self.points = frozenset(x.lower() for x in nums.get("decimal_point", []) or [])
        self.signs = frozenset(x.lower() for x in nums.get("signs", []) or [])
        self.share_verbs = frozenset(x.lower() for x in nums.get("share_verbs", []) or [])
        words = longest_first(set(self.cardinals) | set(self.tens) | set(self.scales)
                              | set(self.denoms) | set(self.groups) | set(self.points))
        w = "|".join(map(re.escape, words))
        return words, w

    def _unit_vocab(self, units: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
        """Units and currencies by symbol and by name."""
        self.unit_by_symbol: dict[str, dict[str, Any]] = {}
        self.unit_by_name: dict[str, dict[str, Any]] = {}
        article_names: list[str] = []
        cur_symbols: dict[str, str] = {}
        for cur in units.get("currencies", []):
            code = cur["code"]
            entry = {"unit": code, "dim": "currency"}
            for s in cur.get("symbols", []):
                cur_symbols[s] = code
                self.unit_by_symbol[s] = entry
            for nm in cur.get("names", []):
                self.unit_by_name[_norm(nm)] = entry
            for sub in cur.get("subunits", []):
                e = {"unit": sub["unit"], "dim": "currency", "spaced": True}
                for nm in sub.get("names", []):
                    self.unit_by_name[_norm(nm)] = e
                # a subunit symbol is written glued to its figure ("5p", "136.6p", "99¢"); a
                # figure of four or more digits before it is a designation ("1080p")
                g_ = {"unit": sub["unit"], "dim": "currency", "glued": True, "max_digits": 3,
                      "guard": re.compile(r"(?![\w-])")}
                for s in sub.get("symbols", []):
                    self.unit_by_symbol[s] = g_
        self.cur_symbols = cur_symbols
        # the symbols, longest first ("US$" before "$"): the sign before an accountant's "("
        self.cur_symbols_by_length = tuple(
            k for k in sorted(cur_symbols, key=len, reverse=True) if not k[-1:].isalnum())
        # last characters of currency symbols written with letters ("Rs 500", "Rs. 500")
        self.cur_letter_tail = frozenset(
            x.rstrip(".")[-2:] for x in cur_symbols if x[:1].isalpha() and not x.endswith("$"))
        # "R50,000", "N9.2 billion": a capital letter that is a currency only before a figure
        # with a scale word or thousands grouping (_letter_sign)
        self.letter_cur: dict[str, str] = {str(k): str(v) for k, v in
                                           (units.get("letter_currencies") or {}).items()}
        # currencies written with letters glued to their digits ("Sh50,000", "R50,000"), for
        # the candidate finder
        # (and the Australian press's "$US2.1 billion", "$A2.04 billion": "$" before letters)
        self.glued_cur = frozenset(x for x in [*cur_symbols, *self.letter_cur]
                                   if (x[:1].isalpha() or x[:1] == "$" and x[1:].isalpha())
                                   and not x.endswith(("$", ".")))
        # a digit right after the last letter of one of them (a fast scan; checked after)
        self.glued_digit = re.compile(
            "(?<=[" + "".join(sorted({re.escape(x[-1]) for x in self.glued_cur})) + r"])\d"
            if self.glued_cur else r"(?!)")
        self.cur_codes = {c["code"] for c in units.get("currencies", [])} \
            if units.get("currency_codes_as_prefix") else set()
        # ... and codes glued to their digits as the Gulf and Asian press write them
        # ("AED3.3 billion", "USD5m")
        self.glued_cur = self.glued_cur | self.cur_codes
        # (the digit first, the letter looked back at: the search jumps from digit to digit at
        # C speed, where a pattern that opens with a look-behind is tried at every position)
        self.glued_digit = re.compile(
            r"\d(?<=[" + "".join(sorted({re.escape(x[-1]) for x in self.glued_cur})) + r"]\d)"
            if self.glued_cur else r"(?!)")
        # (whether every ASCII character looked back at is a letter: ``_letter_before_digit``;
        # a symbol ending in another character, "GH¢", can only stand in a text that is not
        # all ASCII, which the gate always lets through)
        self.glued_ascii = all(x[-1].isalpha() for x in self.glued_cur if x[-1].isascii())
        # units.yaml local_dollars: a bare "$" in a sentence that names the country
        self.local_dollars = [(code, re.compile(r"\b(?:" + "|".join(
            re.escape(w) for w in sorted(ws_, key=len, reverse=True)) + r")\b"))
            for code, ws_ in (units.get("local_dollars") or {}).items() if ws_]
        self.us_names = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(
            units.get("us_names") or ["US"], key=len, reverse=True)) + r")\b")
        # ... and units.yaml local_rupees: a "Rs" in a sentence that names Pakistan is PKR
        self.local_rupees = [(code, re.compile(r"\b(?:" + "|".join(
            re.escape(w) for w in sorted(ws_, key=len, reverse=True)) + r")\b"))
            for code, ws_ in (units.get("local_rupees") or {}).items() if ws_]
        self.india_names = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(
            units.get("india_names") or ["India"], key=len, reverse=True)) + r")\b")
        for u in units.get("units", []):
            entry = {"unit": u["unit"], "dim": u.get("dim", ""), "area": bool(u.get("area")),
                     "guard": re.compile(u["guard"]) if u.get("guard") else None,
                     "spaced": bool(u.get("spaced")), "glued": bool(u.get("glued")),
                     "guard_names": bool(u.get("guard_names"))}
            for nm in u.get("names", []) or []:
                self.unit_by_name.setdefault(_norm(nm), entry)
                if u.get("article"):
                    article_names.append(nm)
            for s in u.get("symbols", []) or []:
                self.unit_by_symbol.setdefault(s, entry)
        return article_names, cur_symbols

    def _figure_patterns(self, words: list[str], w: str, article_names: list[str],
                         cur_symbols: dict[str, str]) -> None:
        """The figure patterns (English and dot-locale) and the fast candidate finder."""
        cur_prefix = "|".join(re.escape(s) for s in sorted(cur_symbols, key=len, reverse=True))
        codes = "|".join(sorted(self.cur_codes))
        code_alt = ("|(?:" + codes + ")" + _WS + r"?(?=[\d.])") if codes else ""
        article_alt = "|".join(re.escape(a) for a in article_names)
        # the same without the look-ahead, for the backwards prefix search that ends at digits
        code_pre = ("|(?<![A-Za-z])(?:" + codes + ")" + _WS + "?") if codes else ""

        # The candidate finder. Alternatives: a digit figure (with optional accounting
        # parenthesis, sign, currency prefix, exponent and fraction; Indian grouping
        # "12,00,000" = 1,200,000 before the thousands one), a lone vulgar fraction,
        # a run of number words, "a"/"an" before a unit name.
        self.number = re.compile(
            rf"""
            (?P<open>\()?
            (?P<sign>[-−–](?=[\d.$€£¥₹₽₴₦₫]|[A-Z]{{1,2}}\$))?
            (?P<cur>(?:{cur_prefix}){_WS}?{code_alt})?
            (?P<sign2>[-−](?=\d))?
            (?P<num>\d{{1,2}}(?:,\d\d)+,\d{{3}}(?:\.\d+)?(?!\d|,\d)
                  |\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d])
                  |(?<![\w.,])\d{{1,3}}(?:[\u00a0\u202f\u2009 ]\d{{3}})+(?!\d|[.,]\d)
                  |(?<![\d,.])\d{{1,3}},\d{{1,2}}(?={_DEC_COMMA_NEXT})
                  |\d+\.\d+|\d+|\.\d+)
            (?P<exp>[eE][-+−]?\d+(?![\w])|{_WS}?[×x]{_WS}?10(?:\^[-−]?\d+|[-−]\d+)|x\d+\^\d+
                   |\^[-−]?\d{{1,3}}(?![\d.,]))?
            (?P<frac>{_WS}?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|{_WS}\d+/\d+(?![\d/])|/\d+(?![\d/]|\.\d))?
            | (?P<vf>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])
            | (?P<words>(?i:\b(?:an?\s+)?(?:{w})(?:(?:\s*,\s*|\s+and\s+|-and-|\s*&\s*|\s+|-)(?:an?(?:\s+|-))?(?:{w}))*\b))
            | (?P<aunit>(?i:\ban?|\bone)(?=\s+(?i:{article_alt})\b))
            """,
            re.X,
        )
        # The fast candidate finder, run on the lower-cased text (case-sensitive literals are
        # several times faster than IGNORECASE): a digit or vulgar fraction, a number word, or
        # "a"/"an"/"one" before a scale word or a unit name.
        self.number_words = frozenset(words)
        self.candidate_words = self.number_words | {"a", "an", "one"}
        self.article_follow = frozenset(
            [w0 for a in article_names for w0 in _WORDS_OF(a.lower())[:1]]
            + list(self.scales) + list(self.groups) + list(self.denoms))
        low_units = "|".join(re.escape(a.lower()) for a in article_names) + "|" + "|".join(
            re.escape(x) for x in longest_first(set(self.scales) | set(self.groups)
                                                | set(self.denoms)))
        self.candidate = re.compile(
            rf"(?P<d>\d+|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])|(?P<w>\b(?:{w})\b)"
            rf"|(?P<a>\b(?:an?|one)\s+(?=(?:{low_units})\b))")
        # what may stand right before the digits of a figure: "(", a sign, a currency
        self.prefix = re.compile(
            rf"\(?(?:[-−–](?=[\d.$€£¥₹₽₴₦₫]|[A-Z]{{1,2}}\$))?(?:(?:{cur_prefix}){_WS}?{code_pre})?[-−]?$")
        # The same finder for documents written with "." between thousands and "," before
        # decimals (1.600.000; 3,5 km): only the number alternatives differ.
        pat = self.number.pattern
        en_num = r"""(?P<num>\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d|,\d)
                  |\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])
                  |(?<![\w.,])\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d|[.,]\d)
                  |(?<![\d,.])\d{1,3},\d{1,2}(?=""" + _DEC_COMMA_NEXT + r""")
                  |\d+\.\d+|\d+|\.\d+)"""
        dot_num = r"""(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])
                  |(?<![\w.,])\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d|[.,]\d)
                  |\d+,\d+|\d+)"""
        assert en_num in pat, "number pattern changed: update the dot-locale variant"
        self.number_dot = re.compile(pat.replace(en_num, dot_num), re.X)

    def _after_patterns(self, cur_symbols: dict[str, str]) -> None:
        """What may follow a figure: unit, "per" chain, scale word or suffix, currency, ±."""
        syms = sorted(self.unit_by_symbol, key=len, reverse=True)
        names = sorted(self.unit_by_name, key=len, reverse=True)
        sym_re = "|".join(re.escape(s) for s in syms)
        # (grouped by first letter, text.ci_alternation: the 400 names under IGNORECASE were
        # each entered at every figure's end)
        name_re = ci_alternation([re.escape(n).replace(r"\ ", r"[\s-]+") for n in names])
        cur_prefix = "|".join(re.escape(s) for s in sorted(cur_symbols, key=len, reverse=True))
        # What may follow a figure.
        self.unit = re.compile(
            rf"""
            (?P<sep>{_WS}?[-\u2010\u2011]?{_WS}?)
            (?:(?P<pre>(?i:square|sq\.?|cubic|cu\.?)){_WS}+)?
            (?:(?P<sym>{sym_re})(?![A-Za-z])|(?P<name>{name_re})(?![A-Za-z]))
            (?P<exp>\^?-?[23](?![\d])|[²³]|-1(?!\d|[.,]\d)|−1|\^-?\d|{_WS}(?i:squared|cubed)\b)?
            """,
            re.X,
        )
        firsts = {"square", "sq", "cubic", "cu"}
        for k in list(self.unit_by_symbol) + list(self.unit_by_name):
            mm = re.match(r"[A-Za-zµμ]+", k)
            if mm:
                firsts.add(mm.group().lower())
        self.unit_first_words = frozenset(firsts)
        self.per = re.compile(rf"{_WS}*/{_WS}*|{_WS}+(?i:per){_WS}+")
        # first three letters of those scale words, a cheap test before the pattern
        self.scale_heads = frozenset(k[:3] for k in self.scales if self.scales[k] >= 1000)
        self.scale_first = frozenset(
            "-" + "".join(k[0] + k[0].upper() for k in self.scales if self.scales[k] >= 1000)
            + "".join(k[0] + k[0].upper() for k, v in self.suffixes.items() if v.get("spaced")))
        self.scale_word = re.compile(
            # (a plural after a figure is its scale too, in South Asian and African results
            # copy: "Rs. 12745.50 millions"; "of" after it keeps "millions of" a vague count)
            _WS + "*-?(?i:(" + "|".join(k for k in self.scales if self.scales[k] >= 1000)
            + r"))(?:s(?![ \u00a0]+of\b))?\b")
        self.suffix = re.compile(
            "(" + "|".join(re.escape(s) for s in sorted(self.suffixes, key=len, reverse=True))
            + r")(?![A-Za-z\d])")
        sps = [x for x, v in self.suffixes.items() if v.get("spaced")]
        self.spaced_suffix_heads = frozenset(sps)
        self.spaced_suffix = re.compile(
            " (" + "|".join(re.escape(x) for x in sorted(sps, key=len, reverse=True))
            + r")(?![A-Za-z\d])") if sps else None
        self.cur_first = frozenset(x[0] for x in cur_symbols)
        # (a symbol written with letters ends its word: "120 Shahed drones" is no "120 Sh",
        # "40,000 RMT members" no "40,000 RM")
        self.cur_after = re.compile(rf"{_WS}?({cur_prefix})(?![a-z]|(?<=[A-Za-z])[A-Z])") \
            if cur_prefix else None
        self.plusminus = re.compile(rf"{_WS}*(?:\+/-|±|\+-){_WS}*")

    def _context_words(self, nums: dict[str, Any], units: dict[str, Any],
                       cur_symbols: dict[str, str]) -> None:
        """Words around a figure that make it no figure or give it a unit: designations,
        name verbs, clock phrases, street words, prefix units, and the marks that call for
        those checks."""
        # words that make a short integer after them a designation ("page 12", "Route 66")
        self.designations = frozenset(str(x).lower() for x in nums.get("designations", []) or [])
        self.designation_counts = re.compile(
            r"[ \u00a0]+(?:" + "|".join(re.escape(str(x)) for x in
                                      nums.get("designation_counts", []) or ["(?!)"]) + r")\b")
        self.name_verbs = frozenset(str(x).lower() for x in nums.get("name_verbs", []) or [])
        # ("Standard & Poor's 500": the name, then its number; the apostrophe either way)
        nn = [str(x).rsplit(" ", 1) for x in nums.get("numbered_names", []) or []]
        self.numbered_names = {
            (re.escape(h).replace("'", "['’]").replace(r"\ ", r"[ \u00a0]+"), n) for h, n in nn}
        # the same heads by the number that ends them, as written ("500": the S&P's heads)
        self.numbered_heads: dict[str, tuple[str, ...]] = {}
        for h, n in sorted(self.numbered_names):
            self.numbered_heads[n] = (*self.numbered_heads.get(n, ()), h)
        nc = nums.get("named_compounds", {}) or {}
        self.compound_words = frozenset(str(x).lower() for x in nc.get("words", []) or [])
        self.compound_heads = frozenset(str(x).lower() for x in nc.get("heads", []) or [])
        clock = nums.get("clock", {}) or {}
        cb = sorted((_norm(x) for x in clock.get("before", []) or []), key=len, reverse=True)
        self.clock_before = re.compile(
            r"(?i)\b(?:" + "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in cb) + r")\s+$"
        ) if cb else None
        self.clock_before_last = frozenset(x.split()[-1] for x in cb)
        ca = sorted(clock.get("after", []) or [], key=len, reverse=True)
        self.clock_after = re.compile(
            r"[ \u00a0]?(?i:" + "|".join(re.escape(x) for x in ca) + r")(?![A-Za-z])"
        ) if ca else None
        sw = nums.get("street_words", []) or []
        self.street = re.compile(
            r"(?:[ \u00a0][A-Z][\w'’-]*){1,3}?[ \u00a0](?:" + "|".join(map(re.escape, sw))
            + r")\b") if sw else None
        # phrases that give a plain number after them a unit ("aged 34": years)
        pu = units.get("prefix_units", {}) or {}
        self.prefix_units: dict[str, tuple[str, str]] = {
            _norm(k): (v["unit"], v.get("dim", "")) for k, v in pu.items()}
        self.prefix_unit_last = frozenset(k.split()[-1] for k in self.prefix_units)
        self.prefix_unit = re.compile(
            r"(?i)(?:^|(?<=[\s(,]))(" + "|".join(
                re.escape(k).replace(r"\ ", r"\s+")
                for k in sorted(self.prefix_units, key=len, reverse=True))
            + r")[ \u00a0]+(?:(?:between|from)[ \u00a0]+)?$") if pu else None
        self.prefix_unit_last |= {"between", "from"}
        # a plain number after a word for people and a bound ("children under five", "people
        # over 65"), or a spelled-out one after a prefix phrase ("aged five"): an age
        ab = units.get("age_bounds", {}) or {}
        alt = [re.escape(_norm(k)).replace(r"\ ", r"\s+")
               for k in sorted(self.prefix_units, key=len, reverse=True)]
        if ab.get("people") and ab.get("bounds"):
            alt.insert(0, r"\b(?:" + "|".join(map(re.escape, ab["people"])) + r")\s+(?:"
                       + "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in sorted(
                           ab["bounds"], key=len, reverse=True)) + ")")
        self.age_before = re.compile(
            r"(?i)(?:^|(?<=[\s(,]))(?:" + "|".join(alt)
            + r")[ \u00a0]+(?:(?:between|from)[ \u00a0]+)?$") if alt else None
        # the last words of its phrases: a word before the figure that is none of them
        # spares the search (``_may_end_age_phrase``)
        self.age_last = frozenset(
            [_norm(k).split()[-1] for k in self.prefix_units]
            + [str(b).lower().split()[-1] for b in ab.get("bounds") or []] + ["between", "from"])
        # "people 65 and over", "were 65 or over": a number its bound follows, after a word
        # for people or a form of "be"
        aa, ab_ = ab.get("after") or [], ab.get("after_people") or []
        self.age_after = re.compile(r"(?i)[ \u00a0]+(?:" + "|".join(
            re.escape(x).replace(r"\ ", r"\s+") for x in sorted(aa, key=len, reverse=True))
            + r")\b") if aa else None
        self.age_after_lead = re.compile(r"(?i)\b(?:" + "|".join(
            map(re.escape, [*(ab.get("people") or []), *ab_])) + r")[ \u00a0]+$") \
            if aa else None
        # words right before a digit that call for those checks: one word, or a word after
        # the word before it ("age of", "aged between")
        self.marks = frozenset(self.designations
                               | {k for k in self.prefix_units if " " not in k}
                               | {x.rstrip(".").lower() for x in cur_symbols
                                  if x[:1].isalpha() and not x.endswith("$")})
        m2: dict[str, set[str]] = {}
        for k in cb:
            ws_ = k.split()
            if len(ws_) > 1:
                m2.setdefault(ws_[-1], set()).add(ws_[-2])   # "half past", "quarter to"
        for k in self.prefix_units:
            ws_ = k.split()
            for tail in ([ws_[-1]] + ["between", "from"]):
                head = ws_[-2] if len(ws_) > 1 and tail == ws_[-1] else ws_[-1]
                if len(ws_) > 1 or tail != ws_[-1]:
                    m2.setdefault(tail, set()).add(head)
        self.marks2 = {k: frozenset(v) for k, v in m2.items()}

    def _qualifier_patterns(self) -> None:
        """qualifiers.yaml: phrases before and after a figure, range connectors."""
        quals = vocab.load("qualifiers.yaml")
        self.qual_phrases: dict[str, str] = {_norm(k): v for k, v in quals.get("phrases", {}).items()}
        # (grouped by first letter: ci_alternation; searched back over 40 characters before
        # each figure, the alternation of 100 phrases under IGNORECASE cost 190 ns a position)
        qp = ci_alternation([re.escape(p).replace(r"\ ", r"\s+")
                             for p in sorted(self.qual_phrases, key=len, reverse=True)])
        # "more than a thousand" bounds the figure; "more than the 9,510 of last week" compares
        # with a figure stated as it is: a definite article ends the qualifier
        self.qualifier = re.compile(
            rf"(?:(?<=[\s(\[“\"‘'—–-])|^)(?P<q>{qp})(?:\s+(?i:an?))?\s*$")
        # "picked up to 5.2%", "added up to": "up" belongs to the verb, "to" is no bound
        pv = "|".join(re.escape(v) for v in sorted(quals.get("particle_verbs", []) or [],
                                                   key=len, reverse=True))
        self.not_qualifier = re.compile(rf"(?i)\b(?:{pv})\s+(?=up\s+to$)") if pv else None
        # ... and a revision's with its object between: "revised November's gain up to 0.3% from
        # 0.4%" (not "growth of up to 3%": no "of" or "by" before; other verbs with an object,
        # "pushes US inflation up to 3.7%", keep the bound a headline may mean)
        self.not_qualifier_object = re.compile(
            r"(?i)\brevis(?:e|ed|es|ing)\s+(?:(?!(?:of|by|to|for|with|and|or|than)\b)"
            r"[\w’'-]+\s+){1,3}(?=up\s+to$)")
        # "handed over 5.45 million vehicles": "over" belongs to the verb, no bound
        ov = "|".join(re.escape(v) for v in sorted(quals.get("over_verbs", []) or [],
                                                   key=len, reverse=True))
        self.not_over = re.compile(rf"(?i)\b(?:{ov})\s+(?=over$)") if ov else None
        sp_ = quals.get("suffix_phrases", {}) or {}
        self.suffix_quals: dict[str, str] = {_norm(k): v for k, v in sp_.items()}
        self.suffix_qual = re.compile(
            r"[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){0,3}?(" + "|".join(
                re.escape(p).replace(r"\ ", r"\s+")
                for p in sorted(self.suffix_quals, key=len, reverse=True)) + r")(?![\w])",
            re.I) if self.suffix_quals else None
        self.qual_last_words = frozenset(
            {p.split()[-1] for p in self.qual_phrases} | {"a", "an"})
        self.qual_last_chars = frozenset(p[-1] for p in self.qual_phrases if not p[-1].isalnum())
        self.between = re.compile(r"(?i:(?:^|(?<=\s))(between|from)\s+(?:(?:the|an?)\s+)?)$")
        self.range_conn = re.compile(
            rf"(?P<c>-(?i:to)-|{_WS}*-?{_WS}*(?i:to|through|and|or){_WS}+|{_WS}?[-–—]{_WS}?"
            rf"|{_WS}*-{_WS}+(?i:to){_WS}+)")   # ("5%-to-10%": results copy's hyphened "to")

def _norm(s: str) -> str:
    return " ".join(s.lower().replace("-", " ").split())


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    return _Grammar()


_WORDS_OF = re.compile(r"[a-z0-9]+").findall

_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
           "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
           "⅞": 0.875}

# Words before a capitalised word + number that do not make it a name ("In 2013", "About 40").
_NOT_NAME = frozenset("""
a an the in on at by of for to from with about over under around nearly almost some just only
more less than and or but since until after before between during some killed wounded lost
loses lose losing destroyed destroys kills downed downs eliminated eliminates total overall approximately roughly up down its their his her our january february march april
may june july august september october november december jan feb mar apr jun jul aug sep sept
oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
no number
""".split())
_START_NOT_NAME = frozenset("""
another all each every both these those perhaps maybe further additional extra then now today
yesterday still even once also plus minus including excluding among within across against per
via several many few most other such another fewer least nearly
""".split())
# a determiner right before a year that names a thing by it ("the 2018 crop", "its 2019
# budget"), and a word that cannot be a plural noun counted
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|this|that|its|their|his|her|our)[ \u00a0]+$")
_SINGULAR = re.compile(r"[a-z]+(?<!s)|[a-z]+ss")
# a possessive right before a year that names a thing by it ("Russia's 2024 losses", "the
# army's 2023 budget")
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z](?:['’]s|s['’])[ \u00a0]+$")
_YEAR_FOLLOW_OK = frozenset("""
in and or to the a was is when at of for by with as from after before until on that which were
saw had has have but so while where it its this these those he she they we i you there election
elections census season budget war invasion total figure figures tally count result results
compare compares compared remain remains remained marked marks stood stands showed shows
""".split())
# the base of a rate ("per 100,000 people", "for every 1,000 live births")
_RATE_BASES = frozenset((100.0, 1000.0, 10000.0, 100000.0, 1000000.0))
_RATE_BEFORE = re.compile(r"(?i)\b(?:per|every)[ \u00a0]+$")
_RANGE_INTRO = re.compile(r"(?i)\b(?:range|band|corridor|bracket|span)\s+of\s+$")
# a first bound, its unit written only after the second, that is already the level a change
# reached or a bound's comparand: "will fall to 23 to 24C", "no lower than 23 to 24 Celsius"
# (a range, not a fall of 23 to 24; "rose more than 70 per cent to 149" stays two figures)
_LEVEL_BEFORE = re.compile(r"(?i)\b(?:to|than)\s+$")
CHANGE_VERB_WINDOW = 200   # characters before "A to B" where a change verb makes it a change


def _clause_start(text: str, at: int) -> int:
    """Where the sentence before ``at`` starts, looking back at most CHANGE_VERB_WINDOW
    characters (looking back to the start of a long sentence from each figure was quadratic:
    '1 to ' * 8000 took 29 s)."""
    lo = max(0, at - CHANGE_VERB_WINDOW)
    return max(text.rfind(". ", lo, at), text.rfind("\n", lo, at), lo)


def change_words(*lists: str) -> str:
    """The change verbs of ``rules/vocab/changes.yaml`` (its lists ``past``, ``present``,
    ``clause``) as one regex alternation, longest first; a stem ("increas*") matches any
    ending. The one place the patterns that read a change take their words from."""
    words: set[str] = set()
    for name in lists:
        words.update(str(w).lower() for w in vocab.section("changes.yaml", name, list))
    return "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w)
                    for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _change_verb() -> re.Pattern:
    """A change word in a figure's clause ("rose", "cut", "up 5%"; not "up to", nor "make up":
    "the two semesters make up 32 to 36 weeks" is a range)."""
    return re.compile(r"(?i)\b(?:" + change_words("past", "present", "clause") +
                      r"|(?<!make )(?<!makes )(?<!made )(?<!making )up(?![ \u00a0]+to\b))\b"
                      r"(?!(?<=s)\s+of\b)")
# (a plural before "of" names events, not a change: "Falls of 50 to 100mm" is a range; "a
# rise of 0.3% to 2.5%" stays a change)


# ---------------------------------------------------------------------------------------------
# Parsing


# a decimal comma in English copy: one or two digits after the comma, then a percent sign,
# percentage points or a scale word ("€2,5 billion", "2,4%", "1,5 million"); never a thousands group, which has three
_DEC_COMMA_NEXT = (r"[ \u00a0]?(?:%|per[ \u00a0]cent\b|percent\b"
                   # South African copy: "down 0,7 of a percentage point", "1,3 percentage points"
                   r"|(?:of[ \u00a0]an?[ \u00a0])?percentage[ \u00a0]points?\b"
                   r"|(?:million|billion|trillion|bn|mn|m)\b)"
                   # a price with cents after a comma: "R23,50 a litre", "€2,50 each"
                   r"|(?<=[€R₦]\d,\d\d)(?!\d)|(?<=[€R₦]\d\d,\d\d)(?!\d)")
_DEC_COMMA = re.compile(r"\d{1,3},\d{1,2}")


def _digits_value(num: str, dot: bool = False) -> tuple[float, float, bool]:
    """value, step (the place the figure is written to), rounded-looking.

    ``dot``: the document writes "." between thousands and "," before decimals."""
    if dot or "," in num and _DEC_COMMA.fullmatch(num):
        num = num.replace(".", "").replace(",", ".")
    clean = num if num.isdigit() else num.replace(",", "")
    if not clean.isdigit() and "." not in clean:
        clean = clean.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(
            "\u2009", "")
    if len(clean) > _MAX_DIGITS:
        raise ValueError(f"a figure of {len(clean)} digits is not a figure")
    value = float(clean)
    if "." in clean:
        decimals = len(clean) - clean.index(".") - 1
        return value, 10.0 ** -decimals, False
    stripped = clean.rstrip("0")
    tz = len(clean) - len(stripped) if stripped else 0
    return value, 10.0 ** tz, tz >= 2


# Longer runs of digits ("1,000,000,...", a hash, a pasted number wall) are not figures a news
# text asserts; past ~300 digits a float is infinite. Such runs are not read as quantities.
_MAX_DIGITS = 40


def _words_value(g: _Grammar, tokens: list[str]) -> float | None:
    """Value of a run of number words, or None when it is not a number on its own."""
    total = 0.0
    current = 0.0
    seen = False
    frac = 0.0
    last_scale = 0.0
    i = 0
    n = len(tokens)
    if n > 2 and tokens[0] in g.denoms and tokens[1] in ("a", "an"):
        # "half a million", "half a dozen", "a quarter of a million" is not read here
        rest = _words_value(g, tokens[1:])
        return None if rest is None else rest / g.denoms[tokens[0]]
    while i < n:
        t = tokens[i]
        if t in g.points:
            # "one point five": the digits after the point
            digits = ""
            mult = 1.0
            rest = tokens[i + 1:]
            for k, u in enumerate(rest):
                v = g.cardinals.get(u)
                if v is None and k == len(rest) - 1 and u in g.scales and digits:
                    mult = g.scales[u]          # "three point two million"
                    break
                if v is None or v > 9:
                    return None
                digits += str(v)
            if not seen or not digits:
                return None
            return (total + current + float("0." + digits)) * mult
        if t in ("a", "an"):
            nxt = tokens[i + 1] if i + 1 < n else ""
            if nxt in g.scales or nxt in g.groups or nxt in g.denoms:
                if nxt in g.denoms:
                    frac += 1.0 / g.denoms[nxt]
                    seen = True
                    i += 2
                    continue
                current = current or 0.0
                tokens[i] = "one"
                continue
            i += 1
            continue
        if t in g.cardinals:
            v = g.cardinals[t]
            nxt = tokens[i + 1] if i + 1 < n else ""
            if nxt in g.denoms:
                frac += v / g.denoms[nxt]
                seen = True
                i += 2
                continue
            current += v
            seen = True
        elif t in g.tens:
            current += g.tens[t]
            seen = True
        elif t == "hundred":
            current = ((current + frac) or 1.0) * 100
            frac = 0.0
            seen = True
        elif t in g.scales:
            sc = g.scales[t]
            if not current and not frac and total and last_scale and sc > last_scale:
                # "five thousand million", "1.2 lakh crore": a larger scale right after a
                # smaller one multiplies the whole
                total *= sc
            else:
                # "one and a half thousand": the fraction belongs to the group the scale
                # closes
                total += ((current + frac) or 1.0) * sc
            last_scale = sc
            current = frac = 0.0
            seen = True
        elif t in g.groups:
            current = (current or 1.0) * g.groups[t]
            seen = True
        elif t in g.denoms:
            # "two and a half" handled by "a"; a bare denominator is not a number
            if not seen:
                return None
            return None
        i += 1
    if not seen:
        return None
    return total + current + frac


_TOKEN = re.compile(r"[a-z]+|&|,")

# "a third straight meeting", "a second term": an ordinal, not a fraction. A fraction is
# followed by "of", a comparison or the end of the phrase ("a third of the troops", "cut by
# a third", "a quarter more", "a fifth below the 906,000 of a year earlier", "a third lower").
# (a word on the same line or the next, not after a blank line: "Claims fall by a fifth" is a
# headline's fraction before its body's "Applications ...")
_ORDINAL_AFTER = re.compile(
    r"(?:[ \t\u00a0]|\n(?![ \t]*\n))+(?!(?:of|more|less|fewer|as|than|to|in|on|since|from|and|or|"
    r"the|this|that|last|over|per|cent|percent|below|above|lower|higher|up|down|bigger|smaller|"
    r"larger|greater|cheaper|dearer)\b)(?i:[a-z])")
_A_FRACTION = re.compile(r"(?i)an?\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                         r"twentieth)$")


def _ordinal(text: str, q: QuantityMention) -> bool:
    return bool(not q.unit and _A_FRACTION.fullmatch(q.text)
                and _ORDINAL_AFTER.match(text, q.end))


_A_HEADS = frozenset({" a ", " an", "\u00a0a ", "\u00a0an"})
_ONE_IN = re.compile(  # "one in five adults", "one in every 12"
    r"[ \u00a0]+in[ \u00a0]+(?:every[ \u00a0]+)?(?:\d|(?i:two|three|four|five|six|seven|eight|nine|ten|twenty"
    r"|eleven|twelve|fifteen|thirty|forty|fifty|sixty|a hundred|a thousand)\b)")
# "one train an hour", "one bus per day", "one flight every week": a "one" before its noun
# and a time base is a rate's count (a frequency), not a pronoun
_ONE_RATE = re.compile(r"(?:[ \u00a0]+(?!(?:of|the|a|an|who|which|that|is|was|in|on|at|by|"
                       r"for|to|and|or)\b)[a-z][a-z-]*){1,2}[ \u00a0]+(?:an?|per|each|every)"
                       r"[ \u00a0]+(?:minute|hour|day|night|week|fortnight|month|year)\b")
# "reached 35 ..., one more than at the start of the month", "one fewer than in May": a "one"
# before a comparative and "than" and a time is an amount of the count compared (not after
# "no" or "any": "no one more than"; not before a figure or noun, "its 62nd mission and one
# more than the record 61", where the "one" is worked from an ordinal no figure holds)
_ONE_THAN = re.compile(r"[ \u00a0]+(?:more|fewer|less|higher|lower)[ \u00a0]+than[ \u00a0]+"
                       r"(?:at|in|on|during|over|by|before|yesterday|last|a[ \u00a0]+(?:day|week|"
                       r"month|year)|the[ \u00a0]+(?:start|beginning|end|day|week|month|year|"
                       r"previous|prior|preceding))\b")
_NO_ONE = re.compile(r"(?i)\b(?:no|any|some|every|each|this|that|the)[ \u00a0]+$")
# "one to two inches", "between one and three days": a "one" that opens a range of spelled
# numbers before a word (kept only when ``_word_range`` joins the two: ``_word_figures``)
_ONE_RANGE = re.compile(r"[ \u00a0]+(?:to|and)[ \u00a0]+(?i:two|three|four|five|six|seven|eight|"
                        r"nine|ten)[ \u00a0]+[a-z]")
# "four in Michigan, two in Indiana and one in Oklahoma": a "one" that closes a list of
# counts of places, each "N in X" (the same preposition), is the list's last count (also "one
# each in Queensland and South Australia": each_places.py counts it once a place)
_ONE_PLACE = re.compile(r"[ \u00a0]+(?:(?:each|apiece)[ \u00a0]+)?(in|at|on|from)[ \u00a0]+[A-Z]")
_LIST_JOIN = re.compile(r"(?:,|\band)[ \u00a0]+$")
# a count in digits or a small one in words, before a list item's words
_A_COUNT = r"(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
_COUNT_BEFORE = re.compile(_A_COUNT + r"[ \u00a0]+(in|at|on|from)[ \u00a0]+[A-Z]")


# "seven tanks, one air defence system and 73 drones": a "one" right after another count of a
# list and its noun, and before a noun of its own, is the list's count
# (or after another "one" item: "one multiple rocket launcher, one air defence system"); its
# noun may be an acronym ("two tanks, one MLRS")
_ITEM_BEFORE = re.compile(r"(?:" + _A_COUNT + r"|\bone)(?:[ \u00a0]+[a-z][a-z-]*){1,4}[ \u00a0]*,"
                          r"[ \u00a0]*$")
_NOUN_AFTER = re.compile(r"(?:[ \t\u00a0]|\n(?![ \t]*\n))+(?:(?!(?:of|the|a|an|who|which|that|"
                         r"is|was|in|on|at|by|for|to|and|or)\b)[a-z]|[A-Z]{2,}s?\b)")


# "62 killed, 127 injured, and one was taken prisoner": a "one" after "and" closing a list of
# counts each with its words, before a verb of its own, is the list's last count
# (or "plus": "28 warships and boats, plus one submarine"; or "as well as": "forty two
# artillery systems, as well as one air defence system")
# (the list may be wrapped: a single line break is a space, a blank line ends it)
_LIST_SPACE = r"(?:[ \t\u00a0]|\n(?![ \t]*\n))"
_ITEM_AND_BEFORE = re.compile(_A_COUNT + r"(?:" + _LIST_SPACE + r"+[a-z][a-z-]*){1,4}" +
                              _LIST_SPACE + r"*,?" + _LIST_SPACE + r"*(?:and|plus|as" +
                              _LIST_SPACE + r"+well" + _LIST_SPACE + r"+as)" + _LIST_SPACE +
                              r"+$")
_VERB_AFTER = re.compile(r"[ \u00a0]+(?:was|were|is|are|has|had|died|[a-z]+ed)\b")
# ... or before the last item's noun that ends the clause ("and one submarine.", not "and one
# thing is clear")
_LAST_NOUN_AFTER = re.compile(r"[ \u00a0]+(?!(?:of|the|a|an|who|which|that|is|was|in|on|at|by|"
                              r"for|to|and|or|more|other|another|day|time|way)\b)[a-z][a-z-]*"
                              r"(?:[ \u00a0]+(?!(?:is|are|was|were|has|have|had|will|can|"
                              r"could|would|may|must|should|remains?|seems?)\b)[a-z][a-z-]*)"
                              r"{0,2}?[ \u00a0]*(?:[.,;:)]|$)")


# "lost one tank, five armoured combat vehicles and 65 artillery systems": a "one" before its
# noun that opens a list of counts, each with its noun, is the list's first count
_ITEM_AFTER = re.compile(r"(?:[ \u00a0]+[a-z][a-z-]*){1,4}[ \u00a0]*,[ \u00a0]*(?:and[ \u00a0]+)?"
                         + _A_COUNT + r"[ \u00a0]+[a-z]")


# "12,041 tanks (one of them yesterday)": a "one" opening a bracket after a count and its
# noun, the part of that count a day or place gives (not "(one of the ...)")
_PART_IN_BRACKET = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|which|those|these)\b")
_COUNT_THEN_BRACKET = re.compile(r"\d[\d,.]*(?:[ \u00a0]+[A-Za-z][a-z-]*){1,4}[ \u00a0]*"
                                 r"\([ \u00a0]*$")


def _last_of_list(text: str, ps: int, end: int) -> bool:
    """Whether a bare "one" is a count of a list of counts (its last, or its first item),
    not a pronoun ("one of the ..."), or the bracketed part of a count before it."""
    if _PART_IN_BRACKET.match(text, end) and \
            _COUNT_THEN_BRACKET.search(text, max(0, ps - 60), ps):
        return True
    if _NOUN_AFTER.match(text, end) and (_ITEM_BEFORE.search(text, max(0, ps - 60), ps) or
                                         _ITEM_AFTER.match(text, end)):
        return True
    if (_VERB_AFTER.match(text, end) or _LAST_NOUN_AFTER.match(text, end)) and \
            _ITEM_AND_BEFORE.search(text, max(0, ps - 60), ps):
        # "... 28 ships and boats, and one submarine": the list's last count, before its noun
        return True
    m = _ONE_PLACE.match(text, end)
    if m is None or not _LIST_JOIN.search(text, max(0, ps - 5), ps):
        return False
    return any(c.group(1) == m.group(1) for c in _COUNT_BEFORE.finditer(text, max(0, ps - 60), ps))


_ORDINAL_WORD = re.compile(
    r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![A-Za-z])")
_A_PER = re.compile(r"[ \u00a0]+an?[ \u00a0]+(?=[a-z])")
_IN_OF_HEADS = frozenset({" in ", " of ", "\u00a0in ", "\u00a0of ",})


@lru_cache(maxsize=1)
def _in_a_per() -> re.Pattern[str]:
    """"(of rain) in an hour", "of snow an hour", "in one hour": numbers.yaml rate_nouns."""
    cfg = vocab.load("numbers.yaml")
    nouns, verbs = cfg.get("rate_nouns") or [], cfg.get("rate_verbs") or []
    alt = "|".join(re.escape(str(n)) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"
    # what falls, then how it falls before "in": "of rain could fall in an hour", "of snow
    # fell in one hour" (numbers.yaml rate_verbs, after an optional modal)
    va = "|".join(re.escape(str(v)).replace(r"\ ", r"[ \u00a0]+")
                  for v in sorted(verbs, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?i)(?:[ \u00a0]+of[ \u00a0]+(?:{alt})(?:[ \u00a0]+(?:(?:could|may|might|"
                      rf"can|will|would|should)[ \u00a0]+)?(?:{va})(?=[ \u00a0]+in[ \u00a0]))?)?"
                      rf"[ \u00a0]+(?:in[ \u00a0]+)?(?:an?|one)[ \u00a0]+(?=[a-z])")


# "121.5 million tonnes a month ago": "a month" that dates the figure is no rate of it
_A_TIME_BACK = re.compile(r"[ \u00a0]+(?:ago|earlier|before|later|after|previously)\b")
_RATE_DIMS = frozenset({"length", "area", "volume", "mass", "energy", "data"})
_PRIMES = ("'", "′")
_INCH_MARKS = ('"', "″")
_CLOCK2 = frozenset({" o", " O", "o'", "o’", "oc", "\u00a0o"})
_MORE = (" more ", " fewer ", " less ", " extra ", " additional ", " further ")
_MORE_RE = re.compile(r" (?:more|fewer|less|extra|additional|further)(?= )")
_YEAR_NEXT = re.compile(r"[ \u00a0]+([A-Za-z]+)")
# a hedged figure right after a four-digit number: no noun of its own, so the number is a year
_HEDGED_FIGURE_NEXT = re.compile(r"[ \u00a0]+(?:about|some|nearly|almost|around|roughly|"
                                 r"approximately|just)[ \u00a0]+[$£€]?\d")
# a hedge that counts: before a four-digit number and an acronym ("over 1900 ICU admissions",
# "more than 2000 NHS staff") the number is a count, not a year
_COUNT_HEDGE_BEFORE = re.compile(r"(?i)\b(?:over|more[ \u00a0]+than|fewer[ \u00a0]+than|"
                                 r"nearly|almost|some|roughly|around|at[ \u00a0]+least)[ \u00a0]+$")
_DECADE_BEFORE = frozenset("the their his her its our my your and or early mid late low lower "
                           "high upper".split())
# "the high 20s Celsius", "the low-30s F": a band of a ten (numbers.yaml ``tens_bands``)
_TENS_BAND = re.compile(r"(?i)\b(?:the[ \u00a0]+)?(?P<b>low|lower|mid|high|upper)(?:[ \u00a0]+|-)"
                        r"(?P<t>[1-9])0s\b[ \u00a0]*")
_CODE_RUN = re.compile(r"\d+(?:[ \u00a0.-]\d+)*")
_OF_A = re.compile(r"[ \u00a0]+of[ \u00a0]+an?[ \u00a0]+", re.I)
_WORD_AFTER = re.compile(r"([A-Za-z]+)\b")
_A_UNIT = re.compile(r"[ \u00a0]+an?[ \u00a0]+(?=[^\W\d])", re.I)


def _clock(g: _Grammar, text: str, s: int, end: int) -> bool:
    """Whether the number at ``s``..``end`` tells the time ("half past six", "7 o'clock")."""
    if g.clock_after is not None and g.clock_after.match(text, end):
        return True
    if g.clock_before is None or s < 3 or text[s - 1] not in " \u00a0":
        return False
    k = s - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if text[k:s - 1].lower() not in g.clock_before_last:
        return False
    return g.clock_before.search(text, max(0, s - 20), s) is not None


def _split_words(g: _Grammar, text: str, start: int) -> list[tuple[int, int, list[str]]]:
    """Split a run of number words into separate numbers ("one, two and three" -> 3).

    A separator ("," "and" "&") continues a number only after a scale word ("one hundred and
    two", "three million, two hundred & forty") or into a fraction ("two and a half").
    """
    parts: list[tuple[int, int, list[str]]] = []
    cur: list[str] = []
    cur_point = False   # "point" is in cur (kept, not searched: a run can be long)
    cur_s = cur_e = -1
    sep = ""
    toks = list(_WORD_TOKEN.finditer(text))
    for k, m in enumerate(toks):
        t = m.group().lower()
        s, e = start + m.start(), start + m.end()
        if t in (",", "&", "and"):
            sep = t if not sep else sep + t
            continue
        boundary = False
        if cur and cur_point and not sep and t in g.cardinals:
            pass  # decimal digits after "point"
        elif cur:
            last = cur[-1]
            if sep:
                if t in ("a", "an") or t in g.denoms:
                    boundary = "," in sep
                elif last in g.scales and (t in g.cardinals or t in g.tens):
                    boundary = "," in sep and g.scales[last] < 1000
                elif sep == "and" and t in g.cardinals and k + 1 < len(toks) \
                        and toks[k + 1].group().lower() in g.denoms:
                    boundary = False   # "two and three quarters"
                else:
                    boundary = True
            elif last in g.cardinals and last != "zero" and (t in g.cardinals or t in g.tens):
                boundary = True   # "one two"
            elif last in g.tens and t in g.tens:
                boundary = True   # "twenty thirty"
            elif last in g.denoms and t not in g.scales and not (
                    len(cur) == 1 and t in ("a", "an")):   # "half a million"
                boundary = True
        if boundary:
            parts.append((cur_s, cur_e, cur))
            cur = []
            cur_point = False
        if not cur:
            cur_s = s
        cur.append(t)
        cur_point = cur_point or t in g.points
        cur_e = e
        sep = ""
    if cur:
        parts.append((cur_s, cur_e, cur))
    return parts


_WORD_TOKEN = re.compile(r"[A-Za-z]+|&|,")


def find_quantities(text: str, masks: list[tuple[int, int]] | None = None,
                    ws: Words | None = None,
                    masked: list[tuple[int, int]] | None = None) -> list[QuantityMention]:
    """Every figure in ``text`` with its unit, qualifier and range, in order.

    ``masks`` are extra sorted spans where no figure is read (dates found by ``find_dates``);
    ``ws`` is the text's word list and ``masked`` its ``masked_spans`` when the caller already
    has them. Each candidate is matched by ``_match_at``, then read as spelled-out words
    (``_word_figures``) or digits (``_digit_figure``); vague counts ("dozens of") come last.
    """
    g = grammar()
    merged = _merge_spans(
        sorted((masked_spans(text) if masked is None else masked) + list(masks or ())))
    mstarts = [s for s, _ in merged]
    out: list[QuantityMention] = []
    pos = 0
    dot = dot_locale(text)
    rx = g.number_dot if dot else g.number
    if ws is None:
        ws = words(text)
    for a, kind, dend in _candidates(g, text, ws):
        if a < pos:
            continue
        if text[dend:dend + 1] == ":" and kind != "w":
            rt = _race_time(text, a)
            if rt is not None:     # "2:03:38", "13:21.37": a time taken, in seconds
                if not (merged and in_spans(merged, mstarts, a)):
                    out.append(rt)
                pos = rt.end
                continue
        m, skip = _match_at(g, text, rx, a, pos, kind, dend)
        if m is None:
            pos = skip
            continue
        s, e = m.span()
        if merged and in_spans(merged, mstarts, s if not m.group("open") else s + 1):
            pos = e if m.group("words") is None else _words_past_mask(merged, mstarts, s, e)
        elif m.group("words") is not None or m.group("aunit") is not None:
            pos = _word_figures(g, text, m, merged, mstarts, out)
        else:
            pos = _digit_figure(g, text, m, a, kind == "m", dot, merged, mstarts, out)
    if "one " in ws.low:
        # a bare "one" kept as a range's first bound that no range took stays a pronoun
        out = [q for q in out if not _unjoined_one(text, q)]
    if g.age_before is not None:
        out = _ages(g, text, out)
    vq = vague_counts(text, ws, out, merged, mstarts)
    if "th of" in text or "rd of" in text:
        vq += _digit_fractions(text, out, merged, mstarts)
    if "fold" in text:
        vq += _fold_words(g, text, out, merged, mstarts)
    if "0s" in text:
        vq += _tens_bands(g, text, out, merged, mstarts)
    if "ice " in text:
        vq += _twice_words(g, text, merged, mstarts)
    if vq:
        out = sorted(out + vq, key=lambda q: q.start)
    out = _rate_ellipsis(text, _spread_units(text, _shares(text, _compound_durations(text, out))))
    if " on " in text:
        out = _listed_poll_shares(text, out)
    if "-point-" in text or "-Point-" in text:
        out = _hyphen_points(g, text, out)
    if "-point " in text or "-percentage-point " in text:
        out = _point_changes(g, text, out)
    if " point" in text:
        out = _word_points(text, out)
    if "ounce" in text or "oz" in text:
        out = _troy_ounces(text, out)
    if "$" in text and g.local_dollars:
        out = _local_dollars(g, text, out)
    if g.local_rupees and ("Rs" in text or "rupee" in text):
        out = _local_rupees(g, text, out)
    if "$" in text and ("cent" in text or "¢" in text) and g.local_dollars:
        out = _local_cents(out)
    if any(c in ws.low for c in _ODDS_GATE) or (
            ("/" in text or "won at" in ws.low or "off at" in ws.low) and
            _RACE_WORDS.search(text)):
        out = _odds(text, out, merged, mstarts)
    if " cent" in text:
        out = _prefixed_cents(text, out, merged, mstarts)
    if "absolute zero" in ws.low:
        out = _absolute_zero(text, ws.low, out)
    return out


# a temperature named, not written in figures (dates36): "matter at absolute zero" is at 0 K;
# read only right after "at" ("near absolute zero", "within a degree of absolute zero" are
# no such figure)
_ABSOLUTE_ZERO = re.compile(r"(?<=\bat[ \u00a0])absolute[ \u00a0]+zero\b")


def _absolute_zero(text: str, low: str, out: list[QuantityMention]) -> list[QuantityMention]:
    """"at absolute zero": 0 kelvin, where no figure was read over the words."""
    found = [QuantityMention(start=m.start(), end=m.end(), text=text[m.start():m.end()],
                             value=0.0, unit="kelvin", dim="temperature", num_start=m.start(),
                             step=0.0)
             for m in _ABSOLUTE_ZERO.finditer(low)
             if not any(q.start < m.end() and m.start() < q.end for q in out)]
    return sorted(out + found, key=lambda q: q.start) if found else out


# a dollar's country written glued to a figure of its cents, as Australian and New Zealand
# results copy writes a dividend (issue 12, dates36): "US10.0 cents per security", "A15
# cents", "NZ5.5 cents a share"; the cents of that dollar
# (each alternative opens with its letter and then looks behind it, rather than one look-behind
# before them all: the engine skips along the text to one of those letters at C speed instead
# of trying the pattern at every position; the same alternatives in the same order)
_NO_CENT_PREFIX_BEFORE = r"(?<![\w$.,].)"
_PREFIXED_CENTS = re.compile(
    "(" + "|".join(a[0] + _NO_CENT_PREFIX_BEFORE + a[1:] for a in (
        "US", r"U\.S\.", "A", "AU", "NZ", "C", "CA", "HK", "S")) + ")"
    r"(\d{1,3}(?:\.\d+)?)[ \u00a0]?cents?\b")
_PREFIX_CENT_UNITS = {"US": "US_cent", "U.S.": "US_cent", "A": "AU_cent", "AU": "AU_cent",
                      "NZ": "NZ_cent", "C": "CA_cent", "CA": "CA_cent"}


def _prefixed_cents(text: str, out: list[QuantityMention], merged: list[tuple[int, int]],
                    mstarts: list[int]) -> list[QuantityMention]:
    """Cents written with their dollar's country glued before the figure (``_PREFIXED_CENTS``),
    in place of any figure read inside them; a country with no cents unit listed is left."""
    found = []
    for m in _PREFIXED_CENTS.finditer(text):
        unit = _PREFIX_CENT_UNITS.get(m.group(1))
        if unit is None or (merged and in_spans(merged, mstarts, m.start(2))):
            continue
        d = m.group(2)
        step = 10.0 ** -len(d.partition(".")[2]) if "." in d else 1.0
        found.append(QuantityMention(start=m.start(), end=m.end(), text=m.group(), value=float(d),
                                     unit=unit, dim="currency", num_start=m.start(), step=step))
    if not found:
        return out
    keep = [q for q in out if not any(q.start < f.end and f.start < q.end for f in found)]
    return sorted(keep + found, key=lambda q: q.start)


# fractional odds as betting copy writes them: "cut to 5-to-2 from 4-to-1", "11-4", "6/4", "a
# 10-1 shot": one figure, A/B (not a stray A, nor a score or a date); read only where the
# sentence speaks of odds or the odds' noun follows (a score or a range is written the same
# way: "a 5-7 seat gain" or "20-30 seats" in a bookmaker's sentence is no price, so a short
# price, A below B, is read with a hyphen only before its noun: "the 4-6 favourite")
_ODDS_GATE = ("odds", "bookm", "bookie", "betting", "punter", "backed", " shot", "favourite",
              "outsider", "drift", "sent off at", "starting price", "each-way", "each way")
_ODDS = re.compile(r"(?<![\w.,/\-–£$€¥])(?P<a>\d{1,3})(?P<j>-to-|[-/])(?P<b>\d{1,2})"
                   r"(?![\w/\-–%]|[.,]\d|[ \u00a0]*(?:per[ \u00a0]?cent|percent)\b)")
# (racing copy's market moves: "backed down to 9/4", "drifted out to 11/2", "sent off at 5/1",
# "a starting price of 14/1", "each-way")
_ODDS_SENTENCE = re.compile(r"(?i)\b(?:odds|bookmakers?|bookies?|betting|punters?|"
                            r"backed[ \u00a0]+(?:in(?:to)?|down[ \u00a0]+to)|drift(?:s|ed|ing)"
                            r"[ \u00a0]+(?:out[ \u00a0]+)?to|sent[ \u00a0]+off[ \u00a0]+at|"
                            r"starting[ \u00a0]+price|each[ \u00a0-]way)\b")
_ODDS_NOUN_AFTER = re.compile(r"(?i)[ \u00a0]+(?:against|(?:[a-z]+[ \u00a0-]+)?(?:shot|"
                              r"favourites?|outsiders?))\b")   # ("the 9-2 second favourite")
# a score all the same: "after a 3-1 win", "won 2-0", "a 4-1 home defeat"
_ODDS_SCORE_AFTER = re.compile(r"(?i)[ \u00a0]+(?:(?:home|away|aggregate)[ \u00a0]+)?"
                               r"(?:wins?|victory|defeats?|loss|draw|lead|scoreline|thrashing|"
                               r"triumph|success|aggregate)\b")
# a price with no betting word (issue 12, dates36): a horse "won at 14/1", "went off at 4/1",
# "Rocky Creek at 9/1", "the 66/1 Magic of Light", in a sentence with a race word; a slash
# price after "at" or between "the" and a name, a hyphen one only after "won at" / "went off
# at" ("with the score at 2-1" is no price); never "24/7"
_RACE_WORDS = re.compile(r"(?i)\b(?:won|wins?|winners?|winning|beat|beaten|races?|raced|horses?|"
                         r"jockeys?|trainers?|national|derby|gold[ \u00a0]+cup|stakes|hurdles?|"
                         r"chase|handicap|went[ \u00a0]+off|favourites?|outsiders?|romped|"
                         r"fences|furlongs?|aintree|cheltenham|ascot|epsom)\b")
_PRICE_AT_BEFORE = re.compile(r"(?i)\bat[ \u00a0]+$")
_PRICE_WON_AT_BEFORE = re.compile(r"(?i)\b(?:won|win|wins|winning|went[ \u00a0]+off|"
                                  r"returned|priced|started)[ \u00a0]+at[ \u00a0]+$")
_PRICE_NAME_AROUND = re.compile(r"[ \u00a0]+[A-Z][a-z']+")
_ODDS_SCORE_BEFORE = re.compile(r"(?i)\b(?:won|win|wins|beat|beats|lost|lose|loses|drew|draw|"
                                r"led|leads?|leading|trail(?:ed|s|ing)?|thrashed|edged)"
                                r"[ \u00a0]+$")


def odds_sentence(low: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` of the lower-cased ``low`` speaks of odds or
    betting (``_ODDS_SENTENCE``; its words looked for by str.find first)."""
    a, b = _sentence_bounds(low, pos)
    return any(low.find(k, a, b) >= 0 for k in _ODDS_GATE) and \
        _ODDS_SENTENCE.search(low, a, b) is not None


def _odds(text: str, out: list[QuantityMention], merged: list[tuple[int, int]],
          mstarts: list[int]) -> list[QuantityMention]:
    """Fractional odds (``_ODDS``) in a sentence about odds, or before the odds' noun ("a
    10-1 shot", "the 6/4 favourite"): the ratio A/B, in place of any figure read inside it
    ("5-to-2" left a stray 5). Not inside a masked span (a date the text writes)."""
    found = []
    for m in _ODDS.finditer(text):
        s, e = m.span()
        a, b = int(m.group("a")), int(m.group("b"))
        if b == 0 or a == 0 or b > 20 or (merged and in_spans(merged, mstarts, s)):
            continue
        won_at = _slash_price_win(text, m, a, b)
        if not won_at and (_ODDS_SCORE_AFTER.match(text, e) or
                           _ODDS_SCORE_BEFORE.search(text, max(0, s - 12), s)):
            continue
        noun = won_at or _ODDS_NOUN_AFTER.match(text, e) is not None or \
            _race_price(text, m, a, b)
        if not noun and (m.group("j") == "-" and a < b or
                         _ODDS_SENTENCE.search(text, *_sentence_bounds(text, s)) is None):
            continue
        found.append(QuantityMention(start=s, end=e, text=m.group(), value=a / b,
                                     num_start=s, step=1.0 / b))
    if not found:
        return out
    keep = [q for q in out if not any(q.start < f.end and f.start < q.end for f in found)]
    return sorted(keep + found, key=lambda q: q.start)


_SLASH_WIN_BEFORE = re.compile(r"(?i)\b(?:his|her|its|their|the|a|an)[ \u00a0]+$")


def _slash_price_win(text: str, m: re.Match[str], a: int, b: int) -> bool:
    """"his 11/1 win", "the 33/1 victory" in racing copy: a price, not a score (a score is
    written with a hyphen)."""
    return m.group("j") == "/" and a >= b and (a, b) != (24, 7) and \
        _ODDS_SCORE_AFTER.match(text, m.end()) is not None and \
        _SLASH_WIN_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None and \
        _RACE_WORDS.search(text, *_sentence_bounds(text, m.start())) is not None


def _race_price(text: str, m: re.Match[str], a: int, b: int) -> bool:
    """A price racing copy writes with no betting word (``_RACE_WORDS``): "won at 14/1",
    "Rocky Creek at 9/1", "the 66/1 Magic of Light"; "won at 9-1" with a hyphen."""
    s, e = m.span()
    if a < b or (a, b) == (24, 7):
        return False
    before = text[max(0, s - 24):s]
    if m.group("j") == "/":
        if not (_PRICE_AT_BEFORE.search(before) or
                (before.endswith(("the ", "The ")) and _PRICE_NAME_AROUND.match(text, e))):
            return False
    elif m.group("j") != "-" or not _PRICE_WON_AT_BEFORE.search(before):
        return False
    return _RACE_WORDS.search(text, *_sentence_bounds(text, s)) is not None


def _words_past_mask(merged: list[tuple[int, int]], mstarts: list[int], s: int, e: int) -> int:
    """Where to read on after number words ``s``..``e`` that begin inside a masked span: the
    span's end when the words run past it ("in the first half, four times the $400 million":
    "half, four" is no number, and the "four" after the date is a figure of its own), else
    ``e``."""
    end = merged[bisect_right(mstarts, s) - 1][1]
    return end if end < e else e


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` (at most 300 characters each way; "to Rs. 29.92 from Rs.
    16.66" is one)."""
    lo = max(0, pos - 300)
    a = max(last_sentence_stop(text, lo, pos), text.rfind("\n", lo, pos))
    b = [i for i in (next_sentence_stop(text, pos, pos + 300), text.find("\n", pos, pos + 300))
         if i >= 0]
    return (a + 1 if a >= 0 else lo), min(b, default=min(len(text), pos + 300))


@lru_cache(maxsize=1)
def _precious_metals() -> re.Pattern[str]:
    names = vocab.load("units.yaml").get("precious_metals") or ["gold"]
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(str(n)) for n in names) + r")\b")


def _troy_ounces(text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """A price an ounce in a sentence on a precious metal (units.yaml ``precious_metals``) is
    per troy ounce ("gold slipped to $3,365.59 an ounce"), and so are ounces of one ("12
    ounces of gold"; "a 12-ounce steak" beside it stays an ounce)."""
    out = ms
    for i, q in enumerate(ms):
        if q.unit.endswith("/ ounce"):
            a, b = _sentence_bounds(text, q.start)
        elif q.unit == "ounce" and text.startswith(" of ", q.end):
            a, b = q.end, min(len(text), q.end + 20)
        else:
            continue
        if _precious_metals().search(text, a, b) is not None:
            out = out if out is not ms else list(ms)
            out[i] = _replace(q, unit=q.unit[:-5] + "troy_ounce")
    return out


def _local_dollars(g: _Grammar, text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """A bare "$" is the dollar of the country its sentence names, when it names one and not
    the US (units.yaml ``local_dollars``): "Statistics Canada says retail sales rose to $66.5
    billion" is Canadian dollars, "Four-room HDB flats averaged $590,454" Singapore's."""
    return _local_currency(
        text, ms, lambda q: q.unit == "USD" and "$" in q.text and "US$" not in q.text and
        "U.S.$" not in q.text, g.local_dollars, g.us_names, lambda q, code: code)


def _local_currency(text: str, ms: list[QuantityMention],
                    shared: Callable[[QuantityMention], bool],
                    countries: Any, home: re.Pattern[str],
                    unit_of: Callable[[QuantityMention, str], str]) -> list[QuantityMention]:
    """The figures of a currency sign several countries share (``shared``) in the currency of
    the country their sentence names (``countries``: (code, pattern) pairs), unless it names
    the sign's home country too (``home``); ``unit_of`` gives the new unit."""
    out = ms
    found: set[str | None] = set()
    left: list[int] = []
    for i, q in enumerate(ms):
        if not shared(q):
            continue
        a, b = _sentence_bounds(text, q.start)
        sent = text[a:b]
        code = next((c for c, rx in countries if rx.search(sent)), None)
        if code is None or home.search(sent):
            found.add(None if code is None else "home")
            left.append(i)
            continue
        found.add(code)
        if out is ms:
            out = list(ms)
        out[i] = _replace(q, unit=unit_of(q, code))
    # a sentence that names no country, the headline's "Telethon raises $9 million" over
    # "... for sick children in Western Australia": the one country the story's other figures
    # of the sign name, when it never names the sign's home
    local = found - {None}
    if left and len(local) == 1 and "home" not in local and home.search(text) is None:
        code = next(iter(local))
        for i in left:
            out[i] = _replace(ms[i], unit=unit_of(ms[i], code))
    return out


_HYPHEN_POINT = re.compile(r"(?i)(?<![\w.-])([a-z]+(?:-[a-z]+)?|\d+)-point-((?:[a-z]+-)*[a-z]+|\d+)"
                           r"(?![\w-])")


def _hyphen_points(g: _Grammar, text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """Decimals as broadcast copy spells them, in digits or words on either side of
    "-point-": "14-point-two percent", "one-point-68 billion dollars", "three-point-three
    percent" (Korean and other wire copy read aloud); the whole, its scale and its unit
    replace the pieces read before."""
    out = ms
    for m in _HYPHEN_POINT.finditer(text):
        a, b = m.group(1).lower(), m.group(2).lower()
        whole = float(a) if a.isdigit() else _words_value(g, a.split("-"))
        if b.isdigit():
            frac = b
        else:
            digits = [g.cardinals.get(t) for t in b.split("-")]
            if any(d is None or d > 9 for d in digits):
                continue
            frac = "".join(str(d) for d in digits)
        if whole is None or not (a.isdigit() or a.split("-")[0] in g.cardinals
                                 or a.split("-")[0] in g.tens):
            continue
        value = float(f"{int(whole)}.{frac}") if whole == int(whole) else whole + float("0." + frac)
        end = m.end()
        sm = _SPACED_SCALE.match(text, end)
        if sm is not None and sm.group(1).lower() in g.scales:
            value *= g.scales[sm.group(1).lower()]
            end = sm.end()
        value, unit, dim, end = _word_unit(g, text, value, end)
        q = QuantityMention(start=m.start(), end=end, text=text[m.start():end], value=value,
                            unit=unit, dim=dim, num_start=m.start(), step=0.0, spelled=True,
                            bare=not unit)
        out = sorted([x for x in out if x.end <= m.start() or x.start >= end] + [q],
                     key=lambda x: x.start)
    return out


_SPACED_SCALE = re.compile(r"[ \u00a0]+([A-Za-z]+)\b")

# an amount of change in points glued to its noun: "an eight-point rise from 29%", "a
# 6-percentage-point jump", "a 2.5-point fall"
_POINT_CHANGE = re.compile(r"(?i)(?<![\w.-])(\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)-"
                           r"(?:percentage-)?points?"
                           r"(?=[ \u00a0]+(?:rise|jump|increase|gain|fall|drop|decline|decrease|"
                           r"slide|climb|surge|swing|improvement|dip|fall-off|rebound|cut|hike|"
                           r"reduction|raise|lead|gap|margin|advantage)s?\b)")
# the nouns of a gap between two percentages rather than a move of one ("a four-point lead"):
# the percentages may stand in the sentences around it ("Labour's four-point lead over the
# Conservatives ... Labour is on 39%, the Conservatives on 35%")
_POINT_GAP_NOUN = re.compile(r"[ \u00a0]+(?:lead|gap|margin|advantage)s?\b", re.I)
# a fraction of a point glued to its noun, as rate moves are written: "a quarter-point cut",
# "a half-point hike", "a three-quarter-point rise"
_POINT_FRACTIONS = {"quarter": 0.25, "half": 0.5, "three-quarter": 0.75, "three-quarters": 0.75}
_PERCENT_WORDS = re.compile(r"%|\bper[ \u00a0]?cent\b|\bpercent\b", re.I)
_BASIS_POINTS = re.compile(r"\bbasis[ \u00a0-]points?\b|\d[ \u00a0]?bps?\b", re.I)
_SENTENCE_STOP = re.compile(r"[.!?](?:[ \u00a0]|\n|$)|\n[ \t]*\n")


def _point_changes(g: _Grammar, text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """An amount of change in points written as one word with its hyphens before the change's
    noun ("an eight-point rise from 29% in April", "from 26% to 35%, a 9-point jump"): points
    of a percentage, as "a rise of nine percentage points" is, when its sentence gives a
    percentage (an index's "a 300-point drop" stays as it is read); a gap between two
    percentages spelled in words too ("a four-point lead"), when its sentence or the one
    before or after gives one (in digits, "a 22-point margin", it is read as before)."""
    out = ms
    for m in _POINT_CHANGE.finditer(text):
        a = m.group(1).lower()
        gap = _POINT_GAP_NOUN.match(text, m.end()) is not None
        if gap and a.replace(".", "", 1).isdigit():
            continue    # ("a 22-point margin" in digits is read as it was: a count of points)
        if a.replace(".", "", 1).isdigit():
            value = float(a)
            step = 10.0 ** -len(a.split(".")[1]) if "." in a else 1.0
        elif a in _POINT_FRACTIONS:
            value, step = _POINT_FRACTIONS[a], 0.0
        else:
            if a.split("-")[0] not in g.cardinals and a.split("-")[0] not in g.tens:
                continue
            value, step = _words_value(g, a.split("-")), 1.0
        if not value:
            continue
        stops = [x.end() for x in _SENTENCE_STOP.finditer(text, max(0, m.start() - 400),
                                                           m.start())]
        start = stops[-1] if stops else max(0, m.start() - 400)
        stop = _SENTENCE_STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        if gap:
            # (a lead's percentages: its sentence, the one before or the one after)
            stops = stops[:-1]
            start = stops[-1] if stops else max(0, start - 400)
            end = _next_sentence_end(text, end) if stop else len(text)
        if not _PERCENT_WORDS.search(text, start, end):
            continue
        # "by 100 basis points to 8.5%, twice the 50-point rise analysts expected": where the
        # sentence counts the move in basis points, a whole "50-point" move is of them too
        unit = "basis_point" if value >= 5 and not value % 1 and not gap and \
            _BASIS_POINTS.search(text, start, end) else "percent"
        q = QuantityMention(start=m.start(), end=m.end(), text=m.group(0), value=value,
                            unit=unit, dim="points", num_start=m.start(), step=step,
                            spelled=not a[0].isdigit())
        out = sorted([x for x in out if x.end <= m.start() or x.start >= m.end()] + [q],
                     key=lambda x: x.start)
    return out


# a move of a rate in points written in words, as rate and yield copy writes it: "cut by half a
# point", "three-quarters of a point", "another half point", "rose a point and a half", "by
# one full point" (digits are read by units.yaml's guarded "points")
_WORD_POINTS = re.compile(
    r"(?i)\b(?:(?P<fr>half|a[ \u00a0]+quarter|three[ \u00a0-]quarters)(?:[ \u00a0]+of)?"
    r"[ \u00a0]+a[ \u00a0]+(?:full[ \u00a0]+)?point"
    r"|(?P<fr2>half|quarter|three-quarter)[ \u00a0]point"
    r"|(?P<one>a|one)[ \u00a0]+(?:full[ \u00a0]+)?point(?:[ \u00a0]+and[ \u00a0]+a[ \u00a0]+"
    r"(?P<fr3>half|quarter)\b|\b(?![ \u00a0]+(?:of|in|where|when|at|on)\b)))"
    r"\b(?![ \u00a0]*[-\d])")
# what stands right before such a move: its verb or "by" ("cut its rate by half a point",
# "yields jumped a point and a half", "lowered rates another half point")
_POINT_MOVE_BEFORE = re.compile(
    r"(?i)\b(?:by|another|rose|risen|rise|rises|fell|fallen|fall|falls|up|down|jumped|"
    r"climbed|dropped|slipped|edged|gained|lost|added|shed|cut|cuts|raised|raise|lowered|lower|"
    r"hiked|trimmed|reduced|increased|decreased)[ \u00a0]+$")
# ... or the noun of a move with "of" ("The drop of half a point was larger than expected"),
# a rate's figure in the 200 characters before it ("fell to 7% from 7.3%. The drop of ...")
_POINT_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:drop|fall|rise|increase|decrease|decline|gain|jump|cut|climb|dip|move|"
    r"reduction)[ \u00a0]+of[ \u00a0]+$")
_RATE_FIGURE = re.compile(r"\d(?:[ \u00a0]*%|[ \u00a0]+per[ \u00a0]?cent\b|[ \u00a0]+percent\b)")
# the rate the move leads to or comes from, right after it, as units.yaml's guarded "points"
# are read ("by half a point to 4.25%"; "cut rates by half a point." may be another rate's
# move than the figures around it, and is left unread)
_POINT_TO_RATE = re.compile(r"(?i)[ \u00a0]*,?[ \u00a0]+(?:higher[ \u00a0]+|lower[ \u00a0]+)?"
                            r"(?:to|from)[ \u00a0]+(?:a[ \u00a0]+)?\d[\d.,]*[ \u00a0]*"
                            r"(?:%|per[ \u00a0]?cent\b|percent\b)")
# ... or, with no rate after it, the rate the move is of as the verb's object right before
# "by" ("the Fed cut rates by half a point.", "raised interest rates by three-quarters of a
# point"): the measure from its own words
_POINT_RATE_BEFORE = re.compile(
    r"(?i)\b(?:cut|cuts|raised|raise|raises|lowered|lower|lowers|hiked|hike|hikes|trimmed|"
    r"reduced|increased|lifted|lifts|lift)[ \u00a0]+(?:(?:its|their|the|his|her|[a-z]+['’]s)"
    r"[ \u00a0]+)?(?:(?:main|key|benchmark|base|policy|official|bank|interest|lending|"
    r"borrowing|repo|cash)[ \u00a0]+)*(?:rates?|borrowing[ \u00a0]+costs)[ \u00a0]+by[ \u00a0]+$")
_POINT_FRACTION_WORDS = {"half": 0.5, "a quarter": 0.25, "quarter": 0.25,
                         "three-quarters": 0.75, "three quarters": 0.75, "three-quarter": 0.75}


def _word_points_at(text: str) -> Iterator[re.Match[str]]:
    """``_WORD_POINTS`` matches, searched only in the 40 characters before each " point" and
    the 20 after it (one scan of the whole text tries its alternatives at every position)."""
    p = text.find(" point")
    last = -1
    while p >= 0:
        m = _WORD_POINTS.search(text, max(0, p - 40, last), min(len(text), p + 26))
        if m is not None and m.start() >= last:
            last = m.end()
            yield m
        p = text.find(" point", p + 6)


def _word_points(text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """A move of a rate in points written in words (``_WORD_POINTS``) after its verb or "by":
    points of a percentage, as "half a percentage point" is, when the rate it leads to or
    comes from follows it (``_POINT_TO_RATE``: "cut rates by half a point to 4.25%"), in
    place of what was read in it."""
    out = ms
    for m in _word_points_at(text):
        noun = _POINT_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if noun is None and \
                _POINT_MOVE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None or (
                _POINT_TO_RATE.match(text, m.end()) is None and
                not _rate_move_alone(text, out, m.start()) and
                not (noun is not None and _RATE_FIGURE.search(text, max(0, m.start() - 200),
                                                               m.start()))):
            continue
        fr = m.group("fr") or m.group("fr2")
        if fr is not None:
            value = _POINT_FRACTION_WORDS[" ".join(fr.lower().split())]
        else:
            value = 1.0 + (_POINT_FRACTION_WORDS[m.group("fr3").lower()] if m.group("fr3")
                           else 0.0)
        q = QuantityMention(start=m.start(), end=m.end(), text=m.group(0), value=value,
                            unit="percent", dim="points", num_start=m.start(),
                            step=0.0 if value % 1 else 1.0, spelled=True)
        out = sorted([x for x in out if x.end <= m.start() or x.start >= m.end()] + [q],
                     key=lambda x: x.start)
    return out


def _rate_move_alone(text: str, ms: list[QuantityMention], at: int) -> bool:
    """Whether a move in points at ``at`` names its rate as the verb's object ("the Fed cut
    rates by half a point.") with no figure before it in its sentence: after another rate's
    figure ("it slid to 6.08%, ... after the Fed cut interest rates by half a point") the move
    is an event of another rate, not a change of the figures around it."""
    if _POINT_RATE_BEFORE.search(text, max(0, at - 70), at) is None:
        return False
    lo = max(0, at - 300)
    stop = max(last_sentence_stop(text, lo, at), text.rfind("\n", lo, at))
    start = stop + 1 if stop >= 0 else lo
    return not any(start <= q.start < at for q in ms)


def _next_sentence_end(text: str, at: int) -> int:
    """Where the sentence after the one ending at ``at`` ends (past a paragraph break)."""
    for m in _SENTENCE_STOP.finditer(text, at + 1):
        if text[at:m.start()].strip(" \u00a0\n\t.!?"):
            return m.start()
    return len(text)


@lru_cache(maxsize=1)
def _cents_of() -> dict[str, str]:
    """Each dollar of units.yaml ``local_dollars`` -> its cent (a sub-unit of a hundredth):
    "NZD" -> "NZ_cent"."""
    units = vocab.load("units.yaml")
    local = set(units.get("local_dollars") or {})
    return {str(c["code"]): str(sub["unit"]) for c in units.get("currencies") or []
            if c["code"] in local for sub in c.get("subunits") or []
            if float(sub["factor"]) == 0.01}


def _local_cents(ms: list[QuantityMention]) -> list[QuantityMention]:
    """Bare cents ("a 50-cent rise", "30 cents", no "US") in a story whose bare "$" figures
    are all one other country's dollar (``_local_dollars``: "New Zealand's minimum wage will
    rise to $15.75") are that dollar's cents (everyday115: "the third 50-cent rise in three
    years, from $14.25" is a New Zealand rise). A story with a bare "$" left as the US dollar,
    or of two countries' dollars, keeps them as they are."""
    codes = {q.unit.split(" ")[0] for q in ms if "$" in q.text and "US$" not in q.text and
             "U.S.$" not in q.text and q.unit.split(" ")[0] in ("USD", *_cents_of())}
    if len(codes) != 1 or next(iter(codes)) not in _cents_of():
        return ms
    cent = _cents_of()[next(iter(codes))]
    out = ms
    for i, q in enumerate(ms):
        if q.unit.split(" ")[0] != "US_cent" or "US" in q.text or "U.S." in q.text:
            continue
        if out is ms:
            out = list(ms)
        out[i] = _replace(q, unit=cent + q.unit[len("US_cent"):])
    return out


def _local_rupees(g: _Grammar, text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """A "Rs" or "rupees" (no "₹" or "INR", which are India's alone) is the rupee of the
    country its sentence names, when it names Pakistan, Sri Lanka or Nepal and not India
    (units.yaml ``local_rupees``): "Pakistan raised its relief package from Rs7.5 billion"."""
    return _local_currency(
        text, ms, lambda q: q.unit.split(" ")[0] == "INR" and "₹" not in q.text and
        "INR" not in q.text, g.local_rupees, g.india_names,
        lambda q, code: code + q.unit[3:])


def _ages(g: _Grammar, text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """A plain whole number of a person's years written after its people and a bound
    ("31 are children under five", "people over 65", "a boy aged five") is an age in years:
    left bare, it would be read as a count of them, a total that the parts after it
    ("including 12 babies") exceed. Only whole numbers a life can reach."""
    out = ms
    for i, q in enumerate(ms):
        if not q.bare or q.unit:
            continue
        lo, hi = (q.lower, q.upper) if q.is_range else (q.value, q.value)
        # (whole numbers of years a life can reach; the range test first: int() of an
        # infinite value raises)
        if lo is None or hi is None or not (0 < lo <= 120 and 0 < hi <= 120) or \
                lo != int(lo) or hi != int(hi):
            continue
        if (not _may_end_age_phrase(g, text, q.start) or
                g.age_before.search(text, max(0, q.start - 40), q.start) is None) and \
                not _age_bound_after(g, text, q):
            continue
        if out is ms:
            out = list(ms)
        out[i] = _replace(q, unit="year", dim="time", bare=False)
    return out


def _may_end_age_phrase(g: _Grammar, text: str, a: int) -> bool:
    """Whether the text before ``a`` can end as ``g.age_before`` matches: spaces (and perhaps
    one final line break, before which "$" also matches) after a word that ends one of its
    phrases (``g.age_last``). A word with a letter outside ASCII is let through: the pattern
    matches case-insensitively, and "ſ" or the Kelvin sign match "s" and "k" there."""
    j = a - 1 if text[a - 1:a] == "\n" else a
    k = j
    while k > 0 and text[k - 1] in " \u00a0":
        k -= 1
    if k == j:
        return False
    i = k
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    w = text[i:k]
    return not w.isascii() or w.lower() in g.age_last


def _age_bound_after(g: _Grammar, text: str, q: QuantityMention) -> bool:
    """A number its bound follows, after a word for people or a form of "be" ("were 65 or
    over", "people 65 and older"): an age (units.yaml age_bounds ``after``)."""
    return g.age_after is not None and g.age_after.match(text, q.end) is not None and \
        g.age_after_lead.search(text, max(0, q.start - 30), q.start) is not None


# "a 10th of the herd", "a 3rd of voters": a fraction written with a digit ordinal
class _Found:
    """The spans of the figures already found, asked by bisection whether a span overlaps one
    or a position falls in one: the readers run after the figures (vague counts, "a 5th of",
    "fivefold") each scanned every figure for each of their matches, so a line of thousands
    of "dozens of homes and 5 cars" grew with the square of its length."""

    __slots__ = ("starts", "max_end")

    def __init__(self, found: list[QuantityMention]) -> None:
        qs = sorted(found, key=lambda q: q.start)
        self.starts = [q.start for q in qs]
        self.max_end = list(accumulate((q.end for q in qs), max))

    def overlaps(self, s: int, e: int) -> bool:
        """Whether a figure has ``start < e`` and ``end > s``."""
        k = bisect_left(self.starts, e)
        return k > 0 and self.max_end[k - 1] > s

    def covers(self, p: int) -> bool:
        """Whether a figure has ``start <= p < end``."""
        k = bisect_right(self.starts, p)
        return k > 0 and self.max_end[k - 1] > p


# (written to skip along the text to an "a": ci_word_alternation)
_DIGIT_FRACTION = re.compile(
    ci_word_alternation([r"an?[ \u00a0]+(\d{1,3})(?:th|rd)[ \u00a0]+of\b"]))


def _digit_fractions(text: str, found: list[QuantityMention], merged: list[tuple[int, int]],
                     mstarts: list[int]) -> list[QuantityMention]:
    out = []
    have = _Found(found)
    for m in _DIGIT_FRACTION.finditer(text):
        n = int(m.group(1))
        if n < 3 or (merged and in_spans(merged, mstarts, m.start(1))) or have.covers(
                m.start(1)):
            continue
        out.append(QuantityMention(m.start(), m.end() - 3, text[m.start():m.end() - 3], 1 / n,
                                   num_start=m.start(), step=0.0))
    return out


# "fivefold", "tenfold", "a hundredfold", "twenty-fold": a factor written as one word with
# a spelled-out number ("10-fold" is read as digits). The number words are numbers.yaml's
# cardinals, tens and scales, so a word the vocabulary gains is read here too.
@lru_cache(maxsize=1)
def _fold_rx() -> re.Pattern[str]:
    g = grammar()
    ws = sorted(set(g.cardinals) | set(g.tens) | {k for k, v in g.scales.items() if v >= 100},
                key=len, reverse=True)
    alt = "|".join(map(re.escape, ws))
    return re.compile(rf"(?i)\b(?:an?[ \u00a0]+)?((?:{alt})(?:-(?:{alt}))?)-?fold\b")


def _fold_words(g: _Grammar, text: str, found: list[QuantityMention],
                merged: list[tuple[int, int]], mstarts: list[int]) -> list[QuantityMention]:
    """Factors said as one word ("rose fivefold", "a tenfold rise"): the figure is the factor,
    a plain number, as in "10-fold", so a stated multiple is listed and checked."""
    out = []
    have = _Found(found)
    for m in _fold_rx().finditer(text):
        a = m.start(1)
        if (merged and in_spans(merged, mstarts, a)) or have.covers(a):
            continue
        v = _words_value(g, m.group(1).lower().split("-"))
        if v is None or v < 2:
            continue
        # the mention ends where "fold" begins, as "10-fold" does: the factor's readers
        # (comparisons._fold_factors) see the same shape for both
        out.append(QuantityMention(m.start(), m.end(1), text[m.start():m.end(1)], v,
                                   num_start=a, step=1.0, spelled=True, bare=True))
    return out


# "twice as many goals", "thrice as much", "twice as fast as wages": a stated multiple of an
# amount
_TWICE = re.compile(r"(?i)\b(twice|thrice)(?=[ \u00a0]+(?:as[ \u00a0]+(?:many|much|[a-z]+[ \u00a0]+as\b)|"
                    r"(?P<of>the|that|its|their|his|her)\b(?=[^,;:\d]{0,40}\d)))\b")


_DIGIT_RUN = re.compile(r"\d")
# a sentence that opens by pointing back at a figure before it
_POINTS_BACK = re.compile(r"(?i)[\s\"“(]*(?:that|this|it|which|these|those|the[ \u00a0]+figure)\b")


def _tens_bands(g: _Grammar, text: str, found: list[QuantityMention],
                merged: list[tuple[int, int]], mstarts: list[int]) -> list[QuantityMention]:
    """"in the high 20s Celsius", "the low 30s F": a temperature in a band of a ten (the
    digits of its part of the ten: numbers.yaml ``tens_bands``, "high" 7 to 9), an interval
    whose value is its lowest bound. Only with a temperature's unit written after it, or in a
    sentence on weather or heat ("highs in the upper 90s", in the text's scale); elsewhere
    "in her mid-30s" is an age and "the 1920s" a decade."""
    bands = vocab.load("numbers.yaml").get("tens_bands") or {}
    have = _Found(found)
    out = []
    for m in _TENS_BAND.finditer(text):
        unit = _read_unit(g, text, m.end())
        if unit is None and temperature.weather_sentence(text, m.start()):
            # "highs in the upper 90s": the text's scale (extract.temperature)
            unit = (temperature.degree_scale(text, m.start(), 10.0 * int(m.group("t"))).unit,
                    "temperature", m.end("t") + 2)
        lo_hi = bands.get(m.group("b").lower())
        if unit is None or unit[1] != "temperature" or lo_hi is None or \
                have.overlaps(m.start("b"), unit[2]) or \
                (merged and in_spans(merged, mstarts, m.start("b"))):
            continue
        ten = 10 * int(m.group("t"))
        lo, hi = ten + float(lo_hi[0]), ten + float(lo_hi[1])
        s, e = m.start("b"), unit[2]
        out.append(QuantityMention(start=s, end=e, text=text[s:e], value=lo, unit=unit[0],
                                   dim=unit[1], num_start=s, step=0.0, lower=lo, upper=hi,
                                   spelled=True))
    return out


def _twice_words(g: _Grammar, text: str, merged: list[tuple[int, int]], mstarts: list[int]
                 ) -> list[QuantityMention]:
    """A multiple said as one word before an amount compared ("twice as many", "as much"):
    the figure is the factor (numbers.yaml ``multiples``), as "two times as many" is two, so
    the stated multiple is listed; so is "twice the sector's 7% drop" when no figure stands
    before it in its sentence (the factor is all the text gives of the first amount). "He
    scored twice" is no comparison, and "1,600, twice the 1,070" is read by the relations as
    the factor between two figures."""
    out = []
    for m in _TWICE.finditer(text):
        a = m.start()
        v = g.multiples.get(m.group(1).lower())
        if v is None or (merged and in_spans(merged, mstarts, a)):
            continue
        if m.group("of"):
            ss = _sentence_bounds(text, a)[0]
            if _DIGIT_RUN.search(text, ss, a) or _POINTS_BACK.match(text, ss):
                continue   # "1,600, twice the 800 before", "That was twice the 1,070": a
                # relation of two figures (the first one in the sentence before)
        out.append(QuantityMention(a, m.end(), m.group(1), v, num_start=a, step=1.0,
                                   spelled=True, bare=True))
    return out


# "one in five adults", "1 in 3", "three out of 10 shoppers", "nine of 10 regions", "eight in
# 10 (82%)": a share, one figure (A/B). The second count is a small whole number (no year: "5
# in 2023"), with no unit ("2 in 10 days")
_SHARE_GAP = re.compile(r"[ \u00a0]+(?:in(?:[ \u00a0]+every)?|(?P<out>out[ \u00a0]+)?of"
                        # "Nine of Changi's top 10 markets", "seven of its 10 biggest"
                        r"(?:[ \u00a0]+(?:the|its|their|[A-Z][\w-]*[’']s))?"
                        r"(?:[ \u00a0]+(?:top|biggest|largest|main|leading))?)[ \u00a0]+")
_SHARE_NEXT = re.compile(r"(?:[ \u00a0]+(?:[a-z(]|(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
                         r"|Dec)[a-z]*\b)[A-Z][a-z]|[A-Z]{2,5}s\b)|[ \u00a0]*(?:[.,;:)]|$))")
# (a people's name after the counts is a noun too: "four in 10 Americans"; so is an
# abbreviation's plural: "nine out of 10 GPs", "one in five SMEs")


def _share_gap(text: str, a_end: int, b: QuantityMention) -> bool:
    """"in" before any small count; "out of" only before a small or round one ("four out of
    five", "three out of 10"): "28 out of 31 drones" is a tally, two counts; a bare "of" only
    before 10 or 100 ("nine of 10 regions"; "329 of 380 fixtures" is a tally)."""
    gm = _SHARE_GAP.fullmatch(text, a_end, b.num_start)
    if gm is None or gm.group().split()[0] == "in":   # "one in five", "one in every 12"
        return gm is not None
    if gm.group("out") is None:
        return b.value in (10, 100)
    return b.value <= 5 or b.value in (10, 100, 1000)


def _shares(text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """"A in B" / "A out of B" (two plain whole counts, A below B): the share A/B as well as
    the two counts (a reader of "one in five adults" may check 20%, or the one and the five;
    normalize.comparisons gives the counts their roles, factor and whole, when a percentage
    restates them). The share is written to the gap to the next such share (A/B - A/(B+1) is
    about A/B²: "about one in eight" is 11.7% to 13.3%, never the 8% of "one in 12")."""
    i, out = 0, []
    while i < len(ms):
        a = ms[i]
        b = ms[i + 1] if i + 1 < len(ms) else None
        if b is not None and a.unit == "" and b.unit == "" and not a.is_range and \
                not b.is_range and a.value >= 1 and 2 <= b.value <= 1000 and \
                a.value < b.value and a.value == int(a.value) and b.value == int(b.value) and \
                a.qualifier is None and _share_gap(text, a.end, b) and \
                _SHARE_NEXT.match(text, b.end) is not None and \
                text[b.num_start:b.end].strip().replace(" ", "").isalnum():
            out.append(QuantityMention(start=a.start, end=b.end, text=text[a.start:b.end],
                                       value=a.value / b.value, num_start=a.num_start,
                                       step=a.value / b.value ** 2, spelled=a.spelled))
            out += (a, b)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


# a time taken, as results write it: h:mm:ss ("2:03:38") or m:ss with hundredths
# ("13:21.37"); a clock time after "at", or with am/pm or a zone, is no duration
_RACE_TIME = re.compile(
    r"(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)"
    r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d{1,3})"
    # minutes past any hour of a clock: "57:32" (a half marathon) is no time of day
    r"|(?P<m3>2[4-9]|[3-5]\d):(?P<s3>[0-5]\d)(?!:)"
    # a gap in minutes and seconds, by the word after it: "finished second, 1:22 back"
    r"|(?P<m4>\d{1,2}):(?P<s4>[0-5]\d)(?=[ \u00a0]+(?:back|behind|ahead|clear|adrift|slower|"
    r"faster|quicker|outside|inside|off[ \u00a0]+the[ \u00a0]+pace)\b))"
    r"(?![\d:]|[.,]\d|[ \u00a0]?(?:[aApP]\.?[mM]\b|GMT\b|UTC\b|[A-Z]{1,2}T\b))")


def _race_time(text: str, a: int) -> QuantityMention | None:
    prev = text[a - 1] if a else " "
    if prev.isalnum() or prev in ".,:/-":
        return None
    m = _RACE_TIME.match(text, a)
    if m is None or ((m.group("h") or m.group("m4")) and
                     text[max(0, a - 3):a].lower() == "at "):
        return None
    if m.group("h"):
        secs = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + float(m.group("s"))
        frac = m.group("s").partition(".")[2]
    elif m.group("m2"):
        secs = int(m.group("m2")) * 60 + float(m.group("s2"))
        frac = m.group("s2").partition(".")[2]
    elif m.group("m3"):
        secs, frac = int(m.group("m3")) * 60 + float(m.group("s3")), ""
    else:
        secs, frac = int(m.group("m4")) * 60 + float(m.group("s4")), ""
    return QuantityMention(start=a, end=m.end(), text=m.group(), value=secs, unit="second",
                           dim="time", num_start=a, step=10.0 ** -len(frac))


def _match_at(g: _Grammar, text: str, rx: re.Pattern[str], a: int, pos: int, kind: str,
              dend: int) -> tuple[re.Match[str] | None, int]:
    """The number pattern's match for the candidate at ``a`` (its sign, parenthesis or currency
    included), or (None, where the scan goes on) when nothing there is a figure: a match that
    reads nothing, or a time, code or score that ``NOT_FIGURE`` knows ("+44", "(020)")."""
    if kind == "d" or kind == "m":
        st = _prefix_start(g, text, a, pos, kind)
        prev = text[st - 1] if st > 0 else " "
        if not (prev.isalnum() or prev in ".,"):
            after = text[dend:dend + 1]
            if prev in "+(" or (after and after in _TIME_NEXT and dend - a <= 4 and (
                    after not in " \u00a0" or text[dend + 1:dend + 2] in _TIME_AFTER_SPACE
                    or text.startswith("noon", dend + 1))):
                tp = st - 1 if prev in "+(" else st
                nf = NOT_FIGURE.match(text, tp)
                if nf is not None:
                    return None, nf.end()
        m = rx.match(text, st)
        if m is None or m.end() <= a:
            m = rx.match(text, a)
    else:
        m = rx.match(text, a)
    if m is None or m.end() <= m.start():
        return None, dend
    return m, dend


def _word_figures(g: _Grammar, text: str, m: re.Match[str], merged: list[tuple[int, int]],
                  mstarts: list[int], out: list[QuantityMention]) -> int:
    """Append the spelled-out figures of the word match ``m`` to ``out`` (ordinals dropped, a
    sign applied, "ten to fifteen" joined into one range); return where the scan goes on."""
    e = m.end()
    got = _from_words(g, text, m, merged, mstarts)
    if got:
        k0 = len(out)
        out.extend(_signed(g, text, x) for x in got
                   if not _ordinal(text, x) and not _named_by_word(g, text, x) and
                   not (text[x.end:x.end + 1] == "-" and _named_compound(g, text, x.end)))
        for k in range(max(1, k0), len(out)):
            r = _word_range(g, text, out[k - 1], out[k])
            if r is not None:  # "ten to fifteen boats", "between two and three"
                out[k - 1:k + 1] = [r]
                break
        e = max(e, got[-1].end)
    return e


def _unjoined_one(text: str, q: QuantityMention) -> bool:
    """A bare spelled "one" that ``_word_figure`` kept only as a range's first bound."""
    return q.spelled and not q.unit and not q.is_range and q.value == 1 and \
        q.text.lower() == "one" and _ONE_RANGE.match(text, q.end) is not None and \
        not _ONE_IN.match(text, q.end) and not _last_of_list(text, q.start, q.end)


def _digit_figure(g: _Grammar, text: str, m: re.Match[str], a: int, marked: bool, dot: bool,
                  merged: list[tuple[int, int]], mstarts: list[int],
                  out: list[QuantityMention]) -> int:
    """Append the digit figure of ``m`` (candidate at ``a``) to ``out``, as a range when a
    second bound follows; return where the scan goes on. Codes ("T-05-18", "020 7946 0958")
    and a rate's base ("8.6 per 100,000 people") give no figure."""
    s, e = m.span()
    q = _from_digits(g, text, m, dot=dot, marked=marked)
    if q is None:
        # skip the rest of the token so "T-05-18" does not yield "18"
        pos = _token_end(text, m.end("num") if m.group("num") else e)
        if text[a] == "0" and text[a + 1:a + 2].isdigit():
            pos = max(pos, _CODE_RUN.match(text, a).end())  # "020 7946 0958"
        return pos
    q, end = q
    if q.bare and q.value in _RATE_BASES and text[q.start - 4:q.start].lower() in (
            "per ", "ery ") and _RATE_BEFORE.search(text, max(0, q.start - 12), q.start):
        return end   # "8.6 per 100,000 people": the rate's base, no figure of its own
    q = _signed(g, text, q)
    tally = _vote_tally(g, text, q, end, dot)
    if tally is not None:   # "voted 7-2", "a 6-3 ruling": two counts of a vote, no score
        out.extend((q, tally[0]))
        return tally[1]
    # a range "10-15 km", "between 3 and 5 miles", "8- to 16-meter"
    rng = _range(g, text, q, end, merged, mstarts, out, dot)
    if rng is not None:
        if rng[0] is None:
            return rng[1]
        q, end = rng
    elif out and out[-1].spelled and not out[-1].is_range:
        r = _word_range(g, text, out[-1], q)   # "eight to 12 inches"
        if r is not None:
            out[-1] = r
            return max(end, s + 1)
    out.append(q)
    return max(end, s + 1)


@lru_cache(maxsize=1)
def _tally_words() -> dict[str, re.Pattern[str]]:
    """rules/vocab/tallies.yaml: the words that make "7-2" a vote and "one" a count of one."""
    data = vocab.load("tallies.yaml")
    return {k: re.compile(str(data[k])) for k in ("vote_before", "vote_after", "one_before",
                                                  "one_after")}


_TALLY_DASH = re.compile(r"[ \u00a0]*[-\u2013][ \u00a0]*(?=\d)")


def _vote_tally(g: _Grammar, text: str, q: QuantityMention, end: int, dot: bool
                ) -> tuple[QuantityMention, int] | None:
    """"The committee voted 7-2", "a 6-3 ruling", "split 5-4": the second count of a vote's
    tally and its end, when "q-N" of two bare whole numbers (the second no larger) stands
    after a vote's verb or before its noun (rules/vocab/tallies.yaml); else None (a score,
    a range or a code is read as before)."""
    if not (q.bare and q.text.isdigit() and 0 < q.value <= 1000):
        return None
    m = _TALLY_DASH.match(text, end)
    m2 = (g.number_dot if dot else g.number).match(text, m.end()) if m else None
    if m2 is None or m2.group("num") is None:
        return None
    got = _from_digits(g, text, m2, second=True, dot=dot)
    if got is None:
        return None
    q2, end2 = got
    if not (q2.bare and q2.text.isdigit() and q2.value <= q.value) or \
            end2 < len(text) and (text[end2].isalnum() or text[end2] in "-\u2013"):
        return None
    t = _tally_words()
    if t["vote_before"].search(text[max(0, q.start - 60):q.start].lower()) is None and \
            t["vote_after"].match(text[end2:end2 + 20].lower()) is None:
        return None
    return q2, end2


def _tally_one(text: str, ps: int, end: int) -> bool:
    """Whether a spelled "one" is a count of a vote ("by eight votes to one", "with one member
    absent", "one abstention"): rules/vocab/tallies.yaml ``one_before``, ``one_after``."""
    t = _tally_words()
    return t["one_before"].search(text[max(0, ps - 20):ps].lower()) is not None or \
        t["one_after"].match(text[end:end + 60].lower()) is not None


# "All but one of the 155 people on board were killed", "everyone except one of the crew": the
# one left out of a whole is a count (normalize/all_but.py sets the rest against the whole)
_ALL_BUT_BEFORE = re.compile(r"\b(?:all|every[ \u00a0]?one|everybody)[ \u00a0]+(?:but|except|save)"
                             r"[ \u00a0]+$")
_ALL_BUT_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]")


def _all_but_one(text: str, ps: int, end: int) -> bool:
    """Whether a spelled "one" is the one left out of a whole ("all but one of the 155")."""
    return _ALL_BUT_BEFORE.search(text[max(0, ps - 20):ps].lower()) is not None and \
        _ALL_BUT_AFTER.match(text, end) is not None


# time units from the longest down; seconds in those of a fixed length (a month or a year
# varies, so a duration written with one is never summed)
_TIME_ORDER = ("century", "decade", "year", "month", "week", "day", "hour", "minute", "second")
_SECONDS = {"week": 604800.0, "day": 86400.0, "hour": 3600.0, "minute": 60.0, "second": 1.0}
_TIME_UNITS = frozenset(_TIME_ORDER)
_DURATION_GAP = re.compile(r"(?:,?[ \u00a0]+and|,)?[ \u00a0]+")


def _compound_durations(text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """"2 hours, 4 minutes and 58 seconds", "3 hours 20 minutes": one duration, written in its
    last (smallest) unit, when each part is a smaller time unit than the one before and all are
    of a fixed length ("3 years, 2 months and 14 days" stays three figures)."""
    if not any(q.unit in _TIME_UNITS for q in ms):
        return ms     # (no time unit: nothing to join, no "an hour and" to read)
    out: list[QuantityMention] = []
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and _duration_next(text, ms[j], ms[j + 1]):
            j += 1
        chain = ms[i:j + 1]
        if j == i and ms[i].unit in _SECONDS:   # "an hour and 41 minutes"
            chain = [_one_unit_before(text, ms[i])]
            out.extend(chain)
            i += 1
            continue
        if j > i and all(q.unit in _SECONDS for q in chain):
            first, last = chain[0], chain[-1]
            value = sum(q.value * _SECONDS[q.unit] for q in chain) / _SECONDS[last.unit]
            out.append(_replace(first, end=last.end, text=text[first.start:last.end],
                                value=value, unit=last.unit, step=last.step, rounded=False,
                                lower=None, upper=None))
        else:
            out.extend(chain)
        i = j + 1
    return out


# "an hour and", "a day and" right before a smaller time unit's figure
_ONE_UNIT_BEFORE = re.compile(
    r"(?i)\b(?:an?|one)[ \u00a0]+(?P<u>week|day|hour|minute),?[ \u00a0]+and[ \u00a0]+$")


def _one_unit_before(text: str, q: QuantityMention) -> QuantityMention:
    """"an hour and 41 minutes": one of a larger time unit said with an article before a
    figure of a smaller one is one duration (101 minutes), as "1 hour and 41 minutes" is."""
    m = _ONE_UNIT_BEFORE.search(text, max(0, q.start - 16), q.start)
    if m is None or q.is_range or _TIME_ORDER.index(m.group("u")) >= _TIME_ORDER.index(q.unit):
        return q
    value = q.value + _SECONDS[m.group("u")] / _SECONDS[q.unit]
    return _replace(q, start=m.start(), text=text[m.start():q.end], value=value,
                    num_start=m.start(), rounded=False)


def _duration_next(text: str, p: QuantityMention, q: QuantityMention) -> bool:
    """Whether ``q`` continues the duration ``p`` ("2 hours, 4 minutes"): a smaller time unit
    right after it, joined by a comma, "and" or a space; neither a range, ``q`` unqualified."""
    if p.unit not in _TIME_ORDER or q.unit not in _TIME_ORDER or p.is_range or q.is_range \
            or q.qualifier is not None:
        return False
    return _TIME_ORDER.index(q.unit) > _TIME_ORDER.index(p.unit) \
        and _DURATION_GAP.fullmatch(text, p.end, q.start) is not None


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlaps merged, so a bisect finds the covering span."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _prefix_start(g: _Grammar, text: str, a: int, pos: int, kind: str) -> int:
    """Where a digit candidate at ``a`` really starts: a sign, an accounting parenthesis or a
    currency ("$", "US$", "EUR 5") right before it."""
    c1 = text[a - 1] if a > 0 else ""
    if a > 0 and (c1 in _PREFIX_CHARS or (
            c1 in " \u00a0" and a > 1 and (
                text[a - 2] in _CUR_CHARS
                or text[a - 2].isupper() and text[a - 4:a - 1] in g.cur_codes))
            or c1.isupper() and (text[a - 3:a] in g.cur_codes or
                                 "$" in text[max(0, a - 4):a - 1])   # "$US2.1", "$A2"
            or (kind == "m" and _letter_currency(g, text, a))):
        pm = g.prefix.search(text, max(pos, a - 8), a)
        if pm is not None and pm.start() < a:
            return pm.start()
    return a


# the separator after the first digit group (scanning for "." and "," is much faster than
# trying a pattern at every digit); one pattern per separator, each opening with its own
# character, which the search finds at C speed (one pattern that opens with either tests a
# character class at every position: three times the cost)
_DOT_EVIDENCE = (
    re.compile(r"\.(?=\d{3}(?:\.\d{3}|,\d))"),                         # 1.600.000, 1.600,5
    re.compile(r",(?=\d{1,2}(?!\d)[ \u00a0]?(?:%|km\b|kg\b|m\b|cm\b|°|€|Mio\b|Mrd\b|mln\b))"))  # 3,5 km


def dot_locale(text: str) -> bool:
    """Whether the text writes "." between thousands and "," before decimals.

    Only unambiguous evidence counts: a figure with two dot-separated thousands groups
    (1.600.000), dot thousands with decimal comma (1.600,5), or a decimal comma before a unit
    (3,5 km, 12,5 %). "1.600" alone is 1.6 in an English text."""
    # (each piece of evidence is judged alone: which separator is looked for first changes
    # nothing)
    for rx in _DOT_EVIDENCE:
        for m in rx.finditer(text):
            r = m.start()
            if r == 0 or not text[r - 1].isdigit():
                continue
            r -= 1
            while r > 0 and text[r - 1].isdigit():
                r -= 1
            if r == 0 or text[r - 1] not in ".,":   # the group is not itself after a separator
                return True
    return False


_VULGAR_RE = re.compile("[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")
_DIGITS = "0123456789"
_DIGIT_SET = frozenset(_DIGITS)


def _candidates(g: _Grammar, text: str, ws: Words) -> list[tuple[int, str, int]]:
    """(start, kind, end) of every place a figure may start, in order: a word that starts
    with a digit (d), a number word (w), "a"/"an"/"one" before a scale word or unit name (a),
    a vulgar fraction (d)."""
    out: list[tuple[int, str, int]] = []
    W, S, E, low = ws.words, ws.starts, ws.ends, ws.low
    numw, follow = g.number_words, g.article_follow
    marks, marks2 = g.marks, g.marks2
    n = len(W)
    interesting = g.candidate_words
    # words are [a-z0-9]+, so a word sorts before ":" exactly when it starts with a digit
    # (each word this reads is on ``word_shortlist``: one pass over the words for both finders)
    for i in [i for i in word_shortlist(ws)
              if (w := W[i]) < ":" or w in interesting or w[0] == "c" and w[1:2] in _DIGIT_SET]:
        w = W[i]
        c0 = w[0]
        if c0 == "c" and w[1:2] in _DIGIT_SET:
            # "c1.84%": circa glued to the figure (read by _digits_head), lower case only
            if text[S[i]] == "c":
                d = w[1:]
                out.append((S[i] + 1, "d", S[i] + 1 + len(d) - len(d.lstrip(_DIGITS))))
            continue
        if c0 in _DIGITS:
            # "m": a digit word right after a word that may make it a designation, an age or
            # a time ("page 12", "aged 34", "age of 67", "half past 6"); checked in _from_digits
            p = W[i - 1]   # (W[-1] for the first word: _from_digits checks the real text)
            mk = p in marks or p in marks2 and W[i - 2] in marks2[p]
            out.append((S[i], "m" if mk else "d", S[i] + len(w) - len(w.lstrip(_DIGITS))))
        elif w in numw:
            out.append((S[i], "w", E[i]))
        elif (w == "a" or w == "an" or w == "one") and i + 1 < n and W[i + 1] in follow \
                and not low[E[i]:S[i + 1]].strip():
            out.append((S[i], "a", E[i]))
    if any(ch in text for ch in "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"):
        out.extend((m.start(), "d", m.end()) for m in _VULGAR_RE.finditer(text))
        out.sort()
    glued = []
    for m in g.glued_digit.finditer(text) if _letter_before_digit(g, text) else ():
        a, k = m.start(), m.start() - 1
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if k > 0 and text[k - 1] == "$" and text[k - 1:a] in g.glued_cur:
            k -= 1
        if text[k:a] in g.glued_cur and (k == 0 or not text[k - 1].isalnum()):
            e = a + 1
            while e < len(text) and text[e].isdigit():
                e += 1
            glued.append((a, "m" if a - k > 1 else "d", e))
    if glued:
        # "R50,000", "Sh50,000", "N9.2": a currency glued to its digits (one word to the
        # word splitter, so no digit word above); read by _digits_head / _letter_currency
        out = sorted(out + glued)
    return out


# every ASCII letter made "a", every ASCII digit "0", any other byte a space
_LETTER_DIGIT = bytes(97 if 65 <= c <= 90 or 97 <= c <= 122 else 48 if 48 <= c <= 57 else 32
                      for c in range(256))


def _letter_before_digit(g: _Grammar, text: str) -> bool:
    """Whether ``g.glued_digit`` may match in ``text``: an ASCII letter stands right before an
    ASCII digit (one byte translation and a search for "a0", both at C speed: most copy has
    none, and the pattern's scan, tried at every digit, cost 2.5% of extraction). Always True
    for a text with any character outside ASCII (``\\d`` reads other scripts' digits) and
    for a grammar whose glued currencies end in anything but an ASCII letter."""
    return not (g.glued_ascii and text.isascii()) or \
        b"a0" in text.encode("ascii").translate(_LETTER_DIGIT)


def _letter_currency(g: _Grammar, text: str, a: int) -> bool:
    """Whether a currency written with letters ("Rs 500", "Rs. 500") ends right before ``a``."""
    k = a - 1
    if text[k] in " \u00a0":
        k -= 1
    if text[k] == ".":
        k -= 1
    return k > 0 and text[k - 1:k + 1] in g.cur_letter_tail


def _signed(g: _Grammar, text: str, q: QuantityMention) -> QuantityMention:
    """"minus 5", "negative two": the sign word joins the figure."""
    if q.value <= 0 or q.start < 6 or text[q.start - 2] not in "sSeE":
        return q
    sm = _SIGN_WORD.search(text, max(0, q.start - 12), q.start)
    if sm is None or sm.group(1).lower() not in g.signs:
        return q
    s = sm.start(1)
    return _replace(q, start=s, num_start=s, text=text[s:q.end], value=-q.value,
                    lower=-q.upper if q.upper is not None else None,
                    upper=-q.lower if q.lower is not None else None)


def _token_end(text: str, e: int) -> int:
    n = len(text)
    while e < n and (text[e].isalnum() or (text[e] in "-./+" and e + 1 < n
                                             and text[e + 1].isalnum())):
        e += 1
    return e


_HEAD_GROUPS = ("open", "sign", "cur", "sign2", "num", "exp", "frac", "vf")


class _Fig:
    """A figure being read from digits by ``_from_digits``, stage by stage."""

    __slots__ = ("s", "end", "value", "step", "rounded", "sign", "cur_code", "open_paren",
                 "lead", "prev", "num_s", "num_e", "raw", "frac", "exp", "vf", "scale",
                 "lower", "upper", "unit", "dim", "circa", "letter")

    def __init__(self, m: re.Match[str], raw: str | None, frac: str | None, exp: str | None,
                 vf: str | None) -> None:
        self.s, self.end = m.start(), m.end()
        self.raw, self.frac, self.exp, self.vf = raw, frac, exp, vf
        self.value, self.step, self.rounded, self.sign = 0.0, 1.0, False, 1.0
        self.cur_code: str | None = None
        self.open_paren = False
        self.lead = self.num_s = self.num_e = 0
        self.prev = " "
        self.scale = 1.0
        self.lower: float | None = None
        self.upper: float | None = None
        self.unit, self.dim = "", ""
        self.circa = ""   # "c" or "c." glued before the digits (circa)
        self.letter = False   # a one-letter currency ("R", "N"): needs a scale or grouping


def _from_digits(g: _Grammar, text: str, m: re.Match[str], *, second: bool = False,
                 dot: bool = False, marked: bool = False) -> tuple[QuantityMention, int] | None:
    """The figure a digit match starts (``g.number``): value, scale, uncertainty, unit; None
    when the digits are no figure (a designation, a code, a year, a time, a name...)."""
    f = _digits_head(g, text, m, second, dot) if not m.group("vf") else _vulgar_head(text, m)
    if f is None:
        return None
    end = f.end
    # time-of-day and ordinal look-alikes right after the digits
    if text[end:end + 1].isalpha() and text[end:end + 2].lower() in ("st", "nd", "rd", "th") \
            and not text[end + 2:end + 3].isalpha():
        st = _stone(text, f)
        if st is None:
            return None
        return st, st.end
    _scale_after(g, text, f)
    if f.letter and f.scale == 1.0 and "," not in (f.raw or ""):
        return None   # "the N50", "R2": a road, a grade, a model; no currency
    _uncertainty_after(g, text, f)
    _unit_after(g, text, f, marked)
    _race_distance(text, f)
    if not _tail_ok(text, f):
        return None
    f.value *= f.sign
    bare = not f.unit and f.scale == 1.0 and not f.cur_code
    if f.circa and bare and "." not in f.raw and (f.circa == "c" or abs(f.value) < 10):
        return None   # "the c3 variant": a name; circa comes with decimals, units or money
        # (or its dot before a count: "c.300 people"; "c.4 of the Act" is a chapter)
    if _not_a_figure(g, text, f, m, bare, marked, second):
        return None
    q = QuantityMention(start=f.s, end=f.end, text=text[f.s:f.end], value=f.value, unit=f.unit,
                        dim=f.dim, num_start=f.s, step=f.step, rounded=f.rounded,
                        lower=f.lower, upper=f.upper, spelled=False, bare=bare)
    return q, f.end


# a weight in stones and pounds, as British copy writes it: "15st 4lb", "12st"
_STONE_LB = re.compile(r"st(?:[ \u00a0]*(\d{1,2})[ \u00a0]*lbs?)?(?![A-Za-z])")


def _stone(text: str, f: _Fig) -> QuantityMention | None:
    """"15st 4lb" (214 lb), "17st": stones, where "st" is no ordinal's suffix (a whole number
    not ending in 1, or with pounds after it: "21st 3lb")."""
    raw = f.raw or ""
    m = _STONE_LB.match(text, f.end)
    if m is None or not raw.isdigit() or f.cur_code or f.sign < 0 or text[f.end] != "s":
        return None
    n = int(raw)
    if m.group(1) is None and (n % 10 == 1 and n % 100 != 11):
        return None   # "21st": the ordinal
    if m.group(1) is None:
        return QuantityMention(start=f.s, end=m.end(), text=text[f.s:m.end()], value=float(n),
                               unit="stone", dim="mass", num_start=f.s)
    lb = n * 14 + int(m.group(1))
    return QuantityMention(start=f.s, end=m.end(), text=text[f.s:m.end()], value=float(lb),
                           unit="pound", dim="mass", num_start=f.s)


def _vulgar_head(text: str, m: re.Match[str]) -> _Fig | None:
    """"½", "¾ mile": a vulgar fraction on its own."""
    f = _Fig(m, *m.group("num", "frac", "exp", "vf"))
    f.value, f.step = _VULGAR[f.vf], 0.0
    f.num_s, f.num_e = m.span("vf")
    f.lead = f.num_s
    f.prev = text[f.s - 1] if f.s > 0 else " "
    return None if f.prev.isalnum() else f


def _digits_head(g: _Grammar, text: str, m: re.Match[str], second: bool, dot: bool
                 ) -> _Fig | None:
    """The number itself: sign, currency, digits, exponent, fraction."""
    # the eight groups read here, taken at once (``groupdict`` built a dict of all ten, 6,400
    # instructions a figure by callgrind)
    open_, sign, cur, sign2, num, exp, frac, vf = m.group(*_HEAD_GROUPS)
    f = _Fig(m, num, frac, exp, vf)
    f.num_s, f.num_e = m.span("num")
    f.open_paren = bool(open_)
    f.lead = m.start("sign") if sign else (m.start("cur") if cur else f.num_s)
    prev = f.prev = text[f.lead - 1] if f.lead > 0 else " "
    if sign:
        if prev.isalnum() or prev in ".,":
            return None
        f.sign = -1.0
    if sign2:
        f.sign = -1.0
    # designations and parts of tokens: "F-16", "Su-34", "M1A2", "v2.0", "#5", "J1149.5"
    if prev == "_" and _emphasis_open(text, f.lead):
        prev = f.prev = " "   # Markdown emphasis: "_34_", "__15__"
    if prev in g.letter_cur and not cur and not sign and (
            f.lead < 2 or not (text[f.lead - 2].isalnum() or text[f.lead - 2] in "-/.'’")):
        f.cur_code, f.letter = g.letter_cur[prev], True   # "R50,000", "N9.2 billion"
        f.lead -= 1
        f.s = f.lead
        prev = f.prev = text[f.lead - 1] if f.lead > 0 else " "
    if prev.isalpha() or prev in "#@_/\\." or (
            prev == ":" and text[f.lead - 2:f.lead - 1].isdigit()):   # "3:1" is a ratio
        if not (prev in "c." and _CIRCA.search(text, max(0, f.lead - 3), f.lead)):
            return None
        f.circa = "c." if prev == "." else "c"   # (dates45) "c.300 staff": the dot says circa
        prev = f.prev = " "   # "c1.84%", "c.193.90p": circa, a qualifier (with_qualifiers)
    if prev in "-–" and not sign and not second:
        pp = text[f.lead - 2] if f.lead > 1 else " "
        if pp.isalnum():
            return None
    try:
        f.value, f.step, f.rounded = _digits_value(num, dot)
        if exp:
            f.value = _with_exponent(f.value, num, exp)
            f.step = 0.0
        if frac:
            got = _with_fraction(f.value, num, frac)
            if got is None:
                return None
            f.value, f.step, f.rounded = got, 0.0, False
    except (ValueError, OverflowError):
        return None
    cur_raw = (cur or "").strip(" \u00a0\u202f\u2009")
    f.cur_code = g.cur_symbols.get(cur_raw) or (cur_raw[:3] if cur_raw else f.cur_code)
    if open_ and not cur and not sign and text[m.end():m.end() + 1] == ")":
        _outer_accounting(g, text, f, m)
    return f


def _outer_accounting(g: _Grammar, text: str, f: _Fig, m: re.Match[str]) -> None:
    """"$(134.3) million", "£(2.1)m": an accountant's negative written inside the currency
    sign, the scale after the bracket; the currency right before "(" and nothing else."""
    paren = m.start()
    for sym in g.cur_symbols_by_length:
        lo = paren - len(sym)
        if lo >= 0 and text.startswith(sym, lo) and (
                lo == 0 or not text[lo - 1].isalnum()):
            f.cur_code, f.sign, f.open_paren = g.cur_symbols[sym], -1.0, False
            f.s = f.lead = lo
            f.prev = text[lo - 1] if lo > 0 else " "
            f.end = m.end() + 1
            return


def _with_exponent(value: float, num: str, exp: str) -> float:
    """"4e14", "10^6", "2^10", "3 x 10^8", "1.2×10⁶" (raises ValueError when unreadable)."""
    ex = exp.replace("−", "-").strip()
    if ex[0] in "eE":
        return float(num.replace(",", "") + "e" + ex[1:])
    if ex[0] == "^":            # "10^6", "2^10"
        return value ** int(ex[1:])
    if "^" in ex and ex.lstrip("x×").split("^")[0].strip() != "10":
        b, p = ex.lstrip("x×").split("^")
        return value * float(b) ** int(p)
    p = re.sub(r"^[^1]*10\^?", "", ex.replace(" ", "").replace("\u00a0", ""))
    return value * 10.0 ** int(p)


def _with_fraction(value: float, num: str, frac: str) -> float | None:
    """"2½", "1 3/4", "3/16": the value with its fraction; None for a zero denominator."""
    fr = frac.strip(" \u00a0\u202f\u2009")
    if fr in _VULGAR:
        return value + _VULGAR[fr]
    if fr.startswith("/"):
        den = float(fr[1:])
        if den == 0 or "." in num or "," in num:
            return None
        return value / den
    a, b = fr.split("/")
    if float(b) == 0:
        return None
    return value + float(a) / float(b)


def _scale_after(g: _Grammar, text: str, f: _Fig) -> None:
    """An attached suffix ("765K", "3bn", "$10m"), a scale word ("1.2 million") or "and a
    half" ("1 and a half miles") after the number."""
    end = f.end
    nxt1 = text[end:end + 1]
    nxt2 = text[end:end + 2].lstrip(" \u00a0\u202f\u2009")[:1]
    sm = g.suffix.match(text, end) if nxt1.isalpha() else None
    if sm is None and nxt1 == " " and nxt2 in g.scale_first and (
            text[end + 1:end + 3] in g.spaced_suffix_heads and not text[end + 3:end + 4].isalpha()
            or text[end + 1:end + 4] in g.spaced_suffix_heads):
        sm = g.spaced_suffix.match(text, end)   # "6 mn", "3 bn", "2 mln"
    if sm:
        info = g.suffixes[sm.group(1)]
        if not info.get("currency_only") or f.cur_code or (
                info.get("money_context") and _money_context(g, text, f, sm.end())):
            f.scale = float(info["value"])
            end = sm.end()
    if f.scale == 1.0:
        wm = g.scale_word.match(text, end) if nxt2 in g.scale_first and (
            text[end + 1:end + 4] if nxt1 in " -\u00a0\u202f\u2009" else text[end:end + 3]
        ).lower() in g.scale_heads else None
        if wm is None and nxt1 == "\n" and text[end + 1:end + 4].lower() in g.scale_heads:
            wm = g.scale_word.match(text, end + 1)   # "about 21.6\nthousand": a wrapped line
        if wm:
            f.scale = g.scales[wm.group(1).lower()]
            end = wm.end()
            wm2 = g.scale_word.match(text, end) if text[end:end + 1] == " " else None
            if wm2 and g.scales[wm2.group(1).lower()] > f.scale:
                # "1.2 lakh crore", "5 thousand million": the scales multiply
                f.scale *= g.scales[wm2.group(1).lower()]
                end = wm2.end()
    if f.scale != 1.0:
        f.value *= f.scale
        f.step = (f.step or 1.0) * f.scale
        f.rounded = True
    elif nxt2 == "a" and text[end + 1:end + 4] == "and" and not f.frac and f.raw \
            and "." not in f.raw:
        hm = _AND_A_FRACTION.match(text, end)
        if hm:  # "1 and a half miles"
            f.value += 1.0 / g.denoms[hm.group(1).lower()]
            f.step, f.rounded, end = 0.0, False, hm.end()
    f.end = end


# "raised 1.5m", "a 2.3m deficit", "1.5m people": "m" is a million there, not metres
_MONEY_BEFORE = re.compile(
    r"(?i)\b(?:raised|raise|raising|cost|costs|costing|spent|spend|spending|paid|pay|paying|"
    r"worth|budget|fund|funding|earned|earns|owed|owes|fined|fine|deal|revenue|revenues|"
    r"profit|profits|loss|losses|debt|debts|deficit|sales|income|salary|valued|donated|"
    r"invested|investment|grant|bonus|turnover)\b[^.;\d]{0,20}$")
# a broadcast's audience (issue 12, dates36): "drew 5.08m (23.5%)", "peaked with 9.8m",
# "The ratings were 9.91m", "launched with 1.7m": a million viewers
_AUDIENCE_BEFORE = re.compile(
    r"(?i)\b(?:drew|draws|drawing|attracted|attracts|pulled[ \u00a0]+in|pulls[ \u00a0]+in|"
    r"peaked[ \u00a0]+(?:at|with)|tuned[ \u00a0]+in|audiences?[ \u00a0]+of|"
    r"watched[ \u00a0]+by|ratings?[ \u00a0]+(?:of|were|was)|overnights?[ \u00a0]+of|"
    r"(?:launched|opened|returned|debuted|returns|launches|opens|debuts)[ \u00a0]+with)"
    r"[ \u00a0]+(?:(?:a|an|an[ \u00a0]+average[ \u00a0]+of|some|about|around|nearly|"
    r"almost|over|more[ \u00a0]+than|just[ \u00a0]+over|just[ \u00a0]+under)[ \u00a0]+)?$")
_MONEY_NOUNS = frozenset("""deficit budget loss profit deal fund contract bonus grant debt
payout settlement fine salary package investment donation windfall bill""".split())
_PEOPLE = frozenset("people children men women adults users voters viewers".split())
# plural nouns that count people or things never measured in metres: "217m passengers", "120m
# subscribers" are millions whatever the figure ("400m hurdles" and "a 100m sprinters' final"
# stay metres: those nouns are not here)
_COUNTED = frozenset("""passengers visitors visits customers subscribers tourists households
homes jobs votes shares downloads copies members readers listeners patients pupils students
residents workers employees migrants refugees doses vaccinations journeys trips tickets devices
phones smartphones accounts followers streams listens views calls applications claims
barrels fans supporters spectators attendees guests delegates entrants participants
admissions""".split())
# a million written just before, with its noun, and "to"/"and"/"from" between
_M_BEFORE = re.compile(r"\d[\d.,]*m[ \u00a0]+([a-z]+),?[ \u00a0]+(?:(?:up|down)[ \u00a0]+)?"
                       r"(?:to|and|from|or|against)[ \u00a0]+$")
# a bare million-or-metres figure right before, joined by "to"/"and"/"or": "from 7.75m to 7.6m"
# a range's first bound in money right before: "£2-", "€2.2 to "
_CUR_RANGE_BEFORE = re.compile(r"(?:[£$€¥]|\b[A-Z]{1,3}\$)[ \u00a0]?\d[\d.,]*[ \u00a0]?"
                               r"(?:[-–]|to[ \u00a0])[ \u00a0]?$")
_M_PAIR_BEFORE = re.compile(r"(?<![\w.,])(\d[\d.,]*)m[ \u00a0]+(?:to|and|or)[ \u00a0]+$")


# (dates47) a height or level in its clause before the figure, reached by a verb of level:
# "Flood defences were raised to 2.5m", "The River Severn peaked at 5.2m", "Sea levels could
# rise by 1.1m", "The embankment stands at 6.1m": metres, not millions (no money word, sign
# or figure between the noun and the figure: "Flood defence funding rose to 2.5m" stays)
_HEIGHT_THING_BEFORE = re.compile(
    r"(?i)\b(?:defen[cs]es?|walls?|barriers?|embankments?|levees?|dams?|dykes?|rivers?|"
    r"tides?|floodwaters?|water|seas?|sea[ \u00a0]+levels?|snow|snowdrifts?|drifts?|surges?|"
    r"crests?|gauges?|waves?|swells?|towers?|spires?|masts?|floodwalls?)\b"
    r"(?![^.;:!?\d£$€]*\b(?:fund|funds|funding|budget|budgets|cost|costs|spending|spend|"
    r"spent|grant|grants|investment|bill|bills|price|prices|damage|damages|claims|insurance|"
    r"people|residents|homes|households|properties)\b)"
    r"[^.;:!?\d£$€]{0,60}?\b(?:raised|raise|raises|rise|rises|rising|rose|risen|peaked|"
    r"peaks|peak|reached|reach|reaches|stands|stood|stand|standing|climbed|climbs|fell|falls|"
    r"fall|dropped|drops|built|topped|tops|hit|hits|measured|measures|measuring|lifted|"
    r"heightened|extended)"
    r"(?:[ \u00a0]+(?:up|back))?(?:[ \u00a0]+(?:to|at|by|of|over|above|from|between))?"
    r"(?:[ \u00a0]+(?:about|around|nearly|almost|some|just|over|under|more[ \u00a0]+than|"
    r"up[ \u00a0]+to))?[ \u00a0]*$")


# (dates47) a word right after a bare "4.5m" that makes it a height whatever came before:
# "raised to 4.5m above the normal tide", "a wall 2m high" ("3m above forecast" is no height)
_HEIGHT_AFTER = re.compile(r"[ \u00a0]+(?:high|tall|deep|thick)\b|[ \u00a0]+(?:above|below)"
                           r"[ \u00a0]+(?:the[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?(?:sea|tides?|"
                           r"ground|water|river|street|flood|datum|surface|level)\b")


def _a_height(g: _Grammar, text: str, f: _Fig, end: int) -> bool:
    """(dates47) Whether a bare "2.5m" is a height or level by its words: a thing of heights
    raised, risen or standing to it in its clause, with no counted noun before or after
    ("Visitors to the dam rose to 1.2m" counts visitors), or a height word right after it."""
    if _HEIGHT_AFTER.match(text, end):
        return True
    at = f.s
    pb = _M_PAIR_BEFORE.search(text, max(0, at - 30), at)
    if pb is not None:
        at = pb.start(1)   # "raised from 2.5m to 3.1m": the first bound's words say
    lm = _HEIGHT_THING_BEFORE.search(text, max(0, at - 90), at)
    if lm is None or _counted_phrase(g, text, end, f.value) is True:
        return False
    lo = max(text.rfind(". ", 0, lm.start()) + 1, max(0, lm.start() - 60))
    return not any(w in _COUNTED or w in _PEOPLE
                   for w in re.findall(r"[a-z]+", text[lo:at].lower()))


# (dates47) what makes "5k" a race's distance in kilometres: a race word right after it ("a
# 10k run", "the charity 10k fun run", "a 5k course"), or a runner's verb before it ("ran the
# 5k in 17 minutes"); "50k people", "5k runners" and "£12k" stay thousands
_RACE_AFTER = re.compile(r"(?i)[ \u00a0-]+(?:fun[ \u00a0-]+)?(?:runs?|races?|road[ \u00a0]+"
                         r"races?|walks?|courses?|routes?|loops?|trails?|swims?|parkruns?|"
                         r"pb|personal[ \u00a0]+bests?|time)\b")
_RACE_BEFORE = re.compile(r"(?i)\b(?:ran|runs|run|running|won|wins|win|walked|completed|"
                          r"finished|finishes|clocked)[ \u00a0]+(?:the|a|her|his|their)"
                          r"[ \u00a0]+$")


def _race_distance(text: str, f: _Fig) -> None:
    """(dates47) A bare "5k" of a race ("the charity 10k run", "ran the 5k"): 5 kilometres,
    not 5,000 (a figure with a currency or a unit of its own is left)."""
    if f.scale != 1000.0 or f.unit or f.cur_code or text[f.end - 1:f.end] not in "kK":
        return
    if not (_RACE_AFTER.match(text, f.end) or
            _RACE_BEFORE.search(text, max(0, f.s - 24), f.s)):
        return
    f.value /= 1000.0
    f.step = (f.step or 1000.0) / 1000.0
    f.scale, f.unit, f.dim = 1.0, "kilometer", "length"


def _money_context(g: _Grammar, text: str, f: _Fig, end: int) -> bool:
    """Whether a bare "1.5m" is a million: money words before it ("raised 1.5m") or a money
    noun after it ("a 1.5m deficit"), another unit after it ("20m barrels"), or a plural count
    noun after a figure below 100 ("1.5m people"); "400m hurdles", "a 10m wall", "2m tall"
    stay metres."""
    if _a_height(g, text, f, end):
        return False   # (dates47) "Flood defences were raised to 2.5m": a height
    if _MONEY_BEFORE.search(text, max(0, f.s - 40), f.s) or text.startswith("-strong", end):
        return True   # "the 1.2m-strong union": a membership, never metres
    if _AUDIENCE_BEFORE.search(text, max(0, f.s - 40), f.s):
        return True   # "the show drew 5.08m (23.5%)": a million viewers
    if _CUR_RANGE_BEFORE.search(text, max(0, f.s - 16), f.s) is not None:
        return True   # "£2-3m", "€2-2.5m": the second bound of an amount of money
    pm = _M_BEFORE.search(text, max(0, f.s - 40), f.s)
    if pm is not None and (pm.group(1) in _MONEY_NOUNS or pm.group(1) in _PEOPLE or
                           pm.group(1) in _COUNTED or
                           g.unit_by_name.get(_norm(pm.group(1)), {}).get("dim") not in (
                               None, "length", "")):
        return True   # "from 14.5m people to 15.5m", "to 14.5m tonnes, from 16.4m": the
        # second is read as the first
    pb = _M_PAIR_BEFORE.search(text, max(0, f.s - 30), f.s)
    if pb is not None and (_count_subject(text, pb.start(1)) or
                           _MONEY_BEFORE.search(text, max(0, pb.start(1) - 40), pb.start(1))):
        return True   # "has fallen from 7.75m to 7.6m": the second is read as the first
    if text.find("of", max(0, f.s - 40), f.s) >= 0 and \
            _PART_OF_THOSE_BEFORE.search(text, max(0, f.s - 40), f.s):
        return True   # "5.9m payment cards. Of those, 5.8m were": a part of a count before
    wm = _OF_WHOLE_AFTER.match(text, end, end + 60)
    if wm is not None and (wm.group(1) in _COUNTED or wm.group(1) in _PEOPLE):
        return True   # "About 8m of the UK's 28m households": a part of the count after it
    counted = _counted_phrase(g, text, end, f.value)
    if counted is None and (ra := _M_RANGE_AFTER.match(text, end)) is not None:
        counted = _counted_phrase(g, text, ra.end(), f.value)   # (dates45) "1.2m-1.4m visitors"
    if counted is not None:
        return counted
    return _count_subject(text, f.s) or _million_earlier(g, text, f.s)


# (dates45) a range's second bound in millions right after the first, joined by a dash:
# "1.2m-1.4m visitors" (the noun after it says what both count); (dates46) or by "to": "from
# 25.6m to 50.8m entries" (the doubling check that once took "the 11 stations" before the
# verb for its result reads no multiple there now: relations._MULT_VERB_TO)
_M_RANGE_AFTER = re.compile(r"(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+to[ \u00a0]+)\d[\d.,]*m"
                            r"(?=[ \u00a0])")


# the whole a figure is a part of, in millions with its count noun, right after it: " of the
# UK's 28m households", " of its 3.1m customers"
_OF_WHOLE_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:[A-Za-z][\w’'-]*[ \u00a0]+){0,3}?"
                             r"(?:about[ \u00a0]+|some[ \u00a0]+|around[ \u00a0]+)?"
                             r"\d[\d.,]*m[ \u00a0]+([a-z]+)\b")


# a part of a count just named: "Of those, 5.8m were ...", "of which 1.2m", "of them about 3m"
_PART_OF_THOSE_BEFORE = re.compile(
    r"(?i)\bof[ \u00a0]+(?:those|them|these|which|whom)\b,?[ \u00a0]+(?:(?:some|about|around|"
    r"nearly|almost|roughly|over|more[ \u00a0]+than|just[ \u00a0]+over|just[ \u00a0]+under)"
    r"[ \u00a0]+)?$")


# the words after a bare "3m" up to its noun: "3m emergency food parcels", "1m of the parcels"
_PHRASE_NEXT = re.compile(r"[ \u00a0]+([a-z][a-z-]*)(?:[ \u00a0]+([a-z][a-z-]*))?"
                          r"(?:[ \u00a0]+([a-z][a-z-]*))?")
# words that end the noun phrase after the figure: the noun was not there
_PHRASE_STOP = frozenset("""in on at to from for by with and or is was were are has have had
a an as than that which who went came rose fell up down since""".split())
# what makes a bare "10m" a length: "a 10m high wall", "2m tall", "50m away"
_LENGTH_WORDS = frozenset("""high tall long wide deep away off above below across thick
deep-water wave waves wall walls""".split())
_OF_THE = frozenset(("the", "those", "these", "its", "their", "all"))


def _counted_phrase(g: _Grammar, text: str, end: int, value: float) -> bool | None:
    """Whether the noun phrase after a bare "3m" makes it a million (True: "3m emergency food
    parcels", "1m of the parcels", "1.5m people"), metres (False: "400m hurdles", "a 10m high
    wall", "2m tall"), or says nothing (None: "the 2.17m of the year before")."""
    pm = _PHRASE_NEXT.match(text, end)
    words = [w for w in pm.groups() if w] if pm else []
    if len(words) >= 2 and words[0] == "of" and words[1] == "them":
        return True   # "1m of them": part of a count
    if len(words) >= 3 and words[0] == "of" and words[1] in _OF_THE:
        words = words[2:]   # "1m of the parcels": the noun is the whole's
    for i, w in enumerate(words):
        if w in _LENGTH_WORDS or w in _NOT_COUNT_NOUNS:
            return False
        if w in _MONEY_NOUNS or w in _PEOPLE or w in _COUNTED:
            return True
        unit = g.unit_by_name.get(_norm(w))
        if unit is not None:
            return unit.get("dim") not in ("length", "")
        if w.endswith("s") and not w.endswith("ss") and value < 100:
            return True
        if w in _PHRASE_STOP or i == 0 and w == "of":
            break
    return None


# an earlier bare "Nm" of the same sentence: "almost 3m parcels ..., 37% more than the 2.17m"
_M_EARLIER = re.compile(r"(?<![\w.,£$€])(\d[\d.,]*)m(?=[ \u00a0])")


def _million_earlier(g: _Grammar, text: str, s: int) -> bool:
    """Whether an earlier bare "Nm" in the same sentence counts something (its own noun phrase
    says so), so that this one, with no noun of its own, is read as millions too; or, when
    its sentence says nothing of lengths, one in the text before it ("Breach hit 10m
    customers" above "raised its estimate ... from 1.2m to 10m")."""
    lo = max(0, s - 200)
    for stop in ".!?\n":
        k = text.rfind(stop + " ", lo, s) if stop != "\n" else text.rfind("\n", lo, s)
        if k >= 0:
            lo = max(lo, k + 1)
    if _counted_m_between(g, text, lo, s):
        return True
    end = min((k for k in (text.find(". ", s), text.find("\n", s)) if k >= 0),
              default=len(text))
    if _LENGTH_TALK.search(text, lo, end) is not None:
        return False
    return _counted_m_between(g, text, max(0, s - 2000), lo)


# a sentence about lengths, where a bare "Nm" may be metres whatever the text counts elsewhere
_LENGTH_TALK = re.compile(r"(?i)\b(?:metres?|meters?|tall|high|long|wide|deep|away|height|"
                          r"depth|length|sprint|race|final|hurdles|freestyle|relay|jump|throw|"
                          r"wall|wave|swim|run|ran|dash)\b")


def _counted_m_between(g: _Grammar, text: str, lo: int, s: int) -> bool:
    """Whether a bare "Nm" between ``lo`` and ``s`` counts something (its noun phrase)."""
    if lo >= s:
        return False
    for m in _M_EARLIER.finditer(text, lo, s):
        try:
            v = float(m.group(1).replace(",", ""))
        except ValueError:
            continue
        if _counted_phrase(g, text, m.end(), v) or \
                _AUDIENCE_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
            return True
    return False


# a clause that opens with a plural noun (or a noun of a count of people: "The population has
# fallen from 7.75m.") and ends on the figure after a verb: "Applications have roughly doubled
# to 4.2m." (the subject is what the figure counts)
_SUBJECT_TO = re.compile(
    r"(?:^|[.;:!?][ \u00a0]+|\n)(?:(?:the|its|their|our|annual|total|new|weekly|monthly)"
    r"[ \u00a0]+)?(?P<n>[A-Za-z]{3,}s|(?:[a-z]+[ \u00a0]+)?(?:population|workforce|membership|"
    r"headcount|electorate|caseload|backlog|readership|audience|turnout|list))\b[^.;:!?\d]{0,50}?\b(?:to|at|reached|"
    r"hit|topped|totalled|totaled|were|was|of|by|from)[ \u00a0]+(?:about|around|some|nearly|"
    r"almost|over|"
    r"more[ \u00a0]+than|just[ \u00a0]+(?:over|under))?[ \u00a0]*$", re.I)
# (dates46) a plural subject the counted nouns hold, after up to three words of its own, at
# a sentence's or a joined clause's start: "Lunar New Year trips rose from 501m", "..., and
# same-day visitors reached 1.3m" (the nouns decide: "Heavy rains pushed rivers to 4.2m" no)
_COUNTED_SUBJECT_TO = re.compile(
    r"(?:^|[.;:!?][ \u00a0]+|\n|,[ \u00a0]+(?:and|while|but|whereas)[ \u00a0]+)"
    r"(?:(?:the|its|their|our)[ \u00a0]+)?(?:[A-Za-z-]+[ \u00a0]+){0,3}?(?P<n>[A-Za-z]{3,}s)"
    r"[ \u00a0]+(?:(?:have|has|had)[ \u00a0]+)?(?:rose|fell|grew|climbed|jumped|dropped|"
    r"reached|hit|topped|totalled|totaled|were|numbered|went|increased|decreased|declined|"
    r"doubled|came)\b[^.;:!?\d]{0,30}?\b(?:to|at|from|reached|hit|of)?[ \u00a0]*"
    r"(?:(?:about|around|some|nearly|almost|over|more[ \u00a0]+than|just[ \u00a0]+(?:over|"
    r"under))[ \u00a0]+)?$", re.I)
# a headline's group noun after a name and modifiers, with a present-tense verb: "NHS waiting
# list reaches 4.3m" (a count: a million, not metres)
_GROUP_SUBJECT_NOW = re.compile(
    r"(?:^|[.;:!?][ \u00a0]+|\n)(?:[A-Za-z]+[ \u00a0]+){0,3}?(?:population|workforce|membership|"
    r"headcount|electorate|caseload|backlog|readership|audience|turnout|list)[ \u00a0]+"
    r"(?:reaches|hits|tops|passes|nears|rises[ \u00a0]+to|falls[ \u00a0]+to|grows[ \u00a0]+to)"
    r"[ \u00a0]+(?:about|around|some|nearly|almost|over|more[ \u00a0]+than)?[ \u00a0]*$", re.I)
# plural nouns whose figure is a length or height ("Waves reached 4.2m.")
_LENGTH_SUBJECTS = frozenset("""waves swells seas tides levels waters floodwaters rivers heights
depths drifts snowdrifts walls trees buildings towers""".split())


def _count_subject(text: str, s: int) -> bool:
    """Whether a bare "4.2m" ending its clause counts its clause's plural subject
    ("Applications have roughly doubled to 4.2m."): a million, not metres."""
    if text[s - 1:s] not in (" ", "\u00a0"):
        return False
    m = _SUBJECT_TO.search(text, max(0, s - 90), s)
    if m is None:
        mm = _COUNTED_SUBJECT_TO.search(text, max(0, s - 90), s)
        if mm is not None and mm.group("n").lower() in _COUNTED | _PEOPLE:
            return True   # (dates46) "Lunar New Year trips rose from 501m to 596m"
        return _GROUP_SUBJECT_NOW.search(text, max(0, s - 90), s) is not None
    n = m.group("n").lower()
    return not n.endswith("ss") and n not in _LENGTH_SUBJECTS and n not in _NOT_COUNT_NOUNS


_NOT_COUNT_NOUNS = frozenset(("hurdles", "heats", "races", "relays", "finals", "sprints",
                              "steps", "strokes", "lengths", "waves", "seas", "swells"))


def _uncertainty_after(g: _Grammar, text: str, f: _Fig) -> None:
    """A stated uncertainty: "9.83e-3 +/- 1e-5 km/s2"."""
    end = f.end
    nxt2 = text[end:end + 2].lstrip(" \u00a0\u202f\u2009")[:1]
    pm = g.plusminus.match(text, end) if nxt2 in "+±" else None
    if not pm:
        return
    m2 = g.number.match(text, pm.end())
    if m2 and m2.group("num"):
        try:
            unc = _digits_value(m2.group("num"))[0]
            if m2.group("exp") and m2.group("exp")[0] in "eE":
                unc = float(m2.group("num").replace(",", "") + "e" + m2.group("exp")[1:]
                            .replace("−", "-"))
            f.lower, f.upper = f.value * f.sign - unc, f.value * f.sign + unc
            f.end = m2.end()
        except ValueError:
            pass


def _unit_after(g: _Grammar, text: str, f: _Fig, marked: bool) -> None:
    """The unit after the figure (a currency's rate unit, a currency after the number, feet
    and inches, a spaced temperature letter, "3 more pounds", 6'2"), else a unit named before
    it ("aged 34")."""
    end = f.end
    nxt1 = text[end:end + 1]
    nxt2 = text[end:end + 2].lstrip(" \u00a0\u202f\u2009")[:1]
    unit, dim, uend = "", "", end
    if f.cur_code:
        unit, dim = f.cur_code, "currency"
        um = _read_unit(g, text, end, after_currency=True)
        if um:
            unit, dim, uend = f"{f.cur_code} / {um[0]}", "currency_rate", um[2]
    else:
        ca = g.cur_after.match(text, end) if g.cur_after is not None and \
            nxt2 in g.cur_first else None
        if ca:
            unit, dim, uend = g.cur_symbols[ca.group(1)], "currency", ca.end()
        if not unit:
            got = _plain_unit_after(g, text, f, end, nxt1, nxt2)
            if got is not None:
                unit, dim, uend = got
    if marked and not unit and not f.cur_code and f.scale == 1.0 and g.prefix_unit is not None \
            and f.lead > 3 and text[f.lead - 1] in " \u00a0":
        pw = _word_before(text, f.lead)
        if pw in g.prefix_unit_last:
            pm_ = g.prefix_unit.search(text, max(0, f.lead - 24), f.lead)
            if pm_ is not None:                            # "aged 34", "the age of 67"
                unit, dim = g.prefix_units[_norm(pm_.group(1))]
    f.unit, f.dim, f.end = unit, dim, uend


def _plain_unit_after(g: _Grammar, text: str, f: _Fig, end: int, nxt1: str, nxt2: str
                      ) -> tuple[str, str, int] | None:
    um = _read_unit(g, text, end)
    if um is None and (nxt2 == "d" or nxt1 == "-" and text.startswith("-degree", end)) and \
            f.scale == 1.0:
        um = _bare_degrees(text, f, end)
    if um:
        unit, dim, uend = um
        if unit == "foot" and not f.frac:
            fi = _FEET_INCHES.match(text, uend)   # "6 ft 4 in", "5 feet 10 inches"
            if fi is None and text[end:end + 1] == "-":
                fi = _FOOT_DASH.match(text, uend)  # "a 6-foot-5 forward"
            if fi:
                f.value, f.step, f.rounded = f.value * 12 + float(fi.group(1)), 0.0, False
                return "inch", "length", fi.end()
        return unit, dim, uend
    if nxt1 == "c" and f.scale == 1.0 and not text[end + 1:end + 2].isalnum():
        return _glued_c(text, f, end)
    if nxt2 in "CF" and nxt1 == " " and (f.sign < 0 or "." in (f.raw or "")) \
            and not text[end + 2:end + 3].isalnum():
        # "48.8 C", "-10 F": a spaced capital is a temperature only after a decimal or a
        # negative figure (after "grade 5 C" it is not)
        return ("degree_Celsius" if nxt2 == "C" else "degree_Fahrenheit", "temperature",
                end + 2)
    if nxt2 in "mfela" and text.startswith(_MORE, end):
        mm_ = _MORE_RE.match(text, end)     # "3 more pounds", "2 extra kilos"
        um = _read_unit(g, text, mm_.end()) if mm_ else None
        if um and um[1] != "count":
            return um
    elif nxt1 in _PRIMES and f.scale == 1.0 and not f.frac and f.value < 10:
        fi = _FEET_PRIME.match(text, end)          # 6'2"
        if fi:
            f.value, f.step, f.rounded = f.value * 12 + float(fi.group(1)), 0.0, False
            return "inch", "length", fi.end()
    elif nxt1 in _INCH_MARKS and f.scale == 1.0 and not text[end + 1:end + 2].isalnum() \
            and (nxt1 == "″" or text.count('"', text.rfind("\n", 0, f.s) + 1, f.s) % 2 == 0):
        return "inch", "length", end + 1   # 10.8" of snow; not the close of a quotation
    elif f.lead > 6 and text[f.lead - 2] in "sS" and f.scale == 1.0 and not f.cur_code:
        return _minus_scale(text, f)
    return None


# the words of a sentence on shares, where a "c" glued to a figure is cents: "an interim
# dividend of 8.8c a share", "shares fell 14c"
_SHARE_WORDS = re.compile(r"(?i)\b(?:shares?|dividends?|stock|payout|per[ \u00a0]share)\b")


# ... and of a sentence on prices at the pump or on a bill, where it is cents too: "petrol has
# climbed to 146.1c a litre", "7c less than a month ago"; the euro's in a text that writes the
# euro or names Ireland (Irish copy), else the dollar's
_PRICE_WORDS = re.compile(r"(?i)\b(?:litres?|liters?|gallons?|petrol|diesel|fuel|pumps?|prices?|"
                          r"costs?|dearer|cheaper)\b")
_EURO_TEXT = re.compile(r"€|\b(?:[Ee]uros?|Ireland|Irish)\b")


def _glued_c(text: str, f: _Fig, end: int) -> tuple[str, str, int] | None:
    """A lower-case "c" glued to a figure: "minus 10c overnight in the Highlands" is Celsius
    in a sentence on weather; "8.8c a share", "shares fell 14c" are cents in a sentence on
    shares or dividends (read as the dollar's, as "22 cents a share" is), and "146.1c a
    litre" in a sentence on prices (the euro's in Irish copy); else nothing."""
    if f.value <= 56.7 and temperature.weather_sentence(text, f.s):
        return "degree_Celsius", "temperature", end + 1
    a, b = temperature.sentence_around(text, f.s)
    if _SHARE_WORDS.search(text, a, b) is not None:
        return "US_cent", "currency", end + 1
    if _PRICE_WORDS.search(text, a, b) is not None:
        return ("euro_cent" if _EURO_TEXT.search(text) else "US_cent"), "currency", end + 1
    return None


def _minus_scale(text: str, f: _Fig) -> tuple[str, str, int] | None:
    """"-7C in rural Scotland, and minus 12 in the glens": a figure after "minus" with no
    unit, in a sentence that writes a temperature with its scale, is a temperature in that
    scale (extract.temperature reads the scale; the figure's end is unchanged)."""
    if _SIGN_WORD.search(text, max(0, f.lead - 12), f.lead) is None or f.value > 60:
        return None
    scale = temperature.written_scale_near(text, f.s)
    return (scale, "temperature", f.end) if scale else None


# "25 degrees", "112-degree heat" with no scale after them (not "40 degrees north")
_BARE_DEGREES = re.compile(r"(?:[ \u00a0]+|-)degrees?\b(?![ \u00a0]+(?:north|south|east|west)\b)")


def _bare_degrees(text: str, f: _Fig, end: int) -> tuple[str, str, int] | None:
    """A temperature written with no scale, in a sentence on weather or heat, read in the
    scale the text gives (extract.temperature: the place or outlet; unsettled, Celsius)."""
    m = _BARE_DEGREES.match(text, end)
    if m is None or not temperature.weather_sentence(text, f.s):
        return None
    return temperature.degree_scale(text, f.s, f.value * f.sign).unit, "temperature", m.end()


def _tail_ok(text: str, f: _Fig) -> bool:
    """An accountant's "($99.99)"; what follows must not glue to letters or digits."""
    end = f.end
    if f.open_paren and f.cur_code and text[end:end + 1] == ")" and _accounting_cell(text, f.s):
        f.sign = -1.0   # "revenue is ($99.99)": an accountant's negative
        end = f.end = end + 1
    elif f.open_paren:
        f.s += 1
    # what follows must not glue to letters ("19FortyFive", "06F6", "860BOX", "4G")
    if end < len(text) and (text[end].isalpha() or text[end] == "@" or (
            text[end] == "_" and not _emphasis_close(text, end))):
        return False
    if text[end:end + 1] in ("-", "/", ".", ",", ":") and end + 1 < len(text) and \
            text[end + 1].isdigit() and not f.unit:
        # "T-05-18" tails, "1.2.3", "12/17/2024", "3:2" — but not ranges, read later
        if text[end] in "./:" or (text[end] == "-" and _looks_code(text, f.s, end)):
            return False
    if text[end:end + 1] == "-" and end + 1 < len(text) and text[end + 1].isalpha() and \
            not f.unit and _glued_code(text, end + 1):
        return False  # "6-F6"
    return True


def _not_a_figure(g: _Grammar, text: str, f: _Fig, m: re.Match[str], bare: bool, marked: bool,
                  second: bool) -> bool:
    """Digits that name or date something: "page 12", "the 70s", "9/11", "'99", "007",
    "9 o'clock", "10 Downing Street", "in 1979", "Voyager 2", a list number, "at 1800 hours"."""
    raw, num_s, num_e, end = f.raw, f.num_s, f.num_e, f.end
    if marked and raw and raw.replace(".", "").isdigit() and len(raw) <= 6 and not f.cur_code \
            and f.scale == 1.0 and not f.frac and not second \
            and (not f.unit or text[num_e:num_e + 1].isalpha()) \
            and _word_before(text, num_s) in g.designations \
            and not g.designation_counts.match(text, num_e):
        return True  # "page 12", "Route 66", "runway 27L", "No. 10", "version 2.0"
        # (not "ended the season 12 points clear": a count of points)
    if f.unit == "second" and text[num_e:num_e + 1] == "s" and raw and raw[-1] == "0" \
            and len(raw) in (2, 4) and raw.isdigit() and (
                text[num_s - 1:num_s] in "-'’" or _word_before(text, num_s) in _DECADE_BEFORE):
        return True  # "the 70s", "in their 30s", "mid-80s": a decade, not seconds
    if bare and not f.vf and _bare_not_figure(g, text, f, m, marked, second):
        return True
    return f.unit == "hour" and len(raw or "") == 4 and raw.isdigit() and raw < "2400" \
        and raw[2] < "6" and _word_before(text, num_s) == "at"   # "at 1800 hours"


def _bare_not_figure(g: _Grammar, text: str, f: _Fig, m: re.Match[str], marked: bool,
                     second: bool) -> bool:
    raw, fr, prev, end = f.raw, f.frac, f.prev, f.end
    if fr or raw[0] == "0" or prev in "'’":
        if fr and fr[0] == "/" and (
                not raw.isdigit() or int(raw) >= int(fr[1:])
                or raw != "1" and int(fr[1:]) not in g.fraction_dens):
            return True  # "9/11", "7/7", "24/7": a name, not a fraction ("1/40" is one)
        if prev in "'’" and len(raw) == 2 and raw.isdigit():
            return True  # "in '99": a year
        if raw[0] == "0" and not second and raw.isdigit() and len(raw) > 1:
            return True  # "020 7946 0958", "007": a code, not a quantity
    n2 = text[end:end + 2]
    if (marked or n2 in _CLOCK2) and raw.isdigit() and len(raw) <= 2 \
            and _clock(g, text, f.num_s, end):
        return True  # "9 o'clock", "half past 6"
    if " A" <= n2 <= " Z" and raw.isdigit() and len(raw) <= 4 and g.street is not None \
            and g.street.match(text, end):
        return True  # "10 Downing Street": a house number
    # a bare year standing as a date: "in 1979", "2013"
    if len(raw) == 4 and raw.isdigit() and 1800 <= f.value <= 2100 and not f.exp \
            and not fr and f.sign > 0:
        fw = _YEAR_NEXT.match(text, end, end + 30)
        if fw and len(fw.group(1)) > 1 and fw.group(1).isupper() and \
                _COUNT_HEDGE_BEFORE.search(text, max(0, f.lead - 14), f.lead):
            return False   # "over 1900 ICU admissions": a hedged count of an acronym's things
        if not fw or fw.group(1).lower() in _YEAR_FOLLOW_OK or not fw.group(1).islower() or \
                _HEDGED_FIGURE_NEXT.match(text, end):
            return True     # ("would leave 2021 about 30,000 cars above 2020": a year, then
            # the hedged figure that is counted)
        if _DETERMINER_BEFORE.search(text, max(0, f.lead - 8), f.lead) and \
                _SINGULAR.fullmatch(fw.group(1)):
            return True    # "The 2018 crop was 1.184 billion bushels": a year naming a
            # thing (no count of a singular noun)
        if f.value >= 1900 and _POSSESSIVE_BEFORE.search(text, max(0, f.lead - 30), f.lead):
            return True    # "Russia's 2024 losses were the heaviest": a year after a
            # possessive, a count of that size being written with its comma
    # a name with a number: "Voyager 2", "English 101", "Route 66" (not a bracket that holds
    # only the number: "followed by Brighton and Hove (144), Cornwall (99)" gives each its
    # figure)
    if raw.isdigit() and len(raw) <= 4 and (
            _after_name(text, m.start(), end, g) and not _bracketed_alone(text, m, end) or
            _numbered_name(g, text, m.start(), raw)):
        return True
    if text[end:end + 1] == "-" and raw.isdigit() and _named_compound(g, text, end):
        return True   # "the 20-city index", "the 73-plate month": part of a name
    # a list number ("1. ", "2) " at the start of a line) or a footnote mark ("[3]")
    return raw.isdigit() and len(raw) <= 3 and (
        (text[end:end + 1] in ".)" and text[end + 1:end + 2] in (" ", "\t", "")
         and _line_start(text, m.start()))
        or (text[m.start() - 1:m.start()] == "[" and text[end:end + 1] == "]"))


_COMPOUND = re.compile(r"-([a-z]+)(?:[ \u00a0]+([a-z]+))?")


def _bracketed_alone(text: str, m: re.Match[str], end: int) -> bool:
    """Whether the number of ``m`` stands alone in brackets: "(144)"."""
    return bool(m.group("open")) and text[end:end + 1] == ")"


def _numbered_name(g: _Grammar, text: str, s: int, raw: str) -> bool:
    """Whether the number ``raw`` at ``s`` ends one of numbers.yaml's ``numbered_names``
    ("the Standard & Poor's 500 lost 19.14": the index, no count of 500)."""
    heads = g.numbered_heads.get(raw)
    if heads is None:
        return False
    head = text[max(0, s - 40):s]
    return any(re.search(r"\b" + h + r"[ \u00a0]+$", head) is not None for h in heads)


def _named_by_word(g: _Grammar, text: str, q: QuantityMention) -> bool:
    """Whether the number word ``q`` ends one of numbers.yaml's ``numbered_names`` in any case
    ("matter at absolute zero", "Ground Zero": a name, no count of 0)."""
    w = q.text.lower()
    return not q.unit and any(
        n.lower() == w and re.search(r"(?i)\b" + h + r"[ \u00a0]+$",
                                     text[max(0, q.start - 40):q.start]) is not None
        for h, n in g.numbered_names)


def _named_compound(g: _Grammar, text: str, end: int) -> bool:
    """Whether "N-word" at ``end`` names a thing rather than counting: the word is one that
    names by number ("73-plate": a registration period), or the noun after it is a name's
    head ("the 20-city index", "the 30-share composite": an index called by its coverage).
    numbers.yaml ``named_compounds``."""
    m = _COMPOUND.match(text, end)
    if m is None:
        return False
    return m.group(1) in g.compound_words or (m.group(2) or "") in g.compound_heads


# a capitalised name inside a sentence right before a bracket: a word before it on its line
_NAME_BEFORE_PAREN = re.compile(r"[a-z,][ \u00a0]+(?:[A-Z][\w’'&.-]*[ \u00a0]+){0,3}"
                                r"[A-Z][\w’'&.-]*[ \u00a0]*$")


def _accounting_cell(text: str, paren: int) -> bool:
    """Whether the "(" at ``paren`` opens an accountant's negative ("revenue is ($99.99)",
    "| Net income | ($5m) |") rather than a conversion of the amount written just before it
    ("£1.2bn ($1.5bn)", "20 million pounds ($25m)"): a figure in the words right before the
    bracket, with no stop between, makes it a conversion."""
    k = paren - 1
    lo = max(0, paren - 30)
    name = _NAME_BEFORE_PAREN.search(text, lo, paren)
    if name is not None and "|" not in text[lo:paren]:
        return False    # "from Berkshire Hathaway ($3.4 billion), Citizens ($2.6 billion)":
        # the amount of the name before it, in an aside (a name inside a sentence, no cell)
    while k >= lo and text[k] not in ".;:|\n(":
        if text[k].isdigit():
            return False
        k -= 1
    return True


_SHARE_BEFORE = frozenset("""
almost nearly more over about roughly around less under just some fully only barely than
exactly precisely
""".split())
# verbs that take a share of a whole written as a figure and its noun ("take half of the £1
# million purse", "lost half the 420 jobs"): with such a whole, "half" after them is a share
_HALF_TAKERS = frozenset("""
take takes took taking get gets got getting receive receives received keep keeps kept
lose loses lost losing cut cuts spend spends spent pay pays paid give gives gave win wins won
share shares shared claim claims claimed
""".split())
_HALF_OF = re.compile(r"[ \u00a0]+(?:of|the)[ \u00a0]+(?:[A-Za-z’'-]+[ \u00a0,]+){0,4}")
# a percentage in brackets between "half" and its whole: "half (48%) of all claims"
# the whole of "half" written as a figure with its noun: "Half the 420 jobs", "half of the
# 1,900 staff" ("half the previous day's 800" is a multiple)
# ("half of the £1 million purse": an amount, its currency sign and scale word with it)
_HALF_OF_FIGURE = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?the[ \u00a0]+(?:[A-Z]{0,2}[$€£¥₹])?"
                             r"\d[\d,.]*(?:(?:m|bn|k)\b|[ \u00a0]+(?:thousand|million|billion))?"
                             r"[ \u00a0]+"
                             r"(?!(?:it|they|he|she|we|you|that|which|who|a|an|the|in|on|at|"
                             r"of|from|for|by|to|and|or|was|were|is|are|had|have|has)\b)[a-z]")
# the word right after "half"
_WORD_AFTER_HALF = re.compile(r"[ \u00a0]+([a-z]+)\b")
_HALF_PAREN = re.compile(r"[ \u00a0]*\([ \u00a0]*\d{1,3}(?:\.\d+)?[ \u00a0]*(?:%|per[ \u00a0]?cent)"
                         r"[ \u00a0]*\)[ \u00a0]+(?:of|the)\b", re.I)


@lru_cache(maxsize=1)
def _change_by() -> re.Pattern[str]:
    """A change word right before "by" ("rose by", "were up by", "slashed by"): the change
    verbs of changes.yaml (``change_words``), and "up"."""
    return re.compile(r"(?i)\b(?:" + change_words("past", "present", "clause") +
                      r"|up)[ \u00a0]+by[ \u00a0]+$")


def _half_share(g: _Grammar, text: str, ps: int, pe: int) -> bool:
    """"Almost half of voters", "Half the homes", "Half the 420 jobs", "About half said":
    "half" as a share of a whole, when a bound or the sentence start stands before it and no
    figure follows it but its whole's, or a verb it is the subject of (numbers.yaml
    ``share_verbs``); "rose by half" too ("half the previous day's 800" is a multiple, "the
    first half of 2024" a period)."""
    if _word_before(text, ps) == "by" and _change_by().search(text, max(0, ps - 24), ps) and \
            not _A_UNIT.match(text, pe) and text[pe:pe + 3] != " of":
        return True   # "rose by half", "were up by half on the week before": a change
    hm = _HALF_OF.match(text, pe)
    if _HALF_PAREN.match(text, pe) or _HALF_OF_FIGURE.match(text, pe) and not any(
            ch.isdigit() for ch in text[_sentence_bounds(text, ps)[0]:ps]):
        # "Just under half (48%) of decisions": the share restated in brackets; "Half the
        # 420 jobs": its whole's figure and noun ("Russia lost 1,816 tanks, about half the
        # 3,689 it lost in 2024" compares two figures)
        pass
    elif hm is None or text[hm.end():hm.end() + 1].isdigit() or \
            any(ch.isdigit() for ch in text[pe:hm.end()]):
        vm = _WORD_AFTER_HALF.match(text, pe)
        if vm is None or vm.group(1) not in g.share_verbs:
            return False
    before = _word_before(text, ps)
    if before in _SHARE_BEFORE or before in _HALF_TAKERS and _HALF_OF_FIGURE.match(text, pe):
        return True
    k = ps - 1
    while k >= 0 and text[k] in " \t\u00a0*_\"“‘'":
        k -= 1
    return k < 0 or text[k] in ".!?\n:;"


def _emphasis_open(text: str, lead: int) -> bool:
    """Whether the "_" or "__" right before ``lead`` opens Markdown emphasis (a space, line
    start or punctuation before it), not an identifier's underscore ("var_12")."""
    k = lead - 1
    while k > 0 and text[k - 1] == "_" and lead - k < 2:
        k -= 1
    return k == 0 or not (text[k - 1].isalnum() or text[k - 1] == "_")


def _emphasis_close(text: str, end: int) -> bool:
    """Whether the "_" or "__" at ``end`` closes Markdown emphasis ("_34_ drones")."""
    k = end
    while k < len(text) and text[k] == "_" and k - end < 2:
        k += 1
    return k >= len(text) or not (text[k].isalnum() or text[k] == "_")


def _line_start(text: str, s: int) -> bool:
    """Whether only spaces (or a Markdown quote mark) stand between the line start and ``s``."""
    i = s - 1
    while i >= 0 and text[i] in " \t>":
        i -= 1
    return i < 0 or text[i] == "\n"


def _looks_code(text: str, s: int, end: int) -> bool:
    """A digit group joined by hyphens to more digit groups and letters (T-05-18, 2-1-3)."""
    m = re.match(r"-\d+(?:-\d+)+", text[end:end + 20])
    return bool(m)


def _glued_code(text: str, i: int) -> bool:
    m = re.match(r"[A-Za-z]+\d", text[i:i + 12])
    return bool(m)


# a brokers' "circa" glued to the digits: "up c1.84% at c.193.90p" (lower case, after a space)
_CIRCA = re.compile(r"(?<![^\s(])c\.?$")

# characters that may stand right before digits as part of the figure ("$5", "(3", "-2", "US$")
_PREFIX_CHARS = frozenset("($€£¥₹₽₴₩₦₫¢₵₱-−–")
_CUR_CHARS = frozenset("$€£¥₹₽₴₩₦₫¢₵₱")
# characters after a short digit run that may make it a time or phone number ("2:30", "2 pm")
_TIME_NEXT = frozenset(":.- \u00a0aApP)GU")
# after a space, only "2 pm", "2 a.m.", "1400 GMT" and "12 noon" can follow (NOT_FIGURE)
_TIME_AFTER_SPACE = "aApPGU"
_NEXT_WORD = re.compile(r"[ \u00a0\u202f\u2009]?-?[ \u00a0\u202f\u2009]?([A-Za-zµμ]+)")
_AND_A_FRACTION = re.compile(r"[ \u00a0]+and[ \u00a0]+an?[ \u00a0]+(half|third|quarter)\b", re.I)
_SIGN_WORD = re.compile(r"(?i)\b(minus|negative)[ \u00a0]+$")
_RANGE_FIRST = frozenset("-–—tao")


# the item before is a plural name with "the" and its figure ("the Conservatives 4 and Labour
# 2"), not a product's name and number ("Windows 10, Office 365")
_NAME_FIGURE_BEFORE = re.compile(r"\b[Tt]he[ \u00a0]+(?:[A-Z][\w’'-]*[ \u00a0]+){0,2}[A-Z][a-z’'-]+s"
                                 r"[ \u00a0]+\d[\d,.]*[ \u00a0]*(?:,[ \u00a0]*|[ \u00a0]and[ \u00a0]+)"
                                 r"(?:the[ \u00a0]+)?$")
# a colon, then the words of a name up to the name word before a number (``_after_name``)
_COLON_LIST_OPEN = re.compile(r":[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w’'.&-]*[ \u00a0]+){0,3}$")
# two more items of a name and its figure after a number: ", Taroudant 271, Chichaoua 91"
_NAME_ITEMS_AHEAD = re.compile(r"(?:[ \u00a0]*(?:,|,?[ \u00a0]+and)[ \u00a0]+(?:the[ \u00a0]+)?"
                               r"(?:[A-Z][\w’'.&-]*[ \u00a0]+){1,4}\d(?:[\d,.]*\d)?(?!\w)){2}")
# a verb of being, then the words of a name up to the name word before a number: the first
# item of a list of names and their figures ("Seats were SNP 33, Labour 32, ..."), with two
# more items ahead (``_NAME_ITEMS_AHEAD``) ...
_COPULA_LIST_OPEN = re.compile(r"\b(?:were|are|was|is)[ \u00a0]+(?:the[ \u00a0]+)?"
                               r"(?:[A-Z][\w’'.&-]*[ \u00a0]+){0,3}$")
# ... or a later item of such a list: the verb, the items before, then this item's name words
_COPULA_LIST_BEFORE = re.compile(
    r"\b(?:were|are|was|is)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w’'.&-]*[ \u00a0]+){1,4}"
    r"\d(?:[\d,.]*\d)?(?:[ \u00a0]*,[ \u00a0]*(?:the[ \u00a0]+)?(?:[A-Za-z][\w’'.&-]*[ \u00a0]+){1,4}"
    r"\d(?:[\d,.]*\d)?)*[ \u00a0]*(?:,|,?[ \u00a0]+and)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"(?:[A-Z][\w’'.&-]*[ \u00a0]+){0,3}$")
_THE_PLURAL = re.compile(r"\b[Tt]he[ \u00a0]+(?:[A-Z][\w’'-]*[ \u00a0]+){0,2}$")


# an item of a list whose first item gave the noun: "Texas has reported 309 cases, New Mexico
# 42 and Oklahoma four", "Labour won 411 seats, the Conservatives 121 and the Liberal Democrats
# 72", "66 points between them: Luton Town 26, ...": after a comma, "and", a colon or a dash,
# a name, the number, then the list goes on or ends
_ITEM_OPEN = re.compile(r"(?:,|\band|:|[—–])\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){1,4}$")
# (or the item's figure of another time in brackets after it: "Worcester 855 (806), Stafford
# 843 (690)", a table written as text)
_ITEM_CLOSE = re.compile(r"\s*(?:[,.;:)]|\s(?:and|or)\s|$|\(\d[\d,.]*\))")
_ITEM_NOUN = re.compile(r"[ \u00a0]+([a-z]{3,})\b")
_NAME_RIGHT_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)[ \u00a0]+$")
# the items before it: the first, a number standing alone and the noun it counts ("309
# cases", "411 seats", "829 of the posts", "10 of those seats"), then only items like this one
# ("the Conservatives 121") or a verb and its bare number ("the Peoples' Democratic Party won
# 59 and the Nationalist Movement Party 40"), a number that is no year and follows no
# preposition; a later item may keep its verb ("the Conservatives 121 and the SNP took 48")
# (the items after the first, the same in both patterns below)
# (each item may carry its change, set off by commas: "won 72, up 61, and the SNP 9, down 39",
# everyday111)
_ITEM_CHANGE = r"(?:,\s+(?:up|down)\s+\d[\d,.]*)?"
_LATER_ITEMS = (_ITEM_CHANGE + r"(?:(?:,|\s+and|:|\s*[—–])\s+(?:the\s+)?"
                r"(?:[A-Z][\w’'.&-]*\s+){1,4}(?:[a-z]{2,}\s+)?\d[\d,.]*(?:\s+[a-z]{3,})?"
                r"(?:\s+\(\d[\d,.]*\))?" + _ITEM_CHANGE + r")*"
                r"\s*,?$")
_FIRST_ITEM = re.compile(r"(?:(?<![\w.,])\d[\d,.]*(?:\s+of\s+(?:the|its|their|those|these))?"
                         r"(?:\s+(?:[a-z]{3,}|[A-Z]{2,}s\b)){1,3}"   # ("57 MPs", everyday111)
                         r"|\b(?!(?:in|on|at|by|of|to|from|since|until|than|and|or|the|about|"
                         r"over|under|after|before|around)\s)[a-z]{2,}\s+"
                         r"(?!(?:1[89]|20)\d\d\b)\d(?:[\d,.]*\d)?(?!\w|[.,]\d)"
                         r"|(?<![\w.,])\d[\d,.]*\s+\(\d[\d,.]*\))" + _LATER_ITEMS)
# or a list after a colon whose first item is a name and its number ("The council's new
# make-up: Labour 23, Conservatives 20, ...", a table in prose); tried apart, only where a
# colon stands before the item (a fourth branch of _FIRST_ITEM cost every search)
_FIRST_ITEM_AFTER_COLON = re.compile(r":\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){1,4}"
                                     r"\d(?:[\d,.]*\d)?(?!\w|[.,]\d)" + _LATER_ITEMS)


def _elliptical_item(text: str, s: int, end: int) -> bool:
    """Whether the number at ``s`` after a name is an item of a list whose noun an earlier
    item of the sentence gave (``_ITEM_OPEN``, ``_FIRST_ITEM``): a count, not "Boeing 737"."""
    noun = None
    if not _ITEM_CLOSE.match(text, end):
        # or the list's noun again: "China sold 728 cars, Japan 540 cars and India 469 cars"
        noun = _ITEM_NOUN.match(text, end)
        if noun is None or not _ITEM_CLOSE.match(text, noun.end()):
            return False
    opening = _ITEM_OPEN.search(text, max(0, s - 60), s)
    if opening is None:
        return False
    first = _FIRST_ITEM.search(text, max(0, opening.start() - 200), opening.start())
    if first is None and ":" in text[max(0, opening.start() - 200):opening.start()]:
        first = _FIRST_ITEM_AFTER_COLON.search(text, max(0, opening.start() - 200),
                                               opening.start())
    if first is None or noun is None:
        return first is not None
    # (the first item a count of that noun, itself no name's number: "Windows 10 licences")
    named = _NAME_RIGHT_BEFORE.search(text, max(0, first.start() - 30), first.start())
    return re.search(rf"\d\s+{noun.group(1)}\b", first.group()) is not None and (
        named is None or named.group(1).lower() in _NOT_NAME)


# a share right after a number, in brackets or after ", or": the number is a count of a whole
_SHARE_AFTER = re.compile(r"(?:[ \u00a0]*\(|,[ \u00a0]+or[ \u00a0]+)[ \u00a0]*\d+(?:\.\d+)?[ \u00a0]*"
                          r"(?:%|per[ \u00a0]?cent\b)")
# "of" and a number right after: "in Negeri Sembilan 31 of 36", a count out of a whole
_OUT_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\d")


# a verb with two objects right before a name and a number: the name is whom it cost or gave
# the figure ("cost Russia 307 tanks", "handed Labour 412 seats"), no designation
_GIVING_VERB_BEFORE = re.compile(r"\b(?:cost|costs|costing|gave|gives|giving|handed|hands|"
                                 r"earned|earns|netted|nets|owed|owes|"
                                 # (and where it left or put the name: "That left Labour 20
                                 # points behind", "puts the Tories 5 points ahead")
                                 r"left|leaves|leaving|put|puts|putting|kept|keeps|keeping)"
                                 r"[ \u00a0]+(?:the[ \u00a0]+)?$")


def _after_name(text: str, s: int, end: int = -1, g: _Grammar | None = None) -> bool:
    """Whether the number at ``s`` follows a capitalised name word ("Voyager 2", "iPhone 15"),
    not a name and its figure in a list ("the Conservatives 121", "New Mexico 42")."""
    j = s - 1
    if j < 1 or text[j] not in " \u00a0" or not text[j - 1].isalnum():
        return False
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "’'&.-_"):
        k -= 1
    word = text[k:j]
    c0 = word[:1]
    if word[-2:] in ("'s", "’s"):
        return False    # a possessive owns the figure: "Buncombe County's 30 deaths"
    if not (c0.isupper() or c0.islower() and not word.islower()) \
            or word.lower().rstrip(".") in _NOT_NAME:
        return False
    if _NAME_FIGURE_BEFORE.search(text, max(0, k - 40), k):
        return False    # "the Conservatives 4 and Labour 2": the next of a list of names' figures
    if _GIVING_VERB_BEFORE.search(text, max(0, k - 12), k):
        return False    # "The month also cost Russia 307 tanks": the name is the verb's object
    if len(word) > 3 and word.endswith("s") and word[1:].islower() and \
            _THE_PLURAL.search(text, max(0, k - 40), k):
        # "the Conservatives 121", "the Liberal Democrats 72": a plural name with "the" is
        # a party or a team and its figure, no designation ("Windows 10", "Voyager 2")
        return False
    if end >= 0 and _elliptical_item(text, s, end):
        return False    # "309 cases, New Mexico 42 and Oklahoma four": the list's noun
    if end >= 0 and _COLON_LIST_OPEN.search(text, max(0, k - 40), k) and \
            _NAME_ITEMS_AHEAD.match(text, end):
        return False    # "Deaths were recorded in nine provinces: Al Haouz 394, Taroudant 271,
        # Chichaoua 91": the first of a list of names and their figures after a colon
    if end >= 0 and (_COPULA_LIST_OPEN.search(text, max(0, k - 40), k) and
                     _NAME_ITEMS_AHEAD.match(text, end) or
                     _COPULA_LIST_BEFORE.search(text, max(0, k - 200), k)):
        return False    # "Seats were SNP 33, Labour 32, Conservative 10 and independent 2":
        # names and their figures listed after a verb of being, no designations
    if end >= 0 and _SHARE_AFTER.match(text, end):
        return False    # "Conservative 344 (16%), UKIP 290 (13%)": a name's count with its
        # share of the whole, no designation
    if end >= 0 and _OUT_OF_AFTER.match(text, end):
        return False    # "and in Negeri Sembilan 31 of 36": a count out of a whole after
        # the place it was won in, no designation
    # the capitalised word opens a sentence or a line: not evidence of a name, unless a verb
    # follows the number ("Voyager 2 is ...")
    i = k - 1
    while i >= 0 and text[i] in " \u00a0\t\"“‘'(*_#>-":
        i -= 1
    if i < 0 or text[i] in ".!?:\n;—–":
        lw = word.lower()
        if g is None or end < 0 or not c0.isupper() or lw.endswith("ly"):
            return False
        nw = _NEXT_WORD.match(text, end)
        if nw is None or text[end:end + 1] != " " or lw in _START_NOT_NAME:
            return False    # ("Another 5 were killed": a determiner, whatever follows)
        if nw.group(1) in g.name_verbs:
            return True
        # a singular name, a short number, a lower-case word: "Leopard 2 tanks", "Apollo 11
        # astronauts"; a plural label ("Tanks 15") or a determiner ("Another 300") is no name
        return (end - s <= 3 and not lw.endswith("s") and lw not in _START_NOT_NAME
                and nw.group(1)[:1].islower())
    return True


def _word_before(text: str, s: int) -> str:
    """The word right before ``s`` (one space between), lower case, without a final "."."""
    j = s - 1
    if j < 1 or text[j] not in " \u00a0":
        return ""
    if text[j - 1] == ".":
        j -= 1
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j].lower()


_FEET_INCHES = re.compile(
    r"[ \u00a0]*(?:and[ \u00a0]+)?(\d{1,2}(?:\.\d+)?)[ \u00a0]*"
    r"(?:inches|inch|in\b|\"|″)(?![A-Za-z])")
_FEET_INCHES_WORDS = re.compile(
    r"[ \u00a0]+(?:and[ \u00a0]+)?([A-Za-z]+(?:-[A-Za-z]+)?)[ \u00a0]+inch(?:es)?(?![A-Za-z])")
_FOOT_DASH = re.compile(r"-(\d{1,2})(?=[ \u00a0,.;:)]|$)")
_FEET_PRIME = re.compile(r"['′][ \u00a0]?(\d{1,2}(?:\.\d+)?)(?:\"|″|''|”)")


def _int_digits_before(text: str, pos: int) -> int:
    """How many digits the integer part of the figure ending at ``pos`` has (136.6 -> 3)."""
    k = pos
    while k > 0 and text[k - 1].isdigit():
        k -= 1
    if k > 1 and text[k - 1] == "." and text[k - 2].isdigit():
        pos = k = k - 1
        while k > 0 and text[k - 1].isdigit():
            k -= 1
    return pos - k


def _read_unit(g: _Grammar, text: str, pos: int, *, after_currency: bool = False,
               depth: int = 0) -> tuple[str, str, int] | None:
    """(pint unit, dimension, end) of the unit written at ``pos``, or None.

    After a currency only a rate unit can follow ("$15 per hour"). Otherwise the unit name or
    symbol (``_unit_entry``), its power ("square", "km²", ``_unit_power``) and, at the top
    level, what it is per ("km per hour", "tonnes a day", ``_per_units``)."""
    if after_currency:
        pm = g.per.match(text, pos)
        if pm:
            am = _PER_ADJECTIVE.match(text, pm.end())   # "US$100 per dry metric ton"
            return _read_unit(g, text, am.end() if am else pm.end(), depth=depth + 1)
        # "£1.38 a litre", "$80 a barrel": a price of an amount ("£500 a month" stays an
        # amount of money: a per-time figure is the normalizer's daily-average reading)
        pm = _A_PER.match(text, pos) if text[pos:pos + 3] in _A_HEADS else None
        got = _read_unit(g, text, pm.end(), depth=depth + 1) if pm else None
        return got if got is not None and got[1] in _RATE_DIMS else None
    found = _unit_entry(g, text, pos, depth)
    if found is None:
        return None
    entry, um = found
    powered = _unit_power(um, entry["unit"], entry["dim"], bool(entry.get("area")))
    if powered is None:
        return None
    unit, dim = powered
    end = um.end()
    if depth == 0:
        unit, dim, end = _per_units(g, text, unit, dim, end, depth)
    return unit, dim, end


def _unit_entry(g: _Grammar, text: str, pos: int, depth: int
                ) -> tuple[dict[str, Any], re.Match[str]] | None:
    """The units.yaml entry of the unit name or symbol at ``pos`` and its match, or None when
    none is there or its guards refuse it: the unit must end a word ("5 min" + "utes"), a
    guarded symbol needs its context, a spaced symbol its space ("5 C"), a glued one none
    ("220C"), and "1080p" has too many digits to be pence."""
    nw = _NEXT_WORD.match(text, pos)
    if nw is not None:
        if nw.group(1).lower() not in g.unit_first_words:
            return None
    elif pos >= len(text) or text[pos].isalnum() or text[pos] in ",;:)]}!?\"'“”’\n":
        return None
    um = g.unit.match(text, pos)
    if not um:
        return None
    sep = um.group("sep")
    sym, name = um.group("sym"), um.group("name")
    if sym is not None:
        entry = g.unit_by_symbol[sym]
    else:
        entry = g.unit_by_name.get(_norm(name))
        if entry is None:
            return None
    uend = um.end("sym") if sym is not None else um.end("name")
    # the unit must end a word: "5 minutes" not "5 min" + "utes"; "2 in" + guard
    if uend < len(text) and (text[uend].isalpha() or text[uend].isdigit() and um.group("exp") is None
                             and not text[uend] in "23"):
        if not um.group("exp"):
            return None
    guard = entry.get("guard")
    if guard is not None and (sym is not None or entry.get("guard_names")) \
            and not guard.match(text, uend):
        return None
    if entry.get("spaced") and sym is not None and not sep:
        return None
    if entry.get("glued") and (sep or depth or pos == 0 or not text[pos - 1].isdigit()):
        return None   # "220C" is Celsius, "220 C" or "grade C" is not
    if entry.get("max_digits") and _int_digits_before(text, pos) > entry["max_digits"]:
        return None   # "1080p" is a video format, not pence
    return entry, um


def _unit_power(um: re.Match[str], unit: str, dim: str, area: bool) -> tuple[str, str] | None:
    """The unit raised to the power its match writes ("square miles", "km2", "m³", "s-1"), or
    None for "square" before a unit that cannot be squared."""
    pre = (um.group("pre") or "").lower()
    exp = (um.group("exp") or "").strip().lower().replace("−", "-")
    power = 1
    if pre.startswith(("square", "sq")):
        power = 2
    elif pre.startswith(("cubic", "cu")):
        power = 3
    if exp:
        if exp in ("2", "^2", "²", "squared"):
            power = 2
        elif exp in ("3", "^3", "³", "cubed"):
            power = 3
        elif exp in ("-1", "^-1"):
            power = -1
        else:
            try:
                power = int(exp.lstrip("^"))
            except ValueError:
                power = 1
    if power == 1:
        return unit, dim
    if power in (2, 3) and not area and dim != "length" and pre:
        return None
    unit = f"{unit} ** {power}" if " " not in unit else f"({unit}) ** {power}"
    dim = {2: "area", 3: "volume"}.get(power, dim) if dim == "length" else f"{dim}^{power}"
    return unit, dim


def _per_units(g: _Grammar, text: str, unit: str, dim: str, end: int, depth: int
               ) -> tuple[str, str, int]:
    """``unit`` divided by each unit written after it with "per" or "/" ("km per hour",
    "mg/kg/day"), or with "a"/"an" before a time for an amount ("5 gallons an hour")."""
    while True:
        pm = g.per.match(text, end)
        if not pm:
            # "5 gallons an hour", "3 tonnes a day": a rate of an amount, not of a time or count;
            # "191.5p a litre": a price of an amount. Energy is itself power times time:
            # "3,578 kWh a year" is a year's consumption (written "per year", a rate)
            pm = _A_PER.match(text, end) if text[end:end + 3] in _A_HEADS and (
                dim in _RATE_DIMS and dim != "energy" or dim == "currency") else None
            sub_day = False
            if pm is None and text[end:end + 4] in _IN_OF_HEADS and dim in ("length", "volume"):
                # "40 mm in an hour", "20 mm of rain an hour": an amount of what falls in
                # one hour (or minute) is its rate (numbers.yaml rate_nouns)
                pm = _in_a_per().match(text, end)
                sub_day = pm is not None
            if pm is None:
                break
            nxt = _read_unit(g, text, pm.end(), depth=depth + 1)
            # (a crop's yield is an amount a unit of land: "181 bushels an acre", "8 tonnes a
            # hectare")
            if nxt is None or not (nxt[1] in _RATE_DIMS if dim == "currency"
                                   else nxt[1] == "time" or nxt[1] == "area" and dim in (
                                       "volume", "mass")) or _A_TIME_BACK.match(text, nxt[2]) \
                    or sub_day and nxt[0] not in ("hour", "minute"):
                break
        else:
            nxt = _read_unit(g, text, pm.end(), depth=depth + 1)
            am = _PER_ADJECTIVE.match(text, pm.end()) if nxt is None else None
            if am is not None:   # "US$100 per dry metric ton", "US$17.69/wet metric ton"
                nxt = _read_unit(g, text, am.end(), depth=depth + 1)
        if nxt is None:
            break
        u2 = nxt[0]
        if " / " in u2 or " * " in u2:
            u2 = f"({u2})"
        unit = f"{unit} / {u2}"
        dim = f"{dim}/{nxt[1]}"
        end = nxt[2]
    return unit, dim, end


# a state of what is weighed, between "per" or "/" and its unit: the unit is the same
_PER_ADJECTIVE = re.compile(r"(?i)(?:wet|dry|dried|fresh|green|raw|refined|clean)[ \u00a0]+")


# what makes "a litre of unleaded" the amount a price is given for, no figure: its noun, a
# verb and the price ("A litre of unleaded is 2p cheaper", "a gallon of regular gasoline was
# $3.40"; "A tonne of coal was delivered" stays one tonne)
_PRICE_BASIS_AFTER = re.compile(
    r"[ \u00a0]+of[ \u00a0]+[A-Za-z][\w-]*(?:[ \u00a0]+[a-z][\w-]*){0,2}?[ \u00a0]+"
    r"(?:is|was|are|were|costs?|sells?|sold|averages?|averaged)\b[^.;:!?\n]{0,40}?"
    r"(?:[£$€¥][ \u00a0]?\d|\d[\d.,]*[ \u00a0]?p\b|\d[\d.,]*[ \u00a0]?(?:pence|cents?|dollars|"
    r"pounds|euros)\b)")


def _a_unit(g: _Grammar, text: str, m: re.Match[str]) -> list[QuantityMention]:
    """"a mile", "an hour", "a mile and a half": one of a full unit name; not the amount a
    price is given for ("A litre of unleaded is 2p cheaper than in March")."""
    s = m.start()
    um = _read_unit(g, text, m.end())
    if um is None:
        return []
    unit, dim, end = um
    if m.group().lower() in ("a", "an") and _PRICE_BASIS_AFTER.match(text, end) is not None:
        return []
    value = 1.0
    hm = _AND_A_FRACTION.match(text, end) if text[end:end + 1] == " " else None
    if hm:  # "a mile and a half"
        value, end = 1.0 + 1.0 / g.denoms[hm.group(1).lower()], hm.end()
    return [QuantityMention(start=s, end=end, text=text[s:end], value=value, unit=unit,
                            dim=dim, num_start=s, step=1.0 if value == 1.0 else 0.0,
                            spelled=True)]


def _words_step(g: _Grammar, value: float) -> tuple[float, bool]:
    """The rounding step of a spelled-out figure: "two hundred" is rounded to the hundred;
    "two-thirds", "two and a half" are written to the fraction ("over two-thirds" is below
    one)."""
    iv = int(value) if value == int(value) else None
    if iv:
        sv = str(iv)
        tz = len(sv) - len(sv.rstrip("0"))
        return (10.0 ** tz, True) if tz >= 2 else (1.0, False)
    if iv is None:
        den = next((d for d in sorted(set(g.denoms.values()))
                    if abs(value * d - round(value * d)) < 1e-9), 0)
        return (1.0 / den if den else 0.0), False
    return 1.0, False


def _from_words(g: _Grammar, text: str, m: re.Match[str], merged: list[tuple[int, int]],
                mstarts: list[int]) -> list[QuantityMention]:
    """The figures of a run of number words: "a mile" (``_a_unit``), else each number of the
    run (``_split_words``) read by ``_word_figure``."""
    if m.group("aunit") is not None:
        return _a_unit(g, text, m)
    out: list[QuantityMention] = []
    for ps, pe, toks in _split_words(g, m.group(), m.start()):
        ps, toks = _drop_article(g, text, ps, toks)
        if not toks or toks[0] in g.scales or toks[0] in g.groups:
            continue  # "several hundred years", "hundreds", "a baker's dozen"
        q = _word_figure(g, text, ps, pe, toks)
        if q is not None:
            out.append(q)
    return out


def _drop_article(g: _Grammar, text: str, ps: int, toks: list[str]) -> tuple[int, list[str]]:
    """Drop a leading article that does not start a number ("a key", "an MA"; not "a
    hundred", "a dozen", "a third"): the tokens left and where they start."""
    while toks and toks[0] in ("a", "an") and not (len(toks) > 1 and (
            toks[1] in g.scales or toks[1] in g.groups or toks[1] in g.denoms)):
        toks = toks[1:]
        ps = text.find(toks[0], ps) if toks else ps
        if toks:
            mm = re.compile(re.escape(toks[0]), re.I).search(text, ps - 1 if ps > 0 else 0)
            ps = mm.start() if mm else ps
    return ps, toks


def _word_figure(g: _Grammar, text: str, ps: int, pe: int, toks: list[str]
                 ) -> QuantityMention | None:
    """One spelled-out number ``toks`` at ``ps``..``pe`` with its unit, or None when it is no
    figure: a time ("half past six"), a pronoun ("one of the"), an ordinal ("twenty-first")
    or part of a word."""
    value = _words_value(g, list(toks))
    end = pe
    if value is None:
        return _fraction_of_one(g, text, ps, pe, toks)
    if toks[-1] in g.denoms and text[end:end + 4].lower() == " of ":
        om = _OF_A.match(text, end)   # "a quarter of a million", "a third of a mile"
        if om is not None:
            wm = _WORD_AFTER.match(text, om.end())
            w = wm.group(1).lower() if wm else ""
            if w in g.scales or w in g.groups:
                value *= g.scales.get(w) or g.groups[w]
                end = wm.end()
            else:
                got = _read_unit(g, text, om.end())
                if got is not None and got[1] != "count":
                    return QuantityMention(
                        start=ps, end=got[2], text=text[ps:got[2]], value=value,
                        unit=got[0], dim=got[1], num_start=ps, step=0.0, spelled=True)
    if g.clock_before is not None and toks[-1] in g.cardinals and (
            _clock(g, text, ps, end)):
        return None  # "half past six", "seven o'clock"
    if not math.isfinite(value) or abs(value) > 1e40:
        return None  # "one hundred and one hundred and ..." past any real figure
    step, rounded = _words_step(g, value)
    value, unit, dim, end = _word_unit(g, text, value, end)
    if toks == ["one"] and not unit and not _ONE_IN.match(text, end) and \
            not _ONE_RATE.match(text, end) and not (
                _ONE_THAN.match(text, end) and not _NO_ONE.search(text, max(0, ps - 8), ps)) and \
            not _last_of_list(text, ps, end) and not _ONE_RANGE.match(text, end) and \
            not _tally_one(text, ps, end) and not _all_but_one(text, ps, end):
        return None  # "one of the...", "only one aspect": a pronoun far more often than a figure
    if end < len(text) and text[end].isalnum():
        return None
    if not unit and text[end:end + 1] == "-" and _ORDINAL_WORD.match(text, end + 1):
        return None  # "twenty-first", "thirty-second": an ordinal
    return QuantityMention(start=ps, end=end, text=text[ps:end], value=value, unit=unit,
                           dim=dim, num_start=ps, step=step, rounded=rounded,
                           spelled=True, bare=not unit)


_AGO_AFTER = re.compile(r"[ \u00a0]+(?:ago|earlier|before)\b")
_QUARTER_NAMED = re.compile(r"(?i)\b(?:same|first|second|third|fourth|last|previous|latest|"
                            r"this|that)[ \u00a0]+$")


def _fraction_of_one(g: _Grammar, text: str, ps: int, pe: int, toks: list[str]
                     ) -> QuantityMention | None:
    """"half a mile", "half an hour", "half a percent": a fraction of one unit; a bare "half"
    that is a share ("half of the votes"); else None."""
    if len(toks) != 1 or toks[0] not in g.denoms:
        return None
    am = _A_UNIT.match(text, pe)
    if am is None:
        if toks[0] == "half" and _half_share(g, text, ps, pe):
            return QuantityMention(start=ps, end=pe, text=text[ps:pe], value=0.5,
                                   num_start=ps, step=0.0, spelled=True, bare=True)
        return None
    got = _read_unit(g, text, am.end())
    if got is None or got[1] == "count":
        return None
    if _AGO_AFTER.match(text, got[2]) or _QUARTER_NAMED.search(text, max(0, ps - 12), ps):
        return None     # "the same quarter a year ago", "the third quarter a year earlier"
    return QuantityMention(start=ps, end=got[2], text=text[ps:got[2]],
                           value=1.0 / g.denoms[toks[0]], unit=got[0], dim=got[1],
                           num_start=ps, step=0.0, spelled=True)


def _word_unit(g: _Grammar, text: str, value: float, end: int
               ) -> tuple[float, str, str, int]:
    """(value, unit, dimension, end) of a spelled-out number ending at ``end`` with the unit
    or currency written after it ("five miles", "ten euros"); "five feet ten inches" becomes
    inches. No unit: ("", "")."""
    um = _read_unit(g, text, end)
    if um is None and text[end:end + 1] == "-":
        um = _read_unit(g, text, end)
    if um:
        unit, dim, end = um
        if unit == "foot":
            fi = _FEET_INCHES_WORDS.match(text, end)   # "five feet ten inches"
            iv_ = _words_value(g, fi.group(1).lower().split("-")) if fi else None
            if iv_ is not None and iv_ < 12:
                value, unit, end = value * 12 + iv_, "inch", fi.end()
        return value, unit, dim, end
    ca = g.cur_after.match(text, end) if g.cur_after is not None else None
    if ca:
        return value, g.cur_symbols[ca.group(1)], "currency", ca.end()
    if text.startswith((" degree", "-degree"), end):
        dm = _BARE_DEGREES.match(text, end)     # "minus five degrees overnight in Aberdeen"
        if dm is not None and temperature.weather_sentence(text, end):
            return (value, temperature.degree_scale(text, end, value).unit, "temperature",
                    dm.end())
    return value, "", "", end


# a match's result: a verb or noun of one before a pair of goals, and no noun it counts after
_SCORE_BEFORE = re.compile(
    r"(?i)\b(?:won|win|wins|lost|lose|loses|drew|draw|draws|drawn|beat|beats|beaten|defeated|"
    r"victory|defeat|score|scored|scoreline|finished|ended|led|leading|trailed|trailing|"
    r"thrashed|edged|routed|result)\b[^.;\d]{0,30}$")
_SCORE_AFTER = re.compile(
    r"[ \u00a0]*(?:[.,;:)!?]|$|(?:in|at|on|against|after|to|with|win|victory|defeat|draw|loss|"
    r"lead|home|away|and|but|over|for|thanks|as|when)\b)")


def _score_pair(text: str, q: QuantityMention, q2: QuantityMention, end2: int) -> bool:
    """Whether "N-M" of two bare whole numbers is a score: a draw ("2-2": a range has two
    ends), or a pair after a match's verb with no counted noun after it ("lost 1-3 at
    home"; "won 10-15 seats" stays a range)."""
    if not (q.bare and q2.bare and q.text.isdigit() and q2.text.isdigit()
            and q.value <= 200 and q2.value <= 200):
        return False
    if q2.value == q.value:
        return True
    return _SCORE_BEFORE.search(text, max(0, q.start - 40), q.start) is not None and \
        _SCORE_AFTER.match(text, end2) is not None


# a forecast's change given as a range (issue 12, dates36): "Full-year sales are now seen up
# 5% to 7%", "revenue is expected ..., down 30.5% to 36%": "up"/"down" right before a
# percentage and a percentage after "to", in a sentence of expectation whose subject is no
# rate (where "the jobless rate is forecast down 0.3% to 4.1%" is a change and a level)
_UP_DOWN_BEFORE = re.compile(r"(?i)\b(?:up|down)[ \u00a0]+$")
_GUIDANCE_WORDS = re.compile(
    r"(?i)\b(?:expect(?:s|ed|ing)?|seen|sees|see|forecasts?|guidance|guides?|guided|"
    r"project(?:s|ed|ing)|outlook|estimates?|estimated|predicts?|predicted|anticipates?|"
    r"anticipated)\b")
_RATE_SUBJECT = re.compile(r"(?i)\b(?:rates?|share|yields?|margins?|inflation|unemployment|"
                           r"turnout|ratio|percentage)\b")
_PERCENT_AFTER_TO = re.compile(r"[ \u00a0]+to[ \u00a0]+\d[\d.]*[ \u00a0]?(?:%|per[ \u00a0]?cent\b|"
                               r"percent\b)")


def _guided_change_range(text: str, q: QuantityMention, before: str) -> bool:
    """Whether "up/down A% to B%" is a forecast's range of changes, not a change and a level
    (``_GUIDANCE_WORDS``)."""
    if q.unit != "percent" or not _UP_DOWN_BEFORE.search(before) or \
            not _PERCENT_AFTER_TO.match(text, q.end):
        return False
    a = _sentence_bounds(text, q.start)[0]
    return _GUIDANCE_WORDS.search(text, a, q.start) is not None and \
        _RATE_SUBJECT.search(text, a, q.start) is None


def _range(g: _Grammar, text: str, q: QuantityMention, end: int,
           merged: list[tuple[int, int]], mstarts: list[int],
           prior: list[QuantityMention], dot: bool = False
           ) -> tuple[QuantityMention | None, int] | None:
    """Read "q - N unit" / "q to N" / "between q and N" as one range mention; (None, end)
    when "q-N" is a score or a code and neither number is a figure."""
    nx = text[end:end + 4].lstrip(" \u00a0\u202f\u2009")[:1].lower()
    if nx not in _RANGE_FIRST:
        return None
    cm = g.range_conn.match(text, end)
    if not cm:
        return None
    conn = cm.group("c").strip(" \u00a0\u202f\u2009").lower()
    m2 = (g.number_dot if dot else g.number).match(text, cm.end())
    if not m2 or m2.group("num") is None and m2.group("vf") is None:
        return None     # (a vulgar fraction is a bound too: "¼ inch to ½ inch")
    if merged and in_spans(merged, mstarts, m2.start()):
        return None
    # "and"/"or" make a range only after "between"; "to" is a change after a change verb
    before = text[max(0, q.start - 60):q.start]
    bm = g.between.search(before)
    intro = bm.group(1).lower() if bm else ""
    if conn in ("and", "or") or conn.endswith(("and", "or")):
        if intro != "between":
            return None
    if (conn.endswith("to") or conn in ("through",)) and not conn.startswith(("-", "–")):
        # "rose from 44 mg to 50 mg" is two figures: a change, not a range
        # ("cut to a range of 4.5% to 4.75%" is one range: the words say so; so is a
        # suspended hyphen: "an advanced 8- to 16-meter telescope")
        sent_start = _clause_start(text, q.start)
        change = _change_verb().search(text, sent_start, q.start) is not None and \
            not _RANGE_INTRO.search(before) and not (not q.unit and _LEVEL_BEFORE.search(before))
        if change and _guided_change_range(text, q, before):
            change = False   # "now seen up 5% to 7%": a forecast's range of changes
        if change and (q.unit or _FROM_BEFORE.search(before)):
            return None
        if _BY_BEFORE.search(before):
            return None     # "voted to leave by 51.9% to 48.1%": a result, two figures
    else:
        change = False
    got = _from_digits(g, text, m2, second=True, dot=dot)
    if got is None:
        return None
    q2, end2 = got
    if conn == "-to-" and q2.value <= q.value:
        return None     # ("5-to-2" is odds, read as such where betting words stand)
    if change and not (q2.unit == "percent" and 0 < q.value < q2.value <= 3 * q.value):
        # "rose 5 to 120", "fell 0.2 to 4.1%": a change and the level it reached. "Traffic
        # fell 15 to 20 per cent" (the unit written once, bounds close) is a range
        return None
    if conn in ("-", "–", "—"):
        if _score_pair(text, q, q2, end2):
            return None, end2   # "drew 2-2", "lost 1-3 at home": a score, no figures
        if q2.value < q.value and not (q.value < 0):
            if q.bare and q2.bare and q.text.isdigit() and q2.text.isdigit() \
                    and "-" not in text[end:cm.end()].strip("-–— \u00a0"):
                return None, end2  # "won 3-2", "555-0142": a score or a number, no figures
            return None  # "3-2" is a score, not a range
        if q2.value > 0 and q.value >= 0 and q2.value < q.value:
            return None
    u1, u2 = q.unit, q2.unit
    if u1 and u2 and u2.startswith(u1 + " / "):
        # "Rs 350 to Rs 450 per kg", "$350 to $450 a tonne": the rate's "per" after the second
        # bound is the first's too (each bound writes its currency, only the last its "per")
        q = _replace(q, unit=u2, dim=q2.dim)
        u1 = u2
    if u1 and u2 and u1 != u2:
        if q.dim != q2.dim:
            return None  # "from 44 ml to 50 mg": two figures
    unit = u1 or u2
    dim = q.dim or q2.dim
    if q.bare and q2.bare and conn in ("-", "–", "—") and (
            _is_year(q.value) and _is_year(q2.value)):
        return None
    if conn.endswith("to") and q2.value < q.value and q.value >= 0:
        return None  # "176 to 151": a tally or a fall, two figures
    # "$5-10 million", "1.5-2 million people": the scale written after the second bound is
    # the first's too, when the first has none of its own and the range then ascends
    factor = _scale_at(g, text, m2.end(), money=q.dim == "currency")
    # ("£3-3.1bn": the first bound may be written coarser than the second; a first bound
    # read unscaled would span many orders of magnitude)
    if factor > 1.0 and q.value * factor <= q2.value:
        q = _replace(q, value=q.value * factor, step=q.step * factor, rounded=True)
    lo, hi = min(q.value, q2.value), max(q.value, q2.value)
    # with different units of one dimension the second bound's unit wins for both only when
    # the first has none; otherwise keep the first unit and leave the bounds as written
    s = q.start
    if bm and intro == "between":
        s = q.start - (len(before) - bm.start())
    mention = QuantityMention(start=s, end=end2, text=text[s:end2], value=(lo + hi) / 2,
                              unit=unit, dim=dim, num_start=q.start,
                              step=min(q.step or 1.0, q2.step or 1.0), rounded=False,
                              lower=lo, upper=hi, is_range=True, bare=q.bare and q2.bare)
    return mention, end2


def _scale_at(g: _Grammar, text: str, pos: int, money: bool = False) -> float:
    """The scale suffix or word written right after a number ending at ``pos`` (1.0 if none;
    a suffix only money takes, "m", counts with ``money``: "£2-3m")."""
    sm = g.suffix.match(text, pos) if text[pos:pos + 1].isalpha() else None
    if sm is None and text[pos:pos + 1] == " ":
        sm = g.spaced_suffix.match(text, pos)
    if sm is not None:
        info = g.suffixes[sm.group(1)]
        return 1.0 if info.get("currency_only") and not money else float(info["value"])
    wm = g.scale_word.match(text, pos)
    return float(g.scales[wm.group(1).lower()]) if wm else 1.0


_WORD_RANGE_GAP = re.compile(r"[ \u00a0]+(?:to|and)[ \u00a0]+$|[ \u00a0]?[-–][ \u00a0]?$")


def _word_range(g: _Grammar, text: str, a: QuantityMention, b: QuantityMention
                ) -> QuantityMention | None:
    """Two numbers, the first spelled out, written as a range ("ten to fifteen", "between two
    and three miles", "eight to 12 inches") as one range mention, like digit ranges; None when
    they are not one."""
    if not a.spelled or b.value <= a.value or a.value < 0 or a.is_range or b.is_range \
            or (a.unit and a.unit != b.unit) or b.start - a.end > 5:
        return None
    gm = _WORD_RANGE_GAP.match(text, a.end, b.start)
    if gm is None:
        return None
    conn = gm.group().strip(" \u00a0").lower()
    before = text[max(0, a.start - 60):a.start]
    bm = g.between.search(before)
    s = a.start
    if conn == "and":
        if not bm or bm.group(1).lower() != "between":
            return None
        s = a.start - (len(before) - bm.start())
    elif conn == "to":
        sent_start = _clause_start(text, a.start)
        if _change_verb().search(text, sent_start, a.start):
            return None  # "rose from two to five": two figures
        if bm and bm.group(1).lower() == "from":
            s = a.start - (len(before) - bm.start())
    return QuantityMention(start=s, end=b.end, text=text[s:b.end], value=(a.value + b.value) / 2,
                           unit=b.unit, dim=b.dim, num_start=a.start, step=1.0, lower=a.value,
                           upper=b.value, is_range=True, spelled=b.spelled, bare=b.bare)


# ("cutting the backlog by about 14,500 to 53,000": a hedged amount and the level it reaches)
_BY_BEFORE = re.compile(r"\bby[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost)[ \u00a0]+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+$", re.I)


def _is_year(v: float) -> bool:
    return 1800 <= v <= 2100 and v == int(v)


_SPREAD_GAP = re.compile(
    r"^(?:\s*,\s*|\s+(?:and|or|to|by)\s+|\s*,\s*(?:and|or)\s+|\s*[x×]\s*)$")


# "98,610, or 49.11%": the second figure restates the first in other terms (its share), it
# does not lend it its unit
_RESTATED_GAP = re.compile(r"^\s*,\s*or\s+$")


# a number and its unit joined by a hyphen as an adjective: "65-week waits", "a 12-month low"
_ATTRIBUTIVE = re.compile(r"\d-[a-z]")


def _spread_units(text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """"45 and 50 mg", "from -5 to 5 °C", "3 x 4 metres": a unitless figure coordinated with
    the next one (or the start of a change to it, or the other side of a size) takes its
    unit."""
    if len(ms) < 2:
        return ms
    out = list(ms)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.unit or not b.unit or b.dim == "currency" or not a.bare:
            continue
        gap = text[a.end:b.start]
        if len(gap) > 12 or not _SPREAD_GAP.match(gap) or _RESTATED_GAP.match(gap):
            continue
        if "," in gap and _ATTRIBUTIVE.search(text, b.start, b.end):
            continue    # "a fall of 134, and 65-week waits to 10,517": the unit is an
            # adjective's ("65-week waits"), after a comma that ends the first figure's clause
        if b.dim == "percent" and a.value is not None and abs(a.value) >= 1000:
            continue    # "rose 19.9% in the South to 451,000 and 20.1% in the West": a count
        if b.dim == "percent" and a.value is not None and abs(a.value) > 100 and \
                text[b.end:b.end + 4].lower() == " of ":
            continue    # "Harris's 226, and 49.8% of the popular vote": no share is over 100%
        if b.dim == "percent" and a.value is not None and abs(a.value) > 100 and \
                b.value is not None and 0 <= b.value <= 100 and gap.strip() == ",":
            continue    # "an independent third with 971, 30.6%": a count, then its share
        if b.dim == "percent" and a.value is not None and b.value is not None and \
                a.value > b.value and re.fullmatch(r"\s+or\s+", gap):
            continue    # "Most of them, 85 or 66%", "24 of the 128 or 19%": a count, then its
            #             share (alternatives rise: "5 or 6%")
        out[i] = _replace(a, unit=b.unit, dim=b.dim, bare=False)
    return out


# "181 bushels an acre, 6.2 bushels more than last year's": after a rate, an amount of its
# numerator's unit set against something is the rate's (the reader says "an acre" once)
_ELLIPSIS_CUE = re.compile(
    r"(?i)[ \u00a0]*(?:[a-z]+[ \u00a0]+)?(?:more|less|fewer|higher|lower|above|below|up|down|"
    r"than|from)\b")
_ELLIPSIS_BEFORE = re.compile(r"(?i)\b(?:up|down|by)[ \u00a0]+(?:about|around|nearly)?"
                              r"[ \u00a0]*$")


def _rate_ellipsis(text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """An amount in the unit a rate before it in the sentence is counted in, compared or
    changed ("6.2 bushels more", "up 3 bushels"), is in the rate's unit."""
    out = ms
    if not any(" / " in q.unit for q in ms):
        return _compared_bare(text, out)
    for i in range(1, len(ms)):
        q = ms[i]
        if not q.unit or "/" in q.unit:
            continue
        rate = next((r for r in reversed(ms[max(0, i - 3):i])
                     if r.unit.startswith(q.unit + " / ") and q.start - r.end < 120
                     and ". " not in text[r.end:q.start]), None)
        if rate is None or not (_ELLIPSIS_CUE.match(text, q.end) or _ELLIPSIS_BEFORE.search(
                text, max(0, q.start - 20), q.start)):
            continue
        if out is ms:
            out = list(ms)
        out[i] = _replace(q, unit=rate.unit, dim=rate.dim)
    return _compared_bare(text, out)


# "6.2 bushels more than last year's 157.9": the figure set against an amount, written bare
# after a possessive, is in the amount's unit
_THAN_POSSESSIVE = re.compile(
    r"(?i)[ \u00a0]+(?:more|less|fewer|higher|lower|above|below)[ \u00a0]+than[ \u00a0]+"
    r"(?:(?:the|last|this|a)[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?(?:[a-z]+|(?:19|20)\d\d)['’]s"
    r"[ \u00a0]+")


# "higher by 13.23 million tonnes than the five-year average of 116.43 million", "6.6mm short
# of the record of 1,337.3": the figure a named level of the compared thing is given as, written
# bare after "of", is in the amount's unit
_THAN_NAMED_OF = re.compile(
    r"(?i)[ \u00a0]+(?:(?:(?:more|less|fewer|higher|lower|greater|smaller)[ \u00a0]+)?than|"
    r"above|below|short[ \u00a0]+of)[ \u00a0]+(?:the|its|their|a)[ \u00a0]+"
    r"(?:[a-z0-9][\w-]*[ \u00a0]+){0,3}?(?:of|at)[ \u00a0]+")


def _compared_bare(text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    out = ms
    for i in range(len(ms) - 1):
        q, n = out[i], out[i + 1]
        if q.unit and not n.unit and n.bare and n.start - q.end < 60 and \
                _THAN_POSSESSIVE.fullmatch(text, q.end, n.start) is not None:
            if q.dim == "percent" and (abs(n.value or 0) > 100 or
                                       " fewer " in text[q.end:n.start].lower()):
                continue    # "36% fewer than last year's 174,024": a percentage change of a
                #             count; no share is over 100%, and none is "fewer" ("24% fewer
                #             than October's 93" tanks: readings59)
            if out is ms:
                out = list(ms)
            out[i + 1] = _replace(n, unit=q.unit, dim=q.dim, bare=False)
            continue
        j = _named_of_after(text, out, i) if q.unit and q.dim != "percent" else None
        if j is not None:
            if out is ms:
                out = list(ms)
            out[j] = _replace(out[j], unit=q.unit, dim=q.dim, bare=False)
    return out


def _named_of_after(text: str, ms: list[QuantityMention], i: int) -> int | None:
    """The bare figure within 60 characters after ``ms[i]`` that a comparison names as a level
    of the thing compared ("than the five-year average of 116.43 million"), or None."""
    q = ms[i]
    for k in range(i + 1, len(ms)):
        n = ms[k]
        if n.start - q.end >= 60:
            return None
        if not n.unit and not n.dim and _THAN_NAMED_OF.fullmatch(text, q.end, n.start):
            return k
    return None


# a poll's list of parties "on" their shares, the percent sign written once (issue 12,
# dates36): "with Reform on 27 per cent and the Tories on 17", "Labour on 40%, the Greens on
# 9": a name right before "on", the figure followed by no noun
_NAME_ON_BEFORE = re.compile(r"(?:^|[ \u00a0(])(?:the[ \u00a0]+)?[A-Z][\w’'.-]*"
                             r"(?:[ \u00a0]+[A-Z][\w’'.-]*)*[ \u00a0]+on[ \u00a0]+$")
_ON_BEFORE = re.compile(r"\bon[ \u00a0]+$")
_POLL_ITEM_END = re.compile(r"[ \u00a0]*(?:[,.;:)]|and\b|while\b|with\b|$)")


def _listed_poll_shares(text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """A bare figure of a name "on" it, after a share "on" which a name stands in the same
    sentence and at most 80 characters before, is a share too (``_NAME_ON_BEFORE``)."""
    out = ms
    for i in range(1, len(ms)):
        n, q = out[i], out[i - 1]
        if n.unit or not n.bare or n.value is None or not 0 <= n.value <= 100 or \
                q.dim != "percent" or q.unit != "percent" or n.start - q.end > 80 or \
                any(c in text[q.end:n.start] for c in ".;:!?\n"):
            continue
        if not (_NAME_ON_BEFORE.search(text, max(0, n.start - 40), n.start) and
                _ON_BEFORE.search(text, max(0, q.start - 8), q.start) and
                _POLL_ITEM_END.match(text, n.end)):
            continue
        if out is ms:
            out = list(ms)
        out[i] = _replace(n, unit=q.unit, dim=q.dim, bare=False)
    return out


# QuantityMention's fields in order, as ``_replace`` copies them (checked at import: a field
# added to the class and not here is an error, never a field silently dropped by a copy)
_QM_FIELDS = ("start", "end", "text", "value", "unit", "dim", "num_start", "qualifier", "qkind",
              "step", "rounded", "lower", "upper", "is_range", "spelled", "bare")
if QuantityMention.__slots__ != _QM_FIELDS:     # type: ignore[attr-defined]
    raise TypeError("numbers._replace: QuantityMention's fields changed; update _QM_FIELDS")


def _replace(q: QuantityMention, **kw: Any) -> QuantityMention:
    """A copy of ``q`` with the fields ``kw`` names set to their values. The copy is made
    with its fields passed by position (the interpreter's fast path for a class call; a dict
    of every field passed by keyword cost several times as much), then ``kw`` set on it."""
    r = QuantityMention(q.start, q.end, q.text, q.value, q.unit, q.dim, q.num_start,
                        q.qualifier, q.qkind, q.step, q.rounded, q.lower, q.upper, q.is_range,
                        q.spelled, q.bare)
    for k, v in kw.items():
        setattr(r, k, v)
    return r


def with_qualifiers(text: str, ms: list[QuantityMention]) -> list[QuantityMention]:
    """Attach the qualifier written right before each figure ("more than", "about"), or
    right after it and its noun ("1,600 troops or more", "3 km or so")."""
    g = grammar()
    out = _listed_qualifiers(text, _prefix_qualifiers(g, text, ms))
    if g.suffix_qual is None:
        return out
    for i, q in enumerate(out):
        if q.qkind is not None or " or " not in text[q.end:q.end + 60] and \
                " and counting" not in text[q.end:q.end + 60]:
            continue
        nxt = out[i + 1].start if i + 1 < len(out) else len(text)
        sm = g.suffix_qual.match(text, q.end, min(nxt, q.end + 60))
        if sm and not any(ch in ".;,:!?" for ch in text[q.end:sm.start(1)]):
            phrase = _norm(sm.group(1))
            out[i] = _replace(q, qualifier=phrase, qkind=g.suffix_quals[phrase])
    return out


# the words between two items of one list of counts: the first item's noun, then a comma or
# "and" ("more than 10,100 tanks, 21,100 armoured vehicles and 23,600 artillery systems")
_LIST_GAP = re.compile(r"[ \u00a0]+[a-z][a-z \u00a0-]{0,40}?(?:,|,?[ \u00a0]+and)[ \u00a0]+$")
# the hedges that stand for every item of a list they open (a bound with its ceiling or an
# approximation; a threshold verb or a range is the first item's own, and "at least", with no
# upper bound, is left to the first item: "at least 8.7 million illnesses, 78,000
# hospitalisations" spread to the later items would leave a restated 87,000 unchecked)
_LIST_KINDS = frozenset({"gt", "nearly", "approx"})


def _listed_qualifiers(text: str, out: list[QuantityMention]) -> list[QuantityMention]:
    """A hedge opening a list of counts stands for each item written with none of its own
    (issue #10, readings61): in "more than 10,100 tanks, 21,100 armoured vehicles and 23,600
    artillery systems" each count is "more than" its figure, not the exact report. Only plain
    counts with their nouns, separated by a comma or "and", no other word, and only round
    ones: "over 2,700 armoured vehicles, 357 UAVs" gives the drones' count to the unit."""
    for i in range(1, len(out)):
        q, p = out[i], out[i - 1]
        if q.qkind is not None or q.is_range or p.qkind not in _LIST_KINDS or q.unit or \
                p.unit or p.end >= q.start or q.start - p.end > 60 or not q.rounded:
            continue
        if _LIST_GAP.fullmatch(text, p.end, q.num_start) is None:
            continue
        out[i] = _replace(q, qualifier=p.qualifier, qkind=p.qkind)
    return out


_CIRCA_LAST = ("c", ".", "\n")     # the characters a match of ``_CIRCA`` can end its window with


def _prefix_qualifiers(g: _Grammar, text: str, ms: list[QuantityMention]
                       ) -> list[QuantityMention]:
    out = []
    for q in ms:
        if q.is_range and q.start != q.num_start:
            out.append(_replace(q, qualifier="between", qkind="range"))
            continue
        lo = max(0, q.start - 40)
        # ("c" or "c." ends the window, or a line break after them: "$" stands before it)
        circa = _CIRCA.search(text, max(0, q.start - 3), q.start) \
            if text[q.start - 1:q.start] in _CIRCA_LAST else None
        if circa is not None:
            out.append(_replace(q, start=circa.start(), text=text[circa.start():q.end],
                                qualifier="c.", qkind="approx"))
            continue
        tail = text[lo:q.start].rstrip()
        if not tail:
            out.append(_replace(q, qualifier="between", qkind="range") if q.is_range else q)
            continue
        if tail[-1] not in g.qual_last_chars:
            last = tail.rsplit(None, 1)[-1]    # the last word, after a space or line break
            if last.lower() not in g.qual_last_words:
                out.append(_replace(q, qualifier="between", qkind="range") if q.is_range else q)
                continue
        qm = g.qualifier.search(text, lo, q.start)
        if qm and g.not_qualifier is not None and qm.group("q").lower().startswith("up") \
                and (g.not_qualifier.search(text, max(0, qm.start("q") - 16), qm.end("q")) or
                     g.not_qualifier_object.search(text, max(0, qm.start("q") - 50),
                                                   qm.end("q"))):
            qm = None  # "add up to 45,450", "picked up to 5.2%": a verb, not a bound
        if qm and g.not_over is not None and qm.group("q").lower() == "over" \
                and g.not_over.search(text, max(0, qm.start("q") - 16), qm.end("q")):
            qm = None  # "handed over 5.45 million vehicles": a verb's particle, not a bound
        if qm:
            phrase = _norm(qm.group("q"))
            kind = g.qual_phrases.get(phrase)
            if kind:
                out.append(_replace(q, start=qm.start("q"), text=text[qm.start("q"):q.end],
                                    qualifier=phrase, qkind=kind))
                continue
        if q.is_range:
            out.append(_replace(q, qualifier="between", qkind="range"))
            continue
        out.append(q)
    return out


__all__ = ["QuantityMention", "find_quantities", "with_qualifiers", "grammar"]



# ---------------------------------------------------------------------------------------------
# Vague counts: "dozens of", "tens of thousands", "several hundred", "a couple of" (intervals)

class _VagueCounts:
    """numbers.yaml ``vague_counts``, compiled."""

    def __init__(self, g: _Grammar) -> None:
        vc = vocab.load("numbers.yaml").get("vague_counts") or {}
        self.plural = {k: (float(a), float(b)) for k, (a, b) in (vc.get("plural") or {}).items()}
        self.few = {k: (float(a), float(b)) for k, (a, b) in (vc.get("few") or {}).items()}
        self.alone = {k: (float(a), float(b)) for k, (a, b) in (vc.get("alone") or {}).items()}
        self.scales = {k: v for k, v in g.scales.items() if v >= 100}
        big = {k: v for k, v in self.plural.items() if v[0] >= 2000}
        alt = (lambda ks: "|".join(sorted((re.escape(k).replace(r"\ ", r"[ \u00a0]+")
                                           for k in ks), key=len, reverse=True)))
        W = r"[ \u00a0]+"
        self.rx = re.compile(
            rf"\b(?:(?P<pl>{alt(self.plural)})(?:{W}of{W}(?P<pl2>{alt(big)}))?(?![\w-])"
            rf"|(?P<few>{alt(self.few)}){W}(?P<sc>{alt(self.scales)})(?![\w-])"
            rf"|(?P<alone>{alt(self.alone)})(?={W}[a-z]))", re.I)
        self.keys = frozenset(w for k in (*self.plural, *self.few, *self.alone)
                              for w in k.split() if w not in ("a", "of"))
        self.big = {k: v[0] / 2 for k, v in big.items()}   # "thousands" scales by 1,000

    def read(self, m: re.Match[str]) -> tuple[float, float] | None:
        low = (lambda s: " ".join(s.lower().split()))
        if m.group("pl"):
            lo, hi = self.plural[low(m.group("pl"))]
            if m.group("pl2"):
                k = self.big[low(m.group("pl2"))]
                lo, hi = lo * k, (hi + 1) * k - 1
            return lo, hi
        if m.group("few"):
            a, b = self.few[low(m.group("few"))]
            k = self.scales[low(m.group("sc"))]
            return a * k, (b + 1) * k - 1
        nxt = m.string[m.end():m.end() + 12].lstrip()
        if nxt[:1].isdigit() or nxt.split(" ")[0].lower() in self.scales:
            return None
        return self.alone[low(m.group("alone"))]


@lru_cache(maxsize=1)
def _vague_counts() -> _VagueCounts:
    return _VagueCounts(grammar())


# a capitalised word right before a vague count word, and a lower-case word (or the end of
# the clause) right after it: "the Mega Millions jackpot", "Thousand Oaks"
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \u00a0]+$")
_LOWER_AFTER = re.compile(r"(?:[ \u00a0]+[a-z0-9$£€]|\s*[^\w\s]|\s*$)")


def _in_a_name(text: str, s: int, e: int) -> bool:
    """Whether the vague count word at ``s``-``e`` is a word of a proper name: written with a
    capital after a capitalised word, in running text (the next word lower case), as in "the
    Mega Millions jackpot" (not a title-case headline's "Floods Force Thousands From Homes")."""
    return text[s].isupper() and _NAME_BEFORE.search(text, max(0, s - 40), s) is not None and \
        _LOWER_AFTER.match(text, e) is not None


def vague_counts(text: str, ws: Words, taken: list[QuantityMention],
                 merged: list[tuple[int, int]], mstarts: list[int]) -> list[QuantityMention]:
    """Counts written as words without a figure ("dozens of homes", "tens of thousands of
    people", "several thousand", "a couple of witnesses"): a bare figure whose value is the
    lowest count the words allow and whose bounds are the interval they allow."""
    vc = _vague_counts()
    out: list[QuantityMention] = []
    done = 0
    have: _Found | None = None
    # the key words the text holds, found at C speed: most texts hold none, and the loop over
    # the words is then not run
    present = vc.keys.intersection(ws.words)
    for i in [i for i, w in enumerate(ws.words) if w in present] if present else ():
        at = ws.starts[i]
        if at < done:
            continue
        m = vc.rx.search(text, max(done, at - 2), min(len(text), at + 40))
        if m is None or m.start() > at or m.end() <= at:
            continue
        s, e = m.span()
        done = e
        if have is None:
            have = _Found(taken)
        if have.overlaps(s, e) or (merged and in_spans(merged, mstarts, s)) or \
                _in_a_name(text, s, e):
            continue
        got = vc.read(m)
        if got is None:
            continue
        lo, hi = got
        out.append(QuantityMention(start=s, end=e, text=text[s:e], value=lo, num_start=s,
                                   step=0.0, lower=lo, upper=hi, spelled=True, bare=True))
    return out


add_key_words(lambda: grammar().candidate_words)    # (the words both finders read: shortlist.py)
