"""Every abbreviation a reader meets is explained: each all-caps term used in
the prose of any page has a tooltip (includes/abbreviations.md, appended to
every page) and an entry on the Glossary page."""

from __future__ import annotations

import re

from support.html import soup
from support.site import ROOT

ABBREVIATIONS = ROOT / "includes" / "abbreviations.md"
# An all-caps word, possibly with digits (EC2, S3, AL2023), a plural "s"
# (ENIs) or a version suffix (IMDSv2).
TERM = re.compile(r"(?<![\w/.-])([A-Z][A-Z0-9]*[A-Z0-9](?:s|v\d)?)(?![\w-])")
# All-caps words that are not abbreviations, each with the reason.
NOT_ABBREVIATIONS: dict[str, str] = {
    "ADD": "the name of the CNI operation that wires up a pod (CNI ADD)",
    "NGINX": "a product name (Ingress NGINX)",
    "V2": "part of a product name (GKE Dataplane V2)",
}


def defined() -> dict[str, str]:
    found = re.findall(r"^\*\[([^\]]+)\]:\s*(.+)$", ABBREVIATIONS.read_text(), re.MULTILINE)
    return dict(found)


def prose_terms(html_path) -> set[str]:
    article = soup(html_path).select_one("article")
    text = []
    for node in article.find_all(string=True):
        if node.find_parent(["code", "pre", "script", "style", "svg", "kbd"]):
            continue
        text.append(str(node))
    return set(TERM.findall(" ".join(text))) - set(NOT_ABBREVIATIONS)


def test_every_abbreviation_used_has_a_tooltip(site):
    known = defined()
    missing = {}
    for src in site.nav_sources:
        for term in prose_terms(site.html_for(src)) - set(known):
            missing.setdefault(term, []).append(src)
    report = [f"{term}: used in {', '.join(pages[:3])}" for term, pages in sorted(missing.items())]
    assert not missing, "add these to includes/abbreviations.md (and the glossary):\n" + "\n".join(report)


def test_every_abbreviation_is_in_the_glossary(site):
    """Each abbreviation heads an entry (dt) or is explained inside one (dd),
    such as IPv6 under IP; plurals share their singular's entry."""
    page = soup(site.html_for("glossary.md"))
    heads = [dt.get_text(" ", strip=True) for dt in page.select("article dl dt")]
    bodies = " ".join(dd.get_text(" ", strip=True) for dd in page.select("article dl dd"))
    singular = {term for term in defined() if not (term.endswith("s") and term[:-1] in defined())}
    missing = sorted(t for t in singular
                     if not any(re.match(rf"{re.escape(t)}\b", head) for head in heads)
                     and not re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", bodies))
    assert not missing, f"abbreviations without a glossary entry: {missing}"


def test_tooltips_are_rendered(site):
    page = soup(site.html_for("index.md"))
    titles = {abbr.get_text(): abbr.get("title") for abbr in page.select("article abbr")}
    assert titles.get("EKS") == "Amazon Elastic Kubernetes Service", titles
