"""What a date costs: the fast forms against the free forms read by dateutil.parser.

Run:  python tests/benchmarks/bench_when.py [--runs 15]

Prints, per form, the median time of one parse in a warm process, and the median wall
time of a fresh process that imports storage.rules.when and parses one WHEN (so the free forms
pay dateutil.parser's import there). Compile to .pyc first, as an install does.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench_support import options

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from storage.rules.when import parse_when  # noqa: E402

NOW = datetime(2026, 11, 25, 15, 10, tzinfo=timezone(timedelta(hours=1)))
FORMS = {
    "fast": ["gisteren", "vandaag 15:10", "2026-11-24 08:15", "24-11-2026 8.15"],
    "free": ["ma 8.15", "24 nov 15:10", "3 maart 2026 15:10", "vorige week dinsdag"],
}
PROCESS = (
    "import sys\nfrom datetime import datetime\nfrom storage.rules.when import parse_when\n"
    "parse_when(sys.argv[1], datetime(2026, 11, 25, 15, 10).astimezone())\n"
)


def warm(text: str, runs: int) -> float:
    parse_when(text, NOW)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(100):
            parse_when(text, NOW)
        times.append((time.perf_counter() - start) / 100)
    return statistics.median(times) * 1e6


def cold(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", PROCESS, text], cwd=REPO, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def main() -> None:
    args = options(runs=15)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "storage", "tui"], cwd=REPO)
    print(f"{'form':8} {'text':24} {'warm µs/parse':>14} {'process ms':>11}")
    for kind, texts in FORMS.items():
        for text in texts:
            print(f"{kind:8} {text:24} {warm(text, args.runs):14.1f} {cold(text, args.runs):11.1f}")
    print(f"{'none':8} {'(import only)':24} {'':>14} ", end="")
    runs = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import storage.rules.when"], cwd=REPO, check=True)
        runs.append(time.perf_counter() - start)
    print(f"{statistics.median(runs) * 1e3:11.1f}")


if __name__ == "__main__":
    main()
