"""`schoolyard neglected` pays only for what it uses: no colleagues' rules without a
colleague's file, and its JSON the same text whichever encoder indents it."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from classbook import NOW, make_class
from cli_support import loaded_at_exit
from hypothesis import given
from hypothesis import strategies as st

from storage import ContactBook
from tui import cli_commands


@pytest.fixture(scope="module")
def class_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("neglected") / "klas.json"
    make_class(ContactBook(path, clock=lambda: NOW))
    return path


def _console(argv: list[str]) -> str:
    """Its exit code, then whether the colleagues' rules were imported."""
    return loaded_at_exit(argv, ("storage.rules.colleagues",))


@pytest.mark.parametrize("form", [[], ["--json"]], ids=["lines", "json"])
def test_neglected_without_a_colleague_imports_no_colleague_rules(
    class_file: Path, tmp_path: Path, form: list[str]
) -> None:
    data = tmp_path / "klas.json"
    shutil.copy(class_file, data)
    assert _console(["neglected", *form, "--data", str(data)]) == "0"
    colleague = tmp_path / "collega.json"
    shutil.copy(class_file, colleague)
    argv = ["neglected", *form, "--with", str(colleague), "--data", str(data)]
    assert _console(argv) == "0 storage.rules.colleagues"  # the school view needs them


JSON_TEXT = st.text(
    st.characters(codec=None, exclude_categories=()) | st.sampled_from("Yılmaz Øyen Nguyễn\u202e")
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | JSON_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(JSON_TEXT, inner, max_size=4),
    max_leaves=12,
)


@given(value=JSON_VALUES)
def test_indented_json_is_the_same_text_from_orjson_and_json(value: object) -> None:
    """orjson indents a school's statuses when reading the file imported it; json does
    otherwise; a lone surrogate (a hand-edited file) goes to json either way."""
    import orjson  # noqa: F401 (imported: the orjson path is taken)

    expected = json.dumps(value, ensure_ascii=False, indent=2)
    assert cli_commands.indented_json(value) == expected
    saved = sys.modules.pop("orjson")
    try:
        assert cli_commands.indented_json(value) == expected
    finally:
        sys.modules["orjson"] = saved
