"""The strict decoder (``taskrouter_client._decoding``): each annotation shape's values pass and
values of another type are refused with the JSON path; ``check_model`` gives, attribute for
attribute, what ``conform`` gives; a decoded date is aware and a mistyped one a DecodeError; a
text member beside an array in a union is decoded; unknown attributes act as a mapping."""

from __future__ import annotations

import copy
import datetime
import importlib
import math
from collections import OrderedDict
from collections.abc import Callable, Iterator
from http import HTTPStatus
from types import ModuleType
from typing import Any, Literal

import attrs
import httpx
import pytest

from scenarios import WORKFLOW_FULL, WORKSPACE_SID
from support import Recorder, generated_package, make_client
from taskrouter_client import errors, models
from taskrouter_client._decoding import SchemaMismatch, check_model, conform, fields_of, union_members
from taskrouter_client.api.workflows import fetch_workflow
from taskrouter_client.models import TwilioError, TwilioErrorDetails, Workflow, WorkflowLinks
from taskrouter_client.types import UNSET, Unset, status_of

WORKFLOW_SID = WORKFLOW_FULL["sid"]
UTC2 = datetime.timezone(datetime.timedelta(hours=2))

# --- conform: each annotation shape --------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "hint", "expected"),
    [
        ([1, 2], list[int], [1, 2]),
        ({"a": 1.5}, dict[str, float], {"a": 1.5}),
        ("fifo", Literal["fifo", "lifo"], "fifo"),
        (3, float, 3),
        (2.5, float | None, 2.5),
        ({"x": [1]}, Any, {"x": [1]}),
        (UNSET, int | Unset, UNSET),
        (True, bool, True),
        (
            "2014-05-14T10:50:02Z",
            list[datetime.datetime] | datetime.datetime,
            datetime.datetime(2014, 5, 14, 10, 50, 2, tzinfo=datetime.UTC),
        ),
        (datetime.datetime(2014, 5, 14), datetime.datetime, datetime.datetime(2014, 5, 14, tzinfo=datetime.UTC)),
    ],
)
def test_values_of_the_annotated_type_pass(value: Any, hint: Any, expected: Any) -> None:
    assert conform(value, hint, "$.x") == expected


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ([1, "two"], list[int]),
        ("list", list[int]),
        ({"a": "b"}, dict[str, float]),
        ("stack", Literal["fifo", "lifo"]),
        (math.nan, float),
        (math.inf, float | None),
        (True, float),
        (1, bool),
        (None, int),
        ("soon", datetime.datetime),
        (UNSET, int),
    ],
)
def test_values_of_another_type_are_refused(value: Any, hint: Any) -> None:
    with pytest.raises(SchemaMismatch) as caught:
        conform(value, hint, "$.x")
    assert caught.value.where.startswith("$.x")


def test_a_mismatch_names_the_path_inside_a_model() -> None:
    links = WorkflowLinks(statistics="https://example.com/s")
    links.additional_properties = {"tasks": 5}  # type: ignore[dict-item]
    with pytest.raises(SchemaMismatch) as caught:
        check_model(links, "$.links")
    assert caught.value.where == "$.links.tasks"
    assert "expected str, got int 5" in caught.value.reason


def test_status_of_keeps_unknown_statuses_as_int() -> None:
    assert status_of(201) is HTTPStatus.CREATED
    assert status_of(520) == 520 and type(status_of(520)) is int


@pytest.mark.parametrize(
    "model",
    [
        WorkflowLinks(),
        TwilioErrorDetails(),
        TwilioError(),
        Workflow.from_dict(WORKFLOW_FULL),
    ],
    ids=type,
)
def test_unknown_attributes_behave_like_a_mapping(model: Any) -> None:
    model["extra"] = "https://example.com/x"
    assert "extra" in model and model["extra"] == "https://example.com/x"
    assert model.additional_keys == ["extra"]
    assert model.to_dict()["extra"] == "https://example.com/x"
    del model["extra"]
    assert "extra" not in model and model.additional_keys == []


# --- check_model: its shortcuts give what conform gives ------------------------------------------


class _Stamp(datetime.datetime):
    pass


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
# (The models package also exports each enum's alias, a Literal of its values beside their type.)
MODEL_CLASSES: list[type] = [getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))]


def _outcome(work: Callable[..., Any], *args: Any) -> tuple[str, Any]:
    try:
        return "ok", work(*args)
    except SchemaMismatch as exc:
        return "refused", exc.where


def _neutral(hint: Any) -> Any:
    """A value the annotation takes as it is (a model of neutral values where one is required),
    so that only the attribute under test can be refused."""
    candidates: tuple[Any, ...] = (UNSET, None, "", 0, {}, [])
    for candidate in candidates:
        if _outcome(conform, candidate, hint, "$")[0] == "ok":
            return candidate
    (model,) = [option for option in union_members(hint)[0] if isinstance(option, type) and attrs.has(option)]
    return _instance(model, {name: _neutral(inner) for name, inner in fields_of(model)})


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
    """Aware datetimes and dict[str, Any] dicts skip conform: for every attribute of every model
    and every kind of value (naive, aware, subclass, date, dict subclass, mistyped), the outcome is
    conform's: naive made UTC, the same object kept, or the same refusal."""
    fields = fields_of(cls)
    neutral = {name: _neutral(hint) for name, hint in fields}
    for name, hint in fields:
        for value in SAMPLES:
            instance = _instance(cls, neutral)
            object.__setattr__(instance, name, value)
            place = "$" if name == "additional_properties" else f"$.{name}"
            expected = _outcome(conform, value, hint, place)
            got = _outcome(_checked, instance, name)
            assert got == expected, (name, value)
            if got[0] == "ok":
                assert type(got[1]) is type(expected[1])
                assert (got[1] is value) == (expected[1] is value)
                if isinstance(value, datetime.datetime):
                    assert got[1].tzinfo == expected[1].tzinfo


def test_attrs_models_are_checked_at_all() -> None:
    """Guard for the check_model test: it built real instances of every model."""
    assert all(attrs.has(cls) for cls in MODEL_CLASSES) and len(MODEL_CLASSES) > 10


# --- Decoded answers -----------------------------------------------------------------------------


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

    with make_client(Recorder(answer, judge=False)) as client:
        if expected is errors.DecodeError:
            with pytest.raises(errors.DecodeError) as caught:
                fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
            assert caught.value.where == "$.date_created"
            return
        workflow = fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
    assert isinstance(workflow.date_created, datetime.datetime)
    assert workflow.date_created == expected and workflow.date_created.utcoffset() == expected.utcoffset()


def test_a_dict_where_a_model_or_text_is_annotated_is_still_refused() -> None:
    """The dict shortcut applies only where a member is dict[str, Any]: a JSON object where the
    Workflow's ``configuration`` (a string) belongs is refused."""

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**WORKFLOW_FULL, "configuration": {"task_routing": {}}})

    with make_client(Recorder(answer, judge=False)) as client, pytest.raises(errors.DecodeError) as caught:
        fetch_workflow.sync(WORKSPACE_SID, WORKFLOW_SID, client=client)
    assert caught.value.where == "$.configuration"


# --- A union of a member read from text and an array (a generated package) -----------------------

ARRAY_OF_TEXT = {"type": "array", "items": {"type": "string"}}
THING_SID = {"type": "string", "pattern": "^TH[0-9a-f]{32}$", "minLength": 34, "maxLength": 34}
THING = {"sid": "TH" + "a" * 32, "name": "one"}
UNIONS_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Unions", "version": "9.9.9"},
    "paths": {
        "/v1/Things/{Sid}": {
            "parameters": [{"name": "Sid", "in": "path", "required": True, "schema": THING_SID}],
            "get": {
                "operationId": "FetchThing",
                "responses": {
                    "200": {
                        "description": "one",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            },
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["sid", "name"],
                "properties": {
                    "sid": THING_SID,
                    "name": {"type": ["string", "null"]},
                    "when": {"anyOf": [{"type": "string", "format": "date-time"}, ARRAY_OF_TEXT]},
                    "day": {"anyOf": [{"type": "string", "format": "date"}, ARRAY_OF_TEXT]},
                    "uid": {"anyOf": [{"type": "string", "format": "uuid"}, ARRAY_OF_TEXT]},
                },
            }
        }
    },
}


@pytest.fixture(scope="module")
def unions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated (as `make generate` does) from a spec with three unions of a
    text-read format and an array of text."""
    with generated_package(UNIONS_SPEC, "unions", tmp_path_factory.mktemp("unions")) as package:
        yield package


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("when", "2020-01-02T03:04:05Z"),  # datetime.datetime | list[str] | Unset
        ("day", "2020-01-02"),  # datetime.date | list[str] | Unset
        ("uid", "12345678-1234-5678-1234-567812345678"),  # list[str] | Unset | UUID
    ],
)
def test_a_text_read_member_beside_an_array_is_decoded(unions: ModuleType, key: str, text: str) -> None:
    """The answer (valid: the string member of the anyOf) decodes, the attribute holding the
    parsed date, date-time or UUID, not a DecodeError "expected a list, got str"."""
    fetch_thing = importlib.import_module("unions_client.api.default.fetch_thing")
    answer = THING | {key: text}
    client = unions.Client(
        base_url="http://127.0.0.1",
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(200, json=answer))},
    )
    with client:
        thing = fetch_thing.sync(THING["sid"], client=client)
    value = getattr(thing, key)
    assert not isinstance(value, str | list)
    assert str(value).replace(" ", "T").startswith(text[:10])


def _enum_modules() -> list[Any]:
    found = []
    for relative in sorted(set(models._MODULES.values())):
        module = importlib.import_module(relative, models.__name__)
        checks = [value for name, value in vars(module).items() if name.startswith("check_")]
        values = [value for name, value in vars(module).items() if name.endswith("_VALUES")]
        if checks and values:
            found.append(pytest.param(checks[0], values[0], id=relative.lstrip(".")))
    return found


@pytest.mark.parametrize(("check", "known"), _enum_modules())
def test_every_enum_keeps_its_known_values_and_one_a_newer_api_adds(check: Any, known: frozenset[Any]) -> None:
    """The check the generated from_dict calls keeps every value as it came: the ones the spec names
    and one it does not name yet (the decoder warns about that one; test_generator_shapes.py)."""
    assert known
    for value in known:
        assert check(value) == value
    newer = "A_NEWER_VALUE" if all(isinstance(v, str) for v in known) else max(known) + 1
    assert check(newer) == newer
