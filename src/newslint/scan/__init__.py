"""`newslint scan`: an archive on a Dask cluster, and the checks only a whole archive can make.

Needs the `scale` extra (dask, distributed, pyarrow, datasketch). Nothing here is imported by
`newslint check`: the command module (`command.py`) imports the heavy modules inside the run.
"""

from __future__ import annotations

EXTRA_MODULES = ("dask", "distributed", "datasketch")
INSTALL_HINT = "newslint scan needs the scale extra: pip install 'newslint[scale]'"


def missing_extra() -> str | None:
    """The first module of the extra that cannot be imported, or None."""
    from importlib.util import find_spec

    for name in EXTRA_MODULES:
        if find_spec(name) is None:
            return name
    return None
