"""An earlier record the story's figure beat (issue #11, everyday94).

"A record 3,834,106 spectators watched ... The total beat the previous best of 3,639,331, set
in 2018-19, by 194,775. ... the Glasgow pair accounted for 2,049,935, or 53.5% of the league's
total": the figure after "the previous best", "the old record", "the former high" is an
earlier season's level, no whole of the parts the story tells after it (the whole a share or a
part "accounted for" is worked from is looked for past it). This module reads words; it never
judges.
"""

from __future__ import annotations

import re
from typing import Any

# the words right before an earlier record: "beat the previous best of 3,639,331", "the old
# record of 1.2 million", "the previous high was 41,000"
_EARLIER_RECORD_BEFORE = re.compile(r"\b(?:previous|former|old|earlier|last|prior)[ \u00a0]+"
                                    r"(?:all-time[ \u00a0]+)?(?:best|record|high|peak|highest)"
                                    r"(?:[ \u00a0]+(?:of|was|stood[ \u00a0]+at))?[ \u00a0]+$")


def record_beaten(low: str, w: dict[str, Any]) -> bool:
    """Whether figure ``w`` is an earlier record ("the previous best of 3,639,331")."""
    return _EARLIER_RECORD_BEFORE.search(low, max(0, w["start"] - 40), w["start"]) is not None

