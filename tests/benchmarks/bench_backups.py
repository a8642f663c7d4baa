"""What the daily backup costs `schoolyard log`: the day's first write (which copies the
file) against every later write (one stat), as whole processes, and the stat in process.

Run:  python tests/benchmarks/bench_backups.py [--runs 15] [--sizes class,school]
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench_support import compile_sources, options

BIN = Path(sys.executable).parent
SCHOOLYARD = str(BIN / "schoolyard")
SIZES = {"class": (28, 40), "school": (400, 40)}


def timed(cmd: list[str], before=None) -> float:
    if before is not None:
        before()
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def run(families: int, weeks: int, runs: int) -> dict[str, float]:
    from storage.engine import siblings

    compile_sources()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "schoolyard.json"
        subprocess.run(
            [SCHOOLYARD, "demo", "--out", str(data), "--families", str(families)]
            + ["--weeks", str(weeks), "--seed", "1"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        log = [SCHOOLYARD, "log", "1", "pickup", "--data", str(data)]
        folder = siblings.backup_folder(data)
        timed(log)  # warm-up; makes today's backup

        def first_of_day() -> None:
            shutil.rmtree(folder, ignore_errors=True)

        later = [timed(log) for _ in range(runs)]
        first = [timed(log, first_of_day) for _ in range(runs)]
        today = date.today()
        start = time.perf_counter()
        for _ in range(1000):
            siblings.ensure_backup(data, today)
        stat_us = (time.perf_counter() - start) * 1000
        return {
            "log, backup already made (ms)": statistics.median(later),
            "log, day's first write with copy (ms)": statistics.median(first),
            "ensure_backup when made (us)": stat_us,
            "file size (kB)": data.stat().st_size / 1024,
        }


def main() -> None:
    args = options(runs=15, sizes="class,school")
    for size in args.sizes.split(","):
        families, weeks = SIZES[size]
        for name, value in run(families, weeks, args.runs).items():
            print(f"{size:7} {name:40} {value:8.1f}")


if __name__ == "__main__":
    main()
