"""CPU cost of the typo rules (NL101, NL102, NL301) over ../shared/corpus/reuters, one core.

    .venv/bin/python benchmarks/speed_typos.py [--rounds 3] [--profile]

Parses every Reuters article once, then times (process_time):
  - the three together, document by document, as a fresh worker process runs them (cold:
    data loading and per-process judgements of words included);
  - then warm, best of N rounds: each rule alone over all documents (it pays for any
    per-document work it shares), and the three together;
and the shared word scan alone (spelling/scan.py, which the first rule to run pays), and, in a
fresh process, the first check of one article (the data loading it triggers).
Skips (exit 0) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import time

from corpus import ROOT, corpus_or_exit, iter_texts

from newslint.core.document import Document
from newslint.formats import read_document
from newslint.rules.nl101_misspelled_name import MisspelledName
from newslint.rules.nl102_misspelling import Misspelling
from newslint.rules.nl301_name_consistency import NameConsistency
from newslint.spelling.scan import TextWords

_FIRST_USE = """
import sys, time
from newslint.formats import read_document
from newslint.rules.nl101_misspelled_name import MisspelledName
from newslint.rules.nl102_misspelling import Misspelling
from newslint.rules.nl301_name_consistency import NameConsistency
with open(sys.argv[1], encoding="utf-8") as handle:
    doc = read_document(handle.read(), sys.argv[1])
rules = [MisspelledName(), Misspelling(), NameConsistency()]
begin = time.perf_counter(); cpu = time.process_time()
for rule in rules:
    list(rule.check(doc))
print(f"{time.perf_counter() - begin:.3f} {time.process_time() - cpu:.3f}")
"""



def _fresh(doc: Document) -> Document:
    """The same document without what rules derived from it (the word scan, verdicts)."""
    return Document(doc.text, doc.path, doc.format, doc.blocks, doc.dateline, doc.end_markers, doc.meta)

def first_use(rounds: int, article: str) -> None:
    walls, cpus = [], []
    for _ in range(rounds):
        out = subprocess.run(
            [sys.executable, "-c", _FIRST_USE, article], capture_output=True, text=True,
            check=True, cwd=ROOT,
        ).stdout.split()
        walls.append(float(out[0]))
        cpus.append(float(out[1]))
    print(f"first check of one article in a fresh process (data loading): "
          f"wall {min(walls):.3f} s, CPU {min(cpus):.3f} s (best of {rounds})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile the combined run")
    args = parser.parse_args()
    docs = [read_document(text, str(path)) for path, text in iter_texts(corpus_or_exit("reuters"))]
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    # A worker holds one article at a time; keep the garbage collector from walking all the
    # parsed articles held here, which no worker pays for.
    gc.collect()
    gc.freeze()
    rules = [MisspelledName(), Misspelling(), NameConsistency()]
    # As a fresh worker process runs: data loaded and words judged on the way.
    begin = time.process_time()
    for doc in [_fresh(d) for d in docs]:
        for rule in rules:
            list(rule.check(doc))
    cold = time.process_time() - begin
    print(f"together, first round (cold process): {cold:.2f} s CPU = {size / cold / 1e6:.1f} MB/s")
    for rule in rules:
        best = float("inf")
        for _ in range(args.rounds):
            fresh = [_fresh(d) for d in docs]  # no per-document caches
            begin = time.process_time()
            for doc in fresh:
                list(rule.check(doc))
            best = min(best, time.process_time() - begin)
        print(f"{rule.spec.code} alone: {best:.2f} s CPU")
    best = float("inf")
    for _ in range(args.rounds):
        begin = time.process_time()
        for doc in docs:
            TextWords(doc.text)
        best = min(best, time.process_time() - begin)
    print(f"shared word scan alone: {best:.2f} s CPU")
    best = float("inf")
    for _ in range(args.rounds):
        fresh = [_fresh(d) for d in docs]
        begin = time.process_time()
        for doc in fresh:
            for rule in rules:
                list(rule.check(doc))
        best = min(best, time.process_time() - begin)
    print(f"together, warm (best of {args.rounds}): {size / 1e6:.1f} MB in {best:.2f} s CPU "
          f"= {size / best / 1e6:.1f} MB/s")
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.enable()
        for doc in docs:
            for rule in rules:
                list(rule.check(doc))
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    first_use(args.rounds, docs[len(docs) // 2].path)


if __name__ == "__main__":
    sys.exit(main())
