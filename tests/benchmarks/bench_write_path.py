"""What one locked write costs, and how much of it the safety checks take.

Run:  python tests/benchmarks/bench_write_path.py [--runs 301] [--no-fsync]
          [--jsonstore path/to/jsonstore.py]

`--jsonstore` loads another version of storage/engine/files.py (say, an older one from
`git show`) so the two can be compared in one run. Prints medians in microseconds for a
lock + atomic write (both fsyncs) of a small file and of a 2 MB school-year file, through
the real path and through a symlink, and for resolving the data file's target alone.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def load(path: str | None):
    if path is None:
        from storage.engine import files as jsonstore

        return jsonstore
    spec = importlib.util.spec_from_file_location("jsonstore_under_test", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def median_us(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=301)
    parser.add_argument("--jsonstore", default=None)
    parser.add_argument(
        "--no-fsync", action="store_true", help="fsync does nothing: our own overhead only"
    )
    args = parser.parse_args()
    if args.no_fsync:
        os.fsync = lambda fd: None
    store = load(args.jsonstore)
    with tempfile.TemporaryDirectory() as folder:
        real = Path(folder) / "Sync" / "klas.json"
        real.parent.mkdir()
        real.write_bytes(b"{}")
        link = Path(folder) / "schoolyard.json"
        link.symlink_to(real)
        for label, payload in (
            ("small", b'{"families": {}}'),
            ("2 MB", b"{" + b" " * 2_000_000 + b"}"),
        ):
            for name, path in (("real path", real), ("symlink", link)):

                def write(path=path, payload=payload) -> None:
                    with store.locked(path):
                        store.atomic_write(path, payload)

                took = median_us(write, args.runs)
                print(f"locked + atomic_write, {label:5}, {name:9}: {took:8.0f} µs")
        if hasattr(store, "data_target"):  # the checks this version adds to every write
            for name, path in (("real path", real), ("symlink", link)):
                took = median_us(lambda path=path: store.data_target(path), args.runs * 10)
                print(f"data_target, {name:9}                  : {took:8.1f} µs")
            took = median_us(lambda: store._identity(real), args.runs * 10)
            print(f"one identity stat                          : {took:8.1f} µs")


if __name__ == "__main__":
    main()
