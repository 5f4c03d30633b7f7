"""Paging, as the runtime does it for every list (the spec-derived tests run each list's pages;
these check what no spec says): one page at a time, a limit that stops early and asks for pages no
larger than itself, a next-page link followed on the client's own host only and never with the
credentials elsewhere, a link that repeats or leads back to the first page ends the stream, a bad
limit is refused before sending."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from scenarios import LIST_URL, PAGE_META, WORKFLOW_FULL, WORKSPACE_SID
from support import Recorder, make_client
from taskrouter_client import errors
from taskrouter_client.api.workflows import list_workflow
from taskrouter_client.models import Workflow


def _pages(count: int, per_page: int, next_host: str = "https://taskrouter.twilio.com") -> Recorder:
    """A list answered in ``count`` pages of ``per_page`` Workflows, linked by next_page_url."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("Page", "0"))
        more = page + 1 < count
        link = f"{next_host}/v1/Workspaces/{WORKSPACE_SID}/Workflows?PageSize={per_page}&Page={page + 1}"
        meta = PAGE_META | {
            "page": page,
            "page_size": per_page,
            "next_page_url": f"{link}&PageToken=PT{page + 1}" if more else None,
        }
        items = [WORKFLOW_FULL | {"friendly_name": f"wf {page}.{i}"} for i in range(per_page)]
        return httpx.Response(200, json={"meta": meta, "workflows": items})

    return Recorder(answer)


def test_stream_fetches_one_page_at_a_time_and_stops_at_the_limit() -> None:
    recorder = _pages(count=3, per_page=2)
    with make_client(recorder) as client:
        items = list_workflow.stream(WORKSPACE_SID, client=client, page_size=2)
        assert isinstance(items, Iterator)
        assert recorder.requests == []  # lazy: nothing fetched before the first item is asked for
        first = next(items)
        assert isinstance(first, Workflow) and first.friendly_name == "wf 0.0"
        assert len(recorder.requests) == 1
        assert [w.friendly_name for w in items] == ["wf 0.1", "wf 1.0", "wf 1.1", "wf 2.0", "wf 2.1"]
        assert [str(r.url) for r in recorder.requests][1:] == [
            f"{LIST_URL}?PageSize=2&Page={n}&PageToken=PT{n}" for n in (1, 2)
        ]
        limited = list(list_workflow.stream(WORKSPACE_SID, client=client, page_size=2, limit=3))
    assert [w.friendly_name for w in limited] == ["wf 0.0", "wf 0.1", "wf 1.0"]
    assert len(recorder.requests) == 3 + 2  # the limited stream never asked for the third page


def test_stream_async_pages_the_same_way() -> None:
    recorder = _pages(count=2, per_page=2)

    async def run() -> list[str | None]:
        async with make_client(recorder) as client:
            items = list_workflow.stream_async(WORKSPACE_SID, client=client, page_size=2)
            assert isinstance(items, AsyncIterator)
            return [w.friendly_name async for w in items]

    assert asyncio.run(run()) == ["wf 0.0", "wf 0.1", "wf 1.0", "wf 1.1"]


@pytest.mark.parametrize(
    "host", ["https://attacker.example", "http://taskrouter.twilio.com", "https://taskrouter.twilio.com:8443"]
)
def test_credentials_never_follow_a_next_page_link_elsewhere(host: str) -> None:
    recorder = _pages(count=2, per_page=1, next_host=host)
    with make_client(recorder) as client, pytest.raises(errors.UnsafeLinkError) as caught:
        list(list_workflow.stream(WORKSPACE_SID, client=client))
    assert len(recorder.requests) == 1
    assert host in str(caught.value)


@pytest.mark.parametrize("limit", [-1, True, 1.5])
def test_a_bad_limit_is_refused_before_sending(limit: Any) -> None:
    recorder = _pages(count=1, per_page=1)
    with make_client(recorder) as client, pytest.raises(errors.InvalidRequestError):
        list_workflow.stream(WORKSPACE_SID, client=client, limit=limit)
    assert recorder.requests == []


def test_a_page_link_that_repeats_ends_the_stream() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        meta = PAGE_META | {"next_page_url": f"{LIST_URL}?Page=1&PageToken=same"}
        return httpx.Response(200, json={"meta": meta, "workflows": [WORKFLOW_FULL]})

    recorder = Recorder(answer)
    with make_client(recorder) as client:
        assert len(list(list_workflow.stream(WORKSPACE_SID, client=client))) == 2
    assert len(recorder.requests) == 2


def test_a_link_to_the_global_host_is_read_on_the_client_s_regional_host() -> None:
    """TaskRouter may answer links on taskrouter.twilio.com to a regional client; like the
    official SDK, the next page is fetched on the client's own host, never elsewhere."""
    recorder = _pages(count=2, per_page=1)  # links on https://taskrouter.twilio.com
    client = make_client(recorder, region="ie1", edge="dublin")
    with client:
        assert len(list(list_workflow.stream(WORKSPACE_SID, client=client))) == 2
    assert [r.url.host for r in recorder.requests] == ["taskrouter.dublin.ie1.twilio.com"] * 2


def test_a_limit_asks_for_pages_no_larger_than_it() -> None:
    recorder = _pages(count=1, per_page=3)
    with make_client(recorder) as client:
        list(list_workflow.stream(WORKSPACE_SID, client=client, limit=3))
        list(list_workflow.stream(WORKSPACE_SID, client=client, limit=5000))
        list(list_workflow.stream(WORKSPACE_SID, client=client, limit=2, page_size=7))
        list(list_workflow.stream(WORKSPACE_SID, client=client))
    assert [r.url.params.get("PageSize") for r in recorder.requests] == ["3", "1000", "7", None]


def test_a_link_back_to_the_first_page_ends_the_stream() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        meta = PAGE_META | {"next_page_url": f"{LIST_URL}?PageSize=50&FriendlyName=Sales"}  # the first page, reordered
        return httpx.Response(200, json={"meta": meta, "workflows": [WORKFLOW_FULL]})

    recorder = Recorder(answer)
    with make_client(recorder) as client:
        assert len(list(list_workflow.stream(WORKSPACE_SID, client=client, friendly_name="Sales", page_size=50))) == 1
    assert len(recorder.requests) == 1


def test_a_page_token_resumes_where_an_earlier_listing_stopped() -> None:
    recorder = _pages(count=3, per_page=1)
    with make_client(recorder) as client:
        first = next(iter(list_workflow.pages(WORKSPACE_SID, client=client, page_size=1)))
        assert (len(first.items), first.next_page_token) == (1, "PT1")
        assert repr(first) == "Page(items=1, next_page_token='PT1')"
        token = first.next_page_token
        assert token is not None
        resumed = next(iter(list_workflow.pages(WORKSPACE_SID, client=client, page_token=token)))
    assert recorder.requests[1].url.params["PageToken"] == "PT1"
    assert len(resumed.items) == 1 and len(recorder.requests) == 2
