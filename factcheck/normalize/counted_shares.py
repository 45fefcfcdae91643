"""How far a count has gone, or a side's share of what is counted so far: "with 86.9% of the vote
counted" (the count's progress: measure ``count_progress``, rules/vocab/measures.yaml) against
"Hiremath had 50.72% of the votes tallied so far" (a candidate's share of the counted votes).

Called by ``relations.relate`` on the drafts of one document. A figure the vocabulary read as
``count_progress`` by a phrase of counted votes ("of the vote counted", "of the votes tallied")
stays so only after "with" (an absolute clause: "with 86.9% of the vote counted") or with no
verb of taking before it; after "had", "won", "took", "got" or "received" it is the side's
share (``vote_share``). "of precincts reporting" and a bare "counted" name no share and stay.
This module reads words; it never judges.
"""

from __future__ import annotations

import re
from typing import Any

# the phrase after the figure that names votes counted so far
_OF_VOTES_COUNTED = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:vote|votes|ballots)"
                               r"[ \u00a0]+(?:counted|tallied)\b")
# a verb of taking right before the figure (a hedge between allowed)
_TAKEN_BEFORE = re.compile(r"\b(?:had|has|have|won|wins|took|takes|got|gets|received|receives|"
                           r"secured|polled|was[ \u00a0]+on|is[ \u00a0]+on)[ \u00a0]+"
                           r"(?:(?:about|around|nearly|almost|just|some)[ \u00a0]+)?$")


def counted_shares(low: str, drafts: list[dict[str, Any]]) -> None:
    """Read a taken share of the counted votes as the side's vote share (module docstring)."""
    if "counted" not in low and "tallied" not in low:
        return
    for d in drafts:
        if d.get("measure") != "count_progress" or not _OF_VOTES_COUNTED.match(low, d["end"]):
            continue
        if _TAKEN_BEFORE.search(low, max(d["sentence"][0], d["start"] - 30), d["start"]):
            d["measure"] = "vote_share"
