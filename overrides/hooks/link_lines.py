"""Add ``docs/<file>:<line>:`` to MkDocs' broken-link and broken-anchor warnings.

MkDocs names the page that holds a bad link but not the line. This hook adds
the line of the first occurrence of the link in the page's Markdown source, so
a strict build fails with a location an editor can jump to. It only rewrites
log messages; the validation itself stays MkDocs' own.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

# "Doc file 'a.md' contains a link 'b.md#x', but ..." and its variants
# ("an unrecognized relative link", "an absolute link").
_LINK_WARNING = re.compile(r"^Doc file '(?P<src>[^']+)' contains (?:a|an [a-z ]+?) link '(?P<url>[^']+)'")
# "... contains a link '...', but the doc 'b.md' does not contain an anchor '#x'."
_ANCHOR_WARNING = re.compile(r"^Doc file '(?P<src>[^']+)' contains a link '(?P<url>[^']+)', but the doc")


def _first_line(path: Path, needle: str) -> int | None:
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if needle in line:
                return number
    except OSError:
        return None
    return None


class _AddLineNumbers(logging.Filter):
    def __init__(self, docs_dir: str, project_dir: str) -> None:
        super().__init__()
        self.docs_dir = Path(docs_dir)
        self.project_dir = Path(project_dir)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        match = _ANCHOR_WARNING.match(message) or _LINK_WARNING.match(message)
        if match and record.levelno >= logging.WARNING:
            src = self.docs_dir / match["src"]
            line = _first_line(src, f"]({match['url']}") or _first_line(src, match["url"])
            where = _relative(src, self.project_dir) + (f":{line}" if line else "")
            record.msg, record.args = f"{where}: {message}", ()
        return True


def _relative(path: Path, start: Path) -> str:
    return path.relative_to(start).as_posix() if path.is_relative_to(start) else path.as_posix()


_LOGGER = logging.getLogger("mkdocs.structure.pages")


def on_config(config, **kwargs):
    for old in [f for f in _LOGGER.filters if isinstance(f, _AddLineNumbers)]:
        _LOGGER.removeFilter(old)  # `mkdocs serve` reloads hooks on every rebuild
    _LOGGER.addFilter(_AddLineNumbers(config["docs_dir"], Path(config.config_file_path).parent))
    return config
