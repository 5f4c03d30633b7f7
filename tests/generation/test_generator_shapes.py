"""The templates work for operations nobody has written yet: a small inline spec with one
operation of each shape (200 with query rules, 201 form create, 204 delete, a paged list, an enum,
a path parameter named just `{Sid}`, a header parameter, a `default` answer) is generated with the project's own
generator command into a temporary directory, and every function is called, as the generator's
own functional tests do."""

from __future__ import annotations

import asyncio
import datetime
import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from support import generated_package

THING = {"sid": "TH" + "a" * 32, "name": "one", "size": 3, "kind": "big", "created": "2020-01-02T03:04:05Z"}
STRING = {"type": "string"}
SID = {"type": "string", "pattern": "^TH[0-9a-f]{32}$", "minLength": 34, "maxLength": 34}
ERROR = {
    "description": "an error",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shapes", "version": "9.9.9"},
    "paths": {
        "/v1/Things": {
            "get": {
                "operationId": "ListThing",
                "parameters": [
                    {"name": "PageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 5}},
                    {"name": "Kind", "in": "query", "schema": {"type": "string", "enum": ["big", "small"]}},
                    {"name": "Since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                ],
                "responses": {
                    "200": {
                        "description": "a page",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingPage"}}},
                    },
                    "4XX": ERROR,
                },
            },
            "post": {
                "operationId": "CreateThing",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/NewThing"}}
                    },
                },
                "responses": {
                    "201": {
                        "description": "made",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "default": ERROR,
                },
            },
        },
        "/v1/Things/{Sid}": {
            "parameters": [{"name": "Sid", "in": "path", "required": True, "schema": SID}],
            "get": {
                "operationId": "FetchThing",
                "parameters": [{"name": "X-Trace", "in": "header", "schema": STRING}],
                "responses": {
                    "200": {
                        "description": "one",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "4XX": ERROR,
                },
            },
            "delete": {"operationId": "DeleteThing", "responses": {"204": {"description": "gone"}, "4XX": ERROR}},
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["sid", "name", "size", "kind", "created"],
                "properties": {
                    "sid": SID,
                    "name": {"type": ["string", "null"]},
                    "size": {"type": "integer"},
                    "kind": {"type": "string", "enum": ["big", "small"]},
                    "created": {"type": ["string", "null"], "format": "date-time"},
                },
            },
            "NewThing": {
                "type": "object",
                "required": ["Name"],
                "additionalProperties": False,
                "properties": {
                    "Name": {"type": "string", "minLength": 1},
                    "Kind": {"type": "string", "enum": ["big", "small"]},
                    "Size": {"type": "integer", "minimum": 0},
                },
            },
            "ThingPage": {
                "type": "object",
                "required": ["things", "meta"],
                "properties": {
                    "things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    "meta": {
                        "type": "object",
                        "required": ["next_page_url"],
                        "properties": {"next_page_url": {"type": ["string", "null"]}},
                    },
                },
            },
            "Problem": {"type": "object", "properties": {"code": {"type": ["integer", "null"]}, "message": STRING}},
        }
    },
}


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated from SPEC by `make generate`'s command and templates."""
    with generated_package(SPEC, "shapes", tmp_path_factory.mktemp("shapes")) as package:
        yield package


class Api:
    """The generated endpoint modules, by name (api/default/<name>.py)."""

    def __getattr__(self, name: str) -> ModuleType:
        return importlib.import_module(f"shapes_client.api.default.{name}")


def answer(request: httpx.Request) -> httpx.Response:
    path, method = request.url.path, request.method
    if method == "DELETE":
        return httpx.Response(204)
    if method == "POST":
        form = dict(httpx.QueryParams(request.content.decode()))
        return httpx.Response(201, json=THING | {"name": form["Name"]})
    if path == "/v1/Things":
        page = int(request.url.params.get("Page", "0"))
        next_url = "http://127.0.0.1/v1/Things?Page=1" if page == 0 else None
        return httpx.Response(200, json={"things": [THING, THING], "meta": {"next_page_url": next_url}})
    if path.endswith("a" * 32):
        return httpx.Response(200, json=THING)
    return httpx.Response(404, json={"code": 20404, "message": "no such thing"})


def client_for(package: ModuleType, recorder: list[httpx.Request]) -> Any:
    def keep(request: httpx.Request) -> httpx.Response:
        recorder.append(request)
        return answer(request)

    return package.Client(base_url="http://127.0.0.1", httpx_args={"transport": httpx.MockTransport(keep)})


def test_every_shape_works_in_every_call_form(shapes: ModuleType) -> None:
    api = Api()
    models = importlib.import_module("shapes_client.models")
    errors = importlib.import_module("shapes_client.errors")
    sent: list[httpx.Request] = []
    client = client_for(shapes, sent)
    sid = THING["sid"]

    with client:
        thing = api.fetch_thing.sync(sid, client=client, x_trace="t-1")
        assert isinstance(thing, models.Thing) and thing.size == 3 and thing.created.tzinfo is not None
        assert sent[-1].headers["X-Trace"] == "t-1"
        assert api.delete_thing.sync(sid, client=client) is None  # 204: None, not a TypeError
        made = api.create_thing.sync(client=client, body=models.NewThing(name="two", kind="small"))
        assert made.name == "two"
        assert dict(httpx.QueryParams(sent[-1].content.decode())) == {"Name": "two", "Kind": "small"}
        assert [t.sid for t in api.list_thing.stream(client=client, page_size=2)] == [sid] * 4
        assert [t.sid for t in api.list_thing.stream(client=client, limit=3)] == [sid] * 3
        detailed = api.fetch_thing.sync_detailed("TH" + "b" * 32, client=client)
        assert detailed.status_code == 404 and detailed.parsed.message == "no such thing"
        with pytest.raises(errors.NotFoundError):
            api.fetch_thing.sync("TH" + "b" * 32, client=client)

    async def run() -> list[Any]:
        async with client:
            return [
                await api.fetch_thing.asyncio(sid, client=client),
                await api.delete_thing.asyncio(sid, client=client),
                [t async for t in api.list_thing.stream_async(client=client)],
            ]

    fetched, deleted, listed = asyncio.run(run())
    assert fetched == thing and deleted is None and len(listed) == 4


@pytest.mark.parametrize(
    ("function", "kwargs", "field", "rule"),
    [
        ("fetch_thing", {"sid": "WS" + "a" * 32}, "Sid", "pattern"),
        ("fetch_thing", {"sid": ".."}, "Sid", "minLength"),
        ("fetch_thing", {"sid": THING["sid"], "x_trace": "t\r\nX-Injected: 1"}, "headers", "type"),
        ("list_thing", {"page_size": 0}, "PageSize", "minimum"),
        ("list_thing", {"page_size": True}, "PageSize", "type"),
        ("list_thing", {"kind": "huge"}, "Kind", "enum"),
        ("list_thing", {"since": "yesterday"}, "Since", "type"),
        ("list_thing", {"since": datetime.datetime(2020, 1, 1)}, "Since", "format"),
        ("create_thing", {"body": {"Name": "x"}}, "body", "type"),
        ("create_thing", {"body": "NewThing(name='')"}, "Name", "minLength"),
        ("create_thing", {"body": "NewThing(name='x', kind='huge')"}, "Kind", "enum"),
        ("create_thing", {"body": "NewThing(name='x', size=-1)"}, "Size", "minimum"),
    ],
)
def test_rules_come_from_the_spec_for_every_shape(
    shapes: ModuleType, function: str, kwargs: dict[str, Any], field: str, rule: str
) -> None:
    api = Api()
    models = importlib.import_module("shapes_client.models")
    errors = importlib.import_module("shapes_client.errors")
    if isinstance(kwargs.get("body"), str):
        kwargs = {"body": eval(kwargs["body"], {"NewThing": models.NewThing})}
    args = (kwargs.pop("sid"),) if "sid" in kwargs else ()
    sent: list[httpx.Request] = []
    with pytest.raises(errors.InvalidRequestError) as caught:
        getattr(api, function).sync(*args, client=client_for(shapes, sent), **kwargs)
    assert (caught.value.field, caught.value.rule) == (field, rule)
    assert sent == []


def test_the_generated_rules_and_stamp_name_the_inline_spec(shapes: ModuleType) -> None:
    rules = importlib.import_module("shapes_client._rules").OPERATIONS
    provenance = importlib.import_module("shapes_client._provenance")
    assert sorted(rules) == ["create_thing", "delete_thing", "fetch_thing", "list_thing"]
    assert rules["fetch_thing"]["path"]["Sid"]["pattern"] == SID["pattern"]
    assert provenance.PACKAGE_VERSION == "9.9.9"
