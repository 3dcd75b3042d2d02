"""Accuracy on real scraped stories (issue 14): `../shared/corpus/wild/`, labelled by eye.

1. Recall per kind: a label (file, line, text) is found when a finding of a fitting category
   covers that line and overlaps the label's text on it.
2. Findings on unlabelled lines, per 1,000 stories, each listed for reading by eye.
3. Safe fixes that touch story text: `fix` with the safe fixes, then every unlabelled line must
   survive whole, and two paragraphs must not be joined; each change is listed.
4. `--clean`: findings of the scraped-copy rules on untouched Reuters and BBC, per 1,000 articles.

    .venv/bin/python benchmarks/accuracy_wild.py [--half tune|test] [--quiet] [--dir FOLDER]
    .venv/bin/python benchmarks/accuracy_wild.py --clean [--limit N]
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from corpus import CORPUS, check, corpus_or_exit, fix, rules, split

from newslint.core.diagnostics import Diagnostic
from newslint.formats import read_document
from newslint.rules.support.blocks import normalise

IN_SCOPE = ("web-debris", "duplicate-paragraph", "repeated-lead", "end-marker", "doubled-word",
            "misspelling", "misspelled-name", "mojibake")
# Out-of-scope kinds the scraped-copy rules start to cover; reported in the table too.
COVERED_EXTRA = ("other:related-list", "other:untranslated", "other:glued-paragraphs",
                 "other:caption-glued", "other:byline-glued")
REPEAT_KINDS = frozenset({"duplicate-paragraph", "repeated-lead"})
TYPO_KINDS = frozenset({"misspelling", "misspelled-name", "other:wrong-word"})
# Rules added or changed for scraped copy: the ones `--clean` counts.
SCRAPED_RULES = ("NL402", "NL404", "NL405", "NL408", "NL409", "NL41", "NL42")


def _fits(kind: str, finding: Diagnostic) -> bool:
    if kind in TYPO_KINDS:
        return finding.category == "typo"
    if kind == "doubled-word":
        return finding.category == "doubled-word"
    return finding.category in ("residue", "duplicate")


def _load_labels(folder: Path) -> dict[str, list[dict]]:
    labels: dict[str, list[dict]] = defaultdict(list)
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            labels[item["file"]].append(item)
    return labels


def _label_span(lines: list[str], label: dict) -> tuple[int, int, int] | None:
    """(line, start column, end column), 0-based columns; the label's text on its line."""
    number = label["line"]
    if not 1 <= number <= len(lines):
        return None
    at = lines[number - 1].find(label["text"])
    if at == -1:
        at = lines[number - 1].lower().find(label["text"].lower())
    if at == -1:
        return number, 0, len(lines[number - 1])
    return number, at, at + len(label["text"])


def _covers(doc, finding: Diagnostic, span: tuple[int, int, int]) -> bool:
    number, col_start, col_end = span
    line_start = doc.position_to_offset(number, 1)
    start, end = line_start + col_start, line_start + col_end
    return finding.start < end and start < max(finding.end, finding.start + 1)


def _labelled_lines(lines: list[str], file_labels: list[dict]) -> set[int]:
    """The lines of every labelled block: a label names one line of a block ("share buttons
    (block with byline)"), and the block's other short lines are the same defect."""
    marked: set[int] = set()
    for label in file_labels:
        number = label["line"]
        if not 1 <= number <= len(lines) or not lines[number - 1].strip():
            marked.add(number)
            continue
        # The block's other short lines, not its running prose: in single-newline copy a
        # "block" can be the whole story.
        first = last = number
        while first > 1 and lines[first - 2].strip() and not _is_prose(lines[first - 2]):
            first -= 1
        while last < len(lines) and lines[last].strip() and not _is_prose(lines[last]):
            last += 1
        marked.update(range(first, last + 1))
        if label["type"] == "other:related-list":
            # "six related headlines with author lines": the list runs on over its titles and
            # names, to the first line of running prose.
            while last < len(lines) and not _is_prose(lines[last]):
                last += 1
                marked.add(last)
    return marked


def _is_prose(line: str) -> bool:
    text = line.strip()
    return len(text.split()) >= 8 and text[-1:] in ".!?\"”’"


def _names_line(finding: Diagnostic, label: dict) -> bool:
    """A repeat reported on the other copy: its message names the labelled copy's line."""
    return (
        label["type"] in REPEAT_KINDS
        and finding.category == "duplicate"
        and re.search(rf"\bline {label['line']}\b", finding.message) is not None
    )


def _finding_lines(doc, finding: Diagnostic) -> range:
    first = doc.position(finding.start)[0]
    last = doc.position(max(finding.start, finding.end - 1))[0]
    return range(first, last + 1)


def _still_there(line: str, fixed: str) -> bool:
    words = " ".join(normalise(line).split())
    return len(words) > 20 and f" {words} " in f" {' '.join(normalise(fixed).split())} "


def _fix_damage(text: str, fixed: str, labelled: set[int]) -> list[str]:
    """Unlabelled story lines the safe fixes removed or changed, and paragraphs they joined."""
    before, after = text.splitlines(), fixed.splitlines()
    problems: list[str] = []
    kept: dict[int, int] = {}  # original line index -> fixed line index
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            kept.update({i1 + k: j1 + k for k in range(i2 - i1)})
            continue
        for i in range(i1, i2):
            # One of two copies deleted, the other kept: no story text lost.
            if before[i].strip() and i + 1 not in labelled and not _still_there(before[i], fixed):
                now = " | ".join(after[j1:j2])[:160] if tag == "replace" else "(deleted)"
                problems.append(f"line {i + 1} {tag}: {before[i][:120]!r} -> {now!r}")
    # Two kept lines that had a blank line between them and now have none: paragraphs joined.
    kept_lines = sorted(kept)
    for a, b in zip(kept_lines, kept_lines[1:], strict=False):
        if not before[a].strip() or not before[b].strip():
            continue
        # A copy of b deleted between them is b's place as well ("logo", "Title", "", "Title"):
        # which copy the diff keeps is arbitrary, so the gap counts up to the first copy.
        twin = next((k for k in range(a + 1, b) if before[k] == before[b]), b)
        gap_before = any(not before[k].strip() for k in range(a + 1, twin))
        gap_after = any(not after[k].strip() for k in range(kept[a] + 1, kept[b]))
        if gap_before and not gap_after:
            problems.append(f"lines {a + 1} and {b + 1} joined into one paragraph")
    return problems


def run_wild(half: str | None, quiet: bool, folder: Path | None = None) -> None:
    if folder is None:
        folder = CORPUS / "wild"
        files = split(corpus_or_exit("wild/articles"), half)
    else:
        files = split(sorted((folder / "articles").glob("*.txt")), half)
    labels = _load_labels(folder)
    rule_set = rules()
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    missed: list[str] = []
    stray: list[str] = []
    damage: list[str] = []
    fix_changes: list[str] = []
    by_code: Counter[str] = Counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        doc = read_document(text, path.name)
        findings = check(text, rule_set, path.name)
        lines = text.splitlines()
        file_labels = labels.get(path.name, [])
        labelled = _labelled_lines(lines, file_labels)
        for label in file_labels:
            kind = label["type"]
            total[kind] += 1
            span = _label_span(lines, label)
            hit = span is not None and any(
                _fits(kind, f) and (_covers(doc, f, span) or _names_line(f, label)) for f in findings
            )
            if hit:
                found[kind] += 1
            elif kind in IN_SCOPE or kind in COVERED_EXTRA:
                missed.append(f"{path.name}:{label['line']} [{kind}] {label['text'][:80]!r}")
        for f in findings:
            if not set(_finding_lines(doc, f)) & labelled and not any(
                _names_line(f, label) for label in file_labels
            ):
                line, col = doc.position(f.start)
                by_code[f.code] += 1
                stray.append(f"{path.name}:{line}:{col} {f.code} {f.message[:90]} | {text[f.start:f.end][:70]!r}")
        fixed = fix(text, rule_set, path.name)
        if fixed != text:
            problems = _fix_damage(text, fixed, labelled)
            damage.extend(f"{path.name}: {p}" for p in problems)
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
                None, lines, fixed.splitlines(), autojunk=False
            ).get_opcodes():
                if tag != "equal":
                    old = " / ".join(lines[i1:i2])[:110]
                    new = " / ".join(fixed.splitlines()[j1:j2])[:110]
                    fix_changes.append(f"{path.name}:{i1 + 1} {tag}: {old!r} -> {new!r}")

    n = len(files)
    print(f"{folder.name}, half={half or 'all'}: {n} stories, {sum(total.values())} labels")
    print()
    print("| kind | found | total | % |")
    print("|---|---|---|---|")
    in_found = in_total = 0
    for kind in IN_SCOPE + COVERED_EXTRA:
        if total[kind]:
            print(f"| {kind} | {found[kind]} | {total[kind]} | {100 * found[kind] / total[kind]:.0f} |")
            if kind in IN_SCOPE:
                in_found += found[kind]
                in_total += total[kind]
    if in_total:
        print(f"| **in scope** | {in_found} | {in_total} | {100 * in_found / in_total:.0f} |")
    residue_kinds = [k for k in IN_SCOPE if k not in TYPO_KINDS and k != "doubled-word"]
    rf = sum(found[k] for k in residue_kinds)
    rt = sum(total[k] for k in residue_kinds)
    if rt:
        print(f"| in scope without typos | {rf} | {rt} | {100 * rf / rt:.0f} |")
    print()
    print(f"findings on unlabelled lines: {len(stray)} ({1000 * len(stray) / max(n, 1):.0f} per 1,000 stories)"
          f" by rule: {dict(sorted(by_code.items()))}")
    print(f"safe fixes that remove or change unlabelled story text: {len(damage)}")
    print(f"safe-fix changes in all: {len(fix_changes)}")
    if quiet:
        return
    for title, items in (("missed", missed), ("unlabelled-line findings", stray),
                         ("fix damage", damage), ("safe-fix changes", fix_changes)):
        print(f"\n## {title}")
        for item in items:
            print("  " + item)


def run_clean(limit: int | None, select: tuple[str, ...], quiet: bool) -> None:
    files = corpus_or_exit("reuters", "bbc")
    if limit:
        files = files[:: max(1, len(files) // limit)][:limit]
    rule_set = rules(select)
    counts: Counter[str] = Counter()
    shown: list[str] = []
    cpu = time.process_time()
    for path in files:
        text = path.read_text(encoding="utf-8")
        for f in check(text, rule_set, path.name):
            counts[f.code] += 1
            doc_line = text.count("\n", 0, f.start) + 1
            where = f"{path.parent.name}/{path.name}:{doc_line}"
            shown.append(f"{where} {f.code} {f.message[:80]} | {text[f.start:f.end][:80]!r}")
    cpu = time.process_time() - cpu
    n = len(files)
    total = sum(counts.values())
    print(f"clean Reuters+BBC: {n} articles, rules {','.join(r.code for r in rule_set)}")
    print(f"findings: {total} ({1000 * total / max(n, 1):.2f} per 1,000 articles) {dict(sorted(counts.items()))}")
    print(f"CPU seconds (read + parse + these rules): {cpu:.1f}")
    if not quiet:
        for item in shown:
            print("  " + item)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=("tune", "test"), default=None)
    parser.add_argument("--quiet", action="store_true", help="the tables only")
    parser.add_argument("--clean", action="store_true", help="count findings on Reuters and BBC")
    parser.add_argument("--dir", type=Path, default=None,
                        help="another labelled set laid out like wild/ (articles/, labels.jsonl), "
                        "e.g. a held-out set kept outside the project")
    parser.add_argument("--limit", type=int, default=None, help="--clean: this many articles, spread")
    parser.add_argument("--select", nargs="*", default=list(SCRAPED_RULES), help="--clean: rule codes")
    args = parser.parse_args()
    if args.clean:
        run_clean(args.limit, tuple(args.select), args.quiet)
    else:
        run_wild(args.half, args.quiet, args.dir)


if __name__ == "__main__":
    main()
