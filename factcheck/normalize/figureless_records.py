"""A record month or week said with no figure: "December was the deadliest month for Russian
forces since the start of the full-scale invasion", "Last week was the bloodiest week of the
war", "June was Russia's deadliest month of 2026".

The sentence makes a claim about the reports (that month's sum is the highest of a window)
though it holds no figure. This module adds a claim for it with no value: its span is the
record words, its period the month or week named, its measure and subject those its sentence
names (``rules/vocab/readings.yaml``: ``record_unit_named``, ``record_unit_measure``), its role
``record`` and ``extra.month_record`` the window its words name (``month_records``). The store
gives the window's highest month and the month's own sum (store.lookup), and the rules
``record-unit-matches`` and ``record-unit-mismatch`` decide. A record the words leave to come
("is on course to be the deadliest month") or a month not over by publication gets no window
but ``extra.figureless_record``, the reason it is not checked, which the coverage account
gives: never silent. This module reads words only: it decides no verdict.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..extract import vocab
from .month_records import (MONTH_RANK, MONTH_RECORD, WEEK_WINDOW_RECORD,
                            _last_reported_month_end, _last_reported_week_end, _ranked_window,
                            _record_words)

FIGURELESS_RECORD = "figureless_record"
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], re.Pattern[str]]:
    v = vocab.load("readings.yaml")
    try:
        named = re.compile(" ".join(str(v.get("record_unit_named") or "(?!)").split()))
        ahead = re.compile(str(v.get("record_prospective") or "(?!)"))
        other = re.compile(str(v.get("record_unit_other") or "(?!)"))
    except re.error as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('readings.yaml')}: {exc}") from None
    return named, ahead, {str(k): str(m) for k, m in (v.get("record_unit_measure") or
                                                       {}).items()}, other


def figureless_record_drafts(ctx: Any, drafts: list[dict[str, Any]], D: date | None
                       ) -> list[dict[str, Any]]:
    """Drafts (no value) of the record months and weeks named in sentences with no figure of
    their own, in document order, to go after the figures' drafts (whose indexes the
    relations were built on). One regex pass over the text finds the record words; only
    their sentences are read further (linear in the text)."""
    if D is None:
        return []
    rx = _record_rx()
    low = ctx.low
    if rx is None or "month" not in low and "week" not in low:
        return []
    with_figures = {d["sentence"][0] for d in drafts}
    out: list[dict[str, Any]] = []
    seen: set[int] = set()
    for m in rx.finditer(low):
        _, ss, se = ctx.sentence(m.start())
        if ss in seen or ss in with_figures:
            continue
        seen.add(ss)
        d = _record_draft(ctx, ss, se, D)
        if d is not None:
            out.append(d)
    if "past" in low:
        made = {d["sentence"][0] for d in out}
        for m in _past_week_rx().finditer(low):
            _, ss, se = ctx.sentence(m.start())
            if ss not in made and ss not in with_figures:
                made.add(ss)
                if (d := _past_week_draft(ctx, m, ss, se, D)) is not None:
                    out.append(d)
        out.sort(key=lambda d: d["start"])
    return out


@lru_cache(maxsize=1)
def _past_week_rx() -> re.Pattern[str]:
    v = vocab.load("readings.yaml")
    try:
        return re.compile(" ".join(str(v.get("record_past_week") or "(?!)").split()))
    except re.error as exc:
        raise vocab.VocabError(f"{vocab.vocab_path('readings.yaml')}: {exc}") from None


def _subject_measure(ctx: Any, ss: int, se: int) -> tuple[str | None, str | None, str | None]:
    """(subject, measure, source) of a figure-less record's sentence low[ss:se]: the subject
    of a domain whose record counts a measure (readings.yaml ``record_unit_measure``), the
    body credited; subject None when it names none."""
    _, _, measures, _ = _vocab()
    low = ctx.low
    credited = ctx.lex.attributions(ctx.text, low, ss, se)
    source = credited[0][1] if credited else None
    cut = [span for span, _ in credited]    # "according to Ukraine's ...": no subject
    for dom, mid in measures.items():
        subject = ctx.lex.subject_before(low, ss, se, cut, se, dom)
        if subject is not None and dom in (ctx.lex.subject_domains.get(subject) or ()):
            # (a subject of the domain itself: "the worst month for Tesla" is no war's record)
            return subject, mid, source
    return None, None, source


def _past_week_draft(ctx: Any, m: re.Match[str], ss: int, se: int, D: date
                     ) -> dict[str, Any] | None:
    """(readings75) "The past week was the bloodiest of the war for Russian forces": the seven
    days to the report of publication called the record of the whole count, ranked against
    every seven days of the reports (``WEEK_WINDOW_RECORD``; a calendar week, on a Monday,
    against calendar weeks)."""
    subject, measure, source = _subject_measure(ctx, ss, se)
    if subject is None or measure is None or \
            _vocab()[3].search(ctx.low, ss, se) is not None:
        return None     # (no war's subject, or another count's record: "for Russian tanks")
    period = (D - timedelta(days=7), D - timedelta(days=1))
    first = _record_from().get(ctx.lex.domain(measure) or "")
    if first is None or not first < period[0]:
        return None
    week = period[0].weekday() == 0
    words = " ".join(m.group("words").split())
    extra: list[tuple[str, Any]] = [
        (WEEK_WINDOW_RECORD, (first.isoformat(), period[1].isoformat(), words, week)),
        ("basis", (("measure", "written"), ("subject", "written"), ("period", "written"),
                   ("scope", "none")))]
    return {"start": m.start("words"), "end": m.end("words"), "value": None, "unit": "",
            "lower": None, "upper": None, "qualifier": None, "measure": measure,
            "subject": subject, "period": period, "source": source, "hedge": None,
            "cumulative": False, "sentence": (ss, se), "section": ctx.section(m.start()),
            "quoted": ctx.quote(m.start()) is not None, "group": None, "role": "record",
            "extra": extra}


@lru_cache(maxsize=1)
def _record_from() -> dict[str, date]:
    v = vocab.load("readings.yaml")
    return {str(k): d if isinstance(d, date) else date.fromisoformat(str(d))
            for k, d in (v.get("record_from") or {}).items()}


@lru_cache(maxsize=1)
def _record_rx() -> re.Pattern[str] | None:
    v = vocab.load("readings.yaml")
    got = v.get("record_month")
    return re.compile(" ".join(str(got).split())) if got else None


def _record_draft(ctx: Any, ss: int, se: int, D: date) -> dict[str, Any] | None:
    """The draft of the sentence low[ss:se]'s record claim, or None when it names no month or
    week as its subject, or no subject whose losses a record counts."""
    low = ctx.low
    named, ahead, _, other = _vocab()
    head = named.match(low, ss, se)
    words = _record_words(low, ss, se, bare=True)
    if head is None or words is None or words.start() != head.end():
        return None
    subject, measure, source = _subject_measure(ctx, ss, se)
    if subject is None:
        return None
    period, why = _unit_named(head, words.group("unit"), D)
    counted = other.search(low, ss, se)
    if counted is not None:
        # ("October was the worst month for Russian tanks": another count's record)
        measure, period, why = None, None, (f"\"{counted.group(0)}\": a record of another "
                                            "count than the one its month sums are read for")
    elif period is not None and ahead.search(low, head.start("how"), head.end("how")):
        period, why = None, (f"\"{' '.join(head.group('how').split())}\": the record is "
                             "still to come, so it is not settled")
    extra: list[tuple[str, Any]] = []
    if period is not None:
        window = _ranked_window(low, {"period": period, "sentence": (ss, se),
                                      "start": head.start(), "cumulative": False},
                                ctx.lex.domain(measure), D)
        if head.group("rank") and window is not None and window[3] > 1:
            # "January was the second-deadliest month of the war": the month in that place
            # of the window's months (readings75)
            extra.append((MONTH_RANK, window))
        elif head.group("rank"):
            why = (f"\"{head.group('rank')}-{' '.join(words.group(0).split())}\": a place "
                   "below the record names no window its reports can be ranked in")
        elif window is not None and window[3] == 1:
            extra.append((MONTH_RECORD, window[:3]))
        else:
            why = (f"\"{' '.join(words.group(0).split())}\" names no window or place its "
                   "reports can be ranked in")
    if why:
        # (the coverage account's reason: a month or week not settled has no period yet; a
        # rank or a record with no window has no reference that ranks it)
        extra.append((FIGURELESS_RECORD, ("no measure" if measure is None else "no period"
                                          if period is None else "no reference", why)))
    extra.append(("basis", (("measure", "written"), ("subject", "written"),
                            ("period", "written" if period else "none"), ("scope", "none"))))
    return {"start": words.start(), "end": words.end(), "value": None, "unit": "",
            "lower": None, "upper": None, "qualifier": None, "measure": measure,
            "subject": subject, "period": period if not why else None, "source": source,
            "hedge": None, "cumulative": False, "sentence": (ss, se),
            "section": ctx.section(words.start()),
            "quoted": ctx.quote(words.start()) is not None, "group": None, "role": "record",
            "extra": extra}


def _unit_named(head: re.Match[str], unit: str, D: date
                ) -> tuple[tuple[date, date] | None, str | None]:
    """The month or calendar week the sentence's subject names, and None with the reason when
    it is not over (not all its days reported) by publication."""
    if head.group("mon"):
        if unit != "month":
            return None, "a month named beside a week's record words"
        mo = _MONTHS.index(head.group("mon")) + 1
        year = int(head.group("y")) if head.group("y") else \
            D.year if mo <= D.month else D.year - 1
        first = date(year, mo, 1)
    elif head.group("unit") != unit:
        return None, f"\"{head.group('rel')} {head.group('unit')}\" beside a {unit}'s record"
    elif unit == "week":
        monday = D - timedelta(days=D.weekday())
        first = monday - timedelta(days=7) if head.group("rel") == "last" else monday
    else:
        first = D.replace(day=1)
        if head.group("rel") == "last":
            first = (first - timedelta(days=1)).replace(day=1)
    last = first + timedelta(days=6) if unit == "week" else \
        (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    reported = _last_reported_week_end(D) if unit == "week" else _last_reported_month_end(D)
    if last > reported:
        return None, (f"the {unit} from {first.isoformat()} to {last.isoformat()} is not over "
                      f"in the reports by publication ({D.isoformat()}): its record is not "
                      "settled")
    return (first, last), None
