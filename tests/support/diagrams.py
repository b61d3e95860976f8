"""Parse every Mermaid diagram in Markdown sources with the vendored Mermaid."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from .markdown import display, fences
from .site import DOCS, ROOT

PARSER = ROOT / "tests" / "support" / "mermaid_parse.cjs"


def vendored_mermaid() -> Path:
    (script,) = (DOCS / "javascripts" / "vendor").glob("mermaid-*/mermaid.min.js")
    return script


def mermaid_problems(markdown_files: list[Path]) -> list[str]:
    """Return 'file:line: error' for every diagram that Mermaid cannot parse."""
    blocks = [f for path in markdown_files for f in fences(path) if f.lang == "mermaid"]
    if not blocks:
        return []
    payload = [{"where": str(i), "code": b.body} for i, b in enumerate(blocks)]
    run = subprocess.run(
        ["node", str(PARSER), str(vendored_mermaid())],
        input=json.dumps(payload), capture_output=True, text=True, cwd=ROOT, check=False,
    )
    if run.returncode != 0:
        raise RuntimeError(f"mermaid parser crashed: {run.stderr}")
    problems = []
    for failure in json.loads(run.stdout):
        block, error = blocks[int(failure["where"])], failure["error"]
        # Mermaid counts lines from the diagram's first line (the fence is one
        # above it) and may point one past the end when the diagram stops short.
        inner = re.search(r"on line (\d+)", error)
        last = block.body.count("\n") + 1
        at = block.line + min(int(inner[1]), last) if inner else block.line
        problems.append(f"{display(block.path)}:{at}: Mermaid cannot parse this diagram: {error}")
    return problems


def accessibility_problems(markdown_files: list[Path]) -> list[str]:
    """Every diagram needs accTitle and accDescr, which become the SVG's
    accessible name and description for screen readers."""
    problems = []
    for path in markdown_files:
        for block in fences(path):
            if block.lang != "mermaid":
                continue
            for key in ("accTitle", "accDescr"):
                if not re.search(rf"^\s*{key}\s*[:{{]", block.body, re.MULTILINE):
                    problems.append(f"{block.where}: diagram has no {key} (screen readers need it)")
    return problems
