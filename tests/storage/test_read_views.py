"""The book answers the app's frequent questions from views kept per file version.

History asks for the newest 500 contacts of some families on every key; Today, Week
and Families all ask for the statuses after each change. Each answer must be the same
as before, but made once per file version and only from the records it returns.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from storage import Contact, ContactBook, Family, Moment, Tone
from storage.rules import insights


@pytest.fixture
def demo_book(make_demo_book) -> ContactBook:
    """60 families, 20 weeks: over a thousand contacts, as of the pinned clock."""
    return make_demo_book(families=60, weeks=20, seed=3)


def test_family_ids_keeps_the_newest_of_those_families_only(demo_book: ContactBook) -> None:
    everything = demo_book.contacts()
    wanted = {f.id for f in demo_book.families()[:3]}
    expected = [c for c in everything if c.family_id in wanted]
    assert demo_book.contacts(family_ids=wanted) == expected
    assert demo_book.contacts(family_ids=wanted, limit=5) == expected[:5]
    assert demo_book.contacts(family_ids=[]) == []
    # With family_id as well, both must hold.
    one = min(wanted)
    assert demo_book.contacts(family_ids=wanted, family_id=one) == [
        c for c in expected if c.family_id == one
    ]


def test_a_page_of_contacts_makes_records_of_that_page_only(
    demo_book: ContactBook, counting
) -> None:
    total = len(demo_book.contacts())
    assert total > 1000
    made = counting(Contact, "from_doc")
    page = demo_book.contacts(limit=50, tones=[Tone.POSITIVE])
    assert len(page) == 50
    assert made[0] == 50  # not one record for each contact of the book
    assert demo_book.contacts(limit=0) == []


def test_contacts_sorted_once_per_file_version(demo_book: ContactBook, counting) -> None:
    parsed = counting(insights, "sortable_times")
    family = demo_book.families()[0]
    for _ in range(3):
        demo_book.contacts(limit=10)
        demo_book.contacts(family_ids=[family.id], limit=10)
    assert parsed[0] == 1
    # A change is a new version, sorted afresh: the new contact is in it.
    logged = demo_book.log(family.id, Moment.PHONE, Tone.NEUTRAL)
    assert logged in demo_book.contacts(family_ids=[family.id], limit=1000)
    assert parsed[0] == 2
    # Without a limit every match becomes a record: only those are sorted, as before.
    assert demo_book.contacts(family_ids=[family.id]) == demo_book.contacts(
        family_ids=[family.id], limit=1000
    )


def test_order_is_by_moment_across_utc_offsets(book: ContactBook, now) -> None:
    """The kept order compares moments, not text: 13:10+01:00 is before 12:15+00:00."""
    family = book.add_family(Family.new("Øyen"))
    early = book.log(
        family.id,
        Moment.PICKUP,
        at=datetime(2026, 3, 28, 13, 10, tzinfo=timezone(timedelta(hours=1))),
    )
    late = book.log(family.id, Moment.PICKUP, at=datetime(2026, 3, 28, 12, 15, tzinfo=UTC))
    assert [c.id for c in book.contacts(family_ids=[family.id])] == [late.id, early.id]
    assert [c.id for c in book.contacts(limit=5)] == [late.id, early.id]


def test_families_made_once_per_file_version(demo_book: ContactBook, counting) -> None:
    made = counting(Family, "from_doc")
    first = demo_book.families(include_archived=True)
    for _ in range(3):
        assert demo_book.families(include_archived=True) == first
        demo_book.search("de", include_archived=True)
    assert made[0] == len(first)
    # The caller's list is its own: changing it changes nothing kept.
    first.clear()
    assert demo_book.families(include_archived=True)


def test_statuses_computed_once_per_file_version_and_day(
    demo_book: ContactBook, monkeypatch, now, counting
) -> None:
    computed = counting(insights, "family_statuses")
    first = demo_book.statuses()
    assert demo_book.statuses() == first
    assert demo_book.needing_positive_contact() == insights.needing_positive_contact(first)
    assert computed[0] == 1
    demo_book.statuses(school_days=3)  # another question: answered afresh
    assert computed[0] == 2
    demo_book.statuses(now.date() + timedelta(days=1))
    assert computed[0] == 3
    family = first[0].family
    demo_book.log(family.id, Moment.PICKUP)
    after = demo_book.statuses()
    assert computed[0] == 4
    assert next(s for s in after if s.family.id == family.id).last_positive == now


def test_search_folds_the_names_once_per_file_version(demo_book: ContactBook, counting) -> None:
    """Each key in a search box ranked 400 families by folding all their names again."""
    from storage.rules import matching

    folded = counting(matching, "search_keys")
    everyone = demo_book.families(include_archived=True)
    expected = {q: matching.rank(q, demo_book.families()) for q in ("e", "de j", "yilm", "zz")}
    folded[0] = 0
    for query, families in expected.items():
        assert demo_book.search(query) == families
    assert folded[0] <= len(everyone)
    family = demo_book.families()[0]
    demo_book.change_family(family.id, {"name": "Øyen-Nguyễn"})
    assert demo_book.search("oyen nguyen")[0].id == family.id  # a new version: folded anew
