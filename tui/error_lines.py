"""One translated line for a failed read or write, naming the file the teacher knows.

A full disk, a read-only folder or an immutable file surface as an OSError that names
a hidden temp file (`.week48.json.d095adb4a432.tmp`) or a lock file, or nothing at all.
The line names the data file or the export file instead, or its folder, and says what
to do. Used by the command line and, through `app_error_line`, by every place the app
shows a failed read or write; imports nothing heavy.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

from storage import DataFileBusy, DataFileError, FutureTime, UnknownContact, UnknownFamily
from storage.rules.errors import SchoolyardError

from .text import TEXT, t


def error_text(exc: SchoolyardError) -> str:
    """The sentence for any error of storage's one shape (key and values), CLI and app alike."""
    return t(exc.key, **exc.values)


# Storage's words for a write that failed (storage/engine/): the file was not saved.
_NOT_SAVED = {
    "datafile.disk_full",
    "datafile.folder_read_only",
    "datafile.read_only",
    "datafile.protected",
    "datafile.write_failed",
    "datafile.lock_lost",
    "datafile.changed_meanwhile",
}
_TEMP = re.compile(r"\.(?P<name>.+)\.[0-9a-f]{12}\.tmp")
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM}


def real_file(name: str | bytes | Path | None) -> Path | None:
    """The file a temp or lock file stands for: `.x.json.<hex>.tmp` and `x.json.lock` → x.json."""
    if name is None:
        return None
    path = Path(_text(name))
    match = _TEMP.fullmatch(path.name)
    if match:
        return path.with_name(match["name"])
    if path.name.endswith(".lock") and len(path.name) > len(".lock"):
        return path.with_name(path.name.removesuffix(".lock"))
    return path


def _text(name: str | bytes | Path) -> str:
    return name.decode(errors="replace") if isinstance(name, bytes) else str(name)


def os_error_line(exc: OSError, subject: Path) -> str:
    """`exc` met while reading or writing `subject` (the data file or an export)."""
    named = real_file(exc.filename)
    replaced = real_file(exc.filename2)
    named_folder = named is not None and named.is_dir()
    file = replaced or (named if named is not None and not named_folder else subject)
    folder = named if named_folder else file.parent
    code = exc.errno
    if code in _DISK_FULL:
        return t("cli.disk_full", file=file)
    if code == errno.EROFS:
        return t("cli.folder_read_only", folder=folder, file=file)
    if code in _NOT_ALLOWED:
        itself = exc.filename is not None and named == Path(_text(exc.filename))
        if replaced is not None or (itself and not named_folder):
            # os.replace onto an immutable file, or the file itself refused: not the folder.
            return t("cli.file_read_only", file=file)
        return t("cli.folder_read_only", folder=folder, file=file)
    if code == errno.ENOENT and not folder.is_dir():
        return t("cli.no_folder", folder=folder, file=file)
    if code == errno.EISDIR:
        return t("cli.is_folder", file=file)
    reason = exc.strerror or type(exc).__name__
    return t("cli.write_failed", file=file, reason=reason)


def data_file_error_line(exc: DataFileError) -> str:
    """A DataFileError: the data file named, why, and that it was left as it is."""
    path = real_file(exc.path) or exc.path
    if isinstance(exc, DataFileBusy):
        return t("cli.busy", file=path)
    if exc.key not in TEXT:
        cause = exc.__cause__ or exc.__context__
        if isinstance(cause, OSError) and cause.errno is not None:
            return os_error_line(cause, path)
    reason = exc_reason(exc)
    return t("cli.not_saved" if exc.key in _NOT_SAVED else "cli.damaged", file=path, reason=reason)


def exc_reason(exc: DataFileError) -> str:
    """Why, translated where the text table knows the key; storage's English otherwise."""
    try:
        return t(exc.key, **exc.values) if exc.key in TEXT else exc.reason
    except (KeyError, IndexError):  # a text that wants a value this error does not carry
        return exc.reason


def app_error_line(exc: BaseException, data_file: Path, *, reading: bool = False) -> str:
    """The one line the app shows for anything storage raised: translated, naming the file.

    `reading`: the book could not be read now (a screen re-reading), not a write.
    Never `str(exc)`: that is English and may name a temp or lock file.
    """
    if isinstance(exc, DataFileError):
        if reading and not isinstance(exc, DataFileBusy) and exc.key in _NOT_SAVED:
            # A read saves nothing: "not saved" would make the teacher look for a loss.
            return t("cli.damaged", file=real_file(exc.path) or exc.path, reason=exc_reason(exc))
        return data_file_error_line(exc)
    if isinstance(exc, UnknownFamily):
        return t("families.gone")
    if isinstance(exc, UnknownContact):
        return t("history.gone")
    if isinstance(exc, FutureTime):
        return t("contactform.error.future")
    if isinstance(exc, SchoolyardError) and exc.key in TEXT:
        return error_text(exc)  # Refused, a time too long ago, a class list refused
    if isinstance(exc, OSError):
        if reading:
            detail = exc.strerror or type(exc).__name__
            return t("cli.damaged", file=data_file, reason=t("datafile.unreadable", detail=detail))
        return os_error_line(exc, data_file)
    from storage.rules.exports import ExportError  # only the save-summary dialog meets it

    if isinstance(exc, ExportError):
        return os_error_line(exc.error, exc.path)
    if reading:
        return t("app.unreadable", file=data_file)
    return t("app.refused", file=data_file)
