"""Recordings kept beside their answers, in the user data folder, readable by the user only.

The recording of answer N of a database ``DIR/NAME.db`` is ``DIR/NAME-audio/answer-N.wav``:
with the default database, ``interviewer-audio/`` in the user data folder (or under
$INTERVIEWER_HOME). The folder is 0700 and every file 0600; a file is written whole or not at
all. Nothing here reads or writes the database: the caller saves the answer, then its audio.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from interviewer import paths


def audio_dir(db_path: Path | None = None) -> Path:
    """The folder of the recordings of ``db_path``'s answers (default: the user's database)."""
    db = Path(db_path) if db_path is not None else paths.database_path()
    return db.parent / f"{db.stem}-audio"


def audio_path(answer_id: int, db_path: Path | None = None) -> Path:
    """Where the recording of an answer is kept (whether or not there is one)."""
    if int(answer_id) != answer_id or answer_id < 0:
        raise ValueError(f"an answer id is a non-negative integer, got {answer_id!r}")
    return audio_dir(db_path) / f"answer-{int(answer_id)}.wav"


def save_audio(answer_id: int, recording: Path, db_path: Path | None = None, *, move: bool = False) -> Path:
    """Keep ``recording`` as the audio of an answer (replacing any it had) and return its path.

    The copy is written to a temporary file in the folder, synced, then renamed into place, so a
    crash never leaves half a recording. ``move=True`` deletes ``recording`` afterwards (the
    recorder's temporary file, say). Raises OSError (the recording cannot be read, or the folder
    written).
    """
    target = audio_path(answer_id, db_path)
    paths.ensure_private_dir(target.parent)
    with paths.private_file(target) as out, Path(recording).open("rb") as source:
        shutil.copyfileobj(source, out, 1 << 20)
    if move and Path(recording).resolve() != target.resolve():
        with contextlib.suppress(FileNotFoundError):
            Path(recording).unlink()
    return target


def replay_path(answer_id: int, db_path: Path | None = None) -> Path | None:
    """The recording of an answer, to play again, or None when it has none."""
    path = audio_path(answer_id, db_path)
    return path if path.is_file() else None


def delete_audio(answer_id: int, db_path: Path | None = None) -> bool:
    """Delete the recording of an answer. True when there was one. Raises OSError."""
    try:
        audio_path(answer_id, db_path).unlink()
    except FileNotFoundError:
        return False
    return True


def recorded_answers(db_path: Path | None = None) -> list[int]:
    """The ids of the answers that have a recording, in order."""
    folder = audio_dir(db_path)
    if not folder.is_dir():
        return []
    ids = []
    for path in folder.glob("answer-*.wav"):
        number = path.stem.removeprefix("answer-")
        if number.isdigit():
            ids.append(int(number))
    return sorted(ids)
