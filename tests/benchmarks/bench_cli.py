"""Whole-process wall time of `schoolyard log` and `neglected --json` against a plain TinyDB insert.

Run:  python tests/benchmarks/bench_cli.py [--runs 21] [--sizes class,school,years]

Our modules are compiled to .pyc first, as `pip install` does for an installed package
(tinydb's already are): where PYTHONDONTWRITEBYTECODE is set, an editable install would
otherwise recompile storage/ and tui/ in every process.

`log` is timed twice: with `--data FILE`, and as a teacher runs it, without `--data`, the
file in the user data folder (HOME points at a temporary one; storage/paths.py finds it).
The plain insert has no lock and no atomic write. Goals (issue 8), medians in one run:
a class (28 families x 40 weeks) log <= 1.2x, neglected <= 1.5x; a school (400 x 40)
log <= 0.6x, neglected <= 1.0x; eight school years (400 x 320, ~150k contacts) log <= 0.3x.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_support import compile_sources, options

BIN = Path(sys.executable).parent
SCHOOLYARD = str(BIN / "schoolyard")

PLAIN_INSERT = (
    "import sys\n"
    "from tinydb import TinyDB\n"
    "TinyDB(sys.argv[1]).table('contacts').insert({'family': 1, 'at': '2026-11-25T15:10:00+01:00',"
    " 'moment': 'pickup', 'tone': 'positive', 'initiator': 'teacher', 'reached': True,"
    " 'note': '', 'follow_up': False})\n"
)

LOG_IMPORTS = (
    "import tui.cli, tui.cli_quick, tinydb.table, storage.engine.storage,"
    " storage.engine.transaction,"
    " storage.engine.textids"
)
"""Every module `schoolyard log` imports on a class-sized file: the floor under its time."""


def wall(
    cmd: list[str], runs: int, env: dict[str, str] | None = None
) -> tuple[float, float, float]:
    """Median and minimum wall time, and median CPU time (user + system), in ms of `runs`
    whole-process runs (one warm-up). CPU time barely moves when other processes load
    the machine; wall time does."""
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    times, cpu = [], []
    for _ in range(runs):
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        times.append((time.perf_counter() - start) * 1000)
        if status != 0:
            raise subprocess.CalledProcessError(status, cmd)
        cpu.append((usage.ru_utime + usage.ru_stime) * 1000)
    return statistics.median(times), min(times), statistics.median(cpu)


SIZES = {
    "class": (28, 40, {"log": 1.2, "neglected": 1.5}),
    "school": (400, 40, {"log": 0.6, "neglected": 1.0}),
    "years": (400, 320, {"log": 0.3}),
}


def run(families: int = 400, weeks: int = 40, runs: int = 21) -> dict[str, float]:
    compile_sources()
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
        # As a teacher runs it: no --data, the file in the user data folder.
        home = Path(tmp) / "home"
        usual = home / ".local" / "share" / "schoolyard" / "schoolyard.json"
        usual.parent.mkdir(parents=True)
        shutil.copy(ours, usual)
        env = {k: v for k, v in os.environ.items() if k not in ("XDG_DATA_HOME", "SCHOOLYARD_DATA")}
        env["HOME"] = str(home)
        log_usual = wall([SCHOOLYARD, "log", family, "pickup"], runs, env)
        neglected = wall([SCHOOLYARD, "neglected", "--json", "--data", str(ours)], runs)
        lines = wall([SCHOOLYARD, "neglected", "--data", str(ours)], runs)
        insert = wall([sys.executable, "-c", PLAIN_INSERT, str(plain)], runs)
        startup = wall([sys.executable, "-c", "pass"], runs)
        imports = wall([sys.executable, "-c", LOG_IMPORTS], runs)

    print(f"\nfile: {families} families, {contacts} contacts, {size_mb:.1f} MB; {runs} runs each")
    print(f"{'command':<34}{'median ms':>10}{'min ms':>9}{'x insert':>10}{'cpu ms':>9}{'cpu x':>7}")
    rows = [
        ("python -c pass (interpreter)", startup),
        ("imports of `log`, no work", imports),
        ("plain TinyDB insert", insert),
        ("schoolyard log", log),
        ("schoolyard log, no --data", log_usual),
        ("schoolyard neglected --json", neglected),
        ("schoolyard neglected (lines)", lines),
    ]
    for name, (median, low, cpu) in rows:
        print(
            f"{name:<34}{median:>10.1f}{low:>9.1f}{median / insert[0]:>10.2f}"
            f"{cpu:>9.1f}{cpu / insert[2]:>7.2f}"
        )
    return {
        "log": log[0] / insert[0],
        "log, no --data": log_usual[0] / insert[0],
        "neglected": neglected[0] / insert[0],
    }


if __name__ == "__main__":
    args = options(description=__doc__, runs=21, sizes="class,school,years")
    summary = []
    for size in args.sizes.split(","):
        families, weeks, goals = SIZES[size]
        ratios = run(families, weeks, args.runs)
        for name, ratio in ratios.items():
            goal = goals.get(name.split(",")[0])
            verdict = "-" if goal is None else ("met" if ratio <= goal else "MISSED")
            summary.append((size, name, ratio, goal, verdict))
    print(f"\n{'size':<8}{'command':<16}{'x insert':>10}{'goal':>8}  verdict")
    for size, name, ratio, goal, verdict in summary:
        shown = f"<= {goal}" if goal is not None else "-"
        print(f"{size:<8}{name:<16}{ratio:>10.2f}{shown:>8}  {verdict}")
