"""Let lower-case whole names find the page that spells them in camelCase.

The search separator in mkdocs.yml splits camelCase names into their parts, so
`WaitForFirstConsumer` is found by "first consumer" and by the exact name
(the query is split the same way). A reader who types the name in lower case,
"waitforfirstconsumer", gives the separator nothing to split, and no indexed
word matches. This hook adds to each section of the search index a `keywords`
field holding the lower-case form of every such name in that section, once per
use. The field is indexed (mkdocs.yml: search.fields.keywords) but never shown.
docs/javascripts/search-loader.js adds the same lower-case form to a camelCase
query, so the whole name also counts when it is typed as written.

Runs after Material's search plugin writes the index and before the offline
plugin copies it into search_index.js.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

_TAG = re.compile(r"<[^>]+>")
_NAME = re.compile(r"\w+")  # letters, digits and underscores: a name without punctuation


def compound_names(text: str, separator: re.Pattern) -> list[str]:
    """Lower-case forms of the names in `text` that `separator` splits into
    parts (camelCase), in order of use."""
    return [name.lower() for name in _NAME.findall(_TAG.sub(" ", text))
            if len([part for part in separator.split(name) if part]) > 1]


@event_priority(-50)  # after Material's search plugin (0), before offline (-100)
def on_post_build(config):
    index_file = Path(config.site_dir, "search", "search_index.json")
    if not index_file.exists():
        raise PluginError(f"search_keywords: {index_file} is missing; is the search plugin enabled?")
    index = json.loads(index_file.read_text(encoding="utf-8"))
    if "keywords" not in index["config"]["fields"]:
        raise PluginError("search_keywords: mkdocs.yml must list search.fields.keywords, "
                          "or the browser never indexes the keywords this hook writes")
    separator = re.compile(index["config"]["separator"])
    for doc in index["docs"]:
        names = compound_names(doc["title"] + " " + doc["text"], separator)
        if names:
            doc["keywords"] = " ".join(names)
    index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
