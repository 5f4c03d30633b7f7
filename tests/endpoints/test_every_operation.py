"""Every operation of openapi.yaml, and of the inline spec of odd shapes (tests/shapes.py), tested
from what its spec says (tests/spec_operations.py), with no line per operation: adding one to a
spec adds its tests. Test ids name the operation (``shapes.`` for the inline spec's).

- each declared success answer (its example, else the simplest value of its schema) in all four
  calling forms, with the exact request: method, path, query, headers and body in its media type,
  validated by openapi-core; and what the answer said besides its body (``meta``);
- every answer its schema admits decodes and round-trips (hypothesis-jsonschema);
- each declared error status raises its typed error, and a ``*_detailed`` form keeps it;
- a success answer that is not JSON is a DecodeError;
- retries follow the method: an idempotent one is retried after a 503, the others never;
- every list pages: ``stream()``/``stream_async()`` follow ``meta.next_page_url`` lazily;
- input that breaks a parameter's or body field's rule is refused before anything is sent;
- through Prism, the spec's own mock, each of openapi.yaml's operations round-trips.
"""

from __future__ import annotations

import asyncio
import base64
import importlib
import json
from collections.abc import AsyncIterator, Iterator
from functools import cache
from typing import Any
from urllib.parse import parse_qsl

import attrs
import httpx
import pytest
import yaml
from hypothesis import given, settings
from hypothesis_jsonschema import from_schema
from openapi_core import OpenAPI

import shapes
from scenarios import TEST_PASSWORD, TEST_USERNAME
from spec_operations import Answer, SpecOperation, Violation, operations, same_json
from support import MODES, SPEC_PATH, Recorder, spec, validate_response

PROJECT = operations(yaml.safe_load(SPEC_PATH.read_text()), "taskrouter_client")
SHAPES = operations(shapes.SPEC, "shapes_client")
EVERY = [*PROJECT, *SHAPES]


def _id(op: SpecOperation, *rest: object) -> str:
    prefix = "" if op.package == "taskrouter_client" else "shapes."
    return "-".join([prefix + op.operation_id, *map(str, rest)])


def _schema_of(op: SpecOperation, violation: Violation) -> Any:
    if violation.location == "body":
        assert op.request_body is not None
        return op.request_body[1].get("properties", {}).get(violation.field)
    return next(p.schema for p in op.parameters if p.wire == violation.field and p.location == violation.location)


def _first_of(op: SpecOperation, violation: Violation) -> Violation:
    """The first value breaking a rule of the same parameter or field of ``op``."""
    return next(v for v in op.violations if (v.location, v.field) == (violation.location, violation.field))


def each(*, successes: bool = False, errors: bool = False, lists: bool = False, violations: bool = False) -> list[Any]:
    params = []
    seen_rules: set[tuple[str, str, str]] = set()
    for op in EVERY:
        if successes:
            params += [
                pytest.param(op, a, id=_id(op, a.status, a.example) if a.example else _id(op, a.status))
                for a in op.successes
            ]
        elif errors:  # a raising and a detailed form for the first status of each declared key, sync for the rest
            firsts = {a.declared: a for a in reversed(op.errors)}
            params += [
                pytest.param(op, a, mode, id=_id(op, a.status, mode))
                for a in op.errors
                for mode in (("sync", "asyncio_detailed") if firsts[a.declared] is a else ("sync",))
            ]
        elif violations:  # every value breaking a rule once; in the operations after, one a parameter
            for v in op.violations:
                key = (v.location, v.field, json.dumps(_schema_of(op, v), sort_keys=True))
                if key not in seen_rules or v is _first_of(op, v):
                    seen_rules.add(key)
                    params.append(pytest.param(op, v, id=_id(op, v.location, v)))
        elif not lists or op.items_key is not None:
            params.append(pytest.param(op, id=_id(op)))
    return params


@cache
def openapi_of(package: str) -> OpenAPI:
    return spec() if package == "taskrouter_client" else OpenAPI.from_dict(shapes.SPEC)


@pytest.fixture
def ready(op: SpecOperation, request: pytest.FixtureRequest) -> SpecOperation:
    """``op``, its package importable (the inline spec's is generated once a session)."""
    if op.package != "taskrouter_client":
        request.getfixturevalue("shapes_package")
    return op


def recorder(op: SpecOperation, handler: Any, *, judge: bool = True) -> Recorder:
    return Recorder(handler, judge=judge, openapi=openapi_of(op.package))


def client_of(op: SpecOperation, transport: Recorder, **kwargs: Any) -> Any:
    package = importlib.import_module(op.package)
    kwargs.setdefault("retry", importlib.import_module(f"{op.package}.client").RetryPolicy(max_retries=0))
    return package.AuthenticatedClient(
        username=TEST_USERNAME, password=TEST_PASSWORD, httpx_args={"transport": transport}, **kwargs
    )


def invoke(op: SpecOperation, mode: str, client: Any, **overrides: Any) -> Any:
    """Call ``op`` the way ``mode`` names, with the spec's values (``overrides`` by Python name);
    async on a fresh event loop."""
    function = getattr(op.module, mode)
    args, kwargs = op.arguments(**overrides)
    if mode.startswith("asyncio"):

        async def run() -> Any:
            async with client:
                return await function(*args, client=client, **kwargs)

        return asyncio.run(run())
    with client:
        return function(*args, client=client, **kwargs)


REQUEST_ID = "RQ" + "0" * 32
METADATA = {"Twilio-Request-Id": REQUEST_ID, "X-Rate-Limit-Remaining": "98", "ETag": '"e1"'}


def respond(answer: Answer) -> httpx.Response:
    headers = answer.headers | METADATA
    if answer.schema is None:
        return httpx.Response(answer.status, headers=headers)
    return httpx.Response(answer.status, content=json.dumps(answer.body).encode(), headers=headers)


def _form_value(text: str) -> Any:
    """A form field's text, a JSON document read as one (its spacing is the client's choice)."""
    if text[:1] in "{[":
        try:
            return json.loads(text)
        except ValueError:
            pass
    return text


def check_request(op: SpecOperation, request: httpx.Request) -> None:
    """``request`` is exactly what the spec's values make: method, path, query, headers, body."""
    assert request.method == op.method
    assert request.url.path == op.sent_path()
    query = op.sent_query()
    assert set(request.url.params.keys()) == set(query)
    for name, texts in query.items():
        assert same_json(request.url.params.get_list(name), texts), name
    for name, text in op.sent_headers().items():
        assert request.headers[name] == text
    if op.spec.get("security"):
        credentials = base64.b64encode(f"{TEST_USERNAME}:{TEST_PASSWORD}".encode()).decode()
        assert request.headers["Authorization"] == f"Basic {credentials}"
    if op.request_body is None:
        assert request.content == b""
        return
    media_type, _, example, _ = op.request_body
    assert request.headers["Content-Type"].split(";")[0] == media_type
    if media_type == "application/json":
        assert same_json(json.loads(request.content), example)
    else:
        sent = sorted(parse_qsl(request.content.decode(), keep_blank_values=True, strict_parsing=bool(request.content)))
        assert same_json([[k, _form_value(v)] for k, v in sent], [[k, _form_value(v)] for k, v in op.sent_form()])


# --- Answers ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("op", "answer"), each(successes=True))
def test_every_success_answer_in_every_calling_form(ready: SpecOperation, answer: Answer, mode: str) -> None:
    op = ready
    transport = recorder(op, lambda request: respond(answer))
    result = invoke(op, mode, client_of(op, transport))

    [(request, response)] = transport.exchanges
    check_request(op, request)
    validate_response(request, response, openapi=openapi_of(op.package))
    parsed = result.parsed if mode.endswith("_detailed") else result
    if answer.schema is None:
        assert parsed is None
    else:
        assert attrs.has(type(parsed)) or isinstance(parsed, list | dict)
        assert same_json(parsed.to_dict() if attrs.has(type(parsed)) else parsed, answer.body)
    # what the answer said besides its body: on the result (its type unchanged), or the Response
    meta = importlib.import_module(op.package).meta
    if mode.endswith("_detailed"):
        assert result.status_code == answer.status
        assert result.headers["Twilio-Request-Id"] == REQUEST_ID
        assert op.module.unwrap(result) == parsed  # the raising form, from the same answer
        told = result.meta
    elif parsed is None:
        with pytest.raises(LookupError):
            meta(parsed)
        told = None
    else:
        told = meta(parsed)
    if told is not None:
        assert (told.request_id, told.status_code, told.etag) == (REQUEST_ID, answer.status, '"e1"')
        assert told.rate_limit is not None and told.rate_limit.remaining == 98
    if mode == "sync":
        _, kwargs = op.arguments()
        for model in [*models_in(parsed), *models_in(kwargs.get("body"))]:
            keeps_attributes_it_does_not_know(model)


def models_in(value: Any) -> Iterator[Any]:
    """Every model in a decoded answer or a body, nested ones included."""
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from models_in(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from models_in(item)


def keeps_attributes_it_does_not_know(model: Any) -> None:
    """What the guide promises of every model the spec leaves open: an attribute the API adds
    later is kept, and read as ``model["new_attribute"]`` (a closed one has no such attribute)."""
    if "additional_properties" not in attrs.fields_dict(type(model)):
        assert not hasattr(model, "__setitem__")
        return
    model["new_attribute"] = 1
    assert model["new_attribute"] == 1 and "new_attribute" in model and "new_attribute" in model.additional_keys
    del model["new_attribute"]
    assert "new_attribute" not in model


def each_success_status() -> list[Any]:
    """One per success status with a body (its first example)."""
    seen: set[tuple[str, int]] = set()
    params = []
    for param in each(successes=True):
        op, answer = param.values
        if answer.schema is not None and (str(op), answer.status) not in seen:
            seen.add((str(op), answer.status))
            params.append(pytest.param(op, answer, id=_id(op, answer.status)))
    return params


@pytest.mark.parametrize(("op", "answer"), each_success_status())
def test_every_answer_the_schema_admits_decodes_and_round_trips(ready: SpecOperation, answer: Answer) -> None:
    op = ready
    client = client_of(op, recorder(op, None))
    request = httpx.Request(op.method, f"https://taskrouter.twilio.com{op.sent_path()}")
    assert answer.schema is not None
    drawn = []

    @settings(max_examples=min(settings().max_examples, 6))  # per operation; test_properties.py goes deep
    @given(body=from_schema(answer.schema))
    def check(body: Any) -> None:
        drawn.append(body)
        response = httpx.Response(answer.status, json=body, request=request)
        parsed = op.module._OPERATION.build_response(client, response).parsed
        assert same_json(parsed.to_dict() if attrs.has(type(parsed)) else parsed, body)

    check()
    assert drawn


@pytest.mark.parametrize(("op", "answer"), each_success_status())
def test_a_success_answer_that_is_not_json_is_a_decode_error(ready: SpecOperation, answer: Answer) -> None:
    op = ready
    errors = importlib.import_module(f"{op.package}.errors")
    transport = recorder(op, lambda request: httpx.Response(answer.status, content=b"<html>ok</html>"))
    with pytest.raises(errors.DecodeError) as caught:
        invoke(op, "sync", client_of(op, transport))
    assert caught.value.accepted and caught.value.where == "$"


# --- The error contract -----------------------------------------------------------------------

# The guide's table of error classes by status (5xx: ServerError; any other: ApiError).
ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    422: "BadRequestError",
    429: "RateLimitError",
}


@pytest.mark.parametrize(("op", "answer", "mode"), each(errors=True))
def test_every_error_status_raises_its_typed_error(ready: SpecOperation, answer: Answer, mode: str) -> None:
    op = ready
    errors = importlib.import_module(f"{op.package}.errors")
    expected = getattr(errors, ERROR_CLASSES.get(answer.status, "ServerError" if answer.status >= 500 else "ApiError"))
    transport = recorder(op, lambda request: respond(answer))
    client = client_of(op, transport)
    if mode.endswith("_detailed"):
        result = invoke(op, mode, client)
        assert result.status_code == answer.status
        assert same_json(result.parsed.to_dict(), answer.body)
        with pytest.raises(expected):
            op.module.unwrap(result)
        return
    with pytest.raises(errors.ApiError) as caught:
        invoke(op, mode, client)
    assert type(caught.value) is expected
    assert caught.value.status_code == answer.status
    assert caught.value.method == op.method
    assert caught.value.request_id == "RQ" + "0" * 32
    if isinstance(answer.body, dict) and isinstance(answer.body.get("message"), str):
        assert caught.value.message == answer.body["message"]
    assert len(transport.requests) == 1


# --- Retries follow the method ----------------------------------------------------------------


@pytest.mark.parametrize("op", each())
def test_a_503_is_retried_only_for_idempotent_methods(ready: SpecOperation) -> None:
    op = ready
    errors = importlib.import_module(f"{op.package}.errors")
    retry = importlib.import_module(f"{op.package}.client").RetryPolicy(max_retries=1, sleep=lambda seconds: None)
    answers = iter([httpx.Response(503), respond(op.successes[0])])
    transport = recorder(op, lambda request: next(answers))
    if op.idempotent:
        invoke(op, "sync", client_of(op, transport, retry=retry))
        assert len(transport.requests) == 2
    else:
        with pytest.raises(errors.ServerError):
            invoke(op, "sync", client_of(op, transport, retry=retry))
        assert len(transport.requests) == 1


# --- Paging -----------------------------------------------------------------------------------


def pages(op: SpecOperation, count: int, per_page: int) -> Recorder:
    """The list answered in ``count`` pages of ``per_page`` items (the example's first item, each
    with its place), linked by next_page_url on the request's own host."""
    answer = op.successes[0]
    key = op.items_key
    assert key is not None and isinstance(answer.body, dict)
    item = (answer.body[key] or [None])[0]

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("Page", "0"))
        link = request.url.copy_with(params={"Page": page + 1, "PageToken": f"PT{page + 1}"})
        meta = dict(answer.body["meta"]) | {"next_page_url": str(link) if page + 1 < count else None}
        items = [item] * per_page
        return httpx.Response(200, json=answer.body | {"meta": meta, key: items}, headers=answer.headers)

    return recorder(op, handler)


@pytest.mark.parametrize("op", each(lists=True))
def test_every_list_streams_its_pages_lazily(ready: SpecOperation) -> None:
    op = ready
    transport = pages(op, count=3, per_page=2)
    args, kwargs = op.arguments()
    with client_of(op, transport) as client:
        items = op.module.stream(*args, client=client, **kwargs)
        assert isinstance(items, Iterator)
        assert transport.requests == []  # nothing fetched before the first item is asked for
        first = next(items)
        assert len(transport.requests) == 1
        assert len([first, *items]) == 6
        assert [r.url.params.get("PageToken") for r in transport.requests][1:] == ["PT1", "PT2"]
        assert len(list(op.module.stream(*args, client=client, limit=3, **kwargs))) == 3
    assert len(transport.requests) == 3 + 2  # the limited stream never asked for the third page


@pytest.mark.parametrize("op", each(lists=True))
def test_every_list_streams_its_pages_async(ready: SpecOperation) -> None:
    op = ready
    transport = pages(op, count=2, per_page=2)
    args, kwargs = op.arguments()

    async def run() -> int:
        async with client_of(op, transport) as client:
            items = op.module.stream_async(*args, client=client, **kwargs)
            assert isinstance(items, AsyncIterator)
            return len([item async for item in items])

    assert asyncio.run(run()) == 4
    assert len(transport.requests) == 2


@pytest.mark.parametrize("op", each(lists=True))
def test_every_list_gives_its_pages_and_gathers_its_items(ready: SpecOperation) -> None:
    op = ready
    transport = pages(op, count=3, per_page=2)
    args, kwargs = op.arguments()
    with client_of(op, transport) as client:
        found = list(op.module.pages(*args, client=client, **kwargs))
        assert [len(page.items) for page in found] == [2, 2, 2]
        assert [page.next_page_token for page in found] == ["PT1", "PT2", None]
        assert all(page.meta is page.model.meta for page in found)
        assert len(op.module.all(*args, client=client, limit=3, **kwargs)) == 3
        assert len(op.module.all(*args, client=client, limit=None, **kwargs)) == 6
        with pytest.raises(TypeError, match="limit"):
            op.module.all(*args, client=client, **kwargs)  # no limit: refused unless asked for
    assert len(transport.requests) == 3 + 2 + 3


@pytest.mark.parametrize("op", each(lists=True))
def test_every_list_gives_its_pages_and_gathers_its_items_async(ready: SpecOperation) -> None:
    op = ready
    transport = pages(op, count=2, per_page=2)
    args, kwargs = op.arguments()

    async def run() -> tuple[list[int], int]:
        async with client_of(op, transport) as client:
            sizes = [len(page.items) async for page in op.module.pages_async(*args, client=client, **kwargs)]
            return sizes, len(await op.module.all_async(*args, client=client, limit=None, **kwargs))

    assert asyncio.run(run()) == ([2, 2], 4)
    assert len(transport.requests) == 4


# --- Input that breaks the spec ---------------------------------------------------------------


@pytest.mark.parametrize(("op", "violation"), each(violations=True))
def test_input_that_breaks_a_rule_is_refused_before_sending(ready: SpecOperation, violation: Violation) -> None:
    """(Sync: the async forms check the same input with the same code before sending.)"""
    op = ready
    errors = importlib.import_module(f"{op.package}.errors")
    if violation.location == "body":
        _, kwargs = op.arguments()
        overrides = {"body": attrs.evolve(kwargs["body"], **{op.attribute(violation.field): violation.value})}
    else:
        parameter = next(p for p in op.parameters if p.wire == violation.field and p.location == violation.location)
        overrides = {op.python(parameter): violation.value}
    transport = recorder(op, lambda request: httpx.Response(500))
    with pytest.raises(errors.InvalidRequestError) as caught:
        invoke(op, "sync", client_of(op, transport), **overrides)
    assert caught.value.field == violation.field
    assert caught.value.rule in violation.rules
    assert transport.requests == []


# --- The stub downstream tests use ----------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "asyncio_detailed"])
@pytest.mark.parametrize("op", each())
def test_the_testing_stub_answers_every_operation_like_the_spec(ready: SpecOperation, mode: str) -> None:
    """``{package}.testing.StubTransport`` answers each operation, by itself, with its spec example."""
    op = ready
    stub = importlib.import_module(f"{op.package}.testing").StubTransport()
    success = op.successes[0]
    if success.example == "simplest":  # the spec has no example: the test sets the answer
        stub.answer(op.operation_id, success.body)
    result = invoke(op, mode, stub.client())
    parsed = result.parsed if mode.endswith("_detailed") else result
    assert [call.operation for call in stub.calls] == [op.name]
    if mode.endswith("_detailed"):
        assert result.status_code == success.status
    if success.schema is None:
        assert parsed is None
    else:
        expected = success.body if success.example == "simplest" else stub.default(op.operation_id)
        assert same_json(parsed.to_dict() if attrs.has(type(parsed)) else parsed, expected)


# --- Against the spec's own mock ----------------------------------------------------------------


@pytest.mark.parametrize("op", [p for p in each() if p.values[0].package == "taskrouter_client"])
def test_every_operation_through_prism(prism: str, op: SpecOperation) -> None:
    transport = Recorder(openapi=spec())
    result = invoke(op, "sync_detailed", client_of(op, transport, base_url=prism))
    [(request, response)] = transport.exchanges
    assert 200 <= result.status_code <= 299, response.text
    assert result.status_code in {a.status for a in op.successes}
    validate_response(httpx.Request(op.method, f"https://taskrouter.twilio.com{request.url.path}"), response)
    check_request(op, request)
