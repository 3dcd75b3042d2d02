"""What newslint keeps on disk between runs, and how it writes it.

- `atomic`: the one temp-file-then-rename write for newslint's own files (caches).
- `folders`: the user cache folder (`$XDG_CACHE_HOME/newslint`, else `~/.cache/newslint`).
- `results_index`: the results cache of a project (`.newslint_cache`): unchanged files not re-checked.
- `user_records`: small JSON records in the user cache folder: work that depends only on a
  file's exact bytes (validated packs and settings, shipped data, pattern openings).

The articles themselves are written by `source.write_atomically`, which also keeps their
permissions and refuses to overwrite a file changed since it was read.
"""
