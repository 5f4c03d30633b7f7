"""Show each override in templates/ against the stock template of the installed (pinned)
openapi-python-client, as a unified diff: ``make template-diff``.

Taking a new generator release is then a reviewable diff: run this before and after installing
the new release, and carry the stock template's changes into the override. A template in
templates/ that the generator does not ship (a file the overrides include, for instance) is
listed as "ours only". Exit status 0; this is a report.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = "openapi_python_client"


def stock_templates() -> Path:
    """The ``templates/`` directory of the installed generator, found without importing it."""
    spec = importlib.util.find_spec(GENERATOR)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{GENERATOR} is not installed: run `make setup`")
    return Path(next(iter(spec.submodule_search_locations))) / "templates"


def generator_version() -> str:
    from importlib.metadata import version

    return version(GENERATOR.replace("_", "-"))


def template_diffs(overrides: Path, stock: Path) -> list[str]:
    """One block per override, in name order: a unified diff from the stock template, or a note."""
    blocks = []
    for ours in sorted(path for path in overrides.rglob("*") if path.is_file()):
        name = ours.relative_to(overrides).as_posix()
        theirs = stock / name
        if not theirs.is_file():
            blocks.append(f"=== {name}: ours only (the generator ships no such template)\n")
            continue
        diff = difflib.unified_diff(
            theirs.read_text(encoding="utf-8").splitlines(keepends=True),
            ours.read_text(encoding="utf-8").splitlines(keepends=True),
            fromfile=f"stock/{name}",
            tofile=f"templates/{name}",
        )
        text = "".join(line if line.endswith("\n") else line + "\n" for line in diff)
        blocks.append(f"=== {name}\n{text}" if text else f"=== {name}: identical to stock\n")
    return blocks


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--templates", type=Path, default=ROOT / "templates", help="the overrides directory")
    parser.add_argument("--stat", action="store_true", help="only count changed lines per template")
    args = parser.parse_args(argv)
    stock = stock_templates()
    print(f"# templates/ against openapi-python-client {generator_version()} ({stock.name}/ of the installed package)")
    for block in template_diffs(args.templates, stock):
        if args.stat:
            head, _, body = block.partition("\n")
            lines = body.splitlines()[2:]
            added = sum(1 for line in lines if line.startswith("+"))
            removed = sum(1 for line in lines if line.startswith("-"))
            print(f"{head}  (+{added} -{removed})" if body else head)
        else:
            print(block, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
