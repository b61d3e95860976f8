"""Open built pages in Debian's Chromium (driven by Playwright) the way an
offline reader does: from file://, with every non-file request aborted."""

from __future__ import annotations

import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from .site import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Flags proven on these machines: no sandbox as root, and no background
# traffic, which a closed network would refuse and report as noise.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Offline for real: any name lookup fails and any proxied request goes to a
    # closed port. (Playwright request interception is not used: with it,
    # Chromium refuses file:// stylesheets and scripts as cross-origin.)
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--proxy-server=http://127.0.0.1:9",
]

# True once every diagram the page started with has become an <svg> (the
# site's mermaid-loader.js keeps each diagram's shadow root open, so that the
# full-screen view, the step-through and these checks can reach it).
DIAGRAMS_RENDERED = """
(expected) => {
  const done = [...document.querySelectorAll("div.mermaid")]
    .filter((div) => div.shadowRoot && div.shadowRoot.querySelector("svg"));
  return document.querySelectorAll("pre.mermaid").length === 0 && done.length === expected;
}
"""


def diagram_count(path: Path) -> int:
    """How many diagrams a built page holds (before any script runs)."""
    return len(re.findall(r'<pre\s+class="mermaid"', path.read_text(encoding="utf-8")))


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("Chromium is not installed: run scripts/test as root, or apt-get install chromium")
    return path


@contextmanager
def chromium():
    """Launch Debian's Chromium headless; yields a Playwright Browser."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Visit:
    """What happened while a page was open."""

    url: str
    requests: list[str] = field(default_factory=list)      # every request, in order
    blocked: list[str] = field(default_factory=list)       # requests to another host (they fail)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return (
            [f"requested {url} (offline pages must not use the network)" for url in self.blocked]
            + [f"console error: {text}" for text in self.console_errors]
            + [f"page error: {text}" for text in self.page_errors]
        )


LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
# What a page served by support/serve.py on 127.0.0.1 may request.
HTTP_LOCAL = ("http://127.0.0.1:", "data:", "blob:", "about:")


def open_offline(browser, path: Path, color_scheme: str = "light", **options):
    """Open a built page from disk, as an offline reader does."""
    return open_page(browser, path.as_uri(), color_scheme, **options)


@contextmanager
def open_page(browser, url: str, color_scheme: str = "light", local: tuple[str, ...] = LOCAL_SCHEMES,
              viewport: dict | None = None):
    """Open `url` in a fresh context (empty storage, the given system colour
    scheme and viewport); record every request whose URL does not start with `local`."""
    context = browser.new_context(color_scheme=color_scheme, **({"viewport": viewport} if viewport else {}))
    page: Page = context.new_page()
    visit = Visit(url)

    def is_local(url: str) -> bool:
        return url.startswith(local)

    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("request", lambda request: is_local(request.url) or visit.blocked.append(request.url))
    page.on("console", lambda msg: msg.type == "error" and visit.console_errors.append(msg.text))
    page.on("pageerror", lambda error: visit.page_errors.append(str(error)))
    try:
        page.goto(visit.url, wait_until="load")
        yield page, visit
    finally:
        context.close()


# Bring every element that matches `selector` into view, one by one, as a
# reader scrolling through would, then go back to the top. With `open`, first
# open the collapsed block or the tab that hides each one; without it, hidden
# ones are skipped. `pause` ms after each lets the page react.
SCROLL_THROUGH = """async ([selector, open, pause]) => {
  for (const block of document.querySelectorAll(selector)) {
    if (open) {
      const details = block.closest("details:not([open])");
      if (details) details.open = true;
      const tab = block.closest(".tabbed-block");
      if (tab && !tab.offsetParent) {
        const index = [...tab.parentElement.children].indexOf(tab);
        tab.closest(".tabbed-set").querySelectorAll(":scope > .tabbed-labels > label")[index].click();
      }
    } else if (!block.offsetParent) continue;
    block.scrollIntoView({ block: "center" });
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, pause)));
  }
  window.scrollTo(0, 0);
}"""


def scroll_to_diagrams(page: Page) -> None:
    """Diagrams render when they come near the viewport: bring each into view,
    opening the tab or collapsed block that holds it first."""
    page.evaluate(SCROLL_THROUGH, ["pre.mermaid", True, 30])


def reveal_code_blocks(page: Page) -> None:
    """Material mounts a code block's copy button and annotations only when the
    block is first seen (theme feature content.lazy): bring every visible block
    into view, so that checks see the finished page."""
    page.evaluate(SCROLL_THROUGH, [".highlight", False, 0])


def wait_for_diagrams(page: Page, expected: int, timeout_ms: int = 30_000) -> str | None:
    """Scroll through the page as a reader would and wait until `expected`
    diagrams are rendered; return a problem or None."""
    try:
        scroll_to_diagrams(page)
        page.wait_for_function(DIAGRAMS_RENDERED, arg=expected, timeout=timeout_ms)
        return None
    except Exception:  # noqa: BLE001 - report what we saw instead of a timeout trace
        state = page.evaluate(
            """() => ({
                pending: document.querySelectorAll("pre.mermaid").length,
                rendered: [...document.querySelectorAll("div.mermaid")]
                  .filter((d) => d.shadowRoot && d.shadowRoot.querySelector("svg")).length })"""
        )
        return f"{state['rendered']} of {expected} diagrams rendered ({state['pending']} still unrendered)"


ALL_IMPACTS = ("minor", "moderate", "serious", "critical")


def axe_violations(page: Page, impacts=("serious", "critical"), reveal: bool = True) -> list[str]:
    """Run axe-core in the page, code blocks revealed unless `reveal` is
    false (the page as it loads); return one line per violation of `impacts`."""
    if reveal:
        reveal_code_blocks(page)
    page.add_script_tag(path=str(AXE))
    # preload: false stops axe from re-fetching stylesheets with XHR, which
    # Chromium refuses from file://; only the css-orientation-lock rule uses them.
    result = page.evaluate("() => axe.run(document, { resultTypes: ['violations'], preload: false })")
    problems = []
    for violation in result["violations"]:
        if violation["impact"] not in impacts:
            continue
        targets = ", ".join(" ".join(map(str, node["target"])) for node in violation["nodes"][:5])
        more = f" and {len(violation['nodes']) - 5} more" if len(violation["nodes"]) > 5 else ""
        problems.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}{more}")
    return problems
