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
