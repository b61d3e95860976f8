"""Every gate fails on bad input and says where: each test feeds one kind of
bad page (tests/fixtures/pages/) or bad HTML to the same check the real site
goes through, and asserts the failure names the file and, where one exists,
the line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from support.awscli_check import aws_problems
from support.browser import ALL_IMPACTS, axe_violations, open_offline, wait_for_diagrams
from support.cli_reference import cli_problems
from support.diagrams import accessibility_problems, mermaid_problems
from support.html import contract_problems, link_problems
from support.legibility import INLINE_MIN_PX, contrast_problems, diagram_sources, measure_page, size_problems
from support.iam import policy_problems
from support.kube import manifest_problems
from support.shell_check import shellcheck_problems
from support.site import DOCS, ROOT, build_site
from test_examples import inline_block_problems

FIXTURES = ROOT / "tests" / "fixtures" / "pages"


def build_fixture(tmp_path: Path, bad_page: str | None = None, folder: str = ""):
    """Build fixtures/pages/index.md (+ one bad page, in `folder` of docs/ if
    given) with the real config."""
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(FIXTURES / "index.md", docs)
    nav = [{"Home": "index.md"}]
    if bad_page:
        target = docs / folder
        target.mkdir(exist_ok=True)
        shutil.copy(FIXTURES / bad_page, target)
        nav.append({"Bad": f"{folder}/{Path(bad_page).name}" if folder else bad_page})
    for shared in ("javascripts", "stylesheets"):  # the vendored scripts and CSS the config names
        (docs / shared).symlink_to(DOCS / shared)
    return build_site(tmp_path / "site", docs_dir=str(docs), nav=nav)


def test_fixture_baseline_builds(tmp_path):
    """Without a bad page the fixture builds, so each failure below comes from its page."""
    result = build_fixture(tmp_path)
    assert result.ok, result.log


def test_broken_link_fails_the_build_with_file_and_line(tmp_path):
    result = build_fixture(tmp_path, "broken-link.md")
    assert not result.ok
    assert "broken-link.md:9:" in result.log and "no-such-page.md" in result.log, result.log


def test_broken_anchor_fails_the_build_with_file_and_line(tmp_path):
    result = build_fixture(tmp_path, "broken-anchor.md")
    assert not result.ok
    assert "broken-anchor.md:7:" in result.log and "no-such-heading" in result.log, result.log


def test_cdn_script_fails_the_build_with_file_and_line(tmp_path):
    result = build_fixture(tmp_path, "cdn-script.md")
    assert not result.ok
    assert "cdn-script.md:7:" in result.log and "cdn.jsdelivr.net" in result.log, result.log


def test_question_with_an_empty_answer_fails_the_build_with_file_and_line(tmp_path):
    """Each question block becomes a Practice card (hooks/practice.py); a card without an answer is a bug."""
    result = build_fixture(tmp_path, "empty-answer.md")
    assert not result.ok
    assert "empty-answer.md:9: question 'What does this question expect?' has an empty answer" in result.log, result.log
    assert "empty-answer.md:11" not in result.log, "only the empty block is reported"


def test_repeated_question_on_a_page_fails_the_build_with_file_and_line(tmp_path):
    """Two blocks with one wording would share a card id, and a reader's progress with it."""
    result = build_fixture(tmp_path, "repeated-question.md")
    assert not result.ok
    assert ("repeated-question.md:15: question 'Why run three AZs?' has the same id 'why-run-three-azs' "
            "as the question at line 9") in result.log, result.log


def test_invalid_diagram_is_reported_with_file_and_line():
    problems = mermaid_problems([FIXTURES / "bad-diagram.md"])
    assert len(problems) == 1, problems
    assert problems[0].startswith("tests/fixtures/pages/bad-diagram.md:11: Mermaid cannot parse"), problems


def test_diagram_without_accessible_name_is_reported(tmp_path):
    page = tmp_path / "no-title.md"
    page.write_text("# T\n\n```mermaid\nflowchart LR\n  a --> b\n```\n")
    problems = accessibility_problems([page])
    assert [p.split(": ", 1)[1] for p in problems] == [
        "diagram has no accTitle (screen readers need it)",
        "diagram has no accDescr (screen readers need it)",
    ]
    assert all(p.startswith(f"{page.as_posix()}:3:") for p in problems)


def test_invalid_diagram_fails_in_the_browser(tmp_path, browser):
    result = build_fixture(tmp_path, "bad-diagram.md")
    assert result.ok, "a diagram error is not a build error; the browser and parse checks catch it"
    with open_offline(browser, result.html_for("bad-diagram.md")) as (page, visit):
        problem = wait_for_diagrams(page, 1, timeout_ms=5_000)
    assert problem == "0 of 1 diagrams rendered (1 still unrendered)", problem
    assert any("Parse error on line" in error for error in visit.page_errors), visit



def measured_fixture(tmp_path, browser, bad_page: str, scheme: str = "light"):
    """Build one fixture page and measure its diagrams as tests/test_diagrams.py does."""
    result = build_fixture(tmp_path, bad_page)
    assert result.ok, result.log
    with open_offline(browser, result.html_for(bad_page), color_scheme=scheme, viewport={"width": 1280, "height": 800}) as (page, _):
        assert wait_for_diagrams(page, 1) is None
        return measure_page(page, bad_page, contrast=True), diagram_sources([FIXTURES / bad_page])


def test_crowded_sequence_fails_the_label_size_check(tmp_path, browser):
    diagrams, where = measured_fixture(tmp_path, browser, "crowded-sequence.md")
    problems = size_problems(diagrams, where, INLINE_MIN_PX, "at 1280x800 (light)")
    assert len(problems) == 1, problems
    assert problems[0].startswith('tests/fixtures/pages/crowded-sequence.md:7: diagram "Twelve participants" '
                                  "at 1280x800 (light): label "), problems
    assert "every label needs at least 12 px" in problems[0]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_low_contrast_diagram_fails_the_contrast_check(tmp_path, browser, scheme):
    diagrams, where = measured_fixture(tmp_path, browser, "low-contrast-diagram.md", scheme)
    assert not size_problems(diagrams, where, INLINE_MIN_PX, "inline"), "only its contrast is wrong"
    problems = contrast_problems(diagrams, where, scheme)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f'tests/fixtures/pages/low-contrast-diagram.md:7: diagram "Grey on grey" ({scheme}): '
                                  'label "Hard to read" has contrast '), problems

@pytest.fixture
def bad_html(tmp_path) -> Path:
    page = tmp_path / "bad.html"
    page.write_text(
        "<!doctype html><html lang='en'><head><title>Bad</title>"
        "<script src='https://cdn.example.com/lib.js'></script></head>"
        "<body><main><article><h1>One</h1><h1>Two</h1>"
        "<img src='https://images.example.com/diagram.png'>"
        "<input type='text'>"
        "<a href='missing.html'>gone</a> <a href='#nowhere'>nowhere</a>"
        "<script>console.error('broken'); throw new Error('boom');</script>"
        "</article></main></body></html>"
    )
    return page


def test_contract_check_catches_bad_html(bad_html):
    problems = contract_problems(bad_html)
    assert "has 2 <h1> headings in the article; expected exactly one" in problems
    assert "has no <meta name=description>" in problems
    assert any("cdn.example.com" in p for p in problems)
    assert any("images.example.com" in p for p in problems)


def test_link_check_catches_missing_files_and_anchors(bad_html):
    problems = link_problems(bad_html.parent, bad_html)
    assert '<a href="missing.html"> points to a missing file' in problems
    assert '<a href="#nowhere"> points to a missing anchor' in problems


def test_offline_check_catches_network_requests_and_errors(bad_html, browser):
    with open_offline(browser, bad_html) as (page, visit):
        page.wait_for_timeout(500)
    problems = visit.problems()
    assert any("cdn.example.com" in p for p in problems), problems
    assert any("images.example.com" in p for p in problems), problems
    assert "console error: broken" in problems
    assert any(p.startswith("page error: ") and "boom" in p for p in problems), problems


def test_unfocusable_scrollable_code_fails_the_at_load_check(tmp_path, browser):
    """The built page passes axe at load (overrides/hooks/focusable_code.py);
    the same page without the hook's tabindex, as Material's lazy mounting
    leaves a block not yet seen, fails it."""
    result = build_fixture(tmp_path, "long-code.md")
    assert result.ok, result.log
    path = result.html_for("long-code.md")
    with open_offline(browser, path, viewport={"width": 1280, "height": 400}) as (page, _):
        assert not axe_violations(page, ALL_IMPACTS, reveal=False)
    path.write_text(path.read_text(encoding="utf-8").replace('<code tabindex="0">', "<code>"), encoding="utf-8")
    with open_offline(browser, path, viewport={"width": 1280, "height": 400}) as (page, _):
        violations = axe_violations(page, ALL_IMPACTS, reveal=False)
    assert any(v.startswith("scrollable-region-focusable (serious)") and v.endswith(" at code") for v in violations), violations


def test_accessibility_check_catches_violations(bad_html, browser):
    with open_offline(browser, bad_html) as (page, _):
        violations = axe_violations(page)
    rules = {v.split(" ", 1)[0] for v in violations}
    assert {"image-alt", "label"} <= rules, violations


# --- Example validators (tests/fixtures/examples/) --------------------------

EXAMPLES = ROOT / "tests" / "fixtures" / "examples"
SHOWN = "tests/fixtures/examples"


def test_manifest_with_a_misspelled_field_fails_at_its_line():
    problems, _ = manifest_problems(EXAMPLES / "bad-field.yaml")
    assert len(problems) == 1 and problems[0].startswith(f"{SHOWN}/bad-field.yaml:6: Service spec:"), problems
    assert "'tpye' was unexpected" in problems[0]


def test_manifest_with_a_removed_api_version_fails():
    problems, _ = manifest_problems(EXAMPLES / "wrong-apiversion.yaml")
    assert problems == [
        f"{SHOWN}/wrong-apiversion.yaml:1: no schema for kind Ingress in apiVersion extensions/v1beta1: "
        "not a Kubernetes 1.35 API and no file in tests/schemas/ (wrong apiVersion or kind?)"
    ]


@pytest.mark.parametrize("name, line, message", [
    ("unknown-option.sh", 1, "Unknown options: --access-type, STANDARD"),
    ("abbreviated-option.sh", 2, "Unknown options: --instance-type, m7i.large"),
    ("missing-required.sh", 2, "the following arguments are required: --subnets, --node-role"),
    ("bad-enum.sh", 1, "capacityType: 'SPOTS' is not one of ON_DEMAND, SPOT, CAPACITY_BLOCK"),
])
def test_aws_cli_rejects_bad_commands(name, line, message):
    problems, count = aws_problems(EXAMPLES / name)
    assert count == 1
    assert problems == [f"{SHOWN}/{name}:{line}: aws eks {problems[0].split(' aws eks ')[1].split(':')[0]}: {message}"], problems


def test_iam_lint_rejects_an_unknown_action():
    problems = policy_problems(EXAMPLES / "bad-action.json")
    assert problems == [f"{SHOWN}/bad-action.json:7: parliament UNKNOWN_ACTION: Unknown action s3:GetObjekt"], problems


def test_irsa_trust_policy_without_conditions_fails():
    problems = policy_problems(EXAMPLES / "bad-irsa-trust.json")
    assert [p.split(": ", 1) for p in problems] == [
        [f"{SHOWN}/bad-irsa-trust.json:6", "an IRSA trust policy must require "
         "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud = sts.amazonaws.com"],
        [f"{SHOWN}/bad-irsa-trust.json:6", "an IRSA trust policy must pin "
         "oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub to system:serviceaccount:<namespace>:<name>"],
    ]


def test_shellcheck_finds_an_unquoted_variable():
    problems = shellcheck_problems([EXAMPLES / "shell-bug.sh"])
    assert len(problems) == 1 and problems[0].startswith(f"{SHOWN}/shell-bug.sh:2:"), problems
    assert "[SC2086]" in problems[0]


def test_unknown_gcloud_flag_fails():
    problems, counts = cli_problems(EXAMPLES / "bad-gcloud-flag.sh")
    assert counts == {"gcloud": 1}
    assert problems == [f"{SHOWN}/bad-gcloud-flag.sh:1: 'gcloud container clusters create' has no flag --num-node "
                        "(per tests/reference/cli.yaml)"]


def test_unknown_kubectl_command_fails():
    problems, counts = cli_problems(EXAMPLES / "bad-kubectl-command.sh")
    assert counts == {"kubectl": 2}
    assert problems == [f"{SHOWN}/bad-kubectl-command.sh:2: unknown command 'kubectl describ node my-node' "
                        "(not in tests/reference/cli.yaml)"]


def test_inline_yaml_block_in_a_page_fails(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# T\n\n```yaml\napiVersion: v1\nkind: Namespace\n```\n\n"
                    "<!-- unchecked: a one-line excerpt -->\n```yaml\nkind: Namespace\n```\n\n"
                    "```yaml\n--8<-- \"x/examples/ok.yaml\"\n```\n")
    problems = inline_block_problems([page])
    assert len(problems) == 1 and problems[0].startswith(f"{page.as_posix()}:3: yaml block written inline"), problems


def test_custom_resource_with_an_old_enum_value_fails_at_its_line():
    """Karpenter v1 renamed WhenUnderutilized to WhenEmptyOrUnderutilized."""
    problems, kinds = manifest_problems(EXAMPLES / "bad-crd-field.yaml")
    assert kinds == ["karpenter.sh/v1 NodePool"]
    assert len(problems) == 1 and problems[0].startswith(
        f"{SHOWN}/bad-crd-field.yaml:17: NodePool spec.disruption.consolidationPolicy: 'WhenUnderutilized' is not one of"), problems


def test_an_undefined_abbreviation_is_caught(tmp_path):
    from test_glossary import defined, prose_terms

    page = tmp_path / "page.html"
    page.write_text("<html><body><article><h1>T</h1><p>The ZQX controller talks to EKS. "
                    "<code>NOTPROSE</code></p></article></body></html>")
    assert prose_terms(page) - set(defined()) == {"ZQX"}
