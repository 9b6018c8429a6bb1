from __future__ import annotations

import hashlib
from pathlib import Path

from authoring_app.core.check import check_handbook
from authoring_app.core.sample import bundled_sample, ensure_user_sample, user_sample_path


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return h.hexdigest()


def test_first_run_copies_the_sample_and_later_runs_keep_the_users_edits(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HANDBOOK_STUDIO_DATA_DIR", str(tmp_path / "data"))
    shipped = digest(bundled_sample())
    copy = ensure_user_sample()
    assert copy == user_sample_path() == tmp_path / "data" / "sample-handbook"
    assert (copy / "handbook.toml").is_file() and (copy / "media" / "interview.ogg").is_file()
    assert check_handbook(copy).exit_code == 0

    section = copy / "bg" / "01-blended-learning.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nМоя бележка.\n", encoding="utf-8")
    assert ensure_user_sample() == copy
    assert section.read_text(encoding="utf-8").endswith("Моя бележка.\n")
    assert digest(bundled_sample()) == shipped  # the shipped sample never changes
