"""Wire formats: what the readers get from the 49 manifest items of ../shared/corpus/formats,
and what checking them costs next to checking their plain-text conversions.

    .venv/bin/python benchmarks/formats.py [--rounds 5]

Table: per format, items read, and how many match the manifest's headline, dateline, byline
and captions (whitespace-normalised). Speed: CPU seconds (user + system of the child process,
so other load on the machine counts little) of `newslint check --no-cache -j 1` over the
original files and over their articles written out as plain text, median of the rounds.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "formats"
sys.path.insert(0, str(ROOT / "src"))

from newslint.formats import ReaderError, read_document  # noqa: E402
from newslint.source import read_source  # noqa: E402

FIELDS = (("headline", "title"), ("dateline", "dateline"), ("byline", "byline"), ("captions", "captions"))


def _norm(value: object) -> object:
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return " ".join(str(value or "").split())


def table(items: list[dict]) -> dict[str, Path]:
    """Print the per-format table; return the article text of each file, for the speed run."""
    rows: dict[str, Counter] = {}
    articles: dict[str, str] = {}
    for index, item in enumerate(items):
        row = rows.setdefault(item["format"], Counter())
        row["items"] += 1
        path = CORPUS / item["original"]
        try:
            doc = read_document(read_source(str(path)).text, str(path))
        except ReaderError as exc:
            print(f"  not read: {item['original']}: {exc}")
            continue
        row["parsed"] += 1
        articles[str(path)] = doc.text
        nth = sum(1 for other in items[:index] if other["original"] == item["original"])
        fields = doc.meta["items"][nth]  # type: ignore[index]
        for ours, theirs in FIELDS:
            row[ours] += _norm(fields[ours]) == _norm(item[theirs])
    print("| format | items | parsed | headline | dateline | byline | captions |")
    print("|---|---|---|---|---|---|---|")
    total: Counter = Counter()
    for name, row in sorted(rows.items()):
        total.update(row)
        print(f"| {name} | {row['items']} | {row['parsed']} | " + " | ".join(str(row[f]) for f, _ in FIELDS) + " |")
    print(f"| all | {total['items']} | {total['parsed']} | " + " | ".join(str(total[f]) for f, _ in FIELDS) + " |")
    return articles  # type: ignore[return-value]


def cpu_seconds(paths: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([str(Path(sys.executable).parent / "newslint"), "check", "--no-cache", "-j", "1", *paths],
                   capture_output=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    manifest = CORPUS / "manifest.jsonl"
    if not manifest.is_file():
        print("../shared/corpus/formats is absent: nothing to measure")
        return
    items = [json.loads(line) for line in manifest.read_text().splitlines() if line.strip()]
    articles = table(items)
    with tempfile.TemporaryDirectory() as folder:
        plain = []
        for number, (path, text) in enumerate(sorted(articles.items())):
            target = Path(folder) / f"{number:05d}.txt"
            target.write_text(text + "\n", encoding="utf-8")
            plain.append(str(target))
        originals = sorted(articles)
        cpu_seconds(plain)  # warm the user cache (spelling data) once
        wire, text = [], []
        for _ in range(args.rounds):
            wire.append(cpu_seconds(originals))
            text.append(cpu_seconds(plain))
    w, t = statistics.median(wire), statistics.median(text)
    print(f"\n{len(originals)} files; CPU seconds, median of {args.rounds}: formats {w:.2f}, "
          f"plain-text conversions {t:.2f}, ratio {w / t:.2f}")


if __name__ == "__main__":
    main()
