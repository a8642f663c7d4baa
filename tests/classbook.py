"""The class every test can use: seven families with the names that break naive code.

A plain module (not conftest.py), so tests can import it by name without clashing with
the conftest.py files of sub-folders.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from storage import Child, ContactBook, Family, Moment, Tone

SHARED = Path(__file__).resolve().parents[2] / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

CET = timezone(timedelta(hours=1), "CET")
NOW = datetime(2026, 11, 25, 15, 10, tzinfo=CET)
"""Wednesday of ISO week 48, just after pick-up."""


def make_class(book: ContactBook) -> dict[str, int]:
    """A small class with the names that break naive code; returns name → family id."""
    ids: dict[str, int] = {}

    def add(key: str, name: str, children: list[tuple[str, int]], **extra) -> None:
        family = book.add_family(Family.new(name, [Child(c, g) for c, g in children], **extra))
        ids[key] = family.id

    add(
        "yilmaz",
        "Yılmaz",
        [("Elif", 5), ("Emre", 2)],
        language="Turks",
        channel="WhatsApp",
        guardians=["Ayşe Yılmaz"],
        interpreter=True,
    )
    add(
        "oyen",
        "Øyen",
        [("Sigrid", 5)],
        language="Noors",
        channel="e-mail",
        guardians=["Ingrid Øyen"],
    )
    add(
        "nguyen",
        "Nguyễn",
        [("Minh", 5)],
        language="Vietnamees",
        channel="telefoon",
        tips="Korte zinnen; oudste zus vertaalt.",
    )
    add("berg", "van der Berg", [("Daan", 5)], channel="app", guardians=["Sanne van der Berg"])
    add("jong_a", "de Jong", [("Lucas", 5)], guardians=["Mark de Jong"])
    add("jong_b", "de Jong", [("Noor", 4)], guardians=["Fatima de Jong"])
    add("ozturk", "Öztürk", [("Mila", 5), ("Sara", 3)], language="Turks", channel="WhatsApp")

    def at(days_ago: int, hour: int = 15, minute: int = 5) -> datetime:
        return (NOW - timedelta(days=days_ago)).replace(hour=hour, minute=minute)

    book.log(
        ids["yilmaz"], Moment.PICKUP, Tone.POSITIVE, at=at(0, 15, 2), note="Elif trots op tekening"
    )
    book.log(ids["berg"], Moment.DROPOFF, Tone.NEUTRAL, at=at(0, 8, 20))
    book.log(ids["oyen"], Moment.SCHOOLYARD, Tone.POSITIVE, at=at(2, 8, 25))
    book.log(ids["jong_a"], Moment.PHONE, Tone.CONCERN, at=at(3, 12, 0), note="Lucas moe")
    book.log(ids["jong_a"], Moment.MEETING, Tone.CONCERN, at=at(8, 16, 0))
    book.log(ids["jong_a"], Moment.PICKUP, Tone.POSITIVE, at=at(30, 15, 10))
    book.log(ids["ozturk"], Moment.WALKIN, Tone.POSITIVE, at=at(20, 8, 30))
    book.log(ids["berg"], Moment.EVENT, Tone.POSITIVE, at=at(15, 18, 0))
    return ids


def unanswered_call(
    book: ContactBook, family_id: int, ago: timedelta, note: str, *, follow_up: bool = False
):
    """A phone call nobody answered (neutral), `ago` before the book's now."""
    return book.log(
        family_id,
        Moment.PHONE,
        Tone.NEUTRAL,
        at=book.now() - ago,
        reached=False,
        follow_up=follow_up,
        note=note,
    )
