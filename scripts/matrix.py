"""`make matrix`: the package's tests at both ends of its declared dependency range.

The rows are computed from ``generated/pyproject.toml`` (``requires-python``, ``dependencies`` and
the optional ``aiohttp`` extra), never written twice:

- ``low``: the lowest Python the package admits, every runtime dependency (extras included) at the
  lower bound it declares;
- ``high``: the newest Python found here, every runtime dependency at the newest release its bound
  admits;
- ``mid``: Python 3.12 with the versions pinned for development (``requirements-dev.txt``).

Each row gets a virtual environment under ``.matrix/`` (ignored by git), kept while its inputs stay
the same, with the test tools at their pinned versions (or the newest older ones that install beside the row's
runtime versions), and runs the tests whose outcome can depend on
those versions: ``tests/unit``, ``tests/transports``, ``tests/endpoints``. ``--row NAME`` runs one
row; ``--list`` prints the rows and exits.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".matrix"
PYPROJECT = ROOT / "generated" / "pyproject.toml"
DEV_PINS = ROOT / "requirements-dev.txt"
TEST_PATHS = ["tests/unit", "tests/transports", "tests/endpoints"]
# What the tests themselves import (their versions are the pinned dev ones in every row).
TEST_TOOLS = [
    "pytest",
    "pytest-asyncio",
    "pytest-xdist",
    "pytest-recording",
    "vcrpy",
    "hypothesis",
    "hypothesis-jsonschema",
    "openapi-core",
    "openapi-spec-validator",
    "pyyaml",
    "trio",
    "h2",
    "opentelemetry-sdk",
    "opentelemetry-instrumentation-httpx",
    "opentelemetry-instrumentation-aiohttp-client",
]


def runtime_requirements() -> tuple[SpecifierSet, list[Requirement]]:
    """The package's ``requires-python`` and its runtime requirements, extras included."""
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    requirements = [Requirement(text) for text in project["dependencies"]]
    for extra in project.get("optional-dependencies", {}).values():
        requirements += [Requirement(text) for text in extra]
    return SpecifierSet(project["requires-python"]), requirements


def lower_bound(requirement: Requirement) -> str:
    """``name==X`` for the ``>=X`` of a requirement; a requirement without one cannot be tested at
    its lower end, which is an error of the package's metadata."""
    for specifier in requirement.specifier:
        if specifier.operator in (">=", "=="):
            return f"{requirement.name}=={specifier.version}"
    raise SystemExit(f"matrix: {requirement} declares no lower bound to test")


def dev_pins() -> dict[str, str]:
    """``requirements-dev.txt`` as {normalised name: "name==version"}."""
    pins = {}
    for line in DEV_PINS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name = line.split("==", 1)[0]
            pins[_normal(name)] = line
    return pins


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@functools.cache
def pythons() -> dict[Version, Path]:
    """The CPython interpreters found here (pyenv's builds and the ones on PATH), by version."""
    candidates: list[Path] = []
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates += sorted(pyenv_root.glob("versions/3.*/bin/python3"))
    for minor in range(9, 20):
        found = shutil.which(f"python3.{minor}")
        if found:
            candidates.append(Path(found))
    versions: dict[Version, Path] = {}
    for candidate in candidates:
        try:
            out = subprocess.run(
                [str(candidate), "-c", "import platform; print(platform.python_version())"],
                capture_output=True,
                text=True,
                timeout=30,
                check=True,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            continue
        versions.setdefault(Version(out), candidate)
    return versions


def rows() -> dict[str, tuple[Path, list[str]]]:
    """Each row's interpreter and the runtime requirements to install."""
    requires_python, requirements = runtime_requirements()
    found = {version: path for version, path in pythons().items() if version in requires_python}
    if not found:
        raise SystemExit(f"matrix: no Python here satisfies requires-python {requires_python}")
    lowest_minor = min(found)
    low_python = min(
        (v for v in found if (v.major, v.minor) == (lowest_minor.major, lowest_minor.minor)), default=lowest_minor
    )
    high_python = max(found)
    mid = [v for v in found if (v.major, v.minor) == (3, 12)]
    if not mid:
        raise SystemExit("matrix: no Python 3.12 found here for the mid row")
    pins = dev_pins()
    return {
        "low": (found[low_python], [lower_bound(r) for r in requirements]),
        "high": (found[high_python], [str(r) for r in requirements]),
        "mid": (found[max(mid)], [pins.get(_normal(r.name), str(r)) for r in requirements]),
    }


def environment(name: str, python: Path, runtime: list[str]) -> Path:
    """The row's virtual environment, built (or kept from an earlier run with the same inputs)."""
    pins = dev_pins()
    # The tools at their pinned versions, or older where a row's runtime versions need that (trio
    # 0.35 needs a newer attrs than the package's lower bound).
    tools = [pins.get(_normal(tool), tool).replace("==", "<=") for tool in TEST_TOOLS]
    key = hashlib.sha256(json.dumps([str(python), runtime, tools]).encode()).hexdigest()[:12]
    venv = CACHE / f"{name}-{key}"
    stamp = venv / ".installed"
    if stamp.exists():
        return venv
    for old in CACHE.glob(f"{name}-*"):
        shutil.rmtree(old, ignore_errors=True)
    subprocess.run([str(python), "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # The runtime's versions first and alone, so the tools cannot move them; then the tools, with
    # the runtime's versions held as constraints.
    subprocess.run([*pip, *runtime], check=True)
    frozen = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "freeze"], capture_output=True, text=True, check=True
    ).stdout
    constraints = venv / "runtime-constraints.txt"
    constraints.write_text(frozen)
    subprocess.run([*pip, "-c", str(constraints), *tools], check=True)
    stamp.write_text("\n".join(runtime) + "\n")
    return venv


def versions_in(venv: Path, names: list[str]) -> str:
    script = "import importlib.metadata as m, sys; print(', '.join(f'{n} {m.version(n)}' for n in sys.argv[1:]))"
    return subprocess.run(
        [str(venv / "bin" / "python"), "-c", script, *names], capture_output=True, text=True, check=True
    ).stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--row", choices=["low", "high", "mid"], action="append")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("pytest_args", nargs="*")
    args = parser.parse_args()
    table = rows()
    failed = []
    for name in args.row or list(table):
        python, runtime = table[name]
        if args.list:
            print(f"{name}: {python} | {' '.join(runtime)}")
            continue
        venv = environment(name, python, runtime)
        names = [Requirement(r).name for r in runtime]
        py_version = subprocess.run(
            [str(venv / "bin" / "python"), "-c", "import platform; print(platform.python_version())"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        print(f"\n=== matrix row {name}: Python {py_version}; {versions_in(venv, names)}", flush=True)
        command = [str(venv / "bin" / "python"), "-m", "pytest", "-q", "-n", "2", "-p", "no:cacheprovider"]
        # The quick hypothesis profile: what differs between versions is behaviour, not the space of
        # documents (`make test` draws 1,000 examples a property once).
        env = os.environ | {"HYPOTHESIS_PROFILE": os.environ.get("MATRIX_HYPOTHESIS_PROFILE", "quick")}
        result = subprocess.run([*command, *TEST_PATHS, *args.pytest_args], cwd=ROOT, env=env)
        if result.returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nmatrix: rows failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    if not args.list:
        print(f"\nmatrix: every row passed ({', '.join(args.row or list(table))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
