"""Build the site with MkDocs and map built pages back to their sources."""

from __future__ import annotations

import importlib.util
import io
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"  # the pages and the example files beside them
HOOKS = ROOT / "overrides" / "hooks"


def load_hook(name: str):
    """Import overrides/hooks/<name>.py as a module, as MkDocs does."""
    spec = importlib.util.spec_from_file_location(f"hooks_{name}", HOOKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@dataclass
class BuildResult:
    site_dir: Path
    ok: bool
    log: str
    seconds: float
    nav_sources: list[str] = field(default_factory=list)  # src paths in nav order
    site_url: str = ""
    # Reports that must not fail the build (overrides/hooks/checked_against.py:
    # pages checked more than six months ago), one per line.
    notes: str = ""

    def html_for(self, src: str) -> Path:
        return self.site_dir / (src[: -len(".md")] + ".html")


def build_site(site_dir: Path, config_file: Path = ROOT / "mkdocs.yml", **overrides) -> BuildResult:
    """Run a strict MkDocs build in-process and capture its log."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    notes = io.StringIO()
    notes_handler = logging.StreamHandler(notes)
    notes_handler.setFormatter(logging.Formatter("%(message)s"))
    notes_logger = logging.getLogger("field_guide.checked")
    notes_logger.addHandler(notes_handler)
    start = time.perf_counter()
    ok, nav_sources, site_url = True, [], ""
    try:
        config = load_config(str(config_file), site_dir=str(site_dir), strict=True, **overrides)
        build(config)
        nav_sources, site_url = list(_flatten(config["nav"])), config["site_url"]
    except (Abort, MkDocsException) as error:
        ok = False
        stream.write(f"ERROR {error}\n")
    finally:
        logger.removeHandler(handler)
        notes_logger.removeHandler(notes_handler)
    return BuildResult(Path(site_dir), ok, stream.getvalue(), time.perf_counter() - start, nav_sources, site_url,
                       notes.getvalue())


def _flatten(nav):
    """Yield the Markdown paths of a MkDocs nav, in order."""
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            yield from _flatten(value)
        elif isinstance(value, str) and value.endswith(".md"):
            yield value
