from __future__ import annotations


class ReaderError(Exception):
    """Input that cannot be read as an article; `line` and `column` are 1-based where known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
