"""Trial of the 0.3.2 changes as a downstream user (a helper; each test failed on the code it
tried, all fixed since: the Watch's read clock starts on data too and a connection given up mid-
write is aborted; a pool closed under a call lets go of its connection, and aiohttp's "Connector
is closed" before a connection is a never-sent ConnectError; decoding refuses text or an object
where a list is, and so does a request model; body rules carry anyOf members and the properties
of a field's object schema).

- The aiohttp Watch: a server that answers before it has read the request body, then stops
  sending, is bounded only by the call's deadline (never by the read timeout), where aiohttp's
  own read timer (before the Watch) and the httpx backend end the call within the timeouts.
- aclose() racing first calls: on aiohttp the calls end in NetworkError though nothing was sent
  (a create is then not retried and looks as if it may have happened); on httpx they succeed but
  leave their sockets open in a closed pool.
- A new shape (an array of nullable strings, an anyOf of a string and a model): decoding accepts
  a string or an object where the array is, iterating it; a request sends a string as an array of
  its characters; the model member of an anyOf is not checked."""

from __future__ import annotations

import asyncio
import gc
import importlib
import json
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from scenarios import WORKFLOW_FULL, WORKSPACE_SID
from support import LoopbackServer, QuietHandler, generated_package, make_client
from taskrouter_client import errors
from taskrouter_client.api.workflows import update_workflow
from taskrouter_client.client import RetryPolicy
from taskrouter_client.models import UpdateWorkflowRequest

WORKFLOW_SID = "WW" + "1" * 32
BODY = json.dumps(WORKFLOW_FULL).encode()


class _EarlyAnswer:
    """A raw server that reads a request's head, answers a head and the first bytes of a body
    at once without reading the request's body, then sends nothing more."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            head = b""
            while b"\r\n\r\n" not in head:
                head += conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")

    def stop(self) -> None:
        self.sock.close()
        for conn in self.conns:
            conn.close()


@pytest.mark.filterwarnings("ignore:Sending a large body directly:ResourceWarning")
@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_a_server_answering_before_reading_the_body_then_stalling_ends_in_the_timeouts(backend: str) -> None:
    """Read timeout 0.5 s, write timeout 1 s, deadline 5 s; a 64 MiB body the server never reads;
    the head (and a byte of the body) arrives at once, then nothing. httpx ends the call in
    WriteTimeout after ~1 s; aiohttp before the Watch (b7a46b9) in ReadTimeout after ~0.8 s (its
    read timer is armed by the head's arrival). The Watch starts the read clock only once the
    request is sent (aiohttp's start_timeout), which never happens: the call runs to the deadline
    (5 s here, 60 s by default; with RetryPolicy(deadline=None) it never ends)."""
    server = _EarlyAnswer()

    async def main() -> float:
        async with make_client(
            base_url=server.url,
            async_backend=backend,
            timeout=httpx.Timeout(5.0, read=0.5, write=1.0),
            retry=RetryPolicy(max_retries=0, deadline=5.0),
        ) as client:
            start = time.monotonic()
            with pytest.raises(errors.RequestTimeoutError):
                await client.arequest(method="post", url="/v1/upload", content=b"x" * (64 << 20))
            return time.monotonic() - start

    try:
        took = asyncio.run(main())
    finally:
        server.stop()
    assert took < 3.0


class _Answer(QuietHandler):
    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        type(self).seen += 1
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    seen = 0


@pytest.fixture
def answering() -> Iterator[LoopbackServer]:
    _Answer.seen = 0
    server = LoopbackServer(_Answer)
    yield server
    server.stop()


async def _race_aclose(server: LoopbackServer, backend: str) -> list[Any]:
    client = make_client(base_url=server.url, async_backend=backend)
    calls = [
        asyncio.create_task(
            update_workflow.asyncio(
                WORKSPACE_SID, WORKFLOW_SID, client=client, body=UpdateWorkflowRequest(friendly_name="x")
            )
        )
        for _ in range(3)
    ]
    await asyncio.sleep(0)  # each call has started: a pool is made, connections are being opened
    await client.aclose()
    results = await asyncio.gather(*calls, return_exceptions=True)
    await client.aclose()
    return results


def test_aiohttp_aclose_while_first_calls_connect_does_not_fail_calls_never_sent(
    answering: LoopbackServer,
) -> None:
    """The guide: aclose() from another task while a call waits for a connection, the call goes
    out on a new pool (as on the httpx backend, where all three succeed). On aiohttp, calls whose
    connection was being opened end in NetworkError (ReadError: 'Connector is closed.') although
    the server saw none of them: a create is then reported as maybe made, and never retried."""
    results = asyncio.run(_race_aclose(answering, "aiohttp"))
    time.sleep(0.2)
    failed = [r for r in results if isinstance(r, BaseException)]
    assert not failed or _Answer.seen == len(results), (failed, _Answer.seen)


def test_httpx_aclose_while_first_calls_connect_leaves_no_socket_open(answering: LoopbackServer) -> None:
    """On the httpx backend the three calls succeed after aclose() (good) but their connections
    stay open in the closed pool, which the second aclose() no longer knows: three unclosed
    transports (ResourceWarning under -X dev)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        results = asyncio.run(_race_aclose(answering, "httpx"))
        gc.collect()
    assert all(not isinstance(r, BaseException) for r in results)
    leaks = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert leaks == []


# A new shape: a JSON-body PUT and its answer, with an array of nullable strings and an optional
# anyOf of a string and a model.
PART = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
GADGET_SID = "GG" + "a" * 32
GADGET = {"sid": GADGET_SID, "tags": ["a", None], "names": ["a"]}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Gadgets", "version": "9.9.9"},
    "paths": {
        "/v1/Gadgets/{Sid}": {
            "parameters": [
                {
                    "name": "Sid",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": "^GG[0-9a-f]{32}$"},
                }
            ],
            "put": {
                "operationId": "ReplaceGadget",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GadgetRequest"}}},
                },
                "responses": {
                    "200": {
                        "description": "the gadget",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}},
                    }
                },
            },
        }
    },
    "components": {
        "schemas": {
            "Part": PART,
            "GadgetRequest": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "tags": {"type": "array", "items": {"type": ["string", "null"]}},
                    "names": {"type": "array", "items": {"type": "string"}},
                    "detail": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Part"}]},
                },
            },
            "Gadget": {
                "type": "object",
                "required": ["sid", "tags", "names"],
                "properties": {
                    "sid": {"type": "string"},
                    "tags": {"type": "array", "items": {"type": ["string", "null"]}},
                    "names": {"type": "array", "items": {"type": "string"}},
                },
            },
        }
    },
}


@pytest.fixture(scope="module")
def gadgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated from SPEC with `make generate`'s command and templates."""
    with generated_package(SPEC, "gadgets", tmp_path_factory.mktemp("gadgets")) as package:
        yield package


def _gadget_call(package: ModuleType, answer: Any, **fields: Any) -> tuple[Any, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=answer)

    client = package.Client(base_url="http://127.0.0.1", httpx_args={"transport": httpx.MockTransport(handler)})
    operation = importlib.import_module("gadgets_client.api.default.replace_gadget")
    models = importlib.import_module("gadgets_client.models")
    errors_module = importlib.import_module("gadgets_client.errors")
    try:
        result: Any = operation.sync(GADGET_SID, client=client, body=models.GadgetRequest(**fields))
    except errors_module.TaskRouterError as exc:
        result = exc
    finally:
        client.close()
    return result, sent


@pytest.mark.parametrize("wrong", ["abc", {"x": 1, "y": 2}], ids=["string", "object"])
@pytest.mark.parametrize("field", ["names", "tags"])
def test_an_array_answered_as_a_string_or_object_is_a_decode_error(gadgets: ModuleType, field: str, wrong: Any) -> None:
    """`names` (array of string) answered as "abc" is a DecodeError. `tags` (array of nullable
    strings, the union the template reads by annotated assignment) is decoded as ['a', 'b', 'c']
    (or the object's keys): a value the answer does not hold, of a type it did not have."""
    result, _ = _gadget_call(gadgets, GADGET | {field: wrong})
    assert isinstance(result, importlib.import_module("gadgets_client.errors").DecodeError), result


@pytest.mark.parametrize("field", ["names", "tags"])
def test_a_string_for_an_array_is_refused_before_sending(gadgets: ModuleType, field: str) -> None:
    """GadgetRequest(names="ab") is an InvalidRequestError, nothing sent; GadgetRequest(tags="ab")
    is sent as {"tags": ["a", "b"]}."""
    result, sent = _gadget_call(gadgets, GADGET, **{field: "ab"})
    assert isinstance(result, importlib.import_module("gadgets_client.errors").InvalidRequestError), sent
    assert sent == []


def test_the_model_member_of_an_anyof_is_checked_before_sending(gadgets: ModuleType) -> None:
    """detail: anyOf [string, Part]; Part(name=5) breaks Part's `name: string`, yet it is sent
    as {"detail": {"name": 5}} (the rules hold only `type: [string, object]` for the field)."""
    part = importlib.import_module("gadgets_client.models").Part(name=5)
    result, sent = _gadget_call(gadgets, GADGET, detail=part)
    assert isinstance(result, importlib.import_module("gadgets_client.errors").InvalidRequestError), [
        r.content for r in sent
    ]
    assert sent == []
