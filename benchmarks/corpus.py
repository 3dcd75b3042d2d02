"""Shared helpers for benchmarks over ../shared/corpus (skipped when it is absent).

The corpus is read at run time only; nothing from it is copied into the project.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT / "src"))

from newslint.core.diagnostics import Applicability, Diagnostic  # noqa: E402
from newslint.core.fixer import fix_text  # noqa: E402
from newslint.core.linter import lint  # noqa: E402
from newslint.core.rule import Rule  # noqa: E402
from newslint.formats import read_document  # noqa: E402
from newslint.registry import Selection, all_rules, select_rules  # noqa: E402


def corpus_or_exit(*folders: str) -> list[Path]:
    """The article files of the named corpus folders; exits 0 with a note when absent."""
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is not present", file=sys.stderr)
        raise SystemExit(0)
    files: list[Path] = []
    for folder in folders:
        files.extend(sorted((CORPUS / folder).glob("*.txt")))
    return files


HALVES = ("tune", "test")


def half_of(path: Path) -> str:
    """The half a corpus file belongs to, by its file number: even numbers are the tuning half,
    odd numbers the test half. Thresholds are tuned on "tune" only; figures are reported on
    "test". The split is fixed here so that every benchmark uses the same one."""
    digits = "".join(ch for ch in path.stem if ch.isdigit())
    if not digits:
        raise ValueError(f"{path}: no file number to split on")
    return HALVES[int(digits) % 2]


def split(files: Sequence[Path], half: str | None) -> list[Path]:
    """The files of one half ("tune" or "test"), or all of them when half is None."""
    if half is None:
        return list(files)
    if half not in HALVES:
        raise ValueError(f"unknown half {half!r}: use one of {HALVES}")
    return [path for path in files if half_of(path) == half]


def sample(files: Sequence[Path], n: int, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    return sorted(rng.sample(list(files), min(n, len(files))))


def rules(select: Sequence[str] = ()) -> list[Rule]:
    return select_rules(all_rules(plugins=False), Selection(tuple(select)))


def check(text: str, rule_set: Sequence[Rule], path: str = "article.txt") -> list[Diagnostic]:
    return lint(read_document(text, path), rule_set)


def fix(text: str, rule_set: Sequence[Rule], path: str = "article.txt") -> str:
    outcome = fix_text(text, lambda t: check(t, rule_set, path), (Applicability.SAFE,))
    return outcome.text


def iter_texts(files: Sequence[Path]) -> Iterator[tuple[Path, str]]:
    for path in files:
        yield path, path.read_text(encoding="utf-8")
