"""One name order in every list: Today, the week and `schoolyard neglected` agree.

Folded (Øyen beside Oyen, Yılmaz beside Yilmaz) with the tussenvoegsels after the name
(`van der Berg` under B), and times compared as moments whatever UTC offset they carry.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from textual.widgets import DataTable
from tui_support import settle

from storage import Child, ContactBook, Family, Moment
from storage.rules.matching import name_key
from tui import cli, cli_commands
from tui.widgets.family_picker import FamilyTable

EXPECTED = ["van der Berg", "Mulder", "Ölmez", "Øyen", "Peters", "Yılmaz"]


def fill(book: ContactBook) -> dict[int, str]:
    """Six families met long ago, each greeted at the same moment written in two offsets."""
    same_moment = datetime(2026, 10, 5, 12, 10, tzinfo=UTC)
    names = {}
    for index, name in enumerate(["Yılmaz", "Øyen", "Peters", "van der Berg", "Ölmez", "Mulder"]):
        family = book.add_family(
            Family.new(name, [Child(f"Kind {index}", 5)], first_contact=date(2026, 9, 1))
        )
        zone = timezone(timedelta(hours=index % 2))
        book.log(family.id, Moment.PICKUP, at=same_moment.astimezone(zone))
        names[family.id] = name
    return names


def test_the_name_key_files_tussenvoegsels_after_and_folds_letters() -> None:
    assert sorted(EXPECTED[::-1], key=name_key) == EXPECTED
    assert name_key("van der Berg") == ("berg", "van der")
    assert name_key("Van") == ("van", "")


async def test_today_week_and_neglected_order_the_same(
    book: ContactBook, make_app, monkeypatch: pytest.MonkeyPatch, capsys, book_path, clock
) -> None:
    names = fill(book)
    app = make_app(book)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        today = [f.name for f in app.screen.query_one(FamilyTable).rows_shown]
        await pilot.press("f5")
        await settle(app, pilot)
        table = app.screen.query_one("#week-families", DataTable)
        week = [names[int(key.value)] for key in table.rows]
    monkeypatch.setattr(cli_commands, "open_book", lambda path: ContactBook(path, clock=clock))
    capsys.readouterr()
    assert cli.main(["neglected", "--data", str(book_path)]) == 0
    out = capsys.readouterr().out
    neglected = sorted(EXPECTED, key=out.index)
    assert today == EXPECTED
    assert week == EXPECTED
    assert neglected == EXPECTED
