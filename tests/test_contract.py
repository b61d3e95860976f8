"""The contract every built page keeps: it exists, has one H1 and a
description, loads nothing from another host, and its links resolve."""

from __future__ import annotations

import json
import re
from pathlib import Path

from support.diagrams import accessibility_problems, mermaid_problems
from support.html import contract_problems, link_problems
from support.site import DOCS, ROOT


def _report(problems: list[str]) -> str:
    return "\n".join(problems)


def test_every_nav_page_is_built(site):
    assert site.nav_sources, "the nav is empty"
    missing = [src for src in site.nav_sources if not site.html_for(src).exists()]
    assert not missing, f"nav pages with no built HTML: {missing}"


def test_every_markdown_page_is_in_the_nav(site):
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md") if "examples" not in p.parts}
    assert pages - set(site.nav_sources) == set()


def test_page_contract(site):
    problems = []
    for src in site.nav_sources:
        problems += [f"docs/{src}: {p}" for p in contract_problems(site.html_for(src))]
    problems += [f"404.html: {p}" for p in contract_problems(site.site_dir / "404.html")]
    assert not problems, _report(problems)


def test_links_and_anchors_resolve_offline(site):
    problems = []
    for src in site.nav_sources:
        problems += [f"docs/{src}: {p}" for p in link_problems(site.site_dir, site.html_for(src))]
    assert not problems, _report(problems)


def test_diagrams_parse():
    assert not (problems := mermaid_problems(sorted(DOCS.rglob("*.md")))), _report(problems)


def test_diagrams_have_accessible_names():
    assert not (problems := accessibility_problems(sorted(DOCS.rglob("*.md")))), _report(problems)


def test_custom_404_page(site):
    html = (site.site_dir / "404.html").read_text(encoding="utf-8")
    assert "Page not found" in html


def test_vendored_files_match_their_locked_packages():
    """Vendored browser files are byte-for-byte the npm packages that
    package-lock.json pins, named with that version, with their licence."""
    lock = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    vendor = DOCS / "javascripts" / "vendor"
    mermaid = lock["node_modules/mermaid"]["version"]
    worker = lock["node_modules/iframe-worker"]["version"]
    panzoom = lock["node_modules/@panzoom/panzoom"]["version"]
    dist = ROOT / "node_modules" / "mermaid" / "dist"
    expected = {
        f"mermaid-{mermaid}/mermaid.min.js": dist / "mermaid.min.js",
        f"mermaid-{mermaid}/mermaid.esm.min.mjs": dist / "mermaid.esm.min.mjs",
        f"mermaid-{mermaid}/LICENSE.txt": ROOT / "node_modules" / "mermaid" / "LICENSE",
        f"iframe-worker-{worker}-shim.js": ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js",
        f"iframe-worker-{worker}.LICENSE.txt": ROOT / "node_modules" / "iframe-worker" / "LICENSE",
        f"panzoom-{panzoom}.min.js": ROOT / "node_modules" / "@panzoom" / "panzoom" / "dist" / "panzoom.min.js",
        f"panzoom-{panzoom}.LICENSE.txt": ROOT / "node_modules" / "@panzoom" / "panzoom" / "MIT-License.txt",
    }
    expected |= {f"mermaid-{mermaid}/chunks/mermaid.esm.min/{c.name}": c
                 for c in (dist / "chunks" / "mermaid.esm.min").glob("*.mjs")}
    present = {p.relative_to(vendor).as_posix() for p in vendor.rglob("*") if p.is_file()}
    assert present == set(expected), f"run scripts/vendor: extra {present - set(expected)}, missing {set(expected) - present}"
    changed = [name for name, source in expected.items() if (vendor / name).read_bytes() != source.read_bytes()]
    assert not changed, f"vendored files differ from node_modules: {changed}"
    loader = (DOCS / "javascripts" / "mermaid-loader.js").read_text()
    assert f'var VERSION = "{mermaid}"' in loader, "mermaid-loader.js names another Mermaid version"
    viewer = (DOCS / "javascripts" / "diagram-viewer.js").read_text()
    assert f'var PANZOOM = "{panzoom}"' in viewer, "diagram-viewer.js names another Panzoom version"


def test_config_points_at_the_vendored_files():
    config = (ROOT / "mkdocs.yml").read_text()
    # The shim; Mermaid goes through the loader and Panzoom through the diagram viewer.
    for script in (DOCS / "javascripts" / "vendor").glob("iframe-worker-*.js"):
        assert f"javascripts/vendor/{script.name}" in config, f"mkdocs.yml does not use {script.name}"
    assert "javascript: javascripts/mermaid-loader.js" in config


def test_requirements_are_pinned_exactly():
    for name in ("requirements.txt", "requirements-test.txt"):
        for line in (ROOT / name).read_text().splitlines():
            line = line.split("#")[0].strip()
            if line and not line.startswith("-r "):
                assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[A-Za-z0-9_.+\-]+", line), f"{name}: not an exact pin: {line}"
    assert re.search(r"^mkdocs==1\.", (ROOT / "requirements.txt").read_text(), re.MULTILINE), "mkdocs must stay <2"
