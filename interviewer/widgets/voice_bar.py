"""Answer by voice: one key starts and stops recording; a level meter and the elapsed time show it
is listening; the recording is transcribed in a worker and handed to the screen as text to edit.

Nothing here blocks the UI: the source records in its own thread, transcription runs in a
worker. A missing microphone, PortAudio or speech model is one line, and typing goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import work
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Static

LEVELS = " ▁▂▃▄▅▆▇█"


class VoiceBar(Static):
    """A one-line bar, hidden until recording. ``source_factory`` makes the audio source (the
    microphone when None; tests give a file)."""

    class Transcribed(Message):
        def __init__(self, recording: Path, transcript: Any) -> None:
            super().__init__()
            self.recording = recording
            self.transcript = transcript  # voice.Transcript

    class Failed(Message):
        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    def __init__(self, source_factory: Callable[[], Any] | None = None, **kwargs: Any) -> None:
        super().__init__("", **kwargs)
        self.source_factory = source_factory
        self.recorder: Any = None
        self._timer: Timer | None = None
        self.display = False

    @property
    def recording(self) -> bool:
        return self.recorder is not None and self.recorder.recording

    def toggle(self) -> None:
        """Start recording, or stop and transcribe."""
        if self.recording:
            self._stop()
        else:
            self._start()

    def _start(self) -> None:
        from interviewer import voice

        problem = voice.available(microphone=self.source_factory is None)
        if problem is not None:
            self.post_message(self.Failed(problem))
            return
        source = self.source_factory() if self.source_factory is not None else None
        self.recorder = voice.Recorder(source)
        try:
            self.recorder.start()
        except voice.VoiceError as exc:
            self.recorder = None
            self.post_message(self.Failed(str(exc)))
            return
        self.display = True
        self._timer = self.set_interval(0.2, self._show_level)
        self._show_level()

    def _show_level(self) -> None:
        recorder = self.recorder
        if recorder is None or not recorder.recording:
            return
        minutes, seconds = divmod(int(recorder.elapsed), 60)
        level = LEVELS[min(len(LEVELS) - 1, int(recorder.level * (len(LEVELS) - 1) * 3))]
        self.update(f"[b red]●[/] Recording {minutes}:{seconds:02d} {level * 3}  — F8 stops and transcribes")

    def _stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        recording = self.recorder.stop()
        self.recorder = None
        self.update("Transcribing… (you can keep typing)")
        self.transcribe(recording)

    @work(thread=True, exclusive=True, exit_on_error=False, group="voice")
    def transcribe(self, recording: Path) -> None:
        from interviewer import voice

        try:
            transcript = voice.transcribe(recording)
        except voice.VoiceError as exc:
            self.post_message(self.Failed(str(exc)))
            return
        self.post_message(self.Transcribed(recording, transcript))

    def done(self) -> None:
        """Hide the bar (the transcript arrived, or failed)."""
        self.display = False
        self.update("")

    def cancel(self) -> None:
        """Stop without transcribing (the screen is closing)."""
        if self.recorder is not None:
            self.recorder.cancel()
            self.recorder = None
        self.done()
