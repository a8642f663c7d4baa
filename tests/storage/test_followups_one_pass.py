"""The open follow-ups found in one pass over the stored contacts, per family, are the
ones the walk over the whole book sorted newest first finds (the rule as written in
storage/actions/followups.py), whatever the offsets, ties and attempts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from storage.actions.followups import open_followup_docs
from storage.rules.insights import sortable_times

START = datetime(2026, 10, 25, 1, 0)  # the night the clocks go back
OFFSETS = [timezone(timedelta(hours=2)), timezone(timedelta(hours=1)), UTC, None]


def walked(stored: list[tuple[str, dict]], active: set[int]) -> list[int]:
    """The rule as a walk: newest first (ties by id), a reached contact clears the older."""
    times = sortable_times([doc["at"] for _, doc in stored])
    order = sorted(range(len(stored)), key=lambda i: (times[i], int(stored[i][0])), reverse=True)
    reached_later: set[int] = set()
    still_open = []
    for i in order:
        key, doc = stored[i]
        family = doc["family"]
        if family not in active:
            continue
        if doc.get("follow_up") and not doc.get("follow_up_done") and family not in reached_later:
            still_open.append(int(key))
        if doc.get("reached", True):
            reached_later.add(family)
    return still_open[::-1]


CONTACT = st.fixed_dictionaries(
    {
        "family": st.integers(1, 4),
        "minutes": st.integers(0, 240),
        "offset": st.sampled_from(OFFSETS),
        "reached": st.booleans(),
        "follow_up": st.booleans(),
        "follow_up_done": st.booleans(),
    }
)


def stored_doc(contact: dict) -> dict:
    at = START + timedelta(minutes=contact["minutes"] * 15)
    if contact["offset"] is not None:
        at = at.replace(tzinfo=contact["offset"])
    doc = {"family": contact["family"], "at": at.isoformat(timespec="seconds")}
    for name in ("follow_up", "follow_up_done"):
        if contact[name]:
            doc[name] = True
    if not contact["reached"]:
        doc["reached"] = False
    return doc


@given(contacts=st.lists(CONTACT, max_size=25), active=st.sets(st.integers(1, 4)))
def test_one_pass_finds_what_the_walk_finds(contacts: list[dict], active: set[int]) -> None:
    stored = [(str(number), stored_doc(c)) for number, c in enumerate(contacts, 1)]
    found = open_followup_docs(stored, active)
    assert [doc_id for doc_id, _ in found] == walked(stored, active)
    assert all(doc is dict(stored)[str(doc_id)] for doc_id, doc in found)
