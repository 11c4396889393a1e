"""The conversation so far: interviewer and candidate turns, rendered as Markdown."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Markdown


class Message(Markdown):
    """One turn of the conversation."""


class Transcript(VerticalScroll):
    def add(self, speaker: str, text: str) -> Message:
        """Add a turn; ``speaker`` is 'interviewer', 'candidate' or 'note'."""
        label = {"interviewer": "**Interviewer:** ", "candidate": "**You:** ", "note": ""}[speaker]
        body = f"{label}{text}"
        message = Message(body, classes=f"-{speaker}")
        self.mount(message)
        self.call_after_refresh(self.scroll_end, animate=False)
        return message
