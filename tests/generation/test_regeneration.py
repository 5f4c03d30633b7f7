"""Regeneration users can trust: the public API diff and the versioning rule (scripts/api_diff.py),
vendoring with a stamp (scripts/vendor.py), the template diff (scripts/template_diff.py), the
CHANGELOG and the guide that ships inside the package."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest
import yaml

import api_diff
import taskrouter_client
import template_diff
import vendor
from scenarios import WORKFLOW_FULL
from support import ROOT

PACKAGE = ROOT / "generated" / "taskrouter_client"

MODEL = '''\
from __future__ import annotations
from attrs import define as _attrs_define
from attrs import field as _attrs_field
from ..types import UNSET, Unset


@_attrs_define
class Thing:
    """A request model, as the generator writes one."""

    name: str
{fields}
    additional_properties: dict[str, object] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {{}}
'''
OPTIONAL = "    colour: str | Unset = UNSET\n    size: int | Unset = UNSET\n"


def write_package(parent: Path, *, fields: str = OPTIONAL, api: str = "") -> Path:
    """A tiny package shaped like generated/taskrouter_client: types, one model, one endpoint."""
    package = parent / "taskrouter_client"
    (package / "models").mkdir(parents=True)
    (package / "api").mkdir()
    (package / "__init__.py").write_text('"""Tiny."""\nfrom .models import Thing\n\n__all__ = ["Thing"]\n')
    (package / "types.py").write_text("class Unset:\n    pass\n\n\nUNSET: Unset = Unset()\n")
    (package / "models" / "__init__.py").write_text('from .thing import Thing\n\n__all__ = ("Thing",)\n')
    (package / "models" / "thing.py").write_text(MODEL.format(fields=fields))
    (package / "api" / "__init__.py").write_text("")
    (package / "api" / "things.py").write_text(
        "from ..models import Thing\n\n\ndef create(workspace: str, *, body: Thing) -> Thing:\n    return body\n" + api
    )
    return package


def diff_of(tmp_path: Path, **new: str) -> api_diff.ApiDiff:
    old = write_package(tmp_path / "old")
    return api_diff.compare_dirs(old, write_package(tmp_path / "new", **new))


# --- api-diff -----------------------------------------------------------------------------------


def test_an_unchanged_package_has_no_change(tmp_path: Path) -> None:
    diff = diff_of(tmp_path)
    assert diff.is_empty
    assert api_diff.format_report(diff, "a", "b").endswith("no change")


def test_a_removed_request_field_is_breaking(tmp_path: Path) -> None:
    diff = diff_of(tmp_path, fields="    colour: str | Unset = UNSET\n")
    thing = "taskrouter_client.models.thing.Thing"
    assert f"{thing}.size" in diff.removed
    assert f"{thing}.__init__(size)" in diff.removed
    assert diff.is_breaking
    assert any(line.startswith(f"{thing}.__init__(size): Parameter was removed") for line in diff.breaking)
    report = api_diff.format_report(diff, "old", "new")
    assert f"- field {thing}.size: int | Unset = UNSET  [BREAKING]" in report


def test_an_optional_field_made_required_is_breaking(tmp_path: Path) -> None:
    diff = diff_of(tmp_path, fields="    colour: str\n    size: int | Unset = UNSET\n")
    thing = "taskrouter_client.models.thing.Thing"
    assert f"{thing}.__init__(colour): Parameter is now required" in diff.breaking
    assert diff.changed[f"{thing}.__init__(colour)"][1].text == ": str"
    assert "[BREAKING]" in api_diff.format_report(diff, "old", "new").split(f"~ parameter {thing}.__init__(colour)")[1]


def test_an_added_optional_field_is_an_addition_not_a_break(tmp_path: Path) -> None:
    diff = diff_of(tmp_path, fields=OPTIONAL + "    shape: str | None | Unset = UNSET\n")
    thing = "taskrouter_client.models.thing.Thing"
    assert not diff.is_breaking
    assert diff.added[f"{thing}.shape"] == api_diff.Entry("field", ": str | None | Unset = UNSET")
    assert diff.added[f"{thing}.__init__(shape)"] == api_diff.Entry("parameter", ": str | None | Unset = UNSET")
    report = api_diff.format_report(diff, "old", "new")
    assert f"+ field {thing}.shape" in report
    assert "BREAKING" not in report


def test_an_added_required_field_is_breaking(tmp_path: Path) -> None:
    diff = diff_of(tmp_path, fields="    weight: int\n" + OPTIONAL)
    assert any("__init__(weight): Parameter was added as required" in line for line in diff.breaking)


def test_added_and_removed_functions(tmp_path: Path) -> None:
    added = diff_of(tmp_path / "a", api="\n\ndef delete(workspace: str, sid: str) -> None:\n    pass\n")
    assert set(added.added) == {
        "taskrouter_client.api.things.delete",
        "taskrouter_client.api.things.delete(workspace)",
        "taskrouter_client.api.things.delete(sid)",
    }
    assert not added.is_breaking
    removed = api_diff.compare_dirs(
        write_package(tmp_path / "b" / "new", api="\n\ndef x() -> None:\n    pass\n"), PACKAGE
    )
    assert removed.is_breaking


def test_an_optional_field_appended_to_the_spec_is_not_breaking(tmp_path: Path) -> None:
    """End to end through the pinned generator: the spec with one more optional request field at
    the end of the schema gives an addition only."""
    spec = (ROOT / "openapi.yaml").read_text()
    anchor = "        TaskReservationTimeout:\n"
    assert spec.count(anchor) >= 1
    head, tail = spec.split(anchor, 1)  # the first request schema's last field
    lines = tail.splitlines(keepends=True)
    end = next(i for i, line in enumerate(lines) if not line.startswith("          "))
    extra = "        Colour:\n          type: string\n          description: A test field.\n"
    (tmp_path / "openapi.yaml").write_text(head + anchor + "".join(lines[:end]) + extra + "".join(lines[end:]))
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(tmp_path / "openapi.yaml"),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--meta",
            "uv",
            "--custom-template-path",
            str(ROOT / "templates"),
            "--output-path",
            str(tmp_path / "generated"),
            "--fail-on-warning",
        ],
        check=True,
        capture_output=True,
        env={
            "PATH": f"{bin_dir}:/usr/bin:/bin",
            "TASKROUTER_ROOT": str(ROOT),
            "TASKROUTER_SPEC": str(tmp_path / "openapi.yaml"),
        },
        cwd=tmp_path,
    )
    diff = api_diff.compare_dirs(PACKAGE, tmp_path / "generated" / "taskrouter_client")
    request = "taskrouter_client.models.create_workflow_request.CreateWorkflowRequest"
    assert set(diff.added) == {f"{request}.colour", f"{request}.__init__(colour)"}
    assert not diff.is_breaking and not diff.removed


def test_a_missing_package_is_all_additions(tmp_path: Path) -> None:
    diff = api_diff.compare_dirs(tmp_path / "nothing", write_package(tmp_path))
    assert not diff.is_breaking
    assert "taskrouter_client.models.thing.Thing" in diff.added


def test_attrs_constructors_are_what_attrs_builds() -> None:
    """The __init__ that api_diff writes for each attrs class of the real package has the
    parameters (names, kinds, required or not) of the one attrs made."""
    loaded = api_diff.load_package(PACKAGE)
    assert loaded is not None
    entries = api_diff.flatten(loaded)
    checked = 0
    for path, entry in entries.items():
        if entry.kind != "constructor":
            continue
        module_path, _, class_name = path.removesuffix(".__init__").rpartition(".")
        cls = getattr(__import__(module_path, fromlist=[class_name]), class_name)
        if not attrs.has(cls):
            continue
        expected = [
            (p.name, p.kind.name.lower(), p.default is inspect.Parameter.empty)
            for p in inspect.signature(cls.__init__).parameters.values()
            if p.name != "self"
        ]
        init = loaded[path.removeprefix("taskrouter_client.")]
        got = [(p.name, p.kind.name.lower(), p.required) for p in init.parameters if p.name != "self"]
        assert got == expected, path
        checked += 1
    assert checked >= 8


@pytest.mark.parametrize(
    ("old", "breaking", "other", "needed"),
    [
        ("0.1.0", True, True, (0, 2, 0)),
        ("0.1.3", False, True, (0, 1, 4)),
        ("0.1.3", False, False, (0, 1, 3)),
        ("1.4.2", True, False, (2, 0, 0)),
        ("1.4.2", False, True, (1, 5, 0)),
    ],
)
def test_the_version_rule(old: str, breaking: bool, other: bool, needed: tuple[int, int, int]) -> None:
    diff = api_diff.ApiDiff(
        added={"x": api_diff.Entry("function", "()")} if other else {}, breaking=["y: removed"] if breaking else []
    )
    assert api_diff.minimum_version(old, diff) == needed
    assert api_diff.version_problem(old, ".".join(map(str, needed)), diff) is None
    if needed != api_diff.parse_version(old):
        problem = api_diff.version_problem(old, old, diff)
        assert problem is not None and ".".join(map(str, needed)) in problem


def test_version_problems() -> None:
    empty = api_diff.ApiDiff()
    assert api_diff.version_problem("0.2.0", "0.1.9", empty) == "info.version went backwards: 0.2.0 -> 0.1.9"
    assert api_diff.version_problem("0.2.0", None, empty) == "openapi.yaml has no info.version"
    assert api_diff.version_problem(None, "0.1.0", empty) is None
    with pytest.raises(ValueError, match=r"not a MAJOR\.MINOR\.PATCH"):
        api_diff.parse_version("one")


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-C", str(repo), *args],
        check=True,
        capture_output=True,
    )


def set_version(repo: Path, version: str) -> None:
    (repo / "openapi.yaml").write_text(f"openapi: 3.1.0\ninfo:\n  title: t\n  version: {version}\npaths: {{}}\n")


def test_api_diff_against_a_git_revision(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "repo"
    write_package(repo / "generated")
    set_version(repo, "0.1.0")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first")
    argv = ["--repo", str(repo)]
    assert api_diff.main(argv) == 0
    assert "no change" in capsys.readouterr().out

    (repo / "generated" / "taskrouter_client" / "models" / "thing.py").write_text(MODEL.format(fields=""))
    assert api_diff.main(argv) == 1
    out = capsys.readouterr().out
    assert "Breaking (" in out and "needs info.version 0.2.0 or later, not 0.1.0" in out
    assert api_diff.main([*argv, "--report-only"]) == 0
    capsys.readouterr()
    set_version(repo, "0.1.1")
    assert api_diff.main(argv) == 1
    capsys.readouterr()
    set_version(repo, "0.2.0")
    assert api_diff.main(argv) == 0
    assert "Version: 0.1.0 -> 0.2.0: ok" in capsys.readouterr().out

    git(repo, "commit", "-q", "-am", "second")
    assert api_diff.main([*argv, "--base", "HEAD~1"]) == 0
    assert api_diff.main([*argv, "--base", "HEAD~2"]) == 0
    assert "no revision 'HEAD~2' to compare with; skipped" in capsys.readouterr().out
    old = write_package(tmp_path / "other")
    assert api_diff.main([*argv, "--old", str(old)]) == 0
    assert "Removed (" in capsys.readouterr().out


def test_the_repository_passes_its_own_rule_against_head() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_diff.py"), "--report-only"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Public API of taskrouter_client: HEAD (")


# --- vendoring ----------------------------------------------------------------------------------

VENDORED_CALL = textwrap.dedent(
    """
    import json, sys
    import httpx
    from acme.third_party.taskrouter_client import AuthenticatedClient
    from acme.third_party.taskrouter_client.api.workflows import create_workflow
    from acme.third_party.taskrouter_client.models import CreateWorkflowRequest

    def answer(request):
        return httpx.Response(201, json=json.loads(sys.argv[1]))

    client = AuthenticatedClient(username="AC" + "a" * 32, password="x",
                                 httpx_args={"transport": httpx.MockTransport(answer)})
    body = CreateWorkflowRequest(
        friendly_name="Sales", configuration='{"task_routing": {"default_filter": {"queue": "WQ' + 32 * 'a' + '"}}}'
    )
    with client:
        workflow = create_workflow.sync("WS" + "a" * 32, client=client, body=body)
    print(json.dumps({"sid": workflow.sid, "module": type(workflow).__module__,
                      "original": any(n.startswith("taskrouter_client") for n in sys.modules)}))
    """
)


def test_vendor_into_another_project_and_use_it(tmp_path: Path) -> None:
    project = tmp_path / "app"
    dest = project / "acme" / "third_party" / "taskrouter_client"
    for parent in (project / "acme", project / "acme" / "third_party"):
        parent.mkdir(parents=True)
        (parent / "__init__.py").write_text("")
    assert vendor.main([str(dest)]) == 0

    stamp = json.loads((dest / vendor.STAMP).read_text())
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    assert stamp["version"] == spec["info"]["version"]
    assert stamp["spec_sha256"] == vendor._sha256(ROOT / "openapi.yaml")
    assert stamp["files"] == vendor.package_files(PACKAGE)
    assert "__init__.py" in stamp["files"] and "py.typed" in stamp["files"]

    result = subprocess.run(
        [sys.executable, "-c", VENDORED_CALL, json.dumps(WORKFLOW_FULL)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=project,
        env={"PYTHONPATH": str(project), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "sid": WORKFLOW_FULL["sid"],
        "module": "acme.third_party.taskrouter_client.models.workflow",
        "original": False,
    }


def test_vendor_refuses_local_edits_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "acme" / "taskrouter_client"
    assert vendor.main([str(dest)]) == 0
    assert "a new copy" in capsys.readouterr().out
    assert vendor.main([str(dest)]) == 0
    assert "no file changed" in capsys.readouterr().out

    edited = dest / "client.py"
    edited.write_text(edited.read_text() + "# local fix\n")
    (dest / "models" / "twilio_error.py").unlink()
    (dest / "extra.py").write_text("")
    assert vendor.main([str(dest)]) == 1
    err = capsys.readouterr().err
    assert "client.py: changed" in err and "models/twilio_error.py: deleted" in err and "extra.py: added" in err
    assert edited.read_text().endswith("# local fix\n")  # untouched

    assert vendor.main([str(dest), "--force"]) == 0
    out = capsys.readouterr().out
    assert "Discarding local edits" in out
    assert "  + models/twilio_error.py" in out and "  - extra.py" in out and "  ~ client.py" in out
    assert "Public API of taskrouter_client: previous copy -> new copy" in out
    assert vendor.local_edits(dest) == []


def test_vendor_prints_the_api_diff_of_an_upgrade(tmp_path: Path) -> None:
    old_source = write_package(tmp_path / "v1", fields="    colour: str | Unset = UNSET\n")
    new_source = write_package(tmp_path / "v2")
    dest = tmp_path / "proj" / "taskrouter_client"
    spec = tmp_path / "openapi.yaml"
    spec.write_text("info:\n  version: 9.9.9\n")
    vendor.vendor(old_source, dest, spec)
    report = vendor.vendor(new_source, dest, spec)
    assert "Vendored taskrouter_client 9.9.9" in report
    assert "  ~ models/thing.py" in report
    assert "+ field taskrouter_client.models.thing.Thing.size" in report


def test_vendor_refuses_what_it_did_not_vendor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = tmp_path / "taskrouter_client"
    dest.mkdir()
    (dest / "__init__.py").write_text("")
    assert vendor.main([str(dest)]) == 1
    assert "not vendored by this tool" in capsys.readouterr().err
    afile = tmp_path / "file"
    afile.write_text("")
    assert vendor.main([str(afile)]) == 1
    with pytest.raises(vendor.VendorError, match="not a package directory"):
        vendor.vendor(tmp_path / "nowhere", tmp_path / "x", ROOT / "openapi.yaml")


def test_make_vendor_needs_dest() -> None:
    result = subprocess.run(["make", "-s", "vendor"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode != 0
    assert "usage: make vendor DEST=" in result.stderr


# --- templates, changelog, guide ----------------------------------------------------------------


def test_template_diff_shows_every_override(capsys: pytest.CaptureFixture[str]) -> None:
    assert template_diff.main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# templates/ against openapi-python-client 0.29.1")
    templates = ROOT / "templates"
    for override in sorted(path for path in templates.rglob("*") if path.is_file()):
        assert f"=== {override.relative_to(templates).as_posix()}" in out
    assert "--- stock/endpoint_module.py.jinja\n+++ templates/endpoint_module.py.jinja\n" in out
    assert "=== guide.md.jinja: ours only" in out
    assert "=== runtime/client.py: ours only" in out  # copied by the post-hook, not rendered
    assert template_diff.main(["--stat"]) == 0
    assert re.search(r"=== package_init\.py\.jinja  \(\+\d+ -\d+\)", capsys.readouterr().out)


def test_template_diff_of_an_unchanged_template(tmp_path: Path) -> None:
    stock = template_diff.stock_templates()
    (tmp_path / "errors.py.jinja").write_text((stock / "errors.py.jinja").read_text())
    assert template_diff.template_diffs(tmp_path, stock) == ["=== errors.py.jinja: identical to stock\n"]


def test_the_changelog_has_the_current_version() -> None:
    version = yaml.safe_load((ROOT / "openapi.yaml").read_text())["info"]["version"]
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert re.search(rf"^## \[?{re.escape(version)}\]?( |$)", changelog, re.MULTILINE), version
    pyproject = (ROOT / "generated" / "pyproject.toml").read_text()
    assert f'version = "{version}"' in pyproject
    assert "package_version_override" not in (ROOT / "generator-config.yaml").read_text()


def test_the_changelog_keeps_an_unreleased_section() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert re.search(r"^## \[?Unreleased\]?$", changelog, re.MULTILINE)


def test_the_guide_ships_inside_the_package() -> None:
    doc = taskrouter_client.__doc__ or ""
    for heading in ("Install or vendor", "Credentials", "Errors", "Retries", "Timeouts", "Regions", "Headers"):
        assert f"## {heading}" in doc
    readme = (ROOT / "generated" / "README.md").read_text()
    assert doc.split("## Install or vendor", 1)[1].strip() in readme
