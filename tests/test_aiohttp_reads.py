"""The aiohttp backend reads answers into one buffer per event loop (client.py, ``Protocol``: a
buffered protocol, which asyncio reads with ``recv_into``), where asyncio allocated 256 KiB for
each arrival of data. Every connection of every pool of the loop shares that buffer, so these
tests hold it to what matters: answers larger than it, in many pieces, and many answers at once on many
connections, each arrive whole and each to its own call."""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Iterator
from typing import Any

import pytest

from support import LoopbackServer, QuietHandler, make_client, named_bytes, tls_loopback_server
from taskrouter_client import client as client_module

pytest.importorskip("aiohttp")


class _Sized(QuietHandler):
    """``/NAME/SIZE/PIECES``: SIZE bytes made from NAME, written in PIECES parts with a pause
    between them (so they arrive as separate reads)."""

    def do_GET(self) -> None:
        _, name, size, pieces = self.path.split("/")
        body = named_bytes(name, int(size))
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        step = -(-len(body) // int(pieces))
        for start in range(0, len(body), step):
            self.wfile.write(body[start : start + step])
            self.wfile.flush()
            time.sleep(0.002)


@pytest.fixture(scope="module")
def sized() -> Iterator[LoopbackServer]:
    server = LoopbackServer(_Sized)
    yield server
    server.stop()


def test_an_answer_larger_than_the_buffer_arrives_whole(sized: LoopbackServer) -> None:
    size = 3 * client_module._READ_BUFFER_SIZE + 12345

    async def main() -> bytes:
        async with make_client(base_url=sized.url, async_backend="aiohttp") as client:
            return (await client.arequest(method="get", url=f"/big/{size}/7")).content

    assert asyncio.run(main()) == named_bytes("big", size)


def test_many_answers_at_once_each_to_its_own_call(sized: LoopbackServer) -> None:
    """40 calls at once on up to 40 connections of two clients (two pools), answers of 1 byte to
    600 KiB in 1 to 9 pieces: every call gets exactly its own bytes, although one buffer took them
    all in."""
    calls = [(f"c{index}", (index * 15013) % (600 * 1024) + 1, index % 9 + 1) for index in range(40)]

    async def main() -> list[bytes]:
        clients = [make_client(base_url=sized.url, async_backend="aiohttp") for _ in range(2)]
        answers = await asyncio.gather(
            *(
                clients[index % 2].arequest(method="get", url=f"/{name}/{size}/{pieces}")
                for index, (name, size, pieces) in enumerate(calls)
            )
        )
        protocols = []
        for client in clients:
            pool = await client._async_client()
            transport: Any = pool._transport_for_url(pool.base_url)
            connector = transport._async_transport.client.connector
            held = [protocol for key in connector._conns for protocol, _ in connector._conns[key]]
            assert len(held) > 1  # several connections in each pool
            protocols += held
            await client.aclose()
        assert all(isinstance(protocol, asyncio.BufferedProtocol) for protocol in protocols)
        assert len({id(protocol._read_buffer.obj) for protocol in protocols}) == 1
        return [answer.content for answer in answers]

    assert asyncio.run(main()) == [named_bytes(name, size) for name, size, _ in calls]


@pytest.fixture(scope="module")
def sized_tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LoopbackServer, ssl.SSLContext]]:
    """``_Sized`` over TLS (a self-signed certificate for 127.0.0.1)."""
    server, trusted = tls_loopback_server(_Sized, tmp_path_factory.mktemp("tls"))
    yield server, trusted
    server.stop()


def test_answers_over_tls_arrive_whole(sized_tls: tuple[LoopbackServer, ssl.SSLContext]) -> None:
    """Over TLS, asyncio's SSL layer decrypts into the same buffer (it reads into a buffered
    protocol's buffer too): a large answer in pieces and concurrent answers arrive intact."""
    server, trusted = sized_tls
    calls = [("tls-big", 2 * client_module._READ_BUFFER_SIZE + 999, 5)] + [(f"t{i}", 70000 + i, 3) for i in range(8)]

    async def main() -> list[bytes]:
        async with make_client(base_url=server.url, async_backend="aiohttp", verify_ssl=trusted) as client:
            answers = await asyncio.gather(
                *(client.arequest(method="get", url=f"/{name}/{size}/{pieces}") for name, size, pieces in calls)
            )
            return [answer.content for answer in answers]

    assert asyncio.run(main()) == [named_bytes(name, size) for name, size, _ in calls]
