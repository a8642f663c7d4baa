"""The school year's archives, retention and the daily backups (`year …`, `backup …`)."""

TEXT: dict[str, tuple[str, str]] = {
    "cli.cmd.year": (
        "schooljaar: archieven, afsluiten (close), bewaartermijn (retention), opruimen (purge)",
        "school year: archives, close, retention, purge",
    ),
    "cli.cmd.backup": (
        "de dagelijkse reservekopieën: list, restore DATUM",
        "the daily backups: list, restore DATE",
    ),
    "cli.h.year_list": (
        "de archieven naast het gegevensbestand",
        "the archives beside the data file",
    ),
    "cli.h.year_close": (
        "zet alles van vóór het begin van dit schooljaar in een archiefbestand",
        "move everything from before this school year's start into an archive file",
    ),
    "cli.h.archive_families": (
        "de groep(en) van je nieuwe klas, bijvoorbeeld 5 of 5,6: gezinnen zonder kind "
        "in die groepen worden gearchiveerd",
        "the group(s) of your new class, for example 5 or 5,6: families with no child in "
        "those groups are archived",
    ),
    "cli.h.year_retention": (
        "toon of zet hoeveel schooljaren archieven bewaard blijven",
        "show or set how many school years archives are kept",
    ),
    "cli.h.year_start": (
        "toon of zet de eerste dag van het schooljaar, als MM-DD (standaard 08-01)",
        "show or set the school year's first day, as MM-DD (default 08-01)",
    ),
    "cli.h.year_purge": (
        "verwijder de archieven die ouder zijn dan de bewaartermijn (vraagt eerst)",
        "delete the archives older than the retention setting (asks first)",
    ),
    "cli.h.backup_list": ("de reservekopieën, oudste eerst", "the backups, oldest first"),
    "cli.h.backup_restore": (
        "zet een reservekopie terug (vraagt eerst; het huidige bestand blijft als kopie)",
        "put a backup back (asks first; the current file is kept as a backup)",
    ),
    "cli.h.backup_date": (
        "de dag van de kopie (2026-11-24) of de naam uit `backup list`",
        "the backup's day (2026-11-24) or its name from `backup list`",
    ),
    # year close
    "years.closed": (
        "{contacts} contacten, {plans} plannen en {reflections} reflecties van {year} staan "
        "nu in {file}.",
        "{contacts} contacts, {plans} plans and {reflections} reflections of {year} are now "
        "in {file}.",
    ),
    "years.nothing_to_close": (
        "Niets van vóór {day} om te archiveren: het bestand houdt alleen dit schooljaar.",
        "Nothing from before {day} to archive: the data file holds this school year only.",
    ),
    "years.families_archived": (
        "{count} gezin(nen) zonder kind in groep {groups} gearchiveerd: {names}",
        "{count} families with no child in group {groups} archived: {names}",
    ),
    "years.bad_groups": (
        "‘{value}’ is geen lijst van groepen; schrijf bijvoorbeeld 5 of 5,6",
        "‘{value}’ is not a list of groups; write for example 5 or 5,6",
    ),
    # year list / retention / start
    "years.none": ("Er zijn nog geen archieven.", "There are no archives yet."),
    "years.archive_line": (
        "{year}  {contacts} contacten  {file}",
        "{year}  {contacts} contacts  {file}",
    ),
    "years.retention_unset": (
        "Bewaartermijn: niet ingesteld; er wordt niets opgeruimd. Zet hem met "
        "`schoolyard year retention N` (de school bepaalt hoe lang; AVG).",
        "Retention: not set; nothing is purged. Set it with `schoolyard year retention N` "
        "(the school decides how long; GDPR).",
    ),
    "years.retention": (
        "Bewaartermijn: archieven blijven {years} schooljaar/jaren bewaard.",
        "Retention: archives are kept for {years} school year(s).",
    ),
    "years.bad_retention": (
        "‘{value}’ is geen aantal schooljaren van 1 tot 50",
        "‘{value}’ is not a number of school years from 1 to 50",
    ),
    "years.start": (
        "Het schooljaar begint op {day}.",
        "The school year starts on {day}.",
    ),
    "years.bad_start": (
        "‘{value}’ is geen dag als MM-DD, bijvoorbeeld 08-01 voor 1 augustus",
        "‘{value}’ is not a day as MM-DD, for example 08-01 for 1 August",
    ),
    # purge
    "years.purge_none": (
        "Geen archieven ouder dan de bewaartermijn; er is niets verwijderd.",
        "No archives older than the retention setting; nothing was deleted.",
    ),
    "years.purge_named": (
        "Ouder dan de bewaartermijn ({years} schooljaar/jaren), en dus te verwijderen:",
        "Older than the retention setting ({years} school year(s)), so to be deleted:",
    ),
    "years.purge_prompt": ("Deze bestanden verwijderen? [j/N] ", "Delete these files? [y/N] "),
    "years.purge_needs_yes": (
        "Verwijderen vraagt om bevestiging: voer het uit in een terminal, of met --yes",
        "Deleting needs a confirmation: run it in a terminal, or with --yes",
    ),
    "years.purge_kept": ("Niets verwijderd.", "Nothing deleted."),
    "years.purged": ("Verwijderd: {file}", "Deleted: {file}"),
    # backups
    "backups.none": (
        "Er zijn nog geen reservekopieën (de eerste wijziging van een dag maakt er een).",
        "There are no backups yet (the first change of a day makes one).",
    ),
    "backups.line": ("{name}  {size} kB  {file}", "{name}  {size} kB  {file}"),
    "backups.unknown": (
        "Geen reservekopie ‘{value}’; `schoolyard backup list` toont ze",
        "No backup ‘{value}’; `schoolyard backup list` shows them",
    ),
    "backups.restore_warning": (
        "Het gegevensbestand wordt vervangen door de kopie van {name}; het huidige "
        "bestand blijft bewaard als reservekopie.",
        "The data file will be replaced by the backup of {name}; the current file is kept "
        "as a backup.",
    ),
    "backups.restore_prompt": ("Terugzetten? [j/N] ", "Restore it? [y/N] "),
    "backups.restore_needs_yes": (
        "Terugzetten vraagt om bevestiging: voer het uit in een terminal, of met --yes",
        "Restoring needs a confirmation: run it in a terminal, or with --yes",
    ),
    "backups.restore_kept": ("Niets veranderd.", "Nothing changed."),
    "backups.restored": (
        "Teruggezet: {name}. Het bestand van daarvoor staat in {kept}.",
        "Restored: {name}. The file as it was is in {kept}.",
    ),
    "backup.folder_odd": (
        "dit hoort de map met reservekopieën ({folder}) te zijn, maar het is een koppeling "
        "of een bestand; zet dat opzij, dan maakt Schoolyard de map zelf",
        "this should be Schoolyard's backup folder ({folder}), but it is a link or a file; "
        "move it away so Schoolyard can make the folder",
    ),
    # forget
    "cli.forget_files": (
        "Gewist uit deze bestanden: {files}",
        "Erased from these files: {files}",
    ),
    "cli.forget_unreadable": (
        "Niet te lezen en dus niet gewist (beschadigd?): {file}",
        "Could not be read, so not erased (damaged?): {file}",
    ),
    # -- Settings: the school year and retention (tui/screens/settings_year.py) --------------
    "settings.year.title": ("Schooljaar en archieven", "School year and archives"),
    "settings.year.began": (
        "Dit schooljaar begon op {day}. Archieven: {archives}.",
        "This school year began on {day}. Archives: {archives}.",
    ),
    "settings.year.no_archives": ("nog geen", "none yet"),
    "settings.year.close": ("Schooljaar afsluiten…", "Close the school year…"),
    "settings.key.close_year": ("Jaar afsluiten", "Close year"),
    "settings.key.close_year.help": (
        "alles van vóór dit schooljaar naar een archiefbestand (vraagt eerst)",
        "move everything from before this school year into an archive file (asks first)",
    ),
    "settings.year.nothing": (
        "Er is niets van vóór {day} om af te sluiten.",
        "There is nothing from before {day} to close.",
    ),
    "settings.year.confirm": (
        "Schooljaar afsluiten? Alles van vóór {day} gaat naar het archief:\n{lines}\n"
        "De gezinnen blijven. Archieven zijn alleen te lezen (Geschiedenis, tijdlijn: a).",
        "Close the school year? Everything from before {day} moves into the archive:\n{lines}\n"
        "The families stay. Archives can only be read (History, timeline: a).",
    ),
    "settings.year.confirm_line": (
        "{year}: {contacts} contacten, {plans} plannen, {reflections} reflecties → {file}",
        "{year}: {contacts} contacts, {plans} plans, {reflections} reflections → {file}",
    ),
    "settings.year.yes": ("Ja, afsluiten", "Yes, close"),
    "settings.year.closed": (
        "Afgesloten: {contacts} contacten naar {files}.",
        "Closed: {contacts} contacts moved to {files}.",
    ),
    "settings.retention.label": (
        "Archieven bewaren (schooljaren)",
        "Keep archives (school years)",
    ),
    "settings.retention.help": (
        "AVG: bewaar notities over gezinnen niet langer dan nodig; de school bepaalt hoe lang."
        " Leeg: niets wordt verwijderd.",
        "GDPR (AVG): keep notes on families no longer than needed; the school decides how long."
        " Empty: nothing is deleted.",
    ),
    "settings.retention.bad": (
        "Bewaar archieven 1 tot 50 schooljaren.",
        "Keep archives 1 to 50 school years.",
    ),
    "settings.retention.saved.one": (
        "Archieven worden 1 schooljaar bewaard (opruimen: schoolyard year purge).",
        "Archives are kept 1 school year (purge: schoolyard year purge).",
    ),
    "settings.retention.saved": (
        "Archieven worden {years} schooljaren bewaard (opruimen: schoolyard year purge).",
        "Archives are kept {years} school years (purge: schoolyard year purge).",
    ),
    "settings.key.retention": ("Bewaartermijn", "Retention"),
    # -- archived years in the timeline and History (read-only) -----------------------------
    "archived.key.toggle": ("Archief", "Archives"),
    "archived.key.toggle.help": (
        "ook de afgesloten schooljaren tonen (alleen lezen), of weer niet",
        "show the closed school years too (read-only), or hide them again",
    ),
    "archived.source": ("archief {year}", "archive {year}"),
    "archived.shown": (
        "Ook de archieven: {years} (alleen lezen).",
        "Archives shown too: {years} (read-only).",
    ),
    "archived.none": ("Er zijn nog geen archieven.", "There are no archives yet."),
    "archived.hidden": ("Alleen dit schooljaar.", "This school year only."),
    "archived.read_only": (
        "Dit contact staat in het archief {year}: alleen te lezen.",
        "This contact is in the archive {year}: read-only.",
    ),
    "archived.colleague_only": (
        "Dit contact is {source} gelogd, in haar bestand: alleen te lezen.",
        "This contact was logged {source}, in her file: read-only.",
    ),
}
