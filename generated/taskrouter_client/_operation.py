"""The call machinery every generated endpoint function runs: input checks against the spec's
rules, the request's body and headers, sending through the client, strict decoding and typed
errors. Copied from templates/runtime/_operation.py by `make generate`; do not edit the generated
copy.

An endpoint module holds its signature, builds its :class:`~._request.ApiRequest`, declares the
shape of its answers as data (an :class:`Operation`) and calls into this module; a fix here is a
fix for every operation. Paging is :mod:`._paging`'s.
"""

import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from . import errors
from ._config import check_headers
from ._decoding import SchemaMismatch, decode_error_model, decode_model
from ._documents import serialise_documents
from ._input import check_fields, check_input_model, check_path_parameter
from ._metadata import note
from ._request import ApiRequest
from ._rules import OPERATIONS
from .types import UNSET, Response, status_of

if TYPE_CHECKING:
    from ._retries import RetryPolicy
    from .client import Client

S = TypeVar("S")

# (lowest status, highest status, the model of the body or None, whether it is a success)
ResponseSpec = tuple[int, int, type | None, bool]
Timeout = httpx.Timeout | float | None


class Operation(Generic[S]):
    """One operation of the spec, by its endpoint name: its rules (from ``_rules.py``), its answers
    (``responses``, most specific first, then ``default``), its request body's class and, for a
    list whose answer has ``meta.next_page_url``, the attribute holding the page's items."""

    __slots__ = ("_rules", "body_type", "default", "items", "name", "responses")

    def __init__(
        self,
        name: str,
        *,
        responses: Sequence[ResponseSpec],
        default: type | None = None,
        body_type: type | None = None,
        items: str | None = None,
    ) -> None:
        self.name = name
        self._rules: Mapping[str, Any] = OPERATIONS[name]
        self.responses: tuple[ResponseSpec, ...] = tuple(responses)
        self.default = default
        self.body_type = body_type
        self.items = items

    @property
    def query_rules(self) -> Mapping[str, Mapping[str, Any]]:
        rules: Mapping[str, Mapping[str, Any]] = self._rules["query"]
        return rules

    # --- Input --------------------------------------------------------------------------------

    def check(self, path: Mapping[str, Any], query: Mapping[str, Any], body: Any = UNSET) -> None:
        """Refuse input that breaks the spec, before anything is built or sent: path and query
        parameters by their own schemas (wire names; UNSET means not given), and the body's type.
        The body's fields are checked on the wire form, in :meth:`send`."""
        for name, rule in self._rules["path"].items():
            check_path_parameter(name, path.get(name), rule)
        if self._rules["query"]:
            check_fields(query, self._rules["query"], native=True)
        if self.body_type is None:
            return
        body_rules = self._rules["body"]
        if body is UNSET:
            if body_rules is not None and body_rules["required"]:
                raise errors.InvalidRequestError("body", "required", "body is required")
        elif not isinstance(body, self.body_type):
            raise errors.InvalidRequestError(
                "body", "type", f"body must be a {self.body_type.__name__}, got {type(body).__name__}"
            )
        else:
            check_input_model(body, "body", body_rules["attributes"] if body_rules is not None else None)

    def wire(self, body: Any) -> dict[str, Any]:
        """``body.to_dict()``: a model holding what it cannot serialise (a plain dict where a
        model belongs, an object of another type) is refused as input, with the checks on or off,
        by an error naming where (as :meth:`check` names it)."""
        try:
            wired: dict[str, Any] = body.to_dict()
        except RecursionError:
            raise errors.InvalidRequestError("body", "type", "body is nested too deeply") from None
        except (AttributeError, TypeError, ValueError, KeyError, IndexError) as exc:
            body_rules = self._rules["body"]
            check_input_model(body, "body", body_rules["attributes"] if body_rules is not None else None)
            raise errors.InvalidRequestError(
                "body", "type", f"body holds a value its model cannot serialise ({type(exc).__name__}: {exc})"
            ) from None
        return wired

    def _prepared(self, client: "Client", request: ApiRequest, headers: Mapping[str, str] | None) -> ApiRequest:
        """The request with its body's documents in their wire form, checked (unless the client
        says not to), and the call's own headers added (checked always)."""
        rules = self._rules["body"]
        if rules is not None:
            for key in ("data", "json"):
                fields = getattr(request, key)
                if isinstance(fields, dict):
                    fields = serialise_documents(fields, rules["fields"])
                    setattr(request, key, fields)
                    if client.validate_requests:
                        check_fields(fields, rules["fields"], closed=rules["closed"])
        if request.headers:
            check_headers(request.headers, errors.InvalidRequestError)
        if headers:
            check_headers(headers, errors.InvalidRequestError)
            request.headers.update(headers)
        return request

    # --- Sending ------------------------------------------------------------------------------

    def send(
        self,
        client: "Client",
        request: ApiRequest,
        *,
        timeout: Timeout = None,
        headers: Mapping[str, str] | None = None,
        retry: "RetryPolicy | None" = None,
    ) -> Response[Any]:
        """Send the request (retried by ``retry``, else the client's policy) and decode its answer."""
        prepared = self._prepared(client, request, headers)
        return self.build_response(client, client._send(prepared, timeout, retry))

    async def asend(
        self,
        client: "Client",
        request: ApiRequest,
        *,
        timeout: Timeout = None,
        headers: Mapping[str, str] | None = None,
        retry: "RetryPolicy | None" = None,
    ) -> Response[Any]:
        """The async twin of :meth:`send`."""
        prepared = self._prepared(client, request, headers)
        return self.build_response(client, await client._asend(prepared, timeout, retry))

    # --- Answers ------------------------------------------------------------------------------

    def _spec_for(self, status: int) -> ResponseSpec | None:
        for spec in self.responses:
            if spec[0] <= status <= spec[1]:
                return spec
        if self.default is not None:
            return (status, status, self.default, 200 <= status <= 299)
        if 200 <= status <= 299:
            # An undocumented success status: read it as the documented success, so a request
            # the API accepted is never reported as a failure.
            for spec in self.responses:
                if spec[3]:
                    return (status, status, spec[2], True)
        return None

    def build_response(self, client: "Client", response: httpx.Response) -> Response[Any]:
        """Decode ``response``: the success model (strictly), the error model (or None when the
        body is not of its shape), None for an answer without a body."""
        status = response.status_code
        spec = self._spec_for(status)
        parsed: Any = None
        if spec is None:
            if client.raise_on_unexpected_status:
                raise errors.api_error(
                    status_code=status,
                    content=response.content,
                    headers=response.headers,
                    method=response.request.method,
                    url=str(response.request.url),
                )
        elif spec[2] is not None:
            if spec[3]:
                try:
                    parsed = decode_model(spec[2], response)
                except SchemaMismatch as exc:
                    raise _decode_error(response, exc) from None
            else:
                parsed = decode_error_model(spec[2], response)
        result = Response(
            status_code=status_of(status),
            content=response.content,
            headers=response.headers,
            parsed=parsed,
            method=response.request.method,
            url=str(response.request.url),
        )
        if parsed is not None and spec is not None and spec[3]:
            note(parsed, result, self.items)  # meta(parsed), and each item of a page
        return result

    def unwrap(self, response: Response[Any]) -> S:
        """The parsed success value (None for an answer without a body), or the typed error."""
        if 200 <= response.status_code <= 299:
            return cast(S, response.parsed)
        raise errors.api_error(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            method=response.method,
            url=response.url,
            parsed=response.parsed,
        )


def _decode_error(response: httpx.Response, exc: SchemaMismatch) -> errors.DecodeError:
    """The error for a success answer that breaks the spec: it says the API accepted the request,
    and carries the resource's ``sid`` when the body has one, so nobody retries a create that
    happened."""
    sid = None
    try:
        body = json.loads(response.content)
    except (ValueError, RecursionError):
        body = None
    if isinstance(body, dict) and isinstance(body.get("sid"), str):
        sid = body["sid"]
    return errors.DecodeError(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        where=exc.where,
        reason=exc.reason,
        method=response.request.method,
        url=str(response.request.url),
        sid=sid,
    )
