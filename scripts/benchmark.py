"""Benchmark the built site the way readers meet it (run it with scripts/bench).

For each page: bytes and requests of a cold load from disk (file://) and over
HTTP with gzip (as GitHub Pages serves it), the time until every diagram is
rendered when a reader scrolls through, and Lighthouse mobile and desktop
scores (median of N runs, Debian Chromium, the site served on 127.0.0.1 with
gzip). Also the strict build time (median of 3) and how fast search answers on
a text page. With --baseline REF, the site built from that git revision is
measured in the same run, page by page and run by run in turn, so the two are
comparable (absolute times on these machines are noisy).

Writes the table to bench/report.md and prints it. Timings are reported, not
judged: the test suite does not depend on them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from support.browser import (  # noqa: E402
    CHROMIUM_ARGS, HTTP_LOCAL, LOCAL_SCHEMES, chromium, chromium_path, diagram_count, open_page,
    wait_for_diagrams,
)
from support.serve import serve  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# The test browser's flags, minus the offline rules, whose values hold spaces
# that Lighthouse's --chrome-flags cannot carry (the site is on 127.0.0.1 anyway).
LIGHTHOUSE_CHROME_ARGS = [a for a in CHROMIUM_ARGS if not a.startswith(("--proxy-server", "--host-resolver-rules"))]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def build(source: Path, site: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
                   cwd=source, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - start


def nav_pages(site: Path) -> list[str]:
    """Built pages in nav order, from the sitemap MkDocs writes."""
    import re

    text = (site / "sitemap.xml").read_text()
    urls = [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", text)]
    base = os.path.commonpath(urls) if len(urls) > 1 else "/"
    pages = [u[len(base):].lstrip("/") or "index.html" for u in urls]
    return [p for p in pages if (site / p).exists()]


def cold_load(browser, url: str, diagrams: int, local: tuple[str, ...]) -> dict:
    """Requests, bytes and diagram render time of one cold page load (fresh
    context, empty cache). Diagrams are scrolled into view one by one, as a
    reader would, and timed until the last one is an SVG."""
    context = browser.new_context()
    page = context.new_page()
    finished, blocked = [], []
    page.on("requestfinished", lambda request: finished.append(request))
    page.on("request", lambda request: request.url.startswith(local) or blocked.append(request.url))
    try:
        page.goto(url, wait_until="load")
        rendered_ms = None
        if diagrams:
            if problem := wait_for_diagrams(page, diagrams):
                raise RuntimeError(f"{url}: {problem}")
            rendered_ms = page.evaluate("performance.now()")
        page.wait_for_load_state("networkidle")
        total = 0
        for request in finished:
            parsed = urlsplit(request.url)
            if parsed.scheme == "file":
                path = Path(unquote(parsed.path))
                total += path.stat().st_size if path.is_file() else 0
            else:
                total += request.sizes()["responseBodySize"]
        return {"requests": len(finished), "bytes": total, "diagrams_ms": rendered_ms, "blocked": blocked}
    finally:
        context.close()


def lighthouse(url: str, preset: str) -> dict[str, int]:
    """One Lighthouse run (mobile is Lighthouse's default emulation)."""
    with tempfile.TemporaryDirectory() as out:
        report = Path(out) / "report.json"
        args = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                "--chrome-flags=" + " ".join(["--headless=new", *LIGHTHOUSE_CHROME_ARGS])]
        if preset == "desktop":
            args.append("--preset=desktop")
        subprocess.run(args, check=True, env={**os.environ, "CHROME_PATH": chromium_path()},
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        data = json.loads(report.read_text())
    return {c: round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES}


def search_latency(browser, url: str, queries=("karpenter", "subnet", "webhook", "gp3", "prefix")) -> float:
    """Median ms from the last keystroke to the first result, over HTTP."""
    with open_page(browser, url, local=HTTP_LOCAL) as (page, _):
        box = page.locator("input[data-md-component='search-query']")
        box.click()
        box.press_sequentially("node", delay=10)  # warm up: the worker loads the index
        page.locator(".md-search-result__item").first.wait_for(timeout=20_000)
        times = []
        for query in queries:
            box.fill("")
            page.wait_for_timeout(100)
            times.append(page.evaluate("""(query) => new Promise((resolve) => {
                const input = document.querySelector("input[data-md-component='search-query']");
                const list = document.querySelector(".md-search-result__list");
                const start = performance.now();
                const done = () => { if (list.children.length) { observer.disconnect(); resolve(performance.now() - start); } };
                const observer = new MutationObserver(done);
                observer.observe(list, { childList: true });
                input.value = query;
                input.dispatchEvent(new KeyboardEvent("keyup", { key: query.slice(-1), bubbles: true }));
                input.dispatchEvent(new Event("input", { bubbles: true }));
                done();
            })""", query))
        return statistics.median(times)


def measure(sites: dict[str, Path], pages: list[str], runs: int, browser, stack) -> dict[str, dict]:
    """Measure every page of every site, interleaving the sites page by page
    and run by run, so that noise on this machine falls on both alike."""
    urls = {label: stack.enter_context(serve(site, "/site/")) for label, site in sites.items()}
    results: dict[str, dict] = {label: {} for label in sites}
    for name in pages:
        present = [label for label, site in sites.items() if (site / name).exists()]
        for label in present:
            diagrams = diagram_count(sites[label] / name)
            results[label][name] = {
                "disk": cold_load(browser, (sites[label] / name).as_uri(), diagrams, LOCAL_SCHEMES),
                "http": cold_load(browser, urls[label] + name, diagrams, HTTP_LOCAL),
                "mobile": {c: [] for c in CATEGORIES}, "desktop": {c: [] for c in CATEGORIES},
            }
        for _ in range(runs):
            for label in present:
                for preset in ("mobile", "desktop"):
                    for category, score in lighthouse(urls[label] + name, preset).items():
                        results[label][name][preset][category].append(score)
        for label in present:
            for preset in ("mobile", "desktop"):
                scores = results[label][name][preset]
                results[label][name][preset] = {c: int(statistics.median(v)) for c, v in scores.items() if v}
        print(f"  {name}: done", file=sys.stderr)
    for label in sites:
        results[label]["_search_ms"] = search_latency(browser, urls[label] + "glossary.html")
    return results


def table(columns: dict[str, dict], build_s: dict[str, float]) -> str:
    rows = ["| page | site | disk: requests / KB | HTTP gzip: requests / KB | diagrams rendered (ms) | "
            "mobile perf / a11y / BP / SEO | desktop perf / a11y / BP / SEO |", "|" + "---|" * 7]
    pages = [p for p in next(iter(columns.values())) if not p.startswith("_")]
    for page in pages:
        for label, results in columns.items():
            r = results.get(page)
            if r is None:
                continue

            def scores(key):
                return " / ".join(str(r[key].get(c, "–")) for c in CATEGORIES) if r[key] else "–"

            diagrams = f"{r['disk']['diagrams_ms']:.0f}" if r["disk"]["diagrams_ms"] else "–"
            rows.append(f"| {page} | {label} | {r['disk']['requests']} / {r['disk']['bytes'] / 1024:.0f} | "
                        f"{r['http']['requests']} / {r['http']['bytes'] / 1024:.0f} | {diagrams} | "
                        f"{scores('mobile')} | {scores('desktop')} |")
    rows.append("")
    for label, results in columns.items():
        rows.append(f"- {label}: strict build {build_s[label]:.2f} s; search answers in "
                    f"{results['_search_ms']:.0f} ms (median, text page, HTTP)")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", metavar="REF", help="also measure the site built from this git revision")
    parser.add_argument("--pages", nargs="*", help="built pages to measure (default: every page in the sitemap)")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page and form factor (0: skip)")
    parser.add_argument("--output", default=str(ROOT / "bench" / "report.md"))
    args = parser.parse_args()

    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        sources = {"current": ROOT}
        if args.baseline:
            worktree = work / "baseline"
            subprocess.run(["git", "worktree", "add", "--detach", str(worktree), args.baseline], cwd=ROOT,
                           check=True, stdout=subprocess.DEVNULL)
            stack.callback(subprocess.run, ["git", "worktree", "remove", "--force", str(worktree)], cwd=ROOT)
            sources = {f"baseline ({args.baseline})": worktree, "current": ROOT}
        sites = {label: work / f"site-{i}" for i, label in enumerate(sources)}
        times: dict[str, list[float]] = {label: [] for label in sources}
        for _ in range(3):  # interleaved, median of three
            for label, source in sources.items():
                times[label].append(build(source, sites[label]))
        build_s = {label: statistics.median(t) for label, t in times.items()}
        pages = args.pages or nav_pages(sites["current"])
        browser = stack.enter_context(chromium())
        columns = measure(sites, pages, args.runs, browser, stack)
    report = table(columns, build_s)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report + "\n")
    print(report)
    print(f"\nwritten to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
