"""The runtime's real sources (templates/runtime/*.py) in the package: the generator's first
post-hook (scripts/postgen.py) copies each into the package under its own name, byte for byte, next
to what the generator renders and the tables the hook writes from the spec; no template includes
them. And the post-hook's rules for shapes of the spec."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import postgen
from support import ROOT
from taskrouter_client import _input, errors, models
from taskrouter_client._rules import OPERATIONS

RUNTIME = ROOT / "templates" / "runtime"
PACKAGE = ROOT / "generated" / "taskrouter_client"
SOURCES = sorted(path.name for path in RUNTIME.glob("*.py"))
# What the post-hook writes from the spec, and the package's own __init__ (package_init.py.jinja).
WRITTEN = ("__init__.py", "_examples.py", "_provenance.py", "_rules.py")


def test_the_runtime_replaces_the_generator_s_own_modules() -> None:
    """client.py, errors.py and types.py take the place of the stock ones; testing.py is the stub
    for downstream tests; the rest are the runtime's private modules (``_operation.py``, ...)."""
    public = {"client.py", "errors.py", "types.py", "testing.py"}
    assert public <= set(SOURCES)
    assert all(name.startswith("_") for name in set(SOURCES) - public)


@pytest.mark.parametrize("name", SOURCES)
def test_the_package_holds_the_runtime_source_byte_for_byte(name: str) -> None:
    """The sources are kept formatted as the generator's post-hooks format them, so the copy in
    generated/ is the file itself: ruff, mypy, coverage and editors see one source."""
    assert (PACKAGE / name).read_bytes() == (RUNTIME / name).read_bytes()


def test_the_package_holds_no_module_but_the_generated_ones_and_the_runtime_s() -> None:
    """A module left over from an older runtime (or an older spec) would still be importable and
    shipped: the package holds the runtime, what the post-hook writes, an endpoint module per
    operation of the spec and a model module per model, and nothing else."""
    top = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert top == sorted({*SOURCES, *WRITTEN})
    folders = sorted(path.name for path in PACKAGE.iterdir() if path.is_dir() and path.name != "__pycache__")
    assert folders == ["api", "models"]
    api = sorted(path.relative_to(PACKAGE / "api").as_posix() for path in (PACKAGE / "api").rglob("*.py"))
    endpoints = [name for name in api if name.count("/") == 1 and not name.endswith("/__init__.py")]
    assert sorted(name.rsplit("/", 1)[1].removesuffix(".py") for name in endpoints) == sorted(OPERATIONS)
    tags = {name.split("/")[0] for name in endpoints}
    assert api == sorted(["__init__.py", *endpoints, *(f"{tag}/__init__.py" for tag in tags)])
    model_modules = {
        models._MODULES[name].lstrip(".") for name in models.__all__
    }  # (an enum's alias has no __module__)
    assert sorted(path.stem for path in (PACKAGE / "models").glob("*.py")) == sorted({"__init__", *model_modules})


@pytest.mark.parametrize("name", SOURCES)
def test_a_runtime_source_holds_no_jinja_syntax(name: str) -> None:
    """The sources are copied, never rendered: a ``{{``, ``{%`` or ``{#`` in one is a template
    fragment that nothing would fill in."""
    assert not re.search(r"\{[{%#]", (RUNTIME / name).read_text())


def test_no_template_renders_a_runtime_module() -> None:
    """The overrides that included the runtime (client.py.jinja, errors.py.jinja, types.py.jinja,
    api_init.py.jinja) are gone, and no template names a runtime source: an override left behind
    renders a module the hook then overwrites, or, for api/__init__.py (no runtime source takes
    its place), ships."""
    templates = ROOT / "templates"
    for gone in ("client.py.jinja", "errors.py.jinja", "types.py.jinja", "api_init.py.jinja"):
        assert not (templates / gone).exists(), gone
    for template in templates.rglob("*.jinja"):
        assert "runtime/" not in template.read_text(), template.name


def test_the_post_hook_is_the_generator_s_first() -> None:
    """The later hooks (ruff) format what it copied and wrote: the runtime is kept formatted as
    they leave it, so the copies stay byte for byte the sources."""
    hooks = yaml.safe_load((ROOT / "generator-config.yaml").read_text())["post_hooks"]
    assert "scripts/postgen.py" in hooks[0]
    assert all("postgen" not in hook for hook in hooks[1:])


def test_the_post_hook_copies_the_runtime_and_writes_the_rules_and_the_stamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """scripts/postgen.py, run in-process as the generator runs it (in the project directory, the
    spec named by TASKROUTER_SPEC), replaces the stock modules by the runtime's, adds its private
    modules, and writes the same two modules the package holds."""
    package = tmp_path / "taskrouter_client"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for stock in ("client.py", "errors.py", "types.py"):
        (package / stock).write_text("# the generator's stock module\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TASKROUTER_SPEC", str(ROOT / "openapi.yaml"))
    monkeypatch.setattr(sys, "argv", ["postgen.py"])  # the one package is found without argv[1]
    postgen.main()
    for name in SOURCES:
        assert (package / name).read_bytes() == (RUNTIME / name).read_bytes(), name
    assert (package / "__init__.py").read_text() == ""  # the generator's own files are left alone
    namespace: dict[str, Any] = {}
    exec((package / "_rules.py").read_text(), namespace)
    assert namespace["OPERATIONS"] == OPERATIONS
    exec((package / "_provenance.py").read_text(), namespace)
    assert namespace["SPEC_SHA256"] == hashlib.sha256((ROOT / "openapi.yaml").read_bytes()).hexdigest()


def test_the_post_hook_refuses_to_run_without_its_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TASKROUTER_SPEC", raising=False)
    with pytest.raises(SystemExit, match="TASKROUTER_SPEC is not set"):
        postgen.main()


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"paths": {"/x": {"get": {"responses": {}}}}}, "has no operationId"),
        ({"paths": {"/x": {"$ref": "other.yaml#/x"}}}, "only local $refs"),
    ],
)
def test_the_post_hook_refuses_what_it_cannot_key(spec: dict[str, Any], message: str) -> None:
    with pytest.raises(SystemExit, match=re.escape(message)):
        postgen.operation_rules(spec)


# --- postgen's rules for shapes TaskRouter's spec does not have yet --------------------------------

NODE_SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Node": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                },
            },
            "Part": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
        }
    }
}


def test_a_recursive_schema_has_a_rule_that_ends() -> None:
    """A tree (a schema met again inside itself) is checked there by its types only, where
    postgen failed ("nested more than 32 deep") once a body field's properties were expanded."""
    node = postgen.rule(NODE_SPEC, {"$ref": "#/components/schemas/Node"}, required=True)
    assert node["properties"]["name"] == {"required": True, "type": ("string",), "minLength": 1}
    assert node["properties"]["children"]["items"] == {"required": True, "type": ("object",)}


def test_each_anyof_member_has_its_own_rule() -> None:
    """A value must match a member, not only one of the members' types: a Part whose name is not
    text is refused (the rule held only type: [string, object] before)."""
    detail = {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Part"}]}
    written = postgen.rule(NODE_SPEC, detail, required=False)
    assert written["type"] == ("string", "object")
    assert [member["type"] for member in written["anyOf"]] == [("string",), ("object",)]
    check = _input._checker(written, False)
    check("Detail", "text")
    check("Detail", {"name": "a part"})
    with pytest.raises(errors.InvalidRequestError) as caught:
        check("Detail", {"name": 5})
    assert caught.value.rule == "anyOf"
