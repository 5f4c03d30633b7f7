"""The spec is the judge: the spec itself is valid, the rules the generated code enforces are the
spec's, every recorded exchange is validated against it, and cassettes hold no secret."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import build_cassettes
import httpx
import pytest
import vcr
import yaml
from openapi_core.exceptions import OpenAPIError
from openapi_spec_validator import validate

from postgen import RULE_KEYWORDS
from recording import CASSETTES, before_record_request, before_record_response, scrub_text, vcr_settings
from scenarios import SCENARIOS, TEST_PASSWORD
from support import ROOT, SPEC_PATH, make_client, request_body, validate_request, validate_response
from taskrouter_client import AuthenticatedClient
from taskrouter_client._rules import DOCUMENTS, OPERATIONS
from taskrouter_client.api.workflows import create_workflow

create_module = importlib.import_module("taskrouter_client.api.workflows.create_workflow")


@cache
def spec_dict() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return loaded


def test_the_spec_is_valid_openapi_3_1() -> None:
    validate(spec_dict())
    assert spec_dict()["openapi"].startswith("3.1")


def _resolved(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec_dict()
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _expected_rule(schema: dict[str, Any], required: bool, *, inside: bool = False) -> dict[str, Any]:
    """The rule of a value; ``inside`` a JSON document also its object keywords. A field held as
    text or as the document (oneOf with a contentSchema member) is checked as the text."""
    schema = _resolved(schema)
    text = [m for m in map(_resolved, schema.get("oneOf", [])) if "contentSchema" in m]
    if text:
        schema = text[0]
    expected = {k: tuple(v) if isinstance(v, list) else v for k, v in schema.items() if k in RULE_KEYWORDS}
    declared = schema["type"]
    expected |= {"required": required, "type": (declared,) if isinstance(declared, str) else tuple(declared)}
    if "items" in schema:
        expected["items"] = _expected_rule(schema["items"], True, inside=inside)
    if "contentSchema" in schema:
        expected["contentSchema"] = _expected_rule(schema["contentSchema"], True, inside=True)
    if inside and "properties" in schema:
        needed = schema.get("required", [])
        properties = schema["properties"].items()
        expected["properties"] = {k: _expected_rule(v, k in needed, inside=True) for k, v in properties}
        expected["closed"] = schema.get("additionalProperties") is False
    if inside and "not" in schema:
        expected["not"] = _expected_rule(schema["not"], True, inside=True)
    return expected


def test_every_document_in_a_string_field_has_the_rules_of_its_schema() -> None:
    """A contentSchema's rules (the Workflow configuration) are the spec's, by model class name."""
    text = spec_dict()["components"]["schemas"]["WorkflowConfigurationText"]
    assert {"WorkflowConfiguration": _expected_rule(text["contentSchema"], True, inside=True)} == DOCUMENTS
    target = DOCUMENTS["WorkflowConfiguration"]["properties"]["task_routing"]["properties"]["filters"]["items"]
    assert target["properties"]["targets"]["items"]["not"]["properties"].keys() == {
        "known_worker_sid",
        "known_worker_friendly_name",
    }


def test_every_operation_has_the_rules_of_its_spec() -> None:
    """The generator drops parameters' schemas; the post-hook writes them into _rules.py. Every
    operation of the spec is there with every parameter's and body field's keywords."""
    seen = set()
    for route, path_item in spec_dict()["paths"].items():
        for method, operation in path_item.items():
            if method == "parameters":
                continue
            table = next(t for t in OPERATIONS.values() if t["operation_id"] == operation["operationId"])
            seen.add(operation["operationId"])
            assert (table["method"], table["route"]) == (method.upper(), route)
            parameters = [_resolved(p) for p in operation.get("parameters", []) + path_item.get("parameters", [])]
            for parameter in parameters:
                rule = table[parameter["in"]][parameter["name"]]
                assert rule == _expected_rule(parameter["schema"], bool(parameter.get("required"))), parameter
            body = _resolved(operation.get("requestBody"))
            if body:
                schema = _resolved(next(iter(body["content"].values()))["schema"])
                fields = table["body"]["fields"]
                assert list(fields) == list(schema.get("properties", {}))
                for name, prop in schema.get("properties", {}).items():
                    assert fields[name] == _expected_rule(prop, name in schema.get("required", [])), name
                assert table["body"]["closed"] is (schema.get("additionalProperties") is False)
            else:
                assert table["body"] is None
    assert seen == {t["operation_id"] for t in OPERATIONS.values()}


def _cassette(name: str) -> list[tuple[httpx.Request, httpx.Response]]:
    document = yaml.safe_load((CASSETTES / f"{name}.yaml").read_text())
    exchanges = []
    for interaction in document["interactions"]:
        req, resp = interaction["request"], interaction["response"]
        headers = {k: v[0] for k, v in req["headers"].items()}
        request = httpx.Request(req["method"], req["uri"], headers=headers, content=req["body"])
        body = resp["body"]["string"]
        response = httpx.Response(
            resp["status"]["code"],
            headers={k: v[0] for k, v in resp["headers"].items()},
            content=body.encode() if isinstance(body, str) else body,
            request=request,
        )
        exchanges.append((request, response))
    return exchanges


def _with_auth(request: httpx.Request) -> httpx.Request:
    """Cassettes drop Authorization; the spec requires it, so put a stand-in back to validate."""
    request.headers["Authorization"] = "Basic " + "QUM6dG9rZW4="
    return request


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_every_recorded_exchange_is_judged_by_the_spec(name: str) -> None:
    exchanges = _cassette(name)
    assert exchanges, name
    for request, response in exchanges:
        validate_request(_with_auth(request))
        if SCENARIOS[name].on_spec:
            validate_response(request, response)
        else:
            with pytest.raises(OpenAPIError):
                validate_response(request, response)


def test_cassettes_are_what_the_builder_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented-example cassettes, rebuilt through today's client, are byte for byte the
    committed ones (no User-Agent is recorded: it names the version and the Python)."""
    monkeypatch.setattr(build_cassettes, "CASSETTES", tmp_path)
    build_cassettes.main()

    built = sorted(p.name for p in tmp_path.glob("*.yaml"))
    assert built == sorted([f"{name}.yaml" for name in SCENARIOS])
    for name in built:
        assert (tmp_path / name).read_text() == (CASSETTES / name).read_text(), name
        assert "user-agent" not in (CASSETTES / name).read_text().lower(), name


SECRET_LOOKING = [
    re.compile(r"(?i)authorization"),
    re.compile(r"Basic [A-Za-z0-9+/=]{8,}"),
    re.compile(r"(?<![A-Za-z0-9])[0-9a-fA-F]{32}(?![0-9a-fA-F])"),  # a bare 32-hex value: an auth token
    re.compile(r"\b(AC|SK)(?!a{32}\b)[0-9a-fA-F]{32}\b"),  # a caller SID that is not the stand-in
    re.compile(re.escape(TEST_PASSWORD)),
]


@pytest.mark.parametrize("path", sorted(CASSETTES.glob("*.yaml")), ids=lambda p: p.name)
def test_no_cassette_holds_a_secret(path: Path) -> None:
    text = path.read_text()
    for pattern in SECRET_LOOKING:
        assert not pattern.search(text), f"{path.name} holds {pattern.pattern}"


def test_the_secret_scan_catches_what_it_should() -> None:
    leaks = [
        "authorization:\n - Basic QUM6dG9rZW4=",
        "token f00dfacef00dfacef00dfacef00dface end",
        "AC0123456789abcdef0123456789abcdef",
        TEST_PASSWORD,
    ]
    for leak in leaks:
        assert any(pattern.search(leak) for pattern in SECRET_LOOKING), leak
    assert not any(
        pattern.search("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa WSbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")
        for pattern in SECRET_LOOKING
    )


def test_a_hand_edit_of_generated_code_fails_the_drift_check(tmp_path: Path) -> None:
    for name in ("Makefile", "openapi.yaml", "generator-config.yaml", "requirements-dev.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    for name in ("templates", "generated", "scripts"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    make = ["make", "--no-print-directory", "-C", str(tmp_path), "check-generated"]
    (tmp_path / ".venv" / ".installed").touch()  # newer than the copied requirements: no reinstall
    assert subprocess.run(make, capture_output=True, timeout=120).returncode == 0

    target = tmp_path / "generated" / "taskrouter_client" / "errors.py"
    target.write_bytes(target.read_bytes().replace(b"HTTP {self.status_code}", b"HTTP {self.status_code}!", 1))
    result = subprocess.run(make, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "generated/ is stale or was edited by hand" in result.stderr

    assert '+        text = f"HTTP {self.status_code}"' in result.stdout
    # The provenance stamp names the spec: a spec edit without regeneration fails the check too.
    shutil.copytree(ROOT / "generated", tmp_path / "generated", dirs_exist_ok=True)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(spec.read_text() + "# an edit\n")
    result = subprocess.run(make, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "SPEC_SHA256" in result.stdout


def test_recording_scrubs_live_values(monkeypatch: pytest.MonkeyPatch) -> None:
    token, workspace = "0123456789abcdef0123456789abcdef", "WS" + "9" * 32
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", token)
    monkeypatch.setenv("TWILIO_WORKSPACE_SID", workspace)
    monkeypatch.setenv("TWILIO_TASK_QUEUE_SID", "WQ" + "9" * 32)
    text = f"AC{'1' * 32} SK{'2' * 32} {token} {workspace} WQ{'9' * 32}"
    assert scrub_text(text) == f"AC{'a' * 32} SK{'a' * 32} REDACTED WS{'a' * 32} WQ{'c' * 32}"

    class FakeRequest:
        def __init__(self) -> None:
            self.uri = f"https://taskrouter.twilio.com/v1/Workspaces/{workspace}/Workflows"
            self.body = f"Configuration=WQ{'9' * 32}".encode()
            self.headers = {"Authorization": "Basic abc", "Accept": "application/json"}

    scrubbed = before_record_request(FakeRequest())
    assert scrubbed.uri.endswith(f"/Workspaces/WS{'a' * 32}/Workflows")
    assert scrubbed.body == f"Configuration=WQ{'c' * 32}".encode()
    assert scrubbed.headers == {"Accept": "application/json"}
    response = before_record_response(
        {"body": {"string": f'{{"account_sid": "AC{"3" * 32}"}}'}, "headers": {"Set-Cookie": ["s=1"], "X": [token]}}
    )
    assert response == {"body": {"string": f'{{"account_sid": "AC{"a" * 32}"}}'}, "headers": {"X": ["REDACTED"]}}


def test_recording_writes_scrubbed_cassettes_that_replay(
    prism: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`make record`'s machinery end to end, with Prism standing in for the live API: what is
    written holds no credential and no live SID, and replays with the stand-ins."""

    token, account, workspace = "0123456789abcdef0123456789abcdef", "AC" + "1" * 32, "WS" + "9" * 32
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", token)
    monkeypatch.setenv("TWILIO_WORKSPACE_SID", workspace)
    cassette = tmp_path / "live_like.yaml"
    live = AuthenticatedClient.from_auth_token(account, token, base_url=prism)
    with vcr.VCR(record_mode="all", **vcr_settings()).use_cassette(str(cassette)), live:
        create_workflow.sync(workspace, client=live, body=request_body())

    text = cassette.read_text()
    for leak in (token, account, workspace, "Basic "):
        assert leak not in text
    assert f"/v1/Workspaces/WS{'a' * 32}/Workflows" in text
    for pattern in SECRET_LOOKING:
        assert not pattern.search(text), pattern.pattern

    monkeypatch.delenv("TWILIO_AUTH_TOKEN")
    monkeypatch.delenv("TWILIO_WORKSPACE_SID")
    replay = make_client(base_url=prism)
    with vcr.VCR(record_mode="none", **vcr_settings()).use_cassette(str(cassette)) as played, replay:
        workflow = create_workflow.sync("WS" + "a" * 32, client=replay, body=request_body())
    assert played.play_count == 1
    assert workflow.sid == "WW" + "a" * 32
