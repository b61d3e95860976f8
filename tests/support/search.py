"""Run the site's real search box the way a reader does and score the results.

The query suite lives in tests/search_queries.yml: each query with the page it
must find in the top three results. One page load per run: the box is emptied
between queries, and the ordered result list is read once the search worker's
answer to the query is on screen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import Page

TOP = 3  # a query finds its page when the page is among the first TOP results

BOX = "input[data-md-component='search-query']"

# Material searches the box's value on every keyup and then writes the result
# count into the list's first child, once per answer from the search worker
# (components/search/result in Material's sources). Counting those writes tells
# the test when the answer to the last keystroke is on screen.
WATCH_ANSWERS = """() => {
  const meta = document.querySelector(".md-search-result__meta");
  window.__searchAnswers = 0;
  new MutationObserver((records) => { window.__searchAnswers += records.length; })
    .observe(meta, { childList: true, characterData: true, subtree: true });
}"""

# The article URL of each result, in the order shown.
RESULTS = """() => [...document.querySelectorAll("li.md-search-result__item")]
  .map((item) => item.querySelector("a.md-search-result__link"))
  .filter(Boolean)
  .map((link) => link.href)"""


@dataclass
class Query:
    text: str
    page: str   # docs-relative Markdown path, e.g. storage/csi-storage.md
    line: int   # line in the query file, for error messages


@dataclass
class Outcome:
    query: Query
    found: list[str]  # docs-relative Markdown paths of the results, in order

    @property
    def hit(self) -> bool:
        return self.query.page in self.found[:TOP]


def load_queries(path: Path, known_pages: set[str] | None = None) -> list[Query]:
    """Read a query file; fail with file:line on a malformed entry, a duplicate
    query or a page that is not in the site."""
    text = path.read_text(encoding="utf-8")
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    data = yaml.safe_load(text)
    where = _display(path)
    if not isinstance(data, dict) or not isinstance(data.get("queries"), list):
        raise ValueError(f"{where}:1: expected a mapping with a 'queries' list")
    nodes = next(v for k, v in root.value if k.value == "queries").value
    queries, seen, problems = [], {}, []
    for entry, node in zip(data["queries"], nodes):
        line = node.start_mark.line + 1
        if not (isinstance(entry, dict) and set(entry) == {"query", "page"}
                and all(isinstance(entry[k], str) and entry[k].strip() for k in entry)):
            problems.append(f"{where}:{line}: each entry needs exactly 'query' and 'page' (strings); got {entry!r}")
            continue
        key = " ".join(entry["query"].split())  # case matters: the separator splits camelCase
        if key in seen:
            problems.append(f"{where}:{line}: query {entry['query']!r} repeats line {seen[key]}")
        seen[key] = line
        if known_pages is not None and entry["page"] not in known_pages:
            problems.append(f"{where}:{line}: page {entry['page']!r} is not a page of the site")
        queries.append(Query(entry["query"], entry["page"], line))
    if problems:
        raise ValueError("\n".join(problems))
    return queries


def _display(path: Path) -> str:
    root = Path(__file__).resolve().parents[2]
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()


def threshold(path: Path) -> float:
    return float(yaml.safe_load(path.read_text(encoding="utf-8"))["threshold"])


def open_search(page: Page) -> None:
    """Open the search box and wait until the full index answers (it loads on
    first search; see docs/javascripts/search-loader.js)."""
    box = page.locator(BOX)
    box.click()
    box.press_sequentially("Karpenter", delay=10)
    page.wait_for_function(
        "document.querySelectorAll('li.md-search-result__item').length >= 3", timeout=15_000)
    page.evaluate(WATCH_ANSWERS)
    enter(page, "")


def enter(page: Page, text: str) -> None:
    """Put `text` in the box as a reader who pastes it and types its last
    character (or clears the box with a keystroke when `text` is empty), and
    wait for the search worker's answer to be rendered. Material searches on
    keyup, so this sends exactly one query: the whole text."""
    box = page.locator(BOX)
    page.evaluate("window.__searchAnswers = 0")
    box.fill(text[:-1])
    if text:
        box.press_sequentially(text[-1])
    else:
        box.press("End")
    page.wait_for_function("window.__searchAnswers > 0", timeout=15_000)


def search(page: Page, text: str, site_root: str) -> list[str]:
    """Search for `text` from an empty box; return the result pages in order,
    as docs-relative Markdown paths, and empty the box again."""
    enter(page, text)
    hrefs = page.evaluate(RESULTS)
    enter(page, "")
    return [_source(href, site_root) for href in hrefs]


def _source(href: str, site_root: str) -> str:
    path = urlsplit(href).path
    root = urlsplit(site_root).path
    relative = path[len(root):] if path.startswith(root) else path
    relative = relative.lstrip("/") or "index.html"
    return relative[: -len(".html")] + ".md" if relative.endswith(".html") else relative


def run(page: Page, queries: list[Query], site_root: str) -> list[Outcome]:
    open_search(page)
    return [Outcome(q, search(page, q.text, site_root)) for q in queries]


def verdict(outcomes: list[Outcome], minimum: float, mode: str) -> tuple[float, str]:
    """The share of queries that found their page, and a report naming every
    miss with the page it expected and the top results it got."""
    hits = sum(o.hit for o in outcomes)
    score = hits / len(outcomes) if outcomes else 0.0
    lines = [f"search from {mode}: {hits}/{len(outcomes)} queries found their page in the top {TOP} "
             f"({score:.1%}; at least {minimum:.0%} required)"]
    for o in outcomes:
        if not o.hit:
            top = ", ".join(o.found[:TOP]) or "no results"
            lines.append(f"  miss (line {o.query.line}): {o.query.text!r} expected {o.query.page}; top {TOP}: {top}")
    return score, "\n".join(lines)
