"""The Workflows of one Workspace served on a real loopback socket, answering as TaskRouter does
(request id, rate-limit headers, ETag), for the tests of what a call tells its team: logs,
metadata, tracing. Everything a request carried that could be a secret comes back in the answer
(its Authorization in a header and in the body, and a cookie set) when ``server.echo`` is set, so
a test can see that what shows an answer shows no secret. It serves as a forwarding proxy too
(a request line with a whole URL), echoing the ``Proxy-Authorization`` it got.

- ``GET .../Workflows``: two pages (``Page=0`` links to ``Page=1``), one Workflow each;
- ``GET .../Workflows/{sid}``: the Workflow, after a wait of ``state.delay`` seconds, the
  ``state.limited`` answers of 429 (``Retry-After: 30``) and ``server.busy`` answers of 503 (their
  bodies ``state.stall`` seconds after their headers), a body that breaks off for each of
  ``state.truncated``; an unknown sid is a 404 in Twilio's shape;
- ``POST .../Workflows`` and ``.../Workflows/{sid}``: the Workflow named as the form says;
- ``DELETE .../Workflows/{sid}``: 204.

Each answer's ``Twilio-Request-Id`` is ``RQ`` + the request's ``X-Call`` header when it has one,
else a count; ``X-Rate-Limit-Remaining`` counts down from 1000.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from scenarios import PAGE_META, WORKFLOW_FULL, WORKFLOW_SID, WORKSPACE_SID
from support import LoopbackServer, QuietHandler

ROUTE = f"/v1/Workspaces/{WORKSPACE_SID}/Workflows"
MISSING_SID = "WW" + "f" * 32
SESSION_COOKIE = "session=cookie-s3cret-value"


class _State:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = itertools.count(1)
        self.busy = 0
        self.echo = False
        self.delay = 0.0
        self.stall = 0.0  # seconds a 503's body waits after its headers
        self.limited = 0  # fetches answered 429 with Retry-After: 30
        self.truncated = 0  # fetches whose 200 body breaks off
        self.requests: list[tuple[str, str, dict[str, str]]] = []


class TaskRouterHandler(QuietHandler):
    state: _State

    def _answer(
        self, status: int, body: Any = None, *, etag: bool = True, headers: dict[str, str] | None = None
    ) -> None:
        with self.state.lock:
            number = next(self.state.count)
        call = self.headers.get("X-Call")
        content = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Twilio-Request-Id", f"RQ{call}" if call else f"RQ{number:032x}")
        self.send_header("X-Rate-Limit-Limit", "1000")
        self.send_header("X-Rate-Limit-Remaining", str(1000 - number))
        self.send_header("X-Rate-Limit-Config", "TaskRouter-Workflows")
        if etag:
            self.send_header("ETag", f'"{number}"')
        if self.state.echo:
            self.send_header("X-Echo-Authorization", self.headers.get("Authorization") or "")
            self.send_header("Set-Cookie", f"{SESSION_COOKIE}; Path=/")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        with self.state.lock:
            truncated = status == 200 and self.state.truncated > 0
            self.state.truncated -= truncated
        if truncated:
            self.wfile.write(content[:10])
            self.close_connection = True
            return
        if status == 503 and self.state.stall:
            self.wfile.flush()
            time.sleep(self.state.stall)
        self.wfile.write(content)

    def _workflow(self, **changes: Any) -> dict[str, Any]:
        # The request's credentials come back in the body too (in the callback URL's query).
        echo = proxy = ""
        if self.state.echo:
            echo = (self.headers.get("Authorization") or "").partition(" ")[2]
            proxy = (self.headers.get("Proxy-Authorization") or "").partition(" ")[2]
        url = f"https://example.com/?seen={echo}&proxy={proxy}"
        return WORKFLOW_FULL | {"assignment_callback_url": url} | changes

    def _record(self) -> tuple[str, dict[str, list[str]]]:
        url = urlsplit(self.path)
        with self.state.lock:
            self.state.requests.append((self.command, self.path, dict(self.headers)))
        return url.path, parse_qs(url.query)

    def do_GET(self) -> None:
        path, query = self._record()
        if path == ROUTE:
            page = int(query.get("Page", ["0"])[0])
            following = f"https://taskrouter.twilio.com{ROUTE}?PageSize=1&Page=1&PageToken=PT1" if page == 0 else None
            meta = PAGE_META | {"page": page, "page_size": 1, "next_page_url": following, "key": "workflows"}
            self._answer(200, {"meta": meta, "workflows": [self._workflow(friendly_name=f"page {page}")]}, etag=False)
            return
        time.sleep(self.state.delay)
        with self.state.lock:
            busy = self.state.busy > 0
            self.state.busy -= busy
            limited = self.state.limited > 0
            self.state.limited -= limited
        if limited:
            self._answer(429, {"code": 20429, "message": "slow down", "status": 429}, headers={"Retry-After": "30"})
        elif busy:
            self._answer(503, {"code": 20503, "message": "busy", "status": 503})
        elif path == f"{ROUTE}/{MISSING_SID}":
            self._answer(404, {"code": 20404, "message": "not found", "more_info": "", "status": 404})
        else:
            self._answer(200, self._workflow())

    def do_POST(self) -> None:
        path, _ = self._record()
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode())
        name = form.get("FriendlyName", ["unnamed"])[0]
        self._answer(201 if path == ROUTE else 200, self._workflow(friendly_name=name))

    def do_DELETE(self) -> None:
        self._record()
        self._answer(204)


class TaskRouterServer(LoopbackServer):
    def __init__(self) -> None:
        self.state = _State()
        handler = type("Handler", (TaskRouterHandler,), {"state": self.state})
        super().__init__(handler)

    @property
    def requests(self) -> list[tuple[str, str, dict[str, str]]]:
        return self.state.requests

    @property
    def echo(self) -> bool:
        return self.state.echo

    @echo.setter
    def echo(self, value: bool) -> None:
        self.state.echo = value

    def busy(self, times: int) -> None:
        """The next ``times`` fetches of one Workflow answer 503."""
        self.state.busy = times


@pytest.fixture
def taskrouter() -> Iterator[TaskRouterServer]:
    server = TaskRouterServer()
    yield server
    server.stop()


__all__ = ["MISSING_SID", "ROUTE", "SESSION_COOKIE", "WORKFLOW_SID", "TaskRouterServer", "taskrouter"]
