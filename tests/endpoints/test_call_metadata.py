"""What a success tells besides its body, for every calling form of the generated functions, on
the sync client and both async backends, over a real socket: ``meta(result)`` gives Twilio's
request id, the status, the rate-limit headers parsed and the ETag of the answer that result came
from, without changing the result's type; a ``*_detailed`` Response has the same as ``.meta``,
an API error as ``.meta``; each item of a list has its own page's. The registry behind ``meta``
holds its values weakly, and keeps each call's own answer across threads and event loops."""

from __future__ import annotations

import asyncio
import gc
import threading
from http import HTTPStatus
from typing import Any

import attrs
import httpx
import pytest
from loopback_taskrouter import MISSING_SID, WORKFLOW_SID, TaskRouterServer, taskrouter

from scenarios import WORKSPACE_SID
from taskrouter_client import AuthenticatedClient, CallMeta, RateLimit, RetryPolicy, _metadata, meta
from taskrouter_client.api.workflows import delete_workflow, fetch_workflow, list_workflow
from taskrouter_client.errors import DecodeError, NotFoundError
from taskrouter_client.models import Workflow, WorkflowPage
from taskrouter_client.types import Page, Response

__all__ = ["taskrouter"]


def client_for(server: TaskRouterServer, backend: str = "httpx") -> AuthenticatedClient:
    return AuthenticatedClient(
        username="SK" + "1" * 32, password="not-a-secret", base_url=server.url, async_backend=backend,
        retry=RetryPolicy(max_retries=2, backoff_base=0.001),
    )  # fmt: skip


def answered(server: TaskRouterServer) -> list[str]:
    """The request ids the server gave, in order (its count, as the ``RQ`` ids carry it)."""
    return [f"RQ{number:032x}" for number in range(1, len(server.requests) + 1)]


def check(info: CallMeta, request_id: str, status: int = 200, *, etag: bool = True) -> None:
    assert info.request_id == request_id
    assert info.status_code == status and isinstance(info.status_code, HTTPStatus)
    number = int(request_id[2:], 16)
    assert info.rate_limit == RateLimit(limit=1000, remaining=1000 - number, config="TaskRouter-Workflows")
    assert info.etag == (f'"{number}"' if etag else None)
    assert info.method in ("GET", "DELETE") and info.url.startswith("http://127.0.0.1:")


@pytest.mark.parametrize("backend", ["sync", "httpx", "aiohttp"])
def test_every_calling_form_tells_its_answers_metadata(backend: str, taskrouter: TaskRouterServer) -> None:
    client = client_for(taskrouter, "httpx" if backend == "sync" else backend)
    results: dict[str, Any] = {}
    if backend == "sync":
        with client:
            taskrouter.busy(1)  # a retried call tells its last attempt's answer
            results["plain"] = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
            results["detailed"] = fetch_workflow.sync_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client)
            delete_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)  # (None: typed so)
            results["deleted"] = delete_workflow.sync_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client)
            results["stream"] = list(list_workflow.stream(WORKSPACE_SID, client=client))
            results["pages"] = list(list_workflow.pages(WORKSPACE_SID, client=client))
            results["all"] = list_workflow.all(WORKSPACE_SID, client=client, limit=None)
            results["list"] = list_workflow.sync(WORKSPACE_SID, client=client)
            with pytest.raises(NotFoundError) as caught:
                fetch_workflow.sync(WORKSPACE_SID, MISSING_SID, client=client)
    else:

        async def run() -> None:
            async with client:
                taskrouter.busy(1)
                results["plain"] = await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)
                results["detailed"] = await fetch_workflow.asyncio_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client)
                await delete_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)
                results["deleted"] = await delete_workflow.asyncio_detailed(WORKSPACE_SID, WORKFLOW_SID, client=client)
                results["stream"] = [w async for w in list_workflow.stream_async(WORKSPACE_SID, client=client)]
                results["pages"] = [p async for p in list_workflow.pages_async(WORKSPACE_SID, client=client)]
                results["all"] = await list_workflow.all_async(WORKSPACE_SID, client=client, limit=None)
                results["list"] = await list_workflow.asyncio(WORKSPACE_SID, client=client)
                with pytest.raises(NotFoundError) as found:
                    await fetch_workflow.asyncio(WORKSPACE_SID, MISSING_SID, client=client)
                results["error"] = found.value

        asyncio.run(run())
    ids = answered(taskrouter)
    # 503 then 200 | detailed | delete | delete detailed | stream p0 p1 | pages p0 p1 | all p0 p1 | list | 404
    assert len(ids) == 13

    assert type(results["plain"]) is Workflow  # the result's type is the model's, nothing wrapped
    check(meta(results["plain"]), ids[1])
    detailed = results["detailed"]
    assert isinstance(detailed, Response)
    check(detailed.meta, ids[2])
    assert meta(detailed) == detailed.meta
    check(meta(fetch_workflow.unwrap(detailed)), ids[2])
    check(meta(detailed.parsed), ids[2])

    with pytest.raises(LookupError, match=r"None was not returned by a call.*\*_detailed"):
        meta(None)  # what a delete returns
    check(results["deleted"].meta, ids[4], 204)

    for found, first in ((results["stream"], 5), (results["all"], 9)):
        assert [type(item) for item in found] == [Workflow, Workflow]
        check(meta(found[0]), ids[first], etag=False)
        check(meta(found[1]), ids[first + 1], etag=False)  # each item: its own page's answer
    pages = results["pages"]
    assert [type(page) for page in pages] == [Page, Page]
    check(meta(pages[0]), ids[7], etag=False)
    check(meta(pages[1]), ids[8], etag=False)
    check(meta(pages[0].items[0]), ids[7], etag=False)
    assert type(results["list"]) is WorkflowPage
    check(meta(results["list"]), ids[11], etag=False)
    check(meta(results["list"].workflows[0]), ids[11], etag=False)  # items of a page model: the page's

    error = caught.value if backend == "sync" else results["error"]
    check(error.meta, ids[12], 404)
    assert meta(error) == error.meta


def test_meta_refuses_what_no_call_returned(taskrouter: TaskRouterServer) -> None:
    with client_for(taskrouter) as client:
        workflow = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
    copy = attrs.evolve(workflow)
    for value in (copy, Workflow.from_dict(workflow.to_dict()), None):
        with pytest.raises(LookupError, match="was not returned by a call of this client"):
            meta(value)
    for other in (3, "text", [workflow], {"sid": workflow.sid}):
        with pytest.raises(LookupError, match=r"cannot carry a call's metadata: use the call's \*_detailed form"):
            meta(other)
    assert meta(workflow).request_id == answered(taskrouter)[0]


def test_the_registry_lets_go_of_its_values(taskrouter: TaskRouterServer) -> None:
    before = len(_metadata._ORIGINS)
    with client_for(taskrouter) as client:
        kept = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
        for _ in range(50):
            fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
            list_workflow.all(WORKSPACE_SID, client=client, limit=None)
    gc.collect()
    assert len(_metadata._ORIGINS) == before + 1  # only the value still held
    assert meta(kept).request_id == answered(taskrouter)[0]
    del kept
    gc.collect()
    assert len(_metadata._ORIGINS) == before


def test_each_thread_and_event_loop_gets_its_own_calls_metadata(taskrouter: TaskRouterServer) -> None:
    """The server answers ``RQ`` + the call's own ``X-Call`` header: a result tells its own call's."""
    client = client_for(taskrouter)
    wrong: list[str] = []

    def work(name: str) -> None:
        for n in range(20):
            call = f"{name}x{n}"
            workflow = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client, headers={"X-Call": call})
            if meta(workflow).request_id != f"RQ{call}":
                wrong.append(call)

    async def loop_work(name: str) -> None:
        async def one(n: int) -> None:
            call = f"{name}y{n}"
            found = await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client, headers={"X-Call": call})
            if meta(found).request_id != f"RQ{call}":
                wrong.append(call)

        await asyncio.gather(*(one(n) for n in range(20)))

    threads = [threading.Thread(target=work, args=(f"t{i}",)) for i in range(4)]
    threads += [threading.Thread(target=lambda i=i: asyncio.run(loop_work(f"l{i}"))) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    assert wrong == []
    assert len(taskrouter.requests) == 4 * 20 + 2 * 20


@pytest.mark.parametrize(
    ("limit", "remaining", "rate_limit"),
    [
        ("100", "7", RateLimit(100, 7, "cfg")),
        (" 100 ", "-1", RateLimit(100, None, "cfg")),  # not a whole number: None, the text in headers
        ("lots", "", RateLimit(None, None, "cfg")),
    ],
)
def test_rate_limit_headers_are_read_as_whole_numbers_or_none(
    limit: str, remaining: str, rate_limit: RateLimit
) -> None:
    headers = {"X-Rate-Limit-Limit": limit, "X-Rate-Limit-Remaining": remaining, "X-Rate-Limit-Config": "cfg"}
    info = CallMeta.of(200, headers, "GET", "https://x.test/")
    assert info.rate_limit == rate_limit
    assert info.headers["X-Rate-Limit-Limit"] == limit
    assert CallMeta.of(200, {}, "GET", "https://x.test/").rate_limit is None


def test_an_answer_that_breaks_the_spec_tells_its_request_id() -> None:
    """A success whose body does not decode (the API did act): its request id is the one to give
    Twilio support."""
    headers = {"Twilio-Request-Id": "RQ" + "d" * 32, "Content-Type": "application/json"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"{not json", headers=headers))
    client = AuthenticatedClient(username="SK" + "1" * 32, password="p" * 8, httpx_args={"transport": transport})
    with client, pytest.raises(DecodeError) as caught:
        fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
    assert caught.value.accepted and meta(caught.value).request_id == "RQ" + "d" * 32


def test_call_metadata_is_a_read_only_value(taskrouter: TaskRouterServer) -> None:
    with client_for(taskrouter) as client:
        workflow = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
    told = meta(workflow)
    assert told.headers["twilio-request-id"] == told.request_id
    with pytest.raises(TypeError):
        told.headers["twilio-request-id"] = "RQ-changed"  # type: ignore[index]
    assert meta(workflow) == told and hash(meta(workflow)) == hash(told)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        told.request_id = "RQ-changed"  # type: ignore[misc]
