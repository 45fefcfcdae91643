"""Stage 3 of the pipeline: turn a document's mentions into ``Claim`` records.

``claims_for(doc)`` is the whole extract + normalize step and is deterministic: the same
document gives the same claims, ids ``c1``, ``c2``... in document order. For each figure it
settles the interval its wording allows (qualifier and written precision, from
``rules/vocab/qualifiers.yaml``), what it measures and of whom (``measures.yaml``,
``subjects.yaml``), the period it covers (dates found by the extractor, resolved against the
publication date), who says so (``sources.yaml``) and how firmly (``hedges.yaml``), and the
relations the consistency rules need (parts and totals, lists, shares, stated multiples and
changes, conversions), carried in ``Claim.extra``.

It must not judge claims (that is the rules' job) and does not import pint on this path: units
are pint strings from the vocabulary; ``units.registry()`` builds a pint registry with the
currencies for the stages that compare units.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from datetime import date, timedelta
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..extract import Mentions, date_order_for, find_mentions, vocab
from ..extract.text import Section, sections, table_cell, tables
from ..extract.updates import document_updates
from ..model import Claim, Document, Period
from .ages import mark_ages
from .bare import mark_bare_phrases
from .source_heads import carry_source_heads
from .bases import (mark_money_periods, mark_restated_across, mark_restated_stretches,
                    mark_time_bases)
from .stretch_gaps import mark_stretch_changes
from .named_rate_shares import mark_named_rate_shares, mark_rises_on_a_base
from .definite_changes_by import mark_definite_changes_by
from .calendar import stated_anniversaries, stated_dates
from .context import Context
from .corrections import mark_corrections
from .elapsed_spans import mark_elapsed_spans
from .footings import mark_footings
from .statuses import mark_statuses
from .listed_names import mark_listed_names
from .respective_counts import respective_counts
from .respective_ranks import respective_ranks
from .apposed_fractions import apposed_fractions
from .as_many_as import as_many_as
from .intervals import interval, share_in_words
from .locales import mark_kinds, mark_locales
from .lexicon import counted_noun
from .names import normalized_names
from .one_topic import settle_one_topic
from .data_changes import mark_change_bases
from .when_reported import carry_ranked_heads, carry_when_reported, carry_window_sums
from .undated_events import mark_undated_events
from .figureless_records import figureless_record_drafts
from .average_precision import mark_average_precision, note_hedged_steps
from .readings import PAIR_TOTAL, add_readings
from .readings import _vocab as readings_vocab
from .relations import carry_restated_keys
from .earlier_record_days import mark_earlier_record_days
from .report_dates import mark_report_dates
from .listed_shares import shares_of_the_whole_before
from .scales import mark_temperature_scales
from .scopes import (mark_counts_with_bare_shares, mark_each, mark_portions_of_the_total,
                     mark_priced_list_counts, mark_span_averages)
from .spans import unpair_bases_inside_span


_NL = re.compile("\n")
_CURRENCY = re.compile("[A-Z]{3}")    # an ISO currency code (units.currency_definitions)
# an article right before a figure: "a 7.1 quake", "a £5bn deal", "an 11-point lead" describe
# one thing by the figure, they count no quakes, deals or leads (no counted noun)
_A_BEFORE = re.compile(r"(?:^|[\s(\"“])(?:[Aa]|[Aa]n)[ \u00a0]+$")


# extra key of a figure past the document's figure limit: the limit (it was found and is
# reported, with its value and interval, but nothing else is read of it and no rule sees it)
OVER_LIMIT = "over_figure_limit"


def over_limit(claim: Claim) -> bool:
    """Whether ``claim`` is a figure past its document's figure limit (``normalize``)."""
    return bool(claim.extra) and claim.extra[0][0] == OVER_LIMIT


def claims_for(doc: Document, max_figures: int = 0) -> tuple[Claim, ...]:
    """Every claim of ``doc``, in document order, ids c1, c2, ...

    In a liveblog (``extract.updates``) each figure belongs to the update that holds it, and
    the relative dates of an update ("over the past day", "yesterday") count from the day it
    was written, not from the page's publication date. ``max_figures`` (0: no limit): see
    ``normalize``."""
    return normalize(doc, max_figures)[0]


def mentions_of(doc: Document, updates: tuple | None = None) -> Mentions:
    """What the extractor finds in ``doc`` (sentences, dates, figures, names...), its names in
    the spelling they are compared in, its liveblog updates and the days and periods it states
    (``calendar``): the mentions its claims are normalized from, and the only other source of
    the engine's facts."""
    if updates is None:
        updates = document_updates(doc)
    text = doc.text or ""
    titled = title_stands_first(doc, text)
    found = find_mentions(text, doc.date, has_title=titled,
                          date_order=date_order_for(dict(doc.meta), doc.outlet),
                          updates=tuple((u.start, u.end, u.day or doc.date) for u in updates))
    days, periods = stated_dates(text, found, updates, doc.date)
    anniversaries = stated_anniversaries(text, found, updates, doc.date)
    if doc.lead:
        found = replace(found, sections=lead_sections(text, doc.lead, titled))
    return replace(found, names=normalized_names(found.names), updates=tuple(updates),
                   stated_dates=days, stated_periods=periods,
                   stated_anniversaries=anniversaries)


# how a sentence of body copy ends; a headline ends on a word or a figure
_SENTENCE_END = frozenset('.!?:;"\'”’')


def title_stands_first(doc: Document, text: str) -> bool:
    """Whether a title in the front matter takes the headline's place, so that the text's first
    line is body copy (``has_title`` of extract.text.sections). A title of words with spaces
    between them is the headline. A slug or an id ("flood-appeal-2016", "draft_12") names the
    file, not the story: the text's own first line is then its headline when it reads as one,
    ending on a word or a figure, not on a sentence's full stop."""
    title = (doc.title or "").strip()
    if not title or any(ch.isspace() for ch in title):
        return bool(title)
    first = next((ln.strip() for ln in text[doc.lead:].splitlines() if ln.strip()), "")
    return not first or first[-1] in _SENTENCE_END


def lead_sections(text: str, lead: int, has_title: bool) -> tuple[Section, ...]:
    """The sections of a text that opens on the front matter's headline and standfirst
    (``Document.lead``): each of their lines a headline, and the body after them labelled as it
    would be on its own (its first Markdown heading still the headline)."""
    head = []
    pos = 0
    while pos < lead:
        end = text.find("\n", pos, lead)
        end = lead if end == -1 else end
        if text[pos:end].strip():
            head.append(Section(pos, end, "headline"))
        pos = end + 1
    body = sections(text[lead:], has_title=has_title)
    return tuple(head) + tuple(Section(s.start + lead, s.end + lead, s.kind) for s in body)


def _restated_over_stretches(text: str, drafts: list[dict]) -> None:
    """Amounts restated over another stretch of time: "£6 a week, or £312 a year", "the rise
    works out at about £12 a month" (bases.py), "up from £1,738 ... adds about £9.25 a month"
    and a counterfactual's gap (stretch_gaps.py); rates against other rates the story names
    (named_rate_shares.py)."""
    mark_restated_stretches(text, drafts)
    mark_restated_across(text, drafts)
    mark_stretch_changes(text, drafts)
    mark_named_rate_shares(text, drafts)    # "80% of the adult rate"
    mark_rises_on_a_base(text, drafts)    # "now on £10.18, the rise is 12.4%"
    mark_definite_changes_by(text, drafts)    # "by 50 cents to $15.75 ... the 3.3% increase"


def normalize(doc: Document, max_figures: int = 0) -> tuple[tuple[Claim, ...], Mentions]:
    """The claims of ``doc`` and the mentions they were normalized from.

    ``max_figures`` (0: no limit) bounds the work on a document packed with figures: the
    first ``max_figures`` figures are normalized in full; each one after them is still a
    claim, with its words, value and the interval its wording allows, but with no measure,
    subject or period and ``extra.over_figure_limit`` set to the limit, so that no rule
    looks at it and the coverage account lists it as not checked, with the reason."""
    # the drafts, matches and claims of a document are tens of thousands of small objects
    # that reference counting frees; the cycle collector's passes over them while they live
    # cost a tenth of the time of a dense document and find nothing, so it waits until the
    # document is done (as it was: a caller that had turned it off keeps it off)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _normalize(doc, max_figures)
    finally:
        if collecting:
            gc.enable()


@lru_cache(maxsize=1)
def _milestone_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The verbs of a threshold crossed (qualifiers.yaml phrases of kind ``threshold``) followed
    by "the", and the nouns of a milestone after the figure (``milestone_nouns``)."""
    q = vocab.load("qualifiers.yaml")
    verbs = sorted([re.escape(str(p)) for p, k in (q.get("phrases") or {}).items()
                    if k == "threshold"] +
                   [re.escape(str(v)) for v in q.get("milestone_verbs") or []], key=len, reverse=True)
    nouns = [re.escape(str(n)) for n in q.get("milestone_nouns") or []]
    if not verbs or not nouns:
        return re.compile("(?!)"), re.compile("(?!)")
    return (re.compile(r"\b(?:" + "|".join(verbs) + r")[ \u00a0]+the[ \u00a0]+$"),
            re.compile(r"[ \u00a0]+(?:" + "|".join(nouns) + r")\b"))


_IN_A_SPAN = re.compile(r"\b(?:in|per|each|every|over|within)[ \u00a0]+$")
_OF_AFTER = re.compile(r"[ \u00a0]+of\b")


def _quarter_of_a_year(q: Any, low: str) -> bool:
    """Whether spelled "a quarter" is three months ("the most it has added in a quarter since
    2020", "twice per quarter"), not a fraction ("in a quarter of cases")."""
    return q.text.lower() in ("a quarter", "one quarter") and not q.unit and \
        _IN_A_SPAN.search(low, max(0, q.start - 10), q.start) is not None and \
        _OF_AFTER.match(low, q.end) is None


def _milestone(q: Any, low: str) -> Any:
    """"passed the 1.4 million mark": a threshold crossed, as "passed 1.4 million" reads (the
    article between the verb and the figure hides the qualifier from the extractor)."""
    if q.qualifier or q.start < 5:
        return q
    before, after = _milestone_words()
    if not after.match(low, q.end):
        return q
    m = before.search(low, max(0, q.start - 30), q.start)
    if m is None:
        return q
    return replace(q, qualifier=low[m.start():m.end()].strip(), qkind="threshold",
                   start=m.start())


def _scopes_and_lists(text: str, ctx: Context, drafts: list[dict]) -> None:
    """The scopes of ``_normalize`` read before the readings: "each", span averages, counts
    with bare shares, portions of a total, priced and named lists, window sums."""
    mark_each(ctx.low, drafts)
    mark_span_averages(ctx.low, drafts)
    mark_counts_with_bare_shares(ctx.low, drafts)
    shares_of_the_whole_before(ctx.low, drafts)
    mark_portions_of_the_total(ctx.low, drafts)
    mark_priced_list_counts(ctx.low, drafts)
    mark_listed_names(text, ctx.low, drafts)     # "Seven states ...: A, B ... and G"
    respective_counts(text, ctx.low, drafts)     # "A, B and C grew 9.5%, 2.4% and 5.6% respectively"
    respective_ranks(ctx.low, drafts)   # "the biggest fall, 36.2% ... fell 7.5% and 21% respectively"
    apposed_fractions(ctx.low, drafts)  # "Some 144 of them, about one in 14, were outstanding"
    as_many_as(ctx.low, drafts)     # "more than four times as many good schools as outstanding"
    carry_window_sums(ctx, drafts, readings_vocab().windows)  # "that makes 3,250 in two days"
    carry_ranked_heads(ctx, drafts, readings_vocab().record)  # "The second-highest ... was N"


def _normalize(doc: Document, max_figures: int = 0) -> tuple[tuple[Claim, ...], Mentions]:
    text = doc.text or ""
    updates = document_updates(doc)
    mentions = mentions_of(doc, updates)
    ctx = Context(doc, mentions)
    drafts = []
    over: list[dict] = []
    for q in mentions.quantities:
        if q.value != q.value or q.value in (float("inf"), float("-inf")):
            continue
        if _quarter_of_a_year(q, ctx.low):
            continue    # "the most it has added in a quarter": a period, no fraction
        q = _milestone(q, ctx.low)
        lo, hi, lo_open, hi_open = interval(q)
        share = ctx.share_in_words(q)
        if share is not q:
            lo, hi, lo_open, hi_open = share_in_words(share, lo, hi, lo_open, hi_open)
            q = share
        if max_figures and len(drafts) >= max_figures:
            over.append(_over_limit(ctx, q, lo, hi, max_figures))
        else:
            drafts.append(ctx.describe(q, lo, hi, lo_open, hi_open))
    if "|" in text:
        _table_measures(text, ctx, drafts)
    note_hedged_steps(drafts)    # (for mark_average_precision, after the readings)
    drafts = ctx.relate(drafts)
    mark_ages(text, ctx.low, drafts, doc.date)    # "born on 5 August 1930 ... aged 82": ages.py
    # "contained on Oct. 25, nearly 10 weeks after it began" on Aug. 17: elapsed_spans.py
    mark_elapsed_spans(ctx.low, drafts, mentions.dates, doc.date, mentions.sentences)
    _scopes_and_lists(text, ctx, drafts)
    add_readings(ctx, drafts)
    mark_average_precision(drafts, ctx.lex)    # "about 1,260 a day": average_precision.py
    mark_earlier_record_days(ctx, drafts, doc.date)    # "the previous high of N, set on <date>"
    mark_report_dates(ctx, drafts, doc.date)    # "the General Staff said on January 11"
    settle_one_topic(drafts)
    mark_change_bases(text, drafts, ctx.lex)
    carry_when_reported(ctx.low, drafts, ctx.lex)    # "since April 1, when it reported 1,540"
    mark_time_bases(text, drafts)
    mark_money_periods(text, drafts)
    mark_temperature_scales(text, drafts)
    unpair_bases_inside_span(drafts)
    _restated_over_stretches(text, drafts)
    mark_footings(ctx.low, drafts)
    mark_statuses(ctx.low, drafts)
    mark_locales(text, drafts)
    mark_kinds(ctx.low, drafts)
    carry_restated_keys(drafts)
    carry_source_heads(drafts)  # "officials said" after "health officials said": source_heads.py
    mark_bare_phrases(ctx.low, drafts, ctx.lex.measure_phrases)
    mark_undated_events(mentions.dates, drafts, text)    # undated_events.py
    drafts.extend(figureless_record_drafts(ctx, drafts, doc.date))     # figureless_records.py
    if over:
        drafts.extend(over)
        mentions = _checked_part(mentions, over[0]["sentence"][0])
    starts = [u.start for u in updates]
    nl = [m.start() for m in _NL.finditer(text)]
    out: list[Claim] = []
    line_offset = doc.line_offset
    periods: dict[tuple[object, object], Period] = {}
    # lines are counted forward: drafts come in document order, so the line index only grows
    # (bisect when a relation put one out of order)
    line_idx, n_nl = 0, len(nl)
    make = Claim.from_fields
    for i, d in enumerate(drafts, 1):
        start = d["start"]
        end = d["end"]
        if line_idx and nl[line_idx - 1] >= start:
            line_idx = bisect_right(nl, start - 1)
        while line_idx < n_nl and nl[line_idx] < start:
            line_idx += 1
        last_nl = nl[line_idx - 1] if line_idx > 0 else -1
        period = d.get("period")
        if period:
            p = periods.get(period)
            if p is None:
                p = periods[period] = Period(*period)
        else:
            p = None
        extra = d["extra"]
        money = _CURRENCY.fullmatch(d["unit"]) is not None
        noun = None if "_over" in d or _A_BEFORE.search(text, max(0, start - 4), start) \
            else counted_noun(text, end, money,
                              measured=bool(d["unit"]) and not money and d["unit"] != "percent")
        if noun:
            extra = [*extra, ("noun", noun)]
        group = d.get("group")
        out.append(make({
            "id": f"c{i}", "text": text[start:end], "start": start, "end": end,
            "line": line_idx + 1 + line_offset, "column": start - last_nl,
            "value": d["value"], "unit": d["unit"], "lower": d["lower"], "upper": d["upper"],
            "qualifier": d["qualifier"], "measure": d.get("measure"),
            "subject": d.get("subject"), "period": p, "source": d.get("source"),
            "hedge": d.get("hedge"), "cumulative": bool(d.get("cumulative")),
            "sentence": d["sentence"], "section": d["section"], "quoted": d["quoted"],
            "group": _cid(group) if group is not None else None, "role": d.get("role"),
            "update": updates[k - 1].key if updates and
            (k := bisect_right(starts, start)) > 0 else None,
            "extra": _extra_ids(extra) if extra else (),
        }))
    return mark_corrections(text, tuple(out)), mentions


def _over_limit(ctx: Context, q: object, lo: float | None, hi: float | None,
                limit: int) -> dict:
    """The draft of a figure past the document's figure limit: where it stands and what it
    says, nothing read from its context."""
    _, ss, se = ctx.sentence(q.num_start)
    return {"start": q.start, "end": q.end, "value": q.value, "unit": q.unit,
            "lower": lo, "upper": hi, "qualifier": q.qualifier, "sentence": (ss, se),
            "section": ctx.section(q.num_start), "quoted": ctx.quote(q.num_start) is not None,
            "extra": [(OVER_LIMIT, limit)], "_over": True}


def _checked_part(mentions: Mentions, cut: int) -> Mentions:
    """The mentions the engine's facts are built from, up to ``cut`` (the sentence of the
    first figure past the limit): the text after it is not checked, its dates and names no
    more than its figures."""
    return replace(mentions,
                   names=tuple(n for n in mentions.names if n.start < cut),
                   stated_dates=tuple(d for d in mentions.stated_dates if d.start < cut),
                   stated_periods=tuple(p for p in mentions.stated_periods if p.start < cut),
                   stated_anniversaries=tuple(a for a in mentions.stated_anniversaries
                                              if a.start < cut))


def _table_measures(text: str, ctx: Context, drafts: list[dict]) -> None:
    """A figure in a Markdown table cell that names nothing is a figure of its row's first
    cell ("| Tanks | 8 |"), else of its column's header; a column headed as a running total
    ("Total", "Since February 2022") makes it one."""
    rows = tables(text)
    if not rows:
        return
    for d in drafts:
        q = d["_q"]
        cell = table_cell(rows, text.rfind("\n", 0, q.num_start) + 1, q.num_start)
        if cell is None:
            continue
        if d["measure"] is None:
            for span in (cell.row_header, cell.column_header):
                if span is not None:
                    got = ctx.lex.measure(ctx.low, q, span, span[0], span[1], True)
                    if got is not None:
                        d["measure"] = got
                        if "_basis" in d:
                            d["_basis"]["measure"] = "table label"
                        _no_label_subject(ctx.low, d, span)
                        break
        if d.get("period") is None and cell.row_header is not None and \
                (month := _row_month(text, cell.row_header, ctx.day_at(q.start))) is not None:
            d["period"], d["cumulative"] = month, False
            if "_basis" in d:
                d["_basis"]["period"] = "table label: the row's month"
        if cell.column_header is not None and not d["cumulative"]:
            cum, daily = ctx.lex.marker_spans(*cell.column_header)
            if cum and not daily:
                d["cumulative"] = True
            elif daily and not cum and d.get("period") is None and d["measure"] is not None \
                    and ctx.lex.daily_reports(d["measure"]) and \
                    (day := ctx.day_at(q.start)) is not None:
                # "| Troops | 830 | 1,073,530 |" under "| | Past 24 hours | Since ... |": the
                # day's figure, of the day before the report
                d["period"] = (day - timedelta(days=1), day - timedelta(days=1))
                if "_basis" in d:
                    d["_basis"]["period"] = "table label: the column's day"
        period = d.get("period")
        if d["measure"] is not None and not d["cumulative"] and period is not None and \
                period[0] == period[1] and "_basis" in d:
            # a row's day with a figure no single day brought ("| 13 June | 32,300 |"): the
            # running total as of that day, as in a sentence
            d["period"], d["cumulative"] = ctx.above_any_day(
                q, d["sentence"][0], d["measure"], period, d["_basis"])


# a year written before a table ("Russian losses by month in 2025:"), lower case
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    return {str(k).lower(): int(v) for k, v in (vocab.load("dates.yaml").get("months") or
                                                 {}).items()}


def _row_month(text: str, label: tuple[int, int], D: Any) -> tuple[Any, Any] | None:
    """"| January | 48,240 | 230 |": a row whose first cell is a month's name alone (or with
    its year) gives its figures that month: of the year written last before the table
    within 300 characters ("by month in 2025"), else the last such month up to ``D``."""
    words = text[label[0]:label[1]].strip(" |*_").lower().split()
    month = _month_numbers().get(words[0].rstrip(".")) if 1 <= len(words) <= 2 else None
    if month is None or D is None:
        return None
    if len(words) == 2:
        if not _YEAR.fullmatch(words[1]):
            return None
        year = int(words[1])
    else:
        before = _YEAR.findall(text, max(0, label[0] - 300), label[0])
        year = int(before[-1]) if before else D.year - (month > D.month)
    first = date(year, month, 1)
    return first, date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _no_label_subject(low: str, d: dict, label: tuple[int, int]) -> None:
    """"| Armoured combat vehicles | 16,925 |": the capital of the label that gives the cell's
    measure was read as a name the figure is of, while the figure had no measure; the label
    names what is counted, not whose count it is."""
    subject = d.get("subject")
    if subject and re.search(r"\b" + re.escape(str(subject).lower()) + r"\b",
                             low[label[0]:label[1]]) is not None:
        d["subject"] = None
        if "_basis" in d:
            d["_basis"]["subject"] = "none"


def _cid(ix: object) -> object:
    """Relations are built on draft indexes; claims refer to each other by id (a tuple of
    indexes, the further parts of a sum, becomes a tuple of ids)."""
    if isinstance(ix, tuple):
        return tuple(_cid(x) for x in ix)
    return f"c{ix + 1}" if isinstance(ix, int) and not isinstance(ix, bool) else ix


# extra keys whose value is another figure (a draft index, a claim id in the claim)
_CLAIM_KEYS = ("conversion_of", PAIR_TOTAL)


def _extra_ids(extra: list[tuple[str, object]]) -> tuple[tuple[str, object], ...]:
    for k, v in extra:
        if k in _CLAIM_KEYS or type(v) is dict:
            break
    else:
        return tuple(extra)   # nothing refers to another claim (the usual case)
    out = []
    for k, v in extra:
        if isinstance(v, dict):
            v = {kk: (_cid(vv) if kk in ("of", "from", "to", "minus", "plus", "per", "by",
                                         "base_of", "shared", "alt_of", "alt_plus") else vv)
                 for kk, vv in v.items()}
        elif k in _CLAIM_KEYS:
            v = _cid(v)
        out.append((k, v))
    return tuple(out)


__all__ = ["OVER_LIMIT", "claims_for", "mentions_of", "normalize", "over_limit"]
