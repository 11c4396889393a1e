"""A spoken answer through the app: F8 records (the microphone replaced by a recording, the one
thing replaced), F8 again transcribes with the real speech model into the editor, the answer is
graded, and its delivery and recording are kept beside it. Without a speech model or microphone
the key says so in one line and typing goes on."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import TextArea

from interviewer import voice
from interviewer.app import InterviewerApp
from interviewer.bank.loader import load_banks
from interviewer.config import Settings
from interviewer.grading.grader import Grader
from interviewer.interview import InterviewPlan, Mode
from interviewer.screens.interview import InterviewScreen
from interviewer.store import Store, open_db
from interviewer.widgets.voice_bar import VoiceBar
from tests.support import model_ready, record_notifications, transcript_text

BANK = Path(__file__).parent / "data" / "interview-bank.yaml"
CLIP = Path(__file__).parent / "data" / "audio" / "bias_variance.wav"


async def test_a_spoken_answer_is_transcribed_graded_and_kept(tmp_path: Path, grader: Grader) -> None:
    bank = load_banks([BANK])
    store = Store(open_db(tmp_path / "v.db"))
    app = InterviewerApp(Settings(mode="interview"), store, bank, grader_factory=lambda: grader)
    sources: list[voice.FileSource] = []

    def from_file() -> voice.FileSource:
        sources.append(voice.FileSource(CLIP, speed=None))
        return sources[-1]

    app.voice_source = from_file
    async with app.run_test(size=(100, 32)) as pilot:
        await model_ready(pilot)
        screen = InterviewScreen(InterviewPlan.from_ids(bank, ["t.bias"]), Mode.INTERVIEW, kind="practice")
        await app.push_screen(screen)
        await pilot.pause()
        await pilot.press("f8")
        await pilot.pause()
        bar = screen.query_one(VoiceBar)
        assert bar.display and bar.recording
        assert sources[0].wait(30)  # the whole recording was "heard"
        await pilot.press("f8")
        await app.workers.wait_for_complete()
        await pilot.pause()
        answer = screen.query_one("#answer", TextArea)
        said = answer.text.lower()
        assert "high bias" in said and "too simple" in said and "high variance" in said
        assert not bar.display
        assert "Transcribed 0:" in transcript_text(screen)
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        session = screen.session
        assert session is not None and session.session_id is not None
        (saved,) = store.answers(session.session_id)
        assert saved.grade is not None and saved.delivery is not None
        assert saved.delivery["spoken"] and 80 < saved.delivery["words_per_minute"] < 250
        assert saved.delivery["suggested_seconds"] == bank.get("t.bias").time_limit_s  # type: ignore[union-attr]
        kept = voice.replay_path(saved.id, store.path)
        assert kept is not None and kept.stat().st_mode & 0o777 == 0o600
        # the report says how it was said
        from interviewer.report import build_report, report_markdown

        report = build_report(store, session.session_id, bank)
        assert report is not None and "*Delivery: spoken, " in report_markdown(report)


async def test_without_a_microphone_f6_says_so_and_typing_goes_on(tmp_path: Path, grader: Grader) -> None:
    bank = load_banks([BANK])
    store = Store(open_db(tmp_path / "v.db"))
    app = InterviewerApp(Settings(), store, bank, grader_factory=lambda: grader)

    async with app.run_test(size=(100, 32)) as pilot:
        notes = record_notifications(app)
        screen = InterviewScreen(InterviewPlan.from_ids(bank, ["t.bias"]), Mode.COACH, kind="practice")
        await app.push_screen(screen)
        await pilot.pause()
        if voice.microphone_problem() is None:
            pytest.skip("this machine has a microphone")
        await pilot.press("f8")
        await pilot.pause()
        assert not screen.query_one(VoiceBar).display
        (note,) = [n for n in notes if n.startswith("Voice:")]
        assert "Type your answer instead." in note and "\n" not in note
        await pilot.press("a", "b")
        assert screen.query_one("#answer", TextArea).text == "ab"
