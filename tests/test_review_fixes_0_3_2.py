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
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from test_generator_shapes import SPEC, THING

from support import ROOT

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
    work = tmp_path_factory.mktemp("unions")
    spec = work / "unions.yaml"
    spec.write_text(yaml.safe_dump(_spec()))
    config = yaml.safe_load((ROOT / "generator-config.yaml").read_text())
    config |= {"project_name_override": "unions-client", "package_name_override": "unions_client"}
    config.pop("package_version_override", None)
    config["post_hooks"] = [hook.replace("taskrouter_client", "unions_client") for hook in config["post_hooks"]]
    (work / "config.yaml").write_text(yaml.safe_dump(config))
    venv_bin = str(ROOT / ".venv" / "bin")
    env = os.environ | {
        "TASKROUTER_ROOT": str(ROOT),
        "TASKROUTER_SPEC": str(spec),
        "PATH": venv_bin + os.pathsep + os.environ["PATH"],
    }
    command = [
        str(Path(venv_bin) / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(work / "config.yaml"),
        "--meta",
        "uv",
        "--custom-template-path",
        str(ROOT / "templates"),
        "--output-path",
        str(work / "out"),
        "--fail-on-warning",
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    sys.path.insert(0, str(work / "out"))
    try:
        yield importlib.import_module("unions_client")
    finally:
        sys.path.remove(str(work / "out"))
        for name in [m for m in sys.modules if m == "unions_client" or m.startswith("unions_client.")]:
            del sys.modules[name]
        shutil.rmtree(work / "out", ignore_errors=True)


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
