"""Self-consistency of the bundled corpus (corpus/articles, corpus/drafts, corpus/README.md).

These tests check the corpus as data: front matter, dates, sizes, and that every deliberate
error documented in corpus/README.md is really present, verbatim, in the file it names. They do
not run the factcheck pipeline and must not import the factcheck package: what the engine makes
of the corpus is tested elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ARTICLES = CORPUS / "articles"
DRAFTS = CORPUS / "drafts"
README = CORPUS / "README.md"

FIRST_DAY = dt.date(2024, 11, 1)
LAST_DAY = dt.date(2025, 1, 31)
# The ids of the rules that must flag the deliberate errors (rules/consistency, rules/prior).
ERROR_FLAGS = {
    "conflicting-figures",
    "dataset-figure-mismatch",
    # a mismatch whose subject is carried from another paragraph: a warning (docs/rules.md)
    "dataset-figure-mismatch-unsure",
    "stale-cumulative",
    "parts-exceed-total",
    "wrong-arithmetic",
    "prior-article-conflict",
}


def split_front_matter(path: Path) -> tuple[dict, str]:
    """Return (front matter, body) of a Markdown file that opens with a YAML block."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"\A---\n(.*?)\n---\n(.*)\Z", text, re.S)
    assert match, f"{path.name}: no YAML front matter between '---' lines at the top"
    meta = yaml.safe_load(match.group(1))
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, match.group(2)


def squash(text: str) -> str:
    """Collapse runs of whitespace, so that hard-wrapped lines compare as one sentence."""
    return " ".join(text.split())


def readme_table(heading: str) -> list[dict[str, str]]:
    """Parse the first Markdown table after `heading` in corpus/README.md into row dicts."""
    lines = README.read_text(encoding="utf-8").splitlines()
    try:
        start = lines.index(heading)
    except ValueError:
        pytest.fail(f"corpus/README.md has no {heading!r} section")
    table: list[list[str]] = []
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        if line.startswith("|"):
            table.append([cell.strip() for cell in line.strip().strip("|").split("|")])
        elif table:
            break
    assert len(table) >= 3, f"{heading}: expected a header, a separator and rows"
    header, separator, *rows = table
    assert all(set(cell) <= set(":-") for cell in separator), f"{heading}: bad separator row"
    for row in rows:
        assert len(row) == len(header), f"{heading}: row has {len(row)} cells: {row}"
    return [dict(zip(header, row)) for row in rows]


def unquote(cell: str) -> str:
    return cell.strip().strip("`")


ARTICLE_PATHS = sorted(ARTICLES.glob("*.md"))


def test_corpus_has_at_least_twenty_articles():
    assert len(ARTICLE_PATHS) >= 20


@pytest.mark.parametrize("path", ARTICLE_PATHS, ids=lambda p: p.name)
def test_article_front_matter_and_size(path: Path):
    meta, body = split_front_matter(path)
    for key in ("title", "date", "outlet", "author"):
        assert isinstance(meta.get(key), (str, dt.date)) and str(meta[key]).strip(), (
            f"{path.name}: front matter lacks {key!r}"
        )
    assert isinstance(meta["date"], dt.date), f"{path.name}: date is not a YYYY-MM-DD date"
    assert FIRST_DAY <= meta["date"] <= LAST_DAY, f"{path.name}: date {meta['date']} out of range"
    assert path.name.startswith(meta["date"].isoformat()), f"{path.name}: name and date differ"
    words = len(body.split())
    assert 150 <= words <= 450, f"{path.name}: {words} words"


def test_articles_use_two_or_three_outlets_and_span_the_period():
    metas = [split_front_matter(p)[0] for p in ARTICLE_PATHS]
    outlets = {m["outlet"] for m in metas}
    assert 2 <= len(outlets) <= 3, outlets
    months = {(m["date"].year, m["date"].month) for m in metas}
    assert months == {(2024, 11), (2024, 12), (2025, 1)}


def test_readme_lists_every_article_and_nothing_else():
    rows = readme_table("## The articles")
    listed = [unquote(row["file"]) for row in rows]
    assert sorted(listed) == [p.name for p in ARTICLE_PATHS]
    for row in rows:
        meta, _ = split_front_matter(ARTICLES / unquote(row["file"]))
        assert row["date"] == meta["date"].isoformat(), row["file"]
        assert row["outlet"] == meta["outlet"], row["file"]


ERROR_ROWS = readme_table("## Deliberate errors") if README.exists() else []


def test_deliberate_errors_are_four_or_five_of_different_kinds():
    assert 4 <= len(ERROR_ROWS) <= 5
    files = [unquote(row["file"]) for row in ERROR_ROWS]
    assert len(set(files)) == len(files), "one deliberate error per article"
    assert len({row["flag"] for row in ERROR_ROWS}) == len(ERROR_ROWS), "each of a different kind"


def test_error_flags_are_shipped_rule_ids():
    shipped = {p.stem for p in (CORPUS.parent / "rules").glob("*/*.yaml")}
    assert ERROR_FLAGS - {"parts-exceed-total"} <= shipped


@pytest.mark.parametrize("row", ERROR_ROWS, ids=lambda r: unquote(r["file"]))
def test_deliberate_error_is_present_verbatim(row: dict[str, str]):
    path = ARTICLES / unquote(row["file"])
    assert path.is_file(), f"{path.name} is listed in the README but does not exist"
    assert unquote(row["flag"]) in ERROR_FLAGS, row["flag"]
    assert row["true value"], f"{path.name}: the README gives no true value"
    _, body = split_front_matter(path)
    sentence = squash(row["sentence"])
    assert len(sentence) > 20
    assert sentence in squash(body), f"{path.name}: sentence not found: {sentence!r}"


def test_internal_conflict_error_disagrees_with_its_key_points():
    """The (c) article's body must state a figure its own key points contradict."""
    (row,) = [r for r in ERROR_ROWS if unquote(r["flag"]) == "conflicting-figures"]
    _, body = split_front_matter(ARTICLES / unquote(row["file"]))
    key_points, _, rest = body.partition("**Key points**")[2].lstrip().partition("\n\n")
    wrong = re.findall(r"\d[\d,]*\d", row["sentence"])[0]
    true = re.findall(r"\d[\d,]*\d", row["true value"])[0]
    assert true in key_points and wrong not in key_points
    assert wrong in squash(body)


def test_demo_draft_has_its_one_visible_error():
    meta, body = split_front_matter(DRAFTS / "pokrovsk-draft.md")
    assert meta["date"] == dt.date(2024, 12, 17)
    assert {"title", "outlet"} <= meta.keys()
    head, sep, rest = body.partition("**Key points**")
    assert sep, "the demo draft needs a Key points list"
    key_points, _, main_text = rest.lstrip().partition("\n\n")
    assert "1,600" in key_points and "1,900" not in key_points
    assert "1,900" in main_text and "1,600" not in main_text
    for figure in ("765,000", "3 km", "4 tanks", "15 armoured", "8 artillery", "34 drones", "70 vehicles"):
        assert figure in squash(body), figure


def test_clean_draft_is_another_december_day():
    meta, body = split_front_matter(DRAFTS / "clean-draft.md")
    assert isinstance(meta["date"], dt.date)
    assert (meta["date"].year, meta["date"].month) == (2024, 12)
    assert meta["date"] != dt.date(2024, 12, 17)
    assert {"title", "outlet"} <= meta.keys()
    assert 150 <= len(body.split()) <= 450


@pytest.mark.parametrize(
    "path", ARTICLE_PATHS + sorted(DRAFTS.glob("*.md")), ids=lambda p: p.name
)
def test_key_points_bullets_are_one_line_each(path: Path):
    """A wrapped bullet would end the Key points block early for the section reader."""
    _, body = split_front_matter(path)
    if "**Key points**" not in body:
        return
    block = body.partition("**Key points**")[2].lstrip().partition("\n\n")[0]
    lines = block.splitlines()
    assert lines, f"{path.name}: empty Key points list"
    for line in lines:
        assert line.startswith("- "), f"{path.name}: Key points line is not a bullet: {line!r}"
