"""Today screen, log flow and welcome (tui/screens/today.py, log_contact.py, welcome.py)."""

TEXT: dict[str, tuple[str, str]] = {
    "today.search.placeholder": ("Zoek gezin of kind…", "Search family or child…"),
    "today.col.family": ("Gezin", "Family"),
    "today.col.children": ("Kind (groep)", "Child (group)"),
    "today.col.days": ("Laatste +", "Last +"),
    # Calendar days since the last positive contact, on Today and Week alike.
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
    "log.step.tone.attempt": (
        "Toon — geen bij een poging: + = of - gaat verder",
        "Tone — none for an attempt: + = or - goes on",
    ),
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
        "{line} Je invoer staat er nog.",
        "{line} Your entry is still here.",
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
    "welcome.added": ("Gezin {name} toegevoegd.", "Family {name} added."),
    "welcome.key.import": ("Klaslijst", "Class list"),
    "welcome.key.add": ("Gezin toevoegen", "Add family"),
    "welcome.key.back": ("Terug", "Back"),
}
