"""One family's story (storage/rules/timeline.py): newest first, attempts, plans, tips."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from datetime import timedelta

import pytest
from classbook import CET, NOW, make_class, unanswered_call

from storage import ContactBook, Family, Moment, UnknownFamily
from storage.rules.timeline import HERE, StoryEntry, family_story


def test_story_is_newest_first_with_attempts_marked(book: ContactBook) -> None:
    ids = make_class(book)
    unanswered_call(book, ids["jong_a"], timedelta(hours=1), "Geen gehoor")
    story = family_story(book, ids["jong_a"])
    times = [e.contact.at for e in story.entries]
    assert times == sorted(times, reverse=True)
    assert len(story.entries) == 4
    assert [e.attempt for e in story.entries] == [True, False, False, False]
    assert (story.contacts, story.attempts) == (3, 1)
    assert story.entries[0].contact.note == "Geen gehoor"
    # Only that family: the other de Jong's contacts are not in it.
    assert {e.contact.family_id for e in story.entries} == {ids["jong_a"]}
    assert story.last_positive == NOW.replace(hour=15, minute=10) - timedelta(days=30)


def test_story_has_first_contact_plans_and_tips(book: ContactBook) -> None:
    ids = make_class(book)
    book.set_planned(ids["nguyen"], True, "2026-W48")
    book.set_planned(ids["nguyen"], True, "2026-W46")
    book.set_planned(ids["oyen"], True, "2026-W49")
    story = family_story(book, ids["nguyen"])
    assert story.entries == ()
    assert story.first_contact is None
    assert story.last_positive is None
    assert story.planned_weeks == ("2026-W46", "2026-W48")
    assert story.planned_from("2026-W47") == ("2026-W48",)
    assert story.tips == "Korte zinnen; oudste zus vertaalt."
    yilmaz = family_story(book, ids["yilmaz"])
    assert yilmaz.first_contact == NOW.date()


def test_story_across_a_dst_change_keeps_the_order(book: ContactBook) -> None:
    """25 October 2026, 02:30 CEST comes before 02:10 CET of the same night."""
    family = book.add_family(Family.new("Øyen", []))
    cest = CET.__class__(timedelta(hours=2), "CEST")
    before = book.log(
        family.id, Moment.MESSAGE, at=NOW.replace(month=10, day=25, hour=2, minute=30, tzinfo=cest)
    )
    after = book.log(family.id, Moment.MESSAGE, at=NOW.replace(month=10, day=25, hour=2, minute=10))
    story = family_story(book, family.id)
    assert [e.contact.id for e in story.entries] == [after.id, before.id]


def test_extra_entries_merge_into_the_order(book: ContactBook) -> None:
    """Later sources (an archived year, a colleague) slot in by time and are not editable."""
    ids = make_class(book)
    mine = family_story(book, ids["oyen"]).entries[0].contact
    older = replace(mine, id=1, at=mine.at - timedelta(days=400))
    story = family_story(book, ids["oyen"], extra=[StoryEntry(older, "2025-2026")])
    assert [e.source for e in story.entries] == [HERE, "2025-2026"]
    assert [e.editable for e in story.entries] == [True, False]


def test_story_of_an_unknown_family_says_so(book: ContactBook) -> None:
    make_class(book)
    with pytest.raises(UnknownFamily):
        family_story(book, 999)


def test_story_is_frozen(book: ContactBook) -> None:
    ids = make_class(book)
    story = family_story(book, ids["yilmaz"])
    with pytest.raises(FrozenInstanceError):
        story.entries = ()  # type: ignore[misc]
