"""The editor's page in a real browser: Playwright driving Debian's chromium.

Paste the demo draft, check it, see the figures marked, move to the first flag with the
keyboard, suppress it with a reason (the page writes the inline comment into the draft),
check again and see the flag reported as suppressed. A screenshot goes to the test's tmp folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "corpus" / "drafts" / "pokrovsk-draft.md"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


def _chromium() -> str | None:
    for name in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if name and Path(name).exists():
            return name
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    exe = _chromium()
    if exe is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_FLAGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.mark.slow
def test_editor_checks_navigates_and_suppresses(browser, serve_url, tmp_path):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    blocked = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security" in m.text else None)
    external = []
    page.on("request", lambda r: external.append(r.url) if not r.url.startswith(
        (serve_url, "data:")) else None)
    page.goto(serve_url + "/")
    page.fill("#text", DRAFT.read_text(encoding="utf-8"))
    page.fill("#title", "Pokrovsk draft")
    page.fill("#date", "2024-12-17")
    page.click("#check")
    page.wait_for_selector("#results")

    # every figure is marked with its status
    expect(page.locator("mark.claim.contradicted")).to_have_count(1)
    assert page.locator("mark.claim.supported").count() >= 8
    assert page.locator("mark.claim").count() == 12
    expect(page.locator("#legend")).to_contain_text("1 contradicted")
    first_chart = page.locator(".chart img").first
    first_chart.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0",
                           arg=first_chart.element_handle())

    # n moves to the first flag, p wraps to the last, n again to the first
    page.locator("h1").click()
    page.keyboard.press("n")
    current = page.locator(".card.flag.current")
    expect(current).to_have_count(1)
    first_id = current.get_attribute("id")
    assert first_id == page.locator(".card.flag").first.get_attribute("id")
    expect(page.locator("#suppress-panel")).to_be_visible()
    rule = current.locator(".rid").inner_text()
    page.keyboard.press("n")
    assert page.locator(".card.flag.current").get_attribute("id") != first_id
    page.keyboard.press("p")
    assert page.locator(".card.flag.current").get_attribute("id") == first_id
    expect(page.locator("mark.current")).to_have_count(1)

    # suppress it with a reason: the comment lands in the draft, above the flagged paragraph
    page.fill("#reason", 'the desk confirmed the "1,900" figure')
    page.click("#suppress")
    comment = f"<!-- factcheck: ignore {rule} reason=\"the desk confirmed the '1,900' figure\" -->"
    expect(page.locator("#suppress-comment")).to_have_text(comment)
    draft = page.input_value("#text")
    assert draft.count(comment) == 1
    lines = draft.split("\n")
    at = lines.index(comment)
    assert lines[at - 1].strip() == "" and lines[at + 1].strip()
    page.screenshot(path=str(tmp_path / "suppressed.png"), full_page=True)

    # checked again, the flag is reported as suppressed with that reason
    page.click("#check")
    page.wait_for_selector("#results")
    expect(page.locator(".card.flag.suppressed")).to_have_count(1)
    expect(page.locator(".card.flag.suppressed")).to_contain_text("the desk confirmed")
    expect(page.locator("#legend")).to_contain_text("1 suppressed")
    page.screenshot(path=str(tmp_path / "rechecked.png"), full_page=True)
    assert (tmp_path / "suppressed.png").stat().st_size > 10_000
    assert blocked == [] and external == []
    page.close()
