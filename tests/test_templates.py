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
