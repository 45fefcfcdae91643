"""Findings -> Flags and Verdicts: the words an editor reads, tied to the document's text.

``judge`` turns each engine ``Finding`` into a ``Flag``: the message from the rule's template
(filled with the bound facts' words and values), the span and line/column of the anchor (the
claim or words the rule points at), a stable fingerprint id (rule + words + values, never
offsets, so the id survives unrelated edits), evidence (the other claims, the reference rows,
the gazetteer entry) and a suggestion. Rules that declare ``verdict:`` also give their anchor
claim a verdict; a claim no such rule speaks of stays ``unverified``: never guess.

It must not look for problems itself: every flag comes from a finding the engine produced.
"""

from __future__ import annotations

import re

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .engine import Finding
from .model import Claim, Document, Evidence, Flag, Reference, Verdict, fingerprint
from .normalize import over_limit
from .normalize.figures import number
from .normalize.language import other_language
from .normalize.readings import NO_MEASURE_WHY, NO_SUBJECT_WHY, RANK_OPEN, \
    unchecked_readings
from .normalize.figureless_records import FIGURELESS_RECORD
from .normalize.month_records import WEEK_RANK_UNREAD
from .normalize.undated_events import PERIOD_WHY
from .rulebook import Rulebook, render

_RANK = {"contradicted": 2, "supported": 1}


def _claim_evidence(c: Claim) -> Evidence:
    return Evidence(kind="claim", value=c.value, unit=c.unit, text=c.text, claim=c.id,
                    source=c.source, detail=f"{c.section}, line {c.line}")


def _evidence(finding: Finding, anchor_claim: str | None, claims: dict[str, Claim],
              references: Sequence[Reference], bound: dict[str, dict[str, Any]]
              ) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    for cid in finding.claims:
        if cid != anchor_claim and cid in claims:
            out.append(_claim_evidence(claims[cid]))
    for fact in bound.values():
        t = fact.get("t")
        if t == "reference" and 0 <= int(fact.get("index", -1)) < len(references):
            out.append(references[int(fact["index"])].as_evidence())
            if 0 <= int(fact.get("total_index", -1)) < len(references):
                # the same report's total of the running total a day's figure brings
                out.append(references[int(fact["total_index"])].as_evidence())
        elif t == "report_fit" and 0 <= int(fact.get("index", -1)) < len(references):
            # the report the sentence's other totals fit: its value for this total
            out.append(references[int(fact["index"])].as_evidence())
        elif t == "name" and fact.get("nearest"):
            out.append(Evidence(kind="gazetteer", text=fact["nearest"],
                                source="rules/vocab/gazetteer.yaml",
                                detail=f"similarity {float(fact.get('nearest_score', 0)):.2f}"))
        elif t == "name_pair":
            out.append(Evidence(kind="document", text=str(fact.get("a_text")),
                                detail=f"spelled this way {fact.get('a_count')} time(s)"))
        elif t == "date" and fact.get("pub_iso"):
            out.append(Evidence(kind="document", text=str(fact.get("iso")),
                                detail=f"published {fact['pub_iso']}"))
    return tuple(out)


def anchor_claim(finding: Finding, rulebook: Rulebook) -> str | None:
    """The claim id a finding points at (None for dates, names, periods)."""
    rule = rulebook.get(finding.rule)
    return (finding.binding(rule.anchor).get("anchor") or None) if rule.anchor else None


def claims_bound(finding: Finding) -> frozenset[str]:
    """The ids of the claims a finding binds (a pair rule's two figures, in either role)."""
    return frozenset(str(b["anchor"]) for b in finding.bound().values()
                     if b.get("t") == "claim" and b.get("anchor"))


def effective(findings: Sequence[Finding], rulebook: Rulebook) -> list[Finding]:
    """Findings minus those a rule's ``unless`` cancels: a finding of rule R is dropped when a
    rule R lists under ``unless`` matched the same anchor claim, or the same claims (a pair of
    figures two rules speak of, whichever of the two each points at); both decided by the
    engine."""
    known = [f for f in findings if f.rule in rulebook.rules]
    matched = {(f.rule, anchor_claim(f, rulebook)) for f in known}
    pairs = {(f.rule, claims_bound(f)) for f in known}
    out = []
    for f in known:
        rule = rulebook.get(f.rule)
        a = anchor_claim(f, rulebook)
        if a and any((other, a) in matched for other in rule.unless):
            continue
        if rule.unless and len(bound := claims_bound(f)) > 1 and \
                any((other, bound) in pairs for other in rule.unless):
            continue
        out.append(f)
    return out


LIMIT_RULE = "engine-limit"


def limit_flag(doc: Document, rule: str, limit: str, reason: str) -> Flag:
    """A warning that one rule was not run (or not finished) on this document: which rule,
    which limit (docs/engine.md, "Limits"); the claims and the other rules' flags stand."""
    line, column = doc.line_col(0)
    return Flag(id=fingerprint(LIMIT_RULE, rule, limit), rule=LIMIT_RULE, severity="warning",
                message=f"rule '{rule}' {reason}; its findings are missing for this document",
                start=0, end=0, line=line, column=column)


def judge(doc: Document, claims: Sequence[Claim], references: Sequence[Reference],
          findings: Sequence[Finding], rulebook: Rulebook
          ) -> tuple[tuple[Flag, ...], tuple[Verdict, ...]]:
    by_id = {c.id: c for c in claims}
    skipped = tuple(getattr(findings, "skipped", ()))
    findings = effective(findings, rulebook)
    flags: list[Flag] = []
    # one flag per rule and claim against reference values: a claim read several ways
    # (extra.readings) is contradicted by each reading's value; the flag lists them all
    by_reading: dict[tuple[str, str], int] = {}
    seen: dict[str, int] = defaultdict(int)
    verdict_of: dict[str, tuple[str, list[Evidence]]] = {}
    reading_of: dict[str, str] = {}
    for f in findings:
        if f.rule not in rulebook.rules:
            continue
        rule = rulebook.get(f.rule)
        if not rule.flag:
            continue            # a reading other rules' ``unless`` reads, never a flag
        bound = f.bound()
        anchor = bound.get(rule.anchor, {})
        anchor_claim = anchor.get("anchor") or None
        claim = by_id.get(anchor_claim) if anchor_claim else None
        evidence = _evidence(f, anchor_claim, by_id, references, bound)
        if rule.verdict and claim is not None:
            status = rule.verdict
            old = verdict_of.get(claim.id)
            if old is None or _RANK[status] > _RANK[old[0]]:
                verdict_of[claim.id] = (status, list(evidence))
                read = render(rule.reading, bound) if rule.reading else next(
                    (str(b.get("reading") or "") for b in bound.values()
                     if b.get("t") == "reference"), "")
                if read:
                    reading_of[claim.id] = read
                else:
                    reading_of.pop(claim.id, None)
            elif old[0] == status:
                old[1].extend(e for e in evidence if e not in old[1])
                if rule.reading:
                    # a rule that names its reading says more than a reference's label
                    reading_of[claim.id] = render(rule.reading, bound)
            if status == "supported":
                continue        # agreement is a verdict, not a problem to flag
        ref_bound = any(b.get("t") == "reference" for b in bound.values())
        if claim is not None and ref_bound and (rule.id, claim.id) in by_reading:
            k = by_reading[(rule.id, claim.id)]
            old = flags[k]
            more = tuple(e for e in evidence if e not in old.evidence)
            if more:
                flags[k] = replace(old, evidence=old.evidence + more)
            continue
        if claim is not None:
            start, end, words = claim.start, claim.end, claim.text
        else:
            start, end = int(anchor.get("start", 0)), int(anchor.get("end", 0))
            words = doc.text[start:end]
        line, column = doc.line_col(start)
        values = sorted(f"{by_id[c].text}={by_id[c].value}" for c in f.claims if c in by_id)
        base = fingerprint(rule.id, words, *values,
                           *sorted(str(b.get("text", "")) for b in bound.values()))
        seen[base] += 1
        fid = base if seen[base] == 1 else fingerprint(base, seen[base])
        if claim is not None and ref_bound:
            by_reading[(rule.id, claim.id)] = len(flags)
        severity, message, weak = rule.severity, render(rule.message, bound), None
        if f.weak:
            # the engine matched the rule's weak variant: at most a warning, saying why
            weak = _weak_words(bound.get(f.weak, {}))
            severity = "warning"
            message += f" (A warning, not an error: {_weak_said(bound.get(f.weak, {}))}.)"
        flags.append(Flag(
            id=fid, rule=rule.id, severity=severity, message=message,
            start=start, end=end, line=line, column=column, claims=f.claims, evidence=evidence,
            suggestion=render(rule.suggestion, bound) if rule.suggestion else None,
            weak=weak))
    flags += [limit_flag(doc, s.rule, s.limit, s.reason) for s in skipped]
    flags.sort(key=lambda x: (x.start, x.rule, x.id))
    looked = _within_article(claims, findings)
    refs_of: dict[str, list[Reference]] = defaultdict(list)
    for r in references:
        refs_of[r.claim].append(r)
    verdicts = []
    lang = document_language(doc) if claims else None
    for c in claims:
        status, ev = verdict_of.get(c.id, ("unverified", []))
        checks, reason, why = coverage(doc, c, refs_of.get(c.id, ()), c.id in looked, status,
                                       lang)
        verdicts.append(Verdict(claim=c.id, status=status, evidence=tuple(ev), checks=checks,
                                reason=reason, why=why, reading=reading_of.get(c.id)))
    return tuple(flags), tuple(verdicts)


def _weak_words(fact: dict[str, Any]) -> str:
    """Which key of which figure a finding's weak fact rests on, and how it was decided:
    "for "47", the subject: carried from the previous paragraph"."""
    why = str(fact.get("weak_why") or "a key no words of its paragraph decide")
    if fact.get("t") == "sum":
        return f"for {why}"
    return f"for \"{fact.get('text', '')}\", {why}"


# what the article leaves unsaid when a key was decided by nothing ("none"), as an editor
# would put it
_UNSAID = {"measure": "what {t} counts", "subject": "whom or what {t} is about",
           "period": "when {t} applies", "scope": "where {t} applies"}
_WEAK_KEY = re.compile(r'^(?:"(?P<t>[^"]*)", )?the (?P<k>\w+): (?P<how>.*)$', re.S)


def _weak_said(fact: dict[str, Any]) -> str:
    """Why a finding is only a warning, in an editor's words: "what "61" counts is not
    written near it", "the subject of "1,900" is carried from an earlier paragraph" (the flag's
    ``weak`` field keeps the key and basis as recorded)."""
    why = str(fact.get("weak_why") or "")
    m = _WEAK_KEY.match(why)
    if m is None:
        return _weak_words(fact)
    text = m.group("t") if m.group("t") is not None else str(fact.get("text", ""))
    k, how = m.group("k"), m.group("how")
    if how == "none" and k in _UNSAID:
        return _UNSAID[k].format(t=f'"{text}"') + " is not written near it"
    if how.startswith("document default"):
        return f'the {k} of "{text}" is not written near it (the document\'s default is used)'
    return f'the {k} of "{text}" is {how}' if how.startswith("carried") else \
        f'the {k} of "{text}" is read from {how}'


# the dataset's publisher and unattributed figures are compared with it (the prior pack's
# `source` filter); another source's estimate may differ without being wrong
_LANGS = ("en", "eng", "english")


def _within_article(claims: Sequence[Claim], findings: Sequence[Finding]) -> set[str]:
    """Claims the consistency checks had something to compare with: a figure of the same
    measure elsewhere in the article, a total with its parts (a group), a relation to another
    of its figures (a change between two of them, a ratio, a direction: each end of it), a
    finding. A role alone is not enough: "rose 3.5%" with no value it rose from or to is
    compared with nothing."""
    out: set[str] = set()
    by_measure: dict[str, list[str]] = defaultdict(list)
    ids = {c.id for c in claims}
    for c in claims:
        if c.measure:
            by_measure[c.measure].append(c.id)
        if c.group or any(k in ("relation", "conversion_of", "parts", "total_of")
                          for k, _ in c.extra):
            out.add(c.id)
        tied = _claims_named(c.extra, ids)
        if tied:
            out.add(c.id)
            out.update(tied)
        if c.group in ids:
            out.add(c.group)
    for ids in by_measure.values():
        if len(ids) > 1:
            out.update(ids)
    for f in findings:
        out.update(f.claims)
    return out


def _claims_named(extra: tuple[tuple[str, Any], ...], ids: set[str]) -> set[str]:
    """The other claims a claim's details name ("change": {"from": "c4", "to": "c3"},
    "ratio": {"of": "c5", "per": "c3"}); a change names them only when it names both its
    values (a change "to" a level, from no value, is worked from nothing)."""
    out: set[str] = set()
    for k, v in extra:
        if k == "change" and isinstance(v, dict) and (v.get("from") is None or
                                                      v.get("to") is None):
            continue
        vals = v.values() if isinstance(v, dict) else v if isinstance(v, (list, tuple)) else ()
        for x in vals:
            if isinstance(x, str) and x in ids:
                out.add(x)
            elif isinstance(x, (list, tuple)):
                out.update(y for y in x if isinstance(y, str) and y in ids)
    return out


def document_language(doc: Document) -> str:
    """The document's language: its front matter's ``lang`` (or ``language``), else the one
    identified from its text when that is confidently not English (report.notices), else
    "en"."""
    meta = dict(doc.meta)
    lang = meta.get("lang") or meta.get("language")
    if lang:
        return str(lang).lower()
    return other_language(doc.text) or "en"


_WITHIN_ONLY = "checked within the article only, against its other figures; "


def coverage(doc: Document, c: Claim, refs: Sequence[Reference], in_article: bool,
             status: str = "unverified", lang: str | None = None
             ) -> tuple[tuple[str, ...], str | None, str | None]:
    """(check families that looked at the claim, reason, why) for the coverage account: a
    claim compared with no reference value gets a short reason and its words, which say so
    when the article's own figures were checked against it (the account counts it as checked
    within the article). ``lang``: the document's language (``document_language``), read from
    the document when not given."""
    checks, reason, why = _coverage(doc, c, refs, in_article, status, lang)
    if reason and why and "within the article" in checks and reason not in (
            "language not supported", "over the figure limit") and \
            "reference data" not in checks and "earlier articles" not in checks:
        why = _WITHIN_ONLY + why + _fiscal_readings_named(c)
    return checks, reason, why


def _fiscal_readings_named(c: Claim) -> str:
    """(dates45) The years a compact fiscal label with no owner may count ("Q2FY24": the US
    federal year's, India's, ...), named where the figure was checked within the article: its
    figures are held to one period only under every reading (engine_updates.period_key)."""
    listed = c.extra_dict().get("period_readings") if c.extra else None
    if not listed or not str(listed[0][0]).startswith("fiscal:"):
        return ""
    return "; its period is read every way its label may count: " + "; ".join(
        f"{str(label).partition(': ')[2]} ({a} to {b})" for label, a, b in listed)


def _other_source(c: Claim, compared: Sequence[Reference]) -> str:
    """Why a figure credited to another body than the dataset's is left unverified: the
    source mismatch, named, with what the dataset gives ("about 1,115 a day" from British
    intelligence beside the General Staff's 1,151: another source's window, days or estimate
    may differ, so it is not contradicted)."""
    ref = next((r for r in compared if r.kind == "dataset" and r.source and
                r.source != c.source), None)
    gave = "" if ref is None or ref.value is None else (
        f", not to {ref.source}, whose data give {number(ref.value, digits=None)} "
        f"({ref.detail})")
    return (f"attributed to {c.source}{gave}: the rules compare another source's figure with "
            "no dataset, and no earlier report decides it")


def _coverage(doc: Document, c: Claim, refs: Sequence[Reference], in_article: bool,
              status: str, lang: str | None
              ) -> tuple[tuple[str, ...], str | None, str | None]:
    """``coverage`` before its words on the checks within the article."""
    checks = []
    compared = [r for r in refs if r.role != "gap"]
    if any(r.kind == "dataset" for r in compared):
        checks.append("reference data")
    if any(r.kind == "article" for r in compared):
        checks.append("earlier articles")
    if in_article:
        checks.append("within the article")
    if over_limit(c):
        limit = c.extra[0][1]
        return tuple(checks), "over the figure limit", (
            f"the document has more than {number(limit)} figures: only the first "
            f"{number(limit)} are read and checked (max_figures in the configuration, or "
            "--max-figures)")
    lang = lang or document_language(doc)
    if lang.split("-")[0] not in _LANGS:
        return tuple(checks), "language not supported", \
            f"language not supported ({lang}): the document is in '{lang}'"
    if compared:
        if status != "unverified":
            # ("1,134 ..., one of the highest tolls since the war began": the figure is
            # checked, its rank names no place to check)
            open_rank = c.extra_dict().get(RANK_OPEN) if c.extra else None
            week = c.extra_dict().get(WEEK_RANK_UNREAD) if c.extra else None
            if week and not open_rank:
                return tuple(checks), None, (
                    f"the figure is checked; \"{week}\" ranks it among weeks, but its seven "
                    "days are no calendar week (Monday to Sunday, the weeks ranked), so its "
                    "place is not checked")
            return tuple(checks), None, (
                f"the figure is checked; \"{open_rank}\" names no place in a ranking, so the "
                "rank is not checked") if open_rank else None
        if c.source:
            return tuple(checks), None, _other_source(c, compared)
        open_ = unchecked_readings(c.extra_dict().get("readings") if c.extra else (),
                                   {r.reading for r in compared if r.reading}, doc.date)
        if open_:
            return tuple(checks), None, (f"{open_[0][0]} ({open_[0][4]}) cannot be checked "
                                         "against the reference data, and no other reading "
                                         "matches: it is not contradicted")
        return tuple(checks), None, _readings_apart(c, compared)
    if c.value is None:
        record = c.extra_dict().get(FIGURELESS_RECORD) if c.extra else None
        if c.role == "record":
            # (readings73) "December is on course to be the deadliest month": a record said
            # with no figure, whose month is not over or whose words leave it to come
            reason, why = record or ("no reference", "no reference data ranks its month or "
                                                     "week")
            return tuple(checks), str(reason), f"a record said with no figure: {why}"
        return tuple(checks), "no value", "the words give no single value"
    why = c.extra_dict().get(PERIOD_WHY) if c.extra and c.period is None else None
    if why:
        return tuple(checks), "no period", "when the figure is from is not known: " + why
    if not c.measure:
        why = c.extra_dict().get(NO_MEASURE_WHY) if c.extra else None
        return tuple(checks), "no measure", "what the figure counts is not known: " + (
            why or _words_looked_at(doc, c, "names what it counts"))
    if not c.subject:
        why = c.extra_dict().get(NO_SUBJECT_WHY) if c.extra else None
        if why:
            return tuple(checks), "no subject", f"whose {c.measure.replace('_', ' ')} it " \
                f"is: {why}"
        return tuple(checks), "no subject", f"whose {c.measure.replace('_', ' ')} it is " \
            "is not known: " + _words_looked_at(doc, c, "names whose it is")
    gap = next((r for r in refs if r.role == "gap"), None)
    if gap is not None:
        return tuple(checks), gap.text, gap.detail
    if c.role == "difference" and c.cumulative:
        # (the store gives a difference of the text's own running totals no reference)
        return tuple(checks), "no reference", ("the gap between two of the article's running "
                                               "totals: checked by its arithmetic, against no "
                                               "report of its own")
    return tuple(checks), "no reference", (f"no reference data or earlier article for "
                                           f"{c.measure.replace('_', ' ')} of "
                                           f"{c.subject.replace('_', ' ')}")


def _clip(words: list[str], n: int, tail: bool) -> str:
    """At most ``n`` of ``words`` (the last ones when ``tail``), with "..." where cut."""
    if len(words) <= n:
        return " ".join(words)
    return "... " + " ".join(words[-n:]) if tail else " ".join(words[:n]) + " ..."


_LOOK = 160     # characters each side of a figure where the words looked at are shown from


def _words_looked_at(doc: Document, c: Claim, what: str) -> str:
    """The words looked at for a key of the figure, for a reader to see: those after it in its
    sentence and those before it (the sentence before when it opens its own), e.g. 'none was
    read from the words after "3,250" ("in two days.") or carried from those before it
    ("Together with Thursday's 1,220, that makes"): no word there names what it counts so
    that it could be checked'."""
    text = doc.text or ""
    ss, se = c.sentence if c.sentence else (c.start, c.end)
    # (a bounded window each side: the words shown are a few, and a sentence may hold
    # thousands of figures)
    a_end, b_start = min(se, c.end + _LOOK), max(ss, c.start - _LOOK)
    after = text[c.end:a_end].split()[:None if a_end == se else -1]
    before = text[b_start:c.start].split()[0 if b_start == ss else 1:]
    if not before and ss > 0:
        # (a figure that opens its sentence: the sentence before is what could carry a key)
        before = text[max(0, ss - 160):ss].split()[1:]
    said = f'none was read from the words after "{c.text}"'
    said += f' ("{_clip(after, 6, False)}")' if after else " (it ends its sentence)"
    if before:
        said += f' or carried from those before it ("{_clip(before, 8, True)}")'
    return said + f": no word there {what} so that it could be checked"


def _readings_apart(c: Claim, compared: Sequence[Reference]) -> str:
    """Why a figure compared with reference values stays unverified: the readings its words
    leave open and what the reports give for each, none matching and not all far enough
    apart to contradict it ("as the figure for 2024-11-28 the report gives 1,220; as the
    running total to 2024-11-29 741,880")."""
    seen: dict[str, str] = {}
    for r in compared:
        label = r.reading or _reference_label(r)
        seen.setdefault(label, number(r.value))
    given = "; ".join(f"as {k} the reference gives {v}" for k, v in list(seen.items())[:4])
    return (f"no reading of \"{c.text}\" matches the reference values ({given}), and not "
            "every reading disagrees enough to contradict it")


def _reference_label(r: Reference) -> str:
    """What a reference value is, in words: "the running total of personnel losses to
    2024-11-29", "personnel losses for 2024-11-28", "... over 2024-11-01 to 2024-11-30"."""
    what = r.measure.replace("_", " ")
    if r.period is None:
        return what
    a, b = r.period.start.isoformat(), r.period.end.isoformat()
    if r.cumulative:
        return f"the running total of {what} to {b}"
    return f"{what} for {a}" if a == b else f"{what} over {a} to {b}"
