"""Checks on built HTML pages: the page contract and links that resolve offline."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

from .site import ROOT


def _load_hook(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "overrides" / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The build hook and this test share one definition of "loads from another host".
remote_assets = _load_hook("no_external_assets").remote_assets


@lru_cache(maxsize=None)
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def contract_problems(path: Path) -> list[str]:
    """One H1, a page description, and no asset from another host."""
    page = soup(path)
    problems = []
    h1 = page.select("article h1")
    if len(h1) != 1:
        problems.append(f"has {len(h1)} <h1> headings in the article; expected exactly one")
    description = page.find("meta", attrs={"name": "description"})
    if not description or not description.get("content", "").strip():
        problems.append("has no <meta name=description>")
    problems += [f"loads from another host: {asset}" for asset in remote_assets(str(page))]
    return problems


def _ids(path: Path) -> set[str]:
    page = soup(path)
    return {el["id"] for el in page.find_all(id=True)} | {a["name"] for a in page.find_all("a", attrs={"name": True})}


def link_problems(site_dir: Path, path: Path) -> list[str]:
    """Every relative href and src in the page must exist on disk, and every
    #fragment must name an element of the target page."""
    page = soup(path)
    problems = []
    for element in page.find_all(["a", "link", "script", "img", "iframe", "source"]):
        for attribute in ("href", "src"):
            value = element.get(attribute)
            if not value:
                continue
            url = urlsplit(value)
            if url.scheme or url.netloc or value.startswith(("mailto:", "javascript:")):
                continue
            if element.name == "link" and "canonical" in (element.get("rel") or []):
                continue
            target = (path.parent / unquote(url.path)).resolve() if url.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                problems.append(f"<{element.name} {attribute}=\"{value}\"> points to a missing file")
            elif url.fragment and target.suffix == ".html" and unquote(url.fragment) not in _ids(target):
                problems.append(f"<{element.name} {attribute}=\"{value}\"> points to a missing anchor")
    return problems
