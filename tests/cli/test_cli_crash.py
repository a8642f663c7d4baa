"""Crashes and crowds: SIGKILL in the middle of writes, twelve `schoolyard log` at once.

A write is a temp file, fsync and rename under a lock file, so a killed writer can
leave a stale temp file but never a half-written data file, and every command that
said it saved (exit 0) is in the file.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from tinydb import TinyDB

from storage import Child, ContactBook, Family

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

SCHOOLYARD = Path(sys.executable).with_name("schoolyard")


def cli(data: Path, *args: str) -> list[str]:
    if SCHOOLYARD.exists():
        return [str(SCHOOLYARD), *args, "--data", str(data)]
    return [sys.executable, "-m", "tui.cli", *args, "--data", str(data)]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "schoolyard.json"
    book = ContactBook(path)
    book.add_family(Family.new("Yılmaz", [Child("Elif", 5)]))
    book.add_family(Family.new("van der Berg", [Child("Daan", 3)]))
    # Some weight, so that a write takes long enough to be interrupted.
    yilmaz = book.find_families("yilmaz")[0].id
    from storage import Moment

    for _ in range(3):
        book.log_batch([yilmaz] * 1, Moment.PICKUP, note="x" * 20_000)
    return path


def notes_in(path: Path) -> set[str]:
    """Every note in the file, read the way any other program would: plain TinyDB."""
    db = TinyDB(path)
    try:
        return {doc.get("note", "") for doc in db.table("contacts").all()}
    finally:
        db.close()


def test_twelve_log_commands_at_once_all_land(data: Path) -> None:
    procs = [
        subprocess.Popen(
            cli(data, "log", "yilmaz", "pickup", "--note", f"crowd-{i}"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for i in range(12)
    ]
    results = [(p.wait(timeout=60), p.stderr.read().decode()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert [code for code, _ in results] == [0] * 12, results
    assert {f"crowd-{i}" for i in range(12)} <= notes_in(data)


def test_killed_log_commands_never_damage_the_file(data: Path) -> None:
    rng = random.Random(48)
    landed: set[str] = set()
    killed = 0
    round_no = 0
    # Eight rounds; more while none was killed yet (each log finished before its kill).
    while round_no < 8 or (killed == 0 and round_no < 24):
        procs = {
            f"kill-{round_no}-{i}": subprocess.Popen(
                cli(data, "log", "berg", "dropoff", "--note", f"kill-{round_no}-{i}"),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for i in range(4)
        }
        time.sleep(rng.uniform(0.02, 0.25) if round_no < 8 else rng.uniform(0.0, 0.03))
        for note, proc in procs.items():
            if proc.poll() is None and rng.random() < 0.6:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            if proc.wait(timeout=60) == 0:
                landed.add(note)
        # After every round the file parses and holds everything that said it saved.
        assert landed <= notes_in(data)
        round_no += 1
    assert killed > 0
    ContactBook(data).contacts()  # and our own reader agrees


WRITER = textwrap.dedent(
    """
    import sys
    from storage import ContactBook, Moment
    book = ContactBook(sys.argv[1])
    family = book.find_families("yilmaz")[0].id
    i = 0
    while True:
        book.log(family, Moment.SCHOOLYARD, note=f"loop-{i}")
        print(f"loop-{i}", flush=True)
        i += 1
    """
)


def test_writer_killed_mid_write_leaves_a_parsing_file(data: Path) -> None:
    """A writer logging in a tight loop is killed at random moments, many times."""
    rng = random.Random(7)
    confirmed: set[str] = set()
    for _ in range(15):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        # Started and writing (on a busy machine start-up alone can outlast the sleep).
        first = proc.stdout.readline()
        time.sleep(rng.uniform(0.15, 0.6))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        confirmed |= set((first + out).split())
        on_disk = notes_in(data)
        assert confirmed <= on_disk
    assert len(confirmed) > 15
    # A killed writer may leave its temp file (personal data, 0600); the next write
    # sweeps it away under the lock. The lock itself is free again.
    ContactBook(data).add_family(Family.new("Øyen", [Child("Sigrid", 5)]))
    assert [p.name for p in data.parent.iterdir() if p.name.endswith(".tmp")] == []
    assert os.stat(data).st_mode & 0o777 == 0o600


HOLDER = textwrap.dedent(
    """
    import json
    import sys
    from pathlib import Path
    from storage import DataFileError
    from storage.engine.files import atomic_write, dumps
    from storage.engine.lock import locked
    path = Path(sys.argv[1])
    try:
        with locked(path):
            data = json.loads(path.read_bytes())
            print("read", flush=True)
            sys.stdin.readline()  # the lock file is deleted and another writer saves here
            data["contacts"]["999"] = dict(data["contacts"]["1"], note="holder")
            atomic_write(path, dumps(data))
    except DataFileError as exc:
        print(exc.key, flush=True)
        sys.exit(1)
    print("saved", flush=True)
    """
)


def test_a_deleted_lock_file_never_loses_a_confirmed_log(data: Path) -> None:
    """A writer holds the lock; the lock file is deleted; `schoolyard log` takes a fresh
    lock and says it saved. The first writer must then refuse, not replace the file."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "read"
        data.with_name(data.name + ".lock").unlink()
        logged = subprocess.run(
            cli(data, "log", "yilmaz", "pickup", "--note", "confirmed"),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert logged.returncode == 0, logged.stderr  # the teacher was told it is saved
        out, err = holder.communicate("go on\n", timeout=60)
    finally:
        holder.kill()
    assert (holder.returncode, out.strip()) == (1, "datafile.lock_lost"), err
    assert "confirmed" in notes_in(data)
    assert [p.name for p in data.parent.iterdir() if p.name.endswith(".tmp")] == []
