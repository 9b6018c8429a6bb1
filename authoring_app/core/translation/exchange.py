"""Units for CAT tools (XLIFF, PO): what goes out for a language, and how translations that come back are written.

Out: one unit per segment of every section of a language that has a source counterpart, compared with its pivot
the way ``handbook status`` compares (extra segments stay home: nobody can translate them from anything). The id,
``<slug>/<segment key>``, finds the place again; the unit also carries the fingerprints of the source and of the
translation as they were at export, so an import can tell that either changed in the meantime.

In: a unit whose translation differs from the file's is written into the target file by replacing exactly that
segment's lines; every other byte of the file (line ends, BOM, other segments) stays as it was. A unit is refused,
with a message naming it, when its source changed since the export, when the translation in the file changed since
the export (the import would overwrite someone's work), or when its placeholders did not all come back. Refused
units never stop the others. A section file that does not exist yet is created from the source's structure only
when the import brings a translation for *every* segment of it: otherwise the new file would hold source-language
text that the status would call translated. Written segments get a provenance record naming the source they were
translated from (the fingerprint the unit carried, which equals the current source's).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..handbook import Handbook
from ..segments import Segment
from .inline import Part, PlaceholderError, protect, rebuild, renumber_like, to_text
from .provenance import Origin, read_provenance, write_provenance
from .section_file import SectionFile, heading_line, yaml_line
from .status import SectionStatus, section_status

#: An exchange file larger than this is refused before it is parsed.
MAX_BYTES = 64 * 1024 * 1024


class ExchangeFileError(Exception):
    """An exchange file that cannot be read at all (the message says which, where and why)."""


@dataclass(frozen=True)
class Unit:
    """One segment as a CAT tool sees it."""

    id: str
    slug: str
    key: str
    kind: str
    lang: str
    pivot: str
    status: str
    source_fingerprint: str
    #: Fingerprint of the translation at export; empty when there is none yet.
    target_fingerprint: str
    source: list[Part]
    target: list[Part] | None
    #: ``ru/02-flipped-classroom.md:14`` (the translation), or the source's place when the translation is missing.
    location: str
    diff: str | None = None

    @property
    def note(self) -> str:
        """What a translator reads next to the unit: where it is and, when outdated, what changed in the source."""
        text = f"{self.slug} ({self.kind}), {self.location}: {self.status}"
        if self.diff:
            text += f"\nThe source changed since it was translated: {self.diff}"
        return text


@dataclass(frozen=True)
class Incoming:
    """A unit as it came back from a CAT tool."""

    id: str
    source_fingerprint: str
    #: None when the file did not say (a tool dropped it): the import then does not check the translation.
    target_fingerprint: str | None
    target: list[Part] | None
    #: The tool says the translation is done (XLIFF state translated/final/signed-off, PO not fuzzy).
    approved: bool = True


@dataclass
class ImportReport:
    written: list[str] = field(default_factory=list)
    #: Outdated segments whose unchanged translation the tool approved: recorded as up to date.
    confirmed: list[str] = field(default_factory=list)
    unchanged: int = 0
    refused: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def unit_id(slug: str, key: str) -> str:
    return f"{slug}/{key}"


def collect_units(handbook: Handbook, lang: str) -> list[Unit]:
    """Every unit of ``lang``: its sections in handbook order, their segments in source order."""
    units: list[Unit] = []
    for slug in handbook.config.sections:
        status = section_status(handbook, lang, slug)
        for segment in status.segments:
            if segment.source is None:
                continue
            source = protect(segment.source.text, segment.source.kind, segment.source.name)
            target = None
            if segment.target is not None:
                target = renumber_like(protect(segment.target.text, segment.target.kind, segment.target.name), source)
            if segment.target is not None:
                location = f"{lang}/{slug}.md:{segment.target.start}"
            else:
                location = f"{status.pivot}/{slug}.md:{segment.source.start} (not yet in {lang}/{slug}.md)"
            units.append(
                Unit(
                    unit_id(slug, segment.key),
                    slug,
                    segment.key,
                    segment.source.kind,
                    lang,
                    status.pivot,
                    segment.status,
                    segment.source.fingerprint,
                    segment.target.fingerprint if segment.target else "",
                    source,
                    target,
                    location,
                    segment.diff,
                )
            )
    return units


@dataclass
class _Edit:
    """Replace lines ``[first, stop)`` (0-based) with ``lines``; ``stop == first`` inserts."""

    unit: str
    first: int
    stop: int
    lines: list[str]
    source: Segment
    #: The index of the first new line that starts the written segment.
    anchor: int


def read_limited(path: Path, kind: str) -> bytes:
    """The bytes of an exchange file, refused (ExchangeFileError) when unreadable or too large to be one of ours;
    ``kind`` names the format with its article ("a PO file", "an XLIFF")."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ExchangeFileError(f"{path}: larger than {MAX_BYTES // 1048576} MB; not {kind} of a handbook")
        return path.read_bytes()
    except OSError as exc:
        raise ExchangeFileError(f"{path}: cannot read it ({exc.strerror or exc})") from None


def import_file(
    handbook: Handbook, path: Path, read: Callable[[Path], tuple[str, list[Incoming]]], what_language: str
) -> tuple[str, ImportReport]:
    """Import what ``read`` finds in ``path``, once its language (``what_language`` in the message: "language",
    "target language") is one this handbook translates into; ExchangeFileError when it cannot be read at all."""
    lang, incoming = read(path)
    if lang not in handbook.config.target_languages:
        raise ExchangeFileError(
            f"{path}: {what_language} {lang!r} is not a target language of this handbook "
            f"({', '.join(handbook.config.target_languages)})"
        )
    return lang, import_units(handbook, lang, incoming)


def import_units(handbook: Handbook, lang: str, incoming: list[Incoming]) -> ImportReport:
    """Write the translations of ``incoming`` into the files of ``lang``; see the module's docstring."""
    report = ImportReport()
    by_slug: dict[str, list[Incoming]] = {}
    for unit in incoming:
        slug = unit.id.split("/", 1)[0]
        if slug not in handbook.config.sections:
            report.refused.append(f"{unit.id}: there is no section {slug!r} in handbook.toml; nothing was written")
            continue
        by_slug.setdefault(slug, []).append(unit)
    for slug, units in by_slug.items():
        _import_section(handbook, lang, slug, units, report)
    return report


def _import_section(handbook: Handbook, lang: str, slug: str, units: list[Incoming], report: ImportReport) -> None:
    status = section_status(handbook, lang, slug)
    rel = f"{lang}/{slug}.md"
    try:
        file = SectionFile.read(handbook.section_path(lang, slug)) if status.file_exists else None
    except (OSError, UnicodeDecodeError) as exc:
        report.refused.extend(f"{u.id}: cannot read {rel} ({exc}); nothing was written for it" for u in units)
        return
    by_key = {segment.key: segment for segment in status.segments if segment.source is not None}
    accepted: list[tuple[Incoming, str]] = []
    confirmations: list[Segment] = []
    for unit in units:
        key = unit.id.split("/", 1)[1] if "/" in unit.id else ""
        found = by_key.get(key)
        if found is None or found.source is None:
            report.refused.append(
                f"{unit.id}: {status.pivot}/{slug}.md has no segment {key!r} any more (the source was restructured "
                "since the export); export again"
            )
            continue
        if not unit.target or not "".join(p for p in unit.target if isinstance(p, str)).strip():
            continue  # nothing translated yet
        source_parts = protect(found.source.text, found.source.kind, found.source.name)
        current = None
        if found.target is not None:
            current = renumber_like(protect(found.target.text, found.target.kind, found.target.name), source_parts)
        if current is not None and to_text(current) == to_text(unit.target):
            if found.status == "outdated" and unit.approved and found.source.fingerprint == unit.source_fingerprint:
                confirmations.append(found.target)  # type: ignore[arg-type]
                report.confirmed.append(unit.id)
            else:
                report.unchanged += 1
            continue
        if found.source.fingerprint != unit.source_fingerprint:
            report.refused.append(
                f"{unit.id}: the source changed since the export ({status.pivot}/{slug}.md:{found.source.start}); "
                "nothing was written for it: export again and translate the new text"
            )
            continue
        now = found.target.fingerprint if found.target else ""
        if unit.target_fingerprint is not None and now != unit.target_fingerprint:
            report.refused.append(
                f"{unit.id}: the translation in {rel}:{found.target.start if found.target else '?'} was changed "
                "since the export; it was not overwritten: export again, or edit it in the app"
            )
            continue
        try:
            markdown = rebuild(unit.target, source_parts)
        except PlaceholderError as exc:
            report.refused.append(
                f"{unit.id}: {exc}; nothing was written for it: put the placeholder back where it belongs and import "
                "again"
            )
            continue
        accepted.append((unit, markdown))
    if file is None:
        _create_section(handbook, lang, slug, status, accepted, report)
    else:
        _write_section(handbook, lang, slug, status, file, accepted, confirmations, report)


def _write_section(
    handbook: Handbook,
    lang: str,
    slug: str,
    status: SectionStatus,
    file: SectionFile,
    accepted: list[tuple[Incoming, str]],
    confirmations: list[Segment],
    report: ImportReport,
) -> None:
    rel = f"{lang}/{slug}.md"
    edits: list[_Edit] = []
    keys = [segment.key for segment in status.segments]
    for unit, markdown in accepted:
        index = keys.index(unit.id.split("/", 1)[1])
        try:
            edit = _edit_for(file, status, index, markdown, unit.id)
        except PlaceholderError as exc:
            report.refused.append(f"{unit.id}: {exc}; nothing was written for it")
            continue
        problem = _check_edits(file, [edit], len(file.segments()) + (edit.stop == edit.first))
        if problem:
            report.refused.append(f"{unit.id}: {problem}; nothing was written for it")
            continue
        edits.append(edit)
    if not edits and not confirmations:
        return
    new_file = file.with_edits([(e.first, e.stop, e.lines) for e in edits])
    written = new_file.segments()
    if edits and len(written) != len(file.segments()) + sum(e.stop == e.first for e in edits):
        report.refused.extend(
            f"{e.unit}: together with the other units it breaks {rel}; nothing written" for e in edits
        )
        return
    records = read_provenance(handbook, lang, slug)
    for segment in confirmations:
        source = next(s.source for s in status.segments if s.target is segment)
        records[segment.fingerprint] = Origin(status.pivot, source.fingerprint, source.text)  # type: ignore[union-attr]
    records.update(_records_for(new_file, edits, status.pivot))
    present = {segment.fingerprint for segment in written}
    records = {fp: origin for fp, origin in records.items() if fp in present}
    if edits:
        if not file.unchanged_on_disk():
            report.refused.extend(
                f"{e.unit}: {rel} was changed by someone else during the import; nothing written" for e in edits
            )
            return
        new_file.write()
        report.files.append(rel)
        report.written.extend(e.unit for e in edits)
    write_provenance(handbook, lang, slug, records)


def _create_section(
    handbook: Handbook,
    lang: str,
    slug: str,
    status: SectionStatus,
    accepted: list[tuple[Incoming, str]],
    report: ImportReport,
) -> None:
    """A new section file: the source file with every segment replaced by its translation (all of them needed)."""
    if not accepted:
        return
    rel = f"{lang}/{slug}.md"
    translations = {unit.id.split("/", 1)[1]: (unit, markdown) for unit, markdown in accepted}
    missing = [s.key for s in status.segments if s.source is not None and s.key not in translations]
    if missing:
        report.refused.extend(
            f"{unit.id}: {rel} does not exist yet, and it is created only when every segment of the section is "
            f"translated ({len(missing)} of {len(status.segments)} are not, e.g. {missing[0]}); nothing was written"
            for unit, _ in accepted
        )
        return
    source_file = SectionFile.read(handbook.section_path(status.pivot, slug))
    edits = []
    for index, segment in enumerate(status.segments):
        unit, markdown = translations[segment.key]
        edits.append(_replacement(source_file, segment.source, markdown, unit.id, index))  # type: ignore[arg-type]
    new_file = source_file.with_edits([(e.first, e.stop, e.lines) for e in edits])
    shapes = [s.shape for s in new_file.segments()]
    if shapes != [s.source.shape for s in status.segments if s.source is not None]:
        report.refused.extend(
            f"{unit.id}: the translations do not keep the structure of {status.pivot}/{slug}.md (a blank line too "
            f"many or a block marker lost); {rel} was not created"
            for unit, _ in accepted
        )
        return
    new_file.path = handbook.section_path(lang, slug)
    new_file.write()
    records = _records_for(new_file, edits, status.pivot)
    write_provenance(handbook, lang, slug, records)
    report.files.append(rel)
    report.written.extend(unit.id for unit, _ in accepted)


def _edit_for(file: SectionFile, status: SectionStatus, index: int, markdown: str, unit: str) -> _Edit:
    """The edit that puts ``markdown`` in the place of segment ``index`` (or inserts it where it belongs)."""
    entry = status.segments[index]
    source = entry.source
    assert source is not None
    if entry.target is not None:
        return _replacement(file, entry.target, markdown, unit, index, source)
    if source.kind in ("title", "summary"):
        raise PlaceholderError(f"the front matter of {status.lang}/{status.slug}.md has no {source.kind}: add one")
    lines = markdown.split("\n")
    previous = next((s.target for s in reversed(status.segments[:index]) if s.target is not None), None)
    if previous is not None:
        tight = previous.kind == "list-item" and source.kind == "list-item"
        new_lines = lines if tight else ["", *lines]
        return _Edit(unit, previous.end, previous.end, new_lines, source, previous.end + (0 if tight else 1))
    following = next((s.target for s in status.segments[index:] if s.target is not None), None)
    at = following.start - 1 if following is not None else len(file.lines)
    return _Edit(unit, at, at, [*lines, ""], source, at)


def _replacement(
    file: SectionFile, old: Segment, markdown: str, unit: str, index: int, source: Segment | None = None
) -> _Edit:
    del index
    source = source or old
    first = old.start - 1
    if old.kind == "heading":
        return _Edit(unit, first, first + 1, [heading_line(file.lines[first], _one_line(markdown))], source, first)
    if old.kind in ("title", "summary"):
        stop = first + 1
        while stop < len(file.lines) and file.lines[stop][:1] in (" ", "\t") and file.lines[stop].strip():
            stop += 1  # a folded value's continuation lines
        return _Edit(unit, first, stop, [yaml_line(old.kind, _one_line(markdown))], source, first)
    return _Edit(unit, first, old.end, markdown.split("\n"), source, first)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _check_edits(file: SectionFile, edits: list[_Edit], expected: int) -> str | None:
    """Why applying ``edits`` would break the file's structure, or None."""
    segments = file.with_edits([(e.first, e.stop, e.lines) for e in edits]).segments()
    if len(segments) != expected:
        return (
            "the translation would change how the section splits into segments (a blank line inside a paragraph, "
            "a lost list or block marker)"
        )
    for edit in edits:
        line = _new_start(edits, edit) + 1
        match = next((s for s in segments if s.start == line), None)
        if match is None or match.shape != edit.source.shape:
            return f"the translation is not a {edit.source.kind} any more (check its markers)"
    return None


def _new_start(edits: list[_Edit], edit: _Edit) -> int:
    """Where ``edit``'s segment starts (0-based) once all ``edits`` are applied."""
    shift = sum(len(e.lines) - (e.stop - e.first) for e in edits if e.stop <= edit.first and e is not edit)
    return edit.anchor + shift


def _records_for(new_file: SectionFile, edits: list[_Edit], pivot: str) -> dict[str, Origin]:
    by_start = {segment.start: segment for segment in new_file.segments()}
    records = {}
    for edit in edits:
        written = by_start.get(_new_start(edits, edit) + 1)
        if written is not None:
            records[written.fingerprint] = Origin(pivot, edit.source.fingerprint, edit.source.text)
    return records
