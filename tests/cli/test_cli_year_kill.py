"""SIGKILL during `schoolyard year close`: a real process, killed at the two steps that
matter and at random moments. Afterwards every contact is in the data file or in the
archive, never in both and never in neither, and the next close finishes the job."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from classbook import NOW

from storage import ContactBook
from storage.actions.years import CRASH_AT
from storage.demo import write_demo

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

SCHOOLYARD = Path(sys.executable).with_name("schoolyard")


def command(data: Path) -> list[str]:
    if SCHOOLYARD.exists():
        return [str(SCHOOLYARD), "year", "close", "--data", str(data)]
    return [sys.executable, "-m", "tui.cli", "year", "close", "--data", str(data)]


def env(**extra: str) -> dict[str, str]:
    made = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "SCHOOLYARD"))}
    made.update({"LANG": "C.UTF-8"}, **extra)
    return made


def seen(path: Path) -> Counter:
    """Every contact the book shows, in the data file and in committed archives."""
    book = ContactBook(path, clock=lambda: NOW)
    docs = [c.to_doc() for c in book.contacts()] + [c.to_doc() for c in book.archived_contacts()]
    return Counter(json.dumps(doc, sort_keys=True) for doc in docs)


def stored(*paths: Path) -> Counter:
    """Every contact document in the raw files (what plain TinyDB would read)."""
    found: Counter = Counter()
    for path in paths:
        if path.exists():
            tables = json.loads(path.read_bytes())
            found += Counter(json.dumps(d, sort_keys=True) for d in tables["contacts"].values())
    return found


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two school years of a class of 28, kept as the copy every run starts from."""
    path = tmp_path_factory.mktemp("year-kill") / "schoolyard.json"
    write_demo(path, families=28, weeks=40, seed=3, today=NOW)
    return path


def fresh_copy(original: Path, folder: Path) -> Path:
    folder.mkdir()
    path = folder / "schoolyard.json"
    shutil.copyfile(original, path)
    os.chmod(path, 0o600)
    return path


@pytest.mark.parametrize("step", ["archives-written", "committed"])
def test_killed_at_a_step(original: Path, tmp_path: Path, step: str) -> None:
    path = fresh_copy(original, tmp_path / step)
    archive = path.with_name("schoolyard-2025-2026.json")
    everything = seen(path)
    done = subprocess.run(command(path), env=env(**{CRASH_AT: step}), capture_output=True)
    assert done.returncode == -signal.SIGKILL
    assert archive.exists()
    assert seen(path) == everything  # neither twice nor lost, as the book reads it
    if step == "archives-written":
        assert stored(path) == stored(original)  # the old state
    else:
        assert stored(path, archive) == stored(original)  # the new state
    again = subprocess.run(command(path), env=env(), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert stored(path, archive) == stored(original)  # now also in the raw files
    assert seen(path) == everything
    assert all(json.loads(line)["at"] >= "2026-08-01" for line in stored(path))


def test_killed_at_random_moments(original: Path, tmp_path: Path) -> None:
    rng = random.Random(20261129)
    probe = fresh_copy(original, tmp_path / "probe")
    started = time.monotonic()
    subprocess.run(command(probe), env=env(), check=True, capture_output=True)
    took = time.monotonic() - started
    everything = seen(original)
    for run in range(8):
        path = fresh_copy(original, tmp_path / f"run{run}")
        archive = path.with_name("schoolyard-2025-2026.json")
        process = subprocess.Popen(
            command(path), env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3, 1.1) * took)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert seen(path) == everything, run
        # The raw files: the old state (the data file whole, maybe an uncommitted archive
        # that readers ignore) or the new one (each contact in exactly one file).
        assert stored(path) == stored(original) or stored(path, archive) == stored(original)
        subprocess.run(command(path), env=env(), check=True, capture_output=True)
        assert stored(path, archive) == stored(original), run
