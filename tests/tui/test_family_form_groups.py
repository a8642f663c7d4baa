"""Issue 9 item 5: the family form reads combination groups with storage's parser."""

from __future__ import annotations

import pytest

from storage import Child
from tui.screens.family_form import FormError, children_text, parse_children


def test_the_form_takes_combination_groups_and_shows_them_back() -> None:
    children = parse_children("Daan 1/2, Elif groep 5-6, Sigrid (3)")
    assert children == (Child("Daan", 1, 2), Child("Elif", 5, 6), Child("Sigrid", 3))
    assert children_text(children) == "Daan 1/2, Elif 5/6, Sigrid 3"
    assert parse_children(children_text(children)) == children


@pytest.mark.parametrize("typed", ["Daan 9", "Daan 1/3", "Daan 8/9"])
def test_the_form_refuses_what_class_lists_refuse(typed: str) -> None:
    with pytest.raises(FormError):
        parse_children(typed)
