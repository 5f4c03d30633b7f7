"""A stand-in for TaskRouter in the tests of the code that uses this package: an httpx transport
that answers each operation like the API, records the calls, and gives the answers and errors a
test sets. No network, no new dependency; sync and async clients alike. Copied from
templates/runtime/testing.py by `make generate`; do not edit the generated copy.

    stub = StubTransport()
    client = stub.client()
    stub.answer("create_workflow", {**stub.default("create_workflow"), "friendly_name": "Sales"})
    stub.queue("list_workflow", first_page, last_page)  # the pages of a list, in order
    stub.fail("fetch_task_queue", 404, code=20404, message="not found")
    ...  # the code under test, given ``client``
    assert [call.operation for call in stub.calls] == ["create_workflow", "fetch_task_queue"]

An operation is named by its endpoint module (``create_workflow``) or its operationId
(``CreateWorkflow``). Without an answer set, it answers its first success status with the spec's
example of that answer (a list: one page, no next page); an operation whose spec gives no example
answers 501, saying so, until the test sets one. A request no operation matches answers 404, in
Twilio's error shape. Every answer carries a ``Twilio-Request-Id`` of its own, ``RQ`` and the call's
number in 32 hex digits (the same in every run of a test; ``answer(headers=...)`` may give another),
so ``meta(result).request_id`` is what it is against the API.
"""

import copy
import json
import re
from collections.abc import Mapping
from typing import Any

import httpx
from attrs import frozen

from ._config import without_secrets
from ._examples import ANSWERS
from ._rules import OPERATIONS
from .client import AuthenticatedClient, RetryPolicy


@frozen
class StubCall:
    """One request the stub answered: the ``operation`` (endpoint name; None when none matched),
    its ``method``, ``url``, query ``params`` (``httpx.QueryParams``: ``params["Page"]``, and
    ``params.get_list("AssignmentStatus")`` for a repeated one), ``body`` (a form's fields as
    ``httpx.QueryParams`` too, or the JSON document, or None) and ``headers`` (without
    ``Authorization``, ``Cookie`` or ``Proxy-Authorization``)."""

    operation: str | None
    method: str
    url: str
    params: httpx.QueryParams
    body: Any
    headers: dict[str, str]


def _route_pattern(route: str) -> re.Pattern[str]:
    return re.compile(
        "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"({[^}]+})", route))
    )


class StubTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers every operation of the spec as TaskRouter does, or as a test says (see the module)."""

    def __init__(self) -> None:
        self.calls: list[StubCall] = []
        self._answers: dict[str, tuple[int, Any, dict[str, str]]] = {}
        self._queued: dict[str, list[tuple[int, Any, dict[str, str]]]] = {}
        # (a route with fewer parameters first: .../TaskQueues/Statistics before .../TaskQueues/{Sid})
        by_parameters = sorted(OPERATIONS.items(), key=lambda item: item[1]["route"].count("{"))
        self._routes = [(name, table["method"], _route_pattern(table["route"])) for name, table in by_parameters]

    # --- What the test sets ---------------------------------------------------------------------

    def operation(self, name: str) -> str:
        """The endpoint name of an endpoint name or operationId; a KeyError names an unknown one."""
        if name in OPERATIONS:
            return name
        for endpoint, table in OPERATIONS.items():
            if table["operation_id"] == name:
                return endpoint
        raise KeyError(f"no operation {name!r} in the spec")

    def default(self, operation: str) -> Any:
        """A copy of the spec's example answer of ``operation`` (None for an answer without a body,
        or without an example)."""
        return copy.deepcopy(ANSWERS[self.operation(operation)][1])

    def answer(
        self, operation: str, body: Any = None, *, status: int | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        """From now on, ``operation`` answers ``body`` (JSON; None: the spec's example) with
        ``status`` (None: its success status) and ``headers``."""
        name = self.operation(operation)
        self._answers[name] = self._made(name, body, status, headers)

    def queue(self, operation: str, *bodies: Any, status: int | None = None) -> None:
        """The next calls of ``operation`` answer ``bodies``, one each, in order (the pages of a
        list, linked by their ``meta.next_page_url``); then the answer set, or the default."""
        name = self.operation(operation)
        self._queued.setdefault(name, []).extend(self._made(name, body, status, None) for body in bodies)

    def _made(
        self, name: str, body: Any, status: int | None, headers: Mapping[str, str] | None
    ) -> tuple[int, Any, dict[str, str]]:
        success, example, _ = ANSWERS[name]
        try:
            json.dumps(body)
        except (TypeError, ValueError):
            raise TypeError(
                f"an answer is JSON (dicts, lists, text, numbers, None), not {type(body).__name__}: use its to_dict()"
            ) from None
        return (
            success if status is None else status,
            copy.deepcopy(example) if body is None else body,
            dict(headers or {}),
        )

    def fail(self, operation: str, status: int, *, code: int | None = None, message: str = "refused") -> None:
        """From now on, ``operation`` answers ``status`` with Twilio's error body: the client raises
        its typed error (``NotFoundError`` for 404, ``RateLimitError`` for 429, ...)."""
        body = {"code": code or 20000 + status, "message": message, "more_info": "", "status": status}
        self.answer(operation, body, status=status)

    def reset(self) -> None:
        """Forget the calls and the answers set or queued."""
        self.calls.clear()
        self._answers.clear()
        self._queued.clear()

    def calls_to(self, operation: str) -> list[StubCall]:
        name = self.operation(operation)
        return [call for call in self.calls if call.operation == name]

    def client(self, **kwargs: Any) -> AuthenticatedClient:
        """A client whose calls this stub answers (test credentials, no retries unless given)."""
        kwargs.setdefault("retry", RetryPolicy(max_retries=0))
        httpx_args = {**kwargs.pop("httpx_args", {}), "transport": self}
        return AuthenticatedClient(
            username="AC" + "0" * 32,
            password="stub-token",
            account_sid="AC" + "0" * 32,
            httpx_args=httpx_args,
            **kwargs,
        )

    # --- Answering ------------------------------------------------------------------------------

    def _respond(self, request: httpx.Request) -> httpx.Response:
        name = next(
            (
                name
                for name, method, pattern in self._routes
                if method == request.method and pattern.fullmatch(request.url.path)
            ),
            None,
        )
        self.calls.append(
            StubCall(
                name,
                request.method,
                str(request.url),
                request.url.params,
                _body(request),
                without_secrets(request.headers),
            )
        )
        if name is None:
            body = {"code": 20404, "message": f"no operation for {request.method} {request.url.path}", "status": 404}
            return httpx.Response(404, json=body)
        if self._queued.get(name):
            status, answer, headers = self._queued[name].pop(0)
        elif name in self._answers:
            status, answer, headers = self._answers[name]
        else:
            status, answer, missing = ANSWERS[name]
            headers = {}
            if missing:
                message = f"the spec has no example answer for {name}: set one with StubTransport.answer()"
                return httpx.Response(501, json={"code": 20501, "message": message, "status": 501})
        if not any(name.lower() == "twilio-request-id" for name in headers):
            headers = {"Twilio-Request-Id": f"RQ{len(self.calls):032x}", **headers}
        if answer is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(
            status, content=json.dumps(answer).encode(), headers={"Content-Type": "application/json", **headers}
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._respond(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._respond(request)


def _body(request: httpx.Request) -> Any:
    if not request.content:
        return None
    kind = request.headers.get("Content-Type", "")
    if kind.startswith("application/json"):
        return json.loads(request.content)
    return httpx.QueryParams(request.content.decode())


__all__ = ["StubCall", "StubTransport"]
