"""The error of a refused structure change, shared by the operations and the writers that serve them."""

from __future__ import annotations


class StructureError(Exception):
    """A structure change that cannot be made; the message says what, where and what to do. Nothing was written."""

    def __init__(self, message: str, file: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
