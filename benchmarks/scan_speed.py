"""`newslint scan` on a local cluster against `newslint check --jobs N` over the same stories:
the per-file findings must be the same, and the time within 1.3x.

    python benchmarks/scan_speed.py                 # all 21,268 Reuters+BBC stories, 2 workers
    python benchmarks/scan_speed.py --half test --workers 2

Wall time depends on what else the machine runs; CPU seconds are reported beside it: the
check's (this process's children: the check and its pool) and the scan's own count of its
processes (the client with the scheduler, the server its workers are forked from, the workers:
forked by that server, they are not this process's children to the operating system).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import CORPUS, corpus_or_exit, split

NEWSLINT = [sys.executable, "-m", "newslint"]


def _run(args: list[str]) -> tuple[float, float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args[:4])} failed:\n{done.stderr[-2000:]}")
    return wall, cpu, done.stderr


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("tune", "test"), default=None)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    files = split(corpus_or_exit("reuters", "bbc"), args.half)
    with tempfile.TemporaryDirectory() as folder:
        inputs = [str(p) for p in files]
        if args.half is None:
            inputs = [str(CORPUS / "reuters"), str(CORPUS / "bbc")]
        else:
            listing = Path(folder) / "files"
            listing.mkdir()
            for path in files:  # links keep each story's name; the walk reads them as files
                (listing / f"{path.parent.name}-{path.name}").symlink_to(path)
            inputs = [str(p) for p in sorted(listing.iterdir())]
        check_out, scan_out = Path(folder) / "check.jsonl", Path(folder) / "scan.jsonl"
        check_wall, check_cpu, _ = _run([*NEWSLINT, "check", "--no-cache", "--isolated", "--jobs", str(args.workers),
                                         "--format", "jsonl", "-o", str(check_out), *inputs])
        scan_wall, scan_cpu, log = _run([*NEWSLINT, "scan", "--isolated", "--workers", str(args.workers),
                                         "-o", str(scan_out), *inputs])
        check_lines = check_out.read_text(encoding="utf-8").splitlines()
        scan_lines = scan_out.read_text(encoding="utf-8").splitlines()
        per_file = [line for line in scan_lines if not json.loads(line)["code"].startswith(("NL6", "error"))]
    stories = len(files)
    print(f"{stories} stories; per-file findings: check {len(check_lines)}, scan {len(per_file)}; "
          f"identical: {per_file == check_lines}")
    print(f"check --jobs {args.workers}: {check_wall:.1f}s wall, {check_cpu:.1f} CPU s")
    counted = re.search(r"\(CPU, all processes\) ([\d.]+)s", log)
    scan_cpu = max(scan_cpu, float(counted.group(1))) if counted else scan_cpu
    print(f"scan --workers {args.workers}: {scan_wall:.1f}s wall, {scan_cpu:.1f} CPU s "
          f"({scan_wall / check_wall:.2f}x wall, {scan_cpu / check_cpu:.2f}x CPU)")
    for line in log.splitlines():
        if re.search(r"stories/s|peak memory|NL6", line):
            print("  " + line.strip())


if __name__ == "__main__":
    main()
