"""Fail the build when a page would load anything from another host.

The site must work from disk with no network. Every ``<script>``, ``<link>``,
``<img>``, ``<iframe>``, ``<source>``, ``<video>``, ``<audio>``, ``<embed>`` and
``<object>`` reference in the rendered HTML must be relative. The only
exception is ``<link rel="canonical">``, which is metadata for search engines
and is never fetched. Links (``<a href>``) to other sites are fine.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.exceptions import PluginError

_ASSET_ATTRS = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "iframe": ("src",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "embed": ("src",),
    "object": ("data",),
}
_REMOTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
_NOT_FETCHED_LINK_RELS = {"canonical"}


class _AssetFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.remote: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = _ASSET_ATTRS.get(tag)
        if not names:
            return
        attrs = dict(attrs)
        if tag == "link" and (attrs.get("rel") or "").lower() in _NOT_FETCHED_LINK_RELS:
            return
        for name in names:
            value = attrs.get(name) or ""
            if _REMOTE.match(value) or (name.endswith("srcset") and "//" in value):
                self.remote.append(f"<{tag} {name}=\"{value}\">")


def remote_assets(html: str) -> list[str]:
    """Return a description of every reference in ``html`` to another host."""
    finder = _AssetFinder()
    finder.feed(html)
    return finder.remote


def on_post_page(output, *, page, config):
    found = remote_assets(output)
    if found:
        source = Path(config["docs_dir"], page.file.src_path)
        project = Path(config.config_file_path).parent
        lines = source.read_text(encoding="utf-8").splitlines() if source.exists() else []
        problems = []
        for asset in found:
            url = asset.split('="', 1)[1].rstrip('">')
            line = next((n for n, text in enumerate(lines, 1) if url in text), None)
            shown = source.relative_to(project) if source.is_relative_to(project) else source
            where = f"{shown.as_posix()}:{line}" if line else shown.as_posix()
            problems.append(f"{where}: page loads an asset from another host: {asset}")
        raise PluginError("\n".join(problems) + "\nVendor the file into the repository instead.")
    return output
