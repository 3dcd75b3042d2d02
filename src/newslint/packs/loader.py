"""Load pack files, validating each; a broken pack is reported as `path:LINE: CODE: what is wrong`."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

import regex

from ..core.rule import Rule
from ..data import DataError, load_yaml
from ..settings_model import Invalid, validate
from ..storage import user_records
from ..storage.user_records import key_of
from .engines import ENGINES
from .schema import SCHEMAS, PackRuleBase

_CACHE_KIND = "packs"
# A pack validated under another schema must be validated again.
_SCHEMA_STAMP = str(Path(__file__).with_name("schema.py").stat().st_mtime_ns).encode()

_KINDS = ", ".join(sorted(ENGINES))


class PackError(Exception):
    pass


def _message(error: Invalid) -> str:
    if error.kind == "extra_forbidden":
        return "unknown key"
    return error.message.removeprefix("Value error, ")


def _line_of(path: Path, loc: Sequence[str | int]) -> int | None:
    """1-based line of the value at `loc` (keys and list indexes) in a YAML file, if found."""
    import yaml  # only to point at a problem

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


def _validate(path: Path, data: object) -> PackRuleBase:
    """Check a pack's data (pydantic), or name the file, line and key of the first problem."""
    if not isinstance(data, dict):
        raise PackError(f"{path}: a pack file must be a mapping with a `kind`")
    code = data.get("code", "?")
    if "kind" not in data:
        raise PackError(f"{_at(path, ('kind',))}: {code}: kind: missing `kind` (one of {_KINDS})")
    schema = SCHEMAS.get(data["kind"]) if isinstance(data["kind"], str) else None
    if schema is None:
        raise PackError(
            f"{_at(path, ('kind',))}: {code}: kind: unknown kind {data['kind']!r} (expected one of {_KINDS})"
        )
    try:
        return validate(schema, data)  # type: ignore[no-any-return]
    except Invalid as exc:
        where = ".".join(str(p) for p in exc.loc)
        raise PackError(f"{_at(path, exc.loc)}: {code}: {where + ': ' if where else ''}{_message(exc)}") from exc


def _known_valid(path: Path) -> tuple[PackRuleBase | None, str | None]:
    """The pack built from the user cache when these exact bytes were validated before (no
    YAML parsing, no pydantic), and the cache key to store it under otherwise."""
    try:
        key = key_of(path.read_bytes(), _SCHEMA_STAMP)
    except OSError:
        return None, None  # the YAML loader names the problem
    values = user_records.read(_CACHE_KIND, key)
    schema = SCHEMAS.get(values.get("kind")) if isinstance(values, dict) else None
    if schema is not None:
        try:
            return schema(**values), key
        except (TypeError, ValueError, Invalid):
            pass  # a stale or damaged record: validate again
    return None, key


def load_pack_file(path: Path) -> Rule:
    model, key = _known_valid(path)
    fresh = model is None
    if model is None:
        try:
            data = load_yaml(path)
        except DataError as exc:
            raise PackError(str(exc)) from exc
        model = _validate(path, data)
    code = model.code
    try:
        rule = ENGINES[model.kind](model)
        if fresh:
            rule.compile()  # a pack known to be valid compiles its patterns on first need
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
    if fresh and key is not None:
        user_records.write(_CACHE_KIND, key, dataclasses.asdict(model, dict_factory=_plain))
    return rule


def _plain(items: list[tuple[str, object]]) -> dict[str, object]:
    return {name: value.value if isinstance(value, Enum) else value for name, value in items}


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
