"""Rules from installed plugins (entry-point group `newslint.rules`): found, loaded, and the
lookup cached until the installed distributions change."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PLUGIN = '''
from newslint.core.rule import Rule, RuleSpec

class HouseRule(Rule):
    spec = RuleSpec(code="NL{code}", name="house-{code}", category="style", summary="A house rule.",
                    rationale="Desks add their own.", example="Talks resumed.")

    def check(self, doc):
        return ()
'''


def _install(site: Path, code: int) -> None:
    """A minimal installed distribution: a module and its dist-info with one entry point."""
    (site / f"houseplugin{code}.py").write_text(PLUGIN.replace("{code}", str(code)))
    info = site / f"houseplugin{code}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: houseplugin{code}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[newslint.rules]\nhouse = houseplugin{code}:HouseRule\n")


def _rule_codes(site: Path, cache: Path) -> list[str]:
    env = {"PYTHONPATH": str(site), "XDG_CACHE_HOME": str(cache), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "newslint", "rules", "--format", "json"], env=env,
                         capture_output=True, text=True, check=True).stdout
    return [rule["code"] for rule in json.loads(out)]


def test_plugin_rules_are_listed_and_a_new_install_is_seen(tmp_path: Path) -> None:
    site, cache = tmp_path / "site", tmp_path / "cache"
    site.mkdir()
    assert "NL891" not in _rule_codes(site, cache)
    _install(site, 891)
    assert "NL891" in _rule_codes(site, cache)
    assert "NL891" in _rule_codes(site, cache)  # from the cached lookup
    _install(site, 892)
    codes = _rule_codes(site, cache)
    assert "NL891" in codes and "NL892" in codes
