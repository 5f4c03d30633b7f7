"""Review of the 0.3.2 trial fixes (2a5a0c2, 8ca6917): failing cases found.

The list check of decoding (``_fill_shortcut``'s third element, used by ``_fill_missing``) takes
an attribute for "a list that can be neither text nor an object" when the other members of its
union are types the generator reads *from text*: ``datetime.datetime`` (``format: date-time``),
``datetime.date`` (``format: date``), ``UUID`` (``format: uuid``). An answer holding the text
member (valid by the spec) is then refused with DecodeError "expected a list, got str". Fixed
since: only a union of lists, numbers, booleans, None and UNSET is such an attribute."""

from __future__ import annotations

import copy
import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from test_generator_shapes import SPEC, THING

from support import generated_package

ARRAY_OF_TEXT = {"type": "array", "items": {"type": "string"}}


def _spec() -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    properties = spec["components"]["schemas"]["Thing"]["properties"]
    properties["when"] = {"anyOf": [{"type": "string", "format": "date-time"}, ARRAY_OF_TEXT]}
    properties["day"] = {"anyOf": [{"type": "string", "format": "date"}, ARRAY_OF_TEXT]}
    properties["uid"] = {"anyOf": [{"type": "string", "format": "uuid"}, ARRAY_OF_TEXT]}
    return spec


@pytest.fixture(scope="module")
def unions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The package generated (as `make generate` does) from the shapes spec with three unions
    of a text-read format and an array of text."""
    with generated_package(_spec(), "unions", tmp_path_factory.mktemp("unions")) as package:
        yield package


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("when", "2020-01-02T03:04:05Z"),  # datetime.datetime | list[str] | Unset
        ("day", "2020-01-02"),  # datetime.date | list[str] | Unset
        ("uid", "12345678-1234-5678-1234-567812345678"),  # list[str] | Unset | UUID
    ],
)
def test_a_text_read_member_beside_an_array_is_decoded(unions: ModuleType, key: str, text: str) -> None:
    """Expected: the answer (valid: the string member of the anyOf) decodes, the attribute
    holding the parsed date, date-time or UUID. Happened: DecodeError "$.<key>: expected a
    list, got str" from _fill_missing's new list check."""
    fetch_thing = importlib.import_module("unions_client.api.default.fetch_thing")
    answer = THING | {key: text}
    client = unions.Client(
        base_url="http://127.0.0.1",
        httpx_args={"transport": httpx.MockTransport(lambda request: httpx.Response(200, json=answer))},
    )
    thing = fetch_thing.sync(THING["sid"], client=client)
    assert str(getattr(thing, key)).replace(" ", "T").startswith(text[:10])
