"""Capitalised words with one random edit: a generator that shares no assumption with the rules.

    .venv/bin/python benchmarks/accuracy_name_edits.py [--half test] [--articles 1500] [--seed 13]
        [--misses 40] [--dir FOLDER ...]

Skips (exit 0) when ../shared/corpus is absent. accuracy_names.py injects the slips its kinds
describe into names the gazetteer holds; this one takes any capitalised word inside a sentence
(after a lower-case word or a comma: a name or a word of one, listed or not), makes one edit
anywhere in it (a letter lost, added, changed or swapped with its neighbour, any letter, the
first one too) and keeps only prints no list knows. Found = a typo finding (the rules of
accuracy_names.py) covers the edit; wrong = a safe fix there that does not give back the article
the untouched text fixes to. Figures by edit, by position, and by whether the word is in the
gazetteer and printed elsewhere in the article.
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

from accuracy_names import RULES, covering, is_unknown
from corpus import check, corpus_or_exit, fix, sample, split

from newslint.core.diagnostics import Applicability
from newslint.spelling.names import shipped_gazetteer

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# A capitalised word of four letters or more inside a sentence: after a lower-case word or a comma.
INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}(?![\w'’-])")


def edit(word: str, rng: random.Random) -> tuple[str, int, str]:
    """One random edit of the word: its kind, its place and the result (title case when the edit
    touches the first two letters)."""
    kind = rng.choice(("lose", "add", "change", "swap"))
    i = rng.randrange(len(word))
    if kind == "lose":
        out = word[:i] + word[i + 1 :]
    elif kind == "add":
        out = word[:i] + rng.choice(LETTERS) + word[i:]
    elif kind == "change":
        out = word[:i] + rng.choice(LETTERS.replace(word[i].lower(), "")) + word[i + 1 :]
    else:
        i = min(i, len(word) - 2)
        out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if i <= 1:
        out = out[:1].upper() + out[1:].lower()
    return kind, i, out


def run(files: list[Path], rng: random.Random, misses: int) -> None:
    parts = {w for name in shipped_gazetteer().targets.values() for w in name.casefold().split()}
    counts: Counter[tuple[str, ...]] = Counter()
    shown: list[str] = []
    wrong = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        spots = list(INSIDE.finditer(text))
        if not spots:
            continue
        spot = rng.choice(spots)
        word = spot.group()
        kind, i, slip = edit(word, rng)
        if slip == word or len(slip) < 3 or not is_unknown(slip):
            continue  # a real word or name: no checker can tell from the word alone
        again = len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text)) > 1
        place = "first letter" if i == 0 else "last letter" if i >= len(word) - 1 else "inside"
        where = ("gazetteer" if word.casefold() in parts else "no gazetteer") + (
            ", printed again" if again else ", printed once")
        changed = text[: spot.start()] + slip + text[spot.end() :]
        hits = covering(check(changed, RULES), spot.start(), spot.start() + len(slip))
        for key in (("all",), ("edit", kind), ("place", place), ("word", where)):
            counts[(*key, "n")] += 1
            counts[(*key, "found")] += bool(hits)
        if not hits and len(shown) < misses:
            shown.append(f"   miss ({kind}, {place}, {where}): {word!r} -> {slip!r} | "
                         + changed[max(0, spot.start() - 40) : spot.start() + len(slip) + 20].replace("\n", " "))
        safe = any(d.fix is not None and d.fix.applicability is Applicability.SAFE for d in hits)
        if safe and fix(changed, RULES) != fix(text, RULES):
            wrong += 1
            shown.append(f"   wrong safe fix: {word!r} -> {slip!r}: {hits[0].message}")
    groups = sorted({key[:-1] for key in counts})
    for group in groups:
        n = counts[(*group, "n")]
        found = counts[(*group, "found")]
        print(f"{' / '.join(group):36} {found:>5}/{n:<5} {found / max(1, n):6.1%}")
    print(f"wrong safe fixes: {wrong}")
    print("\n".join(shown))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", default="test", choices=("tune", "test", "all"))
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument(
        "--dir", action="append", type=Path, default=[],
        help="a folder of .txt stories (its articles/ too) instead of Reuters and BBC; repeatable: "
        "scraped copy with its own names, not the archive's",
    )
    args = parser.parse_args()
    half = None if args.half == "all" else args.half  # the folders of --dir split by file number too
    if args.dir:
        folders = [d / "articles" if (d / "articles").is_dir() else d for d in args.dir]
        found = [path for folder in folders for path in sorted(folder.glob("*.txt"))]
        files = sample(split(found, half), args.articles, args.seed)
        where = ",".join(str(d) for d in args.dir) if len(args.dir) <= 3 else f"{len(args.dir)} folders"
        print(f"half={args.half} articles={len(files)} seed={args.seed} folders={where}")
    else:
        files = sample(split(corpus_or_exit("reuters", "bbc"), half), args.articles, args.seed)
        print(f"half={args.half} articles={len(files)} seed={args.seed} folders=reuters,bbc")
    run(files, random.Random(args.seed), args.misses)


if __name__ == "__main__":
    main()
