"""Answering by voice on the interview screen: F8 records, F8 again transcribes into the editor;
in the spoken phone screen, the interviewer's lines are also read aloud (when espeak-ng is
installed; shown as text always)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.widgets import TextArea

from interviewer.session import FollowUpAsked, Said
from interviewer.widgets.voice_bar import VoiceBar

SPOKEN = "spoken"  # the session kind of the spoken phone screen
NO_ENGINE = (
    "No speech engine found, so the interviewer's lines are shown as text only. "
    "Install espeak-ng to hear them (Debian/Ubuntu: sudo apt install espeak-ng)."
)


class SpeakKeys:
    """Mixed into the interview screen: the voice bar's key and messages (Textual finds them by
    name). The transcript lands in the editor, to edit before it is submitted."""

    _speaker: Any = None  # voice.speech.Speaker, made on the first line to say
    _speaker_missing = False

    def action_speak(self) -> None:
        screen: Any = self
        if self._speaker is not None:
            self._speaker.stop()  # the candidate starts to answer: the interviewer stops talking
        screen.query_one("#voice", VoiceBar).toggle()

    def say_aloud(self, events: Sequence[Any]) -> None:
        """In the spoken phone screen, read the interviewer's lines of these events aloud, as one."""
        screen: Any = self
        if screen.session is None or screen.session.kind != SPOKEN or self._speaker_missing:
            return
        lines = [e.text for e in events if isinstance(e, Said) and e.role == "interviewer"]
        lines += [e.text for e in events if isinstance(e, FollowUpAsked)]
        if not lines:
            return
        if self._speaker is None:
            self._speaker = screen.app.speaker_factory()
            if self._speaker is None:
                self._speaker_missing = True
                screen.notify(NO_ENGINE, title="Voice", severity="warning", timeout=15)
                return
        self._speaker.say(" ".join(lines))

    def on_unmount(self) -> None:
        if self._speaker is not None:
            self._speaker.stop()

    def on_voice_bar_transcribed(self, message: VoiceBar.Transcribed) -> None:
        screen: Any = self
        screen.query_one("#voice", VoiceBar).done()
        answer = screen.query_one("#answer", TextArea)
        answer.text = f"{answer.text.rstrip()} {message.transcript.text}".strip()
        answer.focus()
        if screen.session is not None:
            screen._show(screen.session.attach_recording(message.recording, message.transcript))

    def on_voice_bar_failed(self, message: VoiceBar.Failed) -> None:
        screen: Any = self
        screen.query_one("#voice", VoiceBar).done()
        screen.notify(
            f"{message.reason} Type your answer instead.", title="Voice", severity="warning", timeout=15
        )
