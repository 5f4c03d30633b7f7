"""Copy the generated package into another project: ``make vendor DEST=acme/third_party/taskrouter_client``.

DEST is the package directory to write (its parent may be any package: the copy's imports are
all relative). Beside the code it writes ``VENDORED.json``: the package version, the sha256 of
the openapi.yaml it was generated from, and a sha256 of every copied file. A later run checks
the copy in DEST against that stamp first and refuses to replace a copy whose files were edited
(``--force``, ``make vendor FORCE=1``, replaces it anyway); then it prints which files were
added, removed or changed and the public API diff between the old copy and the new one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import api_diff

ROOT = Path(__file__).resolve().parent.parent
STAMP = "VENDORED.json"
_SKIPPED = ("__pycache__", ".ruff_cache", ".mypy_cache")


class VendorError(Exception):
    """The copy in DEST cannot be replaced as asked."""


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def package_files(directory: Path) -> dict[str, str]:
    """sha256 of every file of a package directory by POSIX relative path (caches and the stamp
    left out)."""
    files = {}
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory)
        if path.is_file() and relative.as_posix() != STAMP and not set(relative.parts) & set(_SKIPPED):
            files[relative.as_posix()] = _sha256(path)
    return files


def local_edits(dest: Path) -> list[str]:
    """How the copy in ``dest`` differs from its stamp, one line per file; empty when it is as
    vendored. A directory with files but no stamp counts as edited: it was not vendored by us."""
    stamp_path = dest / STAMP
    present = package_files(dest)
    if not stamp_path.is_file():
        return [f"{name}: not vendored by this tool (no {STAMP})" for name in present]
    recorded: dict[str, str] = json.loads(stamp_path.read_text(encoding="utf-8"))["files"]
    edits = [f"{name}: changed" for name in recorded if name in present and present[name] != recorded[name]]
    edits += [f"{name}: deleted" for name in recorded if name not in present]
    edits += [f"{name}: added" for name in present if name not in recorded]
    return sorted(edits)


def file_changes(old: dict[str, str], new: dict[str, str]) -> list[str]:
    lines = [f"  + {name}" for name in new if name not in old]
    lines += [f"  - {name}" for name in old if name not in new]
    lines += [f"  ~ {name}" for name in new if name in old and old[name] != new[name]]
    return sorted(lines, key=lambda line: line[4:])


def vendor(source: Path, dest: Path, spec: Path, *, force: bool = False) -> str:
    """Replace ``dest`` by a copy of ``source`` with its stamp; returns the report to print."""
    if not (source / "__init__.py").is_file():
        raise VendorError(f"{source} is not a package directory")
    if dest.exists() and not dest.is_dir():
        raise VendorError(f"{dest} exists and is not a directory")
    had_copy = dest.is_dir() and any(dest.iterdir())
    report: list[str] = []
    if had_copy:
        edits = local_edits(dest)
        if edits and not force:
            listing = "\n".join(f"  {line}" for line in edits)
            raise VendorError(
                f"{dest} differs from what was vendored there:\n{listing}\n"
                "Move those edits upstream (openapi.yaml or templates/), or run again with FORCE=1 to discard them."
            )
        if edits:
            report.append(f"Discarding local edits in {dest} (FORCE):")
            report.extend(f"  {line}" for line in edits)
    old_files = package_files(dest) if had_copy else {}
    version = api_diff.spec_version(spec) or "unknown"
    with tempfile.TemporaryDirectory() as scratch:
        previous = Path(scratch) / dest.name
        if had_copy:
            shutil.copytree(dest, previous, ignore=shutil.ignore_patterns(*_SKIPPED))
        staged = dest.parent / f".{dest.name}.vendoring"
        shutil.rmtree(staged, ignore_errors=True)
        shutil.copytree(source, staged, ignore=shutil.ignore_patterns(*_SKIPPED, STAMP))
        new_files = package_files(staged)
        stamp = {
            "package": api_diff.PACKAGE,
            "version": version,
            "spec_sha256": _sha256(spec),
            "files": new_files,
        }
        (staged / STAMP).write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        if dest.exists():
            shutil.rmtree(dest)
        staged.rename(dest)
        report.append(f"Vendored {api_diff.PACKAGE} {version} into {dest} ({len(new_files)} files, stamp {STAMP})")
        changes = file_changes(old_files, new_files)
        if not had_copy:
            report.append("  a new copy")
        elif changes:
            report.append("Files:")
            report.extend(changes)
        else:
            report.append("  no file changed")
        if had_copy and changes:
            diff = api_diff.compare_dirs(previous, dest)
            report.append(api_diff.format_report(diff, "previous copy", "new copy"))
    return "\n".join(report)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("dest", type=Path, help="the package directory to write, e.g. acme/vendor/taskrouter_client")
    parser.add_argument("--force", action="store_true", help="replace a copy that has local edits")
    parser.add_argument("--source", type=Path, default=ROOT / api_diff.PACKAGE_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--spec", type=Path, default=ROOT / api_diff.SPEC, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        print(vendor(args.source, args.dest, args.spec, force=args.force))
    except VendorError as error:
        print(f"vendor: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
