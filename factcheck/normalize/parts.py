"""A figure's named part: the draft key that says a figure is of a part its text names.

A breakdown's list line ("- 1 to 10 years: 49 cases") or a business segment named in the
figure's clause ("its ice cream business grew sales 3.1%") makes the figure a part of its
subject: the subject is shown as "<subject> / <part>" and the draft keeps the part's name under
``PART``. Later stages that would carry a subject, a period or a whole onto the figure ask
``named_part`` and leave a named part as it is. Set in one place (``name_part``), read in one.
"""

from __future__ import annotations

from typing import Any

PART = "part"       # draft key: the name of the part a figure was named as, if any


def name_part(d: dict[str, Any], name: str) -> None:
    """Make draft ``d`` a figure of the part ``name`` of its subject (once: naming the same part
    again changes nothing)."""
    if d.get(PART) == name:
        return
    subj = d.get("subject")
    d["subject"] = f"{subj} / {name}" if subj else name
    d[PART] = name


def named_part(d: dict[str, Any]) -> bool:
    """Whether draft ``d`` was named as a part (``name_part``)."""
    return d.get(PART) is not None
