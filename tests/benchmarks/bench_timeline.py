"""One family's story on a whole-school file: the storage view, and ctrl+f to a settled screen.

Run:  python tests/benchmarks/bench_timeline.py [--families 400] [--weeks 40] [--runs 5]

`family_story` is timed in process on a book whose file is already read. The screen is
timed with Pilot at 80×24: from opening it over Today (what ctrl+f does) to the story shown
(workers done, layout settled), then Escape. Both for a family of the demo class and for a
family with 300 contacts. Our modules are compiled to .pyc first.
Goal (issue 8's for opening a screen): <= 250 ms.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench_support import compile_sources, options

ROOT = Path(__file__).resolve().parents[2]


async def open_story(path: Path, family_id: int, runs: int) -> list[float]:
    from storage import ContactBook
    from tui.app import SchoolyardApp
    from tui.screens.timeline import TimelineScreen

    times = []
    app = SchoolyardApp(ContactBook(path), language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(runs):
            start = time.perf_counter()
            await app.push_screen(TimelineScreen(family_id))  # what ctrl+f does
            await app.workers.wait_for_complete()
            await pilot.pause()
            times.append((time.perf_counter() - start) * 1000)
            await pilot.press("escape")
            await pilot.pause()
    return times


def main() -> None:
    args = options(families=400, weeks=40, runs=5)
    compile_sources()
    sys.path.insert(0, str(ROOT))
    from storage import ContactBook, Moment
    from storage.demo import write_demo
    from storage.rules.timeline import family_story

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "school.json"
        write_demo(path, families=args.families, weeks=args.weeks, seed=1)
        book = ContactBook(path)
        families = book.families()
        family = families[len(families) // 2]
        busy = families[0]
        start = book.now() - timedelta(days=300)
        have = len(book.contacts(family_id=busy.id))
        at = [start + timedelta(days=d, hours=1) for d in range(max(0, 300 - have))]
        for moment in at:
            book.log(busy.id, Moment.PICKUP, at=moment)
        book = ContactBook(path)
        total = len(book.contacts())
        print(f"{args.families} families, {total} contacts, {path.stat().st_size / 1e6:.1f} MB")
        family_story(book, family.id)  # warm: the file read once
        for label, fam in (("a family", family), ("300 contacts", busy)):
            times = []
            for _ in range(args.runs * 4):
                t0 = time.perf_counter()
                story = family_story(book, fam.id)
                times.append((time.perf_counter() - t0) * 1000)
            print(
                f"family_story, {label} ({len(story.entries)} entries): "
                f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms"
            )
        for label, fam in (("a family", family), ("300 contacts", busy)):
            times = asyncio.run(open_story(path, fam.id, args.runs))
            print(
                f"opening the story, {label}: median {statistics.median(times):.0f} ms, "
                f"max {max(times):.0f} ms (goal <= 250 ms)"
            )


if __name__ == "__main__":
    main()
