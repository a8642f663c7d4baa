"""`schoolyard followups [--json]` and `schoolyard followups done ID` (issue 9)."""

from __future__ import annotations

import json
from datetime import timedelta

from classbook import NOW
from cli_support import *  # noqa: F403 (the CLI fixtures)

from storage import ContactBook, Family, Moment, Tone


def flag(book: ContactBook, name: str, days_ago: int, note: str = ""):
    family = book.add_family(Family.new(name, []))
    return book.log(
        family.id,
        Moment.PHONE,
        Tone.CONCERN,
        at=NOW - timedelta(days=days_ago),
        note=note,
        follow_up=True,
    )


def test_list_tick_and_json(run, book: ContactBook) -> None:
    old = flag(book, "Yılmaz", 2, note="belt terug over\x1b[31m zwemles")
    new = flag(book, "Øyen", 1)
    result = run("followups")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{old.id}  ") and "Yılmaz" in lines[0] and "zwemles" in lines[0]
    assert "\x1b" not in result.out
    assert lines[1].startswith(f"{new.id}  ") and "Øyen" in lines[1]

    docs = json.loads(run("followups", "--json").out)
    assert [(d["id"], d["family_name"]) for d in docs] == [(old.id, "Yılmaz"), (new.id, "Øyen")]

    done = run("followups", "done", str(old.id))
    assert done.code == 0, done.err
    assert done.out.startswith("Ticked off: ")
    assert [c.id for c in book.open_followups()] == [new.id]
    assert [d["id"] for d in json.loads(run("followups", "--json").out)] == [new.id]


def test_a_later_contact_clears_it_from_the_shell(run, book: ContactBook) -> None:
    flag(book, "Nguyễn", 2)
    assert run("log", "nguyen", "pickup", "=").code == 0
    result = run("followups")
    assert (result.code, result.out) == (0, "")
    assert result.err.strip() == "No open follow-ups."


def test_ticking_what_is_not_open_changes_nothing(run, book: ContactBook) -> None:
    flagged = flag(book, "de Vries", 2)
    plain = book.log(flagged.family_id, Moment.PICKUP, at=NOW - timedelta(days=3))
    before = book.path.read_bytes()
    for contact_id, words in ((plain.id, "not marked"), (999, "No contact"), ("x", "")):
        result = run("followups", "done", str(contact_id))
        assert result.code == 2
        assert len(result.err.strip().splitlines()) == 1
        assert words in result.err
    assert book.path.read_bytes() == before
    assert run("followups", "done", str(flagged.id)).code == 0
    again = run("--lang", "nl", "followups", "done", str(flagged.id))
    assert again.code == 2 and "al opgevolgd" in again.err
