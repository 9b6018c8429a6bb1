"""Numbers the Python and JavaScript sides of the search share."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


#: Index format version (``v`` in the JSON).
FORMAT_VERSION = 2
#: The global the index scripts assign into.
GLOBAL_NAME = "HB_SEARCH"
#: The longest snippet kept in the index, in characters.
SNIPPET_CHARS = 120
#: How many results the browser shows.
MAX_RESULTS = 10
