"""The one way a screen writes to the book, and the typed way it reaches the book.

`write(node, job, said=…)` runs `job` (one call on the book) in a worker thread, so
the screen never waits on the disk. Then, on the UI thread:

- it worked: the line `said(result)` is shown, every screen re-reads (`reload_screen`)
  and `then(result)` runs (move the cursor, close a dialog);
- a question came back (a field changed elsewhere meanwhile): `asked[type](exc)` opens
  the dialog; nothing is shown or re-read yet;
- it failed: one translated line (`app.error_line`, plain text, never markup) is shown,
  `kept(line)` gives back what was typed (the form opens again with it; not when the
  record itself is gone), and the screens re-read.

`BookScreen` is mixed into every screen: `self.book` is the app's `ContactBook`,
typed, `self.write(…)` is `write(self, …)`, and `self.read_book(job)` reads on the UI
thread, telling the teacher once when the file cannot be read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from storage import ContactBook, DataFileError, UnknownContact, UnknownFamily
from storage.rules.errors import SchoolyardError
from storage.rules.exports import ExportError

from .text import t

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.worker import Worker

    from .app import SchoolyardApp

T = TypeVar("T")

WRITE_ERRORS: tuple[type[Exception], ...] = (
    DataFileError,
    SchoolyardError,
    ExportError,
    OSError,
    LookupError,
)
"""What any write may raise that the teacher is told about; anything else is a crash report."""
READ_ERRORS: tuple[type[Exception], ...] = (DataFileError, OSError)
"""What reading the book may raise: a damaged, missing or unreadable file."""
REFUSED: tuple[type[Exception], ...] = (ValueError,)
"""What storage raises for what was typed (an empty name, a time in the future)."""
GONE = (UnknownFamily, UnknownContact)
"""The record was removed elsewhere: nothing to keep a form open for."""
FAILURE_TIMEOUT = 10
"""Seconds a failed write's line stays on screen."""


def schoolyard(node: DOMNode) -> SchoolyardApp:
    """The app, typed: `node.app` is a plain `App` to the type checker."""
    return cast("SchoolyardApp", node.app)


def write(
    node: DOMNode,
    job: Callable[[], T],
    *,
    said: Callable[[T], str | None],
    group: str,
    kept: Callable[[str], None] | None = None,
    asked: Mapping[type[Exception], Callable[[Any], None]] | None = None,
    then: Callable[[T], None] | None = None,
    failure: str = "",
    timeout: float | None = None,
    exclusive: bool = True,
    refused: tuple[type[Exception], ...] = REFUSED,
) -> Worker[None]:
    """Run `job` off the UI thread and tell the teacher how it went (see the module).

    `failure`: a text key with `{line}` that wraps the failure line ("… your entry is
    still here"); `timeout`: how long the success line stays; `refused`: the errors that
    mean "not with what was typed" (none for a write that takes no input, like undo).
    """
    app = schoolyard(node)
    questions = dict(asked or {})
    told = WRITE_ERRORS + refused

    def run() -> None:
        try:
            result = job()
        except tuple(questions) as exc:
            ask = next(h for kind, h in questions.items() if isinstance(exc, kind))
            app.call_from_thread(ask, exc)
        except told as exc:
            app.call_from_thread(failed, exc)
        else:
            app.call_from_thread(done, result)

    def done(result: T) -> None:
        line = said(result)
        if line:
            app.notify(line, timeout=timeout)
        app.reload_screen()
        if then is not None:
            then(result)

    def failed(exc: Exception) -> None:
        line = app.error_line(exc)
        shown = t(failure, line=line) if failure else line
        app.notify(shown, severity="error", timeout=FAILURE_TIMEOUT)
        if kept is not None and not isinstance(exc, GONE):
            kept(line)
        app.reload_screen()

    # Anything else is a bug: Textual stops, and the app's crash report says it in one line.
    return node.run_worker(run, thread=True, group=group, exclusive=exclusive)


class BookScreen:
    """Mixed into every screen and dialog: the typed book and the one way to write."""

    app: Any  # Textual's; declared for the mixin

    @property
    def book(self) -> ContactBook:
        return schoolyard(cast("DOMNode", self)).book

    def write(self, job: Callable[[], T], **options: Any) -> Worker[None]:
        """`write(self, job, …)` with the same options: the worker belongs to this screen."""
        return write(cast("DOMNode", self), job, **options)

    def read_book(self, job: Callable[[ContactBook], T]) -> T | None:
        """`job(self.book)`, or None when the file cannot be read now: the app says so
        once and what is on screen stays (the file is left as it is for the teacher to fix)."""
        try:
            return job(self.book)
        except READ_ERRORS as exc:
            self.app.book_failed(exc)
            return None
