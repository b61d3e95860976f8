"""Check gcloud, kubectl, eksctl and helm commands against a pinned reference.

These tools cannot run here (they are not on the registries the project may
use, or they would need a cluster), so ``tests/reference/cli.yaml`` lists,
per tool, the commands the site may use and every flag each accepts, with the
official reference page and the date it was checked. A command or flag that
is not in the list fails, so a typo (``--num-node``) or an invented flag is
caught; adding a real one means checking it in the official reference first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .markdown import display
from .shellcmds import commands
from .site import ROOT

REFERENCE = ROOT / "tests" / "reference" / "cli.yaml"


@dataclass
class Tool:
    name: str
    global_flags: set[str]
    commands: dict[tuple[str, ...], set[str]]

    def takes_value(self, flag: str, command_flags: set[str]) -> bool:
        return f"{flag}=" in command_flags or f"{flag}=" in self.global_flags

    def known(self, flag: str, command_flags: set[str]) -> bool:
        return bool({flag, f"{flag}="} & (command_flags | self.global_flags))


@lru_cache(maxsize=None)
def load_reference(path: Path = REFERENCE) -> dict[str, Tool]:
    data = yaml.safe_load(path.read_text())
    tools = {}
    for name, spec in data.items():
        table = {tuple(cmd.split()): set(flags or []) for cmd, flags in (spec.get("commands") or {}).items()}
        tools[name] = Tool(name, set(spec.get("global") or []), table)
    return tools


def _flags(argv: list[str], tool: Tool, allowed: set[str]):
    """Yield (flag name, is_word) for each token, skipping the values of
    flags that take one; stop at `--` (the rest belongs to another program)."""
    i = 1
    while i < len(argv):
        token = argv[i]
        if token == "--":
            return
        if token.startswith("-") and token != "-":
            name = token.split("=", 1)[0]
            yield name, False
            if "=" not in token and tool.takes_value(name, allowed):
                i += 1
        else:
            yield token, True
        i += 1


def check_argv(argv: list[str], tool: Tool) -> str | None:
    """Return what is wrong with one command line, or None."""
    # The command is the longest listed prefix of the words (flags of the
    # tool itself may come first, e.g. `kubectl -n kube-system get pods`).
    words = [token for token, is_word in _flags(argv, tool, set()) if is_word]
    path = next((tuple(words[:n]) for n in range(len(words), 0, -1) if tuple(words[:n]) in tool.commands), None)
    if path is None:
        return f"unknown command '{tool.name} {' '.join(words[:3])}' (not in tests/reference/cli.yaml)"
    allowed = tool.commands[path]
    unknown = [name for name, is_word in _flags(argv, tool, allowed) if not is_word and not tool.known(name, allowed)]
    if unknown:
        return f"'{tool.name} {' '.join(path)}' has no flag {', '.join(unknown)} (per tests/reference/cli.yaml)"
    return None


def cli_problems(path: Path) -> tuple[list[str], dict[str, int]]:
    """Return (problems, commands checked per tool) for one shell file."""
    tools = load_reference()
    problems, counts = [], {}
    for command in commands(path):
        tool = tools.get(command.argv[0])
        if tool is None:
            continue
        counts[tool.name] = counts.get(tool.name, 0) + 1
        problem = check_argv(command.argv, tool)
        if problem:
            problems.append(f"{display(path)}:{command.line}: {problem}")
    return problems, counts
