"""Where things live. Nothing here creates a directory at import time.

``INTERVIEWER_HOME=DIR`` moves all user data (database, user banks, config) under DIR.
Otherwise the platform's user data and config directories are used (platformdirs).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from platformdirs import user_config_path, user_data_path

APP_NAME = "interviewer"
HOME_ENV = "INTERVIEWER_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    home = _home()
    return home if home else user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    home = _home()
    return home if home else user_config_path(APP_NAME, appauthor=False)


def database_path() -> Path:
    return data_dir() / "interviewer.db"


def user_banks_dir() -> Path:
    return data_dir() / "banks"


def config_path() -> Path:
    return config_dir() / "config.toml"


def _package_root() -> Path:
    return Path(__file__).resolve().parent


def builtin_dir(name: str) -> Path:
    """A top-level data folder of the project (``banks`` or ``data``).

    In a source checkout (and an editable install) it is next to the package; in a wheel it is
    shipped inside the package as ``interviewer/_builtin/<name>``.
    """
    shipped = _package_root() / "_builtin" / name
    if shipped.is_dir():
        return shipped
    return _package_root().parent / name


def builtin_banks_dir() -> Path:
    return builtin_dir("banks")


def builtin_data_dir() -> Path:
    return builtin_dir("data")


def ensure_private_dir(path: Path) -> Path:
    """Create a directory readable by the user only (answers are private)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


@contextlib.contextmanager
def private_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through, readable by the user only (0600), replaced
    atomically when the block ends: a kill mid-write leaves the previous version (or nothing),
    never half a file; an exception in the block leaves ``path`` as it was. Raises OSError."""
    import tempfile

    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_private(path: Path, text: str) -> None:
    """Write a text file readable by the user only, atomically (see :func:`private_file`)."""
    with private_file(path) as handle:
        handle.write(text.encode("utf-8"))
