"""The revision checklist keeps a reader's ticks in the browser, offline too."""

from __future__ import annotations

from support.browser import open_offline


def test_ticks_survive_a_reload_offline_and_reset_clears_them(site, browser):
    path = site.html_for("interview/revision-checklist.md")
    with open_offline(browser, path) as (page, visit):
        items = page.locator(".checklist li.task-list-item")
        total = items.count()
        progress = page.locator("#checklist-progress")
        assert total >= 20, "the checklist should cover the whole guide"
        assert progress.inner_text() == f"0 of {total} ticked"

        for index in (0, 3):  # click where the reader sees the box (the input itself is transparent)
            items.nth(index).scroll_into_view_if_needed()
            box = items.nth(index).locator("input[type=checkbox]").bounding_box()
            page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        assert progress.inner_text() == f"2 of {total} ticked"

        page.reload()
        boxes = page.locator(".checklist input[type=checkbox]")
        assert [boxes.nth(i).is_checked() for i in range(5)] == [True, False, False, True, False]
        assert progress.inner_text() == f"2 of {total} ticked"

        page.click("#checklist-reset")
        assert progress.inner_text() == f"0 of {total} ticked"
        page.reload()
        assert page.locator(".checklist input[type=checkbox]:checked").count() == 0
        assert not visit.problems(), visit.problems()


def test_every_item_links_to_the_page_that_teaches_it(site):
    from support.html import soup

    page = soup(site.html_for("interview/revision-checklist.md"))
    items = page.select(".checklist li.task-list-item")
    unlinked = [li.get_text(" ", strip=True)[:60] for li in items if not li.find("a", href=True)]
    assert not unlinked, f"items without a link to their page: {unlinked}"
