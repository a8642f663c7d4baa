"""Styles have a home: each screen's in a .tcss file beside it, the two forms share one."""

from __future__ import annotations

import ast
from pathlib import Path

from tui.screens.contact_form import ContactForm
from tui.screens.family_form import FamilyForm

SCREENS = Path(__file__).resolve().parents[2] / "tui" / "screens"


def _assigned_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }


def test_no_screen_module_has_default_css() -> None:
    found = [p.name for p in sorted(SCREENS.glob("*.py")) if "DEFAULT_CSS" in _assigned_names(p)]
    assert found == []


def test_every_css_path_of_a_screen_exists() -> None:
    named = {
        node.value.value
        for path in SCREENS.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "CSS_PATH" for t in node.targets)
        and isinstance(node.value, ast.Constant)
    }
    assert named and all((SCREENS / name).is_file() for name in named)


def test_the_two_forms_share_one_style() -> None:
    assert FamilyForm.CSS_PATH == ContactForm.CSS_PATH == "form.tcss"
    style = (SCREENS / "form.tcss").read_text(encoding="utf-8")
    assert "FamilyForm" not in style and "ContactForm" not in style
    assert style.count(".form-help") == 1
