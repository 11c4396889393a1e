"""Home: start an interview, practise a stage, revisit, progress, banks; mode, length, date.

Above the menu, what to do today: reviews due, the weakest topics, and (with an interview date)
readiness and how many questions a day get the user there.
"""

from __future__ import annotations

from datetime import date, datetime

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from interviewer.bank.schema import Stage
from interviewer.config import LENGTHS, MODES, save_settings
from interviewer.interview import (
    LENGTH_MINUTES,
    SCREEN_MINUTES,
    SCREEN_QUESTIONS,
    InterviewPlan,
    Mode,
    plan_interview,
    plan_technical_screen,
)
from interviewer.progress import Progress, build_progress, revisit_plan
from interviewer.screens.base import InterviewerAppAccess

REVISIT_SIZE = 5
RESUME_NAMES = {"practice": "practice", "screen": "technical screen", "spoken": "spoken phone screen"}


class HomeScreen(InterviewerAppAccess, Screen[None]):
    CSS_PATH = "home.tcss"
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
    BINDINGS = [
        Binding("m", "toggle_mode", "Mode", id="home.mode", tooltip="Coach or interview mode"),
        Binding("l", "cycle_length", "Length", id="home.length", tooltip="Quick, standard or full"),
        Binding("d", "interview_date", "Interview date", id="home.date", tooltip="Readiness by a date"),
    ]

    progress: Progress | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static("[b]Mock interview coach[/b] — ML engineering loop", id="title")
            yield Static(id="today")
            yield OptionList(id="menu")
            yield Static(id="settings")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_menu()
        self.query_one("#menu", OptionList).focus()
        self.watch(self.app, "model_status", lambda _: self.refresh_menu(), init=False)

    def on_screen_resume(self) -> None:
        self.refresh_menu()

    def refresh_menu(self) -> None:
        store = self._app.store
        menu = self.query_one("#menu", OptionList)
        highlighted = menu.highlighted
        menu.clear_options()
        unfinished = store.unfinished_interview()
        if unfinished is not None:
            answered = len(store.answers(unfinished.id))
            planned = len(unfinished.settings.get("plan", []))
            menu.add_option(
                Option(
                    f"Resume the unfinished {RESUME_NAMES.get(unfinished.kind, 'interview')} "
                    f"({answered} of {planned} answered)",
                    id="resume",
                )
            )
        settings = self._app.settings
        minutes = LENGTH_MINUTES.get(settings.length, 45)
        menu.add_option(Option(f"Full interview (~{minutes} min, every stage)", id="interview"))
        menu.add_option(
            Option(
                f"Technical phone screen (~{SCREEN_MINUTES} min, {SCREEN_QUESTIONS} short questions)",
                id="screen",
            )
        )
        menu.add_option(
            Option("Phone screen, spoken (the interviewer talks; F8 to answer aloud)", id="spoken")
        )
        for stage in Stage:
            count = sum(1 for q in self._app.bank.questions if q.stage is stage)
            if count:
                menu.add_option(
                    Option(f"Practice a stage: {stage.title} ({count})", id=f"stage:{stage.value}")
                )
        menu.add_option(Option(self._revisit_label(self.progress), id="revisit", disabled=True))
        menu.add_option(Option("Progress", id="progress"))
        menu.add_option(Option(f"Question banks ({len(self._app.bank)} questions)", id="banks"))
        if highlighted is not None and highlighted < menu.option_count:
            menu.highlighted = highlighted
        else:  # on start, Enter chooses the first thing there is to do
            menu.highlighted = next(
                (i for i in range(menu.option_count) if not menu.get_option_at_index(i).disabled), None
            )
        self.query_one("#settings", Static).update(
            f"Mode: [b]{settings.mode}[/b] (m) · Length: [b]{settings.length}[/b] (l) · "
            "Interview date (d) · Theme: ctrl+p → Change theme · Model: "
            f"{self._app.model_status.replace('model', '').strip()}"
        )
        if self.progress is not None:
            self._show_today(self.progress, self._plan_summary)
        else:
            self.query_one("#today", Static).update("[dim]Reading your progress...[/dim]")
        self._today_wanted += 1
        self._load_today(self._app.now(), settings.interview_on, self._today_wanted)

    _plan_summary = ""
    _today_wanted = 0  # the newest load asked for: an older one's figures are not shown

    class TodayLoaded(Message):
        """Progress and the study plan, read off the UI thread."""

        def __init__(self, progress: Progress, plan_summary: str, wanted: int) -> None:
            super().__init__()
            self.progress = progress
            self.plan_summary = plan_summary
            self.wanted = wanted

    @work(thread=True, exit_on_error=False, group="today")
    def _load_today(self, now: datetime, interview_on: date | None, wanted: int) -> None:
        """Off the UI thread: a big history, or a database another instance is writing, never
        holds up the menu. The newest load wins (an older one finishing later is not shown;
        none is cancelled, so waiting for the workers never meets a cancelled one)."""
        from interviewer.study_plan import study_plan

        app = self._app
        progress = build_progress(app.store, app.bank, now, interview_on=interview_on)
        summary = ""
        if progress.answered or interview_on is not None:
            summary = study_plan(app.store, app.bank, now, interview_on).summary()
        self.post_message(self.TodayLoaded(progress, summary, wanted))

    @on(TodayLoaded)
    def _today_loaded(self, message: TodayLoaded) -> None:
        if message.wanted == self._today_wanted:
            self._show_today(message.progress, message.plan_summary)

    def _show_today(self, progress: Progress, plan_summary: str) -> None:
        self.progress, self._plan_summary = progress, plan_summary
        self.query_one("#today", Static).update(
            today_text(progress) + (f"\n{plan_summary}" if plan_summary else "")
        )
        menu = self.query_one("#menu", OptionList)
        menu.replace_option_prompt("revisit", self._revisit_label(progress))
        if progress.answered or progress.due:
            menu.enable_option("revisit")
        else:
            menu.disable_option("revisit")

    @staticmethod
    def _revisit_label(progress: Progress | None) -> str:
        if progress is None:
            return "Revisit (reading your progress...)"
        if progress.due:
            return f"Revisit: {len(progress.due)} due today, then weak topics"
        if progress.weakest:
            return "Revisit weak topics (nothing due today)"
        return "Revisit weak topics (answer a few questions first)"

    def start_revisit(self) -> None:
        """A revisit session: due reviews first, then the weakest topics' questions."""
        app = self._app
        plan = InterviewPlan.from_ids(app.bank, revisit_plan(app.store, app.bank, REVISIT_SIZE, app.now()))
        self._open(plan, "revisit", "quick", "Nothing to revisit yet: answer a few questions first.")

    def start_spoken(self) -> None:
        """The phone screen as a call: the interviewer's lines are spoken, answers too (F8)."""
        app = self._app
        plan = plan_interview(
            app.bank,
            app.settings.length,
            stages=[Stage.PHONE_SCREEN],
            recent=app.store.recent_question_ids(),
            seed=f"{app.store.count_answers()}-spoken",
        )
        self._open(plan, "spoken", "quick", "No phone-screen questions in the banks.")

    def _open(self, plan: InterviewPlan, kind: str, length: str, empty: str) -> None:
        """Start a session of this plan in the chosen mode, or say why there is none."""
        from interviewer.screens.interview import InterviewScreen

        if not plan.items:
            self.notify(empty, severity="warning")
            return
        self.app.push_screen(InterviewScreen(plan, Mode(self._app.settings.mode), kind=kind, length=length))

    @property
    def _weak_topics(self) -> list[str]:
        return [t.topic for t in self.progress.weakest] if self.progress else []

    def action_interview_date(self) -> None:
        from interviewer.screens.interview_date import InterviewDateScreen

        def chosen(value: str | None) -> None:
            if value is not None:
                self._app.settings = self._app.settings.with_overrides(interview_date=value)
                self._save()

        self.app.push_screen(InterviewDateScreen(self._app.settings.interview_date), chosen)

    def action_toggle_mode(self) -> None:
        app = self._app
        mode = MODES[(MODES.index(app.settings.mode) + 1) % len(MODES)]
        app.settings = app.settings.with_overrides(mode=mode)
        self._save()

    def action_cycle_length(self) -> None:
        app = self._app
        length = LENGTHS[(LENGTHS.index(app.settings.length) + 1) % len(LENGTHS)]
        app.settings = app.settings.with_overrides(length=length)
        self._save()

    def _save(self) -> None:
        try:
            save_settings(self._app.settings)
        except OSError as exc:
            self.notify(f"Settings not saved: {exc.strerror}", severity="warning")
        self.refresh_menu()

    @on(OptionList.OptionSelected, "#menu")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        from interviewer.screens.interview import InterviewScreen

        app = self._app
        choice = event.option.id or ""
        mode = Mode(app.settings.mode)
        store = app.store
        if choice == "resume":
            session = store.unfinished_interview()
            if session is None:
                self.refresh_menu()
                return
            plan = InterviewPlan.from_ids(app.bank, session.settings.get("plan", []))
            session_mode = Mode(session.settings.get("mode", mode.value))
            self.app.push_screen(InterviewScreen(plan, session_mode, kind=session.kind, resume=session))
        elif choice == "interview" or choice.startswith("stage:"):
            stages = [Stage(choice.split(":", 1)[1])] if choice.startswith("stage:") else None
            plan = plan_interview(
                app.bank,
                app.settings.length,
                stages=stages,
                recent=store.recent_question_ids(),
                weak_topics=self._weak_topics,
                seed=f"{store.count_answers()}-{choice}",
            )
            kind = "interview" if stages is None else "practice"
            self._open(plan, kind, app.settings.length, "No questions for that choice: add a bank first.")
        elif choice == "screen":
            plan = plan_technical_screen(
                app.bank,
                recent=store.recent_question_ids(),
                weak_topics=self._weak_topics,
                seed=f"{store.count_answers()}-screen",
            )
            self._open(plan, "screen", "quick", "No short technical questions in the banks.")
        elif choice == "spoken":
            self.start_spoken()
        elif choice == "revisit":
            self.start_revisit()
        elif choice == "progress":
            from interviewer.screens.progress import ProgressScreen

            self.app.push_screen(ProgressScreen(self.progress))
        elif choice == "banks":
            from interviewer.screens.banks import BanksScreen

            self.app.push_screen(BanksScreen())


def today_text(progress: Progress) -> str:
    """Due reviews, the three weakest topics, and readiness when a date is set."""
    if not progress.answered and not progress.due:
        lines = ["New here? Start a full interview, or practise one stage; weak topics come back here."]
    else:
        due = len(progress.due)
        lines = [f"[b]{due}[/b] review{'s' * (due != 1)} due today" if due else "No reviews due today"]
        if progress.weakest:
            weak = ", ".join(f"{t.topic} [b]{round(t.mastery or 0)}[/b]" for t in progress.weakest)
            lines.append(f"Weakest topics: {weak}")
    if progress.readiness is not None:
        lines.append(progress.readiness.sentence())
    return "\n".join(lines)
