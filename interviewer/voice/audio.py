"""Audio files and samples: read and write PCM WAV, resample. numpy only (scipy to resample)."""

from __future__ import annotations

import wave
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from interviewer import paths
from interviewer.voice.errors import AudioFileError, one_line

if TYPE_CHECKING:
    from numpy.typing import NDArray

SAMPLE_RATE = 16_000  # what Whisper hears, and what the microphone records when it can


def pcm_to_float(frames: bytes, width: int, where: object = "audio") -> NDArray[np.float32]:
    """Little-endian PCM samples of ``width`` bytes as float32 in [-1, 1]."""
    if width == 1:
        return ((np.frombuffer(frames, dtype=np.uint8).astype(np.float32) - 128.0) / 128.0).astype(np.float32)
    if width == 2:
        return (np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0).astype(np.float32)
    if width == 3:
        raw = np.frombuffer(frames, dtype=np.uint8)
        raw = raw[: len(raw) - len(raw) % 3].reshape(-1, 3).astype(np.int32)
        values = raw[:, 0] | (raw[:, 1] << 8) | (raw[:, 2] << 16)
        values = np.where(values >= 1 << 23, values - (1 << 24), values)
        return (values.astype(np.float32) / float(1 << 23)).astype(np.float32)
    if width == 4:
        return (np.frombuffer(frames, dtype="<i4").astype(np.float64) / 2**31).astype(np.float32)
    raise AudioFileError(f"{where}: {8 * width}-bit samples are not supported")


def read_wav(path: str | Path) -> tuple[NDArray[np.float32], int]:
    """A PCM WAV file as mono float32 samples (channels averaged) and its sample rate.

    Raises AudioFileError (missing, unreadable, not a PCM WAV file)."""
    path = Path(path)
    try:
        with wave.open(str(path), "rb") as handle:
            channels, width, rate = handle.getnchannels(), handle.getsampwidth(), handle.getframerate()
            frames = handle.readframes(handle.getnframes())
    except FileNotFoundError as exc:
        raise AudioFileError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise AudioFileError(f"{path}: is a folder, not an audio file") from exc
    except (wave.Error, EOFError) as exc:
        why = one_line(exc) or type(exc).__name__
        raise AudioFileError(f"{path}: not a PCM WAV file ({why})") from exc
    except OSError as exc:
        raise AudioFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    samples = pcm_to_float(frames, width, path)
    if channels > 1:
        samples = samples[: len(samples) - len(samples) % channels].reshape(-1, channels).mean(axis=1)
    return samples.astype(np.float32), rate


def write_wav(path: str | Path, samples: NDArray[Any], sample_rate: int) -> None:
    """Write mono samples (int16, or float in [-1, 1]) as a 16-bit PCM WAV file readable by the
    user only (0600), atomically: a crash leaves the previous file or none. Raises OSError."""
    path = Path(path)
    data = np.asarray(samples)
    if data.dtype != np.int16:
        data = np.clip(np.round(data.astype(np.float64) * 32768.0), -32768, 32767).astype(np.int16)
    with paths.private_file(path) as handle, wave.open(handle, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(int(sample_rate))
        out.writeframes(data.astype("<i2").tobytes())


def resample(samples: NDArray[Any], rate: int, to: int = SAMPLE_RATE) -> NDArray[np.float32]:
    """Mono samples at ``rate`` Hz as float32 at ``to`` Hz (polyphase filtering)."""
    samples = np.asarray(samples, dtype=np.float32)
    if rate == to or samples.size == 0:
        return samples
    if rate <= 0:
        raise AudioFileError(f"invalid sample rate {rate}")
    from scipy.signal import resample_poly

    ratio = Fraction(to, rate).limit_denominator(1000)
    return np.asarray(resample_poly(samples, ratio.numerator, ratio.denominator), dtype=np.float32)
