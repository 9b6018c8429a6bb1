"""XLIFF 1.2 for CAT tools: one ``<file>`` per section, one ``<trans-unit>`` per segment, Markdown as inline tags.

A unit's id (and resname) is ``<slug>/<segment key>``; the fingerprints of the source and of the translation at
export ride along as attributes in our own namespace, which XLIFF 1.2 allows and CAT tools keep. The target's
``state`` says what the status says: translated, needs-review-translation (outdated; the note shows what changed
in the source) or no target at all (missing). Reading and writing go through translate-toolkit; before a file
reaches it, defusedxml refuses any DTD or entity declaration (XXE, "billion laughs").
"""

from __future__ import annotations

from pathlib import Path

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeTree
from lxml import etree
from translate.storage import xliff

from ..atomic import atomic_write_bytes
from ..handbook import Handbook
from .exchange import ExchangeFileError, ImportReport, Incoming, Unit, collect_units, import_file, read_limited
from .inline import Part, Tag

HB_NS = "urn:handbook-studio:xliff"
XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
STATES = {"translated": "translated", "outdated": "needs-review-translation"}
#: Target states in which a CAT tool says the translation is done.
APPROVED_STATES = {"", "translated", "final", "signed-off"}
SKELETON = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="{XLIFF_NS}" xmlns:hb="{HB_NS}" version="1.2">\n'
    '<file original="NoName" source-language="x" datatype="x-markdown"><body/></file>\n</xliff>\n'
).encode()


def _fill(element: etree._Element, parts: list[Part]) -> None:
    last: etree._Element | None = None
    for part in parts:
        if isinstance(part, str):
            if last is None:
                element.text = (element.text or "") + part
            else:
                last.tail = (last.tail or "") + part
            continue
        last = etree.SubElement(element, f"{{{XLIFF_NS}}}{part.kind}", id=str(part.id))
        last.text = part.code


def export_xliff(handbook: Handbook, lang: str, output: Path) -> list[Unit]:
    """Write the XLIFF of ``lang`` to ``output`` (atomically); returns the units written."""
    units = collect_units(handbook, lang)
    store = xliff.xlifffile.parsestring(SKELETON)
    store.setsourcelanguage(handbook.config.source_language)
    store.settargetlanguage(lang)
    for unit in units:
        original = f"{lang}/{unit.slug}.md"
        store.switchfile(original, createifmissing=True)
        file_node = store.getfilenode(original)
        file_node.set("source-language", unit.pivot)
        file_node.set("datatype", "x-markdown")
        tt_unit = store.addsourceunit("", filename=original, createifmissing=True)
        tt_unit.setid(unit.id)
        node = tt_unit.xmlelement
        node.set("resname", unit.id)
        node.set(f"{{{HB_NS}}}source-fingerprint", unit.source_fingerprint)
        node.set(f"{{{HB_NS}}}target-fingerprint", unit.target_fingerprint)
        node.set(f"{{{XML_NS}}}space", "preserve")
        source = etree.Element(f"{{{XLIFF_NS}}}source")
        _fill(source, unit.source)
        tt_unit.set_source_dom(source)
        if unit.target is not None:
            target = etree.Element(f"{{{XLIFF_NS}}}target", state=STATES.get(unit.status, "translated"))
            _fill(target, unit.target)
            tt_unit.set_target_dom(target)
        tt_unit.addnote(unit.note, origin="developer")
    etree.cleanup_namespaces(store.document.getroot())
    atomic_write_bytes(output, bytes(store))
    return units


XML_NS = "http://www.w3.org/XML/1998/namespace"


def _parts(element: etree._Element, where: str) -> list[Part]:
    """The parts of a ``<target>``: text and our tags (``<x/>`` counts as ``<ph/>``; ``<mrk>`` is looked into)."""
    parts: list[Part] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        name = etree.QName(child).localname
        if name == "mrk":
            parts.extend(_parts(child, where))
        elif name in ("ph", "x", "bpt", "ept"):
            try:
                number = int(child.get("id", ""))
            except ValueError:
                raise ExchangeFileError(f"{where}: <{name}> without a numeric id") from None
            parts.append(Tag("ph" if name == "x" else name, number))
        else:
            raise ExchangeFileError(f"{where}: <{name}> is not one of the unit's placeholders")
        if child.tail:
            parts.append(child.tail)
    return parts


def safe_bytes(path: Path, what: str) -> bytes:
    """The bytes of an XML file, refused (ExchangeFileError) when unreadable, too large, malformed or carrying a
    DTD or entity declarations."""
    data = read_limited(path, f"an {what}")
    try:
        SafeTree.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ExchangeFileError(
            f"{path}: it declares a DOCTYPE or entities, which an {what} never needs and which can read files or "
            "exhaust memory; refused. Export the file again from the CAT tool"
        ) from None
    except SafeTree.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise ExchangeFileError(f"{path}:{line}:{column}: not well-formed XML ({exc.msg}); nothing imported") from None
    return data


def read_xliff(path: Path) -> tuple[str, list[Incoming]]:
    """``(target language, units)`` of an XLIFF file; ExchangeFileError when it cannot be read."""
    data = safe_bytes(path, "XLIFF")
    try:
        store = xliff.xlifffile.parsestring(data)
    except Exception as exc:  # translate-toolkit raises many kinds on odd files
        raise ExchangeFileError(f"{path}: not an XLIFF 1.2 file translate-toolkit can read ({exc})") from None
    languages = {node.get("target-language") for node in store.document.getroot().iter(f"{{{XLIFF_NS}}}file")}
    languages.discard(None)
    if len(languages) != 1:
        raise ExchangeFileError(
            f"{path}: the <file> elements name {len(languages)} target languages ({', '.join(sorted(languages))}); "
            "import a file made by `handbook xliff export` for one language"
        )
    incoming = []
    for unit in store.getunits():
        node = unit.xmlelement
        unit_id = node.get("id") or ""
        target = unit.get_target_dom()
        parts = _parts(target, f"{path}:{node.sourceline}: unit {unit_id}") if target is not None else None
        state = target.get("state", "") if target is not None else ""
        incoming.append(
            Incoming(
                unit_id,
                node.get(f"{{{HB_NS}}}source-fingerprint", ""),
                node.get(f"{{{HB_NS}}}target-fingerprint"),
                parts,
                approved=state in APPROVED_STATES and node.get("approved", "yes") != "no",
            )
        )
    return languages.pop(), incoming


def import_xliff(handbook: Handbook, path: Path) -> tuple[str, ImportReport]:
    """Import the translations of an XLIFF file; ExchangeFileError when it cannot be read at all."""
    return import_file(handbook, path, read_xliff, "target language")
