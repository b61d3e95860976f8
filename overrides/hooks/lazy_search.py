"""Split the search index: settings at page load, documents on first search.

Material's search plugin writes search/search_index.json (and the offline
plugin search/search_index.js). This hook, which runs after both, moves the
full index to search_index.full.json and .full.js and leaves in the original
files the index's settings with no documents, so that a page load does not
carry the whole site's text. docs/javascripts/search-loader.js hands the full
index to the search worker when the reader first opens search.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority


@event_priority(-150)  # after Material's search (0) and offline (-100) plugins
def on_post_build(config):
    folder = Path(config.site_dir, "search")
    source = folder / "search_index.json"
    if not source.exists():
        raise PluginError(f"lazy_search: {source} is missing; is the search plugin enabled?")
    index = json.loads(source.read_text(encoding="utf-8"))
    full = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    (folder / "search_index.full.json").write_text(full, encoding="utf-8")
    (folder / "search_index.full.js").write_text(f"var __fullIndex = {full}", encoding="utf-8")

    light = dict(index, docs=[])
    light_text = json.dumps(light, ensure_ascii=False, separators=(",", ":"))
    source.write_text(light_text, encoding="utf-8")
    offline = folder / "search_index.js"
    if offline.exists():  # written by Material's offline plugin for file://
        offline.write_text(f"var __index = {light_text}", encoding="utf-8")
