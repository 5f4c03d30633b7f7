"""A small inline spec with one operation of each shape a spec may legally have, none of them in
openapi.yaml: a paged list with an array query parameter, an integer enum and a date-time; a form
create with a `default` answer; a path parameter named just `{Sid}`; a header parameter; a 204; a
JSON body with a `oneOf`; a body with no properties; an array of anything (`items: {}`); answer
enums of strings and of integers. Some have examples, some not (the tests then use the simplest
value of the schema).

The suite generates it with the project's own generator command into a temporary directory (the
`shapes_package` fixture), type-checks the result, and runs the spec-derived operation tests over it
(tests/endpoints/test_every_operation.py), as the generator's own functional tests do."""

from __future__ import annotations

from typing import Any

SID = {"type": "string", "pattern": "^TH[0-9a-f]{32}$", "minLength": 34, "maxLength": 34}
STRING = {"type": "string"}
ERROR = {
    "description": "an error",
    "content": {
        "application/json": {
            "schema": {"$ref": "#/components/schemas/Problem"},
            "example": {"code": 20404, "message": "no such thing"},
        }
    },
}
THING_EXAMPLE = {"sid": "TH" + "a" * 32, "name": "one", "size": 3, "kind": "big", "created": "2020-01-02T03:04:05Z"}


def _json(schema: str, example: Any = None) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": {"$ref": f"#/components/schemas/{schema}"}}
    if example is not None:
        media["example"] = example
    return {"application/json": media}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shapes", "version": "9.9.9"},
    "paths": {
        "/v1/Things": {
            "get": {
                "operationId": "ListThing",
                "parameters": [
                    {"name": "PageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 5}},
                    {"name": "Kind", "in": "query", "schema": {"$ref": "#/components/schemas/Kind"}, "example": "big"},
                    {"name": "Since", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                    {
                        "name": "Tag",
                        "in": "query",
                        "schema": {"type": "array", "items": {"type": "string", "minLength": 1}},
                        "example": ["red", "blue"],
                    },
                    {"name": "Level", "in": "query", "schema": {"$ref": "#/components/schemas/Level"}, "example": 2},
                ],
                "responses": {
                    "200": {
                        "description": "a page",
                        "content": _json(
                            "ThingPage", {"things": [THING_EXAMPLE], "meta": {"next_page_url": None, "page": 0}}
                        ),
                    },
                    "4XX": ERROR,
                },
            },
            "post": {
                "operationId": "CreateThing",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {"$ref": "#/components/schemas/NewThing"},
                            "example": {"Name": "two", "Kind": "small", "Size": 2, "Fragile": True},
                        }
                    },
                },
                "responses": {
                    "201": {"description": "made", "content": _json("Thing", THING_EXAMPLE)},
                    "default": ERROR,
                },
            },
        },
        "/v1/Things/{Sid}": {
            "parameters": [{"name": "Sid", "in": "path", "required": True, "schema": SID}],
            "get": {
                "operationId": "FetchThing",
                "parameters": [{"name": "X-Trace", "in": "header", "schema": STRING, "example": "t-1"}],
                "responses": {"200": {"description": "one", "content": _json("Thing")}, "4XX": ERROR},
            },
            "delete": {"operationId": "DeleteThing", "responses": {"204": {"description": "gone"}, "4XX": ERROR}},
        },
        "/v1/Things/{ThingSid}/Notes": {
            "post": {
                "operationId": "CreateNote",
                "parameters": [{"name": "ThingSid", "in": "path", "required": True, "schema": SID}],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/NewNote"},
                            "example": {"text": "hello", "labels": ["a"], "shape": {"radius": 1.5}},
                        }
                    },
                },
                "responses": {"201": {"description": "noted", "content": _json("Note")}, "5XX": ERROR},
            }
        },
        "/v1/Things/{ThingSid}/Pings": {
            "post": {
                "operationId": "PingThing",
                "parameters": [{"name": "ThingSid", "in": "path", "required": True, "schema": SID}],
                "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object"}}}},
                "responses": {
                    "200": {"description": "pong", "content": _json("Pong", {"samples": [1, "two", None, {"x": []}]})},
                    "4XX": ERROR,
                },
            }
        },
        "/v1/Things/{ThingSid}/Statistics": {
            "get": {
                "operationId": "FetchThingStatistics",
                "parameters": [{"name": "ThingSid", "in": "path", "required": True, "schema": SID}],
                "responses": {"200": {"description": "statistics", "content": _json("ThingStatistics")}, "4XX": ERROR},
            }
        },
    },
    "components": {
        "schemas": {
            "Kind": {"type": "string", "enum": ["big", "small"]},
            "Level": {"type": "integer", "enum": [1, 2, 3]},
            "Thing": {
                "type": "object",
                "required": ["sid", "name", "size", "kind", "created"],
                "properties": {
                    "sid": SID,
                    "name": {"type": ["string", "null"]},
                    "size": {"type": "integer"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                    "created": {"type": ["string", "null"], "format": "date-time"},
                },
            },
            "NewThing": {
                "type": "object",
                "required": ["Name"],
                "additionalProperties": False,
                "properties": {
                    "Name": {"type": "string", "minLength": 1},
                    "Kind": {"$ref": "#/components/schemas/Kind"},
                    "Size": {"type": "integer", "minimum": 0},
                    "Fragile": {"type": "boolean"},
                },
            },
            "ThingPage": {
                "type": "object",
                "required": ["things", "meta"],
                "properties": {
                    "things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    "meta": {
                        "type": "object",
                        "required": ["next_page_url"],
                        "properties": {"next_page_url": {"type": ["string", "null"]}, "page": {"type": "integer"}},
                    },
                },
            },
            "NewNote": {
                "type": "object",
                "required": ["text"],
                "properties": {
                    "text": {"type": "string", "minLength": 1, "maxLength": 100},
                    "labels": {"type": "array", "items": {"type": "string"}},
                    "shape": {
                        "oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}]
                    },
                },
            },
            "Circle": {
                "type": "object",
                "required": ["radius"],
                "additionalProperties": False,
                "properties": {"radius": {"type": "number"}},
            },
            "Square": {
                "type": "object",
                "required": ["side"],
                "additionalProperties": False,
                "properties": {"side": {"type": "number"}},
            },
            "Note": {
                "type": "object",
                "required": ["text", "thing_sid"],
                "properties": {"text": STRING, "thing_sid": SID, "labels": {"type": "array", "items": STRING}},
            },
            "Pong": {
                "type": "object",
                "required": ["samples"],
                "properties": {"samples": {"type": "array", "items": {}}},
            },
            "ThingStatistics": {
                "type": "object",
                "required": ["thing_sid", "level", "state"],
                "properties": {
                    "thing_sid": SID,
                    "level": {"$ref": "#/components/schemas/Level"},
                    "state": {"type": "string", "enum": ["idle", "busy"]},
                    "samples": {"type": "array", "items": {}},
                    "history": {"type": ["array", "null"], "items": {}},
                },
            },
            "Problem": {
                "type": "object",
                "properties": {"code": {"type": ["integer", "null"]}, "message": STRING},
            },
        }
    },
}
