"""Practice mode: one deck of cards built from every `??? question` block.

A question is written once, on the page that teaches it. During the build
this hook:

- gives each question block (``<details class="question">``) an ``id``, the
  slug of its question, so a link can land on it (Material opens it there);
- records it as a card whose stable id is ``<page path without .md>#<slug>``,
  with its answer, its page and the section it sits in;
- adds a "Practise this topic" link to every page that has question blocks;
- hands the Practice page (``practice.md``, template ``practice.html``) the
  deck, the worked scenarios of ``interview/scenarios.md`` and the steps of
  ``interview/answer-framework.md`` for the mock interview, after the search
  plugin has indexed that page, so search lists each question once, on its
  own page;
- writes the deck for Anki to ``practice/field-guide.anki.txt``.

A question block with an empty answer, or two questions on one page with the
same id, fails the build with the file and line. Pages are rendered in file
order, not nav order, and every page is rendered before any template is
filled, so the Practice page is assembled in ``on_page_context``.
"""

from __future__ import annotations

import csv
import html as htmllib
import io
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from markdown.extensions.toc import slugify
from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import get_relative_url

PRACTICE_PAGE = "practice.md"
SCENARIOS_PAGE = "interview/scenarios.md"
FRAMEWORK_PAGE = "interview/answer-framework.md"
FRAMEWORK_HEADING = "the-structure"  # the numbered steps follow this heading
ANKI_FILE = "practice/field-guide.anki.txt"
ANKI_DECK = "Managed Kubernetes Field Guide"
ANKI_TAG_ROOT = "field-guide"

# A question block in the Markdown source: `??? question "..."` or `???+ question "..."`.
_SOURCE_QUESTION = re.compile(r'^\s*\?\?\?\+?\s+question\b(?:[^"\n]*"(?P<title>.*)")?')
_FENCE = re.compile(r"^\s*(```|~~~)")
_DETAILS_START = re.compile(r'<details class="[^"]*\bquestion\b[^"]*"[^>]*>')
_URL_ATTR = re.compile(r'\b(href|src)="([^"]*)"')
_ABBR = re.compile(r'<abbr title="[^"]*">([^<]+)</abbr>')


@dataclass
class Card:
    id: str                 # "compute/multi-az#if-one-az-fails-does-the-cluster-survive"
    topic: str              # "compute/multi-az"
    slug: str
    question: Markup        # inner HTML of the summary
    question_text: str
    answer: str             # HTML, links relative to the source page
    page_title: str
    section: str            # the h2 the block sits under ("" if none)
    page_url: str           # "compute/multi-az.html"
    source: str             # "docs/compute/multi-az.md:349"

    @property
    def context(self) -> str:
        return f"{self.page_title} › {self.section}" if self.section else self.page_title


@dataclass
class Scenario:
    id: str                 # "interview/scenarios#a-new-node-never-joins-the-cluster"
    title: str
    prompt: str             # HTML, links relative to the scenarios page
    answer: str
    page_url: str           # "interview/scenarios.html"
    anchor: str             # the scenario's heading id
    had_figure: bool


@dataclass
class _Build:
    cards: dict[str, list[Card]] = field(default_factory=dict)   # by topic (source page)
    titles: dict[str, str] = field(default_factory=dict)          # topic -> page title
    rendered: set[str] = field(default_factory=set)               # every page seen
    scenarios: list[Scenario] = field(default_factory=list)
    steps: list[tuple[str, str]] = field(default_factory=list)    # (label, hint HTML)


_build = _Build()


def on_pre_build(config, **kwargs):
    global _build
    _build = _Build()  # `mkdocs serve` rebuilds in the same process


def _where(config, src_uri: str, line: int | None = None) -> str:
    path = Path(config["docs_dir"], src_uri)
    project = Path(config.config_file_path).parent
    shown = path.relative_to(project).as_posix() if path.is_relative_to(project) else path.as_posix()
    return f"{shown}:{line}" if line else shown


def _source_questions(path: Path) -> list[tuple[int, str]]:
    """(line, title) of every question block in a Markdown file, outside code fences."""
    found, fenced = [], False
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for number, line in enumerate(lines, 1):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and (match := _SOURCE_QUESTION.match(line)):
            found.append((number, match["title"] or ""))
    return found


def _text(node) -> str:
    return " ".join(node.get_text(" ", strip=True).replace("¶", "").split())


@event_priority(-100)  # after the other hooks, so the cards carry their lean HTML
def on_page_content(html, page, config, files, **kwargs):
    src = page.file.src_uri
    _build.rendered.add(src)
    if src == PRACTICE_PAGE:
        return html
    # Each reader below edits its own parse of the page; the page itself is
    # changed with small string edits only, so other hooks' output stays as it is.
    if src == FRAMEWORK_PAGE:
        _build.steps = _framework_steps(BeautifulSoup(html, "html.parser"), config, src)
    if src == SCENARIOS_PAGE:
        _build.scenarios = _scenarios(BeautifulSoup(html, "html.parser"), page)
    soup = BeautifulSoup(html, "html.parser")
    blocks = soup.select("details.question")
    if not blocks:
        return html

    source = _source_questions(Path(page.file.abs_src_path))
    titles = [title for _, title in source]
    taken = {el["id"] for el in soup.find_all(id=True)}
    topic = src[: -len(".md")]
    cards, problems, slugs = [], [], {}
    for index, block in enumerate(blocks):
        summary = block.find("summary")
        question_text = _text(summary) if summary else ""
        if len(source) == len(blocks):
            line = source[index][0]
        else:  # a block came from an include: find it by its title
            line = next((n for n, title in source if title == question_text), None)
        where = _where(config, src, line)
        if block.find_parent("details", class_="question"):
            problems.append(f"{where}: question block inside another question block; a card needs its own block")
            continue
        if not question_text:
            problems.append(f'{where}: question block has no question; write it as ??? question "The question?"')
            continue
        if summary:
            summary.extract()
        answer = "".join(str(child) for child in block.contents).strip()
        if not _text(block) and not block.find(["img", "pre", "table"]):
            problems.append(f"{where}: question {question_text!r} has an empty answer; indent the answer under it")
            continue
        slug = slugify(question_text, "-")
        if slug in slugs:
            problems.append(
                f"{where}: question {question_text!r} has the same id {slug!r} as the question at line "
                f"{slugs[slug]}; give each question on a page its own wording"
            )
            continue
        if slug in taken:
            problems.append(f"{where}: question {question_text!r} would get the id {slug!r}, which another "
                            "element on the page already has (a heading?); reword the question or the heading")
            continue
        slugs[slug] = line
        heading = block.find_previous("h2")
        cards.append(Card(
            id=f"{topic}#{slug}", topic=topic, slug=slug,
            question=Markup("".join(str(c) for c in summary.contents).strip()), question_text=question_text,
            answer=answer, page_title=page.title or topic, section=_text(heading) if heading else "",
            page_url=page.file.url, source=where,
        ))
    if problems:
        raise PluginError("\n".join(problems))

    _build.cards[topic] = cards
    _build.titles[topic] = page.title or topic
    if page.present_anchor_ids is not None:  # so Markdown links to a question validate
        page.present_anchor_ids |= set(slugs)
    html = _add_ids(html, [card.slug for card in cards], config, src)
    return _add_practice_link(html, page, files, topic, len(cards))


def _add_ids(html: str, slugs: list[str], config, src: str) -> str:
    starts = list(_DETAILS_START.finditer(html))
    if len(starts) != len(slugs):
        raise PluginError(f"{_where(config, src)}: practice hook found {len(starts)} question blocks in the "
                          f"HTML but {len(slugs)} cards; is a question block written as raw HTML?")
    out, last = [], 0
    for match, slug in zip(starts, slugs):
        out += [html[last:match.end() - 1], f' id="{slug}">']
        last = match.end()
    return "".join(out) + html[last:]


def _add_practice_link(html: str, page, files, topic: str, count: int) -> str:
    practice = files.get_file_from_path(PRACTICE_PAGE)
    if practice is None:  # a build without the Practice page (the test fixtures)
        return html
    href = f"{practice.url_relative_to(page.file)}#{topic_anchor(topic)}"
    noun = "question" if count == 1 else "questions"
    link = (f'<p class="practice-link"><a href="{href}">Practise this topic</a>: '
            f"its {count} {noun} as flashcards, with spaced repetition.</p>\n")
    heading = re.search(r'<h2 id="interview-questions">.*?</h2>\n?', html)
    if heading:
        return html[: heading.end()] + link + html[heading.end():]
    first = html.find("<h2")
    return html[:first] + link + html[first:] if first >= 0 else html + link


def topic_anchor(topic: str) -> str:
    return "topic-" + topic.replace("/", "-")


def _framework_steps(soup, config, src) -> list[tuple[str, str]]:
    heading = soup.find("h2", id=FRAMEWORK_HEADING)
    steps = heading.find_next("ol") if heading else None
    if steps is None:
        raise PluginError(f"{_where(config, src)}: the mock interview takes its checklist from the numbered "
                          f"list under the heading #{FRAMEWORK_HEADING}, which is missing")
    found = []
    for item in steps.find_all("li", recursive=False):
        label = item.find("strong")
        if label is None:
            raise PluginError(f"{_where(config, src)}: each step under #{FRAMEWORK_HEADING} must start with a bold "
                              f"label; this one does not: {_text(item)[:60]!r}")
        name = _text(label).rstrip(".")
        label.extract()
        found.append((name, item.decode_contents().strip()))
    return found


def _scenarios(soup, page) -> list[Scenario]:
    """Each h2 section that opens with a quoted interviewer question is a worked scenario."""
    found = []
    for heading in soup.find_all("h2"):
        prompt = heading.find_next_sibling()
        if prompt is None or prompt.name != "blockquote":
            continue
        parts, had_figure = [], False
        for sibling in prompt.find_next_siblings():
            if sibling.name == "h2":
                break
            if sibling.name == "figure" or sibling.find(class_="mermaid") or "mermaid" in (sibling.get("class") or []):
                had_figure = True
                continue
            if sibling.name == "details" and "question" in sibling.get("class", []):
                continue  # the follow-up questions are cards of their own
            after = sibling.find_next_sibling()
            if sibling.name == "p" and _text(sibling).endswith(":") and after is not None \
                    and after.name == "details" and "question" in after.get("class", []):
                continue  # "Follow-up:", the lead-in to a question block
            parts.append(_inert(sibling))
        if had_figure:  # the answer may point at its diagram ("arrows 1-4"), which stays on its page
            parts.insert(0, f'<p class="practice-mock__note">This answer refers to a diagram: see it '
                            f'<a href="#{heading["id"]}">with the scenario on its page</a>.</p>')
        title = _text(heading)  # before _inert() below takes its permalink off
        found.append(Scenario(
            id=f"{page.file.src_uri[:-len('.md')]}#{heading['id']}", title=title,
            prompt=_inert(prompt, inner=True), answer="".join(parts), page_url=page.file.url,
            anchor=heading["id"], had_figure=had_figure,
        ))
    return found


def _inert(node, inner: bool = False) -> str:
    """Copied markup without ids or permalinks, so the copy cannot clash with the page it joins."""
    for link in node.select("a.headerlink"):
        link.decompose()
    for element in [node, *node.find_all(id=True)]:
        if element.has_attr("id"):
            del element["id"]
    return node.decode_contents().strip() if inner else str(node)


def _rebase(html: str, from_url: str, to_url: str, absolute: str | None = None) -> str:
    """Rewrite relative links written for the page at `from_url` so they work
    from the page at `to_url` (or, with `absolute`, as absolute URLs)."""

    def fix(match: re.Match) -> str:
        name, value = match.groups()
        url = urlsplit(htmllib.unescape(value))
        if url.scheme or url.netloc or value.startswith("/"):
            return match.group(0)
        target = from_url if not url.path else posixpath.normpath(posixpath.join(posixpath.dirname(from_url), url.path))
        fragment = f"#{url.fragment}" if url.fragment else ""
        new = urljoin(absolute, target) if absolute else get_relative_url(target, to_url)
        return f'{name}="{htmllib.escape(new + fragment)}"'

    return _URL_ATTR.sub(fix, html)


def _first_abbreviations(parts: list[str]) -> list[str]:
    """Keep the tooltip on the first use of each abbreviation across the deck,
    as hooks/first_abbreviation.py does within a page."""
    seen: set[str] = set()

    def first_only(match: re.Match) -> str:
        if match.group(1) in seen:
            return match.group(1)
        seen.add(match.group(1))
        return match.group(0)

    return [_ABBR.sub(first_only, part) for part in parts]


def _ordered_topics(nav) -> list[str]:
    order = {page.file.src_uri[: -len(".md")]: index for index, page in enumerate(nav.pages) if page.file}
    return sorted(_build.cards, key=lambda topic: (order.get(topic, len(order)), topic))


@event_priority(-100)  # after Material's search plugin has indexed the page without the deck
def on_page_context(context, page, config, nav, **kwargs):
    if page.file.src_uri != PRACTICE_PAGE:
        return context
    missing = [p.file.src_uri for p in nav.pages  # pages with a Markdown source (not the print page)
               if p.file and p.file.abs_src_path and Path(p.file.abs_src_path).is_file()
               and p.file.src_uri not in _build.rendered]
    if missing:
        raise PluginError(f"{_where(config, PRACTICE_PAGE)}: the deck needs every page, but these were not "
                          f"rendered in this build (a --dirty build?): {', '.join(missing)}")
    for required, found in ((FRAMEWORK_PAGE, _build.steps), (SCENARIOS_PAGE, _build.scenarios)):
        if not found:
            raise PluginError(f"{_where(config, PRACTICE_PAGE)}: the mock interview needs docs/{required} "
                              "(its steps and worked scenarios), which this build does not have or which has none")
    here = page.file.url
    topics = []
    for topic in _ordered_topics(nav):
        cards = _build.cards[topic]
        topics.append({"id": topic, "anchor": topic_anchor(topic), "title": _build.titles[topic], "cards": [
            {"card": card, "href": get_relative_url(card.page_url, here) + f"#{card.slug}"} for card in cards
        ]})
    answers = _first_abbreviations([_rebase(c["card"].answer, c["card"].page_url, here)
                                    for t in topics for c in t["cards"]])
    flat = [c for t in topics for c in t["cards"]]
    for item, answer in zip(flat, answers):
        item["answer"] = Markup(answer)
    context["practice"] = {
        "topics": topics,
        "total": len(flat),
        "steps": [(label, Markup(_rebase(hint, _page_url(nav, FRAMEWORK_PAGE), here))) for label, hint in _build.steps],
        "scenarios": [{
            "scenario": s, "href": f"{get_relative_url(s.page_url, here)}#{s.anchor}",
            "prompt": Markup(_rebase(s.prompt, s.page_url, here)), "answer": Markup(_rebase(s.answer, s.page_url, here)),
        } for s in _build.scenarios],
        "anki": ANKI_FILE,
    }
    # The deck's topics in the table of contents: a reader without JavaScript
    # jumps to a topic; with it, the same links filter the flashcards.
    deck = AnchorLink("All cards", "practice-deck", 2)
    deck.children = [AnchorLink(t["title"], t["anchor"], 3) for t in topics]
    items = page.toc.items
    if items and items[0].level == 1:  # Material lists the H1's children
        items = items[0].children
    items.append(deck)
    return context


def _page_url(nav, src: str) -> str:
    return next(p.file.url for p in nav.pages if p.file and p.file.src_uri == src)


def on_post_build(config, **kwargs):
    if not _build.cards or not any(p == PRACTICE_PAGE for p in _build.rendered):
        return
    site_url = config.site_url or ""
    if not site_url:
        raise PluginError("mkdocs.yml: the Anki deck links every note to its page, so site_url must be set")
    site_url = site_url if site_url.endswith("/") else site_url + "/"
    path = Path(config.site_dir, ANKI_FILE)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(anki_deck(_build.cards, site_url), encoding="utf-8")


def anki_deck(cards_by_topic: dict[str, list[Card]], site_url: str) -> str:
    """Anki's text import format: header lines, then one tab-separated note per
    line, every field quoted (RFC 4180 style, which Anki's importer reads)."""
    out = io.StringIO()
    out.write("#separator:tab\n#html:true\n#notetype:Basic\n#deck column:4\n#tags column:3\n")
    out.write("#columns:Front\tBack\tTags\tDeck\n")
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n")
    for topic in sorted(cards_by_topic):
        for card in cards_by_topic[topic]:
            link = urljoin(site_url, f"{card.page_url}#{card.slug}")
            front = f"<small>{htmllib.escape(card.context)}</small><br>{card.question}"
            back = (_rebase(card.answer, card.page_url, "", absolute=site_url)
                    + f'<p><a href="{htmllib.escape(link)}">{htmllib.escape(card.context)}</a></p>')
            tag = "::".join([ANKI_TAG_ROOT, *topic.split("/")])
            writer.writerow([_one_line(front), _one_line(back), tag, ANKI_DECK])
    return out.getvalue()


def _one_line(html: str) -> str:
    """No tab or newline may end a field: outside <pre> they are spaces in HTML
    anyway; inside <pre> a newline becomes the character reference &#10;."""
    parts = re.split(r"(<pre\b.*?</pre>)", html, flags=re.DOTALL)
    return "".join(part.replace("\n", "&#10;").replace("\t", "&#9;") if part.startswith("<pre")
                   else " ".join(part.split()) for part in parts)
