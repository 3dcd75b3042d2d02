"""Built-in rules + shipped packs + extra pack folders + entry-point plugins -> the rule set."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from .core.rule import Rule
from .data import packs_dir
from .packs import PackError, load_pack_dir
from .rules import BUILTIN_RULES
from .settings_model import Invalid, field_names
from .storage import user_records

PLUGIN_GROUP = "newslint.rules"


class RegistryError(Exception):
    pass


def _plugin_entries() -> list[list[str]]:
    """[name, "module:object"] of each installed plugin. Asking importlib.metadata means reading
    every installed distribution (tens of milliseconds at each start), so the answer is kept in
    the user cache, keyed by the mtimes of the folders on sys.path: installing or removing a
    distribution changes its folder."""
    stamp = []
    for entry in sys.path:
        try:
            stamp.append(f"{entry}\0{os.stat(entry or os.curdir).st_mtime_ns}")
        except OSError:
            stamp.append(entry)
    key = user_records.key_of("\n".join(stamp).encode())
    found = user_records.read("plugins", key)
    if isinstance(found, list) and all(isinstance(e, list) and len(e) == 2 for e in found):
        return found
    from importlib.metadata import entry_points

    found = [[entry.name, entry.value] for entry in entry_points(group=PLUGIN_GROUP)]
    user_records.write("plugins", key, found)
    return found


def _plugin_rules() -> list[Rule]:
    rules: list[Rule] = []
    entries = _plugin_entries()
    if not entries:
        return rules
    from importlib.metadata import EntryPoint

    for name, value in entries:
        loaded = EntryPoint(name=name, value=value, group=PLUGIN_GROUP).load()
        for item in loaded if isinstance(loaded, (list, tuple)) else [loaded]:
            rules.append(item() if isinstance(item, type) else item)
    return rules


def _origin(rule: Rule) -> str:
    """Where a rule comes from, for error messages: its pack file, or its Python class."""
    source = getattr(rule, "source", None)
    return str(source) if source else f"{type(rule).__module__}.{type(rule).__name__} ({rule.code})"


_PACKS: dict[tuple[str, tuple[tuple[str, int, int], ...]], list[Rule]] = {}


def _packs(folder: Path) -> list[Rule]:
    """A folder's pack rules, loaded once per process while its files stay the same (compiling
    a pack's patterns costs more than a whole article's check)."""
    try:
        stamp = tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(folder)))
    except OSError:
        return load_pack_dir(folder)  # let the loader name the problem
    key = (str(folder), stamp)
    if key not in _PACKS:
        _PACKS[key] = load_pack_dir(folder)
    return _PACKS[key]


def all_rules(extra_pack_dirs: Sequence[Path] = (), plugins: bool = True) -> list[Rule]:
    """Every known rule, sorted by code; duplicate codes or names are an error."""
    rules: list[Rule] = [cls() for cls in BUILTIN_RULES]
    rules.extend(_packs(packs_dir() / "packs"))
    for folder in extra_pack_dirs:
        rules.extend(_packs(Path(folder)))
    if plugins:
        rules.extend(_plugin_rules())
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen:
                raise RegistryError(
                    f"{_origin(rule)}: duplicate rule code or name {key!r} (already used by {_origin(seen[key])})"
                )
            seen[key] = rule
    return sorted(rules, key=lambda r: r.code)


def configure_rules(
    rules: Sequence[Rule], options: Mapping[str, Mapping[str, object]], vocab: Sequence[str] = ()
) -> list[Rule]:
    """Rebuild rules with their per-rule options (keyed by code or name), validated by each
    rule's own Options model. Project-wide `vocab` files go to every rule that takes `vocab`."""
    by_key: dict[str, Mapping[str, object]] = {}
    for key, values in options.items():
        rule = find_rule(rules, key)
        if rule is None:
            raise RegistryError(f"rules.{key}: no such rule")
        if not isinstance(values, Mapping):
            raise RegistryError(f"rules.{key}: options must be a table")
        by_key[rule.code] = values
    configured: list[Rule] = []
    for rule in rules:
        values = dict(by_key.get(rule.code, {}))
        if vocab and "vocab" in field_names(rule.Options) and "vocab" not in values:
            values["vocab"] = list(vocab)
        if not values:
            configured.append(rule)
            continue
        if not rule.takes_options:  # a pack rule: its settings live in its pack file
            raise RegistryError(f"rules.{rule.code}: a pack rule takes no options")
        try:
            parsed = rule.Options.validate(values)
        except Invalid as exc:
            where = ".".join(str(p) for p in exc.loc)
            what = "unknown option" if exc.kind == "extra_forbidden" else exc.message
            raise RegistryError(f"rules.{rule.code}.{where}: {what}") from exc
        configured.append(type(rule)(parsed))
    return configured


class Selection(NamedTuple):  # a named tuple: hashable, and cheap to declare at start-up
    """Rule selection by code prefix or rule name; the longest matching entry wins."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()

    @staticmethod
    def _match_length(rule: Rule, entries: Iterable[str]) -> int:
        best = -1
        for entry in entries:
            if entry == "ALL":
                best = max(best, 0)
            elif entry == rule.name:
                best = max(best, 100)
            elif rule.code.startswith(entry):
                best = max(best, len(entry))
        return best

    def enabled(self, rule: Rule) -> bool:
        chosen = self._match_length(rule, self.select + self.extend_select)
        if not self.select and chosen < 0 and rule.spec.default_enabled:
            chosen = 0
        ignored = self._match_length(rule, self.ignore)
        return chosen >= 0 and chosen > ignored if ignored >= 0 else chosen >= 0

    def unknown_entries(self, rules: Sequence[Rule]) -> list[str]:
        names = {r.name for r in rules}
        out = []
        for entry in self.select + self.ignore + self.extend_select:
            if entry != "ALL" and entry not in names and not any(r.code.startswith(entry) for r in rules):
                out.append(entry)
        return out


def select_rules(rules: Sequence[Rule], selection: Selection) -> list[Rule]:
    return [rule for rule in rules if selection.enabled(rule)]


def find_rule(rules: Sequence[Rule], key: str) -> Rule | None:
    for rule in rules:
        if key in (rule.code, rule.name):
            return rule
    return None


__all__ = [
    "PackError", "RegistryError", "Selection", "all_rules", "configure_rules", "select_rules", "find_rule",
]
