"""Accuracy of the word rules (NL102 misspelling, NL105 likely-misspelling, NL201 doubled-word)
on the shared corpus, with error generators of their own. Skips (exit 0) when ../shared/corpus
is absent.

    .venv/bin/python benchmarks/accuracy_words.py [--half test] [--articles 1000] [--sample 40]

The generators differ from accuracy_typos.py's (dropped, doubled, swapped or same-row key):

- keyboard: a letter replaced by one that touches it on a QWERTY keyboard, in any direction
  (the rows above and below too), at any position but the first;
- transpose: two neighbouring letters swapped, the last two included;
- double-drop: a doubled letter made single ("comittee") or a single one tripled/doubled
  after a vowel;
- vowel: one vowel replaced by another ("independant", "seperate");
- phonetic: a spelling that sounds the same (ph/f, c/k, ie/ei, -ance/-ence, -able/-ible,
  -tion/-sion, a silent letter dropped).

1. Misspellings: in real articles of the chosen half, one lower-case body word (a dictionary
   word of 5+ letters, used at least once per million words) gets one slip; slips that make
   a known word are not injected (no spell checker can tell them). Recall = a typo finding
   covers the slip. Restored = the safe fixes turn the article into exactly what they make
   of the untouched article (an article whose slip is only reported, while another word of it
   is fixed, counts as not restored). Wrong safe = the slip's own safe fix writes another word
   than the one slipped from ("thred" -> "thread" for "three").
2. Doubled words: one body word is printed twice ("the the", "British British"); pairs the
   rule allows by design ("that that") are not injected. Recall = an NL201 finding on the
   second copy; restored as above. A second generator doubles any body word, a rare
   capitalised one (a name) too, which the first leaves out: rows "doubled-any" (the word in
   small letters) and "doubled-cap" (capitalised).
   Row "opener": a sentence's first word (a frequent dictionary word no names list holds) gets
   one slip of the five generators and keeps its capital ("Efforst to protect"); the capitalised
   words' rule NL106 joins the typo rules for it. Its own random draws.
3. Untouched: typo and doubled-word findings per 1,000 untouched articles of the half (every
   article), with a random sample printed for reading by eye.
4. CPU seconds of NL102, NL105 and NL201 over that half, one core.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter

from corpus import check, corpus_or_exit, fix, iter_texts, rules, sample, split

from newslint.core.diagnostics import Applicability
from newslint.core.linter import lint
from newslint.formats import read_document
from newslint.spelling.lookup import DOUBTFUL, KNOWN_WORDS, NAME, PERSON, PROPER, ZIPFS, compiled

TYPO_RULES = rules(["NL101", "NL102", "NL105", "NL301"])
DOUBLE_RULES = rules(["NL201"])
KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
VOWELS = "aeiou"
PHONETIC = [
    ("ph", "f"), ("f", "ph"), ("ck", "k"), ("c", "k"), ("ie", "ei"), ("ei", "ie"),
    ("ance", "ence"), ("ence", "ance"), ("able", "ible"), ("ible", "able"), ("tion", "sion"),
    ("ght", "t"), ("wr", "r"), ("mb", "m"), ("sc", "s"), ("ous", "us"), ("ary", "ery"),
]
_BODY_WORD = re.compile(r"(?<=[ (])[a-z]{5,}(?=[ ,.;:)])")
_ANY_WORD = re.compile(r"(?<= )[A-Za-z]{2,}(?= [a-z])")
_EVERY_WORD = re.compile(r"(?<= )[A-Za-z]{2,}(?= )")  # whatever follows the space
# A sentence's first word, capitalised by grammar alone: after a full stop and one or two spaces,
# or opening a paragraph.
_OPENER = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?]  )|(?<=\n\n)|(?<=\n    ))[A-Z][a-z]{4,}(?= [a-z])")
# The capitalised words' rule joins the lower-case ones for sentence openers.
OPENER_RULES = rules(["NL101", "NL102", "NL105", "NL106", "NL301"])


def touching(c: str) -> str:
    """The keys around `c` on a QWERTY keyboard: same row and the rows above and below."""
    for r, row in enumerate(KEYBOARD):
        i = row.find(c)
        if i == -1:
            continue
        keys = row[max(0, i - 1) : i] + row[i + 1 : i + 2]
        for other in (r - 1, r + 1):
            if 0 <= other < len(KEYBOARD):
                keys += KEYBOARD[other][max(0, i - 1) : i + 1]
        return keys
    return ""


def keyboard(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(1, len(word))
    keys = touching(word[i])
    return word[:i] + rng.choice(keys) + word[i + 1 :] if keys else None


def transpose(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(1, len(word) - 1)
    if word[i] == word[i + 1]:
        return None
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def double_drop(word: str, rng: random.Random) -> str | None:
    doubles = [i for i in range(1, len(word) - 1) if word[i] == word[i + 1]]
    if doubles and rng.random() < 0.7:
        i = rng.choice(doubles)
        return word[:i] + word[i + 1 :]
    singles = [i for i in range(2, len(word)) if word[i - 1] in VOWELS and word[i] not in VOWELS]
    if not singles:
        return None
    i = rng.choice(singles)
    return word[:i] + word[i] + word[i:]


def vowel(word: str, rng: random.Random) -> str | None:
    spots = [i for i in range(1, len(word)) if word[i] in VOWELS]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + rng.choice([v for v in VOWELS if v != word[i]]) + word[i + 1 :]


def phonetic(word: str, rng: random.Random) -> str | None:
    options = [(a, b) for a, b in PHONETIC if a in word[1:]]
    if not options:
        return None
    a, b = rng.choice(options)
    at = word.find(a, 1)
    return word[:at] + b + word[at + len(a) :]


GENERATORS = {
    "keyboard": keyboard, "transpose": transpose, "double-drop": double_drop,
    "vowel": vowel, "phonetic": phonetic,
}


def body_start(text: str) -> int:
    """After the headline: the first blank line."""
    at = text.find("\n\n")
    return 0 if at == -1 else at + 2


def inject_misspelling(text: str, kind: str, rng: random.Random) -> tuple[str, int, int] | None:
    words = [
        m for m in _BODY_WORD.finditer(text, body_start(text))
        if ZIPFS.get(m.group()) >= 30 and m.group() in KNOWN_WORDS
    ]
    rng.shuffle(words)
    for m in words[:10]:
        slipped = GENERATORS[kind](m.group(), rng)
        if not slipped or slipped == m.group() or slipped in KNOWN_WORDS or ZIPFS.get(slipped) >= 30:
            continue
        return text[: m.start()] + slipped + text[m.end() :], m.start(), m.start() + len(slipped)
    return None


def inject_double(text: str, rng: random.Random, allowed: frozenset[str]) -> tuple[str, int, int] | None:
    words = list(_ANY_WORD.finditer(text, body_start(text)))
    rng.shuffle(words)
    for m in words[:10]:
        w = m.group()
        if f"{w.lower()} {w.lower()}" in allowed:
            continue
        # Capitalised words are doubled only when they are common words ("British"), as a
        # slip of editing would; a doubled name is what NL201 leaves alone by design.
        if w[:1].isupper() and ZIPFS.get(w.lower()) < 40:
            continue
        return text[: m.end()] + " " + w + text[m.end() :], m.end() + 1, m.end() + 1 + len(w)
    return None


def inject_double_any(text: str, rng: random.Random, allowed: frozenset[str]) -> tuple[str, int, int] | None:
    """Any body word printed twice, a name's too ("Volcker Volcker", "March March 4"): a generator
    that does not share NL201's view of which capitalised doubles are names."""
    words = list(_EVERY_WORD.finditer(text, body_start(text)))
    rng.shuffle(words)
    for m in words[:10]:
        w = m.group()
        if f"{w.lower()} {w.lower()}" not in allowed:
            return text[: m.end()] + " " + w + text[m.end() :], m.end() + 1, m.end() + 1 + len(w)
    return None


def inject_opener(text: str, rng: random.Random) -> tuple[str, int, int] | None:
    """A slip in a sentence's first word ("Efforst to protect ..."): a frequent dictionary word
    that no names list holds, slipped by one of the generators above and capitalised again."""
    words = [
        m for m in _OPENER.finditer(text, body_start(text))
        if (low := m.group().lower()) in KNOWN_WORDS and ZIPFS.get(low) >= 30
        and not compiled().code(low) & (NAME | PROPER | PERSON | DOUBTFUL)
    ]
    rng.shuffle(words)
    for m in words[:10]:
        low = m.group().lower()
        slipped = GENERATORS[rng.choice(list(GENERATORS))](low, rng)
        if not slipped or slipped == low or compiled().code(slipped) & 255 or ZIPFS.get(slipped) >= 30:
            continue  # a word or a name of some list: no checker can tell
        slipped = slipped.capitalize()
        return text[: m.start()] + slipped + text[m.end() :], m.start(), m.start() + len(slipped)
    return None


def covered(found: list, start: int, end: int, category: str) -> bool:
    return any(d.category == category and d.start < end and start < d.end for d in found)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", default="test", choices=["tune", "test"])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = split(corpus_or_exit("reuters", "bbc"), args.half)
    rng = random.Random(args.seed)
    from newslint.rules.nl201_doubled_word import _lists

    allowed = _lists()[0]

    # 1 and 2: injected errors.
    found_by: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    restored: Counter[str] = Counter()
    safe_fixed: Counter[str] = Counter()
    missed: list[str] = []
    wrong: Counter[str] = Counter()
    wrong_shown: list[str] = []
    any_rng = random.Random(args.seed + 1)  # its own: the other rows' draws stay as they were
    opener_rng = random.Random(args.seed + 2)  # and so on
    for path, text in iter_texts(sample(files, args.articles, args.seed)):
        clean_typo = fix(text, TYPO_RULES)
        for kind in GENERATORS:
            made = inject_misspelling(text, kind, rng)
            if made is None:
                continue
            slipped, start, end = made
            original = text[start : end + len(text) - len(slipped)]
            tried[kind] += 1
            found = check(slipped, TYPO_RULES)
            if covered(found, start, end, "typo"):
                found_by[kind] += 1
            elif len(missed) < args.sample:
                missed.append(f"{kind}: {slipped[start:end]!r} in {path.name}")
            # The slip's own safe fix, when it writes another word than the one slipped from.
            own = [d.fix.edits[0].content + f" [{d.code}]" for d in found if d.start == start and d.end == end and d.fix
                   and d.fix.applicability == Applicability.SAFE and len(d.fix.edits) == 1]
            if own and own[0].split(" [")[0] != original:
                wrong[kind] += 1
                if len(wrong_shown) < args.sample:
                    wrong_shown.append(f"{kind}: {original!r} -> {slipped[start:end]!r} -> {own[0]!r} in {path.name}")
            if fix(slipped, TYPO_RULES) != slipped:
                safe_fixed[kind] += 1
                restored[kind] += fix(slipped, TYPO_RULES) == clean_typo
        made = inject_opener(text, opener_rng)
        if made is not None:
            slipped, start, end = made
            tried["opener"] += 1
            if covered(check(slipped, OPENER_RULES), start, end, "typo"):
                found_by["opener"] += 1
            elif len(missed) < 2 * args.sample:
                missed.append(f"opener: {slipped[start:end]!r} in {path.name}")
            fixed = fix(slipped, OPENER_RULES)
            if fixed != slipped:
                safe_fixed["opener"] += 1
                restored["opener"] += fixed == fix(text, OPENER_RULES)
        made = inject_double(text, rng, allowed)
        if made is not None:
            doubled, start, end = made
            tried["doubled"] += 1
            if covered(check(doubled, DOUBLE_RULES), start, end, "doubled-word"):
                found_by["doubled"] += 1
            fixed = fix(doubled, DOUBLE_RULES)
            if fixed != doubled:
                safe_fixed["doubled"] += 1
                restored["doubled"] += fixed == fix(text, DOUBLE_RULES)

        made = inject_double_any(text, any_rng, allowed)
        if made is not None:
            doubled, start, end = made
            kind = "doubled-any" if doubled[start].islower() else "doubled-cap"
            tried[kind] += 1
            found_by[kind] += covered(check(doubled, DOUBLE_RULES), start, end, "doubled-word")
            fixed = fix(doubled, DOUBLE_RULES)
            if fixed != doubled:
                safe_fixed[kind] += 1
                restored[kind] += fixed == fix(text, DOUBLE_RULES)

    print(f"Injected errors in {args.articles} articles of the {args.half} half (seed {args.seed})")
    print(f"{'kind':<12} {'tried':>6} {'found':>8} {'safe-fixed':>11} {'restored':>9} {'wrong safe':>11}")
    for kind in [*GENERATORS, "opener", "doubled", "doubled-any", "doubled-cap"]:
        n = tried[kind]
        if n:
            print(f"{kind:<12} {n:>6} {found_by[kind] / n:>8.1%} {safe_fixed[kind]:>11} "
                  f"{restored[kind] / max(1, safe_fixed[kind]):>9.1%} {wrong[kind]:>11}")
    spelling = sum(tried[k] for k in GENERATORS)
    print(f"misspellings overall: {sum(found_by[k] for k in GENERATORS) / spelling:.1%} found, "
          f"{sum(restored[k] for k in GENERATORS) / max(1, sum(safe_fixed[k] for k in GENERATORS)):.1%}"
          " of safe fixes restore the text exactly")
    print("missed (first few):", *missed[: 2 * args.sample], sep="\n  ")
    print(f"wrong safe fixes of the slip itself: {sum(wrong.values())} of {spelling} slips", *wrong_shown, sep="\n  ")

    # 3 and 4: untouched articles, CPU seconds per rule.
    per_rule: Counter[str] = Counter()
    cpu: Counter[str] = Counter()
    findings: list[str] = []
    timed = {code: rules([code]) for code in ("NL102", "NL105", "NL201")}
    everything = rules(["NL101", "NL102", "NL105", "NL301", "NL201"])
    for path, text in iter_texts(files):
        doc = read_document(text, str(path))
        for code, rule_set in timed.items():  # NL102 first pays for the shared word scan
            began = time.process_time()
            lint(doc, rule_set)
            cpu[code] += time.process_time() - began
        for d in check(text, everything, str(path)):
            per_rule[d.code] += 1
            applies = d.fix.applicability.value if d.fix else "none"
            findings.append(
                f"{path.parent.name}/{path.name} {d.code} {applies}: {d.message} | "
                f"{text[max(0, d.start - 35) : d.end + 25]!r}"
            )
    n = len(files)
    print(f"\nUntouched {args.half} half: {n} articles (Reuters + BBC)")
    for code in sorted(per_rule):
        print(f"  {code}: {per_rule[code]} findings, {per_rule[code] * 1000 / n:.1f} per 1,000 articles")
    print("CPU seconds over the half, one core:", ", ".join(f"{c} {s:.2f}" for c, s in sorted(cpu.items())))
    print(f"\nRandom sample of {args.sample} untouched findings, to read by eye:")
    for line in random.Random(args.seed).sample(findings, min(args.sample, len(findings))):
        print("  " + line)


if __name__ == "__main__":
    main()
