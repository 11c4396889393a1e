"""The Textual app: wiring and global bindings only. Screens live in ``interviewer.screens``."""

from __future__ import annotations

import asyncio
import errno
import gc
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import get_current_worker

from interviewer.bank.loader import QuestionBank
from interviewer.config import Settings
from interviewer.store.store import Store

if TYPE_CHECKING:
    from textual.theme import Theme

    from interviewer.bank.schema import Question
    from interviewer.grading.grader import Grader
    from interviewer.screens.base import AppServices


class InterviewerApp(App[None]):
    """Loads the model in a background thread; nothing but grading waits for it."""

    CSS_PATH = "app.tcss"
    TITLE = "interviewer"
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", id="quit", tooltip="Leave the app (answers are saved)"),
    ]

    model_status: reactive[str] = reactive("loading model…")

    class GraderReady(Message):
        def __init__(self, grader: Grader) -> None:
            super().__init__()
            self.grader = grader

    class GraderFailed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(
        self,
        settings: Settings,
        store: Store,
        bank: QuestionBank,
        grader_factory: Callable[[], Grader] | None = None,
        start: str | None = None,
        save_on_signals: bool = False,
    ) -> None:
        super().__init__()
        self.start = start  # "revisit" or "spoken": go straight into that session
        self.save_on_signals = save_on_signals  # run_app: a closed terminal or `kill` saves first
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)  # tests freeze the date
        self.settings = settings
        self.store = store
        self.bank = bank
        self.grader: Grader | None = None
        self.grading_error: str | None = None
        self._grader_factory = grader_factory
        # Questions an interview has just planned: their references are embedded first.
        self._warm_first: deque[Question] = deque()
        # Where spoken answers come from: None is the microphone; tests give a recording.
        self.voice_source: Callable[[], Any] | None = None
        # The interviewer's voice in the spoken phone screen (None: no speech engine).
        self.speaker_factory: Callable[[], Any] = _find_speaker
        self.theme = settings.theme if settings.theme in self.available_themes else self.theme

    def on_mount(self) -> None:
        from interviewer.screens.home import HomeScreen

        self.screen_change_signal.subscribe(self, self.release_closed_watchers)
        self.theme_changed_signal.subscribe(self, self._keep_theme)
        if self.save_on_signals:
            # The terminal window closed (SIGHUP) or the process was asked to stop (SIGTERM):
            # quit as ctrl+q does, saving the answer being typed. (SIGKILL cannot be caught:
            # the autosave every second covers it.)
            loop = asyncio.get_running_loop()
            for signal_number in (signal.SIGHUP, signal.SIGTERM):
                loop.add_signal_handler(signal_number, self.call_later, self.action_quit)
            watch_terminal(sys.__stdout__)
        home = HomeScreen()
        self.push_screen(home)
        if self.start == "revisit":
            self.call_after_refresh(home.start_revisit)
        elif self.start == "spoken":
            self.call_after_refresh(home.start_spoken)
        for problem in [*self.settings.problems, *map(str, self.bank.problems)]:
            self.notify(problem, title="Problem", severity="warning", timeout=10)
        # Once the home screen is painted: import the other screens, then start the model (its
        # import holds the GIL for seconds and would otherwise delay the first frame).
        self.call_after_refresh(self.preload_screens)
        self.call_after_refresh(self.load_grader)

    def _keep_theme(self, theme: Theme) -> None:
        """A theme chosen in the palette is saved, so the next start uses it."""
        from interviewer.config import save_settings

        if theme.name == self.settings.theme:
            return
        self.settings = self.settings.with_overrides(theme=theme.name)
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.notify(f"Theme not saved: {exc.strerror}", severity="warning")

    async def action_quit(self) -> None:
        """Quit, after the open interview has saved what was typed since its last autosave."""
        from interviewer.screens.interview import InterviewScreen

        for screen in self.screen_stack:
            if isinstance(screen, InterviewScreen):
                screen.save_before_leaving()
        if self.save_on_signals:
            end_process_after(EXIT_GRACE_S)
        self.exit()

    def release_closed_watchers(self, _screen: Screen[Any] | None = None) -> None:
        """Forget watchers whose widgets have been removed.

        A widget that watches another node leaves its watcher on that node when it is removed,
        and Textual drops it only when the watched reactive next changes (Textual issue #6666).
        The Header watches the app's ``title``, the interview screen its ``model_status``, and
        each FooterKey its Footer's ``compact``, none of which change, so every screen ever
        opened and every footer key ever drawn stayed in memory and each garbage collection
        grew slower. Run at every screen change: at most the screen closed last is still held."""
        nodes: list[Any] = [self]
        for screen in self.screen_stack:
            nodes.extend(screen.walk_children(with_self=True))
        for node in nodes:
            watchers: dict[str, list[tuple[Any, Any]]] = getattr(node, "__watchers", {})
            for entries in watchers.values():
                entries[:] = [(owner, callback) for owner, callback in entries if not owner._closing]

    @work(thread=True, exit_on_error=False, group="preload")
    def preload_screens(self) -> None:
        """Import the other screens (and the widgets they use) while the user reads the menu, so
        that opening one for the first time does not wait for imports (~70 ms for Progress)."""
        import importlib

        for name in ("progress", "report", "interview", "feedback", "banks", "interview_date"):
            importlib.import_module(f"interviewer.screens.{name}")
        freeze_heap()

    @work(thread=True, exclusive=True, exit_on_error=False, group="model")
    def load_grader(self) -> None:
        from interviewer.grading.calibration import CalibrationError
        from interviewer.grading.embedder import ModelLoadError
        from interviewer.services import build_grader

        try:
            if self._grader_factory is not None:
                grader = self._grader_factory()
            else:
                grader = build_grader(self.settings, self.store, self.bank.questions)
        except (ModelLoadError, CalibrationError) as exc:
            self.post_message(self.GraderFailed(str(exc)))
            return
        self.post_message(self.GraderReady(grader))
        # Then embed every question's reference texts, one question at a time so a grade in
        # between waits for at most one question, the questions of an interview just started
        # first. The first start embeds them all (a minute on two cores); later starts read
        # them from the SQLite cache.
        # The loop stops when the app exits (its workers are cancelled): closing the terminal
        # must not leave the process embedding the bank for minutes before it ends.
        worker = get_current_worker()
        pending = {q.id: q for q in self.bank.questions}
        while pending and not worker.is_cancelled:
            question = None
            while self._warm_first and question is None:
                question = pending.pop(self._warm_first.popleft().id, None)
            grader.warm([question if question is not None else pending.pop(next(iter(pending)))])
        freeze_heap()

    def warm_soon(self, questions: Iterable[Question]) -> None:
        """Embed these questions' references next (an interview has just planned them), so a
        fresh install's first grade does not wait for the whole bank. Any thread."""
        self._warm_first.extend(questions)

    @on(GraderReady)
    def _grader_ready(self, message: GraderReady) -> None:
        self.grader = message.grader
        self.model_status = "model ready"

    @on(GraderFailed)
    def _grader_failed(self, message: GraderFailed) -> None:
        self.grading_error = message.error
        self.model_status = "model unavailable"
        self.notify(message.error, title="Grading unavailable", severity="error", timeout=30)

    def watch_model_status(self, status: str) -> None:
        self.sub_title = status

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every key binding of the current screen is also a command in the palette (ctrl+p)."""
        yield from super().get_system_commands(screen)
        for binding in screen.BINDINGS:
            if isinstance(binding, Binding) and binding.description:
                action = binding.action

                async def run(action: str = action, screen: Screen[Any] = screen) -> None:
                    await screen.run_action(action)

                yield SystemCommand(binding.description, binding.tooltip or binding.description, run)


if TYPE_CHECKING:

    def _provides_what_screens_use(app: InterviewerApp) -> AppServices:
        return app  # mypy checks that the app provides what the screens use


def _find_speaker() -> Any:
    from interviewer.voice.speech import Speaker

    return Speaker.find()


def freeze_heap() -> None:
    """Move every object alive now out of the garbage collector's sight. The modules, the bank and
    the model are some 400,000 objects that live as long as the app; without this, each full
    collection walks them all and stalls the UI for 250-450 ms at random moments (a screen
    opening, a key press); with it, 30-130 ms. Called when start-up work is done (what dies
    after that without being collected is a few start-up widgets)."""
    gc.collect()
    gc.freeze()


# Once the app is asked to quit (ctrl+q, a closed terminal, `kill`), the process ends within this
# many seconds, even while a worker thread is inside one long computation: a first start embeds
# the bank's model answers in one call that cannot be interrupted (stopping it part way would
# change the vectors), and asyncio waits for its threads at exit. What was typed is saved before,
# and a grade cut short is made again when the interview is resumed.
EXIT_GRACE_S = 5.0


def end_process_after(seconds: float) -> None:
    """End the process ``seconds`` from now, whatever its threads are doing (daemon timer: a
    process that exits sooner is not held up)."""
    timer = threading.Timer(seconds, os._exit, args=(0,))
    timer.daemon = True
    timer.start()


# How often the terminal is checked for having gone away (see watch_terminal).
TERMINAL_CHECK_S = 1.0


def watch_terminal(stream: Any) -> None:
    """End the process when its terminal has gone away without a signal (the pseudo-terminal
    closed under it). Found: Textual's writer thread then dies on EIO, its bounded queue fills,
    the event loop blocks on it, and even a later SIGHUP is never handled, so the process stayed
    forever. A write of nothing fails with EIO only once the terminal is gone; the answer typed
    is in the drafts by then (autosaved every second). A daemon thread: no effect on exit."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return
    if not os.isatty(fd):
        return

    def watch() -> None:
        while True:
            time.sleep(TERMINAL_CHECK_S)
            try:
                os.write(fd, b"")
            except OSError as exc:
                if exc.errno in (errno.EIO, errno.EBADF, errno.ENXIO):
                    end_process_after(EXIT_GRACE_S)
                    return

    threading.Thread(target=watch, name="terminal-watch", daemon=True).start()


def run_app(
    settings: Settings, db_path: Path | None = None, start: str | None = None, audio_file: Path | None = None
) -> None:
    from interviewer.services import load_question_bank, open_store
    from interviewer.store import StoreError

    try:
        store = open_store(db_path)
    except StoreError as exc:
        print(f"interviewer: {exc}", file=sys.stderr)
        raise SystemExit(1) from exc
    app = InterviewerApp(settings, store, load_question_bank(), start=start, save_on_signals=True)
    if audio_file is not None:  # a recording plays as the microphone (trying voice without one)
        from interviewer.voice import FileSource

        app.voice_source = lambda: FileSource(audio_file)
    app.run()
