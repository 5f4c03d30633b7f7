"""The templates: the runtime's real sources are copied into the package verbatim."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

import pytest

import postgen
from support import ROOT
from taskrouter_client import errors
from taskrouter_client import types as types_module
from taskrouter_client._rules import OPERATIONS

RUNTIME = ROOT / "templates" / "runtime"
PACKAGE = ROOT / "generated" / "taskrouter_client"
COPIES = {
    "client.py": PACKAGE / "client.py",
    "errors.py": PACKAGE / "errors.py",
    "types.py": PACKAGE / "types.py",
    "operation.py": PACKAGE / "api" / "__init__.py",
}


def test_every_runtime_source_is_copied() -> None:
    assert sorted(p.name for p in RUNTIME.glob("*.py")) == sorted(COPIES)


@pytest.mark.parametrize("name", sorted(COPIES))
def test_a_runtime_source_holds_no_jinja_syntax(name: str) -> None:
    """Jinja would read ``{{``, ``{%`` or ``{#`` in an included file as its own syntax."""
    assert not re.search(r"\{[{%#]", (RUNTIME / name).read_text())


@pytest.mark.parametrize("name", sorted(COPIES))
def test_the_package_holds_the_runtime_source_byte_for_byte(name: str) -> None:
    """The sources are kept formatted as the generator's post-hooks format them, so the copy in
    generated/ is the file itself: ruff, mypy, coverage and editors see one source."""
    assert COPIES[name].read_bytes() == (RUNTIME / name).read_bytes()


def test_the_post_hook_writes_the_rules_and_the_stamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """scripts/postgen.py, run in-process as the generator runs it (in the project directory, the
    spec named by TASKROUTER_SPEC), writes the same two modules the package holds."""
    (tmp_path / "taskrouter_client").mkdir()
    (tmp_path / "taskrouter_client" / "__init__.py").write_text("")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TASKROUTER_SPEC", str(ROOT / "openapi.yaml"))
    monkeypatch.setattr(sys, "argv", ["postgen.py"])  # the one package is found without argv[1]
    postgen.main()
    written = tmp_path / "taskrouter_client"
    namespace: dict[str, Any] = {}
    exec((written / "_rules.py").read_text(), namespace)
    assert namespace["OPERATIONS"] == OPERATIONS
    exec((written / "_provenance.py").read_text(), namespace)
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
    check = types_module._checker(written, False)
    check("Detail", "text")
    check("Detail", {"name": "a part"})
    with pytest.raises(errors.InvalidRequestError) as caught:
        check("Detail", {"name": 5})
    assert caught.value.rule == "anyOf"
