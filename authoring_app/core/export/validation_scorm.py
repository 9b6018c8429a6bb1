"""SCORM packages judged three ways: the manifest is there and readable, it is valid against the SCORM XSDs (when
the app ships them in ``resources/scorm/schemas/``), and the package really talks to an LMS — scorm-again, in
Chromium, through ``resources/validation/scorm_runtime.mjs``."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from . import validators
from .formats import Produced
from .validation import FAILED, PASSED, Check, ValidationReport, not_installed
from .validators import ToolFailed

MANIFEST = "imsmanifest.xml"
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
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
    schemas = validators.scorm_schema_folder()
    if schemas is None:
        reason = "no SCORM schemas ship with this installation (resources/scorm/schemas/)"
        report.add(not_installed(fmt, lang, "XSD", reason, path))
        return
    pairs = (tree.getroot().get(f"{XSI}schemaLocation") or "").split()
    if len(pairs) < 2:
        reason = f"{MANIFEST} names no xsi:schemaLocation, so its schemas are not known"
        report.add(not_installed(fmt, lang, "XSD", reason, path))
        return
    imports = []
    for namespace, location in zip(pairs[::2], pairs[1::2], strict=False):
        name = Path(location).name
        found = sorted(schemas.rglob(name), key=lambda p: fmt not in p.parts)
        if not found:
            reason = f"{name} (for {namespace}) is not among the shipped schemas in {schemas}"
            report.add(not_installed(fmt, lang, "XSD", reason, path))
            return
        imports.append(f'<xs:import namespace="{namespace}" schemaLocation="{found[0].as_uri()}"/>')
    wrapper = '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">' + "".join(imports) + "</xs:schema>"
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_TolerantSchemas(etree))
    try:
        document = etree.fromstring(wrapper.encode("utf-8"), parser, base_url=schemas.as_uri() + "/")
        schema = etree.XMLSchema(document)
    except etree.XMLSchemaParseError as exc:
        report.add(not_installed(fmt, lang, "XSD", f"the shipped SCORM schemas could not be read: {exc}", path))
        return
    if schema.validate(tree):
        report.add(Check(fmt, lang, "XSD", PASSED, detail=f"{MANIFEST} is valid", target=path))
    else:
        errors = [f"{MANIFEST}:{e.line}:{e.column}: {e.message}" for e in schema.error_log]
        report.add(Check(fmt, lang, "XSD", FAILED, errors, f"{len(errors)} errors", path))


def _TolerantSchemas(etree):
    """IMS's ims_xml.xsd (SCORM 1.2) binds the xml namespace as the default one, which XML forbids and libxml2
    refuses; every other validator ignores it. Read it without that declaration, so the real schemas still judge."""

    class Resolver(etree.Resolver):
        def resolve(self, url, public_id, context):
            if url and url.startswith("file:") and url.endswith(".xsd"):
                text = Path(url.removeprefix("file://")).read_text(encoding="utf-8")
                bad = 'xmlns="http://www.w3.org/XML/1998/namespace"'
                if bad in text:
                    return self.resolve_string(text.replace(bad, ""), context, base_url=url)
            return None

    return Resolver()


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
