"""A believable demo class: families of a Dutch primary school and weeks of contacts.

`build_demo` returns the raw TinyDB data (the same document shapes the book writes);
`write_demo` writes it through the one atomic path. The same seed and the same `today`
give the same bytes on every machine: times are generated in the school's own time zone
(Europe/Amsterdam), so the UTC offset is right on both sides of a DST change.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from . import demonames as names
from .book import now_local
from .jsonstore import atomic_write, dumps, locked
from .records import Child, Family, Initiator, Moment, Tone, contact_doc
from .schoolcalendar import school_holidays, school_tz

WINDOW_SCHOOL_DAYS = 10
CLASS_GROUP = 5
"""A demo of one class (up to 36 families) is groep 5; siblings sit in other groups."""


def _moments(text: str) -> tuple[tuple[Moment, float], ...]:
    """`pickup 3|dropoff 2` → ((Moment.PICKUP, 3.0), (Moment.DROPOFF, 2.0))."""
    pairs = (part.split() for part in text.split("|"))
    return tuple((Moment(name), float(weight)) for name, weight in pairs)


# Per pattern: chance of a logged contact on a school day, moments, tones (+ = -).
PATTERNS: dict[str, tuple[float, tuple[tuple[Moment, float], ...], tuple[int, int, int]]] = {
    "daily": (0.6, _moments("dropoff 4|pickup 5|schoolyard 2|walkin 1.5|message 0.5"), (70, 25, 5)),
    "regular": (
        0.3,
        _moments("pickup 3|dropoff 2|schoolyard 1|walkin 1|message 1|phone 0.5"),
        (60, 30, 10),
    ),
    "occasional": (
        0.07,
        _moments("pickup 1|message 1.5|phone 1|walkin 0.5|schoolyard 0.5|homevisit 0.1"),
        (50, 35, 15),
    ),
    "concern_only": (0.06, _moments("phone 3|message 2|meeting 2|pickup 1"), (0, 0, 1)),
}
PATTERNS["faded"] = PATTERNS["regular"]
"""Seen regularly, then no more: the families the week screen is for."""

EVENT_CHANCE = {"daily": 0.55, "regular": 0.35, "faded": 0.3, "occasional": 0.15}
MEETING_WEEKS = (46, 11)
"""The 10-minutengesprekken: November and March."""

# Minute windows per moment, weighted: drop-off 08:10–08:40, pick-up 14:45–15:20, …
WINDOWS: dict[Moment, tuple[tuple[int, int, int], ...]] = {
    Moment.DROPOFF: ((490, 520, 1),),
    Moment.PICKUP: ((885, 920, 1),),
    Moment.WALKIN: ((500, 515, 1),),
    Moment.SCHOOLYARD: ((490, 510, 1), (885, 915, 1)),
    Moment.PHONE: ((615, 630, 1), (720, 780, 2), (930, 1050, 3)),
    Moment.MESSAGE: ((720, 780, 2), (930, 1080, 3), (1140, 1260, 1)),
    Moment.MEETING: ((930, 1020, 1),),
    Moment.HOMEVISIT: ((930, 1020, 1),),
    Moment.OTHER: ((930, 1020, 1),),
}
PARENT_STARTS = {Moment.WALKIN: 0.7, Moment.MESSAGE: 0.5, Moment.PHONE: 0.4, Moment.MEETING: 0.3}
ATTEMPT_CHANCE = 0.12
"""A call or message that reached nobody."""


@dataclass
class _Member:
    """A demo family while it is being made: the record plus how it is in contact."""

    family: Family
    pattern: str
    attempts: bool = False
    docs: list[tuple[datetime, dict[str, Any]]] = field(default_factory=list)


def build_demo(
    *,
    families: int = 28,
    weeks: int = 8,
    seed: int | None = None,
    today: date | None = None,
) -> dict[str, dict[str, dict[str, Any]]]:
    """The raw TinyDB data of a demo class: families, contacts, settings and holidays.

    `today` may be a date (the data runs to the end of that day, never past the real
    clock) or an aware datetime (the data runs to that moment).
    """
    if families < 0 or weeks < 0:
        raise ValueError("families and weeks cannot be negative")
    rng = random.Random(seed)
    now = _as_of(today)
    last_day = now.date()
    first_day = last_day - timedelta(days=7 * weeks - 1)
    holidays = school_holidays(first_day, last_day) if weeks else []
    closed = {h[0] + timedelta(days=i) for h in holidays for i in range((h[1] - h[0]).days + 1)}
    school_days = [
        day
        for i in range(7 * weeks)
        if (day := first_day + timedelta(days=i)).weekday() < 5 and day not in closed
    ]
    members = _make_families(rng, families)
    maker = _ContactMaker(rng, now, school_days, holidays)
    for member in members:
        maker.everyday(member)
    maker.meetings(members)
    maker.events(members)
    contacts: list[tuple[datetime, int, dict[str, Any]]] = []
    for member in members:
        reached = [at.date() for at, doc in member.docs if doc.get("reached", True)]
        first = min(reached) if reached else None
        if member.pattern == "never" and school_days:
            # Met at the start of the year, before the demo begins; not seen since.
            first = first_day - timedelta(days=rng.randint(5, 30))
        member.family = replace(member.family, first_contact=first)
        contacts += [(at, member.family.id, doc) for at, doc in member.docs]
    contacts.sort(key=lambda item: (item[0], item[1]))
    return {
        "families": {str(m.family.id): m.family.to_doc() for m in members},
        "contacts": {str(i): doc for i, (_, _, doc) in enumerate(contacts, start=1)},
        "settings": {"1": {"positive_window_school_days": WINDOW_SCHOOL_DAYS}},
        "holidays": {
            str(i): {"from": start.isoformat(), "to": end.isoformat(), "name": name}
            for i, (start, end, name) in enumerate(holidays, start=1)
        },
    }


def write_demo(
    path: Path,
    *,
    families: int = 28,
    weeks: int = 8,
    seed: int | None = None,
    today: date | None = None,
) -> None:
    """Write a demo class to `path` atomically under the lock (a new file is 0600)."""
    data = build_demo(families=families, weeks=weeks, seed=seed, today=today)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with locked(path):
        atomic_write(path, dumps(data))


def _as_of(today: date | None) -> datetime:
    real_now = now_local().astimezone(school_tz())
    if today is None:
        return real_now
    if isinstance(today, datetime):
        return (today if today.tzinfo else today.astimezone()).astimezone(school_tz())
    end_of_day = datetime.combine(today, time(23, 59, 59), school_tz())
    return min(end_of_day, real_now) if today >= real_now.date() else end_of_day


def _weighted(rng: random.Random, pairs) -> Any:
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights)[0]


def _patterns(rng: random.Random, count: int) -> list[str]:
    """A mix of contact patterns, with every kind the week screen must show present."""
    shares = (
        ("not_met", max(1, round(count * 0.06))),
        ("concern_only", max(1, round(count * 0.05))),
        ("never", max(1, round(count * 0.05))),
        ("daily", round(count * 0.2)),
        ("faded", round(count * 0.08)),
        ("occasional", round(count * 0.2)),
    )
    plan = [pattern for pattern, n in shares for _ in range(n)][:count]
    plan += ["regular"] * (count - len(plan))
    rng.shuffle(plan)
    return plan


def _make_families(rng: random.Random, count: int) -> list[_Member]:
    patterns = _patterns(rng, count)
    used: set[str] = set()
    one_class = count <= 36
    members = []
    not_met_seen = 0
    for index in range(count):
        if index < len(names.HEADLINERS):
            key, surname = names.HEADLINERS[index]
            background = names.BY_KEY[key]
        else:
            background = _weighted(rng, ((b, b.weight) for b in names.BACKGROUNDS))
            surname = _fresh_surname(rng, background, used)
        used.add(surname)
        family = _make_family(rng, index + 1, background, surname, one_class)
        if surname in names.NEED_INTERPRETER and index < len(names.HEADLINERS):
            family = replace(
                family, interpreter=True, tips=family.tips or names.TIPS_INTERPRETER[0]
            )
        pattern = patterns[index]
        if pattern == "daily" and rng.random() < 0.3:
            family = replace(family, channel="persoonlijk")
        member = _Member(family, pattern)
        if pattern == "not_met":
            member.attempts = not_met_seen % 2 == 0
            not_met_seen += 1
        members.append(member)
    return members


def _fresh_surname(rng: random.Random, background: names.Background, used: set[str]) -> str:
    free = [s for s in background.surnames if s not in used]
    if free:
        return rng.choice(free)
    if background.key == "dutch":
        first, second = rng.sample(background.surnames, 2)
        return f"{first}-{second}"
    return rng.choice(background.surnames)  # a second Nguyễn family is no surprise


def _make_family(
    rng: random.Random, family_id: int, bg: names.Background, surname: str, one_class: bool
) -> Family:
    kind = _weighted(
        rng,
        (("two", 45), ("own_name", 20), ("mother", 18), ("father", 5), ("grand", 7), ("homes", 5)),
    )
    if surname == "Wiśniewski":
        kind = "mother"  # so the demo always holds a Wiśniewska

    def person(first: str, last: str) -> str:
        return f"{last} {first}" if bg.surname_first else f"{first} {last}"

    mother_name = names.female_surname(surname) if bg.gendered else surname
    mother = person(rng.choice(bg.mothers), mother_name)
    father = person(rng.choice(bg.fathers), surname)
    if kind == "own_name":
        other = rng.choice([s for s in bg.surnames if s != surname] or [surname])
        guardians = [person(rng.choice(bg.mothers), other), father]
    elif kind == "mother":
        guardians = [mother]
    elif kind == "father":
        guardians = [father]
    elif kind == "grand":
        role = rng.choice(names.GRANDPARENT.get(bg.key, ("oma", "opa")))
        elder = rng.choice(bg.mothers if role == "oma" else bg.fathers)
        guardians = [rng.choice([mother, father]), f"{person(elder, surname)} ({role})"]
    else:
        guardians = [mother, father]
    display = mother_name if kind == "mother" else surname

    count = _weighted(rng, ((1, 45), (2, 40), (3, 13), (4, 2)))
    groups = list(range(1, 9))
    first_group = CLASS_GROUP if one_class else rng.choice(groups)
    groups.remove(first_group)
    child_groups = [first_group, *rng.sample(groups, count - 1)]
    pool = list(bg.girls + bg.boys)
    children = tuple(
        Child(name, group)
        for name, group in zip(rng.sample(pool, count), child_groups, strict=True)
    )

    language = _weighted(rng, bg.languages)
    interpreter = language != "Nederlands" and rng.random() < bg.interpreter
    channel = _weighted(rng, bg.channels)
    tips = []
    if interpreter:
        tips.append(rng.choice(names.TIPS_INTERPRETER))
        if rng.random() < 0.3:
            tips.append(names.TIP_NEWCOMER)
    if language == "Engels":
        tips.append(names.TIP_ENGLISH)
    if channel == "telefoon" and rng.random() < 0.4:
        tips.append(names.TIP_PHONE)
    if kind == "homes":
        tips.append(names.TIP_TWO_HOMES)
    if not tips and rng.random() < 0.3:
        tips.append(rng.choice(names.TIPS_GENERAL))
    return Family(
        id=family_id,
        name=display,
        children=children,
        guardians=tuple(guardians),
        language=language,
        interpreter=interpreter,
        channel=channel,
        tips=" ".join(tips),
    )


class _ContactMaker:
    """Makes the contacts of the demo period, none in the future, none off school days."""

    def __init__(
        self,
        rng: random.Random,
        now: datetime,
        school_days: list[date],
        holidays: list[tuple[date, date, str]],
    ) -> None:
        self.rng = rng
        self.now = now
        self.days = school_days
        self.holidays = holidays
        self.tz = school_tz()

    def at(self, day: date, minutes: tuple[tuple[int, int, int], ...]) -> datetime:
        start, end, _ = _weighted(self.rng, ((w, w[2]) for w in minutes))
        minute = self.rng.randint(start, end)
        return datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=self.tz)

    def add(
        self,
        member: _Member,
        at: datetime,
        moment: Moment,
        tone: Tone,
        *,
        reached: bool = True,
        note_kind: str | None = None,
    ) -> None:
        if at > self.now:
            return
        rng = self.rng
        kind = note_kind or (tone.value if reached else "attempt")
        note = ""
        if not reached or rng.random() < 0.35:
            child = rng.choice(member.family.children).name if member.family.children else ""
            note = rng.choice(names.NOTES[kind]).format(child=child)
        parent = 0.45 if member.pattern == "concern_only" else PARENT_STARTS.get(moment, 0.35)
        if moment in (Moment.HOMEVISIT, Moment.EVENT) or not reached:
            parent = 0.0
        follow = 0.5 if not reached else {"concern": 0.4, "neutral": 0.1}.get(tone.value, 0.02)
        doc = contact_doc(
            member.family.id,
            at,
            moment,
            tone,
            initiator=Initiator.PARENT if rng.random() < parent else Initiator.TEACHER,
            reached=reached,
            note=note,
            follow_up=rng.random() < follow,
        )
        member.docs.append((at, doc))

    def everyday(self, member: _Member) -> None:
        rng = self.rng
        if member.pattern == "not_met":
            if member.attempts and self.days:
                for day in rng.sample(self.days, min(len(self.days), rng.randint(1, 3))):
                    moment = rng.choice((Moment.PHONE, Moment.MESSAGE))
                    self.add(
                        member, self.at(day, WINDOWS[moment]), moment, Tone.NEUTRAL, reached=False
                    )
            return
        if member.pattern not in PATTERNS:
            return
        rate, moments, tones = PATTERNS[member.pattern]
        days = self.days
        if member.pattern == "faded":
            days = days[: int(len(days) * 0.55)]
        for day in days:
            if rng.random() >= rate:
                continue
            self._one(member, day, moments, tones)
        if member.pattern == "concern_only" and not member.docs and self.days:
            # Only ever heard from about problems: at least once, or the demo cannot show it.
            day = rng.choice([d for d in self.days if d < self.now.date()] or self.days)
            self._one(member, day, moments, tones)

    def _one(self, member: _Member, day: date, moments, tones) -> None:
        moment = _weighted(self.rng, moments)
        tone = _weighted(
            self.rng, zip((Tone.POSITIVE, Tone.NEUTRAL, Tone.CONCERN), tones, strict=True)
        )
        reached = not (
            moment in (Moment.PHONE, Moment.MESSAGE) and self.rng.random() < ATTEMPT_CHANCE
        )
        self.add(
            member,
            self.at(day, WINDOWS[moment]),
            moment,
            tone if reached else Tone.NEUTRAL,
            reached=reached,
        )

    def meetings(self, members: list[_Member]) -> None:
        """The 10-minutengesprekken: afternoons and evenings of one week."""
        for week in MEETING_WEEKS:
            days = [d for d in self.days if d.isocalendar()[1] == week and d.weekday() < 4]
            if not days:
                continue
            for member in members:
                if member.pattern in ("never", "not_met") or self.rng.random() > 0.85:
                    continue
                day = self.rng.choice(days)
                at = self.at(day, ((930, 1020, 2), (1110, 1230, 3)))
                tones = (0, 0, 1) if member.pattern == "concern_only" else (60, 32, 8)
                tone = _weighted(
                    self.rng, zip((Tone.POSITIVE, Tone.NEUTRAL, Tone.CONCERN), tones, strict=True)
                )
                kind = "meeting" if tone is not Tone.CONCERN else None
                self.add(member, at, Moment.MEETING, tone, note_kind=kind)

    def events(self, members: list[_Member]) -> None:
        """Koffieochtend, Sinterklaas, kerstdiner, informatieavond: who came is logged."""
        if not self.days:
            return
        faded_until = self.days[int(len(self.days) * 0.55) - 1] if len(self.days) > 1 else None
        for day, minutes in self._event_days():
            for member in members:
                chance = EVENT_CHANCE.get(member.pattern, 0.0)
                if member.pattern == "faded" and (faded_until is None or day > faded_until):
                    chance = 0.0
                if self.rng.random() < chance:
                    tone = Tone.POSITIVE if self.rng.random() < 0.9 else Tone.NEUTRAL
                    self.add(member, self.at(day, minutes), Moment.EVENT, tone)

    def _event_days(self) -> list[tuple[date, tuple[tuple[int, int, int], ...]]]:
        """The school's events on their own dates, whether or not the period ends before."""
        days = set(self.days)
        events = []
        for year, month in sorted({(d.year, d.month) for d in self.days}):
            koffieochtend = _nth_weekday(year, month, 4, 1)
            events.append((koffieochtend, ((510, 555, 1),)))
            if month == 9:
                events.append((_nth_weekday(year, 9, 1, 2), ((1140, 1230, 1),)))  # infoavond
            if month == 12:
                sinterklaas = date(year, 12, 5)
                while sinterklaas.weekday() >= 5:
                    sinterklaas -= timedelta(days=1)
                events.append((sinterklaas, ((510, 540, 1),)))
                breaks = school_holidays(date(year, 12, 1), date(year, 12, 31))
                for start, _, name in breaks:
                    if name == "Kerstvakantie":  # kerstdiner: the Thursday before
                        events.append((start - timedelta(days=2), ((1050, 1140, 1),)))
        return [(day, minutes) for day, minutes in events if day in days]


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th Monday (0) … Sunday (6) of a month."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
