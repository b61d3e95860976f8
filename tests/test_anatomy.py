"""Topic pages keep the page anatomy a reader relies on (README, "Add a
page"): the short answer, a diagram, provider tabs, checked examples,
pitfalls, interview questions, sources and a review date. Checked on the
built HTML, so what is tested is what a reader sees."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from support.html import soup
from support.markdown import fences
from support.site import DOCS

TOPIC_PAGES = [
    "foundations/control-plane-split.md",
    "compute/node-groups.md",
    "compute/node-join.md",
    "compute/autoscaling.md",
    "compute/multi-az.md",
    "networking/vpc-networking.md",
    "networking/load-balancer-services.md",
    "networking/ingress-alb.md",
    "identity/node-iam.md",
    "identity/pod-iam.md",
    "storage/csi-storage.md",
]

# Sections every topic page has, in this order (h2 ids as MkDocs makes them).
SECTIONS = ["in-short", "how-it-works", "try-it", "pitfalls", "interview-questions", "whats-next", "sources"]

OFFICIAL_HOSTS = (
    "docs.aws.amazon.com", "aws.amazon.com", "cloud.google.com", "docs.cloud.google.com",
    "learn.microsoft.com", "kubernetes.io", "karpenter.sh", "kubernetes-sigs.github.io",
    "github.com", "gateway-api.sigs.k8s.io",
)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def anatomy_problems(html: Path) -> list[str]:
    page = soup(html)
    article = page.select_one("article")
    problems = []
    ids = [h2.get("id") for h2 in article.find_all("h2")]
    missing = [s for s in SECTIONS if s not in ids]
    if missing:
        problems.append(f"missing sections {missing} (has {ids})")
    elif [i for i in ids if i in SECTIONS] != SECTIONS:
        problems.append(f"sections out of order: {[i for i in ids if i in SECTIONS]}")
    if not article.select("pre.mermaid"):
        problems.append("has no Mermaid diagram")
    if not article.select("figure figcaption"):
        problems.append("has no figure caption")
    tab_sets = [[label.get_text(strip=True) for label in s.select(".tabbed-labels > label")]
                for s in article.select(".tabbed-set")]
    if not any({"EKS", "GKE"} <= set(labels) for labels in tab_sets):
        problems.append(f"has no provider tabs with EKS and GKE (tab sets: {tab_sets})")
    questions = article.select("details.question")
    if len(questions) < 4:
        problems.append(f"has {len(questions)} interview questions; expected at least 4")
    for details in questions:
        answer = " ".join(p.get_text(" ", strip=True) for p in details.find_all(["p", "li"]))
        if len(answer.split()) < 30:
            problems.append(f"question {details.summary.get_text(strip=True)!r} has a thin answer")
    sources = _section(article, "sources")
    links = [a["href"] for a in sources.find_all("a", href=True)] if sources else []
    official = [h for h in links if urlsplit(h).hostname in OFFICIAL_HOSTS]
    if len(official) < 3:
        problems.append(f"Sources lists {len(official)} official links; expected at least 3")
    if not re.search(rf"Last reviewed:\s*({MONTHS}) 20\d\d", article.get_text(" ")):
        problems.append("has no 'Last reviewed: <Month> <Year>' line")
    whats_next = _section(article, "whats-next")
    if whats_next and len(whats_next.find_all("a")) > 5:
        problems.append("What's next has more than five links")
    try_it = _section(article, "try-it")
    if try_it and not try_it.select("pre code, .highlight"):
        problems.append("Try it shows no example")
    return problems


def _section(article, section_id):
    """Everything between h2#section_id and the next h2, as its own document."""
    heading = article.find("h2", id=section_id)
    if heading is None:
        return None
    parts = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(str(sibling))
    return BeautifulSoup("".join(parts), "html.parser")


@pytest.mark.parametrize("src", TOPIC_PAGES)
def test_topic_page_anatomy(site, src):
    problems = anatomy_problems(site.html_for(src))
    assert not problems, f"docs/{src}:\n  " + "\n  ".join(problems)


def test_every_code_block_names_its_language():
    problems = [f"{f.where}: fenced code block has no language" for path in sorted(DOCS.rglob("*.md"))
                for f in fences(path) if not f.lang]
    assert not problems, "\n".join(problems)
