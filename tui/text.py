"""Every user-facing string, in Dutch and English, from one table.

Dutch when the locale is Dutch, English otherwise; `--lang nl|en` overrides. This
module imports nothing heavy: the CLI uses it too and must start fast.

Add a string as `"key": ("Nederlands", "English")`. Placeholders use str.format
names: `t("logged", family="Kaya")`.
"""

from __future__ import annotations

import os
from datetime import date, datetime

LANGUAGES = ("nl", "en")
_language = "en"

TEXT: dict[str, tuple[str, str]] = {
    # Moments, in the TUI's digit order.
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
    # The command line (tui/cli.py) and WHEN/DATE arguments (storage/when.py).
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
        "eventueel toon (+ = -, standaard +)",
        "family (id, family name or a child's name), moment (pickup, ophalen, 1 …) and "
        "optionally tone (+ = -, default +)",
    ),
    "cli.h.at": (
        "wanneer: 2026-11-24 15:10, gisteren, eergisteren 08:15, maandag 15:10 (standaard nu;"
        " een dag zonder tijd is 12:00 die dag)",
        "when: 2026-11-24 15:10, yesterday, eergisteren 08:15, monday 15:10 (default now;"
        " a day without a time is 12:00 that day)",
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
        "namen vervangen door vaste pseudoniemen, zonder notities",
        "replace names by stable pseudonyms, without notes",
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
        "VAN TOT [NAAM], bijvoorbeeld 2026-12-21 2027-01-01 Kerstvakantie",
        "FROM TO [NAME], for example 2026-12-21 2027-01-01 Christmas",
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
    "cli.damaged": (
        "Schoolyard kan {file} niet gebruiken: {reason}. Het bestand is niet veranderd.",
        "Schoolyard cannot use {file}: {reason}. The file was left as it is.",
    ),
    "cli.os_error": ("{file}: {reason}", "{file}: {reason}"),
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
        "eergisteren 08:15, today 15:10.",
        "‘{text}’ is not a time I know; for example: 2026-11-24 15:10, yesterday, "
        "eergisteren 08:15, today 15:10.",
    ),
    "when.bad_date": (
        "‘{text}’ is geen datum die ik ken; bijvoorbeeld 2026-11-24 of 24-11-2026.",
        "‘{text}’ is not a date I know; for example 2026-11-24 or 24-11-2026.",
    ),
    "when.no_such_day": ("‘{text}’: die dag bestaat niet.", "‘{text}’: there is no such day."),
    "when.bad_time": (
        "‘{text}’ is geen tijd; bijvoorbeeld 15:10 of 8.15.",
        "‘{text}’ is not a time; for example 15:10 or 8.15.",
    ),
    # The app and its navigation (tui/app.py).
    "app.demo": ("demoklas — niets wordt bewaard", "demo class — nothing is kept"),
    "app.write_failed": ("Opslaan mislukt: {reason}", "Could not save: {reason}"),
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
    "nav.undo.help": ("Het laatste contact terugdraaien", "Take back the last contact entry"),
    # Week, settings and saving the summary (tui/screens/week.py, settings.py, save_summary.py).
    "week.period": ("{week} · {start} – {end}", "{week} · {start} – {end}"),
    "week.window": ("venster: {days} schooldagen", "window: {days} school days"),
    "week.needing": ("Positief contact nodig: {count}", "Need a positive contact: {count}"),
    "week.no_first": (
        "Nog zonder kennismaking: {count}",
        "No first contact (kennismaking) yet: {count}",
    ),
    "week.planned_count": ("gepland: {count}", "planned: {count}"),
    "week.all_fine": (
        "Ieder gezin had onlangs een positief contact.",
        "Every family had a positive contact lately.",
    ),
    "week.col.plan": ("plan", "plan"),
    "week.col.family": ("gezin", "family"),
    "week.col.days": ("dagen", "days"),
    "week.col.last": ("laatste contact", "last contact"),
    "week.col.concerns": ("zorg", "concern"),
    "week.only_problems": ("alleen over zorgen gesproken", "only contacted about problems"),
    "week.concerns_since": (
        "{count}× zorg sinds het laatste positieve contact",
        "{count}× concern since the last positive contact",
    ),
    "week.never_positive": ("Nog nooit een positief contact.", "Never a positive contact yet."),
    "week.days_since": (
        "{days} dagen sinds het laatste positieve contact ({when}).",
        "{days} days since the last positive contact ({when}).",
    ),
    "week.last_contact": ("Laatste contact: {when}", "Last contact: {when}"),
    "week.channel": ("Kanaal: {channel}", "Channel: {channel}"),
    "week.language": ("Taal: {language}", "Language: {language}"),
    "week.interpreter": (
        "tolk of eenvoudige taal helpt",
        "an interpreter or simple language helps",
    ),
    "week.tips": ("Tips: {tips}", "Tips: {tips}"),
    "week.unknown": ("onbekend", "unknown"),
    "week.not_reached": (
        "Niet bereikt: {count}× sinds het laatste contact, laatst {when} ({moment}).",
        "Not reached: {count}× since the last contact, last {when} ({moment}).",
    ),
    "week.planned_mark": ("Gepland voor deze week.", "Planned for this week."),
    "week.planned": ("{family} gepland voor deze week.", "{family} planned for this week."),
    "week.unplanned": ("{family} niet meer gepland.", "{family} no longer planned."),
    "week.no_family": ("Kies eerst een gezin in de lijst.", "Pick a family in the list first."),
    "week.key.log": ("Loggen", "Log"),
    "week.key.plan": ("Plannen", "Plan"),
    "week.key.reflect": ("Reflectie", "Reflect"),
    "week.key.save": ("Overzicht", "Summary"),
    "week.key.back": ("Terug naar de lijst", "Back to the list"),
    "week.key.mix": ("Mix en reflectie", "Mix and reflection"),
    "week.read_failed": (
        "Het gegevensbestand kan niet gelezen worden: {reason}",
        "The data file cannot be read: {reason}",
    ),
    "week.key.log.help": (
        "Een contact loggen met het gekozen gezin",
        "Log a contact with the highlighted family",
    ),
    "week.key.plan.help": (
        "Het gekozen gezin deze week wel of niet plannen",
        "Plan or unplan the highlighted family for this week",
    ),
    "week.key.reflect.help": (
        "De reflectienotitie van deze week schrijven",
        "Write this week's reflection note",
    ),
    "week.key.save.help": (
        "Het JSON-overzicht in een bestand opslaan",
        "Save the JSON summary to a file",
    ),
    "week.mix.title": ("Mix van contacten", "Mix of contacts"),
    "week.mix.now": ("deze week", "this week"),
    "week.mix.before": (
        "gemiddeld per week in de 4 weken ervoor",
        "weekly average of the 4 weeks before",
    ),
    "week.mix.tone": ("Toon", "Tone"),
    "week.mix.moment": ("Moment", "Moment"),
    "week.mix.share": ("Aandeel", "Share"),
    "week.mix.informal": ("informeel", "informal"),
    "week.mix.positive": ("positief", "positive"),
    "week.mix.none": ("Nog geen contacten.", "No contacts yet."),
    "week.reflect.title": ("Reflectie", "Reflection"),
    "week.reflect.note": (
        "Notitie voor {week} (bewaard bij je gegevens)",
        "Note for {week} (kept with your data)",
    ),
    "week.reflect.saved": ("Reflectie van {week} bewaard.", "Reflection for {week} saved."),
    "week.reflect.q.address": (
        "Hoe heb ik ouders deze week aangesproken?",
        "How did I address parents this week?",
    ),
    "week.reflect.q.respond": (
        "Hoe reageer ik zelf op reacties van ouders?",
        "How do I respond to parents' reactions?",
    ),
    "week.reflect.q.informal": (
        "Met welke ouders had ik informeel contact: even op het schoolplein, bij halen of brengen?",
        "Which parents did I have informal contact with: a moment on the schoolyard,"
        " at pick-up or drop-off?",
    ),
    "week.reflect.q.problems": (
        "Met welke ouders sprak ik alleen over problemen? Wat kan ik positiefs met hen delen?",
        "Which parents did I only talk to about problems?"
        " What positive thing can I share with them?",
    ),
    "week.reflect.q.adapted": (
        "Paste ik mijn taal aan: korte zinnen, eenvoudige woorden,"
        " het kanaal dat bij het gezin past?",
        "Did I adapt my language: short sentences, plain words, the channel that suits the family?",
    ),
    "week.reflect.q.unanswered": (
        "Wie reageerde niet? Niet reageren is niet hetzelfde als niet geïnteresseerd zijn:"
        " lag het aan het kanaal of de taal?",
        "Who did not respond? Not responding is not the same as not caring:"
        " was it the channel or the language?",
    ),
    "week.reflect.q.first": (
        "Welke ouders ken ik nog niet, en hoe maak ik die kennismaking welkom?",
        "Which parents have I not met yet, and how do I make that first contact welcoming?",
    ),
    "week.reflect.q.listen": (
        "Gaf ik ouders tijd en aandacht voor hun verhaal en hun vragen?",
        "Did I give parents time and attention for their story and their questions?",
    ),
    "week.reflect.q.expertise": (
        "Durfde ik mijn eigen deskundigheid ter discussie te stellen?",
        "Did I dare to question my own expertise?",
    ),
    "summary.title": ("JSON-overzicht opslaan", "Save the JSON summary"),
    "summary.intro": (
        "Het overzicht verlaat deze computer alleen als jij het bestand deelt.",
        "The summary leaves this computer only if you share the file.",
    ),
    "summary.path": ("Bestand", "File"),
    "summary.pseudonymize": (
        "Pseudoniemen in plaats van namen (zonder notities)",
        "Pseudonyms instead of names (without notes)",
    ),
    "summary.include_notes": (
        "Notities en reflecties meenemen",
        "Include notes and reflections",
    ),
    "summary.save": ("Opslaan", "Save"),
    "summary.overwrite": ("Overschrijven", "Overwrite"),
    "summary.cancel": ("Annuleren", "Cancel"),
    "summary.exists": (
        "{path} bestaat al. Kies Overschrijven om het te vervangen.",
        "{path} already exists. Choose Overwrite to replace it.",
    ),
    "summary.no_path": ("Geef een bestandsnaam op.", "Enter a file name."),
    "summary.no_folder": ("De map {folder} bestaat niet.", "The folder {folder} does not exist."),
    "summary.is_folder": ("{path} is een map, geen bestand.", "{path} is a folder, not a file."),
    "summary.saving": ("Bezig met opslaan…", "Saving…"),
    "summary.saved": ("Overzicht opgeslagen in {path}", "Summary saved to {path}"),
    "summary.failed": ("Opslaan mislukt: {reason}", "Could not save: {reason}"),
    "settings.title": ("Instellingen", "Settings"),
    "settings.window.label": (
        "Venster voor een positief contact, in schooldagen",
        "Window for a positive contact, in school days",
    ),
    "settings.window.help": (
        "Een gezin heeft een positief contact nodig als het laatste langer dan zoveel schooldagen"
        " geleden is. Weekenden, vakanties en studiedagen tellen niet mee.",
        "A family needs a positive contact when the last one is more than this many school days"
        " ago. Weekends, holidays and study days do not count.",
    ),
    "settings.window.save": ("Opslaan", "Save"),
    "settings.window.saved": ("Venster: {days} schooldagen.", "Window: {days} school days."),
    "settings.window.bad": (
        "Vul een aantal schooldagen in van 1 tot 200.",
        "Enter a number of school days from 1 to 200.",
    ),
    "settings.holidays.title": ("Vakanties en studiedagen", "Holidays and study days"),
    "settings.holidays.none": (
        "Nog geen vakanties of studiedagen.",
        "No holidays or study days yet.",
    ),
    "settings.col.from": ("van", "from"),
    "settings.col.to": ("tot en met", "to"),
    "settings.col.name": ("naam", "name"),
    "settings.col.days": ("dagen", "days"),
    "settings.add.from": ("van: 19-10-2026", "from: 19-10-2026"),
    "settings.add.to": ("t/m (leeg: 1 dag)", "to (empty: 1 day)"),
    "settings.add.name": ("naam, bv. Herfstvakantie", "name, e.g. autumn holiday"),
    "settings.add.button": ("Toevoegen", "Add"),
    "settings.added": ("Toegevoegd: {name} {start} – {end}.", "Added: {name} {start} – {end}."),
    "settings.removed": ("Verwijderd: {name} {start} – {end}.", "Removed: {name} {start} – {end}."),
    "settings.bad_date": (
        "Geen datum: '{text}'. Schrijf bijvoorbeeld 19-10-2026.",
        "Not a date: '{text}'. Write for example 19-10-2026.",
    ),
    "settings.end_before_start": (
        "De laatste dag ligt vóór de eerste.",
        "The last day is before the first.",
    ),
    "settings.key.remove": ("Verwijderen", "Remove"),
    "settings.key.remove.help": (
        "De gekozen vakantie of studiedag verwijderen",
        "Remove the highlighted holiday or study day",
    ),
    "settings.key.add": ("Vakantie toevoegen", "Add holiday"),
    "settings.key.add.help": (
        "Een vakantie of studiedag toevoegen",
        "Add a holiday or study day",
    ),
    "settings.key.window": ("Venster", "Window"),
    "settings.key.window.help": (
        "Het venster voor een positief contact wijzigen",
        "Change the window for a positive contact",
    ),
    # Today screen, log flow and welcome (tui/screens/today.py, log_contact.py, welcome.py).
    "today.search.placeholder": ("Zoek gezin of kind…", "Search family or child…"),
    "today.col.family": ("Gezin", "Family"),
    "today.col.children": ("Kinderen (groep)", "Children (group)"),
    "today.col.days": ("Laatste +", "Last +"),
    "today.days": ("{days} d", "{days} d"),
    "today.legend": (
        "○ nog geen kennismaking · ✓ gemarkeerd (Spatie)",
        "○ no first contact yet · ✓ marked (Space)",
    ),
    "today.marked": (
        "✓ {count} gemarkeerd — Enter logt voor allemaal, Esc wist",
        "✓ {count} marked — Enter logs them all, Esc clears",
    ),
    "today.no_match": ("Geen gezin gevonden voor ‘{query}’.", "No family found for ‘{query}’."),
    "today.no_families": ("Nog geen gezinnen.", "No families yet."),
    "today.greet.title": ("Groet vandaag", "Greet today"),
    "today.greet.empty": (
        "Iedereen had kort geleden een positief contact.",
        "Every family had a positive contact lately.",
    ),
    "today.greet.more": ("… en nog {count}", "… and {count} more"),
    "today.planned": ("gepland", "planned"),
    "today.interpreter": ("tolk", "interpreter"),
    "today.contacts.title": ("Vandaag gelogd", "Logged today"),
    "today.contacts.empty": ("Nog niets gelogd vandaag.", "Nothing logged yet today."),
    "today.key.search": ("Zoeken", "Search"),
    "today.key.list": ("Naar lijst", "To list"),
    "today.key.mark": ("Markeren", "Mark"),
    "today.key.log": ("Loggen", "Log"),
    "today.key.clear": ("Wissen", "Clear"),
    "log.title": ("Contact met {families}", "Contact with {families}"),
    "log.title.batch": (
        "Contact met {count} gezinnen: {families}",
        "Contact with {count} families: {families}",
    ),
    "log.step.moment": ("Moment — kies een cijfer", "Moment — press a digit"),
    "log.step.tone": ("Toon — + = of -", "Tone — + = or -"),
    "log.step.note": ("Notitie (mag leeg) — Enter bewaart", "Note (optional) — Enter saves"),
    "log.note.placeholder": ("Korte notitie", "Short note"),
    "log.flag.parent": ("ouder begon", "parent started it"),
    "log.flag.follow_up": ("opvolgen", "follow up"),
    "log.key.back": ("Terug", "Back"),
    "log.key.not_reached": ("Niet bereikt", "Not reached"),
    "log.key.parent": ("Ouder begon", "Parent started"),
    "log.key.follow_up": ("Opvolgen", "Follow up"),
    "log.saved": ("Bewaard: {tone} {moment} — {families}.", "Saved: {tone} {moment} — {families}."),
    "log.saved.attempt": (
        "Bewaard als poging, niet bereikt: {moment} — {families}.",
        "Saved as an attempt, not reached: {moment} — {families}.",
    ),
    "log.failed": (
        "Niet bewaard: {reason}. Je invoer staat er nog; probeer het opnieuw.",
        "Not saved: {reason}. Your entry is still here; try again.",
    ),
    "welcome.title": ("Welkom bij Schoolyard", "Welcome to Schoolyard"),
    "welcome.intro": (
        "Hier noteer je in een paar seconden wie je sprak bij het brengen en halen, en zie je "
        "welke ouders al een tijd geen positief contact hadden. Begin met je klas:",
        "Here you note in seconds whom you spoke to at drop-off and pick-up, and see which "
        "parents have not had a positive contact for a while. Start with your class:",
    ),
    "welcome.import": ("Klaslijst importeren", "Import a class list"),
    "welcome.add": ("Gezin met de hand toevoegen", "Add a family by hand"),
    "welcome.csv_format": (
        "Een CSV-bestand (; of ,) met een kopregel. Nodig: gezin, kind, groep. "
        "Mag: ouders, taal, kanaal. Een export met roepnaam, voorvoegsel en achternaam "
        "werkt ook. Bijvoorbeeld:",
        "A CSV file (; or ,) with a header row. Needed: family, child, group. "
        "Optional: guardians, language, channel. An export with roepnaam, voorvoegsel and "
        "achternaam works too. For example:",
    ),
    "welcome.csv_example": (
        "gezin;kind;groep;ouders;taal;kanaal\nKaya;Yusuf;4;Hatice Kaya;Turks;WhatsApp",
        "family,child,group,guardians,language,channel\nKaya,Yusuf,4,Hatice Kaya,Turkish,WhatsApp",
    ),
    "welcome.path.placeholder": (
        "Pad naar de klaslijst, bijv. ~/klaslijst.csv — Enter importeert",
        "Path to the class list, e.g. ~/classlist.csv — Enter imports",
    ),
    "welcome.imported": ("{count} gezinnen ingelezen.", "{count} families imported."),
    "welcome.added": ("Gezin {name} toegevoegd.", "Family {name} added."),
    "welcome.key.import": ("Klaslijst", "Class list"),
    "welcome.key.add": ("Gezin toevoegen", "Add family"),
    "welcome.key.back": ("Terug", "Back"),
    # Class-list import and the JSON summary (storage/classlist.py, storage/summary.py).
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
        "Regel {line} ({child} {family}): ‘{group}’ is geen groep van 1 tot en met 8;"
        " er is niets ingelezen.",
        "Line {line} ({child} {family}): ‘{group}’ is not a group from 1 to 8;"
        " nothing was imported.",
    ),
    "classlist.duplicate_child": (
        "Regel {line} ({child} {family}): dit kind staat ook op regel {first},"
        " in een andere groep; er is niets ingelezen.",
        "Line {line} ({child} {family}): this child is also on line {first}"
        " in another group; nothing was imported.",
    ),
    "classlist.imported": (
        "{added} gezinnen toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd.",
        "{added} families added, {updated} updated, {unchanged} unchanged.",
    ),
    "summary.bad_period": (
        "De periode eindigt ({end}) voordat hij begint ({start}).",
        "The period ends ({end}) before it starts ({start}).",
    ),
    # Families, history and help screens and their modals (tui/screens/families.py,
    # family_form.py, confirm.py, history.py, contact_form.py, help.py).
    "confirm.key.yes": ("Ja", "Yes"),
    "confirm.key.no": ("Nee", "No"),
    "confirm.cancel": ("Nee, laat staan", "No, keep it"),
    "confirm.hint": ("j of Enter: ja · n of Esc: nee", "y or Enter: yes · n or Esc: no"),
    "form.key.save": ("Bewaren", "Save"),
    "form.key.cancel": ("Annuleren", "Cancel"),
    "form.save": ("Bewaren", "Save"),
    "form.cancel": ("Annuleren", "Cancel"),
    "form.hint": ("Enter bewaart · Esc annuleert", "Enter saves · Esc cancels"),
    "familyform.title.new": ("Nieuw gezin", "New family"),
    "familyform.title.edit": ("Gezin wijzigen", "Edit family"),
    "familyform.label.name": ("Gezinsnaam", "Family name"),
    "familyform.label.children": ("Kinderen en groep", "Children and group"),
    "familyform.label.guardians": ("Ouders/verzorgers", "Parents/guardians"),
    "familyform.label.language": ("Thuistaal", "Home language"),
    "familyform.label.interpreter": ("Tolk", "Interpreter"),
    "familyform.label.channel": ("Voorkeurskanaal", "Preferred channel"),
    "familyform.label.first_contact": ("Kennismaking", "First contact"),
    "familyform.label.active": ("Actief", "Active"),
    "familyform.label.tips": ("Communicatietips", "Communication tips"),
    "familyform.children.placeholder": ("Elif 5, Emre 2", "Elif 5, Emre 2"),
    "familyform.children.help": (
        "Naam en groep (1–8) per kind, met komma's ertussen.",
        "Each child's name and group (1–8), comma-separated.",
    ),
    "familyform.guardians.placeholder": (
        "Ayşe Yılmaz, Mehmet Yılmaz",
        "Ayşe Yılmaz, Mehmet Yılmaz",
    ),
    "familyform.interpreter.box": (
        "Een tolk of eenvoudige taal helpt",
        "An interpreter or simple language helps",
    ),
    "familyform.channels": (
        "persoonlijk|telefoon|WhatsApp|e-mail|schoolapp|brief",
        "in person|phone|WhatsApp|email|school app|letter",
    ),
    "familyform.first_contact.placeholder": (
        "25-11-2026, gisteren — leeg: nog niet",
        "2026-11-25, yesterday — empty: not yet",
    ),
    "familyform.active.box": (
        "Actief (uit: gearchiveerd, bijv. verhuisd)",
        "Active (off: archived, e.g. moved away)",
    ),
    "familyform.error.name": ("Vul de naam van het gezin in.", "Fill in the family's name."),
    "familyform.error.child_group": (
        "Bij ‘{child}’ staat geen groep; schrijf bijvoorbeeld ‘Elif 5’.",
        "‘{child}’ has no group; write for example ‘Elif 5’.",
    ),
    "familyform.error.group_range": (
        "Groep {group} bij {child}: kies een groep van 1 tot en met 8.",
        "Group {group} for {child}: choose a group from 1 to 8.",
    ),
    "familyform.error.future": (
        "De kennismaking kan niet in de toekomst liggen.",
        "The first contact cannot be in the future.",
    ),
    "contactform.title": ("Contact met {family} wijzigen", "Edit the contact with {family}"),
    "contactform.label.when": ("Wanneer", "When"),
    "contactform.label.moment": ("Moment", "Moment"),
    "contactform.label.tone": ("Toon", "Tone"),
    "contactform.label.initiator": ("Begonnen door", "Started by"),
    "contactform.label.reached": ("Bereikt", "Reached"),
    "contactform.label.follow_up": ("Opvolgen", "Follow up"),
    "contactform.label.note": ("Notitie", "Note"),
    "contactform.when.help": (
        "Bijv. 24-11-2026 15:10, gisteren 8:20, 15:10",
        "E.g. 2026-11-24 15:10, yesterday 8:20, 15:10",
    ),
    "contactform.reached.box": (
        "Iemand gesproken (uit: poging, niet bereikt)",
        "Spoke to someone (off: an attempt, not reached)",
    ),
    "contactform.follow_up.box": ("Hier kom ik op terug", "I will follow this up"),
    "contactform.error.future": (
        "Een contact kan niet in de toekomst liggen; er is niets bewaard.",
        "A contact cannot be in the future; nothing was saved.",
    ),
    "families.key.add": ("Toevoegen", "Add"),
    "families.key.edit": ("Wijzigen", "Edit"),
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
        "Zoek gezin of kind… (Enter: naar de lijst, Esc: wissen)",
        "Search family or child… (Enter: to the list, Esc: clear)",
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
        "gesorteerd op {column} (s: volgende kolom, o: omdraaien)",
        "sorted by {column} (s: next column, o: reverse)",
    ),
    "families.archived_hidden": (
        "{count} gearchiveerd verborgen (v)",
        "{count} archived hidden (v)",
    ),
    "families.legend": (
        "○ nog geen kennismaking · ! positief contact nodig · Dagen: sinds het laatste positieve",
        "○ no first contact yet · ! needs a positive contact · Days: since the last positive",
    ),
    "families.contacts.one": ("1 contact", "1 contact"),
    "families.contacts.many": ("{count} contacten", "{count} contacts"),
    "families.added": ("Gezin {name} toegevoegd.", "Family {name} added."),
    "families.saved": ("Gezin {name} bewaard.", "Family {name} saved."),
    "families.archived_done": (
        "Gezin {name} gearchiveerd; v toont het archief.",
        "Family {name} archived; v shows the archive.",
    ),
    "families.unarchived": ("Gezin {name} is weer actief.", "Family {name} is active again."),
    "families.gone": (
        "Dit gezin bestaat niet meer (elders gewist?).",
        "This family no longer exists (erased elsewhere?).",
    ),
    "families.forget.confirm": (
        "Gezin {name}{children} en {contacts} worden definitief gewist. "
        "Dit kan niet ongedaan worden gemaakt.",
        "Family {name}{children} and {contacts} will be erased for good. This cannot be undone.",
    ),
    "families.forget.yes": ("Ja, wissen", "Yes, erase"),
    "families.forgotten": (
        "Gezin {name} en {contacts} zijn gewist.",
        "Family {name} and {contacts} have been erased.",
    ),
    "history.key.edit": ("Wijzigen", "Edit"),
    "history.key.delete": ("Verwijderen", "Delete"),
    "history.key.family": ("Gezin", "Family"),
    "history.key.moment": ("Moment", "Moment"),
    "history.key.tone": ("Toon", "Tone"),
    "history.key.period": ("Periode", "Period"),
    "history.key.back": ("Terug", "Back"),
    "history.cmd.edit": ("Het gekozen contact wijzigen", "Edit the highlighted contact"),
    "history.cmd.delete": ("Het gekozen contact verwijderen", "Delete the highlighted contact"),
    "history.cmd.family": ("Contacten van één gezin tonen", "Show the contacts of one family"),
    "history.cmd.moment": ("Filteren op moment", "Filter by moment"),
    "history.cmd.tone": ("Filteren op toon", "Filter by tone"),
    "history.cmd.period": ("Filteren op periode", "Filter by period"),
    "history.family.placeholder": ("Gezin of kind… (/)", "Family or child… (/)"),
    "history.all_moments": ("alle momenten (m)", "all moments (m)"),
    "history.all_tones": ("alle tonen (t)", "all tones (t)"),
    "history.period.all": ("alles (p)", "all time (p)"),
    "history.period.week": ("deze week", "this week"),
    "history.period.four_weeks": ("laatste 4 weken", "last 4 weeks"),
    "history.period.school_year": ("dit schooljaar", "this school year"),
    "history.period.range": ("van … tot …", "from … to …"),
    "history.from.placeholder": ("van 1-11-2026", "from 2026-11-01"),
    "history.to.placeholder": ("tot en met", "to (inclusive)"),
    "history.col.when": ("Wanneer", "When"),
    "history.col.family": ("Gezin", "Family"),
    "history.col.moment": ("Moment", "Moment"),
    "history.col.tone": ("Toon", "Tone"),
    "history.col.initiator": ("Door", "Started by"),
    "history.col.note": ("Notitie", "Note"),
    "history.count": ("{count} contacten", "{count} contacts"),
    "history.count.one": ("1 contact", "1 contact"),
    "history.capped": (
        "De nieuwste {count} van meer contacten — verfijn met de filters",
        "The newest {count} of more contacts — narrow them with the filters",
    ),
    "history.none": ("Geen contacten bij deze filters.", "No contacts with these filters."),
    "history.no_family": ("Geen gezin gevonden voor ‘{query}’.", "No family found for ‘{query}’."),
    "history.families_matched": ("{count} gezinnen passen", "{count} families match"),
    "history.legend": (
        "{not_reached} niet bereikt (telt niet als contact) · {follow_up} opvolgen · "
        "Esc wist de filters",
        "{not_reached} not reached (does not count as a contact) · {follow_up} follow up · "
        "Esc clears the filters",
    ),
    "history.saved": ("Contact met {family} gewijzigd.", "Contact with {family} changed."),
    "history.deleted": (
        "Contact met {family} verwijderd — ctrl+z zet het terug.",
        "Contact with {family} deleted — ctrl+z brings it back.",
    ),
    "history.gone": (
        "Dit contact bestaat niet meer (elders gewist?).",
        "This contact no longer exists (erased elsewhere?).",
    ),
    "history.delete.confirm": (
        "Het contact met {family} van {when} ({moment}, {tone}) verwijderen?",
        "Delete the contact with {family} of {when} ({moment}, {tone})?",
    ),
    "history.delete.yes": ("Ja, verwijderen", "Yes, delete"),
    "help.why": (
        "Begin met informeel contact: een groet bij het brengen en halen bouwt de relatie.\n"
        "Spreek ouders niet alleen over problemen: zorg dat elk gezin ook positief contact krijgt.",
        "Start with informal contact: a greeting at drop-off and pick-up builds the relationship.\n"
        "Don't talk to parents only about problems: make sure every family gets positive contact.",
    ),
    "help.section.global": ("Overal", "Everywhere"),
    "help.section.today": ("Vandaag (F2)", "Today (F2)"),
    "help.section.log": ("Contact loggen", "Logging a contact"),
    "help.section.families": ("Gezinnen (F3)", "Families (F3)"),
    "help.section.history": ("Geschiedenis (F4)", "History (F4)"),
    "help.section.week": ("Week (F5)", "Week (F5)"),
    "help.section.settings": ("Instellingen (F6)", "Settings (F6)"),
    "help.section.confirm": ("Een vraag bevestigen", "Confirming a question"),
    "help.section.family_form": ("Gezinsformulier (a, e)", "Family form (a, e)"),
    "help.section.contact_form": ("Contact wijzigen (e)", "Editing a contact (e)"),
    "help.section.summary": ("Overzicht opslaan (s)", "Saving the summary (s)"),
    "help.section.welcome": ("Welkom (bij een leeg bestand)", "Welcome (on an empty file)"),
    "help.key.letters": ("letters", "letters"),
    "help.today.search": (
        "zoek een gezin of kind (yilmaz vindt Yılmaz)",
        "search a family or child (yilmaz finds Yılmaz)",
    ),
    "help.log.note": ("korte notitie (mag leeg)", "short note (optional)"),
    "help.log.save": ("bewaren", "save"),
    "help.form.tab": ("volgend / vorig veld", "next / previous field"),
    "help.palette": (
        "opdrachtenpalet: elk scherm en elke actie",
        "command palette: every screen and action",
    ),
    "help.quit": ("afsluiten", "quit"),
    "help.key.close": ("Sluiten", "Close"),
    "help.cmd.close": ("De hulp sluiten", "Close the help"),
    # Why a data file cannot be used: DataFileError.key (storage/jsonstore.py, storage/book.py).
    "datafile.not_json": ("het is geen geldige JSON meer", "it is no longer valid JSON"),
    "datafile.not_schoolyard": (
        "het is JSON, maar geen Schoolyard-bestand",
        "it is JSON, but not a Schoolyard data file",
    ),
    "datafile.damaged": (
        "een gegeven erin is beschadigd ({detail})",
        "a record in it is damaged ({detail})",
    ),
    "datafile.unreadable": ("het is niet te lezen ({detail})", "it cannot be read ({detail})"),
    "datafile.busy": ("een andere Schoolyard schrijft erin", "another Schoolyard is writing it"),
}

_WEEKDAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def detect_language(environ: dict[str, str] | None = None) -> str:
    """`nl` when the locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) is Dutch, else `en`."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def set_language(language: str | None) -> str:
    """Use `language` (`nl` or `en`), or the locale's when None; returns the one in use."""
    global _language
    _language = language if language in LANGUAGES else detect_language()
    return _language


def language() -> str:
    return _language


def t(key: str, **values: object) -> str:
    """The string for `key` in the current language, with `values` filled in."""
    nl, en = TEXT[key]
    text = nl if _language == "nl" else en
    return text.format(**values) if values else text


def moment_name(moment: object) -> str:
    return t(f"moment.{getattr(moment, 'value', moment)}")


def tone_name(tone: object) -> str:
    return t(f"tone.{getattr(tone, 'value', tone)}")


def format_day(day: date) -> str:
    """`ma 23 nov` in Dutch, `Mon 23 Nov` in English."""
    return f"{_WEEKDAYS[_language][day.weekday()]} {day.day} {_MONTHS[_language][day.month - 1]}"


def format_when(at: datetime, today: date | None = None) -> str:
    """`vandaag 15:10`, `gisteren 08:20`, else `ma 23 nov 15:10`."""
    today = today or date.today()
    day = at.date()
    if day == today:
        label = t("date.today")
    elif (today - day).days == 1:
        label = t("date.yesterday")
    else:
        label = format_day(day)
    return f"{label} {at:%H:%M}"


def week_label(day: date) -> str:
    """`week 48` (ISO week)."""
    return t("date.week", week=day.isocalendar()[1])
