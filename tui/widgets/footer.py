"""Textual's footer, with our key names translated and rebuilt only when they change."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.dom import NoScreen
from textual.reactive import Reactive
from textual.widgets import Footer as TextualFooter

from ..text import TEXT, t


def key_description(screen: object, binding: Binding) -> str:
    """What a key does, in the language in use.

    A binding's description is a key of the text table (`today.key.log`): Textual reads
    it from the class, before the language is known, so it is translated where shown. A
    screen whose key says different things by state (ctrl+r: archive or bring back)
    answers through its own `describe_key(binding)`.
    """
    describe = getattr(screen, "describe_key", None)
    description = (describe(binding) if describe else None) or binding.description
    return t(description) if description in TEXT else description


class Footer(TextualFooter):
    """The footer of every screen: keys in the teacher's language, never rebuilt for nothing.

    Textual rebuilds each key of the footer whenever a binding may have changed: a
    focus move, a switch of screens, `refresh_bindings`. Opening History did that
    eight times (~230 ms at 400 families), nearly always to show the very same keys.
    """

    shown_keys: tuple | None = None
    """What the keys looked like when last built."""

    def keys_now(self) -> tuple:
        keys = tuple(
            (binding.key, key_description(self.screen, binding), binding.action, on, tip)
            for _, binding, on, tip in self.screen.active_bindings.values()
            if binding.show
        )
        return keys, self.show_command_palette, self.compact

    def compose(self) -> ComposeResult:
        # Textual's compose yields nothing until the screen's bindings are ready: ask the
        # screen for them only once it has yielded a first key.
        descriptions: dict[str, str] | None = None
        widgets: Iterable = super().compose()
        for widget in widgets:
            if descriptions is None:
                descriptions = {
                    binding.key: key_description(self.screen, binding)
                    for _, binding, _, _ in self.screen.active_bindings.values()
                }
            # A footer key keeps its binding's key and description as public attributes.
            key = getattr(widget, "key", None)
            if key in descriptions and getattr(widget, "description", ""):
                widget.description = descriptions[key]
            if key in descriptions and widget.tooltip in TEXT:
                widget.tooltip = descriptions[key]
            compact = getattr(type(widget), "compact", None)
            if isinstance(compact, Reactive) and not widget.has_class("-command-palette"):
                # A footer key is born compact, gets the class as it mounts, then is bound
                # to the footer's (not compact) and loses it: its styles were applied twice
                # (~25 ms for a screen's 23 keys). It starts as it will stay. (The palette's
                # key is not bound: it stays compact, as Textual makes it.)
                widget.set_reactive(compact, self.compact)
                widget.set_class(self.compact, "-compact", update=False)
            yield widget

    async def recompose(self) -> None:
        try:
            keys = self.keys_now()
        except NoScreen:
            return  # taken off its screen meanwhile (a welcome that closed): nothing to show
        if keys == self.shown_keys and self.children:
            return
        self.shown_keys = keys
        await super().recompose()
