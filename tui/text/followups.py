"""Follow-ups: `schoolyard followups` and the follow-up rule's words."""

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
}
