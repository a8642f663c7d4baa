"""storage/paths.py finds the user data folder without importing platformdirs in the
usual cases on Linux and macOS; in each it must name the folder platformdirs names,
else a teacher's data would seem gone. Everything else is left to platformdirs."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix

from storage import paths

HOMES = ["/home/juf", "/home/juf/", "/", "/home/Ærø Yılmaz", "//srv/homes/juf"]
XDGS = [None, "", "/data/xdg", "/data/xdg/", "relative/xdg", "~/xdg", " "]


def _environment(monkeypatch: pytest.MonkeyPatch, home: str | None, xdg: str | None) -> None:
    for name, value in (("HOME", home), ("XDG_DATA_HOME", xdg)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("ANDROID_DATA", raising=False)


@pytest.mark.parametrize("xdg", XDGS)
@pytest.mark.parametrize("home", [*HOMES, "relative/home", ""])
@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_the_usual_folder_is_the_one_platformdirs_names(
    monkeypatch: pytest.MonkeyPatch, platform: str, home: str, xdg: str | None
) -> None:
    _environment(monkeypatch, home, xdg)
    monkeypatch.setattr(sys, "platform", platform)
    ours = paths.usual_data_folder()
    if ours is None:
        return  # platformdirs answers this case itself
    theirs = (Unix if platform == "linux" else MacOS)(appname="schoolyard", appauthor=False)
    assert ours == theirs.user_data_dir


@pytest.mark.parametrize("xdg", [None, "", "/data/xdg"])
@pytest.mark.parametrize("home", HOMES)
def test_the_usual_cases_are_answered_without_platformdirs(
    monkeypatch: pytest.MonkeyPatch, home: str, xdg: str | None
) -> None:
    _environment(monkeypatch, home, xdg)
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.usual_data_folder() is not None


@pytest.mark.parametrize(
    ("platform", "home", "xdg"),
    [
        ("win32", "C:/Users/juf", None),
        ("linux", "relative/home", None),
        ("linux", "/home/juf", "relative/xdg"),
        ("darwin", "/Users/juf", "/data/xdg"),  # older platformdirs ignore XDG on macOS
        ("ios", "/Users/juf", None),
    ],
)
def test_other_cases_are_left_to_platformdirs(
    monkeypatch: pytest.MonkeyPatch, platform: str, home: str, xdg: str | None
) -> None:
    _environment(monkeypatch, home, xdg)
    monkeypatch.setattr(sys, "platform", platform)
    assert paths.usual_data_folder() is None


def test_android_is_left_to_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    _environment(monkeypatch, "/data/data/app", None)
    monkeypatch.setenv("ANDROID_DATA", "/data")
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.usual_data_folder() is None


@pytest.mark.parametrize("xdg", XDGS)
def test_the_default_file_here_is_platformdirs_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str | None
) -> None:
    _environment(monkeypatch, str(tmp_path / "home"), xdg)
    monkeypatch.delenv(paths.ENV_VAR, raising=False)
    expected = platformdirs.user_data_path("schoolyard", appauthor=False) / "schoolyard.json"
    assert paths.default_data_path() == expected
    assert paths.data_path() == expected
    assert Path(paths.data_file()) == expected


def test_data_file_and_data_path_agree(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for given in ["~/klas.json", str(tmp_path / "a" / ".." / "klas.json"), tmp_path / "k.json"]:
        assert Path(paths.data_file(given)) == paths.data_path(given)
    monkeypatch.setenv(paths.ENV_VAR, "~/school.json")
    assert paths.data_path() == Path(paths.data_file()) == tmp_path / "school.json"
