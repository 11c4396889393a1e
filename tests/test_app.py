"""The app, driven with Textual's Pilot: a real SQLite file and the real grader."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Label, OptionList, TextArea

from interviewer import paths
from interviewer.app import InterviewerApp
from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.bank.schema import Stage
from interviewer.config import Settings
from interviewer.grading.grader import Grader
from interviewer.interview import Mode, Turn, plan_interview
from interviewer.screens.feedback import FeedbackScreen
from interviewer.screens.home import HomeScreen
from interviewer.screens.interview import InterviewScreen
from interviewer.screens.report import ReportScreen
from interviewer.store import Store, open_db
from interviewer.widgets.stage_bar import StageBar
from tests.support import answer, model_ready, transcript_text

BANK = Path(__file__).parent / "data" / "interview-bank.yaml"
SIZE = (100, 32)


@pytest.fixture
def bank() -> QuestionBank:
    loaded = load_banks([BANK])
    assert not loaded.problems
    return loaded


def make_app(tmp_path: Path, bank: QuestionBank, grader: Grader, **settings: str) -> InterviewerApp:
    store = Store(open_db(tmp_path / "app.db"))
    return InterviewerApp(Settings(**settings), store, bank, grader_factory=lambda: grader)


async def start_frozen_interview(pilot, bank: QuestionBank, mode: Mode) -> InterviewScreen:  # type: ignore[no-untyped-def]
    """A quick interview with its clock frozen at 0:00, once the model is ready (for snapshots)."""
    await model_ready(pilot)
    screen = InterviewScreen(plan_interview(bank, "quick", seed=0), mode, now=lambda: 0.0)
    await pilot.app.push_screen(screen)
    return screen


async def test_quick_coach_interview_end_to_end(tmp_path: Path, bank: QuestionBank, grader: Grader) -> None:
    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await model_ready(pilot)
        menu = app.screen.query_one("#menu", OptionList)
        menu.highlighted = 0  # "Full interview"
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        order = [s.question.id for s in screen.session.interview.states]
        assert order == ["t.phone", "t.bias", "t.code", "t.research", "t.behavior", "t.closing"]

        # Phone screen: a thin answer gets a follow-up; the follow-up answer is graded with it.
        await answer(pilot, "I like the mission of building safe and reliable AI.")
        bar = screen.query_one(StageBar)  # "grading…" showed beside the clock until the grade came
        assert bar.grading == 0 and not str(bar.query_one("#grading", Label).render())
        assert "Question 1 of 6" in screen.session.interview.position
        assert screen.session.interview.current.follow_ups, "a missed point should be probed"
        assert screen.session.interview.current.follow_ups[0] in transcript_text(screen)
        await answer(pilot, "My evaluation work on model safety connects directly to this role.")
        while not isinstance(app.screen, FeedbackScreen):  # at most one more follow-up
            await answer(pilot, "That is all I would add.")
        feedback = app.screen
        assert "Score " in str(feedback.query_one("#score").render())
        # Overrule the first point from the feedback panel.
        # Mark a point the grader credited as missed: the score falls, and the transcript says
        # so (it said the old score when the panel opened).
        credited = [i for i, p in enumerate(feedback.grade.points) if p.status.value == "covered"]
        assert credited
        feedback.query_one("#points", OptionList).highlighted = credited[0]
        await pilot.press("m")
        await pilot.press("escape")
        assert app.screen is screen
        assert "after your corrections" in transcript_text(screen)

        # Technical: take a hint, then answer fully.
        await pilot.press("ctrl+t")
        assert "**Hint:**" in transcript_text(screen)
        await answer(
            pilot,
            "Overfitting means the model fits noise in the training data and generalizes poorly. "
            "A large gap between training and validation error shows it. Regularization, more data "
            "and early stopping reduce it.",
        )
        while not isinstance(app.screen, FeedbackScreen):
            await answer(pilot, "Nothing more to add.")
        await pilot.press("escape")

        # Coding: run the visible tests from the editor, then submit code and explanation.
        code = screen.query_one("#code", TextArea)
        assert code.display and "def largest" in code.text
        code.text = "def largest(items):\n    return max(items)\n"
        await pilot.press("f5")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "**Tests: 1/1 passed**" in transcript_text(screen)
        await answer(pilot, "One pass with max keeps the largest so far, linear time; an empty list raises.")
        while not isinstance(app.screen, FeedbackScreen):
            await answer(pilot, "Nothing more to add.")
        await pilot.press("escape")
        assert not screen.query_one("#code", TextArea).display

        # Research: skip. Behavioral and closing: answer.
        await pilot.press("ctrl+n")
        assert "Skipped." in transcript_text(screen)
        for text in [
            "A colleague and I disagreed on a pipeline design, so I proposed an experiment on "
            "one metric; it settled the question and we shipped on time.",
            "How does your team decide which safety problems to work on next?",
        ]:
            await answer(pilot, text)
            while not isinstance(app.screen, (FeedbackScreen, ReportScreen)):
                await answer(pilot, "That is all.")
            if isinstance(app.screen, FeedbackScreen):
                await pilot.press("escape")

        assert isinstance(app.screen, ReportScreen)
        store = app.store
        (session,) = store.sessions()
        assert session.status == "finished" and session.kind == "interview"
        answers = store.answers(session.id)
        assert [a.question_id for a in answers] == order
        by_id = {a.question_id: a for a in answers}
        assert by_id["t.phone"].followups and by_id["t.phone"].grade is not None
        assert by_id["t.bias"].hints_used == 1
        assert by_id["t.research"].skipped and by_id["t.research"].grade is None
        assert by_id["t.code"].code and by_id["t.code"].code_result["passed"] == 2
        assert store.overrides(by_id["t.phone"].id)

        await pilot.press("e")
        exported = paths.data_dir() / "exports" / f"interview-{session.id}.md"
        assert exported.exists() and "## By stage" in exported.read_text()
        await pilot.press("j")
        data = json.loads((paths.data_dir() / "exports" / f"interview-{session.id}.json").read_text())
        assert len(data["answers"]) == 6 and data["hints"] == 1 and data["skipped"] == 1
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_interview_mode_gives_no_feedback_until_the_end(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    app = make_app(tmp_path, bank, grader, mode="interview")
    async with app.run_test(size=SIZE) as pilot:
        await model_ready(pilot)
        plan = plan_interview(bank, "quick", seed=0)
        await app.push_screen(InterviewScreen(plan, Mode.INTERVIEW))
        for _ in range(20):
            if isinstance(app.screen, ReportScreen):
                break
            assert not isinstance(app.screen, FeedbackScreen)
            await answer(pilot, "I would rather not say much about this.")
        assert isinstance(app.screen, ReportScreen)


async def test_empty_answer_is_not_submitted_and_end_keeps_typed_text(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(InterviewScreen(plan_interview(bank, "quick"), Mode.COACH))
        await pilot.press("ctrl+s")
        (session,) = app.store.sessions()
        assert app.store.answers(session.id) == []
        app.screen.query_one("#answer", TextArea).text = "half a thought"
        await pilot.press("f10")
        assert isinstance(app.screen, ReportScreen)
        (saved,) = app.store.answers(session.id)
        assert saved.text == "half a thought" and saved.skipped


async def test_ending_before_typing_anything_keeps_no_session(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.push_screen(InterviewScreen(plan_interview(bank, "quick"), Mode.COACH))
        assert len(app.store.sessions()) == 1
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.store.sessions() == []
        assert app.store.count_sessions() == 0
        # Typed code (not yet submitted) is something typed: that session is kept.
        plan = plan_interview(bank, "quick", stages=[Stage.CODING])
        await app.push_screen(InterviewScreen(plan, Mode.COACH))
        app.screen.query_one("#code", TextArea).text = "def solve():\n    return 42\n"
        await pilot.press("f10")
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        (session,) = app.store.sessions()
        assert "return 42" in (app.store.draft_for(session.id, f"{plan.items[0].question.id}#code") or "")


async def test_draft_is_autosaved_and_restored_on_resume(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(InterviewScreen(plan_interview(bank, "quick"), Mode.COACH))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await answer(pilot, "Safe and reliable AI is what I want to build, through evaluation work.")
        while screen.session.interview.index == 0:
            if isinstance(app.screen, FeedbackScreen):
                await pilot.press("escape")
            else:
                await answer(pilot, "Nothing more.")
        screen.query_one("#answer", TextArea).text = "Overfitting is when"
        screen.autosave()  # what the autosave timer does
    # The app is gone (as if killed): the next start offers to resume, with the draft.
    app2 = make_app(tmp_path, bank, grader)
    async with app2.run_test(size=SIZE) as pilot:
        menu = app2.screen.query_one("#menu", OptionList)
        first = menu.get_option_at_index(0)
        assert first.id == "resume" and "1 of 6 answered" in str(first.prompt)
        menu.highlighted = 0
        await pilot.press("enter")
        resumed = app2.screen
        assert isinstance(resumed, InterviewScreen)
        assert resumed.session.interview.current.question.id == "t.bias"
        assert resumed.query_one("#answer", TextArea).text == "Overfitting is when"


@pytest.mark.parametrize("typed", ["Typed a second before quitting", ""])
async def test_quitting_mid_answer_keeps_what_was_typed_since_the_last_autosave(
    tmp_path: Path, bank: QuestionBank, grader: Grader, typed: str
) -> None:
    """ctrl+q right after typing, before the autosave tick, keeps the draft; an interview quit
    before anything was typed is not kept at all."""
    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(InterviewScreen(plan_interview(bank, "quick"), Mode.COACH))
        await pilot.pause()
        app.screen.query_one("#answer", TextArea).text = typed
        await pilot.press("ctrl+q")
    sessions = Store(open_db(tmp_path / "app.db")).sessions()
    if not typed:
        assert sessions == []
        return
    (session,) = sessions
    draft = Store(open_db(tmp_path / "app.db")).draft(session.id)
    assert draft is not None and draft[1] == typed


def test_home_snapshot(snap_compare, tmp_path: Path, bank: QuestionBank, grader: Grader) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, bank, grader)

    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await model_ready(pilot)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


@pytest.mark.parametrize("size", [(80, 24), SIZE, (120, 40)], ids=["80x24", "100x32", "120x40"])
def test_feedback_snapshot(snap_compare, tmp_path: Path, bank: QuestionBank, grader: Grader, size) -> None:  # type: ignore[no-untyped-def]
    """Issue 16, bug 9: at 80x24 the panel showed about two points; it takes the screen now."""
    app = make_app(tmp_path, bank, grader)

    async def to_feedback(pilot) -> None:  # type: ignore[no-untyped-def]
        await model_ready(pilot)
        # the question clock frozen
        screen = InterviewScreen(plan_interview(bank, "quick", seed=0), Mode.COACH, now=lambda: 0.0)
        await pilot.app.push_screen(screen)
        await answer(
            pilot,
            "I want to build safe, reliable and steerable AI, and my evaluation and safety work "
            "connects directly to this role.",
        )
        while not isinstance(pilot.app.screen, FeedbackScreen):
            await answer(pilot, "That is all I would add.")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=to_feedback)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_coding_snapshot(snap_compare, tmp_path: Path, bank: QuestionBank, grader: Grader, size) -> None:  # type: ignore[no-untyped-def]
    """Issue 16, bug 9: at 80x24 the coding screen showed 3 transcript rows (the task hidden) and
    the footer was cut at "f5 Run tes"; the task, the code and every key fit now."""
    app = make_app(tmp_path, bank, grader)

    async def coding(pilot) -> None:  # type: ignore[no-untyped-def]
        await model_ready(pilot)
        plan = plan_interview(bank, "quick", seed=0, stages=[Stage.CODING])
        screen = InterviewScreen(plan, Mode.COACH, now=lambda: 0.0)
        await pilot.app.push_screen(screen)
        await pilot.pause()
        for editor in screen.query(TextArea):
            editor.cursor_blink = False
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=coding)


def test_interview_snapshot(snap_compare, tmp_path: Path, bank: QuestionBank, grader: Grader) -> None:  # type: ignore[no-untyped-def]
    app = make_app(tmp_path, bank, grader)

    async def asked(pilot) -> None:  # type: ignore[no-untyped-def]
        screen = await start_frozen_interview(pilot, bank, Mode.COACH)
        editor = screen.query_one("#answer", TextArea)
        editor.cursor_blink = False  # a blinking cursor makes the picture depend on timing
        editor.text = "I want to build safe AI because"
        editor.focus()
        editor.move_cursor(editor.document.end)
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=asked)


@pytest.mark.parametrize("size", [(80, 24), SIZE, (120, 40)], ids=["80x24", "100x32", "120x40"])
def test_report_snapshot(  # type: ignore[no-untyped-def]
    snap_compare, tmp_path: Path, bank: QuestionBank, grader: Grader, monkeypatch, size
) -> None:
    monkeypatch.setattr("interviewer.store.store.utc_now", lambda: "2026-01-02T03:04:05.000+00:00")
    app = make_app(tmp_path, bank, grader)

    async def to_report(pilot) -> None:  # type: ignore[no-untyped-def]
        await start_frozen_interview(pilot, bank, Mode.INTERVIEW)
        await answer(pilot, "Safe, reliable and steerable AI; my evaluation work connects to it.")
        while not isinstance(pilot.app.screen, ReportScreen):
            await pilot.press("ctrl+n")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=to_report)


async def test_every_interview_key_is_in_the_command_palette(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(InterviewScreen(plan_interview(bank, "quick"), Mode.COACH))
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Submit", "Hint", "Repeat", "Skip", "End"} <= titles
        assert "Run tests" not in titles  # offered on a coding question only
        hint = next(c for c in app.get_system_commands(app.screen) if c.title == "Hint")
        await hint.callback()
        await pilot.pause()
        assert "**Hint:**" in transcript_text(app.screen)  # type: ignore[arg-type]


async def test_without_a_model_answers_are_kept_and_the_interview_goes_on(
    tmp_path: Path, bank: QuestionBank
) -> None:
    from interviewer.grading.embedder import ModelLoadError

    def broken() -> Grader:
        raise ModelLoadError("Cannot load embedding model 'x': it is not a local folder")

    store = Store(open_db(tmp_path / "app.db"))
    app = InterviewerApp(Settings(), store, bank, grader_factory=broken)
    async with app.run_test(size=SIZE) as pilot:
        await model_ready(pilot)
        await pilot.pause()
        assert app.sub_title == "model unavailable"
        await app.push_screen(InterviewScreen(plan_interview(bank, "quick"), Mode.COACH))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await answer(pilot, "My answer is saved even though nothing can grade it.")
        assert screen.session.interview.index == 1
        (session,) = store.sessions()
        (saved,) = store.answers(session.id)
        assert saved.text.startswith("My answer is saved") and saved.grade is None


@pytest.mark.parametrize(
    ("program", "verdict"),
    [
        ("def largest(items):\n    while True:\n        pass\n", "timeout"),
        ("def largest(items):\n    return [0] * 10**10\n", "memory"),
        ("def largest(items)\n    return 1\n", "syntax"),
        ("import sys\ndef largest(items):\n    sys.exit(3)\n", "sys.exit"),
        ("def largest(items):\n    print('x' * 10**7)\n    return 1\n", "output"),
    ],
    ids=["infinite-loop", "huge-allocation", "syntax-error", "sys-exit", "megabytes-of-output"],
)
async def test_hostile_code_in_the_editor_gets_a_verdict(  # type: ignore[no-untyped-def]
    tmp_path: Path, bank: QuestionBank, grader: Grader, program: str, verdict: str
) -> None:
    from interviewer.interview import InterviewPlan

    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await app.push_screen(InterviewScreen(InterviewPlan.from_ids(bank, ["t.code"]), Mode.COACH))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        screen.query_one("#code", TextArea).text = program
        await pilot.press("f5")
        await app.workers.wait_for_complete()
        await pilot.pause()
        report = transcript_text(screen).split("**Tests:")[-1].lower()
        assert "0/1 passed" in report and verdict in report, report
        assert isinstance(app.screen, InterviewScreen)  # the app is still there, still usable


async def test_progress_and_banks_screens(tmp_path: Path, bank: QuestionBank, grader: Grader) -> None:
    from textual.widgets import DataTable

    from interviewer.screens.banks import BanksScreen
    from interviewer.screens.progress import ProgressScreen

    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        menu = app.screen.query_one("#menu", OptionList)
        ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
        menu.highlighted = ids.index("progress")
        await pilot.press("enter")
        assert isinstance(app.screen, ProgressScreen)
        assert "No practice yet" in str(app.screen.query_one("#overview").render())
        await pilot.press("escape")
        session = app.store.start_session("practice", "coach")
        app.store.save_answer(session, bank.questions[0], "an answer")
        menu.highlighted = ids.index("progress")
        await pilot.press("enter")
        table = app.screen.query_one("#session-table", DataTable)
        assert table.row_count == 1
        await pilot.press("enter")
        assert isinstance(app.screen, ReportScreen)
        await pilot.press("escape")
        await pilot.press("escape")
        menu.highlighted = ids.index("banks")
        await pilot.press("enter")
        assert isinstance(app.screen, BanksScreen)


async def test_closed_screens_are_freed(tmp_path: Path, bank: QuestionBank, grader: Grader) -> None:
    """Screens opened and closed over a long evening do not pile up in memory: widgets that watch
    the app (the Header, the interview screen) or their Footer (footer keys) are released."""
    import gc
    import weakref

    from textual.widget import Widget
    from textual.widgets._footer import FooterKey

    from interviewer.screens.banks import BanksScreen
    from interviewer.screens.progress import ProgressScreen

    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await model_ready(pilot)
        # Start-up done (the app freezes what is alive then: see freeze_heap); home shown again.
        await app.workers.wait_for_complete()
        await app.push_screen(BanksScreen())
        await app.pop_screen()
        await pilot.pause()
        # The home screen's footer draws new keys each time it is shown again.
        home_keys = [weakref.ref(key) for key in app.screen.query(FooterKey)]
        assert home_keys
        closed: list[weakref.ref[Widget]] = [*home_keys]
        for round in range(4):
            for screen in (
                ProgressScreen(),
                BanksScreen(),
                InterviewScreen(plan_interview(bank, "quick", seed=0), Mode.COACH),
            ):
                await app.push_screen(screen)
                await pilot.pause()
                if round < 3:  # the screens of the last round may still be on their way out
                    closed.extend(weakref.ref(w) for w in screen.walk_children(with_self=True))
                await app.pop_screen()
                await pilot.pause()
        gc.collect()
        alive = [ref() for ref in closed if ref() is not None]
        assert not alive, f"{len(alive)} of {len(closed)} widgets of closed screens still alive"


async def test_every_key_in_every_footer_runs(tmp_path: Path, bank: QuestionBank, grader: Grader) -> None:
    """Each key a screen offers, pressed on a freshly opened screen, does its job without an
    error (an action that raises would stop the app). Catches a binding whose action was
    renamed or that only works in some state."""
    from textual.binding import Binding
    from textual.screen import Screen

    from interviewer.screens.banks import BanksScreen
    from interviewer.screens.interview_date import InterviewDateScreen
    from interviewer.screens.progress import ProgressScreen

    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await model_ready(pilot)
        home = app.screen
        session = app.store.start_session("practice", "coach")
        question = bank.questions[0]
        answer_id = app.store.save_answer(session, question, "Safe and steerable AI is the mission.")
        grade = grader.grade(question, "Safe and steerable AI is the mission.")
        app.store.save_grade(answer_id, grade)
        app.store.end_session(session)

        def plan() -> InterviewScreen:
            return InterviewScreen(plan_interview(bank, "quick", seed=0), Mode.COACH)

        makers: list[Callable[[], Screen[Any]]] = [
            lambda: ProgressScreen(),
            lambda: BanksScreen(),
            lambda: ReportScreen(session),
            lambda: FeedbackScreen(question, grade, answer_id),
            lambda: InterviewDateScreen(),
            plan,
        ]
        pressed = []
        for make in makers:
            for binding in type(make()).BINDINGS:
                assert isinstance(binding, Binding)
                for key in binding.key.split(","):
                    await app.push_screen(make())
                    await pilot.pause()
                    await pilot.press(key)
                    await app.workers.wait_for_complete()
                    await pilot.pause()
                    assert app.is_running, (type(make()).__name__, key)
                    pressed.append(key)
                    while app.screen is not home:  # back to the home screen for the next key
                        await app.pop_screen()
                        await pilot.pause()
        for key in ("m", "l", "d", "escape", "m", "l", "l"):  # the home screen's own keys
            await pilot.press(key)
            await pilot.pause()
        assert app.is_running and app.screen is home
        assert len(pressed) >= 20


async def test_enter_on_start_chooses_and_a_chosen_theme_is_kept(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    from interviewer.config import load_settings

    app = make_app(tmp_path, bank, grader)
    async with app.run_test() as pilot:
        menu = app.screen.query_one("#menu", OptionList)
        assert menu.highlighted is not None  # no arrow key needed before Enter
        first = menu.get_option_at_index(menu.highlighted)
        assert not first.disabled
        app.theme = "nord"  # as the command palette's theme picker does
        await pilot.pause()
    assert load_settings().theme == "nord"


async def test_the_point_list_stops_at_its_ends() -> None:
    from textual.app import App, ComposeResult

    from interviewer.widgets.point_list import PointList

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield PointList("first", "second", "third")

    app = One()
    async with app.run_test() as pilot:
        points = app.query_one(PointList)
        points.focus()
        points.highlighted = 0
        await pilot.press("up")
        assert points.highlighted == 0
        await pilot.press("down", "down", "down", "down")
        assert points.highlighted == 2  # not back to the first


async def test_the_feedback_panels_points_stop_at_the_last_on_down(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    """Issue 16, bug 10, in the panel itself: Down on the last point wrapped to the first."""
    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        question = bank.get("t.bias")
        assert question is not None
        session = app.store.start_session("practice", "coach", {"plan": [question.id]})
        answer_id = app.store.save_answer(session, question, question.model_answer)
        app.store.save_grade(answer_id, grade := grader.grade(question, question.model_answer))
        await app.push_screen(FeedbackScreen(question, grade, answer_id))
        await pilot.pause()
        points = app.screen.query_one("#points", OptionList)
        last = points.option_count - 1
        assert last >= 2 and app.focused is points and points.highlighted == 0
        await pilot.press(*["down"] * last)
        assert points.highlighted == last
        await pilot.press("down", "down")
        assert points.highlighted == last  # not back to the first
        await pilot.press(*["up"] * (last + 2))
        assert points.highlighted == 0  # nor on to the last


async def test_f10_keeps_a_typed_follow_up_answer_and_grades_it(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    app = make_app(tmp_path, bank, grader, mode="interview")
    async with app.run_test(size=SIZE) as pilot:
        await model_ready(pilot)
        screen = InterviewScreen(plan_interview(bank, "quick", seed=0), Mode.INTERVIEW)
        await app.push_screen(screen)
        await answer(pilot, "I would rather not say much about this.")
        assert screen.session.interview.turn is Turn.FOLLOW_UP  # a weak answer is probed
        typed = "On reflection, here is the part I left out: I would check it against a baseline first."
        screen.query_one("#answer", TextArea).text = typed
        await pilot.press("f10")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        (session,) = app.store.sessions()
        first = app.store.answers(session.id)[0]
        assert [f["answer"] for f in first.followups] == [typed]
        assert first.grade is not None and app.store.draft_for(session.id, first.question_id) is None


async def test_the_closing_turn_is_framed_as_the_candidates_questions(
    tmp_path: Path, bank: QuestionBank, grader: Grader
) -> None:
    from interviewer import script
    from interviewer.bank.schema import Stage
    from interviewer.widgets.stage_bar import StageBar

    app = make_app(tmp_path, bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await model_ready(pilot)
        screen = InterviewScreen(plan_interview(bank, "quick", seed=0), Mode.INTERVIEW)
        await app.push_screen(screen)
        while not screen.session.interview.current.planned.closing:
            await pilot.press("ctrl+n")
            await pilot.pause()
        last_stage = screen.session.interview.states[screen.session.interview.index - 1].question.stage
        said = transcript_text(screen).split(screen.session.interview.current.question.prompt)[0]
        tail = said[-300:]
        assert any(line in tail for line in script.YOUR_QUESTIONS), tail
        assert not any(line in tail for line in script.STAGE_FRAMES[Stage.PHONE_SCREEN])
        assert screen.query_one(StageBar).current is last_stage  # not back to Phone
