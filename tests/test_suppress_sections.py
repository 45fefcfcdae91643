"""An inline suppression comment changes no claim: inserted above a key-points list (where the
editor's page puts it for a flag in the list), the list is still read as key points."""

from __future__ import annotations

from pathlib import Path

from factcheck.document import read_text_document
from factcheck.extract.text import sections
from factcheck.normalize import claims_for

DRAFT = Path(__file__).resolve().parents[1] / "corpus" / "drafts" / "pokrovsk-draft.md"
COMMENT = '<!-- factcheck: ignore changed-assessment reason="checked with the desk" -->'


def test_a_comment_line_keeps_the_key_points_list():
    text = f"**Key points**\n\n{COMMENT}\n- Losses: 1,600\n- Tanks: 4\n\nBody text 5.\n"
    kinds = [(text[s.start:s.end][:6], s.kind) for s in sections(text, has_title=True)]
    assert kinds == [("**Key ", "keypoints"), (COMMENT[:6], "keypoints"),
                     ("- Loss", "keypoints"), ("- Tank", "keypoints"), ("Body t", "body")]


def test_a_comment_first_is_not_the_headline():
    text = f"{COMMENT}\nShort headline\nBody text with 5 boats.\n"
    kinds = [s.kind for s in sections(text)]
    assert kinds == ["body", "headline", "body"]


def test_suppressing_a_key_point_changes_no_claim_of_the_demo_draft():
    raw = DRAFT.read_text(encoding="utf-8")
    first_bullet = next(line for line in raw.splitlines() if line.startswith("- "))
    edited = raw.replace(first_bullet, f"{COMMENT}\n{first_bullet}", 1)
    before = claims_for(read_text_document(raw, "draft.md"))
    after = claims_for(read_text_document(edited, "draft.md"))
    assert [(c.text, c.section, c.measure, c.subject) for c in after] == \
        [(c.text, c.section, c.measure, c.subject) for c in before]
    assert any(c.section == "keypoints" for c in after)
