"""The package as users get it: vendored under another parent package, and installed with pip
from generated/ into a fresh virtual environment."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

from recording import CASSETTES
from scenarios import REQUEST_FIELDS
from support import ROOT
from taskrouter_client._provenance import PACKAGE_VERSION

PACKAGE = ROOT / "generated" / "taskrouter_client"

VENDORED_USE = textwrap.dedent(
    """
    import json, sys
    import vcr
    from acme.third_party.taskrouter_client import AuthenticatedClient
    from acme.third_party.taskrouter_client.api.workflows import create_workflow
    from acme.third_party.taskrouter_client.models import CreateWorkflowRequest
    from acme.third_party.taskrouter_client.errors import TaskRouterError

    fields = json.loads(sys.argv[2])
    client = AuthenticatedClient(username="AC" + "a" * 32, password="x")
    with vcr.VCR(record_mode="none", match_on=("method", "path", "body")).use_cassette(sys.argv[1]), client:
        workflow = create_workflow.sync("WS" + "a" * 32, client=client, body=CreateWorkflowRequest(**fields))
    print(json.dumps({
        "sid": workflow.sid,
        "module": type(workflow).__module__,
        "original_imported": any(name.startswith("taskrouter_client") for name in sys.modules),
        "error_base": TaskRouterError.__module__,
    }))
    """
)


def test_the_package_works_vendored_under_another_name(tmp_path: Path) -> None:
    root = tmp_path / "app"
    target = root / "acme" / "third_party" / "taskrouter_client"
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "acme" / "__init__.py").write_text("")
    (root / "acme" / "third_party" / "__init__.py").write_text("")
    result = subprocess.run(
        [sys.executable, "-c", VENDORED_USE, str(CASSETTES / "created_full.yaml"), json.dumps(REQUEST_FIELDS)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {
        "sid": "WW" + "a" * 32,
        "module": "acme.third_party.taskrouter_client.models.workflow",
        "original_imported": False,
        "error_base": "acme.third_party.taskrouter_client.errors",
    }


def test_pip_installs_generated_into_a_fresh_venv(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(ROOT / "generated")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    probe = textwrap.dedent(
        """
        import importlib.metadata as md, json, pathlib
        import taskrouter_client
        from taskrouter_client import AuthenticatedClient, Client
        from taskrouter_client.api.workflows import create_workflow
        from taskrouter_client.models import CreateWorkflowRequest, TwilioError, Workflow
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(create_workflow, name))
        package = pathlib.Path(taskrouter_client.__file__).parent
        print(json.dumps({
            "py_typed": (package / "py.typed").exists(),
            "requires": sorted(md.requires("taskrouter-client") or []),
            "version": md.version("taskrouter-client"),
            "license": md.metadata("taskrouter-client")["License-Expression"],
            "python": md.metadata("taskrouter-client")["Requires-Python"],
            "site": "site-packages" in str(package),
        }))
        """
    )
    result = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "py_typed": True,
        "requires": [  # aiohttp only with the extra (alone: no httpx-aiohttp); the default install works without it
            "aiohttp>=3.12.4,<4.0.0 ; extra == 'aiohttp'",
            "anyio>=4.0",
            "attrs>=23.1.0",
            "httpx>=0.27.0,<0.30.0",
        ],
        "version": PACKAGE_VERSION,
        "license": "MIT",
        "python": ">=3.11",
        "site": True,
    }


def test_the_top_level_names_the_version_and_the_retry_policy() -> None:
    import taskrouter_client
    from taskrouter_client.client import RetryPolicy

    assert taskrouter_client.__version__ == PACKAGE_VERSION
    assert taskrouter_client.RetryPolicy is RetryPolicy
    assert set(taskrouter_client.__all__) >= {"AuthenticatedClient", "Client", "RetryPolicy", "__version__"}


@pytest.mark.parametrize(
    ("module", "models"),
    [
        ("task_queues.create_task_queue", ["create_task_queue_request", "task_queue", "task_queue_task_order"]),
        ("workflows.fetch_workflow", ["workflow"]),
        ("events.list_event", ["event", "event_page"]),
    ],
)
def test_importing_one_operation_loads_only_its_own_models(module: str, models: list[str]) -> None:
    """61 operations and 100 models: a service that calls one pays for its models alone (and the
    error model every operation shares)."""
    probe = (
        "import sys, taskrouter_client\n"
        f"import taskrouter_client.api.{module}\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('taskrouter_client.models.')))"
    )
    env = os.environ | {"PYTHONPATH": str(ROOT / "generated")}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(sorted([*models, "twilio_error"]))
