"""The templates work for shapes nobody has written into openapi.yaml yet: the inline spec of
tests/shapes.py (a paged list with an array query parameter and an integer enum, a form create, a
bare `{Sid}`, a header parameter, a 204, a JSON body with a `oneOf`, a body with no properties, an
`items: {}` array, answer enums) is generated with the project's own generator command into a
temporary directory. Here: the result type-checks as the package does (mypy --strict, pyright), a
hand-written tour of its calls, the rules that no schema keyword names, and answers from a newer
API (enum values the spec does not name yet). The spec-derived operation tests
(tests/endpoints/test_every_operation.py) run over every one of its operations too."""

from __future__ import annotations

import asyncio
import importlib
import logging
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import shapes as shapes_spec
from spec_operations import operations
from support import ROOT

THING = shapes_spec.THING_EXAMPLE
SID = shapes_spec.SID


@pytest.fixture
def shapes(shapes_package: ModuleType) -> ModuleType:
    """The package `make generate`'s command and templates make from tests/shapes.py."""
    return shapes_package


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
        ("fetch_thing", {"sid": ".."}, "Sid", "minLength"),
        ("fetch_thing", {"sid": THING["sid"], "x_trace": "t\r\nX-Injected: 1"}, "headers", "type"),
        ("list_thing", {"page_size": True}, "PageSize", "type"),
        ("list_thing", {"tag": ["red", ""]}, "Tag[1]", "minLength"),
        ("create_thing", {"body": {"Name": "x"}}, "body", "type"),
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
    assert sorted(t["operation_id"] for t in rules.values()) == sorted(
        op.operation_id for op in operations(shapes_spec.SPEC, "shapes_client")
    )
    assert rules["fetch_thing"]["path"]["Sid"]["pattern"] == SID["pattern"]
    assert provenance.PACKAGE_VERSION == "9.9.9"


def test_every_shape_type_checks_as_the_package_does(shapes: ModuleType) -> None:
    """`make typecheck`'s checkers over the generated package: a legal spec shape (`items: {}`, a
    `oneOf`, an integer enum, a body with no properties) must not render code they reject."""
    assert shapes.__file__ is not None
    folder = Path(shapes.__file__).parent
    mypy = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "mypy"), "--strict", "--no-incremental", folder.name],
        cwd=folder.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    pyright = subprocess.run(
        [
            str(ROOT / "node_modules" / ".bin" / "pyright"),
            "--pythonpath",
            str(ROOT / ".venv" / "bin" / "python"),
            folder.name,
        ],
        cwd=folder.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert pyright.returncode == 0, pyright.stdout + pyright.stderr


def _decode(shapes: ModuleType, model: str, body: Any) -> Any:
    decoding = importlib.import_module("shapes_client._decoding")
    cls = getattr(importlib.import_module("shapes_client.models"), model)
    return decoding.decode_model(cls, httpx.Response(200, json=body))


def test_an_answer_enum_value_the_spec_does_not_name_is_kept_with_a_warning(
    shapes: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    """TaskRouter adds enum values without a new API version: the value is kept as it came (its
    type, a Literal of the known values or their base type, says so), with a warning naming it."""
    caplog.set_level(logging.WARNING, logger="shapes_client")
    statistics = _decode(shapes, "ThingStatistics", {"thing_sid": THING["sid"], "level": 7, "state": "draining"})
    assert (statistics.level, statistics.state) == (7, "draining")
    page = _decode(shapes, "ThingPage", {"things": [THING, THING | {"kind": "huge"}], "meta": {"next_page_url": None}})
    assert [thing.kind for thing in page.things] == ["big", "huge"]
    warned = [record.getMessage() for record in caplog.records]
    assert any(m.startswith("$.level: 7 is not a value the spec names") for m in warned)
    assert any(m.startswith("$.state: 'draining' is not a value the spec names") for m in warned)
    assert any(m.startswith("$.things[1].kind: 'huge' is not a value the spec names") for m in warned)
    assert len(warned) == 3  # known values are not warned about
    kind = importlib.import_module("shapes_client.models.kind")
    assert {"big", "small"} == kind.KIND_VALUES


@pytest.mark.parametrize(
    ("model", "body", "where"),
    [
        ("ThingStatistics", {"thing_sid": THING["sid"], "level": "7", "state": "idle"}, "$.level"),
        ("Thing", THING | {"kind": 5}, "$.kind"),
        ("ThingPage", {"things": [THING], "meta": "x"}, "$.meta"),
        ("ThingPage", {"things": [THING], "meta": None}, "$.meta"),
        ("ThingPage", {"things": [1], "meta": {"next_page_url": None}}, "$.things[0]"),
        ("ThingPage", {"things": None, "meta": {"next_page_url": None}}, "$.things"),
    ],
    ids=[
        "integer enum as text",
        "text enum as number",
        "object as text",
        "object as null",
        "item as number",
        "list as null",
    ],
)
def test_a_field_of_the_wrong_type_is_named_in_the_decode_error(
    shapes: ModuleType, model: str, body: Any, where: str
) -> None:
    decoding = importlib.import_module("shapes_client._decoding")
    with pytest.raises(decoding.SchemaMismatch) as caught:
        _decode(shapes, model, body)
    assert caught.value.where == where
