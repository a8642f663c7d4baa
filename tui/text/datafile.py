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
    "datafile.unreadable": ("het is niet te lezen ({detail})", "it cannot be read ({detail})"),
    "datafile.busy": ("een andere Schoolyard schrijft erin", "another Schoolyard is writing it"),
}
