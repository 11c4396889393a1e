"""Bad input to the running app, driven with the Pilot: the real model and a real SQLite file.

Whatever the candidate types or pastes (any Unicode, control characters, right-to-left text,
emoji, combining marks, markup, whitespace only), the app keeps running, stores the answer
exactly as it stood in the editor, and either grades it or says why not. A 1 MB paste is graded
within two seconds of submitting, with a note that only part of it was graded, and stored whole.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from textual import events
from textual.pilot import Pilot
from textual.widgets import Markdown, OptionList, TextArea

from interviewer.app import InterviewerApp
from interviewer.bank.loader import load_banks
from interviewer.bank.schema import Question
from interviewer.config import Settings
from interviewer.grading.grader import Grader
from interviewer.grading.result import FlagCode
from interviewer.interview import InterviewPlan, Mode, Turn, graded_parts
from interviewer.screens.feedback import FeedbackScreen
from interviewer.screens.interview import InterviewScreen
from interviewer.store import Store, open_db
from interviewer.widgets.transcript import Transcript

BANK = load_banks([Path(__file__).parent / "data" / "interview-bank.yaml"])
SIZE = (100, 32)
# Every question but the coding one: five questions, each taking one to three answers.
PLAN = ["t.phone", "t.bias", "t.research", "t.behavior", "t.closing"]
# An answer that covers most points of each question, so its sentences become evidence.
STRONG = {
    "t.phone": "I want to build AI systems that are safe, reliable and steerable. My work on model "
    "evaluation and safety connects directly to this role.",
    "t.bias": "Overfitting means the model fits noise in the training data and generalizes poorly to "
    "new data. A large gap between training and validation error reveals overfitting. "
    "Regularization, more data and early stopping reduce overfitting.",
    "t.research": "I would evaluate a language model along several dimensions, such as capability, "
    "safety and robustness. Human judgements complement automatic metrics.",
    "t.behavior": "I described the situation and what was at stake. I explained the action I took "
    "myself. I ended with the result and what I learned.",
    "t.closing": "How does your team decide which safety problems to work on next?",
}
# TextArea keeps its text as lines split by str.splitlines, so these come back as line breaks:
# what is stored is what the editor held, which for these is not what was pasted.
LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

NASTY = [
    "\u200f",  # right-to-left mark
    "\u200e",
    "\u202e",  # right-to-left override
    "\u2066\u2069",  # isolates
    "مرحبا بالعالم",
    "שָׁלוֹם",
    "😀",
    "👩\u200d👩\u200d👧\u200d👦",  # a family: one glyph from seven code points
    "🇺🇳",
    "❤\ufe0f",
    "e\u0301",  # combining acute
    "Z\u0351\u0352\u0353\u0354\u0355\u0356",  # stacked combining marks
    "\u0e01\u0e34\u0e4a",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\x7f",
    "\t",
    "\r",
    "\r\n",
    "\x0c",
    "\u2028",
    "\x85",
    "\ufeff",
    "\u00a0",
    "\u3000",
    "\u200b",
    "\U0001d54f",
    "\uffff",
    "\U0010ffff",
    "[b]",
    "[/i]",
    "[/]",
    "[red",
    "[link=https://example.com]x[/link]",
    "[@click=app.quit]quit[/]",
    "\\[",
    "**",
    "`",
    "\n```\n",
    "\n# ",
    "\n> ",
    "\n- ",
    "<script>alert(1)</script>",
    "&amp;",
    "\n|a|b|\n|-|-|\n",
    "$x$",
    "\\",
    "%s %d {0} {}",
]


@dataclass(frozen=True)
class Answer:
    """One answer to give: literal text, or a strong answer with fragments put between its words
    (so that the fragments end up in the evidence the feedback shows). Typed in by setting the
    editor's text, or pasted."""

    text: str
    inject: tuple[tuple[int, str], ...] = ()
    paste: bool = False

    def for_question(self, question: Question) -> str:
        if not self.inject:
            return self.text
        words = STRONG[question.id].split(" ")
        for position, fragment in self.inject:
            at = position % (len(words) + 1)
            words.insert(at, fragment)
        return " ".join(words)


FRAGMENT = st.one_of(st.sampled_from(NASTY), st.text(max_size=8))
ANSWER = st.builds(
    Answer,
    text=st.one_of(
        st.text(max_size=200),  # anything Python can hold (no lone surrogates)
        st.lists(FRAGMENT, max_size=12).map("".join),
        st.text(alphabet=" \t\n\r\u00a0\u2003\u3000", max_size=12),  # whitespace only, or empty
    ),
    paste=st.booleans(),
) | st.builds(
    Answer,
    text=st.just(""),
    inject=st.lists(st.tuples(st.integers(0, 60), FRAGMENT), min_size=1, max_size=4).map(tuple),
    paste=st.booleans(),
)

# Each example runs the whole app, so: the same examples on every run (a CI failure reproduces
# at once) and no shrinking (minutes of app runs); a failure prints the example as found.
FUZZ = settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# --------------------------------------------------------------------------- driving the app


def make_app(db: Path, grader: Grader) -> InterviewerApp:
    return InterviewerApp(Settings(), Store(open_db(db)), BANK, grader_factory=lambda: grader)


def run_app(
    grader: Grader, mode: Mode, scenario: Callable[[Pilot[None], InterviewScreen], Awaitable[None]]
) -> None:
    """Run the app on a fresh database with an interview of PLAN open, play ``scenario``, and
    check the app ended cleanly."""

    async def main() -> InterviewerApp:
        with tempfile.TemporaryDirectory() as folder:
            app = make_app(Path(folder) / "app.db", grader)
            async with app.run_test(size=SIZE) as pilot:
                await model_ready(pilot)
                screen = InterviewScreen(InterviewPlan.from_ids(BANK, PLAN), mode)
                await app.push_screen(screen)
                await scenario(pilot, screen)
                await pilot.pause()
                assert app.is_running
            return app

    app = asyncio.run(main())
    assert app._exception is None and app.return_code in (None, 0), app._exception


async def model_ready(pilot: Pilot[None]) -> None:
    """Wait until the model has loaded and every question's references are embedded."""
    app = pilot.app
    assert isinstance(app, InterviewerApp)
    while app.grader is None and app.grading_error is None:
        await app.workers.wait_for_complete()
        await pilot.pause()
    await app.workers.wait_for_complete()
    assert app.grader is not None, app.grading_error


async def until(pilot: Pilot[None], condition: Callable[[], bool], seconds: float = 60.0) -> None:
    """Let the app run until ``condition`` holds (no sleeping: the event loop runs meanwhile)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting for the app"
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def stored(app: InterviewerApp, answer_id: int) -> tuple[str, list[dict[str, str]], str | None]:
    """An answer row as a separate connection reads it from the database file: text, follow-ups,
    grade JSON."""
    path = app.store.db.conn.execute("pragma database_list").fetchone()[2]
    with sqlite3.connect(path) as conn:
        text, followups, grade = conn.execute(
            "select text, followups, grade from answers where id = ?", [answer_id]
        ).fetchone()
    return text, json.loads(followups or "[]"), grade


def candidate_turns(screen: InterviewScreen) -> list[str]:
    return [m.source for m in screen.query_one(Transcript).query(".-candidate").results(Markdown)]


async def put_in_editor(pilot: Pilot[None], editor: TextArea, text: str, paste: bool) -> None:
    if paste:
        editor.text = ""
        editor.focus()
        pilot.app.post_message(events.Paste(text))  # as the terminal driver does: to the app
        await pilot.pause()  # the paste is handled (a lone control character may leave it empty)
        await until(pilot, lambda: editor.text != "" or not text.strip(), 30)
    else:
        editor.text = text
    await pilot.pause()


async def give(pilot: Pilot[None], screen: InterviewScreen, answer: Answer) -> None:
    """Give one answer and check what became of it."""
    app = pilot.app
    assert isinstance(app, InterviewerApp) and app.screen is screen
    interview = screen.session.interview
    state = interview.current
    text = answer.for_question(state.question)
    editor = screen.query_one("#answer", TextArea)
    await put_in_editor(pilot, editor, text, answer.paste)
    typed = editor.text
    if not any(c in LINE_BREAKS for c in text):
        assert typed == text  # the editor holds exactly what was typed or pasted
    turn, answer_id, notes = interview.turn, state.answer_id, len(app._notifications)
    transcript_before = candidate_turns(screen)
    grader = app.grader
    assert grader is not None
    # What the app grades: the first answer with every follow-up (question, answer) pair.
    if turn is Turn.QUESTION:
        expected = grader.grade(state.question, typed)
    else:
        pairs = [*state.followup_pairs(), (state.follow_ups[-1], typed)]
        # After a restatement (the first answer was another question's), the answer to it is
        # what is graded.
        expected = grader.grade(state.question, *graded_parts(state.question, state.answers[0], pairs))

    await pilot.press("ctrl+s")

    if not typed.strip():  # nothing to submit: a clear message, nothing stored, the text kept
        await until(pilot, lambda: not app.workers)
        assert (interview.turn, state.answer_id, editor.text) == (turn, answer_id, typed)
        assert any("Type an answer first" in n.message for n in list(app._notifications)[notes:])
        assert candidate_turns(screen) == transcript_before
        return

    def graded() -> bool:  # the stored grade is the grade of everything said on this question
        grade = stored(app, state.answer_id)[2] if state.answer_id is not None else None
        if grade is None:
            return False
        data = json.loads(grade)
        flags = [f["code"] for f in data["flags"]]
        return data["score"] == expected.score and flags == [f.code.value for f in expected.flags]

    await until(pilot, graded, 30)
    assert state.answer_id is not None
    text_saved, followups, _ = stored(app, state.answer_id)
    if turn is Turn.QUESTION:
        assert text_saved == typed
    else:
        assert followups[-1]["answer"] == typed and text_saved == state.answers[0]
    if app.screen is screen:  # the answer is shown as the candidate's turn
        assert len(candidate_turns(screen)) == len(transcript_before) + 1
    await until(pilot, lambda: app.screen is not screen or screen.session.pending is None)
    if isinstance(app.screen, FeedbackScreen):
        feedback = app.screen
        assert f"Score {expected.score}/100" in str(feedback.query_one("#score").render())
        points = feedback.query_one("#points", OptionList)
        for index in range(points.option_count):  # every point, with its evidence, renders
            points.highlighted = index
            await pilot.pause()
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, FeedbackScreen))


async def give_briefly(pilot: Pilot[None], screen: InterviewScreen) -> None:
    """Answer a follow-up in a few words and wait for its grade (leaving any feedback open)."""
    screen.query_one("#answer", TextArea).text = "That is all I would add."
    await pilot.press("ctrl+s")
    await until(pilot, lambda: screen.session.pending is None and not pilot.app.workers)


async def finish_question(pilot: Pilot[None], screen: InterviewScreen) -> None:
    """Answer follow-ups briefly until the interview moves to the next question."""
    index = screen.session.interview.index
    while screen.session.interview.index == index:
        await give(pilot, screen, Answer("That is all I would add."))


def answers_scenario(answers: list[Answer]) -> Callable[[Pilot[None], InterviewScreen], Awaitable[None]]:
    async def scenario(pilot: Pilot[None], screen: InterviewScreen) -> None:
        for answer in answers:
            if screen.session.interview.finished:
                break
            await give(pilot, screen, answer)

    return scenario


# --------------------------------------------------------------------------- fuzzing answers


@FUZZ
@given(st.lists(ANSWER, min_size=3, max_size=6))
@example(
    [Answer(""), Answer(" \t\n\u3000", paste=True), Answer("a\x00b \x1b[31mred\x7f e\u0301 😀 \u202eabc")]
)
@example([Answer("مرحبا \u200f 👩\u200d👩\u200d👧 " * 20, paste=True), Answer("line\r\nbreak\u2028x\x0cy")])
def test_any_answer_is_stored_as_typed_and_graded(grader: Grader, answers: list[Answer]) -> None:
    """Interview mode: no feedback panel until the report, so nothing but the answer is rendered."""
    run_app(grader, Mode.INTERVIEW, answers_scenario(answers))


MARKUP_IN_EVIDENCE = [Answer("", inject=((5, "[/i]"), (30, "[bold red"))), Answer("", inject=((3, "[/]"),))]


@FUZZ
@given(st.lists(ANSWER, min_size=3, max_size=6))
@example(MARKUP_IN_EVIDENCE)
@example([Answer("\x0c", paste=True), Answer("\x0c a form feed, then words", paste=True)])
def test_any_answer_in_coach_mode_gets_feedback(grader: Grader, answers: list[Answer]) -> None:
    """Coach mode: the feedback panel shows every point with the sentence of the answer behind it."""
    run_app(grader, Mode.COACH, answers_scenario(answers))


def test_typing_key_by_key_is_stored_as_typed(grader: Grader) -> None:
    keys = ["O", "k", "space", "a", "n", "d", "space", "enter", "l", "e", "f", "t", "left_square_bracket"]

    async def scenario(pilot: Pilot[None], screen: InterviewScreen) -> None:
        editor = screen.query_one("#answer", TextArea)
        editor.focus()
        await pilot.press(*keys, "é", "ü")
        assert editor.text == "Ok and \nleft[éü"
        await give(pilot, screen, Answer(editor.text))

    run_app(grader, Mode.INTERVIEW, scenario)


# --------------------------------------------------------------------------- a 1 MB paste


def one_megabyte(question_id: str) -> str:
    sentences = STRONG[question_id] + " Mi modelo memoriza el ruido 🚀 \u200fשלום e\u0301.\n"
    return (sentences * (1_000_000 // len(sentences) + 1))[:1_000_000]


async def submit_one_megabyte(pilot: Pilot[None], screen: InterviewScreen) -> tuple[int, float]:
    """With the model loaded and warm, paste 1 MB as the second question's answer and submit it.
    Returns the answer's id and the seconds from pressing ctrl+s to its grade being stored."""
    app = pilot.app
    assert isinstance(app, InterviewerApp) and app.grader is not None
    # Warm: the model has graded a long answer (another text, so nothing is cached) and the app
    # has graded the first question.
    app.grader.grade(screen.session.interview.states[1].question, one_megabyte("t.research")[:200_000])
    await give(pilot, screen, Answer(STRONG["t.phone"]))
    if screen.session.interview.index == 0:
        await finish_question(pilot, screen)

    stored_at: dict[int, float] = {}
    save_grade = app.store.save_grade

    def timed_save(answer_id: int, grade: Any) -> None:
        save_grade(answer_id, grade)
        stored_at.setdefault(answer_id, time.perf_counter())

    app.store.save_grade = timed_save  # type: ignore[method-assign]
    paste = one_megabyte("t.bias")
    editor = screen.query_one("#answer", TextArea)
    await put_in_editor(pilot, editor, paste, paste=True)
    assert editor.text == paste
    state = screen.session.interview.current
    submitted = time.perf_counter()
    await pilot.press("ctrl+s")
    await until(pilot, lambda: state.answer_id in stored_at)
    assert state.answer_id is not None
    return state.answer_id, stored_at[state.answer_id] - submitted


def test_a_one_megabyte_paste_is_stored_whole_and_graded_with_a_note(grader: Grader) -> None:
    async def scenario(pilot: Pilot[None], screen: InterviewScreen) -> None:
        app = pilot.app
        assert isinstance(app, InterviewerApp)
        answer_id, _ = await submit_one_megabyte(pilot, screen)
        text, _, grade = stored(app, answer_id)
        assert len(text) == 1_000_000 and text == one_megabyte("t.bias")  # stored whole
        assert grade is not None
        assert FlagCode.TRUNCATED.value in [f["code"] for f in json.loads(grade)["flags"]]
        # Coach mode: the follow-ups, if any, then the feedback panel says what was graded.
        while not isinstance(app.screen, FeedbackScreen):
            await give_briefly(pilot, screen)
        notes = app.screen.query_one("#notes", Markdown).source
        assert "truncated" in notes and "were graded; the whole answer is saved" in notes

    run_app(grader, Mode.COACH, scenario)


def test_a_one_megabyte_paste_is_graded_within_two_seconds(grader: Grader) -> None:
    async def scenario(pilot: Pilot[None], screen: InterviewScreen) -> None:
        _, seconds = await submit_one_megabyte(pilot, screen)
        assert seconds < 2.0, f"graded {seconds:.2f} s after pressing ctrl+s"

    run_app(grader, Mode.COACH, scenario)
