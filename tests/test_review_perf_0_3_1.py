"""Review of the 0.3.1 performance commits (3097de4, 4455b23): the form encoder on str.translate,
call headers merged as raw pairs, httpx.Headers built from byte pairs, the aiohttp transport's
header names, its already-read answers and its read timer, and check_model's shortcuts.

The first section holds one test per behaviour these commits changed by accident (each docstring
says what a user got and what they should get; all three are fixed in the commit after the one
adding this file); the rest pin what the commits kept right and no other test covers."""

from __future__ import annotations

import asyncio
import copy
import datetime
import enum
import json
import pickle
import time
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any, ClassVar

import attrs
import httpx
import pytest
from httpx._content import encode_urlencoded_data
from hypothesis import given
from hypothesis import strategies as st

from scenarios import WORKFLOW_FULL, WORKSPACE_SID
from support import LoopbackServer, QuietHandler, Recorder, assert_form_encoded_as_httpx, make_client
from taskrouter_client import RetryPolicy, errors, models
from taskrouter_client import client as client_module
from taskrouter_client.api.workflows import fetch_workflow
from taskrouter_client.types import UNSET, SchemaMismatch, _conform, _fields, _options, check_model

WORKFLOW_SID = WORKFLOW_FULL["sid"]


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
    body = json.dumps(WORKFLOW_FULL).encode()
    return _head(status, "Content-Type: application/json", f"Content-Length: {len(body)}", body=body)


def _arequest(client: Any, **kwargs: Any) -> httpx.Response:
    async def run() -> httpx.Response:
        async with client:
            response: httpx.Response = await client.arequest(**kwargs)
            return response

    return asyncio.run(run())


# === Defects ======================================================================================


@pytest.mark.parametrize(
    "settings",
    [
        {"cookies": {"session": "s1"}},
        {"follow_redirects": True},
        {"httpx_async_args": {"event_hooks": {"response": [lambda response: asyncio.sleep(0)]}}},
    ],
    ids=["cookies", "follow_redirects", "response_hook"],
)
def test_a_whole_answer_has_its_elapsed_time_on_httpxs_own_send_path(
    backend: str, settings: dict[str, Any], canned: LoopbackServer
) -> None:
    """3097de4: on async_backend='aiohttp' the transport hands over an answer already marked read
    and closed (is_closed=True). On httpx's own send path (any client with cookies, redirects to
    follow, event hooks, non-Basic auth, client-wide params) httpx sets ``response.elapsed`` only
    when it closes the stream itself, which it now never does: ``response.elapsed`` raises
    RuntimeError("'.elapsed' may only be accessed after the response has been read or closed.").
    It worked before 3097de4 and works on the httpx backend.

    Fixed: the transport pre-reads only for the short way (_AsyncPool.call, which sets elapsed
    itself, marks its requests with a private extension)."""
    _Canned.answers = [_json_answer()]
    client = make_client(base_url=canned.url, async_backend=backend, **settings)
    response = _arequest(client, method="get", url="/v1/x")
    assert response.json() == WORKFLOW_FULL
    assert isinstance(response.elapsed, datetime.timedelta)


@pytest.mark.parametrize("where", ["call", "client"])
def test_header_names_differing_only_in_case_are_all_sent(backend: str, where: str, canned: LoopbackServer) -> None:
    """3097de4: the aiohttp transport now passes header names as written. aiohttp's
    ClientSession._prepare_headers remembers the names it has added in a case-sensitive set, so
    for ``{"X-A": "1", "x-a": "2"}`` (httpx sends both, as did this transport when it lower-cased
    the names) the second *replaces* the first: the server gets ``x-a: 2`` only, and the value
    ``1`` is silently dropped. Same for a client built with such headers.

    Fixed: when a name comes twice, every spelling of it takes the first one seen."""
    headers = {"X-A": "1", "x-a": "2"}
    _Canned.answers = [_head("200 OK", "Content-Length: 0")]
    if where == "call":
        client = make_client(base_url=canned.url, async_backend=backend)
        _arequest(client, method="get", url="/v1/x", headers=headers)
    else:
        client = make_client(base_url=canned.url, async_backend=backend, headers=headers)
        _arequest(client, method="get", url="/v1/x")
    (seen,) = _Canned.seen
    assert [value for name, value in seen if name.lower() == "x-a"] == ["1", "2"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_form_key_given_as_non_ascii_bytes_is_written_as_httpx_writes_it(mode: str) -> None:
    """3097de4: _form_body reads a bytes key as Latin-1 text, and _form_quote then encodes that
    text as UTF-8 again: ``{"Nöm".encode(): "a"}`` goes out as ``N%C3%83%C2%B6m=a`` (double
    encoded; the server reads "NÃ¶m") where httpx (and this client before 3097de4) writes
    ``N%C3%B6m=a``. Any bytes key with a byte >= 0x80 is affected.

    Fixed: a bytes key's Latin-1 reading is translated directly, without _form_quote's UTF-8
    step."""
    recorder = Recorder(lambda request: httpx.Response(200), judge=False)
    client = make_client(recorder, httpx_async_args={"transport": recorder})
    kwargs = {"method": "post", "url": "/v1/x", "data": {"Nöm".encode(): "a", b"\xff": "b"}}
    if mode == "sync":
        with client:
            client.request(**kwargs)
    else:
        _arequest(client, **kwargs)
    assert recorder.requests[0].content == b"N%C3%B6m=a&%FF=b"


@given(st.dictionaries(st.binary(max_size=8), st.text(max_size=8), max_size=4))
def test_the_form_encoder_writes_any_bytes_key_as_httpx_does(form: dict[bytes, str]) -> None:
    """The property behind the test above: for bytes keys, _form_body must give httpx's bytes."""
    _, expected = encode_urlencoded_data(form)  # type: ignore[arg-type]
    assert client_module._form_body(form) == b"".join(expected)


# === Pinned: what the commits kept right ==========================================================

# --- _form_body: any key httpx takes, any value it writes -----------------------------------------


class _Shown(str):
    def __str__(self) -> str:
        return "shown:" + self


class _Colour(str, enum.Enum):  # noqa: UP042 (str() is 'ClassName.MEMBER', unlike StrEnum)
    RED = "r e d"


class _Level(enum.IntEnum):
    HIGH = 3


KEYS = st.one_of(
    st.text(max_size=8),
    st.binary(max_size=8).filter(bytes.isascii),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(),
    st.sampled_from([_Shown("k"), _Colour.RED, _Level.HIGH]),
)
SCALARS = st.one_of(
    st.text(),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.none(),
    st.sampled_from([_Shown("ü v"), _Colour.RED, _Level.HIGH, float("nan"), float("-inf"), -0.0, 10**40]),
)


@given(
    st.dictionaries(KEYS, st.one_of(SCALARS, st.lists(SCALARS, max_size=3), st.tuples(SCALARS, SCALARS)), max_size=5)
)
def test_the_form_encoder_writes_what_httpx_writes_for_any_key_and_value(form: dict[Any, Any]) -> None:
    """str subclasses with their own __str__, enums, NaN and infinities, tuples, non-str keys."""
    assert_form_encoded_as_httpx(form)


# --- _merged_headers: httpx.Client._merge_headers, pair for pair ----------------------------------

HEADER_NAMES = st.one_of(
    st.sampled_from(["X-A", "x-a", "X-a", "User-Agent", "user-agent", "ACCEPT", "Content-Type", "Host", "connection"]),
    st.text(max_size=4),
)
HEADER_VALUES = st.one_of(st.text(max_size=5), st.binary(max_size=4), st.integers(), st.none())


@given(st.dictionaries(HEADER_NAMES, HEADER_VALUES, max_size=5))
def test_call_headers_merge_as_httpx_merges_them(given_headers: dict[Any, Any]) -> None:
    """Order, case variants, overridden client defaults, bytes values; and the same error where
    httpx refuses (a non-ASCII str, a value that is neither str nor bytes)."""
    pool = httpx.Client(headers={"Accept": "application/json", "User-Agent": "ua/1", "X-A": "client"})

    def outcome(merge: Any) -> Any:
        try:
            return merge()
        except Exception as exc:  # the same kind of refusal
            return type(exc)

    def httpxs() -> list[tuple[bytes, bytes]]:
        return httpx.Headers(pool._merge_headers(given_headers)).raw

    assert outcome(lambda: client_module._merged_headers(pool.headers, given_headers)) == outcome(httpxs)
    pool.close()


@pytest.mark.parametrize(
    "headers",
    [
        {"X-A": "1", "x-a": "2"},
        {"user-agent": "mine/1", "ACCEPT": "text/plain", "content-type": "text/plain"},
        {"X-Bytes": b"v", "Authorization": "Bearer t"},
    ],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_request_with_call_headers_is_httpxs(mode: str, headers: dict[str, Any]) -> None:
    """The short way's request (headers merged as raw pairs, then _headers) is, header for header,
    the one httpx's own send path builds (event hooks force that path)."""

    async def ahook(request: httpx.Request) -> None:
        return None

    def sent(**httpx_args: Any) -> httpx.Request:
        recorder = Recorder(lambda request: httpx.Response(200), judge=False)
        args = {"transport": recorder, **httpx_args}
        client = make_client(httpx_async_args=args) if mode == "async" else make_client(httpx_args=args)
        kwargs = {"method": "post", "url": "/v1/x", "data": {"A": "1"}, "headers": headers}
        if mode == "sync":
            with client:
                client.request(**kwargs)
        else:
            _arequest(client, **kwargs)
        (request,) = recorder.requests
        return request

    hook = ahook if mode == "async" else (lambda request: None)
    reference = sent(event_hooks={"request": [hook]})
    short = sent()
    assert short.headers.raw == reference.headers.raw
    assert short.headers == reference.headers and short.headers.encoding == reference.headers.encoding


# --- _headers(raw): httpx.Headers(raw) for all a caller does next ----------------------------------

RAW_PAIRS = st.lists(
    st.tuples(
        st.sampled_from([b"X-A", b"x-a", b"Set-Cookie", b"Content-Type", b"X-\xc3\xa9", b"X-\xe9"]),
        st.one_of(st.binary(max_size=6), st.sampled_from([b"caf\xc3\xa9", b"caf\xe9", b"plain"])),
    ),
    max_size=6,
)


@given(RAW_PAIRS)
def test_headers_from_byte_pairs_behave_as_httpx_headers(raw: list[tuple[bytes, bytes]]) -> None:
    ours, theirs = client_module._headers(raw), httpx.Headers(raw)
    assert vars(ours) == vars(theirs)  # every attribute httpx's constructor sets, and no other
    assert ours._list == theirs._list
    assert ours.encoding == theirs.encoding
    assert ours.raw == theirs.raw and ours.multi_items() == theirs.multi_items()
    assert list(ours.items()) == list(theirs.items()) and repr(ours) == repr(theirs)
    for name in ("x-a", "set-cookie", "content-type"):
        assert ours.get(name) == theirs.get(name) and ours.get_list(name) == theirs.get_list(name)
    assert ours == theirs and copy.copy(ours) == theirs and ours.copy()._list == theirs.copy()._list
    restored = pickle.loads(pickle.dumps(ours))
    assert restored._list == theirs._list and restored.encoding == theirs.encoding
    for headers in (ours, theirs):
        headers["X-A"] = "new"
        headers.pop("content-type", None)
    assert ours._list == theirs._list


def test_stream_response_is_what_httpx_response_builds() -> None:
    """The aiohttp backend's answers are built without httpx.Response's constructor: the same
    attributes with the same values, so a change in httpx's constructor shows here."""
    request = httpx.Request("POST", "https://example.com/v1/x", content=b"a=b")
    raw = [(b"Content-Type", b"application/json"), (b"X-A", b"1")]
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": b"Created"}
    stream = httpx.ByteStream(b'{"a": 1}')
    ours = client_module._stream_response(201, client_module._headers(raw), stream, request, dict(extensions))
    theirs = httpx.Response(201, headers=raw, stream=stream, request=request, extensions=extensions)
    assert vars(ours).keys() == vars(theirs).keys()
    for name, value in vars(theirs).items():
        assert vars(ours)[name] == value or (name == "headers" and vars(ours)[name].raw == value.raw), name
    assert ours.read() == theirs.read() == b'{"a": 1}' and ours.json() == {"a": 1}
    assert ours.reason_phrase == "Created" and ours.http_version == "HTTP/1.1" and ours.request is request


# --- aiohttp: names as written, answers already read -----------------------------------------------


def test_aiohttp_sends_the_header_names_httpx_sends(canned: LoopbackServer) -> None:
    """Names as written, in httpx's order (the server sees the same header lines on both
    backends, Host's port aside), for a create with a form body and call headers."""
    pytest.importorskip("aiohttp")
    lines = {}
    for backend in ("httpx", "aiohttp"):
        _Canned.answers, _Canned.seen = [_json_answer("201 Created")], []
        client = make_client(base_url=canned.url, async_backend=backend)
        _arequest(client, method="post", url="/v1/x", data={"FriendlyName": "a b"}, headers={"X-Trace-Id": "t"})
        lines[backend] = _Canned.seen[0]
    assert lines["aiohttp"] == lines["httpx"]
    assert ("X-Trace-Id", "t") in lines["aiohttp"] and "User-Agent" in dict(lines["aiohttp"])


_GZIPLESS = json.dumps({"a": "ü" * 20}).encode()
ANSWERS: dict[str, tuple[str, list[bytes]]] = {
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
    "chunked": ("get", [_head("200 OK", "Transfer-Encoding: chunked", body=b"5\r\nhello\r\n0\r\n\r\n")]),
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


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_an_answer_read_whole_by_aiohttp_is_the_one_httpx_gives(name: str, canned: LoopbackServer) -> None:
    """Status, headers (and their encoding), body, bytes downloaded, read/closed state, the
    redirect not followed and the cookie it set, retries: the same on both backends (the short
    way, where elapsed is set by the pool)."""
    pytest.importorskip("aiohttp")
    method, answers = ANSWERS[name]

    def fetch(backend: str) -> dict[str, Any]:
        _Canned.answers = list(answers)
        client = make_client(
            base_url=canned.url, async_backend=backend, retry=RetryPolicy(max_retries=2, backoff_base=0)
        )

        async def run() -> dict[str, Any]:
            async with client:
                results = []
                for _ in range(2 if name.startswith("latin1") else 1):
                    response = await client.arequest(method=method, url="/v1/x")
                    results.append(
                        (
                            response.status_code,
                            [p for p in response.headers.raw if p[0].lower() not in (b"date", b"server")],
                            response.headers.encoding,
                            response.content,
                            response.num_bytes_downloaded,
                            response.is_closed and response.is_stream_consumed,
                            response.next_request and response.next_request.url.path,
                            response.elapsed >= datetime.timedelta(0),
                            pickle.loads(pickle.dumps(response)).content,
                        )
                    )
                jar = dict(client.get_async_httpx_client().cookies)
                return {"results": results, "jar": jar}

        return asyncio.run(run())

    assert fetch("aiohttp") == fetch("httpx")


# --- aiohttp: the read timer left out when the deadline ends the call first -----------------------


class _Slow(QuietHandler):
    """``/never``: no answer; ``/stall``: the head and 3 bytes, then nothing; ``/trickle``: a byte
    every 0.1 s. Each holds its connection at most 3 s."""

    def do_GET(self) -> None:
        try:
            if self.path == "/stall" or self.path == "/trickle":
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n")
                self.wfile.flush()
            if self.path == "/trickle":
                for _ in range(30):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif self.path == "/stall":
                self.wfile.write(b"abc")
                self.wfile.flush()
            time.sleep(3)
        except OSError:
            pass
        self.close_connection = True


@pytest.fixture(scope="module")
def slow() -> Iterator[LoopbackServer]:
    server = LoopbackServer(_Slow)
    yield server
    server.stop()


@pytest.mark.parametrize(
    ("path", "timeout", "retry", "limit"),
    [
        ("/never", 0.5, RetryPolicy(max_retries=0), 0.5),
        ("/stall", 0.5, RetryPolicy(max_retries=0), 0.5),
        ("/trickle", 0.5, RetryPolicy(max_retries=0), 0.5),
        ("/trickle", httpx.Timeout(0.3), RetryPolicy(max_retries=0, deadline=1.0), 1.0),
        ("/stall", httpx.Timeout(5.0, read=0.3), RetryPolicy(max_retries=0), 0.3),
        ("/never", httpx.Timeout(0.4), RetryPolicy(max_retries=5, backoff_base=0, deadline=1.0), 1.0),
        ("/stall", 1.0, RetryPolicy(max_retries=5, backoff_base=0), 1.0),
    ],
    ids=["never", "stall", "trickle", "trickle_deadline", "read_shorter", "retries_deadline", "stall_retries"],
)
def test_a_slow_server_ends_the_call_in_time_with_a_typed_error(
    backend: str, slow: LoopbackServer, path: str, timeout: Any, retry: RetryPolicy, limit: float
) -> None:
    """A read timeout shorter than the time left still fires (aiohttp's per-read timer is kept);
    one at or beyond it is the total timeout's job: either way the call ends about when it should,
    in RequestTimeoutError, never an aiohttp or asyncio exception."""
    client = make_client(base_url=slow.url, async_backend=backend, retry=retry)
    start = time.monotonic()
    with pytest.raises(errors.RequestTimeoutError):
        _arequest(client, method="get", url=path, timeout=timeout)
    assert limit - 0.05 <= time.monotonic() - start < limit + 0.8


# --- check_model: the shortcuts give what _conform gives -------------------------------------------


class _Stamp(datetime.datetime):
    pass


UTC2 = datetime.timezone(datetime.timedelta(hours=2))
SAMPLES: list[Any] = [
    datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC),
    datetime.datetime(2024, 5, 1, 12, tzinfo=UTC2),
    datetime.datetime(2024, 5, 1, 12),
    _Stamp(2024, 5, 1, 12),
    _Stamp(2024, 5, 1, 12, tzinfo=UTC2),
    datetime.date(2024, 5, 1),
    "2024-05-01T12:00:00",
    "not a date",
    {"a": [1, {"b": None}]},
    OrderedDict(a=1),
    {"x": "y"},
    {},
    [1, "a"],
    [],
    "text",
    5,
    True,
    2.5,
    float("nan"),
    None,
    UNSET,
]
MODEL_CLASSES = [getattr(models, name) for name in models.__all__]


def _outcome(work: Any, *args: Any) -> tuple[str, Any]:
    try:
        return "ok", work(*args)
    except SchemaMismatch as exc:
        return "refused", exc.where


def _neutral(hint: Any) -> Any:
    """A value the annotation takes as it is (a model of neutral values where one is required),
    so that only the attribute under test can be refused."""
    candidates: tuple[Any, ...] = (UNSET, None, "", 0, {}, [])
    for candidate in candidates:
        if _outcome(_conform, candidate, hint, "$")[0] == "ok":
            return candidate
    (model,) = [option for option in _options(hint)[0] if isinstance(option, type) and attrs.has(option)]
    return _instance(model, {name: _neutral(inner) for name, inner in _fields(model)})


def _checked(instance: Any, name: str) -> Any:
    check_model(instance)
    return getattr(instance, name)


def _instance(cls: type, values: dict[str, Any]) -> Any:
    instance: Any = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(instance, name, copy.copy(value))
    return instance


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_check_model_conforms_each_attribute_as_conform_does(cls: type) -> None:
    """Aware datetimes and dict[str, Any] dicts skip _conform now: for every attribute of every
    model and every kind of value (naive, aware, subclass, date, dict subclass, mistyped), the
    outcome is _conform's: naive made UTC, the same object kept, or the same refusal."""
    fields = _fields(cls)
    neutral = {name: _neutral(hint) for name, hint in fields}
    for name, hint in fields:
        for value in SAMPLES:
            instance = _instance(cls, neutral)
            object.__setattr__(instance, name, value)
            place = "$" if name == "additional_properties" else f"$.{name}"
            expected = _outcome(_conform, value, hint, place)
            got = _outcome(_checked, instance, name)
            assert got == expected, (name, value)
            if got[0] == "ok":
                assert type(got[1]) is type(expected[1])
                assert (got[1] is value) == (expected[1] is value)
                if isinstance(value, datetime.datetime):
                    assert got[1].tzinfo == expected[1].tzinfo


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01T12:00:00", datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)),
        ("2024-05-01T12:00:00Z", datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)),
        ("2024-05-01T12:00:00+02:00", datetime.datetime(2024, 5, 1, 12, tzinfo=UTC2)),
        (5, errors.DecodeError),
        ({"a": 1}, errors.DecodeError),
        ("yesterday", errors.DecodeError),
    ],
)
def test_a_decoded_date_is_aware_and_a_mistyped_one_refused(value: Any, expected: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**WORKFLOW_FULL, "date_created": value})

    client = make_client(Recorder(answer, judge=False))
    if expected is errors.DecodeError:
        with pytest.raises(errors.DecodeError) as caught:
            fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
        assert caught.value.where == "$.date_created"
        return
    workflow = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
    assert workflow.date_created == expected and workflow.date_created.utcoffset() == expected.utcoffset()


def test_a_dict_where_a_model_or_text_is_annotated_is_still_refused() -> None:
    """The dict shortcut applies only where a member is dict[str, Any]: a JSON object where the
    Workflow's ``configuration`` (a string) belongs is refused as before."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**WORKFLOW_FULL, "configuration": {"task_routing": {}}})

    with pytest.raises(errors.DecodeError) as caught:
        fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=make_client(Recorder(answer, judge=False)))
    assert caught.value.where == "$.configuration"


def test_attrs_models_are_checked_at_all() -> None:
    """Guard for the check_model test: it built real instances of every model."""
    assert all(attrs.has(cls) for cls in MODEL_CLASSES) and len(MODEL_CLASSES) > 10
