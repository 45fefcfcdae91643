"""A pint registry that knows the currencies of ``rules/vocab/units.yaml``.

pint has no currencies. Each ISO code is defined as its own base dimension
(``USD = [currency_USD]``), so amounts in one currency compare and convert among themselves
("$5m" vs "5,000,000 dollars", "3 dimes" vs "$0.30") but never into another currency. Sub-units
are defined as a fraction of their currency ("dime = 0.1 USD").

Importing pint and building a registry costs about a second of start-up, so nothing on the
extraction path imports this module; stages that compare units call ``registry()`` (cached).
How figures and units are shown to a reader is ``normalize.figures``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..extract import vocab
from ..resources import cache_dir


def currency_definitions() -> list[str]:
    """pint definition lines for every currency and sub-unit in units.yaml, and its extra
    ``definitions`` (units pint lacks: "basis_point = 0.0001")."""
    units = vocab.load("units.yaml")
    lines: list[str] = []
    for cur in units.get("currencies", []) or []:
        code = cur["code"]
        lines.append(f"{code} = [currency_{code}]")
        for sub in cur.get("subunits", []) or []:
            lines.append(f"{sub['unit']} = {float(sub['factor'])!r} * {code}")
    lines += [str(x) for x in units.get("definitions", []) or []]
    return lines


@lru_cache(maxsize=1)
def subunits() -> dict[str, tuple[str, float]]:
    """Each currency of units.yaml and sub-unit -> (its currency's code, its factor): "US_cent"
    -> ("USD", 0.01), "USD" -> ("USD", 1.0). Read without pint (the extraction path's cost)."""
    out: dict[str, tuple[str, float]] = {}
    for cur in vocab.load("units.yaml").get("currencies", []) or []:
        out[cur["code"]] = (cur["code"], 1.0)
        for sub in cur.get("subunits", []) or []:
            out[sub["unit"]] = (cur["code"], float(sub["factor"]))
    return out


@lru_cache(maxsize=1)
def registry() -> Any:
    """The shared pint ``UnitRegistry`` with currencies defined (built once per process).
    pint's own definitions are read through pint's cache in the user cache folder
    (``resources.cache_dir``: 0.18 -> 0.05 s CPU in a cold process; pint keys it by the
    definition files' content), or read afresh where that cache cannot be written or read;
    the currencies are defined on top each time."""
    import pint

    folder = cache_dir()
    try:
        ureg = pint.UnitRegistry(cache_folder=str(folder / "pint") if folder else None)
    except Exception:  # noqa: BLE001 - an unwritable folder or a damaged cache file
        ureg = pint.UnitRegistry()
    for line in currency_definitions():
        ureg.define(line)
    return ureg


def same_dimension(unit_a: str, unit_b: str) -> bool:
    """Whether two claim units measure the same kind of thing ("" is a plain count)."""
    if not unit_a or not unit_b:
        return not unit_a and not unit_b
    ureg = registry()
    try:
        return bool(ureg.parse_units(unit_a).dimensionality
                    == ureg.parse_units(unit_b).dimensionality)
    except Exception:  # noqa: BLE001 - pint raises many types for unparsable strings
        return False


def convert(value: float, unit: str, to: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to``, or None when pint cannot convert it."""
    ureg = registry()
    try:
        return float(ureg.Quantity(value, unit).to(to).magnitude)
    except Exception:  # noqa: BLE001
        return None
