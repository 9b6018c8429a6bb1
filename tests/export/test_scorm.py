"""SCORM 1.2 and 2004 packages: a manifest the official XSDs accept, a complete zip, and a runtime an LMS can use.

The LMS side is scorm-again (npm) in Debian's Chromium, driven by ``tests/tools/scorm_lms.mjs`` (see its header).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest
from lxml import etree

from authoring_app.core.export.formats import BOOK_FORMATS
from authoring_app.core.export.scorm import LAUNCH, MANIFEST, RUNTIME
from authoring_app.core.export.scorm_schemas import MANIFEST_NAMESPACES, manifest_schema
from authoring_app.core.handbook import Handbook

REPO_ROOT = Path(__file__).resolve().parents[2]
LMS_SCRIPT = REPO_ROOT / "tests" / "tools" / "scorm_lms.mjs"
LANG = "en"

#: Per format: the runtime's version name.
VERSIONS = {"scorm12": "1.2", "scorm2004": "2004"}


def build(handbook_root: Path, fmt: str, out: Path) -> Path:
    target = out / BOOK_FORMATS[fmt].output_name(LANG)
    problems = BOOK_FORMATS[fmt].build(Handbook.load(handbook_root), LANG, target)
    assert not [p for p in problems if p.severity == "error"], [p.format() for p in problems]
    return target


def listed_files(manifest: bytes) -> tuple[str, list[str]]:
    """The SCO's launch href and every file the manifest lists (as paths in the zip)."""
    root = etree.fromstring(manifest)
    resources = root.findall(".//{*}resource")
    assert len(resources) == 1, "one SCO: the whole website"
    files = [unquote(node.get("href")) for node in resources[0].findall("{*}file")]
    return unquote(resources[0].get("href")), files


@pytest.mark.parametrize("fmt", ["scorm12", "scorm2004"])
def test_manifest_is_valid_against_the_shipped_xsds(sample_copy: Path, tmp_path: Path, fmt: str) -> None:
    package = build(sample_copy, fmt, tmp_path)
    manifest = etree.fromstring(zipfile.ZipFile(package).read(MANIFEST))
    schema = manifest_schema(fmt)
    assert schema.validate(manifest), str(schema.error_log)
    # The schema judges for real: a SCO type it does not know is refused.
    resource = manifest.find(".//{*}resource")
    sco_attribute = next(name for name in resource.attrib if name.lower().endswith("}scormtype"))
    resource.set(sco_attribute, "lesson")
    assert not schema.validate(manifest)


@pytest.mark.parametrize("fmt", ["scorm12", "scorm2004"])
def test_zip_holds_the_manifest_and_every_file_it_lists(sample_copy: Path, tmp_path: Path, fmt: str) -> None:
    package = build(sample_copy, fmt, tmp_path)
    with zipfile.ZipFile(package) as archive:
        names = set(archive.namelist())
        assert archive.testzip() is None
        launch, files = listed_files(archive.read(MANIFEST))
        assert MANIFEST in names
        assert launch == LAUNCH and launch in files
        assert not [name for name in files if name not in names], "listed but missing from the zip"
        assert not [name for name in names - set(files) if not name.endswith((".xsd", ".dtd")) and name != MANIFEST]
        # The XSDs the manifest names sit beside it, as LMS import checks expect.
        assert {name for _, name in MANIFEST_NAMESPACES[fmt]} <= names
        # Only the one language, and every page loads the runtime.
        assert f"{LANG}/index.html" in names and not [n for n in names if n.startswith("ru/")]
        pages = [name for name in names if name.endswith(".html") and name != LAUNCH]
        assert pages
        for name in pages:
            assert RUNTIME.rsplit("/", 1)[1] in archive.read(name).decode("utf-8"), f"{name} lacks the runtime"
        shell = archive.read(LAUNCH).decode("utf-8")
        assert f'"version": "{VERSIONS[fmt]}"' in shell


def run_lms(package_dir: Path, version: str) -> dict:
    node = shutil.which("node")
    if node is None or not (REPO_ROOT / "node_modules" / "scorm-again").is_dir():
        pytest.fail("the SCORM runtime test needs node and node_modules/scorm-again: run ./dev setup")
    proc = subprocess.run(
        [node, str(LMS_SCRIPT), str(package_dir), "--version", version],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["scorm12", "scorm2004"])
def test_an_lms_tracks_the_reader(sample_copy: Path, tmp_path: Path, fmt: str) -> None:
    """Read every page in an LMS, answer the quizzes (some wrong), leave: the LMS has the status and the score."""
    package = build(sample_copy, fmt, tmp_path)
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(package) as archive:
        archive.extractall(unpacked)
    questions = sum(
        page.read_text(encoding="utf-8").count('<form class="hb-quiz-question"') for page in unpacked.rglob("*.html")
    )
    assert questions >= 2, "the sample should have quizzes to score"
    version = VERSIONS[fmt]

    report = run_lms(unpacked, version)

    lms = report["lms"]
    assert not lms["errors"], "\n".join(lms["errors"])
    assert not report["alone"]["errors"], "without an LMS over http:\n" + "\n".join(report["alone"]["errors"])
    assert not report["file"]["errors"], "without an LMS from file://:\n" + "\n".join(report["file"]["errors"])
    calls = lms["calls"]
    names = [call[0] for call in calls]
    values = lms["values"]
    right = lms["answered"]["right"]
    assert lms["answered"]["right"] + lms["answered"]["wrong"] == questions
    assert lms["initialized"] and names.count(names[0]) == 1, "one session for the whole launch"
    assert not lms["beforeUnload"]["terminated"], "the session stays open while the reader moves between pages"
    assert lms["terminated"] and names[-1] in {"LMSFinish", "Terminate"}
    if version == "1.2":
        assert calls[1] == ["LMSSetValue", "cmi.core.lesson_status", "incomplete"]
        assert values["cmi.core.lesson_status"] == "completed"
        assert values["cmi.core.score.raw"] == str(round(100 * right / questions))
        assert values["cmi.core.score.max"] == "100"
        assert values["cmi.core.lesson_location"] == lms["visited"][-1]
    else:
        assert calls[1] == ["SetValue", "cmi.completion_status", "incomplete"]
        assert values["cmi.completion_status"] == "completed"
        assert values["cmi.score.raw"] == str(right) and values["cmi.score.max"] == str(questions)
        assert float(values["cmi.score.scaled"]) == pytest.approx(right / questions, abs=1e-4)
        assert values["cmi.location"] == lms["visited"][-1]
    suspended = json.loads(values["cmi.suspend_data"])
    assert len(suspended["v"]) == len(lms["visited"]) - 2  # every section; not the home page nor the glossary
