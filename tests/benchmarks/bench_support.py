"""What every benchmark does first: the sources compiled, so figures are with bytecode."""

from __future__ import annotations

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
