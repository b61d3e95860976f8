"""IAM policy documents: parliament's lint, plus the exact shape of the trust
policies the site teaches (IRSA, EKS Pod Identity, EC2 node role, EKS
cluster role)."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

from .markdown import display

with warnings.catch_warnings():  # parliament imports the deprecated pkg_resources
    warnings.simplefilter("ignore")
    from parliament import analyze_policy_string

# parliament findings that do not apply to the trust policies the site
# teaches: a trust policy has no Resource, and parliament does not know EKS
# clusters' OIDC issuers as federation sources (trust_shape_problems checks those).
_EKS_OIDC = re.compile(r"^arn:aws:iam::\d{12}:oidc-provider/oidc\.eks\.[a-z0-9-]+\.amazonaws\.com/id/\w+$")


def _trust_policy_noise(finding) -> bool:
    if finding.issue == "MALFORMED":
        return finding.detail == "Statement contains neither Resource nor NotResource"
    return finding.issue == "UNKNOWN_FEDERATION_SOURCE" and bool(_EKS_OIDC.match(str(finding.detail)))


def _line(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 1


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def trust_shape_problems(policy: dict) -> list[str]:
    """Check each Allow statement that names a principal against the trust
    relationship it sets up. Returns messages without locations."""
    problems = []
    for statement in _as_list(policy.get("Statement", [])):
        principal = statement.get("Principal") or {}
        actions = sorted(_as_list(statement.get("Action", [])))
        services = _as_list(principal.get("Service", [])) if isinstance(principal, dict) else []
        federated = _as_list(principal.get("Federated", [])) if isinstance(principal, dict) else []
        if any(re.search(r":oidc-provider/oidc\.eks\.[a-z0-9-]+\.amazonaws\.com/id/\w+$", f) for f in federated):
            if actions != ["sts:AssumeRoleWithWebIdentity"]:
                problems.append(f"an IRSA trust policy allows {actions}; it must allow only sts:AssumeRoleWithWebIdentity")
            issuer = federated[0].split(":oidc-provider/", 1)[1]
            conditions = {k: v for test in (statement.get("Condition") or {}).values() for k, v in test.items()}
            if conditions.get(f"{issuer}:aud") != "sts.amazonaws.com":
                problems.append(f"an IRSA trust policy must require {issuer}:aud = sts.amazonaws.com")
            sub = conditions.get(f"{issuer}:sub")
            if not sub or not all(re.fullmatch(r"system:serviceaccount:[a-z0-9*-]+:[a-z0-9.*-]+", s) for s in _as_list(sub)):
                problems.append(f"an IRSA trust policy must pin {issuer}:sub to system:serviceaccount:<namespace>:<name>")
        elif "pods.eks.amazonaws.com" in services:
            if actions != ["sts:AssumeRole", "sts:TagSession"]:
                problems.append(f"a Pod Identity trust policy allows {actions}; it must allow sts:AssumeRole and sts:TagSession")
        elif "ec2.amazonaws.com" in services:
            if actions != ["sts:AssumeRole"]:
                problems.append(f"a node role trust policy allows {actions}; it must allow only sts:AssumeRole")
        elif "eks.amazonaws.com" in services:
            if actions not in (["sts:AssumeRole"], ["sts:AssumeRole", "sts:TagSession"]):
                problems.append(f"a cluster role trust policy allows {actions}; it must allow sts:AssumeRole (and sts:TagSession for Auto Mode)")
    return problems


def policy_problems(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    where = display(path)
    try:
        policy = json.loads(text)
    except json.JSONDecodeError as error:
        return [f"{where}:{error.lineno}: not valid JSON: {error.msg}"]
    if policy.get("Version") != "2012-10-17":
        return [f"{where}:{_line(text, 'Version')}: policy Version must be \"2012-10-17\""]
    is_trust = any("Principal" in s for s in _as_list(policy.get("Statement", [])))
    problems = []
    for finding in analyze_policy_string(text, ignore_private_auditors=True).findings:
        if is_trust and _trust_policy_noise(finding):
            continue
        line = (finding.location or {}).get("line") or 1
        problems.append(f"{where}:{line}: parliament {finding.issue}: {finding.detail}")
    if is_trust:
        problems += [f"{where}:{_line(text, 'Principal')}: {p}" for p in trust_shape_problems(policy)]
    return problems
