"""What goes on the wire for each body an operation can have, decided in one place
(``_request.wire_body``): a form as httpx writes one, JSON compact and strict (the same bytes on
every httpx version: 0.27 wrote ``{"a": 1}``, 0.28 writes ``{"a":1}``), raw content with the
spec's media type, no body at all; a body that cannot be sent is refused before sending. Also the
operation's cookie parameters (one Cookie header) and the proxies read from the environment."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from taskrouter_client import errors
from taskrouter_client._request import FORM, JSON, ApiRequest, wire_body
from taskrouter_client._transports import environment_proxies


def test_a_form_goes_out_as_httpx_writes_it() -> None:
    form = {"FriendlyName": "a b", "Flag": True, "Empty": None, "Many": ["x", 1]}
    content, content_type = wire_body(ApiRequest("POST", "/v1/x", data=form, content_type=FORM))
    assert content == httpx.Request("POST", "http://x", data=form).content
    assert content_type == FORM


def test_json_goes_out_compact_and_strict_on_every_httpx_version() -> None:
    content, content_type = wire_body(ApiRequest("POST", "/v1/x", json={"a": [1, "é"], "b": None}, content_type=JSON))
    assert content == '{"a":[1,"é"],"b":null}'.encode()
    assert content_type == JSON
    for unsendable in ({"a": float("nan")}, {"a": float("inf")}, {"a": object()}):
        with pytest.raises(errors.InvalidRequestError) as caught:
            wire_body(ApiRequest("POST", "/v1/x", json=unsendable, content_type=JSON))
        assert (caught.value.field, caught.value.rule) == ("body", "type")


def test_a_json_media_type_of_the_spec_is_kept() -> None:
    _, content_type = wire_body(ApiRequest("POST", "/v1/x", json=[], content_type="application/merge-patch+json"))
    assert content_type == "application/merge-patch+json"


def test_raw_content_goes_out_as_given_with_the_specs_media_type() -> None:
    content, content_type = wire_body(ApiRequest("PUT", "/v1/x", content=b"\x00\x01", content_type="image/png"))
    assert (content, content_type) == (b"\x00\x01", "image/png")


@pytest.mark.parametrize(("content_type", "expected"), [(FORM, FORM), (JSON, JSON), (None, None)])
def test_an_optional_body_not_given_sends_no_body(content_type: str | None, expected: str | None) -> None:
    assert wire_body(ApiRequest("POST", "/v1/x", content_type=content_type)) == (None, expected)


def test_files_are_left_to_httpx_which_writes_the_boundary() -> None:
    request = ApiRequest(
        "POST", "/v1/x", files=[("f", ("a.txt", b"x", "text/plain"))], content_type="multipart/form-data"
    )
    assert wire_body(request) == (None, None)


def test_cookie_parameters_go_out_as_one_cookie_header() -> None:
    request = ApiRequest("GET", "/v1/x", headers={"X-A": "1"}, cookies={"session": "s1", "flag": "on"})
    assert request.headers == {"X-A": "1", "Cookie": "session=s1; flag=on"}


def test_a_next_page_keeps_the_headers_and_drops_the_body() -> None:
    first = ApiRequest("GET", "/v1/x", params={"PageSize": 5}, headers={"X-A": "1"}, data={"a": 1})
    page = first.with_url("https://h/v1/x?Page=1")
    assert (page.method, page.url, page.params, page.headers, page.data) == (
        "GET",
        "https://h/v1/x?Page=1",
        None,
        {"X-A": "1"},
        None,
    )
    assert repr(page) == "ApiRequest(GET https://h/v1/x?Page=1)"


ENVIRONMENTS: dict[str, tuple[dict[str, str], dict[str, Any]]] = {
    "one for all": ({"ALL_PROXY": "proxy:3128"}, {"all://": "http://proxy:3128"}),
    "by scheme": (
        {"HTTP_PROXY": "http://p1:1", "HTTPS_PROXY": "https://p2:2"},
        {"http://": "http://p1:1", "https://": "https://p2:2"},
    ),
    "no proxy for hosts": (
        {"HTTPS_PROXY": "http://p:1", "NO_PROXY": "localhost,127.0.0.1,::1,.example.com,example.org,http://x.y"},
        {
            "https://": "http://p:1",
            "all://localhost": None,
            "all://127.0.0.1": None,
            "all://[::1]": None,
            "all://*.example.com": None,
            "all://*example.org": None,
            "http://x.y": None,
        },
    ),
    "no proxy at all": ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "a.b, *"}, {}),
    "nothing": ({}, {}),
}


@pytest.mark.parametrize("case", ENVIRONMENTS)
def test_proxies_are_read_from_the_environment_as_httpx_reads_them(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    environment, expected = ENVIRONMENTS[case]
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "NO_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
        "no_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert environment_proxies() == expected
