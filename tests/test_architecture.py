"""The architecture as a test: the import-linter contracts in pyproject.toml ([tool.importlinter])
hold for the code as it is, and fail when a module imports from a layer above it."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter")

ROOT = Path(__file__).resolve().parents[1]

_LINT = """
import sys
from importlinter.cli import lint_imports
sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))
"""


def _lint_imports(src: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """import-linter over the `newslint` package found in `src`, with this project's contracts."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run([sys.executable, "-c", _LINT, str(ROOT / "pyproject.toml")], cwd=cwd, env=env,
                          capture_output=True, text=True)


def test_the_layer_contracts_hold(tmp_path: Path) -> None:
    out = _lint_imports(ROOT / "src", tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout and "6 kept" in out.stdout


@pytest.mark.parametrize(
    ("module", "back_arrow", "broken"),
    [
        # The engine reaching up to the run that drives it: a layer broken, and a cycle.
        ("linter.py", "from newslint.run.settings import Settings", "The core imports nothing above it BROKEN"),
        ("document.py", "from newslint.rules import nl9_meta", "The core imports nothing above it BROKEN"),
        # A rule reaching up to the reports.
        ("rules/nl9_meta.py", "from newslint.report import text", "Rules never import the run"),
        # A lazy import inside a function counts as much as one at the top.
        ("storage/atomic.py", "def _later() -> None:\n    from newslint.run import parallel", "Layers: a module"),
        # The binary format reaching up to a checker, hidden in a function: a cycle in spelling/.
        (
            "spelling/store.py",
            "def _later() -> None:\n    from newslint.spelling import namecheck",
            "Spelling: checkers",
        ),
    ],
)
def test_a_back_arrow_breaks_a_contract(tmp_path: Path, module: str, back_arrow: str, broken: str) -> None:
    src = tmp_path / "src"
    shutil.copytree(ROOT / "src" / "newslint", src / "newslint", ignore=shutil.ignore_patterns("__pycache__"))
    target = src / "newslint" / module
    if not target.exists():  # the core modules, once moved into core/ (scripts/move_core.py)
        target = src / "newslint" / "core" / module
    with open(target, "a", encoding="utf-8") as handle:
        handle.write(f"\n{back_arrow}\n")
    out = _lint_imports(src, tmp_path)
    assert out.returncode == 1, out.stdout + out.stderr
    assert broken in out.stdout


# A module this long must say at its top why it is not split (issue 15: "no module over ~400
# lines without a reason written at its top").
LONG_MODULE = 400
REASON = "on purpose"


def _long_modules_without_reason(package: Path) -> list[str]:
    missing = []
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > LONG_MODULE and REASON not in (ast.get_docstring(ast.parse(source)) or ""):
            missing.append(str(path.relative_to(package)))
    return missing


def test_every_long_module_says_why_at_its_top() -> None:
    assert _long_modules_without_reason(ROOT / "src" / "newslint") == []


def test_a_long_module_without_a_reason_is_caught(tmp_path: Path) -> None:
    (tmp_path / "short.py").write_text('"""Short."""\n' + "x = 1\n" * 10, encoding="utf-8")
    (tmp_path / "long.py").write_text('"""Long, no reason given."""\n' + "x = 1\n" * 500, encoding="utf-8")
    (tmp_path / "kept.py").write_text('"""Long.\n\nLong on purpose: one pass."""\n' + "x = 1\n" * 500, encoding="utf-8")
    assert _long_modules_without_reason(tmp_path) == ["long.py"]
