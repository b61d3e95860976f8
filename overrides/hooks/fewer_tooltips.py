"""Spend Material's tooltips where a reader needs them.

With `content.tooltips`, Material builds a tooltip component at page load for
every element with a `title`, and every code block's copy button gets one too.
Each costs a few milliseconds of main-thread time on a phone, and long pages
here have dozens. Two kinds of element need none:

- heading permalinks (the pilcrow after each heading): their accessible name
  moves from `title` to `aria-label`, which screen readers announce the same;
- output blocks (fenced as `text`): there is nothing worth copying, so they get
  Material's `no-copy` class and no copy button.
"""

from __future__ import annotations

import re

_PERMALINK = re.compile(r'(<a class="headerlink" href="[^"]*") title="([^"]*)"')
_OUTPUT_BLOCK = '<div class="language-text highlight">'


def on_page_content(html, **kwargs):
    html = _PERMALINK.sub(r'\1 aria-label="\2"', html)
    return html.replace(_OUTPUT_BLOCK, '<div class="language-text highlight no-copy">')
