"""Form bodies: ``application/x-www-form-urlencoded`` written byte for byte as httpx writes a
``data=`` mapping (``urlencode(..., doseq=True)``: ``true``/``false`` for booleans, an empty value
for None), in a fraction of its time for the long values TaskRouter takes (a Workflow's JSON
``Configuration``). Copied from templates/runtime/_forms.py by `make generate`; do not edit the
generated copy."""

from collections.abc import Mapping
from typing import Any

_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
# Each byte as urllib.parse.quote_plus writes it: unreserved bytes as they are, a space as "+",
# any other as %XX (upper case).
_BYTE = [chr(b) if b in _SAFE else "+" if b == 32 else f"%{b:02X}" for b in range(256)]
_SAFE_BYTES = bytes(sorted(_SAFE))
_CHAR = {chr(b): _BYTE[b] for b in range(256) if b not in _SAFE}
_SEQUENCES = (list, tuple)
# Field names as written, by name: the same few (the spec's) call after call; bounded.
_NAMES: dict[str, str] = {}
_NAMES_SIZE = 1024


def _text(value: object) -> str:
    """A form value as httpx writes it."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return value if type(value) is str else str(value)


def encode_form(data: Mapping[Any, Any]) -> bytes:
    """``data`` as the body of a form; a list or tuple value gives the field once per item."""
    parts = []
    names = _NAMES
    for key, value in data.items():
        name = names.get(key) if type(key) is str else None
        if name is None:
            # a bytes key is its bytes already (each one a code point below 256 read as Latin-1)
            name = key.decode("latin-1").translate(_BYTE) if isinstance(key, bytes) else quote(str(key))
            if type(key) is str:
                if len(names) >= _NAMES_SIZE:
                    names.clear()
                names[key] = name
        for item in value if isinstance(value, _SEQUENCES) else (value,):
            parts.append(name + "=" + quote(_text(item)))
    return "&".join(parts).encode("ascii")


def quote(text: str) -> str:
    """``text`` as ``quote_plus`` writes it: its UTF-8 bytes, each through ``_BYTE`` (a byte is a
    code point below 256 once read as Latin-1). ``str.translate`` maps them in C, a character at a
    time; a long text (a JSON document) takes a third less time as one ``str.replace`` per
    distinct character to write ("%" first, the space last, after any "+")."""
    if not text.isascii():
        text = text.encode().decode("latin-1")
    if len(text) < 64:
        return text.translate(_BYTE)
    written = set(text.encode("latin-1").translate(None, _SAFE_BYTES).decode("latin-1"))
    if "%" in written:
        text = text.replace("%", "%25")
    for char in written.difference("% "):
        text = text.replace(char, _CHAR[char])
    return text.replace(" ", "+") if " " in written else text
