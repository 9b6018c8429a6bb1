"""Gettext PO for CAT tools: msgctxt is the unit id, msgid the source, msgstr the translation.

PO has no inline markup, so placeholders travel as ``<1/>``, ``<2>``…``</2>`` (see :mod:`.inline`); an outdated
translation is ``fuzzy`` with the old source as ``#| msgid`` and the word diff in a comment, which is how PO
editors show "the source changed". The fingerprints ride along in an extracted comment (``#. handbook: …``).
"""

from __future__ import annotations

import re
from pathlib import Path

from translate.storage import po

from ..atomic import atomic_write_bytes
from ..handbook import Handbook
from .exchange import ExchangeFileError, ImportReport, Incoming, Unit, collect_units, import_file, read_limited
from .inline import from_text, to_text

_FINGERPRINTS_RE = re.compile(r"handbook: source=(?P<source>\w*) target=(?P<target>\w*)")


def export_po(handbook: Handbook, lang: str, output: Path) -> list[Unit]:
    """Write the PO file of ``lang`` to ``output`` (atomically); returns the units written."""
    units = collect_units(handbook, lang)
    store = po.pofile()
    store.updateheader(add=True, Language=lang, Content_Type="text/plain; charset=UTF-8", X_Generator="handbook")
    for unit in units:
        entry = store.addsourceunit(to_text(unit.source))
        entry.setcontext(unit.id)
        entry.target = to_text(unit.target) if unit.target is not None else ""
        entry.addlocation(unit.location.split(" ", 1)[0])
        entry.addnote(unit.note, origin="developer")
        entry.addnote(f"handbook: source={unit.source_fingerprint} target={unit.target_fingerprint}", "developer")
        if unit.status == "outdated":
            entry.markfuzzy(True)
    atomic_write_bytes(output, bytes(store))
    return units


def read_po(path: Path) -> tuple[str, list[Incoming]]:
    """``(language, units)`` of a PO file; ExchangeFileError when it cannot be read."""
    data = read_limited(path, "a PO file")
    try:
        store = po.pofile.parsestring(data)
    except Exception as exc:  # translate-toolkit raises ValueError and others for broken files
        raise ExchangeFileError(f"{path}: not a PO file translate-toolkit can read ({exc}); nothing imported") from None
    lang = (store.parseheader().get("Language") or "").strip()
    if not lang:
        raise ExchangeFileError(f"{path}: the header has no Language: line; import a file made by `handbook po export`")
    incoming = []
    for entry in store.units:
        if entry.isheader() or entry.isobsolete():
            continue
        match = _FINGERPRINTS_RE.search(entry.getnotes("developer"))
        target = str(entry.target or "")
        incoming.append(
            Incoming(
                entry.getcontext(),
                match.group("source") if match else "",
                match.group("target") if match else None,
                from_text(target) if target else None,
                approved=not entry.isfuzzy(),
            )
        )
    return lang, incoming


def import_po(handbook: Handbook, path: Path) -> tuple[str, ImportReport]:
    """Import the translations of a PO file; ExchangeFileError when it cannot be read at all."""
    return import_file(handbook, path, read_po, "language")
