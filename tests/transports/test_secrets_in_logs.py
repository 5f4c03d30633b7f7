"""Secrets never reach a log record: credentials given in ``base_url`` are taken out of the URL when
the client is built (and sent as HTTP Basic), so the URLs httpx, httpcore and aiohttp log at DEBUG
hold none, on the sync client and both async backends; no record of any logger holds the password
or its Basic form. The package's logger has a NullHandler: nothing reaches stderr unless the
application configures logging."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import subprocess
import sys
from collections.abc import Iterator

import pytest

import support
from scenarios import WORKFLOW_FULL
from support import ROOT, LoopbackServer, QuietHandler
from taskrouter_client import Client

SECRET = "UrlS3cretPassw0rd"
USER = "SK" + "1" * 32


class _Echo(QuietHandler):
    """Answers 200 with the Authorization header it got."""

    def do_GET(self) -> None:
        body = (self.headers.get("Authorization") or "").encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    running = LoopbackServer(_Echo)
    yield running
    running.stop()


@pytest.mark.parametrize("mode", ["sync", "httpx", "aiohttp"])
def test_credentials_in_the_base_url_reach_no_log_record(
    mode: str, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    host = server.url.removeprefix("http://")
    client = Client(base_url=f"http://{USER}:{SECRET}@{host}", async_backend="httpx" if mode == "sync" else mode)
    basic = base64.b64encode(f"{USER}:{SECRET}".encode()).decode()
    with caplog.at_level(logging.DEBUG):  # every logger: httpx, httpcore, aiohttp, asyncio, this package
        if mode == "sync":
            with client:
                sent = support.send(client, "GET", "/v1/x").content
        else:

            async def run() -> bytes:
                async with client:
                    return (await support.asend(client, "GET", "/v1/x")).content

            sent = asyncio.run(run())
    assert sent == f"Basic {basic}".encode()  # the credentials went out, as HTTP Basic
    assert client.base_url == server.url
    records = [record.getMessage() for record in caplog.records]
    assert any(server.url in message for message in records) or mode == "aiohttp"  # (aiohttp logs no requests)
    for message in records:
        assert SECRET not in message and basic not in message, message
        assert f"{USER}:" not in message, message


def test_the_package_logs_nothing_to_stderr_unless_logging_is_configured() -> None:
    """A warning of the package (an answer leaving out a nullable attribute) with no logging
    configured: Python's last-resort handler would print it to stderr; the NullHandler stops it."""
    code = (
        "import httpx, logging\n"
        "from taskrouter_client import Client\n"
        "from taskrouter_client.api.workflows import fetch_workflow\n"
        "import json, sys\n"
        "body = json.loads(sys.argv[1])\n"
        "body.pop('friendly_name')\n"
        "client = Client(base_url='http://127.0.0.1:1', "
        "httpx_args={'transport': httpx.MockTransport(lambda r: httpx.Response(200, json=body))})\n"
        "workflow = fetch_workflow.sync('WS' + 'a' * 32, 'WW' + 'a' * 32, client=client)\n"
        "assert workflow.friendly_name is None\n"
        "client.close()\n"
        "assert logging.getLogger('taskrouter_client').handlers\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(WORKFLOW_FULL)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "generated")},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
