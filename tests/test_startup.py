"""Fast start: a plain `newslint check` of one article loads no module it does not need.

Checked by what a fresh process imported, not by timing (timings belong in benchmarks/speed.py).
Validation (pydantic), YAML parsing, plugin discovery (importlib.metadata) and the pycountry
database are paid once and cached in the user cache folder; the second process skips them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newslint

# hashlib is not here: the cache keys and fingerprints hash with it (its OpenSSL start-up cost,
# in benchmarks/README.md, is paid for using no private modules).
HEAVY = ("pydantic", "yaml", "importlib.metadata", "pycountry", "ftfy", "rapidfuzz")
# `newslint scan`'s extra: a check never imports it, even on the first run.
SCALE = ("dask", "distributed", "pyarrow", "datasketch", "numpy", "newslint.scan.run")

_RUN = """
import sys
from newslint.cli import main
sys.argv = ["newslint", "check", "--no-cache", *sys.argv[1:]]
try:
    main()
except SystemExit as exit:
    code = exit.code
print("MODULES", " ".join(m for m in {heavy!r} if m in sys.modules))
print("SCALE", " ".join(m for m in {scale!r} if m in sys.modules))
print("EXIT", code)
"""

ARTICLE = """\
Three ministers meet on Monday

VIENTIANE, Jan 5 (Reuters) - Ministers from three countries, Laos, Viet Nam and Cambodia,
met on Tuesday to discuss the the river. The meeting was the 21st (AMIM-22) of its kind.
"""


def _env(tmp_path: Path) -> dict[str, str]:
    """A bare environment with its own user cache, importing the newslint under test."""
    return {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
            "PYTHONPATH": str(Path(newslint.__file__).parents[1])}


def _run(tmp_path: Path, *args: str) -> tuple[list[str], str]:
    env = _env(tmp_path)
    out = subprocess.run([sys.executable, "-c", _RUN.format(heavy=HEAVY, scale=SCALE), *args], env=env, cwd=tmp_path,
                         capture_output=True, text=True, check=True).stdout
    modules = out.split("MODULES", 1)[1].split("\n", 1)[0].split()
    return modules, out.rsplit("EXIT ", 1)[1].strip()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE)
    return path


def _scale_modules(tmp_path: Path, *args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _RUN.format(heavy=HEAVY, scale=SCALE), *args], env=_env(tmp_path),
                         cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    return out.split("SCALE", 1)[1].split("\n", 1)[0].split()


def test_check_never_imports_the_scale_extra(tmp_path: Path, article: Path) -> None:
    assert _scale_modules(tmp_path, str(article)) == []  # the first run, filling the caches
    assert _scale_modules(tmp_path, "--format", "jsonl", str(article)) == []


def test_second_check_of_one_article_imports_nothing_heavy(tmp_path: Path, article: Path) -> None:
    _run(tmp_path, str(article))  # first use fills the user cache
    modules, code = _run(tmp_path, str(article))
    assert code == "1"  # the doubled word and the ordinal were found
    assert modules == []


def test_curly_quotes_and_accents_do_not_import_ftfy(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Talks resume\n\nIt\u2019s \u201cgood\u201d, said Jos\u00e9 Pe\u00f1a \u2014 a caf\u00e9 owner.\n")
    _run(tmp_path, str(story))
    assert "ftfy" not in _run(tmp_path, str(story))[0]
    story.write_text("Talks resume\n\nIt\u00e2\u20ac\u2122s good, officials said on Monday.\n")
    modules, code = _run(tmp_path, str(story))
    assert "ftfy" in modules and code == "1"  # mojibake: ftfy repairs it


def test_config_file_costs_pydantic_only_when_new_or_edited(tmp_path: Path, article: Path) -> None:
    config = tmp_path / "newslint.toml"
    config.write_text("ignore = ['NL5']\n[rules.NL403]\nmin_words = 9\n")
    assert "pydantic" in _run(tmp_path, str(article))[0]
    assert "pydantic" not in _run(tmp_path, str(article))[0]  # the config and the rule options, as validated
    config.write_text("ignore = ['NL4']\n")
    assert "pydantic" in _run(tmp_path, str(article))[0]


def test_pycountry_lists_are_the_same_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    from newslint.analysis.numbers import data as numbers_data

    computed = numbers_data._pycountry_names.__wrapped__()
    cached = numbers_data._pycountry_names.__wrapped__()
    assert computed == cached and "Bosnia and Herzegovina" in computed["joined"]
    assert "Texas" in computed["regions"] and "France" in computed["regions"]


def test_collector_is_settled_once_per_process_after_the_first_file(tmp_path: Path, article: Path) -> None:
    code = f"""
import gc, os
from newslint.run import collector
from newslint.run.check import check_path
from newslint.run.settings import Settings
before = gc.get_freeze_count()
check_path({str(article)!r}, Settings())
frozen = gc.get_freeze_count()
pid = os.fork()
if pid == 0:  # a forked worker settles its own collector after its own first file
    check_path({str(article)!r}, Settings())
    os._exit(0 if collector.settled_here() else 1)
_, status = os.waitpid(pid, 0)
print(before, frozen > before, gc.get_threshold()[0] >= 10000, os.waitstatus_to_exitcode(status))
"""
    env = _env(tmp_path)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "True", "True", "0"], out.stderr


def test_debris_line_pattern_is_compiled_only_for_a_line_that_may_be_debris() -> None:
    from newslint.formats import read_document
    from newslint.registry import all_rules, find_rule

    def fresh_rule():  # packs are loaded once per process; this test wants its own copy
        rule = find_rule(all_rules(), "NL405")
        rule.__dict__.pop("line_pattern", None)
        return rule

    rule = fresh_rule()
    wrapped = "Delegates meet\n\nThe delegates met in the capital on Monday\nafter a week of delays, officials said.\n"
    document = read_document(wrapped, "a.txt")
    assert any("\n" in block.text for block in document.paragraphs)  # so edge lines are looked at
    assert list(rule.check(document)) == []
    assert "line_pattern" not in rule.__dict__
    glued = "Talks resume\n\nThe meeting was held in Vientiane.\nVNA\nSee more\n"
    (found,) = rule.check(read_document(glued, "a.txt"))
    assert glued[found.start : found.end] == "See more"
    assert "line_pattern" in rule.__dict__


def test_command_entry_pauses_the_collector_only_while_loading(tmp_path: Path) -> None:
    code = """
import gc, sys
from newslint.__main__ import main
sys.argv = ["newslint", "--version"]
try:
    main()
except SystemExit:
    pass
print(gc.isenabled(), gc.get_freeze_count() > 10_000)
"""
    env = _env(tmp_path)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split()[-2:] == ["True", "True"], out.stderr


def test_patterns_behind_cheap_tests_are_not_compiled_for_an_article_without_their_words(tmp_path: Path) -> None:
    code = """
from newslint.core.linter import lint
from newslint.formats import read_document
from newslint.registry import all_rules
from newslint import structure
from newslint.core import suppression
from newslint.rules import nl501_count_list, nl504_weekday_date
rules = [rule for rule in all_rules() if rule.spec.default_enabled]
lint(read_document("Delegates meet\\n\\nThe delegates met in the capital after a week of delays.\\n", "a.txt"), rules)
getters = [nl504_weekday_date._date_patterns, structure._byline, structure._caption_lead, structure._caption_credit,
           suppression._directive, suppression._sic, nl501_count_list._both, nl501_count_list._subset_before]
compiled = [getter.__name__ for getter in getters if getter.cache_info().currsize]
debris = next(rule for rule in rules if rule.code == "NL405")
print(compiled + ["NL405"] * ("pattern" in debris.__dict__))
"""
    runs = [subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), capture_output=True, text=True,
                           check=True) for _ in range(2)]
    # The debris pack's pattern is needed once, to table the openings it may match.
    assert [run.stdout.split()[-1] for run in runs] == ["['NL405']", "[]"], runs[-1].stderr


def test_patterns_compiled_once_are_rebuilt_from_the_user_cache(tmp_path: Path) -> None:
    """A pattern compiled in one process is rebuilt from its compiled code in the next, without
    regex's parser; a damaged cache file only means compiling again."""
    code = """
import sys
import regex._regex_core
from newslint.regexes import compile_cached, compile_v1
if sys.argv[1] == "cached":
    def refuse(*args, **kwargs):
        raise AssertionError("parsed a pattern the user cache holds")
    regex._regex_core._parse_pattern = refuse
colour = compile_cached(r"(?i)\\bcolou?r\\b", regex.IGNORECASE)
year = compile_v1(r"(?<year>\\d{4})")
assert compile_cached(r"(?i)\\bcolou?r\\b", regex.IGNORECASE) is colour
print(colour.sub("hue", "Colour and COLOR"), year.search("in 1987").group("year"), sorted(year.groupindex))
"""

    def run(mode: str) -> str:
        out = subprocess.run([sys.executable, "-c", code, mode], env=_env(tmp_path), capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    expected = "hue and hue 1987 ['year']"
    assert run("compile") == expected  # compiled, then kept at exit
    (stored,) = (tmp_path / "cache" / "newslint").glob("patterns-*.bin")
    assert run("cached") == expected
    stored.write_bytes(b"\x00damaged")
    assert run("compile") == expected
    assert run("cached") == expected  # rewritten whole after the damaged file
