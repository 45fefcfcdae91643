"""What surrounds a figure: its sentence, section, quotation, period, measure, subject, source.

``Context`` is built once per document from the extractor's mentions and answers, for each
figure, the questions a claim record needs. Vocabularies: measures.yaml, subjects.yaml,
sources.yaml, hedges.yaml, dates.yaml. It must not judge claims.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from datetime import date
from typing import Any

from ..extract import Mentions
from ..extract.text import lower_same_length
from ..extract.dates import markers
from ..extract.numbers import QuantityMention
from ..model import Document
from . import lexicon
from .relations import relate


class Context:
    def __init__(self, doc: Document, m: Mentions) -> None:
        self.doc = doc
        self.m = m
        self.text = m.text
        self.low = m.words.low if m.words is not None else lower_same_length(m.text)
        self.sent_starts = [s for s, _ in m.sentences]
        self.par_starts = [s for s, _ in m.paragraphs]
        self.sec_starts = [s.start for s in m.sections]
        self.quote_starts = [s for s, _ in m.quotes]
        self.date_starts = [d.start for d in m.dates]
        self.q_starts = [q.num_start for q in m.quantities]
        _, _, self.scope_start = markers()
        self._sent_flags: dict[int, tuple[bool, bool]] = {}
        self._now: dict[int, bool] = {}
        self.lex = lexicon.get()
        self.lex.begin(self.low, m.words)
        self._subjects_by_sentence: dict[int, tuple[int, str] | None] = {}
        self._subject_by_domain: dict[str, str] = {}
        self._period_by_par: dict[int, tuple[date, date]] = {}
        self._quote_sources: dict[int, str | None] = {}

    # -- structure ------------------------------------------------------------------------
    def sentence(self, pos: int) -> tuple[int, int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return -1, 0, len(self.text)
        s, e = self.m.sentences[i]
        return i, s, e

    def paragraph(self, pos: int) -> int:
        return bisect_right(self.par_starts, pos) - 1

    def section(self, pos: int) -> str:
        i = bisect_right(self.sec_starts, pos) - 1
        if i >= 0:
            sec = self.m.sections[i]
            if sec.start <= pos <= sec.end:
                return sec.kind
        return "body"

    def quote(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self.quote_starts, pos) - 1
        if i >= 0:
            s, e = self.m.quotes[i]
            if s < pos < e:
                return s, e
        return None

    # -- one figure -----------------------------------------------------------------------
    def describe(self, q: QuantityMention, lo: float | None, hi: float | None, lo_open: bool,
                 hi_open: bool) -> dict[str, Any]:
        si, ss, se = self.sentence(q.num_start)
        quote = self.quote(q.num_start)
        extra: list[tuple[str, Any]] = []
        if q.is_range:
            extra.append(("range", (q.lower, q.upper)))
        if lo_open:
            extra.append(("lower_open", True))
        if hi_open:
            extra.append(("upper_open", True))
        if q.dim == "points":
            extra.append(("percentage_points", True))
        if q.rounded:
            extra.append(("rounded_to", q.step))
        d: dict[str, Any] = {
            "start": q.start, "end": q.end, "value": q.value, "unit": q.unit,
            "lower": lo, "upper": hi, "qualifier": q.qualifier, "sentence": (ss, se),
            "section": self.section(q.num_start), "quoted": quote is not None,
            "extra": extra, "_q": q, "_si": si,
        }
        noun = self.lex.noun_after(self.text, self.low, q.end, se)
        measure = self.lex.measure(self.low, q, noun, ss, se)
        d["measure"] = measure
        if noun is not None:
            d["_noun"] = noun
        subj = self.subject(q, si, ss, se, measure, noun)
        d["subject"] = subj
        d["source"] = self.source(q, ss, se, quote)
        d["hedge"] = self.lex.hedge(self.low, q.num_start, ss, se)
        period, cumulative = self.period(q, si, ss, se, measure)
        d["period"] = period
        d["cumulative"] = cumulative
        return d

    def subject(self, q: QuantityMention, si: int, ss: int, se: int,
                measure: str | None, noun: tuple[int, int] | None = None) -> str | None:
        spans = self._source_spans(ss, se)
        dom = self.lex.domain(measure)
        got = self.lex.subject_in_noun(noun, spans, dom)
        if got is None:
            got = self.lex.subject_before(self.low, ss, q.num_start, spans, se, dom)
        if got is None:
            got = self.lex.subject_in(self.low, q.end, se, spans, dom)
        if got is not None:
            self._remember(measure, got)
            return got
        # carry across sentences: the nearest earlier sentence of the same paragraph that
        # names a subject (two back at most), or the previous one when a pronoun points back
        par = self.paragraph(ss)
        for k in (si - 1, si - 2):
            if k < 0:
                break
            ps, pe = self.m.sentences[k]
            if self.paragraph(ps) != par:
                if k == si - 1 and self.lex.has_pronoun(self.low, ss, q.num_start):
                    pass
                else:
                    break
            got = self.lex.subject_before(self.low, ps, pe, self._source_spans(ps, pe), pe, dom)
            if got is not None:
                self._remember(measure, got)
                return got
        # the subject last named for a figure of the same domain in this document
        if dom is not None and dom in self._subject_by_domain:
            return self._subject_by_domain[dom]
        return None

    def _remember(self, measure: str | None, subject: str) -> None:
        dom = self.lex.domain(measure)
        if dom is not None:
            self._subject_by_domain[dom] = subject

    def _source_spans(self, ss: int, se: int) -> list[tuple[int, int]]:
        return [sp for sp, _ in self.lex.attributions(self.text, self.low, ss, se)]

    def source(self, q: QuantityMention, ss: int, se: int,
               quote: tuple[int, int] | None) -> str | None:
        if quote is not None:
            qs, qe = quote
            if qs not in self._quote_sources:
                self._quote_sources[qs] = self.lex.quote_source(self.text, self.low, qs, qe)
            if self._quote_sources[qs]:
                return self._quote_sources[qs]
        best = None
        for (s, e), name in self.lex.attributions(self.text, self.low, ss, se):
            if quote is not None and quote[0] <= s < quote[1]:
                continue
            if best is None or abs(s - q.start) < abs(best[0] - q.start):
                best = (s, name)
        return best[1] if best else None

    def period(self, q: QuantityMention, si: int, ss: int, se: int,
               measure: str | None) -> tuple[tuple[date, date] | None, bool]:
        D = self.doc.date
        low = self.low
        cumulative, daily = self._markers_for(q, ss, se)
        level = q.dim in ("percent", "points")   # a rate or share is a level, never a total
        pi = self.paragraph(ss)
        # dates written in the sentence: the nearest one before the figure, else after
        # a date right after the figure's words ("11.2% in November") is its own; otherwise
        # the nearest date before it in the sentence, then the nearest after
        best = None
        k = max(0, bisect_right(self.date_starts, ss) - 1)
        dates = self.m.dates
        for j in range(k, len(dates)):
            dm = dates[j]
            if dm.start >= se:
                break
            if dm.end <= ss or dm.start_date is None or dm.end_date is None:
                continue
            if dm.end <= q.start:
                dist = q.start - dm.end
            else:
                gap = low[q.end:dm.start]
                near = len(gap) <= 30 and not any(ch in gap for ch in ",;:()")
                if not near and self._belongs_to_next_figure(dm.start, dm.end, q.end, se):
                    continue  # "1,600, double the previous day's 1,070": 1,070's date
                dist = -1 if near else (dm.start - q.end) + 1000
            if best is None or dist < best[0]:
                best = (dist, dm)
        if best is not None:
            dm = best[1]
            if dm.kind == "since" and not level:
                cumulative = True
            if level:
                cumulative = False
            period = (dm.start_date, dm.end_date)
            if not cumulative:
                self._period_by_par[pi] = period
            elif dm.kind != "since" and D is not None:
                period = (self.lex.scope_start(measure) or self.scope_start or dm.start_date, D)
            return period, cumulative
        if level:
            cumulative = False
        if D is None:
            return None, cumulative
        if cumulative:
            start = self.lex.scope_start(measure) or self.scope_start
            return ((start, D) if start else (D, D)), True
        if daily:
            self._period_by_par[pi] = (D, D)
            return (D, D), False
        # the period stated earlier in the same paragraph carries over
        if pi in self._period_by_par and measure is not None:
            return self._period_by_par[pi], False
        if self.lex.is_state(measure) or self._says_now(ss, se):
            return (D, D), False
        return None, False

    def _belongs_to_next_figure(self, ds: int, de: int, qe: int, se: int) -> bool:
        """Whether a date after a figure stands closer to a later figure of the sentence."""
        k = bisect_right(self.q_starts, de - 1)
        if k >= len(self.q_starts):
            return False
        nxt = self.q_starts[k]
        return nxt < se and (nxt - de) < (ds - qe)

    def _says_now(self, ss: int, se: int) -> bool:
        got = self._now.get(ss)
        if got is None:
            got = self._now[ss] = self.lex.says_now(self.low[ss:se])
        return got

    def _markers_for(self, q: QuantityMention, ss: int, se: int) -> tuple[bool, bool]:
        """(cumulative, daily) for a figure: the markers of its sentence, and when the sentence
        has both kinds, the kind whose marker stands nearest the figure ("1,780 over the past
        day, taking the cumulative total to 745,700")."""
        flags = self._sent_flags.get(ss)
        if flags is None:
            flags = self.lex.flags(ss, se)
            self._sent_flags[ss] = flags
        cum, daily = flags
        if not (cum and daily):
            return cum, daily
        dc = self.lex.marker_distance("cum", ss, se, q.num_start, q.end)
        dd = self.lex.marker_distance("daily", ss, se, q.num_start, q.end)
        return (dc < dd, dd <= dc)

    def relate(self, drafts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = relate(self.text, self.low, drafts, self.lex)
        for d in out:
            d.pop("_q", None)
            d.pop("_si", None)
            d.pop("_noun", None)
        return out
