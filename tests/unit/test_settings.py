"""A client's settings: credentials (from a token, an API key, the environment, a base URL) and
that no secret ever shows; regions, edges and which base URLs are allowed; timeouts and headers
refused when they cannot work; ``with_headers`` / ``with_cookies`` / ``with_timeout`` giving new
clients and leaving the original alone; copying and pickling a client's settings, not its pool."""

from __future__ import annotations

import base64
import copy
import logging
import pickle
from typing import Any

import httpx
import pytest

from scenarios import TEST_PASSWORD, WORKFLOW_FULL, WORKSPACE_SID
from support import Recorder, call, make_client, request_body
from taskrouter_client import AuthenticatedClient, Client, errors
from taskrouter_client.api.workflows import create_workflow
from taskrouter_client.client import DEFAULT_TIMEOUT, RetryPolicy, base_url_for

PATH = f"/v1/Workspaces/{WORKSPACE_SID}/Workflows"
SECRET = "f00dfacef00dfacef00dfacef00dface"


def created() -> httpx.Response:
    return httpx.Response(201, json=WORKFLOW_FULL)


class sequence:
    """A handler giving ``answers`` in order."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.pending = list(answers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return self.pending.pop(0)


class Sleeps:
    """Retry waits kept, not spent."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def policy(self, **kwargs: Any) -> RetryPolicy:
        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, **kwargs)


# --- Credentials ---------------------------------------------------------------------------------


def _auth_header(request: httpx.Request) -> tuple[str, str]:
    scheme, _, value = request.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    username, _, password = base64.b64decode(value).decode().partition(":")
    return username, password


def _sent_credentials(client: AuthenticatedClient) -> tuple[str, str]:
    recorder = Recorder(lambda request: created())
    client = AuthenticatedClient(
        username=client.username, password=client._password, httpx_args={"transport": recorder}
    )
    call("sync", client)
    return _auth_header(recorder.requests[0])


def test_from_auth_token() -> None:
    client = AuthenticatedClient.from_auth_token("AC" + "1" * 32, SECRET)
    assert _sent_credentials(client) == ("AC" + "1" * 32, SECRET)
    assert client.account_sid == "AC" + "1" * 32


def test_from_api_key() -> None:
    client = AuthenticatedClient.from_api_key("SK" + "2" * 32, SECRET, account_sid="AC" + "1" * 32)
    assert _sent_credentials(client) == ("SK" + "2" * 32, SECRET)
    assert client.account_sid == "AC" + "1" * 32


@pytest.mark.parametrize(
    ("environ", "username", "base_url"),
    [
        (
            {"TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "TWILIO_AUTH_TOKEN": SECRET},
            "AC" + "1" * 32,
            "https://taskrouter.twilio.com",
        ),
        (
            {
                "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
                "TWILIO_AUTH_TOKEN": "other",
                "TWILIO_API_KEY": "SK" + "2" * 32,
                "TWILIO_API_SECRET": SECRET,
                "TWILIO_REGION": "ie1",
            },
            "SK" + "2" * 32,
            "https://taskrouter.ie1.twilio.com",
        ),
        (
            {"TWILIO_API_KEY": "SK" + "2" * 32, "TWILIO_API_SECRET": SECRET, "TWILIO_EDGE": "dublin"},
            "SK" + "2" * 32,
            "https://taskrouter.dublin.us1.twilio.com",
        ),
    ],
)
def test_from_env(environ: dict[str, str], username: str, base_url: str) -> None:
    client = AuthenticatedClient.from_env(environ)
    assert client.username == username
    assert client.base_url == base_url
    assert _sent_credentials(client)[1] == SECRET


def test_from_env_reads_os_environ_and_a_given_base_url_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "1" * 32)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", SECRET)
    monkeypatch.setenv("TWILIO_REGION", "au1")
    assert AuthenticatedClient.from_env().base_url == "https://taskrouter.au1.twilio.com"
    assert AuthenticatedClient.from_env(base_url="http://localhost:4010").base_url == "http://localhost:4010"


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({}, "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"),
        ({"TWILIO_ACCOUNT_SID": "AC" + "1" * 32}, "or TWILIO_AUTH_TOKEN"),
        ({"TWILIO_AUTH_TOKEN": SECRET}, "or TWILIO_ACCOUNT_SID"),
        ({"TWILIO_API_KEY": "SK" + "2" * 32}, "TWILIO_API_SECRET is not set"),
        ({"TWILIO_API_SECRET": SECRET}, "TWILIO_API_KEY is not set"),
        ({"TWILIO_ACCOUNT_SID": "", "TWILIO_AUTH_TOKEN": ""}, "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN"),
    ],
)
def test_from_env_names_what_is_missing(environ: dict[str, str], named: str) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        AuthenticatedClient.from_env(environ)
    assert named in str(caught.value)
    assert SECRET not in str(caught.value)


def test_empty_credentials_are_refused() -> None:
    with pytest.raises(errors.ConfigurationError):
        AuthenticatedClient(username="AC" + "1" * 32, password="")


def test_no_secret_in_repr_str_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    encoded = base64.b64encode(f"{'AC' + '1' * 32}:{SECRET}".encode()).decode()
    answers = sequence(
        httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(401, json={"code": 20003}), created()
    )
    recorder = Recorder(answers)

    def new() -> AuthenticatedClient:
        return AuthenticatedClient.from_auth_token(
            "AC" + "1" * 32,
            SECRET,
            retry=Sleeps().policy(),
            httpx_args={"transport": recorder, "auth": httpx.BasicAuth("AC" + "1" * 32, SECRET)},
        )

    client = new()
    shown: list[str] = [repr(client), str(client)]
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(errors.AuthenticationError) as caught:
            call("sync", client)
        shown += [repr(client), str(client), str(caught.value), repr(caught.value)]
        response = call("sync_detailed", new())
        shown += [repr(response), str(response)]
    assert len(recorder.requests) == 3
    shown += [record.getMessage() for record in caplog.records]
    assert any("retrying POST" in record.getMessage() for record in caplog.records)
    assert "password='***'" in repr(client)
    assert "auth" in repr(client) and "hidden" in repr(client)
    for text in shown:
        assert SECRET not in text
        assert encoded not in text


def test_credentials_in_a_base_url_never_show() -> None:
    client = make_client(base_url=f"https://user:{SECRET}@taskrouter.twilio.com")
    assert SECRET not in repr(client) and SECRET not in str(client)
    assert client.base_url == "https://taskrouter.twilio.com"
    assert errors.redact_url(f"https://user:{SECRET}@host:8443/x") == "https://host:8443/x"


def test_credentials_in_a_base_url_are_sent_as_http_basic_not_in_the_url() -> None:
    """A client with no credentials of its own takes a base URL's ``user:password@`` out of the
    URL (percent-decoded) and sends it as HTTP Basic."""
    recorder = Recorder(lambda request: created())
    with Client(
        base_url=f"https://user:{SECRET}%40x@taskrouter.twilio.com",
        retry=RetryPolicy(max_retries=0),
        httpx_args={"transport": recorder},
    ) as client:
        assert client.base_url == "https://taskrouter.twilio.com"
        create_workflow.sync(WORKSPACE_SID, client=client, body=request_body())
    (request,) = recorder.requests
    assert _auth_header(request) == ("user", SECRET + "@x")
    assert request.url.userinfo == b"" and SECRET not in str(request.url)
    assert str(request.url) == f"https://taskrouter.twilio.com{PATH}"


def test_a_client_pickles_its_settings_not_its_pool_and_hides_its_password(backend: str) -> None:
    client = AuthenticatedClient.from_api_key(
        "SK" + "a" * 32, TEST_PASSWORD, headers={"X-Team": "s"}, timeout=7, async_backend=backend
    )
    pool = client.get_httpx_client()  # an open pool does not travel
    for twin in (pickle.loads(pickle.dumps(client)), copy.deepcopy(client)):
        assert isinstance(twin, AuthenticatedClient)
        assert repr(twin) == repr(client) and TEST_PASSWORD not in repr(twin)
        assert twin.async_backend == backend
        twin_pool = twin.get_httpx_client()
        assert twin_pool is not pool and not twin_pool.is_closed
        assert twin_pool.headers["X-Team"] == "s"
        twin.close()
        assert twin_pool.is_closed and not pool.is_closed
    client.close()


# --- Regions, edges, base URLs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "edge", "url"),
    [
        (None, None, "https://taskrouter.twilio.com"),
        ("ie1", None, "https://taskrouter.ie1.twilio.com"),
        ("au1", "sydney", "https://taskrouter.sydney.au1.twilio.com"),
        (None, "dublin", "https://taskrouter.dublin.us1.twilio.com"),
    ],
)
def test_region_and_edge_pick_the_host(region: str | None, edge: str | None, url: str) -> None:
    assert base_url_for(region, edge) == url
    recorder = Recorder(lambda request: created())
    call("sync", make_client(recorder, region=region, edge=edge))
    assert str(recorder.requests[0].url).startswith(url + "/v1/Workspaces/")


@pytest.mark.parametrize("region", ["", "ie1.evil.com/", "ie 1", "ié1"])
def test_a_bad_region_is_refused(region: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        base_url_for(region)


def test_base_url_and_region_together_are_refused() -> None:
    with pytest.raises(errors.ConfigurationError):
        Client(base_url="https://taskrouter.twilio.com", region="ie1")


def test_a_regional_client_survives_with_headers_and_with_timeout() -> None:
    recorder = Recorder(lambda request: created())
    client = make_client(recorder, region="ie1").with_headers({"X-Team": "sales"}).with_timeout(httpx.Timeout(3.0))
    assert client.base_url == "https://taskrouter.ie1.twilio.com"
    call("sync", client)
    assert recorder.requests[0].url.host == "taskrouter.ie1.twilio.com"


@pytest.mark.parametrize(
    "url", ["http://taskrouter.twilio.com", "http://10.0.0.5:4010", "ftp://taskrouter.twilio.com", "taskrouter"]
)
def test_plain_http_is_refused_except_to_this_machine(url: str) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        make_client(base_url=url)
    assert "https://" in str(caught.value)


@pytest.mark.parametrize("url", ["http://localhost:4010", "http://127.0.0.1:4010", "http://[::1]:4010"])
def test_plain_http_to_this_machine_is_allowed(url: str) -> None:
    assert make_client(base_url=url).base_url == url


@pytest.mark.parametrize(
    "url",
    [
        "https://taskrouter.twilio.com\n",
        "https://task router.twilio.com",
        "https:// example.com",
        "https://[::1",
        "http://evil.localhost:4010",
        "https://taskrouter.twilio.com/v1",
        "https://taskrouter.twilio.com/?x=1",
    ],
)
def test_a_malformed_or_unsafe_base_url_is_a_configuration_error(url: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        Client(base_url=url)


def test_a_base_url_with_a_final_slash_works() -> None:
    recorder = Recorder(lambda request: created())
    call("sync", make_client(recorder, base_url="https://taskrouter.twilio.com/"))
    assert recorder.requests[0].url.path == PATH
    assert TEST_PASSWORD not in repr(make_client())


# --- Timeouts and headers ------------------------------------------------------------------------


def test_with_timeout_gives_a_new_client_with_that_timeout() -> None:
    client = make_client()
    http = client.get_httpx_client()
    changed = client.with_timeout(httpx.Timeout(3.0))
    other = client.with_timeout(2.5)
    assert http.timeout == DEFAULT_TIMEOUT
    assert changed.get_httpx_client().timeout == httpx.Timeout(3.0)
    assert other.get_httpx_client().timeout == httpx.Timeout(2.5)
    for each in (client, changed, other):
        each.close()


@pytest.mark.parametrize("timeout", [0, -1, True, float("nan"), float("inf"), "5"])
def test_a_nonsense_timeout_is_refused_before_sending(timeout: Any) -> None:
    recorder = Recorder(lambda request: created())
    client = make_client(recorder)
    with pytest.raises(errors.InvalidRequestError) as caught:
        create_workflow.sync(WORKSPACE_SID, client=client, body=request_body(), timeout=timeout)
    assert caught.value.field == "timeout"
    assert recorder.requests == []
    with pytest.raises(errors.ConfigurationError):
        client.with_timeout(timeout)
    with pytest.raises(errors.ConfigurationError):
        make_client(recorder, timeout=timeout)
    client.close()


def test_a_client_header_that_cannot_be_sent_is_refused_when_the_client_is_built() -> None:
    with pytest.raises(errors.ConfigurationError, match="printable ASCII"):
        make_client(headers={"X-Team": "Zoë"})
    with pytest.raises(errors.ConfigurationError, match="printable ASCII"):
        make_client().with_headers({"X-Team": "a\nb"})


def test_with_headers_cookies_and_timeout_leave_the_original_unchanged() -> None:
    recorder = Recorder(lambda request: created())
    original = make_client(recorder)
    create_workflow.sync(WORKSPACE_SID, client=original, body=request_body())  # its pool is open
    tenant = original.with_headers({"X-Tenant": "a"}).with_cookies({"c": "1"}).with_timeout(3)
    create_workflow.sync(WORKSPACE_SID, client=tenant, body=request_body())
    create_workflow.sync(WORKSPACE_SID, client=original, body=request_body())
    _, scoped, later = recorder.requests
    assert scoped.headers["X-Tenant"] == "a" and scoped.headers["Cookie"] == "c=1"
    assert "X-Tenant" not in later.headers and "Cookie" not in later.headers
    assert scoped.extensions["timeout"]["read"] <= 3.0 < later.extensions["timeout"]["read"]
    assert tenant.get_httpx_client() is not original.get_httpx_client()
    tenant.close()
    original.close()
