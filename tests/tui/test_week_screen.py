"""The week screen: who needs a positive contact, planning, logging, reflection, the summary."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import Checkbox, DataTable, Input, Static, TextArea
from tui_support import open_summary_dialog, open_week, settle

from storage import ContactBook, Family, Moment, Tone
from tui.screens.log_contact import LogContactScreen
from tui.screens.save_summary import SaveSummaryScreen
from tui.screens.week import WeekScreen
from tui.widgets.contact_list import GreetList

WEEK = "2026-W48"


def ids_of(book: ContactBook) -> dict[str, int]:
    """The class_book families by a test name (the two de Jongs by child)."""
    ids = {}
    for family in book.families():
        key = family.name if family.name != "de Jong" else f"de Jong {family.child_names}"
        ids[key] = family.id
    return ids


@pytest.fixture
def ids(class_book: ContactBook) -> dict[str, int]:
    return ids_of(class_book)


def rows(screen: WeekScreen) -> list[int]:
    table = screen.query_one("#week-families", DataTable)
    return [int(key.value) for key in table.rows]


def text_of(widget: Static) -> str:
    return str(widget.render())


async def highlight(pilot, screen: WeekScreen, family_id: int) -> None:
    table = screen.query_one("#week-families", DataTable)
    table.focus()
    table.move_cursor(row=0)
    for _ in range(rows(screen).index(family_id)):
        await pilot.press("down")
    await pilot.pause()
    assert screen.highlighted_family() == family_id


async def week_on(app, pilot, family_id: int, key: str = "") -> WeekScreen:
    """The Week screen (F5) with the cursor on family `family_id`; `key` pressed there,
    and what it started done."""
    screen = await open_week(app, pilot)
    await highlight(pilot, screen, family_id)
    if key:
        await pilot.press(key)
        await settle(app, pilot)
    return screen


async def test_the_list_is_the_shared_rule_never_met_first(class_book, make_app, ids) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        expected = [s.family.id for s in class_book.needing_positive_contact()]
        assert rows(screen) == expected
        # Never met first, then the longest without a positive contact.
        assert set(expected[:2]) == {ids["Nguyễn"], ids["de Jong Noor"]}
        assert expected[2:] == [ids["de Jong Lucas"], ids["Öztürk"], ids["van der Berg"]]
        head = text_of(screen.query_one("#week-head", Static))
        assert "week 48" in head
        assert "Mon 23 Nov – Sun 29 Nov" in head
        assert "No first contact (kennismaking) yet: 2" in head
        assert "Need a positive contact: 5" in head
        table = screen.query_one("#week-families", DataTable)
        lucas = table.get_row(str(ids["de Jong Lucas"]))
        assert lucas[1] == "de Jong (Lucas)"
        assert lucas[2] == "30 d"  # calendar days, as on Today
        assert lucas[4] == "⚠ 2"
        assert table.get_row(str(ids["Nguyễn"]))[2] == "never"


async def test_the_detail_flags_only_problem_contact_and_shows_how_to_reach(
    class_book, make_app, ids
) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await week_on(app, pilot, ids["de Jong Lucas"])
        detail = text_of(screen.query_one("#week-detail", Static))
        assert "only contacted about problems" in detail
        assert "2× concern since the last positive contact" in detail
        assert "30 days since the last positive contact" in detail
        await highlight(pilot, screen, ids["Nguyễn"])
        detail = text_of(screen.query_one("#week-detail", Static))
        assert "no first contact yet" in detail
        assert "Never a positive contact yet." in detail
        assert "Channel: telefoon" in detail
        assert "Language: Vietnamees" in detail
        assert "Tips: Korte zinnen; oudste zus vertaalt." in detail
        assert "only contacted about problems" not in detail


async def test_a_not_reached_attempt_is_shown_but_is_no_contact(class_book, make_app, ids) -> None:
    class_book.log(ids["Nguyễn"], Moment.PHONE, Tone.POSITIVE, reached=False)
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        assert ids["Nguyễn"] in rows(screen)
        table = screen.query_one("#week-families", DataTable)
        assert table.get_row(str(ids["Nguyễn"]))[3] == "—"
        await highlight(pilot, screen, ids["Nguyễn"])
        detail = text_of(screen.query_one("#week-detail", Static))
        assert "Not reached: 1× since the last contact, last today 15:10 (phone)" in detail
        assert "Last contact: —" in detail


async def test_plan_a_family_then_a_positive_contact_drops_it_off(
    class_book, make_app, ids
) -> None:
    ozturk = ids["Öztürk"]
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await week_on(app, pilot, ozturk, "ctrl+b")
        assert class_book.planned() == {ozturk}
        table = screen.query_one("#week-families", DataTable)
        assert table.get_row(str(ozturk))[0] == " ★"
        assert "★ planned: 1" in text_of(screen.query_one("#week-head", Static))

        # The main screen shows it among the families to greet, marked planned.
        # It was built before the plan; nothing but coming back into view makes it re-read.
        await pilot.press("f2")
        await pilot.pause()
        greet = str(app.screen.query_one(GreetList).render())
        assert "Öztürk" in greet and "[planned]" in greet

        class_book.log(ozturk, Moment.PICKUP, Tone.POSITIVE, note="Mila liet haar tekening zien")
        app.reload_screen()
        await pilot.pause()
        greet = str(app.screen.query_one(GreetList).render())
        assert "Öztürk" not in greet

        screen = await open_week(app, pilot)
        assert ozturk not in {s.family.id for s in class_book.needing_positive_contact()}
        assert ozturk not in rows(screen)
        assert "★ planned: 0" in text_of(screen.query_one("#week-head", Static))


async def test_plans_survive_a_restart_and_can_be_taken_back(class_book, make_app, ids) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await week_on(app, pilot, ids["de Jong Noor"], "ctrl+b")
    again = make_app(ContactBook(class_book.path, clock=class_book.now))
    async with again.run_test(size=(100, 30)) as pilot:
        screen = await open_week(again, pilot)
        table = screen.query_one("#week-families", DataTable)
        assert table.get_row(str(ids["de Jong Noor"]))[0] == "○★"
        await highlight(pilot, screen, ids["de Jong Noor"])
        await pilot.press("ctrl+b")
        await settle(again, pilot)
        assert class_book.planned() == set()
        assert table.get_row(str(ids["de Jong Noor"]))[0] == "○ "


async def test_log_from_the_week_screen_through_the_main_flow(class_book, make_app, ids) -> None:
    nguyen = ids["Nguyễn"]
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await week_on(app, pilot, nguyen, "ctrl+l")
        assert isinstance(app.screen, LogContactScreen)
        await pilot.press("4", "plus", "enter")
        await settle(app, pilot)
        assert app.screen is screen
        [contact] = class_book.contacts(family_id=nguyen)
        assert (contact.moment, contact.tone, contact.reached) == (
            Moment.SCHOOLYARD,
            Tone.POSITIVE,
            True,
        )
        assert class_book.family(nguyen).first_contact == class_book.today()
        assert nguyen not in rows(screen)
        assert "No first contact (kennismaking) yet: 1" in text_of(
            screen.query_one("#week-head", Static)
        )


async def test_enter_on_a_row_opens_the_flow_and_escape_stores_nothing(
    class_book, make_app
) -> None:
    before = len(class_book.contacts())
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        screen.query_one("#week-families", DataTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LogContactScreen)
        await pilot.press("1", "escape", "escape")
        await settle(app, pilot)
        assert app.screen is screen
        assert len(class_book.contacts()) == before


async def test_the_mix_counts_this_week_against_the_weeks_before(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        tones = text_of(screen.query_one("#mix-tones", Static))
        shares = text_of(screen.query_one("#mix-shares", Static))
        moments = text_of(screen.query_one("#mix-moments", Static))
        # This week: two positive (Yılmaz, Øyen) and one neutral (van der Berg).
        assert "+ positive" in tones and "2" in tones.splitlines()[1]
        assert "0.8" in tones.splitlines()[1]  # 3 positive in the 4 weeks before
        assert "100%" in shares.splitlines()[1]  # all three were informal
        assert "67%" in shares.splitlines()[2]
        assert "█" in moments
        assert "home visit" not in moments  # never used in five weeks: left out


async def test_the_reflection_note_persists_across_a_restart(class_book, make_app) -> None:
    note = "Vaker op het plein staan; Øyen en Nguyễn groeten."
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        assert "How did I address parents this week?" in text_of(
            screen.query_one("#week-questions", Static)
        )
        await pilot.press("ctrl+r")
        assert screen.query_one("#week-note", TextArea).has_focus
        for key in note:
            await pilot.press(key if key != " " else "space")
        await pilot.press("escape")  # back to the list: the note is saved on leaving it
        await settle(app, pilot)
        assert screen.query_one("#week-families", DataTable).has_focus
        assert class_book.reflection(WEEK) == note
    again = make_app(ContactBook(class_book.path, clock=class_book.now))
    async with again.run_test(size=(100, 30)) as pilot:
        screen = await open_week(again, pilot)
        assert screen.query_one("#week-note", TextArea).text == note


async def test_a_huge_note_shows_and_emptying_it_removes_it(class_book, make_app) -> None:
    huge = "Een lange reflectie. " * 2000
    class_book.set_reflection(WEEK, huge)
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        area = screen.query_one("#week-note", TextArea)
        assert area.text == huge
        area.focus()
        area.clear()
        await pilot.pause()
        screen.save_note()
        await settle(app, pilot)
        assert class_book.reflection(WEEK) == ""
        assert WEEK not in class_book.reflections()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


REAL_NAMES = ("Yılmaz", "Øyen", "Nguyễn", "van der Berg", "de Jong", "Öztürk", "Elif", "Sigrid")


async def test_save_the_summary_pseudonymized_private_and_never_overwritten_unasked(
    class_book, make_app, home: Path
) -> None:
    app = make_app(class_book)
    target = home / "schoolyard-summary-2026-10-26-to-2026-11-25.json"
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_summary_dialog(app, pilot)
        assert dialog.query_one("#summary-path", Input).value == (
            "~/schoolyard-summary-2026-10-26-to-2026-11-25.json"
        )
        assert dialog.query_one("#summary-pseudonymize", Checkbox).value is True
        assert dialog.query_one("#summary-notes", Checkbox).disabled
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, WeekScreen)
        raw = target.read_text(encoding="utf-8")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        summary = json.loads(raw)
        assert summary["schema"] == "schoolyard.summary/1"
        assert len(summary["families"]) == 7
        for name in REAL_NAMES:
            assert name not in raw
        assert "Elif trots op tekening" not in raw

        # Again to the same file: asks first, and the file stays as it was.
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("enter")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, SaveSummaryScreen)
        assert "already exists" in text_of(dialog.query_one("#summary-message", Static))
        assert target.read_text(encoding="utf-8") == raw
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, WeekScreen)
        assert target.read_text(encoding="utf-8") == raw


async def test_save_the_summary_with_names_and_notes_after_overwrite(
    class_book, make_app, home: Path
) -> None:
    target = home / "klas.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_summary_dialog(app, pilot)
        dialog.query_one("#summary-path", Input).value = str(target)
        dialog.query_one("#summary-pseudonymize", Checkbox).value = False
        await pilot.pause()
        notes = dialog.query_one("#summary-notes", Checkbox)
        assert not notes.disabled
        notes.value = True
        dialog.query_one("#summary-path", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert "already exists" in text_of(dialog.query_one("#summary-message", Static))
        assert target.read_text(encoding="utf-8") == "old"
        await pilot.press("enter")  # the Overwrite button has the focus now
        await settle(app, pilot)
        assert isinstance(app.screen, WeekScreen)
    raw = target.read_text(encoding="utf-8")
    assert "Yılmaz" in raw and "Elif trots op tekening" in raw
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_a_missing_folder_is_said_and_nothing_is_written(
    class_book, make_app, home: Path
) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_summary_dialog(app, pilot)
        dialog.query_one("#summary-path", Input).value = str(home / "nope" / "x.json")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is dialog
        assert "does not exist" in text_of(dialog.query_one("#summary-message", Static))
    assert not (home / "nope").exists()


async def test_dutch_week_screen_and_palette_commands(class_book, make_app) -> None:
    app = make_app(class_book, language="nl")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        head = text_of(screen.query_one("#week-head", Static))
        assert "week 48 · ma 23 nov – zo 29 nov" in head
        assert "Nog zonder kennismaking: 2" in head
        assert "0,8" in text_of(screen.query_one("#mix-tones", Static))
        titles = [command.title for command in screen.palette_commands()]
        assert titles == ["Loggen", "Plannen", "Reflectie", "Overzicht"]


async def test_a_note_typed_just_before_quitting_is_kept(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_week(app, pilot)
        await pilot.press("ctrl+r", *"Yilmaz", "space", *"bellen")
    assert class_book.reflection(WEEK) == "Yilmaz bellen"


async def test_on_a_small_terminal_the_list_and_the_mix_take_turns(class_book, make_app) -> None:
    app = make_app(class_book)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_week(app, pilot)
        side = screen.query_one("#week-right")
        table = screen.query_one("#week-families", DataTable)
        assert screen.has_class("-narrow")
        assert not side.display or side.region.width == 0
        await pilot.press("m")
        await pilot.pause()
        assert side.region.width > 0 and table.region.width == 0
        await pilot.press("escape")
        await pilot.pause()
        assert table.has_focus and table.region.width > 0
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert screen.query_one("#week-note", TextArea).has_focus
        assert side.region.width > 0


def capture_notes(app, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []

    def notify(message, *args, severity="information", **kwargs):
        said.append((severity, str(message)))

    monkeypatch.setattr(app, "notify", notify)
    return said


async def test_a_damaged_file_is_said_and_left_alone(class_book, make_app, monkeypatch) -> None:
    app = make_app(class_book)
    said = capture_notes(app, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        shown = rows(screen)
        class_book.path.write_bytes(b'{"families": {"1": ')
        app.reload_screen()
        await pilot.pause()
        assert rows(screen) == shown  # the list stays as it was
        unusable = f"Schoolyard cannot use {class_book.path}: it is no longer valid JSON."
        assert any(s == "error" and m.startswith(unusable) for s, m in said)
    assert class_book.path.read_bytes() == b'{"families": {"1": '


async def test_a_failed_plan_is_shown_and_nothing_is_planned(
    class_book, make_app, monkeypatch
) -> None:
    from storage import DataFileError

    def broken(*args, **kwargs):
        raise DataFileError(class_book.path, "the disk is full")

    app = make_app(class_book)
    said = capture_notes(app, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        monkeypatch.setattr(class_book, "set_planned", broken)
        await pilot.press("ctrl+b")
        await settle(app, pilot)
        assert any(s == "error" and "the disk is full" in m for s, m in said)
        assert class_book.planned() == set()
        assert "★" not in screen.query_one("#week-families", DataTable).get_row_at(0)[0]


async def test_a_note_that_cannot_be_saved_stays_on_screen_and_is_saved_later(
    class_book, make_app, monkeypatch
) -> None:
    real = class_book.set_reflection

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    app = make_app(class_book)
    said = capture_notes(app, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        monkeypatch.setattr(class_book, "set_reflection", broken)
        await pilot.press("ctrl+r", *"kort", "escape")
        await settle(app, pilot)
        assert any(s == "error" for s, _ in said)
        assert screen.query_one("#week-note", TextArea).text == "kort"
        assert class_book.reflection(WEEK) == ""
        monkeypatch.setattr(class_book, "set_reflection", real)
        await pilot.press("ctrl+r", "escape")
        await settle(app, pilot)
        assert class_book.reflection(WEEK) == "kort"


async def test_names_with_brackets_and_huge_tips_stay_text(book, make_app) -> None:
    from storage import Child

    family = book.add_family(
        Family.new(
            "Smit [bold]oud[/bold]",
            [Child("Tim [x]", 3)],
            tips="[red]let op[/red] " + "lang " * 300,
        )
    )
    app = make_app(book)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_week(app, pilot)
        cell = screen.query_one("#week-families", DataTable).get_row_at(0)[1]
        # DataTable reads a string cell as markup; what it shows must be the name as typed.
        assert Text.from_markup(cell).plain == "Smit [bold]oud[/bold]"
        detail = text_of(screen.query_one("#week-detail", Static))
        assert "Smit [bold]oud[/bold] — Tim [x]" in detail
        assert "[red]let op[/red]" in detail
        assert screen.highlighted_family() == family.id
