"""The GitHub workflows and the Dependabot configuration pass zizmor's audit
(offline: no GitHub API calls), with nothing to report; and the audit does
fail on a workflow that uses an action by a movable tag."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from support.site import ROOT

ZIZMOR = Path(sys.executable).with_name("zizmor")  # pinned in requirements-test.txt
FIXTURE = ROOT / "tests" / "fixtures" / "workflows" / "unpinned-action.yml"


def zizmor_findings(target: Path) -> list[str]:
    """One line per finding: file:line: audit (severity): what it is."""
    run = subprocess.run([str(ZIZMOR), "--offline", "--format", "json", str(target)],
                         cwd=ROOT, capture_output=True, text=True, check=False)
    if run.returncode not in (0, 10, 11, 12, 13, 14):  # 10-14: findings, by highest severity
        raise RuntimeError(f"zizmor failed ({run.returncode}): {run.stderr.strip()}")
    findings = []
    for finding in json.loads(run.stdout or "[]"):
        where = finding["locations"][0]
        path = where["symbolic"]["key"]["Local"]["verbatim_path"]
        line = where["concrete"]["location"]["start_point"]["row"] + 1
        severity = finding["determinations"]["severity"].lower()
        findings.append(f"{Path(path).resolve().relative_to(ROOT)}:{line}: {finding['ident']} ({severity}): {finding['desc']}")
    return findings


def test_workflows_pass_the_audit():
    findings = zizmor_findings(ROOT / ".github")
    assert not findings, "zizmor --offline .github/:\n" + "\n".join(findings)


def test_an_unpinned_action_fails_the_audit():
    findings = zizmor_findings(FIXTURE)
    assert findings == ["tests/fixtures/workflows/unpinned-action.yml:16: unpinned-uses (high): unpinned action reference"], findings
