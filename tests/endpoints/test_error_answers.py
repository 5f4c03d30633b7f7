"""The error contract, pinned against recorded error answers in all four calling styles.

- sync() / asyncio() raise the ApiError subclass for the status, with Twilio's code, message,
  more_info, the headers and the request id; never a raw KeyError/JSONDecodeError/ValueError.
- sync_detailed() / asyncio_detailed() never raise for a status: they return the Response, with
  ``parsed`` a TwilioError when the body is JSON of that shape and None otherwise.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from scenarios import PATH, SCENARIOS
from support import MODES, Recorder, call, make_client
from taskrouter_client import errors
from taskrouter_client.models import TwilioError
from taskrouter_client.types import Response

URL = f"https://taskrouter.twilio.com{PATH}"

# scenario: (error class, status, Twilio code, message, more_info)
EXPECTED: dict[str, tuple[type[errors.ApiError], int, int | None, str | None, str | None]] = {
    "error_400": (
        errors.BadRequestError,
        400,
        20001,
        "Invalid workflow configuration: default_filter is required",
        "https://www.twilio.com/docs/errors/20001",
    ),
    "error_401": (errors.AuthenticationError, 401, 20003, "Authenticate", "https://www.twilio.com/docs/errors/20003"),
    "error_404": (
        errors.NotFoundError,
        404,
        20404,
        f"The requested resource {PATH} was not found",
        "https://www.twilio.com/docs/errors/20404",
    ),
    "error_429": (errors.RateLimitError, 429, 20429, "Too Many Requests", "https://www.twilio.com/docs/errors/20429"),
    "error_500": (errors.ServerError, 500, 20500, "Internal Server Error", "https://www.twilio.com/docs/errors/20500"),
    "error_503": (errors.ServerError, 503, 20503, "Service Unavailable", "https://www.twilio.com/docs/errors/20503"),
    "error_problem_json": (
        errors.BadRequestError,
        400,
        20001,
        "FriendlyName is too long",
        "https://www.twilio.com/docs/api/errors/20001",
    ),
    "error_empty": (errors.ServerError, 502, None, None, None),
    "error_html": (errors.ServerError, 503, None, "503 Service Temporarily Unavailable", None),
    "error_truncated": (errors.ServerError, 500, None, '{"code": 20500, "message"', None),
    "error_499": (errors.ApiError, 499, None, None, None),
    "error_520": (errors.ServerError, 520, None, "520: Web server is returning an unknown error", None),
}
JSON_BODIES = {"error_400", "error_401", "error_404", "error_429", "error_500", "error_503", "error_problem_json"}


def test_every_error_scenario_is_pinned() -> None:
    assert set(EXPECTED) == {name for name in SCENARIOS if name.startswith("error_")}


def _cases() -> list[Any]:
    return [
        pytest.param(name, mode, marks=[pytest.mark.vcr, pytest.mark.scenario(name)], id=f"{name}-{mode}")
        for name in EXPECTED
        for mode in MODES
    ]


@pytest.mark.parametrize(("name", "mode"), _cases())
def test_error_answer(name: str, mode: str) -> None:
    cls, status, code, message, more_info = EXPECTED[name]
    scenario = SCENARIOS[name]
    client = make_client(Recorder())

    if mode.endswith("_detailed"):
        response = call(mode, client)
        assert isinstance(response, Response)
        assert response.status_code == status
        assert response.content == scenario.body
        if name in JSON_BODIES:
            assert isinstance(response.parsed, TwilioError)
            assert response.parsed.code == code
        else:
            assert response.parsed is None
        return

    with pytest.raises(cls) as caught:
        call(mode, client)
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, errors.UnexpectedStatus)
    assert isinstance(error, errors.TaskRouterError)
    assert error.status_code == status
    assert error.code == code
    assert error.message == message
    assert error.more_info == more_info
    assert error.method == "POST"
    assert error.url == URL
    assert error.content == scenario.body
    for header, value in scenario.response_headers().items():
        assert error.headers[header] == value
    assert error.request_id == scenario.headers.get("Twilio-Request-Id")
    assert f"HTTP {status}" in str(error)
    if code is not None:
        assert f"Twilio error {code}" in str(error)


@pytest.mark.vcr
@pytest.mark.scenario("error_400")
def test_error_message_names_request_and_request_id() -> None:
    with pytest.raises(errors.BadRequestError) as caught:
        call("sync", make_client(Recorder()))
    assert str(caught.value) == (
        "HTTP 400 (Twilio error 20001): Invalid workflow configuration: default_filter is required "
        f"[POST {URL}] request id RQ{'e' * 32} - see https://www.twilio.com/docs/errors/20001"
    )
    assert repr(caught.value) == (
        "BadRequestError(status_code=400, code=20001, "
        "message='Invalid workflow configuration: default_filter is required')"
    )


@pytest.mark.vcr
@pytest.mark.scenario("error_problem_json")
def test_problem_details_fields_stay_reachable() -> None:
    response = call("sync_detailed", make_client(Recorder()))
    assert isinstance(response, Response)
    assert isinstance(response.parsed, TwilioError)
    assert response.parsed["title"] == "Bad Request"
    assert response.parsed["detail"] == "FriendlyName is too long"
    assert response.parsed["instance"] == PATH


@pytest.mark.vcr
@pytest.mark.scenario("error_429")
def test_rate_limit_error_reports_retry_after() -> None:
    with pytest.raises(errors.RateLimitError) as caught:
        call("sync", make_client(Recorder()))
    assert caught.value.retry_after == 0.0


HUGE = 1_000_000
BIG_BODIES: dict[str, tuple[bytes, str]] = {
    "a Twilio message": (
        json.dumps({"code": 20001, "message": "m" * HUGE, "status": 400}).encode(),
        "application/json",
    ),
    "a problem's detail": (
        json.dumps({"title": "Bad", "detail": "d" * HUGE, "type": "t" * HUGE, "status": 400}).encode(),
        "application/problem+json",
    ),
    "an HTML page": (b"<html><body>" + b"h" * HUGE + b"</body></html>", "text/html"),
    "text": (b"x" * HUGE, "text/plain"),
    "a request id": (b"{}", "application/json"),
}


@pytest.mark.parametrize("mode", ["sync_detailed", "asyncio_detailed"])
def test_a_huge_error_body_stays_whole_in_the_detailed_answer(mode: str) -> None:
    body = BIG_BODIES["a Twilio message"][0]
    result = call(mode, make_client(Recorder(lambda request: httpx.Response(400, content=body), judge=False)))
    assert isinstance(result, Response) and result.content == body


@pytest.mark.parametrize("shape", BIG_BODIES)
def test_an_api_error_from_a_huge_body_has_a_bounded_str_and_repr(shape: str) -> None:
    """A 1 MB answer does not make a 1 MB error message (logs, tracebacks, Sentry): str() and
    repr() show at most 500 characters of each text the answer carried; the body stays whole in
    ``content`` and Twilio's fields in their attributes."""
    body, content_type = BIG_BODIES[shape]
    headers = {"Content-Type": content_type}
    if shape == "a request id":
        headers["Twilio-Request-Id"] = "RQ" + "r" * HUGE

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, content=body, headers=headers)

    with pytest.raises(errors.BadRequestError) as caught:
        call("sync", make_client(Recorder(answer, judge=False)))
    error = caught.value
    assert len(str(error)) < 2_000 and len(repr(error)) < 1_000, (len(str(error)), len(repr(error)))
    assert error.content == body
    if shape == "a Twilio message":
        assert error.message == "m" * HUGE and "(1,000,000 characters)" in str(error)
