"""Fixtures: pytest-recording settings (cassettes in tests/cassettes/, replay only unless
`make record`), the scenario marker that names a test's cassette, and Prism started on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import stand_in
from recording import CASSETTES, vcr_settings


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "scenario(name): replay tests/cassettes/<name>.yaml")
    config.addinivalue_line("markers", "live: talks to the real TaskRouter API (only with `make record`)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--record-mode") in ("all", "new_episodes", "once", "rewrite"):
        return
    skip = pytest.mark.skip(reason="live recording: run `make record` with TWILIO_* credentials")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return vcr_settings()


@pytest.fixture
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest) -> str:
    marker = request.node.get_closest_marker("scenario")
    if marker is None:
        raise pytest.UsageError(f"{request.node.nodeid} uses a cassette but names no scenario")
    name = marker.args[0]
    assert isinstance(name, str)
    if not (CASSETTES / f"{name}.yaml").exists() and "live" not in request.node.keywords:
        raise pytest.UsageError(f"no cassette tests/cassettes/{name}.yaml: run `make cassettes`")
    return name


@pytest.fixture(scope="session")
def prism() -> Iterator[str]:
    """Prism's mock of openapi.yaml on a free loopback port, request validation on
    (installed by `make setup` from package-lock.json). Yields its base URL."""
    with stand_in.prism() as url:
        yield url
