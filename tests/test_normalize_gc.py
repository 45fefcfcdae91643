"""``normalize`` pauses the cycle collector for one document and leaves it as it found it."""

from __future__ import annotations

import gc
from datetime import date

import pytest

from factcheck.model import Document
from factcheck.normalize import claims_for

DOC = Document(id="d", text="Russia lost 1,200 troops on Monday, up from 1,100.",
               date=date(2024, 12, 17))


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert len(claims_for(DOC)) == 2
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_the_collector_is_back_after_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.normalize as N

    def boom(doc: Document, max_figures: int = 0) -> None:
        assert not gc.isenabled()     # paused while the document is normalized
        raise RuntimeError("stage failed")

    monkeypatch.setattr(N, "_normalize", boom)
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        N.normalize(DOC)
    assert gc.isenabled()
