"""Issue 9 item 5: combination groups (1/2, 5/6, 1-2) in class lists, the CLI and the form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage import Child, ContactBook
from storage.classlists.classlist import read_classlist
from storage.rules.groups import parse_group


@pytest.mark.parametrize(
    ("typed", "group"),
    [
        ("5", (5, None)),
        ("5B", (5, None)),
        ("1/2", (1, 2)),
        ("5/6", (5, 6)),
        ("1-2", (1, 2)),
        ("groep 1/2", (1, 2)),
        (" 7 / 8 ", (7, 8)),
        ("1/2B", (1, 2)),
        ("6/7/8", (6, 8)),
        ("1/3", None),
        ("2/1", None),
        ("8/9", None),
        ("0", None),
        ("1/", None),
    ],
)
def test_one_parser_for_groups(typed: str, group) -> None:
    assert parse_group(typed) == group


def test_a_class_list_with_combination_groups(tmp_path: Path) -> None:
    path = tmp_path / "kleuters.csv"
    path.write_bytes(
        "\ufeffgezin;kind;groep\nYılmaz;Elif;1/2\nØyen;Sigrid;1-2\nvan der Berg;Daan;5/6\n"
        "van der Berg;Noor;3\n".encode()
    )
    book = ContactBook(tmp_path / "schoolyard.json")
    result = book.import_families(read_classlist(path))
    assert result.added == 3
    children = {c.name: c for f in book.families() for c in f.children}
    assert (children["Elif"].group, children["Elif"].last_group) == (1, 2)
    assert children["Sigrid"].group_label == "1/2"
    assert children["Daan"].group_label == "5/6"
    assert children["Noor"].group_label == "3"
    berg = next(f for f in book.families() if f.name == "van der Berg")
    assert berg.groups == (3, 5)  # sorting and grouping by (first) group still work

    stored = json.loads(book.path.read_text(encoding="utf-8"))
    docs = [c for f in stored["families"].values() for c in f["children"]]
    assert {"name": "Noor", "group": 3} in docs  # a single group is stored as before
    assert {"name": "Elif", "group": 1, "last_group": 2} in docs

    again = book.import_families(read_classlist(path))
    assert (again.added, again.updated) == (0, 0)  # the same list: no change
    path.write_bytes("gezin;kind;groep\nYılmaz;Elif;2\n".encode())
    moved = book.import_families(read_classlist(path))
    assert moved.updated == 1
    elif_ = next(c for f in book.families() for c in f.children if c.name == "Elif")
    assert (elif_.group, elif_.last_group) == (2, None)


def test_an_old_file_without_combination_groups_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard.json"
    path.write_text(
        json.dumps(
            {"families": {"1": {"name": "de Vries", "children": [{"name": "Sanne", "group": 4}]}}}
        )
    )
    [family] = ContactBook(path).families()
    assert family.children == (Child("Sanne", 4),)
    assert family.children[0].group_label == "4"


def test_the_cli_imports_and_shows_them(tmp_path: Path, capsys) -> None:
    from tui import cli

    csv = tmp_path / "klas.csv"
    csv.write_text("family,child,group\nNguyễn,Minh,1/2\n", encoding="utf-8")
    data = tmp_path / "schoolyard.json"
    assert cli.main(["--lang", "en", "import", str(csv), "--data", str(data)]) == 0
    capsys.readouterr()
    assert cli.main(["--lang", "en", "families", "--data", str(data)]) == 0
    assert "Minh (group 1/2)" in capsys.readouterr().out
    assert cli.main(["--lang", "en", "neglected", "--json", "--data", str(data)]) == 0
    [status] = json.loads(capsys.readouterr().out)
    assert status["children"] == [{"name": "Minh", "group": 1, "last_group": 2}]
