"""How cassettes are written: vcrpy settings shared by pytest-recording (tests/conftest.py),
the cassette builder (scripts/build_cassettes.py) and `make record`.

Before anything is written, the Authorization header (and a request's User-Agent, which names
versions) is dropped, and account SIDs, API key SIDs,
the live Workspace/TaskQueue SIDs and any credential from the environment are replaced by the
stand-ins the tests use, in URIs, headers and bodies alike.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from scenarios import ACCOUNT_SID, DEFAULT_QUEUE_SID, WORKSPACE_SID

CASSETTES = Path(__file__).parent / "cassettes"

# SID kinds that name who is calling: always replaced by a stand-in of the same shape.
_CALLER_SIDS = re.compile(r"\b(AC|SK)[0-9a-fA-F]{32}\b")
_STAND_IN = {"AC": ACCOUNT_SID, "SK": "SK" + "a" * 32}
_DROPPED_HEADERS = ("authorization", "cookie", "set-cookie")
# Not recorded from requests either: the User-Agent names the package's version (and the Python
# and httpx versions), so a cassette would change with every release; nothing matches on it.
_DROPPED_REQUEST_HEADERS = (*_DROPPED_HEADERS, "user-agent")


def _replacements() -> list[tuple[str, str]]:
    """Live values from the environment and the stand-ins that replace them."""
    pairs: list[tuple[str, str]] = []
    for name in ("TWILIO_AUTH_TOKEN", "TWILIO_API_SECRET"):
        value = os.environ.get(name)
        if value:
            pairs.append((value, "REDACTED"))
    for name, stand_in in (("TWILIO_WORKSPACE_SID", WORKSPACE_SID), ("TWILIO_TASK_QUEUE_SID", DEFAULT_QUEUE_SID)):
        value = os.environ.get(name)
        if value:
            pairs.append((value, stand_in))
    return pairs


def scrub_text(text: str) -> str:
    for value, stand_in in _replacements():
        text = text.replace(value, stand_in)
    return _CALLER_SIDS.sub(lambda m: _STAND_IN[m.group(1)], text)


def _scrub_body(body: Any) -> Any:
    if isinstance(body, bytes):
        return scrub_text(body.decode("utf-8", errors="surrogateescape")).encode("utf-8", errors="surrogateescape")
    if isinstance(body, str):
        return scrub_text(body)
    return body


def before_record_request(request: Any) -> Any:
    request.uri = scrub_text(request.uri)
    request.body = _scrub_body(request.body)
    for header in list(request.headers):
        if header.lower() in _DROPPED_REQUEST_HEADERS:
            del request.headers[header]
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    body = response.get("body", {})
    if "string" in body:
        body["string"] = _scrub_body(body["string"])
    headers = response.get("headers", {})
    for header in list(headers):
        if header.lower() in _DROPPED_HEADERS:
            del headers[header]
        else:
            headers[header] = [scrub_text(v) for v in headers[header]]
    return response


def vcr_settings() -> dict[str, Any]:
    """The vcrpy settings of every cassette."""
    return {
        "filter_headers": list(_DROPPED_REQUEST_HEADERS),
        "before_record_request": before_record_request,
        "before_record_response": before_record_response,
        "match_on": ("method", "scheme", "host", "port", "path", "query", "body"),
        "decode_compressed_response": True,
    }
