"""The text table reads the CLI's areas (words, cli) at import and the rest at the first
key they lack: `schoolyard log` does not pay for the app's thirteen other areas."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

AREAS = (
    "app", "archives", "classlist", "cli", "colleagues", "datafile", "families",
    "followups", "forms", "help", "history", "timeline", "today", "week", "words",
)  # fmt: skip


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


READS = (
    "import os, sys\n"
    "read = []\n"
    "sys.addaudithook(lambda event, args: event == 'open' and str(args[0]).endswith('.json')"
    " and read.append(os.path.basename(args[0])))\n"
)
"""Notes every JSON file the process opens (the text table's areas)."""


def test_import_reads_only_the_cli_areas() -> None:
    code = READS + (
        "from tui import text\n"
        "text.t('cli.logged', contact='x')\n"
        "text.moment_name('pickup'), text.tone_name('positive')\n"
        "print(read, 'msgspec' in sys.modules)"
    )
    assert _run(code) == str(["words.json", "cli.json"]) + " False"


def test_a_key_of_another_area_reads_them_all() -> None:
    code = READS + (
        "import json\n"
        "from tui import text\n"
        f"areas = {AREAS!r}\n"
        "found = 'datafile.damaged' in text.TEXT or 'families.count' in text.TEXT\n"
        "keys = set()\n"
        "for name in areas:\n"
        "    keys |= json.loads(open(os.path.join(os.path.dirname(text.__file__), name + '.json'),"
        " encoding='utf-8').read()).keys()\n"
        "print(found, keys == set(text.TEXT), len(keys) == len(text.TEXT), len(read))"
    )
    assert _run(code) == f"True True True {2 * len(AREAS)}"


def test_every_look_up_finds_what_a_full_table_holds() -> None:
    code = (
        "from tui import text\n"
        "text.set_language('en')\n"
        "said = text.tn('families.count', 3)\n"
        "missing = 'no.such.key' in text.TEXT, text.TEXT.get('no.such.key', 'none')\n"
        "print(said, *missing)"
    )
    assert _run(code) == "3 families False none"
