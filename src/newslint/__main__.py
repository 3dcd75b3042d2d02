"""`python -m newslint` and the `newslint` command."""

from .run import collector


def main() -> None:
    """Run the command line. Importing click and newslint's modules makes some hundred thousand
    objects that live as long as the process, and next to no reference cycles: the collector
    is paused meanwhile, then those objects are frozen out of its sight (as a run does after
    the first file), instead of being walked by thirty-odd collections."""
    with collector.paused(freeze_after=True):
        from .cli import main as command
    command(prog_name="newslint")


if __name__ == "__main__":
    main()
