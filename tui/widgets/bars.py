"""Small bar charts drawn with block characters, each bar with its number beside it.

Two bars per row: this week (bold) and the weeks before (dim). The numbers are always
printed, so nothing depends on colour or on reading a bar's length.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static

_EIGHTHS = " ▏▎▍▌▋▊▉"
FULL = "█"


def bar(value: float, maximum: float, width: int) -> str:
    """A bar `width` cells wide at most, in eighths of a cell; any value above 0 shows."""
    if width <= 0:
        return ""
    if maximum <= 0 or value <= 0:
        return " " * width
    eighths = min(round(value / maximum * width * 8), width * 8)
    full, part = divmod(max(eighths, 1), 8)
    drawn = FULL * full + (_EIGHTHS[part] if part else "")
    return drawn.ljust(width)


@dataclass(frozen=True)
class BarRow:
    """One row: a label, the two values and how to print them."""

    label: str
    now: float
    before: float
    now_text: str
    before_text: str


class BarChart(Static):
    """A titled block of rows, two bars each, scaled to the largest value shown."""

    DEFAULT_CSS = """
    BarChart {
        height: auto;
        width: 1fr;
        margin-bottom: 1;
    }
    """

    def __init__(self, *, bar_width: int = 8, id: str | None = None) -> None:
        super().__init__(id=id)
        self.bar_width = bar_width

    def show(
        self,
        title: str,
        headers: tuple[str, str],
        rows: Sequence[BarRow],
        *,
        maximum: float | None = None,
        empty: str = "",
    ) -> None:
        self.update(
            chart(title, headers, rows, bar_width=self.bar_width, maximum=maximum, empty=empty)
        )


def chart(
    title: str,
    headers: tuple[str, str],
    rows: Sequence[BarRow],
    *,
    bar_width: int = 8,
    maximum: float | None = None,
    empty: str = "",
) -> Text:
    """The chart as Rich text; `maximum` fixes the scale (100 for percentages)."""
    label_width = max((len(row.label) for row in rows), default=0)
    label_width = max(label_width, len(title))
    now_width = max([len(row.now_text) for row in rows] + [1])
    before_width = max([len(row.before_text) for row in rows] + [1])
    scale = maximum
    if scale is None:
        scale = max([row.now for row in rows] + [row.before for row in rows] + [0])
    out = Text(no_wrap=True, overflow="ellipsis")
    out.append(title.ljust(label_width), style="bold")
    out.append("  ")
    out.append(headers[0].ljust(bar_width + 1 + now_width), style="bold")
    out.append("  ")
    out.append(headers[1], style="dim")
    if not rows:
        out.append("\n")
        out.append(empty, style="italic")
    for row in rows:
        out.append("\n")
        out.append(row.label.ljust(label_width))
        out.append("  ")
        out.append(bar(row.now, scale, bar_width), style="bold")
        out.append(" " + row.now_text.rjust(now_width), style="bold")
        out.append("  ")
        out.append(bar(row.before, scale, bar_width), style="dim")
        out.append(" " + row.before_text.rjust(before_width), style="dim")
    return out
