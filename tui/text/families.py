"""The Families screen (tui/screens/families.py)."""

TEXT: dict[str, tuple[str, str]] = {
    "families.key.add": ("Nieuw", "New"),
    "families.key.edit": ("Wijzigen", "Edit"),
    "families.key.list": ("Naar de lijst", "To the list"),
    "families.key.archive": ("Archiveren", "Archive"),
    "families.key.unarchive": ("Terugzetten", "Unarchive"),
    "families.key.forget": ("Vergeten", "Forget"),
    "families.key.filter": ("Zoeken", "Search"),
    "families.key.sort": ("Sorteren", "Sort"),
    "families.key.reverse": ("Volgorde omdraaien", "Reverse order"),
    "families.key.archived": ("Archief", "Archived"),
    "families.key.back": ("Terug", "Back"),
    "families.cmd.add": ("Een nieuw gezin toevoegen", "Add a new family"),
    "families.cmd.edit": ("Het gekozen gezin wijzigen", "Edit the highlighted family"),
    "families.cmd.archive": (
        "Het gekozen gezin archiveren of terugzetten",
        "Archive or unarchive the highlighted family",
    ),
    "families.cmd.forget": (
        "Het gekozen gezin en al zijn contacten wissen",
        "Erase the highlighted family and all its contacts",
    ),
    "families.cmd.filter": ("Gezinnen zoeken op naam", "Search families by name"),
    "families.cmd.sort": ("Sorteren op de volgende kolom", "Sort by the next column"),
    "families.cmd.archived": (
        "Gearchiveerde gezinnen tonen of verbergen",
        "Show or hide archived families",
    ),
    "families.filter.placeholder": (
        "Typ om te zoeken: gezin of kind… (Enter: naar de lijst, Esc: wissen)",
        "Type to search: family or child… (Enter: to the list, Esc: clear)",
    ),
    "families.col.family": ("Gezin", "Family"),
    "families.col.children": ("Kinderen (groep)", "Children (group)"),
    "families.col.last_contact": ("Laatste contact", "Last contact"),
    "families.col.last_positive": ("Laatst positief", "Last positive"),
    "families.col.days": ("Dagen", "Days"),
    "families.col.month": ("Deze maand", "This month"),
    "families.col.last_contact.short": ("Contact", "Contact"),
    "families.col.last_positive.short": ("Positief", "Positive"),
    "families.col.month.short": ("Maand", "Month"),
    "families.archived": ("archief", "archived"),
    "families.count": ("{count} gezinnen", "{count} families"),
    "families.count.one": ("1 gezin", "1 family"),
    "families.no_match": ("Geen gezin gevonden voor ‘{query}’", "No family found for ‘{query}’"),
    "families.sorted": (
        "gesorteerd op {column} (ctrl+s: volgende kolom, ctrl+t: omdraaien)",
        "sorted by {column} (ctrl+s: next column, ctrl+t: reverse)",
    ),
    "families.archived_hidden": (
        "{count} gearchiveerd verborgen (ctrl+g)",
        "{count} archived hidden (ctrl+g)",
    ),
    "families.legend": (
        "○ nog geen kennismaking · ! positief contact nodig · d: kalenderdagen sinds +",
        "○ no first contact yet · ! needs positive contact · d: calendar days since +",
    ),
    "families.contacts.one": ("1 contact", "1 contact"),
    "families.contacts": ("{count} contacten", "{count} contacts"),
    "families.added": ("Gezin {name} toegevoegd.", "Family {name} added."),
    "families.saved": (
        "Gezin {name} bewaard; ctrl+z maakt het ongedaan.",
        "Family {name} saved; ctrl+z undoes it.",
    ),
    "families.unchanged": (
        "Niets gewijzigd bij gezin {name}.",
        "Nothing changed for family {name}.",
    ),
    "families.archived_done": (
        "Gezin {name} gearchiveerd; ctrl+z maakt het ongedaan, ctrl+g toont het archief.",
        "Family {name} archived; ctrl+z undoes it, ctrl+g shows the archive.",
    ),
    "families.unarchived": (
        "Gezin {name} is weer actief; ctrl+z maakt het ongedaan.",
        "Family {name} is active again; ctrl+z undoes it.",
    ),
    "families.gone": (
        "Dit gezin bestaat niet meer (elders gewist?).",
        "This family no longer exists (erased elsewhere?).",
    ),
    "families.forget.confirm": (
        "Gezin {name}{children} en {contacts} worden definitief gewist. "
        "Dit kan niet ongedaan worden gemaakt.",
        "Family {name}{children} and {contacts} will be erased for good. This cannot be undone.",
    ),
    "forget.key.keep": ("Niet wissen", "Keep it"),
    "forget.prompt": (
        "Typ de naam van het gezin ({name}) en Enter om te wissen:",
        "Type the family's name ({name}) and Enter to erase:",
    ),
    "forget.hint": (
        "Esc: niet wissen · hoofdletters en accenten tellen niet mee",
        "Esc: keep it · capitals and accents do not matter",
    ),
    "forget.empty": (
        "Er is niets gewist. Typ eerst de naam van het gezin.",
        "Nothing was erased. Type the family's name first.",
    ),
    "forget.wrong": (
        "Dat is niet ‘{name}’; er is niets gewist.",
        "That is not ‘{name}’; nothing was erased.",
    ),
    "families.forgotten": (
        "Gezin {name} en {contacts} zijn gewist.",
        "Family {name} and {contacts} have been erased.",
    ),
}
