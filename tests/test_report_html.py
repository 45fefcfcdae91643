"""The html report: self-contained, escaped, claims marked by status, charts, and a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from report_fixture import RULES_META, SERIES, build_result

from factcheck import report
from factcheck.model import Claim, Document, DocumentResult, Evidence, Flag, RunResult, Verdict

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
HOSTILE = "<script>alert(\"x\")</script> ' \" & <img src=x onerror=alert(1)> </textarea>"


class _Tags(HTMLParser):
    """Collects tags, attributes and text as a browser's parser would see them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    return p


def _hostile_result() -> RunResult:
    text = f"Title {HOSTILE}\n\nThe ministry said 40 {HOSTILE} drones were shot down.\n"
    doc = Document(id=HOSTILE, text=text, path=f"drafts/{HOSTILE}.md", title=HOSTILE,
                   outlet=HOSTILE)
    s = text.index("40")
    c = Claim(id=HOSTILE, text=text[s : s + 2], start=s, end=s + 2, line=3, column=s + 1,
              value=40, unit="", lower=40, upper=40)
    ev = Evidence(kind="article", value=41, text=HOSTILE, source=HOSTILE, detail=HOSTILE)
    f = Flag(id="f", rule=HOSTILE, severity="error", message=HOSTILE, start=s, end=s + 2,
             line=3, column=s + 1, claims=(HOSTILE,), evidence=(ev,), suppressed=HOSTILE,
             suggestion=HOSTILE)
    return RunResult((DocumentResult(doc, claims=(c,), flags=(f,),
                                     verdicts=(Verdict(HOSTILE, "contradicted", (ev,)),),
                                     error=HOSTILE),))


def test_hostile_text_is_escaped_everywhere():
    meta = {HOSTILE: {"title": HOSTILE, "help": HOSTILE, "description": HOSTILE}}
    page = report.render("html", _hostile_result(), rules_meta=meta)
    parsed = _parse(page)
    tags = [t for t, _ in parsed.tags]
    assert "script" not in tags and "img" not in tags and "textarea" not in tags
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    # the words themselves are shown, as text
    assert sum(HOSTILE in t for t in parsed.text) >= 5


def test_page_loads_nothing_from_anywhere():
    page = report.render("html", build_result(), rules_meta=RULES_META, series=SERIES)
    parsed = _parse(page)
    for tag, attrs in parsed.tags:
        for name in ("src", "href", "xlink:href", "action", "data"):
            value = attrs.get(name) or ""
            assert not re.match(r"\s*(https?:|//|file:|ftp:)", value, re.I), (tag, name, value)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:|//)", page)
    assert not re.search(r"@import", page)
    assert "<script" not in page
    assert "Content-Security-Policy" in page


def test_claims_marked_by_status_and_flags_beside_them():
    page = report.render("html", build_result(), rules_meta=RULES_META)
    marks = re.findall(r'<mark class="claim ([a-z ]+)"[^>]*data-status="(\w+)"[^>]*>([^<]+)</mark>',
                       page)
    got = {words: status for _cls, status, words in marks}
    assert got == {"1,520 Russian soldiers": "supported", "about 1,200 soldiers": "contradicted",
                   "3 tanks": "unverified", "770,000": "contradicted",
                   "12 new shelters": "unverified"}
    assert "flagged" in next(cls for cls, _s, w in marks if w == "about 1,200 soldiers")
    para = page[page.index("about 1,200 soldiers</mark>"):]
    para = para[: para.index('<div class="para">')]
    assert "Two figures for the same thing cannot both hold" in para
    assert "this article, line 7" in para
    assert "suppressed</span> the spokesman&#x27;s own words" in page


def test_chart_for_a_claim_checked_against_a_series():
    page = report.render("html", build_result(), rules_meta=RULES_META, series=SERIES)
    charts = re.findall(r'<figure class="chart"[^>]*aria-label="([^"]*)">(<svg.*?</svg>)</figure>',
                        page, re.S)
    labels = [label for label, _ in charts]
    assert any("770,000" in label for label in labels)
    svg = next(svg for label, svg in charts if "770,000" in label)
    # the series has 21 points: matplotlib draws one marker per point
    assert len(re.findall(r"<use xlink:href=\"#ch\d+-m[0-9a-f]+\"", svg)) >= 21
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "ids in inline charts collide"
    no_charts = report.render("html", build_result(), rules_meta=RULES_META, charts=False)
    assert "<svg" not in no_charts


def test_chart_falls_back_to_dated_evidence():
    page = report.render("html", build_result(), rules_meta=RULES_META)
    assert page.count('<figure class="chart"') == 3  # c1, c2 (flags) and c4, one dataset point each


def test_charts_are_capped_and_the_cap_is_said():
    page = report.render("html", build_result(), rules_meta=RULES_META, max_charts=1)
    assert page.count('<figure class="chart"') == 1
    assert "2 more charts were left out" in page


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.slow
def test_opened_in_headless_chromium_shows_highlighted_figures(tmp_path):
    browser = _chromium()
    if browser is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    page = tmp_path / "report.html"
    page.write_text(report.render("html", build_result(), rules_meta=RULES_META, series=SERIES),
                    encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report-html.png"
    if shot.exists():
        shot.unlink()
    common = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
              "--no-first-run", "--disable-background-networking", "--disable-component-update",
              "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*common, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    marks = dict((w, s) for s, w in re.findall(
        r'<mark class="claim [a-z ]+"[^>]*data-status="(\w+)"[^>]*>([^<]+)</mark>', dom))
    assert marks["about 1,200 soldiers"] == "contradicted"
    assert marks["1,520 Russian soldiers"] == "supported"
    assert marks["3 tanks"] == "unverified"
    assert "<script" not in dom.split("</head>", 1)[1]
    subprocess.run([*common, "--window-size=1280,2000", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


def test_paragraphs_split_on_blank_lines_without_leading_space():
    from factcheck.report.html import paragraphs

    text = "\n**Key points**\n\n- a 1\n- b 2\n \t\n  Body 3.\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["**Key points**", "- a 1\n- b 2",
                                                         "Body 3."]
