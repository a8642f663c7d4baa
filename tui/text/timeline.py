"""One family's timeline (tui/screens/timeline.py) and the key that opens it."""

TEXT: dict[str, tuple[str, str]] = {
    "timeline.key.open": ("Verhaal", "Story"),
    "timeline.key.log": ("Loggen", "Log"),
    "timeline.key.edit": ("Wijzigen", "Edit"),
    "timeline.key.delete": ("Verwijderen", "Delete"),
    "timeline.key.back": ("Terug", "Back"),
    "timeline.cmd.log": ("Een contact met dit gezin loggen", "Log a contact with this family"),
    "timeline.cmd.edit": ("Het gekozen contact wijzigen", "Edit the highlighted contact"),
    "timeline.cmd.delete": ("Het gekozen contact verwijderen", "Delete the highlighted contact"),
    "timeline.title": ("Verhaal van {family}", "Story of {family}"),
    "timeline.no_family": ("Kies eerst een gezin.", "Pick a family first."),
    "timeline.gone": (
        "Dit gezin staat niet meer in het bestand.",
        "This family is no longer in the data file.",
    ),
    "timeline.children": ("Kinderen: {children}", "Children: {children}"),
    "timeline.guardians": ("Ouders: {guardians}", "Parents: {guardians}"),
    "timeline.language": ("Thuistaal: {language}", "Home language: {language}"),
    "timeline.interpreter": (
        "tolk of eenvoudige taal helpt",
        "an interpreter or simple language helps",
    ),
    "timeline.channel": ("Kanaal: {channel}", "Channel: {channel}"),
    "timeline.archived": ("gearchiveerd", "archived"),
    "timeline.first_contact": ("Kennismaking: {day}", "First contact: {day}"),
    "timeline.first_contact.none": (
        "Nog geen kennismaking. Een eerste contact kan spannend zijn voor ouders: maak het "
        "persoonlijk en ontspannen, met interesse in ouder en kind, zodat ze zich welkom voelen.",
        "No first contact yet. A first contact can feel daunting to parents: make it personal "
        "and relaxed, with interest in parent and child, so they feel welcome.",
    ),
    "timeline.planned": ("Gepland: {weeks}", "Planned: {weeks}"),
    "timeline.planned.none": ("Gepland: nee", "Planned: no"),
    "timeline.this_week": ("deze week", "this week"),
    "timeline.tips": ("Tips: {tips}", "Tips: {tips}"),
    "timeline.tips.none": ("Tips: nog geen", "Tips: none yet"),
    "timeline.contacts.one": ("1 contact", "1 contact"),
    "timeline.contacts": ("{count} contacten", "{count} contacts"),
    "timeline.attempts.one": ("1 poging", "1 attempt"),
    "timeline.attempts": ("{count} pogingen", "{count} attempts"),
    "timeline.last_positive": ("laatste positieve: {day}", "last positive: {day}"),
    "timeline.none": (
        "Nog geen contacten met dit gezin. ctrl+l logt het eerste.",
        "No contacts with this family yet. ctrl+l logs the first.",
    ),
    "timeline.follow_up": ("opvolgen", "follow up"),
    "help.section.timeline": ("Verhaal van een gezin (ctrl+f)", "A family's story (ctrl+f)"),
    "help.timeline.typing": (
        "typen doet hier niets: alleen de toetsen hieronder",
        "typing does nothing here: only the keys below",
    ),
}
