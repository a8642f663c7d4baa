"""Colleagues' files (`--with` and the setting): what the CLI and the app say about them."""

TEXT: dict[str, tuple[str, str]] = {
    "cli.h.with": (
        "ook het gegevensbestand van een collega lezen (alleen lezen; herhaalbaar): haar "
        "positieve contacten tellen mee, met --with in neglected en export ziet u de hele school",
        "also read a colleague's data file (read-only; repeatable): her positive contacts "
        "count, and with --with neglected and export show the whole school",
    ),
    "colleague.left_out": (
        "Bestand van een collega weggelaten: {file} — {reason}.",
        "A colleague's file left out: {file} — {reason}.",
    ),
    "colleague.missing": ("het bestand is er niet", "the file is not there"),
    "colleague.unreadable": (
        "het bestand kan niet worden gelezen ({detail})",
        "the file cannot be read ({detail})",
    ),
    "colleague.damaged": (
        "het bestand is beschadigd of geen Schoolyard-bestand ({detail})",
        "the file is damaged or not a Schoolyard file ({detail})",
    ),
    "colleague.newer": (
        "een nieuwere Schoolyard schreef het; werk Schoolyard bij om het te lezen",
        "a newer Schoolyard wrote it; update Schoolyard to read it",
    ),
    "colleague.uncertain": (
        "Niet zeker welk gezin ‘{family}’ van {colleague} is ({candidates}); "
        "apart gelaten — een leerlingnummer in beide klassenlijsten maakt het zeker.",
        "Not sure which family ‘{family}’ of {colleague} is ({candidates}); "
        "kept apart — a student number in both class lists makes it certain.",
    ),
    "colleague.positive_by": ("positief contact door {name}", "positive contact by {name}"),
    "cli.cmd.colleagues": (
        "de bestanden van collega's die dit bestand meeleest, en uw naam voor hen",
        "the colleagues' files this data file reads along, and your name for them",
    ),
    "colleague.h.add": (
        "lees deze bestanden van collega's voortaan mee (alleen lezen)",
        "read these colleagues' files from now on (read-only)",
    ),
    "colleague.h.remove": ("lees deze bestanden niet meer mee", "stop reading these files"),
    "colleague.h.name": (
        "uw naam zoals collega's die naast uw contacten zien",
        "your name as colleagues see it beside your contacts",
    ),
    "colleague.your_name": (
        "Uw naam voor collega's: {name}",
        "Your name as colleagues see it: {name}",
    ),
    "colleague.no_name": (
        "Uw naam voor collega's is nog niet gezet (zij zien de bestandsnaam): "
        "schoolyard colleagues name NAAM",
        "Your name for colleagues is not set (they see the file's name): "
        "schoolyard colleagues name NAME",
    ),
    "colleague.none": (
        "Geen bestanden van collega's: schoolyard colleagues add PAD",
        "No colleagues' files: schoolyard colleagues add PATH",
    ),
    "colleague.file_line": (
        "{file} — {name}: {families} gezinnen, {matched} dezelfde als hier",
        "{file} — {name}: {families} families, {matched} the same as here",
    ),
    "colleague.own_file": (
        "{file} is uw eigen gegevensbestand, niet dat van een collega.",
        "{file} is your own data file, not a colleague's.",
    ),
    "colleague.not_kept": (
        "{file} staat niet in de lijst van bestanden van collega's.",
        "{file} is not in the list of colleagues' files.",
    ),
    "colleague.out_is_colleague": (
        "{file} is het bestand van een collega; dat schrijft Schoolyard nooit. "
        "Kies een ander bestand.",
        "{file} is a colleague's file, which Schoolyard never writes; choose another file.",
    ),
    "colleague.uncertain_more": (
        "… en nog {count} gezinnen van collega's die niet zeker overeenkomen.",
        "… and {count} more families of colleagues not matched for certain.",
    ),
    # -- Settings: colleagues' files and your name (tui/screens/settings_year.py) ------------
    "settings.colleagues.title": ("Collega's (alleen lezen)", "Colleagues (read-only)"),
    "settings.colleagues.name": ("Jouw naam voor collega's", "Your name as colleagues see it"),
    "settings.colleagues.name_saved": (
        "Collega's zien je contacten als: {name}.",
        "Colleagues see your contacts as: {name}.",
    ),
    "settings.colleagues.name_cleared": (
        "Geen naam: collega's zien de naam van je bestand.",
        "No name: colleagues see your file's name.",
    ),
    "settings.colleagues.add": (
        "pad naar het bestand van een collega, Enter",
        "path to a colleague's file, Enter",
    ),
    "settings.colleagues.none": (
        "Nog geen bestanden van collega's.",
        "No colleagues' files yet.",
    ),
    "settings.colleagues.col.file": ("bestand", "file"),
    "settings.colleagues.col.who": ("collega", "colleague"),
    "settings.colleagues.added": ("Toegevoegd: {file}", "Added: {file}"),
    "settings.colleagues.removed": ("Niet meer gelezen: {file}", "No longer read: {file}"),
    "settings.key.colleague": ("Collega", "Colleague"),
    "settings.key.colleague.help": (
        "het bestand van een collega toevoegen (alleen lezen)",
        "add a colleague's file (read-only)",
    ),
    "contacts.by_colleague": ("({name})", "({name})"),
    "colleague.by_long": ("door {name}", "by {name}"),
}
