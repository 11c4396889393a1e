"""The interviewer's voice: espeak-ng (or espeak), run as a separate program when it is installed.

Optional and never imported by the core: without a speech engine every line is still shown as
text, and the spoken phone screen says so once. Speaking never blocks: each line is handed to a
child process, and a new line (or the candidate starting to answer) stops the one before.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

ENGINES = ("espeak-ng", "espeak")
WORDS_PER_MINUTE = 165  # a calm interviewer's pace


def plain_speech(text: str) -> str:
    """What is read aloud: the line without Markdown marks, code spans or quotation marks."""
    text = re.sub(r"`([^`]*)`", r"\1", text)
    text = re.sub(r"[*_#>]+", "", text)
    text = text.replace("“", "").replace("”", "")
    return " ".join(text.split())


class Speaker:
    """Speaks one line at a time through ``command`` (the engine and its options; the text is
    added last). ``spoken`` keeps every line said, in order."""

    def __init__(self, command: Sequence[str]) -> None:
        self.command = list(command)
        self.spoken: list[str] = []
        self._process: subprocess.Popen[bytes] | None = None

    @classmethod
    def find(cls, to_file: Path | None = None) -> Speaker | None:
        """The installed engine, or None. ``to_file``: write each line to this WAV file instead
        of the sound card (tests, and machines without one)."""
        engine = next((path for name in ENGINES if (path := shutil.which(name))), None)
        if engine is None:
            return None
        command = [engine, "-s", str(WORDS_PER_MINUTE)]
        if to_file is not None:
            command += ["-w", str(to_file)]
        return cls(command)

    def say(self, text: str) -> None:
        line = plain_speech(text)
        if not line:
            return
        self.stop()
        self.spoken.append(line)
        try:
            self._process = subprocess.Popen(
                [*self.command, "--", line],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:  # the engine went away: the line is on screen all the same
            self._process = None

    @property
    def speaking(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def wait(self, timeout: float | None = None) -> bool:
        """Until the current line is said (True), or ``timeout`` passed."""
        if self._process is None:
            return True
        try:
            self._process.wait(timeout)
        except subprocess.TimeoutExpired:
            return False
        return True

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(2)
            except subprocess.TimeoutExpired:
                process.kill()
