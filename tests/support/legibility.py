"""Can a reader read the diagrams? Measure every label as it is drawn.

A label's size on screen is its computed font size times the scale at which
its SVG is drawn (getScreenCTM), for SVG <text> and for HTML labels inside
<foreignObject>. Its contrast is the WCAG ratio between its colour and what
is painted under its centre: the shapes of the diagram (composited, with
their opacity) down to the page background. Printed size is the height of
each word in the PDF, from `pdftotext -bbox`."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page

from .markdown import display, fences

INLINE_MIN_PX = 12     # every label at 1280x800, in the page
EXPANDED_MIN_PX = 14   # every label when the full-screen view opens on a phone
PRINT_MIN_PT = 7       # every diagram word printed to A4
CONTRAST_MIN = 4.5     # label text against what is behind it

# Bring diagram `index` into view, opening the collapsed block or the tab
# that holds it; return false if there is no such diagram.
REVEAL = """(index) => {
  const host = document.querySelectorAll("div.mermaid")[index];
  if (!host) return false;
  const details = host.closest("details:not([open])");
  if (details) details.open = true;
  const tab = host.closest(".tabbed-block");
  if (tab && !tab.offsetParent) {
    const position = [...tab.parentElement.children].indexOf(tab);
    tab.closest(".tabbed-set").querySelectorAll(":scope > .tabbed-labels > label")[position].click();
  }
  host.scrollIntoView({ block: "start" });
  return true;
}"""

# Every label of the diagram drawn in `host` (an element whose shadow root
# holds the SVG, or which holds it): text, size on screen and, with
# `contrast`, the colours and their ratio.
LABELS = r"""([selector, index, contrast]) => {
  const host = document.querySelectorAll(selector)[index];
  const scope = host && (host.shadowRoot || host);
  const svg = scope && scope.querySelector("svg");
  if (!svg) return null;
  const title = ((svg.querySelector(":scope > title") || {}).textContent || "(untitled)").trim();

  const parse = (value) => {
    const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\)/.exec(value || "");
    if (!m) return null;
    let alpha = m[4] === undefined ? 1 : parseFloat(m[4]) / (m[4].endsWith("%") ? 100 : 1);
    return [+m[1], +m[2], +m[3], alpha];
  };
  const over = (top, below) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat([1]);
  };
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const opacity = (el) => {
    let value = 1;
    for (let node = el; node && node.nodeType === 1; node = node.parentNode || node.host) {
      value *= parseFloat(getComputedStyle(node).opacity);
      if (node === svg) break;
    }
    return value;
  };
  const SHAPES = new Set(["rect", "path", "polygon", "circle", "ellipse"]);
  // The colour of one painted layer, or null if it paints nothing there.
  const paint = (el) => {
    const style = getComputedStyle(el);
    if (el instanceof SVGElement) {
      if (!SHAPES.has(el.tagName.toLowerCase())) return null;
      const fill = parse(style.fill);
      if (!fill) return null;
      fill[3] *= parseFloat(style.fillOpacity) * opacity(el);
      return fill[3] > 0 ? fill : null;
    }
    const bg = parse(style.backgroundColor);
    return bg && bg[3] > 0 ? bg : null;
  };
  // The page behind the diagram: the nearest painted ancestor of its host.
  const pageBackground = () => {
    const layers = [];
    for (let node = host; node; node = node.parentElement) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg && bg[3] > 0) layers.push(bg);
      if (bg && bg[3] >= 1) break;
    }
    let color = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop() : [255, 255, 255, 1];
    while (layers.length) color = over(layers.pop(), color);
    return color;
  };
  // What the diagram paints under a point, top to bottom, until something is
  // opaque (anything of the page drawn over the diagram, such as a sticky
  // header, is not the label's background and is left out).
  const behind = (el, x, y) => {
    const own = (node) => node === el || el.contains(node) || node.contains(el);
    const layers = [];
    if (el.classList.contains("sequenceNumber")) {  // drawn on a marker, which hit-testing does not see
      const circle = svg.querySelector("[id$='-sequencenumber'] circle");
      if (circle) layers.push(paint(circle));
    }
    for (const node of scope.elementsFromPoint(x, y)) {
      if (!svg.contains(node) || own(node) || node.tagName.toLowerCase() === "foreignobject") continue;
      const color = paint(node);
      if (!color) continue;
      layers.push(color);
      if (color[3] >= 1) break;
    }
    let color = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop() : pageBackground();
    while (layers.length) color = over(layers.pop(), color);
    return color;
  };

  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.display !== "none";
  };
  const scale = (el) => {
    const m = el.getScreenCTM();
    return m ? Math.hypot(m.c, m.d) : 0;  // vertical scale: what sets a glyph's height
  };
  const found = [];
  for (const el of svg.querySelectorAll("text, tspan")) {
    if (el.querySelector("tspan") || !el.textContent.trim() || !visible(el) || el.closest("foreignObject")) continue;
    found.push({ el, text: el.textContent.trim(), px: parseFloat(getComputedStyle(el).fontSize) * scale(el), svgText: true });
  }
  for (const fo of svg.querySelectorAll("foreignObject")) {
    const s = scale(fo);
    for (const el of fo.querySelectorAll("*")) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join("").trim();
      if (!own || !visible(el)) continue;
      found.push({ el, text: own, px: parseFloat(getComputedStyle(el).fontSize) * s, svgText: false });
    }
  }
  let probe = null;
  if (contrast) {  // hit-test every painted shape, whatever the diagram's own pointer-events say
    probe = document.createElement("style");
    probe.textContent = "svg *{pointer-events:visiblePainted!important}foreignObject *{pointer-events:auto!important}";
    scope.append(probe);
  }
  const labels = found.map(({ el, text, px, svgText }) => {
    const label = { text, px: Math.round(px * 10) / 10 };
    if (contrast) {
      let r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {
        el.scrollIntoView({ block: "center", inline: "center" });
        r = el.getBoundingClientRect();
      }
      const style = getComputedStyle(el);
      const fg = parse(svgText ? style.fill : style.color) || [0, 0, 0, 1];
      fg[3] *= (svgText ? parseFloat(style.fillOpacity) : 1) * opacity(el);
      const bg = behind(el, r.left + r.width / 2, r.top + r.height / 2);
      const shown = over(fg, bg);
      label.contrast = Math.round(ratio(shown, bg) * 100) / 100;
      label.fg = "rgb(" + shown.slice(0, 3).map(Math.round).join(",") + ")";
      label.bg = "rgb(" + bg.slice(0, 3).map(Math.round).join(",") + ")";
    }
    return label;
  });
  if (probe) probe.remove();
  return { title, labels };
}"""


@dataclass
class Diagram:
    page: str        # where it was found (a source name or a built page)
    title: str       # its accTitle
    labels: list[dict]

    @property
    def smallest(self) -> dict:
        return min(self.labels, key=lambda label: label["px"])


def diagram_sources(markdown_files: list[Path]) -> dict[str, str]:
    """accTitle -> 'file:line' of the diagram, for error messages."""
    where = {}
    for path in markdown_files:
        for block in fences(path):
            title = re.search(r"^\s*accTitle\s*:\s*(.+?)\s*$", block.body, re.MULTILINE)
            if block.lang == "mermaid" and title:
                where[title[1]] = f"{display(path)}:{block.line}"
    return where


def measure_page(page: Page, name: str, contrast: bool = False) -> list[Diagram]:
    """Measure every diagram of an open page, each shown as a reader would see it."""
    diagrams = []
    index = 0
    while page.evaluate(REVEAL, index):
        page.wait_for_timeout(50)
        found = page.evaluate(LABELS, ["div.mermaid", index, contrast])
        if found:
            diagrams.append(Diagram(name, found["title"], found["labels"]))
        index += 1
    return diagrams


def size_problems(diagrams: list[Diagram], where: dict[str, str], minimum: float, context: str) -> list[str]:
    problems = []
    for diagram in diagrams:
        if not diagram.labels:
            problems.append(f"{where.get(diagram.title, diagram.page)}: diagram \"{diagram.title}\" has no labels to measure")
            continue
        small = diagram.smallest
        if small["px"] < minimum:
            problems.append(
                f"{where.get(diagram.title, diagram.page)}: diagram \"{diagram.title}\" {context}: label "
                f"\"{small['text'][:40]}\" is {small['px']:.1f} px; every label needs at least {minimum:g} px"
            )
    return problems


def contrast_problems(diagrams: list[Diagram], where: dict[str, str], scheme: str) -> list[str]:
    problems = []
    for diagram in diagrams:
        for label in diagram.labels:
            if label["contrast"] < CONTRAST_MIN:
                problems.append(
                    f"{where.get(diagram.title, diagram.page)}: diagram \"{diagram.title}\" ({scheme}): label "
                    f"\"{label['text'][:40]}\" has contrast {label['contrast']:.2f}:1 ({label['fg']} on "
                    f"{label['bg']}); at least {CONTRAST_MIN}:1 needed"
                )
                break  # one line per diagram is enough to find it
    return problems


def pdf_words(pdf: Path) -> list[tuple[int, float, str]]:
    """(page number, height in pt, text) of every word in a PDF."""
    tool = shutil.which("pdftotext")
    if not tool:
        raise RuntimeError("pdftotext is missing: run scripts/test as root, or apt-get install poppler-utils")
    markup = subprocess.run([tool, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words, number = [], 0
    for line in markup.splitlines():
        if "<page " in line:
            number += 1
        match = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', line)
        if match:
            words.append((number, float(match[4]) - float(match[2]), html.unescape(match[5])))
    return words
