"""Where the data file lives: `--data`, else `$SCHOOLYARD_DATA`, else the user data folder.

The user data folder is platformdirs' `user_data_dir("schoolyard")`. Importing
platformdirs (with the pathlib, tempfile and shutil it loads) costs about 6 ms, some 15%
of a `schoolyard log`, which a teacher runs without `--data`. So on Linux and macOS, in the
usual case (an absolute HOME; on Linux `XDG_DATA_HOME` unset, empty or absolute, on macOS
unset or empty) the folder is made here with platformdirs' rule, and
tests/storage/test_paths.py checks the two give the same folder in each of those cases.
Anything else (Windows, Android, a relative HOME or XDG folder) asks platformdirs itself.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

ENV_VAR = "SCHOOLYARD_DATA"
FILE_NAME = "schoolyard.json"
APP_NAME = "schoolyard"


def usual_data_folder(environ: Mapping[str, str] = os.environ) -> str | None:
    """`user_data_dir("schoolyard")` as platformdirs gives it on Linux and macOS, made
    without importing it; None where the case is not the usual one."""
    home = environ.get("HOME", "")
    xdg = environ.get("XDG_DATA_HOME", "")
    if not os.path.isabs(home) or sys.platform not in ("linux", "darwin"):
        return None
    if sys.platform == "linux":
        if "ANDROID_DATA" in environ or hasattr(sys, "getandroidapilevel"):
            return None
        if os.path.isabs(xdg):
            return os.path.join(xdg, APP_NAME)
        base = ".local/share"
    else:
        base = "Library/Application Support"
    if xdg:
        return None
    return os.path.join(home.rstrip("/") or "/", base, APP_NAME)


def default_data_file() -> str:
    """The data file in the user data folder; nothing is created."""
    folder = usual_data_folder()
    if folder is None:
        from platformdirs import user_data_dir

        folder = user_data_dir(APP_NAME, appauthor=False)
    return os.path.join(folder, FILE_NAME)


def default_data_path() -> Path:
    """`default_data_file()` as a Path."""
    from pathlib import Path

    return Path(default_data_file())


def data_file(explicit: str | os.PathLike[str] | None = None) -> str:
    """The data file to use, as a string: the explicit path, the environment, or the
    default (what the quick commands open; storage/engine/lock.py says why a string)."""
    if explicit:
        return os.path.expanduser(os.fspath(explicit))
    env = os.environ.get(ENV_VAR)
    if env:
        return os.path.expanduser(env)
    return default_data_file()


def data_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data file to use: the explicit path, the environment, or the default."""
    from pathlib import Path

    return Path(data_file(explicit))
