"""Units a figure's words leave to its reader (issue #12, dates34): ``implicit_units``.

Pounds of money written as a word. "Pounds" is a mass and a currency. Wire and results copy
writes sterling amounts in words: "Profit before tax dropped to 8.7 million pounds from 516.5
million pounds"; "Revenue was 2.2 billion pounds". A figure read as pounds of mass is sterling
when it is counted in millions, billions or thousands, what it weighs is not named after it
("2 million pounds of beef"), and its sentence writes a money noun or verb (numbers.yaml
``money_pound_words``) and no weighing word (``mass_pound_words``).

(A bracketed figure after a percentage, "Labour 27% (-1)", "78% (50,000)", keeps its own
unit, none: given the share's, the share-sum rules read it as another share.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..extract import vocab

_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|mn|bn)[ \u00a0]+pounds?\b")
_OF_AFTER = re.compile(r"[ \u00a0]+of\b")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nums = vocab.load("numbers.yaml")

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in nums.get(key, ())) +
                          r")\b")
    return rx("money_pound_words"), rx("mass_pound_words")


def money_pounds(low: str, drafts: list[dict[str, Any]]) -> None:
    """Make sterling the pounds of mass that are money (module docstring)."""
    for d in drafts:
        if d["unit"] != "pound" or not _SCALED.search(low, d["start"], d["end"]) or \
                _OF_AFTER.match(low, d["end"]):
            continue
        money, mass = _words()
        ss, se = d["sentence"]
        if money.search(low, ss, se) and not mass.search(low, ss, se):
            d["unit"] = "GBP"


def implicit_units(low: str, drafts: list[dict[str, Any]]) -> None:
    """The units a figure's words leave implicit (module docstring), set on the drafts."""
    money_pounds(low, drafts)
