"""The strict decoder's rules for annotation shapes today's models do not use yet (lists,
literals, floats, free-form values), ready for the typed Configuration and list pages."""

from __future__ import annotations

import datetime
import math
from http import HTTPStatus
from typing import Any, Literal

import pytest

from scenarios import WORKFLOW_FULL
from taskrouter_client.models import TwilioError, TwilioErrorDetails, Workflow, WorkflowLinks
from taskrouter_client.types import UNSET, SchemaMismatch, Unset, _conform, check_model, status_of


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
    assert _conform(value, hint, "$.x") == expected


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
        _conform(value, hint, "$.x")
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
