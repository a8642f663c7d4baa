"""The words for moments and tones, and a contact's stored form, as plain text.

storage/records.py builds its `Moment` and `Tone` enums' tables from these; the CLI's
quick log (tui/cli_quick.py) reads them without importing the records and their
dataclasses. The order of MOMENTS is the TUI's digit order (1–9, then 0).
"""

from __future__ import annotations

from datetime import datetime

MOMENTS = (
    "pickup",
    "dropoff",
    "walkin",
    "schoolyard",
    "phone",
    "message",
    "meeting",
    "homevisit",
    "event",
    "other",
)
TONES = ("positive", "neutral", "concern")

TONE_SYMBOLS = {"positive": "+", "neutral": "=", "concern": "-"}
TONE_WORDS = {
    "positive": frozenset({"positive", "+", "positief", "pos"}),
    "neutral": frozenset({"neutral", "=", "neutraal", "neu"}),
    "concern": frozenset({"concern", "-", "zorg", "zorgen"}),
}
MOMENT_WORDS = {
    "pickup": frozenset({"pickup", "pick-up", "ophalen", "halen"}),
    "dropoff": frozenset({"dropoff", "drop-off", "brengen"}),
    "walkin": frozenset({"walkin", "walk-in", "inloop", "inloopmoment"}),
    "schoolyard": frozenset({"schoolyard", "schoolplein", "plein"}),
    "phone": frozenset({"phone", "telefoon", "bellen"}),
    "message": frozenset({"message", "bericht", "app", "whatsapp", "sms", "mail"}),
    "meeting": frozenset({"meeting", "gesprek"}),
    "homevisit": frozenset({"homevisit", "home-visit", "huisbezoek"}),
    "event": frozenset({"event", "activiteit", "feest"}),
    "other": frozenset({"other", "anders", "overig"}),
}


def digit_key(position: int) -> str:
    """The digit key for the n-th choice (from 1): `1`–`9`, `0` for the tenth, then none.

    An eleventh moment gets no key rather than the key of the first (`11 % 10`).
    """
    if 1 <= position <= 9:
        return str(position)
    return "0" if position == 10 else ""


def tone_value(text: str) -> str:
    """`positive`/`+`, `neutral`/`=`, `concern`/`-` (also the Dutch words); ValueError else."""
    key = text.strip().lower()
    for tone, words in TONE_WORDS.items():
        if key in words:
            return tone
    raise ValueError(text)


def moment_value(text: str) -> str:
    """A moment from its English name, a Dutch word or its TUI digit; ValueError else."""
    key = text.strip().lower()
    for moment, words in MOMENT_WORDS.items():
        if key in words:
            return moment
    for position, moment in enumerate(MOMENTS, start=1):
        if key and digit_key(position) == key:
            return moment
    raise ValueError(text)


def contact_fields(
    family_id: int,
    at: datetime,
    moment: str,
    tone: str,
    *,
    initiator: str = "teacher",
    reached: bool = True,
    note: str = "",
    follow_up: bool = False,
    follow_up_done: bool = False,
) -> dict:
    """The stored form of a contact from plain values (storage/records.py `contact_doc`).

    Fields at their default (teacher started it, reached, no note, no follow-up) are
    left out: a school year holds ~20k contacts and every command parses them all.
    """
    doc: dict = {
        "family": int(family_id),
        "at": at.isoformat(timespec="seconds"),
        "moment": moment,
        "tone": tone,
    }
    if initiator != "teacher":
        doc["initiator"] = initiator
    if not reached:
        doc["reached"] = False
    if note:
        doc["note"] = note
    if follow_up:
        doc["follow_up"] = True
    if follow_up_done:
        doc["follow_up_done"] = True
    return doc
