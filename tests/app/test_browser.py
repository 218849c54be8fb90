"""The app in a real browser: Debian's Chromium driven by Playwright's Python client.

Starts the app on loopback, opens each page, checks the findings page shows the paper's
violation, and saves a screenshot of each page.  Without a browser it is skipped, saying
why; nothing downloads a browser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.serve import free_port
from tests.conftest import PAPER_DIR, ROOT, wait_until_up

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(os.environ.get("CLAIMGRAPH_SCREENSHOTS", ROOT / "build" / "screenshots"))

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="no Chromium at /usr/bin/chromium (apt-get install "
                                       "chromium); .ci/run installs it")


@pytest.fixture(scope="module")
def app_url():
    pytest.importorskip("playwright", reason="the playwright package is not installed")
    port = free_port()
    env = {**os.environ, "CLAIMGRAPH_CLAIMS": str(PAPER_DIR)}
    process = subprocess.Popen(
        # the script kg app runs
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "kg" / "app" / "main.py"),
         "--server.headless",
         "true", "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false"], env=env, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    wait_until_up(f"{url}/_stcore/health")
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.mark.parametrize("path,expect", [
    ("", "11 of 14 relations consistent"),  # the overview is the default page, at /
    ("findings", "Black Friday 2014: malls plus online platforms make the total"),
    ("entities?entity=alibaba", "Alibaba Group"),
    ("source?claim=c-bf-channels", "SHOPPERTRAK"),
    ("sparql?name=claims-in-violations&run=1", "2 rows"),  # the grid itself is a canvas
])
def test_page_in_chromium(app_url, browser, path: str, expect: str) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{app_url}/{path}")
    page.get_by_text(expect, exact=False).first.wait_for(timeout=90_000)
    if path == "findings":
        page.get_by_text("VIOLATION").nth(1).wait_for(timeout=30_000)  # both, rendered
        assert page.get_by_text("VIOLATION").count() >= 2
        assert page.get_by_text("is most likely 9.1 billion US dollars", exact=False).count() >= 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.get_by_text("Page not found").count() == 0
    page.screenshot(path=str(SHOTS / f"{path.split('?')[0] or 'overview'}.png"),
                    full_page=False)
    page.close()


def test_source_page_shows_the_error_in_its_sentence(app_url, browser) -> None:
    """Issue 17: in a browser, opened cold on its deep link, the violated claim's highlight
    holds the suspect's quote, the suspect is marked apart, and the source is text: no
    math, no image, no link made from it."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{app_url}/source?claim=c-bf-channels")
    claim = page.locator('.cg-source mark[data-claim="c-bf-channels"]')
    claim.wait_for(timeout=90_000)
    assert "910 million US dollars" in claim.inner_text()
    suspect = claim.locator('span[data-figure="f-bf-malls"]')
    assert suspect.inner_text() == "910 million US dollars"
    assert suspect.get_attribute("title") == "f-bf-malls: suspect"
    source = page.locator(".cg-source")
    assert source.locator("img, a, .katex, math, ol, ul").count() == 0
    assert "$57.4 billion in 2013 to $50.9 billion" in source.inner_text()
    assert all(r.startswith(app_url) for r in requests), [r for r in requests
                                                          if not r.startswith(app_url)]
    SHOTS.mkdir(parents=True, exist_ok=True)
    suspect.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "source-suspect.png"), full_page=False)
    context.close()


@pytest.mark.parametrize("path", ["findings?severity=violation", "entities?entity=alibaba",
                                  "source?claim=c-quarter", "sparql?name=provenance"])
def test_a_deep_link_opened_cold_has_the_apps_own_navigation(app_url, browser, path) -> None:
    """Issue 17: opened first on a deep link, the app fell into Streamlit's pages-folder
    mode (lowercase entries, a stray "main", a narrow layout) until someone opened "/"."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{app_url}/{path}")
    nav = page.locator('[data-testid="stSidebarNav"] a')
    nav.first.wait_for(timeout=90_000)
    assert [t.strip() for t in nav.all_inner_texts()] == [
        "Overview", "Findings", "Entities", "Source", "SPARQL"]
    main = page.locator('[data-testid="stMainBlockContainer"]')
    assert main.bounding_box()["width"] > 1000  # the wide layout
    assert page.get_by_text("Page not found").count() == 0
    context.close()


def test_links_between_pages_stay_in_the_tab_and_carry_their_state(app_url, browser) -> None:
    """Issue 17: "Open in Findings" opened a new tab."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{app_url}/")
    link = page.locator('a:has-text("Open in Findings")').first
    link.wait_for(timeout=90_000)
    assert link.get_attribute("target") in (None, "", "_self")
    page.wait_for_load_state("networkidle")
    link.click(timeout=60_000)
    page.wait_for_url("**/findings?**finding=**", timeout=30_000)
    assert len(context.pages) == 1
    page.get_by_text("Showing one finding", exact=False).wait_for(timeout=30_000)
    page.wait_for_load_state("networkidle")
    page.locator('a:has-text("Show in Source")').first.click(timeout=60_000)
    page.wait_for_url("**/source?**claim=**", timeout=30_000)
    page.locator(".cg-source").wait_for(timeout=30_000)
    assert len(context.pages) == 1
    context.close()


def test_a_claims_details_stand_right_below_the_text(app_url, browser) -> None:
    """Issue 17: Source rendered a claim's details below 5,000 px of text."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{app_url}/source?claim=c-bf-channels")
    figures = page.get_by_text("Figures", exact=True)
    figures.wait_for(timeout=90_000)
    page.locator(".cg-source").wait_for(timeout=30_000)
    top = figures.evaluate("e => e.getBoundingClientRect().top + window.scrollY")
    assert top < 1500, top
    context.close()
