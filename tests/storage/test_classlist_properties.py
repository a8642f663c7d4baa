"""Property tests of the class-list reader (hypothesis).

Any bytes, any text: rows or ClassListError, never another exception. Rows written by
the csv module — names from every script, `;` or `,`, with or without a BOM, CRLF, LF
or CR — read back as they were written.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storage.classlists.classlist import ClassListError, read_classlist
from storage.rules.matching import fold

PROPERTY = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def read(tmp_path: Path, content: bytes):
    path = tmp_path / "klas.csv"
    path.write_bytes(content)
    try:
        return read_classlist(path)
    except ClassListError as error:
        assert error.key.startswith("classlist."), error.key
        return error


# -- anything in, rows or the one error out ----------------------------------------------

_HEADERS = st.sampled_from(
    [b"gezin;kind;groep", b"family,child,group,guardians", b"Achternaam;Roepnaam;Groep"]
)
_PIECES = st.sampled_from(
    [
        b";",
        b",",
        b"\t",
        b'"',
        b"\r",
        b"\n",
        b"\r\n",
        b"\x00",
        b"\xff",
        b"\xef\xbb\xbf",
        b"5",
        b"groep 9",
        "Øyen".encode(),
        "Yılmaz".encode("cp1252", "replace"),
        b"x" * 200,
    ]
)


@PROPERTY
@given(content=st.binary(max_size=2000))
@example(content=b"gezin;kind;groep\rKaya;Yusuf;4\r")
@example(content=b"\xff\xfe" + "gezin\tkind\tgroep\r\nKaya\tYu\x00suf\t4".encode("utf-16-le"))
def test_any_bytes_give_rows_or_a_class_list_error(tmp_path: Path, content: bytes) -> None:
    read(tmp_path, content)


@PROPERTY
@given(header=_HEADERS, pieces=st.lists(st.one_of(_PIECES, st.binary(max_size=30)), max_size=60))
def test_csv_like_bytes_give_rows_or_a_class_list_error(
    tmp_path: Path, header: bytes, pieces: list[bytes]
) -> None:
    read(tmp_path, header + b"\n" + b"".join(pieces))


@PROPERTY
@given(
    content=st.text(max_size=1000),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_any_text_gives_rows_or_a_class_list_error(
    tmp_path: Path, content: str, encoding: str
) -> None:
    read(tmp_path, content.encode(encoding, "replace"))


# -- written by the csv module, read back as written --------------------------------------

# Letters of every script (and marks, which NFC may join to them), with the apostrophes,
# hyphens and quotes that real names have.
_LETTERS = st.characters(categories=["L", "M"]) | st.sampled_from("'-\"’")
_WORD = st.text(_LETTERS, min_size=1, max_size=8).filter(
    lambda w: (
        unicodedata.category(unicodedata.normalize("NFC", w)[0]).startswith("L")
        and w.casefold() not in {"en", "and"}
    )  # the words that separate two guardians
)
_NAME = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)


def as_read(name: str) -> str:
    return unicodedata.normalize("NFC", name)


@st.composite
def class_lists(draw):
    """Rows of (family, child, group, guardians), each child once in the whole list."""
    count = draw(st.integers(1, 8))
    children = draw(
        st.lists(_NAME, min_size=count, max_size=count, unique_by=lambda n: fold(as_read(n)))
    )
    rows = []
    for child in children:
        guardians = draw(
            st.lists(_NAME, max_size=2, unique_by=lambda n: fold(as_read(n))).filter(
                lambda gs: all(fold(as_read(g)) for g in gs)
            )
        )
        rows.append((draw(_NAME), child, draw(st.integers(1, 8)), guardians))
    return rows


@PROPERTY
@given(
    rows=class_lists(),
    delimiter=st.sampled_from([";", ","]),
    ending=st.sampled_from(["\r\n", "\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    group_word=st.sampled_from(["", "groep ", "Groep "]),
)
def test_rows_written_by_the_csv_module_read_back_equal(
    tmp_path: Path, rows, delimiter: str, ending: str, encoding: str, group_word: str
) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=ending)
    writer.writerow(["Gezin", "Kind", "Groep", "Ouders"])
    # Two guardians in one field, split on `&` (a `;` would need the field quoted).
    writer.writerows((f, c, f"{group_word}{g}", " & ".join(gs)) for f, c, g, gs in rows)
    read_back = read_classlist(_write(tmp_path, out.getvalue().encode(encoding)))
    assert [(r.line, r.family, r.child, r.group, r.guardians) for r in read_back] == [
        (line, as_read(f), as_read(c), g, tuple(as_read(x) for x in gs))
        for line, (f, c, g, gs) in enumerate(rows, start=2)
    ]


def _write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "klas.csv"
    path.write_bytes(content)
    return path
