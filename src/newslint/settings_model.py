"""Declared settings (the config file, each rule's options) as plain frozen dataclasses.

Defaults cost nothing; pydantic validates only when a config supplies values, so a plain
`newslint check` never imports it (start-up time matters in a pre-commit hook). Values it
accepted once are kept in the user cache, so a repository's config costs pydantic only when it
is new or edited. A field's constraints and description go in `setting(...)`, and pydantic
enforces them from there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from .storage import user_records


class Invalid(Exception):
    """The first problem found: `loc` (the key path), `kind` (pydantic's error type), `message`."""

    def __init__(self, loc: tuple[str | int, ...], kind: str, message: str) -> None:
        super().__init__(f"{'.'.join(map(str, loc))}: {message}")
        self.loc, self.kind, self.message = loc, kind, message


def setting(
    default: Any = dataclasses.MISSING,
    *,
    factory: Callable[[], Any] | None = None,
    description: str = "",
    **constraints: Any,
) -> Any:
    """A field with a default (or `factory`), a description, and pydantic constraints (ge=1, ...)."""
    metadata = {"description": description, "constraints": constraints}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


@cache
def _validator(cls: type, alias_generator: Callable[[str], str] | None) -> Any:
    """A pydantic model mirroring the dataclass `cls`, built on first use."""
    import typing

    from pydantic import ConfigDict, Field, create_model

    hints = typing.get_type_hints(cls)
    definitions: dict[str, Any] = {}
    for item in dataclasses.fields(cls):
        extra = dict(item.metadata.get("constraints", {}))
        if item.metadata.get("description"):
            extra["description"] = item.metadata["description"]
        if item.default_factory is not dataclasses.MISSING:
            definitions[item.name] = (hints[item.name], Field(default_factory=item.default_factory, **extra))
        elif item.default is not dataclasses.MISSING:
            definitions[item.name] = (hints[item.name], Field(default=item.default, **extra))
        else:
            definitions[item.name] = (hints[item.name], Field(**extra))  # required
    config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, alias_generator=alias_generator)
    return create_model(cls.__name__, __config__=config, **definitions)


def validate(cls: type, values: Mapping[str, Any], alias_generator: Callable[[str], str] | None = None) -> Any:
    """An instance of the dataclass `cls` from `values`, checked; raises Invalid on the first problem."""
    key = _cache_key(cls, values, alias_generator)
    known = user_records.read("valid", key) if key is not None else None
    if isinstance(known, dict):
        try:
            return cls(**known)
        except (TypeError, ValueError, Invalid):
            pass  # a damaged record: validate again
    from pydantic import ValidationError

    try:
        model = _validator(cls, alias_generator).model_validate(dict(values))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise Invalid(tuple(first["loc"]), first["type"], first["msg"]) from None
    checked = {item.name: getattr(model, item.name) for item in dataclasses.fields(cls)}
    instance = cls(**checked)
    if key is not None and _plain(checked):
        user_records.write("valid", key, checked)
    return instance


def _cache_key(cls: type, values: Mapping[str, Any], alias_generator: Callable[[str], str] | None) -> str | None:
    """What decides a validation: the declared fields and the values. None when the values are
    not plain JSON data (a TOML date, say): those are validated every time."""
    if not _plain(dict(values)):
        return None
    import json

    data = json.dumps([_shape(cls), values, alias_generator.__name__ if alias_generator else ""], sort_keys=True)
    return user_records.key_of(data.encode())


@cache
def _shape(cls: type) -> list:
    return [
        f"{cls.__module__}.{cls.__qualname__}",
        *(
            [item.name, str(item.type), None if item.default is dataclasses.MISSING else repr(item.default),
             item.default_factory is not dataclasses.MISSING, repr(dict(item.metadata))]
            for item in dataclasses.fields(cls)
        ),
    ]


def _plain(value: object) -> bool:
    """JSON data that reads back as the same Python values (no tuples, enums or dates)."""
    kind = type(value)
    if kind is dict:
        return all(type(k) is str and _plain(v) for k, v in value.items())  # type: ignore[attr-defined]
    if kind is list:
        return all(_plain(v) for v in value)  # type: ignore[attr-defined]
    return kind in (str, int, float, bool, type(None))


def field_names(cls: type) -> frozenset[str]:
    return frozenset(item.name for item in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else frozenset()
