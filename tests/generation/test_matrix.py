"""`make matrix` (scripts/matrix.py) computes its rows from the package's own metadata
(generated/pyproject.toml), never from a second list: the low row takes every runtime dependency,
extras included, at the lower bound it declares and the lowest Python admitted; the high row the
newest Python here and every bound as declared (pip takes the newest release each admits); the mid
row Python 3.12 and the versions pinned for development."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

import matrix
from support import ROOT


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "generated" / "pyproject.toml").read_text())["project"]
    texts = project["dependencies"] + [text for extra in project["optional-dependencies"].values() for text in extra]
    return [Requirement(text) for text in texts]


def test_the_rows_are_the_packages_own_bounds() -> None:
    rows = matrix.rows()
    assert set(rows) == {"low", "high", "mid"}
    requirements = declared()
    names = {requirement.name for requirement in requirements}
    assert {"httpx", "attrs", "anyio", "aiohttp"} <= names
    _, low = rows["low"]
    assert sorted(low) == sorted(matrix.lower_bound(requirement) for requirement in requirements)
    assert "httpx==0.27.0" in low
    _, high = rows["high"]
    assert sorted(high) == sorted(str(requirement) for requirement in requirements)
    _, mid = rows["mid"]
    pins = matrix.dev_pins()
    assert sorted(mid) == sorted(pins[matrix._normal(requirement.name)] for requirement in requirements)


def test_the_rows_run_at_both_ends_of_the_python_versions() -> None:
    rows = matrix.rows()
    versions = {name: _version(path) for name, (path, _) in rows.items()}
    admitted = [version for version in matrix.pythons() if version in matrix.runtime_requirements()[0]]
    assert versions["low"] == min(admitted) and versions["low"] >= Version("3.11")
    assert versions["high"] == max(admitted)
    assert (versions["mid"].major, versions["mid"].minor) == (3, 12)


def _version(path: Path) -> Version:
    out = subprocess.run(
        [str(path), "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return Version(out.stdout.strip())


def test_a_requirement_without_a_lower_bound_is_refused() -> None:
    with pytest.raises(SystemExit, match="no lower bound"):
        matrix.lower_bound(Requirement("httpx<1"))
    assert matrix.lower_bound(Requirement("attrs>=23.1")) == "attrs==23.1"


def test_the_listing_names_each_row() -> None:
    listed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "matrix.py"), "--list"], capture_output=True, text=True, check=True
    ).stdout
    assert [line.split(":")[0] for line in listed.splitlines()] == ["low", "high", "mid"]
    assert "httpx==0.27.0" in listed
