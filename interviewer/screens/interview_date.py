"""A small dialog: the date of the real interview (readiness and reviews per day count down to it)."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class InterviewDateScreen(ModalScreen[str | None]):
    """Dismissed with 'YYYY-MM-DD', '' (clear the date) or None (cancelled)."""

    CSS_PATH = "interview_date.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="date.cancel")]

    def __init__(self, current: str = "") -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static("[b]When is your interview?[/b]")
            yield Static("YYYY-MM-DD; leave empty to clear. Enter saves, Esc cancels.", id="help")
            yield Input(self.current, placeholder="2026-12-15", id="date")
            yield Static(id="error")

    @on(Input.Submitted, "#date")
    def _submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value:
            self.dismiss("")
            return
        try:
            chosen = date.fromisoformat(value)
        except ValueError:
            self.query_one("#error", Static).update(f"{value!r} is not a date: write it as 2026-12-15.")
            return
        if chosen < date.today():
            self.query_one("#error", Static).update("That date has passed: choose today or later.")
            return
        self.dismiss(chosen.isoformat())

    def action_cancel(self) -> None:
        self.dismiss(None)
