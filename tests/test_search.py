"""Search finds what learners type: every query in tests/search_queries.yml is
typed into the real search box of the built site, from file:// and over HTTP,
and at least the file's threshold of them must find their page in the top
three results. Misses are listed with what came first."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import material
import pytest

from support import search
from support.browser import HTTP_LOCAL, open_offline, open_page
from support.serve import serve
from support.site import ROOT, load_hook

search_keywords = load_hook("search_keywords")

QUERIES = ROOT / "tests" / "search_queries.yml"
IMPOSSIBLE = ROOT / "tests" / "fixtures" / "search" / "impossible-query.yml"


@pytest.fixture(scope="module")
def queries(site):
    return search.load_queries(QUERIES, set(site.nav_sources))


def _run(site, browser, mode, queries):
    """Open the home page once in `mode` and type every query."""
    if mode == "file":
        root = site.site_dir.as_uri() + "/"
        with open_offline(browser, site.site_dir / "index.html") as (page, visit):
            outcomes = search.run(page, queries, root)
    else:
        with serve(site.site_dir, urlsplit(site.site_url).path) as root:
            with open_page(browser, root + "index.html", local=HTTP_LOCAL) as (page, visit):
                outcomes = search.run(page, queries, root)
    return outcomes, visit


def test_the_suite_is_large_enough(queries):
    assert len(queries) >= 60, f"{QUERIES.name} holds {len(queries)} queries; the suite needs at least 60"


@pytest.mark.parametrize("mode", ["file", "http"])
def test_search_finds_what_learners_type(site, browser, queries, mode, request):
    outcomes, visit = _run(site, browser, mode, queries)
    minimum = search.threshold(QUERIES)
    score, report = search.verdict(outcomes, minimum, "file://" if mode == "file" else "HTTP")
    request.config._search_reports = getattr(request.config, "_search_reports", []) + [report]
    assert not visit.problems(), visit.problems()
    assert score >= minimum, report


def test_an_impossible_query_lowers_the_score_and_is_named(site, browser):
    """The gate on a fixture: two queries that work and one that cannot. The
    score drops below the threshold and the report names the impossible query,
    the page it expected and what came first."""
    queries = search.load_queries(IMPOSSIBLE, set(site.nav_sources))
    outcomes, _ = _run(site, browser, "file", queries)
    score, report = search.verdict(outcomes, search.threshold(IMPOSSIBLE), "file://")
    assert score == pytest.approx(2 / 3), report
    assert score < search.threshold(IMPOSSIBLE)
    misses = [line for line in report.splitlines() if "miss" in line]
    assert len(misses) == 1, report
    assert "'zqxjv kwyzzle' expected glossary.md; top 3: no results" in misses[0], report
    assert misses[0].lstrip().startswith("miss (line 7):"), report


def test_a_bad_query_file_names_file_and_line(tmp_path):
    bad = tmp_path / "queries.yml"
    bad.write_text("threshold: 0.95\nqueries:\n  - {query: max pods, page: networking/vpc-networking.md}\n"
                   "  - {query: max  pods, page: networking/vpc-networking.md}\n"
                   "  - {query: karpenter, page: compute/karpenter.md}\n  - {query: nothing}\n")
    with pytest.raises(ValueError) as error:
        search.load_queries(bad, {"networking/vpc-networking.md"})
    lines = str(error.value).splitlines()
    assert lines == [
        f"{bad.as_posix()}:4: query 'max  pods' repeats line 3",
        f"{bad.as_posix()}:5: page 'compute/karpenter.md' is not a page of the site",
        f"{bad.as_posix()}:6: each entry needs exactly 'query' and 'page' (strings); got {{'query': 'nothing'}}",
    ], lines


def test_the_query_tidier_drops_the_stop_words_material_leaves_out():
    """docs/javascripts/search-loader.js drops the stop words the index leaves
    out; its list must be the one in the worker Material ships."""
    worker = next(Path(material.__file__).parent.glob("templates/assets/javascripts/workers/search.*.min.js"))
    shipped = re.search(r"generateStopWordFilter\(\[([^\]]*)\]\)", worker.read_text(encoding="utf-8"))
    assert shipped, f"{worker.name}: no stop-word list found; has Material's search worker changed?"
    shipped_words = set(re.findall(r'"([^"]*)"', shipped.group(1)))
    loader = (ROOT / "docs" / "javascripts" / "search-loader.js").read_text(encoding="utf-8")
    listed = re.search(r"STOP_WORDS = new Set\(\((.*?)\)\.split", loader, re.S)
    assert listed, "search-loader.js: STOP_WORDS not found"
    ours = set(" ".join(re.findall(r'"([^"]*)"', listed.group(1))).split())
    assert ours == shipped_words, (f"search-loader.js STOP_WORDS differ from {worker.name}: "
                                   f"missing {sorted(shipped_words - ours)}, extra {sorted(ours - shipped_words)}")


def test_keywords_hold_lower_case_camel_case_names(site):
    """The build adds the lower-case whole form of each camelCase name to the
    section that uses it, so "waitforfirstconsumer" finds it."""
    import json

    index = json.loads((site.site_dir / "search" / "search_index.full.json").read_text(encoding="utf-8"))
    assert index["config"]["fields"]["keywords"], index["config"]["fields"]
    storage = [d for d in index["docs"] if d["location"].startswith("storage/csi-storage.html")]
    assert any("waitforfirstconsumer" in d.get("keywords", "").split() for d in storage)
    separator = re.compile(index["config"]["separator"])
    assert search_keywords.compound_names("Use <code>WaitForFirstConsumer</code>, IMDSv2 and gp3 on 1.35",
                                          separator) == ["waitforfirstconsumer", "imdsv2"]


def test_keywords_hook_fails_without_the_keywords_field(tmp_path):
    import json

    from mkdocs.exceptions import PluginError

    (tmp_path / "search").mkdir()
    (tmp_path / "search" / "search_index.json").write_text(json.dumps(
        {"config": {"separator": "[\\s\\-]+", "fields": {"title": {}, "text": {}}}, "docs": []}))
    with pytest.raises(PluginError, match="mkdocs.yml must list search.fields.keywords"):
        search_keywords.on_post_build(SimpleNamespace(site_dir=str(tmp_path)))
