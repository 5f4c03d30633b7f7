"""Every error the client raises survives ``pickle`` and ``copy.deepcopy`` with its type, message
and attributes, and an API error raised in a worker process reaches the parent whole (process
pools, task queues)."""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

from taskrouter_client import errors

HEADERS = httpx.Headers({"Twilio-Request-Id": "RQ1", "Retry-After": "3"})
ERRORS: list[errors.TaskRouterError] = [
    *(
        errors.api_error(
            status_code=status, content=b'{"message":"x"}', headers=HEADERS, method="POST", url="https://h/x"
        )
        for status in (400, 401, 403, 404, 418, 429, 500, 503)
    ),
    errors.UnexpectedStatus(418, b"teapot"),
    errors.DecodeError(
        status_code=201,
        content=b"{}",
        headers=HEADERS,
        where="$.sid",
        reason="missing",
        method="POST",
        url="https://h/x",
        sid="WW1",
    ),
    errors.TransportError("boom", method="POST", url="https://h/x"),
    errors.NetworkError("broken", method="GET", url="https://u:p@h/x"),
    errors.RequestTimeoutError("slow", method="POST", url="https://h/x", sent=False),
    errors.InvalidRequestError("FriendlyName", "maxLength", "too long"),
    errors.DocumentError("$.task_routing.filters[0]", "required", "expression is required"),
    errors.ConfigurationError("no credentials"),
    errors.UnsafeLinkError(url="https://evil/x", base_url="https://h"),
]


def _state(error: BaseException) -> dict[str, Any]:
    return {k: (dict(v) if isinstance(v, httpx.Headers) else v) for k, v in vars(error).items()}


@pytest.mark.parametrize("error", ERRORS, ids=lambda error: type(error).__name__)
def test_every_error_survives_pickle_and_deepcopy(error: errors.TaskRouterError) -> None:
    for twin in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert type(twin) is type(error)
        assert str(twin) == str(error) and twin.args == error.args
        assert _state(twin) == _state(error)
    if isinstance(error, errors.RateLimitError):
        assert pickle.loads(pickle.dumps(error)).retry_after == 3.0


def test_every_error_class_is_in_the_list() -> None:
    """Guard for the test above: each error class the package exports is pickled there."""
    exported = {
        value
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, errors.TaskRouterError)
    }
    assert exported - {errors.TaskRouterError} == {type(error) for error in ERRORS}


def fail_in_worker(status: int) -> None:
    raise errors.api_error(
        status_code=status, content=b'{"code": 20001, "message": "bad"}', headers={}, url="https://h/x"
    )


def test_an_api_error_crosses_a_process_pool() -> None:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn) as pool, pytest.raises(errors.BadRequestError) as caught:
        pool.submit(fail_in_worker, 400).result(timeout=60)
    assert caught.value.status_code == 400
    assert caught.value.url == "https://h/x" and "bad" in str(caught.value)
