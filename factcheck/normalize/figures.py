"""The one number formatter: every figure shown to a reader is written here.

- ``number(value)``: a plain figure the way news copy writes it ("1,600", "3.925", "-12"):
  thousands separators, no spurious decimals, ``digits`` significant digits for a fraction
  (messages say 4; the claims table and a report's intervals 6; a store detail keeps them all).
- ``quantity(value, unit)``: a figure with its unit as a reader reads it ("3,000 km", "2.5%").
- ``short_unit(unit)``: that unit ("kilometer" -> "km", "percent" -> "%").
- ``written_like(value, unit, sample)``: a figure in the style of one the article wrote
  ("€3.92 billion", "$2.18bn", "2.5 percentage points"): what a message suggests instead.

Messages (``rulebook.render``, the facts' ``*_display`` fields), reports (``report``) and the
store's evidence details (``store.lookup``) call these; none formats a figure of its own.
Display only: nothing here rounds a value that is compared.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .units import registry


def number(value: float | None, digits: int | None = 4, *, sign: bool = False) -> str:
    """``value`` as news copy writes a figure: a whole number with thousands separators
    ("1,600"), a fraction to ``digits`` significant digits ("3.925", "1,234.6" with 5; all of
    them with None); "+" before a positive one with ``sign``. None is "?"; nan and inf are
    shown as Python writes them."""
    if value is None:
        return "?"
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return str(value)
    plus = "+" if sign else ""
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value):{plus},}"
    if digits is None:
        return f"{value:{plus},}"
    return f"{value:{plus},.{digits}g}"


def quantity(value: float | None, unit: str = "", digits: int | None = 4) -> str:
    """``number(value)`` with its unit as a reader reads it: "3,000 km", "2.5%", "1,600"."""
    shown, u = number(value, digits), short_unit(unit)
    if not u:
        return shown
    return f"{shown}{u}" if u == "%" else f"{shown} {u}"


@lru_cache(maxsize=256)
def short_unit(unit: str) -> str:
    """How a person reads a unit: pint's abbreviation ("kilometer" -> "km"); "" stays "",
    percent is "%", and a unit pint cannot read is shown as written."""
    if not unit:
        return ""
    if unit in ("percent", "%"):
        return "%"
    if unit == "basis_point":
        return "bp"
    try:
        return format(registry().Unit(unit), "~").replace(" ", "")
    except Exception:  # noqa: BLE001 - display only: an unknown unit is shown as written
        return unit


_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
_NUMBER_WORDS = frozenset(_SMALL)
_SCALES = (("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3),
           ("tn", 1e12), ("bn", 1e9), ("mn", 1e6), ("m", 1e6), ("k", 1e3))
# a figure as written: currency sign or code, number, scale word, percent or points
_STYLE = re.compile(
    r"(?P<pre>[$€£¥₹]|(?:US|HK|A|C|NZ|S)\$|R\$|Rs\.?\s?)?\s*(?P<num>[\d,.]+)\s*"
    r"(?P<scale>trillion|billion|million|thousand|tn|bn|mn|m(?!ph)|k)?(?-i:(?![abd-oq-z]))\s*"
    r"(?P<rest>percentage\s+points?|points?|per\s*cent|percent|%)?", re.I)


_CLOCK = re.compile(r"\d+:\d\d(?::\d\d)?")
_MINUTES = re.compile(r"\bmin(?:ute)?s?\b", re.I)


def _time_like(value: float, text: str) -> str:
    """A time in seconds written as ``text`` writes one: "2:04:02", "3 minutes 27 seconds",
    "34 seconds"; "" when the sample is none of these."""
    secs = int(round(value))
    h, rest = divmod(secs, 3600)
    m, sec = divmod(rest, 60)
    if _CLOCK.search(text):
        return f"{h}:{m:02d}:{sec:02d}" if h or text.count(":") == 2 else f"{m}:{sec:02d}"
    if _MINUTES.search(text):
        mins = h * 60 + m
        return f"{mins} minute{'s' * (mins != 1)} {sec} second{'s' * (sec != 1)}" if sec \
            else f"{mins} minute{'s' * (mins != 1)}"
    if re.search(r"\bsec(?:ond)?s?\b", text, re.I) and float(value).is_integer():
        return f"{secs} second{'s' * (secs != 1)}"
    return ""


def count_shown(v: float) -> str:
    """A count as a story writes a large one: "1.6 billion", "219 million", "4"."""
    for word, f in (("billion", 1e9), ("million", 1e6)):
        if abs(v) >= f:
            return f"{v / f:,.2f}".rstrip("0").rstrip(".") + " " + word
    return number(v)


def written_like(value: float | None, unit: str, sample: str) -> str:
    """``value`` (in ``unit``) written in the style of ``sample``, a figure as the article
    wrote it: its currency sign or code, its scale word ("€3.5 billion", "$2.18bn", "1.95
    million"), its decimals (one more when needed to show the value), thousands separators,
    "%" or "percentage points". Display only: the value is not rounded for any comparison.
    ("4.6 billion" written like "€4.2 billion" is "€4.6 billion"; 0.031 like "3%" is "3.1%".)
    """
    if value is None:
        return "?"
    text = " ".join(sample.split())
    if unit == "second" and value >= 0 and (shown_time := _time_like(value, text)):
        return shown_time
    words = text.lower().split()
    if words and words[-1] in _NUMBER_WORDS and not any(ch.isdigit() for ch in text) and \
            float(value).is_integer() and 0 <= value < len(_SMALL):
        # a small number the article spelled out is suggested spelled out: "four", not "4"
        return _SMALL[int(value)]
    m = None
    for m in _STYLE.finditer(text):
        if any(ch.isdigit() for ch in m.group("num")):
            break
    if m is not None and not any(ch.isdigit() for ch in m.group("num")):
        m = None
    pre = (m.group("pre") or "") if m else ""
    scale_word = (m.group("scale") or "") if m else ""
    rest = (m.group("rest") or "") if m else ""
    if m is None:
        pm = re.search(r"percentage\s+points?|points?", text, re.I)
        rest = pm.group(0) if pm else ""
    num = m.group("num") if m else ""
    decimals = len(num.split(".")[1]) if "." in num.strip(".") else 0
    factor = dict(_SCALES).get(scale_word.lower(), 1.0) if scale_word else 1.0
    shown = value / factor
    if not scale_word and abs(value) >= 1e6 and not unit.startswith("percent") and \
            unit not in ("%",):
        # a figure the sample wrote without a scale, but millions: "1.95 million"
        for word, f in _SCALES[:3]:
            if abs(value) >= f:
                shown, scale_word, decimals = value / f, word, 2
                break
    # enough decimals to show the value: "3.9" rather than "4" for a figure written "4.2"
    while decimals < 3 and round(shown, decimals) != round(shown, decimals + 1) and \
            abs(round(shown, decimals) - shown) > 0.05 * max(abs(shown), 1e-9) * 0.1:
        decimals += 1
    if not scale_word and decimals == 0 and num and re.fullmatch(r"[\d,]+", num) and \
            len(num.replace(",", "")) > 2:
        # as round as the sample: "12,200 acres" -> 22,200, not 22,239
        zeros = len(num.replace(",", "")) - len(num.replace(",", "").rstrip("0"))
        # ... but never so round that the value reads as the sample's own figure or strays
        # more than 5% from itself: 1,199 written like "almost £1,000" is "£1,200"
        said = float(num.replace(",", ""))
        while zeros and (round(shown, -zeros) == said != shown or
                         abs(round(shown, -zeros) - shown) > 0.05 * abs(shown)):
            zeros -= 1
        if zeros:
            shown = round(shown, -zeros)
    if not unit and 0 < abs(value) < 1 and re.search(
            r"\b(?:half|third|quarter|fifth|tenth)s?\b", text, re.I):
        return f"{value * 100:.0f}%"     # "nearly a quarter": say the share as a percentage
    body = f"{shown:,.{decimals}f}"
    if m is not None and not pre and not scale_word and not rest:
        # a unit written after the number stays as written: "12,200 acres", "169 km/h"
        tail = text[m.end("num"):].strip()
        tail = re.split(r"[,;()]", tail)[0].strip()
        if tail and re.fullmatch(r"[^\d]{1,20}", tail):
            return f"{body}{'' if tail[0] in '%°' or tail[:1].isalpha() and len(tail) == 1 else ' '}{tail}"
    if scale_word:
        body += scale_word if len(scale_word) <= 2 else " " + scale_word
        # (after the number when the scale is ours, not the sample's: "3,606,170 hours" ->
        # "3.61 million hours", never the sample's last letter)
        after = (m.end("scale") if m.group("scale") else m.end("num")) if m is not None else -1
        tail = re.split(r"[,;()]", text[after:])[0].strip() if m is not None else ""
        if unit and not pre and not rest and tail and re.fullmatch(r"[^\d%]{1,20}", tail):
            return f"{body} {tail}"     # "2.1 million tonnes", as the article wrote its unit
    if m is None and unit and unit not in ("percent", "%"):
        # a number in words and its unit as written: "nine cents" -> "seven cents"
        said = [i for i, w in enumerate(words) if w in _NUMBER_WORDS]
        tail = " ".join(text.split()[said[-1] + 1:]) if said else ""
        if tail and re.fullmatch(r"[^\d%]{1,20}", tail):
            small = float(value).is_integer() and 0 <= value < len(_SMALL)
            return f"{_SMALL[int(value)] if small else body} {tail}"
    if unit in ("percent", "%") or rest:
        r = rest.lower()
        if "point" in r:
            return f"{pre}{body} percentage points" if "percentage" in r else \
                f"{pre}{body} points"
        return f"{pre}{body}{'%' if not r or r == '%' else ' ' + rest}"
    if not pre and unit and not unit.isupper():
        return f"{body} {short_unit(unit)}".strip()
    return f"{pre}{body}" if pre else (f"{body} {unit}" if unit and unit.isupper() else body)
