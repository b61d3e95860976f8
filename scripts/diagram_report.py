"""Label sizes and contrast of the diagrams on some pages, for whoever is
drawing them (README, "Write a diagram that passes"). Run it through
scripts/diagrams, which builds the site first:

    scripts/diagrams docs/compute/node-join.md docs/index.md

For each diagram: the smallest and the median label in CSS px at 1280x800
(at least 12 needed), the width the SVG is drawn at and the width it would
need to draw every label at its own size (its viewBox), and the lowest label
contrast in light and dark (at least 4.5:1)."""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from support.browser import chromium, diagram_count, open_offline, wait_for_diagrams  # noqa: E402
from support.legibility import CONTRAST_MIN, INLINE_MIN_PX, diagram_sources, measure_page  # noqa: E402
from support.site import DOCS, ROOT, build_site  # noqa: E402

WIDTHS = """() => [...document.querySelectorAll("div.mermaid")].map((host) => {
  const svg = host.shadowRoot && host.shadowRoot.querySelector("svg");
  return svg ? [Math.round(svg.getBoundingClientRect().width), Math.round(svg.viewBox.baseVal.width)] : [0, 0];
})"""


def main(sources: list[str]) -> int:
    paths = [Path(s).resolve() for s in sources] or sorted(DOCS.rglob("*.md"))
    where = diagram_sources(paths)
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        result = build_site(Path(tmp) / "site")
        if not result.ok:
            print(result.log, file=sys.stderr)
            return 2
        with chromium() as browser:
            for path in paths:
                src = path.relative_to(DOCS).as_posix()
                html = result.html_for(src)
                if not html.exists() or not diagram_count(html):
                    continue
                found = {}
                for scheme in ("light", "dark"):
                    with open_offline(browser, html, color_scheme=scheme, viewport={"width": 1280, "height": 800}) as (page, _):
                        if problem := wait_for_diagrams(page, diagram_count(html)):
                            print(f"docs/{src}: {problem}")
                        page.evaluate("window.scrollTo(0, 0)")
                        widths = page.evaluate(WIDTHS)
                        for i, diagram in enumerate(measure_page(page, f"docs/{src}", contrast=True)):
                            found.setdefault(i, {"diagram": diagram, "width": widths[i]})[scheme] = min(
                                label["contrast"] for label in diagram.labels)
                for entry in found.values():
                    diagram = entry["diagram"]
                    sizes = [label["px"] for label in diagram.labels]
                    ok = min(sizes) >= INLINE_MIN_PX and min(entry["light"], entry["dark"]) >= CONTRAST_MIN
                    failed += not ok
                    print(f"{'ok  ' if ok else 'FAIL'} {where.get(diagram.title, diagram.page)} \"{diagram.title}\"\n"
                          f"     smallest {min(sizes):.1f} px (\"{diagram.smallest['text'][:30]}\"), median "
                          f"{statistics.median(sizes):.1f} px; drawn {entry['width'][0]} px wide, natural "
                          f"{entry['width'][1]} px; contrast light {entry['light']:.2f}, dark {entry['dark']:.2f}")
    print(f"{failed} diagram(s) below {INLINE_MIN_PX:g} px or {CONTRAST_MIN}:1" if failed else "every diagram passes")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
