"""Compiling patterns with the `regex` module the way newslint uses them, and keeping them
compiled from one process to the next.

`regex` parses and compiles a pattern in Python, which costs more than checking a whole article
for the few dozen patterns a check needs. A compiled pattern pickles as its compiled code (the
module registers that with `copyreg`), and rebuilding it from that code skips the parse. So
the code of each pattern compiled here is kept in the user cache, in one file per `regex`
version, and the next process rebuilds the pattern from it.

Only patterns written in newslint's code, data or packs go through `compile_cached`: never one made
from an article's text, which would grow the file with every article.
"""

from __future__ import annotations

import copyreg
import marshal
import os
import re
from collections.abc import Callable, Iterable

import regex

from .storage.folders import user_cache_dir


def phrase_pattern(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of phrases, longest first, with flexible spaces."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation of literal words in one group, shared openings factored out
    ("(?:kill(?:ed|ing|s)?)"): it matches what the words' plain alternation matches, at a `\\b`
    after it any one of them, and a backtracking engine scans it several times faster. Escaped
    for `re` and `regex` alike."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: dict[str, dict]) -> str:
        alternatives = [re.escape(char) + branches(node[char]) for char in sorted(node) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 and "" not in node else f"(?:{'|'.join(alternatives)})"
        return body + ("?" if "" in node else "")

    return f"(?:{branches(root)})"


# VERSION1 folds case fully by default (German "ß" then matches "ss"), which makes compiling a
# case-insensitive pattern two to three times slower, and compiling is most of the start-up of
# a one-article check. newslint's patterns, packs included, match case with simple folding, as
# Python's `re` does.
SIMPLE_CASE_FOLDING = "(?-f)"

_KEEP = 2000  # patterns kept in the file; past this it starts again from this process's own

_here: dict[tuple[str, int], regex.Pattern[str]] = {}  # compiled or rebuilt in this process
_stored: dict[tuple[str, int], tuple] | None = None  # the file's compiled code, once read
_new: dict[tuple[str, int], tuple] = {}  # compiled here, not yet in the file
_rebuild: Callable[..., regex.Pattern[str]] | None = None


def compile_v1(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`source` compiled with VERSION1 (set operations, \\p{...} classes) and simple case folding."""
    return compile_cached(SIMPLE_CASE_FOLDING + source, flags | regex.VERSION1)


def compile_cached(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(source, flags)`, rebuilt from the user cache when an earlier process
    compiled the same pattern; the same pattern object for the same source in one process."""
    key = (source, int(flags))
    pattern = _here.get(key)
    if pattern is not None:
        return pattern
    code = _stored_code().get(key)
    if code is not None:
        pattern = _rebuilt(code)
    if pattern is None:
        pattern = regex.compile(source, flags)
        reduced = copyreg.dispatch_table[type(pattern)](pattern)
        if not _new:
            import atexit  # only when a pattern new to the user cache was compiled

            atexit.register(_save)
        _new[key] = reduced[1]
    _here[key] = pattern
    return pattern


def _rebuilt(code: tuple) -> regex.Pattern[str] | None:
    """The pattern from its pickled form, or None if the cached code does not fit."""
    global _rebuild
    try:
        if _rebuild is None:
            _rebuild = copyreg.dispatch_table[regex.Pattern](regex.compile(""))[0]
        return _rebuild(*code)
    except Exception:  # a damaged record: compile the pattern instead
        return None


def _file() -> str | None:
    folder = user_cache_dir()
    return None if folder is None else os.path.join(folder, f"patterns-{regex.__version__}.bin")


def _read() -> dict[tuple[str, int], tuple]:
    path = _file()
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            found = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def _stored_code() -> dict[tuple[str, int], tuple]:
    global _stored
    if _stored is None:
        _stored = _read()
    return _stored


def _save() -> None:
    """Add the patterns compiled in this process to the file (best effort: a lost race or an
    unwritable folder only means compiling them again next time)."""
    path = _file()
    if path is None or not _new:
        return
    merged = _read()
    if len(merged) + len(_new) > _KEEP:
        merged = {}
    merged.update(_new)
    _new.clear()
    from .storage.atomic import write_atomically

    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_atomically(path, marshal.dumps(merged))
    except (OSError, ValueError):
        pass
