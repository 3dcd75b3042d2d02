"""Huge inputs: time and peak memory of `newslint check` on generated articles of growing size.

    .venv/bin/python -m benchmarks.reliability_huge [--sizes 5,10,20,40] [--shape paragraphs|oneline] [--dense]

Each size runs in a fresh process (`--jobs 1 --no-cache`); the table shows seconds, MB/s,
peak resident memory and memory per input MB. Linear time shows as a flat MB/s column,
bounded memory as a flat "RSS/MB" column. Nothing here reads the shared corpus.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = (
    "the minister said talks would resume on Monday in Hanoi after a week of strikes at the port "
    "where workers and unions met police officials"
).split()


def generate(path: Path, megabytes: float, shape: str, dense: bool = False, seed: int = 7) -> None:
    """Distinct paragraphs of wire-like words. By default no word follows itself (few findings,
    like real copy); `dense` lets words repeat, giving a doubled-word finding every ~150 bytes."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write("Big story headline\n\n")
        written = 0
        index = 0
        while written < megabytes * 1_000_000:
            words = [rng.choice(WORDS) for _ in range(45)]
            if not dense:
                words = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
            body = " ".join(words)
            piece = f"Paragraph {index} {body}." + ("\n\n" if shape == "paragraphs" else " ")
            out.write(piece)
            written += len(piece)
            index += 1


def measure(path: Path) -> tuple[float, int, int]:
    """(seconds, peak RSS bytes, exit code) of one check in a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "newslint.cli", "check", "--jobs", "1", "--no-cache", "--statistics", str(path)],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    elapsed = time.perf_counter() - started
    if "Traceback" in done.stderr:
        print(done.stderr[-2000:], file=sys.stderr)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far: only a new maximum is attributable.
    return elapsed, max(peak, before) * 1024, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,10,20", help="comma-separated sizes in MB")
    parser.add_argument("--shape", choices=["paragraphs", "oneline"], default="paragraphs")
    parser.add_argument("--dense", action="store_true", help="a finding every ~150 bytes (worst case)")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'MB':>6} {'seconds':>8} {'MB/s':>6} {'peak MB':>8} {'RSS/MB':>7} exit")
    with tempfile.TemporaryDirectory() as folder:
        for size in sorted(sizes):
            path = Path(folder) / f"huge-{size:g}.txt"
            generate(path, size, args.shape, args.dense)
            actual = path.stat().st_size / 1_000_000
            seconds, peak, code = measure(path)
            print(f"{actual:6.1f} {seconds:8.2f} {actual / seconds:6.2f} {peak / 1e6:8.0f} "
                  f"{peak / 1e6 / actual:7.1f} {code}")
            path.unlink()


if __name__ == "__main__":
    main()
