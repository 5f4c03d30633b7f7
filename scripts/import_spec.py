"""`make import-spec`: write openapi.yaml from Twilio's own description of TaskRouter v1
(spec/twilio/twilio_taskrouter_v1.yaml, MIT) and our overlay of corrections (spec/overlay.yaml).

Two steps, both deterministic (same inputs, same bytes):

1. **Conventions** (this script), applied to every operation of Twilio's description:
   - OpenAPI 3.1: ``nullable: true`` becomes a ``null`` member of ``type`` (of an ``anyOf`` beside a
     ``$ref``); formats no validator knows (``uri-map``, ``http-method``) are dropped;
   - component schemas named for the resource (``taskrouter.v1.workspace.task_queue`` →
     ``TaskQueue``, ``task_queue_enum_task_order`` → ``TaskQueueTaskOrder``), request bodies as
     components named by their title (``CreateTaskQueueRequest``), list answers as ``<Item>Page``
     with the shared ``PageMeta``;
   - one tag per resource, named by its path (``/v1/Workspaces/{WorkspaceSid}/TaskQueues`` →
     ``TaskQueues``; the package gets ``api/task_queues/``), a summary from the operationId;
   - error answers declared (``4XX``/``5XX`` → ``TwilioError``, which Twilio does not declare);
     of the answer headers only Twilio's rate-limit headers are kept (CORS headers are a browser's);
   - identity attributes (``sid``, ``account_sid``, ``workspace_sid``, ``url``) required and not
     nullable, as the Workflow schemas have them (docs/taskrouter-facts.md);
   - examples made valid against their schemas: strings that spell a boolean or a number are
     read as one, a field the schema does not have is dropped, an empty ``format: uri`` string is
     null (or dropped); an example still invalid after that is dropped. Each change is reported.
2. **The overlay** (OpenAPI Overlay 1.0: ``actions`` of ``target`` JSONPath, RFC 9535, with
   ``update`` or ``remove``, each with a ``description`` giving its reason), applied in order: our
   hand-maintained parts (the Workflow resource, the shared components) and corrections.

``--check`` compares with the committed openapi.yaml instead of writing (`make check-spec`).
"""

from __future__ import annotations

import argparse
import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath
import jsonschema  # type: ignore[import-untyped]
import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "spec" / "twilio" / "twilio_taskrouter_v1.yaml"
OVERLAY = ROOT / "spec" / "overlay.yaml"
OUTPUT = ROOT / "openapi.yaml"
HEADER = (
    "# Written by `make import-spec` (scripts/import_spec.py) from Twilio's description of TaskRouter v1\n"
    "# (spec/twilio/) and our overlay (spec/overlay.yaml). Do not edit: edit the overlay and rerun.\n"
)
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
IDENTITY = ("sid", "account_sid", "workspace_sid", "url")
KNOWN_FORMATS = {"date-time", "date", "uri", "int32", "int64", "float", "double", "email", "uuid"}
RATE_HEADERS = ("X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Config")
TOP_LEVEL = ("openapi", "info", "servers", "security", "tags", "paths", "components")


class Report:
    """What the conversion changed, and why, for the maintainer to read."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, where: str, what: str) -> None:
        self.lines.append(f"{where}: {what}")


def pascal(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", snake) if part)


def schema_name(twilio_name: str) -> str:
    """``taskrouter.v1.workspace.task_queue.task_queue_statistics`` → ``TaskQueueStatistics``;
    ``task_queue_enum_task_order`` → ``TaskQueueTaskOrder``; ``taskrouter.v1.workspace`` → ``Workspace``."""
    last = twilio_name.rsplit(".", 1)[1] if "." in twilio_name else twilio_name
    return pascal(last.replace("_enum_", "_"))


def words(operation_id: str) -> str:
    """``FetchTaskQueueStatistics`` → ``Fetch task queue statistics``."""
    parts = re.findall(r"[A-Z][a-z]*", operation_id)
    return " ".join([parts[0], *(p.lower() for p in parts[1:])])


def resource_of(path: str) -> str:
    """The resource a path belongs to, named by its collection: Workspaces, TaskQueues, ... (a
    Workspace's own statistics belong to Workspaces)."""
    segments = [s for s in path.split("/") if s and not s.startswith("{")][1:]  # after "v1"
    if len(segments) > 1 and not segments[1].endswith("Statistics"):
        return segments[1]
    return segments[0]


# --- Schemas ------------------------------------------------------------------------------------


def convert_schema(node: Any, names: dict[str, str], report: Report, where: str) -> Any:
    """An OpenAPI 3.0 schema of Twilio's as 3.1, with its refs renamed."""
    if isinstance(node, list):
        return [convert_schema(item, names, report, where) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = "#/components/schemas/" + names[node["$ref"].rsplit("/", 1)[1]]
        if node.get("nullable"):
            return {"anyOf": [{"$ref": ref}, {"type": "null"}]} | (
                {"description": node["description"]} if "description" in node else {}
            )
        return {"$ref": ref} | ({"description": node["description"]} if "description" in node else {})
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("nullable", "x-twilio", "title"):
            continue
        if key == "format" and value not in KNOWN_FORMATS:
            report(where, f"format {value!r} dropped (no validator knows it)")
            continue
        if key in ("properties",):
            result[key] = {k: convert_schema(v, names, report, f"{where}.{k}") for k, v in value.items()}
        elif key in ("items", "additionalProperties", "anyOf", "oneOf", "allOf", "not"):
            result[key] = convert_schema(value, names, report, where)
        else:
            result[key] = copy.deepcopy(value)
    if node.get("nullable") and "type" in result:
        result["type"] = [result["type"], "null"]
        if "enum" in result and None not in result["enum"]:
            result["enum"] = [*result["enum"], None]
    return result


def with_identity_required(schema: dict[str, Any], where: str, report: Report) -> dict[str, Any]:
    """Identity attributes present and never null, as the Workflow schemas have them."""
    properties = schema.get("properties", {})
    identity = [name for name in IDENTITY if name in properties]
    for name in identity:
        declared = properties[name].get("type")
        if isinstance(declared, list) and "null" in declared:
            properties[name]["type"] = next(t for t in declared if t != "null")
    if identity:
        schema["required"] = sorted(set(schema.get("required", [])) | set(identity), key=list(properties).index)
        report(where, f"{', '.join(identity)} required and not nullable")
    return schema


# --- Examples ------------------------------------------------------------------------------------


def resolved(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """``schema`` with its local refs inlined (for jsonschema)."""
    if depth > 20:
        return {}
    if isinstance(schema, dict):
        if "$ref" in schema:
            return resolved(spec, spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]], depth + 1)
        return {k: resolved(spec, v, depth + 1) for k, v in schema.items() if k not in ("example", "examples")}
    if isinstance(schema, list):
        return [resolved(spec, item, depth + 1) for item in schema]
    return schema


def fix_example(value: Any, schema: dict[str, Any], report: Report, where: str) -> Any:
    """``value`` moved towards ``schema``: spelled booleans and numbers read, unknown fields and
    empty URIs dropped."""
    types = schema.get("type")
    types = [types] if isinstance(types, str) else list(types or [])
    if isinstance(value, str):
        if "boolean" in types and value.lower() in ("true", "false"):
            report(where, f"{value!r} read as a boolean")
            return value.lower() == "true"
        if "integer" in types and re.fullmatch(r"-?\d+", value):
            report(where, f"{value!r} read as an integer")
            return int(value)
        if value == "" and schema.get("format") == "uri":
            report(where, "an empty URI made null" if "null" in types else "an empty URI dropped")
            return None if "null" in types else _DROP
        if schema.get("format") == "uri" and not re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://[^/]", value):
            report(where, f"the relative URI {value!r} made absolute")
            return "https://example.com" + ("" if value.startswith("/") else "/") + value
    if isinstance(value, dict) and "properties" in schema:
        fixed = {}
        for key, item in value.items():
            if key not in schema["properties"]:
                if schema.get("additionalProperties") is False or where.startswith("request"):
                    report(f"{where}.{key}", "a field the schema does not have, dropped")
                    continue
                fixed[key] = item
                continue
            new = fix_example(item, schema["properties"][key], report, f"{where}.{key}")
            if new is not _DROP:
                fixed[key] = new
        return fixed
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [fix_example(item, schema["items"], report, f"{where}[]") for item in value]
    return value


_DROP = object()


def valid_examples(
    spec: dict[str, Any], examples: dict[str, Any], schema: Any, report: Report, where: str
) -> dict[str, Any]:
    """The examples (``{name: {value}}``; a ``$ref`` kept as it is) made valid, or dropped."""
    full = resolved(spec, schema)
    checker = jsonschema.Draft202012Validator(full, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    kept = {}
    for name, example in examples.items():
        if "$ref" in example:
            kept[name] = example
            continue
        value = fix_example(copy.deepcopy(example.get("value")), full, report, f"{where} example {name}")
        errors = list(checker.iter_errors(value))
        if value is _DROP or errors:
            reason = errors[0].message[:120] if errors else "nothing left"
            report(f"{where} example {name}", f"dropped, still invalid: {reason}")
            continue
        kept[name] = example | {"value": value}
    return kept


def make_examples_valid(spec: dict[str, Any], report: Report) -> None:
    """Every example of every operation (parameters, bodies, answers) checked against its schema,
    fixed where a spelling is the only fault, dropped where it still breaks it."""
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            where = operation["operationId"]
            for parameter in operation.get("parameters", []):
                if "example" in parameter and "schema" in parameter:
                    kept = valid_examples(
                        spec,
                        {"example": {"value": parameter["example"]}},
                        parameter["schema"],
                        report,
                        f"{where} {parameter['name']}",
                    )
                    if kept:
                        parameter["example"] = kept["example"]["value"]
                    else:
                        del parameter["example"]
            medias = [("request " + where, m) for m in operation.get("requestBody", {}).get("content", {}).values()]
            medias += [
                (f"{where} {status}", m)
                for status, response in operation["responses"].items()
                for m in response.get("content", {}).values()
            ]
            for place, media in medias:
                if "examples" in media:
                    media["examples"] = valid_examples(spec, media["examples"], media["schema"], report, place)
                    if not media["examples"]:
                        del media["examples"]


# --- Operations ---------------------------------------------------------------------------------


def convert(twilio: dict[str, Any], report: Report) -> dict[str, Any]:
    names = {name: schema_name(name) for name in twilio["components"]["schemas"]}
    schemas: dict[str, Any] = {}
    for twilio_name, schema in twilio["components"]["schemas"].items():
        name = names[twilio_name]
        converted = convert_schema(schema, names, report, name)
        if converted.get("type") == "object":
            converted = with_identity_required(converted, name, report)
        schemas[name] = converted
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": twilio["info"]["title"], "version": twilio["info"]["version"]},
        "servers": [{"url": twilio["servers"][0]["url"]}],
        "security": [{"accountSidAuthToken": []}],
        "tags": [],
        "paths": {},
        "components": {
            "securitySchemes": {"accountSidAuthToken": {"type": "http", "scheme": "basic"}},
            "schemas": schemas,
        },
    }
    for path, item in twilio["paths"].items():
        converted_item: dict[str, Any] = {}
        for method in HTTP_METHODS:
            if method in item:
                converted_item[method] = convert_operation(spec, path, item[method], names, report)
        spec["paths"][path] = converted_item
    tags = sorted({op["tags"][0] for item in spec["paths"].values() for op in item.values()})
    spec["tags"] = [{"name": tag, "description": f"TaskRouter {words(tag).lower()}."} for tag in tags]
    return spec


def convert_operation(
    spec: dict[str, Any], path: str, operation: dict[str, Any], names: dict[str, str], report: Report
) -> dict[str, Any]:
    operation_id = operation["operationId"]
    where = operation_id
    result: dict[str, Any] = {
        "operationId": operation_id,
        "tags": [resource_of(path)],
        "summary": operation.get("summary") or words(operation_id),
    }
    if operation.get("description"):
        result["description"] = operation["description"]
    parameters = []
    for parameter in operation.get("parameters", []):
        converted = {k: v for k, v in parameter.items() if k not in ("examples", "example", "schema")}
        converted["schema"] = convert_schema(parameter.get("schema", {}), names, report, f"{where} {parameter['name']}")
        if parameter["in"] == "path":
            converted["required"] = True
        examples = parameter.get("examples") or (
            {"example": {"value": parameter["example"]}} if "example" in parameter else {}
        )
        if examples:
            converted["example"] = next(iter(examples.values()))["value"]
        parameters.append(converted)
    if parameters:
        result["parameters"] = parameters
    body = operation.get("requestBody")
    if body:
        media_type, media = next(iter(body["content"].items()))
        schema = media["schema"]
        name = schema.get("title") or f"{operation_id}Request"
        spec["components"]["schemas"][name] = convert_schema(schema, names, report, name)
        ref = {"$ref": f"#/components/schemas/{name}"}
        converted_media: dict[str, Any] = {"schema": ref}
        if media.get("examples"):
            converted_media["examples"] = {k: {"value": v["value"]} for k, v in media["examples"].items()}
        result["requestBody"] = {"required": bool(schema.get("required")), "content": {media_type: converted_media}}
    responses: dict[str, Any] = {}
    for status, response in operation.get("responses", {}).items():
        responses[str(status)] = convert_response(spec, response, names, report, f"{where} {status}")
    responses["4XX"] = {"$ref": "#/components/responses/ClientError"}
    responses["5XX"] = {"$ref": "#/components/responses/ServerError"}
    result["responses"] = responses
    return result


def convert_response(
    spec: dict[str, Any], response: dict[str, Any], names: dict[str, str], report: Report, where: str
) -> dict[str, Any]:
    result: dict[str, Any] = {"description": response.get("description") or "OK"}
    headers = {
        name: {"$ref": f"#/components/headers/{name.replace('-', '')}"}
        for name in RATE_HEADERS
        if name in response.get("headers", {})
    }
    dropped = sorted(set(response.get("headers", {})) - set(RATE_HEADERS))
    if dropped:
        report(where, f"answer headers {', '.join(dropped)} not declared (a browser's CORS headers)")
    if headers:
        result["headers"] = headers
    content = response.get("content")
    if content:
        media_type, media = next(iter(content.items()))
        schema = media["schema"]
        if "$ref" not in schema:  # a list: an inline page → <Item>Page with the shared PageMeta
            items_key = next(k for k, v in schema["properties"].items() if v.get("type") == "array")
            item = names[schema["properties"][items_key]["items"]["$ref"].rsplit("/", 1)[1]]
            page = f"{item}Page"
            spec["components"]["schemas"][page] = {
                "type": "object",
                "description": f"One page of {item} resources.",
                "required": [items_key, "meta"],
                "properties": {
                    items_key: {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}},
                    "meta": {"$ref": "#/components/schemas/PageMeta"},
                },
            }
            schema = {"$ref": f"#/components/schemas/{page}"}
        else:
            schema = convert_schema(schema, names, report, where)
        converted: dict[str, Any] = {"schema": schema}
        if media.get("examples"):
            converted["examples"] = {k: {"value": v["value"]} for k, v in media["examples"].items()}
        result["content"] = {media_type: converted}
    return result


# --- The overlay --------------------------------------------------------------------------------


def apply_overlay(spec: dict[str, Any], overlay: dict[str, Any], report: Report) -> dict[str, Any]:
    """Apply OpenAPI Overlay 1.0 ``actions`` in order: ``remove`` drops each node the target
    selects; ``update`` merges into each (objects recursively, arrays appended, others replaced)."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise SystemExit("import-spec: the overlay must be an OpenAPI Overlay 1.x document")
    for index, action in enumerate(overlay.get("actions", [])):
        nodes = jsonpath.find(action["target"], spec)
        if not nodes:
            raise SystemExit(f"import-spec: overlay action {index} ({action['target']}) selects nothing")
        for node in reversed(nodes):
            if action.get("remove"):
                if node.parent is None:
                    raise SystemExit(f"import-spec: overlay action {index} removes the document itself")
                parent: Any = node.parent.value
                del parent[node.location[-1]]
            else:
                merge(node.value, copy.deepcopy(action["update"]))
        report(f"overlay {action['target']}", action.get("description", "(no reason given)").strip().splitlines()[0])
    return spec


def merge(target: Any, update: Any) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            merge(target[key], value)
        elif isinstance(value, list) and isinstance(target.get(key), list):
            target[key].extend(value)
        else:
            target[key] = value


# --- Output -------------------------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    """YAML with multi-line text as literal blocks, as a reader writes it."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _text)


def render(spec: dict[str, Any]) -> str:
    ordered = {key: spec[key] for key in TOP_LEVEL if key in spec} | {
        k: v for k, v in spec.items() if k not in TOP_LEVEL
    }
    return HEADER + yaml.dump(ordered, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def build() -> tuple[str, Report]:
    report = Report()
    twilio = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    spec = convert(twilio, report)
    spec = apply_overlay(spec, yaml.safe_load(OVERLAY.read_text(encoding="utf-8")), report)
    make_examples_valid(spec, report)
    return render(spec), report


def operations(text: str) -> Iterator[str]:
    spec = yaml.safe_load(text)
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            if method in item:
                yield item[method]["operationId"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if openapi.yaml is not what the inputs give")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    args = parser.parse_args()
    text, report = build()
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            raise SystemExit(
                "openapi.yaml is not what `make import-spec` writes from spec/: edit spec/overlay.yaml "
                "(not openapi.yaml) and run `make import-spec`"
            )
        print(f"openapi.yaml is what spec/ gives ({len(list(operations(text)))} operations)")
        return
    OUTPUT.write_text(text, encoding="utf-8")
    if not args.quiet:
        for line in report.lines:
            print(f"  {line}")
    print(f"wrote openapi.yaml: {len(list(operations(text)))} operations, {len(report.lines)} changes reported above")


if __name__ == "__main__":
    main()
