"""Names an editor can trust: misspelled names found, real names left alone (NL101, NL106, NL301).

    .venv/bin/pip install faker            # the negative set's names (benchmark only)
    .venv/bin/python benchmarks/accuracy_names.py [--half test] [--articles 2000] [--seed 7]
        [--show 100] [--show-safe 50] [--rare-names]

Skips (exit 0) when ../shared/corpus is absent. Articles are Reuters and BBC files of one half
(`corpus.split`: tune on "tune", report "test"). Its generators differ from
accuracy_typos.py's (one random inner slip in a 6+ letter name):

1. Injected name slips, by kind: `short` (a 4-5 letter name loses or mistypes a letter:
   "Gana"), `suffix` (the name before "'s" or as a plural gets a doubled last letter or loses
   its apostrophe: "Japann's", "Brazils"), `part` (a vowel of one word of a multi-word name:
   "Costa Raca"), `ends` (two letters swapped near either end of a 7+ letter name:
   "Cnicinnati", "Miaim"), `vowel` (one vowel for another in a 6+ letter one-word name); since
   session 13 also `sound` (a 6+ letter name misspelled by ear: a consonant doubled or single,
   "ph"/"f", "c"/"k", "s"/"z", "ie"/"ei") and `realword` (a word of a multi-word name replaced by
   another listed word one edit away, the first letter kept: "Unites States"; the only kind whose
   slips are real words).
   Found = an NL101/NL102/NL106/NL301 finding covers the slip; restored = the safe fixes make of the
   article exactly what they make of the untouched one; wrong = a safe fix there that does not.
2. In-article variants (NL301's job, no gazetteer): a capitalised word the article prints 2+
   times, in no word or name list, loses its last or an inner letter once ("Norand").
3. Negative set: real given names and surnames of many countries from Faker's person
   providers (Latin script), which newslint does not ship, put into real sentences of the
   half in a person's slot (the given name or surname of "<Given> <Surname> said", or after
   "Mr"/"Ms"). Flagged = any typo finding of these rules on the inserted name; safe = a safe fix of it.
   `--rare-names` adds names-dataset names rarer than the shipped cut (rank 5,001-50,000).
4. Untouched articles: findings and safe fixes per 1,000 articles; --show/--show-safe print
   random findings and safe fixes for reading by eye.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

from corpus import check, corpus_or_exit, fix, split

from newslint.core.diagnostics import Applicability
from newslint.rules.nl101_misspelled_name import MisspelledName
from newslint.rules.nl102_misspelling import Misspelling
from newslint.rules.nl106_capitalised_misspelling import CapitalisedMisspelling
from newslint.rules.nl107_real_word_slip import RealWordSlip
from newslint.rules.nl112_romanised_name import RomanisedName
from newslint.rules.nl301_name_consistency import NameConsistency
from newslint.spelling.index import edits1
from newslint.spelling.lookup import GIVEN, KNOWN, PERSON, compiled
from newslint.spelling.names import shipped_gazetteer

# NL102 too: a listed misspelling of a name ("Januray") is its finding, and a real name it
# flags counts against the negative set like any other typo finding; NL106 likewise for a
# capitalised word of a name typed with a slip ("Football Associaton"); NL107 for a part of a
# name typed as another real word ("Unites States").
RULES = [MisspelledName(), Misspelling(), CapitalisedMisspelling(), RealWordSlip(), NameConsistency(), RomanisedName()]
KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
MISSES = 0  # missed slips printed per kind (--misses)
KINDS = ("short", "suffix", "part", "ends", "vowel", "sound", "realword")
VOWELS = "aeiou"
CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![\w-])")
PERSON_SLOT = re.compile(r"(?<![\w-])([A-Z][a-z]{2,}) ([A-Z][a-z]{2,}) (?:said|told|says|added)\b")
TITLE_SLOT = re.compile(r"\b(?:Mr|Ms|Mrs)\.? ([A-Z][a-z]{2,})\b")


def key_neighbour(c: str, rng: random.Random) -> str:
    for row in KEYBOARD:
        i = row.find(c)
        if i != -1:
            return rng.choice(row[max(0, i - 1) : i] + row[i + 1 : i + 2])
    return c


def is_unknown(word: str) -> bool:
    """A slip newslint could tell from a real word: no word, name or frequency anywhere."""
    code = compiled().code(word.casefold())
    return not code & (KNOWN | PERSON) and code >> 8 == 0


def gazetteer_sets() -> tuple[set[str], set[str]]:
    """Printed one-word targets, and printed parts of multi-word targets; names that are also
    common given names ("Charles", "Taylor") are left out: in a person's slot newslint never
    corrects them, by design, and elsewhere they are NL301's to judge."""
    single, parts = set(), set()
    for printed in shipped_gazetteer().targets.values():
        if compiled().code(printed.casefold()) & GIVEN:
            continue
        words = printed.split()
        if len(words) == 1 and printed.isalpha():
            single.add(printed)
        elif len(words) > 1:
            parts.update(w for w in words if w.isalpha() and len(w) >= 4 and w[0].isupper())
    return single, parts


def make_slip(kind: str, word: str, rng: random.Random) -> str | None:
    if kind == "short":
        i = rng.randrange(1, len(word))
        return word[:i] + word[i + 1 :] if rng.random() < 0.5 else (
            word[:i] + key_neighbour(word[i], rng) + word[i + 1 :]
        )
    if kind == "ends":
        i = rng.choice([1, 2, len(word) - 3, len(word) - 2])
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "sound":
        # How a writer who knows the name by ear misspells it: a consonant doubled or single
        # ("Phillippines", "Philipines"), "ph"/"f", "c"/"k", "s"/"z", "ie"/"ei" swapped.
        options = [word[:i] + word[i] + word[i:] for i in range(2, len(word) - 1)
                   if word[i] not in VOWELS and word[i - 1] != word[i] != word[i + 1]]
        options += [word[:i] + word[i + 1 :] for i in range(2, len(word) - 1) if word[i] == word[i - 1]]
        for a, b in (("ph", "f"), ("f", "ph"), ("c", "k"), ("k", "c"), ("s", "z"), ("z", "s"),
                     ("ie", "ei"), ("ei", "ie")):
            at = word.find(a, 1)
            if at != -1:
                options.append(word[:at] + b + word[at + len(a) :])
        return rng.choice(options) if options else None
    if kind == "realword":
        # Another word of the lists one edit away, the first letter kept ("Costa Raca").
        lower = word.lower()
        known = sorted(e for e in edits1(lower) if e[0] == lower[0] and compiled().code(e) & KNOWN)
        return word[0] + rng.choice(known)[1:] if known else None
    if kind in ("part", "vowel"):
        spots = [i for i, c in enumerate(word) if i and c in VOWELS]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + rng.choice([v for v in VOWELS if v != word[i]]) + word[i + 1 :]
    return None


def sites(text: str, kind: str, single: set[str], parts: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, replacement) candidates of one kind in the text."""
    out = []
    if kind == "suffix":
        for m in re.finditer(r"(?<![\w-])([A-Z][a-z]{3,})'s\b", text):
            if m.group(1) in single:
                name = m.group(1)
                out.append((m.start(), m.end(), name + name[-1] + "'s"))
                out.append((m.start(), m.end(), name + "s"))
        return out
    for m in CAPITALISED.finditer(text):
        word = m.group()
        if kind == "short" and word in single and 4 <= len(word) <= 5:
            out.append((m.start(), m.end(), word))
        elif kind == "ends" and word in single and len(word) >= 7:
            out.append((m.start(), m.end(), word))
        elif kind in ("vowel", "sound") and word in single and len(word) >= 6:
            out.append((m.start(), m.end(), word))
        elif kind in ("part", "realword") and word in parts and " " in text[max(0, m.start() - 1) : m.end() + 1]:
            out.append((m.start(), m.end(), word))
    return out


def covering(findings, start: int, end: int) -> list:
    return [d for d in findings if d.start < end and d.end > start]


def inject(files: list[Path], rng: random.Random) -> None:
    single, parts = gazetteer_sets()
    print("\n1. injected name slips (NL101 + NL102 + NL106 + NL107 + NL301)")
    print(f"{'kind':8} {'n':>5} {'found':>7} {'restored':>9} {'wrong safe':>10}")
    wrongs: list[str] = []
    total: Counter[str] = Counter()
    misses: dict[str, list[str]] = {k: [] for k in KINDS}
    for kind in KINDS:
        counts = Counter()
        for path in files:
            text = path.read_text(encoding="utf-8")
            found_sites = sites(text, kind, single, parts)
            if not found_sites:
                continue
            start, end, word = rng.choice(found_sites)
            wrong = word if kind == "suffix" else make_slip(kind, word, rng)
            if wrong is None or wrong == text[start:end]:
                continue
            core = re.sub(r"'s$", "", wrong)
            if kind != "realword" and not is_unknown(core):
                continue  # a real word or name: no checker can tell from the word alone
            changed = text[:start] + wrong + text[end:]
            span_end = start + len(wrong)
            counts["n"] += 1
            hits = covering(check(changed, RULES), start, span_end)
            if hits:
                counts["found"] += 1
            elif len(misses[kind]) < MISSES:
                lo = max(0, start - 50)
                misses[kind].append(f"   {kind} miss: {text[start:end]!r} -> {wrong!r} | "
                                    + changed[lo : span_end + 30].replace("\n", " "))
            if any(d.fix is not None and d.fix.applicability is Applicability.SAFE for d in hits):
                if fix(changed, RULES) == fix(text, RULES):
                    counts["restored"] += 1
                else:
                    counts["wrong"] += 1
                    wrongs.append(f"   {kind}: {text[start:end]!r} -> {wrong!r}: {hits[0].message}")
        n = counts["n"] or 1
        print(f"{kind:8} {counts['n']:>5} {counts['found'] / n:>7.1%} "
              f"{counts['restored'] / n:>9.1%} {counts['wrong']:>10}")
        total["n"] += counts["n"]
        total["found"] += counts["found"]
    print(f"all slips: {total['found']}/{total['n']} found ({total['found'] / max(1, total['n']):.1%})")
    print("\n".join(wrongs))
    for rows in misses.values():
        print("\n".join(rows))


def variants(files: list[Path], rng: random.Random) -> None:
    counts = Counter()
    shown: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        words = Counter(m.group() for m in CAPITALISED.finditer(text))
        repeated = [w for w, c in words.items() if c >= 2 and len(w) >= 5 and is_unknown(w)]
        if not repeated:
            continue
        word = rng.choice(sorted(repeated))
        spots = [m.start() for m in re.finditer(rf"(?<![\w'’-]){word}(?![\w-])", text)]
        at = rng.choice(spots)
        i = len(word) - 1 if rng.random() < 0.5 else rng.randrange(1, len(word) - 1)
        wrong = word[:i] + word[i + 1 :]
        if not is_unknown(wrong):
            continue
        changed = text[:at] + wrong + text[at + len(word) :]
        counts["n"] += 1
        hits = covering(check(changed, RULES), at, at + len(wrong))
        counts["found"] += bool(hits)
        context = changed[max(0, at - 50) : at + len(wrong) + 30].replace("\n", " ")
        if not hits and len(shown) < MISSES:
            shown.append(f"   variant miss: {word!r} -> {wrong!r} ({words[word]} prints) | {context}")
        if any(d.fix is not None and d.fix.applicability is Applicability.SAFE for d in hits):
            right = fix(changed, RULES) == fix(text, RULES)
            counts["restored" if right else "wrong"] += 1
            if not right:
                shown.append(f"   wrong safe fix: {word!r} -> {wrong!r}: {hits[0].message} | {context}")
    n = counts["n"] or 1
    print(f"\n2. in-article variants: n={counts['n']} found {counts['found'] / n:.1%} "
          f"restored {counts['restored'] / n:.1%} wrong safe fixes {counts['wrong']}")
    print("\n".join(shown))


def faker_names() -> tuple[list[str], list[str]]:
    try:
        import pkgutil

        import faker.providers.person as person
    except ImportError:
        print("skipped negative set: pip install faker", file=sys.stderr)
        return [], []
    given: set[str] = set()
    surnames: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        module = __import__(f"faker.providers.person.{info.name}", fromlist=["Provider"])
        provider = getattr(module, "Provider", None)
        for attr, bucket in (("first_names", given), ("last_names", surnames)):
            names = getattr(provider, attr, ())
            if not isinstance(names, (tuple, list, dict)):
                continue  # computed per call in some locales
            for name in names:
                if re.fullmatch(r"[A-Z][a-z]{3,}", name):
                    bucket.add(name)
    return sorted(given), sorted(surnames)


def rare_dataset_names() -> tuple[list[str], list[str]]:
    import gzip
    import pickle
    from importlib.util import find_spec

    spec = find_spec("names_dataset")
    if spec is None or spec.origin is None:
        return [], []
    out: list[list[str]] = []
    for kind in ("first_names", "last_names"):
        with gzip.open(Path(spec.origin).parent / "v3" / f"{kind}.pkl.gz") as handle:
            table = pickle.load(handle)
        kept = []
        for name, info in table.items():
            ranks = [r for r in (info.get("rank") or {}).values() if r is not None]
            if ranks and 5000 < min(ranks) <= 50_000 and re.fullmatch(r"[A-Z][a-z]{3,}", name):
                kept.append(name)
        del table
        out.append(sorted(kept))
    return out[0], out[1]


def negatives(files: list[Path], rng: random.Random, given: list[str], surnames: list[str],
              label: str, limit: int) -> None:
    if not given or not surnames:
        return
    slots = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for m in PERSON_SLOT.finditer(text):
            slots.append((path, m.start(1), m.end(1), "given"))
            slots.append((path, m.start(2), m.end(2), "surname"))
        for m in TITLE_SLOT.finditer(text):
            slots.append((path, m.start(1), m.end(1), "surname"))
    rng.shuffle(slots)
    counts = Counter()
    shown = []
    for path, start, end, kind in slots[:limit]:
        text = path.read_text(encoding="utf-8")
        name = rng.choice(given if kind == "given" else surnames)
        changed = text[:start] + name + text[end:]
        before = {(d.code, d.message) for d in check(text, RULES)}
        hits = [d for d in covering(check(changed, RULES), start, start + len(name))
                if (d.code, d.message) not in before]
        counts["n"] += 1
        if hits:
            counts["flagged"] += 1
            safe = any(d.fix is not None and d.fix.applicability is Applicability.SAFE for d in hits)
            counts["safe"] += safe
            if len(shown) < 15:
                shown.append(f"   {'SAFE ' if safe else ''}{hits[0].code} {hits[0].message}")
    n = counts["n"] or 1
    print(f"\n3. negative set ({label}; {len(given)} given names, {len(surnames)} surnames): "
          f"n={counts['n']} flagged {counts['flagged']} ({counts['flagged'] / n:.2%}), "
          f"safe fixes {counts['safe']}")
    print("\n".join(shown))


def untouched(files: list[Path], rng: random.Random, show: int, show_safe: int) -> None:
    findings, safe = [], []
    for path in files:
        text = path.read_text(encoding="utf-8")
        for d in check(text, RULES):
            line = text.count("\n", 0, d.start) + 1
            lo = text.rfind("\n", 0, d.start) + 1
            hi = text.find("\n", d.end)
            context = text[max(lo, d.start - 70) : min(hi if hi != -1 else len(text), d.end + 50)]
            row = f"{path.parent.name}/{path.name}:{line} {d.code} {d.message} | …{context}…"
            findings.append(row)
            if d.fix is not None and d.fix.applicability is Applicability.SAFE:
                safe.append(row)
    per = 1000 / max(1, len(files))
    print(f"\n4. untouched: {len(files)} articles, {len(findings)} findings "
          f"({len(findings) * per:.1f} per 1,000), {len(safe)} safe fixes ({len(safe) * per:.1f} per 1,000)")
    for title, rows, n in (("findings", findings, show), ("safe fixes", safe, show_safe)):
        if n:
            print(f"\n-- {min(n, len(rows))} random {title} for reading by eye")
            for row in rng.sample(rows, min(n, len(rows))):
                print(" ", row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", default="test", choices=["tune", "test", "all"])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--negatives", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--show-safe", type=int, default=0)
    parser.add_argument("--rare-names", action="store_true")
    parser.add_argument("--only", default="1234")
    parser.add_argument("--folders", default="reuters,bbc")
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    global MISSES
    MISSES = args.misses
    files = split(corpus_or_exit(*args.folders.split(",")), None if args.half == "all" else args.half)
    rng = random.Random(args.seed)
    chosen = sorted(rng.sample(files, min(args.articles, len(files))))
    print(f"half={args.half} articles={len(chosen)} seed={args.seed} folders={args.folders}")
    if "1" in args.only:
        inject(chosen, random.Random(args.seed))
    if "2" in args.only:
        variants(chosen, random.Random(args.seed))
    if "3" in args.only:
        given, surnames = faker_names()
        negatives(chosen, random.Random(args.seed), given, surnames, "Faker", args.negatives)
        if args.rare_names:
            given, surnames = rare_dataset_names()
            negatives(chosen, random.Random(args.seed), given, surnames,
                      "names-dataset ranks 5,001-50,000", args.negatives)
    if "4" in args.only:
        untouched(chosen, random.Random(args.seed), args.show, args.show_safe)


if __name__ == "__main__":
    main()
