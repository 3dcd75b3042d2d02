"""Findings per 1,000 untouched articles, by category and rule, with a sample to read by eye.

    .venv/bin/python benchmarks/corpus_findings.py [--folders reuters bbc] [--select NL2] [--sample 50]

Runs `newslint check --format jsonl --no-cache` over the shared corpus folders, counts findings,
and prints a random sample with the text around each finding. Skips when ../shared/corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", nargs="+", default=["reuters", "bbc"])
    parser.add_argument("--select", default=None, help="rule prefixes, comma-separated")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folders = [CORPUS / f for f in args.folders]
    if not all(f.is_dir() for f in folders):
        print(f"skipped: {CORPUS} is not present")
        return
    articles = sum(len(list(f.glob("*.txt"))) for f in folders)
    command = [str(Path(sys.executable).with_name("newslint")), "check", "--format", "jsonl", "--no-cache"]
    if args.select:
        command += ["--select", args.select]
    out = subprocess.run([*command, *map(str, folders)], capture_output=True, text=True)
    findings = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    per_1000 = 1000 / articles
    print(f"{len(findings)} findings in {articles} articles ({len(findings) * per_1000:.2f} per 1,000)\n")
    print("| category | findings | per 1,000 articles |\n|---|---|---|")
    for category, n in sorted(Counter(f["category"] for f in findings).items()):
        print(f"| {category} | {n} | {n * per_1000:.2f} |")
    print("\n| rule | findings | per 1,000 articles |\n|---|---|---|")
    for (code, rule), n in sorted(Counter((f["code"], f["rule"]) for f in findings).items()):
        print(f"| {code} {rule} | {n} | {n * per_1000:.2f} |")
    sample = random.Random(args.seed).sample(findings, min(args.sample, len(findings)))
    print(f"\nSample of {len(sample)} findings, to read by eye:\n")
    for f in sorted(sample, key=lambda f: (f["path"], f["line"], f["column"])):
        line = Path(f["path"]).read_text(encoding="utf-8").splitlines()[f["line"] - 1]
        start = f["column"] - 1
        context = line[max(0, start - 50) : start + 50].replace("\n", " ")
        print(
            f"{Path(f['path']).parent.name}/{Path(f['path']).name}:{f['line']}:{f['column']} {f['code']} {f['message']}"
        )
        print(f"    …{context}…")


if __name__ == "__main__":
    main()
