"""Where the data file lives: `--data`, else `$SCHOOLYARD_DATA`, else the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "SCHOOLYARD_DATA"
FILE_NAME = "schoolyard.json"


def default_data_path() -> Path:
    """The data file in the user data directory (platformdirs); nothing is created."""
    from platformdirs import user_data_path

    return user_data_path("schoolyard", appauthor=False) / FILE_NAME


def data_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data file to use: the explicit path, the environment, or the default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_data_path()
