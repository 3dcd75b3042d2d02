"""Load pack files, validating each; a broken pack is reported as `path:LINE: CODE: what is wrong`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import regex
import yaml
from pydantic import ValidationError

from ..data import DataError, load_yaml
from ..rule import Rule
from .engines import ENGINES
from .schema import PackFile

_KINDS = ", ".join(sorted(ENGINES))


class PackError(Exception):
    pass


def _describe(error: ValidationError) -> tuple[tuple[str | int, ...], str]:
    """The offending key path inside the pack (without pydantic's wrapper keys) and the problem."""
    first = error.errors()[0]
    loc = tuple(p for p in first["loc"] if p not in ("rule", *ENGINES))
    if first["type"] == "union_tag_not_found":
        return ("kind",), f"missing `kind` (one of {_KINDS})"
    if first["type"] == "union_tag_invalid":
        tag = (first.get("ctx") or {}).get("tag", "?")
        return ("kind",), f"unknown kind {tag!r} (expected one of {_KINDS})"
    if first["type"] == "extra_forbidden":
        return loc, "unknown key"
    message = first["msg"].removeprefix("Value error, ")
    return loc, message


def _line_of(path: Path, loc: Sequence[str | int]) -> int | None:
    """1-based line of the value at `loc` (keys and list indexes) in a YAML file, if found."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    line = None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    line, node = key.start_mark.line + 1, value
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _at(path: Path, loc: Sequence[str | int]) -> str:
    line = _line_of(path, loc) if loc else None
    return f"{path}:{line}" if line else str(path)


def _bad_pattern(model: object) -> tuple[tuple[str | int, ...], str] | None:
    """Which user regex fails to compile, so the message can point at it."""
    for index, pattern in enumerate(getattr(model, "patterns", ())):
        try:
            regex.compile(pattern, regex.VERSION1)
        except regex.error as exc:
            return ("patterns", index), f"invalid regex {pattern!r}: {exc}"
    return None


def load_pack_file(path: Path) -> Rule:
    try:
        data = load_yaml(path)
    except DataError as exc:
        raise PackError(str(exc)) from exc
    if not isinstance(data, dict):
        raise PackError(f"{path}: a pack file must be a mapping with a `kind`")
    code = data.get("code", "?")
    try:
        model = PackFile.model_validate({"rule": data}).rule
    except ValidationError as exc:
        loc, problem = _describe(exc)
        where = ".".join(str(p) for p in loc)
        raise PackError(f"{_at(path, loc)}: {code}: {where + ': ' if where else ''}{problem}") from exc
    try:
        rule = ENGINES[model.kind](model)
    except regex.error as exc:
        located = _bad_pattern(model)
        if located is None:
            raise PackError(f"{path}: {code}: invalid regex: {exc}") from exc
        loc, problem = located
        raise PackError(f"{_at(path, loc)}: {code}: {problem}") from exc
    try:
        model.message.format(match="x", replacement="y")
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        # Caught here, not once per article at check time.
        raise PackError(
            f"{_at(path, ('message',))}: {code}: message: bad placeholder {exc} "
            "(only {match} and {replacement} are known; write {{ and }} for braces)"
        ) from exc
    rule.source = str(path)  # type: ignore[attr-defined]  # named in duplicate-code errors
    return rule


def load_pack_dir(folder: Path) -> list[Rule]:
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "pack folder not found"
        raise PackError(f"{folder}: {what}")
    rules: list[Rule] = []
    by_key: dict[str, Rule] = {}
    for path in sorted(folder.glob("*.y*ml")):
        rule = load_pack_file(path)
        for key in (rule.code, rule.name):
            if key in by_key:
                raise PackError(
                    f"{_at(path, ('code' if key == rule.code else 'name',))}: {rule.code}: "
                    f"duplicate rule code or name {key!r} (also in {by_key[key].source})"  # type: ignore[attr-defined]
                )
            by_key[key] = rule
        rules.append(rule)
    return rules
