"""Fixtures: pytest-recording settings (cassettes in tests/cassettes/, replay only unless
`make record`), the scenario marker that names a test's cassette, Prism started on loopback, and
the hypothesis profiles: `full` (400 examples a property; `make test` and CI) and `quick` (the
default for a focused `pytest` run). HYPOTHESIS_PROFILE picks one; CI set in the env means full."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

import shapes
import stand_in
from recording import CASSETTES, vcr_settings
from support import generated_package

settings.register_profile(
    "full",
    max_examples=400,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.register_profile("quick", settings.get_profile("full"), max_examples=60)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("full" if os.environ.get("CI") else "quick"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "scenario(name): replay tests/cassettes/<name>.yaml")
    config.addinivalue_line("markers", "live: recorded against the real TaskRouter API by `make record`")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Live tests replay their cassette when one was recorded; until then they are skipped,
    except under `make record`, which runs them against the real API."""
    if (config.getoption("--record-mode") or "none") != "none":
        return
    for item in items:
        scenario = item.get_closest_marker("scenario")
        if "live" in item.keywords and scenario and not (CASSETTES / f"{scenario.args[0]}.yaml").exists():
            item.add_marker(pytest.mark.skip(reason="not recorded yet: `make record` with live credentials"))


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Collect after each test, so an unclosed socket or pool it left raises its ResourceWarning
    (an error: pyproject's filterwarnings) in that test, not in some later one or never."""
    yield
    gc.collect()
    gc.freeze()  # what outlived the test is never looked at again: the next collect is as quick as the first


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return vcr_settings()


@pytest.fixture
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    """tests/cassettes/<name>.yaml, from the test's ``scenario`` marker."""
    name: str = request.node.get_closest_marker("scenario").args[0]
    return name


@pytest.fixture(scope="session")
def prism() -> Iterator[str]:
    """Prism's mock of openapi.yaml on a free loopback port, request validation on
    (installed by `make setup` from package-lock.json). Yields its base URL."""
    with stand_in.prism() as url:
        yield url


@pytest.fixture(params=["httpx", "aiohttp"])
def backend(request: pytest.FixtureRequest) -> str:
    """The async client's transport backend (``Client(async_backend=...)``): the runtime tests that
    reach a socket run on both."""
    name: str = request.param
    return name


@pytest.fixture(scope="session")
def shapes_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package `make generate`'s command, settings and templates make from the inline spec
    of odd shapes (tests/shapes.py), importable as ``shapes_client`` for the session."""
    with generated_package(shapes.SPEC, "shapes", tmp_path_factory.mktemp("shapes")) as package:
        yield package
