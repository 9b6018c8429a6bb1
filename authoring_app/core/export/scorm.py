"""SCORM 1.2 and SCORM 2004 (4th edition) packages of one language, for learning management systems.

The content is the handbook's website of that language (:func:`~.site.export_site` with one language), so a
learner finds the same pages, navigation, search and quizzes as online. The whole website is one SCO: an LMS
tracks a SCO per launch, and a session that ended (``LMSFinish``/``Terminate``) cannot start again in the same
launch, so the pages cannot each open and close one. The launch page ``launch.html`` is therefore a shell that
holds the session and shows the pages in an iframe; ``assets/scorm-runtime.js`` (added to every page) reports
visits and quiz results to it (see that file's header for what goes to the LMS).

The zip has ``imsmanifest.xml`` at its root, every file the manifest lists, and the version's XSDs beside it, as
the ADL conformance tests expect. It is written to a temporary file first and copied into place atomically.
"""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from string import Template
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from ..atomic import atomic_copy
from ..handbook import Handbook
from ..paths import resource_path
from ..problems import Problem
from .output import MARKER
from .plan import HOME, make_plan
from .site import export_site

LAUNCH = "launch.html"
RUNTIME = "assets/scorm-runtime.js"
MANIFEST = "imsmanifest.xml"

#: Files that are compressed already: stored as they are, so a package with video is not slow to make.
_STORED = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".mp4", ".webm", ".ogg", ".ogv", ".mp3", ".m4a", ".zip", ".woff2"}
#: A fixed time for every zip entry, so that the same handbook gives the same package.
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
_QUESTION = re.compile(r'<form class="hb-quiz-question"')
_HEAD_END = "</head>"


@dataclass(frozen=True)
class ScormVersion:
    key: str
    #: The ``schemaversion`` the manifest declares.
    schema_version: str
    #: The runtime's name for the version (``config.version`` in the launch page).
    runtime: str
    #: Folder of the XSDs under ``resources/scorm/schemas``.
    schemas: str


SCORM12 = ScormVersion("scorm12", "1.2", "1.2", "scorm12")
SCORM2004 = ScormVersion("scorm2004", "2004 4th Edition", "2004", "scorm2004")


def build_scorm12(handbook: Handbook, lang: str, target: Path) -> list[Problem]:
    """The SCORM 1.2 package of ``lang`` (the version most LMSs still run best)."""
    return build_scorm(handbook, lang, target, SCORM12)


def build_scorm2004(handbook: Handbook, lang: str, target: Path) -> list[Problem]:
    """The SCORM 2004 4th edition package of ``lang``."""
    return build_scorm(handbook, lang, target, SCORM2004)


def build_scorm(handbook: Handbook, lang: str, target: Path, version: ScormVersion) -> list[Problem]:
    """Export the website of ``lang``, turn it into one SCO and write the zip to ``target``."""
    with tempfile.TemporaryDirectory(prefix="handbook-scorm-") as work:
        site = Path(work) / "site"
        result = export_site(handbook.root, site, languages=[lang])
        (site / MARKER).unlink(missing_ok=True)
        sections = [page.url for page in make_plan(handbook, [lang]).sections_of(lang)]
        quizzes = _add_runtime(site)
        _write_launch_page(site, handbook, lang, version, sections, quizzes)
        files = sorted(path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file())
        (site / MANIFEST).write_text(manifest_xml(handbook, lang, version, files), encoding="utf-8")
        schemas = resource_path("scorm", "schemas", version.schemas)
        package = Path(work) / "package.zip"
        _write_zip(package, site, [MANIFEST, *files], schemas)
        atomic_copy(package, Path(target))
    return list(result.problems)


def _add_runtime(site: Path) -> dict[str, tuple[int, int]]:
    """Add the runtime to every page; return the pages with quiz questions: path → (first number, count)."""
    (site / RUNTIME).write_bytes(resource_path("scorm", "runtime.js").read_bytes())
    quizzes: dict[str, tuple[int, int]] = {}
    numbered = 0
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        text = page.read_text(encoding="utf-8")
        root = "../" * rel.count("/")
        tag = f'<script src="{root}{RUNTIME}" defer></script>\n'
        text = text.replace(_HEAD_END, tag + _HEAD_END, 1) if _HEAD_END in text else text + tag
        page.write_text(text, encoding="utf-8")
        count = len(_QUESTION.findall(text))
        if count:
            quizzes[rel] = (numbered, count)
            numbered += count
    return quizzes


def _write_launch_page(
    site: Path,
    handbook: Handbook,
    lang: str,
    version: ScormVersion,
    sections: list[str],
    quizzes: dict[str, tuple[int, int]],
) -> None:
    """The shell the LMS launches; it starts at the language's home page, whose contents list every section."""
    start = f"{lang}/{HOME}.html"
    config = {
        "version": version.runtime,
        "start": start,
        "sections": sections,
        "questions": sum(count for _, count in quizzes.values()),
        "quizzes": {page: list(place) for page, place in quizzes.items()},
    }
    # "</" cannot close the script block when written as "<\/" (JSON reads both the same).
    config_json = json.dumps(config, ensure_ascii=False).replace("</", "<\\/")
    template = Template(resource_path("scorm", "launch.html").read_text(encoding="utf-8"))
    page = template.substitute(
        lang=escape(lang, {'"': "&quot;"}),
        title=escape(_title(handbook, lang), {'"': "&quot;"}),
        start=escape(quote(start), {'"': "&quot;"}),
        config=config_json,
    )
    (site / LAUNCH).write_text(page, encoding="utf-8")


def _title(handbook: Handbook, lang: str) -> str:
    return handbook.config.title(lang) or handbook.root.name


def manifest_xml(handbook: Handbook, lang: str, version: ScormVersion, files: list[str]) -> str:
    """The ``imsmanifest.xml``: one organization with one item, the SCO, whose resource lists every file."""
    title = escape(_title(handbook, lang))
    identifier = "handbook-" + re.sub(r"[^A-Za-z0-9_.-]", "-", lang) + "-" + version.key
    file_lines = "\n".join(f"      <file href={quoteattr(quote(name))}/>" for name in files)
    if version is SCORM12:
        head = (
            f'<manifest identifier="{identifier}" version="1.0"\n'
            '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"\n'
            '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"\n'
            '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
            '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd'
            " http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd"
            ' http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">'
        )
        sco = 'adlcp:scormtype="sco"'
        item_attrs = ' isvisible="true"'
    else:
        head = (
            f'<manifest identifier="{identifier}" version="1.0"\n'
            '  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"\n'
            '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"\n'
            '  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"\n'
            '  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"\n'
            '  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"\n'
            '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
            '  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd'
            " http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd"
            " http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd"
            " http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd"
            ' http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">'
        )
        sco = 'adlcp:scormType="sco"'
        item_attrs = ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{head}
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>{version.schema_version}</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>{title}</title>
      <item identifier="ITEM-1" identifierref="RES-1"{item_attrs}>
        <title>{title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" {sco} href="{LAUNCH}">
{file_lines}
    </resource>
  </resources>
</manifest>
"""


def _write_zip(package: Path, site: Path, names: list[str], schemas: Path) -> None:
    """The package: the manifest first, then the site's files, then the XSDs the manifest names, at the root."""
    with zipfile.ZipFile(package, "w") as archive:
        for name in names:
            _add(archive, site / name, name)
        for schema in sorted(schemas.iterdir()):
            if schema.is_file() and schema.suffix in {".xsd", ".dtd"}:
                _add(archive, schema, schema.name)


def _add(archive: zipfile.ZipFile, source: Path, name: str) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.external_attr = 0o644 << 16
    info.compress_type = zipfile.ZIP_STORED if source.suffix.lower() in _STORED else zipfile.ZIP_DEFLATED
    with source.open("rb") as reader, archive.open(info, "w", force_zip64=True) as writer:
        while chunk := reader.read(1024 * 1024):
            writer.write(chunk)
