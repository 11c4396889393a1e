"""The progress screen, the home screen's 'today' summary, revisit mode and the interview date,
driven in the real app over a seeded database (and the due/history commands' JSON)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import DataTable, OptionList, Static, TabbedContent

from interviewer.app import InterviewerApp
from interviewer.bank.loader import QuestionBank
from interviewer.cli import main
from interviewer.config import Settings, load_settings
from interviewer.grading.grader import Grader
from interviewer.progress import revisit_plan
from interviewer.screens.home import HomeScreen
from interviewer.screens.interview import InterviewScreen
from interviewer.screens.progress import ProgressScreen
from interviewer.screens.report import ReportScreen
from interviewer.store import Store, open_db
from interviewer.synthetic import generate_history

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
SIZE = (100, 32)


@pytest.fixture
def seeded(tmp_path: Path, builtin_bank: QuestionBank) -> Path:
    """Two months of practice ending at NOW: 400 answers, deterministic."""
    path = tmp_path / "seeded.db"
    generate_history(path, builtin_bank, answers=400, years=60 / 365, seed=3, end=NOW).db.close()
    return path


def seeded_app(path: Path, bank: QuestionBank, grader: Grader, **settings: str) -> InterviewerApp:
    app = InterviewerApp(Settings(**settings), Store(open_db(path)), bank, grader_factory=lambda: grader)
    app.now = lambda: NOW
    return app


async def today_read(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the home screen has read progress (a worker) and shown it."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_progress(pilot) -> ProgressScreen:  # type: ignore[no-untyped-def]
    menu = pilot.app.screen.query_one("#menu", OptionList)
    ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
    menu.highlighted = ids.index("progress")
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ProgressScreen)
    return pilot.app.screen


@pytest.mark.parametrize("size", [(80, 24), SIZE, (120, 40)], ids=["80x24", "100x32", "120x40"])
def test_progress_snapshot(  # type: ignore[no-untyped-def]
    snap_compare, seeded: Path, builtin_bank: QuestionBank, grader: Grader, size
) -> None:
    app = seeded_app(seeded, builtin_bank, grader)
    assert snap_compare(app, terminal_size=size, run_before=open_progress)


def test_progress_mastery_snapshot(
    snap_compare, seeded: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:  # type: ignore[no-untyped-def]
    async def mastery(pilot) -> None:  # type: ignore[no-untyped-def]
        await open_progress(pilot)
        await pilot.press("t")
        await pilot.pause()

    app = seeded_app(seeded, builtin_bank, grader)
    assert snap_compare(app, terminal_size=SIZE, run_before=mastery)


async def test_tab_keys_switch_tabs_and_focus_their_table(
    seeded: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    app = seeded_app(seeded, builtin_bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_progress(pilot)
        for key, tab, table in [("t", "mastery", "mastery-table"), ("s", "sessions", "session-table")] * 2:
            await pilot.press(key)
            await pilot.pause()
            assert screen.query_one("#tabs", TabbedContent).active == tab
            assert app.focused is not None and app.focused.id == table


async def test_progress_lists_sessions_mastery_and_opens_them(
    seeded: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    app = seeded_app(seeded, builtin_bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_progress(pilot)
        sessions = screen.query_one("#session-table", DataTable)
        total = app.store.count_sessions()
        assert total > 50 and sessions.row_count == 30  # a page at first, more near the end
        while sessions.row_count < total:
            before = sessions.row_count
            sessions.move_cursor(row=before - 1)
            await pilot.pause()
            assert sessions.row_count > before
        sessions.move_cursor(row=0)
        await pilot.pause()
        overview = str(screen.query_one("#overview", Static).render())
        assert f"{app.store.count_sessions()} sessions" in overview and "due today" in overview
        assert "Weakest:" in overview
        # The last interview's call, the questions that rose most, and today's share of the plan.
        assert "Last interview (" in overview and "Most improved: " in overview
        assert "(interviewer plan)" in overview
        chart = str(screen.query_one("#weekly", Static).render())
        assert chart.count("\n") == 2 and "█" in chart  # three rows of columns
        # Enter opens the newest session's report: every answer with its grade.
        await pilot.press("enter")
        assert isinstance(app.screen, ReportScreen)
        await pilot.press("escape")
        await pilot.press("t")
        await pilot.pause()
        mastery = screen.query_one("#mastery-table", DataTable)
        topics = {(q.stage.value, q.topic) for q in builtin_bank.questions}
        stages = {stage for stage, _ in topics}
        assert mastery.row_count == len(topics) + len(stages)
        # Enter on a topic practises it: its questions, weakest first.
        mastery.move_cursor(row=1)
        key = mastery.coordinate_to_cell_key(mastery.cursor_coordinate).row_key.value
        assert key is not None
        stage, topic = key.split("|")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)
        assert {item.question.topic for item in app.screen.session.interview.plan.items} == {topic}


async def test_empty_progress_says_what_to_do(
    tmp_path: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    app = seeded_app(tmp_path / "new.db", builtin_bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await today_read(pilot)
        today = str(app.screen.query_one("#today", Static).render())
        assert "New here?" in today
        menu = app.screen.query_one("#menu", OptionList)
        revisit = next(
            menu.get_option_at_index(i)
            for i in range(menu.option_count)
            if menu.get_option_at_index(i).id == "revisit"
        )
        assert revisit.disabled
        screen = await open_progress(pilot)
        assert "No practice yet" in str(screen.query_one("#overview", Static).render())
        assert "no graded" in str(screen.query_one("#weekly-caption", Static).render())
        await pilot.press("t")
        await pilot.pause()
        assert "No answers yet" in (screen.query_one("#mastery-table", DataTable).border_subtitle or "")


async def test_home_reads_progress_off_the_ui_thread(
    seeded: Path, builtin_bank: QuestionBank, grader: Grader, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow read of the history (a big database, or one another instance is writing) leaves the
    menu usable; the figures arrive when they are read."""
    import threading

    import interviewer.screens.home as home_module

    release = threading.Event()
    real = home_module.build_progress

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(timeout=10)
        return real(*args, **kwargs)

    monkeypatch.setattr(home_module, "build_progress", slow)
    app = seeded_app(seeded, builtin_bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not release.is_set()
        home = app.screen
        assert isinstance(home, HomeScreen)
        assert "Reading your progress" in str(home.query_one("#today", Static).render())
        menu = home.query_one("#menu", OptionList)
        first = menu.highlighted
        await pilot.press("down")
        assert menu.highlighted == (first or 0) + 1  # keys answered while the history is read
        release.set()
        await today_read(pilot)
        assert "Weakest topics:" in str(home.query_one("#today", Static).render())
        ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
        assert not menu.get_option_at_index(ids.index("revisit")).disabled


async def test_a_technical_screen_from_home_leans_to_weak_topics_and_can_be_resumed(
    seeded: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    app = seeded_app(seeded, builtin_bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await today_read(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen) and home.progress is not None
        weakest = home.progress.weakest[0].topic
        menu = home.query_one("#menu", OptionList)
        ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
        menu.highlighted = ids.index("screen")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and screen.session.kind == "screen"
        items = screen.session.interview.plan.items
        assert len(items) == 6 and all(i.question.stage.value == "technical" for i in items)
        if any(q.topic == weakest and q.time_limit_s <= 180 for q in builtin_bank.questions):
            assert items[0].question.topic == weakest
        await pilot.press(*"Bias is error from wrong assumptions")
        await pilot.press("ctrl+q")  # quit: what was typed is kept, and the screen can be resumed
    again = seeded_app(seeded, builtin_bank, grader)
    async with again.run_test(size=SIZE) as pilot:
        await today_read(pilot)
        menu = again.screen.query_one("#menu", OptionList)
        assert str(menu.get_option_at_index(0).prompt).startswith("Resume the unfinished technical screen")


async def test_home_shows_due_reviews_and_weakest_topics_then_revisits_them(
    seeded: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    app = seeded_app(seeded, builtin_bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await today_read(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen) and home.progress is not None
        due = len(home.progress.due)
        assert due > 0
        today = str(home.query_one("#today", Static).render())
        assert f"{due} review" in today and "Weakest topics:" in today
        for topic in home.progress.weakest:
            assert topic.topic in today
        menu = home.query_one("#menu", OptionList)
        ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
        assert f"{due} due today" in str(menu.get_option_at_index(ids.index("revisit")).prompt)
        expected = revisit_plan(app.store, builtin_bank, 5, NOW)
        menu.highlighted = ids.index("revisit")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and screen.session.kind == "revisit"
        assert screen.session.interview.plan.question_ids == expected
        due_ids = [d.question_id for d in home.progress.due]
        assert set(expected) <= set(due_ids) or expected[: len(due_ids)] == due_ids[: len(expected)]


async def test_app_can_start_in_revisit_mode(
    seeded: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    app = InterviewerApp(
        Settings(), Store(open_db(seeded)), builtin_bank, grader_factory=lambda: grader, start="revisit"
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen) and app.screen.session.kind == "revisit"


async def test_interview_date_gives_readiness(
    seeded: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    app = seeded_app(seeded, builtin_bank, grader)
    app.now = lambda: datetime.now(UTC)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        await pilot.pause()
        await pilot.press(*"not a date", "enter")
        await pilot.pause()
        assert "is not a date" in str(app.screen.query_one("#error", Static).render())
        await pilot.press(*["backspace"] * 20)
        when = (datetime.now(UTC) + timedelta(days=20)).date()
        await pilot.press(*when.isoformat(), "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.settings.interview_date == when.isoformat()
        assert load_settings().interview_date == when.isoformat()
        await today_read(pilot)
        today = str(app.screen.query_one("#today", Static).render())
        assert "in 20 days" in today and "readiness" in today and "a day" in today


def test_due_and_history_json(seeded: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(seeded), "due", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"now", "due", "weakest_topics", "answered", "unseen_questions", "readiness"}
    assert data["answered"] > 300 and len(data["weakest_topics"]) == 3
    for item in data["due"]:
        assert set(item) == {"question_id", "prompt", "stage", "topic", "due", "last_score", "reviews"}
    text = runner.invoke(main, ["--db", str(seeded), "due"])
    assert text.exit_code == 0 and "due today" in text.output and "interviewer revisit" in text.output

    history = runner.invoke(main, ["--db", str(seeded), "history", "--json", "--limit", "0"])
    assert history.exit_code == 0
    sessions = json.loads(history.output)
    assert len(sessions) == Store(open_db(seeded)).count_sessions()
    assert set(sessions[0]) == {
        "id",
        "kind",
        "mode",
        "started_at",
        "ended_at",
        "status",
        "stages",
        "questions",
        "score",
        "seconds",
    }
    assert sessions[0]["started_at"] >= sessions[-1]["started_at"]
    assert all(isinstance(s["stages"], list) for s in sessions)
    assert len(json.loads(runner.invoke(main, ["--db", str(seeded), "history", "--json"]).output)) == 50


def test_due_on_a_new_database_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "new.db"), "due"])
    assert result.exit_code == 0 and "Nothing answered yet" in result.output


def test_bench_history_prints_every_figure() -> None:
    result = CliRunner().invoke(main, ["bench", "history", "--answers", "300", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["history_answers"] == 300 and figures["history_sessions"] > 20
    for key in (
        "progress_screen_open_ms_median",
        "progress_screen_open_ms_max",
        "history_json_cli_s",
        "history_json_all_sessions_cli_s",
        "due_json_cli_s",
    ):
        assert isinstance(figures[key], float) and figures[key] > 0


async def test_progress_shows_what_changed_when_it_is_back_on_top(
    seeded: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Issue 16, bug 6: practise a topic from Progress, come back, and Progress still showed
    the old counts until reopened. Whatever was saved while it was covered shows at once."""
    app = seeded_app(seeded, builtin_bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_progress(pilot)
        sessions = app.store.count_sessions()
        await pilot.press("enter")  # the newest session's report, on top of Progress
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        question = builtin_bank.questions[0]
        session = app.store.start_session("practice", "coach", {"plan": [question.id]})
        answer_id = app.store.save_answer(session, question, question.model_answer)
        app.store.save_grade(answer_id, grader.grade(question, question.model_answer))
        app.store.end_session(session)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        overview = str(screen.query_one("#overview", Static).render())
        assert f"{sessions + 1} sessions" in overview
        table = screen.query_one("#session-table", DataTable)
        assert table.get_row_at(0)[1] == "practice"  # the new session heads the list


async def test_progress_shows_how_spoken_delivery_moved(
    seeded: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    from interviewer.progress import delivery_trend

    store = Store(open_db(seeded))
    ids = [row["id"] for row in store.db.query("select id from answers order by id limit 8")]
    for n, answer_id in enumerate(ids):  # six spoken answers, slower and cleaner each time
        spoken = n < 6
        store.save_delivery(
            answer_id,
            {
                "spoken": spoken,
                "words_per_minute": 200 - 10 * n,
                "fillers_per_100_words": 6 - n,
                "concision": 0.4,
            },
        )
    store.db.execute("update answers set delivery = '{not json' where id = ?", [ids[6]])  # damaged
    store.db.conn.commit()
    deliveries = store.spoken_deliveries()
    assert [d["words_per_minute"] for d in deliveries] == [200, 190, 180, 170, 160, 150]
    trend = delivery_trend(deliveries)
    assert trend is not None and trend.pace == (190.0, 160.0) and trend.fillers == (5.0, 2.0)
    app = seeded_app(seeded, builtin_bank, grader)
    async with app.run_test(size=SIZE) as pilot:
        await today_read(pilot)
        screen = await open_progress(pilot)
        overview = str(screen.query_one("#overview", Static).render())
        assert "Spoken answers: 6 · pace 190 → 160 words a minute" in overview
        assert "fillers 5.0 → 2.0 per 100 words" in overview


async def test_progress_scores_a_skip_as_the_report_does_and_shows_what_improved(
    tmp_path: Path, builtin_bank: QuestionBank, grader: Grader
) -> None:
    """Issue 16: the sessions table, the per-interview chart and ``history`` averaged the graded
    answers only (a skip raised the score the report gave); Progress showed first -> now only for
    the last interview's questions, without a date, and the interview's call without its stages."""
    from interviewer.report import build_report, first_to_now

    path = tmp_path / "p.db"
    store = Store(open_db(path))
    first, second, third = (builtin_bank.get(q) for q in ("ml.bias_variance", "stats.p_value", "dl.dropout"))
    assert first is not None and second is not None and third is not None
    weak = "Bias and variance are both kinds of error in machine learning models that people talk about."
    practice = store.start_session("practice", "coach", {"plan": [first.id]})
    early_id = store.save_answer(practice, first, weak, submitted_at="2025-03-03T10:00:00.000+00:00")
    store.save_grade(early_id, early := grader.grade(first, weak))
    store.end_session(practice)
    interview = store.start_session("interview", "interview", {"plan": [first.id, second.id, third.id]})
    for question in (first, second):
        answer_id = store.save_answer(interview, question, question.model_answer)
        store.save_grade(answer_id, grader.grade(question, question.model_answer))
    store.save_answer(interview, third, "", skipped=True)
    store.end_session(interview)
    report = build_report(store, interview, builtin_bank)
    assert report is not None and report.overall is not None and report.verdict is not None
    graded = [i.score for i in report.items if i.score is not None]
    assert report.overall < round(sum(graded) / len(graded))  # the old average rose with the skip
    latest = report.items[0].score
    assert latest is not None and latest > early.score

    app = InterviewerApp(Settings(), Store(open_db(path)), builtin_bank, grader_factory=lambda: grader)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_progress(pilot)
        table = screen.query_one("#session-table", DataTable)
        assert table.get_row_at(0)[1:3] == ["interview", str(report.overall)]
        caption = str(screen.query_one("#session-caption", Static).render())
        assert caption.startswith(f"first {report.overall} → latest {report.overall}")
        overview = str(screen.query_one("#overview", Static).render())
        assert f"{first.id}: {first_to_now('2025-03-03T10:00:00.000+00:00', early.score, latest)}" in overview
        assert f"first {early.score} on 3 Mar 2025 → {latest} now" in overview
        assert report.verdict.summary in overview
        assert " · ".join(stage.label for stage in report.verdict.stages) in overview

    history = CliRunner().invoke(main, ["--db", str(path), "history", "--json"])
    assert history.exit_code == 0, history.output
    assert [s["score"] for s in json.loads(history.output)] == [report.overall, early.score]
