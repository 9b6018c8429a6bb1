"""SCORM packages judged three ways: the manifest is there and readable, it is valid against the SCORM XSDs (when
the app ships them in ``resources/scorm/schemas/``), and the package really talks to an LMS — scorm-again, in
Chromium, through ``resources/validation/scorm_runtime.mjs``."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from . import validators
from .formats import Produced
from .scorm_schemas import MANIFEST_NAMESPACES, manifest_errors, schema_folder
from .validation import FAILED, PASSED, Check, ValidationReport, not_installed
from .validators import ToolFailed

MANIFEST = "imsmanifest.xml"
VERSIONS = {"scorm12": "1.2", "scorm2004": "2004"}


def check_package(report: ValidationReport, item: Produced) -> None:
    fmt, lang, path = item.format, item.lang, item.path
    with tempfile.TemporaryDirectory(prefix="handbook-scorm-") as tmp:
        folder = Path(tmp)
        try:
            unpack(path, folder)
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            report.add(Check(fmt, lang, "manifest", FAILED, [f"the package cannot be unpacked: {exc}"], target=path))
            return
        manifest = folder / MANIFEST
        if not manifest.is_file():
            problem = f"{MANIFEST} is not at the top of the package: an LMS will refuse it"
            report.add(Check(fmt, lang, "manifest", FAILED, [problem], target=path))
            return
        try:
            from lxml import etree
        except ImportError:
            report.add(not_installed(fmt, lang, "manifest", "lxml is not installed, so imsmanifest.xml was not read"))
            return
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        try:
            tree = etree.parse(str(manifest), parser)
        except etree.XMLSyntaxError as exc:
            report.add(Check(fmt, lang, "manifest", FAILED, [f"{MANIFEST}: not well-formed XML: {exc}"], target=path))
            return
        launch = launch_href(tree)
        if launch is None:
            problem = f"{MANIFEST} names no SCO to launch (an item with identifierref to a resource with href)"
            report.add(Check(fmt, lang, "manifest", FAILED, [problem], target=path))
            return
        if not (folder / launch.split("?")[0].split("#")[0]).is_file():
            problem = f"{MANIFEST} launches {launch}, which is not in the package"
            report.add(Check(fmt, lang, "manifest", FAILED, [problem], target=path))
            return
        report.add(Check(fmt, lang, "manifest", PASSED, detail=f"launches {launch}", target=path))
        _check_schemas(report, item, tree, etree)
        _check_runtime(report, item, folder, launch)


def unpack(path: Path, into: Path) -> None:
    """Unzip a package, refusing a member that would land outside ``into``."""
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            if not (into / member.filename).resolve().is_relative_to(into.resolve()):
                raise ValueError(f"{member.filename} points outside the package")
        archive.extractall(into)


def launch_href(tree) -> str | None:
    """The href the LMS opens first: the default organisation's first item with a resource, else the first SCO."""
    root = tree.getroot()

    def local(element) -> str:
        return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""

    resources = {
        r.get("identifier"): r for r in root.iter() if local(r) == "resource" and r.get("href") and r.get("identifier")
    }
    organisations = [e for e in root.iter() if local(e) == "organization"]
    default = next((e for e in root.iter() if local(e) == "organizations"), None)
    wanted = default.get("default") if default is not None else None
    organisations.sort(key=lambda o: o.get("identifier") != wanted)
    for organisation in organisations:
        for item in organisation.iter():
            if local(item) == "item" and item.get("identifierref") in resources:
                return resources[item.get("identifierref")].get("href") + (item.get("parameters") or "")
    return next(iter(r.get("href") for r in resources.values()), None)


def _check_schemas(report: ValidationReport, item: Produced, tree, etree) -> None:
    fmt, lang, path = item.format, item.lang, item.path
    if fmt not in MANIFEST_NAMESPACES or not schema_folder(fmt).is_dir():
        reason = "no SCORM schemas ship with this installation (resources/scorm/schemas/)"
        report.add(not_installed(fmt, lang, "XSD", reason, path))
        return
    try:
        errors = manifest_errors(fmt, etree.tostring(tree))
    except etree.XMLSchemaParseError as exc:
        report.add(not_installed(fmt, lang, "XSD", f"the shipped SCORM schemas could not be read: {exc}", path))
        return
    if not errors:
        report.add(Check(fmt, lang, "XSD", PASSED, detail=f"{MANIFEST} is valid", target=path))
    else:
        report.add(Check(fmt, lang, "XSD", FAILED, errors, f"{len(errors)} errors", path))


def _check_runtime(report: ValidationReport, item: Produced, folder: Path, launch: str) -> None:
    fmt, lang, path = item.format, item.lang, item.path
    name = "runtime (scorm-again)"
    browser = validators.find_scorm_runtime()
    if isinstance(browser, str):
        report.add(not_installed(fmt, lang, name, browser, path))
        return
    try:
        result = validators.run_scorm(browser, folder, launch, VERSIONS[fmt])
    except ToolFailed as exc:
        report.add(not_installed(fmt, lang, name, str(exc), path))
        return
    start, end = ("LMSInitialize", "LMSFinish") if fmt == "scorm12" else ("Initialize", "Terminate")
    problems = []
    if not result["initialized"]:
        problems.append(f"the package never called {start} successfully, so the LMS records nothing")
    elif not result["finished"]:
        problems.append(f"the package did not call {end} when the reader left, so the LMS may lose the progress")
    problems += result["errors"]
    problems += [f"uncaught error in the package: {e}" for e in result["pageErrors"]]
    problems += [f"a file of the package could not be loaded: {r}" for r in result["failedRequests"]]
    problems += [f"requested {url}, which is off the machine" for url in result["externalRequests"]]
    calls = len(result["calls"])
    if problems:
        report.add(Check(fmt, lang, name, FAILED, problems, f"{calls} API calls", path))
    else:
        report.add(Check(fmt, lang, name, PASSED, detail=f"{start} … {end}, {calls} API calls, no errors", target=path))
