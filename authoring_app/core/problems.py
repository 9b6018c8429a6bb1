"""Problems found in a handbook, said for people: what is wrong, where, and what to do."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One finding. ``file`` is relative to the handbook root (``/`` separators); ``line``/``column`` are 1-based."""

    file: str
    line: int | None
    column: int | None
    severity: Severity
    message: str
    #: A stable identifier of the kind of problem (``broken-anchor``, ``missing-media`` …) for tools and filters.
    code: str = ""

    def format(self) -> str:
        """``path:line: error|warning: message`` — the form compilers use, so editors can jump to it."""
        where = self.file or "."
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.severity.value}: {self.message}"

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def error(file: str, line: int | None, message: str, *, code: str = "", column: int | None = None) -> Problem:
    return Problem(file, line, column, Severity.ERROR, message, code)


def warning(file: str, line: int | None, message: str, *, code: str = "", column: int | None = None) -> Problem:
    return Problem(file, line, column, Severity.WARNING, message, code)


def split_problems(problems: list[Problem]) -> tuple[list[Problem], list[Problem]]:
    """``(errors, warnings)``, each in file and line order."""
    ordered = sorted(problems, key=lambda p: (p.file, p.line or 0, p.column or 0, p.message))
    errors = [p for p in ordered if p.severity is Severity.ERROR]
    warnings = [p for p in ordered if p.severity is Severity.WARNING]
    return errors, warnings


class HandbookLoadError(Exception):
    """The handbook cannot be loaded at all (no or broken ``handbook.toml``, unreadable folder)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.format())
        self.problem = problem
