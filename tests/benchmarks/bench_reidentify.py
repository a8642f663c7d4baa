"""How many families of a demo class stand out in a pseudonymized summary (issue 7, finding 13).

Run:  python tests/benchmarks/bench_reidentify.py [--seeds 10] [--families 28] [--weeks 8]

An insider (a colleague, another parent) knows which children of a family are in which
group and may have seen a contact happen. A family is "unique" when no other family in
the summary shares what that insider can match on. Before: what `--pseudonymize` wrote
until now (the same times and groups as the summary with names). After: days without
times or offsets, and no groups (only the number of children).
Figures only: a demo class is random, so nothing here is asserted.
"""

from __future__ import annotations

import statistics
import tempfile
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

from bench_support import options

from storage import ContactBook
from storage.demo import write_demo
from storage.demo.calendar import school_tz
from storage.rules.summary import build_summary

AS_OF = date(2026, 11, 27)


def unique(families: list[dict], key: Callable[[dict], object]) -> int:
    keys = [key(f) for f in families]
    counts = Counter(keys)
    return sum(1 for k in keys if counts[k] == 1)


def children(f: dict) -> tuple:
    return tuple(sorted(c.get("group", 0) for c in f["children"]))


def seen(f: dict) -> tuple:
    return (f["last_contact"], f["last_positive"])


def whole(f: dict) -> str:
    import json

    rest = {k: v for k, v in f.items() if k not in ("id", "name", "children")}
    return json.dumps({**rest, "children": children(f)}, sort_keys=True)


MEASURES: dict[str, Callable[[dict], object]] = {
    "children (groups or count)": children,
    "last contact + last positive": seen,
    "children + last contacts": lambda f: (children(f), seen(f)),
    "the whole entry (counts too)": whole,
}


def main() -> None:
    args = options(seeds=10, families=28, weeks=8)
    results: dict[str, dict[str, list[int]]] = {m: {"before": [], "after": []} for m in MEASURES}
    sizes = []
    now = datetime.combine(AS_OF, time(16, 0), school_tz())
    with tempfile.TemporaryDirectory() as folder:
        for seed in range(args.seeds):
            path = Path(folder) / f"demo{seed}.json"
            write_demo(path, families=args.families, weeks=args.weeks, seed=seed, today=AS_OF)
            book = ContactBook(path, clock=lambda: now)
            before = build_summary(book)["families"]  # times and groups, as pseudonyms had them
            after = build_summary(book, pseudonymize=True)["families"]
            sizes.append(len(after))
            for name, key in MEASURES.items():
                results[name]["before"].append(unique(before, key))
                results[name]["after"].append(unique(after, key))
    print(
        f"demo classes: {args.seeds} seeds × {args.families} families, {args.weeks} weeks, "
        f"as of {AS_OF}; families listed per summary: {min(sizes)}–{max(sizes)}"
    )
    print(f"{'families unique by':32} {'before (median, range)':>24} {'after (median, range)':>24}")
    for name, figures in results.items():
        cells = [
            f"{statistics.median(v):g} ({min(v)}–{max(v)})"
            for v in (figures["before"], figures["after"])
        ]
        print(f"{name:32} {cells[0]:>24} {cells[1]:>24}")


if __name__ == "__main__":
    main()
