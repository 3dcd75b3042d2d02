"""Where a check's time goes: the hot path over ../shared/corpus/reuters, one core, and the
start-up of a one-article check.

    .venv/bin/python -m compileall -q src && .venv/bin/python benchmarks/profile_stages.py

Prints (CPU seconds, `time.process_time`):
  - the first batch of a fresh process (data loading, patterns compiled on first need, words
    judged for the first time) against the same number of files later on;
  - over all Reuters files, batch by batch as a worker runs them: read, parse, and each rule
    run over the batch (rule by rule, what the rules share per document made once);
and, in fresh processes (wall, milliseconds, best of 5): importing newslint's command line,
building the rule set, and checking one article. Skips (exit 0) when the corpus is absent.
"""

from __future__ import annotations

import subprocess
import sys
import time

from corpus import ROOT, corpus_or_exit

BATCH = 256

_START_UP = """
import gc, sys, time
start = time.perf_counter()
gc.disable()  # as the command's entry (newslint.__main__) loads its modules
import click, regex
imported_libraries = time.perf_counter()
import newslint.cli
gc.freeze()
gc.enable()
from newslint.core.linter import lint
from newslint.formats import read_document
from newslint.registry import all_rules
imported = time.perf_counter()
rules = [rule for rule in all_rules() if rule.spec.default_enabled]
built = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as handle:
    lint(read_document(handle.read(), sys.argv[1]), rules)
checked = time.perf_counter()
print(imported_libraries - start, imported - imported_libraries, built - imported, checked - built)
"""


def start_up(article: str, rounds: int = 5) -> None:
    runs = []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-c", _START_UP, article], capture_output=True, text=True,
                             check=True, cwd=ROOT).stdout
        runs.append([float(x) * 1000 for x in out.split()])
    best = [min(column) for column in zip(*runs, strict=True)]
    print(f"one article ({article.rsplit('/', 1)[-1]}), wall ms, best of {rounds}: click+regex {best[0]:.0f}, "
          f"newslint modules {best[1]:.0f}, rule set {best[2]:.0f}, first check {best[3]:.0f}")


def hot_path(paths: list[str]) -> None:
    from newslint.formats import read_document
    from newslint.run.check import check_batch
    from newslint.run.rulesets import rules_for
    from newslint.run.settings import Settings
    from newslint.source import read_source_bytes

    settings = Settings()
    rules = rules_for(settings)
    clock = time.process_time
    begin = clock()
    check_batch(paths[:BATCH], settings)
    first = clock() - begin
    begin = clock()
    check_batch(paths[BATCH : 2 * BATCH], settings)
    print(f"first batch of {BATCH} files in a fresh process: {first:.3f} s; the next batch: {clock() - begin:.3f} s")

    read = parse = 0.0
    per_rule = {rule.code: 0.0 for rule in rules}
    for start in range(0, len(paths), BATCH):
        batch = paths[start : start + BATCH]
        begin = clock()
        sources = [read_source_bytes(path)[0] for path in batch]
        read += clock() - begin
        begin = clock()
        docs = [read_document(source.text, source.path) for source in sources]
        parse += clock() - begin
        for rule in rules:
            begin = clock()
            for doc in docs:
                for _ in rule.check(doc):
                    pass
            per_rule[rule.code] += clock() - begin
    lint = sum(per_rule.values())
    print(f"{len(paths)} files, one core: read {read:.2f} s, parse {parse:.2f} s, lint {lint:.2f} s")
    print("  " + ", ".join(f"{code} {seconds:.2f}" for code, seconds in per_rule.items()))


def main() -> None:
    paths = [str(path) for path in corpus_or_exit("reuters")]
    start_up(paths[0])
    hot_path(paths)


if __name__ == "__main__":
    main()
