"""Choice bars of the log flow: the ten moments by digit, the three tones by symbol.

A bar takes focus so its keys (digits, `+ = -`) do not land in an Input, and shows
each choice with its key so the teacher never has to remember them. The bar does not
act on its keys itself: the log flow reads every key in the order typed and knows which
step it is at, so a fast `1+` is not split between two bars while focus moves.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.app import ComposeResult
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from storage import Moment, Tone

from ..text import moment_name, tone_name

V = TypeVar("V")


class Chip(Static):
    """One choice in a bar: `1 ophalen`; a click picks it."""

    DEFAULT_CSS = """
    Chip {
        width: 1fr;
        height: 1;
        padding: 0;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        color: $text-muted;
    }
    Chip.-chosen {
        color: $text;
        background: $accent 40%;
        text-style: bold;
    }
    """

    def __init__(self, key: str, label: str, value: object, **kwargs):
        super().__init__(**kwargs)
        self.key = key
        self.label = label
        self.value = value
        self.chosen = False

    def render(self):
        marker = "▸" if self.chosen else " "
        return f"{marker}[b]{self.key}[/b] {self.label}"

    def set_chosen(self, chosen: bool) -> None:
        self.chosen = chosen
        self.set_class(chosen, "-chosen")
        self.refresh()

    def on_click(self) -> None:
        bar = self.parent
        if isinstance(bar, ChoiceBar):
            bar.choose(self.value)


class ChoiceBar(Widget, Generic[V], can_focus=True):
    """A focusable row (or grid) of chips picked by their key."""

    DEFAULT_CSS = """
    ChoiceBar {
        height: auto;
        layout: grid;
        grid-gutter: 0 1;
        padding: 0 1;
    }
    ChoiceBar:focus {
        background: $boost;
    }
    """

    chosen: reactive[object | None] = reactive(None, init=False)
    """The value picked last; shown with a marker as well as a colour."""

    class Chosen(Message):
        """A choice was made (by key or click)."""

        def __init__(self, bar: ChoiceBar, value: object) -> None:
            super().__init__()
            self.bar = bar
            self.value = value

        @property
        def control(self) -> ChoiceBar:
            return self.bar

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._by_key: dict[str, object] = {}

    def items(self) -> list[tuple[str, str, V]]:
        """(key, label, value) for every chip, in order."""
        raise NotImplementedError

    def compose(self) -> ComposeResult:
        for key, label, value in self.items():
            self._by_key[key] = value
            yield Chip(key, label, value, id=f"chip-{value}")

    def watch_chosen(self, value: object | None) -> None:
        for chip in self.query(Chip):
            chip.set_chosen(chip.value == value)

    def choose(self, value: object) -> None:
        self.chosen = value
        self.post_message(self.Chosen(self, value))

    def value_for(self, character: str | None) -> V | None:
        """The choice picked by `character` (`1`, `+`), or None."""
        return self._by_key.get(character or "")


class MomentBar(ChoiceBar[Moment]):
    """The ten moments with their digits: 1 ophalen … 9 activiteit, 0 anders."""

    class Chosen(ChoiceBar.Chosen):
        """A moment was chosen."""

    DEFAULT_CSS = """
    MomentBar {
        grid-size: 5;
    }
    """

    def items(self) -> list[tuple[str, str, Moment]]:
        return [(moment.digit, moment_name(moment), moment) for moment in Moment]


class ToneBar(ChoiceBar[Tone]):
    """The three tones by symbol: + positive, = neutral, - concern."""

    class Chosen(ChoiceBar.Chosen):
        """A tone was chosen."""

    DEFAULT_CSS = """
    ToneBar {
        grid-size: 3;
    }
    ToneBar > #chip-positive.-chosen { background: $success 40%; }
    ToneBar > #chip-neutral.-chosen { background: $primary 40%; }
    ToneBar > #chip-concern.-chosen { background: $error 40%; }
    """

    def items(self) -> list[tuple[str, str, Tone]]:
        return [(tone.symbol, tone_name(tone), tone) for tone in Tone]
