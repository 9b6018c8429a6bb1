"""The GUI's sentences for what went wrong with a backup (core's :class:`~authoring_app.core.backups.BackupProblem`).

Core reports a problem as English text (which the CLI prints) that also carries a code and values; here each code
becomes a whole sentence in the user's language, with the values (file names, sizes, the system's error text) put
in. A text without a code (from an older caller) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from authoring_app.core.backups import BackupProblem


def file_problem(file: str, problem: str) -> str:
    """Why the handbook's file ``file`` was not backed up or not restored, as a sentence."""
    code, values = getattr(problem, "code", None), getattr(problem, "values", {})
    texts = {
        BackupProblem.FILE_TOO_LARGE: QCoreApplication.translate(
            "BackupWords", "{file} is {megabytes} MB, too large for a backup."
        ),
        BackupProblem.FILE_UNREADABLE: QCoreApplication.translate("BackupWords", "{file} cannot be read ({error})."),
        BackupProblem.NOT_A_FILE: QCoreApplication.translate(
            "BackupWords", "{file} is not a regular file (a pipe, a device or a folder)."
        ),
        BackupProblem.LEADS_OUTSIDE: QCoreApplication.translate(
            "BackupWords", "{file} leads outside the handbook (a link?)."
        ),
        BackupProblem.TOO_MUCH_TEXT: QCoreApplication.translate(
            "BackupWords", "{file} did not fit: the handbook's text is too large for one backup."
        ),
        BackupProblem.TOO_MANY_FILES: QCoreApplication.translate(
            "BackupWords", "{file} did not fit: one backup holds at most {limit} files."
        ),
        BackupProblem.LEFT_AS_IT_IS: QCoreApplication.translate(
            "BackupWords", "{file} cannot be read ({error}), so it was left as it is."
        ),
        BackupProblem.NOT_WRITTEN: QCoreApplication.translate("BackupWords", "{file} could not be written ({error})."),
    }
    text = texts.get(code)  # type: ignore[call-overload]
    if text is None:
        return f"{file}: {problem}"
    return text.format(**{**values, "file": file})


def snapshot_problem(problem: str) -> str:
    """Why a backup cannot be used, as a sentence (``Snapshot.problem``)."""
    code, values = getattr(problem, "code", None), getattr(problem, "values", {})
    texts = {
        BackupProblem.TOO_MANY_MEMBERS: QCoreApplication.translate("BackupWords", "It holds too many files."),
        BackupProblem.NO_MANIFEST: QCoreApplication.translate(
            "BackupWords", "It has no manifest.json: it is not a Handbook Studio backup."
        ),
        BackupProblem.ZIP_UNREADABLE: QCoreApplication.translate("BackupWords", "It cannot be read ({error})."),
        BackupProblem.MANIFEST_DAMAGED: QCoreApplication.translate(
            "BackupWords", "Its list of files is damaged ({detail})."
        ),
    }
    text = texts.get(code)  # type: ignore[call-overload]
    return text.format(**values) if text is not None else str(problem)


def error_text(problem: str) -> str:
    """A :class:`~authoring_app.core.backups.BackupError`'s problem, as a sentence or two."""
    code, values = getattr(problem, "code", None), getattr(problem, "values", {})
    if code == BackupProblem.REFUSED_NOW:
        return file_problem(str(values["file"]), values["problem"])  # type: ignore[arg-type]
    if code == BackupProblem.UNUSABLE:
        why = snapshot_problem(values["problem"])  # type: ignore[arg-type]
        return QCoreApplication.translate("BackupWords", "Backup {backup} cannot be used.").format(**values) + " " + why
    texts = {
        BackupProblem.KEEP_TOO_SMALL: QCoreApplication.translate(
            "BackupWords", "The number of backups to keep must be 1 or more, not {keep}."
        ),
        BackupProblem.NO_SUCH_BACKUP: QCoreApplication.translate(
            "BackupWords", "There is no backup {name} of this handbook."
        ),
        BackupProblem.NAME_OUTSIDE: QCoreApplication.translate(
            "BackupWords", "The name {file} points outside the handbook, so it is refused."
        ),
        BackupProblem.NOT_IN_BACKUP: QCoreApplication.translate("BackupWords", "Backup {backup} has no file {file}."),
        BackupProblem.FILE_DAMAGED: QCoreApplication.translate(
            "BackupWords", "Backup {backup} is damaged: {file} is not what was saved."
        ),
        BackupProblem.TOO_MUCH_AT_ONCE: QCoreApplication.translate(
            "BackupWords", "Backup {backup} holds more than can be restored at once: restore fewer files at a time."
        ),
        BackupProblem.BACKUP_UNREADABLE: QCoreApplication.translate(
            "BackupWords", "Backup {backup} cannot be read ({error})."
        ),
        BackupProblem.UNREADABLE_NOW: QCoreApplication.translate("BackupWords", "{file} cannot be read now ({error})."),
        BackupProblem.BEFORE_FAILED: QCoreApplication.translate(
            "BackupWords", "The files it would replace could not be backed up first: {files}."
        ),
        BackupProblem.NOT_WRITABLE: QCoreApplication.translate(
            "BackupWords", "The backup could not be written to {folder} ({error})."
        ),
        BackupProblem.MEMBER_TOO_LARGE: QCoreApplication.translate(
            "BackupWords", "{member} in the backup is {megabytes} MB, more than a backup holds."
        ),
        BackupProblem.MEMBER_INFLATES: QCoreApplication.translate(
            "BackupWords", "{member} in the backup unpacks to more than its size says: the backup is damaged."
        ),
    }
    text = texts.get(code)  # type: ignore[call-overload]
    return text.format(**values) if text is not None else str(problem)
