"""Speed benchmark: newslint against codespell and typos on the Reuters corpus and one article.

    .venv/bin/python benchmarks/speed.py [--rounds 5] [--folder reuters]

Runs the tools alternately (so background load hits them alike), reports medians and the ratio
newslint/peer, the cache speed-up, and newslint's peak memory (the whole process tree). Peers
that are not installed (`pip install codespell typos`) are skipped; so is everything when
../shared/corpus is absent.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
BIN = Path(sys.executable).parent


def tool(name: str) -> str | None:
    local = BIN / name
    return str(local) if local.exists() else shutil.which(name)


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time in seconds and peak tree RSS in KiB."""
    peak = 0
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)

    def watch() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, tree_rss_kb(process.pid))
            time.sleep(0.02)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    process.wait()
    elapsed = time.perf_counter() - start
    watcher.join()
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--folder", default="reuters")
    args = parser.parse_args()
    folder = CORPUS / args.folder
    if not folder.is_dir():
        print(f"skipped: {folder} is not present")
        return
    article = sorted(folder.glob("*.txt"))[0]
    size_mb = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    newslint = tool("newslint")
    if newslint is None:
        sys.exit("newslint is not installed in this environment")
    peers = {name: tool(name) for name in ("codespell", "typos")}
    peers = {name: path for name, path in peers.items() if path}
    for name in ("codespell", "typos"):
        if name not in peers:
            print(f"note: {name} not installed; skipped")

    commands = {
        "newslint": [newslint, "check", "--no-cache", "--no-source", "--statistics"],
        **{name: [path] for name, path in peers.items()},
    }
    folder_times: dict[str, list[float]] = {name: [] for name in commands}
    article_times: dict[str, list[float]] = {name: [] for name in commands}
    peak_kb = 0
    for _ in range(args.rounds):
        for name, command in commands.items():
            elapsed, peak = timed([*command, str(folder)])
            folder_times[name].append(elapsed)
            if name == "newslint":
                peak_kb = max(peak_kb, peak)
            article_times[name].append(timed([*command, str(article)])[0])

    cold, warm = [], []
    for _ in range(args.rounds):
        with tempfile.TemporaryDirectory() as cache:
            command = [newslint, "check", "--no-source", "--statistics", "--cache-dir", cache, str(folder)]
            cold.append(timed(command)[0])
            warm.append(timed(command)[0])

    median = statistics.median
    base_folder = median(folder_times["newslint"])
    base_article = median(article_times["newslint"])
    print(f"\n{args.folder}: {len(list(folder.glob('*.txt')))} files, {size_mb:.1f} MB; "
          f"{args.rounds} rounds, medians; {os.cpu_count()} cores\n")
    print("| tool | folder (s) | MB/s | newslint/tool | one article (s) | newslint/tool |")
    print("|---|---|---|---|---|---|")
    for name in commands:
        f, a = median(folder_times[name]), median(article_times[name])
        print(f"| {name} | {f:.2f} | {size_mb / f:.1f} | {base_folder / f:.2f} | {a:.3f} | {base_article / a:.2f} |")
    print(f"\nnewslint with cache: first run {median(cold):.2f} s, second run {median(warm):.2f} s "
          f"({median(cold) / median(warm):.1f}x faster)")
    print(f"newslint peak memory over the folder (process tree): {peak_kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
