"""The runtime a team vendors stays readable and upgradable: one module per concern, none past ~600
lines, no class hidden inside a function, and nothing of httpx, httpcore, aiohttp or
httpx-aiohttp that is private (a name with a leading underscore, a module they do not export, an
internal hook), so that upgrading any of them within the declared range needs no change here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from support import ROOT

RUNTIME = ROOT / "templates" / "runtime"
PACKAGE = ROOT / "generated" / "taskrouter_client"
LIBRARIES = ("httpx", "httpcore", "aiohttp", "httpx_aiohttp", "yarl")
# What the modules of those libraries that a program may import are called (their top level):
# any other module of theirs is not exported.
PUBLIC_MODULES = {"httpx", "httpcore", "aiohttp", "yarl"}
MAX_LINES = 600
# The package's own private methods that one of its modules calls on another's object (the
# endpoint machinery on the Client): ours, not a library's.
OWN_PRIVATE = {"_send", "_asend"}


def sources() -> list[Path]:
    """Every Python module of the package: the runtime, the endpoint modules, the models."""
    return sorted(PACKAGE.rglob("*.py"))


def _private_uses(tree: ast.AST) -> list[str]:
    """Private names of the libraries a module uses: ``httpx._client``, ``from aiohttp.client_proto
    import ...``, ``response._content`` on anything, ``object.__new__(httpx.X)``."""
    found = []
    aliases = {library: library for library in LIBRARIES}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for name in node.names:
                root = name.name.split(".")[0]
                if root in LIBRARIES and (name.name not in PUBLIC_MODULES or "._" in name.name):
                    found.append(f"import {name.name}")
                aliases[name.asname or root] = root
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            root = node.module.split(".")[0]
            if root in LIBRARIES:
                if node.module not in PUBLIC_MODULES:
                    found.append(f"from {node.module} import ...")
                found += [f"from {node.module} import {n.name}" for n in node.names if n.name.startswith("_")]
        elif isinstance(node, ast.Attribute):
            if node.attr.startswith("_") and not node.attr.startswith("__"):
                value = node.value
                # an underscore attribute of a library module, or of any object but our own `self`
                own = isinstance(value, ast.Name) and value.id in ("self", "cls")
                inherited = isinstance(value, ast.Call) and getattr(value.func, "id", "") == "super"
                if isinstance(value, ast.Name) and value.id in aliases:
                    found.append(f"{value.id}.{node.attr}")
                elif not (own or inherited or node.attr in OWN_PRIVATE):
                    found.append(f"<object>.{node.attr}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "__new__"
            and any(isinstance(arg, ast.Attribute) and getattr(arg.value, "id", "") in aliases for arg in node.args)
        ):
            found.append("object.__new__ of a library class")
    return found


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_private_name_of_httpx_or_aiohttp_is_used(path: Path) -> None:
    tree = ast.parse(path.read_text(), str(path))
    found = [use for use in _private_uses(tree) if not use.startswith("<object>.")]
    assert found == [], f"{path.name} uses private names: {found}"


@pytest.mark.parametrize("path", sorted(RUNTIME.glob("*.py")), ids=lambda p: p.name)
def test_no_runtime_module_reaches_into_another_objects_private_attributes(path: Path) -> None:
    """Underscore attributes are read on ``self``/``cls`` only: never on an httpx, httpcore or
    aiohttp object (``response._content``, ``headers._list``, ``connector._factory``)."""
    tree = ast.parse(path.read_text(), str(path))
    found = [use for use in _private_uses(tree) if use.startswith("<object>.")]
    assert found == [], f"{path.name} reads private attributes of other objects: {found}"


def test_the_private_name_check_catches_what_it_should() -> None:
    caught = _private_uses(
        ast.parse(
            "import httpx\nfrom httpx._client import ClientState\nfrom aiohttp.client_proto import ResponseHandler\n"
            "import aiohttp.client_proto\nx = httpx._merge\ny = response._content\nz = object.__new__(httpx.Request)\n"
            "from httpx import _private\n"
        )
    )
    assert sorted(caught) == sorted(
        [
            "from httpx._client import ...",
            "from aiohttp.client_proto import ...",
            "import aiohttp.client_proto",
            "httpx._merge",
            "<object>._content",
            "object.__new__ of a library class",
            "from httpx import _private",
        ]
    )


@pytest.mark.parametrize("path", sorted(RUNTIME.glob("*.py")), ids=lambda p: p.name)
def test_no_runtime_module_is_past_600_lines(path: Path) -> None:
    lines = len(path.read_text().splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines: one module per concern"


@pytest.mark.parametrize("path", sorted(RUNTIME.glob("*.py")), ids=lambda p: p.name)
def test_no_class_is_defined_inside_a_function(path: Path) -> None:
    tree = ast.parse(path.read_text(), str(path))
    hidden = [
        f"{function.name}: class {node.name}"
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.ClassDef)
    ]
    assert hidden == [], f"{path.name} defines classes inside functions: {hidden}"


def test_the_call_machinery_is_not_hidden_in_a_package_init() -> None:
    """``api/__init__.py`` is the generator's own (a docstring): the machinery is in ``_operation.py``."""
    init = (PACKAGE / "api" / "__init__.py").read_text()
    assert re.fullmatch(r'"""[^"]*"""\s*', init), init
