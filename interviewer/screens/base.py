"""What every screen of this app shares: typed access to what the app holds.

Screens see the app through :class:`AppServices`, a protocol, not through the app's class: the
app imports its screens, and a screen that imported the app back would close a loop. The app
states that it provides these (``interviewer.app``, under TYPE_CHECKING).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from textual.app import App

    from interviewer.bank.loader import QuestionBank
    from interviewer.bank.schema import Question
    from interviewer.config import Settings
    from interviewer.grading.grader import Grader
    from interviewer.store.store import Store


class AppServices(Protocol):
    """What the screens use of the running app, beside Textual's own ``App``."""

    store: Store
    bank: QuestionBank
    settings: Settings
    grader: Grader | None
    grading_error: str | None
    model_status: str
    now: Callable[[], datetime]
    voice_source: Callable[[], Any] | None  # None: the microphone
    speaker_factory: Callable[[], Any]  # the interviewer's voice, or None without an engine

    def warm_soon(self, questions: Iterable[Question]) -> None: ...


class InterviewerAppAccess:
    """Mixin for screens: ``self._app`` is what the running app provides, typed; ``self.app``
    stays Textual's (screens, notifications)."""

    app: App[None]

    @property
    def _app(self) -> AppServices:
        return cast("AppServices", self.app)
