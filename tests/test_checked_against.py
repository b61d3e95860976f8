"""Every topic page says, under its title, which versions it was checked
against and when (overrides/hooks/checked_against.py, checked-versions.yml):
the numbers come from the data file, the build fails on a page without the
front matter or with an unknown key, and a page checked long ago is reported
without failing the build."""

from __future__ import annotations

import re

import pytest
import yaml
from mkdocs.exceptions import PluginError
from mkdocs.utils import meta

from support.browser import open_offline
from support.html import soup
from support.kube import KUBERNETES_VERSION
from support.site import DOCS, ROOT, load_hook
from test_anatomy import MONTHS, TOPIC_PAGES
from test_negative import build_fixture

DATA = ROOT / "checked-versions.yml"
hook = load_hook("checked_against")


def versions() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def front_matter(src: str) -> dict:
    return meta.get_data((DOCS / src).read_text(encoding="utf-8"))[1]


def expected_line(src: str) -> str:
    """The line a reader should see, worked out here from the data file and
    the page's front matter (not by the hook)."""
    data, checked = versions(), front_matter(src)["checked"]
    items = []
    for key, entry in data.items():  # in the data file's order
        if key in checked["covers"]:
            item = f"{entry['name']} {entry['version']}"
            platforms = entry.get("platforms") or []
            if platforms:
                item += " on " + (platforms[0] if len(platforms) == 1
                                  else ", ".join(platforms[:-1]) + " and " + platforms[-1])
            items.append(item)
    year, month = checked["month"].split("-")
    return "Checked against " + " · ".join(items) + f" · {MONTHS.split('|')[int(month) - 1]} {year}"


@pytest.mark.parametrize("src", TOPIC_PAGES)
def test_topic_page_shows_checked_against_under_its_title(site, src):
    article = soup(site.html_for(src)).select_one("article")
    h1 = article.find("h1")
    line = h1.find_next_sibling()
    assert line is not None and "checked-against" in (line.get("class") or []), \
        f"docs/{src}: the element after the H1 is {line and line.name} {line and line.get('class')}, not the line"
    assert line.get_text(" ", strip=True).replace("  ", " ") == expected_line(src), f"docs/{src}"
    assert not line.has_attr("data-search-exclude"), "Material strips the attribute once the page is indexed"


def test_only_topic_pages_carry_the_line(site):
    """The hook's notion of a topic page (its folders) is the anatomy test's list."""
    carrying = [src for src in site.nav_sources if soup(site.html_for(src)).select_one("article .checked-against")]
    assert sorted(carrying) == sorted(TOPIC_PAGES)
    assert sorted(src for src in site.nav_sources if hook.is_topic_page(src)) == sorted(TOPIC_PAGES)


def test_the_line_is_not_in_the_search_index(site):
    index = (site.site_dir / "search" / "search_index.full.json").read_text(encoding="utf-8")
    assert "Checked against" not in index, "the line would add the same words to every topic page's results"


@pytest.mark.parametrize("src", TOPIC_PAGES)
def test_last_reviewed_month_matches_the_checked_month(src):
    """A reader sees the month twice (under the title, and "Last reviewed" at
    the end); they must agree."""
    text = (DOCS / src).read_text(encoding="utf-8")
    reviewed = re.search(rf"Last reviewed:\s*({MONTHS}) (20\d\d)", text)
    year, month = front_matter(src)["checked"]["month"].split("-")
    assert reviewed, f"docs/{src}: no 'Last reviewed' line"
    assert (reviewed[1], reviewed[2]) == (MONTHS.split("|")[int(month) - 1], year), (
        f"docs/{src}: 'Last reviewed: {reviewed[1]} {reviewed[2]}' but checked.month is {year}-{month}")


def test_the_data_file_agrees_with_the_checked_examples():
    """Raising a version is one edit, and the examples follow: the manifests
    are validated against the Kubernetes version the pages name, and the
    controller the install example pins is the one the pages name."""
    data = versions()
    assert data["kubernetes"]["version"] == KUBERNETES_VERSION, (
        f"checked-versions.yml says Kubernetes {data['kubernetes']['version']}, "
        f"tests/support/kube.py validates against {KUBERNETES_VERSION}")
    install = (DOCS / "networking" / "examples" / "ingress-alb" / "install-lbc.sh").read_text(encoding="utf-8")
    pinned = re.search(r'^LBC_VERSION="(v[\d.]+)"', install, re.M)[1]
    assert pinned.startswith(data["lbc"]["version"] + "."), (
        f"install-lbc.sh pins {pinned}; checked-versions.yml names {data['lbc']['version']}")


def test_every_version_names_its_official_source():
    for key, entry in versions().items():
        sources = entry["source"] if isinstance(entry["source"], list) else [entry["source"]]
        assert all(s.startswith("https://") for s in sources), key


# --- Freshness -----------------------------------------------------------


@pytest.mark.parametrize("month, stale", [("2026-06", False), ("2026-05", True), ("2025-12", True), ("2026-12", False)])
def test_more_than_six_months_is_stale(month, stale, monkeypatch):
    monkeypatch.setattr(hook, "_versions", hook.load_versions(DATA))
    line, problems, report = hook.checked_line({"checked": {"month": month, "covers": ["kubernetes"]}},
                                               DOCS / "compute" / "page.md", (2026, 12))
    assert not problems and line
    assert (report is not None) == stale, report


def test_a_page_checked_seven_months_ago_is_reported_and_the_build_succeeds(tmp_path):
    result = build_fixture(tmp_path, "checked/stale-page.md", folder="compute")
    assert result.ok, result.log
    assert result.log.strip() == "", "the report must not be a MkDocs warning (strict mode would fail)"
    assert re.search(r"compute/stale-page\.md was last checked in January 2020, \d+ months before this build",
                     result.notes), result.notes
    page = soup(result.html_for("compute/stale-page.md")).select_one("article .checked-against")
    assert page.get_text(" ", strip=True).startswith("Checked against Kubernetes "), page


def test_an_unknown_version_key_fails_the_build_with_file_and_line(tmp_path):
    result = build_fixture(tmp_path, "checked/unknown-version-key.md", folder="compute")
    assert not result.ok
    assert re.search(r"compute/unknown-version-key\.md:5: checked\.covers names 'nginx_ingress', "
                     r"which checked-versions\.yml does not define \(known: kubernetes, lbc", result.log), result.log


def test_a_topic_page_without_checked_front_matter_fails_the_build(tmp_path):
    result = build_fixture(tmp_path, "checked/no-checked.md", folder="compute")
    assert not result.ok
    assert re.search(r"compute/no-checked\.md:1: a topic page needs front matter 'checked: "
                     r"\{month: YYYY-MM, covers: \[\.\.\.\]\}'", result.log), result.log


@pytest.mark.parametrize("checked, message", [
    ({True: "2026-11", "covers": ["kubernetes"]}, "'on:' reads as true in YAML; write 'month: YYYY-MM'"),
    ({"month": "2026-13", "covers": ["kubernetes"]}, "checked.month must be YYYY-MM"),
    ({"month": "2026-11", "covers": []}, "checked.covers must list keys of checked-versions.yml"),
    ({"month": "2027-03", "covers": ["kubernetes"]}, "checked.month 2027-03 is after the build month"),
])
def test_bad_checked_front_matter_is_named(checked, message, monkeypatch):
    monkeypatch.setattr(hook, "_versions", hook.load_versions(DATA))
    line, problems, _ = hook.checked_line({"checked": checked}, DOCS / "compute" / "page.md", (2026, 12))
    assert line is None and any(message in p for p in problems), problems


def test_a_bad_data_file_names_file_and_line(tmp_path):
    bad = tmp_path / "checked-versions.yml"
    bad.write_text("kubernetes:\n  name: Kubernetes\n  version: 1.30\n  source: https://kubernetes.io/releases/\n"
                   "lbc:\n  name: AWS Load Balancer Controller\n  version: v3.5\n")
    with pytest.raises(PluginError) as error:
        hook.load_versions(bad)
    text = str(error.value)
    assert f"{bad.as_posix()}:1: kubernetes: 'version' must be a quoted string (1.30 unquoted reads as 1.3); got 1.3" \
        in text, text
    assert f"{bad.as_posix()}:5: lbc: 'source' must name the official release page" in text, text


# --- What a reader sees on a phone --------------------------------------


def test_the_line_reads_well_on_a_phone(site, browser):
    """At 390 px the line stays inside the column, starts right under the
    title, and wraps between versions rather than inside one."""
    problems = []
    for src in TOPIC_PAGES:
        with open_offline(browser, site.html_for(src), viewport={"width": 390, "height": 844}) as (page, _):
            state = page.evaluate("""() => {
              const line = document.querySelector("article .checked-against");
              const h1 = document.querySelector("article h1");
              const box = line.getBoundingClientRect();
              return {
                overflow: line.scrollWidth - line.clientWidth,
                right: box.right - document.documentElement.clientWidth,
                gap: box.top - h1.getBoundingClientRect().bottom,
                split: [...line.querySelectorAll(":scope > span, :scope > time")]
                  .filter((item) => item.getClientRects().length > 1
                    || item.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(line).lineHeight))
                  .map((item) => item.textContent),
              };
            }""")
        if state["overflow"] > 0 or state["right"] > 0:
            problems.append(f"docs/{src}: the line overflows the column by {max(state['overflow'], state['right'])} px")
        if not 0 <= state["gap"] <= 24:
            problems.append(f"docs/{src}: the line starts {state['gap']:.0f} px below the title")
        if state["split"]:
            problems.append(f"docs/{src}: versions broken across lines: {state['split']}")
    assert not problems, "\n".join(problems)
