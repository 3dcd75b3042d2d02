"""`python -m newslint` and the `newslint` command."""

import gc


def main() -> None:
    """Run the command line. Importing click and newslint's modules makes some hundred thousand
    objects that live as long as the process, and next to no reference cycles: the collector
    is paused meanwhile, then those objects are frozen out of its sight (as the runner does
    after the first file), instead of being walked by thirty-odd collections (~5 ms of a
    one-article check)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from .cli import main as command
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    command(prog_name="newslint")


if __name__ == "__main__":
    main()
