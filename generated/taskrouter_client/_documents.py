"""JSON documents carried as text: a field such as a Workflow's ``Configuration`` holds a JSON
document whose schema (the spec's ``contentSchema``) is a generated model. A document held as a
model is sent as compact, strict JSON text; text is read back into the model after checking it
against the schema. Copied from templates/runtime/_documents.py by `make generate`; do not edit the
generated copy."""

import importlib
import json
import math
from collections.abc import Mapping
from typing import Any

import attrs

from ._decoding import M, SchemaMismatch, check_model, describe
from ._input import (
    JSON_SCALARS,
    SEQUENCES,
    TEXT_OR_UNSET,
    check_input_model,
    check_json_text,
    check_value,
    compiled,
    refuse_constant,
)
from .errors import DocumentError, InvalidRequestError


def _not_json_at(value: Any, path: str) -> str | None:
    """The path of the first value JSON cannot hold (NaN, infinity, a non-JSON type), or None."""
    if value is None or isinstance(value, JSON_SCALARS):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else path
    if isinstance(value, dict):
        for key, item in value.items():
            found = path if not isinstance(key, str) else _not_json_at(item, f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(value, SEQUENCES):
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
        if attrs.has(type(value)):
            check_input_model(value, name)
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


def serialise_documents(fields: dict[str, Any], rules: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The wire fields: each field whose rule says it carries JSON text
    (``contentMediaType: application/json``) and whose value is a document (a model's dict, a
    list, ...) rather than the text becomes compact JSON text. Other fields are as given (and
    ``fields`` itself is given back when none is a document)."""
    wire = fields
    for name in _document_fields(rules):
        value = fields.get(name)
        if value is not None and not isinstance(value, TEXT_OR_UNSET):
            if wire is fields:
                wire = dict(fields)
            wire[name] = dump_json_text(name, value)
    return wire


def _document_fields(rules: Mapping[str, Mapping[str, Any]]) -> tuple[str, ...]:
    """The fields whose rule says they carry JSON text (kept with their set of rules)."""
    return compiled(_DOCUMENT_FIELDS, rules, False, _find_document_fields)


def _find_document_fields(rules: Mapping[str, Mapping[str, Any]], native: bool) -> tuple[str, ...]:
    return tuple(name for name, rule in rules.items() if rule.get("contentMediaType") == "application/json")


_DOCUMENT_FIELDS: dict[tuple[int, bool], tuple[Mapping[str, Any], Any]] = {}


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
        raise DocumentError(where, "type", f"expected JSON text, got {describe(text)}")
    try:
        document = json.loads(text, parse_constant=refuse_constant)
    except RecursionError:
        raise DocumentError(where, "contentMediaType", "nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise DocumentError(where, "contentMediaType", f"not a JSON document ({exc})") from None
    rule = _document_rule(cls)
    try:
        if rule is not None:
            check_value(where, document, rule)
        if not isinstance(document, dict):
            raise DocumentError(where, "type", f"expected a JSON object, got {describe(document)}")
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
        check_json_text(name, text, rule)
    return text
