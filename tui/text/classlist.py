"""Class-list import and the JSON summary (storage/classlists/, storage/rules/summary.py)."""

TEXT: dict[str, tuple[str, str]] = {
    "classlist.empty": (
        "{file} is leeg: er is niets om in te lezen.",
        "{file} is empty: there is nothing to import.",
    ),
    "classlist.no_rows": (
        "{file} heeft kolomnamen maar geen kinderen; er is niets ingelezen.",
        "{file} has column names but no children; nothing was imported.",
    ),
    "classlist.too_large": (
        "{file} is veel te groot voor een klassenlijst; is het het goede bestand?",
        "{file} is far too big for a class list; is it the right file?",
    ),
    "classlist.cannot_read": (
        "{file} kan niet gelezen worden ({reason}).",
        "{file} cannot be read ({reason}).",
    ),
    "classlist.folder": (
        "{file} is een map; kies het bestand met de klassenlijst erin.",
        "{file} is a folder; give the class list file inside it.",
    ),
    "classlist.not_a_file": (
        "{file} is geen bestand met een klassenlijst; er is niets ingelezen.",
        "{file} is not a file that holds a class list; nothing was imported.",
    ),
    "classlist.nul": (
        "Regel {line} bevat een NUL-teken, dat in een tekstbestand nooit voorkomt; sla de lijst"
        " opnieuw op als CSV (UTF-8). Er is niets ingelezen.",
        "Line {line} holds a NUL character, which a text file never has; save the list again"
        " as CSV (UTF-8). Nothing was imported.",
    ),
    "classlist.line_too_long": (
        "Regel {line} is {length} tekens lang; de regels van een klassenlijst zijn veel korter."
        " Is het het goede bestand? Er is niets ingelezen.",
        "Line {line} is {length} characters long; a class list's lines are far shorter."
        " Is it the right file? Nothing was imported.",
    ),
    "classlist.cell_too_long": (
        "Regel {line}, kolom {column}: {length} tekens is veel langer dan een naam of een groep;"
        " is het het goede bestand? Er is niets ingelezen.",
        "Line {line}, column {column}: {length} characters is far longer than a name or a"
        " group; is it the right file? Nothing was imported.",
    ),
    "classlist.spreadsheet": (
        "{file} is een spreadsheet, geen CSV-bestand: sla het op als CSV en lees dat in.",
        "{file} is a spreadsheet, not a CSV file: save it as CSV and import that.",
    ),
    "classlist.not_text": (
        "{file} is geen tekstbestand dat Schoolyard kan lezen: sla het op als CSV (UTF-8).",
        "{file} is not a text file that Schoolyard can read: save it as CSV (UTF-8).",
    ),
    "classlist.unclosed_quote": (
        "Regel {line}: een aanhalingsteken wordt geopend maar niet gesloten;"
        " er is niets ingelezen.",
        "Line {line}: a quotation mark is opened but never closed; nothing was imported.",
    ),
    "classlist.duplicate_column": (
        "Regel {line}: de kolom ‘{column}’ staat er twee keer in; er is niets ingelezen.",
        "Line {line}: the column ‘{column}’ appears twice; nothing was imported.",
    ),
    "classlist.missing_column": (
        "De klassenlijst heeft geen kolom ‘{column}’; er is niets ingelezen.",
        "The class list has no column ‘{column}’; nothing was imported.",
    ),
    "classlist.missing_columns": (
        "De klassenlijst heeft geen kolommen {columns}; er is niets ingelezen.",
        "The class list has no columns {columns}; nothing was imported.",
    ),
    "classlist.empty_child": (
        "Regel {line}: de naam van het kind ontbreekt; er is niets ingelezen.",
        "Line {line}: the child's name is empty; nothing was imported.",
    ),
    "classlist.empty_family": (
        "Regel {line} ({child}): de gezinsnaam ontbreekt; er is niets ingelezen.",
        "Line {line} ({child}): the family name is empty; nothing was imported.",
    ),
    "classlist.bad_group": (
        "Regel {line} ({child} {family}): ‘{group}’ is geen groep van 1 tot en met 8"
        " (of een combinatiegroep zoals 1/2); er is niets ingelezen.",
        "Line {line} ({child} {family}): ‘{group}’ is not a group from 1 to 8"
        " (or a combination group such as 1/2); nothing was imported.",
    ),
    "classlist.duplicate_child": (
        "Regel {line} ({child} {family}): dit kind staat ook op regel {first},"
        " in een andere groep; er is niets ingelezen.",
        "Line {line} ({child} {family}): this child is also on line {first}"
        " in another group; nothing was imported.",
    ),
    "classlist.imported.one": (
        "1 gezin toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd.",
        "1 family added, {updated} updated, {unchanged} unchanged.",
    ),
    "classlist.imported": (
        "{added} gezinnen toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd.",
        "{added} families added, {updated} updated, {unchanged} unchanged.",
    ),
    "summary.bad_period": (
        "De periode eindigt ({end}) voordat hij begint ({start}).",
        "The period ends ({end}) before it starts ({start}).",
    ),
}
