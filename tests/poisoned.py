"""A data file written by hand (or by an older version) whose text holds terminal attacks.

Written directly as JSON, past the book's cleaning: such files exist, must still load,
and every CLI command and every screen of the app must show their text neutralised.
"""

from __future__ import annotations

import json
from pathlib import Path

from storage.rules.safetext import FORBIDDEN

CLIPBOARD = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
"""OSC 52: puts `echo pwned` in the clipboard of a terminal that allows it."""
POISON = CLIPBOARD + "\x1b[2J\x9b2J\u202e\u2066\x00"
"""OSC 52, clear screen (7-bit and C1 CSI), a bidi override, an isolate and NUL."""


def write_poisoned_file(path: Path) -> Path:
    """Bakker (never met) and its namesake, Yılmaz, a holiday, a reflection: all poisoned."""
    data = {
        "families": {
            "1": {
                "name": "Bakker" + POISON,
                "children": [{"name": "Sem" + POISON, "group": 5}],
                "guardians": ["Anna" + POISON],
                "language": "Pools" + POISON,
                "interpreter": True,
                "channel": "mail\x1b[2J",
                "first_contact": None,
                "active": True,
                "tips": "Korte zinnen" + POISON + "\nniet bellen",
            },
            "2": {
                "name": "Bakker\u202eXY",
                "children": [{"name": "Noor" + POISON, "group": 4}],
                "guardians": [],
                "language": "Nederlands\u2066",
                "interpreter": False,
                "channel": "app" + POISON,
                "first_contact": "2026-09-01",
                "active": True,
                "tips": "",
            },
            "4": {
                "name": "de Vries [/b]",
                "children": [{"name": "[@click=app.quit]Jip[/]", "group": 6}],
                "guardians": ["[link=https://x.example]Els[/link]"],
                "language": "[b]",
                "interpreter": False,
                "channel": "app [/]",
                "first_contact": None,
                "active": True,
                "tips": "[red]rood",
            },
            "3": {
                "name": "Yılmaz",
                "children": [{"name": "Elif", "group": 5}],
                "guardians": ["Ayşe Yılmaz"],
                "language": "Turks",
                "interpreter": False,
                "channel": "WhatsApp",
                "first_contact": "2026-09-01",
                "active": True,
                "tips": "",
            },
        },
        "contacts": {
            "1": {
                "family": 1,
                "at": "2026-11-25T08:20:00+01:00",
                "moment": "dropoff",
                "tone": "concern",
                "note": "Zorg" + POISON,
                "follow_up": True,
            },
            "2": {
                "family": 2,
                "at": "2026-11-25T15:05:00+01:00",
                "moment": "pickup",
                "tone": "positive",
                "note": POISON + "\nfijn",
            },
            "3": {
                "family": 3,
                "at": "2026-11-24T15:05:00+01:00",
                "moment": "pickup",
                "tone": "neutral",
            },
        },
        "holidays": {"1": {"from": "2026-12-21", "to": "2027-01-01", "name": "Kerst" + POISON}},
        "reflections": {"1": {"week": "2026-W48", "text": "Wat ging goed?" + POISON}},
        "plans": {"1": {"family": 1, "week": "2026-W48"}},
        "settings": {"1": {"positive_window_school_days": 10}},
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def odd_characters(text: str, *, allowed: str = "\n") -> list[str]:
    """The characters in `text` that must never reach a terminal, as escapes."""
    return [repr(c) for c in FORBIDDEN.findall(text) if c not in allowed]
