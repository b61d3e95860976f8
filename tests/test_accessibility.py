"""axe-core on every page, in light and dark mode: no violations of any
impact as the page loads, before any scrolling, and no serious or critical
ones once every lazily mounted part (code blocks, diagrams) is in place.
Fixes belong in docs/stylesheets/extra.css or overrides/."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from support.browser import (
    ALL_IMPACTS, HTTP_LOCAL, LOCAL_SCHEMES, axe_violations, diagram_count, open_offline, open_page, wait_for_diagrams,
)
from support.serve import serve


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_accessibility_findings_at_load(site, browser, scheme):
    """What a reader meets first, and what a keyboard user tabs through before
    anything has scrolled into view: nothing at all, minor findings included."""
    problems = []
    pages = [(f"docs/{src}", site.html_for(src)) for src in site.nav_sources]
    for name, path in pages + [("print page", site.site_dir / "print_page.html")]:
        with open_offline(browser, path, color_scheme=scheme) as (page, _):
            problems += [f"{name} ({scheme}, at load): {v}" for v in axe_violations(page, ALL_IMPACTS, reveal=False)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(site, browser, scheme):
    problems = []
    pages = [(f"docs/{src}", site.html_for(src)) for src in site.nav_sources]
    for name, path in pages + [("print page", site.site_dir / "print_page.html")]:
        with open_offline(browser, path, color_scheme=scheme) as (page, _):
            wait_for_diagrams(page, diagram_count(path))
            problems += [f"{name} ({scheme}): {v}" for v in axe_violations(page)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_404_page_is_accessible_where_it_is_used(site, browser, scheme):
    """GitHub Pages serves 404.html for any missing address, so its links are
    absolute under the site's base path; check it served that way."""
    base = urlsplit(site.site_url).path
    with serve(site.site_dir, base) as url:
        with open_page(browser, f"{url}no/such/page.html", scheme, HTTP_LOCAL) as (page, visit):
            assert page.locator("h1").inner_text() == "Page not found"
            assert not (problems := axe_violations(page)), "\n".join(problems)
            # The console reports the page's own 404 status, which is the point here.
            assert not visit.blocked and not visit.page_errors, visit.problems()
