"""Why a data file cannot be used: DataFileError.key (storage/)."""

TEXT: dict[str, tuple[str, str]] = {
    "datafile.not_json": ("het is geen geldige JSON meer", "it is no longer valid JSON"),
    "datafile.not_schoolyard": (
        "het is JSON, maar geen Schoolyard-bestand",
        "it is JSON, but not a Schoolyard data file",
    ),
    "datafile.damaged": (
        "een gegeven erin is beschadigd ({detail})",
        "a record in it is damaged ({detail})",
    ),
    "datafile.newer": (
        "een nieuwere Schoolyard heeft het geschreven (bestandsversie {version}); werk "
        "Schoolyard bij, dan kunt u het weer openen. Het bestand is niet veranderd.",
        "a newer Schoolyard wrote it (data file version {version}); update Schoolyard to "
        "open it again. The file has not been changed.",
    ),
    "datafile.unreadable": ("het is niet te lezen ({detail})", "it cannot be read ({detail})"),
    "datafile.busy": ("een andere Schoolyard schrijft erin", "another Schoolyard is writing it"),
}
# Writing: each names the data file (the CLI's {file}) or its folder, and says what to do.
TEXT |= {
    "datafile.disk_full": (
        "de schijf met {folder} is vol; maak ruimte vrij en probeer het opnieuw",
        "the disk holding {folder} is full; free some space and try again",
    ),
    "datafile.folder_read_only": (
        "Schoolyard mag niet schrijven in de map {folder}; sta schrijven daar toe, "
        "of kies een andere plek met --data",
        "Schoolyard may not write in the folder {folder}; allow writing there, "
        "or choose another place with --data",
    ),
    "datafile.read_only": (
        "het bestand is alleen-lezen; maak het weer schrijfbaar (bijvoorbeeld chmod u+w) "
        "als Schoolyard het mag veranderen",
        "the file is read-only; make it writable again (for example chmod u+w) "
        "if Schoolyard may change it",
    ),
    "datafile.protected": (
        "het bestand is beveiligd tegen veranderen (vergrendeld of onveranderbaar); "
        "hef dat op en probeer het opnieuw",
        "the file is protected against changes (locked or immutable); "
        "lift that protection and try again",
    ),
    "datafile.write_failed": (
        "het kon niet worden weggeschreven ({detail}); er is niets bewaard, probeer het opnieuw",
        "it could not be written ({detail}); nothing was saved, try again",
    ),
    "datafile.lock_lost": (
        "een ander programma haalde het slot van Schoolyard weg terwijl deze wijziging werd "
        "bewaard; er is niets bewaard, probeer het opnieuw",
        "another program removed Schoolyard's lock while this change was being saved; "
        "nothing was saved, try again",
    ),
    "datafile.changed_meanwhile": (
        "een ander programma veranderde het bestand terwijl deze wijziging werd bewaard; "
        "er is niets bewaard, probeer het opnieuw",
        "another program changed the file while this change was being saved; "
        "nothing was saved, try again",
    ),
    "datafile.link_dangling": (
        "het is een koppeling naar {target}, dat er niet is; sluit die schijf of map aan, "
        "of laat de koppeling naar het databestand wijzen",
        "it is a link to {target}, which is not there; connect that drive or folder, "
        "or point the link at the data file",
    ),
    "datafile.link_loop": (
        "het is een koppeling die naar zichzelf terugleidt; laat die naar het databestand wijzen",
        "it is a link that leads back to itself; point it at the data file",
    ),
    "datafile.is_folder": (
        "{target} is een map, geen databestand; wijs --data naar een .json-bestand",
        "{target} is a folder, not a data file; point --data at a .json file",
    ),
}
