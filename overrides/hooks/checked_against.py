"""Write "Checked against ..." under the title of every topic page.

The versions come from checked-versions.yml at the root of the repository,
each named once; a page's front matter says which of them it covers and the
month it was last checked:

    checked:
      month: 2026-11
      covers: [kubernetes, lbc]

and the page shows, directly under its H1, "Checked against Kubernetes 1.35 on
EKS, GKE and AKS · AWS Load Balancer Controller v3.5 · November 2026".

The build fails, naming the page file and line, when a topic page has no
`checked` front matter or a page names a key the data file does not define.
A page checked more than six months before the build date (SOURCE_DATE_EPOCH
sets the date, as for the rest of MkDocs) is reported on stderr by the logger
`field_guide.checked` but does not fail the build: strict mode only counts
warnings of MkDocs' own loggers, so time passing never breaks CI.
"""

from __future__ import annotations

import html
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_build_datetime

DATA_FILE = "checked-versions.yml"
# Topic pages are the pages in these folders of docs/ (tests/test_anatomy.py
# checks their anatomy; tests/test_checked_against.py keeps the two lists equal).
TOPIC_FOLDERS = ("foundations", "compute", "networking", "identity", "storage")
STALE_AFTER_MONTHS = 6
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

log = logging.getLogger("field_guide.checked")
log.propagate = False  # not under "mkdocs": strict mode does not count these
if not any(getattr(h, "_checked_against", False) for h in log.handlers):
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("STALE   -  %(message)s"))
    _handler._checked_against = True
    log.addHandler(_handler)
    log.setLevel(logging.INFO)


@dataclass
class Version:
    key: str
    name: str
    version: str
    platforms: list[str]

    def label(self) -> str:
        text = f"{self.name} {self.version}"
        if self.platforms:
            text += " on " + _join(self.platforms)
        return text


_versions: dict[str, Version] = {}
_problems: list[str] = []
_project = Path(".")


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _where(path: Path, line: int | None = None) -> str:
    shown = path.relative_to(_project).as_posix() if path.is_relative_to(_project) else path.as_posix()
    return f"{shown}:{line}" if line else shown


def load_versions(path: Path) -> dict[str, Version]:
    """Read and check the data file; fail with file:line on bad input."""
    if not path.is_file():
        raise PluginError(f"checked_against: {_where(path)} is missing; it names the versions pages are checked against")
    text = path.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise PluginError(f"checked_against: {_where(path)}: not valid YAML: {error}") from error
    if not isinstance(data, dict) or not data:
        raise PluginError(f"checked_against: {_where(path)}:1: expected a mapping of keys to versions")
    lines = {key.value: key.start_mark.line + 1 for key, _ in root.value}
    versions, problems = {}, []
    for key, entry in data.items():
        where = _where(path, lines.get(key))
        if not isinstance(entry, dict):
            problems.append(f"{where}: {key}: expected a mapping with name and version")
            continue
        name, version, platforms = entry.get("name"), entry.get("version"), entry.get("platforms", [])
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}: {key}: 'name' must be a non-empty string")
        if not isinstance(version, str) or not version.strip():
            problems.append(f"{where}: {key}: 'version' must be a quoted string (1.30 unquoted reads as 1.3); "
                            f"got {version!r}")
        if not (isinstance(platforms, list) and all(isinstance(p, str) and p for p in platforms)):
            problems.append(f"{where}: {key}: 'platforms' must be a list of names")
        if not entry.get("source"):
            problems.append(f"{where}: {key}: 'source' must name the official release page")
        if not problems:
            versions[key] = Version(key, name, version, list(platforms))
    if problems:
        raise PluginError("checked_against: " + "\n".join(problems))
    return versions


def months_between(earlier: tuple[int, int], later: tuple[int, int]) -> int:
    return (later[0] - earlier[0]) * 12 + later[1] - earlier[1]


def _line_of(path: Path, needle: str) -> int | None:
    """The first line of the front matter that contains `needle`."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for number, line in enumerate(lines[1:], 2):
        if line.strip() == "---":
            return None
        if needle in line:
            return number
    return None


def is_topic_page(src_uri: str) -> bool:
    return src_uri.split("/", 1)[0] in TOPIC_FOLDERS and "/" in src_uri


def checked_line(meta: dict, src: Path, build: tuple[int, int]) -> tuple[str | None, list[str], str | None]:
    """For one page's front matter: the HTML line, the problems, and a stale
    report (or None)."""
    checked = meta.get("checked")
    known = ", ".join(_versions)
    if checked is None:
        return None, [f"{_where(src, 1)}: a topic page needs front matter "
                      f"'checked: {{month: YYYY-MM, covers: [...]}}' (keys in {DATA_FILE}: {known})"], None
    line = _line_of(src, "checked") or 1
    if not isinstance(checked, dict):
        return None, [f"{_where(src, line)}: 'checked' must be a mapping with month and covers"], None
    problems = []
    if True in checked:
        problems.append(f"{_where(src, line)}: 'on:' reads as true in YAML; write 'month: YYYY-MM'")
    extra = sorted(str(k) for k in checked if k not in ("month", "covers", True))
    if extra:
        problems.append(f"{_where(src, line)}: 'checked' has unknown fields {extra}; expected month and covers")
    month = checked.get("month")
    match = _MONTH.match(month) if isinstance(month, str) else None
    if not match:
        problems.append(f"{_where(src, _line_of(src, 'month') or line)}: checked.month must be YYYY-MM "
                        f"(a month, quoted or not); got {month!r}")
    covers = checked.get("covers")
    if not (isinstance(covers, list) and covers and all(isinstance(c, str) for c in covers)):
        problems.append(f"{_where(src, _line_of(src, 'covers') or line)}: checked.covers must list keys of "
                        f"{DATA_FILE} ({known}); got {covers!r}")
        covers = []
    for key in covers:
        if key not in _versions:
            problems.append(f"{_where(src, _line_of(src, key) or line)}: checked.covers names {key!r}, "
                            f"which {DATA_FILE} does not define (known: {known})")
    if len(set(covers)) != len(covers):
        problems.append(f"{_where(src, _line_of(src, 'covers') or line)}: checked.covers repeats a key: {covers}")
    if match and months_between(build, (int(match[1]), int(match[2]))) > 0:
        problems.append(f"{_where(src, _line_of(src, 'month') or line)}: checked.month {month} is after "
                        f"the build month; a typo?")
    if problems:
        return None, problems, None
    year, number = int(match[1]), int(match[2])
    items = [_versions[k].label() for k in _versions if k in covers]  # in the data file's order
    label = f"{MONTHS[number - 1]} {year}"
    text = " · ".join(f"<span>{html.escape(item)}</span>" for item in items)
    line_html = (f'<p class="checked-against" data-search-exclude="true">Checked against {text} · '
                 f'<time datetime="{month}">{label}</time></p>')
    age = months_between((year, number), build)
    stale = None
    if age > STALE_AFTER_MONTHS:
        stale = (f"{_where(src)} was last checked in {label}, {age} months before this build "
                 f"({MONTHS[build[1] - 1]} {build[0]}); re-check it against {DATA_FILE} "
                 f"and move checked.month")
    return line_html, [], stale


def on_config(config, **kwargs):
    global _versions, _project
    _project = Path(config.config_file_path).resolve().parent
    _versions = load_versions(_project / DATA_FILE)
    _problems.clear()
    return config


def on_page_content(html_text, page, config, **kwargs):
    src = Path(page.file.abs_src_path)
    if "checked" not in page.meta and not is_topic_page(page.file.src_uri):
        return html_text
    now = get_build_datetime()
    line, problems, stale = checked_line(page.meta, src, (now.year, now.month))
    if problems:
        _problems.extend(problems)
        return html_text
    head, sep, rest = html_text.partition("</h1>")
    if not sep:
        _problems.append(f"{_where(src)}: has no H1 to put the 'Checked against' line under")
        return html_text
    if stale:
        log.warning(stale)
    return head + sep + "\n" + line + rest


def on_env(env, config, **kwargs):
    if _problems:
        raise PluginError("checked_against:\n" + "\n".join(_problems))
    return env
