"""What every benchmark does first: the sources compiled, so figures are with bytecode."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def compile_sources() -> None:
    """Bytecode for storage/ and tui/ (PYTHONDONTWRITEBYTECODE is set here): warm imports."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "storage"), str(ROOT / "tui")],
        check=True,
    )


def options(description: str | None = None, **defaults: int | str) -> argparse.Namespace:
    """The benchmark's options: `options(runs=15, sizes="class,school")` reads `--runs`
    (a whole number) and `--sizes` (text) from the command line, with those defaults."""
    parser = argparse.ArgumentParser(description=description)
    for name, default in defaults.items():
        parser.add_argument(f"--{name}", type=type(default), default=default)
    return parser.parse_args()
