"""Confirmations and the family and contact forms (confirm, form, family_form, contact_form)."""

TEXT: dict[str, tuple[str, str]] = {
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
        "Groep {group} bij {child}: kies een groep van 1 tot en met 8, of een combinatiegroep"
        " zoals 1/2.",
        "Group {group} for {child}: choose a group from 1 to 8, or a combination group"
        " such as 1/2.",
    ),
    "familyform.error.too_long_ago": (
        "De kennismaking ligt meer dan twee jaar terug, waarschijnlijk een tikfout; "
        "de vroegste datum is {earliest}.",
        "The first contact is more than two years ago, probably a typo; "
        "the earliest date is {earliest}.",
    ),
    "familyform.error.future": (
        "De kennismaking kan niet in de toekomst liggen.",
        "The first contact cannot be in the future.",
    ),
    "conflict.intro": (
        "Terwijl dit formulier open stond, is gezin {name} ergens anders gewijzigd "
        "(bijvoorbeeld door een import of `schoolyard log`). Deze velden verschillen:",
        "While this form was open, family {name} was changed elsewhere "
        "(an import or `schoolyard log`, for example). These fields differ:",
    ),
    "conflict.intro_contact": (
        "Terwijl dit formulier open stond, is het contact met {family} van {when} ergens "
        "anders gewijzigd (bijvoorbeeld met `schoolyard` in een ander venster). "
        "Deze velden verschillen:",
        "While this form was open, the contact with {family} of {when} was changed "
        "elsewhere (for example with `schoolyard` in another window). These fields differ:",
    ),
    "conflict.kept_theirs_contact": (
        "Contact met {family}: opgeslagen waarden gehouden voor {fields}.",
        "Contact with {family}: kept the stored values of {fields}.",
    ),
    "conflict.field": (
        "• {field}: van u ‘{mine}’, nu opgeslagen ‘{theirs}’",
        "• {field}: yours ‘{mine}’, stored now ‘{theirs}’",
    ),
    "conflict.yes": ("ja", "yes"),
    "conflict.no": ("nee", "no"),
    "conflict.form": ("Terug naar het formulier", "Back to the form"),
    "conflict.theirs": ("Opgeslagen houden", "Keep what is stored"),
    "conflict.mine": ("Mijn invoer bewaren", "Save mine over it"),
    "conflict.key.form": ("Terug naar het formulier", "Back to the form"),
    "conflict.kept_theirs": (
        "Gezin {name}: opgeslagen waarden gehouden voor {fields}.",
        "Family {name}: kept the stored values of {fields}.",
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
        "Bijv. 24-11-2026 15:10, gisteren 8:20, ma 8.15, 24 nov 15:10",
        "E.g. 2026-11-24 15:10, yesterday 8:20, mon 8:15, 24 nov 15:10",
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
}
