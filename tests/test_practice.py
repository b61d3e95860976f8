"""The Practice page (docs/practice.md, overrides/hooks/practice.py,
docs/javascripts/practice.js): a deck with one card per `??? question` block
of the other pages, flashcards with Leitner scheduling kept in localStorage,
a timed mock interview, progress that moves between browsers as a file, and
an Anki deck. The browser checks open the built page from file:// with no
network, as an offline reader does."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from support.browser import axe_violations, open_offline
from support.html import soup
from support.site import DOCS

PAGE = "practice.md"
KEY = "mkfg-practice-v1"
FORMAT = "managed-kubernetes-field-guide-progress"
QUESTION_BLOCK = re.compile(r"^\s*\?\?\?\+?\s+question\b")
FENCE = re.compile(r"^\s*(```|~~~)")
ANKI = "practice/field-guide.anki.txt"


def source_questions() -> Counter:
    """Question blocks per page, counted in the Markdown sources."""
    counts: Counter = Counter()
    for path in sorted(DOCS.rglob("*.md")):
        if "examples" in path.parts:
            continue
        fenced = False
        for line in path.read_text(encoding="utf-8").splitlines():
            if FENCE.match(line):
                fenced = not fenced
            elif not fenced and QUESTION_BLOCK.match(line):
                counts[path.relative_to(DOCS).as_posix()[: -len(".md")]] += 1
    return counts


def words(text: str) -> str:
    return " ".join(text.split())


def deck(site):
    return soup(site.html_for(PAGE)).select("[data-card]")


def stats(page) -> dict[str, int]:
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('[data-stat]')]
        .map((dd) => [dd.dataset.stat, Number(dd.textContent)]))""")


def saved(page) -> dict:
    return page.evaluate(f"() => JSON.parse(localStorage.getItem('{KEY}') || 'null')")


def seed(page, cards: dict) -> None:
    state = {"format": FORMAT, "version": 1, "cards": cards}
    page.evaluate("([key, state]) => localStorage.setItem(key, JSON.stringify(state))", [KEY, state])
    page.reload()


def today(page) -> str:
    return page.evaluate("() => { const d = new Date(); return d.getFullYear() + '-' + "
                         "String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); }")


def shift(page, iso: str, days: int) -> str:
    return page.evaluate("""([iso, n]) => { const [y, m, d] = iso.split('-').map(Number);
        const t = new Date(y, m - 1, d + n);
        return t.getFullYear() + '-' + String(t.getMonth() + 1).padStart(2, '0') + '-' + String(t.getDate()).padStart(2, '0'); }""",
                         [iso, days])


# --- The deck in the built HTML ----------------------------------------------

def test_the_deck_holds_one_card_per_question_block_in_the_sources(site):
    """Adding a `??? question` block to any page adds a card: the count comes from the Markdown."""
    expected = source_questions()
    cards = deck(site)
    found = Counter(card["data-topic"] for card in cards)
    assert found == expected, f"cards per page {dict(found)} != question blocks per page {dict(expected)}"
    ids = [card["data-card"] for card in cards]
    assert len(ids) == len(set(ids)), "card ids must be unique"
    assert all(re.fullmatch(r"[a-z0-9/-]+#[a-z0-9-]+", i) for i in ids), ids
    assert "compute/multi-az#if-one-az-fails-does-the-cluster-survive" in ids
    assert soup(site.html_for(PAGE)).select_one("article h1").get_text(strip=True).rstrip("¶") == "Practice"


def test_each_card_reads_without_javascript_and_links_to_its_question(site):
    """Question, answer, page and section are in the HTML; the link lands on
    the question block, which has the card's id, on the page that teaches it."""
    practice = site.html_for(PAGE)
    for card in deck(site):
        question = card.select_one(".practice-card__question").get_text(" ", strip=True)
        answer = " ".join(p.get_text(" ", strip=True) for p in card.find_all("p")
                          if "practice-card__source" not in (p.get("class") or []))
        assert len(answer.split()) >= 20, f"{card['data-card']}: thin or missing answer"
        link = card.select_one(".practice-card__source a")
        url = urlsplit(link["href"])
        target = (practice.parent / unquote(url.path)).resolve()
        block = soup(target).find(id=url.fragment)
        where = card["data-card"]
        assert block is not None and block.name == "details" and "question" in block["class"], where
        assert block.summary.get_text(" ", strip=True) == question, where
        assert card["data-card"].split("#")[1] == url.fragment, where
        page_title, _, section = link.get_text(" ", strip=True).partition(" › ")
        heading = block.find_previous("h2").get_text(" ", strip=True).rstrip("¶ ")
        assert section == heading, where
        assert page_title, where


def test_every_page_with_questions_offers_practise_this_topic(site):
    for topic, count in source_questions().items():
        page = soup(site.html_for(f"{topic}.md"))
        links = [a for a in page.select("article a") if a.get_text(strip=True) == "Practise this topic"]
        assert len(links) == 1, f"docs/{topic}.md: {len(links)} 'Practise this topic' links"
        href = links[0]["href"]
        assert href.split("#")[0].endswith("practice.html"), href
        section = soup(site.html_for(PAGE)).find(id=href.split("#")[1])
        assert section is not None and section.get("data-topic") == topic, href
        assert len(section.select("[data-card]")) == count


def test_practice_assets_load_on_the_practice_page_only(site):
    """The script and styles are the Practice page's alone; the script is a
    classic one (modules do not run from file://) that reads nothing with fetch."""
    for src in site.nav_sources:
        html = site.html_for(src).read_text(encoding="utf-8")
        has = ("javascripts/practice.js" in html, "stylesheets/practice.css" in html)
        assert has == ((True, True) if src == PAGE else (False, False)), f"docs/{src}: practice assets {has}"
    page = soup(site.html_for(PAGE))
    script = page.find("script", src=re.compile(r"practice\.js$"))
    assert script.get("type") in (None, "text/javascript") and script.has_attr("defer")
    code = (site.site_dir / "javascripts" / "practice.js").read_text(encoding="utf-8")
    assert not re.search(r"\bfetch\(|XMLHttpRequest|\bimport\s*\(|^\s*import\s", code, re.MULTILINE)
    assert len(code.encode()) < 24_000, f"practice.js is {len(code.encode())} bytes; keep it small"


def test_search_and_the_print_page_list_each_question_once(site):
    """The deck joins the Practice page after search indexed it, and the
    print page leaves the Practice page out: each question is found on its own page."""
    index = json.loads((site.site_dir / "search" / "search_index.full.json").read_text(encoding="utf-8"))
    practice_text = " ".join(d["text"] + d["title"] for d in index["docs"] if d["location"].startswith("practice.html"))
    assert "Leitner" in practice_text, "the Practice page's own text is searchable"
    question = "If one AZ fails, does the cluster survive?"
    assert question not in practice_text
    assert any(question in d["title"] + d["text"] for d in index["docs"] if d["location"].startswith("compute/multi-az"))
    assert "data-card=" not in (site.site_dir / "print_page.html").read_text(encoding="utf-8")


# --- The Anki deck --------------------------------------------------------

def read_anki(site):
    text = (site.site_dir / ANKI).read_text(encoding="utf-8")
    headers = [line for line in text.splitlines() if line.startswith("#")]
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    rows = list(csv.reader(body.splitlines(keepends=True), delimiter="\t", quotechar='"', strict=True))
    return text, headers, rows


def test_anki_file_parses_with_one_note_per_card(site):
    text, headers, rows = read_anki(site)
    assert headers[:2] == ["#separator:tab", "#html:true"], headers
    assert "#tags column:3" in headers and "#deck column:4" in headers, headers
    assert "#columns:Front\tBack\tTags\tDeck" in headers, "column names match the Basic note type's fields"
    cards = deck(site)
    assert len(rows) == len(cards) == sum(source_questions().values()), "one note per card"
    assert len(text.splitlines()) == len(headers) + len(rows), "no field may span lines"
    assert all(len(row) == 4 for row in rows), [row[:1] for row in rows if len(row) != 4]
    fronts = [row[0] for row in rows]
    assert len(set(fronts)) == len(fronts), "Anki matches notes by their first field, so fronts must differ"
    by_id = {card["data-card"]: card for card in cards}
    base = site.site_url.rstrip("/") + "/"
    for front, back, tags, deck_name in rows:
        assert deck_name == "Managed Kubernetes Field Guide"
        links = re.findall(r'href="([^"]+)"', back)
        assert links and links[-1].startswith(base), f"{front[:60]}: no link back to the site"
        path, _, slug = links[-1][len(base):].partition("#")
        card_id = f"{path[:-len('.html')]}#{slug}"
        assert card_id in by_id, f"the note's link names no card: {links[-1]}"
        assert tags == "field-guide::" + path[:-len(".html")].replace("/", "::"), tags
        question = words(by_id[card_id].select_one(".practice-card__question").get_text())
        assert words(re.sub(r"<[^>]+>", "", front)).endswith(question), front
        assert all(link.startswith(("http://", "https://")) for link in links), f"relative link in a note: {links}"
        assert "\t" not in front + back


def test_anki_deck_is_linked_and_not_fetched_at_load(site, browser):
    link = soup(site.html_for(PAGE)).find("a", href=ANKI)
    assert link is not None and link.has_attr("download"), "the Practice page links the deck"
    with open_offline(browser, site.html_for(PAGE)) as (page, visit):
        page.wait_for_timeout(300)
        assert not [url for url in visit.requests if "anki" in url], visit.requests
        assert not visit.problems(), visit.problems()


# --- Flashcards in the browser ------------------------------------------------

def test_practice_page_reads_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site.html_for(PAGE).as_uri())
        total = len(deck(site))
        assert page.locator("[data-card]:visible").count() == total
        assert page.locator(".practice-card__question:visible").count() == total
        assert page.locator(".practice-nojs").is_visible()
        assert page.locator(".practice-tool:visible").count() == 0, "the tools need JavaScript; hide them without it"
    finally:
        context.close()


def test_nothing_moves_when_the_practice_script_starts(site, browser):
    """The page's head sets its JavaScript layout before the first paint, and
    the first card is in the HTML: no layout shift at load (Lighthouse's CLS)."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script("""window.__shift = 0; new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });""")
    try:
        page = context.new_page()
        page.goto(site.html_for(PAGE).as_uri(), wait_until="load")
        page.wait_for_timeout(500)
        assert page.locator("#practice-flashcards").is_visible()
        assert page.evaluate("window.__shift") < 0.01, f"layout shift at load: {page.evaluate('window.__shift')}"
    finally:
        context.close()


def test_grading_a_card_as_known_takes_it_out_of_today_and_survives_a_reload(site, browser):
    total = len(deck(site))
    with open_offline(browser, site.html_for(PAGE)) as (page, visit):
        assert stats(page) == {"due": 0, "new": total, "learned": 0, "total": total}
        day = today(page)
        card = "compute/multi-az#if-one-az-fails-does-the-cluster-survive"
        seed(page, {card: {"box": 3, "due": shift(page, day, -1), "last": shift(page, day, -5), "reviews": 3}})
        assert stats(page) == {"due": 1, "new": total - 1, "learned": 0, "total": total}
        assert page.locator("#practice-question").inner_text() == "If one AZ fails, does the cluster survive?"
        assert page.locator("#practice-context").inner_text() == "Multi-AZ › Interview questions"

        page.click("#practice-reveal")
        assert page.locator("#practice-answer").is_visible()
        assert "EKS runs its API servers" in page.locator("#practice-answer").inner_text()
        page.click("[data-grade='3']")  # Good: box 3 -> 4, 8 days
        assert page.locator("#practice-status").inner_text() == "Good: next review in 8 days."
        assert stats(page) == {"due": 0, "new": total - 1, "learned": 1, "total": total}

        page.reload()
        assert stats(page) == {"due": 0, "new": total - 1, "learned": 1, "total": total}
        assert page.locator("#practice-question").inner_text() != "If one AZ fails, does the cluster survive?"
        assert saved(page)["cards"][card] == {"box": 4, "due": shift(page, day, 8), "last": day, "reviews": 4}
        assert not visit.problems(), visit.problems()


def test_grade_buttons_follow_the_documented_leitner_intervals(site, browser):
    """Box n waits 2^(n-1) days (1, 2, 4 ... 32); Again is today, Hard tomorrow,
    Good one box up, Easy two (docs/practice.md and the README say the same)."""
    def offers(page):
        page.click("#practice-reveal")
        return [page.locator(f"[data-grade='{g}'] small").inner_text() for g in (1, 2, 3, 4)]

    with open_offline(browser, site.html_for(PAGE)) as (page, _):
        assert offers(page) == ["today", "tomorrow", "tomorrow", "in 2 days"]  # a new card
        day = today(page)
        first = page.locator("[data-card]").first.get_attribute("data-card")
        for box, expected in [(2, ["today", "tomorrow", "in 4 days", "in 8 days"]),
                              (5, ["today", "tomorrow", "in 32 days", "in 32 days"])]:
            seed(page, {first: {"box": box, "due": day, "last": shift(page, day, -3), "reviews": 2}})
            assert offers(page) == expected, f"box {box}"
        page.keyboard.press("1")  # Again: still due today, after the others
        assert stats(page)["due"] == 1
        assert saved(page)["cards"][first]["box"] == 1
        note = words(soup(site.html_for(PAGE)).select_one("details.info").get_text())
        assert "1 day in box 1, then 2, 4, 8, 16 and 32 days in box 6" in note


def test_keyboard_space_reveals_and_digits_grade(site, browser):
    total = len(deck(site))
    with open_offline(browser, site.html_for(PAGE)) as (page, visit):
        first = page.locator("#practice-question").inner_text()
        page.keyboard.press("3")  # nothing to grade before the answer is shown
        assert stats(page)["new"] == total
        page.keyboard.press("Space")
        assert page.locator("#practice-answer").is_visible()
        assert page.evaluate("document.activeElement.id") == "practice-answer", "the answer takes focus to be read"
        page.keyboard.press("4")
        assert page.locator("#practice-status").inner_text() == "Easy: next review in 2 days."
        assert stats(page)["new"] == total - 1
        assert page.evaluate("document.activeElement.id") == "practice-question", "focus moves to the next question"
        assert page.locator("#practice-question").inner_text() != first
        assert not page.locator("#practice-answer").is_visible()
        page.keyboard.press("Space")
        page.keyboard.press("1")
        assert stats(page)["due"] == 1 and stats(page)["new"] == total - 2
        # Keys typed into the search box are the search's, not the flashcards'.
        page.locator("input[data-md-component='search-query']").click()
        page.keyboard.press("Space")
        page.keyboard.press("Escape")
        assert not page.locator("#practice-answer").is_visible()
        assert not visit.problems(), visit.problems()


def test_every_control_is_reachable_and_visibly_focused_by_keyboard(site, browser):
    with open_offline(browser, site.html_for(PAGE), viewport={"width": 390, "height": 844}) as (page, _):
        page.click("#practice-reveal")
        page.click("[data-draw='scenario']")
        controls = page.evaluate("""() => [...document.querySelectorAll(
              '#practice-root :is(button, select, input:not([type=file]), a[href])')]
            .filter((el) => el.offsetParent !== null).map((el) => el.id || el.textContent.trim().slice(0, 40))""")
        page.focus("#practice-topic")
        reached, unfocused = [], []
        for _ in range(len(controls) * 2 + 20):
            info = page.evaluate("""() => { const el = document.activeElement, s = getComputedStyle(el);
                return { name: el.id || el.textContent.trim().slice(0, 40),
                  inside: !!el.closest('#practice-root'),
                  ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 }; }""")
            if not info["inside"]:
                break
            reached.append(info["name"])
            if not info["ring"]:
                unfocused.append(info["name"])
            page.keyboard.press("Tab")
        missing = [c for c in controls if c not in reached]
        assert not missing, f"controls Tab never reaches: {missing}"
        assert not unfocused, f"controls without a visible focus outline: {unfocused}"
        assert {"practice-pause", "practice-export", "practice-import", "practice-reset", "practice-browse"} <= set(reached)


def test_practise_this_topic_opens_the_page_filtered_to_it(site, browser):
    with open_offline(browser, site.html_for("compute/multi-az.md")) as (page, visit):
        page.get_by_role("link", name="Practise this topic").click()
        page.wait_for_load_state("load")
        assert page.url.endswith("practice.html#topic-compute-multi-az"), page.url
        assert page.locator("#practice-topic").input_value() == "compute/multi-az"
        assert stats(page)["total"] == source_questions()["compute/multi-az"]
        assert page.locator("#practice-context").inner_text().startswith("Multi-AZ")
        assert page.locator("#practice-flashcards").is_visible()
        page.select_option("#practice-topic", "")
        assert stats(page)["total"] == len(deck(site))
        assert "#" not in page.url
        assert not visit.problems(), visit.problems()


def test_a_cards_link_opens_its_question_on_its_page(site, browser):
    with open_offline(browser, site.html_for(PAGE)) as (page, visit):
        page.select_option("#practice-topic", "compute/multi-az")
        page.click("#practice-reveal")
        page.locator("#practice-answer a", has_text="Multi-AZ › Interview questions").click()
        page.wait_for_load_state("load")
        slug = page.url.split("#")[1]
        assert page.url.split("#")[0].endswith("compute/multi-az.html")
        block = page.locator(f"details#{slug}")
        expect(block).to_have_attribute("open", "")
        assert block.locator("summary").is_visible()
        assert not visit.problems(), visit.problems()


# --- Progress: file out, file in, reset ------------------------------------

def grade_three(page) -> None:
    for key in ("3", "4", "1"):
        page.keyboard.press("Space")
        page.keyboard.press(key)


def test_export_then_import_on_a_fresh_profile_restores_the_same_state(site, browser, tmp_path):
    with open_offline(browser, site.html_for(PAGE)) as (page, _):
        grade_three(page)
        before, counts = saved(page), stats(page)
        with page.expect_download() as download:
            page.click("#practice-export")
        exported = tmp_path / download.value.suggested_filename
        download.value.save_as(exported)
    data = json.loads(exported.read_text())
    assert data["format"] == FORMAT and data["version"] == 1 and data["exported"]
    assert data["cards"] == before["cards"] and len(data["cards"]) == 3
    assert re.fullmatch(r"field-guide-progress-\d{4}-\d\d-\d\d\.json", exported.name)

    with open_offline(browser, site.html_for(PAGE)) as (page, visit):  # a new, empty profile
        assert stats(page)["new"] == len(deck(site))
        page.set_input_files("#practice-import-file", str(exported))
        expect(page.locator("#practice-message")).to_have_text(f"Loaded the progress of 3 cards from {exported.name}.")
        assert stats(page) == counts
        assert saved(page)["cards"] == before["cards"]
        page.reload()
        assert stats(page) == counts
        assert not visit.problems(), visit.problems()


BAD_FILES = {
    "not JSON": ("progress {", "it is not valid JSON"),
    "another format": (json.dumps({"format": "anki", "version": 1, "cards": {}}), "not a progress file from this guide"),
    "a newer version": (json.dumps({"format": FORMAT, "version": 2, "cards": {}}), "written by a newer version of the guide"),
    "a broken entry": (json.dumps({"format": FORMAT, "version": 1, "cards": {
        "compute/multi-az#if-one-az-fails-does-the-cluster-survive": {"box": "9", "due": "soon"}}}), "is not valid"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_progress_file_is_refused_and_changes_nothing(site, browser, tmp_path, kind):
    content, reason = BAD_FILES[kind]
    bad = tmp_path / "progress.json"
    bad.write_text(content)
    with open_offline(browser, site.html_for(PAGE)) as (page, visit):
        grade_three(page)
        before, counts = saved(page), stats(page)
        page.set_input_files("#practice-import-file", str(bad))
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("Nothing was changed.")
        assert reason in alert.inner_text() and "Nothing was changed." in alert.inner_text(), alert.inner_text()
        assert alert.is_visible()
        assert saved(page) == before and stats(page) == counts
        page.reload()
        assert saved(page) == before and stats(page) == counts
        assert not visit.problems(), visit.problems()


def test_import_keeps_known_cards_and_says_how_many_it_dropped(site, browser, tmp_path):
    known = "compute/multi-az#if-one-az-fails-does-the-cluster-survive"
    entry = {"box": 2, "due": "2099-01-01", "last": "2026-01-01", "reviews": 2}
    cards = {known: entry, "compute/gone#a-removed-question": entry, "old/page#another": entry}
    upload = tmp_path / "progress.json"
    upload.write_text(json.dumps({"format": FORMAT, "version": 1, "cards": cards}))
    with open_offline(browser, site.html_for(PAGE)) as (page, visit):
        page.set_input_files("#practice-import-file", str(upload))
        expect(page.locator("#practice-message")).to_have_text(
            "Loaded the progress of 1 card from progress.json. "
            "2 cards in the file are no longer in the deck and were left out.")
        assert saved(page)["cards"] == {known: entry}
        assert page.get_by_role("alert").inner_text() == ""
        assert not visit.problems(), visit.problems()


def test_reset_asks_first(site, browser):
    with open_offline(browser, site.html_for(PAGE)) as (page, visit):
        grade_three(page)
        before = saved(page)
        page.click("#practice-reset")
        dialog = page.locator("#practice-reset-dialog")
        assert dialog.is_visible() and "Reset your progress?" in dialog.inner_text()
        page.keyboard.press("Escape")
        assert not dialog.is_visible() and saved(page) == before
        page.click("#practice-reset")
        page.get_by_role("button", name="Keep my progress").click()
        assert saved(page) == before
        page.click("#practice-reset")
        page.get_by_role("button", name="Reset", exact=True).click()
        assert saved(page) is None
        assert stats(page)["new"] == len(deck(site))
        assert page.evaluate("document.activeElement.id") == "practice-reset"
        assert not visit.problems(), visit.problems()


# --- Mock interview ----------------------------------------------------------

def framework_steps() -> list[str]:
    """The bold labels of the numbered steps under "## The structure"."""
    text = (DOCS / "interview" / "answer-framework.md").read_text(encoding="utf-8")
    section = text.split("## The structure", 1)[1].split("\n## ", 1)[0]
    return [label.rstrip(".") for label in re.findall(r"^\d+\. \*\*(.+?)\*\*", section, re.MULTILINE)]


def test_mock_interview_times_a_scenario_against_the_framework_then_shows_the_model_answer(site, browser):
    scenarios = soup(site.html_for("interview/scenarios.md"))
    prompts = {words(h2.get_text()).rstrip("¶ "): words(h2.find_next_sibling().get_text())
               for h2 in scenarios.select("article h2") if h2.find_next_sibling().name == "blockquote"}
    assert len(prompts) >= 9
    # bs4 leaves a <template>'s text out of get_text(), so read each one as a document of its own.
    drawn_from = {t["data-title"]: words(BeautifulSoup(t.decode_contents(), "html.parser")
                                         .select_one("[data-part=prompt]").get_text())
                  for t in soup(site.html_for(PAGE)).select("template[data-scenario]")}
    assert drawn_from == prompts, "the mock interview draws from every worked scenario, with its question"
    steps = framework_steps()
    assert len(steps) == 8, steps
    with open_offline(browser, site.html_for(PAGE)) as (page, visit):
        page.click("[data-draw='scenario']")
        title = page.locator("#practice-mock-context").inner_text().removeprefix("Worked scenario: ")
        assert title in prompts, title
        assert words(page.locator("#practice-mock-prompt").inner_text()) == prompts[title]
        labels = [page.locator(".practice-steps label strong").nth(i).inner_text() for i in range(8)]
        assert labels == steps, "the checklist is the answer framework's steps"
        assert not page.locator("#practice-mock-answer").is_visible()

        timer = page.locator("#practice-timer")
        page.wait_for_timeout(2_200)
        assert timer.inner_text() == "0:02"
        page.click("#practice-pause")
        assert page.locator("#practice-pause").inner_text() == "Resume"
        paused = timer.inner_text()
        page.wait_for_timeout(1_300)
        assert timer.inner_text() == paused, "a paused timer stands still"
        page.click("#practice-pause")
        page.wait_for_timeout(1_100)
        assert timer.inner_text() != paused

        page.locator(".practice-steps input").nth(0).check()
        page.locator(".practice-steps input").nth(2).check()
        page.click("#practice-mock-reveal")
        model = page.locator("#practice-mock-answer")
        assert model.is_visible()
        assert re.match(r"You covered 2 of 8 steps in 0:0\d\. The model answer:", model.inner_text())
        assert "A strong answer" in model.inner_text()
        assert model.get_by_role("link", name="Read this scenario on its page").is_visible()

        page.select_option("#practice-topic", "storage/csi-storage")
        page.click("[data-draw='question']")
        questions = [q.get_text(" ", strip=True) for q in soup(site.html_for(PAGE)).select(
            "[data-topic='storage/csi-storage'] .practice-card__question")]
        assert page.locator("#practice-mock-prompt").inner_text().strip() in questions
        assert page.locator(".practice-steps input:checked").count() == 0, "a new draw clears the checklist"
        assert not visit.problems(), visit.problems()


# --- Accessibility in the states a reader reaches ----------------------------

@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_practice_page_is_accessible_in_use(site, browser, scheme, tmp_path):
    """The nav-page axe check sees the page at load; this one sees a revealed
    card, a revealed model answer, an import error and the full card list."""
    bad = tmp_path / "bad.json"
    bad.write_text("not json")
    with open_offline(browser, site.html_for(PAGE), color_scheme=scheme) as (page, visit):
        page.keyboard.press("Space")
        page.click("[data-draw='scenario']")
        page.click("#practice-mock-reveal")
        page.set_input_files("#practice-import-file", str(bad))
        expect(page.get_by_role("alert")).to_contain_text("Nothing was changed.")
        page.click("#practice-browse")
        assert page.locator("[data-card]").first.is_visible()
        assert not (problems := axe_violations(page)), "\n".join(problems)
        assert not visit.problems(), visit.problems()
