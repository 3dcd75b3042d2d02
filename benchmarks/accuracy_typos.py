"""Accuracy and speed of the typo rules (NL101 misspelled-name, NL102 misspelling, NL301
name-consistency) on the shared corpus. Skips (exit 0) when ../shared/corpus is absent.

    .venv/bin/python benchmarks/accuracy_typos.py [--articles 1000] [--sample 50] [--seed 1]

1. Injected names: in real Reuters and BBC articles, one occurrence of a name the gazetteer
   knows (a country, US state, big city, month, weekday, organisation or company of 6+
   letters) gets one typing slip: a dropped, doubled, swapped or neighbouring-key letter.
   Slips that happen to make a real word or another known name are not injected (no checker
   can tell them from the intended word). Recall = a typo finding covers the slip; restored =
   the safe fixes turn the article into exactly what they make of the untouched article
   (so fixes of the corpus's own errors elsewhere in it do not count against the slip).
2. Injected misspellings: one lower-case word of the article is replaced by a misspelling of
   it taken from the shipped list (the word must be that entry's only correction).
3. False alarms: typo findings on the untouched articles, per 1,000 articles, with a random
   sample printed for reading by eye (the corpus has real errors; count those separately).
4. Speed: MB/s of the three rules together over ../shared/corpus/reuters, CPU time, one core.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from corpus import check, corpus_or_exit, fix, iter_texts, sample

from newslint.formats import read_document
from newslint.rules.nl101_misspelled_name import MisspelledName
from newslint.rules.nl102_misspelling import Misspelling
from newslint.rules.nl301_name_consistency import NameConsistency
from newslint.spelling import dictionary
from newslint.spelling.lexicon import frequencies
from newslint.spelling.misspellings import misspellings
from newslint.spelling.names import shipped_gazetteer
from newslint.spelling.scan import text_words

RULES = [MisspelledName(), Misspelling(), NameConsistency()]
# Shorter names are too crowded to guess at (see allowed_distance in spelling/index.py): a
# slip in "Spain" may be "span" or "spin", and one in a 5-letter name leaves 4 letters.
MIN_NAME = 6
KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours(c: str) -> str:
    for row in KEYBOARD:
        i = row.find(c.lower())
        if i != -1:
            return row[max(0, i - 1) : i] + row[i + 1 : i + 2]
    return ""


def slip(word: str, rng: random.Random) -> str:
    """One typing slip inside the word (never its first letter)."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(["drop", "double", "swap", "key"])
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    keys = neighbours(word[i])
    if not keys:
        return word[:i] + word[i + 1 :]
    c = rng.choice(keys)
    return word[:i] + (c.upper() if word[i].isupper() else c) + word[i + 1 :]


def injectable_names() -> list[str]:
    gazetteer = shipped_gazetteer()
    return sorted(
        n for n in gazetteer.targets.values()
        if len(n) >= MIN_NAME and " " not in n and n[:1].isupper() and n.isascii() and n.isalpha()
    )


def name_sites(text: str, names: list[str]) -> list[tuple[int, str]]:
    import regex

    pattern = regex.compile(r"(?<![\w-])(?:" + "|".join(map(regex.escape, names)) + r")(?![\w-])")
    return [(m.start(), m.group()) for m in pattern.finditer(text)]


def is_detectable(wrong: str) -> bool:
    folded = wrong.casefold()
    return not (
        folded in dictionary()
        or folded in shipped_gazetteer().known
        or frequencies().get(folded, 0) >= 30
        or folded in misspellings()
    )


def finds(text: str, start: int, end: int) -> bool:
    found = check(text, RULES)
    return any(d.category == "typo" and d.start < end and start < d.end for d in found)


@dataclass
class Tally:
    """Injected slips: how many the rules find, and how many the safe fix undoes exactly."""

    cases: int = 0
    found: int = 0
    restored: int = 0
    missed: list[str] = field(default_factory=list)

    def inject(self, text: str, start: int, right: str, wrong: str) -> None:
        changed = text[:start] + wrong + text[start + len(right) :]
        self.cases += 1
        if finds(changed, start, start + len(wrong)):
            self.found += 1
            if fix(changed, RULES) == fix(text, RULES):
                self.restored += 1
        else:
            self.missed.append(f"{right}->{wrong}")

    def report(self, kind: str) -> None:
        cases = max(self.cases, 1)
        print(f"{kind}: {self.cases} injected, found {self.found} ({100 * self.found / cases:.1f}%), "
              f"fix restores original {self.restored} ({100 * self.restored / cases:.1f}%)")
        if self.missed:
            print("  missed (first 15):", ", ".join(self.missed[:15]))


def inject_names(files: list[Path], rng: random.Random) -> None:
    names = injectable_names()
    tally = Tally()
    for _path, text in iter_texts(files):
        body = text.split("\n", 1)[1] if "\n" in text else text
        offset = len(text) - len(body)
        sites = name_sites(body, names)
        if not sites:
            continue
        start, name = rng.choice(sites)
        start += offset
        for _ in range(5):
            wrong = slip(name, rng)
            if is_detectable(wrong):
                break
        else:
            continue
        tally.inject(text, start, name, wrong)
    tally.report("names")


def inject_misspellings(files: list[Path], rng: random.Random) -> None:
    import regex

    by_fix: dict[str, list[str]] = {}
    for wrong, fixes in misspellings().items():
        if len(fixes) == 1 and fixes[0].islower() and fixes[0].isalpha():
            by_fix.setdefault(fixes[0], []).append(wrong)
    tally = Tally()
    for _path, text in iter_texts(files):
        words = text_words(text).lower_hits(frozenset(by_fix)) if text.isascii() else set()
        candidates = sorted(w for w in words if len(w) >= 4)
        if not candidates:
            continue
        word = rng.choice(candidates)
        sites = [m.start() for m in regex.finditer(rf"(?<![\w'-]){word}(?![\w'-])", text)]
        if not sites:
            continue
        start = rng.choice(sites)
        wrong = rng.choice(by_fix[word])
        tally.inject(text, start, word, wrong)
    tally.report("misspellings")


def false_alarms(files: list[Path], rng: random.Random, show: int) -> None:
    per_rule: Counter[str] = Counter()
    findings: list[str] = []
    for path, text in iter_texts(files):
        for d in check(text, RULES):
            if d.category != "typo":
                continue
            per_rule[d.code] += 1
            context = text[max(0, d.start - 50) : d.end + 50].replace("\n", " ")
            findings.append(f"{path.parent.name}/{path.name} {d.code} {d.message}\n      …{context}…")
    total = sum(per_rule.values())
    print(f"untouched: {len(files)} articles, {total} typo findings "
          f"({1000 * total / len(files):.1f} per 1,000 articles) {dict(sorted(per_rule.items()))}")
    print(f"  random sample of {min(show, len(findings))} findings to read by eye:")
    for line in rng.sample(findings, min(show, len(findings))):
        print("  " + line)


def speed() -> None:
    docs = [read_document(text, str(path)) for path, text in iter_texts(corpus_or_exit("reuters"))]
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    for rule in RULES:
        list(rule.check(docs[0]))  # load the data once, as a process does
    best = float("inf")
    for _ in range(3):
        begin = time.process_time()
        for doc in docs:
            for rule in RULES:
                list(rule.check(doc))
        best = min(best, time.process_time() - begin)
    print(f"speed: {size / 1e6:.1f} MB in {best:.2f} s CPU = {size / best / 1e6:.1f} MB/s "
          "(NL101+NL102+NL301, one core, Reuters)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles per injection run")
    parser.add_argument("--sample", type=int, default=50, help="false alarms to print")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    files = corpus_or_exit("reuters", "bbc")
    rng = random.Random(args.seed)
    chosen = sample(files, args.articles, args.seed)
    inject_names(chosen, rng)
    inject_misspellings(chosen, rng)
    false_alarms(files, rng, args.sample)
    if not args.skip_speed:
        speed()


if __name__ == "__main__":
    sys.exit(main())
