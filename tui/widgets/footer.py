"""Textual's footer, rebuilt only when the keys it shows have changed."""

from __future__ import annotations

from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """The footer of every main screen: the same keys are never rebuilt.

    Textual rebuilds each key of the footer whenever a binding may have changed: a
    focus move, a switch of screens, `refresh_bindings`. Opening History did that
    eight times (~230 ms at 400 families), nearly always to show the very same keys.
    """

    _shown: tuple | None = None
    """What the keys looked like when last built."""

    def _keys(self) -> tuple:
        keys = tuple(
            (binding.key, binding.description, binding.action, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
        return keys, self.show_command_palette, self.compact

    async def recompose(self) -> None:
        keys = self._keys()
        if keys == self._shown and self.children:
            return
        self._shown = keys
        await super().recompose()
