"""The built site read from disk (file://) with no network: every page loads
with zero non-file requests and zero errors, every diagram renders, search
works, and the colour scheme can change without breaking diagrams."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from support.browser import diagram_count, open_offline, wait_for_diagrams

# Queries a reader might type, and a page each must find (from file://).
SEARCHES = {
    "cross-account": "index.html",
    "Karpenter": "compute/autoscaling.html",
    "AssumeRoleWithWebIdentity": "identity/pod-iam.html",
    "WaitForFirstConsumer": "storage/csi-storage.html",
}


def test_every_page_works_offline(site, browser):
    problems = []
    for src in site.nav_sources:
        path = site.html_for(src)
        with open_offline(browser, path) as (page, visit):
            issue = wait_for_diagrams(page, diagram_count(path))
            problems += [f"docs/{src}: {p}" for p in visit.problems() + ([issue] if issue else [])]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("query, expected", SEARCHES.items())
def test_search_works_offline(site, browser, query, expected):
    with open_offline(browser, site.site_dir / "index.html") as (page, visit):
        box = page.locator("input[data-md-component='search-query']")
        box.click()
        box.press_sequentially(query, delay=20)
        results = page.locator(".md-search-result__item a")
        results.first.wait_for(timeout=15_000)
        hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
        assert any(urlsplit(href).path.endswith(f"/{expected}") for href in hrefs), f"{query!r} found {hrefs}"
        assert not visit.problems(), visit.problems()


def test_colour_scheme_toggle_keeps_diagrams(site, browser):
    path = site.site_dir / "index.html"
    expected = diagram_count(path)
    assert expected >= 2, "the home page should carry the two overview diagrams"
    with open_offline(browser, path) as (page, visit):
        assert wait_for_diagrams(page, expected) is None
        schemes = []
        for _ in range(3):  # light -> dark -> system (light here) -> ...
            page.locator("form[data-md-component='palette'] label:visible").first.click()
            schemes.append(page.evaluate("document.body.getAttribute('data-md-color-scheme')"))
            assert wait_for_diagrams(page, expected) is None, f"diagrams lost after switching to {schemes[-1]}"
        assert "slate" in schemes and "default" in schemes, schemes
        assert not visit.problems(), visit.problems()


def test_system_dark_mode_is_followed(site, browser):
    with open_offline(browser, site.site_dir / "index.html", color_scheme="dark") as (page, visit):
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"


def test_print_page_holds_the_whole_guide_offline(site, browser):
    """The print page (print or save as PDF from the browser) carries every
    page and renders every diagram from disk."""
    path = site.site_dir / "print_page.html"
    from support.html import soup

    titles = {h1.get_text(strip=True).rstrip("¶") for h1 in soup(path).select("article h1")}
    # The Practice page repeats every question block, which the print page
    # already holds on the pages that teach them (mkdocs.yml, print-site exclude).
    for src in [src for src in site.nav_sources if src != "practice.md"]:
        title = soup(site.html_for(src)).select_one("article h1").get_text(strip=True).rstrip("¶")
        assert title in titles, f"print page lacks docs/{src} ({title})"
    expected = diagram_count(path)
    with open_offline(browser, path) as (page, visit):
        assert wait_for_diagrams(page, expected, timeout_ms=60_000) is None
        assert not visit.problems(), visit.problems()
