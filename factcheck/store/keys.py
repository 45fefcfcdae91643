"""The keys records are stored and looked up by: a text's hash, a resolved path, a claim's place.

Shared by ``store`` (writing) and ``lookup`` (reading) so that both agree; it must import
neither of them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..model import Claim


def text_hash(text: str) -> str:
    """A document's content hash (hex SHA-256 of its UTF-8 text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def resolved_path(path: str | None) -> str | None:
    """An absolute path for a file path; "<stdin>"-style names and None as given."""
    if not path or path.startswith("<"):
        return path
    try:
        return str(Path(path).resolve())
    except OSError:
        return path


def claim_place(claim: Claim) -> str | None:
    """What a distance or position is measured to ("3 km from Pokrovsk"), from ``extra["place"]``."""
    v = claim.extra_dict().get("place")
    return v if isinstance(v, str) and v else None
