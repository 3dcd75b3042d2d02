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
import re
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


WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}(?![\w'’-])")  # a lower-case word, as doubled words usually are


def plant(path: Path, folder: Path) -> list[dict]:
    """Plant a doubled word at the start of the headline, the first paragraph and the first
    caption of one file (where the file has them and the word is written literally there);
    check and fix the planted copy. Each record: where, planted, reported at the right file
    line and column, and whether the fix gave back exactly what fixing the unplanted file gives."""
    from click.testing import CliRunner

    from newslint.cli import main
    from newslint.rules.nl201_doubled_word import _cleft_lists

    source = read_source(str(path))
    doc = read_document(source.text, str(path))
    original_fixed = folder / "original" / path.name
    original_fixed.parent.mkdir(parents=True, exist_ok=True)
    original_fixed.write_bytes(path.read_bytes())
    CliRunner().invoke(main, ["fix", "--no-cache", "-j", "1", str(original_fixed)])
    records = []
    targets = [("headline", doc.headline), ("body", next(iter(doc.paragraphs), None)),
               ("caption", next(iter(doc.captions), None))]
    for where, block in targets:
        if block is None:
            continue
        # A copula doubled ("was was") is only a suggestion, the pseudo-cleft being English.
        clefts = _cleft_lists()[0]
        match = next((m for m in WORD.finditer(block.text) if f"{m.group()} {m.group()}" not in clefts), None)
        if match is None:
            continue
        word, start = match.group(), block.start + match.start()
        at = doc.source_map.offset(start)  # type: ignore[union-attr]
        if source.text[at : at + len(word)] != word:
            records.append({"where": where, "planted": False})
            continue
        planted = source.text[:at] + word + " " + source.text[at:]
        work = folder / where / path.name
        work.parent.mkdir(parents=True, exist_ok=True)
        work.write_bytes(source.encode(planted))
        second = at + len(word) + 1
        line = planted.count("\n", 0, second) + 1
        column = second - (planted.rfind("\n", 0, second) + 1) + 1
        out = CliRunner().invoke(main, ["check", "--no-cache", "-j", "1", "--format", "json", str(work)]).stdout
        found = [(f["line"], f["column"]) for f in json.loads(out or "[]") if f["code"] == "NL201"]
        CliRunner().invoke(main, ["fix", "--no-cache", "-j", "1", str(work)])
        # The same article as plain text, planted alike: what newslint reports there.
        plain = folder / where / (path.name + ".plain.txt")
        plain.write_text(doc.text[:start] + word + " " + doc.text[start:] + "\n", encoding="utf-8")
        out = CliRunner().invoke(main, ["check", "--no-cache", "-j", "1", "--format", "json", str(plain)]).stdout
        in_plain = any(f["code"] == "NL201" for f in json.loads(out or "[]"))
        records.append({"where": where, "planted": True, "reported": (line, column) in found,
                        "fixed": work.read_bytes() == original_fixed.read_bytes(), "in_plain": in_plain})
    return records


def planted_table(paths: list[str], formats: dict[str, str]) -> None:
    counts: dict[tuple[str, str], Counter] = {}
    with tempfile.TemporaryDirectory() as folder:
        for path in paths:
            for record in plant(Path(path), Path(folder)):
                row = counts.setdefault((formats[path], record["where"]), Counter())
                row["planted"] += record["planted"]
                row["reported"] += record.get("reported", False)
                row["fixed"] += record.get("fixed", False)
                row["not plantable"] += not record["planted"]
                row["in plain"] += record.get("in_plain", False)
    print("\n| format | where | planted | reported at the right line:column | fixed, rest byte-identical "
          "| reported in the plain-text twin | not plantable |")
    print("|---|---|---|---|---|---|---|")
    for (fmt, where), row in sorted(counts.items()):
        print(f"| {fmt} | {where} | {row['planted']} | {row['reported']} | {row['fixed']} | {row['in plain']} "
              f"| {row['not plantable']} |")


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
    formats = {str(CORPUS / item["original"]): item["format"] for item in items}
    planted_table(sorted(articles), formats)
    with tempfile.TemporaryDirectory() as folder:
        plain = []
        for number, (_path, text) in enumerate(sorted(articles.items())):
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
