"""Whole-process wall time of `schoolyard log` and `neglected --json` against a plain TinyDB insert.

Run:  python tests/benchmarks/bench_cli.py [--families 400] [--weeks 40] [--runs 21]

Our modules are compiled to .pyc first, as `pip install` does for an installed package
(tinydb's already are): where PYTHONDONTWRITEBYTECODE is set, an editable install would
otherwise recompile storage/ and tui/ in every process.

The plain insert has no lock and no atomic write; the goal is log <= 0.6x and
neglected <= 1.0x of it, on a school-year file (`demo --families 400 --weeks 40`).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent
SCHOOLYARD = str(BIN / "schoolyard")

PLAIN_INSERT = (
    "import sys\n"
    "from tinydb import TinyDB\n"
    "TinyDB(sys.argv[1]).table('contacts').insert({'family': 1, 'at': '2026-11-25T15:10:00+01:00',"
    " 'moment': 'pickup', 'tone': 'positive', 'initiator': 'teacher', 'reached': True,"
    " 'note': '', 'follow_up': False})\n"
)


def wall(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median and minimum wall time in ms of `runs` whole-process runs (one warm-up)."""
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def run(families: int = 400, weeks: int = 40, runs: int = 21) -> dict[str, float]:
    root = Path(__file__).resolve().parents[2]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(root / "storage"), str(root / "tui")],
        check=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "demo.json"
        subprocess.run(
            [
                SCHOOLYARD,
                "demo",
                "--out",
                str(base),
                "--families",
                str(families),
                "--weeks",
                str(weeks),
                "--seed",
                "1",
            ],
            check=True,
        )
        ours, plain = Path(tmp) / "ours.json", Path(tmp) / "plain.json"
        shutil.copy(base, ours)
        shutil.copy(base, plain)
        size_mb = base.stat().st_size / 1e6
        from storage import ContactBook

        book = ContactBook(ours)
        contacts = len(book.contacts())
        family = str(book.families()[0].id)

        log = wall([SCHOOLYARD, "log", family, "pickup", "--data", str(ours)], runs)
        neglected = wall([SCHOOLYARD, "neglected", "--json", "--data", str(ours)], runs)
        insert = wall([sys.executable, "-c", PLAIN_INSERT, str(plain)], runs)
        startup = wall([sys.executable, "-c", "pass"], runs)

    print(f"\nfile: {families} families, {contacts} contacts, {size_mb:.1f} MB; {runs} runs each")
    print(f"{'command':<34}{'median ms':>10}{'min ms':>9}{'x insert':>10}")
    rows = [
        ("python -c pass (interpreter)", startup),
        ("plain TinyDB insert", insert),
        ("schoolyard log", log),
        ("schoolyard neglected --json", neglected),
    ]
    for name, (median, low) in rows:
        print(f"{name:<34}{median:>10.1f}{low:>9.1f}{median / insert[0]:>10.2f}")
    return {"log": log[0] / insert[0], "neglected": neglected[0] / insert[0]}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--families", type=int, default=400)
    parser.add_argument("--weeks", type=int, default=40)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    ratios = run(args.families, args.weeks, args.runs)
    print(
        f"log/insert {ratios['log']:.2f} (goal <= 0.6), neglected/insert "
        f"{ratios['neglected']:.2f} (goal <= 1.0)"
    )
