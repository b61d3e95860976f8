"""Mark only the first use of each abbreviation on a page.

The abbreviations in includes/abbreviations.md are appended to every page, and
Python-Markdown's abbr extension then wraps every occurrence in <abbr>. Pages
here use "EKS" or "VPC" dozens of times: a dotted underline on each is noise
for readers, and Material builds a tooltip for each one at page load, which
costs hundreds of milliseconds of main-thread time on a phone. Like a printed
book, explain the term where it first appears; the Glossary has them all (and
sets `abbreviation_tooltips: false`, since each of its entries spells one out).
"""

from __future__ import annotations

import re

_ABBR = re.compile(r'<abbr title="[^"]*">([^<]+)</abbr>')


def on_page_content(html, page, **kwargs):
    if page.meta.get("abbreviation_tooltips") is False:  # the Glossary spells every one out
        return _ABBR.sub(lambda match: match.group(1), html)
    seen: set[str] = set()

    def first_only(match: re.Match) -> str:
        term = match.group(1)
        if term in seen:
            return term
        seen.add(term)
        return match.group(0)

    return _ABBR.sub(first_only, html)
