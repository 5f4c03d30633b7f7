"""The call machinery every generated endpoint function runs: input checks against the spec's
rules, sending, strict decoding, typed errors and paging. Copied from templates/runtime/operation.py
by `make generate`; do not edit the generated copy.

An endpoint module holds its signature, the shape of its answers as data (an :class:`Operation`)
and a call into this module; a fix here is a fix for every operation.
"""

import functools
import json
import re
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar, cast

import httpx

from .. import errors
from .._rules import OPERATIONS
from ..client import Client, _check_headers
from ..types import (
    UNSET,
    Response,
    SchemaMismatch,
    _check_input_lists,
    check_fields,
    check_path_parameter,
    decode_error_model,
    decode_model,
    path_segment,
    serialise_documents,
    status_of,
)

S = TypeVar("S")

# (lowest status, highest status, the model of the body or None, whether it is a success)
ResponseSpec = tuple[int, int, type | None, bool]


class Operation(Generic[S]):
    """One operation of the spec, by operationId: its rules (from ``_rules.py``), its answers
    (``responses``, most specific first, then ``default``), its request body's class and, for a
    list whose answer has ``meta.next_page_url``, the attribute holding the page's items."""

    __slots__ = (
        "_body_rules",
        "_path_rules",
        "_query_rules",
        "body_type",
        "default",
        "items",
        "operation_id",
        "responses",
    )

    def __init__(
        self,
        operation_id: str,
        *,
        responses: Sequence[ResponseSpec],
        default: type | None = None,
        body_type: type | None = None,
        items: str | None = None,
    ) -> None:
        rules = OPERATIONS[operation_id]
        self.operation_id: str = operation_id
        self.responses: tuple[ResponseSpec, ...] = tuple(responses)
        self.default: type | None = default
        self.body_type: type | None = body_type
        self.items: str | None = items
        self._path_rules: Mapping[str, Mapping[str, Any]] = rules["path"]
        self._query_rules: Mapping[str, Mapping[str, Any]] = rules["query"]
        self._body_rules: Mapping[str, Any] | None = rules["body"]

    # --- Input --------------------------------------------------------------------------------

    def check(self, path: Mapping[str, Any], query: Mapping[str, Any], body: Any = UNSET) -> None:
        """Refuse input that breaks the spec, before anything is built or sent: path and query
        parameters by their own schemas (wire names; UNSET means not given), and the body's type.
        The body's fields are checked on the wire form, in :meth:`send`."""
        for name, rule in self._path_rules.items():
            check_path_parameter(name, path.get(name), rule)
        if self._query_rules:
            check_fields(query, self._query_rules, native=True)
        if self.body_type is not None:
            if body is UNSET:
                if self._body_rules is not None and self._body_rules["required"]:
                    raise errors.InvalidRequestError("body", "required", "body is required")
            elif not isinstance(body, self.body_type):
                raise errors.InvalidRequestError(
                    "body", "type", f"body must be a {self.body_type.__name__}, got {type(body).__name__}"
                )
            else:
                _check_input_lists(body)

    def wire(self, body: Any) -> dict[str, Any]:
        """``body.to_dict()``: a model holding what it cannot serialise (a plain dict where a
        model belongs, an object of another type) is refused as input, with the checks on or off."""
        try:
            wired: dict[str, Any] = body.to_dict()
        except RecursionError:
            raise errors.InvalidRequestError("body", "type", "body is nested too deeply") from None
        except (AttributeError, TypeError, ValueError) as exc:
            raise errors.InvalidRequestError(
                "body", "type", f"body holds a value its model cannot serialise ({type(exc).__name__}: {exc})"
            ) from None
        return wired

    def _check_body(self, kwargs: Mapping[str, Any]) -> None:
        rules = self._body_rules
        if rules is None:
            return
        fields = kwargs.get("data", kwargs.get("json"))
        if type(fields) is dict or fields is not None and isinstance(fields, Mapping):  # (dict: no ABC check)
            check_fields(fields, rules["fields"], closed=rules["closed"])

    # --- Sending ------------------------------------------------------------------------------

    def _serialise_body(self, kwargs: dict[str, Any]) -> None:
        """Put a document held as a model (a field whose schema is JSON text) into its wire form."""
        rules = self._body_rules
        if rules is None:
            return
        for key in ("data", "json"):
            fields = kwargs.get(key)
            if type(fields) is dict or fields is not None and isinstance(fields, Mapping):
                kwargs[key] = serialise_documents(fields, rules["fields"])

    def _prepare(self, client: Client, kwargs: dict[str, Any], headers: Mapping[str, str] | None) -> dict[str, Any]:
        self._serialise_body(kwargs)
        if client.validate_requests:
            self._check_body(kwargs)
        for given in (kwargs.get("headers"), headers):  # the spec's header parameters, the call's
            if given:
                _check_headers(given, errors.InvalidRequestError)
        if headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **headers}
        return kwargs

    def send(
        self,
        client: Client,
        kwargs: dict[str, Any],
        *,
        timeout: httpx.Timeout | float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response[Any]:
        """Send the request ``kwargs`` describe and decode the answer."""
        response = client.request(timeout=timeout, **self._prepare(client, kwargs, headers))
        return self.build_response(client, response)

    async def asend(
        self,
        client: Client,
        kwargs: dict[str, Any],
        *,
        timeout: httpx.Timeout | float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response[Any]:
        """The async twin of :meth:`send`."""
        response = await client.arequest(timeout=timeout, **self._prepare(client, kwargs, headers))
        return self.build_response(client, response)

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

    def build_response(self, client: Client, response: httpx.Response) -> Response[Any]:
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
        return Response(
            status_code=status_of(status),
            content=response.content,
            headers=response.headers,
            parsed=parsed,
            method=response.request.method,
            url=str(response.request.url),
        )

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

    # --- Paging -------------------------------------------------------------------------------

    def _page(self, page: Any) -> tuple[list[Any], str | None]:
        items = getattr(page, self.items or "", None)
        meta = getattr(page, "meta", None)
        next_url = getattr(meta, "next_page_url", None)
        return (list(items) if isinstance(items, list) else []), (next_url if isinstance(next_url, str) else None)

    def _next(self, client: Client, kwargs: Mapping[str, Any], url: str, seen: set[str]) -> dict[str, Any] | None:
        """The request for the next page, or None at the end (also when a link comes back to a
        page already fetched). A link is followed only on the client's own scheme, host and port;
        a link to a TaskRouter host of another region or edge (``https://taskrouter.twilio.com``
        while the client talks to ``taskrouter.dublin.ie1.twilio.com``, as the API may answer) is
        read on the client's own host, as the official SDK does. Credentials never follow a link
        anywhere else."""
        base = httpx.URL(client.base_url)
        if not seen:
            seen.add(_page_key(base.join(str(kwargs["url"])).copy_merge_params(kwargs.get("params") or {})))
        target = base.join(url)
        if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
            if not (target.scheme == "https" and target.port is None and _taskrouter_host().fullmatch(target.host)):
                raise errors.UnsafeLinkError(url=str(target), base_url=client.base_url)
            target = target.copy_with(scheme=base.scheme, host=base.host, port=base.port)
        key = _page_key(target)
        if key in seen:
            return None
        seen.add(key)
        return {"method": "get", "url": str(target), "headers": dict(kwargs.get("headers", {}))}

    def _sized(self, kwargs: dict[str, Any], limit: int | None) -> dict[str, Any]:
        """With a ``limit`` and no page size given, ask for pages no larger than the limit (as
        the official SDK does), within the spec's ``PageSize`` range."""
        rule = self._query_rules.get("PageSize")
        params = kwargs.get("params")
        if limit and rule is not None and isinstance(params, dict) and "PageSize" not in params:
            kwargs["params"] = {
                **params,
                "PageSize": max(rule.get("minimum", 1), min(limit, rule.get("maximum", limit))),
            }
        return kwargs

    def stream(
        self,
        client: Client,
        kwargs: dict[str, Any],
        *,
        limit: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Iterator[Any]:
        """Every item of every page, fetching one page at a time as the iteration needs it,
        stopping after ``limit`` items."""
        _check_limit(limit)
        return self._stream(client, self._sized(kwargs, limit), limit, timeout, headers)

    def _stream(
        self,
        client: Client,
        kwargs: dict[str, Any],
        limit: int | None,
        timeout: httpx.Timeout | float | None,
        headers: Mapping[str, str] | None,
    ) -> Iterator[Any]:
        count, seen = 0, set[str]()
        request: dict[str, Any] | None = kwargs
        while request is not None and limit != 0:
            items, next_url = self._page(self.unwrap(self.send(client, request, timeout=timeout, headers=headers)))
            for item in items:
                yield item
                count += 1
                if limit is not None and count >= limit:
                    return
            request = self._next(client, request, next_url, seen) if next_url else None

    def astream(
        self,
        client: Client,
        kwargs: dict[str, Any],
        *,
        limit: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Any]:
        """The async twin of :meth:`stream`."""
        _check_limit(limit)
        return self._astream(client, self._sized(kwargs, limit), limit, timeout, headers)

    async def _astream(
        self,
        client: Client,
        kwargs: dict[str, Any],
        limit: int | None,
        timeout: httpx.Timeout | float | None,
        headers: Mapping[str, str] | None,
    ) -> AsyncIterator[Any]:
        count, seen = 0, set[str]()
        request: dict[str, Any] | None = kwargs
        while request is not None and limit != 0:
            page = self.unwrap(await self.asend(client, request, timeout=timeout, headers=headers))
            items, next_url = self._page(page)
            for item in items:
                yield item
                count += 1
                if limit is not None and count >= limit:
                    return
            request = self._next(client, request, next_url, seen) if next_url else None


@functools.cache
def _taskrouter_host() -> re.Pattern[str]:
    """Hosts of TaskRouter in every region and edge (taskrouter.twilio.com,
    taskrouter.dublin.ie1.twilio.com); compiled when a first link is followed, not at import."""
    return re.compile(r"taskrouter(\.[a-z0-9-]+)*\.twilio\.com")


def _page_key(url: httpx.URL) -> str:
    """A page's URL with its query in a fixed order, so the same page is known however its
    link orders the parameters."""
    return str(url.copy_with(query=None)) + "?" + "&".join(sorted(f"{k}={v}" for k, v in url.params.multi_items()))


def _check_limit(limit: object) -> None:
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        raise errors.InvalidRequestError("limit", "minimum", f"limit must be None or an integer >= 0, got {limit!r}")


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


__all__ = ["Operation", "path_segment"]
