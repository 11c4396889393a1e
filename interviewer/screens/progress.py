"""Progress: trends, mastery by stage and topic, and every session (Enter opens its report)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from interviewer.bank.schema import Stage
from interviewer.progress import (
    TREND_WEEKS,
    Progress,
    bar_text,
    build_progress,
    column_chart,
    delivery_trend,
    sparkline_text,
)
from interviewer.report import Report, build_report, first_to_now
from interviewer.scheduling import AGAIN_BELOW, HARD_BELOW
from interviewer.screens.base import InterviewerAppAccess
from interviewer.store.store import Improvement, SessionSummary
from interviewer.study_plan import study_plan

SESSION_ROWS = 200
SESSION_TREND = 40
PAGE_ROWS = 30
MOST_IMPROVED = 3  # questions shown with their first grade and their latest
# What matters most first: at 80 columns the stages are what is cut, never the score.
SESSION_COLUMNS = (
    ("Date", 16),
    ("Kind", 9),
    ("Score", 5),
    ("Time", 6),
    ("Qs", 3),
    ("Mode", 9),
    ("Stages", 29),
)
TOPIC_WEEKS = 16
CHART_HEIGHT = 3
STAGE_SHORT = {
    Stage.PHONE_SCREEN: "Phone",
    Stage.TECHNICAL: "Tech",
    Stage.CODING: "Code",
    Stage.RESEARCH: "Res",
    Stage.SYSTEM_DESIGN: "Design",
    Stage.BEHAVIORAL: "Behav",
}


class ProgressScreen(InterviewerAppAccess, Screen[None]):
    CSS_PATH = "progress.tcss"
    # Under 32 rows the charts give way to the sessions table; their titles and captions stay.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="progress.back"),
        Binding("s", "show_tab('sessions')", "Sessions", id="progress.sessions"),
        Binding("t", "show_tab('mastery')", "Mastery", id="progress.mastery"),
    ]

    progress: Progress | None = None
    mastery_filled = False
    more_sessions: list[SessionSummary] = []  # summaries not yet added to the table
    filled_from: tuple[int, int] = (0, 0)  # (answers, sessions) when the figures were read

    def __init__(self, progress: Progress | None = None) -> None:
        """``progress``: figures just computed (the home screen's), so they are not read twice."""
        super().__init__()
        self.progress = progress

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="overview")
        with Horizontal(id="trends"):
            with Vertical(classes="trend"):
                yield Static(f"Weekly mean score, last {TREND_WEEKS} weeks", classes="trend-title")
                yield Static(id="weekly", classes="chart")
                yield Static(id="weekly-caption", classes="trend-caption")
            with Vertical(classes="trend"):
                yield Static(f"Score per interview, last {SESSION_TREND}", classes="trend-title")
                yield Static(id="per-session", classes="chart")
                yield Static(id="session-caption", classes="trend-caption")
        with TabbedContent(initial="sessions", id="tabs"):
            with TabPane("Sessions", id="sessions"):
                yield DataTable(id="session-table", cursor_type="row", zebra_stripes=True)
            with TabPane("Mastery", id="mastery"):
                yield DataTable(id="mastery-table", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        self._fill()

    def on_screen_resume(self) -> None:
        """Back from practising a topic or from a report: what changed is shown at once (it
        was shown only when Progress was opened again)."""
        store = self._app.store
        if (store.count_answers(), store.count_sessions()) != self.filled_from:
            self.progress = None
            self.query_one("#session-table", DataTable).clear(columns=True)
            self.query_one("#mastery-table", DataTable).clear(columns=True)
            self.mastery_filled = False
            self._fill()
            if self.query_one("#tabs", TabbedContent).active == "mastery":
                self.mastery_filled = True
                assert self.progress is not None
                self._fill_mastery(self.progress)

    def _fill(self) -> None:
        app = self._app
        store = app.store
        self.filled_from = (store.count_answers(), store.count_sessions())
        progress = self.progress or build_progress(
            store, app.bank, app.now(), interview_on=app.settings.interview_on
        )
        sessions = store.session_summaries(SESSION_ROWS)
        total_sessions = store.count_sessions() if len(sessions) == SESSION_ROWS else len(sessions)
        last = next((row for row in sessions if row.is_interview and row.status == "finished"), None)
        verdict = last_interview_text(build_report(store, last.id, app.bank)) if last else ""
        improved = improved_text(store.most_improved(MOST_IMPROVED))
        plan = study_plan(store, app.bank, app.now(), app.settings.interview_on).summary() if sessions else ""
        trend = delivery_trend(store.spoken_deliveries())
        spoken = escape(trend.sentence()) if trend is not None else ""
        extra = "".join(f"\n{line}" for line in (verdict, improved, plan, spoken) if line)
        self.query_one("#overview", Static).update(overview_text(progress, total_sessions) + extra)
        self._fill_trends(progress, sessions)
        self._fill_sessions(sessions, total_sessions)
        self.progress = progress  # the mastery table is filled when its tab is first shown
        if sessions:
            self.query_one("#session-table", DataTable).focus()

    def _fill_trends(self, progress: Progress, sessions: list[SessionSummary]) -> None:
        weekly = [v for v in progress.overall_weekly if v is not None]
        # Whole interviews only: a practice run's score is one question's, not an interview's.
        interviews = [s for s in sessions if s.is_interview and s.score is not None][:SESSION_TREND]
        per_session = [float(s.score) for s in reversed(interviews) if s.score is not None]
        for selector, values, caption, empty in (
            ("#weekly", weekly, "#weekly-caption", f"no graded answers in the last {TREND_WEEKS} weeks"),
            ("#per-session", per_session, "#session-caption", "no graded interviews yet (practice is apart)"),
        ):
            rows = column_chart(values, CHART_HEIGHT)
            labels = ["100", " 50" if CHART_HEIGHT == 3 else "   ", "  0"]
            chart = "\n".join(f"{label}┤{row}" for label, row in zip(labels, rows, strict=False))
            self.query_one(selector, Static).update(chart)
            text = empty
            if values:
                # Short enough for half of an 80-column screen.
                text = f"first {values[0]:.0f} → latest {values[-1]:.0f}"
                text += f", min {min(values):.0f}, max {max(values):.0f}"
            self.query_one(caption, Static).update(text)

    def _fill_sessions(self, sessions: list[SessionSummary], total: int) -> None:
        table = self.query_one("#session-table", DataTable)
        # Fixed widths: the table need not measure every cell to lay itself out.
        for label, width in SESSION_COLUMNS:
            table.add_column(label, width=width)
        # A screenful at first, more as the cursor nears the end (each row costs layout time).
        self.more_sessions = sessions
        self._add_session_rows()
        if not sessions:
            table.add_column("")
            table.add_row("No sessions yet: start an interview or practise a stage from the home screen.")
            table.cursor_type = "none"
        elif total > len(sessions):
            table.border_subtitle = f"latest {len(sessions)} of {total} (all: interviewer history --limit 0)"

    def _add_session_rows(self) -> None:
        table = self.query_one("#session-table", DataTable)
        sessions, self.more_sessions = self.more_sessions[:PAGE_ROWS], self.more_sessions[PAGE_ROWS:]
        for row in sessions:
            stages = [short for stage, short in STAGE_SHORT.items() if stage.value in row.stages]
            table.add_row(
                row.started,
                row.kind,
                "—" if row.score is None else str(row.score),
                row.time if row.status != "active" else "open",
                str(row.questions),
                row.mode or "—",
                ", ".join(stages) or "—",
                key=str(row.id),
            )

    def _fill_mastery(self, progress: Progress) -> None:
        table = self.query_one("#mastery-table", DataTable)
        table.add_columns("Topic", "Mastery", "", "Seen", "Ans", f"Last {TOPIC_WEEKS} wk", "Last")
        today = progress.now.astimezone().date()
        for stage, topics in progress.by_stage().items():
            tried = [t.mastery for t in topics if t.mastery is not None]
            mean = sum(tried) / len(tried) if tried else None
            seen, total = sum(t.seen for t in topics), sum(t.total for t in topics)
            table.add_row(
                Text(stage.title, style="bold"),
                _bar(mean),
                "" if mean is None else Text(f"{mean:.0f}", style="bold"),
                f"{seen}/{total}",
                "",
                "",
                "",
                key=f"stage|{stage.value}",
            )
            for topic in topics:
                table.add_row(
                    "  " + topic.topic,
                    _bar(topic.mastery),
                    "—" if topic.mastery is None else f"{topic.mastery:.0f}",
                    f"{topic.seen}/{topic.total}",
                    str(topic.answers),
                    sparkline_text(topic.weekly[-TOPIC_WEEKS:]),
                    _ago(topic.last_answered, today),
                    key=f"{topic.stage}|{topic.topic}",
                )
        if not progress.answered:
            table.border_subtitle = "No answers yet: every topic you practise gets a bar here."

    @on(TabbedContent.TabActivated, "#tabs")
    def _tab_shown(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id == "mastery" and self.progress is not None and not self.mastery_filled:
            self.mastery_filled = True
            self._fill_mastery(self.progress)

    def action_show_tab(self, tab: str) -> None:
        self.query_one("#tabs", TabbedContent).active = tab
        table_id = {"sessions": "session-table", "mastery": "mastery-table"}[tab]
        self.query_one(f"#{table_id}", DataTable).focus()

    @on(DataTable.RowHighlighted, "#session-table")
    def _near_the_end(self, event: DataTable.RowHighlighted) -> None:
        if self.more_sessions and event.cursor_row >= event.data_table.row_count - 5:
            self._add_session_rows()

    @on(DataTable.RowSelected, "#session-table")
    def _open(self, event: DataTable.RowSelected) -> None:
        from interviewer.screens.report import ReportScreen

        if event.row_key.value is not None:
            self.app.push_screen(ReportScreen(int(event.row_key.value)))

    @on(DataTable.RowSelected, "#mastery-table")
    def _practise_topic(self, event: DataTable.RowSelected) -> None:
        """Enter on a topic: a short practice of its weakest and unseen questions."""
        from interviewer.interview import InterviewPlan, Mode
        from interviewer.screens.interview import InterviewScreen

        if event.row_key.value is None:
            return
        stage, topic = event.row_key.value.split("|", 1)
        if stage == "stage":
            return  # a stage's heading row
        app = self._app
        cards = app.store.cards()
        ids = [q.id for q in app.bank.questions if q.topic == topic and q.stage.value == stage]
        ids.sort(key=lambda qid: (cards[qid].last_score or 0) if qid in cards else -1)
        plan = InterviewPlan.from_ids(app.bank, ids[:3])
        self.app.push_screen(InterviewScreen(plan, Mode(app.settings.mode), kind="practice", length="quick"))


def overview_text(progress: Progress, sessions: int) -> str:
    if not sessions:
        return (
            "[b]No practice yet.[/b] Start a full interview or practise a stage from the home screen: "
            "every answer is kept, graded, and scheduled to come back while it is weak."
        )
    due = len(progress.due)
    parts = [
        f"[b]{sessions}[/b] session{'s' * (sessions != 1)}",
        f"[b]{progress.answered}[/b] graded answer{'s' * (progress.answered != 1)}",
        f"[b]{due}[/b] due today",
        f"{progress.unseen} questions never asked",
    ]
    lines = [" · ".join(parts)]
    if progress.weakest:
        lines.append(
            "Weakest: " + ", ".join(f"{t.topic} [b]{round(t.mastery or 0)}[/b]" for t in progress.weakest)
        )
    if progress.readiness is not None:
        lines.append(progress.readiness.sentence())
    return "\n".join(lines)


def last_interview_text(report: Report | None) -> str:
    """The last interview's call and each stage's: the weakest stage is what to work on."""
    if report is None or report.verdict is None:
        return ""
    verdict = report.verdict
    lines = [f"Last interview ({report.session.started_at[:10]}): [b]{escape(verdict.summary)}[/b]"]
    if verdict.stages:
        lines.append("  " + " · ".join(escape(stage.label) for stage in verdict.stages))
    return "\n".join(lines)


def improved_text(improved: Sequence[Improvement]) -> str:
    """The questions that rose most since their first answer, in the report's words."""
    if not improved:
        return ""
    moved = [f"{escape(i.question_id)}: {first_to_now(i.first_at, i.first, i.latest)}" for i in improved]
    return "Most improved: " + "\n  ".join(moved)  # one a line: no entry is cut in two


def _bar(mastery: float | None) -> Text:
    style = ""
    if mastery is not None:
        style = "red" if mastery < AGAIN_BELOW else "yellow" if mastery < HARD_BELOW else "green"
    return Text(bar_text(mastery, 10), style=style)


def _ago(day: date | None, today: date) -> str:
    if day is None:
        return "never"
    days = (today - day).days
    if days <= 0:
        return "today"
    if days < 14:
        return f"{days}d ago"
    if days < 120:
        return f"{days // 7}w ago"
    return day.isoformat()
