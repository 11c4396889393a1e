"""The conversation so far: interviewer and candidate turns, rendered as Markdown."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Markdown


class Message(Markdown):
    """One turn of the conversation."""


SHOWN_CHARACTERS = 4000


class Transcript(VerticalScroll):
    def add(self, speaker: str, text: str) -> Message:
        """Add a turn; ``speaker`` is 'interviewer', 'candidate' or 'note'."""
        label = {"interviewer": "**Interviewer:** ", "candidate": "**You:** ", "note": ""}[speaker]
        if len(text) > SHOWN_CHARACTERS:
            # Laying out a megabyte of Markdown would stall the UI; all of it is saved anyway.
            hidden = len(text) - SHOWN_CHARACTERS
            note = f"*… {hidden:,} more characters not shown here; all of it is saved.*"
            text = f"{text[:SHOWN_CHARACTERS]}\n\n{note}"
        body = f"{label}{text}"
        message = Message(body, classes=f"-{speaker}")
        self.mount(message)
        self.call_after_refresh(self.scroll_end, animate=False)
        return message
