"""Small helpers shared by the app tests."""

from __future__ import annotations

from typing import Any

from interviewer.app import InterviewerApp

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
