"""Making provenance records: ``handbook track``, a save in the app, "mark as up to date".

- :func:`track_section` gives every paired target segment that has no record the current source as its origin,
  and forgets records of segments that are no longer in the translation. It is idempotent: tracking twice records
  nothing new. The app calls it after saving a translation, so an edited segment counts as translated from the
  source it was edited against.
- :func:`mark_up_to_date` says a translation still fits the source as it is now (nothing to change after all).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..handbook import Handbook
from .alignment import align
from .provenance import Origin, read_provenance, write_provenance
from .status import comparison_language, section_segments, section_status


@dataclass
class TrackResult:
    #: Records made, and files written.
    recorded: int = 0
    files: int = 0


def track_section(handbook: Handbook, lang: str, slug: str) -> TrackResult:
    """Record the current source as the origin of every paired target segment without a record."""
    result = TrackResult()
    target = section_segments(handbook, lang, slug)
    if target is None:
        return result
    pivot = comparison_language(handbook, lang, slug)
    source = section_segments(handbook, pivot, slug) or []
    records = read_provenance(handbook, lang, slug)
    present = {segment.fingerprint for segment in target}
    kept = {fp: origin for fp, origin in records.items() if fp in present}
    for pair in align(source, target, records):
        if pair.source is None or pair.target is None or pair.target.fingerprint in kept:
            continue
        kept[pair.target.fingerprint] = Origin(pivot, pair.source.fingerprint, pair.source.text)
        result.recorded += 1
    if write_provenance(handbook, lang, slug, kept):
        result.files += 1
    return result


def track_handbook(handbook: Handbook, languages: list[str] | None = None) -> TrackResult:
    """:func:`track_section` for every section of every target language (or of ``languages``)."""
    total = TrackResult()
    for lang in handbook.config.target_languages:
        if languages is not None and lang not in languages:
            continue
        for slug in handbook.config.sections:
            if handbook.has_section(lang, slug):
                one = track_section(handbook, lang, slug)
                total.recorded += one.recorded
                total.files += one.files
    return total


def mark_up_to_date(handbook: Handbook, lang: str, slug: str, keys: list[str]) -> int:
    """The translations of the segments ``keys`` fit the source as it is now; returns how many were outdated."""
    status = section_status(handbook, lang, slug)
    records = read_provenance(handbook, lang, slug)
    changed = 0
    for segment in status.segments:
        if segment.key not in keys or segment.source is None or segment.target is None:
            continue
        origin = Origin(status.pivot, segment.source.fingerprint, segment.source.text)
        if records.get(segment.target.fingerprint) != origin:
            changed += segment.status == "outdated"
            records[segment.target.fingerprint] = origin
    write_provenance(handbook, lang, slug, records)
    return changed
