"""Validate Kubernetes manifests offline, reporting ``file:line``.

Built-in kinds are checked by ``kubernetes-validate`` against the pinned
Kubernetes version with strict schemas (unknown fields are errors). Custom
resources are checked against the JSON Schemas in ``tests/schemas/`` (one
file per kind, each naming the upstream definition it follows). Non-Kubernetes
YAML that uses the same shape (nodeadm's NodeConfig, eksctl's ClusterConfig)
is treated the same way. A kind with neither is an error, unless it is listed
in SKIPPED_KINDS with the reason it cannot be checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jsonschema
import kubernetes_validate
import yaml

from .markdown import display
from .site import ROOT

KUBERNETES_VERSION = "1.35"
SCHEMAS = ROOT / "tests" / "schemas"

# (apiVersion, kind) -> why it is not validated. Keep this short.
SKIPPED_KINDS: dict[tuple[str, str], str] = {}


@dataclass
class Document:
    path: Path
    line: int           # line of the document's first key
    data: object
    node: yaml.Node


def documents(path: Path) -> list[Document]:
    text = path.read_text(encoding="utf-8")
    nodes = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    datas = list(yaml.safe_load_all(text))
    return [Document(path, node.start_mark.line + 1, data, node)
            for node, data in zip(nodes, datas) if data is not None]


def line_of(node: yaml.Node, path) -> int:
    """The 1-based line of the YAML node at `path` (keys and indexes); the
    deepest existing ancestor when the path does not exist (a missing field)."""
    for step in path:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == step), None)
            if match is None:
                return node.start_mark.line + 1
            key, node = match
            if not isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
                return key.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            break
    return node.start_mark.line + 1


def _unknown_field_line(node: yaml.Node, path, message: str) -> int:
    """For 'Additional properties are not allowed ('x' was unexpected)', point
    at the offending key rather than at its parent."""
    found = re.search(r"\('([^']+)' (?:was|were) unexpected\)", message)
    return line_of(node, [*path, found[1]]) if found else line_of(node, path)


@lru_cache(maxsize=None)
def custom_schema(api_version: str, kind: str):
    group_version = api_version.replace("/", "_")
    path = SCHEMAS / f"{group_version}_{kind.lower()}.yaml"
    return yaml.safe_load(path.read_text()) if path.exists() else None


def manifest_problems(path: Path) -> tuple[list[str], list[str]]:
    """Return (problems, kinds checked) for one YAML file."""
    problems, kinds = [], []
    where = display(path)
    try:
        docs = documents(path)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return [f"{where}:{mark.line + 1 if mark else 1}: not valid YAML: {error}"], []
    for doc in docs:
        if not isinstance(doc.data, dict) or "apiVersion" not in doc.data or "kind" not in doc.data:
            problems.append(f"{where}:{doc.line}: a document without apiVersion and kind")
            continue
        api_version, kind = str(doc.data["apiVersion"]), str(doc.data["kind"])
        kinds.append(f"{api_version} {kind}")
        if (api_version, kind) in SKIPPED_KINDS:
            continue
        schema = custom_schema(api_version, kind)
        if schema is not None:
            validator = jsonschema.Draft202012Validator(schema)
            for error in sorted(validator.iter_errors(doc.data), key=lambda e: list(e.absolute_path)):
                at = _unknown_field_line(doc.node, list(error.absolute_path), error.message)
                field = ".".join(map(str, error.absolute_path)) or "(document)"
                problems.append(f"{where}:{at}: {kind} {field}: {error.message}")
            continue
        try:
            kubernetes_validate.validate(doc.data, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as error:
            at = _unknown_field_line(doc.node, list(error.path), error.message)
            field = ".".join(map(str, error.path)) or "(document)"
            problems.append(f"{where}:{at}: {kind} {field}: {error.message} (Kubernetes {KUBERNETES_VERSION})")
        except kubernetes_validate.SchemaNotFoundError:
            problems.append(
                f"{where}:{line_of(doc.node, ['apiVersion'])}: no schema for kind {kind} in apiVersion "
                f"{api_version}: not a Kubernetes {KUBERNETES_VERSION} API and no file in tests/schemas/ "
                f"(wrong apiVersion or kind?)"
            )
    return problems, kinds
