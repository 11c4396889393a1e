"""Progress: every session with its score; open one to see its report."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from interviewer.screens.base import InterviewerAppAccess


class ProgressScreen(InterviewerAppAccess, Screen[None]):
    CSS_PATH = "progress.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "Back", id="progress.back")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="summary")
        yield DataTable(id="sessions", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        app = self._app
        rows = app.store.session_summaries()
        table = self.query_one("#sessions", DataTable)
        table.add_columns("Date", "Kind", "Mode", "Questions", "Score", "Time", "Status")
        for row in rows:
            minutes, seconds = divmod(int(row["seconds"] or 0), 60)
            table.add_row(
                (row["started_at"] or "")[:16].replace("T", " "),
                row["kind"],
                row["mode"] or "—",
                str(row["questions"]),
                "—" if row["score"] is None else str(int(row["score"])),
                f"{minutes}:{seconds:02d}",
                row["status"],
                key=str(row["id"]),
            )
        summary = self.query_one("#summary", Static)
        if rows:
            summary.update(f"{len(rows)} sessions. Enter opens a session's report.")
            table.focus()
        else:
            summary.update(
                "No sessions yet. Start a full interview or practise a stage from the home screen; "
                "every answer you give is kept here."
            )

    @on(DataTable.RowSelected, "#sessions")
    def _open(self, event: DataTable.RowSelected) -> None:
        from interviewer.screens.report import ReportScreen

        if event.row_key.value is not None:
            self.app.push_screen(ReportScreen(int(event.row_key.value)))
