"""Shared types for properties, and the checks the endpoint functions run on what goes out and
what comes back. Rendered from templates/types.py.jinja; do not edit the generated copy."""

import datetime
import email.utils
import functools
import importlib
import json
import math
import re
import sys
import types as _pytypes
import typing
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Protocol, TypeVar
from urllib.parse import urlsplit

import attrs
import httpx
from attrs import define

from .errors import InvalidRequestError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    ``status_code`` is an ``HTTPStatus`` when Python knows the status and a plain ``int``
    otherwise (499, 520, ...). ``method`` and ``url`` name the request that got this answer.
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    method: str = ""
    url: str = ""


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for ``code``, or ``code`` itself when the status is not in Python's list."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


# --- Dates -------------------------------------------------------------------------------------


def parse_datetime(value: str) -> datetime.datetime:
    """Read an ISO 8601 date-time (what TaskRouter sends) or an RFC 2822 one (what its docs name).

    A value without an offset is taken as UTC (the API's "GMT"). Raises ValueError otherwise.
    """
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            raise ValueError(f"not an ISO 8601 or RFC 2822 date-time: {value[:64]!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


# --- Decoding answers --------------------------------------------------------------------------


class SchemaMismatch(Exception):
    """An answer's body does not match the schema of its status; ``where`` is a JSON path."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T: ...


M = TypeVar("M", bound=_Model)


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """(attribute, resolved annotation) of a generated model. Models import each other only for
    type checking, so the models package is the namespace their names resolve in."""
    models = importlib.import_module(".models", __package__)
    hints = typing.get_type_hints(cls, globalns=vars(sys.modules[cls.__module__]), localns=vars(models))
    return tuple((field.name, hints[field.name]) for field in attrs.fields(cls))


def _describe(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:40]}{'...' if len(text) > 40 else ''}"


# Types a value of which, of exactly that type, needs no further look (float does: NaN, inf).
_PLAIN_TYPES = frozenset({str, int, bool, type(None)})


@functools.cache
def _options(hint: Any) -> tuple[tuple[Any, ...], frozenset[type]]:
    """The members of an annotation's union, and those of them in _PLAIN_TYPES."""
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, _pytypes.UnionType) else (hint,)
    return options, frozenset(option for option in options if option in _PLAIN_TYPES)


def _conform(value: Any, hint: Any, where: str) -> Any:
    """``value`` if it is of the annotated type (after checking inside it), a datetime for a
    date string where a datetime is annotated; raises SchemaMismatch for anything else."""
    options, plain = _options(hint)
    if type(value) in plain:
        return value
    for option in options:
        if option is Any:
            return value
        if option is type(None):
            if value is None:
                return value
            continue
        origin = typing.get_origin(option)
        if origin is Literal:
            if value in typing.get_args(option):
                return value
            continue
        if origin is list:
            if isinstance(value, list):
                (item_hint,) = typing.get_args(option)
                return [_conform(item, item_hint, f"{where}[{i}]") for i, item in enumerate(value)]
            continue
        if origin is dict:
            if isinstance(value, dict):
                _, item_hint = typing.get_args(option)
                return {k: _conform(v, item_hint, f"{where}.{k}") for k, v in value.items()}
            continue
        if not isinstance(option, type):
            continue
        if option in (int, float) and isinstance(value, bool):
            continue
        if option is float and isinstance(value, int):
            return value
        if option is float and isinstance(value, float) and not math.isfinite(value):
            continue
        if isinstance(value, option):
            if attrs.has(option):
                check_model(value, where)
            elif isinstance(value, datetime.datetime) and value.tzinfo is None:
                return value.replace(tzinfo=datetime.UTC)
            return value
    if isinstance(value, str) and datetime.datetime in options:
        try:
            return parse_datetime(value)
        except ValueError as exc:
            raise SchemaMismatch(where, str(exc)) from None
    wanted = " or ".join(getattr(o, "__name__", str(o)) for o in options)
    raise SchemaMismatch(where, f"expected {wanted}, got {_describe(value)}")


def check_model(instance: Any, where: str = "$") -> None:
    """Check (and where needed convert) every attribute of a parsed model against its annotation."""
    cls: type = type(instance)
    for name, hint in _fields(cls):
        value = getattr(instance, name)
        conformed = _conform(value, hint, where if name == "additional_properties" else f"{where}.{name}")
        if conformed is not value:
            object.__setattr__(instance, name, conformed)


def _json_body(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as exc:
        reason = "empty body" if not response.content.strip() else f"body is not JSON ({exc})"
        raise SchemaMismatch("$", reason) from None


def decode_model(cls: type[M], response: httpx.Response) -> M:
    """Parse a JSON object body into ``cls``; raises SchemaMismatch when it does not fit."""
    data = _json_body(response)
    if not isinstance(data, dict):
        raise SchemaMismatch("$", f"expected a JSON object, got {_describe(data)}")
    try:
        instance = cls.from_dict(data)
    except KeyError as exc:
        raise SchemaMismatch("$", f"required attribute {exc.args[0]!r} is missing") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise SchemaMismatch("$", str(exc)) from None
    check_model(instance)
    return instance


def decode_error_model(cls: type[M], response: httpx.Response) -> M | None:
    """Parse an error body into ``cls``, or None when the body is not JSON of that shape."""
    try:
        return decode_model(cls, response)
    except SchemaMismatch:
        return None


# --- Checking requests -------------------------------------------------------------------------

# Path parameters lose their schema inside the generator, so their rule is the Twilio SID shape
# by parameter name; tests/test_spec.py fails if openapi.yaml ever says otherwise.
SID_PREFIXES: dict[str, str] = {
    "AccountSid": "AC",
    "WorkspaceSid": "WS",
    "WorkflowSid": "WW",
    "TaskQueueSid": "WQ",
}


def check_path_parameter(name: str, value: object) -> None:
    """Refuse a path parameter that is not a SID of the right kind (``..`` would escape the path)."""
    if not isinstance(value, str):
        raise InvalidRequestError(name, "type", f"{name} must be a str, not {_describe(value)}")
    prefix = SID_PREFIXES.get(name)
    if prefix is not None:
        if not re.fullmatch(prefix + "[0-9a-fA-F]{32}", value):
            raise InvalidRequestError(
                name,
                "pattern",
                f"{name} must be {prefix} followed by 32 hex digits (34 characters), got {value[:40]!r}",
            )
    elif not value or value in (".", "..") or "/" in value:
        raise InvalidRequestError(name, "path", f"{name} must be a non-empty path segment, got {value[:40]!r}")


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def _check_value(name: str, value: Any, rule: Mapping[str, Any]) -> None:
    def fail(key: str, message: str) -> typing.NoReturn:
        raise InvalidRequestError(name, key, f"{name} {message}")

    json_types = [t for t in rule.get("type", ()) if t != "null"]
    if value is None:
        if "null" not in rule.get("type", ()):
            fail("type", "must not be None")
        return
    if json_types:
        allowed = tuple(t for json_type in json_types for t in _JSON_TYPES.get(json_type, (object,)))
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            fail("type", f"must be {' or '.join(json_types)}, got {_describe(value)}")
    if isinstance(value, str):
        if "minLength" in rule and len(value) < rule["minLength"]:
            fail("minLength", f"must be at least {rule['minLength']} characters long")
        if "maxLength" in rule and len(value) > rule["maxLength"]:
            fail("maxLength", f"must be at most {rule['maxLength']} characters long")
        if "pattern" in rule and not re.search(rule["pattern"], value):
            fail("pattern", f"must match {rule['pattern']}, got {value[:40]!r}")
        if rule.get("format") == "uri":
            parts = urlsplit(value)
            if not (parts.scheme and parts.netloc):
                fail("format", f"must be an absolute URL, got {value[:40]!r}")
        if rule.get("contentMediaType") == "application/json":
            try:
                json.loads(value)
            except ValueError as exc:
                fail("contentMediaType", f"must be a JSON document ({exc})")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in rule and value < rule["minimum"]:
            fail("minimum", f"must be at least {rule['minimum']:g}, got {value}")
        if "maximum" in rule and value > rule["maximum"]:
            fail("maximum", f"must be at most {rule['maximum']:g}, got {value}")


def check_request_body(
    fields: Mapping[str, Any], rules: Mapping[str, Mapping[str, Any]], *, closed: bool = False
) -> None:
    """Check a request body's wire fields (``body.to_dict()``) against rules rendered from
    openapi.yaml; raises InvalidRequestError naming the first field and rule broken. ``closed``:
    the schema allows no other fields (``additionalProperties: false``)."""
    for name, rule in rules.items():
        if name not in fields:
            if rule.get("required"):
                raise InvalidRequestError(name, "required", f"{name} is required")
            continue
        _check_value(name, fields[name], rule)
    unknown = sorted(set(fields) - set(rules)) if closed else []
    if unknown:
        raise InvalidRequestError(unknown[0], "additionalProperties", f"{unknown[0]} is not a field of this request")


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "SchemaMismatch",
    "Unset",
    "check_model",
    "check_path_parameter",
    "check_request_body",
    "decode_error_model",
    "decode_model",
    "parse_datetime",
    "status_of",
]
