"""Form bodies (``taskrouter_client._forms.encode_form``): byte for byte what httpx writes for
``data=`` (``httpx.Request(..., data=form).content``) for any key and value it takes, bytes keys
included, and refused where httpx refuses; and a call sends that body."""

from __future__ import annotations

import asyncio
import enum
from typing import Any
from urllib.parse import quote_plus

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from support import Recorder, asend, make_client, send
from taskrouter_client._forms import encode_form


def httpx_form(form: Any) -> bytes:
    """What httpx writes for ``data=form`` (its public request builder)."""
    return httpx.Request("POST", "http://x", data=form).content


def assert_encoded_as_httpx(form: Any) -> None:
    """``encode_form`` writes ``form`` as httpx does, or refuses what httpx refuses (a lone
    surrogate: neither sends it)."""
    try:
        expected = httpx_form(form)
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            encode_form(form)
        return
    assert encode_form(form) == expected


# --- Through a call -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "wire"),
    [
        ({b"Friendly Name": "a"}, b"Friendly+Name=a"),
        ({"Nöm".encode(): "a", b"\xff": "b"}, b"N%C3%B6m=a&%FF=b"),
    ],
    ids=["ascii", "non_ascii"],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_form_with_bytes_keys_is_written_as_httpx_writes_it(mode: str, form: dict[bytes, str], wire: bytes) -> None:
    """A bytes key is its bytes: not ``str(key)`` (``b%27Friendly+Name%27``), nor its Latin-1
    reading encoded as UTF-8 again (``N%C3%83%C2%B6m``)."""
    recorder = Recorder(lambda request: httpx.Response(200), judge=False)
    client = make_client(recorder, httpx_async_args={"transport": recorder})

    async def arun() -> None:
        async with client:
            await asend(client, "post", "/v1/x", data=form)

    if mode == "sync":
        with client:
            send(client, "post", "/v1/x", data=form)
    else:
        asyncio.run(arun())
    assert recorder.requests[0].content == wire == httpx_form(form)


# --- The encoder against httpx --------------------------------------------------------------------


@given(st.dictionaries(st.binary(max_size=8), st.text(max_size=8), max_size=4))
def test_the_form_encoder_writes_any_bytes_key_as_httpx_does(form: dict[bytes, str]) -> None:
    assert encode_form(form) == httpx_form(form)


class _Shown(str):
    def __str__(self) -> str:
        return "shown:" + self


class _Colour(str, enum.Enum):  # noqa: UP042 (str() is 'ClassName.MEMBER', unlike StrEnum)
    RED = "r e d"


class _Level(enum.IntEnum):
    HIGH = 3


KEYS = st.one_of(
    st.text(max_size=20),
    st.binary(max_size=8).filter(bytes.isascii),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(),
    st.sampled_from([_Shown("k"), _Colour.RED, _Level.HIGH]),
)
SCALARS = st.one_of(
    st.text(),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.none(),
    st.sampled_from([_Shown("ü v"), _Colour.RED, _Level.HIGH, float("nan"), float("-inf"), -0.0, 10**40]),
)


@given(
    st.dictionaries(KEYS, st.one_of(SCALARS, st.lists(SCALARS, max_size=3), st.tuples(SCALARS, SCALARS)), max_size=6)
)
@example({"FriendlyName": "Sales \ud800"})
@example({"Configuration": '{"a": "' + "ü %+&=" * 40 + '"}', "Enabled": [True, False, None]})
def test_the_form_encoder_writes_what_httpx_writes_for_any_key_and_value(form: dict[Any, Any]) -> None:
    """Text short and long, numbers, booleans, None, lists and tuples; str subclasses with their
    own __str__, enums, NaN and infinities, non-str keys; a lone surrogate refused by both."""
    assert_encoded_as_httpx(form)


@pytest.mark.parametrize(
    "value", [b"bytes", object(), {"nested": "dict"}, 1j], ids=["bytes", "object", "dict", "complex"]
)
def test_a_form_value_of_another_kind_is_written_as_httpx_writes_it(value: object) -> None:
    """A value that is no text, number, boolean, None or sequence is written as ``str(value)``,
    as httpx writes it."""
    assert encode_form({"Field": value}) == httpx_form({"Field": value})
    assert encode_form({"Field": value}) == b"Field=" + quote_plus(str(value)).encode()
