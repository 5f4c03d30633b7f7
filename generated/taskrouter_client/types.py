"""Shared types: ``Unset``/``UNSET``, ``File``, ``Response``, as the generator's own types module
has them (the models import them from here), and the JSON document functions users call
(``parse_json_document``, ``dump_json_document``) and ``parse_datetime``. Copied from
templates/runtime/types.py by `make generate`; do not edit the generated copy."""

import importlib
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of :data:`UNSET`: "not given", as opposed to ``None`` (sent as an empty value).

    There is one instance; copying or pickling it gives that same instance back, so a copied
    request model sends exactly what the original sends."""

    _instance: "Unset | None" = None

    def __new__(cls) -> "Unset":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint.

    ``status_code`` is an ``HTTPStatus`` when Python knows the status and a plain ``int``
    otherwise (499, 520, ...). ``method`` and ``url`` name the request that got this answer.
    ``meta`` reads its headers: Twilio's request id, the rate limits, the ETag.
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    method: str = ""
    url: str = ""

    @property
    def meta(self) -> "CallMeta":
        """What this answer said besides its body (:class:`~._metadata.CallMeta`)."""
        from ._metadata import CallMeta

        return CallMeta.of(self.status_code, self.headers, self.method, self.url)


_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus for ``code``, or ``code`` itself when the status is not in Python's list."""
    return _STATUSES.get(code, code)


# The functions of the package's other modules that users call, by the names they have always had
# here; loaded on first use (those modules build on the types above).
_ELSEWHERE = {
    "Page": "._paging",
    "parse_datetime": "._decoding",
    "dump_json_document": "._documents",
    "parse_json_document": "._documents",
}

if TYPE_CHECKING:
    from ._decoding import parse_datetime
    from ._documents import dump_json_document, parse_json_document
    from ._metadata import CallMeta
    from ._paging import Page


def __getattr__(name: str) -> Any:
    module = _ELSEWHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __package__), name)
    globals()[name] = value
    return value


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "Page",
    "RequestFiles",
    "Response",
    "Unset",
    "dump_json_document",
    "parse_datetime",
    "parse_json_document",
    "status_of",
]
