"""The log flow: moment → tone → optional note, for one family or a marked batch.

`LogContactScreen(families)` is a modal that only collects the choice and dismisses
with a `LogChoice` (or None on Escape from the first step); `save_choice` writes it in
one `book.log_batch` off the UI thread. A failed write reopens the flow with what was
typed, so nothing the teacher entered is lost. The today and week screens both use
`log_contact(screen, families)`, which does the two together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Label, Static

from storage import Contact, DataFileError, Family, Initiator, Moment, Tone, UnknownFamily

from ..text import moment_name, t
from ..widgets.footer import Footer
from ..widgets.moment_bar import MomentBar, ToneBar

STEPS = ("moment", "tone", "note")


@dataclass(frozen=True)
class LogChoice:
    """What the teacher chose in the flow; the same for every family of a batch."""

    moment: Moment
    tone: Tone = Tone.POSITIVE
    note: str = ""
    reached: bool = True
    initiator: Initiator = Initiator.TEACHER
    follow_up: bool = False


def family_names(families: Sequence[Family], limit: int = 4) -> str:
    """`Yılmaz (Elif, Emre)` for one family; `Yılmaz, Øyen, de Jong (Lucas)` for a batch."""
    if len(families) == 1:
        family = families[0]
        return f"{family.name} ({family.child_names})" if family.children else family.name
    names = [f.name for f in families]
    shown = []
    for family in families[:limit]:
        twin = names.count(family.name) > 1
        shown.append(f"{family.name} ({family.child_names})" if twin else family.name)
    if len(families) > limit:
        shown.append("…")
    return ", ".join(shown)


class LogContactScreen(ModalScreen[LogChoice | None]):
    """Moment, tone and note for the given families; Escape steps back one step."""

    CSS_PATH = "log_contact.tcss"

    BINDINGS = [
        Binding("escape", "back", "log.key.back"),
        Binding("n", "toggle('reached')", "log.key.not_reached"),
        Binding("o", "toggle('initiator')", "log.key.parent"),
        Binding("f", "toggle('follow_up')", "log.key.follow_up"),
    ]

    def __init__(self, families: Sequence[Family], choice: LogChoice | None = None):
        super().__init__()
        self.families = tuple(families)
        self.moment: Moment | None = choice.moment if choice else None
        self.tone: Tone | None = choice.tone if choice else None
        self.note = choice.note if choice else ""
        self.reached = choice.reached if choice else True
        self.initiator = choice.initiator if choice else Initiator.TEACHER
        self.follow_up = choice.follow_up if choice else False
        self.step = "note" if choice else "moment"

    def compose(self) -> ComposeResult:
        count = len(self.families)
        title = (
            t("log.title", families=family_names(self.families))
            if count == 1
            else t("log.title.batch", count=count, families=family_names(self.families))
        )
        with Vertical(id="log-dialog"):
            yield Label(title, id="log-title", markup=False)
            yield Label(t("log.step.moment"), id="step-moment", classes="step")
            yield MomentBar(id="moments")
            yield Label(t("log.step.tone"), id="step-tone", classes="step")
            yield ToneBar(id="tones")
            yield Label(t("log.step.note"), id="step-note", classes="step")
            yield Input(self.note, placeholder=t("log.note.placeholder"), id="note")
            yield Static(id="flags")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(MomentBar).chosen = self.moment
        self.query_one(ToneBar).chosen = self.tone
        self._show_flags()
        self._go(self.step)

    # -- steps --------------------------------------------------------------------------

    def _go(self, step: str) -> None:
        self.step = step
        for name in STEPS:
            self.query_one(f"#step-{name}").set_class(name == step, "-current")
        target = {"moment": MomentBar, "tone": ToneBar, "note": Input}[step]
        self.query_one(target).focus()
        self.refresh_bindings()

    def on_key(self, event: events.Key) -> None:
        """Every key of a burst, in the order typed, for the step the flow is at by then.

        A key may still be on its way to the bar (or to the search under this screen)
        that had focus when it was typed; reading it here, against `self.step`, rather
        than in whichever widget it reached, keeps `1+` and `kaya⏎1+⏎` whole.
        """
        if self.step == "note":
            note = self.query_one("#note", Input)
            # The note takes every printable key itself: one that comes here was typed
            # before the note had focus.
            if event.is_printable and event.character:
                event.stop()
                event.prevent_default()
                note.insert_text_at_cursor(event.character)
            return  # Enter is the focused note's own binding: it saves
        bar = self.query_one(MomentBar if self.step == "moment" else ToneBar)
        value = bar.value_for(event.character)
        if value is not None:
            event.stop()
            event.prevent_default()
            self._choose(self.step, value)

    def _choose(self, step: str, value: Moment | Tone) -> None:
        if step == "moment":
            self.moment = self.query_one(MomentBar).chosen = value
            self._go("tone")
        else:
            self.tone = self.query_one(ToneBar).chosen = value
            self._go("note")

    @on(MomentBar.Chosen)
    def _moment_clicked(self, event: MomentBar.Chosen) -> None:
        event.stop()
        self._choose("moment", event.value)

    @on(ToneBar.Chosen)
    def _tone_clicked(self, event: ToneBar.Chosen) -> None:
        event.stop()
        self._choose("tone", event.value)

    @on(Input.Submitted, "#note")
    def _note_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.moment is None:
            self._go("moment")
            return
        if self.tone is None:
            self._go("tone")
            return
        self.dismiss(self.choice())

    def choice(self) -> LogChoice:
        """The choice as it stands (moment and tone must be chosen)."""
        assert self.moment is not None and self.tone is not None
        return LogChoice(
            moment=self.moment,
            tone=self.tone,
            note=self.query_one("#note", Input).value.strip(),
            reached=self.reached,
            initiator=self.initiator,
            follow_up=self.follow_up,
        )

    def action_back(self) -> None:
        if self.step == "note":
            self._go("tone")
        elif self.step == "tone":
            self._go("moment")
        else:
            self.dismiss(None)

    # -- the less common details: attempt, parent's initiative, follow-up ------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # The letters would be typed into the note: offer them only before it.
        if action == "toggle":
            return self.step != "note"
        return True

    def action_toggle(self, what: str) -> None:
        if what == "reached":
            self.reached = not self.reached
        elif what == "initiator":
            self.initiator = (
                Initiator.TEACHER if self.initiator is Initiator.PARENT else Initiator.PARENT
            )
        elif what == "follow_up":
            self.follow_up = not self.follow_up
        self._show_flags()

    def _show_flags(self) -> None:
        pieces: list = []
        for ticked, key, label in (
            (not self.reached, "n", t("word.not_reached")),
            (self.initiator is Initiator.PARENT, "o", t("log.flag.parent")),
            (self.follow_up, "f", t("log.flag.follow_up")),
        ):
            box = ("☒", "bold") if ticked else ("☐", "")
            pieces += [box, " ", (key, "bold"), f" {label}   "]
        self.query_one("#flags", Static).update(Content.assemble(*pieces))


# -- saving ---------------------------------------------------------------------------

SaveErrors = (DataFileError, OSError, ValueError, UnknownFamily)


def save_choice(
    screen: Screen,
    families: Sequence[Family],
    choice: LogChoice,
    on_saved: Callable[[list[Contact]], None] | None = None,
) -> None:
    """Write `choice` for `families` in one `log_batch`, off the UI thread.

    On success: a short confirmation, `app.reload_screen()`, then `on_saved(contacts)`.
    On failure: the error is shown and the flow reopens with the entry as typed.
    """
    app = screen.app
    book = app.book
    families = tuple(families)

    def write() -> None:
        try:
            made = book.log_batch(
                [f.id for f in families],
                choice.moment,
                choice.tone,
                note=choice.note,
                initiator=choice.initiator,
                reached=choice.reached,
                follow_up=choice.follow_up,
            )
        except SaveErrors as exc:
            app.call_from_thread(failed, exc)
            return
        app.call_from_thread(saved, made)

    def saved(made: list[Contact]) -> None:
        names = family_names(families)
        if choice.reached:
            message = t(
                "log.saved",
                tone=choice.tone.symbol,
                moment=moment_name(choice.moment),
                families=names,
            )
        else:
            message = t("log.saved.attempt", moment=moment_name(choice.moment), families=names)
        app.notify(message, timeout=4)
        app.reload_screen()
        if on_saved is not None:
            on_saved(made)

    def failed(exc: Exception) -> None:
        app.notify(t("log.failed", line=app.error_line(exc)), severity="error", timeout=10)
        app.push_screen(
            LogContactScreen(families, replace(choice)),
            lambda again: save_choice(screen, families, again, on_saved) if again else None,
        )

    screen.run_worker(write, thread=True, group="log-contact", exit_on_error=False)


def log_contact(
    screen: Screen,
    families: Sequence[Family],
    on_saved: Callable[[list[Contact]], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
) -> None:
    """Open the flow for `families` and save what the teacher chose."""
    families = tuple(families)

    def done(choice: LogChoice | None) -> None:
        if choice is None:
            if on_cancel is not None:
                on_cancel()
            return
        save_choice(screen, families, choice, on_saved)

    screen.app.push_screen(LogContactScreen(families), done)
