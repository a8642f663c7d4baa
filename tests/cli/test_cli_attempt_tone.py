"""Issue 9 item 4: an attempt where nobody was reached has no tone, in the CLI as in the app.

`log … --not-reached` stores `=` on the quick path (the console script) and the full
command alike; a `+` or `-` with it is refused in a sentence, nothing written; the
line said back and `schoolyard followups` show no tone for an attempt."""

from __future__ import annotations

from pathlib import Path

import pytest
from classbook import NOW, make_class

from storage import ContactBook, Tone
from storage.actions.logdocs import QuickLog
from tui import cli, cli_commands, cli_quick, text


@pytest.fixture
def class_file(tmp_path: Path) -> Path:
    path = tmp_path / "klas.json"
    make_class(ContactBook(path, clock=lambda: NOW))
    return path


@pytest.fixture(params=[True, False], ids=["quick", "full"])
def log(request, class_file: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    """`log("sara", "phone", "--not-reached")` → (code, out, err), as the console script
    runs it (quick) or through the full command."""
    monkeypatch.setattr(cli, "CONSOLE", request.param)
    monkeypatch.setattr(cli_quick, "open_quick", lambda p: QuickLog(p, clock=lambda: NOW))
    monkeypatch.setattr(cli_commands, "open_book", lambda p: ContactBook(p, clock=lambda: NOW))

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli.run(["log", *argv, "--data", str(class_file)])
        out, err = capsys.readouterr()
        text.set_language("en")
        return code, out, err

    return run


def newest(path: Path):
    return ContactBook(path, clock=lambda: NOW).contacts(limit=1)[0]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_attempt_is_stored_neutral_and_said_without_a_tone(log, class_file, language):
    code, out, _ = log("--lang", language, "oyen", "phone", "--not-reached")
    assert code == 0
    contact = newest(class_file)
    assert (contact.reached, contact.tone) == (False, Tone.NEUTRAL)
    text.set_language(language)
    assert text.t("word.not_reached") in out
    for tone in Tone:
        assert text.tone_name(tone) not in out, out


def test_an_attempt_with_a_neutral_tone_is_fine(log, class_file):
    assert log("oyen", "phone", "=", "--not-reached")[0] == 0
    assert (newest(class_file).reached, newest(class_file).tone) == (False, Tone.NEUTRAL)


@pytest.mark.parametrize("tone", ["+", "-", "zorg"])
def test_a_tone_with_an_attempt_is_refused_and_nothing_written(log, class_file, tone):
    before = class_file.read_bytes()
    code, out, err = log("oyen", "phone", tone, "--not-reached")
    assert code == 2 and out == ""
    assert "no tone" in err and "--note" in err
    assert class_file.read_bytes() == before


def test_a_reached_contact_still_says_its_tone(log, class_file):
    code, out, _ = log("oyen", "phone", "-")
    assert code == 0 and "- concern" in out
    assert newest(class_file).tone is Tone.CONCERN


def test_followups_show_no_tone_for_an_attempt(class_file, monkeypatch, capsys):
    monkeypatch.setattr(cli_commands, "open_book", lambda p: ContactBook(p, clock=lambda: NOW))
    book = ContactBook(class_file, clock=lambda: NOW)
    oyen = next(f for f in book.families() if f.name == "Øyen")
    from storage import Moment

    book.log(oyen.id, Moment.PHONE, Tone.NEUTRAL, reached=False, follow_up=True, note="bellen")
    capsys.readouterr()
    assert cli.run(["followups", "--data", str(class_file)]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "Øyen" in line)
    assert "not reached" in line and "neutral" not in line, line
