"""`de Jong (Lucas)`: one label, built once, the same in Today, History and the week."""

from __future__ import annotations

from storage import Child, Family
from tui.widgets.names import family_labels


def family(fid: int, name: str, child: str) -> Family:
    return Family(id=fid, name=name, children=(Child(child, 5),))


def test_two_families_of_one_name_are_told_apart_whatever_the_capitals() -> None:
    labels = family_labels([family(1, "de Jong", "Lucas"), family(2, "De Jong", "Noor")])
    assert labels == {1: "de Jong (Lucas)", 2: "De Jong (Noor)"}
    assert family_labels([family(3, "Øyen", "Sigrid")]) == {3: "Øyen"}
