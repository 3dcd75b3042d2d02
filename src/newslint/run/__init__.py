"""Running the rules over files: from paths on the command line to one result per file.

One job per module, arrows pointing down the list:

- `settings`: what decides a run's results (`Settings`), hashable and picklable.
- `rulesets`: the configured rule set for a file, built once per process.
- `results`: `FileResult`, one file's outcome, and its compact form between processes.
- `collector`: every switch of Python's garbage collector.
- `reading`: a file's bytes to a `Source`, and the one place its text becomes a Document.
- `guard`: a bug in one file's work becomes that file's error line.
- `batch`: files a batch at a time (read all, parse all, then each rule over them all).
- `check`, `fix`: one file's or one batch's check and fix; `check_many`/`fix_many` over many.
- `results_cache`: results of unchanged files taken from the cache, new ones stored.
- `parallel`: the process pool, and recovery when a worker dies.
- `files`: which files a folder walk takes.

Import the submodule you need (`from newslint.run.check import check_path`): nothing is
re-exported here, so `python -m newslint` can switch the collector before the rest loads.
"""
