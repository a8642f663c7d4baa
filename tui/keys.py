"""Key bindings whose descriptions come from the translation table.

Textual reads a binding's description once, from the class; the language is known
only at run time. Write the description as a key of `text.TEXT` and call
`translate_bindings(self)` in `__init__` (after `super().__init__()`).
"""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from . import text


def translate_bindings(node: DOMNode) -> None:
    """Replace this node's binding descriptions that are text keys by their translation."""
    table = node._bindings.key_to_bindings
    for key, bindings in list(table.items()):
        # The lists are shared with the class: build new ones, never change them in place.
        table[key] = [
            replace(b, description=text.t(b.description)) if b.description in text.TEXT else b
            for b in bindings
        ]
