"""Date forms beyond the core grammar of ``dates.py``: small recognisers, one per form.

Each recogniser reads the lower-cased text (``low``, same length as ``text``) and returns
``DateMention``s resolved against the publication date ``D`` (with dateutil's ``rrule`` and
``relativedelta``). ``dates.find_dates`` merges them with the core grammar's mentions: a form
found here replaces a core mention it overlaps when it is at least as long ("Friday the 15th"
over "Friday", "fiscal 2025" over the year 2025). A mention with ``kind="void"`` is a date
that cannot exist ("the 31st of this month" in November, "the fifth Sunday" of a month with
four): it hides the core mentions it overlaps and is then dropped, so the figure has no period.

Forms (docs/extraction.md, "Dates"):

- numeric dates: 02/22/2016, 21/04/16, 21-04-2016, 2015/08/12, 20.01.2026, 08/12,2015, and
  after a date preposition 4/22, 22/04, 4.22; the order by validity, else ``order`` (MDY/DMY);
- month-day words: "Oct-2", "Oct/2", "Jan first", "May twenty-first", "the second of Aug";
- bare days: "on the 27th", "on the second", "the 31st of this month";
- weekday arithmetic: "Friday the 15th", "the first Friday of July", "(on) the second Sunday",
  "this Friday", "from Monday to Thursday";
- vague spans: "a few days ago", "three months ago", "over the weekend", "overnight", "year to
  date", "earlier this week", "this month", "the first half of 2024", "H1", "the first nine
  months of 2025", "the last week of August", "the previous quarter", "fiscal 2025",
  "the 2023/24 season", "between March 3 and 9", seasons, holidays.

Tense: a plan or forecast before the expression ("will", "expects", "is due"), or after one that
opens its sentence ("On Tuesday, the council will vote"), makes an open
day the next one on or after publication; otherwise it is the latest on or before it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Callable

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta
from dateutil.rrule import FR, MO, MONTHLY, SA, SU, TH, TU, WE, YEARLY, rrule
from hijridate import Gregorian, Hijri
from lunardate import LunarDate

from . import vocab
from .first_words import Alternatives, alternatives
from .numbers import odds_sentence
from .text import last_sentence_stop, next_sentence_stop

_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_RRULE_DAYS = (MO, TU, WE, TH, FR, SA, SU)
_RRULE_NAMES = {"MO": MO, "TU": TU, "WE": WE, "TH": TH, "FR": FR, "SA": SA, "SU": SU}

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth"]
# spelled ordinal days: "first" .. "thirty-first" ("twenty second", "twenty-second")
ORDINAL_DAYS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
ORDINAL_DAYS.update({w: i + 10 for i, w in enumerate(_TEENS)})
ORDINAL_DAYS.update({"twentieth": 20, "thirtieth": 30})
for _i, _w in enumerate(_UNITS):
    ORDINAL_DAYS[f"twenty-{_w}"] = 21 + _i
ORDINAL_DAYS["thirty-first"] = 31
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1}

_ORD_RX = "|".join(sorted((re.escape(w).replace(r"\-", r"[\s-]") for w in ORDINAL_DAYS),
                          key=len, reverse=True))
_DAY_RX = rf"(?:[0-3]?\d(?:st|nd|rd|th)|{_ORD_RX})"
_WD_RX = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR_RX = r"(?:19|20)\d\d"


# (dates46) what makes "the Christmas holiday" a season of trade or a thing of its own, not
# the days: "the Christmas holiday shopping season", "the festive break sales"
_FEST_TRADE = (r"shopping|season|sales|trading|spending|quarter|rush|getaway|market|markets|"
               r"campaign|ads?|advertising|adverts?|bonus|bonuses|party|parties|lights|menu|"
               r"cards?|jobs?|staff|workers|hires|opening|hours|timetable|schedule")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {k.lower(): int(v) for k, v in vocab.load("dates.yaml").get("months", {}).items()}


@lru_cache(maxsize=1)
def _month_rx() -> str:
    return "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))


def _cfg(key: str, default: Any = None) -> Any:
    return vocab.load("dates.yaml").get(key, default)


def day_number(token: str) -> int | None:
    """1..31 from "27th", "27", "second", "twenty second", "twenty-second"; else None."""
    t = token.strip().lower()
    digits = t.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    return ORDINAL_DAYS.get(re.sub(r"\s+", "-", t))


def _month(token: str) -> int | None:
    return _months().get(token.lower().rstrip("."))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


class Found:
    """What a recogniser returns: (start, end, start_date, end_date, granularity, kind,
    extra) tuples, turned into DateMentions by ``dates.find_dates``."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: list[tuple[int, int, date | None, date | None, str | None, str, bool]] = []

    def add(self, s: int, e: int, sd: date | None, ed: date | None, gran: str | None,
            kind: str = "date", ambiguous: bool = False) -> None:
        if sd is None or ed is None:
            kind = "void"
        self.items.append((s, e, sd, ed, gran, kind, ambiguous))


# ------------------------------------------------------------------ anchors and scanning ---

def _scan(rx: re.Pattern[str] | Alternatives, low: str, at: list[int], back: int,
          fwd: int = 60) -> list[re.Match[str]]:
    """Matches of ``rx`` anchored at the starts of the words up to ``back`` characters before
    each anchor offset in ``at`` (key words found once on the word list) and at the anchor
    itself, so a recogniser never scans the whole text: each match once, in order; one that
    ends before its anchor is passed over. A start tries only the alternatives of ``rx`` its
    word may open (first_words.Alternatives), where the pattern can be split so."""
    out: list[re.Match[str]] = []
    done, n = 0, len(low)
    if isinstance(rx, re.Pattern):
        rx = alternatives(rx)
    for p in at:
        if p < done:
            continue
        hi = min(n, p + fwd)
        starts = [m.start() for m in _WORD_START.finditer(low, max(done, p - back), p)]
        starts.append(p)
        for st in starts:
            m = rx.match(low, st, hi)
            if m is not None and m.end() > p:
                out.append(m)
                done = m.end()
                break
    return out


def _search_near(rx: re.Pattern[str], low: str, at: list[int], back: int, fwd: int
                 ) -> list[re.Match[str]]:
    """Like ``_scan`` for patterns that start inside a word ("21/04/16" at its "/")."""
    out: list[re.Match[str]] = []
    done, n = 0, len(low)
    for p in at:
        if p < done:
            continue
        hi = min(n, p + fwd)
        m = rx.search(low, max(done, p - back), hi)
        while m is not None and m.end() <= p:
            m = rx.search(low, m.end(), hi)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


_WORD_START = re.compile(r"(?<![a-z0-9])[a-z0-9]")




# ---------------------------------------------------------------- tense and resolution ----

def latest_on_or_before(dates: list[date], D: date) -> date | None:
    past = [d for d in dates if d <= D]
    return past[-1] if past else None


def first_on_or_after(dates: list[date], D: date) -> date | None:
    return next((d for d in dates if d >= D), None)


def pick(dates: list[date], D: date, future: bool) -> date | None:
    """The occurrence a reporter means: the next one in future copy, else the latest one on
    or before publication."""
    return first_on_or_after(dates, D) if future else latest_on_or_before(dates, D)


def year_of(month: int, day: int, D: date, future: bool) -> int:
    """The year of a month-day written without one: in future copy the next such day, else
    the latest not more than 31 days after publication (the core grammar's convention)."""
    if future:
        probe = _safe(D.year, month, min(day, 28))
        return D.year if probe is None or probe >= D - timedelta(days=1) else D.year + 1
    probe = _safe(D.year, month, min(day, 28))
    return D.year - 1 if probe is not None and probe > D + timedelta(days=31) else D.year


def two_digit_year(y: int, D: date | None) -> int:
    """'16 -> 2016; a two-digit year more than a year after publication is last century's."""
    ref = (D.year if D else date.today().year) % 100 + 1
    return 2000 + y if y <= ref else 1900 + y


def fiscal_two_digit_year(y: int, D: date | None) -> int:
    """'26 of "FY26": companies plan years ahead, so a fiscal year up to ten years after
    publication is this century's ("FY26 guidance" written in 2024 is 2026, not 1926)."""
    ref = (D.year if D else date.today().year) % 100 + 10
    return 2000 + y if y <= ref else 1900 + y


@lru_cache(maxsize=2)
def _fiscal_money(names: bool = False) -> tuple[tuple[int, re.Pattern[str]], ...]:
    out = []
    for month, spec in (_cfg("fiscal_year_by_money") or {}).items():
        syms = "|".join(sorted((re.escape(x) for x in spec.get("symbols", [])), key=len,
                               reverse=True)) or "(?!)"
        words = "|".join(re.escape(x) for x in spec.get("words", []) + (
            spec.get("names", []) if names else [])) or "(?!)"
        out.append((int(month), re.compile(
            rf"(?<![A-Za-z$])(?:{syms})(?=[ \u00a0]?\d)|(?i:\b(?:{words})\b)")))
    return tuple(out)


@lru_cache(maxsize=1)
def _fiscal_owners() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """A country's name in the possessive ("India's GDP", "Australia's budget"), by the month
    its fiscal year begins (``fiscal_year_by_money`` names): the figure is the country's
    own, so its year is too ("Apple's fiscal 2025 sales in India" names no owner)."""
    out = []
    for month, spec in (_cfg("fiscal_year_by_money") or {}).items():
        names = "|".join(re.escape(x) for x in spec.get("names", []) if x[-2:] != "'s")
        if names:
            out.append((int(month), re.compile(rf"\b(?:{names})['’]s\b")))
    return tuple(out)


def _sentence_at(text: str, pos: int) -> str:
    """The sentence around ``pos``, bounded to 300 characters each way so a long text is
    never rescanned."""
    lo = max(0, pos - 300)
    a = max(last_sentence_stop(text, lo, pos), text.rfind("\n", lo, pos))
    b = min((i for i in (next_sentence_stop(text, pos, pos + 300),
                         text.find("\n", pos, pos + 300))
             if i >= 0), default=min(len(text), pos + 300))
    return text[(a + 1 if a >= 0 else lo):b]


@lru_cache(maxsize=1)
def _commodity_rx() -> tuple[tuple[int, re.Pattern[str]], ...]:
    return tuple((int(month), re.compile(
        r"(?i)\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"))
        for month, words in (_cfg("commodity_years") or {}).items())


def commodity_start(text: str, pos: int) -> int:
    """The month the marketing year of the commodity the sentence at ``pos`` names begins
    (dates.yaml ``commodity_years``: "corn ... the 2024-25 marketing year" is September's),
    else 0."""
    sentence = _sentence_at(text, pos)
    for month, rx in _commodity_rx():
        if rx.search(sentence):
            return month
    return 0


@lru_cache(maxsize=1)
def _split_kind_rx() -> re.Pattern[str]:
    kinds = [*_cfg("split_year_starts", {}), *_cfg("split_year_synonyms", {})]
    return re.compile(r"(?i)\b(" + "|".join(
        sorted((re.escape(k).replace(r"\ ", "[ \u00a0]+") for k in kinds), key=len,
               reverse=True)) + r")s?\b")   # (plural: "the 2012/13 and 2013/14 seasons")


@lru_cache(maxsize=1)
def _season_cue_rx() -> re.Pattern[str]:
    """dates.yaml ``season_cues``: the words of sports copy."""
    words = sorted((re.escape(str(w)).replace(r"\ ", "[ \u00a0]+")
                    for w in _cfg("season_cues", ())), key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + ("|".join(words) or "(?!)") + r")\b")


_MONEY_SIGN = re.compile(r"[£$€¥₹]")


@lru_cache(maxsize=1)
def _academic_cue_rx() -> re.Pattern[str]:
    """dates.yaml ``academic_cues``: the words of education copy."""
    words = sorted((re.escape(str(w)).replace(r"\ ", "[ \u00a0]+")
                    for w in _cfg("academic_cues", ())), key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + ("|".join(words) or "(?!)") + r")\b")


@lru_cache(maxsize=1)
def _named_by_start_rx() -> re.Pattern[str]:
    words = [str(w) for w in _cfg("fiscal_year_named_by_start", ())]
    return re.compile("|".join(re.escape(w) if not w[0].isalpha() else
                               rf"(?i:\b{re.escape(w)}\b)" for w in words) or "(?!)")


def _named_by_start(text: str, pos: int) -> bool:
    """Whether the sentence at ``pos`` names its fiscal years by the year they begin in
    (dates.yaml ``fiscal_year_named_by_start``: Japanese copy's "fiscal 2014" runs from April
    2014)."""
    return _named_by_start_rx().search(_sentence_at(text, pos)) is not None


@lru_cache(maxsize=2)
def _uk_tax_rx(bare: bool) -> re.Pattern[str]:
    spec = _cfg("uk_tax_year") or {}
    words = spec.get("tax_words", []) if bare else [*spec.get("words", []),
                                                    *spec.get("tax_words", [])]
    alts = [re.escape(str(x)) for x in ([] if bare else spec.get("symbols", []))]
    alts.append(r"(?i:\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b)")
    return re.compile("|".join(alts))


def uk_tax_start(text: str, pos: int, bare: bool = False) -> tuple[int, int] | None:
    """(month, day) the UK tax year begins (6 April) when the sentence at ``pos`` is the UK's
    (dates.yaml ``uk_tax_year``: pounds, the UK, HMRC; for a ``bare`` split year only words
    of the tax itself), else None."""
    spec = _cfg("uk_tax_year") or {}
    if not spec or _uk_tax_rx(bare).search(_sentence_at(text, pos)) is None:
        return None
    return int(spec["month"]), int(spec["day"])


def split_year_months() -> tuple[int, ...]:
    """Every first month a split year may have (dates.yaml ``split_year_starts``, the
    countries' ``fiscal_year_by_money`` and ``split_year_other_starts``), in calendar order."""
    months = {int(m) for m in (_cfg("split_year_starts", {}) or {}).values()}
    months |= {int(m) for m in (_cfg("fiscal_year_by_money", {}) or {})}
    months |= {int(m) for ms in (_cfg("split_year_other_starts", {}) or {}).values()
               for m in ms}
    return tuple(sorted(m for m in months if m > 1))


def bare_split_start(text: str, pos: int) -> int:
    """The month a bare split year ("2006-07", "2023/24") begins, read from the nearest cue:
    a split year is a season or a fiscal year, never two calendar years. The sentence decides
    first (the kind it names, a country's money or name, the words of sports copy), then the
    story's opening (a country named there, sports words there: "Chelsea have won 11
    shoot-outs since 2006-07" in a story about a cup tie), then "federal"; 0 where nothing
    does (the caller keeps both calendar years, every reading's envelope)."""
    sentence = _sentence_at(text, pos)
    m = _split_kind_rx().search(sentence)
    if m is not None:
        kind = " ".join(m.group(1).lower().split())
        return _kind_start(_cfg("split_year_synonyms", {}).get(kind, kind), text, pos)
    for month, rx in _fiscal_money(False):   # a country's money
        if rx.search(sentence):
            return month if month != 1 else 0
    if _season_cue_rx().search(sentence):   # before names: "England made 393 runs in 2017-18"
        return _kind_start("season", text, pos)
    cue = _academic_cue_rx().search(sentence)
    if cue is not None and (cue.group(0).lower().startswith("tuition") or
                            _MONEY_SIGN.search(sentence) is None):
        # "71% of postgraduate students in 2022/23" (not "Universities spent £1.2bn on
        # student support in 2022/23": a sum of money keeps the payer's year; fees are the
        # academic year's)
        return int(_cfg("split_year_starts", {})["academic year"])
    if (us := us_government_starts(text, pos)):
        return us[0]   # "California closed a $15 billion budget problem for 2025-26": July
    for month, rx in _fiscal_money(True):
        if rx.search(sentence):   # (a calendar-year country's split year is no fiscal year:
            return month if month != 1 else 0   # both calendar years stay)
    story = _story_fiscal_start(text)
    if story:
        return story if story != 1 else 0
    head = text[:int(_cfg("fiscal_year_story_chars", 0) or 0)]
    if _season_cue_rx().search(head):
        return _kind_start("season", text, pos)
    if any(str(sym) in sentence for sym in (_cfg("uk_tax_year") or {}).get("symbols", ())):
        # pounds beside it: the UK's financial year, April to March ("Cost of living payments
        # total £900 in 2023-24"); a season's sentence or story was read above
        return int(_cfg("split_year_starts", {})["financial year"])
    return int(_cfg("fiscal_year_federal")["month"]) if _federal_rx().search(sentence) else 0


@lru_cache(maxsize=1)
def _us_government_rx() -> tuple[tuple[tuple[int, ...], re.Pattern[str]], ...]:
    """dates.yaml ``fiscal_year_us_government`` as (starts, words) in the order they are
    tried: each state named with a year of its own (``names_own``; skipped beside a local
    government's words), the state's words, the local governments', every state named (July
    first); then ((), the words of a year that is no state's or local government's: the
    federal government's, ``fiscal_year_federal`` and ``fiscal_year_by_money``'s US names,
    and a company's, ``not_words``)."""
    def alt(words: list[str], tail: str = "") -> str:
        return r"\b(?:" + ("|".join(re.escape(str(w)).replace(r"\ ", r"[ \u00a0]+")
                                    for w in words) or "(?!)") + r")(?![\w-])" + tail

    def rx(words: list[str], case: bool = False) -> re.Pattern[str]:
        return re.compile(alt(words), 0 if case else re.I)
    spec = _cfg("fiscal_year_us_government") or {}
    passed = "|".join(re.escape(str(w)) for w in spec.get("transfers", ()))
    # ("federal funds", "federal aid": money a state's budget receives, no federal year)
    not_passed = rf"(?![ \u00a0]+(?:{passed})\b)" if passed else ""
    state, local = spec.get("state") or {}, spec.get("local") or {}
    first = tuple(int(m) for m in state.get("starts", ()))
    federal = [*(_cfg("fiscal_year_federal") or {}).get("words", []),
               *((_cfg("fiscal_year_by_money") or {}).get(10) or {}).get("names", [])]
    own = tuple(((int(m), *(x for x in first if x != int(m))), rx(names, True))
                for m, names in (spec.get("names_own") or {}).items())
    return (*own, (first, rx(state.get("words", []))),
            (tuple(int(m) for m in local.get("starts", ())), rx(local.get("words", []))),
            (first, rx(spec.get("names", []), True)),
            ((), re.compile(alt(federal, not_passed) + "|" + alt(spec.get("not_words", [])),
                            re.I)))


def us_government_starts(text: str, pos: int) -> tuple[int, ...]:
    """The months a US state's or local government's fiscal year may begin in (dates.yaml
    ``fiscal_year_us_government``: a state's, else a city's, county's or school district's;
    the first the one read) when the sentence at ``pos`` names a state, or writes US dollars
    and names such a government, and names neither the federal one nor a company; else
    ()."""
    sentence = _sentence_at(text, pos)
    *groups, (_, other) = _us_government_rx()
    if other.search(sentence) is not None:
        return ()
    # (a state's name is the US's in any copy; "the state's", "the city's" only beside US
    # dollars: "the state's budget for 2024-25" may be an Indian state's)
    dollars = _US_DOLLARS.search(sentence) is not None
    n_own = len(groups) - 3
    local = dollars and groups[-2][1].search(sentence) is not None
    return next((starts for k, (starts, rx) in enumerate(groups)
                 if (dollars or k < n_own or k == len(groups) - 1) and
                 not (k < n_own and local) and rx.search(sentence)), ())


def fiscal_start(text: str, pos: int, default: int, names: bool = False) -> int:
    """The month a fiscal year begins for a date at ``pos``: the country's whose money the
    sentence writes (dates.yaml ``fiscal_year_by_money``: "Rs 43,000 crore ... this fiscal"
    is India's April year; with ``names``, for a split year, the country's name too), else
    ``default``."""
    sentence = _sentence_at(text, pos)
    local = _local_money_month(sentence)
    if local:
        return local
    for month, rx in _fiscal_money(names):
        if rx.search(sentence):
            return month
    if not names:
        for month, rx in _fiscal_owners():
            if rx.search(sentence):
                return month   # "India's GDP ... in FY25" (dates43): the country's own year
    if (us := us_government_starts(text, pos)):
        return us[0]   # "the city's FY2025-26 budget of $3.4 billion": July, October kept
    if not names:
        return default
    # no country in the sentence: the story's (its opening), then "federal" (dates.yaml
    # fiscal_year_federal), so a "federal" sentence of a Canadian story is Canada's year
    return _story_fiscal_start(text) or (
        int(_cfg("fiscal_year_federal")["month"]) if _federal_rx().search(sentence)
        else default)


@lru_cache(maxsize=1)
def _local_money_rx() -> tuple[tuple[str, re.Pattern[str], tuple[tuple[int, re.Pattern[str]],
                                                                 ...]], ...]:
    """units.yaml ``local_rupees`` and ``local_dollars`` as (sign, its home country's names,
    ((fiscal month, a country's names), ...)): the country a "Rs" or a bare "$" is when its
    sentence names it and not the sign's home, with the month its fiscal year begins (the
    ``fiscal_year_by_money`` group that lists its code)."""
    u = vocab.load("units.yaml")
    months = {str(code): int(month) for month, spec in (_cfg("fiscal_year_by_money") or {}).items()
              for code in spec.get("symbols", [])}

    def names(ws: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ws) + r")\b")

    out = []
    for sign, home, key in (("Rs", "india_names", "local_rupees"), ("$", "us_names",
                                                                    "local_dollars")):
        local = tuple((months[str(code)], names(ws)) for code, ws in (u.get(key) or {}).items()
                      if ws and months.get(str(code)))
        out.append((sign, names(u.get(home) or ["-"]), local))
    return tuple(out)


def _local_money_month(sentence: str) -> int:
    """The fiscal year's first month of the country whose "Rs" or bare "$" the sentence
    writes, when it names Pakistan, Australia or another country of units.yaml
    ``local_rupees`` / ``local_dollars`` and not the sign's home: "Pakistan's telecom revenue
    was Rs 850 billion in FY20" and "The ASX-listed builder's revenue fell 2% to $287.3
    million in 1HFY25" are July years, though "Rs" is India's first; else 0."""
    for sign, home, local in _local_money_rx():
        if sign not in sentence or home.search(sentence) or \
                sign == "$" and re.search(r"[A-Z]\$|\$[A-Z]", sentence):
            continue
        month = next((month for month, rx in local if rx.search(sentence)), 0)
        if month:
            return month
    return 0


@lru_cache(maxsize=4)
def _story_fiscal_start(text: str) -> int:
    """The fiscal year's first month of the first country named (``fiscal_year_by_money``
    names) in the story's opening (``fiscal_year_story_chars``), else 0."""
    head = text[:int(_cfg("fiscal_year_story_chars", 0) or 0)]
    found = [(m.start(), month) for month, rx in _fiscal_names()
             if (m := rx.search(head)) is not None]
    return min(found)[1] if found else 0


@lru_cache(maxsize=1)
def _fiscal_names() -> tuple[tuple[int, re.Pattern[str]], ...]:
    return tuple((int(month), re.compile(r"(?i)\b(?:" + "|".join(
        re.escape(x) for x in spec["names"]) + r")\b"))
        for month, spec in (_cfg("fiscal_year_by_money") or {}).items() if spec.get("names"))


@lru_cache(maxsize=1)
def _federal_rx() -> re.Pattern[str]:
    words = (_cfg("fiscal_year_federal") or {}).get("words", [])
    return re.compile(r"(?i)\b(?:" + ("|".join(re.escape(w) for w in words) or "(?!)") + r")\b")


def fiscal_month(text: str, pos: int, default: int, D: date | None, future: bool,
                 span_of: Callable[[int], tuple[date, date]], ended: bool = False) -> int:
    """The month a fiscal year begins for "FY25", "Q4 FY25", "fiscal 2025" at ``pos``: the
    country's whose money the sentence writes; else ``default``, unless in copy that reports
    (no plan or forecast) that reading has not even begun by publication ("revenue rose 6% in
    Q4 FY25" written in April 2025 is no October-year quarter, July to September): then the
    first other country's year (``fiscal_year_by_money``), or the calendar year, whose
    reading has ended; in a sentence in US dollars, of US companies' years
    (``fiscal_year_dollar_starts``), the one whose reading has ended latest.
    ``span_of(month)`` is the reading for a year begun in that month. With ``ended`` (a
    quarter: three months, reported whole) the default reading must have ended too: "profit
    grew 10.5% in Q1FY26" written on 19 October 2025 is no October-year quarter nineteen days
    old. A forecast of a quarter in US dollars whose default reading is not under way is of
    the US company year whose quarter is ("Nvidia expects revenue of $45 billion in the second
    quarter of fiscal 2026" on 28 May 2025: May to July 2025, the quarter a company guides
    for)."""
    money = fiscal_start(text, pos, 0)
    if money:
        return money
    if D is not None and future and ended:
        return _forecast_quarter_month(text, pos, default, D, span_of)
    if D is None or future or span_of(default)[1 if ended else 0] <= D:
        return default
    if _US_DOLLARS.search(_sentence_at(text, pos)) is not None:
        # a US company's year (dates.yaml ``fiscal_year_dollar_starts``), the one whose
        # reading ended latest: a report gives the latest period it can ("Microsoft's revenue
        # rose 13% to $70.1 billion in the third quarter of fiscal 2025" written on 30 April
        # 2025 is July's year, January to March; "Revenue rose 62% to $57.01 billion in the
        # third quarter of fiscal 2026" on 19 November 2025 February's, August to October)
        lag = timedelta(days=int(_cfg("fiscal_report_lag_days", 0) or 0))
        done = [(span_of(month)[1], month) for month in
                (int(k) for k in _cfg("fiscal_year_dollar_starts") or ())
                if span_of(month)[1] + lag <= D]
        return max(done)[1] if done else default
    for month in [*(int(k) for k in _cfg("fiscal_year_by_money") or {}), 1]:
        if span_of(month)[1] <= D:
            return month
    return default


def _forecast_quarter_month(text: str, pos: int, default: int, D: date,
                            span_of: Callable[[int], tuple[date, date]]) -> int:
    """``fiscal_month`` for a forecast's quarter: the default year's, unless it is not under
    way at publication and the sentence writes US dollars while a US company year's is."""
    a, b = span_of(default)
    if a <= D <= b or _US_DOLLARS.search(_sentence_at(text, pos)) is None:
        return default
    return next((month for month in (int(k) for k in _cfg("fiscal_year_dollar_starts") or ())
                 if span_of(month)[0] <= D <= span_of(month)[1]), default)


def company_quarter(text: str, pos: int, read: date, D: date, future: bool,
                    starts: list[date], open_tense: bool) -> tuple[date, date | None]:
    """(the first day of the quarter read for "the third quarter of fiscal 2026" at ``pos``,
    the first day of its other reading or None): ``read`` is ``fiscal_month``'s; in a
    sentence in US dollars that names no country's money, the quarter may be of any US
    company's year (``starts``: the first days of each such reading), and a company reports
    the quarter that ended last and guides for the one under way. In a forecast the quarter
    under way that began last is read ("Microsoft expects $60 billion to $61 billion in the
    third quarter of fiscal 2024" on 30 January 2024: January to March), the latest ended
    kept beside it. In a report the reading stays, unless it ended longer ago than a report
    comes (``fiscal_report_window_days``) while another ended within that window ("Target's
    net sales fell 2.8% in the first quarter of fiscal 2025" on 21 May 2025: February to
    April, its own year named by the year it begins in); the reading set aside is kept. A
    report in the present tense (``open_tense``) keeps the quarter under way beside it."""
    if fiscal_start(text, pos, 0) or _US_DOLLARS.search(_sentence_at(text, pos)) is None:
        return read, None
    lag = timedelta(days=int(_cfg("fiscal_report_lag_days", 0) or 0))
    window = timedelta(days=int(_cfg("fiscal_report_window_days", 0) or 0))

    def end(a: date) -> date:
        return a + relativedelta(months=3) - timedelta(days=1)

    every = sorted(set(starts) | {read})
    ended = [a for a in every if end(a) + lag <= D]
    running = [a for a in every if a <= D <= end(a)]
    latest = max(ended, key=end) if ended else None
    begun = max(running) if running else None
    if future:
        first = begun or read
        return first, latest if latest not in (None, first) else None
    if end(read) + lag <= D and end(read) + window < D and latest is not None and \
            end(latest) + window >= D:
        return latest, read
    other = begun if open_tense else None
    return read, other if other != read else None


def last_year_quarter(text: str, pos: int, k: int, read: date, D: date
                      ) -> tuple[date, date | None]:
    """(the first day of the ``k``-th quarter read for "the fourth quarter of its last
    financial year" at ``pos``, the first day of its other reading or None): ``read`` is the
    quarter of the default year (``fiscal_year_start``). In a report in US dollars that names no
    country's money, the year may be any US company's (``fiscal_year_dollar_starts``: a
    company with a year to April reports "the fourth quarter of its last financial year" in
    May as February to April): of each such year that ended at least
    ``fiscal_report_lag_days`` before publication, the latest, the default kept beside it."""
    if fiscal_start(text, pos, 0) or _US_DOLLARS.search(_sentence_at(text, pos)) is None:
        return read, None
    lag = timedelta(days=int(_cfg("fiscal_report_lag_days", 0) or 0))
    best: date | None = None
    for s in _cfg("fiscal_year_dollar_starts") or ():
        a = date(D.year, int(s), 1)
        while a + relativedelta(years=1) - timedelta(days=1) + lag > D:
            a -= relativedelta(years=1)     # (the latest such year ended by then)
        if best is None or a > best:
            best = a
    if best is None:
        return read, None
    got = best + relativedelta(months=3 * (k - 1))
    return got, read if read != got else None


def latest_company_quarter(text: str, pos: int, D: date) -> date | None:
    """The first day of the quarter a report in US dollars that names no country's money most
    likely gives at publication when its words name none ("against $18.1 billion in the
    year-ago quarter"): of every US company's quarters (``fiscal_year_dollar_starts`` start
    them in any month), the one that ended latest, at least ``fiscal_report_lag_days`` before
    publication; None outside such copy."""
    if fiscal_start(text, pos, 0) or _US_DOLLARS.search(_sentence_at(text, pos)) is None or \
            not _cfg("fiscal_year_dollar_starts"):
        return None
    last = D - timedelta(days=int(_cfg("fiscal_report_lag_days", 0) or 0))
    if last.month == 12 and last.day == 31 or (last + timedelta(days=1)).day == 1:
        end_month = date(last.year, last.month, 1)
    else:
        end_month = date(last.year, last.month, 1) - relativedelta(months=1)
    return end_month - relativedelta(months=2)


# US dollars: "$" with no letter glued before it (A$, HK$, NZ$ are others), "US$", "USD"
_US_DOLLARS = re.compile(r"(?<![A-Za-z])\$(?=[ \u00a0]?\d)|\bUS\$|\bUSD\b")


# ------------------------------------------------------------------------ numeric dates ---

_NUM3 = re.compile(
    r"(?<![\w.,/:\-])(?P<a>\d{1,4})(?P<sep>[/.\-])(?P<b>\d{1,2})(?:(?P=sep)|,[ ]?)"
    r"(?P<c>\d{2}|\d{4})(?![\w/]|[.,]\d|[\-–]\d(?!\d?/\d\d?/\d))")
# the second date of a numeric range "9/20/09-9/26/09" (its dash is no minus sign)
_NUM3_AFTER_DASH = re.compile(
    r"(?<=\d[\-–])(?P<a>\d{1,2})(?P<sep>/)(?P<b>\d{1,2})/(?P<c>\d{4}|\d{2})(?![\w/]|[.,\-]\d)")
_SEP_DIGIT = re.compile(r"[/.\-]\d")
# the same, one pattern a separator: each opens with its literal, which the engine skips to
# several times faster than to the class (the starts of all three, merged, are _SEP_DIGIT's)
_SEP_DIGITS = tuple((c, re.compile(re.escape(c) + r"\d")) for c in "/.-")


def _sep_digit_starts(low: str) -> list[int]:
    """``[m.start() for m in _SEP_DIGIT.finditer(low)]``: the separators are single
    characters, so no two of their matches overlap or start at the same place."""
    out: list[int] = []
    for c, rx in _SEP_DIGITS:
        if c in low:
            out += [m.start() for m in rx.finditer(low)]
    out.sort()
    return out
_NUM2 = re.compile(
    r"\b(?:on|by|since|until|till|from|to|through|dated|before|after)[ \u00a0]+"
    r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?![\w/]|[.,\-]\d)")


# "the total combat losses from 24.02 to 27.09": a span of two day.month dates with two-digit
# months (Ukrainian and other European copy in translation); a decimal range ("from 24.02 to
# 27.09 dollars") rarely ends on publication's day.month, which the span must not pass
_DOT_SPAN = re.compile(
    r"\b(?:from|between)[ \u00a0]+(?P<d1>\d{1,2})\.(?P<m1>\d\d)[ \u00a0]*(?:to|till|until|through|"
    r"and|-|–)[ \u00a0]*(?P<d2>\d{1,2})\.(?P<m2>\d\d)(?![\w/]|[.,\-]\d)"
    r"(?![ \u00a0]*(?:%|[$€£]|(?:percent|per[ \u00a0]+cent|dollars?|euros?|pounds?|hryvnias?|uah|"
    r"usd|eur|points?|degrees?|km|kg|cm|mm|m|seconds?|minutes?|hours?|million|billion|bn|"
    r"times)\b))")


# a change verb before "by": what follows is the change's amount ("fallen by 1/3")
_CHANGE_BY = re.compile(
    r"\b(?:rose|risen|fell|fallen|grew|grown|cut|dropped|jumped|climbed|declined|increased|"
    r"decreased|reduced|shrunk|shrank|slipped|gained|lost|up|down)[ \u00a0]+by[ \u00a0]+$")


# what makes "on 3.9" a figure: a percentage or a scale right after it
_FIGURE_AFTER = re.compile(r"[ \u00a0]*(?:%|per[ \u00a0]*cent\b|percent\b|pc\b|percentage\b|points?\b|"
                           r"pts?\b|million\b|billion\b|trillion\b|bn\b|mn\b|m\b|k\b|times\b)")


def numeric_dates(text: str, low: str, D: date | None, order: str = "MDY",
                  future_at: Callable[..., bool] | None = None) -> Found:
    """02/22/2016, 21/04/16, 21-04-2016, 2015/08/12, 08/12,2015; after a date preposition
    also 4/22, 22/04, 4.22 (a year-less day is the latest such day not far after D). A date
    valid in both orders whose preferred reading falls more than a month after publication,
    where the other does not, takes the other in copy that is not a forecast ("closed on
    09/01/2015" written on 12 January 2015 is 9 January); it stays marked ambiguous."""
    out = Found()
    at = _sep_digit_starts(low)
    if not at:
        return out
    found = _search_near(_NUM3, low, at, 5, 20)
    # the second date of a range "9/20/09-9/26/09", right after the dash of a first one
    found += [m2 for m in found if low[m.end():m.end() + 1] in ("-", "–")
              and (m2 := _NUM3_AFTER_DASH.match(low, m.end() + 1)) is not None]
    found.sort(key=lambda m: m.start())
    for m in found:
        a, b, c = m.group("a"), int(m.group("b")), m.group("c")
        if len(a) == 4:
            if len(c) != 2 or m.group("sep") == "-" and len(m.group("b")) == 2:
                continue   # ISO with two-digit parts is the core grammar's; "2016-2-22" is here
            ymd = [(int(a), b, int(c))]
            amb = False
        elif len(a) <= 2 and len(c) in (2, 4):
            y = int(c) if len(c) == 4 else two_digit_year(int(c), D)
            if len(c) == 4 and not 1800 <= y <= 2199:
                continue
            # "08.05.2024": dots separate a date day first (the US order uses slashes), so a
            # dotted date has that one reading, in the future or not
            ymd, amb = _orders(int(a), b, y, "DMY" if m.group("sep") == "." else order)
            if m.group("sep") == ".":
                ymd, amb = ymd[:1], False
        else:
            continue
        if m.group("sep") == "-" and len(c) == 2 and len(a) <= 2:
            continue        # "10-12-15" is more often a range or a score than a date
        valid = [x for x in (_safe(*t) for t in ymd) if x is not None]
        if not valid:
            continue
        d = valid[0]
        if amb and D is not None and len(valid) == 2 and d > D + timedelta(days=31) >= \
                valid[1] + timedelta(days=31) and not (
                    future_at is not None and future_at(m.start(), m.end())):
            d = valid[1]   # the preferred order would date past-tense copy in the future
        out.add(m.start(), m.end(), d, d, "day", "date", amb)
    if D is None:
        return out
    _dot_spans(out, low, at, D)
    for m in _search_near(_NUM2, low, at, 14, 6):
        a, b = int(m.group("a")), int(m.group("b"))
        if _CHANGE_BY.search(low, max(0, m.start() - 14), m.start() + 3):
            continue        # "has fallen by 1/3": the amount of a change, a fraction
        if m.group("sep") == "/" and _odds_sentence(low, m.start()):
            continue        # "backed down to 9/4", "the odds fell to 5/2": a price, no date
        if m.group("sep") == "." and (not low.startswith("on", m.start()) or
                                      _FIGURE_AFTER.match(low, m.end())):
            continue        # "to 4.22" is a figure; "on 4.22" a date, but not "on 3.9% of
            # the vote" or "on 12.5 per cent growth"
        cands, amb = _orders(a, b, 0, order)
        for (_, mo, dy) in cands:
            if 1 <= mo <= 12 and 1 <= dy <= calendar.monthrange(2024, mo)[1]:
                y = year_of(mo, dy, D, False)
                d = _safe(y, mo, dy)
                if d is not None:
                    out.add(m.start("a"), m.end(), d, d, "day", "date", amb)
                break
    return out


def _odds_sentence(low: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` speaks of betting, where "to 9/4" is a price
    (extract.numbers reads it as odds with the same words)."""
    return odds_sentence(low, pos)


def _dot_spans(out: Found, low: str, at: list[int], D: date) -> None:
    """"from 24.02 to 27.09" (day.month, day.month) as one span, when both are days of the
    calendar and the span ends on publication's day or within the week before it."""
    for m in _search_near(_DOT_SPAN, low, at, 16, 24):
        d1, m1, d2, m2 = (int(m.group(k)) for k in ("d1", "m1", "d2", "m2"))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        end = _safe(year_of(m2, d2, D, False), m2, d2)
        if end is None or not D - timedelta(days=7) <= end <= D:
            continue
        start = _safe(end.year if (m1, d1) <= (m2, d2) else end.year - 1, m1, d1)
        if start is not None and start < end:
            out.add(m.start("d1"), m.end(), start, end, "day", "period")


def _orders(a: int, b: int, y: int, order: str) -> tuple[list[tuple[int, int, int]], bool]:
    """Candidate (y, m, d) for a/b: the only valid order, else the preferred one first."""
    mdy, dmy = (y, a, b), (y, b, a)
    if a > 12 >= b:
        return [dmy], False
    if b > 12 >= a:
        return [mdy], False
    both = a != b and a <= 12 and b <= 12
    return ([dmy, mdy] if order == "DMY" else [mdy, dmy]), both


# ----------------------------------------------------------------- month-day word forms ---

@lru_cache(maxsize=1)
def _month_day_rx() -> re.Pattern[str]:
    mon = _month_rx()
    return re.compile(
        rf"\b(?:(?P<m1>{mon})\.?[/\-](?P<d1>[0-3]?\d)(?![\d/\-])"
        rf"|(?P<m2>{mon})\.?[ \u00a0]+(?:the[ \u00a0]+(?P<d2d>[0-3]?\d(?:st|nd|rd|th))|(?:the[ \u00a0]+)?"
        rf"(?P<d2>{_ORD_RX}))\b"
        rf"|(?:the[ \u00a0]+)?(?P<d3>{_ORD_RX})[ \u00a0]+of[ \u00a0]+(?P<m3>{mon})\b\.?"
        rf"|(?P<d4>[0-3]?\d)-(?P<m4>{mon})-(?P<y4>{_YEAR_RX}|\d\d)\b)"
        rf"(?:,?[ \u00a0]+(?P<y>{_YEAR_RX})\b)?")


def month_day_words(text: str, low: str, D: date | None, future_at: Callable[..., bool],
                    at: list[int]) -> Found:
    """"Oct-2", "Oct/2", "Jan first", "May twenty-first", "the second of Aug", "the
    thirtieth of August", "30-Jun-2024" (month names capitalised as written)."""
    out = Found()
    for m in _scan(_month_day_rx(), low, at, 30):
        g = next(k for k in "1234" if m.group("m" + k))
        mon_s = m.group("m" + g)
        if not text[m.start("m" + g)].isupper():
            continue
        month = _month(mon_s)
        # "February the 22nd" (digits) or "May twenty-first" (words)
        day = day_number(m.group("d2d") if g == "2" and m.group("d2d") else m.group("d" + g))
        if month is None or day is None:
            continue
        if m.group("y4"):   # "30-Jun-2024", "30-Jun-24"
            y4 = int(m.group("y4"))
            y = y4 if y4 > 99 else two_digit_year(y4, D)
        elif m.group("y"):
            y = int(m.group("y"))
        elif D is not None:
            y = year_of(month, day, D, future_at(m.start(), m.end()))
        else:
            continue
        d = _safe(y, month, day)
        out.add(m.start(), m.end(), d, d, "day")
    return out


# ----------------------------------------------------------------------------- bare days --

_BARE = re.compile(
    rf"(?:\b(?P<p>on|by|since|until|till|before|after|from"
    # "on the morning of the 12th"
    r"|(?:morning|afternoon|evening|night)[ \u00a0]+of)[ \u00a0]+the"
    # "listed for the 14th of next month": the month named, any word before
    rf"|\bthe(?=[ \u00a0]+{_DAY_RX}[ \u00a0]+of[ \u00a0]+(?:this|last|next)[ \u00a0]+month\b))"
    rf"[ \u00a0]+(?P<d>{_DAY_RX})"
    r"(?:[ \u00a0]+of[ \u00a0]+(?P<rel>this|the|last|next)[ \u00a0]+month)?"
    r"(?=[ \u00a0]*(?:[.,;:!?)\n]|$|and\b|when\b|at\b|after\b|before\b|as\b)|(?<=month)\b)")


_BARE_RANGE = re.compile(
    rf"\b(?:between|from)[ \u00a0]+the[ \u00a0]+(?P<d1>{_DAY_RX})[ \u00a0]+"
    rf"(?:and|to|until|till|through)[ \u00a0]+(?:the[ \u00a0]+)?"
    rf"(?P<d2>{_DAY_RX})\b(?:[ \u00a0]+of[ \u00a0]+(?P<rel>this|the|last|next)[ \u00a0]+month\b)?")


def bare_days(text: str, low: str, D: date | None, future_at: Callable[..., bool],
              at: list[int]) -> Found:
    """"on the 27th", "on the second": the latest such day on or before publication (the next
    in future copy); "the 31st of this month" must exist in the month of publication;
    "between the 18th and the 23rd", "from the 1st to the 28th": the latest month (the next
    in future copy) whose days those are."""
    out = Found()
    if D is None:
        return out
    for m in _scan(_BARE_RANGE, low, at, 16):
        d1, d2 = day_number(m.group("d1")), day_number(m.group("d2"))
        if d1 is None or d2 is None or not 1 <= d1 < d2 <= 31:
            continue
        fut = future_at(m.start(), m.end())
        first = date(D.year, D.month, 1)
        if m.group("rel"):
            months = [first + relativedelta(months={"last": -1, "next": 1}.get(
                m.group("rel"), 0))]
        else:
            months = [first + relativedelta(months=k) for k in range(-3, 3)]
        spans = [(a, b) for a, b in ((_safe(x.year, x.month, d1), _safe(x.year, x.month, d2))
                                     for x in months) if a is not None and b is not None]
        if m.group("rel"):
            got = spans[0] if spans else None
        elif fut:
            got = next((s for s in spans if s[1] >= D), None)
        else:
            got = next((s for s in reversed(spans) if s[1] <= D), None)
        if got is not None:
            out.add(m.start(), m.end(), got[0], got[1], "day", "period")
    for m in _scan(_BARE, low, at, 16):
        if any(s <= m.start() < e for s, e, *_ in out.items):
            continue
        day = day_number(m.group("d"))
        if day is None or not 1 <= day <= 31:
            continue
        s = m.start("d") - 4 if low.startswith("the", m.start("d") - 4) else m.start("d")
        rel = m.group("rel")
        if rel:
            base = date(D.year, D.month, 1) + relativedelta(
                months={"last": -1, "next": 1}.get(rel, 0))
            d = _safe(base.year, base.month, day)
        else:
            # the nearest months with such a day (the 31st skips 30-day months)
            fut = future_at(m.start(), m.end())
            first = date(D.year, D.month, 1)
            if fut:
                days = rrule(MONTHLY, count=2, bymonthday=day, dtstart=first)
            else:
                days = rrule(MONTHLY, bymonthday=day, dtstart=first - relativedelta(months=3),
                             until=D)
            d = pick([x.date() for x in days], D, fut)
        out.add(s, m.end(), d, d, "day")
    return out


# -------------------------------------------------------------------- weekday arithmetic ---

@lru_cache(maxsize=1)
def _weekday_rx() -> re.Pattern[str]:
    mon = _month_rx()
    nth = "|".join(sorted(_NTH, key=len, reverse=True))
    return re.compile(
        rf"\b(?P<wd1>{_WD_RX}),?[ \u00a0]+the[ \u00a0]+(?P<d1>{_DAY_RX})\b"
        rf"|\bthe[ \u00a0]+(?P<n>{nth})[ \u00a0]+(?P<wd2>{_WD_RX})"
        rf"(?:[ \u00a0]+(?:of|in)[ \u00a0]+(?:(?P<mon>{mon})\b\.?(?:,?[ \u00a0]+(?P<y>{_YEAR_RX}))?"
        rf"|(?P<rel>the|this|last|next)[ \u00a0]+month\b))?"
        rf"|\bthis[ \u00a0]+(?P<wd3>{_WD_RX})\b"
        # "Tuesday next week", "on Friday of last week": that weekday of the week named
        rf"|\b(?P<wd4>{_WD_RX})[ \u00a0]+(?:of[ \u00a0]+)?(?P<wrel>next|last|this)[ \u00a0]+week\b"
        # "Saturday week", "a week on Friday", "a week from Tuesday": that weekday of next week
        rf"|\b(?P<wk1>{_WD_RX})[ \u00a0]+week\b(?![ \u00a0]*[-’']|[ \u00a0]+(?:of|ending|to|ended)\b)"
        # (not a rate's "a week": "a Sunday service 7 days a week from Monday")
        r"|(?<!days[ \u00a0])(?<!times[ \u00a0])(?<!twice[ \u00a0])(?<!hours[ \u00a0])"
        rf"\ba[ \u00a0]+week[ \u00a0]+(?:on|from)[ \u00a0]+(?P<wk2>{_WD_RX})\b"
        # "from Monday to Thursday"; the night between two days: "Sunday (night) into Monday"
        rf"|\b(?:(?P<fb>from|between)[ \u00a0]+)?(?P<wa>{_WD_RX})"
        rf"(?(fb)[ \u00a0]+(?:to|through|until|and|-)|(?:[ \u00a0]+(?:night|evening))?"
        rf"(?:[ \u00a0]+and)?[ \u00a0]+into)[ \u00a0]+(?P<wb>{_WD_RX})\b"
        # ... of the week named: "from Monday to Thursday next week"
        rf"(?:[ \u00a0]+(?:of[ \u00a0]+)?(?P<wrel2>next|last|this)[ \u00a0]+week\b)?"
        # the night with its edges: "from late Tuesday into early Wednesday", "late Sunday
        # night into Monday morning"
        # ("overnight into Wednesday": the night before that day)
        rf"|\b(?:(?:from[ \u00a0]+)?(?:(?:late|early)[ \u00a0]+)?(?P<wa2>{_WD_RX})|(?P<ovn>overnight))"
        rf"(?:[ \u00a0]+(?:night|evening|afternoon))?(?:[ \u00a0]+and)?[ \u00a0]+into[ \u00a0]+"
        rf"(?:(?:early|late)[ \u00a0]+)?(?P<wb2>{_WD_RX})(?:[ \u00a0]+(?:morning|afternoon))?\b")


def weekday_forms(text: str, low: str, D: date | None, future_at: Callable[..., bool],
                  at: list[int]) -> Found:
    """"Friday the 15th", "the first Friday of July", "on the second Sunday" (of the month of
    publication), "this Friday" (the week of publication), "from Monday to Thursday", "Sunday
    into Monday", "Saturday and into Sunday"."""
    out = Found()
    if D is None:
        return out
    for m in _scan(_weekday_rx(), low, at, 24):
        fut = future_at(m.start(), m.end())
        if m.group("wd1"):
            day = day_number(m.group("d1"))
            wd = _RRULE_DAYS[_WEEKDAYS[m.group("wd1")]]
            if day is None or _ordinal_counts(low, m.end(), m.group("d1")[0].isalpha()):
                continue
            days = rrule(MONTHLY, bymonthday=day, byweekday=wd,
                         dtstart=D - relativedelta(years=2), until=D + relativedelta(years=2))
            d = pick([x.date() for x in days], D, fut)
            out.add(m.start(), m.end(), d, d, "day")
        elif m.group("wd2"):
            _nth_weekday(out, m, low, D, fut)
        elif m.group("wd3") or m.group("wd4"):
            shift = {"next": 7, "last": -7}.get(m.group("wrel") or "", 0)
            monday = D - timedelta(days=D.weekday() - shift)
            d = monday + timedelta(days=_WEEKDAYS[m.group("wd3") or m.group("wd4")])
            out.add(m.start(), m.end(), d, d, "day")
        elif m.group("wk1") or m.group("wk2"):
            # the coming such weekday (today included) and seven days on
            wd = _WEEKDAYS[m.group("wk1") or m.group("wk2")]
            d = D + timedelta(days=(wd - D.weekday()) % 7 + 7)
            out.add(m.start(), m.end(), d, d, "day")
        else:
            b = _WEEKDAYS[m.group("wb") or m.group("wb2")]
            a = (b - 1) % 7 if m.group("ovn") else _WEEKDAYS[m.group("wa") or m.group("wa2")]
            span = (b - a) % 7
            if m.group("wrel2"):
                shift = {"next": 7, "last": -7}.get(m.group("wrel2"), 0)
                start = D - timedelta(days=D.weekday() - shift - a)
                end = start + timedelta(days=span)
            elif fut:
                start = D + timedelta(days=(a - D.weekday()) % 7)
                end = start + timedelta(days=span)
            else:
                end = D - timedelta(days=(D.weekday() - b) % 7)
                start = end - timedelta(days=span)
            out.add(m.start(), m.end(), start, end, "day", "period")
    return out


# after "<weekday>, the <ordinal>": "of" and what it is of, and the next words to a stop
_ORDINAL_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|this|next|last)[ \u00a0]+)?(?P<w>[a-z]+)")
_ORDINAL_NEXT = re.compile(r"(?:[ \u00a0]+[a-z]+){1,3}")


def _ordinal_counts(low: str, end: int, spelled: bool) -> bool:
    """Whether the ordinal after "<weekday>, the" (ending at ``end``) counts something rather
    than naming a day of the month: it heads a noun within the next three words (dates.yaml
    ``ordinal_nouns``: "Saturday, the third strike day this week", "Wednesday, the third day of
    the walkout", "Tuesday, the first time"), is one of a set ("Saturday, the first of two
    strike days": "of" and no month after it) or a compound ("the second-busiest")."""
    if low.startswith("-", end):
        return True
    m = _ORDINAL_OF.match(low, end)
    if m is not None:
        return m.group("w") not in _months() and m.group("w") != "month"
    m = _ORDINAL_NEXT.match(low, end)
    if m is None:
        return False
    # (one in digits heads only the word right after it: "Sunday, the 2nd day of the strike")
    said = m.group().split()[:3 if spelled else 1]
    return any(w in _ordinal_nouns() for w in said)


@lru_cache(maxsize=1)
def _ordinal_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _cfg("ordinal_nouns", []) or [])


_COUNTING = re.compile(r"[ \u00a0]+(?:in[ \u00a0]+a[ \u00a0]+row|running|straight|consecutive)\b")


def _nth_weekday(out: Found, m: re.Match[str], low: str, D: date, fut: bool) -> None:
    n = _NTH[m.group("n")]
    wd = _RRULE_DAYS[_WEEKDAYS[m.group("wd2")]](n)
    if m.group("mon"):
        month = _month(m.group("mon"))
        if month is None:
            return
        if m.group("y"):
            y = int(m.group("y"))
        else:
            y = year_of(month, 15, D, fut)
    elif _COUNTING.match(low, m.end()):
        out.add(m.start(), m.end(), None, None, None)   # "the second Sunday in a row": a count
        return
    else:
        # "(on) the second Sunday", "the first Sunday of the month": the month of publication
        base = date(D.year, D.month, 1) + relativedelta(
            months={"last": -1, "next": 1}.get(m.group("rel") or "", 0))
        y, month = base.year, base.month
    days = list(rrule(MONTHLY, count=1, byweekday=wd, dtstart=date(y, month, 1),
                      until=_month_end(y, month)))
    d = days[0].date() if days else None
    out.add(m.start(), m.end(), d, d, "day")


# ------------------------------------------------------------------------- vague spans ----

_COUNT_RX = r"\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|" \
    r"forty|fifty"


def _vocab_alternations() -> tuple[str, str]:
    """dates.yaml's overnight_nouns and named_quarters as regular-expression alternations."""
    return ("|".join(re.escape(str(k)) for k in _cfg("overnight_nouns", [])) or "(?!)",
            "|".join(re.escape(k).replace(r"\ ", "[ \u00a0]+")
                     for k in _cfg("named_quarters", {})) or "(?!)")


# what may follow "the first three quarters" with no "of ...": a stop or a word that ends
# the span's phrase ("rose 3.1% in the first three quarters to $26.49 billion"); "the first
# six months of his term", "... after the launch" are no calendar spans
_BARE_SPAN_NEXT = (r"[ \u00a0]*(?:[,.;:)]|$)|[ \u00a0]+(?:to|compared|against|versus|from|and|"
                   r"were|was|rose|fell|grew|jumped|dropped|slipped|climbed|declined)\b")


# the counts "N years ago" is written with ("fifty years ago this week", "90 years ago")
# (a tens word may take a unit after a hyphen or space: "twenty-five years ago today")
_AGO_COUNTS = ("(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- \u00a0]"
               "(?:one|two|three|four|five|six|seven|eight|nine)\\b)?"
               "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
               "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\\d{1,3}")


def _season_alternatives(seasons: str, W: str) -> str:
    """``_vague_rx``'s seasons with a year or a part: "the summer of 2022", "late summer 2022",
    "early autumn last year", "this winter", "in late summer" (a part with no year after it)."""
    return (
        rf"|\b(?:the{W})?(?:(?P<sp>early|mid|late)(?:{W}|-))?(?P<sea>{seasons})(?:{W}of)?{W}"
        rf"(?P<sey>{_YEAR_RX})\b"
        rf"|\b(?:the{W})?(?P<sp2>early|mid|late)(?:{W}|-)(?P<seay>{seasons}){W}"
        rf"(?P<sery>last|this|next){W}year\b"
        rf"|\b(?P<serel>(?:this|the){W}(?:coming|upcoming)|this|last|next|past){W}"
        rf"(?P<sea2>{seasons})\b"
        rf"|\b(?P<sp3>early|mid|late)(?:{W}|-)(?P<seab>{seasons})\b"
        rf"(?!{W}(?:of\b|{_YEAR_RX}|last\b|this\b|next\b))")


@lru_cache(maxsize=1)
def _vague_rx() -> re.Pattern[str]:
    counts = "|".join(sorted((re.escape(k).replace(r"\ ", "[ \u00a0]+")
                              for k in _cfg("vague_counts", {})), key=len, reverse=True))
    seasons = "|".join(_cfg("seasons", {}))
    kinds = "|".join(re.escape(k).replace(r"\ ", "[ \u00a0]+")
                     for k in _cfg("split_year_starts", {}))
    synonyms = "|".join(re.escape(k) for k in _cfg("split_year_synonyms", {})) or "(?!)"
    crops = "|".join(sorted((re.escape(k).replace(r"\ ", "[ \u00a0]+")
                             for k in _commodity_kinds()), key=len, reverse=True)) or "(?!)"
    decades = "|".join(_cfg("decade_words", {})) or "(?!)"
    overnight_nouns, named_q = _vocab_alternations()
    W = "[ \u00a0]+"
    return re.compile(
        rf"\b(?P<vc>{counts}){W}(?P<vu>days|weeks|months|years){W}ago\b"
        rf"|\b(?P<an>a|an|{_AGO_COUNTS}){W}(?P<au>days?|weeks?|fortnights?|months?|years?"
        rf"|decades?){W}ago\b(?:{W}(?P<agt>today|this{W}(?P<agw>week|month))\b)?"
        rf"|\bthe{W}(?P<bl>week|weekend|month|year|{_WD_RX}){W}before{W}last\b"
        rf"|\b(?:(?:over|during|at|on){W})?the{W}(?:(?P<bhn>three|four|five|[345])[ \u00a0-]day{W})?"
        rf"(?P<bhw>(?:(?:easter|may|spring|summer|august)"
        rf"{W})?bank{W}holiday|easter){W}(?:long{W})?weekend\b"
        rf"|\b(?:over|during|at|on){W}the{W}weekend\b"
        rf"|(?P<on>\bovernight\b)(?![ \u00a0]+(?:{overnight_nouns})\b)" + _split_year_named_rx(W) +
        rf"|\b(?:(?:the|this){W})?(?:(?P<tdk>financial|fiscal|tax){W}(?=year))?"
        rf"(?P<td>year|month|week)[ \u00a0-]to[ \u00a0-]date\b"
        rf"|\b(?P<ytd>ytd)\b|\b(?P<xtd>[mwq])td\b"
        rf"|\b(?P<el>earlier|later){W}(?:this|in{W}the){W}(?P<elu>week|month|year|decade)\b"
        rf"|(?<!far )\bthis{W}(?P<tu>week|month|year|quarter|decade)\b(?![ \u00a0-]to\b)"
        rf"|\b(?:the{W})?(?P<qrel>last|previous|prior|next|current){W}quarter\b"
        rf"(?![ \u00a0-]+centur)"   # ("the last quarter century": 25 years, no quarter)
        rf"|\bthe{W}(?P<nq>{named_q})\b"
        rf"|\b(?P<hpy>{_YEAR_RX})['’]s{W}(?P<half2>first|second){W}half\b"
        rf"|\b(?:the{W})?(?P<hmh>first|second|latter|former|back|front){W}half{W}of{W}"
        rf"(?P<hmo>{_month_rx()})\b\.?(?:,?{W}(?P<hmy>{_YEAR_RX}))?"
        rf"|\b(?:the{W})?(?P<wfl>first|last|final){W}(?P<wfn>two|three|five|ten|\d{{1,2}}){W}"
        rf"(?P<wfu>weeks|days){W}(?:of|in){W}"
        rf"(?P<wfm>{_month_rx()})\b\.?(?:,?{W}(?P<wfy>{_YEAR_RX}))?"
        rf"|\b(?:the{W})?(?P<half>first|second|latter|former|back|front){W}half"
        rf"(?:{W}of{W}(?:(?P<hy>{_YEAR_RX})|the{W}year|(?:fiscal|fy)[ \u00a0]*(?P<hfy>{_YEAR_RX})"
        rf"|(?P<hrel>this|last|next){W}year))?\b"
        rf"|\b(?:h(?P<hfn>[12])|(?P<hfn4>[12])h)(?:{W})?(?:fy|fiscal(?:{W}year)?)[ \u00a0]?(?P<hfy2>{_YEAR_RX}|\d\d)\b"
        rf"(?![\-–/]\d)"
        rf"|(?<!\ba )(?<!\ban )\bh(?P<hn>[12])(?:{W}(?P<hy2>{_YEAR_RX}))?\b"  # (not "a H1" grade)
        rf"|\b(?P<hn3>[12])h(?P<hy3>{_YEAR_RX}|\d\d)\b"
        rf"|\b(?:the{W})?(?P<fl>first|last|final){W}"
        rf"(?P<fm>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})"
        rf"{W}(?P<fmu>months|weeks|quarters)(?:{W}of{W}(?:(?:(?:its|their|the){W})?(?:(?:fy|fiscal(?:{W}year)?)[ \u00a0]*)?(?P<fsy>{_YEAR_RX}|(?<=fy)\d\d|(?<=fy )\d\d)"
        rf"[/\-–](?P<fsy2>\d\d(?:\d\d)?)(?![\d/\-–])(?:{W}(?:financial|fiscal){W}year\b)?|(?P<fy>{_YEAR_RX})(?![\-–/]\d)|the{W}year"
        rf"|(?P<fyr>this|last|next){W}year"
        rf"|(?:fiscal(?:{W}year)?|fy)[ \u00a0]*(?P<ffy>{_YEAR_RX}|\d\d)(?![\-–/]\d)"
        rf"|the{W}(?:current{W})?(?P<fk>{kinds}))\b|(?={_BARE_SPAN_NEXT}))"
        rf"|\b(?:the{W})?(?P<wyn>first|last|final){W}(?P<wyu>week|day){W}of{W}(?P<wyy>{_YEAR_RX})\b"
        rf"(?![\-–/]\d)"
        rf"|\b(?:the{W})?(?P<wen>first|second|third|fourth|fifth|last|final){W}weekend{W}(?:of|in){W}"
        rf"(?P<wem>{_month_rx()})\b\.?(?:,?{W}(?P<wey>{_YEAR_RX}))?"
        rf"|\b(?:the{W})?(?P<wn>first|second|third|fourth|last|final){W}week{W}of{W}"
        rf"(?P<wm>{_month_rx()})\b\.?(?:,?{W}(?P<wy>{_YEAR_RX}))?"
        rf"|\b(?:fiscal(?:{W}year)?|financial{W}year|fy)[ \u00a0]*(?P<fsa>{_YEAR_RX}|\d\d)"
        rf"[/\-–](?P<fsb>\d\d)\b"
        rf"|\b(?:fiscal(?:{W}year)?|fy)[ \u00a0]*(?P<fis>{_YEAR_RX}|\d\d)\b"
        rf"|\b(?:(?P<yp0>early|mid)[ \u00a0-]+(?:to|or|and)[ \u00a0-]+)?(?P<yp>early|mid|late)"
        rf"[ \u00a0-]+(?P<ypy>{_YEAR_RX})\b(?![\-–/]\d)"
        rf"|\b(?P<fis2>{_YEAR_RX}){W}(?:fiscal|financial){W}year\b"
        # "the 2023/24 season", "the 2023–24 NBA season", "the 1959-1960 campaign"
        rf"|\b(?P<sy>{_YEAR_RX})[/\-–](?P<sy2>{_YEAR_RX}|\d\d?)"
        rf"(?:{W}(?!(?:and|or|to|the|of|in|for)\b)[a-z]+){{0,2}}?{W}"
        rf"(?:(?P<sk>{kinds}|{synonyms})|(?P<ck>{crops}))\b"
        rf"|\bcalendar{W}(?:year{W})?(?P<caly>{_YEAR_RX})\b"
        rf"|\b(?P<caly2>{_YEAR_RX}){W}calendar{W}year\b"
        rf"|\b(?:the{W})?(?P<qmo>{_month_rx()})\.?{W}(?:(?P<qmy>{_YEAR_RX}){W})?quarter\b"
        rf"(?:,?{W}(?P<qmy2>{_YEAR_RX})\b(?![\-–/]\d))?"
        + _season_alternatives(seasons, W) +
        rf"|\b(?:in|during|over|through|throughout){W}the{W}(?P<sea3>{seasons})\b"
        rf"(?!{W}(?:of\b|{_SEASON_NAMES_NOT}|{_YEAR_RX}))"
        + _split_year_rel_rx(W, kinds) +
        rf"|\b(?P<yp2>early|mid|late)[ \u00a0-]+(?P<yprel>last|this|next){W}year\b"
        rf"|\b(?:(?P<mp>early|mid|late)[ \u00a0-]+|(?:the{W})?(?P<mpw>start|beginning|middle|end)"
        rf"{W}of{W})(?P<mprel>last|this|next){W}month\b"
        # New Zealand's "the June year", "the 2003 June year", "the June 2024 year": the year
        # to that month's end; Australian results' "the June half"
        rf"|\bthe{W}(?:(?P<jyy>{_YEAR_RX}){W})?(?P<jym>{_month_rx()})"
        rf"(?:{W}(?P<jyy2>{_YEAR_RX}))?{W}(?P<jyk>year|half)\b"
        rf"(?![\-–]|{W}on{W}year)"
        # an ISO week of a year, as surveillance copy numbers them: "week 12 of 2024", "week
        # 8/2013", "weeks 5 to 7/2013"; "epidemiological week 12" (the latest one begun)
        rf"|\bweeks?{W}(?P<isw>\d{{1,2}})(?:{W}?(?:to|-|–|through|and){W}?(?P<isw2>\d{{1,2}}))?"
        rf"(?:(?:{W}of|,)?{W}|/)(?P<isy>{_YEAR_RX})\b(?![\-–/]\d)"
        rf"|\b(?:epi|epidemiological|surveillance){W}week{W}(?P<isw3>\d{{1,2}})\b(?![/\-–]\d)"
        rf"|\b(?:the{W})?(?P<ssa>{_YEAR_RX})[/\-–](?P<ssb>\d\d?){W}(?P<sea5>{seasons})\b"
        rf"|\b(?:the{W})?(?:(?P<yn>{_COUNT_RX}){W}years|(?P<ydec>decade)"
        rf"|(?:(?:financial|fiscal|calendar){W})?(?P<yone>year))"
        rf"{W}(?:to|ending|ended|through){W}(?P<yto>{_YEAR_RX})\b(?![\-–/]\d)"
        rf"|\bsince{W}the{W}(?:start|beginning|turn){W}of{W}"
        rf"(?:(?:the|this){W}(?P<ssu>year|month|week)\b|(?P<ssy>{_YEAR_RX})\b(?![\-–/]\d))"
        rf"|\b(?:the{W})?(?:(?:tail|back){W}(?=end))?(?P<ypw>start|beginning|middle|end){W}of{W}"
        rf"(?:(?P<ypr2>last|this|next)|the){W}year\b"
        rf"|\b(?:the{W})?(?P<ypw3>start|beginning|middle){W}of{W}(?P<ypy3>{_YEAR_RX})\b"
        rf"(?![\-–/]\d|['’])"
        + _vague_rx_tail(decades))


def _split_year_rel_rx(W: str, kinds: str) -> str:
    """"the current financial year", "so far this fiscal" (Indian copy's noun); "the financial
    year about to end", "the fiscal year now drawing to a close": the split year under way
    (dates43)."""
    return (rf"|(?:(?P<ksf>\bso{W}far{W})(?=this)|(?<!far ))"
            rf"\b(?P<ksrel>last|this|next|previous|current){W}"
            rf"(?:(?P<sk2>{kinds})\b|(?P<skt>term)\b|(?P<fisn>fiscal)\b(?![ \u00a0]+[a-z]))"
            rf"|\bthe{W}(?P<ske>{kinds}){W}(?:(?:that|which){W}is{W})?(?:(?:just|now){W})?"
            rf"(?:about{W}to{W}(?:end|finish|close)|drawing{W}to{W}a{W}close)\b")


def _split_year_named_rx(W: str) -> str:
    """Split years named with their kind's words (dates42): "the 2023/24 year to date", "the
    2024-25 season to date" (the split year under way, from its first day), "tax year 2023-24", "tax year 2024 to 2025"
    (the tax year named before its years), a ranked winter of a split year."""
    return (rf"|\b(?:the{W})?(?P<tdsy>{_YEAR_RX})[/\-–](?P<tdsy2>\d\d){W}(?P<tdsk>year|season|"
            rf"campaign)[ \u00a0-]to[ \u00a0-]date\b"
            rf"|\btax{W}year{W}(?P<tya>{_YEAR_RX})(?:[/\-–]|{W}to{W})(?P<tyb>{_YEAR_RX}|\d\d)\b"
            rf"(?![\-–/]\d)"
            # a winter ranked and dated by the split year it spans: "the wettest winter on
            # record in 2013/14", "the mildest winter of 2006-07" (December to February)
            rf"|\b(?:[a-z]+-)?(?:{_ranked_rx()}){W}winter(?:{W}on{W}record)?{W}(?:in|of){W}"
            rf"(?P<rwy>{_YEAR_RX})[/\-–](?P<rwy2>{_YEAR_RX}|\d\d)\b(?![\-–/]\d)")


def _vague_rx_tail(decades: str) -> str:
    """The vague-span alternatives read last: a meeting named by its month, the financial
    year of a year, the full or half year of results copy, centuries, decades and "between
    March 3 and 9" (split from ``_vague_rx`` to keep each function short)."""
    W = "[ \u00a0]+"
    kinds = "|".join(re.escape(k).replace(r"\ ", "[ \u00a0]+")
                     for k in _cfg("split_year_starts", {}))
    synonyms = "|".join(re.escape(k) for k in _cfg("split_year_synonyms", {})) or "(?!)"
    return (
        rf"|\bthe{W}(?P<blk>{kinds}|{synonyms}){W}before{W}last\b"   # "the season before last"
        # results copy's "9MFY25", "9M 2025": the first nine months of that (fiscal) year
        rf"|\b(?P<nmn>[1-9]|1[01])m(?:{W})?(?:(?:fy|fiscal)[ \u00a0]?(?P<nmfy>{_YEAR_RX}|\d\d)"
        rf"|(?P<nmy>{_YEAR_RX}|\d\d))\b(?![\-–/]\d)"
        # "by the end of the decade": its last day
        rf"|\b(?:the{W})?end{W}of{W}(?:the|this){W}(?P<eod>decade)\b"
        rf"|\b(?P<mev>{_month_rx()})\.?{W}(?P<mevn>{_month_event_rx()})\b"
        # "the fiscal year's first nine months": of the one under way
        rf"|\b(?:the{W})?(?P<fkp>{kinds})['’]s{W}(?P<fl2>first|last|final){W}"
        rf"(?P<fm2>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}}){W}"
        rf"(?P<fmu2>months|quarters)\b"
        # "the warmest October since records began": a month ranked among its kind
        rf"|\b(?:[a-z]+-)?(?:{_ranked_rx()}){W}(?P<rkm>{_month_rx()})\b(?!\.?{W}\d)"
        # ... and a season ("its driest spring since 2000", "the wettest winter on record")
        rf"|\b(?:[a-z]+-)?(?:{_ranked_rx()}){W}(?P<rks>{'|'.join(_cfg('seasons', {}))})\b"
        rf"(?!{W}(?:of\b|\d)|[\-–/]\d)"
        # "6.3 million acres burned by this point in the year": the year to date; "through the
        # same date last year": last year to the day a year before publication
        rf"|\b(?:by|at|to|through|until){W}(?:this|that){W}(?:point|stage){W}(?:in|of){W}"
        rf"the{W}(?P<ytdp>year)\b"
        rf"|\b(?:by|through|to|until|up{W}to){W}the{W}same{W}(?:date|point|stage|day){W}"
        rf"(?P<sdly>last){W}year\b"
        # anniversary copy: "died on this day in 2007", "on this day ten years ago" (that
        # day, years back); "compared with this time last year": the day a year back
        rf"|\b(?:on{W})?this{W}(?:day|date){W}in{W}(?P<otdy>{_YEAR_RX})\b"
        rf"|\bon{W}this{W}day,?{W}(?P<otdn>a|{_AGO_COUNTS}){W}"
        rf"(?P<otdu>years?|decades?){W}ago\b"
        rf"|\b(?:at{W})?(?:this|the{W}same){W}time{W}(?P<ttly>last|next){W}year\b"
        # "in September to date": the month under way, from its first day to publication
        rf"|\b(?P<mtdm>{_month_rx()}){W}to{W}date\b"
        # "the financial year 2025" (Indian and British copy: the year that ends in 2025)
        rf"|\b(?:the{W})?financial{W}year{W}(?P<fiy>{_YEAR_RX})\b(?![\-–/]\d)"
        # "for the full year", "full-year profit", "in the half-year" (results copy)
        rf"|\b(?:(?:the|this){W})?(?P<fyh>full|half)[ \u00a0-]year\b"
        rf"(?![ \u00a0-]+(?:to|ended|ending|through|on|high|low|peak|results?{W}to)\b)"
        # "the turn of the century"; "the 20th century", "the first three decades of the
        # 20th century" (a century's years as reporters count them: 1900 to 1999)
        rf"|\bthe{W}turn{W}of{W}the{W}(?P<toc>century|millennium)\b"
        rf"|\b(?:the{W}(?P<cfl>first|last|final){W}(?P<cdn>two|three|four|five|six|seven|eight"
        rf"|nine|\d)?{W}?decades?{W}of{W})?the{W}(?P<cen>1[0-9]|2[01])(?:st|nd|rd|th)"
        rf"[ \u00a0-]century\b"
        rf"|\bthe{W}(?:(?P<dwp>early|mid|late)[ \u00a0-]+)?(?:(?P<dw>{decades})|['’](?P<dd>\d0)s)\b"
        # "over the festive period", "the Christmas period": Christmas Eve to New Year's Day;
        # (dates46) "the Christmas holidays", "the festive break" too, not a season of trade
        # named after them ("the Christmas holiday shopping season", "the festive break sales")
        rf"|\bthe{W}(?P<fest>festive|christmas(?:{W}and{W}new{W}year)?){W}"
        rf"(?:period|season|fortnight|(?:holidays?|break)(?!{W}(?:{_FEST_TRADE})\b)"
        rf"(?:{W}period)?)\b"
        # "in Christmas week": the week (Monday to Sunday) that holds Christmas Day; "the
        # festive quarter", "the Christmas quarter": October to December
        rf"|\b(?P<xw>christmas){W}week\b|\bthe{W}(?P<xq>festive|christmas){W}quarter\b"
        # statistics offices' numbered weeks: "in week 34", "week 2 of 2025" (ISO 8601)
        rf"|\bweek{W}(?P<isow>5[0-3]|[1-4]\d|[1-9])(?:{W}of{W}(?P<isoy>{_YEAR_RX}))?\b"
        rf"(?![\-–/.:,]\d|{W}of\b|{W}(?:to|and|-){W}\d)"
        rf"|\bbetween{W}(?P<bm>{_month_rx()})\.?{W}(?P<bd1>[0-3]?\d)(?:st|nd|rd|th)?{W}and{W}"
        rf"(?:(?P<bm2>{_month_rx()})\.?{W})?(?P<bd2>[0-3]?\d)(?:st|nd|rd|th)?\b"
        rf"(?:,?{W}(?P<by>{_YEAR_RX}))?")


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


_AGO_TEENS = {"thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19}


_YEARS_AGO = re.compile(r"(?i)^(" + _AGO_COUNTS + r")[ \u00a0]+years[ \u00a0]+ago\b")


def years_ago(text: str) -> int | None:
    """The count of years a mention "N years ago" (today, this week) goes back, or None."""
    m = _YEARS_AGO.match(text)
    return _count(m.group(1).lower()) if m else None


def _count(s: str) -> int:
    """A count as "N years ago" writes it: digits, a word, or a tens word and a unit word
    ("twenty-five")."""
    if s.isdigit():
        return int(s)
    words = re.split(r"[- \u00a0]+", s)
    if len(words) == 2:
        return _COUNT_WORDS[words[0]] + _COUNT_WORDS[words[1]]
    return _COUNT_WORDS.get(s) or _AGO_TEENS[s]


def _unit_back(D: date, unit: str, lo: int, hi: int) -> tuple[date, date, str]:
    """The span from ``hi`` to ``lo`` units before D, in whole units (the calendar week,
    month or year; days for days)."""
    if unit.startswith("day"):
        return D - timedelta(days=hi), D - timedelta(days=lo), "day"
    if unit.startswith("week"):
        if lo == hi:
            monday = D - timedelta(days=D.weekday() + 7 * lo)
            return monday, monday + timedelta(days=6), "week"
        return D - timedelta(days=7 * hi), D - timedelta(days=7 * lo), "week"
    if unit.startswith("month"):
        a = date(D.year, D.month, 1) - relativedelta(months=hi)
        b = date(D.year, D.month, 1) - relativedelta(months=lo)
        return a, _month_end(b.year, b.month), "month"
    return date(D.year - hi, 1, 1), date(D.year - lo, 12, 31), "year"


def split_year_start(kind: str, text: str, pos: int) -> int:
    """The month a split year of ``kind`` ("financial year", "season") begins for a date at
    ``pos`` (``_kind_start``), for the recognisers of dates.py."""
    return _kind_start(kind, text, pos)


def _kind_start(kind: str, text: str, pos: int) -> int:
    """The month a split year of ``kind`` begins ("the 2023/24 season": July); a financial,
    fiscal or tax year is the country's whose money the sentence writes."""
    start = int(_cfg("split_year_starts", {})[kind])
    if kind == "season":   # "the 2024/25 season-average wheat price": the crop's year
        return commodity_start(text, pos) or start
    return fiscal_start(text, pos, start, names=True) if kind in _cfg("fiscal_kinds", ()) \
        else start


def split_kind_start(kind: str, text: str, pos: int) -> int:
    """The month a split year of ``kind`` begins (``_kind_start``)."""
    return _kind_start(kind, text, pos)


@lru_cache(maxsize=1)
def _commodity_kinds() -> tuple[str, ...]:
    """dates.yaml ``commodity_kinds`` and "<commodity> year" for each commodity."""
    words = [w for ws in (_cfg("commodity_years") or {}).values() for w in ws]
    return (*_cfg("commodity_kinds", ()), *(f"{w} year" for w in words))


@lru_cache(maxsize=1)
def _crop_year_rx() -> tuple[tuple[int, re.Pattern[str]], ...]:
    return tuple((int(month), re.compile(
        r"\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b"))
        for month, words in (_cfg("crop_year_by_country") or {}).items())


def _country_crop_start(kind: str, text: str, pos: int) -> int:
    """The month a "crop year" begins in a sentence that names a country with a crop year of
    its own (dates.yaml ``crop_year_by_country``: "India harvested 110.55 million tonnes of
    wheat in the 2022-23 crop year" is India's July-June year, not USDA's wheat year), else
    0."""
    if " ".join(kind.lower().split()) != "crop year":
        return 0
    sentence = _sentence_at(text, pos)
    return next((month for month, rx in _crop_year_rx() if rx.search(sentence)), 0)


def _commodity_named(kind: str) -> int:
    """The month the year of a commodity named in ``kind`` ("cocoa year") begins, else 0."""
    first = kind.split()[0]
    for month, words in (_cfg("commodity_years") or {}).items():
        if first in words:
            return int(month)
    return 0


# "(October-September)", "(July'19-June'20)", "(Jul 2019 - Jun 2020)": a year's months in
# brackets after it, each perhaps with its year
_BRACKET_YEAR = r"(?:[ \u00a0]*['’]\d\d|[ \u00a0]+\d{4})?"
_BRACKET_MONTHS = re.compile(rf"[ \u00a0]*\((?P<m1>[a-z]{{3,9}})\.?{_BRACKET_YEAR}[ \u00a0]*"
                             rf"(?:-|–|/|to)[ \u00a0]*(?P<m2>[a-z]{{3,9}})\.?{_BRACKET_YEAR}\)")


def _bracketed_start(text: str, end: int) -> int:
    """The first month of a year's months written in brackets after it: "the 2021/22 season
    (October-September)" begins in October; else 0."""
    m = _BRACKET_MONTHS.match(text.lower(), end, end + 30)
    if m is None:
        return 0
    m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
    return m1 if m1 and m2 and (m2 % 12) + 1 == m1 else 0


def _first_months_of_fiscal(m: re.Match[str], D: date | None, future_at: Callable[..., bool],
                            text: str) -> tuple[date, date, str, str] | None:
    """"the first nine months of fiscal year 2025", "the last three months of FY24": of that
    fiscal year, whose start month is read as for "fiscal 2025"."""
    y = int(m.group("ffy"))
    y = y if y > 99 else fiscal_two_digit_year(y, D)
    n = _count(m.group("fm")) * (3 if m.group("fmu") == "quarters" else 1)
    if m.group("fmu") == "weeks" or not 1 <= n <= 12:
        return None
    start = fiscal_month(text, m.start(), int(_cfg("fiscal_year_start", 1)), D,
                         future_at(m.start(), m.end()),
                         lambda s: (date(y - 1 if s > 1 else y, s, 1),
                                    date(y, s - 1 or 12, 1) + relativedelta(day=31)))
    return _first_last_months(m.group("fl"), n, date(y - 1 if start > 1 else y, start, 1))


def _vague_tail_one(m: re.Match[str], D: date | None, future_at: Callable[..., bool],
                    text: str) -> tuple[date | None, date | None, str, str] | None:
    """The forms of ``_vague_rx_tail`` (meetings, "the financial year 2025", the year to
    date "by this point in the year", centuries, "the full year")."""
    g = m.group
    if g("fiy"):
        return _vague_fiscal(m, D, future_at, text)
    if g("cen"):
        return _century(m)
    if D is None:
        return None
    if g("mev"):
        return _month_event(m, D, future_at, text)
    if g("rkm"):
        return _ranked_month(m, D, text)
    if g("nmn"):
        return _months_of_year(m, D, future_at, text)
    if g("isow"):
        return _iso_week(m, D, future_at, text)
    if g("fest"):   # the latest begun by publication (in future copy the next not over)
        fut = future_at(m.start(), m.end())
        y = D.year - (0 if fut and D >= date(D.year, 1, 2) or D >= date(D.year, 12, 24) else 1)
        return date(y, 12, 24), date(y + 1, 1, 1), "day", "period"
    if g("xw"):
        return _christmas_week(D, future_at(m.start(), m.end()))
    if g("xq"):     # the latest begun by publication, as a bare "the fourth quarter"
        y = D.year if D >= date(D.year, 10, 1) else D.year - 1
        return date(y, 10, 1), date(y, 12, 31), "quarter", "period"
    if g("rwy"):
        y1 = int(g("rwy"))
        if (y1 + 1) % 10 ** len(g("rwy2")) != int(g("rwy2")):
            return None
        a = date(y1, int(_cfg("seasons", {})["winter"]), 1)
        return a, a + relativedelta(months=3) - timedelta(days=1), "month", "period"
    if g("rks"):   # a record season is told once it is under way or over: the latest begun
        a = _latest_begun(D, 12, int(_cfg("seasons", {})[g("rks")]))
        return a, a + relativedelta(months=3) - timedelta(days=1), "month", "period"
    if g("ytdp") or g("sdly"):
        y = D.year - (1 if g("sdly") else 0)
        return date(y, 1, 1), D - relativedelta(years=D.year - y), "day", \
            "period" if g("sdly") else "since"
    if g("otdy") or g("otdn") or g("ttly") or g("mtdm"):
        return _anniversary(m, D)
    if g("toc"):   # the century's turn nearest publication
        y = (D.year + 50) // 100 * 100 if g("toc") == "century" else 2000
        return date(y, 1, 1), date(y, 12, 31), "year", "year"
    return _full_half_year(m, D, future_at, text)


def _christmas_week(D: date, future: bool) -> tuple[date, date, str, str]:
    """The Monday-to-Sunday week that holds Christmas Day: the latest begun by publication,
    in future copy the next not over."""
    def week(y: int) -> date:
        return date(y, 12, 25) - timedelta(days=date(y, 12, 25).weekday())
    if future:
        a = week(D.year) if week(D.year) + timedelta(days=6) >= D else week(D.year + 1)
    else:
        a = week(D.year) if week(D.year) <= D else week(D.year - 1)
    return a, a + timedelta(days=6), "day", "period"


def _anniversary(m: re.Match[str], D: date) -> tuple[date, date, str, str] | None:
    """"On this day in 2007" and "on this day ten years ago" are publication's day and month
    in that year; "this time last year" the day a year back (a point, as "a year ago today"
    is; "this time next year" the day a year on); "September to date" the month under way from its first day (another month named so
    is no reading here)."""
    g = m.group
    if g("mtdm"):
        mo = _month(g("mtdm"))
        return (date(D.year, mo, 1), D, "day", "since") if mo == D.month else None
    if g("otdy"):
        y = int(g("otdy"))
    elif g("ttly"):   # ("this time next year": the day a year on)
        y = D.year + (1 if g("ttly") == "next" else -1)
    else:
        y = D.year - _count(g("otdn")) * (10 if g("otdu").startswith("decade") else 1)
    d = _safe(y, D.month, D.day) or _safe(y, D.month, D.day - 1)
    return (d, d, "day", "date") if d else None


_COUNT_BEFORE = re.compile(r"(?i)\b(?:a|an|one|every|each|per)[ \u00a0]+$")


# a forecast's noun right after: "lifted its full-year revenue forecast", "full-year guidance"
_OUTLOOK_AFTER = re.compile(r"(?i)[ \u00a0-]*(?:[a-z]+[ \u00a0]+){0,3}?(?:forecasts?|outlook|"
                            r"guidance|targets?|projections?|estimates?)\b")


def _full_half_year(m: re.Match[str], D: date, future_at: Callable[..., bool], text: str
                    ) -> tuple[date, date, str, str] | None:
    """"for the full year", "full-year profit", "in the half-year": in results copy the year
    (or half) reported, the latest ended by publication; in a forecast ("expects growth of
    5-8% for the full year") the one under way. "A full year" is a length, no date."""
    if _COUNT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    fut = future_at(m.start(), m.end()) or _OUTLOOK_AFTER.match(text, m.end()) is not None
    if m.group("fyh") == "full":
        y = D.year if fut else D.year - 1
        return date(y, 1, 1), date(y, 12, 31), "year", "period"
    a = date(D.year, 1 if D.month <= 6 else 7, 1)
    if not fut:
        a -= relativedelta(months=6)
    return a, a + relativedelta(months=6) - timedelta(days=1), "month", "period"


_FEW = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9}


def _century(m: re.Match[str]) -> tuple[date, date, str, str] | None:
    """"the 20th century" (1900..1999, the years reporters mean), "the first three decades
    of the 20th century" (1900..1929), "the last decade of the 19th century" (1890..1899)."""
    c0 = (int(m.group("cen")) - 1) * 100
    if not m.group("cfl"):
        return date(c0, 1, 1), date(c0 + 99, 12, 31), "year", "year"
    n = m.group("cdn") or "1"
    n = int(n) if n.isdigit() else _FEW[n]
    if not 1 <= n <= 9:
        return None
    if m.group("cfl") == "first":
        return date(c0, 1, 1), date(c0 + 10 * n - 1, 12, 31), "year", "year"
    return date(c0 + 100 - 10 * n, 1, 1), date(c0 + 99, 12, 31), "year", "year"


@lru_cache(maxsize=1)
def _month_event_rx() -> str:
    return "|".join(sorted((re.escape(k).replace(r"\ ", "[ \u00a0]+")
                            for k in _cfg("month_events", ())), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=1)
def _month_event_heads() -> frozenset[str]:
    return frozenset(str(k).split()[0].split("-")[0] for k in _cfg("month_events", ()))


_EVENT_DETERMINER = re.compile(r"(?i)(?:\b(?:the|its|their|our|this|next|last|a)|['’]s)"
                               r"[ \u00a0]+$")


def _month_event(m: re.Match[str], D: date, future_at: Callable[..., bool], text: str
                 ) -> tuple[date, date, str, str] | None:
    """"the March meeting", "its October meeting", "next month's"... a meeting named by its
    month: that month nearest publication (in future copy the next one begun or to come;
    "last March meeting" the one before, "next" the one after)."""
    before = _EVENT_DETERMINER.search(text, max(0, m.start() - 12), m.start())
    if before is None or text[m.start()].islower():
        return None
    month = _month(m.group("mev"))
    if month is None:
        return None
    word = before.group(0).strip().lower()
    this = date(D.year, D.month, 1)
    cands = [date(D.year + k, month, 1) for k in (-1, 0, 1)]
    if word == "last":
        a = max(c for c in cands if c < this)
    elif word == "next":
        a = min(c for c in cands if c > this)
    elif future_at(m.start(), m.end()):
        a = min(c for c in cands if c >= this)
    else:   # the nearest such month ("the February meeting" written in December: the next)
        a = min(cands, key=lambda c: (abs((c.year - D.year) * 12 + c.month - D.month), c > this))
    return a, _month_end(a.year, a.month), "month", "period"


@lru_cache(maxsize=1)
def _ranked_rx() -> str:
    return "|".join(re.escape(str(k)) for k in _cfg("ranked_months", ())) or "(?!)"


@lru_cache(maxsize=1)
def _ranked_words() -> frozenset[str]:
    return frozenset(str(k) for k in _cfg("ranked_months", ()))


def _ranked_month(m: re.Match[str], D: date, text: str) -> tuple[date, date, str, str] | None:
    """"the warmest October", "the best July for car sales since 2020": a record set by a
    month is told once the month is under way or over, so it is the latest such month begun
    by publication (the "since" after it is the record's, not the figure's). "May" must be
    capitalised (not the verb)."""
    if not text[m.start("rkm")].isupper():
        return None
    month = _month(m.group("rkm"))
    if month is None:
        return None
    y = D.year if month <= D.month else D.year - 1
    return date(y, month, 1), _month_end(y, month), "month", "month"


def _months_of_year(m: re.Match[str], D: date, future_at: Callable[..., bool], text: str
                    ) -> tuple[date, date, str, str] | None:
    """"9MFY25" (Indian results: April to December 2024), "9M 2025" (January to September):
    the first months of a fiscal year, whose start is read as for "H1 FY25", or of a
    calendar year. Written with a capital M only ("9m" is nine million)."""
    if text[m.start() + len(m.group("nmn"))] != "M":
        return None
    n = int(m.group("nmn"))
    if m.group("nmy"):
        y = int(m.group("nmy"))
        y = y if y > 99 else two_digit_year(y, D)
        return date(y, 1, 1), _month_end(y, n), "month", "period"
    y = int(m.group("nmfy"))
    y = y if y > 99 else fiscal_two_digit_year(y, D)

    def span(s: int) -> tuple[date, date]:
        a = date(y - 1 if s > 1 else y, s, 1)
        return a, a + relativedelta(months=n) - timedelta(days=1)

    a, b = span(fiscal_month(text, m.start(), int(_cfg("fiscal_year_start", 1)), D,
                             future_at(m.start(), m.end()), span, ended=True))
    return a, b, "month", "period"


def _latest_begun(D: date, months: int, first_month: int) -> date:
    """The start of the latest span of ``months`` months (aligned on ``first_month`` of a
    year) that has begun by D."""
    starts = rrule(MONTHLY, interval=months, dtstart=date(D.year - 1, first_month, 1),
                   until=D)
    return list(starts)[-1].date()


def vague_spans(text: str, low: str, D: date | None, future_at: Callable[..., bool],
                at: list[int]) -> Found:
    """Spans a reporter writes loosely, as intervals with a granularity (module doc)."""
    out = Found()
    for m in _scan(_vague_rx(), low, at, 26):
        r = _vague_one(m, D, future_at, text)
        if r is not None:
            out.add(m.start(), m.end(), *r)
    return out


# the groups of ``_vague_rx`` that ``_vague_fiscal`` and ``_vague_tail_one`` read
_FISCAL_GROUPS = ("sy", "fsa", "tya", "tdsy", "fis", "fis2", "fsy", "hfn", "hfn4", "ffy")
_TAIL_GROUPS = ("mev", "rkm", "rks", "rwy", "nmn", "isow", "fest", "fiy", "xw", "xq", "ytdp",
                "sdly", "cen", "toc", "fyh", "otdy", "otdn", "ttly", "mtdm")


def _vague_one(m: re.Match[str], D: date | None, future_at: Callable[..., bool], text: str
               ) -> tuple[date | None, date | None, str, str] | None:
    g = m.group
    if any(g(k) for k in _FISCAL_GROUPS):
        return _vague_fiscal(m, D, future_at, text)
    if any(g(k) for k in _TAIL_GROUPS):
        return _vague_tail_one(m, D, future_at, text)
    if g("fkp"):
        return _kind_year_part(m, D, text)
    if g("caly") or g("caly2"):   # "calendar 2019": the whole year, not a fiscal one
        y = int(g("caly") or g("caly2"))
        return date(y, 1, 1), date(y, 12, 31), "year", "year"
    if g("qmo"):
        return _month_quarter(m, D)
    if g("ypy3"):   # "the start of 2024": the year part of the day part named
        return _year_part(g("ypw3"), int(g("ypy3")))
    if g("sea"):
        return _season(g("sea"), int(g("sey")), g("sp"))
    if g("yp"):     # "mid-2023", "early-to-mid 2023"
        y = int(g("ypy"))
        lo, hi = _cfg("year_parts", {})[g("yp")]
        if g("yp0"):
            lo = _cfg("year_parts", {})[g("yp0")][0]
        return date(y, int(lo), 1), _month_end(y, int(hi)), "month", "period"
    if g("wyn"):    # "the first week of 2024", "the first day of 2023"
        return _first_or_last_of_year(g("wyn"), g("wyu"), int(g("wyy")))
    if g("wn"):
        return _week_of_month(m, D, future_at)
    if g("wen"):
        return _weekend_of_month(m, D, future_at)
    if g("bm"):
        return _between_month_days(m, D, future_at)
    if g("dw") or g("dd"):
        return _decade_word(m, D)
    if g("hn3"):    # "1H24", "2H2023": a half year as results write it ("4Q24")
        return _results_half(m, D, text)
    if g("hn") and g("hy2"):
        y = int(g("hy2"))
        return date(y, 6 * int(g("hn")) - 5, 1), _month_end(y, 6 * int(g("hn"))), "month", \
            "period"
    if g("half2"):   # "2024's second half"
        y, h = int(g("hpy")), 1 if g("half2") == "first" else 2
        return date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "month", "period"
    if g("hmo") or g("wfm"):
        return _part_of_month(m, D, future_at)
    if g("half") and g("hy"):
        y, h = int(g("hy")), _HALF[g("half")]
        return date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "month", "period"
    if g("half") and g("hfy"):
        return _fiscal_half(m, text)
    if g("fm") and g("fy"):
        y, n = int(g("fy")), _count(g("fm"))
        if g("fmu") == "quarters":   # "the first three quarters of 2023"
            return _first_last_months(g("fl"), 3 * n, date(y, 1, 1)) if n <= 4 else None
        if g("fmu") == "weeks":
            return _first_last_weeks(g("fl"), n, y)
        return _first_last_months(g("fl"), n, date(y, 1, 1))
    if g("sea5"):   # "the 2023-24 winter": the season that begins in the first year
        y1 = int(g("ssa"))
        if (y1 + 1) % 10 ** len(g("ssb")) != int(g("ssb")):
            return None
        return _season(g("sea5"), y1)
    if g("isw") or g("isw3") or g("jym"):
        return _week_or_month_year(m, D)
    if g("yto"):    # "the 20 years to 2023", "the decade to 2023", "the year ended 2018"
        n, y = (10 if g("ydec") else 1 if g("yone") else _count(g("yn"))), int(g("yto"))
        return (date(y - n + 1, 1, 1), date(y, 12, 31), "year", "period") \
            if 1 <= n <= 200 else None
    if D is None:
        return None
    if g("sk2") or g("fisn") or g("ske"):
        return _split_year_rel(m, D, text)
    if g("skt"):   # "Newcastle scored 85 goals last term": a club's term is its season
        return _split_year_rel(m, D, text) if _season_cue_rx().search(
            _sentence_at(text, m.start())) else None
    if g("fk"):    # "the first five months of the fiscal year": of the one under way
        n = _count(g("fm")) * (3 if g("fmu") == "quarters" else 1)
        if g("fmu") == "weeks" or not 1 <= n <= 12:
            return None
        kind = " ".join(g("fk").split())
        return _first_last_months(g("fl"), n, _latest_begun(D, 12,
                                                            _kind_start(kind, text, m.start())))
    if g("tdk"):   # "the financial year to date": from the start of the one begun
        return _latest_begun(D, 12, _kind_start(g("tdk") + " year", text, m.start())), D, "day", \
            "since"
    if g("mpw") and _TO_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return None   # "the year to the end of last month" is read whole, elsewhere
    if g("blk"):   # "the season before last": two before the one begun by publication
        kind = " ".join(g("blk").split())
        kind = _cfg("split_year_synonyms", {}).get(kind, kind)
        a = _latest_begun(D, 12, _kind_start(kind, text, m.start())) - relativedelta(years=2)
        return a, a + relativedelta(years=1) - timedelta(days=1), "year", "period"
    return _vague_relative(m, D, future_at)


def _vague_fiscal(m: re.Match[str], D: date | None, future_at: Callable[..., bool], text: str
                  ) -> tuple[date | None, date | None, str, str] | None:
    """Split and fiscal years and their parts: "the 2023/24 season", "FY21/22", "fiscal
    2025", "the first ten months of 2024-25", "H1 FY25" (a financial, fiscal or tax year is
    the country's whose money or name the sentence writes)."""
    g = m.group
    if g("sy"):
        y1 = int(g("sy"))
        if (y1 + 1) % 10 ** len(g("sy2")) != int(g("sy2")):
            return None     # "2023/24", "2023-4": the second year is the next one (1999/00 too)
        if g("ck"):   # "the 2024-25 marketing year", "the 2024/25 cocoa year"
            start = _country_crop_start(g("ck"), text, m.start()) or \
                commodity_start(text, m.start()) or _commodity_named(g("ck"))
            if not start:
                return None   # no commodity named: the bare split year's reading
        else:
            kind = " ".join(g("sk").split())
            kind = _cfg("split_year_synonyms", {}).get(kind, kind)   # "the 2018-19 campaign"
            start = _kind_start(kind, text, m.start())
        a = date(y1, _bracketed_start(text, m.end()) or start, 1)
        uk = uk_tax_start(text, m.start()) if not g("ck") and kind == "tax year" else None
        if uk is not None:   # "the 2024/25 tax year" in British copy: 6 April to 5 April
            a = date(y1, *uk)
        return a, a + relativedelta(years=1) - timedelta(days=1), "year", "year"
    if g("ffy"):   # "the first nine months of fiscal year 2025"
        return _first_months_of_fiscal(m, D, future_at, text)
    if g("fiy"):   # "the financial year 2025": the one that ends in 2025 (in its country)
        y = int(g("fiy"))
        start = _kind_start("financial year", text, m.start())
        a = date(y - 1 if start > 1 and not _named_by_start(text, m.start()) else y, start, 1)
        return a, a + relativedelta(years=1) - timedelta(days=1), "year", "year"
    if g("tdsy"):   # "the 2023/24 year to date": from the split year's first day, its kind
        # told by the sentence's words (``bare_split_start``); none told, no reading
        y1 = int(g("tdsy"))
        start = _kind_start("season", text, m.start()) if g("tdsk") != "year" else \
            bare_split_start(text, m.start())   # ("the 2024-25 season to date": July's)
        if not start and g("tdsk") == "year" and D is not None:
            # (dates43) no cue: from the earliest first month a split year may have whose
            # year holds publication (context lists each such year's start as a reading)
            start = next((mo for mo in split_year_months() if date(y1, mo, 1) <= D <
                          date(y1 + 1, mo, 1)), 0)
        a = date(y1, start, 1) if start and (y1 + 1) % 100 == int(g("tdsy2")) else None
        if a is None or D is None or not a <= D < a + relativedelta(years=1):
            return None
        return a, D, "day", "since"
    if g("tya"):   # "tax year 2024 to 2025": its country's tax year (UK: from 6 April)
        y1 = int(g("tya"))
        if (y1 + 1) % 10 ** len(g("tyb")) != int(g("tyb")):
            return None
        uk = uk_tax_start(text, m.start())
        a = date(y1, *uk) if uk is not None else date(y1, _kind_start("tax year", text,
                                                                      m.start()), 1)
        return a, a + relativedelta(years=1) - timedelta(days=1), "year", "year"
    if g("fsa"):   # "FY21/22", "fiscal 2024-25": a split financial year
        y1 = int(g("fsa"))
        y1 = y1 if y1 > 99 else fiscal_two_digit_year(y1, D)
        if (y1 + 1) % 100 != int(g("fsb")):
            return None
        a = date(y1, _bracketed_start(text, m.end())
                 or _kind_start("financial year", text, m.start()), 1)
        return a, a + relativedelta(years=1) - timedelta(days=1), "year", "year"
    if g("fis") or g("fis2"):
        if _company_year_unknown(text, m):
            return None, None, None, "void"
        if g("fis2") and "financial" in m.group(0).lower() and \
                not fiscal_start(text, m.start(), 0):
            return None   # "the 2024 financial year" read only where its sentence's money says
            # whose (A$: July's year; "Apple's ... $383.3 billion in its 2023 financial year"
            # is the company's own)
        y = int(g("fis") or g("fis2"))
        y = y if y > 99 else fiscal_two_digit_year(y, D)
        # "FY20 (July'19-June'20)": the months written beside the label decide
        start = _bracketed_start(text, m.end()) or fiscal_month(
            text, m.start(), int(_cfg("fiscal_year_start", 1)), D, future_at(m.start(), m.end()),
            lambda s: (date(y - 1 if s > 1 else y, s, 1),
                       date(y, s - 1 or 12, 1) + relativedelta(day=31)))
        a = date(y - 1 if start > 1 and not _named_by_start(text, m.start()) else y, start, 1)
        return a, a + relativedelta(years=1) - timedelta(days=1), "year", "year"
    if g("fm") and g("fsy"):   # "the first ten months of 2024-25": of that financial year
        y1, n = int(g("fsy")), _count(g("fm"))
        if (y1 + 1) % 10 ** len(g("fsy2")) != int(g("fsy2")) or g("fmu") != "months":
            return None
        y1 = y1 if y1 > 99 else fiscal_two_digit_year(y1, D)   # "of FY 24/25"
        return _first_last_months(g("fl"), n,
                                  date(y1, _kind_start("financial year", text, m.start()), 1))
    return _fiscal_half_of(m, D, future_at(m.start(), m.end()), text)



@lru_cache(maxsize=1)
def _company_year_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in _cfg(key, ()))
    return (re.compile(rf"(?:{words('company_year_money')})(?![a-z])", re.I),
            re.compile(rf"\b(?:{words('government_year_words')})\b", re.I))


def _company_year_unknown(text: str, m: re.Match[str]) -> bool:
    """"The firm's FY25 guidance of £420m", "a profit of €1.2bn in fiscal 2024": a company's
    own year in sterling or euro copy, which may end in any month (dates.yaml
    ``company_year_money``): no period, unless the sentence writes the year's months beside
    it, a country's money or its government's words (``government_year_words``)."""
    sentence = _sentence_at(text, m.start())
    money, government = _company_year_rx()
    return money.search(sentence) is not None and government.search(sentence) is None and \
        not _bracketed_start(text, m.end()) and not fiscal_start(text, m.start(), 0)


_TO_BEFORE = re.compile(r"(?i)\b(?:to|through|ending|ended)[ \u00a0]+$")


def _kind_year_part(m: re.Match[str], D: date | None, text: str
                    ) -> tuple[date, date, str, str] | None:
    """"the fiscal year's first nine months", "the financial year's last quarter": the first
    or last months of the one under way, whose start the sentence's and story's cues give
    (as "the first nine months of the fiscal year")."""
    n = _count(m.group("fm2")) * (3 if m.group("fmu2") == "quarters" else 1)
    if D is None or not 1 <= n <= 12:
        return None
    kind = " ".join(m.group("fkp").split())
    return _first_last_months(m.group("fl2"), n,
                              _latest_begun(D, 12, _kind_start(kind, text, m.start())))


def _fiscal_half(m: re.Match[str], text: str) -> tuple[date, date, str, str]:
    """"the first half of fiscal 2024": of that fiscal year (a country's by its money)."""
    y, h = int(m.group("hfy")), _HALF[m.group("half")]
    fs = fiscal_start(text, m.start(), int(_cfg("fiscal_year_start", 1)))
    a = date(y - 1 if fs > 1 else y, fs, 1) + relativedelta(months=6 * (h - 1))
    return a, a + relativedelta(months=6) - timedelta(days=1), "month", "period"


def _results_half(m: re.Match[str], D: date | None, text: str
                  ) -> tuple[date, date, str, str]:
    """"1H24", "2H2023": a calendar half year; "TFG's gross debt fell to R10.1bn in 1H25"
    (dates43): a two-digit one beside a country's money is a half of that country's fiscal
    year, named by the year it ends in (or begins in, where the sentence names years so)."""
    y, h = int(m.group("hy3")), int(m.group("hn3"))
    fs = fiscal_start(text, m.start(), 0) if y <= 99 else 0
    if fs > 1:
        y = fiscal_two_digit_year(y, D)
        a = date(y if _named_by_start(text, m.start()) else y - 1, fs, 1) + \
            relativedelta(months=6 * (h - 1))
        return a, a + relativedelta(months=6) - timedelta(days=1), "month", "period"
    y = y if y > 99 else two_digit_year(y, D)
    return date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "month", "period"


def _fiscal_half_of(m: re.Match[str], D: date | None, future: bool, text: str
                    ) -> tuple[date, date, str, str]:
    """"H1 FY25", "H2 fiscal 2024": that half of the fiscal year, whose start month is read
    as for "Q1 FY26" (``fiscal_month``: the country's whose money or name the sentence
    writes, else one whose half has ended by publication in reporting copy)."""
    y = int(m.group("hfy2"))
    y = y if y > 99 else fiscal_two_digit_year(y, D)
    h = int(m.group("hfn") or m.group("hfn4"))   # "H1 FY25", "1HFY25"

    def span(s: int) -> tuple[date, date]:
        a = date(y - 1 if s > 1 else y, s, 1) + relativedelta(months=6 * (h - 1))
        return a, a + relativedelta(months=6) - timedelta(days=1)

    a, b = span(fiscal_month(text, m.start(), int(_cfg("fiscal_year_start", 1)), D, future,
                             span, ended=True))
    return a, b, "month", "period"


def _split_year_rel(m: re.Match[str], D: date, text: str
                    ) -> tuple[date | None, date | None, str, str]:
    """"last season", "the current financial year", "this fiscal": the split year begun by
    publication, or the one before or after it; "so far this fiscal" up to publication."""
    kind = "fiscal year" if m.group("fisn") else "season" if m.group("skt") else \
        " ".join((m.group("sk2") or m.group("ske")).split())
    a = _latest_begun(D, 12, 1 if kind == "season" and _calendar_league(text, m.start())
                      else _kind_start(kind, text, m.start()))
    uk = uk_tax_start(text, m.start()) if kind == "tax year" else None
    if uk is not None:   # "the last tax year" in British copy: from 6 April
        a = a.replace(day=uk[1])
        if a > D:
            a -= relativedelta(years=1)
    a += relativedelta(years={"last": -1, "previous": -1, "next": 1}.get(m.group("ksrel"), 0))
    if m.group("ksf"):
        return a, D, "day", "since"
    return a, a + relativedelta(years=1) - timedelta(days=1), "year", "period"


@lru_cache(maxsize=1)
def _calendar_league_rx() -> re.Pattern[str]:
    words = sorted((re.escape(str(w)).replace(r"\ ", "[ \u00a0]+")
                    for w in _cfg("calendar_year_seasons", ())), key=len, reverse=True)
    return re.compile(r"\b(?:" + ("|".join(words) or "(?!)") + r")(?![\w-])")


def _calendar_league(text: str, pos: int) -> bool:
    """Whether the sentence at ``pos`` names a competition whose season is a calendar year
    (dates.yaml ``calendar_year_seasons``: "FC Tokyo drew 631,273 fans to its J1 League home
    games this season" is 2024's season, February to December)."""
    return _calendar_league_rx().search(_sentence_at(text, pos)) is not None


# words after "in/over the <season>" that make it a feast's or an event's name, not the
# season: "over the Spring Festival holiday" (China's New Year), "in the Autumn Statement"
_SEASON_NAMES_NOT = r"festival|statement|fair\b"


# the statistics office whose weekly deaths are numbered from Saturday to Friday
# (matched in lower case: "ons" a word of its own, not "add-ons")
_ONS = re.compile(r"(?i)(?<![\w-])(?:ons|office[ \u00a0]+for[ \u00a0]+national[ \u00a0]+"
                  r"statistics)\b")


def _ons_week(y: int, n: int) -> tuple[date, date]:
    """The ONS's week ``n`` of year ``y``: Saturday to Friday, week 1 ending on the year's
    first Friday."""
    friday = date(y, 1, 1) + timedelta(days=(4 - date(y, 1, 1).weekday()) % 7)
    return friday + timedelta(weeks=n - 1, days=-6), friday + timedelta(weeks=n - 1)


def _iso_weeks(m: re.Match[str], D: date | None) -> tuple[date, date, str, str] | None:
    """ISO weeks (Monday to Sunday) as surveillance reports number them: "week 12 of 2024",
    "weeks 5 to 7/2013" (the first week's Monday to the last one's Sunday); "epidemiological
    week 12" without its year: the latest such week begun by publication."""
    w1 = int(m.group("isw") or m.group("isw3"))
    w2 = int(m.group("isw2") or w1)
    if m.group("isy"):
        y = int(m.group("isy"))
    elif D is None:
        return None
    else:
        y = D.isocalendar()[0]
        if w1 > D.isocalendar()[1]:
            y -= 1
    if m.group("isy") and _ONS.search(_sentence_at(m.string, m.start())):
        # the ONS numbers its weeks of deaths from Saturday to Friday, week 1 ending on the
        # year's first Friday: "In Week 2 2025, the ONS said, 16,898 deaths were registered"
        # is 4 to 10 January
        return (*_ons_week(y, w1)[:1], _ons_week(y, w2)[1], "week", "period")
    try:
        a = date.fromisocalendar(y, w1, 1)
        b = date.fromisocalendar(y, w2, 7)
    except ValueError:
        return None
    return (a, b, "week", "period") if a <= b else None


def _week_or_month_year(m: re.Match[str], D: date | None
                        ) -> tuple[date | None, date | None, str, str] | None:
    """"week 12 of 2024": Monday to Sunday of ISO week 12. "the June year" (New Zealand's
    statistics: the twelve months to the end of June), the latest such year ended by
    publication; "the 2003 June year" and "the June 2003 year" end in June 2003; "the June half" (Australian
    results: the six months to the end of June)."""
    if m.group("isw") or m.group("isw3"):
        return _iso_weeks(m, D)
    month = _months()[m.group("jym")]
    if m.group("jyy") or m.group("jyy2"):
        end = _month_end(int(m.group("jyy") or m.group("jyy2")), month)
    elif D is None:
        return None
    else:
        end = _month_end(D.year, month)
        if end > D:
            end = _month_end(D.year - 1, month)
    months = 6 if m.group("jyk") == "half" else 12
    return end - relativedelta(months=months) + relativedelta(day=31) + timedelta(days=1), \
        end, "month", "period"


def _decade_word(m: re.Match[str], D: date | None
                 ) -> tuple[date | None, date | None, str, str] | None:
    """"the nineties", "the Eighties", "the '90s", "the late seventies": the latest such
    decade before the one of publication (the current one is "this decade"); no date after a
    word that makes it an age or a temperature ("highs in the nineties", "aged in the
    twenties": dates.yaml ``decade_not_after``)."""
    if D is None:
        return None
    ten = int(_cfg("decade_words", {})[m.group("dw")]) if m.group("dw") else int(m.group("dd"))
    before = m.string[max(0, m.start() - 40):m.start()]
    if any(re.search(rf"\b{w}\b", before) for w in _cfg("decade_not_after", [])):
        return None
    d0 = (D.year // 100) * 100 + ten
    while d0 >= D.year // 10 * 10:
        d0 -= 100
    lo, hi = (_cfg("decade_parts", {}).get(m.group("dwp") or "") or [0, 9])
    gran = "year" if m.group("dwp") else "decade"
    return date(d0 + int(lo), 1, 1), date(d0 + int(hi), 12, 31), gran, "period"


# "the 90's", "the late 80's": a decade's two digits with the apostrophe before its "s" (the
# word list splits "90's" into "90" and "s", so no anchor word opens it: ``apostrophe_decades``
# looks for it where the text holds "0's")
_APOSTROPHE_DECADE = re.compile(r"\bthe[ \u00a0]+(?:(?P<dwp>early|mid|late)[ \u00a0-]+)?"
                                r"(?P<dw>(?!))?(?P<dd>\d0)['’]s\b")


def apostrophe_decades(low: str, D: date | None) -> list[tuple[int, int, date, date, str]]:
    """"the 90's", "the late 80's" as ``_decade_word`` reads "the '90s": (start, end, first,
    last, granularity) each."""
    out = []
    for m in _APOSTROPHE_DECADE.finditer(low):
        got = _decade_word(m, D)
        if got is not None and got[0] is not None and got[1] is not None:
            out.append((m.start(), m.end(), got[0], got[1], got[2]))
    return out


# "the first half of the mission", "of the match": a half of something the words name that is
# no time (not "of the year", "of 2024", "of the last financial year", "of its fiscal year":
# the pattern, or ``dates._half_of``, reads those)
_HALF_OF_OTHER = re.compile(
    r"[ \u00a0]+of[ \u00a0]+(?!(?:(?:the|its|their|this|last|next)[ \u00a0]+)?(?:\d|(?:year|"
    r"decade|financial|fiscal|calendar|season|campaign|century|month|quarter|period|last|"
    r"previous|current|next|this|coming|same|tax|school|academic|trading|summer|winter|"
    r"autumn|spring|fy|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b))")
# a match's half: the sentence speaks of play ("scored twice in the first half")
_PLAY_WORDS = re.compile(r"\b(?:scored|scoring|goals?|half-?time|striker|goalkeeper|keeper|"
                         r"referee|kick-?off|penalty|penalties|innings|touchdowns?|tries|"
                         r"equali[sz]er|header|the[ \u00a0]+break|possession)\b")


def _not_a_years_half(low: str, start: int, end: int) -> bool:
    """Whether "the first half" at ``start..end`` is a half of something else than a year:
    "of" a thing the words name ("the first half of the mission"), or a match's half in a
    sentence about play ("He scored twice in the first half")."""
    if _HALF_OF_OTHER.match(low, end) is not None:
        return True
    a = max(low.rfind(". ", 0, start), start - 200, 0)
    b = low.find(". ", end)
    return _PLAY_WORDS.search(low, a, b if b >= 0 else min(len(low), end + 200)) is not None


# "the first half", "the latter half", "the back half" of a year: which half
_HALF = {"first": 1, "former": 1, "front": 1, "second": 2, "latter": 2, "back": 2}


def _part_of_month(m: re.Match[str], D: date | None, future_at: Callable[..., bool]
                   ) -> tuple[date | None, date | None, str, str] | None:
    """"the second half of March" (16..31), "the first two weeks of March" (1..14), "the last
    three weeks of June": days of a month; without a year, the month a reporter means."""
    g = m.group
    month = _month(g("hmo") or g("wfm"))
    ys = g("hmy") or g("wfy")
    if month is None or (D is None and not ys):
        return None
    y = int(ys) if ys else year_of(month, 15, D, future_at(m.start(), m.end()))
    last = calendar.monthrange(y, month)[1]
    if g("hmo"):
        a, b = (1, 15) if _HALF[g("hmh")] == 1 else (16, last)
        return date(y, month, a), date(y, month, b), "day", "period"
    n = _count(g("wfn"))
    if g("wfu") == "days":   # "the first 10 days of May", "the last 10 days of May"
        if not 1 <= n < last:
            return None
        return (date(y, month, 1), date(y, month, n), "day", "period") if g("wfl") == "first" \
            else (date(y, month, last - n + 1), date(y, month, last), "day", "period")
    if not 1 <= n <= 4:
        return None
    if g("wfl") == "first":
        return date(y, month, 1), date(y, month, 7 * n), "week", "period"
    return date(y, month, last - 7 * n + 1), date(y, month, last), "week", "period"


def _weekend_of_month(m: re.Match[str], D: date | None, future_at: Callable[..., bool]
                      ) -> tuple[date | None, date | None, str | None, str] | None:
    """"the first weekend of May", "the second weekend in June": the nth Saturday of the
    month (``rrule``) and the Sunday after it; "the last weekend of" the last Saturday."""
    month = _month(m.group("wem"))
    if month is None or (D is None and not m.group("wey")):
        return None
    y = int(m.group("wey")) if m.group("wey") else year_of(month, 15, D,
                                                          future_at(m.start(), m.end()))
    n = -1 if m.group("wen") in ("last", "final") else _NTH[m.group("wen")]
    sats = list(rrule(MONTHLY, count=1, byweekday=SA(n), dtstart=date(y, month, 1),
                      until=_month_end(y, month)))
    if not sats:
        return None, None, None, "void"   # no fifth weekend: no date (and no month)
    sat = sats[0].date()
    return sat, sat + timedelta(days=1), "day", "period"


def _month_quarter(m: re.Match[str], D: date | None
                   ) -> tuple[date | None, date | None, str, str] | None:
    """"the June quarter" (of companies and statistics offices): the quarter that ends with the
    month named; without a year, the latest such quarter begun by publication."""
    month = _month(m.group("qmo"))
    if month is None or month % 3:
        return None   # "the May quarter": no quarter ends in May
    if m.group("qmy") or m.group("qmy2"):   # "the June 2024 quarter", "September quarter 2021"
        a = date(int(m.group("qmy") or m.group("qmy2")), month - 2, 1)
    elif D is not None:
        a = _latest_begun(D, 12, month - 2)
    else:
        return None
    return a, a + relativedelta(months=3) - timedelta(days=1), "quarter", "period"


def _ago_this(u: str, n: int, unit: str | None, D: date) -> tuple[date, date, str, str]:
    """Anniversary copy: "40 years ago today" is that day, n units back; "fifty years ago
    this week" (or month) is the calendar week (month) holding that day, since the copy
    recalls what happened in the same week (month) of an earlier year."""
    d = D - (relativedelta(weeks=2 * n) if u == "fortnight" else relativedelta(**{u + "s": n}))
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6), "week", "period"
    if unit == "month":
        return date(d.year, d.month, 1), _month_end(d.year, d.month), "month", "period"
    return d, d, "day", "date"


def _vague_relative(m: re.Match[str], D: date, future_at: Callable[..., bool]
                    ) -> tuple[date | None, date | None, str, str] | None:
    g = m.group
    if g("vc"):
        lo, hi = _cfg("vague_counts", {})[" ".join(g("vc").split())]
        a, b, gran = _unit_back(D, g("vu"), int(lo), int(hi))
        return a, b, gran, "period"
    if g("an"):
        # "three months ago", "a year ago": that calendar month or year; "two weeks ago",
        # "three days ago": the day (a count back from publication)
        n = _count(g("an"))
        if g("au").startswith("decade"):   # "a decade ago": that year, 10n years back
            if g("agt"):
                return (D - relativedelta(years=10 * n),) * 2 + ("day", "date")
            return date(D.year - 10 * n, 1, 1), date(D.year - 10 * n, 12, 31), "year", "period"
        if g("agt"):   # "40 years ago today", "fifty years ago this week"
            return _ago_this(g("au").rstrip("s"), n, g("agw"), D)
        if g("au")[0] in "dwf":
            d = D - timedelta(days=n * {"w": 7, "f": 14, "d": 1}[g("au")[0]])
            return d, d, "day", "date"
        a, b, gran = _unit_back(D, g("au"), n, n)
        return a, b, gran, "date" if gran == "day" else "period"
    if g("on"):
        return D - timedelta(days=1), D, "day", "period"
    if g("td") or g("ytd") or g("xtd"):
        # "year to date", "YTD", "MTD" (month), "WTD" (week), "QTD" (the calendar quarter)
        u = g("td") or {"m": "month", "w": "week", "q": "quarter"}.get(g("xtd") or "", "year")
        start = {"year": date(D.year, 1, 1), "month": date(D.year, D.month, 1),
                 "week": D - timedelta(days=D.weekday()),
                 "quarter": date(D.year, D.month - (D.month - 1) % 3, 1)}[u]
        return start, D, "day", "since"
    if g("el"):
        a, b = _this_unit(D, g("elu"))
        if g("el") == "earlier":
            return (a, D - timedelta(days=1), "day", "period") if D > a else None
        return (D + timedelta(days=1), b, "day", "period") if D < b else None
    if g("tu"):
        a, b = _this_unit(D, g("tu"))
        return a, b, g("tu"), "period"
    if g("nq"):     # "the golden quarter": that quarter of the year, latest begun (or next)
        q = int(_cfg("named_quarters", {})[" ".join(g("nq").split())])
        a = date(D.year if D.month >= 3 * q - 2 else D.year - 1, 3 * q - 2, 1)
        if future_at(m.start(), m.end()) and a + relativedelta(months=3) <= D:
            a += relativedelta(years=1)
        return a, a + relativedelta(months=3) - timedelta(days=1), "quarter", "period"
    if g("qrel"):
        q0 = _latest_begun(D, 3, 1)
        step = {"last": -3, "previous": -3, "prior": -3, "next": 3}.get(g("qrel"), 0)
        a = q0 + relativedelta(months=step)
        b = a + relativedelta(months=3) - timedelta(days=1)
        return a, b, "quarter", "period"
    if g("half") and not g("hrel") and _not_a_years_half(m.string, m.start(), m.end()):
        return None
    if g("half") or g("hn"):
        h = int(g("hn")) if g("hn") else _HALF[g("half")]
        y = D.year + {"last": -1, "next": 1}.get(g("hrel") or "", 0)
        if not g("hrel") and date(y, 6 * h - 5, 1) > D:
            y -= 1          # "H2", "the second half": the latest one begun
        return date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "month", "period"
    if g("fm"):
        return _first_last_relative(m, D, future_at)
    if g("ssu"):   # "since the start of the year": as "so far this year"
        a, _ = _this_unit(D, g("ssu"))
        return a, D, "day", "since"
    if g("ssy"):   # "since the start of 2024"
        a = date(int(g("ssy")), 1, 1)
        return (a, D, "day", "since") if a <= D else None
    if g("bl"):
        return _before_last(g("bl"), D)
    if g("eod"):
        last = date(D.year // 10 * 10 + 9, 12, 31)
        return last, last, "day", "date"
    if g("ypw"):
        return _part_of_a_year(g("ypw"), g("ypr2"), D, future_at(m.start(), m.end()) or
                               _UP_TO.search(m.string, max(0, m.start() - 10), m.start()))
    if g("sea2"):
        return _season_rel(g("serel"), g("sea2"), D, future_at(m.start(), m.end()))
    if g("seay") or g("seab"):   # "late summer last year", "in early autumn"
        return _season_part(m, D, future_at)
    if g("sea3"):
        return _season_bare(g("sea3"), D, future_at(m.start(), m.end()))
    if g("mprel"):     # "late last month", "the middle of last month": that part (parts)
        first = date(D.year, D.month, 1) + relativedelta(
            months={"last": -1, "next": 1}.get(g("mprel"), 0))
        lo, hi = _cfg("parts", {})[g("mp") or g("mpw") + " of"]
        last = _month_end(first.year, first.month)
        return first.replace(day=int(lo)), last if hi == "last" else first.replace(
            day=int(hi)), "day", "period"
    if g("yp2"):
        y = D.year + {"last": -1, "next": 1}.get(g("yprel"), 0)
        lo, hi = _cfg("year_parts", {})[g("yp2")]
        return date(y, int(lo), 1), _month_end(y, int(hi)), "month", "period"
    if g("bhw"):
        return _bank_holiday_weekend(m, D, future_at)
    # "over the weekend": the latest Saturday-Sunday begun by publication, the next in
    # future copy
    sat = D - timedelta(days=(D.weekday() - 5) % 7)
    if future_at(m.start(), m.end()) and sat < D - timedelta(days=1):
        sat += timedelta(days=7)
    return sat, sat + timedelta(days=1), "day", "period"


def _bank_holiday_weekend(m: re.Match[str], D: date, future_at: Callable[..., bool]
                          ) -> tuple[date, date, str, str] | None:
    """"over the bank holiday weekend": Saturday to the bank holiday Monday (the holidays
    table's Monday holidays: bank holidays and Easter Monday; "the Easter bank holiday
    weekend" only Easter's) of the latest such weekend begun by publication, the next in
    future copy. Easter's weekend ("the Easter weekend", "the Easter bank holiday weekend")
    is four days, from Good Friday, a holiday too in the countries that write it."""
    which = m.group("bhw").split()[0].lower()
    first = 3 if which == "easter" else 2
    # (dates46) a length written in: "the four-day Easter weekend" (its own days), "the
    # five-day Easter long weekend" (from Maundy Thursday, as Australia's and New Zealand's
    # holiday periods run); a length neither fits is no date
    n = {"three": 3, "four": 4, "five": 5}.get(m.group("bhn") or "") or int(m.group("bhn") or 0)
    if n and n != first + 1 and not (which == "easter" and n == 5):
        return None
    specs = [str(v) for k, v in _cfg("holidays", {}).items()
             if (str(k).endswith("bank holiday") or k == "easter monday")
             and (which == "bank" or (k == "easter monday") == (which == "easter")
                  and (which == "easter" or str(k).startswith(which)))]
    mondays = sorted(d for y in (D.year - 1, D.year, D.year + 1) for sp in specs
                     if (d := _holiday_in(sp, y)) is not None and d.weekday() == 0)
    if future_at(m.start(), m.end()):
        mon = next((d for d in mondays if d >= D - timedelta(days=2)), None)
    else:   # the weekend begun last, or in a sentence with no tense cue the nearer one
        sat = _holiday_pick([d - timedelta(days=first) for d in mondays], D, future_at,
                            m.start(), m.end())
        mon = sat + timedelta(days=first) if sat else None
    return (mon - timedelta(days=max(first, n - 1)), mon, "day", "period") if mon else None


def _first_or_last_of_year(which: str, unit: str, y: int) -> tuple[date, date, str, str]:
    """"the first week of 2024": its first (or last) seven days; "on the first day of 2023":
    1 January (or 31 December), one day, as copy that compares a year's running totals dates
    the report it starts from ("On the first day of 2023, Kyiv said ... 106,720")."""
    if unit == "day":
        d = date(y, 1, 1) if which == "first" else date(y, 12, 31)
        return d, d, "day", "date"
    return (date(y, 1, 1), date(y, 1, 7), "week", "period") if which == "first" else \
        (date(y, 12, 25), date(y, 12, 31), "week", "period")


# a bound a span runs up to ("from July until the end of the year", "by the end of the
# year"): the year under way, never the one before
_UP_TO = re.compile(r"(?i)\b(?:until|till|to|through|by|before)[ \u00a0]+$")


def _part_of_a_year(word: str, rel: str | None, D: date, future: Any
                    ) -> tuple[date, date, str, str]:
    """"the middle of next year": the year part (year_parts) of the day part (parts) named;
    "towards the end of the year", no year named (a review of 2024 published in January
    2025): the latest such part begun by publication, the next in future copy or after a
    bound a span runs up to (``future``), as a bare season is."""
    y = D.year + {"last": -1, "next": 1}.get(rel or "", 0)
    got = _year_part(word, y)
    if not rel and got[0] > D and not future:
        got = _year_part(word, y - 1)
    return got


def _year_part(word: str, y: int) -> tuple[date, date, str, str]:
    """"the middle of next year", "the start of 2024": the year part (year_parts) of the day
    part (parts) named."""
    lo_day = int(_cfg("parts", {})[word + " of"][0])
    part = "early" if lo_day <= 10 else "mid" if lo_day <= 20 else "late"
    lo, hi = _cfg("year_parts", {})[part]
    return date(y, int(lo), 1), _month_end(y, int(hi)), "month", "period"


def _first_last_months(fl: str, n: int, start: date
                       ) -> tuple[date, date, str, str] | None:
    """The first (or last, final) ``n`` months of the year that begins on ``start``."""
    if not 1 <= n <= 12:
        return None
    if fl == "first":
        return start, start + relativedelta(months=n) - timedelta(days=1), "month", "period"
    end = start + relativedelta(years=1)
    return end - relativedelta(months=n), end - timedelta(days=1), "month", "period"


def _first_last_weeks(fl: str, n: int, y: int) -> tuple[date, date, str, str] | None:
    """The first (or last, final) ``n`` weeks of year ``y``: 7n days from 1 January, or to
    31 December ("the last 18 weeks of 2011")."""
    if not 1 <= n <= 52:
        return None
    if fl == "first":
        a = date(y, 1, 1)
        return a, a + timedelta(days=7 * n - 1), "week", "period"
    b = date(y, 12, 31)
    return b - timedelta(days=7 * n - 1), b, "week", "period"


def _before_last(unit: str, D: date) -> tuple[date, date, str, str]:
    """"the week before last" (the calendar week before last week), "the weekend before
    last", "the month/year before last"."""
    if unit == "week":
        monday = D - timedelta(days=D.weekday() + 14)
        return monday, monday + timedelta(days=6), "week", "period"
    if unit == "weekend":
        sat = D - timedelta(days=(D.weekday() - 5) % 7)
        if sat >= D - timedelta(days=1):
            sat -= timedelta(days=7)        # that is still "this weekend"
        sat -= timedelta(days=7)
        return sat, sat + timedelta(days=1), "day", "period"
    if unit == "month":
        a = date(D.year, D.month, 1) - relativedelta(months=2)
        return a, _month_end(a.year, a.month), "month", "period"
    if unit in _WEEKDAYS:   # "the Tuesday before last": a week before last Tuesday
        back = (D.weekday() - _WEEKDAYS[unit]) % 7 or 7
        d = D - timedelta(days=back + 7)
        return d, d, "day", "date"
    return date(D.year - 2, 1, 1), date(D.year - 2, 12, 31), "year", "period"


# "this year" is written: the year of publication even when the months have not all ended by
# then ("the first 6 months of this year" in a June 26 report is January to June)
_YEAR_SHIFT = {"last": -1, "next": 1, "this": 0}


def _first_last_relative(m: re.Match[str], D: date, future_at: Callable[..., bool]
                         ) -> tuple[date | None, date | None, str, str] | None:
    """"the first six months of the financial year" (of the one under way), "the last three
    months of the year", "the first six weeks of the year" (in past copy, months not ended
    or weeks not begun by publication are the year before's)."""
    g = m.group
    n = _count(g("fm"))
    if g("fmu") == "quarters":   # "the first three quarters of the year": 3n months
        n = 3 * n if n <= 4 else 0
    if g("fyr") in _YEAR_SHIFT:  # "the first nine months of last year", "... of next year"
        y = D.year + _YEAR_SHIFT[g("fyr")]
        if g("fmu") == "weeks":
            return _first_last_weeks(g("fl"), n, y)
        return _first_last_months(g("fl"), n, date(y, 1, 1))
    if g("fmu") == "weeks":
        if not _OF_WORD.search(m.group(0)):
            return None   # "the first two weeks" of what the text does not say
        got_w = _first_last_weeks(g("fl"), n, D.year)
        if got_w is not None and got_w[0] > D and not future_at(m.start(), m.end()):
            got_w = _first_last_weeks(g("fl"), n, D.year - 1)
        return got_w
    if not 1 <= n <= 12:
        return None
    if g("fk"):
        kind = " ".join(g("fk").split())
        a = _latest_begun(D, 12, int(_cfg("split_year_starts", {})[kind]))
        return _first_last_months(g("fl"), n, a)
    got = _first_last_months(g("fl"), n, date(D.year, 1, 1))
    if got is not None and got[1] is not None and got[1] > D and \
            not future_at(m.start(), m.end()) and \
            not ((got[1].year, got[1].month) == (D.year, D.month) and D.day > 20):
        # "the last three months of the year" written in February, "the first 11 months of
        # the year" written on 4 January, "the first two months" on 10 February: reported
        # whole, so of the year before (but late in their last month, "the first three
        # months of the year" on 26 March, the months under way: copy reports them nearly
        # done; "late" as dates.yaml ``parts`` has it, from the 21st)
        got = _first_last_months(g("fl"), n, date(D.year - 1, 1, 1))
    return got


_OF_WORD = re.compile(r"[ \u00a0]of[ \u00a0]")


def _this_unit(D: date, unit: str) -> tuple[date, date]:
    if unit == "week":
        monday = D - timedelta(days=D.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return date(D.year, D.month, 1), _month_end(D.year, D.month)
    if unit == "quarter":
        a = _latest_begun(D, 3, 1)
        return a, a + relativedelta(months=3) - timedelta(days=1)
    if unit == "decade":   # "this decade": the calendar decade of publication
        return date(D.year // 10 * 10, 1, 1), date(D.year // 10 * 10 + 9, 12, 31)
    return date(D.year, 1, 1), date(D.year, 12, 31)


def _season(name: str, y: int, part: str | None = None) -> tuple[date, date, str, str]:
    """The season ``name`` that begins in year ``y``; with ``part`` ("early", "mid", "late")
    the months of it that part names (dates.yaml ``season_parts``: "late summer" is August)."""
    first = int(_cfg("seasons", {})[name])
    a = date(y, first, 1)
    b = a + relativedelta(months=3) - timedelta(days=1)
    if part:
        lo, hi = _cfg("season_parts", {})[part]
        a, b = a + relativedelta(months=int(lo) - 1), a + relativedelta(months=int(hi)) \
            - timedelta(days=1)
    return a, b, "month", "period"


def _season_part(m: re.Match[str], D: date, future_at: Callable[..., bool]
                 ) -> tuple[date, date, str, str]:
    """"late summer last year": that part of the season of the year named; "in late summer",
    "early autumn", no year named: ``_season_part_bare``."""
    g = m.group
    if g("seay"):
        return _season(g("seay"), D.year + {"last": -1, "next": 1}.get(g("sery"), 0), g("sp2"))
    return _season_part_bare(g("seab"), g("sp3"), D, future_at(m.start(), m.end()))


def _season_part_bare(name: str, part: str, D: date, future: bool
                      ) -> tuple[date, date, str, str]:
    """"in late summer", no year named: the latest such part begun by publication; in future
    copy the one under way or the next (as a bare season is, but by the part's own months:
    "late summer" written in June is last August's in past copy)."""
    spans = [_season(name, y, part) for y in range(D.year - 2, D.year + 2)]
    if future:
        return next(s for s in spans if s[1] >= D)
    return [s for s in spans if s[0] <= D][-1]


def _season_rel(rel: str, name: str, D: date, future: bool = False
                ) -> tuple[date, date, str, str]:
    spans = [_season(name, y)[:2] for y in range(D.year - 2, D.year + 2)]
    current = next((s for s in spans if s[0] <= D <= s[1]), None)
    if rel == "this" and current is None and not future:
        # "This winter averaged 38.4 degrees" written on 12 March: the season that ended in
        # the last month, not the next one (a winter begins in the year before its end)
        current = next((s for s in spans if s[1] < D <= s[1] + timedelta(days=31)), None)
    if rel.lower().endswith("coming"):
        # "this coming winter", "the upcoming summer": the one under way or the next
        pick_ = current or next(s for s in spans if s[0] > D)
    elif rel == "this":
        # the one under way, else the one that starts in the year of publication
        pick_ = current or next(s for s in spans if s[0].year == D.year)
    elif rel == "next":
        pick_ = next(s for s in spans if s[0] > D)
    else:
        pick_ = [s for s in spans if s[1] < D and s != current][-1]
    return pick_[0], pick_[1], "month", "period"


def _season_bare(name: str, D: date, future: bool) -> tuple[date, date, str, str]:
    """"in the autumn": the season under way or the latest before publication; in future copy
    the one under way or the next."""
    spans = [_season(name, y)[:2] for y in range(D.year - 2, D.year + 2)]
    if future:
        pick_ = next(s for s in spans if s[1] >= D)
    else:
        pick_ = [s for s in spans if s[0] <= D][-1]
    return pick_[0], pick_[1], "month", "period"


@lru_cache(maxsize=1)
def _NUMBERED_WEEK_NOT() -> frozenset[str]:
    return frozenset(_cfg("numbered_week_not", ()))


@lru_cache(maxsize=1)
def _NUMBERED_WEEK_CUES() -> frozenset[str]:
    return frozenset(_cfg("numbered_week_cues", ()))


def _iso_week(m: re.Match[str], D: date, future_at: Callable[..., bool], text: str
              ) -> tuple[date | None, date | None, str, str] | None:
    """"week 34", "in week 2 of 2025": the ISO 8601 week statistics offices number (Monday
    to Sunday); without a year, the latest such week begun by publication (in future copy
    the next one not yet over). Not in a sentence about a season's rounds ("Week 5 of the
    NFL season", "the week 27 fixtures": dates.yaml ``numbered_week_not``)."""
    n = int(m.group("isow"))
    if text[m.end():m.end() + 3].lstrip(" \u00a0").startswith("("):
        return None     # its days written beside it decide: "week 15 (April 7-13, 2013)", a
        # US surveillance week from Sunday to Saturday
    end = text.find(".", m.end())
    sentence = text[max(text.rfind(".", 0, m.start()), m.start() - 200, 0):
                    end if end >= 0 else len(text)].lower()
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", sentence))
    if not _NUMBERED_WEEK_NOT().isdisjoint(words) or not m.group("isoy") and \
            _NUMBERED_WEEK_CUES().isdisjoint(words):
        return None     # (no year and no statistics word: "He scored 3 goals in week 12")
    if m.group("isoy"):
        years = [int(m.group("isoy"))]
    else:
        years = [D.year + 1, D.year, D.year - 1] if future_at(m.start(), m.end()) \
            else [D.year, D.year - 1]
    ons = _ONS.search(sentence) is not None   # (its weeks run Saturday to Friday)
    spans = []
    for y in years:
        if ons:   # "week 32" in the ONS's copy: of the publication's year, or the year
            # before when that week is not yet over (``_ons_week``)
            spans.append(_ons_week(y, n))
            continue
        try:
            monday = date.fromisocalendar(y, n, 1)
        except ValueError:
            continue
        spans.append((monday, monday + timedelta(days=6)))
    if not m.group("isoy"):
        fut = future_at(m.start(), m.end())
        spans = [sp for sp in spans if (sp[1] >= D if fut else sp[0] <= D)]
        spans = sorted(spans)[:1] if fut else sorted(spans)[-1:]
    if not spans:
        return None
    return spans[0][0], spans[0][1], "week", "period"


def _week_of_month(m: re.Match[str], D: date | None, future_at: Callable[..., bool]
                   ) -> tuple[date | None, date | None, str, str] | None:
    month = _month(m.group("wm"))
    if month is None:
        return None
    if m.group("wy"):
        y = int(m.group("wy"))
    elif D is not None:
        y = year_of(month, 15, D, future_at(m.start(), m.end()))
    else:
        return None
    last = calendar.monthrange(y, month)[1]
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group("wn"))
    a = date(y, month, 7 * n - 6) if n else date(y, month, last - 6)
    return a, a + timedelta(days=6), "week", "period"


def _between_month_days(m: re.Match[str], D: date | None, future_at: Callable[..., bool]
                        ) -> tuple[date | None, date | None, str, str] | None:
    m1 = _month(m.group("bm"))
    m2 = _month(m.group("bm2")) if m.group("bm2") else m1
    if m1 is None or m2 is None:
        return None
    d1, d2 = int(m.group("bd1")), int(m.group("bd2"))
    if m.group("by"):
        y2 = int(m.group("by"))
    elif D is not None:
        y2 = year_of(m2, d2, D, future_at(m.start(), m.end()))
    else:
        return None
    y1 = y2 if m1 <= m2 else y2 - 1
    a, b = _safe(y1, m1, d1), _safe(y2, m2, d2)
    if a is None or b is None or b < a:
        return None
    return a, b, "day", "period"


# ------------------------------------------------------------------------------ holidays --

@lru_cache(maxsize=1)
def _holiday_rx() -> re.Pattern[str] | None:
    names = _cfg("holidays", {})
    if not names:
        return None
    alt = "|".join(sorted((re.escape(k).replace(r"\ ", "[ \u00a0]+").replace("'", "[’']")
                           for k in names), key=len, reverse=True))
    return re.compile(rf"\b(?P<h>{alt})(?:[ \u00a0]+(?:(?P<y>{_YEAR_RX})"
                      rf"|(?P<ry>this|last|next)[ \u00a0]+year))?\b")


_MOVEABLE_KINDS = ("hijri", "lunar", "table")


def _holiday_spans(spec: str, y: int) -> list[tuple[date, date]]:
    """A holiday's days in year ``y``, first to last: one day for the fixed and nth-weekday
    forms of ``_holiday_in``; for feasts of other calendars, whose day moves each year,
    "hijri 10-1" (a day of the Umm al-Qura calendar, via hijridate: Eid al-Fitr), "hijri 9"
    (a whole month: Ramadan), "lunar 1-1" (a day of the Chinese calendar, via lunardate),
    "lunar 1-1 -1" (the day before it) or "table diwali" (the day by year from
    ``lunisolar_days``; a year not listed has no day, never a guess)."""
    kind, _, arg = spec.partition(" ")
    if kind not in _MOVEABLE_KINDS:
        d = _holiday_in(spec, y)
        return [(d, d)] if d is not None else []
    if kind == "table":
        got = (_cfg("lunisolar_days", {}) or {}).get(arg, {}).get(y)
        d = _safe(y, *(int(x) for x in str(got).split("-"))) if got else None
        return [(d, d)] if d is not None else []
    md, _, shift = arg.partition(" ")
    mo, _, dy = md.partition("-")
    try:
        if kind == "lunar":
            d = LunarDate(y, int(mo), int(dy)).to_solar_date() + timedelta(days=int(shift or 0))
            return [(d, d)] if d.year == y else []
        out = []
        for h in range(Gregorian(y, 1, 1).to_hijri().year, Gregorian(y, 12, 31).to_hijri().year + 1):
            a = date.fromordinal(Hijri(h, int(mo), int(dy or 1)).to_gregorian().toordinal())
            b = a if dy else date.fromordinal(
                Hijri(h + int(mo) // 12, int(mo) % 12 + 1, 1).to_gregorian().toordinal() - 1)
            if a.year == y:
                out.append((a, b))
        return out
    except (ValueError, OverflowError):   # outside the converters' tables
        return []


def holiday_day(name: str, y: int) -> date | None:
    """The day of the holiday ``name`` (dates.yaml ``holidays``, lower case) in year ``y``: a
    moveable feast's first day; None for a name not listed or a year its table lacks."""
    spec = _holiday_specs().get(name)
    return _holiday_in(spec, y) if spec is not None else None


def _holiday_in(spec: str, y: int) -> date | None:
    """A holiday's day in year ``y``: "12-25", "11 TH+4" (the fourth Thursday of November,
    via rrule), "11 TU 2-8" (the Tuesday on the 2nd..8th of November) or "easter-2" (two
    days before Easter Sunday, via dateutil.easter); a moveable feast's first day."""
    if spec.partition(" ")[0] in _MOVEABLE_KINDS:
        spans = _holiday_spans(spec, y)
        return spans[0][0] if spans else None
    if spec.startswith("easter"):
        return easter(y) + timedelta(days=int(spec[6:] or 0))
    if "-" in spec and " " not in spec:
        mo, dy = spec.split("-")
        return _safe(y, int(mo), int(dy))
    mo, rule, *days = spec.split()
    if days:   # "11 TU 2-8": the Tuesday that falls on the 2nd..8th of November
        lo, hi = (int(x) for x in days[0].split("-"))
        got = list(rrule(YEARLY, count=1, bymonth=int(mo), byweekday=_RRULE_NAMES[rule[:2]],
                         bymonthday=range(lo, hi + 1), dtstart=date(y, 1, 1)))
        return got[0].date() if got else None
    wd = _RRULE_NAMES[rule[:2]](int(rule[2:]))
    got = list(rrule(YEARLY, count=1, bymonth=int(mo), byweekday=wd, dtstart=date(y, 1, 1)))
    return got[0].date() if got else None


@lru_cache(maxsize=1)
def _near_holiday_rx() -> re.Pattern[str] | None:
    names = dict(_cfg("holidays", {}) or {}) | dict(_cfg("holiday_anchors", {}) or {})
    if not names:
        return None
    alt = "|".join(sorted((re.escape(str(k).lower()).replace(r"\ ", "[ \u00a0]+")
                           .replace("'", "[’']") for k in names), key=len, reverse=True))
    return re.compile(
        rf"\bthe[ \u00a0]+(?:(?:last|final|first)[ \u00a0]+)?(?:full[ \u00a0]+)?"
        rf"(?P<u>{_WD_RX}|week(?:end)?|weeks|(?:run|lead|build)[- \u00a0]up)[ \u00a0]+"
        rf"(?P<rel>before|after|ahead[ \u00a0]+of|leading[ \u00a0]+up[ \u00a0]+to|to)[ \u00a0]+"
        rf"(?P<h>{alt})(?:[ \u00a0]+(?P<y>{_YEAR_RX}))?\b")


def _near_holiday(H: date, unit: str, after: bool) -> tuple[date, date]:
    """The weekday, week (seven days) or weekend right before or after the holiday ``H``; a
    run-up ("the run-up to Christmas", "the weeks before Christmas") is the month before it
    to its eve (25 November to 24 December), "the weeks after" the month after it."""
    if unit == "weeks" or unit.endswith("up"):
        return (H + timedelta(days=1), H + relativedelta(months=1)) if after else \
            (H - relativedelta(months=1), H - timedelta(days=1))
    if unit in _WEEKDAYS:
        wd = _WEEKDAYS[unit]
        d = H + timedelta(days=(wd - H.weekday()) % 7 or 7) if after else \
            H - timedelta(days=(H.weekday() - wd) % 7 or 7)
        return d, d
    if unit == "week":
        return (H + timedelta(days=1), H + timedelta(days=7)) if after else \
            (H - timedelta(days=7), H - timedelta(days=1))
    sat = H + timedelta(days=(5 - H.weekday()) % 7 or 7) if after else \
        H - timedelta(days=(H.weekday() - 5) % 7 or 7)
    if not after and sat + timedelta(days=1) >= H:
        sat -= timedelta(days=7)
    return sat, sat + timedelta(days=1)


def near_holidays(text: str, low: str, D: date | None, future_at: Callable[..., bool],
                  at: list[int]) -> Found:
    """"the Friday before Christmas", "the last Monday before Christmas", "the week before
    Christmas", "the weekend after Easter": a day, week or weekend counted from a holiday of
    the table (or of ``holiday_anchors``: "Christmas", read only here). Without a year, the
    occurrence is chosen on the derived dates, not the holiday's: "the Friday before
    Christmas" written on 22 December is three days past."""
    out = Found()
    rx = _near_holiday_rx()
    if rx is None:
        return out
    specs = _near_holiday_specs()
    for m in _scan(rx, low, at, 40):
        spec = specs.get(" ".join(m.group("h").replace("’", "'").split()))
        if spec is None or not text[m.start("h")].isupper():
            continue
        unit, after = " ".join(m.group("u").replace("-", " ").split()), m.group("rel") == "after"
        if (m.group("rel") == "to") != unit.endswith(" up"):
            continue   # "the run-up to", never "the week to Christmas" nor "the run-up before"
        if m.group("y"):
            ys = [int(m.group("y"))]
        elif D is not None:
            ys = [D.year - 1, D.year, D.year + 1]
        else:
            continue
        spans = [_near_holiday(h, unit, after) for h in (_holiday_in(spec, y) for y in ys)
                 if h is not None]
        if not spans:
            continue
        if m.group("y"):
            a, b = spans[0]
        else:
            fut = future_at(m.start(), m.end())
            chosen = pick([x[0] for x in spans], D, fut) if fut else \
                pick([x[0] for x in spans if x[0] <= D], D, False)
            if chosen is None:
                continue
            a, b = next(x for x in spans if x[0] == chosen)
        gran = "day" if unit in _WEEKDAYS or unit == "weeks" or unit.endswith(" up") else "week"
        out.add(m.start(), m.end(), a, b, gran)
    return out


@lru_cache(maxsize=1)
def _between_holidays_rx() -> re.Pattern[str] | None:
    names = _near_holiday_specs()
    if not names:
        return None
    alt = "|".join(sorted((re.escape(k).replace(r"\ ", "[ \u00a0]+").replace("'", "[’']")
                           for k in names), key=len, reverse=True))
    return re.compile(rf"\bbetween[ \u00a0]+(?P<h>{alt})[ \u00a0]+and[ \u00a0]+(?P<h2>{alt})"
                      rf"(?:[’']s(?:[ \u00a0]+(?:day|eve))?)?\b")


def between_holidays(text: str, low: str, D: date | None, future_at: Callable[..., bool],
                     at: list[int]) -> Found:
    """"between Christmas and New Year": the first holiday's day to the next day of the
    second (25 December to 1 January), in the occurrence a reporter means (the latest begun
    by publication, in future copy the next)."""
    out = Found()
    rx = _between_holidays_rx()
    if rx is None or D is None:
        return out
    specs = _near_holiday_specs()
    for m in _scan(rx, low, at, 40):
        if not (text[m.start("h")].isupper() and text[m.start("h2")].isupper()):
            continue
        s1, s2 = (specs.get(" ".join(m.group(k).replace("’", "'").split())) for k in ("h", "h2"))
        if s1 is None or s2 is None:
            continue
        spans = []
        for y in (D.year - 1, D.year, D.year + 1):
            a = _holiday_in(s1, y)
            b = next((x for x in (_holiday_in(s2, y), _holiday_in(s2, y + 1))
                      if a is not None and x is not None and x > a), None)
            if b is not None and (b - a).days <= 62:
                spans.append((a, b))
        chosen = pick([x[0] for x in spans], D, future_at(m.start(), m.end()))
        if chosen is not None:
            a, b = next(x for x in spans if x[0] == chosen)
            out.add(m.start(), m.end(), a, b, "day", "period")
    return out


@lru_cache(maxsize=1)
def _near_holiday_specs() -> dict[str, str]:
    """The holidays and holiday anchors by their lower-case names, one space between words
    (built once, as ``_near_holiday_rx`` is)."""
    return {" ".join(str(k).lower().split()): str(v) for k, v in
            (dict(_cfg("holidays", {}) or {}) | dict(_cfg("holiday_anchors", {}) or {})).items()}


@lru_cache(maxsize=1)
def _holiday_specs() -> dict[str, str]:
    """The holidays by their lower-case names, one space between words (built once)."""
    return {" ".join(k.lower().split()): str(v) for k, v in _cfg("holidays", {}).items()}


def holidays(text: str, low: str, D: date | None, future_at: Callable[..., bool],
             at: list[int]) -> Found:
    """"Christmas Day", "Thanksgiving", "New Year's Eve" (capitalised as written): a day;
    and a day or week counted from one (``near_holidays``)."""
    out = near_holidays(text, low, D, future_at, at)
    if "between" in low:
        out.items.extend(between_holidays(text, low, D, future_at, at).items)
    rx = _holiday_rx()
    if rx is None:
        return out
    specs = _holiday_specs()
    for m in _scan(rx, low, at, 0, 40):
        if not text[m.start()].isupper() and not m.group("h").endswith("bank holiday"):
            continue   # "a memorial day for the victims"; bank holidays are written lower case
        if low[m.end():m.end() + 1] == " " and _FEAST_SEASON.match(low, m.end()) and \
                not m.group("h").endswith(("day", "eve", "night")):
            continue   # "the Easter holidays", "Diwali week": days around the feast, not it
        if _FEAST_TIMING.search(low, max(0, m.start() - 16), m.start()):
            continue   # "as a late Easter lifted spending": when the feast fell, no time frame
        if not (m.group("y") or m.group("ry")) and _modifies_noun(low, m.end()) and \
                not m.group("h").endswith(("day", "eve", "night")):
            continue   # "Sales of Easter food rose": the feast names a kind of goods, no day
            # (a day's name still dates its noun: "Bonfire Night fireworks injured 120")
        spec = specs[" ".join(m.group("h").replace("’", "'").split())]
        wk = _HOLIDAY_WEEKEND.match(low, m.end())
        last = dict(x for y in _holiday_years(m, D) for x in _holiday_spans(spec, y))
        if m.group("y") or m.group("ry"):   # "Diwali 2023", "Ramadan this year"
            d = min(last, default=None)
        elif D is not None:
            cands = list(last)
            if wk is not None:   # a weekend is chosen by its first day
                ends = [(w, x) for x in cands if (w := _weekend_of(x)) is not None]
                first = _holiday_pick([w[0] for w, _ in ends], D, future_at, m.start(),
                                      wk.end())
                d = next((x for w, x in ends if w[0] == first), None)
            else:
                d = _holiday_pick(cands, D, future_at, m.start(), m.end())
        else:
            continue
        span = _weekend_of(d) if wk is not None and d is not None else None
        if span is not None:
            # "the Labor Day weekend", "Thanksgiving weekend": the long weekend the holiday
            # makes (Saturday to a Monday holiday; a Thursday or Friday one to Sunday)
            out.add(m.start(), wk.end(), span[0], span[1], "day", "period")
            continue
        if d is not None and D is not None and not m.group("y") and _unlisted_between(spec, d, D):
            continue   # a year nearer publication is not listed: its day may be the one meant
        e = last.get(d, d) if d is not None else None   # Ramadan: its month, first to last day
        s = m.start()
        if e != d and (edge := _SPAN_EDGE.search(low, max(0, s - 40), s)):
            # "the first day of Ramadan": its first day; "the end of Ramadan": its last
            s, d, e = edge.start(), *((d, d) if edge.group(1) in _FIRST_EDGE else (e, e))
        out.add(s, m.end(), d, e, "day", "date" if e == d else "period")
    return out


def _holiday_pick(cands: list[date], D: date, future_at: Callable[..., bool], s: int, e: int
                  ) -> date | None:
    """A holiday's occurrence: the next in future copy, the latest on or before publication
    in past copy; in a sentence with no tense cue ("Rail passengers face 420 projects over
    the Easter weekend", written in March), the nearer of the two (``future_at.present``
    says the sentence has none, where the caller gives it)."""
    if future_at(s, e):
        return pick(cands, D, True)
    last = pick(cands, D, False)
    present = getattr(future_at, "present", None)
    if present is None or last is None or last == D or not present(s, e):
        return last
    nxt = pick([x for x in cands if x > D], D, True)
    return nxt if nxt is not None and (nxt - D) < (D - last) else last


# a feast's name as the first word of a season of days around it ("the Easter holidays",
# "the Easter fortnight to 7 April", "Diwali week", "the Thanksgiving getaway"): the days
# vary (by school, by shop, by traveller) and are not the feast's, so the name dates nothing
# there (a weekend is read: ``_HOLIDAY_WEEKEND``)
_FEAST_SEASON = re.compile(r"[ \u00a0]+(?:school[ \u00a0]+)?(?:holidays?|break|fortnight|week|"
                           r"recess|term|getaway|rush|season|period|trading)\b")


# an indefinite article and an adjective of timing before a feast ("a late Easter", "an early
# Ramadan"): the words tell when the feast fell in its year, as a cause; they date no figure
_FEAST_TIMING = re.compile(r"\ban?[ \u00a0]+(?:early|earlier|late|later)[ \u00a0]+$")


# the words after a feast's name that leave it a time ("Easter falls on", "Christmas was
# quiet", "Diwali and Dhanteras", "Thanksgiving itself"): function words, the verbs a feast
# takes as a subject and the parts of its day; any other lower-case word right after it is a
# noun the name modifies ("Easter food", "Christmas trees"), and the name dates nothing there
_FEAST_THEN = frozenset("""
a an the and or but nor to in on at of for with by from into over during through this last
next that which who when where while as so than then until till before after since against
itself alone also again already still too even just only though although because if
day eve night morning afternoon evening weekend holiday holidays bank
is was were are be been being will would could should may might can must shall do does did
has had have falls fell fall comes came come lands landed begins began starts started ends
ended saw sees brings brought approaches arrives arrived gets got means meant lifts lifted
boosts boosted helps helped hits hit proves proved runs ran
rose rises grew grows sank sinks soared jumped went goes took takes made makes gave gives
drew draws drove sold sells spent spends paid pays left leaves kept keeps bought buys set
cut put let met won wins lost loses beat broke breaks stood stands held holds told tells
said says became becomes remains remained nears looms proves brings sees
""".split())
_NEXT_WORD = re.compile(r"[ \u00a0]+([a-z]+)\b(?![’'-])")


def _modifies_noun(low: str, end: int) -> bool:
    """Whether the lower-case word right after a feast's name (ending at ``end``) is a noun
    the name modifies: not a word of ``_FEAST_THEN``, an -ed verb or an -ly adverb."""
    m = _NEXT_WORD.match(low, end)
    if m is None:
        return False
    w = m.group(1)
    return w not in _FEAST_THEN and not w.endswith(("ed", "ly"))


# "the first day of", "the start of", "the last night of" before a feast that spans days
_SPAN_EDGE = re.compile(r"\b(?:the[ \u00a0]+)?(first|last|final|start|beginning|end)"
                        r"(?:[ \u00a0]+(?:day|night))?[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")
_FIRST_EDGE = frozenset(("first", "start", "beginning"))


def _unlisted_between(spec: str, d: date, D: date) -> bool:
    """Whether a feast read from ``lunisolar_days`` lacks a year from the day picked to
    publication's: Diwali 2023 picked in December 2024, with 2024 not listed, may be wrong."""
    if not spec.startswith("table "):
        return False
    got = (_cfg("lunisolar_days", {}) or {}).get(spec[6:], {})
    return any(y not in got for y in range(min(d.year, D.year), max(d.year, D.year) + 1))


def _holiday_years(m: re.Match[str], D: date | None) -> tuple[int, ...]:
    """The years a holiday named in ``m`` may fall in: the one written ("Diwali 2023"), the
    one "this/last/next year" names, else the years around publication."""
    if m.group("y"):
        return (int(m.group("y")),)
    if D is None:
        return ()
    if m.group("ry"):
        return (D.year + {"this": 0, "last": -1, "next": 1}[m.group("ry")],)
    return (D.year - 1, D.year, D.year + 1)


_HOLIDAY_WEEKEND = re.compile(r"(?:[ \u00a0]+(?:holiday|long|bank[ \u00a0]+holiday))?"
                              r"[ \u00a0]+weekend\b")


def _weekend_of(d: date) -> tuple[date, date] | None:
    """The long weekend a holiday on ``d`` makes, or None for a midweek one."""
    if d.weekday() == 0:
        return d - timedelta(days=2), d
    if d.weekday() in (3, 4):
        return d, d + timedelta(days=6 - d.weekday())
    return None


RECOGNISERS = (month_day_words, bare_days, weekday_forms, vague_spans, holidays)

_ORDINAL_PARTS = frozenset(_UNITS + _TEENS + ["twentieth", "thirtieth", "twenty", "thirty"])
_VAGUE_KEYS = frozenset("""
ago weekend overnight date ytd this quarter quarters half h1 h2 months week weeks years decade
decades century fiscal fy
season financial tax academic school between spring summer autumn fall winter early mid late
festive christmas
calendar campaign ended ending mtd wtd qtd days day
""".split())   # (split-year kinds, "last season", "late last year" anchor at these words too)


# anchor words that open a form only after a given word: (how far back, which words)
_SPARSE_KEYS = {"days": (1, frozenset(("first", "last", "final"))),
                "day": (0, frozenset(("first", "last", "final"))),
                "ended": (0, frozenset(("year",))), "ending": (0, frozenset(("year",)))}


# "the start/middle/end of next year" is looked for at these words, when "of" follows
_PART_HEADS = frozenset(("start", "beginning", "middle", "end", "turn"))


@lru_cache(maxsize=1)
def _crop_keys() -> frozenset[str]:
    """The words a marketing year is anchored at: "the 2024-25 marketing year", "the 2025-26
    corn crop", "the 2024/25 cocoa year" (each commodity kind's first word)."""
    return frozenset(k.split()[0] for k in _commodity_kinds())


@lru_cache(maxsize=1)
def _decade_keys() -> frozenset[str]:
    return frozenset(_cfg("decade_words", {}))


@lru_cache(maxsize=1)
def _holiday_keys() -> frozenset[str]:
    return frozenset(re.split(r"[^a-z]", str(k).lower())[0] for k in _cfg("holidays", {}))


@lru_cache(maxsize=1)
def _lower_holiday_keys() -> frozenset[str]:
    """First words of the holidays written in lower case ("the spring bank holiday")."""
    return frozenset(str(k).lower().split()[0] for k in _cfg("holidays", {})
                     if str(k).lower().endswith("bank holiday"))


# common words that open a form only next to certain words (checked on the word list, so the
# vague-span pattern is not tried at every "same" or "full" of a text)
_GATES: dict[str, tuple[int, frozenset[str]]] = {
    "full": (1, frozenset(("year",))),                       # "the full year"
    "point": (-1, frozenset(("this", "that"))),              # "by this point in the year"
    "stage": (-1, frozenset(("this", "that"))),
    "same": (1, frozenset(("date", "point", "stage", "day"))),   # "the same date last year"
    "marketing": (1, frozenset(("year", "season"))),         # "the 2024-25 marketing year"
    "term": (-1, frozenset(("last", "this", "next", "previous", "current"))),  # a club's term
}


@lru_cache(maxsize=1)
def _gated() -> tuple[frozenset[str], dict[str, tuple[int, frozenset[str]]]]:
    """The gated anchor words: ``_GATES`` and the commodities of "the 2024/25 cocoa year"
    (before "year"); "crop" ("the 2025-26 corn crop") is rare enough to need no gate."""
    gates = dict(_GATES)
    for k in _crop_keys():
        gates.setdefault(k, (1, frozenset(("year",))) if k != "crop" else (0, frozenset()))
    return frozenset(gates), gates


def _gate_open(w: str, words: list[str], i: int) -> bool:
    step, near = _gated()[1][w]
    j = i + step
    return step == 0 or (0 <= j < len(words) and words[j] in near)


def anchors(words: list[str], starts: list[int], ends: list[int], text: str,
            cand: list[int] | None = None) -> list[list[int]]:
    """For each of RECOGNISERS, the offsets of the words it starts looking from; ``cand``
    are the word indexes already filtered by ``all_keys`` (dates._candidates)."""
    keys = _all_keys()
    gated = _gated()[0]
    months = _months()
    hol = _holiday_keys()
    low_hol = _lower_holiday_keys()
    dec = _decade_keys()
    out: list[list[int]] = [[], [], [], [], []]
    md, bd, wk, vg, hd = out
    if cand is None:
        cand = [i for i, w in enumerate(words) if w in keys or (w[0] < ":" and w[-1] in "dht")]
    for i in cand:
        w, s = words[i], starts[i]
        if w not in keys and w[0] > "9" and not (w[0] == "h" and w[2:4] == "fy"):
            continue   # ("H1FY26" is one word)
        if w[0] <= "9":
            if len(w) <= 4 and w[-2:] in ("st", "nd", "rd", "th") and w[:-2].isdigit():
                bd.append(s)
                if i > 1 and words[i - 1] == "the" and words[i - 2] in months:
                    md.append(s)   # "February the 22nd"
            elif w[1:] == "0s" and s and text[s - 1] in "'’":
                vg.append(s - 1)   # "the '90s"
            elif w[1:2] == "h" and w[0] in "12" and (
                    len(w) in (4, 6) and w[2:].isdigit() or len(w) == 2 or w[2:4] == "fy"):
                vg.append(s)       # "1H24", "1HFY25", "1H FY25"
            elif w[1:2] == "m" and w[0] != "0" and (
                    len(w) == 2 or w[2:4] == "fy" or len(w) in (4, 6) and w[2:].isdigit()):
                vg.append(s)       # "9MFY25", "9M 2025", "9M24"
            continue
        if w in _ORDINAL_PARTS:
            md.append(s)
            bd.append(s)
            if w in _NTH:
                wk.append(s)
        elif w in months:
            e = ends[i]
            if text[e:e + 1] in ("-", "/") or text[e:e + 2] in (".-", "./"):
                md.append(s)
            elif i + 1 < len(words) and (words[i + 1] in ("year", "half") or (
                    i + 2 < len(words) and words[i + 2] in ("year", "half")
                    and words[i + 1].isdigit())):
                vg.append(s)   # "the June year", "the June half", "the June 2024 year"
            elif i + 1 < len(words) and words[i + 1] in _month_event_heads():
                vg.append(s)   # "the March meeting"
            elif i > 0 and words[i - 1].rpartition("-")[2] in _ranked_words():
                vg.append(s)   # "the warmest October"
        elif w in _WEEKDAYS:
            wk.append(s)
        if w in _SPARSE_KEYS and not (i > 1 and words[i - 1 - _SPARSE_KEYS[w][0]]
                                      in _SPARSE_KEYS[w][1]):
            pass   # "days" only after "first/last N", "day" after "first/last" ("the first
            # day of 2023"), "ended"/"ending" only after "year"
        elif w in gated and _gate_open(w, words, i):
            vg.append(s)
        elif w in _VAGUE_KEYS or w[:2] == "fy" or w[2:4] == "fy" or w in dec or (
                w in _PART_HEADS and i + 1 < len(words) and words[i + 1] == "of") or (
                w == "before" and i + 1 < len(words) and words[i + 1] == "last"):
            vg.append(s)
        if w in hol and (text[s].isupper() or w in low_hol):
            hd.append(s)
    return out


def all_keys() -> frozenset[str]:
    """Every word a recogniser is anchored at (digit ordinals aside)."""
    return _all_keys()


@lru_cache(maxsize=1)
def _all_keys() -> frozenset[str]:
    return (_ORDINAL_PARTS | frozenset(_months()) | frozenset(_WEEKDAYS) | _VAGUE_KEYS
            | _gated()[0]
            | _PART_HEADS | {"before"}
            | _holiday_keys() | _decade_keys() | frozenset(f"fy{y:02d}" for y in range(100))
            | frozenset(f"fy{y}" for y in range(1900, 2100)))
