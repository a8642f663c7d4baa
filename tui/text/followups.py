"""Follow-ups (`schoolyard followups`) and families merged or split (`families merge/split`)."""

TEXT: dict[str, tuple[str, str]] = {
    "cli.cmd.followups": (
        "contacten met ‘opvolgen’ die nog open staan (een later bereikt contact sluit ze)",
        "contacts marked ‘follow up’ still open (a later contact that reached them clears them)",
    ),
    "cli.h.followups_done": (
        "een opvolging afvinken (ID uit de lijst)",
        "tick a follow-up off (ID from the list)",
    ),
    "followup.none": ("Geen open opvolgingen.", "No open follow-ups."),
    "followup.ticked": ("Afgevinkt: {contact}", "Ticked off: {contact}"),
    "followup.unknown": ("Geen contact met id {id}.", "No contact has id {id}."),
    "followup.not_flagged": (
        "Contact {id} staat niet op ‘opvolgen’; er is niets veranderd.",
        "Contact {id} was not marked ‘follow up’; nothing was changed.",
    ),
    "followup.closed": (
        "Contact {id} is al opgevolgd; er is niets veranderd.",
        "Contact {id} has been followed up already; nothing was changed.",
    ),
    "cli.h.families_merge": (
        "twee gezinnen samenvoegen: OTHER (kinderen, contacten, plannen) gaat op in FAMILY",
        "make two families one: OTHER (children, contacts, plans) joins FAMILY",
    ),
    "cli.h.families_split": (
        "deze kinderen worden een eigen gezin (de contacten blijven bij FAMILY)",
        "these children become a family of their own (contacts stay with FAMILY)",
    ),
    "regroup.merged": (
        "Samengevoegd (gezin {other} is opgegaan in):",
        "Merged (family {other} joined):",
    ),
    "regroup.split": ("Gesplitst:", "Split:"),
    "regroup.same_family": (
        "Dat is twee keer hetzelfde gezin; er is niets veranderd.",
        "That is the same family twice; nothing was changed.",
    ),
    "regroup.no_such_child": (
        "Noem kinderen van {family} ({children}); er is niets veranderd.",
        "Name children of {family} ({children}); nothing was changed.",
    ),
    "regroup.nobody_stays": (
        "Er moet een kind bij {family} blijven; er is niets veranderd.",
        "At least one child stays with {family}; nothing was changed.",
    ),
    "regroup.check_merged": (
        "Let op: {family} ({children}) is op achternaam één gezin geworden (de lijst heeft geen"
        " ouders). Twee gezinnen? schoolyard families split {id} {child}",
        "Check: {family} ({children}) became one family by surname alone (the list has no"
        " guardians). Two families? schoolyard families split {id} {child}",
    ),
    "regroup.check_siblings": (
        "Let op: nog een gezin {family} ({children}); broers of zussen?"
        " schoolyard families merge {ids}",
        "Check: another family {family} ({children}); siblings? schoolyard families merge {ids}",
    ),
    # -- the app: follow-ups on Today and Week (tui/widgets/followups.py) -------------------
    "followup.title": ("Opvolgen ({count})", "Follow up ({count})"),
    "followup.key.tick": ("Afvinken", "Tick off"),
    "followup.key.tick.help": (
        "de opvolging van het gekozen gezin afvinken (anders de oudste); ctrl+z zet terug",
        "tick off the chosen family's follow-up (else the oldest); ctrl+z puts it back",
    ),
    "followup.ticked_app": (
        "Afgevinkt: {family} {day} (ctrl+z zet terug).",
        "Ticked off: {family} {day} (ctrl+z puts it back).",
    ),
    # -- the app: merge, split, and a family added twice (tui/screens/regroup.py) ----------
    "regroup.key.merge": ("Samenvoegen", "Merge"),
    "regroup.key.split": ("Splitsen", "Split"),
    "regroup.key.open": ("Openen", "Open it"),
    "regroup.key.add_anyway": ("Toch toevoegen", "Add anyway"),
    "regroup.key.back": ("Terug", "Back"),
    "regroup.key.split_go": ("Splitsen", "Split"),
    "regroup.similar": (
        "Er is al een gezin {name}:\n{families}\nIs dit hetzelfde gezin?",
        "There is a family {name} already:\n{families}\nIs it the same family?",
    ),
    "regroup.similar.hint": (
        "o of Enter: dat gezin openen · a: toch toevoegen · Esc: terug naar het formulier",
        "o or Enter: open that family · a: add anyway · Esc: back to the form",
    ),
    "regroup.merge.pick": (
        "Samenvoegen: {family}. Ga naar het gezin waar het in opgaat en druk weer ctrl+b.",
        "Merge: {family}. Move to the family it joins and press ctrl+b again.",
    ),
    "regroup.merge.stopped": ("Samenvoegen gestopt.", "Merge stopped."),
    "regroup.merge.confirm": (
        "{other} opnemen in {keep}? Kinderen, ouders, contacten en plannen gaan over;"
        " {other} verdwijnt. ctrl+z maakt dit niet ongedaan (splitsen wel).",
        "Make {other} part of {keep}? Children, parents, contacts and plans move over;"
        " {other} is gone. ctrl+z does not take this back (a split does).",
    ),
    "regroup.merge.yes": ("Ja, samenvoegen", "Yes, merge"),
    "regroup.merged_app": ("{other} is opgegaan in {keep}.", "{other} joined {keep}."),
    "regroup.split.title": (
        "Welke kinderen van {family} worden een eigen gezin?",
        "Which children of {family} become a family of their own?",
    ),
    "regroup.split.hint": (
        "Spatie: kind kiezen · Enter: splitsen (vraagt eerst) · Esc: terug",
        "Space: pick a child · Enter: split (asks first) · Esc: back",
    ),
    "regroup.split.none": ("Kies eerst een kind (Spatie).", "Pick a child first (Space)."),
    "regroup.split.too_few": (
        "{family} heeft maar één kind: niets te splitsen.",
        "{family} has one child: nothing to split.",
    ),
    "regroup.split.confirm": (
        "{children} uit {family} als een nieuw gezin? De contacten blijven bij {family}."
        " ctrl+z maakt dit niet ongedaan (samenvoegen wel).",
        "Make {children} of {family} a new family? The contacts stay with {family}."
        " ctrl+z does not take this back (a merge does).",
    ),
    "regroup.split.yes": ("Ja, splitsen", "Yes, split"),
    "regroup.split_app": ("Gesplitst: {kept} en {new}.", "Split: {kept} and {new}."),
}
