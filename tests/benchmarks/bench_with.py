"""`--with`: two colleagues' files of a whole school (400 x 40 each) beside one's own.

Run:  python tests/benchmarks/bench_with.py [--runs 15] [--families 400] [--weeks 40]

Goals (issue 10): `neglected --with a --with b` <= 2x `neglected` on one file; the app's
first paint with them <= 2x without. Whole processes, medians; our modules compiled
first (as an install does), so no process recompiles storage/ and tui/.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_support import compile_sources, options

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
GOAL = 2.0


def wall(cmd: list[str], runs: int) -> tuple[float, float, float]:
    """Median and minimum wall time, and median CPU time (user + system), in ms of `runs`
    whole processes (one warm-up first). CPU time holds still on a busy machine where
    wall time does not. The lines about matches left unmade go to /dev/null."""
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    subprocess.run(cmd, check=True, **quiet)
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, **quiet)
        times.append((time.perf_counter() - start) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        cpu.append(used * 1000)
    return statistics.median(times), min(times), statistics.median(cpu)


def main() -> None:
    args = options(description=__doc__, runs=15, families=400, weeks=40)
    compile_sources()
    sys.path[:0] = [str(ROOT), str(HERE)]
    from bench_app import first_paint

    from storage import ContactBook
    from storage.demo import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        own, a, b = (Path(tmp) / name for name in ("own.json", "juf-a.json", "juf-b.json"))
        for path in (own, a, b):
            # The same seed for all three: one school's families in three teachers' files,
            # so every family matches (the most work the match can do).
            write_demo(path, families=args.families, weeks=args.weeks, seed=1)
        ContactBook(a).set_colleague_name("juf A")
        ContactBook(b).set_colleague_name("juf B")
        contacts = len(ContactBook(own).contacts())
        schoolyard = str(BIN / "schoolyard")
        base = [schoolyard, "neglected", "--data", str(own)]
        withs = ["--with", str(a), "--with", str(b)]
        one = wall(base, args.runs)
        three = wall([*base, *withs], args.runs)
        paint_cmd = [schoolyard, "--data", str(own)]
        first_paint(paint_cmd), first_paint([*paint_cmd, *withs])  # warm the disk cache
        alone, together = [], []
        for _ in range(max(args.runs // 2, 5)):
            alone.append(first_paint(paint_cmd))
            together.append(first_paint([*paint_cmd, *withs]))

    print(f"\nload average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"three files of {args.families} families x {args.weeks} weeks ({contacts} contacts)")
    print(f"{'figure':<36}{'median ms':>10}{'min ms':>9}{'CPU ms':>9}")
    print(f"{'neglected, one file':<36}{one[0]:>10.1f}{one[1]:>9.1f}{one[2]:>9.1f}")
    print(
        f"{'neglected --with two colleagues':<36}{three[0]:>10.1f}{three[1]:>9.1f}{three[2]:>9.1f}"
    )
    print(f"{'first paint, one file':<36}{statistics.median(alone):>10.1f}{min(alone):>9.1f}")
    print(
        f"{'first paint --with two colleagues':<36}"
        f"{statistics.median(together):>10.1f}{min(together):>9.1f}"
    )
    cli_ratio = three[0] / one[0]
    paint_ratio = statistics.median(together) / statistics.median(alone)
    print(f"neglected ratio   {cli_ratio:.2f} (goal <= {GOAL}); CPU {three[2] / one[2]:.2f}")
    print(f"first paint ratio {paint_ratio:.2f} (goal <= {GOAL})")


if __name__ == "__main__":
    main()
