"""Make the WAV fixtures of tests/test_voice.py from fixtures.json, with espeak-ng.

Run once, from the repository root, on a machine with espeak-ng (Debian: apt-get install
espeak-ng); the WAVs are committed, so the tests never need a TTS engine:

    .venv/bin/python tests/data/audio/make_fixtures.py

Each clip is its segments spoken by espeak-ng (voice and rate from fixtures.json), resampled
from espeak-ng's 22,050 Hz to 16 kHz mono 16-bit PCM, and joined by the given seconds of digital
silence (pauses_s[i] goes after segment i).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import wave
from fractions import Fraction
from pathlib import Path

import numpy as np
from scipy.signal import resample_poly

HERE = Path(__file__).parent


def speak(text: str, voice: str, rate: int, sample_rate: int) -> np.ndarray:
    """``text`` spoken by espeak-ng, as int16 samples at ``sample_rate``."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "speech.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(out), text], check=True)
        with wave.open(str(out), "rb") as handle:
            assert handle.getnchannels() == 1 and handle.getsampwidth() == 2
            rate_in = handle.getframerate()
            samples = np.frombuffer(handle.readframes(handle.getnframes()), dtype=np.int16)
    ratio = Fraction(sample_rate, rate_in)
    resampled = resample_poly(samples.astype(np.float64), ratio.numerator, ratio.denominator)
    return np.clip(np.round(resampled), -32768, 32767).astype(np.int16)


def main() -> None:
    spec = json.loads((HERE / "fixtures.json").read_text(encoding="utf-8"))
    rate = int(spec["sample_rate"])
    for name, clip in spec["clips"].items():
        parts: list[np.ndarray] = []
        for i, text in enumerate(clip["segments"]):
            parts.append(speak(text, spec["voice"], int(spec["words_per_minute"]), rate))
            if i < len(clip["pauses_s"]):
                parts.append(np.zeros(round(clip["pauses_s"][i] * rate), dtype=np.int16))
        audio = np.concatenate(parts)
        path = HERE / f"{name}.wav"
        with wave.open(str(path), "wb") as handle:
            handle.setnchannels(1)
            handle.setsampwidth(2)
            handle.setframerate(rate)
            handle.writeframes(audio.tobytes())
        print(f"{path.name}: {len(audio) / rate:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
