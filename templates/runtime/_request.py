"""The request of one call, as an endpoint function describes it (:class:`ApiRequest`), and its
body on the wire: the one place that writes a body and decides its ``Content-Type``. Copied from
templates/runtime/_request.py by `make generate`; do not edit the generated copy."""

import json as _json
from collections.abc import Mapping
from typing import Any

from ._forms import encode_form
from .errors import InvalidRequestError

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


class ApiRequest:
    """One call's request: ``method``; ``url``, the path with its parameters in place (or a whole
    URL, for a next page); ``params``, the query; ``headers``, the operation's header parameters;
    and the body as the generator describes it: ``data`` (form fields), ``json``, ``content``
    (bytes) or ``files`` (multipart), with ``content_type``, the spec's media type for it."""

    __slots__ = ("content", "content_type", "data", "files", "headers", "json", "method", "params", "url")

    def __init__(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        data: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        files: Any = None,
        content_type: str | None = None,
        cookies: Mapping[str, Any] | None = None,
    ) -> None:
        self.method = method.upper()
        self.url = url
        self.params = params
        self.headers: dict[str, str] = dict(headers) if headers else {}
        if cookies:  # the operation's cookie parameters, as one Cookie header
            self.headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        self.data = data
        self.json = json
        self.content = content
        self.files = files
        self.content_type = content_type

    def with_url(self, url: str) -> "ApiRequest":
        """The same request (headers included, no body) to another URL, whose query it carries:
        a next page."""
        return ApiRequest(self.method, url, headers=self.headers)

    def __repr__(self) -> str:
        return f"ApiRequest({self.method} {self.url})"


def wire_body(request: ApiRequest) -> tuple[bytes | None, str | None]:
    """The body's bytes and the ``Content-Type`` they go with (None for no body, or for files,
    whose multipart body and boundary httpx writes). A form is written as httpx writes one; JSON
    compact and strict (no NaN or infinity), as httpx 0.28 writes it, on every httpx version."""
    if request.data is not None:
        return encode_form(request.data), request.content_type or FORM
    if request.json is not None:
        try:
            text = _json.dumps(request.json, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise InvalidRequestError("body", "type", f"body cannot be sent as JSON ({exc})") from None
        return text.encode(), request.content_type or JSON
    if request.content is not None:
        return request.content, request.content_type
    if request.content_type in (FORM, JSON) and request.files is None:
        return None, request.content_type  # an optional body not given: the stock type, no body
    return None, None
