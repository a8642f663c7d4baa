"""Crash reports: what went wrong, where in the code — never what data was involved.

An unexpected error in the CLI or the app writes one small text file (0600) with the
exception's type and the code frames (`file:line in function`) of its traceback, and
the caller shows one line naming that file. No exception message, no local variables,
no argument: a message can hold a name from a class list ("invalid literal … 'Yılmaz'"),
a local can hold the whole list. Imports nothing heavy: the CLI uses it.

The folder is `$SCHOOLYARD_CRASH_DIR` when set, else the user log folder
(platformdirs), else the temp folder.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path
from types import TracebackType

ENV_VAR = "SCHOOLYARD_CRASH_DIR"
_PACKAGES = ("tui", "storage")


def report_folder() -> Path:
    """Where crash reports go; nothing is created here."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    try:
        from platformdirs import user_log_path

        return user_log_path("schoolyard", appauthor=False)
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        import tempfile

        return Path(tempfile.gettempdir())


def _where(filename: str) -> str:
    """`tui/app.py` for our code, `textual/app.py` for a library: never the home folder."""
    parts = Path(filename).parts
    for i in range(len(parts) - 1, -1, -1):
        if parts[i] in _PACKAGES or parts[i] == "site-packages":
            start = i + 1 if parts[i] == "site-packages" else i
            return "/".join(parts[start:])
    return Path(filename).name


def _frames(tb: TracebackType | None) -> list[str]:
    lines = []
    while tb is not None:
        code = tb.tb_frame.f_code
        lines.append(f"  {_where(code.co_filename)}:{tb.tb_lineno} in {code.co_name}")
        tb = tb.tb_next
    return lines


def _type_name(error: BaseException) -> str:
    kind = type(error)
    module = kind.__module__
    return kind.__qualname__ if module == "builtins" else f"{module}.{kind.__qualname__}"


def describe(error: BaseException) -> str:
    """The report's text: types and code frames of the error and its causes, no values."""
    lines = [
        "Schoolyard crash report",
        f"time: {time.strftime('%Y-%m-%dT%H:%M:%S%z')}",
        f"python: {platform.python_version()} on {sys.platform}",
        "",
    ]
    seen: set[int] = set()
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for i, exc in enumerate(reversed(chain)):
        if i:
            lines.append("which led to:")
        lines.append(f"{_type_name(exc)} (message left out: it may hold personal data)")
        lines.extend(_frames(exc.__traceback__))
    return "\n".join(lines) + "\n"


def write_report(error: BaseException, folder: Path | None = None) -> Path:
    """Write the report (0600) and return its path; the temp folder if `folder` fails."""
    import tempfile

    body = describe(error).encode("utf-8")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folders = [folder or report_folder(), Path(tempfile.gettempdir())]
    last: OSError | None = None
    for place in folders:
        try:
            place.mkdir(parents=True, exist_ok=True, mode=0o700)
            for n in range(100):
                path = place / f"schoolyard-crash-{stamp}{f'-{n}' if n else ''}.txt"
                try:
                    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                except FileExistsError:
                    continue
                with os.fdopen(fd, "wb") as out:
                    out.write(body)
                return path
        except OSError as exc:
            last = exc
    raise last or OSError("no place for a crash report")


def report_line(error: BaseException, folder: Path | None = None) -> str:
    """Write the report and return the one translated line that names it."""
    from .text import t

    try:
        return t("crash.line", report=write_report(error, folder))
    except OSError:
        return t("crash.no_report")
