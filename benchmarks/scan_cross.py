"""Cross-article checks (NL601-NL603) on planted defects and on the untouched archive.

    python benchmarks/scan_cross.py --half tune     # look at examples, tune thresholds here
    python benchmarks/scan_cross.py --half test     # report figures from here

The generator plants, into one half of the Reuters+BBC stories (in memory, nothing written):
  - re-filed stories: a copy with a new lead written here, a new headline and light edits
    (a word dropped, two words swapped, a figure changed);
  - reused paragraphs: a caption written here from story A's own names, printed under A and
    pasted under an unrelated story B; and paragraphs of A pasted into B;
  - misspelled names: a name that at least 20 stories print, misspelled by one edit
    (transposition, a dropped or doubled letter) in one or two of its stories.
Recall counts a plant found when the rule names the planted pair (or the misspelled form in
its story). On the untouched half, every pair reported is listed for reading by eye
(--show N); exact duplicates (identical files) are counted apart.

    python benchmarks/scan_cross.py --planted DIR   # score another generator's archive instead

reads DIR/stories/<folder>/*.txt and DIR/truth.jsonl (rows {"kind": "refile"|"move", "story",
"other"} or {"kind": "name", "story", "wrong", "right"}), as `plant_cross2.py` writes them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corpus import corpus_or_exit, split

from newslint.scan.archive import ArchiveOptions, cross_findings
from newslint.scan.features import extract, features

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
SOURCES = ("officials said", "a spokesman said", "people familiar with the matter said", "the company said")
LEADS = (
    "{topic} was in focus again on {day}, {source}, as the details set out below became known.",
    "Fresh details emerged on {day} about {topic}, {source}.",
    "{source_cap} on {day} that {topic} would be followed closely in the coming weeks.",
)
CAPTIONS = (
    "{a} and {b} shake hands after talks in {place} on {day}. Photo: staff photographer",
    "{a} speaks to reporters outside the offices of {b} in {place} on {day}. (Photo: file)",
    "Visitors pass a banner showing {a} and {b} at a meeting in {place} on {day}, the agency reported.",
)


def _paragraphs(text: str) -> tuple[str, list[str]]:
    head, _, body = text.partition("\n")
    return head, [p.strip() for p in re.split(r"\n[ \t]*\n", body) if p.strip()]


def _join(head: str, paragraphs: list[str]) -> str:
    return head + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _light_edits(paragraph: str, rng: random.Random) -> str:
    words = paragraph.split(" ")
    if len(words) < 8:
        return paragraph
    kind = rng.choice(("drop", "swap", "figure"))
    i = rng.randrange(1, len(words) - 2)
    if kind == "drop":
        del words[i]
    elif kind == "swap":
        words[i], words[i + 1] = words[i + 1], words[i]
    else:
        figures = [j for j, w in enumerate(words) if re.fullmatch(r"\d+(\.\d+)?", w)]
        if figures:
            j = rng.choice(figures)
            words[j] = str(int(float(words[j])) + rng.randint(1, 9))
        else:
            del words[i]
    return " ".join(words)


def refile(text: str, rng: random.Random) -> str:
    head, paragraphs = _paragraphs(text)
    topic = " ".join(head.split()[:5]).lower().capitalize() if head.strip() else "The matter"
    source = rng.choice(SOURCES)
    lead = rng.choice(LEADS).format(topic=topic, day=rng.choice(WEEKDAYS), source=source,
                                    source_cap=source[0].upper() + source[1:])
    rest = [_light_edits(p, rng) if rng.random() < 0.3 else p for p in paragraphs[1:]]
    return _join("UPDATE 1 - " + head, [lead, *rest])


def misspell(name: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(name) - 1)
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap" and name[i] != name[i + 1]:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if kind == "double":
        return name[: i + 1] + name[i] + name[i + 1 :]
    return name[:i] + name[i + 1 :]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("tune", "test"), default="tune")
    parser.add_argument("--plants", type=int, default=200, help="of each kind")
    parser.add_argument("--show", type=int, default=0, help="print this many untouched pairs of each rule")
    parser.add_argument("--set", nargs="*", default=[], help="option=value of ArchiveOptions, to tune")
    parser.add_argument("--seed", type=int, default=17, help="the plants' seed: another one plants fresh defects")
    parser.add_argument("--planted", help="a folder another generator planted (stories/ and truth.jsonl)")
    args = parser.parse_args()
    if args.planted:
        return score_folder(Path(args.planted), args)
    rng = random.Random(args.seed)
    files = split(corpus_or_exit("reuters", "bbc"), args.half)
    texts = {f"{p.parent.name}/{p.name}": p.read_text(encoding="utf-8") for p in files}
    options = _options(args)
    codes = {"NL601", "NL602", "NL603"}

    # The untouched archive.
    base = extract((name, text, None) for name, text in texts.items())
    found, counts = cross_findings(base, codes, options, lambda wanted: {i: texts[base.stories[i]] for i in wanted})
    digest = {name: hashlib.sha1(text.encode()).hexdigest() for name, text in texts.items()}
    untouched: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for f in found:
        other = re.search(r"(?: as (\S+?)(?:;|$)|different story: (\S+?):\d+ )", f["message"])
        key = tuple(sorted((f["path"], other.group(1) or other.group(2)))) if other else (f["path"], f["message"])
        untouched[f["code"]].add(key)
    exact = {p for p in untouched["NL601"] if digest[p[0]] == digest.get(p[1])}
    groups = Counter(digest.values())
    exact_pairs = sum(n * (n - 1) // 2 for n in groups.values())
    print(f"{args.half} half: {len(texts)} stories")
    print(f"untouched NL601 pairs: {len(untouched['NL601'])} ({len(exact)} of the {exact_pairs} exact duplicate "
          f"pairs, {len(untouched['NL601']) - len(exact)} near)")
    print(f"untouched NL602 pairs: {len(untouched['NL602'])}; NL603 forms: "
          f"{len({f['message'] for f in found if f['code'] == 'NL603'})}")
    show = random.Random(5)
    for code in ("NL601", "NL602", "NL603"):
        listed = sorted(untouched[code] - exact)
        for key in show.sample(listed, min(args.show, len(listed))):
            print(code, key)

    # The planted archive.
    names = sorted(texts)
    long_stories = [n for n in names if len(_paragraphs(texts[n])[1]) >= 3 and len(texts[n].split()) >= 80]
    planted = dict(texts)
    used: set[str] = set()
    refiles = []
    for original in rng.sample(long_stories, args.plants):
        used.add(original)
        copy = original.replace(".txt", "-refiled.txt")
        planted[copy] = refile(texts[original], rng)
        refiles.append((original, copy))
    from newslint.spelling import is_word

    moves = []
    pool = [n for n in long_stories if n not in used]
    rng.shuffle(pool)
    for k in range(args.plants):
        a, b = pool[2 * k], pool[2 * k + 1]
        used.update((a, b))
        head_a, paras_a = _paragraphs(planted[a])
        head_b, paras_b = _paragraphs(planted[b])
        if k % 2 == 0:  # a caption written for A, pasted under B too
            # A caption names the story's people and places: names that are not also everyday
            # words ("April", "United" mid-sentence), else any capitalised word, else stand-ins.
            printed = [n for n in features(a, planted[a]).names_of(0) if len(n) > 3]
            story_names = [n for n in printed if not is_word(n)] or printed or ["The minister", "the mayor"]
            first, second = (story_names * 2)[:2]
            moved = rng.choice(CAPTIONS).format(a=first, b=second, place=rng.choice(("the capital", "the city")),
                                                day=rng.choice(WEEKDAYS))
            paras_a.insert(1, moved)
            planted[a] = _join(head_a, paras_a)
        else:  # a paragraph of A pasted into B
            moved = max(paras_a[1:], key=len)
        paras_b.insert(rng.randrange(1, len(paras_b)), moved)
        planted[b] = _join(head_b, paras_b)
        moves.append((a, b))

    # Names: not dictionary words, nor abbreviations without a vowel ("Mthly").
    frequent = [n for n, c in counts.items()
                if c >= 20 and len(n) >= 4 and not is_word(n) and re.search("[aeiouy]", n[1:])]
    typos = []
    for name in rng.sample(sorted(frequent), min(args.plants, len(frequent))):
        holders = [n for n in names if n not in used and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])",
                                                                    texts[n][texts[n].find("\n"):])]
        if len(holders) < 20:
            continue
        wrong = misspell(name, rng)
        for story in rng.sample(holders, rng.choice((1, 2))):
            used.add(story)
            planted[story] = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", wrong, planted[story])
            typos.append((story, wrong, name))
    score(planted, refiles, moves, typos, options)


def _options(args: argparse.Namespace) -> ArchiveOptions:
    tuned = {k: type(getattr(ArchiveOptions(), k))(v) for k, v in (item.split("=") for item in args.set)}
    return ArchiveOptions(**tuned)


def score_folder(folder: Path, args: argparse.Namespace) -> None:
    planted = {f"{p.parent.name}/{p.name}": p.read_text(encoding="utf-8")
               for p in sorted((folder / "stories").glob("*/*.txt"))}
    rows = [json.loads(line) for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    refiles = [(r["other"], r["story"]) for r in rows if r["kind"] == "refile"]
    moves = [(r["other"], r["story"]) for r in rows if r["kind"] == "move"]
    typos = [(r["story"], r["wrong"], r["right"]) for r in rows if r["kind"] == "name"]
    print(f"{folder}: {len(planted)} stories")
    score(planted, refiles, moves, typos, _options(args))


def score(planted: dict[str, str], refiles: list[tuple[str, str]], moves: list[tuple[str, str]],
          typos: list[tuple[str, str, str]], options: ArchiveOptions) -> None:
    codes = {"NL601", "NL602", "NL603"}
    stories = extract((name, text, None) for name, text in planted.items())
    found, _ = cross_findings(stories, codes, options, lambda wanted: {i: planted[stories.stories[i]] for i in wanted})
    pairs = defaultdict(set)
    for f in found:
        pairs[f["code"]].add((f["path"], f["message"]))

    def named(code: str, story: str, other: str) -> bool:
        return any(p == story and other in m for p, m in pairs[code])

    hit_refile = sum(named("NL601", c, o) for o, c in refiles)
    hit_move = sum(named("NL602", b, a) or named("NL602", a, b) for a, b in moves)
    hit_typo = sum(named("NL603", s, f"'{w}'") for s, w, _ in typos)
    print(f"re-filed stories found: {hit_refile}/{len(refiles)} ({hit_refile / len(refiles):.1%})")
    print(f"reused captions/paragraphs found: {hit_move}/{len(moves)} ({hit_move / len(moves):.1%})")
    print(f"misspelled names found: {hit_typo}/{len(typos)} ({hit_typo / len(typos):.1%})", flush=True)
    missed = [(s, w, n) for s, w, n in typos if not named("NL603", s, f"'{w}'")]
    print("missed names (sample):", missed[:12], file=sys.stderr)
    missed_moves = [(a, b) for a, b in moves if not (named("NL602", b, a) or named("NL602", a, b))]
    print("missed moves (sample):", missed_moves[:8], file=sys.stderr)
    missed_refiles = [c for o, c in refiles if not named("NL601", c, o)]
    print("missed re-files (sample):", missed_refiles[:5], file=sys.stderr)


if __name__ == "__main__":
    main()
