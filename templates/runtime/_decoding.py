"""Decoding answers: a JSON body read into the operation's model, strictly. Every attribute is
checked against its annotation (a date string becomes an aware datetime; a value of another type
is refused), nullable attributes the answer leaves out become None, and any mismatch is a
:class:`SchemaMismatch` naming the JSON path. Copied from templates/runtime/_decoding.py by
`make generate`; do not edit the generated copy."""

import datetime
import email.utils
import functools
import importlib
import json
import logging
import math
import types as _pytypes
import typing
from collections.abc import Mapping
from typing import Any, Literal, Protocol, TypeVar

import attrs
import httpx

from . import _logs
from .types import UNSET, Unset

logger: logging.Logger = _logs.logger
T = TypeVar("T")


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
def fields_of(cls: type) -> tuple[tuple[str, Any], ...]:
    """(attribute, resolved annotation) of a generated model. Models import each other only for
    type checking, so the models package is the namespace their names resolve in."""
    models = _ModelNames(importlib.import_module(".models", __package__))
    # (each class of the MRO resolved in its own module: a user's subclass of a model too)
    hints = typing.get_type_hints(cls, localns=models)
    return tuple((field.name, hints[field.name]) for field in attrs.fields(cls))


def describe(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:40]}{'...' if len(text) > 40 else ''}"


# Types a value of which, of exactly that type, needs no further look (float does: NaN, inf).
_PLAIN_TYPES = frozenset({str, int, bool, type(None), Unset})


@functools.cache
def union_members(hint: Any) -> tuple[tuple[Any, ...], frozenset[type]]:
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
    for option in union_members(hint)[0]:
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


@functools.cache
def known_values(hint: Any) -> frozenset[Any] | None:
    """The values an open enum's annotation names, or None for any other annotation. An enum of
    the spec is a ``Literal`` of its values beside their type (``Literal["FIFO", "LIFO"] | str``):
    an answer may carry a value a newer API added."""
    options, _ = union_members(hint)
    values = frozenset(v for option in options if typing.get_origin(option) is Literal for v in typing.get_args(option))
    if values and any(option in {type(v) for v in values} for option in options):
        return values
    return None


def note_unknown(value: Any, hint: Any, where: str) -> None:
    """Log a warning for a value of an open enum the spec does not name (it is kept as it came)."""
    known = known_values(hint)
    if known is not None and value not in known and value is not None and type(value) is not Unset:
        text = repr(value)
        logger.warning(
            "%s: %s is not a value the spec names (one a newer API added?); kept as it came",
            where,
            text if len(text) <= 64 else text[:61] + "...",
        )


def conform(value: Any, hint: Any, where: str) -> Any:
    """``value`` if it is of the annotated type (after checking inside it), a datetime for a
    date string where a datetime is annotated; raises SchemaMismatch for anything else."""
    options, plain = union_members(hint)
    if type(value) in plain:
        note_unknown(value, hint, where)
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
                return [conform(item, extra, f"{where}[{i}]") for i, item in enumerate(value)]
        elif isinstance(value, dict):  # _DICT
            if extra is Any:
                return value
            return {k: conform(v, extra, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, str) and datetime.datetime in options:
        try:
            return parse_datetime(value)
        except ValueError as exc:
            raise SchemaMismatch(where, str(exc)) from None
    wanted = " or ".join(getattr(o, "__name__", str(o)) for o in options)
    raise SchemaMismatch(where, f"expected {wanted}, got {describe(value)}")


def _kept_as_is(hint: Any) -> frozenset[type]:
    """The types of value :func:`_conform` gives back unchanged for ``hint`` without looking
    inside: the plain ones, and ``dict`` where a member is ``dict[str, Any]``."""
    options, plain = union_members(hint)
    if any(typing.get_origin(option) is dict and typing.get_args(option)[1] is Any for option in options):
        plain |= {dict}
    return plain


@functools.cache
def _check_plan(cls: type) -> tuple[tuple[str, str, Any, frozenset[type], bool, bool], ...]:
    """(attribute, its place under the model's path, annotation, types kept as they are,
    whether a datetime is one of its members, whether it is an open enum) of each attribute."""
    return tuple(
        (
            name,
            "" if name == "additional_properties" else f".{name}",
            hint,
            _kept_as_is(hint),
            datetime.datetime in union_members(hint)[0],
            known_values(hint) is not None,
        )
        for name, hint in fields_of(cls)
    )


def check_model(instance: Any, where: str = "$") -> None:
    """Check (and where needed convert) every attribute of a parsed model against its annotation."""
    cls: type = type(instance)
    for name, place, hint, plain, dates, enum in _check_plan(cls):
        value = getattr(instance, name)
        kind = type(value)
        if kind in plain or (dates and kind is datetime.datetime and value.tzinfo is not None):
            if enum:
                note_unknown(value, hint, where + place)
            continue
        conformed = conform(value, hint, where + place)
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
def _fill_plan(cls: type) -> tuple[tuple[str, bool, bool, type | None, bool], ...]:
    """For each attribute of a model that an answer must carry or that holds a model: (name,
    required, nullable, the model inside it, whether that model comes in a list)."""
    plan = []
    for name, hint in fields_of(cls):
        if name == "additional_properties":
            continue
        options, _ = union_members(hint)
        required = Unset not in options
        inner: type | None = None
        in_list = False
        for option in options:
            if typing.get_origin(option) is list:
                (item,) = typing.get_args(option)
                if isinstance(item, type) and attrs.has(item):
                    inner, in_list = item, True
            elif isinstance(option, type) and attrs.has(option):
                inner = option
        if required or inner is not None:
            plan.append((name, required, type(None) in options, inner, in_list))
    return tuple(plan)


@functools.cache
def _model_only(cls: type) -> frozenset[str]:
    """The attributes of a model whose value can only be a model, or a list of models (or null,
    or absent): a value of another kind is refused there, naming it, rather than by the generated
    ``from_dict`` with no place to name."""
    names = set()
    for name, hint in fields_of(cls):
        options = [o for o in union_members(hint)[0] if o not in (type(None), Unset)]
        if len(options) == 1:
            (option,) = options
            item = typing.get_args(option)[0] if typing.get_origin(option) is list else option
            if isinstance(item, type) and attrs.has(item):
                names.add(name)
    return frozenset(names)


@functools.cache
def _fill_shortcut(
    cls: type,
) -> tuple[frozenset[str], tuple[tuple[str, bool, bool, type | None, bool], ...], tuple[str, ...]]:
    """The attributes of a model an answer must carry, the part of its _fill_plan holding models,
    and the attributes that are lists and can be neither text nor an object."""
    plan = _fill_plan(cls)
    lists = tuple(
        name
        for name, hint in fields_of(cls)
        if any(typing.get_origin(option) is list for option in union_members(hint)[0])
        and all(_neither_text_nor_object(option) for option in union_members(hint)[0])
    )
    return (
        frozenset(entry[0] for entry in plan if entry[1]),
        tuple(entry for entry in plan if entry[3] is not None),
        lists,
    )


_TEXT_OR_OBJECT = (str, dict)  # what a JSON string or object is read as


def _neither_text_nor_object(option: Any) -> bool:
    """Whether a member of an annotation's union is one no JSON string or object is read into:
    a list, a number, a boolean, None or UNSET (a date, a UUID or a model is read from one)."""
    return typing.get_origin(option) is list or option in (int, float, bool, type(None), Unset)


def _fill_missing(cls: type, data: dict[str, Any], where: str, missing: list[str]) -> None:
    """Put None for each nullable attribute the answer left out (Twilio's own description marks
    none required, and older answers lack some), inside nested models too; refuse an answer that
    leaves out one that is not nullable, naming it. A list answered as text or an object is
    refused here: the generated ``from_dict`` would read its characters or keys as the items."""
    required, holding_models, lists = _fill_shortcut(cls)
    for name in lists:
        value = data.get(name)
        if isinstance(value, _TEXT_OR_OBJECT):
            raise SchemaMismatch(f"{where}.{name}", f"expected a list, got {describe(value)}")
    # Nothing left out (the usual answer, a set test in C): only the models inside need a look.
    plan = holding_models if data.keys() >= required else _fill_plan(cls)
    for name, is_required, nullable, inner, in_list in plan:
        value = data.get(name, UNSET)
        if value is UNSET:
            if is_required and nullable:
                data[name] = None
                missing.append(f"{where}.{name}")
            elif is_required:
                raise SchemaMismatch(f"{where}.{name}", "a required attribute is missing")
        elif inner is not None:
            strict = name in _model_only(cls)
            if in_list and isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, dict):
                        _fill_missing(inner, item, f"{where}.{name}[{index}]", missing)
                    elif strict:
                        raise SchemaMismatch(
                            f"{where}.{name}[{index}]", f"expected a {inner.__name__}, got {describe(item)}"
                        )
            elif not in_list and isinstance(value, dict):
                _fill_missing(inner, value, f"{where}.{name}", missing)
            elif strict and not (value is None and nullable):
                wanted = (f"a list of {inner.__name__}" if in_list else f"a {inner.__name__}") + (
                    " or null" if nullable else ""
                )
                raise SchemaMismatch(f"{where}.{name}", f"expected {wanted}, got {describe(value)}")


@functools.cache
def _required_names(cls: type) -> tuple[str, ...]:
    """The attributes of a model an answer must carry (maybe as null)."""
    return tuple(
        name for name, hint in fields_of(cls) if name != "additional_properties" and Unset not in union_members(hint)[0]
    )


def decode_model(cls: type[M], response: httpx.Response) -> M:
    """Parse a JSON object body into ``cls``; raises SchemaMismatch when it does not fit.

    A nullable attribute the answer leaves out decodes as None, with a logged warning."""
    data = _json_body(response)
    if not isinstance(data, dict):
        raise SchemaMismatch("$", f"expected a JSON object, got {describe(data)}")
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
