"""Tracing with OpenTelemetry's own instrumentations (test tools here, never the package's
dependencies): each attempt of a call is a client span with the standard HTTP attributes, and its
trace context reaches the server, on every backend. On the sync client and the default async
backend, ``opentelemetry-instrumentation-httpx`` instruments httpx's own transports, which the
retrying transport calls once per attempt; the aiohttp backend sends through aiohttp, which
``opentelemetry-instrumentation-aiohttp-client`` instruments (httpx's instrumentation cannot see
it: no httpx transport sends those requests)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from loopback_taskrouter import ROUTE, WORKFLOW_SID, TaskRouterServer, taskrouter
from opentelemetry.instrumentation.aiohttp_client import AioHttpClientInstrumentor
from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from scenarios import WORKSPACE_SID
from taskrouter_client import AuthenticatedClient, RetryPolicy
from taskrouter_client.api.workflows import create_workflow, fetch_workflow
from taskrouter_client.models import CreateWorkflowRequest

__all__ = ["taskrouter"]

CONFIGURATION = '{"task_routing": {"filters": [], "default_filter": {"queue": "WQ' + "b" * 32 + '"}}}'


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    """Both instrumentations on, for this test only, exporting to memory."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    httpx_instrumentor, aiohttp_instrumentor = HTTPXClientInstrumentor(), AioHttpClientInstrumentor()
    httpx_instrumentor.instrument(tracer_provider=provider)
    aiohttp_instrumentor.instrument(tracer_provider=provider)
    try:
        yield exporter
    finally:
        httpx_instrumentor.uninstrument()
        aiohttp_instrumentor.uninstrument()
        provider.shutdown()


def attribute(span: ReadableSpan, *names: str) -> Any:
    """The first of ``names`` the span has: the stable HTTP semantic conventions' name, or the
    older one (the instrumentations emit either, as ``OTEL_SEMCONV_STABILITY_OPT_IN`` says)."""
    attributes = span.attributes or {}
    for name in names:
        if name in attributes:
            return attributes[name]
    raise AssertionError(f"{span.name} has none of {names}: {dict(attributes)}")


def calls(client: AuthenticatedClient, server: TaskRouterServer, backend: str) -> None:
    body = CreateWorkflowRequest(friendly_name="Sales", configuration=CONFIGURATION)
    server.busy(1)
    if backend == "sync":
        with client:
            fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
            create_workflow.sync(WORKSPACE_SID, client=client, body=body)
        return

    async def run() -> None:
        async with client:
            await fetch_workflow.asyncio(WORKSPACE_SID, WORKFLOW_SID, client=client)
            await create_workflow.asyncio(WORKSPACE_SID, client=client, body=body)

    asyncio.run(run())


@pytest.mark.parametrize("backend", ["sync", "httpx", "aiohttp"])
def test_each_attempt_is_a_client_span_with_the_standard_http_attributes(
    backend: str, taskrouter: TaskRouterServer, spans: InMemorySpanExporter
) -> None:
    client = AuthenticatedClient(
        username="SK" + "1" * 32,
        password="not-a-secret",
        base_url=taskrouter.url,
        retry=RetryPolicy(max_retries=2, backoff_base=0.001),
        async_backend="httpx" if backend == "sync" else backend,
    )
    calls(client, taskrouter, backend)

    finished = sorted(spans.get_finished_spans(), key=lambda span: span.start_time or 0)
    fetched = f"{taskrouter.url}{ROUTE}/{WORKFLOW_SID}"
    found = [
        (
            attribute(span, "http.request.method", "http.method"),
            attribute(span, "url.full", "http.url"),
            attribute(span, "http.response.status_code", "http.status_code"),
        )
        for span in finished
    ]
    assert found == [("GET", fetched, 503), ("GET", fetched, 200), ("POST", f"{taskrouter.url}{ROUTE}", 201)]
    assert all(span.kind is SpanKind.CLIENT for span in finished)
    assert finished[0].status.status_code is StatusCode.ERROR  # a 5xx answer marks its attempt's span

    # each attempt carried its own span's context to the server
    sent = [(headers.get("traceparent") or "").split("-")[1:3] for _, _, headers in taskrouter.requests]
    expected = [[f"{span.context.trace_id:032x}", f"{span.context.span_id:016x}"] for span in finished]
    assert sent == expected
