"""The app in a real browser: Debian's Chromium driven by Playwright's Python client.

Starts the app on loopback, opens each page, checks the findings page shows the paper's
violation, and saves a screenshot of each page.  Without a browser it is skipped, saying
why; nothing downloads a browser.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

from kg.serve import free_port
from tests.conftest import PAPER_DIR, ROOT, wait_until_up

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(os.environ.get("CLAIMGRAPH_SCREENSHOTS", ROOT / "build" / "screenshots"))

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="no Chromium at /usr/bin/chromium (apt-get install "
                                       "chromium); .ci/run installs it")


def start_app(claims: Path):
    """The script kg app runs, on loopback, on ``claims``; yields its URL, then stops it."""
    pytest.importorskip("playwright", reason="the playwright package is not installed")
    port = free_port()
    env = {**os.environ, "CLAIMGRAPH_CLAIMS": str(claims)}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "kg" / "app" / "server.py"),
         "--server.headless",
         "true", "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false"], env=env, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/_stcore/health")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def app_url():
    yield from start_app(PAPER_DIR)


#: planted in a claims file: a tracking pixel and a script link, as Markdown and as HTML
PIXEL = "http://198.51.100.7/pixel.png"
HOSTILE = f"![img]({PIXEL}) [click](javascript:alert(1)) <img src={PIXEL}> <b>bold</b>"
HOSTILE_TEXT = ("1. Sales\n\n# Shops\n\nThe shops sold $5 million and the web $6 million, "
                "so the web sold less.\n")


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    """A document whose labels and source text are Markdown, HTML and math: every page
    must show them as text and fetch nothing."""
    from tests.conftest import PREFIXES, document_ttl
    root = tmp_path_factory.mktemp("hostile") / "claims"
    folder = root / "hostile"
    folder.mkdir(parents=True)
    (folder / "source.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "document.ttl").write_text(document_ttl("hostile", HOSTILE_TEXT),
                                         encoding="utf-8")
    label = HOSTILE.replace('"', '\\"')
    (folder / "claims.ttl").write_text(PREFIXES.format(doc_id="hostile") + f"""
:c a cg:Claim ; cg:quote "The shops sold $5 million and the web $6 million, so the web sold less." ;
   schema:about ent:evil .
ent:evil a schema:Organization ; rdfs:label "{label}" .
:w a cg:Waiver ; cg:quote "1. Sales" ; cg:reason "a section number" .
:f a cg:Figure ; cg:claim :c ; cg:quote "$5 million" ; qudt:numericValue 5000000 ;
   qudt:unit unit:CCY_USD ; schema:about ent:evil ; cg:measures cg:SalesVolume .
:g a cg:Figure ; cg:claim :c ; cg:quote "$6 million" ; qudt:numericValue 6000000 ;
   qudt:unit unit:CCY_USD ; schema:about ent:evil ; cg:measures cg:SalesVolume .
:r a cg:ComparisonRelation ; cg:claim :c ; cg:basis cg:Stated ; rdfs:label "{label}" ;
   cg:greater :f ; cg:lesser :g .
""", encoding="utf-8")
    yield from start_app(root)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def new_context(browser, **options):
    """A browser context whose waits (a page's load, a selector, the network going idle)
    last 90 s, not Playwright's 30: on a CI machine whose two cores the rest of the suite
    keeps busy, the entities page's graph took longer than 30 s to load."""
    context = browser.new_context(**options)
    context.set_default_timeout(90_000)
    return context


def watched(browser, url: str):
    """A new context (cold: no session, no cache) on ``url``, with every request it makes
    and every dialog a script opened (as "dialog: …", which no page may open)."""
    context = new_context(browser, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (requests.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(url)
    return context, page, requests


def stayed_home(requests: list[str], base: str) -> list[str]:
    """The requests that left the app's origin, and the dialogs (none should be)."""
    return [r for r in requests if not r.startswith(base)]


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
    context, page, requests = watched(browser, f"{app_url}/source?claim=c-bf-channels")
    claim = page.locator('.cg-source mark[data-claim="c-bf-channels"]')
    claim.wait_for(timeout=90_000)
    assert "910 million US dollars" in claim.inner_text()
    suspect = claim.locator('span[data-figure="f-bf-malls"]')
    assert suspect.inner_text() == "910 million US dollars"
    assert suspect.get_attribute("title") == "f-bf-malls: suspect"
    source = page.locator(".cg-source")
    assert source.locator("img, a, .katex, math, ol, ul").count() == 0
    assert "$57.4 billion in 2013 to $50.9 billion" in source.inner_text()
    assert stayed_home(requests, app_url) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    suspect.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "source-suspect.png"), full_page=False)
    context.close()


@pytest.mark.parametrize("path", ["findings?severity=violation", "entities?entity=alibaba",
                                  "source?claim=c-quarter", "sparql?name=provenance"])
def test_a_deep_link_opened_cold_has_the_apps_own_navigation(app_url, browser, path) -> None:
    """Issue 17: opened first on a deep link, the app fell into Streamlit's pages-folder
    mode (lowercase entries, a stray "main", a narrow layout) until someone opened "/"."""
    context = new_context(browser, viewport={"width": 1400, "height": 1000})
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
    context = new_context(browser, viewport={"width": 1400, "height": 1000})
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
    context = new_context(browser, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{app_url}/source?claim=c-bf-channels")
    figures = page.get_by_text("Figures", exact=True)
    figures.wait_for(timeout=90_000)
    page.locator(".cg-source").wait_for(timeout=30_000)
    top = figures.evaluate("e => e.getBoundingClientRect().top + window.scrollY")
    assert top < 1500, top
    context.close()


@pytest.mark.parametrize("path", ["", "findings", "entities?entity=evil", "source?claim=c",
                                  "sparql?name=relations-status&run=1"])
def test_a_hostile_claims_file_is_shown_as_text_and_fetches_nothing(hostile_url, browser,
                                                                    path) -> None:
    """Issue 17: an image or a link planted in a claims file (or its source) is shown as
    text on every page, no Markdown or math is rendered from it, and nothing is fetched
    from outside the app or run."""
    from playwright.sync_api import expect
    context, page, requests = watched(browser, f"{hostile_url}/{path}")
    main = page.locator('[data-testid="stMain"]')
    # each page's last element: the machine-readable twin, or the SPARQL results' downloads
    last = "Download CSV" if path.startswith("sparql") else "Machine-readable"
    main.get_by_text(last).first.wait_for(timeout=90_000)
    if path in ("", "findings", "entities?entity=evil"):  # the label, character for character
        # (with the invisible joiner Markdown text carries inside an address: kg.app.data.md)
        expect(main).to_contain_text(HOSTILE.replace("://", ":\u2060//"))
    if path.startswith("source"):
        source = main.locator(".cg-source")
        expect(source).to_contain_text("The shops sold $5 million and the web $6 million")
        expect(source).to_contain_text("1. Sales")
        expect(source).to_contain_text("# Shops")
    # a bare address became a link (GitHub-flavoured Markdown's autolinks)
    assert main.locator('img[src*="198.51.100.7"], a[href*="198.51.100.7"], '
                        'a[href^="javascript"], .katex, math, h1:has-text("Shops"), '
                        'ol li:has-text("Sales")').count() == 0
    assert stayed_home(requests, hostile_url) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"hostile-{path.split('?')[0] or 'overview'}.png"))
    context.close()


FINDING = "china-us-ecommerce-2014/r-bf-sum/sum"


CHIPS = "span[data-tag] > span[title]"  # a multiselect's selected values


@pytest.mark.parametrize("path,control,value", [
    # (deep link, the control that holds the state, what it must show, restored)
    ("findings?severity=violation&check=difference", CHIPS, ["violation", "difference"]),
    (f"findings?finding={FINDING}&whatif={FINDING}", 'input[role="switch"]', True),
    ("findings?entity=https://w3id.org/claimgraph/entity/us-large-malls",
     'input[aria-label="Entity"]', "large traditional shopping malls in the United States"),
    ("source?doc=china-us-ecommerce-2014&claim=c-quarter", 'input[aria-label="Claim"]',
     "c-quarter"),
    ("entities?q=ali&entity=alibaba", 'input[aria-label="Search"]', "ali"),
    ("entities?q=ali&entity=alibaba", 'input[aria-label="Entity"]',
     "Alibaba (5 figures, 11 claims)"),
    ("sparql?name=provenance", 'input[aria-label="Named query"]', "provenance"),
])
def test_every_views_state_is_restored_from_its_url_cold(app_url, browser, path, control,
                                                         value) -> None:
    """Issue 17: every view's state is in its URL and restored exactly, the URL opened
    cold in a new browser context (no session to fall back on)."""
    from playwright.sync_api import expect
    context, page, _ = watched(browser, f"{app_url}/{path}")
    shown = page.locator(f'[data-testid="stMain"] {control}')
    shown.first.wait_for(state="attached", timeout=90_000)
    if control == CHIPS:
        expect(shown).to_have_count(len(value), timeout=30_000)
        assert [t.split(" (")[0] for t in shown.all_inner_texts()] == value
        expect(page.get_by_text("1 of 18 findings")).to_be_visible()
    elif value is True:  # the what-if: switched on, and run
        expect(shown.first).to_be_checked(timeout=30_000)
        expect(page.get_by_text("As corrected").first).to_be_visible(timeout=30_000)
        expect(page.get_by_text("Showing one finding", exact=False)).to_be_visible()
    else:
        expect(shown.first).to_have_value(re.compile(re.escape(value)), timeout=30_000)
    for part in path.split("?")[1].split("&"):  # and the URL still holds it
        key, _, wanted = part.partition("=")
        assert urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)[key] == [wanted]
    context.close()


def test_the_severity_filter_shows_its_selections_whole(app_url, browser) -> None:
    """Issue 17: the severity filter cut off its own selections."""
    context = new_context(browser, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{app_url}/findings?severity=violation,warning,info")
    chips = page.locator(CHIPS)
    chips.nth(2).wait_for(timeout=90_000)
    cut = chips.evaluate_all("els => els.filter(e => e.scrollWidth > e.clientWidth)"
                             ".map(e => e.textContent)")
    assert cut == []
    context.close()


def test_the_sparql_editor_highlights_sparql_as_it_is_typed(app_url, browser) -> None:
    """Issue 17: the editor was a plain text area; it is Ace, bundled (nothing fetched)."""
    context, page, requests = watched(browser, f"{app_url}/sparql")
    editor = page.frame_locator('iframe[title*="streamlit_ace"]')
    editor.locator(".ace_keyword").first.wait_for(timeout=90_000)
    editor.locator(".ace_content").click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" LIMIT 3")
    editor.locator('.ace_keyword:text-is("LIMIT")').wait_for(timeout=10_000)
    page.wait_for_timeout(1000)  # the editor sends what is typed 200 ms after the last key
    page.get_by_role("button", name="Run").click()
    page.get_by_text(re.compile(r"^\d+ rows$")).wait_for(timeout=60_000)
    page.wait_for_url(re.compile("LIMIT"), timeout=30_000)  # what is run is shared
    assert "LIMIT 3" in page.locator('[data-testid="stCode"]').inner_text()
    assert stayed_home(requests, app_url) == []
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "sparql-editor.png"))
    context.close()


#: entity labels that run script if any part of the app writes them as HTML:
#: each would set the page's title, and the image would also fetch from outside
PWNED = "top.document.title='pwned'"
XSS = {
    "img": f'<img src=x onerror="{PWNED}">',
    "svg": f'<svg onload="{PWNED}"></svg>',
    "link": f'<a href="javascript:{PWNED}">click me</a>',
    "pixel": f"<img src={PIXEL}>",
}
#: their entities' ids; one with "&", which the info panel shows as "&", not "&amp;"
ENTITY = {**{name: name for name in XSS}, "pixel": "pixel&co"}


@pytest.fixture(scope="module")
def xss_url(tmp_path_factory):
    """One document about an entity per hostile label."""
    from tests.conftest import PREFIXES, document_ttl
    root = tmp_path_factory.mktemp("xss") / "claims"
    text = "The shops sold 5 items and 7 boxes.\n"
    for name, label in XSS.items():
        entity = f"ent:{ENTITY[name]}".replace("&", "\\&")
        folder = root / name
        folder.mkdir(parents=True)
        (folder / "source.txt").write_text(text, encoding="utf-8")
        (folder / "document.ttl").write_text(document_ttl(name, text), encoding="utf-8")
        (folder / "claims.ttl").write_text(PREFIXES.format(doc_id=name) + f"""
:c a cg:Claim ; cg:quote "The shops sold 5 items and 7 boxes." ; schema:about {entity} .
{entity} a schema:Organization ; rdfs:label \"\"\"{label}\"\"\" .
:f a cg:Figure ; cg:claim :c ; cg:quote "5 items" ; qudt:numericValue 5 ; qudt:unit unit:NUM ;
   schema:about {entity} ; cg:measures cg:SalesVolume .
:g a cg:Figure ; cg:claim :c ; cg:quote "7 boxes" ; qudt:numericValue 7 ; qudt:unit unit:NUM ;
   schema:about {entity} ; cg:measures cg:SalesVolume .
:r a cg:ComparisonRelation ; cg:claim :c ; cg:basis cg:Stated ; rdfs:label "{name}" ;
   cg:lesser :f ; cg:greater :g .
""", encoding="utf-8")
    yield from start_app(root)


def click_node(page, index: int = 0):
    """Click the neighbourhood graph's node ``index`` (the entity is the first) with the
    mouse, where Cytoscape drew it, once the layout has settled; the component's frame."""
    iframe = page.locator('iframe[title*="st_link_analysis"]')
    iframe.wait_for(timeout=90_000)
    frame = iframe.element_handle().content_frame()
    at = ("() => { const r = document.getElementById('cy')._cyreg; const n = r && r.cy && "
          f"r.cy.nodes()[{index}]; return n ? [n.renderedPosition().x, "
          "n.renderedPosition().y] : null }")
    frame.wait_for_function(at, timeout=60_000)
    iframe.scroll_into_view_if_needed()
    before, now = None, frame.evaluate(at)
    while now != before:  # the layout animates to its end
        page.wait_for_timeout(700)
        before, now = now, frame.evaluate(at)
    box = frame.locator("#cy").bounding_box()
    page.mouse.click(box["x"] + now[0], box["y"] + now[1])
    return frame


@pytest.mark.parametrize("entity", XSS)
def test_a_hostile_entity_in_the_graph_runs_nothing(xss_url, browser, entity) -> None:
    """Issue 29: st_link_analysis writes a clicked node's data into its info panel as HTML
    (innerHTML), in a frame of the app's origin: an entity's label ran script there."""
    context, page, requests = watched(
        browser, f"{xss_url}/entities?entity={urllib.parse.quote(ENTITY[entity])}")
    frame = click_node(page)
    panel = frame.locator("#infopanel")
    panel.locator(".infopanel__name").wait_for(state="visible", timeout=30_000)
    page.wait_for_timeout(1500)  # an image's error, a load event: time to have run
    if entity == "link":
        frame.get_by_text("click me").first.click()
        page.wait_for_timeout(500)
    shown = panel.inner_text()
    assert XSS[entity] in shown  # the label's characters, not entities
    assert f"https://w3id.org/claimgraph/entity/{ENTITY[entity]}" in shown  # its id
    assert "&lt;" not in shown and "&amp;" not in shown
    assert panel.locator("img, svg, a, script").count() == 0
    assert page.title() == "claimgraph" and frame.title() == "Streamlit Link Analysis"
    assert stayed_home(requests, xss_url) == []  # nor a dialog
    context.close()


#: every history write a page makes, and every Back or Forward delivered to it, in order:
#: the history entries a page adds are counted from its own writes, because
#: ``history.length`` also counts entries the browser keeps for its own reasons (the tab's
#: first about:blank is one), and CI once saw it stay put while a pick changed the URL
HISTORY_LOG = """
window.__cgHistory = [];
for (const write of ['pushState', 'replaceState']) {
  const original = history[write].bind(history);
  history[write] = (state, title, url) => {
    window.__cgHistory.push(write + ' ' + url);
    return original(state, title, url);
  };
}
window.addEventListener('popstate', () => window.__cgHistory.push('popstate ' + location.href));
"""


def history_log(page) -> list[str]:
    """The page's history writes and the Backs and Forwards it was told of, since it loaded."""
    return page.evaluate("window.__cgHistory")


def entries_added(page) -> int:
    """How many history entries the page has added since it loaded (its pushState calls)."""
    return sum(w.startswith("pushState ") for w in history_log(page))


def cold(browser, url: str, dark: bool = False):
    """A new context at 1400x900 (the issue's first screen), cold, on ``url``, its pages'
    history writes logged (:func:`history_log`)."""
    context = new_context(browser, viewport={"width": 1400, "height": 900},
                          color_scheme="dark" if dark else "light")
    context.add_init_script(HISTORY_LOG)
    page = context.new_page()
    page.goto(url)
    return context, page


def settled(page) -> None:
    """Wait for the app's run to finish: Streamlit's own ``data-test-script-state`` says
    not running and no element of the run before is left (stale)."""
    page.wait_for_load_state("networkidle")
    page.wait_for_function("""() => {
        const app = document.querySelector('[data-testid="stApp"]');
        return app && app.dataset.testScriptState === 'notRunning'
            && !document.querySelector('[data-stale="true"]') }""")


def until(read, wanted, timeout: float = 30.0):
    """``read()`` once it equals ``wanted``, or its last value after ``timeout`` seconds.

    A rerun replaces the page's elements one by one (and after Back it may not have begun
    when the URL has changed), so a read taken once can mix two runs: CI saw half of one
    order and half of the other.  The caller still asserts the value."""
    deadline = time.monotonic() + timeout
    while True:
        got = read()
        if got == wanted or time.monotonic() > deadline:
            return got
        time.sleep(0.25)


def on_first_screen(locator) -> bool:
    """Whether the element is on the first screen: the page not scrolled, the element
    inside the viewport (and inside any box it scrolls in)."""
    return locator.evaluate("""e => {
        const r = e.getBoundingClientRect();
        if (window.scrollY !== 0 || r.height === 0 || r.top < 0
            || r.bottom > window.innerHeight) return false;
        for (let p = e.parentElement; p; p = p.parentElement) {
            const s = getComputedStyle(p);
            if (!/(auto|scroll|hidden)/.test(s.overflowY)) continue;
            const b = p.getBoundingClientRect();
            if (r.top < b.top - 1 || r.bottom > b.bottom + 1) return false;
        }
        return true }""")


def test_the_overviews_first_screen_names_the_top_diagnosis_and_its_document(
        app_url, browser) -> None:
    """Issue 33: the diagnosis stood 1,100 px below the fold, naming no document and
    linking nowhere."""
    context, page = cold(browser, f"{app_url}/")
    main = page.locator('[data-testid="stMain"]')
    box = main.locator('[data-testid="stAlert"]', has_text="is most likely 9.1 billion").first
    box.wait_for(timeout=90_000)
    page.wait_for_load_state("networkidle")
    assert on_first_screen(box)
    text = box.inner_text()
    assert "china-us-ecommerce-2014" in text  # its document
    assert "‘910 million US dollars’ is most likely 9.1 billion US dollars" in text
    link = main.locator('a:has-text("Open this finding")').first
    assert on_first_screen(link)
    assert "finding=china-us-ecommerce-2014" in urllib.parse.unquote(link.get_attribute("href"))
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "overview-first-screen.png"))
    link.click()
    page.wait_for_url("**/findings?**finding=**", timeout=30_000)
    page.get_by_text("Showing one finding", exact=False).wait_for(timeout=30_000)
    context.close()


def test_a_source_deep_link_shows_the_chosen_claim_and_its_suspect_on_screen(
        app_url, browser) -> None:
    """Issue 33: /source?doc=…&claim=… opened at the Abstract; the claim and its outlined
    suspect were below the fold inside the scrolling box, nothing marking the choice."""
    context, page = cold(browser, f"{app_url}/source?doc=china-us-ecommerce-2014"
                                  "&claim=c-bf-channels")
    chosen = page.locator('mark[data-claim="c-bf-channels"][data-chosen="true"]').first
    chosen.wait_for(timeout=90_000)
    page.wait_for_load_state("networkidle")
    assert on_first_screen(chosen)
    suspect = chosen.locator('span[data-figure="f-bf-malls"]')
    assert suspect.inner_text() == "910 million US dollars"
    assert suspect.get_attribute("title") == "f-bf-malls: suspect"
    assert on_first_screen(suspect)
    # marked as chosen: framed, unlike the claims nobody chose
    assert chosen.evaluate("e => getComputedStyle(e).outlineStyle") != "none"
    other = page.locator('.cg-source mark[data-claim]:not([data-chosen])').first
    assert other.evaluate("e => getComputedStyle(e).outlineStyle") == "none"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "source-deep-link.png"))
    context.close()


def test_the_what_if_lists_the_same_relations_in_the_same_order_on_both_sides(
        app_url, browser) -> None:
    """Issue 33: "As stated" had 4 rows and "As corrected" 3, so rows stood beside other
    relations; the statuses were black."""
    context, page = cold(browser, f"{app_url}/findings?finding={FINDING}&whatif={FINDING}")
    page.get_by_text("As corrected").first.wait_for(timeout=90_000)
    page.wait_for_load_state("networkidle")
    table = page.locator("table.cg-whatif")
    assert table.count() == 1
    assert table.locator("th").all_inner_texts() == ["Relation", "As stated", "As corrected"]
    rows = table.locator("tbody tr")
    names = []
    for i in range(rows.count()):
        relation, stated, corrected = rows.nth(i).locator("td").all()
        names.append(relation.inner_text())
        # the same relation on both sides: where it said 910 million, it now says 9.1 billion
        assert "910 million US dollars" in stated.inner_text()
        assert "9.1 billion US dollars" in corrected.inner_text()
        assert "910 million" not in corrected.inner_text()
        tops = [cell.bounding_box()["y"] for cell in (relation, stated, corrected)]
        assert max(tops) - min(tops) < 1, tops  # side by side, on one line
    assert any(n.startswith("sum “Black Friday 2014") for n in names)
    assert any(n.startswith("difference “US malls lag behind") for n in names)
    # statuses in their colours: a violation is not a pass, and neither is plain text
    colours = table.locator("[data-severity]").evaluate_all(
        "els => els.map(e => [e.dataset.severity, getComputedStyle(e).backgroundColor])")
    by_status = {status: colour for status, colour in colours}
    assert {"violation", "pass"} <= set(by_status)
    assert by_status["violation"] != by_status["pass"]
    assert "rgba(0, 0, 0, 0)" not in by_status.values()
    SHOTS.mkdir(parents=True, exist_ok=True)
    table.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "what-if.png"))
    context.close()


def test_the_findings_csv_reads_as_the_text_report_does(app_url, browser) -> None:
    """Issue 33: the findings CSV held Python syntax (['https://…'], {'file': …}), raw
    numbers (8390000000), "None", and no quote or diagnosis columns."""
    import csv
    import io

    from rich.console import Console

    from kg.app.data import cache_dir
    from kg.check.pipeline import check_folder
    from kg.report.text import render_text

    context, page = cold(browser, f"{app_url}/findings?severity=violation,warning,info,pass")
    main = page.locator('[data-testid="stMain"]')
    main.get_by_text("Machine-readable").first.wait_for(timeout=90_000)
    page.wait_for_load_state("networkidle")
    main.get_by_text("Machine-readable").first.click()
    settled(page)
    # the button moves while the page above it is still laid out (charts, the highlighted
    # code): a click aimed at where it was can land beside it, so it is pressed from the
    # keyboard, as a person tabbing to it would
    with page.expect_download(timeout=30_000) as download:
        main.get_by_role("button", name="Download CSV").press("Enter")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    context.close()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {"quote", "diagnosis", "arithmetic", "where"} <= set(rows[0])
    run = check_folder(PAPER_DIR, cache_dir=cache_dir())
    assert len(rows) == len(run.report.findings)  # every severity asked for: all of them
    console = Console(file=io.StringIO(), width=100_000, color_system=None)
    render_text(run.report, run.sources, console)
    report = console.file.getvalue()
    for row in rows:
        for key, cell in row.items():
            assert cell not in ("None", "nan") and "['" not in cell and "{'" not in cell, \
                (key, cell)
        for key in ("where", "arithmetic", "expected", "observed", "message"):
            if row["severity"] != "PASS":  # the report words passes on one line
                assert row[key] in report, (key, row[key])
        assert row["arithmetic"] in report
        for line in filter(None, row["diagnosis"].split("; ")):
            assert line in report
        if row["arithmetic"]:  # the numbers in words, as the report has them
            assert not re.search(r"\d{7}", row["message"] + row["arithmetic"]), row
    [total] = [r for r in rows if r["id"] == FINDING]
    assert "910 million US dollars" in total["quote"].split(" · ")
    assert "'910 million US dollars' (910 million US dollars) is most likely 9.1 billion US " \
           "dollars" in total["diagnosis"]
    assert re.fullmatch(r".*claims\.ttl:\d+ · .*source\.txt:\d+", total["where"])


#: WCAG 2's colour arithmetic: a CSS colour's channels, one colour laid over another (alpha),
#: relative luminance, and what is behind an element's text (the backgrounds of the
#: ancestors whose box holds its first glyph, laid over ``base``: a label drawn outside its
#: parent's box, such as a slider's value above its thumb, stands on what is behind the
#: parent, not on the parent; then the marks an editor draws in a layer under its text,
#: Ace's cursor line and selection, where they cover that glyph)
COLOURS = """
  const rgba = c => { const p = c.match(/[\\d.]+/g).map(Number);
                      return p.length > 3 ? p : [...p, 1]; };
  const over = (top, under) => [0, 1, 2].map(i => top[i] * top[3] + under[i] * (1 - top[3]))
                                         .concat([1]);
  const lum = c => c.slice(0, 3).map(v => (v /= 255) <= 0.03928 ? v / 12.92
                                     : Math.pow((v + 0.055) / 1.055, 2.4))
                    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => { const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
                            return (hi + 0.05) / (lo + 0.05); };
  const at = e => { const text = [...e.childNodes].find(n => n.nodeType === 3
                                                            && n.textContent.trim());
    if (!text) { const r = e.getBoundingClientRect();
                 return [r.left + r.width / 2, r.top + r.height / 2]; }
    const range = document.createRange();  // its first glyph: a long line may overflow
    range.selectNodeContents(text);
    const r = range.getClientRects()[0];
    return [r.left + Math.min(r.width / 2, 4), r.top + r.height / 2]; };
  const behind = (e, base) => { const layers = [], [x, y] = at(e);
    for (let p = e; p; p = p.parentElement) {
      const box = p.getBoundingClientRect();
      if (p !== document.documentElement && p !== document.body && (x < box.left
          || x > box.right || y < box.top || y > box.bottom)) continue;
      const b = rgba(getComputedStyle(p).backgroundColor);
      if (b[3] > 0) { layers.push(b); if (b[3] >= 1) break; } }
    return under(e).reduce((bg, layer) => over(layer, bg),
                           layers.reverse().reduce((bg, layer) => over(layer, bg), base)); };
  const under = e => { const [x, y] = at(e);
    return [...document.querySelectorAll('.ace_marker-layer > *')]
      .filter(m => m.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING)
      .filter(m => { const b = m.getBoundingClientRect();
                     return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom; })
      .map(m => rgba(getComputedStyle(m).backgroundColor)).filter(b => b[3] > 0); };
"""

#: every visible piece of text in ``root``: its contrast against what is behind it, from the
#: rendered colours (alpha and ancestors' opacity composited); ``base``: what shows through
#: a transparent page (white; a frame's, what is behind the frame)
CONTRAST = """(root, base) => {""" + COLOURS + """
  base = base || [255, 255, 255, 1];
  const out = [];
  for (const e of root.querySelectorAll('*')) {
    if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (!e.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    let opacity = 1;
    for (let p = e; p; p = p.parentElement) opacity *= Number(getComputedStyle(p).opacity);
    const bg = behind(e, base), fg = over(rgba(getComputedStyle(e).color), bg);
    const shown = over([...fg.slice(0, 3), opacity], bg);
    out.push({text: e.textContent.trim().slice(0, 60), ratio: ratio(shown, bg),
              badge: e.classList.contains('cg-badge'), background: lum(bg),
              marked: under(e).length});
  }
  return out }"""

#: what is behind an element (a frame), as a colour
BACKDROP = "e => {" + COLOURS + " return behind(e, [255, 255, 255, 1]) }"

#: the labels Cytoscape draws on its canvas (those big enough at this zoom to be drawn): their
#: colour against their own text background, or the page behind the canvas
GRAPH_LABELS = """base => {""" + COLOURS + """
  const cy = document.getElementById('cy')._cyreg.cy, out = [];
  const page = over(rgba(getComputedStyle(document.body).backgroundColor), base);
  for (const e of cy.elements()) {
    if (!e.style('label') || e.style('display') === 'none') continue;
    if (parseFloat(e.style('font-size')) * cy.zoom()
        < parseFloat(e.style('min-zoomed-font-size'))) continue;
    const bg = over([...rgba(e.style('text-background-color')).slice(0, 3),
                     Number(e.style('text-background-opacity'))], page);
    const fg = over([...rgba(e.style('color')).slice(0, 3), Number(e.style('text-opacity'))], bg);
    out.push({text: e.style('label').slice(0, 60), ratio: ratio(fg, bg), badge: false,
              background: lum(bg)});
  }
  return out }"""


def ratio(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """WCAG 2's contrast ratio of two sRGB colours."""
    def lum(c: tuple[int, ...]) -> float:
        linear = [v / 255 / 12.92 if v / 255 <= 0.03928 else ((v / 255 + 0.055) / 1.055) ** 2.4
                  for v in c[:3]]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def grid_text(canvas) -> list[dict]:
    """The text a data grid draws on its canvas, measured from its pixels: for each row of
    cells (the header apart), its most common colour is the background and the pixel that
    stands out most from it the text's colour (antialiasing only ever blends it towards
    the background, and a glyph's stem covers whole pixels)."""
    import io

    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(io.BytesIO(canvas.screenshot())).convert("RGB"))
    out = []
    for top in range(0, pixels.shape[0] - 8, 35):  # a row of cells is 35 px high
        band = pixels[top + 4:top + 31].reshape(-1, 3)  # inside it: no grid line
        colours, counts = np.unique(band, axis=0, return_counts=True)
        background = tuple(int(v) for v in colours[counts.argmax()])
        ink = max((tuple(int(v) for v in c) for c in colours), key=lambda c: ratio(c, background))
        if ratio(ink, background) > 1.2:  # an empty row draws nothing
            out.append({"text": f"a data grid's row at {top} px", "ratio": ratio(ink, background),
                        "badge": False, "background": 0.0})
    return out


def readable_text(page) -> list[dict]:
    """Every piece of text in the page's main area, and in its frames (their documents are of
    the app's origin) over what is behind them: the SPARQL editor, the graph's panel and
    the labels it draws; and the data grids' text, from their pixels."""
    main = page.locator('[data-testid="stMain"]')
    texts = main.evaluate(CONTRAST)
    for iframe in main.locator("iframe").all():
        frame = iframe.element_handle().content_frame()
        base = iframe.evaluate(BACKDROP)
        texts += [{**t, "frame": iframe.get_attribute("title")}
                  for t in frame.locator("body").evaluate(CONTRAST, base)]
        if frame.evaluate("() => !!document.getElementById('cy')"):
            frame.wait_for_function("() => { const r = document.getElementById('cy')._cyreg; "
                                    "return r && r.cy && r.cy.nodes().length }", timeout=30_000)
            texts += frame.evaluate(GRAPH_LABELS, base)
    for canvas in main.locator('[data-testid="stDataFrame"] canvas[data-testid="data-grid-canvas"]'
                               ).all():
        canvas.scroll_into_view_if_needed()
        texts += grid_text(canvas)
    return texts


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_badges_and_text_meet_wcag_aa_contrast(app_url, browser, scheme) -> None:
    """Issue 33: in dark mode the severity badge was white on pale pink (1.28:1), warnings
    1.06:1, document names 2.4:1; in light mode captions were 3.9:1; on the SPARQL page
    the query as run was highlighted at 2.3:1 to 3.6:1, and its editor's variables 4.3:1;
    then 3.45:1 on the line holding the cursor, and selected text 2.4:1."""
    checked = []
    for path, last in (("", "Machine-readable"),
                       ("findings?severity=violation,warning,info,pass", "Machine-readable"),
                       (f"findings?finding={FINDING}&whatif={FINDING}", "Machine-readable"),
                       ("source?doc=china-us-ecommerce-2014&claim=c-bf-channels",
                        "Machine-readable"),
                       ("entities?entity=alibaba", "Machine-readable"),
                       ("sparql?name=claims-in-violations&run=1", "Download CSV")):
        context, page = cold(browser, f"{app_url}/{path}", dark=scheme == "dark")
        main = page.locator('[data-testid="stMain"]')
        main.get_by_text(last).first.wait_for(timeout=90_000)
        page.wait_for_load_state("networkidle")
        page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')")
        page.wait_for_timeout(1000)  # a rerun's faded elements back to full
        if path.startswith("entities"):  # the graph's panel, showing a node's fields
            click_node(page).wait_for_function(
                "() => document.querySelector('#infopanel .infopanel__props p')",
                timeout=30_000)
        if path.startswith("findings?severity"):
            # the cards draw their badges after the page's last text: on a loaded machine
            # the badges were read before they were drawn (a run that found no badge at all)
            main.locator(".cg-badge").first.wait_for(timeout=90_000)
        texts = readable_text(page)
        checked += texts
        low = [(t["text"], round(t["ratio"], 2)) for t in texts if t["ratio"] < 4.5]
        assert low == [], (path, low)
        if path.startswith("findings?severity"):  # the badges themselves
            assert {t["text"] for t in texts if t["badge"]} >= {"VIOLATION", "WARNING"}
        if path.startswith("entities"):  # the entity's own page, its graph's panel
            assert {"Alibaba", "Figures", "Neighbourhood"} <= {t["text"] for t in texts}
            assert {t["text"] for t in texts if t.get("frame", "").startswith(
                "st_link_analysis")} >= {"Alibaba", "id", "kind"}
        if path.startswith("sparql"):  # the query as run, its editor, and its result
            assert any(t["text"].startswith("# title: Claims in violations") for t in texts
                       if "frame" not in t)
            assert any(t.get("frame", "").startswith("streamlit_ace") for t in texts)
            assert any(t["text"].startswith("a data grid") for t in texts)
            # the editor's text on the line holding the cursor, then under a selection
            editor = main.locator('iframe[title*="streamlit_ace"]').last.content_frame
            editor.locator(".ace_variable").first.click(force=True)  # Ace takes the click
            for mark, keys in (("ace_active-line", None), ("ace_selection", "Control+a")):
                if keys:
                    page.keyboard.press(keys)
                editor.locator(f".ace_marker-layer .{mark}").first.wait_for(timeout=10_000)
                page.wait_for_timeout(300)
                marked = [t for t in readable_text(page)
                          if t.get("frame", "").startswith("streamlit_ace") and t["marked"]]
                low = [(t["text"], round(t["ratio"], 2)) for t in marked if t["ratio"] < 4.5]
                assert low == [], (mark, low)
                assert any(t["text"].startswith("?") for t in marked), mark  # a variable
                checked += marked
        context.close()
    # the scheme asked for is the one rendered: dark text on light, light on dark
    assert all((t["background"] < 0.2) == (scheme == "dark") for t in checked if not t["badge"]
               and t["text"] == "Machine-readable: the SPARQL behind this page, CSV, JSON")
    assert len(checked) > 300


def test_back_returns_to_the_previous_state_every_time(app_url, browser) -> None:
    """Issue 33: after "Open in Findings" Back did nothing the first time; after two filter
    changes the first Back changed nothing and the second landed on a state never set;
    filters leaked into the Overview's URL."""
    from playwright.sync_api import expect

    def query() -> dict[str, list[str]]:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query,
                                     keep_blank_values=True)

    def severities(*wanted: str) -> None:  # the filter shows exactly these, once settled
        expect(main.locator(CHIPS)).to_have_count(len(wanted), timeout=30_000)
        assert [t.split(" (")[0] for t in main.locator(CHIPS).all_inner_texts()] == \
            list(wanted)
        page.wait_for_load_state("networkidle")

    context, page = cold(browser, f"{app_url}/")
    main = page.locator('[data-testid="stMain"]')
    link = main.locator('a:has-text("Open in Findings")').first
    link.wait_for(timeout=90_000)
    page.wait_for_load_state("networkidle")
    link.click()
    page.wait_for_url("**/findings?**", timeout=30_000)
    severities("violation", "warning")
    page.go_back()
    page.wait_for_url(re.compile(r"/$"), timeout=30_000)  # home, the first time
    main.get_by_text("Most important findings").wait_for(timeout=30_000)

    page.goto(f"{app_url}/findings")
    severities("violation", "warning")
    assert query() == {}  # the defaults are not written into the URL (no entry of their own)
    main.locator('button[aria-label^="Remove warning"]').click()
    page.wait_for_url(re.compile(r"severity=violation$"), timeout=30_000)
    severities("violation")
    main.locator('button[aria-label^="Remove violation"]').click()
    page.wait_for_url(re.compile(r"severity=$"), timeout=30_000)
    severities()
    page.locator('[data-testid="stSidebarNav"] a:has-text("Overview")').click()
    main.get_by_text("Most important findings").wait_for(timeout=30_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert urllib.parse.urlsplit(page.url).path == "/" and query() == {}  # nothing leaked
    for url_query, wanted in (({"severity": [""]}, ()), ({"severity": ["violation"]},
                                                         ("violation",)),
                              ({}, ("violation", "warning"))):
        page.go_back()  # each Back: the state before, exactly
        page.wait_for_url(lambda u: "/findings" in u and urllib.parse.parse_qs(
            urllib.parse.urlsplit(u).query, keep_blank_values=True) == url_query,
            timeout=30_000)
        severities(*wanted)
        page.wait_for_timeout(500)
        assert query() == url_query  # and the page did not write another state over it
    # a page opened bare writes no state of its own: Back leaves it at once
    page.locator('[data-testid="stSidebarNav"] a:has-text("Source")').click()
    main.locator(".cg-source").wait_for(timeout=30_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert urllib.parse.urlsplit(page.url).path == "/source" and query() == {}
    page.go_back()
    page.wait_for_url(re.compile(r"/findings$"), timeout=30_000)
    severities("violation", "warning")
    page.goto(f"{app_url}/entities?entity=alibaba")  # an entity's page adds no entry either
    main.locator('iframe[title*="st_link_analysis"]').wait_for(timeout=60_000)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert query() == {"entity": ["alibaba"]}
    context.close()


def test_back_steps_through_the_sparql_and_entities_states_set(app_url, browser) -> None:
    """Issue 33: the SPARQL page wrote its URL on every keystroke (the editor re-runs the
    page as it is typed in), so Back stepped through half-typed queries; each act (a run,
    a named query picked, another entity chosen) is one history entry, typing none, and
    Back and Forward land on exactly the states set, restored."""
    from playwright.sync_api import expect

    def query() -> dict[str, list[str]]:
        return urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)

    def entries() -> int:
        return entries_added(page)

    def settled() -> None:  # the reruns done, and time for a stray write to show
        page.wait_for_load_state("networkidle")
        page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')")
        page.wait_for_timeout(1000)

    def editor_text() -> str:
        return editor.locator(".ace_text-layer").first.inner_text().replace("\xa0", " ")

    def step(go, url_query: dict, name: str, text: str, rows: bool) -> None:
        go()  # Back or Forward: that state, exactly, and the page writes nothing over it
        page.wait_for_url(lambda u: "/sparql" in u and urllib.parse.parse_qs(
            urllib.parse.urlsplit(u).query) == url_query, timeout=30_000)
        expect(chosen).to_have_value(re.compile("^" + re.escape(name)), timeout=30_000)
        expect(editor.locator(".ace_text-layer").first).to_contain_text(text, timeout=30_000)
        result = main.get_by_text(re.compile(r"^\d+ rows$"))
        # Back changes the URL at once and the rerun it asks for may not have begun, so
        # the state before (the same query, its rows) can still be on the page: wait for
        # the state wanted, then for the run to end and anything it writes over it
        if rows:
            expect(result).to_be_visible(timeout=60_000)
        else:
            expect(result).to_have_count(0, timeout=60_000)
        settled()
        assert query() == url_query
        assert editor_text().startswith(text) if text else True
        if not rows:
            assert result.count() == 0

    context, page = cold(browser, f"{app_url}/sparql")
    main = page.locator('[data-testid="stMain"]')
    chosen = main.locator('input[aria-label="Named query"]')
    # the newest editor: another query's replaces the last for a moment
    editor = page.locator('iframe[title*="streamlit_ace"]').last.content_frame
    editor.locator(".ace_keyword").first.wait_for(timeout=90_000)
    settled()
    start = entries()
    assert query() == {}  # the defaults: no entry of their own
    default = editor_text()
    editor.locator(".ace_content").first.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" LIMIT 3")
    page.keyboard.press("Escape")  # Ace's completions, which a second editor shows
    editor.locator('.ace_keyword:text-is("LIMIT")').wait_for(timeout=10_000)
    settled()
    # typing: no entry, nothing run
    assert query() == {} and entries() == start, history_log(page)
    assert main.get_by_text(re.compile(r"^\d+ rows$")).count() == 0
    main.get_by_role("button", name="Run").click()
    main.get_by_text(re.compile(r"^\d+ rows$")).wait_for(timeout=60_000)
    settled()
    typed = {"query": [default + " LIMIT 3"], "run": ["1"]}
    assert query() == typed and entries() == start + 1, history_log(page)  # the run: one entry
    editor.locator(".ace_content").first.click()  # typing after a run: not run, nor written
    page.keyboard.press("Control+End")
    page.keyboard.type(" ORDER BY")
    page.keyboard.press("Escape")
    settled()
    assert query() == typed and entries() == start + 1, history_log(page)
    assert main.locator('[data-testid="stAlert"]').count() == 0  # no half-typed query's error
    expect(main.get_by_text(re.compile(r"^\d+ rows$"))).to_be_visible()
    expect(main.get_by_text("edited since this ran", exact=False)).to_be_visible()
    chosen.click()
    page.keyboard.type("claims-in-violations")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?name=claims-in-violations$"), timeout=30_000)
    expect(editor.locator(".ace_text-layer").first).to_contain_text("Claims in violations",
                                                                   timeout=30_000)
    settled()
    picked = {"name": ["claims-in-violations"]}
    # picked: one entry
    assert query() == picked and until(entries, start + 2) == start + 2, history_log(page)
    named = editor_text().splitlines()[0]
    main.get_by_role("button", name="Run").click()
    main.get_by_text(re.compile(r"^\d+ rows$")).wait_for(timeout=60_000)
    settled()
    assert query() == {**picked, "run": ["1"]}
    assert until(entries, start + 3) == start + 3, history_log(page)

    step(page.go_back, picked, "claims-in-violations", named, rows=False)
    step(page.go_back, typed, "(your own)", default + " LIMIT 3", rows=True)
    step(page.go_back, {}, "(your own)", default, rows=False)
    step(page.go_forward, typed, "(your own)", default + " LIMIT 3", rows=True)
    step(page.go_forward, picked, "claims-in-violations", named, rows=False)
    assert entries() == start + 3, history_log(page)  # Back and Forward added none

    # Entities: another entity chosen is one entry, and Back returns to the one before
    page.goto(f"{app_url}/entities?entity=alibaba")
    entity = main.locator('input[aria-label="Entity"]')
    expect(entity).to_have_value(re.compile("^Alibaba "), timeout=90_000)
    main.locator('iframe[title*="st_link_analysis"]').wait_for(timeout=60_000)
    settled()
    start = entries()
    entity.click()
    page.keyboard.type("large traditional")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?entity=us-large-malls$"), timeout=30_000)
    main.get_by_role("heading", name="large traditional shopping malls", exact=False).wait_for(
        timeout=30_000)
    settled()
    assert query() == {"entity": ["us-large-malls"]} and entries() == start + 1, history_log(page)
    page.go_back()
    page.wait_for_url(re.compile(r"\?entity=alibaba$"), timeout=30_000)
    expect(entity).to_have_value(re.compile("^Alibaba "), timeout=30_000)
    main.get_by_role("heading", name="Alibaba", exact=False).wait_for(timeout=30_000)
    settled()
    assert query() == {"entity": ["alibaba"]}
    page.go_forward()
    page.wait_for_url(re.compile(r"\?entity=us-large-malls$"), timeout=30_000)
    expect(entity).to_have_value(re.compile("^large traditional"), timeout=30_000)
    settled()
    assert query() == {"entity": ["us-large-malls"]} and entries() == start + 1, history_log(page)
    context.close()


def test_findings_are_searched_by_their_words_and_the_search_is_in_the_url(app_url,
                                                                           browser) -> None:
    """Issue 33 (Deliver: text search over findings): a search shows the findings whose
    text holds every word, and only them; it is one history entry, restored cold from
    the URL and by Back."""
    from playwright.sync_api import expect

    from kg.app.data import cache_dir
    from kg.check.pipeline import check_folder

    findings = check_folder(PAPER_DIR, cache_dir=cache_dir()).report.findings
    by_label = {f.label or f.id: f for f in findings}

    def shown() -> set[str]:  # the cards' titles: "BADGE check · title · document"
        return {t.split(" · ")[1] for t in main.locator(".cg-finding").all_inner_texts()}

    def holds(f, words: str) -> bool:
        text = " ".join(" ".join(str(v).split()) for v in (
            f.label, f.message, f.arithmetic, *(q.text for q in f.quotes)) if v).lower()
        return all(w in text for w in words.lower().split())

    every = "severity=violation,warning,info,pass"
    context, page = cold(browser, f"{app_url}/findings?{every}&q=910+million")
    main = page.locator('[data-testid="stMain"]')
    search = main.locator('input[aria-label="Search"]')
    expect(search).to_have_value("910 million", timeout=90_000)
    settled(page)
    wanted = {label for label, f in by_label.items() if holds(f, "910 million")}
    assert wanted and len(wanted) < len(findings)
    expect(main.get_by_text(f"{len(wanted)} of {len(findings)} findings")).to_be_visible()
    assert until(shown, wanted) == wanted
    entries = entries_added(page)
    search.fill("Tmall grew")
    search.press("Enter")
    page.wait_for_url(re.compile(r"q=Tmall\+grew"), timeout=30_000)
    wanted = {label for label, f in by_label.items() if holds(f, "Tmall grew")}
    assert wanted
    expect(main.get_by_text(f"{len(wanted)} of {len(findings)} findings")).to_be_visible(
        timeout=30_000)
    assert until(shown, wanted) == wanted
    page.wait_for_load_state("networkidle")
    assert entries_added(page) == entries + 1, history_log(page)  # the search: one entry
    page.go_back()
    page.wait_for_url(re.compile(r"q=910\+million$"), timeout=30_000)
    expect(search).to_have_value("910 million", timeout=30_000)
    wanted = {label for label, f in by_label.items() if holds(f, "910 million")}
    expect(main.get_by_text(f"{len(wanted)} of {len(findings)} findings")).to_be_visible(
        timeout=30_000)
    assert until(shown, wanted) == wanted
    context.close()


def test_each_filters_counts_follow_the_other_filters(app_url, browser) -> None:
    """Issue 33: "filter counts ignore the other filters": with the check filter on
    difference, the severity filter still said violation (2) and warning (2)."""
    from playwright.sync_api import expect

    from kg.app.data import cache_dir
    from kg.check.pipeline import check_folder

    findings = check_folder(PAPER_DIR, cache_dir=cache_dir()).report.findings

    def count(severities, checks) -> int:
        return sum(f.severity in severities and f.check in checks for f in findings)

    context, page = cold(browser, f"{app_url}/findings?check=difference")
    chips = page.locator(f'[data-testid="stMain"] {CHIPS}')
    expect(chips).to_have_count(3, timeout=90_000)  # two severities, one check
    every = {f.check for f in findings}
    assert chips.all_inner_texts() == [
        # each severity: the difference findings of that severity
        f"violation ({count({'violation'}, {'difference'})})",
        f"warning ({count({'warning'}, {'difference'})})",
        # the check: its findings of the severities chosen
        f"difference ({count({'violation', 'warning'}, {'difference'})})"]
    assert count({"violation"}, {"difference"}) != count({"violation"}, every)  # it shows
    context.close()


def test_findings_sort_by_check_and_by_title_and_the_order_is_in_the_url(app_url,
                                                                        browser) -> None:
    """Issue 33 (Deliver: sorting): the findings sort by check or by title (the report's
    order, by document, is the default); each choice is one history entry, restored cold
    and by Back."""
    from playwright.sync_api import expect

    def cards() -> list[tuple[str, str, str]]:  # (severity, check, title) as shown
        out = []
        for text in main.locator(".cg-finding").all_inner_texts():
            head, title = text.split(" · ")[:2]
            severity, check = head.split(maxsplit=1)
            out.append((severity.lower(), check, title))
        return out

    every = "severity=violation,warning,info,pass"
    context, page = cold(browser, f"{app_url}/findings?{every}&sort=check")
    main = page.locator('[data-testid="stMain"]')
    order = main.locator('input[aria-label="Sort by"]')
    expect(order).to_have_value("check", timeout=90_000)
    settled(page)
    by_check = cards()
    assert len(by_check) == 18 and len({c for _, c, _ in by_check}) > 2
    assert [c for _, c, _ in by_check] == sorted(c for _, c, _ in by_check)
    entries = entries_added(page)
    order.click()
    page.keyboard.type("title")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"sort=title"), timeout=30_000)
    expect(order).to_have_value("title", timeout=30_000)
    page.wait_for_load_state("networkidle")
    titles = until(lambda: [t.lower() for _, _, t in cards()],
                   sorted(t.lower() for _, _, t in by_check))
    assert titles == sorted(titles) and titles != [t.lower() for _, _, t in by_check]
    assert entries_added(page) == entries + 1, history_log(page)  # one entry
    page.go_back()
    page.wait_for_url(re.compile(r"sort=check$"), timeout=30_000)
    expect(order).to_have_value("check", timeout=30_000)
    page.wait_for_load_state("networkidle")
    assert until(cards, by_check) == by_check
    context.close()


@pytest.fixture(scope="module")
def writable_claims(tmp_path_factory):
    """A copy of the paper's claims, which the app may write into; and the app on it."""
    root = tmp_path_factory.mktemp("accept") / "claims"
    shutil.copytree(PAPER_DIR, root)
    for url in start_app(root):
        yield root, url


def test_a_finding_is_accepted_with_a_reason_shown_as_a_diff_before_it_is_written(
        writable_claims, browser) -> None:
    """Issue 33: accept or dismiss a finding from the app with a reason, written as the
    suppression file kg check reads, shown as a diff first (never silently); the text
    typed is shown as text; kg check honours it afterwards."""
    from playwright.sync_api import expect

    from kg.app.data import JOINER
    root, url = writable_claims
    written = root / "china-us-ecommerce-2014" / "suppressions.ttl"
    who, why = "A. Reviewer", f"the source misprints the total **really** <img src={PIXEL}>"
    context, page, requests = watched(browser, f"{url}/findings?finding={FINDING}")
    main = page.locator('[data-testid="stMain"]')
    def settled() -> None:  # the rerun done: no element of the run before left
        page.wait_for_load_state("networkidle")
        page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')")

    main.get_by_text("Accept or dismiss, with a reason").click(timeout=90_000)
    for label, text in (("Your name", who), ("Why", why)):
        settled()
        field = main.get_by_label(re.compile("^" + label))
        field.fill(text)
        field.press("Enter")
    diff = main.locator('[data-testid="stCode"]').filter(has_text="cg:Suppression")
    expect(diff).to_be_visible(timeout=30_000)
    shown = diff.inner_text()
    assert "+++ b/china-us-ecommerce-2014/suppressions.ttl" in shown
    assert f'+    dcterms:creator "{who}" ;' in shown and f'+    cg:reason "{why}" ;' in shown
    assert "cg:suppresses <https://w3id.org/claimgraph/doc/china-us-ecommerce-2014/r-bf-sum>" \
        in shown and 'cg:checkKind "sum"' in shown
    page.wait_for_timeout(1000)
    assert not written.exists()  # shown, not written
    main.get_by_role("button", name="Write suppressions.ttl").click()
    accepted = main.get_by_text(re.compile("^Accepted by A. Reviewer on "))
    expect(accepted).to_be_visible(timeout=90_000)
    # as typed (a word joiner keeps the address from becoming a link): no bold, no image
    assert accepted.inner_text().replace(JOINER, "").endswith(why)
    assert main.locator(f'img[src="{PIXEL}"]').count() == 0
    assert stayed_home(requests, url) == []
    assert why in written.read_text(encoding="utf-8")
    context.close()

    checked = subprocess.run(
        [sys.executable, "-m", "kg", "check", "--claims", str(root), "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    import json
    [finding] = [f for f in json.loads(checked.stdout)["findings"] if f["id"] == FINDING]
    assert finding["severity"] == "violation"  # still reported, no longer failing
    assert finding["accepted"]["by"] == who and finding["accepted"]["reason"] == why


#: a relation the paper does not make, which fails: appended to a copy's claims
NEW_RELATION = """
:r-added-in-test a cg:ComparisonRelation ; cg:claim :c-bf-channels ; cg:basis cg:Stated ;
    rdfs:label "the malls sold more than all channels together"@en ;
    cg:greater :f-bf-malls ; cg:lesser :f-bf-total .
"""


def test_findings_new_since_the_last_check_are_marked_new(tmp_path, browser) -> None:
    """Issue 33: "new since the last check": after an edit and a re-check, the findings
    the previous report did not have are marked NEW, and only they."""
    from playwright.sync_api import expect

    root = tmp_path / "claims"
    shutil.copytree(PAPER_DIR, root)
    for url in start_app(root):
        context, page = cold(browser, f"{url}/findings")
        main = page.locator('[data-testid="stMain"]')
        cards = main.locator(".cg-finding")
        expect(cards.first).to_be_visible(timeout=90_000)
        settled(page)  # every card drawn: a page's cards come one by one
        before = cards.count()
        assert before > 1
        assert main.locator('.cg-badge[data-severity="new"]').count() == 0  # nothing before
        with (root / "china-us-ecommerce-2014" / "claims.ttl").open("a") as claims:
            claims.write(NEW_RELATION)
        page.goto(f"{url}/")
        main.get_by_role("button", name="Check again").click(timeout=90_000)
        main.get_by_text("Most important findings").wait_for(timeout=90_000)
        page.wait_for_load_state("networkidle")
        page.goto(f"{url}/findings")
        marked = cards.filter(has=page.locator('.cg-badge[data-severity="new"]'))
        expect(marked).to_have_count(1, timeout=90_000)
        assert "the malls sold more than all channels together" in marked.inner_text()
        assert marked.locator(".cg-badge").all_inner_texts() == ["VIOLATION", "NEW"]
        expect(main.get_by_text(re.compile(r"^1 warning\(s\) and violation\(s\) new since "
                                           r"the check of \d{4}-\d\d-\d\d"))).to_be_visible()
        expect(cards).to_have_count(before + 1, timeout=30_000)  # the others: not marked
        context.close()


def test_a_check_kind_and_intervals_are_explained_one_click_away(app_url, browser) -> None:
    """Issue 33: jargon with nothing that explains a check; each card's check kind and
    what an interval is, one click away, in the vocabulary's own words (its rdfs:comment,
    not a copy)."""
    from playwright.sync_api import expect
    from rdflib.namespace import RDFS

    from kg.namespaces import CG
    from kg.vocab import vocabulary_graph

    vocabulary = vocabulary_graph()
    context, page = cold(browser, f"{app_url}/findings?finding={FINDING}")
    main = page.locator('[data-testid="stMain"]')
    main.get_by_role("button", name="What is a sum check?").click(timeout=90_000)
    body = page.locator('[data-testid="stPopoverBody"]')
    expect(body).to_be_visible(timeout=30_000)
    for term in (CG.SumRelation, CG.lowerBound, CG.upperBound):
        expect(body).to_contain_text(str(vocabulary.value(term, RDFS.comment)),
                                     timeout=10_000)
    assert on_first_screen(body)  # the click shows it, nothing to scroll to
    context.close()
