"""Every operation of a spec, read from the spec itself: how to call it and what it must send and
get back. The suite's operation tests (tests/endpoints/test_every_operation.py) run over this,
for openapi.yaml and for the inline spec of odd shapes (tests/shapes.py), so an operation added to
a spec is tested without a line of test code.

From the spec, per operation:
- the call: path parameters from each one's example, else the simplest value its own schema
  (pattern, lengths) admits; optional query and header parameters that have an example; the body
  from its media type's example, else the simplest value of its schema;
- what must go out: method, the path with those values, each query/header parameter under its wire
  name, the body in its declared media type (a form's fields with Twilio's spelling of booleans,
  JSON as JSON);
- the answers: each declared success status with its example (else the simplest value of its
  schema), each declared error status (``4XX``/``5XX``/``default`` stand for the statuses a
  client meets) with its example;
- for a list (an array beside ``meta.next_page_url``), the key of its items;
- for each parameter and body field with a rule, values that break it, and the keywords
  (jsonschema's own verdict) that they break.

"The simplest value" is what hypothesis finds first for the schema (hypothesis-jsonschema),
which is deterministic.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import pkgutil
import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from types import ModuleType
from typing import Any
from urllib.parse import quote

import attrs
import jsonschema  # type: ignore[import-untyped]  # (a dependency of openapi-core)
from hypothesis import HealthCheck, Phase, find, settings
from hypothesis_jsonschema import from_schema

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# The statuses a client meets, for a range or `default` the spec declares.
STATUSES_OF = {"2XX": (200,), "4XX": (400, 404, 429), "5XX": (500, 503), "default": (400, 500)}
FORM = "application/x-www-form-urlencoded"


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def inline(spec: Mapping[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every local $ref replaced by its target (a ref met inside itself: ``{}``),
    and OpenAPI's annotations that are not JSON Schema dropped."""
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str):
            return {} if ref in seen else inline(spec, resolve(spec, node), (*seen, ref))
        return {
            key: inline(spec, value, seen)
            for key, value in node.items()
            if key not in ("description", "example", "examples", "discriminator", "xml", "externalDocs")
        }
    if isinstance(node, list):
        return [inline(spec, item, seen) for item in node]
    return node


def simplest(schema: Mapping[str, Any]) -> Any:
    """The first value hypothesis finds for ``schema``: deterministic, and as small as it gets."""
    # Generation alone: hypothesis tries the simplest value first, and shrinking costs seconds.
    quiet = settings(
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        max_examples=2000,
    )
    return find(from_schema(dict(schema)), lambda value: True, settings=quiet)


def examples_of(spec: Mapping[str, Any], *holders: Any) -> list[tuple[str, Any]]:
    """(name, value) of every example of the first holder (a media type, a schema) that has any."""
    for holder in holders:
        holder = resolve(spec, holder) if holder else holder
        if not isinstance(holder, Mapping):
            continue
        if "example" in holder:
            return [("example", holder["example"])]
        examples = holder.get("examples")
        if isinstance(examples, Mapping) and examples:
            return [(str(name), resolve(spec, value)["value"]) for name, value in examples.items()]
        if isinstance(examples, list) and examples:
            return [(f"example{index}", value) for index, value in enumerate(examples)]
    return []


def example_of(spec: Mapping[str, Any], *holders: Any) -> tuple[bool, Any]:
    """(found, value) of the first example any holder (a media type, a parameter, a schema) gives."""
    found = examples_of(spec, *holders)
    return (True, found[0][1]) if found else (False, None)


def same_json(left: Any, right: Any) -> bool:
    """Equal as JSON, a date-time string equal to any spelling of the same instant."""
    return bool(_instants(left) == _instants(right))


def _instants(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_instants(item) for item in value]
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and value[10:11] == "T":
        try:
            parsed = datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    return value


def to_python(schema: Mapping[str, Any], value: Any) -> Any:
    """The Python argument the generated function takes for a JSON ``value`` of ``schema``."""
    if isinstance(value, str) and schema.get("format") == "date-time":
        parsed = datetime.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)
    if isinstance(value, str) and schema.get("format") == "date":
        return datetime.date.fromisoformat(value)
    if isinstance(value, list):
        return [to_python(schema.get("items", {}), item) for item in value]
    return value


def wire_text(value: Any) -> str:
    """A scalar as it goes out in a query, a header or a form field."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


@dataclass(frozen=True)
class Parameter:
    wire: str
    location: str  # path, query or header
    schema: dict[str, Any]  # inlined
    required: bool
    value: Any  # JSON; None when there is no value to send (an optional one without example)


@dataclass(frozen=True)
class Answer:
    status: int
    declared: str  # the key of the spec's responses it stands for: "201", "4XX", "default"
    example: str  # the example's name ("" for no body; "simplest" for the simplest value of the schema)
    schema: dict[str, Any] | None  # inlined; None for no body
    body: Any  # JSON; None for no body
    headers: dict[str, str]


@dataclass(frozen=True)
class Violation:
    """A value that breaks a parameter's or body field's schema, and the keywords it breaks."""

    field: str  # wire name
    location: str  # path, query or body
    value: Any  # the Python argument
    rules: frozenset[str]

    def __str__(self) -> str:
        return f"{self.field}-{'|'.join(sorted(self.rules))}"


@dataclass(frozen=True)
class SpecOperation:
    spec: Mapping[str, Any]
    package: str  # the generated package's import name
    operation_id: str
    method: str
    route: str
    operation: Mapping[str, Any]
    shared_parameters: tuple[Any, ...]

    def __str__(self) -> str:
        return self.operation_id

    # --- What the generated package names it ------------------------------------------------------

    @cached_property
    def rules(self) -> Mapping[str, Any]:
        """The package's table of this operation (``_rules.py``, written by the generator's post-hook
        with the generator's own naming): its endpoint name, each parameter's Python name."""
        tables = importlib.import_module(f"{self.package}._rules").OPERATIONS
        [(name, table)] = [(n, t) for n, t in tables.items() if t["operation_id"] == self.operation_id]
        return {"endpoint": name, **table}

    @property
    def name(self) -> str:
        """The endpoint module's name (``list_workflow``)."""
        return str(self.rules["endpoint"])

    @cached_property
    def module(self) -> ModuleType:
        api = importlib.import_module(f"{self.package}.api")
        for found in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
            if found.name.rsplit(".", 1)[1] == self.name:
                return importlib.import_module(found.name)
        raise LookupError(f"no module {self.name} in {api.__name__}")

    def python(self, parameter: Parameter) -> str:
        """The generated function's argument for ``parameter``."""
        return str(self.rules["python"][parameter.location][parameter.wire])

    def attribute(self, wire: str) -> str:
        """The body model's attribute for the body field ``wire``."""
        attributes = self.rules["body"]["attributes"]
        return str(next(python for python, name in attributes.items() if name == wire))

    # --- What the spec says ---------------------------------------------------------------------

    @cached_property
    def parameters(self) -> tuple[Parameter, ...]:
        own = [resolve(self.spec, p) for p in self.operation.get("parameters", [])]
        names = {(p["name"], p["in"]) for p in own}
        declared = own + [
            p for p in map(lambda p: resolve(self.spec, p), self.shared_parameters) if (p["name"], p["in"]) not in names
        ]
        result = []
        for p in declared:
            if p["in"] not in ("path", "query", "header"):
                continue
            schema = inline(self.spec, p.get("schema", {}))
            found, value = example_of(self.spec, p, p.get("schema"))
            required = bool(p.get("required")) or p["in"] == "path"
            if found and p["in"] == "path" and not _valid(schema, value):
                found = False
            if not found and required:
                # (a path segment is never empty: the simplest non-empty value of its schema)
                value = simplest(
                    schema | {"minLength": max(1, schema.get("minLength", 0))} if p["in"] == "path" else schema
                )
            result.append(Parameter(p["name"], p["in"], schema, required, value if found or required else None))
        order = re.findall(r"{([^}]+)}", self.route)
        return tuple(sorted(result, key=lambda p: order.index(p.wire) if p.location == "path" else len(order)))

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @cached_property
    def request_body(self) -> tuple[str, dict[str, Any], Any, bool] | None:
        """(media type, inlined schema, example, required), or None without a body."""
        body = resolve(self.spec, self.operation.get("requestBody"))
        if not body or not body.get("content"):
            return None
        media_type, media = next(iter(body["content"].items()))
        schema = inline(self.spec, media.get("schema", {}))
        found, example = example_of(self.spec, media, media.get("schema"))
        return media_type, schema, example if found else simplest(schema), bool(body.get("required"))

    @cached_property
    def answers(self) -> tuple[Answer, ...]:
        """Every declared answer: each success status with each of its examples, each error
        status a client meets with its first."""
        result: list[Answer] = []
        for key, response in self.operation.get("responses", {}).items():
            response = resolve(self.spec, response)
            key = str(key) if key == "default" else str(key).upper()
            statuses = STATUSES_OF.get(key) or ((int(key),) if key.isdigit() else ())
            media = next(iter(response.get("content", {}).values()), None)
            schema = inline(self.spec, media.get("schema", {})) if media is not None else None
            headers = {"Content-Type": next(iter(response["content"]))} if media is not None else {}
            bodies: list[tuple[str, Any]] = [("", None)]
            if media is not None:
                bodies = examples_of(self.spec, media, media.get("schema")) or [("simplest", simplest(schema or {}))]
            for status in statuses:
                if any(a.status == status for a in result):
                    continue
                for name, body in bodies if status < 400 else bodies[:1]:
                    result.append(Answer(status, key, name, schema, body, headers))
        return tuple(result)

    @property
    def successes(self) -> tuple[Answer, ...]:
        return tuple(a for a in self.answers if 200 <= a.status <= 299)

    @property
    def errors(self) -> tuple[Answer, ...]:
        return tuple(a for a in self.answers if a.status >= 400)

    @property
    def idempotent(self) -> bool:
        return self.method in ("GET", "PUT", "DELETE", "HEAD", "OPTIONS")

    @cached_property
    def items_key(self) -> str | None:
        """The property holding a page's items, for a list (an array beside meta.next_page_url)."""
        for answer in self.successes:
            properties = (answer.schema or {}).get("properties", {})
            meta = properties.get("meta", {}).get("properties", {})
            arrays = [key for key, schema in properties.items() if schema.get("type") == "array"]
            if "next_page_url" in meta and len(arrays) == 1:
                return str(arrays[0])
        return None

    # --- Calling it -----------------------------------------------------------------------------

    def body_class(self) -> Any:
        hint = typing.get_type_hints(self.module.sync).get("body")
        for option in typing.get_args(hint) or (hint,):
            if isinstance(option, type) and attrs.has(option):
                return option
        return None

    def body_argument(self, json_body: Any) -> Any:
        cls = self.body_class()
        return cls.from_dict(copy.deepcopy(json_body)) if cls is not None else copy.deepcopy(json_body)

    def arguments(self, **overrides: Any) -> tuple[list[Any], dict[str, Any]]:
        """(positional, keyword) arguments of a call with the spec's values; ``overrides`` by
        Python name (``body`` for the body)."""
        args = [overrides.pop(self.python(p), to_python(p.schema, p.value)) for p in self.path_parameters]
        kwargs = {
            self.python(p): to_python(p.schema, p.value)
            for p in self.parameters
            if p.location != "path" and p.value is not None
        }
        if self.request_body is not None:
            kwargs["body"] = self.body_argument(self.request_body[2])
        return args, kwargs | overrides

    def sent_path(self) -> str:
        values = {p.wire: quote(wire_text(p.value), safe="") for p in self.path_parameters}
        return re.sub(r"{([^}]+)}", lambda m: values[m.group(1)], self.route)

    def sent_query(self) -> dict[str, list[str]]:
        return {p.wire: _texts(p.value) for p in self.parameters if p.location == "query" and p.value is not None}

    def sent_headers(self) -> dict[str, str]:
        return {p.wire: wire_text(p.value) for p in self.parameters if p.location == "header" and p.value is not None}

    def sent_form(self) -> list[tuple[str, str]]:
        assert self.request_body is not None
        return sorted((key, text) for key, value in self.request_body[2].items() for text in _texts(value))

    # --- Input that breaks the spec -------------------------------------------------------------

    @cached_property
    def violations(self) -> tuple[Violation, ...]:
        found = [
            violation
            for p in self.parameters
            if p.location in ("path", "query")
            for violation in violations_of(p.wire, p.location, p.schema, p.value)
        ]
        if self.request_body is not None and self.request_body[0] in (FORM, "application/json"):
            schema = self.request_body[1]
            example = self.request_body[2] if isinstance(self.request_body[2], dict) else {}
            for wire, field_schema in schema.get("properties", {}).items():
                found.extend(violations_of(wire, "body", field_schema, example.get(wire)))
        return tuple(found)


def _texts(value: Any) -> list[str]:
    return [wire_text(item) for item in value] if isinstance(value, list) else [wire_text(value)]


def _valid(schema: Mapping[str, Any], value: Any) -> bool:
    return not list(_validator(schema).iter_errors(value))


def _validator(schema: Mapping[str, Any]) -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(dict(schema), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def violations_of(wire: str, location: str, schema: Mapping[str, Any], valid: Any = None) -> list[Violation]:
    """Values that break ``schema`` (one per rule it has), each with the keywords jsonschema says
    it breaks; a date-time is a Python datetime, so its breaking values are a string and a naive one."""
    if schema.get("format") == "date-time" and schema.get("type") in ("string", ["string"]):
        return [
            Violation(wire, location, "2020-01-01T00:00:00Z", frozenset({"type"})),
            Violation(wire, location, datetime.datetime(2020, 1, 1), frozenset({"format"})),
        ]
    types = schema.get("type")
    types = [types] if isinstance(types, str) else list(types or [])
    candidates: list[Any] = []
    if types and "string" not in types:
        candidates.append("1")
    elif types == ["string"]:
        candidates.append(1)
    for keyword in ("minimum", "exclusiveMinimum"):
        if isinstance(schema.get(keyword), int | float) and not isinstance(schema[keyword], bool):
            candidates.append(schema[keyword] - 1)
    for keyword in ("maximum", "exclusiveMaximum"):
        if isinstance(schema.get(keyword), int | float) and not isinstance(schema[keyword], bool):
            candidates.append(schema[keyword] + 1)
    if isinstance(schema.get("minLength"), int) and schema["minLength"] > 0:
        candidates.append("a" * (schema["minLength"] - 1))
    if isinstance(schema.get("maxLength"), int):
        candidates.append("a" * (schema["maxLength"] + 1))
    if isinstance(schema.get("pattern"), str):
        # A valid value with its first characters changed (another resource's SID: same length,
        # another prefix), then a few others; one of each set of broken keywords is kept.
        pattern = re.compile(schema["pattern"])
        near = [prefix + valid[len(prefix) :] for prefix in ("Z", "ZZ", "~") if isinstance(valid, str) and valid]
        candidates.extend(text for text in (*near, "!", "0", "a" * 40) if not pattern.search(text))
    if isinstance(schema.get("enum"), list) and all(isinstance(v, str) for v in schema["enum"]):
        candidates.append("-".join(["unknown", *schema["enum"]])[:60])
    if isinstance(schema.get("enum"), list) and all(type(v) is int for v in schema["enum"]):
        candidates.append(max(schema["enum"]) + 1)
    result: list[Violation] = []
    for candidate in candidates:
        broken = frozenset(error.validator for error in _validator(schema).iter_errors(candidate))
        if broken and not any(v.rules == broken for v in result):
            result.append(Violation(wire, location, candidate, broken))
    return result


def operations(spec: Mapping[str, Any], package: str) -> list[SpecOperation]:
    """Every operation of ``spec``, by operationId, in spec order."""
    found = []
    for route, item in spec.get("paths", {}).items():
        item = resolve(spec, item)
        for method in HTTP_METHODS:
            if method in item:
                operation_id = item[method]["operationId"]
                shared = tuple(item.get("parameters", []))
                found.append(SpecOperation(spec, package, operation_id, method.upper(), route, item[method], shared))
    return found
