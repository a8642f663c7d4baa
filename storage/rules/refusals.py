"""Refused: a change storage will not make, said as a text key the CLI and the app share.

One rule, one message: `schoolyard holiday add` and the Settings screen refuse a holiday
with the same words, because both ask the same function in storage.
"""

from __future__ import annotations

from typing import Any

from storage.rules.errors import SchoolyardError


class Refused(SchoolyardError, ValueError):
    """Nothing was written. `key` is a tui/text key; `values` fill its placeholders."""

    def __init__(self, key: str, message: str, **values: Any) -> None:
        super().__init__(key, message, **values)
