"""The family form: every field of a family, in one keyboard-fast modal.

`FamilyForm(family)` edits `family`; `FamilyForm(None)` (or a draft, `Family.new`, whose
id is None) makes a new one. The form does not write: it dismisses with a `Family` — a
draft for a new family, the same id for an edit — or None when cancelled. The caller
stores it whole: `book.add_family(draft)`; for an edit only the fields that differ
from what the form showed, with `book.change_family(id, changes, base=shown)`
(tui/screens/family_writes.py). If that write fails, the caller can open
`FamilyForm(result)` again: nothing typed is lost.

Children go on one line, a name and a groep each: `Elif 5, Emre 2` (also `Elif (5)`
or `Elif groep 5`). The kennismaking takes `25-11-2026`, `2026-11-25` or a word such
as `vandaag`/`gisteren`. Enter (outside the tips) or ctrl+s saves; Escape cancels.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Input, Label, Static, TextArea

from storage import Child, Family
from storage.rules.groups import GROUP_TEXT, parse_group
from storage.rules.when import WhenError, earliest_day, parse_date

from ..text import t
from .form import FormError, FormScreen

_CHILD = re.compile(
    rf"^(?P<name>.*?)[\s(]*(?:groep|group|gr\.?|g)?\s*(?P<group>{GROUP_TEXT})\s*\)?$",
    re.IGNORECASE,
)


def parse_children(text: str) -> tuple[Child, ...]:
    """`Elif 5, Daan 1/2` → two children; a groep from 1 to 8 or a combination group."""
    children = []
    for part in re.split(r"[,;\n]", text):
        part = " ".join(part.split())
        if not part:
            continue
        match = _CHILD.match(part)
        name = " ".join(match["name"].split()) if match else ""
        if not match or not name:
            raise FormError("children", "familyform.error.child_group", child=part)
        group = parse_group(match["group"])  # storage's rule, as for class lists
        if group is None:
            raise FormError(
                "children", "familyform.error.group_range", child=name, group=match["group"]
            )
        children.append(Child(name, *group))
    return tuple(children)


def children_text(children: tuple[Child, ...]) -> str:
    """The children the way the form shows and reads them: `Elif 5, Emre 2`."""
    return ", ".join(f"{child.name} {child.group_label}" for child in children)


def parse_first_contact(text: str, today: date, kept: date | None = None) -> date | None:
    """The kennismaking: empty for none yet; never in the future nor over two years back.

    `kept`, the stored day, stays as it is when the field still shows it.
    """
    if not text.strip():
        return None
    if kept is not None and text.strip() == input_day(kept):
        return kept
    try:
        day = parse_date(text, today, past=True)
    except WhenError as exc:
        raise FormError("first-contact", exc.key, **exc.values) from None
    if day > today:
        raise FormError("first-contact", "familyform.error.future")
    if day < earliest_day(today):
        raise FormError(
            "first-contact", "familyform.error.too_long_ago", earliest=earliest_day(today)
        )
    return day


def input_day(day: date | None) -> str:
    """A day as the teacher types it: `25-11-2026`."""
    return f"{day.day:02d}-{day.month:02d}-{day.year}" if day else ""


class FamilyForm(FormScreen[Family]):
    """Add or edit a family; dismisses with the family to store, or None."""

    FORM = "family"

    def __init__(self, family: Family | None = None) -> None:
        super().__init__()
        self.family = family
        self.is_new = family is None or family.id is None

    def compose(self) -> ComposeResult:
        family = self.family or Family.new("")
        title = t("familyform.title.new") if self.is_new else t("familyform.title.edit")
        with Vertical(id="family-dialog", classes="form-dialog"):
            yield Label(title, id="family-title", classes="form-title")
            with VerticalScroll(id="family-fields", classes="form-fields"):
                yield from self.text_row("name", family.name)
                yield from self.text_row(
                    "children",
                    children_text(family.children),
                    placeholder=t("familyform.children.placeholder"),
                )
                yield Static(t("familyform.children.help"), classes="form-help")
                yield from self.text_row(
                    "guardians",
                    ", ".join(family.guardians),
                    placeholder=t("familyform.guardians.placeholder"),
                )
                yield from self.text_row("language", family.language)
                yield from self.tick_row("interpreter", family.interpreter)
                channels = t("familyform.channels").split("|")
                yield from self.text_row(
                    "channel",
                    family.channel,
                    placeholder=", ".join(channels),
                    suggester=SuggestFromList(channels, case_sensitive=False),
                )
                yield from self.text_row(
                    "first_contact",
                    input_day(family.first_contact),
                    placeholder=t("familyform.first_contact.placeholder"),
                )
                if not self.is_new:
                    yield from self.tick_row("active", family.active)
                with Horizontal(classes="form-row"):
                    yield Label(t("familyform.label.tips"), classes="form-label")
                    yield TextArea(family.tips, id="tips", soft_wrap=True, compact=True)
            yield from self.form_footer()

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    # -- reading the fields -------------------------------------------------------------

    def value(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value

    def draft(self) -> Family:
        """The family as filled in; FormError names the first field to correct."""
        name = " ".join(self.value("name").split())
        if not name:
            raise FormError("name", "familyform.error.name")
        children = parse_children(self.value("children"))
        guardians = tuple(
            " ".join(g.split()) for g in re.split(r"[,;]", self.value("guardians")) if g.strip()
        )
        first_contact = parse_first_contact(
            self.value("first-contact"),
            self.book.today(),
            kept=self.family.first_contact if self.family else None,
        )
        active = self.query_one("#active", Checkbox).value if not self.is_new else True
        return replace(
            self.family or Family.new(""),
            name=name,
            children=children,
            guardians=guardians,
            language=self.value("language").strip(),
            interpreter=self.query_one("#interpreter", Checkbox).value,
            channel=self.value("channel").strip(),
            first_contact=first_contact,
            active=active,
            tips=self.query_one("#tips", TextArea).text.strip(),
        )
