"""Accuracy and speed of the structure rules (NL4xx) on the shared corpus.

1. Injection: clean real articles get one defect each (a repeated paragraph, a caption printed
   twice, the lead repeated without its dateline, a paragraph repeated with one word changed,
   web debris, a glued end marker, HTML markup, mojibake). Recall = the expected rule reports it;
   restore = `fix` with the NL4 rules gives back the clean article exactly (fixable kinds only).
2. False alarms: `duplicate` and `residue` findings per 1,000 untouched Reuters + BBC articles,
   with a sample printed for reading by eye.
3. Speed: the NL4 rules' own time over the Reuters folder (documents parsed beforehand).

    .venv/bin/python benchmarks/accuracy_structure.py [--per-kind 300] [--sample 25]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from corpus import check, corpus_or_exit, fix, iter_texts, rules

from newslint.formats import read_document

SELECT = ("NL4",)
DEBRIS = ["See more", "Read more", "Advertisement", "Share this article", "Back to top",
          "Click here to read the full report", "Follow us on Twitter", "ADVERTISEMENT",
          "Read more: Ministers meet again next week", "Share on Facebook"]
MARKERS = ["./.", " (END)", " -0-"]
Injected = tuple[str, str, bool]  # (text, expected code, fix should restore the original)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Body paragraphs of a corpus article (headline and sign-off excluded)."""
    spans, pos = [], 0
    for part in text.split("\n\n"):
        spans.append((pos, pos + len(part.rstrip())))  # the file's final line break stays out
        pos += len(part) + 2
    return spans[1:]


def _prose(text: str, span: tuple[int, int]) -> bool:
    part = text[span[0] : span[1]]
    dash = part.find(" - ", 0, 60)
    body = part[dash + 3 :] if dash >= 0 else part  # "BEVERLY HILLS, April 13 - Period ended ..."
    return len(body.split()) >= 8 and part[-1:] in ".!?\"'" and "   " not in part and "\n" not in part


def inject_paragraph(text: str, rng: random.Random) -> Injected | None:
    spans = [s for s in _paragraph_spans(text) if _prose(text, s)]
    if not spans:
        return None
    start, end = rng.choice(spans)
    later = [e for s, e in _paragraph_spans(text) if e >= end and text[s:e] not in ("Reuter", "Reuters")]
    at = rng.choice(later)
    return text[:at] + "\n\n" + text[start:end] + text[at:], "NL401", True


def inject_near(text: str, rng: random.Random) -> Injected | None:
    spans = [s for s in _paragraph_spans(text) if _prose(text, s) and len(text[s[0]:s[1]].split()) >= 12]
    if not spans:
        return None
    start, end = rng.choice(spans)
    words = text[start:end].split(" ")
    i = rng.randrange(5, len(words) - 1)  # past a dateline: "HANOI, May 3 -"
    if not words[i].isalpha():
        return None
    words[i] = "Monday" if words[i] != "Monday" else "Tuesday"
    return text[:end] + "\n\n" + " ".join(words) + text[end:], "NL403", False


def inject_caption(text: str, rng: random.Random) -> tuple[str, Injected] | None:
    """Returns (the article with one caption, the article with that caption twice)."""
    spans = [s for s in _paragraph_spans(text) if _prose(text, s)]
    if not spans:
        return None
    start, end = spans[0]
    source = spans[1] if len(spans) > 1 else spans[0]  # not the lead: no dateline in a caption
    part = text[source[0] : source[1]]
    dash = part.find(" - ", 0, 60)
    words = part[dash + 3 if dash >= 0 else 0 :].split()[: rng.randrange(8, 16)]
    caption = " ".join(words).rstrip(",.;:") + ". (Photo: " + rng.choice(["Reuters", "VNA", "AP/Jane Doe"]) + ")"
    clean = text[:end] + "\n\n" + caption + text[end:]
    sep = rng.choice(["\n", "\n\n"])
    doubled = text[:end] + "\n\n" + caption + sep + caption + text[end:]
    return clean, (doubled, "NL401", True)


def inject_lead(text: str, doc_dateline_end: int | None, rng: random.Random) -> Injected | None:
    if doc_dateline_end is None:
        return None
    spans = _paragraph_spans(text)
    lead = next((s for s in spans if s[0] <= doc_dateline_end <= s[1]), None)
    if lead is None or not _prose(text, (doc_dateline_end, lead[1])):
        return None  # an agate lead ("Qtly div 64 cts vs 64 cts prior") may repeat
    bare = text[doc_dateline_end : lead[1]]
    if rng.random() < 0.5:
        return text[: lead[0]] + bare + "\n\n" + text[lead[0] :], "NL402", True
    return text[: lead[1]] + "\n\n" + bare + text[lead[1] :], "NL402", True


def inject_debris(text: str, rng: random.Random) -> Injected | None:
    spans = _paragraph_spans(text)
    at = rng.choice([e for _, e in spans])
    return text[:at] + "\n\n" + rng.choice(DEBRIS) + text[at:], "NL405", True


def inject_marker(text: str, rng: random.Random) -> Injected | None:
    spans = _paragraph_spans(text)
    if len(spans) < 2:
        return None
    start, end = spans[-2]  # the last paragraph before the sign-off
    if text[end - 1] != "." or text[spans[-1][0] : spans[-1][1]].strip() not in ("Reuter", "Reuters"):
        return None
    marker = rng.choice(MARKERS)
    glued = text[: end - 1] + "./." + text[end:] if marker == "./." else text[:end] + marker + text[end:]
    return glued, "NL404", True


def inject_markup(text: str, rng: random.Random) -> Injected | None:
    body = _paragraph_spans(text)
    candidates = [i for i in range(body[0][0], len(text) - 2) if text[i] == " " and text[i - 1] in ".,"
                  and text[i + 1].isalpha()] if body else []
    if not candidates:
        return None
    i = rng.choice(candidates)
    if text[i - 1] == "." and rng.random() < 0.5:
        return text[:i] + "<br>" + text[i + 1 :], "NL406", True
    return text[:i] + "&nbsp;" + text[i + 1 :], "NL406", True


def inject_mojibake(text: str, rng: random.Random) -> tuple[str, Injected] | None:
    body = _paragraph_spans(text)
    spots = [i for i in range(body[0][0], len(text)) if not text[i].isascii()] if body else []
    if spots:
        i = rng.choice(spots)
        try:
            garbled = text[i].encode("utf-8").decode("cp1252")
        except UnicodeDecodeError:
            return None
        return text, (text[:i] + garbled + text[i + 1 :], "NL407", True)
    quotes = [i for i in range(body[0][0], len(text)) if text[i] == "'" and text[i - 1].isalpha()] if body else []
    if not quotes:
        return None
    i = rng.choice(quotes)  # an ASCII article: a curly apostrophe mangled (’ -> â€™)
    clean = text[:i] + "’" + text[i + 1 :]
    return clean, (clean[:i] + "’".encode().decode("cp1252") + clean[i + 1 :], "NL407", True)


def injection(files: list[Path], per_kind: int, seed: int) -> bool:
    rng = random.Random(seed)
    rule_set = rules(SELECT)
    clean: list[tuple[Path, str, int | None]] = []
    for path, text in iter_texts(rng.sample(files, min(len(files), per_kind * 6))):
        if check(text, rule_set):
            continue  # only articles the rules find clean, so the expected text is the article
        doc = read_document(text, path.name)
        clean.append((path, text, doc.dateline.end if doc.dateline else None))
    kinds: dict[str, Callable[[str, int | None], tuple[str, Injected] | None]] = {
        "paragraph": lambda t, d: _pair(t, inject_paragraph(t, rng)),
        "caption": lambda t, d: inject_caption(t, rng),
        "lead": lambda t, d: _pair(t, inject_lead(t, d, rng)),
        "near": lambda t, d: _pair(t, inject_near(t, rng)),
        "debris": lambda t, d: _pair(t, inject_debris(t, rng)),
        "marker": lambda t, d: _pair(t, inject_marker(t, rng)),
        "markup": lambda t, d: _pair(t, inject_markup(t, rng)),
        "mojibake": lambda t, d: inject_mojibake(t, rng),
    }
    totals = Counter()
    print(f"{'kind':10} {'n':>5} {'recall':>8} {'restore':>8}")
    for kind, make in kinds.items():
        n = found = fixable = restored = 0
        misses: list[str] = []
        for path, text, dateline_end in clean:
            if n >= per_kind:
                break
            made = make(text, dateline_end)
            if made is None:
                continue
            original, (broken, code, restores) = made
            n += 1
            if any(d.code == code for d in check(broken, rule_set)):
                found += 1
            elif len(misses) < 3:
                misses.append(path.name)
            if restores:
                fixable += 1
                restored += fix(broken, rule_set) == original
        totals["n"] += n
        totals["found"] += found
        totals["fixable"] += fixable
        totals["restored"] += restored
        restore = f"{restored / fixable:8.1%}" if fixable else "     n/a"
        print(f"{kind:10} {n:5} {found / max(n, 1):8.1%} {restore}  {' '.join(misses)}")
    recall = totals["found"] / totals["n"]
    restore_rate = totals["restored"] / totals["fixable"]
    print(f"{'all':10} {totals['n']:5} {recall:8.1%} {restore_rate:8.1%}")
    return recall >= 0.95 and restore_rate >= 0.95


def _pair(text: str, injected: Injected | None) -> tuple[str, Injected] | None:
    return None if injected is None else (text, injected)


def false_alarms(files: list[Path], sample_size: int, seed: int) -> None:
    rule_set = rules(SELECT)
    per_category: Counter[str] = Counter()
    per_code: Counter[str] = Counter()
    articles_with: dict[str, set[str]] = defaultdict(set)
    found: list[tuple[str, str, str]] = []
    for path, text in iter_texts(files):
        doc = read_document(text, path.name)
        for d in check(text, rule_set, path.name):
            per_category[d.category] += 1
            per_code[d.code] += 1
            articles_with[d.category].add(f"{path.parent.name}/{path.name}")
            snippet = " ".join(doc.text[d.start : d.end].split())[:110]
            where = f"{path.parent.name}/{path.name}:{doc.position(d.start)[0]}"
            found.append((where, d.code, f"{d.message} | {snippet}"))
    n = len(files)
    print(f"\n{n} untouched articles")
    for category in ("duplicate", "residue"):
        count = per_category[category]
        print(f"  {category:10} {count:5} findings = {1000 * count / n:5.2f} per 1,000 articles "
              f"({len(articles_with[category])} articles)")
    print("  by rule:", dict(sorted(per_code.items())))
    rng = random.Random(seed)
    print(f"\nsample of {min(sample_size, len(found))} findings:")
    for where, code, what in sorted(rng.sample(found, min(sample_size, len(found)))):
        print(f"  {where:22} {code} {what}")


def speed(files: list[Path]) -> None:
    rule_set = rules(SELECT)
    docs = [read_document(text, path.name) for path, text in iter_texts(files)]
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    timings: Counter[str] = Counter()
    clock = time.perf_counter
    # Document by document, as the linter runs them (the duplicate rules share per-document work).
    for doc in docs:
        for rule in rule_set:
            begin = clock()
            for _ in rule.check(doc):
                pass
            timings[rule.code] += clock() - begin
    total = sum(timings.values())
    print(f"\nspeed over {len(docs)} Reuters articles ({size / 1e6:.1f} MB): {size / 1e6 / total:.1f} MB/s "
          f"for the NL4 rules together ({total:.2f} s)")
    print("  per rule (s):", {k: round(v, 3) for k, v in sorted(timings.items())})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=300)
    parser.add_argument("--sample", type=int, default=25)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--skip", choices=["injection", "false-alarms", "speed"], action="append", default=[])
    args = parser.parse_args()
    reuters = corpus_or_exit("reuters")
    bbc = corpus_or_exit("bbc")
    ok = True
    if "injection" not in args.skip:
        ok = injection(reuters + bbc, args.per_kind, args.seed)
    if "false-alarms" not in args.skip:
        false_alarms(reuters + bbc, args.sample, args.seed)
    if "speed" not in args.skip:
        speed(reuters)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
