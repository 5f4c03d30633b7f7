"""`make demo`: the main job, run against the stand-in it starts itself."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from typing import Any, Self

import pytest

import demo
from support import ROOT
from taskrouter_client import AuthenticatedClient

CREDENTIALS = {"TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "TWILIO_AUTH_TOKEN": "token"}


def test_demo_creates_workflows_through_the_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET"):
        monkeypatch.delenv(name, raising=False)
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "No live credentials: talking to Prism" in out
    assert "created TaskQueue WQ" in out
    assert "sync: created Workflow WW" in out
    assert "async: created Workflow WW" in out
    assert "created Task WT" in out and "worker(s) available" in out
    assert "password='***'" in out
    assert "stand-in-token" not in out
    assert "Done: local stand-in (Prism); nothing left running." in out


def test_demo_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.run({}, keep=False) == 0
    assert "filters                  ['Sales']" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        (CREDENTIALS, None),
        ({"TWILIO_WORKSPACE_SID": "WS" + "1" * 32}, None),
        (CREDENTIALS | {"TWILIO_WORKSPACE_SID": "WS1"}, "WS1"),
        ({"TWILIO_API_KEY": "SK1", "TWILIO_API_SECRET": "s", "TWILIO_WORKSPACE_SID": "WS1"}, "WS1"),
    ],
)
def test_live_mode_needs_credentials_and_a_workspace(environ: dict[str, str], expected: str | None) -> None:
    assert demo.live_settings(environ) == expected


def test_a_failed_create_is_reported(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(demo, "STAND_IN_WORKSPACE", "WS123")  # refused by the client's checks
    assert demo.main([]) == 1
    assert "failed: InvalidRequestError: WorkspaceSid must be at least 34 characters" in capsys.readouterr().err


def test_the_live_branch_with_the_api_swapped_for_prism(
    prism: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The live code path (credentials from the environment, clean-up by DELETE), pointed at
    Prism, which answers the list and the clean-up DELETEs from the spec."""

    class PrismClient(AuthenticatedClient):
        @classmethod
        def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Self:
            return super().from_env(environ, base_url=prism, **kwargs)

    monkeypatch.setattr(demo, "AuthenticatedClient", PrismClient)
    environ = CREDENTIALS | {"TWILIO_WORKSPACE_SID": "WS" + "1" * 32}
    assert demo.run(environ, keep=False) == 0
    out = capsys.readouterr().out
    assert "Talking to the live TaskRouter API" in out
    assert out.count("deleted WW") == 2
    assert out.count("deleted WT") == 1 and out.count("deleted WQ") == 1  # the Task and the TaskQueue too
    assert "listed (first page, up to 5): [" in out
    assert "Done: live API" in out
