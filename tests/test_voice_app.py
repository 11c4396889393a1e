"""A spoken answer through the app: F8 records (the microphone replaced by a recording, the one
thing replaced), F8 again transcribes with the real speech model into the editor, the answer is
graded, and its delivery and recording are kept beside it. Without a speech model or microphone
the key says so in one line and typing goes on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import TextArea

from interviewer import voice
from interviewer.app import InterviewerApp
from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.config import Settings
from interviewer.grading.grader import Grader
from interviewer.interview import InterviewPlan, Mode
from interviewer.screens.interview import InterviewScreen
from interviewer.store import Store, open_db
from interviewer.widgets.voice_bar import VoiceBar
from tests.support import model_ready, record_notifications, transcript_text

BANK = Path(__file__).parent / "data" / "interview-bank.yaml"
CLIP = Path(__file__).parent / "data" / "audio" / "bias_variance.wav"


def voice_app(
    tmp_path: Path, grader: Grader, mode: str = "coach"
) -> tuple[InterviewerApp, QuestionBank, Store]:
    """The app over the test bank and a fresh database, in ``mode``."""
    bank = load_banks([BANK])
    store = Store(open_db(tmp_path / "v.db"))
    return InterviewerApp(Settings(mode=mode), store, bank, grader_factory=lambda: grader), bank, store


async def record_and_transcribe(pilot: Any) -> None:
    """F8 records from the app's source, F8 again stops; wait for the transcript."""
    await pilot.press("f8")
    await pilot.pause()
    await pilot.press("f8")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_spoken_answer_is_transcribed_graded_and_kept(tmp_path: Path, grader: Grader) -> None:
    app, bank, store = voice_app(tmp_path, grader, "interview")
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
    app, bank, store = voice_app(tmp_path, grader)

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


async def test_the_spoken_phone_screen_speaks_listens_and_grades(tmp_path: Path, grader: Grader) -> None:
    """From the home menu: the interviewer's lines go to espeak-ng (written to a WAV file here,
    as no sound card is needed), F8 stops the voice and records, and the answer is graded."""
    from textual.widgets import OptionList

    from interviewer.voice.speech import Speaker

    said = tmp_path / "interviewer.wav"
    speaker = Speaker.find(to_file=said)
    if speaker is None:
        pytest.skip("no espeak-ng on this machine")
    app, bank, store = voice_app(tmp_path, grader, "interview")
    app.speaker_factory = lambda: speaker
    app.voice_source = lambda: voice.FileSource(CLIP, speed=None)
    async with app.run_test(size=(100, 32)) as pilot:
        await model_ready(pilot)
        menu = app.screen.query_one("#menu", OptionList)
        ids = [menu.get_option_at_index(i).id for i in range(menu.option_count)]
        menu.highlighted = ids.index("spoken")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and screen.session is not None
        assert screen.session.kind == "spoken"
        question = screen.session.interview.current.question
        assert question.stage.value == "phone_screen"
        (line,) = speaker.spoken  # the greeting, the frame and the question, as one utterance
        assert question.prompt.rstrip("?") in line
        assert speaker.wait(30) and said.stat().st_size > 10_000  # it was really spoken
        await pilot.press("f8")  # answer aloud
        await pilot.pause()
        assert not speaker.speaking
        bar = screen.query_one(VoiceBar)
        assert bar.recording
        await pilot.press("f8")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "high bias" in screen.query_one("#answer", TextArea).text.lower()
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.session.session_id is not None
        (saved,) = store.answers(screen.session.session_id)
        assert saved.grade is not None and saved.delivery is not None and saved.delivery["spoken"]
        # what the interviewer says next is spoken too (a follow-up, or the next question)
        assert len(speaker.spoken) >= 2


async def test_without_a_speech_engine_the_spoken_screen_is_text_and_says_so_once(
    tmp_path: Path, grader: Grader
) -> None:
    app, bank, store = voice_app(tmp_path, grader)
    app.speaker_factory = lambda: None
    async with app.run_test(size=(100, 32)) as pilot:
        notes = record_notifications(app)
        plan = InterviewPlan.from_ids(bank, ["t.phone"])
        screen = InterviewScreen(plan, Mode.COACH, kind="spoken")
        await app.push_screen(screen)
        await pilot.pause()
        assert bank.get("t.phone").prompt in transcript_text(screen)  # type: ignore[union-attr]
        screen.query_one("#answer", TextArea).text = "I build evaluation pipelines for language models."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [n for n in notes if "No speech engine" in n] == [n for n in notes if n.startswith("Voice:")]
        assert len([n for n in notes if "No speech engine" in n]) == 1


def test_spoken_with_an_audio_file_that_is_not_wav_says_which_and_why(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from interviewer.cli import main

    bad = tmp_path / "answer.wav"
    bad.write_text("not audio")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "v.db"), "spoken", "--audio-file", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}: not a PCM WAV file (" in result.output and "()" not in result.output


async def test_a_kept_recording_can_be_deleted_from_the_feedback_panel(
    tmp_path: Path, grader: Grader
) -> None:
    from interviewer.screens.feedback import FeedbackScreen

    app, bank, store = voice_app(tmp_path, grader)
    app.voice_source = lambda: voice.FileSource(CLIP, speed=None)
    async with app.run_test(size=(100, 32)) as pilot:
        await model_ready(pilot)
        screen = InterviewScreen(InterviewPlan.from_ids(bank, ["t.bias"]), Mode.COACH, kind="practice")
        await app.push_screen(screen)
        await pilot.pause()
        await record_and_transcribe(pilot)
        while not isinstance(app.screen, FeedbackScreen):  # the answer, then any follow-ups
            await pilot.press("ctrl+s")
            await app.workers.wait_for_complete()
            await pilot.pause()
            if not isinstance(app.screen, FeedbackScreen):
                screen.query_one("#answer", TextArea).text = "That is all I would add."
        panel = app.screen
        answer_id = panel.answer_id
        assert answer_id is not None and voice.replay_path(answer_id, store.path) is not None
        assert panel.check_action("delete_recording", ())
        await pilot.press("x")
        await pilot.pause()
        assert voice.replay_path(answer_id, store.path) is None
        assert not panel.check_action("delete_recording", ()) and not panel.check_action("replay", ())
        assert screen.session is not None and screen.session.session_id is not None
        assert "high bias" in store.answers(screen.session.session_id)[0].text.lower()  # the text stays
