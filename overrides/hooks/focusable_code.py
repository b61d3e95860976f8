"""Code blocks a keyboard can scroll from the moment the page loads.

Material makes a code block that overflows focusable (tabindex="0") when it
mounts the block, and with `content.lazy` it mounts each block only when it
first comes into view. Until then a long command below the fold cannot be
scrolled from the keyboard (axe: scrollable-region-focusable). This hook ships
every highlighted block focusable in the HTML; when Material mounts a block
that does not overflow, it removes the attribute again, as it always does.
Diagram sources (`pre.mermaid`) are left alone: they become SVGs.
"""

from __future__ import annotations

import re

_CODE_IN_PRE = re.compile(r"(<pre(?![^>]*\bclass=\"mermaid\")[^>]*>(?:<span></span>)?)<code>")


def on_post_page(output, **kwargs):
    # After the whole page is rendered, so the print page's copies get it too.
    return _CODE_IN_PRE.sub(r'\1<code tabindex="0">', output)
