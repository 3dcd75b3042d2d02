"""The Python API: lint article text in-process, e.g. from a notebook, a pipeline or Dask.

Everything here takes and returns plain data (str, dict, list), so it pickles cleanly to workers.

    >>> from newslint import api
    >>> [f["code"] for f in api.check_text("Talks\\n\\nTalks on the the border.\\n")]
    ['NL201']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .core.diagnostics import Applicability
from .core.document import Document
from .core.findings import to_finding
from .core.fixer import fix_text as _fix_text
from .core.linter import lint
from .formats import read_document
from .registry import Selection
from .run.check import check_batch
from .run.parallel import BATCH
from .run.rulesets import rules_for
from .run.settings import Settings


def settings(select: Sequence[str] = (), ignore: Sequence[str] = (), extend_select: Sequence[str] = (),
             unsafe_fixes: bool = False) -> Settings:
    return Settings(selection=Selection(tuple(select), tuple(ignore), tuple(extend_select)), unsafe_fixes=unsafe_fixes)


def check_text(text: str, path: str = "article.txt", *, fmt: str | None = None,
               config: Settings | None = None) -> list[dict]:
    """Findings for one article as JSON-ready dicts (the same fields as `--format json`)."""
    config = config or Settings()
    doc = read_document(text, path, fmt or config.fmt)
    return [to_finding(doc, d).as_json() for d in lint(doc, rules_for(config, path))]


def fix_text(text: str, path: str = "article.txt", *, fmt: str | None = None,
             config: Settings | None = None) -> str:
    """The article with every safe fix applied (unchanged if the fixes never settle)."""
    config = config or Settings()
    rules = rules_for(config, path)
    allowed = config.allowed if config.unsafe_fixes else (Applicability.SAFE,)
    outcome = _fix_text(text, lambda t: _in_file(read_document(t, path, fmt or config.fmt), rules), allowed)
    return outcome.text


def _in_file(doc: Document, rules: Sequence) -> list:
    """Diagnostics in file offsets (a wire format's article text is not the file's)."""
    found = lint(doc, rules)
    return found if doc.source_map is None else [doc.source_map.diagnostic(d) for d in found]


def check_records(records: Iterable[tuple[str, str]], config: Settings | None = None) -> Iterator[dict]:
    """Findings for (path, text) pairs; the shape Dask's `bag.map_partitions` wants.

        import dask.bag as db
        bag = db.from_sequence(pairs, npartitions=64)
        findings = bag.map_partitions(lambda part: list(api.check_records(part))).compute()
    """
    for path, text in records:
        yield from check_text(text, path, config=config)


def check_files(paths: Iterable[str], config: Settings | None = None) -> Iterator[dict]:
    """Findings for files on disk; unreadable files yield one record with `error`. Files are
    checked in batches, as `check` does (the same results at a fifth less CPU)."""
    config = config or Settings()
    paths = list(paths)
    for start in range(0, len(paths), BATCH):
        for result in check_batch(paths[start : start + BATCH], config):
            if result.error:
                yield {"path": result.path, "error": result.error}
            for finding in result.findings:
                yield finding.as_json()
