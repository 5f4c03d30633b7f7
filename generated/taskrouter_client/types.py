"""Shared types for properties, and the checks the endpoint functions run on what goes out and
what comes back. Copied from templates/runtime/types.py by `make generate`; do not edit the generated copy."""

import datetime
import email.utils
import functools
import importlib
import json
import logging
import math
import re
import types as _pytypes
import typing
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Protocol, TypeVar
from urllib.parse import quote, urlsplit

import attrs
import httpx
from attrs import define

from .errors import DocumentError, InvalidRequestError

logger: logging.Logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)


class Unset:
    """The type of :data:`UNSET`: "not given", as opposed to ``None`` (sent as an empty value).

    There is one instance; copying or pickling it gives that same instance back, so a copied
    request model sends exactly what the original sends."""

    _instance: "Unset | None" = None

    def __new__(cls) -> "Unset":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self


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


_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for ``code``, or ``code`` itself when the status is not in Python's list."""
    return _STATUSES.get(code, code)


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


class _ModelNames(dict[str, Any]):
    """The models package as a namespace: a name is looked up there (and so imported, the package
    importing each model on first use) only when an annotation names it."""

    def __init__(self, package: _pytypes.ModuleType) -> None:
        super().__init__()
        self.package = package

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(self.package, name)
        except AttributeError:
            raise KeyError(name) from None


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """(attribute, resolved annotation) of a generated model. Models import each other only for
    type checking, so the models package is the namespace their names resolve in."""
    models = _ModelNames(importlib.import_module(".models", __package__))
    # (each class of the MRO resolved in its own module: a user's subclass of a model too)
    hints = typing.get_type_hints(cls, localns=models)
    return tuple((field.name, hints[field.name]) for field in attrs.fields(cls))


def _describe(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:40]}{'...' if len(text) > 40 else ''}"


# Types a value of which, of exactly that type, needs no further look (float does: NaN, inf).
_PLAIN_TYPES = frozenset({str, int, bool, type(None), Unset})


@functools.cache
def _options(hint: Any) -> tuple[tuple[Any, ...], frozenset[type]]:
    """The members of an annotation's union, and those of them in _PLAIN_TYPES."""
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, _pytypes.UnionType) else (hint,)
    return options, frozenset(option for option in options if option in _PLAIN_TYPES)


# What _conform does with one member of a union, worked out once per annotation.
_ANY, _NONE, _LITERAL, _LIST, _DICT, _TYPE = range(6)


@functools.cache
def _option_plan(hint: Any) -> tuple[tuple[int, Any, Any], ...]:
    """(kind, member, what the kind needs: a Literal's values, the items' annotation, whether a
    type is a model) for each member of an annotation's union that a value can match."""
    plan: list[tuple[int, Any, Any]] = []
    for option in _options(hint)[0]:
        origin = typing.get_origin(option)
        if option is Any:
            plan.append((_ANY, option, None))
        elif option is type(None):
            plan.append((_NONE, option, None))
        elif origin is Literal:
            plan.append((_LITERAL, option, typing.get_args(option)))
        elif origin is list:
            plan.append((_LIST, option, typing.get_args(option)[0]))
        elif origin is dict:
            plan.append((_DICT, option, typing.get_args(option)[1]))
        elif isinstance(option, type):
            plan.append((_TYPE, option, attrs.has(option)))
    return tuple(plan)


def _conform(value: Any, hint: Any, where: str) -> Any:
    """``value`` if it is of the annotated type (after checking inside it), a datetime for a
    date string where a datetime is annotated; raises SchemaMismatch for anything else."""
    options, plain = _options(hint)
    if type(value) in plain:
        return value
    for kind, option, extra in _option_plan(hint):
        if kind == _TYPE:
            if option in (int, float) and isinstance(value, bool):
                continue
            if option is float and isinstance(value, int):
                return value
            if option is float and isinstance(value, float) and not math.isfinite(value):
                continue
            if isinstance(value, option):
                if extra:
                    check_model(value, where)
                elif isinstance(value, datetime.datetime) and value.tzinfo is None:
                    return value.replace(tzinfo=datetime.UTC)
                return value
        elif kind == _ANY:
            return value
        elif kind == _NONE:
            if value is None:
                return value
        elif kind == _LITERAL:
            if value in extra:
                return value
        elif kind == _LIST:
            if isinstance(value, list):
                return [_conform(item, extra, f"{where}[{i}]") for i, item in enumerate(value)]
        elif isinstance(value, dict):  # _DICT
            if extra is Any:
                return value
            return {k: _conform(v, extra, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, str) and datetime.datetime in options:
        try:
            return parse_datetime(value)
        except ValueError as exc:
            raise SchemaMismatch(where, str(exc)) from None
    wanted = " or ".join(getattr(o, "__name__", str(o)) for o in options)
    raise SchemaMismatch(where, f"expected {wanted}, got {_describe(value)}")


def _kept_as_is(hint: Any) -> frozenset[type]:
    """The types of value :func:`_conform` gives back unchanged for ``hint`` without looking
    inside: the plain ones, and ``dict`` where a member is ``dict[str, Any]``."""
    options, plain = _options(hint)
    if any(typing.get_origin(option) is dict and typing.get_args(option)[1] is Any for option in options):
        plain |= {dict}
    return plain


@functools.cache
def _check_plan(cls: type) -> tuple[tuple[str, str, Any, frozenset[type], bool], ...]:
    """(attribute, its place under the model's path, annotation, types kept as they are,
    whether a datetime is one of its members) of each attribute."""
    return tuple(
        (
            name,
            "" if name == "additional_properties" else f".{name}",
            hint,
            _kept_as_is(hint),
            datetime.datetime in _options(hint)[0],
        )
        for name, hint in _fields(cls)
    )


def check_model(instance: Any, where: str = "$") -> None:
    """Check (and where needed convert) every attribute of a parsed model against its annotation."""
    cls: type = type(instance)
    for name, place, hint, plain, dates in _check_plan(cls):
        value = getattr(instance, name)
        kind = type(value)
        if kind in plain or (dates and kind is datetime.datetime and value.tzinfo is not None):
            continue
        conformed = _conform(value, hint, where + place)
        if conformed is not value:
            object.__setattr__(instance, name, conformed)


def _json_body(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except RecursionError:
        raise SchemaMismatch("$", "body is nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as exc:
        reason = "empty body" if not response.content.strip() else f"body is not JSON ({exc})"
        raise SchemaMismatch("$", reason) from None


@functools.cache
def _fill_plan(cls: type) -> tuple[tuple[str, bool, type | None, bool], ...]:
    """For each attribute of a model: (name, required and nullable, the model inside it, whether
    that model comes in a list)."""
    plan = []
    for name, hint in _fields(cls):
        if name == "additional_properties":
            continue
        options, _ = _options(hint)
        nullable = type(None) in options and Unset not in options
        inner: type | None = None
        in_list = False
        for option in options:
            if typing.get_origin(option) is list:
                (item,) = typing.get_args(option)
                if isinstance(item, type) and attrs.has(item):
                    inner, in_list = item, True
            elif isinstance(option, type) and attrs.has(option):
                inner = option
        if nullable or inner is not None:
            plan.append((name, nullable, inner, in_list))
    return tuple(plan)


@functools.cache
def _fill_shortcut(
    cls: type,
) -> tuple[frozenset[str], tuple[tuple[str, bool, type | None, bool], ...], tuple[str, ...]]:
    """The nullable attributes of a model, the part of its _fill_plan holding models, and the
    attributes that are lists and can be neither text nor an object."""
    plan = _fill_plan(cls)
    lists = tuple(
        name
        for name, hint in _fields(cls)
        if any(typing.get_origin(option) is list for option in _options(hint)[0])
        and all(_neither_text_nor_object(option) for option in _options(hint)[0])
    )
    return (
        frozenset(entry[0] for entry in plan if entry[1]),
        tuple(entry for entry in plan if entry[2] is not None),
        lists,
    )


_TEXT_OR_OBJECT = (str, dict)  # what a JSON string or object is read as


def _neither_text_nor_object(option: Any) -> bool:
    """Whether a member of an annotation's union is one no JSON string or object is read into:
    a list, a number, a boolean, None or UNSET (a date, a UUID or a model is read from one)."""
    return typing.get_origin(option) is list or option in (int, float, bool, type(None), Unset)


def _fill_missing(cls: type, data: dict[str, Any], where: str, missing: list[str]) -> None:
    """Put None for each nullable attribute the answer left out (Twilio's own description marks
    none required, and older answers lack some), inside nested models too. A list answered as
    text or an object is refused here: the generated ``from_dict`` would read its characters or
    keys as the items."""
    nullable, holding_models, lists = _fill_shortcut(cls)
    for name in lists:
        value = data.get(name)
        if isinstance(value, _TEXT_OR_OBJECT):
            raise SchemaMismatch(f"{where}.{name}", f"expected a list, got {_describe(value)}")
    # None left out (the usual answer, a set test in C): only the models inside need a look.
    plan = holding_models if data.keys() >= nullable else _fill_plan(cls)
    for name, is_nullable, inner, in_list in plan:
        value = data.get(name, UNSET)
        if value is UNSET:
            if is_nullable:
                data[name] = None
                missing.append(f"{where}.{name}")
        elif inner is not None:
            if in_list and isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, dict):
                        _fill_missing(inner, item, f"{where}.{name}[{index}]", missing)
            elif not in_list and isinstance(value, dict):
                _fill_missing(inner, value, f"{where}.{name}", missing)


def _check_input_lists(instance: Any, where: str = "body") -> None:
    """Refuse a request model (or a model inside it) holding text or an object where a list
    belongs: its generated ``to_dict`` would send the characters or keys as the items, which the
    checks of the wire form could not tell from a list."""
    cls: type = type(instance)
    _, holding_models, lists = _fill_shortcut(cls)
    for name in lists:
        value = getattr(instance, name)
        if isinstance(value, _TEXT_OR_OBJECT):
            raise InvalidRequestError(
                f"{where}.{name}", "type", f"{where}.{name} must be a list, got {_describe(value)}"
            )
    for name, _, _, in_list in holding_models:
        value = getattr(instance, name)
        for index, item in enumerate(value) if in_list and isinstance(value, list) else ((None, value),):
            if attrs.has(type(item)):
                _check_input_lists(item, f"{where}.{name}" if index is None else f"{where}.{name}[{index}]")


@functools.cache
def _required_names(cls: type) -> tuple[str, ...]:
    """The attributes of a model an answer must carry (maybe as null)."""
    return tuple(
        name for name, hint in _fields(cls) if name != "additional_properties" and Unset not in _options(hint)[0]
    )


def decode_model(cls: type[M], response: httpx.Response) -> M:
    """Parse a JSON object body into ``cls``; raises SchemaMismatch when it does not fit.

    A nullable attribute the answer leaves out decodes as None, with a logged warning."""
    data = _json_body(response)
    if not isinstance(data, dict):
        raise SchemaMismatch("$", f"expected a JSON object, got {_describe(data)}")
    required = _required_names(cls)
    if required and data.keys().isdisjoint(required):
        raise SchemaMismatch("$", f"not a {cls.__name__}: none of its attributes is in the answer")
    missing: list[str] = []
    try:
        _fill_missing(cls, data, "$", missing)
        instance = cls.from_dict(data)
        check_model(instance)
    except KeyError as exc:
        raise SchemaMismatch("$", f"required attribute {exc.args[0]!r} is missing") from None
    except RecursionError:
        raise SchemaMismatch("$", "body is nested too deeply") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise SchemaMismatch("$", str(exc)) from None
    if missing:
        logger.warning("the answer lacks %s; decoded as None", ", ".join(missing))
    return instance


def decode_error_model(cls: type[M], response: httpx.Response) -> M | None:
    """Parse an error body into ``cls``, or None when the body is not JSON of that shape."""
    try:
        return decode_model(cls, response)
    except SchemaMismatch:
        return None


# --- Checking requests -------------------------------------------------------------------------
# The rules come from openapi.yaml: scripts/postgen.py writes them into _rules.py (by operationId)
# at `make generate` time, with the JSON types and the keywords below.

# isinstance against a tuple made once: ``str | int`` in a call builds a union object each time.
_JSON_SCALARS = (str, bool, int)
_SEQUENCES = (list, tuple)
_NUMBERS = (int, float)
_TEXT_OR_UNSET = (str, Unset)

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
def _surrogate() -> re.Pattern[str]:
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
        datetime.datetime.fromisoformat(value)
    except ValueError:
        return False
    return "T" in value or " " in value


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


def _refuse_constant(constant: str) -> typing.NoReturn:
    raise ValueError(f"{constant} is not JSON")


# JSON texts that passed their content rule, by (id of the rule, text); the rule itself is the
# value, so a rule's id reused by another object never matches. Bounded; cleared when full.
_CHECKED_DOCUMENTS: dict[tuple[int, str], Mapping[str, Any] | None] = {}


def _json_document(name: str, value: str, content_rule: Mapping[str, Any] | None = None) -> None:
    """Refuse a string that is not strict JSON (no NaN/Infinity), or nested past sense; with
    ``content_rule`` (the spec's ``contentSchema``), check the document inside it too, naming the
    path inside it (``Configuration.task_routing.filters[0].targets[1].queue``)."""
    key = (id(content_rule), value)
    if _CHECKED_DOCUMENTS.get(key) is content_rule and key in _CHECKED_DOCUMENTS:
        return  # this very text passed this very rule before (the same routing rules, call after call)
    try:
        document = json.loads(value, parse_constant=_refuse_constant)
        if "\\u" in value and _surrogate().search(json.dumps(document, ensure_ascii=False)):
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


def _not_json_at(value: Any, path: str) -> str | None:
    """The path of the first value JSON cannot hold (NaN, infinity, a non-JSON type), or None."""
    if value is None or isinstance(value, _JSON_SCALARS):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else path
    if isinstance(value, dict):
        for key, item in value.items():
            found = path if not isinstance(key, str) else _not_json_at(item, f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(value, _SEQUENCES):
        for index, item in enumerate(value):
            found = _not_json_at(item, f"{path}[{index}]")
            if found:
                return found
        return None
    return path


def dump_json_text(name: str, value: Any) -> str:
    """``value`` (a model, or what its ``to_dict()`` gives) as compact, strict JSON text: the wire
    form of a field whose schema says it carries a JSON document. Raises InvalidRequestError,
    naming the path inside the document, for what JSON cannot hold (NaN, infinity, a non-JSON
    type), for a plain dict where the model wants a model, or for nesting past sense."""
    try:
        if callable(getattr(value, "to_dict", None)):
            value = value.to_dict()
        where = _not_json_at(value, name)
        if where is not None:
            raise InvalidRequestError(
                where, "type", f"{where} cannot be sent as JSON (NaN, infinity or not a JSON type)"
            )
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    except InvalidRequestError:
        raise
    except RecursionError:
        raise InvalidRequestError(name, "contentMediaType", f"{name} is nested too deeply") from None
    except (AttributeError, TypeError, ValueError) as exc:
        raise InvalidRequestError(
            name, "type", f"{name} holds a value that is neither a model of the document nor JSON ({exc})"
        ) from None


def serialise_documents(fields: Mapping[str, Any], rules: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The wire fields: each field whose rule says it carries JSON text
    (``contentMediaType: application/json``) and whose value is a document (a model's dict, a
    list, ...) rather than the text becomes compact JSON text. Other fields are as given."""
    wire = dict(fields)
    for name, value in fields.items():
        rule = rules.get(name)
        if rule and rule.get("contentMediaType") == "application/json" and not isinstance(value, _TEXT_OR_UNSET):
            wire[name] = dump_json_text(name, value)
    return wire


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


def _compiled(
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
    return _compiled(_CHECKERS, rule, native, _compile_rule)


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
            _fail(name, "type", f"must be a {wanted[0].__name__} ({fmt}), got {_describe(value)}")
        if isinstance(value, datetime.datetime) and value.utcoffset() is None:
            _fail(name, "format", "must be a timezone-aware datetime (a naive one does not say which time it is)")

    return step


def _type_step(json_types: tuple[str, ...], allowed: tuple[type, ...]) -> Check:
    bool_allowed = bool in allowed
    wanted = " or ".join(json_types)

    def step(name: str, value: Any) -> None:
        if not isinstance(value, allowed) or (isinstance(value, bool) and not bool_allowed):
            _fail(name, "type", f"must be {wanted}, got {_describe(value)}")

    return step


def _enum_step(values: Any) -> Check:
    def step(name: str, value: Any) -> None:
        if value not in values:
            _fail(name, "enum", f"must be one of {', '.join(map(repr, values))}, got {_describe(value)}")

    return step


def _const_step(const: Any) -> Check:
    def step(name: str, value: Any) -> None:
        if value != const:
            _fail(name, "const", f"must be {const!r}, got {_describe(value)}")

    return step


def _string_step(rule: Mapping[str, Any]) -> Check:
    min_length, max_length = rule.get("minLength"), rule.get("maxLength")
    pattern = rule.get("pattern")
    compiled = _pattern(pattern) if pattern is not None else None
    document = rule.get("contentMediaType") == "application/json"
    schema = rule.get("contentSchema")

    def step(name: str, value: Any) -> None:
        if not isinstance(value, str):
            return
        if not value.isascii() and _surrogate().search(value):
            _fail(name, "type", "must be text that can be sent (it holds a lone surrogate)")
        if min_length is not None and len(value) < min_length:
            _fail(name, "minLength", f"must be at least {min_length} characters long")
        if max_length is not None and len(value) > max_length:
            _fail(name, "maxLength", f"must be at most {max_length} characters long")
        if compiled is not None and not compiled.search(value):
            _fail(name, "pattern", f"must match {pattern}, got {value[:40]!r}")
        if document:
            _json_document(name, value, schema)

    return step


def _format_step(fmt: str) -> Check:
    valid = _FORMATS[fmt]

    def step(name: str, value: Any) -> None:
        if not valid(value):
            _fail(name, "format", f"must be a {fmt}, got {_describe(value)}")

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
        if not isinstance(value, _SEQUENCES):
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
            _fail(name, "anyOf", f"must match one of its {len(members)} schemas, got {_describe(value)}")

    return step


def _matches(name: str, value: Any, rule: Mapping[str, Any]) -> bool:
    try:
        check_value(name, value, rule)
    except InvalidRequestError:
        return False
    return True


# --- JSON documents in string fields --------------------------------------------------------------
# A field such as a Workflow's `configuration` holds a JSON document as text. Its schema (the
# spec's `contentSchema`) is a generated model; _rules.DOCUMENTS holds the rule of each such model.


def _document_rule(cls: type) -> Mapping[str, Any] | None:
    rules = importlib.import_module("._rules", __package__)
    found: Mapping[str, Any] | None = getattr(rules, "DOCUMENTS", {}).get(cls.__name__)
    return found


def parse_json_document(cls: type[M], text: str | bytes | None, *, where: str = "$") -> M:
    """Read JSON text (a Workflow's ``configuration``) as the model ``cls``, after checking it
    against the model's schema in the spec. Unknown keys are kept in ``additional_properties``, so
    ``dump_json_document`` gives the same document back. Raises DocumentError, never a raw
    JSONDecodeError, KeyError or RecursionError."""
    if not isinstance(text, str | bytes):
        raise DocumentError(where, "type", f"expected JSON text, got {_describe(text)}")
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise DocumentError(where, "contentMediaType", "nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise DocumentError(where, "contentMediaType", f"not a JSON document ({exc})") from None
    rule = _document_rule(cls)
    try:
        if rule is not None:
            check_value(where, document, rule)
        if not isinstance(document, dict):
            raise DocumentError(where, "type", f"expected a JSON object, got {_describe(document)}")
        instance = cls.from_dict(document)
        check_model(instance, where)
    except InvalidRequestError as exc:
        raise DocumentError(exc.field, exc.rule, str(exc).removeprefix(exc.field).strip()) from None
    except SchemaMismatch as exc:
        raise DocumentError(exc.where, "type", exc.reason) from None
    except RecursionError:
        raise DocumentError(where, "contentMediaType", "nested too deeply") from None
    except KeyError as exc:
        raise DocumentError(where, "required", f"required key {exc.args[0]!r} is missing") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise DocumentError(where, "type", str(exc)) from None
    return instance


def dump_json_document(document: Any, *, name: str = "$") -> str:
    """A model (or a mapping) as the compact JSON text the API takes, after checking it against
    the model's schema in the spec; raises InvalidRequestError naming the path of what is wrong."""
    text = dump_json_text(name, document)
    rule = _document_rule(type(document))
    if rule is not None:
        _json_document(name, text, rule)
    return text


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
    for name, required, check in _compiled(_FIELD_PLANS, rules, native, _fields_plan):
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


__all__ = [
    "UNSET",
    "DocumentError",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "SchemaMismatch",
    "Unset",
    "check_model",
    "check_fields",
    "check_path_parameter",
    "check_value",
    "path_segment",
    "decode_error_model",
    "decode_model",
    "dump_json_document",
    "dump_json_text",
    "parse_json_document",
    "parse_datetime",
    "serialise_documents",
    "status_of",
]
