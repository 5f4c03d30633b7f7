"""Input rules: every path and query parameter and every body field checked against its rule in
the spec (``_rules.py``, written from openapi.yaml by the generator's post-hook) before anything is
sent. A rule is compiled once into a function of checks. A failed check raises
:class:`~.errors.InvalidRequestError` naming the field (or the path inside a JSON document) and the
schema keyword it broke. Copied from templates/runtime/_input.py by `make generate`; do not edit
the generated copy."""

import datetime
import functools
import json
import re
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import attrs

from ._decoding import describe, fields_of, union_members
from .errors import InvalidRequestError
from .types import UNSET, Unset

# The rules come from openapi.yaml: scripts/postgen.py writes them into _rules.py (by operationId)
# at `make generate` time, with the JSON types and the keywords below.

# isinstance against a tuple made once: ``str | int`` in a call builds a union object each time.
JSON_SCALARS = (str, bool, int)
SEQUENCES = (list, tuple)
_NUMBERS = (int, float)
TEXT_OR_UNSET = (str, Unset)

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict,),
}


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str]:
    """A JSON Schema pattern as a Python regex; a final ``$`` means the end of the text (as in
    ECMA 262), not "before a final newline" as in Python."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


# Compiled on first use, not at import (a program that only builds a client never needs them).
@functools.cache
def _not_in_uri() -> re.Pattern[str]:
    return re.compile(r"[\s\x00-\x1f\x7f-\x9f]")


@functools.cache
def surrogate() -> re.Pattern[str]:
    return re.compile("[\ud800-\udfff]")


@functools.lru_cache(maxsize=256)  # the same callback URLs, call after call
def _is_uri(value: str) -> bool:
    """An absolute URL with a host: no whitespace or control characters, a valid port."""
    if _not_in_uri().search(value):
        return False
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return False
    return bool(parts.scheme and parts.hostname) and port != 0


def _is_date_time(value: object) -> bool:
    if isinstance(value, datetime.datetime):
        return True
    if not isinstance(value, str):
        return False
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        return False
    # (RFC 3339: a date-time on the wire says its offset; a naive one does not say which time it is)
    return ("T" in value or " " in value) and parsed.tzinfo is not None


def _is_date(value: object) -> bool:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return True
    if not isinstance(value, str):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


_FORMATS: dict[str, Callable[[Any], bool]] = {
    "uri": lambda value: isinstance(value, str) and _is_uri(value),
    "date-time": _is_date_time,
    "date": _is_date,
}

# Python types that stand for a JSON string of a format (they are serialised before sending).
_FORMAT_TYPES: dict[str, tuple[type, ...]] = {
    "date-time": (datetime.datetime,),
    "date": (datetime.date,),
}


def refuse_constant(constant: str) -> typing.NoReturn:
    raise ValueError(f"{constant} is not JSON")


# JSON texts that passed their content rule, by (id of the rule, text); the rule itself is the
# value, so a rule's id reused by another object never matches. Bounded; cleared when full.
_CHECKED_DOCUMENTS: dict[tuple[int, str], Mapping[str, Any] | None] = {}


def check_json_text(name: str, value: str, content_rule: Mapping[str, Any] | None = None) -> None:
    """Refuse a string that is not strict JSON (no NaN/Infinity), or nested past sense; with
    ``content_rule`` (the spec's ``contentSchema``), check the document inside it too, naming the
    path inside it (``Configuration.task_routing.filters[0].targets[1].queue``)."""
    key = (id(content_rule), value)
    if _CHECKED_DOCUMENTS.get(key) is content_rule and key in _CHECKED_DOCUMENTS:
        return  # this very text passed this very rule before (the same routing rules, call after call)
    try:
        document = json.loads(value, parse_constant=refuse_constant)
        if "\\u" in value and surrogate().search(json.dumps(document, ensure_ascii=False)):
            raise InvalidRequestError(name, "contentMediaType", f"{name} holds a lone surrogate (not sendable JSON)")
        if content_rule is not None:
            check_value(name, document, content_rule)
    except RecursionError:
        raise InvalidRequestError(name, "contentMediaType", f"{name} is nested too deeply") from None
    except InvalidRequestError:
        raise
    except ValueError as exc:
        raise InvalidRequestError(name, "contentMediaType", f"{name} must be a JSON document ({exc})") from None
    if len(_CHECKED_DOCUMENTS) >= 256:
        _CHECKED_DOCUMENTS.clear()
    _CHECKED_DOCUMENTS[key] = content_rule


@functools.cache
def _type_plan(types: tuple[str, ...], fmt: str | None) -> tuple[tuple[str, ...], tuple[type, ...]]:
    """A rule's JSON types but null, and the Python types that stand for them (compiled once)."""
    json_types = tuple(t for t in types if t != "null")
    allowed = tuple(t for json_type in json_types for t in _JSON_TYPES.get(json_type, (object,)))
    if "string" in json_types and fmt in _FORMAT_TYPES:
        allowed += _FORMAT_TYPES[fmt]
    return json_types, allowed


def check_value(name: str, value: Any, rule: Mapping[str, Any], *, native: bool = False) -> None:
    """Check one value against its rule; raises InvalidRequestError naming ``name`` and the
    keyword it broke. ``native``: the value is the Python argument (a parameter), not its wire
    form, so a ``date-time`` must be an aware ``datetime`` (the generated code serialises it).

    A rule is compiled into its checks on first use and the checks kept with it: rules are the
    spec's, fixed for the life of the process (``_rules.py``)."""
    _checker(rule, native)(name, value)


Check = Callable[[str, Any], None]
_Compiled = TypeVar("_Compiled")

# What is compiled from a rule (its checks) or a set of field rules (their plan), by (id of the
# rule, native), each kept with its rule so that an id cannot be reused by another rule while it
# is here; bounded for rules made on the fly.
_CHECKERS: dict[tuple[int, bool], tuple[Mapping[str, Any], Any]] = {}
_FIELD_PLANS: dict[tuple[int, bool], tuple[Mapping[str, Any], Any]] = {}
_CHECKERS_SIZE = 4096


def compiled(
    store: dict[tuple[int, bool], tuple[Mapping[str, Any], Any]],
    rule: Mapping[str, Any],
    native: bool,
    compile_rule: Callable[[Any, bool], _Compiled],
) -> _Compiled:
    key = (id(rule), native)
    found = store.get(key)
    if found is not None and found[0] is rule:
        made: _Compiled = found[1]
        return made
    if len(store) >= _CHECKERS_SIZE:
        store.clear()
    made = compile_rule(rule, native)
    store[key] = (rule, made)
    return made


def _checker(rule: Mapping[str, Any], native: bool) -> Check:
    return compiled(_CHECKERS, rule, native, _compile_rule)


def _fail(name: str, key: str, message: str) -> typing.NoReturn:
    raise InvalidRequestError(name, key, f"{name} {message}")


def _compile_rule(rule: Mapping[str, Any], native: bool) -> Check:
    """The checks of one rule, in the order the keywords are checked, as one function."""
    types = rule.get("type", ())
    nullable = not types or "null" in types
    fmt = rule.get("format")
    json_types, allowed = _type_plan(tuple(types), fmt)
    steps: list[Check] = []
    if native and fmt in _FORMAT_TYPES and "string" in json_types:
        steps.append(_native_format_step(fmt))
    else:
        if json_types:
            steps.append(_type_step(json_types, allowed))
        if "enum" in rule:
            steps.append(_enum_step(rule["enum"]))
        if "const" in rule:
            steps.append(_const_step(rule["const"]))
        steps.append(_string_step(rule))
        if fmt in _FORMATS:
            steps.append(_format_step(fmt))
        if rule.keys() & {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}:
            steps.append(_number_step(rule))
        if rule.keys() & {"minItems", "maxItems", "items"}:
            steps.append(_array_step(rule))
        if "properties" in rule:
            steps.append(_object_step(rule))
        if "not" in rule:
            steps.append(_not_step(rule["not"]))
        if "anyOf" in rule:
            steps.append(_any_of_step(rule["anyOf"]))
    plan = tuple(steps)

    def check(name: str, value: Any) -> None:
        if value is None:
            if not nullable:
                _fail(name, "type", "must not be None")
            return
        for step in plan:
            step(name, value)

    return check


def _native_format_step(fmt: str) -> Check:
    wanted = _FORMAT_TYPES[fmt]

    def step(name: str, value: Any) -> None:
        if not isinstance(value, wanted):
            _fail(name, "type", f"must be a {wanted[0].__name__} ({fmt}), got {describe(value)}")
        if isinstance(value, datetime.datetime) and value.utcoffset() is None:
            _fail(name, "format", "must be a timezone-aware datetime (a naive one does not say which time it is)")

    return step


def _type_step(json_types: tuple[str, ...], allowed: tuple[type, ...]) -> Check:
    bool_allowed = bool in allowed
    wanted = " or ".join(json_types)

    def step(name: str, value: Any) -> None:
        if not isinstance(value, allowed) or (isinstance(value, bool) and not bool_allowed):
            _fail(name, "type", f"must be {wanted}, got {describe(value)}")

    return step


def _enum_step(values: Any) -> Check:
    def step(name: str, value: Any) -> None:
        if value not in values:
            _fail(name, "enum", f"must be one of {', '.join(map(repr, values))}, got {describe(value)}")

    return step


def _const_step(const: Any) -> Check:
    def step(name: str, value: Any) -> None:
        if value != const:
            _fail(name, "const", f"must be {const!r}, got {describe(value)}")

    return step


def _string_step(rule: Mapping[str, Any]) -> Check:
    min_length, max_length = rule.get("minLength"), rule.get("maxLength")
    pattern = rule.get("pattern")
    regex = _pattern(pattern) if pattern is not None else None
    document = rule.get("contentMediaType") == "application/json"
    schema = rule.get("contentSchema")

    def step(name: str, value: Any) -> None:
        if not isinstance(value, str):
            return
        if not value.isascii() and surrogate().search(value):
            _fail(name, "type", "must be text that can be sent (it holds a lone surrogate)")
        if min_length is not None and len(value) < min_length:
            _fail(name, "minLength", f"must be at least {min_length} characters long")
        if max_length is not None and len(value) > max_length:
            _fail(name, "maxLength", f"must be at most {max_length} characters long")
        if regex is not None and not regex.search(value):
            _fail(name, "pattern", f"must match {pattern}, got {value[:40]!r}")
        if document:
            check_json_text(name, value, schema)

    return step


def _format_step(fmt: str) -> Check:
    valid = _FORMATS[fmt]

    def step(name: str, value: Any) -> None:
        if not valid(value):
            _fail(name, "format", f"must be a {fmt}, got {describe(value)}")

    return step


def _number_step(rule: Mapping[str, Any]) -> Check:
    minimum, maximum = rule.get("minimum"), rule.get("maximum")
    above, below = rule.get("exclusiveMinimum"), rule.get("exclusiveMaximum")

    def step(name: str, value: Any) -> None:
        if not isinstance(value, _NUMBERS) or isinstance(value, bool):
            return
        if minimum is not None and value < minimum:
            _fail(name, "minimum", f"must be at least {minimum:g}, got {value}")
        if maximum is not None and value > maximum:
            _fail(name, "maximum", f"must be at most {maximum:g}, got {value}")
        if above is not None and value <= above:
            _fail(name, "exclusiveMinimum", f"must be more than {above:g}, got {value}")
        if below is not None and value >= below:
            _fail(name, "exclusiveMaximum", f"must be less than {below:g}, got {value}")

    return step


def _array_step(rule: Mapping[str, Any]) -> Check:
    min_items, max_items, items = rule.get("minItems"), rule.get("maxItems"), rule.get("items")

    def step(name: str, value: Any) -> None:
        if not isinstance(value, SEQUENCES):
            return
        if min_items is not None and len(value) < min_items:
            _fail(name, "minItems", f"must have at least {min_items} items")
        if max_items is not None and len(value) > max_items:
            _fail(name, "maxItems", f"must have at most {max_items} items")
        if items is not None:
            for index, item in enumerate(value):
                check_value(f"{name}[{index}]", item, items)

    return step


def _object_step(rule: Mapping[str, Any]) -> Check:
    properties: Mapping[str, Mapping[str, Any]] = rule["properties"]
    closed = bool(rule.get("closed"))
    known = frozenset(properties)

    def step(name: str, value: Any) -> None:
        if not isinstance(value, dict):
            return
        for key, key_rule in properties.items():
            if key in value:
                check_value(f"{name}.{key}", value[key], key_rule)
            elif key_rule.get("required"):
                raise InvalidRequestError(f"{name}.{key}", "required", f"{name}.{key} is required")
        if closed:
            unknown = sorted(set(value) - known)
            if unknown:
                _fail(name, "additionalProperties", f"must not have {unknown[0]!r}")

    return step


def _not_step(negated: Mapping[str, Any]) -> Check:
    keys = [key for key, key_rule in negated.get("properties", {}).items() if key_rule.get("required")]
    message = f"must not have both {' and '.join(keys)}" if keys else "must not match the schema in its 'not'"

    def step(name: str, value: Any) -> None:
        if _matches(name, value, negated):
            _fail(name, "not", message)

    return step


def _any_of_step(members: tuple[Mapping[str, Any], ...]) -> Check:
    def step(name: str, value: Any) -> None:
        if not any(_matches(name, value, member) for member in members):
            _fail(name, "anyOf", f"must match one of its {len(members)} schemas, got {describe(value)}")

    return step


def _matches(name: str, value: Any, rule: Mapping[str, Any]) -> bool:
    try:
        check_value(name, value, rule)
    except InvalidRequestError:
        return False
    return True


def check_path_parameter(name: str, value: object, rule: Mapping[str, Any]) -> None:
    """Check a path parameter against its rule. What would leave its path segment is refused
    where the path is built (:func:`path_segment`), with the checks on or off."""
    check_value(name, value, rule, native=True)


def path_segment(name: str, value: object) -> str:
    """``value`` quoted as one path segment. Refused, with the checks on or off, when it would
    not stay one: empty, ``.`` or ``..`` (which URL normalisation turns into a parent path: a
    Workflow delete would become a Workspace delete)."""
    text = str(value)
    if not (text.isascii() and text.isalnum()):  # (letters and digits: nothing to quote, a SID)
        text = quote(text, safe="")
    if text in ("", ".", ".."):
        raise InvalidRequestError(name, "path", f"{name} must be a non-empty path segment, got {text!r}")
    return text


def check_fields(
    fields: Mapping[str, Any], rules: Mapping[str, Mapping[str, Any]], *, closed: bool = False, native: bool = False
) -> None:
    """Check named values (a request body's wire fields, or query parameters with UNSET for
    "not given") against their rules; raises InvalidRequestError naming the first field and rule
    broken. ``closed``: no other fields are allowed (``additionalProperties: false``);
    ``native``: the values are Python arguments (see :func:`check_value`)."""
    for name, required, check in compiled(_FIELD_PLANS, rules, native, _fields_plan):
        value = fields.get(name, UNSET)
        if value is UNSET:
            if required:
                raise InvalidRequestError(name, "required", f"{name} is required")
            continue
        check(name, value)
    if closed and not fields.keys() <= rules.keys():
        unknown = sorted(set(fields) - set(rules))
        raise InvalidRequestError(unknown[0], "additionalProperties", f"{unknown[0]} is not a field of this request")


def _fields_plan(rules: Mapping[str, Mapping[str, Any]], native: bool) -> tuple[tuple[str, bool, Check], ...]:
    """(name, required, compiled check) of each field of a set of rules."""
    return tuple((name, bool(rule.get("required")), _checker(rule, native)) for name, rule in rules.items())


def check_input_model(instance: Any, where: str = "$", names: Mapping[str, str] | None = None) -> None:
    """Refuse a request model, or a model inside it, holding what its ``to_dict`` cannot serialise or
    would serialise wrongly: a value of another kind where a model or a list belongs (a model
    without its list's brackets, a plain dict for a model, text whose characters would go out as
    the items), None where the field is not nullable. The error names the path
    (``Configuration.task_routing.filters[0].targets``) and what belongs there: ``names`` gives a
    request body's attributes their wire names, the root of each path; inside, ``where.attribute``.
    Values of plain types are left to the rules of the wire form (:func:`check_fields`)."""
    cls: type = type(instance)
    for name, hint in _structured_fields(cls):
        path = names[name] if names is not None and name in names else f"{where}.{name}"
        _check_structure(getattr(instance, name), hint, path)


@functools.cache
def _structured_fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """The attributes of a model whose annotation holds a model, a list, a mapping or a date."""
    return tuple((name, hint) for name, hint in fields_of(cls) if name != "additional_properties" and _structure(hint))


@functools.cache
def _structure(hint: Any) -> bool:
    """Whether ``to_dict`` converts a value of this annotation (a model, a list, a mapping, a date
    it formats), so that a value of another kind would not serialise or would serialise wrongly."""
    return any(
        typing.get_origin(member) in (list, dict)
        or member in (datetime.datetime, datetime.date)
        or (isinstance(member, type) and attrs.has(member))
        for member in union_members(hint)[0]
    )


def _check_structure(value: Any, hint: Any, where: str) -> None:
    members = union_members(hint)[0]
    if value is UNSET and Unset in members or value is None and type(None) in members:
        return
    for member in members:
        origin = typing.get_origin(member)
        if origin is list:
            if isinstance(value, SEQUENCES):
                (item,) = typing.get_args(member)
                if _structure(item):
                    for index, element in enumerate(value):
                        _check_structure(element, item, f"{where}[{index}]")
                return
        elif origin is dict:
            if isinstance(value, dict):
                return
        elif isinstance(member, type) and attrs.has(member):
            if isinstance(value, member):
                check_input_model(value, where)
                return
        elif member is Any or origin is typing.Literal or isinstance(member, type) and isinstance(value, member):
            return
    wanted = " or ".join(_kind(member) for member in members if member is not Unset)
    raise InvalidRequestError(where, "type", f"{where} must be {wanted}, got {describe(value)}")


def _kind(member: Any) -> str:
    origin = typing.get_origin(member)
    if origin is list:
        return f"a list of {_kind(typing.get_args(member)[0]).removeprefix('a ')}"
    if origin is dict:
        return "a mapping"
    if member is type(None):
        return "None"
    name = getattr(member, "__name__", str(member))
    return f"a {name}"
