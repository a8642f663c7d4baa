"""A checkbox whose box is empty when unticked, so its state shows without colour too."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class Tick(Checkbox):
    """Textual's Checkbox always draws its X and tells on from off by colour alone: under
    NO_COLOR every box looked ticked. Here the X is drawn only when ticked."""

    def render(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super().render()
