"""newslint: a data-quality linter for wire articles."""

__version__ = "0.1.0"
