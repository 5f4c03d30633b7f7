"""The aiohttp backend (``async_backend="aiohttp"``) against httpx's own, on real loopback sockets:
the same header lines on the wire (names as written, in httpx's order, names differing only in
case all sent), the same answer handed over (status, headers, body, bytes downloaded, framing,
encodings, redirects, cookies, retries), a call of the client's own read whole and any other
request streamed, and bodies that arrive whole and each to its own call: larger than any read
buffer, many at once (read whole, delimited by EOF, chunked, streamed to a slow reader), over TLS
and through an HTTP proxy (forwarded and tunnelled). Each runs on both backends, or compares them."""

from __future__ import annotations

import asyncio
import datetime
import gzip
import json
import pickle
import select
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Awaitable, Iterator
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx
import pytest

import support
from scenarios import WORKFLOW_FULL
from support import LoopbackServer, QuietHandler, make_client, named_bytes, tls_loopback_server
from taskrouter_client import AuthenticatedClient
from taskrouter_client.client import RetryPolicy
from taskrouter_client.errors import NetworkError

BODY = json.dumps(WORKFLOW_FULL).encode()
BIG = 256 * 1024  # more than asyncio reads from a socket at once, and than aiohttp's read buffer


# --- The wire: header lines and answers, aiohttp against httpx ------------------------------------


class _Canned(QuietHandler):
    """Answers each request with the next of ``answers``: raw HTTP/1.1 bytes, written as they are
    (so a test can send framings BaseHTTPRequestHandler would not), and keeps each request's
    header lines as received (names as the client wrote them)."""

    answers: ClassVar[list[bytes]] = []
    seen: ClassVar[list[list[tuple[str, str]]]] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        type(self).seen.append(list(self.headers.items()))
        answer = type(self).answers.pop(0) if type(self).answers else b"HTTP/1.1 500 X\r\nContent-Length: 0\r\n\r\n"
        self.wfile.write(answer)
        self.wfile.flush()
        if b"\r\nConnection: close\r\n" in answer.partition(b"\r\n\r\n")[0] + b"\r\n":
            self.close_connection = True

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = _answer


@pytest.fixture
def canned() -> Iterator[LoopbackServer]:
    _Canned.answers, _Canned.seen = [], []
    server = LoopbackServer(_Canned)
    yield server
    server.stop()


def _head(status: str, *headers: str, body: bytes = b"") -> bytes:
    return ("HTTP/1.1 " + status + "\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n").encode("latin-1") + body


def _json_answer(status: str = "200 OK") -> bytes:
    return _head(status, "Content-Type: application/json", f"Content-Length: {len(BODY)}", body=BODY)


def _asend(client: AuthenticatedClient, method: str, path: str, **request: Any) -> httpx.Response:
    """One call through the client's own async send path, on a fresh event loop."""

    async def run() -> httpx.Response:
        async with client:
            return await support.asend(client, method, path, **request)

    return asyncio.run(run())


@pytest.mark.parametrize("where", ["call", "client"])
def test_header_names_differing_only_in_case_are_all_sent(backend: str, where: str, canned: LoopbackServer) -> None:
    """``{"X-A": "1", "x-a": "2"}``, given to a call or to the client: the server gets both
    values, as httpx sends them (aiohttp on its own keeps only the last spelling's)."""
    headers = {"X-A": "1", "x-a": "2"}
    _Canned.answers = [_head("200 OK", "Content-Length: 0")]
    if where == "call":
        client = make_client(base_url=canned.url, async_backend=backend)
        _asend(client, "GET", "/v1/x", headers=headers)
    else:
        client = make_client(base_url=canned.url, async_backend=backend, headers=headers)
        _asend(client, "GET", "/v1/x")
    (seen,) = _Canned.seen
    assert [value for name, value in seen if name.lower() == "x-a"] == ["1", "2"]


def test_aiohttp_sends_the_header_names_httpx_sends(canned: LoopbackServer) -> None:
    """Names as written, in httpx's order: the server sees the same header lines on both
    backends, for a create with a form body and call headers."""
    lines = {}
    for backend in ("httpx", "aiohttp"):
        _Canned.answers, _Canned.seen = [_json_answer("201 Created")], []
        client = make_client(base_url=canned.url, async_backend=backend)
        _asend(client, "POST", "/v1/x", data={"FriendlyName": "a b"}, headers={"X-Trace-Id": "t"})
        lines[backend] = _Canned.seen[0]
    assert lines["aiohttp"] == lines["httpx"]
    assert ("X-Trace-Id", "t") in lines["aiohttp"] and "User-Agent" in dict(lines["aiohttp"])


_GZIPLESS = json.dumps({"a": "ü" * 20}).encode()
_HALF = len(BODY) // 2
ANSWERS: dict[str, tuple[str, list[bytes]]] = {
    "plain": ("get", [_json_answer()]),
    "gzip": (
        "get",
        [
            _head(
                "200 OK",
                "Content-Type: application/json",
                "Content-Encoding: gzip",
                f"Content-Length: {len(gzip.compress(BODY))}",
                body=gzip.compress(BODY),
            )
        ],
    ),
    "deflate": (
        "get",
        [
            _head(
                "200 OK",
                "Content-Encoding: deflate",
                f"Content-Length: {len(zlib.compress(_GZIPLESS))}",
                body=zlib.compress(_GZIPLESS),
            )
        ],
    ),
    "unknown_encoding": ("get", [_head("200 OK", "Content-Encoding: x-mine", "Content-Length: 3", body=b"abc")]),
    "chunked": (
        "get",
        [
            _head(
                "200 OK",
                "Content-Type: application/json",
                "Transfer-Encoding: chunked",
                body=b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (_HALF, BODY[:_HALF], len(BODY) - _HALF, BODY[_HALF:]),
            )
        ],
    ),
    "until_close": ("get", [_head("200 OK", "Connection: close", body=b"all of it")]),
    "empty": ("get", [_head("200 OK", "Content-Length: 0")]),
    "no_content": ("delete", [_head("204 No Content")]),
    "not_modified": ("get", [_head("304 Not Modified", "Content-Length: 10")]),
    "head": ("head", [_head("200 OK", "Content-Type: application/json", "Content-Length: 50")]),
    "latin1_and_utf8_header_values": (
        "get",
        [
            _head("200 OK", "X-L: caf\xe9", "Content-Length: 2", body=b"ok"),
            _head("200 OK", "X-U: caf\xc3\xa9", "Content-Length: 2", body=b"ok"),
        ],
    ),
    "redirect_with_cookie": (
        "get",
        [_head("302 Found", "Location: /v1/next", "Set-Cookie: a=1; Path=/", "Content-Length: 2", body=b"hi")],
    ),
    "retried_429": (
        "get",
        [_head("429 Too Many Requests", "Retry-After: 0", "Content-Length: 4", body=b"slow"), _json_answer()],
    ),
    "retried_503": ("get", [_head("503 Service Unavailable", "Content-Length: 4", body=b"busy"), _json_answer()]),
}


def _seen(response: httpx.Response) -> tuple[Any, ...]:
    """What a caller can see of an answer (its Date and Server headers aside), the bytes
    downloaded apart."""
    return (
        response.status_code,
        [pair for pair in response.headers.raw if pair[0].lower() not in (b"date", b"server")],
        response.headers.encoding,
        response.content,
        response.is_closed and response.is_stream_consumed,
        response.next_request and response.next_request.url.path,
        response.elapsed >= datetime.timedelta(0),
        pickle.loads(pickle.dumps(response)).content,
    )


def _answers_on_each_way(server: LoopbackServer, name: str) -> dict[str, tuple[list[httpx.Response], dict[str, str]]]:
    """The answers to the calls of ``ANSWERS[name]`` (one, or two for two answers) and the cookie
    jar after them, on aiohttp, on httpx's own async transport and on the sync client."""
    method, answers = ANSWERS[name]
    calls = 2 if name.startswith("latin1") else 1

    def client(backend: str) -> AuthenticatedClient:
        _Canned.answers = list(answers)
        retry = RetryPolicy(max_retries=2, backoff_base=0)
        return make_client(base_url=server.url, async_backend=backend, retry=retry)

    async def fetch(client: AuthenticatedClient) -> tuple[list[httpx.Response], dict[str, str]]:
        async with client:
            responses = [await support.asend(client, method, "/v1/x") for _ in range(calls)]
            return responses, dict(client.get_async_httpx_client().cookies)

    found = {backend: asyncio.run(fetch(client(backend))) for backend in ("httpx", "aiohttp")}
    with client("httpx") as sync_client:
        responses = [support.send(sync_client, method, "/v1/x") for _ in range(calls)]
        found["sync"] = (responses, dict(sync_client.get_httpx_client().cookies))
    return found


@pytest.mark.parametrize("name", ANSWERS)
def test_an_answer_read_whole_by_aiohttp_is_the_one_httpx_gives(name: str, canned: LoopbackServer) -> None:
    """Status, headers (and their encoding: a chunked answer gets no Content-Length made up),
    body (a gzip one decoded by httpx), read and closed, the redirect not followed and the cookie
    it set, retries: the same on aiohttp as on httpx's own async transport and on the sync
    client."""
    found = {
        way: ([_seen(response) for response in responses], jar)
        for way, (responses, jar) in _answers_on_each_way(canned, name).items()
    }
    assert found["aiohttp"] == found["httpx"] == found["sync"]
    if name in ("plain", "gzip", "chunked"):
        (answer,) = found["aiohttp"][0]
        assert json.loads(answer[3]) == WORKFLOW_FULL
        assert (b"content-length" in {pair[0].lower() for pair in answer[1]}) is (name != "chunked")


@pytest.mark.parametrize("name", ["plain", "gzip", "chunked", "until_close", "empty"])
def test_an_answer_read_whole_by_aiohttp_counts_the_bytes_downloaded_as_httpx_does(
    name: str, canned: LoopbackServer
) -> None:
    """``response.num_bytes_downloaded``: the bytes that came on the wire (a gzip body's
    compressed ones), the same on every backend."""
    counted = {
        way: [response.num_bytes_downloaded for response in responses]
        for way, (responses, _) in _answers_on_each_way(canned, name).items()
    }
    assert counted["httpx"] == counted["sync"]
    assert counted["aiohttp"] == counted["httpx"]


# --- Bodies: whole, each to its call, or streamed -------------------------------------------------


class _Bodies(QuietHandler):
    """``/sized/NAME/SIZE/PIECES/GAP``: SIZE bytes made from NAME, in PIECES writes GAP seconds
    apart. ``/eof/NAME/SIZE``: the same, no Content-Length, the end told by closing.
    ``/chunked/NAME/SIZE/PIECES``: chunked. ``/gate/NAME/SIZE``: the head and the first half of
    the body, the rest once the server's ``gates[NAME]`` is set (at most 5 s later), and then NAME
    added to its ``sent_all``. The path may come in absolute form (through a forwarding proxy)."""

    def do_GET(self) -> None:
        kind, *args = urlsplit(self.path).path.split("/")[1:]
        try:
            if kind == "sized":
                name, size, pieces, gap = args[0], int(args[1]), int(args[2]), float(args[3])
                body = named_bytes(name, size)
                self.send_response(200)
                self.send_header("Content-Length", str(size))
                self.end_headers()
                step = max(1, -(-size // pieces))
                for start in range(0, size, step):
                    self.wfile.write(body[start : start + step])
                    self.wfile.flush()
                    if gap:
                        time.sleep(gap)
            elif kind == "eof":
                body = named_bytes(args[0], int(args[1]))
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body)
                self.close_connection = True
            elif kind == "chunked":
                body = named_bytes(args[0], int(args[1]))
                self.send_response(200)
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                step = max(1, -(-len(body) // int(args[2])))
                for start in range(0, len(body), step):
                    piece = body[start : start + step]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
            elif kind == "gate":
                body = named_bytes(args[0], int(args[1]))
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.server.gates[args[0]].wait(5)  # type: ignore[attr-defined]
                self.wfile.write(body[len(body) // 2 :])
                self.wfile.flush()
                self.server.sent_all.add(args[0])  # type: ignore[attr-defined]
            else:
                self.send_error(404)
        except OSError:
            self.close_connection = True


def _serve(server: LoopbackServer) -> LoopbackServer:
    server.httpd.socket.listen(128)  # (socketserver's 5: many connects at once lose SYNs, 1 s each)
    server.httpd.gates = {}  # type: ignore[attr-defined]
    server.httpd.sent_all = set()  # type: ignore[attr-defined]
    return server


@pytest.fixture(scope="module")
def bodies() -> Iterator[LoopbackServer]:
    server = _serve(LoopbackServer(_Bodies))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LoopbackServer, ssl.SSLContext]]:
    """``_Bodies`` over TLS (a self-signed certificate for 127.0.0.1), and a context trusting it."""
    server, trusted = tls_loopback_server(_Bodies, tmp_path_factory.mktemp("tls"))
    yield _serve(server), trusted
    server.stop()


def test_a_call_is_read_whole_and_any_other_request_streamed(bodies: LoopbackServer, backend: str) -> None:
    """A call of the client's own returns once its whole answer is in (here, only after the
    server sends the second half); a request you send through ``get_async_httpx_client()``
    yourself with ``.stream()`` gets its head at once and reads the body as it comes."""
    gates: dict[str, threading.Event] = bodies.httpd.gates  # type: ignore[attr-defined]
    sent_all: set[str] = bodies.httpd.sent_all  # type: ignore[attr-defined]
    whole, streamed = f"whole-{backend}", f"streamed-{backend}"
    gates[whole], gates[streamed] = threading.Event(), threading.Event()
    size = 3 * BIG

    async def main() -> None:
        async with make_client(base_url=bodies.url, async_backend=backend) as client:
            call = asyncio.create_task(support.asend(client, "GET", f"/gate/{whole}/{size}"))
            await asyncio.sleep(0.5)
            assert not call.done()  # half the body is in: the call waits for the rest
            gates[whole].set()
            assert (await call).content == named_bytes(whole, size)

            pool = client.get_async_httpx_client()
            async with pool.stream("GET", f"/gate/{streamed}/{size}") as response:
                assert response.status_code == 200 and streamed not in sent_all
                received = b""
                async for chunk in response.aiter_raw():
                    if not gates[streamed].is_set():
                        assert streamed not in sent_all  # read as it came, before the rest was sent
                    received += chunk
                    if len(received) >= size // 2:
                        gates[streamed].set()
                assert received == named_bytes(streamed, size)

    asyncio.run(asyncio.wait_for(main(), 20))


def test_an_answer_larger_than_any_buffer_arrives_whole(bodies: LoopbackServer, backend: str) -> None:
    """Three read buffers' worth and more, in 7 pieces arriving as separate reads."""
    size = 3 * BIG + 12345

    async def main() -> bytes:
        async with make_client(base_url=bodies.url, async_backend=backend) as client:
            return (await support.asend(client, "GET", f"/sized/big/{size}/7/0.002")).content

    assert asyncio.run(main()) == named_bytes("big", size)


async def _streamed(pool: httpx.AsyncClient, path: str, pause: float) -> bytes:
    """A streamed answer read by a slow reader (``pause`` after each chunk): the connection is
    paused while its buffer is full, and resumed as the reader catches up."""
    pieces = []
    async with pool.stream("GET", path) as response:
        assert response.status_code == 200
        async for chunk in response.aiter_raw():
            pieces.append(chunk)
            if pause:
                await asyncio.sleep(pause)
    return b"".join(pieces)


async def _many_at_once(clients: list[AuthenticatedClient], tag: str) -> None:
    """On each client at once: calls read whole (1 byte to 3 buffers' worth, in 1 to 5 pieces;
    one delimited by EOF; one chunked) and answers streamed to a slow reader through its
    ``get_async_httpx_client()``, on many connections: each gets exactly its own bytes."""
    work: list[Awaitable[Any]] = []
    expected = []
    for number, client in enumerate(clients):
        name = f"{tag}{number}"
        whole = [f"/sized/{name}w{i}/{(i * 40013) % (3 * BIG) + 1}/{i % 5 + 1}/0" for i in range(16)]
        whole += [f"/eof/{name}e/{2 * BIG + 7}", f"/chunked/{name}c/{BIG + 3}/9"]
        streamed = [f"/sized/{name}s{i}/{3 * BIG + i}/1/0" for i in range(3)]
        pool = client.get_async_httpx_client()
        work += [support.asend(client, "GET", path) for path in whole]
        work += [_streamed(pool, path, 0.01) for path in streamed]
        expected += [named_bytes(path.split("/")[2], int(path.split("/")[3])) for path in whole + streamed]
    got = await asyncio.gather(*work)
    bodies = [answer if isinstance(answer, bytes) else answer.content for answer in got]
    assert len(bodies) == len(expected)
    for index, (body, want) in enumerate(zip(bodies, expected, strict=True)):
        assert body == want, index


def test_many_answers_at_once_each_to_its_own_call(bodies: LoopbackServer, backend: str) -> None:
    """Two clients (two pools), each with calls read whole and streams read slowly at once."""

    async def main() -> None:
        clients = [make_client(base_url=bodies.url, async_backend=backend) for _ in range(2)]
        try:
            await _many_at_once(clients, "p")
        finally:
            for client in clients:
                await client.aclose()

    asyncio.run(main())


def test_answers_over_tls_arrive_whole(tls: tuple[LoopbackServer, ssl.SSLContext], backend: str) -> None:
    """Over TLS (decrypted by asyncio's SSL layer), large answers in pieces and many at once
    arrive whole, each to its own call."""
    server, trusted = tls

    async def main() -> None:
        async with make_client(base_url=server.url, async_backend=backend, verify_ssl=trusted) as client:
            await _many_at_once([client], "t")

    asyncio.run(main())


class _Proxy:
    """An HTTP proxy on loopback: ``CONNECT`` tunnels, and a plain request is relayed to the
    host its absolute URI names, with the rest of that connection. ``seen`` keeps each first
    line."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.seen: list[str] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            head = b""
            while b"\r\n\r\n" not in head:
                data = conn.recv(65536)
                if not data:
                    return
                head += data
            first = head.split(b"\r\n", 1)[0].decode()
            self.seen.append(first)
            method, target, _ = first.split(" ")
            if method == "CONNECT":
                host, port = target.rsplit(":", 1)
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                head = head.split(b"\r\n\r\n", 1)[1]
            else:
                parts = urlsplit(target)
                host, port = parts.hostname or "", str(parts.port)
            with socket.create_connection((host, int(port))) as upstream:
                if head:
                    upstream.sendall(head)
                self._relay(conn, upstream)

    @staticmethod
    def _relay(one: socket.socket, other: socket.socket) -> None:
        peers = {one: other, other: one}
        while True:
            readable, _, _ = select.select(list(peers), [], [], 10)
            if not readable:
                return
            for sock in readable:
                try:
                    data = sock.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                peers[sock].sendall(data)

    def stop(self) -> None:
        self.listener.close()


@pytest.fixture(scope="module")
def proxy() -> Iterator[_Proxy]:
    proxied = _Proxy()
    yield proxied
    proxied.stop()


@pytest.mark.parametrize("scheme", ["http", "https"], ids=["forwarded", "tunnelled"])
def test_answers_through_a_proxy_arrive_whole(
    bodies: LoopbackServer, tls: tuple[LoopbackServer, ssl.SSLContext], proxy: _Proxy, backend: str, scheme: str
) -> None:
    """Through an HTTP proxy: forwarded for http://, a CONNECT tunnel then TLS for https://."""
    served, trusted = tls
    url = served.url if scheme == "https" else bodies.url
    before = len(proxy.seen)

    async def main() -> None:
        async with make_client(
            base_url=url, async_backend=backend, verify_ssl=trusted, httpx_args={"proxy": proxy.url}
        ) as client:
            await _many_at_once([client], scheme[:2])

    asyncio.run(main())
    seen = proxy.seen[before:]
    assert seen and all(line.startswith("CONNECT " if scheme == "https" else "GET http://") for line in seen)


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_a_proxy_that_cannot_be_reached_is_a_failure_before_sending(backend: str) -> None:
    """On both backends: a connect error (the request never left), so even a POST is retried."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there
    retries: list[str] = []
    policy = RetryPolicy(max_retries=2, backoff_base=0.001, on_retry=lambda event: retries.append(event.reason))

    async def main() -> None:
        async with make_client(
            base_url="http://localhost:9", async_backend=backend, retry=policy,
            httpx_args={"proxy": f"http://127.0.0.1:{port}"},
        ) as client:  # fmt: skip
            await support.asend(client, "POST", "/v1/x", content=b"{}", content_type="application/json")

    with pytest.raises(NetworkError) as caught:
        asyncio.run(main())
    assert caught.value.sent is False and "before it was sent" in str(caught.value)
    assert retries == ["ConnectError", "ConnectError"]
