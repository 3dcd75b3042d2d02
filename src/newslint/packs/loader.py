"""Load pack files, validating each; a broken pack is reported as `path: CODE: what is wrong`."""

from __future__ import annotations

from pathlib import Path

import regex
from pydantic import ValidationError

from ..data import DataError, load_yaml
from ..rule import Rule
from .engines import ENGINES
from .schema import PackFile


class PackError(Exception):
    pass


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(p) for p in first["loc"] if p not in ("rule",) and not str(p).endswith("Pack"))
    where = ".".join(p for p in where.split(".") if p not in ("existence", "substitution"))
    return f"{where}: {first['msg']}" if where else first["msg"]


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
        raise PackError(f"{path}: {code}: {_describe(exc)}") from exc
    try:
        return ENGINES[model.kind](model)
    except regex.error as exc:
        raise PackError(f"{path}: {code}: invalid regex: {exc}") from exc


def load_pack_dir(folder: Path) -> list[Rule]:
    if not folder.is_dir():
        raise PackError(f"{folder}: pack folder not found")
    return [load_pack_file(path) for path in sorted(folder.glob("*.y*ml"))]
