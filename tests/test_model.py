"""The data model's own guarantees: the hot-path claim constructor builds the same claims."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest

from factcheck.model import Claim, Document
from factcheck.normalize import claims_for


def _some_claims() -> tuple[Claim, ...]:
    text = ("Russia lost more than 765,000 troops since February 2022, including about 1,600 "
            "over the past 24 hours, according to the Ukrainian General Staff.")
    got = claims_for(Document(id="m", text=text, date=date(2024, 12, 17)))
    assert got
    return got


def test_from_fields_equals_the_dataclass_constructor() -> None:
    for c in _some_claims():
        fields = {f.name: getattr(c, f.name) for f in dataclasses.fields(Claim)}
        slow = Claim(**fields)
        fast = Claim.from_fields(dict(fields))
        assert fast == slow and hash(fast) == hash(slow)
        assert pickle.loads(pickle.dumps(fast)) == slow
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.value = 1.0  # type: ignore[misc]


def test_from_fields_rejects_missing_or_unknown_fields() -> None:
    c = _some_claims()[0]
    fields = {f.name: getattr(c, f.name) for f in dataclasses.fields(Claim)}
    with pytest.raises(TypeError, match="missing \\['value'\\]"):
        Claim.from_fields({k: v for k, v in fields.items() if k != "value"})
    with pytest.raises(TypeError, match="unknown \\['colour'\\]"):
        Claim.from_fields(fields | {"colour": "red"})
