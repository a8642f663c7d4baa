"""The log flow: moment → tone → optional note, for one family or a marked batch.

`LogContactScreen(families)` is a modal that only collects the choice and dismisses with
a `LogChoice` (or None on Escape from the first step); `log_save.py` writes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from storage import Family, Initiator, Moment, Tone

from ..text import t
from ..widgets.footer import Footer
from ..widgets.moment_bar import MomentBar, ToneBar


@dataclass(frozen=True)
class LogChoice:
    """What the teacher chose in the flow; the same for every family of a batch.

    Its fields are `ContactBook.log_batch`'s arguments after the families, by name.
    """

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


class Step(StrEnum):
    """Where the flow is: each step has its bar (or the note) and its line lit."""

    MOMENT = "moment"
    TONE = "tone"
    NOTE = "note"


# The less common details, by letter: not reached, the parent's initiative, a follow-up.
FLAG_KEYS = {"n": "reached", "o": "initiator", "f": "follow_up"}


def leading_flags(note: str) -> tuple[str, str]:
    """The flags typed as the note's first word, and the note without them.

    A first word made only of n, o and f, each once (`n`, `nf`, `fo`), followed by a space
    or nothing, is flags; any other first word is the note's, so `nice chat` and `fijn
    gesprek` keep their first letter (and their tone).
    """
    word, _, rest = note.strip().partition(" ")
    if word and len(set(word)) == len(word) and set(word) <= FLAG_KEYS.keys():
        return word, rest.strip()
    return "", note.strip()


class NoteInput(Input):
    """The note; its first word may be flags (see `leading_flags`)."""

    def on_key(self, event: events.Key) -> None:
        screen = self.screen
        if isinstance(screen, LogContactScreen) and screen.take_key(
            event.key, event.character, in_note=True
        ):
            event.stop()
            event.prevent_default()


class LogContactScreen(ModalScreen[LogChoice | None]):
    """Moment, tone and note for the given families; Escape steps back one step.

    Every key of the flow, however it arrives, goes through `take_key`: typed while a
    bar or the note has focus, or handed over by the today screen when it was typed
    before the flow opened (`hand_over`). The rule for the flags: n, o and f switch
    them before the moment and between moment and tone; after the tone every letter is
    the note's, and a first word of the note made only of n, o and f (`nf belde`) switches
    those flags on (`leading_flags`), shown on the flags line as it is typed. An attempt
    (n) has no tone, as in the CLI: it is stored `=` whichever of + = - goes on from its
    tone step, which stays so that letters, digits and Enter alone never save (`plan`
    `12` Enter).
    """

    CSS_PATH = "log_contact.tcss"

    BINDINGS = [
        Binding("escape", "back", "log.key.back"),
        Binding("n", "toggle('reached')", "log.key.not_reached"),
        Binding("o", "toggle('initiator')", "log.key.parent"),
        Binding("f", "toggle('follow_up')", "log.key.follow_up"),
    ]

    step: reactive[Step] = reactive(Step.MOMENT, bindings=True)
    reached: reactive[bool] = reactive(True)
    initiator: reactive[Initiator] = reactive(Initiator.TEACHER)
    follow_up: reactive[bool] = reactive(False)

    def __init__(self, families: Sequence[Family], choice: LogChoice | None = None):
        super().__init__()
        self.families = tuple(families)
        self.moment: Moment | None = choice.moment if choice else None
        self.tone: Tone | None = choice.tone if choice else None
        self.note = choice.note if choice else ""
        if choice is not None:
            # Reopened after a failed write: at the note, with everything as typed.
            self.set_reactive(LogContactScreen.step, Step.NOTE)
            self.set_reactive(LogContactScreen.reached, choice.reached)
            self.set_reactive(LogContactScreen.initiator, choice.initiator)
            self.set_reactive(LogContactScreen.follow_up, choice.follow_up)

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
            yield NoteInput(self.note, placeholder=t("log.note.placeholder"), id="note")
            yield Static(id="flags")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(MomentBar).chosen = self.moment
        self.query_one(ToneBar).chosen = self.tone

    # -- steps --------------------------------------------------------------------------

    def watch_step(self, step: Step) -> None:
        for each in Step:
            self.query_one(f"#step-{each.value}").set_class(each is step, "-current")
        target = {Step.MOMENT: MomentBar, Step.TONE: ToneBar, Step.NOTE: Input}[step]
        self.query_one(target).focus()

    @property
    def flags_open(self) -> bool:
        """Whether n, o and f switch the flags now (in the note they are its letters)."""
        return self.step is not Step.NOTE

    def take_key(self, key: str, character: str | None, *, in_note: bool = False) -> bool:
        """Act on one key for the step the flow is at; False leaves it to the widget.

        Keys arrive in the order typed, whichever widget they reached first, so `5nf-`
        and `3=⏎` typed faster than focus moves are read against the step they belong
        to. `in_note`: the key reached the note itself, which types it (Enter saves).
        """
        if not self.is_active:
            # Saved or cancelled already: a key typed after that Enter or Escape but still
            # on its way here belongs to the screen on top now (Today, or the next flow).
            hand_over(self.app, key, character)
            return True
        flag = FLAG_KEYS.get(character or "")
        if flag is not None and self.flags_open:
            self.action_toggle(flag)
            return True
        if self.step is not Step.NOTE:
            bar = self.query_one(MomentBar if self.step is Step.MOMENT else ToneBar)
            value = bar.value_for(character)
            if value is None:
                return False
            self._choose(self.step, value)
            return True
        if in_note:
            return False
        # Typed before the note had focus (or handed over): into the note all the same.
        if key == "enter":
            self._submit()
        elif character is not None and character.isprintable():
            self.query_one("#note", Input).insert_text_at_cursor(character)
        else:
            return False
        return True

    def on_key(self, event: events.Key) -> None:
        """A key that reached a bar, the dialog or this screen (a handed-over one too)."""
        if self.take_key(event.key, event.character):
            event.stop()
            event.prevent_default()

    def _choose(self, step: Step, value: Moment | Tone) -> None:
        if step is Step.MOMENT:
            self.moment = self.query_one(MomentBar).chosen = value
            self.step = Step.TONE
        else:
            self.tone = self.query_one(ToneBar).chosen = value if self.reached else Tone.NEUTRAL
            self.step = Step.NOTE

    @on(MomentBar.Chosen)
    def _moment_clicked(self, event: MomentBar.Chosen) -> None:
        event.stop()
        self._choose(Step.MOMENT, event.value)

    @on(ToneBar.Chosen)
    def _tone_clicked(self, event: ToneBar.Chosen) -> None:
        event.stop()
        self._choose(Step.TONE, event.value)

    @on(Input.Submitted, "#note")
    def _note_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    def _submit(self) -> None:
        """Save, or go to the step that is still missing."""
        if self.moment is None:
            self.step = Step.MOMENT
            return
        if self.tone is None:
            self.step = Step.TONE
            return
        self.dismiss(self.choice())

    def choice(self) -> LogChoice:
        """The choice as it stands (moment and tone must be chosen)."""
        assert self.moment is not None and self.tone is not None
        reached, initiator, follow_up, note = self._flags_now()
        return LogChoice(
            moment=self.moment,
            tone=self.tone if reached else Tone.NEUTRAL,
            note=note,
            reached=reached,
            initiator=initiator,
            follow_up=follow_up,
        )

    def _flags_now(self) -> tuple[bool, Initiator, bool, str]:
        """Reached, initiator and follow-up with the note's first word of flags (if any)
        switched on, and the note without that word."""
        flags, note = leading_flags(self.query_one("#note", Input).value)
        return (
            self.reached and "n" not in flags,
            Initiator.PARENT if "o" in flags else self.initiator,
            self.follow_up or "f" in flags,
            note,
        )

    def action_back(self) -> None:
        if self.step is Step.NOTE:
            self.step = Step.TONE
        elif self.step is Step.TONE:
            self.step = Step.MOMENT
        else:
            self.dismiss(None)

    # -- the less common details: attempt, parent's initiative, follow-up ------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Once the note has begun the letters are the note's: offer them only before.
        if action == "toggle":
            return self.flags_open
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

    def watch_reached(self, reached: bool) -> None:
        """Not reached: the tone step says an attempt has none; a chosen tone becomes =."""
        self._show_flags()
        self.query_one("#step-tone", Label).update(
            t("log.step.tone" if reached else "log.step.tone.attempt")
        )
        if not reached and self.tone is not None:  # n right after the tone: no tone
            self.tone = self.query_one(ToneBar).chosen = Tone.NEUTRAL

    def watch_initiator(self) -> None:
        """The initiator or follow-up flag changed: the flags line shows all three again."""
        self._show_flags()

    watch_follow_up = watch_initiator

    @on(Input.Changed, "#note")
    def _note_changed(self) -> None:
        """A first word of flags shows on the flags line (and an attempt's tone) as typed."""
        self._show_flags()

    def _show_flags(self) -> None:
        reached, initiator, follow_up, _ = self._flags_now()
        if self.tone is not None:  # an attempt's tone is shown as it will be stored: =
            self.query_one(ToneBar).chosen = self.tone if reached else Tone.NEUTRAL
        pieces: list = []
        for ticked, key, label in (
            (not reached, "n", t("word.not_reached")),
            (initiator is Initiator.PARENT, "o", t("log.flag.parent")),
            (follow_up, "f", t("log.flag.follow_up")),
        ):
            box = ("☒", "bold") if ticked else ("☐", "")
            pieces += [box, " ", (key, "bold"), f" {label}   "]
        self.query_one("#flags", Static).update(Content.assemble(*pieces))


def hand_over(app, key: str, character: str | None) -> None:
    """A key typed on the today screen before the flow opened: the flow's now.

    Posted to the flow screen itself, so `take_key` reads it against the step the flow
    is at, in the order the keys were typed; never re-sent through the app, where it
    would queue behind keys typed after it.
    """
    screen = app.screen
    if isinstance(screen, LogContactScreen):
        screen.post_message(events.Key(key, character))
    else:
        # Another screen came up instead (help, a notice): the key is typed there now.
        app.post_message(events.Key(key, character))
