"""Give the print page what every other page gets.

mkdocs-print-site-plugin assembles `print_page.html` after the build, so the
on_post_page events that other plugins and hooks rely on never reach it. This
hook runs after it and applies them: mermaid2's script injection (so the
diagrams render from the vendored Mermaid), focusable code blocks and the
external-asset check. It
also makes the page's base relative, so search works from disk there too,
and keeps the plugin's own stylesheets and script off every other page.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority


def _hook(name: str):
    """Another hook of this folder, to apply to the print page."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# print-site adds its stylesheets and script to every page's config; only the
# print page needs them, and on other pages they are three more requests that
# hold up the first paint. Take them out of every other page.
_PRINT_ASSETS = re.compile(r'\s*<(?:link[^>]+href|script[^>]+src)="[^"]*(?:css/print-site[^"]*\.css|js/print-site\.js)"[^>]*>(?:</script>)?')


def on_post_page(output, **kwargs):
    return _PRINT_ASSETS.sub("", output)


on_post_template = on_post_page  # the same for 404.html, which is a template, not a page


@event_priority(-200)  # after print-site (0) and Material's offline plugin (-100)
def on_post_build(config):
    printer = config.plugins.get("print-site")
    if printer is None or not printer.config.get("enabled", True):
        return
    page = printer.print_page
    path = Path(config.site_dir, page.file.dest_uri)
    html = path.read_text(encoding="utf-8")
    html = config.plugins["mermaid2"].on_post_page(html, config=config, page=page)
    # The page is rendered like 404.html, with the site's absolute base path;
    # from disk that points nowhere, so the search index would not load.
    base = urlsplit(config.site_url or "/").path
    html = html.replace(f'"base": "{base}"', '"base": "."', 1)
    html = _hook("focusable_code").on_post_page(html)
    _hook("no_external_assets").on_post_page(html, page=page, config=config)
    path.write_text(html, encoding="utf-8")
