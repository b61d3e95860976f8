"""Read fenced code blocks out of Markdown sources, with their line numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\n]*)$")
# A pymdownx.snippets include line: --8<-- "path/relative/to/docs" (":section" optional).
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^":]+)(?::[\w-]+)?"\s*$')


@dataclass
class Fence:
    path: Path
    line: int          # 1-based line of the opening fence
    lang: str          # first word of the info string, lower case ("" if none)
    info: str
    body: str          # dedented content between the fences
    before: str        # the nearest non-blank line before the fence

    @property
    def where(self) -> str:
        return f"{display(self.path)}:{self.line}"


def display(path: Path) -> str:
    """A path as a reader should see it in an error: relative to the repository."""
    from .site import ROOT

    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def fences(path: Path) -> list[Fence]:
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Fence] = []
    i = 0
    while i < len(lines):
        match = _OPEN.match(lines[i])
        if not match:
            i += 1
            continue
        indent, fence, info = match["indent"], match["fence"], match["info"].strip()
        close = re.compile(rf"^{re.escape(indent)}{fence[0]}{{{len(fence)},}}[ \t]*$")
        body, j = [], i + 1
        while j < len(lines) and not close.match(lines[j]):
            body.append(lines[j][len(indent):] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        before = next((lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        lang = info.split()[0].lstrip(".").lower() if info else ""
        found.append(Fence(path, i + 1, lang, info, "\n".join(body), before))
        i = j + 1
    return found


def included(path: Path) -> list[str]:
    """The files a page's code blocks include with --8<--, relative to docs/."""
    return [m["path"] for block in fences(path) for line in block.body.splitlines() if (m := INCLUDE.match(line))]
