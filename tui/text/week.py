"""Week, settings and saving the summary (tui/screens/week.py, settings.py, save_summary.py)."""

TEXT: dict[str, tuple[str, str]] = {
    "week.period": ("{week} · {start} – {end}", "{week} · {start} – {end}"),
    "week.window.one": ("venster: 1 schooldag", "window: 1 school day"),
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
    "week.col.days": ("kalenderdagen", "calendar days"),
    "week.col.last": ("laatste contact", "last contact"),
    "week.col.concerns": ("zorg", "concern"),
    "week.only_problems": ("alleen over zorgen gesproken", "only contacted about problems"),
    "week.concerns_since": (
        "{count}× zorg sinds het laatste positieve contact",
        "{count}× concern since the last positive contact",
    ),
    "week.never_positive": ("Nog nooit een positief contact.", "Never a positive contact yet."),
    "week.days_since.one": (
        "1 dag sinds het laatste positieve contact ({when}).",
        "1 day since the last positive contact ({when}).",
    ),
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
    "week.planned.ahead": (
        "{family} gepland voor komende week.",
        "{family} planned for the coming week.",
    ),
    "week.planned_mark.ahead": ("Gepland voor komende week.", "Planned for the coming week."),
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
    "week.reflect.label": ("Notitie", "Note"),
    "week.reflect.conflict": (
        "Terwijl u typte, is de reflectie van week {week} ergens anders gewijzigd "
        "(bijvoorbeeld in een tweede Schoolyard-venster):",
        "While you were typing, the reflection of week {week} was changed elsewhere "
        "(in a second Schoolyard window, for example):",
    ),
    "week.reflect.kept_theirs": (
        "De opgeslagen reflectie is gehouden; uw tekst is vervallen.",
        "The stored reflection was kept; your text was dropped.",
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
    "settings.window.conflict": (
        "Terwijl u typte, is het venster ergens anders gewijzigd "
        "(bijvoorbeeld in een tweede Schoolyard-venster):",
        "While you were typing, the window was changed elsewhere "
        "(in a second Schoolyard window, for example):",
    ),
    "settings.window.kept_theirs.one": (
        "Het opgeslagen venster is gehouden: 1 schooldag.",
        "Kept the stored window: 1 school day.",
    ),
    "settings.window.kept_theirs": (
        "Het opgeslagen venster is gehouden: {days} schooldagen.",
        "Kept the stored window: {days} school days.",
    ),
    "settings.window.saved.one": ("Venster: 1 schooldag.", "Window: 1 school day."),
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
    # Placeholders fit their fields at 80 columns; English shows the unambiguous ISO date.
    "settings.add.from": ("van: 19-10-2026", "from: 2026-10-19"),
    "settings.add.to": ("t/m (leeg: 1 dag)", "to (empty: 1 day)"),
    "settings.add.name": ("naam: Kerst", "name: Easter"),
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
    "holiday.backwards": (
        "De laatste dag ligt vóór de eerste; er is niets toegevoegd.",
        "The last day is before the first; nothing was added.",
    ),
    "holiday.duplicate": (
        "Die vakantie staat er al ({name}, {start} – {end}); er is niets toegevoegd.",
        "That holiday is there already ({name}, {start} – {end}); nothing was added.",
    ),
    "settings.key.remove": ("Verwijderen", "Remove"),
    "settings.remove.confirm": (
        "Vakantie {name} ({start} – {end}) verwijderen? Die dagen tellen dan weer als schooldagen.",
        "Remove the holiday {name} ({start} – {end})? Those days count as school days again.",
    ),
    "settings.remove.yes": ("Ja, verwijderen", "Yes, remove"),
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
}
