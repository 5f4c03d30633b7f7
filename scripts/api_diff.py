"""Compare the public Python API of two versions of the generated package and enforce the
versioning rule (README.md, "Versions").

    scripts/api_diff.py                       # generated/taskrouter_client vs the one at HEAD
    scripts/api_diff.py --base HEAD~1         # ... vs the previous commit (what CI runs)
    scripts/api_diff.py --old DIR --new DIR   # two package directories, e.g. a vendored copy
    scripts/api_diff.py --report-only         # print, never fail (what `make generate` runs)

The public API is every module and member under the package whose name does not start with
``_``, plus names re-exported through ``__all__``. Both trees are read statically with griffe
(nothing is imported). griffe does not know attrs, so each attrs class gets the ``__init__`` attrs
would write (its fields, with attrs' rules for defaults, ``kw_only``, ``alias`` and
``init=False``) before ``griffe.find_breaking_changes`` runs: a removed model field, or an
optional field made required, is then a breaking change of the constructor, as it is for callers.

Breaking: everything griffe reports, and anything public that disappeared. Not breaking:
additions, and changes griffe does not judge (annotations, values), which are listed for review.
Exit status 1 when ``info.version`` of openapi.yaml was not bumped enough for what changed:

    breaking change      0.x.y -> 0.(x+1).0 or later;   x.y.z (x >= 1) -> (x+1).0.0 or later
    other API change     0.x.y -> 0.x.(y+1) or later;   x.y.z (x >= 1) -> x.(y+1).0 or later
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import griffe
import yaml

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "taskrouter_client"
PACKAGE_DIR = Path("generated") / PACKAGE
SPEC = Path("openapi.yaml")

_ATTRS_CLASS_DECORATORS = frozenset(
    f"{module}.{name}" for module in ("attrs", "attr") for name in ("define", "frozen", "mutable", "s", "attrs")
)
_ATTRS_FIELDS = frozenset({"attrs.field", "attr.ib", "attr.attrib", "attr.field"})


# ---------------------------------------------------------------------------------------------
# Loading


def load_package(package_dir: Path) -> griffe.Module | None:
    """The package in ``package_dir`` (a directory holding ``__init__.py``), read statically,
    with attrs constructors filled in; None if there is no package there."""
    if not (package_dir / "__init__.py").is_file():
        return None
    module = griffe.load(
        package_dir.name,
        search_paths=[package_dir.parent],
        allow_inspection=False,
        resolve_aliases=True,
        resolve_external=False,
    )
    assert isinstance(module, griffe.Module)
    _add_attrs_inits(module, set())
    return module


def git_tree(rev: str, repo: Path, destination: Path) -> bool:
    """Extract the package directory and openapi.yaml of ``rev`` into ``destination``; False when
    the revision does not exist."""
    check = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"],
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        return False
    paths = [
        path
        for path in (PACKAGE_DIR.as_posix(), SPEC.as_posix())
        if subprocess.run(["git", "-C", str(repo), "cat-file", "-e", f"{rev}:{path}"], capture_output=True).returncode
        == 0
    ]
    if paths:
        archive = subprocess.run(
            ["git", "-C", str(repo), "archive", "--format=tar", rev, *paths], capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(destination, filter="data")
    return True


def spec_version(spec: Path) -> str | None:
    """``info.version`` of an OpenAPI document, or None when there is none."""
    if not spec.is_file():
        return None
    document = yaml.safe_load(spec.read_text(encoding="utf-8"))
    version = (document.get("info") or {}).get("version") if isinstance(document, dict) else None
    return None if version is None else str(version)


# ---------------------------------------------------------------------------------------------
# attrs: the __init__ attrs writes


def _canonical(expr: object) -> str:
    try:
        return str(getattr(expr, "canonical_path", ""))
    except Exception:  # an unresolvable name
        return ""


def _attrs_decorator(cls: griffe.Class) -> griffe.Expr | str | None:
    for decorator in cls.decorators:
        value = decorator.value
        function = value.function if isinstance(value, griffe.ExprCall) else value
        if _canonical(function) in _ATTRS_CLASS_DECORATORS:
            return value
    return None


def _call_arguments(expr: object) -> dict[str, Any]:
    if not isinstance(expr, griffe.ExprCall):
        return {}
    return {argument.name: argument.value for argument in expr.arguments if isinstance(argument, griffe.ExprKeyword)}


def _attrs_fields(cls: griffe.Class) -> list[griffe.Parameter]:
    """The ``__init__`` parameters contributed by one attrs class's own fields."""
    class_kw_only = str(_call_arguments(_attrs_decorator(cls)).get("kw_only")) == "True"
    parameters = []
    for member in cls.members.values():
        if member.is_alias or not isinstance(member, griffe.Attribute) or member.annotation is None:
            continue
        if "property" in member.labels or "cached_property" in member.labels:
            continue
        if "class-attribute" in member.labels and "instance-attribute" not in member.labels:
            continue  # ClassVar
        value = member.value
        is_field = isinstance(value, griffe.ExprCall) and _canonical(value.function) in _ATTRS_FIELDS
        arguments = _call_arguments(value) if is_field else {}
        if str(arguments.get("init")) == "False":
            continue
        default: str | griffe.Expr | None
        if is_field:
            if "factory" in arguments:
                default = griffe.ExprCall(function=arguments["factory"], arguments=[])
            else:
                default = arguments.get("default")
        else:
            default = value
        name = str(arguments.get("alias", "")).strip("'\"") or member.name.lstrip("_")
        kind = (
            griffe.ParameterKind.keyword_only
            if class_kw_only or str(arguments.get("kw_only")) == "True"
            else griffe.ParameterKind.positional_or_keyword
        )
        parameters.append(griffe.Parameter(name, annotation=member.annotation, kind=kind, default=default))
    return parameters


def _set_attrs_init(cls: griffe.Class) -> None:
    if "__init__" in cls.members or _attrs_decorator(cls) is None:
        return
    try:
        lineage = list(reversed(cls.mro()))
    except Exception:  # a base outside the package
        lineage = []
    collected: dict[str, griffe.Parameter] = {}
    for owner in [*lineage, cls]:
        if isinstance(owner, griffe.Class) and _attrs_decorator(owner) is not None:
            for parameter in _attrs_fields(owner):
                collected.pop(parameter.name, None)
                collected[parameter.name] = parameter
    ordered = sorted(collected.values(), key=lambda p: p.kind is griffe.ParameterKind.keyword_only)
    self_parameter = griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)
    init = griffe.Function(
        "__init__", lineno=0, endlineno=0, parent=cls, parameters=griffe.Parameters(self_parameter, *ordered)
    )
    init.returns = "None"
    cls.set_member("__init__", init)
    cls.labels.add("attrs")


def _add_attrs_inits(obj: griffe.Module | griffe.Class, seen: set[str]) -> None:
    if obj.path in seen:
        return
    seen.add(obj.path)
    if isinstance(obj, griffe.Class):
        _set_attrs_init(obj)
    for member in list(obj.members.values()):
        if not member.is_alias and isinstance(member, griffe.Module | griffe.Class):
            _add_attrs_inits(member, seen)


# ---------------------------------------------------------------------------------------------
# The public surface, flattened


@dataclass(frozen=True)
class Entry:
    """One public thing: ``kind`` (module, class, model, function, attribute, field, parameter,
    re-export) and ``text``, the signature or annotation it is compared by."""

    kind: str
    text: str


def _parameter_text(parameter: griffe.Parameter) -> str:
    text = parameter.name
    if parameter.kind is griffe.ParameterKind.var_positional:
        text = "*" + text
    elif parameter.kind is griffe.ParameterKind.var_keyword:
        text = "**" + text
    if parameter.annotation is not None:
        text += f": {parameter.annotation}"
    if parameter.default is not None:
        text += f" = {parameter.default}"
    return text


def _signature(function: griffe.Function) -> str:
    parts: list[str] = []
    star = False
    for parameter in function.parameters:
        if parameter.kind is griffe.ParameterKind.keyword_only and not star:
            parts.append("*")
            star = True
        star = star or parameter.kind is griffe.ParameterKind.var_positional
        parts.append(_parameter_text(parameter))
        if parameter.kind is griffe.ParameterKind.positional_only:
            parts.append("/")
    returns = f" -> {function.returns}" if function.returns is not None else ""
    return f"({', '.join(parts)}){returns}"


def _is_public(member: griffe.Object | griffe.Alias, name: str) -> bool:
    if member.is_alias:
        return bool(member.is_public)  # an import: public only when exported through __all__
    return not name.startswith("_") or name == "__init__"


def flatten(package: griffe.Module | None) -> dict[str, Entry]:
    """Every public object of ``package`` by dotted path (functions' parameters as
    ``path(name)``), relative to the package so two copies under other names compare."""
    entries: dict[str, Entry] = {}
    if package is None:
        return entries
    prefix = package.path

    def relative(path: str) -> str:
        return PACKAGE + path[len(prefix) :] if path.startswith(prefix) else path

    def walk(obj: griffe.Module | griffe.Class, is_model_module: bool) -> None:
        for name, member in obj.members.items():
            if not _is_public(member, name):
                continue
            path = relative(member.path)
            if isinstance(member, griffe.Alias):
                try:
                    target = relative(member.target_path)
                except Exception:  # pragma: no cover - unresolvable re-export
                    target = "?"
                entries[path] = Entry("re-export", f" -> {target}")
            elif isinstance(member, griffe.Module):
                entries[path] = Entry("module", "")
                walk(member, is_model_module or name == "models")
            elif isinstance(member, griffe.Class):
                is_model = is_model_module and "attrs" in member.labels
                bases = ", ".join(str(base) for base in member.bases)
                entries[path] = Entry("model" if is_model else "class", f"({bases})" if bases else "")
                walk(member, is_model)
            elif isinstance(member, griffe.Function):
                entries[path] = Entry("constructor" if name == "__init__" else "function", _signature(member))
                for parameter in member.parameters:
                    if parameter.name not in ("self", "cls"):
                        text = _parameter_text(parameter)[len(parameter.name) :].lstrip("*")
                        entries[f"{path}({parameter.name})"] = Entry("parameter", text)
            elif isinstance(member, griffe.Attribute):
                text = f": {member.annotation}" if member.annotation is not None else ""
                text += f" = {member.value}" if member.value is not None else ""
                is_field = is_model_module and isinstance(obj, griffe.Class)
                entries[path] = Entry("field" if is_field else "attribute", text)

    entries[PACKAGE] = Entry("module", "")
    walk(package, False)
    return entries


# ---------------------------------------------------------------------------------------------
# Comparing


@dataclass
class ApiDiff:
    added: dict[str, Entry] = field(default_factory=dict)
    removed: dict[str, Entry] = field(default_factory=dict)
    changed: dict[str, tuple[Entry, Entry]] = field(default_factory=dict)
    breaking: list[str] = field(default_factory=list)

    @property
    def is_breaking(self) -> bool:
        return bool(self.breaking)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.breaking)


def _breakage_text(breakage: griffe.Breakage, prefix: str) -> str:
    path = breakage.obj.path
    path = PACKAGE + path[len(prefix) :] if path.startswith(prefix) else path
    old, new = breakage.old_value, breakage.new_value
    if isinstance(breakage, griffe.ParameterRemovedBreakage | griffe.ParameterChangedRequiredBreakage):
        path = f"{path}({old.name})"
        old = new = None
    elif isinstance(breakage, griffe.ParameterAddedRequiredBreakage):
        path = f"{path}({new.name})"
        old = new = None
    elif isinstance(breakage, griffe.ParameterMovedBreakage | griffe.ParameterChangedKindBreakage):
        path = f"{path}({old.name})"
        old, new = (old.kind.value, new.kind.value) if breakage.details == "" else (None, None)
    elif isinstance(breakage, griffe.ParameterChangedDefaultBreakage):
        path = f"{path}({old.name})"
        old, new = old.default, new.default
    elif isinstance(breakage, griffe.ObjectRemovedBreakage):
        old = new = None
    change = f": {old} -> {new}" if old is not None or new is not None else ""
    details = f" ({breakage.details})" if breakage.details else ""
    return f"{path}: {breakage.kind.value}{change}{details}"


def _iter_breakages(old: griffe.Module, new: griffe.Module) -> Iterator[str]:
    for breakage in griffe.find_breaking_changes(old, new):
        yield _breakage_text(breakage, new.path if breakage.obj.path.startswith(new.path) else old.path)


def compare(old: griffe.Module | None, new: griffe.Module | None) -> ApiDiff:
    before, after = flatten(old), flatten(new)
    diff = ApiDiff(
        added={path: entry for path, entry in after.items() if path not in before},
        removed={path: entry for path, entry in before.items() if path not in after},
        changed={
            path: (before[path], after[path])
            for path in sorted(before.keys() & after.keys())
            if before[path] != after[path]
        },
    )
    if old is not None and new is not None:
        diff.breaking = list(dict.fromkeys(_iter_breakages(old, new)))
    reported = {line.split(":", 1)[0] for line in diff.breaking}
    for path in diff.removed:
        parent = path.rsplit("(", 1)[0] if path.endswith(")") else path.rsplit(".", 1)[0]
        if path not in reported and parent not in diff.removed:
            diff.breaking.append(f"{path}: removed")
    return diff


def compare_dirs(old_dir: Path, new_dir: Path) -> ApiDiff:
    return compare(load_package(old_dir), load_package(new_dir))


# ---------------------------------------------------------------------------------------------
# The versioning rule

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)")


def parse_version(text: str) -> tuple[int, int, int]:
    match = _VERSION.match(text)
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {text!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def minimum_version(old: str, diff: ApiDiff) -> tuple[int, int, int]:
    """The lowest version the new package may carry after ``diff`` (see the module docstring)."""
    major, minor, patch = parse_version(old)
    if diff.is_breaking:
        return (0, minor + 1, 0) if major == 0 else (major + 1, 0, 0)
    if diff.added or diff.changed:
        return (0, minor, patch + 1) if major == 0 else (major, minor + 1, 0)
    return major, minor, patch


def version_problem(old: str | None, new: str | None, diff: ApiDiff) -> str | None:
    """Why ``new`` is not an acceptable version after ``diff`` from ``old``; None if it is."""
    if old is None or new is None:
        return None if new is not None else "openapi.yaml has no info.version"
    if parse_version(new) < parse_version(old):
        return f"info.version went backwards: {old} -> {new}"
    needed = minimum_version(old, diff)
    if parse_version(new) >= needed:
        return None
    what = "a breaking change" if diff.is_breaking else "an API change"
    rule = "0.x: breaking -> minor bump, other changes -> patch bump"
    if parse_version(old)[0] >= 1:
        rule = "breaking -> major bump, other changes -> minor bump"
    return f"{what} needs info.version {'.'.join(map(str, needed))} or later, not {new} ({rule})"


# ---------------------------------------------------------------------------------------------
# Report

_KIND_ORDER = ("module", "model", "class", "constructor", "function", "field", "attribute", "parameter", "re-export")


def _sorted(items: dict[str, Any]) -> list[str]:
    def key(path: str) -> tuple[int, str]:
        entry = items[path]
        kind = entry[1].kind if isinstance(entry, tuple) else entry.kind
        return _KIND_ORDER.index(kind), path

    return sorted(items, key=key)


def format_report(diff: ApiDiff, old_label: str, new_label: str) -> str:
    lines = [f"Public API of {PACKAGE}: {old_label} -> {new_label}"]
    if diff.is_empty:
        lines.append("  no change")
        return "\n".join(lines)
    breaking_paths = {line.split(":", 1)[0] for line in diff.breaking}

    def mark(path: str) -> str:
        hit = any(broken == path or broken.startswith(path + "(") for broken in breaking_paths)
        return "  [BREAKING]" if hit else ""

    if diff.breaking:
        lines.append(f"Breaking ({len(diff.breaking)}):")
        lines.extend(f"  ! {line}" for line in diff.breaking)
    if diff.added:
        lines.append(f"Added ({len(diff.added)}):")
        lines.extend(f"  + {diff.added[p].kind} {p}{diff.added[p].text}{mark(p)}" for p in _sorted(diff.added))
    if diff.removed:
        lines.append(f"Removed ({len(diff.removed)}):")
        lines.extend(f"  - {diff.removed[p].kind} {p}{diff.removed[p].text}  [BREAKING]" for p in _sorted(diff.removed))
    if diff.changed:
        lines.append(f"Changed ({len(diff.changed)}):")
        for path in _sorted(diff.changed):
            before, after = diff.changed[path]
            lines.append(f"  ~ {after.kind} {path}{mark(path)}")
            lines.append(f"      was {before.text or '(nothing)'}")
            lines.append(f"      now {after.text or '(nothing)'}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--base", default="HEAD", help="git revision to compare with (default HEAD)")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the repository (default: this one)")
    parser.add_argument("--old", type=Path, help="compare this package directory instead of --base's")
    parser.add_argument("--new", type=Path, help="the new package directory (default: the working tree's)")
    parser.add_argument("--report-only", action="store_true", help="print the report, never fail")
    args = parser.parse_args(argv)

    new_dir = args.new or args.repo / PACKAGE_DIR
    new_version = spec_version(args.repo / SPEC)
    with tempfile.TemporaryDirectory() as scratch:
        if args.old is not None:
            old_dir, old_label = args.old, str(args.old)
            old_version = new_version
        else:
            if not git_tree(args.base, args.repo, Path(scratch)):
                print(f"api-diff: no revision {args.base!r} to compare with; skipped")
                return 0
            old_dir, old_label = Path(scratch) / PACKAGE_DIR, args.base
            old_version = spec_version(Path(scratch) / SPEC)
        diff = compare_dirs(old_dir, new_dir)
    print(format_report(diff, f"{old_label} ({old_version})", f"{new_dir} ({new_version})"))
    if args.old is not None:
        return 0
    problem = version_problem(old_version, new_version, diff)
    if problem is None:
        print(f"Version: {old_version} -> {new_version}: ok")
        return 0
    print(f"Version: {problem}. Bump info.version (spec/overlay.yaml; make import-spec) and add a CHANGELOG entry.")
    return 0 if args.report_only else 1


if __name__ == "__main__":
    sys.exit(main())
