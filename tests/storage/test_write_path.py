"""The write path under stress: symlinks, a lock file taken away, failing disks, fsync.

Tests run as root, which writes through any mode bits: read-only files are decided on
the mode bits, and failures of the operating system are simulated with monkeypatch.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import threading
import time
from pathlib import Path

import orjson
import pytest

from storage import Child, ContactBook, DataFileBusy, DataFileError, Family, Moment
from storage.engine import lock
from storage.engine.files import atomic_write, dumps
from storage.engine.lock import lock_path_for, locked
from tui import text

pytestmark = pytest.mark.skipif(os.name == "nt", reason="symlinks, flock and modes are POSIX")


def temp_files(*folders: Path) -> list[str]:
    return sorted(p.name for folder in folders for p in folder.iterdir() if p.name.endswith(".tmp"))


def notes(path: Path) -> set[str]:
    data = orjson.loads(path.read_bytes())
    return {doc.get("note", "") for doc in data.get("contacts", {}).values()}


# -- finding 4: a symlinked data file ------------------------------------------------------


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """(link, real): the teacher's data file is a link into a synced folder."""
    real = tmp_path / "Sync" / "klas.json"
    real.parent.mkdir()
    real.write_bytes(b"")  # an empty file is an empty book
    link = tmp_path / "home" / "schoolyard.json"
    link.parent.mkdir()
    link.symlink_to(real)
    return link, real


@pytest.mark.parametrize("how", ["absolute link", "relative link", "linked folder"])
def test_writes_go_through_a_symlink_to_its_target(tmp_path: Path, clock, how: str) -> None:
    real = tmp_path / "Sync" / "klas.json"
    real.parent.mkdir()
    real.write_bytes(b"")  # an empty file is an empty book
    home = tmp_path / "home"
    home.mkdir()
    if how == "linked folder":
        (home / "data").symlink_to(real.parent, target_is_directory=True)
        link = home / "data" / "klas.json"
    else:
        link = home / "schoolyard.json"
        link.symlink_to(real if how == "absolute link" else Path("..", "Sync", "klas.json"))

    book = ContactBook(link, clock=clock)
    yilmaz = book.add_family(Family.new("Yılmaz", [Child("Elif", 5)]))
    book.log(yilmaz.id, Moment.PICKUP, note="eerste")
    book.log(yilmaz.id, Moment.PICKUP, note="tweede")

    if how != "linked folder":
        assert link.is_symlink(), "the link was replaced by a copy"
    assert notes(real) == {"eerste", "tweede"}
    assert [f.name for f in ContactBook(real).families()] == ["Yılmaz"]
    assert Path(lock_path_for(link)) == real.with_name("klas.json.lock")
    assert temp_files(home, real.parent) == []
    assert sorted(p.name for p in home.iterdir()) == sorted(
        ["schoolyard.json"] if how != "linked folder" else ["data"]
    )


def test_the_target_keeps_its_mode(linked: tuple[Path, Path], clock) -> None:
    link, real = linked
    ContactBook(link, clock=clock).add_family(Family.new("Øyen"))
    real.chmod(0o640)
    ContactBook(link, clock=clock).add_family(Family.new("Nguyễn"))
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert link.is_symlink()


def test_the_link_and_the_real_path_share_one_lock(linked: tuple[Path, Path]) -> None:
    link, real = linked
    assert lock_path_for(link) == lock_path_for(real)
    with locked(real):
        with pytest.raises(DataFileBusy):
            with locked(link, timeout=0.2):
                pass
    with locked(link):
        with pytest.raises(DataFileBusy):
            with locked(real, timeout=0.2):
                pass


def test_stale_temp_files_are_swept_beside_the_target(linked: tuple[Path, Path], clock) -> None:
    link, real = linked
    book = ContactBook(link, clock=clock)
    book.add_family(Family.new("Øyen"))
    stale = real.parent / f".{real.name}.deadbeef0000.tmp"
    stale.write_bytes(b'{"families": {"1": {"name": "Yilmaz"')
    book.add_family(Family.new("Nguyễn"))
    assert not stale.exists()


def bad_link(tmp_path: Path, kind: str) -> tuple[Path, str]:
    link = tmp_path / "schoolyard.json"
    if kind == "dangling, drive not there":
        link.symlink_to(tmp_path / "Unmounted" / "klas.json")
        return link, "datafile.link_dangling"
    if kind == "dangling, file not there":
        link.symlink_to(tmp_path / "gone.json")
        return link, "datafile.link_dangling"
    if kind == "dangling folder link":
        (tmp_path / "data").symlink_to(tmp_path / "Unmounted", target_is_directory=True)
        return tmp_path / "data" / "klas.json", "datafile.link_dangling"
    if kind == "loop":
        link.symlink_to(tmp_path / "other.json")
        (tmp_path / "other.json").symlink_to(link)
        return link, "datafile.link_loop"
    if kind == "link to a folder":
        (tmp_path / "Sync").mkdir()
        link.symlink_to(tmp_path / "Sync", target_is_directory=True)
        return link, "datafile.is_folder"
    assert kind == "a folder"
    link.mkdir()
    return link, "datafile.is_folder"


BAD_LINKS = [
    "dangling, drive not there",
    "dangling, file not there",
    "dangling folder link",
    "loop",
    "link to a folder",
    "a folder",
]


@pytest.mark.parametrize("kind", BAD_LINKS)
def test_a_link_that_leads_nowhere_is_one_clear_error(tmp_path: Path, clock, kind: str) -> None:
    path, key = bad_link(tmp_path, kind)
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    with pytest.raises(DataFileError) as error:
        ContactBook(path, clock=clock).add_family(Family.new("Yılmaz"))
    assert error.value.key == key
    assert error.value.path == path
    for language in text.LANGUAGES:
        text.set_language(language)
        said = text.t(error.value.key, **error.value.values)
        assert ".tmp" not in said and ".lock" not in said
    text.set_language("en")
    assert sorted(str(p) for p in tmp_path.rglob("*")) == before, "nothing is created"


def test_reading_through_a_dangling_link_is_an_error_not_an_empty_book(
    tmp_path: Path, clock
) -> None:
    link = tmp_path / "schoolyard.json"
    link.symlink_to(tmp_path / "Unmounted" / "klas.json")
    with pytest.raises(DataFileError) as error:
        ContactBook(link, clock=clock).families()
    assert error.value.key == "datafile.link_dangling"
    assert ContactBook(tmp_path / "nieuw.json", clock=clock).families() == []  # no link: empty


# -- finding 5: a lock file deleted or replaced while held ----------------------------------


def test_a_writer_whose_lock_file_was_deleted_does_not_overwrite_a_saved_contact(
    class_book: ContactBook, book_path: Path, clock
) -> None:
    """Writer A holds the lock; the lock file is deleted; writer B takes a fresh lock and
    saves. A must then refuse its write: replacing the file would lose B's contact."""
    read_done, go_on = threading.Event(), threading.Event()
    outcome: list[object] = []

    def writer_a() -> None:
        try:
            with locked(book_path):
                data = json.loads(book_path.read_bytes())
                read_done.set()
                go_on.wait(10)
                data["settings"] = {"1": {"positive_window_school_days": 7}}
                atomic_write(book_path, dumps(data))
            outcome.append("saved")
        except DataFileError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=writer_a)
    thread.start()
    assert read_done.wait(10)
    Path(lock_path_for(book_path)).unlink()  # a cleaning tool, a sync client, a teacher
    saved = ContactBook(book_path, clock=clock).log(1, Moment.PICKUP, note="B saved this")
    assert saved.note == "B saved this"  # B was told it is stored
    go_on.set()
    thread.join(10)

    assert len(outcome) == 1 and isinstance(outcome[0], DataFileError), outcome
    assert outcome[0].key == "datafile.lock_lost"
    assert "B saved this" in notes(book_path)
    assert temp_files(book_path.parent) == []


def test_a_lock_file_replaced_while_a_writer_waited_is_not_trusted(book_path: Path) -> None:
    """B waits on lock file L1; L1 is deleted and C takes a new L2; when L1 is released, B
    must not go in beside C: it re-opens the file now at the lock path and waits for C."""
    book_path.write_bytes(b"{}")
    inside: list[str] = []
    overlaps: list[str] = []
    b_waiting, c_inside, c_leave = threading.Event(), threading.Event(), threading.Event()
    real_acquire = lock._acquire

    def enter(name: str) -> None:
        if inside and "A" not in inside:  # A's lock file was deleted: C's going in is the case
            overlaps.append(f"{name} went in while {inside} held the lock")
        inside.append(name)

    def writer_b() -> None:
        with locked(book_path):
            enter("B")
            inside.remove("B")

    def writer_c() -> None:
        with locked(book_path):
            enter("C")
            c_inside.set()
            c_leave.wait(10)
            inside.remove("C")

    def acquire(fd: int, path: Path, deadline: float) -> None:
        if threading.current_thread().name == "B":
            b_waiting.set()
        real_acquire(fd, path, deadline)

    lock._acquire = acquire
    try:
        with locked(book_path):
            enter("A")
            b = threading.Thread(target=writer_b, name="B")
            b.start()
            assert b_waiting.wait(10)
            time.sleep(0.05)  # B is blocked on L1
            Path(lock_path_for(book_path)).unlink()
            c = threading.Thread(target=writer_c, name="C")
            c.start()
            assert c_inside.wait(10)
            inside.remove("A")
        time.sleep(0.3)  # L1 is free: old code lets B in beside C here
        c_leave.set()
        b.join(10)
        c.join(10)
    finally:
        lock._acquire = real_acquire
    assert not b.is_alive() and not c.is_alive()
    assert overlaps == []


def test_a_data_file_replaced_under_the_lock_is_not_overwritten(
    class_book: ContactBook, book_path: Path
) -> None:
    """A program that ignores the lock replaces the file while we hold it: refuse, keep theirs."""
    with locked(book_path):
        data = json.loads(book_path.read_bytes())
        theirs = dict(data, settings={"1": {"positive_window_school_days": 4}})
        thread = threading.Thread(target=lambda: atomic_write(book_path, dumps(theirs)))
        thread.start()
        thread.join(10)
        data["settings"] = {"1": {"positive_window_school_days": 9}}
        with pytest.raises(DataFileError) as error:
            atomic_write(book_path, dumps(data))
    assert error.value.key == "datafile.changed_meanwhile"
    assert ContactBook(book_path).settings().positive_window_school_days == 4
    assert temp_files(book_path.parent) == []


def test_several_writes_under_one_lock_all_land(book_path: Path) -> None:
    with locked(book_path):
        atomic_write(book_path, b'{"families": {}}')
        atomic_write(book_path, b'{"families": {"1": {"name": "\xc3\x98yen"}}}')
    assert json.loads(book_path.read_bytes()) == {"families": {"1": {"name": "Øyen"}}}


# -- finding 11: failures name the data file or its folder, and say what to do -------------


class Written:
    """A file from os.fdopen whose writes go through `write(handle, payload)`."""

    def __init__(self, handle, write) -> None:
        self.handle, self._write = handle, write

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.handle.close()

    def fileno(self) -> int:
        return self.handle.fileno()

    def write(self, payload: bytes) -> int:
        return self._write(self.handle, payload)

    def flush(self) -> None:
        self.handle.flush()


def on_write(monkeypatch: pytest.MonkeyPatch, write) -> None:
    """Every file the write path opens with os.fdopen writes through `write(handle, payload)`."""
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Written(real_fdopen(fd, *a, **k), write))


def fail_when(monkeypatch: pytest.MonkeyPatch, where: str, code: int) -> None:
    """Make the operating system fail with `code` at one step of a write."""
    error = OSError(code, os.strerror(code))
    real_open = os.open

    def opening(name, flags, *args, **kwargs):
        if str(name).endswith(where):
            error.filename = str(name)  # what the operating system would name: a hidden file
            raise error
        return real_open(name, flags, *args, **kwargs)

    def refusing(*args, **kwargs):
        raise error

    if where in (".tmp", ".lock"):
        monkeypatch.setattr(os, "open", opening)
    elif where == "write":
        on_write(monkeypatch, refusing)
    elif where == "fsync":
        monkeypatch.setattr(os, "fsync", refusing)
    else:
        assert where == "replace"
        monkeypatch.setattr(os, "replace", refusing)


FOLDER_KEYS = {"datafile.disk_full", "datafile.folder_read_only"}
FAILURES = {
    "disk full at write": ("write", errno.ENOSPC, "datafile.disk_full"),
    "disk full at fsync": ("fsync", errno.ENOSPC, "datafile.disk_full"),
    "quota at write": ("write", errno.EDQUOT, "datafile.disk_full"),
    "disk full making the lock": (".lock", errno.ENOSPC, "datafile.disk_full"),
    "read-only folder": (".tmp", errno.EACCES, "datafile.folder_read_only"),
    "read-only drive": (".tmp", errno.EROFS, "datafile.folder_read_only"),
    "read-only drive, lock": (".lock", errno.EROFS, "datafile.folder_read_only"),
    "immutable file": ("replace", errno.EPERM, "datafile.protected"),
    "input/output error at fsync": ("fsync", errno.EIO, "datafile.write_failed"),
}


@pytest.mark.parametrize("where, code, key", FAILURES.values(), ids=FAILURES.keys())
def test_a_failed_write_names_the_data_file_or_folder_and_keeps_the_file(
    class_book: ContactBook,
    book_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    code: int,
    key: str,
) -> None:
    before = book_path.read_bytes()
    contacts = len(class_book.contacts())
    fail_when(monkeypatch, where, code)
    with pytest.raises(DataFileError) as error:
        class_book.log(1, Moment.PICKUP, note="kwijt")
    monkeypatch.undo()

    exc = error.value
    assert exc.key == key and exc.path == book_path
    if key in FOLDER_KEYS:
        assert Path(exc.values["folder"]) == book_path.parent
    for language in text.LANGUAGES:
        text.set_language(language)
        said = text.t(exc.key, **exc.values)
        assert ".tmp" not in said and ".lock" not in said, said
        assert "\n" not in said
    text.set_language("en")
    assert text.t(exc.key, **exc.values) == exc.reason  # the log line says the same
    assert ".tmp" not in str(exc) and ".lock" not in str(exc)
    assert book_path.read_bytes() == before
    assert temp_files(book_path.parent) == []
    assert len(ContactBook(book_path).contacts()) == contacts


@pytest.mark.parametrize("mode", [0o400, 0o444, 0o500, 0o440])
def test_a_read_only_data_file_is_refused_not_replaced(
    class_book: ContactBook, book_path: Path, mode: int
) -> None:
    before = book_path.read_bytes()
    book_path.chmod(mode)
    with pytest.raises(DataFileError) as error:
        class_book.log(1, Moment.PICKUP, note="niet bewaard")
    assert error.value.key == "datafile.read_only" and error.value.path == book_path
    assert book_path.read_bytes() == before
    assert stat.S_IMODE(book_path.stat().st_mode) == mode
    assert temp_files(book_path.parent) == []
    assert len(ContactBook(book_path).families()) == len(class_book.families())  # still read


def test_a_read_only_target_of_a_link_is_refused(linked: tuple[Path, Path], clock) -> None:
    link, real = linked
    ContactBook(link, clock=clock).add_family(Family.new("Øyen"))
    real.chmod(0o444)
    with pytest.raises(DataFileError) as error:
        ContactBook(link, clock=clock).add_family(Family.new("Nguyễn"))
    assert error.value.key == "datafile.read_only"
    assert link.is_symlink()
    assert [f.name for f in ContactBook(real).families()] == ["Øyen"]


def test_every_write_error_has_dutch_and_english_text() -> None:
    keys = {key for _, _, key in FAILURES.values()} | {
        "datafile.read_only",
        "datafile.lock_lost",
        "datafile.changed_meanwhile",
        "datafile.link_dangling",
        "datafile.link_loop",
        "datafile.is_folder",
    }
    for key in keys:
        dutch, english = text.TEXT[key]
        assert dutch and english and dutch != english


# -- atomic_write(mode=): an export is 0600 from its first byte ------------------------------


def watch_first_byte(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The temp file's mode at the moment its first byte is written."""
    modes: list[int] = []

    def watched(handle, payload: bytes) -> int:
        modes.append(stat.S_IMODE(os.fstat(handle.fileno()).st_mode))
        return handle.write(payload)

    on_write(monkeypatch, watched)
    return modes


@pytest.mark.parametrize(
    ("existing", "mode", "expected"),
    [(0o644, 0o600, 0o600), (0o640, None, 0o640)],
    ids=["a-given-mode", "the-existing-mode"],
)
def test_the_mode_holds_from_the_first_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: int, mode: int | None, expected: int
) -> None:
    path = tmp_path / "week48.json"
    path.write_bytes(b"{}")
    path.chmod(existing)
    modes = watch_first_byte(monkeypatch)
    atomic_write(path, b'{"families": 27}', **({} if mode is None else {"mode": mode}))
    atomic_write(tmp_path / "nieuw.json", b"{}")  # a new file without a mode: 0600
    assert modes == [expected, 0o600]
    assert stat.S_IMODE(path.stat().st_mode) == expected
    assert path.read_bytes() == b'{"families": 27}'


def test_a_given_mode_is_exact_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        atomic_write(tmp_path / "gedeeld.json", b"{}", mode=0o640)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "gedeeld.json").stat().st_mode) == 0o640


# -- finding 14: a write is fsynced, the file before the rename and the folder after ------


def test_a_write_fsyncs_the_file_before_the_rename_and_the_folder_after(
    class_book: ContactBook, book_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, ...]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        st = os.fstat(fd)
        kind = "folder" if stat.S_ISDIR(st.st_mode) else "file"
        events.append(("fsync", kind, str((st.st_dev, st.st_ino)), str(st.st_size)))
        real_fsync(fd)

    def replace(src, dst) -> None:
        st = os.stat(src)
        events.append(("replace", str((st.st_dev, st.st_ino)), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    class_book.log(1, Moment.PICKUP, note="veilig op schijf")
    monkeypatch.undo()

    replaces = [i for i, e in enumerate(events) if e[0] == "replace"]
    assert len(replaces) == 1, events
    at = replaces[0]
    written = os.stat(book_path)
    file_id = str((written.st_dev, written.st_ino))
    folder = os.stat(book_path.parent)
    folder_id = str((folder.st_dev, folder.st_ino))
    assert events[at][1:] == (file_id, str(book_path))
    # The temp file, fully written (its final size), is fsynced before it replaces the file …
    assert ("fsync", "file", file_id, str(written.st_size)) in events[:at], events
    # … and the folder is fsynced after, so the rename itself survives a power cut.
    assert any(e[:3] == ("fsync", "folder", folder_id) for e in events[at + 1 :]), events
