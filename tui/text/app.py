"""The app and its navigation (tui/app.py)."""

TEXT: dict[str, tuple[str, str]] = {
    "app.demo": ("Demo, niets wordt bewaard", "Demo, nothing is saved"),
    "app.refused": (
        "{file} is niet veranderd: Schoolyard kon deze invoer niet bewaren. Kijk de invoer na"
        " en probeer het opnieuw.",
        "{file} was not changed: Schoolyard could not keep this entry. Check what was typed"
        " and try again.",
    ),
    "app.unreadable": (
        "Schoolyard kon {file} nu niet lezen. Wat je ziet, kan verouderd zijn; er is niets"
        " veranderd.",
        "Schoolyard could not read {file} just now. What you see may be out of date; nothing"
        " was changed.",
    ),
    "app.nothing_to_undo": ("Niets om ongedaan te maken.", "Nothing to undo."),
    "app.undone.log": ("Ongedaan: contact met {families}.", "Undone: contact with {families}."),
    "app.undone.edit": (
        "Ongedaan: wijziging van contact met {families}.",
        "Undone: change to the contact with {families}.",
    ),
    "app.undone.delete": (
        "Teruggezet: contact met {families}.",
        "Restored: contact with {families}.",
    ),
    "crash.line": (
        "Er ging iets onverwachts mis; uw gegevens zijn bewaard zoals ze waren. "
        "Een foutrapport (zonder namen) staat in {report}",
        "Something unexpected went wrong; your data is kept as it was. "
        "A crash report (without names) is in {report}",
    ),
    "crash.no_report": (
        "Er ging iets onverwachts mis; uw gegevens zijn bewaard zoals ze waren.",
        "Something unexpected went wrong; your data is kept as it was.",
    ),
    "app.undone.archive": (
        "Ongedaan: archiveren van gezin {families}; het is weer actief.",
        "Undone: archiving family {families}; it is active again.",
    ),
    "app.undone.unarchive": (
        "Ongedaan: terugzetten van gezin {families}; het staat weer in het archief.",
        "Undone: unarchiving family {families}; it is archived again.",
    ),
    "app.undone.family_edit": (
        "Ongedaan: wijziging van gezin {families}.",
        "Undone: the change to family {families}.",
    ),
    "nav.help": ("Hulp", "Help"),
    "nav.help.help": ("Alle toetsen en wat ze doen", "Every key and what it does"),
    "nav.today": ("Vandaag", "Today"),
    "nav.today.help": (
        "Contact loggen en zien wie aandacht nodig heeft",
        "Log a contact and see who needs one",
    ),
    "nav.families": ("Gezinnen", "Families"),
    "nav.families.help": (
        "Gezinnen toevoegen, wijzigen, archiveren",
        "Add, edit and archive families",
    ),
    "nav.history": ("Geschiedenis", "History"),
    "nav.history.help": (
        "Alle contacten: filteren, wijzigen, verwijderen",
        "All contacts: filter, edit, delete",
    ),
    "nav.week": ("Week", "Week"),
    "nav.week.help": (
        "Wie heeft een positief contact nodig, mix en reflectie",
        "Who needs a positive contact, mix and reflection",
    ),
    "nav.settings": ("Instellingen", "Settings"),
    "nav.settings.help": (
        "Vakanties, studiedagen en het venster",
        "Holidays, study days and the window",
    ),
    "nav.undo": ("Ongedaan maken", "Undo"),
    "nav.undo.help": (
        "Het laatste contact, archiveren of gezinswijziging terugdraaien",
        "Take back the last contact entry, archiving or family change",
    ),
}
