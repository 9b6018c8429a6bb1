"""How far each translation is: per segment ``translated``, ``outdated`` (with what changed), ``missing``, ``extra``.

A target language is compared with its pivot (``[languages.kk] pivot = "ru"``: Kazakh against Russian), else with
the handbook's source language. A paired segment is outdated when its provenance record names another source text
than the one there now; the diff then shows, word by word, what changed in the source since it was translated. A
segment with no record yet counts as translated (``handbook track`` and saving in the app make records).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from ..handbook import Handbook
from ..problems import Problem
from ..segments import Segment, segment_section
from .alignment import Pair, align
from .provenance import Origin, read_provenance

STATUSES = ("translated", "outdated", "missing", "extra")
#: Words of unchanged text kept on each side of a change in a diff.
DIFF_CONTEXT = 5
_WORD_RE = re.compile(r"\S+")


def word_diff(old: str, new: str, context: int = DIFF_CONTEXT) -> str:
    """``… kept words [-removed words-] {+added words+} kept …``: what changed from ``old`` to ``new``."""
    a, b = _WORD_RE.findall(old), _WORD_RE.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[str] = []
    opcodes = matcher.get_opcodes()
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = a[i1:i2]
            first, last = index == 0, index == len(opcodes) - 1
            if len(words) > 2 * context or (first and len(words) > context) or (last and len(words) > context):
                head = [] if first else words[:context]
                tail = [] if last else words[-context:]
                out.extend([*head, "…", *tail] if head or tail else ["…"])
            else:
                out.extend(words)
            continue
        if tag in ("delete", "replace"):
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if tag in ("insert", "replace"):
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(out)


@dataclass
class SegmentStatus:
    key: str
    status: str
    source: Segment | None
    target: Segment | None
    #: For ``outdated``: the source text the translation was made from, and the word diff to the text now.
    old_source: str | None = None
    diff: str | None = None

    @property
    def kind(self) -> str:
        segment = self.source or self.target
        return segment.kind if segment else ""

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "kind": self.kind,
            "status": self.status,
            "source_line": self.source.start if self.source else None,
            "target_line": self.target.start if self.target else None,
            "diff": self.diff,
        }


@dataclass
class SectionStatus:
    lang: str
    slug: str
    #: The language this one is compared with (its pivot, else the source language).
    pivot: str
    file_exists: bool
    segments: list[SegmentStatus] = field(default_factory=list)
    #: Why the target or the file it is compared with could not be read (then the counts mean little).
    problems: list[Problem] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for segment in self.segments:
            counts[segment.status] += 1
        return counts

    def to_json(self) -> dict[str, object]:
        return {
            "file_exists": self.file_exists,
            "counts": self.counts,
            "segments": [segment.to_json() for segment in self.segments],
            "problems": [problem.to_json() for problem in self.problems],
        }


def comparison_language(handbook: Handbook, lang: str, slug: str) -> str:
    """The language ``lang`` is translated from for this section: its pivot when the pivot has the section."""
    pivot = handbook.config.pivot_of(lang)
    if pivot != handbook.config.source_language and not handbook.has_section(pivot, slug):
        return handbook.config.source_language
    return pivot


def section_segments(handbook: Handbook, lang: str, slug: str) -> list[Segment] | None:
    """The segments of a section file, or None when it does not exist or cannot be read."""
    text = handbook.read(lang, slug).text
    return None if text is None else segment_section(text)


def _readable_segments(handbook: Handbook, lang: str, slug: str, problems: list[Problem]) -> list[Segment] | None:
    """Like :func:`section_segments`, but a file that exists and cannot be read (not UTF-8, no permission, …)
    adds its problem to ``problems``: it is not "no translation yet"."""
    section = handbook.read(lang, slug)
    if section.text is None:
        if section.problem is not None and section.problem.code != "missing-file":
            problems.append(section.problem)
        return None
    return segment_section(section.text)


def segment_keys(segments: list[Segment], prefix: str = "") -> list[str]:
    """Names of segments that stay put while the text around them changes: ``heading:why-flip``, ``paragraph:3``."""
    counts: dict[str, int] = {}
    keys = []
    for segment in segments:
        if segment.anchor and segment.kind in ("heading", "footnote", "abbreviation", "definition"):
            keys.append(f"{prefix}{segment.kind}:{segment.anchor}")
            continue
        counts[segment.shape] = counts.get(segment.shape, 0) + 1
        keys.append(f"{prefix}{segment.shape}:{counts[segment.shape]}")
    return keys


def pair_status(pair: Pair, records: dict[str, Origin]) -> tuple[str, str | None, str | None]:
    """``(status, old source text, diff)`` of one pair."""
    if pair.target is None:
        return "missing", None, None
    if pair.source is None:
        return "extra", None, None
    origin = records.get(pair.target.fingerprint)
    if origin is None or origin.fingerprint == pair.source.fingerprint:
        return "translated", None, None
    return "outdated", origin.text, word_diff(origin.text, pair.source.text)


def section_status(
    handbook: Handbook, lang: str, slug: str, *, target_text: str | None = None, source: list[Segment] | None = None
) -> SectionStatus:
    """The status of every segment of section ``slug`` in ``lang`` (``target_text``: the editor's unsaved text)."""
    pivot = comparison_language(handbook, lang, slug)
    problems: list[Problem] = []
    if source is None:
        source = _readable_segments(handbook, pivot, slug, problems) or []
    if target_text is not None:
        target: list[Segment] | None = segment_section(target_text)
    else:
        target = _readable_segments(handbook, lang, slug, problems)
    result = SectionStatus(lang, slug, pivot, file_exists=target is not None, problems=problems)
    records = read_provenance(handbook, lang, slug)
    pairs = align(source, target or [], records)
    source_keys = dict(zip(map(id, source), segment_keys(source), strict=True))
    extras = [pair.target for pair in pairs if pair.source is None and pair.target is not None]
    extra_keys = dict(zip(map(id, extras), segment_keys(extras, "extra:"), strict=True))
    for pair in pairs:
        status, old, diff = pair_status(pair, records)
        key = source_keys[id(pair.source)] if pair.source is not None else extra_keys[id(pair.target)]
        result.segments.append(SegmentStatus(key, status, pair.source, pair.target, old, diff))
    return result


def handbook_status(
    handbook: Handbook, languages: list[str] | None = None, sections: list[str] | None = None
) -> dict[str, object]:
    """The whole handbook's status in the shape ``handbook status --json`` prints."""
    config = handbook.config
    result: dict[str, object] = {"source_language": config.source_language, "languages": {}}
    chosen = [lang for lang in config.target_languages if languages is None or lang in languages]
    slugs = [slug for slug in config.sections if sections is None or slug in sections]
    for lang in chosen:
        sections_json = {slug: section_status(handbook, lang, slug).to_json() for slug in slugs}
        result["languages"][lang] = {"pivot": config.pivot_of(lang), "sections": sections_json}  # type: ignore[index]
    return result
