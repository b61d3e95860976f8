"""Guards for what keeps pages light (README, "Performance"): Mermaid loads
only on pages with diagrams and only when a diagram comes near the viewport,
as ES modules over HTTP and as the single UMD file from disk; the full search
index loads only when the reader opens search; code blocks get their copy
button when they are first seen (content.lazy) and carry no empty markup, so
every page stays within an element budget. Timings are measured by
scripts/bench, not asserted here."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from support.browser import (
    HTTP_LOCAL, LOCAL_SCHEMES, diagram_count, open_offline, open_page, reveal_code_blocks, wait_for_diagrams,
)
from support.html import soup
from support.markdown import included
from support.serve import serve
from support.site import DOCS

# Every element is styled again each time Material's start-up touches the
# whole document (colour palette, header); the longest pages hold about 1,700.
ELEMENT_BUDGET = 2_000


@pytest.fixture
def served(site):
    with serve(site.site_dir, urlsplit(site.site_url).path) as url:
        yield url


def test_a_page_without_diagrams_never_requests_mermaid(site, browser, served):
    for url in (site.html_for("glossary.md").as_uri(), served + "glossary.html"):
        with open_page(browser, url, local=LOCAL_SCHEMES + HTTP_LOCAL) as (page, visit):
            page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_timeout(500)
            assert not [f for f in visit.requests if re.search("mermaid|diagram-viewer|panzoom", f)], visit.requests
            assert not page.locator("script[src*=mermaid]").count()


def test_panzoom_waits_until_a_diagram_is_opened(site, browser):
    """The diagram viewer comes with the first rendered diagram; its pan and
    zoom library only when a reader opens a diagram full screen."""
    path = site.html_for("compute/node-join.md")
    with open_offline(browser, path) as (page, visit):
        assert wait_for_diagrams(page, diagram_count(path)) is None
        page.wait_for_selector("div.mermaid[data-diagram-viewer]")
        assert [f for f in visit.requests if f.endswith("/diagram-viewer.js")], visit.requests
        assert not [f for f in visit.requests if "panzoom" in f], "Panzoom loaded before any diagram was opened"
        page.locator("div.mermaid").first.click()
        page.wait_for_selector("dialog.diagram-viewer[data-ready]")
        assert [f for f in visit.requests if "/vendor/panzoom-" in f], visit.requests
        assert not visit.problems(), visit.problems()


def test_mermaid_waits_until_a_diagram_is_near(site, browser):
    path = site.html_for("compute/autoscaling.md")
    with open_offline(browser, path, viewport={"width": 1000, "height": 300}) as (page, visit):
        page.wait_for_timeout(500)
        first = page.locator("pre.mermaid, div.mermaid").first.bounding_box()
        assert first["y"] > 300 * 1.5 + 50, "the test needs the first diagram well below the viewport"
        assert not [f for f in visit.requests if "vendor/mermaid" in f], "Mermaid loaded before any diagram was near"
        assert wait_for_diagrams(page, diagram_count(path)) is None
        assert [f for f in visit.requests if f.endswith("/mermaid.min.js")], "from disk the UMD build is used"
        assert not visit.problems(), visit.problems()


def test_mermaid_es_modules_over_http(site, browser, served):
    path = site.html_for("production/reference-architecture.md")
    with open_page(browser, served + "production/reference-architecture.html", local=HTTP_LOCAL) as (page, visit):
        assert wait_for_diagrams(page, diagram_count(path)) is None
        files = visit.requests
        assert [f for f in files if f.endswith("/mermaid.esm.min.mjs")], files
        assert not [f for f in files if f.endswith("/mermaid.min.js")], "the 3.6 MB UMD build is for file:// only"
        assert not visit.problems(), visit.problems()


@pytest.mark.parametrize("over", ["disk", "http"])
def test_full_search_index_loads_on_first_search(site, browser, served, over):
    url = site.html_for("glossary.md").as_uri() if over == "disk" else served + "glossary.html"
    with open_page(browser, url, local=LOCAL_SCHEMES + HTTP_LOCAL) as (page, visit):
        page.wait_for_timeout(500)
        assert not [f for f in visit.requests if "search_index.full" in f], "the full index loaded with the page"
        box = page.locator("input[data-md-component='search-query']")
        box.click()
        box.press_sequentially("karpenter", delay=0)  # typed before the full index arrives
        results = page.locator(".md-search-result__item a")
        results.first.wait_for(timeout=15_000)
        assert [f for f in visit.requests if "search_index.full" in f]
        hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
        assert any("compute/autoscaling.html" in h for h in hrefs), hrefs
        assert not visit.problems(), visit.problems()


def test_code_blocks_get_their_copy_button_when_seen(site, browser):
    """Material mounts code blocks lazily (content.lazy), which saves long
    pages a forced layout per block at load; a reader still gets a copy
    button on every block they see, output blocks (no-copy) excepted."""
    path = site.html_for("storage/csi-storage.md")
    with open_offline(browser, path) as (page, visit):
        copyable = ".highlight:not(.no-copy)"
        last = page.locator(copyable).last
        assert not last.locator(".md-code__button").count(), "a block far below the fold was mounted at load"
        reveal_code_blocks(page)
        missing = page.evaluate(f"""() => [...document.querySelectorAll("{copyable}")]
            .filter((b) => b.offsetParent && !b.querySelector(".md-code__button"))
            .map((b) => b.textContent.slice(0, 60))""")
        assert not missing, f"visible code blocks without a copy button: {missing}"
        assert page.locator(f"{copyable} .md-code__button").count() >= 5
        assert not visit.problems(), visit.problems()


def test_every_page_stays_within_the_element_budget(site):
    counts = {src: len(soup(site.html_for(src)).find_all(True)) for src in site.nav_sources}
    over = {src: n for src, n in counts.items() if n > ELEMENT_BUDGET}
    assert not over, f"pages over {ELEMENT_BUDGET} elements: {over}"


def test_code_blocks_keep_their_text_without_empty_markup(site):
    """Per-line anchors and Pygments' whitespace spans are gone (hooks/lean_code.py),
    and each line a reader copies is still a line of a file the page includes."""
    checked = 0
    for src in site.nav_sources:
        files = [DOCS / name for name in included(DOCS / src)]
        lines = {line.rstrip() for f in files for line in f.read_text(encoding="utf-8").splitlines()}
        for block in soup(site.html_for(src)).select(".highlight pre > code"):
            where = f"{src}: {block.get_text()[:50]!r}"
            assert not block.select('span.w, a[id^="__codelineno"]'), f"{where}: empty markup in a code block"
            if "language-text" in block.parent.parent.get("class", []):
                continue  # output blocks show what a command prints; they have no file
            for line in block.get_text().splitlines():
                assert line.rstrip() in lines, f"{where}: line not in the files the page includes: {line!r}"
                checked += 1
    assert checked > 500, checked
