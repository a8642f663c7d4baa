"""The demo class: deterministic, believable, only on school days, readable by the book."""

from __future__ import annotations

import hashlib
import json
import stat
from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import tinydb

from storage import ContactBook, Family, Moment, now_local
from storage.demo import build_demo, write_demo
from storage.demo.calendar import school_holidays

NOW = datetime(2026, 11, 25, 15, 10, tzinfo=timezone(timedelta(hours=1), "CET"))
"""The pinned clock of tests/conftest.py: Wednesday of ISO week 48, after pick-up."""

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture(scope="module")
def demo() -> dict:
    return build_demo(seed=2026, today=NOW)


@pytest.fixture(scope="module")
def year() -> dict:
    """A whole school's year: 400 families, 40 weeks."""
    return build_demo(families=400, weeks=40, seed=7, today=date(2026, 7, 10))


def families_of(data: dict) -> list[Family]:
    return [Family.from_doc(int(k), d) for k, d in data["families"].items()]


def contacts_by_family(data: dict) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = defaultdict(list)
    for doc in data["contacts"].values():
        found[doc["family"]].append(doc)
    return found


def closed_days(data: dict) -> set[date]:
    days = set()
    for holiday in data["holidays"].values():
        day = date.fromisoformat(holiday["from"])
        while day <= date.fromisoformat(holiday["to"]):
            days.add(day)
            day += timedelta(days=1)
    return days


# -- deterministic --------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_class(demo: dict) -> None:
    assert build_demo(seed=2026, today=NOW) == demo
    assert build_demo(seed=2027, today=NOW) != demo
    assert build_demo(seed=1, today=date(2026, 11, 25)) == build_demo(
        seed=1, today=date(2026, 11, 25)
    )


def test_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    write_demo(tmp_path / "a.json", seed=9, today=NOW, families=40, weeks=10)
    write_demo(tmp_path / "b.json", seed=9, today=NOW, families=40, weeks=10)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_sizes_follow_the_arguments(demo: dict) -> None:
    assert len(demo["families"]) == 28
    assert len(build_demo(families=5, weeks=2, seed=1, today=NOW)["families"]) == 5
    empty = build_demo(families=0, weeks=0, seed=1, today=NOW)
    assert empty["families"] == {} and empty["contacts"] == {} and empty["holidays"] == {}
    no_weeks = build_demo(families=6, weeks=0, seed=1, today=NOW)
    assert len(no_weeks["families"]) == 6 and no_weeks["contacts"] == {}
    with pytest.raises(ValueError):
        build_demo(families=-1)
    with pytest.raises(ValueError):
        build_demo(weeks=-1)


def test_a_school_year_is_the_size_the_benchmarks_assume(year: dict) -> None:
    assert len(year["families"]) == 400
    assert 12_000 <= len(year["contacts"]) <= 30_000


# -- when contacts happen -------------------------------------------------------------------


@pytest.mark.parametrize("which", ["demo", "year"])
def test_no_contact_at_a_weekend_in_a_holiday_or_in_the_future(
    which: str, request: pytest.FixtureRequest
) -> None:
    data = request.getfixturevalue(which)
    closed = closed_days(data)
    now = NOW if which == "demo" else datetime(2026, 7, 10, 23, 59, 59, tzinfo=AMSTERDAM)
    for doc in data["contacts"].values():
        at = datetime.fromisoformat(doc["at"])
        assert at.weekday() < 5, doc
        assert at.date() not in closed, doc
        assert at <= now, doc


def test_nothing_after_the_time_of_today(tmp_path: Path) -> None:
    data = build_demo(seed=4, today=NOW)
    last = max(datetime.fromisoformat(d["at"]) for d in data["contacts"].values())
    assert last <= NOW
    assert last.date() == NOW.date()  # a Wednesday at 15:10: today's drop-off is there
    # Without a date the real clock is the limit.
    real = build_demo(seed=4, weeks=2)
    now = now_local()
    assert all(datetime.fromisoformat(d["at"]) <= now for d in real["contacts"].values())
    later = build_demo(seed=4, weeks=2, today=now.date() + timedelta(days=30))
    assert all(datetime.fromisoformat(d["at"]) <= now_local() for d in later["contacts"].values())


def test_a_date_means_the_whole_of_that_day() -> None:
    data = build_demo(seed=4, today=date(2026, 11, 24))
    days = {d["at"][:10] for d in data["contacts"].values()}
    assert max(days) == "2026-11-24"


def test_holidays_in_the_period_are_in_the_holidays_table(demo: dict, year: dict) -> None:
    assert [(h["from"], h["to"], h["name"]) for h in demo["holidays"].values()] == [
        ("2026-10-17", "2026-10-25", "Herfstvakantie"),
        ("2026-11-06", "2026-11-06", "Studiedag"),
    ]
    names = [h["name"] for h in year["holidays"].values()]
    for name in ("Herfstvakantie", "Kerstvakantie", "Voorjaarsvakantie", "Pasen", "Meivakantie"):
        assert name in names
    winter = build_demo(seed=3, today=date(2026, 1, 16))
    kerst = [h for h in winter["holidays"].values() if h["name"] == "Kerstvakantie"]
    assert kerst == [{"from": "2025-12-20", "to": "2026-01-04", "name": "Kerstvakantie"}]
    assert not any(
        "2025-12-20" <= d["at"][:10] <= "2026-01-04" for d in winter["contacts"].values()
    )


def test_dutch_holidays_fall_where_the_calendar_puts_them() -> None:
    holidays = {
        name: (start, end)
        for start, end, name in school_holidays(date(2025, 9, 1), date(2026, 8, 31))
    }
    assert holidays["Kerstvakantie"] == (date(2025, 12, 20), date(2026, 1, 4))
    assert holidays["Meivakantie"] == (date(2026, 4, 25), date(2026, 5, 3))
    assert holidays["Pasen"] == (date(2026, 4, 3), date(2026, 4, 6))
    assert holidays["Hemelvaart"] == (date(2026, 5, 14), date(2026, 5, 15))
    assert (
        holidays["Zomervakantie"][0].weekday() == 5 and holidays["Zomervakantie"][1].weekday() == 6
    )


WINDOWS = {
    Moment.DROPOFF: (time(8, 10), time(8, 40)),
    Moment.PICKUP: (time(14, 45), time(15, 20)),
    Moment.WALKIN: (time(8, 20), time(8, 35)),
}


def test_contacts_happen_at_believable_times(year: dict) -> None:
    for doc in year["contacts"].values():
        at = datetime.fromisoformat(doc["at"])
        window = WINDOWS.get(Moment(doc["moment"]))
        if window:
            assert window[0] <= at.time() <= window[1], doc
        assert time(8, 0) <= at.time() <= time(21, 0), doc
    evenings = [d for d in year["contacts"].values() if d["at"][11:13] >= "18"]
    assert {d["moment"] for d in evenings} >= {"meeting", "event"}


def test_times_carry_the_offset_of_their_day_across_dst(year: dict) -> None:
    offsets = Counter()
    for doc in year["contacts"].values():
        at = datetime.fromisoformat(doc["at"])
        assert at.utcoffset() == at.replace(tzinfo=AMSTERDAM).utcoffset(), doc
        offsets[doc["at"][19:]] += 1
    assert set(offsets) == {"+01:00", "+02:00"}


# -- the families ---------------------------------------------------------------------------


def test_the_class_has_the_names_of_a_dutch_classroom(demo: dict) -> None:
    families = families_of(demo)
    names = [f.name for f in families]
    for name in ("Yılmaz", "Øyen", "Nguyễn", "Wiśniewska", "van der Berg", "El Amrani"):
        assert name in names
    assert any(count == 2 for count in Counter(names).values())  # two families, one surname
    assert all(child.group == 5 for f in families for child in f.children[:1])
    siblings = [f for f in families if len(f.children) > 1]
    assert siblings and all(len(set(f.groups)) == len(f.children) for f in siblings)
    assert all(1 <= c.group <= 8 for f in families for c in f.children)
    assert {len(f.guardians) for f in families} >= {1, 2}
    assert len({f.language for f in families}) >= 6
    assert len({f.channel for f in families}) >= 4
    assert any(f.interpreter for f in families)
    assert any("Korte zinnen" in f.tips or "tolk" in f.tips.lower() for f in families)


def test_a_whole_school_spreads_over_every_group(year: dict) -> None:
    families = families_of(year)
    groups = Counter(c.group for f in families for c in f.children)
    assert set(groups) == set(range(1, 9))
    assert all(f.name for f in families) and len(set(f.name for f in families)) > 150


def test_the_contact_patterns_differ(demo: dict, year: dict) -> None:
    for data in (demo, year):
        families = families_of(data)
        by_family = contacts_by_family(data)
        school_days = len({d["at"][:10] for d in data["contacts"].values()})
        never = [f for f in families if not by_family[f.id]]
        assert never, "a family with no contact at all"
        only_concerns = [
            f
            for f in families
            if by_family[f.id] and all(d["tone"] == "concern" for d in by_family[f.id])
        ]
        assert only_concerns, "a family only contacted about concerns"
        not_met = [f for f in families if f.first_contact is None]
        assert not_met, "a family without a first contact"
        for family in not_met:
            assert all(d.get("reached") is False for d in by_family[family.id])
        daily = max(len(by_family[f.id]) for f in families)
        assert daily >= 0.5 * school_days, "a family seen almost every day"
        attempts = [d for d in data["contacts"].values() if d.get("reached") is False]
        assert attempts and all(d["moment"] in ("phone", "message") for d in attempts)
        assert any(d.get("note") for d in data["contacts"].values())
        assert any(d.get("follow_up") for d in data["contacts"].values())
        assert any(d.get("initiator") == "parent" for d in data["contacts"].values())
        assert {d["tone"] for d in data["contacts"].values()} == {"positive", "neutral", "concern"}


def test_the_first_contact_is_the_earliest_reached_contact(year: dict) -> None:
    by_family = contacts_by_family(year)
    for family in families_of(year):
        reached = sorted(d["at"][:10] for d in by_family[family.id] if d.get("reached", True))
        if reached:
            assert family.first_contact == date.fromisoformat(reached[0]), family.name
        elif family.first_contact is not None:
            # Met before the demo began and not seen since.
            first_day = min(d["at"][:10] for d in year["contacts"].values())
            assert family.first_contact.isoformat() < first_day


def test_notes_are_short_and_dutch(demo: dict) -> None:
    notes = [d["note"] for d in demo["contacts"].values() if d.get("note")]
    assert notes and all(len(note) <= 80 for note in notes)
    assert "{child}" not in " ".join(notes)


# -- the book reads it ----------------------------------------------------------------------


def test_the_book_reads_a_written_demo(tmp_path: Path) -> None:
    path = tmp_path / "demo" / "schoolyard.json"
    write_demo(path, seed=2026, today=NOW)
    book = ContactBook(path, clock=lambda: NOW)
    assert len(book.families()) == 28
    assert len(book.contacts()) == len(build_demo(seed=2026, today=NOW)["contacts"])
    assert book.settings().positive_window_school_days == 10
    assert [h.name for h in book.holidays()] == ["Herfstvakantie", "Studiedag"]
    needing = book.needing_positive_contact()
    assert needing and needing[0].family.first_contact is None
    assert 0 < len(needing) < 28
    assert book.contacts_on(NOW.date())
    assert book.find_families("yilmaz")[0].name == "Yılmaz"
    assert len(book.find_families("de vries")) == 2


def test_a_written_demo_is_0600_and_plain_tinydb(tmp_path: Path) -> None:
    path = tmp_path / "schoolyard-demo.json"
    write_demo(path, families=12, weeks=3, seed=1, today=NOW)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    db = tinydb.TinyDB(path)
    try:
        assert db.tables() == {"families", "contacts", "settings", "holidays"}
        assert len(db.table("families")) == 12
        assert db.table("settings").get(doc_id=1) == {"positive_window_school_days": 10}
    finally:
        db.close()
    assert "Yılmaz".encode() in path.read_bytes()


def test_school_events_fall_on_their_own_days() -> None:
    december = build_demo(seed=1, weeks=6, today=date(2025, 12, 18))
    events = {d["at"][:13] for d in december["contacts"].values() if d["moment"] == "event"}
    assert any(e.startswith("2025-12-05T08") for e in events)  # Sinterklaas, a Friday
    assert any(e.startswith("2025-12-18T1") for e in events)  # kerstdiner before the break
    early = build_demo(seed=1, weeks=6, today=date(2025, 12, 2))
    assert not any(
        d["moment"] == "event" for d in early["contacts"].values() if d["at"] >= "2025-11-08"
    )


# The demo as it was generated before storage/demo.py was split (families, contacts, the
# writer): the same draws in the same order. A deliberate change to the demo, or to the
# document shapes, updates these digests; an accidental one does not pass.
_SMALL = (7, 28, 8, date(2026, 11, 27))
_YEAR = (2026, 400, 40, date(2026, 6, 30))
PINNED = {
    _SMALL: "e7565db32edc96a01bbb951821af2663fbfd035b89cfd746eefccd718996acbf",
    _YEAR: "858f15712bb87d1320b1c2a391eecd93ef4a85bcf206443c2a4f0b6b70555e97",
}


@pytest.mark.parametrize("case", PINNED, ids=["28 families", "a school year"])
def test_a_seed_gives_the_demo_it_always_gave(case) -> None:
    seed, families, weeks, day = case
    data = build_demo(families=families, weeks=weeks, seed=seed, today=day)
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False).encode()
    assert hashlib.sha256(canonical).hexdigest() == PINNED[case]
