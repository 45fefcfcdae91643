"""Readings: what a figure's words leave open, and how each of its keys was decided.

Context settles a figure's measure, subject and period where the words do. This module runs on
the drafts after it (``add_readings``) and does three things, all from the words
(vocabulary: ``rules/vocab/readings.yaml``):

- **pairs**: a day's increment beside the running total it brings ("13 tanks, bringing the
  total to 7,255"; "tanks - 10,927 (+8)"): the total is the increment's measure and subject
  (never "deaths" because the writer said "death toll"), a running total; the increment is the
  day's figure, never a running total because "total" follows it, and it names its total
  (``extra.pair_total``) so that both are read against the same report;
- **readings**: for a figure of a measure reported daily (measures.yaml ``daily_reports``)
  whose scope or period the text does not settle, the plausible readings, each with the words
  behind it: the day's figure (the report of the publication day, or the day before, which
  the store's lag window covers), the running total to publication, the running total the
  list it stands in gives ("Russia has also lost 7,255 tanks, ..., 26 ships"), the day a
  relative date ("the previous day") may mean. A reading the figure cannot bear (a "day" of
  462,980 troops, a month of 841,660) is left out;
- **basis**: for every key (measure, subject, period, scope, place) how it was decided:
  ``written`` in the sentence, ``carried within the paragraph`` / ``carried from the previous
  paragraph``, ``list: ...``, ``pair: ...``, ``table label``, ``document default``, or
  ``none``.

The claim keeps its own period when the words settle one; ``extra.readings`` lists every
plausible reading (its own first) as (label, start, end, cumulative, basis, words). The store
looks each reading up; the rules judge them (docs/rules.md, "Readings"). It must not judge.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta

from ..extract import vocab
from ..extract.text import longest_first
from .start_gains import gains_since_start
from .cues import ONE_REPORT_AFTER
from .mark_gaps import mark_gaps
from .loss_intervals import OPEN_INTERVAL, loss_intervals
from .open_day_rates import OPEN_DAY, open_day_rate, open_day_readings
from .each_day_bounds import EACH_DAY, each_day_bounds
from .unsplit_parts import unsplit_parts
from .crossed_levels import mark_crossed_levels
from .loss_ratios import RATIO, loss_ratios
from .war_total_shares import war_total_shares
from .month_records import MONTH_RANK, MONTH_RECORD, WEEK_RANK_UNREAD, WEEK_WINDOW_RECORD, \
    month_rank, month_record, names_record_month, rolling_week_record, unranked_week
from .parts import named_part
from .portion_scopes import portion_own_scopes
from .previous_day_reports import pin_previous_day_reports

_DAY = timedelta(days=1)
# a basis that only ever gives a warning (docs/rules.md, "Basis"): an error needs keys
# written or carried within the paragraph. No words of the document say so (a document
# default, none), or the words are in another paragraph: "The report listed 24 tanks" after a
# paragraph on Russian losses is very likely about Russian losses, but a paragraph break is
# where copy is cut, moved and pasted, so a mismatch that rests on it is a warning
WEAK = ("document default", "none", "carried from the previous paragraph",
        "carried from an earlier paragraph", "carried from the heading in another paragraph")
# the mark of a list head, a pair or a table label found in another paragraph than the figure
ACROSS = "from another paragraph"
# extra key: why a figure of the reports' domain was left with no measure (add_readings)
NO_MEASURE_WHY = "no_measure_why"
# why a figure has no subject, for the account of coverage ("both sides together ...")
NO_SUBJECT_WHY = "no_subject_why"
# a claim's extra: rank words that name no place ("one of the highest tolls"), left unchecked
RANK_OPEN = "rank_open"
KEYS = ("measure", "subject", "period", "scope")
# extra key of a day's figure: the running total it brings or is part of (a draft index; a
# claim id in the claim), so that the rules read both against the same report
PAIR_TOTAL = "pair_total"
# extra key of a running total its sentence says the publication day's report gave ("the
# General Staff said in its report released Monday", on a Monday): only that report is read,
# not the day before's, which an article of the day may otherwise quote
REPORT_DAY = "report_day"
# extra key of a sum "to date" from a start after the scope's ("so far this year", "since the
# start of the year"): the store also reads it as a writer may take it from the totals, the
# latest report's less the last one dated before its period (store.lookup)
TO_DATE = "to_date"
# extra key of a running total its words give "as of" a named day ("As of Aug. 20, Russia had
# lost 601,800"): "day" when it may be that day's report or the losses through that day (the
# next morning's report), "morning" for "as of the morning of Aug. 20" (that day's report
# only); the store reads those reports, never the one before the day named
AS_OF_DAY = "as_of_day"


class _Vocab:
    __slots__ = ("perfect", "increment", "bracket", "slashed", "line_up", "relative", "default_subject", "windows",
                 "numbers", "includes", "respectively", "agent", "opposing", "record",
                 "previous_record", "record_from", "single_day", "single_window", "report_span",
                 "since_point",
                 "carried_before", "carried_after", "year_label", "front_part", "front_there",
                 "front_speaker", "front_speaker_not",
                 "front_place", "bare_body_of", "bare_body_own", "bare_body_day",
                 "period_start", "latest", "people_nouns", "people_before", "people_of",
                 "mixed_kinds", "generic_nouns", "own_count", "pair_generic", "not_losses",
                 "not_losses_after", "not_losses_noun", "forecast",
                 "total_after", "since_day", "count_estimate", "report_day", "not_objects",
                 "reaching", "reaching_count",
                 "topic", "question_topic", "month_label", "record_nouns", "carried_part", "compared_back", "days_prior",
                 "month_span", "combined_before", "combined_list", "agent_passive", "agent_clause",
                 "total_next", "joint_before", "joint_sides", "joint_sides_after",
                 "joint_sides_not", "agent_around", "dated_next", "same_period",
                 "ranked_days", "record_surpassed", "surpassed_places", "day_earlier", "report_sum", "side_speakers",
                 "record_low", "record_window", "record_before", "record_rank", "rank_ordinals",
                 "total_before")


def _rank_vocab(out: Any, v: dict[str, Any]) -> None:
    """readings.yaml ``record_rank`` and ``rank_ordinals`` (the words of a rank, the ordinals'
    numbers) into ``out``."""
    out.record_rank = re.compile(str(v.get("record_rank") or "(?!)"))
    out.rank_ordinals = {str(k): int(n) for k, n in (v.get("rank_ordinals") or {}).items()}
    # ("a toll surpassed only once": the second place)
    out.record_surpassed = re.compile(str(v.get("record_surpassed") or "(?!)"))
    out.surpassed_places = {str(k): int(n) for k, n in (v.get("surpassed_places") or {}).items()}


def _front_place(v: dict[str, Any]) -> re.Pattern[str]:
    """readings.yaml ``front_place`` with ``{places}`` filled from gazetteer.yaml (every
    spelling, lower case, less ``front_place_not``), longest first."""
    not_parts = {str(x).lower() for x in v.get("front_place_not") or ()}
    names: set[str] = set()
    for item in vocab.load("gazetteer.yaml").get("places", []) or []:
        spellings = [item.get("name", ""), *(item.get("aliases") or ())] \
            if isinstance(item, dict) else [item]
        for sp in spellings:
            sp = str(sp).lower()
            sp = sp[:-7] if sp.endswith(" oblast") else sp
            if sp and sp not in not_parts:
                names.add(sp)
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+")
                    for n in longest_first(names))
    return re.compile(str(v.get("front_place") or "(?!)").replace("{places}", alts or "(?!)"))


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    v = vocab.load("readings.yaml")

    def words(key: str) -> re.Pattern[str]:
        alts = sorted((re.escape(p.lower()).replace(r"\ ", r"\s+") for p in v.get(key, [])),
                      key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(alts) + r")\b") if alts else re.compile(r"(?!)")
    out = _Vocab()
    try:
        out.increment = re.compile(" ".join(str(v["increment_to_total"]).split()))
        out.bracket = re.compile(str(v["bracketed_increment"]))
        out.slashed = re.compile(str(v.get("slashed_total") or "(?!)"))
        out.line_up = re.compile(str(v.get("line_up") or "(?!)"))
        out.windows = re.compile(" ".join(str(v["windows"]).split()))
        out.includes = re.compile(str(v["includes"]))
        out.respectively = re.compile(str(v["respectively"]))
        out.agent = re.compile(" ".join(str(v["agent_verbs"]).split()))
        out.agent_passive = re.compile(str(v.get("agent_passive") or "(?!)"))
        out.agent_clause = re.compile(str(v.get("agent_clause") or "(?!)"))
        out.agent_around = [(re.compile(str(a["before"])), re.compile(str(a["after"])))
                            for a in v.get("agent_around") or []]
        out.record = re.compile(" ".join(str(v["record"]).split()))
        out.previous_record = re.compile(str(v["previous_record"]))
        out.record_low = re.compile(" ".join(str(v.get("record_low") or "(?!)").split()))
        out.record_window = re.compile(" ".join(str(v.get("record_window") or "(?!)").split()))
        out.record_before = re.compile(str(v.get("record_before") or "(?!)"))
        _rank_vocab(out, v)
        out.single_day = re.compile(str(v["single_day"]))
        out.single_window = re.compile(str(v.get("single_window") or "(?!)"))
        out.since_point = re.compile(" ".join(str(v.get("since_point") or "(?!)").split()))
        out.report_span = re.compile(str(v["report_span"]))
        out.carried_before = re.compile(" ".join(str(v["carried_before"]).split()))
        out.carried_after = re.compile(" ".join(str(v["carried_after"]).split()))
        out.year_label = re.compile(str(v["year_label"]))
        out.topic = re.compile(str(v.get("topic_lead") or "(?!)"))
        out.question_topic = re.compile(str(v.get("question_topic") or "(?!)"))
        out.month_label = re.compile(str(v.get("month_label") or "(?!)"))
        out.carried_part = re.compile(str(v.get("carried_part") or "(?!)"))
        out.compared_back = re.compile(" ".join(str(v.get("compared_back") or "(?!)").split()))
        out.days_prior = re.compile(str(v.get("days_prior") or "(?!)"))
        out.total_before = re.compile(" ".join(str(v.get("running_total_before") or
                                               "(?!)").split()))
        out.month_span = re.compile(str(v.get("month_span") or "(?!)"))
        out.front_part = re.compile(str(v["front_part"]))
        out.front_speaker = re.compile(str(v.get("front_speaker") or "(?!)"))
        out.front_speaker_not = re.compile(str(v.get("front_speaker_not") or "(?!)"))
        out.front_there = re.compile(str(v["front_there"]))
        out.front_place = _front_place(v)
        out.period_start = re.compile(str(v["period_start"]))
        out.latest = re.compile(str(v["latest"]))
        pl = v.get("people_losses") or {}
        out.people_nouns = re.compile(r"[ \u00a0]+(?:" + "|".join(
            re.escape(str(n).lower()) for n in pl.get("nouns", [])) + r")\b") \
            if pl.get("nouns") else re.compile(r"(?!)")
        out.people_before = re.compile(str(pl.get("before") or "(?!)"))
        out.record_nouns = re.compile(r"[ \u00a0]+(?:(?:russian|enemy)[ \u00a0]+)?(?:" + "|".join(
            re.escape(str(n).lower()) for n in pl.get("record_nouns", [])) + r")\b") \
            if pl.get("record_nouns") else re.compile(r"(?!)")
        out.people_of = str(pl.get("measure_of") or "")
        out.report_sum = re.compile(str(v.get("report_sum") or "(?!)"))
        out.mixed_kinds = re.compile(str(v.get("mixed_kinds") or "(?!)"))
        out.combined_before = re.compile(str(v.get("combined_before") or "(?!)"))
        out.combined_list = re.compile(str(v.get("combined_list") or "(?!)"))
        out.joint_before = re.compile(" ".join(str(v.get("joint_before") or "(?!)").split()))
        out.joint_sides, out.joint_sides_after, out.joint_sides_not = (re.compile(" ".join(str(
            v.get(f"joint_sides{k}") or "(?!)").split())) for k in ("", "_after", "_not"))
        out.total_after = re.compile(str(v.get("total_after") or "(?!)"))
        out.total_next = re.compile(str(v.get("total_next") or "(?!)"))
        out.since_day = re.compile(str(v.get("since_day") or "(?!)"))
        out.day_earlier = re.compile(str(v.get("day_earlier") or "(?!)"))
        out.dated_next = re.compile(str(v.get("dated_next") or "(?!)"))
        out.same_period = re.compile(str(v.get("same_period") or "(?!)"))
        out.ranked_days = re.compile(str(v.get("ranked_days") or "(?!)"))
        out.count_estimate = re.compile(str(v.get("count_estimate") or "(?!)"))
        out.not_objects = re.compile(r"[ \u00a0]+(?:" + "|".join(
            re.escape(str(n).lower()) for n in v.get("agent_not_objects") or ["(?!)"]) + r")\b")
        out.reaching = re.compile(str(v.get("agent_reaching") or "(?!)"))
        out.reaching_count = re.compile(str(v.get("agent_reaching_count") or "(?!)"))
        out.report_day = re.compile(" ".join(str(v.get("report_day") or "(?!)").split()))
        out.not_losses = re.compile(str(v.get("not_losses") or "(?!)"))
        out.not_losses_after = re.compile(str(v.get("not_losses_after") or "(?!)"))
        out.not_losses_noun = re.compile(str(v.get("not_losses_noun") or "(?!)"))
        out.forecast = re.compile(str(v.get("forecast_before") or "(?!)"))
        out.pair_generic = frozenset(str(n).lower() for n in v.get("pair_generic") or [])
        out.own_count = re.compile(str(v.get("own_count") or "(?!)"))
        out.generic_nouns = frozenset(str(n).lower() for n in v.get("generic_nouns") or [])
        out.record_from = {str(k): date.fromisoformat(str(d))
                           for k, d in (v.get("record_from") or {}).items()}
    except (KeyError, ValueError, re.error) as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('readings.yaml')}: {exc}") from None
    out.perfect, out.relative = words("running_total_verbs"), words("relative_days")
    out.default_subject = {str(k): str(s) for k, s in (v.get("default_subject") or {}).items()}
    out.numbers = {str(k): int(n) for k, n in (v.get("number_words") or {}).items()}
    out.opposing = {str(k): str(o) for k, o in (v.get("opposing") or {}).items()}
    out.bare_body_of = {str(k): str(o) for k, o in (v.get("bare_body_of") or {}).items()}
    out.side_speakers = {str(k).lower(): str(o)
                         for k, o in (v.get("side_speakers") or {}).items()}
    out.bare_body_own = frozenset(str(m) for m in v.get("bare_body_own") or [])
    out.bare_body_day = re.compile(str(v.get("bare_body_day") or "(?!)"))
    return out


def is_weak(basis: str) -> bool:
    """Whether a key decided this way may give at most a warning: a document default, no
    basis, or words of another paragraph (a key carried from it, or a list head, pair or table
    label found there)."""
    return basis.startswith(WEAK) or basis.split(":", 1)[0].endswith(ACROSS)


def record_of(r: Reading) -> bool:
    """Whether a reading (``extra.readings``) is a record: the highest (or lowest) daily figure
    over its days, not their sum."""
    return len(r) > 6 and bool(r[6])


def lowest_of(r: Reading) -> bool:
    """Whether a record reading is of the lowest daily figure over its days."""
    return len(r) > 6 and r[6] < 0


def windowed_record(r: Reading) -> bool:
    """Whether a record reading's window is written after its words ("the lowest daily figure
    since April", "the highest this year"), not the whole count's ("a record", "the deadliest
    day": which day's record, of the war or of recent weeks, copy often leaves loose)."""
    return len(r) > 6 and abs(r[6]) == 2


def rank_of(r: Reading) -> int:
    """The rank a record reading names (2 for "the second-highest daily toll"), 1 for the
    record itself."""
    return int(r[8]) if len(r) > 8 else 1


def window_of(r: Reading) -> int:
    """The days of a window reading (some that many consecutive days within its period), or
    0 for any other reading."""
    return int(r[7]) if len(r) > 7 else 0


def unchecked_readings(readings: Any, checked: set[str], pub: date | None
                       ) -> list[tuple[Any, ...]]:
    """The readings (``extra.readings``) no reference value checked, when some other reading
    was checked (``checked``: the labels of the readings the store found values for): another
    war's years carried from a figure beside it, a span from before the dataset starts. While
    one of them is open, not every reading disagrees, so the claim is not contradicted. A
    reading that ends after publication (``pub``) is no such reading: no report the writer
    could have read covers it ("this month" is read to publication too)."""
    if not checked:
        return []
    return [r for r in readings or () if r[0] not in checked and
            (pub is None or date.fromisoformat(r[2]) <= pub)]


_ORDINALS = {2: "second-", 3: "third-", 4: "fourth-", 5: "fifth-"}


def _label(start: date, end: date, cumulative: bool, record: int = 0, window: int = 0,
           rank: int = 1) -> str:
    if window:
        return (f"{window} consecutive days within {start.isoformat()} to {end.isoformat()}")
    if record:
        k = _ORDINALS.get(rank, f"{rank}th-") if rank > 1 else ""
        return (f"the {k}{'lowest' if record < 0 else 'highest'} daily figure over "
                f"{start.isoformat()} to {end.isoformat()}")
    if cumulative:
        return f"the running total to {end.isoformat()}"
    if start == end:
        return f"the figure for {start.isoformat()}"
    return f"the total over {start.isoformat()} to {end.isoformat()}"


def _reading(start: date, end: date, cumulative: bool, basis: str, words: str = "",
             record: int = 0, window: int = 0, rank: int = 1) -> tuple[Any, ...]:
    """(label, start, end, cumulative, basis, words), and 1 after them for a record reading
    (the highest daily figure over start..end, not the sum; -1 the lowest; 2 and -2 when the
    words name the window: ``windowed_record``); for a window
    reading 0 and the window's days after them (some ``window`` consecutive days within
    start..end); a ranked record (``rank`` above 1, "the second-highest") ends on 0 and the
    rank (``rank_of``)."""
    r = (_label(start, end, cumulative, record, window, rank), start.isoformat(),
         end.isoformat(), int(cumulative), basis, words)
    if window:
        return r + (0, window)
    if record and rank > 1:
        return r + (max(-2, min(2, record)), 0, rank)
    return r + (max(-2, min(2, record)),) if record else r


def add_readings(ctx: Any, drafts: list[dict[str, Any]]) -> None:
    """Fill ``extra.basis`` of every draft with a measure, and ``extra.readings`` of those
    whose scope or period the words leave open (in place)."""
    D = ctx.doc.date
    lex = ctx.lex
    voc = _vocab()
    bases = [d.pop("_basis", None) for d in drafts]
    wins: dict[int, Any] = {}   # sentence start -> its windows' words ("the past week"), if any
    if D is not None:
        _reading_passes(ctx, drafts, bases, voc, D)
    daily: dict[str, bool] = {}
    spans: dict[Any, list[Reading]] = {}   # (paragraph, domain) -> the last span(s) written
    every_span: dict[Any, list[Reading]] = {}   # (paragraph, domain) -> every span written
    stories: dict[Any, tuple[date, str]] = {}   # domain -> the end of the last span written
    heads = _heads(ctx, drafts, bases)
    pinned: dict[int, Any] = {}  # paragraph -> the day's figure pinned to publication's report
    for i, d in enumerate(drafts):
        basis = bases[i]
        m = d.get("measure")
        to_date = d.pop("_to_date", None)
        one_day = d.pop("_one_day", False)   # (read by _window alone)
        each = d.pop(EACH_DAY, None)   # (a bound on each day of a window: each_day_bounds)
        if m is None and basis is not None and basis.get("measure", "").startswith("none: "):
            # why the figure counts none of the reports' fields, for the account of coverage
            # ("a rate ("a year"), which no report gives"): never a bare "not known"
            d["extra"].append((NO_MEASURE_WHY, basis["measure"].removeprefix("none: ")))
        if basis is None or m is None:
            continue
        extra = d["extra"]
        dr = daily.get(m)
        if dr is None:
            dr = daily[m] = lex.daily_reports(m)
        if not dr and D is not None and m.endswith("_per_day") and \
                lex.daily_reports(m.removesuffix("_per_day")):
            got_rate = _average_readings(ctx, d, D, voc, basis)
            if got_rate:
                extra.append(("readings", got_rate))
        if not dr and D is not None and d.get("_open_rate"):
            extra.append(("readings", _open_rate_readings(
                d, D, lex.scope_start(m.removesuffix("_per_day")))))
        if dr and D is not None and d.get("subject") and d.get("value") is not None and \
                not d.get("unit") and (d.get("role") not in ("share", "change", "difference")
                                       or _dated_difference(d) or _undated_difference(d)
                                       or d.get("role") == "change" and to_date):
            # (a change over a period that runs to publication, "rose by 1,310 overnight",
            # is read as the part of it reported by then, as a day's figure of it is)
            same = _same_report_as(ctx, d, basis, pinned.get(ctx.paragraph(d["start"])), voc)
            between = [] if same else _between_totals(drafts, d, D)
            if between:
                # (no running total itself: the days between the two totals' reports)
                d["period"] = (date.fromisoformat(between[0][1]),
                               date.fromisoformat(between[0][2]))
                d["cumulative"] = False
                basis["period"] = basis["scope"] = between[0][4]
            d["_one_day"] = one_day
            got = between if len(between) > 1 else [] if between or same else \
                _readings(ctx, d, basis, D, voc, wins, heads, to_date)
            d.pop("_one_day", None)
            for span in spans.get((ctx.paragraph(d["start"]), lex.domain(m)), ()):
                if d.get("period") is None and not ctx.names_own_span(*d["sentence"]) and \
                        _rkey(span) not in {_rkey(r) for r in got} and \
                        _in_scope(ctx, m, date.fromisoformat(span[2])) and \
                        not _beyond_span(lex, m, d, span):
                    # "In August the Russian army lost 1,304 artillery systems ... Besides the
                    # artillery, 3,505 vehicles and fuel tanks were destroyed": the span the
                    # paragraph's figures are dated by is a reading too (both months of "fell
                    # to 36,570 from 48,240 in January")
                    got.append(span)
            got += _period_before_compared(ctx, drafts, i, got)
            got += _those_units_readings(ctx, drafts, i, got)
            got += _story_period(ctx, d, basis, D, stories.get(lex.domain(m)) or
                                 _month_turn(D), got)
            got += _weekday_readings(d, basis, D, got)
            got += _anaphor_readings(ctx, d, basis, got, every_span.get(
                (ctx.paragraph(d["start"]), lex.domain(m)), ()))
            split = _split_year_readings(d, basis, D)
            got = _in_its_war(lex, m, split or got)
            got = got if each is None else _each_day_readings(each)
            if got:
                extra.append(("readings", tuple(got)))
            elif same or _of_the_days_report(ctx, d, D, voc):
                extra.append((REPORT_DAY, D.isoformat()))
                pinned[ctx.paragraph(d["start"])] = d
            elif d.get("cumulative"):
                as_of = _total_as_of_day(ctx, d, D)
                if as_of is not None:
                    extra.append((AS_OF_DAY, as_of))
            _remember_span(ctx, d, basis, lex.domain(m), spans, every_span, stories)
            extra += _ranked_units(ctx.low, d, lex.domain(m), D)
        place = next((v for k, v in extra if k == "place"), None) if extra else None
        keys = [(k, basis.get(k, "none")) for k in KEYS]
        if place is not None:
            carried = any(k == "place_carried" for k, _ in extra)
            keys.append(("place", "carried from an earlier distance" if carried else "written"))
        extra.append(("basis", tuple(keys)))
    if D is not None:
        _paragraph_pairs(ctx, drafts, D)
        _totals_through_portions_day(ctx, drafts, D)
        pin_previous_day_reports(ctx, drafts, REPORT_DAY)   # "up from 1,530 the day before"


def _each_day_readings(each: tuple[Any, ...]) -> list[Reading]:
    """The record readings of a bound on each day of a window (each_day_bounds ``EACH_DAY``:
    kind, spans, basis, words)."""
    kind, spans, how, words = each
    return [_reading(a, b, False, how, words, record=kind) for a, b in spans]


def _ranked_units(low: str, d: dict[str, Any], domain: str | None, D: date
                  ) -> list[tuple[str, Any]]:
    """The extra keys of a month or calendar week its sentence calls the record
    (``MONTH_RECORD``) or places below the first (``MONTH_RANK``) of a window, or of seven
    days ranked among weeks that are no calendar week (``WEEK_RANK_UNREAD``: not checked), or
    called the record of the whole count (``WEEK_WINDOW_RECORD``: every seven days of it)."""
    out: list[tuple[str, Any]] = []
    record = month_record(low, d, domain, D)
    if record is not None:
        out.append((MONTH_RECORD, record))
    ranked = month_rank(low, d, domain, D)
    if ranked is not None:
        out.append((MONTH_RANK, ranked))
    elif record is None and (rolling := rolling_week_record(low, d, domain)) is not None:
        out.append((WEEK_WINDOW_RECORD, rolling))
    elif record is None and (week := unranked_week(low, d)) is not None:
        out.append((WEEK_RANK_UNREAD, week))
    return out


def _totals_through_portions_day(ctx: Any, drafts: list[dict[str, Any]], D: date) -> None:
    """"Since February 24, 2022, Moscow has lost 299,080 troops, of which 660 in the course of
    yesterday, and ... so far destroyed 5,175 tanks": a running total with a part for the day
    its period ends on (a portion, "of which", "including", dated by the words) counts that
    day's losses, so it is the total of the report after that day, not of the report of the
    day itself; and so are the other running totals of its sentence whose period the same
    words end on that day (one report's list). Each gets that report's day (``REPORT_DAY``),
    the only report the store then reads for it; a total with readings of its own, or already
    pinned to a report, is left alone."""
    lex = ctx.lex
    for p in drafts:
        w, per = p.get("group"), p.get("period")
        if p.get("role") != "portion" or p.get("cumulative") or per is None or \
                per[0] != per[1] or not isinstance(w, int) or not 0 <= w < len(drafts):
            continue
        whole, day = drafts[w], per[1]
        if not whole.get("cumulative") or whole.get("period") is None or \
                whole["period"][1] != day or not day < D or \
                not lex.daily_reports(whole.get("measure")) or \
                whole.get("measure") != p.get("measure") or not _dated_after_part(ctx, p, day):
            continue
        for t in drafts:
            if t["sentence"] != whole["sentence"] or not t.get("cumulative") or \
                    t.get("period") is None or t["period"][1] != day or \
                    t.get("subject") != whole.get("subject") or \
                    not lex.daily_reports(t.get("measure")) or \
                    any(k in ("readings", REPORT_DAY, AS_OF_DAY) for k, _ in t["extra"]):
                continue
            t["extra"].append((REPORT_DAY, (day + _DAY).isoformat()))


def _dated_after_part(ctx: Any, p: dict[str, Any], day: date) -> bool:
    """Whether the words that date the day are the part's own, after it ("of which 660 in the
    course of yesterday"), and no words before the part in its sentence date that day ("stood at
    1,256,910 on February 19, of which 830 were added over the previous 24 hours": the day of
    the total, whose report it is)."""
    ss, se = p["sentence"]
    at = [dm.start for dm in ctx.m.dates if ss <= dm.start < se and
          dm.start_date == dm.end_date == day]
    return bool(at) and min(at) >= p["end"]


def _reading_passes(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: Any,
                    D: date) -> None:
    """The passes that read the scopes and periods the words leave open, in order, before each
    figure's readings are made (``add_readings``)."""
    _portions_of_counts(ctx, drafts, bases)
    _unnamed_counts(ctx, drafts, bases, voc)
    _carried(ctx, drafts, bases, voc)
    loss_ratios(ctx, drafts, bases)     # "about 103 troops for every tank"
    _milestones_ahead(ctx, drafts)
    mark_crossed_levels(ctx, drafts, bases)    # "passed 1 million on 12 June 2025"
    # (again: a whole whose measure was just carried from the sentence before, "The
    # General Staff's own tally stood at 1,256,910, of which 830 were added ...")
    _portions_of_counts(ctx, drafts, bases, carried_only=True)
    unsplit_parts(ctx, drafts, bases)   # "Of the 1,005,060 ..., about 250,000 were killed"
    _sums_of_kinds(ctx, drafts, bases)
    _previous_highs(ctx, drafts, bases, voc)
    _record_from_days(ctx, drafts, bases, voc)
    _ranked_days(ctx, drafts, bases, voc)
    _sums_including(ctx, drafts, bases)
    _respective_periods(ctx, drafts, bases, voc)
    _periods_named_together(ctx, drafts, bases)
    _figure_antecedents(ctx, drafts, bases)
    _bracketed_days(ctx, drafts, bases)
    _blank_increments(ctx, drafts, bases, D)
    _agents(ctx, drafts, bases, voc)
    _front_parts(ctx, drafts, bases, voc)
    _own_counts(ctx, drafts, voc)
    portion_own_scopes(ctx, drafts, bases)   # "Of the 1,090,010 ..., 299,210 were lost since"
    _to_date(ctx, drafts, bases, D)
    war_total_shares(ctx, drafts, bases)    # "about 21% of the war's total" (no whole written)
    _listed_days(ctx, drafts, voc)
    _includes(ctx, drafts, bases, voc)
    _from_to_levels(ctx, drafts, bases)
    _levels_at_a_start(ctx, drafts, bases, voc, D)
    _changes_of_totals(ctx, drafts, bases, voc, D)
    gains_since_start(ctx, drafts, bases, D)   # "seven more than at the start of the year"
    _parts_of_them(ctx, drafts, bases, D)
    _averages(ctx, drafts, bases)
    _compared_rates(ctx, drafts, bases)
    _coordinated_rates(ctx, drafts, bases)
    _averages_of_periods(ctx, drafts, bases)
    _changes_between_periods(ctx, drafts, bases)
    _rates(ctx, drafts, bases)
    loss_intervals(ctx, drafts, bases)   # "one every 55 seconds"
    each_day_bounds(ctx, drafts, D)   # "topped 1,000 on each of the past seven days"
    _pairs(ctx, drafts, bases, voc, D)
    _headline_days(drafts, D)
    _pairs_across(ctx, drafts, bases)
    _default_subjects(ctx, drafts, bases, voc)
    _topped_records(ctx, drafts, bases)
    _absolute_clause_counts(ctx, drafts, bases)
    mark_gaps(ctx, drafts, bases)
    _month_recorded_after(ctx, drafts, bases)


def _those_units_readings(ctx: Any, drafts: list[dict[str, Any]], i: int,
                          got: list[Reading]) -> list[Reading]:
    """"Britain put ... around 160,000 of them between January and April. Ukraine's General
    Staff counted 162,390 Russian casualties over those four months": a figure with no period
    of its own dated by "those (these, the same) N months" after it is of each span of that
    many units an earlier figure of its paragraph was dated by (readings61); the figure's
    other readings stand beside them."""
    d = drafts[i]
    if d.get("period") is not None or d.get("cumulative"):
        return []
    t = _THOSE_UNITS_AFTER.match(ctx.low, d["end"], d["sentence"][1])
    n = None if t is None else _SMALL_COUNTS.get(t.group("n")) or (
        int(t.group("n")) if t.group("n").isdigit() else None)
    if n is None:
        return []
    least, most = (x * n for x in _ANAPHOR_DAYS[t.group("u")])
    par = ctx.paragraph(d["start"])
    have = {_rkey(r) for r in got}
    out = []
    for e in drafts[:i]:
        p = e.get("period")
        if p is None or e.get("cumulative") or ctx.paragraph(e["start"]) != par or \
                not least <= (p[1] - p[0]).days + 1 <= most:
            continue
        r = _reading(p[0], p[1], False, "carried within the paragraph: the span of "
                     f"\"{t.group(0).strip()}\", the period of "
                     f"\"{ctx.text[e['start']:e['end']]}\"")
        if _rkey(r) not in have:
            have.add(_rkey(r))
            out.append(r)
    return out


def _period_before_compared(ctx: Any, drafts: list[dict[str, Any]], i: int,
                            got: list[Reading]) -> list[Reading]:
    """"... rose more than fivefold to 77,322 from 14,474" after "in 2025": a compared value
    with no period of its own, right after a figure of its count over a written span (a year,
    a month, a war year) in its sentence, is read over the span of the same length before
    that one too (issue #10, readings61): the level a count over a period rose from is the
    one of the period before. A reading widens what supports the figure, never what
    contradicts it."""
    d = drafts[i]
    if d.get("role") != "compared" or d.get("period") is not None or i == 0:
        return []
    src = drafts[i - 1]
    p = src.get("period")
    if src["sentence"] != d["sentence"] or src.get("measure") != d.get("measure") or \
            p is None or src.get("cumulative") or p[1] <= p[0] or \
            src.get("role") in ("compared", "change", "share"):
        return []
    a, b = p
    if b + _DAY == a + relativedelta(years=1):
        a2, b2 = a - relativedelta(years=1), a - _DAY
    elif b + _DAY == a + relativedelta(months=1):
        a2, b2 = a - relativedelta(months=1), a - _DAY
    else:
        a2, b2 = a - (b - a) - _DAY, a - _DAY
    r = _reading(a2, b2, False, "carried within the sentence: the period before the one of "
                 f"\"{ctx.text[src['start']:src['end']]}\"")
    return [] if _rkey(r) in {_rkey(x) for x in got} else [r]


def _remember_span(ctx: Any, d: dict[str, Any], basis: dict[str, str], domain: Any,
                   spans: dict[Any, list[Reading]], every_span: dict[Any, list[Reading]],
                   stories: dict[Any, tuple[date, str]]) -> None:
    """A day's figure over a written span of several days dates the paragraph's later figures
    of its domain: the last such span (``spans``), every one (``every_span``, for "the
    month's") and the story's (``stories``), keyed by (paragraph, domain) or domain."""
    p = d.get("period")
    if p is None or d.get("cumulative") or p[1] <= p[0] or basis.get("period") != "written":
        return
    key = (ctx.paragraph(d["start"]), domain)
    spans[key] = [_reading(a, b, False, "carried within the paragraph: the period of "
                           f"\"{ctx.text[d['start']:d['end']]}\"") for a, b in _spans_of(d, p)]
    every_span.setdefault(key, []).extend(spans[key])
    stories[domain] = (p[1], ctx.text[d["start"]:d["end"]])


def _heads(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> dict[Any, Any]:
    """List group -> its first item that is a running total; and ("paragraph", n) -> the
    running totals of paragraph n whose words say they are ("since the invasion began",
    "since February 24, 2022"), for the later figures of the paragraph that say nothing of
    their own scope (``_carried_total``)."""
    heads: dict[Any, Any] = {}
    for i, d in enumerate(drafts):
        if not d.get("cumulative") or d.get("period") is None:
            continue
        g = d.get("group")
        if g is not None and g not in heads:
            heads[g] = d
        if bases[i] is not None and str(bases[i].get("scope", "")).startswith("written"):
            heads.setdefault(("paragraph", ctx.paragraph(d["start"])), []).append(d)
    return heads


def _carried_total(ctx: Any, d: dict[str, Any], heads: dict[Any, Any], scope: date, D: date
                   ) -> Reading | None:
    """"About 18,600 Russian soldiers have been killed since the invasion began, the ministry
    said. The ministry said 684 Russian tanks and 153 helicopters had been destroyed": a
    running total whose words say so, in an earlier sentence of the paragraph, of the same side
    and of a measure of the same reports, makes the running total a reading the words of the
    paragraph support (carried within it), to that total's day. The figure's other readings
    stay (the day's report is still plausible for "12 tanks")."""
    lex = ctx.lex
    for t in reversed(heads.get(("paragraph", ctx.paragraph(d["start"])), ())):
        if t["sentence"][1] <= d["sentence"][0] and t.get("subject") == d.get("subject") and \
                lex.domain(t.get("measure")) == lex.domain(d["measure"]) and \
                scope < t["period"][1] <= D:
            words = ctx.text[t["start"]:t["end"]]
            return _reading(scope, t["period"][1], True, "carried within the paragraph: the "
                            f"running total \"{words}\"", words)
    return None


def _lead_in_day(ctx: Any, d: dict[str, Any], scope: date, D: date) -> Any:
    """The day the lead-in of the figure's list gives ("Enemy losses as of May 3, 2025:",
    "Russia's losses ... according to the General Staff on Saturday:"), as its date mention,
    when the figure is a line of such a list (``Context.lists``) and the day falls within the
    war's reports by publication; else None."""
    par = ctx.paragraph(d["start"])
    first = ctx.lists.get(par)
    if first is None or d["start"] < first:
        return None
    lo, hi = bisect_left(ctx.date_starts, ctx.par_starts[par]), bisect_left(ctx.date_starts, first)
    for dm in reversed(ctx.m.dates[lo:hi]):
        if dm.kind == "date" and dm.start_date is not None and dm.start_date == dm.end_date \
                and scope < dm.start_date <= D:
            return dm
    return None


def _lead_in_total(ctx: Any, d: dict[str, Any], scope: date, D: date) -> Reading | None:
    """A line of a list whose lead-in gives a day: the running total as of that day's report,
    a reading the lead-in's words support (the list's lines are of its paragraph)."""
    dm = _lead_in_day(ctx, d, scope, D)
    if dm is None:
        return None
    return _reading(scope, dm.start_date, True, f"list: the day of its lead-in \"{dm.text}\"",
                    dm.text)


def _same_report_as(ctx: Any, d: dict[str, Any], basis: dict[str, str], src: Any, voc: _Vocab
                    ) -> bool:
    """"... lost 13 tanks since its previous update on Saturday, the General Staff said. It said
    900 soldiers had been killed during the same time frame": a figure whose sentence says it is
    of the same time (readings.yaml ``same_period``) as a day's figure of its paragraph pinned
    to the publication day's report is that report's too, with that figure's day (not a
    running total's: its period is the war's)."""
    if src is None or d.get("cumulative") or src.get("cumulative") or \
            d.get("period") not in (None, src.get("period")) \
            or src["sentence"] == d["sentence"] or src.get("period") is None or \
            ctx.in_sentence(voc.same_period, d["sentence"]) is None:
        return False
    d["period"] = src["period"]
    basis["period"] = basis["scope"] = ("carried within the paragraph: the same report as "
                                        f"\"{ctx.text[src['start']:src['end']]}\"")
    return True


def _portions_of_counts(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any],
                        carried_only: bool = False) -> None:
    """"346,070 Russian soldiers dead, among them 1,250 who died within the past 24 hours": a
    part the relations made of a count of a daily-reported measure, with no measure of its own
    words or one of another desk ("who died", "of whom 1,250 died" name a health desk's deaths,
    none of the report's fields), counts what its whole counts. ``carried_only``: only parts
    of wholes whose measure was carried from the sentence before ("The General Staff's own
    tally stood at 1,256,910, of which 830 were added ..."), after the carried keys."""
    lex = ctx.lex
    for i, d in enumerate(drafts):
        w = d.get("group")
        if d.get("role") != "portion" or not isinstance(w, int) or \
                not 0 <= w < len(drafts) or d.get("unit") or drafts[w].get("unit") or \
                not lex.daily_reports(drafts[w].get("measure")):
            continue
        if carried_only and not (bases[w] or {}).get("measure", "").startswith("carried"):
            continue
        if _GAP_WITHIN.search(ctx.low, max(0, d["start"] - 12), d["start"]):
            continue    # ("August's 1,517 came within three of it": a gap, no part) (readings52)
        whole = drafts[w]
        own = d.get("measure")
        if own is not None and (lex.daily_reports(own) or
                                lex.domain(own) == lex.domain(whole["measure"])):
            continue
        d["measure"] = whole["measure"]
        d["subject"] = d.get("subject") or whole.get("subject")
        _set(bases, i, "measure", "carried within the sentence: a part of the count of "
             f"\"{ctx.text[whole['start']:whole['end']]}\"")


# right before a figure: "within", a gap to another figure ("came within three of it")
_GAP_WITHIN = re.compile(r"\bwithin[ \u00a0]+$")


def _split_year_readings(d: dict[str, Any], basis: dict[str, str], D: date) -> list[Reading]:
    """A bare split year no words say whose ("lost 252,000 troops in 2023-24"): each year it
    may be (context's ``period_readings``: a season from July, a financial year from April,
    ...) is a reading of its own, and they are the figure's only readings: its period, both
    calendar years, is their envelope, which no writer means, nor is its part reported by
    publication. The store looks each up; the rules support the figure when one matches and
    contradict it only when every one checked disagrees. A year begun after publication is
    none the writer could report; one running past it is also read over the days reported by
    then, as "this month" is (``_to_date``)."""
    listed = next((v for k, v in d["extra"] if k == "period_readings"), None)
    if not listed or str(listed[0][0]).startswith(_WEEKDAY_READ):
        return []
    cum = bool(d.get("cumulative"))
    how = basis.get("scope" if cum else "period", "none")
    out = []
    for label, a, b in listed:
        if a >= D or str(label).startswith("both calendar years"):
            # (the two calendar years pooled are a rate's or a yearly average's reading, not
            # a sum of the reports: no total runs 24 months)
            continue
        start, _, kinds = str(label).partition(": ")
        name = f"{a.year} ({kinds})" if b.year == a.year else \
            f"{a.year}-{b.year % 100:02d} {start} ({kinds})"   # (a calendar year reading)
        ends = [(b, how)] + ([(e, f"the part of {name} reported by publication "
                               f"({D.isoformat()})") for e in (D - _DAY, D)]
                             if b >= D and not cum else [])
        for e, why in ends:
            r = _reading(a, e, cum, why)
            out.append((f"{name}: {r[0]}", *r[1:]))
    return out


# (a present-tense month or day of a month: a year from the other)
# (and the reports named for whole months: the months' reports or their losses; dates45: a
# compact fiscal label's years, extract.fiscal_label_readings)
_WEEKDAY_READ = ("weekday:", "month:", "date:", "reports:", "feast:", "fiscal:")


def _weekday_readings(d: dict[str, Any], basis: dict[str, str], D: date, got: list[Reading]
                      ) -> list[Reading]:
    """A present-tense weekday's other day (context's ``weekday:`` period readings: "Russia
    loses 1,200 troops on Saturday" may be the last Saturday or the coming one) beside the
    figure's own, when a report could give it by publication: the readings to add to
    ``got`` (the figure's own first when ``got`` has none)."""
    listed = next((v for k, v in d["extra"] if k == "period_readings"), None)
    if not listed or not str(listed[0][0]).startswith(_WEEKDAY_READ):
        return []
    cum = bool(d.get("cumulative"))
    how = basis.get("scope" if cum else "period", "none")
    out: list[Reading] = []
    for label, a, b in listed:
        r = _reading(a, b, cum, how)
        out.append((f"{str(label).partition(': ')[2]}: {r[0]}", *r[1:]))
    if not any(a < D for _, a, _ in listed[1:]):
        return []
    have = {_rkey(r) for r in got}
    return [r for k, r in enumerate(out) if _rkey(r) not in have and (k or not got) and
            date.fromisoformat(r[1]) < D]


# a period named only as one already given: "The month's daily reports also counted 9,496
# drones", "the week's tally" (the clause before the figure, lower case)
_PERIOD_ANAPHOR = re.compile(r"\bthe\s+(week|month|quarter|year)['’]s\b")
# the days a span of each such period may have
_ANAPHOR_DAYS = {"week": (7, 7), "month": (28, 31), "quarter": (89, 92), "year": (365, 366)}
# "... over those four months", "in these two weeks" right after a figure and its noun
_THOSE_UNITS_AFTER = re.compile(
    r"(?:[ \u00a0]+[a-z'’-]+){0,3}?[ \u00a0]+(?:over|in|during|across|for)[ \u00a0]+"
    r"(?:those|these|the[ \u00a0]+same)[ \u00a0]+(?P<n>\d{1,2}|[a-z]+)[ \u00a0]+"
    r"(?P<u>week|month|quarter|year)s?\b")
_SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _anaphor_readings(ctx: Any, d: dict[str, Any], basis: dict[str, str], got: list[Reading],
                      spans: Any) -> list[Reading]:
    """A figure dated only by "the month's" (or week's, quarter's, year's) is of a span of
    that length the paragraph wrote before it: each such span is a reading ("Russia lost
    31,030 soldiers in November, ... fewer than the 31,270 it reported for October. The
    month's daily reports also counted 9,496 drones": November's sum or October's, not the
    running total its size alone suggests, which stays a reading beside them)."""
    if not spans:
        return []
    lo = ctx.low.rfind(",", d["sentence"][0], d["start"]) + 1 or d["sentence"][0]
    m = _PERIOD_ANAPHOR.search(ctx.low, max(lo, d["sentence"][0]), d["start"])
    if m is None:
        return []
    least, most = _ANAPHOR_DAYS[m.group(1)]
    have = {_rkey(r) for r in got}
    out = []
    for r in spans:
        days = (date.fromisoformat(r[2]) - date.fromisoformat(r[1])).days + 1
        if least <= days <= most and _rkey(r) not in have:
            have.add(_rkey(r))
            out.append(r)
    p = d.get("period")
    if out and not got and p is not None:
        # (its own reading stands beside them)
        cum = bool(d.get("cumulative"))
        out.insert(0, _reading(p[0], p[1], cum, basis.get("scope" if cum else "period",
                                                             "none")))
    return out


def _spans_of(d: dict[str, Any], p: tuple[date, date]) -> list[tuple[date, date]]:
    """The spans a written period gives the paragraph's later figures: its own, or both
    months a change's new value may be of ("fell to 36,570 from 48,240 in January")."""
    listed = next((v for k, v in d["extra"] if k == "period_readings"), None)
    if listed and "earlier value" in str(listed[0][0]):
        return [(a, b) for _, a, b in listed]
    return [p]


def _in_its_war(lex: Any, m: str, got: list[Reading]) -> list[Reading]:
    """A day before the war a measure counts began is no reading of its losses (the
    invasion's date carried to a list: "since the invasion on 24 February last year ...
    Russia has also lost 3,616 tanks, 306 aircraft"), when another reading stands."""
    scope = lex.scope_start(m)
    if scope is None or len(got) < 2:
        return got
    inside = [r for r in got if date.fromisoformat(r[2]) >= scope]
    return inside or got


_NOW = re.compile(r"\b(?:now|currently|so\s+far|to\s+date|as\s+of|thus\s+far|this\s+morning|"
                  r"today)\b")


def _beyond_span(lex: Any, m: str, d: dict[str, Any], span: Reading) -> bool:
    """Whether the figure is more than the span's days could bring (measures.yaml
    ``daily_max``): "rose by 1,310 overnight, from 1,413,510" carries the night to the change,
    never to the level it started from."""
    top = lex.daily_max(m)
    if top is None or span[3] or d.get("value") is None:
        return False
    days = (date.fromisoformat(span[2]) - date.fromisoformat(span[1])).days + 1
    return float(d["value"]) > top * max(1, days)


def _story_period(ctx: Any, d: dict[str, Any], basis: dict[str, str], D: date,
                  story: tuple[date, str] | None, got: list[Reading]) -> list[Reading]:
    """"Russia lost 533 artillery systems last month. In total, Moscow has reportedly lost
    359,230 troops" in a January piece about December: a running total the words give as
    current, after a figure of a span that ended before publication (the period the story is
    about), may be the total at that span's end, carried with the story from its earlier
    paragraphs. Beside its own reading, never instead of it: [] when there is no such span,
    or the figure's sentence dates it itself."""
    p = d.get("period")
    if story is None or not d.get("cumulative") or p is None or p[1] != D or \
            story[0] >= D - _DAY or basis.get("scope", "").startswith("pair") or \
            ctx.names_own_span(*d["sentence"]) or _day_named(d) or \
            _NOW.search(ctx.low, d["sentence"][0], d["start"]) is not None:
        # (a total another figure brings, or one the words date to now: "the total now
        # stands at", "so far", "to date", or to a day they name: "raised its count of
        # aircraft by 41 to 413 on Tuesday")
        return []
    own = [] if got else [_reading(p[0], p[1], True, basis.get("scope", "none"))]
    return own + [_reading(p[0], story[0], True, "carried from the story: the period of "
                           f"\"{story[1]}\"")]


def _day_named(d: dict[str, Any]) -> bool:
    """Whether the figure's sentence names its day ("on Tuesday": context's ``day_named``)."""
    return any(k == "day_named" and v for k, v in d.get("extra") or ())


# the first days of a month, when copy written at the month's (or year's) turn may still give
# the total at the month's end as current ("In total, Moscow has lost 789,550 troops",
# published on 3 January beside a review of the year)
_TURN_DAYS = 3


def _month_turn(D: date) -> tuple[date, str] | None:
    """For a story published in a month's first days with no span of its own: the last day of
    the month before, as the story period a current running total may be carried from
    (``_story_period``: a second reading beside the latest report, never instead of it)."""
    if D.day > _TURN_DAYS:
        return None
    end = D.replace(day=1) - _DAY
    return end, f"the month's turn: the end of {end.strftime('%B %Y')}"


# characters before a figure where the noun of troops trained or deployed may stand (a bound:
# the whole sentence before each figure was quadratic in a sentence of many figures)
NOUN_BEFORE = 240


# an earlier record said as the highest "before that" ("Before that, the highest figure was
# 179, on March 15, 2022")
_BEFORE_THAT_HIGH = re.compile(r"\bbefore[ \u00a0]+(?:that|then)\b[^.;]{0,30}?\b(?:highest|"
                               r"largest|biggest|most|record)\b")
# a daily average's words right after the figure ("1,271 a day", "778 per day")
_A_DAY_AFTER = re.compile(r"[ \u00a0]+(?:a|per|each)[ \u00a0]+day\b")


def _previous_highs(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any],
                    voc: _Vocab) -> None:
    """"November was Russia's costliest month, with an average of 932 ... a day. The previous
    high was 778 a day in March": a figure its sentence names only as an earlier record
    (readings.yaml ``previous_record``), with no count of its own, is of the count of the
    record before it in its paragraph (its measure, a daily average when both are, and its
    side); its own words date it."""
    lex, low = ctx.lex, ctx.low
    if "previous" not in low and "prior" not in low and "earlier" not in low and \
            "former" not in low and "before" not in low:
        return
    for i, d in enumerate(drafts):
        if i == 0 or d.get("unit") or d.get("value") is None or d.get("cumulative") or \
                lex.daily_reports((d.get("measure") or "").removesuffix("_per_day")):
            continue
        ss = d["sentence"][0]
        if voc.previous_record.search(low, ss, d["start"]) is None and \
                _BEFORE_THAT_HIGH.search(low, ss, d["start"]) is None:
            continue
        prev = next((drafts[k] for k in range(i - 1, -1, -1) if drafts[k].get("subject") and
                     lex.daily_reports((drafts[k].get("measure") or "").removesuffix("_per_day"))),
                    None)
        if prev is None or ctx.paragraph(prev["start"]) != ctx.paragraph(d["start"]):
            continue
        rate = prev["measure"].endswith("_per_day")
        if rate != (_A_DAY_AFTER.match(low, d["end"]) is not None):
            continue
        d["measure"], d["subject"] = prev["measure"], prev["subject"]
        words = ctx.text[prev["start"]:prev["end"]]
        _set(bases, i, "measure", f"carried within the paragraph: the record before, \"{words}\"")
        _set(bases, i, "subject", f"carried within the paragraph: the side of \"{words}\"")


_ON_DAY_AFTER = re.compile(r"[ \u00a0]+on[ \u00a0]+")


# between a record's words and a figure: the day the record is counted from and the clause that
# gives that day's figure ("its highest daily figure since the report of March 29, which gave
# 1,740"; "the most since April 1, when Kyiv reported 1,540"); lower case, the date in between
_SINCE_DAY_GAVE = re.compile(
    r"[^.;:\d]{0,40}?\bsince[ \u00a0]+(?:the[ \u00a0]+(?:report|update|bulletin|figure)[ \u00a0]+"
    r"(?:of|on)[ \u00a0]+)?[^.;:]{3,30}?,?[ \u00a0]+(?:which|when)[ \u00a0]+(?:[a-z'’.-]+[ \u00a0]+)"
    r"{0,4}?(?:gave|reported|recorded|reached|hit|counted|logged)[ \u00a0]+(?:(?:about|around|"
    r"some|nearly|almost|more[ \u00a0]+than|over)[ \u00a0]+)?$")


def _record_from_days(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab
                      ) -> None:
    """"Ukraine's General Staff reported 1,540 Russian casualties on Tuesday, its highest daily
    figure since the report of March 29, which gave 1,740": the figure of the clause after the
    day a record is counted from is that day's figure, dated by the day written there, never
    the record (``_records`` passes it over: ``_RECORD_FROM_DAY``) (readings54)."""
    low = ctx.low
    for i, d in enumerate(drafts):
        if d.get("unit") or d.get("cumulative") or d.get("value") is None or \
                not ctx.lex.daily_reports(d.get("measure")) or \
                d["measure"].endswith("_per_day"):
            continue
        rec = ctx.in_sentence(voc.record, d["sentence"])
        if rec is None or rec.end() > d["start"]:
            continue
        m = _SINCE_DAY_GAVE.match(low, rec.end(), d["start"])
        if m is None or m.end() != d["start"]:
            continue
        day = next((dm for dm in ctx.m.dates if rec.end() <= dm.start and dm.end <= d["start"]
                    and dm.start_date is not None and dm.start_date == dm.end_date), None)
        if day is None:
            continue
        d["period"] = (day.start_date, day.start_date)
        d["extra"].append((_RECORD_FROM_DAY, day.start_date.isoformat()))
        _set(bases, i, "period", "written: the day the record is counted from, "
             f"\"{ctx.text[day.start:day.end]}\"")


_RECORD_FROM_DAY = "record_from_day"


def _ranked_days(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab
                 ) -> None:
    """"Three of the ten worst days came in September, among them 1,560 on Sept. 22": a figure
    of no measure of its own words (or the days' unit its sentence gave it), dated to one day
    by "on <date>" after the ranked days of its sentence (readings.yaml ``ranked_days``), is
    the loss count of that day: the measure and side of a count of people lost earlier in its
    paragraph, else of people lost when the sentence names its side ("for Russian troops")."""
    lex, low = ctx.lex, ctx.low
    if "days" not in low:
        return
    people = [m for m in lex.phrase_measure.get(voc.people_of, []) if lex.daily_reports(m)]
    for i, d in enumerate(drafts):
        m, p = d.get("measure"), d.get("period")
        if not people or d.get("unit") or d.get("value") is None or p is None or \
                p[0] != p[1] or (m is not None and m not in _TIME_UNITS) or \
                bases[i] is None or bases[i].get("measure", "none") != "none" or \
                not _ON_DAY_AFTER.match(low, d["end"]):
            continue
        ranked = voc.ranked_days.search(low, d["sentence"][0], d["start"])
        if ranked is None:
            continue
        prev = next((drafts[k] for k in range(i - 1, -1, -1)
                     if drafts[k].get("measure") in people and drafts[k].get("subject") and
                     ctx.paragraph(drafts[k]["start"]) == ctx.paragraph(d["start"])), None)
        words = ctx.text[ranked.start():ranked.end()].split(" days")[0] + " days"
        if prev is not None and (d.get("subject") in (None, prev["subject"]) or
                                 not bases[i].get("subject", "none").startswith("written")):
            d["measure"], d["subject"] = prev["measure"], prev["subject"]
            _set(bases, i, "measure", f"carried within the paragraph: a day of the \"{words}\" "
                 f"after \"{ctx.text[prev['start']:prev['end']]}\"")
        elif d.get("subject") and d["subject"] == voc.default_subject.get(lex.domain(people[0])):
            d["measure"] = people[0]
            _set(bases, i, "measure", f"written: a day of the \"{words}\" of a side's troops")


# the verbs by which a record tops the one before it ("a record 1,140, topping the 1,030
# reported on Tuesday"): the relations' direction words
_TOPS = frozenset(("topping", "tops", "topped", "surpassing", "surpasses", "surpassed",
                   "exceeding", "exceeds", "exceeded", "beating", "beats", "beat", "eclipsing",
                   "eclipses", "eclipsed", "overtaking", "overtakes", "overtook"))


def _topped_records(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"The daily toll reached a record 1,140 on Saturday, topping the 1,030 reported on
    Tuesday": the figure a day's count tops, with no measure of its own words, is the same
    count of another day (its measure and side; its own words date it)."""
    lex = ctx.lex
    for i, d in enumerate(drafts):
        if i == 0 or d.get("role") != "compared" or d.get("measure") is not None or \
                d.get("unit") or d.get("value") is None or d.get("period") is None:
            continue
        how = next((v for k, v in d["extra"] if k == "direction"), None)
        if not isinstance(how, dict) or str(how.get("words", "")).lower() not in _TOPS:
            continue
        prev = drafts[i - 1]
        p = prev.get("period")
        if prev["sentence"] != d["sentence"] or not lex.daily_reports(prev.get("measure")) or \
                prev.get("cumulative") or not prev.get("subject") or p is None or p[0] != p[1]:
            continue
        d["measure"], d["subject"] = prev["measure"], prev["subject"]
        words = ctx.text[prev["start"]:prev["end"]]
        _set(bases, i, "measure", f"carried within the sentence: the count \"{words}\" tops")
        # (the side as firmly as the count it tops has it: a document default stays one)
        _set(bases, i, "subject", (bases[i - 1] or {}).get("subject", "none"))


# an absolute clause that names a period and gives its figure after it, no noun of its own:
# "..., the heaviest month being December with 48,670", "the worst week being the last, at N"
_BEING_WITH = re.compile(
    r"(?i)\b(?:month|week|day|quarter|year)[ \u00a0]+being[ \u00a0]+[^,;:.()\d]{2,40}?,?"
    r"[ \u00a0]+(?:with|at)[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|over|"
    r"just[ \u00a0]+over|more[ \u00a0]+than|a[ \u00a0]+record)[ \u00a0]+)?$")


def _absolute_clause_counts(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"Russia lost some 430,000 soldiers in 2024, the heaviest month being December with
    48,670": a figure with no noun of its own that closes an absolute clause naming its period
    counts the sentence's loss noun, the count (measure and side) of the figure before it in
    its sentence; the clause's own words date it (December of that year)."""
    lex = ctx.lex
    for i, d in enumerate(drafts):
        if d.get("measure") is not None or d.get("unit") or d.get("value") is None or \
                d.get("period") is None or d.get("cumulative"):
            continue
        ss = d["sentence"][0]
        if _BEING_WITH.search(ctx.text, max(ss, d["start"] - 80), d["start"]) is None:
            continue
        k = next((k for k in range(i - 1, -1, -1)
                  if drafts[k]["sentence"] == d["sentence"] and
                  lex.daily_reports(drafts[k].get("measure")) and drafts[k].get("subject")),
                 None)
        if k is None:
            continue
        prev = drafts[k]
        d["measure"], d["subject"] = prev["measure"], prev["subject"]
        words = ctx.text[prev["start"]:prev["end"]]
        _set(bases, i, "measure", f"carried within the sentence: the count of \"{words}\", "
             "whose period the absolute clause before the figure names")
        # (the side as firmly as the count it is carried from has it)
        _set(bases, i, "subject", (bases[k] or {}).get("subject", "none"))


# a window of one month that names no month ("in a single month", "in one month of fighting")
_ONE_MONTH = re.compile(r"(?i)\b(?:in|over|during|within)[ \u00a0]+(?:a[ \u00a0]+single|one|"
                        r"a)[ \u00a0]+month\b")
# the next sentence naming the month the figures are of: "The figures were recorded in
# December", "These losses were registered in November 2024", "The losses came in December",
# "All of them occurred in May", "They were all in December" (not "most of them": a window
# that only mostly falls in the month is no calendar month)
_RECORDED_IN = re.compile(
    r"(?i)\W*(?:(?:the|these|those|all[ \u00a0]+(?:the|these))[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:figures|losses|numbers|data|casualties|totals?|counts?)|all[ \u00a0]+of[ \u00a0]+"
    r"(?:them|these|those)|they)[ \u00a0]+(?:(?:were|was)[ \u00a0]+(?:all[ \u00a0]+)?"
    r"(?:(?:recorded|registered|reported|tallied|counted|logged|suffered|sustained|incurred)"
    r"[ \u00a0]+)?|(?:all[ \u00a0]+)?(?:came|occurred|fell|happened|took[ \u00a0]+place)"
    r"[ \u00a0]+)(?:in|during)[ \u00a0]+$")
# ... or opening on the month: "December accounted for all of those losses", "May accounted
# for them" (matched right after the month; "accounted for most of them" is not all of them)
_MONTH_ACCOUNTED = re.compile(
    r"(?i)[ \u00a0]+(?:alone[ \u00a0]+)?accounted[ \u00a0]+for[ \u00a0]+(?:all[ \u00a0]+"
    r"(?:of[ \u00a0]+)?)?(?:them|(?:these|those|the)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:figures|losses|casualties)|these|those)\b")


def _month_recorded_after(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"Russia lost 48,670 troops and 609 artillery systems in a single month ... The losses
    were recorded in December" ("came in", "occurred in", "December accounted for all of
    those losses"): the figures of a one-month window that names no month take the month the
    next sentence of their paragraph says they were recorded in (its opening words: those
    figures, their verb of recording; or the month and "accounted for" them); figures with a
    period of their own, or whose sentence names no such window, are left alone."""
    lex = ctx.lex
    months: dict[tuple[int, int], Any] = {}     # a sentence's month, read once a sentence
    for i, d in enumerate(drafts):
        if d.get("period") is not None or d.get("value") is None or d.get("cumulative") or \
                not lex.daily_reports(d.get("measure")):
            continue
        if d["sentence"] not in months:
            months[d["sentence"]] = _month_recorded_next(ctx, *d["sentence"])
        got = months[d["sentence"]]
        if got is None:
            continue
        dm, ns = got
        d["period"] = (dm.start_date, dm.end_date)
        _set(bases, i, "period", f"carried from the next sentence: \"{ctx.text[ns:dm.end].strip()}\"")


def _month_recorded_next(ctx: Any, ss: int, se: int) -> tuple[Any, int] | None:
    """(the month, where its sentence opens) that the sentence after ``ss``-``se`` says the
    figures of its one-month window were recorded in (``_month_recorded_after``), or None."""
    if _ONE_MONTH.search(ctx.text, ss, se) is None:
        return None
    si, ns, ne = ctx.sentence(se + 1)
    if ns < se or ctx.paragraph(ns) != ctx.paragraph(ss):
        return None
    dm = next((dm for dm in ctx.m.dates if ns <= dm.start < ne and
               dm.granularity == "month" and dm.end_date is not None and
               (_RECORDED_IN.fullmatch(ctx.text, ns, dm.start + (
                   3 if ctx.text.startswith("in ", dm.start) else 7
                   if ctx.text.startswith("during ", dm.start) else 0)) or
                (not ctx.text[ns:dm.start].strip() and
                 _MONTH_ACCOUNTED.match(ctx.text, dm.end, ne) is not None))), None)
    if dm is None or dm.start_date is None or dm.end_date <= dm.start_date:
        return None
    return dm, ns


def _sums_of_kinds(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"Russia lost 194 vehicles and 64 artillery systems in one day ...: 124 trucks and fuel
    tanks, 51 armored fighting vehicles and 19 tanks": a figure that the figures listed after a
    colon of its sentence add up to, when they count two fields or more, is the writer's sum
    of kinds, none of the report's fields (no measure: not checkable)."""
    low, lex = ctx.low, ctx.lex
    if ":" not in low:
        return
    for i, d in enumerate(drafts):
        if d.get("unit") or not d.get("value") or not lex.daily_reports(d.get("measure")):
            continue
        ss, se = d["sentence"]
        colon = low.find(":", d["end"], se)
        if colon < 0:
            continue
        total, kinds = 0.0, set()
        for k in range(i + 1, len(drafts)):
            e = drafts[k]
            if e["sentence"] != d["sentence"]:
                break
            if e["start"] < colon:
                continue
            if e.get("unit") or e.get("value") is None or not lex.daily_reports(e.get("measure")):
                break
            total += float(e["value"])
            kinds.add(e["measure"])
            if total >= float(d["value"]):
                break
        if total == float(d["value"]) and len(kinds) > 1:
            d["measure"] = None
            _set(bases, i, "measure", "none: the sum of the fields listed after it")


def _unnamed_counts(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab
                    ) -> None:
    """The counts of figures with no noun of their own that their sentence decides before any
    is carried from an earlier figure: a compared value's (its sentence's, or the sentence's
    before it points back to) and a counting body's toll."""
    _compared_in_sentence(ctx, drafts, bases)
    _compared_bare(ctx, drafts, bases)
    _body_tolls(ctx, drafts, bases, voc)
    _day_figure_records(ctx, drafts, bases, voc)
    _report_sums(ctx, drafts, bases, voc)
    _compared_back(ctx, drafts, bases, voc)


def _carried(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab) -> None:
    """Counts carried from earlier figures (``_carried_measures``), generic names that may be
    of two counts (``_generic_counts``), then the report a compared value is of."""
    _carried_measures(ctx, drafts, bases, voc)
    _generic_counts(ctx, drafts, bases)
    _compared_day_before(ctx, drafts, bases, voc)


def _compared_in_sentence(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"Russia had lost 860 troops over the previous day, up from 750 the day before": a
    compared value with no noun of its own that the relations gave the measure of the figure
    it is compared with in its sentence took that measure from the figure's words: its
    measure (and a side it names none of) is carried within the sentence, not undecided
    (also after "fewer than the": ``_than_the_one_before``)."""
    for i, d in enumerate(drafts):
        basis = bases[i]
        if basis is None or not d.get("measure") or basis.get("measure") != "none":
            continue
        to = next((v.get("to") for k, v in d["extra"] if k == "direction" and
                   isinstance(v, dict)), None) if d.get("role") == "compared" else None
        if to is None:
            to = _than_the_one_before(ctx, drafts, i)
        if not isinstance(to, int) or not 0 <= to < len(drafts) or to == i:
            continue
        src = drafts[to]
        if src["sentence"] != d["sentence"] or src.get("measure") != d["measure"] or \
                (bases[to] or {}).get("measure") != "written":
            continue
        how = f"carried within the sentence: the figure it is compared with, " \
              f"\"{ctx.text[src['start']:src['end']]}\""
        _set(bases, i, "measure", how)
        if basis.get("subject", "none") == "none" and d.get("subject") and \
                d["subject"] == src.get("subject"):
            _set(bases, i, "subject", how)


# a comparison with a level of another period right before a bare figure: "well below the
# 41,980 of October 2024", "short of the", "above its"
# (and a multiple's base, "more than five times the 14,474 it lost in 2024", or a level a
# month's or year's possessive dates, "24% fewer than October's 93": readings59)
_BELOW_THE = re.compile(r"\b(?:below|above|under|beneath|short[ \u00a0]+of|behind|ahead[ \u00a0]+of|"
                        r"(?:more|fewer|less|higher|lower|greater|smaller)[ \u00a0]+than|"
                        r"twice|half|double|triple|(?:[a-z]+|\d+(?:\.\d+)?)[ \u00a0-]times)"
                        r"[ \u00a0]+(?:the|its|their|(?:january|february|march|april|may|june|july|"
                        r"august|september|october|november|december|(?:19|20)\d\d)['’]s)"
                        r"[ \u00a0]+(?:(?:about|around|some|nearly|almost)[ \u00a0]+)?$")


def _compared_bare(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"In October Russia lost 31,250 troops ..., up from 28,490 in September but well below
    the 41,980 of October 2024": a dated figure with no noun of its own and no count the
    relations gave it, set against the count of its sentence by "below the", "more than the",
    is a level of that count (its measure and side) for the period its own words date: the
    nearest earlier figure of the sentence whose count is written or carried within it
    (readings54)."""
    lex = ctx.lex
    for i, d in enumerate(drafts):
        if d.get("measure") is not None or d.get("unit") or d.get("period") is None or \
                d.get("cumulative") or d.get("value") is None or \
                _BELOW_THE.search(ctx.low, max(d["sentence"][0], d["start"] - 40),
                                  d["start"]) is None or _own_noun(ctx, d["end"]):
            continue
        for j in range(i - 1, -1, -1):
            src = drafts[j]
            if src["sentence"] != d["sentence"]:
                break
            how = (bases[j] or {}).get("measure", "none")
            if src.get("unit") or src.get("cumulative") or \
                    not lex.daily_reports(src.get("measure")) or \
                    src["measure"].endswith("_per_day") or \
                    not (how == "written" or how.startswith("carried within the sentence")):
                continue
            d["measure"] = src["measure"]
            words = ctx.text[src["start"]:src["end"]]
            why = f"carried within the sentence: the count it is set against, \"{words}\""
            _set(bases, i, "measure", why)
            if src.get("subject") and not d.get("subject"):
                d["subject"] = src["subject"]
                _set(bases, i, "subject", why)
            break


def _than_the_one_before(ctx: Any, drafts: list[dict[str, Any]], i: int) -> int | None:
    """"Russia lost 31,030 soldiers in November, ..., a little fewer than the 31,720 it reported
    for October": the figure right before a compared value with no noun of its own ("fewer
    than the N") in its sentence, whose count the relations gave it: the only count it can
    be of, carried within the sentence."""
    d = drafts[i]
    ss = d["sentence"][0]
    if i == 0 or drafts[i - 1]["sentence"] != d["sentence"] or \
            _THAN_THE.search(ctx.low, max(ss, d["start"] - 40), d["start"]) is None and \
            _COMPARED_WITH.search(ctx.low, max(ss, d["start"] - 40), d["start"]) is None or \
            not ctx.lex.daily_reports(d.get("measure")) or d.get("unit"):
        return None
    return i - 1


# a comparison right before a figure ("a little fewer than the 31,720", "more than its"; and
# "compared with 1,020 the previous day", "up from 750": ``_COMPARED_WITH``)
_THAN_THE = re.compile(r"\b(?:more|fewer|less|higher|lower|greater|smaller)[ \u00a0]+than[ \u00a0]+"
                       r"(?:the|its|their)[ \u00a0]+(?:(?:about|around|some|nearly|almost)"
                       r"[ \u00a0]+)?$")
_COMPARED_WITH = re.compile(r"\b(?:compared[ \u00a0]+(?:with|to)|against|versus|(?:up|down)"
                            r"[ \u00a0]+from)[ \u00a0]+$")


# a toll named right before a figure, or as the subject of its clause ("The toll of 2,030
# beat ...", "the day's toll was 1,950"), with no noun of what it counts
_TOLL_BEFORE = re.compile(r"\b(?:the|its|kyiv['’]s|ukraine['’]s)[ \u00a0]+(?:daily[ \u00a0]+|"
                          r"day['’]s[ \u00a0]+|latest[ \u00a0]+|new[ \u00a0]+)?toll[ \u00a0]+"
                          r"(?:of|was|is|stood[ \u00a0]+at|reached|hit|came[ \u00a0]+to)[ \u00a0]+"
                          r"(?:(?:about|around|some|nearly|almost|more[ \u00a0]+than|over|a[ \u00a0]+"
                          r"record)[ \u00a0]+)?$")
# ... and a day's figure a record names ("The highest daily figure this year remains 1,170,
# Kyiv says"): the day's figure of the body's report, with no noun of what it counts
_DAY_FIGURE_BEFORE = re.compile(
    r"\b(?:the|its|kyiv['’]s|ukraine['’]s)[ \u00a0]+(?:highest|lowest|largest|smallest|"
    r"biggest|heaviest)[ \u00a0]+(?:daily|single-day|one-day)[ \u00a0]+(?:figure|count|tally|"
    r"number)(?:[ \u00a0]+(?:this|of[ \u00a0]+the|so[ \u00a0]+far[ \u00a0]+this)[ \u00a0]+"
    r"(?:year|month|week|war))?[ \u00a0]+(?:was|is|remains|remained|stood[ \u00a0]+at|"
    r"came[ \u00a0]+to)[ \u00a0]+(?:(?:about|around|some|nearly|almost|more[ \u00a0]+than|"
    r"over)[ \u00a0]+)?$")


def _body_tolls(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab
                ) -> None:
    """"The toll of 2,030 beat the previous daily record of 1,590, the General Staff said": a
    toll with no noun of what it counts, credited to a body whose reports count one side's
    losses (readings.yaml ``bare_body_of``), is that body's count of people lost, of that
    side; a toll credited to anyone else (a governor's count of the dead of a strike) is
    left alone."""
    lex, low = ctx.lex, ctx.low
    if "toll" not in low:
        return
    people = [m for m in lex.phrase_measure.get(voc.people_of, []) if lex.daily_reports(m)]
    sides = {body: side for side, body in voc.bare_body_of.items()}
    for i, d in enumerate(drafts):
        side = sides.get(d.get("source") or "")
        if not people or side is None or d.get("measure") is not None or d.get("unit") or \
                d.get("value") is None or bases[i] is None or \
                _TOLL_BEFORE.search(low, max(d["sentence"][0], d["start"] - 40),
                                    d["start"]) is None:
            continue
        d["measure"], d["subject"] = people[0], side
        how = f"written: a toll its source ({d['source']}) gives"
        _set(bases, i, "measure", how)
        _set(bases, i, "subject", how)


def _day_figure_records(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any],
                        voc: _Vocab) -> None:
    """"The highest daily figure this year remains 1,170, reported on March 18, Kyiv says": a
    record of the day's figure with no noun of what it counts is the count of people its
    source's daily reports lead with, of the side they count: written when the source is a
    counting body (``bare_body_of``), a document default when it is a side named by its
    capital or country (readings.yaml ``side_speakers``: "Kyiv says" may be the city's)."""
    lex, low = ctx.lex, ctx.low
    if "daily" not in low and "single-day" not in low and "one-day" not in low:
        return
    people = [m for m in lex.phrase_measure.get(voc.people_of, []) if lex.daily_reports(m)]
    bodies = {body: side for side, body in voc.bare_body_of.items()}
    for i, d in enumerate(drafts):
        src = d.get("source") or ""
        side = bodies.get(src) or voc.side_speakers.get(src.lower())
        if not people or side is None or d.get("measure") is not None or d.get("unit") or \
                d.get("value") is None or bases[i] is None or \
                _DAY_FIGURE_BEFORE.search(low, max(d["sentence"][0], d["start"] - 80),
                                          d["start"]) is None:
            continue
        d["measure"], d["subject"] = people[0], side
        how = (f"written: a record of the day's figure its source ({src}) gives" if src in
               bodies else f"document default: a record of the day's figure {src} gives")
        _set(bases, i, "measure", how)
        _set(bases, i, "subject", how)


def _report_sums(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab
                 ) -> None:
    """"Kyiv's daily reports add up to 22,040 for December so far": a sum of the daily reports
    that names no count of its own counts what the reports lead with (readings.yaml
    ``report_sum``, ``people_losses.measure_of``), a document default: the reports give other
    fields too, so a mismatch is at most a warning."""
    lex, low = ctx.lex, ctx.low
    if "report" not in low and "bulletin" not in low and "update" not in low:
        return
    people = [m for m in lex.phrase_measure.get(voc.people_of, []) if lex.daily_reports(m)]
    for i, d in enumerate(drafts):
        if not people or d.get("measure") is not None or d.get("unit") or \
                d.get("value") is None or bases[i] is None or _own_noun(ctx, d["end"]):
            continue
        m = voc.report_sum.search(low, max(d["sentence"][0], d["start"] - 160), d["start"])
        if m is None:
            continue
        d["measure"] = people[0]
        said = ' '.join(m.group(0).split())
        par = ctx.paragraph(d["start"])
        before = [o for o in drafts[:i] if o.get("measure") is not None and
                  ctx.paragraph(o["start"]) == par]
        if before and all(o["measure"] == people[0] for o in before):
            # "Ukraine's General Staff put Russian losses over the past day at 1,160 on
            # Monday. Its reports for Saturday and Sunday add up to 1,860": the paragraph
            # counts that measure alone, so the sum is of it
            src = before[-1]
            _set(bases, i, "measure", "carried within the paragraph: the count of "
                 f"\"{ctx.text[src['start']:src['end']]}\" (\"{said}\")")
            continue
        _set(bases, i, "measure", f"document default: the lead figure of the daily reports "
             f"(\"{said}\")")


# the direction words of a compared value's sentence (readings.yaml ``compared_back``)
_BACK_UP = re.compile(r"\b(?:up|higher|more|increase|rise|jump)\b")
_BACK_DOWN = re.compile(r"\b(?:down|lower|fewer|drop|fall|decline)\b")


def _compared_back(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab
                   ) -> None:
    """"Russian forces lost 840 personnel, along with 43 artillery systems and 261 drones.
    That was up from 780 the day before": a compared value with no count of its own in a
    sentence that opens by pointing back (readings.yaml ``compared_back``) is of the figure of
    the sentence before it can be compared with: its direction fits ("up from 780" is below
    it) and a day's figure stays within what a day brings. One such figure gives the value its
    measure and side; figures of several counts leave it open (no reading of one of them)."""
    lex, low = ctx.lex, ctx.low
    for i, d in enumerate(drafts):
        if i == 0 or d.get("role") != "compared" or d.get("unit") or d.get("value") is None or \
                bases[i] is None or lex.daily_reports(d.get("measure")) or \
                voc.compared_back.fullmatch(low, d["sentence"][0], d["start"]) is None or \
                _dated_up_from(ctx, drafts, d, i):
            continue
        words = low[d["sentence"][0]:d["start"]]
        up = True if _BACK_UP.search(words) else False if _BACK_DOWN.search(words) else None
        si, par = ctx.sentence(d["start"])[0], ctx.paragraph(d["start"])
        fits = []
        for k in range(i - 1, -1, -1):     # (back through the sentence before only)
            sk = ctx.sentence(drafts[k]["start"])[0]
            if sk < si - 1:
                break
            if sk == si - 1 and ctx.paragraph(drafts[k]["start"]) == par and \
                    _comparable(lex, drafts[k], d, up):
                fits.append(k)
        kinds = {(drafts[k]["measure"], drafts[k].get("subject")) for k in fits}
        if len(kinds) != 1:
            if len(kinds) > 1:
                _set(bases, i, "measure", "none: it may be compared with the count of " +
                     " or of ".join(sorted({m.replace("_", " ") for m, _ in kinds})))
            continue
        k = fits[0]
        src = drafts[k]
        d["measure"], d["subject"] = src["measure"], src.get("subject")
        how = "carried within the paragraph: the figure it is compared with, " \
              f"\"{ctx.text[src['start']:src['end']]}\""
        _set(bases, i, "measure", how)
        _set(bases, i, "subject", how)
        if src.get("cumulative"):
            # ("Russian losses reached 430,740 ... That is up from 424,060 a week earlier": a
            # running total's earlier value is the total then)
            d["cumulative"] = True
            _set(bases, i, "scope", how)
        if up is not None:
            d["extra"].append(("direction", {"to": k, "up": up}))
        d["_compared_to"] = k


def _dated_up_from(ctx: Any, drafts: list[dict[str, Any]], d: dict[str, Any], i: int) -> bool:
    """Whether compared value ``d`` is a dated earlier level after "up from" that the count
    carried from the one sentence before reads (``_carried_measures``: "Russian losses reached
    430,740 ... That is up from 424,060 a week earlier" is the running total a week earlier)."""
    low, ss = ctx.low, d["sentence"][0]
    return d.get("period") is not None and \
        _UP_FROM.search(low, max(ss, d["start"] - 20), d["start"]) is not None and \
        _one_count_before(ctx.lex, drafts, i - 1)


def _comparable(lex: Any, x: dict[str, Any], d: dict[str, Any], up: bool | None) -> bool:
    """Whether the compared value ``d`` can be an earlier value of the figure ``x``: a
    daily-reported count with a side, on the side of ``d`` that its direction words give,
    and no more than a day brings when ``x`` is a day's figure."""
    m, p = x.get("measure"), x.get("period")
    if not lex.daily_reports(m) or not x.get("subject") or x.get("value") is None or \
            x.get("unit") or x.get("role") not in (None, "item", "portion"):
        return False
    v, w = float(x["value"]), float(d["value"])
    if up is not None and (v <= w if up else v >= w):
        return False
    top = lex.daily_max(m)
    return bool(x.get("cumulative")) or top is None or p is None or p[0] != p[1] or w <= top


def _compared_antecedent(drafts: list[dict[str, Any]], i: int) -> int | None:
    """The figure a compared value is compared with: the one the relations name in its
    sentence, else the one ``_compared_back`` found in the sentence before."""
    d = drafts[i]
    back = d.pop("_compared_to", None)
    if back is not None:
        return int(back)
    to = next((v.get("to") for k, v in d["extra"] if k == "direction" and isinstance(v, dict)),
              None)
    if isinstance(to, int) and 0 <= to < len(drafts) and to != i and \
            drafts[to]["sentence"] == d["sentence"]:
        return to
    return None


def _compared_day_before(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any],
                         voc: _Vocab) -> None:
    """"That was up from 1,210", "The daily figure, 1,030, was up from 870 in the report
    before": a compared value of a daily-reported count that its words give no period of its
    own is that count in the report before the one of the figure it is compared with (a day's
    figure: the day before; a running total: the total to the day before)."""
    lex = ctx.lex
    for i, d in enumerate(drafts):
        k = _compared_antecedent(drafts, i) if d.get("role") == "compared" else None
        if k is None or d.get("period") is not None or \
                not lex.daily_reports(d.get("measure")) or bases[i] is None or \
                d.get("unit") or d.get("value") is None:
            continue
        src = drafts[k]
        p = src.get("period")
        if p is None or src.get("measure") != d["measure"] or \
                not (src.get("cumulative") or p[0] == p[1]):
            continue
        d["period"] = (p[0], p[1] - _DAY) if src.get("cumulative") else \
            (p[0] - _DAY, p[1] - _DAY)
        d["cumulative"] = bool(src.get("cumulative"))
        how = f"carried within the paragraph: the report before the one of " \
              f"\"{ctx.text[src['start']:src['end']]}\""
        _set(bases, i, "period", how)
        if d["cumulative"]:
            _set(bases, i, "scope", how)


# a milestone still ahead of a total ("13,942, only 58 shy of 14,000", "14,156, less than 900
# away from the 15,000 mark"), at the start of the milestone's own words
_MILESTONE_AHEAD = ("shy of ", "short of ", "away from ", "just shy of ", "just short of ")


def _milestones_ahead(ctx: Any, drafts: list[dict[str, Any]]) -> None:
    """"This took the total ... to 13,942, only 58 shy of 14,000": the milestone counts what
    the total before it in its sentence counts, so each measure that total may be of is a
    reading of the milestone too (store: extra.may_mean); it never narrows what the milestone
    itself was read as."""
    for i, d in enumerate(drafts):
        if d.get("measure") is None or not ctx.low.startswith(_MILESTONE_AHEAD, d["start"]):
            continue
        total = next((x for x in reversed(drafts[:i]) if x["sentence"] == d["sentence"]
                      and x.get("cumulative") and x.get("measure") in ctx.lex.measures),
                     None)
        if total is None:
            continue
        also = dict(total["extra"]).get("may_mean") or ()
        other = tuple(m for m in (total["measure"], *also) if m != d["measure"])
        if other:
            d["extra"].append(("may_mean", other))


def _generic_counts(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"... bringing the tally to 13,029. Since the start of May alone the count has risen by
    1,018": a figure whose sentence names its count only by a generic phrase ("the count", "the
    tally", measures.yaml ``generic_before``), with no noun after it, took the measure the
    phrase stands for in the war's stories (personnel) while the sentence before counted
    another field. Either may be meant: its measure is left open (unverified, never judged
    on one of the two)."""
    lex = ctx.lex
    bm = lex.ix.matches["before"] if lex.ix is not None else None
    if bm is None:
        return
    for i, d in enumerate(drafts):
        m = d.get("measure")
        basis = bases[i]
        if i == 0 or not m or d.get("unit") or not lex.daily_reports(m) or \
                basis is None or basis.get("measure") != "written" or \
                any(k == "noun" for k, _ in d["extra"]):
            continue
        ss = d["sentence"][0]
        r = bm.between(ss, d["start"])
        # (drafts come in order: one of the sentence before it is the one right before)
        if not len(r) or any(bm.payloads[k] not in lex.generic_before for k in r) or \
                drafts[i - 1]["sentence"] == d["sentence"]:
            continue
        prev = next((drafts[k] for k in range(i - 1, -1, -1)
                     if lex.daily_reports(drafts[k].get("measure")) and
                     drafts[k].get("subject") == d.get("subject")), None)
        if prev is None or prev["measure"].removesuffix("_per_day") == m or \
                ctx.paragraph(prev["start"]) < ctx.paragraph(d["start"]) - 1:
            # (a count of the paragraph before is a reading too: a reading widens what
            # supports the figure, never what contradicts it)
            continue
        words = ctx.text[bm.starts[r[-1]]:bm.ends[r[-1]]]
        other = prev["measure"].removesuffix("_per_day")
        if m.endswith("_per_day") or prev["measure"].endswith("_per_day") or \
                d.get("role") not in (None, "item"):
            # (a rate, or a change, "Since the start of May alone the count has risen by
            # 1,018", whose days the two counts' reports may bound apart: left open)
            d["measure"] = None
            _set(bases, i, "measure", f"none: \"{words}\" may be of {m} or of the count "
                 f"before it, {prev['measure']}")
            continue
        # "11 more Russian tanks were destroyed over the past day. Kyiv's count stood at
        # 9,249": both are readings; the figure is checked against either count's series
        # and contradicted only when both disagree (store: extra.may_mean)
        d["extra"].append(("may_mean", (other,)))
        _set(bases, i, "measure", f"written: \"{words}\" (of {m.replace('_', ' ')}, or of "
             f"{other.replace('_', ' ')}, the count before it)")


def _measure_words(ctx: Any, d: dict[str, Any], bases: list[Any], i: int, voc: _Vocab
                   ) -> bool:
    """What a figure's own words say it counts, or that it counts none of the report's
    fields: a day count, people in words of losses, troops a verb deploys, a writer's sum of
    kinds, a table line's label (in place); True when nothing is to be carried to it."""
    low, lex = ctx.low, ctx.lex
    if _DAY_LABEL.search(low, max(0, d["start"] - 12), d["start"]) and \
            bases[i] is not None and bases[i].get("measure") == "none":
        # "Friday was day 765 of the war": the war's day count, not a figure of the
        # measure a list before it gave it
        d["measure"] = None
        return True
    if _DAY_LABEL.search(low, max(0, d["start"] - 12), d["start"]) and \
            _DAY_NUMBER_AFTER.match(low, d["end"]) and not d.get("unit") and \
            not _DAY_COUNTED.search(low, max(0, d["start"] - 24), d["start"]):
        # "Russian losses, day 948 of the full-scale war: 650,640 personnel": the war's day
        # count, though the words before name losses (not "on the day 1,000 of them fell")
        d["measure"] = None
        _set(bases, i, "measure", "none: the war's day count (\"day N of ...\"), no count")
        return True
    if (d.get("measure") is None or not lex.daily_reports(d["measure"])) and \
            not d.get("unit") and (voc.people_nouns.match(low, d["end"]) and voc.people_before
                                   .search(low, max(d["sentence"][0], d["start"] - 120),
                                           d["start"]) or _day_record_of_people(ctx, d, voc)
                                   or _record_month_figure(ctx, d, voc)):
        # "combat losses ... amounted to approximately 294,700 people"; "put Wednesday's
        # count at 1,730 Russian troops, the highest daily figure since March 29"
        got = [m for m in lex.phrase_measure.get(voc.people_of, []) if lex.daily_reports(m)]
        if got:
            d["measure"] = got[0]
            _set(bases, i, "measure", "written: a count of people in words of losses")
            _as_of_day(lex, d, bases, i, "written: more than a day brings")
    _body_figure_of_troops(ctx, d, bases, i, voc)
    topic = _topic_measure(ctx, d, voc) if not d.get("unit") else None
    if topic is not None:
        # "As for artillery systems, losses peaked in July, with 1,553": the sentence's topic,
        # never the count of the sentence before ("282 Russian tanks were lost")
        d["measure"] = topic[0]
        _set(bases, i, "measure", f"written: the sentence opens on \"{topic[1]}\"")
        return True
    if _answer_of_question(ctx, d, bases, i, voc):
        return True
    if d.get("measure") is not None and lex.daily_reports(d["measure"]) and \
            voc.forecast.search(low, max(d["sentence"][0], d["start"] - 40), d["start"]):
        # "are bound to exceed 300,000 in the next few days": a forecast, no report's
        d["measure"] = None
        _set(bases, i, "measure", "none: a forecast, not a reported figure")
        return True
    q = (d.get("qualifier") or "").lower()
    if d.get("measure") is not None and lex.daily_reports(d["measure"]) and (
            (not (q and low.startswith(q, d["start"]) and q not in _HEDGES) and
             voc.not_losses.search(low, max(d["sentence"][0], d["start"] - 40), d["start"])) or
            voc.not_losses_after.match(low, d["end"]) or
            voc.not_losses_noun.search(low, max(d["sentence"][0], d["start"] - NOUN_BEFORE),
                                       d["start"])):
        # "Russia has massed 50,000 soldiers in the Kursk region", "the 30,000 new soldiers
        # that are being recruited per month": troops, no losses
        d["measure"] = None
        _set(bases, i, "measure", "none: troops a verb deploys or raises, no losses")
        return True
    mixed = voc.mixed_kinds.match(low, d["end"]) if d.get("measure") is not None and \
        lex.daily_reports(d["measure"]) else None
    if mixed is None and d.get("measure") is not None and lex.daily_reports(d["measure"]) and \
            voc.combined_before.search(low, max(d["sentence"][0], d["start"] - 30), d["start"]):
        # "a combined total of 124 armored combat vehicles, military vehicles and fuel tanks":
        # one figure over the list of kinds after it, the sum of their fields where the
        # measures name that sum (measures.yaml ``sum_of``)
        mixed = voc.combined_list.match(low, d["end"])
        summed = _combined_measure(lex, low, d["end"], d["sentence"][1])
        if summed is not None:
            d["measure"] = summed[0]
            _set(bases, i, "measure", f"written: a combined total of {summed[1]}")
            return True
        kinds = _combined_kinds(lex, low, d["end"], d["sentence"][1])
        if mixed is None and kinds:
            # "a combined total of 10 tanks and armoured combat vehicles" where the measures
            # hold no sum of those kinds: no single field's figure
            d["measure"] = None
            _set(bases, i, "measure", "none: a combined total of " + " and ".join(
                k.replace("_", " ") for k in kinds) + ", whose sum no measure holds")
            return True
    if mixed is not None:
        # "115 vehicles of varying types": the writer's sum of several fields
        d["measure"] = None
        _set(bases, i, "measure", "none: a sum of several kinds (\"" +
             mixed.group(0).strip() + "\")")
        return True
    if d.get("measure") in voc.generic_nouns and not d.get("unit"):
        # "MLRS — 1,095 units": a table line whose noun counts anything takes its label's
        label = _line_label(ctx, d["start"])
        if label is not None:
            d["measure"] = label
            _set(bases, i, "measure", "table label: the line's measure")
    return False


def _generic_named_before(ctx: Any, d: dict[str, Any], bases: list[Any], i: int,
                          voc: _Vocab) -> None:
    """"Russian artillery losses peaked in March: 1,644 systems": a figure whose noun counts
    anything, with no words that carry an earlier count to it, counts what its sentence named
    before it (``_count_named_before``)."""
    if d.get("measure") not in voc.generic_nouns or d.get("unit"):
        return
    named = _count_named_before(ctx, d, voc)
    if named is not None:
        d["measure"] = named[0]
        _set(bases, i, "measure", f"written: \"{named[1]}\" before a noun that counts anything")


def _count_named_before(ctx: Any, d: dict[str, Any], voc: _Vocab) -> tuple[str, str] | None:
    """The daily-reported measure of equipment the nearest naming phrase before a figure of a
    generic noun names in its sentence ("artillery losses ...: 1,644 systems", "tank losses in
    May came to 140 units"), with no other figure between them (a figure between has its own
    count) and no count of people (people are no "units"); else None."""
    lex = ctx.lex
    bm = lex.ix.matches["before"]
    ss = d["sentence"][0]
    r = bm.between(ss, d["start"])
    if not len(r):
        return None
    n = len(r) - 1
    while n > 0 and bm.payloads[r[n]] in lex.generic_before:
        n -= 1      # past a generic phrase ("by Kyiv's count") to a count's own name
    k = r[n]
    phrase = bm.payloads[k]
    if phrase in lex.generic_before or \
            _FIGURE_BETWEEN.search(_YEAR_WORDS.sub(" ", ctx.low[bm.ends[k]:d["start"]])):
        return None
    people = set(lex.phrase_measure.get(voc.people_of, []))
    got = {m for m in lex.before_measure.get(phrase, []) if lex.daily_reports(m) and
           m not in people and lex.story_of(lex.domain(m), ctx.low)}
    return (got.pop(), phrase) if len(got) == 1 else None


# a figure's digits (a year's are taken out first: "in 2024: 1,415 systems")
_FIGURE_BETWEEN = re.compile(r"\d")
_YEAR_WORDS = re.compile(r"\b(?:19|20)\d\d\b")


# between a figure's noun and a part of another kind it includes: "20 armored vehicles,
# including nine tanks" (no clause break, no other figure between)
_INCLUDING_KIND = re.compile(r"[^.;:\d]{0,40}?,?[ \u00a0]+(?:including|among[ \u00a0]+them|"
                             r"of[ \u00a0]+which|of[ \u00a0]+them)[ \u00a0]+(?:(?:about|around|"
                             r"some|nearly|almost|over|more[ \u00a0]+than)[ \u00a0]+)?")


def _sums_including(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"Russia lost 1,060 soldiers and 20 armored vehicles, including nine tanks": a figure
    whose part is of another kind the report counts apart is the writer's sum of both fields;
    its measure is the one the measures name for that sum (measures.yaml ``sum_of``)."""
    low, lex = ctx.low, ctx.lex
    if "includ" not in low and " of which" not in low and " of them" not in low and \
            "among them" not in low:
        return
    for i, d in enumerate(drafts[:-1]):
        t, m = drafts[i + 1], d.get("measure")
        mt = t.get("measure")
        if m is None or mt is None or m == mt or t["sentence"] != d["sentence"] or \
                bases[i] is None or not lex.daily_reports(m) or \
                lex.sum_measure.get(frozenset((m, mt))) is None or \
                not _INCLUDING_KIND.fullmatch(low, d["end"], t["start"]):
            # (only kinds the measures add up: "1,200 casualties, including 400 killed" is
            # a part of its own kind, no sum)
            continue
        d["measure"] = lex.sum_measure[frozenset((m, mt))]
        _set(bases, i, "measure", f"written: the sum of {m.replace('_', ' ')} and "
             f"{mt.replace('_', ' ')} (it includes \"{ctx.text[t['start']:t['end']]}\")")


# what may stand between the kinds a combined figure lists ("tanks, armoured vehicles and")
_KIND_SEP = re.compile(r"\s*(?:,\s*)?(?:and\s+|&\s+)?(?:the\s+|russian\s+|enemy\s+)?")


def _combined_kinds(lex: Any, low: str, end: int, se: int) -> tuple[str, ...]:
    """The measures of the kinds listed right after a figure that "combined" opens ("10 tanks
    and armoured combat vehicles" -> tanks, armoured_vehicles), each named by one of its own
    phrases (measures.yaml), longest phrase first, in order; empty unless two or more kinds
    of daily reports are named (a list that breaks off on a word no kind's phrase names stops
    there: "... and fuel tanks in a single day")."""
    got: list[str] = []
    pos = end
    kinds = lex.kind_phrases_re()
    while pos < se:
        sep = _KIND_SEP.match(low, pos, se)
        at = sep.end() if sep else pos
        if got and sep is not None and not low[pos:at].strip():
            break    # a kind follows another only after a comma or "and"
        m = kinds.match(low, at, se)
        if m is None:
            break
        mids = [x for x in lex.phrase_measure.get(m.group(1), []) if lex.daily_reports(x)]
        if not mids:
            break
        if mids[0] not in got:
            got.append(mids[0])
        pos = m.end()
    return tuple(got) if len(got) >= 2 else ()


def _combined_measure(lex: Any, low: str, end: int, se: int) -> tuple[str, str] | None:
    """(the measure that is the sum of the kinds a combined figure lists, the kinds as
    written), or None when they are fewer than two or the measures name no such sum."""
    kinds = _combined_kinds(lex, low, end, se)
    mid = lex.sum_measure.get(frozenset(kinds)) if kinds else None
    return (mid, " and ".join(k.replace("_", " ") for k in kinds)) if mid else None


def _day_record_of_people(ctx: Any, d: dict[str, Any], voc: _Vocab) -> bool:
    """Whether a count of troops names no loss but its sentence calls it a day's record ("put
    Wednesday's count at 1,730 Russian troops, the highest daily figure since March 29"): a
    record of a day is said of losses, never of troops deployed (readings.yaml
    ``people_losses.record_nouns``, ``record``)."""
    if d.get("measure") is not None or not voc.record_nouns.match(ctx.low, d["end"]):
        return False
    ss, se = d["sentence"]
    return _day_record_in(ctx.low, ss, se, voc.record)


def _record_month_figure(ctx: Any, d: dict[str, Any], voc: _Vocab) -> bool:
    """Whether a bare figure of one calendar month (no measure, unit or noun of its own) stands
    in a sentence that calls that month a war's costliest ("At 35,050, December was the
    costliest month of the second half of 2025 for Russia's army"): the month's losses, as
    "with 45,720 troops lost" writes them (readings.yaml ``record_month``); not where the
    sentence names another kind the reports count ("worst month of the war for artillery,
    with 1,520 lost")."""
    if d.get("measure") is not None or d.get("unit") or d.get("cumulative") or \
            _own_noun(ctx, d["end"]):
        return False
    p = d.get("period")
    if p is None or p[0].day != 1 or (p[1] + timedelta(days=1)).day != 1 or \
            (p[0].year, p[0].month) != (p[1].year, p[1].month):
        return False
    ss, se = d["sentence"]
    if not names_record_month(ctx.low, ss, se) or not ctx.lex.story_of("conflict", ctx.low, ss, se):
        return False
    return not _names_another_kind(ctx.lex, ctx.low, ss, se, voc.people_of)


@lru_cache(maxsize=64)
def _names_another_kind(lex: Any, low: str, ss: int, se: int, people_of: str) -> bool:
    """Whether the sentence low[ss:se] names a kind the reports count other than people
    ("for artillery"; read once per sentence, not once per figure of it)."""
    people = set(lex.phrase_measure.get(people_of, []))
    words = _WORD.findall(low, ss, se)
    return any(m not in people and lex.daily_reports(m)
               for a in range(len(words)) for b in range(a + 1, min(a + 4, len(words) + 1))
               for m in lex.phrase_measure.get(" ".join(words[a:b]), ()))


@lru_cache(maxsize=64)
def _day_record_in(low: str, ss: int, se: int, record: re.Pattern[str]) -> bool:
    """Whether the sentence [ss, se) calls a figure a day's record (asked once per sentence: a
    sentence of thousands of counts of troops asks it for each)."""
    m = record.search(low, ss, se)
    return m is not None and re.search(r"\bday|\bdaily|24\s+hours", m.group(0)) is not None


# a counting body's figure right before a figure of troops ("The General Staff's figure of
# 2,030 Russian troops", "Kyiv's count of about 1,950 soldiers")
_BODY_FIGURE_OF = re.compile(
    r"\b(?:general[ \u00a0]+staff|kyiv|ukraine|defen[cs]e[ \u00a0]+ministry|military)['’]s"
    r"[ \u00a0]+(?:(?:daily|latest|new|own)[ \u00a0]+)?(?:figure|count|tally|toll|estimate)"
    r"[ \u00a0]+of[ \u00a0]+(?:(?:about|around|some|nearly|almost|more[ \u00a0]+than|over)"
    r"[ \u00a0]+)?$")


def _topic_measure(ctx: Any, d: dict[str, Any], voc: _Vocab) -> tuple[str, str] | None:
    """The daily-reported measure a sentence opens on ("For tanks, ...", "As for artillery
    systems, ..."; readings.yaml ``topic_lead``) and its words, for a figure after it that names
    no measure of its own; None when the sentence opens on none."""
    ss = d["sentence"][0]
    m = voc.topic.match(ctx.low, ss, d["start"])
    if m is None or _own_noun(ctx, d["end"]):
        return None
    noun = " ".join(m.group("noun").split())
    got = [k for k in ctx.lex.phrase_measure.get(noun, []) if ctx.lex.daily_reports(k)]
    return (got[0], noun) if len(got) == 1 else None


def _body_figure_of_troops(ctx: Any, d: dict[str, Any], bases: list[Any], i: int,
                           voc: _Vocab) -> None:
    """"The General Staff's figure of 2,030 Russian troops": a counting body's figure of troops
    is its count of their losses, as its toll is (in place; readings54)."""
    low, lex = ctx.low, ctx.lex
    if d.get("measure") is None and not d.get("unit") and \
            voc.record_nouns.match(low, d["end"]) and \
            _BODY_FIGURE_OF.search(low, max(d["sentence"][0], d["start"] - 60), d["start"]):
        got = [m for m in lex.phrase_measure.get(voc.people_of, []) if lex.daily_reports(m)]
        if got:
            d["measure"] = got[0]
            _set(bases, i, "measure", "written: a counting body's figure of troops")


def _answer_of_question(ctx: Any, d: dict[str, Any], bases: list[Any], i: int,
                        voc: _Vocab) -> bool:
    """"How many drones has Russia lost, according to Kyiv? 28,912 as of Wednesday": the
    answer's count (and side) is the one the question asks about (``_question_topic``); True
    when it was set (in place; readings54)."""
    asked = _question_topic(ctx, d, voc) if not d.get("unit") else None
    if asked is None:
        return False
    how = f"carried from the question before: \"{asked[1]}\""
    d["measure"] = asked[0]
    _set(bases, i, "measure", how)
    if asked[2] is not None:
        d["subject"] = asked[2]
        _set(bases, i, "subject", how)
    # ("28,912 as of Wednesday": no day brings that many; a running total)
    _as_of_day(ctx.lex, d, bases, i, how)
    return True


# the markup between a question and the answer's figure ("?** 1,208,970"), and before a
# question ("**How many ...")
_AFTER_QUESTION = re.compile(r"[*_]*[ \u00a0\n]+(?:(?:about|around|some|nearly|almost|roughly|"
                             r"more[ \u00a0]+than|over)[ \u00a0]+)?")
_QUESTION_MARKUP = re.compile(r"[\s*_#>]*")


def _question_topic(ctx: Any, d: dict[str, Any], voc: _Vocab
                    ) -> tuple[str, str, str | None] | None:
    """(measure, its words, the side asked about or None) of the question right before the
    sentence of a figure that names no measure itself, in its paragraph ("How many drones has
    Russia lost, according to Kyiv? 28,912 as of Wednesday"; "And artillery systems? 24,390 in
    all"; readings.yaml ``question_topic``); None when the sentence before asks none, or asks
    about no one daily-reported count."""
    ss = d["sentence"][0]
    if _own_noun(ctx, d["end"]):
        return None
    mark = ctx.low.rfind("?", ss, d["start"])
    if mark >= 0:
        # "**How many Russian troops has Ukraine counted?** 1,208,970 since ...": a question
        # in bold read as one sentence with its answer; only markup between
        if _AFTER_QUESTION.fullmatch(ctx.low, mark + 1, d["start"]) is None:
            return None
        qs, qe = ss, mark + 1
    else:
        if ss <= 0:
            return None
        k, qs, qe = ctx.sentence(ss - 1)
        if k < 0 or qe > ss or ctx.paragraph(qs) != ctx.paragraph(ss) or \
                not ctx.low[qs:qe].rstrip().endswith("?"):
            return None
    qs = _QUESTION_MARKUP.match(ctx.low, qs).end()
    m = voc.question_topic.match(ctx.low, qs, qe)
    if m is None:
        return None
    words = m.group("noun").split()
    lex = ctx.lex
    for a in range(len(words)):   # "Russian combat drones": its last words too
        noun = " ".join(words[a:])
        got = [x for x in lex.phrase_measure.get(noun, []) if lex.daily_reports(x) and
               lex.story_of(lex.domain(x), ctx.low)]
        if len(got) == 1:
            subj = lex.subject_before(ctx.low, qs, m.end("noun"), [], m.end("noun"),
                                      lex.domain(got[0])) if m.group("side") else None
            return got[0], noun, subj
    return None


_NEXT_WORDS = re.compile(r"[ \u00a0]+([a-z][a-z-]*)(?:[ \u00a0]+([a-z][a-z-]*))?(?:[ \u00a0]+"
                         r"([a-z][a-z-]*))?")


def _own_noun(ctx: Any, end: int) -> bool:
    """Whether the words right after a figure name a measure of their own ("282 Russian
    tanks"): up to three words, read as one phrase or its last words."""
    m = _NEXT_WORDS.match(ctx.low, end)
    if m is None:
        return False
    words = [w for w in m.groups() if w]
    pm = ctx.lex.phrase_measure
    return any(" ".join(words[a:b]) in pm for a in range(len(words))
               for b in range(a + 1, len(words) + 1))


def _carried_measures(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any],
                      voc: _Vocab) -> None:
    """A bare figure that continues the count before it ("the tally stood at 712,610", "with
    930 added over the past day", "800 on Tuesday", "In 2023 — 253,290" under "Russian
    personnel losses by year:"): the measure and subject of the nearest earlier figure of a
    daily-reported measure in its paragraph or the one before, else of the heading above it
    (readings.yaml ``carried_before``, ``carried_after``, ``year_label``)."""
    low, lex = ctx.low, ctx.lex
    named: set[str] = {d["subject"] for d in drafts if d.get("subject") and
                       lex.daily_reports(d.get("measure"))}
    last = -1      # the latest draft of a daily-reported measure
    for i, d in enumerate(drafts):
        if _measure_words(ctx, d, bases, i, voc):
            last = i if lex.daily_reports(d.get("measure")) else last   # (a topic's count)
            continue
        if last >= 0 and lex.daily_reports(d.get("measure")) and \
                _losses_of(ctx, drafts[last], d):
            # "the highest tank losses, totaling 428 ... October 2023, which saw 521 losses",
            # "521 tanks destroyed. November brought 341 such losses": "losses" names no
            # field; they are of the count just before, not the report's personnel
            src = drafts[last]
            d["measure"] = src["measure"]
            _set(bases, i, "measure", "carried within the paragraph: \"losses\" after the "
                 f"count of \"{ctx.text[src['start']:src['end']]}\"")
        if d.get("measure") is not None and (d["measure"] in lex.measures or
                                             d["measure"] not in voc.generic_nouns):
            if d["measure"].endswith("_per_day") and bases[i] is not None and \
                    bases[i].get("measure", "none") == "none" and \
                    lex.daily_reports(d["measure"].removesuffix("_per_day")):
                # "... losses above 1,000 on every day this week. Saturday's report alone
                # added 1,860, and Friday's 2,200": a rate the words before carried to a
                # figure whose own clause says none is the count
                d["measure"] = _rate_or_count(ctx, d, d["measure"])
            if lex.daily_reports(d["measure"].removesuffix("_per_day")):
                last = i   # (a rate per day carries its count: _rate_or_count)
                _labelled(d, bases, i, _label_period(ctx, d, voc, -1, d["sentence"][0]))
            continue
        ss, se = d["sentence"]
        estimate = _count_estimate(low, d, voc)
        if d.get("unit") or d.get("value") is None or d.get("role") not in (
                None, "portion", "item", "additional") and not estimate and not (
                d.get("role") == "compared" and (
                    d.get("period") is not None and ctx.in_sentence(voc.record, d["sentence"])
                    or (_UP_FROM.search(low, max(ss, d["start"] - 20), d["start"]) or
                        _DAY_POSSESSIVE.search(low, max(ss, d["start"] - 40), d["start"]) or
                        _DAY_AFTER_VERB.search(low, max(ss, d["start"] - 40), d["start"])) and
                    _one_count_before(lex, drafts, last))):
            # (the day a record is counted from, "the highest daily figure since March 29,
            # when it reached 1,740", is that day's count; so is an earlier level a dated
            # figure is "up from": "That is up from 311,750 a week earlier", or a day's
            # figure it follows, "down from the day before's 1,250", "after Saturday's
            # 1,000"; an amount added, "Another 1,950 were added in the last day", continues
            # the count too)
            continue
        ls = low.rfind("\n", 0, d["start"]) + 1
        prev_end = drafts[i - 1]["end"] if i and drafts[i - 1]["end"] > ss else ss
        year = _label_period(ctx, d, voc, ls if ls >= ss or ls > prev_end else -1, prev_end)
        # the words before the number, with a qualifier the figure's span took ("has topped
        # 1 million": "topped" is the qualifier)
        q = (d.get("qualifier") or "").lower()
        lead = q + " " if q and low.startswith(q, d["start"]) else ""
        words = low[max(prev_end, d["start"] - 120):d["start"]] + lead
        part = voc.carried_part.search(words) is not None and bool(
            i and drafts[i - 1]["sentence"] == d["sentence"] and
            lex.daily_reports(drafts[i - 1].get("measure")))
        if year is None and not voc.carried_after.match(low, d["end"]) and \
                not voc.carried_before.search(words) and not part and \
                not _listed_after(low, drafts, d, last) and not _a_days_figure(words) and \
                not _dated_list_item(ctx, d):
            _generic_named_before(ctx, d, bases, i, voc)
            continue
        if _not_a_count_of_losses(ctx, drafts, i, voc):
            continue
        par = ctx.paragraph(d["start"])
        got = _carried_count(ctx, drafts, i, last, par, voc)
        if got is None:
            continue
        measure, subj, how, src = got
        d["measure"] = measure
        _set(bases, i, "measure", how)
        if estimate:
            d["role"] = None   # an estimate of a count of losses is that count
        if subj and (d.get("subject") is None or d["subject"] not in named) and \
                not named_part(d):
            d["subject"] = subj
            _set(bases, i, "subject", how)
        _labelled(d, bases, i, year)
        if src is not None and measure.endswith("_per_day"):
            _averaged_over(d, bases, i, src, how)
        if src is not None:
            _span_of_source(low, d, bases, i, src, how)
        _as_of_day(lex, d, bases, i, how)
        last = i


def _carried_count(ctx: Any, drafts: list[dict[str, Any]], i: int, last: int, par: int,
                   voc: _Vocab) -> tuple[str, Any, str, dict[str, Any] | None] | None:
    """(measure, subject, basis, the figure it continues or None) for the bare figure
    ``drafts[i]`` of ``_carried_measures``: its line's label or record's category first, else
    the count before it, its sentence's, a heading's or a pronoun's; when that count cannot be
    the figure's, the nearest earlier one that can (``_fitting_count``)."""
    d = drafts[i]
    # (the line's own label first: "Tanks: the tally is 11,256" after a line of drones)
    label = _colon_label_measure(ctx, d["start"]) or _record_topic_measure(ctx, d)
    src, own, pron = (None, label, None) if label is not None else \
        _count_source(ctx, drafts, i, last, par, voc)
    if src is not None:
        measure, subj = _rate_or_count(ctx, d, src["measure"]), src.get("subject")
        where = "carried within the paragraph" if ctx.paragraph(src["start"]) == par \
            else "carried from the previous paragraph"
        how = f"{where}: the count of \"{ctx.text[src['start']:src['end']]}\""
    else:
        # ("... soldiers killed or wounded has reached 198,260": its sentence's, a heading's,
        # a list's lead-in's)
        got = pron or own or _heading_measure(ctx, d["start"]) or _lead_in_measure(ctx, d)
        if got is None:
            return None
        measure, subj, how = got
    if not _unfit_count(ctx, d, measure):
        return measure, subj, how, src
    # (a story older than the count; a figure no total of it reached): an earlier count of
    # the paragraph that fits it, when exactly one does
    return _fitting_count(ctx, drafts, i, par, measure) if src is not None else None


def _unfit_count(ctx: Any, d: dict[str, Any], measure: str) -> bool:
    """Whether bare figure ``d`` cannot be of the count ``measure``: the story is older than
    the count, no total of it ever reached the figure, or its own noun names another count."""
    return _before_its_war(ctx, d, measure) or _beyond_its_total(ctx, d, measure) or \
        _own_noun_of_another(ctx, d, measure)


def _fitting_count(ctx: Any, drafts: list[dict[str, Any]], i: int, par: int, unfit: str
                   ) -> tuple[str, Any, str, dict[str, Any]] | None:
    """"... including 54 tanks. The General Staff's count for the whole war reached 702,900":
    when the count just before a bare figure cannot be its (``_unfit_count``: no tank total
    reached 702,900), the nearest earlier count of its paragraph or the one before that can
    ("20,842 killed and wounded"), if every such count is of one measure; two measures that
    both fit leave it open (no reading of either is surer) (readings52)."""
    d, lex = drafts[i], ctx.lex
    fits: list[dict[str, Any]] = []
    for o in reversed(drafts[:i]):
        if ctx.paragraph(o["start"]) < par - 1:
            break
        m = o.get("measure")
        if not m or m == unfit or o.get("unit") or not lex.daily_reports(m) or \
                m.endswith("_per_day") or _unfit_count(ctx, d, m):
            continue
        fits.append(o)
    if not fits or len({o["measure"] for o in fits}) != 1:
        return None
    src = fits[0]
    where = "carried within the paragraph" if ctx.paragraph(src["start"]) == par \
        else "carried from the previous paragraph"
    return src["measure"], src.get("subject"), \
        f"{where}: the nearest count that reaches it, \"{ctx.text[src['start']:src['end']]}\" " \
        f"(the count of {unfit.replace('_', ' ')} before it cannot be its)", src


# a list line's label and colon right before its figure ("- 20 December 2024: 2,200")
_LIST_LABEL = re.compile(r"(?:^|\n)[ \t]*[-*•][ \t]*[^\n:;,.]{1,40}:[ \t]*$")
# a line that leads in to a list: it ends on a colon
_LEAD_IN = re.compile(r"[^\n]{3,200}:[ \t]*\n")
_WORD = re.compile(r"[a-z][a-z'’-]*")


def _dated_list_item(ctx: Any, d: dict[str, Any]) -> bool:
    """Whether a bare figure is the value of a list line whose label dates it ("- 20 December
    2024: 2,200", "- 28 November 2024: 2,030" under "Kyiv's heaviest days so far:"): a day's
    or a period's figure of the count the list is of (readings54)."""
    if d.get("period") is None:
        return False
    ls = ctx.low.rfind("\n", 0, d["start"]) + 1
    return _LIST_LABEL.search(ctx.low, max(0, ls - 1), d["start"]) is not None


def _lead_in_measure(ctx: Any, d: dict[str, Any]) -> tuple[str, str | None, str] | None:
    """The one daily-reported count the lead-in of a figure's list names, a single word too
    ("Kyiv's heaviest days for Russian troops so far:", "Russia's losses by month this year,
    according to the General Staff:"), with the side it names: the line ending on a colon
    above the list lines before the figure's, when it names the war's side and no other count
    (readings54). None when the figure is on no list line or the lead-in names none."""
    low, lex = ctx.low, ctx.lex
    ls = low.rfind("\n", 0, d["start"]) + 1
    if _LIST_LABEL.search(low, max(0, ls - 1), d["start"]) is None and \
            not re.match(r"[ \t]*[-*•]", low[ls:d["start"]]):
        return None
    pos = ls - 1
    while pos > 0:       # up over the list's other lines
        prev = low.rfind("\n", 0, pos) + 1
        line = low[prev:pos]
        if not re.match(r"[ \t]*[-*•]", line):
            break
        pos = prev - 1
    if pos <= 0:
        return None
    prev = low.rfind("\n", 0, pos) + 1
    m = _LEAD_IN.match(low, prev, pos + 1)
    if m is None:
        return None
    words = [w.group(0).replace("’", "'") for w in _WORD.finditer(low, prev, pos)]
    found: dict[str, str] = {}
    k = 0
    while k < len(words):      # the longest phrase at each word ("tank losses": tanks only)
        for n in (3, 2, 1):
            key = " ".join(words[k:k + n])
            got = [x for x in lex.phrase_measure.get(key, []) if lex.daily_reports(x) and
                   lex.story_of(lex.domain(x), low)]
            if got:
                for x in got:
                    found.setdefault(x, key)
                k += n - 1
                break
        k += 1
    if len(found) != 1:
        return None
    measure, word = next(iter(found.items()))
    subj = lex.subject_before(low, prev, pos, [], pos, lex.domain(measure))
    if subj is None:
        return None     # ("Losses by month:": no side named, no count of the war's)
    return measure, subj, f"carried from the list's lead-in: \"{word}\""


def _a_days_figure(words: str) -> bool:
    """Whether the words before a bare figure make it a day's figure of the count before it:
    a weekday with it in brackets ("Friday (1,090)"), "a day after losing"."""
    return _WEEKDAY_BRACKET.search(words) is not None or \
        _DAY_AFTER_VERB.search(words) is not None


def _own_noun_of_another(ctx: Any, d: dict[str, Any], measure: str) -> bool:
    """Whether the words right after figure ``d`` name a measure of their own other than
    ``measure`` ("Tuesday's report alone added 1,430 troops and 145 drones": the troops its
    sentence gave no war's words for are no count of the drones before it)."""
    ix = ctx.lex.ix
    if ix is None:
        return False
    w = ix.word_at(d["end"])
    got = ix.match_at(ctx.lex.after_table, w, d["sentence"][1]) \
        if w < len(ix.words) and ix.starts[w] - d["end"] <= 1 else None
    mids = ctx.lex.phrase_measure.get(got[2], []) if got is not None else []
    return bool(mids) and measure.removesuffix("_per_day") not in mids


_UP_FROM = re.compile(r"\b(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$")
# the day before's figure named by its verb alone ("lost 1,090 troops ..., a day after losing
# 1,170", "a day after suffering 1,300"): the count its sentence names before it, a day earlier
_DAY_AFTER_VERB = re.compile(r"\b(?:a|one)\s+day\s+after\s+(?:losing|suffering|sustaining)\s+"
                             r"(?:about\s+|around\s+|some\s+|roughly\s+|another\s+)?$")
# a weekday with its figure in brackets ("troops killed or wounded on Thursday (1,150), Friday
# (1,000) and Saturday (1,180)"): that day's figure of the count its sentence names before it
_WEEKDAY_BRACKET = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                              r"[ \u00a0]*\($")
# a day's possessive right before a figure with no noun of its own ("down from the day before's
# 1,250", "after Saturday's 1,000"): that day's figure of the count before it
_DAY_POSSESSIVE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                             r"yesterday|the\s+day\s+before|the\s+(?:previous|prior|preceding)"
                             r"\s+day)['’]s\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$")
# ... or the figure's own day written right after it, another day than the report's: "Kyiv said
# on Thursday, after 850 on Wednesday" (Wednesday's report, or the one after it)
_OWN_DAY_AFTER = re.compile(r"(?:[ \u00a0]+[a-z'’-]+){0,2}?[ \u00a0]+(?:on|for|from)[ \u00a0]+"
                            r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def _one_count_before(lex: Any, drafts: list[dict[str, Any]], last: int) -> bool:
    """Whether the sentence of the latest daily-reported figure (``last``) counts one measure
    only, so that a level "up from" which names none is of it ("Russian losses reached 319,210
    ... That is up from 311,750 a week earlier"; not after "840 personnel, along with 43
    artillery systems and 261 drones ... That was up from 780", whose "that" may be any)."""
    if last < 0:
        return False
    sent = drafts[last]["sentence"]
    return len({x.get("measure") for x in drafts if x["sentence"] == sent and
                lex.daily_reports(x.get("measure"))}) == 1


def _count_source(ctx: Any, drafts: list[dict[str, Any]], i: int, last: int, par: int,
                  voc: _Vocab) -> tuple[Any, Any, Any]:
    """(the earlier figure whose count a bare figure continues, the count its own sentence or
    a heading names, what a pronoun before it stands for) for ``_carried_measures``: one of
    them, or none."""
    d, low, lex = drafts[i], ctx.low, ctx.lex
    ss = d["sentence"][0]
    src = drafts[last] if last >= 0 and \
        ctx.paragraph(drafts[last]["start"]) >= par - 1 else None
    pron = _pronoun_measure(ctx, d, voc) if _PRONOUN_AT.search(
        low, max(ss, d["start"] - 40), d["start"]) else None
    if pron is not None:    # ("On Sunday it put them at 59,086": what "them" stands for)
        return None, None, pron
    own = _heading_measure(ctx, d["start"], ss, "written before it in its sentence") \
        if src is None or (ctx.paragraph(src["start"]) == par and
                           src["sentence"] != d["sentence"]) else None
    if own is not None:
        # "Kyiv's count of Russian troops lost since the invasion reached 361,500" after a
        # sentence of artillery: the count its own sentence names before it; a generic name
        # ("Kyiv's count stood at 9,249" after a sentence of tanks) may be of either count:
        # the one before is a reading too (store: extra.may_mean)
        key = own[2].rsplit(": \"", 1)[-1].rstrip("\"")
        other = src.get("measure", "").removesuffix("_per_day") if src is not None else ""
        if other and other != own[0] and key in lex.generic_before and \
                src["sentence"] != d["sentence"] and not own[0].endswith("_per_day"):
            d["extra"].append(("may_mean", (other,)))
            own = (own[0], own[1], f"{own[2]} (or the count before it, of "
                                   f"{other.replace('_', ' ')})")
        return None, own, None
    if src is None:
        # "the tally stood at 712,610, after a record 1,950 Russian losses": the count
        # named later in its sentence; a day's figure also takes one later in its
        # paragraph ("... when it hit 1,030. The toll peaked at 1,380 ...") but a running
        # total does not (the day's list after "the cumulative total" counts many things)
        src = next((o for o in drafts[i + 1:i + 4] if
                    (o["sentence"] == d["sentence"] or not d.get("cumulative") and
                     ctx.paragraph(o["start"]) == par) and
                    lex.daily_reports(o.get("measure"))), None)
    return src, None, None


def _listed_after(low: str, drafts: list[dict[str, Any]], d: dict[str, Any], last: int) -> bool:
    """Whether ``d`` is an item of the list whose earlier item (``last``) took the count: "The
    General Staff counted 106,720 in 2022 and 253,290 in 2023" (_carried_measures); a bare
    item only ("1,770 soldiers and dozens of pieces of equipment": the pieces' own count)."""
    if last < 0 or drafts[last]["sentence"] != d["sentence"] or \
            _BARE_ITEM_AFTER.match(low, d["end"]) is None:
        return False
    # ("106,720 in the ten months of 2022 and 253,290 in 2023": a dated item, then the next)
    return d.get("group") is not None and drafts[last].get("group") == d["group"] or \
        _DATED_ITEM_GAP.fullmatch(low, drafts[last]["end"], d["start"]) is not None


# between two dated items of one list: the first's date phrase, then "and" ("106,720 in the
# ten months of 2022 and 253,290 in 2023")
_DATED_ITEM_GAP = re.compile(r"[ \u00a0]+(?:in|during|over|for)[ \u00a0]+[a-z ’'\u00a0-]{0,40}?"
                             r"(?:(?:19|20)\d\d)?,?[ \u00a0]+and[ \u00a0]+")
# after a bare list item: its date or the clause's end, no noun of its own
_BARE_ITEM_AFTER = re.compile(r"[ \u00a0]*(?:[,.;:)]|$|(?:in|on|for|during|over|last|this|and)\b)")


def _beyond_its_total(ctx: Any, d: dict[str, Any], measure: str) -> bool:
    """Whether a bare figure is far above any running total of ``measure`` (measures.yaml
    ``total_max``): "... including 54 tanks. The General Staff's count for the whole war
    reached 702,900" counts no tanks."""
    top = ctx.lex.total_max(measure.removesuffix("_per_day"))
    return top is not None and d.get("value") is not None and float(d["value"]) > top


def _before_its_war(ctx: Any, d: dict[str, Any], measure: str) -> bool:
    """Whether the story was published before the count of ``measure`` begins (its scope:
    "Police forces ... the total was 47,136" in 2019 counts no losses of a war begun in 2022)."""
    pub = ctx.day_at(d["start"])
    start = ctx.lex.scope_start(measure.removesuffix("_per_day"))
    return pub is not None and start is not None and start > pub


def _not_a_count_of_losses(ctx: Any, drafts: list[dict[str, Any]], i: int, voc: _Vocab
                           ) -> bool:
    """Whether a bare figure the words before it would carry a count to is no count of losses:
    a part of another count ("16 people killed, six of them in ..."), or troops trained or
    deployed ("the number of soldiers trained ... reached 50,000")."""
    low, lex, d = ctx.low, ctx.lex, drafts[i]
    if i and drafts[i - 1]["sentence"] == d["sentence"] and \
            drafts[i - 1].get("measure") is not None and \
            not lex.daily_reports(drafts[i - 1]["measure"]) and _PART_OF.match(low, d["end"]):
        return True
    return bool(voc.not_losses_after.match(low, d["end"]) or voc.not_losses_noun.search(
        low, max(d["sentence"][0], d["start"] - NOUN_BEFORE), d["start"]))


def _averaged_over(d: dict[str, Any], bases: list[Any], i: int, src: dict[str, Any], how: str
                   ) -> None:
    """"Russia lost 35,050 troops in December. That is an average of about 1,130 a day": the
    average of the count it continues is over that count's span (a single day, "a day" read
    as a date, is no span to average over)."""
    p = src.get("period")
    if p is None or src.get("cumulative") or p[1] <= p[0]:
        return
    if d.get("period") is not None and d["period"][0] == d["period"][1]:
        d["period"] = None
    _labelled(d, bases, i, (p, f"{how}: the period it averages over"))


def _labelled(d: dict[str, Any], bases: list[Any], i: int,
              got: tuple[tuple[date, date], str] | None) -> None:
    """Give a figure with no period of its own the period ``got`` (a label's, or the count's
    it averages), with its basis."""
    if got is not None and d.get("period") is None:
        d["period"], d["cumulative"] = got[0], False
        _set(bases, i, "period", got[1])


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


def _label_period(ctx: Any, d: dict[str, Any], voc: _Vocab, ls: int, prev_end: int
                  ) -> tuple[tuple[date, date], str] | None:
    """The period a label right before a bare figure gives it: a line's year ("2024: 430,790
    troops", ``year_label``; ``ls`` is the line's start, -1 when the line holds other figures
    first) or a month in a run of them ("By month: May: 35,370; June: 32,680", ``month_label``;
    the latest such month begun by publication, unless the label names its year)."""
    low = ctx.low
    if ls >= 0:
        y = voc.year_label.match(low, ls, d["start"])
        if y is not None:
            n = int(re.search(r"\d{4}", y.group(0)).group(0))
            return (date(n, 1, 1), date(n, 12, 31)), "table label: the line's year"
    lo = max(prev_end, d["start"] - 30)
    nl = low.rfind("\n", 0, d["start"])
    if d["start"] - 30 <= nl < lo and (prev_end <= nl or prev_end == d["sentence"][0]):
        # ("...:\n- January: 48,240": a list line whose sentence starts after its newline;
        # no other figure between)
        lo = nl
    m = voc.month_label.search(low, lo, d["start"])
    D = ctx.doc.date
    if m is None or D is None:
        return None
    k = _MONTHS.index(m.group("month")) + 1
    n = int(m.group("year")) if m.group("year") else D.year if k <= D.month else D.year - 1
    end = (date(n + 1, 1, 1) if k == 12 else date(n, k + 1, 1)) - _DAY
    return (date(n, k, 1), end), "label: the month written before it"


def _count_estimate(low: str, d: dict[str, Any], voc: _Vocab) -> bool:
    """Whether a figure read as expected is an estimate of a count ("up from its estimate of
    253,290 for the previous year"), which a count of losses it continues makes that count,
    not a forecast (readings.yaml ``count_estimate``)."""
    return d.get("role") == "expected" and voc.count_estimate.search(
        low, max(d["sentence"][0], d["start"] - 40), d["start"]) is not None


# words of a rate in a figure's clause: "the daily average was around 1,330"
# ("a daily high", "the daily record" are a day's figure, no rate)
_RATE_WORDS = re.compile(r"\baverag|\b(?:per|a|each|every)[ \u00a0]+day\b"
                         r"(?![ \u00a0]+(?:earlier|ago|before|later|after)\b)")


def _rate_or_count(ctx: Any, d: dict[str, Any], measure: str) -> str:
    """The measure a bare figure carries from a count: the count's rate per day when the
    figure's own clause says average or daily ("In March the daily average was around 1,330"
    after April's "average daily losses"), else the count itself ("with 48,670 in December
    alone" after "an average of about 1,550 troops a day" is December's count, no rate)."""
    base = measure.removesuffix("_per_day")
    ss, se = d["sentence"]
    low = ctx.low
    lo = max(ss, d["start"] - 60)
    for ch in ",;:(":
        lo = max(lo, low.rfind(ch, lo, d["start"]) + 1)
    hi = min(se, d["end"] + 25)
    for ch in ",;:(.":
        k = low.find(ch, d["end"], hi)
        hi = k if k >= 0 else hi
    top = ctx.lex.daily_max(base)
    if _RATE_WORDS.search(low, lo, hi) is None or top is not None and \
            d.get("value") is not None and float(d["value"]) > top:
        # (no day brings that many: "loses more than 1,300 troops in a day as toll nears
        # 663,000" is the count, whatever rate words stand near it) (readings52)
        return base
    return base + "_per_day" if ctx.lex.daily_reports(base) else measure


# a pronoun that a verb puts at a figure: "put them at 59,086"
_PRONOUN_AT = re.compile(r"\b(?:them|it)[ \u00a0]+at[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}$")


def _pronoun_measure(ctx: Any, d: dict[str, Any], voc: _Vocab
                     ) -> tuple[str, str | None, str] | None:
    """The measure of the noun a pronoun before ``d`` stands for: the last word or two of its
    sentence, or of the sentence before in its paragraph, that name exactly one daily-reported
    measure ("counts the drones Russia loses. On Sunday it put them at 59,086")."""
    low, lex = ctx.low, ctx.lex
    si, ss, _ = ctx.sentence(d["start"])
    lo = ss
    if si > 0:
        ps = ctx.m.sentences[si - 1][0]
        if ctx.paragraph(ps) == ctx.paragraph(ss):
            lo = ps
    words = re.findall(r"[a-z][a-z'’-]*", low[lo:d["start"]])
    for k in range(len(words) - 1, -1, -1):
        for n in (2, 1):
            key = " ".join(words[max(0, k - n + 1):k + 1])
            if key in voc.pair_generic or key in lex.generic_before:
                continue
            got = [m for m in lex.phrase_measure.get(key, []) if lex.daily_reports(m)]
            if len(got) == 1:
                return got[0], None, f"carried within the paragraph: the noun \"{key}\""
    return None


# a count whose own noun is a bare "losses" ("saw 521 losses", "341 such losses")
_GENERIC_LOSSES = re.compile(r"[ \u00a0]+(?:such[ \u00a0]+|more[ \u00a0]+|further[ \u00a0]+)?"
                             r"loss(?:es)?\b(?![ \u00a0]+(?:of|in|among)\b)")


# words that name people in a sentence, so that its "losses" may be the report's personnel
_PEOPLE = re.compile(r"\b(?:troops?|soldiers?|servicem[ae]n|personnel|m[ae]n|fighters?|invaders?|"
                     r"occupiers?|manpower|killed|dead|wounded|injured|casualt(?:y|ies)|"
                     r"fatalit(?:y|ies)|people|lives|deaths?)\b")


def _losses_of(ctx: Any, src: dict[str, Any], d: dict[str, Any]) -> bool:
    """Whether ``d`` counts bare "losses" (its own noun, or the only word of a measure in
    its sentence) of what ``src`` counts: a figure of another daily-reported measure in the
    same or the sentence before, in one paragraph, that the value can be a count of."""
    low, lex = ctx.low, ctx.lex
    m = src.get("measure")
    if m == d.get("measure") or d.get("measure") not in lex.phrase_measure.get("losses", ()) or \
            not lex.daily_reports(m) or \
            src.get("subject") != d.get("subject") or \
            ctx.paragraph(src["start"]) != ctx.paragraph(d["start"]) or \
            ctx.sentence(d["start"])[0] - ctx.sentence(src["start"])[0] > 1:
        return False
    ss, se = d["sentence"]
    ss = max(ss, d["start"] - 240)     # (its clause's words: linear in a long sentence)
    if not _GENERIC_LOSSES.match(low, d["end"]) and not (
            _BARE_LOSSES.search(low, ss, d["start"]) and
            not _PEOPLE.search(low, ss, min(se, d["end"] + 40))):
        return False
    top, p = lex.daily_max(m), d.get("period")
    if top is not None and d.get("value") is not None and p is not None and \
            float(d["value"]) > top * ((p[1] - p[0]).days + 1):
        # more than that field could bring in the period, or could have totalled since the
        # war began ("the General Staff put Russia's losses since the start of the invasion
        # at 402,430" after a count of armoured vehicles): not of it
        return False
    return True


_BARE_LOSSES = re.compile(r"\blosses\b")


# qualifiers that leave the verb before them the figure's ("massed about 50,000"); any other
# ("have passed 1,090,000") is the verb itself
_HEDGES = frozenset(("about", "around", "some", "roughly", "nearly", "almost", "over",
                     "more than", "up to", "at least", "an estimated", "approximately"))
_PART_OF = re.compile(r"\s+of\s+(?:them|those|which)\b")
_DAY_LABEL = re.compile(r"\bday\s+(?:no\.?\s*|number\s+)?$")
# after a day's number: "of" ("day 948 of the war") or the end of a title or clause
_DAY_NUMBER_AFTER = re.compile(r"[ \u00a0]+of\b|[ \u00a0]*(?:[:\u2013\u2014]|\n|$)")
# a determiner before "day": the figure after it counts ("on the day 1,000 of them fell")
_DAY_COUNTED = re.compile(r"\b(?:the|that|this|each|every|one|a|same|which|any|what)\s+day\s+$")


# right after a figure: the span the figure before named, by its unit alone ("give 41,980 for
# the month", "that week")
_THE_SPAN_AFTER = re.compile(r"[ \u00a0]+(?:for|in|over|during)[ \u00a0]+(?:the|that)[ \u00a0]+"
                             r"(month|week|year)\b")
_UNIT_SPANS = {"week": (6, 7), "month": (27, 31), "year": (364, 366)}


def _span_of_source(low: str, d: dict[str, Any], bases: list[Any], i: int,
                    src: dict[str, Any], how: str) -> None:
    """"... about 1,500 dead or injured a day in October. Kyiv's own figures give 41,980 for
    the month": a carried figure whose words name a span by its unit alone ("for the month")
    is of the span the count it continues was given, when that span is one of that unit; not
    a running total to a day (readings52)."""
    m = _THE_SPAN_AFTER.match(low, d["end"])
    p = src.get("period")
    if m is None or p is None or src.get("cumulative"):
        return
    lo, hi = _UNIT_SPANS[m.group(1)]
    if not lo <= (p[1] - p[0]).days + 1 <= hi:
        return
    d["period"], d["cumulative"] = p, False
    _set(bases, i, "period", f"{how}: the {m.group(1)} it was given")
    _set(bases, i, "scope", "none")


def _as_of_day(lex: Any, d: dict[str, Any], bases: list[Any], i: int, how: str) -> None:
    """A figure given a measure here whose period is one day: the running total as of that
    day when no day brings that many ("when it reached 250,240"), else that day's figure
    ("gave the day's figure as 480 and the total as about 88,380")."""
    measure, period = d["measure"], d.get("period")
    scope, top = lex.scope_start(measure), lex.daily_max(measure)
    if scope is None or period is None or period[0] != period[1] or d.get("role") == "portion":
        # (a part of the count before, "4,783 cruise missiles, 50 of them in the past day",
        # is the day's part of it, never a running total)
        return
    if top is None or float(d["value"]) > top:
        d["period"], d["cumulative"] = (scope, period[1]), True
        _set(bases, i, "scope", how)
    elif d.get("cumulative"):
        d["cumulative"] = False


# between two bare figures that share the noun after the last ("2,043 and 2,053 systems"), or
# two dates of one list ("in July and August")
_ITEM_GAP = re.compile(r"[ \u00a0\n]*(?:,[ \u00a0\n]*(?:and[ \u00a0\n]+)?|(?:and|or)[ \u00a0\n]+)")
# after a list of figures: its noun and "respectively" ("2,053 systems destroyed, respectively")
_RESPECTIVELY_AT = re.compile(r"(?:[ \u00a0\n]+[a-z'’-]+){0,3}[ \u00a0\n]*,?[ \u00a0\n]*respectively\b")
# between a list of dates and the list of figures it dates: "in July and August, with 1,520"
_DATES_WITH = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:with|at)[ \u00a0]+$")


def _respective_periods(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any],
                        voc: _Vocab) -> None:
    """"peaked in July and August, with 1,520 and 1,517 systems destroyed(, respectively)",
    "lost 2,043 and 2,053 systems in May and June respectively": k bare figures of one list
    set against k months of one list take the months in order (not all the first one, or the
    nearest)."""
    low, n = ctx.low, len(drafts)
    if " and " not in low:
        return
    i = 0
    while i < n:
        j = i
        while j + 1 < n and drafts[j + 1]["sentence"] == drafts[i]["sentence"] and \
                _ITEM_GAP.fullmatch(low, drafts[j]["end"], drafts[j + 1]["start"]):
            j += 1
        items = drafts[i:j + 1]
        if len(items) > 1 and not _respective_measures(ctx, items, bases, i):
            _shared_noun(ctx, items, bases, i, voc)
        if len(items) > 1 and not any(d.get("cumulative") for d in items):
            months = [(dm.start_date, dm.end_date, dm.text) for dm in _months_for(ctx, items)]
            for t, (a, b, words) in enumerate(months or _listed_days_for(ctx, items)):
                items[t]["period"] = (a, b)
                _set(bases, i + t, "period",
                     f"written: \"{words}\", the {t + 1}. of the list's dates in order")
        i = j + 1


# "more than 70,000 over the two months": the months (years) the figures before it named
_TOGETHER = re.compile(r"(?:[ \u00a0]+[a-z]+){0,3}?[ \u00a0]+(?:over|in|during|across|for|of)"
                       r"[ \u00a0]+(?:the|those|these|both)[ \u00a0]+(?:(?P<n>two|three|four|"
                       r"five|six|2|3|4|5|6)[ \u00a0]+)?(?P<unit>months|years)\b")
_HOW_MANY = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SPAN_DAYS = {"months": (28, 31), "years": (365, 366)}


def _periods_named_together(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """A figure said of "the two months" ("averaged 1,256 a day in May and 1,168 in June: more
    than 70,000 over the two months") is the sum over the months (years) the figures before it
    named, in its sentence or the one before, when they are that many and follow each other;
    else its period is left as it was."""
    low = ctx.low
    if "months" not in low and "years" not in low:
        return
    for i, d in enumerate(drafts):
        if d.get("value") is None or d.get("cumulative") or d.get("unit"):
            continue
        m = _TOGETHER.match(low, d["end"], d["sentence"][1])
        if m is None:
            continue
        n = _HOW_MANY.get(m.group("n") or "two", int(m.group("n")) if
                          (m.group("n") or "").isdigit() else 2)
        lo, hi = _SPAN_DAYS[m.group("unit")]
        seen: list[tuple[date, date]] = []
        sentences = {d["sentence"]}
        for e in reversed(drafts[:i]):
            if e["sentence"] not in sentences:
                if len(sentences) > 1:
                    break
                sentences.add(e["sentence"])
            p = e.get("period")
            if p and lo <= (p[1] - p[0]).days + 1 <= hi and p not in seen:
                seen.append(p)
        seen.sort()
        if len(seen) != n or any(b[0] != a[1] + _DAY for a, b in zip(seen, seen[1:])):
            continue
        d["period"] = (seen[0][0], seen[-1][1])
        _set(bases, i, "period", f"written: \"{m.group(0).strip()}\", the {n} {m.group('unit')}"
                                 " the figures before it named")


def _respective_measures(ctx: Any, items: list[dict[str, Any]], bases: list[Any],
                         i: int) -> bool:
    """"would bring Russia's total losses for personnel, artillery systems and tanks to
    661,630, 19,156 and 8,933, respectively": k figures of one list said "respectively" after
    a list of k nouns of daily-reported measures, one each, before them in their sentence (no
    other figure between; a year may stand there) take those measures in order, not the noun nearest them. Whether it did."""
    low, lex = ctx.low, ctx.lex
    first, last, k = items[0]["start"], items[-1]["end"], len(items)
    ss = items[0]["sentence"][0]
    if "respectively" not in low[last:last + 60] or not _RESPECTIVELY_AT.match(low, last) or \
            any(d.get("unit") or d.get("value") is None for d in items):
        return False
    ix = lex.ix
    if ix is None:
        return False
    nouns: list[tuple[int, int, str]] = []
    w = ix.word_at(max(ss, first - 200))
    while w < len(ix.words) and ix.starts[w] < first:
        got = ix.match_at(lex.after_table, w, first)
        mids = [m for m in lex.phrase_measure.get(got[2], []) if lex.daily_reports(m)] \
            if got is not None else []
        if mids:
            nouns.append((got[0], got[1], mids[0]))
            w = ix.word_at(got[1])
        else:
            w += 1
    nouns = nouns[-k:]
    if len(nouns) != k or len({m for _, _, m in nouns}) != k or \
            bisect_left(ctx.q_starts, nouns[-1][1]) < bisect_left(ctx.q_starts, first) or \
            not all(_ITEM_GAP.fullmatch(low, a[1], b[0]) for a, b in zip(nouns, nouns[1:])):
        return False
    for t, (d, (a, b, mid)) in enumerate(zip(items, nouns)):
        d["measure"] = mid
        _set(bases, i + t, "measure", f"list: the {t + 1}. of the nouns \"{ctx.text[a:b]}\" "
             "..., respectively")
    return True


def _shared_noun(ctx: Any, items: list[dict[str, Any]], bases: list[Any], i: int,
                 voc: _Vocab) -> None:
    """Bare figures of one list share its one count ("2,043 and 2,035 artillery systems";
    "artillery losses ... with 2,043 and 2,053 systems"): an item with no measure, or only a
    noun that counts anything ("systems"), takes the daily-reported measure another item has,
    the one after it first (the noun after a list is every item's)."""
    lex = ctx.lex
    named = [d for d in reversed(items) if lex.daily_reports(d.get("measure")) and
             d["measure"] not in voc.generic_nouns]
    if not named:
        return
    src = named[0]
    words = ctx.text[src["start"]:src["end"]]
    for t, d in enumerate(items):
        if d is src or not (d.get("measure") is None or d["measure"] in voc.generic_nouns) or \
                d.get("unit") or d.get("value") is None:
            continue
        d["measure"] = src["measure"]
        _set(bases, i + t, "measure", f"list: the count of its item \"{words}\"")
        if d.get("subject") is None and src.get("subject"):
            d["subject"] = src["subject"]
            _set(bases, i + t, "subject", f"list: the subject of its item \"{words}\"")


def _months_for(ctx: Any, items: list[dict[str, Any]]) -> list[Any]:
    """The months of one list that date ``items`` in order: right before them ("in July and
    August, with ...") or right after them, said "respectively"; [] when there are none."""
    low = ctx.low
    ss, se = items[0]["sentence"]
    first, last, k = items[0]["start"], items[-1]["end"], len(items)
    # (the dates near the list only: every date of a long sentence for each of its lists
    # would be quadratic)
    lo = bisect_left(ctx.date_starts, max(ss, first - 40 * k - 80))
    hi = bisect_right(ctx.date_starts, min(se, last + 40 * k + 80))
    months = [dm for dm in ctx.m.dates[lo:hi] if ss <= dm.start and dm.end <= se and
              dm.kind == "month" and dm.start_date is not None]
    before = [dm for dm in months if dm.end <= first][-k:]
    after = [dm for dm in months if dm.start >= last][:k]
    for got in (before, after):
        if len(got) != k or not all(_ITEM_GAP.fullmatch(low, a.end, _word_start(ctx, b))
                                    for a, b in zip(got, got[1:])):
            continue
        if got is before and (_DATES_WITH.match(low[got[-1].end:first]) or
                              _RESPECTIVELY_AT.match(low, last)):
            return got
        if got is after and not re.search(r"\d", low[last:got[0].start]) and \
                got[0].start - last <= 60 and \
                re.match(r"[ \u00a0]*,?[ \u00a0]*respectively\b", low[got[-1].end:]):
            return got
    return []


# the days of one list of weekdays read as one span: "Saturday, Sunday and Monday"
_DAY_ITEM_GAP = re.compile(r"(?:,[ \u00a0]*(?:and[ \u00a0]+)?|[ \u00a0]+and[ \u00a0]+)")


def _listed_days_for(ctx: Any, items: list[dict[str, Any]]) -> list[tuple[date, date, str]]:
    """"lost 1,080, 810 and 930 troops on Saturday, Sunday and Monday respectively": k figures
    of one list said "respectively" with one span of k days written as a list of k days (the
    date reader joins them) take those days in order, one each, not the span; [] when the
    list's dates are not such a span."""
    low, k = ctx.low, len(items)
    ss, se = items[0]["sentence"]
    first, last = items[0]["start"], items[-1]["end"]
    if "respectively" not in low[last:se]:
        return []
    lo = bisect_left(ctx.date_starts, max(ss, first - 80))
    hi = bisect_right(ctx.date_starts, min(se, last + 80))
    for dm in ctx.m.dates[lo:hi]:
        if dm.granularity != "day" or dm.start_date is None or dm.end_date is None or \
                (dm.end_date - dm.start_date).days + 1 != k or not ss <= dm.start <= se:
            continue
        parts = _DAY_ITEM_GAP.split(low[dm.start:dm.end])
        if len(parts) != k:
            continue
        after = dm.start >= last and dm.start - last <= 60 and \
            not re.search(r"\d", low[last:dm.start]) and \
            re.match(r"[ \u00a0]*,?[ \u00a0]*respectively\b", low[dm.end:]) is not None
        before = dm.end <= first and _RESPECTIVELY_AT.match(low, last) is not None
        if after or before:
            words = [w.strip() for w in _DAY_ITEM_GAP.split(ctx.text[dm.start:dm.end])]
            return [(dm.start_date + timedelta(days=t), dm.start_date + timedelta(days=t),
                     words[t]) for t in range(k)]
    return []


def _word_start(ctx: Any, dm: Any) -> int:
    """Where a date's month word starts ("in August": at "August"), for the gap before it."""
    m = re.match(r"(?:in|during|for|by|over)[ \u00a0]+", ctx.low[dm.start:dm.end])
    return dm.start + (m.end() if m else 0)


def _figure_antecedents(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"The Russian army's losses this year reached 299,210, Ukraine's commander-in-chief
    said. Since the invasion its losses have passed 1,090,000": a figure whose sentence names
    no side is about the side of the figure before it, not of the last name an attribution
    left in the sentence before (a subject carried that way is replaced)."""
    lex = ctx.lex
    last: dict[Any, int] = {}    # domain -> the latest figure whose subject was written
    daily: dict[Any, Any] = {}   # measure -> its domain when it is reported daily, else None
    for i, d in enumerate(drafts):
        m, b = d.get("measure"), bases[i]
        if b is None or m is None:
            continue
        dom = daily.get(m, daily)
        if dom is daily:
            dom = daily[m] = lex.domain(m) if lex.daily_reports(m) else None
        if dom is None:
            continue
        how = b.get("subject", "none")
        if how.startswith("written") and d.get("subject"):
            last[dom] = i
            continue
        k = last.get(dom)
        if k is None or not how.startswith("carried") or \
                drafts[k]["sentence"] == d["sentence"] or \
                ctx.paragraph(drafts[k]["start"]) < ctx.paragraph(d["start"]) - 1:
            continue
        if drafts[k]["subject"] != d.get("subject"):
            d["subject"] = drafts[k]["subject"]
            b["subject"] = (f"carried within the paragraph: the side of "
                            f"\"{ctx.text[drafts[k]['start']:drafts[k]['end']]}\"")


# a cheap test before readings.yaml front_part: its nouns
# the front_part nouns of an area, not of a front's command
_AREA_PART = re.compile(r"(?:region|oblast|operation|incursion|east|west|north|south)$")
_FRONT_WORDS = ("direction", "sector", "axis", "grouping", "operational zone", "region",
                "oblast", "operation", "incursion", "the east", "the south", "the north",
                "the west")


_SPAN_UNITS = frozenset(("hour", "day", "week", "month", "year"))
# a figure's own clause that places it "there" ("the 147 the Soviet army lost there")
_THERE_AFTER = re.compile(r"[ \u00a0]+(?:[a-z'’-]+[ \u00a0]+){1,5}?there\b")


def _span_length(x: dict[str, Any]) -> bool:
    """A length of time that measures nothing ("during the almost three months of Ukraine's
    Kursk operation"): no figure that parts a loss figure from the front's part after it."""
    return x.get("measure") is None and x.get("unit") in _SPAN_UNITS


def _front_parts(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab
                 ) -> None:
    """"eliminated 62 occupiers in the Tavria direction alone": a figure of one part of the
    front is about that part (readings.yaml ``front_part``, ``front_there``)."""
    low, lex = ctx.low, ctx.lex
    if not any(w in low for w in _FRONT_WORDS) and voc.front_part.search(low) is None and \
            voc.front_place.search(low) is None:
        return
    named: dict[int, tuple[str, tuple[int, int]]] = {}   # paragraph -> (part, its sentence)
    wars: dict[int, str] = {}   # paragraph -> another war it names ("in Afghanistan")
    prev_end = -1    # the end of the loss figure before (a count of attacks does not part them)
    for i, d in enumerate(drafts):
        if not lex.daily_reports(d.get("measure")):
            continue
        ss, se = d["sentence"]
        # 80 characters before the figure; from the sentence's start (up to 160) for its first
        # loss figure: "Over the past day, in the Donetsk and Luhansk directions alone,
        # Ukrainian forces repelled 11 attacks and destroyed six tanks"
        lo = max(prev_end, d["start"] - 80) if prev_end > ss else \
            max(ss, d["start"] - 160)
        prev_end = d["end"]
        nxt = next((x for x in drafts[i + 1:i + 4] if not _span_length(x)), None)
        hi = min(se, nxt["start"] if nxt is not None and nxt["start"] < se else se,
                 d["end"] + 80)
        m = voc.front_part.search(low, lo, hi)
        if m is None:
            m = _front_at_end(low, d["end"], se, voc)
            if m is not None and m.group("war"):
                m = None    # (another war's place scopes the figure it follows only)
        if m is None:
            t = voc.front_place.search(low, max(ss, d["start"] - 160), d["start"])
            if t is not None:
                part = t.group("town") or t.group("town2")
                named[ctx.paragraph(d["start"])] = (part, d["sentence"])
                d["subject"] = f"{d.get('subject') or 'forces'} ({part})"
                _set(bases, i, "subject", f"written: one town's count (\"{part}\")")
                continue
            if _front_speaker(ctx, d, bases, i, voc):
                continue
            war = wars.get(ctx.paragraph(d["start"]))
            if war and _THERE_AFTER.match(low, d["end"]):
                # "... 15,051 Soviet dead in the war in Afghanistan. The tank figure, 11,350,
                # dwarfs the 147 the Soviet army lost there": that war's count too
                d["source"] = f"another war's count ({war})"
                continue
        if m is not None and m.start() > d["start"] and not m.group("op") and \
                _AREA_PART.search(m.group(0)) and not _counted_in(lex, low, d["end"], m.start()):
            # a region after the figure is where the fighting was ("lost 1,200 troops as it
            # pressed on in the Donetsk region"); one before it scopes the count ("losses in
            # the Kursk region had reached 20,842"), and so does one right after the figure's
            # noun ("has lost 17,819 soldiers in the Kursk region": the soldiers lost there)
            m = None
        if not d.get("subject") and (m is None or not (m.group("war") or m.group("battle"))):
            # (a battle's or another war's figure is no report's, whoever's it is: "compared
            # to 385 in Afghanistan" names no side of its own)
            continue
        par = ctx.paragraph(d["start"])
        why = "one part of the front"
        if m is not None and m.group("war"):
            # "compared to 385 in Afghanistan": another war's count, its own only (the figure
            # before it in the sentence is this war's); no side is given it, which the
            # figures around it would lend to theirs
            d["source"] = f"another war's count ({m.group('war')})"
            wars[par] = m.group("war")
            continue
        if m is not None:
            part = " ".join((m.group("name") or m.group("name2") or m.group("op") or
                             m.group("battle") or m.group("area")).split())
            why = "one battle" if m.group("battle") else why
            named[par] = (part, d["sentence"])
        elif par in named and (named[par][1] == d["sentence"] or voc.front_there.search(
                low, ss, d["start"]) is not None):
            # the sentence's later figures ("destroyed six tanks and ten armoured vehicles"),
            # or a later sentence's that point back ("there")
            part = named[par][0]
        else:
            continue
        d["subject"] = f"{d.get('subject') or 'forces'} ({part})"
        _set(bases, i, "subject", f"written: {why} (\"{part}\")")


def _front_speaker(ctx: Any, d: dict[str, Any], bases: list[Any], i: int, voc: _Vocab
                   ) -> bool:
    """"Oleksandr Shtupun, spokesman for the Tavria grouping, said Russia lost 512 soldiers":
    a figure its sentence credits to a speaker of one part of the front is that part's
    (readings.yaml ``front_speaker``), unless the sentence also credits the General Staff or a
    ministry (``front_speaker_not``). Whether it was set."""
    ss, se = d["sentence"]
    sp = voc.front_speaker.search(ctx.low, ss, se)
    if sp is None or voc.front_speaker_not.search(ctx.low, ss, se) is not None:
        return False
    part = " ".join(sp.group("unit").split())
    d["subject"] = f"{d.get('subject') or 'forces'} ({part})"
    _set(bases, i, "subject", f"written: the count of a speaker of one part of the front "
                              f"(\"{part}\")")
    return True


# the words of a count's noun between a figure and the region that scopes it ("17,819 soldiers
# in the Kursk region", "6,662 Russian troops killed or wounded in Kursk Oblast")
_COUNTED_WORDS = frozenset(("russian", "russia's", "russia’s", "enemy", "killed", "wounded",
                            "or", "and", "captured", "more", "soldiers", "troops",
                            "servicemen", "personnel", "men", "occupiers"))


def _counted_in(lex: Any, low: str, end: int, part: int) -> bool:
    """Whether only the figure's noun stands between it (``end``) and a region named after it
    (``part``): "has lost 17,819 soldiers in the Kursk region" is the region's own count, never
    the place the fighting went on in ("lost 1,200 troops as it pressed on in the Donetsk
    region")."""
    words = low[end:part].split()
    return 0 < len(words) <= 4 and all(
        w in _COUNTED_WORDS or w in lex.phrase_measure for w in words)


# (an attribution may close the sentence after the part: "... during the battle of Avdiivka,
# he wrote.")
_SENTENCE_END = re.compile(r"(?:[ \u00a0]+alone)?(?:,[ \u00a0]+(?:[a-z'’.-]+[ \u00a0]+){0,6}?"
                           r"(?:said|says|wrote|writes|reported|reports|added|stated|claimed))?"
                           r"[ \u00a0]*[.!?;\"”’')]*[ \u00a0]*$")


def _front_at_end(low: str, end: int, se: int, voc: _Vocab) -> re.Match[str] | None:
    """"have eliminated 62 Russian occupiers and destroyed 35 enemy military equipment units in
    the Tavria direction": a part of the front that closes the figure's sentence (within 200
    characters) is where all its figures were counted."""
    m = None
    for m in voc.front_part.finditer(low, end, min(se, end + 200)):
        pass
    if m is not None and _PART_OF_IT.search(low, end, m.start()):
        # "920 troops in the past day, including 400 in the Avdiivka direction": the part's
        # place is the part's only
        return None
    return m if m is not None and _SENTENCE_END.match(low, m.end(), se) else None


_PART_OF_IT = re.compile(r"\b(?:including|of[ \u00a0]+them|of[ \u00a0]+whom|of[ \u00a0]+which|"
                         r"among[ \u00a0]+them)\b")


def _own_counts(ctx: Any, drafts: list[dict[str, Any]], voc: _Vocab) -> None:
    """"Russia's defence ministry last gave its own death toll in September, 5,937 soldiers":
    a side's own count of its own losses is that side's figure (its source), never the
    General Staff's report (readings.yaml ``own_count``, within 160 characters before it)."""
    low, lex = ctx.low, ctx.lex
    if " own " not in low and "officially" not in low and " last " not in low:
        return
    for d in drafts:
        subj = d.get("subject")
        if not subj or not lex.daily_reports(d.get("measure")):
            continue
        ss = d["sentence"][0]
        m = None
        for m in voc.own_count.finditer(low, max(ss, d["start"] - 160), d["start"]):
            pass
        if m is None:
            continue
        side = lex.subject_before(low, ss, m.start(), [], domain=lex.domain(d["measure"]))
        if side == subj:
            sm = lex.ix.matches["subject"]
            k = sm.between(ss, m.start())[-1]
            who = re.sub(r"['’]s$", "", ctx.text[sm.starts[k]:sm.ends[k]])
            d["source"] = f"{who}'s own count"


# a running total's day's figure left blank in its brackets: "1,659 (+) multiple rocket
# launchers", "MLRS 1,344 (-)"
_BLANK_INCREMENT = re.compile(r"[ \u00a0]*\([ \u00a0]*[+\-−][ \u00a0]*\)")


def _blank_increments(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any],
                      D: date) -> None:
    """"11,706 (+2) tanks, ..., 1,659 (+) multiple rocket launchers": a figure whose bracket
    holds a sign and no day's figure is a running total, to its report (the list's lead-in
    day, else the update's or publication's), as the totals of "N (+M)" beside it are."""
    for i, d in enumerate(drafts):
        if d.get("cumulative") or _BLANK_INCREMENT.match(ctx.text, d["end"]) is None:
            continue
        if d.get("measure") is None and (label := _item_label(ctx, d["start"])) is not None:
            # "multiple rocket launchers 1,344 (+)": an inline list's item names it before
            d["measure"] = label
            _set(bases, i, "measure", "table label: the item's measure")
        if not _is_daily(ctx, d):
            continue
        scope = ctx.lex.scope_start(d["measure"])
        if scope is None:
            continue
        lead = _lead_in_day(ctx, d, scope, D)
        end = lead.start_date if lead is not None else ctx.day_at(d["start"]) or D
        d["period"], d["cumulative"] = (scope, end), True
        why = "written: a running total, its day's figure left blank in brackets (\"(+)\")"
        _set(bases, i, "period", why)
        _set(bases, i, "scope", why)


def _item_label(ctx: Any, pos: int) -> str | None:
    """The measure an inline list's item names right before its figure ("..., multiple
    rocket launchers 1,344 (+), ..."), when the words since the last comma, semicolon, colon
    or line break are one of a daily-reported measure's phrases."""
    low = ctx.low
    start = max(low.rfind(c, 0, pos) for c in "\n;,:") + 1
    key = " ".join(_LABEL_NOISE.sub(" ", low[start:pos]).replace("’", "'").split())
    got = {m for m in ctx.lex.phrase_measure.get(key, []) if ctx.lex.daily_reports(m)} \
        if key and len(key) <= 40 else set()
    return got.pop() if len(got) == 1 else None


def _bracketed_days(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"97 pieces of special equipment (three in the past 24 hours)": the day the brackets
    name is their figure's, not the total's before them (which is left undated, for the
    readings)."""
    low = ctx.low
    if "(" not in low:
        return
    markers: dict[Any, Any] = {}   # sentence -> its daily markers
    for i in range(len(drafts) - 1):
        d, e = drafts[i], drafts[i + 1]
        if d["sentence"] != e["sentence"] or d.get("cumulative") or d.get("period") is None \
                or d["period"][0] != d["period"][1] or e.get("period") is None or \
                bases[i] is None or \
                not ctx.lex.daily_reports(d.get("measure")):
            continue
        k = low.find("(", d["end"], e["start"])
        if k < 0 or low.find(")", d["end"], e["start"]) >= 0 or \
                low.find(")", e["end"], d["sentence"][1]) < 0:
            continue
        lo = drafts[i - 1]["end"] if i and drafts[i - 1]["sentence"] == d["sentence"] else \
            d["sentence"][0]
        lo = max(lo, low.rfind(")", lo, d["start"]) + 1)   # past the brackets before it
        daily = markers.get(d["sentence"])
        if daily is None:
            daily = markers[d["sentence"]] = ctx.lex.marker_spans(*d["sentence"])[1]
        if any(lo <= a < k for a, _ in daily) or \
                any(lo <= dm.start < k for dm in ctx.m.dates):
            continue     # its own words date it: "12 tanks yesterday (+3 on Friday)"
        d["period"] = None
        bases[i]["period"] = "none"


def _heading_measure(ctx: Any, pos: int, lo: int | None = None,
                     how: str = "carried from the heading"
                     ) -> tuple[str, str | None, str] | None:
    """The daily-reported measure (and subject) a heading line or sentence right above
    ``pos`` names ("Russian personnel losses by year, in the General Staff's figures:"); from
    ``lo`` on only, when given (the figure's own sentence)."""
    low, lex = ctx.low, ctx.lex
    par = ctx.paragraph(pos)
    start = ctx.par_starts[par - 1] if par > 0 else 0
    hs = max(start, pos - 300, lo or 0)
    spans = [m.span() for m in re.finditer(r"[a-z][a-z'’-]*", low[hs:pos])]
    words = [low[hs + a:hs + b] for a, b in spans]
    # (the war's words around a phrase of its own sentence stand anywhere in that sentence:
    # "The figure now stands at 992,570, Ukraine's General Staff said")
    end = ctx.sentence(pos)[2] if lo is not None else pos
    for n in (3, 2):   # one word ("killed", "losses") names too many things
        for k in range(len(words) - n, -1, -1):
            key = " ".join(words[k:k + n]).replace("’", "'")
            # (a phrase after a figure, or one that names it before: "casualty figures")
            got = [m for m in lex.phrase_measure.get(key, []) or lex.before_measure.get(
                key, []) or lex.before_measure.get(key.removesuffix("s"), [])
                if lex.daily_reports(m) and lex.story_of(lex.domain(m), low)]
            if key in lex.generic_before:
                # "the figure", "the total" name a count only beside the war's own words:
                # "up from the 2020 figure of 14.48 million" in a sales story is no army's
                got = [m for m in got if lex.war_around(m, low, hs, end)]
            if len(got) == 1:
                dom = lex.domain(got[0])
                # whose the phrase is: the side named before it ("Russia's personnel losses
                # keep climbing, Ukraine's military says": Russia's, not the source's side),
                # else the side named last before the figure
                pe = hs + spans[k + n - 1][1]
                subj = lex.subject_before(low, hs, pe, [], pe, dom) or \
                    lex.subject_before(low, hs, pos, [], pos, dom)
                if par > 0 and hs + spans[k][0] < ctx.par_starts[par]:
                    how += " in another paragraph"     # a heading line of its own
                return got[0], subj, f"{how}: \"{key}\""
    return None


# the noun a ratio is counted for, right before a verb of destruction ("for every tank
# destroyed", "per vehicle hit")
_RATIO_NOUN_BEFORE = re.compile(r"\b(?:for[ \u00a0]+(?:every|each)|per)[ \u00a0]+[a-z-]+[ \u00a0]+$")


def _agents(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab) -> None:
    """"Ukrainian forces also shot down 97 drones": the subject named before a verb of
    destruction is its agent, not whose losses the figure counts; the figure takes the
    opposing subject (readings.yaml ``opposing``), unless its own words name a side ("102
    Russian vehicles")."""
    low, lex = ctx.low, ctx.lex
    turned: dict[Any, tuple[str, str]] = {}   # list group -> (agent, the verb's words)
    by_sentence: dict[Any, tuple[str, str]] = {}   # sentence -> (agent, the verb's words)
    for i, d in enumerate(drafts):
        subj = d.get("subject")
        other = voc.opposing.get(subj or "")
        if other is None or not lex.daily_reports(d.get("measure")):
            continue
        g = d.get("group")
        ss, se = d["sentence"]
        agent = by_sentence.get(d["sentence"])
        if agent is not None and agent[0] == subj and i and drafts[i - 1]["sentence"] == \
                d["sentence"]:
            # "destroyed 1,907 tanks (eight of them yesterday), 4,212 armoured vehicles":
            # the later objects of the verb, when nothing between names a side
            dom = lex.domain(d["measure"])
            if lex.subject_before(low, drafts[i - 1]["end"], d["start"], [], domain=dom) is None \
                    and lex.subject_before(low, d["end"], min(se, d["end"] + 30), [],
                                           domain=dom) is None:
                d["subject"] = other
                _set(bases, i, "subject", f"written: whose losses \"{agent[1]}\" counts "
                     "(not its agent's)")
                continue
        if g is not None and turned.get(g, ("",))[0] == subj:
            # "eliminated 320 soldiers, three tanks, 38 artillery systems": every item
            d["subject"] = other
            _set(bases, i, "subject", f"written: whose losses \"{turned[g][1]}\" counts "
                 "(not its agent's; list)")
            continue
        m = voc.agent.search(low, max(ss, d["start"] - 80), d["start"]) or \
            _agent_around(low, d, voc)
        if m is not None and _RATIO_NOUN_BEFORE.search(low, max(ss, m.start() - 40), m.start()):
            m = None    # "lost about 105 troops for every tank destroyed: 1,208,970 soldiers
            # against 11,488 tanks": a participle of the ratio's noun, no agent's verb
        if m is None and _passive_agent(ctx, d, voc) == subj:
            # "takes the number destroyed by the Ukrainian army to 474": the agent after "by"
            d["subject"] = other
            _set(bases, i, "subject", "written: whose losses a verb of destruction counts "
                 "(not the agent after \"by\")")
            continue
        if m is None and _clause_agent(ctx, d, voc) == subj:
            # "after Ukrainian drones struck airfields ..., taking the total to 413"
            d["subject"] = other
            _set(bases, i, "subject", "written: whose losses an attack counts (not the "
                 "attacker named before)")
            continue
        if m is None or voc.not_objects.match(low, d["end"]) or _reaches_level(low, ss, d, voc):
            # ("when it hit 1,300,030 losses": a count of losses is reached, not destroyed)
            continue
        dom = lex.domain(d["measure"])
        # the agent is named in the verb's own clause ("...; the defence forces eliminated")
        cs = max(ss, low.rfind(";", ss, m.start()) + 1)
        coordinated = _coordinated_agent(lex, low, cs, m, dom)
        if coordinated == "" or (coordinated or
                                 lex.subject_before(low, cs, m.start(), [], domain=dom)) != subj or \
                lex.subject_before(low, d["end"], min(se, d["end"] + 30), [], domain=dom):
            continue
        d["subject"] = other
        _set(bases, i, "subject", f"written: whose losses \"{m.group(0).strip()}\" counts "
             "(not its agent's)")
        by_sentence[d["sentence"]] = (subj, m.group(0).strip())
        if g is not None:
            turned[g] = (subj, m.group(0).strip())
    # (whose a bare "the ministry" is follows from the sides now settled)
    _bare_bodies(ctx, drafts, voc)


def _reaches_level(low: str, ss: int, d: dict[str, Any], voc: _Vocab) -> bool:
    """"the toll hit 1,000,340", "Russia's losses passed the mark ..., when they hit 902,010":
    "hit" after a count (or a pronoun for a count named before it in the sentence) reaches a
    level; the figure is that count's, not an object destroyed (readings.yaml
    ``agent_reaching``)."""
    r = voc.reaching.search(low, ss, d["start"])
    if r is None:
        return False
    return r.group("pron") is None or voc.reaching_count.search(low, ss, r.start()) is not None


def _bare_bodies(ctx: Any, drafts: list[dict[str, Any]], voc: _Vocab) -> None:
    """"Russian forces lost 1,020 soldiers over the past day, ..., the Defence Ministry said":
    a body named bare, in a story that names no party's body, is the body of the side that
    reports the figure's subject's losses (readings.yaml ``bare_body_of``: Ukraine's ministry
    for Russian losses); none when the document names a body of another party in that list
    (either may be meant), when the figure's subject has none there, or for a war-long toll a
    side also gives of itself (``bare_body_own``) with no day's figure of the same body in its
    paragraph."""
    lex = ctx.lex
    named: set[str] | None = None
    day_said: dict[tuple[int, int], bool] = {}     # (one search a sentence: linear)

    def says_day(sent: tuple[int, int]) -> bool:
        if sent not in day_said:
            day_said[sent] = voc.bare_body_day.search(ctx.low, *sent) is not None
        return day_said[sent]

    daily = {(ctx.paragraph(d["start"]), d.get("source")) for d in drafts
             if d.get("period") is not None and not d.get("cumulative") and
             d["period"][0] == d["period"][1] and says_day(d["sentence"])}
    for d in drafts:
        src, subj = d.get("source"), d.get("subject")
        if not src or subj not in voc.bare_body_of or not lex.daily_reports(d.get("measure")):
            continue
        body = src.lower().removeprefix("the ")
        if lex.story_key(body) not in lex.bodies or lex.story_key(body) in lex.services:
            # (a service, "the air force said", counts what it did itself: sources.yaml)
            continue
        if d.get("measure") in voc.bare_body_own and \
                (ctx.paragraph(d["start"]), src) not in daily:
            continue
        if named is None:
            named = {lex.alias_source.get(lex.story_key(m.group(1)))
                     for m in lex.source_alias_re.finditer(ctx.low)}
        party = voc.bare_body_of[subj]
        if named & (set(voc.bare_body_of.values()) - {party}):
            continue
        d["source"] = party


def _coordinated_agent(lex: Any, low: str, cs: int, m: re.Match[str],
                       dom: str | None) -> str | None:
    """The agent of a verb of destruction ``m`` coordinated with an earlier verb of its clause:
    the side that opens the clause ("Ukrainian forces killed 1,060 Russian soldiers, the
    General Staff said, and destroyed 14 tanks": the side named last before "destroyed" is the
    first verb's object); None when the verb is no such second verb."""
    if _AND_BEFORE.search(low, max(cs, m.start() - 12), m.start()) is None:
        return None
    sm = lex.ix.matches["subject"]
    objects = False
    for k in sm.between(cs, m.start()):
        sid = lex.pick_subject(sm.payloads[k], dom)
        if sid is not None and _FIGURE_NOUN.search(low, max(cs, sm.starts[k] - 30),
                                                   sm.starts[k]):
            # "put about 7,210 occupiers out of action and destroyed 62 tanks": a side named
            # as the first verb's counted object is no agent
            objects = True
            continue
        if sid is not None:
            return sid      # the first side the clause names: its subject
    # only the first verb's objects name a side: the agent is unnamed ("the Defence Forces"),
    # and the second verb's objects are the same side's losses ("" : no agent to turn from)
    return "" if objects else None


# a figure right before a side's name: the side is that figure's counted object
# ("7,210 occupiers", "1,130 Russian soldiers"), up to two words between
_FIGURE_NOUN = re.compile(r"\d[\d,.]*[ \u00a0]+(?:[a-z'’-]+[ \u00a0]+){0,2}$")

# "..., and destroyed", " and also shot down": a verb coordinated with the one before it
_AND_BEFORE = re.compile(r"\band(?:[ \u00a0]+(?:also|then))?[ \u00a0]+$")


def _agent_around(low: str, d: dict[str, Any], voc: _Vocab) -> re.Match[str] | None:
    """A verb of destruction split around its object ("Ukrainian forces put 1,130 troops out
    of action"): the words before the figure that the words after it complete (readings.yaml
    ``agent_around``), or None."""
    ss, se = d["sentence"]
    for before, after in voc.agent_around:
        m = before.search(low, max(ss, d["start"] - 80), d["start"])
        if m is not None and after.match(low, d["end"], se):
            return m
    return None


def _clause_agent(ctx: Any, d: dict[str, Any], voc: _Vocab) -> str | None:
    """The side a clause of attack before the figure names as the attacker ("after Ukrainian
    drones struck airfields deep inside Russia, taking the total to 413", readings.yaml
    ``agent_clause``), when the figure's own words name no side; else None."""
    ss, se = d["sentence"]
    low, lex = ctx.low, ctx.lex
    m = voc.agent_clause.search(low, max(ss, d["start"] - 200), d["start"])
    if m is None:
        return None
    dom = lex.domain(d["measure"])
    if lex.subject_before(low, d["end"], min(se, d["end"] + 30), [], domain=dom):
        return None
    return lex.subject_before(low, m.start("agent"), m.end("agent"), [], domain=dom)


def _passive_agent(ctx: Any, d: dict[str, Any], voc: _Vocab) -> str | None:
    """The subject a passive verb of destruction names as its agent in the figure's sentence
    ("the number destroyed by the Ukrainian army", readings.yaml ``agent_passive``), or None."""
    ss, se = d["sentence"]
    # (asked once per sentence: linear in a sentence of thousands of figures)
    memo = ctx.passive_agents
    if (ss, se) not in memo:
        memo[(ss, se)] = voc.agent_passive.search(ctx.low, ss, se)
    m = memo[(ss, se)]
    if m is None:
        return None
    return ctx.lex.subject_before(ctx.low, m.start("agent"), m.end("agent"), [],
                                  domain=ctx.lex.domain(d["measure"]))


def _to_date(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], D: date) -> None:
    """Totals to date: "so far this year", "in February so far" (a running marker with a
    period that starts after the scope: the sum since that start, not the war-long total);
    "this month" (a period that runs past publication: the part reported by then is a
    reading, kept in the draft's ``_to_date`` until the readings pass)."""
    lex = ctx.lex
    for i, d in enumerate(drafts):
        period = d.get("period")
        # (a daily average "so far in April" is over the same days as the month's sum)
        base = (d.get("measure") or "").removesuffix("_per_day")
        if period is None or not lex.daily_reports(base):
            continue
        scope = lex.scope_start(base)
        if scope is None or period[0] >= D:
            continue
        if d.get("cumulative") and (period[0] - scope).days > 7 and \
                (m := _total_brought_to(ctx.low, d["sentence"][0], d["start"], _vocab())) \
                is not None and "since" not in ctx.low[m.start():d["start"]]:
            # "Since the start of 2024, losses have exceeded 421,000, ..., putting the total at
            # about 785,000": the total its own words bring it to is the war's, not the since's
            # (not "taking the toll since June 14 to 1,396": its words hold the since)
            d["period"] = (scope, period[1])
            _set(bases, i, "period", "written: the running total its words bring it to (not "
                 f"the total since {period[0].isoformat()})")
        elif d.get("cumulative") and (period[0] - scope).days > 7:
            d["cumulative"], d["period"] = False, (period[0], min(period[1], D - _DAY))
            d["extra"].append((TO_DATE, 1))
            _set(bases, i, "period", f"written: the total since {period[0].isoformat()} to "
                 "date (not the running total since the start)")
            _set(bases, i, "scope", "none")
            if ctx.sums_reports(d["sentence"][0], d["start"]) and \
                    not any(k == "period_readings" for k, _ in d["extra"]):
                d["extra"].append(("period_readings", ctx.reports_sum_readings(*d["period"])))
            d["_to_date"] = _to_month_end(d["period"], D)
        elif base != d["measure"] and period[1] > D and period[1] > period[0]:
            # "an average of 568 so far in April": over the days fought and reported by
            # publication (the store's lags read them against the reports dated in them too);
            # a period that ends on publication ("over the week to Monday, on average 1,261
            # a day" on Monday) stays whole: the reports dated in it are its reading, and the
            # store reads the days fought to the day before beside them
            d["period"] = (period[0], D - _DAY)
            _set(bases, i, "period", "written: the days of its period reported by "
                 f"publication ({D.isoformat()})")
        elif not d.get("cumulative") and period[1] >= D and period[1] > period[0]:
            # its own period stays a reading (the store has no value for it yet)
            # (through the day before, the days fought; through publication, the reports
            # dated in it: "this month to 43,710" on the 29th counts the 29th's report)
            d["_to_date"] = tuple(_reading(period[0], end, False, "the part of its period "
                                           f"reported by publication ({D.isoformat()})")
                                  for end in (D - _DAY, D))


def _to_month_end(period: tuple[date, date], D: date) -> tuple[Reading, ...]:
    """"more than 383 thousand since the start of the year" in a summary out on 2 December:
    written in the first days of a month, a total to date may be the one to the end of the
    month just past (the month's summary), beside the one to publication; () otherwise."""
    end = D.replace(day=1) - _DAY
    if D.day > 3 or end <= period[0] or end >= period[1]:
        return ()
    return (_reading(period[0], end, False, "the total to the end of the month before "
                     f"publication ({end.isoformat()}), as a monthly summary gives it"),)


# (not "down 80 from 1,100 a day earlier": the day before's figure, no rate)
_A_DAY = re.compile(r"[ \u00a0\n]+(?:a|per|each|every)[ \u00a0\n]+day\b"
                    r"(?![ \u00a0\n]+(?:earlier|before|ago|later|after)\b)")
# "The average daily loss rate was 1,025": a daily average named before the figure in its
# clause (no digit, no clause break between)
_AVERAGE_BEFORE = re.compile(r"\b(?:average\s+daily|daily\s+average)\b[^.;:,\d]{0,40}$")


def _averages(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"38,130 troops in September, on average 1,271 a day": a figure that names nothing,
    written as so many a day, is the daily average of the measure of its sentence's figure;
    one an average names before it ("... a total of 31,770 casualties. The average daily loss
    rate was 1,025") also of the figure in the sentence before, in its paragraph."""
    low, lex = ctx.low, ctx.lex
    for i, d in enumerate(drafts):
        if d.get("measure") is not None or d.get("unit"):
            continue
        named = _AVERAGE_BEFORE.search(low, max(d["sentence"][0], d["start"] - 60),
                                       d["start"]) is not None or \
            ctx.in_daily_average_list(d["start"], d["sentence"][0])
        if not named and not _A_DAY.match(low, d["end"]):
            continue
        near = [o for o in drafts[max(0, i - 6):i + 6] if o is not d and
                lex.daily_reports(o.get("measure")) and not o["measure"].endswith("_per_day")]
        other = next((o for o in near if o["sentence"] == d["sentence"]), None)
        if other is None and named:
            other = next((o for o in reversed(near) if o["end"] <= d["sentence"][0] and
                          ctx.paragraph(o["start"]) == ctx.paragraph(d["start"])), None)
        if other is None:
            continue
        d["measure"] = other["measure"] + "_per_day"
        d["subject"] = d.get("subject") or other.get("subject")
        own, theirs = d.get("period"), other.get("period")
        if own is None or own[0] == own[1] and theirs is not None and theirs[1] > theirs[0]:
            # (an average of one day is none: "8,310 troops in the past week, according to
            # Monday's update, or about 1,190 a day" averages the week, not Monday)
            d["period"] = theirs
        words = ctx.text[other["start"]:other["end"]]
        where = "sentence" if other["sentence"] == d["sentence"] else "paragraph"
        _set(bases, i, "measure", f"carried within the {where}: the daily average of the "
             f"measure of \"{words}\"")
        if bases[i] is not None and bases[i].get("period") == "none" and d.get("period"):
            bases[i]["period"] = f"carried within the {where}"


# "20,000 men a month", "5,000 soldiers every week": a rate over a longer time than the report's
# (not "nearly 100 tanks in a week": a window, one week's sum)
_A_LONGER = re.compile(r"(?:[ \u00a0\n]+(?!(?:in|within|over|during|inside)[ \u00a0\n]+a\b)"
                       r"[a-z]+){0,2}?[ \u00a0\n]+(?:(?:a|per|each|every)"
                       r"[ \u00a0\n]+(?:month|week|year|fortnight)|(?:an|per|each|every)"
                       r"[ \u00a0\n]+hour)\b"
                       # (not "311,750 a week earlier": a day counted back, no rate)
                       r"(?![ \u00a0\n]+(?:earlier|before|ago|later|after|on)\b)")
# "take between 1,000 and 1,100 Russian soldiers out of action every day": so many a day, later
# in the figure's clause (not "in a day": one day's figure; not "950 more than a day earlier":
# a change from the day before)
_A_DAY_LATER = re.compile(r"(?:[ \u00a0\n]+(?!(?:in|within|over|during|inside|than)[ \u00a0\n]+a\b)"
                          r"[a-z'’-]+){1,6}?[ \u00a0\n]+(?:a|per|each|every)[ \u00a0\n]+day\b"
                          r"(?![ \u00a0\n]+(?:earlier|before|ago|later|after)\b)")
# a rate per stretch of ground, after the figure ("99 casualties per square kilometre", "for
# every kilometre gained") or leading its clause ("each square kilometre taken cost about 99")
_GROUND = r"(?:square[ \u00a0\n]+|sq\.?[ \u00a0\n]*)?(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?)\b"
_PER_GROUND_AFTER = re.compile(r"(?:[ \u00a0\n]+[a-z]+){0,2}?[ \u00a0\n]+(?:a|per|each|every|"
                               r"for[ \u00a0\n]+(?:each|every))[ \u00a0\n]+" + _GROUND)
_PER_GROUND_BEFORE = re.compile(r"\b(?:each|every|per)[ \u00a0\n]+" + _GROUND +
                                r"[^,;:.()]{0,40}$")


# "from" (or "than", "against") right before a compared figure, its possessive date allowed
_FROM_BEFORE = re.compile(r"\b(?:from|than|against)\s+(?:(?:the|a|an|about|around|some)\s+)?"
                          r"(?:[A-Za-z]+(?:'s|’s)\s+)?$", re.IGNORECASE)


def _compared_rates(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"averaged about 910 a day throughout March, a drop of 71 a day from February's 981": the
    value a daily average is compared with, right after "from", is a daily average too (of
    its own month), not that month's sum."""
    low = ctx.low
    for i, d in enumerate(drafts):
        m = d.get("measure")
        if i == 0 or d.get("role") != "compared" or d.get("unit") or not m or \
                m.endswith("_per_day") or not ctx.lex.daily_reports(m):
            continue
        prev = drafts[i - 1]
        if prev.get("measure") != m + "_per_day" or prev["sentence"] != d["sentence"] or \
                not _FROM_BEFORE.search(low, max(prev["end"], d["start"] - 40), d["start"]) or \
                ONE_REPORT_AFTER.match(low, d["end"]):
            continue    # (not "against 960 in Monday's report": one report's figure)
        d["measure"], d["cumulative"] = m + "_per_day", False
        _set(bases, i, "measure", "carried within the sentence: compared with the daily average "
             f"\"{ctx.text[prev['start']:prev['end']]}\"")


# between a daily average and a second one that leaves its "a day" out: "1,256 a day in May
# and 1,168 in June" (the first figure's date, then "and")
_RATE_AND = re.compile(r"(?:[ \u00a0]+(?:a|per|each)[ \u00a0]+day)?[ \u00a0]+(?:in|during|for)"
                       r"[ \u00a0]+[a-z]+(?:[ \u00a0]+\d{4})?[ \u00a0]*,?[ \u00a0]+(?:and|but|while)"
                       r"[ \u00a0]+")
# what stands right after the second: its own date, no noun of its own
_DATE_NEXT = re.compile(r"[ \u00a0]+(?:in|during|for)[ \u00a0]+[a-z]+\b")


def _coordinated_rates(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"averaged 1,256 a day in May and 1,168 in June": the figure joined by "and" to a daily
    average, with its own month and no noun of its own, is that month's daily average too,
    not the month's sum."""
    low = ctx.low
    for i, d in enumerate(drafts):
        m = d.get("measure")
        if i == 0 or d.get("unit") or not m or m.endswith("_per_day") or \
                d.get("cumulative") or not ctx.lex.daily_reports(m):
            continue
        prev = drafts[i - 1]
        if prev.get("measure") != m + "_per_day" or prev["sentence"] != d["sentence"] or \
                not _RATE_AND.fullmatch(low, prev["end"], d["start"]) or \
                not _DATE_NEXT.match(low, d["end"]):
            continue
        d["measure"] = m + "_per_day"
        _set(bases, i, "measure", "carried within the sentence: joined to the daily average "
             f"\"{ctx.text[prev['start']:prev['end']]}\"")


# so many a day right after a figure (its noun between), not "in a day" (one day's figure) nor
# "a day earlier" (a day counted back)
_A_DAY_NEAR = re.compile(r"(?:[ \u00a0\n]+(?!(?:in|within|over|during|inside|than|for)[ \u00a0\n]+a\b)"
                         r"[a-z'’-]+){0,2}?[ \u00a0\n]+(?:a|per|each|every)[ \u00a0\n]+day\b"
                         r"(?![ \u00a0\n]+(?:earlier|before|ago|later|after)\b)")


def _a_rate(low: str, d: dict[str, Any]) -> bool:
    """Whether the words right after a figure make it a rate: so many a day, a month, or per
    stretch of ground ("roughly 103 for every square kilometre")."""
    return bool(_A_DAY_NEAR.match(low, d["end"]) or _A_LONGER.match(low, d["end"]) or
                _PER_GROUND_AFTER.match(low, d["end"]))


def _new_value_of(drafts: list[dict[str, Any]], src: dict[str, Any], i: int
                  ) -> dict[str, Any] | None:
    """The new value right before an earlier value ``src`` (a draft before ``i``) of its count
    in its sentence ("to 32,420 from 35,370 in May"), when it is over a span of days of its
    own; else None."""
    k = next((j for j in range(i - 1, -1, -1) if drafts[j] is src), 0)
    if k == 0:
        return None
    new = drafts[k - 1]
    p = new.get("period")
    if new["sentence"] != src["sentence"] or new.get("measure") != src.get("measure") or \
            new.get("role") in ("compared", "change", "share") or p is None or \
            p[1] <= p[0] or new.get("cumulative") or p == src.get("period"):
        return None
    return new


def _averages_of_periods(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"Set against Kyiv's 430,790 Russian casualties for the year, that is roughly 103 for
    every square kilometre, or about 1,180 a day": so many a day, in a sentence that gave a
    figure of the same count over several days before it, is that period's daily average,
    not the day's report the words "a day" read alone."""
    low, lex = ctx.low, ctx.lex
    if " day" not in low:
        return
    for i, d in enumerate(drafts):
        m = d.get("measure")
        p = d.get("period")
        if i == 0 or d.get("unit") or d.get("cumulative") or not m or \
                m.endswith("_per_day") or not lex.daily_reports(m) or \
                (p is not None and p[1] > p[0]) or not _A_DAY_NEAR.match(low, d["end"]):
            continue
        src = next((e for e in reversed(drafts[:i]) if e["sentence"] == d["sentence"] and
                    e.get("measure") == m and not _a_rate(low, e)), None)
        sp = src.get("period") if src is not None else None
        if src is None or (sp is not None and sp[1] <= sp[0] and not src.get("cumulative")):
            continue    # (none, or a day's figure: "1,200 on Tuesday, 1,300 a day before")
        words = ctx.text[src["start"]:src["end"]]
        d["measure"] = m + "_per_day"
        _set(bases, i, "measure", f"carried within the sentence: the daily average of the "
             f"count of \"{words}\"")
        if sp is None or src.get("cumulative"):
            # ("430,790 ... for the year" with no year written; a running total): an average
            # over days the words do not settle, which no report gives
            d["period"] = None
            _set(bases, i, "period", f"none: the average of \"{words}\" over days not given")
            continue
        d["period"] = sp
        _set(bases, i, "period", f"carried within the sentence: the period of \"{words}\"")
        new = _new_value_of(drafts, src, i) if src.get("role") == "compared" else None
        if new is not None:
            # "to 32,420 from 35,370 in May, about 1,080 a day": the average may be the new
            # value's as well as the earlier value's (both read: ``_average_readings``)
            d["_rate_also"] = (new["period"], ctx.text[new["start"]:new["end"]])


def _changes_between_periods(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"28,200 troops in March, a drop of 250 from February's 28,450": the change between two
    figures of different periods of a daily-reported count is no figure of either period (it
    took February's date from the words after it and was compared with February's sum);
    their arithmetic checks it. (A percentage change keeps its period: "rose 9.5% in the year
    to the first quarter".)"""
    for i, d in enumerate(drafts):
        rel = next((v for k, v in d["extra"] if k == "change"), None) \
            if d.get("role") == "change" and d.get("period") is not None and \
            ctx.lex.daily_reports((d.get("measure") or "").removesuffix("_per_day")) else None
        if not isinstance(rel, dict) or rel.get("kind") != "absolute" or \
                not isinstance(rel.get("from"), int) or \
                not isinstance(rel.get("to"), int):
            continue
        a, b = drafts[rel["from"]], drafts[rel["to"]]
        if a.get("cumulative") or b.get("cumulative") or a.get("period") is None or \
                b.get("period") is None or a["period"] == b["period"]:
            continue
        d["period"], d["cumulative"] = None, False
        _set(bases, i, "period", "none: the change between figures of two periods")


def _rates(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"his forces lose an estimated 20,000 men a month": a rate over a month, week or year, or
    per stretch of ground ("99 casualties per square kilometre", "each square kilometre taken
    cost about 99"), is neither a day's report nor a running total; no report gives it (listed
    as not checkable)."""
    low, lex = ctx.low, ctx.lex
    if " a month" not in low and " per month" not in low and " a week" not in low and \
            " a year" not in low and " every " not in low and " each " not in low and \
            " per " not in low and " a day" not in low and " an hour" not in low and \
            " daily" not in low:
        return
    for i, d in enumerate(drafts):
        if d.get("unit") or not lex.daily_reports(d.get("measure")):
            continue
        got = _A_LONGER.match(low, d["end"]) or _PER_GROUND_AFTER.match(low, d["end"]) or \
            _PER_GROUND_BEFORE.search(low, max(d["sentence"][0], d["start"] - 80), d["start"])
        if got is None and bases[i] is not None and bases[i].get("period") != "written" and \
                not d.get("cumulative"):
            # so many a day with no period of its own sentence ("now take between 1,000 and
            # 1,100 ... every day" after a sentence on the year): a rate of no stated days,
            # neither the day's report nor the year carried to it
            got = _A_DAY_LATER.match(low, d["end"])
        if got is None:
            # "Russia is losing about 1,250 soldiers a day": a rate said of now, its window
            # open (open_day_rates), not the day's report alone
            open_day_rate(low, d, bases[i])
            continue
        words = got.group(0).strip()
        why = _rate_of_the_reports(low, d, bases, i, got)
        if not why:
            continue
        d["measure"], d["period"], d["cumulative"] = None, None, False
        _set(bases, i, "measure", f"none: a rate (\"{words}\"), {why}")


# the stretch a rate of the reports is counted over: "a week", "per month", "every month"
# (lower case); a year or a fortnight is left unchecked
_RATE_STRETCH = re.compile(r"\b(?:an?|per|each|every)[ \u00a0\n]+(?P<unit>month|week|hour)$")
# a rate that is a comparison's base ("down from more than 40,000 a month"), and a stretch
# written after a rate that no date was read from ("a month in the first", "a week during the
# offensive") (lower case)
_RATE_BASE_BEFORE = re.compile(r"\b(?:from|than|compared[ \u00a0\n]+(?:with|to)|against|"
                               r"versus|vs\.?)[ \u00a0\n]+(?:[a-z]+[ \u00a0\n]+){0,3}$")
_RATE_SPAN_AFTER = re.compile(r"[ \u00a0\n]+(?:in|during|over|through|throughout|for|since|"
                              r"between|until)\b")
# the fewest days a written period needs to be counted in such stretches
_RATE_DAYS = {"week": 7, "month": 28, "hour": 1}
# the suffix of a measure counted a stretch ("personnel_losses_per_month"); the store divides
# the reports' sum over the period by the stretches in it (store.lookup ``_units_in``)
RATE_SUFFIXES = ("_per_day", "_per_week", "_per_month", "_per_hour", "_interval")


def _rate_of_the_reports(low: str, d: dict[str, Any], bases: list[Any], i: int,
                         got: re.Match[str]) -> str:
    """"Russia lost about 30,000 troops a month over the first quarter", "about 7,000 a week
    in October": a daily-reported count a month or a week is the reports' sum over its
    period divided by the stretches in it, a measure of its own (``_per_month``,
    ``_per_week``), never compared with the period's sum. With no period of a month or week
    written ("Russia is now losing about 32,000 troops a month"), the window is open: its
    readings are made by ``_open_rate_readings``; not where the words name a stretch this
    pass cannot date ("down from more than 40,000 a month in the first", a comparison's base
    or a period left elliptic): not checkable. "" when so read (in place), else why the rate
    is left unchecked."""
    words = got.group(0).strip()
    unit = _RATE_STRETCH.search(words)
    if unit is None or bases[i] is None:
        return "which no report gives"
    stretch = unit.group("unit")
    period = d.get("period")
    open_total = d.get("cumulative") and not bases[i].get("scope", "").startswith("written")
    if (period is None or open_total) and (
            _RATE_BASE_BEFORE.search(low, max(d["sentence"][0], d["start"] - 30), d["start"])
            or _RATE_SPAN_AFTER.match(low, got.end())):
        return "over a stretch of time the words leave undated"
    d["measure"] = f"{d['measure']}_per_{stretch}"
    _set(bases, i, "measure", f"written: a rate (\"{words}\") of the reports' sum")
    # (a running total the words do not write, "is now losing about 32,000 a month" read so
    # by default, is no stretch the rate is counted over: "since the invasion" would be)
    d["cumulative"] = False
    if period is None or open_total or \
            (period[1] - period[0]).days + 1 < _RATE_DAYS[stretch]:
        # (no stretch named, or a day: "is now losing ... a month", said on Tuesday)
        d["period"], d["_open_rate"] = None, stretch
        bases[i]["period"] = f"none: a rate (\"{words}\") over no stretch named"
    return ""


def _open_rate_readings(d: dict[str, Any], D: date, start: date | None
                        ) -> tuple[Reading, ...]:
    """The windows a rate with no stretch named may be counted over, as writers take them
    from the reports: a month: the last calendar month before publication and the last 30
    days' reports; a week: the last seven days' reports and the calendar week before; a day
    said of now: open_day_readings (``start`` the measure's first day)."""
    stretch = d.pop("_open_rate", None)
    if stretch is None:
        return ()
    if stretch == OPEN_INTERVAL:
        return _open_interval_readings(D)
    if stretch == OPEN_DAY:
        return open_day_readings(D, start, _reading)
    if stretch == "month":
        end = D.replace(day=1) - _DAY
        return (_reading(end.replace(day=1), end, False,
                         "rate: no stretch named, the last calendar month"),
                _reading(D - timedelta(days=30), D - _DAY, False,
                         "rate: no stretch named, the last 30 days' reports"))
    monday = D - timedelta(days=D.weekday())
    return (_reading(D - timedelta(days=7), D - _DAY, False,
                     "rate: no stretch named, the last seven days' reports"),
            _reading(monday - timedelta(days=7), monday - _DAY, False,
                     "rate: no stretch named, the calendar week before"))


def _open_interval_readings(D: date) -> tuple[Reading, ...]:
    """"Every 49 seconds Russia loses a soldier" (loss_intervals, no count, no stretch named):
    the windows a ministry's post or a writer counts such an interval over, as recent copy
    takes them: the day's report, the last seven days', the month so far, the last calendar
    month, and any single day's report of the last 30 days (a post made after a record day,
    quoted days later)."""
    last = D.replace(day=1) - _DAY
    out = [_reading(D - _DAY, D - _DAY, False, "interval: no stretch named, the day's report"),
           _reading(D - timedelta(days=7), D - _DAY, False,
                    "interval: no stretch named, the last seven days' reports"),
           _reading(last.replace(day=1), last, False,
                    "interval: no stretch named, the last calendar month")]
    if D.day > 2:
        out.append(_reading(D.replace(day=1), D - _DAY, False,
                            "interval: no stretch named, the month so far"))
    out.append(_reading(D - timedelta(days=30), D - _DAY, False,
                        "interval: no stretch named, a single day's report of the last 30 days",
                        window=1))
    return tuple(out)


def _includes(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab) -> None:
    """"That number includes 530 casualties", "Of these, 1,130 were killed or wounded the day
    before alone": the subject of the figure before it; a day's figure so included is paired
    with the running total before it (``pair_total``)."""
    low = ctx.low
    if "includ" not in low and "compris" not in low and " of th" not in low and \
            "among th" not in low:
        return
    for i in range(1, len(drafts)):
        d = drafts[i]
        ss = d["sentence"][0]
        # "... at 272,940, a figure that includes 620 suffered over the past day"
        within = _INCLUDES_WITHIN.search(low, max(ss, d["start"] - 60), d["start"])
        own = d.get("measure")
        if within is None and own is None:
            # "1,141,830 ... killed or injured since the invasion, including just under 31,300
            # for October": a bare figure the total before it includes counts what it does
            within = _INCLUDING_BARE.search(low, max(ss, d["start"] - 20), d["start"])
            if within is not None and drafts[i - 1]["sentence"][0] == ss and \
                    not ctx.lex.daily_reports(drafts[i - 1].get("measure")):
                # "And tanks? 8,171 ..., including 16": the total right before it counts
                # nothing known; no count further back is what it includes
                continue
        if within is None and not voc.includes.match(low, ss):
            continue
        # ("Of these, 660 died the day before alone": a part of a running total of losses
        # counts what the total does, whatever its verb names: Kyiv's count has no deaths)
        other = own is not None and not ctx.lex.daily_reports(own) and \
            voc.includes.match(low, ss) is not None
        k = next((k for k in range(i - 1, -1, -1) if
                  (drafts[k]["sentence"][0] < ss or within is not None and
                   drafts[k]["end"] <= within.start()) and
                  (drafts[k].get("measure") == own or (own is None or other) and
                   ctx.lex.daily_reports(drafts[k].get("measure"))) and
                  drafts[k].get("subject")), None)
        if k is None:
            continue
        prev = drafts[k]
        words = ctx.text[prev["start"]:prev["end"]]
        if own is None or other and prev.get("measure") != own:
            # "This includes the 730 soldiers who have fallen": what the total counts
            d["measure"] = prev["measure"]
        if prev.get("subject") != d.get("subject") and not named_part(d):
            # (a part already named as one keeps its name: "- 30 to 39 years: three cases",
            # a business's segment)
            d["subject"] = prev["subject"]
            _set(bases, i, "subject", f"carried within the paragraph: part of \"{words}\"")
        if bases[i] is not None and is_weak(bases[i].get("measure", "none")):
            # "Of these, 1,130 were killed or wounded": what the figure it is part of counts
            _set(bases, i, "measure", f"carried within the paragraph: part of \"{words}\"")
        p = d.get("period")
        if prev.get("cumulative") and not d.get("cumulative") and p is not None and \
                p[0] == p[1] and _UP_FROM.search(low, max(ss, d["start"] - 20), d["start"]) is None \
                and _DAY_POSSESSIVE.search(low, max(ss, d["start"] - 40), d["start"]) is None:
            # "Russia has lost 255,570 soldiers. This includes the 650 ... lost in the past
            # 24 hours": the day's part of that running total, from the same report (not the
            # earlier day it is compared with: "..., down from 1,410 a day earlier"; nor a
            # figure of a day the text names, "The total includes yesterday's 1,150": that
            # day's report and the next both count into the total, two readings)
            d["extra"].append((PAIR_TOTAL, k))


_INCLUDES_WITHIN = re.compile(r",[ \u00a0]+(?:a|the|that|this)[ \u00a0]+(?:number|figure|total|"
                              r"tally|toll|count)[ \u00a0]+(?:that|which)[ \u00a0]+"
                              r"(?:includes|included)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}$")


def _changes_of_totals(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab,
                       D: date) -> None:
    """"bringing the total ... to 1,273,290, an increase of more than 6,500 fighters in the past
    seven days": the change of a running total is no running total. Over a window written
    right after it, it is the window's sum (the reports of those days add up to it); with none,
    its period is not read (the day's? since which report?) and it is left unchecked."""
    low, lex = ctx.low, ctx.lex
    for i, d in enumerate(drafts):
        if d.get("role") == "change" and i and _rise_from_day_before(ctx, drafts, bases, i):
            continue
        if d.get("role") != "change" or not d.get("cumulative") or \
                not lex.daily_reports(d.get("measure")):
            continue
        se = d["sentence"][1]
        win = voc.windows.search(low, d["end"], min(se, d["end"] + 60))
        d["cumulative"] = False
        _set(bases, i, "scope", "none")
        if win is None or re.search(r"\d", low[d["end"]:win.start()]):
            d["period"] = None
            _set(bases, i, "period", "none: the change of a running total, over no stated days")
            continue
        n = 7 if win.group("week") else (int(win.group("n")) if win.group("n").isdigit()
                                         else voc.numbers.get(win.group("n"), 0))
        if n <= 1:
            d["period"] = None
            continue
        d["period"], d["role"] = (D - timedelta(days=n), D - _DAY), None
        _set(bases, i, "period", f"written: the change over \"{win.group(0)}\"")


def _from_to_levels(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """"Kyiv's running count went from 1,006,120 on Tuesday to 1,007,160 on Wednesday, an
    increase of 1,040": the level a running total rose from, with no noun of its own, is an
    earlier total of the count it rose to (its measure and side; as of its own day), and the
    change between them, when the two totals give it, is their difference: the days between
    their reports (``_between_totals``), as "meaning a loss of 20,180" is. A change the totals
    do not give keeps their count but no period (wrong-arithmetic's to report) (readings54)."""
    lex = ctx.lex
    for i, d in enumerate(drafts):
        ch = next((v for k, v in d["extra"] if k == "change"), None)
        if d.get("role") != "change" or not isinstance(ch, dict) or d.get("unit") or \
                ch.get("kind") != "absolute" or d.get("measure") is not None:
            continue
        a, b = ch.get("from"), ch.get("to")
        if not isinstance(a, int) or not isinstance(b, int) or \
                not (0 <= a < len(drafts) and 0 <= b < len(drafts)):
            continue
        lo, hi = drafts[a], drafts[b]
        m = hi.get("measure")
        if not lex.daily_reports(m) or m.endswith("_per_day") or not hi.get("cumulative") or \
                lo.get("measure") not in (None, m) or lo.get("unit") or \
                lo.get("period") is None or hi.get("period") is None or \
                lo["sentence"] != d["sentence"] or \
                hi["sentence"] != d["sentence"] and not _since_to_latest(drafts, a, b) or \
                not (lo.get("cumulative") or float(lo["value"]) > (lex.daily_max(m) or 0)):
            # (the level before a running total is one too: no day brings that many)
            continue
        words = ctx.text[hi["start"]:hi["end"]]
        how = f"carried within the sentence: the level before \"{words}\"" if \
            hi["sentence"] == d["sentence"] else \
            f"carried from the sentence before: the level \"{words}\" rose to since"
        if lo.get("measure") is None:
            lo["measure"] = m
            _set(bases, a, "measure", how)
            if hi.get("subject"):
                lo["subject"] = hi["subject"]
                _set(bases, a, "subject", how)
            _as_of_day(lex, lo, bases, a, how)
        d["measure"] = m
        d["subject"] = hi.get("subject") or d.get("subject")
        how = f"carried within the sentence: the change from \"{ctx.text[lo['start']:lo['end']]}" \
            f"\" to \"{words}\""
        _set(bases, i, "measure", how)
        _set(bases, i, "subject", how)
        if abs(float(hi["value"]) - float(lo["value"]) - float(d["value"])) <= 0.5:
            d["role"], d["cumulative"] = "difference", True
            d["extra"].append(("difference", {"of": b, "minus": a}))
        else:
            # (one of the three is wrong: the change is still the reports' between the days
            # the totals are dated, whichever it is)
            ea, eb = lo["period"][1], hi["period"][1]
            d["cumulative"] = False
            d["period"] = (ea, eb - _DAY) if ea < eb <= (ctx.doc.date or eb) else None
            d["role"] = None if d["period"] else d["role"]
            _set(bases, i, "scope", "none")
            _set(bases, i, "period", "written: the days between the totals' dates" if
                 d["period"] else "none: a change its two totals do not give")


def _since_to_latest(drafts: list[dict[str, Any]], a: int, b: int) -> bool:
    """Whether the level ``b`` a change runs to from ``a`` (normalize.since: "A year earlier
    the count stood at 898,070; it has since risen by 386,020" after "Russia has lost
    1,284,090 troops") is a running total of an earlier sentence of the same paragraph, dated
    no earlier than the level it rose from (readings71)."""
    lo, hi = drafts[a], drafts[b]
    return b < a and hi["sentence"][1] <= lo["sentence"][0] and \
        hi.get("section") == lo.get("section") and bool(hi.get("cumulative")) and \
        lo.get("period") is not None and hi.get("period") is not None and \
        hi["period"][1] > lo["period"][1]


# right after a change: the day before the one the text speaks of ("261 more than a day
# earlier", "up 1,060 from the previous day")
_FROM_DAY_BEFORE = re.compile(
    r"(?:[ \u00a0]+[a-z'’-]+){0,2}?[ \u00a0]+(?:more|higher|up|added)?[ \u00a0]*(?:than|from|on|over|"
    r"compared[ \u00a0]+(?:with|to))[ \u00a0]+(?:a[ \u00a0]+day[ \u00a0]+earlier|the[ \u00a0]+day[ \u00a0]+before|"
    r"the[ \u00a0]+(?:previous|prior|preceding)[ \u00a0]+day|yesterday)\b")


def _rise_from_day_before(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], i: int
                          ) -> bool:
    """"it put them at 59,086 since the invasion began, 261 more than a day earlier": the rise
    of a running total from the day before is the day's figure of the same report (its
    measure, subject and report; not a running total, nor a difference of two days back).
    Only for a total to publication: one the day words themselves dated is left as it is."""
    d, t = drafts[i], drafts[i - 1]
    tp = t.get("period")
    if t["sentence"] != d["sentence"] or not t.get("cumulative") or tp is None or \
            tp[1] != ctx.doc.date or not ctx.lex.daily_reports(t.get("measure")) or \
            d.get("measure") not in (None, t["measure"]) or \
            _FROM_DAY_BEFORE.match(ctx.low, d["end"]) is None or \
            d.get("value") is None or t.get("value") is None or \
            float(d["value"]) >= float(t["value"]):
        return False
    day = tp[1] - _DAY
    words = ctx.text[t["start"]:t["end"]]
    d["measure"], d["period"], d["cumulative"], d["role"] = t["measure"], (day, day), False, None
    if t.get("subject"):
        d["subject"] = t["subject"]
        _set(bases, i, "subject", f"carried within the paragraph: the rise of \"{words}\"")
    _set(bases, i, "measure", f"carried within the paragraph: the rise of \"{words}\"")
    _set(bases, i, "period", f"written: the rise of \"{words}\" from the day before")
    _set(bases, i, "scope", "none")
    d["extra"].append((PAIR_TOTAL, i - 1))
    return True


# ", including " right before a figure with no noun of its own
_INCLUDING_BARE = re.compile(r",[ \u00a0]+including[ \u00a0]+$")


def _parts_of_them(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], D: date) -> None:
    """"put Russian casualties at around 776,090, dead and wounded, 1,990 of them during the
    last day": a figure whose day's part follows it ("N of them" with a day) is the running
    total that day's report gives, and the day's figure is read against the same report."""
    low, lex = ctx.low, ctx.lex
    if " including " in low or " of them" in low:
        _including_day(ctx, drafts)
    if " of them" not in low and " of which" not in low and " of those" not in low:
        return
    for i in range(1, len(drafts)):
        d, t = drafts[i], drafts[i - 1]
        p = d.get("period")
        if not _PART_OF.match(low, d["end"]) or t["sentence"] != d["sentence"] or \
                p is None or p[0] != p[1] or d.get("cumulative") or \
                t.get("measure") != d.get("measure") or not lex.daily_reports(t.get("measure")) \
                or t.get("period") is not None or t.get("value") is None or \
                d.get("value") is None or float(t["value"]) <= float(d["value"]):
            continue
        scope = lex.scope_start(t["measure"])
        if scope is None or bases[i - 1] is None:
            continue
        words = f"\"{ctx.text[d['start']:d['end']]}{_PART_OF.match(low, d['end']).group(0)}\""
        t["period"], t["cumulative"] = (scope, min(p[1] + _DAY, D)), True
        _set(bases, i - 1, "period", f"written: a running total with its day's part ({words})")
        _set(bases, i - 1, "scope", f"written: a running total with its day's part ({words})")
        d["extra"].append((PAIR_TOTAL, i - 1))


def _including_day(ctx: Any, drafts: list[dict[str, Any]]) -> None:
    """"had risen to 1,012,500, including 1,200 over the past day", "116,950 troops since the war
    began, 820 of them over the past day": a running total and its day's part in one sentence
    come from one report, so the day's figure is read against the same report as the total
    (a stale total beside the right day's figure is caught)."""
    low, lex = ctx.low, ctx.lex
    for i in range(1, len(drafts)):
        d, t = drafts[i], drafts[i - 1]
        p, tp = d.get("period"), t.get("period")
        if t["sentence"] != d["sentence"] or not t.get("cumulative") or tp is None or \
                p is None or p[0] != p[1] or d.get("cumulative") or \
                t.get("measure") != d.get("measure") or not lex.daily_reports(t.get("measure")) \
                or t.get("value") is None or d.get("value") is None or \
                float(t["value"]) <= float(d["value"]) or \
                not (_INCLUDING.match(low, t["end"], d["start"]) or
                     _PART_OF.match(low, d["end"]) and
                     _THEN_PART.match(low, t["end"], d["start"])) or \
                any(k == PAIR_TOTAL for k, _ in d["extra"]):
            continue
        d["extra"].append((PAIR_TOTAL, i - 1))


# between a running total and its day's part: "1,012,500 troops, including "
_INCLUDING = re.compile(r"(?:[ \u00a0]+[a-z'’-]+){0,3}[ \u00a0]*,?[ \u00a0]+including[ \u00a0]+$")
# ... or before "N of them" ("had lost 116,950 troops since the war began, 820 of them over the
# past day": the words of the total, then a comma)
_THEN_PART = re.compile(r"(?:[ \u00a0]+[a-z'’-]+){0,8}[ \u00a0]*,[ \u00a0]*$")


def _pairs(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab, D: date
           ) -> None:
    """Increment + total pairs: "13 tanks, bringing the total to 7,255"; "10,927 (+8)";
    "12 tanks and 12 armoured vehicles ..., bringing the totals to 7,740 and 14,947
    respectively"."""
    for i, j, nxt in _pair_candidates(ctx.low, drafts, voc):
        a, b = drafts[i], drafts[j]
        # ("... along with 552 drones. The drones total now stands at 134,858": the next
        # sentence opens on the total of the count that closes this one)
        cross = nxt is None or nxt and a["sentence"] != b["sentence"] and \
            b.get("measure") in (None, a.get("measure")) and \
            voc.total_next.match(ctx.low[a["end"]:b["start"]]) is not None
        if a["sentence"] != b["sentence"] and not cross or b["start"] < a["end"] or \
                (nxt and b["start"] - a["end"] > 160) or _day_earlier_words(ctx, a, voc) or \
                _REPORTED_ON.match(ctx.low, a["end"]) or _earlier_day_after(ctx.low, a):
            # (nor a figure the words put a day before its sentence's: "only a day after it
            # had reported 1,770 ... The General Staff's total rose to 712,610"; nor one an
            # earlier report gave: "a record 1,140 on Saturday, topping the 1,030 reported on
            # Tuesday, ..., bringing the total ... to 136,880")
            continue
        gap = ctx.low[a["end"]:b["start"]]
        if j > i + 1 and all(_what_they_came_in(ctx.low, drafts, k) for k in range(i + 1, j)):
            # (the words after what they came in: "408 people arrived in nine boats, about 45
            # a boat|, taking the total for 2024 to 21,063")
            gap = ctx.low[drafts[j - 1]["end"]:b["start"]]
        lead = _TOTAL_LEAD.match(ctx.low, b["start"])
        qual = " ".join(str(b.get("qualifier") or "").lower().split())
        if lead is None and qual and "total" not in qual and ctx.low.startswith(qual, b["start"]):
            # the total's own qualifier closes the words between: "bringing the total number
            # close to 120"
            gap += qual + " "
        if lead is not None:
            gap += lead.group(0)   # "added 950 troops to| a total of 1,090,010"
        if nxt and "(" not in gap and _PAIR_WORDS.search(gap) is None and \
                ";" not in gap and not cross and not voc.bracket.match(gap) and \
                not voc.slashed.match(gap) and not voc.line_up.match(gap):
            continue     # neither "bringing the total to" nor "(+8)" nor "; the total" between
        got = _pair_kind(ctx, drafts, bases, i, j, gap, voc, respectively=not nxt)
        if got is not None:
            if lead is not None and got[1] == i and a.get("measure") and \
                    b.get("measure") != a["measure"] and _is_daily(ctx, a) and \
                    not _names_own_measure(ctx.lex, ctx.low, b, voc.pair_generic):
                # "added 950 troops to a total of 1,090,010": the total names no measure of
                # its own; the words before "to" are the increment's (but "1,240 troops and
                # five tanks in the day, for a total of 1,451,750 troops" names its own)
                b["measure"] = a["measure"]
                _set(bases, j, "measure", f"pair: the total of \"{ctx.text[a['start']:a['end']]}\"")
            _apply_pair(ctx, drafts, bases, got, D)


def _is_daily(ctx: Any, d: dict[str, Any]) -> bool:
    """Whether the figure's measure is one reported daily (measures.yaml ``daily_reports``)."""
    return bool(ctx.lex.daily_reports(d.get("measure")))


def _pair_candidates(low: str, drafts: list[dict[str, Any]], voc: _Vocab
                     ) -> list[tuple[int, int, bool]]:
    """(increment, total, next) draft indexes that may pair: k increments, the increment
    words, then k totals and "respectively" (next False); else every figure with the next one
    (next True), passing over a span of time that counts nothing ("three tanks in the same
    24-hour period, taking the total ... to 5,523")."""
    pairs: list[tuple[int, int]] = []
    n = len(drafts)
    for i in range(n - 1 if "respectively" in low or "totals" in low else 0):
        for k in (2, 3, 4):
            if i + k >= n or i - k + 1 < 0:
                continue
            a0, t0, tk = i - k + 1, i + 1, i + k
            if drafts[a0]["sentence"] != drafts[tk]["sentence"]:
                continue
            gap = low[drafts[i]["end"]:drafts[t0]["start"]]
            if not voc.increment.match(gap):
                continue
            if not voc.respectively.match(low, drafts[tk]["end"]) and \
                    not _totals_list(low, drafts, gap, t0, tk):
                continue
            pairs += [(a0 + j, t0 + j) for j in range(k)]
            break
    listed = _totals_sentence_pairs(low, drafts)
    done = {x for p in pairs + listed for x in p}
    out: list[tuple[int, int, Any]] = [(i, j, False) for i, j in pairs]
    out += [(i, j, None) for i, j in listed]
    kept = [i for i, d in enumerate(drafts) if not _a_span_of_time(d) and
            not _what_they_came_in(low, drafts, i)]
    out += [(i, j, True) for i, j in zip(kept, kept[1:]) if i not in done and j not in done
            and not _earlier_days_item(low, drafts, i)]
    return sorted(out, key=lambda p: p[:2])


# "1,140 troops in the past day and 1,040 the day before, ..., taking its total to 1,321,450":
# the second item of a pair of days is the day before the report's, no increment of its total
_AND_ITEM_BEFORE = re.compile(r"[^.;:\d]{0,60}?\band[ \u00a0]+$")
_DAY_BEFORE_AFTER = re.compile(r"[ \u00a0]+(?:the[ \u00a0]+day[ \u00a0]+before|a[ \u00a0]+day[ \u00a0]+"
                               r"earlier|the[ \u00a0]+previous[ \u00a0]+day)\b")


def _earlier_days_item(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """Whether figure ``i`` is the day before's, joined by "and" to a figure of the same
    sentence before it ("1,140 in the past day and 1,040 the day before")."""
    if i == 0 or drafts[i - 1]["sentence"] != drafts[i]["sentence"]:
        return False
    return _DAY_BEFORE_AFTER.match(low, drafts[i]["end"]) is not None and \
        _AND_ITEM_BEFORE.fullmatch(low, drafts[i - 1]["end"], drafts[i]["start"]) is not None


# the opening of a sentence that lists the running totals of the day's figures listed in the
# sentence before: "Running totals since 24 February 2022: 1,145,670 personnel, 11,326 tanks"
_TOTALS_OPEN = re.compile(r"[ \u00a0\n]*(?:the[ \u00a0]+)?(?:running[ \u00a0]+|overall[ \u00a0]+|"
                          r"cumulative[ \u00a0]+)?totals?\b[^.:;]{0,80}:[ \u00a0\n]*")


def _totals_sentence_pairs(low: str, drafts: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(increment, total) pairs of "Over the past day the General Staff counted 840
    personnel, five tanks and 42 artillery systems. Running totals since 24 February 2022:
    1,145,670 personnel, 11,326 tanks and 34,249 artillery systems.": a sentence that opens
    on its totals lists as many figures of the same measures, in the same order, as the
    sentence before listed day's figures."""
    by_sent: dict[tuple[int, int], list[int]] = {}
    for i, d in enumerate(drafts):
        by_sent.setdefault(tuple(d["sentence"]), []).append(i)
    sents = sorted(by_sent)
    out: list[tuple[int, int]] = []
    for s1, s2 in zip(sents, sents[1:]):
        days, tots = by_sent[s1], by_sent[s2]
        if len(days) < 2 or len(days) != len(tots) or \
                _TOTALS_OPEN.fullmatch(low, s2[0], drafts[tots[0]]["start"]) is None:
            continue
        if all(drafts[a].get("measure") and drafts[a].get("measure") == drafts[b].get("measure")
               and not drafts[a].get("cumulative") and drafts[b].get("cumulative")
               for a, b in zip(days, tots)):
            out += list(zip(days, tots))
    return out


def _totals_list(low: str, drafts: list[dict[str, Any]], gap: str, t0: int, tk: int) -> bool:
    """"1,070 more troops and 11 tanks lost over the past day, taking the totals to 324,830 and
    5,513": "totals" (plural) before a list of exactly the k figures ``t0``..``tk`` pairs them
    in order with the k figures before, as "respectively" after them does."""
    if re.search(r"\btotals\b", gap) is None:
        return False
    if not all(_ITEM_GAP.fullmatch(low, drafts[j]["end"], drafts[j + 1]["start"])
               for j in range(t0, tk)):
        return False
    return tk + 1 >= len(drafts) or drafts[tk + 1]["sentence"] != drafts[tk]["sentence"] or \
        not _ITEM_GAP.fullmatch(low, drafts[tk]["end"], drafts[tk + 1]["start"])


def _a_span_of_time(d: dict[str, Any]) -> bool:
    """"24-hour", "48 hours": a length of time that counts nothing, between a pair's figures."""
    return d.get("measure") is None and d.get("unit") in _TIME_UNITS


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
# "in", "aboard", "on board", "across" right before a figure: what the one before it came in
_IN_BEFORE = re.compile(r"\b(?:in|aboard|on[ \u00a0]+board|across)[ \u00a0]+$")
# a rate set aside after a comma: ", about 45 a boat,"
_ASIDE_BEFORE = re.compile(r",[ \u00a0]*(?:(?:an[ \u00a0]+)?average[ \u00a0]+of[ \u00a0]+|or[ \u00a0]+)?"
                           r"(?:(?:about|some|around|roughly|nearly|almost|just[ \u00a0]+"
                           r"over|just[ \u00a0]+under)[ \u00a0]+)?$")
_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]+)")
_PER_ONE_AFTER = re.compile(r"[ \u00a0]+(?:a|an|per|each)[ \u00a0]+[a-z]+[ \u00a0]*,")


def _what_they_came_in(low: str, drafts: list[dict[str, Any]], i: int) -> bool:
    """"408 people arrived in nine boats, taking the total to 21,063": a count of another noun
    after "in" that the figure before it in its sentence came in, between a pair's figures
    (the 21,063 is the people's total, not the boats')."""
    d = drafts[i]
    if not i or d.get("measure") is not None or drafts[i - 1]["sentence"] != d["sentence"]:
        return False
    if _PER_ONE_AFTER.match(low, d["end"]) and _ASIDE_BEFORE.search(low, d["start"] - 24,
                                                                    d["start"]):
        return True     # (and the rate set beside them: "in nine boats, about 45 a boat,")
    if _IN_BEFORE.search(low, max(d["sentence"][0], d["start"] - 12), d["start"]) is None:
        return False
    word = _WORD_AFTER.match(low, d["end"])
    measure = str(drafts[i - 1].get("measure") or "")
    return word is not None and bool(measure) and \
        word.group(1).rstrip("s") != measure.rstrip("s")


def _pair_kind(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], i: int, j: int,
               gap: str, voc: _Vocab, respectively: bool = False
               ) -> tuple[int, int, str] | None:
    """Which of two figures is the increment and which the total, from the words between
    them (sets the measure a total or a table line leaves open): (total index, increment
    index, words), or None when they are no pair."""
    lex = ctx.lex
    a, b = drafts[i], drafts[j]
    if respectively and a.get("measure") and lex.daily_reports(a["measure"]):
        # a "respectively" pair
        if b.get("measure") != a["measure"]:
            b["measure"] = a["measure"]
            _set(bases, j, "measure", f"pair: the total of \"{ctx.text[a['start']:a['end']]}\""
                 " (respectively)")
        return j, i, "respectively"
    if voc.increment.match(gap) and a.get("measure") and not lex.daily_reports(a["measure"]) \
            and b.get("measure") != a["measure"] and \
            (b.get("measure") is None or lex.daily_reports(b["measure"])) \
            and not _names_own_measure(lex, ctx.low, b, voc.pair_generic) \
            and not _names_a_measure(lex, gap, voc.pair_generic):
        # "110 new locations for its air defences, bringing the total number close to 120":
        # the total counts what the figure before it does, not the war's losses that a bare
        # "the total" names in war copy; no running total of a report
        b["measure"] = a["measure"]
        _set(bases, j, "measure", f"pair: the total of \"{ctx.text[a['start']:a['end']]}\"")
        return None
    if (voc.increment.match(gap) or ((voc.total_after.match(gap) or voc.total_next.match(gap))
                                     and not a.get("cumulative"))) \
            and a.get("measure") and lex.daily_reports(a["measure"]):
        if b.get("measure") != a["measure"] and (
                b.get("measure") is None or lex.daily_max(b["measure"]) is None or
                not (_names_a_measure(lex, gap, voc.pair_generic) or
                     _names_own_measure(lex, ctx.low, b, voc.pair_generic))):
            # "bringing the death toll to 462,980": the toll of what the increment counts
            b["measure"] = a["measure"]
            _set(bases, j, "measure", f"pair: the total of \"{ctx.text[a['start']:a['end']]}\"")
        return j, i, gap.strip(" ,")
    if voc.bracket.match(gap) and "+" not in gap and \
            not ctx.text[b["start"]:b["end"]].startswith("+") and \
            a.get("value") and b.get("value") and 0.5 <= float(b["value"]) / float(a["value"]) <= 2:
        # "almost 300,000 (299,210)": the exact figure of a rounded one, not its increment;
        # the rounded one reads as the exact one does
        if a.get("measure") in (None, b.get("measure")) and b.get("period") is not None:
            a["measure"], a["subject"] = b.get("measure"), a.get("subject") or b.get("subject")
            a["period"], a["cumulative"] = b["period"], b.get("cumulative")
            _set(bases, i, "period", f"written: restated in brackets as \""
                 f"{ctx.text[b['start']:b['end']]}\"")
            _set(bases, i, "scope", "none" if not b.get("cumulative") else
                 f"written: restated in brackets as \"{ctx.text[b['start']:b['end']]}\"")
        return None
    if _NOUN_TOTAL.match(gap) and a.get("measure") and lex.daily_reports(a["measure"]) and \
            not ctx.text[b["start"]:b["end"]].startswith("+") and \
            a.get("value") and b.get("value") and float(b["value"]) > 2 * float(a["value"]):
        # "18 armoured vehicles (7,325)", "five tanks (total 3,756)": a day's figure with its
        # running total in brackets, the reverse of "7,325 (+18)"
        if b.get("measure") in (None, a["measure"]) and (b.get("period") is None or
                                                        b.get("cumulative")):
            b["measure"] = a["measure"]
            _set(bases, j, "measure", f"pair: the total of \"{ctx.text[a['start']:a['end']]}\"")
            return j, i, "(" + ctx.text[b["start"]:b["end"]] + ")"
    if voc.slashed.match(gap) and ctx.text[a["start"] - 1:a["start"]] == "+":
        return _slashed_pair(ctx, drafts, bases, i, j)
    if _OPEN_BRACKET.fullmatch(gap) and "+" in ctx.text[max(0, a["start"] - 1):a["start"] + 1] \
            and not ctx.text[b["start"]:b["end"]].startswith("+"):
        # "🔻 tanks: +2 (11,656)": a list line's day figure first, its running total in
        # brackets (the reverse of "11,656 (+2)"), as "+2 / 11,656" is
        return _slashed_pair(ctx, drafts, bases, i, j, "(")
    if (voc.bracket.match(gap) or _NOUN_PLUS.match(gap) or _line_up(ctx, voc, a, b, gap)) and \
            lex.daily_reports(a.get("measure") or b.get("measure") or _line_label(ctx, a["start"])):
        m = a.get("measure") or b.get("measure") or _line_label(ctx, a["start"])
        for k, d in ((i, a), (j, b)):
            if d.get("measure") is None:
                d["measure"] = m
                _set(bases, k, "measure", "table label: the line's measure")
                _no_label_subject(ctx, d, bases, k)
        if b.get("measure") == f"{m}_per_day":
            # "about 29,200 people (+150 per day)": the bracketed increment is the day's, not
            # an average over the total's days
            b["measure"], b["period"], b["cumulative"] = m, None, False
            _set(bases, j, "period", "none")
        return i, j, "(+" + ctx.text[b["start"]:b["end"]].lstrip("+") + ")"
    return None


def _line_up(ctx: Any, voc: _Vocab, a: dict[str, Any], b: dict[str, Any], gap: str) -> bool:
    """"Tanks: 11,931, up 3": a list line's running total, then the day's figure in words
    closing the line whose label names the measure (readings.yaml ``line_up``)."""
    return voc.line_up.match(gap) is not None and \
        _LINE_END.match(ctx.low, b["end"]) is not None and _line_label(ctx, a["start"]) is not None


# the end of a list line after its last figure (a full stop or semicolon at most)
_LINE_END = re.compile(r"[ \t\u00a0]*[.;]?[ \t\u00a0]*(?:\n|$)")


def _slashed_pair(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], i: int, j: int,
                  mark: str = "/") -> tuple[int, int, str] | None:
    """"personnel +1,560 / 897,010": a list line's day figure, a slash (``mark``; or the total
    in brackets: "+2 (11,656)"), then the running total it brings; both count what the line's
    label names (or what either figure's own words do). (total index, increment index,
    words), or None when that is no daily-reported measure."""
    a, b = drafts[i], drafts[j]
    m = a.get("measure") or b.get("measure") or _line_label(ctx, a["start"])
    if not ctx.lex.daily_reports(m) or b.get("measure") not in (None, m) or \
            float(b.get("value") or 0) <= float(a.get("value") or 0):
        return None
    for k, d in ((i, a), (j, b)):
        if d.get("measure") is None:
            d["measure"] = m
            _set(bases, k, "measure", "table label: the line's measure")
            _no_label_subject(ctx, d, bases, k)
    return j, i, "+" + ctx.text[a["start"]:a["end"]].lstrip("+") + \
        (" / " if mark == "/" else f" {mark}")


def _no_label_subject(ctx: Any, d: dict[str, Any], bases: list[Any], k: int) -> None:
    """"• Multiple rocket launchers: 680 (2)": the capital of the line's label, read as a
    name the figure is of while the figure had no measure, names what is counted, not whose
    count it is (the pair's other figure, or the text before, gives the side)."""
    subject = d.get("subject")
    if not subject:
        return
    label = ctx.low[ctx.low.rfind("\n", 0, d["start"]) + 1:d["start"]]
    if re.search(r"\b" + re.escape(str(subject).lower()) + r"\b", label) is not None:
        d["subject"] = None
        _set(bases, k, "subject", "none")


def _subject_fits(lex: Any, subject: str | None, measure: str | None) -> bool:
    """Whether a subject may be whose figure of the measure this is (subjects.yaml domains)."""
    dom = lex.domain(measure)
    if subject is None or dom is None:
        return True
    doms = _SUBJECT_DOMAINS.get(subject)
    if doms is None:
        doms = _SUBJECT_DOMAINS[subject] = [
            d for cands in lex.alias_subjects.values() for sid, d in cands if sid == subject]
    return not doms or any(d is None or dom in d for d in doms)


# subject -> the domains of its aliases (subjects.yaml: read once per process)
_SUBJECT_DOMAINS: dict[str, list[Any]] = {}


def _names_own_measure(lex: Any, low: str, b: dict[str, Any], generic: frozenset[str]) -> bool:
    """Whether the words right after a total name a measure of their own ("taking Russia's
    losses since February 24 to 2,377 tanks, 4,975 armoured combat vehicles and ...": the
    total of tanks, whatever the increment before it counted)."""
    words = re.findall(r"[a-z][a-z'’-]*", low[b["end"]:b["end"] + 50])[:4]
    if len(words) > 1 and words[0] in lex.alias_subjects:
        words = words[1:]   # "529,750 Russian personnel losses": a side's word before the noun
    words = words[:3]
    return any(key in lex.phrase_measure and key not in generic
               for key in (" ".join(words[:n]) for n in (1, 2, 3)))


def _names_a_measure(lex: Any, gap: str, generic: frozenset[str]) -> bool:
    """Whether the words after the verb between an increment and its total name a measure
    of their own ("bringing the death toll to", "raising Russian casualties to"), not only a
    word that counts anything ("taking its losses to")."""
    verb = _PAIR_VERB.search(gap)
    words = re.findall(r"[a-z][a-z'’-]*", gap[verb.end():] if verb else gap)
    keys = (" ".join(words[k:k + n]) for n in (1, 2, 3) for k in range(len(words) - n + 1))
    return any((key in lex.phrase_measure or key in lex.before_measure) and key not in generic
               and key not in lex.generic_before for key in keys)


# the words between a pair's total and a window after it: "to 59 tanks| in the past week"
_TO_WINDOW = re.compile(r"(?:[ \u00a0]+[a-z'’-]+){0,3}?[ \u00a0]+$")


def _window_after(low: str, end: int) -> re.Match[str] | None:
    """A window right after a pair's total, in its clause ("bringing the overall loss to 59
    tanks in the past week"): the total is that window's sum, not the running total."""
    seg = low[end:end + 60]
    cut = min((k for k in (seg.find(ch) for ch in ".,;:(") if k >= 0), default=len(seg))
    win = _vocab().windows.search(seg, 0, cut)
    if win is None or not _TO_WINDOW.fullmatch(seg, 0, win.start()):
        return None
    return win


# a total dated days before its increment's report, right after it: "999,200 a day earlier"
_DAYS_EARLIER = re.compile(r"[ \u00a0]+(a|one|two|three|\d+)[ \u00a0]+days?[ \u00a0]+"
                           r"(?:earlier|before)\b")


def _apply_pair(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any],
                pair: tuple[int, int, str], D: date) -> None:
    """The total of a pair is a running total to the increment's report; the increment is
    the day's figure, never a running total; a subject one of them lacks is the other's."""
    lex = ctx.lex
    ti, ii, words = pair
    tot, inc = drafts[ti], drafts[ii]
    scope = lex.scope_start(inc["measure"])
    if scope is None:
        return
    # the report the pair is of: the day its list's lead-in gives ("Enemy losses as of May 3,
    # 2025:"), else in a liveblog its update's day ("## 3 September 2024")
    lead = _lead_in_day(ctx, inc, scope, D)
    D = lead.start_date if lead is not None else ctx.day_at(inc["start"]) or D
    for k in (ti, ii):
        if drafts[k].get("subject") is None:
            other = drafts[ii if k == ti else ti].get("subject")
            if other:
                drafts[k]["subject"] = other
                _set(bases, k, "subject", "pair: the subject of the other figure")
    if inc.get("subject") and tot.get("subject") != inc["subject"] and bases[ti] is not None \
            and (not bases[ti].get("subject", "none").startswith("written") or
                 not _subject_fits(lex, tot.get("subject"), inc["measure"])):
        # "Six tanks and 12 armoured vehicles were destroyed, bringing the totals to 3,751 and
        # 7,307 respectively": a total whose own words name no side counts the increment's;
        # so does one whose words name a country of another domain ("bringing the death toll
        # in Ukraine to 126,160": the economy's Ukraine, not a side of the war)
        tot["subject"] = inc["subject"]
        _set(bases, ti, "subject", "pair: the subject of its increment")
    day = inc["period"] if inc.get("period") and not inc.get("cumulative") and \
        inc["period"][0] == inc["period"][1] else None
    # a running total is dated by its report: the increment's day is in the next one
    end = min(day[1] + _DAY, D) if day else D
    win = _vocab().windows.search(words) or _window_after(ctx.low, tot["end"])
    before = _DAYS_EARLIER.match(ctx.low, tot["end"])
    if before is not None:
        # "after 1,140 more were killed in a day; the toll had stood at 999,200 a day
        # earlier": the total the increment was added to, of the report before
        n = _vocab().numbers.get(before.group(1), 1) if not before.group(1).isdigit() else \
            int(before.group(1))
        tot["period"], tot["cumulative"] = (scope, end - timedelta(days=n)), True
        _set(bases, ti, "period", f"pair: the running total {before.group(0).strip()!r}, "
             f"before its increment ({words!r})")
    elif win is not None:
        # "19 tanks over the day, bringing its tank losses for the week to 91": the total of
        # the window, not the running total
        n = 7 if win.group("week") else (int(win.group("n")) if win.group("n").isdigit()
                                         else _vocab().numbers.get(win.group("n"), 7))
        tot["period"], tot["cumulative"] = (end - timedelta(days=n), end - _DAY), False
        _set(bases, ti, "period", f"pair: the total of \"{win.group(0)}\" beside an "
             f"increment ({words!r})")
    else:
        tot["period"], tot["cumulative"] = (scope, end), True
        # the day's figure and the total it brings are read against one report
        inc["extra"].append((PAIR_TOTAL, ti))
        _set(bases, ti, "period", f"pair: the running total beside an increment ({words!r})")
        _set(bases, ti, "scope", f"pair: the running total beside an increment ({words!r})")
    if inc.get("cumulative") or inc.get("period") is None:
        # "14 armored vehicles, bringing the total to 13,942": the day's increment, not a
        # running total because "total" follows it
        inc["cumulative"] = False
        ss, se = inc["sentence"]
        written = bool(lex.marker_spans(ss, se)[1])   # "over the past day" in its sentence
        inc["period"] = (D - _DAY, D - _DAY)
        _set(bases, ii, "period", "pair: the increment of a running total; the day's "
             "report" + (" (written)" if written else " (document default)"))
        _set(bases, ii, "scope", "none")


# a cheap test before the increment words' pattern (readings.yaml increment_to_total)
# a total whose own words say so ("a total of 1,090,010"): read with the words before it
_TOTAL_LEAD = re.compile(r"(?:a|the|its|their)[ \u00a0]+(?:running[ \u00a0]+|overall[ \u00a0]+)?"
                         r"(?:total|toll|tally|count)[ \u00a0]+of[ \u00a0]+")
_PAIR_WORDS = re.compile(r"bring|tak|rais|push|lift|brought|took|increas|"
                         r"(?:day|before|yesterday|earlier),? to |to (?:a|the|its|their) "
                         r"(?:running |overall )?(?:total|toll|tally|count) of|"
                         r"for a (?:running |overall )?total of")
# "+2 (11,656)": the gap between a day's figure and its running total in brackets
_OPEN_BRACKET = re.compile(r"[ \u00a0]*\([ \u00a0]*")
# "about 29,200 people (+150 per day)": the total's noun, then its bracketed increment
_NOUN_PLUS = re.compile(r"[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+)?[ \u00a0]*\([ \u00a0]*\+[ \u00a0]*$")
# "18 armoured vehicles (7,325)", "five tanks (total 3,756)": a day's figure, its noun, then its
# running total in brackets (the bracket's own words, if any, say total)
_NOUN_TOTAL = re.compile(r"(?:[ \u00a0]+[a-z'’-]+){1,4}[ \u00a0]*\([ \u00a0]*"
                         r"(?:(?:running |overall )?total:?[ \u00a0]*)?$")
_PAIR_VERB = re.compile(r"\b(?:bring|tak|rais|push|lift|brought|took|increas)[a-z]*")
_LABEL_NOISE = re.compile(r"[-–—:•*#|+]+|\b(?:about|approximately|around|some|nearly)\b")


def _line_label(ctx: Any, pos: int) -> str | None:
    """The measure a list or table line names before its figure ("personnel - about 999,200
    (+1,120)"), when its label is one of the measure's phrases (measures.yaml)."""
    low = ctx.low
    # the line, or the item of a list the writer ran into one line ("...; MLRS — 1,095 units;"),
    # or what follows a heading's colon on it ("Equipment destroyed: MLRS — 1,095 units")
    start = max(low.rfind("\n", 0, pos), low.rfind(";", 0, pos)) + 1
    for s in (start, max(start, low.rfind(":", start, pos) + 1)):
        label = _LABEL_NOISE.sub(" ", low[s:pos])
        key = " ".join(label.replace("’", "'").split())
        if not key or len(key) > 40:
            continue
        # (one measure once: a phrase the vocabulary lists in two spellings maps to it twice)
        got = {m for m in ctx.lex.phrase_measure.get(key, []) if ctx.lex.daily_reports(m)}
        if len(got) == 1:
            return got.pop()
    return None


# a line that opens on a label and a colon ("Drones: the total now stands at 69,632, ..."):
# the label's words, with a list marker before them
_COLON_LABEL = re.compile(r"[ \u00a0]*(?:[-*•][ \u00a0]*)?([a-z][a-z '’-]{0,38}?)[ \u00a0]*:")


def _colon_label_measure(ctx: Any, pos: int) -> tuple[str, None, str] | None:
    """The count a line's opening label names for a bare figure later on that line, when the
    label is one of a daily-reported measure's phrases, a single word too ("Drones: the total
    now stands at 69,632, with 390 added over the past day"; "Tanks: the tally is 11,256"): the
    line's topic, as a heading's (readings52)."""
    low = ctx.low
    ls = low.rfind("\n", 0, pos) + 1
    m = _COLON_LABEL.match(low, ls, pos)
    if m is None:
        return None
    key, measure = _daily_measure_named(ctx, m.group(1))
    if measure is None:
        return None
    return measure, None, f"carried from the line's label: \"{key}\""


def _daily_measure_named(ctx: Any, words: str) -> tuple[str, str | None]:
    """(the words as a phrase key, the one daily-reported measure they are a phrase of, else
    None): what a line's label or a record's category names ("Tanks", "armoured vehicles")."""
    key = " ".join(words.replace("’", "'").split())
    got = {x for x in ctx.lex.phrase_measure.get(key, []) if ctx.lex.daily_reports(x)}
    return key, (got.pop() if len(got) == 1 else None)


# a record period and the category it is a record for, right before "with" and the figure
# ("October was Russia's worst month for tanks, with 521 lost"; "the deadliest week of the war
# for armoured vehicles, with 240")
_RECORD_FOR_WITH = re.compile(
    r"\b(?:deadliest|bloodiest|worst|costliest|heaviest)[ \u00a0]+(?:day|week|month|year)s?"
    r"(?:[ \u00a0]+of[ \u00a0]+the[ \u00a0]+war)?[ \u00a0]+for[ \u00a0]+(?:(?:russian|russia['’]s|"
    r"its|their|the)[ \u00a0]+)?([a-z][a-z '’-]{0,30}?)[ \u00a0]*,?[ \u00a0]*with[ \u00a0]+"
    r"(?:(?:about|around|some|nearly|almost|more[ \u00a0]+than|over)[ \u00a0]+)?$")


def _record_topic_measure(ctx: Any, d: dict[str, Any]) -> tuple[str, None, str] | None:
    """The category a record period is named for right before a bare figure ("worst month
    for tanks, with 521 lost"), when it is one of a daily-reported measure's phrases, a single
    word too: the figure's count, written in its sentence (readings52)."""
    m = _RECORD_FOR_WITH.search(ctx.low, d["sentence"][0], d["start"])
    if m is None:
        return None
    key, measure = _daily_measure_named(ctx, m.group(1))
    if measure is None:
        return None
    return measure, None, f"written: the record is for \"{key}\""


def _headline_days(drafts: list[dict[str, Any]], D: date | None = None) -> None:
    """"# Russia loses 1,240 troops in one day" over "Russia lost 1,630 soldiers over the past
    day, ..., bringing its losses to 685,910": a headline's day figure restates the body's
    figure of that day, which the running total beside it ties to one report; the headline's
    is read against the same report (``PAIR_TOTAL``), so the day before's figure in the
    headline is caught as stale instead of passing as that earlier report's."""
    heads = [d for d in drafts if d.get("section") == "headline" and not d.get("cumulative")
             and d.get("period") is not None and d["period"][0] == d["period"][1] and
             d.get("value") is not None and
             not any(k == PAIR_TOTAL for k, _ in d["extra"])]
    for h in heads:
        for b in drafts:
            if b.get("section") != "body" or b.get("cumulative") or \
                    b.get("measure") != h.get("measure") or b.get("subject") != h.get("subject") \
                    or b.get("period") != h.get("period") or b.get("source") != h.get("source") \
                    and h.get("source") is not None:
                continue
            j = next((v for k, v in b["extra"] if k == PAIR_TOTAL), None)
            if j is not None:
                h["extra"].append((PAIR_TOTAL, j))
            break   # the body's first figure of that day decides
        else:
            _headline_day_to_total(drafts, h, D)


def _headline_day_to_total(drafts: list[dict[str, Any]], h: dict[str, Any],
                           D: date | None) -> None:
    """"# General Staff: Russia lost 1 340 soldiers ... over the past day" over a body that
    gives no figure of that day but one running total given as current ("Its count ... now
    stands at 1 447 620"): the headline's day figure of the publication day's report is that
    report's, as the body's day figure would be (``PAIR_TOTAL``; readings72), so the day
    before's figure in the headline is caught as stale beside the publication day's total. A
    rounded restatement of the total beside it ("over 1.25 million") names no report and does
    not make two."""
    if D is None or h["period"] != (D - _DAY, D - _DAY):
        return
    totals = [i for i, t in enumerate(drafts)
              if t.get("section") == "body" and t.get("cumulative") and
              t.get("measure") == h.get("measure") and t.get("subject") == h.get("subject") and
              t.get("period") is not None and t["period"][1] == D and
              t.get("value") is not None and not t.get("unit") and
              t.get("role") in (None, "additional", "item") and
              (t.get("source") == h.get("source") or
               {t.get("source"), h.get("source")} <= _REPORT_SOURCES)]
    # (a rounded restatement beside the precise total, "approximately 1,250,150, over 1.25
    # million", names no report: the one total that does decides; readings74)
    named = [i for i in totals if _named_to_the_report(drafts[i])]
    if len(named) == 1:
        h["extra"].append((PAIR_TOTAL, named[0]))


# the sources the General Staff's report goes by (as the prior rules' ``source``): unattributed,
# the ministry, "Kyiv", "Ukraine"
_REPORT_SOURCES = frozenset((None, "Ukrainian Ministry of Defense", "Kyiv", "Ukraine"))


def _named_to_the_report(t: dict[str, Any]) -> bool:
    """Whether a running total is written as precisely as a report gives it (751,910; "about
    276,670") and its words settle that it is one, so that it names the report it is from;
    "more than 765,000" (to the thousand) names none, nor does a figure with other readings."""
    step = next((v for k, v in t["extra"] if k == "rounded_to"), None)
    if any(k == "readings" for k, _ in t["extra"]):
        return False    # ("In the last week, the total reached 7,900": the week's sum too)
    return step is None or float(step) <= _REPORT_STEP


_REPORT_STEP = 100   # the coarsest rounding a report's running total is written with (702,900)


def _paragraph_pairs(ctx: Any, drafts: list[dict[str, Any]], D: date) -> None:
    """"Over the past day, December 7, the Russian army lost another 1,460 soldiers ... In
    total, Russia's losses since the invasion have reached 751,910": a paragraph's one running
    total given as current (to publication, no day of its own) and its one figure for the day
    the publication day's report covers, of the same count and side, in two sentences, come
    from one report (``PAIR_TOTAL``, as "bringing the total to" pairs them in one sentence): a
    total one report older than the day's figure is caught as stale (stale-paired-total)
    instead of passing as the report of the day before, which nothing in the words names."""
    lex, day = ctx.lex, D - _DAY
    taken = {v for d in drafts for k, v in d["extra"] if k == PAIR_TOTAL}
    groups: dict[Any, tuple[list[int], list[int]]] = {}
    for i, d in enumerate(drafts):
        m, p = d.get("measure"), d.get("period")
        if p is None or not lex.daily_reports(m) or d.get("value") is None or \
                d.get("unit") or not d.get("subject") or \
                d.get("role") not in (None, "additional", "item"):
            continue    # ("another 1,460", a list's "320 troops and 38 artillery systems": a
            # day's figure; "up from 1,300": a compared one, no report's own)
        key = (ctx.paragraph(d["start"]), m, d["subject"])
        if d.get("cumulative") and p[1] == D and i not in taken:
            if _named_to_the_report(d):
                groups.setdefault(key, ([], []))[0].append(i)
        elif not d.get("cumulative") and p == (day, day) and \
                not any(k == PAIR_TOTAL for k, _ in d["extra"]) and \
                _DAY_POSSESSIVE.search(ctx.low, max(d["sentence"][0], d["start"] - 40),
                                       d["start"]) is None and \
                not _own_day_named(ctx.low, d, D):
            # (not a day the text names, "The total includes yesterday's 1,150", "including
            # 1,210 on Saturday" on a Sunday: the report of that day and the next are both in
            # the total, two readings of its report)
            groups.setdefault(key, ([], []))[1].append(i)
    for totals, days in groups.values():
        if len(totals) != 1 or len(days) != 1:
            continue    # (which total goes with which day's figure is not said)
        t, d = drafts[totals[0]], drafts[days[0]]
        if t["sentence"] != d["sentence"] and (t.get("source") == d.get("source") or {
                t.get("source"), d.get("source")} <= _REPORT_SOURCES):
            d["extra"].append((PAIR_TOTAL, totals[0]))


def _pairs_across(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any]) -> None:
    """A day's figure and the running total it names (``PAIR_TOTAL``) in two paragraphs: the
    keys either took from the other are marked as found in another paragraph (weak); not when
    the total's own paragraph pairs it with its increment too (a headline's "780 troops in a
    day" beside the body's "lost 780 soldiers over the past day, bringing the total to ...":
    the body's own words decide it; readings70)."""
    paired = {(v, ctx.paragraph(d["start"])) for d in drafts for k, v in d["extra"]
              if k == PAIR_TOTAL}
    for i, d in enumerate(drafts):
        j = next((v for k, v in d["extra"] if k == PAIR_TOTAL), None)
        if j is None or ctx.paragraph(d["start"]) == ctx.paragraph(drafts[j]["start"]) or \
                _next_line(ctx, d, drafts[j]) or \
                (j, ctx.paragraph(drafts[j]["start"])) in paired:
            continue
        for k in (i, j):
            for key, how in list((bases[k] or {}).items()):
                if how.startswith("pair:"):
                    bases[k][key] = f"pair {ACROSS}:" + how[len("pair:"):]


def _next_line(ctx: Any, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures stand on consecutive lines of one block of text, the later line
    continuing the report the earlier one credits ("Russia lost 1,130 soldiers over the past
    day, Ukraine's General Staff said.\nThe total now stands at 1,132,200."): a line that ends
    with a full stop starts a paragraph of its own (extract.text.hard_breaks), but with no
    blank line between, no source and no date of its own, it goes on with the same report."""
    first, second = sorted((a, b), key=lambda d: d["start"])
    p1, p2 = ctx.paragraph(first["start"]), ctx.paragraph(second["start"])
    if p2 != p1 + 1:
        return False
    gap = ctx.text[first["sentence"][1]:second["sentence"][0]]
    return gap.count("\n") == 1 and gap.strip(" \t\n-*•") == "" and \
        ctx._continues_report(p2)


def _set(bases: list[Any], i: int, key: str, how: str) -> None:
    if bases[i] is not None:
        bases[i][key] = how


def _joint(ctx: Any, d: dict[str, Any]) -> bool:
    """Whether the words right before the figure make it several sides' joint figure ("the two
    armies' losses together near 1.4 million", readings.yaml ``joint_before``): no one side's
    count, so no default side is given to it."""
    ss = d["sentence"][0]
    return _vocab().joint_before.search(ctx.low, max(ss, d["start"] - 40), d["start"]) is not None


def _joint_sides(ctx: Any, d: dict[str, Any], voc: _Vocab) -> str | None:
    """The words that make a figure both sides' joint count ("Together, Russia and Ukraine
    lost 87,700", "Both sides combined lost roughly 70,000", "... on both sides"; readings.yaml
    ``joint_sides``), or None: the last match in the 120 characters of its sentence before it,
    with no side named alone, no "each" and no clause break between, none right after the
    figure ("As talks between Ukraine and Russia stalled, the General Staff reported 1,200"
    is one side's)."""
    ss, se = d["sentence"]
    low = ctx.low
    after = voc.joint_sides_after.match(low, d["end"], se)
    if after is not None:
        return " ".join(ctx.text[after.start():after.end()].split())
    if ctx.in_sentence(voc.joint_sides, d["sentence"]) is None:
        return None
    last = None
    for m in voc.joint_sides.finditer(low, max(ss, d["start"] - 120), d["start"]):
        last = m
    if last is None or voc.joint_sides_not.search(low, last.end(), d["start"]) or \
            any(p in low[last.end():d["start"]] for p in ",;:") or \
            voc.joint_sides_not.search(low, d["end"], min(se, d["end"] + 30)):
        return None
    return " ".join(ctx.text[last.start():last.end()].split())


def _joint_sides_count(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any],
                       voc: _Vocab) -> set[int]:
    """The drafts of a daily-reported measure that count both sides together: their subject
    (the entity finder's one side, or none) is dropped with the reason, for the account of
    coverage; no default side is given to them (``_default_subjects``)."""
    lex = ctx.lex
    out: set[int] = set()
    for i, d in enumerate(drafts):
        m = d.get("measure")
        if m is None or not lex.daily_reports(m.removesuffix("_per_day")):
            continue
        words = _joint_sides(ctx, d, voc)
        if words is None:
            continue
        out.add(i)
        d["subject"] = None
        why = (f"both sides together (\"{words}\"): a combined count of the two armies, "
               "neither side's, which no report of one side gives")
        d["extra"].append((NO_SUBJECT_WHY, why))
        _set(bases, i, "subject", f"none: {why}")
    return out


def _default_subjects(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any],
                      voc: _Vocab) -> None:
    """A figure of a daily-reported measure that no sentence gives a subject: the subject the
    document names for its domain, else the domain's default (readings.yaml); both are
    document defaults (a weak basis), unless the figure's own sentence credits the body that
    reports that side's losses (``bare_body_of``: "590 tanks have been destroyed, the General
    Staff said" counts Russia's tanks), which writes it."""
    lex = ctx.lex
    default_subject = voc.default_subject
    named: dict[str, str] = {}
    wanting = []
    joint = _joint_sides_count(ctx, drafts, bases, voc)
    for i, d in enumerate(drafts):
        m = d.get("measure")
        if m is None or i in joint:
            continue
        if d.get("subject") and lex.daily_reports(m) and _body_as_subject(lex, d):
            # "The figure now stands at 992,570, Ukraine's General Staff said": the reporting
            # body the entity finder took for whose figure it is counts another side's losses
            d["subject"] = None
        if d.get("subject") and lex.daily_reports(m) and _subject_of_other_domain(lex, d, m):
            # "Russia lost 87,700 soldiers, Kyiv's figures show: 41,980 in October and ...":
            # a subject read before the figure had a measure ("Kyiv", the economy's Ukraine)
            # that no figure of this measure's domain may have; the side is read as for a
            # figure that names none
            d["subject"] = None
        if d.get("subject"):
            dom = lex.domain(m)
            if dom:
                named.setdefault(dom, d["subject"])
        elif lex.daily_reports(m.split(RATIO)[0].removesuffix("_per_day")) and \
                not lex.own_subject(m) and not _joint(ctx, d):
            # (a daily average of a reported count too: "the average daily loss rate was
            # about 1,010, according to Ukrainian General Staff reporting")
            wanting.append(i)
    for i in wanting:
        d = drafts[i]
        # (a ratio worked from the dataset, normalize.loss_ratios: the side its counts are of)
        dom = lex.domain(d["measure"].split(RATIO)[0].removesuffix("_per_day"))
        subj = named.get(dom) if dom else None
        if subj is None and dom:
            subj = default_subject.get(dom)
        if subj:
            d["subject"] = subj
            src = d.get("source")
            body = voc.bare_body_of.get(subj)
            lead = _side_led_in(ctx, d, subj, dom)
            _set(bases, i, "subject", f"written: the side whose losses its source ({src}) "
                 "reports" if src and body == src else
                 f"carried from the headline: the side whose losses its source ({body}) "
                 "reports" if body and body in _headline_sources(ctx) else
                 f"carried within the paragraph: its lead-in's \"{lead}\"" if lead else
                 "document default")
    _pair_totals_take_sides(drafts, bases, wanting)


# losses named right after a side's name: "Russian losses", "Russia's losses", "the enemy's
# combat losses" (lower case; the side's name is the vocabulary's)
_LOSSES_AFTER_SIDE = re.compile(r"(?:['’]s)?[ \u00a0]+(?:(?:total|combat|military|overall)"
                                r"[ \u00a0]+)?loss(?:es)?\b")


def _side_led_in(ctx: Any, d: dict[str, Any], subj: str, dom: str | None) -> str | None:
    """The words of the figure's paragraph, before it, that name the side given it as its
    losses ("Kyiv's General Staff has updated its figures for Russian losses. | Artillery
    systems: 3,384 (+52)", a table's head "| Russian losses | Past 24 hours |"): the lines of
    a list or table under a lead-in are that side's, carried within the paragraph; None when
    the nearest side named there is another or is named in no words of losses. (A list's
    or a table's lines are paragraphs of their own: the block they are in runs back to the
    last blank line.)"""
    blank = ctx.text.rfind("\n\n", 0, d["start"])
    ps = min(blank + 2 if blank >= 0 else 0, ctx.par_starts[ctx.paragraph(d["start"])])
    sm = ctx.lex.ix.matches["subject"] if ctx.lex.ix is not None else None
    if sm is None:
        return None
    for k in reversed(sm.between(ps, d["start"])):
        start = sm.starts[k]
        if ctx.lex.pick_subject(sm.payloads[k], dom) != subj:
            return None
        m = _LOSSES_AFTER_SIDE.match(ctx.low, sm.ends[k])
        return ctx.text[start:m.end()] if m is not None else None
    return None


def _pair_totals_take_sides(drafts: list[dict[str, Any]], bases: list[Any],
                            wanting: list[int]) -> None:
    """"Over the past day the General Staff counted 840 personnel, five tanks .... Running
    totals since 24 February 2022: 1,145,670 personnel, ...": a running total given the same
    side as the increment it pairs with (``PAIR_TOTAL``), whose own words credit the body
    that reports that side's losses, is of that side as firmly, not by document default."""
    of_total = {v: i for i, d in enumerate(drafts) for k, v in d["extra"]
                if k == PAIR_TOTAL and isinstance(v, int)}
    for t in wanting:
        i = of_total.get(t)
        if i is None or bases[t] is None or bases[i] is None or \
                drafts[i].get("subject") != drafts[t].get("subject") or \
                bases[t].get("subject") != "document default" or \
                not str(bases[i].get("subject", "")).startswith("written"):
            continue
        _set(bases, t, "subject", "pair: the subject of its increment")


def _headline_sources(ctx: Any) -> set[str]:
    """The bodies the document's headline credits ("# Russian losses as of 15 November 2025,
    according to Ukraine's General Staff"): a table or a line under it that names no side
    counts the losses that body reports, as a figure crediting it in its own words does. A
    first line that ends as a sentence does (a period) is a paragraph of its own, not a
    headline: a paragraph break leaves the side at most a warning."""
    out: set[str] = set()
    for sec in ctx.m.sections:
        if sec.kind == "headline" and not ctx.text[sec.start:sec.end].rstrip().endswith("."):
            out.update(name for _, name in ctx.lex.attributions(ctx.text, ctx.low, sec.start,
                                                                 sec.end))
    return out


def _subject_of_other_domain(lex: Any, d: dict[str, Any], measure: str) -> bool:
    """Whether the figure's subject is limited to domains (subjects.yaml) that leave out its
    measure's: read while the figure had no measure of its own, it names no side of it."""
    doms = lex.subject_domains.get(str(d["subject"]))
    dom = lex.domain(measure)
    return doms is not None and dom is not None and dom not in doms


def _body_as_subject(lex: Any, d: dict[str, Any]) -> bool:
    """Whether a figure's subject is only the name of the body its source is ("general
    staff" of "Ukraine's General Staff said"), no side of the vocabulary."""
    subj = str(d["subject"])
    key = " ".join(subj.lower().replace("’", "'").replace("-", " ").split())
    if not d.get("source") or lex.alias_source.get(key) != d["source"]:
        return False
    known = _KNOWN_SUBJECTS.get(id(lex))
    if known is None:
        known = _KNOWN_SUBJECTS[id(lex)] = frozenset(
            sid for cands in lex.alias_subjects.values() for sid, _ in cands)
    return subj not in known


# id(lexicon) -> the subject ids of its vocabulary (built once)
_KNOWN_SUBJECTS: dict[int, frozenset[str]] = {}


# measure -> (scope start, daily max) (measures.yaml: the vocabulary is read once per process)
_SCOPES: dict[Any, Any] = {}

Reading = tuple[Any, ...]   # (label, start, end, cumulative, basis, words[, record])


def _readings(ctx: Any, d: dict[str, Any], basis: dict[str, str], D: date, voc: _Vocab,
              wins: dict[int, Any], heads: dict[Any, Any],
              to_date: tuple[Reading, ...] | None) -> list[Reading]:
    """The plausible readings of one figure, its own first; [] when its own is the only one.
    ``to_date``: the part of its period reported by publication, when it runs past it (the
    days fought to the day before, and the reports dated to publication)."""
    m = d["measure"]
    got = _SCOPES.get(m, _SCOPES)
    if got is _SCOPES:
        got = _SCOPES[m] = (ctx.lex.scope_start(m), ctx.lex.daily_max(m))
    scope, top = got
    if scope is None:
        return []
    if d.get("role") == "compared" and d.get("period") is None:
        # "509 tanks, compared with 385 lost in Afghanistan"; "1,556 vehicles, against 1,314":
        # the other side of a comparison is another day, place or body than the figure it is
        # set against, and with no period of its own words no reading of it can be judged
        return []
    if d.get("period") is None and ctx.names_own_span(*d["sentence"]):
        # "while May brought the most tank losses of the year, 428": the sentence names a
        # time of its own that no date form reads; no default reading stands for it
        return []
    out = _scope_and_period(ctx, d, basis, D, voc, wins, heads, scope, top)
    start = _at_start(ctx, d, voc, scope, D)
    if start and d.get("period") is not None and d["period"][1] == D:
        # "At the beginning of the month the tally was at 387,060": dated by its words to the
        # month's first report, not to publication (a total of publication beside it is
        # another day's, not a conflicting figure of the same day)
        d["period"] = (date.fromisoformat(start[0][1]), date.fromisoformat(start[0][2]))
        basis["period"] = basis["scope"] = start[0][4]
        return start if len(start) > 1 else []
    # (a running total's period already ends at its report: no part of it to read apart)
    more = [r for r in (list(to_date) if to_date and not d.get("cumulative") else []) +
            start +
            _latest(ctx, d, voc, scope, D) +
            (_day_of_record(ctx, d, voc, top, D)
                        + _records(ctx, d, voc, scope, top, D) + _report_span(ctx, d, voc)
                        + _since_report(ctx, d, voc, scope, D)
                        + _named_report(ctx, d, basis, voc, scope, D)
                        + _some_window(ctx, d, voc, D) + _month_span(ctx, d, voc)
                        + _since_point_day(ctx, d, voc, scope, D)
                        + _dated_by_next_sentence(ctx, d, voc))
            if _rkey(r) not in {_rkey(x) for x in out}]
    # one of the days before the day named ("and 1,124 in the two days prior"): beside the
    # figure's own reading, never instead of it
    prior = [r for r in _days_prior(ctx, d, voc, D) if _rkey(r) not in {_rkey(x) for x in out}]
    if not more and not prior:
        return out
    windows = [r for r in more if window_of(r)]
    if windows and any(rank_of(r) > 1 for r in more if record_of(r)):
        # ("The second-highest, earlier this month, was 1,530 in one day": the day is the
        # rank's, not some day of the month)
        windows, more = [], [r for r in more if not window_of(r)]
    if windows:
        # "within just one week" in September: not September's total (a record said of it,
        # "the deadliest day ... last week, 2,200 in a single day", is read first)
        return [r for r in more if record_of(r)] + windows
    period = d.get("period")
    if not out and period is not None:
        cum = bool(d.get("cumulative"))
        out = [_reading(period[0], period[1], cum, basis.get("scope" if cum else "period",
                                                             "none"))]
    return out + more + prior


def _dated_difference(d: dict[str, Any]) -> bool:
    """"At the beginning of December, this figure stood at 330,040, meaning Russia's military
    lost 29,190 fighters this month": the difference of two running totals that its own words
    date ("this month") is that period's sum, read like any other (the reports dated in it up
    to publication, or from the day after the earlier total's report)."""
    return d.get("role") == "difference" and d.get("period") is not None and \
        not d.get("cumulative")


def _undated_difference(d: dict[str, Any]) -> bool:
    """"At the beginning of the month the tally was at 387,060, meaning a loss of 20,180
    soldiers" (after 407,240): the difference of two running totals with no date words of its
    own, read as the days between the totals' reports (``_between_totals``)."""
    return d.get("role") == "difference" and bool(d.get("cumulative")) and \
        any(k == "difference" for k, _ in d["extra"])


def _between_totals(drafts: list[dict[str, Any]], d: dict[str, Any], D: date
                    ) -> list[Reading]:
    """The readings of an undated difference of two running totals: the days the reports
    after the smaller total's, up to the larger's, cover (a total to day E is the report of
    E + 1, or of publication), for each reading of either. [] when it is no such
    difference."""
    if not _undated_difference(d):
        return []
    rel = next(v for k, v in d["extra"] if k == "difference")
    hi, lo = rel.get("of"), rel.get("minus")
    if not isinstance(hi, int) or not isinstance(lo, int) or \
            not (0 <= lo < len(drafts) and 0 <= hi < len(drafts)):
        return []
    a, b = drafts[lo], drafts[hi]
    if not (a.get("cumulative") and b.get("cumulative")) or a.get("measure") != d.get("measure") \
            or b.get("measure") != d.get("measure") or \
            abs(float(b["value"]) - float(a["value"]) - float(d["value"])) > 0.5:
        # (a difference its own totals do not give is wrong-arithmetic's to report)
        return []
    out: dict[Any, Reading] = {}
    for ea in _total_ends(a):
        for eb in _total_ends(b):
            first, last = min(ea + _DAY, D), min(eb + _DAY, D) - _DAY
            if first <= last:
                r = _reading(first, last, False, "written: the difference of two running "
                             "totals, the days between their reports")
                out.setdefault(_rkey(r), r)
    return list(out.values())


def _total_ends(d: dict[str, Any]) -> list[date]:
    """The days a running total's readings run to (its own period's end when it has none),
    and the day before each: the store reads a total against its day's report and the one
    before (the lags of the series), so either may be the report it was."""
    rs = next((v for k, v in d["extra"] if k == "readings"), None)
    day = next((v for k, v in d["extra"] if k == REPORT_DAY), None)
    if day is not None:
        # "reported on Thursday ... a total of 407,240": the total to the day before Thursday
        return [date.fromisoformat(day) - _DAY]
    ends = {date.fromisoformat(r[2]) for r in rs if r[3]} if rs else \
        ({d["period"][1]} if d.get("period") else set())
    return sorted(ends | {e - _DAY for e in ends})


# right before the day a running total is given as of: "as of", "as at", "as on", with "the
# morning of" for that day's report alone (group `morning`); lower case
_AS_OF_BEFORE = re.compile(r"\bas[ \u00a0]+(?:of|at|on)[ \u00a0]+(?:(?P<morning>the[ \u00a0]+"
                           r"morning[ \u00a0]+of)[ \u00a0]+)?$")
# right after it: "as of Tuesday morning"
_MORNING_AFTER = re.compile(r"[ \u00a0]+morning\b")


def _total_as_of_day(ctx: Any, d: dict[str, Any], D: date) -> str | None:
    """"As of Aug. 20, Russia had lost 601,800 personnel": a running total whose sentence gives
    it as of the day its period ends, written as a date or weekday. "day" when it may be
    that day's report (the total it gives "as of" its date) or the losses through that day
    (the next morning's); "morning" for "as of the morning of Aug. 20" or "as of Tuesday
    morning" (that day's report alone); None when no such words date it."""
    period = d.get("period")
    if period is None or period[1] > D:
        return None
    ss, se = d["sentence"]
    for dm in ctx.m.dates:
        if dm.start < ss or dm.start >= se or dm.start_date is None or \
                dm.start_date != dm.end_date or dm.end_date != period[1]:
            continue
        m = _AS_OF_BEFORE.search(ctx.low, max(ss, dm.start - 30), dm.start)
        if m is not None:
            return "morning" if m.group("morning") or \
                _MORNING_AFTER.match(ctx.low, dm.end) else "day"
    return None
def _own_day_named(low: str, d: dict[str, Any], D: date) -> bool:
    """Whether a weekday other than publication's is written right after the figure ("850 on
    Wednesday" on a Thursday): that day's report, or the next one that covers it."""
    own = _OWN_DAY_AFTER.match(low, d["end"], d["sentence"][1])
    return own is not None and own.group(1) != D.strftime("%A").lower()


def _of_the_days_report(ctx: Any, d: dict[str, Any], D: date, voc: _Vocab) -> bool:
    """Whether a running total to publication, or the day's figure before it, is said to be the
    publication day's report's: its sentence names that day as the day the source said,
    released or reported it ("said in its report released Monday", "Monday's update", "said on
    Monday" on a Monday; readings.yaml ``report_day``). A day named that is not the publication
    day pins nothing here."""
    period = d.get("period")
    if period is None or (period[1] != D if d.get("cumulative") else
                          period != (D - _DAY, D - _DAY)):
        # (the day's figure of that report too: "more than 1.09 million troops, Kyiv said on
        # Tuesday, 950 of them in the past day" is not the figure of Monday's report)
        return False
    m = ctx.in_sentence(voc.report_day, d["sentence"])
    if m is None or _DAY_POSSESSIVE.search(ctx.low, max(d["sentence"][0], d["start"] - 40),
                                           d["start"]):
        # ("Kyiv said on Monday, after Saturday's 1,000 and Sunday's 1,180": Sunday's figure
        # is Sunday's report or the one after it, not pinned to Monday's)
        return False
    if _own_day_named(ctx.low, d, D):
        return False
    day = next((v for k, v in m.groupdict().items() if k.startswith("day") and v), "").lower()
    if m.groupdict().get("since"):
        # "since its previous update on Saturday", on a Sunday: the report after Saturday's
        return m.group("since").lower() == (D - _DAY).strftime("%A").lower()
    return day == "today" or day == D.strftime("%A").lower()


def _in_scope(ctx: Any, m: str, end: date) -> bool:
    """Whether a period ending on ``end`` can be one of the measure's reports: not the years of
    another war ("15,051 Soviet dead between 1979 and 1989" dates no Russian loss beside it)."""
    got = _SCOPES.get(m, _SCOPES)
    if got is _SCOPES:
        got = _SCOPES[m] = (ctx.lex.scope_start(m), ctx.lex.daily_max(m))
    return got[0] is None or end >= got[0]


def _rkey(r: Reading) -> tuple[Any, ...]:
    """What a reading looks up: its days, running or not, record, window or sum."""
    return r[1], r[2], r[3], record_of(r), window_of(r)


def _restates_start(d: dict[str, Any], basis: dict[str, str], scope: date, D: date) -> bool:
    """"since the beginning of its full-scale invasion of Ukraine in February 2022": a running
    total whose date is the scope's start (its day or its month) restates when the scope began;
    the total is as of publication ("when the count stood at 5,710 on March 1, 2022" is not)."""
    period = d.get("period")
    if not d.get("cumulative") or period is None or (D - period[1]).days <= 31:
        return False
    end = period[1]
    if not (end == scope or (end.year, end.month) == (scope.year, scope.month) and
            (end + _DAY).month != end.month):
        return False
    d["period"] = (scope, D)
    basis["period"] = f"written: the date restates the start ({scope.isoformat()})"
    return True


def _listed_days(ctx: Any, drafts: list[dict[str, Any]], voc: _Vocab) -> None:
    """"the last three reports gave 1,010, 1,020 and 1,120, 3,150 in all": as many listed
    figures of one measure, after the window's words, as the window has days (or reports) are
    one day's figure each, which day unsaid, never the window's sum (marked ``_one_day``; a
    total of them after the list keeps the window's sum)."""
    by_sentence: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for d in drafts:
        if d.get("role") in ("part", "item") and not d.get("cumulative") and \
                d.get("measure") is not None and not d.get("unit"):
            by_sentence.setdefault(d["sentence"], []).append(d)
    for (ss, se), items in by_sentence.items():
        sent = ctx.low[ss:se]
        if len(items) < 2 or ("days" not in sent and "reports" not in sent):
            continue
        win = voc.windows.search(ctx.low, ss, se)
        if win is None or not win.group("n"):
            continue
        n = int(win.group("n")) if win.group("n").isdigit() else voc.numbers.get(win.group("n"), 0)
        after = [d for d in items if d["start"] >= win.end()]
        if n == len(after) and len({d["measure"] for d in after}) == 1:
            for d in after:
                d["_one_day"] = True


def _window(ctx: Any, d: dict[str, Any], D: date, voc: _Vocab, wins: dict[int, Any]
            ) -> Reading | None:
    """"in the previous seven days", "in the past week": the window's sum, when the figure's
    own period is not already that window."""
    low = ctx.low
    ss, se = d["sentence"]
    found = wins.get(ss, wins)
    if found is wins:
        sent = low[ss:se]
        found = wins[ss] = list(voc.windows.finditer(low, ss, se)) if (
            "week" in sent or "days" in sent or "reports" in sent or "-day " in sent) else []
    win = _figure_window(low, d, found)
    if win is None:
        return None
    n = 7 if win.group("week") else (int(win.group("n")) if win.group("n").isdigit()
                                     else voc.numbers.get(win.group("n"), 0))
    if d.pop("_one_day", False) and n > 1:
        # "the last three reports gave 1,010, 1,020 and 1,120": one day of the window each
        return _reading(D - timedelta(days=n), D - _DAY, False,
                        f"written: \"{win.group(0)}\" (one of its {n} days each)",
                        win.group(0), window=1)
    period, cum = d.get("period"), bool(d.get("cumulative"))
    if n <= 1 or (period is not None and period == (D - timedelta(days=n), D - _DAY) and
                  not cum):
        return None
    return _reading(D - timedelta(days=n), D - _DAY, False, f"written: \"{win.group(0)}\"",
                    win.group(0))


# a clause's end between a figure and a window after it (not a number's own comma or point)
_CLAUSE_END = re.compile(r"[;:()]|[,.](?!\d)")


def _figure_window(low: str, d: dict[str, Any], found: list[re.Match[str]]
                   ) -> re.Match[str] | None:
    """The window of a sentence's windows that a figure is of: the first after it in its own
    clause ("nearly 7,000 over the last five days alone, with 19 tanks and 12,273 drones
    destroyed over the past week": the tanks are the week's, not the five days'), else the
    sentence's first."""
    if len(found) < 2:
        return found[0] if found else None
    return next((w for w in found if w.start() >= d["end"] and
                 _CLAUSE_END.search(low, d["end"], w.start()) is None), found[0])


# "the past week", "last week", "over the previous week": words that may mean the seven days
# to publication or the calendar week before it (lower case, a window match's own words)
_WEEK_WORDS = re.compile(r"\b(?:past|last|previous|preceding)\s+week$")


def _calendar_week_before(ctx: Any, d: dict[str, Any], D: date, voc: _Vocab
                          ) -> Reading | None:
    """"Russian forces lost an average of about 1,080 troops a day over the past week" on a
    Thursday: a figure read as the seven days to publication whose words, "the past week" or
    "last week", may as well mean the calendar week before publication's (Monday to Sunday);
    that week is read too (None when publication is a Monday: the two are the same days)."""
    period = d.get("period")
    if d.get("cumulative") or period is None or D.weekday() == 0 or \
            tuple(period) != (D - timedelta(days=7), D - _DAY):
        return None
    ss, se = d["sentence"]
    win = voc.windows.search(ctx.low, ss, se) if "week" in ctx.low[ss:se] else None
    if win is None or not _WEEK_WORDS.search(win.group(0)):
        return None
    monday = D - timedelta(days=D.weekday() + 7)
    return _reading(monday, monday + timedelta(days=6), False,
                    f"written: \"{win.group(0)}\" (the calendar week before publication's)",
                    win.group(0))


# a month's days so far ("a daily average of 931 troops this month"; lower case)
_MONTH_SO_FAR = re.compile(r"\b(?:(?:this|the\s+current)\s+month|so\s+far\s+(?:this\s+month|in\s+"
                           r"[a-z]+)|month[\s-]+to[\s-]+date)\b")


def _average_readings(ctx: Any, d: dict[str, Any], D: date, voc: _Vocab,
                      basis: dict[str, str] | None) -> tuple[Reading, ...]:
    """The readings of a daily average whose words leave its window open, its own first:
    "an average of about 1,080 a day over the past week" (the seven days to publication or
    the calendar week before: ``_calendar_week_before``); "a daily average of 931 troops
    this month" late in a month (the days to the last report, or to any report of the week
    before it: an average quoted from an earlier count, as Britain's weekly updates are);
    () when the words settle it."""
    period = d.get("period")
    if period is None or basis is None:
        return ()
    a, b = period
    own = _reading(a, b, False, basis.get("period", "none"))
    also = d.pop("_rate_also", None)
    if also is not None:
        (a2, b2), words = also
        return (own, _reading(a2, b2, False, "carried within the sentence: the period of the "
                              f"new value \"{words}\""))
    week = _calendar_week_before(ctx, d, D, voc)
    if week is not None:
        return (own, week)
    m = _MONTH_SO_FAR.search(ctx.low, *d["sentence"])
    if m is None or a.day != 1 or b != D - _DAY or (b - a).days < 13:
        return ()
    return (own,) + tuple(
        _reading(a, b - timedelta(days=k), False, f"written: \"{m.group(0)}\" (counted to an "
                 f"earlier report: the days to {(b - timedelta(days=k)).isoformat()})",
                 m.group(0)) for k in range(1, 7))


def _scope_and_period(ctx: Any, d: dict[str, Any], basis: dict[str, str], D: date,
                      voc: _Vocab, wins: dict[int, Any], heads: dict[Any, Any], scope: date,
                      top: float | None) -> list[Reading]:
    """The readings of the figure's scope and period: the window, the day's report, the
    running total (to publication, or to the list head's day)."""
    low = ctx.low
    v = float(d["value"])
    ss = d["sentence"][0]
    period, cum = d.get("period"), bool(d.get("cumulative"))
    pb, sb = basis.get("period", "none"), basis.get("scope", "none")
    group = d.get("group")
    if _restates_start(d, basis, scope, D):
        return []
    window = _window(ctx, d, D, voc, wins)
    week = _calendar_week_before(ctx, d, D, voc)
    if week is not None:
        return [_reading(period[0], period[1], cum, pb), week]
    if window is None and period is not None and (cum or pb == "written") and group is None and \
            (cum or period[0] != period[1] or "day" not in low[ss:d["sentence"][1]]):
        # the words settle it (the usual case): nothing more to read
        if cum or top is None or (period[1] - period[0]).days == 0 or \
                v <= top * ((period[1] - period[0]).days + 1):
            start = _from_start(d, scope)
            if start:
                return start
            more = _to_report(d, basis)
            return [_reading(period[0], period[1], cum, pb)] + more if more else []
    pp = voc.perfect.search(low, max(ss, d["start"] - 90), d["start"])
    if pp is None and top is not None and v > top:
        pp = _total_brought_to(low, ss, d["start"], voc) or _perfect_before_list(low, ss, d,
                                                                                 voc)
    # a list whose other items are running totals ("Russia has also lost 7,255 tanks, ...,
    # 26 ships and boats"): this item is one too
    listed = None
    if group is not None and not cum:
        head = heads.get(group)
        if head is not None and head is not d:
            words = ctx.text[head["start"]:head["end"]]
            # (a head whose period ends before the war it counts began, a date of the scope's
            # own words taken for its day, "since the invasion on 24 February last year":
            # the list runs to publication)
            end = head["period"][1] if head["period"][1] > scope else D
            listed = _reading(scope, end, True,
                              f"list: its item \"{words}\" is a running total", words)
    running = listed or (pp is None and (_carried_total(ctx, d, heads, scope, D) or
                                         _lead_in_total(ctx, d, scope, D))) or _reading(
        scope, D, True, f"written: \"{pp.group(0)}\"" if pp else
        "document default: a running total", pp.group(0) if pp else "")
    if window is not None:
        # the window first; the figure's own reading stays plausible unless the words gave it
        own = [] if period is None else [_reading(period[0], period[1], cum, sb if cum else pb)]
        if cum and not sb.startswith("written"):
            return [window] + own
        if cum and wins.get(ss) and wins[ss][0].end() <= d["start"]:
            # "In the last week, the total reached 7,900": the window opening its sentence
            # may be what the total is of; the running total stays a reading
            return own + [window]
        if not cum and period is not None and period[0] == period[1]:
            return [window] + own
        if period is None:
            return [window, running]
        if not cum:
            # "1,096 and 1,124 on the two days before that, a total of 5,910 over the past
            # five days": the span the other dates gave it, or the window counted back from
            # publication
            return own + [window]
    if period is None:
        return _open_period(d, basis, D, top, pp, listed, running)
    return _given_period(ctx, d, basis, D, voc, scope, top, listed, running)


# a figure and its noun joined to the next figure of a list ("585,140 troops and ", "11,579
# tanks, "), right before that figure (lower case)
_JOINED_BEFORE = re.compile(r"\d(?:[ \u00a0]+[a-z'’-]+){1,3}(?:,[ \u00a0]*(?:and[ \u00a0]+)?|"
                            r"[ \u00a0]+and[ \u00a0]+)$")


def _perfect_before_list(low: str, ss: int, d: dict[str, Any], voc: _Vocab) -> Any:
    """"Russia has lost around 1,013,700 troops, including 10,966 tanks, 22,879 armoured
    fighting vehicles and 41,915 drones": the present perfect before the first figure of the
    list a figure ends (figures joined by commas and "and"), as a match; None when there is
    none. Only for an item of a list (``group``, or a part of the figure before)."""
    if d.get("group") is None and d.get("role") not in ("portion", "item"):
        return None
    at = d["start"]
    for _ in range(8):
        j = _JOINED_BEFORE.search(low, max(ss, at - 60), at)
        if j is None:
            break
        at = j.start() + 1
        while at > ss and (low[at - 1].isdigit() or low[at - 1] in ",."):
            at -= 1
    if at == d["start"]:
        return None
    return voc.perfect.search(low, max(ss, at - 90), at)


def _total_brought_to(low: str, ss: int, at: int, voc: _Vocab) -> Any:
    """"The new figures bring Kyiv's tally of reported Russian casualties to 430,390", "the
    General Staff's count put Russian losses at 585,140 troops and 8,241 tanks": a running
    total's noun brought to the figure at ``at``, or to the first of the list of figures
    joined to it (readings.yaml ``running_total_before``), as a match; else None. Only for a
    figure no single day brought."""
    for _ in range(8):
        m = voc.total_before.search(low, max(ss, at - 120), at)
        if m is not None:
            return m
        j = _JOINED_BEFORE.search(low, max(ss, at - 60), at)
        if j is None:
            return None
        # (back to the start of the figure before: its digits and separators)
        at = j.start() + 1
        while at > ss and (low[at - 1].isdigit() or low[at - 1] in ",."):
            at -= 1
    return None


def _to_report(d: dict[str, Any], basis: dict[str, str]) -> list[Reading]:
    """"from January to April 1, 2024": a span of days (two weeks or more) that ends on a
    date, not a month's end, may mean the reports up to the one of that date, which counts
    the day before."""
    period = d.get("period")
    if period is None or d.get("cumulative") or basis.get("period") != "written":
        return []
    a, b = period
    if (b - a).days < 14 or (b + _DAY).day == 1:
        return []
    return [_reading(a, b - _DAY, False, f"written: up to the report of {b.isoformat()}")]


def _from_start(d: dict[str, Any], scope: date) -> list[Reading]:
    """"From February 24 to May 23 the total losses ... came to about 29,200": a span from the
    start of the war (its scope) is the running total to the span's end, the total of the
    report of that day (no report before the war's first is there to subtract)."""
    period = d.get("period")
    if period is None or d.get("cumulative") or period[0] != scope or period[1] <= scope:
        return []
    return [_reading(scope, period[1], True, "written: a span from the start of the war "
                     f"({scope.isoformat()})")]


def _open_period(d: dict[str, Any], basis: dict[str, str], D: date, top: float | None,
                 pp: Any, listed: Reading | None, running: Reading) -> list[Reading]:
    """A figure with no period: the day's report or the running total, as its size allows."""
    v = float(d["value"])
    if top is not None and v > top:
        if pp is not None or listed is not None:
            # "Russia has lost 623,990 soldiers": only a running total bears the figure
            end = date.fromisoformat(listed[2]) if listed else D
            d["period"], d["cumulative"] = (date.fromisoformat(running[1]), end), True
            basis["period"] = basis["scope"] = listed[4] if listed else (
                f"written: \"{pp.group(0)}\" with a figure no single day brought")
            return []
        # no day brought that many, and nothing says it is a running total ("the reports add
        # up to 45,450"): a running total is the one reading left, assumed
        return [running]
    return [_reading(D - _DAY, D - _DAY, False, "document default: the day's report", ""),
            running]


# a report named by its weekday: "Monday's report", "the General Staff's Monday report", "its
# Sunday update" (lower case)
_REPORT_BY_WEEKDAY = re.compile(
    r"\b(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?[ \u00a0]+"
    r"(?:morning[ \u00a0]+)?(?:report|update|bulletin|summary|tally|briefing)\b")


def _earlier_report_named(ctx: Any, d: dict[str, Any], D: date) -> bool:
    """Whether the figure's sentence names a report by a weekday other than publication's
    ("the General Staff's Monday report" on a Tuesday; not "In its Saturday update" on a
    Saturday, whose day counted from publication is the report's own)."""
    m = _REPORT_BY_WEEKDAY.search(ctx.low, *d["sentence"])
    return m is not None and m.group("day") != D.strftime("%A").lower()


def _given_period(ctx: Any, d: dict[str, Any], basis: dict[str, str], D: date, voc: _Vocab,
                  scope: date, top: float | None, listed: Reading | None, running: Reading
                  ) -> list[Reading]:
    """A figure with a period the words may not settle: its own, the day a relative date may
    mean, the running total when the day was carried or assumed."""
    period, cum = d["period"], bool(d.get("cumulative"))
    pb, sb = basis.get("period", "none"), basis.get("scope", "none")
    v = float(d["value"])
    hi = float(d["upper"]) if d.get("upper") is not None else v
    a, b = period
    days = (b - a).days + 1
    if not cum and top is not None and days > 1 and v > top * days:
        # "As of Feb. 3, ... a total of 841,660" read as February: no month brings that
        # many, so it is the running total as of the period's end (publication at most;
        # the month the scope began in restates its start: "since ... in February 2022")
        end = D if (a - scope).days < 31 else min(b, D)
        d["period"], d["cumulative"] = (scope, end), True
        basis["period"] = basis["scope"] = \
            f"more than {days} days could bring: the running total to {end.isoformat()}"
        return []
    out = [_reading(a, b, cum, sb if cum else pb, "")] + _to_report(d, basis)
    if not cum and a == b:
        # a relative day ("the previous day", "yesterday"): also the day before publication
        rel = ctx.in_sentence(voc.relative, d["sentence"])
        # (in a liveblog, "the past day" counts from its update's day, not publication's)
        D = ctx.day_at(d["start"]) or D
        if rel is not None and not _earlier_report_named(ctx, d, D) and \
                not any(k == REPORT_DAY for k, _ in d.get("extra") or ()):
            # the day after the one read, and the day before publication (not where the
            # sentence names an earlier report the day counts from by its weekday: "the
            # General Staff's Monday report put losses over the past day at 1,560" on a
            # Tuesday is Sunday's, never Monday's, which Tuesday's report gives; nor where the
            # day was counted back from the day a source spoke on, context's ``report_day``:
            # "said on Wednesday that ... over the previous day" on a Thursday)
            for day in sorted({b + _DAY, D - _DAY}):
                if b < day <= D - _DAY:
                    out.append(_reading(day, day, False, f"written: \"{rel.group(0)}\" "
                                        "counted from publication", rel.group(0)))
        out += _day_earlier(ctx, d, voc, b)
        if listed or is_weak(pb) or pb.startswith("carried"):
            # a day carried or assumed, not written: a running total is as plausible
            out.append(running)
    # the "upper" of the wording: "more than 1,600" is not a day beyond the record
    if hi > (top or float("inf")):
        out = [r for r in out if r[3] or (date.fromisoformat(r[2]) -
                                          date.fromisoformat(r[1])).days > 0]
    return out if len(out) > 1 else []


# "the 1,030 reported on Tuesday": a figure an earlier report gave, dated by its own words
_REPORTED_ON = re.compile(r"[ \u00a0]+reported[ \u00a0]+(?:on|for)\b")
# "Russia lost 1,590 troops over the past day, after 1,440 on Sunday and 1,450 on Saturday,
# ..., bringing the total to 1,440,580": the days before the day's figure, each "N on <day>"
# after "after" (not "after 1,140 more were killed", the increment itself)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_EARLIER_DAYS_BEFORE = re.compile(r"\bafter[ \u00a0]+(?:\d[\d,.]*(?:[ \u00a0]+[a-z]+)?[ \u00a0]+on"
                                  r"[ \u00a0]+" + _WEEKDAY + r",?[ \u00a0]+(?:and[ \u00a0]+)?)*$")
_ON_WEEKDAY_AFTER = re.compile(r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]+on[ \u00a0]+" + _WEEKDAY + r"\b")


def _earlier_day_after(low: str, d: dict[str, Any]) -> bool:
    """Whether figure ``d`` is one of the earlier days listed after "after" ("after 1,440 on
    Sunday and 1,450 on Saturday"): no increment of the total its sentence brings."""
    return _ON_WEEKDAY_AFTER.match(low, d["end"]) is not None and \
        _EARLIER_DAYS_BEFORE.search(low, max(d["sentence"][0], d["start"] - 120),
                                    d["start"]) is not None


def _day_earlier_words(ctx: Any, d: dict[str, Any], voc: _Vocab) -> re.Match[str] | None:
    """The words that put figure ``d`` a day before the day its sentence dates (readings.yaml
    ``day_earlier``, in its clause before it), if any."""
    ss = d["sentence"][0]
    # (the words stand right before the figure, with no figure between: the last 160
    # characters, so that a long sentence of figures is read in linear time)
    lo = max(ss, d["start"] - 160, ctx.low.rfind(",", max(ss, d["start"] - 160), d["start"]) + 1)
    return voc.day_earlier.search(ctx.low, lo, d["start"])


def _day_earlier(ctx: Any, d: dict[str, Any], voc: _Vocab, b: date) -> list[Reading]:
    """"..., said on Tuesday, only a day after it had reported 1,770": the words put the
    figure a day before the day its sentence dates, so the report before that one is a
    reading too (readings.yaml ``day_earlier``): the day before ``b`` and, as the sentence's
    day may be its report's ("said on Tuesday") or the day that report covers, the one
    before that."""
    m = _day_earlier_words(ctx, d, voc)
    if m is None:
        return []
    return [_reading(b - k * _DAY, b - k * _DAY, False, f"written: \"{m.group(0).strip()}\"",
                     m.group(0).strip()) for k in (1, 2)]


def _latest(ctx: Any, d: dict[str, Any], voc: _Vocab, scope: date, D: date
            ) -> list[Reading]:
    """"..., and the latest figures put Russian losses at 344,820": a running total dated
    before publication by another clause's date, whose own clause says it is current."""
    period = d.get("period")
    if not d.get("cumulative") or period is None or period[1] >= D - _DAY:
        return []
    ss, se = d["sentence"]
    k = ctx.low.rfind(",", ss, d["start"])
    m = voc.latest.search(ctx.low, max(ss, k), d["start"])
    if m is not None:
        return [_reading(scope, D, True, f"written: \"{m.group(0)}\"", m.group(0))]
    # "710,660 Russian soldiers killed or injured, including 41,980 in October": every date
    # of the sentence stands after the next figure, so none is this total's
    k = bisect_right(ctx.q_starts, d["end"])
    if k >= len(ctx.q_starts) or ctx.q_starts[k] >= se:
        return []
    j = bisect_left(ctx.date_starts, ss)
    if j < len(ctx.date_starts) and ctx.date_starts[j] < ctx.q_starts[k]:
        return []
    return [_reading(scope, D, True, "written: a running total; the sentence's dates are a "
                     "later figure's")]


def _start_named(m: re.Match[str], D: date) -> date:
    """The first day ``period_start`` names: this month's or year's, a named year's, or a named
    month's (its year's when written, else the latest by publication: "at the beginning of
    December" in a January story is the December before)."""
    if m.group("u") == "month":
        return D.replace(day=1)
    if m.group("mon"):
        mi = _MONTHS.index(m.group("mon")) + 1
        year = int(m.group("my")) if m.group("my") else D.year if mi <= D.month else D.year - 1
        return date(year, mi, 1)
    return date(int(m.group("year")), 1, 1) if m.group("year") else date(D.year, 1, 1)


# between a level set against a running total and the start of a period that dates it
_GAP_TO_START = re.compile(r"[ \u00a0]*")


def _levels_at_a_start(ctx: Any, drafts: list[dict[str, Any]], bases: list[Any], voc: _Vocab,
                       D: date) -> None:
    """"Kyiv's count of Russian warships and boats stands at 33, up from 28 at the start of
    February": the level a running total is set against, dated by the start of a month or year
    written right after it, is the same count's running total in the report of that first day
    (or of the day before: ``_at_start``), not a count of the period's first ten days
    (readings59)."""
    lex = ctx.lex
    for i, d in enumerate(drafts):
        to = next((v.get("to") for k, v in d["extra"] if k == "direction" and
                   isinstance(v, dict)), None) if d.get("role") == "compared" else None
        if not isinstance(to, int) or not 0 <= to < len(drafts) or to == i:
            continue
        hi = drafts[to]
        m = hi.get("measure")
        if not hi.get("cumulative") or not m or not lex.daily_reports(m) or \
                m.endswith("_per_day") or d.get("measure") not in (None, m) or d.get("unit") \
                or hi["sentence"] != d["sentence"]:
            continue
        gap = _GAP_TO_START.match(ctx.low, d["end"])
        at = voc.period_start.match(ctx.low, gap.end()) if gap else None
        scope = lex.scope_start(m)
        if at is None or scope is None:
            continue
        first = _start_named(at, D)
        if not scope < first < D:
            continue
        how = f"carried within the sentence: the level \"{ctx.text[hi['start']:hi['end']]}\" " \
              f"is set against, as of \"{at.group(0)}\""
        if d.get("measure") is None:
            d["measure"] = m
            _set(bases, i, "measure", how)
        if hi.get("subject") and not d.get("subject"):
            d["subject"] = hi["subject"]
            _set(bases, i, "subject", how)
        d["period"], d["cumulative"] = (scope, first), True
        _set(bases, i, "period", f"written: \"{at.group(0)}\"")
        _set(bases, i, "scope", f"written: \"{at.group(0)}\"")


def _at_start(ctx: Any, d: dict[str, Any], voc: _Vocab, scope: date, D: date
              ) -> list[Reading]:
    """"At the beginning of the month the tally stood at 386,230": the running total of the
    report of the month's (or year's) first day, or of the day before."""
    if not d.get("cumulative"):
        return []
    m = ctx.in_sentence(voc.period_start, d["sentence"])
    if m is None or m.start() > d["end"] and \
            bisect_left(ctx.q_starts, d["end"]) < bisect_left(ctx.q_starts, m.start()):
        # ("stands at 33, up from 28 at the start of February": the start after another
        # figure dates that one, the level set against; ``_levels_at_a_start``)
        return []
    if m.end() <= d["start"] and ctx.low.find(";", m.end(), d["start"]) >= 0:
        # "At the start of March the tally stood at 1,266,770; by Thursday it had reached
        # 1,284,090": a clause after a semicolon is a later moment of its own (readings70)
        return []
    first = _start_named(m, D)
    return [_reading(scope, day, True, f"written: \"{m.group(0)}\"", m.group(0))
            for day in (first, first - _DAY) if scope < day < D]


def _day_of_record(ctx: Any, d: dict[str, Any], voc: _Vocab, top: float | None, D: date
                   ) -> list[Reading]:
    """"the highest number of casualties in a single day since the start of the war": a
    figure no running total can be, beside a running-total marker, with words of a single
    day: the day's report."""
    if not d.get("cumulative") or top is None or float(d["value"]) > top:
        return []
    m = ctx.in_sentence(voc.single_day, d["sentence"])
    if m is None:
        return []
    return [_reading(D - _DAY, D - _DAY, False, f"written: \"{m.group(0)}\" (the day's report)",
                     m.group(0))]


def _dated_by_next_sentence(ctx: Any, d: dict[str, Any], voc: _Vocab) -> list[Reading]:
    """"Russia lost 2,200 soldiers in a single day. That was on 19 December": a day's figure
    whose own sentence writes no date, and the next sentence opens by dating it (readings.yaml
    ``dated_next``): the day it names is a reading (the day fought), beside the figure's own."""
    period = d.get("period")
    if d.get("cumulative") or period is None or period[0] != period[1]:
        return []
    ss, se = d["sentence"]
    dates, starts = ctx.m.dates, ctx.date_starts
    j = bisect_left(starts, ss)
    if j < len(dates) and dates[j].start < se:
        return []   # its own sentence dates it
    while j < len(dates) and dates[j].start < se + 80:
        dm = dates[j]
        j += 1
        k, ns, _ = ctx.sentence(dm.start)
        if dm.kind != "date" or dm.start_date is None or dm.start_date != dm.end_date or \
                k != ctx.sentence(ss)[0] + 1 or \
                voc.dated_next.fullmatch(ctx.low, ns, dm.start) is None:
            continue
        words = ctx.text[ns:dm.end].strip()
        return [_reading(dm.start_date, dm.start_date, False,
                         f"carried from the next sentence: \"{words}\"", words)]
    return []


def _records(ctx: Any, d: dict[str, Any], voc: _Vocab, scope: date, top: float | None,
             D: date) -> list[Reading]:
    """A record claim ("the deadliest day of the war", "a daily high of 2,030 in November"):
    the highest daily figure of the reports its words point at."""
    if top is None or float(d["value"]) > top or \
            any(k == _RECORD_FROM_DAY for k, _ in d["extra"]):
        # (the day a record is counted from: its own figure, no record: _record_from_days)
        return []
    if ctx.in_sentence(voc.record, d["sentence"]) is None and \
            ctx.in_sentence(voc.record_low, d["sentence"]) is None:
        return []
    if _since_point(ctx, d, voc) is not None:
        return []   # (the earlier figure the record reaches back to, not the record)
    m, kind = _nearest_record(ctx, d, voc)
    start = max(scope, voc.record_from.get(ctx.lex.domain(d["measure"]) or "", scope))
    period, words = d.get("period"), m.group(0)
    one_day = period is not None and period[0] == period[1] and not d.get("cumulative")
    rk = voc.record_rank.search(ctx.low, max(0, m.start() - 30), m.start())
    rank = voc.rank_ordinals.get(rk.group("k") or "", 0) if rk is not None else 1
    once = voc.record_surpassed.match(ctx.low, m.start())
    if once is not None:
        # "1,990 ..., a daily toll surpassed only once": the second-highest day, said of the
        # figure before the words (not of one after them: "surpassed only once, by the 2,200
        # of 20 December" is the day that surpassed it); the words are of that figure alone,
        # whatever other figures its sentence gives (store facts: ``record_own``)
        if m.start() < d["end"] or _DIGIT.search(ctx.low, d["end"], m.start()):
            return []
        rank = voc.surpassed_places.get(once.group("n"), 0)
        d["extra"].append((RECORD_OWN, True))
    if rank > 1:
        return _ranked_record(ctx, d, voc, m, kind, rank, start, D)
    ranked = rk is not None
    # (a rank with no ordinal, "one of the heaviest tolls since the invasion", names no
    # record to check: the verdict says so, never silent)
    if ranked and not rank:
        e = m.end() + len(_WORD_END.match(ctx.low, m.end()).group(0))
        d["extra"].append((RANK_OPEN, " ".join(ctx.text[rk.start():e].split())))
    spans = [] if ranked else _record_windows(ctx, m, voc, start, D, one_day)
    if not spans and one_day and not ranked and voc.record_before.search(
            ctx.low, max(d["sentence"][0], d["start"] - 40), d["start"]):
        # "a record 2,200 Russian losses on Friday": the whole count's record, said of this
        # figure whatever other figures its sentence gives ("a record 113 artillery systems
        # in a day, along with 1,120 troops"; store facts: ``record_own``)
        spans = [(start, D - _DAY, f"(\"{words.strip()}\" before the figure: the whole count)")]
        d["extra"].append((RECORD_OWN, True))
    windowed = bool(spans)
    if spans:
        how = f"written: \"{words.strip()}\" {spans[0][2]}"
    elif period is not None and not d.get("cumulative") and period[1] > period[0]:
        spans = [(max(period[0], start), min(period[1], D - _DAY), "")]
        how = f"written: \"{words}\" within its period"
    else:
        spans = [(start, D - _DAY, "")]
        how = f"written: \"{words}\""
    prev = ctx.in_sentence(voc.previous_record, d["sentence"])
    if prev is not None:
        spans = [(a, b - _DAY, w) for a, b, w in spans]
        how, words = f"written: \"{prev.group(0)}\" (before publication's report)", \
            prev.group(0)
    # (a window its words name makes the record checkable on its own: 2, -2)
    kind *= 2 if windowed and prev is None else 1
    return [_reading(a, b, False, how, words, record=kind) for a, b, _ in spans if a <= b]


# date words set off by commas between a rank's words and its figure ("The second-highest
# daily toll, at the end of November, was 2,030"): when the day fell, not the rank's window
_SET_OFF = re.compile(r"[^,\d]*,[^,\d]+,[^,\d]*$")


# the rest of a word a match ends inside ("toll" of "tolls")
_WORD_END = re.compile(r"[a-z'’-]*")
# a claim's extra: its record words are said of it alone (engine_facts: ``alone``)
RECORD_OWN = "record_own"


def _ranked_record(ctx: Any, d: dict[str, Any], voc: _Vocab, m: re.Match[str], kind: int,
                   rank: int, start: date, D: date) -> list[Reading]:
    """A ranked record ("the second-highest daily toll of the war", "the third-deadliest
    day"): the rank-th highest (lowest) day of the window its words name (windowed: checkable
    on its own), else of the whole count, and also of the figure's own period unless its date
    words are set off by commas (they date the day, not the window)."""
    words = m.group(0).strip()
    period = d.get("period")
    spans = _record_windows(ctx, m, voc, start, D, True)
    if spans:
        a, b, how = spans[0]
        return [_reading(a, b, False, f"written: \"{words}\" {how}", words,
                         record=kind * 2, rank=rank)]
    if voc.record_surpassed.match(words):
        # ("a toll surpassed only once" with no window: the war's, whole count, on its own)
        return [_reading(start, D - _DAY, False, f"written: \"{words}\" (the whole count)",
                         words, record=kind * 2, rank=rank)]
    out = [_reading(start, D - _DAY, False, f"written: \"{words}\" (the whole count)", words,
                    record=kind, rank=rank)]
    gap = ctx.low[m.start():d["start"]] if m.start() < d["start"] else ""
    if period is not None and not d.get("cumulative") and period[1] > period[0] and \
            not _SET_OFF.match(gap) and max(period[0], start) <= min(period[1], D - _DAY):
        out.append(_reading(max(period[0], start), min(period[1], D - _DAY), False,
                            f"written: \"{words}\" within its period", words, record=kind,
                            rank=rank))
    return out


def _nearest_record(ctx: Any, d: dict[str, Any], voc: _Vocab) -> tuple[re.Match[str], int]:
    """The record words of the figure's sentence nearest to it, and 1 for a highest, -1 for a
    lowest: "The figure was the highest since December 13 ..., and not far short of the
    biggest daily toll of the war, recorded last October at 1,380" (the 1,380 is the war's)."""
    ss, se = d["sentence"]
    best: tuple[int, int, re.Match[str], int] | None = None
    for rx, kind in ((voc.record, 1), (voc.record_low, -1)):
        for m in rx.finditer(ctx.low, ss, se):
            gap = d["start"] - m.end() if m.end() <= d["start"] else m.start() - d["end"]
            if best is None or abs(gap) < best[0]:
                best = (abs(gap), m.start(), m, kind)
    assert best is not None
    return best[2], best[3]


_MONTH_PART = re.compile(r"\b(start|beginning|early|mid)\b")


def _record_windows(ctx: Any, m: re.Match[str], voc: _Vocab, start: date, D: date,
                    one_day: bool = False) -> list[tuple[date, date, str]]:
    """The days a record's words name right after it (readings.yaml ``record_window``): "since
    June" the latest June before publication, from its first day and from the day after it;
    "in a month", "in three weeks" the days counted back from publication. [] when none."""
    w = voc.record_window.match(ctx.low, m.end())
    if w is None:
        return []
    text = " ".join(w.group(0).split()).strip()
    if w.group("war"):
        # "the highest daily figure of the war", "its deadliest day since the invasion began":
        # the whole count's record, read for a figure of one day only
        return [(start, D - _DAY, f"(\"{text}\")")] if one_day else []
    if w.group("this"):
        # "the highest daily figure this year", "the highest so far this month"
        first = {"year": D.replace(month=1, day=1), "month": D.replace(day=1),
                 "week": D - timedelta(days=7)}[w.group("this")]
        return [(max(start, first), D - _DAY, f"(\"{text}\")")]
    if w.group("month") or w.group("dmonth"):
        # nothing came higher (lower) after the time named: after the month ("since June",
        # "since late May"), or from the part of it named ("since the start of June", "since
        # early June", "since mid-June"), the loosest window the words allow; after the day
        # named ("since December 13", "since 29 March")
        k = _MONTHS.index(w.group("month") or w.group("dmonth")) + 1
        named = w.group("day") or w.group("dday")
        part = None if named else _MONTH_PART.search(text)
        # (the month of publication is last year's, unless a part or a day of it already
        # past is named: "the lowest since mid-October" late in October, "the most since June
        # 5" on June 14 are this month's)
        day = int(named) if named else \
            {"start": 1, "beginning": 1, "early": 1, "mid": 11}[part.group(1)] if part else 0
        y = D.year if k < D.month or k == D.month and 0 < day < D.day else D.year - 1
        first = date(y, k, {"start": 1, "beginning": 1, "early": 11, "mid": 21}[part.group(1)]) \
            if part else date(y + (k == 12), k % 12 + 1, 1)
        if named and int(named) <= 28:
            first = date(y, k, int(named)) + _DAY   # "since December 13", "since 29 March"
        return [(max(start, first), D - _DAY, f"(\"{text}\")")]
    n = voc.numbers.get(w.group("n") or "one", 1) if not (w.group("n") or "").isdigit() else \
        int(w.group("n"))
    days = n * (30 if w.group("unit") == "month" else 7)
    return [(max(start, D - timedelta(days=days)), D - _DAY, f"(\"{text}\")")]


_DIGIT = re.compile(r"\d")
_WINDOW_DAYS = {"week": 7, "fortnight": 14, "day": 1}
# a figure right after a window's words, up to two words between ("on one day even 1,730",
# "in a single day alone, 2,030")
_FIGURE_NEXT = re.compile(r"[\s,]+(?:[a-z'’-]+[\s,]+){0,2}?\d")


def _some_window(ctx: Any, d: dict[str, Any], voc: _Vocab, D: date) -> list[Reading]:
    """"In September ... nearly 10,000 casualties within just one week": not the month's
    total but some week's within it, which one unsaid; read as the consecutive days within its
    period (up to publication) that the reports come closest to."""
    period = d.get("period")
    if d.get("cumulative") or period is None:
        return []
    m = ctx.in_sentence(voc.single_window, d["sentence"])
    if m is None or _DIGIT.search(ctx.text, d["end"], m.start()) or \
            _DIGIT.search(ctx.text, m.end(), d["start"]):
        # (the window is the nearest figure's: "A total of 45,720 ... in November, including
        # 2,030 in one day" gives the 2,030 a day, not the month's total)
        return []
    if m.start() >= d["end"] and _FIGURE_NEXT.match(ctx.low, m.end()):
        # ("35,050 ... in December, on one day even 1,730": the window is the next figure's)
        return []
    days = _WINDOW_DAYS[m.group("unit")]
    end = min(period[1], D - _DAY)
    if (end - period[0]).days + 1 <= days:
        return []
    return [_reading(period[0], end, False, f"written: \"{m.group(0)}\" within its period",
                     m.group(0), window=days)]


def _days_prior(ctx: Any, d: dict[str, Any], voc: _Vocab, D: date) -> list[Reading]:
    """"1,320 on Monday, and 1,096 and 1,124 in the two days prior": one of the days before
    the day the figure was dated by (or publication), which one unsaid; the span takes a day
    more, for copy that dates a day's figure by its report (readings.yaml ``days_prior``)."""
    m = voc.days_prior.match(ctx.low, d["end"])
    if m is None or d.get("cumulative"):
        return []
    n = m.group("n") or "1"
    days = int(n) if n.isdigit() else voc.numbers.get(n, 0)
    period = d.get("period")
    base = period[0] if period is not None and period[0] == period[1] else D
    if days < 1:
        return []
    return [_reading(base - timedelta(days=days + 1), base - _DAY, False,
                     f"written: \"{m.group(0).strip()}\"", m.group(0).strip(), window=1)]


def _month_span(ctx: Any, d: dict[str, Any], voc: _Vocab) -> list[Reading]:
    """"130,180 Russian casualties for May to August", read as August alone (the date forms
    take "May" for a verb): the months from the first to the last are a reading too
    (readings.yaml ``month_span``)."""
    period = d.get("period")
    if period is None or d.get("cumulative") or period[0].day != 1:
        return []
    m = ctx.in_sentence(voc.month_span, d["sentence"])
    if m is None:
        return []
    if m.group("list"):
        # "in September, October and November": months in a row, read from the first dated
        ks = [_MONTHS.index(w) + 1 for w in re.findall(r"[a-z]+", m.group("list"))
              if w in _MONTHS]
        if any((b - a) % 12 != 1 for a, b in zip(ks, ks[1:])):
            return []
        k1, k2 = ks[0], ks[-1]
        if period[0].month == k1 and period[1].month == k1:
            y = period[0].year + (k2 < k1)
            nxt = date(y + (k2 == 12), k2 % 12 + 1, 1)
            return [_reading(period[0], nxt - _DAY, False,
                             f"written: \"{m.group(0).strip()}\"", m.group(0).strip())]
    else:
        k1, k2 = _MONTHS.index(m.group("m1")) + 1, _MONTHS.index(m.group("m2")) + 1
    if period[0].month != k2 or k1 == k2:
        return []
    start = date(period[0].year - (k1 > k2), k1, 1)
    return [_reading(start, period[1], False, f"written: \"{m.group(0).strip()}\"",
                     m.group(0).strip())]


def _since_report(ctx: Any, d: dict[str, Any], voc: _Vocab, scope: date, D: date
                  ) -> list[Reading]:
    """"Since Monday, Russia has lost 7,390 troops" (on a Friday): the days fought since
    Monday, or the reports published since Monday's, which counts Sunday's losses; a month's
    start ("since November 1") keeps the calendar month's days (readings.yaml ``since_day``)."""
    period = d.get("period")
    if period is None or d.get("cumulative") or period[0] <= scope or \
            period[1] <= period[0] or period[0].day == 1 or (D - period[0]).days > 62:
        return []
    m = ctx.in_sentence(voc.since_day, d["sentence"])
    if m is None:
        return []
    return [_reading(period[0] - _DAY, period[1], False, f"written: \"{m.group(0)}\" counts "
                     "the reports since that day's, the first covering the day before",
                     m.group(0))]


def _since_point(ctx: Any, d: dict[str, Any], voc: _Vocab) -> Any:
    """"its highest daily figure since the report of March 29, which gave 1,740": the date
    mention a figure is given for as the point a record reaches back to (readings.yaml
    ``since_point``), or None."""
    ss = d["sentence"][0]
    if "since" not in ctx.low[ss:d["start"]]:
        return None
    m = voc.since_point.search(ctx.low, max(ss, d["start"] - 160), d["start"])
    if m is None:
        return None
    return next((dm for dm in ctx.m.dates if m.start("when") <= dm.start < m.end("when") and
                 dm.kind == "date" and dm.start_date is not None and
                 dm.start_date == dm.end_date), None)


def _since_point_day(ctx: Any, d: dict[str, Any], voc: _Vocab, scope: date, D: date
                     ) -> list[Reading]:
    """The day of the point a record reaches back to, for the figure given for it (``_since_
    point``): the report of that date ("since the report of March 29, which gave 1,740") counts
    the day before; a bare date ("since March 29, when the figure was 1,740") may be the day
    fought or its report's date."""
    if d.get("cumulative"):
        return []
    dm = _since_point(ctx, d, voc)
    if dm is None or not scope < dm.start_date < D:
        return []
    day = dm.start_date
    why = f"written: the point its record reaches back to (\"{dm.text}\")"
    out = [_reading(day - _DAY, day - _DAY, False, why, dm.text)]
    if not _REPORT_OF.search(ctx.low, max(d["sentence"][0], dm.start - 30), dm.start):
        out.append(_reading(day, day, False, why, dm.text))
    return out


# a date named as a report's ("the report of March 29", "the update for March 29")
_REPORT_OF = re.compile(r"\b(?:report|update|bulletin|figures?|tally|count)\s+(?:of|for|on|"
                        r"from)\s+(?:the\s+)?$")


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _named_report(ctx: Any, d: dict[str, Any], basis: dict[str, str], voc: _Vocab,
                  scope: date, D: date) -> list[Reading]:
    """"Five armored vehicles ... over the previous 24-hour period, the General Staff had said
    on Saturday", "after 29 in the tally it posted on Sunday" (on a Tuesday): a weekday of
    the past six days named as the day a report was given (readings.yaml ``report_day``) may
    date the figure as that report's: its day figure (the day before it) or its running
    total. Read beside the figure's own readings; the publication day's report is
    ``_of_the_days_report``'s."""
    if d.get("period") is not None and not d.get("cumulative") and \
            d["period"][0] == d["period"][1] and basis.get("period") == "written":
        return []   # (a day of its own words: "On Monday the General Staff reported 20")
    m = ctx.in_sentence(voc.report_day, d["sentence"])
    if m is None or _of_another_figure(ctx, d, m.start()):
        return []
    name = next((v for k, v in m.groupdict().items() if k.startswith("day") and v), "")
    name = name.lower()
    if name not in _WEEKDAYS or name == D.strftime("%A").lower():
        return []
    back = (D.weekday() - _WEEKDAYS.index(name)) % 7
    R = D - timedelta(days=back)
    why = f"written: \"{m.group(0)}\", the report of {R.isoformat()}"
    return [_reading(R - _DAY, R - _DAY, False, why, m.group(0)),
            _reading(scope, R - _DAY, True, why, m.group(0))]


# between a figure and the participle that dates it: "the 1,030 reported on Tuesday", "the
# 1,950 Russian deaths recorded on Nov. 12" (no punctuation, up to two words)
_PARTICIPLE_GAP = re.compile(r"[ \u00a0]+(?:[a-z'’-]+[ \u00a0]+){0,2}")


def _of_another_figure(ctx: Any, d: dict[str, Any], at: int) -> bool:
    """Whether the words at ``at`` ("reported on Tuesday") follow another figure of the
    sentence as its participle ("topping the 1,030 reported on Tuesday, ..., bringing the
    total to 136,880"): they date that figure, not the report the figure ``d`` is from."""
    k = bisect_right(ctx.q_starts, at - 1) - 1
    if k < 0:
        return False
    q = ctx.m.quantities[k]
    return q.start >= d["sentence"][0] and not d["start"] <= q.start < d["end"] and \
        _PARTICIPLE_GAP.fullmatch(ctx.low, q.end, at) is not None


def _report_span(ctx: Any, d: dict[str, Any], voc: _Vocab) -> list[Reading]:
    """"2,030 personnel losses between November 28 and 29": two consecutive dates are one
    morning report's 24 hours, the losses of the first day."""
    period = d.get("period")
    if period is None or d.get("cumulative") or (period[1] - period[0]).days != 1:
        return []
    m = ctx.in_sentence(voc.report_span, d["sentence"])
    if m is None:
        return []
    return [_reading(period[0], period[0], False, f"written: \"{m.group(0)}\" two consecutive "
                     "dates: one report's 24 hours", m.group(0))]
