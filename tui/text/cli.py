"""The command line (tui/cli.py) and WHEN/DATE arguments (storage/rules/when.py)."""

TEXT: dict[str, tuple[str, str]] = {
    "cli.h.description": (
        "Schoolyard: log korte contacten met ouders en zie welke gezinnen al een tijd geen "
        "positief contact hadden. Zonder opdracht opent de app.",
        "Schoolyard: log brief contacts with parents and see which families had no positive "
        "contact lately. Without a command it opens the app.",
    ),
    "cli.h.commands": ("opdrachten", "commands"),
    "cli.h.data": (
        "het gegevensbestand (anders $SCHOOLYARD_DATA, anders de gebruikersmap)",
        "the data file (else $SCHOOLYARD_DATA, else the user data folder)",
    ),
    "cli.h.lang": ("taal: nl of en (anders die van het systeem)", "language: nl or en"),
    "cli.h.demo": (
        "open de app op een demoklas in een tijdelijke map; je eigen gegevens blijven onaangeroerd",
        "open the app on a demo class in a temporary folder; your own data is not touched",
    ),
    "cli.cmd.demo": (
        "schrijf een demoklas naar een bestand",
        "write a demo class to a file",
    ),
    "cli.h.families_count": ("aantal gezinnen (standaard 28)", "number of families (default 28)"),
    "cli.h.weeks": ("weken aan contacten (standaard 8)", "weeks of contacts (default 8)"),
    "cli.h.seed": (
        "zelfde getal, zelfde klas (op dezelfde dag)",
        "same number, same class (on the same day)",
    ),
    "cli.h.note": (
        "een korte notitie (blijft buiten exports, tenzij --include-notes)",
        "a short note (left out of exports unless --include-notes)",
    ),
    "cli.h.from": (
        "eerste dag, bijvoorbeeld 2026-11-23 of 23-11-2026",
        "first day, for example 2026-11-23 or 23-11-2026",
    ),
    "cli.h.to": ("laatste dag (standaard vandaag)", "last day (default today)"),
    "cli.h.demo_out": ("het bestand om te schrijven", "the file to write"),
    "cli.h.force": ("een bestaand bestand overschrijven", "overwrite an existing file"),
    "cli.cmd.import": (
        "gezinnen toevoegen of bijwerken uit een klassenlijst (CSV)",
        "add or update families from a class list (CSV)",
    ),
    "cli.h.csv": (
        "CSV met ; of , en kolommen gezin/family, kind/child, groep/group",
        "CSV with ; or , and columns family/gezin, child/kind, group/groep",
    ),
    "cli.cmd.families": ("alle gezinnen, één per regel", "every family, one a line"),
    "cli.cmd.log": ("één contact loggen", "log one contact"),
    "cli.h.log_words": (
        "gezin (id, gezinsnaam of naam van een kind), moment (pickup, ophalen, 1 …) en "
        "eventueel toon (+ = -, standaard +; met --not-reached =)",
        "family (id, family name or a child's name), moment (pickup, ophalen, 1 …) and "
        "optionally tone (+ = -, default +; = with --not-reached)",
    ),
    "cli.h.at": (
        "wanneer: 2026-11-24 15:10, gisteren, eergisteren 08:15, ma 8.15, 24 nov 15:10,"
        " vorige week dinsdag (standaard nu; een dag zonder tijd is 12:00 die dag;"
        " hoogstens twee jaar terug)",
        "when: 2026-11-24 15:10, yesterday, eergisteren 08:15, mon 8:15, 24 nov 15:10,"
        " last week tuesday (default now; a day without a time is 12:00 that day;"
        " at most two years back)",
    ),
    "cli.h.not_reached": (
        "een poging: niemand bereikt (telt niet als contact)",
        "an attempt that reached nobody (does not count as a contact)",
    ),
    "cli.h.parent": ("de ouder nam het initiatief", "the parent started it"),
    "cli.h.follow_up": ("hier moet nog iets mee gebeuren", "needs a follow-up"),
    "cli.cmd.neglected": (
        "gezinnen zonder positief contact in de laatste N schooldagen",
        "families without a positive contact in the last N school days",
    ),
    "cli.h.days": (
        "N schooldagen, alleen voor deze keer (anders de instelling)",
        "N school days, for this call only (else the setting)",
    ),
    "cli.h.json": ("als JSON", "as JSON"),
    "cli.cmd.export": ("de JSON-samenvatting", "the JSON summary"),
    "cli.h.export_out": (
        "naar dit bestand (alleen voor jou leesbaar) in plaats van naar het scherm",
        "to this file (readable by you alone) instead of the screen",
    ),
    "cli.h.pseudonymize": (
        "namen vervangen door vaste pseudoniemen; zonder notities, groepen en kloktijden"
        " (alleen dagen)",
        "replace names by stable pseudonyms; without notes, groups and clock times (days only)",
    ),
    "cli.h.include_notes": ("notities meenemen", "include the notes"),
    "cli.cmd.forget": (
        "een gezin en al zijn contacten wissen (recht op vergetelheid)",
        "erase a family and every contact with it (right to erasure)",
    ),
    "cli.h.yes": ("niet vragen: meteen wissen", "do not ask: erase at once"),
    "cli.cmd.holiday": (
        "vakanties en studiedagen (tellen niet als schooldag)",
        "holidays and study days (not school days)",
    ),
    "cli.h.holiday_add": (
        "VAN [TOT] [NAAM], bijvoorbeeld 2026-12-21 2027-01-01 Kerstvakantie (zonder TOT: één dag)",
        "FROM [TO] [NAME], for example 2026-12-21 2027-01-01 Christmas (no TO: one day)",
    ),
    "cli.h.holiday_list": ("alle vakanties en studiedagen", "every holiday and study day"),
    "cli.h.holiday_remove": ("een vakantie weghalen (id uit de lijst)", "remove a holiday (id)"),
    "cli.usage": (
        "{prog}: {detail} (zie {prog} --help)",
        "{prog}: {detail} (see {prog} --help)",
    ),
    "cli.not_a_count": ("‘{value}’ is geen getal van 1 of meer", "‘{value}’ is not a number ≥ 1"),
    "cli.busy": (
        "{file} is bezet: een andere Schoolyard schrijft erin. Probeer het zo nog eens.",
        "{file} is busy: another Schoolyard is writing it. Try again in a moment.",
    ),
    "cli.not_saved": (
        "{file} is niet bewaard: {reason}.",
        "{file} was not saved: {reason}.",
    ),
    "cli.damaged": (
        "Schoolyard kan {file} niet gebruiken: {reason}. Het bestand is niet veranderd.",
        "Schoolyard cannot use {file}: {reason}. The file was left as it is.",
    ),
    "cli.no_data_file": (
        "Er is geen gegevensbestand {file}. Klopt --data of $SCHOOLYARD_DATA? Een nieuwe klas"
        " begin je met `schoolyard import KLAS.csv`.",
        "There is no data file {file}. Check --data or $SCHOOLYARD_DATA; to start a new class,"
        " import a class list with `schoolyard import CLASS.csv`.",
    ),
    "cli.disk_full": (
        "De schijf is vol: {file} is niet bewaard. Maak ruimte vrij (of kies een andere map)"
        " en probeer het opnieuw.",
        "The disk is full: {file} was not saved. Free some space (or choose another folder)"
        " and try again.",
    ),
    "cli.folder_read_only": (
        "Schoolyard mag niet schrijven in de map {folder}: {file} is niet bewaard. Kies een map"
        " waarin je mag schrijven, of vraag de beheerder van deze computer.",
        "Schoolyard may not write in the folder {folder}: {file} was not saved. Choose a folder"
        " you can write in, or ask whoever manages this computer.",
    ),
    "cli.file_read_only": (
        "{file} is alleen-lezen (of beveiligd tegen wijzigen) en is niet veranderd. Maak het"
        " weer schrijfbaar, of kies een ander bestand.",
        "{file} is read-only (or protected against changes) and was not changed. Make it"
        " writable again, or choose another file.",
    ),
    "cli.no_folder": (
        "De map {folder} bestaat niet: {file} is niet bewaard. Controleer het pad.",
        "The folder {folder} does not exist: {file} was not saved. Check the path.",
    ),
    "cli.write_failed": (
        "{file} kon niet bewaard worden ({reason}). Er is niets veranderd.",
        "{file} could not be saved ({reason}). Nothing was changed.",
    ),
    "cli.interrupted": ("Afgebroken; er is niets bewaard.", "Interrupted; nothing was saved."),
    "cli.no_family_given": (
        "Welk gezin? Geef een id of naam.",
        "Which family? Give an id or name.",
    ),
    "cli.family_unknown": (
        "Geen gezin past bij ‘{query}’; `schoolyard families` toont ze allemaal.",
        "No family matches ‘{query}’; `schoolyard families` lists them all.",
    ),
    "cli.family_ambiguous": (
        "‘{query}’ past bij {count} gezinnen; gebruik het id. Er is niets bewaard.",
        "‘{query}’ fits {count} families; use the id. Nothing was saved.",
    ),
    "cli.child": ("{name} (groep {group})", "{name} (group {group})"),
    "cli.mark.archived": ("[gearchiveerd]", "[archived]"),
    "cli.mark.no_first_contact": ("[nog geen kennismaking]", "[no first contact yet]"),
    "cli.demo_and_data": (
        "--demo gebruikt een tijdelijk bestand; laat --data weg.",
        "--demo uses a temporary file; leave out --data.",
    ),
    "cli.demo_with_command": (
        "--demo opent de app; gebruik `schoolyard demo --out BESTAND` voor een demobestand.",
        "--demo opens the app; use `schoolyard demo --out FILE` for a demo file.",
    ),
    "cli.export_exists": (
        "{file} bestaat al; kies een ander bestand of overschrijf het met --force.",
        "{file} exists already; choose another file or overwrite it with --force.",
    ),
    "cli.attempt_tone": (
        "Een poging waarbij je niemand bereikte, heeft geen toon: laat ‘{tone}’ weg"
        " (zet wat je wilde zeggen in --note).",
        "An attempt where nobody was reached has no tone: leave out ‘{tone}’"
        " (put what you meant in --note).",
    ),
    "cli.tone_unknown": (
        "Onbekende toon ‘{tone}’. Tonen: positive of +, neutral of =, concern of -"
        " (één teken, of positief, neutraal, zorg).",
        "Unknown tone ‘{tone}’. Tones: positive or +, neutral or =, concern or -"
        " (one sign, or the Dutch positief, neutraal, zorg).",
    ),
    "cli.demo_exists": (
        "{file} bestaat al; kies een ander bestand of overschrijf het met --force.",
        "{file} exists already; choose another file or overwrite it with --force.",
    ),
    "cli.is_folder": ("{file} is een map, geen bestand.", "{file} is a folder, not a file."),
    "cli.demo_written": (
        "Demoklas geschreven naar {file}: {families} gezinnen, {contacts} contacten.",
        "Demo class written to {file}: {families} families, {contacts} contacts.",
    ),
    "cli.no_such_file": ("{file} bestaat niet.", "{file} does not exist."),
    "cli.import_failed": ("{file}: {reason}", "{file}: {reason}"),
    "cli.as_is": ("{message}", "{message}"),
    "cli.imported.one": (
        "{file} ingelezen: 1 gezin toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd.",
        "{file} imported: 1 family added, {updated} updated, {unchanged} unchanged.",
    ),
    "cli.imported": (
        "{file} ingelezen: {added} gezinnen toegevoegd, {updated} bijgewerkt, "
        "{unchanged} ongewijzigd.",
        "{file} imported: {added} families added, {updated} updated, {unchanged} unchanged.",
    ),
    "cli.no_families": (
        "Nog geen gezinnen. Lees een klassenlijst in met `schoolyard import KLAS.csv`.",
        "No families yet. Import a class list with `schoolyard import CLASS.csv`.",
    ),
    "cli.log_needs": (
        "Geef een gezin en een moment, bijvoorbeeld: schoolyard log Kaya ophalen +",
        "Give a family and a moment, for example: schoolyard log Kaya pickup +",
    ),
    "cli.moment_unknown": (
        "Onbekend moment ‘{moment}’. Momenten: {moments} (of 1–9, 0, of de Nederlandse woorden).",
        "Unknown moment ‘{moment}’. Moments: {moments} (or 1–9, 0, or the Dutch words).",
    ),
    "cli.future": (
        "‘{when}’ ligt in de toekomst; er is niets bewaard.",
        "‘{when}’ is in the future; nothing was saved.",
    ),
    "cli.logged": ("Bewaard: {contact}", "Saved: {contact}"),
    "cli.first_contact": ("kennismaking", "first contact"),
    "cli.follow_up": ("opvolgen", "follow up"),
    "cli.never_positive": ("nog nooit positief contact", "never a positive contact"),
    "cli.days_since_positive.one": (
        "1 dag sinds positief contact",
        "1 day since a positive contact",
    ),
    "cli.days_since_positive": (
        "{days} dagen sinds positief contact",
        "{days} days since a positive contact",
    ),
    "cli.concerns_since": (
        "{count}× zorg sindsdien (alleen over problemen)",
        "{count}× concern since (only about problems)",
    ),
    "cli.interpreter": ("tolk of eenvoudige taal helpt", "interpreter or simple language helps"),
    "cli.planned": ("gepland deze week", "planned this week"),
    "cli.planned.ahead": ("gepland komende week", "planned for the coming week"),
    "cli.period_backwards": (
        "De einddatum ligt vóór de begindatum.",
        "The end date is before the start date.",
    ),
    "cli.out_is_data": (
        "{file} is het gegevensbestand zelf; kies een ander bestand.",
        "{file} is the data file itself; choose another file.",
    ),
    "cli.exported": ("Samenvatting bewaard in {file}.", "Summary saved to {file}."),
    "cli.forget_needs_yes": (
        "Wissen van {family} en {contacts} contacten vraagt om bevestiging: voeg --yes toe.",
        "Erasing {family} and {contacts} contacts needs confirmation: add --yes.",
    ),
    "cli.forget_warning": (
        "Dit wist {family} en {contacts} contacten voorgoed.",
        "This erases {family} and {contacts} contacts for good.",
    ),
    "cli.forget_prompt": ("Typ de gezinsnaam om te wissen: ", "Type the family name to erase: "),
    "cli.forget_kept": ("Niet gewist; er is niets veranderd.", "Not erased; nothing changed."),
    "cli.forget_exports": (
        "Samenvattingen die eerder zijn geëxporteerd, bevatten {family} nog: Schoolyard kan die"
        " kopieën niet wissen. Verwijder ze zelf (ook doorgestuurde of afgedrukte).",
        "Summaries exported before still hold {family}: Schoolyard cannot erase those copies."
        " Delete them yourself (forwarded or printed ones too).",
    ),
    "cli.forget_exports_known": (
        "Met de naam erin geschreven naar:",
        "Written with the name in them to:",
    ),
    "cli.forget_export_line": ("  {file} ({day})", "  {file} ({day})"),
    "cli.forget_export_gone": (
        "  {file} ({day}, staat daar niet meer)",
        "  {file} ({day}, no longer there)",
    ),
    "cli.forget_pseudonymized.one": (
        "1 gepseudonimiseerde samenvatting bevat het gezin alleen als code.",
        "1 pseudonymized summary holds the family only as a code.",
    ),
    "cli.forget_pseudonymized": (
        "{count} gepseudonimiseerde samenvattingen bevatten het gezin alleen als code.",
        "{count} pseudonymized summaries hold the family only as a code.",
    ),
    "cli.forgotten": (
        "Gewist: {family} ({children}) en {contacts} contacten.",
        "Erased: {family} ({children}) and {contacts} contacts.",
    ),
    "cli.holiday_added": ("Toegevoegd: {holiday}", "Added: {holiday}"),
    "cli.holiday_removed": ("Weggehaald: {holiday}", "Removed: {holiday}"),
    "cli.holiday_unknown": ("Geen vakantie met id {id}.", "No holiday has id {id}."),
    "cli.no_holidays": (
        "Nog geen vakanties. Voeg toe: schoolyard holiday add 2026-12-21 2027-01-01 Kerstvakantie",
        "No holidays yet. Add one: schoolyard holiday add 2026-12-21 2027-01-01 Christmas",
    ),
    "when.empty": ("Er ontbreekt een datum of tijd.", "A date or time is missing."),
    "when.bad_when": (
        "‘{text}’ is geen tijdstip dat ik ken; bijvoorbeeld: 2026-11-24 15:10, gisteren, "
        "eergisteren 08:15, ma 8.15, 24 nov 15:10.",
        "‘{text}’ is not a time I know; for example: 2026-11-24 15:10, yesterday, "
        "eergisteren 08:15, mon 8:15, 24 nov 15:10.",
    ),
    "when.bad_date": (
        "‘{text}’ is geen datum die ik ken; bijvoorbeeld 2026-11-24, 24-11-2026 of 24 nov.",
        "‘{text}’ is not a date I know; for example 2026-11-24, 24-11-2026 or 24 nov.",
    ),
    "when.no_such_day": ("‘{text}’: die dag bestaat niet.", "‘{text}’: there is no such day."),
    "when.future": (
        "‘{text}’ ligt in de toekomst; een contact kan alleen nu of eerder zijn.",
        "‘{text}’ is in the future; a contact can only be now or earlier.",
    ),
    "when.too_long_ago": (
        "‘{text}’ ligt meer dan twee jaar terug, waarschijnlijk een tikfout; "
        "de vroegste datum is {earliest}.",
        "‘{text}’ is more than two years ago, probably a typo; the earliest date is {earliest}.",
    ),
    "when.wrong_weekday": (
        "‘{text}’: die dag valt op een andere weekdag.",
        "‘{text}’: that date falls on another weekday.",
    ),
    "when.bad_time": (
        "‘{text}’ is geen tijd; bijvoorbeeld 15:10 of 8.15.",
        "‘{text}’ is not a time; for example 15:10 or 8.15.",
    ),
}
