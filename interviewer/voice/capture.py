"""Recording an answer: a ``Recorder`` takes blocks of samples from a source, keeps them, and
tells how loud the last block was (``level``) and how long it has recorded (``elapsed``).

Sources:
- ``MicrophoneSource``: the default input device through sounddevice (PortAudio); PortAudio
  delivers blocks on its own thread.
- ``FileSource``: replays a WAV file as if it were a microphone, on a thread of its own, in real
  time or as fast as it can (``speed=None``): what tests and the headless app use.

    recorder = Recorder(MicrophoneSource(), on_level=meter.update)  # on_level: any thread
    recorder.start()          # raises AudioDeviceError / VoiceNotInstalled, one line each
    ...                       # recorder.level (0..1) and recorder.elapsed (s) meanwhile
    path = recorder.stop()    # a 16-bit mono WAV, readable by the user only

A missing PortAudio library or input device is an ``AudioDeviceError`` whose message says what
to do; sounddevice is imported only when a microphone is used.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from interviewer.voice.audio import SAMPLE_RATE, read_wav, write_wav
from interviewer.voice.errors import (
    INSTALL_HINT,
    PORTAUDIO_HINT,
    AudioDeviceError,
    VoiceNotInstalled,
    one_line,
)

if TYPE_CHECKING:
    from numpy.typing import NDArray

BLOCK_SECONDS = 0.05
MAX_SECONDS = 20 * 60.0  # past this a recording keeps only its first 20 minutes
LEVEL_FLOOR_DB = -60.0  # level 0 at or below this, 1 at 0 dBFS

BlockCallback = Callable[["NDArray[np.float32]"], None]


class AudioSource(Protocol):
    """Where samples come from. ``start`` calls ``on_block`` with mono float32 blocks (from any
    thread) until ``stop``; ``sample_rate`` is known once ``start`` has returned."""

    sample_rate: int

    def start(self, on_block: BlockCallback) -> None: ...

    def stop(self) -> None: ...


# ---------------------------------------------------------------------------- the microphone

_alsa_handler: Any = None  # kept alive: ALSA calls it


def _quiet_alsa() -> None:
    """Stop ALSA from printing its complaints (no card, unknown PCM ...) on the terminal, where
    they would tear through the app's screen. Best effort: nothing happens without libasound."""
    global _alsa_handler
    if _alsa_handler is not None:
        return
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("asound")
    if not name:
        _alsa_handler = False
        return
    try:
        asound = ctypes.cdll.LoadLibrary(name)
        handler_type = ctypes.CFUNCTYPE(
            None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p
        )
        _alsa_handler = handler_type(lambda *args: None)
        asound.snd_lib_error_set_handler(_alsa_handler)
    except (OSError, AttributeError):
        _alsa_handler = False


def sounddevice_module() -> Any:
    """The sounddevice module. Raises VoiceNotInstalled (no sounddevice) or AudioDeviceError (no
    PortAudio library)."""
    _quiet_alsa()
    try:
        import sounddevice
    except ImportError as exc:
        raise VoiceNotInstalled(
            f"microphone support is not installed (no sounddevice): {INSTALL_HINT}"
        ) from exc
    except OSError as exc:  # "PortAudio library not found"
        raise AudioDeviceError(f"no microphone: the PortAudio library is missing; {PORTAUDIO_HINT}") from exc
    return sounddevice


def device_error(exc: BaseException) -> AudioDeviceError:
    """A PortAudio error as one line saying what to do."""
    text = one_line(exc)
    lowered = text.lower()
    if "querying device -1" in lowered or "no default" in lowered or "device unavailable" in lowered:
        return AudioDeviceError("no microphone found: plug one in (or check it is not muted), then try again")
    if "busy" in lowered or "unanticipated host error" in lowered:
        return AudioDeviceError(f"the microphone cannot be opened ({text}): close other programs using it")
    return AudioDeviceError(f"the microphone cannot be used: {text}")


def input_device(device: int | str | None = None) -> dict[str, Any]:
    """The input device PortAudio would record from (its name, channels, default rate...).

    Raises VoiceNotInstalled or AudioDeviceError."""
    sd = sounddevice_module()
    try:
        info = sd.query_devices(device, kind="input")
    except (sd.PortAudioError, ValueError) as exc:
        raise device_error(exc) from exc
    if not info or int(info.get("max_input_channels", 0)) < 1:
        raise AudioDeviceError("no microphone found: plug one in, then try again")
    return dict(info)


def microphone_problem(device: int | str | None = None) -> str | None:
    """None when a microphone can be recorded from, else the one-line reason."""
    try:
        input_device(device)
    except (VoiceNotInstalled, AudioDeviceError) as exc:
        return str(exc)
    return None


class MicrophoneSource:
    """The microphone (``device``: PortAudio's default input, or an index or name), mono, at
    16 kHz, or at the device's own rate when it cannot do 16 kHz (transcription resamples)."""

    def __init__(
        self,
        device: int | str | None = None,
        sample_rate: int = SAMPLE_RATE,
        block_seconds: float = BLOCK_SECONDS,
    ) -> None:
        self.device = device
        self.sample_rate = sample_rate
        self.block_seconds = block_seconds
        self._stream: Any = None

    def start(self, on_block: BlockCallback) -> None:
        """Open the device and start delivering blocks. Raises AudioDeviceError,
        VoiceNotInstalled."""
        sd = sounddevice_module()
        info = input_device(self.device)

        def callback(indata: Any, frames: int, when: Any, status: Any) -> None:
            on_block(np.array(indata[:, 0], dtype=np.float32))

        rates = [self.sample_rate, int(info.get("default_samplerate") or 0)]
        last: BaseException | None = None
        for rate in dict.fromkeys(r for r in rates if r > 0):
            try:
                stream = sd.InputStream(
                    samplerate=rate,
                    channels=1,
                    dtype="float32",
                    blocksize=max(1, int(rate * self.block_seconds)),
                    device=self.device,
                    callback=callback,
                )
                stream.start()
            except (sd.PortAudioError, ValueError) as exc:
                last = exc
                continue
            self._stream, self.sample_rate = stream, rate
            return
        raise device_error(last or RuntimeError("no usable sample rate"))

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            with contextlib.suppress(Exception):
                stream.stop()
            with contextlib.suppress(Exception):
                stream.close()


# ---------------------------------------------------------------------------- a file as a microphone


class FileSource:
    """A WAV file played into the recorder as if it were a microphone, from a thread.

    ``speed``: 1.0 delivers the blocks in real time (as a microphone would), 2.0 twice as fast,
    None as fast as possible. After the last block the source goes quiet (``finished`` is set)
    until ``stop``, as a microphone in a silent room would record nothing worth keeping.
    """

    def __init__(
        self, path: str | Path, *, speed: float | None = 1.0, block_seconds: float = BLOCK_SECONDS
    ) -> None:
        self.path = Path(path)
        self.samples, self.sample_rate = read_wav(self.path)
        self.speed = speed
        self.block_seconds = block_seconds
        self.finished = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def duration(self) -> float:
        return len(self.samples) / self.sample_rate

    def start(self, on_block: BlockCallback) -> None:
        self.stop()
        self._stop.clear()
        self.finished.clear()
        self._thread = threading.Thread(target=self._run, args=(on_block,), name="file-source", daemon=True)
        self._thread.start()

    def _run(self, on_block: BlockCallback) -> None:
        size = max(1, int(self.sample_rate * self.block_seconds))
        began = time.monotonic()
        for offset in range(0, len(self.samples), size):
            if self._stop.is_set():
                return
            if self.speed:  # wait until this block would have been heard
                due = began + offset / self.sample_rate / self.speed
                if self._stop.wait(max(0.0, due - time.monotonic())):
                    return
            on_block(self.samples[offset : offset + size])
        self.finished.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the whole file has been delivered (True), or ``timeout`` passed."""
        return self.finished.wait(timeout)

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join()


# ---------------------------------------------------------------------------- the recorder


def level_of(block: NDArray[np.float32]) -> float:
    """How loud a block is, 0 (silence, -60 dBFS or less) to 1 (full scale), by its RMS in dB."""
    if block.size == 0:
        return 0.0
    rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
    decibels = 20 * np.log10(max(rms, 1e-9))
    return float(min(1.0, max(0.0, (decibels - LEVEL_FLOOR_DB) / -LEVEL_FLOOR_DB)))


class Recorder:
    """Records from a source (the microphone by default) until stopped.

    ``on_level(level)`` is called for every block (about 20 times a second) from the source's
    thread: in a Textual app, hand it on with ``app.call_from_thread``. ``level`` and
    ``elapsed`` can be read from any thread at any time.
    """

    def __init__(
        self,
        source: AudioSource | None = None,
        *,
        on_level: Callable[[float], None] | None = None,
        max_seconds: float = MAX_SECONDS,
    ) -> None:
        self.source: AudioSource = source if source is not None else MicrophoneSource()
        self.on_level = on_level
        self.max_seconds = max_seconds
        self._lock = threading.Lock()
        self._blocks: list[NDArray[np.int16]] = []
        self._frames = 0
        self._level = 0.0
        self._recording = False

    @property
    def recording(self) -> bool:
        return self._recording

    @property
    def level(self) -> float:
        """The loudness of the last block, 0..1 (see ``level_of``); 0 when not recording."""
        return self._level if self._recording else 0.0

    @property
    def elapsed(self) -> float:
        """Seconds of audio recorded so far."""
        rate = self.source.sample_rate
        return self._frames / rate if rate else 0.0

    @property
    def sample_rate(self) -> int:
        return self.source.sample_rate

    def start(self) -> None:
        """Start recording (anything recorded before is dropped). Raises AudioDeviceError,
        VoiceNotInstalled, or AudioFileError, each with a one-line message."""
        if self._recording:
            return
        with self._lock:
            self._blocks, self._frames, self._level = [], 0, 0.0
        self._recording = True
        try:
            self.source.start(self._on_block)
        except BaseException:
            self._recording = False
            raise

    def _on_block(self, block: NDArray[np.float32]) -> None:
        if not self._recording:
            return
        level = level_of(block)
        with self._lock:
            room = int(self.max_seconds * self.source.sample_rate) - self._frames
            if room > 0:
                kept = np.clip(np.round(block[:room].astype(np.float64) * 32768.0), -32768, 32767).astype(
                    np.int16
                )
                self._blocks.append(kept)
                self._frames += len(kept)
            self._level = level
        if self.on_level is not None:
            self.on_level(level)

    def samples(self) -> NDArray[np.float32]:
        """What has been recorded so far, as float32 samples at ``sample_rate``."""
        with self._lock:
            data = np.concatenate(self._blocks) if self._blocks else np.zeros(0, dtype=np.int16)
        return data.astype(np.float32) / 32768.0

    def stop(self, path: str | Path | None = None) -> Path:
        """Stop and write the recording as a 16-bit mono WAV readable by the user only: to
        ``path``, or to a new temporary file. Returns where it is."""
        self.source.stop()
        self._recording = False
        with self._lock:
            data = np.concatenate(self._blocks) if self._blocks else np.zeros(0, dtype=np.int16)
        rate = self.source.sample_rate
        if path is None:
            fd, name = tempfile.mkstemp(prefix="interviewer-recording-", suffix=".wav")  # 0600
            os.close(fd)
            target = Path(name)
        else:
            target = Path(path)
        write_wav(target, data, rate)
        return target

    def cancel(self) -> None:
        """Stop and drop what was recorded."""
        self.source.stop()
        self._recording = False
        with self._lock:
            self._blocks, self._frames, self._level = [], 0, 0.0


# ---------------------------------------------------------------------------- playback


def play(path: str | Path) -> float:
    """Start playing a recording on the default output device and return its length in seconds
    (it plays in the background; ``stop_playback`` ends it). Raises AudioDeviceError,
    VoiceNotInstalled, AudioFileError."""
    samples, rate = read_wav(path)
    sd = sounddevice_module()
    try:
        sd.play(samples, rate)
    except (sd.PortAudioError, ValueError) as exc:
        problem = device_error(exc)
        raise AudioDeviceError(str(problem).replace("microphone", "sound output")) from exc
    return len(samples) / rate


def stop_playback() -> None:
    """Stop what ``play`` started (nothing happens when nothing plays)."""
    with contextlib.suppress(VoiceNotInstalled, AudioDeviceError):
        sounddevice_module().stop()
