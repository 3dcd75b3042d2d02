"""`python -m newslint`: the same as the `newslint` command."""

from .cli import main

main(prog_name="newslint")
