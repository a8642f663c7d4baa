"""The symbols the app shows, each defined once so every screen means the same by it.

Tones carry their own symbol (`Tone.symbol` in storage); these mark the rest.
"""

NOT_REACHED = "✗"
"""An attempt that did not reach the parent: Today, History, the timeline, the legends."""
FOLLOW_UP = "⚑"
"""A contact that needs a follow-up."""
