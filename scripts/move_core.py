"""Move the core modules into `src/newslint/core/` and rewrite every import of them.

For the lead, after the parallel branches are merged (a move earlier would break their merges):

    python scripts/move_core.py            # show what would change
    python scripts/move_core.py --apply    # git mv + rewrite imports, then run the tests

Relative imports are resolved to absolute module names, mapped, and written back relative to
the importing module's new place; absolute names (`newslint.document`) in Python files and in
pyproject.toml (the import-linter contracts) are rewritten too. Idempotent: a second run finds
nothing to move.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newslint"
CORE = ("document", "diagnostics", "rule", "linter", "fixer", "suppression", "findings", "sourcemap")
MOVED = {f"newslint.{name}": f"newslint.core.{name}" for name in CORE}

_RELATIVE = re.compile(r"^(?P<indent>[ \t]*)from (?P<dots>\.+)(?P<module>[\w.]*) import (?P<names>.+)$", re.M)
_ABSOLUTE = re.compile(r"\bnewslint\.(" + "|".join(CORE) + r")\b")


def module_of(path: Path) -> tuple[str, bool]:
    """The module's absolute name and whether it is a package's __init__."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def package_of(module: str, is_package: bool) -> str:
    return module if is_package else module.rpartition(".")[0]


def resolve(package: str, dots: str, module: str) -> str:
    base = package.split(".")
    base = base[: len(base) - (len(dots) - 1)]
    return ".".join(base + ([module] if module else []))


def relative(package: str, target: str) -> tuple[str, str]:
    """(dots, module) importing `target` from inside `package`."""
    here, there = package.split("."), target.split(".")
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    return "." * (len(here) - common + 1), ".".join(there[common:])


def moved(name: str) -> str:
    for old, new in MOVED.items():
        if name == old or name.startswith(old + "."):
            return new + name[len(old):]
    return name


def rewrite(path: Path, new_module: str, is_package: bool) -> str:
    old_module, _ = module_of(path)
    old_package, new_package = package_of(old_module, is_package), package_of(new_module, is_package)
    text = path.read_text(encoding="utf-8")

    def fix(match: re.Match[str]) -> str:
        target = resolve(old_package, match["dots"], match["module"])
        lines = []
        for source, names in split_moved(target, match["names"]):
            dots, module = relative(new_package, source)
            lines.append(f"{match['indent']}from {dots}{module} import {names}")
        return "\n".join(lines)

    text = _RELATIVE.sub(fix, text)
    return rewrite_absolute(text)


def split_moved(target: str, names: str) -> list[tuple[str, str]]:
    """`from target import names` as one or two imports: in `from . import structure,
    suppression` the names are modules, and the moved ones now come from `core`."""
    listed = [n.strip() for n in names.split(",")]
    go = [n for n in listed if f"{target}.{n.partition(' as ')[0]}" in MOVED]
    if "(" in names or not go:
        return [(moved(target), names)]
    stay = [n for n in listed if n not in go]
    imports = [(target, ", ".join(stay))] if stay else []
    return [*imports, (f"{target}.core", ", ".join(go))]


_FROM_PACKAGE = re.compile(r"^(?P<indent>[ \t]*)from newslint import (?P<names>[^(\n]+)$", re.M)


def rewrite_absolute(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        return "\n".join(f"{match['indent']}from {source} import {names}"
                         for source, names in split_moved("newslint", match["names"]))

    text = _FROM_PACKAGE.sub(fix, text)
    return _ABSOLUTE.sub(lambda m: moved(m.group(0)), text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--apply", action="store_true", help="move and rewrite (default: show only)")
    args = parser.parse_args()
    todo = [name for name in CORE if (PACKAGE / f"{name}.py").exists()]
    if not todo:
        print("nothing to move: the core modules are already in core/")
        return 0
    changes: dict[Path, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module, is_package = module_of(path)
        target = ROOT / "src" / (moved(module).replace(".", "/") + ("/__init__.py" if is_package else ".py"))
        new_text = rewrite(path, moved(module), is_package)
        if target != path or new_text != path.read_text(encoding="utf-8"):
            changes[path] = new_text
            print(f"{path.relative_to(ROOT)}" + (f" -> {target.relative_to(ROOT)}" if target != path else ""))
    for folder in ("tests", "benchmarks", "scripts"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == Path(__file__).resolve():
                continue
            text = path.read_text(encoding="utf-8")
            new_text = rewrite_absolute(text)
            if new_text != text:
                changes[path] = new_text
                print(f"{path.relative_to(ROOT)}: absolute imports")
    pyproject = ROOT / "pyproject.toml"
    toml = pyproject.read_text(encoding="utf-8")
    toml_new = _ABSOLUTE.sub(lambda m: moved(m.group(0)), toml)
    if not args.apply:
        print("(dry run: --apply to move and rewrite)")
        return 0
    (PACKAGE / "core").mkdir(exist_ok=True)
    init = PACKAGE / "core" / "__init__.py"
    if not init.exists():
        init.write_text('"""The core: Document, diagnostics, the rule base, the linter, the fixer, suppression and '
                        'findings. It imports nothing above it."""\n', encoding="utf-8")
        subprocess.run(["git", "add", str(init)], cwd=ROOT, check=True)
    for path, text in changes.items():
        path.write_text(text, encoding="utf-8")
    for name in todo:
        subprocess.run(["git", "mv", f"src/newslint/{name}.py", f"src/newslint/core/{name}.py"], cwd=ROOT, check=True)
    # The layer contracts: the core modules are now one layer-group, `core`.
    toml_new = toml_new.replace('"linter | fixer | findings",\n    "suppression",\n    "rule",\n', '"core",\n')
    toml_new = toml_new.replace('"document | diagnostics | source"', '"source"')
    pyproject.write_text(toml_new, encoding="utf-8")
    print("moved; now run `.venv/bin/ruff check --fix -q src tests benchmarks scripts` (import order), then the tests;"
          " update the paths in ARCHITECTURE.md and review pyproject.toml's [tool.importlinter]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
