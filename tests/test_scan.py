"""`newslint scan`: a real Dask cluster over a small archive, per-file findings equal to
`check --format jsonl`, resumable parts, and the cross-article rules NL601-NL603.

Every story here is written for these tests. The cluster tests skip where the `scale` extra is
not installed; CI installs it with the `test` extra."""

from __future__ import annotations

import json
import random
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from newslint.cli import main

pytest.importorskip("distributed")
pytest.importorskip("datasketch")

from newslint.scan.archive import ArchiveOptions, cross_findings  # noqa: E402
from newslint.scan.features import extract, features  # noqa: E402
from newslint.scan.names import learned_vocabulary, variants  # noqa: E402

FLOOD = """Floods cut road to northern valley

Heavy rain overnight swept away a bridge on the only road into the northern valley, leaving
four villages without supplies, the provincial disaster office said on Tuesday.

Crews from the public works department reached the river bank by noon and began laying a
temporary crossing of steel plates, which they expected to open to light traffic by Thursday.

The office said no one had been hurt but that some two hundred families had moved to a school
on higher ground after water entered their homes during the night.

Farmers in the valley said the rain had come two weeks earlier than usual and had flattened
much of the maize that was due to be harvested at the end of the month.

Forecasters expect more rain over the weekend and have asked residents near the river to be
ready to leave at short notice if the level keeps rising.
"""

# The flood story re-filed: a new lead and two light edits further down.
FLOOD_REFILED = """Northern valley villages cut off after bridge lost

Four villages in the northern valley were cut off on Tuesday when the bridge on their only road
was washed away by a night of heavy rain, officials said.

Crews from the public works department reached the river bank by noon and began laying a
temporary crossing of steel plates, which they expected to open to light traffic by Thursday.

The office said nobody had been hurt but that some two hundred families had moved to a school
on higher ground after water entered their homes during the night.

Farmers in the valley said the rain had come two weeks earlier than usual and had flattened
much of the maize that was due to be harvested at the end of this month.

Forecasters expect more rain over the weekend and have asked residents near the river to be
ready to leave at short notice if the level keeps rising.
"""

CAPTION = "Delegates walk past a portrait of chairwoman Adaeze Okonkwo before the opening session of the summit."

SUMMIT = f"""Summit opens with call for trade pact

Leaders of the regional bloc opened their annual summit on Monday with a call from its chairwoman,
Adaeze Okonkwo, to finish a trade pact that has been under negotiation for six years.

{CAPTION}

The host minister told delegates that the pact would lower tariffs on farm goods and open
public tenders to firms from every member state.
"""

# A market story with the summit's caption pasted under its photo, and a doubled word.
MARKET = f"""Fish prices climb at harbour market

Prices at the harbour fish market rose for a third week as storms kept the the smaller boats in
port, traders said on Wednesday.

{CAPTION}

Wholesalers said they expected prices to ease once the weather settled and the fleet returned
to its usual grounds along the coast.
"""

OTHER = """Library reopens after repairs

The city library reopened on Saturday after eight months of repairs to its roof and reading rooms,
with a new children's wing and longer opening hours on weekdays.
"""

STORIES = {"flood.txt": FLOOD, "flood-refiled.txt": FLOOD_REFILED, "summit.txt": SUMMIT, "market.txt": MARKET,
           "library.txt": OTHER}


def _archive(folder: Path, corpus_sample: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"Head\n\nBad bytes \xff\xfe here.\n")
    if corpus_sample and CORPUS.is_dir():  # real wire copy, copied at test time only
        files = sorted((CORPUS / "reuters").glob("*.txt")) + sorted((CORPUS / "bbc").glob("*.txt"))
        for path in random.Random(7).sample(files, corpus_sample):
            shutil.copy(path, folder / f"{path.parent.name}-{path.name}")
    return folder


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _check_jsonl(folder: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--isolated", "--format", "jsonl", str(folder)])
    assert result.exit_code in (1, 2), result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def _scan(*args: str) -> str:
    result = CliRunner().invoke(main, ["scan", "--isolated", *args])
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stderr


def test_scan_on_a_local_cluster_of_two_workers(tmp_path: Path) -> None:
    folder = _archive(tmp_path / "archive", corpus_sample=40)
    out = tmp_path / "findings.jsonl"
    log = _scan(str(folder), "--output", str(out), "--workers", "2", "--partition-size", "7")
    assert "Dask scheduler tcp://" in log and "stories/s" in log
    found = _lines(out)
    per_file = [f for f in found if not f["code"].startswith("NL6") and f["code"] != "error"]
    assert per_file == [f for f in _check_jsonl(folder) if f["path"] != str(folder / "broken.txt")]
    errors = [f for f in found if f["code"] == "error"]
    assert [f["path"] for f in errors] == [str(folder / "broken.txt")]
    filed_twice = {(Path(f["path"]).name, f["message"].rsplit("/", 1)[-1]) for f in found if f["code"] == "NL601"}
    assert ("flood-refiled.txt", "flood.txt") in filed_twice and ("flood.txt", "flood-refiled.txt") in filed_twice
    reused = {(Path(f["path"]).name, f["line"]) for f in found if f["code"] == "NL602"}
    assert reused == {("market.txt", 6)}  # pasted there: its names belong to the summit story
    assert not list(tmp_path.glob("*.parts")), "part files are removed after a finished run"


def test_parquet_output_and_resume_after_an_interrupted_run(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    folder = _archive(tmp_path / "archive")
    whole = tmp_path / "whole.jsonl"
    _scan(str(folder), "-o", str(whole), "--workers", "1", "--partition-size", "2")
    out = tmp_path / "findings.parquet"
    _scan(str(folder), "-o", str(out), "--workers", "1", "--partition-size", "2", "--keep-parts")
    parts = Path(str(out) + ".parts")
    # An interrupted run: one part never finished, another died while writing its findings.
    (parts / "part-00001.jsonl").unlink()
    (parts / "part-00002.jsonl").rename(parts / "part-00002.jsonl.1234.tmp")
    out.unlink()
    log = _scan(str(folder), "-o", str(out), "--workers", "1", "--partition-size", "2", "--resume")
    assert "Resuming: 1 of 3 partitions already finished." in log
    rows = pq.read_table(out).to_pylist()
    expected = _lines(whole)
    assert len(rows) == len(expected)
    for row, record in zip(rows, expected, strict=True):
        stored_fix = row.pop("fix")
        assert (json.loads(stored_fix) if stored_fix else None) == record.pop("fix")
        assert row == {**record, "fingerprint": record.get("fingerprint")}


def test_a_remote_user_connects_by_scheduler_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from distributed import LocalCluster

    folder = _archive(tmp_path / "archive")
    (tmp_path / "table.jsonl").write_text("".join(
        json.dumps({"story_id": name, "body": text, "filed": f"2024-05-0{i + 1}"}) + "\n"
        for i, (name, text) in enumerate(STORIES.items())), encoding="utf-8")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", cluster.scheduler_address)
        out = tmp_path / "findings.jsonl"
        log = _scan(str(tmp_path / "table.jsonl"), "-o", str(out), "--id-column", "story_id",
                    "--text-column", "body", "--date-column", "filed")
        assert f"Dask scheduler {cluster.scheduler_address}" in log
        with_dates = _lines(out)
        # The same stories as files, by the address on the command line.
        _scan(str(folder), "-o", str(tmp_path / "files.jsonl"), "--scheduler", cluster.scheduler_address)
    doubled = [f["path"] for f in with_dates if f["code"] == "NL201"]
    assert doubled == ["market.txt"]
    twice = {f["path"]: f["message"] for f in with_dates if f["code"] == "NL601"}
    assert "the older (2024-05-01 vs 2024-05-02)" in twice["flood.txt"]
    assert "the newer" in twice["flood-refiled.txt"]
    assert any(f["code"] == "NL601" for f in _lines(tmp_path / "files.jsonl"))


def test_without_the_extra_scan_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from newslint.scan import command

    monkeypatch.setattr(command, "missing_extra", lambda: "distributed")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2
    assert "pip install 'newslint[scale]'" in result.output and len(result.output.strip().splitlines()) == 1


def test_selection_turns_cross_article_rules_off(tmp_path: Path) -> None:
    folder = _archive(tmp_path / "archive")
    out = tmp_path / "f.jsonl"
    _scan(str(folder), "-o", str(out), "--workers", "1", "--ignore", "NL601,NL602")
    assert not [f for f in _lines(out) if f["code"] in ("NL601", "NL602")]


# The cross-article logic itself, without a cluster.

def _story(name: str, names: list[str]) -> str:
    return f"Headline {name}\n\nOn Monday the officials met {' and '.join(names)} in the hall to talk.\n"


def test_name_variant_rare_form_one_edit_from_a_frequent_one() -> None:
    stories = [features(f"s{i}.txt", _story(str(i), ["Kowalczyk", "Moreau"])) for i in range(30)]
    stories.append(features("typo.txt", _story("x", ["Kowalcyzk"])))  # transposed letters
    stories.append(features("other.txt", _story("y", ["Morgan"])))  # a different name, two edits away
    stories.append(features("plural.txt", _story("z", ["Moreaus"])))  # a plural, not a typo
    found, counts = cross_findings(stories, {"NL603"}, ArchiveOptions())
    assert [(f["path"], f["line"], f["column"]) for f in found] == [("typo.txt", 3, 29)]
    assert "'Kowalcyzk' (1 story) is one edit from 'Kowalczyk' (30 stories" in found[0]["message"]
    assert variants(Counter({"Kowalczyk": 30, "Kowalcyzk": 5}), ArchiveOptions()) == {}  # too common to be a slip
    # A slip repeated in three stories (a running story's copied typo), and a short name's.
    assert variants(Counter({"Kowalczyk": 30, "Kowalcyzk": 3}), ArchiveOptions()) == {"Kowalcyzk": "Kowalczyk"}
    assert variants(Counter({"Lyng": 30, "Lyg": 1}), ArchiveOptions()) == {"Lyg": "Lyng"}
    # A name that lost its final "s" is a slip; a plural, or a word's singular, is not.
    assert variants(Counter({"Airbus": 30, "Airbu": 1, "Moreau": 30, "Moreaus": 1}), ArchiveOptions()) == {
        "Airbu": "Airbus"}
    # A form no word short of a frequent name's last letter is its slip, not the base it derives from.
    assert variants(Counter({"Haberson": 30, "Haberso": 1}), ArchiveOptions()) == {"Haberso": "Haberson"}
    vocab = learned_vocabulary(counts, ArchiveOptions())
    assert "Kowalczyk" in vocab and "Kowalcyzk" not in vocab


def test_a_form_general_text_seldom_prints_is_a_slip_where_both_forms_stand_alone() -> None:
    # "Ghan" is printed now and then; where it stands beside no name, as "Ghana" does in its
    # stories, it is Ghana's slip; beside a name it may be someone's.
    stories = [features(f"s{i}.txt", _story(str(i), ["Ghana"])) for i in range(50)]
    alone = features("typo.txt", _story("x", ["Ghan"]))
    found, _ = cross_findings([*stories, alone], {"NL603"}, ArchiveOptions())
    assert [(f["path"], f["column"]) for f in found] == [("typo.txt", 29)]
    beside = features("typo.txt", _story("x", ["Ghan Moreau"]))
    assert cross_findings([*stories, beside], {"NL603"}, ArchiveOptions())[0] == []


def test_a_slip_inside_a_hyphenated_name_is_found_at_its_part() -> None:
    stories = [features(f"s{i}.txt", _story(str(i), ["Kowalczyk"])) for i in range(20)]
    stories.append(features("typo.txt", _story("x", ["the Kowalcyzk-led team"])))
    found, _ = cross_findings(stories, {"NL603"}, ArchiveOptions())
    assert [(f["path"], f["column"], f["end_column"]) for f in found] == [("typo.txt", 33, 42)]
    assert "'Kowalcyzk' (1 story) is one edit from 'Kowalczyk' (20 stories" in found[0]["message"]


def test_a_name_general_text_prints_is_a_slip_only_beside_the_names_company() -> None:
    # "Kora" is a word of its own; beside "South", where "Korea" stands in twelve stories, it is
    # a slip of it. Beside "Mr" (printed beside sixty names, "Korea" among them twice) it is not.
    stories = [features(f"s{i}.txt", _story(str(i), ["South Korea", "Mr Moreau"])) for i in range(12)]
    surnames = ["Korea", "Korea", *(f"Zo{a}{b}" for a in "bcdfghjklm" for b in "aeiou")]
    stories += [features(f"t{i}.txt", _story(str(i), [f"Mr {name}"])) for i, name in enumerate(surnames)]
    stories.append(features("typo.txt", _story("x", ["South Kora"])))
    stories.append(features("other.txt", _story("y", ["Mr Kora"])))
    found, _ = cross_findings(stories, {"NL603"}, ArchiveOptions())
    assert [(f["path"], f["column"]) for f in found] == [("typo.txt", 35)]
    assert "'Kora' (2 stories) is one edit from 'Korea' (14 stories" in found[0]["message"]


def test_learned_vocabulary_feeds_back_into_check(tmp_path: Path) -> None:
    from newslint.scan.run import write_vocabulary

    stories = [features(f"s{i}.txt", _story(str(i), ["Brzezinska"])) for i in range(25)]
    _, counts = cross_findings(stories, set(), ArchiveOptions())
    names = tmp_path / "names.txt"
    write_vocabulary(str(names), learned_vocabulary(counts, ArchiveOptions()), ArchiveOptions())
    assert names.read_text(encoding="utf-8").splitlines()[-1] == "Brzezinska"
    story = tmp_path / "new.txt"
    story.write_text("Talks resume\n\nThe envoy met Brzezinska on Monday, and Brzezinksa said the talks would go on.\n")

    def flagged(*extra: str) -> list[str]:
        args = ["check", "--isolated", "--no-cache", "--format", "jsonl", *extra, str(story)]
        result = CliRunner().invoke(main, args)
        return [json.loads(line)["message"] for line in result.stdout.splitlines() if line.startswith("{")]

    assert any("Brzezinksa" in m and "Brzezinska" in m for m in flagged("--vocab", str(names)))


def test_unrelated_stories_are_not_paired() -> None:
    stories = [features(name, text) for name, text in STORIES.items()]
    found, _ = cross_findings(stories, {"NL601", "NL602"}, ArchiveOptions())
    pairs = {(f["code"], f["path"]) for f in found}
    assert pairs == {("NL601", "flood.txt"), ("NL601", "flood-refiled.txt"), ("NL602", "market.txt")}
    (reused,) = [f for f in found if f["code"] == "NL602"]
    assert "summit.txt:6 prints it too, and names Adaeze, Okonkwo there, not here" in reused["message"]


MOVED = ("The smelter's furnace was relined last spring and now treats ore hauled from both open copper pits "
         "on the ridge.")

MINE = f"""Copper output rises at ridge mine

Output of copper concentrate at the ridge mine rose by a tenth in the quarter as a second pit reached
ore of higher grade, the operator said on Thursday.

{MOVED}

The operator expects the smelter to ship more cathode copper to buyers abroad once the new furnace
lining has settled and the pits are worked on three shifts.
"""

CHOIR = f"""Village choir wins county prize

The village choir took first prize at the county music festival on Saturday with a programme of
folk songs arranged by its conductor, a retired teacher.

{MOVED}

Members said they would spend the prize money on new music and a coach to next year's festival
in the market town.
"""


def test_a_pasted_paragraph_that_names_no_one_is_judged_by_its_words() -> None:
    texts = {"mine.txt": MINE, "choir.txt": CHOIR, "library.txt": OTHER}
    stories = extract((name, text, None) for name, text in texts.items())
    found, _ = cross_findings(stories, {"NL602"}, ArchiveOptions(),
                              lambda wanted: {i: texts[stories.stories[i]] for i in wanted})
    assert [(f["path"], f["line"]) for f in found] == [("choir.txt", 6)]
    assert "mine.txt:6 prints it too" in found[0]["message"] and "copper" in found[0]["message"]
    # Without the second look, only names can tell where it belongs: it names no one.
    assert cross_findings(stories, {"NL602"}, ArchiveOptions())[0] == []


STRAY = ("The evening ferry to the island will leave half an hour earlier from Sunday under the new winter "
         "timetable, the harbour office said.")


def test_a_paragraph_neither_unrelated_story_places_is_reported_in_both() -> None:
    # Neither story's other text prints the paragraph's words, and the two share nothing else:
    # one of them holds it by mistake, and only an editor reading both can say which.
    texts = {"mine.txt": MINE.replace(MOVED, STRAY), "choir.txt": CHOIR.replace(MOVED, STRAY), "library.txt": OTHER}
    stories = extract((name, text, None) for name, text in texts.items())
    found, _ = cross_findings(stories, {"NL602"}, ArchiveOptions(),
                              lambda wanted: {i: texts[stories.stories[i]] for i in wanted})
    assert sorted((f["path"], f["line"]) for f in found) == [("choir.txt", 6), ("mine.txt", 6)]
    assert all("neither story's other text places it" in f["message"] and "by mistake" in f["message"]
               for f in found)
    # Closing both, it is a sign-off or a columnist's credit, and fits both.
    credit = "Clark Kent is science correspondent for the Daily Planet and its weekly science programme on radio."
    closing = {"mine.txt": MINE.replace(MOVED, "") + "\n" + credit + "\n",
               "choir.txt": CHOIR.replace(MOVED, "") + "\n" + credit + "\n", "library.txt": OTHER}
    assert _nl602(closing) == []
    assert len(_nl602({**closing, "choir.txt": CHOIR.replace(MOVED, credit)})) == 2
    # A follow-up sharing its background words with the other story is one story told twice.
    related_texts = {**texts, "choir.txt": texts["choir.txt"] + "\nThe copper concentrate pit smelter ore.\n"}
    related_texts["choir.txt"] = related_texts["choir.txt"].replace("folk songs", "copper concentrate, smelter, "
                                                                    "pits, cathode, furnace, ore grade")
    stories = extract((name, text, None) for name, text in related_texts.items())
    assert cross_findings(stories, {"NL602"}, ArchiveOptions(),
                          lambda wanted: {i: related_texts[stories.stories[i]] for i in wanted})[0] == []


def _nl602(texts: dict[str, str], options: ArchiveOptions | None = None) -> list[tuple[str, int]]:
    stories = extract((name, text, None) for name, text in texts.items())
    found, _ = cross_findings(stories, {"NL602"}, options or ArchiveOptions(),
                              lambda wanted: {i: texts[stories.stories[i]] for i in wanted})
    return sorted((f["path"], f["line"]) for f in found)


def test_a_short_caption_counts_where_it_names_someone_a_template_line_does_not() -> None:
    caption = "Pictured: the smelter at Kalgoorlie, March 1986."
    # Its smelter is the mine's: pasted under the choir.
    assert _nl602({"mine.txt": MINE.replace(MOVED, caption), "choir.txt": CHOIR.replace(MOVED, caption),
                   "library.txt": OTHER}) == [("choir.txt", 6)]
    # Short lines naming no one are shared by chance; a note naming no one fits any story,
    # though neither places it.
    note = "NOTE: Share adjusted for a three-for-two stock split paid to holders last month."
    def both(line: str) -> dict[str, str]:  # the line in the middle of each story
        return {"library.txt": f"{OTHER}\n{line}\n\nThe new wing opens to readers on Friday.\n",
                "market.txt": f"{MARKET}\n{line}\n\nTraders expect the hall to reopen on Saturday.\n"}

    for line in ("Shr 18 cts vs 13 cts a year earlier", "Payable April 15, record April 1, the company said.", note):
        assert _nl602(both(line)) == []
    assert _nl602(both(note), ArchiveOptions(note_words=0)) == [("library.txt", 6), ("market.txt", 11)]


def test_a_month_places_no_paragraph() -> None:
    moved = "Sales of cathode copper from the new furnace began in January, the operator said at the time."
    texts = {"mine.txt": MINE.replace(MOVED, moved) + "\nThe pits were first worked in January 1986.\n",
             "choir.txt": CHOIR.replace(MOVED, moved), "library.txt": OTHER}
    stories = extract((name, text, None) for name, text in texts.items())
    found, _ = cross_findings(stories, {"NL602"}, ArchiveOptions(),
                              lambda wanted: {i: texts[stories.stories[i]] for i in wanted})
    assert [f["path"] for f in found] == ["choir.txt"]
    assert "its words (" in found[0]["message"] and "January" not in found[0]["message"]


def test_dateline_days_count_real_months_and_no_impossible_day() -> None:
    from newslint.scan.features import dateline_day

    # Days of a common year: "February 27" and "March 2" are three days apart.
    assert dateline_day("LONDON, March 2 - x") - dateline_day("LONDON, February 27 - x") == 3
    # A slip in the dateline gives no day to compare, not one two months away.
    assert dateline_day("WASHINGTON, March 85 - x") is None and dateline_day("X, April 31 - y") is None


def test_lsh_parameters_are_datasketchs() -> None:
    from datasketch.lsh import _optimal_param

    from newslint.scan.archive import lsh_parameters

    for threshold in (0.3, 0.5, 0.6, 0.9):
        assert lsh_parameters(threshold) == tuple(_optimal_param(threshold, 128, 0.5, 0.5))


AWARD = """{caps} GETS {amount} MLN DLR CONTRACT

WASHINGTON, March {day} - {name} has been awarded a {amount} mln dlr contract for jet fuel at
{price} cts a gallon, the Defense Logistics Agency said. The fuel will be delivered to air bases in the western states
and the Pacific under the contract, which runs for one year from April 1 with an option to extend
it for a further year at prices set by the agency each quarter.

Reuter
"""


def _awards(**items: dict[str, str]) -> list[tuple[str, str]]:
    texts = {f"{key}.txt": AWARD.format(**{"price": "80", **values}) for key, values in items.items()}
    stories = extract((name, text, None) for name, text in texts.items())
    assert len(cross_findings(stories, {"NL601"}, ArchiveOptions())[0]) == 2  # MinHash alone pairs them
    found, _ = cross_findings(stories, {"NL601"}, ArchiveOptions(),
                              lambda wanted: {i: texts[stories.stories[i]] for i in wanted})
    return sorted((f["path"], f["message"]) for f in found)


def test_two_items_of_one_template_are_not_one_story() -> None:
    # Each headline names a subject the other story never prints.
    assert _awards(a={"caps": "NORTHWIND OIL", "name": "Northwind Oil Co", "amount": "50.3", "day": "17"},
                   b={"caps": "CASCADE REFINING", "name": "Cascade Refining Inc", "amount": "50.3",
                      "day": "17"}) == []
    # One subject on two days with new figures: a recurring item (a re-file a day later keeps them).
    assert _awards(a={"caps": "NORTHWIND OIL", "name": "Northwind Oil Co", "amount": "50.3", "day": "17"},
                   b={"caps": "NORTHWIND OIL", "name": "Northwind Oil Co", "amount": "42.4", "day": "19",
                      "price": "82"}) == []
    # A copy re-filed the next day with its end cut keeps what it prints.
    values = {"caps": "NORTHWIND OIL", "name": "Northwind Oil Co", "amount": "50.3", "price": "80"}
    more = "The agency has let 12 other fuel contracts worth 310 mln dlrs this year."
    longer = AWARD.replace("\nReuter", f"\n{more}\n\nReuter")
    texts = {"a.txt": longer.format(day="17", **values), "b.txt": AWARD.format(day="18", **values)}
    stories = extract((name, text, None) for name, text in texts.items())
    assert len(cross_findings(stories, {"NL601"}, ArchiveOptions(),
                              lambda wanted: {i: texts[stories.stories[i]] for i in wanted})[0]) == 2
    kept = _awards(a={"caps": "NORTHWIND OIL", "name": "Northwind Oil Co", "amount": "50.3", "day": "17"},
                   b={"caps": "NORTHWIND OIL", "name": "Northwind Oil Co", "amount": "50.3", "day": "18"})
    assert len(kept) == 2 and "story filed twice" in kept[0][1]


def test_a_headline_printed_on_three_days_is_a_recurring_item() -> None:
    values = {"caps": "NORTHWIND OIL", "name": "Northwind Oil Co", "amount": "50.3", "price": "80"}

    def pairs(days: list[str]) -> set[frozenset[str]]:
        texts = {f"{day}.txt": AWARD.format(day=day, **values) for day in days}
        stories = extract((name, text, None) for name, text in texts.items())
        found, _ = cross_findings(stories, {"NL601"}, ArchiveOptions(),
                                  lambda wanted: {i: texts[stories.stories[i]] for i in wanted})
        return {frozenset((f["path"], f["message"].split(" as ")[-1].split(";")[0])) for f in found}

    # The same text on two days: a copy re-filed the next day.
    assert pairs(["17", "18"]) == {frozenset(("17.txt", "18.txt"))}
    # The same headline on three days or more: each day's item its own story.
    assert pairs(["17", "18", "23"]) == set()


# A follow-up on the mine story, reusing its paragraph of background.
MINE_FOLLOW_UP = f"""Ridge mine operator to hire for night shifts

The operator of the ridge copper mine will hire two hundred workers for night shifts as its
concentrate output climbs on ore of a higher grade, it said on Friday.

{MOVED}

The operator said buyers abroad had asked for more cathode copper in the next quarter, and that
output at the ridge would rise by a tenth again.
"""


def _reused(texts: dict[str, str]) -> list[tuple[str, int]]:
    stories = extract((name, text, None) for name, text in texts.items())
    found, _ = cross_findings(stories, {"NL602"}, ArchiveOptions(),
                              lambda wanted: {i: texts[stories.stories[i]] for i in wanted})
    return [(f["path"], f["line"]) for f in found]


def test_a_follow_up_reusing_background_is_no_paste() -> None:
    # Their rests share most of their uncommon words: one topic, not a misplaced paragraph.
    assert _reused({"mine.txt": MINE, "follow-up.txt": MINE_FOLLOW_UP, "library.txt": OTHER}) == []
    assert _reused({"mine.txt": MINE, "choir.txt": CHOIR, "library.txt": OTHER}) == [("choir.txt", 6)]


def test_stories_sharing_two_paragraphs_are_versions_of_one() -> None:
    second = ("A spokesman said the full figures would be published on the website later in the week, "
              "along with photographs.")
    texts = {"mine.txt": MINE.replace("The operator expects", f"{second}\n\nThe operator expects"),
             "choir.txt": CHOIR.replace("Members said", f"{second}\n\nMembers said"), "library.txt": OTHER}
    stories = extract((name, text, None) for name, text in texts.items())
    for options, found in ((ArchiveOptions(related_margin=1.0), 0),
                           (ArchiveOptions(related_margin=1.0, related_paragraphs=3), 1)):
        assert len(cross_findings(stories, {"NL602"}, options,
                                  lambda wanted: {i: texts[stories.stories[i]] for i in wanted})[0]) == found


BYLINE = "Mara Quennell writes a weekly column on science and the sea for the harbour gazette and its website."

COLUMN_TIDES = f"""Why the spring tides ran so high

Mara Quennell asks why this year's spring tides flooded the harbour road twice in one week, and
what the science of the moon and the winds says about the next ones.

The tide tables printed every January give heights for calm air, yet a strong westerly wind can
pile water against the breakwater and add half a metre to the figure in the table.

{BYLINE}
"""

COLUMN_BEES = f"""Gardens that feed the bees

Mara Quennell visits three allotments where growers have left a strip of clover and thistle
uncut all summer for the bumblebees that pollinate their beans.

Each strip costs the growers little more than a corner of lawn and, they say, their bean crop
has been the heaviest in a decade since they stopped mowing it.

{BYLINE}
"""


def test_a_byline_under_two_columns_is_no_paste() -> None:
    # The paragraph names the columnist both stories name elsewhere: it fits both.
    assert _reused({"tides.txt": COLUMN_TIDES, "bees.txt": COLUMN_BEES, "library.txt": OTHER}) == []
