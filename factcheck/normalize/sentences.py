"""The figures of a document grouped by the sentence they stand in.

Many passes read a figure against the others of its sentence ("rose 9% to £4.1bn from £3.8bn"):
``by_sentence`` gives each sentence's figures once, in reading order, for them to share.
"""

from __future__ import annotations

from typing import Any


def by_sentence(drafts: list[dict[str, Any]]) -> dict[tuple[int, int], list[int]]:
    """Draft indexes by sentence (its span), sentences and figures in order."""
    by_sent: dict[tuple[int, int], list[int]] = {}
    for i, d in enumerate(drafts):
        by_sent.setdefault(d["sentence"], []).append(i)
    return by_sent


__all__ = ["by_sentence"]
