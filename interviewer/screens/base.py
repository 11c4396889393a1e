"""What every screen of this app shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from textual.app import App

    from interviewer.app import InterviewerApp


class InterviewerAppAccess:
    """Mixin for screens: ``self._app`` is the running :class:`InterviewerApp`, typed."""

    app: App[None]

    @property
    def _app(self) -> InterviewerApp:
        return cast("InterviewerApp", self.app)
