"""`factcheck serve`'s HTTP side, over real HTTP (httpx against uvicorn on a loopback port):
the JSON API answers what the CLI prints, bad requests get one line, the page and downloads
work, and every response carries the security headers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "corpus" / "drafts" / "pokrovsk-draft.md"


@pytest.fixture(scope="module")
def client(serve_url):
    with httpx.Client(base_url=serve_url, timeout=60) as c:
        yield c


def test_api_check_returns_what_the_cli_prints(client, monkeypatch):
    from click.testing import CliRunner

    from factcheck.cli import main
    from warm_support import warm_parent

    text = DRAFT.read_text(encoding="utf-8")
    api = client.post("/api/check", json={"text": text})
    assert api.status_code == 200
    assert api.headers["content-type"].startswith("application/json")
    # the CLI's `check -` from the checkout, run in this process (a CLI process of its own cost
    # 2.9 CPU seconds, most of them its start; the command and what it prints are the same)
    warm_parent()
    monkeypatch.setenv("CI", "1")
    monkeypatch.chdir(ROOT)
    cli = CliRunner().invoke(main, ["check", "-", "--format", "json", "-q", "--jobs", "1"],
                             input=text)
    assert cli.exit_code == 1, cli.stderr  # the draft has an error flag
    assert api.text == cli.stdout
    doc = api.json()["documents"][0]
    assert {f["rule"] for f in doc["flags"]} >= {"dataset-figure-mismatch", "conflicting-figures"}


def test_date_and_title_fields_override_the_front_matter(client):
    text = DRAFT.read_text(encoding="utf-8")
    out = client.post("/api/check", json={"text": text, "date": "2024-12-27",
                                          "title": "Edited title"}).json()
    doc = out["documents"][0]
    assert doc["date"] == "2024-12-27" and doc["title"] == "Edited title"
    # dated ten days later, the day's figures are checked against that day's report
    statuses = {v["status"] for v in doc["verdicts"]}
    assert "contradicted" in statuses


def test_api_check_in_other_formats(client):
    text = DRAFT.read_text(encoding="utf-8")
    sarif = client.post("/api/check?format=sarif", json={"text": text})
    assert sarif.status_code == 200 and sarif.json()["version"] == "2.1.0"
    junit = client.post("/api/check?format=junit", json={"text": text})
    assert junit.status_code == 200 and junit.text.lstrip().startswith("<?xml")
    bad = client.post("/api/check?format=pdf", json={"text": text})
    assert bad.status_code == 400 and "unknown format" in bad.json()["error"]


@pytest.mark.parametrize("body, says", [
    (b"{not json", "invalid JSON"),
    (b"\xff\xfe", "not UTF-8"),
    (b"[1, 2]", "JSON object"),
    (json.dumps({"date": "2024-12-17"}).encode(), "'text' must be a string"),
    (json.dumps({"text": "   "}).encode(), "'text' is empty"),
    (json.dumps({"text": "x", "date": "17/12/2024x"}).encode(), "is not a date"),
    (json.dumps({"text": "x", "title": 3}).encode(), "'title' must be a string"),
    (json.dumps({"text": "x", "lang": "en"}).encode(), "unknown field 'lang'"),
])
def test_bad_requests_get_400_with_one_line(client, body, says):
    r = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400
    error = r.json()["error"]
    assert says in error and "\n" not in error and "Traceback" not in error


def test_bodies_over_2_mb_get_413(client):
    big = json.dumps({"text": "word " * (450 * 1024)}).encode()
    assert len(big) > 2 * 1024 * 1024
    r = client.post("/api/check", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "2 MB" in r.json()["error"]

    def chunks():  # no Content-Length: counted as it arrives
        for i in range(0, len(big), 256 * 1024):
            yield big[i:i + 256 * 1024]

    r = client.post("/api/check", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    small = client.post("/api/check", json={"text": "1,600 troops."})
    assert small.status_code == 200


def test_rules_and_health(client):
    rules = client.get("/api/rules").json()["rules"]
    ids = [r["id"] for r in rules]
    assert "dataset-figure-mismatch" in ids and ids == sorted(ids)
    assert all({"title", "severity", "help"} <= set(r) for r in rules)
    first = client.get("/healthz").json()
    assert first["status"] == "ok" and first["workers"] == 1 and first["store"] is True
    client.post("/api/check", json={"text": "Losses rose to 1,600 on Monday."})
    again = client.get("/healthz").json()
    assert again["pid"] == first["pid"] and again["workers_replaced"] == 0


def test_security_headers_everywhere(client):
    for r in (client.get("/"), client.get("/healthz"), client.get("/static/page.js"),
              client.post("/api/check", content=b"{")):
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp and "http" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_the_page_loads_nothing_from_elsewhere(client):
    page = client.get("/")
    assert page.status_code == 200 and "<textarea" in page.text
    assert "http://" not in page.text and "https://" not in page.text
    for asset in ("/static/page.js", "/static/page.css", "/static/report.css"):
        assert client.get(asset).status_code == 200


def test_form_check_marks_figures_and_offers_every_download(client):
    text = DRAFT.read_text(encoding="utf-8")
    page = client.post("/check", data={"text": text, "date": "", "title": ""})
    assert page.status_code == 200
    html = page.text
    assert 'class="claim contradicted flagged"' in html
    assert 'class="claim supported' in html
    # the charts are images the server draws when the browser asks for them
    charts = re.findall(r'<img loading="lazy"[^>]* src="(/chart/[^"]+\.svg)"', html)
    assert charts and "<svg" not in html
    svg = client.get(charts[0])
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.startswith("<svg")
    titles = [re.search(r">([^<>]*: [^<>]* to [^<>]*)<", client.get(c).text) for c in charts]
    assert any(t and t.group(1).startswith("1,900:") for t in titles)  # the contradicted figure
    assert client.get(charts[0].rsplit("/", 1)[0] + "/999.svg").status_code == 404
    assert client.get("/chart/unknown/0.svg").status_code == 404
    assert 'data-flags="' in html
    assert "style=" not in html  # a strict CSP would block inline styles
    for fmt, kind in [("json", "application/json"), ("sarif", "application/sarif+json"),
                      ("junit", "application/xml"), ("markdown", "text/markdown"),
                      ("html", "text/html"), ("text", "text/plain")]:
        assert f'formaction="/report/{fmt}"' in html
        r = client.post(f"/report/{fmt}", data={"text": text})
        assert r.status_code == 200, fmt
        assert r.headers["content-type"].startswith(kind)
        assert "attachment" in r.headers["content-disposition"]
    assert client.post("/report/json", data={"text": text}).json() == \
        client.post("/api/check", json={"text": text}).json()


def test_uploaded_file_is_checked(client):
    data = DRAFT.read_bytes()
    r = client.post("/check", data={"text": "", "date": "2024-12-17"},
                    files={"file": ("draft.md", data, "text/markdown")})
    assert r.status_code == 200 and "claim contradicted" in r.text
    bad = client.post("/check", data={"text": "My draft: 1,600 troops.", "title": "Kept"},
                      files={"file": ("x.md", b"\x00\x01bad\x00", "text/markdown")})
    assert bad.status_code == 400 and "x.md: binary file, not text" in bad.text
    assert "My draft: 1,600 troops.</textarea>" in bad.text and 'value="Kept"' in bad.text


def test_form_line_breaks_are_read_as_the_file_has_them(client):
    text = DRAFT.read_text(encoding="utf-8")
    crlf = client.post("/report/json", data={"text": text.replace("\n", "\r\n")}).json()
    assert crlf == client.post("/api/check", json={"text": text}).json()


def test_empty_form_is_one_line_error(client):
    r = client.post("/check", data={"text": "  "})
    assert r.status_code == 400 and "is empty" in r.text
