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
}
