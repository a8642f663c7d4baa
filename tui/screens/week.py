"""The week: who needs a positive contact, this week's mix, planning and reflection.

The reason Schoolyard exists: no family is contacted only about problems, and nobody
is forgotten. The list is `book.needing_positive_contact()`, the same rule as
`schoolyard neglected`; the mix and the reflection follow the intervention's habits.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Header, Static, TextArea

from storage import DataFileError, FamilyStatus, ReflectionConflict, iso_week
from storage.actions.calendar import plans_ahead
from storage.rules.mix import week_bounds

from ..ahead import ending
from ..text import format_day, t, tn, week_label
from ..widgets.bars import MixCharts
from ..widgets.family_picker import NO_FIRST_CONTACT
from ..widgets.footer import Footer
from ..widgets.names import shared_names
from ..writing import BookScreen
from .conflict import ConflictScreen
from .keys import OPEN_TIMELINE, TICK_FOLLOW_UP
from .ticks import FollowUpKeys, show_week_extras, week_extras
from .timeline import open_timeline
from .week_rows import (
    PLANNED,
    detail_lines,
    reflection_questions,
    row_cells,
    unanswered,
)

SAVE_NOTE_AFTER_SECONDS = 1.0
"""Save the reflection note once typing pauses, so a crash loses at most a second."""


class WeekScreen(FollowUpKeys, BookScreen, Screen):
    """The weekly reminder: families to greet, the mix of contacts and a reflection."""

    BINDINGS = [
        # Typing never writes: what changes data or opens a writing dialog is on a ctrl key.
        Binding("ctrl+l", "log", "week.key.log"),
        Binding("ctrl+b", "plan", "week.key.plan"),
        Binding("ctrl+r", "reflect", "week.key.reflect"),
        # Shown below 96 columns only, where the mix has no room beside the list: before
        # the keys Today has too, so the 80-column footer's cut does not fall on it.
        Binding("m", "show_side", "week.key.mix"),
        Binding("ctrl+s", "save_summary", "week.key.save"),
        OPEN_TIMELINE,
        TICK_FOLLOW_UP,
        Binding("escape", "back_to_list", "week.key.back"),
    ]

    # Below 96 columns the list and the mix do not fit side by side: show one at a time.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (96, "-wide")]

    CSS_PATH = "week.tcss"

    def __init__(self) -> None:
        super().__init__()
        self._statuses: dict[int, FamilyStatus] = {}
        self._shared_names: set[str] = set()
        self._note_week = ""
        self._note = TextArea(id="week-note", soft_wrap=True)
        """Kept by reference: it is read once more while the screen unmounts."""
        self._note_stored = ""
        """The note as the book holds it for `_note_week`."""
        self._note_latest = ("", "")
        self._note_base: dict[str, str] = {}
        """Per week, the note as this screen last read or wrote it: a save is judged
        against it, so a note changed elsewhere meanwhile is never silently overwritten."""
        self._note_asking = False
        self._note_lock = threading.Lock()
        self._note_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="week-head")
        with Horizontal(id="week-body"):
            with Vertical(id="week-left"):
                yield DataTable(id="week-families", cursor_type="row", zebra_stripes=True)
                yield Static(id="week-detail")
                yield from week_extras()
            with VerticalScroll(id="week-right"):
                yield MixCharts(id="week-mix")
                yield Static(t("week.reflect.title"), classes="week-section")
                yield Static(reflection_questions(), id="week-questions")
                yield Static(id="week-note-label")
                yield self._note
        yield Footer()

    def on_mount(self) -> None:
        if ending(self.app):
            return  # built ahead (tui/ahead.py) as the app ends: no widget was mounted
        self.sub_title = t("nav.week")
        table = self.query_one("#week-families", DataTable)
        table.add_column("", key="signs")
        for key in ("family", "days", "last", "concerns"):
            table.add_column(t(f"week.col.{key}"), key=key)
        # `reload` reads only a mounted screen; this one is mounted once on_mount returns.
        self.call_after_refresh(self.reload)
        table.focus()

    # -- reading the book ---------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the book: the list, the header, the mix and (unless being typed) the note."""
        if not self.is_mounted or ending(self.app):
            return
        read = self.read_book(lambda book: (book.needing_positive_contact(), book.statuses()))
        if read is None:
            return
        needing, everyone = read
        self._statuses = {s.family.id: s for s in needing}
        self._shared_names = shared_names(s.family for s in everyone)
        self._show_head(needing, everyone)
        self._show_families(needing)
        self._show_detail()
        show_week_extras(self)
        self._show_mix()
        self._show_note()

    def _show_head(self, needing: list[FamilyStatus], everyone: list[FamilyStatus]) -> None:
        today = self.book.today()
        monday, sunday = week_bounds(today)
        period = t(
            "week.period",
            week=week_label(today),
            start=format_day(monday),
            end=format_day(sunday),
        )
        days = self.book.settings().positive_window_school_days
        window = tn("week.window", days, days=days)
        never_met = sum(1 for s in everyone if s.family.first_contact is None)
        planned = sum(1 for s in needing if s.planned)
        planned_text = f"{PLANNED} " + t("week.planned_count", count=planned)
        counts = [
            t("week.needing", count=len(needing)),
            f"{NO_FIRST_CONTACT} " + t("week.no_first", count=never_met),
        ]
        self.query_one("#week-head", Static).update(
            f"[b]{period}[/b]  ·  {window}  ·  {planned_text}\n" + "  ·  ".join(counts)
        )

    def _show_families(self, needing: list[FamilyStatus]) -> None:
        table = self.query_one("#week-families", DataTable)
        keep = self.highlighted_family()
        table.clear()
        today = self.book.today()
        for status in needing:
            table.add_row(*row_cells(status, today, self._shared_names), key=str(status.family.id))
        if keep is not None and keep in self._statuses:
            table.move_cursor(row=table.get_row_index(str(keep)))

    def highlighted_family(self) -> int | None:
        """The id of the family under the cursor, or None when the list is empty."""
        table = self.query_one("#week-families", DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return int(row_key.value) if row_key.value is not None else None

    @on(DataTable.RowHighlighted, "#week-families")
    def _highlighted(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.query_one("#week-detail", Static)
        status = self.highlighted_status()
        if status is None:
            detail.update(t("week.all_fine") if not self._statuses else "")
            return
        today = self.book.today()
        detail.update("\n".join(detail_lines(status, today, unanswered(self.book, status))))

    def _show_mix(self) -> None:
        self.query_one(MixCharts).show(self.book.week_mix(self.book.today()))

    # -- the reflection note ------------------------------------------------------------

    def _show_note(self) -> None:
        today = self.book.today()
        week = iso_week(today)
        label = t("week.reflect.note", week=week_label(today))
        self.query_one("#week-note-label", Static).update(label)
        if self._note_dirty():
            if week == self._note_week:
                return  # the teacher is typing: her text wins over the file
            self.save_note()  # the week turned while she typed: keep it with its own week
        self._note_week = week
        self._note_stored = self._note_base[week] = self.book.reflection(week)
        note = self._note
        if note.text != self._note_stored:
            note.load_text(self._note_stored)

    def _note_dirty(self) -> bool:
        return self._note.text != self._note_stored

    @on(TextArea.Changed, "#week-note")
    def _note_changed(self) -> None:
        if self._note_timer is not None:
            self._note_timer.stop()
        if self._note_dirty():
            self._note_timer = self.set_timer(SAVE_NOTE_AFTER_SECONDS, self.save_note)

    def on_descendant_blur(self, event) -> None:
        if event.widget.id == "week-note":
            self.save_note()

    def save_note(self) -> None:
        """Write the note if it changed; runs off the UI thread."""
        if self._note_timer is not None:
            self._note_timer.stop()
            self._note_timer = None
        if self._note_dirty() and not self._note_asking:
            self._note_latest = (self._note_week, self._note.text)
            self._save_note()

    def _save_note(self) -> None:
        saving = ["", ""]  # the week and text this save wrote (or was asked about)

        def save() -> None:
            # Saves may overlap; each writes the latest text under one lock, so an older
            # text can never land after a newer one.
            with self._note_lock:
                saving[:] = week, text = self._note_latest
                self.book.set_reflection(week, text, base=self._note_base.get(week))
                self._note_base[week] = text

        # Nothing to say on success; what was stored is remembered before the re-read.
        # On failure the text stays on screen and unsaved: the next pause or blur tries again.
        self.write(
            save,
            said=lambda _: self._note_saved(*saving),
            asked={ReflectionConflict: lambda c: self._note_conflict(*saving, c.current)},
            group="week-note",
            exclusive=False,
        )

    def _note_conflict(self, week: str, mine: str, theirs: str) -> None:
        """The note was changed elsewhere (another window) while it was typed here: ask."""
        if self._note_asking:
            return
        self._note_asking = True
        label = t("week.reflect.label")
        rows = [(label, " ".join(mine.split()) or "—", " ".join(theirs.split()) or "—")]
        intro = t("week.reflect.conflict", week=week.partition("-W")[2].lstrip("0"))

        def chosen(choice: str | None) -> None:
            self._note_asking = False
            self._note_base[week] = theirs  # judged from now on against the note as it is
            if choice == "mine":
                self._note_latest = (week, mine)
                self._save_note()
            elif choice == "theirs" and week == self._note_week:
                self._note_stored = theirs
                self._note.load_text(theirs)
                self.notify(t("week.reflect.kept_theirs"))
            elif week == self._note_week:
                self._note.focus()  # back to the note: saved at the next pause, as typed

        self.app.push_screen(ConflictScreen(intro, rows), chosen)

    def _note_saved(self, week: str, text: str) -> None:
        if week == self._note_week:
            self._note_stored = text

    def on_unmount(self) -> None:
        # Quitting within a second of typing: write what is there rather than lose it.
        if self._note_dirty():
            week, text = self._note_week, self._note.text
            try:
                try:
                    self.book.set_reflection(week, text, base=self._note_base.get(week))
                except ReflectionConflict as conflict:  # no time to ask: keep both
                    self.book.set_reflection(week, f"{conflict.current}\n\n{text}")
            except (DataFileError, OSError):
                pass

    # -- actions ------------------------------------------------------------------------

    def action_show_side(self) -> None:
        self.add_class("-side")
        self.query_one(VerticalScroll).focus()
        self.refresh_bindings()

    def action_reflect(self) -> None:
        self.add_class("-side")
        self.refresh_bindings()
        note = self._note
        note.focus(scroll_visible=False)
        # On a narrow terminal the side panel is only laid out once shown: scroll after that.
        self.call_after_refresh(note.scroll_visible, animate=False)

    def action_back_to_list(self) -> None:
        self.remove_class("-side")
        self.query_one("#week-families", DataTable).focus()
        self.refresh_bindings()

    def highlighted_status(self) -> FamilyStatus | None:
        """The status of the family under the cursor, or None when the list is empty."""
        family_id = self.highlighted_family()
        return self._statuses.get(family_id) if family_id is not None else None

    def _status_to_act_on(self) -> FamilyStatus | None:
        """The highlighted family's status for a key; with none, the key says so."""
        status = self.highlighted_status()
        if status is None:
            self.notify(t("week.no_family"))
        return status

    def action_plan(self) -> None:
        status = self._status_to_act_on()
        if status is None:
            return
        self._set_planned(status.family.id, status.family.name, not status.planned)

    def _plan_key(self, planned: bool) -> str:
        if not planned:
            return "week.unplanned"
        return "week.planned.ahead" if plans_ahead(self.book.today()) else "week.planned"

    def _set_planned(self, family_id: int, name: str, planned: bool) -> None:
        self.write(
            lambda: self.book.set_planned(family_id, planned),
            said=lambda _: t(self._plan_key(planned), family=name),
            group="week-plan",
        )

    def action_log(self) -> None:
        status = self._status_to_act_on()
        if status is None:
            return
        from .log_save import log_contact

        # The same flow as the main screen; it saves, confirms and reloads every screen.
        log_contact(self, [status.family])

    def action_timeline(self) -> None:
        open_timeline(self, getattr(self.highlighted_status(), "family", None))

    @on(DataTable.RowSelected, "#week-families")
    def _selected(self) -> None:
        self.action_log()

    def action_save_summary(self) -> None:
        from .save_summary import SaveSummaryScreen

        self.app.push_screen(SaveSummaryScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        narrow = self.has_class("-narrow")
        side = narrow and self.has_class("-side")
        if action == "back_to_list":
            # Escape leaves the note, or the mix on a narrow terminal; elsewhere it does nothing.
            return self._note.has_focus or side
        if action == "show_side":
            return narrow and not side
        if action == "tick_followup":
            return bool(self._followups)
        if side and action in ("log", "plan"):
            return False
        if action in ("log", "plan") and not self._statuses:
            return None  # shown greyed: nothing to log or plan while nobody needs it
        return True

    def palette_commands(self) -> Iterable[SystemCommand]:
        for key, action in (
            ("log", self.action_log),
            ("plan", self.action_plan),
            ("reflect", self.action_reflect),
            ("save", self.action_save_summary),
        ):
            yield SystemCommand(t(f"week.key.{key}"), t(f"week.key.{key}.help"), action)
