"""Settings from `newslint.toml` or `[tool.newslint]` in `pyproject.toml`, validated with pydantic.

The nearest file above the checked paths wins. Unknown keys and bad values are one-line errors
naming the file and the key.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAMES = ("newslint.toml", ".newslint.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration problem, one line: `path: key: what is wrong`."""


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class FileConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)

    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    extend_select: list[str] = Field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict)
    include: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)
    packs: list[str] = Field(default_factory=list)
    vocab: list[str] = Field(default_factory=list)
    unsafe_fixes: bool = False
    report_unused_suppressions: bool = False
    baseline: str | None = None
    jobs: int | None = Field(default=None, ge=1)
    cache: bool = True
    cache_dir: str | None = None
    encoding: str | None = None
    # Per-rule options, keyed by code or name: [tool.newslint.rules.NL101] or .rules.misspelled-name
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)

    @field_validator("select", "ignore", "extend_select")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        return [v.strip() for v in value if v.strip()]


class LoadedConfig(BaseModel):
    """A validated config plus where it came from (relative paths resolve against `root`)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    values: FileConfig = Field(default_factory=FileConfig)
    path: Path | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def resolve(self, value: str) -> str:
        candidate = Path(value).expanduser()
        return str(candidate if candidate.is_absolute() else (self.root / candidate))


def _describe(error: ValidationError, section: str) -> str:
    first = error.errors()[0]
    key = ".".join(str(part) for part in first["loc"])
    if first["type"] == "extra_forbidden":
        return f"{section}unknown key {key!r}"
    return f"{section}{key}: {first['msg']}"


def parse_config(path: Path) -> LoadedConfig | None:
    """The config in `path`, or None for a pyproject.toml without [tool.newslint]."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 (byte {exc.start})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    if path.name == "pyproject.toml":
        section = raw.get("tool", {}).get("newslint")
        if section is None:
            return None
        prefix = "[tool.newslint] "
    else:
        section, prefix = raw, ""
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: {prefix}must be a table")
    try:
        return LoadedConfig(values=FileConfig.model_validate(section), path=path)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {_describe(exc, prefix)}") from exc


def find_config(start: Path) -> LoadedConfig:
    """The nearest config file at or above `start` (a file or folder); an empty config if none."""
    folder = start if start.is_dir() else start.parent
    folder = folder.resolve()
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file():
                loaded = parse_config(path)
                if loaded is not None:
                    return loaded
    return LoadedConfig()


def load_config(paths: list[str], explicit: str | None = None, isolated: bool = False) -> LoadedConfig:
    if isolated:
        return LoadedConfig()
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        return parse_config(path) or LoadedConfig(path=path)
    starts = [Path(p) for p in paths if p != "-" and Path(p).exists()]
    return find_config(starts[0] if starts else Path.cwd())
