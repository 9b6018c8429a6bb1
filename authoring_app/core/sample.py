"""The sample handbook shipped with the app, and the user's working copy of it."""

from __future__ import annotations

import shutil
from pathlib import Path

from .paths import resource_path, user_data_dir

SAMPLE_FOLDER = "sample-handbook"


def bundled_sample() -> Path:
    """The shipped sample (read-only as far as the app is concerned)."""
    return resource_path(SAMPLE_FOLDER)


def user_sample_path() -> Path:
    return user_data_dir() / SAMPLE_FOLDER


def ensure_user_sample() -> Path:
    """The user's copy of the sample, made on first use, so the shipped one never changes.

    An existing copy is never overwritten: it holds the user's edits.
    """
    target = user_sample_path()
    if (target / "handbook.toml").is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{SAMPLE_FOLDER}.partial")
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(bundled_sample(), staging, ignore=shutil.ignore_patterns("README.md"))
    for path in [staging, *staging.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    return target
