"""Fixtures: pytest-recording settings (cassettes in tests/cassettes/, replay only unless
`make record`), the scenario marker that names a test's cassette, and Prism started on loopback."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

import stand_in
from recording import CASSETTES, vcr_settings


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
