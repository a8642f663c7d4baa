"""Re-import time of a class list of 500, 2,000 and 5,000 rows (and 31,788 with --all).

Run:  python tests/benchmarks/bench_import.py [--rows 500 2000 5000] [--all] [--runs 3]

Each size: a fresh data file, a first import, then the same list again (every family
found, nothing changed) and the list with one child more in each of 10% of the families
(found and updated). The figures are in-process wall times in ms (median of --runs) for
reading the CSV (`read_classlist`, outside the lock), `import_families` (the lock is
held only here: the merge and the write), and the whole `schoolyard import` path.
The goal on this machine: 5,000 rows re-imported in <= 1 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from storage import ContactBook  # noqa: E402
from storage.classlists import classfile  # noqa: E402
from storage.classlists.classlist import read_classlist  # noqa: E402
from storage.demo.names import BACKGROUNDS  # noqa: E402

HEADER = "Achternaam;Voorvoegsel;Roepnaam;Groep;Ouders/verzorgers;Thuistaal\r\n"


def class_list(rows: int, seed: int = 7) -> str:
    """A school export: siblings on one guardian pair, same surnames in other families."""
    rng = random.Random(seed)
    lines = [HEADER]
    family = 0
    while len(lines) - 1 < rows:
        family += 1
        background = rng.choice(BACKGROUNDS)
        surname = rng.choice(background.surnames)
        prefix = "van der" if rng.random() < 0.1 else ""
        mother = f"{rng.choice(background.girls)} {surname}"
        father = f"{rng.choice(background.boys)} {surname}"
        # A number keeps the guardians of two same-surname families apart.
        guardians = f"{mother} {family} & {father} {family}"
        siblings = rng.sample(background.girls + background.boys, rng.choice((1, 1, 1, 2, 2, 3)))
        for child in siblings:
            lines.append(
                f"{surname};{prefix};{child} {family};{rng.randint(1, 8)};{guardians};\r\n"
            )
    return "".join(lines[: rows + 1])


def with_more_children(text: str, share: float = 0.1) -> str:
    """The same list with a new sibling in about `share` of its families."""
    rng = random.Random(11)
    out = []
    for line in text.splitlines(keepends=True):
        out.append(line)
        if not line.startswith("Achternaam") and rng.random() < share:
            fields = line.split(";")
            fields[2] = f"Nieuw {fields[2]}"
            out.append(";".join(fields))
    return "".join(out)


def timed(action, *args) -> tuple[float, object]:
    start = time.perf_counter()
    result = action(*args)
    return (time.perf_counter() - start) * 1000, result


def read_and_import(book: ContactBook, csv: Path) -> object:
    return book.import_families(read_classlist(csv))


def measure(rows: int, runs: int) -> dict[str, float]:
    figures: dict[str, list[float]] = {"read": [], "same": [], "changed": [], "whole": []}
    text = class_list(rows)
    changed_text = with_more_children(text)
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            csv = Path(folder, "klas.csv")
            csv.write_text(text, encoding="utf-8-sig")
            changed = Path(folder, "klas-nieuw.csv")
            changed.write_text(changed_text, encoding="utf-8-sig")
            book = ContactBook(Path(folder, "book.json"))
            first = read_and_import(book, csv)
            ms, parsed = timed(read_classlist, csv)
            figures["read"].append(ms)
            ms, again = timed(book.import_families, parsed)
            figures["same"].append(ms)
            assert again.added == again.updated == 0, (first, again)
            ms, result = timed(book.import_families, read_classlist(changed))
            figures["changed"].append(ms)
            assert result.added == 0 and result.updated > 0, result
            ms, _ = timed(read_and_import, book, csv)
            figures["whole"].append(ms)
    return {name: statistics.median(values) for name, values in figures.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--all", action="store_true", help="add the 31,788-row case")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [*args.rows, *([31788] if args.all else [])]
    # 31,788 rows are 2.1 MB, over the 2 MB a class list may be: lifted for the measurement.
    classfile.MAX_BYTES = 10 * classfile.MAX_BYTES
    print(f"{'rows':>7} {'read CSV':>10} {'re-import':>10} {'10% new':>10} {'read+re-import':>15}")
    for rows in sizes:
        f = measure(rows, args.runs)
        print(
            f"{rows:>7} {f['read']:>8.0f}ms {f['same']:>8.0f}ms {f['changed']:>8.0f}ms"
            f" {f['whole']:>13.0f}ms"
        )


if __name__ == "__main__":
    main()
