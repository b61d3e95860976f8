"""Every command, manifest and policy a reader can copy is a real file that a
validator checks (README, "Examples and their checks").

Pages include example files from ``docs/**/examples/`` with pymdownx.snippets.
A code block of a checked language written inline in a page fails, unless the
line before it is ``<!-- unchecked: <reason> -->``.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from support.awscli_check import aws_problems
from support.cli_reference import cli_problems
from support.iam import policy_problems
from support.kube import manifest_problems
from support.markdown import INCLUDE, display, fences, included
from support.shell_check import shellcheck_problems
from support.site import DOCS, ROOT
CHECKED_LANGUAGES = {"yaml", "yml", "json", "bash", "sh", "shell", "console", "toml"}
EXCEPTION = re.compile(r"^<!--\s*unchecked:\s*\S.*-->$")
FILE_ARGUMENT = re.compile(r"file://([\w./-]+)")

# Counted per kind and printed at the end of the run (see conftest.py).
COUNTS: Counter = Counter()


def example_files(kind: str | None = None) -> list[Path]:
    files = sorted(p for p in DOCS.rglob("*") if p.is_file() and "examples" in p.relative_to(DOCS).parts)
    return [p for p in files if kind is None or p.suffix == kind]


def inline_block_problems(markdown_files) -> list[str]:
    problems = []
    for path in markdown_files:
        for block in fences(path):
            if block.lang not in CHECKED_LANGUAGES or EXCEPTION.match(block.before):
                continue
            lines = [line for line in block.body.splitlines() if line.strip()]
            if not lines or not all(INCLUDE.match(line) for line in lines):
                problems.append(
                    f"{block.where}: {block.lang} block written inline; put it in an examples/ file and "
                    f"include it with --8<--, or mark it <!-- unchecked: reason -->"
                )
    return problems


def _report(problems):
    return "\n".join(problems)


def test_checked_languages_are_included_from_files():
    problems = inline_block_problems(sorted(DOCS.rglob("*.md")))
    assert not problems, _report(problems)


def test_every_example_is_shown_or_used():
    """An example file no page includes (directly, or as a file:// argument of
    an included command) is dead weight that nobody reviews."""
    shown = {name for page in DOCS.rglob("*.md") for name in included(page)}
    used = set(shown)
    for name in shown:
        path = DOCS / name
        if path.suffix == ".sh" and path.exists():
            used |= {(path.parent / ref).relative_to(DOCS).as_posix()
                     for ref in FILE_ARGUMENT.findall(path.read_text())}
    orphans = [display(p) for p in example_files() if p.relative_to(DOCS).as_posix() not in used]
    assert not orphans, "examples no page shows: " + ", ".join(orphans)


def test_examples_have_a_validator():
    known = {".yaml", ".json", ".sh", ".toml"}
    unknown = [display(p) for p in example_files() if p.suffix not in known]
    assert not unknown, f"no validator for these examples (use .yaml, .json, .sh or .toml): {unknown}"


def test_kubernetes_manifests_are_valid():
    problems = []
    for path in example_files(".yaml"):
        found, kinds = manifest_problems(path)
        problems += found
        COUNTS.update(f"YAML: {kind}" for kind in kinds)
    assert not problems, _report(problems)


def test_iam_policies_pass_parliament_and_trust_checks():
    problems = []
    for path in example_files(".json"):
        policy = json.loads(path.read_text())
        if "Statement" not in policy:
            continue  # an input file of an AWS CLI command; the CLI validates it
        problems += policy_problems(path)
        COUNTS["IAM policy documents"] += 1
    assert not problems, _report(problems)


def test_other_json_is_an_aws_cli_input():
    shells = "\n".join(p.read_text() for p in example_files(".sh"))
    problems = [f"{display(p)}: JSON that is neither an IAM policy nor a file:// input of an aws command"
                for p in example_files(".json")
                if "Statement" not in json.loads(p.read_text()) and f"file://{p.name}" not in shells]
    assert not problems, _report(problems)


def test_shell_examples_and_scripts_pass_shellcheck():
    scripts = [ROOT / ".ci" / "run", *sorted(p for p in (ROOT / "scripts").iterdir() if p.suffix != ".py")]
    COUNTS["shell files (shellcheck)"] += len(example_files(".sh"))
    problems = shellcheck_problems(example_files(".sh") + scripts)
    assert not problems, _report(problems)


def test_aws_cli_commands_parse():
    problems = []
    for path in example_files(".sh"):
        found, count = aws_problems(path)
        problems += found
        COUNTS["aws commands (parsed by the AWS CLI)"] += count
    assert not problems, _report(problems)


def test_gcloud_kubectl_eksctl_helm_commands_are_known():
    problems = []
    for path in example_files(".sh"):
        found, counts = cli_problems(path)
        problems += found
        COUNTS.update({f"{tool} commands (reference list)": n for tool, n in counts.items()})
    assert not problems, _report(problems)


def test_toml_examples_parse():
    problems = []
    for path in example_files(".toml"):
        try:
            tomllib.loads(path.read_text())
            COUNTS["TOML (parsed only)"] += 1
        except tomllib.TOMLDecodeError as error:
            problems.append(f"{display(path)}: {error}")
    assert not problems, _report(problems)


@pytest.fixture(scope="session", autouse=True)
def _print_counts(request):
    yield
    if COUNTS:
        request.config._example_counts = dict(sorted(COUNTS.items()))
