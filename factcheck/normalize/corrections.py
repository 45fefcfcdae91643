"""Corrections and revisions the text announces, read onto the claims.

Running stories correct themselves: "Correction: an earlier version of this post said 1,200;
the figure is 1,020", "the toll was revised down to 45, correcting the 72 reported earlier",
"more than 6,000 people, not 7,000 as first reported". Such a sentence states two figures of
one thing on purpose; neither is a mistake of the article. ``mark_corrections`` finds them and
records, in each claim's ``extra``:

- ``correction``: an id shared by the figures of one correction ("k1");
- ``retracted``: True for the erroneous figure as the correction quotes it (what the earlier
  version said); "first published" for the same figure stated elsewhere in the text before it
  was corrected;
- ``revised``: the figure stands in a sentence that announces a revision or correction
  ("revised", "corrected", "updated figure"), so a running total may jump.

It reads words around figures; it does not judge them (the rules do: a retracted figure takes
part in no conflict, and the report shows the correction).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Claim

_CUE = re.compile(
    r"\b(?:correction|corrected|correcting|corrects|revis(?:ed|es|ing|ion)|erratum|"
    r"(?:an?|the)\s+(?:earlier|previous|original)\s+version|incorrectly|wrongly|mistakenly|"
    r"erroneously|updated\s+(?:figure|toll|total|count|tally)|amended|restated|"
    r"as\s+(?:first|earlier|previously|originally|initially)\s+reported|"
    # (a toll an earlier statement gave, since superseded: "An earlier statement had put the
    # toll at 632 dead")
    r"(?:an?|the)\s+(?:earlier|previous|initial)\s+(?:statement|bulletin|toll|count|tally|"
    r"report|estimate|figure|update)s?\s+(?:had\s+)?(?:put|gave|said|listed|counted|reported|"
    r"showed))\b", re.I)
_REVISED = re.compile(
    r"\b(?:correction|corrected|correcting|revis(?:ed|es|ing|ion)|updated\s+(?:figure|toll|"
    r"total|count|tally)|amended|restated|recount(?:ed)?|adjusted)\b", re.I)
# a word every match of _CUE or _REVISED holds, as lower-case text; "as first reported" holds
# "reported" and one of _AS_REPORTED (see _may_correct)
_CUE_KEYS = ("correct", "revis", "erratum", "version", "wrongly", "mistakenly", "erroneously",
             "updated", "amended", "restated", "recount", "adjusted", "earlier ", "previous ",
             "initial ")
_AS_REPORTED = ("first", "earlier", "previously", "originally", "initially")
# letters outside ASCII that re.I matches with an ASCII letter whose lower case they are not
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f")    # İ, ı (as i), ſ (as s)
# words right before an erroneous figure
_WRONG_BEFORE = re.compile(
    r"(?:(?:earlier|previous|original|first|initial)\s+(?:(?:reported|published|given|stated|"
    r"announced)\s+)?(?:version|report|update|post|entry|"
    r"figure|toll|total|count|tally|estimate|story|article|statement|bulletin)s?\b[^.;:]{0,80}?"
    r"\b(?:said|stated|gave|put|had|reported|was|of|read|listed|showed|at)\b"
    # (and the words of its own clause up to the figure, which holds no other figure: "an
    # earlier version of this article said Russia lost 1,010 troops", "gave the past day's
    # losses as 1,010")
    r"(?:[^.;:\d]{0,60}?\b(?:lost|had|has|have|killed|destroyed|suffered|at|as|was|were|to)\b)?"
    r"|(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|gave|put|reported|"
    r"listed|described|cited|reported)\b[^.;:]{0,60}?"
    r"|(?:previously|originally|initially|earlier|first)\s+(?:reported|given|stated|put|said|"
    r"estimated)\s*(?:at|as|to\s+be)?"
    # ("this article earlier put Russia's tank losses at 10,973": the thing named between)
    r"(?:[^.;:,\d]{0,60}?\b(?:at|as)\b)?"
    r"|\bnot)"
    r"(?:\s+(?:it|the\s+\w+|that)\s*(?:at|as|was|were|to\s+be)?)?"
    r"\s*(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|just|only|the)?\s*$",
    re.I)
# "revised down to 45 from 72": the figure after "from" is the one replaced
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?(?:earlier|previous|initial|original|"
                          r"first)?\s*(?:figure|toll|estimate|count|total)?\s*(?:of\s+)?$", re.I)
# words right after an erroneous figure
_WRONG_AFTER = re.compile(
    r"^[^.;:]{0,40}?\b(?:as|that\s+was|which\s+was)\s+(?:was\s+)?(?:first|earlier|previously|"
    r"originally|initially|wrongly|incorrectly|mistakenly)\s+(?:reported|stated|said|given|"
    r"published)"
    r"|^[^.;:]{0,40}?\b(?:was|were|is)\s+(?:wrong|incorrect|an\s+error|a\s+mistake|"
    r"inaccurate)", re.I)


# "The ministry later corrected the figure to 1,230": the figure a correction sets, whose
# earlier value is the same thing's figure in the sentence before (words right before it)
_CORRECTED_TO = re.compile(
    r"\b(?:corrected|revised|amended|adjusted)\s+(?:(?:it|the\s+(?:figure|toll|total|count|"
    r"tally|number)|its\s+(?:figure|toll|total|count|tally|estimate))\s+)?"
    r"(?:(?:up|down|upward|downward|upwards|downwards)\s+)?to\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|just)\s+)?$", re.I)


def _retracted(text: str, c: Claim, ss: int, revision: bool) -> bool:
    before = text[max(ss, c.start - 140):c.start]
    if _WRONG_BEFORE.search(before):
        if before.rstrip().lower().endswith("not") and not re.search(r"\d", before):
            return False          # "not" with no corrected figure before it: a negation
        return True
    if revision and _FROM_BEFORE.search(before):
        return True
    m = _WRONG_AFTER.search(text[c.end:c.end + 80])
    return m is not None and not re.search(r"\d", m.group())   # no other figure between


def _same_thing(a: Claim, b: Claim) -> bool:
    """Whether a corrected figure can restate the retracted one. A figure that names no
    measure ("the General Staff's figure is 1,600") takes its meaning from the correction, so
    the subject guessed for it (the speaker, when nothing else is named) does not count."""
    if a.unit != b.unit:
        return False
    if a.measure is None or b.measure is None:
        return True
    return a.measure == b.measure and \
        (a.subject == b.subject or a.subject is None or b.subject is None)


def _may_correct(text: str) -> bool:
    """False when neither _CUE nor _REVISED can match ``text``: a few substring tests
    instead of a case-insensitive scan of the text (which most texts and sentences fail)."""
    if any(c in text for c in _FOLDS_TO_ASCII):
        return True
    low = text.lower()
    return any(k in low for k in _CUE_KEYS) or (
        "reported" in low and any(k in low for k in _AS_REPORTED))


def mark_corrections(text: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """The claims with ``extra`` recording the corrections and revisions the text states."""
    if not claims or not _may_correct(text):
        return claims
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(claims):
        by_sentence.setdefault(c.sentence, []).append(i)
    sents = sorted(by_sentence)
    add: dict[int, list[tuple[str, object]]] = {}
    retracted: list[int] = []
    k = 0
    for si, sent in enumerate(sents):
        ss, se = sent
        words = text[ss:se]
        if not _may_correct(words):
            continue    # (neither _REVISED nor _CUE can match)
        revision = _REVISED.search(words) is not None
        if revision:
            for i in by_sentence[sent]:
                add.setdefault(i, []).append(("revised", True))
        if _CUE.search(words) is None:
            continue
        members = list(by_sentence[sent])
        wrong = [i for i in members if _retracted(text, claims[i], ss, revision)]
        right = [i for i in members if i not in wrong]
        if not wrong and si > 0:
            right, wrong = _corrected_before(text, claims, by_sentence, sents, si)
        if not wrong:
            continue
        if not right and si + 1 < len(sents):
            # "Correction: an earlier version said 1,200. The correct figure is 1,020."
            nxt = sents[si + 1]
            if text[se:nxt[0]].strip() == "" or text[se:nxt[0]].strip() in ".;":
                right = list(by_sentence[nxt])
        right = [i for i in right if any(_same_thing(claims[i], claims[w]) for w in wrong)]
        if not right:
            # a correction note after the story ("Correction: an earlier version of this
            # article gave the day's figure as 1,960"): the figure it replaces is the body's
            right = _stated_before(claims, by_sentence, sents, si, wrong)
        k += 1
        cid = f"k{k}"
        for i in wrong:
            add.setdefault(i, []).extend([("correction", cid), ("retracted", True)])
            retracted.append(i)
            add[i].extend(_revised_way(text, claims, ss, i, right))
        for i in right:
            add.setdefault(i, []).extend([("correction", cid),
                                          ("corrects", ",".join(claims[w].id for w in wrong))])
    # the erroneous figure as first published, elsewhere in the text: superseded too
    for w in retracted:
        cw = claims[w]
        for i, c in enumerate(claims):
            if i in add and any(key == "correction" for key, _ in add[i]):
                continue
            if c.value == cw.value and _same_thing(c, cw):
                add.setdefault(i, []).extend([("retracted", "first published"),
                                              ("correction", dict(add[w])["correction"])])
    if not add:
        return claims
    out = list(claims)
    for i, extra in add.items():
        corrects = dict(extra).get("corrects")
        if isinstance(corrects, str):
            out[i] = _carried_keys(out[i], next(c for c in claims
                                                 if c.id == corrects.split(",")[0]))
    for i, extra in add.items():
        seen = dict(out[i].extra)
        new = tuple((key, v) for key, v in extra if key not in seen)
        seen_keys: set[str] = set()
        uniq = tuple(x for x in new if not (x[0] in seen_keys or seen_keys.add(x[0])))
        out[i] = replace(out[i], extra=out[i].extra + uniq)
    return tuple(out)


# "revised down to 200,000 from 204,000": the way a revision went, said before its new figure
# (the object may stand between: "revised November's gain up to 0.3% from 0.4%")
_REVISED_WAY = re.compile(r"\b(?:revised|revises|revise)\s+(?:(?!(?:of|by|to|for|from)\b)"
                          r"[\w’'-]+\s+){0,3}?(?P<way>up|upward|upwards|higher|down|downward|"
                          r"downwards|lower)\s+to\s+(?:(?:about|around|some|nearly|almost|"
                          r"just)\s+)?$", re.I)


def _revised_way(text: str, claims: tuple[Claim, ...], ss: int, i: int,
                 right: list[int]) -> list[tuple[str, object]]:
    """The direction a revision states from the figure it replaces (``i``, after "from") to
    its new figure (one of ``right``, right after "revised down to"): ``[("direction",
    {"to": id, "up": bool})]`` for the rules to check that the new figure lies that way
    ("revised down to 200,000 from 194,000" does not)."""
    if "direction" in claims[i].extra_dict() or \
            _FROM_BEFORE.search(text, max(ss, claims[i].start - 60), claims[i].start) is None:
        return []
    # (the new figure nearest before the replaced one: "July was revised down to 252,000 from
    # 275,000, and August's up to 167,000 from 151,000" pairs 151,000 with 167,000, lead42)
    before = [j for j in right if claims[j].start < claims[i].start]
    for j in sorted(before, key=lambda j: -claims[j].start)[:1] or right:
        m = _REVISED_WAY.search(text, max(ss, claims[j].start - 60), claims[j].start)
        if m is not None and claims[j].unit == claims[i].unit:
            up = m.group("way").lower() in ("up", "upward", "upwards", "higher")
            # (the revised figure is as written, however round: everyday99)
            hedged = re.search(r"\b(?:about|around|some|nearly|almost|just)\s*$", m.group(0))
            return [("direction", {"to": claims[j].id, "up": up, "exact_to": hedged is None})]
    return []


def _stated_before(claims: tuple[Claim, ...], by_sentence: dict[tuple[int, int], list[int]],
                   sents: list[tuple[int, int]], si: int, wrong: list[int]) -> list[int]:
    """The figure of the same measured thing, with another value, stated last before sentence
    ``si`` (the story a correction note follows): [i], or [] when there is none. The wrong
    figure the note quotes stays retracted either way: the article does not assert it."""
    for sent in reversed(sents[:si]):
        for i in reversed(by_sentence[sent]):
            c = claims[i]
            if c.value is not None and any(
                    c.measure is not None and c.measure == claims[w].measure and
                    c.unit == claims[w].unit and c.value != claims[w].value for w in wrong):
                return [i]
    return []


def _corrected_before(text: str, claims: tuple[Claim, ...],
                      by_sentence: dict[tuple[int, int], list[int]],
                      sents: list[tuple[int, int]], si: int) -> tuple[list[int], list[int]]:
    """"The General Staff's first report put the day's losses at 1,320 troops. The ministry
    later corrected the figure to 1,230": the figures of sentence ``si`` a correction sets
    (``_CORRECTED_TO`` right before them), and the figure each replaces: the last figure of
    the same thing with another value in the sentence before, in the same paragraph.
    (right, wrong), both [] when there is none."""
    ss = sents[si][0]
    prev = sents[si - 1]
    if "\n\n" in text[prev[1]:ss] or "\n\n" in text[prev[0]:prev[1]]:
        return [], []
    right, wrong = [], []
    for i in by_sentence[sents[si]]:
        c = claims[i]
        if _CORRECTED_TO.search(text, max(ss, c.start - 80), c.start) is None:
            continue
        w = next((k for k in reversed(by_sentence[prev]) if claims[k].value != c.value and
                  claims[k].value is not None and _same_thing(c, claims[k])), None)
        if w is not None:
            right.append(i)
            wrong.append(w)
    return right, sorted(set(wrong))


def _weakly_dated(c: Claim) -> bool:
    """Whether no words near ``c`` give its period: none at all, or a document default."""
    how = dict(dict(c.extra).get("basis") or ()).get("period", "none")
    return c.period is None or how == "none" or str(how).startswith("document default")


def _carried_keys(c: Claim, wrong: Claim) -> Claim:
    """A corrected figure that names less than the figure it corrects ("Correction: an earlier
    version gave the past day's losses as 1,010. The General Staff's figure is 1,101"): it is
    the same thing's figure, so it takes that figure's period, running-total scope, measure,
    subject and source where its own words give none."""
    if not _weakly_dated(c) or _weakly_dated(wrong):
        return c
    ex = dict(c.extra)
    basis = dict(ex.get("basis") or ())
    how = f"carried within the paragraph: the figure \"{wrong.text}\" it corrects"
    for k in ("period", "scope"):
        basis[k] = how if k == "period" or wrong.cumulative else "none"
    if c.measure is None:
        basis["measure"] = how
    if c.subject is None:
        basis["subject"] = how
    ex["basis"] = tuple(basis.items())
    ex.pop("readings", None)
    if "readings" in dict(wrong.extra):
        ex["readings"] = dict(wrong.extra)["readings"]
    return replace(c, period=wrong.period, cumulative=wrong.cumulative,
                   measure=c.measure or wrong.measure, subject=c.subject or wrong.subject,
                   source=c.source or wrong.source,
                   extra=tuple((k, v) for k, v in c.extra if k in ex and k not in (
                       "basis", "readings")) + tuple(
                       (k, ex[k]) for k in ("readings", "basis") if k in ex))


__all__ = ["mark_corrections"]
