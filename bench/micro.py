"""The in-memory micro-benchmarks of `make bench`: what the client's safety costs, as ratios against a
baseline measured in the same run (machines here are noisy, so absolute times are only context).

- decode: the generated model's plain ``from_dict`` (baseline) vs this client's strict decode
  (JSON parse + from_dict + type check of every attribute, date coercion).
- create, sync: a bare ``httpx.Client.post`` + ``json.loads`` (baseline) vs ``create_workflow.sync``
  (input checks, retrying transport, typed decode), both over an in-memory transport.
- create, async x200: 200 concurrent creates, bare ``httpx.AsyncClient`` vs ``create_workflow.asyncio``.
- memory: peak traced allocation while decoding and keeping 5,000 Workflows, plain vs strict.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "tests")]

import httpx  # noqa: E402

from scenarios import REQUEST_FIELDS, WORKFLOW_FULL, WORKSPACE_SID  # noqa: E402
from taskrouter_client import AuthenticatedClient  # noqa: E402
from taskrouter_client._decoding import decode_model  # noqa: E402
from taskrouter_client.api.workflows import create_workflow  # noqa: E402
from taskrouter_client.models import CreateWorkflowRequest, Workflow  # noqa: E402

BODY = json.dumps(WORKFLOW_FULL).encode()
PATH = f"/v1/Workspaces/{WORKSPACE_SID}/Workflows"
FORM = CreateWorkflowRequest(**REQUEST_FIELDS).to_dict()


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(201, content=BODY, headers={"Content-Type": "application/json"})


def best_of(function: Callable[[], object], number: int, repeat: int = 7) -> float:
    """Seconds per call: the best of ``repeat`` rounds of ``number`` calls."""
    return min(timeit.repeat(function, number=number, repeat=repeat)) / number


def bench_decode() -> dict[str, float]:
    response = httpx.Response(201, content=BODY)

    def plain() -> Workflow:
        return Workflow.from_dict(json.loads(BODY))

    def strict() -> Workflow:
        return decode_model(Workflow, response)

    return {"baseline_s": best_of(plain, 2000), "client_s": best_of(strict, 2000)}


def bench_sync_create() -> dict[str, float]:
    bare = httpx.Client(base_url="https://taskrouter.twilio.com", transport=httpx.MockTransport(answer))
    client = AuthenticatedClient(
        username="AC" + "a" * 32, password="x", httpx_args={"transport": httpx.MockTransport(answer)}
    )
    body = CreateWorkflowRequest(**REQUEST_FIELDS)

    def baseline() -> object:
        return json.loads(bare.post(PATH, data=FORM, auth=("AC" + "a" * 32, "x")).content)

    def ours() -> Workflow:
        return create_workflow.sync(WORKSPACE_SID, client=client, body=body)

    with bare, client:
        return {"baseline_s": best_of(baseline, 300), "client_s": best_of(ours, 300)}


def bench_async_creates(concurrency: int = 200) -> dict[str, float]:
    body = CreateWorkflowRequest(**REQUEST_FIELDS)

    async def baseline() -> None:
        async with httpx.AsyncClient(
            base_url="https://taskrouter.twilio.com", transport=httpx.MockTransport(answer)
        ) as bare:

            async def one() -> object:
                return json.loads((await bare.post(PATH, data=FORM, auth=("AC" + "a" * 32, "x"))).content)

            await asyncio.gather(*(one() for _ in range(concurrency)))

    async def ours() -> None:
        client = AuthenticatedClient(
            username="AC" + "a" * 32, password="x", httpx_args={"transport": httpx.MockTransport(answer)}
        )
        async with client:
            await asyncio.gather(
                *(create_workflow.asyncio(WORKSPACE_SID, client=client, body=body) for _ in range(concurrency))
            )

    def timed(run: Callable[[], Any]) -> float:
        rounds = []
        for _ in range(7):
            start = time.perf_counter()
            asyncio.run(run())
            rounds.append(time.perf_counter() - start)
        return min(rounds)

    return {"baseline_s": timed(baseline), "client_s": timed(ours), "concurrency": float(concurrency)}


def bench_memory(count: int = 5000) -> dict[str, float]:
    response = httpx.Response(201, content=BODY)

    def peak(build: Callable[[], object]) -> float:
        tracemalloc.start()
        kept = [build() for _ in range(count)]
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del kept
        return float(top)

    def plain_build() -> Workflow:
        return Workflow.from_dict(json.loads(BODY))

    def strict_build() -> Workflow:
        return decode_model(Workflow, response)

    peak(plain_build), peak(strict_build)  # warm-up: caches and interned strings settle first
    plain, strict = peak(plain_build), peak(strict_build)
    return {"baseline_bytes": plain, "client_bytes": strict, "count": float(count)}


def run() -> dict[str, dict[str, float]]:
    """Every micro-benchmark; each entry has its baseline, the client's figure and their ratio."""
    results = {
        "decode": bench_decode(),
        "create_sync": bench_sync_create(),
        "create_async_x200": bench_async_creates(),
        "memory_5000_workflows": bench_memory(),
    }
    for figures in results.values():
        if "baseline_s" in figures:
            figures["ratio"] = figures["client_s"] / figures["baseline_s"]
        else:
            figures["ratio"] = figures["client_bytes"] / figures["baseline_bytes"]
    return results
