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


def hidden_keys(screen: object) -> frozenset[str]:
    """Keys that work on `screen` but are left out of its footer (`FOOTER_HIDDEN`).

    The welcome leaves out F2–F6 and undo: nothing is there yet, and at 80 columns they
    cut its own keys. F1 lists them all.
    """
    return getattr(screen, "FOOTER_HIDDEN", frozenset())


class Footer(TextualFooter):
    """The footer of every screen: keys in the teacher's language, never rebuilt for nothing.

    Textual rebuilds each key of the footer whenever a binding may have changed: a
    focus move, a switch of screens, `refresh_bindings`. Opening History did that
    eight times (~230 ms at 400 families), nearly always to show the very same keys.
    """

    shown_keys: tuple | None = None
    """What the keys looked like when last built."""

    def keys_now(self) -> tuple:
        hidden = hidden_keys(self.screen)
        keys = tuple(
            (binding.key, key_description(self.screen, binding), binding.action, on, tip)
            for _, binding, on, tip in self.screen.active_bindings.values()
            if binding.show and binding.key not in hidden
        )
        return keys, self.show_command_palette, self.compact

    def compose(self) -> ComposeResult:
        # Textual's compose yields nothing until the screen's bindings are ready: ask the
        # screen for them only once it has yielded a first key.
        descriptions: dict[str, str] | None = None
        hidden = hidden_keys(self.screen)
        widgets: Iterable = super().compose()
        keys = []
        for widget in widgets:
            if getattr(widget, "key", None) in hidden:
                continue
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
            keys.append(widget)
        if keys:  # none until the screen's bindings are ready: do not ask for them before
            yield from sorted(keys, key=self._placing())

    def _placing(self):
        """The screen's own keys first, then the app's in the app's order (F1 … F6, undo).

        At 80 columns the footer is cut: the cut must fall on the navigation keys, which
        F1 lists. A focused text area binds ctrl+z and f6 itself, and the app's keys then
        took its place at the front of the footer, before the screen's own.
        """
        active = self.screen.active_bindings
        app_keys = [b.key if isinstance(b, Binding) else b[0] for b in type(self.app).BINDINGS]

        def place(widget: object) -> int:
            key = getattr(widget, "key", None)
            if key not in active or active[key].node is not self.app:
                return -1
            return app_keys.index(key) if key in app_keys else len(app_keys)

        return place

    async def recompose(self) -> None:
        try:
            keys = self.keys_now()
        except NoScreen:
            return  # taken off its screen meanwhile (a welcome that closed): nothing to show
        if keys == self.shown_keys and self.children:
            return
        self.shown_keys = keys
        await super().recompose()
