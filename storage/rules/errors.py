"""The one shape of an error storage gives the CLI and the app: a text key and its values.

`key` names a sentence in tui/text/ and `values` fill its placeholders; the message
(`str(exc)`) is English for logs. The CLI and the app translate it in one place:
`tui.error_lines.error_text`.
"""

from __future__ import annotations


class SchoolyardError(Exception):
    """An error a teacher reads: `key` and `values` for `tui.text.t`, English in `str()`."""

    def __init__(self, key: str, message: str = "", /, **values: object) -> None:
        super().__init__(message or key)
        self.key = key
        self.values: dict[str, object] = dict(values)
