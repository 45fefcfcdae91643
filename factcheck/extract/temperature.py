"""Temperatures written without a scale: "25 degrees", "112-degree heat", "the upper 90s".

A bare "degrees" after a figure is a temperature only when its sentence speaks of weather or
heat (units.yaml ``bare_degrees``: ``words``, and none of ``not_words``: "turned 180 degrees",
"third-degree burns" and university degrees stay what they are). Its scale is read from the
text, never guessed silently: ``degree_scale`` returns the unit it is read in and why, and
whether the words settle it; when they do not, the claim keeps the other scale as a reading
(``normalize.scales``). This module reads words only: it must not judge a figure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import vocab

CELSIUS, FAHRENHEIT = "degree_Celsius", "degree_Fahrenheit"
# a scale written elsewhere in the text: "25C", "77F", "(84.2F)", "°C", "Celsius"
_WRITTEN_C = re.compile(r"\d+(?:\.\d+)?(?:°|º)?C\b|°C|℃|\b[Cc]elsius\b|\bcentigrade\b")
_WRITTEN_F = re.compile(r"\d+(?:\.\d+)?(?:°|º)?F\b|°F|℉|\b[Ff]ahrenheit\b")
_STOP = re.compile(r"[.!?;\n](?=\s|$)")


class Scale(NamedTuple):
    unit: str           # the scale the figure is read in
    basis: str          # the words (or the rule) that decided it
    settled: bool       # False: nothing in the text says which; the other scale is a reading


class _Words(NamedTuple):
    weather: re.Pattern[str]
    not_weather: re.Pattern[str]
    fahrenheit: re.Pattern[str]
    celsius: re.Pattern[str]
    celsius_max: float


def _alternation(names: list[str], flags: int = 0) -> re.Pattern[str]:
    alt = "|".join(sorted((re.escape(str(n)).replace(r"\ ", r"[ \u00a0]+") for n in names),
                          key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alt})(?![\w])", flags)


@lru_cache(maxsize=1)
def _words() -> _Words:
    cfg = vocab.load("units.yaml").get("bare_degrees") or {}
    return _Words(_alternation(cfg.get("words") or ["temperature"], re.I),
                  _alternation(cfg.get("not_words") or ["angle"], re.I),
                  _alternation(cfg.get("fahrenheit_names") or ["US"]),
                  _alternation(cfg.get("celsius_names") or ["UK"]),
                  float(cfg.get("celsius_max", 56.7)))


def sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos`` (at most 300 characters each way)."""
    lo = max(0, pos - 300)
    stops = [m.end() for m in _STOP.finditer(text, lo, pos)]
    start = stops[-1] if stops else lo
    m = _STOP.search(text, pos, min(len(text), pos + 300))
    return start, (m.start() if m else min(len(text), pos + 300))


def weather_sentence(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` speaks of weather or heat, and of no angle, burn
    or university degree."""
    w = _words()
    a, b = sentence_around(text, pos)
    return w.weather.search(text, a, b) is not None and w.not_weather.search(text, a, b) is None


def degree_scale(text: str, pos: int, value: float) -> Scale:
    """The scale of a temperature at ``pos`` written with no scale: one written elsewhere in
    the text; Fahrenheit above what Celsius weather reaches; the places and outlets its
    sentence names, then the text's; else Celsius, unsettled."""
    w = _words()
    c, f = _WRITTEN_C.search(text), _WRITTEN_F.search(text)
    if c is not None or f is not None:
        # (both: the one written first is the outlet's, "29C (84.2F)", "90F (32C)")
        cel = f is None or (c is not None and c.start() < f.start())
        m = c if cel else f
        return Scale(CELSIUS if cel else FAHRENHEIT, f"the text writes '{m.group().strip()}'",
                     True)
    if value > w.celsius_max:
        return Scale(FAHRENHEIT, f"above {w.celsius_max:g}, no weather in Celsius", True)
    a, b = sentence_around(text, pos)
    for lo, hi, where in ((a, b, "the sentence"), (0, len(text), "the text")):
        fm, cm = w.fahrenheit.search(text, lo, hi), w.celsius.search(text, lo, hi)
        if (fm is None) != (cm is None):
            m = fm or cm
            return Scale(FAHRENHEIT if fm else CELSIUS, f"{where} names '{m.group()}'", True)
    return Scale(CELSIUS, "no scale, place or outlet in the text: Fahrenheit kept as a "
                 "reading", False)


def written_scale_near(text: str, pos: int) -> str | None:
    """The scale of a temperature written with its scale ("-7C", "25°F") in the sentence
    around ``pos``, when it writes one scale only; else None."""
    a, b = sentence_around(text, pos)
    c, f = _WRITTEN_C.search(text, a, b), _WRITTEN_F.search(text, a, b)
    if (c is None) == (f is None):
        return None
    return CELSIUS if c is not None else FAHRENHEIT
