"""Shared fixtures: one strict build of the real site per test run, and one
headless Chromium (Debian's package, driven by Playwright)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from support.browser import chromium  # noqa: E402
from support.site import ROOT, build_site  # noqa: E402


@pytest.fixture(scope="session")
def site(tmp_path_factory, request):
    result = build_site(tmp_path_factory.mktemp("site"))
    if not result.ok:
        pytest.fail(f"strict build of the site failed:\n{result.log}", pytrace=False)
    request.config._stale_pages = result.notes.splitlines()
    return result


@pytest.fixture(scope="session")
def browser():
    with chromium() as context:
        yield context


def pytest_report_header(config):
    return f"site sources: {ROOT / 'docs'}"


def pytest_terminal_summary(terminalreporter, config):
    counts = getattr(config, "_example_counts", None)
    if counts:
        terminalreporter.section("examples checked, per kind")
        for kind, count in counts.items():
            terminalreporter.write_line(f"{count:4d}  {kind}")
    stale = getattr(config, "_stale_pages", None)
    if stale is not None:
        terminalreporter.section("freshness: topic pages checked more than six months ago")
        for line in stale or ["none: every topic page was checked within six months of this build"]:
            terminalreporter.write_line(line)
    reports = getattr(config, "_search_reports", None)
    if reports:
        terminalreporter.section("search: queries that found their page")
        for report in reports:
            for line in report.splitlines():
                terminalreporter.write_line(line)
