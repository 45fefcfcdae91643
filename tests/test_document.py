"""Reading inputs: formats, front matter, offsets, and one clear line for every bad input."""

from datetime import date

import pytest

from factcheck.document import load_inputs, load_path
from factcheck.model import Document, DocumentError


def test_markdown_front_matter_sets_date_title_and_line_offset(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: Losses\ndate: 2024-12-17\noutlet: Desk\n---\nFirst line.\n"
                 "Troops: 1,600.\n", encoding="utf-8")
    (doc,) = load_path(p)
    assert isinstance(doc, Document)
    assert doc.date == date(2024, 12, 17) and doc.title == "Losses" and doc.outlet == "Desk"
    assert doc.text.startswith("First line.")
    off = doc.text.index("1,600")
    assert doc.line_col(off) == (7, 9)  # line 7 of the file, column 9


def test_date_override_wins(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ndate: 2024-12-17\n---\nText\n", encoding="utf-8")
    (doc,) = load_path(p, date_override=date(2024, 12, 27))
    assert doc.date == date(2024, 12, 27)


def test_malformed_front_matter_names_file_and_line(tmp_path):
    p = tmp_path / "bad.md"
    p.write_text("---\ntitle: ok\ndate: [unclosed\n---\nBody\n", encoding="utf-8")
    (err,) = load_path(p)
    assert isinstance(err, DocumentError)
    assert err.path == str(p) and err.line is not None and err.line >= 3
    assert "front matter" in err.message


def test_unclosed_front_matter(tmp_path):
    p = tmp_path / "bad.md"
    p.write_text("---\ntitle: ok\nBody\n", encoding="utf-8")
    (err,) = load_path(p)
    assert "closing" in err.message


def test_binary_and_invalid_utf8_and_missing(tmp_path):
    b = tmp_path / "img.txt"
    b.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    u = tmp_path / "latin.txt"
    u.write_bytes("ok\nna\xefve\n".encode("latin-1"))
    (eb,) = load_path(b)
    (eu,) = load_path(u)
    (em,) = load_path(tmp_path / "nope.md")
    assert "binary" in eb.message
    assert "UTF-8" in eu.message and eu.line == 2
    assert "no such file" in em.message


def test_jsonl_bad_line_is_reported_and_others_read(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text('{"id": "a", "text": "One.", "date": "2024-12-17"}\n'
                 '{"id": "b", "text": \n'
                 '\n'
                 '{"id": "c", "text": "Three."}\n'
                 '{"id": "d"}\n', encoding="utf-8")
    docs, errors = load_inputs([str(p)])
    assert [d.id for d in docs] == ["a", "c"]
    assert docs[0].date == date(2024, 12, 17)
    assert [(e.line, "JSONL" in e.message or "text" in e.message) for e in errors] == \
        [(2, True), (5, True)]


def test_directory_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.md").write_text("Z", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / ".hidden" / "x.md").write_text("X", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    docs, errors = load_inputs([str(tmp_path)])
    assert [d.text for d in docs] == ["A", "Z"] and not errors


def test_stdin_text_and_bom(tmp_path):
    docs, _ = load_inputs(["-"], stdin_text="---\ndate: 2024-01-02\n---\nHello")
    assert docs[0].path == "<stdin>" and docs[0].date == date(2024, 1, 2)
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffHello".encode("utf-8"))
    (doc,) = load_path(p)
    assert doc.text == "Hello"


def test_documents_are_picklable():
    import pickle

    doc = Document(id="x", text="t", date=date(2024, 1, 1), meta=(("k", ("a", "b")),))
    assert pickle.loads(pickle.dumps(doc)) == doc


@pytest.mark.parametrize("head,expected,line", [
    ("Published: December 17, 2024\n\n", date(2024, 12, 17), 1),
    ("# Russia's losses\n\nTuesday, 17 December 2024\n\n", date(2024, 12, 17), 3),
    ("By Jane Doe | 17 Dec 2024\n", date(2024, 12, 17), 1),
    ("Updated Dec. 18, 2024 09:30 GMT\nPublished Dec. 17, 2024\n", date(2024, 12, 17), 2),
    ("**Posted 3 January 2025, 14:05**\n", date(2025, 1, 3), 1),
    ("Headline\n\n2024-12-17\n\n", date(2024, 12, 17), 3),
])
def test_publication_date_written_in_the_first_lines(tmp_path, head, expected, line):
    p = tmp_path / "a.txt"
    p.write_text(head + "Russia lost 1,600 troops over the past 24 hours.\n", encoding="utf-8")
    (doc,) = load_path(p)
    assert doc.date == expected
    assert dict(doc.meta)["date_from_text"] == f"line {line}"


@pytest.mark.parametrize("text", [
    "KYIV, Dec 17 (Reuters) - Russia lost 1,600 troops.\n",          # no year
    "Russia lost 1,600 troops on 17 December 2024, Ukraine said.\n",  # a date in the news
    "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\nPublished 17 December 2024\n",  # too far down
])
def test_no_publication_date_from_the_news_itself(tmp_path, text):
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    (doc,) = load_path(p)
    assert doc.date is None


def test_front_matter_and_override_beat_a_date_in_the_text(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("---\ndate: 2024-12-20\n---\nPublished: December 17, 2024\n\nBody.\n",
                 encoding="utf-8")
    assert load_path(p)[0].date == date(2024, 12, 20)
    q = tmp_path / "b.txt"
    q.write_text("Published: December 17, 2024\n\nBody.\n", encoding="utf-8")
    assert load_path(q, date(2024, 12, 1))[0].date == date(2024, 12, 1)
