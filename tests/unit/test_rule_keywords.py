"""The rule checker keyword by keyword, on rules of every shape a spec can give (not only the ones
TaskRouter's Workflow operations use): each keyword refuses what breaks it, naming the value's
path and the keyword, and passes what keeps it; values of formats (date-time, date, uri) are read
strictly. These are the rules ``_rules.py`` carries for any operation added to the spec."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from taskrouter_client import errors
from taskrouter_client._input import check_fields, check_value

UTC = datetime.UTC

# (rule, a value that keeps it, a value that breaks it, the keyword it breaks)
CASES: dict[str, tuple[dict[str, Any], Any, Any, str]] = {
    "string type": ({"type": ("string",)}, "a", 1, "type"),
    "integer, not a bool": ({"type": ("integer",)}, 3, True, "type"),
    "number takes an int": ({"type": ("number",)}, 3, "3", "type"),
    "boolean": ({"type": ("boolean",)}, False, 0, "type"),
    "array": ({"type": ("array",)}, [1], "123", "type"),
    "object": ({"type": ("object",)}, {}, [], "type"),
    "nullable": ({"type": ("string", "null")}, None, 5, "type"),
    "not nullable": ({"type": ("string",)}, "x", None, "type"),
    "enum": ({"type": ("string",), "enum": ("FIFO", "LIFO")}, "LIFO", "PRIORITY", "enum"),
    "integer enum": ({"type": ("integer",), "enum": (1, 2)}, 2, 3, "enum"),
    "const": ({"const": "x"}, "x", "y", "const"),
    "minLength": ({"type": ("string",), "minLength": 2}, "ab", "a", "minLength"),
    "maxLength": ({"type": ("string",), "maxLength": 2}, "ab", "abc", "maxLength"),
    "pattern ends at the end": ({"type": ("string",), "pattern": "^a$"}, "a", "a\n", "pattern"),
    "minimum": ({"type": ("integer",), "minimum": 1}, 1, 0, "minimum"),
    "maximum": ({"type": ("integer",), "maximum": 1}, 1, 2, "maximum"),
    "exclusiveMinimum": ({"type": ("number",), "exclusiveMinimum": 0}, 0.5, 0, "exclusiveMinimum"),
    "exclusiveMaximum": ({"type": ("number",), "exclusiveMaximum": 1}, 0.5, 1, "exclusiveMaximum"),
    "minItems": ({"type": ("array",), "minItems": 1}, [1], [], "minItems"),
    "maxItems": ({"type": ("array",), "maxItems": 1}, [1], [1, 2], "maxItems"),
    "items": ({"type": ("array",), "items": {"type": ("integer",)}}, [1, 2], [1, "2"], "type"),
    "any items": ({"type": ("array",), "items": {"type": ()}}, [1, "a", None, {}], "ab", "type"),
    "date-time text": ({"type": ("string",), "format": "date-time"}, "2024-01-02T03:04:05Z", "2024-01-02", "format"),
    "date-time not text": ({"type": ("string",), "format": "date-time"}, "2024-01-02 03:04:05Z", "yesterday", "format"),
    "date-time without offset": (
        {"type": ("string",), "format": "date-time"},
        "2024-01-02T03:04:05+01:00",
        "2024-01-02T03:04:05",
        "format",
    ),
    "date text": ({"type": ("string",), "format": "date"}, "2024-01-02", "2024-01-02T03:04:05", "format"),
    "date not a date": ({"type": ("string",), "format": "date"}, "2024-02-29", "2023-02-29", "format"),
    "uri": ({"type": ("string",), "format": "uri"}, "https://example.com/a", "https://", "format"),
    "uri with a space": ({"type": ("string",), "format": "uri"}, "https://a.b/c", "https://a.b/c d", "format"),
    "uri with a bad port": ({"type": ("string",), "format": "uri"}, "https://a.b:8443/", "https://a.b:0/", "format"),
    "JSON text": (
        {"type": ("string",), "contentMediaType": "application/json"},
        '{"a":1}',
        "{a:1}",
        "contentMediaType",
    ),
    "JSON text without NaN": (
        {"type": ("string",), "contentMediaType": "application/json"},
        "[1]",
        "[NaN]",
        "contentMediaType",
    ),
    "object properties": (
        {"type": ("object",), "properties": {"a": {"required": True, "type": ("integer",)}}},
        {"a": 1},
        {"b": 1},
        "required",
    ),
    "closed object": (
        {"type": ("object",), "properties": {"a": {"type": ("integer",)}}, "closed": True},
        {"a": 1},
        {"a": 1, "b": 2},
        "additionalProperties",
    ),
    "not both": (
        {"type": ("object",), "not": {"properties": {"a": {"required": True}, "b": {"required": True}}}},
        {"a": 1},
        {"a": 1, "b": 2},
        "not",
    ),
    "anyOf": ({"anyOf": ({"type": ("string",)}, {"type": ("integer",)})}, 5, 5.5, "anyOf"),
}


@pytest.mark.parametrize("case", CASES)
def test_each_keyword_refuses_what_breaks_it_and_passes_what_keeps_it(case: str) -> None:
    rule, good, bad, keyword = CASES[case]
    check_value("Field", good, rule)
    with pytest.raises(errors.InvalidRequestError) as caught:
        check_value("Field", bad, rule)
    assert caught.value.rule == keyword
    assert caught.value.field.startswith("Field")
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC), True),
        (datetime.datetime(2024, 1, 2, 3, 4, 5), False),  # naive: which time is it?
        ("2024-01-02T03:04:05Z", False),  # a parameter takes the datetime, the generated code writes it
        (datetime.date(2024, 1, 2), False),
    ],
)
def test_a_date_time_parameter_takes_an_aware_datetime(value: Any, ok: bool) -> None:
    rule = {"type": ("string",), "format": "date-time"}
    if ok:
        check_value("StartDate", value, rule, native=True)
    else:
        with pytest.raises(errors.InvalidRequestError) as caught:
            check_value("StartDate", value, rule, native=True)
        assert caught.value.rule in ("type", "format")


def test_a_date_parameter_takes_a_date() -> None:
    rule = {"type": ("string",), "format": "date"}
    check_value("Day", datetime.date(2024, 1, 2), rule, native=True)
    with pytest.raises(errors.InvalidRequestError):
        check_value("Day", "2024-01-02", rule, native=True)


def test_fields_report_the_first_field_and_rule_broken() -> None:
    rules = {"A": {"required": True, "type": ("integer",)}, "B": {"type": ("string",), "minLength": 3}}
    check_fields({"A": 1, "B": "abc"}, rules)
    with pytest.raises(errors.InvalidRequestError) as missing:
        check_fields({"B": "abc"}, rules)
    assert (missing.value.field, missing.value.rule) == ("A", "required")
    with pytest.raises(errors.InvalidRequestError) as short:
        check_fields({"A": 1, "B": "ab"}, rules)
    assert (short.value.field, short.value.rule) == ("B", "minLength")
    with pytest.raises(errors.InvalidRequestError) as unknown:
        check_fields({"A": 1, "C": 1}, rules, closed=True)
    assert (unknown.value.field, unknown.value.rule) == ("C", "additionalProperties")
