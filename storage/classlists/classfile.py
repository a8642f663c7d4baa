"""A class-list file read into text: the kind of file, its size, encoding and line ends.

storage/classlist.py reads the text as CSV. Whatever the path names — a folder, a pipe,
a device, a binary or enormous file, a NUL byte — the only exception is ClassListError.

- Encoding: UTF-8 with or without BOM; UTF-16 with BOM (Excel's "Unicode text", tabs);
  otherwise Windows-1252, which Excel on Windows writes for "CSV". A file that is mostly
  UTF-8 with a bad byte is refused rather than read as 1252 mojibake.
- Line ends: CRLF (Windows), LF, and CR alone (Excel for Mac), mixed in one file too;
  the text has LF only, so the csv module and the line numbers agree.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import Any

from storage.rules.errors import SchoolyardError

MAX_BYTES = 2_000_000
"""A whole school's list is a few hundred kB; anything bigger is the wrong file."""
MAX_LINE = 100_000
"""Characters in one line: below the csv module's field limit (131,072), which it would
otherwise raise as csv.Error in the middle of a file."""
# A UTF-8 encoded letter outside ASCII: a lead byte and its continuation bytes.
_UTF8_LETTER = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


class ClassListError(SchoolyardError):
    """A class list that cannot be imported; nothing of it was imported.

    `key` is a the text table (tui/text/) key, `values` fill its placeholders, `line` is the file's
    line (1 is the header) or None when the problem is the whole file.
    """

    def __init__(self, key: str, message: str, *, line: int | None = None, **values: Any):
        super().__init__(key, message, **({"line": line, **values} if line is not None else values))
        self.line = line


def read_text(path: Path | str) -> tuple[Path, str]:
    """The path (with `~` expanded) and its text in NFC with LF line ends."""
    path = Path(path)
    try:
        path = path.expanduser()
    except RuntimeError as exc:  # `~someone` who has no home on this computer
        raise _cannot_read(path, exc) from None
    text = _decode(path, _read_bytes(path))
    _check_lines(text)
    return path, text


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, at most MAX_BYTES; a folder, a pipe or a device is refused."""
    try:
        # Non-blocking, so a named pipe typed as the path cannot hang the import.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise _folder(path) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
        raise _cannot_read(path, exc) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise _folder(path)
        if not stat.S_ISREG(mode):
            raise ClassListError(
                "classlist.not_a_file",
                f"{path.name} is not a file that holds a class list; nothing was imported.",
                file=path.name,
            )
        with os.fdopen(fd, "rb", closefd=False) as file:
            raw = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    finally:
        os.close(fd)
    if len(raw) > MAX_BYTES:
        raise ClassListError(
            "classlist.too_large",
            f"{path.name} is far too big for a class list; is it the right file?",
            file=path.name,
        )
    return raw


def _folder(path: Path) -> ClassListError:
    return ClassListError(
        "classlist.folder",
        f"{path.name} is a folder; give the class list file inside it.",
        file=path.name,
    )


def _cannot_read(path: Path, exc: Exception) -> ClassListError:
    reason = getattr(exc, "strerror", None) or str(exc)
    return ClassListError(
        "classlist.cannot_read",
        f"{path} cannot be read ({reason}).",
        file=str(path),
        reason=reason,
    )


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Excel on Windows saves "CSV" in Windows-1252 and "Unicode text" in UTF-16: both are
    what a teacher gets from the save dialog, so both are read rather than refused.
    """
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ClassListError(
            "classlist.spreadsheet",
            f"{path.name} is a spreadsheet, not a CSV file: save it as CSV and import that.",
            file=path.name,
        )
    text = _text(raw)
    # Many NULs: binary, or UTF-16 without its BOM. A stray one is named by its line.
    if text is not None and text.count("\x00") * 10 <= len(text):
        # One kind of line end: Excel for Mac ends lines with CR alone, which the csv
        # module refuses outside quotes; CRLF and CR are one line end each.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if "\x00" in text:
            line = text.count("\n", 0, text.index("\x00")) + 1
            raise ClassListError(
                "classlist.nul",
                f"Line {line} holds a NUL character, which a text file never has; save the"
                " list again as CSV (UTF-8). Nothing was imported.",
                line=line,
            )
        return unicodedata.normalize("NFC", text)
    raise ClassListError(
        "classlist.not_text",
        f"{path.name} is not a text file that Schoolyard can read: save it as CSV (UTF-8).",
        file=path.name,
    )


def _text(raw: bytes) -> str | None:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # UTF-8 letters beside a bad byte mean a damaged UTF-8 file, not Windows-1252:
    # reading it as 1252 would store names like "Ã–ztÃ¼rk".
    if not _UTF8_LETTER.search(raw):
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return None


def _check_lines(text: str) -> None:
    """No line longer than MAX_LINE characters (one pass, before the csv module reads)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE:
            raise ClassListError(
                "classlist.line_too_long",
                f"Line {number} is {len(line):,} characters long; a class list's lines are"
                " far shorter. Is it the right file? Nothing was imported.",
                line=number,
                length=f"{len(line):,}",
            )
