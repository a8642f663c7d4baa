"""Moments, tones, who started it, dates and shared words."""

TEXT: dict[str, tuple[str, str]] = {
    "moment.pickup": ("ophalen", "pick-up"),
    "moment.dropoff": ("brengen", "drop-off"),
    "moment.walkin": ("inloop", "walk-in"),
    "moment.schoolyard": ("schoolplein", "schoolyard"),
    "moment.phone": ("telefoon", "phone"),
    "moment.message": ("bericht", "message"),
    "moment.meeting": ("gesprek", "meeting"),
    "moment.homevisit": ("huisbezoek", "home visit"),
    "moment.event": ("activiteit", "event"),
    "moment.other": ("anders", "other"),
    # Tones.
    "tone.positive": ("positief", "positive"),
    "tone.neutral": ("neutraal", "neutral"),
    "tone.concern": ("zorg", "concern"),
    # Who started it.
    "initiator.teacher": ("leerkracht", "teacher"),
    "initiator.parent": ("ouder", "parent"),
    # Dates.
    "date.today": ("vandaag", "today"),
    "date.yesterday": ("gisteren", "yesterday"),
    "date.never": ("nooit", "never"),
    "date.week": ("week {week}", "week {week}"),
    "date.days": ("{days} d", "{days} d"),
    # Shared words.
    "word.family": ("gezin", "family"),
    "word.families": ("gezinnen", "families"),
    "word.children": ("kinderen", "children"),
    "word.group": ("groep", "group"),
    "word.no_first_contact": ("nog geen kennismaking", "no first contact yet"),
    "word.not_reached": ("niet bereikt", "not reached"),
}
