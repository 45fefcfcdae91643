"""Keys carried across paragraphs in an article of one measure and subject.

A measure or subject carried from another paragraph is weak (``readings.is_weak``): a finding
on it is at most a warning, because another count may stand between. When every figure of the
article that has a measure has the same measure and subject ("Russia lost 1,100 soldiers over
the past day ... || Since February 2022 the total has reached 990,080"), the carried key has
only one plausible reading: its basis says so ("carried (the article's one measure and
subject) from an earlier paragraph") and is no longer weak, so a mismatch on it may be an
error. A document default or no basis stays weak: nothing in the article wrote the key.

This module only rewrites the basis words; it decides no verdict.
"""

from __future__ import annotations

from typing import Any

CARRIED = ("carried from the previous paragraph", "carried from an earlier paragraph",
           "carried from the heading in another paragraph")
ONE_TOPIC = "carried (the article's one measure and subject) "


def settle_one_topic(drafts: list[dict[str, Any]]) -> None:
    """Mark the carried measure and subject of an article of one measure and subject as
    unambiguous (in place, in ``extra.basis``)."""
    topics = {(d.get("measure"), d.get("subject")) for d in drafts if d.get("measure")}
    if len(topics) != 1 or None in next(iter(topics)):
        return
    for d in drafts:
        extra = d.get("extra")
        if not extra or not d.get("measure"):
            continue
        for i, (k, v) in enumerate(extra):
            if k == "basis":
                extra[i] = (k, tuple((key, _settled(how) if key in ("measure", "subject")
                                      else how) for key, how in v))
                break


def _settled(how: str) -> str:
    for carried in CARRIED:
        if how.startswith(carried):
            return ONE_TOPIC + how[len("carried "):]
    return how
