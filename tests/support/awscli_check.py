"""Parse every ``aws ...`` command with the real AWS CLI, offline.

The awscli driver runs in-process with the real argument parser, shorthand
syntax and botocore parameter validation. A ``before-call`` handler stops each
command just before it would sign and send its first request, so nothing needs
credentials or a network. On top of what the CLI itself checks:

- option names must be exact (argparse would accept ``--instance-type`` as an
  abbreviation of ``--instance-types``);
- values of enum-typed parameters (AMI types, capacity types, access-entry
  types, ...) must be members of the enum in botocore's service model, which
  the CLI does not check.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
from pathlib import Path

from .markdown import display
from .shellcmds import commands


class _Stop(Exception):
    """Raised where the request would be sent: parsing and validation passed."""


def _enum_problems(shape, value, path="") -> list[str]:
    if shape is None:
        return []
    kind = shape.type_name
    if kind == "structure" and isinstance(value, dict):
        return [p for key, item in value.items()
                for p in _enum_problems(shape.members.get(key), item, f"{path}.{key}".lstrip("."))]
    if kind == "list" and isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _enum_problems(shape.member, item, f"{path}[{i}]")]
    if kind == "map" and isinstance(value, dict):
        return [p for key, item in value.items() for p in _enum_problems(shape.value, item, f"{path}.{key}")]
    if kind == "string" and shape.enum and isinstance(value, str) and value not in shape.enum:
        return [f"{path}: {value!r} is not one of {', '.join(shape.enum)}"]
    return []


@contextlib.contextmanager
def _exact_option_names():
    """Turn off argparse's prefix matching while the CLI parses."""
    original = argparse.ArgumentParser._get_option_tuples
    argparse.ArgumentParser._get_option_tuples = lambda self, option_string: []
    try:
        yield
    finally:
        argparse.ArgumentParser._get_option_tuples = original


@contextlib.contextmanager
def _offline_environment(directory: Path):
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    os.environ.update({
        "AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS_DEFAULT_REGION": "us-west-2",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        "AWS_PAGER": "",
    })
    os.environ.pop("AWS_PROFILE", None)
    os.chdir(directory)  # so file://policy.json finds the example's sibling files
    try:
        yield
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def check_command(argv: list[str], directory: Path) -> str | None:
    """Return why the CLI rejects `aws argv...`, or None if it accepts it."""
    from awscli.clidriver import create_clidriver

    reached, enum_errors = [], []

    def check_enums(params, model, **_):
        enum_errors.extend(_enum_problems(model.input_shape, params))

    def stop(**_):
        reached.append(True)
        raise _Stop()

    out, err = io.StringIO(), io.StringIO()
    with _offline_environment(directory), _exact_option_names(), \
            contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        driver = create_clidriver()
        driver.session.register("before-parameter-build", check_enums)
        driver.session.register("before-call", stop)
        try:
            code = driver.main(argv[1:])
        except SystemExit as exit_:  # argparse exits on usage errors
            code = exit_.code
    if enum_errors:
        return "; ".join(enum_errors)
    if reached or code == 0:
        return None
    message = " ".join(err.getvalue().split()) or f"exit code {code}"
    # Drop the CLI's usage banner; keep the sentence that says what is wrong.
    message = message.rsplit("aws <command> <subcommand> help", 1)[-1]
    return re.sub(r"^\S+: error: ", "", message.strip()) or f"exit code {code}"


def aws_problems(path: Path) -> tuple[list[str], int]:
    """Return (problems, number of aws commands checked) for a shell file."""
    problems, count = [], 0
    for command in commands(path):
        if command.argv[0] != "aws":
            continue
        count += 1
        problem = check_command(command.argv, path.parent)
        if problem:
            problems.append(f"{display(path)}:{command.line}: aws {' '.join(command.argv[1:3])}: {problem}")
    return problems, count
