"""Small helpers shared by the app tests."""

from __future__ import annotations

from typing import Any

from interviewer.app import InterviewerApp


def record_notifications(app: InterviewerApp) -> list[str]:
    notes: list[str] = []
    notify = app.notify

    def recording(message: str, **kwargs: Any) -> None:
        notes.append(f"{kwargs.get('title') or ''}: {message}")
        notify(message, **kwargs)

    app.notify = recording  # type: ignore[method-assign]
    return notes
