"""Settings from `newslint.toml` or `[tool.newslint]` in `pyproject.toml`, validated with pydantic
(only when a file exists: a plain run does not import it).

The nearest file above the checked paths wins. Unknown keys and bad values are one-line errors
naming the file and the key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .settings_model import Invalid, setting, validate

CONFIG_NAMES = ("newslint.toml", ".newslint.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration problem, one line: `path: key: what is wrong`."""


def _kebab(name: str) -> str:
    return name.replace("_", "-")


@dataclass(frozen=True)
class FileConfig:
    select: list[str] = setting(factory=list)
    ignore: list[str] = setting(factory=list)
    extend_select: list[str] = setting(factory=list)
    per_file_ignores: dict[str, list[str]] = setting(factory=dict)
    include: list[str] = setting(factory=list)
    exclude: list[str] = setting(factory=list)
    packs: list[str] = setting(factory=list)
    vocab: list[str] = setting(factory=list)
    unsafe_fixes: bool = False
    report_unused_suppressions: bool = False
    baseline: str | None = None
    jobs: int | None = setting(None, ge=1)
    cache: bool = True
    cache_dir: str | None = None
    encoding: str | None = None
    # Per-rule options, keyed by code or name: [tool.newslint.rules.NL101] or .rules.misspelled-name
    rules: dict[str, dict[str, Any]] = setting(factory=dict)

    def __post_init__(self) -> None:
        for name in ("select", "ignore", "extend_select"):
            object.__setattr__(self, name, [v.strip() for v in getattr(self, name) if v.strip()])


class LoadedConfig:
    """A validated config plus where it came from (relative paths resolve against `root`)."""

    def __init__(self, values: FileConfig | None = None, path: Path | None = None) -> None:
        self.values = FileConfig() if values is None else values
        self.path = path

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def resolve(self, value: str) -> str:
        candidate = Path(value).expanduser()
        return str(candidate if candidate.is_absolute() else (self.root / candidate))


def _describe(error: Invalid, section: str) -> str:
    key = ".".join(str(part) for part in error.loc)
    if error.kind == "extra_forbidden":
        return f"{section}unknown key {key!r}"
    return f"{section}{key}: {error.message}"


def parse_config(path: Path) -> LoadedConfig | None:
    """The config in `path`, or None for a pyproject.toml without [tool.newslint]."""
    if sys.version_info >= (3, 11):  # imported here: a run without a config file never needs it
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib

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
        return LoadedConfig(values=validate(FileConfig, section, alias_generator=_kebab), path=path)
    except Invalid as exc:
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
