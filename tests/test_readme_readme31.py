"""README.md keeps current figures; docs/measured-history.md keeps every earlier one.

The README's "Measured" table and its test-time paragraph grew by a paragraph a session until
the thirtieth; readme31 moved the history to docs/measured-history.md. These tests check that
nothing was lost (every sentence of README.md at commit 2b631ea3, read from git, is in README.md
or docs/measured-history.md now) and that the links between the two and into docs resolve.
"""
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
HISTORY = ROOT / "docs" / "measured-history.md"
BEFORE = "2b631ea3"  # the README before the restructuring: the thirtieth session's end

LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")


def old_readme():
    """README.md at BEFORE from git, or skip when git or the commit is not there."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    shown = subprocess.run(["git", "show", f"{BEFORE}:README.md"], cwd=ROOT,
                           capture_output=True, text=True)
    if shown.returncode != 0:
        pytest.skip(f"commit {BEFORE} is not in this clone: {shown.stderr.strip()[:200]}")
    return shown.stdout


def units(markdown):
    """The README's paragraphs and table cells, each flattened to one line."""
    blocks = re.split(r"\n\s*\n", markdown)
    out = []
    for block in blocks:
        if block.lstrip().startswith("|"):
            for row in block.splitlines():
                out.extend(cell.strip() for cell in row.strip().strip("|").split(" | "))
        else:
            out.append(block)
    return [re.sub(r"\s+", " ", LINK.sub(r"\1", unit)).strip() for unit in out]


def sentences(markdown):
    """Sentences (split after a full stop) of each paragraph and table cell."""
    found = []
    for unit in units(markdown):
        found.extend(s.strip() for s in re.split(r"(?<=\.)\s+", unit) if s.strip(" -|"))
    return found


def flatten(markdown):
    """Markdown as lines of words, one per paragraph or table cell, links as their text."""
    return "\n".join(units(markdown))


def anchors(markdown):
    """GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens."""
    heads = re.findall(r"(?m)^#{1,6}\s+(.+?)\s*$", markdown)
    return {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in heads}


def lost_sentences(old, readme, history):
    """The sentences of the old README that are neither in `readme` nor in `history`."""
    now = flatten(readme) + " " + flatten(history)
    return [s for s in sentences(old) if s not in now]


def test_every_old_sentence_is_kept():
    old = old_readme()
    assert len(sentences(old)) > 400, "the old README should split into many sentences"
    readme, history = (f.read_text(encoding="utf-8") for f in (README, HISTORY))
    lost = lost_sentences(old, readme, history)
    assert not lost, f"{len(lost)} sentences of README.md at {BEFORE} are lost, e.g. {lost[:3]}"


def test_the_check_notices_a_lost_sentence():
    old = old_readme()
    history = HISTORY.read_text(encoding="utf-8")
    label = "**Twenty-ninth session, 2026-12-06**"
    entry = next(line for line in history.splitlines() if label in line)
    gone = entry.split("**: ", 1)[1].split(". ")[0]
    lost = lost_sentences(old, README.read_text(encoding="utf-8"), history.replace(gone, ""))
    assert lost and all(s.startswith(gone[:40]) for s in lost), lost[:3]


def test_readme_is_short_and_its_table_cells_readable():
    text = README.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 40_000
    table = text.split("## Measured", 1)[1].split("\n## ", 1)[0]
    rows = [r for r in table.splitlines() if r.startswith("| ") and "---" not in r]
    assert len(rows) > 20
    for row in rows:
        cells = [c.strip() for c in row.strip().strip("|").split(" | ")]
        assert len(cells) == 4, row[:80]
        assert len(cells[1]) <= 330, f"a figure cell over ~3 lines: {cells[1][:80]}"


def test_every_measured_row_links_to_its_history_section():
    text = README.read_text(encoding="utf-8")
    table = text.split("## Measured", 1)[1].split("\n## ", 1)[0]
    rows = [r for r in table.splitlines()[1:] if r.startswith("| ") and "---" not in r][1:]
    for row in rows:
        assert "(docs/measured-history.md#" in row, f"no history link: {row[:80]}"


def test_links_to_the_history_resolve():
    targets = anchors(HISTORY.read_text(encoding="utf-8"))
    links = [t for _, t in LINK.findall(README.read_text(encoding="utf-8"))
             if t.startswith("docs/measured-history.md#")]
    assert links
    missing = [t for t in links if t.split("#", 1)[1] not in targets]
    assert not missing, f"README links to sections the history lacks: {missing}"


@pytest.mark.parametrize("doc", [README, HISTORY], ids=["README", "history"])
def test_local_links_resolve(doc):
    bad = []
    for _, target in LINK.findall(doc.read_text(encoding="utf-8")):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (doc.parent / path).resolve() if path else doc
        if not file.exists():
            bad.append(target)
        elif anchor and file.suffix == ".md":
            if anchor not in anchors(file.read_text(encoding="utf-8")):
                bad.append(target)
    assert not bad, f"{doc.name}: links that do not resolve: {bad}"
