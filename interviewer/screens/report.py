"""The report at the end: scores overall and by stage, topics, every answer; export."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown

from interviewer import paths
from interviewer.paths import write_private
from interviewer.report import Report, build_report, report_json, report_markdown
from interviewer.screens.base import InterviewerAppAccess


class ReportScreen(InterviewerAppAccess, Screen[None]):
    CSS_PATH = "report.tcss"
    BINDINGS = [
        Binding("e", "export('md')", "Export Markdown", id="report.export_md"),
        Binding("j", "export('json')", "Export JSON", id="report.export_json"),
        Binding("escape", "home", "Home", id="report.home"),
    ]

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id
        self.report: Report | None = None  # built once, for the page and its exports

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="body"):
            yield Markdown(self._markdown(), id="report")
        yield Footer()

    def _markdown(self) -> str:
        report = self.report = build_report(self._app.store, self.session_id, self._app.bank)
        return report_markdown(report) if report else "No such session."

    def action_export(self, fmt: str) -> None:
        report = self.report
        if report is None:
            return
        folder = paths.ensure_private_dir(paths.data_dir() / "exports")
        path = folder / f"interview-{self.session_id}.{fmt}"
        text = report_markdown(report) if fmt == "md" else report_json(report)
        try:
            write_private(path, text)
        except OSError as exc:
            self.notify(f"Cannot write {path}: {exc.strerror}", severity="error")
            return
        self.notify(f"Saved {path}", title="Exported", timeout=8)

    def action_home(self) -> None:
        self.app.pop_screen()
