"""Colleagues' data files (`--with`, and the list the app keeps), read-only.

A colleague's file is only ever read: no lock taken, no lock file or stamp made beside
it, never written or created. It gets the same schema check as our own file; one that is
missing, unreadable, damaged or from a newer Schoolyard becomes a `ColleagueFileError`
(named in one line by the CLI and the app) and is left out, so the view still works.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from storage.engine.lock import DataFileError
from storage.engine.tables import SETTINGS, SETTINGS_ID, BookTables
from storage.records import Contact, Family

if TYPE_CHECKING:
    # Imported where a colleague's file is read: a book without colleagues (every
    # `schoolyard neglected` of a class alone) does not pay for its dataclasses.
    from storage.rules.colleagues import Colleague


class ColleagueFileError(DataFileError):
    """A colleague's file that is left out of the view; `key` says why (tui/text)."""


class _Read:
    """A colleague's file as last read: its stat key, and what it holds or why not."""

    __slots__ = ("key", "colleague", "problem")

    def __init__(
        self,
        key: tuple[int, int, int] | None,
        colleague: Colleague | None,
        problem: ColleagueFileError | None,
    ) -> None:
        self.key = key
        self.colleague = colleague
        self.problem = problem


def read_colleague(path: Path) -> Colleague:
    """A colleague's file, checked; ColleagueFileError when it cannot be used."""
    from storage.engine import codec, stamp
    from storage.engine.check import Problem, decode
    from storage.engine.schema import SCHEMA_VERSION
    from storage.rules.colleagues import Colleague

    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ColleagueFileError(path, "it is not there", "colleague.missing") from None
    except OSError as exc:
        raise ColleagueFileError(
            path, f"it cannot be read ({exc.strerror})", "colleague.unreadable"
        ) from None
    try:
        if not raw.strip():
            data: dict = {}
        elif stamp.is_stamped(path, raw):  # her own program checked these very bytes
            data = codec.loads(raw)
        else:
            data = decode(raw)
    except Problem as problem:
        key = "colleague.newer" if problem.key == "datafile.newer" else "colleague.damaged"
        raise ColleagueFileError(path, problem.detail, key) from None
    except (ValueError, DataFileError) as exc:
        raise ColleagueFileError(path, str(exc), "colleague.damaged") from None
    settings = (data.get(SETTINGS) or {}).get(str(SETTINGS_ID)) or {}
    version = settings.get("schema")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise ColleagueFileError(path, f"data file version {version}", "colleague.newer")
    name = str(settings.get("colleague_name") or "").strip() or path.stem
    families = tuple(
        Family.from_doc(int(key), doc) for key, doc in (data.get("families") or {}).items()
    )
    return Colleague(name, families, tuple((data.get("contacts") or {}).values()))


def _stat_key(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


class ColleagueActions(BookTables):
    _with: tuple[Path, ...] = ()
    _colleague_reads: dict[Path, _Read]

    # -- the files ------------------------------------------------------------------------

    def add_colleagues(self, paths: Iterable[str | os.PathLike[str]]) -> None:
        """Read these colleagues' files too (the CLI's and the app's `--with`)."""
        self._with = (*self._with, *(Path(p).expanduser() for p in paths))

    @property
    def with_given(self) -> bool:
        """Whether `--with` named colleagues' files (the school view), not only the setting."""
        return bool(self._with)

    def colleague_paths(self) -> list[Path]:
        """`--with` files, then the ones the settings keep; each once, never our own file."""
        own = os.path.realpath(self.path)
        seen: dict[str, Path] = {}
        for path in (*self._with, *map(Path, self.colleague_files())):
            real = os.path.realpath(path)
            if real != own:
                seen.setdefault(real, path)
        return list(seen.values())

    def colleagues(self) -> tuple[list[Colleague], list[ColleagueFileError]]:
        """The colleagues' files that can be read, and one error for each that cannot."""
        files = self.colleagues_by_file()
        found = [colleague for _, colleague, _ in files if colleague is not None]
        return found, [problem for _, _, problem in files if problem is not None]

    def colleagues_by_file(
        self,
    ) -> list[tuple[Path, Colleague | None, ColleagueFileError | None]]:
        """Each colleague's file with what it holds, or why it is left out.

        A file is read again only when it changed (her sync service brought a new one).
        """
        reads = self.__dict__.setdefault("_colleague_reads", {})
        files = []
        for path in self.colleague_paths():
            key = _stat_key(path)
            held = reads.get(path)
            if held is None or key is None or held.key != key:
                try:
                    held = _Read(key, read_colleague(path), None)
                except ColleagueFileError as exc:
                    held = _Read(key, None, exc)
                reads[path] = held
            files.append((path, held.colleague, held.problem))
        return files

    def version(self) -> tuple[object, ...] | None:
        """Our file's version, and the colleagues' files' too: her sync service bringing
        a new file refreshes an open app as our own changes do."""
        own = super().version()
        if own is None or not (self._with or self.__dict__.get("_colleague_reads")):
            return own  # no colleague's file named or read: not even the settings are read
        try:
            paths = self.colleague_paths()
        except DataFileError:
            return own  # our own file's trouble is said where it is read
        return (*own, *(_stat_key(path) for path in paths)) if paths else own

    def colleague_contacts_named(
        self,
        *,
        family_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> list[tuple[str, Contact]]:
        """(colleague's name, contact) for the colleagues' contacts with our own families
        (matched as `--with` matches them; any tone), on our family ids, newest first.
        Read-only: the app shows them beside ours (Today, Week, the timeline)."""
        from storage.rules.colleagues import match_families

        if not self.colleague_paths():
            return []
        own = self.families(include_archived=True)  # type: ignore[attr-defined]
        lo, hi = (start.isoformat() if start else ""), (end.isoformat() if end else "~")
        found: list[tuple[str, Contact]] = []
        for colleague in self.colleagues()[0]:
            ours = match_families(own, colleague.families).ours
            for doc in colleague.contact_docs:
                fid = ours.get(doc["family"])
                if fid is None or (family_id is not None and fid != family_id):
                    continue
                if not lo <= doc["at"][:10] <= hi:
                    continue
                found.append((colleague.name, Contact.from_doc(0, {**doc, "family": fid})))
        found.sort(key=lambda pair: pair[1].at, reverse=True)
        return found

    def colleague_problems(self) -> list[ColleagueFileError]:
        """One error a colleague's file left out (missing, unreadable, damaged, newer)."""
        return self.colleagues()[1]

    # -- the settings ---------------------------------------------------------------------

    def _colleague_settings(self) -> dict:
        return self._table(SETTINGS).get(doc_id=SETTINGS_ID) or {}

    def colleague_files(self) -> list[str]:
        """The colleagues' files the app keeps reading (a setting of this data file)."""
        if not self.exists():
            return []
        return [str(p) for p in self._colleague_settings().get("colleague_files", [])]

    def set_colleague_files(self, paths: Iterable[str | os.PathLike[str]]) -> list[str]:
        files = list(dict.fromkeys(str(Path(p).expanduser()) for p in paths))
        with self._change():
            self._table(SETTINGS).upsert(self._doc({"colleague_files": files}, SETTINGS_ID))
        return self.colleague_files()

    def colleague_name(self) -> str:
        """Your name as colleagues see it beside your contacts ("" : the file's name)."""
        if not self.exists():
            return ""
        return str(self._colleague_settings().get("colleague_name", ""))

    def set_colleague_name(self, name: str) -> str:
        from storage.rules.safetext import clean

        name = " ".join(clean(name).split())[:60]
        with self._change():
            self._table(SETTINGS).upsert(self._doc({"colleague_name": name}, SETTINGS_ID))
        return self.colleague_name()
