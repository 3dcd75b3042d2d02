"""The selected, configured rules for a file, built once per process and settings."""

from __future__ import annotations

import json
from pathlib import Path

from ..core.rule import Rule
from ..registry import Selection, all_rules, configure_rules, select_rules
from .settings import STDIN_NAME, Settings

_RULES: dict[tuple[Settings, tuple[str, ...]], list[Rule]] = {}


def rules_for(settings: Settings, path: str = STDIN_NAME) -> list[Rule]:
    """The selected, configured rules for one file (per-file ignores applied); built once."""
    ignored = settings.ignored_for(path)
    key = (settings, ignored)  # hashed field by field: cheaper than rule_key() once per file
    if key not in _RULES:
        rules = all_rules(tuple(Path(p) for p in settings.pack_dirs))
        rules = configure_rules(rules, json.loads(settings.rule_options), settings.vocab)
        selection = settings.selection
        if ignored:
            selection = Selection(selection.select, selection.ignore + ignored, selection.extend_select)
        _RULES[key] = select_rules(rules, selection)
    return _RULES[key]


def built() -> int:
    """How many rule sets this process has built (one per settings and per-file ignores)."""
    return len(_RULES)
