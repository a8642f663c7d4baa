"""The plain forms of `log`, `neglected` and the app, read without building argparse.

argparse costs a `schoolyard log` ~3.5 ms (its import with gettext and warnings, then
building and running the parser) of the ~45 ms of a class-sized log. `plain_args`
reads only forms it is sure of — exact option names, each at most once, one run of
words, no value that looks like an option — into the same attributes argparse would
give; anything else (`--help`, a typo, an abbreviation, `--`, a bad `--days`, a
repeated option) returns None and goes to argparse, so every message and exit code
stays argparse's own. tests/cli/test_cli_plain_args.py holds the two side by side.
"""

from __future__ import annotations

from types import SimpleNamespace

_GLOBAL = {"--data": "data", "--lang": "lang"}
"""Options with a value, before or after the sub-command."""

_VALUES = {
    "log": {**_GLOBAL, "--note": "note", "--at": "at"},
    "neglected": {**_GLOBAL, "--days": "days"},
}
_FLAGS = {
    "log": {"--not-reached": "not_reached", "--parent": "parent", "--follow-up": "follow_up"},
    "neglected": {"--json": "json"},
}
_DEFAULTS = {
    "log": {"note": "", "at": None, "not_reached": False, "parent": False, "follow_up": False},
    "neglected": {"days": None, "json": False},
}


def plain_args(argv: list[str], run: dict[str, object]) -> SimpleNamespace | None:
    """What argparse makes of `argv` when it is a plain `log` or `neglected`, or opens
    the app with at most `--data` and `--lang`; else None.

    `run` maps each command to its function (argparse's `set_defaults(run=...)`), and
    "" to the app's.
    """
    values: dict[str, object] = {"data": None, "lang": None, "demo": False, "with_files": None}
    seen: set[str] = set()
    command: str | None = None
    words: list[str] = []
    runs_of_words = 0
    last_was_word = False
    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        was_word, last_was_word = last_was_word, False
        if arg.startswith("-") and arg != "-":
            name, has_value, value = arg.partition("=")
            options = _VALUES[command] if command else _GLOBAL
            if name in options:
                if not has_value:
                    if i >= len(argv):
                        return None
                    value = argv[i]
                    i += 1
                if value.startswith("-") or name in seen:
                    return None  # argparse's own reading of these is the one to give
                seen.add(name)
                values[options[name]] = value
            elif command and not has_value and arg in _FLAGS[command] and arg not in seen:
                seen.add(arg)
                values[_FLAGS[command][arg]] = True
            else:
                return None
            continue
        if command is None:
            if arg not in _VALUES:
                return None
            command = arg
            values.update(_DEFAULTS[command])
            continue
        if command != "log":
            return None
        runs_of_words += not was_word  # argparse takes one run of words, then stops
        last_was_word = True
        words.append(arg)
    if values["lang"] not in (None, "nl", "en"):
        return None
    if command is None:
        # The app itself (`schoolyard`, `--data`, `--lang`): argparse would build every
        # sub-command's parser (~20 ms before the first paint) only to find none given.
        return SimpleNamespace(command=None, run=run[""], **values) if "" in run else None
    if command == "log":
        if not words or runs_of_words != 1:
            return None
        values["words"] = words
    days = values.get("days")
    if isinstance(days, str):
        if not (days.isascii() and days.isdigit()) or int(days) < 1:  # "²" is a digit too
            return None
        values["days"] = int(days)
    return SimpleNamespace(command=command, run=run[command], **values)
