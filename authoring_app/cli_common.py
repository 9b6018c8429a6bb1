"""What every ``handbook`` command shares: the exit codes, and loading the handbook or saying why it cannot be."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .core.problems import HandbookLoadError

if TYPE_CHECKING:
    from .core.handbook import Handbook

EXIT_OK, EXIT_PROBLEMS, EXIT_CANNOT_LOAD = 0, 1, 2


def load_handbook(folder: str) -> Handbook | None:
    """The handbook in ``folder``, or None after saying on stderr why it cannot be loaded (the command then
    returns :data:`EXIT_CANNOT_LOAD`)."""
    from .core.handbook import Handbook  # imported when a command runs, so that a quick command starts quickly

    try:
        return Handbook.load(Path(folder))
    except HandbookLoadError as exc:
        print(exc.problem.format(), file=sys.stderr)
        return None
