"""Class-list CSV import: the shapes teachers bring, read strictly, merged without duplicates.

`read_classlist` turns a file into `ClassRow`s or raises `ClassListError` naming the row;
nothing is half-read. How rows become families in the book is storage/classmerge.py.

Choices where PRODUCT.md is silent:
- Line ends: CRLF (Windows), LF, and CR alone (Excel for Mac), mixed in one file too.
- Encoding and line ends: see storage/classfile.py, which reads the file into text.
- Delimiter: `;`, `,` or tab, whichever the header line uses most.
- Guardians: one field split on `;` `,` `/` `&` `+` and the words `en`/`and`, and any
  number of columns such as `ouder 1`, `ouder 2`.
- Groups: `5`, `groep 5` and `5B` (parallel class) are group 5; `1/2`, `5-6`, `groep 1/2`
  are combination groups (storage/rules/groups.py); 0, 9 and `1/3` are refused.
- Names are kept as typed, in Unicode NFC, with runs of spaces made one.
- Unknown columns (address, birthday, pupil number) are ignored.
- Limits: a file of at most 2 MB (a whole school's list is a few hundred kB), a line
  of at most 100,000 characters, and at most 500 characters in a cell that is read
  (names, group, guardians, language, channel). A file over them is the wrong file.

Whatever the file holds — binary, a NUL byte, a folder, a pipe — the only exception
is ClassListError, one sentence a teacher understands (tests/storage/
test_classlist_properties.py checks it for any bytes).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from storage.classlists.classfile import MAX_BYTES, MAX_LINE, ClassListError, read_text
from storage.classlists.classmerge import ImportResult, family_rows, fold, merge_class_list
from storage.rules.groups import parse_group
from storage.rules.safetext import clean

MAX_CELL = 500
"""Characters in one cell that is read (a name, guardians, a group …)."""

# Header names after `_header_key` (folded, letters and digits only).
_FAMILY = {"family", "familyname", "gezin", "gezinsnaam", "familie", "familienaam"}
_CHILD = {"child", "childname", "kind", "naamkind", "leerling", "pupil"}
_GROUP = {"group", "groep", "leerjaar"}
_LANGUAGE = {"language", "homelanguage", "taal", "thuistaal"}
_CHANNEL = {"channel", "preferredchannel", "kanaal", "voorkeurskanaal"}
_STUDENT_ID = {"leerlingnummer", "leerlingnr", "studentid", "studentnumber", "pupilnumber"}
_FIRST_NAME = {"roepnaam", "voornaam", "firstname"}
_PREFIX = {"voorvoegsel", "voorvoegsels", "tussenvoegsel", "tussenvoegsels", "prefix"}
_SURNAME = {"achternaam", "surname", "lastname", "geslachtsnaam"}
_KNOWN = (
    _FAMILY
    | _CHILD
    | _GROUP
    | _LANGUAGE
    | _CHANNEL
    | _FIRST_NAME
    | _PREFIX
    | _SURNAME
    | _STUDENT_ID
)
_HEADER_SEARCH_LINES = 10
# `ouders`, `ouder 1`, `ouders/verzorgers`, `guardian 2`: every such column adds guardians.
_GUARDIANS = re.compile(r"(ouders?|verzorgers?|oudersverzorgers|guardians?|parents?)\d*")

# Inside a guardians field: `;` `,` `/` `&` `+` or the whole words `en` / `and`.
_GUARDIAN_SPLIT = re.compile(r"\s*(?:[;,/&+]|\ben\b|\band\b)\s*", re.IGNORECASE)
_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class ClassRow:
    """One child on the class list, as read; `line` is where it stands in the file."""

    line: int
    family: str
    child: str
    group: int
    guardians: tuple[str, ...] = ()
    language: str = ""
    channel: str = ""
    student_id: str = ""
    last_group: int | None = None
    """The last year of a combination group (`1/2` → group 1, last_group 2)."""


# -- reading ------------------------------------------------------------------------------


def read_classlist(path: Path | str) -> list[ClassRow]:
    """The rows of a class list, or ClassListError naming the file or the first bad row.

    `~` is expanded here, so a path typed in the app cannot fail before this does.
    """
    path, text = read_text(path)
    found = _find_header(text)
    if found is None:
        raise ClassListError(
            "classlist.empty", f"{path.name} is empty: there is nothing to import.", file=path.name
        )
    delimiter, header_line = found
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[ClassRow] = []
    columns: _Columns | None = None
    previous_end = 0
    while True:
        line = previous_end + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error:
            # Lines are shorter than the field limit (see _check_lines) and line ends are
            # one kind, so only a quoted field running on over many lines gets here.
            raise _unclosed_quote(line) from None
        previous_end = reader.line_num
        if line < header_line or not any(f.strip() for f in fields):
            continue
        if any("\n" in f for f in fields):
            raise _unclosed_quote(line)
        if columns is None:
            columns = _columns(fields, line)
            continue
        rows.append(_row(columns, fields, line))
    if not rows:
        raise ClassListError(
            "classlist.no_rows",
            f"{path.name} has column names but no children; nothing was imported.",
            file=path.name,
        )
    _check_duplicates(rows)
    return rows


def _unclosed_quote(line: int) -> ClassListError:
    return ClassListError(
        "classlist.unclosed_quote",
        f"Line {line}: a quotation mark is opened but never closed; nothing was imported.",
        line=line,
    )


def _find_header(text: str) -> tuple[str, int] | None:
    """The delimiter and line of the header; None when the file holds nothing.

    The header is the first line naming two known columns, so a title line above it
    ("Klassenlijst groep 5, 2026-2027") is skipped; failing that, the first line.
    """
    first: tuple[int, str] | None = None
    # Numbered as csv.reader numbers lines, so the two agree.
    for number, line in enumerate(io.StringIO(text), start=1):
        if not line.strip(" \t;,\r\n"):
            continue
        first = first or (number, line)
        for delimiter in _DELIMITERS:
            keys = {_header_key(cell) for cell in line.split(delimiter)}
            known = len(keys & _KNOWN) + any(_GUARDIANS.fullmatch(k) for k in keys)
            if known >= 2:
                return delimiter, number
        if number - first[0] >= _HEADER_SEARCH_LINES:
            break
    return (_sniff(first[1]), first[0]) if first else None


def _sniff(header: str) -> str:
    """The delimiter the header uses most, outside quotes; a comma when it has none."""
    outside = re.sub(r'"[^"]*"', "", header)
    counts = {d: outside.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _header_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(name))


@dataclass
class _Columns:
    family: int | None = None
    child: int | None = None
    group: int | None = None
    first_name: int | None = None
    prefix: int | None = None
    surname: int | None = None
    language: int | None = None
    channel: int | None = None
    student_id: int | None = None
    guardians: list[int] = field(default_factory=list)


_SINGLE = {
    "family": _FAMILY,
    "child": _CHILD,
    "group": _GROUP,
    "first_name": _FIRST_NAME,
    "prefix": _PREFIX,
    "surname": _SURNAME,
    "language": _LANGUAGE,
    "channel": _CHANNEL,
    "student_id": _STUDENT_ID,
}


def _columns(header: list[str], line: int) -> _Columns:
    """Where each known column is; unknown columns (address, birthday …) are ignored."""
    columns = _Columns()
    for index, name in enumerate(header):
        key = _header_key(name)
        if _GUARDIANS.fullmatch(key):
            columns.guardians.append(index)
            continue
        for attribute, names in _SINGLE.items():
            if key in names:
                if getattr(columns, attribute) is not None:
                    column = _clean(name)[:60]
                    raise ClassListError(
                        "classlist.duplicate_column",
                        f"Line {line}: the column ‘{column}’ appears twice; nothing was imported.",
                        line=line,
                        column=column,
                    )
                setattr(columns, attribute, index)
    missing = []
    if columns.family is None and columns.surname is None:
        missing.append("achternaam" if columns.first_name is not None else "gezin/family")
    if columns.child is None and columns.first_name is None:
        missing.append("roepnaam" if columns.surname is not None else "kind/child")
    if columns.group is None:
        missing.append("groep/group")
    if len(missing) == 1:
        raise ClassListError(
            "classlist.missing_column",
            f"The class list has no column ‘{missing[0]}’; nothing was imported.",
            column=missing[0],
        )
    if missing:
        joined = ", ".join(f"‘{m}’" for m in missing)
        raise ClassListError(
            "classlist.missing_columns",
            f"The class list has no columns {joined}; nothing was imported.",
            columns=joined,
        )
    return columns


def _clean(text: str) -> str:
    return " ".join(clean(text).split())


def _cell(fields: list[str], index: int | None, line: int) -> str:
    if index is None or index >= len(fields):
        return ""
    if len(fields[index]) > MAX_CELL:
        raise ClassListError(
            "classlist.cell_too_long",
            f"Line {line}, column {index + 1}: {len(fields[index]):,} characters is far longer"
            " than a name or a group; is it the right file? Nothing was imported.",
            line=line,
            column=index + 1,
            length=f"{len(fields[index]):,}",
        )
    return _clean(fields[index])


def _row(columns: _Columns, fields: list[str], line: int) -> ClassRow:
    child = _cell(fields, columns.child if columns.child is not None else columns.first_name, line)
    if columns.family is not None:
        family = _cell(fields, columns.family, line)
    else:
        family = _clean(
            f"{_cell(fields, columns.prefix, line)} {_cell(fields, columns.surname, line)}"
        )
    if not child:
        raise ClassListError(
            "classlist.empty_child",
            f"Line {line}: the child's name is empty; nothing was imported.",
            line=line,
            family=family,
        )
    if not family:
        raise ClassListError(
            "classlist.empty_family",
            f"Line {line} ({child}): the family name is empty; nothing was imported.",
            line=line,
            child=child,
        )
    raw_group = _cell(fields, columns.group, line)
    parsed = parse_group(raw_group)
    if parsed is None:
        raise ClassListError(
            "classlist.bad_group",
            f"Line {line} ({child} {family}): ‘{raw_group}’ is not a group from 1 to 8"
            " (or a combination group such as 1/2); nothing was imported.",
            line=line,
            child=child,
            family=family,
            group=raw_group,
        )
    guardians: list[str] = []
    for index in columns.guardians:
        for name in _GUARDIAN_SPLIT.split(_cell(fields, index, line)):
            if name and fold(name) not in {fold(g) for g in guardians}:
                guardians.append(name)
    group, last_group = parsed
    return ClassRow(
        line=line,
        family=family,
        child=child,
        group=group,
        last_group=last_group,
        guardians=tuple(guardians),
        language=_cell(fields, columns.language, line),
        channel=_cell(fields, columns.channel, line),
        student_id=_cell(fields, columns.student_id, line),
    )


def _check_duplicates(rows: Iterable[ClassRow]) -> None:
    """A child listed twice in one family must be in one group; exact repeats are harmless."""
    for family in family_rows(rows):
        seen: dict[str, ClassRow] = {}
        for row in family:
            first = seen.setdefault(fold(row.child), row)
            if (first.group, first.last_group) != (row.group, row.last_group):
                raise ClassListError(
                    "classlist.duplicate_child",
                    f"Line {row.line} ({row.child} {row.family}): this child is also on line"
                    f" {first.line} in another group; nothing was imported.",
                    line=row.line,
                    child=row.child,
                    family=row.family,
                    first=first.line,
                )


__all__ = [
    "MAX_BYTES",
    "MAX_CELL",
    "MAX_LINE",
    "ClassListError",
    "ClassRow",
    "ImportResult",
    "merge_class_list",
    "read_classlist",
]
