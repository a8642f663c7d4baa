"""argparse as `schoolyard` uses it: imported only when tui/cli.py builds its parser
(the plain `log` and `neglected` are read without it, tui/cli_fast.py)."""

from __future__ import annotations

import argparse
import os

from .cli_commands import BadInput


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter without its `import shutil` (~3 ms): width from $COLUMNS or os."""

    def __init__(self, prog: str) -> None:
        try:
            width = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
        except (ValueError, OSError):
            width = 80
        super().__init__(prog, width=max(width - 2, 40))


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage as BadInput instead of exiting."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise BadInput("cli.usage", prog=self.prog, detail=message)
