"""Small bar charts drawn with block characters, each bar with its number beside it.

Two bars per row: this week (solid, bold) and the weekly average of the weeks before
(shaded, dim).
The numbers are always printed, so nothing depends on colour or on a bar's length.
`MixCharts` puts this week's mix (storage.rules.mix) into three such charts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from storage import Moment, Tone
from storage.rules.mix import WeekMix

from .. import text
from ..text import moment_name, t, tone_name

_EIGHTHS = " ▏▎▍▌▋▊▉"
FULL = "█"


SHADE = "░"
"""The weekly average's bar: a shade, not only a dimmer colour, so the two series
differ without colour (NO_COLOR)."""


def shaded_bar(value: float, maximum: float, width: int) -> str:
    """Like `bar`, in whole shaded cells; any value above 0 shows."""
    if width <= 0:
        return ""
    if maximum <= 0 or value <= 0:
        return " " * width
    cells = min(max(round(value / maximum * width), 1), width)
    return (SHADE * cells).ljust(width)


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

    def __init__(self, *, bar_width: int = 6, **kwargs) -> None:
        super().__init__(**kwargs)
        self.bar_width = bar_width

    def show(
        self,
        title: str,
        headers: tuple[str, str] | None,
        rows: Sequence[BarRow],
        **options,
    ) -> None:
        """Draw `rows`; `options` are those of `chart` (maximum, empty, widths)."""
        self.update(chart(title, headers, rows, bar_width=self.bar_width, **options))


def chart(
    title: str,
    headers: tuple[str, str] | None,
    rows: Sequence[BarRow],
    *,
    bar_width: int = 8,
    maximum: float | None = None,
    empty: str = "",
    label_width: int = 0,
    number_width: int = 0,
) -> Text:
    """The chart as Rich text; `maximum` fixes the scale (100 for percentages).

    Give `label_width` and `number_width` to line up several charts under each other.
    """
    label_width = max([label_width, len(title)] + [len(row.label) for row in rows])
    now_width = max([number_width, 1] + [len(row.now_text) for row in rows])
    before_width = max([number_width, 1] + [len(row.before_text) for row in rows])
    scale = maximum
    if scale is None:
        scale = max([row.now for row in rows] + [row.before for row in rows] + [0])
    out = Text(no_wrap=True, overflow="ellipsis")
    out.append(title.ljust(label_width), style="bold")
    if headers is not None:
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
        out.append(" ")
        out.append(bar(row.now, scale, bar_width), style="bold")
        out.append(" " + row.now_text.rjust(now_width), style="bold")
        out.append("  ")
        out.append(shaded_bar(row.before, scale, bar_width), style="dim")
        out.append(" " + row.before_text.rjust(before_width), style="dim")
    return out


def _number(value: float) -> str:
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if text.language() == "nl" else shown


def _share(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


def mix_rows(mix: WeekMix) -> tuple[list[BarRow], list[BarRow], list[BarRow]]:
    """Rows for the tone, share and moment charts: this week beside the weekly average."""
    now, before = mix.this_week, mix.before
    tones = [
        BarRow(
            f"{tone.symbol} {tone_name(tone)}",
            now.by_tone[tone],
            before.per_week(before.by_tone[tone]),
            str(now.by_tone[tone]),
            _number(before.per_week(before.by_tone[tone])),
        )
        for tone in Tone
    ]
    shares = [
        BarRow(
            t(f"week.mix.{name}"),
            (getattr(now, f"{name}_share") or 0) * 100,
            (getattr(before, f"{name}_share") or 0) * 100,
            _share(getattr(now, f"{name}_share")),
            _share(getattr(before, f"{name}_share")),
        )
        for name in ("informal", "positive")
    ]
    # Moments nobody used in five weeks would only push the rest off a small terminal.
    moments = [
        BarRow(
            moment_name(moment),
            now.by_moment[moment],
            before.per_week(before.by_moment[moment]),
            str(now.by_moment[moment]),
            _number(before.per_week(before.by_moment[moment])),
        )
        for moment in Moment
        if now.by_moment[moment] or before.by_moment[moment]
    ]
    return tones, shares, moments


class MixCharts(Vertical):
    """This week's mix beside the weeks before: by tone, the two shares, by moment."""

    DEFAULT_CSS = """
    MixCharts { height: auto; }
    MixCharts #mix-legend { height: auto; margin-bottom: 1; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="mix-legend")
        yield BarChart(id="mix-tones")
        yield BarChart(id="mix-shares")
        yield BarChart(id="mix-moments")

    def show(self, mix: WeekMix) -> None:
        # One legend instead of column headers: three charts fit a 30-line terminal.
        legend = Text()
        legend.append(f"{FULL * 2} {t('week.mix.now')}", style="bold")
        legend.append("   ")
        legend.append(f"{FULL * 2} {t('week.mix.before')}", style="dim")
        self.query_one("#mix-legend", Static).update(legend)
        headers = None
        tones, shares, moments = mix_rows(mix)
        titles = [t("week.mix.tone"), t("week.mix.share"), t("week.mix.moment")]
        # One label and number width for all three, so their bars line up.
        widths = {
            "label_width": max(
                len(x) for x in titles + [r.label for r in tones + shares + moments]
            ),
            "number_width": 4,
        }
        self.query_one("#mix-tones", BarChart).show(titles[0], headers, tones, **widths)
        self.query_one("#mix-shares", BarChart).show(
            titles[1], headers, shares, maximum=100, **widths
        )
        self.query_one("#mix-moments", BarChart).show(
            titles[2], headers, moments, empty=t("week.mix.none"), **widths
        )
