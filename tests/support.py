"""Small helpers shared by the app tests."""

from __future__ import annotations

from typing import Any

from interviewer.app import InterviewerApp
from interviewer.bank.schema import Point, Question, Stage
from interviewer.grading.result import Flag, FlagCode, Grade, PointResult, Status

# Answers to tests/data/listening-bank.yaml's l.mle_map and its graded follow-up.
MLE_AND_MAP = (
    "Maximum likelihood picks the parameters under which the observed data is most probable. MAP "
    "instead maximises the posterior, which multiplies that likelihood by a prior over the parameters."
)
RIDGE = (
    "It becomes ridge regression: the Gaussian prior adds an L2 penalty on the weights, and its "
    "strength is the noise variance divided by the prior variance."
)


def record_notifications(app: InterviewerApp) -> list[str]:
    notes: list[str] = []
    notify = app.notify

    def recording(message: str, **kwargs: Any) -> None:
        notes.append(f"{kwargs.get('title') or ''}: {message}")
        notify(message, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    return notes


def transcript_text(screen: Any) -> str:
    """Everything the interview's transcript shows, as Markdown source."""
    from interviewer.widgets.transcript import Transcript

    return "\n".join(m.source for m in screen.query_one(Transcript).children)


async def model_ready(pilot: Any) -> None:
    """Wait until the model worker (started after the first refresh) has reported."""
    app = pilot.app
    while app.grader is None and app.grading_error is None:
        await app.workers.wait_for_complete()
        await pilot.pause()


async def answer(pilot: Any, text: str) -> None:
    """Type ``text`` in the answer box, submit it, and wait for its grading to finish."""
    from textual.widgets import TextArea

    pilot.app.screen.query_one("#answer", TextArea).text = text
    await pilot.press("ctrl+s")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


# A valid bank file, for the loader and the CLI.
VALID = """\
title: Test bank
questions:
  - id: t.one
    stage: technical
    topic: ml/testing
    difficulty: 2
    prompt: What is a unit test?
    why_asked: Checks basics.
    tip: Be concrete.
    model_answer: A unit test checks one small piece of code in isolation.
    time_limit_s: 120
    points:
      - id: isolation
        text: A unit test exercises one small unit of code in isolation.
        weight: 2
        terms: [isolation, unit]
        probe: What does the test isolate?
      - id: fast
        text: Unit tests are fast, so they run on every change.
    pitfalls:
      - id: slow
        text: Unit tests should hit the real database and network.
        feedback: That is an integration test.
    follow_ups:
      - How do you test code with side effects?
"""


def make_question(
    points: tuple[Point, ...] | None = None,
    contrasts: tuple[tuple[str, str], ...] = (),
    prompt: str = "Why test?",
) -> Question:
    """A technical question built in code (by default two points, A and B of weight 2)."""
    return Question(
        id="t.q",
        stage=Stage.TECHNICAL,
        topic="ml/testing",
        difficulty=1,
        prompt=prompt,
        why_asked="w",
        tip="t",
        model_answer="m",
        time_limit_s=60,
        points=points or (Point(id="a", text="Point A."), Point(id="b", text="Point B.", weight=2)),
        contrasts=contrasts,
    )


def make_grade() -> Grade:
    return Grade(
        question_id="t.q",
        score=57,
        points=(
            PointResult("a", "Point A.", 1.0, Status.COVERED, 0.71, 0.9, "We test.", 0, 8, ("test",)),
            PointResult("b", "Point B.", 2.0, Status.MISSED, 0.2, 0.0, probe="Why?"),
        ),
        flags=(Flag(FlagCode.PADDING, "Too long.", "unrelated share 0.50"),),
        word_count=42,
        model="m#fp32",
        grader_version="1",
        raw_score=60.0,
    )
