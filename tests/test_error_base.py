"""One error base in storage (key and values), translated in one place for the CLI and app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from storage.classlists.classfile import ClassListError
from storage.engine.check import Problem
from storage.engine.lock import DataFileError
from storage.rules.errors import SchoolyardError
from storage.rules.summary import PeriodError
from storage.rules.when import TooLongAgo, WhenError
from tui import text
from tui.error_lines import error_text
from tui.screens.form import FormError

ERRORS = [
    DataFileError(Path("a.json"), "broken"),
    WhenError("when.bad_when", text="gisteren morgen"),
    TooLongAgo("1900", date(2026, 11, 25)),
    PeriodError(date(2026, 11, 25), date(2026, 11, 1)),
    ClassListError("classlist.missing_column", "no column", column="kind"),
    FormError("name", "familyform.error.name"),
]


@pytest.mark.parametrize("exc", ERRORS, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_keyed_error_shares_the_base_and_reads_as_a_sentence(exc, language) -> None:
    assert isinstance(exc, SchoolyardError)
    text.set_language(language)
    try:
        said = error_text(exc)
    finally:
        text.set_language("en")
    assert said == text.TEXT[exc.key][0 if language == "nl" else 1].format(**exc.values)
    assert "{" not in said and exc.key not in said


def test_the_engine_problem_shares_the_base() -> None:
    # Its values complete the data file's sentence once DataFileError carries it.
    assert isinstance(Problem("datafile.damaged", "bad json"), SchoolyardError)
