"""Regenerate tests/reference/cli.yaml (run it with scripts/cli-reference).

The test suite checks gcloud, kubectl, eksctl and helm commands in the
examples against that file, because those tools are not on the registries CI
may use. This script is how the file stays honest: for every gcloud and
kubectl command the examples use (and every one already listed), it reads the
flags from the installed tool's own --help and records the tool's version and
the date. eksctl and helm are not installed here: their entries are kept as
they are and maintained by hand from their official references.

Run it on a machine with gcloud and kubectl after changing examples; review
the diff like any other change.
"""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from support.shellcmds import commands  # noqa: E402

REFERENCE = ROOT / "tests" / "reference" / "cli.yaml"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
GENERATED = ("gcloud", "kubectl")
# "GCLOUD WIDE FLAGS" in every gcloud help page (names only there; the arity
# below is from `gcloud topic flags`-style usage of each).
GCLOUD_WIDE_FLAGS = [
    "--access-token-file=", "--account=", "--billing-project=", "--configuration=", "--flags-file=",
    "--flatten=", "--format=", "--help", "--impersonate-service-account=", "--log-http", "--no-log-http",
    "--project=", "--quiet", "-q", "--trace-token=", "--user-output-enabled", "--no-user-output-enabled",
    "--verbosity=",
]


def run(argv: list[str]) -> str | None:
    done = subprocess.run(argv, capture_output=True, text=True, check=False,
                          env={"PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(Path.home()),
                               "CLOUDSDK_CORE_DISABLE_PROMPTS": "1", "PAGER": "cat"})
    return ANSI.sub("", done.stdout) if done.returncode == 0 else None


def gcloud_flags(path: tuple[str, ...]) -> list[str] | None:
    text = run(["gcloud", *path, "--help"])
    name = re.search(r"^NAME\n\s+gcloud ([a-z0-9 -]+?) - ", text or "", re.MULTILINE)
    if not text or not name or tuple(name[1].split()) != path or "\nGROUPS" in text:
        return None  # not a command (a group, or words that are arguments)
    flags = set()
    # Flag definitions: lines that hold only a flag spec, in the *FLAGS sections
    # before the gcloud-wide ones (examples and synopsis lines hold more).
    sections = re.split(r"^GCLOUD WIDE FLAGS$", text, flags=re.MULTILINE)[0]
    in_flags = False
    for line in sections.splitlines():
        if re.fullmatch(r"[A-Z][A-Z ]*", line):
            in_flags = line.endswith("FLAGS") or line == "POSITIONAL ARGUMENTS"
            continue
        found = re.fullmatch(r" +(--\[no-\])?--([a-z0-9][a-z0-9-]*)(\[?=\S*)?(?:, -(\w) \S+)?(?:; default=.*)?", line)
        if not in_flags or not found:
            continue
        negatable, name, value, short = found[1], found[2], found[3], found[4]
        takes_value = bool(value) and not value.startswith("[")  # --x[=...] is optional
        flags.add(f"--{name}=" if takes_value else f"--{name}")
        if short:
            flags.add(f"-{short}=" if takes_value else f"-{short}")
        if negatable or not takes_value:
            flags.add(f"--no-{name}")
    return sorted(flags)


def kubectl_flags(path: tuple[str, ...]) -> list[str] | None:
    text = run(["kubectl", *path, "--help"])
    usage = re.search(r"^Usage:\n\s+kubectl ([a-z -]+?)(?: \[| \(|  |$|[A-Z(])", text or "", re.MULTILINE)
    if not text or not usage or tuple(usage[1].split()) != path:
        return None
    return _kubectl_options(text)


def _kubectl_options(text: str) -> list[str]:
    flags = set()
    for found in re.finditer(r"^\s{4}(?:-(\w), )?--([a-z0-9-]+)=(\S*):$", text, re.MULTILINE):
        short, name, default = found[1], found[2], found[3]
        boolean = default in ("true", "false")
        suffix = "" if boolean else "="
        flags.add(f"--{name}{suffix}")
        if short:
            flags.add(f"-{short}{suffix}")
    return sorted(flags)


def command_path(tool: str, words: list[str]) -> tuple[str, ...] | None:
    """The longest prefix of `words` that the installed tool knows as a command."""
    words = [w for w in words[:5] if re.fullmatch(r"[a-z][a-z0-9-]*", w)]
    for n in range(len(words), 0, -1):
        path = tuple(words[:n])
        found = gcloud_flags(path) if tool == "gcloud" else kubectl_flags(path)
        if found is not None:
            return path
    return None


def used_commands() -> dict[str, set[tuple[str, ...]]]:
    used = {tool: set() for tool in GENERATED}
    for example in sorted((ROOT / "docs").rglob("examples/**/*.sh")):
        for command in commands(example):
            tool = command.argv[0]
            if tool in used:
                words, skip = [], False
                for token in command.argv[1:]:
                    if skip:
                        skip = False
                    elif token.startswith("-"):
                        # kubectl -n kube-system logs ...: skip the tool's own options and values
                        skip = "=" not in token and token in ("-n", "--namespace", "--context", "--kubeconfig")
                    else:
                        words.append(token)
                path = command_path(tool, words)
                if path:
                    used[tool].add(path)
                else:
                    print(f"{example}: {tool} {' '.join(words[:3])}: not a command of the installed {tool}",
                          file=sys.stderr)
    return used


def version(tool: str) -> str:
    if tool == "gcloud":
        return (run(["gcloud", "version"]) or "").splitlines()[0]
    return " ".join((run(["kubectl", "version", "--client"]) or "").splitlines()[:1])


def main() -> None:
    current = yaml.safe_load(REFERENCE.read_text())
    today = datetime.date.today().isoformat()
    used = used_commands()
    for tool in GENERATED:
        paths = used[tool] | {tuple(c.split()) for c in (current[tool].get("commands") or {})}
        table = {}
        for path in sorted(paths):
            flags = gcloud_flags(path) if tool == "gcloud" else kubectl_flags(path)
            if flags is None:
                print(f"dropping '{tool} {' '.join(path)}': not a command of the installed {tool}", file=sys.stderr)
                continue
            table[" ".join(path)] = flags
        current[tool]["commands"] = table
        current[tool]["checked"] = f"{today}, generated from the --help of {version(tool)}"
    current["kubectl"]["global"] = _kubectl_options(run(["kubectl", "options"]) or "")
    current["gcloud"]["global"] = GCLOUD_WIDE_FLAGS
    header = "".join(line for line in REFERENCE.read_text().splitlines(keepends=True) if line.startswith("#"))
    REFERENCE.write_text(header + yaml.safe_dump(current, sort_keys=False, width=120, default_flow_style=None))
    print(f"wrote {REFERENCE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
