"""Where newslint keeps its per-user cache: `$XDG_CACHE_HOME/newslint`, else `~/.cache/newslint`."""

from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir() -> Path | None:
    """The user cache folder (not created here); None when there is no home folder."""
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except RuntimeError:  # no home folder
        return None
    return Path(base) / "newslint"
