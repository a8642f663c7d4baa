"""The help screen (tui/screens/help.py)."""

TEXT: dict[str, tuple[str, str]] = {
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
    "help.families.typing": (
        "zoeken (typen wijzigt nooit gegevens; Enter of ↓: naar de lijst)",
        "search (typing never changes data; Enter or ↓: to the list)",
    ),
    "help.history.typing": (
        "zoeken op gezin (typen wijzigt nooit gegevens)",
        "search by family (typing never changes data)",
    ),
    "help.week.typing": (
        "doen niets: plannen, loggen en reflectie staan onder ctrl-toetsen",
        "do nothing: plan, log and reflection are on ctrl keys",
    ),
    "help.settings.typing": (
        "doen niets tot u een veld kiest (ctrl+w, ctrl+n, Tab)",
        "do nothing until you pick a field (ctrl+w, ctrl+n, Tab)",
    ),
    "help.section.forget": ("Gezin vergeten (Del)", "Forgetting a family (Del)"),
    "help.forget.name": ("naam + Enter", "name + Enter"),
    "help.forget.erase": (
        "wist het gezin en al zijn contacten; alleen met de getypte gezinsnaam",
        "erases the family and all its contacts; only with the family's name typed",
    ),
    "help.section.conflict": (
        "Ergens anders gewijzigd (bij bewaren)",
        "Changed elsewhere (when saving)",
    ),
    "help.conflict.choose": (
        "terug naar het formulier, opgeslagen houden of mijn invoer bewaren",
        "back to the form, keep what is stored, or save mine over it",
    ),
    "help.log.note": ("korte notitie (mag leeg)", "short note (optional)"),
    "help.log.flags": (
        "ook direct na de toon, tot de eerste andere toets of een letter die al aan staat; "
        "begint de notitie met n, o of f: eerst een spatie of een hoofdletter",
        "also right after the tone, until the first other key or a letter already on; "
        "a note that begins with n, o or f: type a space or a capital first",
    ),
    "help.log.attempt": (
        "niemand bereikt: een poging heeft geen toon; + = of - gaat verder, bewaard wordt =",
        "nobody reached: an attempt has no tone; + = or - goes on, = is kept",
    ),
    "help.log.save": ("bewaren", "save"),
    "help.form.tab": ("volgend / vorig veld", "next / previous field"),
    "help.palette": (
        "opdrachtenpalet: elk scherm en elke actie",
        "command palette: every screen and action",
    ),
    "help.quit": ("afsluiten", "quit"),
    "help.key.close": ("Sluiten", "Close"),
    "help.cmd.close": ("De hulp sluiten", "Close the help"),
}
