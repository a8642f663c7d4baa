"""One family's story: who they are, then every contact and attempt, newest first.

Opened with ctrl+f from Today, Families and Week (`open_timeline`); Escape goes back
to that screen as it was. Notes are shown whole and wrapped, never cut, so they can
be read at 80 columns. Log (ctrl+l) uses the main screen's flow; edit (Enter, ctrl+o)
and delete (Del) use History's form, confirmation and writes (history_writes.py).
Typing never writes here: every action is on a key that typing does not produce.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from storage import Contact, DataFileError, Family, Tone, UnknownFamily, iso_week
from storage.rules.timeline import FamilyStory, StoryEntry, family_story

from ..text import format_day, format_when, moment_name, t, tn, tone_name
from ..widgets.footer import Footer
from ..writing import READ_ERRORS
from .history_rows import FOLLOW_UP, NO_COLOR_TONE_STYLES, NOT_REACHED, TONE_STYLES
from .history_writes import HistoryWrites
from .keys import TOGGLE_ARCHIVES


def open_timeline(screen: Screen, family: Family | None) -> None:
    """Show `family`'s story over `screen`; a word when no family is highlighted."""
    if family is None:
        screen.notify(t("timeline.no_family"))
        return
    screen.app.push_screen(TimelineScreen(family.id))


def entry_key(entry: StoryEntry) -> str:
    """An option id unique across sources (an archive's ids repeat this file's)."""
    year = getattr(entry.contact, "school_year", "")
    return f"{entry.contact.id}@{year}" if year else f"{entry.contact.id}@{entry.source}"


def family_label(family: Family) -> str:
    """`de Jong (Lucas)`: with the children, so two families of one name stay apart."""
    return f"{family.name} ({family.child_names})" if family.children else family.name


def family_lines(story: FamilyStory, today: date) -> list[str]:
    """Who the family is: children, parents, language, channel, first contact, plans, tips."""
    family = story.family
    lines = []
    about = []
    if family.children:
        children = ", ".join(
            f"{c.name} ({t('word.group')} {c.group_label})" for c in family.children
        )
        about.append(t("timeline.children", children=children))
    if family.guardians:
        about.append(t("timeline.guardians", guardians=", ".join(family.guardians)))
    if not family.active:
        about.append(t("timeline.archived"))
    if about:
        lines.append(" · ".join(about))
    reach = []
    if family.language:
        reach.append(t("timeline.language", language=family.language))
    if family.interpreter:
        reach.append(t("timeline.interpreter"))
    if family.channel:
        reach.append(t("timeline.channel", channel=family.channel))
    if reach:
        lines.append(" · ".join(reach))
    if story.first_contact is None:
        lines.append(t("timeline.first_contact.none"))
    else:
        lines.append(t("timeline.first_contact", day=format_day(story.first_contact)))
    this_week = iso_week(today)
    weeks = [
        t("timeline.this_week") if w == this_week else t("date.week", week=int(w[-2:]))
        for w in story.planned_from(this_week)
    ]
    lines.append(
        t("timeline.planned", weeks=", ".join(weeks)) if weeks else t("timeline.planned.none")
    )
    tips = " ".join(story.tips.split())
    lines.append(t("timeline.tips", tips=tips) if tips else t("timeline.tips.none"))
    counts = [
        tn("timeline.contacts", story.contacts),
        tn("timeline.attempts", story.attempts),
        t(
            "timeline.last_positive",
            day=format_day(story.last_positive.date()) if story.last_positive else t("date.never"),
        ),
    ]
    lines.append(" · ".join(counts))
    return lines


def entry_prompt(entry: StoryEntry, today: date, tone_styles: dict[Tone, str]) -> Content:
    """One contact: when, moment, tone and who started it; below it the whole note."""
    contact = entry.contact
    dim = "dim" if entry.attempt else ""
    moment = moment_name(contact.moment)
    parts: list[str | tuple[str, str]] = [
        (format_when(contact.at, today), "bold"),
        "  ",
        (f"{NOT_REACHED} {moment} · {t('word.not_reached')}", dim) if entry.attempt else moment,
        " · ",
    ]
    if not entry.attempt:  # an attempt has no tone: nobody was reached
        tone = f"{contact.tone.symbol} {tone_name(contact.tone)}"
        parts += [(tone, tone_styles[contact.tone]), " · "]
    parts.append((t(f"initiator.{contact.initiator.value}"), dim))
    if contact.follow_up:
        parts += ["  ", (f"{FOLLOW_UP} {t('timeline.follow_up')}", "bold")]
    if entry.source:
        parts += ["  ", (f"[{entry.source}]", "italic")]
    if contact.note:
        parts += ["\n", contact.note]
    return Content.assemble(*parts)


class TimelineScreen(HistoryWrites, Screen):
    """A family's story; log, edit and delete from here; Escape goes back."""

    CSS_PATH = "timeline.tcss"

    BINDINGS = [
        Binding("ctrl+l", "log", "timeline.key.log"),
        Binding("ctrl+o", "edit", "timeline.key.edit"),
        Binding("delete", "delete", "timeline.key.delete"),
        TOGGLE_ARCHIVES,
        Binding("escape", "back", "timeline.key.back"),
    ]

    def __init__(self, family_id: int) -> None:
        super().__init__()
        self.family_id = family_id
        self.story: FamilyStory | None = None
        self._labels: dict[int, str] = {}
        self.with_archives = False
        self._has_archives = False
        """`a`: the closed school years' contacts too (read-only, marked)."""
        """What HistoryWrites names the family by in its messages."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="timeline-family", markup=False)
        yield OptionList(id="timeline-list", markup=False)
        yield Static(t("timeline.none"), id="timeline-empty", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#timeline-list", OptionList).focus()

    # -- reading the book ---------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the story; the cursor stays on its contact (or its place in the list)."""
        book = self.book
        try:
            story = family_story(book, self.family_id, extra=self._extra())
            today = book.today()
        except UnknownFamily:
            # Forgotten meanwhile (the CLI, another window): say so; Escape goes back.
            self._show_gone()
            return
        except READ_ERRORS as exc:  # what is shown stays; the app says so once
            self.app.book_failed(exc)
            return
        self.story = story
        label = family_label(story.family)
        self._labels = {story.family.id: label}
        self.sub_title = t("timeline.title", family=label)
        self.query_one("#timeline-family", Static).update("\n".join(family_lines(story, today)))
        self._show(story, today)

    def _show(self, story: FamilyStory, today: date) -> None:
        options = self.query_one("#timeline-list", OptionList)
        current = self.highlighted_entry()
        index = options.highlighted
        tone_styles = NO_COLOR_TONE_STYLES if self.app.no_color else TONE_STYLES
        options.clear_options()
        # A rule after each contact, so one note does not run into the next contact.
        items: list[Option | None] = []
        for entry in story.entries:
            items += [
                Option(entry_prompt(entry, today, tone_styles), id=entry_key(entry)),
                None,
            ]
        options.add_options(items[:-1])
        options.display = bool(story.entries)
        self.query_one("#timeline-empty").display = not story.entries
        if not story.entries:
            return
        ids = [entry_key(e) for e in story.entries]
        if current is not None and entry_key(current) in ids:
            options.highlighted = ids.index(entry_key(current))
        else:
            options.highlighted = min(index or 0, len(ids) - 1)
        self.refresh_bindings()

    def _show_gone(self) -> None:
        if self.story is not None:
            self.notify(t("timeline.gone"), severity="warning")
        self.story = None
        self.query_one("#timeline-family", Static).update(t("timeline.gone"))
        options = self.query_one("#timeline-list", OptionList)
        options.clear_options()
        options.display = False
        empty = self.query_one("#timeline-empty", Static)
        empty.update("")
        empty.display = False
        self.refresh_bindings()

    def highlighted_entry(self) -> StoryEntry | None:
        if self.story is None or not self.is_mounted:
            return None
        index = self.query_one("#timeline-list", OptionList).highlighted
        if index is None or not 0 <= index < len(self.story.entries):
            return None
        return self.story.entries[index]

    def highlighted(self) -> Contact | None:
        """The contact under the cursor that this file holds (what HistoryWrites edits)."""
        entry = self.highlighted_entry()
        return entry.contact if entry is not None and entry.editable else None

    @on(OptionList.OptionHighlighted, "#timeline-list")
    def _moved(self) -> None:
        self.refresh_bindings()

    @on(OptionList.OptionSelected, "#timeline-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit()

    # -- actions ------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("edit", "delete"):
            # On a read-only entry the key says why in one line.
            return self.highlighted_entry() is not None
        if action == "log":
            return self.story is not None
        if action == "toggle_archives":
            return self._has_archives
        return True

    def _extra(self) -> list[StoryEntry]:
        """The colleagues' contacts with this family, and (`a`) the archived years'."""
        book = self.book
        extra = [
            StoryEntry(contact, t("colleague.by_long", name=name))
            for name, contact in book.colleague_contacts_named(family_id=self.family_id)
        ]
        self._has_archives = bool(book.archives())
        if self.with_archives:
            try:
                archived = book.archived_contacts(family_ids=[self.family_id])
            except DataFileError as exc:
                self.notify(self.app.error_line(exc), severity="error")
                archived = []
            extra += [StoryEntry(c, t("archived.source", year=c.school_year)) for c in archived]
        return extra

    def action_toggle_archives(self) -> None:
        self.with_archives = not self.with_archives
        if self.with_archives:
            years = ", ".join(a.school_year for a in self.book.archives())
            self.notify(t("archived.shown", years=years) if years else t("archived.none"))
        else:
            self.notify(t("archived.hidden"))
        self.reload()

    def _read_only(self) -> bool:
        """Say in one line why the highlighted entry cannot be changed here."""
        entry = self.highlighted_entry()
        if entry is None or entry.editable:
            return False
        year = getattr(entry.contact, "school_year", "")
        self.notify(
            t("archived.read_only", year=year)
            if year
            else t("archived.colleague_only", source=entry.source)
        )
        return True

    def action_edit(self, *args, **kwargs) -> None:
        if args or kwargs or not self._read_only():
            super().action_edit(*args, **kwargs)

    def action_delete(self) -> None:
        if not self._read_only():
            super().action_delete()

    def action_log(self) -> None:
        if self.story is None:
            return
        from .log_save import log_contact

        # The main screen's flow: it saves, confirms and re-reads every screen, this one too.
        log_contact(self, [self.story.family], on_saved=self._logged)

    def _logged(self, contacts: list[Contact]) -> None:
        options = self.query_one("#timeline-list", OptionList)
        if options.option_count:
            options.highlighted = 0  # the new contact is the newest
        options.focus()

    def action_back(self) -> None:
        self.dismiss()

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand(t("timeline.key.log"), t("timeline.cmd.log"), self.action_log)
        if self.highlighted() is not None:
            yield SystemCommand(t("timeline.key.edit"), t("timeline.cmd.edit"), self.action_edit)
            yield SystemCommand(
                t("timeline.key.delete"), t("timeline.cmd.delete"), self.action_delete
            )
