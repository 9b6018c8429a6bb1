"""``handbook backup``, ``handbook backups`` and ``handbook restore``: the app's backups, without the window.

The snapshots are the ones Handbook Studio makes when a handbook is closed (see :mod:`.core.backups`): zips of the
text files that changed, in the user's data folder (or the folder chosen in the app's Preferences ▸ Safety, which
also sets how many are kept: :mod:`.core.safety_settings`). A restore first backs up the files it replaces, so it can be
undone with another restore.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .cli_common import EXIT_CANNOT_LOAD, EXIT_OK, EXIT_PROBLEMS

_STATE_WORDS = {"same": "same as now", "changed": "differs from now", "not-on-disk": "not on disk now"}


def _root(folder: str, *, backups_may_do: bool = False) -> Path | None:
    """The handbook folder, or None after saying why it is not one. ``backups_may_do``: a folder whose
    ``handbook.toml`` is gone still counts when it has backups (to restore that very file)."""
    from .core.backups import BackupStore
    from .core.config import CONFIG_NAME

    root = Path(folder).expanduser()
    if root.is_dir() and (root / CONFIG_NAME).is_file():
        return root.resolve()
    if root.is_dir() and backups_may_do and BackupStore().snapshots(root):
        return root.resolve()
    print(f"handbook: {folder} is not a handbook folder (it has no {CONFIG_NAME})", file=sys.stderr)
    return None


def _cmd_backup(args: argparse.Namespace) -> int:
    from .core.backups import MANUAL, BackupError, BackupStore
    from .core.safety_settings import backup_keep

    root = _root(args.dir)
    if root is None:
        return EXIT_CANNOT_LOAD
    store = BackupStore()
    args.keep = args.keep or backup_keep()
    try:
        result = store.back_up(root, keep=args.keep, reason=MANUAL)
    except BackupError as error:
        print(f"handbook backup: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    for name, reason in result.skipped:
        print(f"{name}: error: not backed up: {reason}", file=sys.stderr)
    if result.snapshot is None:
        print(f"Nothing changed since the last backup: no new backup of {args.dir} (they are in {store.folder(root)}).")
    else:
        count = len(result.snapshot.files)
        print(
            f"Backed up {count} file{'s' * (count != 1)} of {args.dir} as {result.snapshot.name} "
            f"({result.snapshot.path}); the last {args.keep} backups are kept."
        )
    return EXIT_PROBLEMS if result.skipped else EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from .core.backups import BackupError, BackupStore, compare_with_disk

    root = _root(args.dir, backups_may_do=True)
    if root is None:
        return EXIT_CANNOT_LOAD
    store = BackupStore()
    if args.snapshot:
        try:
            snapshot = store.find(root, args.snapshot)
        except BackupError as error:
            print(f"handbook backups: {error}", file=sys.stderr)
            return EXIT_CANNOT_LOAD
        if snapshot.problem:
            print(f"handbook backups: backup {snapshot.name} cannot be used: {snapshot.problem}", file=sys.stderr)
            return EXIT_CANNOT_LOAD
        states = compare_with_disk(root, snapshot)
        if args.json:
            files = [
                {"file": name, "size": entry.size, "state": states[name]} for name, entry in snapshot.files.items()
            ]
            print(json.dumps({**_snapshot_json(snapshot), "files": files}, ensure_ascii=False, indent=2))
            return EXIT_OK
        print(f"Backup {snapshot.name} of {args.dir}, made {snapshot.label()} ({_reason_words(snapshot.reason)}):")
        width = max(len(name) for name in snapshot.files)
        for name in snapshot.files:
            print(f"  {name:<{width}}  {_STATE_WORDS[states[name]]}")
        return EXIT_OK
    snapshots = store.snapshots(root)
    damaged = [snapshot for snapshot in snapshots if snapshot.problem]
    if args.json:
        payload = {"handbook": str(root), "folder": str(store.folder(root))}
        print(json.dumps({**payload, "backups": [_snapshot_json(s) for s in snapshots]}, ensure_ascii=False, indent=2))
        return EXIT_PROBLEMS if damaged else EXIT_OK
    if not snapshots:
        print(
            f"No backups of {args.dir} yet: Handbook Studio makes one when you close the handbook, "
            f"and 'handbook backup {args.dir}' makes one now."
        )
        return EXIT_OK
    print(f"Backups of {args.dir} in {store.folder(root)}, newest first:")
    for snapshot in snapshots:
        if snapshot.problem:
            print(f"  {snapshot.name:<17}  damaged: {snapshot.problem}")
            continue
        count = len(snapshot.files)
        print(
            f"  {snapshot.name:<17}  {snapshot.label()}  {_reason_words(snapshot.reason):<16}  "
            f"{count} file{'s' * (count != 1)}"
        )
    for snapshot in damaged:
        print(f"{snapshot.path}: error: {snapshot.problem}", file=sys.stderr)
    return EXIT_PROBLEMS if damaged else EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from .core.backups import BackupError, BackupStore
    from .core.project_lock import LIVE, inspect_lock
    from .core.safety_settings import backup_keep

    root = _root(args.dir, backups_may_do=True)
    if root is None:
        return EXIT_CANNOT_LOAD
    store = BackupStore()
    files = [name.replace("\\", "/") for name in args.files]
    try:
        snapshot = store.find(root, args.snapshot)
        lock = inspect_lock(root)
        result = store.restore(root, snapshot, files or None, keep=args.keep or backup_keep())
    except BackupError as error:
        print(f"handbook restore: {error}; nothing was restored", file=sys.stderr)
        return EXIT_CANNOT_LOAD
    if lock.kind == LIVE and lock.holder is not None and result.restored:
        print(
            f"Note: Handbook Studio has this handbook open ({lock.holder.describe()}): it will see the restored "
            "files changed on disk.",
            file=sys.stderr,
        )
    for name in result.restored:
        print(f"restored {name}")
    for name in result.unchanged:
        print(f"unchanged {name} (already as in the backup)")
    for name, reason in result.failed:
        print(f"{name}: error: not restored: {reason}", file=sys.stderr)
    if result.before is not None:
        print(
            f"The replaced files are in backup {result.before.name}: "
            f"'handbook restore {args.dir} {result.before.name}' undoes this restore."
        )
    return EXIT_PROBLEMS if result.failed else EXIT_OK


def _snapshot_json(snapshot) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "name": snapshot.name,
        "path": str(snapshot.path),
        "created": snapshot.created.isoformat(timespec="seconds") if snapshot.created else None,
        "reason": snapshot.reason,
        "files": len(snapshot.files),
        "problem": snapshot.problem,
    }


def _reason_words(reason: str) -> str:
    return {"close": "on close", "manual": "made by hand", "before-restore": "before a restore"}.get(reason, reason)


def _keep(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"keep takes a number of backups, 1 or more, not {value!r}")
    return number


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``backup``, ``backups`` and ``restore`` to ``handbook``."""
    from .core.backups import DEFAULT_KEEP

    keep_help = (
        "keep only the last N backups of this handbook (default: the number set in the app's Preferences, "
        f"else {DEFAULT_KEEP})"
    )
    backup = commands.add_parser(
        "backup",
        help="back up the handbook's text files now",
        description="Make a backup (a zip in your data folder) of the text files that changed since the last "
        "backup, as Handbook Studio does when you close a handbook. Prints nothing new when nothing changed.",
    )
    backup.add_argument("dir", help="the handbook folder")
    backup.add_argument("--keep", type=_keep, default=None, metavar="N", help=keep_help)
    backup.set_defaults(func=_cmd_backup)

    backups = commands.add_parser(
        "backups",
        help="list the backups of a handbook, or the files in one",
        description="List the backups of a handbook, newest first; with BACKUP, the files in it and whether each "
        "differs from the file as it is now.",
    )
    backups.add_argument("dir", help="the handbook folder")
    backups.add_argument("snapshot", nargs="?", metavar="BACKUP", help="a backup's name, e.g. 20240502-101500")
    backups.add_argument("--json", action="store_true", help="print JSON")
    backups.set_defaults(func=_cmd_backups)

    restore = commands.add_parser(
        "restore",
        help="put files back as a backup has them",
        description="Write FILEs (default: every file of the backup) back into the handbook as BACKUP has them. "
        "The files replaced are backed up first, so another restore undoes this one.",
    )
    restore.add_argument("dir", help="the handbook folder")
    restore.add_argument("snapshot", metavar="BACKUP", help="a backup's name, as 'handbook backups DIR' lists it")
    restore.add_argument("files", nargs="*", metavar="FILE", help="files as the backup names them, e.g. bg/01-intro.md")
    restore.add_argument("--keep", type=_keep, default=None, metavar="N", help=keep_help)
    restore.set_defaults(func=_cmd_restore)
