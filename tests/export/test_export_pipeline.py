"""The export as a publisher runs it, again and again (issue 3, "Build" 7, and the `handbook export` command).

Re-exporting without changes makes nothing again; after one edit only that section is rendered and only the pages
that show something of it change; a failed export leaves the previous site exactly as it was; the exporter refuses
output folders that would destroy something; the command is silent with --quiet, says what is wrong with a broken
handbook, and shows a progress bar only to a person at a terminal. Every export here has its own cache folder.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from authoring_app.core.export.output import OutputFolder
from authoring_app.core.export.site import ExportError, ExportResult, export_site
from authoring_app.core.handbook import Handbook

LANGUAGES = ["bg", "ru", "en", "kk", "uz"]


def export(handbook: Path, out: Path, cache: Path, **options) -> ExportResult:
    result = export_site(handbook, out, cache_dir=cache, **options)
    assert result.problems == [], [p.format() for p in result.problems]
    return result


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` (hidden ones too) with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def changed(before: dict[str, bytes], after: dict[str, bytes]) -> list[str]:
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def sidebar_of(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    match = re.search(r'<nav class="hb-sidebar".*?</nav>', html, re.S)
    assert match, f"{page.name} has no sidebar"
    return match.group(0)


@pytest.fixture
def published(sample_copy: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """The sample copy exported once: (handbook, output folder, cache folder). The output sits alone in its parent
    folder, so that anything left beside it shows."""
    out = tmp_path / "published" / "site"
    cache = tmp_path / "cache"
    export(sample_copy, out, cache)
    return sample_copy, out, cache


# ---- incremental export ----------------------------------------------------------------------------------------------


def test_exporting_again_without_changes_renders_nothing_and_reuses_the_pages(published) -> None:
    handbook, out, cache = published
    before = snapshot(out)
    again = export(handbook, out, cache)
    assert again.rendered == 0
    assert changed(before, snapshot(out)) == [], "the same handbook gave another site"
    # Every section page, search index and media file is linked from the last export; the few files made again
    # each time are the language homes, the chooser, the sitemap and the theme's assets.
    reusable = [
        name
        for name in before
        if name.startswith(("media/", "search/")) or (name.endswith(".html") and not name.endswith("index.html"))
    ]
    assert again.reused >= len(reusable), f"only {again.reused} of {len(reusable)} unchanged files were reused"
    assert again.reused >= 0.85 * again.pages, f"{again.reused} of {again.pages} files reused"


def test_after_one_edit_only_that_section_is_rendered_and_only_its_page_changes(published) -> None:
    handbook, out, cache = published
    before = snapshot(out)
    section = handbook / "ru" / "06-virtual-labs.md"
    section.write_text(
        section.read_text(encoding="utf-8") + "\nГолографический стенд появится в лаборатории осенью.\n",
        encoding="utf-8",
    )
    again = export(handbook, out, cache)
    assert again.rendered == 1
    page = (out / "ru" / "06-virtual-labs.html").read_text(encoding="utf-8")
    assert "Голографический стенд появится в лаборатории осенью." in page
    pages_changed = [name for name in changed(before, snapshot(out)) if name.endswith(".html")]
    assert pages_changed == ["ru/06-virtual-labs.html"], "pages that show nothing of the edit were changed"
    assert [name for name in changed(before, snapshot(out)) if name.startswith("search/")] == ["search/ru.js"]


def test_a_re_export_reads_only_the_sources_that_changed(published, monkeypatch: pytest.MonkeyPatch) -> None:
    handbook, out, cache = published
    section = handbook / "en" / "04-gamification.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nA new closing remark.\n", encoding="utf-8")
    reads: list[str] = []
    original = Handbook.read

    def counting_read(self: Handbook, lang: str, slug: str):
        reads.append(f"{lang}/{slug}")
        return original(self, lang, slug)

    monkeypatch.setattr(Handbook, "read", counting_read)
    again = export(handbook, out, cache)
    assert reads == ["en/04-gamification"]
    assert again.rendered == 1
    assert "A new closing remark." in (out / "en" / "04-gamification.html").read_text(encoding="utf-8")


def test_a_new_title_shows_in_the_sidebar_and_pager_of_the_other_pages_of_its_part(published) -> None:
    handbook, out, cache = published
    before = snapshot(out)
    edit(handbook / "ru" / "02-flipped-classroom.md", "title: Перевёрнутый класс", "title: Класс наоборот")
    again = export(handbook, out, cache)
    assert again.rendered == 1
    for neighbour in ("01-blended-learning", "03-video-lectures"):
        nav = sidebar_of(out / "ru" / f"{neighbour}.html")
        assert ">Класс наоборот</a>" in nav, f"the sidebar of ru/{neighbour} does not show the new title"
        assert "Перевёрнутый класс" not in nav, f"the sidebar of ru/{neighbour} still shows the old title"
    assert "</span> Класс наоборот</a>" in (out / "ru" / "01-blended-learning.html").read_text(encoding="utf-8")
    assert "</span> Класс наоборот</a>" in (out / "ru" / "03-video-lectures.html").read_text(encoding="utf-8")
    assert ">Класс наоборот</a>" in (out / "ru" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Класс наоборот</h1>" in (out / "ru" / "02-flipped-classroom.html").read_text(encoding="utf-8")
    # Another part's pages list this part by its title only; the other languages do not show Russian titles.
    assert "Класс наоборот" not in sidebar_of(out / "ru" / "08-study-hall.html")
    other_languages = [name for name in changed(before, snapshot(out)) if not name.startswith(("ru/", "search/"))]
    assert other_languages == [], "pages in other languages changed"


# ---- a failed export ---------------------------------------------------------------------------------------------


def _fail_writing(name: str):
    real_write = OutputFolder.write

    def write(self: OutputFolder, rel: str, data: bytes) -> None:
        if rel == name:
            raise OSError(28, "No space left on device", rel)
        real_write(self, rel, data)

    return write


def _fail_swapping(out: Path):
    """The first rename onto ``out`` (the new site taking the old one's place) fails; putting the old one back
    works."""
    real_rename = Path.rename
    failed = []

    def rename(self: Path, target):
        if Path(target) == out and not failed:
            failed.append(self)
            raise OSError(18, "Invalid cross-device link", str(self))
        return real_rename(self, target)

    return rename


@pytest.mark.parametrize("step", ["writing a home page", "writing the theme", "swapping the new site in"])
def test_a_failed_export_leaves_the_previous_site_as_it_was(
    published, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, step: str
) -> None:
    handbook, out, cache = published
    before = snapshot(out)
    # Something to publish, so that a half-written export would show.
    edit(handbook / "bg" / "04-gamification.md", "title: Геймификация", "title: Геймификация, нова версия")
    with monkeypatch.context() as patch:
        if step == "writing a home page":  # the new title shows there, so it is written again
            patch.setattr(OutputFolder, "write", _fail_writing("bg/index.html"))
        elif step == "writing the theme":
            patch.setattr(OutputFolder, "write", _fail_writing("assets/site.css"))
        else:
            patch.setattr(Path, "rename", _fail_swapping(out))
        with pytest.raises((OSError, ExportError)):
            export_site(handbook, out, cache_dir=cache, workers=1)
    assert changed(before, snapshot(out)) == [], "the failed export changed the published site"
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"], "the failed export left folders beside it"
    # The next export works as if nothing had happened: the same site as an export from scratch.
    export(handbook, out, cache)
    assert "<h1>Геймификация, нова версия</h1>" in (out / "bg" / "04-gamification.html").read_text(encoding="utf-8")
    fresh = tmp_path / "fresh" / "site"
    export(handbook, fresh, tmp_path / "fresh-cache")
    assert changed(snapshot(fresh), snapshot(out)) == []


# ---- problems in the handbook ----------------------------------------------------------------------------------


def test_a_section_with_broken_front_matter_is_reported(sample_copy: Path, tmp_path: Path) -> None:
    edit(sample_copy / "bg" / "04-gamification.md", "title: Геймификация", "title: Геймификация: точки и значки")
    result = export_site(sample_copy, tmp_path / "site", cache_dir=tmp_path / "cache")
    assert (tmp_path / "site" / "bg" / "04-gamification.html").is_file()
    assert [(p.file, p.line) for p in result.problems] == [("bg/04-gamification.md", 2)]


# ---- output folders that are refused -------------------------------------------------------------------------------


def test_a_folder_that_is_not_an_earlier_export_is_not_replaced(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "my documents"
    (out / "photos").mkdir(parents=True)
    (out / "notes.txt").write_text("do not lose me\n", encoding="utf-8")
    (out / "photos" / "a.jpg").write_bytes(b"\xff\xd8 not really a photo")
    before = snapshot(out)
    with pytest.raises(ExportError, match="not empty") as raised:
        export_site(sample_copy, out, cache_dir=tmp_path / "cache")
    assert str(out) in str(raised.value)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my documents", "sample-handbook"]

    a_file = tmp_path / "site.html"
    a_file.write_text("mine\n", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file"):
        export_site(sample_copy, a_file, cache_dir=tmp_path / "cache")
    assert a_file.read_text(encoding="utf-8") == "mine\n"


def test_an_empty_folder_or_an_earlier_export_is_fine(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    export(sample_copy, out, tmp_path / "cache")
    assert (out / "index.html").is_file()
    (out / "stray.txt").write_text("left by the publisher\n", encoding="utf-8")
    export(sample_copy, out, tmp_path / "cache")  # an earlier export: replaced as a whole
    assert not (out / "stray.txt").exists()


@pytest.mark.parametrize("where", ["the handbook", "a folder inside it", "a language folder", "its parent", "a link"])
def test_the_handbook_folder_is_never_the_output(sample_copy: Path, tmp_path: Path, where: str) -> None:
    targets = {
        "the handbook": sample_copy,
        "a folder inside it": sample_copy / "site",
        "a language folder": sample_copy / "bg" / "site",
        "its parent": sample_copy.parent,
        "a link": tmp_path / "link-to-inside",
    }
    (tmp_path / "link-to-inside").symlink_to(sample_copy / "site")
    before = snapshot(sample_copy)
    with pytest.raises(ExportError, match="handbook"):
        export_site(sample_copy, targets[where], cache_dir=tmp_path / "cache")
    assert snapshot(sample_copy) == before
    assert sorted(p.name for p in sample_copy.iterdir()) == sorted(
        ["README.md", "handbook.toml", "media", *LANGUAGES]
    ), "something was written into the handbook"


# ---- the command ----------------------------------------------------------------------------------------------------


def command_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["HANDBOOK_STUDIO_DATA_DIR"] = str(tmp_path / "app-data")  # its own (empty) cache
    return env


def handbook_command(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "authoring_app.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def on_a_terminal(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    """Run ``handbook`` with its standard error on a pseudo-terminal; (exit code, terminal output, stdout)."""
    master, slave = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "authoring_app.cli", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    seen = bytearray()
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the program closed the terminal
                break
            if not data:
                break
            seen += data
        code = proc.wait(timeout=60)
        stdout = proc.stdout.read().decode("utf-8") if proc.stdout else ""
    finally:
        os.close(master)
        if proc.stdout:
            proc.stdout.close()
        if proc.poll() is None:
            proc.kill()
    return code, seen.decode("utf-8", "replace"), stdout


PROGRESS_BAR = re.compile(r"\[[#.]{30}\] \d+/\d+")


def test_export_quiet_prints_nothing_and_exits_0(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = handbook_command("export", str(sample_copy), "-o", str(out), "--quiet", env=command_env(tmp_path))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert (out / "index.html").is_file() and (out / "bg" / "01-blended-learning.html").is_file()


def test_export_of_a_broken_handbook_exits_2_and_says_where(sample_copy: Path, tmp_path: Path) -> None:
    toml = sample_copy / "handbook.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('languages = ["bg"', 'languages = ["bg",,', 1))
    out = tmp_path / "site"
    result = handbook_command("export", str(sample_copy), "-o", str(out), "--quiet", env=command_env(tmp_path))
    assert result.returncode == 2
    message = result.stdout + result.stderr
    assert re.search(r"handbook\.toml:\d+", message), message
    assert "TOML" in message and "Traceback" not in message
    assert not out.exists(), "a failed export created the output folder"


def test_export_refuses_a_folder_of_the_users_and_says_why(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"precious")
    result = handbook_command("export", str(sample_copy), "-o", str(out), env=command_env(tmp_path))
    assert result.returncode == 2
    assert "not empty" in result.stderr and "Traceback" not in result.stderr
    assert [p.name for p in out.iterdir()] == ["thesis.docx"]


def test_export_of_some_languages_publishes_only_those(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = handbook_command(
        "export", str(sample_copy), "-o", str(out), "--languages", "bg,ru", "--quiet", env=command_env(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["assets", "bg", "media", "ru", "search"]
    assert sorted(p.name for p in (out / "search").iterdir()) == ["bg.js", "ru.js"]
    page = (out / "bg" / "03-video-lectures.html").read_text(encoding="utf-8")
    assert sorted(re.findall(r'<link rel="alternate" hreflang="([^"]+)"', page)) == ["bg", "ru", "x-default"]
    switcher = re.search(r'<nav class="hb-languages".*?</nav>', page, re.S).group(0)
    assert switcher.count("<li>") == 2 and "English" not in switcher
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "en/" not in sitemap and "kk/" not in sitemap and "ru/03-video-lectures.html" in sitemap
    assert 'data-languages="bg ru"' in (out / "index.html").read_text(encoding="utf-8")


def test_the_progress_bar_shows_on_a_terminal_only(sample_copy: Path, tmp_path: Path) -> None:
    env = command_env(tmp_path)
    code, terminal, stdout = on_a_terminal("export", str(sample_copy), "-o", str(tmp_path / "a"), env=env)
    assert code == 0, terminal
    assert PROGRESS_BAR.search(terminal), f"no progress bar on the terminal: {terminal!r}"
    assert "Exported the website" in terminal and stdout == ""

    piped = handbook_command("export", str(sample_copy), "-o", str(tmp_path / "b"), env=env)
    assert piped.returncode == 0
    assert not PROGRESS_BAR.search(piped.stderr) and "\r" not in piped.stderr, "a progress bar in a log file"
    assert "Exported the website" in piped.stderr and piped.stdout == ""

    code, terminal, stdout = on_a_terminal("export", str(sample_copy), "-o", str(tmp_path / "c"), "--quiet", env=env)
    assert (code, terminal, stdout) == (0, "", "")
