"""Generator post-hook: put the runtime into the package and write the spec-derived tables the
generator cannot render itself.

openapi-python-client 0.29.1 renders a fixed set of files into the package, drops every
parameter's schema (pattern, length, range) before its templates run, and writes no record of what
produced the output. This hook, run by the generator (``post_hooks`` in generator-config.yaml) in
the project directory it is generating, copies every module of ``templates/runtime/`` into the
package under its own name (``client.py``, ``errors.py``, ``types.py`` in place of the stock ones,
and the private modules of the runtime: ``_operation.py``, ``_retries.py``, ...), then reads the
same ``openapi.yaml`` and writes into the package:

- ``_rules.py``: for every operation (by operationId) the rules of its path and query parameters
  and of its request body's fields, as plain data the runtime checks input against; and the rules
  of every document a form field carries as JSON text (``contentSchema``), by model class name;
- ``_provenance.py``: the SHA-256 of the spec, its version, and the generator and formatter
  versions.

The spec's path comes from ``TASKROUTER_SPEC`` (the Makefile sets it, as it passes the same file
to the generator); the package directory is ``argv[1]``, else the one package in the project.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pprint
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

RUNTIME = Path(__file__).resolve().parent.parent / "templates" / "runtime"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Schema keywords the runtime checks (see the package's types.py, ``check_value``).
RULE_KEYWORDS = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "enum",
    "const",
    "format",
    "contentMediaType",
    "minItems",
    "maxItems",
)


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """``node`` with a local ``$ref`` followed (repeatedly)."""
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise SystemExit(f"postgen: only local $refs are supported, got {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def json_types(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> tuple[str, ...]:
    """The JSON types a schema admits: ``type`` (a string or a list), or the union of its
    ``oneOf``/``anyOf`` members; () means any."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return (declared,)
    if isinstance(declared, list):
        return tuple(declared)
    members = [resolve(spec, m) for m in schema.get("oneOf", []) + schema.get("anyOf", [])]
    found: list[str] = []
    for member in members:
        for json_type in json_types(spec, member) or ("object",):
            if json_type not in found:
                found.append(json_type)
    return tuple(found)


def wire_member(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema a value has on the wire. A ``oneOf``/``anyOf`` with a member that is text of a
    document (``contentSchema``) and a member that is that document is one value held two ways
    by the client (text, or a model the runtime serialises): the wire form is the text member."""
    members = [resolve(spec, m) for m in schema.get("oneOf", []) + schema.get("anyOf", [])]
    for member in members:
        content = member.get("contentSchema")
        if content is not None and all(m is member or m == resolve(spec, content) for m in members):
            wire: Mapping[str, Any] = member
            return wire
    return schema


def rule(
    spec: Mapping[str, Any], schema: Any, *, required: bool, depth: int = 0, seen: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The rule of one value: its JSON types and the keywords the runtime checks, an object's
    properties and required keys, each ``anyOf``/``oneOf`` member's rule; inside a document
    (``contentSchema``), ``not`` too. A schema met again inside itself (a tree: ``$ref`` to a
    schema being written) is checked there by its types only."""
    if depth > 32:
        raise SystemExit("postgen: schemas nested more than 32 deep")
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    if ref is not None:
        if ref in seen:
            return {"required": required, "type": json_types(spec, resolve(spec, schema))}
        seen = (*seen, ref)
    schema = wire_member(spec, resolve(spec, schema or {}))
    result: dict[str, Any] = {"required": required, "type": json_types(spec, schema)}

    def inner(node: Any, *, required: bool = True) -> dict[str, Any]:
        return rule(spec, node, required=required, depth=depth + 1, seen=seen)

    for keyword in RULE_KEYWORDS:
        if keyword in schema:
            value = schema[keyword]
            result[keyword] = tuple(value) if isinstance(value, list) else value
    if schema.get("type") == "array" and "items" in schema:
        result["items"] = inner(schema["items"])
    if "contentSchema" in schema:
        result["contentSchema"] = inner(schema["contentSchema"])
    members = schema.get("oneOf", []) + schema.get("anyOf", [])
    if members:  # each member's own rule too: a value must match one of them, not just a type
        result["anyOf"] = tuple(inner(member) for member in members)
    if "properties" in schema or "required" in schema:
        # (A body's own fields are the body rules' "fields": body_rules does not pass the body here.)
        required_keys = set(schema.get("required", []))
        properties = dict(schema.get("properties", {}))
        properties.update({key: {} for key in required_keys if key not in properties})
        result["properties"] = {key: inner(value, required=key in required_keys) for key, value in properties.items()}
        result["closed"] = schema.get("additionalProperties") is False
    if depth and "not" in schema:
        result["not"] = inner(schema["not"])
    return result


def document_rules(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The rule of every component schema that some ``contentSchema`` names, by the class name the
    generator gives its model: what ``types.parse_json_document`` checks a document against."""
    names: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, Mapping):
            ref = node.get("contentSchema", {}).get("$ref") if isinstance(node.get("contentSchema"), Mapping) else None
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in names:
                    names.append(name)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(spec)
    schemas = spec.get("components", {}).get("schemas", {})
    return {
        str(ClassName(name, prefix="")): rule(spec, schemas[name], required=True, depth=1) for name in sorted(names)
    }


def body_rules(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[str, Any] | None:
    request_body = resolve(spec, operation.get("requestBody"))
    if not request_body:
        return None
    for content_type, media in request_body.get("content", {}).items():
        schema = resolve(spec, media.get("schema", {}))
        if schema.get("type") != "object":
            continue
        required = set(schema.get("required", []))
        return {
            "content_type": content_type,
            "required": bool(request_body.get("required")),
            "closed": schema.get("additionalProperties") is False,
            "fields": {
                name: rule(spec, field, required=name in required)
                for name, field in schema.get("properties", {}).items()
            },
            # The body model's attribute for each field, as the generator names it (its default
            # field_prefix): errors about a model's contents name the field as it goes out.
            "attributes": {str(PythonIdentifier(name, prefix="field_")): name for name in schema.get("properties", {})},
        }
    return None


def operation_rules(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    tables: dict[str, dict[str, Any]] = {}
    for path, item in spec.get("paths", {}).items():
        item = resolve(spec, item)
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            operation_id = operation.get("operationId")
            if not operation_id:
                raise SystemExit(f"postgen: {method.upper()} {path} has no operationId")
            # Keyed as the generator names the endpoint (its module name), which templates see.
            key = PythonIdentifier(operation_id, prefix="field_")
            own = [resolve(spec, p) for p in operation.get("parameters", [])]
            names = {(p["name"], p["in"]) for p in own}
            parameters = own + [p for p in shared if (p["name"], p["in"]) not in names]
            table: dict[str, Any] = {"operation_id": operation_id, "method": method.upper(), "route": path}
            for location in ("path", "query", "header"):
                table[location] = {
                    p["name"]: rule(spec, p.get("schema"), required=bool(p.get("required")))
                    for p in parameters
                    if p["in"] == location
                }
            table["body"] = body_rules(spec, operation)
            # Each parameter's Python name, as the generator names the function's argument.
            table["python"] = {
                location: {
                    p["name"]: str(PythonIdentifier(p["name"], prefix="field_"))
                    for p in parameters
                    if p["in"] == location
                }
                for location in ("path", "query", "header")
            }
            tables[str(key)] = table
    return tables


def example_answers(spec: Mapping[str, Any]) -> dict[str, Any]:
    """For every operation (by endpoint name): its first success status, that answer's first
    example (None without a body) and whether the answer has a body the spec gives no example of:
    what ``testing.StubTransport`` answers."""
    answers: dict[str, Any] = {}
    for item in spec.get("paths", {}).values():
        item = resolve(spec, item)
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            key = str(PythonIdentifier(operation["operationId"], prefix="field_"))
            for status, response in operation.get("responses", {}).items():
                if not str(status).isdigit() or not 200 <= int(status) <= 299:
                    continue
                response = resolve(spec, response)
                body, missing = None, False
                for media in response.get("content", {}).values():
                    if "example" in media:
                        body = media["example"]
                    elif media.get("examples"):
                        body = resolve(spec, next(iter(media["examples"].values()))).get("value")
                    else:
                        missing = True
                    break
                answers[key] = (int(status), body, missing)
                break
    return answers


def write_module(path: Path, docstring: str, constants: Mapping[str, Any]) -> None:
    lines = [f'"""{docstring}"""', "", "from typing import Any", ""]
    for name, value in constants.items():
        annotation = ": dict[str, Any]" if isinstance(value, dict) else ""
        lines.append(f"{name}{annotation} = {pprint.pformat(value, width=100, sort_dicts=False)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def package_dir(project: Path) -> Path:
    if len(sys.argv) > 1:
        return project / sys.argv[1]
    found = [p.parent for p in project.glob("*/__init__.py")]
    if len(found) != 1:
        raise SystemExit(f"postgen: expected one package in {project}, found {len(found)}")
    return found[0]


def main() -> None:
    spec_path = os.environ.get("TASKROUTER_SPEC")
    if not spec_path:
        raise SystemExit("postgen: TASKROUTER_SPEC is not set (run the generator through `make generate`)")
    raw = Path(spec_path).read_bytes()
    spec = yaml.safe_load(raw)
    package = package_dir(Path.cwd())
    for source in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(source, package / source.name)
    write_module(
        package / "_rules.py",
        "The rules of every operation's input, from openapi.yaml (by endpoint name). Written by the\n"
        "generator's post-hook scripts/postgen.py; do not edit.",
        {"OPERATIONS": operation_rules(spec), "DOCUMENTS": document_rules(spec)},
    )
    write_module(
        package / "_examples.py",
        "Each operation's first success status and the spec's example of its answer, by endpoint\n"
        "name: what testing.StubTransport answers by default. Written by the generator's post-hook\n"
        "scripts/postgen.py; do not edit.",
        {"ANSWERS": example_answers(spec)},
    )
    write_module(
        package / "_provenance.py",
        "What produced this package. Written by the generator's post-hook scripts/postgen.py; do not edit.",
        {
            "PACKAGE_VERSION": str(spec["info"]["version"]),
            "SPEC_SHA256": hashlib.sha256(raw).hexdigest(),
            "SPEC_TITLE": str(spec["info"]["title"]),
            "GENERATOR": "openapi-python-client",
            "GENERATOR_VERSION": importlib.metadata.version("openapi-python-client"),
            "FORMATTER": "ruff",
            "FORMATTER_VERSION": importlib.metadata.version("ruff"),
        },
    )


if __name__ == "__main__":
    main()
