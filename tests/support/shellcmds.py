"""Split a shell example into the simple commands it runs, with line numbers.

Handles backslash continuations, comments, ``;``, ``&&``, ``||``, pipes,
``VAR=value`` prefixes, ``export`` and ``$( ... )`` command substitutions
(also inside double quotes). It does not try to be a shell: examples that need
more than this are too clever for a reader to copy anyway.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

_SEPARATORS = {";", "&&", "||", "|", "&", "(", ")", "$", "$(", ";;"}
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
_SUBSTITUTION = re.compile(r"\$\(([^()]*)\)")


@dataclass
class Command:
    line: int
    argv: list[str]


def _logical_lines(text: str):
    start, buffer = None, []
    heredoc = None
    for number, line in enumerate(text.splitlines(), 1):
        if heredoc:
            if line.strip() == heredoc:
                heredoc = None
            continue
        if start is None:
            start = number
        if line.rstrip().endswith("\\"):
            buffer.append(line.rstrip()[:-1])
            continue
        buffer.append(line)
        joined = " ".join(buffer)
        found = re.search(r"<<-?\s*['\"]?(\w+)['\"]?", joined)
        if found:
            heredoc = found[1]
        yield start, joined
        start, buffer = None, []
    if buffer:
        yield start, " ".join(buffer)


def _split(text: str) -> list[list[str]]:
    lexer = shlex.shlex(text, posix=True, punctuation_chars=";&|()")
    lexer.whitespace_split = True
    lexer.commenters = "#"
    commands, current = [], []
    for token in lexer:
        if token in _SEPARATORS or set(token) <= set(";&|()"):
            if current:
                commands.append(current)
            current = []
            continue
        current.append(token)
    if current:
        commands.append(current)
    return commands


def commands(path: Path) -> list[Command]:
    found: list[Command] = []
    for line, text in _logical_lines(path.read_text(encoding="utf-8")):
        stack = [text]
        while stack:
            chunk = stack.pop()
            # Command substitutions are commands too.
            stack.extend(_SUBSTITUTION.findall(chunk))
            chunk = _SUBSTITUTION.sub("SUBSTITUTED", chunk)
            for argv in _split(chunk.replace("$(", " ( ")):
                while argv and (_ASSIGNMENT.match(argv[0]) or argv[0] in {"export", "sudo", "time", "exec"}):
                    argv = argv[1:]
                if argv:
                    found.append(Command(line, argv))
    return found
