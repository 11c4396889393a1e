"""Answering by voice on the interview screen: F8 records, F8 again transcribes into the editor."""

from __future__ import annotations

from typing import Any

from textual.widgets import TextArea

from interviewer.widgets.voice_bar import VoiceBar


class SpeakKeys:
    """Mixed into the interview screen: the voice bar's key and messages (Textual finds them by
    name). The transcript lands in the editor, to edit before it is submitted."""

    def action_speak(self) -> None:
        screen: Any = self
        screen.query_one("#voice", VoiceBar).toggle()

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
