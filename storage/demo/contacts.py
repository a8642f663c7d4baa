"""The demo's contacts: when each family is seen, how, in what tone, and the school's events.

Part of the demo (storage/demo.py builds it); times are made in the school's own time
zone, so the UTC offset is right on both sides of a DST change.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from storage.demo import names as names
from storage.demo.calendar import school_holidays, school_tz
from storage.demo.families import Member, weighted
from storage.records import Initiator, Moment, Tone, contact_doc


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


class ContactMaker:
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
        start, end, _ = weighted(self.rng, ((w, w[2]) for w in minutes))
        minute = self.rng.randint(start, end)
        return datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=self.tz)

    def add(
        self,
        member: Member,
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

    def everyday(self, member: Member) -> None:
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

    def _one(self, member: Member, day: date, moments, tones) -> None:
        moment = weighted(self.rng, moments)
        tone = weighted(
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

    def meetings(self, members: list[Member]) -> None:
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
                tone = weighted(
                    self.rng, zip((Tone.POSITIVE, Tone.NEUTRAL, Tone.CONCERN), tones, strict=True)
                )
                kind = "meeting" if tone is not Tone.CONCERN else None
                self.add(member, at, Moment.MEETING, tone, note_kind=kind)

    def events(self, members: list[Member]) -> None:
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
