"""The templates: the runtime's real sources are copied into the package verbatim."""

from __future__ import annotations

import re

import pytest

from support import ROOT

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
